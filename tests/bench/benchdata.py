"""A large benchmark index rendered from real EU Structural Fund project records.

How documents are built (no files are written; records become ``Document`` objects directly,
as the pipeline would build them for a project page with a sidecar):

- source: ``../shared/data/bench/esif_projects.jsonl.gz`` (322,884 records, ~60,000 with a
  description). Records with a description come first, taken at an even stride over the whole
  file so every country is represented; records without one fill up to ``n_docs``.
- text: project name, description and beneficiary, one segment in the record's language;
- title: the project name (else the beneficiary); kind "page", format "html";
- facets, as a sidecar would give them: country = the record's country, programme = the fund
  (ERDF, ESF, CF...), years = the years from start to completion date when known, else the
  years of the funding period (2007-2013 -> 2007..2013); published = the completion, else the
  approval date.

The index is written in the store layout (``current`` -> generation), so ``projsearch serve
--index DIR`` and ``search(DIR, ...)`` can use it. Importable: the HTTP benchmark reuses it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import hashlib
import json
import re
import time
from collections.abc import Iterator
from pathlib import Path

from indexer.index import commit, store
from indexer.documents import Document, Metadata, Segment
from indexer.index.schema import document_fields

PROJECT_ROOT = Path(__file__).resolve().parents[2]
ESIF_RECORDS = PROJECT_ROOT.parent / "shared" / "data" / "bench" / "esif_projects.jsonl.gz"

_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_PERIOD = re.compile(r"^(\d{4})\s*-\s*(\d{4})$")


def _date(value: object) -> dt.date | None:
    match = _DATE.search(str(value or ""))
    if not match:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def _years(record: dict, start: dt.date | None, end: dt.date | None) -> tuple[int, ...]:
    if start and end and start.year <= end.year <= start.year + 15:
        return tuple(range(start.year, end.year + 1))
    match = _PERIOD.match(str(record.get("funding_period") or ""))
    if match:
        first, last = int(match.group(1)), int(match.group(2))
        if first <= last <= first + 15:
            return tuple(range(first, last + 1))
    year = (end or start)
    return (year.year,) if year else ()


def record_document(record: dict) -> Document | None:
    """One project page built from one record; None for a record with no usable text."""
    name = str(record.get("project_name") or "").strip()
    beneficiary = str(record.get("beneficiary_name") or "").strip()
    description = str(record.get("project_description") or "").strip()
    text = "\n\n".join(part for part in (name, description, beneficiary) if part)
    if not text:
        return None
    language = str(record.get("language") or "und").lower()
    start = _date(record.get("starting_date"))
    end = _date(record.get("completion_date"))
    published = end or _date(record.get("approval_date"))
    doc_id = f"esif/{record['record_id']}.html"
    fund = str(record.get("fund_acronym") or "").strip()
    return Document(
        doc_id=doc_id,
        kind="page",
        format="html",
        title=name or beneficiary,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        path=f"/bench/{doc_id}",
        root="/bench",
        text=text,
        segments=(Segment(text, language),),
        languages=((language, 1.0),),
        metadata=Metadata(
            title=name or beneficiary,
            programmes=(fund,) if fund else (),
            years=_years(record, start, end),
            countries=(str(record["country"]).upper(),) if record.get("country") else (),
            start=start,
            end=end,
            published=published,
        ),
        size=len(text.encode("utf-8")),
    )


def _records(source: Path) -> Iterator[dict]:
    with gzip.open(source, "rt", encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)


def bench_documents(n_docs: int, source: Path = ESIF_RECORDS) -> list[Document]:
    """``n_docs`` documents: described projects at an even stride first, then the others."""
    described: list[dict] = []
    plain: list[dict] = []
    for record in _records(source):
        (described if str(record.get("project_description") or "").strip() else plain).append(record)
    stride = max(1, len(described) // n_docs)
    chosen = described[::stride][:n_docs]
    if len(chosen) < n_docs:
        need = n_docs - len(chosen)
        chosen += plain[:: max(1, len(plain) // need)][:need]
    documents = [doc for doc in map(record_document, chosen) if doc is not None]
    return documents[:n_docs]


def ensure_index(index_dir: Path, n_docs: int, reports: Path | None = None) -> None:
    """Build the benchmark index at ``index_dir`` unless one is there: real PDFs through the
    pipeline when ``reports`` is given, else ``n_docs`` ESIF project pages."""
    if store.current_generation(index_dir) is not None:
        return
    started = time.monotonic()
    if reports:
        from indexer.index.pipeline import index_paths

        index_paths([reports], index_dir)
    else:
        build_bench_index(index_dir, n_docs)
    print(f"built the index at {index_dir} in {time.monotonic() - started:.1f} s")


def build_bench_index(index_dir: Path, n_docs: int = 20_000, source: Path = ESIF_RECORDS) -> Path:
    """Write a store-layout index of ``n_docs`` project pages at ``index_dir``; returns it."""
    if not source.exists():
        raise FileNotFoundError(f"{source}: benchmark records not found (needs ../shared/data)")
    index_dir = Path(index_dir).absolute()
    started = time.monotonic()
    documents = bench_documents(n_docs, source)
    generation = store.new_generation(index_dir)
    ix = store.whoosh_index.open_dir(str(generation))
    writer = ix.writer(limitmb=256)
    for document in documents:
        writer.add_document(**document_fields(document))
    commit.commit(writer, store.Manifest(), generation)
    store.write_state(
        generation,
        {"added": len(documents), "updated": 0, "deleted": 0, "unchanged": 0, "failed": [],
         "seconds": round(time.monotonic() - started, 1), "source": "bench"},
    )
    store.swap_in(index_dir, generation)
    return index_dir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("index", type=Path, help="index directory to write")
    parser.add_argument("--docs", type=int, default=20_000, help="number of documents (default 20000)")
    args = parser.parse_args()
    started = time.monotonic()
    build_bench_index(args.index, args.docs)
    print(f"indexed {args.docs} documents into {args.index} in {time.monotonic() - started:.1f} s")


if __name__ == "__main__":
    main()
