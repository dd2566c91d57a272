"""Run one function over many tasks in worker processes, each task under a time and memory limit.

concurrent.futures cannot stop one hung task, and pdfminer can hang on a hostile PDF, so each
worker is our own process with its own pipe: a task past its deadline gets its worker killed and
replaced, and the run goes on.
"""

from __future__ import annotations

import multiprocessing
import resource
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Generic, TypeVar

from indexer.documents import Reason
from indexer.ingest import orphans

T = TypeVar("T")
R = TypeVar("R")

# forkserver: forks from a small clean server process, so starting or replacing a worker is cheap
# and never inherits the parent's threads or open index files.
_CONTEXT = multiprocessing.get_context("forkserver")


@dataclass(frozen=True)
class TaskFailure:
    """A task the worker could not finish: a Reason code and a human-readable detail."""

    reason: str
    detail: str


def _worker_main(conn: Connection, function: Callable, memory_mb: int) -> None:
    orphans.die_with_parent()
    if memory_mb > 0:
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        try:
            result = function(task)
        except MemoryError:
            result = TaskFailure(Reason.MEMORY, f"needed more than {memory_mb} MB")
        except Exception as exc:  # noqa: BLE001 - a bug in one stage must not stop the run
            detail = "".join(traceback.format_exception_only(exc)).strip()
            result = TaskFailure(Reason.CRASHED, detail[:500])
        try:
            conn.send(result)
        except MemoryError:
            conn.send(TaskFailure(Reason.MEMORY, f"needed more than {memory_mb} MB"))


class _Worker:
    def __init__(self, function: Callable, memory_mb: int) -> None:
        self.conn, child = _CONTEXT.Pipe()
        self.process = _CONTEXT.Process(target=_worker_main, args=(child, function, memory_mb), daemon=True)
        self.process.start()
        child.close()
        self.task: object | None = None
        self.deadline = 0.0

    def give(self, task: object, timeout_s: float) -> None:
        self.task = task
        self.deadline = time.monotonic() + timeout_s
        self.conn.send(task)

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                pass
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def preload(modules: list[str]) -> None:
    """Modules the fork server imports once, so that every worker forks with them loaded."""
    _CONTEXT.set_forkserver_preload(modules)


class WorkerPool(Generic[T, R]):
    """``run(tasks)`` yields ``(task, result_or_TaskFailure)`` in completion order."""

    def __init__(self, function: Callable[[T], R], workers: int, timeout_s: float, memory_mb: int) -> None:
        self.function = function
        self.size = max(1, workers)
        self.timeout_s = timeout_s
        self.memory_mb = memory_mb

    def run(self, tasks: Iterable[T]) -> Iterator[tuple[T, R | TaskFailure]]:
        pending = deque(tasks)
        idle: list[_Worker] = []
        busy: dict[Connection, _Worker] = {}
        try:
            while pending or busy:
                while pending and len(busy) < self.size:
                    worker = idle.pop() if idle else _Worker(self.function, self.memory_mb)
                    worker.give(pending.popleft(), self.timeout_s)
                    busy[worker.conn] = worker
                nearest = min(worker.deadline for worker in busy.values())
                ready = wait(list(busy), timeout=max(0.0, nearest - time.monotonic()))
                for conn in ready:
                    worker = busy.pop(conn)
                    try:
                        result = conn.recv()
                    except (EOFError, OSError):
                        worker.process.join(timeout=5)
                        code = worker.process.exitcode
                        worker.stop(kill=True)
                        yield worker.task, TaskFailure(Reason.CRASHED, f"worker process died (exit code {code})")
                        continue
                    idle.append(worker)
                    yield worker.task, result
                now = time.monotonic()
                for conn, worker in list(busy.items()):
                    if worker.deadline <= now:
                        del busy[conn]
                        worker.stop(kill=True)
                        yield worker.task, TaskFailure(Reason.TIMEOUT, f"took longer than {self.timeout_s:g} s")
        finally:
            for worker in idle:
                worker.stop()
            for worker in busy.values():
                worker.stop(kill=True)
