"""The whole client against a real server (in this process, embedded store): register, make a
character (a bad field first), pick a world, play, and go through the crisis panel."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Button, Input, SelectionList, Static

from tests.conftest import settings_for
from tests.tui.conftest import wait_until
from tests.wire.client import Client
from tta_server.app import App as Server
from tta_server.settings import StoreKind
from tta_tui.app import TTAApp
from tta_tui.config import load_draft
from tta_tui.net import LinkState
from tta_tui.screens.character_form import CharacterForm
from tta_tui.screens.characters import CharactersScreen
from tta_tui.screens.errors import ErrorScreen
from tta_tui.screens.login import LoginScreen
from tta_tui.screens.safety import CrisisScreen
from tta_tui.screens.story import ClosingScreen, StoryScreen
from tta_tui.screens.worlds import WorldsScreen
from tta_tui.widgets.side_panel import SidePanel

pytestmark = pytest.mark.usefixtures("client_files")

PASSWORD = "correct horse battery"
CRISIS_TEXT = "honestly I want to stop existing"
SIZE = (100, 30)


@pytest.fixture
async def server_url(tmp_path: Path) -> AsyncIterator[str]:
    server = Server(
        settings_for(StoreKind.EMBEDDED, tmp_path / "server", port=0, rate_limit_messages=0)
    )
    await server.start()
    yield f"ws://127.0.0.1:{server.port}"
    await server.shutdown()


async def screen_is(pilot: Pilot[Any], kind: type, what: str = "") -> Any:
    app = pilot.app
    await wait_until(pilot, lambda: isinstance(app.screen, kind), what=what or kind.__name__)
    return app.screen


async def type_into(pilot: Pilot[Any], widget: Input, text: str, *, keys: bool = True) -> None:
    """Focus the input and type (key by key, or all at once as a paste would)."""
    widget.focus()
    await pilot.pause()
    if keys:
        await pilot.press(*text)
    else:
        widget.insert_text_at_cursor(text)


async def register(pilot: Pilot[Any], username: str) -> CharactersScreen:
    app = pilot.app
    assert isinstance(app, TTAApp)
    await wait_until(
        pilot,
        lambda: app.link_status is not None and app.link_status.state is LinkState.CONNECTED,
        what="connected",
    )
    login = await screen_is(pilot, LoginScreen)
    await pilot.press("ctrl+r")
    await type_into(pilot, login.query_one("#username", Input), username)
    await type_into(pilot, login.query_one("#password", Input), PASSWORD, keys=False)
    await pilot.press("enter")
    screen: CharactersScreen = await screen_is(pilot, CharactersScreen, "the characters")
    return screen


async def make_character(pilot: Pilot[Any], name: str, *, bad_name_first: bool) -> None:
    await pilot.press("n")
    form: CharacterForm = await screen_is(pilot, CharacterForm, "the character form")
    name_input = form.query_one("#f-name", Input)
    await type_into(pilot, name_input, "R2-D2" if bad_name_first else name)
    await type_into(pilot, form.query_one("#f-traits .tag-input", Input), "curious")
    await pilot.press("enter")
    goals = form.query_one("#f-goals", SelectionList)
    goals.focus()
    await pilot.press("space")  # the first goal: managing anxiety
    await type_into(pilot, form.query_one("#f-country", Input), "GB")
    await pilot.pause()
    if bad_name_first:
        await wait_until(
            pilot, lambda: (load_draft() or {}).get("name") == "R2-D2", what="the draft saved"
        )
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: "name" in form.errors, what="the name error")
        error = form.query_one("#err-name", Static)
        assert error.display and "letters" in str(error.render())
        assert form.focused is name_input
        assert not form.query_one("#err-traits", Static).display
        assert isinstance(pilot.app.screen, CharacterForm)
        name_input.value = name
    await pilot.press("ctrl+s")
    await screen_is(pilot, CharactersScreen, "back to the characters")


async def start_story(pilot: Pilot[Any]) -> StoryScreen:
    await pilot.press("enter")  # play the highlighted character
    worlds: WorldsScreen = await screen_is(pilot, WorldsScreen, "the worlds")
    ids = [w["id"] for w in worlds.worlds]
    for _ in range(ids.index("lantern-coast")):
        await pilot.press("down")
    await pilot.press("enter")
    story: StoryScreen = await screen_is(pilot, StoryScreen, "the story")
    await wait_until(pilot, lambda: story.summary.location == "The Quay", what="the opening")
    return story


async def say(pilot: Pilot[Any], story: StoryScreen, text: str, *, keys: bool = True) -> None:
    await type_into(pilot, story.command_input, text, keys=keys)
    await pilot.press("enter")


async def test_register_create_play_and_come_through_a_crisis(server_url: str) -> None:
    app = TTAApp([server_url])
    async with app.run_test(size=SIZE) as pilot:
        characters = await register(pilot, "robin")
        assert characters.characters == []
        await make_character(pilot, "Robin Vale", bad_name_first=True)
        characters = await screen_is(pilot, CharactersScreen)
        await wait_until(pilot, lambda: len(characters.characters) == 1, what="the new character")
        assert characters.characters[0]["name"] == "Robin Vale"
        assert load_draft() is None, "the draft is cleared once the character exists"

        story = await start_story(pilot)
        paragraphs = story.story_log.paragraphs
        assert paragraphs[0].kind == "disclosure" and "software" in paragraphs[0].text
        assert "999" in paragraphs[0].text, "the notice names the emergency number (GB)"
        assert any(p.kind == "narration" for p in paragraphs)
        side = story.query_one(SidePanel)
        assert "The Quay" in side.as_text() and "Step 1 of 7" in side.as_text()

        await say(pilot, story, "go inside")
        await wait_until(pilot, lambda: story.summary.location == "Rue's Tea Hut")
        texts = [p.text for p in story.story_log.paragraphs]
        assert "> go inside" in texts
        assert "Rue Penhallow" in side.as_text() and "out" in side.as_text()
        assert "[*Rue's Tea Hut]" in story.map_view.as_text()

        await say(pilot, story, CRISIS_TEXT, keys=False)
        crisis: CrisisScreen = await screen_is(pilot, CrisisScreen, "the crisis panel")
        assert crisis.as_text().startswith("If you are in immediate danger, call 999 now.")
        await pilot.press("escape", "q", "enter")
        await pilot.pause()
        assert app.screen is crisis
        await pilot.press("tab")
        assert isinstance(crisis.focused, Button) and crisis.focused.id == "choice-continue"
        await pilot.press("enter")
        await screen_is(pilot, StoryScreen, "the story again")
        await wait_until(
            pilot,
            lambda: any(p.kind == "safety" for p in story.story_log.paragraphs),
            what="the resolved message",
        )
        before = len(story.story_log.paragraphs)
        await say(pilot, story, "look around")
        await wait_until(pilot, lambda: len(story.story_log.paragraphs) > before + 1)
        assert story.story_log.paragraphs[before].text == "> look around"
        assert story.summary.location == "Rue's Tea Hut"
        assert app.failures == []


async def test_a_held_story_reopens_the_crisis_panel_and_end_closes_it(server_url: str) -> None:
    app = TTAApp([server_url])
    async with app.run_test(size=SIZE) as pilot:
        await register(pilot, "sasha")
        await make_character(pilot, "Sasha Lee", bad_name_first=False)
        story = await start_story(pilot)
        await say(pilot, story, CRISIS_TEXT, keys=False)
        await screen_is(pilot, CrisisScreen)
        app.close_crisis()  # as if it were lost; the server still holds the story
        await screen_is(pilot, StoryScreen)
        await say(pilot, story, "look around")
        crisis: CrisisScreen = await screen_is(pilot, CrisisScreen, "reopened on safety_hold")
        assert "Samaritans" in crisis.as_text()

        await pilot.press("tab", "tab", "tab", "enter")  # End the session
        closing: ClosingScreen = await screen_is(pilot, ClosingScreen, "the closing panel")
        assert closing.message
        await pilot.press("enter")
        await screen_is(pilot, CharactersScreen, "back to the characters")
        assert app.story_screen() is None and app.failures == []


async def test_a_wrong_password_is_said_under_the_form(server_url: str) -> None:
    first = await Client.open(server_url)
    await first.ok("register", username="tomas", password=PASSWORD)
    await first.close()
    app = TTAApp([server_url], username="tomas")
    async with app.run_test(size=SIZE) as pilot:
        login: LoginScreen = await screen_is(pilot, LoginScreen)
        assert login.query_one("#username", Input).value == "tomas"
        await type_into(pilot, login.query_one("#password", Input), "not the password")
        await pilot.press("enter")
        message = login.query_one("#login-message", Static)
        await wait_until(pilot, lambda: message.display, what="the login error")
        assert "password" in str(message.render()).lower()
        assert login.query_one("#password", Input).value == ""
        assert isinstance(app.screen, LoginScreen) and app.failures == []


async def test_a_story_taken_over_elsewhere_says_so_and_goes_back_to_login(
    server_url: str,
) -> None:
    app = TTAApp([server_url])
    async with app.run_test(size=SIZE) as pilot:
        await register(pilot, "uma")
        await make_character(pilot, "Uma Quill", bad_name_first=False)
        story = await start_story(pilot)
        other = await Client.open(server_url)
        await other.ok("login", username="uma", password=PASSWORD)
        await other.ok("session.resume", session_id=story.session_id, last_seq=0)
        error: ErrorScreen = await screen_is(pilot, ErrorScreen, "the disconnected panel")
        assert error.what_happened == "This story was opened somewhere else."
        assert "Log in again" in error.what_to_do
        await pilot.press("enter")
        await screen_is(pilot, LoginScreen, "back to log in")
        await wait_until(
            pilot,
            lambda: app.link_status is not None and app.link_status.state is LinkState.CONNECTED,
            what="a new link",
        )
        assert app.failures == []
        await other.close()
