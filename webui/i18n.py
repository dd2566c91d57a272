"""Interface language: message catalogs, the request's locale, and CLDR names via Babel.

Catalogs are ``translations/<code>/LC_MESSAGES/messages.po``, compiled in memory on first use,
so a translator edits one text file and no build step is needed.
"""

from __future__ import annotations

import datetime as dt
import gettext
from functools import cache, lru_cache
from io import BytesIO
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as babel_format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal, format_percent
from flask import Flask, Response, current_app, g, request

from indexer.search.request import QueryError

TRANSLATIONS_DIR = Path(__file__).parent / "translations"
SOURCE_LOCALE = "en"


@cache  # the catalogues ship with the package: read the folder once, not twice per page
def available_locales() -> tuple[str, ...]:
    codes = sorted(path.parent.parent.name for path in TRANSLATIONS_DIR.glob("*/LC_MESSAGES/messages.po"))
    return (SOURCE_LOCALE, *[code for code in codes if code != SOURCE_LOCALE])


@cache
def translations(locale: str) -> gettext.NullTranslations:
    po_path = TRANSLATIONS_DIR / locale / "LC_MESSAGES" / "messages.po"
    if locale == SOURCE_LOCALE or not po_path.exists():
        return gettext.NullTranslations()
    with po_path.open("rb") as po_file:
        catalog = read_po(po_file, locale=locale)
    buffer = BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def select_locale() -> str:
    """``?lang=`` wins (``fr-BE`` means ``fr``), then the browser's Accept-Language, then the configured default."""
    supported = available_locales()
    asked = request.args.get("lang", "").strip().lower().replace("_", "-")
    for code in (asked, asked.split("-")[0]):
        if code in supported:
            return code
    # In the browser's order of preference, "fr-CH" counts as "fr": werkzeug's best_match would
    # rather take an exact "en;q=0.5" than a regional variant it supports ranked first.
    for tag, quality in request.accept_languages:
        if quality <= 0:
            continue  # "q=0": the browser's user refuses this language
        tag = tag.lower().replace("_", "-")
        for code in (tag, tag.split("-")[0]):
            if code in supported:
                return code
    return current_app.config["DEFAULT_LOCALE"]


def get_locale() -> str:
    # Asked for by every translated string of a page (about 150): one look-up in g, not two.
    locale = g.get("locale")
    if locale is None:
        locale = g.locale = select_locale()
    return locale


def N_(message: str) -> str:
    """Marks a message for extraction where it is declared; it is translated where it is shown."""
    return message


def gettext_(message: str, **variables: object) -> str:
    text = translations(get_locale()).gettext(message)
    return text % variables if variables else text


def error_message(error: QueryError, locale: str | None = None) -> str:
    """A search layer's validation error in the interface language: its template is the msgid."""
    text = translations(locale or get_locale()).gettext(error.template)
    return text % error.values if error.values else text


@cache
def _babel_locale(code: str) -> Locale:
    try:
        return Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return Locale.parse(SOURCE_LOCALE)


def country_name(code: str, locale: str | None = None) -> str:
    return _babel_locale(locale or get_locale()).territories.get(code.upper(), code)


def language_name(code: str, locale: str | None = None) -> str:
    names = _babel_locale(locale or get_locale()).languages
    if code == "sh":
        return names.get("sh") or " / ".join(names.get(part, part) for part in ("bs", "hr", "sr"))
    if code == "und":
        return gettext_("Undetermined")
    return names.get(code, code)


def format_date(iso_date: str | None) -> str:
    if not iso_date:
        return ""
    try:
        value = dt.date.fromisoformat(iso_date[:10])
    except ValueError:
        return iso_date
    return babel_format_date(value, format="long", locale=_babel_locale(get_locale()))


def format_number(value: float) -> str:
    return _formatted_number(type(value), value, get_locale())


@lru_cache(maxsize=4096)
def _formatted_number(kind: type, value: float, locale: str) -> str:
    # Babel parses the locale's pattern on every call, and a page shows some 20 counts; the type
    # is part of the key so that 1 and 1.0 (equal as keys) keep their own formatting.
    return format_decimal(value, locale=_babel_locale(locale))


def format_share(value: float) -> str:
    return format_percent(value, locale=_babel_locale(get_locale()))


def init_app(app: Flask) -> None:
    app.jinja_env.add_extension("jinja2.ext.i18n")
    # newstyle: placeholders are escaped by autoescape and %-formatting is done for us.
    app.jinja_env.install_gettext_callables(  # type: ignore[attr-defined]
        lambda message: translations(get_locale()).gettext(message),
        lambda singular, plural, n: translations(get_locale()).ngettext(singular, plural, n),
        newstyle=True,
    )
    app.jinja_env.filters.update(
        country_name=country_name,
        language_name=language_name,
        format_date=format_date,
        format_number=format_number,
        format_share=format_share,
    )
    app.jinja_env.globals.update(get_locale=get_locale, available_locales=available_locales, locale_name=locale_name)
    app.after_request(_vary_on_language)


def _vary_on_language(response: Response) -> Response:
    # A page whose language came from Accept-Language must not be cached for every browser alike.
    if "locale" in g and "lang" not in request.args:
        response.vary.add("Accept-Language")
    return response


@cache
def locale_name(code: str) -> str:
    """A locale's own name for itself, for the language switcher."""
    return _babel_locale(code).get_display_name(code).capitalize()
