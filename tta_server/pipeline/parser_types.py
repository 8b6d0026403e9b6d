"""What the parser takes and gives: the scope it resolves names against, and its intents."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ParsedIntent:
    """One thing the player wants to do.

    ``intent`` is an :class:`~tta_server.protocol.intents.Intent` (a canonical one, or
    ``UNKNOWN``), or a world verb (or what the world maps it to) as a plain string, which
    compares and serialises the same way. ``target``/``obj`` follow the target rule of the parser
    module's docstring; ``obj`` is the second object (the gate in "use key on gate", the gull in
    "give bread to gull", the topic in "ask keeper about light"). ``target_id``/``obj_id`` are
    set when they resolve against a scope. ``raw`` is the clause as typed (spaces collapsed,
    separators removed). ``choices`` holds the ids the target could equally mean when a name is
    shared ("book": your book and Fenn's book); ``target_id`` is then the first of them, and the
    caller should ask which one is meant. ``said`` marks words said to someone.
    """

    intent: str
    target: str | None
    obj: str | None = None
    target_id: str | None = None
    obj_id: str | None = None
    raw: str = ""
    choices: tuple[str, ...] = ()
    said: bool = False
    """The words are said to someone present (a question, an answer, a remark: "where did she
    go?", "no", "it's not your fault"), not a command; the caller may read them as a reply."""

    def to_dict(self) -> dict[str, object]:
        return {
            "intent": self.intent,
            "target": self.target,
            "obj": self.obj,
            "target_id": self.target_id,
            "obj_id": self.obj_id,
            "raw": self.raw,
        }


@dataclass(frozen=True)
class ScopeEntry:
    """Something the player can refer to: its id and its names (the name first, then aliases)."""

    id: str
    names: tuple[str, ...]


@dataclass
class Scope:
    """What is in reach: entries, exits (canonical directions), world verbs and recent ids.

    ``verbs`` maps a world verb to a canonical intent or to itself (``{"ring": "use",
    "light": "light"}``). ``last_mentioned`` holds ids, most recent first, for "it"/"them".
    """

    entries: list[ScopeEntry] = field(default_factory=list)
    exits: list[str] = field(default_factory=list)
    verbs: dict[str, str] = field(default_factory=dict)
    last_mentioned: list[str] = field(default_factory=list)
    people: frozenset[str] = frozenset()
    """Ids of the entries that are people: "him"/"her" from ``last_mentioned`` pick the most
    recent of these, "it"/"them" the most recent other entry."""
    addressees: tuple[str, ...] = ()
    """Ids of the people here, the one that words said to no one named go to first (the
    engine's :func:`~tta_server.world.views.addressees`); empty: ``last_mentioned``, then
    scope order."""
    she: frozenset[str] = frozenset()
    """Ids of the people called she/her: "him" never means one of them."""
    he: frozenset[str] = frozenset()
    """Ids of the people called he/him: "her" never means one of them."""
    known_verbs: frozenset[str] = frozenset()
    """The first words of every verb the world knows anywhere: after a movement ("go up to the
    lamp room and fill the lamp") one of them starts a clause even where it means nothing yet."""
    animals: frozenset[str] = frozenset()
    """Ids of the people that are animals: a question about one of them, with no one else
    here to ask, is a look at them ("who is footnote?" with only the cat here)."""
