"""Shared fixtures: the app and its clients, real indexes, a live waitress server, a browser."""

from __future__ import annotations

import datetime as dt
import socket
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from whoosh import index as whoosh_index

from indexer.index import store
from indexer.documents import Document, Evidence, Metadata, Segment
from indexer.index.schema import document_fields

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CORPUS = PROJECT_ROOT / "corpus"
ARTIFACTS = PROJECT_ROOT / "test-artifacts"

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]

# A small collection with known facet values.
SAMPLE_TOPICS = [
    ("Renewable energy in rural regions", "en", "Solar panels and wind turbines bring renewable energy to rural villages."),
    ("Erneuerbare Energie im ländlichen Raum", "de", "Solaranlagen und Windräder bringen erneuerbare Energie in die Dörfer."),
    ("Energia odnawialna na obszarach wiejskich", "pl", "Panele słoneczne i turbiny wiatrowe dostarczają energię odnawialną."),
    ("Cross-border cycling routes", "en", "The partners mapped cycling routes across the border between regions."),
    ("Digital skills for teachers", "en", "Teachers learned digital skills in a series of workshops and summer schools."),
]
SAMPLE_COUNTRIES = ["DE", "PL", "AT", "IT", "FR", "SI"]
SAMPLE_PROGRAMMES = ["Interreg Europe", "Erasmus+", "Horizon 2020"]


def write_documents_index(index_dir: Path, documents: list[Document]) -> Path:
    """An index holding exactly these documents, written through the store like the pipeline does."""
    index_dir.mkdir(parents=True, exist_ok=True)
    generation = store.new_generation(index_dir)
    writer = whoosh_index.open_dir(str(generation)).writer()
    for document in documents:
        writer.update_document(**document_fields(document))
    writer.commit()
    store.write_state(generation, {"added": len(documents)})
    store.swap_in(index_dir, generation)
    return index_dir


def make_document(
    doc_id: str, title: str, text: str, *, root: Path, language: str = "en", kind: str = "page",
    url: str | None = None, page_offsets: tuple[int, ...] = (), **meta,
) -> Document:
    """A Document as the pipeline would build it, for indexes with values no sidecar allows."""
    return Document(
        doc_id=doc_id, kind=kind, format="pdf" if kind == "report" else "html", title=title,  # type: ignore[arg-type]
        sha256="0" * 64, path=str(root / doc_id), root=str(root), text=text,
        segments=(Segment(text, language),), languages=((language, 1.0),),
        metadata=Metadata(title=title, **meta), url=url, pages=len(page_offsets), page_offsets=page_offsets,
    )


SAMPLE_REPORT_PAGES = (
    "Annual report 2019. Summary of the cycling routes work package.",
    "Second page: the partners from Slovenia and Austria counted cyclists at the border.",
    "Third page: budget and outlook for the regional energy agencies.",
)


def sample_documents(root: Path) -> list[Document]:
    """30 pages in three languages and one PDF report; known facet values and evidence."""
    documents = []
    for n in range(30):
        title, language, sentence = SAMPLE_TOPICS[n % len(SAMPLE_TOPICS)]
        countries = (SAMPLE_COUNTRIES[n % 6], SAMPLE_COUNTRIES[(n + 1) % 6])
        year = 2010 + n % 12
        documents.append(make_document(
            f"pages/project-{n:02d}.html", f"{title} {n}", " ".join([sentence] * 6), root=root, language=language,
            url=f"https://example.org/projects/{n}", programmes=(SAMPLE_PROGRAMMES[n % 3],), years=(year, year + 1),
            countries=countries, start=dt.date(year, 1, 1), end=dt.date(year + 1, 12, 31),
            evidence=(
                Evidence("country", countries[0], "sidecar", ""),
                Evidence("programme", SAMPLE_PROGRAMMES[n % 3], "text", f"co-funded by {SAMPLE_PROGRAMMES[n % 3]}"),
            ),
        ))
    offsets, text = [], ""
    for page in SAMPLE_REPORT_PAGES:
        offsets.append(len(text))
        text += page + "\n\n"
    documents.append(make_document(
        "reports/annual-2019.pdf", "Cycling routes annual report 2019", text, root=root, kind="report",
        page_offsets=tuple(offsets), programmes=("Interreg Europe",), years=(2019,), countries=("SI", "AT"),
        published=dt.date(2019, 6, 30),
    ))
    return documents


@pytest.fixture(scope="session")
def sample_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("sample-root")
    for document in sample_documents(root):
        path = root / document.doc_id
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"%PDF-1.4 sample\n" if document.format == "pdf" else f"<p>{document.text}</p>".encode())
    return root


@pytest.fixture(scope="session")
def sample_index(tmp_path_factory: pytest.TempPathFactory, sample_root: Path) -> Path:
    return write_documents_index(tmp_path_factory.mktemp("sample") / "index", sample_documents(sample_root))


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """corpus/ indexed once per session with the real pipeline."""
    from indexer.index.pipeline import index_paths

    index_dir = tmp_path_factory.mktemp("corpus") / "index"
    report = index_paths([CORPUS], index_dir)
    assert report.added > 0, f"nothing indexed from {CORPUS}: {report.to_dict()}"
    return index_dir


@pytest.fixture
def app(sample_index: Path):
    from webui import create_app

    return create_app({"TESTING": True, "INDEX_DIR": sample_index})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class LiveServer:
    url: str
    index_dir: Path


def start_server(index_dir: Path, env: dict[str, str] | None = None) -> tuple[subprocess.Popen, str]:
    """`projsearch serve` on a free 127.0.0.1 port, with extra environment, returned once it answers."""
    port = free_port()
    command = [str(Path(sys.executable).parent / "projsearch"), "serve", "--index", str(index_dir),
               "--host", "127.0.0.1", "--port", str(port)]
    log = tempfile.TemporaryFile()
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})})
    process.log = log  # type: ignore[attr-defined]
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            raise RuntimeError(f"projsearch serve exited: {log.read().decode(errors='replace')}")
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=2):
                return process, url
        except OSError:
            time.sleep(0.1)
    stop_server(process)
    raise RuntimeError("projsearch serve did not answer within 30 s")


def server_log(process: subprocess.Popen) -> str:
    """What the server wrote so far (tracebacks of failed requests included)."""
    log = process.log  # type: ignore[attr-defined]
    log.seek(0)
    return log.read().decode(errors="replace")


def stop_server(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    process.log.close()  # type: ignore[attr-defined]


@pytest.fixture(scope="session")
def live_server(corpus_index: Path) -> Iterator[LiveServer]:
    process, url = start_server(corpus_index)
    yield LiveServer(url, corpus_index)
    stop_server(process)


@pytest.fixture(scope="session")
def chromium():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"browser tests need {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def browser(chromium):
    """A fresh context and page per test; JavaScript errors fail the test."""
    context = chromium.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not errors, errors


WIDTHS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}


@pytest.fixture(params=sorted(WIDTHS))
def sized(request, chromium):
    """A page at desktop and at phone width (one test each); JavaScript errors fail the test."""
    context = chromium.new_context(viewport=WIDTHS[request.param], is_mobile=request.param == "phone")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.width_name = request.param  # type: ignore[attr-defined]
    yield page
    context.close()
    assert not errors, errors


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
