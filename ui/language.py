"""The window's language: chosen in Settings (the computer's unless chosen), kept between runs.

Qt's own `QTranslator`s carry the window's words (ours from resources/translations, and Qt's own
`qtbase` where one exists for the language); `planner.i18n` carries the words `planner` hands
the window. Changing the language swaps the translators, then the main window builds its pages
again, so the change shows at once (no restart).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from planner import i18n
from ui.settings import app_settings

LANGUAGE_KEY = "appearance/language"
# The languages the window can be in, each by its own name (so anyone can find theirs).
LANGUAGES = {"en": "English", "cy": "Cymraeg"}
COMPUTERS_CHOICE = QT_TRANSLATE_NOOP("Language", "The computer's language ({name})")
_LOCALES = {"en": QLocale.Language.English, "cy": QLocale.Language.Welsh}
_installed: list[QTranslator] = []
_current = {"code": "en"}


def chosen_language() -> str:
    """The language chosen in Settings ("en", "cy"), or "" for the computer's."""
    value = str(app_settings().value(LANGUAGE_KEY, "") or "")
    return value if value in LANGUAGES else ""


def save_language(code: str) -> None:
    """Keep the choice ("" = the computer's); an unknown code is kept as the computer's."""
    settings = app_settings()
    if code in LANGUAGES:
        settings.setValue(LANGUAGE_KEY, code)
    else:
        settings.remove(LANGUAGE_KEY)
    settings.sync()


def computer_language() -> str:
    """The computer's language when the window speaks it, otherwise English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def window_language() -> str:
    return chosen_language() or computer_language()


def current_language() -> str:
    """The language the window is in now."""
    return _current["code"]


def _catalogue_folder() -> Path:
    return Path(str(resources.files("resources") / "translations"))


def _qt_folders() -> list[str]:
    """Where Qt's own catalogues (qtbase_cy.qm) may be: the wheel's, the system's, then ours
    (Qt ships no Welsh: ours holds the words of its standard buttons and text menus)."""
    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            "/usr/share/qt6/translations", str(_catalogue_folder())]


def apply_language(app: QCoreApplication, code: str) -> str:
    """Put the window in `code`'s language; returns the language used ("en" when unknown).

    Installing or removing a translator sends every widget a LanguageChange event."""
    code = code if code in LANGUAGES else "en"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(_LOCALES[code], QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    if code != "en":
        qt = QTranslator(app)
        if any(qt.load(locale, "qtbase", "_", folder) for folder in _qt_folders()):
            app.installTranslator(qt)
            _installed.append(qt)
        ours = QTranslator(app)
        if ours.load(str(_catalogue_folder() / f"smallsteps_{code}.qm")):
            app.installTranslator(ours)
            _installed.append(ours)
    i18n.set_language(code)
    _current["code"] = code
    return code


_translators_by_language: dict[str, QTranslator] = {}


def words_in(code: str, context: str, source: str) -> str:
    """`source` (marked with QT_TRANSLATE_NOOP under `context`) in `code`'s language, whatever
    language the window is in: for what must be said in Welsh even in an English window."""
    if code not in LANGUAGES or code == "en":
        return source
    translator = _translators_by_language.get(code)
    if translator is None:
        translator = QTranslator()
        translator.load(str(_catalogue_folder() / f"smallsteps_{code}.qm"))
        _translators_by_language[code] = translator
    return translator.translate(context, source) or source


def persons_language(db, plan_id: int | None) -> str:
    """The language of the person whose plan this is ("en" when there is no plan)."""
    if plan_id is None:
        return "en"
    from planner.services import people, plans

    person_id = plans.get_plan(db, plan_id).person_id
    return i18n.language_code(people.get_person(db, person_id).preferred_language)


def search_languages(db, plan_id: int | None) -> tuple[str, ...]:
    """The languages to search a plan's words in: the person's first, then the window's."""
    return tuple(dict.fromkeys((persons_language(db, plan_id), current_language())))
