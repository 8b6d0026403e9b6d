"""A player introducing themselves: a name, a job, where they are from (round 31b).

Newcomer 35 (play corpus 31, a nursing student) told Ilse "sorry didnt mean to be nosy. im mia, im
a nursing student" and got the check-in panel: a concern of the n-gram model alone (0.94; "i am
mia, i am a nursing student" alone 0.84: "i am" and a student's life are words of its distress
class). A message made only of an introduction (a job or study, where one is from, one's age,
"my name is"), with a name, a greeting or a small apology ("sorry, didn't mean to be nosy")
beside it, and no word of risk (``going_home.RISK`` less its "sorry", ``lookalikes.SELF_END``,
or a state said of oneself, ``_STATE``), is talk: neither learned signal is consulted on it
(``classifier``, ``contextual.ContextualSignal.raised``). A rule's verdict stands. Tested in
``tests/safety/test_round31.py``.
"""

from __future__ import annotations

import re

from tta_server.safety.going_home import RISK
from tta_server.safety.lookalikes import SELF_END

_JOB = (
    r"(?:student|nurse|nursing student|medical student|doctor|teacher|driver|bus driver|carer|"
    r"cleaner|chef|cook|builder|electrician|plumber|mechanic|engineer|programmer|developer|"
    r"accountant|lawyer|farmer|fisherman|soldier|pensioner|retired|retired \w+|waiter|waitress|"
    r"barista|shop assistant|cashier|warehouse worker|labourer|postman|postwoman|midwife|"
    r"paramedic|pharmacist|vet|artist|writer|musician|designer|manager|receptionist|"
    r"secretary|hairdresser|baker|butcher|joiner|carpenter|painter|decorator|gardener|"
    r"librarian|lecturer|researcher|scientist|"
    r"(?:nursing|medical|law|art|music|history|maths|math|english|phd|uni|university|college|"
    r"exchange|mature|first year|second year|third year|final year|a level|gcse) student|"
    r"(?:warehouse|factory|care|support|social|office|shift|farm|construction|council|hospital|"
    r"health|key|youth|charity|bar|shop|retail) worker)"
)
#: A clause that introduces: a job or study, where from, an age, a name said as a name.
_INTRO = re.compile(
    r"^(?:and )?(?:i am (?:a |an )?" + _JOB + r"|i work (?:as|in|at|for) (?:\w+ ){0,3}\w+|"
    r"i (?:study|am studying) \w+(?: \w+)?|i am from \w+(?: \w+)?|i am \d{1,2}(?: years old)?|"
    r"\d{1,2}|my name is \w+(?: \w+)?|(?:you can )?call me \w+|" + _JOB + r"|from \w+)$"
)
#: A greeting, a name alone, or a small apology beside the introduction.
_BESIDE = re.compile(
    r"^(?:hi|hello|hey|hiya|evening|morning|good (?:morning|evening|afternoon)|"
    r"nice to meet you|pleased to meet you|ok|okay|oh|sorry|"
    r"(?:oh |ok )?sorry (?:i )?(?:did not|didnt) mean to (?:be nosy|pry|interrupt|be rude|"
    r"bother you|intrude|barge in|stare)|sorry (?:for|about) (?:being nosy|prying|"
    r"interrupting|the intrusion)|i am \w+|(?:hi|hello|hey) (?:\w+)|by the way|btw)$"
)
#: A state said of oneself where a name could stand ("i am done"): never an introduction.
_STATE = re.compile(
    r"\bi am (?:done|tired|finished|over|gone|lost|alone|broken|empty|nothing|sad|scared|"
    r"afraid|exhausted|sick|ill|stuck|worthless|useless|numb|hopeless|leaving|out|off|"
    r"through|ready|dying|dead|not ok|not okay|struggling|drunk|high|hurt|hurting|bleeding|"
    r"shaking|terrified|desperate|trapped|unsafe|low|down|awful|rubbish|crap|shit|fine|ok|"
    r"okay|good|great|well|here|back|sorry)\b"
)
_RISK_BUT_SORRY = re.compile(RISK.pattern.replace("|sorry|", "|"))
_SPLIT = re.compile(r" (?:[.,;!?]|and then|and) ")


def introduces_oneself(said: str) -> bool:
    """Whether normalised ``said`` is only an introduction with greetings, a name or a small
    apology beside it, and nothing of risk or of a state (see the module docstring)."""
    if _STATE.search(said) or _RISK_BUT_SORRY.search(said) or SELF_END.search(said):
        return False
    clauses = [c.strip(" .,;!?") for c in _SPLIT.split(f" {said} ")]
    clauses = [c for c in clauses if c]
    return any(_INTRO.match(c) for c in clauses) and all(
        _INTRO.match(c) or _BESIDE.match(c) for c in clauses
    )
