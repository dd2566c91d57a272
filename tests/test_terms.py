"""Text fields analysed in a worker give exactly the postings whoosh makes from the text itself."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from whoosh import index as whoosh_index

from indexer.index.analysed import Analysed, analysed
from indexer.index.schema import build_schema, document_fields, prepared_fields
from indexer.language import terms
from indexer.language.analysis import NEUTRAL_FIELD, STEMMED_LANGUAGES, neutral_analyzer

from tests.conftest import CORPUS, make_document

SHARED = CORPUS.parent.parent / "shared" / "data"
LANGID = SHARED / "langid" / "lingua_dev.tsv"

EDGE_CASES = [
    "COVID-19 costs 2.5 million, l'innovation e.g. 3.14.15 and ...dots. at.the.end.",
    "Нови Сад, Ђурђевдан, пројеката и ПРОЈЕКАТ; объект; Đurđevdan Łódź straße ØRESUND",
    "東京都の再生可能エネルギー計画 2024年 NFL308 と 北京 and ภาษาไทยที่ไม่มีช่องว่าง ພາສາລາວ",
    "한국어 문장 그리고 မြန်မာစာ ភាសាខ្មែរ a",
    "Σύμφωνα με το ΠΡΟΓΡΑΜΜΑ, η Ελλάδα ΑΝΆΠΤΥΞΗ; İstanbul ıiİI ß ẞ ǅ ﬁnance Ⅻ ²³ ½",
    "",
    "   \n\n  ",
    "word word word word",
]


def corpus_texts() -> list[str]:
    texts = [path.read_text(encoding="utf-8", errors="replace")
             for pattern in ("*.txt", "*.html") for path in sorted(CORPUS.rglob(pattern))]
    texts += [path.read_text(encoding="utf-8", errors="replace")
              for path in sorted((SHARED / "pages").rglob("*.txt"))] if SHARED.exists() else []
    return texts


def langid_texts(step: int) -> list[str]:
    if not LANGID.exists():
        return []
    with LANGID.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [row["text"] for row in rows[::step]]


TEXT_FIELDS = [("title", None), (NEUTRAL_FIELD, None)] + [(f"body_{code}", code) for code in STEMMED_LANGUAGES]


@pytest.mark.parametrize(("name", "language"), TEXT_FIELDS)
def test_worker_postings_equal_the_fields_own_analysis(name: str, language: str | None) -> None:
    field = build_schema()[name]
    texts = EDGE_CASES + corpus_texts() + langid_texts(40)
    assert len(texts) > len(EDGE_CASES) + 20
    for text in texts:
        expected = list(field.index(text))
        assert analysed(field, text, language).postings == tuple(expected), text[:80]


def test_term_memory_starts_again_past_its_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    maker = terms.TermMaker(None)
    monkeypatch.setattr(terms, "CACHE_WORDS", 3)
    assert maker.terms(["Alpha", "Beta"]) == ["alpha", "beta"]
    assert maker.terms(["Gamma", "Delta", "Alpha"]) == ["gamma", "delta", "alpha"]
    assert len(maker.known) == 3
    assert maker.terms(["Łódź"] * 2) == ["lodz", "lodz"]


def test_tokens_match_the_analysers_tokeniser() -> None:
    for text in EDGE_CASES + corpus_texts()[:20]:
        assert terms.text_terms(text, None) == [token.text for token in neutral_analyzer()(text)]


def postings(reader, name: str, term: bytes) -> list[tuple[int, float, list[int]]]:
    matcher, found = reader.postings(name, term), []
    while matcher.is_active():
        found.append((matcher.id(), matcher.weight(), matcher.value_as("positions")))
        matcher.next()
    return found


def test_an_index_written_from_prepared_fields_equals_one_written_from_text(tmp_path: Path) -> None:
    documents = [
        make_document("a.html", "Erneuerbare Energie", "Solaranlagen und Windräder bringen Energie.", language="de", root=tmp_path),
        make_document("b.html", "Energia odnawialna", "Panele słoneczne dostarczają energię.", language="pl", root=tmp_path),
        make_document("c.html", "Cycling routes", "The partners mapped cycling routes across the border.", root=tmp_path),
    ]
    readers = []
    for label, fields_of in (("text", document_fields), ("prepared", prepared_fields)):
        folder = tmp_path / label
        folder.mkdir()
        ix = whoosh_index.create_in(str(folder), build_schema())
        with ix.writer() as writer:
            for document in documents:
                fields = fields_of(document)
                if label == "prepared":
                    assert isinstance(fields["body"], Analysed)
                writer.add_document(**fields)
        readers.append(ix.reader())
    text, prepared = readers
    assert list(text.all_stored_fields()) == list(prepared.all_stored_fields())
    assert list(prepared.all_stored_fields())[0]["title"] == "Erneuerbare Energie"
    for name in ("title", "body", "body_de", "body_pl", "body_en"):
        assert list(text.lexicon(name)) == list(prepared.lexicon(name))
        for term in text.lexicon(name):
            assert postings(text, name, term) == postings(prepared, name, term)
        assert text.field_length(name) == prepared.field_length(name)
        for docnum in range(3):
            assert text.doc_field_length(docnum, name) == prepared.doc_field_length(docnum, name)
    for reader in readers:
        reader.close()


def test_one_text_analysed_for_several_fields_in_turn_gives_each_fields_own_postings() -> None:
    # The words of the last texts and the encoded position of a term met once are remembered.
    schema = build_schema()
    long_text = " ".join(f"word{number % 50}" for number in range(6000)) + " lonely tail"
    for text in corpus_texts()[:10] + [long_text]:
        for name, language in [(NEUTRAL_FIELD, None), ("body_de", "de"), (NEUTRAL_FIELD, None), ("body_en", "en")]:
            assert analysed(schema[name], text, language).postings == tuple(schema[name].index(text)), (name, text[:60])
