"""A project's length as pages state it: "Duration: 30 months", "will run for three years",
"a 36-month project", "Laufzeit 36 Monate", "czas trwania 24 miesiące", "durée de deux ans".

A length alone dates nothing; with a start date it gives the project's end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.metadata.project_words import ONE_PROJECT, PROJECT_WORD_PATTERN
from indexer.metadata.year_ranges import DURATION_WORDS

NUMBER_WORDS = {
    1: "one ein eine einen un une uno una um uma jeden jedan ett",
    2: "two zwei deux due dos dois duas dwa dwóch dva dvou dvě twee två",
    3: "three drei trois tre tres três trzy tři tri drie",
    4: "four vier quatre quattro cuatro quatro cztery čtyři četiri fyra fire",
    5: "five fünf cinq cinque cinco pięć pět pet vijf fem",
    6: "six sechs sei seis sześć šest zes sex seks",
}
"""Small lengths are often spelt out: "three years", "deux ans", "tre anni", "trzy lata"."""
_NUMBER_VALUES = {word: number for number, words in NUMBER_WORDS.items() for word in words.split()}
NUMBER = r"(\d{1,3}|" + "|".join(sorted(_NUMBER_VALUES, key=len, reverse=True)) + r")"

MONTH_UNIT = (
    r"months?|monate?n?|monat|mois|meses|mesi|mes|miesi[aąeę]c\w*|mjesec\w*|mesec\w*|m[eě]s[ií]c\w*|mesiac\w*|m[aå]nad\w*|"
    r"m[aå]ned\w*|maand(?:en)?|kuukautta|kuud|μήνες|μηνών|μήνα|luni|месец\w*|h[oó]nap\w*|m[eė]nes\w*|m[eē]ne[sš]\w*|"
    # The Irish month keeps its accent: "30 mi" is miles, and "mi" an Italian or Romanian pronoun.
    r"muaj|xahar|xhur|mí(?:osa|onna)?"
)
YEAR_UNIT = (
    r"years?|jahre?n?|ans|ann[eé]es|anni|anno|a[nñ]os?|lata|lat|roky|rok[uů]|rok|let|rokov|godin[aeu]?|leta|jaar|jaren|år|"
    r"vuotta|metų|metai|metus|gadi|gadus|aastat|χρόνια|έτη|ani|години|év|éves|vjet|vite|snin|bliana"
)
# Romanian puts "de" between a number from twenty and its unit: "36 de luni".
LENGTH = NUMBER + r"\s*(?:de\s+)?(?:(" + MONTH_UNIT + r")|(" + YEAR_UNIT + r"))(?!\w)"

AFTER_WORD = re.compile(r"(?:" + DURATION_WORDS + r")[^0-9]{0,25}?" + LENGTH, re.IGNORECASE)
"""A length after the word for it, on the line or in the block under its label: "Duration: 30 months"."""

AFTER_VERB = re.compile(
    r"(?<!\w)(?:lasts?|lasted|lasting|will\s+last|runs?\s+for|running\s+for|will\s+run\s+for|over\s+a\s+period\s+of|for\s+a\s+period\s+of|"
    r"dauert|dauerte|l[aä]uft(?:\s+(?:über|für))?|dure|durera|dura|durer[aà]|durar[aá]|trv[aá]|trvá|trwa|trwał\w*|traje|trajat\w*|traja|"
    r"kest[aä]{2}|varer|varar|duurt|przez|po\s+dobu|pendant|per\s+un\s+periodo\s+di|durante|for|"
    r"potrwa\w*|potrv[aá]\w*|p[aå]g[aå]r|dureaz[aă]|va\s+dura|truk\w*|διαρκ\w*|трае|траје|"
    # Carried out within a length: "will be implemented over 30 months", "θα υλοποιηθεί σε 30 μήνες".
    r"(?:implemented|carried\s+out|delivered|realised|realized)\s+(?:over|in|within)|υλοποι\w*\s+(?:σε|μέσα\s+σε|εντός)|"
    r"realizzat[oa]\s+in|realizad[oa]\s+(?:em|en)|r[eé]alis[eé]e?\s+en|umgesetzt\s+(?:in|über)|zrealizowan\w*\s+w\s+ci[aą]gu)(?!\w)[^0-9\n.]{0,20}?" + LENGTH
    # Hungarian puts the verb after the length, whose unit carries "-ig": "36 hónapig tart".
    # The lookahead skips the long list of number words wherever no "-ig" unit follows.
    + r"|(?<!\w)(?=\w{1,9}\s*(?:h[oó]napig|[eé]vig))" + NUMBER + r"\s*(?:(h[oó]napig)|([eé]vig))\s+(?:\w+\s+)?tart",
    re.IGNORECASE,
)
"""A length told with a verb or a preposition: "will run for three years", "trwa 24 miesiące", "for 36 months"."""

BEFORE_PROJECT = re.compile(
    r"(?<!\w)" + NUMBER + r"[-\s]?(?:(month|monats|monatig\w*|mesi)|(year|jahres|j[aä]hrig\w*|years|letý|letni\w*|leti|éves))(?:[-\s]long)?"
    r"(?:\s+\w+){0,2}?\s+(?:" + PROJECT_WORD_PATTERN + r"|programme\s+of\s+work|action|initiative)",
    re.IGNORECASE,
)
"""A length in front of the project: "a 36-month project", "ein dreijähriges Projekt", "trzyletni projekt"."""


AFTER_PROJECT = re.compile(
    r"(?<!\w)(?:(?:" + ONE_PROJECT + r")\s+(?:de|di|of)\s+"
    r"(?:(?:une\s+)?dur[eé]e\s+de\s+|durata\s+di\s+|duraci[oó]n\s+de\s+|dura[cç][aã]o\s+de\s+)?|"
    # Greek says "of" with the unit's genitive.
    r"έργο\s+(?:του\s+|των\s+)?(?:διάρκειας\s+)?(?=\w+\s*μην[ώω]ν))" + LENGTH,
    re.IGNORECASE,
)
"""A length after the project, as Romance languages and Greek put it: "um projeto de 30 meses", "un progetto di 24 mesi", "έργο 30 μηνών";
never a bare number after it, which is a time since or after: "we launched the project 3 years ago"."""


@dataclass(frozen=True)
class Length:
    """A project's stated length in months, and where the text gave it."""

    months: int
    start: int
    end: int
    text: str


def length_of(match: re.Match[str]) -> Length:
    groups = match.groups()
    # A pattern of several alternatives repeats (number, month unit, year unit): the one that matched has its number.
    number_at = next(index for index in range(0, len(groups), 3) if groups[index])
    written = groups[number_at].casefold()
    number = int(written) if written.isdigit() else _NUMBER_VALUES.get(written, 0)
    return Length(number * (12 if groups[number_at + 2] else 1), match.start(), match.end(), match.group(0))


def labelled_length(text: str, start: int = 0, end: int | None = None) -> Length | None:
    """A length after the word for it ("Duration", "Laufzeit", "durée"), within ``text[start:end]``."""
    found = AFTER_WORD.search(text, start, len(text) if end is None else end)
    return length_of(found) if found else None


def told_length(text: str, start: int = 0, end: int | None = None) -> Length | None:
    """A length the text states in any of its ways: after its word, after a verb, before the project word."""
    end = len(text) if end is None else end
    for pattern in (AFTER_WORD, AFTER_VERB, BEFORE_PROJECT, AFTER_PROJECT):
        found = pattern.search(text, start, end)
        if found:
            return length_of(found)
    return None
