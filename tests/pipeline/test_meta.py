"""The standard commands' recogniser (tta_server/pipeline/meta.py): what is a command, slot
names, yes/no, and mending a refused command with ``oops``."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import world
from tta_server.pipeline.meta import (
    DEFAULT_SLOT,
    SLOT_NAME_MAX,
    Command,
    Meta,
    SlotNameError,
    answer,
    known_words,
    oops,
    recognise,
    slot_name,
    world_verbs,
)
from tta_server.pipeline.play import play
from tta_server.world import new_state


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("undo", Meta(Command.UNDO)),
        ("  UNDO! ", Meta(Command.UNDO)),
        ("restart", Meta(Command.RESTART)),
        ("start over", Meta(Command.RESTART)),
        ("score", Meta(Command.SCORE)),
        ("brief", Meta(Command.BRIEF)),
        ("verbose.", Meta(Command.VERBOSE)),
        ("quit", Meta(Command.QUIT)),
        ("q", Meta(Command.QUIT)),
        ("again", Meta(Command.AGAIN)),
        ("g", Meta(Command.AGAIN)),
        ("saves", Meta(Command.SAVES)),
        ("save", Meta(Command.SAVE)),
        ("save Before The Bridge", Meta(Command.SAVE, "Before The Bridge")),
        ("save game as bridge", Meta(Command.SAVE, "bridge")),
        ("restore", Meta(Command.RESTORE)),
        ("restore from bridge", Meta(Command.RESTORE, "bridge")),
        ("load bridge", Meta(Command.RESTORE, "bridge")),
        ("oops lantern", Meta(Command.OOPS, "lantern")),
    ],
)
def test_whole_messages_are_commands(text: str, want: Meta) -> None:
    assert recognise(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "breathe again",
        "go north",
        "undo the knot",
        "quit smoking",
        "I want to quit",
        "oops",
        "oops two words",
        "go",
        "saved",
    ],
)
def test_story_actions_are_not_commands(text: str) -> None:
    assert recognise(text) is None


def test_a_worlds_own_verb_wins_over_a_command_that_takes_words() -> None:
    assert recognise("save the gull", frozenset({"save"})) is None
    assert recognise("save the gull") == Meta(Command.SAVE, "the gull")
    assert recognise("undo", frozenset({"undo"})) == Meta(Command.UNDO)  # alone: the command


def test_world_verbs_are_read_from_the_world() -> None:
    verbs = world_verbs(world("lantern_coast"))
    assert "rewrite" in verbs and "ring" in verbs
    assert not verbs & {"save", "restore", "oops", "load"}


def test_slot_names_are_checked_with_reasons_a_person_can_act_on() -> None:
    assert slot_name("  before   the bridge ") == "before the bridge"
    assert slot_name("") == DEFAULT_SLOT
    assert slot_name("Chapter_2-b") == "Chapter_2-b"
    assert slot_name("café") == "café"
    with pytest.raises(SlotNameError, match="at most 24 characters"):
        slot_name("x" * (SLOT_NAME_MAX + 1))
    for bad in ("../etc", "-dash", "a{b}", "<tag>", "emoji \N{GRINNING FACE}"):
        with pytest.raises(SlotNameError, match="letters, numbers, spaces"):
            slot_name(bad)


def test_answers() -> None:
    assert answer("Yes!") is True and answer("y") is True
    assert answer("no") is False and answer("No thanks.") is False
    assert answer("go north") is None and answer("yes go north") is None


def test_oops_mends_the_word_that_made_the_command_fail() -> None:
    w = world("lantern_coast")
    state = new_state(w)

    def works(text: str) -> bool:
        return play(w, state, text).changed

    known = known_words(w)
    assert {"ring", "the", "fog", "bell", "inside", "rue"} <= known and "insdie" not in known
    assert not works("go insdie") and not works("bnog the fog bell")
    assert oops("go insdie", "inside", works, known) == "go inside"
    assert oops("bnog the fog bell", "ring", works, known) == "ring the fog bell"
    assert oops("frobnicate", "wait", works, known) == "wait"
    # nothing works: the last unknown word is replaced
    assert oops("wibble the wobble", "wubble", works, known) == "wibble the wubble"
    assert oops("take the lamp", "kettle", lambda t: False, known) == "take the kettle"
