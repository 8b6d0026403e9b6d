"""The standard commands of interactive fiction, played against a session's :class:`Live`.

:mod:`tta_server.pipeline.meta` recognises them (after the safety screen); the turn handler
calls :func:`command_turn`, which answers in the game's voice with the same events as any turn
(``turn.input`` with what the player wrote, ``narrative.chunk``\\ s, ``narrative.end`` with the
side panel's summary), so every client shows them as story text and the session's log stays
append-only: an ``undo`` is a new turn saying what was taken back; nothing is deleted.

* ``undo``: back to the moment before the last turn that changed the world (its words are
  quoted, and so are the later moves of this connection that changed nothing, which undo
  passes over); up to ``undo_depth`` times. ``restart`` and ``restore`` can be undone too.
* ``restart``: asks first; the next message ``yes`` starts the world again from its opening
  (anything else carries on and forgets the question).
* ``save [NAME]``, ``restore [NAME]``, ``saves``: named saves of this story (``main`` when no
  name is given), kept by the store (:class:`~tta_server.store.base.SaveSlot`), at most
  ``save_slots_max`` names per story.
* ``score``: the story's steps done of all, the coping skills practised (not with quiet
  coaching), the turns taken.
* ``brief`` / ``verbose``: places come back to are named only, or described in full (kept with
  the story's state).
* ``quit``: says how to leave (the client's keys); the story is kept as it is played, so
  nothing needs saving first, and the session stays open to come back to.
* ``again`` and ``oops`` become the story command they stand for before the turn is screened
  and played (see the turn handler: after a reconnect it reads the last command from the log
  when the player's newest words there were a story command); only when there is nothing to
  repeat or correct do they reach this module, which says so.

What goes back is only the world's state: safety holds, alerts, check-ins, what the
conversation screen remembers and the log belong to the session, and no command here changes
them. A held or paused story refuses these commands like any other turn.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tta_server.game import Game, Live, TurnResult, moment_of, narration_events
from tta_server.narrative.base import Scene
from tta_server.narrative.told import remember
from tta_server.pipeline.meta import DEFAULT_SLOT, Command, Meta, SlotNameError, slot_name
from tta_server.pipeline.play import Played, play
from tta_server.protocol import messages as m
from tta_server.safety.output import screen_narration
from tta_server.store.base import NewEvent, SaveSlot, SaveSlotsFull, StateWrite, Store, now
from tta_server.world.engine import WorldState, context, new_state
from tta_server.world.state import reconcile
from tta_server.world.vocab import SKILL_LABELS, Skill

QUOTE_MAX = 60
"""Longest player command quoted back (``undo``), in characters."""

RESTART = "restart"
""":attr:`Live.asking` while ``restart`` waits for its yes."""


@dataclass(frozen=True, slots=True)
class Saves:
    """What ``save``/``restore``/``saves`` need: the store, the session and the cap."""

    store: Store
    session_id: str
    max_slots: int


async def command_turn(
    game: Game, live: Live, command: Meta, typed: str, turn_id: str, saves: Saves
) -> TurnResult:
    """Play one standard command (nothing is saved here except a ``save``'s slot; the caller
    appends the events and the state write, then :meth:`Game.commit`)."""
    reply = _Reply(game, live, typed, turn_id)
    match command.command:
        case Command.UNDO:
            return await reply.undo()
        case Command.RESTART:
            return await reply.restart(command.arg)
        case Command.SCORE:
            return reply.say([score(live)])
        case Command.BRIEF | Command.VERBOSE:
            return reply.brief(command.command is Command.BRIEF)
        case Command.QUIT:
            return reply.say([QUIT])
        case Command.AGAIN:
            return reply.say([NOTHING_AGAIN], ok=False)
        case Command.OOPS:
            return reply.say([OOPS_HOW if command.arg else OOPS_WORD], ok=False)
        case Command.SAVE:
            return await reply.save(command.arg, saves)
        case Command.RESTORE:
            return await reply.restore(command.arg, saves)
        case Command.SAVES:
            return reply.say([_listing(await saves.store.list_slots(saves.session_id), live)])
        case Command.HOW:
            return reply.say([how_to(command.arg, saves.max_slots, game.undo_depth)])
    raise AssertionError(command)  # pragma: no cover - every command is matched


def how_to(command: str, max_slots: int, undo_depth: int) -> str:
    """What a command does and how to type it, for "how do i save?" (as the README's table of
    commands says it), with saving or undo turned off said so."""
    if command in ("save", "restore"):
        return SAVES_OFF if max_slots == 0 else HOW_SAVE
    if command == "undo":
        return UNDO_OFF if undo_depth == 0 else HOW_UNDO
    return HOW_RESTART if command == "restart" else QUIT


HOW_SAVE = (
    "Your story is kept as you play. To keep this moment too, type save (or save NAME, like "
    "save bridge); restore NAME goes back to it, and saves lists the ones you have."
)
HOW_UNDO = (
    "Type undo to take back your last move that changed something; undo again takes back the "
    "one before."
)
HOW_RESTART = "Type restart to begin this story again from the start (you are asked first)."
QUIT = (
    "Your story is kept as you play, so you can leave whenever you like and pick it up again "
    "later. In the TTA terminal client, press Escape to step out to Your stories (the story "
    "waits for you there), or F10 to end this story for good; Ctrl+Q closes the client."
)
NOTHING_AGAIN = "There is nothing to do again yet: 'again' (or 'g') repeats your last move."
OOPS_HOW = (
    "'Oops' mends a word the story did not understand in your last move, and that move went "
    "fine, so there is nothing to mend."
)
OOPS_WORD = "Say the word to use instead, like: oops lantern."
UNDO_OFF = "Undo is turned off on this server. You can still save and restore: save NAME."
NOTHING_TO_UNDO = (
    "There is nothing to take back yet: undo goes back one move that changed something."
)
ASK_RESTART = (
    "Start this story again from the very beginning? What you have done in it would be set "
    "aside (undo could still bring it back). Type yes to begin again, or anything else to "
    "carry on."
)
SAVES_OFF = "Saving is turned off on this server. Your story is still kept as you play."


class _Reply:
    """Builds a command's :class:`TurnResult`: its paragraphs, and the write when it moves the
    story (a new state, undo moments or the brief preference)."""

    def __init__(self, game: Game, live: Live, typed: str, turn_id: str) -> None:
        self.game, self.live, self.typed, self.turn_id = game, live, typed, turn_id

    def say(
        self,
        paragraphs: list[str],
        *,
        ok: bool = True,
        state: WorldState | None = None,
        undo: Iterable[str] | None = None,
        brief: bool | None = None,
        asking: str | None = None,
    ) -> TurnResult:
        live, world = self.live, self.live.world
        after = live.state if state is None else state
        if state is not None:  # the story moves, but what was said stays said
            after = state.model_copy(update={"told": remember(live.state.told, paragraphs)})
        ctx = context(world, after)
        events = [NewEvent.of(m.TurnInput(turn_id=self.turn_id, text=self.typed))]
        events += narration_events(world, ctx, paragraphs, self.turn_id, ok)
        write = None
        if state is not None or undo is not None or brief is not None:
            write = StateWrite(
                after.model_dump(mode="json"),
                expect_version=live.version,
                world_version=self.game.versions[world.id],
                moved=state is not None,
                undo=tuple(live.undo if undo is None else undo),
                brief=live.brief if brief is None else brief,
            )
        played = Played(state=after, steps=(), context=ctx)
        return TurnResult(played, events, write, "\n\n".join(paragraphs), ok=ok, asking=asking)

    async def moved_to(self, state: WorldState, lead: str, undo: Iterable[str]) -> TurnResult:
        """The story goes to ``state``: ``lead``, then a look around it (not saved as a turn)."""
        live = self.live
        looked = play(live.world, state, "look around")
        scene = Scene(
            world=live.world,
            persona=live.persona,
            context=looked.context,
            steps=looked.steps,
            previous=live.previous,
            told=tuple(live.state.told),
        )
        return self.say([lead, *await self.game.narrate(scene)], state=state, undo=undo)

    async def undo(self) -> TurnResult:
        live = self.live
        if self.game.undo_depth == 0:
            return self.say([UNDO_OFF], ok=False)
        if not live.undo:
            return self.say([NOTHING_TO_UNDO], ok=False)
        text, before = moment_of(live.undo[-1])
        state = reconcile(live.world, WorldState.model_validate(before))
        quoted = _quote(text)
        lead = (
            f"You take back \u201c{quoted}\u201d{_passed_over(live.unchanged)}: the story steps "
            "back to just before it."
            if quoted
            else "You take back your last move: the story steps back to just before it."
        )
        return await self.moved_to(state, lead, live.undo[:-1])

    async def restart(self, answer: str) -> TurnResult:
        live = self.live
        if answer == "no":
            return self.say(["Then the story carries on, just where you are."])
        if answer != "yes":
            return self.say([ASK_RESTART], asking=RESTART)
        fresh = new_state(live.world)
        scene = Scene(
            world=live.world,
            persona=live.persona,
            context=context(live.world, fresh),
            opening=True,
            previous=live.previous,
        )
        paragraphs = ["You begin again.", *await self.game.narrate(scene)]
        undo = self.game.with_undo(live, "restart")
        return self.say(paragraphs, state=fresh, undo=undo)

    def brief(self, brief: bool) -> TurnResult:
        if brief:
            text = (
                "Brief descriptions from now on: places you come back to are named, not "
                "described again ('look' still describes them). Type verbose for full ones."
            )
        else:
            text = (
                "Full descriptions from now on, even of places you have been before. "
                "Type brief for shorter ones."
            )
        if brief == self.live.brief:
            return self.say([text])
        return self.say([text], brief=brief)

    async def save(self, raw: str, saves: Saves) -> TurnResult:
        live = self.live
        if saves.max_slots == 0:
            return self.say([SAVES_OFF], ok=False)
        try:
            name = slot_name(raw)
        except SlotNameError as exc:
            return self.say([str(exc)], ok=False)
        slot = SaveSlot(
            saves.session_id,
            name,
            live.state.model_dump(mode="json", exclude={"told"}),
            live.world_version,
            now(),
        )
        try:
            new = await saves.store.save_slot(slot, saves.max_slots)
        except SaveSlotsFull:
            names = _names(await saves.store.list_slots(saves.session_id))
            return self.say(
                [
                    f"This story already has {saves.max_slots} saves, the most it can keep: "
                    f"save over one of them by its name ({names}), or carry on playing."
                ],
                ok=False,
            )
        done = "Saved" if new else "Saved again"
        back = "restore" if name == DEFAULT_SLOT else f"restore {name}"
        return self.say([f"{done} as \u201c{name}\u201d. To come back to this moment: {back}."])

    async def restore(self, raw: str, saves: Saves) -> TurnResult:
        live, store = self.live, saves.store
        slots = await store.list_slots(saves.session_id)
        wanted = " ".join(raw.split())
        if not slots:
            return self.say(
                ["This story has no saves yet. Type save, or save and a name, to make one."],
                ok=False,
            )
        if not wanted:
            if len(slots) > 1:
                return self.say(
                    [f"Which save? Type restore and its name: {_names(slots)}."], ok=False
                )
            slot: SaveSlot | None = slots[0]
        else:
            slot = await store.get_slot(saves.session_id, wanted)
        if slot is None:
            return self.say(
                [f"There is no save by that name. This story's saves: {_names(slots)}."],
                ok=False,
            )
        state = reconcile(live.world, WorldState.model_validate(slot.state))
        undo = self.game.with_undo(live, f"restore {slot.name}")
        lead = f"You return to the moment saved as \u201c{slot.name}\u201d."
        return await self.moved_to(state, lead, undo)


def _quote(text: str) -> str | None:
    """The player's command as it may be quoted back (shortened), or None when it may not."""
    said = " ".join(text.split())
    if not said or not screen_narration(said).ok:
        return None
    return said if len(said) <= QUOTE_MAX else said[: QUOTE_MAX - 3].rstrip() + "..."


def _passed_over(unchanged: list[str]) -> str:
    """The words after the quoted move undo takes back that name the later moves which
    changed nothing (", the last move that changed anything (“play with skipper” after
    it changed nothing)"); "" when there were none, or none may be quoted."""
    quoted = [q for q in (_quote(t) for t in unchanged) if q]
    if not quoted:
        return ""
    said = [f"\u201c{q}\u201d" for q in quoted]
    them = said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]
    return f", the last move that changed anything ({them} after it changed nothing)"


def _names(slots: list[SaveSlot]) -> str:
    return ", ".join(slot.name for slot in slots)


def _listing(slots: list[SaveSlot], live: Live) -> str:
    if not slots:
        return "This story has no saves yet. Type save, or save and a name, to make one."
    world = live.world
    parts = []
    for slot in slots:
        location = world.location(str(slot.state.get("location", "")))
        where = f", at {location.name}" if location is not None else ""
        parts.append(f"\u201c{slot.name}\u201d (turn {slot.state.get('turn', 0)}{where})")
    return "Your saves: " + "; ".join(parts) + ". Type restore and a name to go back to one."


_SKILLS = frozenset(s.value for s in Skill)


def _times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


def score(live: Live) -> str:
    """Where the story stands: its steps done of all, the skills practised (not with the
    profile's ``quiet_coaching``: the player asked for no coaching, and the client's side panel
    lists no skills for them either), the turns."""
    ctx = context(live.world, live.state)
    arc = ctx.arc
    if arc.ended:
        steps = f"You have reached the end of this story: all {arc.total} of its steps are done."
    else:
        steps = f"You have done {arc.done} of the {arc.total} steps of this story."
        if arc.current_title:
            steps += f" Next: {arc.current_title}."
    practised = [
        f"{SKILL_LABELS[Skill(k)].split(':', 1)[0].lower()} {_times(n)}"
        for k, n in sorted(ctx.skills.items())
        if n > 0 and k in _SKILLS
    ]
    skills = (
        "Coping skills practised: " + ", ".join(practised) + "."
        if practised
        else "You have not practised any of the coping skills yet; the story will offer chances."
    )
    turns = f"Turns taken: {ctx.turn}."
    if live.persona.quiet_coaching:
        return " ".join((steps, turns))
    return " ".join((steps, skills, turns))
