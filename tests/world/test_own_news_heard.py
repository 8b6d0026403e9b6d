"""The player's own hard news is heard (newcomer corpus 28: Dev's honest answer to the guide's
"How are you doing, truly?", a break-up and no sleep, was answered by Rue with the boats and by
Juno and Bastian with stock lines; his joking answer "lol i'm fine. ask me again after coffee"
went to Juno and met "There's no one here to talk to" with her there). An answer to the
guide's check-in that opens with a laugh or a lead-in is the answer; hard news told to anyone
(a break-up, sleep gone, a hard stretch), asked or not, is heard kindly in that character's
voice, never a topic its words touch nor a stock line, and never word for word twice."""

from __future__ import annotations

import pytest

from tests.world.test_conversation import _game, _say, game_at
from tta_server.game import CHECK_IN
from tta_server.world.disclosures import disclosed
from tta_server.world.views import GUIDE_PLAIN

NEWS = [
    "since you asked, not brilliant. my girlfriend and i split up in the spring",
    "can i be honest? been a grim few months. she left me and i barely sleep",
    "ive been really low lately, not sleeping much",
    "got dumped in august tbh and i cant sleep these days",
    "we broke up. anyway",
    "honestly? rough patch. no sleep, a breakup, the lot",
]


@pytest.mark.parametrize("words", NEWS)
def test_hard_news_of_ones_own_is_told(words: str) -> None:
    assert disclosed(words)


@pytest.mark.parametrize(
    "words",
    ["she left me a note", "i feel rubbish at this game", "the light is low", "sleep", "go down"],
)
def test_everyday_words_are_no_news(words: str) -> None:
    assert not disclosed(words)


@pytest.mark.parametrize(
    ("world_id", "place", "who", "news"),
    [
        ("lantern_coast", "tea-hut", "rue", NEWS[0]),
        ("lantern_coast", "cottage-kitchen", "maren", NEWS[2]),
        ("lantern_coast", "harbour-wall", "pip", NEWS[4]),
        ("ember_library", "reading-room", "juno", NEWS[1]),
        ("ember_library", "bindery", "bastian", NEWS[3]),
        ("ember_library", "clock-loft", "ilse", NEWS[5]),
    ],
)
async def test_hard_news_is_heard_in_the_characters_voice(
    world_id: str, place: str, who: str, news: str
) -> None:
    game, live = await game_at(place, world_id=world_id)
    live.state.whereabouts[who] = place
    ch = live.world.character(who)
    assert ch is not None and ch.disclosed
    [told] = await _say(game, live, f"{ch.name.split()[0].lower()}, {news}")
    assert ch.disclosed in told, told
    assert not any(t.text.strip()[:40] in told for t in ch.topics), told  # no plot line
    [again] = await _say(game, live, f"{ch.name.split()[0].lower()}, {NEWS[2]}")
    assert ch.disclosed not in again and "There's no one" not in again  # not word for word


async def test_news_after_a_question_of_ones_own_is_heard() -> None:
    game, live = await game_at("bindery", world_id="ember_library")
    live.state.whereabouts["bastian"] = "bindery"
    bastian = live.world.character("bastian")
    assert bastian is not None and bastian.disclosed
    await _say(game, live, "talk to bastian", "yes")  # his story first, and his question
    [told] = await _say(game, live, "do you ever get a full night? i can't sleep lately")
    assert bastian.disclosed in told and "Couldn't tell you" not in told, told


@pytest.mark.parametrize(
    "answer",
    [
        "haha i'm fine, mostly caffeine at this point",
        "lol fine. ask again tomorrow",
        "earlier you asked how i was. not great, honestly",
        "heh. tired",
    ],
)
async def test_a_laughing_answer_to_the_check_in_is_the_answer(answer: str) -> None:
    game, live = await _game("ember_library")
    await _say(game, live, "go in", "n")  # the reading room, Juno there, Bastian elsewhere
    await _say(game, live, "look around", gentle=True)
    assert live.asking == CHECK_IN
    [heard] = await _say(game, live, answer)
    guide = live.world.guide
    thanks = (guide.heard, guide.heard_away, GUIDE_PLAIN["heard"])  # in the room, away, unmet
    assert any(x and x.strip() in heard for x in thanks), heard
    assert "no one here" not in heard, heard


@pytest.mark.parametrize(
    "news",
    [
        "you asked me earlier how i was. truthfully? meh. we split up in june and i barely sleep",
        "ok. so. not great. got dumped a while back, no sleep since",
    ],
)
async def test_news_in_pieces_is_heard_whole(news: str) -> None:
    """The parser took "not great" for words to Rue and dropped the rest: her boats line."""
    game, live = await game_at("tea-hut")
    await _say(game, live, "talk to rue", "yes")
    rue = live.world.character("rue")
    assert rue is not None and rue.disclosed
    [told] = await _say(game, live, news)
    assert rue.disclosed in told and "Six boats" not in told, told
