"""Statements that keep their first plan (``PLAN_ONCE``) must plan well on any data.

They skip Neo4j's replanning (tta_server/store/neo4j_plans.py), so a plan made on an empty
database, the first thing a fresh install runs, stays in use as the data grows. Each is
EXPLAINed on an empty database and must start from a lookup, never scan.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from neo4j import AsyncGraphDatabase

from tests.conftest import NEO4J_URI, open_clean_store, settings_for
from tta_server.settings import StoreKind
from tta_server.store import neo4j_care, neo4j_queries, neo4j_worlds
from tta_server.store.neo4j_plans import PLAN_ONCE


def plan_once_statements() -> dict[str, str]:
    return {
        f"{module.__name__.rsplit('.', 1)[1]}.{name}": value
        for module in (neo4j_queries, neo4j_care, neo4j_worlds)
        for name, value in vars(module).items()
        if name.startswith("Q_") and isinstance(value, str) and value.startswith(PLAN_ONCE)
    }


def operators(plan: dict[str, Any]) -> Iterator[tuple[str, str]]:
    yield plan["operatorType"], str(plan.get("args", {}).get("Details", ""))
    for child in plan.get("children", []):
        yield from operators(child)


def test_the_players_statements_keep_their_plans() -> None:
    names = {name.split(".")[1] for name in plan_once_statements()}
    assert {
        "Q_APPEND",
        "Q_APPEND_BATCH",
        "Q_CREATE_SESSION",
        "Q_LOAD_SESSION",
        "Q_READ_EVENTS",
        "Q_CREATE_CHARACTER",
        "Q_GET_CHARACTER",
        "Q_GET_ACCOUNT_BY_KEY",
    } <= names


async def test_plan_once_statements_seek_on_an_empty_database(tmp_path: Path) -> None:
    store = await open_clean_store(settings_for(StoreKind.REDIS_NEO4J, tmp_path))
    await store.close()  # wiped, with the schema in place
    driver = AsyncGraphDatabase.driver(NEO4J_URI, auth=None)
    scanning = {}
    try:
        for name, statement in plan_once_statements().items():
            explain = statement.replace(PLAN_ONCE, "CYPHER replan=force EXPLAIN\n", 1)
            result = await driver.execute_query(explain)
            plan = result.summary.plan
            assert plan is not None, name
            # AllNodesScan, NodeByLabelScan, NodeIndexScan, DirectedRelationshipTypeScan, ...
            scans = [f"{op} {detail}" for op, detail in operators(plan) if "Scan" in op]
            if scans:
                scanning[name] = scans
    finally:
        await driver.close()
    assert not scanning, scanning
