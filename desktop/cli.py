"""``qunzhu``: open the window, or do one job headless (demo, check, backup).

Exit status: 0 done; 1 ``check`` found the workspace damaged; 2 the input was refused
(one line per problem on stderr, workspace unchanged). Messages follow ``--lang`` like the
window does. Nothing here imports the widgets unless the window is asked for.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop import error_surface, i18n, painting_app, paths
from desktop.cli_parser import EXIT_DAMAGED, EXIT_OK, EXIT_REFUSED, UsageError, build_parser
from models.core.errors import Cancelled, StorageError, WorkspaceError
from models.store.recovery import storage_error

translate = QCoreApplication.translate


def _output_problem(error: BaseException, workspace: Path | None) -> str | None:
    """What to say when the file an export writes (not the workspace) cannot be written:
    its folder is read-only or its disk is full. None for anything else."""
    name = getattr(error, "filename", None)
    if not isinstance(error, OSError) or not name:
        return None
    target = Path(name)
    if workspace is not None and target.name.startswith(workspace.name) \
            and target.parent == workspace.parent:
        return None  # the workspace's own files: a StorageError
    found = storage_error(error, target)
    if found is None:
        return None
    if found.kind == StorageError.DISK_FULL:
        reason = translate("cli", "the disk is full")
    else:
        reason = translate("cli", "the folder cannot be written to")
    return translate("cli", "cannot write {path}: {reason}. Nothing was written there; choose "
                            "another folder (or free some space).").format(
        path=target.parent if target.name.startswith(".~") else target, reason=reason)


#: The headless commands; any other first word naming a file is ``qunzhu FILE``.
COMMANDS = ("demo", "check", "backup", "export", "import", "merge", "community", "followups")


def _names_a_file(word: str | None) -> bool:
    """A path rather than a mistyped command: it exists, or has an extension or a folder."""
    if not word:
        return False
    return Path(word).exists() or bool(Path(word).suffix) or "/" in word or os.sep in word


def _open_file(argv: list[str], word: str, lang: str | None) -> int:
    """``qunzhu FILE``: a workspace opens in the window, a member list, calendar or chat
    export opens the window and starts its import; anything else is refused here (exit 2),
    before a window is made."""
    app = QCoreApplication.instance() or QCoreApplication(["qunzhu"])
    translators = i18n.install_translators(app, lang or i18n.system_language())
    try:
        from desktop.file_kinds import Kind, classify, describe_unknown

        found = classify(word)
        if found.kind in (Kind.UNKNOWN, Kind.UNREADABLE):
            _say(describe_unknown(found))
            return EXIT_REFUSED
    finally:
        for translator in translators:
            app.removeTranslator(translator)
    rest = list(argv)
    rest.remove(word)
    from desktop.app import run_window

    return run_window(rest, lang, found)


def _say(line: str) -> None:
    """One line on stderr; a message box when there is none (the windowed Windows app,
    started by a double click or "Open with")."""
    if sys.stderr is not None:
        print(f"qunzhu: {line}", file=sys.stderr)
        return
    from PySide6.QtWidgets import QApplication, QMessageBox

    _app = QApplication.instance() or QApplication(["qunzhu"])
    QMessageBox.warning(None, "Qunzhu", line)


def _peek(argv: Sequence[str]) -> tuple[str | None, str | None]:
    """(command, --lang) before the real parse: the real parser's help text is translated,
    which needs the translator installed, which needs to know the language first."""
    peek = argparse.ArgumentParser(add_help=False)
    peek.add_argument("--workspace")
    peek.add_argument("--lang")
    peek.add_argument("command", nargs="?")
    known, _ = peek.parse_known_args(argv)
    return known.command, i18n.normalize(known.lang)


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # a packaged app: big imports start a helper process
        import multiprocessing

        multiprocessing.freeze_support()
    paths.use_own_matplotlib_folder()  # before anything imports matplotlib
    argv = list(sys.argv[1:] if argv is None else argv)
    command, lang = _peek(argv)
    if "--self-test" in argv:
        from desktop import STARTED, self_test

        return self_test.run(lang, STARTED)
    if command is None and not any(a in ("-h", "--help", "--version") for a in argv):
        from desktop.app import run_window  # the widgets only when a window is wanted

        return run_window(argv, lang)
    if command not in COMMANDS and _names_a_file(command):
        return _open_file(argv, command, lang)

    app = painting_app.application(command)
    paths.set_application_names(app)
    translators = i18n.install_translators(app, lang or i18n.system_language())
    error_surface.start_logging()
    workspace: Path | None = None
    try:
        args = build_parser().parse_args(argv)
        workspace = Path(getattr(args, "workspace", None) or paths.default_workspace())
        from desktop import commands
        from desktop.location_warning import warn_if_risky

        warn_if_risky(args.command, workspace)
        return commands.run(args.command, workspace, args)
    except UsageError as error:
        print(f"qunzhu: {error}", file=sys.stderr)
        return EXIT_REFUSED
    except (WorkspaceError, FileNotFoundError) as error:
        from desktop.messages import describe_error

        print(f"qunzhu: {describe_error(error)}", file=sys.stderr)
        return EXIT_DAMAGED if command == "check" and isinstance(error, StorageError) \
            else EXIT_REFUSED
    except BrokenPipeError:  # the reader went away (`qunzhu check | head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except (sqlite3.Error, OSError) as error:
        problem = _output_problem(error, workspace)
        if problem is None:
            found = storage_error(error, workspace) if workspace is not None else None
            if found is None:
                return error_surface.report_cli_error(error)
            from desktop.messages import describe_error

            problem = describe_error(found)
        print(f"qunzhu: {problem}", file=sys.stderr)
        return EXIT_DAMAGED if command == "check" else EXIT_REFUSED
    except Cancelled:
        print(translate("cli", "qunzhu: cancelled; nothing was written"), file=sys.stderr)
        return EXIT_REFUSED
    except Exception as error:  # a bug: logged with its traceback, one line for the user
        return error_surface.report_cli_error(error)
    finally:
        for translator in translators:
            app.removeTranslator(translator)
