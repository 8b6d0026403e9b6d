"""Replay newcomers' play corpora through a real server and count the safety panels a player
would have seen: check-ins (``safety.checkin``) and crisis holds (``safety.crisis``).

``scripts/score_play_corpus.py`` replays the parser and engine alone; the screen's verdicts are
held to a budget by ``tests/safety/test_play_corpus.py``. Neither shows what reaches the player:
whether a concern gets the check-in panel depends on the turn (the game's own question
answered, the guide's check-in answered, self-criticism only: ``handlers/turns.py``). This
script plays each story of a corpus (``player``, ``story``; inputs in order) over the wire on
one server with the embedded store and the contextual signal on, its budget long enough that
every verdict comes within its turn (none late), and prints each panel with the words that
brought it, then the totals. A crisis hold is acknowledged (``continue``) so the story goes on.

The replay drifts from the real play-through where the game answered differently then; it
measures the server as it is now. Usage (from the repository root; ~1 min a corpus)::

    PYTHONPATH=. python scripts/count_play_panels.py tests/pipeline/corpus/newcomers-14.jsonl ...
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
from pathlib import Path
from typing import Any

from tests.conftest import NO_FLOOD_LIMITS
from tests.wire.client import Client, character, player
from tests.wire.servers import serving
from tta_server.settings import StoreKind

PANELS = ("safety.checkin", "safety.crisis")


async def _story(url: str, name: str, world: str, texts: list[str]) -> list[tuple[str, str]]:
    """Play ``texts`` as one new player in ``world``; the panels seen, with their words."""
    c: Client = await player(url, name)
    try:
        cid = (await c.ok("character.create", character=character()))["character"]["id"]
        started = await c.ok("session.start", character_id=cid, world_id=world)
        await c.wait_events(started["session"]["last_seq"])
        seen: list[tuple[str, str]] = []
        for n, text in enumerate(texts):
            reply = await c.request("turn", turn_id=f"t{n}", text=text)
            if reply["type"] != "turn.ok":
                continue  # refused (too long, held): nothing was played
            first, last = reply["first_seq"], reply["last_seq"]
            await c.wait_events(last)
            types = [e["type"] for e in c.events if first <= e["seq"] <= last]
            for kind in PANELS:
                if kind in types:
                    seen.append((kind, text))
            if "safety.crisis" in types:
                await c.ok("safety.ack", choice="continue")
            if "session.ended" in types:
                break
        return seen
    finally:
        await c.close()


async def count(paths: list[Path]) -> dict[str, dict[str, int]]:
    totals: dict[str, dict[str, int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        async with serving(
            StoreKind.EMBEDDED,
            Path(tmp),
            safety_contextual=True,
            safety_contextual_timeout_ms=5000,
            **NO_FLOOD_LIMITS,
            register_throttle_per_address=0,  # one account a story
        ) as url:
            for path in paths:
                rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x]
                stories: dict[tuple[Any, Any], list[dict[str, Any]]] = {}
                for r in rows:
                    stories.setdefault((r["player"], r["story"]), []).append(r)
                got = {kind: 0 for kind in PANELS} | {"inputs": len(rows)}
                for (p, s), story in stories.items():
                    name = f"{path.stem}-p{p}s{s}".replace("_", "-")[:32]
                    texts = [r["text"] for r in sorted(story, key=lambda r: r["n"])]
                    for kind, text in await _story(url, name, story[0]["world"], texts):
                        got[kind] += 1
                        print(f"{path.name}\t{kind}\t{text}")
                totals[path.name] = got
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, nargs="+")
    args = parser.parse_args()
    totals = asyncio.run(count(args.corpus))
    for name, got in totals.items():
        print(
            f"{name}: {got['inputs']} inputs, {got['safety.checkin']} check-ins, "
            f"{got['safety.crisis']} crisis holds"
        )


if __name__ == "__main__":
    main()
