"""Run the projsearch CLI and SIGKILL it at the Nth file-system step of a kind.

``python -m tests.faults.crashpoint N LOG -- index ...`` counts every os.replace, os.rename,
os.unlink, os.remove, os.rmdir and os.fsync the process makes; at the Nth it appends what it was
about to do to LOG and kills itself with SIGKILL, as a power cut or the OOM killer would. Worker
processes are not counted: they only read files.
"""

from __future__ import annotations

import os
import signal
import sys

STEPS = ("replace", "rename", "unlink", "remove", "rmdir", "fsync")


def arm(crash_at: int, log_path: str) -> None:
    count = 0

    def wrap(name, original):
        def step(*args, **kwargs):
            nonlocal count
            count += 1
            if count == crash_at:
                with open(log_path, "a", encoding="utf-8") as log:
                    log.write(f"{count} {name} {args!r}\n")
                os.kill(os.getpid(), signal.SIGKILL)
            return original(*args, **kwargs)

        return step

    for name in STEPS:
        setattr(os, name, wrap(name, getattr(os, name)))


if __name__ == "__main__":
    crash_at, log_path, separator, *cli_args = sys.argv[1:]
    assert separator == "--"
    arm(int(crash_at), log_path)
    from indexer.cli import cli

    cli(cli_args, prog_name="projsearch")
