"""The default narrator, on real scenes from the two shipped worlds (real parser, real engine)."""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

import pytest

from tests.narrative.scenes import MARA, after, opening, world
from tta_server.narrative import phrases as P
from tta_server.narrative.base import Persona, Scene
from tta_server.narrative.default import DefaultNarrator, avoids, parse_pronouns
from tta_server.pipeline.play import play
from tta_server.world import World, context, new_state

NARRATOR = DefaultNarrator()

COAST = [
    *("go in", "ask rue about the lighthouse", "ask rue for help", "go out", "ring the bell"),
    *("go east", "talk to pip", "examine the slate", "rewrite the slate", "ask pip about skipper"),
    *("go west", "go up", "take the blanket", "go down", "go west", "listen", "go west"),
    *("talk to skipper", "breathe", "give the blanket to skipper", "play the whistle", "go east"),
    *("go south", "take the sea glass", "hold the sea glass", "go north", "go east", "go north"),
    *("go east", "go in", "talk to maren", "give the flask to maren"),
    *("ask maren to teach me how to light it", "read the logbook", "go out", "go west", "go up"),
    *("notice", "go up", "open the gate", "go north", "go east", "take the oil can"),
    *("take the matches", "go west", "go in", "take the winding handle", "go up", "fill the lamp"),
    *("wind the clockwork", "light the lamp", "breathe", "go down", "go out", "go south"),
    *("go down", "go down", "go south"),
]
EMBER = [
    *("go in", "go west", "talk to bastian", "ask bastian how I can help mend things"),
    *("take the lantern", "go north", "remember", "take the rosemary", "go south", "go east"),
    *("consult the catalogue", "go north", "go north", "take my book", "read my book"),
    *("answer my book", "go south", "talk to juno", "rewrite the page"),
    *("ask juno if she has seen ilse", "go west", "examine the map", "go east", "go south"),
    *("take the cat biscuits", "give the biscuits to footnote", "go east", "go east"),
    *("examine the ash", "take the glasses", "go west", "go down", "name it", "breathe"),
    *("take the ember", "go up", "go up", "go up", "talk to ilse", "give the glasses to ilse"),
    *("give the ember to ilse", "ask ilse what happened with the fire", "ask ilse about fenn"),
    *("go down", "unlock the study door", "go in", "remember", "take fenn's book"),
    *("read fenn's book", "go out", "go up", "give fenn's book to ilse", "go down", "go down"),
    *("go west", "go west", "mend"),
]
WALKS = {"lantern_coast": COAST, "ember_library": EMBER}

SAM_THEY = Persona("Sam", "they/them", ("coping_with_grief",), "challenging")
ASH_XE = Persona("Ash", "xe/xem", ("handling_anger",), "moderate", ("heights", "Fire"))
NOT_UNDERSTOOD = re.compile(r"\b(i don't understand|error|exception|traceback)\b", re.IGNORECASE)
MARKUP = re.compile(r"[*#<>`_\[\]{}|\\]")
PROSE_KEYS = {
    *("descriptions", "first_visit", "text", "otherwise", "again", "here", "fixed"),
    *("description", "default", "declines", "blocked", "unlocked_text", "invite", "intro"),
    *("hint", "check_in", "grounding", "pause", "name", "title", "summary"),
}


def text_of(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


def words(text: str) -> set[str]:
    return set(re.findall(r"[a-z']+", text.lower()))


# -- playing a world with narration ---------------------------------------------------------------
@dataclass
class Turn:
    scene: Scene
    paragraphs: list[str]

    @property
    def text(self) -> str:
        return text_of(self.paragraphs)


def walk(world_id: str, inputs: list[str], persona: Persona = MARA) -> Iterator[Turn]:
    """The opening, then each input, narrated with the previous narration threaded through."""
    w = world(world_id)
    state = new_state(w)
    scene = Scene(world=w, persona=persona, context=context(w, state), opening=True)
    turn = Turn(scene, NARRATOR.compose(scene))
    yield turn
    for text in inputs:
        played = play(w, state, text)
        state = played.state
        scene = Scene(
            world=w,
            persona=persona,
            context=played.context,
            steps=played.steps,
            text=text,
            suggestions=played.suggestions,
            previous=turn.text,
        )
        turn = Turn(scene, NARRATOR.compose(scene))
        yield turn


def _prose(value: Any, key: str = "") -> Iterator[str]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _prose(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _prose(v, key)
    elif isinstance(value, str) and key in PROSE_KEYS:
        yield value


@cache
def raw_ids(world_id: str) -> re.Pattern[str]:
    """Ids the player must never see: every id that the world's own prose never uses."""
    w = world(world_id)
    authored = " ".join(_prose(w.model_dump(by_alias=True)))
    ids = {x.id for x in (*w.locations, *w.items, *w.characters, *w.verbs, *w.beats)}
    ids |= {s.id for s in w.arc.steps} | {t.id for c in w.characters for t in c.topics}
    hidden = sorted(
        i for i in ids if not re.search(rf"(?<![\w-]){re.escape(i)}(?![\w-])", authored)
    )
    return re.compile("|".join(rf"(?<![\w'-]){re.escape(i)}(?![\w-])" for i in hidden))


def check(turn: Turn, world_id: str) -> None:
    """What every narration promises: paragraphs of plain, finished prose, never the last text."""
    paragraphs = turn.paragraphs
    assert paragraphs, turn.scene.text
    for p in paragraphs:
        assert isinstance(p, str) and p.strip() == p and p, (turn.scene.text, paragraphs)
        assert "\n\n" not in p
    text = turn.text
    assert "None" not in re.findall(r"\w+", text), text
    assert not MARKUP.search(text), (turn.scene.text, MARKUP.search(text))
    assert not NOT_UNDERSTOOD.search(text), text
    found = raw_ids(world_id).search(text)
    assert found is None, (turn.scene.text, found.group(0) if found else None, text)
    if turn.scene.previous is not None:
        assert " ".join(text.split()) != " ".join(turn.scene.previous.split()), turn.scene.text


# -- the whole story ------------------------------------------------------------------------------
PERSONAS = {"mara": MARA, "sam": SAM_THEY, "ash": ASH_XE}


@pytest.mark.parametrize("persona", sorted(PERSONAS))
@pytest.mark.parametrize("world_id", sorted(WALKS))
def test_both_worlds_narrate_cleanly_from_opening_to_ending(world_id: str, persona: str) -> None:
    turns = list(walk(world_id, WALKS[world_id], PERSONAS[persona]))
    for turn in turns:
        check(turn, world_id)
        assert all(step.outcome.ok for step in turn.scene.steps), turn.scene.text
        assert turn.scene.opening or turn.scene.steps, turn.scene.text
    last = turns[-1]
    assert last.scene.context.arc.ended
    ending = world(world_id).arc.ending.text.split("\n\n")[0]
    assert ending in last.text
    assert PERSONAS[persona].name in last.paragraphs[-1]


def test_every_world_text_a_player_meets_on_the_way_is_used() -> None:
    """Authored prose carries the story: steps, interactions and first visits appear verbatim."""
    turns = list(walk("lantern_coast", COAST))
    told = "\n\n".join(t.text for t in turns)
    w = world("lantern_coast")
    for step in w.arc.steps:
        assert step.text.split("\n\n")[0] in told, step.id
    for turn in turns[1:]:
        for step in turn.scene.steps:
            authored = step.outcome.facts.get("text")
            if authored:
                assert authored.split("\n\n")[-1] in turn.text, step.raw


# -- places ---------------------------------------------------------------------------------------
QUAY = world("lantern_coast").location("quay")


def test_the_opening_is_the_intro_then_the_first_place_in_full() -> None:
    paragraphs = NARRATOR.compose(opening())
    w = world("lantern_coast")
    intro = w.meta.intro.split("\n\n")
    assert paragraphs[: len(intro)] == intro
    rest = text_of(paragraphs[len(intro) :])
    assert QUAY is not None and QUAY.first_visit is not None
    assert "Quay" in rest and QUAY.first_visit in rest
    assert any(d in rest for d in QUAY.descriptions)
    assert "the fog bell" in rest
    for way in ("in", "east", "north", "west", "up"):
        assert re.search(rf"\b{way}\b", rest), way
    assert "Rue's Tea Hut" in rest and "the Net Loft" in rest
    assert "Mara" in rest


def test_looking_three_times_reads_differently_each_time() -> None:
    texts: list[str] = []
    previous = None
    for n in (1, 2, 3):
        previous = text_of(NARRATOR.compose(after(["look"] * n, previous=previous)))
        texts.append(previous)
    assert texts[0] != texts[1] != texts[2]
    assert QUAY is not None
    used = [[d in t for d in QUAY.descriptions].index(True) for t in texts]
    assert used[0] != used[1] != used[2]  # another description each time, not just other links
    assert all("fog bell" in t and "Net Loft" in t for t in texts)


def test_arriving_somewhere_new_describes_it_with_its_first_visit_and_its_people() -> None:
    text = text_of(NARRATOR.compose(after(["go in"])))
    tea_hut = world("lantern_coast").location("tea-hut")
    assert tea_hut is not None and tea_hut.first_visit is not None
    assert "Rue's Tea Hut" in text and tea_hut.first_visit in text
    assert "Rue Penhallow is here" in text
    assert re.search(r"\bout\b.*the Quay", text)


def test_coming_back_the_guide_greets_the_player_by_name() -> None:
    text = text_of(NARRATOR.compose(after(["go in", "go out", "go in"])))
    tea_hut = world("lantern_coast").location("tea-hut")
    assert tea_hut is not None and tea_hut.first_visit not in text
    assert "Mara" in text and "Rue" in text


def test_a_shut_way_is_mentioned_with_its_direction() -> None:
    text = text_of(NARRATOR.compose(after(["go north"])))
    assert "Chapel Street" in text
    shut = next(s for s in re.split(r"(?<=\.) ", text) if "Cliff Path" in s and "way up" in s)
    assert re.search(r"closed|shut|won't let you", shut)
    open_ways = next(s for s in re.split(r"(?<=\.) ", text) if "Lamp Cottage" in s)
    assert "south" in open_ways and "east" in open_ways


def test_an_invitation_is_woven_in_on_arrival() -> None:
    beat = next(b for b in world("lantern_coast").beats if b.id == "listen-dunes")
    assert beat.invite in text_of(NARRATOR.compose(after(["go west"])))


# -- actions and refusals -------------------------------------------------------------------------
def test_refused_ways_use_the_worlds_own_explanation() -> None:
    text = text_of(NARRATOR.compose(after(["go north", "go up"])))
    blocked = world("lantern_coast").location("chapel-street")
    assert blocked is not None
    assert blocked.exits[-1].blocked is not None and blocked.exits[-1].blocked in text


@pytest.mark.parametrize(
    "inputs",
    [["take the key"], ["go south"], ["talk to rue"], ["drop the lantern"], ["open"], ["take"]],
)
def test_refusals_without_world_text_are_gentle_fiction_and_vary(inputs: list[str]) -> None:
    first = NARRATOR.compose(after(inputs))
    second = NARRATOR.compose(after(inputs + inputs, previous=text_of(first)))
    scene = after(inputs)
    assert scene.steps and not scene.steps[-1].outcome.ok
    for paragraphs in (first, second):
        text = text_of(paragraphs)
        assert text != scene.steps[-1].outcome.message()
        assert not NOT_UNDERSTOOD.search(text)
    assert text_of(first) != text_of(second)


def test_nothing_understood_answers_in_fiction_with_the_suggestions() -> None:
    scene = after(["xyzzy"])
    assert not scene.steps and scene.suggestions
    first = text_of(NARRATOR.compose(scene))
    for hint in ("look around", "go in", "examine the fog bell", "ask for help"):
        assert hint in first
    again = text_of(NARRATOR.compose(after(["xyzzy"], previous=first)))
    assert again != first and "look around" in again


def test_each_step_of_a_turn_is_narrated_in_order() -> None:
    text = text_of(NARRATOR.compose(after(["go east and talk to pip"])))
    wall = world("lantern_coast").location("harbour-wall")
    assert wall is not None
    arrived = max(text.find(d) for d in wall.descriptions)
    assert 0 <= arrived < text.index("'It's my fault,' she says")


@pytest.mark.parametrize(
    ("inputs", "expected"),
    [
        (["go up", "take the blanket"], "tartan blanket"),
        (["go up", "take the blanket", "drop the blanket"], "tartan blanket"),
        (["go up", "take the blanket", "inventory"], "tartan blanket"),
        (["inventory"], "empty|nothing|aren't carrying"),
        (["examine the bell"], "brass bell the size of a bucket"),
        (["wait"], r"\w\."),
        (["go in", "help"], "ask her about the light"),
        (["go east", "examine pip"], "yellow oilskin"),
    ],
)
def test_everyday_actions_get_prose_built_on_their_facts(inputs: list[str], expected: str) -> None:
    scene = after(inputs)
    assert scene.steps and scene.steps[-1].outcome.ok
    text = text_of(NARRATOR.compose(scene))
    assert re.search(expected, text), text
    assert text != scene.steps[-1].outcome.message()


def test_a_completed_step_a_skill_an_attitude_and_a_gift_are_all_told() -> None:
    inputs = ["go in", "ask rue about the lighthouse", "ask rue for help", "go out", "go east"]
    text = text_of(NARRATOR.compose(after([*inputs, "talk to pip", "rewrite the slate"])))
    w = world("lantern_coast")
    step = w.step("steady-pip")
    assert step is not None and step.text in text
    assert "reframing" in text  # the skill, named kindly, once
    assert "tin whistle" in text  # the whistle Pip gives
    lines = [x for wording in P.ATTITUDES for table in wording.values() for x in table]
    assert any(x.format(first="Pip") in text for x in lines), text  # how Pip feels now


def test_repeating_the_same_action_never_repeats_the_text() -> None:
    for inputs in (["ring the bell"] * 4, ["wait"] * 4, ["look"] * 4, ["inventory"] * 4):
        previous = None
        for n in range(1, len(inputs) + 1):
            text = text_of(NARRATOR.compose(after(inputs[:n], previous=previous)))
            assert text != previous, inputs
            previous = text


# -- who the player is ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("written", "forms"),
    [
        ("she/her", ("she", "her", "her", False)),
        ("He/Him", ("he", "him", "his", False)),
        ("they/them", ("they", "them", "their", True)),
        ("they", ("they", "them", "their", True)),
        ("xe/xem", ("xe", "xem", "xyr", False)),
        ("ze/hir", ("ze", "hir", "hir", False)),
        ("she/they", ("she", "her", "her", False)),
        ("vi/vim/vir", ("vi", "vim", "vir", False)),
        ("vi/vim", ("vi", "vim", None, False)),
        ("any", ("they", "them", "their", True)),
        ("{x}/<y>", ("they", "them", "their", True)),
        ("", ("they", "them", "their", True)),
        ("name", ("Sam", "Sam", "Sam's", False)),
    ],
)
def test_pronouns_are_read_from_what_the_player_wrote(
    written: str, forms: tuple[str, str, str | None, bool]
) -> None:
    p = parse_pronouns(written, "Sam")
    assert (p.sub, p.obj, p.pos, p.plural) == forms


SETS = {
    "she/her": {"she", "her", "she's"},
    "he/him": {"he", "him", "his", "he's"},
    "they/them": {"they", "them", "their", "they're"},
    "xe/xem": {"xe", "xem", "xyr", "xe's"},
    "vi/vim": {"vi", "vim", "vi's"},
}


@pytest.mark.parametrize("pronouns", sorted(SETS))
def test_the_player_in_the_third_person_gets_their_own_pronouns(pronouns: str) -> None:
    persona = Persona("Sam", pronouns)
    others = set().union(*(s for k, s in SETS.items() if k != pronouns))
    used: set[str] = set()
    for turn in walk("lantern_coast", COAST, persona):
        for p in turn.paragraphs:
            if "Sam" not in p:
                continue  # third-person lines name the player first
            found = words(p)
            assert not found & others, (pronouns, p)
            used |= found & SETS[pronouns]
            if pronouns == "they/them":
                assert not re.search(r"\bthey (is|has|was|knows|thinks|gets)\b", p), p
            assert "Sam's feet" not in p and "vi's feet" not in p  # no invented possessive
    assert used, pronouns


def test_the_player_is_called_by_name_now_and_then() -> None:
    texts = [t.text for t in walk("ember_library", EMBER, SAM_THEY)]
    assert 3 <= sum("Sam" in t for t in texts) < len(texts) // 2


# -- tone -----------------------------------------------------------------------------------------
def _as(persona: Persona, inputs: list[str]) -> str:
    return text_of(NARRATOR.compose(after(inputs, persona=persona)))


@pytest.mark.parametrize("inputs", [["go in"], ["look"], ["take the key"], ["go west", "listen"]])
def test_gentle_and_challenging_read_differently(inputs: list[str]) -> None:
    gentle = Persona("Mara", "she/her", ("managing_anxiety",), "gentle")
    bold = Persona("Mara", "she/her", ("managing_anxiety",), "challenging")
    assert _as(gentle, inputs) != _as(bold, inputs)


def test_gentle_connective_sentences_are_shorter_than_challenging_ones() -> None:
    def lead_words(intensity: str) -> float:
        persona = Persona("Mara", "she/her", (), intensity)
        counts = []
        for turn in walk("lantern_coast", COAST[:30], persona):
            for step in turn.scene.steps:
                if step.outcome.message_key == "go.ok":
                    counts.append(len(turn.paragraphs[0].split(". ")[0].split()))
        return statistics.mean(counts)

    assert lead_words("gentle") < lead_words("moderate") < lead_words("challenging")


def test_a_refusal_is_softened_for_a_gentle_player() -> None:
    gentle = _as(Persona("Mara", intensity="gentle"), ["take the key"])
    moderate = _as(Persona("Mara", intensity="moderate"), ["take the key"])
    assert len(gentle) > len(moderate)
    assert any(line in gentle for line in P.COMFORT["gentle"]), gentle


def test_goals_colour_the_encouragement_after_a_skill() -> None:
    inputs = ["go west", "listen"]
    anxious = _as(Persona("Mara", "she/her", ("managing_anxiety",)), inputs)
    mindful = _as(Persona("Mara", "she/her", ("mindfulness",)), inputs)
    assert anxious != mindful
    assert re.search(r"[Ww]orr|breath", anxious)
    assert re.search(r"[Hh]ere, now|[Mm]oment", mindful)


# -- topics to avoid ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("topics", "tags", "expected"),
    [
        (("height",), ["heights"], True),
        (("heights",), ["fog", "heights", "being lost"], True),
        (("Water",), ["deep water"], True),
        (("deep water",), ["water"], True),
        (("worries",), ["worry about family"], True),
        (("fire",), ["fog"], False),
        (("being tired",), ["being lost"], False),
        ((), ["heights"], False),
        (("heights",), [], False),
    ],
)
def test_topics_match_tags_by_shared_words(
    topics: tuple[str, ...], tags: list[str], expected: bool
) -> None:
    assert avoids(topics, tags) is expected


def _tagged_prose(w: World, topic: str) -> list[str]:
    """What the world says at places tagged with a topic, beyond their names and people."""
    found: list[str] = []
    for loc in w.locations:
        if avoids((topic,), loc.tags):
            found += [*loc.descriptions, *(x for x in [loc.first_visit] if x)]
            found += [ex.blocked for ex in loc.exits if ex.blocked]
            found += [b.invite for b in w.beats if b.at == loc.id]
    return found


@pytest.mark.parametrize(
    ("topic", "world_id"), [("height", "lantern_coast"), ("fire", "ember_library")]
)
def test_avoided_topics_are_left_out_but_the_story_still_plays(topic: str, world_id: str) -> None:
    persona = Persona("Mara", "she/her", (), "gentle", (topic,))
    w = world(world_id)
    hidden = _tagged_prose(w, topic)
    assert hidden
    turns = list(walk(world_id, WALKS[world_id], persona))
    told = "\n\n".join(t.text for t in turns)
    for prose in hidden:
        assert prose.split("\n\n")[0] not in told, prose[:60]
    for loc in w.locations:  # every place is still named when the player gets there
        if avoids((topic,), loc.tags):
            assert loc.name.removeprefix("The ") in told, loc.id
    assert turns[-1].scene.context.arc.ended


def test_a_place_left_undescribed_still_gives_its_people_things_and_ways() -> None:
    persona = Persona("Mara", "she/her", (), "gentle", ("Water",))
    text = text_of(NARRATOR.compose(after(["go east"], persona=persona)))
    wall = world("lantern_coast").location("harbour-wall")
    assert wall is not None
    assert not any(d in text for d in wall.descriptions)
    assert "Harbour Wall" in text and "Pip Dunn" in text and "slate" in text
    assert re.search(r"\bwest\b[^.]*the Quay", text)


def test_a_refusal_written_about_an_avoided_topic_is_replaced_by_a_plain_one() -> None:
    inputs = ["go in", "ask rue about the lighthouse", "ask rue for help", "go out", "go north"]
    persona = Persona("Mara", "she/her", (), "gentle", ("heights",))
    text = text_of(NARRATOR.compose(after([*inputs, "go up", "go up"], persona=persona)))
    path = world("lantern_coast").location("cliff-path")
    assert path is not None and path.exits[-1].blocked is not None
    assert path.exits[-1].blocked not in text
    assert "Rue" in text  # pointed to the guide's help instead
    plain = text_of(NARRATOR.compose(after([*inputs, "go up", "go up"])))
    assert path.exits[-1].blocked in plain


# -- robustness and cost --------------------------------------------------------------------------
ODD_INPUTS = [
    *("look", "xyzzy", "north", "up", "in", "out", "take", "drop", "open", "talk", "give"),
    *("use", "examine", "inventory", "help", "wait", "breathe", "listen", "hello", "thanks"),
    *("it", "her", "again", "?", "", "!!!", "ring", "read", "light", "sit", "{name}", "None"),
]


@pytest.mark.parametrize("world_id", sorted(WALKS))
def test_narration_never_fails_on_odd_inputs_in_many_rooms(world_id: str) -> None:
    w = world(world_id)
    walk_inputs = WALKS[world_id]
    for persona in (MARA, SAM_THEY, ASH_XE):
        for stop in (0, 3, 8, 15, 25, 35, 45, len(walk_inputs) - 1, len(walk_inputs)):
            state = new_state(w)
            for text in walk_inputs[:stop]:
                state = play(w, state, text).state
            previous = None
            for odd in ODD_INPUTS:
                played = play(w, state, odd)
                scene = Scene(
                    world=w,
                    persona=persona,
                    context=played.context,
                    steps=played.steps,
                    text=odd,
                    suggestions=played.suggestions,
                    previous=previous,
                )
                turn = Turn(scene, NARRATOR.compose(scene))
                check(turn, world_id)
                previous = turn.text


def test_after_the_ending_help_says_the_story_is_done_without_retelling_it() -> None:
    text = text_of(NARRATOR.compose(after([*COAST, "help"])))
    assert "Mara" in text and "ending" in text
    assert world("lantern_coast").arc.ending.text.split("\n\n")[0] not in text


def test_a_name_with_braces_does_not_leak_template_syntax() -> None:
    persona = Persona("{name}", "they/them")
    text = text_of(NARRATOR.compose(after(["go in", "help"], persona=persona)))
    assert "{" not in text and "}" not in text


async def test_narrate_is_the_same_as_compose_and_deterministic() -> None:
    scene = after(["go in", "ask rue about the lighthouse"])
    paragraphs = await NARRATOR.narrate(scene)
    assert paragraphs == NARRATOR.compose(scene) == DefaultNarrator().compose(scene)
    assert await NARRATOR.narrate(opening("ember_library")) == NARRATOR.compose(
        opening("ember_library")
    )


async def test_words_a_character_passes_over_are_told_or_asked_as_they_were_said() -> None:
    """Corpus 5: "pip your dads boat made it in!" was led by "You ask Pip: 'Pip your dads
    boat made it in!'": an exclamation is told, a question asked, and the name the player
    addressed is not quoted back."""
    from tta_server.game import Game
    from tta_server.world_catalogue import record_of

    w = world("lantern_coast")
    game = Game({w.id: w}, {w.id: record_of(w).version}, DefaultNarrator())
    live, _, _ = await game.opening(w, MARA)
    live.state = live.state.model_copy(update={"location": "harbour-wall", "flags": ["rue-told"]})
    told = []
    for i, text in enumerate(("pip, nice boots!", "pip, do you like cheese?")):
        result = await game.turn(live, text, f"t{i}")
        Game.commit(live, result, text)
        told.append(result.narration)
    assert "'Nice boots!'" in told[0] and "Pip," not in told[0].split("'Nice")[0], told[0]
    assert "ask Pip" not in told[0] and "put it to Pip" not in told[0], told[0]
    assert "'Do you like cheese?'" in told[1] and "Pip:" in told[1], told[1]
    assert "ask Pip" in told[1] or "put it to Pip" in told[1]


def test_quoted_words_keep_their_question_mark_and_gain_no_extra_stop() -> None:
    """A world's ``quoted`` text writes "'{words}.'": a question keeps its "?" (never "?.")
    and a statement gets its one full stop; a sentence starts with a capital."""
    from tta_server.narrative.default import _Composer

    w = world("lantern_coast")
    state = new_state(w).model_copy(update={"location": "cliff-path"})
    played = play(w, state, "the gorse smells of coconut")
    for words, said in (
        ("the gorse smells of coconut", "'The gorse smells of coconut.'"),
        ("is that the sea in the caves?", "'Is that the sea in the caves?'"),
    ):
        [step] = played.steps
        facts = {**step.outcome.facts, "quoted": "You say: '{words}.'", "words": words}
        step = replace(step, outcome=step.outcome.model_copy(update={"facts": facts}))
        scene = Scene(w, MARA, played.context, [step], text=words)
        text = " ".join(_Composer(scene, 0).run())
        assert said in text and "?." not in text, text
