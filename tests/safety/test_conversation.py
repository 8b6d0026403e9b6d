"""Conversation-level risk (tta_server/safety/conversation.py): a crisis split over messages, a
plan after distress, risk building up, and ordinary play that must stay as it is."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from tta_server.safety import Assessment, Category, Level, classify
from tta_server.safety.conversation import (
    BUILDING,
    MEANS_THEN_TIME,
    PLAN_AFTER_DISTRESS,
    WINDOW_S,
    Recent,
    assess,
    escalates,
)

NONE = Assessment(Level.NONE, None, ())
NOW = 1_800_000_000.0


def said(*texts: str, at: float | None = None) -> list[Recent]:
    """Earlier messages as the screen rated them, one by one."""
    out = []
    for text in texts:
        verdict = classify(text)
        out.append(Recent(text, verdict.level, verdict.category, at))
    return out


def concern(text: str = "I feel so hopeless", category: Category = Category.DISTRESS) -> Recent:
    return Recent(text, Level.CONCERN, category)


def in_conversation(verdict: Assessment) -> bool:
    return verdict.level is Level.CRISIS and any(
        r.startswith("conversation:") for r in verdict.reasons
    )


# -- a. a crisis split across messages ------------------------------------------------------
@pytest.mark.parametrize(
    ("parts", "reason"),
    [
        (["I have the pills ready", "tonight"], "conversation:suicide.means_ready"),
        (["I've been saving", "my pills for weeks"], "conversation:suicide.stockpile"),
        (["I've been", "saving up", "my pills"], "conversation:suicide.stockpile"),
        (["quiero", "morir"], "conversation:suicide.es_want_die"),
        (["ich will", "nicht mehr leben"], "conversation:suicide.de_not_live"),
    ],
)
def test_a_crisis_split_across_messages_is_a_crisis(parts: list[str], reason: str) -> None:
    *earlier, last = parts
    # each part alone is below crisis; the screen sees them together
    verdict = assess(last, NONE, [Recent(t, Level.NONE) for t in earlier])
    assert verdict.level is Level.CRISIS
    assert reason in verdict.reasons and all(r.startswith("conversation:") for r in verdict.reasons)


@pytest.mark.parametrize(
    ("means", "time"),
    [
        ("I have the pills", "tonight"),
        ("Tengo las pastillas", "esta noche"),
        ("j'ai les cachets", "ce soir"),
        ("ich habe die Tabletten", "heute Nacht"),
        ("tenho os comprimidos", "esta noite"),
        ("ho le pillole", "stanotte"),
        ("I've got the rope", "tomorrow"),
    ],
)
def test_a_time_after_a_means_is_a_crisis(means: str, time: str) -> None:
    verdict = assess(time, NONE, [Recent(means, Level.NONE)])
    assert in_conversation(verdict)
    assert verdict.category is Category.SUICIDE
    # one ordinary message in between still counts (the previous two messages)
    between = assess(time, NONE, [Recent(means, Level.NONE), Recent("look around", Level.NONE)])
    assert in_conversation(between)


def test_the_current_verdict_is_kept_when_it_is_already_a_crisis() -> None:
    own = classify("I want to end my life")
    assert own.level is Level.CRISIS
    assert assess("I want to end my life", own, [concern()]) == own


def test_no_join_across_an_earlier_crisis() -> None:
    """After a crisis (answered "I'm safe, continue"), ordinary play is not that crisis again."""
    held = Recent("", Level.CRISIS, Category.SUICIDE)
    for text in ("look around", "talk to Rue", "go north"):
        assert assess(text, classify(text), [held]) == classify(text)
    crisis_text = Recent("I want to end my life", Level.CRISIS, Category.SUICIDE)
    assert assess("look around", NONE, [crisis_text]) == NONE


def test_only_the_window_counts() -> None:
    old = NOW - WINDOW_S - 1
    assert assess(
        "tonight", NONE, [Recent("I have the pills", Level.NONE, None, old)], now=NOW
    ) == (NONE)
    fresh = NOW - 60
    assert in_conversation(
        assess("tonight", NONE, [Recent("I have the pills", Level.NONE, None, fresh)], now=NOW)
    )
    # the last six messages, no more
    early = [concern(), *[Recent("look around", Level.NONE)] * 6]
    assert assess("I'm on the bridge", NONE, early) == NONE
    assert assess("I'm on the bridge", NONE, [*early[-5:], concern()]).level is Level.CRISIS


# -- b. a plan after distress -------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "tonight",
        "I'll do it tomorrow",
        "I'm standing on the bridge",
        "the roof of my building",
        "I've got pills",
        "there's a knife in the kitchen",
        "esta noche",
        "mañana",
        "estoy en la azotea",
        "ce soir",
        "demain",
        "je suis sur le pont",
        "heute Nacht",
        "auf der Brücke",
        "amanhã",
        "estou no telhado",
        "stasera",
        "sono sul tetto",
    ],
)
def test_a_time_means_or_place_after_distress_is_a_crisis(text: str) -> None:
    verdict = assess(text, NONE, [concern()])
    assert verdict.level is Level.CRISIS
    assert PLAN_AFTER_DISTRESS in verdict.reasons or in_conversation(verdict)


def test_plan_after_distress_keeps_the_current_reasons_and_names_the_category() -> None:
    current = Assessment(Level.CONCERN, Category.DISTRESS, ("distress.feel_strong",))
    verdict = assess("I feel empty and it ends tonight", current, [concern()])
    assert verdict.level is Level.CRISIS and verdict.reasons[0] == "distress.feel_strong"
    harm = assess("tonight", NONE, [concern("I want to cut", Category.SELF_HARM)])
    assert harm.category is Category.SELF_HARM and in_conversation(harm)
    harm = assess("tonight", NONE, [Recent("", Level.CONCERN, Category.SELF_HARM)])
    assert harm.category is Category.SELF_HARM and PLAN_AFTER_DISTRESS in harm.reasons
    after_suicide = assess("tonight", NONE, [concern("I think about dying", Category.SUICIDE)])
    assert after_suicide.category is Category.SUICIDE


def test_a_plan_needs_distress_suicide_or_self_harm_before_it() -> None:
    angry = concern("my boss makes me so angry", Category.HARM_TO_OTHERS)
    assert assess("tomorrow", NONE, [angry]) == NONE
    assert assess("tomorrow", NONE, [Recent("I feel fine", Level.NONE)]) == NONE
    old = Recent("I feel so hopeless", Level.CONCERN, Category.DISTRESS, NOW - WINDOW_S - 60)
    assert assess("tonight", NONE, [old], now=NOW) == NONE


# -- c. risk building up ------------------------------------------------------------------
def _run(texts: Sequence[str]) -> list[tuple[Assessment, bool]]:
    """Each message's verdict in the conversation, and whether it starts a build-up."""
    recent: list[Recent] = []
    out = []
    for text in texts:
        verdict = assess(text, classify(text), recent)
        out.append((verdict, escalates(verdict, recent)))
        recent.append(Recent(text, verdict.level, verdict.category))
    return out


CONCERNS = [
    "nothing is ever going to get better for me",
    "I feel so hopeless",
    "I feel worthless",
    "I am so tired of everything",
]


def test_repeated_concern_builds_up_once() -> None:
    run = _run(CONCERNS)
    assert [v.level for v, _ in run] == [Level.CONCERN] * 4
    assert [BUILDING in v.reasons for v, _ in run] == [False, False, True, True]
    assert [e for _, e in run] == [False, False, True, False]  # one alert per build-up
    assert run[2][0].reasons[0] == classify(CONCERNS[2]).reasons[0]  # its own reasons first


def test_a_new_build_up_after_the_last_one_left_the_window() -> None:
    calm = ["look around"] * 6
    run = _run([*CONCERNS[:3], *calm, *CONCERNS[:3]])
    assert [e for _, e in run] == [False, False, True] + [False] * 6 + [False, False, True]


def test_concern_between_play_builds_up_and_after_a_crisis_is_not_a_new_alert() -> None:
    run = _run([CONCERNS[0], "look around", CONCERNS[1], "go north", CONCERNS[2]])
    assert BUILDING in run[-1][0].reasons and run[-1][1]
    recent = [Recent("", Level.CRISIS, Category.SUICIDE), concern()]
    verdict = assess(CONCERNS[2], classify(CONCERNS[2]), recent)
    assert BUILDING in verdict.reasons
    assert not escalates(verdict, recent)  # the crisis alerted facilitators already


def test_building_needs_the_current_message_to_be_concern() -> None:
    recent = [concern(), concern()]
    for text in ("look around", "talk to Rue", "go north"):
        assert assess(text, classify(text), recent) == classify(text)
        assert not escalates(classify(text), recent)


def test_times_bound_a_build_up() -> None:
    old = NOW - WINDOW_S - 5
    recent = [Recent(t, Level.CONCERN, Category.DISTRESS, old) for t in CONCERNS[:2]]
    current = classify(CONCERNS[2])
    assert assess(CONCERNS[2], current, recent, now=NOW) == current
    fresh = [Recent(t, Level.CONCERN, Category.DISTRESS, NOW - 10) for t in CONCERNS[:2]]
    verdict = assess(CONCERNS[2], current, fresh, now=NOW)
    assert BUILDING in verdict.reasons and escalates(verdict, fresh, now=NOW)


# -- ordinary play stays as it is -----------------------------------------------------------
PLAY = [
    "go north",
    "look around",
    "take the key and go north",
    "talk to Rue",
    "ask Rue about the lighthouse",
    "examine the lamp",
    "take the rope",
    "climb the tower",
    "cross the bridge",
    "go to the cliff path",
    "light the lamp",
    "ring the bell",
    "read the note",
    "sit by the fire",
    "breathe slowly",
    "I take the rope",
    "I walk to the bridge",
    "hello",
    "yes",
    "ok",
]
LOOK_ALIKES = [
    "see you tomorrow",
    "I'll come back tomorrow to play",
    "I want to keep playing tomorrow",
    "hasta mañana",
    "à demain",
    "bis morgen",
    "stab the orc",
    "I'd die for pizza",
    "this level is murdering me",
    "the knight draws his knife",
    "my character climbs onto the roof",
]


@pytest.mark.parametrize("first", PLAY + LOOK_ALIKES)
def test_play_after_play_stays_as_it_is(first: str) -> None:
    for text in PLAY + LOOK_ALIKES:
        own = classify(text)
        assert assess(text, own, said(first)) == own, (first, text)


@pytest.mark.parametrize("text", PLAY + LOOK_ALIKES)
def test_play_after_concern_stays_as_it_is(text: str) -> None:
    own = classify(text)
    for earlier in (CONCERNS[0], "me siento sin esperanza", "ich fühle mich so leer"):
        assert assess(text, own, said(earlier)) == own, (earlier, text)


#: Game commands in more than one sentence, or after an opener, and asking leave for an act of
#: play; newcomer 26 (a tired player who had told the guide so) was held twice, for asking to
#: borrow a lantern for the coast's cliff path and for a move there after "out."
COMMANDS_IN_SENTENCES = [
    "in. then go up to the roof",
    "ok, so: walk to the bridge",
    "back outside. n. climb the cliff",
    "right. ill have a go. can I borrow the lamp for the bridge?",
    "could we please go up on the roof to see the stars?",
    "okay then take the oil to the tower",
]
#: The same openers before words that do name a plan stay a plan after distress.
PLANS_IN_SENTENCES = [
    "ok. tonight.",
    "right. I'm on the bridge",
    "so. the roof of the car park, it's high enough",
    "can I take all the pills tonight",
    "okay. I'll do it tomorrow",
]


@pytest.mark.parametrize("text", COMMANDS_IN_SENTENCES)
def test_commands_and_asking_leave_after_distress_name_no_plan(text: str) -> None:
    own = classify(text)
    for earlier in ("honestly I'm not sure I can cope, it's all too much", CONCERNS[0]):
        assert assess(text, own, said(earlier)) == own, (earlier, text)


@pytest.mark.parametrize("text", PLANS_IN_SENTENCES)
def test_a_plan_after_an_opener_is_still_a_plan(text: str) -> None:
    assert assess(text, classify(text), [concern()]).level is Level.CRISIS


def test_long_ordinary_sessions_stay_as_they_are() -> None:
    walk = [
        "look around",
        "go inside",
        "talk to Rue",
        "take the lamp",
        "go north",
        "light the lamp",
    ]
    recent: list[Recent] = []
    for text in walk * 3:
        own = classify(text)
        assert assess(text, own, recent) == own
        recent.append(Recent(text, own.level, own.category))


def test_it_never_raises() -> None:
    broken = [Recent(None, Level.NONE)]  # type: ignore[arg-type]
    assert assess("tonight", NONE, broken) == NONE
    current = Assessment(Level.CONCERN, Category.DISTRESS, (BUILDING,))
    assert escalates(current, None) is False  # type: ignore[arg-type]
    assert MEANS_THEN_TIME.startswith("conversation:")


#: Words about the one spoken to, with a time and no word of the speaker or of leaving: no plan
#: after distress (round 29; newcomer corpus 29, a widow, was held for the first after her grief).
ABOUT_THEM_TONIGHT = [
    "Ilse, have you any family of your own to go home to? You should not be on your own tonight.",
    "maren you need to rest tonight, that cough is bad",
    "pip, you should get some sleep tonight",
    "Rue, you deserve a night off tomorrow",
]
#: The same with a word of the speaker, of leaving, a filler "you know", a place or a means:
#: still a plan after distress.
ABOUT_ME_TONIGHT = [
    "you won't have to worry about anything after tonight",
    "you'll never see me again after tonight",
    "you will all be better off tonight",
    "you know what, tonight is the night",
    "ilse you should not be alone on the roof tonight",
    "you should go home tonight, bye forever",
]


@pytest.mark.parametrize("text", ABOUT_THEM_TONIGHT)
def test_a_time_in_words_about_the_one_spoken_to_names_no_plan(text: str) -> None:
    own = classify(text)
    for earlier in ("I feel so hopeless", "I miss my husband every day since he died"):
        got = assess(text, own, [concern(earlier)])
        assert PLAN_AFTER_DISTRESS not in got.reasons, (earlier, text, got)


@pytest.mark.parametrize("text", ABOUT_ME_TONIGHT)
def test_a_time_about_the_speaker_or_leaving_is_still_a_plan(text: str) -> None:
    assert assess(text, classify(text), [concern()]).level is Level.CRISIS


#: Thanks or praise for the evening, with a time: no plan after distress (newcomer corpus 29: a
#: widow's "you have been very kind to me tonight" to Bastian was a crisis hold after her grief).
THANKS_TONIGHT = [
    "Bastian, you have been very kind to me tonight. Thank you, and goodnight.",
    "thank you for tonight, it helped",
    "merci pour ce soir, vous êtes gentil",
    "grazie per stasera",
    "it was good to talk tonight, thanks Rue",
]
#: Thanks beside a parting for good or a plan: still a plan after distress.
THANKS_AND_PARTING = [
    "thank you for everything, tonight",
    "you have been kind to me, tonight i will do it",
    "thanks. tonight is the night",
    "thank you tonight, i won't be back",
    "thank you for being so kind tonight, i'll miss you",
]


@pytest.mark.parametrize("text", THANKS_TONIGHT)
def test_thanks_for_the_evening_names_no_plan(text: str) -> None:
    own = classify(text)
    for earlier in ("I feel so hopeless", "I miss my husband every day since he died"):
        got = assess(text, own, [concern(earlier)])
        assert PLAN_AFTER_DISTRESS not in got.reasons, (earlier, text, got)


@pytest.mark.parametrize("text", THANKS_AND_PARTING)
def test_thanks_beside_a_parting_or_a_plan_is_still_a_plan(text: str) -> None:
    assert assess(text, classify(text), [concern()]).level is Level.CRISIS


#: Reaching out to someone living, with a time: no plan after distress (newcomer corpus 29: "i
#: should call my mum tomorrow", after "some nights i feel very down", was a crisis hold, and so
#: was the player's explanation under it).
REACHING_OUT = [
    "i should call my mum tomorrow",
    "rue i just mean i will phone my mum tomorrow, she will be happy. i am ok",
    "i'm seeing my gp tomorrow",
    "tomorrow i'll text my friend",
    "je vais appeler ma mère demain",
    "morgen rufe ich meine Mutter an",
    # newcomer corpus 30 (a bus driver, divorced): the guide's question answered, held
    "Honestly? Tired. Early shifts at the depot. The divorce still stings a bit. But I've got "
    "my kids this weekend and I'm looking forward to it.",
]
#: The same with a goodbye or a last time: still a plan after distress.
REACHING_OUT_TO_PART = [
    "i will call my mum tomorrow to say goodbye",
    "i will see my daughter one last time tomorrow",
    "i'll phone my sister tonight, she can have the dog",
]


@pytest.mark.parametrize("text", REACHING_OUT)
def test_reaching_out_to_someone_names_no_plan(text: str) -> None:
    own = classify(text)
    earlier = concern("some nights i feel very down, alone in my flat after shift")
    assert PLAN_AFTER_DISTRESS not in assess(text, own, [earlier]).reasons


@pytest.mark.parametrize("text", REACHING_OUT_TO_PART)
def test_reaching_out_to_part_is_still_a_plan(text: str) -> None:
    assert assess(text, classify(text), [concern()]).level is Level.CRISIS
