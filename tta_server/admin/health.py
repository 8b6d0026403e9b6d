"""``tta-admin health``: is every dependency answering?"""

from __future__ import annotations

import asyncio
import json
import ssl
import urllib.error
import urllib.request
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import urlsplit, urlunsplit

import typer
from rich.markup import escape

from tta_server.admin.common import Target, location, one_line, open_store, out, print_json, run
from tta_server.store import make_store
from tta_server.store.schema import SchemaError


@dataclass(frozen=True, slots=True)
class Check:
    """One dependency's health: ``error`` is None when it answered."""

    name: str
    target: str
    error: str | None

    @property
    def ok(self) -> bool:
        return self.error is None


def health(
    ctx: typer.Context,
    url: Annotated[
        str | None,
        typer.Option(help="Also GET URL/readyz of a running server (http, https or ws URL)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON object.")] = False,
) -> None:
    """Check every store dependency and, with --url, a server's /readyz; exit 1 if any fails.

    Example: `tta-admin --store redis-neo4j health --url http://127.0.0.1:8765`
    """
    ready_url = readyz_url(url) if url is not None else None

    async def body(target: Target) -> int:
        jobs: list[Awaitable[list[Check]]] = [store_checks(target)]
        if ready_url is not None:
            jobs.append(server_check(ready_url, target.timeout, target.tls()))
        checks = [c for group in await asyncio.gather(*jobs) for c in group]
        show_checks(checks, as_json)
        return 0 if all(c.ok for c in checks) else 1

    run(ctx, body)


def readyz_url(url: str) -> str:
    """``URL/readyz`` over HTTP(S); a ws(s) URL is taken as the same server's address."""
    parts = urlsplit(url)
    scheme = {"ws": "http", "wss": "https"}.get(parts.scheme, parts.scheme)
    if scheme not in ("http", "https") or not parts.netloc:
        raise typer.BadParameter(f"expected http://HOST:PORT, got {url!r}", param_hint="--url")
    return urlunsplit((scheme, parts.netloc, parts.path.rstrip("/") + "/readyz", "", ""))


async def store_checks(target: Target) -> list[Check]:
    """Open the configured store and report each dependency its ``check()`` names."""
    settings = target.settings
    store = make_store(settings)
    try:
        try:
            failed = await open_store(store, target.timeout)
            report = {**await store.check(), **failed}
        except SchemaError as exc:
            report = {"schema": str(exc)}
    finally:
        await store.close()
    return [Check(name, location(name, settings), err) for name, err in report.items()]


async def server_check(url: str, limit_s: float, tls: ssl.SSLContext) -> list[Check]:
    """The server's own readiness, from ``GET /readyz`` (in a thread; ``tls`` for https)."""
    return [Check("server", url, await asyncio.to_thread(get_ready, url, limit_s, tls))]


def get_ready(url: str, limit_s: float, tls: ssl.SSLContext | None = None) -> str | None:
    """GET ``url`` directly (ignoring proxy settings; ``tls`` checks an https server's
    certificate); None on a 2xx answer, else why not."""
    opener = urllib.request.build_opener(
        urllib.request.ProxyHandler({}), urllib.request.HTTPSHandler(context=tls)
    )
    try:
        with opener.open(url, timeout=limit_s):
            return None
    except urllib.error.HTTPError as exc:
        with exc:
            body = exc.read(4096)
        try:
            detail = str(json.loads(body)["message"])
        except (ValueError, KeyError, TypeError):
            detail = str(exc.reason)
        return f"HTTP {exc.code}: {detail}"
    except urllib.error.URLError as exc:
        reason = exc.reason
        return one_line(reason) if isinstance(reason, BaseException) else str(reason)
    except OSError as exc:  # e.g. a timeout while reading the answer
        return one_line(exc)


def show_checks(checks: list[Check], as_json: bool) -> None:
    """One line per check (``ok``/``FAILED``, name, where, why), or one JSON object."""
    if as_json:
        print_json(
            {
                "ok": all(c.ok for c in checks),
                "checks": [
                    {"name": c.name, "target": c.target, "ok": c.ok, "error": c.error}
                    for c in checks
                ],
            }
        )
        return
    console = out()
    for c in checks:
        status = "[green]ok    [/]" if c.ok else "[bold red]FAILED[/]"
        detail = "" if c.ok else f": {c.error}"
        console.print(f"{status}  {c.name:<7} {escape(c.target + detail)}")
