"""Pride: someone (living or dead) proud of the speaker, or the speaker proud of themselves, a
warm thing the learned signals read as a farewell (issue 12).

A widow from Galway (newcomer play, 2026-12-07) told a character after a good evening's play
"I think Declan would be proud of me tonight." (Declan, her husband, had died): the n-gram model
called it a crisis alone (0.94) and the story was held. The same in French, Spanish and Italian
was a crisis too, and "i'm proud of myself tonight" a crisis of the contextual vote (0.95):
"would be", "of me" and "tonight" are words of the farewells the signals learned from. Pride
is not distress; after a death it is grief at most (``dis.grief``, concern).

:func:`proud_only` says whether a normalised message says pride (:data:`PROUD`, six languages)
with no word of risk, finality or an end anywhere in it (``going_home.RISK``: gone, never, for
good, do it, sorry, a letter, a means ...; ``lookalikes.RESOLVED``: peace, free, ready, decided,
soon, a burden, no more ...; :data:`JOINING`: being with the dead, seeing them again, ending,
being brave enough; a wish of one's own, ``lookalikes.OWN_WISH``). The learned signals' crisis
on it is lowered to concern (a check-in and a facilitator alert, no hold) by the classifier
(reason ``model:concern:...``) and the contextual step (``contextual:concern:...:proud``). A
rule's crisis is never lowered ("they'd be proud of me if i was gone" stays a crisis by the
rules). Tested in ``tests/safety/test_proud.py``.
"""

from __future__ import annotations

import re

from tta_server.safety.frames import framed
from tta_server.safety.going_home import RISK
from tta_server.safety.lookalikes import OWN_WISH, RESOLVED

_WHO = r"(?:me|myself|you|yourself|us|him|her|them|mi|moi|toi|nous|lui|elle|mich|dich|uns|ihn|"
_WHO += r"sie|te|noi|lei|mim|ti|voce|nos|ele|ela)"

#: Pride, in six languages (normalised: accents folded, "he'd" is "he would").
PROUD = re.compile(
    r"\b(?:proud of " + _WHO + r"|(?:be|am|is|are|was|were|so|very|really|feel|felt) proud|"
    r"make (?:him|her|them|you|my \w+) proud|proud that|"
    r"orgullos[oa]s? de|orgullo de|"
    r"fier|fiere|fiers|fieres|"
    r"stolz|"
    r"orgoglios[oaie] di|fier[oaie] di|"
    r"orgulho de|orgulhos[oa]s? de)\b"
)

#: Being with the dead again, an end done or dared (the signals' level stands): "i'll be with
#: him soon", "when i see her again", "for finally ending it", "brave enough to do it".
JOINING = re.compile(
    r"\b(?:be with|join|joining|see (?:him|her|them|you) again|meet (?:him|her|them) again|"
    r"reunit\w*|ending|end|ended|over|brave enough|strong enough|courage|"
    r"con (?:el|ella) (?:pronto|otra vez|de nuevo)|volver a ver\w*|reunirme|"
    r"le rejoindre|la rejoindre|rejoindre|revoir|"
    r"bei (?:ihm|ihr) sein|wiedersehen|wiederzusehen|"
    r"raggiunger\w*|riveder\w*|stare con (?:lui|lei)|"
    r"ficar com (?:ele|ela)|rever|reencontr\w*|juntar-me|juntar me)\b"
)


#: A time past ("my dad passed last year"): not the "last" of a last time.
_AGO = re.compile(r"\blast (?:year|week|month|spring|summer|autumn|fall|winter|christmas|easter)\b")


def proud_only(said: str) -> bool:
    """Whether normalised ``said`` says pride with no word of risk, finality, an end or a wish
    of one's own (see the module docstring)."""
    said = _AGO.sub("then", said)
    return framed(said, (PROUD,), (RISK, RESOLVED, JOINING, OWN_WISH))
