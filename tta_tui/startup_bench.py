"""How long ``tta`` takes to show its login screen, and to give the terminal back on Ctrl+Q.

Run ``python -m tta_tui.startup_bench [--runs N] [--size 80x24]``. Each run opens
``python -m tta_tui.cli --server ws://127.0.0.1:PORT`` (a port nothing listens on: the login
screen needs no server) in a pseudo-terminal of that size, with its own empty settings folders,
and reads what it draws:

- *first frame*: from launch until the login form's "User name" is drawn, in wall time and in
  the CPU time the client used until then (the figure that does not grow when other programs
  share the cores);
- *quit*: from sending Ctrl+Q until the terminal is given back (the alternate screen left), and
  until the process has exited.

One warm-up run is not counted (the file cache, and Python's bytecode: the runs leave out
``PYTHONDONTWRITEBYTECODE`` as a player's terminal does, so the warm-up writes the ``.pyc`` files
a player's first launch writes; ``--no-bytecode-cache`` keeps the variable from the environment
and compiles our modules on every run). Prints each run, then p50 / p95 / max in
milliseconds, and how long importing the client's app module takes in a fresh interpreter (the
part of the first frame that is ours rather than Python's or Textual's). No server, tmux or
network needed (it replaced ``tta_bench.startup``, which drove the installed ``tta`` in tmux).
"""

from __future__ import annotations

import argparse
import fcntl
import os
import re
import select
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import termios
import time
from dataclasses import dataclass
from pathlib import Path

READY_TEXT = "User name"
"""Text of the login form: once it is drawn, the screen is usable."""
LEFT_SCREEN = b"\x1b[?1049l"
"""What a terminal app writes when it gives the terminal back (leaves the alternate screen)."""
CTRL_Q = b"\x11"
TIMEOUT_S = 30.0
ESCAPE = re.compile(rb"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[@-Z\\-_])")


@dataclass
class Launch:
    """One run's figures, in seconds."""

    first_frame: float
    first_frame_cpu: float
    screen_back: float
    exited: float


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) the process has used so far, from /proc (Linux): unlike wall
    time, it does not grow when other programs share the cores."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    """A local port nothing listens on (bound and released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class Terminal:
    """A child process on a pseudo-terminal of ``cols`` x ``rows``, its output collected."""

    def __init__(self, argv: list[str], cols: int, rows: int, env: dict[str, str]) -> None:
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.proc = subprocess.Popen(  # noqa: S603 - our own interpreter and module
            argv, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True
        )
        os.close(slave)
        self.output = b""

    def wait_for(self, found: object, deadline: float) -> bool:
        """Read until ``found(output)`` is true (True) or the child ends or time runs out."""
        assert callable(found)
        while not found(self.output):
            left = deadline - time.perf_counter()
            if left <= 0:
                return False
            ready, _, _ = select.select([self.master], [], [], left)
            if not ready:
                continue
            try:
                chunk = os.read(self.master, 65536)
            except OSError:  # the child closed the terminal
                return bool(found(self.output))
            if not chunk:
                return bool(found(self.output))
            self.output += chunk
        return True

    def wait_exit(self, deadline: float) -> bool:
        """Read until the child closes the terminal, then wait for it to end; True if it did
        before ``deadline``."""
        self.wait_for(lambda _: False, deadline)  # returns at the end of the output
        try:
            self.proc.wait(max(0.0, deadline - time.perf_counter()))
        except subprocess.TimeoutExpired:
            return False
        return True

    def text(self) -> str:
        return ESCAPE.sub(b"", self.output).decode("utf-8", "replace")

    def close(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        os.close(self.master)


def one_launch(cols: int, rows: int, *, no_color: bool, bytecode: bool = True) -> Launch:
    """Launch the client once; the times to its login form and back out of it after Ctrl+Q."""
    with tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            "TERM": "xterm-256color",
            "XDG_CONFIG_HOME": f"{home}/config",
            "XDG_STATE_HOME": f"{home}/state",
            "XDG_DATA_HOME": f"{home}/data",
        }
        env.pop("NO_COLOR", None)
        if bytecode:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
        if no_color:
            env["NO_COLOR"] = "1"
        argv = [sys.executable, "-m", "tta_tui.cli", "--server", f"ws://127.0.0.1:{free_port()}"]
        started = time.perf_counter()
        term = Terminal(argv, cols, rows, env)
        try:
            deadline = started + TIMEOUT_S
            if not term.wait_for(lambda _: READY_TEXT in term.text(), deadline):
                raise TimeoutError(f"no login screen within {TIMEOUT_S:.0f} s:\n{term.text()}")
            first_frame = time.perf_counter() - started
            first_frame_cpu = cpu_seconds(term.proc.pid)
            term.output = b""
            asked = time.perf_counter()
            os.write(term.master, CTRL_Q)
            deadline = asked + TIMEOUT_S
            if not term.wait_for(lambda out: LEFT_SCREEN in out, deadline):
                raise TimeoutError(f"the terminal was not given back within {TIMEOUT_S:.0f} s")
            screen_back = time.perf_counter() - asked
            if not term.wait_exit(deadline):
                raise TimeoutError(f"the client did not exit within {TIMEOUT_S:.0f} s")
            exited = time.perf_counter() - asked
        finally:
            term.close()
    return Launch(first_frame, first_frame_cpu, screen_back, exited)


def import_seconds(module: str) -> float:
    """Wall time to import ``module`` in a fresh interpreter, less the bare interpreter's."""

    def run(code: str) -> float:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)  # noqa: S603
        return time.perf_counter() - started

    return run(f"import {module}") - run("pass")


def percentile(ordered: list[float], p: float) -> float:
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def summary(name: str, seconds: list[float]) -> str:
    ms = sorted(s * 1000 for s in seconds)
    return (
        f"{name}: p50 {percentile(ms, 50):.0f} ms, p95 {percentile(ms, 95):.0f} ms, "
        f"max {ms[-1]:.0f} ms"
    )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    p.add_argument("--runs", type=int, default=10)
    p.add_argument("--size", default="80x24", help="the terminal's COLSxROWS (default 80x24)")
    p.add_argument("--no-color", action="store_true", help="run with NO_COLOR=1")
    p.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="keep PYTHONDONTWRITEBYTECODE if set (our modules compiled on every launch)",
    )
    args = p.parse_args(argv)
    cols, rows = (int(n) for n in args.size.lower().split("x"))
    opts = {"no_color": args.no_color, "bytecode": not args.no_bytecode_cache}
    one_launch(cols, rows, **opts)  # warm the file cache and write bytecode, like a second launch
    runs = []
    for i in range(args.runs):
        run = one_launch(cols, rows, **opts)
        runs.append(run)
        print(
            f"run {i + 1}: login screen {run.first_frame * 1000:.0f} ms "
            f"({run.first_frame_cpu * 1000:.0f} ms CPU); Ctrl+Q: terminal back "
            f"{run.screen_back * 1000:.0f} ms, exited {run.exited * 1000:.0f} ms"
        )
    imports = sorted(import_seconds("tta_tui.app") for _ in range(5))
    print(f"tta start-up and quit, {len(runs)} runs, {cols}x{rows}, {Path(sys.executable)}:")
    print("  " + summary("launch to the login screen", [r.first_frame for r in runs]))
    print("  " + summary("CPU used to the login screen", [r.first_frame_cpu for r in runs]))
    print("  " + summary("Ctrl+Q to the terminal given back", [r.screen_back for r in runs]))
    print("  " + summary("Ctrl+Q to the process exited", [r.exited for r in runs]))
    print(f"  importing tta_tui.app (fresh interpreter, 5 runs): p50 {imports[2] * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
