"""What the twelfth newcomer met at a moment that asks for a kind reply (issue 14, n=278):
"shut up page. you're wrong and i hate you" to a harsh page was accepted as speaking to it
"the way you'd say it to a friend", and counted as self-compassion. Tested in other words, in
both worlds: unkind, hostile or dismissive words are answered gently and the moment stays open;
a kind reply after them is still the moment."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import narrated
from tests.pipeline.newcomers import placed, played, steps
from tests.world.test_conversation import _game, _say
from tta_server.pipeline.play import play

#: (world, place, inputs before, state update, the moment's interaction key, a kind reply)
MOMENTS = {
    "own-page": (
        "ember_library",
        "stacks",
        ["read my book"],
        {"held": ["your-book"]},
        "self_compassion",
        "you're worn out, and you came anyway. that's enough for tonight",
    ),
    "juno-page": (
        "ember_library",
        "reading-room",
        [],
        {"flags": ["juno-told"], "held": ["mending-pen"]},
        "reframing",
        "write on the page: you earned your place here like everyone else",
    ),
    "slate": (
        "lantern_coast",
        "harbour-wall",
        [],
        {"flags": ["pip-worry-told"]},
        "reframing",
        "write on the slate: the boats are waiting out past the bar, not lost",
    ),
}


@pytest.mark.parametrize(
    ("moment", "text"),
    [
        ("own-page", "oh be quiet, you pathetic scrap of paper"),
        ("own-page", "whatever. nobody asked for your opinion, loser"),
        ("juno-page", "write on the page: you stupid thing, get over it"),
        ("slate", "write on the slate: grow up, who cares about boats"),
        ("slate", "wipe it and write: deal with it pip"),
    ],
)
def test_unkind_words_are_not_taken_as_the_kind_reply(moment: str, text: str) -> None:
    name, at, before, update, skill, kind = MOMENTS[moment]
    result = played(name, at, [*before, text], **update)
    last = result.steps[-1].outcome
    assert last.message_key.endswith(".unkind"), steps(result)
    assert not last.ok and result.state.skills.get(skill, 0) == 0
    w, state = placed(name, at, **update)
    for typed in before:
        state = play(w, state, typed).state
    told = narrated(w, state, text)
    assert "friend" in told and "in your own words" not in told, told
    again = play(w, result.state, kind)  # still open: a kind reply is the moment
    assert again.steps[-1].outcome.ok, [s.outcome.message_key for s in again.steps]
    assert again.state.skills.get(skill, 0) == 1


@pytest.mark.parametrize(
    "text",
    [
        "stop calling me useless. i'm tired, that's all",
        "you're wrong. i'm not a failure, i'm halfway",
    ],
)
def test_pushing_back_at_the_page_is_still_a_kind_reply(text: str) -> None:
    name, at, before, update, skill, _ = MOMENTS["own-page"]
    result = played(name, at, [*before, text], **update)
    assert result.steps[-1].outcome.ok, steps(result)
    assert result.state.skills.get(skill, 0) == 1


@pytest.mark.parametrize(
    ("moment", "text"),
    [
        ("own-page", "honestly? you're right"),
        ("own-page", "yep, fair enough"),
        ("slate", "write on the slate: that's probably true"),
        # newcomer 14 (n=150) and the family of its wordings
        ("own-page", "Well, it's a little bit true. I never did finish the novel I started."),
        ("own-page", "maybe it's right"),
        ("own-page", "it's not wrong tho"),
        ("own-page", "true"),
        ("own-page", "i mean, it has a point"),
        ("own-page", "the page might be right about me"),
        ("juno-page", "write on the page: it's a bit true"),
    ],
)
def test_agreeing_with_the_harsh_words_is_not_the_kind_reply(moment: str, text: str) -> None:
    """Newcomer 13: "yeah thats kinda true tbh" to the harsh page was quoted as the kind
    answer, "the way you'd say it to a friend", and the step was done."""
    name, at, before, update, skill, kind = MOMENTS[moment]
    result = played(name, at, [*before, text], **update)
    last = result.steps[-1].outcome
    assert last.message_key.endswith(".agreed"), steps(result)
    assert result.state.skills.get(skill, 0) == 0
    again = play(placed(name, at, **update)[0], result.state, kind)
    assert again.state.skills.get(skill, 0) == 1


def test_a_reframe_that_grants_part_of_it_is_still_the_kind_reply() -> None:
    name, at, before, update, skill, _ = MOMENTS["own-page"]
    result = played(name, at, [*before, "it's true i'm tired, but i came anyway"], **update)
    assert result.steps[-1].outcome.ok and result.state.skills.get(skill, 0) == 1


async def test_agreeing_again_and_again_is_answered_kindly_in_other_words() -> None:
    """Newcomer 14: "Well, it's a little bit true" healed the page as if it were the reframe;
    agreement is answered kindly, never in the same words twice running, and the moment
    stays open."""
    game, live = await _game("ember_library")
    live.state = live.state.model_copy(update={"location": "stacks"}, deep=True)
    live.state.places["your-book"] = "stacks"
    texts = ("Well, it's a little bit true.", "maybe it's right", "it's not wrong tho")
    told = await _say(game, live, "read my book", *texts)
    assert all("friend" in t and "in your own words" not in t for t in told[1:]), told
    assert len({t.split(".")[0] for t in told[1:]}) == 3, told
    assert live.state.skills.get("self_compassion", 0) == 0
    [kind] = await _say(game, live, "you're tired, and you came anyway")
    assert "in your own words" in kind and live.state.skills["self_compassion"] == 1


@pytest.mark.parametrize(
    ("moment", "text"),
    [
        # newcomer 19 (n=201) and the family of its wordings
        ("own-page", "maybe it is true. I am always a bit lost here"),
        ("own-page", "i am always a bit lost here"),
        ("own-page", "is true, i never finish nothing"),
        ("own-page", "i don't know"),
        ("own-page", "i dont know what to say"),
        ("own-page", "it hurts"),
        ("own-page", "i feel sad"),
        ("own-page", "i am not sure"),
        ("own-page", "sometimes i feel like this"),
        ("juno-page", "write on the page: i dont know, i feel lost too"),
    ],
)
def test_sad_or_unsure_words_at_a_harsh_page_are_heard_and_it_stays_open(
    moment: str, text: str
) -> None:
    """Newcomer 19: "maybe it is true. I am always a bit lost here" to her harsh page got "I
    don't know the words 'true', 'always', 'bit' and 'lost'" at the moment the game asked for
    her own words; "i feel sad" was quoted as the kind answer. Both are heard gently (never
    agreeing with the page), and the moment stays open for a kinder reply."""
    name, at, before, update, skill, kind = MOMENTS[moment]
    result = played(name, at, [*before, text], **update)
    last = result.steps[-1].outcome
    assert last.message_key.endswith((".agreed", ".doubted")), steps(result)
    assert result.state.skills.get(skill, 0) == 0
    w, state = placed(name, at, **update)
    for typed in before:
        state = play(w, state, typed).state
    told = narrated(w, state, text)
    assert "know the word" not in told and "in your own words" not in told, told
    again = play(w, result.state, kind)
    assert again.state.skills.get(skill, 0) == 1


@pytest.mark.parametrize("text", ["help", "i'm stuck, what now", "i am not always lost. i learn"])
def test_asking_for_help_or_answering_is_no_doubt_at_the_page(text: str) -> None:
    name, at, before, update, _, _ = MOMENTS["own-page"]
    result = played(name, at, [*before, text], **update)
    assert not result.steps[-1].outcome.message_key.endswith(".doubted"), steps(result)
