"""Serving the app: gunicorn's pre-forked worker processes, or waitress in this one process.

One Python process runs the CPU work of one request at a time (the interpreter lock), and a
search is almost all CPU work, so a single process keeps every core but one idle while clients
queue behind each other. With ``workers > 1`` gunicorn's arbiter forks that many processes that
accept on one listening socket, each with its own threads (``gthread``), its own searchers and
caches (``indexer.search.searchers`` keeps them per process), and its own check of the index
version on every request, so a swapped-in rebuild reaches every worker without a restart.
``workers == 1``, or a system without ``fork``, serves with waitress as before.
"""

from __future__ import annotations

import os
from pathlib import Path

from flask import Flask

from indexer.search.request import MAX_TEXT_CHARS

# The longest request line a search may need: its words at the longest the search layer takes,
# each character percent-encoded from four UTF-8 bytes ("%F0%9D%94%B8"), plus room for the rest
# of the line (method, path, filters, language, page, "HTTP/1.1") as large as gunicorn's own
# default for a whole line. Past it the server refuses the request itself, so the line stays bounded.
ENCODED_CHAR_BYTES = 12
OTHER_PARAMETERS_BYTES = 4094
REQUEST_LINE_LIMIT = MAX_TEXT_CHARS * ENCODED_CHAR_BYTES + OTHER_PARAMETERS_BYTES

# A request is bounded by SEARCH_TIME_LIMIT (5 s by default): past this, a stopping worker is killed.
GRACEFUL_STOP_S = 10
THREADS_PER_WORKER = 4


def default_workers() -> int:
    """One worker per core this process may run on (its CPU affinity, where the system tells it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def can_fork_workers() -> bool:
    """gunicorn needs fork() and POSIX signals: not on Windows."""
    if not hasattr(os, "fork"):
        return False
    try:
        import gunicorn  # noqa: F401
    except ImportError:
        return False
    return True


def bind_address(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def serve(index_dir: Path | str, host: str = "127.0.0.1", port: int = 5000, threads: int = THREADS_PER_WORKER,
          workers: int | None = None) -> None:
    """Serve the web UI until interrupted: ``workers`` processes (one per core when None) of ``threads`` each."""
    from webui import create_app, warmup

    # Built before any fork, so a bad setting (a malformed WIDGET_ORIGINS) stops the start-up once, here.
    app = create_app({"INDEX_DIR": Path(index_dir)})
    # Before the fork, so every worker inherits it; the index is opened in each (see webui.warmup).
    warmup.warm_app(app)
    count = default_workers() if workers is None else workers
    forking = count > 1 and can_fork_workers()
    kind = f"gunicorn, {count} worker processes of {threads} threads" if forking else f"waitress, {threads} threads"
    print(f"projsearch: serving {Path(index_dir).resolve()} on http://{bind_address(host, port)}/ ({kind})", flush=True)
    if forking:
        _serve_forked(app, host, port, threads, count)
    else:
        import waitress

        warmup.warm_index(app, threads)
        waitress.serve(app, host=host, port=port, threads=threads, ident="projsearch")


def allow_request_line(limit: int) -> None:
    """Let gunicorn's parser take request lines of up to ``limit`` bytes.

    gunicorn clamps ``limit_request_line`` to a module constant (8190 bytes) whatever it is set
    to; a thousand Chinese characters percent-encoded already take 9000. The parser reads that
    constant for every request, so raising it here, before the fork, reaches every worker.
    """
    from gunicorn.http import message

    message.MAX_REQUEST_LINE = max(message.MAX_REQUEST_LINE, limit)


def _serve_forked(app: Flask, host: str, port: int, threads: int, workers: int) -> None:
    from gunicorn.app.base import BaseApplication

    from webui import warmup

    def open_index_first(arbiter: object, worker: object) -> None:
        # In the new worker, before it accepts: its searchers are its own, never the parent's.
        warmup.warm_index(app, threads)

    allow_request_line(REQUEST_LINE_LIMIT)
    options = {
        "bind": bind_address(host, port),
        "workers": workers,
        "worker_class": "gthread",
        "threads": threads,
        # The app is built once and forked: workers share its imported code and compiled
        # templates. The parent opens no index, so no file object is shared.
        "preload_app": True,
        "graceful_timeout": GRACEFUL_STOP_S,
        "proc_name": "projsearch",
        # gunicorn's default (4094 bytes) answered a query of 700 Greek letters with its own
        # English "414" page before the app could check it; never 0, which means no limit.
        "limit_request_line": REQUEST_LINE_LIMIT,
        "accesslog": None,
        "errorlog": "-",
        # gunicorn's runtime control socket sits at one path per user: two servers would share it.
        "control_socket_disable": True,
        "post_fork": open_index_first,
    }

    class ForkedServer(BaseApplication):
        def load_config(self) -> None:
            for name, value in options.items():
                self.cfg.set(name, value)

        def load(self) -> Flask:
            return app

    ForkedServer().run()
