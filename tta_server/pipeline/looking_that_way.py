"""A question about what lies in a direction ("Whats to the east?", "what's north of here",
"what is up there?", "look west"): a look that way, never words said to someone (newcomer
corpus 32 met "There's no one here to talk to." at the Lighthouse Yard). :func:`way_asked`
gives the direction's word, or None."""

from __future__ import annotations

import re

from tta_server.protocol.directions import Direction

_WAY = r"(north|south|east|west|northeast|northwest|southeast|southwest)"
_ASKED = re.compile(
    r"^(?:so |and |ok |okay |um |hmm |then )*(?:(?:whats|what is|what lies|what can i see"
    r"|what do i see|what would i find|what will i find|is there anything|anything)"
    r" (?:over |out |off |away |further |farther )?(?:to(?:wards)? |in the |on the )?(?:the )?"
    + _WAY
    + r"(?:wards?)?(?: of here| from here| side| way| direction| then| there)?"
    r"|look (?:to |towards |over )?(?:the )?" + _WAY + r"(?:wards?)?"
    r"|(?:whats|what is|what lies) (up|down|in|out) (?:there|that way))$"
)


def _plain(text: str) -> str:
    said = text.lower().replace("\u2019", "'").replace("'", "")
    return " ".join(re.sub(r"[^\w\s]", " ", said).split())


def way_asked(text: str) -> str | None:
    """The direction (as its word: "east", "up") that ``text`` asks about or looks towards,
    or None when it is anything else."""
    found = _ASKED.match(_plain(text))
    if found is None:
        return None
    word = next(g for g in found.groups() if g)
    way = Direction.from_name(word)
    return way.word if way is not None else None
