"""A reply read as a whole (issue 14, newcomer 22, writing English as a second language): to
Juno's "Everyone can tell. Can they, though?", "yes!! new is hard. can they tell? no! nobody
is looking" was read as yes, agreeing with her cruel page, because it opened with a yes (to
"You're new too?"). A yes or no that is turned from later on, by a correction ("actually no",
"wait, no", "i mean yes") or said again as a sentence of its own, takes the later stance; both
in one breath with no turn ("yes, no, i don't know", "yes and no") is unsure."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import played
from tta_server.world.replies import Reading, stance


def _juno(text: str) -> str:
    """How the game read ``text`` said to Juno's question about her page."""
    result = played("ember_library", "reading-room", ["talk to juno", text])
    [step] = result.steps
    assert step.outcome.facts.get("question") == "belong", step.outcome.message_key
    return str(step.outcome.facts["reading"])


@pytest.mark.parametrize(
    "text",
    [
        "yes!! being the new one is tough. can they tell? no! no one is watching you",
        "yes... actually no, they can't",
        "yeah. wait, no. no they cant",
        "yes, well, actually no",
        "yep! oh wait, no. nobody can",
        "sure. i mean no!",
    ],
)
def test_a_yes_turned_to_no_later_is_no(text: str) -> None:
    assert _juno(text) == "kind"


@pytest.mark.parametrize("text", ["no. i mean yes", "nope, actually yes", "no wait, yes"])
def test_a_no_turned_to_yes_later_is_yes(text: str) -> None:
    assert _juno(text) == "unkind"


@pytest.mark.parametrize("text", ["yes, no, i dont know", "yes and no", "no or yes, who can say"])
def test_both_at_once_is_unsure(text: str) -> None:
    assert _juno(text) == "unsure"


@pytest.mark.parametrize("text", ["yes", "yes, they can", "no", "no! nobody", "of course not"])
def test_one_stance_is_read_as_said(text: str) -> None:
    assert _juno(text) == ("unkind" if text.startswith("yes") else "kind")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("yes! where is she?", {Reading.YES}),  # a question after it changes nothing
        ("yes, lets check together. what do you know?", {Reading.YES}),
        ("of course not", {Reading.NO}),
        ("ok i go north", set()),
        ("yeah, actually no", {Reading.NO}),
    ],
)
def test_the_stance_of_words(text: str, read: set[Reading]) -> None:
    assert set(stance(text)) == read


def test_a_yes_turned_to_no_to_rue_is_a_no() -> None:
    rue = played("lantern_coast", "tea-hut", ["ask rue about the lighthouse", "yes. actually no"])
    assert "reply:rue:try" not in rue.state.done
