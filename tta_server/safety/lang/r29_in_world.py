"""Intent said through the game's own places of height and water (round 29, English).

The worlds have a lighthouse, a headland, cliffs, a harbour wall and the sea; a library with a
clock loft. A player in danger may say it in the story's terms, and the rules read such intent
only where it is phrased as elsewhere ("jump off the bridge", "walk into the sea and keep
going"). The lead's own probes of in-world intent (round 29, docs/safety.md; written before
blind set 28 was read by anyone, which stays unread) were rated none: walking into the sea with
nothing after it ("im gonna walk into the sea tonight"), a going somewhere high followed by
"and that will be the end of me", throwing oneself off at the end of a climb ("i'll climb to
the top of the lighthouse and throw myself off"), climbing "to jump", "i won't be coming back
from the headland".

As with a jump off a named structure (``suicide.jump_named``), the words are also a game move
a player may try, so the rules that read an act are ``needs_real``: a concern (a check-in and
an alert) in play, crisis with a mark of real life ("tonight", "for real", "irl", "not my
character"). Finality said outright ("and that will be the end of me", "i won't be coming back
from the cliffs") is crisis as it stands. A purpose after the act ("walk into the sea to get
the float", "up to my knees", "and look for sea glass") keeps it play. Rule ids carry ``r29_``.
The names this module defines are described in ``tta_server.safety.lang``.
"""

from __future__ import annotations

from tta_server.safety.lexicon import CRISIS, SH, SUI, Rule, Subject

#: Intent of the speaker's own (normalised: "i'll" is "i will", "gonna" stays).
_WILL = (
    r"(?:going to|gonna|want to|wanna|will|am about to|about to|need to|have to|ready to|"
    r"planning to|plan to|decided to|just want to|would like to)"
)

#: The worlds' places of height or water, and the real ones players name beside them.
_HEIGHT_OR_WATER = (
    r"(?:lighthouse|lamp room|gallery|headland|cliffs?|cliff path|cliff edge|tower|tower stair|"
    r"clock loft|harbour wall|harbor wall|sea|tideline|waves|bridge|roof|edge)"
)

#: A purpose or a measure after going into the water: play ("to get the float", "up to my
#: knees", "and look for sea glass", "for a swim").
_WATER_PURPOSE = (
    r"(?!(?: \S+){0,4} (?:to (?:get|find|fetch|grab|look|see|reach|check|pick|collect|search|"
    r"cool|wash|paddle|swim to|rescue|save|help)|for (?:a|the|some|my|skipper|pip)|"
    r"and (?:look|get|find|grab|pick|search|fetch|swim back|paddle|splash|come back|back)|"
    r"up to (?:my|the|our) (?:knees|ankles|waist|shins)|looking for|after (?:the|skipper|pip)|"
    r"with (?:skipper|pip|the dog))\b)"
)

#: Finality said after going somewhere: the end of the speaker, or of it all.
_END = (
    r"and (?:that|it|then it|then that) (?:will|would|is going to|is gonna|is|shall) (?:all )?"
    r"be (?:the end of (?:me|everything|it all|my life|it)|it for me|all over|over for me|"
    r"over|the last of me)(?= [,.!]|$)"
)

#: A word of the story's tasks between the going and the end makes "the end of it" the end of a
#: job ("go up, light the lamp and that will be the end of it"): one word, not a task one.
_WORD = r" (?!(?:light|lit|fix|mend|wind|ring|repair|finish|sort|clean|paint|lock)\b)\S+"

RULES: tuple[Rule, ...] = (
    Rule(
        "suicide.r29_into_the_sea",
        CRISIS,
        SUI,
        r"\b" + _WILL + r" (?:just )?(?:walk|wade|swim|go|head|keep walking)(?: out| straight| "
        r"right| slowly)? (?:into|in to|out into|out to|under) (?:the )?(?:cold |dark |grey |"
        r"gray |black |freezing )?(?:sea|waves|water|ocean|tide|surf)\b(?! (?:wall|glass|chest|front|"
        r"view|air|side|shanty|shore|path|bed|spray)\b)" + _WATER_PURPOSE,
        "im going to walk into the sea tonight",
        subject=Subject.FIRST,
        needs_real=True,
    ),
    Rule(
        "suicide.r29_place_then_end",
        CRISIS,
        SUI,
        r"\b(?:go|going|gonna|walk|walking|climb|climbing|head|heading|get|getting|up|out)\b"
        r"(?:" + _WORD + r"){0,8}? " + _HEIGHT_OR_WATER + r"\b(?:" + _WORD + r"){0,4}? " + _END,
        "i will go up the lighthouse and that will be the end of me",
        subject=Subject.FIRST,
    ),
    Rule(
        "suicide.r29_not_back_from_place",
        CRISIS,
        SUI,
        r"\b(?:will not|wont|am not|am never|will never|not) (?:be )?(?:coming|come|going to come)"
        r" back (?:from|off|down from|after) (?:the |that |this )?(?:\w+ )?"
        + _HEIGHT_OR_WATER
        + r"\b",
        "i wont be coming back from the headland",
        subject=Subject.FIRST,
    ),
    Rule(
        "suicide.r29_water_take_me",
        CRISIS,
        SUI,
        r"\blet (?:the )?(?:cold |dark |grey |black )?(?:sea|water|waves|tide|current|ocean|"
        r"them|it) (?:take|have|swallow|pull) me\b(?! (?:to|back|home|round|around|along|for a)\b)",
        "going down to the tideline to let the water take me",
    ),
    Rule(
        "suicide.r29_hang_from",
        CRISIS,
        SUI,
        r"\b" + _WILL + r" (?:just )?hang (?:myself )?(?:from|off) (?:the |a |that |this )?"
        r"(?:\w+ )?(?:beam|beams|rafter|rafters|banister|ceiling|hook|railing|railings|bannister)"
        r"\b",
        "i want to hang from the beam in the net loft",
        subject=Subject.FIRST,
    ),
    Rule(
        "suicide.r29_set_fire_to_myself",
        CRISIS,
        SUI,
        r"\b(?:set|setting) (?:myself|me) (?:on fire|alight|ablaze)\b|\b(?:set|setting) fire to "
        r"(?:myself|me)\b|\b(?:pour|pouring|douse|dousing) (?:the |some |a )?(?:\w+ )?"
        r"(?:paraffin|petrol|gasoline|lighter fluid|kerosene) (?:on|over) (?:myself|me)\b",
        "im going to set myself on fire with the paraffin",
        subject=Subject.SELF,
    ),
    Rule(
        "self_harm.r29_heat_to_skin",
        CRISIS,
        SH,
        r"\b(?:put|putting|hold|holding|press|pressing) (?:the |a |that |this )?(?:\w+ )?"
        r"(?:ember|match|lighter|cigarette|flame|poker|iron|coal|candle) (?:to|on|against|onto) "
        r"my (?:arm|arms|skin|wrist|wrists|leg|legs|thigh|thighs|hand|hands|stomach|face)\b",
        "im going to put the ember to my arm",
        subject=Subject.FIRST,
    ),
    Rule(
        "suicide.r29_drink_the_fuel",
        CRISIS,
        SUI,
        r"\b" + _WILL + r" (?:just )?(?:drink|swallow|down|gulp) (?:the |a |all the |all of the |"
        r"the whole |a whole |the rest of the |some )?(?:\w+ )?(?:of )?(?:paraffin|lamp oil|"
        r"bleach|petrol|gasoline|kerosene|lighter fluid|antifreeze|weedkiller)\b",
        "im going to drink the paraffin for real",
        subject=Subject.FIRST,
        needs_real=True,
    ),
    Rule(
        "suicide.r29_means_on_myself",
        CRISIS,
        SUI,
        r"\buse (?:the |a |my |that |this |some )?(?:\w+ )?(?:rope|ropes|cord|belt|noose|cable|"
        r"paraffin|matches|glass|shard|wire|chain) (?:\w+ ){0,4}?on (?:myself|me)\b",
        "i will use the rope in the net loft on myself",
        subject=Subject.FIRST,
    ),
    Rule(
        "suicide.r29_throw_myself_off",
        CRISIS,
        SUI,
        r"\b(?:throw|throwing|hurl|hurling|fling|flinging|launch|launching) myself "
        r"(?:off|over|down)(?= [,.!]|$| (?:it|there|the top|the edge|the side|tonight|now|for "
        r"real|in real life))"
        r"|\b(?:step|stepping|walk|walking) (?:off|over) (?:the )?(?:edge|side|top|"
        + _HEIGHT_OR_WATER
        + r")"
        r"(?= [,.!]|$| (?:of it|tonight|now|for real|in real life))"
        r"|\b(?:climb|climbing|go|going|head|heading|get|getting) (?:up )?(?:\S+ ){0,6}?to jump"
        r"(?= [,.!]|$| (?:off|from)(?: it| there)?(?= [,.!]|$)| tonight| now| for real)",
        "i will climb to the top of the lighthouse and throw myself off",
        subject=Subject.FIRST,
        needs_real=True,
        requires=r"\b" + _HEIGHT_OR_WATER + r"\b|\bthe top\b",
    ),
)

#: Marks that the player speaks of themselves, not their character: escalate ``needs_real``.
REAL_MARKERS = (
    r"not (?:just )?(?:my|the) (?:character|keeper|player|guy|girl)|me not my character|"
    r"i mean me|not pretend|not pretending|not role ?playing"
)
