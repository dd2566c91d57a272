"""Titles: a page's own title, never a site name, a breadcrumb or a body line; a report's cover title, never its
template's Title property, its running header, a caption or a sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.documents import SourceFile
from indexer.ingest.extract.html import extract_html
from indexer.metadata.fields import title_from_text
from tests import pdfgen

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


# ---------------------------------------------------------------- reports: the cover's title


MOTTO = "GREENWAYS: Cycling Without Borders"
BODY = [("The partners mapped the routes that commuters use across the border.", 11.0),
        ("Each region reported the gaps in its network and the works it plans.", 11.0)]


def _report_title(path: Path) -> str:
    from indexer.ingest import clean
    from indexer.ingest.extract import extract
    from indexer.ingest.extract.ocr import OcrSettings
    from indexer.ingest.sources import file_sha256
    from indexer.language import detection as language
    from indexer.metadata.enrich import extract_metadata

    source = SourceFile(path=path, root=path.parent, doc_id=path.name, format="pdf", size=path.stat().st_size, mtime_ns=0)
    raw = clean.clean(extract(source, file_sha256(path), OcrSettings(enabled=False)))
    return extract_metadata(raw, language.segment(raw)).title


def _inner_pages(count: int, header_size: float = 9.0) -> list[list[tuple[str, float]]]:
    return [[(MOTTO, header_size), *BODY, (f"Page {number}", 9.0)] for number in range(2, count + 2)]


def test_a_template_title_property_and_the_motto_above_the_cover_title_are_not_the_title(tmp_path):
    cover = [(MOTTO, 16.0), ("Project Number: 101000123", 10.0), ("Deliverable 3.2", 22.0),
             ("Regional cycling network plan", 22.0), *BODY, ("Figure 1: the network in 2024", 8.0)]
    path = pdfgen.typeset_pdf(tmp_path / "d3.2.pdf", [cover, *_inner_pages(4)], title=MOTTO)
    assert _report_title(path) == "Regional cycling network plan"


def test_a_title_property_the_cover_shows_in_large_type_is_kept(tmp_path):
    cover = [(MOTTO, 16.0), ("D8.6 Exploitation plan", 22.0), *BODY]
    path = pdfgen.typeset_pdf(tmp_path / "d8.6.pdf", [cover, *_inner_pages(3)], title="Exploitation Plan")
    assert _report_title(path) == "Exploitation Plan"
    other = pdfgen.typeset_pdf(tmp_path / "d8.6-old.pdf", [cover, *_inner_pages(3)], title="Plan for the use of the results")
    assert _report_title(other) == "Exploitation plan"


def test_a_running_header_set_largest_on_the_cover_gives_way_to_the_title(tmp_path):
    cover = [(MOTTO, 24.0), ("Commuting across the border: survey results", 18.0), *BODY]
    path = pdfgen.typeset_pdf(tmp_path / "survey.pdf", [cover, *_inner_pages(5)])
    assert _report_title(path) == "Commuting across the border: survey results"


def test_a_flyer_is_titled_by_its_large_type_not_by_a_caption_or_its_first_paragraph(tmp_path):
    page = [("GREENWAYS is a cross-border project that links the cycling networks of four regions.", 12.0),
            ("Route planner", 25.0), ("Screenshot of the route planner", 6.0), *BODY]
    path = pdfgen.typeset_pdf(tmp_path / "flyer.pdf", [page])
    assert _report_title(path) == "Route planner"


def test_a_research_agenda_is_a_title_and_a_note_in_brackets_is_none(tmp_path):
    cover = [("Research and innovation agenda for cycling", 16.0),
             ("The agenda was adopted by the partners. The parts that concern 2026 were revised.", 12.0),
             ("(Revised by Decision C (2025) 2453 of 17 April 2025)", 16.0)]
    path = pdfgen.typeset_pdf(tmp_path / "agenda.pdf", [cover, *_inner_pages(2)])
    assert _report_title(path) == "Research and innovation agenda for cycling"
    noted = [("(European Commission Decision C (2025) 2453 of 17 April 2025, revised version)", 18.0), ("Cycling in the border towns", 16.0)]
    path = pdfgen.typeset_pdf(tmp_path / "noted.pdf", [noted, *_inner_pages(2)])
    assert _report_title(path) == "Cycling in the border towns"


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


SHARED_DOCS = CORPUS.parent.parent / "shared" / "data" / "pdfs" / "eu_project_docs"


@pytest.mark.skipif(not SHARED_DOCS.is_dir(), reason="../shared/data/pdfs/eu_project_docs is absent (not a full checkout)")
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("D1.2.pdf", "Design of data structure definition for public budget data"),
        ("D4.5.pdf", "Integrated OpenBudgets.eu Platform – Final"),
        ("D8.6.pdf", "Exploitation Plan"),
        ("D7.5.pdf", "Tool implementation"),
        ("OBEU Tool - Indigo.pdf", "Tool: Indigo"),
        ("OBEU Tool - Microsite.pdf", "Microsite"),
    ],
)
def test_real_deliverables_and_flyers_get_their_cover_title(name, expected):
    assert _report_title(SHARED_DOCS / name) == expected


def _page_title(text: str, name: str = "106.txt") -> str:
    from tests.test_metadata import meta

    return meta(text, fmt="text", name=name).title


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A one-word heading the page names again is its title; the menu entry above it is not named again.
        ("Stäng\n\nOmstart!\n\nProjektet Omstart! pågick mellan den 1 juni 2019 och den 31 maj 2022 i Gävle.", "Omstart!"),
        ("ALCOTRAITÉ\n\nStatut du projet\n\nLe projet AlcoTraité réunit six partenaires des deux côtés des Alpes.", "ALCOTRAITÉ"),
        ("Kick-off meeting\n\nThe official kick-off meeting of the SOILWISE project was held in Ljubljana in May.", "Kick-off meeting"),
    ],
)
def test_a_short_heading_the_page_names_again_is_its_title(text: str, expected: str) -> None:
    assert _page_title(text) == expected


def test_a_section_name_repeated_only_by_a_breadcrumb_is_no_title() -> None:
    text = ("Funding programme\n\nYou are here: Home / Funding programme\n\n"
            "The project is co-financed by the Interreg programme of the two countries, with partners on both sides.")
    assert _page_title(text) != "Funding programme"


def test_a_page_without_a_heading_is_called_by_its_first_words_not_its_file_number() -> None:
    text = ("Our school participates in a new Erasmus+ project with partner schools from Spain, Italy and Poland. "
            "The pupils will meet four times in two years.")
    assert _page_title(text) == "Our school participates in a new Erasmus+ project with partner schools from…"
    # A file name of words still names the page.
    assert _page_title(text, name="school-exchange.txt") == "School exchange"


def test_a_reports_first_short_line_named_again_is_its_acronym_not_its_title(tmp_path: Path) -> None:
    from tests.test_metadata import meta

    text = "SOILWISE\n\nDeliverable report on soil monitoring methods\n\nSOILWISE partners compared soil monitoring methods."
    assert meta(text, fmt="pdf", name="d1.pdf").title == "Deliverable report on soil monitoring methods"


@pytest.mark.parametrize(
    "line",
    [
        "Financed by ERDF",
        "Co-funded by the Erasmus+ Programme of the European Union",
        "Zdroj financování: Projekt je spolufinancován Evropským fondem pro regionální rozvoj",
        "Rechercher des projets européens",
        "Über das Projekt",
        "Statut du projet",
        "Descripción del proyecto",
    ],
)
def test_funding_notes_search_boxes_and_section_headings_are_no_title(line: str) -> None:
    assert title_from_text([line]) is None


@pytest.mark.parametrize(
    "line", ["Financing energy efficiency in rural schools", "Recherche et innovation dans les Alpes", "Project management in small towns"]
)
def test_titles_that_begin_like_them_stay_titles(line: str) -> None:
    assert title_from_text([line]) == line
