"""Dates in text, in many languages: full dates, months and the case endings that say "from" or "until".

Month names come from CLDR through Babel; the order of day, month and year follows the forms
European pages use (day first, Hungarian and Lithuanian year first).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale

from indexer.metadata.text import fold
from indexer.tables import static_table

LOCALES = (
    "en de fr es it pt nl da sv nb fi et lv lt pl cs sk sl hr sr_Latn sr bs mk bg ro hu el mt sq ga is tr"
).split()
"""Languages whose month names are recognised."""

MIN_YEAR, MAX_YEAR = 1990, 2045


@dataclass(frozen=True)
class DateMention:
    """A date found in the text: ``precision`` is "day", "month" or "year"."""

    date: dt.date
    precision: str  # "day", "month", or "quarter", "half", "season" (dated on their first month)
    start: int
    end: int
    role: str = ""  # "from" or "until" when a case ending says so (kesäkuusta, 30-ig)
    loose: bool = False  # "04/2008": a date only next to a label or in a range, too ambiguous alone


@static_table
def month_names() -> dict[str, int]:
    """Folded, lower-cased month names and abbreviations (3+ letters) of every locale -> month."""
    names: dict[str, int] = {}
    for number, name in _locale_months(("wide", "abbreviated")):
        key = fold(name).casefold().rstrip(".")
        if len(key) >= 3 and not key.isdigit():
            names.setdefault(key, number)
            if key.endswith("oga"):
                # Croatian and Serbian write the genitive short as often: "30. studenog 2015".
                names.setdefault(key[:-1], number)
    return names


def wide_month_names() -> dict[str, int]:
    """Folded, lower-cased full month names of every locale and their case forms -> month."""
    return _wide_month_names()


@static_table
def _wide_month_names() -> dict[str, int]:
    names: dict[str, int] = {}
    for number, name in _locale_months(("wide",)):
        names.setdefault(fold(name).casefold(), number)
    return names


CASE_FORMS = {
    # Locative: "w styczniu 2019", "v lednu 2019", "v januári 2019", "u siječnju 2019", "janvārī 2019".
    "pl": "styczniu lutym marcu kwietniu maju czerwcu lipcu sierpniu wrześniu październiku listopadzie grudniu",
    "cs": "lednu únoru březnu dubnu květnu červnu červenci srpnu září říjnu listopadu prosinci",
    "sk": "januári februári marci apríli máji júni júli auguste septembri októbri novembri decembri",
    # Croatian "listopadu" (October) is left out: Czech reads the same word as November.
    "hr": "siječnju veljači ožujku travnju svibnju lipnju srpnju kolovozu rujnu - studenom prosincu",
    "lv": "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī",
    # Genitive, which CLDR gives in the nominative only: "1. januarja 2019", "1. marta 2019".
    "sl": "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra",
    "sr_Latn": "januara februara marta aprila maja juna jula avgusta septembra oktobra novembra decembra",
    "bs": "januara februara marta aprila maja juna jula augusta septembra oktobra novembra decembra",
    # Accusative: "τον Μάρτιο του 2019".
    "el": "Ιανουάριο Φεβρουάριο Μάρτιο Απρίλιο Μάιο Ιούνιο Ιούλιο Αύγουστο Σεπτέμβριο Οκτώβριο Νοέμβριο Δεκέμβριο",
    # Serbian Cyrillic genitive: "од јануара 2016. до децембра 2018.".
    "sr": "јануара фебруара марта априла маја јуна јула августа септембра октобра новембра децембра",
    # Latvian genitive and dative: "no 2016. gada 1. marta līdz 2019. gada 28. februārim".
    "lv_genitive": "janvāra februāra marta aprīļa maija jūnija jūlija augusta septembra oktobra novembra decembra",
    "lv_dative": "janvārim februārim martam aprīlim maijam jūnijam jūlijam augustam septembrim oktobrim novembrim decembrim",
    # Estonian elative ("from") and terminative ("until"): "1. märtsist 2016 kuni 28. veebruarini 2019"; the
    # inessive of May is the French and Portuguese word "mais", so it is left out.
    "et_elative": "jaanuarist veebruarist märtsist aprillist maist juunist juulist augustist septembrist oktoobrist novembrist detsembrist",
    "et_terminative": "jaanuarini veebruarini märtsini aprillini maini juunini juulini augustini septembrini oktoobrini novembrini detsembrini",
    "et_inessive": "jaanuaris veebruaris märtsis aprillis - juunis juulis augustis septembris oktoobris novembris detsembris",
    # Estonian adessive, the day's case: "1. märtsil 2016"; that of May is the English word "mail".
    "et_adessive": "jaanuaril veebruaril märtsil aprillil - juunil juulil augustil septembril oktoobril novembril detsembril",
    # Albanian definite forms: "nga marsi 2016".
    "sq": "janari shkurti marsi prilli maji qershori korriku gushti shtatori tetori nëntori dhjetori",
    # Irish lenites a month after "ó" (from) and "i" (in): "ó Mhárta 2016".
    "ga": "- Fheabhra Mhárta - Bhealtaine Mheitheamh - - Mheán_Fómhair Dheireadh_Fómhair Shamhain -",
}
"""Month names in the cases pages write them in after "in" or before a day, where CLDR has the nominative or genitive only."""


def _locale_months(widths: tuple[str, ...]) -> Iterator[tuple[int, str]]:
    """(month number, name) in every locale, formatted and stand-alone, in the given CLDR widths, then their case forms."""
    for code in LOCALES:
        locale = Locale.parse(code)
        for context in ("format", "stand-alone"):
            for width in widths:
                yield from locale.months[context][width].items()
    if "wide" in widths:
        for forms in CASE_FORMS.values():
            yield from ((number, form.replace("_", " ")) for number, form in enumerate(forms.split(), start=1) if form != "-")


def month_alternation(names: dict[str, int]) -> str:
    return "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))


YEAR = r"(19[89]\d|20[0-4]\d)"
_ANY_YEAR = re.compile(YEAR)


def may_hold_dates(folded: str) -> bool:
    """False when no pattern with a YEAR can match: most short texts name no year at all."""
    return _ANY_YEAR.search(folded) is not None

MONTH_INFLECTION = r"(?:(?<=kuu)(?:ssa|sta|hun|lla|lta|lle|n)|(?:j?[ae])?(?:ban|ben|tol|ig))"
"""Case endings on a month name: Finnish on -kuu (kesäkuusta, marraskuuhun), Hungarian (júniusától, novemberéig)."""

DAY_INFLECTION = r"(?:\.|-[a-z]{1,4}(?![a-z]))"
"""Hungarian days carry a full stop or a hyphenated case ending: "1-jén", "30-ig", "9."."""

FROM_ENDINGS = ("sta", "tol", "ist")
UNTIL_ENDINGS = ("hun", "ig", "ini")
"""Endings meaning "from" (Finnish and Estonian elative, Hungarian ablative) and "until" (Finnish illative, Hungarian and
Estonian terminative)."""


ROMAN_MONTHS = {numeral: number for number, numeral in enumerate("I II III IV V VI VII VIII IX X XI XII".split(), start=1)}
"""Polish, Czech, Slovak, Hungarian and Balkan documents write the month in Roman numerals: "1.IX.2018", "IX 2018"."""
ROMAN = "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True))

QUARTER = re.compile(
    r"(?<!\w)(?:Q\s?([1-4])|([1-4])\s?Q|([1-4I]{1,3}V?)\.?\s*(?:quarter|quartal|kwarta[lł]|trimestre|trimestr|[cč]tvrtlet[ií]|"
    r"štvrťrok|negyed[eé]v|kvartal|kvartaali|kwartaal|neljännes|cetvrtina|četrtletje))\W{0,3}" + YEAR + r"(?!\d)",
    re.IGNORECASE,
)
"""A quarter of a year: "Q1 2018", "1Q 2018", "Q3/2019", "II. Quartal 2020", "III kwartał 2021"."""


HALF_YEAR = re.compile(
    r"(?<!\w)(?:H\s?([12])|([12])\s?H|([12]|I{1,2})(?:\.|er|e|st|nd|º|°)?\s*(?:halbjahr|semester|semestre|pololet[ií]|p[oó][lł]roc[zu]e?|"
    r"polrok\w*|polletj\w*|polugodi\w*|f[eé]l[eé]v|halv[aå]r\w*|half(?:\s+of)?)|(first|second|primo|secondo|premier|primer|segundo|primeiro)\s+"
    r"(?:half(?:\s+of)?|semestre|semester)(?:\s+(?:of|de|del|du))?)\W{0,3}" + YEAR + r"(?!\d)",
    re.IGNORECASE,
)
"""A half of a year: "H1 2018", "2. Halbjahr 2018", "1er semestre 2018", "I półrocze 2018", "first half of 2018"."""
FIRST_WORDS = ("first", "primo", "premier", "primer", "primeiro")

SEASONS = {
    **dict.fromkeys("spring fruhjahr fruhling printemps primavera voorjaar lente wiosna jaro jare tavasz tavaszan primavara kevat kevaalla".split(), 3),
    **dict.fromkeys("summer sommer ete estate verano verao zomer lato latem leto lete nyar nyaran vara kesa kesalla".split(), 6),
    **dict.fromkeys("autumn fall herbst automne autunno otono outono najaar herfst jesien jesienia podzim osz osszel toamna syksy syksylla".split(), 9),
}
"""Seasons a project box may give instead of a month, in their folded spellings; a winter straddles two years and is left out."""
SEASON = re.compile(r"(?<!\w)(" + "|".join(sorted(SEASONS, key=len, reverse=True)) + r")(?:\s+(?:of|de|del|di|du))?\s+" + YEAR + r"(?!\d)", re.IGNORECASE)

WINTER = re.compile(
    r"(?<!\w)(?:winter|hiver|inverno|invierno|zima|zim[aąeyi]|talvi|talvella|vinter|vinteren|vintern|telen|iarna)(?:\s+(?:of|de|del|di|du))?\s+"
    + YEAR + r"\s*/\s*(\d{2}|" + YEAR[1:-1] + r")(?![\d/])",
    re.IGNORECASE,
)
"""A winter, which straddles two years: "winter 2018/19", "Winter 2018/2019", "zima 2018/2019" (dated on its December)."""

SPANS = {"quarter": 2, "half": 5, "season": 2}
"""Months after its first that a date of a wider precision still covers, when it ends a period."""


def _quarter_number(match: re.Match[str]) -> int:
    written = match.group(1) or match.group(2) or match.group(3)
    return int(written) if written.isdigit() else ROMAN_MONTHS.get(written.upper(), 0)


@lru_cache(maxsize=1)
def _date_regexes() -> tuple[re.Pattern[str], ...]:
    months = month_alternation(month_names())
    wide = month_alternation(_wide_month_names())
    short = month_alternation({name: number for name, number in month_names().items() if name not in _wide_month_names()})
    return (
        re.compile(r"(?<![\d.])" + YEAR + r"([-/])(\d{1,2})\2(\d{1,2})(?![\d])"),  # ISO, and year first with slashes: 2019/03/01
        re.compile(r"(?<![\d./])(\d{1,2})\s?[./-]\s?(\d{1,2})\s?[./-]\s?" + YEAR + r"(?![\d])"),  # d.m.y
        # Latvian puts the year first and the day before the month: "2017. gada 1. septembris".
        re.compile(r"(?<![\d.])" + YEAR + r"\.\s*gada\s+(\d{1,2})\.\s*(" + months + r")(?!\w)", re.IGNORECASE),
        # Year first, as Hungarian writes it: "2024. január 1-jén", and Lithuanian: "2019 m. kovo 15 d.".
        re.compile(r"(?<![\d.])" + YEAR + r"(?:\s*m\.|\.)?\s*(" + months + r")\.?\s+(\d{1,2})" + DAY_INFLECTION + r"?(?![\d.]\d)", re.IGNORECASE),
        re.compile(
            r"(?<![\d.])(\d{1,2})(?:\.|er|st|nd|rd|th|º|°|o)?\s*(?:de\s+|of\s+|ta['’]\s*)?(" + months + r")\.?,?\s*(?:de\s+|del\s+)?" + YEAR + r"(?!\d)",
            re.IGNORECASE,
        ),
        re.compile(r"(?<!\w)(" + months + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+" + YEAR + r"(?!\d)", re.IGNORECASE),
        re.compile(r"(?<![\w.])(\d{1,2})-(" + months + r")-" + YEAR + r"(?!\d)", re.IGNORECASE),  # 01-MAR-2019, as databases print it
        re.compile(r"(?<!\w)(" + wide + r")" + MONTH_INFLECTION + r"?(?:\s+de|\s+of|\s+του)?,?\s+" + YEAR + r"(?!\d)", re.IGNORECASE),
        # Year first only with the Hungarian full stop ("2016. június"), Latvian "2016. gada jūnijā" and
        # Lithuanian "2016 m. birželio mėn.": "2016 June 2017" is no month of 2016.
        # Hungarian drops the year's full stop before a month with a case ending: "2016 márciusában".
        re.compile(
            r"(?<![\d.])" + YEAR + r"(?:(?:\.\s*gada|\s*m\.|\.)\s*(" + wide + r")(?:" + MONTH_INFLECTION + r"(?!\w)|(?!\w)(?!\.?\s*\d))"
            r"|\s+(" + wide + r")(?:j?[ae])?(?:ban|ben|tol|ig)(?!\w))",
            re.IGNORECASE,
        ),
        re.compile(r"(?<![\d./-])(0?[1-9]|1[0-2])\s?[./]\s?" + YEAR + r"(?![\d./-]?\d)"),  # 04/2008
        # Hungarian and Lithuanian numeric dates put the year first: "2018.09.01.", "2018. 09. 01.".
        re.compile(r"(?<![\d.])" + YEAR + r"\.\s?(\d{1,2})\.\s?(\d{1,2})\.?(?![\d])"),
        re.compile(r"(?<![\d./-])" + YEAR + r"[-/](0[1-9]|1[0-2])(?![\d]|[-/]\d)"),  # 2018-09, 2018/09
        re.compile(r"(?<![\w.])(\d{1,2})\.\s?(" + ROMAN + r")\.\s?" + YEAR + r"(?!\d)"),  # 1.IX.2018
        re.compile(r"(?<![\w.])(" + ROMAN + r")(?:\.\s?|\s|/)" + YEAR + r"(?!\d)"),  # IX 2018, IX.2018
        # Hungarian year first: "2018. IX.", "2018. IX. 1."
        re.compile(r"(?<![\d.])" + YEAR + r"\.\s?(" + ROMAN + r")\.(?:\s?(\d{1,2})\.?)?(?![\w.]|\s?\d)"),
        re.compile(r"(?<!\w)(" + short + r")(\.?)\s+" + YEAR + r"(?!\d)", re.IGNORECASE),  # Mar 2019, Sept. 2019
    )


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _role(matched: str) -> str:
    """ "from" or "until" when the date's month or day carries such a case ending, else ""."""
    words = re.findall(r"[^\W\d_]+", matched.casefold())
    if any(word.endswith(FROM_ENDINGS) for word in words):
        return "from"
    if any(word.endswith(UNTIL_ENDINGS) for word in words):
        return "until"
    return ""


def find_dates(text: str) -> list[DateMention]:
    """Every full or month-precision date in the text, in reading order, without overlaps."""
    folded = fold(text)
    if not may_hold_dates(folded):
        return []
    names = month_names()
    wide_names = _wide_month_names()
    found: list[DateMention] = []
    # One flag per character already inside a found date: testing a match's own span keeps the
    # overlap test linear, where comparing with every date found so far grew with their square.
    taken = bytearray(len(folded))
    (iso, numeric, year_day_month, year_month_day, day_month, month_day, day_month_dashed, month_year, year_month,
     numeric_month, year_first_numeric, iso_month, roman_day, roman_month, year_roman, short_month) = _date_regexes()

    def add(date: dt.date | None, precision: str, match: re.Match[str], loose: bool = False) -> None:
        if date is None or not MIN_YEAR <= date.year <= MAX_YEAR:
            return
        start, end = match.span()
        if taken.find(1, start, end) >= 0:
            return
        taken[start:end] = b"\x01" * (end - start)
        found.append(DateMention(date, precision, match.start(), match.end(), _role(match.group(0)), loose))

    def wide_month(word: str) -> int | None:
        return wide_names.get(word.casefold()) or names.get(word.casefold())

    for match in iso.finditer(folded):
        add(safe_date(int(match.group(1)), int(match.group(3)), int(match.group(4))), "day", match)
    for match in numeric.finditer(folded):
        first, second, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
        # Day first is the European order; fall back to month first only when it cannot be a day-month.
        date = safe_date(year, second, first) or safe_date(year, first, second)
        add(date, "day", match)
    for match in year_day_month.finditer(folded):
        month = names.get(match.group(3).casefold())
        add(safe_date(int(match.group(1)), month, int(match.group(2))) if month else None, "day", match)
    for match in year_month_day.finditer(folded):
        month = names.get(match.group(2).casefold())
        add(safe_date(int(match.group(1)), month, int(match.group(3))) if month else None, "day", match)
    for match in day_month.finditer(folded):
        month = names.get(match.group(2).casefold())
        add(safe_date(int(match.group(3)), month, int(match.group(1))) if month else None, "day", match)
    for match in month_day.finditer(folded):
        month = names.get(match.group(1).casefold())
        add(safe_date(int(match.group(3)), month, int(match.group(2))) if month else None, "day", match)
    for match in day_month_dashed.finditer(folded):
        month = names.get(match.group(2).casefold())
        add(safe_date(int(match.group(3)), month, int(match.group(1))) if month else None, "day", match)
    for match in year_month.finditer(folded):
        month = wide_month(match.group(2) or match.group(3))
        add(safe_date(int(match.group(1)), month, 1) if month else None, "month", match)
    for match in month_year.finditer(folded):
        month = wide_month(match.group(1))
        add(safe_date(int(match.group(2)), month, 1) if month else None, "month", match)
    for match in year_first_numeric.finditer(folded):
        add(safe_date(int(match.group(1)), int(match.group(2)), int(match.group(3))), "day", match)
    for match in roman_day.finditer(text):
        add(safe_date(int(match.group(3)), ROMAN_MONTHS[match.group(2)], int(match.group(1))), "day", match)
    for match in year_roman.finditer(text):
        if match.group(3):
            add(safe_date(int(match.group(1)), ROMAN_MONTHS[match.group(2)], int(match.group(3))), "day", match)
    # Alone, "2011-12" may be two school years and "IX 2018" a chapter: dates only beside a label or in a range.
    for match in numeric_month.finditer(folded):
        add(safe_date(int(match.group(2)), int(match.group(1)), 1), "month", match, loose=True)
    for match in iso_month.finditer(folded):
        add(safe_date(int(match.group(1)), int(match.group(2)), 1), "month", match, loose=True)
    for match in roman_month.finditer(text):
        add(safe_date(int(match.group(2)), ROMAN_MONTHS[match.group(1)], 1), "month", match, loose=True)
    for match in year_roman.finditer(text):
        if not match.group(3):
            add(safe_date(int(match.group(1)), ROMAN_MONTHS[match.group(2)], 1), "month", match, loose=True)
    for match in short_month.finditer(folded):
        # An abbreviation alone may be a word ("set", "out", "mar"): only a capital or its full stop makes it a month.
        if match.group(2) or text[match.start()].isupper():
            add(safe_date(int(match.group(3)), names[match.group(1).casefold()], 1), "month", match, loose=True)
    for match in QUARTER.finditer(folded):
        quarter = _quarter_number(match)
        add(safe_date(int(match.group(4)), quarter * 3 - 2, 1) if 1 <= quarter <= 4 else None, "quarter", match, loose=True)
    # Halves and seasons, like quarters, only beside a label or in a range: alone they may be a school's or a report's.
    for match in HALF_YEAR.finditer(folded):
        written = (match.group(1) or match.group(2) or match.group(3) or match.group(4)).casefold()
        half = 1 if written in ("1", "i") or written in FIRST_WORDS else 2
        add(safe_date(int(match.group(5)), half * 6 - 5, 1), "half", match, loose=True)
    for match in SEASON.finditer(folded):
        add(safe_date(int(match.group(2)), SEASONS[match.group(1).casefold()], 1), "season", match, loose=True)
    for match in WINTER.finditer(folded):
        first, second = int(match.group(1)), int(match.group(2))
        # The second year, in full or in two digits, is the one after the first: "2018/19", not "2018/17" or a page range.
        if second in (first + 1, (first + 1) % 100):
            add(safe_date(first, 12, 1), "season", match, loose=True)
    found.sort(key=lambda mention: mention.start)
    return found


def month_end(date: dt.date) -> dt.date:
    return date.replace(day=calendar.monthrange(date.year, date.month)[1])


def last_day(mention: DateMention) -> dt.date:
    """The last day a date stands for when it ends a period: a month's or a quarter's last day."""
    if mention.precision in SPANS:
        # A winter dated on its December ends in the next year's February.
        return add_months(mention.date, SPANS[mention.precision] + 1)
    return month_end(mention.date) if mention.precision == "month" else mention.date


def add_months(date: dt.date, months: int) -> dt.date:
    """The last day of the period of ``months`` months starting on ``date``."""
    index = date.year * 12 + date.month - 1 + months
    end = dt.date(index // 12, index % 12 + 1, 1) - dt.timedelta(days=1)
    return end
