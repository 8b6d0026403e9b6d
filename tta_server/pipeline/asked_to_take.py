"""Asking to take what someone here is holding ("can i take some soup for her" with Rue holding
the flask of broth): the words ask them for it, as "can i have some soup for her" does (newcomer
corpus 31 met "The flask of broth is with Rue ... can stay there unless it's offered")."""

from __future__ import annotations

import re

from tta_server.world.replies import normal

_ASKS_TO_TAKE = re.compile(
    r"^(?:(?:so|ok|okay|um|hmm|please) )*(?:can|could|may|might) i (?:please )?"
    r"(?:take|grab|borrow|bring|take away|take along) (?P<what>.+)$"
)


def asked_to_take(text: str) -> str | None:
    """What words asking to take something name ("can i take some soup for her": "some soup
    for her"); None for other words."""
    found = _ASKS_TO_TAKE.match(normal(text).rstrip(" ?.!"))
    return found.group("what") if found else None
