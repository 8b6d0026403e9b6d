"""``tta-admin world import`` and ``world list`` against every store."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_admin import Admin, admin  # noqa: F401 - the fixture
from tests.world.tiny import TINY


def test_import_is_idempotent_and_lists_what_the_store_holds(admin: Admin) -> None:  # noqa: F811
    empty = admin("world", "list")
    assert empty.exit_code == 0 and "no worlds imported yet" in empty.stdout
    first = admin("world", "import", "--json")
    assert first.exit_code == 0, first.output
    assert json.loads(first.stdout) == [
        {"id": "ember-library", "result": "created"},
        {"id": "lantern-coast", "result": "created"},
    ]
    again = admin("world", "import")
    assert again.exit_code == 0, again.output
    assert again.stdout.split("\n")[0].startswith("unchanged  ember-library  The Ember Library")
    listed = json.loads(admin("world", "list", "--json").stdout)
    assert [w["id"] for w in listed] == ["ember-library", "lantern-coast"]
    assert all(len(w["version"]) == 12 and "locations" in w["summary"] for w in listed)


def test_a_changed_file_updates_its_world(admin: Admin, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "tiny.toml"
    path.write_text(TINY, encoding="utf-8")
    assert "created" in admin("world", "import", str(path)).stdout
    path.write_text(TINY.replace("The Tiny Yard", "The Little Yard"), encoding="utf-8")
    result = admin("world", "import", str(path))
    assert result.exit_code == 0 and result.stdout.startswith("updated")
    assert "The Little Yard" in admin("world", "list").stdout


def test_a_broken_file_imports_nothing(admin: Admin, tmp_path: Path) -> None:  # noqa: F811
    good = tmp_path / "tiny.toml"
    good.write_text(TINY, encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(TINY.replace('id = "tiny"', 'id = "bad"').replace('to = "hut"', 'to = "x"'))
    result = admin("world", "import", str(good), str(bad))
    assert result.exit_code == 1
    assert "bad.toml" in result.stderr and "nothing was imported" in result.stderr
    assert "Traceback" not in result.output
    assert json.loads(admin("world", "list", "--json").stdout) == []


def test_the_worlds_dir_replaces_the_shipped_worlds(admin: Admin, tmp_path: Path) -> None:  # noqa: F811
    own = tmp_path / "our-worlds"
    own.mkdir()
    (own / "tiny.toml").write_text(TINY, encoding="utf-8")
    flag = admin("--worlds-dir", str(own), "world", "import", "--json")
    assert flag.exit_code == 0, flag.output
    assert json.loads(flag.stdout) == [{"id": "tiny", "result": "created"}]
    env = admin("world", "import", "--json", TTA_WORLDS_DIR=str(own))
    assert json.loads(env.stdout) == [{"id": "tiny", "result": "unchanged"}]
    missing = admin("--worlds-dir", str(tmp_path / "nowhere"), "world", "list")
    assert missing.exit_code == 2
    assert "setting 'worlds_dir' (TTA_WORLDS_DIR) is invalid" in missing.stderr
    assert [w["id"] for w in json.loads(admin("world", "list", "--json").stdout)] == ["tiny"]
