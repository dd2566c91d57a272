"""Titles of the sample corpus: the page's own title, never a site name, a breadcrumb or a body line."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.documents import SourceFile
from indexer.ingest.extract.html import extract_html
from indexer.metadata.fields import title_from_text

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _title(relative: str) -> str | None:
    path = CORPUS / relative
    source = SourceFile(path=path, root=CORPUS, doc_id=relative, format="html", size=path.stat().st_size, mtime_ns=0)
    return extract_html(source, "").title


@pytest.mark.parametrize(
    ("relative", "expected"),
    [
        # A description after the dash is part of the title...
        ("pages/life/kras-voda.html", "LIFE KRAS-VODA – varstvo kraških voda (2025 – 2029)"),
        ("pages/fp7/biosens.html", "BIOSENS – Sensori biologici per la sicurezza alimentare"),
        ("pages/structural-funds/osijek-esf.html", "Zaželi – zapošljavanje žena u Osijeku"),
        ("pages/interreg-europe/greenport-vastra-gotaland.html", "Regionen deltar i GREENPORT – renare hamnar"),
        # ...a site's or an organisation's name after it is not.
        ("pages/interreg-europe/greenport.html", "GREENPORT – Greener regional ports"),
        ("pages/interreg-europe/staff-day-cork.html", "Staff day 2024: what we cooked"),
    ],
)
def test_corpus_titles(relative, expected):
    assert _title(relative) == expected


def test_every_corpus_page_keeps_its_title_words():
    for path in sorted(p for p in CORPUS.glob("pages/**/*.htm*") if p.suffix in {".html", ".htm"}):
        title = _title(str(path.relative_to(CORPUS)))
        assert title and title.count("(") == title.count(")"), path


def test_breadcrumbs_and_logo_captions_are_no_title():
    lines = ["You are here: Home / Χρηματοδοτικό Πρόγραμμα", "Logotyp på utskrifter", "Cross-border bus routes between two towns"]
    assert title_from_text(lines) == "Cross-border bus routes between two towns"


def test_a_title_keeps_its_own_years_but_a_row_of_figures_is_none():
    from indexer.metadata.fields import sensible_title

    assert sensible_title("GREEN ROUTES – safer cycling (2025 – 2029)") == "GREEN ROUTES – safer cycling (2025 – 2029)"
    assert sensible_title("2019 2020 2021 total") is None
    assert sensible_title("3.2.1 – 4.5 / 7") is None


def test_the_corpus_page_title_with_a_year_range_is_the_metadata_title():
    from indexer.ingest import clean
    from indexer.language import detection as language
    from indexer.metadata.enrich import extract_metadata

    path = CORPUS / "pages/life/kras-voda.html"
    source = SourceFile(path=path, root=CORPUS, doc_id="pages/life/kras-voda.html", format="html", size=path.stat().st_size, mtime_ns=0)
    raw = clean.clean(extract_html(source, ""))
    assert extract_metadata(raw, language.segment(raw)).title == "LIFE KRAS-VODA – varstvo kraških voda (2025 – 2029)"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # Without type sizes (text read by OCR) the first prominent line still skips captions and sentences...
        (["Screenshot of the route planner", "Route planner for cross-border commuters"], "Route planner for cross-border commuters"),
        (["Figure 2: Cycling routes in 2024", "Cross-border cycling routes in 2024"], "Cross-border cycling routes in 2024"),
        (["This plan was adopted on 3 May 2021. The parts that concern 2022", "Regional cycling network plan"],
         "Regional cycling network plan"),
        # ...and ends before a cover's form labels.
        (["Regional cycling network plan Project Number: 101000123 Start Date of Project: 01.05.2021"], "Regional cycling network plan"),
    ],
)
def test_the_first_prominent_line_is_no_caption_sentence_or_form(lines, expected):
    assert title_from_text(lines) == expected
