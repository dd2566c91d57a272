"""Ranking quality of projsearch beside SQLite FTS5 (unicode61, remove_diacritics 2, bm25).

    python tests/bench/eval_relevance.py --collection ../shared/data/ir/cranfield \
        --collection ../shared/data/ir/xquad/de [--collection DIR ...] [--via auto|pipeline|direct]

Each DIR holds docs.jsonl ({id, text, title?}), queries.jsonl ({id, text}) and qrels.trec
(`qid 0 docid grade`, grade > 0 relevant, used as the gain). Both systems index the same
documents in the same run and answer every query that has judgements; printed per collection:
nDCG@10 and recall@100. Last line:
    relevance: ndcg10_projsearch=<mean> ndcg10_fts5=<mean> collections=<n>

projsearch is reached through its normal path when it is available (each document written as a
.txt file, its title if any in a <file>.meta.json sidecar, indexed by
indexer.pipeline.index_paths, ranked with indexer.query over the index it wrote); with
--via direct, or while that path is not available, documents are segmented by
indexer.language and written with indexer.fields, and queries ranked by indexer.query.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import sqlite3
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from indexer import language
from indexer.documents import Block, Document, Metadata, RawDocument, SourceFile
from indexer.fields import build_schema, document_fields
from indexer.query import scoring, text_query

DEPTH = 100
LONG_QUERY_SHARE = 0.25  # the longest quarter of a collection's queries is reported apart

Ranker = Callable[[str], list[str]]


@dataclass(frozen=True)
class Collection:
    name: str
    docs: tuple[tuple[str, str, str], ...]  # (id, title, text)
    queries: tuple[tuple[str, str], ...]  # (id, text), only those with judgements
    qrels: dict[str, dict[str, int]]  # query id -> doc id -> grade


def load_collection(directory: Path) -> Collection:
    docs = []
    with (directory / "docs.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            docs.append((str(record["id"]), record.get("title") or "", record.get("text") or ""))
    qrels: dict[str, dict[str, int]] = defaultdict(dict)
    for line in (directory / "qrels.trec").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 4 and int(parts[3]) > 0:
            qrels[parts[0]][parts[2]] = int(parts[3])
    queries = []
    with (directory / "queries.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if str(record["id"]) in qrels:
                queries.append((str(record["id"]), record["text"]))
    name = directory.name if directory.parent.name != "xquad" else f"xquad/{directory.name}"
    return Collection(name, tuple(docs), tuple(queries), dict(qrels))


# ---------------------------------------------------------------- metrics


def ndcg_at(ranked: Sequence[str], grades: dict[str, int], k: int = 10) -> float:
    gain = sum(grades.get(doc, 0) / math.log2(rank + 2) for rank, doc in enumerate(ranked[:k]))
    ideal = sum(grade / math.log2(rank + 2) for rank, grade in enumerate(sorted(grades.values(), reverse=True)[:k]))
    return gain / ideal if ideal else 0.0


def recall_at(ranked: Sequence[str], grades: dict[str, int], k: int = DEPTH) -> float:
    return len(set(ranked[:k]) & set(grades)) / len(grades) if grades else 0.0


# ---------------------------------------------------------------- SQLite FTS5 baseline


class Fts5:
    """The baseline: FTS5 with unicode61 (diacritics removed) and its bm25 ranking."""

    def __init__(self, collection: Collection) -> None:
        self.db = sqlite3.connect(":memory:")
        self.db.execute(
            "CREATE VIRTUAL TABLE docs USING fts5(doc_id UNINDEXED, title, body,"
            " tokenize = 'unicode61 remove_diacritics 2')"
        )
        self.db.executemany("INSERT INTO docs VALUES (?, ?, ?)", collection.docs)

    def __call__(self, text: str) -> list[str]:
        words = re.findall(r"\w+", text)
        if not words:
            return []
        match = " OR ".join('"' + word.replace('"', "") + '"' for word in words)
        rows = self.db.execute(
            "SELECT doc_id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT ?", (match, DEPTH)
        )
        return [row[0] for row in rows]


# ---------------------------------------------------------------- projsearch


def _document(doc_id: str, title: str, text: str, root: Path) -> Document:
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    source = SourceFile(root / f"{doc_id}.txt", root, f"{doc_id}.txt", "text", len(text), 0)
    raw = RawDocument(source=source, sha256=sha, blocks=tuple(Block(part) for part in text.split("\n\n") if part.strip()))
    segments = language.segment(raw)
    return Document(
        doc_id=doc_id, kind="page", format="text", title=title, sha256=sha, path=str(source.path),
        root=str(root), text=text, segments=segments, languages=language.language_shares(segments),
        metadata=Metadata(title=title or None),
    )


class DirectProjsearch:
    """Documents through language segmentation and the index fields; queries through text_query."""

    def __init__(self, collection: Collection, workdir: Path) -> None:
        from whoosh import index as windex

        self.schema = build_schema()
        self.index = windex.create_in(str(workdir), self.schema)
        writer = self.index.writer()
        for doc_id, title, text in collection.docs:
            writer.add_document(**document_fields(_document(doc_id, title, text, workdir)))
        writer.commit()
        self.searcher = self.index.searcher(weighting=scoring())

    def __call__(self, text: str) -> list[str]:
        parsed = text_query(text, self.schema, mode="any", reader=self.searcher.reader())
        if parsed.empty:
            return []
        return [hit["id"] for hit in self.searcher.search(parsed.query, limit=DEPTH)]

    def close(self) -> None:
        self.searcher.close()


class PipelineProjsearch:
    """Documents as .txt files through index_paths; ranked by the search layer's query and model.

    Ranking uses any-word matching (as the FTS5 baseline does with OR): the search page first
    asks for every word and relaxes only when nothing has them all, which suits people typing
    a few words but not a ranking measure over whole questions.
    """

    def __init__(self, collection: Collection, workdir: Path) -> None:
        from indexer.pipeline import index_paths

        corpus = workdir / "corpus"
        corpus.mkdir()
        for doc_id, title, text in collection.docs:
            (corpus / f"{doc_id}.txt").write_text(text, encoding="utf-8")
            if title:  # the title reaches projsearch as explicit metadata, as FTS5 gets it
                (corpus / f"{doc_id}.txt.meta.json").write_text(json.dumps({"title": title}), encoding="utf-8")
        self.index_dir = workdir / "index"
        report = index_paths([corpus], self.index_dir, workers=2)
        if report.failed:
            print(f"  {len(report.failed)} documents failed to index", file=sys.stderr)
        from indexer.store import open_index

        self.index = open_index(self.index_dir)
        self.schema = self.index.schema
        self.searcher = self.index.searcher(weighting=scoring())

    def __call__(self, text: str) -> list[str]:
        parsed = text_query(text, self.schema, mode="any", reader=self.searcher.reader())
        if parsed.empty:
            return []
        return [hit["id"].removesuffix(".txt") for hit in self.searcher.search(parsed.query, limit=DEPTH)]

    def close(self) -> None:
        self.searcher.close()
        self.index.close()


def pipeline_available() -> bool:
    """Whether the normal indexing and search path is implemented in this tree."""
    try:
        from indexer.pipeline import index_paths
        from indexer.search import SearchQuery, search
    except ImportError:
        return False
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        (corpus / "probe.txt").write_text("A probe document about regional innovation.\n", encoding="utf-8")
        try:
            index_paths([corpus], Path(tmp) / "index", workers=1)
            return bool(search(Path(tmp) / "index", SearchQuery(text="innovation")).hits)
        except Exception as error:  # noqa: BLE001 - any failure means "not ready yet"
            print(f"(normal path not ready: {type(error).__name__}: {error}; ranking directly)", file=sys.stderr)
            return False


# ---------------------------------------------------------------- the run


@dataclass(frozen=True)
class Scores:
    ndcg10: float
    recall100: float
    long_ndcg10: float  # over the longest queries


def evaluate(collection: Collection, ranker: Ranker) -> Scores:
    ndcgs, recalls, lengths = [], [], []
    for query_id, text in collection.queries:
        ranked = ranker(text)
        ndcgs.append(ndcg_at(ranked, collection.qrels[query_id]))
        recalls.append(recall_at(ranked, collection.qrels[query_id]))
        lengths.append(len(text.split()))
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])[: max(1, int(len(lengths) * LONG_QUERY_SHARE))]
    mean = lambda values: sum(values) / len(values) if values else 0.0  # noqa: E731
    return Scores(mean(ndcgs), mean(recalls), mean([ndcgs[i] for i in order]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--collection", type=Path, action="append", required=True, help="dir with docs/queries/qrels")
    parser.add_argument("--via", choices=("auto", "pipeline", "direct"), default="auto")
    args = parser.parse_args(argv)

    via = args.via
    if via == "auto":
        via = "pipeline" if pipeline_available() else "direct"
    print(f"projsearch path: {via}")
    header = f"{'collection':<14}{'docs':>6}{'queries':>8}{'nDCG@10 ps':>12}{'fts5':>8}{'R@100 ps':>10}{'fts5':>8}{'long q ps':>11}{'fts5':>8}{'secs':>7}"
    print(header)
    ours_all, fts_all = [], []
    for directory in args.collection:
        collection = load_collection(directory)
        start = time.perf_counter()
        with tempfile.TemporaryDirectory() as tmp:
            system = (PipelineProjsearch if via == "pipeline" else DirectProjsearch)(collection, Path(tmp))
            ours = evaluate(collection, system)
            system.close()
        fts = evaluate(collection, Fts5(collection))
        ours_all.append(ours.ndcg10)
        fts_all.append(fts.ndcg10)
        print(
            f"{collection.name:<14}{len(collection.docs):>6}{len(collection.queries):>8}"
            f"{ours.ndcg10:>12.4f}{fts.ndcg10:>8.4f}{ours.recall100:>10.4f}{fts.recall100:>8.4f}"
            f"{ours.long_ndcg10:>11.4f}{fts.long_ndcg10:>8.4f}{time.perf_counter() - start:>7.1f}",
            flush=True,
        )
    n = len(ours_all)
    print(f"(long q: nDCG@10 over the longest {LONG_QUERY_SHARE:.0%} of each collection's queries)")
    print(f"relevance: ndcg10_projsearch={sum(ours_all) / n:.4f} ndcg10_fts5={sum(fts_all) / n:.4f} collections={n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
