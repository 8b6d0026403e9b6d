"""Harsh words about oneself, given as the answer a story asked for, are answered by the story
(round 11, docs/safety.md): Bastian's "Have you ever had a page like that? One that says the
worst of you?" in The Ember Library, and Pip's "It is my fault. Isn't it?" with the slate's
reframe in The Lantern Coast. Such an answer is played gently, facilitators get a concern
alert, and no check-in panel covers the story; real crisis words in the same answer are still
held, other concern words still get the panel, and the same self-criticism said when nobody
asked gets it too. Over the wire, the contextual signal on (the real encoder), embedded store.
The sentences are new (no newcomer typed them)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.wire.client import Client, character, player, story
from tests.wire.servers import url
from tests.wire.test_safety_contextual import _facilitator, _next_alert, servers
from tta_server.app import App
from tta_server.safety import Level, classify
from tta_server.safety.contextual import signal
from tta_server.safety.self_criticism import only_self_criticism
from tta_server.settings import StoreKind

#: Self-criticism a rule of worth names (``distress.*``), and one only the signal flags.
BY_A_RULE = "honestly yes. mine would say im useless at everything and a letdown"
BY_THE_SIGNAL = (  # the first the screen rates none and the signal concern is used
    "it would say i'm a bad mum",
    "mine would say i'm selfish",
    "it would say i'm weak",
    "it would say i'm ugly",
)
#: Crisis words inside such an answer: held, never softened.
CRISIS = "mine would say im worthless and honestly i want to die"
#: Another concern inside such an answer: the panel stays.
OTHER = "it says i'm useless and i've felt empty and numb for weeks"
#: To Pip, and at the slate's reframe.
TO_PIP = "no pip. i blame myself for everything too, i feel like such a failure sometimes"
REFRAME = "the fog isn't your fault. i'm a disappointment to myself half the time too"


def _verdict(text: str) -> Any:
    return signal().raise_verdict(text, classify(text))


def _by_the_signal() -> str:
    """The first of ``BY_THE_SIGNAL`` only the contextual signal flags (others retrain it)."""
    found = [t for t in BY_THE_SIGNAL if classify(t).level is Level.NONE and _verdict(t).level]
    found = [t for t in found if _verdict(t).level is Level.CONCERN]
    assert found, f"none of {BY_THE_SIGNAL} is none to the screen and concern to the signal"
    return found[0]


def test_the_sentences_are_what_they_stand_for() -> None:
    """Checked first, so a retrained screen that reads them otherwise says so plainly."""
    for text in (BY_A_RULE, _by_the_signal(), TO_PIP, REFRAME):
        got = _verdict(text)
        assert got.level is Level.CONCERN and only_self_criticism(text, got), (text, got)
    for text in (BY_A_RULE, TO_PIP, REFRAME):  # a rule of worth, not the model alone
        assert any(not r.startswith(("model:", "contextual:")) for r in _verdict(text).reasons)
    assert _verdict(CRISIS).level is Level.CRISIS
    other = _verdict(OTHER)
    assert other.level is Level.CONCERN and not only_self_criticism(OTHER, other)


async def _playing(app: App, name: str, world_id: str) -> Client:
    c = await player(url(app), name)
    cid = (await c.ok("character.create", character=character()))["character"]["id"]
    started = await c.ok("session.start", character_id=cid, world_id=world_id)
    await c.wait_events(started["session"]["last_seq"])
    return c


async def _asked_by_bastian(app: App, name: str) -> Client:
    c = await _playing(app, name, "ember-library")
    await c.turn("go in")
    await c.turn("go west")
    asked = await c.turn("talk to bastian")
    assert "says the worst of you?" in story(asked)
    return c


def _types(events: list[dict[str, Any]]) -> list[str]:
    return [e["type"] for e in events]


async def test_an_answer_to_bastians_page_gets_no_panel_but_an_alert(tmp_path: Path) -> None:
    async with servers(StoreKind.EMBEDDED, tmp_path) as [app]:
        f = await _facilitator(app)
        for n, text in enumerate((BY_A_RULE, _by_the_signal())):
            c = await _asked_by_bastian(app, f"page{n}")
            events = await c.turn(text)
            assert "safety.checkin" not in _types(events), text
            assert story(events)  # the story answers
            alert = await _next_alert(f)
            assert alert["level"] == "concern" and alert["text"] == text
            await c.close()
        # The same words with nobody asking anything: the panel, as for any concern.
        c = await _playing(app, "unasked", "ember-library")
        assert _types(await c.turn(BY_A_RULE))[1] == "safety.checkin"
        await c.close()
        await f.close()


async def test_crisis_and_other_concern_in_such_an_answer_keep_their_handling(
    tmp_path: Path,
) -> None:
    async with servers(StoreKind.EMBEDDED, tmp_path) as [app]:
        f = await _facilitator(app)
        c = await _asked_by_bastian(app, "held")
        reply = await c.ok("turn", turn_id="c1", text=CRISIS)
        assert reply["safety"] == "crisis"
        assert (await _next_alert(f))["level"] == "crisis"
        await c.close()
        c = await _asked_by_bastian(app, "numb")
        assert _types(await c.turn(OTHER))[1] == "safety.checkin"
        await c.close()
        await f.close()


async def test_an_answer_to_pip_and_the_slates_reframe_get_no_panel(tmp_path: Path) -> None:
    async with servers(StoreKind.EMBEDDED, tmp_path) as [app]:
        f = await _facilitator(app)
        c = await _playing(app, "pip", "lantern-coast")
        await c.turn("go east")
        asked = await c.turn("talk to pip about the slate")
        assert "Isn't it?" in story(asked)
        events = await c.turn(TO_PIP)  # to Pip, whose question is open
        assert "safety.checkin" not in _types(events)
        assert (await _next_alert(f))["text"] == TO_PIP
        events = await c.turn(REFRAME)  # the player's own words at the slate
        assert "safety.checkin" not in _types(events), story(events)
        assert (await _next_alert(f))["level"] == "concern"
        await c.close()
        await f.close()
