"""IPA -> WBA for one turn, without I/O: parse the text against what is in scope, apply each
action with the world engine, and gather what the narrator needs.

:func:`play` is pure: the same world, state and text always give the same result. Clauses are
applied in order ("take the key and go north"); each clause after the first is parsed again
against the scope *after* the actions before it, so "go north and take the lamp" finds the
lamp in the next room. The first refused action stops the turn: the clauses after it were
probably meant to follow from it. Text that gives no usable action changes nothing and
returns suggestions drawn from the scene and, unless it names feelings ("I feel anxious"), a
sentence naming the words the game knew and the ones it did not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tta_server.narrative.base import Step
from tta_server.pipeline import parser
from tta_server.pipeline.feelings import named_feelings
from tta_server.pipeline.suggestions import not_understood
from tta_server.pipeline.vocabulary import SELF_NAMES
from tta_server.protocol.directions import DIRECTION_WORDS, Direction
from tta_server.protocol.intents import Intent
from tta_server.world.acts import ME
from tta_server.world.engine import (
    Action,
    Context,
    Scope,
    WorldState,
    apply,
    context,
    reply_action,
    scope,
)
from tta_server.world.schema import World

_ARTICLES = re.compile(r"^(?:the|a|an|to|towards)\s+")


def parser_scope(world_scope: Scope, state: WorldState) -> parser.Scope:
    """The parser's view of what the player can name right now."""
    named = [
        world_scope.location,
        *world_scope.items_held,
        *world_scope.items_here,
        *world_scope.items_with_characters,
        *world_scope.characters,
        *world_scope.scenery,
    ]
    verbs: dict[str, str] = {}
    for ref in world_scope.verbs:
        verbs[ref.verb] = ref.verb
        verbs.update(dict.fromkeys(ref.aliases, ref.verb))
    return parser.Scope(
        entries=[
            *(parser.ScopeEntry(n.id, (n.name, *n.aliases)) for n in named),
            parser.ScopeEntry(ME, SELF_NAMES),
        ],
        exits=[Direction(e.dir).word for e in world_scope.exits],
        verbs=verbs,
        last_mentioned=list(state.mentioned),
        people=frozenset(c.id for c in world_scope.characters),
    )


def _go_target(world_scope: Scope, target: str | None) -> str | None:
    """A direction for "go to the harbour": the exit whose place, door or alias is named."""
    if target is None or target in DIRECTION_WORDS:
        return target
    words = _ARTICLES.sub("", target.lower()).strip()
    for ex in world_scope.exits:
        names = [ex.to, ex.to_name.lower(), (ex.door or "").lower(), *ex.aliases]
        if words in names or any(n and words in n.split(" ") for n in names[1:2]):
            return ex.dir
    return target


def _without(words: str, phrase: str | None) -> str:
    """The words with a phrase (as whole words) taken out."""
    if not phrase:
        return words
    return " ".join(re.sub(rf"(?<!\w){re.escape(phrase)}(?!\w)", " ", words).split())


def _someone_elsewhere(world: World, words: str | None) -> str | None:
    """The id of the world's character called ``words`` (name or alias), wherever they are:
    "talk to Bastian" when Bastian is not here must not talk to whoever is."""
    if not words or words in parser.PRONOUNS:
        return None
    key = _bare(words)
    for ch in world.characters:
        if key in {_bare(n) for n in (ch.name, *ch.aliases)}:
            return ch.id
    return None


def to_action(world: World, world_scope: Scope, intent: parser.ParsedIntent) -> Action:
    """The engine action for a parsed intent (ids from the parser; words where ids fail)."""
    name = intent.intent
    if name == Intent.GO:  # a way's own names first: "go to the tower" is not the scenery
        way = _go_target(world_scope, intent.target)
        return Action(Intent.GO, way if way != intent.target else intent.target_id or way)
    if name == Intent.TALK:  # the topic: what was asked about, else the words besides the name
        said = intent.obj or _without(intent.raw.lower(), intent.target)
        who = intent.target_id or _someone_elsewhere(world, intent.target)
        return Action(Intent.TALK, who, None, said or None)
    if name == Intent.OPEN and intent.target_id is None:
        return Action(Intent.OPEN, None, intent.obj_id, intent.target)
    return Action(name, intent.target_id, intent.obj_id, intent.target)


def _bare(name: str) -> str:
    return _ARTICLES.sub("", name.lower())


def suggest(world_scope: Scope) -> tuple[str, ...]:
    """Three to five commands that do something here, drawn from the scene."""
    found = ["look around"]
    open_exits = [e for e in world_scope.exits if e.open]
    if open_exits:
        found.append(f"go {Direction(open_exits[0].dir).word}")
    if world_scope.characters:
        found.append(f"talk to {world_scope.characters[0].name}")
    if world_scope.items_here:
        found.append(f"examine the {_bare(world_scope.items_here[0].name)}")
    verbs = [v for v in world_scope.verbs if not v.targets]
    if verbs:
        found.append(verbs[0].verb)
    found.append("help")
    return tuple(found[:5])


@dataclass(frozen=True)
class Played:
    """What one turn did: the new state (unchanged when nothing applied), each step, and the
    moment after. ``suggestions`` is set when nothing in the text could be used; ``feelings``
    then holds the feelings the player named, if any ("I feel anxious"), and ``unknown`` (when
    none is named) a plain sentence on the words the game knew and did not ("I know the word
    'lantern', but not 'frobnicate'.")."""

    state: WorldState
    steps: tuple[Step, ...]
    context: Context
    suggestions: tuple[str, ...] = ()
    feelings: tuple[str, ...] = ()
    unknown: str = ""

    @property
    def changed(self) -> bool:
        """Whether any action succeeded (the state's ``turn`` advanced)."""
        return any(s.outcome.ok for s in self.steps)


def play(world: World, state: WorldState, text: str) -> Played:
    """Parse ``text`` and apply its actions in order, stopping at the first refused one."""
    world_scope = scope(world, state)
    intents = parser.parse(text, parser_scope(world_scope, state))
    steps: list[Step] = []
    for i, intent in enumerate(intents):
        if i > 0:  # parse this clause again against the scope after the previous actions
            world_scope = scope(world, state)
            again = parser.parse(intent.raw, parser_scope(world_scope, state))
            intent = again[0] if len(again) == 1 else intent
        reply = None
        if intent.intent == Intent.UNKNOWN:
            reply = reply_action(world, state, intent.raw) if steps else None
            if reply is None:  # after an action: a reply to someone ("thanks. where is she?")
                if steps:
                    break
                continue
        action = reply or to_action(world, world_scope, intent)
        outcome = apply(world, state, action)
        state = outcome.state
        steps.append(Step(action, intent.raw, outcome, context(world, state)))
        if not outcome.ok:
            break
    reply = reply_action(world, state, text) if not steps else None
    if reply is not None:  # "no", "thank you": a reply to someone here, not a command
        outcome = apply(world, state, reply)
        steps.append(Step(reply, text, outcome, context(world, outcome.state)))
        return Played(outcome.state, tuple(steps), steps[-1].context)
    if not steps:
        feelings = named_feelings(text)
        unknown = "" if feelings else not_understood(text, parser_scope(world_scope, state))
        hints = suggest(world_scope)
        return Played(state, (), context(world, state), hints, feelings, unknown)
    return Played(state, tuple(steps), steps[-1].context)
