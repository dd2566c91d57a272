"""The `projsearch` command as a user runs it: a real process, real files, exit codes and JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

PROJSEARCH = [sys.executable, "-m", "indexer.cli"]


def run(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        PROJSEARCH + list(args), capture_output=True, text=True, timeout=timeout, env={**os.environ, **(env or {})}
    )


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "pages").mkdir(parents=True)
    (root / "pages" / "river.html").write_text(
        "<html lang='en'><head><title>Danube river monitoring</title></head><body><main>"
        "<h1>Danube river monitoring</h1><p>Partners measure water quality along the Danube "
        "every month and publish open data for the river basin authorities.</p></main></body></html>",
        encoding="utf-8",
    )
    (root / "pages" / "schools.txt").write_text(
        "Szkoły zawodowe w regionie współpracują z przedsiębiorstwami przy praktykach dla uczniów.",
        encoding="utf-8",
    )
    (root / "empty.txt").write_bytes(b"")
    return root


def test_index_then_search_show_and_status(corpus, tmp_path):
    index_dir = str(tmp_path / "index")
    indexed = run("index", str(corpus), "--index", index_dir, "--json")
    summary = json.loads(indexed.stdout)
    assert indexed.returncode == 3  # one file failed
    assert (summary["added"], summary["updated"], summary["deleted"], summary["unchanged"]) == (2, 0, 0, 0)
    assert [(item["file"].endswith("empty.txt"), item["reason"]) for item in summary["failed"]] == [(True, "empty")]
    assert summary["seconds"] > 0

    found = run("search", "water", "quality", "--index", index_dir, "--json")
    assert found.returncode == 0, found.stderr
    hits = json.loads(found.stdout)["hits"]
    assert [hit["id"] for hit in hits] == ["pages/river.html"]

    text = run("search", "danube", "--index", index_dir)
    assert "Danube river monitoring" in text.stdout and "pages/river.html" in text.stdout

    shown = run("show", "pages/schools.txt", "--index", index_dir, "--json")
    record = json.loads(shown.stdout)
    assert record["id"] == "pages/schools.txt"
    for key in ("programmes", "years", "countries", "languages"):
        assert isinstance(record[key], list)
    assert "pl" in record["languages"]

    status = run("status", "--index", index_dir, "--json")
    report = json.loads(status.stdout)
    assert report["documents"] == 2
    assert report["kind"] == {"page": 2}
    assert [item["reason"] for item in report["failed"]] == ["empty"]
    assert "empty" in run("status", "--index", index_dir).stdout


def test_index_location_from_environment(corpus, tmp_path):
    index_dir = tmp_path / "from-env"
    run("index", str(corpus / "pages"), env={"PROJSEARCH_INDEX": str(index_dir)})
    assert (index_dir / "current").is_symlink()
    assert json.loads(run("status", "--json", env={"PROJSEARCH_INDEX": str(index_dir)}).stdout)["documents"] == 2


def test_usage_errors_exit_2_and_missing_index_exits_1(tmp_path):
    assert run("index").returncode == 2
    assert run("index", str(tmp_path / "does-not-exist")).returncode == 2
    assert run("search", "x", "--limit", "0").returncode == 2
    missing = run("search", "x", "--index", str(tmp_path / "nothing"))
    assert missing.returncode == 1
    assert "no index here yet" in missing.stderr and "Traceback" not in missing.stderr


def test_show_unknown_id(corpus, tmp_path):
    index_dir = str(tmp_path / "index")
    run("index", str(corpus / "pages"), "--index", index_dir)
    shown = run("show", "no/such.pdf", "--index", index_dir)
    assert shown.returncode == 1 and "no document with id" in shown.stderr


def test_remove_deletes_by_id(corpus, tmp_path):
    index_dir = str(tmp_path / "index")
    run("index", str(corpus / "pages"), "--index", index_dir)
    assert run("remove", "river.html", "--index", index_dir).returncode == 0
    assert json.loads(run("status", "--index", index_dir, "--json").stdout)["documents"] == 1
    assert run("remove", "river.html", "--index", index_dir).returncode == 1


QUICK = {"PROJSEARCH_WARMUP": "0"}  # a few small text files: a cold worker is faster


def index_run(folder: Path, index_dir: Path) -> subprocess.CompletedProcess:
    return run("index", str(folder), "--index", str(index_dir), env=QUICK)


def status_failures(index_dir: Path) -> list[tuple[str, str]]:
    report = json.loads(run("status", "--index", str(index_dir), "--json").stdout)
    return [(item["file"], item["reason"]) for item in report["failed"]]


def test_a_folder_indexed_later_keeps_its_hands_off_the_ids_of_another(tmp_path):
    alpha, beta, index_dir = tmp_path / "A", tmp_path / "B", tmp_path / "I"
    alpha.mkdir(), beta.mkdir()
    (alpha / "notes.txt").write_text("Alpha project with partners in Poland.", encoding="utf-8")
    (beta / "notes.txt").write_text("Beta project with partners in Austria.", encoding="utf-8")
    assert index_run(alpha, index_dir).returncode == 0
    second = index_run(beta, index_dir)
    assert second.returncode == 3, second.stdout
    assert "0 updated" in second.stdout and "1 failed (1 new)" in second.stdout
    assert f"FAILED {beta / 'notes.txt'}: duplicate-id - id 'notes.txt' is already used by {alpha / 'notes.txt'}" \
        in second.stdout
    third = index_run(beta, index_dir)
    assert third.returncode == 0 and f"still failing {beta / 'notes.txt'}: duplicate-id" in third.stdout
    assert status_failures(index_dir) == [(str(beta / "notes.txt"), "duplicate-id")]
    found = run("search", "poland", "--index", str(index_dir))
    assert "1 result" in found.stdout and "notes.txt" in found.stdout
    assert "0 results" in run("search", "austria", "--index", str(index_dir)).stdout


def test_a_broken_link_is_new_once_then_still_failing_and_listed_by_status(tmp_path):
    folder, index_dir = tmp_path / "dl", tmp_path / "X"
    folder.mkdir()
    (folder / "a.txt").write_text("A project in Spain with partners from Portugal.", encoding="utf-8")
    (folder / "gone.pdf").symlink_to(tmp_path / "nonexistent")
    runs = [index_run(folder, index_dir) for _ in range(4)]
    assert [done.returncode for done in runs] == [3, 0, 0, 0]
    assert all(f"still failing {folder / 'gone.pdf'}: unreadable - broken symbolic link" in done.stdout
               for done in runs[1:])
    assert status_failures(index_dir) == [(str(folder / "gone.pdf"), "unreadable")]
    (folder / "gone.pdf").unlink()
    assert index_run(folder, index_dir).returncode == 0
    assert status_failures(index_dir) == []


HOLD_LOCK = """
import filelock, sys, time
lock = filelock.FileLock(sys.argv[1]); lock.acquire()
print("held", flush=True); time.sleep(float(sys.argv[2])); lock.release()
"""


def hold_lock(index_dir: Path, seconds: float) -> subprocess.Popen:
    index_dir.mkdir(parents=True, exist_ok=True)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(index_dir / "write.lock"), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout.readline().strip() == "held"
    return holder


def test_second_writer_gives_up_with_a_message_naming_the_lock(corpus, tmp_path):
    index_dir = tmp_path / "index"
    holder = hold_lock(index_dir, 30)
    try:
        blocked = run("index", str(corpus / "pages"), "--index", str(index_dir), "--lock-timeout", "1")
    finally:
        holder.kill()
        holder.communicate()
    assert blocked.returncode == 1
    assert str(index_dir / "write.lock") in blocked.stderr and "another `projsearch index`" in blocked.stderr


def test_second_writer_waits_for_the_first(corpus, tmp_path):
    index_dir = tmp_path / "index"
    holder = hold_lock(index_dir, 2)
    started = time.monotonic()
    waited = run("index", str(corpus / "pages"), "--index", str(index_dir), "--lock-timeout", "60", "--json")
    holder.communicate()
    assert waited.returncode == 0, waited.stderr
    assert json.loads(waited.stdout)["added"] == 2
    assert time.monotonic() - started >= 1.5


@pytest.mark.parametrize(("name", "value", "message"), [
    ("PROJSEARCH_PER_PAGE", "ten", "PROJSEARCH_PER_PAGE: 'ten' is not a whole number"),
    ("PROJSEARCH_SEARCH_TIME_LIMIT", "soon", "PROJSEARCH_SEARCH_TIME_LIMIT: 'soon' is not a number"),
    ("PROJSEARCH_WIDGET_ORIGINS", "https://partner.example/search", "'https://partner.example/search' is not an origin"),
])
def test_serve_with_a_bad_setting_stops_with_one_line_naming_it(tmp_path, name, value, message):
    result = run("serve", "--index", str(tmp_path / "index"), "--port", "1", env={name: value}, timeout=60)
    assert result.returncode == 1
    assert message in result.stderr and "Traceback" not in result.stderr
