"""``tta``: open the TTA client; ``tta play``: start a server on this computer and play on it.

Start-up problems (a bad server address; no server answering under ``--no-retry``; a local
server that will not start) print one panel to stderr, saying what happened and what to do,
and exit with 2: never a traceback. Colours follow the terminal and ``NO_COLOR`` (rich and
Textual honour it; nothing here forces colour).

:func:`local_server` starts ``tta-server`` on the embedded store and a free port, reads its
"ready on ws://..." line and, on exit, stops it (SIGTERM, then SIGKILL after
:data:`STOP_TIMEOUT_S`). It works as ``with`` and as ``async with``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib
import os
import re
import select
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from rich.console import Console
from rich.panel import Panel
from rich.text import Text

from tta_tui import version
from tta_tui.config import ClientConfig, RememberedName, check_url, load_config

PROBE_TIMEOUT_S = 3.0
"""How long ``--no-retry`` waits for each server to answer before giving up on it."""
READY_TIMEOUT_S = 30.0
"""How long ``tta play`` waits for its server to print that it is ready."""
STOP_TIMEOUT_S = 10.0
"""How long a local server gets to stop after SIGTERM before it is killed."""
LOG_TAIL_LINES = 12
"""Lines of the server log shown when a local server fails to start."""
LOG_NAME = "server.log"
READY_LINE = re.compile(r"ready on (wss?://\S+)")

EXAMPLES = """\
examples:
  tta                                      open the client on the remembered servers
  tta --server ws://127.0.0.1:8765         use this server
  tta --server wss://a.example --server wss://b.example
                                           try a, then b (and back) when one is down
  tta --user robin --plain                 plain mode: no animation, screen-reader friendly
  tta --no-remember                        a shared computer: fill in and keep no user name
  tta --server ws://127.0.0.1:8765 --no-retry
                                           fail at once if the server does not answer
  tta play                                 start a server on this computer and play on it
  tta play --data-dir ~/tta-stories        keep that server's stories in this directory
  tta facilitate --server wss://a.example  the facilitators' console (alerts, sessions)
  tta --server wss://tta.example.org --ca-file clinic-ca.pem
                                           trust a server signed by your own authority
"""


class StartupError(Exception):
    """A problem that stops the client before it opens: shown as one panel on stderr."""

    def __init__(self, title: str, what: str, next_step: str) -> None:
        super().__init__(what)
        self.title = title
        self.what = what
        self.next_step = next_step


class VersionAction(argparse.Action):
    """``--version``: the version is read from the installed metadata only when asked
    (``importlib.metadata`` alone was about 50 ms of every start-up)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_: object, **__: object) -> None:
        print(f"tta {version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="tta",
        description="TTA, a therapeutic text adventure: the terminal client.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "--server",
        action="append",
        metavar="URL",
        help="a server to connect to, like ws://127.0.0.1:8765 (repeat for fallbacks; "
        "default: the remembered servers)",
    )
    p.add_argument("--user", metavar="NAME", help="the user name to log in with")
    p.add_argument(
        "--no-remember",
        action="store_true",
        help="neither fill in nor remember the last user name, and forget the one remembered "
        "for this server (for a computer several people share; remember_username: false in "
        "client.json does the same every time)",
    )
    p.add_argument(
        "--ca-file",
        type=Path,
        metavar="PEM",
        help="trust wss:// servers whose certificate this CA signed (default: the system's "
        "trusted authorities)",
    )
    p.add_argument(
        "--plain",
        action="store_true",
        help="plain mode: no animation or colour effects, friendly to screen readers",
    )
    p.add_argument(
        "--no-retry",
        action="store_true",
        help="check the servers first and stop with an error if none answers",
    )
    p.add_argument(
        "--keys",
        action="store_true",
        help="print every key's id and keys, as lines for keymap.toml, and exit",
    )
    p.add_argument("--version", action=VersionAction, help="show the version and exit")
    commands = p.add_subparsers(dest="command", title="commands", metavar="COMMAND")
    play = commands.add_parser(
        "play",
        help="start a server on this computer and play on it",
        description="Start a TTA server on this computer (embedded store, a free port), open "
        "the client on it, and stop the server when the client quits.",
    )
    play.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help=f"where the server keeps its stories and {LOG_NAME} (default: {default_data_dir()})",
    )
    play.add_argument(
        "--plain",
        action="store_true",
        default=argparse.SUPPRESS,
        help="plain mode: no animation or colour effects, friendly to screen readers",
    )
    play.add_argument(
        "--user", metavar="NAME", default=argparse.SUPPRESS, help="the user name to log in with"
    )
    play.add_argument(
        "--no-remember",
        action="store_true",
        default=argparse.SUPPRESS,
        help="neither fill in nor remember the last user name (a shared computer)",
    )
    facilitate = commands.add_parser(
        "facilitate",
        help="the facilitators' console: alerts and active sessions",
        description="Open the facilitators' console: safety alerts as they happen, the active "
        "sessions, private messages, pauses. Needs a facilitator's account.",
    )
    facilitate.add_argument(
        "--server",
        action="append",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="a server to connect to (repeat for fallbacks; default: the remembered servers)",
    )
    facilitate.add_argument(
        "--plain",
        action="store_true",
        default=argparse.SUPPRESS,
        help="plain mode: no animation or colour effects, friendly to screen readers",
    )
    facilitate.add_argument(
        "--user", metavar="NAME", default=argparse.SUPPRESS, help="the user name to log in with"
    )
    facilitate.add_argument(
        "--ca-file",
        type=Path,
        metavar="PEM",
        default=argparse.SUPPRESS,
        help="trust wss:// servers whose certificate this CA signed",
    )
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """The ``tta`` command; returns the exit status (2: could not start)."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help (0) or a usage error (2), already printed
        return exc.code if isinstance(exc.code, int) else 2
    if args.keys:
        print(_key_lines(), end="")
        return 0
    cfg, warning = load_config()
    if warning is not None:
        _console().print(Text(f"tta: {warning}", style="yellow"))
    plain: bool = args.plain or cfg.plain
    remember = cfg.remember_username and not args.no_remember
    try:
        _trust(args.ca_file)
        if args.command == "play":
            data_dir = args.data_dir or default_data_dir()
            memory = _memory(RememberedName.in_data_dir(data_dir), remember)
            return _play(data_dir, plain, args.user, memory)
        urls = _servers(args.server, cfg)
        if args.command == "facilitate":
            return _run_console(urls, plain, args.user)
        memory = _memory(RememberedName.for_servers(urls), remember)
        return _connect(urls, plain, args.user, memory, probe_first=args.no_retry)
    except StartupError as exc:
        show_problem(exc)
        return 2
    except KeyboardInterrupt:
        return 130


def show_problem(exc: StartupError) -> None:
    """One panel on stderr: what happened, then what to do."""
    body = Text()
    body.append(exc.what)
    body.append("\n\n")
    body.append("What to do: ", style="bold")
    body.append(exc.next_step)
    _console().print(Panel(body, title=exc.title, title_align="left", border_style="red"))


def default_data_dir() -> Path:
    """``$XDG_DATA_HOME/tta``, else ``~/.local/share/tta``."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "tta"


# -- opening the client ---------------------------------------------------------------------------
def _memory(memory: RememberedName, remember: bool) -> RememberedName | None:
    """``memory`` when names are remembered; else None, and the name it kept forgotten."""
    if remember:
        return memory
    with contextlib.suppress(OSError):  # cannot be written: still nothing is shown
        memory.forget()
    return None


def _trust(ca_file: Path | None) -> None:
    if ca_file is None and "tta_tui.net.tls" not in sys.modules:
        return  # the system's authorities, as the module starts: nothing to import yet
    from tta_tui.net.tls import use_ca_file  # the network side loads only when it is needed

    try:
        use_ca_file(ca_file)
    except ValueError as exc:
        raise StartupError(
            "That CA file will not work",
            str(exc),
            "Give --ca-file the PEM file of the certificate authority that signed the "
            "server's certificate (ask the server's operator), or leave --ca-file out to use "
            "the authorities this computer trusts.",
        ) from None


def _servers(given: list[str] | None, cfg: ClientConfig) -> list[str]:
    urls = given or cfg.servers
    for url in urls:
        problem = check_url(url)
        if problem is not None:
            raise StartupError(
                "That server address will not work",
                problem,
                "Give the address the server printed when it started, for example "
                "tta --server ws://127.0.0.1:8765, or run tta play to start a server on this "
                "computer.",
            )
    return list(dict.fromkeys(urls))


def _connect(
    urls: list[str],
    plain: bool,
    user: str | None,
    memory: RememberedName | None,
    *,
    probe_first: bool,
) -> int:
    if probe_first:
        problem = asyncio.run(_probe_all(urls))
        if problem is not None:
            raise StartupError(
                "No TTA server answered",
                problem,
                "Check that the server is running (tta-server prints the address it listens "
                "on) and that the address is right, or run tta play to start one on this "
                "computer. Leave out --no-retry to keep trying until a server answers.",
            )
    return _run_client(urls, plain, user, memory)


async def _probe_all(urls: list[str]) -> str | None:
    """None when any server answers hello; else why none did, naming each."""
    from tta_tui.net.errors import unreachable_message
    from tta_tui.net.opening import probe

    failures: list[tuple[str, str]] = []
    for url in urls:
        why = await probe(url, timeout_s=PROBE_TIMEOUT_S)
        if why is None:
            return None
        failures.append((url, why))
    return unreachable_message(failures)


def _run_client(
    urls: list[str], plain: bool, user: str | None, memory: RememberedName | None
) -> int:
    """The client; the login screen fills in ``user``, else the name ``memory`` keeps."""
    # imported here: the UI (and Textual) load only when the client opens
    from tta_tui.app import TTAApp  # type: ignore[import-not-found,unused-ignore]

    app = TTAApp(urls, plain=plain, username=user, remembered=memory)
    app.run()
    return int(app.return_code or 0)


def _key_lines() -> str:
    """``tta --keys``: the player client's keys as keymap.toml lines, the player's own
    keymap applied."""
    from tta_tui.app import TTAApp, key_sections  # type: ignore[import-not-found,unused-ignore]
    from tta_tui.keymap import load_keymap
    from tta_tui.screens.help import id_lines

    keymap, _ = load_keymap(TTAApp(["ws://127.0.0.1:1"]).binding_ids())
    return id_lines(key_sections(), keymap)


def _run_console(urls: list[str], plain: bool, user: str | None) -> int:
    from tta_tui.facilitate.app import FacilitateApp

    app = FacilitateApp(urls, plain=plain, username=user)
    app.run()
    return int(app.return_code or 0)


STARTING = (
    "Starting a TTA server on this computer (your stories are kept in {dir}). The first start "
    "takes longest, up to half a minute; the client opens when it is ready."
)
"""What ``tta play`` prints while its server starts (seconds of a blank terminal otherwise)."""
STOPPING = "Stopping the server on this computer (your stories are saved)..."
"""What ``tta play`` prints when the client has quit and its server is stopping: a turn in
flight is finished and saved first, which can take seconds."""


def _play(data_dir: Path, plain: bool, user: str | None, memory: RememberedName | None) -> int:
    """The server starts first (seconds; more on a first run, which also byte-compiles Python):
    a line says so, and a spinner turns while it does (not in plain mode: no animation).
    After the client quits, a line says the server is stopping while it does."""
    console = _console()
    console.print(Text(STARTING.format(dir=data_dir)))
    # The client's modules load meanwhile (imports release nothing to wait for; the server's
    # start is another process): the two overlap instead of adding up.
    preload = threading.Thread(target=importlib.import_module, args=("tta_tui.app",), daemon=True)
    preload.start()
    with contextlib.ExitStack() as stack:
        spinner = console.status("Waiting...", spinner="line")
        with contextlib.nullcontext() if plain else spinner:
            url = stack.enter_context(local_server(data_dir))
        preload.join()
        try:
            return _run_client([url], plain, user, memory)
        finally:  # before the stack stops the server: said while it stops, not after
            console.print(Text(STOPPING))


# -- a server on this computer ------------------------------------------------------------------
def local_server(data_dir: Path, *, ready_timeout_s: float = READY_TIMEOUT_S) -> LocalServer:
    """``with local_server(dir) as url:`` (or ``async with``): a ``tta-server`` on this computer
    for as long as the block runs; see :class:`LocalServer`."""
    return LocalServer(data_dir, ready_timeout_s=ready_timeout_s)


class LocalServer:
    """Run ``tta-server`` on the embedded store and a free port for as long as the block runs.

    Its stories are kept in ``data_dir``, its log (stderr) appended to ``data_dir/server.log``.
    Entering yields its ``ws://`` URL once it prints that it is ready (within ``ready_timeout_s``);
    otherwise :class:`StartupError` quotes the end of the log. Leaving stops it: SIGTERM, and
    SIGKILL if it is still running after :data:`STOP_TIMEOUT_S`. ``process`` is the
    :class:`subprocess.Popen` while it runs."""

    def __init__(self, data_dir: Path, *, ready_timeout_s: float = READY_TIMEOUT_S) -> None:
        self.data_dir = Path(data_dir).expanduser()
        self.log_path = self.data_dir / LOG_NAME
        self.ready_timeout_s = ready_timeout_s
        self.process: subprocess.Popen[bytes] | None = None
        self.url: str | None = None
        self._log: IO[bytes] | None = None
        self._log_start = 0
        self._buffer = b""
        self._eof = False

    # sync
    def __enter__(self) -> str:
        self._spawn()
        try:
            deadline = time.monotonic() + self.ready_timeout_s
            while (url := self._poll_ready(max(0.0, deadline - time.monotonic()))) is None:
                self._check_alive(deadline)
            return url
        except BaseException:
            self.stop()
            raise

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # async: the same, without blocking the event loop
    async def __aenter__(self) -> str:
        self._spawn()
        try:
            deadline = time.monotonic() + self.ready_timeout_s
            while (url := self._poll_ready(0.0)) is None:
                self._check_alive(deadline)
                await asyncio.sleep(0.05)
            return url
        except BaseException:
            self.stop()
            raise

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        proc = self.process
        if proc is not None and proc.poll() is None:
            proc.terminate()
            deadline = time.monotonic() + STOP_TIMEOUT_S
            while proc.poll() is None and time.monotonic() < deadline:  # noqa: ASYNC110
                await asyncio.sleep(0.05)  # Popen has no awaitable wait
        self.stop()

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL after :data:`STOP_TIMEOUT_S`); idempotent."""
        proc = self.process
        if proc is not None:
            if proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    proc.terminate()
                try:
                    proc.wait(STOP_TIMEOUT_S)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
            if proc.stdout is not None:
                proc.stdout.close()
        if self._log is not None:
            self._log.close()
            self._log = None

    def _spawn(self) -> None:
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            self._log = self.log_path.open("ab")
        except OSError as exc:
            raise StartupError(
                "Cannot start a local server",
                f"The data directory {self.data_dir} cannot be used: "
                f"{exc.strerror or 'it is not writable'}.",
                "Choose another one with tta play --data-dir DIR.",
            ) from None
        self._log_start = self._log.tell()
        command = [
            sys.executable,
            "-m",
            "tta_server.cli",
            "--store",
            "embedded",
            "--host",
            "127.0.0.1",  # a server for this computer only
            "--port",
            "0",
            "--data-dir",
            str(self.data_dir),
        ]
        self.process = subprocess.Popen(  # noqa: S603  (our own interpreter and module)
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=self._log,
            # one player on this computer: no start-up warm-up for a crowd
            env={**os.environ, "TTA_WARM_UP_ON_START": "false"},
        )

    def _poll_ready(self, wait_s: float) -> str | None:
        """Read what the server printed (waiting up to ``wait_s``); its URL once ready."""
        proc = self.process
        assert proc is not None and proc.stdout is not None
        fd = proc.stdout.fileno()
        if self._eof:
            return None
        readable, _, _ = select.select([fd], [], [], wait_s)
        if readable:
            chunk = os.read(fd, 4096)
            self._eof = not chunk  # stdout closed: the server is exiting
            self._buffer += chunk
        found = READY_LINE.search(self._buffer.decode("utf-8", "replace"))
        if found is None:
            return None
        self.url = found.group(1)
        return self.url

    def _check_alive(self, deadline: float) -> None:
        proc = self.process
        assert proc is not None
        if self._eof:
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(STOP_TIMEOUT_S)
        if self._eof or proc.poll() is not None:
            status = proc.poll()
            self._fail(
                "The local server stopped before it was ready"
                + (f" (exit status {status})." if status is not None else ".")
            )
        if time.monotonic() >= deadline:
            self._fail(
                f"The local server did not say it was ready within {self.ready_timeout_s:g} s."
            )

    def _fail(self, what: str) -> None:
        tail = self._log_tail()
        detail = f"\n\nThe end of {self.log_path}:\n{tail}" if tail else ""
        raise StartupError(
            "Cannot start a local server",
            what + detail,
            f"Read {self.log_path} for the whole story. Try tta play --data-dir with another "
            "directory, or start tta-server yourself and run tta --server with its address.",
        )

    def _log_tail(self) -> str:
        if self._log is not None:
            self._log.flush()
        try:
            with self.log_path.open("rb") as f:
                f.seek(self._log_start)
                lines = f.read().decode("utf-8", "replace").splitlines()
        except OSError:
            return ""
        return "\n".join(lines[-LOG_TAIL_LINES:])


def _console() -> Console:
    return Console(stderr=True, highlight=False)


if __name__ == "__main__":
    sys.exit(main())
