"""Killing only the indexer's main process leaves none of its helpers running, and a worker past
--timeout is killed while the indexer lives."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from indexer.documents import Reason
from indexer.index.pipeline import Limits, index_paths

REPO = Path(__file__).resolve().parent.parent


def slow_file(directory: Path) -> Path:
    """About 16 MB of prose-like text: analysing it keeps a worker busy for well over a minute."""
    directory.mkdir()
    rng = random.Random(7)
    words = ["".join(rng.choices("abcdefghijklmnoprstuvz", k=rng.randint(3, 9))) for _ in range(5000)]
    path = directory / "endless.txt"
    with path.open("w", encoding="utf-8") as handle:
        for _ in range(40_000):
            handle.write(" ".join(rng.choices(words, k=60)) + ".\n\n")
    return path


def _state(pid: int) -> str | None:
    """The process state letter, or None when the process is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return None
    return stat.rsplit(")", 1)[1].split()[0]


def descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def alive(pids: set[int]) -> set[int]:
    return {pid for pid in pids if _state(pid) not in (None, "Z")}  # a zombie no longer runs


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc to see the process tree")
def test_killing_the_main_process_leaves_no_worker_running(tmp_path):
    slow_file(tmp_path / "corpus")
    process = subprocess.Popen(
        [sys.executable, "-m", "indexer.cli", "index", str(tmp_path / "corpus"), "--index", str(tmp_path / "index"),
         "--workers", "1", "--timeout", "600"],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    try:
        helpers: set[int] = set()
        deadline = time.monotonic() + 60
        # The fork server, its worker and the resource tracker: wait until a worker is at work.
        workers: set[int] = set()
        while time.monotonic() < deadline and not workers:
            helpers |= descendants(process.pid)
            # A worker is forked by the fork server: a grandchild of the indexer.
            workers = set().union(*(descendants(pid) for pid in helpers))
            time.sleep(0.2)
        assert workers, f"no worker started; saw {helpers}"
        time.sleep(2.0)  # into the analysis, well before it could finish
        helpers |= descendants(process.pid)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
        deadline = time.monotonic() + 10
        while alive(helpers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not alive(helpers), f"still running after the indexer was killed: {sorted(alive(helpers))}"
    finally:
        for pid in alive(descendants(process.pid) | {process.pid}):
            os.kill(pid, signal.SIGKILL)


def test_a_worker_past_the_timeout_is_killed_and_the_file_reported(tmp_path):
    slow_file(tmp_path / "corpus")
    (tmp_path / "corpus" / "short.txt").write_text("A short page about Danube wetlands.", encoding="utf-8")
    report = index_paths([tmp_path / "corpus"], tmp_path / "index", workers=1, limits=Limits(timeout_s=3))
    assert report.added == 1
    assert [(Path(f.file).name, f.reason) for f in report.failed] == [("endless.txt", Reason.TIMEOUT)]
