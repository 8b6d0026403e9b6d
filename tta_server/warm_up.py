"""The warm-up at start-up: before a process says it is ready, a throwaway player walks the
players' path once over the process's own port, so the first real players after a deploy do not
pay for cold caches (Neo4j compiles each Cypher statement on first use and reads its pages from
disk; Python imports and fills its own caches lazily).

The player is an account made for it (``warmup-`` and 12 random hex digits, a random password,
registered without taking a registration place of any address), which logs in over the wire,
creates a character, starts a story in every world, plays :data:`TEXTS` in each, lists and
resumes the stories on a second connection, reads their history and logs out (before it, the
store runs the statements one player never reaches, writing nothing:
:meth:`~tta_server.store.base.Store.warm_statements`, the group commit's batch, and the safety
screen compiles every rule's regex in a worker thread, :func:`~tta_server.safety.rules.compile_all`,
which the players' first turns would otherwise do a few rules at a time, and so do each world's
patterns of thing names, :func:`~tta_server.world.replies.compile_leading`); the account and
everything it made is then deleted (:meth:`~tta_server.store.base.Store.delete_player`), even
when a step failed. It says nothing that the safety screen would flag.

It runs inside :meth:`tta_server.app.App.start` (``warm_up_on_start``), after the server listens
and before ``start`` returns, so ``tta-server`` prints "ready" and ``/readyz`` answers 200 only
after it. A step answered ``unavailable`` or ``busy`` (a cold Neo4j under load can take longer
than ``store_timeout_s`` for its first statements: exactly what the warm-up is for) is tried
again after :data:`RETRY_DELAYS_S`; a step that still fails is logged as a warning and does not
stop the server (readiness still follows the stores' checks). Its requests count in
``/metrics`` like any other.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import ssl
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from tta_server.accounts import Accounts
from tta_server.protocol.client import ProtocolClient
from tta_server.safety.rules import compile_all
from tta_server.store.base import Role, Store
from tta_server.world.replies import compile_leading
from tta_server.world.schema import World
from tta_server.world.turn import thing_names

log = logging.getLogger("tta.warm_up")

TEXTS = (
    "look around",
    "go north",
    "go south",
    "examine the lamp",
    "take the lantern",
    "talk to the keeper",
    "what is this place?",
    "inventory",
    "help",
    "wait",
)
"""What the warm-up player types in each world: moves, looks, talk, a question, commands and a
word no world knows, so the parser, engine and narrator's common paths all run."""

CHARACTER: dict[str, Any] = {
    "name": "Warm Up",
    "pronouns": "they/them",
    "appearance": "Nobody in particular.",
    "backstory": "Made at start-up to try the way in.",
    "traits": ["patient", "quiet"],
    "profile": {
        "goals": ["managing_anxiety"],
        "intensity": "gentle",
        "avoid_topics": [],
        "country": "GB",
        "share_transcript": False,
    },
}
TIMEOUT_S = 30.0
"""Longest wait for any one reply."""
RETRY_DELAYS_S = (0.5, 1.0, 2.0, 4.0)
"""Seconds before each new try of a step answered with one of :data:`RETRYABLE` (7.5 s in all)."""
RETRYABLE = frozenset({"unavailable", "busy"})
"""Error codes that mean "not now" rather than "wrong": the step is tried again."""


class WarmUpFailed(RuntimeError):
    """A step of the warm-up was answered with an error (the message names the step)."""


@dataclass
class WarmUp:
    """What a warm-up did."""

    worlds: int = 0
    statements: int = 0
    regexes: int = 0
    turns: int = 0
    requests: int = 0
    retries: int = 0
    seconds: float = 0.0


def _compile(worlds: Iterable[World]) -> int:
    """The regexes compiled on their first use in a turn, compiled now; returns how many."""
    return compile_all() + sum(compile_leading(thing_names(w)) for w in worlds)


async def warm_up(
    url: str, accounts: Accounts, store: Store, tls: bool, worlds: Iterable[World] = ()
) -> WarmUp:
    """Walk the players' path once against the server at ``url`` (its own loopback address)
    and compile the regexes ``worlds``' turns would compile on first use."""
    started = time.perf_counter()
    done = WarmUp()
    username = f"warmup-{secrets.token_hex(6)}"
    password = secrets.token_urlsafe(24)
    account = await accounts.register(username, password, Role.PLAYER)
    options: dict[str, Any] = {}
    if tls:  # our own certificate, reached by address rather than by its name
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        options["ssl"] = context
    try:
        done.statements = await store.warm_statements()
        done.regexes = await asyncio.to_thread(_compile, list(worlds))
        one = await ProtocolClient.connect(url, timeout_s=TIMEOUT_S, id_prefix="w", **options)
        try:

            async def ok(client: ProtocolClient, kind: str, **fields: Any) -> dict[str, Any]:
                for delay in (*RETRY_DELAYS_S, None):
                    reply = await client.request(kind, **fields)
                    done.requests += 1
                    if reply.get("type") == f"{kind}.ok":
                        return reply
                    code = reply.get("code")
                    if code not in RETRYABLE or delay is None:
                        break
                    done.retries += 1
                    log.info("warm-up: %s answered %s; trying again in %.1f s", kind, code, delay)
                    await asyncio.sleep(delay)
                raise WarmUpFailed(f"{kind}: {reply.get('code')}: {reply.get('message')}")

            login = await ok(one, "login", username=username, password=password)
            character = await ok(one, "character.create", character=CHARACTER)
            cid = character["character"]["id"]
            await ok(one, "character.list")
            sessions = []
            for world in (await ok(one, "world.list"))["worlds"]:
                started_story = await ok(
                    one, "session.start", character_id=cid, world_id=world["id"]
                )
                sessions.append(started_story["session"]["id"])
                for k, text in enumerate(TEXTS):
                    await ok(one, "turn", turn_id=f"w{k}", text=text)
                    done.turns += 1
                done.worlds += 1
            two = await ProtocolClient.connect(url, timeout_s=TIMEOUT_S, id_prefix="v", **options)
            try:
                await ok(two, "auth", token=login["token"])
                await ok(two, "session.list")
                for sid in sessions:
                    await ok(two, "session.resume", session_id=sid, last_seq=0)
                await ok(two, "logout")
            finally:
                await two.close()
        finally:
            await one.close()
    finally:
        await store.delete_player(account.id)
    done.seconds = time.perf_counter() - started
    return done
