"""The worker pool: a task that hangs, exhausts memory or kills its process is reported alone."""

from __future__ import annotations

import os
import signal
import time

from indexer.documents import Reason
from indexer.ingest.workers import TaskFailure, WorkerPool


def behave(task: str) -> str:
    if task == "hang":
        time.sleep(60)
    if task == "hog":
        hoard = []
        while True:
            hoard.append(bytearray(64 * 2**20))
    if task == "die":
        os._exit(9)
    if task == "bug":
        raise ValueError("a bug in one stage")
    if task == "ctrl-c":
        os.kill(os.getpid(), signal.SIGINT)  # as the terminal sends it to the whole process group
        time.sleep(0.2)  # the signal is handled while the task goes on
    return task.upper()


def test_failures_are_isolated_and_the_run_goes_on():
    pool = WorkerPool(behave, workers=2, timeout_s=2.0, memory_mb=400)
    results = dict(pool.run(["a", "hang", "b", "hog", "die", "bug", "c"]))

    assert results["a"] == "A" and results["b"] == "B" and results["c"] == "C"
    assert results["hang"] == TaskFailure(Reason.TIMEOUT, "took longer than 2 s")
    assert isinstance(results["hog"], TaskFailure) and results["hog"].reason == Reason.MEMORY
    assert isinstance(results["die"], TaskFailure) and results["die"].reason == Reason.CRASHED
    assert "exit code 9" in results["die"].detail
    assert results["bug"].reason == Reason.CRASHED and "a bug in one stage" in results["bug"].detail


def test_a_worker_carries_on_through_ctrl_c_and_leaves_stopping_to_the_pool(capfd):
    pool = WorkerPool(behave, workers=1, timeout_s=30.0, memory_mb=0)
    assert dict(pool.run(["ctrl-c", "a"])) == {"ctrl-c": "CTRL-C", "a": "A"}
    assert "KeyboardInterrupt" not in capfd.readouterr().err


def test_results_cover_every_task_with_more_tasks_than_workers():
    pool = WorkerPool(behave, workers=2, timeout_s=30.0, memory_mb=0)
    tasks = [f"t{i}" for i in range(25)]
    results = dict(pool.run(tasks))
    assert results == {task: task.upper() for task in tasks}


def test_tasks_queued_behind_a_hung_one_are_run_by_a_new_worker():
    # One worker holding several tasks: the hung one is reported, the ones behind it still run.
    pool = WorkerPool(behave, workers=1, timeout_s=2.0, memory_mb=0, depth=4)
    results = dict(pool.run(["a", "hang", "b", "die", "c", "d"]))
    assert results["hang"].reason == Reason.TIMEOUT and results["die"].reason == Reason.CRASHED
    assert {task: results[task] for task in "abcd"} == {"a": "A", "b": "B", "c": "C", "d": "D"}


def test_at_most_workers_times_depth_tasks_are_taken_ahead(tmp_path):
    taken = []

    def tasks():
        for number in range(40):
            taken.append(number)
            yield f"t{number}"

    pool = WorkerPool(behave, workers=2, timeout_s=30.0, memory_mb=0, depth=3)
    for count, (task, result) in enumerate(pool.run(tasks()), start=1):
        assert result == task.upper()
        assert len(taken) <= count + 2 * 3  # a bounded queue: the rest are not read yet
    assert len(taken) == 40


def runs_where(task: str) -> int:
    if task.startswith("big"):
        time.sleep(0.2)
    return os.getpid()


def test_tasks_are_dealt_out_one_at_a_time_not_piled_on_the_first_worker():
    # Tasks sent to a worker cannot be moved: two tasks on one worker of two would leave the other idle.
    pool = WorkerPool(runs_where, workers=2, timeout_s=30.0, memory_mb=0, depth=4)
    results = dict(pool.run(["a", "b"]))
    assert results["a"] != results["b"]


def test_a_worker_holding_a_costly_task_takes_no_second_one():
    taken = []

    def tasks():
        for name in ("big-a", "big-b", "big-c", "big-d", "small-e", "small-f"):
            taken.append(name)
            yield name

    cost = {"big": 10.0, "small": 1.0}
    pool = WorkerPool(runs_where, workers=2, timeout_s=30.0, memory_mb=0, depth=4,
                      cost=lambda task: cost[task.split("-")[0]], queue_cost=5.0)
    pids = {}
    for count, (task, pid) in enumerate(pool.run(tasks()), start=1):
        pids[task] = pid
        if task.startswith("big"):
            assert len(taken) <= count + 2  # one costly task per worker, nothing queued behind it
    assert len(pids) == 6 and len(set(pids.values())) == 2
