"""Facet metadata of every sample corpus document, through the real pipeline stages.

Each document in tests/data/corpus_expected.json goes through discovery, extraction, cleaning,
language segmentation and metadata extraction exactly as the indexer runs them, and its
programmes, years and countries must equal the expected sets, with none of the listed traps.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from indexer import clean, extract, language, metadata, sources
from indexer.documents import Metadata

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
EXPECTED: dict[str, dict] = json.loads((ROOT / "tests" / "data" / "corpus_expected.json").read_text(encoding="utf-8"))

# Documents whose expectation the extractor cannot meet yet; each says why (strict: fixing one fails loudly).
KNOWN_GAPS: dict[str, str] = {
    "pages/danube/danureka-budapest.html": "Hungarian year-first dates with case endings (2024. január 1-jén) are not read: no years",
    "pages/erasmus/ifjusagi-csere-eger.html": "Hungarian day range in one month (2018. július 9. és 18.) is not read: no years",
    "pages/horizon2020/aquamind-oulu.html": "Finnish month cases (kesäkuusta 2016) are not read; Irlannista/Alankomaista miss IE and NL",
    "pages/interreg-europe/staff-day-cork.html": "GREENPORT (2023–2026) right after 'Interreg Europe project' is taken for a programme period",
    "pages/interreg-ivc/smeglow.html": "ERDF is expected next to INTERREG IVC, but an Interreg programme deliberately drops ERDF",
    "reports/erdf/trnava-namestie-zaverecna-sprava.pdf": "month/year range 04/2008 – 10/2010 is not read: no years",
    "reports/life/kras-voda-zacetno-porocilo.pdf": "LIFE appears only in the project name LIFE KRAS-VODA, with no funding phrase",
}


@lru_cache(maxsize=1)
def _discovered() -> dict[str, sources.SourceFile]:
    discovery = sources.discover([CORPUS])
    return {source.doc_id: source for source in discovery.files}


@lru_cache(maxsize=None)
def corpus_metadata(doc_id: str) -> Metadata:
    source = _discovered()[doc_id]
    raw = extract.extract(source, sources.file_sha256(source.path))
    cleaned = clean.clean(raw)
    return metadata.extract_metadata(cleaned, language.segment(cleaned))


def _cases() -> list:
    cases = []
    for doc_id in sorted(EXPECTED):
        marks = [pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[doc_id])] if doc_id in KNOWN_GAPS else []
        cases.append(pytest.param(doc_id, id=doc_id, marks=marks))
    return cases


def test_every_expected_document_is_discovered() -> None:
    assert set(EXPECTED) <= set(_discovered())


@pytest.mark.parametrize("doc_id", _cases())
def test_corpus_document_facets(doc_id: str) -> None:
    expected = EXPECTED[doc_id]
    meta = corpus_metadata(doc_id)
    found = {
        "programmes": set(meta.programmes),
        "years": set(meta.years),
        "countries": set(meta.countries),
    }
    wanted = {
        "programmes": set(expected["programmes"]),
        "years": set(expected["years"]),
        "countries": set(expected["countries"]),
    }
    evidence = [(e.facet, e.value, e.source, e.snippet) for e in meta.evidence if e.facet in ("programme", "years", "country")]
    assert found == wanted, f"evidence: {evidence}"
    assert not set(expected.get("not_countries", ())) & found["countries"], f"evidence: {evidence}"
    assert not set(expected.get("not_years", ())) & found["years"], f"evidence: {evidence}"
