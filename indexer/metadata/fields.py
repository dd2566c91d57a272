"""Descriptive fields: title, acronym, budget and partner organisations."""

from __future__ import annotations

import re
from pathlib import Path

from indexer.metadata import programmes
from indexer.metadata.partner_context import ORG_WORDS, partner_word_matches
from indexer.metadata.programme_context import FUNDING_CONTEXT
from indexer.metadata.text import fold
from indexer.metadata.title_shapes import before_cover_labels, is_caption, is_sentence

BOILERPLATE = re.compile(
    r"cookie|privacy|datenschutz|accept|akzeptieren|consent|javascript|log\s?in|sign\s?in|menu|navigation|"
    r"skip\s+to|home\s*[|>»]|(?<!re)search|suche|newsletter|subscribe|©|copyright|all\s+rights|page\s+\d|seite\s+\d|"
    r"table\s+of\s+contents|contents$|inhalt|sommaire|índice|spis\s+treści|untitled|microsoft\s+word|^draft|"
    # Breadcrumbs and logo captions: "You are here: Home / ...", "Logotyp på utskrifter".
    r"you\s+are\s+here|vous\s+[eê]tes\s+ici|sie\s+sind\s+hier|jeste[sś]\s+tutaj|\bhome\s*/|startseite|^logo|logotyp",
    re.IGNORECASE,
)
SEARCH_FORM = re.compile(
    r"^(?:rechercher|recherchez|buscar|busque|cercare|cerca|suchen|szukaj|wyszukaj|hledat|vyhledat|vyhľadať|zoeken|"
    r"zoek|sök|søg|søk|hae|keresés|keress|pretraga|pretraži|iskanje|poišči|căutare|caută|αναζήτηση|търсене|пошук|поиск)\b",
    re.IGNORECASE,
)
"""A search box's label or button ("Rechercher des projets européens"): the site's, not the page's."""
_PROJECT = r"(?:project|projekt|projet|progetto|proyecto|projeto|projekat|projektu|projekcie|projekte|projektet|projektes|hanke|projekti)"
_SECTION = (
    r"(?:description|summary|overview|status|statut|objectives?|objectifs?|aims?|goals?|results?|resultats|partners?|"
    r"partenaires|descrizione|obiettivi|risultati|descripcion|objetivos|resultados|descricao|opis|cele|cile|popis|ciele|"
    r"ziele|beschreibung|ergebnisse|info|information|informationen|details)"
)
_ARTICLES = r"(?:(?:of|the|das|des|le|la|du|el|il|del|dello|della|de|do|da|o|about|uber|a\s+propos|acerca|sobre|informazioni|sul)\s+)*"
GENERIC_HEADING = re.compile(
    rf"^{_ARTICLES}{_PROJECT}(?:\s+{_SECTION})?$|^{_SECTION}\s+{_ARTICLES}{_PROJECT}$|^{_PROJECT}{_SECTION}$",
    re.IGNORECASE,
)
"""A section's heading that any project page has ("Über das Projekt", "Statut du projet", "Project description")."""
FUNDING_OPENING = 3
"""A line whose first words say who pays ("Financed by ERDF", "Zdroj financování: ...") is a logo's caption."""
FILE_LIKE = re.compile(r"\.(?:docx?|pages|pdf|pptx?|odt|indd|xlsx?|rtf|txt)\b|^[\w.-]+$|^[A-Z]:\\", re.IGNORECASE)
WORD_PREFIX = re.compile(r"^(?:microsoft\s+(?:word|powerpoint)\s*-\s*)", re.IGNORECASE)


def _words_share(text: str) -> float:
    """The share of letters and digits; a title's own years ("(2025 – 2029)") are no garbage."""
    characters = text.replace(" ", "")
    letters = sum(map(str.isalpha, characters))
    digits = sum(map(str.isdigit, characters))
    # A line of figures ("2019 2020 2021 total") is a table row, whatever its share of digits.
    return (letters + digits) / max(1, len(characters)) if letters >= 2 * digits else 0.0


def sensible_title(candidate: str | None) -> str | None:
    """The candidate cleaned up, or None when it is a file name, a banner, a menu or garbage."""
    if not candidate:
        return None
    title = re.sub(r"\s+", " ", WORD_PREFIX.sub("", candidate)).strip(" -–|:")
    title = re.sub(r"\.(?:docx?|pages|pdf|pptx?|odt)$", "", title, flags=re.IGNORECASE).strip()
    words = title.split()
    if not 2 <= len(words) <= 30 or len(title) > 250:
        return None
    if FILE_LIKE.search(title) or is_site_text(title) or _words_share(title) < 0.7 or "(cid:" in title:
        return None
    if re.match(r"^\d{4}-\d{2}-\d{2}\b", title):
        return None
    return title


def is_site_text(line: str) -> bool:
    """A line any page of a site or any project page could carry: a banner, a menu, a search box,
    a section's heading, a funding note. Never a page's own title."""
    if BOILERPLATE.search(line) or SEARCH_FORM.search(line):
        return True
    return bool(GENERIC_HEADING.match(" ".join(fold(line).split()).strip(" .:!"))) or is_funding_line(line)


def is_funding_line(line: str) -> bool:
    """The line opens by saying who pays, under a label or naming the programme: a funding note, not a title."""
    opening = " ".join(line.split()[:FUNDING_OPENING])
    return bool(FUNDING_CONTEXT.search(fold(opening))) and (":" in opening or bool(programmes.find_mentions(line)))


def title_from_text(lines: list[str]) -> str | None:
    """The first prominent line: a short line of words at the start of the document, up to a cover's
    form labels ("Project Number:"), and neither a caption nor a sentence."""
    for line in lines[:60]:
        title = sensible_title(before_cover_labels(line))
        if title and 3 <= len(title.split()) <= 20 and not title.endswith((".", ",", ";")) and title[0].isupper():
            if not is_caption(title) and not is_sentence(title):
                return title
    return None


def title_from_path(path: Path) -> str:
    stem = re.sub(r"[_\s]+", " ", path.stem.replace("-", " - " if " " in path.stem else " ")).strip()
    stem = re.sub(r"\s+", " ", stem)
    return stem[:1].upper() + stem[1:] if stem else path.name


ACRONYM = re.compile(
    r"(?:project\s+acronym|acronym|akronim|acr[oó]nimo|acronyme|akronym|kratica|zkratka|skratka|lyhenne|afkorting|ακρωνύμιο)"
    r"\s*[:\-–]?\s*([A-Z0-9][A-Za-z0-9+&.\-]{1,24})\b",
    re.IGNORECASE,
)


def find_acronym(text: str) -> tuple[str, str] | None:
    match = ACRONYM.search(text)
    if match and any(char.isupper() for char in match.group(1)):
        return match.group(1).strip(".-"), match.group(0)
    return None


BUDGET = re.compile(
    r"(?:total\s+(?:project\s+)?budget|project\s+budget|total\s+eligible\s+(?:costs?|budget)|budget|EU\s+contribution|"
    r"gesamtbudget|projektbudget|gesamtkosten|budżet|proračun|rozpočet|presupuesto|budget\s+total|bilancio|budjetti|"
    r"budgettet|budgeten|begroting|προϋπολογισμός)"
    r"[^\n€\d]{0,30}((?:€|EUR|EURO)\s?\d[\d.,\s]*\d(?:\s?(?:million|mio\.?|mil\.?|Mio\.?|M))?|"
    r"\d[\d.,\s]*\d\s?(?:million\s+|mio\.?\s+|Mio\.?\s+)?(?:€|EUR|euros?|eura|evrov|eur))",
    re.IGNORECASE,
)


def find_budget(text: str) -> tuple[str, str] | None:
    match = BUDGET.search(text)
    if match:
        return re.sub(r"\s+", " ", match.group(1)).strip(), match.group(0)
    return None


def find_partners(text: str, limit: int = 30) -> tuple[str, ...]:
    """Organisation names from lines inside partner or consortium lists."""
    partners: list[str] = []
    for match in partner_word_matches(text):
        end = text.find("\n\n", match.end(), match.end() + 900)
        zone = text[match.end() : end if end != -1 else match.end() + 600]
        for piece in re.split(r"[\n;•·]", zone):
            piece = re.sub(r"^\W*(?:\d+\W*)?", "", piece).strip(" .:")
            if ORG_WORDS.search(piece) and 2 <= len(piece.split()) <= 12 and "@" not in piece and "http" not in piece:
                if piece not in partners:
                    partners.append(piece)
        if len(partners) >= limit:
            break
    return tuple(partners[:limit])
