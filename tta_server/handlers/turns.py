"""The ``turn`` handler: a story turn (screen, then the pipeline, then the append), one of the
standard commands of :mod:`tta_server.game_commands` (recognised after the safety screen), a
crisis answer, and a late verdict of the contextual step acted on."""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import replace
from typing import TYPE_CHECKING

from tta_server import checkin_panel, contextual_step, crisis_response, game_commands
from tta_server.game import CHECK_IN, Live, said_window
from tta_server.handlers.common import FIX_FIELDS, ended, not_found
from tta_server.handlers.sessions import live_of_loaded, load
from tta_server.pipeline import meta
from tta_server.pipeline.meta import Command, Meta
from tta_server.pipeline.play import play
from tta_server.protocol import messages as m
from tta_server.protocol import replies as r
from tta_server.protocol.errors import UNAVAILABLE_RETRY_S, ErrorCode, FieldError, ProtocolError
from tta_server.protocol.events import EventType, SafetyCrisis
from tta_server.safety import Assessment, Category, Level, classify, conversation
from tta_server.safety.resources import as_text
from tta_server.safety.strain import everyday_distress
from tta_server.store import is_outage
from tta_server.store.base import (
    Alert,
    AppendResult,
    Event,
    HoldWrite,
    NotFound,
    SessionNotActive,
    SessionOnHold,
    StaleState,
)

if TYPE_CHECKING:
    from tta_server.handlers.context import Conn

log = logging.getLogger(__name__)


async def turn(conn: Conn, req: m.Turn) -> r.TurnOk:
    app = conn.app
    if conn.session_id is None:
        raise ProtocolError(
            ErrorCode.NO_SESSION,
            "Start or resume a story first (session.start or session.resume).",
        )
    text = req.text.strip()
    limit = app.settings.turn_text_max_chars
    if not text:
        raise ProtocolError(
            ErrorCode.INVALID_FIELDS,
            FIX_FIELDS,
            [FieldError("text", "Write what your character does or says.")],
        )
    if len(text) > limit:
        raise ProtocolError(
            ErrorCode.INVALID_FIELDS,
            FIX_FIELDS,
            [FieldError("text", f"Keep a turn to {limit} characters (this one has {len(text)}).")],
        )
    single = classify(text)  # before anything else touches the text
    if conn.live is not None:  # the model's crisis on self-criticism the game asked for
        single = contextual_step.answer_capped(conn.live.world, conn.live.state, text, single)
    owner = conn.account.id if conn.account is not None else conn.id  # the pool's share
    single, late = await contextual_step.raise_verdict(app, conn.live, text, single, owner)
    session_id = conn.session_id
    handled = single.level
    # what the played turn was, for a late verdict's check-in panel (set when played)
    read: list[checkin_panel.Turn] | None = [] if late is not None else None
    try:
        if single.level is not Level.CRISIS:
            done = await _turn(conn, req, text, single, session_id, read)
        else:
            try:  # a person in crisis does not wait on a database: the lines go out within seconds
                async with asyncio.timeout(CRISIS_BUDGET_S):
                    done = await _turn(conn, req, text, single, session_id, read)
            except Exception as exc:
                if is_outage(exc):  # TimeoutError included
                    raise _crisis_without_store(conn) from exc
                raise
        handled = Level(done.safety)
        return done
    finally:
        if late is not None and app.contextual is not None:
            app.contextual.follow(
                late,
                handled,
                lambda raised: late_verdict(
                    conn, session_id, text, req.turn_id, raised, turn=read[0] if read else None
                ),
            )


def _crisis_without_store(conn: Conn) -> ProtocolError:
    """A crisis message while the store does not answer: the crisis lines cannot wait for it,
    so they go in the error itself (every client shows an error's message). Nothing local
    depends on the store: the lines are in memory, the country is the one last seen."""
    country = conn.live.country if conn.live is not None else None
    lines = as_text(conn.app.resources.for_country(country))
    return ProtocolError(
        ErrorCode.UNAVAILABLE,
        crisis_response.CRISIS_MESSAGE
        + "\n\n"
        + "\n".join(lines)
        + "\n\n(Our database did not answer in time, so the story may not have been paused, "
        "nor a facilitator told; please reach out to the people above.)",
        retry_after=UNAVAILABLE_RETRY_S,
    )


async def _turn(
    conn: Conn,
    req: m.Turn,
    text: str,
    single: Assessment,
    session_id: str,
    read: list[checkin_panel.Turn] | None = None,
) -> r.TurnOk:
    app = conn.app
    async with app.turn_in_flight():
        live = await live_of(conn, session_id)
        recent = await _said(conn, session_id, live)
        command, played, single = await _command(conn, session_id, live, text, single)
        at = time.time()
        assessment = conversation.assess(played, single, recent, now=at)
        escalated = conversation.escalates(assessment, recent, now=at)
        app.metrics.safety(assessment.level.value)
        if assessment.level is Level.CRISIS:
            result = await crisis(conn, session_id, played, req.turn_id, assessment)
        elif command is not None and assessment.level is Level.NONE:
            result = await _command_turn(conn, session_id, text, req.turn_id, command)
        else:
            result = await _play_turn(
                conn,
                session_id,
                played,
                req.turn_id,
                assessment,
                escalated=escalated,
                typed=text,
                read=read,
            )
        if result.replayed and not _same_turn(result.events, text, assessment.level):
            if assessment.level is not Level.CRISIS:
                raise _turn_id_reused(req.turn_id)
            # a crisis is never lost to a client's id mix-up: recorded without an id
            result = await crisis(conn, session_id, text, None, assessment)
        if not result.replayed and not _not_a_message(conn, live, text, assessment.level):
            _remember(conn, text, assessment, result.events[0].at)
        await conn.deliver(result.events)
    return r.TurnOk(
        turn_id=req.turn_id,
        first_seq=result.events[0].seq,
        last_seq=result.events[-1].seq,
        replayed=result.replayed,
        safety=assessment.level.value,
    )


async def _command(
    conn: Conn, session_id: str, live: Live, text: str, single: Assessment
) -> tuple[Meta | None, str, Assessment]:
    """The standard command ``text`` is (``pipeline/meta.py``), the text to screen and play,
    and its single-message verdict. ``again`` and ``oops`` become the story command they
    stand for, screened again (it may say more than the word typed); a ``yes`` or ``no`` is
    the answer to ``restart``'s question while it waits. Anything the screen rated above
    ``none`` is played as a story turn, never as a command, so its check-in is never skipped."""
    if single.level is not Level.NONE:
        return None, text, single
    command = meta.recognise(text, conn.app.game.verbs(live.world))
    if command is None and live.asking == game_commands.RESTART:
        yes = meta.answer(text)
        if yes is not None:
            return Meta(Command.RESTART, "yes" if yes else "no"), text, single
    if command is None or command.command not in (Command.AGAIN, Command.OOPS):
        return command, text, single
    if live.last_command is None:
        await _last_command(conn, session_id, live)
    played = _stands_for(conn, live, command)
    if played is None:
        return command, text, single  # nothing to repeat or mend: game_commands says so
    verdict = classify(played)
    return None, played, verdict if verdict.level is not Level.NONE else single


async def _last_command(conn: Conn, session_id: str, live: Live) -> None:
    """After a resume or reload: the last story command from the session's log, when the
    player's newest words there are one (not a standard command, whose meaning the log does
    not keep), with whether the world refused it."""
    found = await conn.app.store.read_events_before(
        session_id, 2**62, 2, ("turn.input", "narrative.end")
    )
    if len(found) < 2 or found[1].type != "turn.input" or found[0].type != "narrative.end":
        return
    said, end = found[1].read_data(), found[0].read_data()
    if not isinstance(said, m.TurnInput) or not isinstance(end, m.NarrativeEnd):
        return
    if said.turn_id != end.turn_id or meta.recognise(said.text) is not None:
        return
    live.last_command, live.last_refused = said.text, not end.ok


def _stands_for(conn: Conn, live: Live, command: Meta) -> str | None:
    """The story command ``again`` repeats, or ``oops WORD`` mends (None: there is none)."""
    last = live.last_command
    if last is None:
        return None
    if command.command is Command.AGAIN:
        return last
    if not live.last_refused or not command.arg:
        return None
    world, state = live.world, live.state
    known = conn.app.game.known_words(world)
    return meta.oops(last, command.arg, lambda t: play(world, state, t).changed, known)


def _same_turn(recorded: list[Event], text: str, level: Level) -> bool:
    """Whether a turn recorded under the same ``turn_id`` is this one (a retry): the same
    text, or, for a crisis (whose text the log does not keep), a crisis again."""
    first = recorded[0]
    if first.type == "safety.crisis":
        return level is Level.CRISIS
    said = [d for d in (e.read_data() for e in recorded) if isinstance(d, m.TurnInput)]
    return not said or said[0].text == text


def _turn_id_reused(turn_id: str) -> ProtocolError:
    return ProtocolError(
        ErrorCode.TURN_ID_REUSED,
        "This story already has a different message under this turn id; nothing was done. "
        "Send the message again with a new turn_id.",
        [FieldError("turn_id", f"{turn_id!r} was used for another message in this session.")],
    )


CRISIS_BUDGET_S = 3.0
"""Seconds a crisis turn may spend on the stores before the player gets the crisis lines in
an ``unavailable`` error instead (see :func:`_crisis_without_store`)."""

SAID_TYPES = ("turn.input", "safety.crisis")
"""The events that record what the player said (a played turn) or that a message was a crisis
(its words are kept in the alert, not in the log)."""


async def _said(conn: Conn, session_id: str, live: Live) -> list[conversation.Recent]:
    """The session's recent player messages, oldest first, for the conversation-level screen:
    what this process remembers, or, after a resume or reload, what the session's log holds
    (nothing is stored for this beyond the log)."""
    if live.said is None:
        try:
            found = await conn.app.store.read_events_before(
                session_id, 2**62, conversation.WINDOW_MESSAGES * SAID_READ_FACTOR, SAID_TYPES
            )
        except Exception:  # the single message's verdict must still be acted on
            log.warning(
                "conversation screen: the session's log could not be read; "
                "screening this message alone",
                exc_info=True,
            )
            return []
        said = said_window()
        for e in reversed(found):
            recent = _recent_of(e)
            if not _not_a_message(conn, live, recent.text, recent.level):
                said.append(recent)
        live.said = said
    return list(live.said)


SAID_READ_FACTOR = 4
"""Events read per message the conversation screen counts, after a resume: standard commands
in the log are passed over (:func:`_not_a_message`), so more are read than are kept."""


def _not_a_message(conn: Conn, live: Live, text: str, level: Level) -> bool:
    """Whether a recorded input is a standard command (``undo``, ``score``, ``again``, ...)
    that the screen rated ``none``: not something the player said, so the conversation screen
    does not count it, and typing commands never pushes earlier distress out of its window."""
    return level is Level.NONE and meta.recognise(text, conn.app.game.verbs(live.world)) is not None


def _recent_of(e: Event) -> conversation.Recent:
    data = e.read_data()
    if isinstance(data, SafetyCrisis):
        category = data.category or ""
        known = category in {c.value for c in Category}
        return conversation.Recent("", Level.CRISIS, Category(category) if known else None, e.at)
    text = data.text if isinstance(data, m.TurnInput) else ""
    verdict = classify(text)  # a played message: its own verdict was below crisis
    level = Level.CONCERN if verdict.level is Level.CRISIS else verdict.level
    return conversation.Recent(text, level, verdict.category, e.at)


def _remember(conn: Conn, text: str, verdict: Assessment, at: float) -> None:
    """Add a recorded message to what this connection's playthrough remembers (not when the
    playthrough was reloaded meanwhile: it reads the log again, this message included)."""
    live = conn.live
    if live is not None and live.said is not None:
        saved = "" if verdict.level is Level.CRISIS else text  # as the log holds it
        live.said.append(conversation.Recent(saved, verdict.level, verdict.category, at))


async def live_of(conn: Conn, session_id: str) -> Live:
    """The playthrough this connection drives (loaded from the store when not held)."""
    if conn.live is None:
        conn.live = live_of_loaded(conn, await load(conn, session_id))
    return conn.live


def _alert(
    conn: Conn,
    live: Live,
    session_id: str,
    text: str,
    a: Assessment,
    *,
    escalated: bool = False,
) -> Alert:
    assert conn.account is not None
    return crisis_response.new_alert(
        a,
        text,
        escalated=escalated,
        account_id=conn.account.id,
        username=conn.account.username,
        character_id=live.character_id,
        character_name=live.persona.name,
        session_id=session_id,
    )


async def crisis(
    conn: Conn, session_id: str, text: str, turn_id: str | None, assessment: Assessment
) -> AppendResult:
    """Pause the story: resources and choices for the player, an alert for facilitators.
    The text is not played and the world does not change."""
    app = conn.app
    live = await live_of(conn, session_id)
    alert = _alert(conn, live, session_id, text, assessment)
    resources = app.resources.for_country(live.country)
    event = crisis_response.crisis_event(turn_id, assessment, resources, alert.id)
    try:
        result = await app.store.append_events(
            session_id, [event], turn_id=turn_id, alert=alert, hold=HoldWrite(alert)
        )
    except NotFound:
        raise not_found("session", "session_id") from None
    except SessionNotActive:
        raise ended() from None
    if not result.replayed:
        live.hold = alert.id
        live.asking = None  # a question asked before (restart?) is not answered after this
        await app.hub.publish_alert("alert", alert)
    return result


async def late_verdict(
    conn: Conn,
    session_id: str,
    text: str,
    turn_id: str,
    raised: Assessment,
    *,
    turn: checkin_panel.Turn | None = None,
) -> None:
    """Act on the contextual signal's verdict on ``text`` that came after its turn was played
    (``ContextualPool.follow``: only one more urgent than the turn's own): a crisis holds the
    story and alerts facilitators as a crisis turn does (``safety.crisis``); a concern adds a
    check-in (``safety.checkin``) and a concern alert. Both events carry the ``turn_id`` of the
    turn the verdict is about (they are not part of that turn's record). They go to the
    player now when this connection still plays ``session_id``, else they wait in the log.
    Nothing is written to a story that has ended meanwhile (logged). ``turn``: what the played
    turn was; a concern :mod:`~tta_server.checkin_panel` spares then gets its alert and no
    check-in, as it would have in time."""
    app = conn.app
    app.metrics.contextual.labels(LATE).inc()
    here = conn.session_id == session_id and conn.live is not None
    try:
        if here:
            live = await live_of(conn, session_id)
        else:
            live = live_of_loaded(conn, await load(conn, session_id))
    except ProtocolError:
        log.warning("a late contextual %s for a story that is gone", raised.level.value)
        return
    crisis_now = raised.level is Level.CRISIS
    if crisis_now and live.hold is not None:
        return  # already held for a crisis: its alert stands
    alert = _alert(conn, live, session_id, text, raised)
    resources = app.resources.for_country(live.country)
    if crisis_now:
        events = [crisis_response.crisis_event(turn_id, raised, resources, alert.id)]
    elif checkin_panel.spared(
        text, raised, turn, strain_panel=app.settings.checkin_panel_on_strain_answers
    ) or await _panel_shown_lately(conn, session_id, text, raised, turn):
        events = []  # the alert alone: the story's own business, or a panel shown lately
    else:
        events = [crisis_response.checkin_event(turn_id, live.world, live.state, resources)]
        live.asking = CHECK_IN  # the panel asks how the player is: the next words answer it
    try:
        result = await app.store.append_events(
            session_id, events, alert=alert, hold=HoldWrite(alert) if crisis_now else None
        )
    except (NotFound, SessionNotActive):
        log.warning("a late contextual %s for a story that has ended", raised.level.value)
        return
    if crisis_now:
        live.hold = alert.id
        live.asking = None
    if live.said is not None:  # the conversation screen counts it at its level from now on
        saved = "" if crisis_now else text
        live.said.append(conversation.Recent(saved, raised.level, raised.category, time.time()))
    await app.hub.publish_alert("alert", alert)
    if conn.session_id == session_id and result.events:
        await conn.deliver(result.events)


async def _panel_shown_lately(
    conn: Conn,
    session_id: str,
    text: str,
    verdict: Assessment,
    turn: checkin_panel.Turn | None,
) -> bool:
    """Whether ``verdict`` on ``text`` is a concern of everyday distress
    (``strain.everyday_distress``: grief, loneliness, worry, a low week; no hopelessness,
    worthlessness or word of a graver cell) and the story showed a check-in panel less than
    ``checkin_panel_quiet_s`` ago (its last ``safety.checkin`` in the log): then it gets its
    alert and no second panel. Anything else, or a log that cannot be read, keeps the panel;
    so does an answer to the guide's check-in (``turn``) when the operator keeps the panel for
    those (``checkin_panel_on_strain_answers``)."""
    settings = conn.app.settings
    quiet = settings.checkin_panel_quiet_s
    if quiet <= 0 or not everyday_distress(text, verdict):
        return False
    if settings.checkin_panel_on_strain_answers and turn is not None and turn.guide_asked:
        return False
    try:
        last = await conn.app.store.read_events_before(
            session_id, 2**62, 1, (EventType.SAFETY_CHECKIN,)
        )
    except Exception:  # the panel is shown rather than the turn failing
        log.warning("check-in panel: the session's log could not be read", exc_info=True)
        return False
    return bool(last) and time.time() - last[0].at < quiet


LATE = "late"
"""The ``outcome`` counted (``tta_safety_contextual_total``) when a late answer is acted on, on
top of the ``timeout`` counted when the turn went on without it."""


async def _play_turn(
    conn: Conn,
    session_id: str,
    text: str,
    turn_id: str,
    assessment: Assessment,
    *,
    escalated: bool = False,
    typed: str | None = None,
    read: list[checkin_panel.Turn] | None = None,
) -> AppendResult:
    """Play a turn and record it (``typed``: what the player wrote, when ``text`` is what it
    stands for: ``again``, ``oops``); when another process saved the world first, or the story
    was held or paused meanwhile, reload and play it again (once), so no turn is applied to a
    stale world or goes past a pause. ``escalated``: a concern that starts a build-up of risk
    over several messages; its alert says so (no hold). ``read``: filled with what the played turn
    was (:class:`~tta_server.checkin_panel.Turn`), for a late verdict of the contextual
    signal. Whether a concern gets the check-in panel: :func:`checkin_panel.spared`."""
    app = conn.app
    concern = assessment.level is Level.CONCERN
    for attempt in (1, 2):
        live = await live_of(conn, session_id)
        _refuse_if_held(live)
        played = await app.game.turn(live, text, turn_id, gentle=concern, typed=typed)
        events = played.events
        turn = (
            checkin_panel.read_turn(live, text, played.played)
            if concern or read is not None
            else None
        )
        if read is not None and turn is not None:
            read[:] = [turn]
        alert = (
            _alert(conn, live, session_id, text, assessment, escalated=escalated)
            if concern
            else None
        )
        strain_panel = app.settings.checkin_panel_on_strain_answers
        panel = alert is not None and (
            escalated or not checkin_panel.spared(text, assessment, turn, strain_panel=strain_panel)
        )
        if (
            panel
            and not escalated
            and await _panel_shown_lately(conn, session_id, text, assessment, turn)
        ):
            panel = False  # everyday distress again soon after a panel: the alert alone
        if panel:
            resources = app.resources.for_country(live.country)
            events = [
                events[0],
                crisis_response.checkin_event(
                    turn_id, live.world, live.state, resources, built_up=escalated
                ),
                *events[1:],
            ]
        elif alert is not None and turn is not None and turn.guide_asked:
            played = replace(played, asking=None)  # no panel asks again: the answer was heard
        if conn.next_break is not None and time.monotonic() >= conn.next_break:
            interval = app.settings.break_reminder_s
            conn.next_break = time.monotonic() + interval
            events = [*events, crisis_response.break_event(max(1, round(interval / 60)))]
        try:
            result = await app.store.append_events(
                session_id, events, turn_id=turn_id, state=played.write, alert=alert
            )
        except NotFound:
            raise not_found("session", "session_id") from None
        except SessionNotActive:
            raise ended() from None
        except (StaleState, SessionOnHold):
            # Someone else saved the world, or held or paused the story, since this copy was
            # read (a facilitator's pause whose poke has not arrived yet): read it again, then
            # play again or say why not.
            conn.live = None
            if attempt == 2:
                raise
            continue
        if not result.replayed:
            app.game.commit(live, played, text)
            if alert is not None:
                await app.hub.publish_alert("alert", alert)
        return result
    raise AssertionError("unreachable")  # pragma: no cover


def _refuse_if_held(live: Live) -> None:
    """Refuse a turn while the story is held for a safety check or paused by a facilitator."""
    if live.hold is not None:
        raise ProtocolError(
            ErrorCode.SAFETY_HOLD,
            "The story is paused until you answer the safety check: choose "
            + ", ".join(f"'{label}'" for label in crisis_response.CHOICES.values())
            + ".",
        )
    if live.paused is not None:
        raise ProtocolError(
            ErrorCode.SESSION_PAUSED,
            "A facilitator has paused your story for a moment. It will go on when they "
            "resume it; you will see a note in the story.",
        )


async def _command_turn(
    conn: Conn, session_id: str, text: str, turn_id: str, command: Meta
) -> AppendResult:
    """Play a standard command (``game_commands``) and record it like a turn: the same hold
    and pause rules, the same reload and retry when another process saved first."""
    app = conn.app
    saves = game_commands.Saves(app.store, session_id, app.settings.save_slots_max)
    for attempt in (1, 2):
        live = await live_of(conn, session_id)
        _refuse_if_held(live)
        try:
            result = await game_commands.command_turn(app.game, live, command, text, turn_id, saves)
            appended = await app.store.append_events(
                session_id, result.events, turn_id=turn_id, state=result.write
            )
        except NotFound:
            raise not_found("session", "session_id") from None
        except SessionNotActive:
            raise ended() from None
        except (StaleState, SessionOnHold):
            conn.live = None  # read it again, then play again or say why not
            if attempt == 2:
                raise
            continue
        if not appended.replayed:
            app.game.commit(live, result, text)
        return appended
    raise AssertionError("unreachable")  # pragma: no cover
