"""Precision and recall of the programme, years and countries facets, and title accuracy, against labelled data.

    python tests/bench/eval_metadata.py --labels ../shared/data/pdfs/eu_project_docs/labels.jsonl \
        --docs ../shared/data/pdfs/eu_project_docs --esif ../shared/data/facets/esif_dev.jsonl \
        --horizon ../shared/data/facets/horizon_deliverables_dev.jsonl --pages ../shared/data/pages

Labelled PDFs and pages are split into a DEV half, read while writing rules, and a HELD-OUT half
that is only measured (see :func:`split_of`); both halves are printed, and mismatches
(``--errors``) are shown for the dev half only. A rule is kept only when it helps held-out too.

Each section prints, per facet, precision, recall and how many documents got no value at all
("empty", next to how many have no expected value); the labelled documents' sections also print how
many titles are right (see :func:`title_matches`). The line before last sums the empty facets
over all inputs; the last line is machine-readable:
    metadata: programme_p=.. programme_r=.. years_p=.. years_r=.. countries_p=.. countries_r=..
              [pages_programme_found=.. pages_years_p=.. pages_years_r=.. pages_countries_p=..
               pages_countries_r=.. pages_languages_exact=..] docs=N
(all on one line; the ``pages_`` values only with ``--pages``; docs counts every scored input).
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import pickle
import re
import statistics
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from indexer.documents import Block, RawDocument, Segment, SourceFile  # noqa: E402
from indexer.metadata.enrich import extract_metadata  # noqa: E402

FACETS = ("programme", "years", "countries")
HALVES = ("dev", "held-out")


def split_of(key: str) -> str:
    """The half a labelled item belongs to: the first byte of sha256(key) below 154 (about 60 %) is dev.

    The key is a PDF's file name, or a page's project name (casefolded) so that pages about the same
    project (a translation, two sites) stay in the same half.
    """
    return "dev" if hashlib.sha256(key.encode("utf-8")).digest()[0] < 154 else "held-out"


@dataclass
class Score:
    """Counts for one facet; ``recall_tp`` only counts inputs where recall is defined."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    recall_tp: int = 0
    empty: int = 0
    expected_empty: int = 0
    docs: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, got: set, want: set, name: str, recall: bool = True) -> None:
        self.docs += 1
        self.tp += len(got & want)
        self.fp += len(got - want)
        if recall:
            self.recall_tp += len(got & want)
            self.fn += len(want - got)
        self.empty += not got
        self.expected_empty += not want
        wrong = got != want if recall else bool(got - want)
        if wrong and len(self.errors) < 400:
            self.errors.append(f"{name}: got {sorted(got)} want {sorted(want)}")

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.recall_tp / (self.recall_tp + self.fn) if self.recall_tp + self.fn else 1.0

    def merge(self, other: "Score", recall: bool = True) -> None:
        names = ("tp", "fp", "empty", "expected_empty", "docs") + (("fn", "recall_tp") if recall else ())
        for name in names:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _source(path: Path, fmt: str) -> SourceFile:
    return SourceFile(path=path, root=path.parent, doc_id=path.name, format=fmt, size=0, mtime_ns=0)  # type: ignore[arg-type]


def _pipeline_available() -> bool:
    try:
        from indexer.ingest import clean  # noqa: F401
        from indexer.language import detection as language  # noqa: F401
        from indexer.ingest.extract import extract  # noqa: F401
    except ImportError:
        return False
    return True


@functools.lru_cache(maxsize=1)
def _reader_version() -> str:
    """What a cached extraction depends on besides the file: the extractor's version (OCR and the
    logo reader included) and the language detection that segments it; a change to either makes
    the cached reading stale."""
    from indexer.ingest.extract import cache_version

    digest = hashlib.sha256(cache_version().encode("utf-8"))
    for module in sorted((ROOT / "indexer" / "language").glob("*.py")):
        digest.update(module.read_bytes())
    return digest.hexdigest()[:16]


def read_pdf(path: Path, cache: Path | None = None) -> tuple[RawDocument, tuple[Segment, ...]]:
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    cached = cache / f"{sha}-{_reader_version()}.pickle" if cache else None
    if cached and cached.exists():
        return pickle.loads(cached.read_bytes())
    result = _read_pdf(path, sha)
    if cached:
        cache.mkdir(parents=True, exist_ok=True)
        cached.write_bytes(pickle.dumps(result))
    return result


def _read_pdf(path: Path, sha: str) -> tuple[RawDocument, tuple[Segment, ...]]:
    if _pipeline_available():
        from indexer.ingest import clean
        from indexer.language import detection as language
        from indexer.ingest.extract import extract

        raw = clean.clean(extract(_source(path, "pdf"), sha))
        return raw, language.segment(raw)
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer

    blocks = []
    for number, page in enumerate(extract_pages(str(path)), start=1):
        for element in page:
            if isinstance(element, LTTextContainer) and element.get_text().strip():
                blocks.append(Block(element.get_text().strip(), page=number))
    raw = RawDocument(source=_source(path, "pdf"), sha256=sha, blocks=tuple(blocks))
    return raw, (Segment(raw.text, "en", 1),)


def page_document(text: str, language: str, name: str) -> tuple[RawDocument, tuple[Segment, ...]]:
    path = Path("/records") / f"{name}.html"
    blocks = tuple(Block(part, lang_hint=language) for part in text.split("\n\n") if part.strip())
    raw = RawDocument(source=_source(path, "html"), sha256="", blocks=blocks, lang_hint=language)
    return raw, (Segment(raw.text, language),)


def expected_years(label: dict) -> set[int]:
    years: set[int] = set()
    if label.get("project_years"):
        first, last = label["project_years"][0], label["project_years"][-1]
        years.update(range(first, last + 1))
    if label.get("publication_year"):
        years.add(label["publication_year"])
    return years


TITLE_SHARED_WORDS = 0.5
"""Above this share of the longer title's words, a title inside the other is the same title."""


def title_words(title: str) -> list[str]:
    """A title's words with case, accents and punctuation folded: "D’outils (beta)" -> ["d", "outils", "beta"]."""
    return folded_name(title).split()


def title_matches(got: str | None, want: str) -> bool:
    """Whether an extracted title is the labelled one.

    Both are folded (:func:`title_words`: case, accents, punctuation, which leaves words of letters
    and digits). They match when the folded words are equal, or when the shorter one's words occur
    in the longer one's as one unbroken run and are more than half of the longer one's words
    (:data:`TITLE_SHARED_WORDS`): "... en Europe" cut to "... en" still matches, a project's name
    alone against its long tagline does not, nor a title followed by as many words of something else.
    """
    if not got:
        return False
    shorter, longer = sorted((title_words(got), title_words(want)), key=len)
    if shorter == longer:
        return True
    if not shorter or len(shorter) <= TITLE_SHARED_WORDS * len(longer):
        return False
    return any(longer[start : start + len(shorter)] == shorter for start in range(len(longer) - len(shorter) + 1))


@dataclass
class TitleScore:
    """Titles that match their label (:func:`title_matches`), out of the labelled documents."""

    right: int = 0
    docs: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, got: str | None, want: str, name: str) -> None:
        self.docs += 1
        if title_matches(got, want):
            self.right += 1
        else:
            self.errors.append(f"{name}: got {got!r} want {want!r}")

    @property
    def accuracy(self) -> float:
        return self.right / self.docs if self.docs else 1.0


def eval_labels(
    labels: Path, docs: Path, halves: dict[str, dict[str, Score]], cache: Path | None, titles: dict[str, TitleScore] | None = None
) -> None:
    for label in _read_labels(labels):
        half = split_of(label["file"])
        scores = halves[half]
        path = docs / label["file"]
        try:
            raw, segments = read_pdf(path, cache)
        except Exception as error:  # noqa: BLE001 - a broken file counts as extracting nothing
            print(f"  ! {label['file']}: {error}", file=sys.stderr)
            raw, segments = RawDocument(source=_source(path, "pdf"), sha256="", blocks=()), ()
        meta = extract_metadata(raw, segments)
        want_programme = {label["programme"]} if label.get("programme") else set()
        scores["programme"].add(set(meta.programmes), want_programme, label["file"])
        scores["years"].add(set(meta.years), expected_years(label), label["file"])
        scores["countries"].add(set(meta.countries), set(label.get("countries") or ()), label["file"])
        if titles is not None and label.get("title"):
            titles[half].add(meta.title, label["title"], label["file"])


def _read_labels(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").split("\n") if line.strip()]


def folded_name(name: str) -> str:
    """A programme name with case, accents and punctuation folded, as the pages' README scores it."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    letters = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(re.sub(r"[^\w]+", " ", letters).split())


@dataclass
class PageScores:
    """The pages' facets scored as ../shared/data/pages/README.md says."""

    programme_pages: int = 0  # pages whose label names a funder
    programme_found: int = 0
    programme: Score = field(default_factory=Score)  # precision: values outside accept + also_ok are wrong
    years: Score = field(default_factory=Score)
    countries: Score = field(default_factory=Score)
    language_pages: int = 0
    languages_exact: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def found(self) -> float:
        return self.programme_found / self.programme_pages if self.programme_pages else 1.0

    @property
    def languages(self) -> float:
        return self.languages_exact / self.language_pages if self.language_pages else 1.0


def read_page(path: Path) -> tuple[RawDocument, tuple[Segment, ...], tuple[str, ...]]:
    """A page file through the same stages as indexing: extract, clean, segment, language shares."""
    from indexer.ingest import clean
    from indexer.ingest.extract import extract
    from indexer.language import detection as language

    raw = clean.clean(extract(_source(path, "text"), hashlib.sha256(path.read_bytes()).hexdigest()))
    segments = language.segment(raw)
    return raw, segments, tuple(code for code, _ in language.language_shares(segments))


def eval_pages(folder: Path, halves: dict[str, PageScores]) -> list[tuple[RawDocument, tuple[Segment, ...]]]:
    read = []
    for label in _read_labels(folder / "labels.jsonl"):
        scores = halves[split_of(label["project"].casefold())]
        raw, segments, languages = read_page(folder / "pages" / label["file"])
        read.append((raw, segments))
        meta = extract_metadata(raw, segments)
        name = label["file"]
        got = {folded_name(value) for value in meta.programmes}
        accept = {folded_name(value) for value in label["programmes"]["accept"] if value}
        also = {folded_name(value) for value in label.get("programmes_also_ok") or ()}
        if accept:
            scores.programme_pages += 1
            scores.programme_found += bool(got & accept)
        scores.programme.tp += len(got & (accept | also))
        scores.programme.fp += len(got - accept - also)
        if (accept and not got & accept) or got - accept - also:
            scores.errors.append(f"{name} programme: got {sorted(meta.programmes)} want {sorted(accept)}")
        scores.years.add(set(meta.years), set(label["years"]), f"{name} years")
        optional = set(label.get("countries_optional") or ())
        scores.countries.add(set(meta.countries) - optional, set(label["countries"]), f"{name} countries")
        scores.language_pages += 1
        scores.languages_exact += set(languages) == set(label["languages"])
        if set(languages) != set(label["languages"]):
            scores.errors.append(f"{name} languages: got {list(languages)} want {sorted(label['languages'])}")
    return read


def report_pages(title: str, scores: PageScores, show_errors: int) -> None:
    print(f"== {title}")
    print(
        f"  programme  found={scores.found:.3f} ({scores.programme_found}/{scores.programme_pages}) "
        f"P={scores.programme.precision:.3f} tp={scores.programme.tp} fp={scores.programme.fp}"
    )
    for name in ("years", "countries"):
        score = getattr(scores, name)
        print(f"  {name:10s} P={score.precision:.3f} R={score.recall:.3f} tp={score.tp} fp={score.fp} fn={score.fn} docs={score.docs}")
    print(f"  languages  exact={scores.languages:.3f} ({scores.languages_exact}/{scores.language_pages})")
    errors = scores.errors + scores.years.errors + scores.countries.errors
    for error in sorted(errors)[:show_errors]:
        print(f"      {error}")


def merged_pages(halves: dict[str, PageScores]) -> PageScores:
    total = PageScores()
    for part in halves.values():
        for name in ("programme_pages", "programme_found", "language_pages", "languages_exact"):
            setattr(total, name, getattr(total, name) + getattr(part, name))
        for name in ("programme", "years", "countries"):
            getattr(total, name).merge(getattr(part, name))
    return total


def speed(documents: list[tuple[RawDocument, tuple[Segment, ...]]], rounds: int) -> None:
    """Median docs/s of extract_metadata over the pages, beside segment() on the same pages as the peer."""
    from indexer.language import detection as language

    def rate(work) -> float:
        times = []
        for _ in range(rounds):
            began = time.perf_counter()
            for raw, segments in documents:
                work(raw, segments)
            times.append(time.perf_counter() - began)
        return len(documents) / statistics.median(times)

    metadata_rate = rate(extract_metadata)
    segment_rate = rate(lambda raw, segments: language.segment(raw))
    print(
        f"speed: extract_metadata {metadata_rate:.0f} docs/s, segment (peer) {segment_rate:.0f} docs/s, "
        f"ratio {metadata_rate / segment_rate:.2f} (median of {rounds} rounds over {len(documents)} pages)"
    )


def eval_esif(path: Path, score: Score) -> int:
    """Country precision on project pages rendered from name, description and beneficiary only."""
    with_country = 0
    for line in path.read_text("utf-8").split("\n"):
        if not line.strip():
            continue
        record = json.loads(line)
        parts = [record.get("project_name"), record.get("project_description"), record.get("beneficiary_name")]
        text = "\n\n".join(part for part in parts if part)
        raw, segments = page_document(text, record.get("language") or "en", record["record_id"])
        meta = extract_metadata(raw, segments)
        own = {"UK": "GB", "EL": "GR"}.get(record["country"], record["country"])
        got = set(meta.countries)
        with_country += bool(got)
        score.add(got, {own}, record["record_id"], recall=False)
    return with_country


def eval_horizon(path: Path, score: Score, identifiers: bool) -> None:
    """Programme of Horizon Europe deliverables from title and description (plus grant number)."""
    for line in path.read_text("utf-8").split("\n"):
        if not line.strip():
            continue
        record = json.loads(line)
        parts = [record.get("title"), record.get("description")]
        if identifiers:
            parts.insert(1, f"{record.get('projectAcronym')} - Grant Agreement No {record.get('projectID')}")
        raw, segments = page_document("\n\n".join(part for part in parts if part), "en", record["id"])
        meta = extract_metadata(raw, segments)
        legal = (record.get("legalBasis") or "").split(".")[0]
        want = {"Euratom Research and Training Programme"} if legal == "EURATOM" else {"Horizon Europe"}
        score.add(set(meta.programmes), want, record["id"])


def report(title: str, scores: dict[str, Score], show_errors: int, titles: TitleScore | None = None) -> None:
    print(f"== {title}")
    for name, score in scores.items():
        print(
            f"  {name:10s} P={score.precision:.3f} R={score.recall:.3f} tp={score.tp} fp={score.fp} fn={score.fn} "
            f"docs={score.docs} empty={score.empty} ({score.empty / max(1, score.docs):.0%}, expected empty {score.expected_empty})"
        )
        for error in score.errors[:show_errors]:
            print(f"      {error}")
    if titles is not None:
        print(f"  {'title':10s} right={titles.accuracy:.3f} ({titles.right}/{titles.docs})")
        for error in titles.errors[:show_errors]:
            print(f"      {error}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--labels", type=Path)
    parser.add_argument("--docs", type=Path)
    parser.add_argument("--esif", type=Path)
    parser.add_argument("--horizon", type=Path)
    parser.add_argument("--pages", type=Path, help="a folder with labels.jsonl and pages/ (format of ../shared/data/pages)")
    parser.add_argument("--cache", type=Path, help="keep extracted text here between runs (keyed by sha256 and the reader's version)")
    parser.add_argument("--errors", type=int, default=0, help="show this many dev-half mismatches per facet")
    parser.add_argument("--speed", type=int, default=0, help="time extract_metadata over the pages this many rounds")
    args = parser.parse_args(argv)
    total = {name: Score() for name in FACETS}
    docs = 0
    if args.labels:
        docs_dir = args.docs or args.labels.parent
        halves = {half: {name: Score() for name in FACETS} for half in HALVES}
        titles = {half: TitleScore() for half in HALVES}
        eval_labels(args.labels, docs_dir, halves, args.cache, titles)
        for half in HALVES:
            shown = args.errors if half == "dev" else 0
            report(f"labelled documents, {half} half ({args.labels})", halves[half], shown, titles[half])
            for name in FACETS:
                total[name].merge(halves[half][name])
            docs += halves[half]["programme"].docs
    pages = None
    if args.pages:
        page_halves = {half: PageScores() for half in HALVES}
        documents = eval_pages(args.pages, page_halves)
        for half in HALVES:
            report_pages(f"project pages, {half} half ({args.pages})", page_halves[half], args.errors if half == "dev" else 0)
        pages = merged_pages(page_halves)
        report_pages("project pages, both halves", pages, 0)
        docs += pages.language_pages
        if args.speed:
            speed(documents, args.speed)
    if args.esif:
        score = Score()
        with_country = eval_esif(args.esif, score)
        report(f"ESIF project pages ({args.esif}): country precision only", {"countries": score}, args.errors)
        print(f"  pages with a country: {with_country} of {score.docs}")
        total["countries"].merge(score)
        docs += score.docs
    if args.horizon:
        text_only = Score()
        eval_horizon(args.horizon, text_only, identifiers=False)
        report(f"Horizon Europe deliverables, title + description ({args.horizon})", {"programme": text_only}, args.errors)
        score = Score()
        eval_horizon(args.horizon, score, identifiers=True)
        report("Horizon Europe deliverables, with acronym and grant agreement number", {"programme": score}, args.errors)
        # Recall targets are set on the labelled documents; these short records count for precision.
        total["programme"].merge(score, recall=False)
        docs += score.docs
    p = total
    # How often each facet is left empty over every input that counts for it (a blank facet hides the document).
    print(
        "empty: "
        + " ".join(f"{name}={p[name].empty}/{p[name].docs} ({p[name].empty / max(1, p[name].docs):.1%})" for name in FACETS)
    )
    print(
        f"metadata: programme_p={p['programme'].precision:.3f} programme_r={p['programme'].recall:.3f} "
        f"years_p={p['years'].precision:.3f} years_r={p['years'].recall:.3f} "
        f"countries_p={p['countries'].precision:.3f} countries_r={p['countries'].recall:.3f} "
        + (
            f"pages_programme_found={pages.found:.3f} pages_years_p={pages.years.precision:.3f} "
            f"pages_years_r={pages.years.recall:.3f} pages_countries_p={pages.countries.precision:.3f} "
            f"pages_countries_r={pages.countries.recall:.3f} pages_languages_exact={pages.languages:.3f} "
            if pages
            else ""
        )
        + f"docs={docs}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
