"""The whole client against a real server (in this process, embedded store): register, make a
character (a bad field first), pick a world, play, and go through the crisis panel; messages,
pauses, broadcasts and kicks from people; and coming back to a story after a restart."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Button, Input, OptionList, SelectionList, Static

from tests.pipeline.walkthroughs import WALKTHROUGHS
from tests.tui.conftest import wait_until
from tests.wire.client import Client, character
from tta_server.accounts import Accounts
from tta_server.app import App as Server
from tta_server.store.base import Role
from tta_tui.app import TTAApp
from tta_tui.config import DEVICES_NAME, config_path, draft_owner, load_draft
from tta_tui.net import LinkState
from tta_tui.screens.character_form import CharacterForm
from tta_tui.screens.characters import CharactersScreen
from tta_tui.screens.errors import ErrorScreen
from tta_tui.screens.login import LoginScreen
from tta_tui.screens.safety import CrisisScreen
from tta_tui.screens.stories import StoriesScreen
from tta_tui.screens.story import HELD_NOTE, ClosingScreen, StoryScreen
from tta_tui.screens.worlds import WorldsScreen
from tta_tui.widgets.map import render_map
from tta_tui.widgets.side_panel import SidePanel

pytestmark = pytest.mark.usefixtures("client_files")

PASSWORD = "correct horse battery"
CRISIS_TEXT = "honestly I want to stop existing"
SIZE = (100, 30)


async def staff(server: Server, username: str, role: Role) -> Client:
    """A facilitator's or operator's account, logged in on a plain WebSocket client."""
    await Accounts(server.store, server.settings).register(username, PASSWORD, role)
    client = await Client.open(f"ws://127.0.0.1:{server.port}")
    await client.ok("login", username=username, password=PASSWORD)
    return client


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


async def connected_login(pilot: Pilot[Any]) -> LoginScreen:
    """The login screen, once the link is connected."""
    app = pilot.app
    assert isinstance(app, TTAApp)
    await wait_until(
        pilot,
        lambda: app.link_status is not None and app.link_status.state is LinkState.CONNECTED,
        what="connected",
    )
    login: LoginScreen = await screen_is(pilot, LoginScreen)
    return login


async def register(pilot: Pilot[Any], username: str) -> CharactersScreen:
    login = await connected_login(pilot)
    await pilot.press("ctrl+r")
    await type_into(pilot, login.query_one("#username", Input), username)
    await type_into(pilot, login.query_one("#password", Input), PASSWORD, keys=False)
    await type_into(pilot, login.query_one("#password2", Input), PASSWORD, keys=False)
    await pilot.press("enter")
    screen: CharactersScreen = await screen_is(pilot, CharactersScreen, "the characters")
    return screen


def _draft(pilot: Pilot[Any]) -> dict[str, Any] | None:
    """The logged-in account's saved character draft."""
    app = pilot.app
    assert isinstance(app, TTAApp) and app.link is not None and app.username
    return load_draft(draft_owner(app.link.url, app.username))


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
            pilot, lambda: (_draft(pilot) or {}).get("name") == "R2-D2", what="the draft saved"
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
    ids = [w.id for w in worlds.worlds]
    listing = worlds.query_one("#world-list", OptionList)
    moves = ids.index("lantern-coast") - (listing.highlighted or 0)
    for _ in range(abs(moves)):  # from the world highlighted first (the best-suited)
        await pilot.press("down" if moves > 0 else "up")
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
        assert characters.characters[0].name == "Robin Vale"
        assert _draft(pilot) is None, "the draft is cleared once the character exists"

        story = await start_story(pilot)
        paragraphs = story.story_log.paragraphs
        assert paragraphs[0].kind == "disclosure" and "software" in paragraphs[0].text
        assert "999" in paragraphs[0].text, "the notice names the emergency number (GB)"
        assert any(p.kind == "narration" for p in paragraphs)
        side = story.query_one(SidePanel)
        assert "The Quay" in side.as_text() and "0 of 7 steps done" in side.as_text()

        await say(pilot, story, "go inside")
        await wait_until(pilot, lambda: story.summary.location == "Rue's Tea Hut")
        texts = [p.text for p in story.story_log.paragraphs]
        assert "> go inside" in texts
        assert "Rue Penhallow" in side.as_text() and "out" in side.as_text()
        assert "[*Rue's Tea Hut]" in render_map(story.map_model).plain

        await say(pilot, story, CRISIS_TEXT, keys=False)
        crisis: CrisisScreen = await screen_is(pilot, CrisisScreen, "the crisis panel")
        assert crisis.as_text().startswith("If you are in immediate danger, call 999 now.")
        crisis.armed_at = math.inf  # keys typed ahead, as the panel opens
        await pilot.press("escape", "q", "enter")
        await pilot.pause()
        assert app.screen is crisis
        crisis.armed_at = 0.0
        await pilot.press("shift+tab")
        assert isinstance(crisis.focused, Button) and crisis.focused.id == "choice-continue"
        await pilot.press("enter")
        await screen_is(pilot, StoryScreen, "the story again")
        await wait_until(
            pilot,
            lambda: sum(p.kind == "safety" for p in story.story_log.paragraphs) > 1,
            what="the resolved message",
        )
        # fresh6: the words that opened the panel were not in the story afterwards ("it looks
        # like the game paused on nothing"); they are, with a line saying they were not played
        texts = [(p.kind, p.text) for p in story.story_log.paragraphs]
        held = texts.index(("input", f"> {CRISIS_TEXT}"))
        assert texts[held + 1] == ("safety", HELD_NOTE)
        assert texts.count(("input", f"> {CRISIS_TEXT}")) == 1
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

        crisis.armed_at = 0.0
        end = crisis.query_one("#choice-end")
        for _ in range(4):  # no choice has the focus when it opens (tui40): Tab to "End"
            await pilot.press("tab")
            if crisis.focused is end:
                break
        await pilot.press("enter")
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


async def test_this_device_logs_in_while_others_guess_the_name(server_url: str) -> None:
    app = TTAApp([server_url])
    async with app.run_test(size=SIZE) as pilot:
        await register(pilot, "uma")
    devices = config_path().parent / DEVICES_NAME
    assert devices.stat().st_mode & 0o077 == 0  # readable by its owner only
    assert list(json.loads(devices.read_text())) == [f"uma at {server_url}"]
    guesser = await Client.open(server_url)
    for _ in range(6):  # past the name's limit
        await guesser.request("login", username="uma", password="a wrong guess")
    refused = await guesser.request("login", username="uma", password=PASSWORD)
    assert refused["code"] == "login_throttled"  # for anyone without uma's device
    await guesser.close()
    app = TTAApp([server_url], username="uma")
    async with app.run_test(size=SIZE) as pilot:
        login = await connected_login(pilot)
        await type_into(pilot, login.query_one("#password", Input), PASSWORD, keys=False)
        await pilot.press("enter")
        await screen_is(pilot, CharactersScreen, "the characters")


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


# -- people in the story ------------------------------------------------------------------------
def kinds(story: StoryScreen, kind: str) -> list[str]:
    return [p.text for p in story.story_log.paragraphs if p.kind == kind]


def toasts(app: TTAApp, title: str) -> list[str]:
    return [n.message for n in app._notifications if n.title == title]


async def test_a_facilitator_writes_pauses_and_resumes_the_story(
    server: Server, server_url: str
) -> None:
    app = TTAApp([server_url])
    async with app.run_test(size=SIZE) as pilot:
        await register(pilot, "kim")
        await make_character(pilot, "Kim Park", bad_name_first=False)
        story = await start_story(pilot)
        sid = story.session_id
        fran = await staff(server, "fran", Role.FACILITATOR)
        try:
            hello = "Hello Kim, I am Fran. I am here if you would like to talk."
            await fran.ok("facilitator.message", session_id=sid, text=hello)
            await wait_until(pilot, lambda: kinds(story, "facilitator"), what="the message")
            assert kinds(story, "facilitator") == [f"Message from fran (a facilitator):\n{hello}"]
            assert not any(hello in t for t in kinds(story, "narration")), "not the narration"

            await fran.ok("facilitator.pause", session_id=sid, reason="A quick check-in.")
            bar = story.query_one("#story-state", Static)
            await wait_until(pilot, lambda: story.paused and bar.display, what="the paused bar")
            assert str(bar.render()).startswith("Paused by fran (a facilitator).")
            [paused] = kinds(story, "pause")
            assert "A quick check-in." in paused
            before = len(story.story_log.paragraphs)
            await say(pilot, story, "go inside")
            await wait_until(pilot, lambda: toasts(app, "Your story is paused"), what="a toast")
            assert story.command_input.value == "go inside", "kept, to send later"
            assert app.link is not None and app.link.pending_turns == 0, "not sent"
            assert len(story.story_log.paragraphs) == before

            # A turn that left before the pause reached the screen: the server refuses it.
            story.set_paused(False)
            await pilot.press("enter")
            await wait_until(pilot, lambda: story.paused and bar.display, what="paused again")
            await wait_until(pilot, lambda: story.command_input.value == "go inside")
            mine = await Client.open(server_url)
            await mine.ok("login", username="kim", password=PASSWORD)
            history = await mine.ok("session.history", session_id=sid)
            await mine.close()
            assert not [e for e in history["entries"] if e["kind"] == "input"], "nothing played"

            await fran.ok("facilitator.resume", session_id=sid)
            await wait_until(pilot, lambda: not story.paused and not bar.display, what="resumed")
            assert len(kinds(story, "pause")) == 2
            story.command_input.focus()
            await pilot.press("enter")
            await wait_until(pilot, lambda: story.summary.location == "Rue's Tea Hut")
            assert kinds(story, "input") == ["> go inside"]
            assert len(kinds(story, "facilitator")) == 1
            assert app.failures == []
        finally:
            await fran.close()


async def test_an_operator_broadcast_and_kick_reach_the_player(
    server: Server, server_url: str
) -> None:
    app = TTAApp([server_url])
    async with app.run_test(size=SIZE) as pilot:
        await register(pilot, "noor")
        await make_character(pilot, "Noor Ali", bad_name_first=False)
        story = await start_story(pilot)
        ops = await staff(server, "ops", Role.ADMIN)
        try:
            text = "The server restarts at 18:00 for a few minutes; your story is saved."
            await ops.ok("admin.broadcast", text=text)
            await wait_until(pilot, lambda: toasts(app, "From the team"), what="the toast")
            assert toasts(app, "From the team") == [f"{text}\n(ops)"]
            assert kinds(story, "team") == [f"From the team (ops):\n{text}"]

            reason = "We are moving your story to a quieter server; please log in again. " * 3
            await ops.ok("admin.kick", session_id=story.session_id, reason=reason.strip())
            error: ErrorScreen = await screen_is(pilot, ErrorScreen, "the kicked panel")
            assert reason.strip() in error.what_happened, "the reason in full, not cut"
            await wait_until(
                pilot,
                lambda: app.link_status is not None and app.link_status.state is LinkState.STOPPED,
                what="the link stopped",
            )
            assert len([s for s in app.screen_stack if isinstance(s, ErrorScreen)]) == 1
            await pilot.press("enter")
            await screen_is(pilot, LoginScreen, "back to log in")
            assert app.failures == []
        finally:
            await ops.close()


# -- coming back to a story ---------------------------------------------------------------------
async def log_in(pilot: Pilot[Any]) -> CharactersScreen:
    login = await connected_login(pilot)
    await type_into(pilot, login.query_one("#password", Input), PASSWORD, keys=False)
    await type_into(pilot, login.query_one("#password2", Input), PASSWORD, keys=False)
    await pilot.press("enter")
    screen: CharactersScreen = await screen_is(pilot, CharactersScreen, "the characters")
    return screen


async def test_quit_restart_and_resume_shows_every_line_once(
    server: Server, server_url: str
) -> None:
    first = TTAApp([server_url])
    async with first.run_test(size=SIZE) as pilot:
        await register(pilot, "lee")
        await make_character(pilot, "Lee Jones", bad_name_first=False)
        story = await start_story(pilot)
        await say(pilot, story, "go inside")
        await wait_until(pilot, lambda: story.summary.location == "Rue's Tea Hut")
        sid = story.session_id
        await pilot.press("ctrl+q")
    assert sid is not None and first.failures == []

    fran = await staff(server, "fran", Role.FACILITATOR)
    await fran.ok("facilitator.message", session_id=sid, text="Welcome back whenever you like.")
    await fran.close()

    app = TTAApp([server_url], username="lee")
    async with app.run_test(size=SIZE) as pilot:
        characters = await log_in(pilot)
        going = characters.query_one("#characters-stories", Static)
        await wait_until(pilot, lambda: going.display, what="the stories hint")
        assert "1 active story" in str(going.render())
        await pilot.press("s")
        stories: StoriesScreen = await screen_is(pilot, StoriesScreen, "your stories")
        [entry] = stories.stories
        assert (entry.title, entry.status) == ("The Lantern Coast: Lee Jones", "active")
        await pilot.press("enter")
        story = await screen_is(pilot, StoryScreen, "the resumed story")
        await wait_until(pilot, lambda: story.caught_up, what="the replay")
        log = story.story_log
        await wait_until(
            pilot,
            lambda: log.paragraphs[-1].is_mounted and log.scroll_y >= log.max_scroll_y,
            what="the newest text in view",
        )
        assert log.following and "Welcome back" in log.paragraphs[-1].text
        assert app.link is not None
        history = await app.link.request("session.history", session_id=sid, limit=200)
        narration = [e["text"] for e in history["entries"] if e["kind"] == "narration"]
        assert narration and kinds(story, "narration") == narration, "each paragraph once"
        assert kinds(story, "input") == ["> go inside"]
        assert kinds(story, "facilitator") == [
            "Message from fran (a facilitator):\nWelcome back whenever you like."
        ]
        assert len(kinds(story, "disclosure")) == 1
        assert story.summary.location == "Rue's Tea Hut", "the side panel from the replay"

        before = len(kinds(story, "narration"))
        await say(pilot, story, "go out")
        await wait_until(pilot, lambda: story.summary.location == "The Quay")
        after = await app.link.request("session.history", session_id=sid, limit=200)
        narration = [e["text"] for e in after["entries"] if e["kind"] == "narration"]
        assert kinds(story, "narration") == narration and len(narration) > before

        # End it: it stays in the list, ended, and opens read only.
        await pilot.press("f10")
        await pilot.pause()
        await pilot.press("tab", "enter")  # "End story"
        await screen_is(pilot, ClosingScreen, "the closing panel")
        await pilot.press("enter")
        await screen_is(pilot, CharactersScreen, "back to the characters")
        await pilot.press("s")
        stories = await screen_is(pilot, StoriesScreen, "your stories again")
        await wait_until(pilot, lambda: stories.stories and stories.stories[0].status == "ended")
        await pilot.press("enter")
        reading: StoryScreen = await screen_is(pilot, StoryScreen, "the ended story")
        assert reading.read_only and reading.command_input.disabled
        final = await app.link.request("session.history", session_id=sid, limit=200)
        narration = [e["text"] for e in final["entries"] if e["kind"] == "narration"]
        assert kinds(reading, "narration") == narration
        note = reading.query_one("#story-state", Static)
        assert note.display and "has ended" in str(note.render())
        await pilot.press("escape")
        await screen_is(pilot, StoriesScreen, "back to the list")
        assert app.failures == []


async def test_a_long_story_resumes_in_order_with_every_line_once(
    server: Server, server_url: str
) -> None:
    """More events than the server replays in one page (500), written over the wire."""
    player = await Client.open(server_url)
    await player.ok("register", username="ravi", password=PASSWORD)
    await player.ok("login", username="ravi", password=PASSWORD)
    doc = {"name": "Ravi Das", "traits": ["patient"], "profile": {"goals": ["mindfulness"]}}
    character = (await player.ok("character.create", character=doc))["character"]
    sid = (
        await player.ok("session.start", character_id=character["id"], world_id="lantern-coast")
    )["session"]["id"]
    fran = await staff(server, "fran", Role.FACILITATOR)
    moves = ["go inside", "go out", "look around"]
    for i in range(150):
        await player.ok("turn", turn_id=f"t{i}", text=moves[i % len(moves)])
        if i == 75:
            await fran.ok("facilitator.message", session_id=sid, text="Halfway there.")
    await fran.close()
    await player.close()

    app = TTAApp([server_url], username="ravi")
    async with app.run_test(size=SIZE) as pilot:
        await log_in(pilot)
        await pilot.press("s")
        stories: StoriesScreen = await screen_is(pilot, StoriesScreen, "your stories")
        assert stories.stories[0].last_seq > 500
        await pilot.press("enter")
        story = await screen_is(pilot, StoryScreen, "the resumed story")
        await wait_until(pilot, lambda: story.caught_up, within=30, what="the replay")
        assert app.link is not None
        entries: list[dict[str, Any]] = []
        before: int | None = None
        while True:
            fields: dict[str, Any] = {"session_id": sid, "limit": 200}
            if before is not None:
                fields["before_seq"] = before
            page = await app.link.request("session.history", **fields)
            entries = page["entries"] + entries
            before = page["next_before_seq"]
            if before is None:
                break
        shown = [(p.kind, p.text) for p in story.story_log.paragraphs]
        expected = [
            (e["kind"], ("> " if e["kind"] == "input" else "") + e["text"])
            for e in entries
            if e["kind"] in ("narration", "input")
        ]
        assert len(expected) > 300
        assert [x for x in shown if x[0] in ("narration", "input")] == expected
        assert kinds(story, "facilitator") == ["Message from fran (a facilitator):\nHalfway there."]
        at = [k for k, _ in shown].index("facilitator")
        assert [k for k, _ in shown[:at]].count("input") == 76, "in its place, after turn 75"
        assert app.failures == []


async def test_a_finished_story_is_listed_as_finished_opens_to_read_and_can_be_played_on(
    server_url: str,
) -> None:
    """A story played to its ending (over the wire) is still active on the server; the list
    says "finished", Enter reads it, p plays on in it."""
    player = await Client.open(server_url)
    await player.ok("register", username="fay", password=PASSWORD)
    await player.ok("login", username="fay", password=PASSWORD)
    cid = (await player.ok("character.create", character=character("Fay Lorne")))["character"]
    started = await player.ok("session.start", character_id=cid["id"], world_id="lantern-coast")
    await player.wait_events(started["session"]["last_seq"])
    for text in WALKTHROUGHS["lantern-coast"]:
        await player.turn(text)
    assert player.events[-1]["data"]["summary"]["arc"]["ended"]
    await player.close()

    app = TTAApp([server_url], username="fay")
    async with app.run_test(size=SIZE) as pilot:
        characters = await log_in(pilot)
        assert not characters.query_one("#characters-stories", Static).display, (
            "a finished story is not one waiting to be carried on"
        )
        await pilot.press("s")
        stories: StoriesScreen = await screen_is(pilot, StoriesScreen, "your stories")
        [entry] = stories.stories
        assert (entry.status, entry.state, entry.resumable) == ("active", "finished", False)
        assert str(stories.query_one("#open-story", Button).label) == "Read"
        await pilot.press("enter")
        reading: StoryScreen = await screen_is(pilot, StoryScreen, "the finished story")
        assert reading.read_only and reading.command_input.disabled
        note = reading.query_one("#story-state", Static)
        assert "reached its ending" in str(note.render())
        await pilot.press("escape")
        stories = await screen_is(pilot, StoriesScreen, "back to the list")
        await pilot.press("p")
        story: StoryScreen = await screen_is(pilot, StoryScreen, "the story, played on")
        assert not story.read_only
        await wait_until(pilot, lambda: story.caught_up, what="the replay")
        assert story.summary.arc.ended
        await say(pilot, story, "look")
        await wait_until(pilot, lambda: kinds(story, "input")[-1] == "> look", what="the turn")
        assert app.failures == []


async def test_finishing_a_story_then_going_back_leaves_no_active_story_said(
    server_url: str,
) -> None:
    """Found by a newcomer: after the story reached its ending, Escape (to Your stories) and
    Escape again (to the characters) still said "You have 1 active story": the characters
    screen kept the count it had when it opened. Going back to it now reads it again."""
    player = await Client.open(server_url)
    await player.ok("register", username="fay", password=PASSWORD)
    await player.ok("login", username="fay", password=PASSWORD)
    cid = (await player.ok("character.create", character=character("Fay Lorne")))["character"]
    started = await player.ok("session.start", character_id=cid["id"], world_id="lantern-coast")
    await player.wait_events(started["session"]["last_seq"])
    *before, last = WALKTHROUGHS["lantern-coast"]
    for text in before:
        await player.turn(text)
    assert not player.events[-1]["data"]["summary"]["arc"]["ended"]
    await player.close()

    app = TTAApp([server_url], username="fay")
    async with app.run_test(size=SIZE) as pilot:
        characters = await log_in(pilot)
        going = characters.query_one("#characters-stories", Static)
        assert going.display and "1 active story" in str(going.render())
        await pilot.press("s")
        await screen_is(pilot, StoriesScreen, "your stories")
        await pilot.press("enter")
        story: StoryScreen = await screen_is(pilot, StoryScreen, "the story, resumed")
        await wait_until(pilot, lambda: story.caught_up, what="the replay")
        await say(pilot, story, last)
        await wait_until(pilot, lambda: story.summary.arc.ended, what="the ending")
        await pilot.press("escape")
        await screen_is(pilot, StoriesScreen, "back to the list")
        await pilot.press("escape")
        assert await screen_is(pilot, CharactersScreen, "the characters") is characters
        await wait_until(pilot, lambda: not going.display, what="no active story said")
        assert app.failures == []
