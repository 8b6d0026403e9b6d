"""A refusal quotes only a noun phrase the player wrote (newcomer 15: "wrap blanket around me"
was "You don't have any me to hand.", "pet footnote goodnight" was "There's no sign of any
footnote goodnight here."; newcomer 14: "I'll fetch it first and bring it for the book" was
"There's no sign of any it first here."): words of when or leave-taking after a name are no
part of it, a pronoun or reflexive is never repeated back, and a thing wrapped round or put on
oneself is used."""

from __future__ import annotations

import pytest

from tests.world.test_conversation import _say, game_at

#: What no refusal may quote: a pronoun, a reflexive or a word of when, as if it were a thing.
_JUNK = ("any me", "any my", "any it", "any footnote goodnight", "any cat first", "any them")


@pytest.mark.parametrize(
    "text",
    [
        "wrap blanket around me",
        "wrap the blanket around me",
        "wrap myself in the blanket",
        "wrap myself up in the tartan blanket",
        "put the blanket around myself",
        "put the blanket on me",
    ],
)
async def test_a_thing_wrapped_round_oneself_is_used(text: str) -> None:
    game, live = await game_at("net-loft", "blanket")
    [told] = await _say(game, live, text)
    assert "tartan blanket" in told, told
    assert "to hand" not in told and "within reach" not in told and "carrying" not in told, told
    assert not any(junk in told for junk in _JUNK), told


@pytest.mark.parametrize(
    "text",
    [
        "pet footnote goodnight",
        "stroke footnote goodbye",
        "pet the cat first",
        "hug bastian goodbye",
        "take it first",
        "fetch them too",
        "Yes, I'll come. Oh, no wait, I left the rosemary in the study. I'll fetch it first.",
    ],
)
async def test_a_refusal_names_the_thing_or_says_that_never_the_players_stray_words(
    text: str,
) -> None:
    game, live = await game_at("reading-room", world_id="ember_library")
    [told] = await _say(game, live, text)
    assert not any(junk in told for junk in _JUNK), told
    assert not any(stray in told.lower() for stray in ("goodnight", "goodbye", " first")), told


async def test_a_word_of_when_after_a_name_here_does_not_hide_the_name() -> None:
    game, live = await game_at("foyer", world_id="ember_library")
    [told] = await _say(game, live, "pet footnote goodnight")
    assert "no sign" not in told and "Footnote" in told, told
