"""What the interface keeps between requests (formatted numbers, locale names, the catalogue list)
changes with the request's language exactly as if it were computed again."""

from __future__ import annotations

from webui import i18n
from webui.i18n import TRANSLATIONS_DIR, available_locales, format_number, locale_name


def test_numbers_follow_each_requests_language(app):
    for _ in range(2):  # the second round is answered from what the first one kept
        with app.test_request_context("/?lang=de"):
            assert format_number(1234567) == "1.234.567"
            assert format_number(1.5) == "1,5"
        with app.test_request_context("/?lang=en"):
            assert format_number(1234567) == "1,234,567"
            assert format_number(1.5) == "1.5"
        with app.test_request_context("/?lang=fr"):
            assert format_number(1234) == "1\u202f234"


def test_an_integer_and_an_equal_float_keep_their_own_formatting(app):
    with app.test_request_context("/?lang=en"):
        assert format_number(2.25) == "2.25"
        assert format_number(2) == "2"
        assert format_number(2.0) == i18n.format_decimal(2.0, locale="en")


def test_the_catalogue_list_is_the_folder(app):
    codes = {path.parent.parent.name for path in TRANSLATIONS_DIR.glob("*/LC_MESSAGES/messages.po")}
    assert set(available_locales()) == codes | {"en"}
    assert available_locales()[0] == "en"


def test_locale_names_are_each_languages_own(app):
    assert locale_name("de") == "Deutsch"
    assert locale_name("pl") == "Polski"
    assert locale_name("en").startswith("English")


def test_the_search_page_speaks_the_asked_language_after_another(client):
    german = client.get("/?q=energy&lang=de").get_data(as_text=True)
    english = client.get("/?q=energy&lang=en").get_data(as_text=True)
    assert 'lang="de"' in german and "Ergebnis" in german
    assert 'lang="en"' in english and "result" in english and "Ergebnis" not in english
