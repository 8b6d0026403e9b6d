"""The guide's check-in ("How are you doing, truly?") is a question the player may answer.

Newcomers 12 and 13 answered Bastian's "How's the weather in there?" ("bit stormy honestly",
"im not great honestly") and got "I don't know the words ..." or the plot's next line: the
question was never heard. After a turn with the check-in (a concern), the next words that are no
command, or are said to the guide, are the answer: the guide thanks the player for it, in the
world's voice, without quoting it, and the world does not move on. Commands still play."""

from __future__ import annotations

import pytest

from tests.world.test_conversation import _game as _opened
from tests.world.test_conversation import _say
from tta_server.game import CHECK_IN, Game, Live
from tta_server.world import views
from tta_server.world.views import GUIDE_PLAIN, guide_words

EMBER = ["go in", "w"]  # the bindery, where Bastian (the guide) is
LANTERN = ["go inside"]  # the tea hut, where Rue (the guide) is


async def _game(world_id: str, walk: list[str]) -> tuple[Game, Live]:
    game, live = await _opened(world_id)
    await _say(game, live, *walk)
    return game, live


@pytest.mark.parametrize(
    "answer",
    [
        "pretty rough today tbh",
        "i'm not doing well honestly",
        "meh",
        "ok i guess. thanks for asking",
        "good actually!",
    ],
)
async def test_an_answer_to_the_guides_check_in_is_heard(answer: str) -> None:
    game, live = await _game("ember_library", EMBER)
    [asked] = await _say(game, live, "look around", gentle=True)  # a concern: the check-in
    guide = live.world.guide
    assert guide.check_in.strip() in asked and live.asking == CHECK_IN
    before = live.state.model_copy()
    [heard] = await _say(game, live, answer)
    assert heard == (guide.heard or "").strip()  # Bastian thanks them, in his voice
    assert "know the word" not in heard and answer not in heard.lower()
    assert live.asking is None  # answered: the next words are play again
    assert live.state.steps_done == before.steps_done and live.state.done == before.done
    assert live.state.location == before.location and live.state.turn == before.turn + 1


@pytest.mark.parametrize(
    "request_",
    [
        "Rue, can i have a tea now please? with milk",
        "could you make me a cuppa rue",
        "i'd like a tea please",
    ],
)
async def test_a_request_to_the_guide_after_the_check_in_is_no_answer(request_: str) -> None:
    """Newcomer 19 asked Rue for a tea just after a check-in panel and was thanked "for
    telling me straight": a request is played as talk, not heard as the answer."""
    game, live = await _game("lantern_coast", LANTERN)
    await _say(game, live, "look around", gentle=True)
    [said] = await _say(game, live, request_)
    assert (live.world.guide.heard or "").strip() not in said


async def test_commands_after_the_check_in_still_play() -> None:
    game, live = await _game("ember_library", EMBER)
    await _say(game, live, "look around", gentle=True)
    [moved] = await _say(game, live, "e")
    assert live.state.location == "foyer" and "Thank you for telling me" not in moved
    game, live = await _game("ember_library", EMBER)
    await _say(game, live, "look around", gentle=True)
    [topic] = await _say(game, live, "ask bastian about the fire")
    assert "Six weeks ago" in topic  # asking for talk is talk, not an answer


async def test_without_a_check_in_the_same_words_are_not_an_answer() -> None:
    game, live = await _game("ember_library", EMBER)
    [told] = await _say(game, live, "pretty rough today tbh")
    assert "Thank you for telling me" not in told


async def test_the_guide_away_or_never_met_thanks_in_the_remembered_or_plain_words() -> None:
    game, live = await _game("lantern_coast", LANTERN)
    rue = live.world.guide
    [here] = await _say(game, live, "look around", gentle=True)
    assert rue.check_in.strip() in here
    [heard] = await _say(game, live, "kinda foggy inside, to be honest")
    assert heard == (rue.heard or "").strip()
    await _say(game, live, "leave")  # Rue met, now elsewhere: remembered words
    await _say(game, live, "look around", gentle=True)
    [away] = await _say(game, live, "a bit wobbly")
    assert away == (rue.heard_away or "").strip()
    game, live = await _game("lantern_coast", [])  # Rue never met: plain words, naming nobody
    await _say(game, live, "look around", gentle=True)
    [plain] = await _say(game, live, "a bit wobbly")
    assert plain == GUIDE_PLAIN["heard"]


async def test_the_summary_of_a_heard_answer_is_the_world_kept() -> None:
    """Newcomer 18 answered Bastian's "How's the weather in there?" and the header said they
    carried the mending pen: the words would have opened his pen topic, and the summary was
    made from that turn, which was not kept; "i" then listed no pen, and "take pen" said
    Bastian held it. The summary is the world as kept: no pen."""
    game, live = await _game("ember_library", EMBER)
    await _say(game, live, "yo bastian. what happened w the fire?")
    await _say(game, live, "lol yeah. mine wd say 'u always leave everything til the last minute'")
    await _say(game, live, "look around", gentle=True)  # a concern: the check-in
    assert live.asking == CHECK_IN
    answer = "weather's kinda cloudy lol. deadlines n bad sleep. how do i fix my page"
    result = await game.turn(live, answer, "t-answer")
    [end] = [e.data for e in result.events if e.type == "narrative.end"]
    assert result.narration == (live.world.guide.heard or "").strip()
    assert "the mending pen" not in end["summary"]["inventory"]
    Game.commit(live, result, answer)
    held = [i.name for i in views.held(live.world, live.state)]
    assert end["summary"]["inventory"] == held


@pytest.mark.parametrize(
    "answer",
    [
        "honestly ok-ish. fell out w my best mate last month and its still kinda weird",
        "not great tbh, i miss home",
        "im ok i guess, bit tired",
        "truly? bit lonely since jean died. teh house is awful quiet. i keep busy",
        "honestly? a bit lonely. house is quiet wi out jean. but im keeping busy",
        "a wee bit low, if im honest",
    ],
)
async def test_an_answer_about_oneself_is_the_check_ins_with_someone_else_asking(
    answer: str,
) -> None:
    """Newcomer 18 beside Juno, her question open: the answer to the guide's check-in was read
    as a reply to Juno ("'Right,' she says. 'Thought so.'")."""
    game, live = await _game("ember_library", ["go in", "n", "talk to juno"])
    assert live.state.asking.get("juno"), live.state.asking
    [asked] = await _say(game, live, "look at the page", gentle=True)
    assert live.asking == CHECK_IN, asked
    [heard] = await _say(game, live, answer)
    assert heard == guide_words(live.world, live.state, "heard"), heard  # Bastian not met yet
    assert live.state.asking.get("juno"), live.state.asking  # her question still hers


async def test_words_to_the_one_asking_after_the_check_in_are_still_theirs() -> None:
    game, live = await _game("ember_library", ["go in", "n", "talk to juno"])
    await _say(game, live, "look at the page", gentle=True)
    [told] = await _say(game, live, "juno, nobody can tell. you got in because you're good")
    assert "Juno" in told and told != guide_words(live.world, live.state, "heard"), told


@pytest.mark.parametrize(
    "answer",
    [
        "honestly? tired. work is short of people and my back hurts every evening",
        "honestly not great. my back hurts and work is mad",
    ],
)
async def test_an_answer_at_a_moment_that_asks_for_words_is_the_check_ins(answer: str) -> None:
    """Newcomer 27, at the boiler-room stove that asks the player to name what they see, was
    asked "How are you doing, truly?" and answered honestly; the stove took the answer as a
    name that was none and asked again. The guide's question was the one answered."""
    walk = ["go in", "i give cat biscuits to footnote", "follow the cat", "go down", "x stove"]
    game, live = await _game("ember_library", walk)
    assert live.state.location == "boiler-room"
    await _say(game, live, "look around", gentle=True)
    assert live.asking == CHECK_IN
    [heard] = await _say(game, live, answer)
    assert heard.startswith("Thank you for answering")  # Bastian is upstairs: the plain thanks
    assert "ember" not in heard and live.asking is None
