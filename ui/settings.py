"""Settings remembered between runs (QSettings, INI format in the user's config folder)."""

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

ORGANISATION = "SmallSteps"
APPLICATION = "Small Steps"
TEXT_SIZE_KEY = "appearance/text_size_percent"
TEXT_SIZE_MIN, TEXT_SIZE_MAX = 100, 200
# The application font's size before any scaling, kept on the application object.
_BASE_SIZE_PROPERTY = "smallsteps_base_point_size"


def app_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def text_size_percent() -> int:
    value = app_settings().value(TEXT_SIZE_KEY, 100)
    try:
        percent = int(value)
    except (TypeError, ValueError):
        percent = 100
    return max(TEXT_SIZE_MIN, min(TEXT_SIZE_MAX, percent))


def base_point_size(app: QApplication) -> float:
    base = app.property(_BASE_SIZE_PROPERTY)
    if not base:
        base = app.font().pointSizeF()
        if base <= 0:
            base = 10.0
        app.setProperty(_BASE_SIZE_PROPERTY, base)
    return float(base)


def apply_text_size(app: QApplication, percent: int) -> None:
    """Scale the whole program's text; every widget follows the application font."""
    percent = max(TEXT_SIZE_MIN, min(TEXT_SIZE_MAX, int(percent)))
    font = QFont(app.font())
    font.setPointSizeF(base_point_size(app) * percent / 100)
    app.setFont(font)
    # Widgets with a font of their own (headings) scale it themselves.
    for widget in app.allWidgets():
        follow = getattr(widget, "follow_text_size", None)
        if callable(follow):
            follow()


def save_text_size(percent: int) -> None:
    settings = app_settings()
    settings.setValue(TEXT_SIZE_KEY, int(percent))
    settings.sync()


DATA_DIR_KEY = "storage/data_dir"


def chosen_data_dir() -> str | None:
    """The data folder chosen in Settings (used when neither --data-dir nor the variable is)."""
    value = app_settings().value(DATA_DIR_KEY, "")
    return str(value) if value else None


def save_data_dir(folder: str | None) -> None:
    settings = app_settings()
    if folder:
        settings.setValue(DATA_DIR_KEY, folder)
    else:
        settings.remove(DATA_DIR_KEY)
    settings.sync()


USER_NAME_KEY = "user/name"


def user_name() -> str:
    """The name recorded with changes: the one given in Settings, or the computer's user."""
    value = app_settings().value(USER_NAME_KEY, "")
    if value:
        return str(value)
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def save_user_name(name: str) -> None:
    settings = app_settings()
    settings.setValue(USER_NAME_KEY, " ".join(name.split())[:200])


HELPING_KEY = "about_me/helping_someone"
PERSONS_LANGUAGE_KEY = "plans/{plan_id}/questions_in_persons_language"


def questions_in_persons_language(plan_id: int) -> bool:
    """Whether this plan's questions are shown in the person's own language (yes unless
    switched off for this plan)."""
    value = app_settings().value(PERSONS_LANGUAGE_KEY.format(plan_id=int(plan_id)), True)
    return value in (True, "true", "1", 1)


def save_questions_in_persons_language(plan_id: int, on: bool) -> None:
    settings = app_settings()
    settings.setValue(PERSONS_LANGUAGE_KEY.format(plan_id=int(plan_id)), bool(on))
    settings.sync()


def helping_someone() -> bool:
    """Whether "helping someone" is on (tips for whoever is helping are shown)."""
    value = app_settings().value(HELPING_KEY, False)
    return value in (True, "true", "1", 1)


def save_helping_someone(on: bool) -> None:
    settings = app_settings()
    settings.setValue(HELPING_KEY, bool(on))
    settings.sync()


