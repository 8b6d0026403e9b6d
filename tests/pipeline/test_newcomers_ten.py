"""What the tenth newcomer met in play (issue 14), tested in other words and in both worlds: a
reply to the harsh page refused because it spoke of being lost ("being lost sometimes is
normal" read as the player asking for help), "say to the page: <words>" answered "There's no
one here to talk to", "that's anger" quoted as "'s anger", and "hi ilse, it's me again" talking
to the player ("me") instead of Ilse."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import played, steps
from tta_server.protocol.intents import Intent
from tta_server.world.replies import own_words

#: The harsh page read: it takes the player's words.
PAGE_READ = {
    "inventory": ["your-book"],
    "places": {"your-book": "player"},
    "flags": ["read-own-page"],
}
#: Pip's slate: the reframe takes the player's words.
PIP_ASKS = ["e", "talk to pip", "no, it isn't your fault, you spotted it", "ok"]


@pytest.mark.parametrize(
    ("name", "at", "before", "update", "text"),
    [
        (
            "ember_library",
            "stacks",
            [],
            PAGE_READ,
            "i would never speak to a mate like that. being lost for a while is normal and i am"
            " still here trying",
        ),
        (
            "ember_library",
            "stacks",
            [],
            PAGE_READ,
            "say to the page: you had a rotten year, not a wasted one",
        ),
        (
            "lantern_coast",
            "quay",
            PIP_ASKS,
            {},
            "everyone gets lost in fog for a night sometimes, and that is normal",
        ),
        (
            "lantern_coast",
            "quay",
            PIP_ASKS,
            {},
            "tell the slate: the boats are waiting for the light, not gone",
        ),
    ],
)
def test_a_reply_that_speaks_of_being_lost_or_is_said_to_the_page_is_the_players_words(
    name: str, at: str, before: list[str], update: dict[str, object], text: str
) -> None:
    result = played(name, at, [*before, text], **update)
    step = result.steps[-1]
    assert step.outcome.ok, steps(result)
    words = str(step.outcome.facts.get("words", ""))
    said = text.split(":", 1)[-1].strip()
    assert words.lower().rstrip(".") == said.lower().rstrip("."), words


@pytest.mark.parametrize(
    ("name", "at", "text", "who"),
    [("ember_library", "bindery", "say to bastian: thank you for the tea", "bastian")],
)
def test_words_said_to_someone_here_stay_theirs(name: str, at: str, text: str, who: str) -> None:
    result = played(name, at, [text])
    assert result.steps[-1].action.intent == Intent.TALK
    assert result.steps[-1].action.target_id == who


@pytest.mark.parametrize(
    ("name", "at", "text", "who"),
    [
        ("ember_library", "bindery", "hello bastian, it's me, back again", "bastian"),
        ("lantern_coast", "tea-hut", "hey rue, it's me again", "rue"),
    ],
)
def test_a_greeting_that_goes_on_is_to_the_one_greeted(
    name: str, at: str, text: str, who: str
) -> None:
    result = played(name, at, [text])
    [step] = result.steps
    assert step.action.intent == Intent.TALK and step.action.target_id == who
    assert step.outcome.ok, steps(result)


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("that's fear, plain and simple", "That's fear, plain and simple"),
        ("that, and a little shame", "And a little shame"),
        ("with all my heart, you did fine", "All my heart, you did fine"),
    ],
)
def test_filler_before_the_words_is_dropped_as_whole_words_only(text: str, quoted: str) -> None:
    assert own_words(text) == quoted


def test_striking_a_match_before_lighting_the_lamp_lights_the_lamp() -> None:
    """ "strike a match and light the mantle" at the Lantern Coast's climax was refused ("The
    tin of storm matches isn't something you can light") and the lamp stayed dark."""
    result = played(
        "lantern_coast",
        "lamp-room",
        ["light a match, then light the great lamp with it"],
        held=["matches"],
        flags=["lamp-filled", "clockwork-wound"],
    )
    assert [k for _, k in steps(result)] == ["verb.ok"]
    assert "lamp-lit" in result.state.flags


@pytest.mark.parametrize(
    ("name", "at", "seen", "text", "to"),
    [
        ("ember_library", "bindery", ["foyer"], "follow bastian out to the foyer", "foyer"),
        ("lantern_coast", "harbour-wall", ["quay"], "follow the cobbles to the quay", "quay"),
    ],
)
def test_following_someone_or_something_to_a_place_goes_there(
    name: str, at: str, seen: list[str], text: str, to: str
) -> None:
    result = played(name, at, [text], seen)
    assert result.state.location == to, steps(result)


@pytest.mark.parametrize(
    ("name", "at", "text"),
    [
        ("ember_library", "foyer", "can we skip ahead?"),
        ("lantern_coast", "quay", "this is slow. skip this bit"),
    ],
)
def test_asking_to_skip_the_story_gets_the_way_on(name: str, at: str, text: str) -> None:
    result = played(name, at, [text])
    assert [i for i, _ in steps(result)] == ["help"]


def test_skipping_a_stone_is_still_throwing_it() -> None:
    result = played("lantern_coast", "harbour-wall", ["skip a stone"])
    assert [i for i, _ in steps(result)] != ["help"]


@pytest.mark.parametrize(
    ("name", "at", "text"),
    [
        (
            "ember_library",
            "bindery",
            "bastian, what happened here? i can climb up to the loft if you tell me where it is",
        ),
        ("lantern_coast", "tea-hut", "rue, what's wrong with the lighthouse? i can climb up there"),
    ],
)
def test_a_statement_after_words_to_someone_is_part_of_them_not_a_refused_command(
    name: str, at: str, text: str
) -> None:
    """ "... let them help you back. i can climb the stairs if you tell me what to do" ended on
    "Yourself isn't something you can climb." after Maren's answer."""
    assert [k for _, k in steps(played(name, at, [text]))] == ["talk.ok"]


def test_a_command_after_words_to_someone_is_still_played() -> None:
    result = played("lantern_coast", "tea-hut", ["thanks rue. go out"], ["quay"])
    assert result.state.location == "quay"


@pytest.mark.parametrize(
    ("name", "at", "who", "there", "seen", "text"),
    [
        ("ember_library", "clock-loft", "ilse", "bindery", ["clock-stair", "east-corridor",
         "foyer", "bindery"], "ok, i'm coming"),
        ("lantern_coast", "tea-hut", "rue", "quay", ["quay"], "yes! right behind you"),
    ],
)  # fmt: skip
def test_saying_you_will_come_after_someone_has_gone_ahead_goes_after_them(
    name: str, at: str, who: str, there: str, seen: list[str], text: str
) -> None:
    """Ilse asked "Will you come?" and went down ahead; "yes. i'll come with you" was "I didn't
    catch that"."""
    result = played(name, at, [text], seen, whereabouts={who: there}, mentioned=[who])
    assert result.state.location == there, steps(result)


def test_coming_words_with_no_one_gone_ahead_go_nowhere() -> None:
    result = played("lantern_coast", "tea-hut", ["ok i'm coming"], ["quay"], mentioned=["rue"])
    assert result.state.location == "tea-hut"
