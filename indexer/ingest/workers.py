"""Run one function over many tasks in worker processes, each task under a time and memory limit.

concurrent.futures cannot stop one hung task, and pdfminer can hang on a hostile PDF, so each
worker is our own process with its own pipe: a task past its deadline gets its worker killed and
replaced, and the run goes on.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver
import resource
import signal
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Generic, TypeVar

from indexer.documents import LibraryWarning, Reason
from indexer.ingest import orphans

T = TypeVar("T")
R = TypeVar("R")

# forkserver: forks from a small clean server process, so starting or replacing a worker is cheap
# and never inherits the parent's threads or open index files.
_CONTEXT = multiprocessing.get_context("forkserver")

QUEUE_BYTES = 256 * 1024
"""For files as tasks: a worker takes another file while the ones it holds are smaller than this.
Small pages keep it busy across the round trips to the writer; a report is long enough on its own,
and a second one queued behind it could leave another worker idle at the end of the run."""


@dataclass(frozen=True)
class TaskFailure:
    """A task the worker could not finish: a Reason code and a human-readable detail."""

    reason: str
    detail: str
    warnings: tuple[LibraryWarning, ...] = ()


def _worker_main(conn: Connection, function: Callable, memory_mb: int) -> None:
    orphans.die_with_parent()
    _ignore_interrupts()
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


def _ignore_interrupts() -> None:
    """Ctrl-C reaches the whole process group: the parent stops its workers itself, so a worker
    carries on instead of dying with a KeyboardInterrupt traceback. A handler that does nothing,
    not SIG_IGN: a Tesseract the worker runs gets the default back on exec and stops at Ctrl-C."""
    signal.signal(signal.SIGINT, _carry_on)


def _carry_on(signum, frame) -> None:
    pass


class _Worker:
    """One process and the tasks sent to it, oldest (the one it is running) first."""

    def __init__(self, function: Callable, memory_mb: int) -> None:
        self.conn, child = _CONTEXT.Pipe()
        self.process = _CONTEXT.Process(target=_worker_main, args=(child, function, memory_mb), daemon=True)
        self.process.start()
        child.close()
        self.tasks: deque[object] = deque()
        self.deadline = 0.0

    def give(self, task: object, timeout_s: float) -> None:
        if not self.tasks:
            self.deadline = time.monotonic() + timeout_s
        self.tasks.append(task)
        self.conn.send(task)

    def finished(self, timeout_s: float) -> object:
        """The task whose result just arrived; the next one starts its clock now."""
        task = self.tasks.popleft()
        self.deadline = time.monotonic() + timeout_s
        return task

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


def start_early() -> None:
    """Start the fork server now, so that it imports and warms the stages while the caller is
    still listing its files, instead of the first worker waiting for it."""
    multiprocessing.forkserver.ensure_running()


def preload(modules: list[str]) -> None:
    """Modules the fork server imports once, so that every worker forks with them loaded."""
    _CONTEXT.set_forkserver_preload(modules)


class WorkerPool(Generic[T, R]):
    """``run(tasks)`` yields ``(task, result_or_TaskFailure)`` in completion order.

    Each worker holds up to ``depth`` tasks, so it starts the next file while the parent is still
    writing the last result: neither side waits for the other. At most ``workers * depth`` tasks
    are in flight, whatever the number of tasks, so memory stays bounded.

    A task sent to a worker cannot be taken back, so queueing several long ones on one worker
    would leave the others idle at the end of the run: with ``cost`` (e.g. a file's size) a
    worker only takes another task while what it holds costs less than ``queue_cost``, and tasks
    go one at a time to the worker holding the least.
    """

    def __init__(self, function: Callable[[T], R], workers: int, timeout_s: float, memory_mb: int,
                 depth: int = 4, cost: Callable[[T], float] | None = None, queue_cost: float = 0.0) -> None:
        self.function = function
        self.size = max(1, workers)
        self.timeout_s = timeout_s
        self.memory_mb = memory_mb
        self.depth = max(1, depth)
        self.cost = cost
        self.queue_cost = queue_cost

    def _held(self, worker: _Worker) -> float:
        return sum(map(self.cost, worker.tasks)) if self.cost else 0.0

    def _takes_more(self, worker: _Worker) -> bool:
        if len(worker.tasks) >= self.depth:
            return False
        return not worker.tasks or self.cost is None or self._held(worker) < self.queue_cost

    def run(self, tasks: Iterable[T]) -> Iterator[tuple[T, R | TaskFailure]]:
        pending: deque = deque()
        source = iter(tasks)
        workers: dict[Connection, _Worker] = {}

        def refill() -> None:
            # A task queued behind one that hung or crashed never started: it goes back first.
            while len(workers) < self.size and (pending or _peek(source, pending)):
                worker = _Worker(self.function, self.memory_mb)
                workers[worker.conn] = worker
            while True:
                open_workers = [worker for worker in workers.values() if self._takes_more(worker)]
                if not open_workers or not (pending or _peek(source, pending)):
                    return
                least = min(open_workers, key=lambda w: (len(w.tasks), self._held(w)))
                least.give(pending.popleft(), self.timeout_s)

        def lose(worker: _Worker) -> object:
            del workers[worker.conn]
            worker.stop(kill=True)
            first = worker.tasks.popleft()
            pending.extendleft(reversed(worker.tasks))
            return first

        try:
            refill()
            while any(worker.tasks for worker in workers.values()):
                busy = [worker for worker in workers.values() if worker.tasks]
                nearest = min(worker.deadline for worker in busy)
                ready = wait([worker.conn for worker in busy], timeout=max(0.0, nearest - time.monotonic()))
                for conn in ready:
                    worker = workers[conn]
                    try:
                        result = conn.recv()
                    except (EOFError, OSError):
                        worker.process.join(timeout=5)
                        code = worker.process.exitcode
                        yield lose(worker), TaskFailure(Reason.CRASHED, f"worker process died (exit code {code})")
                        continue
                    yield worker.finished(self.timeout_s), result
                now = time.monotonic()
                for worker in list(workers.values()):
                    if worker.tasks and worker.deadline <= now:
                        yield lose(worker), TaskFailure(Reason.TIMEOUT, f"took longer than {self.timeout_s:g} s")
                refill()
        finally:
            for worker in workers.values():
                worker.stop(kill=bool(worker.tasks))


def _peek(source: Iterator, pending: deque) -> bool:
    """Move one task from the iterator to ``pending``; False when there are no more."""
    for task in source:
        pending.append(task)
        return True
    return False
