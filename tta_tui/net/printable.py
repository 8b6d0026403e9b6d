"""Text from the server made safe to show in a terminal.

Whatever the server relays (other people's words: a facilitator's message, an operator's notice,
a character's backstory, a close reason) could hold control characters that a terminal obeys as
commands: ESC sequences that clear the screen or set the window title, BEL, the C1 controls. The
server refuses them in new input, but text stored before it did, or a server that is not ours,
may still carry them. Every frame is passed through :func:`printable` as it arrives, so no
widget ever sees one.
"""

from __future__ import annotations

import re
from typing import Any

_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""Control characters other than tab and line feed (CR goes too: it rewrites the line)."""


def printable(value: Any) -> Any:
    """``value`` with every text in it (keys included, at any depth) made safe to print: control
    characters removed, lone surrogates replaced by U+FFFD."""
    if isinstance(value, str):
        if _CONTROL.search(value) or _SURROGATE.search(value):
            return _CONTROL.sub("", _SURROGATE.sub("\ufffd", value))
        return value
    if isinstance(value, dict):
        return {printable(k): printable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [printable(v) for v in value]
    return value
