"""``tta-admin bench``: the load benchmark (:mod:`tta_bench.load`) with its report."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from tta_bench import load
from tta_server.admin.common import Options, fail
from tta_server.settings import SettingsError


def bench(
    ctx: typer.Context,
    clients: Annotated[int, typer.Option(min=1, help="Concurrent players.")] = 200,
    turns: Annotated[int, typer.Option(min=0, help="Timed turns per player.")] = 5,
    interval: Annotated[float, typer.Option(min=0, help="Seconds between a player's turns.")] = 1.0,
    resume_events: Annotated[
        int, typer.Option(min=0, help="Events each session.resume replays.")
    ] = 50,
    idle: Annotated[int, typer.Option(min=0, help="Idle connections held open.")] = 1000,
    url: Annotated[
        str | None,
        typer.Option(help="A running server's ws:// URL (default: start one in-process)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Load-test the server with real players over WebSocket and print the figures with the
    floor measured in the same run (see docs/performance.md); exit 1 if any request failed.

    Example: `tta-admin --store redis-neo4j bench --clients 200 --turns 5`
    """
    options: Options = ctx.obj
    argv = [
        "--clients", str(clients), "--turns", str(turns), "--interval", str(interval),
        "--resume-events", str(resume_events), "--idle", str(idle),
    ]  # fmt: skip
    # the store tta-admin's own settings name (embedded unless --store, TTA_STORE or the
    # config file say otherwise), like every other command; not the bench's own default
    try:
        argv += ["--store", (options.store or options.settings().store).value]
    except SettingsError as exc:
        fail(str(exc), 2, options.debug)
    if options.data_dir is not None:
        argv += ["--data-dir", str(Path(options.data_dir))]
    if url is not None:
        argv += ["--url", url]
    if as_json:
        argv.append("--json")
    raise typer.Exit(load.main(argv))
