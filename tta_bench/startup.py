"""How long the installed ``tta`` command takes to show its login screen in a real terminal.

Run ``python -m tta_bench.startup [--runs N]``: it starts a local server
(:func:`tta_tui.cli.local_server`, embedded store, in a temporary directory), then N times opens
``tta --server URL`` in a detached tmux window of 80x24 and polls the window's text every 10 ms
until the login form ("User name") is on screen; that interval, from launch to first sight, is
one sample. Prints each sample and p50 / p95 / max in milliseconds. Needs ``tmux`` (installed by
``scripts/services.sh start``). The figure is what a player waits for, including Python's own
start-up and Textual's first paint.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from tta_tui.cli import local_server

READY_TEXT = "User name"
"""Text of the login form: once it is in the window, the screen is usable."""
POLL_S = 0.01
TIMEOUT_S = 30.0


def _tmux(*args: str) -> str:
    tmux = shutil.which("tmux") or "tmux"
    done = subprocess.run(  # noqa: S603 - the tmux found on PATH, our own arguments
        [tmux, *args], capture_output=True, text=True, check=False, timeout=10
    )
    return done.stdout


def one_start(url: str, tta: str) -> float:
    """Seconds from launching ``tta`` in a fresh 80x24 tmux window to the login form."""
    name = f"tta-startup-{uuid.uuid4().hex[:8]}"
    started = time.perf_counter()
    _tmux("new-session", "-d", "-s", name, "-x", "80", "-y", "24", f"{tta} --server {url}")
    try:
        while time.perf_counter() - started < TIMEOUT_S:
            if READY_TEXT in _tmux("capture-pane", "-p", "-t", name):
                return time.perf_counter() - started
            time.sleep(POLL_S)
        raise TimeoutError(f"no login screen within {TIMEOUT_S:.0f} s")
    finally:
        _tmux("kill-session", "-t", name)


def percentile(ordered: list[float], p: float) -> float:
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=10)
    args = p.parse_args(argv)
    if shutil.which("tmux") is None:
        print("tta_bench.startup: tmux is needed (bash scripts/services.sh start installs it)")
        return 2
    tta = str(Path(sys.executable).parent / "tta")
    with tempfile.TemporaryDirectory() as tmp, local_server(Path(tmp)) as url:
        one_start(url, tta)  # warm the file cache, like a second launch
        samples = []
        for i in range(args.runs):
            s = one_start(url, tta)
            samples.append(s * 1000)
            print(f"run {i + 1}: {s * 1000:.0f} ms to the login screen")
    ordered = sorted(samples)
    print(
        f"tta start-up to the login screen, {len(ordered)} runs, 80x24: "
        f"p50 {percentile(ordered, 50):.0f} ms, p95 {percentile(ordered, 95):.0f} ms, "
        f"max {ordered[-1]:.0f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
