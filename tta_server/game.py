"""The game service: one session's living world, one turn at a time (IPA -> WBA -> NGA).

A turn: the text is parsed against what is in scope and applied by the world engine
(:func:`tta_server.pipeline.play.play`), then narrated. The result is a list of events for the
session log: ``turn.input`` (what the player wrote, for the transcript), one
``narrative.chunk`` per paragraph and ``narrative.end`` with the state summary the client shows
beside the story. The caller appends them and saves the new state in one store transaction
(:meth:`~tta_server.store.base.Store.append_events` with a
:class:`~tta_server.store.base.StateWrite`), so the world and the story never disagree.

:class:`Live` is a session's playthrough as this process holds it between turns: the world,
the state, the store version it was read at (a save names it; another process's save in
between raises :class:`~tta_server.store.base.StaleState` and the caller reloads), and the
short memory the narrator uses for variety and continuity.

Undo: every turn that changes the world also saves the state *before* it, with the words that
changed it, as an undo moment (``Live.undo``, at most ``undo_depth``, kept with the state in
the same store write, so they survive reconnects, restarts and takeovers). ``undo`` and the
other standard commands (``restart``, ``save``, ``restore``, ...) are played by
:mod:`tta_server.game_commands`. Only the world's state goes back: the session's event log,
its safety hold, alerts and what the conversation screen remembers are the session's, not the
world's, and no command touches them. Skills are part of the world's state, so a skill
practised, undone and practised again counts once.
"""

from __future__ import annotations

import functools
import json
import logging
import re
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from tta_server.narrative.base import Narrator, Persona, Scene, Step
from tta_server.narrative.check_in_asked import CHECK_IN_EXPLAINED, asked_about_check_in
from tta_server.narrative.honesty import asked_if_real, real_answer
from tta_server.narrative.stock import stock_prints
from tta_server.narrative.told import Memory, remember
from tta_server.narrative.writer import player_name
from tta_server.pipeline import meta
from tta_server.pipeline.play import Played, play
from tta_server.protocol import messages as m
from tta_server.protocol.directions import Direction
from tta_server.protocol.intents import Intent
from tta_server.safety.conversation import WINDOW_MESSAGES, Recent
from tta_server.safety.output import screen_narration
from tta_server.safety.resources import ResourceBook, load_resources
from tta_server.store.base import NewEvent, Playthrough, StateWrite, undo_moment
from tta_server.world.engine import Context, WorldState, context, new_state
from tta_server.world.feelings import named_feelings
from tta_server.world.replies import Reading, normal, read_reply
from tta_server.world.schema import World
from tta_server.world.state import DeltaKind, reconcile
from tta_server.world.views import GUIDE_PLAIN, guide_words
from tta_server.world.vocab import PLAYER, SKILL_LABELS, Skill

log = logging.getLogger("tta.game")

RECENT_TURNS = 6
"""Turns remembered for the narrator's ``Scene.recent`` (continuity for the LLM narrator)."""

TRANSCRIPT_TYPES = ("session.started", "turn.input", "narrative.chunk", "session.ended")
"""Event types ``session.history`` reads."""


@dataclass
class Live:
    """A session's playthrough held between turns (see the module docstring)."""

    world: World
    world_version: str
    state: WorldState
    version: int
    persona: Persona
    character_id: str = ""
    country: str | None = None
    hold: str | None = None
    """The crisis alert the story is paused for (turns are refused until ``safety.ack``)."""
    paused: str | None = None
    """Why a facilitator paused the story (turns are refused until they resume it)."""
    previous: str | None = None
    recent: deque[str] = field(default_factory=lambda: deque(maxlen=RECENT_TURNS))
    said: deque[Recent] | None = None
    """The player's last messages and their safety levels, for the conversation-level screen
    (``safety/conversation.py``); None until read from the session's log (``turn.input`` and
    ``safety.crisis`` events), as when a session is resumed or reloaded."""
    undo: list[str] = field(default_factory=list)
    """Undo moments, oldest first, as saved: JSON text of ``{"text": the command, "state":
    the state before it}`` (:func:`~tta_server.store.base.undo_moment`; read one with
    :func:`moment_of`)."""
    brief: bool = False
    """Places seen before are described in a line (``brief``), not in full (``verbose``)."""
    asking: str | None = None
    """The question the game waits for an answer to: a yes or no to ``restart``, or
    :data:`CHECK_IN` after the guide asked how the player is; None when none. Not saved: a
    reconnect forgets it, and the player asks again."""
    last_command: str | None = None
    """The last story command played (what ``again`` repeats and ``oops`` corrects)."""
    last_refused: bool = False
    """Whether :attr:`last_command` was refused or not understood (``oops`` needs that)."""
    unchanged: list[str] = field(default_factory=list)
    """The story commands played since the last one that changed the world, which changed
    nothing (``undo`` passes over them, and says so: newcomer corpus 31 met "You take back
    'stroke skipper'" after two moves that changed nothing, and thought undo had misfired).
    Not saved: after a reconnect undo still takes back the right move, without naming these."""


_PASSED_OVER = 3
"""The most commands that changed nothing :attr:`Live.unchanged` keeps (undo names them)."""


def moment_of(encoded: str) -> tuple[str, dict[str, Any]]:
    """An undo moment of :attr:`Live.undo`: the command, and the state before it."""
    moment = json.loads(encoded)
    return str(moment.get("text", "")), dict(moment["state"])


def said_window() -> deque[Recent]:
    """An empty :attr:`Live.said`."""
    return deque(maxlen=WINDOW_MESSAGES)


@dataclass(frozen=True)
class TurnResult:
    """What a turn would write: its events, and the state to save (None: nothing changed)."""

    played: Played
    events: list[NewEvent]
    write: StateWrite | None
    narration: str
    command: str | None = None
    """The story command played (None for the standard commands of ``game_commands``)."""
    ok: bool = True
    """Whether the world accepted it (narrative.end's ``ok``)."""
    asking: str | None = None
    """The question this turn asks (:attr:`Live.asking` after it)."""


CHECK_IN = "check_in"
""":attr:`Live.asking` after a turn with the guide's check-in ("How are you doing, truly?"):
the next words that are no command, or are said to the guide, are the player's answer, and the
guide thanks them for it (:func:`answers_check_in`) instead of "I don't know the word ..."."""

#: A line that asks for talk itself ("talk to rue", "ask bastian about the fire"): a command,
#: not an answer to the check-in.
_TALK_COMMAND = re.compile(r"^\s*(?:talk|speak|chat|ask|tell|say|greet|hello|hi)\b", re.I)
#: A request to the guide ("Rue, can i have a tea now please? with milk", newcomer 19 just
#: after a check-in panel): asking for something is no answer to how the player is.
_REQUEST = re.compile(
    r"\b(?:can|could|may) (?:i|we|you) (?:have|get|please|make|pour|show|tell|help|come|go)\b"
    r"|\b(?:would|will) you (?:please |kindly )?(?:make|pour|show|tell|help|give|come)\b"
    r"|\bi(?:'d| would) (?:like|love) (?:a|some|the|to)\b",
    re.I,
)


def _asked_before(world: World, state: WorldState) -> bool:
    """Whether the guide's check-in was said in this story in any of its wordings (in the
    room, remembered away, plain), or a sentence of one: it is asked once (newcomer 22 had
    Rue's question again word for word minutes after answering it, the first time said in
    the room and the second remembered)."""
    memory = Memory(state.told)
    guide = world.guide
    said = (guide.check_in, guide.check_in_away, GUIDE_PLAIN["check_in"])
    return any(x and memory.any_told(x) for x in said)


def answers_check_in(world: World, played: Played, text: str) -> bool:
    """Whether ``text``, played just after the guide's check-in, is the player's answer to it:
    words the game did not understand as a command ("kinda stormy tbh", "im not great
    honestly"), or words said to the guide, or to no one here, that are no request to talk
    ("tired i guess. thanks for asking"). A command the world understood ("n", "take the
    pen", even one it refused) is played as usual, and so is a request (:data:`_REQUEST`: "can
    i have a tea please")."""
    if not played.steps:
        return True
    if _TALK_COMMAND.match(text) or _only_thanks(text) or _REQUEST.search(text):
        return False
    guide = world.guide.character
    said = all(
        st.action.intent is Intent.TALK or st.outcome.message_key == ASKED for st in played.steps
    )  # words said, or words a moment here would take but did nothing with (its verb asked)
    if (said or not any(st.outcome.ok for st in played.steps)) and tells_how_i_am(world, text):
        return True  # "honestly ok-ish. fell out w my mate" beside Juno: how they are, not hers;
        # "honestly? tired. garage is short of people" at the stove that asks for a name
        # (newcomer 27): the guide's question answered, not the stove's; "Truly? Tired, early
        # shifts ... I'll ring the kids tomorrow" (newcomer 30) with a plan the world refused
    return all(  # to the guide, or to no one here ("the weather in me is a bit grey, but ok"
        st.action.intent is Intent.TALK  # with Bastian elsewhere: his remembered question)
        and (st.action.target_id == guide or st.outcome.message_key == "talk.nobody")
        for st in played.steps
    )


ASKED = "verb.asked"
"""The outcome of a world verb that only asked for what it needs (nothing was done)."""

#: Words that open an answer to "How are you doing, truly?" ("honestly ok-ish", "not great
#: tbh", "im ok i guess", "truly? bit lonely since jean died": newcomer 21 beside Maren): the
#: player's own state, whoever else is here and asking.
_HOW_I_AM = re.compile(
    r"^\s*(?:(?:honestly|truthfully|truly|tbh|um|well|och|aye|lol|haha+|ha|hah|heh|lmao|ah|oh"
    r"|eh|yeah|earlier you asked how i (?:was|am|were)|you asked how i (?:was|am|were)"
    r"|since you asked|to answer your question|(?:to be )?honest(?: with you)?)[\s,.!?:]+)*"
    r"(?:honestly|truthfully"
    r"|tbh|(?:i'?m|im|i am|i feel|feeling|been|doing) |not (?:great|good|so good|too good|bad"
    r"|too bad|doing well)|(?:(?:a )?(?:bit|little|wee bit|tad) )?(?:ok|okay|fine|alright|meh"
    r"|so-so|rough|tired|rubbish|lonely|low|down|sad|grand|knackered|worn out|anxious|worried"
    r"|stressed|lost|empty|numb|quiet|grey|gray|up and down)(?:-?ish)?\b)",
    re.I,
)


def tells_how_i_am(world: World, text: str) -> bool:
    """Whether ``text`` opens with the player's own state (:data:`_HOW_I_AM`) and names none of
    the world's characters: how they are, told to whoever asked (or would have)."""
    return _HOW_I_AM.match(text) is not None and not _names_anyone(world, text)


def _told_unasked(world: World, state: WorldState, played: Played, text: str) -> bool:
    """Whether words screened as a concern tell how the player is (:func:`tells_how_i_am`) and
    the world did nothing with them ("Truly? Tired, early shifts ... I'll ring the kids
    tomorrow", newcomer 30): the guide's thanks for telling it, not their check-in asking what
    was just told and a refusal of the words that told it."""
    return (
        not _asked_before(world, state)
        and not any(st.outcome.ok for st in played.steps)
        and not _REQUEST.search(text)
        and tells_how_i_am(world, text)
    )


def _names_anyone(world: World, text: str) -> bool:
    """Whether the words name one of the world's characters ("juno, i'm ok"): said to them."""
    words = f" {normal(text)} "
    return any(f" {normal(n)} " in words for ch in world.characters for n in ch.names)


def _only_thanks(text: str) -> bool:
    """Whether words after the check-in only thank, cheerfully ("thanks rue. might come back
    for the week proper"): thanks for the visit, played as thanks, not a feeling told (newcomer
    18 had Rue answer it "You don't have to be sunny in here"); thanks for the question itself
    ("ok i guess. thanks for asking"), or with a feeling named, is the answer."""
    return (
        read_reply(text) == {Reading.THANKS}
        and not named_feelings(text)
        and _FOR_ASKING.search(text) is None
    )


_FOR_ASKING = re.compile(r"\bfor (?:asking|checking|the question)\b", re.I)


_SKILL_NAMES = {s.value: SKILL_LABELS[s].split(":", 1)[0] for s in Skill}
"""Each skill's name for the side panel (its label's part before the colon)."""


def _exits(ctx: Context) -> list[m.ExitSummary]:
    return [
        m.ExitSummary(direction=Direction(e.dir).word, to=e.to_name, open=e.open) for e in ctx.exits
    ]


def passed(world: World, steps: Sequence[Step]) -> list[m.PlaceSeen]:
    """The places a turn's ``steps`` stood in before the place it ended in, in order, each as
    the moment it was left (a way unlocked there before moving on is open), the places a
    step walked through in one go too ("go to the burnt wing" through the East Corridor,
    its way east open with the light carried)."""
    seen: list[Context] = []
    for step in steps:
        state = step.outcome.state
        hops = [
            str(d.value)
            for d in step.outcome.delta
            if d.kind == DeltaKind.MOVED and d.subject == PLAYER
        ][:-1]
        through = [context(world, state.model_copy(update={"location": at})) for at in hops]
        for ctx in [*through, step.context]:
            if seen and seen[-1].location.id == ctx.location.id:
                seen[-1] = ctx
            else:
                seen.append(ctx)
    return [
        m.PlaceSeen(location_id=c.location.id, location=c.location.name, exits=_exits(c))
        for c in seen[:-1]
    ]


def summary(world: World, ctx: Context, steps: Sequence[Step] = ()) -> m.StateSummary:
    """The side-panel summary of a moment (after ``steps``, this turn's actions): names for
    people, never bare ids."""
    return m.StateSummary(
        world_title=world.meta.title,
        location_id=ctx.location.id,
        location=ctx.location.name,
        exits=_exits(ctx),
        inventory=[i.name for i in ctx.inventory],
        characters=[c.name for c in ctx.characters],
        arc=m.ArcSummary(
            done=ctx.arc.done,
            total=ctx.arc.total,
            current=ctx.arc.current_title,
            ended=ctx.arc.ended,
        ),
        skills={_SKILL_NAMES.get(k, k): n for k, n in ctx.skills.items()},
        turn=ctx.turn,
        passed=passed(world, steps),
    )


def narration_events(
    world: World,
    ctx: Context,
    paragraphs: list[str],
    turn_id: str | None,
    ok: bool,
    steps: Sequence[Step] = (),
) -> list[NewEvent]:
    """``narrative.chunk`` per paragraph, then ``narrative.end`` with the summary (of the
    moment ``ctx``, after ``steps``)."""
    events = [
        NewEvent.of(m.NarrativeChunk(turn_id=turn_id, index=i, text=text))
        for i, text in enumerate(paragraphs)
    ]
    end = m.NarrativeEnd(
        turn_id=turn_id, chunks=len(paragraphs), ok=ok, summary=summary(world, ctx, steps)
    )
    events.append(NewEvent.of(end))
    return events


def screened(
    scene: Scene, paragraphs: list[str], on_replace: Callable[[str], None] | None = None
) -> list[str]:
    """The narration, or a plain safe line when any paragraph fails the narration screen
    (methods of harm, encouragement of harm): the replacement is reported to ``on_replace``
    and logged by rule, never with the text."""
    for paragraph in paragraphs:
        verdict = screen_narration(paragraph)
        if not verdict.ok:
            if on_replace is not None:
                on_replace(verdict.rule or "unknown")
            log.warning("narration replaced by the safe default (rule %s)", verdict.rule)
            ctx = scene.context
            ways = ", ".join(Direction(e.dir).word for e in ctx.exits if e.open)
            safe = f"You take a quiet moment at {ctx.location.name}."
            return [safe + (f" From here you can go {ways}." if ways else "")]
    return paragraphs


@functools.cache
def shipped_resources() -> ResourceBook:
    """The crisis resources of the shipped data file, read once (for a game made without the
    server's own: tests, tools)."""
    return load_resources()


def _first_sentence(text: str, limit: int = 160) -> str:
    head = text.split("\n", 1)[0]
    cut = head.find(". ")
    head = head[: cut + 1] if 0 < cut < limit else head[:limit]
    return head.strip()


class Game:
    """Turns for every session of this process: worlds by id, and the narrator."""

    def __init__(
        self,
        worlds: dict[str, World],
        versions: dict[str, str],
        narrator: Narrator,
        on_replace: Callable[[str], None] | None = None,
        undo_depth: int = 10,
        resources: ResourceBook | None = None,
    ):
        self.worlds = worlds
        self.resources = resources if resources is not None else shipped_resources()
        """The crisis resources by country (the server's own, else the shipped file's): where
        a real person can be reached, named when the player asks if anyone here is real."""
        self.versions = versions
        self.narrator = narrator
        self.on_replace = on_replace
        """Told the rule id whenever a narration is replaced by the safe default."""
        self.undo_depth = undo_depth
        """Undo moments kept per playthrough (the ``undo_depth`` setting; 0: undo is off)."""
        self._words: dict[str, tuple[frozenset[str], frozenset[str]]] = {}

    def _words_of(self, world: World) -> tuple[frozenset[str], frozenset[str]]:
        found = self._words.get(world.id)
        if found is None:
            found = self._words[world.id] = (meta.world_verbs(world), meta.known_words(world))
        return found

    def verbs(self, world: World) -> frozenset[str]:
        """The world's own verbs (they win over the standard commands; see ``pipeline/meta``)."""
        return self._words_of(world)[0]

    def known_words(self, world: World) -> frozenset[str]:
        """The words the parser or the world knows (``oops`` replaces the others first)."""
        return self._words_of(world)[1]

    def with_undo(self, live: Live, text: str) -> tuple[str, ...]:
        """The undo moments after a change made by ``text``: the moment before it added, the
        oldest dropped past ``undo_depth``. A moment leaves out the narrator's memory
        (``WorldState.told``): what was said stays said when the story steps back."""
        if self.undo_depth == 0:
            return ()
        moment = undo_moment(text, live.state.model_dump(mode="json", exclude={"told"}))
        return (*live.undo, moment)[-self.undo_depth :]

    async def narrate(self, scene: Scene) -> list[str]:
        """The narrator's paragraphs for ``scene``, after the narration screen."""
        return screened(scene, await self.narrator.narrate(scene), self.on_replace)

    async def opening(
        self, world: World, persona: Persona
    ) -> tuple[Live, StateWrite, list[NewEvent]]:
        """A new playthrough: its state to save (version 1) and the opening narration."""
        state = new_state(world)
        version = self.versions[world.id]
        ctx = context(world, state)
        scene = Scene(world=world, persona=persona, context=ctx, opening=True)
        paragraphs = await self.narrate(scene)
        state.told = remember(state.told, paragraphs)
        live = Live(world, version, state, 1, persona, previous="\n\n".join(paragraphs))
        live.said = said_window()  # a new story: nothing said yet
        write = StateWrite(state.model_dump(mode="json"), expect_version=0, world_version=version)
        return live, write, narration_events(world, ctx, paragraphs, None, True)

    def resume(self, playthrough: Playthrough, persona: Persona) -> Live | None:
        """A saved playthrough made live again, fitted to the world as imported now."""
        world = self.worlds.get(playthrough.world_id)
        if world is None:
            return None
        state = reconcile(world, WorldState.model_validate(playthrough.state))
        kept = playthrough.undo[-self.undo_depth :] if self.undo_depth else []
        return Live(
            world,
            self.versions[world.id],
            state,
            playthrough.version,
            persona,
            undo=[
                undo_moment(str(u.get("text", "")), u["state"])
                for u in kept
                if isinstance(u, dict) and isinstance(u.get("state"), dict)
            ],
            brief=playthrough.brief,
        )

    async def turn(
        self,
        live: Live,
        text: str,
        turn_id: str,
        *,
        gentle: bool = False,
        typed: str | None = None,
    ) -> TurnResult:
        """Parse, apply and narrate one input (nothing is saved here). ``gentle`` (a concern):
        the narration is softened and opens with the guide's check-in (unless that was said
        before in this story, a stock line of :mod:`tta_server.narrative.stock`: a player is
        not asked the same question again and again; nor when the turn told a character how
        the player feels: it is not asked for straight after;
        the client's check-in panel still shows). ``typed``: what the
        player wrote, when it stands for ``text`` (``again``, ``oops``); the transcript keeps
        what was written. The narration never quotes the player's words when ``gentle``; what
        is narrated
        joins the state's memory (``WorldState.told``), so a turn always has a state to save."""
        played = play(live.world, live.state, text)
        if asked_about_check_in(text):  # "why did it give me the samaritans number?": the
            # game answers, plainly, never a character (newcomer corpus 32)
            return self._heard(
                live, played, text, turn_id, typed, gentle=gentle, said=CHECK_IN_EXPLAINED
            )
        if live.asking == CHECK_IN and answers_check_in(live.world, played, text):
            return self._heard(live, played, text, turn_id, typed, gentle=gentle)
        if gentle and _told_unasked(live.world, live.state, played, text):
            return self._heard(live, played, text, turn_id, typed, gentle=gentle)
        persona = replace(live.persona, intensity="gentle") if gentle else live.persona
        scene = Scene(
            world=live.world,
            persona=persona,
            context=played.context,
            steps=played.steps,
            text=text,
            suggestions=played.suggestions,
            feelings=played.feelings,
            unknown=played.unknown,
            recent=tuple(live.recent),
            previous=live.previous,
            brief=live.brief,
            told=tuple(live.state.told),
            quote=not gentle,
        )
        paragraphs = await self.narrate(scene)
        if asked_if_real(text):  # "are you a real person?": plainly no, whoever answered
            paragraphs = [*paragraphs, real_answer(self.resources.for_country(live.country))]
        check_in = guide_words(live.world, played.state, "check_in") if gentle else ""
        felt = any(
            st.outcome.message_key in ("talk.feeling", "talk.disclosed", "talk.tears")
            for st in played.steps
        )
        if check_in and not felt and not _asked_before(live.world, live.state):  # once per
            # story, and not asked of a player who has just said how they feel ("rue, im a
            # bit lonely since i retired": "How are you doing, truly?" heard nothing)
            paragraphs = [check_in, *paragraphs]
        once = stock_prints(live.world, player_name(live.persona), live.persona.pronouns)
        told = remember(live.state.told, paragraphs, once)  # stock lines: once per story
        played = replace(played, state=played.state.model_copy(update={"told": told}))
        ok = bool(played.steps) and played.steps[-1].outcome.ok
        said = text if typed is None else typed
        events = [NewEvent.of(m.TurnInput(turn_id=turn_id, text=said))]
        events += narration_events(
            live.world, played.context, paragraphs, turn_id, ok, played.steps
        )
        changed = played.state != live.state  # always: the memory of what was said moved on
        world_changed = played.state.model_copy(update={"told": live.state.told}) != live.state
        write = None
        if changed or live.world_version != self.versions[live.world.id]:
            new, old = played.state, live.state
            write = StateWrite(
                new.model_dump(mode="json"),
                expect_version=live.version,
                world_version=self.versions[live.world.id],
                moved=new.location != old.location or new.inventory != old.inventory,
                undo=self.with_undo(live, text) if world_changed else tuple(live.undo),
                brief=live.brief,
            )
        narration = "\n\n".join(paragraphs)
        asking = CHECK_IN if gentle else None  # the check-in (here or in the panel) asks
        return TurnResult(played, events, write, narration, command=text, ok=ok, asking=asking)

    def _heard(
        self,
        live: Live,
        played: Played,
        text: str,
        turn_id: str,
        typed: str | None,
        *,
        gentle: bool,
        said: str | None = None,
    ) -> TurnResult:
        """The guide's thanks for the player's answer to the check-in, in place of the turn:
        the world does not change (a topic the words would have opened waits for the next
        talk), only the turn count and the narrator's memory move on; the summary is of that
        world (it was of the turn not kept: newcomer 18's header carried Bastian's pen).
        ``said``: the game's own words instead (a question about the check-in answered)."""
        state = live.state.model_copy(update={"turn": live.state.turn + 1})
        paragraphs = [said or guide_words(live.world, state, "heard")]
        once = stock_prints(live.world, player_name(live.persona), live.persona.pronouns)
        asked = guide_words(live.world, live.state, "check_in")  # answered (asked here or in
        # the panel): never asked again this story, in any wording (newcomer 22)
        state.told = remember(live.state.told, [*paragraphs, asked], once)
        played = replace(
            played,
            state=state,
            context=context(live.world, state),
            steps=(),
            suggestions=(),
            feelings=(),
            unknown="",
        )
        said = text if typed is None else typed
        events = [NewEvent.of(m.TurnInput(turn_id=turn_id, text=said))]
        events += narration_events(live.world, played.context, paragraphs, turn_id, True)
        write = StateWrite(
            state.model_dump(mode="json"),
            expect_version=live.version,
            world_version=self.versions[live.world.id],
            moved=False,
            undo=tuple(live.undo),
            brief=live.brief,
        )
        asking = CHECK_IN if gentle else None  # a concern in the answer: the panel asks again
        narration = "\n\n".join(paragraphs)
        return TurnResult(played, events, write, narration, command=text, ok=True, asking=asking)

    async def calm(self, live: Live) -> list[NewEvent]:
        """A calm, grounding scene where the player stands (after a crisis check): the guide's
        grounding words, then a gentle look around. The world does not change."""
        played = play(live.world, live.state, "look around")
        scene = Scene(
            world=live.world,
            persona=replace(live.persona, intensity="gentle"),
            context=played.context,
            steps=played.steps,
            previous=live.previous,
            told=tuple(live.state.told),
        )
        paragraphs = [
            guide_words(live.world, live.state, "grounding"),
            *await self.narrate(scene),
        ]
        live.previous = "\n\n".join(paragraphs)
        return narration_events(live.world, context(live.world, live.state), paragraphs, None, True)

    def pause(self, live: Live) -> list[NewEvent]:
        """The guide's words for a pause (the player asked for a person)."""
        ctx = context(live.world, live.state)
        return narration_events(
            live.world, ctx, [guide_words(live.world, live.state, "pause")], None, True
        )

    @staticmethod
    def commit(live: Live, result: TurnResult, text: str) -> None:
        """Remember a turn the store has accepted."""
        moment = result.write is not None and list(result.write.undo) != live.undo
        if result.command is not None:  # a story turn: a moment to take back, or nothing
            live.unchanged = [] if moment else [*live.unchanged, result.command][-_PASSED_OVER:]
        elif result.write is not None:  # undo, restart, restore: a new place to start from
            live.unchanged = []
        if result.write is not None:
            live.state = result.played.state
            live.version += 1
            live.world_version = result.write.world_version
            live.undo = list(result.write.undo)
            live.brief = result.write.brief
        if result.command is not None:
            live.last_command, live.last_refused = result.command, not result.ok
        live.asking = result.asking
        live.previous = result.narration
        live.recent.append(f"> {text[:120]} -- {_first_sentence(result.narration)}")
