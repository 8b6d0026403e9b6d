"""The redis-neo4j store's backup body: TTA's Neo4j data as JSON lines, and its re-import.

The body (``neo4j.jsonl`` in the archive of :mod:`~tta_server.store.backup_archive`) holds one
JSON object per line: first every node carrying one of
:data:`~tta_server.store.neo4j_queries.DATA_LABELS`, as ``{"node": N, "labels": [...], "props":
{...}}`` (``N`` numbers the nodes of this backup), then every relationship between two such
nodes, as ``{"rel": TYPE, "from": N, "to": N, "props": {...}}``. Property values are what TTA
stores: text, numbers, booleans and lists of them (JSON keeps ``1`` and ``1.0`` apart). The
schema version is in the archive's header, not in the body; ``TTASchema`` and ``TtaMigration``
nodes are not data and are not backed up.

:func:`export` reads everything in one read transaction (Neo4j reads committed data: a backup
taken while servers write can hold a turn's events without the session's ``last_seq`` of the
same turn; for an exact copy, back up with the servers stopped). :func:`check_body` reads a
body through before anything is changed. :func:`import_body` creates the nodes and
relationships in batches of :data:`BATCH`, each node marked ``TtaRestore`` (with an index) until
all are in; if anything fails it deletes what it created, leaving the database as it was.
Labels and relationship types only ever come from :data:`~tta_server.store.neo4j_queries.
DATA_LABELS` and :data:`RELATIONSHIPS` (literals), never from the file, in statements.

Redis holds no durable data and is not backed up (see :mod:`~tta_server.store.redis_neo4j`).
The file work here blocks: it runs in ``tta-admin``, never in the server.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, LiteralString

from neo4j import READ_ACCESS, AsyncDriver

from tta_server.store.backup_archive import BadArchive
from tta_server.store.neo4j_queries import DATA_LABELS

RELATIONSHIPS: tuple[LiteralString, ...] = (
    "OWNS",
    "HAS_SESSION",
    "PLAYS_IN",
    "HAS_EVENT",
    "HAS_TURN",
    "SAVED",
    "PLAYS",
    "OF_WORLD",
    "AT",
    "CARRIES",
    "HAS_LOCATION",
    "HAS_ITEM",
    "HAS_NPC",
    "EXIT",
    "STARTS_AT",
    "STARTS_IN",
    "RAISED",
    "HAD_ACTION",
)
"""Every relationship type TTA writes between its nodes."""

BATCH = 1000
_LABELS: dict[str, LiteralString] = {label: label for label in DATA_LABELS}
_TYPES: dict[str, LiteralString] = {kind: kind for kind in RELATIONSHIPS}
_ANY_LABEL = " OR ".join(["n:" + label for label in DATA_LABELS])
_A_LABEL = " OR ".join(["a:" + label for label in DATA_LABELS])
_B_LABEL = " OR ".join(["b:" + label for label in DATA_LABELS])

Q_NODES: LiteralString = (
    "MATCH (n) WHERE " + _ANY_LABEL + " RETURN elementId(n) AS id, labels(n) AS labels, "
    "properties(n) AS props"
)
Q_RELS: LiteralString = (
    "MATCH (a)-[r]->(b) WHERE (" + _A_LABEL + ") AND (" + _B_LABEL + ") "
    "RETURN elementId(a) AS a, elementId(b) AS b, type(r) AS type, properties(r) AS props"
)
Q_RESTORE_INDEX: LiteralString = (
    "CREATE INDEX tta_restore_id IF NOT EXISTS FOR (n:TtaRestore) ON (n._restore_id)"
)
Q_DROP_RESTORE_INDEX: LiteralString = "DROP INDEX tta_restore_id IF EXISTS"
Q_UNMARK: LiteralString = """
MATCH (n:TtaRestore)
CALL (n) { REMOVE n:TtaRestore REMOVE n._restore_id } IN TRANSACTIONS OF 10000 ROWS
"""
Q_UNDO: LiteralString = """
MATCH (n:TtaRestore)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
"""

_SCALARS = (str, int, float, bool)


def _plain(where: str, props: dict[str, Any]) -> dict[str, Any]:
    """``props`` if each value is one a backup can hold (else ``ValueError`` naming it)."""
    for key, value in props.items():
        items = value if isinstance(value, list) else [value]
        if not all(isinstance(v, _SCALARS) for v in items):
            raise ValueError(f"{where}.{key} holds a {type(value).__name__}, not backed up")
    return props


async def counts(driver: AsyncDriver, database: str) -> dict[str, int]:
    """Nodes of each data label (those with any), read from Neo4j's counts."""
    found: dict[str, int] = {}
    for label in DATA_LABELS:
        records, _, _ = await driver.execute_query(
            "MATCH (n:" + label + ") RETURN count(n) AS n", database_=database
        )
        if records and int(records[0]["n"]):
            found[label] = int(records[0]["n"])
    return found


async def export(driver: AsyncDriver, database: str, body: Path) -> dict[str, int]:
    """Write every node and relationship of TTA's data to ``body`` (a new file), in one read
    transaction; the counts of nodes by label and of ``relationships``."""
    numbers: dict[str, int] = {}
    tally: dict[str, int] = {}
    async with driver.session(database=database, default_access_mode=READ_ACCESS) as session:
        tx = await session.begin_transaction()
        try:
            with body.open("w", encoding="utf-8") as f:
                nodes = await tx.run(Q_NODES)
                async for record in nodes:
                    labels = sorted(record["labels"])
                    unknown = [x for x in labels if x not in _LABELS]
                    if unknown:
                        raise ValueError(f"a node is labelled {unknown[0]}, not backed up")
                    number = numbers[record["id"]] = len(numbers) + 1
                    props = _plain(labels[0], dict(record["props"]))
                    line = {"node": number, "labels": labels, "props": props}
                    f.write(json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n")
                    for label in labels:
                        tally[label] = tally.get(label, 0) + 1
                rels = await tx.run(Q_RELS)
                async for record in rels:
                    if record["type"] not in _TYPES:
                        raise ValueError(f"a relationship is a {record['type']}, not backed up")
                    props = _plain(record["type"], dict(record["props"]))
                    line = {"rel": record["type"], "from": numbers[record["a"]],
                            "to": numbers[record["b"]], "props": props}  # fmt: skip
                    f.write(json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n")
                    tally["relationships"] = tally.get("relationships", 0) + 1
        finally:
            await tx.close()
    return tally


def _lines(body: Path) -> Iterator[dict[str, Any]]:
    with body.open(encoding="utf-8") as f:
        for text in f:
            yield json.loads(text)


def check_body(body: Path, name: str, want: dict[str, int]) -> None:
    """Read the whole body and check each line and the counts against the header's ``want``.
    Raises :class:`BadArchive` naming the archive (``name``) and the line."""
    numbers: set[int] = set()
    tally: dict[str, int] = {}
    n = 0
    try:
        with body.open(encoding="utf-8") as f:
            for n, text in enumerate(f, 1):  # noqa: B007 - n names the line in the message
                _check_line(json.loads(text), numbers, tally)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadArchive(f"{name} is damaged: line {n} of its body: {exc}") from None
    if tally != want:
        raise BadArchive(
            f"{name} is damaged: its body holds {_summary(tally)}, its header says {_summary(want)}"
        )


def _check_line(line: Any, numbers: set[int], tally: dict[str, int]) -> None:
    """Check one line of a body (nodes come before relationships) and count it."""
    if not isinstance(line, dict):
        raise ValueError("not an object")
    if "node" in line and "relationships" not in tally:
        number, labels, props = line["node"], line["labels"], line["props"]
        if not isinstance(number, int) or number in numbers:
            raise ValueError("a node number is repeated or not a number")
        if not labels or not all(x in _LABELS for x in labels):
            raise ValueError(f"labels {labels} are not TTA's")
        _plain("node", props)
        numbers.add(number)
        for label in labels:
            tally[label] = tally.get(label, 0) + 1
    elif "rel" in line:
        if line["rel"] not in _TYPES:
            raise ValueError(f"relationship type {line['rel']!r} is not TTA's")
        if line["from"] not in numbers or line["to"] not in numbers:
            raise ValueError("a relationship names a node the backup does not hold")
        _plain("relationship", line["props"])
        tally["relationships"] = tally.get("relationships", 0) + 1
    else:
        raise ValueError("neither a node nor a relationship, or a node after them")


def _summary(counts: dict[str, int]) -> str:
    return ", ".join(f"{v} {k}" for k, v in sorted(counts.items())) or "nothing"


async def import_body(driver: AsyncDriver, database: str, body: Path) -> None:
    """Create every node and relationship of a checked body in the (empty) database; on any
    failure delete what was created and raise."""
    await driver.execute_query(Q_RESTORE_INDEX, database_=database)
    await driver.execute_query("CALL db.awaitIndexes(300)", database_=database)
    try:
        nodes: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        rels: dict[str, list[dict[str, Any]]] = {}
        for line in _lines(body):
            if "node" in line:
                key = tuple(line["labels"])
                nodes.setdefault(key, []).append({"id": line["node"], "props": line["props"]})
                if len(nodes[key]) >= BATCH:
                    await _create_nodes(driver, database, key, nodes.pop(key))
            else:
                for key, rows in nodes.items():  # every node before the first relationship
                    await _create_nodes(driver, database, key, rows)
                nodes.clear()
                kind = line["rel"]
                row = {"a": line["from"], "b": line["to"], "props": line["props"]}
                rels.setdefault(kind, []).append(row)
                if len(rels[kind]) >= BATCH:
                    await _create_rels(driver, database, kind, rels.pop(kind))
        for key, rows in nodes.items():
            await _create_nodes(driver, database, key, rows)
        for kind, rows in rels.items():
            await _create_rels(driver, database, kind, rows)
        await _auto_commit(driver, database, Q_UNMARK)
    except BaseException:
        await _auto_commit(driver, database, Q_UNDO)
        raise
    finally:
        await driver.execute_query(Q_DROP_RESTORE_INDEX, database_=database)


async def _auto_commit(driver: AsyncDriver, database: str, query: LiteralString) -> None:
    async with driver.session(database=database) as session:
        result = await session.run(query)
        await result.consume()


async def _create_nodes(
    driver: AsyncDriver, database: str, labels: tuple[str, ...], rows: list[dict[str, Any]]
) -> None:
    label_text: LiteralString = ":".join([_LABELS[x] for x in labels])
    await driver.execute_query(
        "UNWIND $rows AS row CREATE (n:TtaRestore:" + label_text + ") "
        "SET n = row.props SET n._restore_id = row.id",
        rows=rows,
        database_=database,
    )


async def _create_rels(
    driver: AsyncDriver, database: str, kind: str, rows: list[dict[str, Any]]
) -> None:
    await driver.execute_query(
        "UNWIND $rows AS row MATCH (a:TtaRestore {_restore_id: row.a}) "
        "MATCH (b:TtaRestore {_restore_id: row.b}) CREATE (a)-[r:" + _TYPES[kind] + "]->(b) "
        "SET r = row.props",
        rows=rows,
        database_=database,
    )
