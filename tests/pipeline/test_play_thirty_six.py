"""Play 36 (issue 14), what newcomers met in the world (corpora 29 and 30), each fixed and
proved here: "I stop and stand still for a sec, feel the ground and just listen." on the Dunes
met "You can't find any ground here." though the text had just put the ground under their
feet (grounding acts are the place's grounding, and what is around the player anywhere is
never "no X here")."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import narrated
from tests.pipeline.newcomers import placed, played, steps
from tta_server.pipeline.play import play

NO_SUCH = ("can't find", "no sign of")


@pytest.mark.parametrize(
    "text",
    [
        "I stop and stand still for a sec, feel the ground and just listen.",
        "feel the ground",
        "touch the ground",
        "feel my feet on the ground",
        "i feel the ground under my feet",
        "plant my feet",
        "feel the floor",
    ],
)
def test_feeling_the_ground_on_the_dunes_is_its_grounding(text: str) -> None:
    result = played("lantern_coast", "dunes", [text])
    assert [s.outcome.facts.get("interaction") for s in result.steps] == ["verb:listen-dunes"]
    assert "grounding" in result.state.skills
    w, state = placed("lantern_coast", "dunes")
    told = narrated(w, state, text)
    assert not any(x in told for x in NO_SUCH) and "whimper" in told, told


@pytest.mark.parametrize(("name", "at"), [("lantern_coast", "quay"), ("ember_library", "foyer")])
@pytest.mark.parametrize("text", ["feel the ground", "feel my feet on the floor", "feel the feet"])
def test_feeling_the_ground_anywhere_is_a_moment_of_standing_still(
    name: str, at: str, text: str
) -> None:
    result = played(name, at, [text])
    assert steps(result) == [("touch", "act.ok")], steps(result)
    w, state = placed(name, at)
    told = narrated(w, state, text)
    assert "ground under your feet" in told and not any(x in told for x in NO_SUCH), told


@pytest.mark.parametrize(
    ("name", "at", "text"),
    [
        ("lantern_coast", "dunes", "x ground"),
        ("lantern_coast", "dunes", "look at the air"),
        ("lantern_coast", "quay", "touch the wall"),
        ("ember_library", "foyer", "touch the wall"),
        ("lantern_coast", "headland", "x sky"),
    ],
)
def test_what_is_around_the_player_is_never_missing(name: str, at: str, text: str) -> None:
    result = played(name, at, [text])
    assert result.steps and result.steps[0].outcome.message_key != "examine.not_here"
    w, state = placed(name, at)
    told = narrated(w, state, text)
    assert not any(x in told for x in NO_SUCH), told


def test_a_wall_where_there_is_none_is_still_not_there() -> None:
    result = played("lantern_coast", "dunes", ["touch the wall"])
    assert steps(result) == [("touch", "examine.not_here")]


HUG = "Pip, told you it'd be alright. Go give your dad a hug. I'll be ringing my own two tomorrow."


@pytest.mark.parametrize(
    "text",
    [
        HUG,
        "go give your dad a hug",
        "Pip, go and give your dad a hug",
        "give your dad a hug from me",
        "ring your mum when you get home",
    ],
)
def test_a_suggestion_about_their_own_people_is_said_to_them(text: str) -> None:
    """Pip answered, then "You can't find any dad here." (newcomer corpus 30)."""
    result = played("lantern_coast", "harbour-wall", [text])
    assert steps(result) == [("talk", "talk.ok")], steps(result)
    assert result.steps[0].action.target_id == "pip"
    w, state = placed("lantern_coast", "harbour-wall")
    told = narrated(w, state, text)
    assert not any(x in told for x in NO_SUCH) and "dad here" not in told, told


def test_no_thing_of_theirs_not_found_follows_an_answer_in_the_same_turn() -> None:
    result = played("lantern_coast", "harbour-wall", ["hello pip. x your frobnitz"])
    assert steps(result) == [("talk", "talk.ok")], steps(result)


def test_a_question_about_their_own_people_is_still_asked() -> None:
    result = played("lantern_coast", "harbour-wall", ["hi pip, how is your family?"])
    assert result.steps[-1].outcome.facts.get("topic") == "dad", steps(result)


@pytest.mark.parametrize(
    ("at", "text", "to"),
    [
        (
            "tea-hut",
            "Cheers Rue. Right, I'll head out and go east to the harbour wall to find her.",
            "harbour-wall",
        ),
        ("tea-hut", "Cheers Rue. I'll head out.", "quay"),
        ("tea-hut", "thanks rue, i'll head out now", "quay"),
        ("harbour-wall", "Thanks Pip. I'll find the dog. Go west to the dunes.", "dunes"),
    ],
)
def test_thanks_then_a_move_does_both(at: str, text: str, to: str) -> None:
    """Only the thanks ran; the move was dropped (newcomer corpus 30, turns 6 and 12)."""
    result = played("lantern_coast", at, [text], ["quay", "harbour-wall", "dunes", "tea-hut"])
    assert steps(result)[0] == ("talk", "talk.thanks"), steps(result)
    assert steps(result)[-1] == ("go", "go.ok") and result.state.location == to


def test_a_walk_to_find_her_is_one_walk_not_back_to_the_one_left() -> None:
    """ "go east to the harbour wall to find her" in Rue's hut walked there, then back to Rue."""
    result = played(
        "lantern_coast", "tea-hut", ["go east to the harbour wall to find her"], ["quay"]
    )
    assert steps(result) == [("go", "go.ok")] and result.state.location == "harbour-wall"


def test_i_will_head_out_is_a_goodbye_and_the_way_out() -> None:
    result = played("lantern_coast", "tea-hut", ["I'll head out"], ["quay"])
    assert steps(result) == [("talk", "talk.goodbye"), ("go", "go.ok")]
    assert result.state.location == "quay"


LIGHTHOUSE = ["lighthouse-yard", "oil-store", "tower-stair", "lamp-room", "headland"]
HELD = {"inventory": ["lighthouse-key", "lantern"]} | {
    "places": {"lighthouse-key": "player", "lantern": "player"}
}


@pytest.mark.parametrize(
    ("at", "to"),
    [
        ("lamp-room", "lighthouse-yard"),
        ("tower-stair", "lighthouse-yard"),
        ("oil-store", "lighthouse-yard"),
        ("lighthouse-yard", "lighthouse-yard"),
    ],
)
@pytest.mark.parametrize("text", ["leave the lighthouse", "leave lighthouse"])
def test_leaving_the_lighthouse_keeps_its_key(at: str, to: str, text: str) -> None:
    """ "leave the lighthouse" up the tower put the lighthouse key down (play 36)."""
    result = played("lantern_coast", at, [text], LIGHTHOUSE, **HELD)
    assert [str(s.action.intent) for s in result.steps] == ["go"], steps(result)
    assert result.state.inventory == ["lighthouse-key", "lantern"]
    assert result.state.location == to


def test_leaving_the_key_still_puts_it_down() -> None:
    result = played("lantern_coast", "lamp-room", ["leave the key"], LIGHTHOUSE, **HELD)
    assert steps(result) == [("drop", "drop.ok")] and result.state.inventory == ["lantern"]


def _ilse_back() -> dict[str, object]:
    _, state = placed("ember_library", "bindery")
    flags = ["bastian-told", "ilse-confessed", "read-fenn-letter", "remembered-fenn"]
    return {"flags": flags, "whereabouts": {**state.whereabouts, "ilse": "bindery"}}


@pytest.mark.parametrize(
    "text", ["i help you to mend the book of fenn", "tell me about ilse", "ask bastian about ilse"]
)
def test_bastian_never_says_ilse_is_gone_with_her_in_the_room(text: str) -> None:
    """ "She'll be somewhere high" while Ilse stood in the bindery (corpus 29, n=52)."""
    w, state = placed("ember_library", "bindery", **_ilse_back())
    told = narrated(w, state, text)
    assert "somewhere high" not in told and "she was gone" not in told, told


def test_an_arc_step_counted_after_the_story_moved_past_it_is_not_told() -> None:
    """ "A fire, a vanished librarian ..." after Ilse was back (corpus 29, n=34)."""
    w, state = placed("ember_library", "bindery", **_ilse_back())
    state = state.model_copy(update={"flags": state.flags[1:]})
    state = play(w, state, "look").state  # the later steps count first
    assert "remember-fenn" in state.steps_done and "meet-bastian" not in state.steps_done
    told = narrated(w, state, "hi bastian. can you fix the burnt pages?")
    assert "vanished librarian" not in told, told
    assert "meet-bastian" in play(w, state, "hi bastian").state.steps_done


@pytest.mark.parametrize(
    "text", ["maren you ok? your cough sound bad", "hello maren", "how are you maren?"]
)
def test_maren_does_not_confess_again_once_she_has_asked_for_help(text: str) -> None:
    """ "'I know why you're here,' says Maren, before you can start" after she gave the key
    (corpus 29, story 2, n=109); then her question about weakness again (n=110)."""
    w, state = placed("lantern_coast", "cottage-kitchen", flags=["maren-helped"])
    result = play(w, state, text)
    told = narrated(w, state, text)
    assert "I know why you're here" not in told and "before you can start" not in told, told
    assert "maren" not in result.state.asking


@pytest.mark.parametrize(
    "text",
    [
        "Give Juno the pen. Here, write what's actually true on it.",
        "write on her page with the pen",
        "use the pen on the page",
    ],
)
def test_the_game_never_writes_words_the_player_did_not(text: str) -> None:
    """ "You try writing JUNO IS THE CLEVEREST PERSON IN THE LIBRARY, to be kind." (corpus 30,
    story 2, n=30; corpora 20, 22, 23 before it): the player never wrote that."""
    w, state = placed("ember_library", "reading-room", held=["mending-pen"], flags=["juno-told"])
    result = play(w, state, text)
    assert "juno-freed" in result.state.flags, steps(result)
    told = narrated(w, state, text)
    assert "CLEVEREST" not in told and "You try writing" not in told, told
    assert "I'M ALLOWED TO LEARN" in told, told


@pytest.mark.parametrize(
    "text",
    [
        "i help you to mend the book of fenn",
        "can i help you mend fenns book?",
        "let me help you mend it",
        "mend the book of fenn",
    ],
)
def test_helping_them_mend_the_book_mends_it(text: str) -> None:
    """ "i help you to mend the book of fenn" met Bastian's topic of Ilse (corpus 29, n=52)."""
    w, state = placed("ember_library", "bindery", **_ilse_back())
    state = state.model_copy(update={"places": {**state.places, "fenn-book": "ilse"}})
    result = play(w, state, text)
    assert steps(result) == [("mend", "verb.ok")] and "book-mended" in result.state.flags


def test_helping_with_a_thing_not_done_here_is_still_help() -> None:
    w, state = placed("ember_library", "bindery")
    result = play(w, state, "can i help you fix the book")
    assert [str(s.action.intent) for s in result.steps] != ["unknown"]


@pytest.mark.parametrize(
    ("name", "at"),
    [("lantern_coast", "quay"), ("lantern_coast", "lamp-room"), ("ember_library", "foyer")],
)
@pytest.mark.parametrize(
    "text", ["lie on the ground", "lay down on the floor", "lie down on the floor"]
)
def test_lying_on_the_ground_is_a_rest_not_an_unknown_floor(name: str, at: str, text: str) -> None:
    """ "lie on the floor" met "I know the word 'lie', but not 'floor'."."""
    result = played(name, at, [text])
    assert steps(result) == [("sleep", "act.ok")], (steps(result), result.unknown)


@pytest.mark.parametrize(
    "text", ["I'll ring the kids tomorrow", "i will phone my mum tomorrow", "gonna call my dad"]
)
def test_a_call_to_ones_own_people_is_said_to_whoever_is_here(text: str) -> None:
    """ "I'll ring the kids tomorrow" was the verb ring at "the kids tomorrow" (corpus 30)."""
    result = played("lantern_coast", "tea-hut", [text])
    assert steps(result) == [("talk", "talk.ok")] and result.steps[0].action.target_id == "rue"


def test_ringing_a_bell_is_still_ringing() -> None:
    result = played("lantern_coast", "quay", ["ring the fog bell"])
    assert [str(s.action.intent) for s in result.steps] == ["ring"]
