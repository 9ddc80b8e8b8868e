"""planner's languages: chosen per block of code (two at once in one export), dates and money by Babel."""

import datetime as dt
import threading

from planner import i18n
from planner.i18n import _, export_languages, language_code, using


def test_language_codes_are_tidied_and_unknown_ones_fall_back_to_english():
    assert language_code("cy") == language_code("cy_GB") == language_code("cy-GB") == "cy"
    assert language_code("Cymraeg") == "cy"
    assert language_code("en_GB") == language_code("fr") == language_code("") == language_code(None) == "en"


def test_export_languages_follow_the_plan_unless_asked():
    assert export_languages(None, "cy") == ("cy",)
    assert export_languages(None, "en") == ("en",)
    assert export_languages("en", "cy") == ("en",)
    assert export_languages("cy+en", "en") == ("cy", "en")  # Welsh first


def test_two_languages_in_one_process_at_once():
    seen = {}
    with using("cy"):
        seen["outer"] = i18n.current_language()
        with using("en"):
            seen["inner"] = i18n.current_language()
        seen["back"] = i18n.current_language()

    def other_thread():
        seen["thread"] = i18n.current_language()  # a new thread starts with the default

    with using("cy"):
        worker = threading.Thread(target=other_thread)
        worker.start()
        worker.join()
    assert seen == {"outer": "cy", "inner": "en", "back": "cy", "thread": "en"}
    assert i18n.current_language() == "en"


def test_dates_in_words_and_money_follow_the_language():
    day = dt.date(2026, 12, 3)
    with using("cy"):
        assert i18n.date_in_words(day) == "3 Rhagfyr 2026"
        assert i18n.date_in_words(day, short=True) == "3 Rhag 2026"
        assert i18n.month_name(7) == "Gorffennaf"
        assert i18n.money(115801) == "£1,158.01"
    with using("en"):
        assert i18n.date_in_words(day) == "3 December 2026"
        assert i18n.money(1200) == "£12"
        assert i18n.money(1200, always_pence=True) == "£12.00"
        assert i18n.money(-5) == "-£0.05"
        assert i18n.date_in_words(None) == ""


def test_english_is_the_source():
    with using("en"):
        assert _("My goals") == "My goals"
