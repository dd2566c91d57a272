"""Searching goes on while the index changes: 16 clients over real HTTP against `projsearch serve`
while full rebuilds and incremental runs alternate. Zero failed requests; every answer is the
state before a run or after it. Bounded: a small collection and four runs."""

from __future__ import annotations

import json
import shutil
import threading
import urllib.request
from pathlib import Path

from indexer.index.pipeline import index_paths
from tests.conftest import server_log, start_server, stop_server

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "pages"
CLIENTS = 16
MARKER = "Zygomorphic"  # a word only the file that comes and goes holds


def test_searches_during_rebuilds_and_updates_never_fail(tmp_path):
    root = tmp_path / "corpus"
    shutil.copytree(CORPUS, root)
    extra = root / "soak-extra.txt"
    index_dir = tmp_path / "index"
    base = index_paths([root], index_dir, workers=1)
    documents = base.added
    process, url = start_server(index_dir)
    stop = threading.Event()
    answers: list[tuple[int, int]] = []  # (total for everything, total for the marker), one pair per client loop
    failures: list[str] = []

    def client() -> None:
        while not stop.is_set():
            try:
                totals = []
                for query in ("", MARKER):
                    with urllib.request.urlopen(f"{url}/api/search?q={query}&per_page=1", timeout=30) as response:
                        totals.append(json.load(response)["total"])
                answers.append((totals[0], totals[1]))
            except Exception as error:  # noqa: BLE001 - every failure is counted, whatever it is
                failures.append(repr(error))

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    try:
        for thread in threads:
            thread.start()
        for run in range(4):
            if run % 2:
                extra.unlink()
            else:
                extra.write_text(f"{MARKER} flowers in a Danube meadow.", encoding="utf-8")
            index_paths([root], index_dir, workers=1, full=run in (0, 3))
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=60)
        log = server_log(process)
        stop_server(process)
    errors = [line for line in log.splitlines() if "waitress.queue" not in line]  # queue depth is noise here
    assert not failures, (failures[:5], "\n".join(errors[-80:]))  # the server's traceback says why
    assert len(answers) >= 4 * CLIENTS
    # Each answer is the state before a run or after it, with or without the coming file, never
    # one in between (the two searches of a pair may see different states: they are two requests).
    assert {everything for everything, _ in answers} <= {documents, documents + 1}
    assert {marked for _, marked in answers} == {0, 1}
