"""The ``tta`` command, its remembered settings, and ``tta play``'s local server.

Settings live in a temporary directory (``TTA_CLIENT_CONFIG``). The local server is the real
``tta-server`` started as a subprocess; the tests check it is gone after the block.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import free_port
from tta_tui.cli import STOP_TIMEOUT_S, STOPPING, LocalServer, StartupError, local_server, main
from tta_tui.config import (
    ClientConfig,
    check_url,
    clear_draft,
    config_path,
    draft_owner,
    draft_path,
    load_config,
    load_draft,
    save_config,
    save_draft,
)
from tta_tui.net import probe
from tta_tui.startup_bench import CTRL_Q, ESCAPE, LEFT_SCREEN, READY_TEXT, Terminal

DEADLINE_S = 60.0


@pytest.fixture(autouse=True)
def own_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own settings file (absent until written)."""
    path = tmp_path / "cfg" / "client.json"
    monkeypatch.setenv("TTA_CLIENT_CONFIG", str(path))
    monkeypatch.delenv("NO_COLOR", raising=False)
    return path


def flat(text: str) -> str:
    """Panel text as one line: borders removed, wrapped lines joined."""
    for border in "│╭╮╰╯─":
        text = text.replace(border, " ")
    return " ".join(text.split())


# -- settings -----------------------------------------------------------------------------------
def test_settings_round_trip(own_config: Path) -> None:
    assert config_path() == own_config
    assert load_config() == (ClientConfig(), None)  # no file yet: defaults, no warning
    cfg = ClientConfig(
        servers=["wss://tta.example.org", "ws://127.0.0.1:9000"], remember_username=False
    )
    cfg.plain = True
    assert save_config(cfg) == own_config
    assert load_config() == (cfg, None)
    assert json.loads(own_config.read_text())["remember_username"] is False


def test_the_default_place_follows_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TTA_CLIENT_CONFIG")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert config_path() == tmp_path / "xdg" / "tta" / "client.json"
    assert draft_path() == tmp_path / "xdg" / "tta" / "character-draft.json"


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "JSON object"),
        ('{"servers": ["http://example.org"]}', "ws:// or wss:// URL expected"),
        ('{"servers": []}', "servers"),
        ('{"plain": "sometimes"}', "plain"),
        (b"\xff\xfe", "UTF-8"),
    ],
)
def test_a_broken_settings_file_is_ignored_with_a_warning(
    own_config: Path, content: str | bytes, needle: str
) -> None:
    own_config.parent.mkdir(parents=True)
    if isinstance(content, bytes):
        own_config.write_bytes(content)
    else:
        own_config.write_text(content)
    cfg, warning = load_config()
    assert cfg == ClientConfig()
    assert warning is not None and needle in warning and str(own_config) in warning
    assert "Traceback" not in warning and "ValidationError" not in warning


def test_the_character_draft_survives_until_cleared(own_config: Path) -> None:
    assert draft_path() == own_config.parent / "character-draft.json"
    me = draft_owner("ws://127.0.0.1:8765", "robin")
    assert load_draft(me) is None
    clear_draft(me)  # nothing to clear: fine
    draft = {"name": "José", "traits": ["brave"], "profile": {"goals": ["mindfulness"]}}
    save_draft(me, draft)
    assert load_draft(me) == draft
    clear_draft(me)
    assert load_draft(me) is None and not draft_path().exists()
    draft_path().write_text("{half a draft")
    assert load_draft(me) is None


def test_a_draft_is_seen_only_by_the_account_that_wrote_it(own_config: Path) -> None:
    """One Unix account shared by several people (a clinic's PC, a shared SSH login): each
    person's unfinished character stays theirs, on each server."""
    robin = draft_owner("ws://127.0.0.1:8765", "robin")
    save_draft(robin, {"name": "Robin's secret backstory"})
    assert load_draft(draft_owner("ws://127.0.0.1:8765", "sam")) is None
    assert load_draft(draft_owner("wss://tta.example.org", "robin")) is None
    sam = draft_owner("ws://127.0.0.1:8765", "sam")
    save_draft(sam, {"name": "Sam"})
    clear_draft(sam)
    assert load_draft(robin) == {"name": "Robin's secret backstory"}
    assert load_draft(draft_owner("ws://127.0.0.1:8765", "ROBIN")) is not None  # names fold


@pytest.mark.parametrize(
    "url", ["ws://127.0.0.1:8765", "wss://tta.example.org/play", "ws://[::1]:8765", "ws://host"]
)
def test_good_server_addresses(url: str) -> None:
    assert check_url(url) is None


@pytest.mark.parametrize(
    ("url", "needle"),
    [
        ("http://example.org", "not a WebSocket address"),
        ("127.0.0.1:8765", "not a WebSocket address"),
        ("", "empty"),
        ("ws://", "names no host"),
        ("ws://host:99999", "port"),
        ("ws://host:0", "port 0"),
        ("ws://a host", "spaces"),
        ("ws://me:secret@host", "password"),
    ],
)
def test_bad_server_addresses_say_what_is_wrong(url: str, needle: str) -> None:
    problem = check_url(url)
    assert problem is not None and needle in problem
    assert problem.endswith("ws:// or wss:// URL expected, like ws://127.0.0.1:8765.")


# -- the command --------------------------------------------------------------------------------
def test_help_lists_commands_and_examples(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "play" in out and "examples:" in out and "tta --server ws://" in out
    assert main(["play", "--help"]) == 0
    assert "--data-dir" in capsys.readouterr().out


def test_a_bad_server_address_stops_with_a_panel(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--server", "http://x"]) == 2
    captured = capsys.readouterr()
    err = flat(captured.err)
    assert "That server address will not work" in err
    assert "http://x is not a WebSocket address" in err and "What to do:" in err
    assert "Traceback" not in captured.err and "\x1b[" not in captured.err
    assert captured.out == ""


def test_a_bad_remembered_address_stops_with_a_panel(
    own_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    own_config.parent.mkdir(parents=True)
    own_config.write_text("{broken")
    assert main(["--server", "ftp://x"]) == 2
    err = flat(capsys.readouterr().err)
    assert "Ignored the settings" in err and "ftp://x is not a WebSocket address" in err


def test_no_retry_against_a_dead_server_stops_with_a_panel(
    capsys: pytest.CaptureFixture[str],
) -> None:
    dead = f"ws://127.0.0.1:{free_port()}"
    assert main(["--server", dead, "--no-retry"]) == 2
    captured = capsys.readouterr()
    err = flat(captured.err)
    assert "No TTA server answered" in err
    assert f"Can't reach the server at {dead}: connection refused" in err
    assert "Leave out --no-retry" in err and "Traceback" not in captured.err


def test_a_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fly"]) == 2
    assert "invalid choice" in capsys.readouterr().err


# -- tta play -------------------------------------------------------------------------------------
async def test_local_server_starts_and_stops_a_real_server(tmp_path: Path) -> None:
    async def scenario() -> LocalServer:
        server = local_server(tmp_path / "data")
        async with server as url:
            assert url.startswith("ws://127.0.0.1:") and url == server.url
            assert await probe(url) is None  # it answers hello
            assert server.process is not None and server.process.poll() is None
        assert await probe(url, timeout_s=2) is not None  # nothing listens any more
        return server

    server = await asyncio.wait_for(scenario(), DEADLINE_S)
    assert server.process is not None and server.process.returncode == 0  # SIGTERM: clean exit
    assert (tmp_path / "data" / "server.log").exists()


def test_local_server_works_as_a_plain_with_block(tmp_path: Path) -> None:
    server = local_server(tmp_path / "data", ready_timeout_s=DEADLINE_S - STOP_TIMEOUT_S)
    with server as url:
        assert server.process is not None and server.process.poll() is None
        assert asyncio.run(probe(url)) is None
    assert server.process.returncode is not None
    assert asyncio.run(probe(url, timeout_s=2)) is not None


def test_a_local_server_that_fails_shows_its_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TTA_LOG_LEVEL", "LOUD")  # the server refuses to start
    server = local_server(tmp_path / "data", ready_timeout_s=DEADLINE_S - STOP_TIMEOUT_S)
    with pytest.raises(StartupError) as info, server:
        pass
    assert "stopped before it was ready" in info.value.what
    assert "log_level" in info.value.what  # the end of server.log, quoted
    assert server.process is not None and server.process.returncode == 2


def test_tta_play_with_an_unusable_data_dir_stops_with_a_panel(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    assert main(["play", "--data-dir", str(blocker)]) == 2
    err = flat(capsys.readouterr().err)
    assert "Cannot start a local server" in err and str(blocker) in err


def test_tta_play_says_the_server_is_starting_before_it_waits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A newcomer's first `tta play` showed a blank terminal for 10-12 s (the server starting;
    on a first run Python byte-compiles it too): a line now says what is happening."""
    monkeypatch.setenv("TTA_LOG_LEVEL", "LOUD")  # the server refuses to start: no client opens
    assert main(["play", "--data-dir", str(tmp_path / "data")]) == 2
    err = flat(capsys.readouterr().err)
    starting = err.index("Starting a TTA server on this computer")
    assert "first start takes longest" in err
    assert starting < err.index("Cannot start a local server"), "said before the wait"


def test_tta_play_says_the_server_is_stopping_after_the_client_quits(tmp_path: Path) -> None:
    """A newcomer's Ctrl+Q gave the terminal back at once, then nothing for 3-6 s (no prompt,
    no word) while the server finished and stopped: a line now says so while it stops. Run in
    a pseudo-terminal, as a player runs it."""
    env = {**os.environ, "TERM": "xterm-256color", "TTA_CLIENT_LOG": str(tmp_path / "c.log")}
    argv = [sys.executable, "-m", "tta_tui.cli", "play", "--data-dir", str(tmp_path / "data")]
    term = Terminal(argv, 80, 24, env)
    try:
        started = time.perf_counter()
        assert term.wait_for(lambda _: READY_TEXT in term.text(), started + DEADLINE_S)
        term.output = b""
        os.write(term.master, CTRL_Q)
        quit_at = time.perf_counter()
        assert term.wait_exit(quit_at + DEADLINE_S)
        assert LEFT_SCREEN in term.output, "the client gave the terminal back"
        after = term.output.split(LEFT_SCREEN, 1)[1]
        assert STOPPING in ESCAPE.sub(b"", after).decode(), "said after the client, before exit"
    finally:
        term.close()


def test_what_the_first_frame_needs_loads_without_pydantic_websockets_or_the_protocol() -> None:
    """Start-up (issue 15): the login screen is drawn before the protocol's pydantic models,
    the link (websockets) and the other screens load (after it, in a thread: LATER_MODULES);
    importing them first took about 0.4 s of CPU before anything was on screen."""
    heavy = ["pydantic", "websockets", "tta_server.protocol.messages", "tta_tui.net.link"]
    code = f"import sys, tta_tui.cli, tta_tui.app; print([m for m in {heavy} if m in sys.modules])"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]", done.stdout
