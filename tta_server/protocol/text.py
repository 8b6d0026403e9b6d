"""Text rules both sides of the wire share: what is refused or cleaned at the frame boundary
(:data:`SURROGATE`, :data:`CONTROL`, :func:`clean`), how names compare (:func:`fold`), and what
a client does to any text before a terminal shows it (:func:`printable`)."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

SURROGATE = re.compile("[\ud800-\udfff]")
"""A lone UTF-16 surrogate: JSON escapes can spell one, UTF-8 cannot carry it."""

CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""Control characters a terminal obeys as commands (ESC, BEL, the C1 controls, DEL ...): all
but tab, line feed and carriage return."""


def nfc(text: str) -> str:
    """Unicode NFC form, so that "é" typed two ways compares equal."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """The key under which names are unique: NFC, trimmed, case-folded."""
    return nfc(text).strip().casefold()


def clean(text: str) -> str:
    """``text`` safe to send and to show in a terminal: lone surrogates become U+FFFD, control
    characters other than tab and line feed are removed (carriage returns too)."""
    return CONTROL.sub("", SURROGATE.sub("\ufffd", text)).replace("\r", "")


DISPLAY_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""Control characters a client removes before display: all but tab and line feed (a carriage
return goes too: it rewrites the line)."""


def printable(value: Any) -> Any:
    """``value`` with every text in it (keys included, at any depth) made safe to print in a
    terminal: control characters removed, lone surrogates replaced by U+FFFD. Whatever a server
    relays (other people's words, a close reason) may hold ESC sequences that clear a screen or
    set a window title: stored before input was checked, or sent by a server that is not ours."""
    if isinstance(value, str):
        if DISPLAY_CONTROL.search(value) or SURROGATE.search(value):
            return DISPLAY_CONTROL.sub("", SURROGATE.sub("\ufffd", value))
        return value
    if isinstance(value, dict):
        return {printable(k): printable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [printable(v) for v in value]
    return value


def clean_all(value: object) -> object:
    """``value`` (decoded JSON) with :func:`clean` applied to every text in it, keys included."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, dict):
        return {clean(str(k)): clean_all(v) for k, v in value.items()}
    if isinstance(value, list):
        return [clean_all(v) for v in value]
    return value
