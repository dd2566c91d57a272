"""A second writer says that it waits for the lock, and for how long at most."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import filelock

from indexer.index import store

REPO = Path(__file__).resolve().parent.parent


def test_a_second_writer_says_it_waits_then_gives_up_cleanly(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "page.txt").write_text("Wetlands along the Danube.", encoding="utf-8")
    index_dir = tmp_path / "index"
    index_dir.mkdir()
    held = filelock.FileLock(str(index_dir / store.LOCK))
    with held:
        done = subprocess.run(
            [sys.executable, "-m", "indexer.cli", "index", str(root), "--index", str(index_dir), "--lock-timeout", "1.5"],
            cwd=REPO, capture_output=True, text=True, timeout=60,
        )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert lines[0] == f"projsearch: another indexer is writing {index_dir}; waiting up to 1.5 s for it to finish"
    assert "gave up after 1.5 s" in lines[-1] and "Traceback" not in done.stderr
