"""Whether a ``concern`` turn shows the check-in panel (``safety.checkin``) over the story.

Every concern is played gently (the narration opens with the guide's check-in, once a story)
and gives facilitators an alert; this module decides only whether the player also gets the
panel ("Some of what you wrote sounded heavy ...", with the helplines). Newcomers' top
complaint in play was that panel over ordinary play; a missed concern costs a panel not shown,
never an alert not sent, so the panel is spared only where the words are the story's own
business and nothing in them names distress or another risk:

* **An answer to the game's own question** (:attr:`Turn.answered`): a character's open
  question, a moment that asks for the player's words, the moment's own action in the game's
  words (``contextual_step.answers_the_game``), or the guide's check-in itself: any turn just
  after it ("Honestly I am a bit tired today ... thank you for asking", "honestly im fine just
  stressed. wrap myself in the blanket": the player was asked one turn ago, and a second panel
  on the answer read as not being heard, newcomer 15).
  Spared when the concern is the learned model's alone, the learned signals' alone on words of
  no other cell and no distress (``self_criticism.only_signals``), or nothing but
  self-criticism (rounds 11-12 of docs/safety.md). An answer to the guide's own "How are you
  doing, truly?" (:attr:`Turn.guide_asked`) that names only everyday strain (short sleep,
  loneliness, worry, a low week: ``safety.strain``) is spared too, unless the operator sets
  ``checkin_panel_on_strain_answers``: newcomers 18 and 19 read a second panel on the answer
  the guide asked for as not being heard.
* **Commands the world carried out** (:attr:`Turn.commands`): every clause read as an action
  the world did, nothing it could not read, no words said to anyone ("I'd like to go up to the
  net loft please, just to have a look", "wind the clockwork slowly, on the out breath"). The
  last action may be one the world refused when an earlier one was carried out and no means or
  act at a height is named (``contextual_step.ACTS``): "I will pick up Fenn's glasses very
  carefully and wrap them in my handkerchief" (the glasses taken, no handkerchief held; newcomer
  29 got the panel for it). Spared when the concern is the learned signals' alone on words of
  no other cell and no distress (round 15).
* **Words to a character about them** (:attr:`Turn.to_them`): every clause said to a character
  here or a command the world carried out ("i go to the foyer, say bye to the cat": newcomer 27
  got the panel for it), at least one said, and nothing in the words said about the speaker
  (:data:`SPEAKER`: no "I", "me", "my" but a hedge such as "I think", or words that only say
  who is speaking or ask to be told, :data:`WHO_I_AM`: "I am a nurse", "I am serious", "I am
  Mariana", "do you want to tell me about Fenn?"; in the
  other five languages no first-person word at all): "Maren, your chest sounds bad, you should
  see a doctor tomorrow" (newcomer 17, a nurse, got the panel on it). Spared when the concern
  is the learned signals' alone on words of no other cell and no distress, as for commands.

* **Help asked of a character with the story's own task** (:attr:`Turn.asks_help`): every
  clause said to a character here or a command the world carried out, at least one said,
  asking for help (:data:`HELP_ASKED`) and naming something of this world wherever it is
  (``contextual_step.names_the_world``), with no word of a means or an act at a height, of
  being a burden or of leaving (``contextual_step.ACTS``, ``self_criticism.BURDEN``):
  "the boats are still out there. i can't do the light on my own, will you help me", said to
  Maren about the lighthouse (newcomer 28 got the panel for it). Spared when the concern is
  the learned signals' alone on words of no other cell and no distress, as for commands.

* **Grief told by a player who came for it** (:attr:`Turn.grief_chosen`): the character's goals
  include "Coping with grief" and the concern is nothing but grief (every reason one of the six
  languages' grief rules, :func:`grief_only`): "I lost my wife Jean in March. I couldnt say her
  name for weeks either" (newcomer 36 chose the goal and got the panel each time he spoke of
  her: "I shouldn't get a phone number every time I do it"). Any turn.

A concern that builds up over several messages (``escalated``), any rule's concern outside an
answer, and every crisis keep their panel. ``scripts/count_play_panels.py`` counts the panels
newcomers' corpora would see now.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tta_server import contextual_step
from tta_server.characters import Goal
from tta_server.game import CHECK_IN
from tta_server.protocol.intents import Intent
from tta_server.safety.model import Assessment, Level
from tta_server.safety.normalisation import normalise
from tta_server.safety.self_criticism import BURDEN, quiet_answer
from tta_server.safety.strain import only_everyday_strain

if TYPE_CHECKING:
    from tta_server.game import Live
    from tta_server.narrative.base import Step
    from tta_server.pipeline.play import Played


@dataclass(frozen=True)
class Turn:
    """What a played turn was, as far as the panel is concerned (read before it is committed,
    from the state it was played on)."""

    answered: bool
    """The player answered the game's own question (a character's, a moment's), or played the
    turn just after the guide's check-in."""
    commands: bool
    """Every clause was a command the world carried out; no words said to anyone."""
    to_them: bool = False
    """Every clause was words said to a character here or a command the world carried out, at
    least one said, and none of the words said about the speaker (:data:`SPEAKER`)."""
    asks_help: bool = False
    """Every clause was words said to a character here or a command the world carried out, at
    least one said, asking for help (:data:`HELP_ASKED`) with something of this world and
    naming no means, act at a height, burden or leaving."""
    guide_asked: bool = False
    """The turn came just after the guide's own check-in question (``game.CHECK_IN``)."""
    grief_chosen: bool = False
    """The player's character has "Coping with grief" among its goals."""


#: The grief rules' ids, one a language (``distress.en_grief``...).
_GRIEF_RULE = re.compile(r"distress\.[a-z]{2}_grief")


def grief_only(verdict: Assessment) -> bool:
    """Whether ``verdict`` is a concern for grief alone: at least one reason, every one of them
    a grief rule (no other cell, no learned signal's)."""
    return (
        verdict.level is Level.CONCERN
        and bool(verdict.reasons)
        and all(_GRIEF_RULE.fullmatch(r) for r in verdict.reasons)
    )


#: Words about the speaker (normalised text): "I" (but a hedge: "I think", "I guess"), "me",
#: "my", and every first-person word of the five other languages.
SPEAKER = re.compile(
    r"\b(?:i(?! (?:think|guess|hope|mean|reckon|suppose|believe|bet)\b)|im|me|my|myself|mine|"
    r"we|us|our|yo|mi|mis|conmigo|je|j|moi|mon|ma|mes|nous|ich|mich|mir|mein\w*|wir|uns|"
    r"unser\w*|eu|meu|meus|minha|minhas|comigo|nos|io|mio|mia|miei|mie|noi|ci)\b"
)


#: First-person words that only say who is speaking or how sure they are, not how they are:
#: "I am Mariana, I am nurse", "im a nurse, i know", "i am serious" (newcomer 19, a nurse, got
#: the panel twice for telling Maren to see a doctor about her chest); and asking to be told
#: ("tell me about", "show me how"). Taken out before
#: :data:`SPEAKER` is looked for; the player's own name is taken out too (:func:`_who_i_am`).
WHO_I_AM = re.compile(
    r"\b(?:i am|im|i m) (?:a |an )?(?:nurse|doctor|carer|care worker|caregiver|paramedic|medic|"
    r"midwife|pharmacist|physio|teacher|serious|sure|not joking|telling you)\b"
    r"|\bi (?:know|mean it|promise)\b(?! (?:how|what|why|that i|i))"
    # asking to be told: "do you want to tell me about fenn?" (play corpus 11, a check-in)
    r"|\b(?:tell|show|teach|remind) me\b(?= (?:about|what|how|why|where|who|when|more|"
    r"anything|everything|if|a story|the story|again)\b)"
)


#: Asking for help (normalised text): "will you help me", "can you give me a hand", "show me
#: how". Not "come with me" nor "together": "the sea is calling, come with me" is no task.
HELP_ASKED = re.compile(r"\b(?:help|a hand|show me how)\b")


def _who_i_am(text: str, name: str) -> str:
    """Normalised ``text`` without :data:`WHO_I_AM`'s words and "I am NAME" / "my name is
    NAME" (``name``: the player's first name)."""
    said = WHO_I_AM.sub(" ", normalise(text))
    first = normalise(name).split()[:1]
    if first:
        said = re.sub(rf"\b(?:i am|im|my name is|it is|its) {re.escape(first[0])}\b", " ", said)
    return said


def read_turn(live: Live, text: str, played: Played) -> Turn:
    """:class:`Turn` for ``text`` played as ``played`` from ``live`` (not yet committed)."""
    guide_asked = live.asking == CHECK_IN
    answered = guide_asked or contextual_step.answers_the_game(
        live.world, live.state, text, played.steps
    )
    done = [s for s in played.steps if s.outcome.ok and s.action.intent != Intent.TALK]
    said = [s for s in played.steps if s.action.intent == Intent.TALK and s.action.target_id]
    each = bool(played.steps) and not played.unknown and not played.suggestions
    commands = each and (
        len(done) == len(played.steps) or _tried_after_done(played.steps, len(done), text)
    )
    talk = each and bool(said) and len(done) + len(said) == len(played.steps)
    words = _words_said(text, done) if talk else ""
    to_them = talk and SPEAKER.search(_who_i_am(words, live.persona.name)) is None
    asks_help = (
        talk
        and HELP_ASKED.search(words) is not None
        and contextual_step.names_the_world(live.world, words)
        and contextual_step.ACTS.search(words) is None
        and BURDEN.search(words) is None
    )
    return Turn(
        answered=answered,
        commands=commands,
        to_them=to_them,
        asks_help=asks_help,
        guide_asked=guide_asked,
        grief_chosen=Goal.COPING_WITH_GRIEF.value in live.persona.goals,
    )


def _tried_after_done(steps: tuple[Step, ...], done: int, text: str) -> bool:
    """Whether ``steps`` are actions the world carried out (``done`` of them, at least one) and
    then one it refused, not words said to anyone, in a ``text`` naming no means or act at a
    height (``contextual_step.ACTS``): "pick up the glasses and wrap them in my handkerchief"."""
    last = steps[-1]
    return (
        done >= 1
        and done == len(steps) - 1
        and not last.outcome.ok
        and last.action.intent != Intent.TALK
        and contextual_step.ACTS.search(normalise(text)) is None
    )


def _words_said(text: str, done: list[Step]) -> str:
    """``text`` without the clauses the world carried out as commands (normalised): "i go to the
    foyer, say bye to the cat" -> "say bye to the cat". A clause not found as typed stays in,
    so its words count as said."""
    said = normalise(text)
    for step in done:
        clause = normalise(step.raw)
        if clause:
            said = said.replace(clause, " ", 1)
    return said


def spared(
    text: str, verdict: Assessment, turn: Turn | None, *, strain_panel: bool = False
) -> bool:
    """Whether the concern ``verdict`` on ``text``, played as ``turn``, goes without the panel
    (the module docstring says when). Crisis is never spared; neither is a turn not read.
    ``strain_panel`` (the setting ``checkin_panel_on_strain_answers``): everyday strain told to
    the guide keeps the panel."""
    if turn is None:
        return False
    if turn.grief_chosen and grief_only(verdict):
        return True
    signals_only, self_critical = quiet_answer(text, verdict)
    if turn.answered:
        strain = turn.guide_asked and not strain_panel and only_everyday_strain(text, verdict)
        return contextual_step.model_only(verdict) or signals_only or self_critical or strain
    return (turn.commands or turn.to_them or turn.asks_help) and signals_only
