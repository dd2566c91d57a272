"""`projsearch`: index, remove, search, show, status and serve from the command line.

Exit status: 0 success, 1 an error that stopped the command (no index, index locked),
2 usage errors, 3 when some files could not be indexed (they are listed).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import click

from indexer.index import pipeline
from indexer.index import status as index_status
from indexer.index import store

DEFAULT_INDEX = Path("var") / "index"
EXIT_SOME_FAILED = 3

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


def _print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


class _StoreErrors(click.Group):
    """Turns the index's own errors (missing, locked) into a one-line message and exit status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except store.StoreError as error:
            click.echo(f"projsearch: {error}", err=True)
            sys.exit(1)


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
@json_option
def index(paths, index_dir, full, workers, retry_failed, timeout, memory_mb, max_size_mb, lock_timeout, as_json):
    """Index new and changed files under PATHS; drop documents whose files are gone."""
    limits = pipeline.Limits(timeout_s=timeout, memory_mb=memory_mb, max_bytes=int(max_size_mb * 2**20))
    report = pipeline.index_paths(
        paths, index_dir, full=full, workers=workers, retry_failed=retry_failed, limits=limits,
        progress=not as_json, lock_timeout=lock_timeout,
    )
    if as_json:
        _print_json(report.to_dict())
    else:
        click.echo(
            f"{'rebuilt' if report.full else 'updated'} {index_dir} in {report.seconds:.1f} s: "
            f"{report.added} added, {report.updated} updated, {report.deleted} deleted, "
            f"{report.unchanged} unchanged, {len(report.failed)} failed"
        )
        _echo_failures(report.failed)
    sys.exit(EXIT_SOME_FAILED if report.failed else 0)


def _echo_failures(failures) -> None:
    for failure in failures:
        click.echo(f"  FAILED {failure.file}: {failure.reason}" + (f" - {failure.detail}" if failure.detail else ""))


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
@click.option("--limit", type=click.IntRange(1, 100), default=10, show_default=True)
@click.option("--programme", multiple=True, help="Only this programme (repeatable).")
@click.option("--country", multiple=True, help="Only this ISO country code (repeatable).")
@click.option("--year", multiple=True, help="Only this year (repeatable).")
@click.option("--language", multiple=True, help="Only this language code (repeatable).")
@click.option("--sort", type=click.Choice(["relevance", "newest", "oldest", "title"]), default=None)
@json_option
def search(query, index_dir, limit, programme, country, year, language, sort, as_json):
    """Search the index and print ranked hits with snippets."""
    from indexer import search as searching

    filters = tuple((name, tuple(values)) for name, values in
                    (("programme", programme), ("country", country), ("year", year), ("language", language)) if values)
    text = " ".join(query)
    request = searching.SearchQuery(
        text=text, filters=filters, per_page=limit, sort=sort or ("relevance" if text.strip() else "newest")
    )
    results = searching.search(store.open_index(index_dir), request)
    if as_json:
        _print_json(results.to_dict())
        return
    note = ""
    if results.relaxed:
        note = f" ({results.complete or 'no'} with every word, then documents with some of them)"
    click.echo(f"{results.total} results{note}")
    if results.suggestion:
        click.echo(f"did you mean: {results.suggestion}")
    for rank, hit in enumerate(results.hits, 1):
        page = f", page {hit.snippet_page}" if hit.snippet_page else ""
        click.echo(f"\n{rank}. {hit.title}  [{hit.score:.2f}]")
        click.echo(f"   {hit.id} ({hit.kind}; {', '.join(hit.languages) or 'und'}{page})")
        if hit.snippet_text:
            click.echo(f"   {hit.snippet_text}")


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
@json_option
def status(index_dir, as_json):
    """Documents by kind and language, index size, last update, and the files that failed."""
    from indexer.search import facet_overview

    report = index_status.index_status(index_dir, facet_overview)
    if as_json:
        _print_json(report)
        return
    click.echo(f"index: {report['index']} ({report['size_bytes'] / 2**20:.1f} MB), updated {report['updated']}")
    click.echo(f"documents: {report['documents']}")
    for facet in ("kind", "language"):
        counts = ", ".join(f"{value} {count}" for value, count in report[facet].items())
        click.echo(f"  by {facet}: {counts or '-'}")
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
        click.echo(f"{report.documents} documents in {index_dir}: {verdict}")
    sys.exit(0 if report.healthy else 1)


@cli.command()
@index_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(1, 65535), default=5000, show_default=True)
@click.option("--threads", type=click.IntRange(1, 64), default=8, show_default=True)
def serve(index_dir, host, port, threads):
    """Serve the web UI and the JSON API with a production WSGI server (waitress)."""
    import webui

    webui.serve(Path(os.path.abspath(index_dir)), host=host, port=port, threads=threads)


def main() -> None:
    cli(prog_name="projsearch")


if __name__ == "__main__":
    main()
