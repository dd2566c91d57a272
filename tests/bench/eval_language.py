"""Accuracy of projsearch's language detection, beside plain langdetect on the same lines.

    python tests/bench/eval_language.py --lingua ../shared/data/langid/lingua_dev.tsv \
        [--ntrex ../shared/data/langid/ntrex_dev.jsonl] [--per-language N] [--confusions N]

--lingua: TSV with columns lang, kind (sentences / word-pairs / single-words), text.
--ntrex:  JSON lines {lang, doc_id, text}: whole documents, scored per document and per line.
projsearch's side sees each line as the indexer does: cleaned (indexer.ingest.clean), then detected.
Bosnian, Croatian and Serbian are scored as one family (any BCMS answer counts); the finer label
is scored separately where projsearch gives one ("sh" means it chose not to).
The summary is the mean of per-language accuracies over the lingua languages; last line:
    language accuracy: sentences=<pct> word_pairs=<pct> langdetect_sentences=<pct> langdetect_word_pairs=<pct>
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from langdetect import DetectorFactory
from langdetect import detect as langdetect_detect
from langdetect.lang_detect_exception import LangDetectException

from indexer.ingest.clean import clean_text
from indexer.language.detection import BCMS_LABELS, detect

DetectorFactory.seed = 0
FINER = frozenset(BCMS_LABELS) - {"sh"}


def projsearch_detect(text: str) -> str:
    """What the indexer does with a block: clean it (mojibake, control characters), detect."""
    return detect(clean_text(text))


def plain_langdetect(text: str) -> str:
    try:
        return langdetect_detect(text)
    except LangDetectException:
        return "und"


def gold_code(lang: str) -> str:
    """sr-Cyrl / sr-Latn -> sr; other codes as they are."""
    return lang.split("-")[0].lower()


def same_language(gold: str, predicted: str) -> bool:
    if gold in BCMS_LABELS:
        return predicted in BCMS_LABELS
    return gold == predicted


@dataclass
class Tally:
    total: int = 0
    ours: int = 0
    plain: int = 0
    finer_given: int = 0
    finer_right: int = 0
    seconds: float = 0.0
    confusions: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, gold: str, ours: str, plain: str) -> None:
        self.total += 1
        self.ours += same_language(gold, ours)
        self.plain += same_language(gold, plain)
        if not same_language(gold, ours):
            self.confusions[ours] += 1
        if gold in BCMS_LABELS and ours in FINER:
            self.finer_given += 1
            self.finer_right += ours == gold


def pct(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole else 0.0


def score(lines: Iterable[tuple[str, str]], detector: Callable[[str], str]) -> dict[str, Tally]:
    tallies: dict[str, Tally] = defaultdict(Tally)
    for label, text in lines:
        gold = gold_code(label)
        start = time.perf_counter()
        ours = detector(text)
        tallies[label].seconds += time.perf_counter() - start
        tallies[label].add(gold, ours, plain_langdetect(text))
    return tallies


def print_table(title: str, tallies: dict[str, Tally], confusions: int = 3) -> None:
    print(f"\n{title}")
    print(f"{'lang':<6}{'n':>6}{'projsearch':>12}{'langdetect':>12}{'finer':>14}   top confusions")
    for lang in sorted(tallies):
        t = tallies[lang]
        finer = f"{t.finer_right}/{t.finer_given}" if gold_code(lang) in BCMS_LABELS else ""
        worst = ", ".join(f"{code}:{n}" for code, n in sorted(t.confusions.items(), key=lambda kv: -kv[1])[:confusions])
        print(f"{lang:<6}{t.total:>6}{pct(t.ours, t.total):>11.1f}%{pct(t.plain, t.total):>11.1f}%{finer:>14}   {worst}")
    given = sum(t.finer_given for t in tallies.values())
    right = sum(t.finer_right for t in tallies.values())
    bcms = sum(t.total for lang, t in tallies.items() if gold_code(lang) in BCMS_LABELS)
    if bcms:
        print(f"BCMS finer label: given for {given}/{bcms} lines, right for {right}/{given} ({pct(right, given):.1f}%)")
    seconds = sum(t.seconds for t in tallies.values())
    total = sum(t.total for t in tallies.values())
    print(
        f"projsearch detection: {total / seconds if seconds else 0:.0f} texts/s"
        f" ({1000 * seconds / total if total else 0:.2f} ms per text)"
    )


def macro(tallies: dict[str, Tally], attribute: str) -> float:
    values = [pct(getattr(t, attribute), t.total) for t in tallies.values() if t.total]
    return sum(values) / len(values) if values else 0.0


def read_lingua(path: Path, kind: str, per_language: int | None) -> list[tuple[str, str]]:
    taken: dict[str, int] = defaultdict(int)
    lines = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row["kind"] != kind or not row["text"].strip():
                continue
            gold = row["lang"]
            if per_language is not None and taken[gold] >= per_language:
                continue
            taken[gold] += 1
            lines.append((gold, row["text"]))
    return lines


def read_ntrex(path: Path, per_language: int | None) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    documents, sentences = [], []
    taken: dict[str, int] = defaultdict(int)
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            gold = record["lang"]
            if per_language is not None and taken[gold] >= per_language:
                continue
            taken[gold] += 1
            documents.append((gold, record["text"]))
            sentences.extend((gold, text) for text in record["text"].splitlines() if len(text.split()) >= 4)
    return documents, sentences


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lingua", type=Path, required=True, help="lingua TSV (lang, kind, text)")
    parser.add_argument("--ntrex", type=Path, help="NTREX JSON lines (lang, doc_id, text); optional")
    parser.add_argument("--per-language", type=int, help="at most this many lines per language and kind")
    parser.add_argument("--confusions", type=int, default=3, help="wrong answers listed per language")
    args = parser.parse_args(argv)

    sentences = score(read_lingua(args.lingua, "sentences", args.per_language), projsearch_detect)
    print_table(f"lingua sentences ({args.lingua})", sentences, args.confusions)
    pairs = score(read_lingua(args.lingua, "word-pairs", args.per_language), projsearch_detect)
    print_table(f"lingua word pairs ({args.lingua})", pairs, args.confusions)

    if args.ntrex:
        documents, ntrex_sentences = read_ntrex(args.ntrex, args.per_language)
        # Rows keep the file's own codes (sr-Cyrl, sr-Latn) so that each script shows apart.
        print_table(f"NTREX documents ({args.ntrex})", score(documents, projsearch_detect), args.confusions)
        print_table(f"NTREX lines of 4+ words ({args.ntrex})", score(ntrex_sentences, projsearch_detect), args.confusions)

    print()
    print(
        "language accuracy: "
        f"sentences={macro(sentences, 'ours'):.1f} word_pairs={macro(pairs, 'ours'):.1f} "
        f"langdetect_sentences={macro(sentences, 'plain'):.1f} langdetect_word_pairs={macro(pairs, 'plain'):.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
