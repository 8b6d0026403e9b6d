"""Feelings a player names: "I feel anxious", "I'm kind of hopeless tonight", "feeling better".

Naming a feeling is a coping skill in itself, so when nothing else in a turn can be played the
narrator acknowledges a named feeling instead of saying the words found no hold. This module
only finds the words; it decides nothing about safety (:mod:`tta_server.safety` screens every
input first, and a feeling that signals risk is its business, not this one's).

:func:`named_feelings` returns up to two feelings in the order the player named them, as the
lexicon spells them ("I feel a bit tearful", "I've been so stressed", "I'm worn out"). Negated
statements ("I'm not scared", "I don't feel sad") name nothing; a feeling shown rather than named
("thank God" is relieved, "I cry" tearful: :mod:`tta_server.world.feeling_acts`) is named as
shown; sleep gone wrong ("I haven't
slept well in weeks") is named "short of sleep", after any feeling named in words.
"""

from __future__ import annotations

import re
from typing import Final

from tta_server.world.feeling_acts import shown_feeling

_HARD_WORDS = """
afraid alone angry annoyed anxious ashamed awful bad confused depressed down drained empty
exhausted frightened frustrated furious guilty heavy helpless hopeless hurt irritable jealous
jittery lonely lost low miserable nervous numb overwhelmed panicky restless sad scared shaky sick
stressed stuck tense terrible tired uneasy unhappy upset useless worried worthless wound-up
tearful teary weepy wobbly fragile flat weary shattered knackered homesick emotional fed_up
worn_out run_down burnt_out burned_out on_edge left_behind left_out bitter resentful envious
disappointed
"""
_EASY_WORDS = """
better calm calmer content excited fine glad good grateful happy hopeful lighter okay ok peaceful
proud relaxed relieved safe steadier steady
"""
_SOFTENER_WORDS = """
so really very pretty quite kinda super totally just rather incredibly extremely too more less
getting still also honestly a_bit a_little kind_of sort_of a_lot
"""

#: Sleep gone wrong, told as a state ("i haven't slept well in weeks", "i can't sleep",
#: "sleeping badly"): named "short of sleep", a hard feeling, though its words are negated.
_SLEEP = re.compile(
    r"\bi\s*(?:'ve|have|ve)?\s*(?:n'?t|not|never|barely|hardly)\s+(?:been\s+)?(?:slept|sleeping)\b"
    r"|\bi\s*(?:can'?t|cannot|couldn'?t|don'?t|do not)\s+sleep\b"
    r"|\b(?:slept|sleeping)\s+(?:badly|poorly|terribly|awfully)\b"
    r"|\bi\s+(?:sleep|slept)\s+(?:very\s+|so\s+|really\s+)?(?:bad|badly|poorly|terribly)\b"
    r"|\bi\s*(?:'m|am|m)\s+not\s+sleeping\b"
    r"|\b(?:no|hardly any|barely any)\s+sleep\b",
)
SHORT_OF_SLEEP: Final = "short of sleep"

HARD: Final = frozenset(w.replace("_", " ") for w in _HARD_WORDS.split()) | {SHORT_OF_SLEEP}
"""Difficult feelings: acknowledged gently, with a way to work with them."""

EASY: Final = frozenset(_EASY_WORDS.split())
"""Pleasant or settled feelings: acknowledged, with a nudge to notice what helped."""

_NOUN_WORDS = """
anger rage fury resentment fear dread panic anxiety worry stress sadness sorrow grief despair
hurt pain shame guilt embarrassment loneliness jealousy envy frustration irritation boredom
emptiness tiredness exhaustion joy happiness relief hope calm love pride gratitude peace
bitterness regret disappointment heartbreak longing
"""

NOUNS: Final = frozenset(_NOUN_WORDS.split())
"""Feelings as nouns ("this feels like anger"): named, but not as a statement about oneself."""

_FEELING = "|".join(
    sorted(
        (re.escape(w).replace(r"\ ", r"\s+") for w in (HARD - {SHORT_OF_SLEEP}) | EASY),
        key=len,
        reverse=True,
    )
)
# "a_bit" is "a bit": the pattern below is VERBOSE, where a plain space would vanish.
_SOFTENERS = "(?:" + "|".join(w.replace("_", r"\s+") for w in _SOFTENER_WORDS.split()) + ")"
_STATEMENT = re.compile(
    rf"""\b(?:
        i\s*(?:'m|am|m)?\s*(?:feel(?:ing|s)?|felt)   # i feel / i'm feeling / i felt
      | i\s*(?:'ve|have|ve)\s+(?:been\s+)?(?:feeling|felt)  # i've been feeling / i've felt
      | i\s*(?:'ve|have|ve)\s+been                   # i've been ...
      | i\s*(?:'m|am|m)                               # i'm ...
      | ^\s*feeling                                   # feeling low
    )
    (?P<rest>(?:\s+{_SOFTENERS})*\s+(?P<first>{_FEELING})
       (?:(?:\s*,\s*|\s+)(?:and|but|or)?\s*(?:{_SOFTENERS}\s+)*(?P<second>{_FEELING}))?)\b""",
    re.IGNORECASE | re.VERBOSE,
)
#: Hard feelings that are told as a clause of their own, without "I feel" or "I'm" ("left
#: behind. thats me since jean", "bit lonely since jean died", "knackered, honestly"): not the
#: ones that are also ways, things or plain verdicts ("down", "low", "flat", "bad", "stuck").
_ALONE_WORDS = (
    HARD
    - {SHORT_OF_SLEEP}
    - frozenset(
        [
            "down",
            "low",
            "flat",
            "bad",
            "sick",
            "heavy",
            "terrible",
            "awful",
            "stuck",
            "hurt",
            "fragile",
            "emotional",
            "shaky",
            "useless",
            "lost",
            "wobbly",
        ]
    )
)
_STATE = "|".join(
    sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _ALONE_WORDS), key=len, reverse=True)
)
#: A state told as a clause of its own (newcomer 21: "i ken that feeling. left behind. thats
#: me since jean"; "truly? bit lonely since jean died"): at a clause's start, after softeners,
#: and followed by the clause's end or words about when or since.
_FRAGMENT = re.compile(
    rf"""(?:^|[.!?;,]\s*)(?:(?:and|but|och|aye|truly|honestly|well|tbh|just)\W*\s+)*
    (?:(?:a|a\s+wee|wee|just|so|bit|a\s+bit|a\s+little|kinda|pretty|really|quite|that|feeling
      |still|always|awful|awfully|dead|proper)\s+)*
    (?P<first>{_STATE})
    (?=\s*$|\s*[.!?,;]|\s+(?:since|these\s+days|lately|tonight|today|now|again|most\s+days
      |all\s+the\s+time|without|wi|sometimes|too|myself|masel|if\s+i'?m\s+honest|honestly
      |tbh|to\s+be\s+honest|mostly|really)\b)""",
    re.IGNORECASE | re.VERBOSE,
)
#: The player saying they know what someone feels from the inside ("same here", "been there",
#: "i know that feeling", "i ken how that is", "thats me too", "i was the same"): telling
#: something of themselves, heard as that, never words that found no hold (newcomer 21).
_RECOGNISED = re.compile(
    r"(?:^|[.!?;,]\s*)(?:(?:och|aye|yeah|yes|oh|ah|well|honestly|ha|god|gosh|mm+)\W*\s+)*"
    r"(?:same here|me too|me as well|same with me|same for me|same wi me"
    r"|been there(?: myself| too| and all| an' all)?"
    r"|(?:i )?(?:know|ken) (?:that|the|this) feeling"
    r"|(?:i )?(?:know|ken) (?:how|what) (?:that|it|this) (?:is|feels|'s)"
    r"|(?:i )?(?:know|ken) what (?:you|ye|u) mean"
    r"|(?:that'?s|thats|that is) me(?: too| an' all| and all| exactly)?"
    r"|i'?m the same|im the same|i am the same|i was the same|i'?m like that too"
    r"|i feel (?:the same|that too)|tell me about it)"
    r"(?=\s*$|\s*[.!?,;]|\s)",
    re.IGNORECASE,
)


def recognised(text: str) -> bool:
    """Whether the words say the player knows a feeling from the inside ("same here", "been
    there", "i know that feeling", "thats me since jean"), not naming one."""
    return _RECOGNISED.search(text.replace("\u2019", "'")) is not None


_NEGATION = re.compile(r"\b(?:not|never|no longer|don't|dont|do not|didn't|isn't|ain't)\b")


_VAGUE = frozenset({"fine", "good", "ok", "okay", "better", "safe", "steady", "content"})


def mentions_feeling(text: str) -> bool:
    """Whether the words name a feeling anywhere, as an adjective or a noun ("this is anger",
    "it feels like fear", "sad"); negation is not considered (a moment of naming feelings
    asks only that one is named)."""
    words = set(text.lower().replace("\u2019", "'").replace("-", " ").split())
    words = {w.strip(".,!?;:'\"") for w in words}
    return bool(words & (HARD | NOUNS | (EASY - _VAGUE)))


def named_feelings(text: str) -> tuple[str, ...]:
    """The feelings ``text`` names about the player (first person), at most two, in order."""
    lowered = text.lower().replace("\u2019", "'")
    for m in _STATEMENT.finditer(lowered):
        if _NEGATION.search(lowered[max(0, m.start() - 12) : m.start("first")]):
            continue
        found = [" ".join(m.group("first").split())]
        second = m.group("second")
        if second and " ".join(second.split()) != found[0]:
            found.append(" ".join(second.split()))
        break
    else:
        alone = _FRAGMENT.search(lowered)  # "left behind. thats me": told without "i feel"
        found = [" ".join(alone.group("first").split())] if alone is not None else []
    shown = shown_feeling(lowered) if not found else None
    found += [shown] if shown is not None else []  # "thank god", "i cry": shown, not named
    if _SLEEP.search(lowered) and len(found) < 2 and SHORT_OF_SLEEP not in found:
        found.append(SHORT_OF_SLEEP)
    return tuple(found)
