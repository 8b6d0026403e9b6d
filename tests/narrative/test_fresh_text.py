"""Text that never goes stale or repeats: every route of tests/pipeline/walkthroughs.py played
through the game service with the default narrator (real parser, engine and narrator), the
playthrough reloaded from its saved state halfway, and the prose read after every step."""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from pydantic import ValidationError

from tests.narrative.scenes import MARA, world
from tests.pipeline.walkthroughs import ROUTES, WALKTHROUGHS
from tta_server.characters import CharacterIn
from tta_server.game import Game, Live
from tta_server.narrative import phrases as P
from tta_server.narrative.base import Persona, Scene
from tta_server.narrative.default import DefaultNarrator, _Composer
from tta_server.narrative.told import TOLD_TURNS, Memory, remember
from tta_server.pipeline.play import play
from tta_server.store.base import Playthrough
from tta_server.world import World, WorldState, context, new_state
from tta_server.world.vocab import SKILL_LABELS
from tta_server.world_catalogue import record_of

LOOKS = ("look", "look around", "l")
"""Inputs that ask for the room description (which may then be said again)."""


async def told_story(world_id: str, persona: Persona = MARA) -> list[tuple[str, list[str]]]:
    """(input, paragraphs) for the opening ("") and each input of the walkthrough; halfway,
    the session is resumed from what the store would hold (the saved state JSON)."""
    w = world(world_id.replace("-", "_"))
    version = record_of(w).version
    game = Game({w.id: w}, {w.id: version}, DefaultNarrator())
    live, _write, events = await game.opening(w, persona)
    told = [("", [e.data["text"] for e in events if e.type == "narrative.chunk"])]
    walk = WALKTHROUGHS[world_id]
    for i, text in enumerate(walk):
        if i == len(walk) // 2:  # a reload: only what was saved comes back
            saved = Playthrough("s1", w.id, version, live.state.model_dump(mode="json"), 9)
            resumed = game.resume(saved, persona)
            assert resumed is not None
            live = resumed
        result = await game.turn(live, text, f"t{i}")
        Game.commit(live, result, text)
        told.append((text, [e.data["text"] for e in result.events if e.type == "narrative.chunk"]))
        PEOPLE[(world_id, persona, i)] = [c.id for c in result.played.context.characters]
    return told


PEOPLE: dict[tuple[str, Persona, int], list[str]] = {}
"""Who was present after each input of a told story (by world, persona and input index)."""


CHATTY = {
    "lantern-coast": [
        "go inside",
        "hello rue",
        "where is the toilet?",
        "what is the time?",
        "why is the lighthouse dark?",
        "I don't know",
        "thank you",
        "sorry",
        "look",
        "take the biscuits",
        "take the biscuits",
        "w",
        "w",
        "out",
        "e",
        "talk to pip",
        "yes",
        "maybe",
        "no, it's not your fault",
        "thank you",
        "ask pip about her dad",
        "ask pip about her dad",
        "ask pip about the weather",
        "ask pip about the moon",
        "ask pip about cake",
        "look at the slate",
        "look at the slate",
        "rewrite it: the boats are waiting",
        "ask pip about the slate",
        "ask pip about the slate",
        "w",
        "e",
        "w",
        "e",
        "w",
        "n",
        "s",
        "n",
        "s",
        "in",
        "talk to rue",
        "talk to rue",
        "talk to rue",
        "talk to rue",
        "talk to rue",
        "out",
        "ring the bell",
        "ring the bell",
        "ring the bell",
        "wait",
        "wait",
        "wait",
        "wait",
        "inventory",
        "inventory",
        "help",
        "help",
        "help",
        "xyzzy",
        "xyzzy",
        "xyzzy",
        "go north",
        "go north",
    ],
    "ember-library": [
        "go in",
        "hello footnote",
        "stroke footnote",
        "stroke footnote",
        "what are you?",
        "thank you",
        "w",
        "talk to bastian",
        "yes, all the time",
        "where is ilse?",
        "what is the time?",
        "who are you?",
        "why is it so hot?",
        "sorry",
        "thank you",
        "talk to bastian",
        "talk to bastian",
        "talk to bastian",
        "talk to bastian",
        "take the lantern",
        "take the lantern",
        "n",
        "remember",
        "remember",
        "remember",
        "look",
        "look",
        "s",
        "e",
        "consult the catalogue",
        "consult the catalogue",
        "n",
        "talk to juno",
        "no",
        "maybe",
        "it's not your fault",
        "you belong here",
        "thank you",
        "ask juno about the page",
        "ask juno about the page",
        "n",
        "take your book",
        "read it",
        "read it",
        "answer it: you are doing your best",
        "answer it",
        "read it",
        "s",
        "s",
        "e",
        "e",
        "e",
        "down",
        "down",
        "help",
        "help",
        "wait",
        "wait",
        "inventory",
        "xyzzy",
        "xyzzy",
    ],
}
"""A player who talks a lot, repeats themselves, asks odd questions and walks back and forth."""


@pytest.mark.parametrize("world_id", sorted(CHATTY))
async def test_a_chatty_repetitive_player_hears_nothing_twice(world_id: str) -> None:
    w = world(world_id.replace("-", "_"))
    version = record_of(w).version
    game = Game({w.id: w}, {w.id: version}, DefaultNarrator())
    live, _, _ = await game.opening(w, MARA)
    last: dict[str, int] = {}
    repeats = []
    for turn, text in enumerate(CHATTY[world_id]):
        result = await game.turn(live, text, f"t{turn}")
        Game.commit(live, result, text)
        for p in result.narration.split("\n\n"):
            if p in last and text != "look":
                repeats.append((turn, text, p[:80]))
            last[p] = turn
    assert repeats == []


@pytest.mark.parametrize("world_id", sorted(WALKTHROUGHS))
async def test_no_paragraph_repeats_within_50_turns(world_id: str) -> None:
    w = world(world_id.replace("-", "_"))
    descriptions = {d for loc in w.locations for d in loc.descriptions}
    last: dict[str, int] = {}
    repeats = []
    for turn, (text, paragraphs) in enumerate(await told_story(world_id)):
        for p in paragraphs:
            asked = text in LOOKS and any(d in p for d in descriptions)
            if p in last and turn - last[p] <= TOLD_TURNS and not asked:
                repeats.append((turn, text, p[:80]))
            last[p] = turn
    assert repeats == []


def test_the_memory_is_bounded_and_forgets_after_50_narrations() -> None:
    told: list[str] = []
    told = remember(told, ["That's all right."])
    for i in range(TOLD_TURNS - 1):
        told = remember(told, [f"Line {i}. " * 80])  # long narrations: capped per narration
    assert Memory(told).told("That's all right.")
    told = remember(told, ["Something new."])
    assert not Memory(told).told("that's  ALL right.")  # 50 narrations later: forgotten
    assert len(told) == TOLD_TURNS and sum(len(x) for x in told) < 20_000


async def test_the_memory_is_saved_with_the_state() -> None:
    w = world()
    version = record_of(w).version
    game = Game({w.id: w}, {w.id: version}, DefaultNarrator())
    live = Live(w, version, new_state(w), 1, MARA)
    result = await game.turn(live, "take the moon", "t1")
    assert result.write is not None
    saved = WorldState.model_validate(result.write.state)
    assert Memory(saved.told).told(result.narration.split("\n\n")[0])


async def test_quiet_coaching_leaves_out_the_coaching_and_keeps_the_story() -> None:
    quiet = replace(MARA, quiet_coaching=True)
    loud = await told_story("lantern-coast")
    hushed = await told_story("lantern-coast", quiet)
    glosses = [label.split(": ", 1)[1] for label in SKILL_LABELS.values()]
    loud_text = " ".join(p for _, ps in loud for p in ps)
    assert any(g in loud_text for g in glosses)  # the coaching is there by default ...
    text = " ".join(p for _, ps in hushed for p in ps)
    assert not any(g in text for g in glosses)  # ... and not when quiet
    assert "Three notes: low, high, low" in text  # the story is


async def test_coaching_is_short_and_names_each_skill_with_its_gloss_once() -> None:
    text = " ".join(p for _, ps in await told_story("ember-library") for p in ps)
    assert text.count("remembering with care: carrying loss gently") == 1
    assert "It comes a little easier each time" not in text


@pytest.mark.parametrize("world_id", sorted(WALKTHROUGHS))
async def test_the_guide_is_never_spoken_of_in_the_conditional_while_present(
    world_id: str,
) -> None:
    w = world(world_id.replace("-", "_"))
    guide = w.character(w.guide.character)
    assert guide is not None
    first = guide.name.split()[0]
    story = await told_story(world_id)
    present = 0
    for i, (text, paragraphs) in enumerate(story[1:]):
        if guide.id in PEOPLE[(world_id, MARA, i)]:
            present += 1
            assert not any(f"{first} would" in p for p in paragraphs), text
    assert present >= 3


async def test_several_people_are_one_sentence() -> None:
    story = await told_story("lantern-coast")
    kitchen = next(ps for text, ps in story if text == "go in" and "Maren's Kitchen" in ps[0])
    text = " ".join(kitchen)
    assert text.count(" is here") <= 1 and "Skipper" in text and "Maren Holt" in text


# -- never stale -------------------------------------------------------------------------------
def _flag(flag: str) -> Callable[[WorldState], bool]:
    return lambda s: flag in s.flags


def _warm(who: str, value: int) -> Callable[[WorldState], bool]:
    return lambda s: s.attitudes.get(who, 0) >= value


def _step(step: str) -> Callable[[WorldState], bool]:
    return lambda s: step in s.steps_done


def _at(place: str, flag: str) -> Callable[[WorldState], bool]:
    return lambda s: s.location == place and flag in s.flags


STALE: dict[str, list[tuple[Callable[[WorldState], bool], str]]] = {
    "lantern-coast": [
        (_flag("pip-steadied"), "chalked with two heavy words"),
        (_flag("pip-steadied"), "the letters are raised: MY FAULT"),
        (_flag("pip-steadied"), "trying very hard not to cry"),
        (_flag("skipper-calm"), "His eyes follow you, white at the edges"),
        (_flag("skipper-calm"), "The whimpering comes from the west"),
        (_flag("lamp-lit"), "into darkness"),
        (_flag("lamp-lit"), "Six boats out"),
        (_flag("skipper-home"), "He's scared of fog, properly scared"),
        (_step("boats-home"), "He's on the Kittiwake"),
        (_step("boats-home"), "out there tonight with the rest of them"),
        (_at("cottage-step", "skipper-home"), "Nobody answers"),
        (_flag("skipper-home"), "The curtains are drawn"),
        (_flag("fog-noticed"), "The fog is thickest here"),
        (_flag("lamp-filled"), "gauge reads EMPTY"),
        (_flag("lamp-lit"), "dark now, holding a hundred"),
        (_flag("lamp-lit"), "tall and blind"),
        (_flag("lamp-lit"), "The light won't light itself"),
        (_flag("lamp-lit"), "I couldn't manage three more days"),
        (_flag("lamp-lit"), "nothing on top of it at all"),
        (_warm("maren", 2), "A kindness first might help"),
        (lambda s: "winding-handle" in s.inventory, "something heavier"),
        (_flag("pip-steadied"), "It's still my fault"),
        (_flag("pip-steadied"), "Would you help me check it?"),
        (_flag("lamp-lit"), "She won't open to me"),
        (_flag("pip-steadied"), "go and see Pip on the harbour wall"),
        (_flag("lamp-lit"), "I'll be watching from the window"),
        (lambda s: "flask" not in s.inventory, "broth steam"),
        (_flag("skipper-home"), "curtains are drawn tight"),
        (_flag("skipper-home"), "thumps the sand"),
        (_flag("skipper-home"), "fan in the sand"),
        (_step("boats-home"), "a horn answers"),
        (_step("boats-home"), "Dad's out there"),
        (_step("boats-home"), "stare at the sea when you're waiting"),
        (_step("boats-home"), "go up Chapel Street like a rocket"),
    ],
    "ember-library": [
        (_flag("own-page-answered"), "warmer than the others"),
        (_flag("juno-freed"), "A loose page flutters"),
        (_flag("juno-freed"), "It flutters and strains like a trapped bird"),
        (_flag("juno-freed"), "makes a reader flinch"),
        (_flag("juno-freed"), "elbow pinned hard on a fluttering page"),
        (_flag("glasses-found"), "Something small and round"),
        (_flag("ember-cooled"), "enormous and furious"),
        (_flag("ember-cooled"), "too bright to look at directly"),
        (_flag("cat-led"), "lying on the return desk"),
        (_flag("read-own-page"), "Read the singed page"),
        (_warm("ilse", 1), "Something of Fenn's, found in the ashes"),
        (_flag("remembered-fenn"), "sitting on the camp bed"),
        (_flag("juno-freed"), "It's still saying it"),
        (_warm("ilse", 1), "I said go away"),
        (_flag("own-page-answered"), "Start with your own book"),
        (_flag("cat-led"), "finds you unfed"),
        (_flag("anger-named"), "your teeth are clenched"),
        (_flag("ember-cooled"), "pawprints leads to a panel"),
        (_flag("remembered-fenn"), "vanished somewhere in the building"),
        (_flag("remembered-fenn"), "Ilse's somewhere in the building"),
        (_flag("ilse-confessed"), "has vanished somewhere"),
        (_flag("ilse-confessed"), "Ilse's somewhere in the building"),
    ],
}
"""For each world, what must never be said once the state says otherwise (each was found
reading the prose after every step of a route, or by a newcomer playing)."""


def probes(w: World, state: WorldState) -> list[str]:
    """What a player could ask to see at this moment: the place, each thing here or held,
    the scenery here, each person here, a hint, a word with each person, each topic of theirs
    asked about (twice, as the walk goes on: the second time is the topic's "again" text) and
    a bare "no"."""
    ctx = context(w, state)
    things = [i.name for i in (*ctx.items_here, *ctx.inventory)]
    things += [x.name for x in w.scenery_at(state.location)]
    people = [c.name for c in ctx.characters]
    topics = [
        f"ask {c.name} about {t.keywords[0]}"
        for c in (w.character(x.id) for x in ctx.characters)
        if c is not None
        for t in c.topics
    ]
    return [
        "look",
        "help",
        *(f"examine {_ARTICLE.sub('', n)}" for n in things + people),
        *(f"talk to {n} about the weather" for n in people),
        *topics,
        *("no" for _ in people[:1]),  # an answer to whoever may be asking
        "knock",
    ]


_ARTICLE = re.compile(r"^(?:a|an|the|some)\s+", re.IGNORECASE)


@pytest.mark.parametrize(
    ("world_id", "route"), [(w, r) for w, routes in ROUTES.items() for r in routes]
)
def test_nothing_said_contradicts_the_state(world_id: str, route: str) -> None:
    """After every step of each route, everything the player could look at, examine, ask
    about or be told is narrated, and none of it says what the state has made untrue."""
    w = world(world_id.replace("-", "_"))
    narrator = DefaultNarrator()
    state = new_state(w)
    stale = []
    checked = 0
    in_force: set[str] = set()
    for text in ["", *ROUTES[world_id][route]]:
        if text:
            state = play(w, state, text).state
        rules = [phrase for holds_now, phrase in STALE[world_id] if holds_now(state)]
        in_force.update(rules)
        for probe in probes(w, state):
            played = play(w, state, probe)
            if probe == "no" and not played.steps:
                continue  # nobody is asking anything
            assert played.steps, (text, probe)
            scene = Scene(w, MARA, played.context, played.steps, text=probe)
            told = " ".join(narrator.compose(scene))
            checked += 1
            stale += [(text, probe, phrase) for phrase in rules if phrase in told]
    assert stale == []
    assert checked > 300  # the probes really reached the prose
    missed = {p for _h, p in STALE[world_id]} - in_force - {"something heavier"}
    assert route != "walkthrough" or not missed  # each rule was in force on the walkthrough


async def test_a_refusal_tried_again_is_not_told_again_word_for_word() -> None:
    w = world("ember_library")
    version = record_of(w).version
    game = Game({w.id: w}, {w.id: version}, DefaultNarrator())
    live, _, _ = await game.opening(w, MARA)
    told = []
    for i, text in enumerate(["go in", "e", "e", "e", "down", "down"]):
        result = await game.turn(live, text, f"t{i}")
        Game.commit(live, result, text)
        told.append(result.narration)
    assert "a bookbinder keeps good lights" in told[2]  # the world's own words, once
    assert "a bookbinder keeps good lights" not in told[3]  # then briefly: as before
    assert "smell of coal" in told[4] and "smell of coal" not in told[5]
    assert len(set(told)) == len(told)


def test_quiet_coaching_is_a_character_option_the_player_sets() -> None:
    profile = {"goals": ["mindfulness"], "quiet_coaching": True}
    doc = CharacterIn.model_validate({"name": "Mara", "traits": ["calm"], "profile": profile})
    assert doc.profile.quiet_coaching is True
    assert Persona.of(doc.model_dump(mode="json")).quiet_coaching is True
    plain = {"name": "Mara", "profile": {"goals": ["mindfulness"]}}
    assert Persona.of(plain).quiet_coaching is False
    with pytest.raises(ValidationError):
        CharacterIn.model_validate(
            {"name": "Mara", "traits": ["calm"], "profile": {**profile, "quiet_coaching": "yes"}}
        )


# -- no stock line over and over in one story (issue 14) ----------------------------------------
def _corpus_stories() -> list[tuple[str, str, list[str]]]:
    """(name, world id, inputs) for each story of the recorded newcomer corpora."""
    stories: dict[tuple[str, object, object, str], list[str]] = {}
    for path in sorted(CORPUS.glob("newcomers-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            key = (path.stem, row.get("player"), row.get("story"), row["world"])
            stories.setdefault(key, []).append(row["text"])
    return [(f"{k[0]}-p{k[1]}-s{k[2]}", k[3], v) for k, v in stories.items()]


CORPUS = Path(__file__).parent.parent / "pipeline" / "corpus"
REPLAYS = [*_corpus_stories()] + [
    (f"route-{name}", w, inputs) for w, routes in ROUTES.items() for name, inputs in routes.items()
]
MOST = 2
"""A paragraph of eight words or more is said at most this often in one story."""


@pytest.mark.parametrize(("name", "world_id", "inputs"), REPLAYS, ids=[r[0] for r in REPLAYS])
async def test_no_paragraph_is_said_more_than_twice_in_a_story(
    name: str, world_id: str, inputs: list[str]
) -> None:
    """Each recorded newcomer story and each route, replayed: no paragraph of 8+ words (a
    room description the player asked for with "look" aside) is said more than twice, and no
    line of the narrator's coaching and attitude tables more than once."""
    w = world(world_id.replace("-", "_"))
    descriptions = {d for loc in w.locations for d in loc.descriptions}
    game = Game({w.id: w}, {w.id: record_of(w).version}, DefaultNarrator())
    live, _, _ = await game.opening(w, MARA)
    said: dict[str, int] = {}
    for turn, text in enumerate(inputs):
        result = await game.turn(live, text, f"t{turn}")
        Game.commit(live, result, text)
        for p in result.narration.split("\n\n"):
            asked = text in LOOKS and any(d in p for d in descriptions)
            if len(p.split()) >= 8 and not asked:
                said[p] = said.get(p, 0) + 1
    assert {p[:80]: n for p, n in said.items() if n > MOST} == {}
    whole = "\n".join(said)
    stock = [x for goal in P.GOAL_LINES.values() for t in goal.values() for x in t]
    firsts = [c.name.split()[0] for c in w.characters]
    stock += [x.format(first=f) for a in P.ATTITUDES for t in a.values() for x in t for f in firsts]
    assert [x for x in stock if len(x) > 12 and whole.count(x) > 1] == []


def test_an_attitude_line_is_said_once_per_value() -> None:
    lines = [_Composer.attitude(v) for v in range(-5, 6)]
    said = [x for x in lines if x is not None]
    assert len(said) == len(set(said))
    assert _Composer.attitude(2) == P.ATTITUDE["trusting"][0]
    assert _Composer.attitude(5) is None  # past the band's lines: nothing more to say


async def test_the_guides_check_in_is_not_said_again_within_50_turns() -> None:
    w = world("ember_library")
    game = Game({w.id: w}, {w.id: record_of(w).version}, DefaultNarrator())
    live, _, _ = await game.opening(w, MARA)
    check_in = " ".join(w.guide.check_in_away.split()) if w.guide.check_in_away else ""
    heard = []
    for turn, text in enumerate(["go in", "w", "e", "i feel awful", "look", "i feel awful"]):
        result = await game.turn(live, text, f"t{turn}", gentle=turn >= 3)
        Game.commit(live, result, text)
        heard.append(result.narration)
    guide_lines = [n for n in heard if "How's the weather in there?" in n]
    assert len(guide_lines) == 1 and check_in


# -- stock lines the twentieth newcomer noticed across both worlds (issue 14) -------------------
_TWENTY = CORPUS / "newcomers-20.jsonl"


async def _newcomer_twenty() -> dict[str, str]:
    """Newcomer 20's two stories replayed: the whole story told, by world id."""
    rows = [json.loads(x) for x in _TWENTY.read_text(encoding="utf-8").splitlines()]
    stories: dict[str, str] = {}
    for world_id in dict.fromkeys(r["world"] for r in rows):
        w = world(world_id.replace("-", "_"))
        game = Game({w.id: w}, {w.id: record_of(w).version}, DefaultNarrator())
        live, _, _ = await game.opening(w, MARA)
        told = []
        for turn, row in enumerate(r for r in rows if r["world"] == world_id):
            result = await game.turn(live, row["text"], f"t{turn}")
            Game.commit(live, result, row["text"])
            told.append(result.narration)
        stories[w.id] = "\n".join(told)
    return stories


async def test_each_character_returns_a_hello_in_their_own_way() -> None:
    """Newcomer 20 met "X returns your hello with a glance" for Rue, Pip, Maren, Juno and Ilse."""
    whole = "\n".join((await _newcomer_twenty()).values())
    greeted = [x for x in P.GREETED if x in whole]
    assert "returns your hello with a glance" not in whole or len(greeted) > 1
    assert max(whole.count(x) for x in P.GREETED) <= 1, {x: whole.count(x) for x in P.GREETED}
    names = {"lantern-coast": ["rue", "pip", "maren"], "ember-library": ["juno", "ilse"]}
    firsts = []
    for world_id, ids in names.items():
        w = world(world_id.replace("-", "_"))
        ranks = [c.id for c in w.characters]
        start = zlib.crc32(w.id.encode())
        firsts += [(start + ranks.index(i)) % len(P.GREETED) for i in ids]
    assert len(set(firsts)) == len(firsts)  # five people, five ways


async def test_no_hint_lead_or_pick_up_line_is_shared_by_the_two_worlds() -> None:
    """Newcomer 20: "One thing at a time, Margaret." three times, "Small steps, Margaret. They
    add up." in both worlds, and "carefully" on every pick-up."""
    stories = await _newcomer_twenty()
    coast, library = stories["lantern-coast"], stories["ember-library"]
    both = coast + library
    for phrase in ("One thing at a time", "Small steps", "Go steady"):
        assert both.count(phrase) <= 1, phrase
    assert "carefully." not in both
    for w_id, story in stories.items():
        sayings = world(w_id.replace("-", "_")).guide.sayings
        other = library if story is coast else coast
        assert sayings and not any(s.split(",")[0] in other for s in sayings)


async def test_the_two_worlds_comfort_lines_are_their_own() -> None:
    """Newcomer 20 met "Nothing is lost." in both worlds: each world says its own share of the
    comfort after a refusal."""
    halves = {zlib.crc32(w.encode()) % 2 for w in ("lantern-coast", "ember-library")}
    assert halves == {0, 1}  # the shipped worlds take different shares
    stories = await _newcomer_twenty()
    for line in P.COMFORT["gentle"]:
        said = [w for w, story in stories.items() if line in story]
        assert len(said) <= 1, (line, said)
