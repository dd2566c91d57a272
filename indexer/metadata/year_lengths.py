"""A project's start year and its length in one sentence: "a three-year project launched in 2017",
"the project runs for 36 months from 2018", "das Projekt läuft drei Jahre ab 2017".

The start month is unknown, so the period is the shortest the words allow: from January of the
start year for the stated length. A 36-month project begun in 2017 surely covers 2017 to 2019;
whether it reaches into 2020 the sentence does not say, and no year is given that it may not have.
"""

from __future__ import annotations

import datetime as dt
import re

from indexer.metadata.date_mentions import YEAR, add_months
from indexer.metadata.durations import Length, told_length
from indexer.metadata.periods import Period
from indexer.metadata.text import snippet
from indexer.metadata.sentences import first_end, sentence_bounds
from indexer.metadata.year_ranges import MAX_SPAN_YEARS, PROJECT_CONTEXT, STUDY_WORDS, owned_by_other

_IN_YEAR = r"(?:\s+(?:in|im|en|em|nel|w|v|u|the\s+year|jahr|roku|godine|leta|vuonna|l'ann[eé]e|el\s+año|o\s+ano|il|nel\s+corso\s+del))*\s+$"

STARTED_BY = re.compile(
    r"(?<!\w)(?:started|starts|starting|began|begins|launched|kicked\s+off|commenced|startete|begann|gestartet|beginnt|"
    r"a\s+d[eé]marr[eé]|a\s+d[eé]but[eé]|lanc[eé]e?|d[eé]marr[eé]e?|avviat[oa]|iniziat[oa]|partit[oa]|comenz[oó]|inici[oó]|iniciad[oa]|"
    r"come[cç]ou|lan[cç]ad[oa]|rozpocz[aą][lł]\s+si[eę]|rozpocz[eę]t\w*|zah[aá]jen\w*|za[cč]al\w*|zapo[cč]e\w*|alkoi|startade|startede|begon|gestart)"
    + _IN_YEAR,
    re.IGNORECASE,
)
"""A verb that starts the project right before its year: "launched in 2017", "gestartet 2017", "avviato nel 2017"."""

FROM_YEAR = re.compile(
    r"(?<!\w)(?:from|starting\s+(?:in|from)|ab|von|à\s+partir\s+de|a\s+partir\s+de|a\s+partire\s+dal|dal|od|fr[aå]n|vanaf|alkaen)" + _IN_YEAR,
    re.IGNORECASE,
)
"""A "from" before the year, only after the length it opens: "runs for three years from 2017" (alone, "from 2017" is a history's)."""

FROM_REACH = 25
"""At most this many characters from the end of the length to its "from" year: "36 months, starting in 2017"."""

BARE_YEAR = re.compile(r"(?<![\d.,/])" + YEAR + r"\.?(?!\d|[./-]\d|\s*[-–—/]\s*\d)")


FROM_WINDOW = 200
"""How far before its "from" year a length is looked for: one that ends within FROM_REACH of the year starts well inside it."""


def year_with_length(text: str) -> Period | None:
    """A start year and the project's length told in one sentence about the project."""
    # Read once per sentence, not once per year in it: a long text without full stops is one
    # sentence, and scanning all of it for each of its years took seconds.
    first_words: dict[tuple[int, int], tuple[int, int]] = {}  # where the first project word and the first study word end
    sentence_length: dict[tuple[int, int], Length | None] = {}
    for found in BARE_YEAR.finditer(text):
        # The year's own digits: the dot its match may take ("2017. godine") may be the full stop ending the sentence.
        bounds = opening, closing = sentence_bounds(text, found.start(), found.end(1))
        before = text[max(opening, found.start() - 40) : found.start()]
        verb = STARTED_BY.search(before)
        start_from = FROM_YEAR.search(before)
        if not (verb or start_from) or owned_by_other(text[max(opening, found.start() - 80) : found.start()]):
            continue
        if bounds not in first_words:
            first_words[bounds] = first_end(PROJECT_CONTEXT, text, opening, closing), first_end(STUDY_WORDS, text, opening, closing)
        project_end, study_end = first_words[bounds]
        if project_end > closing:
            continue
        # "The survey started in 2015 and lasted 3 years; the project builds on it": the survey's start and length.
        if study_end <= found.start() < project_end:
            continue
        # After "from", the length comes right before it: "for three years from 2017", not "lasts 24 months ... a study from 2015".
        if start_from and not verb:
            length = told_length(text, max(opening, found.start() - FROM_WINDOW), found.start())
        else:
            if bounds not in sentence_length:
                sentence_length[bounds] = told_length(text, opening, closing)
            length = sentence_length[bounds]
        if length is None or not 2 <= length.months <= MAX_SPAN_YEARS * 12:
            continue
        if start_from and not verb and found.start() - length.end > FROM_REACH:
            continue
        first = dt.date(int(found.group(1)), 1, 1)
        return Period(first, add_months(first, length.months), snippet(text, found.start(), found.end()) + " / " + length.text, 1)
    return None
