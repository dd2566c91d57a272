"""A full disk under the index gives one clear line and leaves the index as it was; a full disk
under the text cache costs only the caching.

The full disk is real: a small tmpfs mounted by the test (needs root, as in CI)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from indexer.index import store
from indexer.index.pipeline import index_paths
from tests import pdfgen

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"


def _can_mount() -> str | None:
    if os.geteuid() != 0:
        return "mounting a size-limited tmpfs needs root"
    if shutil.which("mount") is None:
        return "no mount command"
    return None


pytestmark = pytest.mark.skipif(_can_mount() is not None, reason=str(_can_mount()))


@contextmanager
def small_disk(mount_point: Path, size: str):
    mount_point.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount_point)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(disk: Path, leave_bytes: int) -> Path:
    """Fill ``disk`` until about ``leave_bytes`` are free."""
    filler = disk / "filler"
    free = shutil.disk_usage(disk).free
    with filler.open("wb") as handle:
        handle.write(b"\0" * max(0, free - leave_bytes))
    return filler


def index_cli(index_dir: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "indexer.cli", "index", str(CORPUS / "pages"), "--index", str(index_dir),
         "--workers", "2", *extra],
        cwd=REPO, capture_output=True, text=True, timeout=300,
    )


def test_a_full_index_disk_gives_one_line_naming_enospc_and_keeps_the_index(tmp_path):
    with small_disk(tmp_path / "disk", "4m") as disk:
        index_dir = disk / "index"
        fill(disk, 64 * 1024)
        first = index_cli(index_dir)
        assert first.returncode == 1, first.stderr
        message = first.stderr.strip().splitlines()[-1]
        assert "Traceback" not in first.stderr and "ENOSPC" in message, first.stderr
        assert message.startswith(f"projsearch: {index_dir}") or str(disk) in message
        assert not list(index_dir.glob("gen-*")), "the attempted generation stayed on the full disk"
        (disk / "filler").unlink()
        second = index_cli(index_dir, "--json")
        assert second.returncode == 0, second.stderr
        report = json.loads(second.stdout)
        with store.open_index(index_dir).searcher() as searcher:
            assert searcher.doc_count() == report["added"] >= 30 and not report["failed"]


def test_a_full_cache_disk_does_not_fail_files(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    for number in range(3):  # reports: only extractions dearer than the cache are cached
        pdfgen.text_pdf(root / f"report{number}.pdf", [[f"Report {number} about wetlands along the Danube."]])
    index_dir = tmp_path / "index"
    with small_disk(index_dir / "cache", "256k") as cache:
        fill(cache, 0)
        report = index_paths([root], index_dir, workers=1)
        assert report.added == 3 and not report.failed
        (cache / "filler").unlink()
        pdfgen.text_pdf(root / "report0.pdf", [["Report zero now about Alpine lakes."]])
        again = index_paths([root], index_dir, workers=1)
        assert again.updated == 1 and not again.failed
        assert list(cache.rglob("*.json.gz")), "with space again, the cache is written"
