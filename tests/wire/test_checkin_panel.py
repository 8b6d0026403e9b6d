"""The check-in panel over ordinary play (round 15, ``tta_server/checkin_panel.py``): a concern
the learned signals alone give to words of no other cell and no distress gets no panel when the
world carried out every clause as a command, or when the words answer the guide's own check-in;
the turn is still played gently and facilitators still get the alert. A rule's concern in the
same turn, the same words when the world could not play them and nothing asked for them, and
every crisis keep their handling; a late verdict is spared as one in time would be. Kind words
to a character about them (nothing about the speaker), and help asked of a character with
something of the world, get no panel either. Quiet words
in the Net Loft the signal alone calls crisis are played as a concern. Over the
wire, the contextual signal on (the real encoder). The sentences are new (no newcomer typed
them)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.safety.test_world_cap import _quiet
from tests.wire.client import Client, story
from tests.wire.test_safety_contextual import _facilitator, _next_alert, servers
from tests.wire.test_self_criticism_answers import _playing, _types, late_check_in
from tta_server.safety import Level, classify
from tta_server.safety.contextual import signal
from tta_server.safety.self_criticism import only_signals
from tta_server.safety.strain import only_everyday_strain
from tta_server.settings import StoreKind

#: A move the world carries out from the quay (the loft is up) with everyday strain said after
#: it (work, weeks of it), worded so no rule fires and no word of distress or another cell is in
#: it: a concern the learned signals alone give for a fair reason. The first that is one is used
#: (a retrained signal may read them otherwise). Until round 22 these were harmless moves ("i'll
#: climb up to the net loft and have a quiet look around"), which the vote flags for nothing:
#: the fuller indexes tried in rounds 21 and 22 rightly flag neither, and no harmless move may
#: stand for a concern (``tests/safety/test_round22.py`` checks they are none and never held).
MOVE_WITH_STRAIN = (
    "go up to the net loft. work has been grinding me down for weeks",
    "climb up to the net loft, work has had me tense and restless for weeks",
    "go up to the net loft, work has kept me wound up for weeks now",
    "go up to the net loft. work has had me wound up for weeks",
)
#: A rule's concern in a turn whose command the world carries out: the panel stays.
RULE_IN_A_COMMAND = "go up to the net loft. i havent slept in weeks"
#: A concern that opens the guide's check-in, and answers to it the learned model flags.
OPENS = "i havent slept properly in weeks"
#: The check-in answered with a command after it, which the learned model flags.
ANSWER_AND_A_COMMAND = (
    "honestly im ok just stressed. wrap myself in the blanket",
    "im fine honestly, just stressed. wrap myself up in the blanket",
)
ANSWERS = (
    "Honestly? A bit flat today. The flat's been very quiet since my son moved out. But this "
    "is nice, thanks for asking.",
    "honestly a bit flat. the house has been so quiet since my son moved out. but this is nice",
)

#: Answers to the guide's check-in that a rule reads as everyday strain (short sleep, loneliness,
#: worry): no second panel (``safety/strain.py``), unless the operator asks for it; and one that
#: names something graver, which keeps it.
STRAIN_ANSWERS = (
    "honestly? exams. i havent slept properly in days",
    "a bit lonely since i moved here, if im honest",
)
GRAVER_ANSWER = "not great. i havent slept in days and i feel numb"

#: Kind words to Rue about her own health, which the contextual signal alone flags; and the same
#: said of the speaker's own chest (the panel stays). Newcomer 17, a nurse, got the panel on
#: worrying about Maren's chest.
ABOUT_THEM = (
    "Rue, your chest sounds bad, you must see a doctor",
    "Rue, your chest sounds really bad, you must see a doctor tomorrow",
)
ABOUT_ME = ("rue my chest sounds bad, i should see a doctor",)
#: A move the world carries out (from the quay into Rue's tea hut) and then the same kind words
#: to her, in one line; and the line with the speaker's own chest (the panel stays). Newcomer 27
#: got the panel for "i go to foyer, say bye to cat".
MOVE_AND_ABOUT_THEM = (
    "go in. rue, your chest sounds really bad, you must see a doctor tomorrow",
    "go in and tell rue your chest sounds bad, you must see a doctor",
    "go in. rue your chest sounds really bad, please see a doctor",
)
MOVE_AND_ABOUT_ME = (
    "go in. rue, my chest sounds really bad, i must see a doctor tomorrow",
    "go in and tell rue my chest sounds bad, i must see a doctor",
)
#: The same care with who is speaking in it (newcomer 19, a nurse, got the panel twice so):
#: words that only say who the speaker is do not make it about them.
AS_A_NURSE = (
    "Rue, I am a nurse and your chest sounds really bad, you should see a doctor",
    "Rue, i am a nurse. your chest sounds bad, you must see a doctor",
)
#: Asking the one spoken to to tell of someone, which the learned signals alone flag (play
#: corpus 11 got a check-in on "do you want to tell me about fenn?"): "tell me" asks, it says
#: nothing of the speaker.
TELL_ME = (
    "it's smaller now because someone took care of it. do you want to tell me about maren?",
    "it's quieter now because someone took care of it. do you want to tell me about the keeper?",
)

#: A thing taken in the Ember Library's foyer, then an action the world refuses (no shawl is
#: held), which the contextual signal alone flags: newcomer 29 got the panel for "I will pick
#: up Fenn's glasses very carefully and wrap them in my handkerchief".
TAKEN_THEN_REFUSED = (
    "I'll take the paper twist very carefully and hold it close in my shawl.",
    "I'll take the paper twist very carefully, and hold it close in my shawl.",
)

#: Help asked of a character with the story's own task, named wherever it is (the light is the
#: lamp room's, asked in Rue's tea hut), which the learned signals alone flag: newcomer 28 got
#: the panel for asking Maren to help with the light. And the same plea naming nothing of the
#: world, which keeps the panel.
HELP_WITH_THE_TASK = (
    "its getting dark. i can't do the light by myself, will you help me",
    "the fog's rolling in. i don't think i can do the light on my own, will you help me",
    "i don't think i can do the light on my own, can you give me a hand",
)
HELP_WITH_NOTHING_NAMED = (
    "its getting dark. i can't do this by myself, will you help me",
    "its getting dark. i can't do it by myself, will you help me",
)

#: A crisis, then after "I'm safe, continue" a reassurance the n-gram model alone flags (no
#: panel: it answers the crisis check), and a graver answer a rule reads (the panel stays).
#: Newcomer corpus 29, a widow, got a check-in on "I am grand ..., honestly" right after.
A_CRISIS = "i am going to kill myself tonight"
REASSURED = (
    "I am grand, honestly. I was only asking after him.",
    "im grand honestly, i was only asking after her",
)


def _verdict(text: str) -> Any:
    return signal().raise_verdict(text, classify(text))


def _signals_only(candidates: tuple[str, ...]) -> str:
    """The first of ``candidates`` the learned signals alone call concern (no distress)."""
    found = [
        t for t in candidates if _verdict(t).level is Level.CONCERN and only_signals(t, _verdict(t))
    ]
    assert found, f"none of {candidates} is a concern of the learned signals alone"
    return found[0]


async def _alert_without_a_panel(f: Client, c: Client, text: str) -> list[dict[str, Any]]:
    """Play ``text``: no check-in panel, and a concern alert for facilitator ``f``; the events."""
    events = await c.turn(text)
    assert "safety.checkin" not in _types(events)
    alert = await _next_alert(f)
    assert alert["level"] == "concern" and alert["text"] == text
    return events


def test_the_sentences_are_what_they_stand_for() -> None:
    """Checked first, so a retrained screen that reads them otherwise says so plainly."""
    assert classify(_signals_only(MOVE_WITH_STRAIN)).level is Level.NONE  # the vote's alone
    _signals_only(ANSWERS)
    _signals_only(ANSWER_AND_A_COMMAND)
    _signals_only(ABOUT_THEM)
    _signals_only(ABOUT_ME)
    _signals_only(AS_A_NURSE)
    _signals_only(TELL_ME)
    _signals_only(MOVE_AND_ABOUT_THEM)
    _signals_only(MOVE_AND_ABOUT_ME)
    _signals_only(HELP_WITH_THE_TASK)
    _signals_only(HELP_WITH_NOTHING_NAMED)
    for text in (RULE_IN_A_COMMAND, OPENS):
        got = classify(text)
        assert got.level is Level.CONCERN and not only_signals(text, got), (text, got)


async def test_a_command_the_world_played_gets_no_panel_but_an_alert(tmp_path: Path) -> None:
    move = _signals_only(MOVE_WITH_STRAIN)
    async with servers(StoreKind.EMBEDDED, tmp_path) as [app]:
        f = await _facilitator(app)
        c = await _playing(app, "climber", "lantern-coast")
        events = await _alert_without_a_panel(f, c, move)
        assert "Net Loft" in story(events)  # the move was played
        # A rule's concern in a played command keeps the panel.
        c2 = await _playing(app, "sleepless", "lantern-coast")
        events = await c2.turn(RULE_IN_A_COMMAND)
        assert "safety.checkin" in _types(events)
        await c.close()
        await c2.close()
        await f.close()


async def test_a_thing_taken_then_an_action_refused_gets_no_panel_but_an_alert(
    tmp_path: Path,
) -> None:
    text = _signals_only(TAKEN_THEN_REFUSED)
    async with servers(StoreKind.EMBEDDED, tmp_path) as [app]:
        f = await _facilitator(app)
        c = await _playing(app, "careful", "ember-library")
        await c.turn("go in")
        events = await _alert_without_a_panel(f, c, text)
        assert "paper twist" in story(events)  # taken; the shawl is not held
        # The same refused action with nothing carried out before it keeps the panel.
        c2 = await _playing(app, "careless", "ember-library")
        await c2.turn("go in")
        await c2.turn("take the paper twist")
        events = await c2.turn(text)  # held already: the take is refused too
        assert "safety.checkin" in _types(events)
        await c.close()
        await c2.close()
        await f.close()


#: Everyday distress by a rule, twice in one story with play between (newcomer 29, a widow,
#: got the panel three times in one evening for mentioning her late husband); then an urge to
#: self-harm, another category, which keeps its panel.
DISTRESS_AGAIN = ("a bit lonely since i moved here, if im honest", "i feel really low this week")
URGE = "the urge to cut is back but i havent"


async def _panels(c: Client, texts: tuple[str, ...]) -> list[bool]:
    """Play each of ``texts`` with a look around between: whether each got the panel."""
    shown = []
    for text in texts:
        shown.append("safety.checkin" in _types(await c.turn(text)))
        await c.turn("look around")  # not an answer to the guide's check-in
    return shown


async def test_everyday_distress_soon_after_a_panel_gets_an_alert_and_no_second_panel(
    tmp_path: Path,
) -> None:
    for text in DISTRESS_AGAIN:
        assert classify(text).category == "distress", text
    assert classify(URGE).level is Level.CONCERN and classify(URGE).category == "self_harm"
    async with servers(StoreKind.EMBEDDED, tmp_path) as [app]:
        f = await _facilitator(app)
        c = await _playing(app, "widow", "lantern-coast")
        assert await _panels(c, (*DISTRESS_AGAIN, URGE)) == [True, False, True]
        alerts = [await _next_alert(f) for _ in range(3)]  # every one alerts facilitators
        assert [a["text"] for a in alerts] == [*DISTRESS_AGAIN, URGE]
        await c.close()
        await f.close()
    async with servers(StoreKind.EMBEDDED, tmp_path, checkin_panel_quiet_s=0) as [app]:
        c = await _playing(app, "widow2", "lantern-coast")
        assert await _panels(c, DISTRESS_AGAIN) == [True, True]  # 0: the panel every time
        await c.close()


async def test_an_answer_to_the_guides_check_in_gets_no_second_panel(tmp_path: Path) -> None:
    answer = _signals_only(ANSWERS)
    async with servers(StoreKind.EMBEDDED, tmp_path) as [app]:
        f = await _facilitator(app)
        c = await _playing(app, "answers", "lantern-coast")
        opened = await c.turn(OPENS)
        assert "safety.checkin" in _types(opened)
        assert "How are you doing" in story(opened)  # the guide's check-in asks
        assert (await _next_alert(f))["text"] == OPENS
        events = await _alert_without_a_panel(f, c, answer)
        assert "Thank you for answering" in story(events)  # the game heard the answer
        await c.close()
        # Answered with a command after it: no panel either.
        c = await _playing(app, "answers2", "lantern-coast")
        assert "safety.checkin" in _types(await c.turn(OPENS))
        await _next_alert(f)
        await _alert_without_a_panel(f, c, _signals_only(ANSWER_AND_A_COMMAND))
        await c.close()
        # The same words with nothing asked: the world cannot play them, so the panel.
        c = await _playing(app, "unasked", "lantern-coast")
        assert "safety.checkin" in _types(await c.turn(answer))
        await c.close()
        await f.close()


async def test_everyday_strain_told_to_the_guide_gets_no_second_panel(tmp_path: Path) -> None:
    for text in STRAIN_ANSWERS:
        got = classify(text)
        assert got.level is Level.CONCERN and only_everyday_strain(text, got), (text, got)
        assert not only_signals(text, got)  # a rule's concern: spared only as strain
    assert not only_everyday_strain(GRAVER_ANSWER, classify(GRAVER_ANSWER))
    async with servers(StoreKind.EMBEDDED, tmp_path) as [app]:
        f = await _facilitator(app)
        for n, answer in enumerate(STRAIN_ANSWERS):
            c = await _playing(app, f"strained{n}", "lantern-coast")
            assert "safety.checkin" in _types(await c.turn(OPENS))
            await _next_alert(f)
            events = await _alert_without_a_panel(f, c, answer)
            assert "Thank you for answering" in story(events)  # the guide heard it
            # Nothing asks again: the next words are not taken for a second answer.
            assert "Thank you for answering" not in story(await c.turn("ok. feeling a bit better"))
            assert "Tea Hut" in story(await c.turn("go in"))
            await c.close()
        c = await _playing(app, "graver", "lantern-coast")
        await c.turn(OPENS)
        await _next_alert(f)
        assert "safety.checkin" in _types(await c.turn(GRAVER_ANSWER))
        await c.close()
        await f.close()


async def test_the_operator_can_keep_the_panel_for_strain_told_to_the_guide(
    tmp_path: Path,
) -> None:
    async with servers(StoreKind.EMBEDDED, tmp_path, checkin_panel_on_strain_answers=True) as [app]:
        c = await _playing(app, "strained", "lantern-coast")
        await c.turn(OPENS)
        assert "safety.checkin" in _types(await c.turn(STRAIN_ANSWERS[0]))
        await c.close()


async def test_kind_words_to_a_character_about_them_get_no_panel_but_an_alert(
    tmp_path: Path,
) -> None:
    async with servers(StoreKind.EMBEDDED, tmp_path) as [app]:
        f = await _facilitator(app)
        c = await _playing(app, "kindly", "lantern-coast")
        await c.turn("go in")  # Rue's tea hut
        await _alert_without_a_panel(f, c, _signals_only(ABOUT_THEM))
        await c.close()
        c = await _playing(app, "nurse", "lantern-coast")  # nothing asked before it
        await c.turn("go in")
        await _alert_without_a_panel(f, c, _signals_only(AS_A_NURSE))
        await c.close()
        c = await _playing(app, "asking", "lantern-coast")
        await c.turn("go in")
        await _alert_without_a_panel(f, c, _signals_only(TELL_ME))
        await c.close()
        # The same words about the speaker's own chest: the panel stays.
        c = await _playing(app, "myself", "lantern-coast")
        await c.turn("go in")
        events = await c.turn(_signals_only(ABOUT_ME))
        assert "safety.checkin" in _types(events)
        await c.close()
        await f.close()


async def test_a_move_then_kind_words_to_a_character_get_no_panel_but_an_alert(
    tmp_path: Path,
) -> None:
    async with servers(StoreKind.EMBEDDED, tmp_path) as [app]:
        f = await _facilitator(app)
        c = await _playing(app, "goes-in", "lantern-coast")
        events = await _alert_without_a_panel(f, c, _signals_only(MOVE_AND_ABOUT_THEM))
        assert "Rue" in story(events)  # the move was played, and the words said to her
        await c.close()
        # The speaker's own chest after the same move: the panel stays.
        c = await _playing(app, "goes-in-too", "lantern-coast")
        events = await c.turn(_signals_only(MOVE_AND_ABOUT_ME))
        assert "safety.checkin" in _types(events)
        await c.close()
        await f.close()


async def _past_rues_question(c: Client) -> None:
    """Into Rue's tea hut, where the light (up in the lamp room) is the story's task, past her
    own request for help and her "Would you try?" (answers to them are spared already)."""
    await c.turn("go in")
    await c.turn("rue, will you help me with the light?")
    await c.turn("yes")


async def test_help_asked_with_the_storys_task_gets_no_panel_but_an_alert(
    tmp_path: Path,
) -> None:
    async with servers(StoreKind.EMBEDDED, tmp_path) as [app]:
        f = await _facilitator(app)
        c = await _playing(app, "asks-rue", "lantern-coast")
        await _past_rues_question(c)
        events = await _alert_without_a_panel(f, c, _signals_only(HELP_WITH_THE_TASK))
        assert "Rue" in story(events)  # said to her
        await c.close()
        # The same plea naming nothing of the world: the panel stays.
        c = await _playing(app, "asks-rue-too", "lantern-coast")
        await _past_rues_question(c)
        events = await c.turn(_signals_only(HELP_WITH_NOTHING_NAMED))
        assert "safety.checkin" in _types(events)
        await c.close()
        await f.close()


async def test_words_after_im_safe_continue_answer_the_crisis_check(tmp_path: Path) -> None:
    reassured = next((t for t in REASSURED if classify(t).named_only_by("model:concern:")), None)
    assert reassured is not None, f"the model no longer flags any of {REASSURED} alone"
    async with servers(StoreKind.EMBEDDED, tmp_path) as [app]:
        f = await _facilitator(app)
        for name, answer, panel in (
            ("reassures", reassured, False),
            ("graver", GRAVER_ANSWER, True),
        ):
            c = await _playing(app, name, "lantern-coast")
            await c.turn("go in")
            held = await c.ok("turn", turn_id="held", text=A_CRISIS)
            assert held["safety"] == "crisis"
            assert (await _next_alert(f))["level"] == "crisis"
            await c.ok("safety.ack", choice="continue")
            events = await c.turn(answer)
            assert ("safety.checkin" in _types(events)) is panel, (answer, _types(events))
            assert (await _next_alert(f))["level"] == "concern"
            await c.close()
        await f.close()


async def test_a_late_concern_on_a_played_command_is_an_alert_without_a_panel(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    """A budget of 0: the signal answers after the turn, and the played command spares the
    panel then too (the alert written with no event, on both stores)."""
    move = _signals_only(MOVE_WITH_STRAIN)
    async with servers(store_kind, tmp_path, safety_contextual_timeout_ms=0) as apps:
        app = apps[0]
        f = await _facilitator(apps[-1])
        c = await _playing(app, "late-climber", "lantern-coast")
        assert not await late_check_in(app, f, c, move)
        await c.close()
        await f.close()


async def test_quiet_words_in_the_net_loft_are_not_held(tmp_path: Path) -> None:
    """The signal's crisis on quiet words about the loft is a concern there (``world_capped``):
    played, with an alert, and no hold."""
    quiet = _quiet()
    async with servers(StoreKind.EMBEDDED, tmp_path) as [app]:
        f = await _facilitator(app)
        c = await _playing(app, "loft", "lantern-coast")
        await c.turn("go up")
        reply = await c.ok("turn", turn_id="q1", text=quiet)
        assert reply["safety"] == "concern"
        alert = await _next_alert(f)
        assert alert["level"] == "concern" and alert["reasons"][-1].endswith(":place")
        assert "Net Loft" in story(await c.turn("look", "q2"))  # not held: the story goes on
        await c.close()
        await f.close()
