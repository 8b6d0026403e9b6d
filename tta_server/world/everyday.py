"""The default reply of an everyday verb (light, smell, knock, sit ...) when the world gives it
no meaning of its own: the senses of scenery and places, knocking at doors, lighting what
already burns. Part of :mod:`tta_server.world.engine` (its ``_act`` tries the world's meanings
first); pure functions, no I/O.
"""

from __future__ import annotations

import re

from tta_server.protocol.intents import Intent
from tta_server.world import acts
from tta_server.world.schema import (
    Character,
    Exit,
    Item,
)
from tta_server.world.state import (
    place_of,
)
from tta_server.world.turn import (
    Outcome,
    Turn,
    scenery_here,
    the,
)
from tta_server.world.views import (
    here,
    is_shut,
    item_texts,
    sense_now,
)


def default_act(
    t: Turn,
    act: str,
    item: Item | None,
    ch: Character | None,
    door: Exit | None = None,
    *,
    named: str | None = None,
) -> Outcome:
    """The default reply of ``act`` here; ``named``: what it is done to when that is only
    something around the player ("the wall": see :mod:`tta_server.world.surroundings`)."""
    loc = here(t.world, t.s)
    sc = scenery_here(t, t.action.target_id)
    field = acts.SENSES.get(act)
    thing = the(item.name) if item else the(sc.name) if sc else named
    if act == Intent.KNOCK and door is None and not (item or ch or sc):  # a bare "knock":
        doors = [x for x in loc.exits if x.door]  # the one door here, if there is one
        door = doors[0] if len(doors) == 1 else None
    typed = (t.action.target_text or "").lower()
    if sc is not None and typed in sc.aliases and typed not in sc.name.lower():
        thing = f"the {typed}"  # "touch the fence": the fence, not the gorse it is listed with
    if door is not None:
        thing = the(door.door or f"the way {door.dir.value}")
        thing = thing if thing.lower().startswith("the ") else f"the {thing}"
    if t.action.target_id == acts.ME:
        thing = "yourself"
    scene = None
    if field is not None and sc is not None:
        scene = sense_now(t.world, t.s, sc, field)
    elif field is not None and item is None and ch is None and t.action.target_id is None:
        scene = sense_now(t.world, t.s, loc, field)
    if t.action.target_id is not None and not (item or ch or sc or thing or door):
        theirs = t.world.item(t.action.target_id)
        holder = t.present(place_of(t.world, t.s, theirs.id)) if theirs else None
        if theirs is not None and holder is not None:  # "eat the broth" Rue is holding
            facts = {"name": theirs.name, "holder": holder.id, "holder_name": holder.name}
            return t.fail("take.theirs", **facts)
        return t.fail("examine.not_here", target=t.action.target_id)
    if act == Intent.LIGHT and item is not None and _burning(item_texts(t.world, t.s, item)[0]):
        text = f"{the(item.name)[:1].upper()}{the(item.name)[1:]} is already lit."
        return t.fail("act.refused", text=text, verb=act)
    if act == Intent.LIGHT and sc is not None and item is None:  # "light the lighthouse"
        lamp = _lamp_of(t, sc.name, typed)
        if lamp is not None:
            return t.fail("act.refused", text=lamp, verb=act)
    reply = acts.default_reply(
        act,
        place=the(loc.name),
        thing=thing,
        person=ch.name if ch else None,
        scene=scene,
    )
    if act == Intent.KNOCK and door is not None and is_shut(t.world, t.s, t.s.location, door):
        return t.fail("act.refused", text=door.blocked or reply.text, verb=act)
    if act == Intent.KNOCK and door is not None:  # an open door: nobody "doesn't answer"
        return t.done("act.ok", [], text=acts.KNOCK_OPEN.format(the=thing), verb=act)
    mentioned = [x.id for x in (item, ch, sc) if x is not None]
    if not reply.ok:
        return t.fail("act.refused", text=reply.text, verb=act)
    return t.done("act.ok", mentioned, text=reply.text, verb=act)


_ALIGHT = re.compile(r"\b(?:flame|flames|burning|alight|aflame|lit|glowing)\b", re.IGNORECASE)
_UNLIT = re.compile(
    r"\b(?:unlit|not lit|dark|cold|out|snuffed|dead"
    r"|(?:stay|stays|keep|keeps|be|once|when|until|if) lit)\b",  # "matches that stay lit"
    re.IGNORECASE,
)


def _burning(description: str) -> bool:
    """Whether an item's description says it is burning ("its flame is small and steady")."""
    return _ALIGHT.search(description) is not None and _UNLIT.search(description) is None


def _lamp_of(t: Turn, name: str, typed: str) -> str | None:
    """Where the light of a thing that cannot be lit comes from (play 34: "light the
    lighthouse" met "The lighthouse isn't something you can light"): the world's item lit by
    a "light" use whose name or alias is in the thing's name or the words typed ("the
    lighthouse", "the light": the great lamp), and the place it is in; None when there is none."""
    said = f"{name} {typed}".lower()
    for lamp in t.world.items:
        if not any(u.verb == Intent.LIGHT or Intent.LIGHT in u.aliases for u in lamp.uses):
            continue
        names = [lamp.name.lower().removeprefix("the "), *(a.lower() for a in lamp.aliases)]
        if not any(re.search(rf"\b{re.escape(x)}", said) for x in names):
            continue
        where = t.world.location(place_of(t.world, t.s, lamp.id))
        at = f" in {the(where.name)}" if where is not None else ""
        thing, lit = the(name), the(lamp.name)
        if _burning(item_texts(t.world, t.s, lamp)[0]):
            return f"{thing[:1].upper()}{thing[1:]} is lit already: {lit} burns{at}."
        return f"What lights {thing} is {lit}{at and ','}{at}: that is where it can be lit."
    return None
