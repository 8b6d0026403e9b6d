"""``tta-admin session show`` records in the audit trail that it showed a transcript, as a
facilitator's reading of one is recorded; on both stores, with the data of test_ops_cli."""

from __future__ import annotations

import getpass

from tests.admin.test_ops_cli import ok_json, one_error_line, prepare
from tests.test_admin import Admin
from tests.test_admin import admin as admin  # the fixture
from tta_server.store.base import Action, Store


def actions(admin: Admin) -> list[Action]:
    """The audit trail, oldest first."""

    async def read(store: Store) -> list[Action]:
        return await store.list_actions(100)

    return list(reversed(admin.in_store(read)))


def test_session_show_records_who_read_which_transcript(admin: Admin) -> None:
    data = prepare(admin)
    assert actions(admin) == []

    doc = ok_json(admin, "session", "show", data.alma_session, "--events", "3", "--json")
    assert len(doc["events"]) == 3
    [read] = actions(admin)
    assert (read.actor, read.action, read.session_id, read.detail) == (
        f"admin-cli:{getpass.getuser()}",
        "read_transcript",
        data.alma_session,
        "tta-admin session show: last 3 event(s), shared with facilitators",
    )
    assert read.id and read.at > 0

    table = admin("session", "show", data.ben_session, LOGNAME="ops-ada", USER="ops-ada")
    assert table.exit_code == 0, table.output
    assert "wave" in table.stdout  # the player's words were shown
    [_, read] = actions(admin)
    assert (read.actor, read.action, read.session_id, read.detail) == (
        "admin-cli:ops-ada",
        "read_transcript",
        data.ben_session,
        "tta-admin session show: last 6 event(s), not shared",
    )


def test_session_show_records_nothing_when_it_shows_no_events(admin: Admin) -> None:
    data = prepare(admin)
    doc = ok_json(admin, "session", "show", data.alma_session, "--events", "0", "--json")
    assert doc["events"] == []
    missing = admin("session", "show", "nope")
    assert one_error_line(missing) == "tta-admin: no session has the id 'nope'"
    assert actions(admin) == []
