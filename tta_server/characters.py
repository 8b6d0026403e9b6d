"""The character schema: what a player may say about the person they play, and its rules.

A character document has ``name``, ``pronouns``, ``appearance``, ``backstory``, ``traits`` and a
therapeutic ``profile`` (``goals``, ``intensity``, ``avoid_topics``, ``country``,
``share_transcript``, ``quiet_coaching``). :class:`CharacterIn` validates a whole document
(``character.create``); :class:`CharacterPatch` validates a partial one (``character.update``),
which is merged over the stored document and validated whole again. Every message is a
sentence a player can act on.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StrictBool, field_validator

from tta_server.protocol.character import (
    AVOID_MAX,
    AVOID_MAX_CHARS,
    GOALS_MAX,
    GOALS_MIN,
    NAME_MAX,
    NAME_MIN,
    PRONOUNS_MAX,
    PROSE_MAX,
    TRAIT_MAX_CHARS,
    TRAIT_MIN_CHARS,
    TRAITS_MAX,
    TRAITS_MIN,
    CharacterLimits,
)
from tta_server.protocol.replies import CharacterSchemaOk, GoalOut
from tta_server.protocol.text import fold, nfc


class Goal(StrEnum):
    """The goal catalogue: what a player hopes to practise. Worlds say which goals they suit."""

    MANAGING_ANXIETY = "managing_anxiety"
    BUILDING_CONFIDENCE = "building_confidence"
    COPING_WITH_GRIEF = "coping_with_grief"
    SELF_COMPASSION = "self_compassion"
    SOCIAL_CONNECTION = "social_connection"
    HANDLING_ANGER = "handling_anger"
    MINDFULNESS = "mindfulness"
    MANAGING_STRESS = "managing_stress"


GOAL_LABELS: dict[Goal, tuple[str, str]] = {
    Goal.MANAGING_ANXIETY: ("Managing anxiety", "Noticing worry and letting it settle."),
    Goal.BUILDING_CONFIDENCE: ("Building confidence", "Trying things and trusting yourself."),
    Goal.COPING_WITH_GRIEF: ("Coping with grief", "Carrying loss, gently."),
    Goal.SELF_COMPASSION: ("Self-compassion", "Speaking to yourself as to a friend."),
    Goal.SOCIAL_CONNECTION: ("Social connection", "Reaching out and letting others in."),
    Goal.HANDLING_ANGER: ("Handling anger", "Feeling heat without being steered by it."),
    Goal.MINDFULNESS: ("Mindfulness", "Being here, now, on purpose."),
    Goal.MANAGING_STRESS: ("Managing stress", "Pacing yourself when life presses."),
}
GOAL_NAMES = ", ".join(label[:1].lower() + label[1:] for label, _ in GOAL_LABELS.values())
"""The goals as a sentence names them ("managing anxiety, building confidence, ..."): what
refusals list. Each label is also accepted as a choice (any case, spaces for underscores)."""


class Intensity(StrEnum):
    """How hard the story may press on the player's themes."""

    GENTLE = "gentle"
    MODERATE = "moderate"
    CHALLENGING = "challenging"


PRONOUN_PRESETS = ("she/her", "he/him", "they/them")

# ISO 3166-1 alpha-2 codes (officially assigned), for choosing crisis resources.
COUNTRY_CODES = frozenset(
    """AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
    BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
    DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS
    GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
    KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ
    MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
    PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
    SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
    VN VU WF WS YE YT ZA ZM ZW""".split()  # noqa: SIM905
)


def _choice(enum: type[StrEnum], what: str, names: str | None = None) -> Any:
    """A validator accepting any letter case (and spaces for underscores) for an enum.

    ``names`` is how its refusal lists the choices (default: the values)."""
    allowed = [m.value for m in enum]
    listed = names or ", ".join(allowed)

    def check(value: object) -> object:
        if not isinstance(value, str):
            return value  # the type check reports it
        key = value.strip().lower().replace(" ", "_").replace("-", "_")
        if key in allowed:
            return key
        raise ValueError(f"'{value}' is not a {what}. Choose one of: {listed}.")

    return BeforeValidator(check)


def _name_chars_ok(name: str) -> bool:
    for ch in name:
        cat = unicodedata.category(ch)
        if cat[0] in ("L", "M") or ch in " -'’.":
            continue
        return False
    return True


def _clean(value: str) -> str:
    return " ".join(nfc(value).split())


GoalChoice = Annotated[Goal, _choice(Goal, "known goal", GOAL_NAMES)]
IntensityChoice = Annotated[Intensity, _choice(Intensity, "known intensity")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


class Profile(_Strict):
    """The therapeutic profile."""

    goals: list[GoalChoice] = Field(default_factory=list, validate_default=True)
    """Required: leaving it out is refused like an empty list."""
    intensity: IntensityChoice = Intensity.GENTLE
    avoid_topics: list[str] = Field(default_factory=list)
    country: str | None = None
    share_transcript: StrictBool = False
    quiet_coaching: StrictBool = False
    """Leave out the narrator's coaching lines after a skill (its name, encouragement)."""

    @field_validator("goals")
    @classmethod
    def _goals(cls, goals: list[Goal]) -> list[Goal]:
        if not GOALS_MIN <= len(goals) <= GOALS_MAX:
            raise ValueError(f"Choose {GOALS_MIN} to {GOALS_MAX} goals from: {GOAL_NAMES}.")
        if len(set(goals)) != len(goals):
            raise ValueError("Each goal can be picked once.")
        return goals

    @field_validator("avoid_topics")
    @classmethod
    def _avoid(cls, topics: list[str]) -> list[str]:
        cleaned = [_clean(t) for t in topics]
        if len(cleaned) > AVOID_MAX:
            raise ValueError(f"List at most {AVOID_MAX} topics to avoid.")
        for t in cleaned:
            if not 1 <= len(t) <= AVOID_MAX_CHARS:
                raise ValueError(f"Each topic to avoid must be 1 to {AVOID_MAX_CHARS} characters.")
        return cleaned

    @field_validator("country")
    @classmethod
    def _country(cls, country: str | None) -> str | None:
        if country is None or country.strip() == "":
            return None
        code = country.strip().upper()
        if code not in COUNTRY_CODES:
            raise ValueError(
                "Use a two-letter country code such as US, GB, IE, CA, AU, DE or ES; it picks "
                "the crisis lines we show you."
            )
        return code


class CharacterIn(_Strict):
    """A whole character, as sent by ``character.create``."""

    name: str
    pronouns: str = "they/them"
    appearance: str = ""
    backstory: str = ""
    traits: list[str]
    profile: Profile

    @field_validator("name")
    @classmethod
    def _name(cls, name: str) -> str:
        name = _clean(name)
        if not NAME_MIN <= len(name) <= NAME_MAX:
            raise ValueError(f"Use {NAME_MIN} to {NAME_MAX} characters for the name.")
        if not _name_chars_ok(name):
            raise ValueError(
                "Use letters (any alphabet), spaces, hyphens, apostrophes and periods only."
            )
        if not any(unicodedata.category(c)[0] == "L" for c in name):
            raise ValueError("The name needs at least one letter.")
        return name

    @field_validator("pronouns")
    @classmethod
    def _pronouns(cls, pronouns: str) -> str:
        cleaned = _clean(pronouns)
        if cleaned.lower() in PRONOUN_PRESETS:
            return cleaned.lower()
        if not 1 <= len(cleaned) <= PRONOUNS_MAX:
            raise ValueError(
                f"Pick she/her, he/him or they/them, or write your own in up to "
                f"{PRONOUNS_MAX} characters."
            )
        return cleaned

    @field_validator("appearance", "backstory")
    @classmethod
    def _prose(cls, text: str) -> str:
        text = nfc(text).strip()
        if len(text) > PROSE_MAX:
            raise ValueError(f"Keep this to {PROSE_MAX} characters (it has {len(text)}).")
        return text

    @field_validator("traits")
    @classmethod
    def _traits(cls, traits: list[str]) -> list[str]:
        cleaned = [_clean(t) for t in traits]
        if not TRAITS_MIN <= len(cleaned) <= TRAITS_MAX:
            raise ValueError(f"Give {TRAITS_MIN} to {TRAITS_MAX} personality traits.")
        for t in cleaned:
            if not TRAIT_MIN_CHARS <= len(t) <= TRAIT_MAX_CHARS:
                raise ValueError(
                    f"Each trait must be {TRAIT_MIN_CHARS} to {TRAIT_MAX_CHARS} characters "
                    f"('{t[:TRAIT_MAX_CHARS]}' is not)."
                )
        if len({fold(t) for t in cleaned}) != len(cleaned):
            raise ValueError("Each trait can be listed once.")
        return cleaned


class ProfilePatch(_Strict):
    goals: list[Any] | None = None
    intensity: Any = None
    avoid_topics: list[Any] | None = None
    country: Any = None
    share_transcript: Any = None
    quiet_coaching: Any = None


class CharacterPatch(_Strict):
    """Fields to change, as sent by ``character.update``; absent fields stay as they are."""

    name: Any = None
    pronouns: Any = None
    appearance: Any = None
    backstory: Any = None
    traits: list[Any] | None = None
    profile: ProfilePatch | None = None

    def merged_over(self, stored: dict[str, Any]) -> dict[str, Any]:
        """The stored document with this patch applied (to be validated whole)."""
        merged = dict(stored)
        for key, value in self.model_dump(exclude_unset=True, exclude={"profile"}).items():
            merged[key] = value
        if self.profile is not None:
            profile = dict(merged.get("profile") or {})
            profile.update(self.profile.model_dump(exclude_unset=True))
            merged["profile"] = profile
        return merged


def character_schema() -> CharacterSchemaOk:
    """What a client needs to build a character form (``character.schema``)."""
    return CharacterSchemaOk(
        goals=[GoalOut(id=g.value, label=GOAL_LABELS[g][0], hint=GOAL_LABELS[g][1]) for g in Goal],
        intensities=[i.value for i in Intensity],
        pronoun_presets=list(PRONOUN_PRESETS),
        limits=CharacterLimits(),
    )
