"""``tta-admin`` never prints a control sequence a player stored (issue 13, item 8): JSON output
escapes it (losing nothing), console output drops it, on every store."""

from __future__ import annotations

import json

from tests.test_admin import Admin, admin  # noqa: F401 - the fixture
from tta_server.admin.common import json_text, printable
from tta_server.store.base import Role, Store

NASTY = "calm\x1b[2J\x1b]0;owned\x07 \x9b2J \x7f end"


def test_printable_keeps_colours_and_drops_commands() -> None:
    assert printable("a\x1b[31mred\x1b[0m" + NASTY) == "a\x1b[31mred\x1b[0mcalm[2J]0;owned 2J  end"
    assert printable("half \ud800 pair") == "half \ufffd pair"
    doc = {"text": NASTY + " \ud800"}
    text = json_text(doc)
    assert json.loads(text) == doc
    assert not any(ch in text for ch in "\x1b\x07\x9b\x7f\ud800")


def test_player_export_on_stdout_holds_no_raw_control_character(admin: Admin) -> None:  # noqa: F811
    async def seed(store: Store) -> None:
        account = await store.create_account("alma", "hash", Role.PLAYER)
        await store.create_character(account.id, "Alma", {"backstory": NASTY}, 5)

    admin.in_store(seed)
    result = admin("player", "export", "alma")
    assert result.exit_code == 0, result.output
    assert not any(ch in result.stdout for ch in "\x1b\x07\x9b\x7f")
    exported = json.loads(result.stdout)
    assert exported["characters"][0]["character"]["backstory"] == NASTY  # nothing lost
