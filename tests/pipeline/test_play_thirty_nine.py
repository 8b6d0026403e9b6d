"""Play 39 (issue 14), what a newcomer met in the world (corpus 32, Derek), each fixed and proved
here: after the Lantern Coast's ending, thanking Rue in the tea hut met "You do it again, and it
goes much as it did before." and "Once more, the same as before."; the cliff path's noticing
moment, answered in his own words with a slow breath, met "You can't find that here."; "What
have I got on me?" was put to Rue, "Whats to the east?" met "There's no one here to talk to.";
"Please take me to Lamp Cottage" met "There's no sign of that here.", and "Go to Lamp Cottage"
moved no one without saying what to type; "Pour myself a cup of tea and drink it" met "You
can't find that here." with Bastian's pot on the bench; "Why did it give me the Samaritans
number?" was answered by Bastian; "Take the book up to Ilse and give it to her" ended "There's no
one here to give it to."; Fenn's glasses handed over in his own words met "That's all"; "What
should I do next?" was answered by Juno."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import MARA, narrated, world
from tests.pipeline.newcomers import placed, played, steps
from tests.pipeline.walkthroughs import EMBER_LIBRARY
from tta_server.game import Game, Live
from tta_server.narrative import phrases as P
from tta_server.narrative.check_in_asked import asked_about_check_in
from tta_server.narrative.default import DefaultNarrator
from tta_server.pipeline.play import play
from tta_server.world import WorldState, new_state
from tta_server.world.schema import World
from tta_server.world_catalogue import record_of

ARC = ["hear-about-maren", "steady-pip", "find-skipper", "ask-maren", "reach-lighthouse"]
#: The Lantern Coast after its ending: the lamp lit and the boats home.
ENDED = {
    "flags": ["lamp-lit", "skipper-calm", "skipper-home", "pip-steadied", "fog-noticed"],
    "steps_done": [*ARC, "light-lamp", "boats-home"],
    "ended": True,
}
AGAIN = (*P.DONE_AGAIN, *P.STILL_AGAIN)


async def _game(world: str, at: str, **update: object) -> tuple[Game, Live]:
    w, state = placed(world, at, [at], **update)
    game = Game({w.id: w}, {w.id: record_of(w).version}, DefaultNarrator())
    return game, Live(w, record_of(w).version, state, 1, MARA)


async def _said(game: Game, live: Live, text: str) -> str:
    result = await game.turn(live, text, f"t-{text}-{live.version}")
    Game.commit(live, result, text)
    return result.narration


async def test_thanks_are_never_told_as_an_action_done_again() -> None:
    game, live = await _game("lantern_coast", "tea-hut")
    await _said(game, live, "thank you rue")
    for text in ["Thank you Rue.", "thank rue", "Thank you so much, Rue.", "thanks rue"]:
        told = await _said(game, live, text)
        assert not any(line in told for line in AGAIN), (text, told)
        assert "Rue" in told, (text, told)


async def test_after_the_ending_rue_answers_a_thank_you_warmly() -> None:
    """Derek had thanked Rue twice on the way; after the ending "go in to the tea hut and thank
    Rue for the tea and everything" and "Thank you Rue. I havent had an evening like that in a
    long time." were answered as a repeat."""
    game, live = await _game("lantern_coast", "tea-hut")
    await _said(game, live, "thank you rue")
    await _said(game, live, "thanks rue")
    live.state = live.state.model_copy(
        update={**ENDED, "location": "quay", "visits": {"quay": 1, "tea-hut": 1}}
    )
    told = await _said(game, live, "Go in to the tea hut and thank Rue for the tea and everything")
    assert "Thank you, love,' she says" in told and "Shoo" not in told, told
    told = await _said(
        game, live, "Thank you Rue. I havent had an evening like that in a long time."
    )
    assert not any(line in told for line in AGAIN) and "Shoo" not in told, told
    assert any(line.format(first="Rue") in told for line in P.THANKS_AGAIN), told


@pytest.mark.parametrize(
    "text",
    [
        "I stop and feel the path under my boots. I can hear the sea below and smell salt and my"
        " hand is cold on the wire fence. I hold the fence and take a few slow breaths.",
        "I stop. I can hear the sea below and the gulls. I take a few slow breaths.",
        "I hold the fence and take a few slow breaths. I can feel the wind and hear the sea.",
    ],
)
def test_the_noticing_moment_answered_in_the_players_own_words(text: str) -> None:
    """The cliff path asked what he could notice; his answer, naming his senses and a slow
    breath, met "You can't find that here." (corpus 32)."""
    result = played("lantern_coast", "cliff-path", [text], held=["storm-lantern"])
    assert steps(result) == [("notice", "verb.ok")], steps(result)
    assert "fog-noticed" in result.state.flags


def test_the_breaths_he_took_are_quoted_as_he_wrote_them() -> None:
    w, state = placed("lantern_coast", "cliff-path", held=["storm-lantern"])
    told = narrated(
        w, state, "I stop. I can hear the sea below and the gulls. I take a few slow breaths."
    )
    assert "slow breaths." in told and "breathes" not in told, told


@pytest.mark.parametrize(
    "text",
    [
        "What have I got on me?",
        "what have i got with me",
        "what do I have on me",
        "What do I have with me?",
        "whats on me",
    ],
)
def test_what_have_i_got_on_me_is_the_inventory(text: str) -> None:
    """ "What have I got on me?" was put to Rue (and met a check-in panel), then, in the Ember
    Library's garden, "There's no one here to talk to." (corpus 32)."""
    for name, at in [("lantern_coast", "tea-hut"), ("ember_library", "courtyard")]:
        result = played(name, at, [text])
        assert [s.action.intent for s in result.steps] == ["inventory"], (name, steps(result))


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Whats to the east?", "through the shed door, lies the Oil Store"),
        ("what is to the east of here?", "the Oil Store"),
        ("look east", "the Oil Store"),
        ("what's in there?", "the Tower Stair"),
        ("whats to the north", "south to the Headland"),  # none that way: the ways there are
    ],
)
def test_whats_to_the_east_is_a_look_that_way(text: str, said: str) -> None:
    """ "Whats to the east?" at the Lighthouse Yard met "There's no one here to talk to."
    (corpus 32): what lies that way is said."""
    result = played("lantern_coast", "lighthouse-yard", [text], ["headland"])
    assert steps(result) == [("look", "look.way")], steps(result)
    w, state = placed("lantern_coast", "lighthouse-yard", ["headland"])
    told = narrated(w, state, text)
    assert said in told and "talk" not in told, told


def test_a_way_shut_is_said_to_be_shut() -> None:
    w, state = placed("lantern_coast", "headland", ["headland"])
    told = narrated(w, state, "Whats to the north?")
    assert "Lighthouse Yard" in told and "shut" in told, told


SEEN_TO_HOLLOW = ["dunes", "quay"]
SKIPPER_HOME = {"flags": ["skipper-calm", "skipper-home"]}


@pytest.mark.parametrize(
    "text",
    [
        "Please take me to the quay",
        "take me to the quay",
        "Can you take me back to the quay please?",
        "could you lead me to the quay?",
        "bring me to the quay",
    ],
)
def test_take_me_to_a_place_goes_there(text: str) -> None:
    """ "Please take me to Lamp Cottage" met "There's no sign of that here." (corpus 32)."""
    result = played("lantern_coast", "dune-hollow", [text], SEEN_TO_HOLLOW, **SKIPPER_HOME)
    assert steps(result) == [("go", "go.ok")] and result.state.location == "quay", steps(result)


def test_take_me_to_a_place_not_yet_walked_is_told_as_go_to_it() -> None:
    w, state = placed("lantern_coast", "dune-hollow", SEEN_TO_HOLLOW, **SKIPPER_HOME)
    result = play(w, state, "Please take me to Lamp Cottage")
    assert steps(result) == steps(play(w, state, "Go to Lamp Cottage")), steps(result)


def test_a_way_not_yet_walked_says_plainly_what_to_type_first() -> None:
    """ "Go to Lamp Cottage" was told the way "so you take it a step at a time" and did not move
    him at all (corpus 32): it says plainly that it is walked step by step, and the first."""
    w, state = placed("lantern_coast", "dune-hollow", SEEN_TO_HOLLOW, **SKIPPER_HOME)
    told = narrated(w, state, "Go to Lamp Cottage")
    assert 'type "east" for the first' in told and "take it a step at a time" not in told, told
    assert "then north to Chapel Street" in told and "No harm in trying" not in told, told


@pytest.mark.parametrize(
    "text",
    [
        "Pour myself a cup of tea and drink it",
        "pour myself one",
        "Pour myself a cup and drink it",
        "I pour a cup of tea and sip it",
        "ok, I'll pour myself a cup then",
    ],
)
def test_pouring_a_cup_where_tea_is_is_drinking_it(text: str) -> None:
    """Bastian said "Pour yourself one"; "Pour myself a cup of tea and drink it" met "You can't
    find that here." where "Drink some tea" worked (corpus 32)."""
    result = played("ember_library", "bindery", [text])
    drunk = played("ember_library", "bindery", ["drink some tea"])
    assert steps(result) == steps(drunk) == [("drink", "act.ok")], steps(result)
    assert result.steps[0].action.target_id == drunk.steps[0].action.target_id


@pytest.mark.parametrize(
    "text",
    [
        "Why did it give me the Samaritans number? I only wanted a cup of tea.",
        "why did that box come up",
        "why are you asking if im ok",
        "Why do I keep getting helplines?",
        "what was that box?",
        "why did it show me a phone number",
    ],
)
async def test_a_question_about_the_check_in_is_answered_by_the_game(text: str) -> None:
    """After a check-in panel over "Pour myself a cup of tea and drink it", "Why did it give me
    the Samaritans number?" met Bastian's "Thank you for telling me straight... Weather
    changes" (corpus 32): the game says what the box is, that it closes, and sorry."""
    game, live = await _game("ember_library", "bindery")
    result = await game.turn(live, "drink some tea", "t-0", gentle=True)  # a concern: the panel
    Game.commit(live, result, "drink some tea")
    told = await _said(game, live, text)
    assert "check-in" in told and "close" in told and "Sorry" in told, told
    assert "Bastian" not in told and "telling me straight" not in told, told


@pytest.mark.parametrize(
    "text",
    [
        "why is the lighthouse dark?",
        "what is in the box?",
        "what was that box on the shelf?",
        "why did Fenn leave?",
        "whats the number on the door",
    ],
)
def test_other_questions_are_not_about_the_check_in(text: str) -> None:
    assert not asked_about_check_in(text)


def _walked_to(before: str) -> tuple[World, WorldState]:
    """The Ember Library played by its walkthrough up to (not including) ``before``."""
    w = world("ember_library")
    state = new_state(w)
    for text in EMBER_LIBRARY[: EMBER_LIBRARY.index(before)]:
        state = play(w, state, text).state
    return w, state


@pytest.mark.parametrize(
    "text",
    [
        "Take the book up to Ilse and give it to her",
        "Take Fenns book up to Ilse and give it to her",
    ],
)
def test_a_book_carried_up_and_given_is_given_once(text: str) -> None:
    """ "Take the book up to Ilse and give it to her" ended with "There's no one here to give
    it to." after she was given it (corpus 32); with both books in hand, it is Fenn's."""
    w, state = _walked_to("out")  # in Fenn's study, his book and your own in hand
    result = play(w, state, text)
    assert steps(result) == [("go", "go.ok"), ("give", "give.ok")], steps(result)
    assert result.steps[-1].action.target_id == "fenn-book"


def test_a_give_it_after_another_thing_is_still_a_give() -> None:
    w, state = placed("lantern_coast", "tea-hut", held=["tin-whistle", "sea-glass"])
    result = play(w, state, "show rue the sea glass and give it to her")
    assert [s.action.intent for s in result.steps][-1] == "give", steps(result)


def test_fenns_glasses_handed_over_in_his_own_words_are_given() -> None:
    """ "I found these in the ashes Ilse. I think they were Fenns. Here, they are yours to
    keep." met "'That's all,' says Ilse. 'There isn't any more.'" (corpus 32)."""
    w, state = _walked_to("give the glasses to ilse")  # the glasses and the ember in hand
    text = "I found these in the ashes Ilse. I think they were Fenns. Here, they are yours to keep."
    result = play(w, state, text)
    assert [(s.action.target_id, s.outcome.message_key) for s in result.steps] == [
        ("fenn-glasses", "give.ok")
    ], steps(result)


@pytest.mark.parametrize(
    "text",
    [
        "What should I do next?",
        "what do I do next",
        "What shall we do now?",
        "Where should I go next?",
    ],
)
def test_what_to_do_next_is_the_games_hint_with_someone_here(text: str) -> None:
    """ "What should I do next?" with Juno there was answered by Juno (corpus 32); the same
    question earlier gave the hint."""
    w, state = _walked_to("w")  # after "ask juno if she has seen ilse": Juno here, page mended
    result = play(w, state, text)
    assert steps(result) == [("help", "help.ok")], steps(result)
