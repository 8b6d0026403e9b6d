"""What the server says and records when the safety screen fires (the crisis protocol).

Every player text is screened by :func:`tta_server.safety.classify` before anything else. This
module turns a verdict into what the player receives and what facilitators see:

* ``crisis``: the text is not played. A ``safety.crisis`` event carries a plain message, the
  crisis lines for the character's country (emergency number first) and three choices; the
  session is put on hold (turns answer ``safety_hold``) until ``safety.ack``. A durable
  :class:`~tta_server.store.base.Alert` is written in the same transaction and published live
  to facilitators on the bus channel :data:`ALERTS_CHANNEL`.
* ``concern``: the turn is played, more gently; a ``safety.checkin`` event with the world's guide
  check-in and the lines comes first (not for the learned model's concern alone on an answer to
  the game's own question: ``handlers/turns.py``); an alert is written and published.
* The verdict is the conversation's (``safety/conversation.py``): a crisis split over messages
  takes the crisis path; a concern that starts a build-up of risk over several messages has an
  alert marked ``escalated`` (still no hold).
* ``safety.ack``: ``continue`` resumes through a calm, grounding scene; ``talk`` marks the alert
  so a facilitator reaches out; ``end`` closes the story warmly.

Nothing here depends on the network or an LLM. Alert text never reaches the logs.
"""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import Any

from tta_server.protocol.events import (
    ChoiceOut,
    CrisisResourcesOut,
    SafetyBreak,
    SafetyCheckin,
    SafetyCrisis,
    SafetyResolved,
    SessionEnded,
    SessionStarted,
)
from tta_server.protocol.messages import AlertOut, SafetyAlert
from tta_server.safety import Assessment
from tta_server.safety.resources import CountryResources, as_dict, as_text, checkin_text
from tta_server.store.base import Alert, NewEvent, now
from tta_server.world.schema import World
from tta_server.world.state import WorldState
from tta_server.world.views import guide_words

ALERTS_CHANNEL = "alerts"
"""Bus channel of live alerts: each message a ``safety.alert`` frame (:func:`alert_frame`)."""


class Choice(StrEnum):
    """The answers to a crisis check (``safety.ack``)."""

    CONTINUE = "continue"
    TALK = "talk"
    END = "end"


CHOICES: dict[Choice, str] = {
    Choice.CONTINUE: "I'm safe, continue",
    Choice.TALK: "I want to talk to a person",
    Choice.END: "End the session",
}

CRISIS_MESSAGE = (
    "What you just wrote sounds like you might be going through something really hard, maybe "
    "even in danger. That matters far more than the story, so the story is paused. You don't "
    "have to go through this alone: the people below are there to listen, right now, for free."
)
CRISIS_FOLLOW_UP = (
    "When you're ready, choose one of the options below. There is no wrong answer, and the "
    "story will wait for you."
)
CHECKIN_MESSAGE = (
    "Some of what you wrote sounded heavy. However you're feeling is welcome here. If it would "
    "help to talk to someone outside the game, the lines below are free and confidential."
)
#: The check-in for risk that built up over several messages (``safety.conversation``): it
#: lands on the message that completed the build-up, which may itself be light ("no they
#: can't, you're not a fake", said kindly to a character), so it says it is about them all.
CHECKIN_BUILDUP_MESSAGE = (
    "Taken together, a few of your last messages sounded heavy (not only this one). However "
    "you're feeling is welcome here. If it would help to talk to someone outside the game, the "
    "lines below are free and confidential."
)
TALK_MESSAGE = (
    "Thank you for saying so. We've asked a facilitator to reach out to you. If you feel in "
    "danger before they do, please use one of the lines below, or call {emergency}."
)
END_MESSAGE = (
    "This story is closed for now, and it will keep. Thank you for being honest about how you "
    "feel; that takes courage. If things get hard, the lines below are there day and night."
)
DISCLOSURE = (
    "This story is written by software, not by a person. It is a game for practising coping "
    "skills, not a replacement for care. If you are ever in danger, call {emergency} or use the "
    "crisis lines in the safety panel."
)
BREAK_MESSAGE = (
    "You've been playing for about {minutes} minutes. This is a good moment to stretch, have a "
    "drink of water and look at something far away. The story will be right here."
)


def started_event(
    world_id: str, world_title: str, character_name: str, resources: CountryResources
) -> NewEvent:
    """``session.started``: the story's opening, with the software notice and the emergency
    number of the character's country."""
    return NewEvent.of(
        SessionStarted(
            world_id=world_id,
            world_title=world_title,
            character_name=character_name,
            notice=DISCLOSURE.format(emergency=resources.emergency),
            emergency=resources.emergency,
        )
    )


def ended_event(message: str = END_MESSAGE) -> NewEvent:
    """``session.ended``: the story is closed (by the player's ``end``, unless ``message``
    says another reason)."""
    return NewEvent.of(SessionEnded(message=message))


def new_alert(
    assessment: Assessment,
    text: str,
    *,
    account_id: str,
    username: str,
    character_id: str,
    character_name: str,
    session_id: str,
    escalated: bool = False,
) -> Alert:
    """A durable alert for a ``concern`` or ``crisis`` verdict (the text is kept, not logged).
    ``escalated``: a concern that starts a build-up of risk over several messages
    (``safety/conversation.py``), raised to facilitators without holding the story."""
    return Alert(
        id=uuid.uuid4().hex,
        at=now(),
        account_id=account_id,
        username=username,
        character_id=character_id,
        character_name=character_name,
        session_id=session_id,
        level=assessment.level.value,
        category=None if assessment.category is None else assessment.category.value,
        reasons=assessment.reasons,
        text=text,
        escalated=escalated,
    )


def alert_out(alert: Alert) -> AlertOut:
    """An alert as facilitators receive it (``alerts.list``, ``safety.alert``)."""
    return AlertOut(
        id=alert.id,
        at=alert.at,
        username=alert.username,
        character_name=alert.character_name,
        session_id=alert.session_id,
        level=alert.level,
        category=alert.category,
        reasons=list(alert.reasons),
        text=alert.text,
        contact_requested=alert.contact_requested,
        escalated=alert.escalated,
        acked_by=alert.acked_by,
        acked_at=alert.acked_at,
        note=alert.note,
    )


def alert_frame(
    kind: str,
    alert: Alert,
    *,
    to: str | None = None,
    by: str | None = None,
    note: str | None = None,
) -> dict[str, Any]:
    """The ``safety.alert`` frame of an alert, as published on :data:`ALERTS_CHANNEL` and sent
    to subscribed facilitators (``to``, ``by`` and ``note`` with ``handed_over`` only)."""
    return SafetyAlert(kind=kind, alert=alert_out(alert), to=to, by=by, note=note).wire()


def _resources(resources: CountryResources) -> CrisisResourcesOut:
    return CrisisResourcesOut.model_validate(as_dict(resources))


def crisis_event(
    turn_id: str | None, assessment: Assessment, resources: CountryResources, alert_id: str
) -> NewEvent:
    """``safety.crisis``: the message, the lines (emergency first) and the three choices."""
    return NewEvent.of(
        SafetyCrisis(
            turn_id=turn_id,
            alert_id=alert_id,
            category=None if assessment.category is None else assessment.category.value,
            message=CRISIS_MESSAGE,
            emergency=resources.emergency,
            lines=as_text(resources),
            resources=_resources(resources),
            follow_up=CRISIS_FOLLOW_UP,
            choices=[ChoiceOut(id=c.value, label=label) for c, label in CHOICES.items()],
        )
    )


def checkin_event(
    turn_id: str,
    world: World,
    state: WorldState,
    resources: CountryResources,
    *,
    built_up: bool = False,
) -> NewEvent:
    """``safety.checkin``: the quieter panel for a ``concern``, in the guide's voice too (only
    when the guide is here or met: :func:`~tta_server.world.views.guide_words`). ``built_up``:
    the concern completed a build-up over several messages (:data:`CHECKIN_BUILDUP_MESSAGE`)."""
    return NewEvent.of(
        SafetyCheckin(
            turn_id=turn_id,
            message=CHECKIN_BUILDUP_MESSAGE if built_up else CHECKIN_MESSAGE,
            guide=guide_words(world, state, "check_in"),
            grounding=guide_words(world, state, "grounding"),
            emergency=resources.emergency,
            lines=checkin_text(resources),
            resources=_resources(resources),
        )
    )


def resolved_event(choice: Choice, resources: CountryResources) -> NewEvent:
    """``safety.resolved``: the player's answer, and what happens now (the lines after ``talk``
    and ``end`` only)."""
    message = {
        Choice.CONTINUE: "Welcome back. Let's go gently.",
        Choice.TALK: TALK_MESSAGE.format(emergency=resources.emergency),
        Choice.END: END_MESSAGE,
    }[choice]
    data = SafetyResolved(choice=choice.value, label=CHOICES[choice], message=message)
    if choice is not Choice.CONTINUE:
        data = data.model_copy(
            update={"lines": as_text(resources), "resources": _resources(resources)}
        )
    return NewEvent.of(data)


def break_event(minutes: int) -> NewEvent:
    """``safety.break``: a gentle reminder after a stretch of continuous play."""
    return NewEvent.of(SafetyBreak(minutes=minutes, message=BREAK_MESSAGE.format(minutes=minutes)))
