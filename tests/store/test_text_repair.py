"""An embedded store written by a version that did not check input (lone surrogates and terminal
control characters stored in events, characters and alerts) is repaired when opened: every read
works again and nothing left can break a terminal (issue 13, item 4)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.conftest import open_clean_store, settings_for
from tests.store.worlds import imported, start
from tta_server.settings import StoreKind
from tta_server.store import make_store
from tta_server.store.base import NewEvent, Role
from tta_server.store.sqlite import DB_FILE
from tta_server.store.sqlite_migrations import SCHEMA_VERSION

BROKEN = "hello \ud800 there \x1b]0;title\x07 and \x1b[2J end"


async def test_damaged_rows_are_repaired_once_on_open(tmp_path: Path) -> None:
    settings = settings_for(StoreKind.EMBEDDED, tmp_path)
    store = make_store(settings)
    await store.open()
    acc = await store.create_account("ivy", "h", Role.PLAYER)
    ch = await store.create_character(acc.id, "Ivy", {"backstory": "fine"}, 5)
    await imported(store)
    session, _ = await store.create_session(
        acc.id, ch.id, "tiny", [NewEvent("session.started", {"world": "tiny"})], start()
    )
    await store.close()

    # what an older version left behind: JSON escapes of a surrogate, raw control characters
    db = sqlite3.connect(tmp_path / DB_FILE)
    db.execute(
        "INSERT INTO events (session_id, seq, type, data, at) VALUES (?, 2, 'player.said', ?, 1)",
        (session.id, json.dumps({"text": BROKEN, "tags": [BROKEN]})),
    )
    db.execute(
        "UPDATE characters SET data = ? WHERE id = ?",
        (json.dumps({"backstory": BROKEN}), ch.id),
    )
    db.execute("UPDATE sessions SET paused = ? WHERE id = ?", ("wait \x1b[2J", session.id))
    db.execute("PRAGMA user_version = 0")
    db.commit()
    db.close()

    store = make_store(settings)
    await store.open()
    try:
        events = await store.read_events(session.id, 0, 10)
        said = events[-1].data
        assert said["text"] == "hello \ufffd there ]0;title and [2J end"
        assert said["tags"] == [said["text"]]
        for event in events:  # every event can be sent as UTF-8 again
            json.dumps(event.data, ensure_ascii=False).encode("utf-8")
        [character] = await store.list_characters(acc.id)
        assert character.data["backstory"] == said["text"]
        loaded = await store.get_session(acc.id, session.id)
        assert loaded is not None and loaded.paused == "wait [2J"
    finally:
        await store.close()
    db = sqlite3.connect(tmp_path / DB_FILE)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    db.close()


async def test_neo4j_text_with_control_characters_is_repaired_once(tmp_path: Path) -> None:
    settings = settings_for(StoreKind.REDIS_NEO4J, tmp_path)
    store = await open_clean_store(settings)
    dirty = "calm\x1b[2J\x1b]0;owned\x07 \x9b end"
    try:
        acc = await store.create_account("ivy", "h", Role.PLAYER)
        ch = await store.create_character(acc.id, "Ivy", {"backstory": dirty, "traits": [dirty]}, 5)
        await imported(store)
        session, _ = await store.create_session(
            acc.id, ch.id, "tiny", [NewEvent("session.started", {"world": "tiny"})], start()
        )
        await store.append_events(session.id, [NewEvent("turn.input", {"text": dirty})])
        # as an older server left it: no record that the repair ran
        driver = store._driver  # type: ignore[attr-defined]
        await driver.execute_query("MATCH (m:TtaMigration) DELETE m")
        await driver.execute_query("MATCH (s:TTASchema) DELETE s")
    finally:
        await store.close()

    store = make_store(settings)
    await store.open()
    try:
        want = "calm[2J]0;owned  end"
        [character] = await store.list_characters(acc.id)
        assert character.data == {"backstory": want, "traits": [want]}
        events = await store.read_events(session.id, 0, 10)
        assert events[-1].data == {"text": want}
    finally:
        await store.close()
