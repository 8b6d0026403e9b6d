"""``tta-admin db``: set up the stores and bring their schema up to this version."""

from __future__ import annotations

import asyncio
from typing import Annotated

import typer
from rich.markup import escape

from tta_server.admin.common import Target, location, out, run
from tta_server.settings import StoreKind
from tta_server.store import sqlite_migrations
from tta_server.store.sqlite import DB_FILE

db_app = typer.Typer(no_args_is_help=True, help="Set up the stores and migrate their schema.")


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


@db_app.command("migrate")
def db_migrate(
    ctx: typer.Context,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="List the pending migrations; change nothing.")
    ] = False,
) -> None:
    """Bring the store's schema up to this version (the server also does it when it starts).

    Prints the version before and after. A store newer than this TTA is refused (exit 1),
    as is a migration that fails (the store keeps its old version).

    Example: `tta-admin --store redis-neo4j db migrate --dry-run`
    """

    async def body(target: Target) -> None:
        console = out()
        settings = target.settings
        if dry_run and settings.store is StoreKind.EMBEDDED:
            path = settings.data_dir / DB_FILE
            if not await asyncio.to_thread(path.exists):  # opening would create it
                console.print(
                    f"embedded store: none at {escape(str(path))} yet; it is made at schema "
                    f"version {sqlite_migrations.SCHEMA_VERSION} when first opened"
                )
                return
        async with target.store(migrate=False) as store:
            before = await store.schema_status()
            if dry_run:
                console.print(
                    f"{store.kind} store: schema version {before.current}, this TTA's "
                    f"{before.target}; {len(before.pending)} migration(s) pending"
                )
                for line in before.pending:
                    console.print(f"  {escape(line)}")
                return
            await store.migrate()
            after = await store.schema_status()
        if before.current == after.current:
            console.print(f"{store.kind} store: schema version {after.current}, up to date")
            return
        console.print(
            f"{store.kind} store: schema migrated from version {before.current} to {after.current}"
        )
        for line in before.pending:
            console.print(f"  ran {escape(line)}")

    run(ctx, body)
