"""Text queries over a real index: every language field, exact over stemmed, phrases, bad input."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from whoosh import index as whoosh_index
from whoosh import query as wq

from indexer.documents import Block, Document, Metadata, RawDocument, SourceFile
from indexer.index.schema import build_schema, document_fields
from indexer.language.detection import language_shares, segment
from indexer.search.query import scoring, text_query

DOCUMENTS = {
    "en-centre": ("Innovation centre", "The innovation centre in Katowice helps small companies with advice and training."),
    "en-centres": ("Business support", "Three innovation centres for small companies opened along the border."),
    "pl-slask": (
        "Rozwój regionalny",
        "Województwo Śląskie wspiera rozwój regionalny i współpracę transgraniczną z partnerami z Czech.",
    ),
    "sv-stader": ("Hållbara städer", "Projektet hjälper städer i Östersjöregionen att minska sina utsläpp av koldioxid."),
    "hr-projekti": (
        "Prekogranična suradnja",
        "Tijekom godine završeno je pet projekata prekogranične suradnje u županiji, a tisuću ljudi je sudjelovalo.",
    ),
    "sr-cyrillic": ("Годишњи извештај", "Годишњи извештај о пројекту бициклистичких стаза у Новом Саду и Нишу."),
    "sr-latin": ("Biciklističke staze", "Izgrađene su nove biciklističke staze u Subotici, a vreme je za sledeći korak."),
    "de-staedte": ("Städtepartnerschaft", "Die Städte an der Grenze gründeten gemeinsame Förderprogramme für Vereine."),
    "it-citta": ("Città sostenibili", "Le città della regione hanno avviato progetti di mobilità sostenibile e ciclabile."),
    "mixed-pl-en": (
        "Raport / Report",
        "Projekt wspiera transfer technologii między uczelniami a firmami w regionie.\n\n"
        "The project supports technology transfer between universities and companies in the region.",
    ),
}


def make_document(doc_id: str, title: str, text: str) -> Document:
    root = Path("/corpus")
    source = SourceFile(root / f"{doc_id}.txt", root, f"{doc_id}.txt", "text", len(text), 0)
    sha = hashlib.sha256(text.encode()).hexdigest()
    blocks = tuple(Block(part) for part in text.split("\n\n"))
    segments = segment(RawDocument(source=source, sha256=sha, blocks=blocks))
    return Document(
        doc_id=doc_id, kind="page", format="text", title=title, sha256=sha, path=str(source.path),
        root=str(root), text=text, segments=segments, languages=language_shares(segments),
        metadata=Metadata(title=title),
    )


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory):
    directory = tmp_path_factory.mktemp("query-index")
    ix = whoosh_index.create_in(str(directory), build_schema())
    writer = ix.writer()
    for doc_id, (title, text) in DOCUMENTS.items():
        writer.add_document(**document_fields(make_document(doc_id, title, text)))
    writer.commit()
    yield ix
    ix.close()


def ids(index, text: str, mode: str = "all") -> list[str]:
    parsed = text_query(text, index.schema, mode=mode)
    if parsed.empty:
        return []
    with index.searcher(weighting=scoring()) as searcher:
        return [hit["id"] for hit in searcher.search(parsed.query, limit=None)]


def test_documents_landed_in_their_language_fields(index) -> None:
    with index.searcher() as searcher:
        fields = {field for field in searcher.reader().indexed_field_names() if field.startswith("body_")}
    assert {"body_en", "body_pl", "body_sv", "body_sh", "body_de", "body_it"} <= fields


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("innovation centres", "en-centre"),  # English plural finds the singular
        ("slaskie", "pl-slask"),  # Polish without diacritics
        ("Śląskiego rozwoju", "pl-slask"),  # another case, with diacritics
        ("stad", "sv-stader"),  # Swedish singular finds plural städer
        ("projekt", "hr-projekti"),  # Croatian genitive plural projekata
        ("zupanija", "hr-projekti"),  # Croatian without diacritics, another case
        ("projekat", "sr-cyrillic"),  # Latin query, Cyrillic document
        ("бициклистичке", "sr-latin"),  # Cyrillic query, Latin document
        ("stadte", "de-staedte"),  # German umlaut typed without it
        ("Stadt", "de-staedte"),
        ("citta sostenibile", "it-citta"),  # Italian accent and singular
    ],
)
def test_inflected_and_accentless_forms_find_the_document(index, typed: str, expected: str) -> None:
    assert expected in ids(index, typed)


def test_exact_form_ranks_above_stemmed_only_match(index) -> None:
    assert ids(index, "centres")[:2] == ["en-centres", "en-centre"]
    assert ids(index, "centre")[:2] == ["en-centre", "en-centres"]


def test_a_word_missing_in_one_language_is_found_in_another(index) -> None:
    # Polish word of the mixed document; English query words of the same document.
    assert ids(index, "uczelniami") == ["mixed-pl-en"]
    assert ids(index, "universities technology") == ["mixed-pl-en"]
    assert ids(index, "uczelnie") == ["mixed-pl-en"]  # another Polish form, found by the stemmer


def test_phrases_work_in_every_language_field(index) -> None:
    assert ids(index, '"innovation centres"')[0] == "en-centres"  # exact phrase first
    assert set(ids(index, '"innovation centres"')) == {"en-centres", "en-centre"}
    assert ids(index, '"rozwoj regionalny"') == ["pl-slask"]
    assert ids(index, '"nove biciklisticke staze"') == ["sr-latin"]
    assert ids(index, '"centres innovation"') == []


def test_stop_words_do_not_break_phrases(index) -> None:
    assert ids(index, '"the innovation centre in Katowice"') == ["en-centre"]
    assert ids(index, '"centre in the Katowice"') == []


def test_all_words_by_default_any_word_on_request(index) -> None:
    assert ids(index, "innovation Katowice") == ["en-centre"]
    assert set(ids(index, "Katowice Subotici", mode="any")) == {"en-centre", "sr-latin"}
    assert ids(index, "Katowice Subotici") == []


def test_exclusion_or_and_title_scope(index) -> None:
    assert ids(index, "innovation -Katowice") == ["en-centres"]
    assert set(ids(index, "Katowice OR Subotici")) == {"en-centre", "sr-latin"}
    assert ids(index, "title:support") == ["en-centres"]
    assert ids(index, "title:companies") == []


def test_wildcards_fuzzy_marks_and_boosts_are_not_operators(index) -> None:
    assert ids(index, "Katow*") == []  # no prefix expansion
    assert ids(index, "Katowice~2") == ["en-centre"]  # the mark is dropped, the word searched
    assert ids(index, "Katowice^3") == ["en-centre"]
    assert ids(index, "[Katowice TO Subotici]") == []  # no range: three words, all required


@pytest.mark.parametrize(
    "text",
    ['"unclosed phrase', "OR", "innovation OR", "NOT", "(((", ")", "title:", "-", '"', "***", "[a TO z]", "a:b:c", "\x00", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢"],
)
def test_malformed_input_never_raises(index, text: str) -> None:
    parsed = text_query(text, index.schema)
    assert isinstance(parsed.query, wq.Query)
    ids(index, text)


def test_malformed_input_is_flagged_and_searched_as_words(index) -> None:
    parsed = text_query('"innovation Katowice', index.schema)
    assert parsed.malformed
    assert ids(index, '"innovation Katowice') == ["en-centre"]
    assert text_query("innovation OR", index.schema).malformed
    assert not text_query("innovation Katowice", index.schema).malformed


def test_parsed_text_reports_words_terms_and_operators(index) -> None:
    parsed = text_query('centres "rozwój regionalny" -Katowice', index.schema)
    assert parsed.words == ("centres", "rozwój", "regionalny")
    assert parsed.phrases == ("rozwój regionalny",)
    assert parsed.excluded == ("Katowice",)
    assert parsed.phrase_or_operator_used
    assert ("body", "centres") in parsed.terms and ("body_en", "centr") in parsed.terms
    assert ("body_pl", "rozwoj") in parsed.terms
    assert not text_query("centres", index.schema).phrase_or_operator_used


def test_nothing_searchable_gives_the_null_query(index) -> None:
    assert text_query("  ", index.schema).empty
    assert text_query("!!! ???", index.schema).empty
