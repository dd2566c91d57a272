"""`projsearch`: index, remove, search, show, status, check and serve from the command line.

Exit status: 0 success, 1 an error that stopped the command (no index, index locked),
2 usage errors, 3 when files failed that had not failed before (all failed files with --strict),
130 `index` interrupted (Ctrl-C) before its commit.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import click

from indexer.index import commit, pipeline
from indexer.index import status as index_status
from indexer.index import store
from indexer.index.cluster import ClusterError
from indexer.ingest.extract.ocr import OcrSettings

DEFAULT_INDEX = Path("var") / "index"
EXIT_SOME_FAILED = 3
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports a command stopped by Ctrl-C

index_option = click.option(
    "--index",
    "index_dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="PROJSEARCH_INDEX",
    default=DEFAULT_INDEX,
    show_default=True,
    help="Index directory (or set PROJSEARCH_INDEX).",
)
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")


def ocr_options(command):
    """The OCR settings `index` uses and `status` reports on; each also read from the environment."""
    command = click.option("--ocr-languages", envvar="PROJSEARCH_OCR_LANGUAGES", default="en", show_default=True,
                           help="ISO 639-1 codes OCR tries when nothing tells a document's language.")(command)
    command = click.option("--tesseract", envvar="PROJSEARCH_TESSERACT", default="tesseract", show_default=True,
                           help="Tesseract command or path.")(command)
    return click.option("--ocr/--no-ocr", envvar="PROJSEARCH_OCR", default=True, show_default=True,
                        help="Read pages without a usable text layer with Tesseract.")(command)


def _ocr_settings(enabled: bool, tesseract: str, languages: str) -> OcrSettings:
    codes = tuple(code.strip().lower() for code in languages.replace("+", ",").split(",") if code.strip())
    return OcrSettings(enabled=enabled, tesseract=tesseract, languages=codes or ("en",))


def _print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


class _StoreErrors(click.Group):
    """Turns the index's own errors (missing, locked) into a one-line message and exit status 1,
    and Ctrl-C into one line and exit status 130 instead of click's "Aborted!" and 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (store.StoreError, ClusterError) as error:
            click.echo(f"projsearch: {error}", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            # A writer stopped before its commit leaves the index as it was (see `index`).
            click.echo("projsearch: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)


@click.group(cls=_StoreErrors)
@click.version_option(package_name="projsearch")
def cli() -> None:
    """Search the reports and web pages of publicly funded projects."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@index_option
@click.option("--full", is_flag=True, help="Rebuild into a new directory and swap it in atomically.")
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Extraction processes [default: cores].")
@click.option("--retry-failed", is_flag=True, help="Try again files that failed before and did not change.")
@click.option("--timeout", type=click.FloatRange(min=1), default=120.0, show_default=True,
              help="Seconds one file may take to extract.")
@click.option("--memory-mb", type=click.IntRange(min=64), default=2048, show_default=True,
              help="Memory one extraction may use.")
@click.option("--max-size-mb", type=click.FloatRange(min=0), default=200.0, show_default=True,
              help="Larger files are reported, not read.")
@click.option("--lock-timeout", type=click.FloatRange(min=0), default=30.0, show_default=True,
              help="Seconds to wait for another indexer to finish.")
@click.option("--strict", is_flag=True, help="Exit 3 when any file failed, not only files that failed for the first time.")
@click.option("--cluster", "cluster", envvar="PROJSEARCH_CLUSTER", default=None, metavar="ADDRESS",
              help="Extract on a Dask cluster: scheduler address (tcp://host:8786), or local[:N] "
                   "for a local one (or set PROJSEARCH_CLUSTER). Needs the 'cluster' extra.")
@ocr_options
@json_option
def index(paths, index_dir, full, workers, retry_failed, timeout, memory_mb, max_size_mb, lock_timeout, strict, cluster,
          ocr, tesseract, ocr_languages, as_json):
    """Index new and changed files under PATHS; drop documents whose files are gone."""
    limits = pipeline.Limits(timeout_s=timeout, memory_mb=memory_mb, max_bytes=int(max_size_mb * 2**20))
    existed = store.current_generation(Path(index_dir).absolute()) is not None
    known = _known_failures(Path(index_dir).absolute())
    try:
        report = pipeline.index_paths(
            paths, index_dir, full=full, workers=workers, retry_failed=retry_failed, limits=limits,
            progress=not as_json, lock_timeout=lock_timeout, cluster=cluster or None,
            ocr=_ocr_settings(ocr, tesseract, ocr_languages),
        )
    except KeyboardInterrupt:
        # The writer was cancelled before its commit; the texts the workers extracted are cached.
        click.echo("projsearch: interrupted; nothing was committed, the index is as it was "
                   "(text extracted so far is kept in the cache for the next run)", err=True)
        sys.exit(EXIT_INTERRUPTED)
    new_failures = [failure for failure in report.failed if failure.file not in known]
    if as_json:
        _print_json({**report.to_dict(), "new_failures": [failure.file for failure in new_failures]})
    else:
        action = "updated" if not report.full else "rebuilt" if existed else "built"
        click.echo(
            f"{action} {index_dir} in {report.seconds:.1f} s: "
            f"{report.added} added, {report.updated} updated, {report.deleted} deleted, "
            f"{report.unchanged} unchanged, {len(report.failed)} failed ({len(new_failures)} new)"
        )
        _echo_failures(new_failures, "FAILED")
        _echo_failures([failure for failure in report.failed if failure.file in known], "still failing")
        _echo_reader_warnings(report.warnings)
    # A cron job should hear about a file once, when it starts failing, not on every run.
    sys.exit(EXIT_SOME_FAILED if (report.failed if strict else new_failures) else 0)


def _known_failures(index_dir: Path) -> set[str]:
    """Files the current index already lists as failed, before this run."""
    generation = store.current_generation(index_dir)
    if generation is None:
        return set()
    return set(commit.load_manifest(generation).failures)


def _echo_failures(failures, label: str = "FAILED") -> None:
    for failure in failures:
        click.echo(f"  {label} {failure.file}: {failure.reason}" + (f" - {failure.detail}" if failure.detail else ""))


def _echo_reader_warnings(files) -> None:
    """Once per file, after the progress bar: each distinct message with how often it came."""
    for item in files:
        click.echo(f"  warnings for {item.file}:")
        for warning in item.warnings:
            times = f" ({warning.count} times)" if warning.count > 1 else ""
            click.echo(f"    {warning.logger}: {warning.message}{times}")


@cli.command()
@click.argument("ids", nargs=-1, required=True)
@index_option
def remove(ids, index_dir):
    """Remove documents from the index by id (their files stay where they are)."""
    missing = pipeline.remove_documents(index_dir, ids)
    for doc_id in missing:
        click.echo(f"not in the index: {doc_id}", err=True)
    sys.exit(1 if missing else 0)


@cli.command()
@click.argument("query", nargs=-1)
@index_option
@click.option("--limit", type=click.IntRange(1, 100), default=10, show_default=True, help="Hits per page.")
@click.option("--page", type=click.IntRange(min=1), default=1, show_default=True, help="Which page of hits.")
@click.option("--programme", multiple=True, help="Only this programme, by name or alias, any case (repeatable).")
@click.option("--country", multiple=True, help="Only this ISO country code, e.g. DE or de (repeatable).")
@click.option("--year", multiple=True, help="Only this year or range: 2016, 2015-2017, 2015- (repeatable).")
@click.option("--language", multiple=True, help="Only this language code (repeatable).")
@click.option("--kind", multiple=True, help="Only reports or web pages: report, page (repeatable).")
@click.option("--sort", type=click.Choice(["relevance", "newest", "oldest", "title"]), default=None)
@click.option("--exact", is_flag=True, help="Search the words as typed, even when a correction would find more.")
@json_option
def search(query, index_dir, limit, page, programme, country, year, language, kind, sort, exact, as_json):
    """Search the index and print ranked hits with snippets; no words lists the newest documents."""
    from indexer import search as searching

    # The same URL-style arguments the web page and the API take, through the same validation.
    args: dict[str, Any] = {
        "q": " ".join(query), "programme": list(programme), "country": list(country), "year": list(year),
        "language": list(language), "kind": list(kind), "page": str(page), "per_page": str(limit),
    }
    if sort:
        args["sort"] = sort
    if exact:
        args["spelling"] = "exact"
    try:
        request = searching.SearchQuery.from_args(args)
    except searching.QueryError as error:
        raise click.UsageError(str(error)) from error
    results = searching.search(store.open_index(index_dir), request)
    if as_json:
        _print_json(results.to_dict())
        return
    for line in result_lines(results):
        click.echo(line)


def result_lines(results) -> list[str]:
    """The text the CLI prints for a search: a count line, notes, then one block per hit."""
    query = results.query
    lines = [_count_line(results)]
    if results.relaxed:
        lines.append(
            f"  {_plural(results.complete, 'document has', 'documents have')} every word; documents with some of them follow"
            if results.complete else "  no document has every word; showing documents with some of them"
        )
    if results.corrected:
        lines.append(f"showing results for: {results.corrected} (nothing matches {query.text!r}; --exact searches it)")
    if results.suggestion:
        lines.append(f"did you mean: {results.suggestion}")
    lines += [f"note: {note}" for note in results.notes]
    first = (query.page - 1) * query.per_page
    for rank, hit in enumerate(results.hits, first + 1):
        score = "" if query.browse or query.effective_sort != "relevance" else f"  [{hit.score:.2f}]"
        lines.append(f"\n{rank}. {hit.title}{score}")
        facts = [hit.kind or "document"]
        if hit.programmes:
            facts.append(", ".join(hit.programmes))
        if hit.years:
            facts.append(str(min(hit.years)) + (f"-{max(hit.years)}" if len(hit.years) > 1 else ""))
        if hit.countries:
            facts.append(", ".join(hit.countries))
        facts.append(", ".join(hit.languages) or "und")
        if hit.snippet_page:
            facts.append(f"page {hit.snippet_page}")
        lines.append(f"   {hit.id}")
        lines.append(f"   {' · '.join(facts)}")
        if hit.snippet_text:
            lines.append(f"   {hit.snippet_text}")
    return lines


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _count_line(results) -> str:
    line = _plural(results.total, "result", "results")
    if results.total and results.query.page > results.page_count:
        line += f"; page {results.query.page} is past the last page ({results.page_count})"
    elif results.page_count > 1:
        line += f", page {results.query.page} of {results.page_count}"
    return line


@cli.command()
@click.argument("doc_id")
@index_option
@json_option
def show(doc_id, index_dir, as_json):
    """Everything stored about one document, with where each facet value came from."""
    from indexer.search import get_document

    record = get_document(index_dir, doc_id)
    if record is None:
        click.echo(f"projsearch: no document with id {doc_id!r} in {index_dir}", err=True)
        sys.exit(1)
    record.pop("content", None)  # show describes the document; the text is on its page and in the API
    if as_json:
        _print_json(record)
        return
    for key in ("id", "title", "kind", "format", "url", "path", "pages", "quality", "acronym", "primary_language",
                "start", "end", "published", "budget"):
        if record.get(key) not in (None, ""):
            click.echo(f"{key:>16}: {record[key]}")
    for key in ("programmes", "years", "countries", "languages", "partners"):
        click.echo(f"{key:>16}: {', '.join(map(str, record.get(key) or [])) or '-'}")
    for item in record.get("evidence", []):
        snippet = f' "{item["snippet"]}"' if item.get("snippet") else ""
        click.echo(f"{'evidence':>16}: {item['facet']}={item['value']} from {item['source']}{snippet}")


@cli.command()
@index_option
@ocr_options
@json_option
def status(index_dir, ocr, tesseract, ocr_languages, as_json):
    """Documents by kind and language, OCR, index size, last update, and the files that failed."""
    from indexer.index.rules import rules_version
    from indexer.search import facet_overview

    report = index_status.index_status(index_dir, facet_overview, _ocr_settings(ocr, tesseract, ocr_languages))
    if as_json:
        _print_json(report)
        return
    click.echo(f"index: {report['index']} ({report['size_bytes'] / 2**20:.1f} MB), updated {report['updated']}")
    click.echo(f"documents: {report['documents']}")
    if report["rules_version"] != rules_version():
        click.echo("facet rules: older than this release; the next `projsearch index` rebuilds from the text cache")
    for facet in ("kind", "language"):
        counts = ", ".join(f"{value} {count}" for value, count in report[facet].items())
        click.echo(f"  by {facet}: {counts or '-'}")
    ocr_state = report["ocr"]
    click.echo(f"ocr: {ocr_state['state']}; {_plural(ocr_state['pages'], 'page', 'pages')} of "
               f"{_plural(ocr_state['documents'], 'document', 'documents')} read by OCR")
    click.echo(f"failed files: {len(report['failed'])}")
    _echo_failures(pipeline.Failure(**item) for item in report["failed"])


@cli.command()
@index_option
@click.option("--repair", is_flag=True, help="Fix what can be fixed without re-reading files.")
@json_option
def check(index_dir, repair, as_json):
    """Compare the index, its manifest, the text cache and the files; report (and repair) disagreements."""
    from indexer.index import check as index_check

    report = index_check.check(index_dir, repair=repair)
    if as_json:
        _print_json(report.to_dict())
    else:
        for finding in report.findings:
            action = f" (repaired: {finding.repair})" if finding.repaired else (
                f" (--repair will {finding.repair})" if finding.repair else "")
            click.echo(f"  {finding.subject}: {finding.problem}{action}")
        verdict = "index, manifest and cache agree" if report.healthy else "problems found"
        click.echo(f"{_plural(report.documents, 'document', 'documents')} in {index_dir}: {verdict}")
    sys.exit(0 if report.healthy else 1)


@cli.command()
@index_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(1, 65535), default=5000, show_default=True)
@click.option("--workers", type=click.IntRange(1, 64), envvar="PROJSEARCH_WORKERS", default=None,
              help="Worker processes (or set PROJSEARCH_WORKERS); default: one per CPU core, 1 serves with waitress "
                   "in this process.")
@click.option("--threads", type=click.IntRange(1, 64), envvar="PROJSEARCH_THREADS", default=4, show_default=True,
              help="Threads per worker process (or set PROJSEARCH_THREADS).")
def serve(index_dir, host, port, workers, threads):
    """Serve the web UI and the JSON API with a production WSGI server (gunicorn workers, or waitress)."""
    import webui

    try:
        webui.serve(Path(os.path.abspath(index_dir)), host=host, port=port, threads=threads, workers=workers)
    except webui.SettingError as error:  # a typo in the configuration: one line, not a traceback
        raise click.ClickException(str(error)) from None


def main() -> None:
    cli(prog_name="projsearch")


if __name__ == "__main__":
    main()
