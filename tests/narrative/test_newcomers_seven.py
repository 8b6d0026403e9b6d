"""What the seventh newcomer met in the narration (issue 14), tested in other words and in both
worlds: fragments of an input quoted back as questions ("'Are you.' you ask Bastian"),
statements framed as asking, a character answering twice in one turn (and then deflecting
what they had just answered), the player's lower-case "i" and sentence starts quoted as typed,
and sentences of a place (a thing's line, a note) said again within a few turns."""

from __future__ import annotations

import re

import pytest

from tests.narrative.scenes import MARA, narrated, world
from tests.pipeline.newcomers import all_told, placed
from tests.pipeline.walkthroughs import ROUTES
from tta_server.narrative.base import Scene
from tta_server.narrative.default import DefaultNarrator
from tta_server.narrative.told import remember, sentences
from tta_server.pipeline.play import play
from tta_server.world import new_state


# -- quoting: the whole input or nothing; a statement is told, a question asked ---------------
@pytest.mark.parametrize(
    ("name", "at", "text", "fragment"),
    [
        (
            "ember_library",
            "bindery",
            "evening! are you the bookbinder? what's going on?",
            "are you",
        ),
        (
            "lantern_coast",
            "tea-hut",
            "hi there. are you rue? what happened to the light?",
            "are you",
        ),
        ("lantern_coast", "tea-hut", "go on then, tell me what went wrong. i'm listening", "what"),
    ],
)
def test_a_part_of_the_input_is_never_quoted_as_if_it_were_all(
    name: str, at: str, text: str, fragment: str
) -> None:
    w, state = placed(name, at, [])
    said = narrated(w, state, text)
    assert f"'{fragment}" not in said.lower(), said
    assert not re.search(r"you ask \w+[:.]", said), said


@pytest.mark.parametrize(
    ("name", "at", "text", "quoted"),
    [
        ("ember_library", "bindery", "bastian, the rain has stopped outside", "The rain"),
        ("lantern_coast", "tea-hut", "rue, my boots are soaking wet", "My boots"),
    ],
)
def test_a_statement_is_said_not_asked(name: str, at: str, text: str, quoted: str) -> None:
    """Newcomer 7: "juno, you got a scholarship. ..." came back as "You ask Juno: ...": words
    that find no topic were always framed as a question."""
    w, state = placed(name, at, [], done=all_told(world(name), text.split(",")[0]))
    said = narrated(w, state, text)
    assert f"'{quoted}" in said and "ask" not in said.split(f"'{quoted}")[0].lower(), said


@pytest.mark.parametrize(
    ("name", "at", "who", "text", "quoted"),
    [
        ("ember_library", "bindery", "bastian", "bastian, do you ever sleep", "Do you ever sleep?"),
        ("lantern_coast", "tea-hut", "rue", "rue, is the tea any good here?", "Is the tea"),
    ],
)
def test_a_question_is_asked_and_gets_its_question_mark(
    name: str, at: str, who: str, text: str, quoted: str
) -> None:
    w, state = placed(name, at, [], done=all_told(world(name), who))
    said = narrated(w, state, text)
    assert f"'{quoted}" in said and "ask" in said.split(f"'{quoted}")[0].lower(), said


@pytest.mark.parametrize(
    ("name", "at", "who", "text", "quoted"),
    [
        ("ember_library", "reading-room", "juno", "juno, you look fine. i mean it", "I mean it."),
        ("lantern_coast", "harbour-wall", "pip", "pip, the fog will lift. i promise", "I promise."),
    ],
)
def test_quoted_sentences_start_with_a_capital_and_i_is_upper_case(
    name: str, at: str, who: str, text: str, quoted: str
) -> None:
    w, state = placed(name, at, [])
    state.whereabouts[who] = at
    assert quoted in narrated(w, state, text)


# -- a character who has answered is not made to answer again in the same turn ---------------
@pytest.mark.parametrize(
    ("name", "at", "who", "text", "update"),
    [
        (
            "ember_library",
            "clock-loft",
            "ilse",
            "what happened that night? how are you feeling about it now?",
            {"done": ["talk:ilse:hello"], "attitudes": {"ilse": 1}},
        ),
        ("lantern_coast", "tea-hut", "rue", "hi. are you rue? what happened to the light?", {}),
        ("ember_library", "bindery", "bastian", "hello. are you bastian? what went on here?", {}),
    ],
)
def test_one_answer_a_turn_and_no_deflection_after_it(
    name: str, at: str, who: str, text: str, update: dict[str, object]
) -> None:
    w, state = placed(name, at, [], **update)
    state.whereabouts[who] = at
    said = " ".join(narrated(w, state, text).split())
    ch = w.character(who)
    assert ch is not None
    lines = [ch.default, *ch.fallbacks, *(t.again or "" for t in ch.topics)]
    lines += [x.again or "" for t in ch.topics for x in t.later]
    for line in filter(None, lines):
        assert " ".join(line.split()) not in said, (text, line)
    opened = [t for t in ch.topics if " ".join(t.text.split())[:60] in said]
    assert len(opened) >= 1 and said.count(" ".join(opened[0].text.split())[:60]) == 1


# -- no sentence of the narrator's comes back within 50 turns unless asked --------------------
def test_no_sentence_comes_back_within_fifty_turns_unless_asked() -> None:
    """Newcomer 7 met 'A loose page flutters on Juno's table, scorched at one corner.' and
    'Footnote is here, easy in your company now.' again a few turns after the first time.
    Along every route of both worlds, with the narrator's memory as the game keeps it, no
    sentence of four words or more is said again within 50 turns, except in answer to looking,
    examining or reading."""
    narrator = DefaultNarrator()
    for world_id, routes in ROUTES.items():
        w = world(world_id.replace("-", "_"))
        for route_name, route in routes.items():
            state, previous, seen = new_state(w), None, dict[str, int]()
            for turn, text in enumerate(route, 1):
                played = play(w, state, text)
                scene = Scene(
                    w,
                    MARA,
                    played.context,
                    played.steps,
                    text=text,
                    suggestions=played.suggestions,
                    previous=previous,
                    told=tuple(state.told),
                )
                paragraphs = narrator.compose(scene)
                state = played.state.model_copy(update={"told": remember(state.told, paragraphs)})
                previous = "\n\n".join(paragraphs)
                asked = {str(s.action.intent) for s in played.steps} & {"look", "examine", "read"}
                for sentence in (s for p in paragraphs for s in sentences(p)):
                    key = " ".join(sentence.lower().split())
                    if len(key.split()) < 4:
                        continue
                    first = seen.setdefault(key, turn)
                    assert asked or first == turn or turn - first > 50, (
                        world_id,
                        route_name,
                        turn,
                        text,
                        sentence,
                        first,
                    )
