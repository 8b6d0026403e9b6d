"""``tta-admin backup`` / ``restore`` on both stores (tta_server/store/backup.py): a round trip
into a fresh store gives back every record byte for byte; every archive that is damaged,
truncated, foreign, newer or of the other store, and a target that is not empty or is held by a
server, is refused with one line before anything changes."""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
import sqlite3
import tarfile
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import open_clean_store, settings_for
from tests.store.backup_data import dump, populate
from tests.store.schema_helpers import neo4j_run, raw_version, set_raw_version, target_of
from tests.store.worlds import imported
from tests.test_admin import Admin
from tests.test_admin import admin as admin  # the fixture
from tta_server.settings import Settings, StoreKind
from tta_server.store import make_store
from tta_server.store.backup import backup, restore
from tta_server.store.base import NewEvent, Role, Store
from tta_server.store.data_lock import DataFolderLock
from tta_server.store.neo4j_backup import RELATIONSHIPS
from tta_server.store.neo4j_queries import DATA_LABELS
from tta_server.store.sqlite import DB_FILE


async def _open(settings: Settings) -> Store:
    store = make_store(settings)
    await store.open()
    return store


async def _dump(settings: Settings) -> str:
    store = await _open(settings)
    try:
        return await dump(store)
    finally:
        await store.close()


async def _wipe(settings: Settings) -> None:
    await (await open_clean_store(settings)).close()


async def _graph(settings: Settings) -> list[str]:
    """Every TTA node and relationship of Neo4j with its properties, identity-free, sorted."""
    nodes = await neo4j_run(
        settings,
        "MATCH (n) WHERE NOT n:TTASchema AND NOT n:TtaMigration "
        "RETURN labels(n) AS l, properties(n) AS p",
    )
    rels = await neo4j_run(
        settings,
        "MATCH (a)-[r]->(b) RETURN type(r) AS t, properties(r) AS p, "
        "[labels(a), properties(a)] AS a, [labels(b), properties(b)] AS b",
    )
    return sorted(json.dumps(x, sort_keys=True) for x in [*nodes, *rels])


def _sqlite_lines(data_dir: Path) -> list[str]:
    db = sqlite3.connect(data_dir / DB_FILE)
    try:
        return [line for line in db.iterdump() if "tta_bus" not in line]
    finally:
        db.close()


async def test_a_round_trip_gives_back_every_record(store_kind: StoreKind, tmp_path: Path) -> None:
    source = settings_for(store_kind, tmp_path / "source")
    store = await open_clean_store(source)
    try:
        await populate(store)
        want = await dump(store)
    finally:
        await store.close()
    graph = await _graph(source) if store_kind is StoreKind.REDIS_NEO4J else []
    archive = tmp_path / "tta.tar.gz"
    header = await backup(source, archive)
    assert header.store == str(store_kind)
    assert header.schema_version == target_of(store_kind)

    if store_kind is StoreKind.EMBEDDED:
        fresh = settings_for(store_kind, tmp_path / "fresh")
        assert header.counts["events"] == 9 and header.counts["accounts"] == 3
    else:
        fresh = source
        # the labels and relationship types in use are all ones a backup holds
        labels = await neo4j_run(source, "CALL db.labels() YIELD label RETURN label")
        used = {str(row["label"]) for row in labels} - {"TTASchema", "TtaMigration"}
        assert used <= set(DATA_LABELS)
        kinds = await neo4j_run(source, "MATCH ()-[r]->() RETURN DISTINCT type(r) AS t")
        assert {str(row["t"]) for row in kinds} <= set(RELATIONSHIPS)
        assert header.counts["Event"] == 9 and header.counts["Account"] == 3
        await (await open_clean_store(source)).close()  # empty it: the "fresh" store
        assert await _graph(source) == []

    done = await restore(fresh, archive, "the store")
    assert done.schema_version == target_of(store_kind)
    assert await _dump(fresh) == want
    if store_kind is StoreKind.EMBEDDED:
        assert _sqlite_lines(fresh.data_dir) == _sqlite_lines(source.data_dir)
    else:
        assert await _graph(fresh) == graph

    store = await _open(fresh)  # and it goes on working: a turn recorded before is known
    try:
        account = await store.get_account_by_username("alma")
        assert account is not None
        [active] = [s for s in await store.list_sessions(account.id) if s.status == "active"]
        again = await store.append_events(active.id, [NewEvent("x")], turn_id="turn-1")
        assert again.replayed and [e.type for e in again.events] == ["turn.input", "narration"]
        assert await store.create_account("new", "h", Role.PLAYER)
    finally:
        await store.close()


async def test_an_older_backup_is_migrated_when_restored(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    source = settings_for(store_kind, tmp_path / "source")
    store = await open_clean_store(source)
    await store.create_account("ivy", "h", Role.PLAYER)
    await store.close()
    await set_raw_version(source, 0)  # as a store made before versions were kept
    try:
        archive = tmp_path / "old.tar.gz"
        assert (await backup(source, archive)).schema_version == 0
    finally:
        await set_raw_version(source, target_of(store_kind))
    fresh = settings_for(store_kind, tmp_path / "fresh")
    if store_kind is StoreKind.REDIS_NEO4J:
        await (await open_clean_store(fresh)).close()
    done = await restore(fresh, archive, "the store")
    assert done.schema_version == target_of(store_kind)
    assert await raw_version(fresh) == target_of(store_kind)


async def test_an_embedded_backup_is_consistent_while_the_server_writes(tmp_path: Path) -> None:
    settings = settings_for(StoreKind.EMBEDDED, tmp_path / "live")
    store = await open_clean_store(settings)
    try:
        world = await imported(store)
        from tests.store.worlds import start

        account = await store.create_account("ivy", "h", Role.PLAYER)
        character = await store.create_character(account.id, "Ivy", {}, 5)
        session, _ = await store.create_session(
            account.id, character.id, world.id, [NewEvent("a")], start()
        )
        stop = asyncio.Event()

        async def write() -> int:
            n = 0
            while not stop.is_set():
                await store.append_events(session.id, [NewEvent("e"), NewEvent("f")])
                n += 1
            return n

        writer = asyncio.create_task(write())
        archives = []
        for i in range(3):
            archives.append(tmp_path / f"b{i}.tar.gz")
            await backup(settings, archives[-1])
        stop.set()
        assert await writer > 0
    finally:
        await store.close()
    for i, archive in enumerate(archives):
        target = settings_for(StoreKind.EMBEDDED, tmp_path / f"r{i}")
        await restore(target, archive, "the store")
        db = sqlite3.connect(target.data_dir / DB_FILE)
        last = db.execute("SELECT last_seq FROM sessions").fetchone()[0]
        seqs = [row[0] for row in db.execute("SELECT seq FROM events ORDER BY seq")]
        db.close()
        assert seqs == list(range(1, last + 1))  # each snapshot whole: no half-written turn


# -- refusals, through tta-admin ---------------------------------------------------------------


def _members(archive: Path) -> tuple[dict[str, Any], str, bytes]:
    with tarfile.open(archive, "r:gz") as tar:
        first, second = tar.getmembers()
        head = tar.extractfile(first)
        body = tar.extractfile(second)
        assert head is not None and body is not None
        return json.loads(head.read()), second.name, body.read()


def _write(path: Path, members: list[tuple[str, bytes]]) -> Path:
    with tarfile.open(path, "w:gz") as tar:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def _rewritten(
    good: Path, path: Path, checksum: bool = True, body_edit: bytes | None = None, **header: Any
) -> Path:
    head, name, body = _members(good)
    if body_edit is not None:
        body = body[: len(body) // 2] + body_edit + body[len(body) // 2 + len(body_edit) :]
    head.update(header)
    if checksum:
        head["body_sha256"] = hashlib.sha256(body).hexdigest()
        head["body_bytes"] = len(body)
    return _write(path, [("tta-backup.json", json.dumps(head).encode()), (name, body)])


def _refused(admin: Admin, archive: Path, *extra: str) -> str:
    before = asyncio.run(_dump(admin.settings))
    result = admin("restore", str(archive), *extra)
    assert result.exit_code == 1, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("tta-admin: nothing restored: "), lines
    assert asyncio.run(_dump(admin.settings)) == before  # the target is untouched
    return lines[0].removeprefix("tta-admin: nothing restored: ")


def test_bad_archives_and_targets_are_refused_before_anything_changes(
    admin: Admin, tmp_path: Path
) -> None:
    admin.in_store(populate)
    good = tmp_path / "good.tar.gz"
    made = admin("backup", str(good))
    assert made.exit_code == 0, made.output
    assert made.stdout.startswith(f"backed up the {admin.kind} store (")
    assert good.stat().st_mode & 0o777 == 0o600  # password hashes, players' words
    again = admin("backup", str(good))
    assert again.exit_code == 1
    assert again.stderr.strip() == (
        f"tta-admin: backup not made: {good} exists already: give the backup a new name"
    )
    target = target_of(admin.kind)
    other = "redis-neo4j" if admin.kind is StoreKind.EMBEDDED else "embedded"
    head, _, _ = _members(good)

    # the target holds data: refused without --force, naming what it holds
    why = _refused(admin, good)
    assert why.startswith(f"the {admin.kind} store (") and " is not empty: it holds " in why
    assert why.endswith("; restore into an empty store, or add --force to replace everything in it")

    # every bad archive is refused even with --force, and the populated target stays as it was
    random = tmp_path / "random.bin"
    random.write_bytes(bytes(range(256)) * 40)
    assert _refused(admin, random, "--force") == (
        f"{random} is not a TTA backup: not a readable tar.gz (not a gzip file)"
    )
    foreign = _write(tmp_path / "foreign.tar.gz", [("notes.txt", b"hello"), ("x", b"y")])
    assert _refused(admin, foreign, "--force") == (
        f"{foreign} is not a TTA backup: its first member is 'notes.txt', not tta-backup.json"
    )
    truncated = tmp_path / "truncated.tar.gz"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    assert _refused(admin, truncated, "--force").startswith(f"{truncated} is truncated")
    damaged = _rewritten(good, tmp_path / "damaged.tar.gz", checksum=False, body_edit=b"XXXX")
    assert " is damaged: its body (" in _refused(admin, damaged, "--force")
    bad_json = tmp_path / "bad-header.tar.gz"
    _write(bad_json, [("tta-backup.json", b"{not json"), (head["body"], b"")])
    assert _refused(admin, bad_json, "--force") == (
        f"{bad_json} has a damaged header: tta-backup.json is not JSON"
    )
    newer = _rewritten(good, tmp_path / "newer.tar.gz", schema_version=target + 1)
    assert _refused(admin, newer, "--force") == (
        f"{newer} holds schema version {target + 1}, newer than this TTA's (version {target}): "
        f"restore it with the TTA version that made it ({head['tta_version']}) or a newer one"
    )
    later = _rewritten(good, tmp_path / "later.tar.gz", format_version=2)
    assert _refused(admin, later, "--force") == (
        f"{later} was made by a later TTA (backup format 2; this TTA reads format 1): restore "
        "it with that version or newer"
    )
    crossed = _rewritten(good, tmp_path / "crossed.tar.gz", store=other)
    assert _refused(admin, crossed, "--force") == (
        f"{crossed} is a backup of the {other} store, and this TTA is set up for the "
        f"{admin.kind} store: a backup can only be restored into the kind of store it came "
        f"from (use --store {other})"
    )
    # a consistent archive (checksum right) whose body is not what its header says
    counted = {**head["counts"], next(iter(head["counts"])): 999}
    miscounted = _rewritten(good, tmp_path / "miscounted.tar.gz", counts=counted)
    assert " is damaged: " in _refused(admin, miscounted, "--force")
    if admin.kind is StoreKind.EMBEDDED:
        lock = DataFolderLock(admin.data_dir)
        lock.acquire()  # as a running server holds it
        try:
            why = _refused(admin, good, "--force")
        finally:
            lock.release()
        assert "is using the data folder" in why and why.endswith(
            "(stop the server before restoring)"
        )
    else:
        garbled = _rewritten(good, tmp_path / "garbled.tar.gz", body_edit=b'"}{\n')
        assert " is damaged: line " in _refused(admin, garbled, "--force")

    # --force with the good archive replaces the data with the backup's
    restored = admin("restore", str(good), "--force")
    assert restored.exit_code == 0, restored.output
    assert restored.stdout.startswith(f"restored {good} (made ")
    assert f"schema now version {target}" in " ".join(restored.stdout.split())


@pytest.mark.parametrize("kind", [StoreKind.EMBEDDED])
def test_backup_of_a_missing_embedded_store_says_so(kind: StoreKind, tmp_path: Path) -> None:
    admin = Admin(kind, tmp_path / "nothing-here")
    result = admin("backup", str(tmp_path / "b.tar.gz"))
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"tta-admin: backup not made: there is no embedded store at "
        f"{tmp_path / 'nothing-here' / DB_FILE}: check --data-dir"
    )


def test_a_neo4j_import_that_fails_part_way_removes_what_it_created(tmp_path: Path) -> None:
    admin = Admin(StoreKind.REDIS_NEO4J, tmp_path)
    asyncio.run(_wipe(admin.settings))
    admin.in_store(populate)
    good = tmp_path / "good.tar.gz"
    assert admin("backup", str(good)).exit_code == 0
    head, name, body = _members(good)
    lines = [line + "\n" for line in body.decode().split("\n") if line]
    # the import creates nodes label by label, in the order the labels first appear: a twin
    # (same unique id) in the last label with a uniqueness constraint fails after others exist
    order = list(dict.fromkeys(json.loads(x)["labels"][0] for x in lines if '"node"' in x[:8]))
    unique = [x for x in order if x in ("Account", "Character", "GameSession", "Alert", "Turn")]
    label = unique[-1]
    assert order.index(label) > 0
    at = next(i for i, x in enumerate(lines) if f'"labels":["{label}"]' in x)
    twin = json.loads(lines[at])
    twin["node"] = 10**6
    lines.insert(at + 1, json.dumps(twin, separators=(",", ":")) + "\n")
    body = "".join(lines).encode()
    head["counts"][label] += 1
    head.update(body_sha256=hashlib.sha256(body).hexdigest(), body_bytes=len(body))
    twins = _write(
        tmp_path / "twins.tar.gz", [("tta-backup.json", json.dumps(head).encode()), (name, body)]
    )
    result = admin("restore", str(twins), "--force")
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert line.startswith("tta-admin: nothing restored: the import failed (ConstraintError: ")
    assert line.endswith(
        "what it had created was removed, so the redis-neo4j store "
        f"({admin.settings.neo4j_uri} (database neo4j)) is empty (its old data was deleted "
        "first, as --force asks): fix the cause and restore again"
    )
    assert asyncio.run(_graph(admin.settings)) == []
    assert admin("restore", str(good)).exit_code == 0  # the empty store takes a good backup
    assert asyncio.run(_graph(admin.settings)) != []


def test_a_store_that_does_not_answer_is_named_in_one_line(tmp_path: Path) -> None:
    admin = Admin(StoreKind.REDIS_NEO4J, tmp_path)
    dead = "bolt://127.0.0.1:1"
    empty = b""
    header = {
        "format": "tta-backup", "format_version": 1, "store": "redis-neo4j",
        "schema_version": 1, "created_at": "2026-12-03T12:00:00Z", "tta_version": "0.1.0",
        "counts": {}, "body": "neo4j.jsonl", "body_bytes": 0,
        "body_sha256": hashlib.sha256(empty).hexdigest(),
    }  # fmt: skip
    archive = _write(
        tmp_path / "empty.tar.gz",
        [("tta-backup.json", json.dumps(header).encode()), ("neo4j.jsonl", empty)],
    )
    for args in (("backup", str(tmp_path / "new.tar.gz")), ("restore", str(archive))):
        result = admin(*args, TTA_NEO4J_URI=dead)
        assert result.exit_code == 1
        [line] = result.stderr.splitlines()
        assert line.startswith(f"tta-admin: cannot reach Neo4j at {dead} (database neo4j): "), line
    assert not (tmp_path / "new.tar.gz").exists()
