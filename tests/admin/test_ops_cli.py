"""``tta-admin session|alerts|stats|player|broadcast`` against both stores, run for real.

The store commands run in-process (the ``admin`` fixture of tests/test_admin.py) on a small data
set written with the store directly: alma plays an active session held for a crisis alert, ben
played one that ended and has an acknowledged concern alert, fran is a facilitator, root an
admin. ``broadcast`` and ``session kick`` talk to a server running in this test's event loop, so
they run as the installed console script in a subprocess.
"""

from __future__ import annotations

import asyncio
import json
import os
import stat
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner
from websockets.exceptions import ConnectionClosed

from tests.conftest import NO_FLOOD_LIMITS, open_clean_store, settings_for
from tests.store.test_alerts import _alert
from tests.store.worlds import imported, start
from tests.test_admin import ENV, PW, TTA_ADMIN, Admin
from tests.test_admin import admin as admin  # the fixture
from tests.wire.client import Client, character, player
from tta_server.accounts import Accounts
from tta_server.admin import app as cli_app
from tta_server.app import App
from tta_server.protocol.codes import CloseCode
from tta_server.settings import StoreKind
from tta_server.store.base import HoldWrite, NewEvent, Role, Store, now

CRISIS_WORDS = "the player's own words, kept for facilitators"


@dataclass(frozen=True)
class Data:
    alma_session: str
    ben_session: str
    crisis_alert: str
    concern_alert: str
    password_hashes: tuple[str, ...]


def turn(turn_id: str, text: str) -> list[NewEvent]:
    return [
        NewEvent("turn.input", {"turn_id": turn_id, "text": text}),
        NewEvent("narrative.chunk", {"turn_id": turn_id, "index": 0, "text": "You walk on."}),
        NewEvent("narrative.end", {"turn_id": turn_id, "chunks": 1, "ok": True}),
    ]


def prepare(admin: Admin) -> Data:
    async def work(store: Store) -> Data:
        accounts = Accounts(store, admin.settings)
        alma = await accounts.register("alma", PW, Role.PLAYER)
        ben = await accounts.register("ben", PW, Role.PLAYER)
        fran = await accounts.register("fran", PW, Role.FACILITATOR)
        root = await accounts.register("root", PW, Role.ADMIN)
        await imported(store)
        shared = {"name": "Alma", "profile": {"share_transcript": True}}
        alma_ch = await store.create_character(alma.id, "Alma", shared, 5)
        ben_ch = await store.create_character(ben.id, "Ben", {"name": "Ben"}, 5)
        s1, _ = await store.create_session(
            alma.id, alma_ch.id, "tiny", [NewEvent("session.started")], start()
        )
        await store.append_events(s1.id, turn("t1", "go to the hut"), turn_id="t1")
        await store.append_events(s1.id, turn("t2", "look around"), turn_id="t2")
        crisis = _alert(alma.id, alma_ch.id, s1.id, now(), "crisis")
        await store.append_events(
            s1.id, [NewEvent("safety.crisis", {"turn_id": "t3"})], alert=crisis,
            hold=HoldWrite(crisis),
        )  # fmt: skip
        s2, _ = await store.create_session(
            ben.id, ben_ch.id, "tiny", [NewEvent("session.started")], start()
        )
        await store.append_events(s2.id, turn("t1", "wave"), turn_id="t1")
        concern = _alert(ben.id, ben_ch.id, s2.id, now(), "concern")
        await store.append_events(s2.id, [NewEvent("safety.checkin")], alert=concern)
        await store.ack_alert(concern.id, "fran", "Spoke with him.")
        await store.end_session(ben.id, s2.id, [NewEvent("session.ended")])
        hashes = tuple(a.password_hash for a in (alma, ben, fran, root))
        return Data(s1.id, s2.id, crisis.id, concern.id, hashes)

    return admin.in_store(work)


def ok_json(admin: Admin, *args: str) -> Any:
    result = admin(*args)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    return json.loads(result.stdout)


def one_error_line(result: Any, code: int = 1) -> str:
    assert result.exit_code == code, result.output
    [line] = result.stderr.splitlines()
    assert line.startswith("tta-admin: ")
    return str(line)


# -- sessions ---------------------------------------------------------------------------------


def test_session_list_shows_the_active_sessions_and_all_of_them_with_all(admin: Admin) -> None:
    data = prepare(admin)
    [row] = ok_json(admin, "session", "list", "--json")
    assert set(row) == {
        "id", "username", "character_name", "world_id", "status", "location", "safety",
        "hold_alert_id", "paused", "shares_transcript", "last_seq", "created_at", "updated_at",
    }  # fmt: skip
    assert (row["id"], row["username"], row["character_name"], row["world_id"]) == (
        data.alma_session, "alma", "Alma", "tiny",
    )  # fmt: skip
    assert (row["status"], row["location"], row["safety"], row["hold_alert_id"]) == (
        "active", "yard", "crisis", data.crisis_alert,
    )  # fmt: skip
    assert row["shares_transcript"] is True and row["last_seq"] == 8
    datetime.fromisoformat(row["updated_at"])

    every = ok_json(admin, "session", "list", "--all", "--json")
    assert {(r["username"], r["status"]) for r in every} == {("alma", "active"), ("ben", "ended")}
    [ben] = [r for r in every if r["username"] == "ben"]
    assert ben["id"] == data.ben_session and ben["shares_transcript"] is False

    table = admin("session", "list")
    assert table.exit_code == 0 and "alma" in table.stdout and "ben" not in table.stdout


def test_session_show_has_player_character_place_safety_and_last_events(admin: Admin) -> None:
    data = prepare(admin)
    doc = ok_json(admin, "session", "show", data.alma_session, "--events", "3", "--json")
    assert set(doc) == {"session", "player", "character", "location", "safety", "events"}
    assert doc["session"]["id"] == data.alma_session
    assert (doc["player"]["username"], doc["player"]["role"]) == ("alma", "player")
    assert doc["character"]["name"] == "Alma"
    assert doc["location"] == {"id": "yard", "name": "The Yard"}
    assert doc["safety"] == {
        "state": "crisis", "hold_alert_id": data.crisis_alert, "paused": None, "alerts": 1,
        "open_alerts": [data.crisis_alert],
    }  # fmt: skip
    assert [e["seq"] for e in doc["events"]] == [6, 7, 8]
    assert [e["type"] for e in doc["events"]] == ["narrative.chunk", "narrative.end",
                                                  "safety.crisis"]  # fmt: skip

    table = admin("session", "show", data.alma_session)
    assert table.exit_code == 0, table.output
    assert "look around" in table.stdout and "The Yard" in table.stdout

    missing = admin("session", "show", "nope")
    assert one_error_line(missing) == "tta-admin: no session has the id 'nope'"


# -- alerts -----------------------------------------------------------------------------------


def test_alerts_list_leaves_out_the_words_and_show_has_them(admin: Admin) -> None:
    data = prepare(admin)
    listed = admin("alerts", "list", "--json")
    assert listed.exit_code == 0 and CRISIS_WORDS not in listed.stdout
    rows = json.loads(listed.stdout)
    assert [(r["id"], r["level"], r["status"]) for r in rows] == [
        (data.concern_alert, "concern", "acknowledged"),
        (data.crisis_alert, "crisis", "open"),
    ]
    assert rows[0]["acked_by"] == "fran" and "text" not in rows[0]
    opened = ok_json(admin, "alerts", "list", "--open", "--json")
    assert [r["id"] for r in opened] == [data.crisis_alert]
    assert len(ok_json(admin, "alerts", "list", "--limit", "1", "--json")) == 1
    assert admin("alerts", "list", "--limit", "0").exit_code == 2

    shown = ok_json(admin, "alerts", "show", data.crisis_alert, "--json")
    assert (shown["text"], shown["username"], shown["session_id"]) == (
        CRISIS_WORDS, "alma", data.alma_session,
    )  # fmt: skip
    table = admin("alerts", "show", data.concern_alert)
    assert table.exit_code == 0 and "Spoke with him." in table.stdout
    assert (
        one_error_line(admin("alerts", "show", "nope")) == "tta-admin: no alert has the id 'nope'"
    )


def test_alerts_ack_marks_the_alert_and_audits_who(admin: Admin) -> None:
    data = prepare(admin)
    note = "Phoned her; she is with her sister."
    result = admin("alerts", "ack", data.crisis_alert, "--note", note, "--as", "FRAN")
    assert result.exit_code == 0, result.output
    assert f"alert {data.crisis_alert} acknowledged by fran" in result.stdout

    async def check(store: Store) -> None:
        alert = await store.get_alert(data.crisis_alert)
        assert alert is not None and (alert.acked_by, alert.note) == ("fran", note)
        [action] = await store.list_actions(10)
        assert (action.actor, action.action, action.session_id, action.detail) == (
            "fran", "ack_alert", data.alma_session, note,
        )  # fmt: skip

    admin.in_store(check)
    assert ok_json(admin, "alerts", "list", "--open", "--json") == []

    player_ = admin("alerts", "ack", data.crisis_alert, "--note", "x", "--as", "alma")
    assert one_error_line(player_) == (
        "tta-admin: alma is a player account; --as needs a facilitator or admin"
    )
    nobody = admin("alerts", "ack", data.crisis_alert, "--note", "x", "--as", "nobody")
    assert one_error_line(nobody) == "tta-admin: no active account is named 'nobody'"
    assert admin("alerts", "ack", data.crisis_alert, "--as", "fran").exit_code == 2  # no note


# -- stats ------------------------------------------------------------------------------------


def test_stats_count_the_data_set(admin: Admin) -> None:
    data = prepare(admin)

    async def turn_days(store: Store) -> set[str]:
        events = [
            e
            for sid in (data.alma_session, data.ben_session)
            for e in await store.read_events(sid, 0, 100)
        ]
        return {datetime.fromtimestamp(e.at, UTC).date().isoformat() for e in events}

    [day] = admin.in_store(turn_days)
    doc = ok_json(admin, "stats", "--json")
    assert doc["accounts"] == {
        "player": 2, "facilitator": 1, "admin": 1, "total": 4, "disabled": 0,
    }  # fmt: skip
    assert doc["characters"] == 2
    assert doc["sessions"] == {"active": 1, "ended": 1, "total": 2}
    assert len(doc["turns_per_day"]) == 7 and doc["turns_per_day"][day] == 3
    assert sum(doc["turns_per_day"].values()) == 3
    assert doc["alerts"] == {
        "by_level": {"concern": 1, "crisis": 1}, "open": 1, "acknowledged": 1, "total": 2,
    }  # fmt: skip
    table = admin("stats")
    assert table.exit_code == 0 and "acknowledged" in table.stdout


# -- players ----------------------------------------------------------------------------------


def test_player_export_has_everything_but_the_password_hash(admin: Admin, tmp_path: Path) -> None:
    data = prepare(admin)
    result = admin("player", "export", "ALMA")
    assert result.exit_code == 0, result.output
    assert "argon2" not in result.stdout and PW not in result.stdout
    assert not any(h in result.stdout for h in data.password_hashes)
    doc = json.loads(result.stdout)
    assert set(doc) == {"account", "characters", "sessions", "alerts", "actions"}
    assert doc["account"]["username"] == "alma" and "password_hash" not in doc["account"]
    [session] = doc["sessions"]
    assert session["id"] == data.alma_session and len(session["events"]) == 8
    inputs = [e["data"]["text"] for e in session["events"] if e["type"] == "turn.input"]
    assert inputs == ["go to the hut", "look around"]
    assert [a["text"] for a in doc["alerts"]] == [CRISIS_WORDS]

    target = tmp_path / "alma.json"
    to_file = admin("player", "export", "alma", "--out", str(target))
    assert to_file.exit_code == 0, to_file.output
    assert json.loads(target.read_text(encoding="utf-8")) == doc
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert "1 session(s) (8 event(s)), 1 safety alert(s)" in to_file.stdout

    missing = admin("player", "export", "nobody")
    assert one_error_line(missing) == "tta-admin: no account is named 'nobody'"
    assert missing.stdout == ""


def test_player_delete_needs_the_name_typed_unless_yes(admin: Admin) -> None:
    prepare(admin)
    before = ok_json(admin, "player", "export", "alma")
    wrong = admin("player", "delete", "alma", input="ben\n")
    assert one_error_line(wrong) == (
        "tta-admin: nothing deleted: the confirmation did not match 'alma'"
    )
    silent = admin("player", "delete", "alma", input="")
    assert silent.exit_code == 1 and "nothing deleted" in silent.stderr
    assert ok_json(admin, "player", "export", "alma") == before

    typed = admin("player", "delete", "ben", input="ben\n")
    assert typed.exit_code == 0, typed.output
    assert "deleted ben: 1 account, 1 character(s), 1 session(s) (6 event(s)), " in typed.stdout

    gone = admin("player", "delete", "alma", "--yes")
    assert gone.exit_code == 0, gone.output
    assert gone.stdout.strip() == (
        "deleted alma: 1 account, 1 character(s), 1 session(s) (8 event(s)), "
        "1 safety alert(s), 0 facilitator action(s)"
    )
    for name in ("alma", "ben"):
        after = admin("player", "export", name)
        assert one_error_line(after) == f"tta-admin: no account is named '{name}'"
    assert one_error_line(admin("player", "delete", "alma", "--yes")) == (
        "tta-admin: no account is named 'alma'"
    )
    assert ok_json(admin, "stats", "--json")["accounts"]["total"] == 2


def test_every_new_command_shows_an_example() -> None:
    commands = [["session", c] for c in ("list", "show", "kick")]
    commands += [["alerts", c] for c in ("list", "show", "ack")]
    commands += [["player", c] for c in ("export", "delete")]
    commands += [["broadcast"], ["stats"]]
    for command in commands:
        result = CliRunner().invoke(cli_app, [*command, "--help"])
        assert result.exit_code == 0, result.output
        assert "Example:" in result.stdout, command


# -- through a running server -----------------------------------------------------------------


@asynccontextmanager
async def running(kind: StoreKind, tmp_path: Path) -> AsyncIterator[str]:
    """A server in this event loop with admin root; yields its ws:// URL."""
    settings = settings_for(kind, tmp_path, port=0, **NO_FLOOD_LIMITS)
    store = await open_clean_store(settings)
    await Accounts(store, settings).register("root", PW, Role.ADMIN)
    await store.close()
    server = App(settings)
    await server.start()
    try:
        yield f"ws://127.0.0.1:{server.port}"
    finally:
        await server.shutdown()


async def script(kind: StoreKind, data_dir: Path, *args: str, stdin: str) -> tuple[int, str, str]:
    """The installed ``tta-admin``, run without blocking this event loop (the server's)."""
    assert TTA_ADMIN.is_file(), f"{TTA_ADMIN} is missing: pip install -e . in the venv"
    clean = {k: v for k, v in os.environ.items() if not k.startswith("TTA_")}
    proc = await asyncio.create_subprocess_exec(
        *[str(TTA_ADMIN), "--store", str(kind), "--data-dir", str(data_dir), *args],
        env={**clean, **ENV},
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(stdin.encode()), 60)
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


async def next_frame(c: Client, type_: str) -> dict[str, Any]:
    while True:
        doc = await c.recv()
        if doc["type"] == type_:
            return doc


async def test_broadcast_and_kick_through_a_running_server(
    store_kind: StoreKind, tmp_path: Path
) -> None:
    async with running(store_kind, tmp_path) as url:
        c = await player(url, "hana")
        cid = (await c.ok("character.create", character=character()))["character"]["id"]
        sid = (await c.ok("session.start", character_id=cid, world_id="lantern-coast"))["session"][
            "id"
        ]
        login = ["--url", url, "--user", "root", "--password-stdin"]

        code, out, err = await script(
            store_kind, tmp_path, "broadcast", "Back in five minutes.", *login, stdin=PW + "\n"
        )
        assert (code, err) == (0, ""), err
        assert out.startswith(f"notice sent: 1 connection(s) reached on {url}")
        notice = await next_frame(c, "notice")
        assert notice == {"type": "notice", "from": "root", "text": "Back in five minutes."}

        reason = "Please take a break; come back tomorrow."
        kick = ["session", "kick", sid, "--reason", reason, *login]
        code, out, err = await script(store_kind, tmp_path, *kick, stdin=PW + "\n")
        assert (code, err) == (0, ""), err
        assert out.startswith(f"session {sid}: the connection driving it")
        kicked = await next_frame(c, "session.kicked")
        assert (kicked["session_id"], kicked["reason"]) == (sid, reason)
        with pytest.raises(ConnectionClosed) as closed:
            await c.recv()
        assert closed.value.rcvd is not None
        assert (closed.value.rcvd.code, closed.value.rcvd.reason) == (CloseCode.KICKED, reason)


async def test_broadcast_errors_are_one_line(store_kind: StoreKind, tmp_path: Path) -> None:
    async with running(store_kind, tmp_path) as url:
        hana = await player(url, "hana")
        await hana.close()
        as_root = ["broadcast", "hi", "--url", url, "--user", "root", "--password-stdin"]
        code, _, err = await script(store_kind, tmp_path, *as_root, stdin="wrong password\n")
        assert code == 1
        [line] = err.splitlines()
        assert line.startswith("tta-admin: cannot log in as root: ")

        as_hana = ["broadcast", "hi", "--url", url, "--user", "hana", "--password-stdin"]
        code, _, err = await script(store_kind, tmp_path, *as_hana, stdin=PW + "\n")
        assert (code, err.splitlines()) == (
            1, ["tta-admin: hana is a player account; this needs an admin"],
        )  # fmt: skip

        too_long = ["broadcast", "x" * 501, "--url", url, "--user", "root", "--password-stdin"]
        code, _, err = await script(store_kind, tmp_path, *too_long, stdin=PW + "\n")
        assert code == 1
        assert err.splitlines()[0].startswith("tta-admin: the server refused admin.broadcast: ")

    dead = ["broadcast", "hi", "--url", "ws://127.0.0.1:1", "--user", "root", "--password-stdin"]
    code, _, err = await script(store_kind, tmp_path, *dead, stdin=PW + "\n")
    assert code == 1
    [line] = err.splitlines()
    assert line.startswith("tta-admin: cannot reach the server at ws://127.0.0.1:1: ")
    bad = ["broadcast", "hi", "--url", "http://x", "--user", "root", "--password-stdin"]
    code, _, _ = await script(store_kind, tmp_path, *bad, stdin=PW + "\n")
    assert code == 2


def test_kick_asks_for_the_password_and_defaults_to_the_settings_address(tmp_path: Path) -> None:
    argv = ["--data-dir", str(tmp_path), "session", "kick", "s1", "--reason", "r", "--user", "root"]
    result = CliRunner().invoke(cli_app, argv, input="secret words\n", env={**ENV, "TTA_PORT": "1"})
    assert result.exit_code == 1
    assert "Password of root" in result.stdout and "secret words" not in result.output
    [line] = result.stderr.splitlines()
    assert line.startswith("tta-admin: cannot reach the server at ws://127.0.0.1:1: ")


async def test_deleting_a_player_closes_their_connections_on_shared_servers(
    tmp_path: Path,
) -> None:
    kind = StoreKind.REDIS_NEO4J  # the embedded store has no bus between processes
    async with running(kind, tmp_path) as url:
        c = await player(url, "ines")
        code, out, err = await script(kind, tmp_path, "player", "delete", "ines", "--yes", stdin="")
        assert (code, err) == (0, ""), err
        assert out.startswith("deleted ines")
        with pytest.raises(ConnectionClosed) as closed:
            while True:
                await c.recv()
        assert closed.value.rcvd is not None
        assert closed.value.rcvd.code == 4001 and "deleted" in closed.value.rcvd.reason
