"""Backing up a whole store to one archive, and restoring it (``tta-admin backup`` and
``tta-admin restore``).

The archive (:mod:`~tta_server.store.backup_archive`) holds a header and a body: for the
embedded store a copy of its SQLite file made with SQLite's online backup
(:mod:`~tta_server.store.sqlite_backup`), consistent while the server runs; for redis-neo4j
TTA's Neo4j data (:mod:`~tta_server.store.neo4j_backup`), read in one transaction. Redis is not
backed up: it holds tokens, throttle counters and replay copies, which are rebuilt (players log
in again); a restore clears it.

:func:`restore` checks everything before it changes anything: the archive in full (format,
checksum, counts, the body itself), that it is of the configured kind of store (a backup of one
kind cannot be restored into the other), that its schema is not newer than this code's, that no
server holds the embedded data folder, and that the target is empty unless ``force``. Then it
replaces the data (SQLite: one backup-API transaction, so a failure leaves the old data; Neo4j:
with ``force`` the old data is deleted first, then the backup's is created in batches, and a
failure part way removes what was created, leaving the store empty: :class:`RestoreFailed`) and
runs the migrations a backup made by an older version needs.
"""

from __future__ import annotations

import asyncio
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tta_server import version as tta_version
from tta_server.settings import Settings, StoreKind
from tta_server.store import make_store, neo4j_migrations, sqlite_backup, sqlite_migrations
from tta_server.store.backup_archive import BadArchive, Header, read_archive, write_archive
from tta_server.store.data_lock import DataFolderInUse, DataFolderLock
from tta_server.store.redis_neo4j import RedisNeo4jStore
from tta_server.store.schema import SchemaTooNew
from tta_server.store.sqlite import DB_FILE, SqliteStore


class BackupError(Exception):
    """A backup or restore that cannot go ahead; the message (one line) says why and what to do.
    Nothing was changed (but see :class:`RestoreFailed`)."""


class RestoreFailed(BackupError):
    """Restoring into Neo4j failed part way: what it created was removed, and the store is
    empty (with ``--force``, its old data had been deleted first)."""


@dataclass(frozen=True, slots=True)
class Restored:
    """What :func:`restore` did: the archive's header and the schema version now."""

    header: Header
    schema_version: int


def target_version(kind: StoreKind) -> int:
    """The schema version this code writes for a kind of store."""
    if kind is StoreKind.EMBEDDED:
        return sqlite_migrations.SCHEMA_VERSION
    return neo4j_migrations.SCHEMA_VERSION


def summary(counts: dict[str, int]) -> str:
    """``accounts 3, events 12`` (zeros left out), or ``nothing``."""
    return ", ".join(f"{name} {n}" for name, n in sorted(counts.items()) if n) or "nothing"


async def backup(settings: Settings, dest: Path) -> Header:
    """Back the configured store up to the new file ``dest``."""
    await asyncio.to_thread(_check_dest, dest)
    kind = settings.store
    with tempfile.TemporaryDirectory(prefix=".tta-backup-", dir=dest.parent) as tmp:
        if kind is StoreKind.EMBEDDED:
            body = Path(tmp) / "tta.sqlite3"
            try:
                version, counts = await asyncio.to_thread(
                    sqlite_backup.copy_out, settings.data_dir / DB_FILE, body
                )
            except FileNotFoundError as exc:
                raise BackupError(f"{exc}: check --data-dir") from None
            if version > target_version(kind):
                raise SchemaTooNew(str(kind), version, target_version(kind))
        else:
            body = Path(tmp) / "neo4j.jsonl"
            store = _neo4j(settings)
            try:
                await store.open(migrate=False)  # SchemaTooNew: back it up with its own TTA
                version = (await store.schema_status()).current
                counts = await store.export_data(body)
            finally:
                await store.close()
        return await asyncio.to_thread(
            write_archive,
            dest,
            body,
            store="embedded" if kind is StoreKind.EMBEDDED else "redis-neo4j",
            schema_version=version,
            counts=counts,
            tta_version=tta_version(),
        )


def _check_dest(dest: Path) -> None:
    if dest.exists():
        raise BackupError(f"{dest} exists already: give the backup a new name")
    if not dest.parent.is_dir():
        raise BackupError(f"{dest.parent} is not a folder: create it, or back up elsewhere")


def _neo4j(settings: Settings) -> RedisNeo4jStore:
    store = make_store(settings)
    assert isinstance(store, RedisNeo4jStore)
    return store


async def restore(settings: Settings, path: Path, where: str, force: bool = False) -> Restored:
    """Restore the archive at ``path`` into the configured store (``where`` names it in
    messages). Raises :class:`BadArchive` or :class:`BackupError` before changing anything."""
    kind = settings.store
    with tempfile.TemporaryDirectory(prefix="tta-restore-") as tmp:
        header, body = await asyncio.to_thread(read_archive, path, Path(tmp))
        if header.store != str(kind):
            raise BackupError(
                f"{path} is a backup of the {header.store} store, and this TTA is set up for the "
                f"{kind} store: a backup can only be restored into the kind of store it came "
                f"from (use --store {header.store})"
            )
        if header.schema_version > target_version(kind):
            raise BackupError(
                f"{path} holds schema version {header.schema_version}, newer than this TTA's "
                f"(version {target_version(kind)}): restore it with the TTA version that made "
                f"it ({header.tta_version}) or a newer one"
            )
        if kind is StoreKind.EMBEDDED:
            return await _restore_sqlite(settings, path, where, force, header, body)
        return await _restore_neo4j(settings, path, where, force, header, body)


def _not_empty(where: str, counts: dict[str, int]) -> BackupError:
    return BackupError(
        f"{where} is not empty: it holds {summary(counts)}; restore into an empty store, or "
        "add --force to replace everything in it"
    )


async def _restore_sqlite(
    settings: Settings, path: Path, where: str, force: bool, header: Header, body: Path
) -> Restored:
    version, counts = await asyncio.to_thread(sqlite_backup.check_body, body, str(path))
    if version != header.schema_version or counts != header.counts:
        raise BadArchive(f"{path} is damaged: its database does not match its header")
    lock = DataFolderLock(settings.data_dir)
    try:
        lock.acquire()
    except DataFolderInUse as exc:
        raise BackupError(f"{exc} (stop the server before restoring)") from None
    try:
        live = settings.data_dir / DB_FILE
        existing = await asyncio.to_thread(sqlite_backup.live_counts, live)
        if any(existing.values()) and not force:
            raise _not_empty(where, existing)
        await asyncio.to_thread(sqlite_backup.copy_in, body, live)
        store = SqliteStore(settings.data_dir)
        await store.open()  # migrates a backup made by an older version
        try:
            now = (await store.schema_status()).current
        finally:
            await store.close()
    finally:
        lock.release()
    return Restored(header, now)


async def _restore_neo4j(
    settings: Settings, path: Path, where: str, force: bool, header: Header, body: Path
) -> Restored:
    from tta_server.store import neo4j_backup

    await asyncio.to_thread(neo4j_backup.check_body, body, str(path), header.counts)
    store = _neo4j(settings)
    try:
        await store.open(migrate=False)
        existing = await store.data_counts()
        if existing and not force:
            raise _not_empty(where, existing)
        await store.wipe()  # with --force its data; always the Redis keys (tokens, replays)
        try:
            await store.import_data(body, header.schema_version)
        except Exception as exc:
            text = " ".join(str(exc).split())[:300]
            raise RestoreFailed(
                f"the import failed ({type(exc).__name__}: {text}); what it had created was "
                f"removed, so {where} is empty"
                + (" (its old data was deleted first, as --force asks)" if existing else "")
                + ": fix the cause and restore again"
            ) from exc
        await store.migrate()
        now = (await store.schema_status()).current
    finally:
        await store.close()
    return Restored(header, now)
