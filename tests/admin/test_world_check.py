"""``tta-admin world check``: validate, then prove a world can be finished; the shortest
solution, the dead ends with the way into them, and exit 1 on any problem."""

from __future__ import annotations

import json
from pathlib import Path

from tests.admin import cli
from tests.world.stuck import DARK_SHORE, LOCKED_IN, ONE_WAY
from tests.world.tiny import TINY, TINY_SOLUTION


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_sound_world_is_proven_with_its_shortest_solution(tmp_path: Path) -> None:
    path = write(tmp_path, "tiny.toml", TINY)
    result = cli("world", "check", str(path))
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0].startswith(
        f"ok  {path} (The Tiny Yard): can be finished from every state (68 states, "
    )
    assert lines[1] == "  shortest solution, 10 actions:"
    assert [line.split(". ", 1)[1] for line in lines[2:]] == TINY_SOLUTION
    assert lines[2] == "      1. take stone"


def test_a_soft_lock_is_shown_with_the_way_into_it(tmp_path: Path) -> None:
    sound = write(tmp_path, "tiny.toml", TINY)
    stuck = write(tmp_path, "pit.toml", ONE_WAY)
    result = cli("world", "check", str(sound), str(stuck))
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"ok  {sound} ")
    verdict = next(line for line in lines if line.startswith(f"{stuck}: "))
    assert verdict.startswith(
        f"{stuck}: can soft-lock: 23 reachable state(s) cannot reach the ending, 1 way(s) in ("
    )
    assert lines[-2:] == [
        "  dead end 1: stuck in 'pit' after 1 action (arc steps done: none):",
        "    go down",
    ]


def test_an_item_left_behind_is_shown_with_the_way_to_get_stuck(tmp_path: Path) -> None:
    path = write(tmp_path, "dark.toml", DARK_SHORE)
    result = cli("world", "check", str(path))
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith(
        f"{path}: can soft-lock: putting down 1 item(s) and walking away strands a player ("
    )
    assert lines[-2:] == [
        "  left behind 1: 'matches' put down where it cannot be fetched again;"
        " stuck in 'yard' after 6 actions:",
        "    go e; take matches; go w; go w; drop matches; go e",
    ]


def test_an_unwinnable_world_says_so(tmp_path: Path) -> None:
    path = write(tmp_path, "locked.toml", LOCKED_IN)
    result = cli("world", "check", str(path))
    assert result.exit_code == 1, result.output
    assert result.stdout.startswith(
        f"{path}: cannot be finished: no actions from the start reach the ending ("
    )
    assert len(result.stdout.splitlines()) == 1


def test_a_file_the_validator_rejects_is_not_searched(tmp_path: Path) -> None:
    broken = write(tmp_path, "broken.toml", TINY.replace('to = "hut"', 'to = "nowhere-land"', 1))
    result = cli("world", "check", str(broken), str(tmp_path / "missing.toml"))
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    assert any(line.startswith(f"{broken}: location 'yard'") for line in lines), lines
    assert lines[-1] == f"{tmp_path / 'missing.toml'}: no such file"
    assert not any("solution" in line or "states" in line for line in lines)


def test_hitting_the_bound_is_reported_not_proven(tmp_path: Path) -> None:
    path = write(tmp_path, "tiny.toml", TINY)
    result = cli("world", "check", "--max-states", "30", str(path))
    assert result.exit_code == 1, result.output
    assert result.stdout.startswith(
        f"{path}: not proven: the search stopped at --max-states 30 (30 states, "
    )
    lines = result.stdout.splitlines()
    assert lines[0].endswith("; raise it to search further")
    # Some solution is still found, by a search that tries the states furthest along first.
    assert lines[1] == f"  a solution (maybe not the shortest), {len(lines) - 2} actions:"


def test_json(tmp_path: Path) -> None:
    sound = write(tmp_path, "tiny.toml", TINY)
    stuck = write(tmp_path, "pit.toml", ONE_WAY)
    result = cli("world", "check", "--json", str(sound), str(stuck))
    assert result.exit_code == 1, result.output
    docs = json.loads(result.stdout)
    assert [(d["file"], d["ok"], d["complete"]) for d in docs] == [
        (str(sound), True, True),
        (str(stuck), False, True),
    ]
    assert docs[0]["solution"] == TINY_SOLUTION and docs[0]["dead_ends"] == []
    assert docs[0]["shortest"] is True
    assert docs[1]["dead_ends"] == [
        {"location": "pit", "steps_done": [], "entries": 23, "path": ["go down"]}
    ]
    assert docs[1]["stuck_states"] == 23 and docs[1]["left_behind"] == []
