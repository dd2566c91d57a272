"""Extraction on a real Dask LocalCluster: the same index as a local run, nothing lost to a dead worker.

The cluster runs worker processes (processes=True), as a real cluster does: tasks and results
cross process boundaries pickled, and a worker can be killed from outside like a lost machine.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import dask
import pytest
from distributed import Client, LocalCluster

from indexer.documents import Reason
from indexer.index import store
from indexer.index.cluster import ClusterError, ClusterPool
from indexer.index.pipeline import index_paths
from indexer.ingest.workers import TaskFailure

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture(scope="module")
def local_cluster():
    # For the cluster's whole life: the nanny reads it again when it restarts a killed worker.
    with dask.config.set({"distributed.worker.daemon": False}):
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        try:
            yield cluster
        finally:
            cluster.close()


def stored(index_dir: Path) -> dict[str, dict]:
    with store.open_index(index_dir).searcher() as searcher:
        return {fields["id"]: fields for fields in searcher.all_stored_fields()}


def comparable(fields: dict) -> dict:
    record = json.loads(fields["record"])
    return {**fields, "record": record}


def test_cluster_run_gives_the_same_index_as_a_local_run(tmp_path, local_cluster):
    local = index_paths([CORPUS], tmp_path / "local", workers=2)
    remote = index_paths([CORPUS], tmp_path / "cluster", cluster=local_cluster.scheduler_address)

    assert (remote.added, remote.updated, remote.deleted) == (local.added, local.updated, local.deleted)
    assert local.added > 20
    assert sorted(remote.failed) == sorted(local.failed)  # the same files fail, for the same reasons
    local_docs, remote_docs = stored(tmp_path / "local"), stored(tmp_path / "cluster")
    assert remote_docs.keys() == local_docs.keys()
    for doc_id, fields in local_docs.items():
        assert comparable(remote_docs[doc_id]) == comparable(fields), doc_id


def slow_upper(task: str) -> str:
    if task == "hang":
        time.sleep(60)
    if task == "die":
        os._exit(9)
    time.sleep(0.05)
    return task.upper()


def test_per_file_limits_hold_on_the_cluster(local_cluster):
    # The clock of a batch's first file includes starting its child process: ample on a busy machine.
    pool = ClusterPool(local_cluster.scheduler_address, slow_upper, timeout_s=15.0, memory_mb=0)
    results = dict(pool.run(["a", "hang", "b", "die", "c"]))

    assert results["a"] == "A" and results["b"] == "B" and results["c"] == "C"
    assert results["hang"] == TaskFailure(Reason.TIMEOUT, "took longer than 15 s")
    assert results["die"].reason == Reason.CRASHED and "exit code 9" in results["die"].detail


def test_a_worker_killed_mid_run_loses_no_file(local_cluster):
    tasks = [f"t{number:03d}" for number in range(120)]
    with Client(local_cluster.scheduler_address) as client:
        victim = next(iter(client.run(os.getpid).values()))
    pool = ClusterPool(local_cluster.scheduler_address, slow_upper, timeout_s=30.0, memory_mb=0)
    results = {}
    for task, result in pool.run(tasks):
        results[task] = result
        if len(results) == 10:
            os.kill(victim, signal.SIGKILL)  # like a machine lost halfway through the run

    assert results.keys() == set(tasks)
    lost = {task: result for task, result in results.items() if result != task.upper()}
    # Dask reschedules the dead worker's batches; anything it gave up on is reported, with why.
    assert all(isinstance(result, TaskFailure) and result.reason == Reason.CRASHED and result.detail
               for result in lost.values())
    assert len(lost) < len(tasks) // 2


def test_unreachable_scheduler_is_a_clear_error():
    pool = ClusterPool("tcp://127.0.0.1:9", slow_upper, timeout_s=5.0, memory_mb=0, connect_timeout_s=2.0)
    with pytest.raises(ClusterError, match="cannot reach the scheduler"):
        list(pool.run(["a"]))


def test_cli_cluster_from_the_environment_indexes_on_a_local_cluster(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The partners restore wetlands along the Danube and train rangers.", encoding="utf-8")
    (corpus / "b.txt").write_text("Das Projekt schult Lehrkräfte in digitalen Methoden für den Unterricht.",
                                  encoding="utf-8")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    completed = subprocess.run(
        [sys.executable, "-m", "indexer.cli", "index", str(corpus), "--index", str(tmp_path / "index"), "--json"],
        capture_output=True, text=True, timeout=180, env={**os.environ, "PROJSEARCH_CLUSTER": "local:1"},
    )
    assert completed.returncode == 3, completed.stderr[-2000:]  # one file failed, and is listed
    report = json.loads(completed.stdout)
    assert report["added"] == 2
    assert [(f["file"].rsplit("/", 1)[-1], f["reason"]) for f in report["failed"]] == [("empty.txt", Reason.EMPTY)]
    assert set(stored(tmp_path / "index")) == {"a.txt", "b.txt"}
