"""What every ``tta-admin`` command shares: settings, opening the store, errors and output.

A command parses its arguments, then hands an async *body* to :func:`run`, which builds the
settings, runs the body in a fresh event loop and turns every failure into one line per problem
on stderr. Bodies open the store with ``async with target.store() as store``.
"""

from __future__ import annotations

import asyncio
import contextlib
import getpass
import io
import json
import os
import re
import sqlite3
import ssl
import sys
from collections.abc import AsyncIterator, Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, NoReturn, TextIO, cast

import typer
from rich.console import Console

from tta_server.protocol.text import SURROGATE
from tta_server.settings import Settings, SettingsError, StoreKind, load_settings, redact_url
from tta_server.store import make_store
from tta_server.store.base import Store
from tta_server.store.schema import SchemaError
from tta_server.tls import client_context

PROG = "tta-admin"

DEFAULT_TIMEOUT_S = 10.0
"""Default of ``--timeout``: seconds allowed to open the store, or a server to answer."""

PROBLEMS = {
    "sqlite": "cannot open the embedded store in",
    "redis": "cannot reach Redis at",
    "neo4j": "cannot reach Neo4j at",
}
"""How an error message introduces each dependency that ``Store.check()`` names."""

# -- options shared by the commands that try a screen on text (``parse``, ``safety classify``)

ReadJsonl = Annotated[
    bool,
    typer.Option("--jsonl", help='Read {"text": ...} lines from stdin; write one JSON line each.'),
]
RunBench = Annotated[
    bool, typer.Option("--bench", help="Time the command over a built-in sample of inputs.")
]
JsonOrText = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


class AdminError(Exception):
    """A failure already phrased for the operator; each line of ``str()`` is printed."""


@dataclass(frozen=True, slots=True)
class Options:
    """The global options, kept on the typer context until a command runs."""

    store: StoreKind | None
    data_dir: Path | None
    config: Path | None
    timeout: float
    debug: bool
    worlds_dir: Path | None = None
    ca_file: Path | None = None

    def settings(self) -> Settings:
        """Settings as ``tta-server`` builds them; raises :class:`SettingsError`."""
        return load_settings(
            store=self.store,
            data_dir=self.data_dir,
            config_file=self.config,
            worlds_dir=self.worlds_dir,
        )


@dataclass(frozen=True, slots=True)
class Target:
    """What a command body works on: the settings and the seconds allowed to connect."""

    settings: Settings
    timeout: float
    ca_file: Path | None = None
    """``--ca-file``: the CA that signed a ``wss://``/``https://`` server's certificate (else
    the system's trust store)."""

    def tls(self) -> ssl.SSLContext:
        """The client TLS context for a ``wss://`` or ``https://`` server."""
        try:
            return client_context(self.ca_file)
        except ValueError as exc:
            raise AdminError(f"--ca-file: {exc}") from None

    @contextlib.asynccontextmanager
    async def store(self, migrate: bool = True) -> AsyncIterator[Store]:
        """The opened store (its schema migrated unless ``migrate`` is False), always closed on
        exit.

        Raises :class:`AdminError` naming each dependency that could not be reached, and why,
        or saying why the store's schema cannot be used.
        """
        store = make_store(self.settings)
        try:
            try:
                failed = await open_store(store, self.timeout, migrate)
            except SchemaError as exc:
                raise AdminError(str(exc)) from None
            if failed:
                raise AdminError(
                    "\n".join(
                        f"{PROBLEMS.get(name, 'cannot open the')} "
                        f"{location(name, self.settings)}: {reason}"
                        for name, reason in failed.items()
                    )
                )
            yield store
        finally:
            await store.close()


Body = Callable[[Target], Coroutine[Any, Any, int | None]]
"""A command's async work; returns its exit code (``None`` means 0)."""


# -- stores ------------------------------------------------------------------------------------


async def open_store(store: Store, limit_s: float, migrate: bool = True) -> dict[str, str]:
    """Open ``store`` (creating schema if missing, unless not ``migrate``) within ``limit_s``
    seconds. A schema this code cannot use raises :class:`SchemaError`.

    Returns ``{}``, or the reason of each dependency that failed, keyed as ``check()`` names
    them (``"store"`` when no dependency can be blamed). The store still needs closing.
    """
    try:
        await asyncio.wait_for(store.open(migrate), limit_s)
    except SchemaError:
        raise
    except Exception as exc:
        name = dependency_of(exc, store.kind)
        if name is not None:
            return {name: one_line(exc)}
        failed = {n: err for n, err in (await store.check()).items() if err is not None}
        if failed:
            return failed
        if isinstance(exc, TimeoutError):
            return {"store": f"not open after {limit_s:g} s"}
        return {"store": one_line(exc)}
    return {}


def dependency_of(exc: BaseException, kind: str) -> str | None:
    """The dependency (as ``check()`` names it) an exception came from, when its type tells."""
    from neo4j.exceptions import DriverError, Neo4jError
    from redis.exceptions import RedisError

    if isinstance(exc, Neo4jError | DriverError):
        return "neo4j"
    if isinstance(exc, RedisError):
        return "redis"
    if (
        kind == StoreKind.EMBEDDED
        and isinstance(exc, sqlite3.Error | OSError)
        and not isinstance(exc, TimeoutError)
    ):
        return "sqlite"
    return None


def location(name: str, settings: Settings) -> str:
    """Where a dependency named by ``check()`` is, without credentials."""
    if name == "sqlite":
        return str(settings.data_dir.resolve())
    if name == "redis":
        return redact_url(settings.redis_url)
    if name == "neo4j":
        return f"{redact_url(settings.neo4j_uri)} (database {settings.neo4j_database})"
    return f"{settings.store} store"


def one_line(exc: BaseException) -> str:
    """``Type: message``, whitespace collapsed to fit on one line."""
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


# -- running commands --------------------------------------------------------------------------


def cli_operator() -> str:
    """Who runs this CLI, as the audit trail names them: ``admin-cli:<OS user>``.

    The OS user is :func:`getpass.getuser` (``$LOGNAME``, ``$USER``... or the password
    database); ``uid-N`` when none of them names one.
    """
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no such variable and no password entry (3.11: KeyError)
        user = f"uid-{os.getuid()}"
    return f"admin-cli:{user}"


def run(ctx: typer.Context, body: Body) -> NoReturn:
    """Run a command body in a fresh event loop and exit with its code.

    A bad setting exits 2; any other failure exits 1. Either prints one line per problem on
    stderr (see :func:`fail`).
    """
    options: Options = ctx.obj
    try:
        target = Target(options.settings(), options.timeout, options.ca_file)
        code = asyncio.run(body(target))
    except SettingsError as exc:
        fail(str(exc), 2, options.debug)
    except AdminError as exc:
        fail(str(exc), 1, options.debug)
    except Exception as exc:
        fail(f"unexpected error: {one_line(exc)} (--debug shows where)", 1, options.debug)
    raise typer.Exit(code or 0)


def fail(message: str, code: int, debug: bool = False) -> NoReturn:
    """Print each line of ``message`` as ``tta-admin: ...`` on stderr and exit with ``code``.

    With ``debug``, first print the traceback of the exception being handled, if any.
    """
    if debug and sys.exc_info()[1] is not None:
        Console(stderr=True).print_exception(show_locals=False)
    for line in message.splitlines():
        typer.echo(f"{PROG}: {line}", err=True)
    raise typer.Exit(code)


_UNPRINTABLE = re.compile(r"\x1b(?!\[[0-9;]*m)|[\x00-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` safe for an operator's terminal: what players and staff wrote is printed as
    stored, and may hold control sequences (a screen clear, a title change) from before input
    was checked. Colour codes (ESC [ ... m, which the console writes itself) stay; every other
    ESC and control character but tab and line feed is removed; a lone surrogate becomes
    U+FFFD (it could not be printed at all)."""
    return _UNPRINTABLE.sub("", SURROGATE.sub("\ufffd", text))


class _PrintableStream(io.TextIOBase):
    """stdout as seen by the console: everything written passes :func:`printable`."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(printable(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self._stream, "encoding", "utf-8")


def out() -> Console:
    """A console for results on stdout (plain text when stdout is not a terminal), printing
    nothing a terminal would obey as a command (see :func:`printable`)."""
    stream = cast(TextIO, _PrintableStream(sys.stdout))
    return Console(highlight=False, soft_wrap=True, file=stream)


_RAW_IN_JSON = re.compile("[\x7f-\x9f\ud800-\udfff]")


def json_text(doc: object) -> str:
    """Indented JSON that is also safe for a terminal, losing nothing: JSON escapes C0
    controls itself; DEL, the C1 controls and lone surrogates are written as ``\\uXXXX``."""
    text = json.dumps(doc, indent=2, ensure_ascii=False)
    return _RAW_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def print_json(doc: object) -> None:
    """Machine-readable output: indented JSON on stdout (see :func:`json_text`)."""
    typer.echo(json_text(doc))
