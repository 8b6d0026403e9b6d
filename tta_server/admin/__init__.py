"""``tta-admin``: set up the stores, manage accounts, check health and world files, try the
parser and the safety screen, and operate a live installation: sessions, safety alerts, a
player's data rights, notices to everyone, and figures.

It reads the same settings as ``tta-server`` (``--store``, ``--data-dir``, ``--config``, then
``TTA_*`` environment variables, then the TOML file; see :mod:`tta_server.settings`) and talks to
the stores directly, so it works whether or not a server is running. ``world``, ``parse`` and
``safety`` need no store. ``broadcast`` and ``session kick`` act on live connections, so they log
in to a running server as an admin instead (``--url``, ``--user``) and need no store.

Exit codes: 0 done; 1 the command failed (one line per problem on stderr, each starting with
``tta-admin:``); 2 usage error or invalid setting. ``--debug`` also prints the traceback.

Modules: :mod:`~tta_server.admin.common` (settings, opening the store, errors, output),
:mod:`~tta_server.admin.db`, :mod:`~tta_server.admin.backup` (``backup``, ``restore``),
:mod:`~tta_server.admin.users`, :mod:`~tta_server.admin.health`,
:mod:`~tta_server.admin.worlds`, :mod:`~tta_server.admin.parse`, :mod:`~tta_server.admin.safety`,
:mod:`~tta_server.admin.bench`, :mod:`~tta_server.admin.sessions`, :mod:`~tta_server.admin.alerts`,
:mod:`~tta_server.admin.players`, :mod:`~tta_server.admin.ops` (``broadcast``, ``stats``, and
reaching a running server), :mod:`~tta_server.admin.settings_view` (``settings``: the settings
in effect, secrets hidden), :mod:`~tta_server.admin.protocol_schema` (``protocol schema``: the
wire protocol as a JSON Schema).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated

import typer

from tta_server import version
from tta_server.admin.alerts import alerts_app
from tta_server.admin.backup import backup, restore
from tta_server.admin.bench import bench
from tta_server.admin.common import DEFAULT_TIMEOUT_S, PROG, Options
from tta_server.admin.db import db_app
from tta_server.admin.health import health
from tta_server.admin.ops import broadcast, stats
from tta_server.admin.parse import parse
from tta_server.admin.players import player_app
from tta_server.admin.protocol_schema import protocol_app
from tta_server.admin.safety import safety_app
from tta_server.admin.sessions import session_app
from tta_server.admin.settings_view import settings
from tta_server.admin.users import user_app
from tta_server.admin.worlds import world_app
from tta_server.settings import StoreKind

__all__ = ["app", "main"]

app = typer.Typer(
    name=PROG,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,  # locals may hold a password
)
app.add_typer(db_app, name="db")
app.command("backup")(backup)
app.command("restore")(restore)
app.add_typer(user_app, name="user")
app.command("health")(health)
app.add_typer(world_app, name="world")
app.command("parse")(parse)
app.add_typer(safety_app, name="safety")
app.command("bench")(bench)
app.add_typer(session_app, name="session")
app.add_typer(alerts_app, name="alerts")
app.add_typer(player_app, name="player")
app.command("broadcast")(broadcast)
app.command("stats")(stats)
app.command("settings")(settings)
app.add_typer(protocol_app, name="protocol")


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"{PROG} {version()}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    store: Annotated[
        StoreKind | None,
        typer.Option(help="embedded (SQLite, the default) or redis-neo4j.", show_default=False),
    ] = None,
    data_dir: Annotated[
        Path | None,
        typer.Option(help="Directory of the embedded store's SQLite file.", show_default=False),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option(help="TOML settings file (default config/tta.toml).", show_default=False),
    ] = None,
    worlds_dir: Annotated[
        Path | None,
        typer.Option(
            help="Directory of world files (default: the worlds shipped with TTA).",
            show_default=False,
        ),
    ] = None,
    ca_file: Annotated[
        Path | None,
        typer.Option(
            help="CA certificate (PEM) to trust for a wss:// or https:// --url (default: the "
            "system's trusted authorities).",
            show_default=False,
        ),
    ] = None,
    timeout: Annotated[
        float,
        typer.Option(min=0.1, help="Seconds allowed to open the store, or a server to answer."),
    ] = DEFAULT_TIMEOUT_S,
    debug: Annotated[
        bool, typer.Option("--debug", help="Print tracebacks and library logs.")
    ] = False,
    show_version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_print_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Administer a TTA installation: stores, accounts, health, world files, parser, safety,
    sessions, alerts, players' data, notices and figures.

    Settings as for tta-server: these options, then TTA_* variables, then the TOML file.

    Example: `TTA_NEO4J_PASSWORD=... tta-admin --store redis-neo4j user list`
    """
    if debug:
        logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    else:  # library warnings (Neo4j's retries) would break "one line per problem"
        logging.basicConfig(handlers=[logging.NullHandler()])
    ctx.obj = Options(store, data_dir, config, timeout, debug, worlds_dir, ca_file)


def main() -> None:
    """Entry point of the ``tta-admin`` console script."""
    app(prog_name=PROG)
