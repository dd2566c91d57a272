"""The sample corpus: enough documents, languages, programmes, countries and years to show every
facet; readable PDFs; valid sidecars; and an expectations file that matches the files on disk."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel import Locale
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTTextContainer
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfparser import PDFParser

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
EXPECTED = json.loads((ROOT / "tests" / "data" / "corpus_expected.json").read_text(encoding="utf-8"))
DOCUMENT_SUFFIXES = {".pdf", ".html", ".htm", ".txt", ".md"}
SIDECAR_KEYS = {"title", "url", "programme", "years", "countries", "language", "published", "acronym"}
CANONICAL_PROGRAMMES = {
    "Horizon 2020", "Horizon Europe", "FP7", "Interreg Europe", "INTERREG IVC", "Interreg Central Europe",
    "Interreg Danube", "Interreg Deutschland-Danmark", "South East Europe", "Erasmus+", "LIFE", "COST",
    "ERDF", "ESF", "Cohesion Fund", "Operational Programme Infrastructure and Environment (PL)",
    "Integrated Regional Operational Programme (CZ)",
}
ISO_COUNTRIES = {code for code in Locale("en").territories if re.fullmatch(r"[A-Z]{2}", code)}
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def corpus_documents() -> set[str]:
    """Document ids as the indexer sees them: paths under corpus/, minus sidecars and the corpus's own docs/tools."""
    found = set()
    for path in CORPUS.rglob("*"):
        rel = path.relative_to(CORPUS)
        if not path.is_file() or rel.parts[0] == "tools" or rel.as_posix() == "README.md":
            continue
        if path.name.endswith(".meta.json") or path.suffix not in DOCUMENT_SUFFIXES:
            continue
        found.add(rel.as_posix())
    return found


def pdf_paths() -> list[Path]:
    return sorted(CORPUS.rglob("*.pdf"))


def page_texts(path: Path) -> list[str]:
    return ["".join(el.get_text() for el in page if isinstance(el, LTTextContainer))
            for page in extract_pages(path)]


def all_values(facet: str) -> set:
    return {value for doc in EXPECTED.values() for value in doc[facet]}


def test_expectations_and_files_match_both_ways():
    assert corpus_documents() == set(EXPECTED)


def test_corpus_is_large_enough():
    assert len(EXPECTED) >= 40
    kinds = [doc["kind"] for doc in EXPECTED.values()]
    assert kinds.count("report") >= 10 and kinds.count("page") >= 25


def test_languages_cover_the_required_set():
    languages = all_values("languages")
    assert len(languages) >= 8
    assert {"en", "sv", "pl", "sr", "de", "it"} <= languages
    assert languages & {"hr", "bs"}


def test_programmes_are_canonical_and_varied():
    programmes = all_values("programmes")
    assert programmes <= CANONICAL_PROGRAMMES
    assert len(programmes) >= 6


def test_countries_are_iso_codes_and_many():
    countries = all_values("countries") | {c for doc in EXPECTED.values() for c in doc.get("not_countries", [])}
    assert countries <= ISO_COUNTRIES, countries - ISO_COUNTRIES
    assert len(all_values("countries")) >= 20


def test_years_span_2007_to_2029():
    years = all_values("years")
    assert min(years) <= 2007 and max(years) >= 2029


@pytest.mark.parametrize("doc_id", sorted(EXPECTED))
def test_expectation_entry_is_consistent(doc_id):
    doc = EXPECTED[doc_id]
    assert doc["kind"] == ("report" if doc_id.endswith(".pdf") else "page")
    assert doc["languages"], "every document declares its primary languages"
    assert all(isinstance(y, int) and 2000 <= y <= 2035 for y in doc["years"])
    # a trap value must not also be an expected value
    assert not set(doc.get("not_countries", [])) & set(doc["countries"])
    assert not set(doc.get("not_years", [])) & set(doc["years"])


def test_traps_are_present():
    not_countries = {c for doc in EXPECTED.values() for c in doc.get("not_countries", [])}
    assert {"TR", "TD", "GE", "JE", "GN", "NE", "PL", "NO"} <= not_countries
    assert {2021, 2027} <= {y for doc in EXPECTED.values() for y in doc.get("not_years", [])}


@pytest.mark.parametrize("path", pdf_paths(), ids=lambda p: p.relative_to(CORPUS).as_posix())
def test_every_pdf_page_has_clean_text(path):
    texts = page_texts(path)
    assert texts, f"{path} has no pages"
    for number, text in enumerate(texts, start=1):
        assert len(text.strip()) > 100, f"page {number} has no text"
        assert "(cid:" not in text


@pytest.mark.parametrize("path", pdf_paths(), ids=lambda p: p.relative_to(CORPUS).as_posix())
def test_every_pdf_has_document_properties(path):
    with path.open("rb") as handle:
        info = PDFDocument(PDFParser(handle)).info[0]
    assert info.get("Title") and info.get("Author")
    created = info["CreationDate"].decode("ascii")
    assert re.match(r"D:(19|20)\d{6}", created), created


def test_pdf_text_keeps_diacritics_and_scripts():
    reports = CORPUS / "reports"
    serbian = "".join(page_texts(reports / "see" / "rivertour-zavrsni-izvestaj.pdf"))
    assert "Завршни извештај" in serbian and "Мађарска" in serbian
    polish = page_texts(reports / "horizon2020" / "cityflow-raport-koncowy.pdf")
    assert "Politechnika Wrocławska" in polish[0] and "Horyzont 2020" in polish[0]
    assert "Summary" in polish[-1] and "Horizon 2020" in polish[-1]
    assert "ř" in "".join(page_texts(reports / "central-europe" / "reheat-ce-pilotni-zprava.pdf"))
    assert "Ορίζοντας 2020" in "".join(page_texts(reports / "horizon2020" / "olivecirc-ekthesi.pdf"))
    assert "Kohezijski fond" in "".join(page_texts(reports / "cohesion" / "zadar-vodoopskrba-izvjesce.pdf"))


def test_terms_of_use_has_one_language_per_page():
    pages = page_texts(CORPUS / "reports" / "horizon-europe" / "soilbridge-terms-of-use.pdf")
    headings = ["Terms of use", "Nutzungsbedingungen", "Conditions d'utilisation", "Gebruiksvoorwaarden"]
    assert len(pages) == len(headings)
    for page, heading in zip(pages, headings):
        assert heading in page
        assert not any(other in page for other in headings if other != heading)


def test_multi_page_report_has_at_least_five_pages():
    assert len(page_texts(CORPUS / "reports" / "fp7" / "hydrowatch-final-report.pdf")) >= 5


def _sidecars() -> list[Path]:
    return sorted(CORPUS.rglob("*.meta.json"))


def test_enough_sidecars():
    assert len(_sidecars()) >= 6


@pytest.mark.parametrize("path", _sidecars(), ids=lambda p: p.relative_to(CORPUS).as_posix())
def test_sidecar_is_valid(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict) and data
    assert set(data) <= SIDECAR_KEYS, set(data) - SIDECAR_KEYS
    assert (path.parent / path.name.removesuffix(".meta.json")).is_file()
    programmes = data.get("programme", [])
    assert set([programmes] if isinstance(programmes, str) else programmes) <= CANONICAL_PROGRAMMES
    years = data.get("years", [])
    if isinstance(years, str):
        start, end = map(int, years.split("-"))
        assert start <= end
    else:
        assert all(isinstance(y, int) for y in years)
    assert set(data.get("countries", [])) <= ISO_COUNTRIES
    if "published" in data:
        dt.date.fromisoformat(data["published"])


def test_sidecar_overrides_stale_page_text():
    page = CORPUS / "pages" / "deutschland-danmark" / "bordercare-flensburg.html"
    sidecar = json.loads(Path(f"{page}.meta.json").read_text(encoding="utf-8"))
    assert "Laufzeit: 2019–2021" in page.read_text(encoding="utf-8")
    assert sidecar["years"] == "2019-2022"
    assert EXPECTED["pages/deutschland-danmark/bordercare-flensburg.html"]["years"] == [2019, 2020, 2021, 2022]


def test_windows_1250_page_is_not_utf8():
    raw = (CORPUS / "pages" / "structural-funds" / "gdansk-kanalizacja.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert "Funduszu Spójności" in raw.decode("cp1250")


@pytest.mark.parametrize("doc_id", sorted(d for d in EXPECTED if d.endswith((".html", ".htm"))))
def test_html_pages_look_like_real_sites(doc_id):
    html = (CORPUS / doc_id).read_text(encoding="utf-8")
    assert re.search(r'<html lang="[a-z]{2}', html)
    assert "<title>" in html and "<main" in html
    assert "<nav" in html or 'class="navbar' in html
    assert "<footer" in html and "cookie" in html.lower() and "share" in html.lower()


@pytest.mark.skipif(not FONT.exists(), reason=f"{FONT} missing: the report generator needs DejaVu fonts")
def test_committed_pdfs_match_the_generator(tmp_path):
    script = CORPUS / "tools" / "make_reports.py"
    subprocess.run([sys.executable, str(script), "--out", str(tmp_path)], check=True, capture_output=True)
    generated = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*.pdf"))
    assert generated == sorted(p.relative_to(CORPUS) for p in pdf_paths())
    stale = [str(rel) for rel in generated if (tmp_path / rel).read_bytes() != (CORPUS / rel).read_bytes()]
    assert not stale, f"re-run corpus/tools/make_reports.py: {stale}"
