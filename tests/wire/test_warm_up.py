"""The start-up warm-up (tta_server/warm_up.py), on both stores: the server walks the players'
path over its own port before start() returns, leaves nothing behind in the store, and
``/readyz`` says "warming up" while it runs."""

from __future__ import annotations

import asyncio
import json
import re
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

from tests.conftest import open_clean_store, settings_for
from tests.wire.client import player
from tta_server.app import App
from tta_server.safety.rules import RULES
from tta_server.settings import StoreKind
from tta_server.warm_up import TEXTS
from tta_server.world.replies import _NOT_SUBJECT
from tta_server.world.turn import thing_names
from tta_server.world.word_patterns import leading_words


def _ready(port: int) -> tuple[int, dict[str, object]]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=10) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


async def test_the_warm_up_plays_every_world_and_leaves_nothing_behind(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    settings = settings_for(store_kind, tmp_path, port=0, warm_up_on_start=True)
    store = await open_clean_store(settings)
    await store.close()
    app = App(settings)
    await app.start()
    try:
        done = app.warmed
        assert done is not None, "the warm-up did not finish (see the log)"
        print(f"warm-up ({store_kind}): {done}")
        assert done.worlds == len(app.worlds) >= 2
        # the group commit's batch statement is planned too (one player never makes a batch)
        assert done.statements == (1 if store_kind is StoreKind.REDIS_NEO4J else 0)
        assert done.turns == len(TEXTS) * done.worlds
        # every safety rule's regex (and the markers) compiled before the first player's turn,
        # and every world's thing-name patterns for quoted words
        names = sum(len([n for n in thing_names(w) if n]) for w in app.game.worlds.values())
        assert names > 0 and done.regexes >= len(RULES) + names
        misses = leading_words.cache_info().misses
        for w in app.game.worlds.values():  # found kept, none compiled again
            for name in thing_names(w):
                if name:
                    leading_words(name, re.IGNORECASE, _NOT_SUBJECT)
        assert leading_words.cache_info().misses == misses
        assert not app.warming
        assert await app.store.list_accounts() == []  # the throwaway player is gone
        # a real player after it is served as usual
        c = await player(f"ws://127.0.0.1:{app.port}", "first-after")
        await c.close()
        assert [a.username for a in await app.store.list_accounts()] == ["first-after"]
    finally:
        await app.shutdown()


async def test_readyz_says_warming_up_while_the_warm_up_runs(tmp_path: Path) -> None:
    app = App(settings_for(StoreKind.EMBEDDED, tmp_path, port=0))
    await app.start()
    try:
        status, _ = await asyncio.to_thread(_ready, app.port)
        assert status == 200
        app.warming = True
        status, doc = await asyncio.to_thread(_ready, app.port)
        assert status == 503 and doc["failed"] == {"server": "warming up"}
    finally:
        app.warming = False
        await app.shutdown()


async def test_a_step_the_store_is_too_slow_for_is_tried_again(tmp_path: Path) -> None:
    """A cold Neo4j under load can take longer than ``store_timeout_s`` for its first statements
    (seen: both processes' warm-ups given up at session.start on a fresh Neo4j at load 7). Here
    Redis really stops answering writes for 1.5 s (CLIENT PAUSE), longer than the store's 0.3 s
    timeout: the login is answered ``unavailable``, tried again, and the warm-up finishes."""
    import redis.asyncio as aioredis

    from tests.conftest import REDIS_URL
    from tta_server.warm_up import warm_up

    settings = settings_for(StoreKind.REDIS_NEO4J, tmp_path, port=0, store_timeout_s=0.3)
    store = await open_clean_store(settings)
    await store.close()
    app = App(settings)
    await app.start()
    admin = aioredis.from_url(REDIS_URL)
    try:
        await admin.execute_command("CLIENT", "PAUSE", 1500, "WRITE")
        done = await warm_up(f"ws://127.0.0.1:{app.port}", app.accounts, app.store, False)
        assert done.retries >= 1
        assert done.worlds == len(app.worlds) and done.turns == len(TEXTS) * done.worlds
        assert await app.store.list_accounts() == []
    finally:
        await admin.execute_command("CLIENT", "UNPAUSE")
        await admin.aclose()
        await app.shutdown()


def test_compile_all_leaves_no_safety_regex_to_compile_on_a_players_turn() -> None:
    """In a fresh process the rules are compiled on first use; ``compile_all`` (which the
    warm-up runs) compiles them all, the markers too."""
    script = (
        "from tta_server.safety import rules\n"
        "def left():\n"
        "    return sum(c._regex is None or (c.rule.requires is not None and c._requires is None)"
        " for c in rules.RULES) + sum(m._regex is None for m in (rules.REAL, rules.FICTION,"
        " rules.PAST, rules.PRESENT, rules.ACCIDENT, rules.HYPERBOLE))\n"
        "before = left()\n"
        "n = rules.compile_all()\n"
        "print(before, n, left())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.split()
    before, compiled, after = map(int, out)
    assert before > len(RULES) // 2, "rules are compiled at import again: compile_all is moot"
    assert compiled > len(RULES) and after == 0
