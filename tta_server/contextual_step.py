"""The contextual step of a turn's safety screen (issue 12): after the rules and n-gram screen
(``safety.classify``, which stays first and alone decides when this step cannot run), the
contextual signal (:mod:`tta_server.safety.contextual`) may raise the verdict before the turn is
applied or narrated, so a raised crisis is handled exactly as a rules crisis.

The signal costs 20-50 ms of one core a message, so it runs on the server's own pool
(:mod:`tta_server.safety.contextual_pool`, within ``safety_contextual_timeout_ms``) and only
when it can add something. It is not asked about:

* a message the screen already calls crisis, or one under the signal's letter minimum, or a
  concern too short for the signal's crisis (``contextual_pool.gated``);
* a **plain game command** (:func:`reading`): a standard command (``undo``, ``score``:
  ``pipeline/meta``), or text of at most :data:`COMMAND_MAX_WORDS` words that the parser reads
  as commands only (no clause it cannot read, no words said to someone) whose every named word
  is one the parser or the world knows ("go north", "take the lamp", "x lantern", "inventory",
  "talk to keeper"). Any word outside that vocabulary ("take all the pills", "tell the keeper I
  want to die") sends it to the signal, and so does a longer text: the parser reads generously
  (it drops tails such as "a notch at a time"), so "walk into the sea and keep going" read as
  two moves once it learnt "keep going". The rules screened every one of them first.

Words said to a character present (:attr:`Reading.REPLY`: the parser reads them as said to
someone, or as talk, thanks or an apology while someone is here), and free words the game takes
as the player's own at a moment that asks for them (``pipeline/moments``: the answer to a harsh
page, naming a feeling), go to the signal, but a crisis it alone gives them becomes concern
(:func:`reply_capped`: a check-in and a facilitator alert, no hold; so a reply the screen
already calls concern is not sent). In the newcomers' play corpora such replies ("thank you
maren. ill look after it", "hello? sorry to barge in. are you ok?", and before round 10's index
"you're wrong. i came here and i already helped someone tonight" to the page) were the
signal's commonest false crises (docs/performance.md); on blind set 4 (with a character
present) the cap changed no crisis to ``none``. Other words are capped the same way only when
they name a place or a thing of the world and no risk, means or act at a height
(:func:`world_capped`: the signal reads "loft" as a place of hanging, round 15, and held
players following the story's own suggestions, round 16a).

Every outcome is counted (``tta_safety_contextual``, ``tta_safety_contextual_gated``,
``tta_safety_contextual_seconds``); a turn never fails because of this step.
"""

from __future__ import annotations

import asyncio
import enum
import re
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from tta_server.pipeline import meta, parser
from tta_server.pipeline.binding import parser_scope
from tta_server.pipeline.moments import moment_action, open_moments
from tta_server.protocol.directions import DIRECTION_WORDS
from tta_server.protocol.intents import Intent
from tta_server.safety.contextual_pool import Gate, Late, gated
from tta_server.safety.model import Assessment, Level
from tta_server.safety.normalisation import normalise
from tta_server.safety.self_criticism import BURDEN, DISTRESS, OTHER_RISK, SELF_CRITICAL
from tta_server.world.engine import Action, WorldState, scope
from tta_server.world.schema import World
from tta_server.world.views import characters_here
from tta_server.world.vocab import Skill
from tta_server.world.word_patterns import whole_words

if TYPE_CHECKING:
    from tta_server.game import Live
    from tta_server.handlers.context import Services
    from tta_server.narrative.base import Step


async def raise_verdict(
    app: Services, live: Live | None, text: str, base: Assessment, owner: str | None = None
) -> tuple[Assessment, Late | None]:
    """``base`` (the screen's verdict on ``text``), raised when the contextual signal says more
    within the budget; ``live``: the playthrough the text is for, when this connection holds
    it (without it, the command gate and the reply cap are not applied); ``owner``: whose
    message it is (an account), for the pool's share per player. Past the budget, the answer
    still coming (:class:`~tta_server.safety.contextual_pool.Late`, for
    ``ContextualPool.follow``; a reply's answer is already capped at concern)."""
    pool = app.contextual
    if pool is None:
        return base, None
    why = gated(text, base)
    read = Reading.OTHER
    if why is None and live is not None:
        world, game = live.world, app.game
        read = reading(world, live.state, text, game.verbs(world), game.known_words(world))
        if read is Reading.COMMAND:
            why = Gate.COMMAND
        elif read is Reading.REPLY and base.level is Level.CONCERN:
            why = Gate.CONCERN  # a reply is raised to concern at most (reply_capped)
    if why is not None:
        app.metrics.contextual_gated.labels(why.value).inc()
        return base, None
    started = time.perf_counter()
    raised, outcome, late = await pool.raise_verdict(text, base, keep_late=True, owner=owner)
    app.metrics.contextual_seconds.observe(time.perf_counter() - started)
    app.metrics.contextual.labels(outcome.value).inc()
    if read is Reading.REPLY:
        if late is not None:
            late = Late(_capped(late.answer, capped, base), base)
        return capped(raised, base), late
    if live is not None:

        def place(raised: Assessment, base: Assessment) -> Assessment:
            return world_capped(live.world, live.state, text, raised, base)

        if late is not None:
            late = Late(_capped(late.answer, place, base), base)
        return place(raised, base), late
    return raised, late


def capped(raised: Assessment, base: Assessment) -> Assessment:
    """A reply's verdict: :func:`reply_capped` when the signal alone made it a crisis."""
    if raised.level is Level.CRISIS and base.level is not Level.CRISIS:
        return reply_capped(raised, base)
    return raised


def _capped(
    answer: asyncio.Future[Assessment],
    cap: Callable[[Assessment, Assessment], Assessment],
    base: Assessment,
) -> asyncio.Future[Assessment]:
    """``answer`` (on a text whose screen verdict was ``base``), capped by ``cap`` when it
    comes."""

    async def wait() -> Assessment:
        return cap(await answer, base)

    return asyncio.ensure_future(wait())


def reply_capped(raised: Assessment, base: Assessment) -> Assessment:
    """A crisis the contextual signal alone gave to words said to a character: concern (a
    check-in and a facilitator alert, no hold), its reason ``contextual:concern:SCORE:reply``."""
    return _lowered(raised, base, "reply")


def _lowered(raised: Assessment, base: Assessment, why: str) -> Assessment:
    """``raised`` (the signal's crisis over the screen's ``base``) as concern, the signal's
    reasons ``contextual:concern:SCORE:WHY``."""
    said = raised.reasons[len(base.reasons) :]
    reasons = tuple(r.replace(":crisis:", ":concern:", 1) + f":{why}" for r in said)
    return Assessment(Level.CONCERN, raised.category, (*base.reasons, *reasons))


#: A means, or an act at a height, in words about the world (:func:`world_capped` never lowers
#: them): "up in the loft with the rope", "stand on the harbour wall and jump", "the knife from
#: the galley".
ACTS = re.compile(
    r"\b(?:ropes?|noose|cord|belt|cable|hang\w*|jump\w*|leap\w*|fall\w*|drop\w*|step off|"
    r"edge|ledge|over the side|lean\w* (?:out|over)|throw\w*|tie\w*|knot\w*|beam|rafters?|"
    r"chair|stool|fumes?|gas|engine|lock\w* (?:myself|me) in|knife|knives|blades?|razors?|"
    r"guns?|pistol|rifle|poison\w*|bleach|overdose|dose|meds|medication)\b"
)


def world_capped(
    world: World, state: WorldState, text: str, raised: Assessment, base: Assessment
) -> Assessment:
    """``raised``, or concern when it is a crisis the learned signals alone gave (the screen
    said less; the contextual signal raised it, alone or agreeing with the n-gram model) to
    words about a place or a thing of this world (:func:`names_a_place`,
    :func:`names_a_thing`) with no word of risk, distress, being a burden, a means or an act at
    a height (``OTHER_RISK``, ``DISTRESS``, ``BURDEN``, ``ACTS``). The signal reads "loft" as
    a place of hanging: "its so quiet up here in the net loft" was a crisis to it (0.93), a hold
    for a player in The Lantern Coast's Net Loft (round 15, docs/safety.md); and it held a
    newcomer doing what the keeper's logbook says ("now i wind the clockwork with the handle,
    slowly, on the out-breath", 0.90) and one sitting where the garden invites it ("i sit on the
    bench beside the cup of tea and think about my mum", round 16a). Its reasons become
    ``contextual:concern:SCORE:place`` or ``...:thing`` (a check-in and an alert, no hold); a
    rule's crisis is never lowered."""
    if raised.level is not Level.CRISIS or base.level is Level.CRISIS:
        return raised
    said = normalise(text)
    risky = (OTHER_RISK, DISTRESS, BURDEN, ACTS)
    if any(r.search(said) for r in risky):
        return raised
    if names_a_place(world, state, said):
        return _lowered(raised, base, "place")
    if names_a_thing(world, state, said):
        return _lowered(raised, base, "thing")
    return raised


def _names(words: set[str], said: str) -> bool:
    """Whether normalised ``said`` holds any of ``words`` as whole words."""
    return any(whole_words(n).search(said) for n in words if n)


def names_a_place(world: World, state: WorldState, said: str) -> bool:
    """Whether normalised ``said`` names a place of ``world``: any location's name ("the net
    loft", "the clock loft"), or the last word of the name of where the player is or an exit
    from here leads, or an exit's door or alias here ("the loft", "the stairs")."""
    here = world.location(state.location)
    exits = here.exits if here is not None else []
    near = {state.location, *(e.to for e in exits)}
    names: set[str] = set()
    for loc in world.locations:
        full = normalise(loc.name).removeprefix("the ")
        names.add(full)
        if loc.id in near:
            names.add(full.split()[-1])
    for e in exits:
        names.update(normalise(w).removeprefix("the ") for w in (*e.aliases, e.door or "") if w)
    return _names(names, said)


def names_a_thing(world: World, state: WorldState, said: str) -> bool:
    """Whether normalised ``said`` names a thing the player can refer to here, by its name or
    an alias: an item here, held or with someone here, or the place's scenery ("the
    clockwork", "the handle", "the bench", "the cup of tea")."""
    now = scope(world, state)
    things = (*now.items_here, *now.items_held, *now.items_with_characters, *now.scenery)
    names = {normalise(w).removeprefix("the ") for t in things for w in (t.name, *t.aliases) if w}
    return _names(names, said)


#: Item aliases that are everyday words of another sense ("i can't", "i thought", "a float"):
#: not taken as naming the world's things by :func:`names_the_world`.
EVERYDAY_ALIASES = frozenset(
    {
        "can",
        "thought",
        "words",
        "writing",
        "blue",
        "tune",
        "glint",
        "notes",
        "log",
        "frame",
        "float",
        "match",
    }
)


def names_the_world(world: World, said: str) -> bool:
    """Whether normalised ``said`` names one of ``world``'s things or places wherever it is:
    any item by its name or an alias but :data:`EVERYDAY_ALIASES` ("the light", the great
    lamp's alias, said in Maren's kitchen far from the lamp room), or any location's name
    (``checkin_panel``: help asked with the story's own task). Scenery is left out: its
    aliases are the world's plain words ("sea", "water", "sky", "darkness")."""
    names = {normalise(w).removeprefix("the ") for t in world.items for w in (t.name, *t.aliases)}
    names.update(normalise(loc.name).removeprefix("the ") for loc in world.locations)
    return _names(names - EVERYDAY_ALIASES, said)


COMMAND_MAX_WORDS = 5
"""The longest text (in words) the command gate may keep from the signal: "give the key to
maren" passes the gate, "walk into the sea and keep going" is asked about."""


class Reading(enum.Enum):
    """How the turn's parser reads a text, for this step."""

    COMMAND = "command"  # game commands only, every named word known: the signal is not asked
    REPLY = "reply"  # words said to a character present: the signal may raise to concern only
    OTHER = "other"


def reading(
    world: World, state: WorldState, text: str, verbs: frozenset[str], known: frozenset[str]
) -> Reading:
    """How ``text`` reads in ``world`` at ``state`` (see the module docstring). ``verbs``,
    ``known``: the world's own verbs and the words the parser or the world knows
    (``pipeline.meta``)."""
    if meta.recognise(text, verbs) is not None:
        return Reading.COMMAND
    here = parser_scope(scope(world, state), state)
    intents = parser.parse(text, here)
    short = len(text.split()) <= COMMAND_MAX_WORDS
    if short and intents and all(_plain(i, known) for i in intents):
        return Reading.COMMAND
    opened = open_moments(world, state)  # once, for both questions below
    if moment_action(world, state, text, intents, opened) is not None:
        return Reading.REPLY  # the player's own words at a moment that asks for them
    if _takes_a_moment(opened, [(i.intent, i.target_id) for i in intents]):
        return Reading.REPLY  # "stop and take stock of what my senses tell me": the moment's verb
    for i in intents:
        if i.said or (i.target_id is not None and i.target_id in here.people):
            return Reading.REPLY
        if i.intent in _SOCIAL and here.people:  # "thank you for telling me", someone here
            return Reading.REPLY
    return Reading.OTHER


_SOCIAL = frozenset({Intent.TALK, Intent.THANK, Intent.APOLOGISE})


def answers_the_game(world: World, before: WorldState, text: str, steps: Sequence[Step]) -> bool:
    """Whether ``text``, played as ``steps`` from ``before``, was the player's answer to what
    the game itself had just asked: a reply to a character here whose question was open ("It
    is my fault. Isn't it?"), or free words at a moment that asks for them
    (:func:`~tta_server.pipeline.moments.moment_action`: the answer to a harsh page, naming a
    feeling), or the open moment's own action played in the game's own words (its suggestion
    echoed: "stop and take stock of what my senses tell me" at a grounding). Such an answer
    rated ``concern`` by the screen's learned model alone, or nothing but self-criticism
    (``safety.self_criticism``), gets no check-in panel
    (``handlers/turns.py``: the gentle narration and the facilitators' alert stay)."""
    asking = {c.id for c in characters_here(world, before) if before.asking.get(c.id)}
    if any(s.action.intent == Intent.TALK and s.action.target_id in asking for s in steps):
        return True
    taken = [(s.action.intent, s.action.target_id) for s in steps if s.outcome.ok]
    opened = open_moments(world, before)
    if _takes_a_moment(opened, taken):
        return True
    here = parser_scope(scope(world, before), before)
    return moment_action(world, before, text, parser.parse(text, here), opened) is not None


def _takes_a_moment(
    opened: Sequence[tuple[Action, Skill | None]], actions: Sequence[tuple[str, str | None]]
) -> bool:
    """Whether one of ``actions`` (intent, target) is the own action of a moment in ``opened``
    (:func:`~tta_server.pipeline.moments.open_moments` at the turn's state): the player doing
    what the game just asked in the game's words ("stop and take stock of what my senses tell
    me" at the cliff's grounding moment, the story's own suggestion, played as its verb
    "notice")."""
    return any(
        intent == a.intent and (a.target_id is None or target == a.target_id)
        for intent, target in actions
        for a, _skill in opened
    )


SHORT_ANSWER_WORDS = 6
"""The longest answer to the game's own question (in normalised words) whose crisis from the
n-gram model alone :func:`answer_capped` may lower without self-criticism in it."""


def answer_capped(world: World, state: WorldState, text: str, verdict: Assessment) -> Assessment:
    """``verdict``, or concern when it is a crisis the screen's n-gram model alone gave (every
    reason ``model:crisis:SCORE``: no rule fired) to nothing but the speaker's harsh words about
    themselves (``self_criticism.SELF_CRITICAL``, no word of another cell: ``OTHER_RISK``),
    said while the game itself asks (a character here with an open question, or a moment that
    asks for the player's words: Bastian's page). The model alone called "it would say i'm not
    good enough" crisis (0.85): a hold on the answer the story asked for (round 12). Likewise a
    short answer (at most :data:`SHORT_ANSWER_WORDS` words) with no word of risk, distress or
    burden: "no. not my problem tbh", turning down Rue's errand, was held (0.93, newcomer 13).
    Its reasons become ``model:concern:SCORE:answer`` (an alert for facilitators, no hold); a
    crisis any rule or the contextual signal gave, or any word of death, harm, pills, distress
    or being a burden, is never lowered."""
    if verdict.level is not Level.CRISIS or not verdict.named_only_by("model:crisis:"):
        return verdict
    said = normalise(text)
    if OTHER_RISK.search(said) or DISTRESS.search(said) or BURDEN.search(said):
        return verdict
    if not SELF_CRITICAL.search(said) and len(re.findall(r"\w+", said)) > SHORT_ANSWER_WORDS:
        return verdict
    here = parser_scope(scope(world, state), state)
    asking = any(state.asking.get(c.id) for c in characters_here(world, state))
    if not asking and moment_action(world, state, text, parser.parse(text, here)) is None:
        return verdict
    reasons = tuple(r.replace(":crisis:", ":concern:", 1) + ":answer" for r in verdict.reasons)
    return Assessment(Level.CONCERN, verdict.category, reasons)


def model_only(verdict: Assessment) -> bool:
    """Whether ``verdict`` is a concern the screen's learned model alone gave (every reason
    ``model:concern:SCORE``): no rule, lexicon or contextual signal named it."""
    return verdict.level is Level.CONCERN and verdict.named_only_by("model:concern:")


def _plain(intent: parser.ParsedIntent, known: frozenset[str]) -> bool:
    """A clause read as a command whose every named word the parser or the world knows."""
    if intent.intent == Intent.UNKNOWN or intent.said:
        return False
    slots = [s for s in (intent.target, intent.obj) if s is not None and s not in DIRECTION_WORDS]
    return all(word in known for slot in slots for word in slot.split())
