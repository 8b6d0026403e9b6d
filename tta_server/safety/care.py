"""Care for a character's health: a player's worry for someone else the vote reads as the
speaker's emergency (issue 12).

Play corpus 19's newcomer, a nurse, told Maren her chest was bad and that she must see a
doctor; said as "rue, im a nurse. your chest is bad, u need a doctor" the contextual vote
called it a crisis (0.89): a hold on kindness. The words are about the person spoken to ("your
chest", "you need a doctor"), not the speaker.

:func:`their_health` says whether a normalised message speaks of the other person's body or
sends them to a doctor (:data:`THEIR_HEALTH`), with nothing of the speaker's own body, symptoms
or need of help (:data:`OWN_HEALTH`) and no word of risk (``going_home``'s): the contextual
vote's crisis on it is lowered to concern (``contextual.ContextualSignal.raised``, reason
``...:care``). A rule's crisis is never lowered. English only for now (the newcomer's
language); tested in ``tests/safety/test_care.py``.
"""

from __future__ import annotations

import re

from tta_server.safety.going_home import RISK

_BODY = (
    r"(?:chest|cough|breathing|heart|hands?|knee|knees|legs?|arms?|head|fever|temperature|"
    r"back|foot|feet|wound|burns?|ankle|wrist|eyes?|lungs?)"
)
#: The other person's body said to be unwell or asked after ("your chest is bad", "how is your
#: cough", "let me see your hands"), or sending them to a doctor. Not a body named in a
#: question of means ("what would stop your heart": :data:`MEANS`).
THEIR_HEALTH = re.compile(
    r"\byour " + _BODY + r" (?:is|are|s|sounds?|looks?|seems?|feels?|got|getting) (?:\w+ )?"
    r"(?:bad|worse|awful|terrible|horrible|sore|swollen|red|raw|hot|burned|burnt|infected|"
    r"rough|wheezy|tight|better|any better|ok|okay|alright)\b"
    r"|\bhow (?:is|are|s) your " + _BODY + r"\b"
    r"|\blet me (?:see|look at|check|clean|bandage|wrap|cover) (?:\w+ )?your " + _BODY + r"\b"
    r"|\b(?:you|u) (?:really )?(?:need|must|should|have to|gotta|ought to) (?:to )?"
    r"(?:see |get |go to |call )?(?:a |the |your )?(?:doctor|gp|nurse|hospital|physio)\b"
)
#: The speaker's own body, symptoms or need of help.
OWN_HEALTH = re.compile(
    r"\b(?:my|mine) " + _BODY + r"\b"
    r"|\bi (?:can not|cannot|can t|cant) (?:breathe|stand|see|move|feel)\b"
    r"|\bi (?:need|have to|must|should) (?:to )?(?:see |get |go to |call )?(?:a |an |the )?"
    r"(?:doctor|ambulance|hospital|help)\b"
    r"|\bi (?:am|m|feel|felt) (?:so |really |very )?(?:bleeding|hurt|sick|dizzy|faint|ill|"
    r"unwell|poorly)\b"
    r"|\bi (?:took|swallowed|cut|burned|burnt|hit|fell)\b"
)


#: A question of means or harm, where "your" is anyone's ("how long to bleed out from your
#: wrist", "which plants stop your heart"): never care.
MEANS = re.compile(
    r"\b(?:stop|stops|bleed\w*|how long|how much|how many|enough|lethal|fatal|overdose|poison\w*|"
    r"kill\w*|which|what would|what will|break)\b"
)


def their_health(said: str) -> bool:
    """Whether normalised ``said`` is care for the other person's health (module docstring)."""
    return (
        THEIR_HEALTH.search(said) is not None
        and OWN_HEALTH.search(said) is None
        and MEANS.search(said) is None
        and RISK.search(said) is None
    )
