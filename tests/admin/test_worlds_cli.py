"""``tta-admin world validate``: every problem of every file, named, and the exit status."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.admin import cli
from tests.world.tiny import TINY
from tta_server.world import load_world, validate_file

SHIPPED = Path(__file__).resolve().parents[2] / "tta_server" / "data" / "worlds"

TINY_OK = (
    "(The Tiny Yard: 4 locations, 6 items, 1 character, 2 arc steps, "
    "skills: grounding, slow_breathing, asking_for_help)"
)

# The hut's only exit leads nowhere, and a second location takes the id "hut".
HUT_EXIT = 'exits = [{ dir = "w", to = "yard" }]'
SECOND_HUT = """
[[locations]]
id = "hut"
name = "Another hut"
descriptions = ["A shed.", "A shed again."]
exits = [{ dir = "s", to = "yard" }]
"""
# The keeper carries the stone that lies in the yard, and nothing leads to the island.
KEEPER = 'declines = "The keeper shakes her head: keep it."'
ISLAND = """
[[locations]]
id = "island"
name = "Island"
descriptions = ["Sea all round.", "Gulls."]
"""


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path, Path]:
    """(sound, broken exits and ids, broken places and reachability)."""
    assert TINY.count(HUT_EXIT) == 1 and TINY.count(KEEPER) == 1
    sound = write(tmp_path, "tiny.toml", TINY)
    exits = TINY.replace(HUT_EXIT, HUT_EXIT.replace('"yard"', '"nowhere-land"')) + SECOND_HUT
    places = TINY.replace(KEEPER, KEEPER + '\ncarries = ["stone"]') + ISLAND
    return sound, write(tmp_path, "exits.toml", exits), write(tmp_path, "places.toml", places)


def problem_lines(path: Path) -> list[str]:
    """What the validator says about ``path``, each line naming the file as given."""
    return [f"{path}: {p.removeprefix(path.name + ': ')}" for p in validate_file(path)]


def test_the_shipped_worlds_are_ok() -> None:
    paths = sorted(SHIPPED.glob("*.toml"))
    assert len(paths) >= 2
    result = cli("world", "validate", *map(str, paths))
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    expected = []
    for path in paths:
        world = load_world(path)
        expected.append(
            f"ok  {path} ({world.meta.title}: {len(world.locations)} locations, "
            f"{len(world.items)} items, {len(world.characters)} characters, "
            f"{len(world.arc.steps)} arc steps, skills: {', '.join(world.meta.skills)})"
        )
    assert result.stdout.splitlines() == [*expected, f"{len(paths)} file(s) ok, 0 with problems"]


def test_one_sound_file_gives_one_line(files: tuple[Path, Path, Path]) -> None:
    sound, _, _ = files
    result = cli("world", "validate", str(sound))
    assert result.exit_code == 0, result.output
    assert result.stdout == f"ok  {sound} {TINY_OK}\n"


def test_every_problem_of_every_file_is_printed(files: tuple[Path, Path, Path]) -> None:
    sound, exits, places = files
    result = cli("world", "validate", str(exits), str(sound), str(places))
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = result.stdout.splitlines()
    assert lines == [
        *problem_lines(exits),
        f"ok  {sound} {TINY_OK}",
        *problem_lines(places),
        "1 file(s) ok, 2 with problems",
    ]
    for problem in (
        f"{exits}: location 'hut' exit w: goes to unknown location 'nowhere-land'",
        f"{exits}: location 'hut': duplicate id: an earlier location uses it too",
        f"{places}: item 'stone': is in two places: at = 'yard' and character 'keeper'",
        f"{places}: location 'island': cannot be reached from the start 'yard' by any exit",
    ):
        assert problem in lines


def test_json_lists_each_file(files: tuple[Path, Path, Path]) -> None:
    sound, exits, _ = files
    result = cli("world", "validate", "--json", str(sound), str(exits))
    assert result.exit_code == 1, result.output
    assert json.loads(result.stdout) == [
        {"file": str(sound), "ok": True, "problems": []},
        {"file": str(exits), "ok": False, "problems": problem_lines(exits)},
    ]


def test_missing_and_unreadable_files_are_one_line_each(
    files: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    sound, _, _ = files
    absent = tmp_path / "absent.toml"
    garbled = write(tmp_path, "garbled.toml", "[world\nid = 1\n")
    result = cli("world", "validate", str(absent), str(tmp_path), str(garbled), str(sound))
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == f"{absent}: no such file"
    assert lines[1] == f"{tmp_path}: is a directory, not a world file"
    assert lines[2].startswith(f"{garbled}: cannot be read: ")
    assert lines[3:] == [f"ok  {sound} {TINY_OK}", "1 file(s) ok, 3 with problems"]


def test_no_files_is_a_usage_error() -> None:
    result = cli("world", "validate")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Missing argument" in result.stderr
