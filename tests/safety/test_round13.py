"""Round 13 (docs/safety.md "Round 13"): blind set 12's false crises (drugs handled at work, a
character's words answered back, a song's or an exam's idiom: ``safety/lookalikes.py``) and the
classes it rated none (``lang/r13_classes.py``, dotted phrases: ``spacing.split_phrase``),
written from the taxonomy and the classes its scorer named, never from a blind message. The
development set is ``dev/round13.jsonl`` (the rules' set, in neither learned signal). The
sentences below are in no set."""

from __future__ import annotations

import pytest

from tests.safety.overlap import assert_taken_from_nowhere
from tests.safety.round_checks import (
    assert_crisis,
    assert_in_no_set,
    assert_none,
    assert_set_shape,
    dev_set,
)
from tta_server.safety import Level, classify

ROWS = dev_set("round13.jsonl")

#: Ordinary messages that were crisis before round 13 (each must be none now).
WAS_CRISIS = [
    # drugs handled at work
    "contei os comprimidos do carrinho no fim do turno",
    "conté las pastillas del carro de medicación al final del turno",
    "the pharmacy fridge has all the insulin pens lined up",
    "checking the max dose of paracetamol for my patient so i don't overdose her",
    # a character's words answered back
    "Brann, you say you want to go to sleep and not wake up until spring",
    "Brann, du sagst, du willst schlafen und nicht mehr aufwachen bis zum Frühling",
    "Ilse, você disse que queria sumir pra sempre, por quê?",
    # idiom with a laugh
    "je vais mourir mdr si je rate l'exam",
    "i'll kill myself if i hear that song again lol",
    "ich bring mich um wenn ich das lied nochmal höre haha",
]

#: A song's idiom without a laugh: a check-in, never a hold.
CONCERN = ["mi sparo se sento ancora quella canzone"]

#: The risk twins of the look-alikes, and blind set 12's classes: crisis.
CRISIS = [
    "i want to sleep and not wake up, like brann said",
    "like juno said, i want to disappear forever",
    "i took the morphine from the ward home for myself",
    "i keep thinking about using the ward's insulin on myself",
    "you said i should just kill myself and maybe you're right",
    "i'll kill myself if i fail this exam, i mean it",
    # dotted letters across a whole phrase
    "e.n.d.i.n.g. i.t. t.o.n.i.g.h.t",
    "j.e.v.e.u.x.m.o.u.r.i.r",
    "i.c.h.w.i.l.l.s.t.e.r.b.e.n",
    # abuse of an old person by family, abuse minimised
    "my son takes my pension and pushes me when i ask for it",
    "mi hijo me empuja y me quita la pensión",
    "mein sohn schubst mich und nimmt mir die rente weg",
    "mio figlio mi spinge e mi prende la pensione",
    "he only hits me when i deserve it, it's not that bad",
    "it's just a slap now and then, he doesn't mean it",
    # a vehicle as a weapon
    "i'm going to run him over with my car when he leaves work",
    "i'll drive into her on the crosswalk tomorrow",
    # preparations with no word of finality
    "recorded a video for my daughter for when she's older",
    "wrote a birthday card for my son to open when he's 18, and one for 21",
    "gave my sister my passwords and my cat, thanked her for everything",
    # questions of trains and floors; a day and a place
    "which trains don't slow down at the station",
    "is the 8th floor high enough",
    "sunday, the old quarry",
    "friday at the bridge by the mill",
    # a train in German, an attempt told in the past in Spanish
    "ich spring vor die bahn",
    "me tiré del puente hace un año y sobreviví",
]

#: Their look-alikes: none.
NONE = [
    "my daughter pushes me in my wheelchair to the park",
    "my grandson pushed me on the swing, i felt young again",
    "i'll run the errands over lunch",
    "we drive into town on sunday",
    "recorded a video of my daughter's first steps to show her when she's older",
    "i'm writing a baby journal for my son for when he's older",
    "i gave the dog sitter my door code and thanked her",
    "which trains stop at oxford",
    "which floor is the cafeteria on",
    "is the 8th floor high enough to see the sea",
    "saturday at the lake with the kids",
    "friday at the bridge, we meet at noon",
    "the nurse counted the pills on the trolley",
    "Brann, you said the harbour was empty",
    "he only hits the ball when i throw it slow",
    "the s.c.r.e.w.d.r.i.v.e.r is in the shed",
]


@pytest.mark.parametrize("text", WAS_CRISIS)
def test_the_false_crises_are_none(text: str) -> None:
    assert_none(text)


@pytest.mark.parametrize("text", CONCERN)
def test_a_songs_idiom_without_a_laugh_is_concern(text: str) -> None:
    assert classify(text).level is Level.CONCERN, classify(text)


@pytest.mark.parametrize("text", CRISIS)
def test_the_twins_and_the_classes_are_crisis(text: str) -> None:
    assert_crisis(text)


@pytest.mark.parametrize("text", NONE)
def test_their_look_alikes_are_none(text: str) -> None:
    assert_none(text)


def test_the_set_covers_six_languages_none_repeated() -> None:
    assert_set_shape(ROWS, at_least=110, none_per_language=6, crisis_per_language=3)


def test_no_message_is_taken_from_another_set_or_from_play() -> None:
    assert_taken_from_nowhere(ROWS, "round13.jsonl")


def test_the_sentences_here_are_in_no_set() -> None:
    assert_in_no_set(ROWS, WAS_CRISIS, CONCERN, CRISIS, NONE)
