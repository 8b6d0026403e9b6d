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
from tests.wire.test_safety_contextual import (
    _facilitator,
    _late_answers_done,
    _next_alert,
    servers,
)
from tta_server.app import App
from tta_server.safety import Level, classify, learned
from tta_server.safety.contextual import signal
from tta_server.safety.normalisation import normalise
from tta_server.safety.self_criticism import only_self_criticism, only_signals
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


# -- round 12: the learned signals' concern on an answer, late verdicts, the model's crisis -----

#: Answers to the pages' questions only the contextual signal flags, with no word of another
#: cell and no distress (``only_signals``); the first that still reads so is used.
SIGNAL_ONLY = (
    "some days are harder than others for me",
    "i think i've had a page like that most days",
    "yes. i know that kind of page",
)
#: Self-criticism the n-gram model alone scores crisis (no rule fires), its flag head too; the
#: screen makes it a concern since round 26 (``self_criticism.self_critical_only``). The first
#: that still scores so is used.
MODEL_CRISIS = (
    "it would say i'm just not good enough",
    "it would say im not good enough and never will be",
    "it would say i'm a fraud and they'll all find out",
)


def _signal_only() -> str:
    found = [
        t
        for t in SIGNAL_ONLY
        if classify(t).level is Level.NONE
        and _verdict(t).level is Level.CONCERN
        and only_signals(t, _verdict(t))
        and not only_self_criticism(t, _verdict(t))
    ]
    assert found, f"none of {SIGNAL_ONLY} is a concern of the contextual signal alone"
    return found[0]


def _model_crisis() -> str:
    model = learned.load()
    found = [
        t
        for t in MODEL_CRISIS
        if (s := model.score(normalise(t))).crisis >= model.crisis_at
        and s.flag >= model.flag_at
        and classify(t).named_only_by("model:concern:")
    ]
    assert found, f"none of {MODEL_CRISIS} is a crisis of the n-gram model alone"
    return found[0]


async def test_the_signals_concern_on_an_answer_gets_an_alert_but_no_panel(
    tmp_path: Path,
) -> None:
    """Bastian's page and Pip's question, answered with words only the contextual signal
    flags: the alert, no panel; the same words with nobody asking: the panel."""
    text = _signal_only()
    async with servers(StoreKind.EMBEDDED, tmp_path) as [app]:
        f = await _facilitator(app)
        c = await _asked_by_bastian(app, "signal")
        events = await c.turn(text)
        assert "safety.checkin" not in _types(events) and story(events)
        alert = await _next_alert(f)
        assert alert["level"] == "concern" and alert["text"] == text
        assert all(r.startswith("contextual:concern:") for r in alert["reasons"]), alert
        await c.close()
        c = await _playing(app, "pip2", "lantern-coast")
        await c.turn("go east")
        assert "Isn't it?" in story(await c.turn("talk to pip about the slate"))
        events = await c.turn(text)
        assert "safety.checkin" not in _types(events)
        assert (await _next_alert(f))["text"] == text
        await c.close()
        c = await _playing(app, "unasked2", "ember-library")
        assert _types(await c.turn(text))[1] == "safety.checkin"
        await c.close()
        await f.close()


async def late_check_in(app: App, f: Client, c: Client, text: str) -> bool:
    """Play ``text`` with a budget of 0 (the signal answers after the turn): the turn's own
    verdict is none, the late concern's alert reaches facilitator ``f``; whether a check-in
    came too (seen by the next turn at the latest)."""
    reply = await c.ok("turn", text=text, turn_id=f"late-{len(c.events)}")
    assert reply["safety"] == "none"
    alert = await _next_alert(f)
    assert alert["level"] == "concern" and alert["text"] == text
    await _late_answers_done(app)
    seen = await c.turn("look")
    return "safety.checkin" in [e["type"] for e in c.events + seen]


async def test_a_late_concern_on_an_answer_is_an_alert_without_a_panel(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    """A budget of 0: the signal answers after the turn. On an answer the story asked for, the
    late concern is the facilitators' alert alone (written with no event, both stores); on the
    same words unasked, a check-in."""
    text = _signal_only()
    async with servers(store_kind, tmp_path, safety_contextual_timeout_ms=0) as apps:
        app = apps[0]
        f = await _facilitator(apps[-1])
        c = await _asked_by_bastian(app, "late")
        assert not await late_check_in(app, f, c, text)
        await c.close()
        c = await _playing(app, "late-unasked", "ember-library")
        assert await late_check_in(app, f, c, text)
        await c.close()
        listed = (await f.ok("alerts.list"))["alerts"]
        assert [a["text"] for a in listed].count(text) == 2  # both stored, once each
        await f.close()


async def test_the_models_crisis_on_self_criticism_the_page_asked_for_is_concern(
    tmp_path: Path,
) -> None:
    """The n-gram model alone scores some ordinary self-criticism crisis; the screen makes it a
    concern (round 26). As the answer to Bastian's page: the alert, no panel, no hold; unasked:
    a check-in, still no hold; a rule's crisis in the answer is never lowered."""
    text = _model_crisis()
    async with servers(StoreKind.EMBEDDED, tmp_path) as [app]:
        f = await _facilitator(app)
        c = await _asked_by_bastian(app, "model")
        reply = await c.ok("turn", turn_id="m1", text=text)
        assert reply["safety"] == "concern"
        alert = await _next_alert(f)
        assert alert["level"] == "concern"
        assert all(r.startswith("model:concern:") for r in alert["reasons"]), alert
        assert "safety.checkin" not in [e["type"] for e in c.events]
        assert (await c.turn("look", "m2"))[-1]["data"]["ok"]  # not held
        await c.close()
        c = await _asked_by_bastian(app, "model-crisis-words")
        reply = await c.ok("turn", turn_id="m3", text=CRISIS)
        assert reply["safety"] == "crisis"
        await c.close()
        c = await _playing(app, "model-unasked", "ember-library")
        reply = await c.ok("turn", turn_id="m4", text=text)
        assert reply["safety"] == "concern"
        assert "safety.checkin" in [e["type"] for e in c.events]
        await c.close()
        await f.close()


#: Fear of failing and of letting family down, the answer to Bastian's page that the n-gram
#: model alone scores crisis (round 28: newcomer 30's "my brain tells me im gonna fail my gcses
#: and let my mum down" was held behind the crisis panel).
FEAR = "honestly mine would say i'll never be good enough and i'll let my family down"


async def test_fear_of_failing_told_to_bastians_page_is_not_held(tmp_path: Path) -> None:
    model = learned.load()
    assert model.score(normalise(FEAR)).crisis >= model.crisis_at  # the model alone: crisis
    async with servers(StoreKind.EMBEDDED, tmp_path) as [app]:
        f = await _facilitator(app)
        c = await _asked_by_bastian(app, "fear")
        reply = await c.ok("turn", turn_id="f1", text=FEAR)
        assert reply["safety"] == "concern"
        assert (await _next_alert(f))["level"] == "concern"
        assert "safety.checkin" not in _types(c.events)
        assert (await c.turn("look", "f2"))[-1]["data"]["ok"]  # not held
        await c.close()
        await f.close()
