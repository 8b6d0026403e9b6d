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
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, NamedTuple

from pydantic import BaseModel, Field

from tta_server.protocol.directions import Direction
from tta_server.protocol.intents import ACTS, Intent
from tta_server.world import acts
from tta_server.world.answers import Asked, answer, question_about
from tta_server.world.replies import ANSWER_ORDER, Reading, own_words, read_reply
from tta_server.world.schema import (
    USE_INTENTS,
    Character,
    Exit,
    Item,
    Question,
    Reaction,
    Scenery,
    Topic,
    Use,
    Verb,
    World,
    questions,
    reaction_key,
    reply_key,
    topic_key,
    use_key,
    verb_key,
)
from tta_server.world.state import (
    Changes,
    Delta,
    DeltaKind,
    WorldState,
    exit_key,
    holds,
    new_state,
    place_of,
    where_is,
)
from tta_server.world.views import (
    Context,
    Scope,
    addressees,
    character_texts,
    characters_here,
    context,
    held,
    here,
    hint_now,
    is_shut,
    item_texts,
    items_at,
    scope,
    topic_texts,
)
from tta_server.world.vocab import PLAYER, HasItem, attitude_word

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
    "own_talk",
    "reply_action",
    "scope",
]

MESSAGES: dict[str, str] = {
    "go.ok": "You go to {location_name}.",
    "go.where": "Which way?",
    "go.no_exit": "You can't go that way.",
    "go.blocked": "That way is shut for now.",
    "look.ok": "You look around {location_name}.",
    "examine.ok": "You look closely at {name}.",
    "examine.not_here": "You don't see that here.",
    "examine.background": "There is nothing more to {target} than meets the eye.",
    "take.ok": "You take {name}.",
    "take.what": "Take what?",
    "take.already_held": "You already have {name}.",
    "take.fixed": "{name} stays where it is.",
    "take.theirs": "{holder_name} is holding {name}.",
    "take.not_here": "You don't see that here.",
    "drop.ok": "You put down {name}.",
    "drop.not_held": "You aren't carrying that.",
    "drop.keep": "You keep hold of {name}.",
    "use.ok": "You use {name}.",
    "use.blocked": "Not yet.",
    "use.nothing": "Nothing comes of that.",
    "use.not_here": "You don't have that to hand.",
    "open.ok": "You open the way {direction}.",
    "open.already_open": "It is already open.",
    "open.locked": "It is locked.",
    "open.blocked": "It won't open for now.",
    "open.nothing": "There is nothing here to open.",
    "talk.ok": "{character_name} talks with you.",
    "talk.blocked": "{character_name} isn't ready to talk about that.",
    "talk.default": "{character_name} has nothing to add just now.",
    "talk.reply": "{character_name} hears your answer.",
    "talk.answer": "{character_name} tells you what they know of {subject_name}.",
    "talk.thanks": "{character_name} takes your thanks.",
    "talk.sorry": "{character_name} hears your apology.",
    "talk.kindness": "{character_name} hears your kind words.",
    "talk.unkindness": "{character_name} hears your hard words.",
    "talk.nobody": "There is no one here to talk to.",
    "talk.absent": "{character_name} isn't here.",
    "talk.thing": "{name} has nothing to say.",
    "give.ok": "You give {name} to {character_name}.",
    "give.declined": "{character_name} doesn't take it.",
    "give.blocked": "{character_name} isn't ready for that.",
    "give.not_held": "You aren't carrying that.",
    "give.nobody": "There is no one here to give it to.",
    "verb.ok": "You {verb}.",
    "verb.blocked": "Not here, not yet.",
    "verb.unknown": "That isn't something you can do here.",
    "inventory.ok": "You are carrying: {names}.",
    "inventory.empty": "Your hands are empty.",
    "help.ok": "{hint}",
    "wait.ok": "Time passes.",
    "act.ok": "{text}",
    "act.refused": "{text}",
    "which.ask": "{text}",
}
"""A plain sentence for every ``message_key`` (formatted with the outcome's facts)."""


class _Facts(dict[str, Any]):
    """Facts for a message template; a missing fact reads as "that"."""

    def __missing__(self, key: str) -> str:
        return "that"


class Action(NamedTuple):
    """What the player does, with ids resolved by the parser."""

    intent: str
    target_id: str | None = None
    obj_id: str | None = None
    target_text: str | None = None


class Outcome(BaseModel):
    """The result of an action. ``changed`` is whether anything besides the turn changed."""

    state: WorldState
    ok: bool
    changed: bool
    message_key: str
    facts: dict[str, Any] = Field(default_factory=dict)
    delta: list[Delta] = Field(default_factory=list)

    def message(self) -> str:
        """The plain sentence for this outcome (narrators will say it better)."""
        return MESSAGES[self.message_key].format_map(_Facts(self.facts))


# -- what is where ------------------------------------------------------------------------------
def _find_exit(world: World, s: WorldState, ref: str | None) -> Exit | None:
    if not ref:
        return None
    ref = " ".join(ref.lower().split())
    direction = Direction.from_name(ref)
    for ex in here(world, s).exits:
        door = (ex.door or "").lower()
        if ex.dir == direction or ex.to == ref or ref == door or ref in ex.aliases:
            return ex
    return None


def _verb_names(world: World) -> dict[str, str]:
    """Every word a world verb may be called by, mapped to the verb."""
    names: dict[str, str] = {}
    for verb in world.verbs:
        names[verb.verb] = verb.verb
        names.update(dict.fromkeys(verb.aliases, verb.verb))
    for item in world.items:
        names.update({u.verb: u.verb for u in item.uses})
        names.update({a: u.verb for u in item.uses for a in u.aliases if a not in USE_INTENTS})
    for ch in world.characters:
        names.update({r.verb: r.verb for r in ch.reactions if r.verb})
    return names


# -- one turn -------------------------------------------------------------------------------------
class _Turn:
    """One action being applied: the untouched input, and a copy that collects changes."""

    def __init__(self, world: World, state: WorldState, action: Action) -> None:
        self.world = world
        self.before = state
        self.s = state.model_copy(deep=True)
        self.changes = Changes(world, self.s)
        self.action = action

    def fail(self, key: str, **facts: Any) -> Outcome:
        return Outcome(
            state=self.before.model_copy(deep=True),
            ok=False,
            changed=False,
            message_key=key,
            facts={k: v for k, v in facts.items() if v is not None},
        )

    def done(self, key: str, mentioned: list[str] | None = None, **facts: Any) -> Outcome:
        self.changes.advance_arc()
        skip = {"turn", "mentioned", "told"}
        changed = self.s.model_dump(exclude=skip) != self.before.model_dump(exclude=skip)
        self.s.turn += 1
        if mentioned is not None:
            self.s.mentioned = mentioned
        return Outcome(
            state=self.s,
            ok=True,
            changed=changed,
            message_key=key,
            facts={k: v for k, v in facts.items() if v is not None},
            delta=self.changes.deltas,
        )

    def interact(
        self,
        key: str,
        what: str,
        thing: Use | Topic | Reaction | Verb,
        mentioned: list[str],
        asker: str | None = None,
        **facts: Any,
    ) -> Outcome:
        """Run a use, topic, reaction or verb: effects and its skill once (a skill is counted
        once per distinct moment, not each time the same thing is done again)."""
        if not holds(self.world, self.s, thing.when):
            return self.fail(f"{what}.blocked", text=thing.otherwise, **facts)
        first = key not in self.s.done
        if first:
            self.s.done.append(key)
            self.changes.apply(thing.effects)
            if thing.skill is not None:
                self.changes.practise(thing.skill)
        said, again = thing.text, thing.again
        if isinstance(thing, Topic):
            said, again = topic_texts(self.world, self.s, thing)
        text = said if first or again is None else again
        if first and thing.quoted is not None:
            w = self.world  # any thing's name where the words start: "page like a friend"
            things = tuple(n for x in w.items for n in (x.name, *x.aliases)) + tuple(
                n for x in w.scenery for n in (x.name, *x.aliases)
            )
            words = own_words(self.action.target_text, self.names(mentioned), leading=things)
            if words is not None:  # the narrator says ``quoted`` with them, when it may
                facts |= {"quoted": thing.quoted, "words": words}
        asks = thing.asks if isinstance(thing, Topic | Reaction) else None
        if asker is not None and asks is not None and self.still_open(asker, asks):
            self.s.asking[asker] = asks.id
        return self.done(
            f"{what}.ok", mentioned, text=text, repeat=not first, interaction=key, **facts
        )

    def still_open(self, asker: str, q: Question) -> bool:
        """Whether a question is still to be asked: its ``when`` holds and it has not been
        answered kindly (asked again, with the topic's ``again`` text, until it is)."""
        return holds(self.world, self.s, q.when) and reply_key(asker, q) not in self.s.done

    # -- lookups ----------------------------------------------------------------------------
    def names(self, ids: list[str]) -> tuple[str, ...]:
        """Every word the player may have used for the action and the things it is about."""
        found: list[str] = [self.action.intent]
        for verb in self.world.verbs:
            if verb.verb == self.action.intent:
                found += verb.aliases
        for x in ids:
            thing = self.world.item(x) or self.world.character(x)
            if thing is not None:
                found += [thing.name, *thing.aliases]
        return tuple(found)

    def reachable_item(self, item_id: str | None) -> Item | None:
        """An item held or lying here."""
        item = self.world.item(item_id) if item_id else None
        if item is None or place_of(self.world, self.s, item.id) not in (PLAYER, self.s.location):
            return None
        return item

    def present(self, character_id: str | None, *, only: bool = False) -> Character | None:
        """A character here (with ``only``: the one character here when none is named)."""
        people = characters_here(self.world, self.s)
        if character_id is None:
            return people[0] if only and len(people) == 1 else None
        return next((c for c in people if c.id == character_id), None)


# -- canonical intents ----------------------------------------------------------------------------
def _go(t: _Turn) -> Outcome:
    ref = t.action.target_id or t.action.target_text
    if not ref:
        return t.fail("go.where")
    ex = _find_exit(t.world, t.s, ref)
    if ex is None:
        return _go_far(t, ref)
    if is_shut(t.world, t.s, t.s.location, ex):
        return t.fail("go.blocked", direction=ex.dir.value, text=ex.blocked)
    first = ex.to not in t.s.visits
    t.changes.move_player(ex.to)
    loc = here(t.world, t.s)
    return t.done(
        "go.ok",
        direction=ex.dir.value,
        location=loc.id,
        location_name=loc.name,
        first_visit=first,
        text=loc.first_visit if first else None,
    )


def _place_named(world: World, s: WorldState, ref: str) -> tuple[str, Character | None] | None:
    """The place a name leads to: a location the player has visited (by id or name, as whole
    words: "quay", "the lamp room"), or where a character of that name is now ("follow the
    cat"); None when it names neither."""
    words = " ".join(ref.lower().replace("-", " ").split())
    ch = world.character(ref) or next(
        (c for c in world.characters if words in (c.name.lower(), *c.aliases)), None
    )
    if ch is not None:
        return where_is(world, s, ch.id), ch
    for loc in world.locations:
        name = _the(loc.name).lower().removeprefix("the ")
        if loc.id in s.visits and words in (loc.id, name, _the(loc.name).lower()):
            return loc.id, None
    for loc in world.locations:
        name = f" {_the(loc.name).lower()} "
        if loc.id in s.visits and len(words) > 2 and f" {words} " in name:
            return loc.id, None
    return None


def _route(world: World, s: WorldState, to: str, *, unseen_last: bool) -> list[Exit]:
    """The shortest way to a place through open exits and visited places (the last step may
    be to a place not yet visited when ``unseen_last``); [] when there is none."""
    paths: dict[str, list[Exit]] = {s.location: []}
    queue = [s.location]
    while queue:
        at = queue.pop(0)
        loc = world.location(at)
        for ex in loc.exits if loc is not None else []:
            if ex.to in paths or is_shut(world, s, at, ex):
                continue
            if ex.to == to and (unseen_last or ex.to in s.visits):
                return [*paths[at], ex]
            if ex.to in s.visits:
                paths[ex.to] = [*paths[at], ex]
                queue.append(ex.to)
    return []


def _go_far(t: _Turn, ref: str) -> Outcome:
    """ "go to the quay" from further off, "follow the cat": the way there through places
    already seen, walked in one go; a character is followed one room further too."""
    names = (t.action.target_text, ref)
    found = next((x for x in (_place_named(t.world, t.s, n) for n in names if n) if x), None)
    if found is None:
        return t.fail("go.no_exit", direction=ref)
    to, ch = found
    if ch is not None and to == t.s.location:
        return t.fail("act.refused", text=f"{ch.name} is right here.", verb="follow")
    if to == t.s.location:
        return t.fail("act.refused", text="You are already here.", verb=Intent.GO)
    path = _route(t.world, t.s, to, unseen_last=ch is not None)
    if not path:
        return t.fail("go.no_exit", direction=ref)
    first = path[-1].to not in t.s.visits
    for ex in path:
        t.changes.move_player(ex.to)
    loc = here(t.world, t.s)
    return t.done(
        "go.ok",
        direction=path[-1].dir.value,
        location=loc.id,
        location_name=loc.name,
        first_visit=first,
        text=loc.first_visit if first else None,
    )


def _look(t: _Turn) -> Outcome:
    loc = here(t.world, t.s)
    return t.done("look.ok", location=loc.id, location_name=loc.name)


def _the(name: str) -> str:
    """A name as it reads after a verb: "a storm lantern" -> "the storm lantern"."""
    for article in ("a ", "an ", "some ", "the "):
        if name.lower().startswith(article):
            return "the " + name[len(article) :]
    return name


def _scenery(t: _Turn, scenery_id: str | None) -> Scenery | None:
    """Scenery of the player's location."""
    return next((x for x in t.world.scenery_at(t.s.location) if x.id == scenery_id), None)


def scenery_description(world: World, s: WorldState, scenery: Scenery) -> str:
    """A scenery entry's description now: its first state that holds, else the usual one."""
    return next((x.description for x in scenery.states if holds(world, s, x.when)), None) or (
        scenery.description
    )


_PLAYER_DEFAULT = (
    "You look yourself over: tired around the edges, perhaps, but here, and still going."
)


def _not_seen(t: _Turn) -> Outcome:
    """A thing named that is not here: background the prose mentions, or nothing at all."""
    words = (t.action.target_text or "").lower().split()
    loc = here(t.world, t.s)
    prose = " ".join([*loc.descriptions, loc.first_visit or "", *(n.text for n in loc.notes)])
    said_here = set(re.findall(r"[a-z]+", prose.lower()))
    background = set(t.world.meta.background) & said_here  # only what this place mentions
    noun = next(
        (w for w in reversed(words) if w in background or w.rstrip("s") in background), None
    )
    if noun is not None:
        text = f"You look at the {noun}. It is just as it seems; there is nothing more to find."
        return t.fail("examine.background", target=noun, text=text)
    return t.fail("examine.not_here", target=t.action.target_text)


def _examine_exit(t: _Turn, ex: Exit) -> Outcome:
    """ "examine the blue door": where the way leads, and why it is shut if it is."""
    dest = t.world.location(ex.to)
    name = ex.door or f"the way {ex.dir.value}"
    where = f"It leads {Direction(ex.dir).word} to {dest.name if dest else ex.to}."
    shut = is_shut(t.world, t.s, t.s.location, ex)
    text = f"{where} {ex.blocked}" if shut and ex.blocked else where
    return t.done("examine.ok", [], name=name, description=text)


def _examine(t: _Turn) -> Outcome:
    target = t.action.target_id
    if target is None and t.action.target_text:
        ex = _find_exit(t.world, t.s, t.action.target_text)
        return _not_seen(t) if ex is None else _examine_exit(t, ex)
    if target is None or target == t.s.location:
        return _look(t)
    if target == acts.ME:
        text = t.world.meta.player or _PLAYER_DEFAULT
        return t.done("examine.ok", [], name="yourself", description=text)
    sc = _scenery(t, target)
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


def _take(t: _Turn) -> Outcome:
    item = t.world.item(t.action.target_id) if t.action.target_id else None
    if item is None:
        named = t.action.target_id or t.action.target_text
        return t.fail("take.not_here" if named else "take.what", target=named)
    place = place_of(t.world, t.s, item.id)
    if place == PLAYER:
        return t.fail("take.already_held", name=item.name)
    holder = t.present(place)
    if holder is not None:
        return t.fail("take.theirs", name=item.name, holder=holder.id, holder_name=holder.name)
    if place != t.s.location:
        return t.fail("take.not_here", target=item.id)
    if not item.portable:
        return t.fail("take.fixed", name=item.name, text=item.fixed)
    t.changes.move_item(item.id, PLAYER)
    return t.done("take.ok", [item.id], name=item.name)


def _drop(t: _Turn) -> Outcome:
    item = t.world.item(t.action.target_id) if t.action.target_id else None
    if item is None or item.id not in t.s.inventory:
        return t.fail("drop.not_held", target=t.action.target_id)
    if item.keep is not None:
        return t.fail("drop.keep", name=item.name, text=item.keep)
    t.changes.move_item(item.id, t.s.location)
    return t.done("drop.ok", [item.id], name=item.name)


def _unlock(t: _Turn, ex: Exit, key: Item | None) -> Outcome:
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


def _use_on(t: _Turn, item: Item, verb: str | None, what: str) -> Outcome | None:
    """Run the use of ``item`` that fits ``verb`` and the action's second object, if any.

    A use that wants a second object also runs without one when the player holds it ("fill
    lamp" with the oil can in hand); "use X with Y" also finds Y's use that needs X. A second
    object named must be in reach (held or here) or a person here: the solver found "fill the
    lamp with the oil can" working with the can left in the oil store.
    """
    obj = t.action.obj_id if t.action.obj_id != item.id else None
    if obj is not None and t.reachable_item(obj) is None and t.present(obj) is None:
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


def _use(t: _Turn) -> Outcome:
    item = t.reachable_item(t.action.target_id)
    if item is None and _scenery(t, t.action.target_id) is not None:
        return _examine(t)  # "turn on the radio", part of the place: what it is like
    if item is None:
        return t.fail("use.not_here", target=t.action.target_id)
    obj = t.action.obj_id
    if obj is not None and t.reachable_item(obj) is None and t.present(obj) is None:
        ex = _find_exit(t.world, t.s, obj)
        if ex is not None:
            return _unlock(t, ex, item)
        return t.fail("use.not_here", target=obj)
    outcome = _use_on(t, item, None, Intent.USE)
    if outcome is not None:
        return outcome
    keyed = [ex for ex in here(t.world, t.s).exits if ex.key == item.id]
    if obj is None and len(keyed) == 1:
        return _unlock(t, keyed[0], item)
    return t.fail("use.nothing", name=item.name)


def _open(t: _Turn) -> Outcome:
    item = t.reachable_item(t.action.target_id)
    if item is not None:
        outcome = _use_on(t, item, Intent.OPEN, Intent.USE)
        if outcome is None and not any(u.verb == Intent.OPEN for u in item.uses):
            read = _use_on(t, item, Intent.READ, "verb")  # "open my book": reading it
            return read or _examine(t)  # "open a drawer" of the card catalogue: a look at it
        return outcome or t.fail("open.nothing", name=item.name)
    ex = _find_exit(t.world, t.s, t.action.target_id or t.action.target_text)
    if ex is None and t.action.target_id is None and t.action.target_text is None:
        locked = [x for x in here(t.world, t.s).exits if x.locked]
        ex = locked[0] if len(locked) == 1 else None
    if ex is None and _scenery(t, t.action.target_id) is not None:
        return _examine(t)  # "open a drawer" of the catalogue: what there is to see
    if ex is None:
        return t.fail("open.nothing")
    key = t.world.item(t.action.obj_id) if t.action.obj_id else None
    return _unlock(t, ex, key)


_TALK_WORDS = re.compile(
    r"^(?:(?:talk|speak|chat|ask|tell|say|answer|reply|greet)\b\s*(?:(?:to|with|at)\b\s*)?"
    r"(?:(?:her|him|them)\b\s*)?)?(?:about\b\s*)?",
    re.IGNORECASE,
)


def own_talk(text: str | None) -> str:
    """The player's own words to a character, without the verb of talking ("talk to" ->
    "", "ask about the fog" -> "the fog")."""
    return _TALK_WORDS.sub("", " ".join((text or "").split()), count=1).strip(" ,:;")


_CHAT = re.compile(
    r"^(?:hi|hello|hey|ok|okay|alright|all right|how are you|yes|no|please|sorry|thanks|"
    r"good evening|evening|morning|good morning|what's happening|whats happening|need|help)$",
    re.IGNORECASE,
)
"""Keywords that say little about what the words are about (a greeting, "ok")."""
_GREETING = re.compile(r"^(?:hi|hello|hey|hiya|good (?:evening|morning|afternoon)|evening)\b", re.I)
_PLAIN = re.compile(r"\b(?:tell|me|about|more|again|the|a|an|your|her|his|their|what|and|so)\b")


def _plain_ask(words: str, topic: Topic) -> bool:
    """Whether the words ask for nothing but the topic ("", "pip", "tell me about pip"): only
    then may a character say the player has heard it already."""
    rest = " ".join(_PLAIN.sub(" ", words.lower()).split())
    return not rest or any(rest == k.lower() for k in topic.keywords)


def _says(words: str, keyword: str) -> bool:
    """Whether the keyword (one or more words) occurs in the words as whole words."""
    return re.search(rf"(?<!\w){re.escape(keyword)}(?!\w)", words) is not None


def _pick_topic(t: _Turn, ch: Character, fresh: bool = True, practice: bool = True) -> Topic | None:
    """The topic asked for: by id, by keyword, else (when ``fresh``) the first new one
    available, so "talk to pip" moves the conversation on; without ``practice``, not one that
    practises a skill (a moment of practice is the player's to ask for, not a reply to words
    about something else)."""
    if t.action.obj_id is not None:
        return next((x for x in ch.topics if x.id == t.action.obj_id), None)
    words = own_talk(t.action.target_text).lower()
    if words:
        matches = [x for x in ch.topics if any(_says(words, k) for k in x.keywords)]
        # a topic named by what the words are about before one found only by a chat word
        # ("is your dad ok?" is about the dad, not about being ok)
        matches.sort(key=lambda x: all(_CHAT.match(k) for k in x.keywords if _says(words, k)))
        ready = [x for x in matches if holds(t.world, t.s, x.when)]
        new = [x for x in ready if topic_key(ch.id, x) not in t.s.done]
        best = new or ready or matches
        if best:
            return best[0]
    if not fresh:
        return None
    # Nothing asked about: they bring up what is new.
    for topic in ch.topics:
        unheard = topic_key(ch.id, topic) not in t.s.done and holds(t.world, t.s, topic.when)
        if unheard and (practice or topic.skill is None):
            return topic
    return None


def _topic_on(t: _Turn, ch: Character, about: Asked) -> Topic | None:
    """For "who is X?": a topic of the character's about X (a keyword is one of X's names)
    not told yet and open now ("who are you?": the first such topic of theirs that is not a
    moment of practice); None for "where" questions, which the state answers."""
    person = t.world.character(about.id) if about.kind == "who" else None
    if person is None:
        return None
    names = {n.lower() for n in (person.name, person.name.split()[0], *person.aliases)}
    for topic in ch.topics:
        fresh = topic_key(ch.id, topic) not in t.s.done and holds(t.world, t.s, topic.when)
        themselves = person.id == ch.id and topic.skill is None  # "who are you?": their story
        if fresh and (themselves or names & {k.lower() for k in topic.keywords}):
            return topic
    return None


def _ask_thing(t: _Turn, item: Item) -> Outcome:
    """ "ask the card catalogue where my book is": the item's use that answers asking."""
    use = next((u for u in item.uses if {"ask", "talk"} & {u.verb, *u.aliases}), None)
    if use is None:
        return t.fail("talk.thing", name=_the(item.name))
    return t.interact(use_key(item.id, use), "verb", use, [item.id], name=item.name)


def _question(t: _Turn, ch: Character, question_id: str | None) -> Question | None:
    """The question of this character's with this id (asked by a topic or a reaction), while
    it is still open (its ``when`` holds)."""
    q = next((q for q in questions(ch) if q.id == question_id), None)
    return q if q is not None and holds(t.world, t.s, q.when) else None


def _answer(t: _Turn, ch: Character, q: Question, reading: Reading, words: str) -> Outcome:
    """The character's answer to the player's reply to their question."""
    plain = {Reading.YES: q.yes, Reading.NO: q.no}
    said = plain.get(reading, reading.value)
    text = {"kind": q.kind, "unkind": q.unkind}.get(said, q.unsure)
    key = reply_key(ch.id, q)
    if said == "kind":
        t.s.asking.pop(ch.id, None)
        follow = q.then
        if follow is not None and t.still_open(ch.id, follow):  # the answer asks in turn
            t.s.asking[ch.id] = follow.id
        if key not in t.s.done:
            t.s.done.append(key)
            t.changes.apply(q.effects)
            if q.skill is not None:
                t.changes.practise(q.skill)
    return t.done(
        "talk.reply",
        [ch.id],
        text=text,
        reading=said,
        question=q.id,
        words=own_words(words, (ch.name, *ch.aliases), said=True),
        interaction=key,
        character=ch.id,
        character_name=ch.name,
    )


_MANNERS = {
    Reading.THANKS: "thanks",
    Reading.SORRY: "sorry",
    Reading.KIND: "kindness",
    Reading.UNKIND: "unkindness",
}
"""The character's field that answers thanks, an apology, kind or unkind words (outside a
question): ``talk.thanks``, ``talk.sorry``, ``talk.kindness``, ``talk.unkindness``."""


def _manners(t: _Turn, ch: Character, reading: Reading, words: str) -> Outcome:
    """The character takes the player's thanks, apology, kind or unkind words."""
    field = _MANNERS[reading]
    quote = reading in (Reading.KIND, Reading.UNKIND)  # not "thank you", "sorry"
    said = own_words(words, (ch.name, *ch.aliases), said=True) if quote else None
    facts = {"character": ch.id, "character_name": ch.name}
    return t.done(f"talk.{field}", [ch.id], text=getattr(ch, field), words=said, **facts)


def _talk(t: _Turn) -> Outcome:
    """Talk. The player's words, in this order: kind or unkind ones answer the character's
    open question, or are taken as kindness or unkindness when none is open; a keyword finds
    the topic asked about; an unsure reply, a yes or a no answers the open question; thanks
    and apologies are taken; anything else, the character brings up what is new (not a moment
    of practice; ``offtopic`` is set) or, with nothing new, says a fallback line. With no words
    of the player's own, the character brings up what is new."""
    item = t.reachable_item(t.action.target_id)
    if item is not None:
        return _ask_thing(t, item)
    ch = t.present(t.action.target_id, only=True)
    if ch is None:
        named = t.world.character(t.action.target_id) if t.action.target_id else None
        if named is not None:  # someone of this world, but not here
            return t.fail("talk.absent", target=named.id, character_name=named.name)
        return t.fail("talk.nobody", target=t.action.target_id)
    facts: dict[str, Any] = {"character": ch.id, "character_name": ch.name}
    words = own_talk(t.action.target_text)
    about = question_about(t.world, words, ch.id) if words else None
    if about is not None:
        topic = _topic_on(t, ch, about)
        if topic is None:
            return t.done("talk.answer", [ch.id], **facts, **answer(t.world, t.s, ch, about))
        return t.interact(
            topic_key(ch.id, topic),
            Intent.TALK,
            topic,
            [ch.id],
            asker=ch.id,
            topic=topic.id,
            **facts,
        )
    asked = bool(words) and _QUESTION.search(words) is not None  # "how can I help": a question
    readings = read_reply(words) if words and t.action.obj_id is None and not asked else frozenset()
    question = _question(t, ch, t.s.asking.get(ch.id))
    answers = [r for r in ANSWER_ORDER if r in readings]
    heartfelt = answers[:1] in ([Reading.KIND], [Reading.UNKIND])
    if question is not None and heartfelt:
        return _answer(t, ch, question, answers[0], words)
    if heartfelt:  # kind or unkind words, no question open: what they are, not a topic
        return _manners(t, ch, answers[0], words)
    topic = _pick_topic(t, ch, fresh=not words)
    lowered = words.lower()
    if topic is not None and question is not None and answers and t.action.obj_id is None:
        hit = [k for k in topic.keywords if _says(lowered, k)]
        if all(_CHAT.match(k) for k in hit):  # "ok" to her question: a yes, not a topic
            topic = None
    if topic is None and question is not None and answers:
        return _answer(t, ch, question, answers[0], words)
    for reading in (Reading.THANKS, Reading.SORRY):
        if topic is None and reading in readings:
            return _manners(t, ch, reading, words)
    if topic is None and words:  # words about nothing they know: what is new, if anything
        topic = _pick_topic(t, ch, fresh=True, practice=False)
        facts["offtopic"] = topic is not None and not _GREETING.match(words)
    if topic is None or (not holds(t.world, t.s, topic.when) and topic.otherwise is None):
        default = character_texts(t.world, t.s, ch)[1]
        lines = [default, *ch.fallbacks]
        return t.done("talk.default", [ch.id], text=default, lines=lines, **facts)
    key = topic_key(ch.id, topic)
    facts["plain"] = _plain_ask(words, topic)
    return t.interact(key, Intent.TALK, topic, [ch.id], asker=ch.id, topic=topic.id, **facts)


_QUESTION = re.compile(
    r"^(?:who|what|where|why|how|when|which|is|are|was|were|do|does|did|can|could|will|"
    r"would|should|have|has)\b|\?\s*$",
    re.IGNORECASE,
)


def reply_action(world: World, state: WorldState, text: str) -> Action | None:
    """The ``talk`` a bare reply is ("no", "it's not your fault", "thank you", "sorry", "where
    did she go?", "juno, you did great"), when the parser found nothing to do in it. It goes
    to, in this order: the one character here the words are addressed to (they start with the
    name, or name them in a reply: "good boy, skipper"); the character here whose question is
    open (the one spoken to last, if several); for any reply (thanks, an apology, kind
    or unkind words, yes, no, unsure) or a question, the first of
    :func:`~tta_server.world.views.addressees` (a person the last action was about, the last
    one spoken to, a person before an animal). None when it is not a reply."""
    people = characters_here(world, state)
    if not people:
        return None
    ids = [c.id for c in people]
    last = [x for x in state.mentioned if x in ids]

    def still_asking(who: str) -> bool:
        ch = world.character(who)
        q = next((q for q in questions(ch) if q.id == state.asking.get(who)), None) if ch else None
        return q is not None and holds(world, state, q.when)

    words = " ".join(text.lower().replace("\u2019", "'").split())
    readings = read_reply(text)

    def addressed(ch: Character) -> bool:  # "juno, you did great"; "good boy, skipper"
        names = (ch.name.lower(), *ch.aliases)
        return any(words.startswith(n) and _says(words[: len(n) + 1], n) for n in names) or (
            bool(readings) and any(_says(words, n) for n in names)
        )

    named = [c.id for c in people if addressed(c)]
    if len(named) == 1:
        return Action(Intent.TALK, named[0], None, text)
    asking = [c for c in last + ids if still_asking(c)]
    if asking:
        return Action(Intent.TALK, asking[0], None, text)
    if readings or _QUESTION.search(text.strip()):
        return Action(Intent.TALK, addressees(world, state)[0].id, None, text)
    return None


def _give(t: _Turn) -> Outcome:
    item = t.world.item(t.action.target_id) if t.action.target_id else None
    ch = (
        t.present(t.action.obj_id, only=True) if item is None and not t.action.target_text else None
    )
    if ch is not None:  # "feed the cat": the one thing held they would take
        wanted = [r.gift for r in ch.reactions if r.gift in t.s.inventory]
        item = t.world.item(wanted[0]) if len(wanted) == 1 and wanted[0] else None
        t.action = t.action._replace(target_id=item.id if item else None)
    if item is None or item.id not in t.s.inventory:
        return t.fail("give.not_held", target=t.action.target_id)
    ch = t.present(t.action.obj_id, only=True)
    if ch is None:
        return t.fail("give.nobody", target=t.action.obj_id)
    facts = {"name": item.name, "character": ch.id, "character_name": ch.name}
    reaction = next((r for r in ch.reactions if r.gift == item.id), None)
    if reaction is None:
        return t.fail("give.declined", text=ch.declines, **facts)
    if reaction.accept and holds(t.world, t.s, reaction.when):
        t.changes.move_item(item.id, ch.id)
    key = reaction_key(ch.id, reaction)
    return t.interact(key, Intent.GIVE, reaction, [item.id, ch.id], asker=ch.id, **facts)


def _inventory(t: _Turn) -> Outcome:
    names = [i.name for i in held(t.world, t.s)]
    if not names:
        return t.done("inventory.empty")
    return t.done("inventory.ok", items=list(t.s.inventory), names=", ".join(names))


def _help(t: _Turn) -> Outcome:
    step = next((x for x in t.world.arc.steps if x.id not in t.s.steps_done), None)
    guide = t.world.character(t.world.guide.character)
    hint = hint_now(t.world, t.s, step) if step is not None else t.world.arc.ending.text
    return t.done(
        "help.ok",
        hint=hint,
        step=step.id if step else None,
        guide=guide.id if guide else None,
        guide_name=guide.name if guide else None,
    )


def _wait(t: _Turn) -> Outcome:
    return t.done("wait.ok")


def _only_item_for(t: _Turn, verb: str) -> Item | None:
    """The one item in reach with a use of this verb that needs no second object."""
    reachable = items_at(t.world, t.s, t.s.location) + held(t.world, t.s)
    fits = [i for i in reachable if any(u.verb == verb and not u.with_ for u in i.uses)]
    return fits[0] if len(fits) == 1 else None


def _world_verb(t: _Turn) -> Outcome:
    """A verb the world defines: an item use, a reaction, or a ``[[verbs]]`` entry."""
    verb = _verb_names(t.world).get(t.action.intent)
    if verb is None:
        return t.fail("verb.unknown", verb=t.action.intent)
    facts = {"verb": verb}
    item = t.reachable_item(t.action.target_id)
    here_verbs = [v for v in t.world.verbs if v.verb == verb and (t.s.location in v.at or not v.at)]
    if item is not None:
        outcome = _use_on(t, item, verb, "verb")
        if outcome is not None or not here_verbs:  # else "label it": the verb of this place
            return outcome or t.fail("use.nothing", name=item.name, **facts)
    ch = t.present(t.action.target_id)
    if ch is not None and item is None:
        reaction = next((r for r in ch.reactions if r.verb == verb), None)
        if reaction is None:
            tool = _only_item_for(t, verb)  # "whistle for skipper": the whistle, for him
            if tool is not None:
                return _use_on(t, tool, verb, "verb") or t.fail("use.nothing", **facts)
            return t.fail("verb.unknown", character_name=ch.name, **facts)
        key = reaction_key(ch.id, reaction)
        return t.interact(
            key, "verb", reaction, [ch.id], asker=ch.id, character_name=ch.name, **facts
        )
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
    on_scenery = _scenery(t, t.action.target_id) is not None and t.action.obj_id is None
    if not options and target_item is None and ch is None and not on_scenery:
        tool = _only_item_for(t, verb)
        if tool is not None:  # "light" with one lamp in reach
            return _use_on(t, tool, verb, "verb") or t.fail("use.nothing", **facts)
    if not options:
        return t.fail("verb.unknown", **facts)
    ready = [v for v in options if holds(t.world, t.s, v.when)]
    chosen = (ready or options)[0]
    return t.interact(verb_key(chosen), "verb", chosen, [], **facts)


def _act(t: _Turn) -> Outcome:
    """An everyday verb: the world's own meaning of it, else a default reply."""
    act = t.action.intent
    if act in _verb_names(t.world):
        outcome = _world_verb(t)
        if outcome.message_key not in ("verb.unknown", "use.nothing"):
            return outcome
    target = t.action.target_id
    item = t.reachable_item(target)
    if item is not None and act in acts.USE_FALLBACK:
        used = _use_on(t, item, Intent.USE, Intent.USE)
        if used is not None:
            return used
    ch = t.present(target, only=act in acts.TALK_FALLBACK and target is None)
    if act == Intent.CLIMB:  # "climb the stairs": the way they lead; "climb the ladder": up
        ex = _find_exit(t.world, t.s, t.action.target_text)
        scenery = _scenery(t, target) is not None  # "climb the stairs": the staircase here
        if ex is None and (target is None or scenery) and t.action.target_text:
            ex = _find_exit(t.world, t.s, Direction.UP.value)
        if ex is not None:
            return _go(_Turn(t.world, t.before, Action(Intent.GO, ex.dir.value)))
    if act == Intent.SHOW and item is not None:  # showing someone what they are waiting for
        who = t.present(t.action.obj_id, only=True)
        if who is not None and any(r.gift == item.id for r in who.reactions):
            return _give(_Turn(t.world, t.before, t.action._replace(intent=Intent.GIVE)))
    if act in acts.EXAMINE_FALLBACK and target is not None and ch is None:
        return _examine(t)
    tool = t.reachable_item(t.action.obj_id) if act == Intent.ASSIST else None
    if tool is not None:  # "help pip with her slate": what can be done with the slate
        helped = _Turn(t.world, t.before, Action(Intent.USE, tool.id, None, None))
        done = _use_on(helped, tool, None, Intent.USE)
        if done is not None:
            return done
    if ch is not None and act in acts.TALK_FALLBACK:
        said = acts.TALK_FALLBACK[act]  # "sorry", "thank you": the character's own answer
        return _talk(_Turn(t.world, t.before, Action(Intent.TALK, ch.id, None, said)))
    door = _find_exit(t.world, t.s, t.action.target_text) if target is None else None
    doors = [x for x in here(t.world, t.s).exits if x.door]
    if act == Intent.KNOCK and door is None and target is None and len(doors) == 1:
        door = doors[0] if not t.action.target_text or "door" in t.action.target_text else None
    named = door is None and target is None and t.action.target_text
    if named and act not in (Intent.SIT, Intent.SLEEP):
        return _not_seen(t)
    return _default_act(t, act, item, ch, door)


def _default_act(
    t: _Turn, act: str, item: Item | None, ch: Character | None, door: Exit | None = None
) -> Outcome:
    loc = here(t.world, t.s)
    sc = _scenery(t, t.action.target_id)
    field = acts.SENSES.get(act)
    thing = _the(item.name) if item else _the(sc.name) if sc else None
    if act == Intent.KNOCK and door is None and not (item or ch or sc):  # a bare "knock":
        doors = [x for x in loc.exits if x.door]  # the one door here, if there is one
        door = doors[0] if len(doors) == 1 else None
    typed = (t.action.target_text or "").lower()
    if sc is not None and typed in sc.aliases and typed not in sc.name.lower():
        thing = f"the {typed}"  # "touch the fence": the fence, not the gorse it is listed with
    if door is not None:
        thing = _the(door.door or f"the way {door.dir.value}")
        thing = thing if thing.lower().startswith("the ") else f"the {thing}"
    if t.action.target_id == acts.ME:
        thing = "yourself"
    scene = None
    if field is not None and sc is not None:
        scene = getattr(sc, field)
    elif field is not None and item is None and ch is None and t.action.target_id is None:
        scene = getattr(loc, field, None)
    if t.action.target_id is not None and not (item or ch or sc or thing or door):
        theirs = t.world.item(t.action.target_id)
        holder = t.present(place_of(t.world, t.s, theirs.id)) if theirs else None
        if theirs is not None and holder is not None:  # "eat the broth" Rue is holding
            facts = {"name": theirs.name, "holder": holder.id, "holder_name": holder.name}
            return t.fail("take.theirs", **facts)
        return t.fail("examine.not_here", target=t.action.target_id)
    if act == Intent.LIGHT and item is not None and _burning(item_texts(t.world, t.s, item)[0]):
        text = f"{_the(item.name)[:1].upper()}{_the(item.name)[1:]} is already lit."
        return t.fail("act.refused", text=text, verb=act)
    reply = acts.default_reply(
        act,
        place=_the(loc.name),
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
_UNLIT = re.compile(r"\b(?:unlit|not lit|dark|cold|out|snuffed|dead)\b", re.IGNORECASE)


def _burning(description: str) -> bool:
    """Whether an item's description says it is burning ("its flame is small and steady")."""
    return _ALIGHT.search(description) is not None and _UNLIT.search(description) is None


_INTENTS: dict[str, Callable[[_Turn], Outcome]] = {
    Intent.GO: _go,
    Intent.LOOK: _look,
    Intent.EXAMINE: _examine,
    Intent.TAKE: _take,
    Intent.DROP: _drop,
    Intent.USE: _use,
    Intent.OPEN: _open,
    Intent.TALK: _talk,
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
    return _INTENTS.get(act.intent, _world_verb)(_Turn(world, state, act))
