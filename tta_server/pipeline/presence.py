"""Asking whether someone is here: "is pip here?", "is rue around?", "maren about?", and
"where's pip?" with Pip here (newcomer 18 on the harbour wall: "is pip here? pip, your dads
boat is coming in love" was "I know the words 'pip' and 'boat', but not 'here'").

:func:`asked_after` reads such a question at the start of the player's words, naming one of
the world's characters, and gives the plain answer (here; or not here, and where they are when
the player has met them and been there: :func:`~tta_server.world.answers.known_answer`; called
by the player's own word for them until met, never by a name they have not heard) and
the rest of the words, which the play loop says to them when they are here. "where is X" with
X away is left to the conversation (someone here may answer it in their own words).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from tta_server.pipeline.binding import someone_elsewhere
from tta_server.pipeline.clauses import normalise
from tta_server.world.answers import Asked, known_answer
from tta_server.world.schema import Character, World
from tta_server.world.state import WorldState, where_is
from tta_server.world.views import met

#: "is pip here", "are the twins around", "pip about", "is maren in" (group ``who``), or
#: "where's pip" (group ``where``: only asked of someone here).
_ASKED = re.compile(
    r"^(?:(?:is|are) (?P<who>.+?) (?:here|around|about|in|there|in there|nearby|anywhere"
    r"|about the place|round here|around here)"
    r"|(?P<alone>.+?) (?:here|around|about)"
    r"|(?:where s|wheres|where is|where are|where has) (?P<where>.+?)(?: gone| got to)?)"
    r"(?: (?:now|then|at all|still|yet|love|duck|please))*$"
)
#: The end of the question: its "?" (or the end of a sentence).
_END = re.compile(r"[?.!]+\s*")


class Presence(NamedTuple):
    """The answer to a presence question and what follows it."""

    character: str
    here: bool
    answer: str
    rest: str


def asked_after(world: World, state: WorldState, text: str) -> Presence | None:
    """The presence question opening ``text`` (see the module docstring), or None."""
    end = _END.search(text)
    question, rest = (text[: end.start()], text[end.end() :]) if end else (text, "")
    found = _ASKED.match(normalise(question).replace("'", " ").replace("  ", " "))
    if found is None:
        return None
    words = found.group("who") or found.group("alone") or found.group("where")
    who = someone_elsewhere(world, words)
    ch = world.character(who) if who else None
    if ch is None:
        return None
    here = where_is(world, state, ch.id) == state.location
    if found.group("where") and not here:
        return None
    if here:
        return Presence(ch.id, True, f"{ch.name} is right here.", rest.strip())
    known = known_answer(world, state, Asked("where", "character", ch.id))
    if known.startswith(ch.name):
        return Presence(ch.id, False, f"Not here. {known}", rest.strip())
    called = ch.name if ch.id in met(world, state) else _as_typed(ch, words)
    return Presence(ch.id, False, f"{called} isn't here.", rest.strip())


def _as_typed(ch: Character, words: str) -> str:
    """Someone not met yet called by the player's own words ("is pip here?": "Pip isn't
    here.", never the surname the player has not heard; "is the kid around?": "The kid")."""
    name = ch.name[: len(words)] if ch.name.lower().startswith(words) else words
    return name[:1].upper() + name[1:]
