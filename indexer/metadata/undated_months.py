"""A project's start told as a month without its year, as news does: "the project started in May",
"el proyecto comenzó el pasado mes de mayo", "το έργο ξεκίνησε τον Μάιο".

The year is the document's own: the month's latest occurrence on or before the date the text
opens with (a press release's dateline), so "started in May" under a November dateline is May
of that year, and under a February one May of the year before. Only a verb in the past starts
such a month: "will start in May" may be any year's.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from functools import lru_cache

from indexer.metadata.date_mentions import DateMention, month_alternation, wide_month_names
from indexer.metadata.text import fold

PAST_START = (
    r"(?<!\w)(?:started|began|launched|kicked\s+off|commenced|got\s+under\s*way|startete|begann|gestartet|angelaufen|"
    r"a\s+d[eé]marr[eé]|a\s+d[eé]but[eé]|a\s+commenc[eé]|lanc[eé]e?|d[eé]marr[eé]e?|[eè]\s+iniziato|[eè]\s+partito|avviat[oa]|iniziat[oa]|"
    r"comenz[oó]|empez[oó]|inici[oó]|arranc[oó]|iniciad[oa]|come[cç]ou|iniciou|teve\s+in[ií]cio|lan[cç]ad[oa]|"
    r"rozpocz[aą][lł]\s+si[eę]|rozpocz[eę]t\w*|za[cč]al|zapo[cč]eo|startede|startade|begon|alkoi|indult|a\s+[iî]nceput|"
    r"ξεκίνησε|άρχισε|започна)(?!\w)"
)
"""A verb or a participle in the past that starts a project."""

MONTH_PREPOSITION = r"(?:\s+(?:in|on|last|this|past|el|pasado|mes|de|em|no|[uú]ltimo|en|au|mois|dernier|im|vergangenen|letzten|nel|mese|di|lo|scorso|τον|το|περασμένο|w|v|u|a|la|i))*"
STARTED_BEFORE_MONTH = re.compile(PAST_START + MONTH_PREPOSITION + r"\s+$", re.IGNORECASE)
"""A start verb and the words a month takes after it: "started in", "comenzó el pasado mes de", "ξεκίνησε τον"."""

MONTH_OPENS = re.compile(r"(?:^|(?<!\w))(?:in|im|en|em|au\s+mois\s+d[e']|a|nel\s+mese\s+di|w|v|u|τον|i)\s+$", re.IGNORECASE)
STARTED_AFTER_MONTH = re.compile(r"[^.;\n]{0,50}?" + PAST_START, re.IGNORECASE)
"""A time opening the sentence, its verb after it: "In May the project started and ..."."""

FUTURE = re.compile(r"(?<!\w)(?:will|shall|to|would|be|wird|werden|sera|seront|ser[aá]|ser[aã]o|sar[aà]|saranno|zostanie|bude|θα)\s+$", re.IGNORECASE)
"""A start still to come ("will be launched in May") may be any year's."""


def _started(text: str, month: re.Match[str]) -> bool:
    before = STARTED_BEFORE_MONTH.search(text, max(0, month.start() - 60), month.start())
    if before:
        return not FUTURE.search(text, max(0, before.start() - 20), before.start())
    after = STARTED_AFTER_MONTH.match(text, month.end())
    if after and MONTH_OPENS.search(text, max(0, month.start() - 20), month.start()):
        verb = re.search(PAST_START, after.group(0), re.IGNORECASE)
        return verb is not None and not FUTURE.search(text, max(0, month.end() + verb.start() - 20), month.end() + verb.start())
    return False


HEAD_CHARS = 1500
"""The document's own date stands at its top: a dateline, a cover's date."""


@lru_cache(maxsize=1)
def _month_word() -> re.Pattern[str]:
    # A month followed by a day or a year is a date of its own, which the date rules read.
    return re.compile(
        r"(?<!\w)(" + month_alternation(wide_month_names()) + r")(?!\w)(?!\W{0,3}(?:de\s+|of\s+|del\s+|του\s+)?\d)", re.IGNORECASE
    )


def _document_date(dates: list[DateMention], before: int) -> dt.date | None:
    """The date the text opens with, before ``before``: a full date, not a number that may be an act's."""
    # Only the head is read: the dates are in reading order, and those after it can be no dateline.
    head = min(before, HEAD_CHARS)
    for mention in dates:
        if mention.start >= head:
            return None
        if mention.precision == "day" and not mention.loose:
            return mention.date
    return None


def undated_starts(text: str, dates: list[DateMention]) -> list[DateMention]:
    """Months a past verb says the project started in, without a year, dated by the document's own date."""
    folded = fold(text)
    found = []
    names = wide_month_names()
    # The dates are in reading order and do not overlap, so their ends are in order too: the one date a
    # month may fall into is found by its start, not by comparing the month with every date.
    offsets = [mention.start for mention in dates]
    for match in _month_word().finditer(folded):
        if not _started(text, match):
            continue
        inside = bisect_left(offsets, match.end()) - 1
        if inside >= 0 and match.start() < dates[inside].end:
            continue
        reference = _document_date(dates, match.start())
        if reference is None:
            continue
        month = names[match.group(1).casefold()]
        year = reference.year if month <= reference.month else reference.year - 1
        found.append(DateMention(dt.date(year, month, 1), "month", match.start(), match.end()))
    return found
