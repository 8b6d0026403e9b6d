"""What the eleventh newcomer met in play (issue 14), tested in other words and in both worlds:
the player's own eyes read as a thing to find ("close my eyes and listen" -> "You can't find
any eyes here"), "shut up, ..." said to the harsh page read as the verb close, and a person or
animal here named as what to take answered "There's no sign of them here"."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import narrated
from tests.pipeline.newcomers import placed, played, steps
from tta_server.protocol.intents import Intent

#: The harsh page read: it takes the player's words.
PAGE_READ = {
    "inventory": ["your-book"],
    "places": {"your-book": "player"},
    "flags": ["read-own-page"],
}


@pytest.mark.parametrize(
    ("name", "at", "text", "intents"),
    [
        ("lantern_coast", "dunes", "shut your eyes and listen", ["listen"]),
        ("ember_library", "foyer", "close both eyes for a moment", ["wait"]),
        ("lantern_coast", "quay", "open my eyes", ["wait"]),
        ("ember_library", "stacks", "breathe in deeply, then shut my eyes", ["breathe"]),
    ],
)
def test_the_players_eyes_are_a_gesture_never_a_thing_to_find(
    name: str, at: str, text: str, intents: list[str]
) -> None:
    result = played(name, at, [text])
    assert [i for i, _ in steps(result)] == intents, steps(result)
    assert all(s.outcome.ok for s in result.steps), steps(result)
    w, state = placed(name, at)
    assert "eyes here" not in narrated(w, state, text)


@pytest.mark.parametrize("text", ["shut up! none of that is true", "oh hush, you're wrong"])
def test_shut_up_to_the_harsh_page_is_the_players_words(text: str) -> None:
    result = played("ember_library", "stacks", [text], **PAGE_READ)
    assert result.steps[-1].outcome.ok, steps(result)
    assert result.steps[-1].action.intent != Intent.CLOSE
    assert "words" in result.steps[-1].outcome.facts or result.steps[-1].outcome.facts.get("text")


@pytest.mark.parametrize(
    ("name", "at", "text", "who"),
    [
        ("lantern_coast", "harbour-wall", "pick up the kid", "pip"),
        ("lantern_coast", "tea-hut", "grab rue", "rue"),
        ("ember_library", "bindery", "take bastian with me", "bastian"),
        ("ember_library", "reading-room", "lift juno up", "juno"),
    ],
)
def test_a_person_here_named_as_what_to_take_is_answered_about_them(
    name: str, at: str, text: str, who: str
) -> None:
    result = played(name, at, [text])
    assert steps(result) == [("take", "take.person")]
    w, state = placed(name, at)
    told = narrated(w, state, text)
    assert "no sign" not in told.lower()
    character = w.character(who)
    assert character is not None and character.name.split()[0] in told


@pytest.mark.parametrize(
    ("name", "at", "text", "verb"),
    [
        ("lantern_coast", "dune-hollow", "grab the dog", "pat"),
        ("ember_library", "foyer", "pick the cat up", "stroke"),
    ],
)
def test_an_animal_here_named_as_what_to_take_is_petted(
    name: str, at: str, text: str, verb: str
) -> None:
    result = played(name, at, [text])
    assert [i for i, _ in steps(result)] == [verb], steps(result)
    w, state = placed(name, at)
    assert "no sign" not in narrated(w, state, text).lower()


@pytest.mark.parametrize(
    ("name", "at", "seen", "text", "told"),
    [
        ("lantern_coast", "headland", [], "what way is lamp cottage", "starts down"),
        ("lantern_coast", "dunes", ["quay"], "how do i get back to the quay?", "east"),
        ("ember_library", "stacks", [], "which way to the bindery?", "starts south"),
        ("ember_library", "stacks", ["foyer"], "what's the way to the foyer", "the way to"),
    ],
)
def test_asking_the_way_with_no_one_here_tells_it_without_moving(
    name: str, at: str, seen: list[str], text: str, told: str
) -> None:
    w, state = placed(name, at, seen or None)
    result = played(name, at, [text], seen or None)
    assert result.state.location == at
    said = narrated(w, state, text)
    assert told in said.lower(), said
    assert "no one here to hear" not in said and "to talk to" not in said, said


@pytest.mark.parametrize(
    ("name", "at"), [("lantern_coast", "headland"), ("ember_library", "stacks")]
)
def test_asking_the_way_to_nowhere_of_the_world_says_so_plainly(name: str, at: str) -> None:
    w, state = placed(name, at)
    said = narrated(w, state, "which way to the ferry port?")
    assert "nowhere called the ferry port" in said, said


@pytest.mark.parametrize(
    "text",
    [
        "i rest my palm on the post. it's damp and rough. the waves roaring down below",
        "i touch the wire with my fingers, it's freezing and wet, gulls crying, boots crunching",
        "feet on the chalk. i hear a sheep somewhere. the air is cold on my face",
        "i hold the lantern- no wait, scratch that. hands flat on the fence. sea sounds below",
    ],
)
def test_a_sentence_of_senses_in_the_players_own_words_is_the_grounding(text: str) -> None:
    result = played("lantern_coast", "cliff-path", [text], held=["storm-lantern"])
    assert steps(result) == [("notice", "verb.ok")], steps(result)
    assert "grounding" in result.state.skills


def test_a_correction_drops_what_came_before_it() -> None:
    result = played("lantern_coast", "quay", ["go north, no wait, go east"])
    assert [i for i, _ in steps(result)] == ["go"]
    assert result.state.location == "harbour-wall"


@pytest.mark.parametrize(
    ("at", "before", "update", "text"),
    [
        ("tea-hut", ["talk to rue"], {}, "ta, but i'll manage it on my own. no need for help"),
        ("tea-hut", ["talk to rue"], {}, "i'm fine by myself honestly, don't need any help"),
        (
            "cottage-kitchen",
            [],
            {"attitudes": {"maren": 3}},
            "no, let me figure it out myself. where's the key",
        ),
    ],
)
def test_declining_help_is_never_played_as_asking_for_it(
    at: str, before: list[str], update: dict[str, object], text: str
) -> None:
    result = played("lantern_coast", at, [*before, text], **update)
    assert ("talk", "talk.declined") in steps(result), steps(result)
    assert "asking_for_help" not in result.state.skills
    assert not {"talk:rue:help", "talk:maren:help"} & set(result.state.done)


@pytest.mark.parametrize(
    ("name", "at", "update", "text", "feeling"),
    [
        (
            "lantern_coast",
            "tea-hut",
            {},
            "tell rue i'm worried about climbing that cliff path at night",
            "worried",
        ),
        (
            "ember_library",
            "bindery",
            {},
            "tell bastian i feel nervous about talking to strangers",
            "nervous",
        ),
    ],
)
def test_a_feeling_told_to_someone_is_answered_as_a_feeling(
    name: str, at: str, update: dict[str, object], text: str, feeling: str
) -> None:
    result = played(name, at, [text], **update)
    assert steps(result) == [("talk", "talk.feeling")], steps(result)
    assert result.steps[-1].outcome.facts.get("feeling") == feeling
    w, state = placed(name, at, **update)
    told = narrated(w, state, text)
    assert feeling in told and "half hears" not in told, told


@pytest.mark.parametrize(
    "text",
    [
        "got anything that might help juno? her page just won't shut up",
        "have you got something for juno",
    ],
)
def test_asking_someone_for_things_is_asking_for_what_they_can_give(text: str) -> None:
    update = {"flags": ["bastian-told"], "done": ["talk:bastian:fire"]}
    result = played("ember_library", "bindery", [text], **update)
    assert "mending-pen" in result.state.inventory, steps(result)


KEY_HELD = {"inventory": ["study-key"], "places": {"study-key": "player"}}


@pytest.mark.parametrize("text", ["open the study using the key", "open fenn's door with the key"])
def test_opening_a_door_with_its_key_unlocks_it(text: str) -> None:
    result = played("ember_library", "clock-stair", [text], **KEY_HELD)
    assert steps(result) == [("open", "open.ok")], steps(result)


def test_someone_behind_a_shut_door_can_be_called_to() -> None:
    text = "shout through the door: maren, it's only me, are you alright in there?"
    w, state = placed("lantern_coast", "cottage-step")
    said = narrated(w, state, text)
    assert "Maren through the blue door" in said and "no one here" not in said, said
