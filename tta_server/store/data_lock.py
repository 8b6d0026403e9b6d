"""One server per embedded data folder.

Two server processes on one SQLite file would each keep their own live sessions, rate limits
and connection counts, and could both drive one story. A server on the embedded store holds an
exclusive ``flock`` on ``server.lock`` in its data folder for as long as it runs (the kernel
drops it when the process dies, however it dies), with its pid in the file for the error
message. ``tta-admin`` does not take the lock: its commands work beside a running server.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path

LOCK_FILE = "server.lock"


class DataFolderInUse(Exception):
    """Another server holds the data folder; the message says which and what to do."""


class DataFolderLock:
    """The exclusive hold of one data folder by this server (:meth:`acquire`, :meth:`release`)."""

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / LOCK_FILE
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the folder (creating it), or raise :class:`DataFolderInUse` at once."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 32).decode("ascii", "replace").strip() or "unknown"
            os.close(fd)
            raise DataFolderInUse(
                f"another TTA server (pid {holder}) is using the data folder "
                f"{self.path.parent}; stop it, or give this one its own --data-dir"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd

    def release(self) -> None:
        """Let the folder go (safe to call more than once)."""
        if self._fd is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
