"""Ctrl-C during `projsearch index`: one line, exit status 130, the index as it was, and the next
run picks up what the workers had extracted. A real process group gets a real SIGINT."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import filelock

from indexer.index import commit, store
from tests import pdfgen

REPO = Path(__file__).resolve().parent.parent
PROJSEARCH = [sys.executable, "-m", "indexer.cli"]
QUICK = {**os.environ, "PROJSEARCH_WARMUP": "0"}
WORDS = ["project", "partners", "region", "cooperation", "training", "river", "energy", "schools", "network"]


def reports(folder: Path, count: int = 40) -> None:
    """Reports of twelve pages each: reading them all with one worker takes far longer than the test
    waits before pressing Ctrl-C."""
    rng = random.Random(11)
    for number in range(count):
        pages = [[" ".join(rng.choices(WORDS, k=9)) + f" {number} {page} {line}." for line in range(15)]
                 for page in range(12)]
        pdfgen.text_pdf(folder / f"report-{number:02d}.pdf", pages)


def cache_entries(index_dir: Path) -> dict[str, int]:
    return {str(path): path.stat().st_mtime_ns for path in (index_dir / "cache").rglob("*.json.gz")}


def indexed(index_dir: Path) -> tuple[set[str], dict]:
    with store.open_index(index_dir).searcher() as searcher:
        ids = {fields["id"] for fields in searcher.all_stored_fields()}
    return ids, commit.load_manifest(store.current_generation(index_dir)).documents


def index(folder: Path, index_dir: Path, **popen) -> subprocess.Popen:
    return subprocess.Popen(PROJSEARCH + ["index", str(folder), "--index", str(index_dir), "--workers", "1", "--no-ocr"],
                            cwd=REPO, env=QUICK, text=True, **popen)


def test_ctrl_c_stops_the_run_with_one_line_and_leaves_the_index_as_it_was(tmp_path):
    folder, index_dir = tmp_path / "reports", tmp_path / "index"
    folder.mkdir()
    (folder / "summary.txt").write_text("Summary of the cross-border river project and its partners.", encoding="utf-8")
    assert index(folder, index_dir, stdout=subprocess.DEVNULL).wait(timeout=120) == 0
    before = indexed(index_dir)
    reports(folder)

    running = index(folder, index_dir, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while not cache_entries(index_dir) and running.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)  # until the first report has been read: the workers are at work
        assert cache_entries(index_dir) and running.poll() is None, "the run was not under way"
        os.killpg(running.pid, signal.SIGINT)  # what the terminal sends on Ctrl-C
        out, err = running.communicate(timeout=60)
    finally:
        if running.poll() is None:
            os.killpg(running.pid, signal.SIGKILL)
    assert running.returncode == 130, err
    assert "Traceback" not in err and "Aborted" not in err
    assert [line for line in err.splitlines() if line.strip()] == [
        "projsearch: interrupted; nothing was committed, the index is as it was "
        "(text extracted so far is kept in the cache for the next run)"]
    assert indexed(index_dir) == before
    cached = cache_entries(index_dir)
    assert 1 <= len(cached) < 40

    again = index(folder, index_dir, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert "40 added" in out and "1 unchanged" in out
    assert indexed(index_dir)[0] == before[0] | {f"report-{number:02d}.pdf" for number in range(40)}
    after = cache_entries(index_dir)
    assert len(after) == 40
    assert {path: after[path] for path in cached} == cached  # read from the cache, not written again


def test_ctrl_c_in_another_command_is_one_line_and_exit_status_130(tmp_path):
    # `remove` waits for the writer lock another process holds; Ctrl-C while it waits.
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "page.txt").write_text("Wetlands along the Danube, a project of two towns.", encoding="utf-8")
    index_dir = tmp_path / "index"
    subprocess.run([*PROJSEARCH, "index", str(root), "--index", str(index_dir)], cwd=REPO, env=QUICK, check=True,
                   capture_output=True, timeout=120)
    before = indexed(index_dir)
    with filelock.FileLock(str(index_dir / store.LOCK)):
        process = subprocess.Popen([*PROJSEARCH, "remove", "page.txt", "--index", str(index_dir)], cwd=REPO, env=QUICK,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
        deadline = time.monotonic() + 60
        waiting = ""
        while "waiting" not in waiting and time.monotonic() < deadline:
            waiting += process.stderr.readline()
        assert "waiting" in waiting, waiting
        os.killpg(process.pid, signal.SIGINT)
        _, rest = process.communicate(timeout=60)
    assert process.returncode == 130
    assert rest.strip().splitlines()[-1] == "projsearch: interrupted"
    assert "Traceback" not in rest and "Aborted" not in rest
    assert indexed(index_dir) == before
