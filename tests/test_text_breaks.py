"""The breaks, lines and words the metadata rules look up once per text are those a scan from each
place finds: the same sentence around every date, the same line and zone around every name, on
real pages and reports and on texts made of the marks that end or open sentences."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from indexer.ingest.extract import extract
from indexer.ingest.sources import discover, file_sha256
from indexer.metadata import programme_context, programmes, sentences, year_ranges
from indexer.metadata.date_mentions import find_dates
from indexer.metadata.partner_context import Zones, partner_zones
from indexer.metadata.project_words import PROJECT_WORD_PATTERN
from indexer.metadata.text import fold

ROOT = Path(__file__).resolve().parent.parent
SHARED_PAGES = ROOT.parent / "shared" / "data" / "pages" / "pages"


@pytest.fixture(scope="module")
def texts() -> list[str]:
    folders = [ROOT / "corpus"] + ([SHARED_PAGES] if SHARED_PAGES.is_dir() else [])
    found = [extract(source, file_sha256(source.path)).text for folder in folders for source in discover([folder]).files]
    assert len(found) > 40, "too few real texts to compare on"
    return found


def _scanned_bounds(text: str, start: int, end: int, also_opening: tuple[str, ...] = ()) -> tuple[int, int]:
    """The sentence around ``text[start:end]`` found by reading back and ahead from it."""
    line_opening = max(text.rfind(mark, 0, start) for mark in ("\n", *also_opening))
    stop = text.rfind(". ", max(line_opening, 0), start)
    while stop != -1 and text[stop + 2 : stop + 3].islower():
        stop = text.rfind(". ", max(line_opening, 0), stop)
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    closing = text.find(". ", end, line_end)
    while closing != -1 and text[closing + 2 : closing + 3].islower():
        closing = text.find(". ", closing + 2, line_end)
    return max(line_opening, stop) + 1, line_end if closing == -1 else closing


def _marked(seed: int) -> list[str]:
    pieces = ["a", "B", ". ", ".", " ", "\n", "\n\n", "; ", ";", "x", "é", "É", "2019", ". d"]
    chance = random.Random(seed)
    return ["".join(chance.choice(pieces) for _ in range(chance.randint(0, 40))) for _ in range(2000)]


def test_sentences_and_marks_are_those_a_scan_finds(texts: list[str]) -> None:
    for text in _marked(1):
        for start in range(len(text) + 1):
            end = min(len(text), start + 3)
            for also in ((), ("; ",)):
                assert sentences.sentence_bounds(text, start, end, also) == _scanned_bounds(text, start, end, also)
            for mark in ("\n", "\n\n", ". "):
                assert sentences.mark_before(text, mark, start) == text.rfind(mark, 0, start)
                assert sentences.mark_after(text, mark, start) == text.find(mark, start)
    dated = 0
    for text in texts:
        for date in find_dates(text):
            dated += 1
            for also in ((), ("; ",)):
                assert sentences.sentence_bounds(text, date.start, date.end, also) == _scanned_bounds(text, date.start, date.end, also)
    assert dated > 100, "too few real dates to compare on"


def test_first_word_of_a_sentence_is_the_first_a_search_finds(texts: list[str]) -> None:
    pattern = year_ranges.PROJECT_CONTEXT
    for text in texts:
        for also in ((), ("; ",)):
            words = sentences.SentenceWords(text, pattern, also)
            for date in find_dates(text):
                opening, closing = sentences.sentence_bounds(text, date.start, date.end, also)
                found = pattern.search(text, opening, closing)
                assert words.first(date.start, date.end) == (found.span() if found else None)


def _named_by_search(text: str, name: str) -> bool:
    noun = "(?i:" + PROJECT_WORD_PATTERN + ")"
    quoted = re.escape(name)
    return bool(re.search(r"(?<![\w-])" + quoted + r"\s+" + noun + "|" + noun + r"\s+[\"“„«]?" + quoted + r"(?![\w-])", text))


def test_names_a_text_calls_its_project_are_those_a_search_finds(texts: list[str]) -> None:
    made = [
        "the GREENWAYS project", "GREENWAYS-X project", "EU+GREEN project", "projekt „GREENWAYS“ ran", "projects GREEN&CO",
        "XGREENWAYS project", "the project GREENWAYS-2", "Projektorganisation GREENWAYS", "GREENWAYS\nproject", "GREENWAYS projector",
    ]
    asked = 0
    for text in texts + made:
        names = set(re.findall(r"[A-Z][A-Z0-9]{2,}(?:[-+&][A-Z0-9]+)*", text)) | {"GREENWAYS", "GREEN", "GREENWAYS-X", "CO"}
        for name in names:
            asked += 1
            assert year_ranges._named_project(text, name) == _named_by_search(text, name), (name, text[:80])
    assert asked > 500


def test_partner_zones_hold_what_the_list_of_zones_holds(texts: list[str]) -> None:
    zoned = 0
    for text in texts:
        zones = partner_zones(text)
        merged = Zones(zones)
        zoned += bool(zones)
        for position in range(0, len(text) + 1, 7):
            assert (position in merged) == any(start <= position < end for start, end in zones)
    assert zoned > 10


def _on_its_line_by_scanning(text: str, start: int, end: int) -> tuple[bool, bool]:
    """(labelled, alone) from the whole line around the name, cut at the name."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    before, after = text[line_start:start], text[end:line_end]
    if programme_context.LABEL.search(text, max(0, line_start - 1), start) and len(after.strip()) < 40:
        return True, False
    if not before.strip() and programme_context._label_line_before(text, line_start):
        return True, False
    return False, len(programme_context.LINE_FILLER.sub("", before + after)) <= 2


def test_a_programme_on_its_line_is_what_the_whole_line_says(texts: list[str]) -> None:
    made = [
        "Horizon 2020the", "Horizon 2020 the programme", "2014-2020 | Interreg Europe | 12.3", "Interreg Europe and LIFE",
        "The Interreg Europe programme", "ERASMUS+ 2021-2027", "co-financed by the ERDF", "Interreg Europe - Horizon 2020\nLIFE",
    ]
    named = 0
    for text in [fold(text) for text in texts] + made:
        for start, end, _ in programmes._name_matches(text):
            named += 1
            assert programme_context._on_its_line(text, start, end) == _on_its_line_by_scanning(text, start, end), text[start - 40 : end + 40]
    assert named > 100
