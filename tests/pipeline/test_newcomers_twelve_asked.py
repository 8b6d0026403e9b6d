"""What the twelfth newcomer met asking people things (issue 14), tested in other words and in
both worlds: "how are you holding up?" to a character here was answered with a line about the
player, a thanks reply or the plot, never with how the character is."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import narrated
from tests.pipeline.newcomers import placed, played, steps
from tta_server.world.views import character_line


@pytest.mark.parametrize(
    ("name", "at", "who", "text", "flags"),
    [
        ("lantern_coast", "tea-hut", "rue", "and how are YOU keeping, rue?", []),
        ("lantern_coast", "tea-hut", "rue", "you alright now?", ["lamp-lit"]),
        ("lantern_coast", "cottage-kitchen", "maren", "are you feeling any better maren", []),
        ("lantern_coast", "cottage-kitchen", "maren", "how r u now?", ["lamp-lit"]),
        ("lantern_coast", "harbour-wall", "pip", "hey pip, how you doing?", []),
        ("ember_library", "bindery", "bastian", "how's it going, bastian", []),
        ("ember_library", "foyer", "footnote", "how r you, puss?", []),
        ("ember_library", "reading-room", "juno", "how do you feel now", ["juno-freed"]),
    ],
)
def test_asked_how_they_are_a_character_says_how_they_are_as_the_story_left_them(
    name: str, at: str, who: str, text: str, flags: list[str]
) -> None:
    result = played(name, at, [text], flags=flags)
    assert steps(result)[-1] == ("talk", "talk.wellbeing"), steps(result)
    w, state = placed(name, at, flags=flags)
    ch = w.character(who)
    assert ch is not None
    line = character_line(w, state, ch, "wellbeing")
    assert line and result.steps[-1].outcome.facts["text"] == line
    assert line in narrated(w, state, text)


@pytest.mark.parametrize(
    ("name", "at", "who", "text", "topic"),
    [
        ("lantern_coast", "harbour-wall", "pip", "you okay, pip?", "worry"),
        (
            "ember_library",
            "reading-room",
            "juno",
            "are you alright sitting there like that?",
            "page",
        ),
    ],
)
def test_a_new_topic_keyed_to_how_are_you_answers_it_and_the_story_goes_on(
    name: str, at: str, who: str, text: str, topic: str
) -> None:
    result = played(name, at, [text])
    assert steps(result)[-1] == ("talk", "talk.ok"), steps(result)
    assert result.steps[-1].outcome.facts.get("topic") == topic
    after = played(name, at, [text, text])
    assert steps(after)[-1] == ("talk", "talk.wellbeing"), steps(after)


def test_how_they_are_changes_with_the_story() -> None:
    w, before = placed("lantern_coast", "tea-hut")
    after = before.model_copy(update={"flags": ["lamp-lit"]})
    rue = w.character("rue")
    assert rue is not None
    assert character_line(w, before, rue, "wellbeing") != character_line(w, after, rue, "wellbeing")


@pytest.mark.parametrize(
    ("name", "at", "who", "text"),
    [
        ("lantern_coast", "tea-hut", "rue", "cheers for the tea. you all right yourself?"),
        ("ember_library", "bindery", "bastian", "thanks so much bastian, how are you though?"),
    ],
)
def test_thanks_and_how_are_you_in_one_line_are_both_answered(
    name: str, at: str, who: str, text: str
) -> None:
    w, state = placed(name, at)
    ch = w.character(who)
    assert ch is not None
    told = narrated(w, state, text)
    for field in ("thanks", "wellbeing"):
        line = character_line(w, state, ch, field)
        assert line and line in told, (field, told)


@pytest.mark.parametrize("text", ["thank you, ok", "you okay with the boats out?"])
def test_words_that_only_look_like_how_are_you_are_not_it(text: str) -> None:
    result = played("lantern_coast", "tea-hut", [text])
    assert all(k != "talk.wellbeing" for _, k in steps(result)), steps(result)


@pytest.mark.parametrize(
    ("name", "at", "seen", "text", "goal"),
    [
        ("lantern_coast", "tea-hut", ["quay"], "cheers rue! heading back to the quay", "quay"),
        ("lantern_coast", "tea-hut", ["quay"], "thank you so much, off to the quay now", "quay"),
        ("ember_library", "bindery", ["foyer"], "ta bastian, back to the foyer", "foyer"),
        ("ember_library", "bindery", ["foyer"], "bye bastian, im going back to the foyer", "foyer"),
    ],
)
def test_thanks_or_goodbye_and_a_move_in_one_line_both_happen(
    name: str, at: str, seen: list[str], text: str, goal: str
) -> None:
    result = played(name, at, [text], seen=seen)
    kinds = [k for _, k in steps(result)]
    assert kinds[0].startswith("talk.") and kinds[-1] == "go.ok", steps(result)
    assert result.state.location == goal


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("going to read the sign", ("read", "read.ok")),
        ("thanks, going to look around", ("look", "look.ok")),
    ],
)
def test_going_to_do_something_is_doing_it_not_a_walk(text: str, step: tuple[str, str]) -> None:
    result = played("lantern_coast", "tea-hut", [text])
    assert steps(result)[-1][0] == step[0], steps(result)


@pytest.mark.parametrize(
    ("name", "at", "text", "intent", "who"),
    [
        ("lantern_coast", "dune-hollow", "give the collie a gentle pat", "pat", "skipper"),
        ("lantern_coast", "dune-hollow", "give him a quick belly rub", "pat", "skipper"),
        ("ember_library", "foyer", "give a scratch to footnote", "stroke", "footnote"),
        ("ember_library", "reading-room", "give juno a big squeeze", "hug", "juno"),
    ],
)
def test_giving_a_pat_or_a_hug_is_that_gesture_not_an_item(
    name: str, at: str, text: str, intent: str, who: str
) -> None:
    result = played(name, at, [text])
    assert [i for i, _ in steps(result)] == [intent], steps(result)
    assert result.steps[0].action.target_id == who
    w, state = placed(name, at)
    assert "have that" not in narrated(w, state, text)


@pytest.mark.parametrize(
    "texts",
    [
        ["grab the biscuits then give the cat one"],
        ["look at the ginger cat", "pick up the paper twist and give him one"],
        ["examine footnote", "look at the biscuits", "take them and give him some"],
    ],
)
def test_one_after_a_thing_just_taken_is_that_thing(texts: list[str]) -> None:
    result = played("ember_library", "foyer", texts)
    assert steps(result)[-1] == ("give", "give.ok"), steps(result)
    assert result.steps[-1].action.target_id == "cat-biscuits"


@pytest.mark.parametrize(
    ("name", "at", "who", "text"),
    [
        (
            "lantern_coast",
            "cottage-kitchen",
            "maren",
            "hi, er, forgive the intrusion. pip said i should come",
        ),
        (
            "lantern_coast",
            "harbour-wall",
            "pip",
            "hey there, mind if i sit? rue told me about your dad",
        ),
        (
            "ember_library",
            "bindery",
            "bastian",
            "hello, pardon me for wandering in. ilse was it, who went missing?",
        ),
    ],
)
def test_a_greeting_naming_someone_absent_goes_to_the_people_here(
    name: str, at: str, who: str, text: str
) -> None:
    result = played(name, at, [text])
    assert all(k not in ("talk.nobody", "talk.absent") for _, k in steps(result)), steps(result)
    assert who in [s.action.target_id for s in result.steps], steps(result)
    w, state = placed(name, at)
    assert "no one here" not in narrated(w, state, text)


@pytest.mark.parametrize(
    ("name", "at", "texts", "answer", "subject"),
    [
        ("lantern_coast", "tea-hut", ["rue, where is pip at the moment?"], "at", "Pip Dunn"),
        (
            "lantern_coast",
            "tea-hut",
            ["where's the harbour wall, rue"],
            "place",
            "The Harbour Wall",
        ),
        ("lantern_coast", "tea-hut", ["who's pip?", "where could i find her?"], "at", "Pip Dunn"),
        ("ember_library", "bindery", ["bastian, where is juno?"], "at", "Juno Okafor"),
        (
            "ember_library",
            "reading-room",
            ["do you know where i could get the mending pen, juno"],
            "holder",
            "the mending pen",
        ),
    ],
)
def test_asked_where_someone_or_something_is_a_character_tells_where(
    name: str, at: str, texts: list[str], answer: str, subject: str
) -> None:
    result = played(name, at, texts, seen=["quay", "harbour-wall", "foyer", "reading-room"])
    assert steps(result)[-1] == ("talk", "talk.answer"), steps(result)
    facts = result.steps[-1].outcome.facts
    assert (facts["answer"], facts["subject_name"]) == (answer, subject), facts


@pytest.mark.parametrize(
    ("name", "at", "text"),
    [
        ("lantern_coast", "dunes", "who is whining out there? i listen for a while"),
        ("ember_library", "east-corridor", "who's crying down there? then i listen"),
    ],
)
def test_a_question_to_no_one_does_not_drop_what_follows_it(name: str, at: str, text: str) -> None:
    result = played(name, at, [text])
    assert steps(result)[0] == ("talk", "talk.nobody"), steps(result)
    assert steps(result)[-1][0] == "listen" and result.steps[-1].outcome.ok, steps(result)


@pytest.mark.parametrize(
    ("name", "at", "texts", "goal"),
    [
        ("lantern_coast", "headland", ["unlock the iron gate", "go thru"], "lighthouse-yard"),
        ("ember_library", "bridge-steps", ["go on through"], "foyer"),
        ("ember_library", "bindery", ["walk through"], "courtyard"),
    ],
)
def test_go_through_is_through_the_one_door_open_here(
    name: str, at: str, texts: list[str], goal: str
) -> None:
    result = played(name, at, texts, held=["lighthouse-key"])
    assert result.state.location == goal, steps(result)


@pytest.mark.parametrize(
    ("name", "at", "seen", "text", "goal"),
    [
        (
            "lantern_coast",
            "lighthouse-yard",
            [],
            "go into the shed as i want the paraffin",
            "oil-store",
        ),
        ("ember_library", "foyer", [], "go to the bindery because i need glue", "bindery"),
        (
            "lantern_coast",
            "oil-store",
            ["lighthouse-yard", "tower-stair"],
            "right. back to the tower then up the stairs to the lamp room",
            "lamp-room",
        ),
    ],
)
def test_a_move_with_its_reason_or_a_second_leg_goes_where_it_says(
    name: str, at: str, seen: list[str], text: str, goal: str
) -> None:
    result = played(name, at, [text], seen=seen or None)
    assert result.state.location == goal, steps(result)


@pytest.mark.parametrize(
    ("name", "at", "text", "door"),
    [
        ("lantern_coast", "tea-hut", "where does maren live, rue?", "blue door"),
        ("ember_library", "bindery", "bastian, where is fenn's study?", None),
    ],
)
def test_a_way_shut_is_told_which_way_and_where_it_is_shut(
    name: str, at: str, text: str, door: str | None
) -> None:
    result = played(name, at, [text])
    facts = result.steps[-1].outcome.facts
    assert facts.get("route") == [] and facts.get("shut_route"), facts
    assert door is None or facts.get("shut_door") == door
    w, state = placed(name, at)
    told = narrated(w, state, text)
    assert "shut just now" in told and str(facts["shut_route"][0][0]) in told, told
