"""Translation of the words `planner` shows (error messages, export text).

`planner` cannot use Qt's translators, so it uses gettext catalogues from `resources/locale`.
Wrap every string a person reads in `_()`. The window sets the language with `set_language`.
"""

import gettext
from importlib import resources

_DOMAIN = "smallsteps"
_translation: gettext.NullTranslations = gettext.NullTranslations()


def set_language(code: str) -> None:
    """Use the catalogue for `code` (e.g. "cy"); English when there is none."""
    global _translation
    locale_dir = resources.files("resources") / "locale"
    try:
        _translation = gettext.translation(
            _DOMAIN, localedir=str(locale_dir), languages=[code], fallback=True
        )
    except OSError:
        _translation = gettext.NullTranslations()


def _(message: str) -> str:
    """Translate `message` into the chosen language."""
    return _translation.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """Translate a message that depends on a count."""
    return _translation.ngettext(singular, plural, n)
