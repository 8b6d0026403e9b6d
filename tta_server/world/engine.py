"""The game engine: pure functions from (world, state, action) to an outcome. No I/O.

An action is ``(intent, target_id, obj_id, target_text)``: a canonical intent (``go``,
``look``, ``examine``, ``take``, ``drop``, ``use``, ``open``, ``talk``, ``give``,
``inventory``, ``help``, ``wait``, or an everyday verb of ``ACTS``: the world's own meaning
of it first, else :mod:`tta_server.world.acts`' default reply) or a world verb (an item use's
verb, a character reaction's verb, or a ``[[verbs]]`` entry), with ids resolved by the parser
(a direction word or a location id for ``go``; a topic id, or free words in ``target_text``, for
``talk``).

:func:`apply` never changes its input. A possible action returns a new state with ``turn``
advanced; an impossible one returns ``ok=False``, an unchanged state and, where the world has
one, an in-fiction explanation in ``facts["text"]``. :data:`MESSAGES` gives a plain sentence
for every ``message_key``. :func:`scope` says what the player can refer to; :func:`context`
what a narrator needs. The world stays playable after the ending (``state.ended``).

The engine is five modules: this one (the intents and :func:`apply`),
:mod:`~tta_server.world.turn` (the action in progress and what the parts share),
:mod:`~tta_server.world.moving` (``go``),
:mod:`~tta_server.world.talk` (conversation) and :mod:`~tta_server.world.everyday` (the default
replies of everyday verbs).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from tta_server.protocol.directions import Direction
from tta_server.protocol.intents import ACTS, CANONICAL_INTENTS, Intent
from tta_server.world import acts, surroundings
from tta_server.world.everyday import default_act
from tta_server.world.moving import go
from tta_server.world.schema import (
    Character,
    Exit,
    Item,
    Scenery,
    Use,
    World,
    reaction_key,
    use_key,
    verb_key,
)
from tta_server.world.state import (
    Delta,
    DeltaKind,
    WorldState,
    exit_key,
    holds,
    new_state,
    place_of,
)
from tta_server.world.talk import shown, talk
from tta_server.world.turn import (
    MESSAGES,
    Action,
    Outcome,
    Turn,
    find_exit,
    scenery_description,
    scenery_here,
    the,
)
from tta_server.world.views import (
    Context,
    Scope,
    addressees,
    character_line,
    character_texts,
    characters_here,
    context,
    held,
    here,
    is_animal,
    is_shut,
    item_texts,
    items_at,
    scope,
)
from tta_server.world.vocab import PLAYER, ChangeAttitude, HasItem, attitude_word

__all__ = [
    "MESSAGES",
    "Action",
    "Context",
    "Delta",
    "DeltaKind",
    "Outcome",
    "Scope",
    "WorldState",
    "apply",
    "context",
    "new_state",
    "scope",
]


# -- canonical intents ----------------------------------------------------------------------------


def _look(t: Turn) -> Outcome:
    loc = here(t.world, t.s)
    way = Direction.from_name(t.action.target_text or "") if t.action.target_text else None
    if way is not None:  # "whats to the east?": what lies that way (newcomer corpus 32)
        ex = next((x for x in loc.exits if x.dir == way), None)
        facts: dict[str, Any] = {"direction": way.word, "location": loc.id}
        if ex is not None:
            to = t.world.location(ex.to)
            facts |= {"to": ex.to, "to_name": to.name if to is not None else ex.to}
            facts["shut"] = is_shut(t.world, t.s, loc.id, ex)
        return t.done("look.way", location_name=loc.name, **facts)
    return t.done("look.ok", location=loc.id, location_name=loc.name)


_PLAYER_DEFAULT = (
    "You look yourself over: tired around the edges, perhaps, but here, and still going."
)


def _someone_away(t: Turn) -> Character | None:
    """The one character of the world the words name ("you rue", "rue for everything") when
    they are not here; None when none or several are named."""
    words = f" {' '.join(re.findall(r'[a-z]+', (t.action.target_text or '').lower()))} "
    found = [c for c in t.world.characters if any(f" {n.lower()} " in words for n in c.names)]
    return found[0] if len(found) == 1 else None


def _not_seen(t: Turn) -> Outcome:
    """A thing named that is not here: background the prose mentions, or nothing at all."""
    words = (t.action.target_text or "").lower().split()
    loc = here(t.world, t.s)
    prose = " ".join([*loc.descriptions, loc.first_visit or "", *(n.text for n in loc.notes)])
    said_here = set(re.findall(r"[a-z]+", prose.lower()))
    background = set(t.world.meta.background) & said_here  # only what this place mentions
    noun = next(
        (w for w in reversed(words) if w in background or w.rstrip("s") in background), None
    )
    around = surroundings.surrounding(loc, t.action.target_text or "") if noun is None else None
    if around is not None and t.action.intent not in (Intent.EXAMINE, *acts.EXAMINE_FALLBACK):
        return default_act(t, t.action.intent, None, None, named=f"the {around}")  # "touch
        # the wall", "smell the air": the everyday verb, at what is around the player
    noun = noun or around
    if noun is not None:
        text = f"You look at the {noun}. It is just as it seems; there is nothing more to find."
        return t.fail("examine.background", target=noun, text=text)
    return t.fail("examine.not_here", target=t.action.target_text)


def _examine_exit(t: Turn, ex: Exit) -> Outcome:
    """ "examine the blue door": where the way leads, and why it is shut if it is."""
    dest = t.world.location(ex.to)
    name = ex.door or f"the way {ex.dir.value}"
    where = f"It leads {Direction(ex.dir).word} to {dest.name if dest else ex.to}."
    shut = is_shut(t.world, t.s, t.s.location, ex)
    text = f"{where} {ex.blocked}" if shut and ex.blocked else where
    return t.done("examine.ok", [], name=name, description=text)


def _examine(t: Turn) -> Outcome:
    target = t.action.target_id
    if target is None and t.action.target_text:
        ex = find_exit(t.world, t.s, t.action.target_text)
        return _not_seen(t) if ex is None else _examine_exit(t, ex)
    if target is None or target == t.s.location:
        return _look(t)
    if target == acts.ME:
        text = t.world.meta.player or _PLAYER_DEFAULT
        return t.done("examine.ok", [], name="yourself", description=text)
    sc = scenery_here(t, target)
    if sc is not None:
        text = scenery_description(t.world, t.s, sc)
        return t.done("examine.ok", [sc.id], name=sc.name, description=text)
    ch = t.present(target)
    if ch is not None:
        mood = attitude_word(t.s.attitudes.get(ch.id, 0))
        description = character_texts(t.world, t.s, ch)[0]
        return t.done("examine.ok", [ch.id], name=ch.name, description=description, mood=mood)
    item = t.world.item(target)
    visible = {PLAYER, t.s.location} | {c.id for c in characters_here(t.world, t.s)}
    if item is None or place_of(t.world, t.s, item.id) not in visible:
        return t.fail("examine.not_here", target=target)
    use = next((u for u in item.uses if u.verb == Intent.EXAMINE and u.with_ is None), None)
    facts: dict[str, Any] = {"name": item.name, "description": item_texts(t.world, t.s, item)[0]}
    looked = [u for u in item.uses if Intent.EXAMINE in u.aliases and u.with_ is None]
    ready = [u for u in looked if holds(t.world, t.s, u.when)]
    if use is None and ready:  # a use that looking at the item does, once it can
        return t.interact(use_key(item.id, ready[0]), Intent.EXAMINE, ready[0], [item.id], **facts)
    if use is not None and holds(t.world, t.s, use.when):
        return t.interact(use_key(item.id, use), Intent.EXAMINE, use, [item.id], **facts)
    if use is not None:
        facts["text"] = use.otherwise
    return t.done("examine.ok", [item.id], **facts)


def _take(t: Turn) -> Outcome:
    item = t.world.item(t.action.target_id) if t.action.target_id else None
    sc = scenery_here(t, t.action.target_id) if item is None else None
    if sc is not None:  # part of the place: the world's refusal, or a plain one
        text = sc.take or _scenery_stays(sc.name)
        return t.fail("take.fixed", [sc.id], name=sc.name, text=text)
    who = t.present(t.action.target_id) if item is None and t.action.target_id else None
    if who is not None:  # "grab pip" with Pip here: about her, never "no sign of her"
        return t.fail("take.person", character=who.id, character_name=who.name)
    if item is None:
        named = t.action.target_id or t.action.target_text
        return t.fail("take.not_here" if named else "take.what", target=named)
    place = place_of(t.world, t.s, item.id)
    if place == PLAYER:
        return t.fail("take.already_held", [item.id], name=item.name)
    holder = t.present(place)
    if holder is not None:
        return t.fail("take.theirs", name=item.name, holder=holder.id, holder_name=holder.name)
    if place != t.s.location:
        return t.fail("take.not_here", target=item.id)
    if not item.portable:
        return t.fail("take.fixed", [item.id], name=item.name, text=item.fixed)
    t.changes.move_item(item.id, PLAYER)
    return t.done("take.ok", [item.id], name=item.name)


def _scenery_stays(name: str) -> str:
    """The plain refusal to take scenery that has no ``take`` text."""
    the_name = the(name)
    return f"{the_name[:1].upper()}{the_name[1:]} belongs where it is; you leave it be."


def _drop(t: Turn) -> Outcome:
    """Put a thing held down here; onto something here ("put the rosemary on the desk": the
    action's ``obj_id``) it is that thing's use with the other when the world gives one ("put
    the paraffin in the lamp"), else put down on it; onto what is not here, refused so."""
    item = t.world.item(t.action.target_id) if t.action.target_id else None
    if item is None or item.id not in t.s.inventory:
        return t.fail("drop.not_held", target=t.action.target_id)
    on = t.action.obj_id
    if on is not None:
        used = _use(Turn(t.world, t.before, t.action._replace(intent=Intent.USE)))
        if used.ok or used.message_key not in ("use.not_here", "use.nothing"):
            return used
    if item.keep is not None:
        return t.fail("drop.keep", name=item.name, text=item.keep)
    if on is None:
        t.changes.move_item(item.id, t.s.location)
        return t.done("drop.ok", [item.id], name=item.name)
    surface = scenery_here(t, on) or t.reachable_item(on)
    if surface is None or surface.id == item.id:  # the words typed, when they name nothing
        names = {x.id: x.name for x in t.world.items} | {x.id: x.name for x in t.world.scenery}
        where = the(names[on]) if on in names else f"any {on}"
        text = f"You can't see {where} here to put {the(item.name)} on."
        return t.fail("act.refused", text=text, verb=Intent.DROP)
    if _is_water(surface):  # "throw the key in the river" (newcomer corpus 25 was told
        text = (  # "You put the small brass key down on the river"): kept, said so
            f"You hold {the(item.name)} out over {the(surface.name)}, and think better of it:"
            " whatever goes in there is gone for good. You keep hold of it."
        )
        return t.fail("act.refused", text=text, verb=Intent.DROP)
    t.changes.move_item(item.id, t.s.location)
    text = f"You put {the(item.name)} down on {the(surface.name)}."
    return t.done("act.ok", [item.id, surface.id], text=text, verb=Intent.DROP)


#: Words naming water a thing would be lost in.
_WATER = frozenset(
    {"river", "sea", "water", "waves", "harbour", "stream", "canal", "pond", "lake", "surf"}
    | {"tide", "ocean", "brook", "bay", "estuary"}
)


def _is_water(thing: Item | Scenery) -> bool:
    """Whether a thing is water something dropped into is lost in (the river, the sea): its
    name's last word, or an alias that is one such word ("the lobster pots", also called
    "harbour office", are no water)."""
    last = thing.name.lower().replace("-", " ").split()[-1:]
    return bool(set(last) & _WATER) or any(a.lower() in _WATER for a in thing.aliases)


def _unlock(t: Turn, ex: Exit, key: Item | None) -> Outcome:
    """Open a way out: unlock it with its key, or explain in the fiction why not."""
    here = t.s.location
    if ex.locked and exit_key(here, ex.dir.value) not in t.s.unlocked:
        if ex.key is None or ex.key not in t.s.inventory or (key and key.id != ex.key):
            return t.fail("open.locked", direction=ex.dir.value, text=ex.blocked)
        t.changes.unlock(here, ex.dir.value)
        if not holds(t.world, t.s, ex.when):  # unlocked, but still shut for another reason
            return t.done("open.ok", [ex.key], direction=ex.dir.value, text=ex.blocked)
        return t.done("open.ok", [ex.key], direction=ex.dir.value, text=ex.unlocked_text)
    if not holds(t.world, t.s, ex.when):
        return t.fail("open.blocked", direction=ex.dir.value, text=ex.blocked)
    return t.fail("open.already_open", direction=ex.dir.value)


def _needs(use: Use, item_id: str) -> bool:
    """Whether a use names the item as its second object or needs it in hand."""
    return use.with_ == item_id or (
        use.with_ is None
        and any(isinstance(c, HasItem) and c.has_item == item_id for c in use.when)
    )


def _use_on(t: Turn, item: Item, verb: str | None, what: str) -> Outcome | None:
    """Run the use of ``item`` that fits ``verb`` and the action's second object, if any.

    A use that wants a second object also runs without one when the player holds it ("fill
    lamp" with the oil can in hand); "use X with Y" also finds Y's use that needs X. A second
    object named must be in reach (held or here) or a person here: the solver found "fill the
    lamp with the oil can" working with the can left in the oil store.
    """
    obj = t.action.obj_id if t.action.obj_id != item.id else None
    if obj is not None and t.reachable_item(obj) is None and t.present(obj) is None:
        if _asked_for(item, verb, obj):  # "ask the catalogue for my book": what is sought
            obj = None
        else:
            return t.fail("use.not_here", target=obj)  # "fill the lamp with the can" left below

    def fits(u: Use) -> bool:
        return verb is None or u.verb == verb

    uses = [u for u in item.uses if fits(u) and u.with_ == obj]
    if not uses and obj is None:
        uses = [u for u in item.uses if fits(u) and u.with_ in t.s.inventory]
    if not uses and obj is not None:  # "light the lamp with a match": the match it needs
        uses = [u for u in item.uses if fits(u) and u.with_ is None and _needs(u, obj)]
    if not uses and obj is not None and t.present(obj) is not None:  # "play it for him"
        uses = [u for u in item.uses if fits(u) and u.with_ is None]
    if verb is None and len(uses) > 1:
        uses = [u for u in uses if u.verb == Intent.USE] or uses[:1]
    if uses:
        use = uses[0]
        mentioned = [item.id] + ([use.with_] if use.with_ else [])
        return t.interact(use_key(item.id, use), what, use, mentioned, name=item.name)
    other = t.reachable_item(obj)
    if other is not None:
        back = [u for u in other.uses if fits(u) and _needs(u, item.id)]
        if back:
            mentioned = [other.id, item.id]
            return t.interact(use_key(other.id, back[0]), what, back[0], mentioned, name=other.name)
    return None


def _asked_for(item: Item, verb: str | None, obj: str) -> bool:
    """Whether a second object out of reach is what a world verb of the item seeks, not what
    it is done with ("ask the catalogue for my book", "consult it about my book": newcomer 13
    was told the catalogue was not to hand): a use of that verb needs no second object and
    nothing about ``obj``."""
    if verb is None or verb in CANONICAL_INTENTS or verb in ACTS:
        return False
    return any(u.verb == verb and u.with_ is None and not _needs(u, obj) for u in item.uses)


def _use(t: Turn) -> Outcome:
    item = t.reachable_item(t.action.target_id)
    if item is None and scenery_here(t, t.action.target_id) is not None:
        return _examine(t)  # "turn on the radio", part of the place: what it is like
    if item is None:
        return t.fail("use.not_here", target=t.action.target_id)
    obj = t.action.obj_id
    if obj is not None and t.reachable_item(obj) is None and t.present(obj) is None:
        ex = find_exit(t.world, t.s, obj)
        if ex is not None:
            return _unlock(t, ex, item)
        if scenery_here(t, obj) is not None:  # "combine the float with the rope" (in the sea
            return t.fail("use.nothing", name=item.name)  # chest): held, it does nothing so
        return t.fail("use.not_here", target=obj)
    outcome = _use_on(t, item, None, Intent.USE)
    if outcome is not None:
        return outcome
    keyed = [ex for ex in here(t.world, t.s).exits if ex.key == item.id]
    if obj is None and len(keyed) == 1:
        return _unlock(t, keyed[0], item)
    return t.fail("use.nothing", name=item.name)


def _open(t: Turn) -> Outcome:
    item = t.reachable_item(t.action.target_id)
    if item is not None:
        outcome = _use_on(t, item, Intent.OPEN, Intent.USE)
        called = _use_called(item, Intent.OPEN) if outcome is None else None
        if called is not None:  # "open the drawer with my name": the catalogue's consulting
            outcome = _use_on(t, item, called, "verb")
        if outcome is None and not any(u.verb == Intent.OPEN for u in item.uses):
            read = _use_on(t, item, Intent.READ, "verb")  # "open my book": reading it
            return read or _examine(t)  # "open a drawer" of the card catalogue: a look at it
        return outcome or t.fail("open.nothing", name=item.name)
    ex = find_exit(t.world, t.s, t.action.target_id or t.action.target_text)
    if ex is None and t.action.target_id is None and t.action.target_text is None:
        locked = [x for x in here(t.world, t.s).exits if x.locked]
        ex = locked[0] if len(locked) == 1 else None
    sc = scenery_here(t, t.action.target_id) if ex is None else None
    if sc is not None and sc.open:  # "open the sea chest": what the world says is inside
        return t.done("open.scenery", [sc.id], name=sc.name, text=sc.open)
    if sc is not None:
        return _examine(t)  # "open a drawer" of the catalogue: what there is to see
    if ex is None:
        return t.fail("open.nothing")
    key = t.world.item(t.action.obj_id) if t.action.obj_id else None
    return _unlock(t, ex, key)


def _taker(t: Turn, item_id: str) -> tuple[Character | None, str]:
    """Whom a thing given with no one named goes to, of several here: the one who would take
    it (a gift of theirs), else the one person among animals; else no one, and the names to
    ask between ("Rue or Pip")."""
    people = characters_here(t.world, t.s)
    takers = [c for c in people if any(r.gift == item_id for r in c.reactions)]
    if len(takers) == 1:
        return takers[0], ""
    persons = [c for c in people if not is_animal(c)]
    if len(persons) == 1:
        return persons[0], ""
    names = [c.name.split()[0] for c in (persons or people)]
    return None, (f"{', '.join(names[:-1])} or {names[-1]}" if len(names) > 1 else "")


def _theirs(world: World, item: Item, who: Character) -> bool:
    """Whether a thing is the one person's, what they are waiting for: they take it as a gift
    and no one else would (Fenn's book, the cooled ember, Ilse's): shown to them, it is handed
    over ("show ilse the manuscript"). A thing more than one would treasure is a keepsake, and
    stays in the player's hands (newcomer corpus 25: "show maren the sea glass", kept for his
    dad, was set on her windowsill)."""
    takers = {c.id for c in world.characters for r in c.reactions if r.gift == item.id}
    return takers == {who.id}


def _give(t: Turn) -> Outcome:
    item = t.world.item(t.action.target_id) if t.action.target_id else None
    ch = (
        t.present(t.action.obj_id, only=True) if item is None and not t.action.target_text else None
    )
    if ch is not None:  # "feed the cat": the one thing held they would take
        wanted = [r.gift for r in ch.reactions if r.gift in t.s.inventory]
        item = t.world.item(wanted[0]) if len(wanted) == 1 and wanted[0] else None
        t.action = t.action._replace(target_id=item.id if item else None)
        lying = {r.gift for r in ch.reactions if r.gift and r.gift not in t.s.inventory}
        lying = {x for x in lying if place_of(t.world, t.s, x) == t.s.location}
        near = t.world.item(next(iter(lying))) if item is None and len(lying) == 1 else None
        if near is not None:  # "feed footnote" with the biscuits on the desk: say so
            name = the(near.name)
            text = f"You aren't carrying {name}. It's right here, though: take it first."
            return t.fail("give.not_held", target=near.id, text=text)
    loose = item is not None and item.id not in t.s.inventory and item.portable
    if item is not None and loose and place_of(t.world, t.s, item.id) == t.s.location:
        text = f"You aren't carrying {the(item.name)}. It's right here, though: take it first."
        return t.fail("give.not_held", target=item.id, text=text)  # "give the twist to him"
    if item is None or item.id not in t.s.inventory:
        return t.fail("give.not_held", target=t.action.target_id)
    ch = t.present(t.action.obj_id, only=True)
    if ch is None and t.action.obj_id is None:  # "give broth" with Maren and Skipper here
        ch, ask = _taker(t, item.id)
        if ask:  # several who might: ask which, never guess
            return t.fail("give.whom", target=item.id, name=item.name, choices=ask)
    if ch is None:
        return t.fail("give.nobody", target=t.action.obj_id)
    facts = {"name": item.name, "character": ch.id, "character_name": ch.name}
    reaction = next((r for r in ch.reactions if r.gift == item.id), None)
    if reaction is None:
        together = _done_with_them(t, item, ch)
        if together is not None:  # "give pen to juno", who wished for a pen that writes true:
            other, use = together  # the writing on her page, done with her
            mentioned = [other.id, item.id]
            return t.interact(use_key(other.id, use), "verb", use, mentioned, name=other.name)
        declined = character_line(t.world, t.s, ch, "declines")
        owner = _wanted_by(t, item, ch)
        if owner is not None and not is_animal(ch):  # a refusal that points somewhere
            needs = f"'{owner.name.split()[0]} needs it more than I do.'"
            declined = f"{declined} Then, after a moment: {needs}" if declined else needs
        return t.fail("give.declined", text=declined, **facts)
    if reaction.accept and holds(t.world, t.s, reaction.when):
        t.changes.move_item(item.id, ch.id)
    key = reaction_key(ch.id, reaction)
    return t.interact(key, Intent.GIVE, reaction, [item.id, ch.id], asker=ch.id, **facts)


def _done_with_them(t: Turn, item: Item, ch: Character) -> tuple[Item, Use] | None:
    """The use of a thing here that needs ``item`` in hand and is done for ``ch`` (it warms
    them to the player): what giving them the item means when they would not keep it (newcomer
    23 gave Juno the mending pen she had just wished for, and was told "That's yours"); the
    use says in its own words what is still missing when it cannot be done yet. None when no
    one such use is here."""
    found = [
        (other, u)
        for other in t.world.items
        if other.id != item.id and place_of(t.world, t.s, other.id) == t.s.location
        for u in other.uses
        if _needs(u, item.id)
        and any(isinstance(e, ChangeAttitude) and e.attitude == ch.id for e in u.effects)
    ]
    return found[0] if len(found) == 1 else None


def _wanted_by(t: Turn, item: Item, ch: Character) -> Character | None:
    """Someone else who would take ``item`` as a gift and has not yet (open now first): whom a
    character who declines it says it is for (newcomer 17 offered Pip, cold on the harbour
    wall, the blanket: "That's yours. I've got my slate." and no more, a dead end)."""
    wanting = [
        (c, r)
        for c in t.world.characters
        for r in c.reactions
        if c.id != ch.id
        and r.gift == item.id
        and r.accept
        and reaction_key(c.id, r) not in t.s.done
    ]
    wanting.sort(key=lambda x: not holds(t.world, t.s, x[1].when))
    return wanting[0][0] if wanting else None


def _inventory(t: Turn) -> Outcome:
    names = [i.name for i in held(t.world, t.s)]
    if not names:
        return t.done("inventory.empty")
    return t.done("inventory.ok", items=list(t.s.inventory), names=", ".join(names))


def _help(t: Turn) -> Outcome:
    return t.hint()


def _wait(t: Turn) -> Outcome:
    return t.done("wait.ok")


def _only_item_for(t: Turn, verb: str) -> Item | None:
    """The one item in reach with a use of this verb that needs no second object."""
    reachable = items_at(t.world, t.s, t.s.location) + held(t.world, t.s)
    fits = [i for i in reachable if any(u.verb == verb and not u.with_ for u in i.uses)]
    return fits[0] if len(fits) == 1 else None


#: The world verb of a breath: done beside someone, it is still the breathing ("breathe slow
#: near skipper"), never something done to them.
_BREATHE = "breathe"


def _world_verb(t: Turn) -> Outcome:
    """A verb the world defines: an item use, a reaction, or a ``[[verbs]]`` entry."""
    verb = t.world.verb_names().get(t.action.intent)
    if verb is None:
        return t.fail("verb.unknown", verb=t.action.intent)
    facts = {"verb": verb}
    item = t.reachable_item(t.action.target_id)
    here_verbs = [v for v in t.world.verbs if v.verb == verb and (t.s.location in v.at or not v.at)]
    if item is not None:
        outcome = _use_on(t, item, verb, "verb")
        shared = _shared_word_use(t.world, item, verb) if outcome is None else None
        if shared is not None:  # "write on juno's page" while holding a book one "writes"
            outcome = _use_on(t, item, shared, "verb")  # back to: the page's own "write"
        if outcome is not None or not here_verbs:  # else "label it": the verb of this place
            return outcome or t.fail("use.nothing", name=item.name, **facts)
    ch = t.present(t.action.target_id)
    if ch is not None and item is None:
        reaction = next((r for r in ch.reactions if r.verb == verb), None)
        tool = _only_item_for(t, verb) if reaction is None else None
        if reaction is None and tool is not None:  # "whistle for skipper": the whistle, for him
            return _use_on(t, tool, verb, "verb") or t.fail("use.nothing", **facts)
        beside = reaction is None and verb == _BREATHE and bool(here_verbs)
        if reaction is None and not beside:
            return t.fail("verb.unknown", character_name=ch.name, **facts)
        if reaction is not None:
            key = reaction_key(ch.id, reaction)
            return t.interact(
                key, "verb", reaction, [ch.id], asker=ch.id, character_name=ch.name, **facts
            )
        ch = None  # "breathe slow near skipper": the breathing of this place, beside him
        # (newcomer corpus 29: "That doesn't seem to belong to this place")
    target_item = t.world.item(t.action.target_id) if t.action.target_id else None
    if (
        target_item is not None
        and item is None
        and place_of(t.world, t.s, target_item.id)
        not in {c.id for c in characters_here(t.world, t.s)}
    ):  # a thing someone here holds ("mend it", the book Ilse has) is still in the scene
        return t.fail("use.not_here", target=t.action.target_id, **facts)
    # A verb written for this place wins over an everywhere verb of the same name, even when
    # its conditions fail: its "otherwise" text is the in-fiction nudge the author meant.
    # Only verbs called by the word typed: "sit" is "breathe" in the dune hollow, not where
    # the everywhere "breathe" has no such alias.
    typed = t.action.intent
    called = [v for v in t.world.verbs if v.verb == verb and typed in (v.verb, *v.aliases)]
    options = [v for v in called if t.s.location in v.at]
    options = options or [v for v in called if not v.at]
    on_scenery = (  # "read the brass plaque on the bench": the scenery, read as looked at
        scenery_here(t, t.action.target_id) is not None
        and t.reachable_item(t.action.obj_id) is None
        and t.present(t.action.obj_id) is None
    )
    # Scenery named with an everyday verb is looked at by ``_act`` ("read the plaque"); named
    # with a verb of the world's own, it is what the one tool for that verb is asked about
    # ("look up my own book" at the catalogue: newcomer 20 was told it doesn't fit here).
    looked_at = on_scenery and verb in ACTS
    if not options and target_item is None and ch is None and not looked_at:
        named = t.reachable_item(t.action.obj_id)  # 'write "you belong" on her page'
        shared = _shared_word_use(t.world, named, verb) if named is not None else None
        if named is not None and shared is not None:
            return _use_on(t, named, shared, "verb") or t.fail("use.nothing", **facts)
        tool = _only_item_for(t, verb)
        if tool is not None:  # "light" with one lamp in reach
            return _use_on(t, tool, verb, "verb") or t.fail("use.nothing", **facts)
    if not options:
        return t.fail("verb.unknown", **facts)
    ready = [v for v in options if holds(t.world, t.s, v.when)]
    chosen = (ready or options)[0]
    return t.interact(verb_key(chosen), "verb", chosen, [], **facts)


def _shared_word_use(world: World, item: Item, verb: str) -> str | None:
    """The verb of ``item``'s one use called by a word that another item's use of ``verb`` is
    called by too ("write" is the own book's "answer" and Juno's page's "rewrite": with the book
    held, "write on her page" reached the page as "answer"); None when ``item`` has a use of
    ``verb`` itself, or no use or more than one shares a word."""
    words = {verb} | {a for i in world.items for u in i.uses if u.verb == verb for a in u.aliases}
    if any(u.verb == verb for u in item.uses):
        return None
    fits = {u.verb for u in item.uses if words & {u.verb, *u.aliases}}
    return next(iter(fits)) if len(fits) == 1 else None


def _use_called(item: Item, act: str) -> str | None:
    """The verb of an item's use with a name led by the everyday verb ("search for" is the
    catalogue's "consult"), or None."""
    for use in item.uses:
        if any(name.split(" ", 1)[0] == act for name in (use.verb, *use.aliases)):
            return use.verb
    return None


def _act(t: Turn) -> Outcome:
    """An everyday verb: the world's own meaning of it, else a default reply."""
    act = t.action.intent
    if act in t.world.verb_names():
        outcome = _world_verb(t)
        if outcome.message_key not in ("verb.unknown", "use.nothing"):
            return outcome
    target = t.action.target_id
    if act == Intent.TOUCH and target is None and surroundings.underfoot(t.action.target_text):
        return _grounded(t)  # "feel the ground": grounding, never "no ground here"
    item = t.reachable_item(target)
    if item is not None and act in acts.USE_FALLBACK:
        used = _use_on(t, item, Intent.USE, Intent.USE)
        if used is not None:
            return used
    alone = act in acts.TALK_FALLBACK and act != Intent.LISTEN  # "listen": the place, not them
    ch = t.present(target, only=alone and target is None)
    if act == Intent.SIT and target is None and not t.action.target_text:
        ch = _company(t)  # "sit" where someone has just said "Sit.": with them, seen by them
    if act == Intent.CLIMB:  # "climb the stairs": the way they lead; "climb the ladder": up
        ex = find_exit(t.world, t.s, t.action.target_text)
        scenery = scenery_here(t, target) is not None  # "climb the stairs": the staircase here
        if ex is None and (target is None or scenery):  # "climb the tower" on its stair
            ex = find_exit(t.world, t.s, Direction.UP.value)  # (play 34): up it
        if ex is not None:
            return go(Turn(t.world, t.before, Action(Intent.GO, ex.dir.value)))
    if act == Intent.SHOW and item is not None:  # showing someone what they are waiting for
        who = t.present(t.action.obj_id, only=True)
        if who is not None and _theirs(t.world, item, who):
            return _give(Turn(t.world, t.before, t.action._replace(intent=Intent.GIVE)))
        if who is not None and item.id in t.s.inventory:  # "show bastian the glasses"
            return shown(t, item, who)
    called = _use_called(item, act) if item is not None else None
    if item is not None and called is not None:  # "search the catalogue for my book": its
        plain = Turn(t.world, t.before, t.action._replace(intent=called, obj_id=None))
        done = _use_on(plain, item, called, "verb")  # use called "search for"
        if done is not None:
            return done
    if act in acts.EXAMINE_FALLBACK and target is not None and ch is None:
        return _examine(t)
    tool = t.reachable_item(t.action.obj_id) if act == Intent.ASSIST else None
    if tool is not None:  # "help pip with her slate": what can be done with the slate
        helped = Turn(t.world, t.before, Action(Intent.USE, tool.id, None, None))
        done = _use_on(helped, tool, None, Intent.USE)
        if done is not None:
            return done
    if ch is not None and act in acts.TALK_FALLBACK:
        said = acts.TALK_FALLBACK[act]  # "sorry", "thank you": the character's own answer
        told = talk(Turn(t.world, t.before, Action(Intent.TALK, ch.id, None, said)))
        if act == Intent.ASSIST and told.message_key == "talk.default":  # "what can i do to
            return t.hint()  # help?" with nothing new of theirs: what is needed now, never
            # "Couldn't tell you" (newcomer corpus 30, to Bastian)
        return told
    door = find_exit(t.world, t.s, t.action.target_text) if target is None else None
    doors = [x for x in here(t.world, t.s).exits if x.door]
    if act == Intent.KNOCK and door is None and target is None and len(doors) == 1:
        door = doors[0] if not t.action.target_text or "door" in t.action.target_text else None
    named = door is None and target is None and t.action.target_text
    away = _someone_away(t) if named and act in acts.TALK_FALLBACK else None
    if away is not None:  # "thank you, rue" on the quay, Rue in her hut: she isn't here,
        return t.fail("talk.absent", target=away.id, character_name=away.name)  # not "no
        # sign of that here" (newcomer corpus 28)
    if named and act not in (Intent.SIT, Intent.SLEEP):
        return _not_seen(t)
    return default_act(t, act, item, ch, door)


def _grounded(t: Turn) -> Outcome:
    """ "Feel the ground", "touch the floor" (newcomer corpus 30): the grounding this place's
    world wrote, when it has one, else a plain moment of standing still."""
    verb = surroundings.grounding_verb(t.world, t.s)
    if verb is not None:
        return t.interact(verb_key(verb), "verb", verb, [], verb=verb.verb)
    return t.done("act.ok", [], text=surroundings.PLAIN_GROUNDING, verb=Intent.TOUCH)


def _company(t: Turn) -> Character | None:
    """The person here (never an animal) a bare "sit" is done beside: the one words go to."""
    people = [c for c in addressees(t.world, t.s) if not is_animal(c)]
    return people[0] if people else None


_INTENTS: dict[str, Callable[[Turn], Outcome]] = {
    Intent.GO: go,
    Intent.LOOK: _look,
    Intent.EXAMINE: _examine,
    Intent.TAKE: _take,
    Intent.DROP: _drop,
    Intent.USE: _use,
    Intent.OPEN: _open,
    Intent.TALK: talk,
    Intent.GIVE: _give,
    Intent.INVENTORY: _inventory,
    Intent.HELP: _help,
    Intent.WAIT: _wait,
    **dict.fromkeys(ACTS, _act),
}


def apply(
    world: World,
    state: WorldState,
    action: Action | tuple[str, str | None, str | None, str | None],
) -> Outcome:
    """Apply one action to a state; the input state is never changed."""
    act = Action(*action)
    act = act._replace(intent=act.intent.strip().lower())
    return _INTENTS.get(act.intent, _world_verb)(Turn(world, state, act))
