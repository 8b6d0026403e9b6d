"""Game acts the learned signals read as risk: neither is consulted on them (round 31).

**Paced by the breath** (:func:`paced_by_breath`). The Lantern Coast's great lamp is wound
"slowly, on each out-breath" (Maren's note, the hint); newcomers type it back in their own
words. The contextual vote read "now i wind the clockwork slowly, on the out-breath" as a crisis
(play corpus 19, the same on corpus 25): slow acts and breathing sit near its crisis neighbours,
so a player doing what the game asked was held. A handling verb ("wind", "turn", "fill",
"light", "mend" ...) with an object, paced by the breath ("on the out-breath", "breathing out",
"with each breath"), and no word of harm to the breath, an end or a wish (``_RISK``,
``lookalikes.SELF_END``, ``lookalikes.OWN_WISH``), is play: neither learned signal is consulted
on it (``classifier``, ``contextual.ContextualSignal.raised``); a rule's verdict stands ("wind
the clockwork slowly then stop breathing" is read by the rules).

**The story's task offered** (:func:`task_offered`). "So what do I need to do to get the light
lit? Tell me and I'll do it." (newcomer 34, corpus 30, to Maren) was a concern of the n-gram
model alone (0.87: "i'll do it" is a phrase of intent) and brought the check-in panel. Asking
what there is to do ("what do I need to do to ...", "tell me what to do") and offering to do it
("and I'll do it"), with no word of risk, finality, an end or a wish (as above), and never "tell
me how" (a method asked for), is play.

**A found thing kept for someone** (:func:`kept_for_someone`, round 31b). "im gonna keep this for
my nan" (newcomer 35, play corpus 31, having picked up the sea glass) was a crisis of the
contextual vote and her story was held: things and someone dear sit near its crises of
belongings given away. Keeping, saving or taking a thing (this, it, the ...) for someone of
one's own, with no word of risk, finality, an end or a wish (``going_home.RISK``: "won't need",
"for after", "sorry" ...), is play: the opposite of giving one's things away.

Tested in ``tests/safety/test_round31.py``.
"""

from __future__ import annotations

import re

from tta_server.safety.frames import framed
from tta_server.safety.going_home import RISK
from tta_server.safety.lookalikes import OWN_WISH, SELF_END

_ACT = re.compile(
    r"\b(?:wind|winding|wound|turn|turning|crank|cranking|fill|filling|pour|pouring|light|"
    r"lighting|mend|mending|stir|stirring|sweep|sweeping|pull|pulling|push|pushing|ring|"
    r"ringing|row|rowing|tidy|tidying|fold|folding|stack|stacking|polish|polishing|trim|"
    r"trimming)\b"
)
_BY_THE_BREATH = re.compile(
    r"\b(?:on (?:the|each|every|my|an) (?:out breath|outbreath|breath out|exhale|in breath)|"
    r"(?:on|with) (?:each|every|my|the) (?:breath|breath out|exhale|out breath)|"
    r"(?:breathing|breathe|breath) (?:out|slowly|slow)|in time with (?:my|the) breath\w*|"
    r"when i breath\w* out)\b"
)
#: Harm to the breath, or no breath: never a frame.
_RISK = re.compile(
    r"\b(?:stop\w* breathing|not breathe|not breathing|no air|no breath|suffocat\w*|chok\w*|"
    r"strangl\w*|hang\w*|rope|last breath|final breath|forever|for good)\b"
)


#: Asking what there is to do: the task, not a way ("tell me how" is never this).
_TASK_ASKED = re.compile(
    r"\b(?:what (?:do|should|can|must|shall) (?:i|we) (?:\w+ )?(?:need to |have to |got to )?do"
    r"(?! it\b)|tell me what (?:to do|you need|i (?:need|have|should|must) (?:to )?do|needs doing)|"
    r"what needs doing|what can i do to help)\b"
)
#: Offering to do it.
_OFFER = re.compile(
    r"\b(?:i will do it|i will do that|i will do whatever|i will do anything|i can do that|"
    r"i am happy to do it|i will sort it|i will help)\b"
)
#: A way asked for, or a time set: never the task.
_HOW_OR_WHEN = re.compile(r"\b(?:how|tonight|today|now|when|where|soon)\b")


#: Keeping a thing for someone of one's own ("keep this for my nan", "save it for my mum").
_KEPT_FOR = re.compile(
    r"\b(?:keep|keeping|save|saving|take|taking|bring|bringing|put|putting) (?:this|it|that|"
    r"these|them|one|the \w+(?: \w+)?) (?:back |aside |home )?for my (?:nan|nana|gran|granny|"
    r"grandma|grandad|grandpa|mum|mam|mom|mother|dad|father|son|daughter|kids|kid|children|"
    r"boy|girl|little \w+|sister|brother|wife|husband|partner|girlfriend|boyfriend|friend|"
    r"best friend|mate|niece|nephew|aunt|auntie|uncle|family)\b"
)


#: Not needing it any more, a time set, or leaving: a keepsake meant for after.
_AFTER = re.compile(
    r"\b(?:need|needs|needed|anymore|any more|after|afterwards|tonight|tomorrow|soon|when i|"
    r"leave|leaving|left|remember|memory|keepsake|have it|can have)\b"
)


def kept_for_someone(said: str) -> bool:
    """Whether normalised ``said`` keeps a thing for someone of one's own, with no risk word."""
    return framed(said, (_KEPT_FOR,), (RISK, _RISK, _AFTER, SELF_END, OWN_WISH))


def task_offered(said: str) -> bool:
    """Whether normalised ``said`` asks what there is to do and offers to do it, no risk word."""
    return framed(said, (_TASK_ASKED, _OFFER), (_HOW_OR_WHEN, _RISK, SELF_END, OWN_WISH))


def paced_by_breath(said: str) -> bool:
    """Whether normalised ``said`` is a handling act paced by the breath, with no risk word."""
    return framed(said, (_ACT, _BY_THE_BREATH), (_RISK, SELF_END, OWN_WISH))
