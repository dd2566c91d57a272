"""What text near a title looks like without being one: captions, sentences, cover-page labels.

A report's cover sets its title among other short lines: the number of the deliverable, labels
of a form ("Project Number:", "Start Date of Project:"), captions of pictures ("Figure 3",
"Screenshot of ..."). These tests say which of them a title candidate is, in several languages.
"""

from __future__ import annotations

import re

CAPTION = re.compile(
    r"^(?:(?:figure|fig\.|table|tab\.|chart|graph|diagram|image|picture|photo|illustration|map|"
    r"abbildung|abb\.|tabelle|grafik|bild|karte|tableau|graphique|carte|figura|tabla|tabela|gráfico|"
    r"grafico|mapa|rysunek|rys\.|wykres|obrázek|obr\.|tabulka|slika|tablica|kuva|taulukko|figuur|tabel|kaart|"
    r"εικόνα|σχήμα|πίνακας|διάγραμμα)\s*\d[\d.]*\b|"
    # A picture's own caption says what it shows: "Screenshot of the map viewer", "Photo: the harbour".
    r"(?:screenshot|screen\s+shot|snapshot|capture\s+d['’]écran|bildschirmfoto)s?\b|(?:photo|foto|picture|image)s?\s*:)",
    re.IGNORECASE,
)
"""A caption's opening: a picture's or a table's word and number, or the word for a screenshot."""

COVER_LABEL = re.compile(
    r"\b(?:project\s+(?:number|no\.?|acronym|title|duration|start|coordinator)|lead\s+partner|coordinator|start\s+date(?:\s+of\s+(?:the\s+)?project)?|"
    r"end\s+date|grant\s+agreement(?:\s+(?:number|no\.?))?|contract\s+(?:number|no\.?)|dissemination\s+level|"
    r"due\s+date(?:\s+of\s+(?:the\s+)?deliverable)?|(?:actual\s+)?submission\s+date|work\s*package|lead\s+beneficiary|"
    r"call\s+identifier|funding\s+scheme|projektnummer|förderkennzeichen|laufzeit|numéro\s+de\s+projet|"
    r"convention\s+de\s+subvention|número\s+de\s+proyecto|acuerdo\s+de\s+subvención)\s*[:#]",
    re.IGNORECASE,
)
"""A form's label on a cover page, with its colon: the title ends before it."""

DELIVERABLE_NUMBER = re.compile(
    r"^(?:(?:deliverable|livrable|leistung|entregable|produkt|prodotto|rezultat)\s*(?:no\.?|nr\.?|n°|#)?\s*"
    r"(?:d\s*)?\d{1,2}(?:[.\-_]\d{1,2}){0,3}|d\s?\d{1,2}(?:[.\-_]\d{1,2}){1,3})\b[\s:–—\-.]*",
    re.IGNORECASE,
)
"""A deliverable's number before its name: "Deliverable 4.5", "Deliverable D7.5", "D8.6", "D 2.1 -"."""

FINITE_VERBS = frozenset(
    "is are was were has have had will would can could must shall should does did "  # en
    "ist sind war waren hat haben wird werden wurde wurden kann können "  # de
    "est sont était étaient ont sera seront peut "  # fr
    "es son fue fueron ha han será serán puede "  # es
    "è sono era erano hanno sarà "  # it
    "é são foi foram tem têm "  # pt
    "zijn heeft hebben wordt werd "  # nl
    "jest są był była było "  # pl
    "je jsou byl bol bio bila su "  # cs, sk, sl, hr, sr
    "είναι ήταν έχει έχουν".split()  # el
)
"""Forms of "to be", "to have" and other auxiliaries: a sentence's verb, hardly ever a title's word."""

_SENTENCE_BREAK = re.compile(r"(\S+)[.!?]\s+[\"'“‘(]?(\w)")
_CLAUSE_START = re.compile(r"[:;–—|]\s")


def is_caption(text: str) -> bool:
    """A figure's or a table's caption: "Figure 3: partners", "Tabelle 2", "Screenshot of the viewer"."""
    return bool(CAPTION.match(text.strip()))


def is_sentence(text: str) -> bool:
    """Running text rather than a heading: it ends with a full stop after a word, or one sentence ends
    inside it after a finite verb and another begins ("This Work Programme was adopted on 10 December
    2013. The parts that ...").

    A heading's parts may be split by a stop ("European towns as integration laboratories. Tools for
    support"): without a verb before it, the stop ends no sentence.
    """
    stripped = text.strip()
    if re.search(r"[^\W\d_]{2,}\.$", stripped) and not re.search(r"\b(?:etc|al|ca|approx)\.$", stripped, re.IGNORECASE):
        return True
    for match in _SENTENCE_BREAK.finditer(stripped):
        if not match.group(2).isupper():
            continue
        clause = _CLAUSE_START.split(stripped[: match.end(1)])[-1]
        if any(word in FINITE_VERBS for word in re.findall(r"\w+", clause.casefold())):
            return True
    return False


def before_cover_labels(text: str) -> str:
    """The text up to the first form label on a cover ("Project Number:"): what comes after is the form."""
    match = COVER_LABEL.search(text)
    return text[: match.start()].rstrip(" -–|:;,") if match else text


def without_deliverable_number(text: str) -> str:
    """The deliverable's name without its number; the text itself when nothing follows the number."""
    match = DELIVERABLE_NUMBER.match(text.strip())
    if not match:
        return text
    name = text.strip()[match.end() :].strip(" -–—:.")
    return name or text


def is_deliverable_number(text: str) -> bool:
    """Only a deliverable's number ("Deliverable D7.5"), whose name is the next line."""
    match = DELIVERABLE_NUMBER.match(text.strip())
    return bool(match) and not text.strip()[match.end() :].strip(" -–—:.")
