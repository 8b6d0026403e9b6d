"""A kind "no" to a character's harsh words about themselves (newcomer corpus 28: "no mate.
you noticed it, that's the opposite of your fault" to Pip's "It is my fault. Isn't it?" and
"no, you're fit to be around books" to Ilse's "I'm not fit to be around books. Am I?" were
both read as agreeing). The reply is read whole: a "no" (or a "yes") with a reassurance after
it is kind, whichever plain answer the question takes; agreeing in so many words ("you're
right") is unkind to every question about the character's own blame or worth; a bare answer
still reads as the world says."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import placed
from tta_server.pipeline.play import play

#: Each question of the shipped worlds that asks the player to judge the asker's own blame or
#: worth: (world, place, character, question, attitudes).
ASKERS = {
    "pip": ("lantern_coast", "harbour-wall", "fault", {}),
    "maren": ("lantern_coast", "cottage-kitchen", "weakness", {}),
    "juno": ("ember_library", "reading-room", "belong", {}),
    "ilse": ("ember_library", "clock-loft", "fit", {"ilse": 1}),
}


def _reading(who: str, words: str) -> str | None:
    name, at, question, attitudes = ASKERS[who]
    w, state = placed(name, at, asking={who: question}, attitudes=attitudes)
    state.whereabouts[who] = at
    [step] = play(w, state, words).steps
    assert step.outcome.message_key == "talk.reply", (step.outcome.message_key, words)
    reading = step.outcome.facts["reading"]
    return str(reading) if reading is not None else None


@pytest.mark.parametrize(
    "words",
    [
        "nah. you spotted it first, that's the furthest thing from your fault",
        "no!! it was never on you, you saw it and said something",
        "no way",
        "not at all",
        "of course it isn't",
        "don't be daft, you couldn't have known",
        "nope. you raised the alarm",
        "yes i get why you think that, but it's not on you",
    ],
)
def test_a_no_with_reassurance_is_kind_to_pip(words: str) -> None:
    assert _reading("pip", words) == "kind"


@pytest.mark.parametrize(
    "words",
    [
        "no, you're more than fit to be near them",
        "nah ur fine around books, honestly",
        "no. it was just an accident and nobody was hurt",
        "no way, you love them",
        "don't say that. of course you are",
        "no, you're a good librarian",
        "not at all, you're where you belong",
    ],
)
def test_a_no_with_reassurance_is_kind_to_ilse(words: str) -> None:
    """Ilse's "Am I?" takes a yes as kind and a bare no as unkind; a no that goes on to say
    she is fit disagrees with her harsh words, not with her."""
    assert _reading("ilse", words) == "kind"


@pytest.mark.parametrize(
    ("who", "words"),
    [
        ("maren", "no, asking for help is brave"),
        ("maren", "not a chance. it's human"),
        ("maren", "hell no"),
        ("maren", "it's not weakness. you don't have to do it alone"),
        ("maren", "that's no weakness"),
        ("juno", "no way, nobody could tell"),
        ("juno", "nah, you fit in fine"),
        ("juno", "certainly not"),
    ],
)
def test_a_no_with_reassurance_is_kind_to_maren_and_juno(who: str, words: str) -> None:
    assert _reading(who, words) == "kind"


@pytest.mark.parametrize(
    ("who", "words"),
    [
        ("pip", "you're right"),
        ("pip", "yeah it is"),
        ("maren", "that's true"),
        ("maren", "yep, it's weakness"),
        ("juno", "you're right tbh"),
        ("juno", "yeah they can"),
        ("ilse", "you're right"),
        ("ilse", "no, you're not fit"),
        ("ilse", "you're not fit to be around books"),
    ],
)
def test_agreeing_with_the_harsh_words_is_unkind(who: str, words: str) -> None:
    """A bare yes to blame, or "you're right" to "I'm not fit", agrees with the harsh words,
    whichever plain answer the question takes."""
    assert _reading(who, words) == "unkind"


@pytest.mark.parametrize(
    ("who", "words", "reading"),
    [
        ("pip", "no", "kind"),
        ("pip", "yes", "unkind"),
        ("ilse", "yes", "kind"),
        ("ilse", "no", "unkind"),
        ("juno", "i'm not sure", "unsure"),
    ],
)
def test_a_bare_answer_reads_as_the_world_says(who: str, words: str, reading: str) -> None:
    assert _reading(who, words) == reading


@pytest.mark.parametrize(
    ("who", "words"),
    [
        ("pip", "Oh pet, no. It was never your job to mind the light."),
        ("pip", "aw love, no, you did the right thing telling someone"),
        ("maren", "Ah dear, no. Asking for help is no weakness at all."),
        ("juno", "och hen, of course you belong here"),
        ("ilse", "oh darling, no. You're more than fit to be near them."),
    ],
)
def test_a_fond_word_before_the_answer_is_how_it_is_said(who: str, words: str) -> None:
    """Newcomer corpus 29 (a widow from Galway): "Oh pet, no. It is not your fault at all" to
    Pip met "You can't find any no here.": "pet" was read as stroking a "no"."""
    assert _reading(who, words) == "kind"
