"""The standard commands played against a playthrough (tta_server/game_commands.py), with the
built-in narrator; saves go to a real embedded store (tests/wire covers both stores)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest

from tests.narrative.scenes import MARA, world
from tta_server.game import Game, Live, TurnResult, moment_of
from tta_server.game_commands import RESTART, Saves, command_turn
from tta_server.narrative.default import DefaultNarrator
from tta_server.pipeline.meta import Command, Meta, recognise
from tta_server.store.base import NewEvent, Role, StateWrite, Store
from tta_server.store.sqlite import SqliteStore
from tta_server.world import WorldState, new_state
from tta_server.world_catalogue import graph_of, record_of


@pytest.fixture
async def saves(tmp_path: Path) -> AsyncIterator[Saves]:
    """A session of Lantern Coast in an embedded store, with at most two save slots."""
    store: Store = SqliteStore(tmp_path)
    await store.open()
    w = world("lantern_coast")
    record = record_of(w)
    await store.import_world(record, graph_of(w))
    acc = await store.create_account("mara", "h", Role.PLAYER)
    ch = await store.create_character(acc.id, "Mara", {}, 5)
    start = StateWrite(new_state(w).model_dump(mode="json"), 0, record.version)
    session, _ = await store.create_session(
        acc.id, ch.id, w.id, [NewEvent("session.started")], start
    )
    yield Saves(store, session.id, 2)
    await store.close()


async def _game(depth: int = 10) -> tuple[Game, Live]:
    w = world("lantern_coast")
    version = record_of(w).version
    game = Game({w.id: w}, {w.id: version}, DefaultNarrator(), undo_depth=depth)
    return game, Live(w, version, new_state(w), 1, MARA)


def _text(result: TurnResult) -> str:
    return "\n\n".join(e.data["text"] for e in result.events if e.type == "narrative.chunk")


async def _play(game: Game, live: Live, text: str) -> TurnResult:
    result = await game.turn(live, text, f"t-{text}")
    Game.commit(live, result, text)
    return result


async def _command(game: Game, live: Live, text: str, saves: Saves) -> TurnResult:
    command = recognise(text)
    if command is None and live.asking == RESTART:
        command = Meta(Command.RESTART, "yes" if text == "yes" else "no")
    assert command is not None, text
    result = await command_turn(game, live, command, text, f"t-{text}", saves)
    Game.commit(live, result, text)
    return result


def _world(state: WorldState) -> dict[str, object]:
    """A state without the narrator's memory of what it said (which never steps back)."""
    return state.model_dump(exclude={"told"})


async def test_undo_goes_back_one_change_at_a_time_and_says_what(saves: Saves) -> None:
    game, live = await _game()
    await _play(game, live, "go inside")
    await _play(game, live, "take the moon")  # refused: nothing to undo for it
    await _play(game, live, "leave")
    assert live.state.location == "quay" and len(live.undo) == 2
    result = await _command(game, live, "undo", saves)
    assert "You take back \u201cleave\u201d" in _text(result)
    assert result.events[0].type == "turn.input" and result.events[0].data["text"] == "undo"
    assert result.write is not None and result.write.state["location"] == "tea-hut"
    assert live.state.location == "tea-hut" and len(live.undo) == 1
    summary = result.events[-1].data["summary"]
    assert summary["location_id"] == "tea-hut"
    told = len(live.state.told)
    await _command(game, live, "undo", saves)
    assert _world(live.state) == _world(new_state(live.world)) and live.undo == []
    assert len(live.state.told) == told + 1  # the story steps back; what was said stays said
    nothing = await _command(game, live, "undo", saves)
    assert "nothing to take back" in _text(nothing) and nothing.write is None
    assert nothing.events[-1].data["ok"] is False


async def test_undo_keeps_only_undo_depth_moments_and_zero_turns_it_off(saves: Saves) -> None:
    game, live = await _game(depth=2)
    for text in ("go inside", "leave", "e", "w"):
        await _play(game, live, text)
    assert [moment_of(u)[0] for u in live.undo] == ["e", "w"]
    off, live_off = await _game(depth=0)
    await _play(off, live_off, "go inside")
    assert live_off.undo == []
    result = await _command(off, live_off, "undo", saves)
    assert "turned off" in _text(result) and result.write is None


async def test_a_skill_undone_and_practised_again_counts_once(saves: Saves) -> None:
    game, live = await _game()
    for text in ("go inside", "ask Rue what's happened to the lighthouse", "ask rue for help"):
        await _play(game, live, text)
    assert live.state.skills == {"asking_for_help": 1}
    for _ in range(3):
        await _command(game, live, "undo", saves)
        await _play(game, live, "ask rue for help")
    assert live.state.skills == {"asking_for_help": 1}
    score = _text(await _command(game, live, "score", saves))
    assert "asking for help once" in score and "of the" in score and "Turns taken: 3" in score


async def test_score_lists_no_skills_with_quiet_coaching(saves: Saves) -> None:
    # tui36: the client hides the skills practised for a player who asked for quiet coaching;
    # the server's score said them all the same.
    game, live = await _game()
    live.persona = replace(MARA, quiet_coaching=True)
    for text in ("go inside", "ask Rue what's happened to the lighthouse", "ask rue for help"):
        await _play(game, live, text)
    assert live.state.skills == {"asking_for_help": 1}
    score = _text(await _command(game, live, "score", saves))
    assert "of the" in score and "Turns taken: 3" in score
    assert "asking for help" not in score and "skills" not in score


async def test_restart_asks_first_and_only_yes_starts_again(saves: Saves) -> None:
    game, live = await _game()
    await _play(game, live, "go inside")
    asked = await _command(game, live, "restart", saves)
    assert "Type yes" in _text(asked) and asked.write is None and live.asking == RESTART
    declined = await _command(game, live, "no", saves)
    assert "carries on" in _text(declined) and live.asking is None
    assert live.state.location == "tea-hut"
    await _command(game, live, "restart", saves)
    await _play(game, live, "look")  # anything else carries on and forgets the question
    assert live.asking is None and live.state.location == "tea-hut"
    await _command(game, live, "restart", saves)
    restarted = await _command(game, live, "yes", saves)
    assert _text(restarted).startswith("You begin again.")
    assert _world(live.state) == _world(new_state(live.world))
    assert moment_of(live.undo[-1])[0] == "restart"  # a restart can be undone
    await _command(game, live, "undo", saves)
    assert live.state.location == "tea-hut"


async def test_brief_names_places_come_back_to_and_verbose_describes_them(
    saves: Saves,
) -> None:
    game, live = await _game()
    await _play(game, live, "go inside")
    full = _text(await _play(game, live, "leave"))
    await _play(game, live, "go inside")
    result = await _command(game, live, "brief", saves)
    assert result.write is not None and result.write.brief and live.brief
    short = _text(await _play(game, live, "leave"))
    assert len(short) < len(full)
    assert not any(d in short for d in live.world.location("quay").descriptions)  # type: ignore[union-attr]
    looked = _text(await _play(game, live, "look"))
    assert any(d in looked for d in live.world.location("quay").descriptions)  # type: ignore[union-attr]
    await _command(game, live, "verbose", saves)
    assert not live.brief


async def test_save_restore_and_the_cap(saves: Saves) -> None:
    game, live = await _game()
    await _play(game, live, "go inside")
    saved = await _command(game, live, "save hut", saves)
    assert "Saved as \u201chut\u201d" in _text(saved) and saved.write is None
    await _play(game, live, "leave")
    restored = await _command(game, live, "restore HUT", saves)
    assert "You return to the moment saved as \u201chut\u201d" in _text(restored)
    assert live.state.location == "tea-hut" and moment_of(live.undo[-1])[0] == "restore hut"
    await _command(game, live, "save", saves)
    full = await _command(game, live, "save third", saves)
    assert "already has 2 saves" in _text(full) and "hut" in _text(full)
    bad = await _command(game, live, "save <x>", saves)
    assert "letters, numbers" in _text(bad) and bad.events[-1].data["ok"] is False
    listed = _text(await _command(game, live, "saves", saves))
    assert "\u201chut\u201d" in listed and "\u201cmain\u201d" in listed
    which = _text(await _command(game, live, "restore", saves))
    assert "Which save?" in which
    missing = _text(await _command(game, live, "restore nowhere", saves))
    assert "no save by that name" in missing


async def test_quit_explains_how_to_leave_and_changes_nothing(saves: Saves) -> None:
    game, live = await _game()
    result = await _command(game, live, "quit", saves)
    assert "Escape" in _text(result) and "F10" in _text(result) and result.write is None


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("How do I save?", "type save"),
        ("how do I save my game?", "type save"),  # newcomer 16, asked of Rue
        ("ok how can i save the game", "type save"),
        ("how do i load my game", "restore NAME"),
        ("how do I undo that?", "Type undo"),
        ("how do i quit", "Escape"),
    ],
)
async def test_how_to_use_a_command_is_answered_whoever_is_here(
    saves: Saves, text: str, says: str
) -> None:
    game, live = await _game()
    await _play(game, live, "go into the tea hut")
    assert live.state.location == "tea-hut"  # Rue is here, and does not know
    told = _text(await _command(game, live, text, saves))
    assert says in told and "Rue" not in told, told


def test_how_to_save_the_gull_is_the_story_s_own_save() -> None:
    assert recognise("how do i save", {"save"}) is None
    assert recognise("how do i save the boats?") is None


async def test_undo_names_the_moves_after_it_that_changed_nothing(saves: Saves) -> None:
    """Newcomer corpus 31: "undo" took back "stroke skipper" from three inputs earlier, not
    the whistle just played, and did not say why (the whistle and the ball changed nothing)."""
    game, live = await _game()
    await _play(game, live, "go inside")
    await _play(game, live, "take the moon")
    await _play(game, live, "xyzzy")
    result = await _command(game, live, "undo", saves)
    said = _text(result)
    assert "You take back \u201cgo inside\u201d, the last move that changed anything" in said
    assert "\u201ctake the moon\u201d and \u201cxyzzy\u201d after it changed nothing" in said
    assert live.state.location == new_state(live.world).location and live.unchanged == []
    await _play(game, live, "go inside")
    plain = _text(await _command(game, live, "undo", saves))
    assert "You take back \u201cgo inside\u201d: the story steps back" in plain
