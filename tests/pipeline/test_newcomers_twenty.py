"""Faults from newcomer 20 (issue 14): polite requests of the step's own verb, a move said in
a sentence, a question to the game with a character's name in it, a yes to an invitation
after the one who asked has gone, manner adverbs read as things."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import world
from tests.pipeline.newcomers import placed, played, steps
from tests.pipeline.walkthroughs import EMBER_LIBRARY
from tta_server.pipeline.parser import parse
from tta_server.pipeline.play import play
from tta_server.world import WorldState, new_state
from tta_server.world.schema import World


@pytest.mark.parametrize(
    "text",
    [
        "Could I look up my own book please? Margaret.",
        "look up my book",
        "can i look up my own book please",
        "I'd like to look up my book",
    ],
)
def test_a_world_verb_on_what_it_is_about_uses_the_one_thing_it_is_done_with(text: str) -> None:
    """At the card catalogue, just told by Bastian to look up her own book, "Could I look up
    my own book please?" was "That doesn't seem to belong to this place" (the books on the
    shelves are scenery; the catalogue is what "look up" is done with)."""
    result = played("ember_library", "foyer", [text])
    assert [s.outcome.message_key for s in result.steps] == ["verb.ok"], steps(result)
    assert "catalogue-card" in result.state.inventory


def _at_the_mending() -> list[str]:
    """The Ember Library walked to the bindery with Fenn's book given back, the mending next."""
    return EMBER_LIBRARY[:-1]


@pytest.mark.parametrize(
    "text",
    [
        "Could I help you mend Fenn's book, Bastian? I can hold the pages.",
        "can i mend fenn's book, bastian",
        "would you let me mend the book, bastian?",
        "I'll mend it, Bastian.",
        "Bastian, I'd like to mend the book",
        "bastian, could i mend it please?",
    ],
)
def test_a_polite_request_with_a_name_does_what_the_bare_verb_does(text: str) -> None:
    """Newcomer 20, just told by the hint to help mend Fenn's book: "Could I help you mend
    Fenn's book, Bastian?" was refused (the mending of Bastian); "Mend the book" worked."""
    w = world("ember_library")
    state = new_state(w)
    for said in _at_the_mending():
        state = play(w, state, said).state
    result = play(w, state, text)
    assert [s.action.intent for s in result.steps][:1] == ["mend"], steps(result)
    assert result.steps[0].outcome.message_key == "verb.ok", steps(result)


@pytest.mark.parametrize(
    ("text", "who"),
    [("thank you, bastian", "bastian"), ("hi bastian, could i look at the presses?", "bastian")],
)
def test_a_name_after_thanks_or_a_greeting_still_says_it_to_them(text: str, who: str) -> None:
    [first, *_] = played("ember_library", "bindery", [text]).steps
    assert first.action.target_id == who, first.action


@pytest.mark.parametrize(
    "text",
    [
        "Go out to the yard and into the store shed",
        "go out, then into the shed",
        "go out and go into the store shed",
    ],
)
def test_into_a_shed_named_in_other_words_goes_to_it(text: str) -> None:
    """Newcomer 20 at the foot of the tower: "Go out to the yard and into the store shed"
    went out, then back in to the tower (the yard's way in); the shed is east."""
    result = played("lantern_coast", "tower-stair", [text], ["lighthouse-yard"])
    assert result.state.location == "oil-store", steps(result)


@pytest.mark.parametrize(
    ("text", "at", "went", "did"),
    [
        ("I'll go and look for Skipper in the dunes.", "harbour-wall", "dunes", "search"),
        ("look for skipper in the dunes", "quay", "dunes", "search"),
        ("go and read the sign in the lighthouse yard", "headland", "lighthouse-yard", "read"),
    ],
)
def test_a_deed_in_a_place_named_is_done_there(text: str, at: str, went: str, did: str) -> None:
    """Newcomer 20 on the harbour wall: "I'll go and look for Skipper in the dunes." searched
    where she stood; the dunes are two places west."""
    seen = ["quay", "dunes", "harbour-wall", "headland", "lighthouse-yard"]
    result = played("lantern_coast", at, [text], seen, unlocked=["headland:n"])
    assert result.state.location == went, steps(result)
    assert str(result.steps[-1].action.intent) == did, steps(result)


def test_a_deed_in_the_place_one_is_in_is_the_deed() -> None:
    result = played("lantern_coast", "harbour-wall", ["read the slate on the harbour wall"])
    assert [s.outcome.message_key for s in result.steps] == ["examine.ok"], steps(result)


def test_a_place_not_yet_found_says_which_way_and_the_deed_waits() -> None:
    result = played("lantern_coast", "quay", ["look for skipper in the hollow in the dunes"])
    assert result.state.location == "quay", steps(result)
    assert [s.action.intent for s in result.steps] == ["go"], steps(result)


@pytest.mark.parametrize(
    "text",
    [
        "I'm a bit stuck. What should I do to help Ilse?",
        "what should i do to help ilse?",
        "how can i help her now",
        "i'm really stuck here",
    ],
)
def test_asking_what_to_do_for_someone_here_is_a_hint(text: str) -> None:
    """Newcomer 20 in the clock loft with Ilse: "I'm a bit stuck. What should I do to help
    Ilse?" went to Ilse ("Why does everyone want to talk?"), and no hint came."""
    result = played("ember_library", "clock-loft", [text])
    assert steps(result) == [("help", "help.ok")], steps(result)


@pytest.mark.parametrize("text", ["how can i help you, ilse?", "what should i do, ilse?"])
def test_asking_them_what_to_do_is_still_said_to_them(text: str) -> None:
    [step] = played("ember_library", "clock-loft", [text]).steps
    assert step.action.intent in ("talk", "assist"), step.action  # "how can i help you":
    assert step.action.target_id == "ilse", step.action  # help offered to her (play 35)


@pytest.mark.parametrize(
    "text",
    [
        "Yes, I'll come with you. Where are we going?",
        "ok, i'm coming! where to?",
        "yes, i will follow you. is it far?",
    ],
)
def test_a_yes_to_an_invitation_with_a_question_still_goes_after_them(text: str) -> None:
    """Newcomer 20: Ilse asked "Will you come?" and went down ahead; "Yes, I'll come with
    you. Where are we going?" was "there's no one here to hear it"."""
    seen = ["clock-stair", "east-corridor", "foyer", "bindery"]
    update = {"whereabouts": {"ilse": "bindery"}, "mentioned": ["ilse"]}
    result = played("ember_library", "clock-loft", [text], seen, **update)
    assert result.state.location == "bindery", steps(result)
    assert steps(result)[0] == ("go", "go.ok"), steps(result)


def test_a_question_to_no_one_without_coming_words_is_still_unheard() -> None:
    seen = ["clock-stair", "east-corridor", "foyer", "bindery"]
    update = {"whereabouts": {"ilse": "bindery"}, "mentioned": ["ilse"]}
    result = played("ember_library", "clock-loft", ["where are we going?"], seen, **update)
    assert steps(result) == [("talk", "talk.nobody")], steps(result)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Go east to Lamp Cottage and knock gently", None),
        ("search carefully", None),
        ("knock softly on the door", "door"),
        ("examine the gull closely", "gull"),
    ],
)
def test_a_manner_adverb_is_never_a_thing(text: str, target: str | None) -> None:
    """Newcomer 20 on Chapel Street: "Go east to Lamp Cottage and knock gently" answered
    "You can't find any gently here"."""
    [*_, last] = parse(text)
    assert last.target == target, last


@pytest.mark.parametrize(
    "text", ["see who is being unkind?", "look and see what's going on", "see what is here"]
)
def test_seeing_who_or_what_is_a_look_around(text: str) -> None:
    """Newcomer 20 in the foyer, the second half of a sentence split over two lines: "see who
    is being unkind?" was "You can't find that here"."""
    result = played("ember_library", "foyer", [text])
    assert steps(result)[-1] == ("look", "look.ok"), steps(result)


@pytest.mark.parametrize(
    "text",
    [
        "hi rue, can i have a cuppa please",
        "hello rue! could i have a cup of tea please?",
        "Good evening, could I have a cup of tea?",
    ],
)
def test_a_greeting_before_asking_for_tea_still_pours_it(text: str) -> None:
    """Newcomer 11 in the tea hut: "hi rue, can i have a cuppa please" was a hello to Rue and
    no tea; without the greeting it was a cup poured."""
    [step] = played("lantern_coast", "tea-hut", [text]).steps
    assert (step.action.intent, step.outcome.message_key) == ("drink", "act.ok"), step


def test_going_with_someone_is_following_them() -> None:
    """An older corpus on the quay: "go with pip" was a place called "with pip"."""
    result = played("lantern_coast", "quay", ["go with pip"], ["harbour-wall"])
    assert result.state.location == "harbour-wall", steps(result)


def test_where_i_am_in_a_learners_word_order_is_a_look() -> None:
    assert steps(played("lantern_coast", "quay", ["where i am?"])) == [("look", "look.ok")]


def _at_the_study() -> tuple[World, WorldState]:
    """The Ember Library walked to the clock stair, the study key in hand, the door shut."""
    w = world("ember_library")
    state = new_state(w)
    for said in EMBER_LIBRARY[: EMBER_LIBRARY.index("open the study door")]:
        state = play(w, state, said).state
    return w, state


@pytest.mark.parametrize("text", ["unlock the study", "open the study"])
def test_opening_a_place_by_its_name_opens_its_door_not_its_key(text: str) -> None:
    """Newcomer 20's "... Go down and unlock the study" opened (looked at) the study key."""
    w, state = _at_the_study()
    [step] = play(w, state, text).steps
    assert (step.action.target_id, step.outcome.message_key) == (None, "open.ok"), step


def test_thanks_and_a_goodbye_before_commands_still_play_the_commands() -> None:
    """Newcomer 20 with Ilse: "Thank you for trusting me. I'll go and look. Go down and unlock
    the study" was the thanks alone; the goodbye stopped the rest."""
    w, state = _at_the_study()
    state = play(w, state, "up").state
    text = "Thank you for trusting me. I'll go and look. Go down and unlock the study"
    result = play(w, state, text)
    assert result.state.location == "clock-stair", steps(result)
    assert steps(result)[-1] == ("open", "open.ok"), steps(result)


@pytest.mark.parametrize(
    "text",
    [
        "Rue, could I borrow a torch or a lamp please? It's very foggy out there.",
        "could i borrow a lamp, rue?",
    ],
)
def test_asking_someone_named_for_a_thing_is_still_asking_them(text: str) -> None:
    """Newcomer 14 in the tea hut: the name with a take is whom the thing is asked of (a
    torch is her lantern since play28, and the sentence after it is said to her as after
    "lantern")."""
    result = played("lantern_coast", "tea-hut", [text])
    assert result.steps, text
    for step in result.steps:
        assert (step.action.intent, step.action.target_id) == ("talk", "rue"), step.action


@pytest.mark.parametrize("text", ["what happened, ilse?", "how are you feeling, ilse?"])
def test_words_ending_with_a_name_go_to_the_one_named(text: str) -> None:
    """With Bastian spoken to last and Ilse here too, a question ending with her name went to
    Bastian."""
    w, state = placed("ember_library", "bindery", whereabouts={"ilse": "bindery"})
    state = play(w, state, "hello bastian").state
    [step] = play(w, state, text).steps
    assert (step.action.intent, step.action.target_id) == ("talk", "ilse"), step.action


def test_a_name_before_words_that_ask_no_leave_still_speaks_to_them() -> None:
    """Newcomer 19 on the harbour wall: "Pip, we look at the slate together?" is Pip's scene
    (her answer first, then the look), not a look alone."""
    result = played("lantern_coast", "harbour-wall", ["Pip, we look at the slate together?"])
    assert [(s.action.intent, s.action.target_id) for s in result.steps][:1] == [("talk", "pip")]


def test_thanks_and_a_goodbye_before_a_look_elsewhere_stay_the_thanks() -> None:
    """Newcomer 16 in the bindery: "Thank you. I'll go and look in the card catalogue for my
    book." is thanks; no refusal of a catalogue that is not here after it."""
    result = played(
        "ember_library",
        "bindery",
        [
            "hello bastian",
            text := ("Thank you. I'll go and look in the card catalogue for my book."),
        ],
    )
    assert result.steps and all(s.action.intent != "examine" for s in result.steps), text
