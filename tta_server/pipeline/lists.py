"""Several things in one command: "take all", "drop everything except the lantern" and "take
the can and the matches" (or "give her the ember and the glasses") as one parsed intent per
thing, for :func:`tta_server.pipeline.play.play` to apply in turn."""

from __future__ import annotations

import re
from dataclasses import replace

from tta_server.pipeline import parser, which
from tta_server.pipeline.binding import parser_scope
from tta_server.pipeline.clauses import normalise
from tta_server.pipeline.vocabulary import ALL_WORDS, DETERMINERS, EXCEPT_WORDS
from tta_server.protocol.intents import Intent
from tta_server.world.engine import Scope, WorldState
from tta_server.world.schema import World

# -- all, everything, everything except ---------------------------------------------------------
NOTHING: dict[str, str] = {
    Intent.TAKE: "There is nothing here you can take.",
    Intent.DROP: "You aren't carrying anything.",
}


def everything(
    world: World, world_scope: Scope, intent: parser.ParsedIntent
) -> list[parser.ParsedIntent] | None:
    """ "take all", "drop everything except the lantern": one intent per thing; None when the
    clause is not about everything."""
    if intent.intent not in NOTHING:
        return None
    words = normalise(intent.raw).split()
    at = next((i for i, w in enumerate(words) if w in ALL_WORDS), None)
    if at is None:
        return None
    rest = " ".join(w for w in words[at + 1 :] if w not in ("down", "away", "here", "up"))
    but = next((e for e in EXCEPT_WORDS if rest == e or rest.startswith(f"{e} ")), None)
    if rest and but is None:
        return None  # "take all of the bread": one thing
    left_out = [
        w.removesuffix("'s")
        for w in rest[len(but or "") :].split()
        if w not in DETERMINERS and w != "and"
    ]
    if intent.intent == Intent.TAKE:
        things = [
            n
            for n in world_scope.items_here
            if (item := world.item(n.id)) is not None and item.portable
        ]
    else:
        things = list(world_scope.items_held)
    return [
        parser.ParsedIntent(intent.intent, n.name, None, n.id, None, intent.raw)
        for n in things
        if not (left_out and _named_by(world, n.id, left_out))
    ]


#: A list's joins: a comma, "and", or chat's "n" ("get paraffin n matches").
_LIST_SPLIT = re.compile(r"\s*(?:,|\band\b|\bn\b)\s*")
#: Words of manner after the list, no thing of it ("... and the tin of matches, please").
_LIST_TAIL = re.compile(
    r"(?:[,\s]+(?:please|pls|plz|thanks|thank you|too|as well|also|if i may|if that's ok))+"
    r"[\s.!?]*$",
    re.IGNORECASE,
)


def listed(
    world: World, world_scope: Scope, state: WorldState, intent: parser.ParsedIntent
) -> list[parser.ParsedIntent] | None:
    """ "take the oil can and the matches", "take lamp, rope, key": one intent per thing named
    (the list is read from the clause as typed, commas and all), when every name in the list
    is something different here; None otherwise ("bread and butter" is one thing)."""
    handed = intent.intent in _HANDED and intent.obj_id is not None
    if (intent.intent not in NOTHING and not handed) or not intent.target:
        return None
    pieces = [p.strip() for p in _LIST_SPLIT.split(_LIST_TAIL.sub("", intent.raw)) if p.strip()]
    if len(pieces) < 2:
        return None
    here = parser_scope(world_scope, state, world)
    found = [parser.parse(pieces[0], here)]  # "take the lamp": the verb, then the first name
    verb = Intent.EXAMINE if handed else intent.intent  # "give her the ember and the glasses"
    found += [parser.parse(f"{verb} {p}", here) for p in pieces[1:]]
    if handed:  # each thing named goes to the same person
        found = [[replace(x[0], intent=intent.intent)] if len(x) == 1 else x for x in found]
    named = [x[0] for x in found if len(x) == 1 and x[0].intent == intent.intent]
    ids = [x.target_id for x in named]
    if len(ids) != len(pieces) or None in ids or len(set(ids)) != len(ids):
        return None
    return [
        parser.ParsedIntent(
            intent.intent, x.target, intent.obj, x.target_id, intent.obj_id, intent.raw
        )
        if handed
        else parser.ParsedIntent(intent.intent, x.target, None, x.target_id, None, intent.raw)
        for x in named
    ]


#: Verbs of handing things to someone, whose lists ("give her the ember and the glasses") are
#: one action per thing, to the same person.
_HANDED = frozenset({Intent.GIVE, Intent.SHOW})


def _named_by(world: World, entry_id: str, words: list[str]) -> bool:
    return any(
        set(words) <= set(name.replace("'s", "").split())
        for name in which.names_of(world, entry_id)
    )


# -- and the X too --------------------------------------------------------------------------------
#: A thing added to the last command ("And the matches too, please.", "also the glasses",
#: "the book as well", "plus the key"): its words, with "and"/"also"/"plus" before them or
#: "too"/"as well" after them.
_ALSO = re.compile(
    r"^(?:(?:oh |and |also |plus |oh and |and also )+(?P<a>.+?)(?: too| as well| also)?"
    r"|(?P<b>.+?) (?:too|as well))(?:[,\s]+(?:please|pls|plz|thanks|thank you))?$"
)


_NO_THING = frozenset(
    {"i", "im", "me", "my", "you", "u", "your", "youre", "we", "us", "they", "them", "he", "him"}
    | {"she", "it", "its", "everyone", "everybody", "all", "yours", "mine", "one", "same"}
)


def also(world: World, state: WorldState, text: str) -> str | None:
    """The command "and the X too" stands for (newcomer corpus 26: "I'll take the can of
    paraffin ...", then "And the matches too, please." was not understood): the last command
    again on X, as the state shows it: a thing just given to someone here is given to them
    too ("give X to Y"), one just put down is dropped ("drop X"), one just taken is taken
    ("take X"). None when the words add nothing to a command of these."""
    found = _ALSO.match(normalise(text))
    if found is None:
        return None
    what = found.group("a") or found.group("b") or ""
    if not what or set(what.replace("'", "").split()) & _NO_THING:  # "me too": no thing
        return None
    last = [x for x in state.mentioned if world.item(x) is not None]
    if not last:
        return None
    place = state.places.get(last[0], world.initial_place(last[0]))
    holder = world.character(place)
    if holder is not None and place in state.mentioned:
        return f"give {what} to {holder.name}"
    if place == "player":
        return f"take {what}"
    if place == state.location:
        return f"drop {what}"
    return None
