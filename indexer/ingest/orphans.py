"""Worker processes die with the indexer that started them.

A worker stuck in pdfminer or a deep HTML tree never reads its pipe again, so it would not
notice that the indexer was killed; the kernel's parent-death signal ends it instead. The
worker's parent is the fork server, which exits as soon as the indexer's end of its pipe
closes, so a killed indexer takes the fork server, the workers and, with their pipes closed,
the resource tracker along.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

_PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    """Ask the kernel to SIGKILL this process when its parent exits (Linux; elsewhere a no-op)."""
    if not sys.platform.startswith("linux"):
        return
    parent = os.getppid()
    try:
        # The interpreter's own symbols include libc; find_library would spawn ldconfig per worker.
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)
