"""No guess-the-verb (issue 14, item 3): every arc step of both shipped worlds, and every world
verb that advances one, is reached by its hint's own words and by at least five other natural
phrasings, each played in the state where that step is next (the walkthrough up to the action
that completes it)."""

from __future__ import annotations

import functools

import pytest

from tests.narrative.scenes import world
from tests.pipeline.walkthroughs import WALKTHROUGHS
from tta_server.pipeline.play import play
from tta_server.world import World, WorldState, new_state

FILES = {"lantern-coast": "lantern_coast", "ember-library": "ember_library"}

Inputs = tuple[str, ...]

# world -> step -> (the walkthrough input the state is taken before, the hint's own words for
# what completes the step (a substring of the hint), the other phrasings). Each phrasing is one
# input, or several typed one after the other.
STEPS: dict[str, dict[str, tuple[str, Inputs, list[Inputs]]]] = {
    "lantern-coast": {
        "hear-about-maren": (
            "ask Rue what's happened to the lighthouse",
            ("ask her about the light",),
            [
                ("ask rue about the lighthouse",),
                ("why is the lighthouse dark?",),
                ("what happened to the light?",),
                ("ask rue what's wrong",),
                ("talk to rue",),
                ("what's going on with the lighthouse?",),
            ],
        ),
        "steady-pip": (
            "look at the slate",
            ("look at what she wrote on her slate, together",),
            [
                ("rewrite the slate",),
                ("look at the slate with pip",),
                ("what do we actually know?",),
                ("write on the slate",),
                ("check the thought together",),
                ("read the slate together",),
                ("help pip rewrite the slate",),
                ("help pip with a heavy thought",),  # the step's own title
            ],
        ),
        "find-skipper": (
            "play the tin whistle",
            ("play the whistle for him",),
            [
                ("play the whistle",),
                ("blow the whistle",),
                ("play the tune",),
                ("whistle for skipper",),
                ("play pip's whistle",),
                ("use the whistle",),
                ("play three notes",),
            ],
        ),
        "ask-maren": (
            "ask maren to teach me how to light it",
            ("ask her",),
            [
                ("ask maren for help",),
                ("ask her for the key",),
                ("could you teach me how to light the lamp?",),
                ("ask maren to help",),
                ("talk to maren",),
                ("ask maren how to light the lighthouse",),
            ],
        ),
        "reach-lighthouse": (
            "open the gate",
            ("unlock the gate, then go through the gate",),
            [
                ("unlock the gate", "go through the gate"),
                ("open the gate with the key", "n"),
                ("use the key on the gate", "go north"),
                ("unlock the gate with maren's key", "walk through the gate"),
                ("put the key in the gate", "walk north"),
                ("open the gate and go through it",),
            ],
        ),
        "light-lamp": (
            "light the great lamp",
            ("light the lamp with a match from the store",),
            [
                ("light the lamp",),
                ("light the great lamp with a match",),
                ("light the lamp with the matches",),
                ("use the matches on the lamp",),
                ("ignite the lamp",),
                ("light the mantle",),
            ],
        ),
        "boats-home": (
            "south",
            ("Go back down to the quay",),
            [
                ("go to the quay",),
                ("walk down to the quay",),
                ("head back to the harbour",),
                ("return to the quay",),
                ("s",),
                ("go down to the quay",),
            ],
        ),
    },
    "ember-library": {
        "meet-bastian": (
            "talk to bastian",
            ("say hello",),
            [
                ("talk to bastian",),
                ("hello",),
                ("hi there",),
                ("greet the bookbinder",),
                ("who are you?",),
                ("introduce myself",),
            ],
        ),
        "answer-own-page": (
            "answer it",
            ("answer it the way you'd answer a friend who said that about themselves",),
            [
                ("answer the page",),
                ("reply to the page",),
                ("write back to my book",),
                ("answer it kindly",),
                ("talk back to the page",),
                ("answer my book",),
            ],
        ),
        "help-juno": (
            "rewrite juno's page",
            ("Write on her page with the pen",),
            [
                ("rewrite juno's page",),
                ("write on the page with the pen",),
                ("use the pen on the page",),
                ("fix the page",),
                ("correct the page",),
                ("rewrite the page with the mending pen",),
            ],
        ),
        "cool-ember": (
            "breathe slowly",
            ("try to cool it",),
            [
                ("breathe slowly",),
                ("take a deep breath",),
                ("cool the ember",),
                ("calm down",),
                ("slow down",),
                ("breathe",),
            ],
        ),
        "find-ilse": (
            "ask ilse what happened with the fire",
            ("ask her about the fire",),
            [
                ("ask ilse about the fire",),
                ("what happened with the fire?",),
                ("why did the fire start?",),
                ("ask her what happened",),
                ("talk to ilse about the east wing",),
                ("tell me about the fire",),
            ],
        ),
        "remember-fenn": (
            "give fenn's book to ilse",
            ("bring it to her",),
            [
                ("give fenn's book to ilse",),
                ("give her fenn's book",),
                ("show ilse the manuscript",),
                ("hand the manuscript to ilse",),
                ("bring fenn's book to her",),
                ("offer ilse fenn's book",),
            ],
        ),
        "mend-book": (
            "mend",
            ("help them mend it",),
            [
                ("mend the book",),
                ("mend fenn's book",),
                ("repair the book",),
                ("bind the book",),
                ("mend it together",),
                ("mend",),
            ],
        ),
    },
}

# World verbs that advance a step, each from the state before the walkthrough input given.
VERBS: dict[str, dict[str, tuple[str, str, list[str]]]] = {
    "lantern-coast": {
        "listen-dunes": (
            "listen",
            "heard-skipper",
            ["listen", "stand still", "listen carefully", "hear", "listen for skipper"],
        ),
        "notice-fog": (
            "notice",
            "fog-noticed",
            [
                "notice what your senses can tell you",
                "take stock",
                "look around",
                "ground myself",
                "count what i can see",
                "stop and notice",
            ],
        ),
    },
    "ember-library": {
        "name-anger": (
            "name it",
            "anger-named",
            [
                "name it",
                "name the feeling",
                "say what it is",
                "call it anger",
                "name the anger",
                "label it",
            ],
        ),
    },
}


@functools.cache
def _world(world_id: str) -> World:
    return world(FILES[world_id])


@functools.cache
def _before(world_id: str, marker: str) -> WorldState:
    """The state just before the walkthrough's first ``marker`` input."""
    w = _world(world_id)
    state = new_state(w)
    for text in WALKTHROUGHS[world_id]:
        if text == marker:
            return state
        state = play(w, state, text).state
    raise AssertionError(f"{marker!r} is not in the {world_id} walkthrough")


def _cases() -> list[tuple[str, str, Inputs]]:
    cases = []
    for world_id, steps in STEPS.items():
        for step, (_, hint_words, phrasings) in steps.items():
            assert len(phrasings) >= 5, step
            cases += [(world_id, step, p) for p in (hint_words, *phrasings)]
    return cases


def test_every_step_of_both_worlds_is_covered() -> None:
    for world_id, steps in STEPS.items():
        assert list(steps) == [s.id for s in _world(world_id).arc.steps]


@pytest.mark.parametrize(("world_id", "step"), [(w, s) for w in STEPS for s in STEPS[w]])
def test_the_hints_own_words_are_in_the_hint(world_id: str, step: str) -> None:
    _, hint_words, _ = STEPS[world_id][step]
    found = _world(world_id).step(step)
    assert found is not None
    hint = " ".join(found.hint.split())
    assert all(words in hint for words in hint_words), (hint_words, hint)


@pytest.mark.parametrize(
    ("world_id", "step", "inputs"), _cases(), ids=[f"{c[1]}: {' / '.join(c[2])}" for c in _cases()]
)
def test_each_phrasing_completes_the_step_when_it_is_next(
    world_id: str, step: str, inputs: Inputs
) -> None:
    w = _world(world_id)
    marker, _, _ = STEPS[world_id][step]
    state = _before(world_id, marker)
    assert step not in state.steps_done
    assert next(s.id for s in w.arc.steps if s.id not in state.steps_done) == step
    said = []
    for text in inputs:
        played = play(w, state, text)
        said += [(s.action.intent, s.action.target_id, s.outcome.message_key) for s in played.steps]
        state = played.state
    assert step in state.steps_done, said


@pytest.mark.parametrize(
    ("world_id", "verb", "text"),
    [(w, v, t) for w in VERBS for v, (_, _, texts) in VERBS[w].items() for t in texts],
)
def test_world_verbs_that_advance_a_step_take_natural_words(
    world_id: str, verb: str, text: str
) -> None:
    marker, flag, texts = VERBS[world_id][verb]
    assert len(texts) >= 5
    sets_flag(world_id, marker, flag, text)


def sets_flag(world_id: str, marker: str, flag: str, text: str) -> None:
    """Assert that ``text``, played just before the walkthrough's ``marker`` input (where
    ``flag`` is not set yet), sets ``flag``."""
    state = _before(world_id, marker)
    assert flag not in state.flags
    played = play(_world(world_id), state, text)
    assert flag in played.state.flags, [
        (s.action, s.outcome.message_key) for s in played.steps
    ] or played.unknown
