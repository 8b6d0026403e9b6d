"""``tta-admin db``: set up the stores."""

from __future__ import annotations

import typer
from rich.markup import escape

from tta_server.admin.common import Target, location, out, run

db_app = typer.Typer(no_args_is_help=True, help="Set up the stores.")


@db_app.command("init")
def db_init(ctx: typer.Context) -> None:
    """Create the store's schema, constraints and indexes where missing; safe to repeat.

    Example: `tta-admin --store redis-neo4j db init`
    """

    async def body(target: Target) -> None:
        async with target.store() as store:
            names = list(await store.check())
        settings = target.settings
        console = out()
        console.print(f"{settings.store} store ready: schema, constraints and indexes in place")
        for name in names:
            console.print(f"  {name:<7} {escape(location(name, settings))}")

    run(ctx, body)
