"""`projsearch serve` with several worker processes, over real HTTP: right answers from every
worker, a swapped-in rebuild seen by all of them, and no worker left behind when the server stops."""

from __future__ import annotations

import html
import json
import os
import shutil
import signal
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from indexer.index import store
from indexer.index.pipeline import index_paths
from tests.conftest import server_log, start_server, stop_server
from tests.test_orphans import alive, descendants
from webui.server import REQUEST_LINE_LIMIT

pytestmark = pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="needs Linux /proc to see the workers")

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "pages"
MARKER = "Quercetum"  # a word only the file added before the rebuild holds
WORKERS = 2


@pytest.fixture
def collection(tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "corpus"
    shutil.copytree(CORPUS, root)
    index_dir = tmp_path / "index"
    assert index_paths([root], index_dir, workers=1).added > 0
    return root, index_dir


def workers_of(server: subprocess.Popen) -> set[int]:
    """The worker processes the server forked, once all of them are up."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        found = alive(descendants(server.pid))
        if len(found) == WORKERS:
            return found
        time.sleep(0.1)
    raise AssertionError(f"expected {WORKERS} workers, saw {sorted(alive(descendants(server.pid)))}")


def generations_open(pid: int, index_dir: Path) -> set[str]:
    """The generation directories of ``index_dir`` whose files the process holds open."""
    found = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = Path(os.readlink(fd))
        except OSError:
            continue
        if target.parent.parent == index_dir and target.parent.name.startswith("gen-"):
            found.add(target.parent.name)
    return found


def still_alive_after(workers: set[int], seconds: float) -> set[int]:
    """Those of ``workers`` still running once they were given ``seconds`` to exit."""
    deadline = time.monotonic() + seconds
    while alive(workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    return alive(workers)


def finish(server: subprocess.Popen, workers: set[int]) -> None:
    """Whatever a failed test left: the server stopped, its log closed, no worker running."""
    if server.poll() is None:
        stop_server(server)
    else:
        server.log.close()  # type: ignore[attr-defined]
    for pid in alive(workers):
        os.kill(pid, signal.SIGKILL)


def marker_totals(url: str, rounds: int) -> list[int]:
    """The marker's hit count from ``rounds`` requests by 8 clients at once, each on a new connection."""
    totals: list[int] = []
    errors: list[str] = []

    def client() -> None:
        for _ in range(rounds):
            try:
                with urllib.request.urlopen(f"{url}/api/search?q={MARKER}&per_page=1", timeout=30) as response:
                    totals.append(json.load(response)["total"])
            except OSError as error:
                errors.append(repr(error))

    threads = [threading.Thread(target=client) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors[:3]
    return totals


def until_every_worker_holds(url: str, workers: set[int], index_dir: Path, generation: str) -> list[int]:
    """Requests until each worker has answered from ``generation`` (bounded); their marker totals."""
    totals: list[int] = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        totals += marker_totals(url, 3)
        if all(generation in generations_open(pid, index_dir) for pid in workers):
            return totals
    held = {pid: generations_open(pid, index_dir) for pid in workers}
    raise AssertionError(f"not every worker answered from {generation} after {len(totals)} requests: {held}")


def test_every_worker_answers_and_sees_a_rebuild(collection):
    root, index_dir = collection
    server, url = start_server(index_dir, {"PROJSEARCH_WORKERS": str(WORKERS)})
    try:
        assert "gunicorn, 2 worker processes" in server_log(server).splitlines()[0]
        workers = workers_of(server)
        before = store.current_generation(index_dir).name
        assert set(until_every_worker_holds(url, workers, index_dir, before)) == {0}

        with urllib.request.urlopen(f"{url}/api/search?q=danube", timeout=30) as response:
            answer = json.load(response)
            headers = response.headers
        assert answer["total"] > 0 and all("danube" in json.dumps(hit).lower() for hit in answer["hits"])
        assert "script-src 'self'" in headers["Content-Security-Policy"]
        assert headers["X-Content-Type-Options"] == "nosniff"
        request = urllib.request.Request(f"{url}/api/search?q=danube", headers={"Origin": "https://elsewhere.example"})
        with urllib.request.urlopen(request, timeout=30) as response:
            assert response.headers["Access-Control-Allow-Origin"] is None  # no origin configured, none allowed

        (root / "oak-woods.txt").write_text(f"{MARKER} oak woods along the Sava river.", encoding="utf-8")
        index_paths([root], index_dir, workers=1, full=True)
        after = store.current_generation(index_dir).name
        assert after != before
        # Every answer after the swap is the new generation's, whichever worker gives it.
        assert set(until_every_worker_holds(url, workers, index_dir, after)) == {1}
        for pid in workers:  # and each worker let go of the old generation's files
            assert before not in generations_open(pid, index_dir), (pid, generations_open(pid, index_dir))
        assert alive(descendants(server.pid)) == workers  # no worker died and was replaced on the way
    finally:
        log = server_log(server)
        stop_server(server)
    assert "Traceback" not in log, log


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_stopping_the_server_stops_every_worker(collection, stop):
    _, index_dir = collection
    server, url = start_server(index_dir, {"PROJSEARCH_WORKERS": str(WORKERS)})
    workers: set[int] = set()
    try:
        workers = workers_of(server)
        marker_totals(url, 1)
        server.send_signal(stop)
        assert server.wait(timeout=20) == 0, server_log(server)
        assert not still_alive_after(workers, 5), f"still running after the server stopped: {sorted(alive(workers))}"
    finally:
        finish(server, workers)


def test_workers_of_a_killed_server_stop_by_themselves(collection):
    _, index_dir = collection
    server, url = start_server(index_dir, {"PROJSEARCH_WORKERS": str(WORKERS)})
    workers: set[int] = set()
    try:
        workers = workers_of(server)
        marker_totals(url, 1)
        server.kill()  # no signal handler runs: each worker must notice that its parent is gone
        server.wait(timeout=10)
        assert not still_alive_after(workers, 15), f"orphaned workers still running: {sorted(alive(workers))}"
    finally:
        finish(server, workers)


def test_every_worker_opens_the_index_before_its_first_search(collection):
    _, index_dir = collection
    server, url = start_server(index_dir, {"PROJSEARCH_WORKERS": str(WORKERS)})
    workers: set[int] = set()
    try:
        workers = workers_of(server)
        generation = store.current_generation(index_dir).name
        deadline = time.monotonic() + 20
        # No search was asked (only /healthz, by start_server): the workers opened it themselves.
        while time.monotonic() < deadline and not all(generation in generations_open(pid, index_dir) for pid in workers):
            time.sleep(0.1)
        assert {pid: generation in generations_open(pid, index_dir) for pid in workers} == dict.fromkeys(workers, True)
        with urllib.request.urlopen(f"{url}/?q=danube", timeout=30) as response:
            assert "danube" in response.read().decode().lower()
        log = server_log(server)
    finally:
        finish(server, workers)
    assert "Traceback" not in log, log


def test_workers_start_on_a_directory_without_an_index(tmp_path):
    server, url = start_server(tmp_path / "nothing-yet", {"PROJSEARCH_WORKERS": str(WORKERS)})
    workers: set[int] = set()
    try:
        workers = workers_of(server)
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(f"{url}/?q=danube", timeout=30)
        assert missing.value.code == 503 and "projsearch index" in missing.value.read().decode()
        assert alive(descendants(server.pid)) == workers  # none failed to boot and was replaced
    finally:
        finish(server, workers)


def test_one_worker_serves_with_waitress_in_one_process(collection):
    _, index_dir = collection
    server, url = start_server(index_dir, {"PROJSEARCH_WORKERS": "1"})
    try:
        assert "(waitress, 4 threads)" in server_log(server).splitlines()[0]
        with urllib.request.urlopen(f"{url}/api/search?q=danube", timeout=30) as response:
            assert json.load(response)["total"] > 0
        assert not alive(descendants(server.pid))
    finally:
        stop_server(server)


# ---------------------------------------------------------------- long queries over real HTTP

# One character of each width in UTF-8: two bytes (Greek), three (CJK), four (CJK Extension B).
WIDE_LETTERS = {"greek": "λ", "cjk": "漢", "four-byte": "𠜎"}


def long_query(letter: str, length: int) -> str:
    """``length`` characters of words of five ``letter``s, percent-encoded as a browser sends them."""
    words = (letter * 5 + " ") * (length // 6 + 1)
    return urllib.parse.quote(words[:length].strip().ljust(length, letter))


def get(url: str) -> tuple[int, str, str]:
    """(status, content type, body) of a GET, whatever the status."""
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read().decode(errors="replace")


@pytest.mark.parametrize("workers", ["2", "1"], ids=["gunicorn", "waitress"])
def test_the_longest_query_of_any_script_reaches_the_app(collection, workers):
    _, index_dir = collection
    server, url = start_server(index_dir, {"PROJSEARCH_WORKERS": workers})
    try:
        filters = "&country=PL&country=DE&year=2014-2020&programme=Interreg%20Europe&sort=newest&page=1&per_page=5&lang=de"
        for name, letter in WIDE_LETTERS.items():
            status, kind, body = get(f"{url}/api/search?q={long_query(letter, 1000)}{filters}")
            assert (status, kind) == (200, "application/json"), (name, status, body[:300])
            assert json.loads(body)["total"] == 0
            # One character more is the app's own refusal, in the asked language, as JSON.
            status, kind, body = get(f"{url}/api/search?q={long_query(letter, 1001)}{filters}")
            assert (status, kind) == (400, "application/json"), (name, status, body[:300])
            assert json.loads(body)["error"]["message"] == "q ist zu lang: höchstens 1000 Zeichen"
        status, kind, body = get(f"{url}/?q={long_query('漢', 1001)}&lang=fr")
        assert status == 400 and kind.startswith("text/html"), (status, body[:300])
        assert "q est trop long : 1000 caractères au plus" in html.unescape(body)
        log = server_log(server)
    finally:
        stop_server(server)
    assert "Traceback" not in log, log


def test_request_lines_stay_bounded(collection):
    _, index_dir = collection
    server, url = start_server(index_dir, {"PROJSEARCH_WORKERS": str(WORKERS)})
    workers: set[int] = set()
    try:
        workers = workers_of(server)
        status, _, _ = get(f"{url}/api/search?q={'a' * (REQUEST_LINE_LIMIT + 10)}")
        assert status == 414
        assert alive(descendants(server.pid)) == workers
    finally:
        finish(server, workers)
