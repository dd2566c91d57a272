"""Extraction and analysis on a Dask distributed cluster; the one whoosh writer stays here.

Files go to the cluster in small batches, at most a few per worker thread at a time, so memory
stays bounded whatever the corpus size. On a cluster worker each batch runs through the same
:class:`WorkerPool` as a local run, in one child process, so the per-file time and memory
limits still hold: a hung or hostile file kills that child, never the Dask worker. A Dask worker
that dies is Dask's to handle: its batches are rescheduled on the others; a batch Dask gives up
on (``KilledWorker``) is split and its files are tried one by one, and a file that still fails
is reported with the reason.

The workers must be able to import this package (the same version) and read the files and the
index's text cache at the same paths as this machine (a shared filesystem).
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from indexer.documents import Reason
from indexer.ingest.workers import TaskFailure, WorkerPool

BATCH = 8  # files per Dask task: fewer round trips, and a lost worker costs little work
IN_FLIGHT_PER_THREAD = 2  # batches queued per worker thread: it never waits for the next one
LOCAL = "local"  # --cluster local[:N]: a LocalCluster of N processes on this machine


class ClusterError(Exception):
    """The cluster cannot be used: unreachable, or its workers cannot run limited child processes."""

    def __init__(self, address: str, message: str) -> None:
        self.address = address
        super().__init__(f"cluster {address}: {message}")


def _run_batch(function: Callable, batch: list, timeout_s: float, memory_mb: int) -> list[tuple[Any, Any]]:
    """On a Dask worker: the batch through a one-process WorkerPool, under the per-file limits."""
    return list(WorkerPool(function, 1, timeout_s, memory_mb).run(batch))


def _may_fork() -> bool:
    return not multiprocessing.current_process().daemon


class ClusterPool:
    """The WorkerPool interface, ``run(tasks)``, with the work done on a Dask cluster."""

    def __init__(self, address: str, function: Callable, timeout_s: float, memory_mb: int,
                 connect_timeout_s: float = 30.0) -> None:
        self.address = address
        self.function = function
        self.timeout_s = timeout_s
        self.memory_mb = memory_mb
        self.connect_timeout_s = connect_timeout_s

    def _connect(self):
        try:
            import dask
            from distributed import Client, LocalCluster
        except ImportError:
            raise ClusterError(self.address, "needs the Dask extra: pip install 'projsearch[cluster]'") from None

        if self.address == LOCAL or self.address.startswith(LOCAL + ":"):
            workers = int(self.address.partition(":")[2] or 0) or None
            # Non-daemonic workers may start the child processes that enforce the per-file limits;
            # the setting stays for the run, since the nanny reads it again to restart a worker.
            self._setting = dask.config.set({"distributed.worker.daemon": False})
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            return Client(cluster), cluster
        try:
            return Client(self.address, timeout=self.connect_timeout_s), None
        except (OSError, TimeoutError) as error:
            raise ClusterError(self.address, f"cannot reach the scheduler ({error})") from None

    def run(self, tasks: Iterable) -> Iterator[tuple[Any, Any]]:
        from distributed import as_completed
        from distributed.scheduler import KilledWorker

        client, cluster = self._connect()
        try:
            if not all(client.run(_may_fork).values()):
                raise ClusterError(self.address, "its workers are daemonic processes and cannot enforce per-file "
                                   "limits; start them with DASK_DISTRIBUTED__WORKER__DAEMON=False")
            threads = max(1, sum(client.nthreads().values()))
            batches: deque[list] = deque()
            batch: list = []
            for task in tasks:
                batch.append(task)
                if len(batch) == BATCH:
                    batches.append(batch)
                    batch = []
            if batch:
                batches.append(batch)
            running = as_completed()
            submitted: dict[Any, list] = {}

            def submit(work: list) -> None:
                future = client.submit(_run_batch, self.function, work, self.timeout_s, self.memory_mb, pure=False)
                submitted[future] = work
                running.add(future)

            while batches and len(submitted) < threads * IN_FLIGHT_PER_THREAD:
                submit(batches.popleft())
            for future in running:
                work = submitted.pop(future)
                try:
                    yield from future.result()
                except KilledWorker as error:
                    if len(work) > 1:
                        batches.extend([task] for task in work)  # find the file, save the others
                    else:
                        yield work[0], TaskFailure(Reason.CRASHED, f"cluster worker died running it ({error})"[:500])
                except Exception as error:  # noqa: BLE001 - a lost connection must not lose the run's other files
                    for task in work:
                        yield task, TaskFailure(Reason.CRASHED, f"cluster task failed: {error!r}"[:500])
                finally:
                    future.release()
                while batches and len(submitted) < threads * IN_FLIGHT_PER_THREAD:
                    submit(batches.popleft())
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
                self._setting.__exit__(None, None, None)
