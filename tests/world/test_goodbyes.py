"""Leave-takings (issue 14, newcomers 15 and 16): "Goodnight, Rue", "bye juno", "see you later,
Ilse", "I'll be back, Juno" are a goodbye to the one they are said to: the character's own
``goodbye`` line when the world gives one, else a plain line naming them that varies; never a
fallback ("Couldn't tell you, love"), an answer to their question, or the words a moment waits
for (newcomer 16's "I'll be back, Juno" was written on Juno's harsh page)."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import placed
from tests.world.test_conversation import _say, game_at
from tta_server.pipeline.play import play
from tta_server.world.replies import takes_leave

LEAVINGS = (
    "Goodnight, {name}.",
    "Goodbye, {name}",
    "bye {name}",
    "see you later, {name}",
    "I'll be back, {name}",
    "take care, {name}",
    "bye for now {name}",
    "ok, I'm off then",
    "night night",
)


@pytest.mark.parametrize("text", LEAVINGS)
@pytest.mark.parametrize(
    ("world_id", "at", "who"),
    [("lantern_coast", "tea-hut", "rue"), ("ember_library", "reading-room", "juno")],
)
async def test_a_leave_taking_is_a_goodbye_naming_them(
    text: str, world_id: str, at: str, who: str
) -> None:
    game, live = await game_at(at, world_id=world_id)
    ch = live.world.character(who)
    assert ch is not None
    first = ch.name.split()[0]
    said = text.format(name=first)
    [step] = play(live.world, live.state, said).steps
    assert step.outcome.message_key == "talk.goodbye", step.outcome.facts
    [told] = await _say(game, live, said)
    assert first in told and not any(x in told for x in (ch.default, *ch.fallbacks)), told


async def test_a_world_line_is_said_and_goodbyes_then_vary() -> None:
    game, live = await game_at("tea-hut")
    told = await _say(game, live, "goodnight rue", "bye rue", "see you, rue", "bye rue")
    assert "'Mind the harbour steps, love. The kettle'll be on.'" in told[0]
    assert len(set(told)) == 4 and all("Rue" in x for x in told), told


def test_a_goodbye_is_not_written_on_the_page_nor_an_answer() -> None:
    """Newcomer 16 at Juno's page, the mending pen in hand: "I'll be back, Juno. Going north to
    the stacks." was written under the scorched words."""
    w, state = placed("ember_library", "reading-room", flags=["juno-told"], held=["mending-pen"])
    for text in ("I'll be back, Juno. Going north to the stacks.", "goodbye juno", "bye"):
        keys = [s.outcome.message_key for s in play(w, state, text).steps]
        assert keys[:1] == ["talk.goodbye"], (text, keys)


@pytest.mark.parametrize(
    "words",
    ["take the lamp", "see you at the lighthouse", "i'll be back with the book", "night watch"],
)
def test_other_words_are_no_goodbye(words: str) -> None:
    assert not takes_leave(words)


@pytest.mark.parametrize(
    "text",
    [
        "I'll be back, Juno. Going north to the stacks.",  # newcomer 16
        "bye juno, heading north now",
        "going north to the stacks",
    ],
)
def test_going_a_way_after_a_goodbye_goes(text: str) -> None:
    w, state = placed("ember_library", "reading-room", flags=["juno-told"], held=["mending-pen"])
    result = play(w, state, text)
    assert result.state.location == "stacks", [s.outcome.message_key for s in result.steps]


@pytest.mark.parametrize(
    ("text", "to"),
    [
        ("goodnight all, ta for the tea. night skipper", ["rue", "skipper"]),  # newcomer 18
        ("goodnight everyone, thanks for the tea", ["rue"]),
        ("night all", ["rue", "maren"]),  # each person here (newcomer 18, play21)
        ("ta-ra folks", ["rue", "maren"]),
        ("see you all, cheers for the broth", ["rue"]),
        ("night skipper", ["skipper"]),
        ("nite maren", ["maren"]),
    ],
)
def test_a_goodbye_to_all_goes_to_the_people_here_not_the_thing_thanked_for(
    text: str, to: list[str]
) -> None:
    """Newcomer 18 in the tea hut with Rue, Maren and Skipper: "goodnight all, ta for the tea.
    night skipper" was "You speak to Rue's tea"; "night all" and "ta-ra folks" were unknown."""
    w, state = placed("lantern_coast", "tea-hut")
    state.whereabouts.update(maren="tea-hut", skipper="tea-hut")
    steps = play(w, state, text).steps
    byes = [s.action.target_id for s in steps if s.outcome.message_key == "talk.goodbye"]
    assert byes == to, [(s.action, s.outcome.message_key) for s in steps]
