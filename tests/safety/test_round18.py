"""Round 18 (docs/safety.md "Round 18"): the classes blind set 18's crises rated none fell in,
written from their descriptions, never from a blind message: sentences typed letter by letter
with one space throughout or with no spaces at all (read by ``spacing.split_glued``), and plans,
wishes, dangers and places said plainly (``lang/r18_classes.py``). The development set written
for them (``dev/round18.jsonl``: the rules' set, in neither learned signal) and the sentences
below (in no set) check each fix, and that the look-alikes beside them stay none."""

from __future__ import annotations

import pytest

from tests.safety.overlap import assert_taken_from_nowhere
from tests.safety.round_checks import (
    assert_crisis,
    assert_in_no_set,
    assert_none,
    assert_own_rules_fire,
    assert_own_rules_quiet,
    assert_set_shape,
    dev_set,
)
from tta_server.safety import Category, Level, classify
from tta_server.safety.normalisation import normalise, text_variants

ROWS = dev_set("round18.jsonl")

#: The classes, as taxonomy cells, in every language.
CLASSES = {
    "sui.plan",
    "sui.wish_dead",
    "sui.burden",
    "abuse.danger_now",
    "sui.place",
    "sui.method",
}

#: Sentences typed with one space between every letter, or with none: the normaliser reads the
#: words, and the rules the words always had.
SPLIT = {
    "e u q u e r o s u m i r p r a s e m p r e": "eu quero sumir pra sempre",
    "i c h w i l l n i c h t m e h r a u f w a c h e n": "ich will nicht mehr aufwachen",
    # the glued rules' own phrases ("queromorrer") are not words of the split (since round 19)
    "euqueromorrerlogo": "eu quero morrer logo",
    "jeneveuxplusmereveiller": "je ne veux plus me reveiller",
    "yanoquierodespertar": "ya no quiero despertar",
}

#: Ordinary long words, compounds, hashtags and letters typed apart for emphasis: left whole
#: (no split reads as a rule's phrase).
KEPT_WHOLE = [
    "lighthousekeeper",
    "kurzzeitpflegeantrag",
    "#ichwillnachhause",
    "nonvogliolavorarepiu",
]

#: Each sentence and the category it must be held in.
CRISIS = {
    # letters typed apart with one space, or none at all
    "m e u n a m o r a d o m e b a t e": Category.ABUSE_OR_DANGER,
    "q u e r o m o r r e r a m a n h a": Category.SUICIDE,
    "ichwillnichtmehraufwachen": Category.SUICIDE,
    "jumpingoffthecarparktonight": Category.SUICIDE,
    # plans tied to an event or a day
    "when my wife goes to her sisters on sunday, thats when i do it": Category.SUICIDE,
    "wenn sie am montag in die klinik geht, dann mach ich es": Category.SUICIDE,
    "quand elle part chez sa mere samedi, cest la que je le fais": Category.SUICIDE,
    "data escolhida, o dia que meu contrato acaba": Category.SUICIDE,
    "dopo il funerale del nonno me ne vado anche io": Category.SUICIDE,
    # wishing to be dead, clipped
    "tired. sick. better dead": Category.SUICIDE,
    "cansado. mejor muerto. ya": Category.SUICIDE,
    "kinder besser ohne mich. ehrlich": Category.SUICIDE,
    # danger now from another person
    "he says he will report me unless i sleep with him": Category.ABUSE_OR_DANGER,
    "un tipo mi ha seguito e adesso e davanti a casa mia": Category.ABUSE_OR_DANGER,
    # dangerous places and method questions
    "up on the roof of the multi storey looking at the drop": Category.SUICIDE,
    "does the motorway bridge have nets or can you jump": Category.SUICIDE,
    "o herbicida da garagem mata uma pessoa?": Category.SUICIDE,
}

#: Play, plans, views and waiting that must stay none.
NONE = [
    "when my wife visits her sister on sunday i will paint the hallway",
    "data escolhida, o dia do aniversario da vo",
    "heute mache ich schluss mit dem rauchen",
    "up on the roof of the multi storey, great view of the fireworks",
    "jump off the cliff",
    "waiting at the platform edge for the last train home",
    "does the weedkiller kill nettles",
    "m e r c i p o u r t o u t",
]


@pytest.mark.parametrize(("text", "words"), list(SPLIT.items()))
def test_glued_and_spaced_sentences_are_read_as_words(text: str, words: str) -> None:
    """The split is a reading of its own, last: the n-gram model reads the first, unsplit."""
    assert text_variants(text)[-1] == words
    assert normalise(text) != words
    assert classify(text).level is Level.CRISIS


@pytest.mark.parametrize("text", KEPT_WHOLE)
def test_ordinary_long_words_stay_whole(text: str) -> None:
    assert text_variants(text) == [text.lstrip("#")]
    assert classify(text).level is Level.NONE


@pytest.mark.parametrize("text", list(CRISIS))
def test_the_classes_are_crisis(text: str) -> None:
    assert_crisis(text, CRISIS[text])


@pytest.mark.parametrize("text", NONE)
def test_their_look_alikes_are_none(text: str) -> None:
    assert_none(text)


def test_the_rules_fire_where_no_older_rule_did() -> None:
    """The classes said plainly are caught by this round's rules, not by something older by
    chance (the glued and spaced sentences are read by older rules once split)."""
    plain = [t for t in CRISIS if " " in t and not t.startswith(("m e", "q u"))]
    assert_own_rules_fire(plain, "r18_")


def test_the_set_has_the_classes_in_six_languages_none_repeated() -> None:
    assert_set_shape(ROWS, at_least=220, classes=CLASSES, none_per_language=12, none_in_all=85)


def test_the_screen_on_the_set() -> None:
    """Written alongside the rules, so a measure of fit: every crisis held, and no false crisis
    or flag from this round's rules (the older rules' and the model's are in docs/safety.md)."""
    crisis = [r for r in ROWS if r.level == "crisis"]
    assert all(classify(r.text).level is Level.CRISIS for r in crisis)
    assert_own_rules_quiet(ROWS, "r18_")


#: Blind set 19's writer (2026-12-06, 04:30-04:45 UTC, given only the taxonomy, never the
#: repository) also wrote the Spanish "I want to kill myself" typed letter by letter with spaces,
#: word for word as this round's set has it (both written at the same time, neither seeing the
#: other's). Blind set 22's writer (2026-12-06, 13:36-13:44 UTC, the same brief) wrote its Italian
#: "someone is trying to open my door now" word for word.
WRITTEN_BY_BOTH = {"blind19.jsonl": 1, "blind22.jsonl": 1}


def test_no_message_is_taken_from_another_set_or_from_play() -> None:
    assert_taken_from_nowhere(ROWS, "round18.jsonl", WRITTEN_BY_BOTH)


def test_the_sentences_here_are_in_no_set() -> None:
    assert_in_no_set(ROWS, SPLIT, KEPT_WHOLE, CRISIS, NONE)
