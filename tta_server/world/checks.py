"""Cross-entry checks of a world: references, reachability, impossible conditions, texts.

:func:`check` takes a :class:`Draft` (the entries that parsed; ids of the ones that did not, so
that references to them are not reported twice) and returns every problem found as
``(entry, problem)`` pairs, grouped by kind of check. It never raises for bad content.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from tta_server.protocol.intents import ACTS, CANONICAL_INTENTS
from tta_server.world import prose_nouns
from tta_server.world.schema import (
    USE_INTENTS,
    Beat,
    Character,
    Ending,
    Guide,
    Item,
    Location,
    Meta,
    Scenery,
    Step,
    Verb,
    initial_places,
    questions,
    reaction_key,
    reply_key,
    topic_key,
    use_key,
    verb_key,
)
from tta_server.world.vocab import (
    ATTITUDE_MAX,
    HERE,
    NOWHERE,
    PLAYER,
    At,
    AttitudeAtLeast,
    ChangeAttitude,
    ClearFlag,
    CompleteStep,
    Condition,
    Effect,
    FlagNotSet,
    FlagSet,
    HasItem,
    MoveCharacter,
    PlaceItem,
    PractiseSkill,
    SetFlag,
    Skill,
    StepDone,
    UnlockExit,
    Visited,
)

Problem = tuple[str, str]
_BUILT_IN_ONLY = frozenset(CANONICAL_INTENTS) - frozenset(ACTS)
_SCRIPTED = re.compile(
    r"[,.?!]' you (?:tell|say|ask|beg)\b|\byou (?:tell|ask) (?:her|him|them)(?:[,:]| that) '"
)
"""A quotation said as the player's ("'I want to help,' you tell her"; "you tell him: '...'")."""
"""Intents a world cannot redefine (``go`` ... ``wait``); the ``ACTS`` it may."""
RESERVED_IDS = (PLAYER, NOWHERE, HERE)


@dataclass
class Draft:
    """The parts of a world file that parsed, plus the ids of entries that did not (and where
    the exits of broken locations lead, so that reachability stays accurate)."""

    meta: Meta | None = None
    guide: Guide | None = None
    locations: list[Location] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    characters: list[Character] = field(default_factory=list)
    verbs: list[Verb] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    ending: Ending | None = None
    beats: list[Beat] = field(default_factory=list)
    scenery: list[Scenery] = field(default_factory=list)
    broken_ids: set[str] = field(default_factory=set)
    broken_edges: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class _Site:
    """One place in the file that has conditions, effects or a skill."""

    entry: str
    when: list[Condition]
    effects: list[Effect]
    skill: Skill | None = None
    key: str | None = None


def _sites(d: Draft) -> Iterator[_Site]:
    for loc in d.locations:
        for ex in loc.exits:
            yield _Site(f"location '{loc.id}' exit {ex.dir.value}", ex.when, [])
        for i, note in enumerate(loc.notes, 1):
            yield _Site(f"location '{loc.id}' note {i}", note.when, [])
        for i, later in enumerate(loc.later, 1):
            yield _Site(f"location '{loc.id}' later {i}", later.when, [])
    for item in d.items:
        for i, item_later in enumerate(item.later, 1):
            yield _Site(f"item '{item.id}' later {i}", item_later.when, [])
    for ch in d.characters:
        for i, ch_later in enumerate(ch.later, 1):
            yield _Site(f"character '{ch.id}' later {i}", ch_later.when, [])
    for item in d.items:
        for use in item.uses:
            key = use_key(item.id, use)
            entry = f"item '{item.id}' use '{key.split(':', 2)[2]}'"
            yield _Site(entry, use.when, use.effects, use.skill, key)
            for i, use_later in enumerate(use.later, 1):
                yield _Site(f"{entry} later {i}", use_later.when, [])
    for ch in d.characters:
        for topic in ch.topics:
            entry = f"character '{ch.id}' topic '{topic.id}'"
            yield _Site(entry, topic.when, topic.effects, topic.skill, topic_key(ch.id, topic))
        for r in ch.reactions:
            key = reaction_key(ch.id, r)
            entry = f"character '{ch.id}' reaction '{key.split(':', 2)[2]}'"
            yield _Site(entry, r.when, r.effects, r.skill, key)
            for i, reaction_later in enumerate(r.later, 1):
                yield _Site(f"{entry} later {i}", reaction_later.when, [])
        for q in questions(ch):
            entry = f"character '{ch.id}' question '{q.id}'"
            yield _Site(entry, q.when, q.effects, q.skill, reply_key(ch.id, q))
        for topic in ch.topics:
            for i, talk_later in enumerate(topic.later, 1):
                entry = f"character '{ch.id}' topic '{topic.id}' later {i}"
                yield _Site(entry, talk_later.when, [])
    for verb in d.verbs:
        yield _Site(f"verb '{verb.id}'", verb.when, verb.effects, verb.skill, verb_key(verb))
        for i, verb_later in enumerate(verb.later, 1):
            yield _Site(f"verb '{verb.id}' later {i}", verb_later.when, [])
    for step in d.steps:
        yield _Site(f"arc step '{step.id}'", step.when, step.effects)
        for i, hint in enumerate(step.later, 1):
            yield _Site(f"arc step '{step.id}' later {i}", hint.when, [])
    for beat in d.beats:
        yield _Site(f"beat '{beat.id}'", beat.when, [])
    for x in d.scenery:
        for i, state in enumerate(x.states, 1):
            yield _Site(f"scenery '{x.id}' state {i}", state.when, [])


class _Checker:
    def __init__(self, draft: Draft) -> None:
        self.d = draft
        self.problems: list[Problem] = []
        self.locations = {x.id: x for x in reversed(draft.locations)}  # the first of duplicates
        self.items = {x.id: x for x in reversed(draft.items)}
        self.characters = {x.id: x for x in reversed(draft.characters)}
        self.steps = {x.id: x for x in reversed(draft.steps)}
        self.sites = list(_sites(draft))
        effects = [e for s in self.sites for e in s.effects]
        self.flags_set = {e.set_flag for e in effects if isinstance(e, SetFlag)}
        self.placements = [e for e in effects if isinstance(e, PlaceItem)]
        self.unlocks = {(e.unlock_exit, e.dir.value) for e in effects if isinstance(e, UnlockExit)}
        self.completed = {e.complete_step for e in effects if isinstance(e, CompleteStep)}
        self.gains: dict[str, int] = {}
        for e in effects:
            if isinstance(e, ChangeAttitude) and e.by > 0:
                self.gains[e.attitude] = self.gains.get(e.attitude, 0) + e.by
        self.places = initial_places(draft.locations, draft.items, draft.characters)

    def add(self, entry: str, problem: str) -> None:
        self.problems.append((entry, problem))

    def known(self, ident: str, table: Mapping[str, object]) -> bool:
        return ident in table or ident in self.d.broken_ids

    # -- the checks ---------------------------------------------------------------------------
    def run(self) -> list[Problem]:
        self.ids()
        self.meta()
        self.locations_()
        self.items_()
        self.characters_()
        self.verbs()
        self.quoting()
        self.talk_unscripted()
        self.arc()
        self.beats()
        self.scenery()
        self.prose()
        for site in self.sites:
            self.conditions(site.entry, site.when)
            self.effects(site.entry, site.effects)
        self.skills()
        return self.problems

    def ids(self) -> None:
        seen: dict[str, str] = {}
        kinds = (
            ("location", self.d.locations),
            ("item", self.d.items),
            ("character", self.d.characters),
            ("scenery", self.d.scenery),
        )
        for kind, entries in kinds:
            for x in entries:
                entry = f"{kind} '{x.id}'"
                if x.id in RESERVED_IDS:
                    self.add(entry, f"'{x.id}' is a reserved word; choose another id")
                if x.id in seen:
                    self.add(entry, f"duplicate id: an earlier {seen[x.id]} uses it too")
                else:
                    seen[x.id] = kind
        named: dict[str, str] = {}
        things: list[Item | Character] = [*self.d.items, *self.d.characters]
        for x in things:
            kind = "item" if isinstance(x, Item) else "character"
            for word in dict.fromkeys([x.id, *x.aliases]):
                if word in named and named[word] != f"{kind} '{x.id}'":
                    self.add(
                        f"{kind} '{x.id}'",
                        f"alias '{word}' also names {named[word]}; a player could not tell "
                        "them apart",
                    )
                named.setdefault(word, f"{kind} '{x.id}'")
        for kind, ids in (
            ("verb", [v.id for v in self.d.verbs]),
            ("arc step", [s.id for s in self.d.steps]),
            ("beat", [b.id for b in self.d.beats]),
        ):
            done: set[str] = set()
            for ident in ids:
                if ident in done:
                    self.add(f"{kind} '{ident}'", f"duplicate id: another {kind} uses it")
                done.add(ident)

    def meta(self) -> None:
        if self.d.meta is not None and not self.known(self.d.meta.start, self.locations):
            self.add("[world]", f"start '{self.d.meta.start}' is not a location")
        if self.d.guide is not None and not self.known(self.d.guide.character, self.characters):
            self.add("[guide]", f"character '{self.d.guide.character}' is not a character")

    def locations_(self) -> None:
        for loc in self.d.locations:
            dirs: set[str] = set()
            for ex in loc.exits:
                entry = f"location '{loc.id}' exit {ex.dir.value}"
                if ex.dir.value in dirs:
                    self.add(entry, f"duplicate exit: another exit also goes {ex.dir.value}")
                dirs.add(ex.dir.value)
                if not self.known(ex.to, self.locations):
                    self.add(entry, f"goes to unknown location '{ex.to}'")
                if ex.key is not None:
                    if not self.known(ex.key, self.items):
                        self.add(entry, f"key '{ex.key}' is not an item")
                    elif ex.key in self.items:
                        self.obtainable(entry, ex.key, "the key")
                    if not ex.locked:
                        self.add(entry, "has a key but is not locked (add locked = true)")
                if ex.locked and ex.key is None and (loc.id, ex.dir.value) not in self.unlocks:
                    self.add(entry, "is locked, but no key or unlock_exit effect opens it")
                if (ex.locked or ex.when) and ex.blocked is None:
                    self.add(entry, "can be shut but has no 'blocked' text to explain why")
            for item_id in loc.items:
                if not self.known(item_id, self.items):
                    self.add(f"location '{loc.id}'", f"lists unknown item '{item_id}'")
        self.reachability()

    def reachability(self) -> None:
        if self.d.meta is None or self.d.meta.start not in self.locations:
            return
        edges = dict(self.d.broken_edges)
        for loc in self.d.locations:
            edges.setdefault(loc.id, []).extend(ex.to for ex in loc.exits)
        seen = {self.d.meta.start}
        queue = deque([self.d.meta.start])
        while queue:
            for to in edges.get(queue.popleft(), []):
                if to not in seen:
                    seen.add(to)
                    queue.append(to)
        for loc in self.d.locations:
            if loc.id not in seen:
                self.add(
                    f"location '{loc.id}'",
                    f"cannot be reached from the start '{self.d.meta.start}' by any exit",
                )

    def items_(self) -> None:
        for item in self.d.items:
            entry = f"item '{item.id}'"
            claims = []
            if item.at is not None:
                claims.append(f"at = '{item.at}'")
                if item.at not in (PLAYER, NOWHERE) and not (
                    self.known(item.at, self.locations) or self.known(item.at, self.characters)
                ):
                    self.add(
                        entry,
                        f"at '{item.at}' is not a location, a character, 'player' or 'nowhere'",
                    )
            claims += [f"location '{x.id}'" for x in self.d.locations if item.id in x.items]
            claims += [f"character '{x.id}'" for x in self.d.characters if item.id in x.carries]
            if len(claims) > 1:
                self.add(entry, "is in two places: " + " and ".join(claims))
            placed = any(p.place_item == item.id for p in self.placements)
            if self.places.get(item.id, NOWHERE) == NOWHERE and not placed:
                self.add(entry, "starts nowhere and no place_item effect ever places it")
            keys: set[str] = set()
            for use in item.uses:
                key = use_key(item.id, use)
                use_entry = f"{entry} use '{key.split(':', 2)[2]}'"
                if key in keys:
                    self.add(use_entry, "duplicate use: another use has this verb and object")
                keys.add(key)
                if use.verb in CANONICAL_INTENTS and use.verb not in (*USE_INTENTS, *ACTS):
                    self.add(use_entry, f"'{use.verb}' is a built-in intent and cannot be a use")
                if use.with_ is not None and not (
                    self.known(use.with_, self.items) or self.known(use.with_, self.characters)
                ):
                    self.add(use_entry, f"with '{use.with_}' is not an item or a character")
                if use.when and use.otherwise is None:
                    self.add(use_entry, "has conditions but no 'otherwise' text for when they fail")

    def characters_(self) -> None:
        for ch in self.d.characters:
            entry = f"character '{ch.id}'"
            if not self.known(ch.at, self.locations):
                self.add(entry, f"at '{ch.at}' is not a location")
            for item_id in ch.carries:
                if not self.known(item_id, self.items):
                    self.add(entry, f"carries unknown item '{item_id}'")
            topics: set[str] = set()
            for topic in ch.topics:
                if topic.id in topics:
                    self.add(f"{entry} topic '{topic.id}'", "duplicate topic id")
                topics.add(topic.id)
            asked: set[str] = set()
            for q in questions(ch):
                if q.id in asked:
                    self.add(f"{entry} question '{q.id}'", "duplicate question id")
                asked.add(q.id)
            keys: set[str] = set()
            for i, r in enumerate(ch.reactions, 1):
                r_entry = f"{entry} reaction {i}"
                if (r.gift is None) == (r.verb is None):
                    self.add(r_entry, "give exactly one of 'gift' (an item) or 'verb'")
                    continue
                key = reaction_key(ch.id, r)
                r_entry = f"{entry} reaction '{key.split(':', 2)[2]}'"
                if key in keys:
                    self.add(r_entry, "duplicate reaction to the same gift or verb")
                keys.add(key)
                if r.gift is not None and not self.known(r.gift, self.items):
                    self.add(r_entry, f"gift '{r.gift}' is not an item")
                if r.verb is not None and r.verb in _BUILT_IN_ONLY:
                    self.add(r_entry, f"'{r.verb}' is a built-in intent; use 'gift' for give")
                if r.when and r.otherwise is None:
                    self.add(r_entry, "has conditions but no 'otherwise' text for when they fail")

    def verbs(self) -> None:
        words: dict[str, str] = {v.verb: v.verb for v in self.d.verbs}
        for verb in self.d.verbs:
            entry = f"verb '{verb.id}'"
            for alias in verb.aliases:
                if alias in _BUILT_IN_ONLY:
                    self.add(entry, f"alias '{alias}' is a built-in intent")
                elif words.setdefault(alias, verb.verb) != verb.verb:
                    self.add(entry, f"alias '{alias}' already names the verb '{words[alias]}'")
            if verb.verb in _BUILT_IN_ONLY:
                self.add(entry, f"'{verb.verb}' is a built-in intent and cannot be a world verb")
            for loc in verb.at:
                if not self.known(loc, self.locations):
                    self.add(entry, f"at '{loc}' is not a location")
            if verb.when and verb.otherwise is None:
                self.add(entry, "has conditions but no 'otherwise' text for when they fail")

    def quoting(self) -> None:
        """``quoted`` texts put the player's words where ``{words}`` is, and use no other
        braces; the guide's ``sayings`` use none but ``{name}``."""
        texts = [(f"item '{i.id}' use '{u.verb}'", u.quoted) for i in self.d.items for u in i.uses]
        texts += [(f"verb '{v.id}'", v.quoted) for v in self.d.verbs]
        texts += [
            (f"character '{c.id}' topic '{t.id}'", t.quoted)
            for c in self.d.characters
            for t in c.topics
        ]
        for entry, quoted in texts:
            if quoted is None:
                continue
            if "{words}" not in quoted:
                self.add(entry, "'quoted' must contain {words} (where the player's words go)")
            elif "{" in quoted.replace("{words}", "") or "}" in quoted.replace("{words}", ""):
                self.add(entry, "'quoted' may use no braces but {words}")
        sayings = self.d.guide.sayings if self.d.guide is not None else []
        for saying in sayings:  # the narrator fills in the player's name
            if "{" in saying.replace("{name}", "") or "}" in saying.replace("{name}", ""):
                self.add("guide", "'sayings' may use no braces but {name}")

    def talk_unscripted(self) -> None:
        """A character's topic texts put no scripted speech in the player's mouth ("'I can't do
        it without you,' you tell her"): the player's words are theirs, quoted by ``quoted``
        when they can be (newcomer 17, a nurse asking Maren how she felt, read that she had
        begged to be taught)."""
        for c in self.d.characters:
            for t in c.topics:
                texts = [t.text, t.again, *(x.text for x in t.later), *(x.again for x in t.later)]
                if any(x is not None and _SCRIPTED.search(x) for x in texts):
                    entry = f"character '{c.id}' topic '{t.id}'"
                    self.add(entry, "puts a speech in the player's mouth (narrate it, or 'quoted')")

    def scenery(self) -> None:
        for x in self.d.scenery:
            for loc in x.at:
                if not self.known(loc, self.locations):
                    self.add(f"scenery '{x.id}'", f"at '{loc}' is not a location")

    def prose(self) -> None:
        """Every noun phrase of location and item prose names something a player can examine
        (or background): see :mod:`tta_server.world.prose_nouns`. A location's prose counts
        only the items that can be there when it is read: those that start there, with the
        player or with a character, portable ones that start anywhere (the player may bring
        them), and for its ``later`` descriptions and notes also those an effect places there or
        gives the player. An item that only arrives later does not back up a description read
        before it does ("a single ember" in the stove, before a cooled ember can be taken)."""
        background = set(self.d.meta.background) if self.d.meta else set()
        people = [n for x in self.d.characters for n in (x.name, *x.aliases)]
        places = [x.name for x in self.d.locations]
        carried = {PLAYER, *(c.id for c in self.d.characters)}
        starts = initial_places(self.d.locations, self.d.items, self.d.characters)
        placed: dict[str, set[str]] = {}  # where effects put items: location (or here) -> ids
        for site in _sites(self.d):
            for e in site.effects:
                if isinstance(e, PlaceItem):
                    placed.setdefault(e.to, set()).add(e.place_item)
        for loc in self.d.locations:
            scenery = [
                n
                for x in self.d.scenery
                if not x.at or loc.id in x.at
                for n in (x.name, *x.aliases)
            ]
            doors = [n for ex in loc.exits for n in (ex.door or "", *ex.aliases)]
            base = [*people, *places, *scenery, *doors]
            start = [
                n
                for x in self.d.items
                if starts.get(x.id) in (*carried, loc.id)
                or (x.portable and starts.get(x.id, NOWHERE) != NOWHERE)
                for n in (x.name, *x.aliases)
            ]
            later_ids = placed.get(loc.id, set()) | placed.get(PLAYER, set())
            later_ids |= placed.get(HERE, set())
            arrived = [n for x in self.d.items if x.id in later_ids for n in (x.name, *x.aliases)]
            first = prose_nouns.Known.of([*base, *start], background)
            then = prose_nouns.Known.of([*base, *start, *arrived], background)
            later = [d for lt in loc.later for d in lt.descriptions] + [n.text for n in loc.notes]
            self.unexaminable(
                f"location '{loc.id}'",
                [(t, first) for t in (*loc.descriptions, loc.first_visit or "")]
                + [(t, then) for t in later],
            )
        every = prose_nouns.Known.of(
            [
                *people,
                *places,
                *(n for x in self.d.items for n in (x.name, *x.aliases)),
                *(n for x in self.d.scenery for n in (x.name, *x.aliases)),
            ],
            background,
        )
        for item in self.d.items:
            texts = (item.description, item.here or "")
            self.unexaminable(f"item '{item.id}'", [(t, every) for t in texts])

    def unexaminable(self, entry: str, texts: list[tuple[str, prose_nouns.Known]]) -> None:
        found: list[str] = []
        for text, known in texts:
            found += [p for p in prose_nouns.uncovered(text, known) if p not in found]
        if found:
            self.add(
                entry,
                "its prose names things a player cannot examine: "
                + ", ".join(f"'{p}'" for p in found)
                + " (add [[scenery]] for them, or their nouns to [world] background)",
            )

    def arc(self) -> None:
        for step in self.d.steps:
            if not step.when and step.id not in self.completed:
                self.add(
                    f"arc step '{step.id}'",
                    "has no conditions and no complete_step effect completes it",
                )

    def beats(self) -> None:
        keyed = {s.key: s for s in self.sites if s.key is not None}
        for beat in self.d.beats:
            entry = f"beat '{beat.id}'"
            if beat.at is not None and not self.known(beat.at, self.locations):
                self.add(entry, f"at '{beat.at}' is not a location")
            site = keyed.get(beat.via)
            if site is None:
                if not any(part in self.d.broken_ids for part in beat.via.split(":")):
                    self.add(entry, f"via '{beat.via}' is not a use, topic, reaction or verb")
                continue
            practised = {site.skill} | {
                e.practise_skill for e in site.effects if isinstance(e, PractiseSkill)
            }
            if beat.skill not in practised:
                self.add(entry, f"via '{beat.via}' does not practise '{beat.skill.value}'")

    def skills(self) -> None:
        if self.d.meta is None:
            return
        listed = set(self.d.meta.skills)
        practised: set[Skill] = set()
        for site in self.sites:
            found = {site.skill} if site.skill else set()
            found |= {e.practise_skill for e in site.effects if isinstance(e, PractiseSkill)}
            for skill in sorted(found - listed):
                self.add(site.entry, f"practises '{skill.value}', which [world] skills omits")
            practised |= found
        for skill in self.d.meta.skills:
            if skill not in practised:
                self.add("[world]", f"skill '{skill.value}' is listed but nothing practises it")

    # -- conditions and effects ---------------------------------------------------------------
    def obtainable(self, entry: str, item_id: str, what: str) -> None:
        item = self.items[item_id]
        start = self.places.get(item_id, NOWHERE)
        targets = {p.to for p in self.placements if p.place_item == item_id}
        lying = start in self.locations or bool(targets & (set(self.locations) | {HERE}))
        if not (start == PLAYER or PLAYER in targets or (item.portable and lying)):
            self.add(entry, f"can never be true: {what} '{item_id}' can never be carried")

    def conditions(self, entry: str, when: list[Condition]) -> None:
        flags = {c.flag for c in when if isinstance(c, FlagSet)}
        for c in when:
            if isinstance(c, HasItem):
                if not self.known(c.has_item, self.items):
                    self.add(entry, f"has_item '{c.has_item}' is not an item")
                elif c.has_item in self.items:
                    self.obtainable(entry, c.has_item, "item")
            elif isinstance(c, FlagSet):
                if c.flag not in self.flags_set:
                    self.add(entry, f"can never be true: no set_flag effect sets '{c.flag}'")
            elif isinstance(c, FlagNotSet):
                if c.not_flag in flags:
                    self.add(entry, f"can never be true: needs '{c.not_flag}' set and not set")
                elif c.not_flag not in self.flags_set:
                    self.add(
                        entry,
                        f"not_flag '{c.not_flag}' is never set, so this is always "
                        "true (a misspelt flag?)",
                    )
            elif isinstance(c, At):
                if not self.known(c.at, self.locations):
                    self.add(entry, f"at '{c.at}' is not a location")
            elif isinstance(c, AttitudeAtLeast):
                self.attitude_condition(entry, c)
            elif isinstance(c, StepDone) and not self.known(c.step_done, self.steps):
                self.add(entry, f"step_done '{c.step_done}' is not an arc step")
            elif isinstance(c, Visited) and not self.known(c.visited, self.locations):
                self.add(entry, f"visited '{c.visited}' is not a location")

    def attitude_condition(self, entry: str, c: AttitudeAtLeast) -> None:
        ch = self.characters.get(c.attitude_at_least)
        if ch is None:
            if c.attitude_at_least not in self.d.broken_ids:
                self.add(entry, f"attitude_at_least '{c.attitude_at_least}' is not a character")
            return
        best = min(ATTITUDE_MAX, ch.attitude + self.gains.get(ch.id, 0))
        if best < c.value:
            self.add(
                entry,
                f"can never be true: {ch.id}'s attitude starts at {ch.attitude} and can rise "
                f"to {best}, not {c.value}",
            )

    def effects(self, entry: str, effects: list[Effect]) -> None:
        for e in effects:
            if isinstance(e, PlaceItem):
                if not self.known(e.place_item, self.items):
                    self.add(entry, f"place_item '{e.place_item}' is not an item")
                if e.to not in (PLAYER, NOWHERE, HERE) and not (
                    self.known(e.to, self.locations) or self.known(e.to, self.characters)
                ):
                    self.add(
                        entry,
                        f"place_item to '{e.to}' is not a location, a character, "
                        "'player', 'here' or 'nowhere'",
                    )
            elif isinstance(e, MoveCharacter):
                if not self.known(e.move_character, self.characters):
                    self.add(entry, f"move_character '{e.move_character}' is not a character")
                if e.to not in (NOWHERE, HERE) and not self.known(e.to, self.locations):
                    self.add(
                        entry,
                        f"move_character to '{e.to}' is not a location, 'here' or 'nowhere'",
                    )
            elif isinstance(e, UnlockExit):
                self.unlock_effect(entry, e)
            elif isinstance(e, ChangeAttitude):
                if not self.known(e.attitude, self.characters):
                    self.add(entry, f"attitude '{e.attitude}' is not a character")
            elif isinstance(e, CompleteStep):
                if not self.known(e.complete_step, self.steps):
                    self.add(entry, f"complete_step '{e.complete_step}' is not an arc step")
            elif isinstance(e, ClearFlag) and e.clear_flag not in self.flags_set:
                self.add(entry, f"clear_flag '{e.clear_flag}' is never set (a misspelt flag?)")

    def unlock_effect(self, entry: str, e: UnlockExit) -> None:
        loc = self.locations.get(e.unlock_exit)
        if loc is None:
            if e.unlock_exit not in self.d.broken_ids:
                self.add(entry, f"unlock_exit '{e.unlock_exit}' is not a location")
            return
        ex = next((x for x in loc.exits if x.dir == e.dir), None)
        if ex is None:
            self.add(entry, f"unlock_exit: location '{loc.id}' has no exit {e.dir.value}")
        elif not ex.locked:
            self.add(entry, f"unlock_exit: exit {e.dir.value} of '{loc.id}' is not locked")


def check(draft: Draft) -> list[Problem]:
    """Every cross-entry problem of a draft world, as ``(entry, problem)`` pairs."""
    return _Checker(draft).run()
