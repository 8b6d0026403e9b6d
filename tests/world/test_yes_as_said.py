"""Yes to a character's question as people say it (newcomer 17, a nurse writing good but
imperfect English: "yes, i come with you Ilse" after Ilse went down asking "Will you come?" was
"I know the word 'ilse'"; "I am agree. but first, is Maren in danger?" to Rue's "will you try?"
was Rue talking about Pip): a yes with the character's name, a second-language "I am agree", or
a yes followed by a question answers the question open."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import played, steps
from tests.world.test_conversation import _game, _say, game_at
from tta_server.world.replies import Reading, read_reply

_GOOD = "Rue lets out a breath"


@pytest.mark.parametrize(
    "text",
    [
        "I am agree. but first, is Maren in danger? maybe we call a doctor",
        "I am agree",
        "yes, i come with you Rue",
        "of course I come",
        "ok I will",
        "sure, let's go",
        "yes! but where does she live?",
        "agreed. is it far?",
    ],
)
async def test_yes_as_said_answers_rues_question(text: str) -> None:
    game, live = await _game()
    await _say(game, live, "go inside", "ask rue about the lighthouse")
    [told] = await _say(game, live, text)
    assert _GOOD in told, told
    assert "reply:rue:try" in live.state.done


async def test_a_question_alone_is_still_asked_not_taken_as_yes() -> None:
    game, live = await _game()
    await _say(game, live, "go inside", "ask rue about the lighthouse")
    [told] = await _say(game, live, "is Maren in danger?")
    assert "reply:rue:try" not in live.state.done, told


@pytest.mark.parametrize(
    "text", ["yes, i come with you Ilse", "come with ilse", "of course I come", "ok, i come"]
)
def test_coming_along_in_ones_own_words_goes_after_ilse(text: str) -> None:
    seen = ["clock-stair", "east-corridor", "foyer", "bindery"]
    update = {"whereabouts": {"ilse": "bindery"}, "mentioned": ["ilse"]}
    result = played("ember_library", "clock-loft", [text], seen, **update)
    assert result.state.location == "bindery", steps(result)


@pytest.mark.parametrize(
    "text",
    [
        "yes, I suppose",
        "I guess I do",
        "I think so, yes",
        "i guess so",
        "sure, I suppose",
    ],
)
def test_a_hedged_yes_reads_yes(text: str) -> None:
    """Newcomer 20: "Yes, I suppose I do have a voice like that" read unsure, so Bastian
    answered as to a no ("If you haven't, you're lucky")."""
    assert read_reply(text) == {Reading.YES}


@pytest.mark.parametrize("text", ["I don't know, I guess yes", "maybe, yes", "i suppose"])
def test_a_real_doubt_beside_a_yes_stays_unsure(text: str) -> None:
    assert Reading.UNSURE in read_reply(text)


_CONFESSION = (
    "Yes, I suppose I do have a voice like that. It tells me I'm letting my pupils down by"
    " being off work."
)


async def test_a_hedged_yes_with_a_confession_gets_bastians_yes() -> None:
    game, live = await game_at("bindery", world_id="ember_library")
    await _say(game, live, "Hello Bastian. I heard someone being unkind. What happened?")
    assert live.state.asking == {"bastian": "harsh-page"}
    [told] = await _say(game, live, _CONFESSION)
    assert "'Most people have,'" in told and "If you haven't" not in told, told
    assert "letting my pupils down" in told  # her words, said back to her
