"""Spelling corrections on typos of an index's own words, and on the words its queries do not find.

    python -m tests.bench.eval_spelling --index DIR [--index DIR ...] [--collection DIR ...] [--typos 400]

Typos: words of the index (neutral field, letters only, 5 letters or more, in 2 documents or
more) each changed by one edit of the kinds people make, seeded so every run makes the same
ones: a letter dropped, a neighbouring key added or typed instead, two letters swapped, at any
position (the first letter too). A typo that is itself an indexed word is skipped. For each, the
whoosh corrector as projsearch used it (the most frequent word within two edits, the first letter
kept, always searched instead) is compared with projsearch's: right (the word that was changed),
wrong or none, and whether the search is replaced ("corrected") or the word only suggested.

Collections (``--collection`` as in eval_relevance.py) are indexed through the pipeline; every
word of their queries that no field knows is a word a user typed on purpose or misspelt, and
each correction of one changes what a search finds: they are counted, and listed with --show.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

from indexer.language.analysis import NEUTRAL_FIELD, fold
from indexer.search.searchers import open_searcher
from indexer.search.spelling import close_enough
from indexer.search.suggest import _closest, _known

SEED = 20261202
_LETTERS = re.compile(r"[a-z]{5,}")
_QUERY_WORD = re.compile(r"[^\W\d_]{3,}")
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _neighbours(letter: str) -> str:
    near = ""
    for r, row in enumerate(_ROWS):
        column = row.find(letter)
        if column == -1:
            continue
        near += row[max(0, column - 1) : column] + row[column + 1 : column + 2]
        if r > 0:
            near += _ROWS[r - 1][column : column + 2]
        if r < 2:
            near += _ROWS[r + 1][max(0, column - 1) : column + 1]
    return near or "e"


def typo(word: str, rng: random.Random) -> str:
    position = rng.randrange(len(word))
    kind = rng.choice(("drop", "add", "replace", "swap"))
    letter = word[position]
    if kind == "drop":
        return word[:position] + word[position + 1 :]
    if kind == "add":
        return word[:position] + rng.choice(_neighbours(letter)) + word[position:]
    if kind == "replace":
        return word[:position] + rng.choice(_neighbours(letter)) + word[position + 1 :]
    if position == len(word) - 1:
        position -= 1
    return word[:position] + word[position + 1] + word[position] + word[position + 2 :]


def old_correction(reader, token: str) -> str | None:
    found = reader.corrector(NEUTRAL_FIELD).suggest(token, limit=1, maxdist=2, prefix=1)
    return found[0] if found else None


def typos(index: Path, count: int) -> None:
    rng = random.Random(SEED)
    with open_searcher(index) as searcher:
        reader = searcher.reader()
        words = [
            term.decode("utf-8") if isinstance(term, bytes) else term
            for term in reader.lexicon(NEUTRAL_FIELD)
        ]
        words = [w for w in words if _LETTERS.fullmatch(w) and reader.doc_frequency(NEUTRAL_FIELD, w) >= 2]
        rng.shuffle(words)
        old: Counter[str] = Counter()
        new: Counter[str] = Counter()
        tried = 0
        for word in words:
            if tried >= count:
                break
            typed = typo(word, rng)
            if typed == word or _known(searcher, typed):
                continue
            tried += 1
            was = old_correction(reader, typed)
            old["corrected right" if was == word else "corrected wrong" if was else "none"] += 1
            now = _closest(typed, reader)
            how = "corrected" if now is not None and close_enough(typed, now) else "suggested"
            new[f"{how} right" if now == word else f"{how} wrong" if now else "none"] += 1
    print(f"typos of {index} ({tried} typos of {len(words)} words):")
    print(f"  before: {dict(sorted(old.items()))}")
    print(f"  after:  {dict(sorted(new.items()))}")


def collection_words(directory: Path, show: bool) -> None:
    from tests.bench.eval_relevance import Projsearch, load_collection

    collection = load_collection(directory)
    with tempfile.TemporaryDirectory() as tmp:
        system = Projsearch(collection, Path(tmp))
        searcher = system.searcher
        reader = searcher.reader()
        unknown = sorted(
            {
                word
                for _, text in collection.queries
                for word in _QUERY_WORD.findall(text)
                if not _known(searcher, word)
            }
        )
        old = new_corrected = new_suggested = 0
        listed: list[str] = []
        for word in unknown:
            token = fold(word.lower())
            was = old_correction(reader, token)
            now = _closest(token, reader)
            close = now is not None and close_enough(token, now)
            old += was is not None
            new_corrected += close
            new_suggested += now is not None and not close
            if show:
                listed.append(f"    {word}: before {was} / after {now} ({'corrected' if close else 'suggested' if now else 'none'})")
        system.close()
    print(
        f"{collection.name}: {len(unknown)} query words no field knows; corrected before {old},"
        f" after {new_corrected} (and {new_suggested} only suggested)"
    )
    for line in listed:
        print(line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--index", type=Path, action="append", default=[], help="index to make typos of")
    parser.add_argument("--collection", type=Path, action="append", default=[], help="dir with docs/queries/qrels")
    parser.add_argument("--typos", type=int, default=400)
    parser.add_argument("--show", action="store_true", help="list each unknown query word and its corrections")
    args = parser.parse_args(argv)
    for index in args.index:
        typos(index, args.typos)
    for directory in args.collection:
        collection_words(directory, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
