"""Asking to be taken somewhere ("Please take me to Lamp Cottage", "can you take me back to the
quay?", "lead me to the tea hut"): going there, as "go to ..." does (newcomer corpus 32 met
"There's no sign of that here." for it). :func:`led_there` gives the "go to ..." it means."""

from __future__ import annotations

import re

_LED = re.compile(
    r"^(?:(?:please|pls|plz|ok|okay|now|so|and|then)\W+)*"
    r"(?:(?:can|could|will|would) you (?:please )?)?"
    r"(?:take|bring|lead|walk|guide|get) me (?:back |over |down |up |along |round |across )?"
    r"(?:to|into|towards|as far as) (?P<to>.+?)(?:\W+(?:please|pls|plz|thanks|thank you))*"
    r"[\s?.!]*$",
    re.IGNORECASE,
)


def led_there(text: str) -> str | None:
    """ "go to <place>" for words asking to be taken there, or None."""
    found = _LED.match(" ".join(text.split()))
    return f"go to {found.group('to')}" if found is not None else None
