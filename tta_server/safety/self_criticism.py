"""Ordinary self-criticism, told as the answer to a question the story asked (round 11).

Bastian asks every player of The Ember Library what the page that says the worst of them would
say; Pip asks whether the fog is her fault, and the slate's reframe asks what the player would
write instead. Players answer with the harsh things they say to themselves ("mine would say i
worry too much and i'm annoying", "it'd say i'm useless at everything"): the story asked for
exactly those words, and newcomers 5, 7 and 9 each had the story covered by a check-in panel
for giving them (and newcomer 10 for "yeah, i've had pages like that. more than i'd like", a
concern of the contextual signal alone: :func:`only_signals`, round 12).
:func:`only_self_criticism` says whether a verdict is nothing but such self-criticism (the
taxonomy's ``dis.worthless``, docs/safety.md): a concern whose every reason is the learned
model, the contextual signal, or a rule of worth and self-hatred
(``WORTH_RULES``), in a text that says such a thing about the speaker (``SELF_CRITICAL``) and
nothing of another cell (``OTHER_RISK``: death, disappearing, harm, hopelessness, numbness,
fear, pills ...). ``handlers/turns.py`` plays such an answer gently with the facilitators'
alert, without the panel, only when the game asked for it; anywhere else it is a concern like
any other. A crisis is never softened here: this only reads concerns.
"""

from __future__ import annotations

import re

from tta_server.safety.frames import framed
from tta_server.safety.model import Assessment, Level
from tta_server.safety.normalisation import normalise

#: The rules of worthlessness, self-hatred, failure and being disliked (``dis.worthless``, and
#: "nobody likes me"). ``distress.feel_strong`` also fires on hopelessness and numbness; the
#: text's own words (``OTHER_RISK``) keep those out.
WORTH_RULES = frozenset(
    {
        "distress.feel_strong",
        "distress.hate_self",
        "distress.nobody_cares",
        "distress.en_worthless",
        "distress.es_worthless",
        "distress.pt_worthless",
        "distress.fr_worthless",
        "distress.it_worthless",
        "distress.de_worthless",
    }
)

_WORTH_WORDS = (
    r"(?:useless|worthless|a failure|failure|a burden|burden|not good enough|no good|stupid|"
    r"lazy|annoying|too much|too loud|too sensitive|too needy|needy|clingy|a disappointment|"
    r"disappointing|pathetic|ugly|fat|weak|selfish|a fraud|fraud|fake|boring|a mess|a loser|"
    r"loser|an idiot|idiot|dumb|rubbish|a waste of space|not enough|unlovable|difficult|"
    r"a bad (?:\w+)|bad at (?:everything|things|people)|the worst|a coward|cowardly|hopeless "
    r"at \w+|hard to love|a let down|a letdown)"
)

#: The speaker saying a harsh thing about themselves (normalised text: "i'm" is "i am").
SELF_CRITICAL = re.compile(
    r"\bi (?:am|feel|feel like) (?:\w+ ){0,3}?" + _WORTH_WORDS + r"\b"
    r"|\bi (?:always |just |really )?(?:worry|overthink|talk|think|apologi[sz]e|care|cry|"
    r"complain) too much\b"
    r"|\b(?:i (?:always |just |only |keep |will |am going to |will probably |"
    r"am probably going to )?|ill )"
    r"(?:ruin|mess up|mess|messing|screw up|wreck|spoil|"
    r"get (?:\w+ )?wrong|let (?:\w+ ){0,3}down|disappoint|fail|annoy)\w*\b"
    r"|\bi (?:will|can|could) never be (?:\w+ )?good enough\b"
    r"|\bi (?:never|can not|do not) (?:finish|get|do|manage) (?:anything|things|a thing|"
    r"anything right|it right)\b"
    r"|\b(?:nobody|no one|noone) (?:really |actually )?(?:likes|wants|needs) me\b"
    r"|\b(?:it is|its) (?:all )?my fault\b|\bi (?:hate|blame) myself\b"
    r"|\beveryone (?:thinks|knows|can see|will (?:find out|see))\b"
)

#: Words of a grave cell (death, harm, means, hopelessness, numbness, feeling unsafe, drinking,
#: not eating, panic, voices): shared with ``strain.GRAVER``.
GRAVE_WORDS = (
    r"die|dying|dead|death|kill\w*|suicid\w*|end it|end my|disappear\w*|gone|not be here|"
    r"not being here|better off|hurt\w*|cut\w*|harm\w*|pills?|tablets|hopeless(?! at)|empty|"
    r"numb|nothing matters|give up|giving up|go on|no point|pointless|trapped|terrified|unsafe|"
    r"safe|hit\w*|drink\w*|starv\w*|not eat\w*|panic\w*|voices"
)

#: Words of another cell: the check-in stays whatever else the text says (the grave words, and
#: fear, loneliness and sleep).
OTHER_RISK = re.compile(r"\b(?:" + GRAVE_WORDS + r"|scared|afraid|alone|lonely|sleep\w*)\b")


#: Being a burden, absence or leaving, said with self-criticism (``sui.burden``: "they'd be
#: happier without me", "i won't be a problem much longer"): the model's crisis on such words
#: is never lowered, by :func:`self_critical_only` nor by ``contextual_step.answer_capped``.
BURDEN = re.compile(
    r"\b(?:burden|without me|much longer|(?:i am|i will not|i won t|i wont) be(?: a)? problem|"
    r"i am the problem|be around|be here|goodbye|bye forever|last time|the end|happier|"
    r"easier (?:for|on) (?:everyone|them|you|him|her)|one (?:less|problem less|mouth less)|"
    r"miss me|notice (?:if|when) i|not around|no longer|any ?more|my last|"
    r"sorry for everything)\b"
)


#: A last time or a goodbye of any kind, beside self-criticism: not lowered by
#: :func:`self_critical_only` (stricter than ``BURDEN``, which short answers also meet).
_LEAVING = re.compile(r"\b(?:last|bye)\b")


def self_critical_only(said: str) -> bool:
    """Whether the normalised text ``said`` is the speaker's harsh words about themselves
    (``SELF_CRITICAL``) and nothing of another cell (``OTHER_RISK``) nor of burden, absence or
    leaving (``BURDEN``, ``_LEAVING``): the taxonomy's ``dis.worthless``, a concern. The
    classifier lowers the learned model's crisis alone on such words to concern ("i'm always
    telling myself im not good enough", newcomers-12, round 26); a rule's crisis is never
    lowered here."""
    return framed(said, (SELF_CRITICAL,), (OTHER_RISK, BURDEN, _LEAVING))


#: The learned signals' concern: the n-gram model's and the contextual signal's reasons.
SIGNALS = ("model:concern:", "contextual:concern:")

#: Distress said in the answer (for :func:`only_signals`): the check-in stays ("yeah, i've been
#: struggling a bit lately", "i cry more than i used to").
DISTRESS = re.compile(
    r"\b(?:struggl\w*|cry|crying|cried|tears|sad|sadness|depress\w*|anxious|anxiety|cope|"
    r"coping|low|miserable|exhausted|tired of|breaking|broken|hard at home|falling apart|"
    r"can not do this|overwhelm\w*)\b"
)


#: Tea, water, broth... drunk ("pour myself a cup of tea and drink it", newcomer 36, offered tea
#: in the Bindery, got the panel): taken out before ``OTHER_RISK`` is looked for, so "drink"
#: there is not read as alcohol (normalised text).
_SOFT_DRUNK = re.compile(
    r"\b(?:(?:tea|coffee|cocoa|water|milk|broth|soup|juice)\b(?: \S+){0,6}? drink\w*"
    r"(?: it| some| up)?|drink\w*(?: \S+){0,3}? (?:tea|coffee|cocoa|water|milk|broth|soup|juice))\b"
)


def quiet_answer(text: str, verdict: Assessment) -> tuple[bool, bool]:
    """Both readings of an answer in one pass over the text (normalised once, ``OTHER_RISK``
    searched once): whether ``verdict`` is :func:`only_signals`, and whether it is
    :func:`only_self_criticism`. ``handlers/turns.py`` plays either without the panel when
    the game asked for the answer."""
    if verdict.level is not Level.CONCERN:
        return False, False
    signals = verdict.named_only_by(*SIGNALS)
    worth = all(
        r.startswith(SIGNALS) or r.removeprefix("fiction:") in WORTH_RULES for r in verdict.reasons
    )
    if not signals and not worth:
        return False, False
    said = normalise(text)
    if OTHER_RISK.search(_SOFT_DRUNK.sub(" ", said)):
        return False, False
    return signals and not DISTRESS.search(said), worth and bool(SELF_CRITICAL.search(said))


def only_signals(text: str, verdict: Assessment) -> bool:
    """Whether ``verdict`` on ``text`` is a concern the learned signals alone gave (every reason
    ``model:concern:`` or ``contextual:concern:``; no rule named it) to words of no other cell
    (``OTHER_RISK``) and no distress (``DISTRESS``): "yeah, i've had pages like that. more than
    i'd like", said to Bastian's
    page (round 12). As an answer to the game's own question it is played like
    self-criticism: the alert, no panel."""
    return quiet_answer(text, verdict)[0]


def only_self_criticism(text: str, verdict: Assessment) -> bool:
    """Whether ``verdict`` on ``text`` is a concern that is nothing but the speaker's harsh
    words about themselves (see the module docstring)."""
    return quiet_answer(text, verdict)[1]
