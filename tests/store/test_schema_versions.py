"""Schema versions on both stores (tta_server/store/schema.py): a new store is at the code's
version; a newer one is refused before anything changes; a failing migration leaves the old
version working; ``tta-admin db migrate`` reports and ``--dry-run`` lists; the server refuses to
start on a newer schema."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import aiosqlite
import pytest
from neo4j import AsyncDriver

from tests.conftest import open_clean_store, settings_for
from tests.store.schema_helpers import (
    neo4j_run,
    raw_version,
    set_raw_version,
    store_with,
    target_of,
)
from tests.test_admin import ENV, Admin
from tests.test_admin import admin as admin  # the fixture
from tta_server.settings import StoreKind
from tta_server.store import neo4j_migrations, sqlite_migrations
from tta_server.store.base import Role
from tta_server.store.schema import MigrationFailed, SchemaTooNew

REPO = Path(__file__).resolve().parents[2]


async def test_a_new_store_is_at_the_codes_version(store_kind: StoreKind, tmp_path: Path) -> None:
    settings = settings_for(store_kind, tmp_path)
    store = await open_clean_store(settings)
    try:
        status = await store.schema_status()
    finally:
        await store.close()
    target = target_of(store_kind)
    assert (status.current, status.target, status.pending) == (target, target, ())
    assert await raw_version(settings) == target


async def test_a_newer_schema_is_refused_naming_both_versions_and_left_alone(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    settings = settings_for(store_kind, tmp_path)
    store = await open_clean_store(settings)
    account = await store.create_account("ivy", "h", Role.PLAYER)
    await store.close()
    target = target_of(store_kind)
    await set_raw_version(settings, target + 7)
    try:
        store = store_with(settings)
        with pytest.raises(SchemaTooNew) as caught:
            await store.open()
        await store.close()
        message = str(caught.value)
        assert "\n" not in message
        assert f"schema is version {target + 7}, newer than this TTA's (version {target})" in (
            message
        )
        assert "run that version" in message
        assert await raw_version(settings) == target + 7
    finally:
        await set_raw_version(settings, target)
    store = store_with(settings)
    await store.open()
    try:
        assert await store.get_account(account.id) == account
    finally:
        await store.close()


async def _fails(_: object, *__: object) -> None:
    raise RuntimeError("the disk is on fire")


async def test_a_failing_sqlite_migration_rolls_back_to_the_old_schema(tmp_path: Path) -> None:
    settings = settings_for(StoreKind.EMBEDDED, tmp_path)
    store = await open_clean_store(settings)
    account = await store.create_account("ivy", "h", Role.PLAYER)
    await store.close()
    target = sqlite_migrations.SCHEMA_VERSION

    async def always(_: aiosqlite.Connection) -> bool:
        return True

    async def add_column(db: aiosqlite.Connection) -> None:
        await db.execute("ALTER TABLE accounts ADD COLUMN shoe_size INTEGER")

    async def fail(db: aiosqlite.Connection) -> None:
        await _fails(db)

    later = (
        *sqlite_migrations.MIGRATIONS,
        sqlite_migrations.Migration(target + 1, "shoe sizes", always, add_column),
        sqlite_migrations.Migration(target + 2, "a broken one", always, fail),
    )
    store = store_with(settings, sqlite=later)
    with pytest.raises(MigrationFailed) as caught:
        await store.open()
    assert str(caught.value) == (
        f"migration {target + 2} (a broken one) of the embedded store failed: RuntimeError: "
        f"the disk is on fire; the store is left at schema version {target}, which this TTA's "
        "previous version can still use"
    )
    assert await raw_version(settings) == target
    async with aiosqlite.connect(settings.data_dir / "tta.sqlite3") as db:
        columns = [row[1] for row in await db.execute_fetchall("PRAGMA table_info(accounts)")]
    assert "shoe_size" not in columns  # the whole migration was rolled back
    store = store_with(settings)
    await store.open()
    try:
        assert await store.get_account(account.id) == account
    finally:
        await store.close()


async def test_a_failing_neo4j_migration_keeps_the_last_version_and_runs_again(
    tmp_path: Path,
) -> None:
    settings = settings_for(StoreKind.REDIS_NEO4J, tmp_path)
    store = await open_clean_store(settings)
    account = await store.create_account("ivy", "h", Role.PLAYER)
    await store.close()
    target = neo4j_migrations.SCHEMA_VERSION
    attempts: list[int] = []

    async def mark(driver: AsyncDriver, database: str) -> set[str]:
        await driver.execute_query("MATCH (a:Account) SET a.test_mark = true", database_=database)
        return set()

    async def fails_once(driver: AsyncDriver, database: str) -> set[str]:
        attempts.append(1)
        if len(attempts) == 1:
            await _fails(driver)
        return set()

    later = (
        *neo4j_migrations.MIGRATIONS,
        neo4j_migrations.Migration(target + 1, "mark accounts", mark),
        neo4j_migrations.Migration(target + 2, "fails the first time", fails_once),
    )
    try:
        store = store_with(settings, neo4j=later)
        with pytest.raises(MigrationFailed) as caught:
            await store.open()
        await store.close()
        assert f"migration {target + 2} (fails the first time)" in str(caught.value)
        assert f"left at schema version {target + 1}" in str(caught.value)
        assert await raw_version(settings) == target + 1  # raised after the one that worked

        # the code that knows only the first migrations still opens it, and reads the data
        store = store_with(settings, neo4j=later[: target + 1])
        await store.open()
        try:
            assert await store.get_account(account.id) == account
        finally:
            await store.close()

        store = store_with(settings, neo4j=later)
        await store.open()  # the failed one runs again, and now works
        await store.close()
        assert len(attempts) == 2
        assert await raw_version(settings) == target + 2
    finally:
        await neo4j_run(settings, "MATCH (a:Account) REMOVE a.test_mark")
        await set_raw_version(settings, None)
        await set_raw_version(settings, target)


def test_db_migrate_lists_runs_and_reports(admin: Admin) -> None:
    settings = admin.settings
    target = target_of(admin.kind)
    asyncio.run(set_raw_version(settings, 0))  # as before versions were kept

    listed = admin("db", "migrate", "--dry-run")
    assert listed.exit_code == 0, listed.output
    assert listed.stdout.splitlines()[0] == (
        f"{admin.kind} store: schema version 0, this TTA's {target}; {target} migration(s) pending"
    )
    assert "repair text stored before input was checked" in listed.stdout
    assert asyncio.run(raw_version(settings)) == 0  # a dry run changes nothing

    ran = admin("db", "migrate")
    assert ran.exit_code == 0, ran.output
    assert ran.stdout.splitlines()[0] == (
        f"{admin.kind} store: schema migrated from version 0 to {target}"
    )
    assert asyncio.run(raw_version(settings)) == target
    again = admin("db", "migrate")
    assert again.stdout.strip() == f"{admin.kind} store: schema version {target}, up to date"

    asyncio.run(set_raw_version(settings, target + 1))
    try:
        for args in (("db", "migrate"), ("db", "migrate", "--dry-run"), ("user", "list")):
            refused = admin(*args)
            assert refused.exit_code == 1
            assert refused.stderr.splitlines() == [
                f"tta-admin: the {admin.kind} store's schema is version {target + 1}, newer "
                f"than this TTA's (version {target}): it was written by a later TTA; run that "
                "version (or newer), or restore a backup made by this one"
            ]
        health = admin("health")
        assert health.exit_code == 1
        assert (
            f"FAILED  schema  {admin.kind} store: the {admin.kind} store's schema is version"
            in (health.stdout)
        )
    finally:
        asyncio.run(set_raw_version(settings, target))


def test_a_dry_run_on_a_missing_embedded_store_creates_nothing(tmp_path: Path) -> None:
    admin = Admin(StoreKind.EMBEDDED, tmp_path / "none")
    listed = admin("db", "migrate", "--dry-run")
    assert listed.exit_code == 0, listed.output
    assert listed.stdout.strip() == (
        f"embedded store: none at {tmp_path / 'none' / 'tta.sqlite3'} yet; it is made at schema "
        f"version {sqlite_migrations.SCHEMA_VERSION} when first opened"
    )
    assert not (tmp_path / "none").exists()


def test_the_server_refuses_to_start_on_a_newer_schema(admin: Admin) -> None:
    settings = admin.settings
    target = target_of(admin.kind)
    asyncio.run(set_raw_version(settings, target + 1))
    try:
        done = subprocess.run(
            [sys.executable, "-m", "tta_server.cli", "--store", str(admin.kind),
             "--data-dir", str(admin.data_dir), "--port", "0"],
            cwd=REPO, env={**ENV, "PATH": "/usr/bin:/bin"}, capture_output=True, text=True,
            timeout=60, check=False,
        )  # fmt: skip
    finally:
        asyncio.run(set_raw_version(settings, target))
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines()[-1] == (
        f"tta-server: cannot start: the {admin.kind} store's schema is version {target + 1}, "
        f"newer than this TTA's (version {target}): it was written by a later TTA; run that "
        "version (or newer), or restore a backup made by this one"
    )
