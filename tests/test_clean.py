"""Cleaning: repaired, normalised text, a quality score per page, and no garbage left over."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from indexer.ingest.clean import QUALITY_THRESHOLD, clean, clean_text, document_quality, text_quality
from indexer.documents import Block, IndexingError, RawDocument, Reason, SourceFile
from indexer.ingest.extract import extract
from indexer.ingest.sources import discover, file_sha256

SHARED_PDFS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "pdfs"

ENGLISH = (
    "The partners opened new cycling paths between the towns and trained local guides. "
    "Visitor numbers rose by a fifth in the second year of the project, and the regional "
    "authorities agreed to maintain the routes after the funding ends in 2027."
)
CID_RUN = "(cid:3)(cid:17)(cid:24)(cid:31) (cid:38)(cid:45)(cid:52)(cid:59)(cid:66) (cid:4)(cid:11)(cid:18)"
SYMBOL_SOUP = "\ue001\ue002\ue003 ▓▒░ ■■□ \ue010\ue011 ┼┼┼ \ufffd\ufffd ⌘⌘"


def raw_document(blocks: list[Block], pages: int = 0, format: str = "pdf") -> RawDocument:
    name = f"doc.{'txt' if format == 'text' else format}"
    source = SourceFile(path=Path("/corpus") / name, root=Path("/corpus"), doc_id=name, format=format,
                        size=1, mtime_ns=1)
    return RawDocument(source=source, sha256="0" * 64, blocks=tuple(blocks), pages=pages)


@pytest.mark.parametrize(
    ("dirty", "expected"),
    [
        ("Cafe\u0301 in Gdan\u0301sku", "Café in Gdańsku"),  # NFC
        ("WspÃ³Å‚praca transgraniczna", "Współpraca transgraniczna"),  # UTF-8 read as cp1252
        ("infor-\nmation about Baden-\nWürttemberg", "information about Baden-Württemberg"),
        ("co\u00adoperation", "cooperation"),  # soft hyphen
        ("tab\there\x00and\x07bell\x0cpage", "tab hereandbell page"),
        ("  many   spaces\n\nand\u00a0lines  ", "many spaces and lines"),
        ("Total (cid:3)(cid:4) budget", "Total budget"),
        ("zero\u200bwidth and \ufeffBOM", "zerowidth and BOM"),
        ("Box ┌──┐ and private \ue000 use", "Box and private use"),
        ("ﬁnancial ﬂows", "financial flows"),  # ligatures from PDF fonts
    ],
)
def test_clean_text(dirty: str, expected: str) -> None:
    assert clean_text(dirty) == expected


def test_clean_text_leaves_good_multilingual_text_alone() -> None:
    text = "Zażółć gęślą jaźń. Годишњи извештај. Ελληνικά κείμενα. «Citation» – 25 °C, 3 € © 2020"
    assert clean_text(text) == text


def test_quality_of_clean_text_is_high_and_of_garbage_low() -> None:
    assert text_quality([ENGLISH]) == 1.0
    assert text_quality(["Годишњи извештај пројекта у Новом Саду и Нишу, 2014–2020."]) == 1.0
    assert text_quality(["rdf:Property, qb:DimensionProperty label\"@en v.1.1 https://example.eu H2020 D4.1"]) == 1.0
    assert text_quality(["欧州連合の資金で地域間協力プロジェクトを実施しました。"]) == 1.0
    assert text_quality([SYMBOL_SOUP]) == 0.0
    assert text_quality(["tHiSiS gArBaGe xQzPwR"]) == 0.0  # erratic capitals
    assert text_quality(["— • …"]) is None  # bare punctuation is no evidence either way


def test_mixed_script_words_and_stray_scripts_count_as_garbage() -> None:
    mixed = "Тhе рrојесt" + " tеxt"  # Cyrillic letters posing as Latin ones
    assert text_quality([mixed]) == 0.0
    page = ENGLISH + " ΦΨΩξ ЖЩЮ"
    latin_page = Counter({"LATIN": 1000, "GREEK": 4, "CYRILLIC": 3})
    assert text_quality([page], latin_page) < 1.0
    assert text_quality([ENGLISH], latin_page) == 1.0


def test_garbage_pages_are_dropped_and_scores_stored_per_page() -> None:
    raw = raw_document(
        [
            Block(ENGLISH, page=1),
            Block(CID_RUN * 3, page=2),
            Block(SYMBOL_SOUP, page=2),
            Block("Годишњи извештај пројекта који суфинансира Европска унија.", page=3),
            Block(CID_RUN, page=3),  # a garbage block on a good page goes too
        ],
        pages=4,  # page 4 had no text at all
    )

    cleaned = clean(raw)

    assert [(block.page, block.text) for block in cleaned.blocks] == [
        (1, ENGLISH),
        (3, "Годишњи извештај пројекта који суфинансира Европска унија."),
    ]
    assert cleaned.page_quality[0] == 1.0
    assert cleaned.page_quality[1] < QUALITY_THRESHOLD
    assert QUALITY_THRESHOLD <= cleaned.page_quality[2] < 1.0
    assert cleaned.page_quality[3] == 0.0
    assert [block.quality for block in cleaned.blocks] == [1.0, cleaned.page_quality[2]]
    assert "(cid:" not in cleaned.text and "\ufffd" not in cleaned.text
    assert 0.5 < document_quality(cleaned) <= 1.0


def test_bullets_from_symbol_fonts_do_not_sink_a_good_page() -> None:
    raw = raw_document([Block(f"(cid:127) {ENGLISH}", page=1), Block("(cid:127) Second point of the list", page=1)],
                       pages=1)
    cleaned = clean(raw)
    assert [block.text for block in cleaned.blocks] == [ENGLISH, "Second point of the list"]
    assert cleaned.page_quality[0] > 0.9


def test_page_of_only_glyph_codes_is_garbled() -> None:
    with pytest.raises(IndexingError) as caught:
        clean(raw_document([Block(CID_RUN * 5, page=1), Block(SYMBOL_SOUP, page=2)], pages=2))
    assert caught.value.reason == Reason.GARBLED
    assert "(cid:N)" in caught.value.detail


def test_whitespace_only_is_no_text() -> None:
    with pytest.raises(IndexingError) as caught:
        clean(raw_document([Block(" \n\t ", page=1)], pages=1))
    assert caught.value.reason == Reason.NO_TEXT


def test_title_properties_and_alt_texts_are_cleaned() -> None:
    raw = raw_document([Block(ENGLISH)])
    raw = RawDocument(
        source=raw.source, sha256=raw.sha256, blocks=raw.blocks, title="Annual\u00a0report\x00 (cid:5)",
        properties=(("Author", "Ana Kovaƒçiƒá"),), alt_texts=("Logo\ue000", "\ufffd"),
    )

    cleaned = clean(raw)

    assert cleaned.title == "Annual report"
    assert cleaned.properties == (("Author", "Ana Kovačić"),)  # Mac Roman mojibake repaired
    assert cleaned.alt_texts == ("Logo",)
    assert cleaned.page_quality == (1.0,)


def _shared_cid_files() -> list[str]:
    manifest = SHARED_PDFS / "manifest.jsonl"
    if not manifest.is_file():
        return []
    rows = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines()]
    # The small ones: the 117-page member of this group takes minutes in pdfminer.
    return [r["file"] for r in rows if r["pdfminer_outcome"] == "ok_cid_garbage" and r["bytes"] < 700_000]


@pytest.mark.shared
@pytest.mark.skipif(not SHARED_PDFS.is_dir(), reason="../shared/data is absent (not a full checkout)")
@pytest.mark.parametrize("name", _shared_cid_files() or ["(none)"])
def test_real_cid_garbage_never_reaches_the_index(name: str) -> None:
    path = SHARED_PDFS / name
    raw = extract(discover([path]).files[0], file_sha256(path))
    assert "(cid:" in raw.text
    try:
        cleaned = clean(raw)
    except IndexingError as error:
        assert error.reason == Reason.GARBLED
        return
    assert "(cid:" not in cleaned.text
    assert all(block.quality >= QUALITY_THRESHOLD for block in cleaned.blocks)


def test_garbage_runs_inside_good_text_are_cut_word_run_by_word_run() -> None:
    good = "The partners opened three innovation centres for small businesses in the border region"
    garbage = "ʌἁɀɑƿѻѕ ɪɷɑⱴⱴἱɗʜѕ \uf0b7 \uf0b7"
    cleaned = clean(raw_document([Block(f"{good} {garbage} and trained their staff.")]))
    text = cleaned.blocks[0].text
    assert text == f"{good} and trained their staff."


def test_words_of_another_script_and_single_odd_tokens_stay() -> None:
    greek = "Το έργο χρηματοδοτείται από το πρόγραμμα INTERREG IV Ελλάδα – Κύπρος 2007 – 2013 και από εθνικούς πόρους."
    english = 'The ontology labels "Образование"@ru and "Ευρωπαϊκός Οργανισμός"@el name the same thing, nº 5.'
    cleaned = clean(raw_document([Block(greek), Block(english)]))
    assert [block.text for block in cleaned.blocks] == [greek, english]


def test_a_text_files_lines_stay_lines_and_garbage_is_cut_line_by_line() -> None:
    # A partner list in a text file is one organisation per line; joined into one line, the
    # metadata stage could no longer tell one entry (and its country) from the next.
    block = Block("Partners:\n  Regional  Development Agency (Slovenia)\n\nʌἁɀɑƿѻѕ ɪɷɑⱴⱴἱɗʜѕ\r\nUniversity of Zagreb (Croatia)\t\n")
    as_text = clean(raw_document([block], format="text")).blocks[0].text
    assert as_text == "Partners:\nRegional Development Agency (Slovenia)\nUniversity of Zagreb (Croatia)"
    as_pdf = clean(raw_document([block])).blocks[0].text
    assert as_pdf == "Partners: Regional Development Agency (Slovenia) University of Zagreb (Croatia)"
