"""Everyday strain, told as the answer to the guide's own "How are you doing, truly?".

After a concern the guide asks how the player is (``game.CHECK_IN``), and the check-in panel
with the helplines has usually just been shown. Players who answer honestly name ordinary
strain: short sleep before exams, tiredness after night shifts, loneliness in a new country or
since retiring, worry, a low week. Those are concern cells of the taxonomy (``dis.sleep``,
``dis.isolation``, ``dis.anxiety``, ``dis.low_mood``), and a second panel on the very answer the
guide asked for read to newcomers 18 and 19 as not being heard, and teaches players to answer
the guide politely instead of truly.

:func:`only_everyday_strain` says whether a concern is nothing but that: every reason is a rule
of those cells (:data:`STRAIN_RULES`, any language) or a learned signal's concern, at least one
rule among them, and the words name nothing graver (:data:`GRAVER`: death, harm, means,
hopelessness, numbness, feeling unsafe, panic, drinking, not eating, voices, not coping).
``checkin_panel.spared`` plays such an answer with the guide's thanks and the facilitators'
alert, without a second panel, unless the operator sets ``checkin_panel_on_strain_answers``.
A crisis is never read here, and neither is a build-up over several messages (it keeps its
panel).
"""

from __future__ import annotations

import re

from tta_server.safety.model import Assessment, Category, Level
from tta_server.safety.normalisation import normalise
from tta_server.safety.self_criticism import GRAVE_WORDS, SIGNALS

_CELLS = (
    r"(?:sleep|isolation|anxiety|low_mood|r3_hours_a_night|r3_nobody_visits|r3_isolation|"
    r"r7_no_sleep_for_weeks)"
)

#: Rule ids of the everyday-strain cells, in every language ("distress.en_sleep",
#: "distress.pt_isolation"), and the generic low-mood and struggling rules.
STRAIN_RULE = re.compile(
    r"distress\.(?:(?:en|es|fr|de|pt|it)_)?" + _CELLS + r"$"
    r"|distress\.(?:feel_weak|struggling|not_okay|crying|depressed)$"
)

#: Words of a graver cell (normalised text): the panel stays whatever the rules said. English
#: only; in the other languages a graver cell has its own rule, whose id keeps the panel.
GRAVER = re.compile(
    r"\b(?:" + GRAVE_WORDS + r"|hopeless|drunk|can not cope|not coping|falling apart|"
    r"breaking down|worthless|hate myself|burden)\b"
)


def only_everyday_strain(text: str, verdict: Assessment) -> bool:
    """Whether the concern ``verdict`` on ``text`` is everyday strain alone (module docstring)."""
    if verdict.level is not Level.CONCERN or not verdict.reasons:
        return False
    rules = [r.removeprefix("fiction:") for r in verdict.reasons if not r.startswith(SIGNALS)]
    if not rules or not all(STRAIN_RULE.match(r) for r in rules):
        return False
    return GRAVER.search(normalise(text)) is None


#: Rule ids of everyday distress beyond strain (any language): grief, family worries, anger,
#: money, fear of an operation, crying, a low or hard time. Not hopelessness, worthlessness,
#: nobody caring, giving up, not coping, dark thoughts, eating, drinking, trauma, bullying or
#: someone else at risk: those keep the panel every time.
EVERYDAY_RULE = re.compile(
    STRAIN_RULE.pattern
    + r"|distress\.(?:(?:en|es|fr|de|pt|it)_)?(?:grief|family|anger|anxiety|money|"
    r"medical_fear|game_frustration|rent_arrears|r4_operation_fear|r7_terrified_of_operation|"
    r"r7_money_job_lost|r4_debt_eviction|r24_papers_worry|r3_heart_pounding_stress)$"
)


def everyday_distress(text: str, verdict: Assessment) -> bool:
    """Whether the concern ``verdict`` on ``text`` is everyday distress: category
    ``distress``, every rule among its reasons one of :data:`EVERYDAY_RULE` (a learned
    signal's reasons may join them, or stand alone), and no word of a graver cell
    (:data:`GRAVER`). ``handlers/turns.py`` shows no second check-in panel for it soon after
    one (the setting ``checkin_panel_quiet_s``)."""
    if verdict.level is not Level.CONCERN or verdict.category != Category.DISTRESS:
        return False
    rules = [r.removeprefix("fiction:") for r in verdict.reasons if not r.startswith(SIGNALS)]
    if not all(EVERYDAY_RULE.match(r) for r in rules):
        return False
    return GRAVER.search(normalise(text)) is None
