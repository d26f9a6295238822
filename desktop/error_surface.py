"""Errors a user can see: the log file, the hooks that catch what nothing else caught, and the
one line the CLI prints.

A packaged app has no console, so an exception raised in a slot, a worker thread or a Qt
warning would otherwise vanish. ``start_logging`` opens a rotating log in the app-data
folder; ``install_window_hooks`` routes ``sys.excepthook``, ``threading.excepthook`` and Qt's
message handler into it and shows ``views.error_dialog.ErrorDialog`` (in the user's
language, non-modal, so the window stays usable). Nothing is installed at import time: the
app and the CLI call these at start-up, tests call them with a temporary folder.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    QStandardPaths,
    QtMsgType,
    Signal,
    Slot,
    qInstallMessageHandler,
)

from models import APP_NAME, __version__

translate = QCoreApplication.translate

LOG_FILE_NAME = "qunzhu.log"
#: One file of 1 MB and three older ones: a few weeks of trouble, never a full disk.
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
#: Exit status of a command stopped by an error nobody expected (2 stays for refused input).
EXIT_UNEXPECTED = 1

logger = logging.getLogger("qunzhu")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def log_folder() -> Path:
    """``AppDataLocation/logs`` (the application's names must be set first)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / "logs"


def start_logging(folder: Path | None = None) -> Path:
    """Log to ``folder/qunzhu.log`` (default ``log_folder()``), rotating at 1 MB x 3; returns
    the file's path. Calling it again moves the log (tests point it at their own folder).
    The file is created only when the first line is written."""
    folder = log_folder() if folder is None else folder
    path = folder / LOG_FILE_NAME
    stop_logging()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True)
    except OSError:
        # No writable app-data folder (a locked-down machine): errors still reach the dialog
        # and stderr; losing the log must not stop the app from starting.
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter(
        "%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s"))
    handler.qunzhu_log = True  # type: ignore[attr-defined]
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return path


def stop_logging() -> None:
    """Close the log file (tests; the app keeps it open until it quits)."""
    for handler in [h for h in logger.handlers if getattr(h, "qunzhu_log", False)]:
        logger.removeHandler(handler)
        handler.close()


def current_log() -> Path | None:
    """The file ``start_logging`` opened, if any."""
    for handler in logger.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return Path(handler.baseFilename)
    return None


def details(exc_type: type[BaseException], error: BaseException,
            tb: TracebackType | None) -> str:
    """What "Copy details" puts on the clipboard: versions and the traceback, in English (it
    is read by whoever helps, and searched for)."""
    from PySide6 import __version__ as pyside_version

    head = (f"{APP_NAME} {__version__}, Python {platform.python_version()}, "
            f"PySide6 {pyside_version}, {platform.platform()}")
    return head + "\n\n" + "".join(traceback.format_exception(exc_type, error, tb))


# -- the CLI --------------------------------------------------------------------------------


def report_cli_error(error: BaseException) -> int:
    """Log ``error`` with its traceback and print one translated line on stderr; returns the
    exit status (1)."""
    logger.error("Unexpected error in a command", exc_info=(type(error), error,
                                                            error.__traceback__))
    where = current_log()
    line = translate(
        "cli", "qunzhu: an unexpected error stopped the command ({error}); the details are "
               "in {path}").format(error=_one_line(error), path=where or "-")
    print(line, file=sys.stderr)
    return EXIT_UNEXPECTED


def _one_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0]}" if text else type(error).__name__


# -- the window -----------------------------------------------------------------------------


def _qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    where = f" ({context.file}:{context.line})" if context.file else ""
    logger.getChild("qt").log(_QT_LEVELS.get(mode, logging.WARNING), "%s%s", message, where)


class WindowHooks(QObject):
    """The installed hooks; ``uninstall()`` puts back what was there before.

    An exception may be raised on any thread (a QThread's ``run`` reports through
    ``sys.excepthook`` on its own thread), so it is logged where it happens and the dialog
    is shown through a queued signal on the thread this object lives on (the UI thread).
    """

    reported = Signal(object, str)  # the exception, its details
    #: Emitted with the dialog once it is shown (tests look at it).
    dialog_shown = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog = None
        #: The workspace the window has open, so the disk refusing is worded about it.
        self.workspace_path: Callable[[], Path | None] = lambda: None
        self._previous_excepthook = sys.excepthook
        self._previous_threading = threading.excepthook
        self._previous_qt = None
        self.reported.connect(self._show)

    def install(self) -> WindowHooks:
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook
        self._previous_qt = qInstallMessageHandler(self._qt_handler)
        return self

    def uninstall(self) -> None:
        sys.excepthook = self._previous_excepthook
        threading.excepthook = self._previous_threading
        qInstallMessageHandler(self._previous_qt)
        if self.dialog is not None:
            self.dialog.close()

    def _qt_handler(self, mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        _qt_message(mode, context, message)
        if self._previous_qt is not None:  # pytest-qt's capture, for one
            self._previous_qt(mode, context, message)

    def _excepthook(self, exc_type: type[BaseException], error: BaseException,
                    tb: TracebackType | None) -> None:
        if issubclass(exc_type, (KeyboardInterrupt, SystemExit)):  # not errors: as before
            self._previous_excepthook(exc_type, error, tb)
            return
        self.report(exc_type, error, tb, threading.current_thread().name)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "?"
        self.report(args.exc_type, args.exc_value, args.exc_traceback, name)

    def report(self, exc_type: type[BaseException], error: BaseException,
               tb: TracebackType | None, thread: str = "") -> None:
        """Log the exception and show it (from any thread)."""
        logger.error("Unhandled exception (thread %s)", thread or "?",
                     exc_info=(exc_type, error, tb))
        self.reported.emit(error, details(exc_type, error, tb))

    @Slot(object, str)
    def _show(self, error: BaseException, text: str) -> None:
        from PySide6.QtWidgets import QApplication

        from views.error_dialog import ErrorDialog
        from views.error_text import unexpected_summary

        log = current_log()
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add(text)  # a burst of the same failure: one dialog, counted
            return
        self.dialog = ErrorDialog(unexpected_summary(error, self.workspace_path()), text, log,
                                  QApplication.activeWindow())
        self.dialog.show()
        self.dialog_shown.emit(self.dialog)


def install_window_hooks(parent: QObject | None = None,
                         folder: Path | None = None) -> WindowHooks:
    """Start logging (to ``folder``, default the app-data one) and catch every uncaught
    exception and Qt warning from now on; returns the hooks (keep them, or ``uninstall()``)."""
    start_logging(folder)
    return WindowHooks(parent).install()
