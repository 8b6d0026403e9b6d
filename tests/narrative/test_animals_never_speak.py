"""Animals never answer in speech (issue 14, newcomer 11): "which way is the bindery?" with
the cat Footnote in the room was "'The Bindery?' says Footnote. 'It's west from here.'" Every
animal of both worlds, in each of its moods, is walked through every reply path that quotes a
speaker (where/who answers, greetings, thanks, apologies, kind and unkind words, feelings,
declines, help, goodbyes, a topic asked twice): the game tells what the animal does, and the
way in narration, never a quotation in the animal's mouth."""

from __future__ import annotations

import asyncio
import re

import pytest

from tests.narrative.scenes import MARA, world
from tests.pipeline.newcomers import placed
from tta_server.game import Game
from tta_server.narrative.default import DefaultNarrator
from tta_server.world import World, WorldState, new_state
from tta_server.world.schema import Character
from tta_server.world.state import where_is
from tta_server.world.views import animal_kind, is_animal
from tta_server.world_catalogue import record_of

WORLDS = ("ember_library", "lantern_coast")

#: Each animal and the flags of its moods (as the story leaves it).
MOODS = [
    ("ember_library", "footnote", ()),
    ("ember_library", "footnote", ("cat-led",)),
    ("lantern_coast", "skipper", ()),
    ("lantern_coast", "skipper", ("skipper-calm",)),
]


def _probes(w: World, ch: Character, at: str) -> list[str]:
    """Words to the animal down every path that answers in a speaker's voice."""
    name = ch.name.split()[0].lower()
    kind = animal_kind(ch) or "animal"
    others = [c for c in w.characters if c.id != ch.id]
    places = [loc for loc in w.locations if loc.id != at]
    item = w.items[0]
    return [
        *(f"which way is {loc.name.lower()}?" for loc in places[:4]),
        *(f"{name}, where is {c.name.split()[0].lower()}?" for c in others),
        *(f"ask {name} who {c.name.split()[0].lower()} is" for c in others),
        f"{name}, who is {others[0].name.split()[0].lower()}?",
        f"ask the {kind} where {places[0].name.lower()} is",
        f"{name}, where is {item.name.lower()}?",
        f"{name}, who are you?",
        f"{name}, where are you?",
        f"hello {name}",
        f"talk to {name}",
        f"talk to {name}",
        f"thank you, {name}",
        f"thanks {name}",
        f"sorry, {name}",
        f"i'm sorry {name}",
        f"{name}, you're lovely",
        f"you're a good {kind}, {name}",
        f"{name}, you are useless and stupid",
        f"tell {name} i'm scared",
        f"tell {name} i'm so tired",
        f"no thanks {name}, i'll manage",
        f"{name}, i'll do it myself, no need to fuss",
        f"{name}, can you help me?",
        f"help {name}",
        f"ask {name} about the fog",
        f"{name}, what do you think?",
        f"yes {name}",
        f"no {name}",
        f"bye {name}",
        f"goodbye, {name}",
    ]


def _authored(ch: Character) -> list[str]:
    """The world's own texts of the animal (a topic may quote the player's words to it)."""
    texts = [x for t in ch.topics for x in (t.text, t.otherwise, t.again) if x]
    texts += [x for t in ch.topics for later in t.later for x in (later.text, later.again) if x]
    texts += [r.text for r in ch.reactions if r.text]
    return [" ".join(x.split()) for x in texts]


_OPENING_QUOTE = re.compile(r"(?:^|[\s(\u2014-])['\u2018\"\u201c](?=\w)")
_QUOTED = re.compile(r"(?<!\w)'(.+?)'(?=[\s,.;:!?]|$)")


def _speech(narration: str, typed: str, ch: Character) -> str | None:
    """What in the narration is quoted speech that is not the player's own words, or None."""
    text = " ".join(narration.split())
    for authored in _authored(ch):
        text = text.replace(authored, "")
    plain = " ".join(re.sub(r"[^a-z ]", "", typed.lower()).split())
    for quoted in _QUOTED.findall(text):
        if " ".join(re.sub(r"[^a-z ]", "", quoted.lower()).split()) in plain:
            text = text.replace(f"'{quoted}'", "")
    first = ch.name.split()[0]
    if re.search(rf"\bsays {first}\b|\b{first} says '", text):
        return text
    found = _OPENING_QUOTE.search(text)
    return text[found.start() :] if found is not None else None


async def _told(w: World, state: WorldState, inputs: list[str]) -> list[tuple[str, str]]:
    """Each input played from ``state`` through the game (real parser, engine, default
    narrator and its memory)."""
    game = Game({w.id: w}, {w.id: record_of(w).version}, DefaultNarrator())
    live, _, _ = await game.opening(w, MARA)
    live.state = state
    found = []
    for i, text in enumerate(inputs):
        result = await game.turn(live, text, f"t{i}")
        Game.commit(live, result, text)
        found.append((text, result.narration))
    return found


def test_the_animals_are_known() -> None:
    found = {(name, c.id) for name in WORLDS for c in world(name).characters if is_animal(c)}
    assert found == {(name, who) for name, who, _ in MOODS}
    for name in WORLDS:  # the guide speaks in greetings and help: never an animal
        w = world(name)
        guide = w.character(w.guide.character)
        assert guide is not None and not is_animal(guide)


@pytest.mark.parametrize(("name", "who", "flags"), MOODS)
def test_an_animal_never_answers_in_speech(name: str, who: str, flags: tuple[str, ...]) -> None:
    w = world(name)
    ch = w.character(who)
    assert ch is not None
    at = where_is(w, new_state(w), who)
    _, state = placed(name, at, [loc.id for loc in w.locations], flags=list(flags))
    heard = asyncio.run(_told(w, state, _probes(w, ch, at)))
    spoken = [(typed, said) for typed, said in heard if _speech(said, typed, ch)]
    assert not spoken, spoken
    assert all(said.strip() for _, said in heard)


@pytest.mark.parametrize(
    ("name", "who"), [("ember_library", "footnote"), ("lantern_coast", "skipper")]
)
def test_the_way_asked_of_an_animal_is_shown_and_told(name: str, who: str) -> None:
    w = world(name)
    ch = w.character(who)
    assert ch is not None
    at = where_is(w, new_state(w), who)
    here = w.location(at)
    assert here is not None
    ex = here.exits[0]
    there = w.location(ex.to)
    assert there is not None
    _, state = placed(name, at, [loc.id for loc in w.locations])
    [(_, said)] = asyncio.run(_told(w, state, [f"which way is {there.name.lower()}?"]))
    assert f"towards the way {ex.dir.word}" in said or f"{ex.dir.word}" in said, said
    assert ch.name in said and _speech(said, "", ch) is None, said


def test_the_issue_s_own_words() -> None:
    w, state = placed("ember_library", "foyer", ["foyer", "bindery"])
    [(_, said)] = asyncio.run(_told(w, state, ["which way is the bindery?"]))
    assert "says Footnote" not in said and "'" not in said.replace("'s ", "").replace("n't", "")
    assert "west" in said, said
