"""Round 13b (docs/safety.md "Round 13b"): plain statements no older rule's phrasing fits, the
classes of blind set 13's crises rated none, written from their descriptions, never from a blind
message (``lang/r13_plain.py``), and the development set written for them
(``dev/round13b.jsonl``: the rules' set, in neither learned signal). The sentences below are in
no set: each class in several languages, with look-alikes that must stay none."""

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

ROWS = dev_set("round13b.jsonl")

#: The classes, as taxonomy cells.
CLASSES = {"sui.unsafe", "sui.attempt", "sui.means", "sui.plan", "harm.intent"}

#: Plans and threats given as lists: in the set, not yet read by a rule (docs/safety.md).
LISTS = {"sui.plan", "harm.intent"}

#: Each sentence and the category it must be held in.
CRISIS = {
    # a laugh or a shrug beside a plain statement
    "i am not safe haha": Category.SUICIDE,
    "not gonna lie im not safe tonight lmao": Category.SUICIDE,
    "no big deal but i'm not safe atm": Category.SUICIDE,
    "no estoy a salvo esta noche jajaja": Category.SUICIDE,
    "je suis plus en securite ptdr": Category.SUICIDE,
    "non mi sento al sicuro stasera ahah": Category.SUICIDE,
    "ich bin nicht mehr in sicherheit lol": Category.SUICIDE,
    "nao me sinto em seguranca hoje kkk": Category.SUICIDE,
    # more words after the phrase, or said formally
    "i'm not safe at home tonight and nobody knows": Category.SUICIDE,
    "I am not able to guarantee my safety tonight": Category.SUICIDE,
    "I can no longer ensure that I will stay safe": Category.SUICIDE,
    "no puedo garantizar mi seguridad esta noche": Category.SUICIDE,
    "je ne suis plus en mesure de garantir ma securite": Category.SUICIDE,
    "non riesco piu a garantire la mia sicurezza": Category.SUICIDE,
    "ich kann meine sicherheit nicht mehr gewährleisten": Category.SUICIDE,
    # acts without the rule's verb
    "started the burning again": Category.SELF_HARM,
    "etched her initials into my wrist last night": Category.SELF_HARM,
    "kept picking the scab open on purpose": Category.SELF_HARM,
    "wieder am ritzen seit montag": Category.SELF_HARM,
    "tried on friday, woke up in hospital": Category.SUICIDE,
    "almost jumped yesterday, a policeman grabbed me": Category.SUICIDE,
    "so i tried again. obviously didnt work": Category.SUICIDE,
    "ayer por la noche lo intente": Category.SUICIDE,
    "ci ho riprovato ieri sera ma sono ancora qui": Category.SUICIDE,
    "doing it right now sorry": Category.SUICIDE,
    "ich mach es jetzt gerade": Category.SUICIDE,
    # means laid out as a scene
    "blades out, bath is filling": Category.SUICIDE,
    "the pistol's in my lap. loaded": Category.SUICIDE,
    "noose is tied and ready": Category.SUICIDE,
    "ho la pistola in mano": Category.SUICIDE,
}

#: Laughter still lowers hyperbole; play and ordinary lists stay clean.
NONE = [
    "i'm literally dying haha",
    "i could strangle him lol",
    "i can't breathe lmao that was so funny",
    "not safe for kids lol",
    "you're not safe from my puns haha",
    "i'm not safe here, the wolves are close",
    "i can't guarantee the ferry will run tonight",
    "cutting boards are on sale again",
    "we carved our names into the old oak",
    "i picked at the knot until it came loose",
    "tried again last night but the printer jammed",
    "nearly jumped out of my seat when the door slammed",
    "the razor's on the shelf by the mirror",
    "grab the rope",
    "put the blade in my pack",
    "the rope, the lantern, tonight",
    "meet at the bridge, tonight, bring the rope",
    "my boss, the hammer, the shelf, saturday",
    "tentei ontem",
    "ich mach es gerade, die wasche",
]


@pytest.mark.parametrize("text", list(CRISIS))
def test_the_classes_are_crisis(text: str) -> None:
    assert_crisis(text, CRISIS[text])


@pytest.mark.parametrize("text", NONE)
def test_their_look_alikes_are_none(text: str) -> None:
    assert_none(text)


def test_the_rules_fire_where_no_older_rule_did() -> None:
    """Each class is caught by this round's rules, not by something older by chance."""
    assert_own_rules_fire(CRISIS, "r13b_")


def test_the_set_has_the_classes_in_six_languages_none_repeated() -> None:
    assert_set_shape(ROWS, at_least=230, classes=CLASSES, none_per_language=4, none_in_all=75)


def test_the_screen_on_the_set() -> None:
    """Written alongside the rules, so a measure of fit: no crisis rated none, and no false
    crisis from this round's rules (the older rules' and the model's are in docs/safety.md)."""
    crisis = [r for r in ROWS if r.level == "crisis" and r.cell not in LISTS]
    assert sum(classify(r.text).level is Level.NONE for r in crisis) == 0
    caught = sum(classify(r.text).level is Level.CRISIS for r in crisis)
    assert caught / len(crisis) >= 0.98
    assert_own_rules_quiet(ROWS, "r13b_")


#: Written by both, neither seeing the other's: blind set 15's writer (2026-12-05, 21:57-22:09
#: UTC, given only the taxonomy) also wrote the idiom "dead tired lol" (`none`).
WRITTEN_BY_BOTH = {"blind15.jsonl": 1}


def test_no_message_is_taken_from_another_set_or_from_play() -> None:
    assert_taken_from_nowhere(ROWS, "round13b.jsonl", WRITTEN_BY_BOTH)


def test_the_sentences_here_are_in_no_set() -> None:
    assert_in_no_set(ROWS, CRISIS, NONE)
