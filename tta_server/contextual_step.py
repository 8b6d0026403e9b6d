"""The contextual step of a turn's safety screen (issue 12): after the rules and n-gram screen
(``safety.classify``, which stays first and alone decides when this step cannot run), the
contextual signal (:mod:`tta_server.safety.contextual`) may raise the verdict before the turn is
applied or narrated, so a raised crisis is handled exactly as a rules crisis.

The signal costs 20-50 ms of one core a message, so it runs on the server's own pool
(:mod:`tta_server.safety.contextual_pool`, within ``safety_contextual_timeout_ms``) and only
when it can add something. It is not asked about:

* a message the screen already calls crisis, or one under the signal's letter minimum;
* a **plain game command** (:func:`plain_command`): a standard command (``undo``, ``score``:
  ``pipeline/meta``), or text the parser reads as commands only (no clause it cannot read, no
  words said to someone) whose every named word is one the parser or the world knows ("go
  north", "take the lamp", "x lantern", "inventory", "talk to keeper"). Any word outside that
  vocabulary ("take all the pills", "tell the keeper I want to die") sends it to the signal.
  The rules screened every one of them first.

Every outcome is counted (``tta_safety_contextual``, ``tta_safety_contextual_gated``,
``tta_safety_contextual_seconds``); a turn never fails because of this step.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from tta_server.pipeline import meta, parser
from tta_server.pipeline.play import parser_scope
from tta_server.protocol.directions import DIRECTION_WORDS
from tta_server.protocol.intents import Intent
from tta_server.safety.contextual_pool import Gate, gated
from tta_server.safety.model import Assessment
from tta_server.world.engine import scope

if TYPE_CHECKING:
    from tta_server.game import Live
    from tta_server.handlers.context import Services


async def raise_verdict(
    app: Services, live: Live | None, text: str, base: Assessment
) -> Assessment:
    """``base`` (the screen's verdict on ``text``), raised when the contextual signal says more;
    ``live``: the playthrough the text is for, when this connection holds it (without it, the
    command gate is not applied)."""
    pool = app.contextual
    if pool is None:
        return base
    why = gated(text, base)
    if why is None and live is not None and plain_command(app, live, text):
        why = Gate.COMMAND
    if why is not None:
        app.metrics.contextual_gated.labels(why.value).inc()
        return base
    started = time.perf_counter()
    raised, outcome = await pool.raise_verdict(text, base)
    app.metrics.contextual_seconds.observe(time.perf_counter() - started)
    app.metrics.contextual.labels(outcome.value).inc()
    return raised


def plain_command(app: Services, live: Live, text: str) -> bool:
    """Whether ``text`` is nothing but game commands in ``live``'s world (see the module
    docstring): then the contextual signal has nothing to read in it."""
    world = live.world
    if meta.recognise(text, app.game.verbs(world)) is not None:
        return True
    intents = parser.parse(text, parser_scope(scope(world, live.state), live.state))
    if not intents:
        return False
    known = app.game.known_words(world)
    for intent in intents:
        if intent.intent == Intent.UNKNOWN or intent.said:
            return False
        for slot in (intent.target, intent.obj):
            if slot is None or slot in DIRECTION_WORDS:
                continue
            if any(word not in known for word in slot.split()):
                return False
    return True
