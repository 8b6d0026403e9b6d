"""What the ninth newcomer met in play (issue 14), tested in other words and in both worlds:
"go up/down to X" with a purpose after the place or a world verb after "and" ("go up to the
lamp room and fill the lamp" went nowhere; "go down to the harbour wall to watch the boats"
went one floor down), "try X" of a door read as using a door the player does not hold, and
"go to rue and ask her ..." asking the key just taken instead of Rue."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import played, steps


@pytest.mark.parametrize(
    ("name", "at", "seen", "text", "to"),
    [
        (
            "ember_library",
            "clock-stair",
            ["east-corridor", "foyer", "bindery"],
            "head down to the bindery to see bastian",
            "bindery",
        ),
        (
            "lantern_coast",
            "lamp-room",
            ["tower-stair", "lighthouse-yard", "oil-store"],
            "walk down to the oil store to fetch the can",
            "oil-store",
        ),
    ],
)
def test_going_up_or_down_to_a_place_with_a_purpose_goes_there(
    name: str, at: str, seen: list[str], text: str, to: str
) -> None:
    result = played(name, at, [text], seen)
    assert [k for _, k in steps(result)] == ["go.ok"]
    assert result.state.location == to


@pytest.mark.parametrize(
    ("name", "at", "seen", "held", "text", "then"),
    [
        (
            "lantern_coast",
            "oil-store",
            ["tower-stair", "lighthouse-yard", "lamp-room"],
            ["oil-can"],
            "head up to the lamp room and top up the lamp",
            ("fill", "verb.ok"),
        ),
        (
            "ember_library",
            "foyer",
            ["bindery"],
            ["mending-pen"],
            "walk over to the bindery and mend the pages",
            ("mend", "verb.blocked"),
        ),
    ],
)
def test_a_world_verb_after_a_movement_is_its_own_clause(
    name: str, at: str, seen: list[str], held: list[str], text: str, then: tuple[str, str]
) -> None:
    result = played(name, at, [text], seen, held=held)
    assert steps(result)[0][1] == "go.ok" and steps(result)[1][0] == then[0], steps(result)


@pytest.mark.parametrize(
    ("name", "at", "text", "key"),
    [
        ("ember_library", "clock-stair", "try the study door", "open.locked"),
        ("lantern_coast", "headland", "try the iron gate", "open.locked"),
        ("ember_library", "east-corridor", "try the clock stair door", "open.blocked"),
    ],
)
def test_trying_a_door_is_opening_it(name: str, at: str, text: str, key: str) -> None:
    assert steps(played(name, at, [text])) == [("open", key)]


@pytest.mark.parametrize(
    ("name", "at", "seen", "before", "text", "who"),
    [
        (
            "ember_library",
            "foyer",
            ["bindery"],
            ["take the paper twist"],
            "go to bastian and ask him for the pen",
            "bastian",
        ),
        (
            "lantern_coast",
            "quay",
            ["tea-hut"],
            ["x the fog bell"],
            "go to rue and ask her for a lantern",
            "rue",
        ),
    ],
)
def test_him_or_her_after_going_to_someone_is_that_person(
    name: str, at: str, seen: list[str], before: list[str], text: str, who: str
) -> None:
    result = played(name, at, [*before, text], seen)
    assert [(str(s.action.intent), s.action.target_id) for s in result.steps][1:] == [("talk", who)]


# -- a moment that asks for the player's senses or words ----------------------------------------
def _at_the_fog(text: str) -> dict[str, object]:
    [step] = played("lantern_coast", "cliff-path", [text]).steps
    assert (str(step.action.intent), step.outcome.message_key) == ("notice", "verb.ok")
    return step.outcome.facts


@pytest.mark.parametrize(
    "text",
    [
        "wait. i can feel the cold on my hands, hear the gulls and see the pale path",
        "pause. i smell salt and i hear the waves down in the caves",
    ],
)
def test_a_sentence_of_the_senses_at_the_fog_is_the_grounding_in_the_players_words(
    text: str,
) -> None:
    assert "gulls" in str(_at_the_fog(text).get("words")) or "salt" in str(
        _at_the_fog(text).get("words")
    )


@pytest.mark.parametrize("text", ["notice what i can see", "notice what is around me"])
def test_a_command_to_notice_is_done_without_quoting_it(text: str) -> None:
    assert "words" not in _at_the_fog(text)


PIP_ASKS = ["e", "talk to pip", "no, it isn't your fault, you spotted it", "ok"]


#: Juno with the mending pen, her page's thought told: her page takes the player's words.
JUNO_TOLD = {
    "inventory": ["mending-pen"],
    "places": {"mending-pen": "player"},
    "flags": ["juno-told"],
}
#: The harsh page read: it takes the player's words.
PAGE_READ = {
    "inventory": ["your-book"],
    "places": {"your-book": "player"},
    "flags": ["read-own-page"],
}


@pytest.mark.parametrize(
    ("name", "at", "before", "update", "text", "quoted"),
    [
        (
            "ember_library",
            "stacks",
            [],
            PAGE_READ,
            "so i write underneath: you are being unfair to me. i walked in here tonight and i"
            " am trying, and not knowing everything yet is allowed",
            "You are being unfair to me. i walked in here tonight and i am trying, and not"
            " knowing everything yet is allowed",
        ),
        (
            "lantern_coast",
            "quay",
            PIP_ASKS,
            {},
            "the boats are only late because of the fog, and late is not lost, they are"
            " waiting out past the bar for the light",
            "The boats are only late because of the fog, and late is not lost, they are"
            " waiting out past the bar for the light",
        ),
        (
            "lantern_coast",
            "quay",
            PIP_ASKS,
            {},
            "correct it: the skippers are waiting safely out at sea",
            "The skippers are waiting safely out at sea",
        ),
        (
            "ember_library",
            "reading-room",
            [],
            JUNO_TOLD,
            "change it: most people here are too busy with their own books to judge",
            "Most people here are too busy with their own books to judge",
        ),
    ],
)
def test_the_players_words_where_they_are_the_point_are_quoted_whole_without_a_lead(
    name: str, at: str, before: list[str], update: dict[str, object], text: str, quoted: str
) -> None:
    """A long reply (the harsh page's was 22 words after "i write back:"), a sentence that
    starts with a thing's name, and the words after "fix it:" are quoted as typed."""
    result = played(name, at, [*before, text], **update)
    assert result.steps[-1].outcome.ok, steps(result)
    assert result.steps[-1].outcome.facts.get("words") == quoted


@pytest.mark.parametrize(
    ("name", "at", "text", "who"),
    [
        ("ember_library", "bindery", "go on then, what went on here?", "bastian"),
        ("lantern_coast", "tea-hut", "go on, tell me why the lighthouse is dark", "rue"),
    ],
)
def test_go_on_then_before_words_to_someone_is_no_movement(
    name: str, at: str, text: str, who: str
) -> None:
    result = played(name, at, [text])
    assert [(str(s.action.intent), s.action.target_id) for s in result.steps] == [("talk", who)]


@pytest.mark.parametrize(
    ("name", "at", "text"),
    [
        ("ember_library", "bindery", "look at the kettle"),
        ("ember_library", "bindery", "put the kettle on"),
        ("lantern_coast", "tea-hut", "examine the kettle"),
    ],
)
def test_the_kettle_is_a_kettle(name: str, at: str, text: str) -> None:
    """The bindery's kettle was a name of the presses, whose line has no kettle in it."""
    [step] = played(name, at, [text]).steps
    assert "kettle" in str(step.outcome.facts.get("description")).lower()


@pytest.mark.parametrize(
    ("update", "says"),
    [
        ({"flags": ["pip-steadied"]}, "made a start"),
        (
            {
                "flags": ["pip-steadied", "maren-helped"],
                "inventory": ["lighthouse-key", "logbook"],
                "places": {"lighthouse-key": "player", "logbook": "player"},
            },
            "Maren's key",
        ),
    ],
)
def test_asking_rue_for_help_late_says_what_has_been_done(
    update: dict[str, object], says: str
) -> None:
    asks = ["rue, why is the lighthouse dark?", "rue, i need a lantern, please"]
    result = played("lantern_coast", "tea-hut", asks, **update)
    text = str(result.steps[-1].outcome.facts.get("text"))
    assert says in text and "where to start" not in text, text


@pytest.mark.parametrize(
    ("name", "at", "seen", "update", "text", "to"),
    [
        (
            "ember_library",
            "boiler-room",
            ["east-corridor", "clock-stair"],
            {"flags": ["ember-cooled"]},
            "climb up the clock stair",
            "clock-stair",
        ),
        (
            "lantern_coast",
            "quay",
            ["chapel-street", "cliff-path"],
            {"held": ["storm-lantern"]},
            "walk up the cliff path",
            "cliff-path",
        ),
    ],
)
def test_up_the_place_named_goes_to_that_place(
    name: str, at: str, seen: list[str], update: dict[str, object], text: str, to: str
) -> None:
    """Newcomer 9: "go up the clock stair" from the boiler room stopped in the corridor."""
    result = played(name, at, [text], seen, **update)
    assert result.state.location == to, steps(result)
