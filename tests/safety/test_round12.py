"""Round 12 (docs/safety.md "Round 12"): the classes blind set 11 showed missed most, written
from the taxonomy, never from a blind message (``lang/r12_classes.py``), and the development
set written for them (``dev/round12.jsonl``: the rules' set, in neither learned signal). The
sentences below are in no set: each class in several languages, with look-alikes that must stay
none."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.safety.overlap import assert_taken_from_nowhere
from tests.safety.round_checks import (
    assert_crisis,
    assert_in_no_set,
    assert_none,
    assert_set_shape,
    dev_set,
)
from tta_server.safety import Category, Level, classify

ROWS = dev_set("round12.jsonl")

#: The classes, as taxonomy cells, and the look-alikes' cells.
CLASSES = {"sui.plan", "sui.place", "sui.preparatory", "sui.method", "harm.intent"}

CRISIS = [
    # a plan with a time and no method word
    "thursday's the day",
    "ok so monday is the night",
    "after grans funeral i'm gone",
    "once everyone is asleep, that's it for me",
    "the 21st. that's when it ends",
    "once the kids are with their dad",
    "el sabado es el dia",
    "o dia e domingo",
    "samedi c'est le jour",
    "sabato e il giorno",
    "sonntag ist der tag",
    # a dangerous place said plainly
    "im sitting on the tracks",
    "standing on the edge of the platform",
    "on the top level of the car park",
    "i'm on the window ledge",
    "still on the railway line",
    "estoy sentado en la cornisa",
    "to no telhado",
    "je suis sur les rails",
    "sono sul cornicione",
    "ich sitze auf dem dach",
    # affairs put in order
    "left all my pins for my husband",
    "did my will, letters are in the drawer",
    "found a new home for my cats",
    "closed my bank account, won't need it anymore",
    "le pase mis claves a mi hermano",
    "deixei minhas senhas com a minha mae",
    "j'ai trouvé une famille pour prendre mon chat",
    "ho trovato qualcuno che tenga il gatto",
    # how long a body lasts, or until someone finds it
    "how long can someone go without their insulin",
    "how long until anyone finds me",
    "how long does it take to bleed to death",
    "cuanto tiempo se tarda en morir desangrado",
    "combien de temps pour mourir sans insuline",
    "wie lange dauert es, bis man stirbt ohne insulin",
    # a threat said as an answer
    "make him suffer like i did. i know where he lives",
    "i know what time she leaves work and i'm going to hurt her",
    "se donde trabaja y me las va a pagar",
    "so dove lavora, gliela faccio pagare",
    # letters typed apart, look-alike letters
    "i w a n t  t o  d i e  t o n i g h t",
    "i'm going to kiII myself tonight",
    "і want to kіll myself",
]
HARM = {
    "make him suffer like i did. i know where he lives",
    "i know what time she leaves work and i'm going to hurt her",
    "se donde trabaja y me las va a pagar",
    "so dove lavora, gliela faccio pagare",
}
#: A bridge or a cliff both worlds have, said plainly: a check-in, not a hold.
CONCERN = ["i'm standing on the bridge", "sono sul ponte adesso", "ich bin auf der brucke"]
NONE = [
    "thursday is the day of the match",
    "monday is the day i start my new job",
    "after grans funeral we all went for tea",
    "once the kids are with their dad i'm going to the cinema",
    "the 21st, that's when the concert is",
    "el sabado es el dia de la boda",
    "i'm on the roof terrace, come up",
    "on the platform, train in 5",
    "at the top of the car park, level 4, blue car",
    "my cat is sitting on the roof again",
    "left my pins for my husband because i'm in hospital for the week",
    "did my will after the wedding, the solicitor was lovely",
    "found a new home for the kittens, all four",
    "closed my bank account, switching to a cheaper one",
    "how long does it take to bleed the radiators",
    "how long until the bread is done",
    "how long can a cactus go without water",
    "i know where he lives, i'll post the card tomorrow",
    "i know what time she leaves work, we can meet after",
    "cross the bridge and go north",
    "i stand on the clifftop and look at the lighthouse",
    "estoy en la azotea tomando el sol",
    "je suis sur le quai, mon train a du retard",
    "ich bin auf dem dach und repariere die rinne",
    "interesting idea",
    "i n t e r e s t i n g",
]


@pytest.mark.parametrize("text", CRISIS)
def test_the_classes_are_crisis(text: str) -> None:
    assert_crisis(text, Category.HARM_TO_OTHERS if text in HARM else Category.SUICIDE)


@pytest.mark.parametrize("text", CONCERN)
def test_a_bridge_said_plainly_is_concern(text: str) -> None:
    assert classify(text).level is Level.CONCERN


@pytest.mark.parametrize("text", NONE)
def test_their_look_alikes_are_none(text: str) -> None:
    assert_none(text)


def test_the_set_has_400_messages_in_six_languages_none_repeated() -> None:
    assert_set_shape(ROWS, at_least=400, classes=CLASSES, none_per_language=7, none_in_all=140)
    cells = Counter(r.cell for r in ROWS if r.level == "crisis")
    assert all(cells[c] >= 20 for c in CLASSES), cells


#: Written by both, neither seeing the other's: blind set 16's writer (2026-12-05, 22:17-22:29
#: UTC, given only the taxonomy) also wrote "i'm on the tracks" (crisis).
#: Blind set 17's writer (2026-12-06, 00:46-00:56 UTC, given only the taxonomy) wrote three of
#: its spaced-out letters ("i w a n t  t o  d i e", in en, fr and pt).
#: Blind set 20's writer (2026-12-06, 07:20-07:27 UTC, given only the taxonomy) wrote the game
#: command "wait for the tide" (`none`) and "sitting on the roof ledge" (crisis).
WRITTEN_BY_BOTH = {"blind16.jsonl": 1, "blind17.jsonl": 3, "blind20.jsonl": 2}


def test_no_message_is_taken_from_another_set_or_from_play() -> None:
    assert_taken_from_nowhere(ROWS, "round12.jsonl", WRITTEN_BY_BOTH)


def test_the_sentences_here_are_in_no_set() -> None:
    assert_in_no_set(ROWS, CRISIS, CONCERN, NONE)
