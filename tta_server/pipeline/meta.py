"""The standard commands of interactive fiction, recognised before the parser.

These talk about the game rather than act in the story: ``undo``, ``restart``, ``save NAME``,
``restore NAME``, ``saves``, ``score``, ``brief``, ``verbose``, ``quit``, ``again`` (``g``)
and ``oops WORD``; and asking how to use one ("how do I save?", "how can i undo that", "how do
i quit the game", "is there a way to save my place in the story?", "am i allowed to go home
now": ``how``, answered with what the command does, whoever is in the room: newcomer 16 asked
Rue, who didn't know; newcomers 26 and 27 asked Maren and Footnote). :func:`recognise` is pure
and cheap; the turn handler calls it after the safety screen (player input is always screened
first) and plays what it finds with :mod:`tta_server.game_commands`.

A message is a command only as a whole ("undo", "save bridge", "Undo!", and with courtesy round
it: "score please", "can i see my score?", "save please"): "breathe again" is a
story action, and so is "save the gull" in a world that has a ``save`` verb (a world's own
verbs and their aliases win over the commands that take words after them).

Slot names (:func:`slot_name`) are 1 to :data:`SLOT_NAME_MAX` characters: letters, digits,
spaces, ``-`` and ``_``, starting with a letter or a digit; they compare case-insensitively.

:func:`answer` reads a reply to a question (``yes``/``no``), which only counts while the game
is waiting for one (``restart`` asks first).

:func:`oops` mends a refused command: it puts the new word in place of the one word the
parser could not use, found by trying each word in turn against the world, the words neither
the parser nor the world knows (:func:`known_words`) first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from enum import StrEnum

from tta_server.pipeline import vocabulary
from tta_server.world.schema import World


class Command(StrEnum):
    UNDO = "undo"
    RESTART = "restart"
    SAVE = "save"
    RESTORE = "restore"
    SAVES = "saves"
    SCORE = "score"
    BRIEF = "brief"
    VERBOSE = "verbose"
    QUIT = "quit"
    AGAIN = "again"
    OOPS = "oops"
    HOW = "how"


@dataclass(frozen=True, slots=True)
class Meta:
    """A recognised command and the words after it (a slot name, or the word for ``oops``)."""

    command: Command
    arg: str = ""


_ALONE: dict[str, Command] = {
    "undo": Command.UNDO,
    "restart": Command.RESTART,
    "start over": Command.RESTART,
    "start again": Command.RESTART,
    "saves": Command.SAVES,
    "list saves": Command.SAVES,
    "score": Command.SCORE,
    "brief": Command.BRIEF,
    "verbose": Command.VERBOSE,
    "quit": Command.QUIT,
    "q": Command.QUIT,
    "again": Command.AGAIN,
    "g": Command.AGAIN,
}
"""Commands that are the whole message."""

_WITH_WORDS: dict[str, Command] = {
    "save": Command.SAVE,
    "restore": Command.RESTORE,
    "load": Command.RESTORE,
    "oops": Command.OOPS,
}
"""Commands whose first word may be followed by more (``save`` alone saves to
:data:`DEFAULT_SLOT`; ``restore`` alone restores the only save, or lists them)."""

_FILLER = ("game as ", "game to ", "game ", "as ", "to ", "from ")
"""Words between the command and the slot name that are not part of it ("save as bridge")."""

_END_PUNCTUATION = ".!?;: "

DEFAULT_SLOT = "main"
"""The slot ``save`` alone writes."""

SLOT_NAME_MAX = 24
"""The longest slot name, in characters."""

_SLOT_NAME = re.compile(r"^[^\W_][\w -]*$")


class SlotNameError(ValueError):
    """A slot name that cannot be used; ``str()`` says why, for the player."""


#: Asking how to use a command, the whole message: "how do i save?", "how can i save my game",
#: "how do you undo", "how do i quit the game"; the command asked about is ``asked``.
_HOW = re.compile(
    r"^(?:(?:so|and|but|ok|okay|um|hmm|well|sorry|wait|hey),? )*"
    r"how (?:do|can|could|should|would|shall|to|does one|do you)(?: i| we)?"
    r" (?P<asked>save|restore|load|undo|restart|start over|quit|exit)"
    r"(?: (?:the|my|this|a|your) (?:game|story|progress|place|spot))?(?: (?:it|that|this))?"
    r"(?: (?:here|now|please))?$"
)
_ASKED = {"load": "restore", "start over": "restart", "exit": "quit"}
#: The same asked as to a person (newcomer corpora 26 and 27): "Is there a way to save my place
#: in the story, so I can come back to it tomorrow?", "can i save my progress", "am i allowed
#: to go home now", "can i stop playing now?": the whole message, its words as
#: :func:`recognise` lowers them, without punctuation.
_ASKED_SAVE = re.compile(
    r"^(?:(?:so|and|but|ok|okay|um|hmm|well|sorry|wait|hey|please),? )*"
    r"(?:is there (?:a|any) way to|is it possible to|(?:can|could|may) (?:i|we)"
    r"|how (?:do|can|could|would|should) (?:i|we)|where (?:do|can) (?:i|we))"
    r" (?:save|keep) (?:my|the|this|our) (?:game|story|place|progress|spot|playthrough)\b"
)
_ASKED_STOP = re.compile(
    r"^(?:(?:so|and|but|ok|okay|um|hmm|well|sorry|wait|hey|please),? )*"
    r"(?:am i allowed to|is it ok(?:ay)? (?:if i|to)|(?:can|could|may) (?:i|we)"
    r"|how (?:do|can) (?:i|we)|is it alright (?:if i|to))"
    r" (?:go home|stop(?: playing)?|quit|leave the game|exit the game"
    r"|finish for (?:now|today|tonight)|take a break|have a break)"
    r"(?: (?:now|yet|for now|for today|please|then))*$"
)


#: Courtesy round a command that is the whole message ("score please", "please undo", "can i
#: see my score", "what's my score?"): newcomer corpus 29 met "I don't know the word 'score'"
#: for "score please". Asked of someone ("can you", "show me") or of the player ("can i see").
_COURTESY_BEFORE = re.compile(
    r"^(?:(?:please|pls|ok|okay|um|so|and|can i|could i|may i|can you|could you|can we)\s+)*"
    r"(?:(?:have|see|get|check|show me|give me|tell me|what'?s|whats|what is)\s+"
    r"(?:my|the|a|our)\s+)?"
)
_COURTESY_AFTER = re.compile(r"(?:\s+(?:please|pls|thanks|thank you|ta|now|then))+$")


def _courteous(lowered: str) -> str:
    """``lowered`` without the courtesy round it ("score please" -> "score"; "can i see my
    score" -> "score"), commas read as spaces; as it is when it has none."""
    plain = " ".join(lowered.replace(",", " ").split())
    return _COURTESY_AFTER.sub("", _COURTESY_BEFORE.sub("", plain))


def recognise(text: str, world_verbs: Collection[str] = ()) -> Meta | None:
    """The command ``text`` is, or None for anything else (a story action)."""
    said = " ".join(text.strip().rstrip(_END_PUNCTUATION).split())
    lowered = said.lower()
    alone = _ALONE.get(lowered)
    polite = _courteous(lowered)
    if alone is None and polite != lowered and polite not in ("g", "q", *world_verbs):
        alone = _ALONE.get(polite)  # "score please": the command, asked nicely
    if alone is not None:
        return Meta(alone)
    how = _HOW.match(lowered)
    if how is not None and how.group("asked") not in world_verbs:  # "how do i save" the gull:
        asked = how.group("asked")  # a world's own "save" is the story's
        return Meta(Command.HOW, _ASKED.get(asked, asked))
    plain = " ".join(re.sub(r"[^\w\s]", " ", lowered.replace("'", "")).split())
    if "save" not in world_verbs and _ASKED_SAVE.match(plain):  # "is there a way to save
        return Meta(Command.HOW, "save")  # my place in the story?"
    if _ASKED_STOP.match(plain):  # "am i allowed to go home now": how to leave, and that
        return Meta(Command.HOW, "quit")  # the story keeps
    first, _, rest = said.partition(" ")
    if _COURTESY_AFTER.fullmatch(f" {rest.lower().strip(' ,')}"):
        rest = ""  # "save please": the main slot, not one called "please"
    command = _WITH_WORDS.get(first.lower())
    if command is None or first.lower() in world_verbs:
        return None
    if command is Command.OOPS:
        return Meta(command, rest.strip()) if rest and " " not in rest.strip() else None
    for filler in _FILLER:
        if rest.lower().startswith(filler):
            rest = rest[len(filler) :]
            break
    return Meta(command, rest.strip())


def slot_name(raw: str) -> str:
    """A slot name as it will be kept (``raw`` with spaces collapsed; :data:`DEFAULT_SLOT` when
    empty), or :class:`SlotNameError` saying what to change."""
    name = " ".join(raw.split()) or DEFAULT_SLOT
    if len(name) > SLOT_NAME_MAX:
        raise SlotNameError(
            f"A save's name can be at most {SLOT_NAME_MAX} characters long; "
            f"that one has {len(name)}. Try a shorter one, like 'save bridge'."
        )
    if not _SLOT_NAME.match(name):
        raise SlotNameError(
            "A save's name can use letters, numbers, spaces, '-' and '_', and starts with a "
            "letter or a number. Try something like 'save before the bridge'."
        )
    return name


_YES = frozenset({"yes", "y", "yes please", "yeah", "yep", "sure", "ok", "okay"})
_NO = frozenset({"no", "n", "no thanks", "nope", "cancel"})


def answer(text: str) -> bool | None:
    """True for yes, False for no, None for anything else."""
    said = " ".join(text.lower().strip().rstrip(_END_PUNCTUATION).split())
    if said in _YES:
        return True
    if said in _NO:
        return False
    return None


def world_verbs(world: World) -> frozenset[str]:
    """Every word the world uses as a verb (verbs, their aliases, item uses, reactions)."""
    words = set()
    for verb in world.verbs:
        words.add(verb.verb)
        words.update(verb.aliases)
    for item in world.items:
        words.update(u.verb for u in item.uses)
    for ch in world.characters:
        words.update(r.verb for r in ch.reactions if r.verb)
    return frozenset(w.lower() for w in words)


def known_words(world: World) -> frozenset[str]:
    """Words the parser or the world knows (verb phrases, directions, little words, the names
    and aliases of places, things and people): the ones ``oops`` tries to replace last."""
    phrases: set[str] = {*vocabulary.VERBS, *vocabulary.DIRECTION_WORDS, *vocabulary.PHRASES}
    phrases |= vocabulary.DETERMINERS | vocabulary.PRONOUNS | vocabulary.LOOK_AROUND
    phrases |= {p for preps in vocabulary.OBJ_PREPS.values() for p in preps}
    phrases |= {*vocabulary.ASK_PREPS, *vocabulary.GO_LEADS, *vocabulary.EXAMINE_LEADS}
    phrases.update(x.name for x in world.locations)
    for item in world.items:
        phrases.add(item.name)
        phrases.update(item.aliases)
    for person in world.characters:
        phrases.add(person.name)
        phrases.update(person.aliases)
    for location in world.locations:
        phrases.update(alias for ex in location.exits for alias in ex.aliases)
    phrases |= world_verbs(world)
    return frozenset(w for p in phrases for w in p.lower().split())


def oops(refused: str, word: str, works: Callable[[str], bool], known: Collection[str] = ()) -> str:
    """``refused`` with one of its words replaced by ``word``: the first for which ``works``
    (the world accepts the command) holds, trying the words not in ``known`` before the
    others, each from the last back; when none works, the last unknown word (or the last)."""
    words = refused.split()
    if not words:
        return word
    unknown = [i for i in range(len(words)) if words[i].lower() not in known]
    order = [*reversed(unknown), *(i for i in reversed(range(len(words))) if i not in unknown)]
    for i in order:
        mended = " ".join([*words[:i], word, *words[i + 1 :]])
        if works(mended):
            return mended
    i = order[0]
    return " ".join([*words[:i], word, *words[i + 1 :]])
