"""The cost of a new language mix for the country matcher, against one compiled regex per mix, in the same run.

    .venv/bin/python -m tests.bench.bench_country_matcher [--pages ../shared/data/pages] [--rounds 5]

A worker meets a new mix of page languages (``("hr", "sr")``, ``("de", "en")``...) dozens of times
per run. The matcher picks the mix's names and stems from one automaton built over every
language; the peer is what each new mix used to cost: the same names and stems compiled into one
alternation regex (the form the city regex still has). Both then find the names in the pages'
texts. Each mix is timed uncached, peer and matcher alternating, ``--rounds`` times; the table
shows medians and the last line is
``country_matcher: mix_ms=<> regex_mix_ms=<> ratio=<> find_ms=<> regex_find_ms=<> mixes=<n>``.
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from pathlib import Path

from indexer.metadata import country_names
from indexer.metadata.text import fold


def _mixes() -> list[tuple[str, ...]]:
    """Every language alone and beside English: the mixes pages of this collection come in."""
    languages = sorted(country_names.COUNTRY_LOCALES)
    return [(language,) for language in languages] + [tuple(sorted((language, "en"))) for language in languages if language != "en"]


def _peer_regex(matcher: country_names.Matcher) -> re.Pattern[str]:
    genitive = "s?" if matcher.genitive else ""
    parts = [rf"(?P<name>{country_names.alternation(matcher.names)}){genitive}"]
    if matcher.stems:
        parts.append(rf"(?P<stem>{country_names.alternation(matcher.stems)})[^\W\d_]{{0,5}}")
    re.purge()  # a worker compiles each mix once; the re module's own cache must not hide that
    return re.compile(r"(?<![\w.-])(?:" + "|".join(parts) + r")(?![\w])")


def _ms(function, *args) -> tuple[float, object]:
    started = time.perf_counter()
    result = function(*args)
    return (time.perf_counter() - started) * 1000, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=Path("../shared/data/pages"), help="folder with pages/*.txt")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    texts = [fold(path.read_text("utf-8", errors="replace")) for path in sorted((args.pages / "pages").glob("*"))]
    if not texts:
        raise SystemExit(f"no pages under {args.pages / 'pages'}")
    for locale_code in country_names.COUNTRY_LOCALES:
        for locale in country_names.COUNTRY_LOCALES[locale_code]:
            country_names.locale_names(locale)  # CLDR loading is paid once per locale by both sides
    automaton_ms, _ = _ms(country_names.form_index)
    build = country_names.matcher.__wrapped__
    mix_ms, regex_ms, find_ms, regex_find_ms = [], [], [], []
    print(f"{'mix':<12} {'matcher ms':>11} {'regex ms':>9} {'find ms':>8} {'regex find ms':>14}")
    for mix in _mixes():
        rounds: dict[str, list[float]] = {"mix": [], "regex": [], "find": [], "regex_find": []}
        for _ in range(args.rounds):
            spent, matcher = _ms(build, *mix)
            rounds["mix"].append(spent)
            compiled, regex = _ms(_peer_regex, matcher)
            rounds["regex"].append(spent + compiled)
            rounds["find"].append(_ms(lambda: [matcher.find(text) for text in texts])[0])
            rounds["regex_find"].append(_ms(lambda: [list(regex.finditer(text)) for text in texts])[0])
        medians = {key: statistics.median(values) for key, values in rounds.items()}
        mix_ms.append(medians["mix"])
        regex_ms.append(medians["regex"])
        find_ms.append(medians["find"])
        regex_find_ms.append(medians["regex_find"])
        print(f"{'+'.join(mix):<12} {medians['mix']:>11.2f} {medians['regex']:>9.2f} {medians['find']:>8.1f} {medians['regex_find']:>14.1f}")
    mix, regex = statistics.median(mix_ms), statistics.median(regex_ms)
    print(f"automaton over every language, built once per process: {automaton_ms:.1f} ms")
    print(
        f"country_matcher: mix_ms={mix:.2f} regex_mix_ms={regex:.2f} ratio={regex / mix:.1f} "
        f"find_ms={statistics.median(find_ms):.1f} regex_find_ms={statistics.median(regex_find_ms):.1f} mixes={len(mix_ms)}"
    )


if __name__ == "__main__":
    main()
