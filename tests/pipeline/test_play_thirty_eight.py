"""Play 38 (issue 14), what a newcomer met in the world (corpus 31, Mia), each fixed and proved
here: "play with skipper" played the tin whistle ("The tune is for someone who isn't here")
with Skipper right there, and "throw a ball for skipper" met "You aren't carrying Skipper."."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import MARA, narrated
from tests.pipeline.newcomers import placed, played, steps
from tta_server.game import Game, Live
from tta_server.narrative.default import DefaultNarrator
from tta_server.pipeline.play import play
from tta_server.world_catalogue import record_of

CALM = {"flags": ["skipper-calm", "skipper-home"], "whereabouts": {"skipper": "tea-hut"}}


@pytest.mark.parametrize(
    "text",
    [
        "play with skipper",
        "throw a ball for skipper",
        "play fetch with skipper",
        "play with the dog",
        "lets play with skipper",
        "throw a stick for the dog",
    ],
)
def test_playing_with_an_animal_is_an_act_with_him(text: str) -> None:
    result = played("lantern_coast", "tea-hut", [text], held=["tin-whistle"], **CALM)
    assert steps(result) == [("pat", "verb.ok")], steps(result)
    assert result.steps[0].action.target_id == "skipper"
    w, state = placed("lantern_coast", "tea-hut", held=["tin-whistle"], **CALM)
    told = narrated(w, state, text)
    assert "tune" not in told and "carrying" not in told and "leans into your hand" in told


def test_playing_with_him_before_he_is_calm_is_his_own_not_yet() -> None:
    result = played("lantern_coast", "dune-hollow", ["play with skipper"], held=["tin-whistle"])
    assert steps(result) == [("pat", "verb.blocked")], steps(result)


def test_playing_with_a_person_is_asking_them_to_play() -> None:
    result = played("lantern_coast", "tea-hut", ["play with rue"], held=["tin-whistle"])
    assert steps(result) == [("talk", "talk.invited")], steps(result)
    assert result.steps[0].action.target_id == "rue"


@pytest.mark.parametrize("text", ["whistle for skipper", "play the whistle for skipper"])
def test_the_whistle_played_for_him_is_still_the_whistle(text: str) -> None:
    calm = {"flags": ["skipper-calm"]}
    result = played("lantern_coast", "dune-hollow", [text], held=["tin-whistle"], **calm)
    assert steps(result) == [("play", "verb.ok")], steps(result)
    assert "skipper-home" in result.state.flags


ARC = ["hear-about-maren", "steady-pip", "find-skipper", "ask-maren", "reach-lighthouse"]
#: The Lantern Coast after its ending: the lamp lit and the boats home.
ENDED = {
    "flags": ["lamp-lit", "skipper-calm", "skipper-home", "pip-steadied", "fog-noticed"],
    "steps_done": [*ARC, "light-lamp", "boats-home"],
    "ended": True,
}


@pytest.mark.parametrize(
    ("at", "text", "said", "stale"),
    [
        ("quay", "sit on the harbour steps and watch the boats", "They are home", "Out in the fog"),
        ("quay", "x boats", "They are home", "small lights are turning"),
        ("quay", "listen", "Engines idling", "far out in the fog, nothing"),
        ("quay", "listen to the boats", "singing", "mutters and stops"),
        ("quay", "look", "boats", "The fog is still out on the water"),
        ("quay", "x sea", "nobody out on it", "whichever way tonight goes"),
        ("harbour-wall", "x pip", "still true", "still watching the fog"),
    ],
)
def test_text_after_the_ending_follows_it(at: str, text: str, said: str, stale: str) -> None:
    """Newcomer corpus 31: after the ending had the boats idling in the harbour, "watch the
    boats" still said they were "Out in the fog"."""
    w, state = placed("lantern_coast", at, [at], **ENDED)
    told = narrated(w, state, text)
    assert said in told and stale not in told, told


def test_the_sea_glass_on_the_sill_catches_the_light_that_is_on() -> None:
    """ "where it will catch the light, when there is light", with the light on (corpus 31)."""
    w, state = placed("lantern_coast", "tea-hut", held=["sea-glass"], **ENDED)
    state = state.model_copy(update={"whereabouts": {"maren": "tea-hut"}})
    told = narrated(w, state, "give sea glass to maren")
    assert "when there is light" not in told and "beam comes round" in told, told
    w, state = placed("lantern_coast", "cottage-kitchen", held=["sea-glass"])
    assert "when there is light" in narrated(w, state, "give sea glass to maren")


async def _ended_game(at: str, held: list[str]) -> tuple[Game, Live]:
    w, state = placed("lantern_coast", at, [at], held=held, **ENDED)
    game = Game({w.id: w}, {w.id: record_of(w).version}, DefaultNarrator())
    return game, Live(w, record_of(w).version, state, 1, MARA)


async def _said(game: Game, live: Live, text: str) -> str:
    result = await game.turn(live, text, f"t-{text}-{live.version}")
    Game.commit(live, result, text)
    return result.narration


async def test_a_refusal_after_the_ending_says_the_story_is_finished() -> None:
    """Newcomer corpus 31: "again" after the ending met "Not here, not yet ... Rue would know
    what to try next; you only have to ask for help", and asking Rue found nothing to do."""
    game, live = await _ended_game("tea-hut", ["tin-whistle"])
    await _said(game, live, "play the whistle")
    again = await _said(game, live, "play the whistle")
    assert "ask for help" not in again and "The story itself is finished" in again, again
    helped = await _said(game, live, "help")
    assert "it is finished" in helped and "restart" in helped, helped


async def test_before_the_ending_a_refusal_still_nudges_towards_help() -> None:
    w, state = placed("lantern_coast", "tea-hut", ["tea-hut"], held=["tin-whistle"])
    game = Game({w.id: w}, {w.id: record_of(w).version}, DefaultNarrator())
    live = Live(w, record_of(w).version, state, 1, MARA)
    await _said(game, live, "play the whistle")
    again = await _said(game, live, "play the whistle")
    assert "finished" not in again, again


def test_a_long_walk_is_told_as_the_walk_it_was() -> None:
    """Newcomer corpus 31: "head back up to the lighthouse" from the quay walked across the
    whole village and called it "A few steps north"."""
    seen = ["chapel-street", "cliff-path", "headland", "lighthouse-yard"]
    gate = {"unlocked": ["headland:n"]}
    w, state = placed("lantern_coast", "quay", seen, held=["storm-lantern"], **ENDED, **gate)
    result = play(w, state, "head back up to the lighthouse")
    assert result.state.location == "lighthouse-yard"
    told = narrated(w, state, "head back up to the lighthouse")
    assert "A few steps" not in told and "through Chapel Street" in told, told
    assert "the Headland" in told.split("\n")[0], told
    near = narrated(w, state, "go north")
    assert "through" not in near.split("\n")[0], near


@pytest.mark.parametrize(
    "text",
    ["climb up to the top and look at the view", "climb up to the top", "go up to the very top"],
)
def test_the_top_at_the_lighthouse_is_the_lamp_room(text: str) -> None:
    """ "climb up to the top and look at the view" at the Lighthouse Yard met "No path leads
    there from here." (corpus 31)."""
    seen = ["tower-stair", "lamp-room"]
    result = played("lantern_coast", "lighthouse-yard", [text], seen)
    assert result.state.location == "lamp-room", steps(result)
    assert all(s.outcome.ok for s in result.steps), steps(result)


def test_the_top_not_yet_walked_is_told_the_way_there() -> None:
    result = played("lantern_coast", "lighthouse-yard", ["climb up to the top"], [])
    w, state = placed("lantern_coast", "lighthouse-yard", [])
    told = narrated(w, state, "climb up to the top")
    assert "Lamp Room" in told and "No path leads there" not in told, (steps(result), told)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("open the paper thing for footnote", "examine.ok"),
        ("open the paper thing", "examine.ok"),
        ("take the paper stuff", "take.ok"),
    ],
)
def test_a_thing_named_by_a_word_of_its_name_and_thing(text: str, key: str) -> None:
    """ "open the paper thing for footnote" met "You look for something to open, but there's
    nothing." with the paper twist of cat biscuits on the desk (corpus 31)."""
    result = played("ember_library", "foyer", [text])
    assert [(s.action.target_id, s.outcome.message_key) for s in result.steps] == [
        ("cat-biscuits", key)
    ], steps(result)


def test_a_vague_thing_that_names_nothing_here_is_still_not_found() -> None:
    result = played("ember_library", "foyer", ["x the glass thing"])
    assert steps(result) == [("examine", "examine.not_here")], steps(result)


@pytest.mark.parametrize("text", ["can i take some soup for her", "could I take the broth?"])
def test_asking_to_take_what_someone_holds_asks_them(text: str) -> None:
    """ "can i take some soup for her" met "The flask of broth is with Rue ... can stay there
    unless it's offered." (corpus 31): the words ask Rue for it, as "can i have" does."""
    told = {"flags": ["rue-told"]}  # Rue has told of Maren, who needs the broth
    result = played("lantern_coast", "tea-hut", [text], ["quay"], **told)
    asked = played("lantern_coast", "tea-hut", ["can i have the broth"], ["quay"], **told)
    assert steps(result) == steps(asked) and result.steps[0].action.target_id == "rue"
    assert steps(result) != [("take", "take.theirs")]


def test_taking_it_plainly_is_still_refused() -> None:
    result = played("lantern_coast", "tea-hut", ["take the broth"], ["quay"])
    assert steps(result) == [("take", "take.theirs")], steps(result)


SANDWICHES = "hi bastian! ilse says stop leaving sandwiches on the stairs lol"


def test_ilse_named_to_bastian_before_he_has_told_of_her_is_no_who() -> None:
    """Corpus 31: Mia found Ilse first and passed on her message; Bastian said "Who? Let me
    tell you the whole of it first" of his own colleague."""
    w, state = placed("ember_library", "bindery", ["foyer", "clock-loft"])
    told = narrated(w, state, SANDWICHES)
    assert "Who?" not in told and "'Ilse?'" in told and "whole of it" in told, told


@pytest.mark.parametrize(
    ("text", "flags", "said", "stale"),
    [
        (
            "tell bastian i found ilse in the clock loft",
            ["bastian-told"],
            "You found her",
            "She'll be somewhere",
        ),
        ("ask bastian what happened", [], "You've found her", "has vanished"),
    ],
)
def test_bastian_knows_ilse_was_found_first(
    text: str, flags: list[str], said: str, stale: str
) -> None:
    """ "tell bastian i found ilse in the clock loft" met "She'll be somewhere high." and the
    fire's story said she "has vanished somewhere in the building" (corpus 31)."""
    w, state = placed("ember_library", "bindery", ["foyer", "clock-loft"], flags=flags)
    told = narrated(w, state, text)
    assert said in told and stale not in told, told


def test_before_ilse_is_found_bastian_says_where_to_look() -> None:
    w, state = placed("ember_library", "bindery", ["foyer"], flags=["bastian-told"])
    told = narrated(w, state, "ask bastian about ilse")
    assert "somewhere high" in told, told


def test_asked_to_play_after_the_light_is_lit_rue_does_not_wait_for_it() -> None:
    """ "play with rue" after the ending met "Once the light's lit, you come back here"."""
    w, state = placed("lantern_coast", "tea-hut", ["tea-hut"], **ENDED)
    told = narrated(w, state, "play with rue")
    assert "Once the light's lit" not in told and "The light's lit" in told, told
