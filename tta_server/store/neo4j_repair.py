"""A one-time repair of text that Neo4j holds from before input was checked (issue 13).

Older servers stored whatever players and staff typed, terminal control sequences included (a
screen clear in a backstory, a title change in a facilitator's note). New input is refused at
the frame boundary (:mod:`tta_server.protocol.frames`); this rewrites what is already stored,
once per database: every text property and every JSON document listed in :data:`TEXT_PROPS`
passes :func:`tta_server.protocol.text.clean`. A ``(:TtaMigration {id})`` node records that it ran.
Lone surrogates need no repair here: the Neo4j driver never could store one.
"""

from __future__ import annotations

import json
from typing import Any, LiteralString

from neo4j import AsyncDriver

from tta_server.protocol.text import clean, clean_all

MIGRATION_ID = "text-clean-1"
BATCH = 500

TEXT_PROPS: tuple[tuple[LiteralString, tuple[str, ...], tuple[str, ...]], ...] = (
    ("Character", (), ("data",)),
    ("Event", (), ("data",)),
    ("Playthrough", (), ("state",)),
    ("Alert", ("text", "note", "character_name"), ()),
    ("GameSession", ("paused",), ()),
    ("Action", ("detail",), ()),
)
"""(label, plain text properties, JSON text properties) to repair."""

_DIRTY = (
    "(?s).*([\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f]|\\\\u00[01][0-9a-fA-F]|\\\\u007[fF]).*"
)
"""A Java regex for text holding a control character, raw or as a JSON ``\\u00XX`` escape."""


async def repair_text(driver: AsyncDriver, database: str) -> tuple[int, set[str]]:
    """Repair every stored text once; returns how many nodes changed (0 when already done)
    and the sessions whose events changed (their Redis replay copies must be dropped)."""
    done, _, _ = await driver.execute_query(
        "MATCH (m:TtaMigration {id: $id}) RETURN m.id", id=MIGRATION_ID, database_=database
    )
    if done:
        return 0, set()
    changed = 0
    sessions: set[str] = set()
    for label, plain, documents in TEXT_PROPS:
        props = [*plain, *documents]
        query: LiteralString = (
            "MATCH (n:" + label + ") WHERE any(p IN $props WHERE n[p] =~ $dirty) "
            "RETURN elementId(n) AS id, n {.*} AS n SKIP $skip LIMIT $batch"
        )
        skip = 0
        while True:
            records, _, _ = await driver.execute_query(
                query, props=props, dirty=_DIRTY, skip=skip, batch=BATCH, database_=database
            )
            for record in records:
                updates = _repaired(record["n"], plain, documents)
                if updates:
                    await driver.execute_query(
                        "MATCH (n) WHERE elementId(n) = $id SET n += $updates",
                        id=record["id"],
                        updates=updates,
                        database_=database,
                    )
                    changed += 1
                    if label == "Event":
                        sessions.add(str(record["n"].get("session_id")))
                else:
                    skip += 1  # still matches (say, an escape that is text): step past it
            if len(records) < BATCH:
                break
    await driver.execute_query(
        "MERGE (m:TtaMigration {id: $id})", id=MIGRATION_ID, database_=database
    )
    return changed, sessions


def _repaired(
    node: dict[str, Any], plain: tuple[str, ...], documents: tuple[str, ...]
) -> dict[str, str]:
    updates: dict[str, str] = {}
    for prop in plain:
        value = node.get(prop)
        if isinstance(value, str) and clean(value) != value:
            updates[prop] = clean(value)
    for prop in documents:
        value = node.get(prop)
        if not isinstance(value, str):
            continue
        try:
            doc = json.loads(value)
        except ValueError:
            continue
        fixed = clean_all(doc)
        if fixed != doc:
            updates[prop] = json.dumps(fixed, ensure_ascii=False, separators=(",", ":"))
    return updates
