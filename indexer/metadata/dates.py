"""Project start and end dates and publication dates, read from text in many languages.

Month names come from CLDR through Babel. A bare year range counts only with a project
context ("duration", "Laufzeit", a parenthesised range) and never when it is a programme's
own period, so "Interreg Europe 2021-2027" gives no project years.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from indexer.metadata.date_mentions import (
    MAX_YEAR,
    MIN_YEAR,
    SPANS,
    YEAR,
    may_hold_dates,
    DateMention,
    month_alternation,
    safe_date,
    add_months,
    find_dates,
    last_day,
    month_names,
)
from indexer.metadata.cover_dates import PROJECT_MONTH, SUBMITTED_LABEL, column_submission, is_due, line_before
from indexer.metadata.durations import AFTER_PROJECT, AFTER_VERB, AFTER_WORD, BEFORE_PROJECT, Length, labelled_length, length_of, told_length
from indexer.metadata.fact_tables import table_labels
from indexer.metadata.period_labels import END_LABEL, START_LABEL
from indexer.metadata.periods import Period
from indexer.metadata.told_periods import (
    BEGAN_WORDS,
    STARTED_AFTER,
    begun_period,
    closing_event,
    closing_period,
    opening_event,
    signed_period,
    told_period,
    until_closing,
    year_begun_period,
)
from indexer.metadata.sentences import mark_after, mark_before, sentence_bounds
from indexer.metadata.text import fold, snippet
from indexer.metadata.undated_months import undated_starts
from indexer.metadata.year_lengths import year_with_length
from indexer.metadata.year_ranges import (
    DURATION_WORDS,
    MAX_SPAN_YEARS,
    PERIOD_LABEL,
    PROJECT_CONTEXT,
    explicit_project,
    heading_range,
    is_programme_period,
    labelled_year,
    labelled_years,
    owned_by_other,
    project_sentences,
    project_span,
    year_ranges,
)



RANGE_SEPARATOR = re.compile(
    r"^\.?\s*(?:[-–—−]|to|till|until|through|bis|au|al|a|do|tot|tot\s+en\s+met|t/m|till|til|fino\s+al|jusqu'au|hasta\s+el|-\s*do|până\s+la|до)\s*$",
    re.IGNORECASE,
)


def _line_before(text: str, position: int, width: int = 60) -> str:
    return text[max(0, position - width) : position]


def _labelled(text: str, dates: list[DateMention], label: re.Pattern[str]) -> DateMention | None:
    for mention in dates:
        before = _line_before(text, mention.start)
        parts = before.rsplit("\n\n", 1)
        # A date alone in its block takes the label of a short heading block just before it.
        before = parts[-1] if parts[-1].strip() or len(parts) == 1 or len(parts[0].rsplit("\n\n", 1)[-1]) > 40 else parts[0].rsplit("\n\n", 1)[-1]
        if label.search(before.strip() + " ") or label.search(before.rstrip()):
            return mention
    return None


LOOSE_SEPARATOR = re.compile(
    # A dash inside a word ("kick-off") joins no dates.
    r"(?<!\w)[-–—−]|[-–—−](?!\w)|\b(?:ended|end|ends|to|till?|until|through|bis|au|al|do|tot|fino|jusqu|hasta|at[eé]|"
    r"zavr[sš]\w*|zako[nń]cz\w*|konec|ukon[cč]\w*|slut\w*|einde|fin|λήξη|έως|"
    # The end told with a verb: "beginnt am 01.01.2015 und endet am 31.12.2016", "si conclude il", "se termine le".
    r"endet\w*|ending|eindig\w*|termin[aeoó]\w*|se\s+termine\w*|finaliza\w*|si\s+conclude\w*|concluir\w*|ko[nń]czy\w*|kon[cč][ií]\w*|"
    r"p[aä][aä]tty\w*|l[oõ]pe\w*|beidz\w*|befejez\w*|λήγει|ολοκληρ\w*|до|"
    # "until" in the Baltic languages and Albanian: "nuo ... iki", "no ... līdz", "... kuni ...", "nga ... deri në".
    r"iki|l[iī]dz|kuni|deri|"
    # Maltese: "jibda f'Marzu 2016 u jintemm fi Frar 2019".
    r"jintemm\w*|jispi[cċ][cċ]a\w*|"
    # More end verbs: "will close on", "skončí", "se bo končal", "se va încheia", "ще приключи", "baigsis", "beigsies",
    # "avslutas", "afsluttes", "përfundon", "ќе заврши", "завршава се".
    # "close" only with its preposition ("in close contact with" joins nothing); Latvian "beig-" never as "beige".
    r"clos(?:e|es|ed|ing)\s+on|skon[cč]\w*|kon[cč]a\w*|[iî]ncheia\w*|[iî]ncheie|приключ\w*|заврш\w*|baig\w*|"
    r"beigs\w*|beig[aā]\w*|"
    r"avslut\w*|afslut\w*|p[eë]rfund\w*)\b",
    re.IGNORECASE,
)
"""A start date and an end date in one sentence: "started in April 2019 and ended in March 2022"."""


# No Latvian "no": it is Portuguese "in the" too, and "no ... līdz" is joined by its "līdz".
FROM_WORD = re.compile(r"(?<!\w)(?:from|de|du|da|dal|dall'|desde|von|vom|od|ot|от|од|van|fra|från|από|nga|nuo|ó|mill?-)\s*$", re.IGNORECASE)
TO_WORD = re.compile(r"\W*(?:à|a|au|al|alla|hasta|até|ao|to|bis|do|tot|til|till|до|έως|deri(?:\s+n[eë])?|l[iī]dz|iki|kuni|go|sal?)\W*$", re.IGNORECASE)
"""A range told "from X to Y" in words that alone mean "and" too: "de mars 2019 à juin 2021", "da marzo 2019 a giugno 2021"."""


BETWEEN_WORD = re.compile(
    r"\b(?:between|entre|între|zwischen|tra|fra|mellan|mellem|tussen|mi[eę]dzy|izme[dđ]u|med|mezi|medzi|μεταξύ|между|помеѓу|између|tarp)\b",
    re.IGNORECASE,
)
AND_WORD = re.compile(r"\b(?:and|y|und|e|et|i|a|og|och|en|és|και|și|şi|и|ir|un|ja)\b", re.IGNORECASE)

ENDED_AFTER = re.compile(
    r"\W{0,3}(?:endet|endete|zu\s+Ende\s+geht|abgeschlossen|ends|ended|z[aá]rul\w*|z[aá]rult|fejez[oő]dik\s+be|befejez[oő]d\w*|"
    r"[eé]r\s+v[eé]get|v[eé]get\s+[eé]r\w*|eindigt|afgerond|p[aä][aä]ttyy|p[aä][aä]ttyi|l[oõ]peb|l[oõ]ppes|baigsis|baig[eė]si|beidzas|beidz[aā]s|"
    r"slutar|slutter|avsluta\w*|afslutte\w*|zako[nń]czy\s+si[eę]|skon[cč][ií]|kon[cč][ií]|приключва|завършва|завршава|završava)(?!\w)",
    re.IGNORECASE,
)
"""An end told with a verb after its date, as verb-final clauses do: "2016 márciusában indult és 2019 februárjában zárul"."""

CALL_OWNER = re.compile(
    r"(?<!\w)(?:call|calls|applications?|registration|submission|deadline|ausschreibung|bewerbung\w*|anmeldung|einreichung|"
    r"appel|candidatures?|inscriptions?|bando|candidature|iscrizion\w*|convocatoria|inscripci\w*|solicitudes|candidaturas|"
    r"nab[oó]r\w*|konkurs\w*|v[yý]zv\w*|natje[cč]aj\w*|poziv\w*|razpis\w*|p[aá]ly[aá]zat\w*|jelentkez\w*|apel\w*|[iî]nscrier\w*|"
    r"прием|кандидатстване|покана|πρόσκληση|αιτήσεων|kvietim\w*|haku|ans[oö]kan|ans[oø]gning\w*|oproep|aanmelding)"
    r"(?:\s+[^\W\d_]+){0,3}\W{0,3}$",
    re.IGNORECASE,
)
"""A call's or a registration's window on its line is theirs: "Call open: 01.02.2019 – 15.04.2019"."""


def _whole_programme_period(start: dt.date, end: dt.date) -> bool:
    """1 January 2014 to 31 December 2020: a programming period written in full dates, not a project's."""
    return is_programme_period(start.year, end.year) and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)


def _full_ranges(text: str, dates: list[DateMention]) -> list[Period]:
    """Two dates read as a start and an end; shorter than two months, an event (strength 0)."""
    periods = []
    for first, second in zip(dates, dates[1:]):
        between = text[first.end : second.start]
        tight = len(between) <= 14 and RANGE_SEPARATOR.match(between)
        loose = len(between) <= 30 and "\n\n" not in between and (
            LOOSE_SEPARATOR.search(between)
            or (BETWEEN_WORD.search(text[max(0, first.start - 20) : first.start]) and AND_WORD.search(between))
            # The case endings say it: "kesäkuusta 2016 marraskuuhun 2019", "1-jén indult és 2026. június 30-ig".
            or first.role == "from"
            or second.role == "until"
            or (FROM_WORD.search(text, max(0, first.start - 12), first.start) and TO_WORD.match(between))
            or ((AND_WORD.search(between) or STARTED_AFTER.match(text, first.end)) and ENDED_AFTER.match(text, second.end))
        )
        # "04/2008" could be a numbered act; only a plain dash between two of them makes a range.
        if not (tight if first.loose or second.loose else tight or loose):
            continue
        if loose and not tight and re.search(r"\n\s*$", between):
            # Each date opening a line of its own is a list of news or events, not one period.
            continue
        if CALL_OWNER.search(text[max(0, first.start - 40) : first.start].rsplit("\n", 1)[-1]):
            continue
        start = first.date
        end = last_day(second)
        if _whole_programme_period(start, end) and not explicit_project(text[max(0, first.start - 60) : first.start]):
            continue
        # A range shorter than two months is an event (a workshop, a call window), not the project.
        if 0 < (end - start).days <= MAX_SPAN_YEARS * 366:
            strength = 2 if (end - start).days >= 60 else 0
            periods.append(Period(start, end, snippet(text, first.start, second.end), strength))
    return periods


DAY_SEPARATOR = r"\s*(?:[-–—−]|\b(?:and|es|und|et|y|e|i|a|og|och|en|do|to|bis|au|al)\b)\s*"


@lru_cache(maxsize=1)
def _day_range_regexes() -> tuple[re.Pattern[str], ...]:
    months = month_alternation(month_names())
    return (
        # "2018. július 9. és 18.", "2018. július 9–18."
        re.compile(r"(?<![\d.])" + YEAR + r"\.\s*(" + months + r")\.?\s*(\d{1,2})\.?" + DAY_SEPARATOR + r"(\d{1,2})\.?(?![\d])", re.IGNORECASE),
        # "9–18 July 2018", "9. bis 18. Juli 2018"
        re.compile(
            r"(?<![\d.,])(\d{1,2})\.?" + DAY_SEPARATOR + r"(\d{1,2})(?:\.|st|nd|rd|th|er)?\s*(?:de\s+|of\s+)?(" + months + r")\.?,?\s*(?:de\s+)?" + YEAR + r"(?!\d)",
            re.IGNORECASE,
        ),
        # "July 9-18, 2018"
        re.compile(r"(?<!\w)(" + months + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*[-–—]\s*(\d{1,2})(?:st|nd|rd|th)?,?\s+" + YEAR + r"(?!\d)", re.IGNORECASE),
    )


def _day_ranges(text: str) -> list[Period]:
    """Ranges of days within one month: an event's dates, which say when the activity took place."""
    folded = fold(text)
    if not may_hold_dates(folded):
        return []
    names = month_names()
    year_first, day_first, month_first = _day_range_regexes()
    found: list[tuple[int, int, int, int, int, re.Match[str]]] = []
    for match in year_first.finditer(folded):
        found.append((int(match.group(1)), names.get(match.group(2).casefold(), 0), int(match.group(3)), int(match.group(4)), match.start(), match))
    for match in day_first.finditer(folded):
        found.append((int(match.group(4)), names.get(match.group(3).casefold(), 0), int(match.group(1)), int(match.group(2)), match.start(), match))
    for match in month_first.finditer(folded):
        found.append((int(match.group(4)), names.get(match.group(1).casefold(), 0), int(match.group(2)), int(match.group(3)), match.start(), match))
    periods = []
    for year, month, first_day, final_day, _, match in sorted(found, key=lambda item: item[4]):
        start, end = safe_date(year, month, first_day) if month else None, safe_date(year, month, final_day) if month else None
        if start and end and start < end and MIN_YEAR <= year <= MAX_YEAR:
            periods.append(Period(start, end, snippet(text, match.start(), match.end()), 0))
    return periods


def _year_ranges(text: str) -> list[tuple[int, Period]]:
    """Ranges of years with a project's context, each with where it stands."""
    return [
        (found.start, Period(dt.date(found.first, 1, 1), dt.date(found.last, 12, 31), snippet(text, found.start, found.end), 1))
        for found in year_ranges(text)
    ]


TO_BARE_YEAR = re.compile(r"\s*(?:[-–—−]|to|until|till|through|bis|au|al|do|tot)\s*" + YEAR + r"(?!\d|[./-]\d|\.\s*\w)", re.IGNORECASE)
"""The end year after a start month: a year that opens a date of its own ("2019-05", "2019. május") is none."""


def _month_to_year(text: str, dates: list[DateMention]) -> list[tuple[int, Period]]:
    """A start month and an end year with a project's words before them: "Laufzeit: 03/2016 – 2019"."""
    periods = []
    for mention in dates:
        after = TO_BARE_YEAR.match(text, mention.end)
        if after is None or mention.precision in SPANS or not 1 <= int(after.group(1)) - mention.date.year <= MAX_SPAN_YEARS:
            continue
        before = text[max(0, mention.start - 80) : mention.start]
        if owned_by_other(before):
            continue
        if explicit_project(before) or PERIOD_LABEL.search(before) or PROJECT_CONTEXT.search(before[-50:]):
            end = dt.date(int(after.group(1)), 12, 31)
            periods.append((mention.start, Period(mention.date, end, snippet(text, mention.start, after.end()), 1)))
    return periods


SHORT_YEAR_RANGE = re.compile(
    r"(?<![\d./])(\d{1,2})[./](\d{1,2})[./](\d{2})\s*(?:[-–—]|to|bis|au|al|do|tot)\s*(\d{1,2})[./](\d{1,2})[./](\d{2})(?![\d./]\d)", re.IGNORECASE
)
"""Two dates with two-digit years, "01.03.19 – 28.02.21": read only right after a period's label."""


SHORT_YEAR_DATE = re.compile(r"(?<![\d./])(\d{1,2})[./](\d{1,2})[./](\d{2})(?![\d./]?\d)")


def _short_year_labels(text: str) -> Period | None:
    """A start and an end with two-digit years, each right after its label: "Start: 01.03.16" over "End: 28.02.19"."""
    start = end = None
    for match in SHORT_YEAR_DATE.finditer(text):
        before = _line_before(text, match.start(), 40).rsplit("\n", 1)[-1].strip() + " "
        date = _short_year_date(match, 1)
        if date and start is None and START_LABEL.search(before):
            start = (date, match)
        elif date and start is not None and END_LABEL.search(before):
            end = (date, match)
            break
    if start is None or end is None or not project_span(start[0], end[0]):
        return None
    return Period(start[0], end[0], snippet(text, start[1].start(), start[1].end()) + " / " + snippet(text, end[1].start(), end[1].end()), 2)


def _short_year_date(match: re.Match[str], day_group: int) -> dt.date | None:
    """The date a match gives as day, month and two-digit year in three groups from ``day_group`` on."""
    day, month, year = (int(match.group(day_group + offset)) for offset in range(3))
    return safe_date(2000 + year, month, day)


def _short_year_range(text: str) -> Period | None:
    for match in SHORT_YEAR_RANGE.finditer(text):
        before = text[max(0, match.start() - 60) : match.start()]
        if not (explicit_project(before) or PERIOD_LABEL.search(before)):
            continue
        start, end = _short_year_date(match, 1), _short_year_date(match, 4)
        if start and end and project_span(start, end):
            return Period(start, end, snippet(text, match.start(), match.end()), 2)
    return _short_year_labels(text)


def _began_with_duration(text: str, dates: list[DateMention]) -> Period | None:
    """A start told in a sentence and a duration in the same paragraph: "started on 1 March 2019 and lasts 36 months"."""
    # Many starts share a paragraph (the whole text when it has no blank line): each paragraph is read once.
    lengths: dict[tuple[int, int], Length | None] = {}
    for start in dates:
        if start.loose:
            continue
        # The start's words are the 40 characters before it, up to a paragraph's or a sentence's end.
        reach = max(0, start.start - 40)
        opening = max(text.rfind("\n\n", reach, start.start), text.rfind(". ", reach, start.start), start.start - 40)
        if not (BEGAN_WORDS.search(text, opening, start.start) or STARTED_AFTER.match(text, start.end) or opening_event(text, start)):
            continue
        paragraph_start = mark_before(text, "\n\n", start.start) + 1
        paragraph_end = mark_after(text, "\n\n", start.end)
        span = (paragraph_start, len(text) if paragraph_end == -1 else paragraph_end)
        if span not in lengths:
            paragraph = text[span[0] : span[1]]
            told = told_length(paragraph)
            lengths[span] = told if told and PROJECT_CONTEXT.search(paragraph) else None
        length = lengths[span]
        if length and 2 <= length.months <= MAX_SPAN_YEARS * 12:
            end = add_months(start.date, length.months)
            return Period(start.date, end, snippet(text, start.start, start.end) + " / " + length.text, 2)
    return None


def _project_length(text: str) -> Length | None:
    """A length the text ties to the project in one sentence: "a 30-month project", "The project lasts 30 months"."""
    for pattern in (BEFORE_PROJECT, AFTER_PROJECT):
        if found := pattern.search(text):
            return length_of(found)
    about = project_sentences(text)
    for pattern in (AFTER_WORD, AFTER_VERB):
        for found in pattern.finditer(text):
            if about(found.start(), found.end()):
                return length_of(found)
    return None


def _began_with_project_length(text: str, dates: list[DateMention]) -> Period | None:
    """A start told of the project and its length told in another part of a report: the cover's "launched in March
    2019" and the summary's "this 30-month project", which no paragraph holds together."""
    about = project_sentences(text)
    for start in dates:
        if start.loose or start.precision not in ("day", "month"):
            continue
        opening, _ = sentence_bounds(text, start.start, start.end)
        told = BEGAN_WORDS.search(text, max(opening, start.start - 40), start.start) or STARTED_AFTER.match(text, start.end)
        if told and about(start.start, start.end):
            length = _project_length(text)
            if length and 2 <= length.months <= MAX_SPAN_YEARS * 12:
                return Period(start.date, add_months(start.date, length.months), snippet(text, start.start, start.end) + " / " + length.text, 2)
            return None
    return None


def _undated_start_with_length(text: str, dates: list[DateMention]) -> Period | None:
    """A start month a sentence about the project gives without its year, dated by the document's own date, and the
    project's length: "Berlin, 10 November 2015 ... The project started in May ... a 30-month project"."""
    about = project_sentences(text)
    for start in undated_starts(text, dates):
        if not about(start.start, start.end):
            continue
        length = _project_length(text)
        if length and 2 <= length.months <= MAX_SPAN_YEARS * 12:
            return Period(start.date, add_months(start.date, length.months), snippet(text, start.start, start.end) + " / " + length.text, 1)
        return None
    return None


def _labelled_period(text: str, dates: list[DateMention]) -> Period | None:
    """A start and an end each after its label, or a labelled start and a stated duration."""
    start = _labelled(text, dates, START_LABEL)
    end = _labelled(text, dates, END_LABEL)
    if start is not None and end is None:
        length = labelled_length(text, start.end, start.end + 400) or labelled_length(text)
        if length and 0 < length.months <= MAX_SPAN_YEARS * 12:
            return Period(
                start.date,
                add_months(start.date, length.months),
                snippet(text, start.start, start.end) + " / " + snippet(text, length.start, length.end, 10),
                3,
            )
    if start is not None and end is not None and start.date < end.date:
        return Period(start.date, end.date, snippet(text, start.start, start.end) + " / " + snippet(text, end.start, end.end), 3)
    if start is not None:
        # With no end stated, the project's closing event ends its work: "Kick-off: ..." over "Final conference: ...".
        closing = next((mention for mention in dates if mention.start > start.end and not mention.loose and closing_event(text, mention)), None)
        return until_closing(text, start, closing, 3)
    return None


def period_label(heading: str) -> bool:
    """A table heading that names a project's start, end or length."""
    return bool(START_LABEL.search(heading + ":") or END_LABEL.search(heading + ":") or DURATION_LABEL.search(heading))


DURATION_LABEL = re.compile(r"(?<!\w)(?:" + DURATION_WORDS + r")(?:\s+\w+){0,3}\W{0,3}$", re.IGNORECASE)


def find_period(text: str, dates: list[DateMention] | None = None) -> Period | None:
    """The project's period of activity, from labelled dates, a full date range or a year range."""
    dates = find_dates(text) if dates is None else dates
    if not dates and not may_hold_dates(text) and not may_hold_dates(fold(text)) and not SHORT_YEAR_DATE.search(text):
        # Every rule of period_by_rules reads a date mention, a year or two dates with two-digit years, and fact
        # tables only rearrange the text's own cells: without any there is no period, and most pages name no year.
        return None
    return period_by_rules(text, dates)


def period_by_rules(text: str, dates: list[DateMention]) -> Period | None:
    """``find_period`` without its shortcut for text with no year."""
    labelled = _labelled_period(text, dates)
    if labelled is None and (table := table_labels(text, period_label)):
        labelled = _labelled_period(table, find_dates(table))
    if labelled is not None:
        return labelled
    ranges = _full_ranges(text, dates)
    projects = [period for period in ranges if period.strength >= 2]
    if projects:
        return projects[0]
    told = told_period(text, dates) or _began_with_duration(text, dates) or _short_year_range(text) or _began_with_project_length(text, dates)
    if told:
        return told
    years = sorted(_year_ranges(text) + _month_to_year(text, dates), key=lambda found: found[0])
    if years:
        return years[0][1]
    boxed = labelled_years(text, START_LABEL, END_LABEL)
    if boxed:
        return Period(dt.date(boxed.first, 1, 1), dt.date(boxed.last, 12, 31), snippet(text, boxed.start, boxed.end), 1)
    # A start and an end told sentences apart come after every range the text gives in one place.
    told = signed_period(text, dates) or begun_period(text, dates) or year_begun_period(text, dates) or closing_period(text, dates)
    if told:
        return told
    lasting = year_with_length(text)
    if lasting:
        return lasting
    single = labelled_year(text)
    if single:
        return Period(dt.date(single.first, 1, 1), dt.date(single.last, 12, 31), snippet(text, single.start, single.end), 1)
    heading = heading_range(text)
    if heading:
        return Period(dt.date(heading.first, 1, 1), dt.date(heading.last, 12, 31), snippet(text, heading.start, heading.end), 1)
    undated = _undated_start_with_length(text, dates)
    if undated:
        return undated
    # With no project period at all, the dates of an event the document reports are its years of activity.
    events = sorted(ranges + _day_ranges(text), key=lambda period: period.start)
    return events[0] if events else None


PUBLISHED_LABEL = re.compile(
    r"(?:submission\s+date|date\s+of\s+submission|submitted(?:\s+on)?|published(?:\s+on)?|publication\s+date|date\s+of\s+publication|"
    r"release\s+date|issue\s+date|date\s+of\s+issue|ver(?:sion|\.)?\s+(?:of\s+)?|datum|date|fecha|data|dato|ημερομηνία|"
    r"stand|veröffentlicht|publi[eé]\s+le|publicado|pubblicato|objavljeno|opublikowano|zveřejněno)\W{0,12}$",
    re.IGNORECASE,
)
DATELINE = re.compile(r"^\s*[A-ZÀ-Ýa-zà-ÿ\u0370-\u03ff\u0400-\u04ff][\w\u0370-\u03ff\u0400-\u04ff .'-]{1,30},\s*$")
"""A place before the date: "Brussels, 12 May 2016" ("Month 24, 30.04.2015" is no place: see ``is_dateline``)."""


def is_dateline(before: str) -> bool:
    return bool(DATELINE.match(before + " ")) and not PROJECT_MONTH.search(before)


def find_published(text: str, dates: list[DateMention], period: Period | None, head_chars: int = 4000) -> DateMention | None:
    """A report's date: its actual submission date when the cover gives one, else a labelled
    publication date, else a dateline near the top, else the latest date up front.

    A due date is the contract's, not the report's; and a date before the project's stated start,
    labelled or not, gives way to a later one.
    """
    head = [mention for mention in dates if mention.start < head_chars and not mention.loose]
    skip = {period.start, period.end} if period else set()
    began = period.start if period is not None and period.strength >= 1 else None

    def early(mention: DateMention) -> bool:
        return began is not None and mention.date < began

    submitted = column_submission(text[:head_chars], head)
    if submitted is not None and not early(submitted):
        return submitted
    undue = [mention for mention in head if not is_due(text, mention)]
    candidates = [mention for mention in undue if mention.date not in skip and mention.precision == "day"]
    for mention in candidates:
        before = line_before(text, mention)
        labelled = PUBLISHED_LABEL.search(before) or SUBMITTED_LABEL.search(before) or is_dateline(before)
        if labelled and not early(mention):
            return mention
    dated = [mention for mention in undue if mention.date not in skip]
    if dated:
        # A cover page's own date, or the last entry of its version history: the latest date up front.
        return max(dated, key=lambda mention: mention.date)
    # A garbled first page hides the dateline; a press release repeats it in each translation further down.
    for mention in dates:
        if mention.precision == "day" and not mention.loose and mention.date not in skip and is_dateline(line_before(text, mention)):
            return mention
    return None


def expand_years(start: dt.date, end: dt.date) -> tuple[int, ...]:
    return tuple(range(start.year, end.year + 1))
