"""The installed ``tta`` command in a real terminal (tmux): log in, pick a character and a
world, play a few turns, quit. Keys go in with ``send-keys``; the screen is read with
``capture-pane`` until the expected text shows (with a deadline), as a person would watch it."""

from __future__ import annotations

import asyncio
import shutil
import sys
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.conftest import NO_FLOOD_LIMITS, settings_for
from tests.wire.client import character, player
from tta_server.app import App
from tta_server.settings import StoreKind

PW = "correct horse battery"
TTA = Path(sys.executable).parent / "tta"
DEADLINE_S = 30.0


class Terminal:
    """One detached tmux session running a command at a fixed size."""

    def __init__(self, name: str) -> None:
        self.name = name

    @staticmethod
    async def _tmux(*args: str) -> str:
        proc = await asyncio.create_subprocess_exec(
            shutil.which("tmux") or "tmux",
            *args,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, _ = await proc.communicate()
        return out.decode()

    async def start(self, command: str, width: int = 100, height: int = 30) -> None:
        await self._tmux(
            "new-session", "-d", "-s", self.name, "-x", str(width), "-y", str(height), command
        )

    async def screen(self) -> str:
        return await self._tmux("capture-pane", "-p", "-t", self.name)

    async def keys(self, *keys: str, literal: bool = False) -> None:
        await self._tmux("send-keys", "-t", self.name, *(["-l"] if literal else []), *keys)

    async def type(self, text: str) -> None:
        await self.keys(text, literal=True)
        await self.keys("Enter")

    async def shows(self, text: str) -> str:
        """Wait until ``text`` is on screen; return the screen."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + DEADLINE_S
        while True:
            screen = await self.screen()
            if text in screen:
                return screen
            if loop.time() > deadline:
                raise AssertionError(f"{text!r} not on screen within {DEADLINE_S} s:\n{screen}")
            await asyncio.sleep(0.05)  # polling the terminal, not synchronising with our code

    async def alive(self) -> bool:
        return self.name in await self._tmux("list-sessions", "-F", "#{session_name}")

    async def close(self) -> None:
        await self._tmux("kill-session", "-t", self.name)


@pytest.fixture
async def terminal() -> AsyncIterator[Terminal]:
    assert shutil.which("tmux"), "tmux is missing: bash scripts/services.sh start installs it"
    assert TTA.is_file(), f"{TTA} is missing: pip install -e . in the venv"
    t = Terminal(f"tta-e2e-{uuid.uuid4().hex[:8]}")
    yield t
    await t.close()


async def test_the_installed_client_plays_in_a_real_terminal(
    terminal: Terminal, tmp_path: Path
) -> None:
    app = App(settings_for(StoreKind.EMBEDDED, tmp_path, port=0, **NO_FLOOD_LIMITS))
    await app.start()
    try:
        url = f"ws://127.0.0.1:{app.port}"
        c = await player(url, "tess")
        await c.ok("character.create", character=character("Tess Moor"))
        await c.close()
        env = f"TTA_CLIENT_CONFIG={tmp_path / 'client.json'} TTA_CLIENT_LOG={tmp_path / 'c.log'}"
        await terminal.start(f"env {env} {TTA} --server {url} --user tess")

        await terminal.shows("User name")
        await terminal.keys("Enter")  # from the user name to the password
        await terminal.type(PW)
        await terminal.shows("Tess Moor")
        await terminal.keys("Enter")  # play the selected character
        await terminal.shows("suits your goals")  # Tess practises managing anxiety
        await terminal.keys("Enter")  # start a story in the world that suits her: the coast
        screen = await terminal.shows("software")  # the AI disclosure opens the story
        assert "Traceback" not in screen

        await terminal.type("look around")
        await terminal.shows("> look around")
        await terminal.type("go in")
        screen = await terminal.shows("Tea Hut")  # the story moved on: narration and panel
        assert "Traceback" not in screen and "{" not in screen

        await terminal.keys("C-q")
        loop = asyncio.get_running_loop()
        deadline = loop.time() + DEADLINE_S
        while await terminal.alive():
            assert loop.time() < deadline, "tta did not quit on Ctrl+Q"
            await asyncio.sleep(0.05)
    finally:
        await app.shutdown()
