"""The result types of the safety screen: levels, categories and the assessment."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Level(StrEnum):
    """How urgently a message needs a human-centred response."""

    NONE = "none"
    CONCERN = "concern"
    CRISIS = "crisis"


class Category(StrEnum):
    """What kind of risk a message shows (seriousness order: see ``CATEGORY_PRIORITY``)."""

    SUICIDE = "suicide"
    SELF_HARM = "self_harm"
    HARM_TO_OTHERS = "harm_to_others"
    ABUSE_OR_DANGER = "abuse_or_danger"
    MEDICAL_EMERGENCY = "medical_emergency"
    DISTRESS = "distress"


#: When rules of several categories fire at the same level, the first of these wins.
CATEGORY_PRIORITY: tuple[Category, ...] = (
    Category.SUICIDE,
    Category.SELF_HARM,
    Category.MEDICAL_EMERGENCY,
    Category.HARM_TO_OTHERS,
    Category.ABUSE_OR_DANGER,
    Category.DISTRESS,
)

LEVEL_RANK: dict[Level, int] = {Level.NONE: 0, Level.CONCERN: 1, Level.CRISIS: 2}


def lower(level: Level) -> Level:
    """One step less urgent (crisis -> concern -> none)."""
    return Level.NONE if level is not Level.CRISIS else Level.CONCERN


@dataclass(frozen=True)
class Assessment:
    """The screen's verdict on one message.

    ``reasons`` lists the ids of the rules that fired, in rule-table order. A prefix says a rule
    was weakened: ``negated:`` (negated statement), ``past:`` (distant past, recovered),
    ``fiction:`` (game context), ``accident:`` (an accident, not self-harm), ``idiom:``
    (embarrassment hyperbole), ``unconfirmed:`` (no real-world marker for a rule that needs one),
    ``ordinary:`` (an ordinary frame, ``lookalikes.ordinary``).
    Prefixes can combine, e.g. ``unconfirmed:fiction:harm_to_others.real_target``. Weakened rules
    are listed even when the final level is ``none``, so that a reviewer can see what was
    considered.
    """

    level: Level
    category: Category | None
    reasons: tuple[str, ...]

    def named_only_by(self, *prefixes: str) -> bool:
        """Whether every reason starts with one of ``prefixes`` (and there is one): the verdict
        came from those signals alone (``"model:concern:"`` is the n-gram model's concern)."""
        return bool(self.reasons) and all(r.startswith(prefixes) for r in self.reasons)

    def to_dict(self) -> dict[str, object]:
        return {
            "level": self.level.value,
            "category": None if self.category is None else self.category.value,
            "reasons": list(self.reasons),
        }
