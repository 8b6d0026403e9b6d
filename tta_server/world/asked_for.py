"""A thing asked of the one who has or keeps it (play 34): "can i have a lantern please?" to
Rue, whose lanterns hang in her hut, met "That's a question for someone cleverer than me", and
"ask rue for a biscuit" the same. Asking someone for a thing they hold, or for a thing of the
place they keep, is a request for it: the topic of theirs that gives it, the thing of the place
as taking it there reads, or plainly that it is theirs. Part of :mod:`tta_server.world.talk`;
pure functions, no I/O.
"""

from __future__ import annotations

import re

from tta_server.protocol.intents import Intent
from tta_server.world.schema import Character, Item, Scenery, topic_key
from tta_server.world.state import holds, place_of
from tta_server.world.turn import Outcome, Turn
from tta_server.world.vocab import PLAYER

_REQUEST = re.compile(
    r"\b(?:(?:can|could|may|might) (?:i|we) (?:please )?(?:have|get|borrow|take|grab)"
    r"|(?:give|pass|hand|lend) (?:me|us)|i(?:'d| would) like|i want"
    r"|(?:ask(?:ing)?|asks) (?:\w+ )?for"
    r"|(?:got|have you got|do you have) (?:a|an|any|some))\b"
)


def _named(words: str, names: list[str], first: bool) -> bool:
    """Whether ``words`` name the thing (with ``first``, as their first words: "ask rue for a
    biscuit for the dog" reaches her as "biscuit for the dog")."""
    lead = r"^(?:(?:a|an|some|the|one|another|more) )?" if first else r"\b"
    tail = r"(?: for .*| please)?\W*$" if first else r"\b"  # "the windows are foggy": no ask
    return any(re.search(rf"{lead}{re.escape(n.lower())}s?{tail}", words) for n in names if n)


def _names(thing: Item | Scenery) -> list[str]:
    return [
        thing.name.lower().removeprefix("the ").removeprefix("a ").removeprefix("an "),
        *thing.aliases,
    ]


def kept_asked_for(t: Turn, ch: Character, words: str) -> Outcome | None:
    """The answer to ``words`` asking ``ch`` for a thing they hold or keep here, or None when
    the words ask for nothing of theirs."""
    said = " ".join(words.lower().replace("\u2019", "'").split())
    first = _REQUEST.search(said) is None  # no words of asking: only the thing itself
    for item in t.world.items:
        if place_of(t.world, t.s, item.id) != ch.id or not _named(said, _names(item), first):
            continue
        for topic in ch.topics:  # the topic of theirs that puts it in the player's hands
            gives = any(
                getattr(e, "to", None) == PLAYER and getattr(e, "place_item", None) == item.id
                for e in topic.effects
            )
            if gives and topic_key(ch.id, topic) not in t.s.done:
                facts = {"asker": ch.id, "topic": topic.id}
                if holds(t.world, t.s, topic.when) or topic.otherwise is not None:
                    return t.interact(topic_key(ch.id, topic), Intent.TALK, topic, [ch.id], **facts)
        facts = {"name": item.name, "holder": ch.id, "holder_name": ch.name}
        return t.fail("take.theirs", **facts)
    for sc in t.world.scenery_at(t.s.location):  # the biscuits of Rue's hut
        if sc.take and _named(said, list(sc.aliases), first):
            return t.fail("take.fixed", [sc.id], name=sc.name, text=sc.take)
    return None
