"""Which language the app speaks, and installing the translators that make it so.

Source strings are English; ``resources/translations/qunzhu_zh_CN.qm`` carries Simplified
Chinese, Qt's own ``qtbase_zh_CN.qm`` translates the standard dialogs and buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from resources import TRANSLATIONS

LANGUAGES = ("zh_CN", "en")


def normalize(lang: str | None) -> str | None:
    """``zh``, ``zh-CN``, ``zh_CN.UTF-8`` -> ``zh_CN``; ``en_US`` -> ``en``; else None."""
    if not lang:
        return None
    code = lang.replace("-", "_").split(".")[0].lower()
    if code.startswith("zh"):
        return "zh_CN"
    if code.startswith("en"):
        return "en"
    return None


def system_language() -> str:
    """zh_CN when the system prefers Chinese in any form, English otherwise."""
    for name in QLocale.system().uiLanguages():
        found = normalize(name)
        if found:
            return found
    return "en"


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install ours and Qt's translators for ``lang``; returns them (keep them alive)."""
    installed: list[QTranslator] = []
    QLocale.setDefault(QLocale(QLocale.Language.Chinese if lang == "zh_CN"
                               else QLocale.Language.English,
                               QLocale.Country.China if lang == "zh_CN"
                               else QLocale.Country.UnitedStates))
    if lang != "zh_CN":
        return installed
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS / "qunzhu_zh_CN.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


_installed: list[QTranslator] = []
_current: list[str] = []


def use_language(lang: str | None) -> str:
    """Make ``lang`` the app's language (replacing translators installed by this function).

    None keeps the language already chosen, or follows the saved setting and then the
    system. Returns the language in use.
    """
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    lang = normalize(lang)
    if lang is None:
        if _current:
            return _current[0]
        from desktop import settings

        lang = normalize(settings.get(settings.LANGUAGE)) or system_language()
    if _current and _current[0] == lang:
        return lang
    for translator in _installed:
        app.removeTranslator(translator)
    _installed[:] = install_translators(app, lang)
    _current[:] = [lang]
    return lang
