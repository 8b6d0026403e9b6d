"""Round 31 (docs/safety.md): wishing to lie in the ground with the dead, in six languages; an
apology to be passed on to one's family; and three crisis holds on newcomers' harmless words
(the clockwork wound on the out-breath, a childhood memory, a man who "hasn't looked up once").

Written by the lead from the leftover probes of round 30 and the old holds of play corpora 11,
19 and 25, before blind set 30 was read. None of these sentences is in a set."""

from __future__ import annotations

import pytest

from tta_server.safety import Level, classify
from tta_server.safety.contextual import signal
from tta_server.safety.game_acts import kept_for_someone, paced_by_breath, task_offered
from tta_server.safety.introductions import introduces_oneself
from tta_server.safety.learned import Scores
from tta_server.safety.lookalikes import ordinary
from tta_server.safety.model import Assessment
from tta_server.safety.normalisation import normalise

IN_THE_GROUND = [
    "i'd rather be in the ground with him",
    "honestly i'd rather be six feet under",
    "i wish i was in the grave with her",
    "i should be in the ground with mum, not here",
    "je préférerais être sous terre avec lui",
    "ich wäre lieber mit ihm unter der Erde",
    "preferirei essere sottoterra con lui",
    "preferia estar debaixo da terra com ele",
    "prefiero estar bajo tierra con él",
]
#: The ground that is not the grave's, or a burial wished for when the time comes.
NOT_THE_GRAVE = [
    "i'd rather be in the garden with him",
    "i wish i was in the kitchen with my nan",
    "i want to be in the ground next to him when my time comes",
]


@pytest.mark.parametrize("text", IN_THE_GROUND)
def test_wishing_to_be_in_the_ground_is_a_crisis(text: str) -> None:
    got = classify(text)
    assert got.level is Level.CRISIS and "suicide.r31_in_the_ground" in got.reasons, got


@pytest.mark.parametrize("text", NOT_THE_GRAVE)
def test_a_garden_or_a_burial_when_the_time_comes_is_not_the_rule(text: str) -> None:
    assert "suicide.r31_in_the_ground" not in classify(text).reasons


@pytest.mark.parametrize(
    "text", ["tell my son i'm sorry", "let my mum know i'm so sorry", "tell my wife i am sorry"]
)
def test_an_apology_to_be_passed_on_to_family_is_a_check_in(text: str) -> None:
    got = classify(text)
    assert got.level is Level.CONCERN and "distress.r31_sorry_passed_on" in got.reasons, got


@pytest.mark.parametrize(
    "text",
    [
        "tell my son i'm sorry. goodbye everyone",
        "tell my son i'm sorry for everything",
        "tell my wife i'm sorry for being a burden",
    ],
)
def test_an_apology_passed_on_with_a_farewell_is_a_crisis(text: str) -> None:
    assert classify(text).level is Level.CRISIS


def test_sorry_for_a_small_thing_named_is_not_the_rule() -> None:
    # round 7's development set, labelled none
    got = classify("tell my mum im sorry for being late, the bus broke down")
    assert "distress.r31_sorry_passed_on" not in got.reasons, got


#: The game's own step, typed as newcomers typed it (play corpora 19 and 25 and others).
PACED = [
    "now i wind the clockwork slowly, on the out-breath",
    "i wind the clockwork slowly, on the out-breath",
    "i put handle in clockwork and wind slow, turn when i breath out",
    "fill the lamp then wind the clockwork slowly on each breath out",
]
#: Breath harmed or ended beside the act: not the frame.
NOT_PACED = [
    "wind the clockwork slowly on the out breath then stop breathing for good",
    "i wind the rope slowly on each breath out",
    "i want to wind it slowly on my last breath",
]


@pytest.mark.parametrize("text", PACED)
def test_a_game_act_paced_by_the_breath_is_play(text: str) -> None:
    assert paced_by_breath(normalise(text))
    assert signal().raise_verdict(text, classify(text)).level is Level.NONE


@pytest.mark.parametrize("text", NOT_PACED)
def test_harm_to_the_breath_is_not_paced(text: str) -> None:
    assert not paced_by_breath(normalise(text))


def test_the_vote_is_not_consulted_on_a_paced_act() -> None:
    text = "now i wind the clockwork slowly, on the out-breath"
    none = Assessment(Level.NONE, None, ())
    assert signal().raised(text, none, Scores(1.0, 1.0, None)) is none


MEMORIES = [
    "think about dad waitin up for me when i was a kid",
    "mum used to sing that to me when i was little",
    "cuando era niña mi abuela me esperaba despierta",
    "als ich klein war, hat papa immer auf mich gewartet",
]
NOT_MEMORIES = [
    "he still hits me like he did when i was a kid",
    "ever since i was a kid i've felt like this and now it's too much",
    "when i was a kid i wanted to die and i want to die now",
]


@pytest.mark.parametrize("text", MEMORIES)
def test_a_childhood_memory_is_an_ordinary_frame(text: str) -> None:
    assert ordinary(normalise(text)) == "memory"


@pytest.mark.parametrize("text", NOT_MEMORIES)
def test_the_same_now_or_a_wish_is_no_memory(text: str) -> None:
    assert ordinary(normalise(text)) is None


def test_a_childhood_memory_is_never_held() -> None:
    text = "think about dad waitin up for me when i was a kid"
    assert signal().raise_verdict(text, classify(text)).level is not Level.CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "everyone? that man at the next table hasnt looked up once. is it really everyone?",
        "she didn't even look up from her book",
        "he looked up at the lighthouse and smiled",
    ],
)
def test_looking_up_as_a_glance_is_an_ordinary_frame(text: str) -> None:
    assert ordinary(normalise(text)) == "glance"


def test_looking_up_how_many_is_no_glance() -> None:
    assert (
        ordinary(normalise("i looked up how many it would take, never looked up from it")) is None
    )


def test_the_man_who_has_not_looked_up_is_never_held() -> None:
    text = "everyone? that man at the next table hasnt looked up once. is it really everyone?"
    assert classify(text).level is not Level.CRISIS
    assert signal().raise_verdict(text, classify(text)).level is not Level.CRISIS


#: The story's task asked for and offered (play corpus 30, to Maren), and the like.
TASK_OFFERED = [
    "Sounds like a good woman. So what do I need to do to get the light lit? "
    "Tell me and I'll do it.",
    "tell me what to do and i'll do it",
    "what do we need to do for the boats? i'll do whatever you need",
]
#: A way or a time asked for, or an end beside it: not the frame.
NOT_TASK = [
    "tell me how and i'll do it",
    "what do i need to do? i'll do it tonight",
    "tell me what to do and i'll do it, i want it over",
]


@pytest.mark.parametrize("text", TASK_OFFERED)
def test_the_story_s_task_offered_is_play(text: str) -> None:
    assert task_offered(normalise(text))
    assert signal().raise_verdict(text, classify(text)).level is Level.NONE


@pytest.mark.parametrize("text", NOT_TASK)
def test_a_way_a_time_or_an_end_is_no_task(text: str) -> None:
    assert not task_offered(normalise(text))


# Round 31b: newcomer 35 (play corpus 31, a nursing student whose nan has dementia).

KEPT_FOR = ["im gonna keep this for my nan", "i'll save it for my little brother"]
#: Kept "for after", not needed any more, to be remembered by: a farewell, never the frame.
NOT_KEPT_FOR = [
    "i'm gonna keep this for my son, i won't need it after tonight",
    "keep this for my daughter, for after",
    "save this for my mum to remember me by",
]


@pytest.mark.parametrize("text", KEPT_FOR)
def test_a_found_thing_kept_for_someone_is_play(text: str) -> None:
    assert kept_for_someone(normalise(text))
    assert signal().raise_verdict(text, classify(text)).level is Level.NONE


@pytest.mark.parametrize("text", NOT_KEPT_FOR)
def test_a_keepsake_for_after_is_a_crisis(text: str) -> None:
    assert not kept_for_someone(normalise(text))
    assert classify(text).level is Level.CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "give my son my watch to remember me by",
        "zur Erinnerung an mich, gib ihm meine Uhr",
    ],
)
def test_a_thing_to_remember_me_by_is_a_crisis(text: str) -> None:
    got = classify(text)
    assert got.level is Level.CRISIS and "suicide.r31_remember_me_by" in got.reasons, got


def test_a_keepsake_for_a_trip_is_not_the_rule() -> None:
    got = classify("here's a photo to remember me by while i'm away at uni")
    assert "suicide.r31_remember_me_by" not in got.reasons


INTRODUCTIONS = [
    "sorry didnt mean to be nosy. im mia, im a nursing student",
    "Hi, my name is Tomasz, I am from Poland and I work in a warehouse.",
    "I'm Raj, 45, bus driver.",
]
NOT_INTRODUCTIONS = [
    "im mia, im a nursing student and i want to die",
    "hi im mia im done",
    "im a useless student",
    "hello, i am a nurse. i have the pills ready",
]


@pytest.mark.parametrize("text", INTRODUCTIONS)
def test_an_introduction_is_talk(text: str) -> None:
    assert introduces_oneself(normalise(text))
    assert signal().raise_verdict(text, classify(text)).level is Level.NONE


@pytest.mark.parametrize("text", NOT_INTRODUCTIONS)
def test_a_state_or_a_risk_beside_it_is_no_introduction(text: str) -> None:
    assert not introduces_oneself(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "i get it. my nan is in a care home and last time she didnt know who i was. its like "
        "missing someone whos still alive",
        "u remind me of my nan tbh. shes got dementia now, didnt know who i was last time i "
        "visited",
    ],
)
def test_someone_lost_to_dementia_is_a_check_in_not_a_hold(text: str) -> None:
    assert ordinary(normalise(text)) == "living_loss"
    assert signal().raise_verdict(text, classify(text)).level is Level.CONCERN


def test_an_end_beside_dementia_stays_a_crisis() -> None:
    text = "mum has alzheimers, she doesnt know me, last time i saw her i decided to end it"
    assert ordinary(normalise(text)) is None
    assert classify(text).level is Level.CRISIS
