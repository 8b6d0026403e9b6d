"""``tta-admin backup`` and ``tta-admin restore``: a whole store to one archive and back
(:mod:`tta_server.store.backup`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from tta_server.admin.common import (
    PROBLEMS,
    AdminError,
    Target,
    dependency_of,
    location,
    one_line,
    out,
    run,
)
from tta_server.settings import StoreKind
from tta_server.store.backup import BackupError, summary
from tta_server.store.backup import backup as backup_store
from tta_server.store.backup import restore as restore_store
from tta_server.store.backup_archive import BadArchive
from tta_server.store.schema import SchemaError


def _where(target: Target) -> str:
    settings = target.settings
    name = "sqlite" if settings.store is StoreKind.EMBEDDED else "neo4j"
    return f"the {settings.store} store ({location(name, settings)})"


def _unreachable(target: Target, exc: Exception) -> AdminError | None:
    """The one line for a store that did not answer (None: ``exc`` is something else)."""
    name = dependency_of(exc, target.settings.store)
    if name is None:
        return None
    return AdminError(f"{PROBLEMS[name]} {location(name, target.settings)}: {one_line(exc)}")


def backup(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(help="The archive to write (a new .tar.gz file).")],
) -> None:
    """Back the whole store up to one archive, while the server runs.

    The embedded store is copied with SQLite's online backup; redis-neo4j's Neo4j data is
    read in one transaction (Redis holds nothing that needs keeping). The archive's header
    names the store, its schema version, the counts and the body's SHA-256.

    Example: `tta-admin backup /var/backups/tta/tta-2026-12-03.tar.gz`
    """

    async def body(target: Target) -> None:
        try:
            header = await backup_store(target.settings, path)
        except (BackupError, SchemaError, ValueError) as exc:
            raise AdminError(f"backup not made: {exc}") from None
        except Exception as exc:
            raise _unreachable(target, exc) or exc from None
        out().print(
            f"backed up {escape(_where(target))}, schema version {header.schema_version}, "
            f"to {escape(str(path))}: {summary(header.counts)}; body {header.body_bytes} "
            f"bytes, sha256 {header.body_sha256}"
        )

    run(ctx, body)


def restore(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(help="An archive made by `tta-admin backup`.")],
    force: Annotated[
        bool, typer.Option("--force", help="Replace the data of a store that is not empty.")
    ] = False,
) -> None:
    """Restore a backup into the configured store: stop every server first.

    The archive is checked in full first (header, checksum, counts, kind of store, schema
    version not newer than this TTA's), and the store must be empty unless --force; anything
    wrong is refused before the store is touched. A backup from an older version is
    migrated. Players log in again afterwards.

    Example: `tta-admin --store redis-neo4j restore /var/backups/tta/tta-2026-12-03.tar.gz`
    """

    async def body(target: Target) -> None:
        try:
            done = await restore_store(target.settings, path, _where(target), force)
        except (BadArchive, BackupError, SchemaError) as exc:
            raise AdminError(f"nothing restored: {exc}") from None
        except Exception as exc:
            raise _unreachable(target, exc) or exc from None
        header = done.header
        out().print(
            f"restored {escape(str(path))} (made {header.created_at} by TTA "
            f"{escape(header.tta_version)}, schema version {header.schema_version}) into "
            f"{escape(_where(target))}: {summary(header.counts)}; schema now version "
            f"{done.schema_version}"
        )

    run(ctx, body)
