"""A kill at any file-system step of an indexing run leaves the previous state or the new one,
and the next ordinary run converges to what an uninterrupted run gives.

Crash-point enumeration: the indexer runs in a real subprocess that SIGKILLs itself at the Nth
rename / replace / unlink / fsync (tests/faults/crashpoint.py), for N = 1, 2, ... until a run
gets through; after each kill the index is checked, then indexed again normally.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from indexer.index import commit, store
from indexer.index.pipeline import index_paths

REPO = Path(__file__).resolve().parent.parent
MAX_POINTS = 80  # a bound, far above the steps of these small runs; reaching it is a failure

TEXTS = {
    "alpha.txt": "The alpha project restores wetlands along the Danube in Hungary and Serbia.",
    "bravo.txt": "Bravo trains teachers in rural schools of Portugal with Erasmus+ funding.",
    "charlie.txt": "Charlie builds cycling routes between Polish and Czech border towns.",
}


def snapshot(index_dir: Path) -> dict[str, str]:
    """What a reader opening the index now sees: document id -> sha256."""
    with store.open_index(index_dir).searcher() as searcher:
        return {fields["id"]: fields["sha256"] for fields in searcher.all_stored_fields()}


def manifest_view(index_dir: Path) -> dict[str, str]:
    manifest = commit.load_manifest(store.current_generation(index_dir))
    return {doc_id: entry.sha256 for doc_id, entry in manifest.documents.items()}


@pytest.fixture(scope="module")
def before_and_after(tmp_path_factory):
    """An index of the first state of a tree, the tree changed, and the index an uninterrupted run gives."""
    base = tmp_path_factory.mktemp("crash")
    root = base / "corpus"
    root.mkdir()
    for name, text in TEXTS.items():
        (root / name).write_text(text, encoding="utf-8")
    index_before = base / "before"
    index_paths([root], index_before, workers=1)
    old = snapshot(index_before)
    # The change: one file deleted, one added, one rewritten.
    (root / "bravo.txt").unlink()
    (root / "delta.txt").write_text("Delta maps flood risk for Interreg Europe partner regions.", encoding="utf-8")
    (root / "charlie.txt").write_text(TEXTS["charlie.txt"] + " Bus lines were added in 2019.", encoding="utf-8")
    reference = base / "reference"
    shutil.copytree(index_before, reference, symlinks=True)
    index_paths([root], reference, workers=1)
    new = snapshot(reference)
    assert old != new and set(old) != set(new)
    return root, index_before, old, new


def crash_run(root: Path, index_dir: Path, crash_at: int, log: Path, *extra: str) -> int:
    command = [sys.executable, "-m", "tests.faults.crashpoint", str(crash_at), str(log), "--",
               "index", str(root), "--index", str(index_dir), "--workers", "1", "--json", *extra]
    # Cold workers: each of these runs extracts one or two sentences.
    env = {**os.environ, "PROJSEARCH_WARMUP": "0"}
    return subprocess.run(command, cwd=REPO, env=env, capture_output=True, timeout=120).returncode


def enumerate_crash_points(before_and_after, tmp_path, *extra: str) -> list[str]:
    root, index_before, old, new = before_and_after
    log = tmp_path / "crash.log"
    killed = []
    for crash_at in range(1, MAX_POINTS + 1):
        index_dir = tmp_path / f"index-{crash_at}"
        shutil.copytree(index_before, index_dir, symlinks=True)
        code = crash_run(root, index_dir, crash_at, log, *extra)
        if code != -9:
            assert code == 0, f"the run without a kill failed with exit status {code}"
            assert snapshot(index_dir) == new
            break
        seen = snapshot(index_dir)
        assert seen in (old, new), f"kill at step {crash_at} left a third state: {sorted(seen)}"
        index_paths([root], index_dir, workers=1)
        assert snapshot(index_dir) == new, f"no convergence after a kill at step {crash_at}"
        assert manifest_view(index_dir) == new, f"manifest disagrees with the index after step {crash_at}"
        current = store.current_generation(index_dir).name
        attempts = [gen.name for gen in index_dir.glob("gen-*") if gen.name > current]
        assert not attempts, f"an interrupted rebuild was left behind after step {crash_at}: {attempts}"
        killed.append(log.read_text(encoding="utf-8").splitlines()[-1])
        shutil.rmtree(index_dir)
    else:
        pytest.fail(f"the run did not complete within {MAX_POINTS} crash points")
    assert len(killed) >= 3, killed  # the hook really fired at commit steps
    return killed


def test_a_kill_at_any_step_of_an_incremental_run_converges(before_and_after, tmp_path):
    killed = enumerate_crash_points(before_and_after, tmp_path)
    assert any("manifest." in line for line in killed)


def test_a_kill_at_any_step_of_a_full_rebuild_converges(before_and_after, tmp_path):
    killed = enumerate_crash_points(before_and_after, tmp_path, "--full")
    assert any(".current" in line for line in killed)  # the swap itself was interrupted too


def test_a_manifest_that_lost_its_commit_is_rebuilt_from_the_index(before_and_after, tmp_path):
    """An index from before tagged manifests, or one whose manifest was lost: the index decides."""
    root, index_before, old, new = before_and_after
    index_dir = tmp_path / "index"
    shutil.copytree(index_before, index_dir, symlinks=True)
    generation = store.current_generation(index_dir)
    for path in generation.glob("manifest*.json"):
        path.unlink()
    # A manifest claiming a document the index does not hold, and missing one it does.
    stale = store.Manifest(documents={"ghost.txt": store.ManifestEntry(str(root / "ghost.txt"), str(root), 1, 1, "0" * 64)})
    stale.save(generation / store.MANIFEST)
    assert manifest_view(index_dir) == old
    index_paths([root], index_dir, workers=1)
    assert snapshot(index_dir) == new and manifest_view(index_dir) == new
