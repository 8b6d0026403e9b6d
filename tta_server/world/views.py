"""What the player can refer to (:func:`scope`) and what a narrator needs (:func:`context`).

Both are read-only views of a state, as pydantic models (``model_dump(mode="json")`` for the
wire). Their parts made only of the world's words and a little of the state (a thing's name,
an exit open or shut, a person with their attitude) are made once per world and shared by every
view (:class:`_Kept`); those models are frozen, and no view is changed after it is made. The
small helpers here say what is where right now.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from tta_server.protocol.intents import ACTS, CANONICAL_INTENTS
from tta_server.world.schema import (
    USE_INTENTS,
    Beat,
    Character,
    Exit,
    Item,
    Location,
    Reaction,
    Scenery,
    Step,
    Topic,
    Use,
    Verb,
    World,
)
from tta_server.world.state import WorldState, exit_key, holds
from tta_server.world.vocab import SKILL_LABELS, attitude_word

_BUILT_IN_ONLY = frozenset(CANONICAL_INTENTS) - frozenset(ACTS)


# -- what is where --------------------------------------------------------------------------------
def here(world: World, s: WorldState) -> Location:
    """The player's location."""
    loc = world.location(s.location)
    assert loc is not None, "a state always stands in a world location"
    return loc


def items_at(world: World, s: WorldState, place: str) -> list[Item]:
    """Items at a place (a location or a character), in world-file order: the items that start
    there and have not moved, and the moved ones now there (only the moved ones are read, not
    every item of the world)."""
    table = _kept(world)
    moved = s.places
    starting = table.starts_at.get(place, ())
    if not moved:
        return [item for _, item in starting]
    found = [(n, item) for n, item in starting if moved.get(item.id, place) == place]
    came = len(found)
    for item_id, now in moved.items():
        if now == place:
            entry = table.order.get(item_id)
            if entry is not None and table.starts[item_id] != place:
                found.append(entry)
    if len(found) > came:
        found.sort(key=lambda entry: entry[0])
    return [item for _, item in found]


@dataclass
class _Kept:
    """What depends on a world alone, built once per world object (worlds are immutable): the
    items' starting places, and the views' parts made only of the world's words (a thing's
    :class:`Named`, a topic's :class:`TopicRef`, an exit's :class:`ExitRef` open or shut, a
    thing's :class:`ItemView` with its "here" text, a person's :class:`CharacterView` with
    their description and attitude, a beat's :class:`Invitation`), made when first needed and
    shared by every view of that world (they are frozen)."""

    starts: dict[str, str]
    """Each item id's starting place."""
    order: dict[str, tuple[int, Item]]
    """Each item id's position in the world file, with the item."""
    starts_at: dict[str, tuple[tuple[int, Item], ...]]
    """The items starting at each place, with their positions, in world-file order."""
    named: dict[int, Named] = field(default_factory=dict)
    """By the ``id()`` of the item, character, scenery or location (the world keeps them)."""
    topics: dict[int, TopicRef] = field(default_factory=dict)
    exits: dict[tuple[int, bool], ExitRef] = field(default_factory=dict)
    """By the ``id()`` of the exit and whether it is shut."""
    items_here: dict[tuple[int, str | None], ItemView] = field(default_factory=dict)
    """By the ``id()`` of the item and its "here" text now."""
    items_held: dict[int, ItemView] = field(default_factory=dict)
    characters: dict[tuple[int, str, int], CharacterView] = field(default_factory=dict)
    """By the ``id()`` of the character, their description now and their attitude."""
    invitations: dict[int, Invitation] = field(default_factory=dict)


_KEPT: dict[int, tuple[World, _Kept]] = {}


def _kept(world: World) -> _Kept:
    found = _KEPT.get(id(world))
    if found is not None and found[0] is world:
        return found[1]
    items = tuple((item, world.initial_place(item.id)) for item in world.items)
    at: dict[str, list[tuple[int, Item]]] = {}
    for n, (item, start) in enumerate(items):
        at.setdefault(start, []).append((n, item))
    kept = _Kept(
        starts={item.id: start for item, start in items},
        order={item.id: (n, item) for n, (item, _) in enumerate(items)},
        starts_at={place: tuple(entries) for place, entries in at.items()},
    )
    if len(_KEPT) > 64:
        _KEPT.clear()
    _KEPT[id(world)] = (world, kept)
    return kept


def held(world: World, s: WorldState) -> list[Item]:
    """Items carried, in the order they were picked up."""
    return [i for i in (world.item(x) for x in s.inventory) if i is not None]


def characters_here(world: World, s: WorldState) -> list[Character]:
    """Characters at the player's location (where :func:`~tta_server.world.state.where_is`
    puts them, read here without a lookup per character)."""
    moved, location = s.whereabouts, s.location
    return [c for c in world.characters if moved.get(c.id, c.at) == location]


#: Words that mark a character as an animal in its name or aliases ("the cat", "collie"): a
#: question with no one named goes to a person before an animal.
ANIMAL_WORDS = frozenset(
    {"dog", "cat", "collie", "puppy", "kitten", "hound", "terrier", "spaniel", "bird", "gull"}
    | {"seagull", "crow", "raven", "owl", "parrot", "horse", "pony", "donkey", "goat", "sheep"}
    | {"cow", "pig", "hen", "chicken", "duck", "goose", "fox", "rabbit", "hare", "mouse", "rat"}
    | {"seal", "otter", "badger", "hedgehog", "squirrel", "deer", "tortoise", "ferret", "mole"}
)


def is_animal(ch: Character) -> bool:
    """Whether a character is an animal: a word of its name or aliases is in
    :data:`ANIMAL_WORDS`, and none of them is a person's word ("mole" can be a nickname)."""
    words = {w for n in ch.names for w in n.replace("-", " ").split()}
    return bool(words & ANIMAL_WORDS) and not words & _PERSON_WORDS


def animal_kind(ch: Character) -> str | None:
    """The plain word for what kind of animal a character is ("cat" for Footnote, "dog" for a
    collie), for narration that never gives an animal speech; None for a person."""
    if not is_animal(ch):
        return None
    words = [w for n in (*ch.aliases, ch.name) for w in n.lower().replace("-", " ").split()]
    kind = next(w for w in words if w in ANIMAL_WORDS)
    return _KINDS.get(kind, kind)


_KINDS = {"collie": "dog", "puppy": "dog", "hound": "dog", "terrier": "dog", "spaniel": "dog"}
_KINDS |= {"kitten": "cat", "seagull": "gull"}

_PERSON_WORDS = frozenset({"man", "woman", "girl", "boy", "child", "kid", "binder", "keeper"})

_SPOKEN = ("talk:", "reply:", "give:", "react:")


def addressees(world: World, s: WorldState) -> list[Character]:
    """The characters here, the one words with no name are said to first: the one whose
    question is open, a person the last action was about, the last one spoken to (the newest
    conversation, gift or reaction of ``done``), then people before animals, in world order."""
    people = characters_here(world, s)
    ids = [c.id for c in people]
    rank: dict[str, int] = {}
    for who in s.asking:
        if who in ids:
            rank.setdefault(who, 0)
    for who in s.mentioned:
        ch = world.character(who)
        if ch is not None and who in ids and not is_animal(ch):
            rank.setdefault(who, 1)
    for key in reversed(s.done):
        if key.startswith(_SPOKEN):
            who = key.split(":")[1]
            if who in ids:
                rank.setdefault(who, 2)
                break
    for ch in people:
        rank.setdefault(ch.id, 4 if is_animal(ch) else 3)
    return sorted(people, key=lambda c: rank[c.id])


# -- texts as they read now (``later`` variants: nothing contradicts what has happened) ----------
def descriptions_now(world: World, s: WorldState, loc: Location) -> list[str]:
    """A location's descriptions as the story has left it."""
    now = [x for x in loc.later if holds(world, s, x.when)]
    return list(now[-1].descriptions) if now else list(loc.descriptions)


def sense_now(world: World, s: WorldState, entry: Location | Scenery, field: str) -> str | None:
    """A location's or scenery's ``field`` (``sound``, ``smell``, ``touch``, ``taste``) as the
    story has left it: a place's last ``later`` that gives it, a scenery's first ``states``
    (after the ending, "far out in the fog, nothing" no longer answers a listen at the quay)."""
    if isinstance(entry, Location):
        now = [getattr(x, field, None) for x in entry.later if holds(world, s, x.when)]
        now = [x for x in now if x]
        return now[-1] if now else getattr(entry, field, None)
    for state in entry.states:
        if holds(world, s, state.when):
            text: str | None = getattr(state, field, None)
            if text:
                return text
            break
    return getattr(entry, field, None)


def item_texts(world: World, s: WorldState, item: Item) -> tuple[str, str | None]:
    """An item's description and "here" text as the story has left it."""
    description, here_text = item.description, item.here
    for x in item.later:
        if holds(world, s, x.when):
            description = x.description or description
            here_text = x.here or here_text
    return description, here_text


def character_texts(world: World, s: WorldState, ch: Character) -> tuple[str, str]:
    """A character's description and default line as the story has left them."""
    description, default = ch.description, ch.default
    for x in ch.later:
        if holds(world, s, x.when):
            description = x.description or description
            default = x.default or default
    return description, default


CharacterLine = Literal[
    "thanks",
    "sorry",
    "kindness",
    "unkindness",
    "declines",
    "wellbeing",
    "goodbye",
    "personal",
    "family",
    "invited",
    "coping",
    "heard",
    "disclosed",
]
"""A character's lines that answer the player's manners, a gift they decline, "how are you?",
a goodbye, a personal question, a question about their family, an invitation, a question about
how they cope or the player's answer to a question of their own."""


def character_line(world: World, s: WorldState, ch: Character, field: CharacterLine) -> str | None:
    """A character's answer to thanks, an apology, kind or unkind words, or their refusal of
    a gift, as the story has left them (the last ``later`` that gives it and holds)."""
    line: str | None = getattr(ch, field)
    for x in ch.later:
        if getattr(x, field) is not None and holds(world, s, x.when):
            line = getattr(x, field)
    return line


def character_fallbacks(world: World, s: WorldState, ch: Character) -> list[str]:
    """A character's fallback lines as the story has left them (the last ``later`` that
    gives some and holds, else their own)."""
    lines = ch.fallbacks
    for x in ch.later:
        if x.fallbacks is not None and holds(world, s, x.when):
            lines = x.fallbacks
    return list(lines)


def interaction_texts(
    world: World, s: WorldState, thing: Use | Topic | Reaction | Verb
) -> tuple[str, str | None]:
    """An interaction's text and ``again`` text as the story has left them (a topic, an item
    use, a reaction or a verb: the harsh page read again after it was answered)."""
    text, again = thing.text, thing.again
    for x in thing.later:
        if holds(world, s, x.when):
            text, again = x.text or text, x.again or again
    return text, again


def hint_now(world: World, s: WorldState, step: Step) -> str:
    """An arc step's hint, no longer asking for what is already done."""
    now = [x for x in step.later if holds(world, s, x.when)]
    return now[-1].hint if now else step.hint


def is_shut(world: World, s: WorldState, location_id: str, ex: Exit) -> bool:
    """Whether an exit is shut now: locked and not yet unlocked, or its conditions fail."""
    if ex.locked and exit_key(location_id, ex.dir.value) not in s.unlocked:
        return True
    return not holds(world, s, ex.when)


def met(world: World, s: WorldState) -> list[str]:
    """The characters the player has met: been where they are or started, or spoken with."""
    spoken = {key.split(":")[1] for key in s.done if key.count(":") >= 2}
    moved, visits = s.whereabouts, s.visits  # where_is, without a lookup per character
    return [
        c.id
        for c in world.characters
        if c.id in spoken or c.at in visits or moved.get(c.id, c.at) in visits
    ]


GUIDE_PLAIN = {
    "check_in": "A quiet moment, just for you. How are you doing, truly? Not the polite answer.",
    "grounding": (
        "Feet first. Feel the ground pushing back at you. Now find five things you can see, four "
        "you can touch, three you can hear, two you can smell and one you can taste. Take your "
        "time; the story waits."
    ),
    "pause": "The story can wait. Sit a while, breathe, and come back to it when you're ready.",
    "heard": (
        "Thank you for answering, and for answering honestly. Whatever the weather inside, the "
        "story waits for you: take it at your own pace."
    ),
}
"""The guide's words in nobody's voice, for when the guide is neither here nor met."""


def guide_words(
    world: World, s: WorldState, which: Literal["check_in", "grounding", "pause", "heard"]
) -> str:
    """The guide's check-in, grounding, pause or heard words fitting where the story stands: in
    the guide's voice only when the guide is here, remembered (the ``_away`` text) once met, else
    plain (see :class:`~tta_server.world.schema.Guide`; a world without ``heard`` words has the
    plain ones)."""
    guide = world.guide
    here = getattr(guide, which)
    if isinstance(here, str) and any(c.id == guide.character for c in characters_here(world, s)):
        return here
    away = getattr(guide, f"{which}_away")
    if isinstance(away, str) and guide.character in met(world, s):
        return away
    return GUIDE_PLAIN[which]


# -- what the player can refer to -----------------------------------------------------------------
class Named(BaseModel):
    """Something the player can name: its id, its name and other words for it."""

    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    aliases: list[str] = Field(default_factory=list)


class ExitRef(BaseModel):
    """A way out, as the parser and narrator see it."""

    model_config = ConfigDict(frozen=True)

    dir: str
    to: str
    to_name: str
    door: str | None = None
    aliases: list[str] = Field(default_factory=list)
    open: bool
    blocked: str | None = None


class TopicRef(BaseModel):
    """A topic a present character will talk about now."""

    model_config = ConfigDict(frozen=True)

    character: str
    id: str
    keywords: list[str]


class VerbRef(BaseModel):
    """A world verb usable now, and the ids it applies to (empty: used on its own)."""

    verb: str
    aliases: list[str] = Field(default_factory=list)
    targets: list[str] = Field(default_factory=list)


class Scope(BaseModel):
    """What the player can refer to at this moment."""

    location: Named
    items_here: list[Named]
    items_held: list[Named]
    items_with_characters: list[Named]
    characters: list[Named]
    scenery: list[Named] = Field(default_factory=list)
    exits: list[ExitRef]
    topics: list[TopicRef]
    verbs: list[VerbRef]
    intents: list[str]


def _named(world: World, x: Item | Character | Scenery | Location) -> Named:
    """A thing's, person's or place's :class:`Named` (a place's without its aliases)."""
    named = _kept(world).named
    found = named.get(id(x))
    if found is None:
        if isinstance(x, Location):
            found = Named(id=x.id, name=x.name)
        else:
            found = Named(id=x.id, name=x.name, aliases=list(x.aliases))
        named[id(x)] = found
    return found


def _topic(world: World, ch: Character, topic: Topic) -> TopicRef:
    topics = _kept(world).topics
    found = topics.get(id(topic))
    if found is None:
        found = TopicRef(character=ch.id, id=topic.id, keywords=list(topic.keywords))
        topics[id(topic)] = found
    return found


def _exits(world: World, s: WorldState) -> list[ExitRef]:
    exits = _kept(world).exits
    refs = []
    for ex in here(world, s).exits:
        shut = is_shut(world, s, s.location, ex)
        ref = exits.get((id(ex), shut))
        if ref is None:
            dest = world.location(ex.to)
            ref = exits[(id(ex), shut)] = ExitRef(
                dir=ex.dir.value,
                to=ex.to,
                to_name=dest.name if dest else ex.to,
                door=ex.door,
                aliases=list(ex.aliases),
                open=not shut,
                blocked=ex.blocked if shut else None,
            )
        refs.append(ref)
    return refs


def scope(world: World, state: WorldState) -> Scope:
    """Items here, held and with people here; characters, exits, topics and verbs usable now."""
    s = state
    loc = here(world, s)
    people = characters_here(world, s)
    items_here = items_at(world, s, s.location)
    with_chars = [i for c in people for i in items_at(world, s, c.id)]
    holding = held(world, s)
    reachable = items_here + holding
    verbs: dict[str, VerbRef] = {}
    for verb in world.verbs:
        if not verb.at or s.location in verb.at:
            ref = verbs.setdefault(verb.verb, VerbRef(verb=verb.verb))
            ref.aliases = sorted(set(ref.aliases) | set(verb.aliases))
    for item in reachable:
        for use in item.uses:
            if use.verb not in USE_INTENTS:
                ref = verbs.setdefault(use.verb, VerbRef(verb=use.verb))
                ref.targets.append(item.id)
                typed = set(use.aliases) - _BUILT_IN_ONLY  # "examine" marks the use, not a word
                ref.aliases = sorted(set(ref.aliases) | typed)
    for ch in people:
        for r in ch.reactions:
            if r.verb is not None:
                verbs.setdefault(r.verb, VerbRef(verb=r.verb)).targets.append(ch.id)
    topics = [_topic(world, c, x) for c in people for x in c.topics if holds(world, s, x.when)]
    return Scope(
        location=_named(world, loc),
        items_here=[_named(world, i) for i in items_here],
        items_held=[_named(world, i) for i in holding],
        items_with_characters=[_named(world, i) for i in with_chars],
        characters=[_named(world, c) for c in people],
        scenery=[_named(world, x) for x in world.scenery_at(s.location)],
        exits=_exits(world, s),
        topics=topics,
        verbs=list(verbs.values()),
        intents=list(CANONICAL_INTENTS),
    )


# -- what a narrator needs ------------------------------------------------------------------------
class Place(BaseModel):
    """The current location for the narrator."""

    id: str
    name: str
    descriptions: list[str]
    notes: list[str]
    first_visit: str | None
    tags: list[str]


class ItemView(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    here: str | None = None


class CharacterView(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    description: str
    attitude: int
    mood: str
    guide: bool


class ArcView(BaseModel):
    done: int
    total: int
    current: str | None
    current_title: str | None
    hint: str | None
    ended: bool


class Invitation(BaseModel):
    """A therapeutic beat on offer here and now, with the in-fiction text that invites it."""

    model_config = ConfigDict(frozen=True)

    beat: str
    skill: str
    label: str
    invite: str


class Context(BaseModel):
    """Everything a narrator needs for the current moment."""

    world_title: str
    turn: int
    location: Place
    items_here: list[ItemView]
    exits: list[ExitRef]
    inventory: list[ItemView]
    characters: list[CharacterView]
    arc: ArcView
    skills: dict[str, int]
    invitations: list[Invitation]
    met: list[str] = []
    """The characters the player has met (:func:`met`): only they are named in asides."""


def _item_here(world: World, item: Item, here_text: str | None) -> ItemView:
    kept = _kept(world).items_here
    found = kept.get((id(item), here_text))
    if found is None:
        found = ItemView(id=item.id, name=item.name, here=here_text)
        kept[(id(item), here_text)] = found
    return found


def _item_held(world: World, item: Item) -> ItemView:
    kept = _kept(world).items_held
    found = kept.get(id(item))
    if found is None:
        found = kept[id(item)] = ItemView(id=item.id, name=item.name)
    return found


def _character_view(world: World, ch: Character, description: str, attitude: int) -> CharacterView:
    kept = _kept(world).characters
    found = kept.get((id(ch), description, attitude))
    if found is None:
        found = CharacterView(
            id=ch.id,
            name=ch.name,
            description=description,
            attitude=attitude,
            mood=attitude_word(attitude),
            guide=ch.id == world.guide.character,
        )
        kept[(id(ch), description, attitude)] = found
    return found


def _invitation(world: World, beat: Beat) -> Invitation:
    kept = _kept(world).invitations
    found = kept.get(id(beat))
    if found is None:
        found = Invitation(
            beat=beat.id, skill=beat.skill.value, label=SKILL_LABELS[beat.skill], invite=beat.invite
        )
        kept[id(beat)] = found
    return found


def context(world: World, state: WorldState) -> Context:
    """The location (with description variants), things, people, exits, arc and skills."""
    s = state
    loc = here(world, s)
    step = next((x for x in world.arc.steps if x.id not in s.steps_done), None)
    first = s.visits.get(s.location, 0) <= 1
    invitations = [
        _invitation(world, b)
        for b in world.beats
        if (b.at is None or b.at == s.location) and b.via not in s.done and holds(world, s, b.when)
    ]
    return Context(
        world_title=world.meta.title,
        turn=s.turn,
        location=Place(
            id=loc.id,
            name=loc.name,
            descriptions=descriptions_now(world, s, loc),
            notes=[n.text for n in loc.notes if holds(world, s, n.when)],
            first_visit=loc.first_visit if first else None,
            tags=list(loc.tags),
        ),
        items_here=[
            _item_here(world, i, item_texts(world, s, i)[1]) for i in items_at(world, s, s.location)
        ],
        exits=_exits(world, s),
        inventory=[_item_held(world, i) for i in held(world, s)],
        characters=[
            _character_view(world, c, character_texts(world, s, c)[0], s.attitudes.get(c.id, 0))
            for c in characters_here(world, s)
        ],
        arc=ArcView(
            done=len(s.steps_done),
            total=len(world.arc.steps),
            current=step.id if step else None,
            current_title=step.title if step else None,
            hint=hint_now(world, s, step) if step else None,
            ended=s.ended,
        ),
        skills=dict(s.skills),
        invitations=invitations,
        met=met(world, s),
    )
