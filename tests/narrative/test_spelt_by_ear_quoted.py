"""The player's words quoted back as they meant them (issue 14, newcomer corpus 25: Marcus,
dyslexic, found "'Course you are. Evryone messes up.'", "'You alrite now.'" and "'Nah. You
got in on ur brains'" written into the story with his misspellings inside the quote marks).
Decided: wherever the story quotes the player (words to someone, words at a moment, "any X"
in a refusal), slips of spelling by ear are put right (:mod:`tta_server.narrative.spelling`):
a letter left out, "-ite" for "-ight", "-in" for "-ing", texted shorthand; slang and names
stay as typed."""

from __future__ import annotations

import re

import pytest

from tests.narrative.scenes import narrated, world
from tests.pipeline.newcomers import placed, played
from tta_server.narrative.spelling import as_meant, known_words

TALKED = [
    ("lantern_coast", "tea-hut", ["talk to rue"]),
    ("ember_library", "reading-room", ["talk to juno"]),
    ("ember_library", "clock-loft", ["talk to ilse"]),
]


def _told(name: str, at: str, before: list[str], text: str) -> str:
    w, _ = placed(name, at)
    return narrated(w, played(name, at, before).state, text)


@pytest.mark.parametrize(("name", "at", "before"), TALKED)
@pytest.mark.parametrize(
    ("typed", "quoted", "never"),
    [
        ("its alrite, evryone gets scared sometimes", "alright, everyone gets", "evryone|alrite"),
        ("i realy think ur brave", "I really think you're brave", "realy|ur"),
        ("we wer waitin ages for the boats tonite", "We were waiting ages", "wer|waitin|tonite"),
        ("i gess ur rite about that", "I guess you're right", "gess|rite"),
    ],
)
def test_slips_of_spelling_are_never_quoted(
    name: str, at: str, before: list[str], typed: str, quoted: str, never: str
) -> None:
    told = _told(name, at, before, typed)
    assert re.search(rf"'[^']*\b(?:{never})\b", told, re.IGNORECASE) is None, told
    if "'" + quoted[:3] in told or quoted[:3].lower() in told:
        assert quoted in told, told


def test_they_are_quoted_at_all() -> None:
    told = _told("ember_library", "clock-loft", ["talk to ilse"], "i realy think ur brave")
    assert "'I really think you're brave.'" in told, told


@pytest.mark.parametrize("name", ["lantern_coast", "ember_library"])
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("evryone messes up n thats ok", "everyone messes up and thats ok"),
        ("u got in on ur brains", "u got in on your brains"),
        ("yeh go on lets check it", "yeah go on let's check it"),
        ("its not ur fault, honestly", "it's not your fault, honestly"),
        ("its angry, its furious", "it's angry, it's furious"),
        ("i realy ment it, untill the end", "i really meant it, until the end"),
    ],
)
def test_spelt_by_ear_put_right(name: str, typed: str, meant: str) -> None:
    assert as_meant(typed, known_words(world(name))) == meant


@pytest.mark.parametrize(
    "typed",
    [
        "honestly im knackered mate, dunno",
        "the shift was shit but cheers",
        "n",
        "Marcus from Salford, ta",
        "my dad hums off key",
    ],
)
def test_slang_names_and_real_words_stay_as_typed(typed: str) -> None:
    assert as_meant(typed, known_words(world("lantern_coast"))) == typed


@pytest.mark.parametrize(("name", "at"), [("lantern_coast", "quay"), ("ember_library", "foyer")])
@pytest.mark.parametrize(
    ("typed", "echo"),
    [("look for the brite trophy", "bright trophy"), ("take the nite trophy", "night trophy")],
)
def test_a_refusal_names_the_thing_as_meant(name: str, at: str, typed: str, echo: str) -> None:
    told = narrated(*placed(name, at), typed)
    assert echo in told and "brite" not in told and "nite" not in told, told
