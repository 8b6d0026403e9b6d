"""A playthrough's state, and the two primitives the engine builds on: conditions and effects.

:class:`WorldState` is plain JSON data (``model_dump(mode="json")`` / ``model_validate``). Only
the engine changes it, always on a copy. :func:`holds` evaluates conditions; :class:`Changes`
applies effects to a copy and records each change as a :class:`Delta`.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field

from tta_server.world.schema import World
from tta_server.world.vocab import (
    ATTITUDE_MAX,
    ATTITUDE_MIN,
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
    End,
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


class Pending(BaseModel):
    """A question the game asked and the next input may answer ("Which book do you mean: your
    book or Fenn's book?"): the action waiting for its target, and the ids it may be.

    It lives in :class:`WorldState`, not in the server's per-process memory, on purpose: the
    question is part of where the story stands, so it survives a reconnect, a server restart and
    another process taking the session over, and :func:`~tta_server.pipeline.play.play` stays a
    pure function of (world, state, text). It is a handful of short strings, present only while
    a question is open; any input that does not answer it clears it, unless it does nothing.
    """

    intent: str
    target: str
    choices: list[str]
    obj: str | None = None
    obj_id: str | None = None
    raw: str = ""


class WorldState(BaseModel):
    """Where a playthrough stands.

        ``inventory`` is in the order things were picked up; ``places`` holds only the items whose
        place differs from the world file (``player`` for held ones); ``whereabouts`` likewise for
    characters who have moved; ``unlocked`` names exits as
        ``location:dir``; ``visits`` counts arrivals per location; ``done`` lists the interaction
        keys (see :mod:`tta_server.world.schema`) whose effects have applied; ``mentioned`` holds
        the ids the last action referred to, for resolving "it" and "her"; ``asking`` holds, by
        character, the key of the question that character has just asked (see
        :class:`~tta_server.world.schema.Question`), until it is answered or the player leaves;
        ``chatting`` holds, by character, the turn after which they asked the player something
        that is no story question ("And you? Where have you washed up from?"): open while
        ``turn`` is still that turn (:mod:`tta_server.world.chat`);
        ``told`` is the narrator's memory of what it said lately (fingerprints, one string per
        narration, bounded: :mod:`tta_server.narrative.told`), kept here so it is saved with
        the playthrough. The engine never reads or changes ``told``. ``pending`` is the
        question the game is waiting to have answered, if any (:class:`Pending`).
        ``came_from`` is the place the player was in before the last move, for "go back"
        (None before the first move).
    """

    world_id: str
    location: str
    inventory: list[str] = Field(default_factory=list)
    places: dict[str, str] = Field(default_factory=dict)
    whereabouts: dict[str, str] = Field(default_factory=dict)
    flags: list[str] = Field(default_factory=list)
    unlocked: list[str] = Field(default_factory=list)
    attitudes: dict[str, int] = Field(default_factory=dict)
    steps_done: list[str] = Field(default_factory=list)
    skills: dict[str, int] = Field(default_factory=dict)
    visits: dict[str, int] = Field(default_factory=dict)
    done: list[str] = Field(default_factory=list)
    ended: bool = False
    turn: int = 0
    mentioned: list[str] = Field(default_factory=list)
    asking: dict[str, str] = Field(default_factory=dict)
    chatting: dict[str, int] = Field(default_factory=dict)
    told: list[str] = Field(default_factory=list)
    pending: Pending | None = None
    came_from: str | None = None


def copy_state(state: WorldState) -> WorldState:
    """A deep copy of ``state``, equal to ``state.model_copy(deep=True)`` and several times
    cheaper (the engine copies the state for every action it tries, the solver hundreds of
    thousands of times): every field of :class:`WorldState` is a scalar, a list of strings, a
    dict of strings to scalars or a :class:`Pending` (whose one container is a list of strings),
    so copying each container one level deep copies everything that can change. A field of
    another shape fails ``tests/world/test_state_copy.py``, which checks the annotations."""
    copy = state.model_copy()  # its own __dict__, sharing the values
    fields = copy.__dict__
    for name, value in fields.items():
        if isinstance(value, list | dict):
            fields[name] = value.copy()
        elif isinstance(value, Pending):
            fields[name] = value.model_copy(update={"choices": list(value.choices)})
    return copy


def new_state(world: World) -> WorldState:
    """The state at the start of a playthrough."""
    return WorldState(
        world_id=world.id,
        location=world.meta.start,
        inventory=[i.id for i in world.items if world.initial_place(i.id) == PLAYER],
        attitudes={c.id: c.attitude for c in world.characters},
        visits={world.meta.start: 1},
    )


def place_of(world: World, state: WorldState, item_id: str) -> str:
    """Where an item is now: a location id, a character id, ``player`` or ``nowhere``."""
    return state.places.get(item_id, world.initial_place(item_id))


def ending_now(world: World, state: WorldState) -> str:
    """The ending's text as the story came to it (its last ``later`` whose ``when`` holds)."""
    ending = world.arc.ending
    now = [x for x in ending.later if holds(world, state, x.when)]
    return now[-1].text if now else ending.text


def where_is(world: World, state: WorldState, character_id: str) -> str:
    """Where a character is now: a location id or ``nowhere``."""
    if character_id in state.whereabouts:
        return state.whereabouts[character_id]
    ch = world.character(character_id)
    return ch.at if ch is not None else NOWHERE


def exit_key(location_id: str, direction: str) -> str:
    """How an exit is named in ``WorldState.unlocked``."""
    return f"{location_id}:{direction}"


def holds(world: World, state: WorldState, when: list[Condition]) -> bool:
    """Whether every condition holds."""
    return all(_holds(world, state, c) for c in when)


def _holds(world: World, state: WorldState, c: Condition) -> bool:
    if isinstance(c, HasItem):
        return c.has_item in state.inventory
    if isinstance(c, FlagSet):
        return c.flag in state.flags
    if isinstance(c, FlagNotSet):
        return c.not_flag not in state.flags
    if isinstance(c, At):
        return state.location == c.at
    if isinstance(c, AttitudeAtLeast):
        return state.attitudes.get(c.attitude_at_least, 0) >= c.value
    if isinstance(c, StepDone):
        return c.step_done in state.steps_done
    if isinstance(c, Visited):
        return state.visits.get(c.visited, 0) > 0
    raise AssertionError(f"unknown condition {c!r}")  # pragma: no cover - closed vocabulary


class DeltaKind(StrEnum):
    """What a :class:`Delta` reports."""

    MOVED = "moved"  # subject: player or a character; value: the new location
    ITEM = "item"  # subject: item; value: its new place
    UNLOCKED = "unlocked"  # subject: "location:dir"
    FLAG_SET = "flag_set"
    FLAG_CLEARED = "flag_cleared"
    ATTITUDE = "attitude"  # subject: character; value: the new attitude
    SKILL = "skill"  # subject: skill; value: times practised
    STEP = "step"  # subject: step id; text: the step's text
    ENDING = "ending"  # subject: "ending"; text: the ending's text


class Delta(BaseModel):
    """One change an action made, for the narrator and the client."""

    kind: DeltaKind
    subject: str
    value: str | int | None = None
    text: str | None = None


class Changes:
    """Applies effects to a state (already a copy) and records what changed."""

    def __init__(self, world: World, state: WorldState) -> None:
        self.world = world
        self.state = state
        self.deltas: list[Delta] = []

    def add(self, kind: DeltaKind, subject: str, value: str | int | None = None) -> None:
        self.deltas.append(Delta(kind=kind, subject=subject, value=value))

    def move_item(self, item_id: str, to: str) -> None:
        """Put an item somewhere (``here`` is the player's location)."""
        to = self.state.location if to == HERE else to
        s = self.state
        if place_of(self.world, s, item_id) == to:
            return
        if item_id in s.inventory:
            s.inventory.remove(item_id)
        if to == PLAYER:
            s.inventory.append(item_id)
        if to == self.world.initial_place(item_id):
            s.places.pop(item_id, None)
        else:
            s.places[item_id] = to
        self.add(DeltaKind.ITEM, item_id, to)

    def move_player(self, location_id: str) -> None:
        """Move the player; questions asked by people left behind lapse."""
        s = self.state
        s.came_from = s.location if s.location != location_id else s.came_from
        s.location = location_id
        s.asking = {c: q for c, q in s.asking.items() if where_is(self.world, s, c) == location_id}
        self.state.visits[location_id] = self.state.visits.get(location_id, 0) + 1
        self.add(DeltaKind.MOVED, PLAYER, location_id)

    def unlock(self, location_id: str, direction: str) -> None:
        key = exit_key(location_id, direction)
        if key not in self.state.unlocked:
            self.state.unlocked.append(key)
            self.add(DeltaKind.UNLOCKED, key)

    def practise(self, skill: Skill) -> None:
        count = self.state.skills.get(skill.value, 0) + 1
        self.state.skills[skill.value] = count
        self.add(DeltaKind.SKILL, skill.value, count)

    def apply(self, effects: list[Effect]) -> None:
        """Apply effects in order."""
        for e in effects:
            self._apply(e)

    def _apply(self, e: Effect) -> None:
        s = self.state
        if isinstance(e, SetFlag):
            if e.set_flag not in s.flags:
                s.flags.append(e.set_flag)
                self.add(DeltaKind.FLAG_SET, e.set_flag)
        elif isinstance(e, ClearFlag):
            if e.clear_flag in s.flags:
                s.flags.remove(e.clear_flag)
                self.add(DeltaKind.FLAG_CLEARED, e.clear_flag)
        elif isinstance(e, PlaceItem):
            self.move_item(e.place_item, e.to)
        elif isinstance(e, MoveCharacter):
            to = s.location if e.to == HERE else e.to
            ch = self.world.character(e.move_character)
            if ch is not None and where_is(self.world, s, ch.id) != to:
                if to == ch.at:
                    s.whereabouts.pop(ch.id, None)
                else:
                    s.whereabouts[ch.id] = to
                self.add(DeltaKind.MOVED, ch.id, to)
        elif isinstance(e, UnlockExit):
            self.unlock(e.unlock_exit, e.dir.value)
        elif isinstance(e, ChangeAttitude):
            old = s.attitudes.get(e.attitude, 0)
            new = max(ATTITUDE_MIN, min(ATTITUDE_MAX, old + e.by))
            if new != old:
                s.attitudes[e.attitude] = new
                self.add(DeltaKind.ATTITUDE, e.attitude, new)
        elif isinstance(e, PractiseSkill):
            self.practise(e.practise_skill)
        elif isinstance(e, CompleteStep):
            self.complete_step(e.complete_step)
        elif isinstance(e, End):
            self.end()

    def complete_step(self, step_id: str) -> None:
        step = self.world.step(step_id)
        if step is None or step_id in self.state.steps_done:
            return
        order = [x.id for x in self.world.arc.steps]
        after = order[order.index(step_id) + 1 :] if step_id in order else []
        behind = any(x in self.state.steps_done for x in after)  # the story has moved past it
        self.state.steps_done.append(step_id)  # ("a vanished librarian" with Ilse found,
        text = "" if behind else step.text  # newcomer corpus 29): counted, not told
        self.deltas.append(Delta(kind=DeltaKind.STEP, subject=step_id, text=text))
        self.apply(step.effects)

    def end(self) -> None:
        if not self.state.ended:
            self.state.ended = True
            text = ending_now(self.world, self.state)
            self.deltas.append(Delta(kind=DeltaKind.ENDING, subject="ending", text=text))

    def advance_arc(self) -> None:
        """Complete every step whose conditions now hold, in the arc's order, whatever order
        the player took them in (newcomer 17 answered her own page, freed Juno and cooled the
        ember before Bastian's step counted: the counter stood at 1 of 7, then jumped to 7);
        then the ending. A step whose effects make another's conditions hold completes it too."""
        pending = True
        while pending:
            pending = False
            for step in self.world.arc.steps:
                if step.id in self.state.steps_done or not step.when:
                    continue
                if holds(self.world, self.state, step.when):
                    self.complete_step(step.id)
                    pending = True
        if all(s.id in self.state.steps_done for s in self.world.arc.steps):
            self.end()


def reconcile(world: World, state: WorldState) -> WorldState:
    """A saved state made fit for a (possibly changed) version of its world.

    Ids the world no longer has are dropped; a player standing in a location that is gone
    returns to the start. A state that already fits comes back equal (the same data).
    """
    s = copy_state(state)
    locations = {x.id for x in world.locations}
    items = {x.id for x in world.items}
    people = {x.id for x in world.characters}
    places = locations | people | {PLAYER, NOWHERE}
    steps = {x.id for x in world.arc.steps}
    if s.location not in locations:
        s.location = world.meta.start
    s.inventory = [i for i in s.inventory if i in items]
    s.places = {i: p for i, p in s.places.items() if i in items and p in places}
    s.whereabouts = {c: p for c, p in s.whereabouts.items() if c in people and p in places}
    s.attitudes = {c: a for c, a in s.attitudes.items() if c in people}
    for c in world.characters:
        s.attitudes.setdefault(c.id, c.attitude)
    s.visits = {x: n for x, n in s.visits.items() if x in locations}
    s.steps_done = [x for x in s.steps_done if x in steps]
    scenery = {x.id for x in world.scenery}
    s.mentioned = [x for x in s.mentioned if x in items | people | locations | scenery]
    s.chatting = {c: n for c, n in s.chatting.items() if c in people}
    s.asking = {c: q for c, q in s.asking.items() if c in people}
    if s.pending is not None and not set(s.pending.choices) <= items | people | scenery:
        s.pending = None
    return s
