"""Ranking quality of projsearch beside SQLite FTS5 (unicode61, remove_diacritics 2, bm25).

    python tests/bench/eval_relevance.py --collection ../shared/data/ir/cranfield \
        --collection ../shared/data/ir/xquad/de [--collection DIR ...]

Each DIR holds docs.jsonl ({id, text, title?}), queries.jsonl ({id, text}) and qrels.trec
(`qid 0 docid grade`, grade > 0 relevant, used as the gain). Both systems index the same
documents in the same run and answer every query that has judgements; printed per collection:
nDCG@10 and recall@100, and nDCG@10 over the longest quarter of the queries. Last line:
    relevance: ndcg10_projsearch=<mean> ndcg10_fts5=<mean> collections=<n>

projsearch goes the way a user's files do: each document is written as a .txt file (its title,
if any, in a <file>.meta.json sidecar, as FTS5 gets it in a column of its own) and indexed by
indexer.index.pipeline.index_paths. Queries are ranked the way indexer.search.search (behind the web
page, the JSON API and the CLI) ranks them: the documents with every word of the query
(indexer.search.collect.parse_text, as search() parses it), and when they are fewer than PARTIAL_BELOW, the documents with some
of the words after them, each part scored by indexer.search.query.scoring(). So a long question is
mostly ranked by any word, as FTS5 ranks it here (its words joined by OR). The script repeats those two steps instead of calling search()
for every query because search() also builds a snippet for each of the 100 hits and counts the
facets, which does not change the order and costs minutes per collection; the first
AGREEMENT_CHECKS queries of each collection are also run through search() itself, and the
script stops if the two orders differ.
A document the pipeline refuses (an empty text is an "empty" failure, as it would be for a
user) is reported by reason and never retrieved; FTS5 indexes it, but with no words it cannot
find it either.
"""

from __future__ import annotations

import argparse
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

from indexer.index.pipeline import index_paths
from indexer.search.collect import parse_text
from indexer.search.query import scoring
from indexer.search import PARTIAL_BELOW, SearchQuery, search
from indexer.index.store import open_index

DEPTH = 100
LONG_QUERY_SHARE = 0.25  # the longest quarter of a collection's queries is reported apart
AGREEMENT_CHECKS = 5  # queries per collection also answered by search() itself, to compare

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


class Projsearch:
    """Documents as .txt files through index_paths; queries ranked as indexer.search ranks them."""

    def __init__(self, collection: Collection, workdir: Path) -> None:
        corpus = workdir / "corpus"
        corpus.mkdir()
        for doc_id, title, text in collection.docs:
            (corpus / f"{doc_id}.txt").write_text(text, encoding="utf-8")
            if title:
                (corpus / f"{doc_id}.txt.meta.json").write_text(json.dumps({"title": title}), encoding="utf-8")
        report = index_paths([corpus], workdir / "index", workers=2)
        self.refused = tuple(
            (Path(failure.file).name.removesuffix(".txt"), failure.reason) for failure in report.failed
        )
        self.index = open_index(workdir / "index")
        self.searcher = self.index.searcher(weighting=scoring())
        self.checked = 0

    def __call__(self, text: str) -> list[str]:
        ranked = self._rank(text)
        if self.checked < AGREEMENT_CHECKS:
            self.checked += 1
            through_search = [hit.id for hit in search(self.index, SearchQuery(text=text, per_page=DEPTH)).hits]
            if through_search != ranked:
                raise SystemExit(f"ranking differs from indexer.search.search for query {text!r}")
        return [doc_id.removesuffix(".txt") for doc_id in ranked]

    def _rank(self, text: str) -> list[str]:
        every = parse_text(text, self.searcher, "all")
        if every.empty:
            return []
        complete = self.searcher.search(every.query, limit=DEPTH)
        ranked = [hit["id"] for hit in complete]
        if len(ranked) >= PARTIAL_BELOW:
            return ranked
        some = parse_text(text, self.searcher, "any")
        rest = self.searcher.search(some.query, limit=DEPTH, mask={hit.docnum for hit in complete})
        return (ranked + [hit["id"] for hit in rest])[:DEPTH]

    def close(self) -> None:
        self.searcher.close()
        self.index.close()


def refusals(refused: Sequence[tuple[str, str]], collection: Collection) -> str:
    """One line on the documents the pipeline did not index, by reason, and how many are judged."""
    by_reason: dict[str, list[str]] = defaultdict(list)
    for doc_id, reason in refused:
        by_reason[reason].append(doc_id)
    judged = {doc for grades in collection.qrels.values() for doc in grades}
    parts = [f"{len(ids)} {reason} ({', '.join(sorted(ids)[:5])}{', ...' if len(ids) > 5 else ''})" for reason, ids in sorted(by_reason.items())]
    relevant = sum(doc_id in judged for doc_id, _ in refused)
    return (
        f"  {collection.name}: {len(refused)} documents not indexed: {'; '.join(parts)};"
        f" {relevant} of them judged relevant to some query, counted as never retrieved"
    )


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
    return Scores(_mean(ndcgs), _mean(recalls), _mean([ndcgs[i] for i in order]))


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--collection", type=Path, action="append", required=True, help="dir with docs/queries/qrels")
    args = parser.parse_args(argv)

    header = f"{'collection':<14}{'docs':>6}{'queries':>8}{'nDCG@10 ps':>12}{'fts5':>8}{'R@100 ps':>10}{'fts5':>8}{'long q ps':>11}{'fts5':>8}{'secs':>7}"
    print(header)
    ours_all, fts_all = [], []
    notes: list[str] = []
    for directory in args.collection:
        collection = load_collection(directory)
        start = time.perf_counter()
        with tempfile.TemporaryDirectory() as tmp:
            system = Projsearch(collection, Path(tmp))
            ours = evaluate(collection, system)
            system.close()
        if system.refused:
            notes.append(refusals(system.refused, collection))
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
    for note in notes:
        print(note)
    print(f"relevance: ndcg10_projsearch={sum(ours_all) / n:.4f} ndcg10_fts5={sum(fts_all) / n:.4f} collections={n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
