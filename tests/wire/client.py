"""The tests' client: :class:`~tta_server.protocol.client.ProtocolClient` that keeps every event
(``events``) and every other frame that was not a reply (``other``).

Every ``<type>.ok`` reply it reads to a request it sent is checked against the request type's
reply model (:func:`check_reply`), so the whole wire suite proves the server sends exactly the
replies ``tta_server/protocol/replies.py`` describes."""

from __future__ import annotations

import itertools
import json
from typing import Any

from websockets.asyncio.client import ClientConnection

from tta_server.protocol.client import ProtocolClient
from tta_server.protocol.replies import REPLIES

TIMEOUT = 10.0


def check_reply(request_type: str, frame: dict[str, Any]) -> None:
    """Fail unless ``frame`` (a ``<request_type>.ok`` reply) is exactly what its reply model
    describes: every field present with the model's type, read strictly (no conversions), and
    no field the model does not have, at any depth (the model's dump is the frame again)."""
    payload = {k: v for k, v in frame.items() if k not in ("type", "re")}
    model = REPLIES[request_type]
    parsed = model.model_validate_json(json.dumps(payload), strict=True)
    again = parsed.model_dump(mode="json", by_alias=True)
    assert again == payload, (
        f"{request_type}.ok does not match {model.__name__}: sent {payload!r}, "
        f"the model reads it as {again!r}"
    )


class Client(ProtocolClient):
    def __init__(
        self, ws: ClientConnection, *, timeout_s: float = TIMEOUT, id_prefix: str = "r"
    ) -> None:
        super().__init__(ws, timeout_s=timeout_s, id_prefix=id_prefix)
        self.events: list[dict[str, Any]] = []
        self.other: list[dict[str, Any]] = []
        self._turn_ids = itertools.count(1)
        self._sent: dict[str, str] = {}
        """Request id -> type, of the requests sent, to check their replies."""

    @classmethod
    async def open(cls, url: str) -> Client:
        return await cls.connect(url, timeout_s=TIMEOUT)

    def received(self, doc: dict[str, Any]) -> None:
        if "seq" in doc:
            self.events.append(doc)
        sent = self._sent.pop(doc["re"], None) if isinstance(doc.get("re"), str) else None
        if sent is not None and doc.get("type") == f"{sent}.ok":
            check_reply(sent, doc)

    async def send(self, type_: str, **fields: Any) -> str:
        rid = await super().send(type_, **fields)
        self._remember(type_, rid)
        return rid

    def _remember(self, type_: Any, rid: Any) -> None:
        if isinstance(type_, str) and type_ in REPLIES and isinstance(rid, str):
            self._sent[rid] = type_

    def unanswered(self, doc: dict[str, Any]) -> None:
        if "seq" not in doc:
            self.other.append(doc)

    async def send_raw(self, frame: str | bytes) -> None:
        try:
            doc = json.loads(frame)
        except (ValueError, RecursionError):  # what the test sends may be anything
            doc = None
        if isinstance(doc, dict):
            self._remember(doc.get("type"), doc.get("id"))
        await self.ws.send(frame)

    async def ok(self, type_: str, **fields: Any) -> dict[str, Any]:
        reply = await self.request(type_, **fields)
        assert reply["type"] == f"{type_}.ok", reply
        return reply

    async def turn(self, text: str, turn_id: str | None = None) -> list[dict[str, Any]]:
        """Play a turn; return its events (the reply follows them on the wire)."""
        reply = await self.ok("turn", turn_id=turn_id or f"t{next(self._turn_ids)}", text=text)
        first, last = reply["first_seq"], reply["last_seq"]
        events = [e for e in self.events if first <= e["seq"] <= last]
        assert [e["seq"] for e in events] == list(range(first, last + 1))
        assert "narrative.end" in [e["type"] for e in events]
        return events

    async def wait_events(self, count: int) -> list[dict[str, Any]]:
        while len(self.events) < count:
            self.unanswered(await self.recv())
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
