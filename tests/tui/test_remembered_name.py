"""The remembered user name belongs to a server (or a ``tta play`` data folder), not to the
Unix account, and the person at the keyboard can clear it (issue 15: a shared SSH host or
clinic PC showed the previous player's name)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Static

from tests.tui.conftest import URL, ScreenHarness, top
from tests.tui.test_play import connected_login, register
from tta_server.app import App as Server
from tta_tui.app import TTAApp
from tta_tui.config import ClientConfig, RememberedName, config_path
from tta_tui.screens.login import LoginScreen

pytestmark = pytest.mark.usefixtures("client_files")


def test_each_data_folder_and_server_remembers_its_own_name(tmp_path: Path) -> None:
    mine, theirs = tmp_path / "mira", tmp_path / "maren"
    RememberedName.in_data_dir(theirs).save("maren")
    assert RememberedName.in_data_dir(mine).load() is None, "another folder's name stays there"
    RememberedName.in_data_dir(mine).save("mira_k")
    assert RememberedName.in_data_dir(mine).load() == "mira_k"
    assert RememberedName.in_data_dir(theirs).load() == "maren"

    here = RememberedName.for_servers(["wss://a.example"])
    here.save("robin")
    assert RememberedName.for_servers(["wss://b.example"]).load() is None
    RememberedName.for_servers(["wss://b.example"]).save("sam")
    here.forget()
    assert here.load() is None
    assert RememberedName.for_servers(["wss://b.example"]).load() == "sam", "others are kept"
    assert here.path == config_path().parent / "users.json"


def test_names_are_remembered_unless_turned_off() -> None:
    assert ClientConfig().remember_username is True
    cfg = ClientConfig.from_doc({"remember_username": False, "username": "uriel"})
    assert cfg.remember_username is False
    assert "username" not in cfg.to_doc(), "an old shared name is dropped, never shown"


async def test_not_you_clears_the_name_and_says_how() -> None:
    app = ScreenHarness(lambda: LoginScreen(URL, "maren"))
    async with app.run_test(size=(80, 24)) as pilot:
        login = top(app, LoginScreen)
        await pilot.pause()
        hint = str(login.query_one("#hint-username", Static).render())
        assert "Not you? Press Ctrl+N" in hint
        assert login.query_one("#hint-username", Static).region.bottom <= 24, "on screen"
        await pilot.press("ctrl+n")
        await pilot.pause()
        name = login.query_one("#username", Input)
        assert name.value == "" and app.focused is name
        assert not login.query_one("#login-welcome", Static).display
        assert len(app.posted(LoginScreen.NotMe)) == 1


async def test_a_login_is_remembered_for_that_server_only(
    server: Server, server_url: str, tmp_path: Path
) -> None:
    memory = RememberedName.in_data_dir(tmp_path / "data")
    first = TTAApp([server_url], remembered=memory)
    async with first.run_test(size=(80, 24)) as pilot:
        await register(pilot, "mira_k")
        await pilot.press("ctrl+q")
    assert memory.load() == "mira_k"
    assert RememberedName.in_data_dir(tmp_path / "other").load() is None

    again = TTAApp([server_url], remembered=memory)
    async with again.run_test(size=(80, 24)) as pilot:
        login = await connected_login(pilot)
        assert login.query_one("#username", Input).value == "mira_k"
        assert again.focused is login.query_one("#password", Input)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert login.query_one("#username", Input).value == ""
    assert memory.load() is None, "Not you? forgets it"
    assert again.failures == []

    unremembered = TTAApp([server_url])
    async with unremembered.run_test(size=(80, 24)) as pilot:
        await register(pilot, "sam_t")
        await pilot.press("ctrl+q")
    assert memory.load() is None, "with remembering off nothing is kept"
