"""Build real whoosh indexes from hand-made Documents, for the search-layer tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.index import Index

from indexer.documents import Document, Metadata, Segment
from indexer.index.schema import build_schema, document_fields


def make_document(
    doc_id: str,
    title: str,
    text: str | Sequence[str],
    *,
    language: str = "en",
    kind: str = "page",
    programmes: Sequence[str] = (),
    years: Sequence[int] = (),
    countries: Sequence[str] = (),
    published: dt.date | None = None,
    url: str | None = None,
) -> Document:
    """A Document as the pipeline would build it; a list of texts is a PDF with one per page."""
    pages = [text] if isinstance(text, str) else list(text)
    is_pdf = not isinstance(text, str)
    offsets: list[int] = []
    position = 0
    for page_text in pages:
        offsets.append(position)
        position += len(page_text) + 2
    segments = tuple(
        Segment(page_text, language, page=number if is_pdf else None) for number, page_text in enumerate(pages, 1)
    )
    return Document(
        doc_id=doc_id,
        kind=kind,  # type: ignore[arg-type]
        format="pdf" if is_pdf else "html",
        title=title,
        sha256=f"{abs(hash(doc_id)):064x}"[:64],
        path=f"/corpus/{doc_id}",
        root="/corpus",
        text="\n\n".join(pages),
        segments=segments,
        languages=((language, 1.0),),
        metadata=Metadata(
            title=title,
            programmes=tuple(programmes),
            years=tuple(years),
            countries=tuple(countries),
            published=published,
        ),
        url=url,
        pages=len(pages) if is_pdf else 0,
        page_offsets=tuple(offsets) if is_pdf else (),
    )


def make_mixed_document(doc_id: str, title: str, parts: Sequence[tuple[str, str]]) -> Document:
    """A page whose text is ``parts`` (language, text) in that order, each one its own segment,
    as the language stage splits a page with paragraphs in several languages."""
    segments = tuple(Segment(text, language) for language, text in parts)
    sizes: dict[str, int] = {}
    for language, text in parts:
        sizes[language] = sizes.get(language, 0) + len(text)
    total = sum(sizes.values())
    shares = tuple(sorted(((language, size / total) for language, size in sizes.items()), key=lambda item: -item[1]))
    return Document(
        doc_id=doc_id,
        kind="page",
        format="html",
        title=title,
        sha256=f"{abs(hash(doc_id)):064x}"[:64],
        path=f"/corpus/{doc_id}",
        root="/corpus",
        text="\n\n".join(text for _, text in parts),
        segments=segments,
        languages=shares,
        metadata=Metadata(title=title),
    )


def build_index(directory: Path, documents: Iterable[Document]) -> Index:
    """A fresh index in ``directory`` holding ``documents``, committed and ready to search."""
    directory.mkdir(parents=True, exist_ok=True)
    ix = whoosh_index.create_in(str(directory), build_schema())
    writer = ix.writer()
    for document in documents:
        writer.add_document(**document_fields(document))
    writer.commit()
    return ix


def sample_documents() -> list[Document]:
    """A small multilingual collection with every facet populated and known overlaps."""
    return [
        make_document(
            "interreg/bridges.html",
            "Cross-border bridges for cyclists",
            "The cross-border project builds cycling bridges over the river. "
            "Municipalities in Germany and Poland share the maintenance costs of every bridge.",
            programmes=["Interreg Europe"],
            years=[2016, 2017, 2018],
            countries=["DE", "PL"],
            published=dt.date(2018, 6, 1),
        ),
        make_document(
            "interreg/heritage.html",
            "Cultural heritage routes",
            "Heritage routes connect castles and museums. Cyclists and walkers follow the routes "
            "through Austria and Slovenia.",
            programmes=["Interreg Europe"],
            years=[2019, 2020],
            countries=["AT", "SI"],
            published=dt.date(2020, 3, 1),
        ),
        make_document(
            "erasmus/youth.html",
            "Youth exchange on renewable energy",
            "Students from Spain and Italy met to study renewable energy and solar panels.",
            programmes=["Erasmus+"],
            years=[2015],
            countries=["ES", "IT"],
            published=dt.date(2015, 9, 1),
        ),
        make_document(
            "h2020/report.pdf",
            "Annual report on energy efficiency",
            [
                "Introduction. This report summarises the first project year.",
                "Energy efficiency of public buildings improved by twelve percent in the pilot cities.",
                "Outlook. The consortium will extend the pilots in the next period.",
            ],
            kind="report",
            programmes=["Horizon 2020"],
            years=[2017],
            countries=["DE", "FR"],
            published=dt.date(2017, 12, 15),
        ),
        make_document(
            "h2020/bericht.pdf",
            "Jahresbericht Energieeffizienz",
            ["Einleitung zum Bericht.", "Die Energieeffizienz öffentlicher Gebäude wurde in Städten verbessert."],
            language="de",
            kind="report",
            programmes=["Horizon 2020"],
            years=[2018],
            countries=["DE"],
            published=dt.date(2018, 11, 20),
        ),
        make_document(
            "misc/undated.html",
            "Undated notes about bridges",
            "Notes on river crossings and a footbridge, kept without any date.",
            countries=["PL"],
        ),
        make_document(
            "sh/mostovi.html",
            "Mostovi preko rijeke",
            "Projekt gradi mostove preko rijeke između Hrvatske i Srbije.",
            language="sh",
            programmes=["Interreg IPA"],
            years=[2014],
            countries=["HR", "RS"],
            published=dt.date(2014, 5, 5),
        ),
    ]
