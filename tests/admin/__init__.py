"""Tests of the ``tta-admin`` commands that need no store (``parse``, ``world``, ``safety``).

:func:`cli` runs the CLI in-process with typer's CliRunner, as ``tests/test_admin.py`` does;
:class:`Piped` runs the installed console script with pipes on stdin and stdout, to show that
``--jsonl`` answers each line as soon as it is read.
"""

from __future__ import annotations

import os
import select
import subprocess
import sys
from pathlib import Path
from types import TracebackType
from typing import IO

from typer.testing import CliRunner, Result

from tta_server.admin import app

TTA_ADMIN = Path(sys.executable).parent / "tta-admin"


def cli(*args: str, input: str | None = None, **env: str) -> Result:
    """``tta-admin ARGS...`` in-process; ``env`` adds environment variables."""
    return CliRunner().invoke(app, list(args), input=input, env=env)


class Piped:
    """The installed ``tta-admin ARGS...``, fed one line at a time (a clean ``TTA_*`` env)."""

    def __init__(self, *args: str) -> None:
        assert TTA_ADMIN.is_file(), f"{TTA_ADMIN} is missing: pip install -e . in the venv"
        # Without PYTHONUNBUFFERED (set in some shells and CI), so that only the command's own
        # flushing can bring each answer out while stdin is still open.
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith("TTA_") and k != "PYTHONUNBUFFERED"
        }
        self.proc = subprocess.Popen(
            [str(TTA_ADMIN), *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env={**env, "PYTHONUTF8": "1"},
        )

    def __enter__(self) -> Piped:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=30)
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()

    def ask(self, line: str, within_s: float = 30.0) -> str:
        """Write one line, keep stdin open, and return the one line of output it brings."""
        stdin, stdout = self.streams()
        stdin.write(line + "\n")
        stdin.flush()
        ready, _, _ = select.select([stdout], [], [], within_s)
        assert ready, f"no answer to {line!r} within {within_s} s (output not flushed per line?)"
        return stdout.readline()

    def finish(self) -> tuple[int, str, str]:
        """Close stdin; the exit status, the rest of stdout and stderr."""
        out, err = self.proc.communicate(timeout=30)
        return self.proc.returncode, out, err

    def streams(self) -> tuple[IO[str], IO[str]]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        return self.proc.stdin, self.proc.stdout
