"""A small test client speaking the TTA protocol over a real WebSocket."""

from __future__ import annotations

import asyncio
import itertools
import json
from typing import Any

from websockets.asyncio.client import ClientConnection, connect

TIMEOUT = 10.0


class Client:
    def __init__(self, ws: ClientConnection) -> None:
        self.ws = ws
        self.hello: dict[str, Any] = {}
        self.events: list[dict[str, Any]] = []
        self.other: list[dict[str, Any]] = []
        self._ids = itertools.count(1)

    @classmethod
    async def open(cls, url: str) -> Client:
        ws = await connect(url, open_timeout=TIMEOUT, max_size=None)
        client = cls(ws)
        client.hello = json.loads(await asyncio.wait_for(ws.recv(), TIMEOUT))
        return client

    async def close(self) -> None:
        await self.ws.close()

    async def recv(self) -> dict[str, Any]:
        frame = await asyncio.wait_for(self.ws.recv(), TIMEOUT)
        doc: dict[str, Any] = json.loads(frame)
        if "seq" in doc:
            self.events.append(doc)
        return doc

    async def send_raw(self, frame: str | bytes) -> None:
        await self.ws.send(frame)

    async def request(self, type_: str, **fields: Any) -> dict[str, Any]:
        """Send a request and return its reply (``<type>.ok`` or ``error``); events that
        arrive meanwhile are collected in ``events``."""
        rid = f"r{next(self._ids)}"
        await self.ws.send(json.dumps({"type": type_, "id": rid, **fields}))
        return await self.reply_to(rid)

    async def reply_to(self, rid: str) -> dict[str, Any]:
        while True:
            doc = await self.recv()
            if doc.get("re") == rid:
                return doc
            if "seq" not in doc:
                self.other.append(doc)

    async def ok(self, type_: str, **fields: Any) -> dict[str, Any]:
        reply = await self.request(type_, **fields)
        assert reply["type"] == f"{type_}.ok", reply
        return reply

    async def turn(self, text: str, turn_id: str | None = None) -> list[dict[str, Any]]:
        """Play a turn; return its events (the reply follows them on the wire)."""
        reply = await self.ok("turn", turn_id=turn_id or f"t{next(self._ids)}", text=text)
        first, last = reply["first_seq"], reply["last_seq"]
        events = [e for e in self.events if first <= e["seq"] <= last]
        assert [e["seq"] for e in events] == list(range(first, last + 1))
        assert "narrative.end" in [e["type"] for e in events]
        return events

    async def wait_events(self, count: int) -> list[dict[str, Any]]:
        while len(self.events) < count:
            doc = await self.recv()
            if "seq" not in doc:
                self.other.append(doc)
        return self.events


def character(name: str = "Aria Moon", **over: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "name": name,
        "pronouns": "she/her",
        "appearance": "Tall, with a green scarf.",
        "backstory": "Grew up by the sea.",
        "traits": ["curious", "kind"],
        "profile": {
            "goals": ["managing_anxiety"],
            "intensity": "gentle",
            "avoid_topics": ["spiders"],
            "country": "GB",
            "share_transcript": False,
        },
    }
    doc.update(over)
    return doc


async def player(url: str, username: str, password: str = "correct horse battery") -> Client:
    """A connected, registered and logged-in client."""
    c = await Client.open(url)
    await c.ok("register", username=username, password=password)
    await c.ok("login", username=username, password=password)
    return c


def story(events: list[dict[str, Any]]) -> str:
    """The narration in some events, as the player reads it."""
    return "\n\n".join(e["data"]["text"] for e in events if e["type"] == "narrative.chunk")
