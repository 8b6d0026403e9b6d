"""The client's other screens on fixed data, driven with a Pilot (no network): your stories, the
character form, login, characters and worlds, the status chip, and the app without a server."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from textual.notifications import Notification
from textual.widgets import Button, Input, OptionList, SelectionList, Static

from tests.conftest import free_port
from tests.tui.conftest import (
    ARIA,
    CHARACTER_NAMES,
    CHARACTERS,
    CONNECTED,
    CRISIS,
    FIELD_ERRORS,
    GOAL_LABELS,
    NOW,
    SCHEMA,
    SESSIONS,
    URL,
    WORLD_TITLES,
    WORLDS,
    ScreenHarness,
    event,
    facilitator_message,
    fresh,
    opening_events,
    started,
    top,
    wait_until,
)
from tta_server.protocol.events import SafetyCrisis
from tta_server.protocol.messages import Kicked, Notice
from tta_tui.app import TTAApp
from tta_tui.net import LinkState, LinkStatus
from tta_tui.screens.character_form import CharacterForm, field_key, group_errors
from tta_tui.screens.characters import CharactersScreen, ConfirmScreen
from tta_tui.screens.errors import ErrorScreen
from tta_tui.screens.help import HelpScreen, help_text
from tta_tui.screens.login import LoginScreen
from tta_tui.screens.safety import CrisisScreen
from tta_tui.screens.stories import (
    UNKNOWN_CHARACTER,
    UNKNOWN_WORLD,
    StoriesScreen,
    human_time,
    story_entries,
    story_lines,
)
from tta_tui.screens.story import StoryScreen
from tta_tui.screens.worlds import WorldsScreen
from tta_tui.widgets.error_line import ErrorLine
from tta_tui.widgets.status_chip import StatusChip, describe_status

pytestmark = pytest.mark.usefixtures("client_files")


# -- your stories -------------------------------------------------------------------------------
def test_times_are_said_in_words() -> None:
    assert human_time(NOW - 10, NOW) == "just now"
    assert human_time(NOW + 30, NOW) == "just now", "a clock a little ahead"
    assert human_time(NOW - 60, NOW) == "1 minute ago"
    assert human_time(NOW - 5 * 60, NOW) == "5 minutes ago"
    # rounded to the nearest (newcomer 20: "started 1 minute ago", begun 2 to 3 minutes before)
    assert human_time(NOW - 119, NOW) == "2 minutes ago"
    assert human_time(NOW - (2 * 60 + 50), NOW) == "3 minutes ago"
    assert human_time(NOW - 89, NOW) == "1 minute ago"
    assert human_time(NOW - (59 * 60 + 40), NOW) == "1 hour ago"
    assert human_time(NOW - (2 * 3600 + 40 * 60), NOW) == "3 hours ago"
    assert human_time(NOW - (23 * 3600 + 40 * 60), NOW) == "yesterday"
    assert human_time(NOW - 3600, NOW) == "1 hour ago"
    assert human_time(NOW - 23 * 3600, NOW) == "23 hours ago"
    assert human_time(NOW - 30 * 3600, NOW) == "yesterday"
    assert human_time(NOW - 3 * 86400, NOW) == "3 days ago"
    old = time.localtime(1771588800.0)
    assert human_time(1771588800.0, NOW) == f"on {old.tm_mday} {time.strftime('%B', old)}"
    long_ago = 1700000000.0
    then = time.localtime(long_ago)
    assert human_time(long_ago, NOW).endswith(f" {then.tm_year}")


def test_stories_name_the_world_and_the_character() -> None:
    entries = story_entries(fresh({"s": SESSIONS})["s"], WORLD_TITLES, CHARACTER_NAMES)
    assert [(e.title, e.status, e.state) for e in entries] == [
        ("The Lantern Coast: Aria Moon", "active", "active"),
        ("The Ember Library: José Ortega", "active", "finished"),
        ("The Ember Library: Aria Moon", "ended", "ended"),
        (f"{UNKNOWN_WORLD}: {UNKNOWN_CHARACTER}", "ended", "ended"),
    ]
    assert story_lines(entries[0], NOW) == (
        "The Lantern Coast: Aria Moon (active)",
        "Last played 5 minutes ago, started 3 days ago.",
    )
    assert story_lines(entries[1], NOW)[0] == "The Ember Library: José Ortega (finished)"
    assert entries[0].last_seq == 7 and entries[0].active and not entries[2].active
    assert [e.resumable for e in entries] == [True, False, False, False]


async def test_the_stories_list_resumes_or_reads_and_goes_back() -> None:
    entries = story_entries(fresh({"s": SESSIONS})["s"], WORLD_TITLES, CHARACTER_NAMES)
    app = ScreenHarness(lambda: StoriesScreen(entries, now=lambda: NOW))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = top(app, StoriesScreen)
        button = screen.query_one("#open-story", Button)
        assert str(button.label) == "Resume"
        await pilot.press("enter")
        await pilot.pause()
        assert [m.story.session_id for m in app.posted(StoriesScreen.Open)] == ["s1"]
        await pilot.press("enter")
        await pilot.pause()
        assert len(app.posted(StoriesScreen.Open)) == 1, "once, until the story opens"
        screen.busy = False
        play_on = screen.query_one("#play-on", Button)
        assert not play_on.display
        await pilot.press("p")
        await pilot.pause()
        assert len(app.posted(StoriesScreen.Open)) == 1, "no playing on in an unfinished story"
        await pilot.press("down")  # finished, still active: read it, or play on
        await pilot.pause()
        assert str(button.label) == "Read" and play_on.display
        await pilot.press("enter")
        await pilot.pause()
        opened = app.posted(StoriesScreen.Open)[-1]
        assert (opened.story.session_id, opened.play_on) == ("s2", False)
        screen.busy = False
        await pilot.press("p")
        await pilot.pause()
        opened = app.posted(StoriesScreen.Open)[-1]
        assert (opened.story.session_id, opened.play_on) == ("s2", True)
        screen.busy = False
        await pilot.press("down")
        await pilot.pause()
        assert str(button.label) == "Read" and not play_on.display
        await pilot.press("enter")
        await pilot.pause()
        assert app.posted(StoriesScreen.Open)[-1].story.session_id == "s3"
        await pilot.press("p")
        await pilot.pause()
        assert len(app.posted(StoriesScreen.Open)) == 4, "an ended story cannot be played on"
        await pilot.press("escape")
        await pilot.pause()
        assert app.posted(StoriesScreen.Back)


async def test_no_stories_yet_says_how_to_start_one() -> None:
    app = ScreenHarness(lambda: StoriesScreen([], now=lambda: NOW))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = top(app, StoriesScreen)
        empty = screen.query_one("#stories-empty", Static)
        assert empty.display and "no stories yet" in str(empty.render())
        assert not screen.query_one("#story-list", OptionList).display
        assert screen.query_one("#open-story", Button).disabled
        await pilot.press("enter")
        await pilot.pause()
        assert not app.posted(StoriesScreen.Open)


async def test_the_characters_say_a_story_is_waiting_and_s_lists_them() -> None:
    app = ScreenHarness(
        lambda: CharactersScreen(fresh({"c": CHARACTERS})["c"], "aria", active_stories=1)
    )
    async with app.run_test(size=(80, 24)) as pilot:
        screen = top(app, CharactersScreen)
        going = screen.query_one("#characters-stories", Static)
        assert going.display and "1 active story" in str(going.render())
        await pilot.press("s")
        await pilot.pause()
        assert len(app.posted(CharactersScreen.Stories)) == 1
        screen.show(screen.characters, 0)
        await pilot.pause()
        assert not going.display


@pytest.mark.parametrize("active", [1, 0])
async def test_the_characters_hints_agree_on_what_enter_does(active: int) -> None:
    """Newcomer play: with a story waiting, the line at the top said "Enter on a character
    plays a new story" and the line below "Enter (or s) opens Your stories": Enter does one
    of them (the focus is on Your stories). Only the line about the focused place names Enter
    as what it does now; the other says how to get to the list."""
    app = ScreenHarness(
        lambda: CharactersScreen(fresh({"c": CHARACTERS})["c"], "aria", active_stories=active)
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = top(app, CharactersScreen)
        hint = str(screen.query_one("#characters-hint", Static).render())
        going = screen.query_one("#characters-stories", Static)
        if active:
            assert "Enter (or s) opens Your stories" in str(going.render())
            assert "Enter on a character" not in hint and "Tab to the list" in hint
            assert app.focused is screen.query_one("#stories")
            await pilot.press("tab")
            assert app.focused is screen.query_one("#character-list"), "Tab reaches the list"
        else:
            assert not going.display and "Enter on a character plays a new story" in hint
        screen.show(screen.characters, 1 - active)
        await pilot.pause()
        flipped = str(screen.query_one("#characters-hint", Static).render())
        assert ("Tab to the list" in flipped) is (not active), "follows the count"


@pytest.mark.parametrize("active", [1, 0])
async def test_after_login_enter_resumes_first_when_a_story_waits(active: int) -> None:
    """Newcomer play: Enter after logging in started a new story while one was waiting."""
    app = ScreenHarness(
        lambda: CharactersScreen(fresh({"c": CHARACTERS})["c"], "aria", active_stories=active)
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        if active:
            assert app.posted(CharactersScreen.Stories) and not app.posted(CharactersScreen.Play)
        else:
            assert app.posted(CharactersScreen.Play) and not app.posted(CharactersScreen.Stories)


# -- the character form -------------------------------------------------------------------------
def test_error_paths_map_to_form_fields() -> None:
    assert field_key("name") == "name"
    assert field_key("traits.1") == "traits"
    assert field_key("traits[1]") == "traits"
    assert field_key("profile.goals[0]") == "goals"
    assert field_key("character.profile.avoid_topics[2]") == "avoid"
    assert field_key("profile.share_transcript") == "share"
    assert field_key("profile") is None and field_key("colour") is None
    per_field, loose = group_errors({"traits.0": "a", "traits.1": "b", "colour": "c"})
    assert per_field == {"traits": ["a", "b"]} and loose == ["colour: c"]


async def test_form_shows_every_server_error_under_its_field_at_once() -> None:
    app = ScreenHarness(lambda: CharacterForm(SCHEMA, document=fresh(ARIA)))
    async with app.run_test(size=(80, 24)) as pilot:
        form = app.screen
        assert isinstance(form, CharacterForm)
        await pilot.pause()
        form.show_errors(None, {**FIELD_ERRORS, "extra": "Odd."})
        await pilot.pause()
        shown = {
            key: form.query_one(f"#err-{key}", ErrorLine).message
            for key in ("name", "traits", "goals", "country", "pronouns", "intensity", "share")
            if form.query_one(f"#err-{key}", Static).display
        }
        assert shown == {
            "name": FIELD_ERRORS["name"],
            "traits": FIELD_ERRORS["traits[0]"],
            "goals": FIELD_ERRORS["profile.goals[0]"],
            "country": FIELD_ERRORS["profile.country"],
        }
        top = form.query_one("#form-message", ErrorLine).message
        assert top == (
            "Please fix Name, Personality traits, Goals, Country: what is wrong is written under "
            "each. extra: Odd."
        )
        assert form.focused is form.query_one("#f-name", Input), "the first field in error"

        form.show_errors(None, {"profile.goals": "Pick 1 to 5 goals."})
        await pilot.pause()
        assert not form.query_one("#err-name", Static).display
        assert form.error_text("goals") == "Pick 1 to 5 goals."
        assert form.query_one("#form-message", ErrorLine).message == (
            "Please fix Goals: what is wrong is written under it."
        )


async def test_form_restores_a_draft_and_reports_every_change() -> None:
    draft = fresh(ARIA)
    draft["pronouns"] = "xe/xem"
    draft["profile"]["intensity"] = "moderate"
    draft["profile"]["share_transcript"] = True
    draft["profile"]["quiet_coaching"] = True
    app = ScreenHarness(lambda: CharacterForm(SCHEMA, document=draft))
    async with app.run_test(size=(80, 24)) as pilot:
        form = app.screen
        assert isinstance(form, CharacterForm)
        await pilot.pause()
        assert form.document() == draft
        assert form.query_one("#f-name", Input).value == "Aria Moon"
        assert not form.query_one("#f-pronouns-custom", Input).disabled

        app.messages.clear()
        form.query_one("#f-name", Input).focus()
        await pilot.press("end", *" Jr")
        await pilot.pause()
        drafts = app.posted(CharacterForm.DraftChanged)
        assert drafts and drafts[-1].document["name"] == "Aria Moon Jr"

        traits = form.query_one("#f-traits .tag-input", Input)
        traits.focus()
        await pilot.press(*"brave", "enter")
        await pilot.pause()
        assert app.posted(CharacterForm.DraftChanged)[-1].document["traits"] == [
            "curious",
            "kind",
            "brave",
        ]
        await pilot.press("ctrl+s")
        await pilot.pause()
        [submitted] = app.posted(CharacterForm.Submitted)
        assert submitted.character_id is None
        assert submitted.document["traits"] == ["curious", "kind", "brave"]


async def test_editing_posts_no_drafts() -> None:
    app = ScreenHarness(lambda: CharacterForm(SCHEMA, document=fresh(ARIA), character_id="c1"))
    async with app.run_test(size=(80, 24)) as pilot:
        form = app.screen
        assert isinstance(form, CharacterForm)
        await pilot.pause()
        await pilot.press(*"x")
        await pilot.pause()
        assert not app.posted(CharacterForm.DraftChanged)
        await pilot.press("escape")
        await pilot.pause()
        assert app.posted(CharacterForm.Cancelled)


async def test_tags_are_added_with_enter_and_removed_with_delete() -> None:
    app = ScreenHarness(lambda: CharacterForm(SCHEMA))
    async with app.run_test(size=(80, 24)) as pilot:
        form = app.screen
        assert isinstance(form, CharacterForm)
        await pilot.pause()
        avoid = form.query_one("#f-avoid .tag-input", Input)
        avoid.focus()
        await pilot.press(*"spiders", "enter", *"deep water", "enter", *"Spiders", "enter")
        await pilot.pause()
        assert form.document()["profile"]["avoid_topics"] == ["spiders", "deep water"]
        await pilot.press("tab", "shift+tab")  # the row of tags (Shift+Tab), its first marked
        await pilot.press("delete")
        await wait_until(
            pilot, lambda: form.document()["profile"]["avoid_topics"] == ["deep water"]
        )
        assert form.document()["pronouns"] == "they/them"


async def test_tab_into_the_goals_then_space_ticks_the_first_goal() -> None:
    app = ScreenHarness(lambda: CharacterForm(SCHEMA))
    async with app.run_test(size=(80, 24)) as pilot:
        form = app.screen
        assert isinstance(form, CharacterForm)
        await pilot.pause()
        goals = form.query_one("#f-goals", SelectionList)
        form.query_one("#f-traits .tag-input", Input).focus()
        await pilot.press("tab")
        await pilot.pause()
        assert form.focused is goals, "the goals come after the traits"
        first = SCHEMA.goals[0].id
        assert goals.highlighted == 0, "a row is highlighted as soon as the list has focus"
        await pilot.press("space")
        await pilot.pause()
        assert goals.selected == [first]
        assert app.posted(CharacterForm.DraftChanged)[-1].document["profile"]["goals"] == [first]


# -- login, characters, worlds ------------------------------------------------------------------
async def test_login_needs_both_fields_and_shows_server_errors_under_them() -> None:
    app = ScreenHarness(lambda: LoginScreen(URL))
    async with app.run_test(size=(80, 24)) as pilot:
        login = app.screen
        assert isinstance(login, LoginScreen)
        await pilot.press("enter", "enter")
        await pilot.pause()
        assert not app.posted(LoginScreen.Submitted)
        assert login.query_one("#err-password", ErrorLine).message == "Enter your password."
        await pilot.press("ctrl+r")
        assert login.registering
        login.query_one("#username", Input).value = "ab"
        login.query_one("#password", Input).value = "correct horse battery"
        login.query_one("#password2", Input).value = "correct horse battery"
        login.query_one("#password2", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        [sent] = app.posted(LoginScreen.Submitted)
        assert (sent.username, sent.register) == ("ab", True)
        login.show_errors("Please fix the highlighted fields.", {"username": "Use 3 to 32."})
        await pilot.pause()
        assert login.query_one("#err-username", ErrorLine).message == "Use 3 to 32."
        assert not login.query_one("#err-password", Static).display
        assert login.focused is login.query_one("#username", Input)


async def test_deleting_a_character_needs_a_confirmation() -> None:
    app = ScreenHarness(lambda: CharactersScreen(fresh({"c": CHARACTERS})["c"], "aria"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("down", "d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("enter")  # "Keep it" is focused
        await pilot.pause()
        assert isinstance(app.screen, CharactersScreen) and not app.posted(CharactersScreen.Delete)
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert not app.posted(CharactersScreen.Delete)
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("tab", "enter")
        await pilot.pause()
        [deleted] = app.posted(CharactersScreen.Delete)
        assert deleted.character.name == "José Ortega"
        await pilot.press("enter")
        await pilot.pause()
        assert app.posted(CharactersScreen.Play)[0].character.name == "José Ortega"


async def test_worlds_show_the_card_and_enter_starts() -> None:
    app = ScreenHarness(lambda: WorldsScreen(WORLDS, CHARACTERS[0], GOAL_LABELS))
    async with app.run_test(size=(80, 24)) as pilot:
        card = app.screen.query_one("#world-card", Static)
        # Aria practises managing anxiety: the Lantern Coast suits it, so it comes up first
        listing = app.screen.query_one("#world-list", OptionList)
        assert listing.highlighted == 1
        labels = [str(listing.get_option_at_index(i).prompt) for i in range(2)]
        assert "suits your goals" not in labels[0] and "suits your goals" in labels[1]
        assert "Managing anxiety (your goal)" in str(card.render())
        assert "Content notes:" in str(card.render())
        await pilot.press("up")
        await pilot.pause()
        assert "Suits:" in str(card.render()) and "Self-compassion" in str(card.render())
        await pilot.press("down")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        [start] = app.posted(WorldsScreen.Start)
        assert start.world.id == "lantern-coast" and start.character.id == "c1"


# -- the status chip ----------------------------------------------------------------------------
def test_status_words() -> None:
    rec = LinkStatus(LinkState.RECONNECTING, URL, None, 2.2, 2, "lost")
    assert describe_status(CONNECTED, plain=False) == "● connected 12 ms"
    assert describe_status(CONNECTED, plain=True) == "connected 12 ms"
    assert describe_status(rec, plain=True, now=0.0, retry_at=2.2) == (
        "reconnecting in 3 s (attempt 2)"
    )
    assert describe_status(LinkStatus(LinkState.OFFLINE, URL), plain=True) == "offline"
    assert (
        describe_status(LinkStatus(LinkState.STOPPED, URL, reason="Taken over."), plain=True)
        == "stopped: Taken over."
    )


async def test_status_chip_follows_the_app_and_counts_down() -> None:
    app = ScreenHarness(lambda: LoginScreen(URL), plain=True)
    async with app.run_test(size=(80, 24)) as pilot:
        chip = app.screen.query_one(StatusChip)
        assert str(chip.render()) == "connected 12 ms" and chip.has_class("-connected")
        app.link_status = LinkStatus(LinkState.RECONNECTING, URL, None, 3.0, 2, "lost")
        await pilot.pause()
        assert str(chip.render()) == "reconnecting in 3 s (attempt 2)"
        assert chip.has_class("-waiting")
        app.link_status = LinkStatus(
            LinkState.STOPPED, URL, reason="This story was opened somewhere else."
        )
        await pilot.pause()
        assert str(chip.render()) == "stopped: This story was opened somewhere else."
        assert chip.has_class("-down")


# -- the app without a server -------------------------------------------------------------------
def _dead_url() -> str:
    return f"ws://127.0.0.1:{free_port()}"


def _toasts(app: TTAApp) -> list[Notification]:
    """The app's notices, less the one saying the (absent) server cannot be reached."""
    return [n for n in app._notifications if n.title != "Can't reach the server"]


async def test_no_server_shows_reconnecting_and_help_still_works() -> None:
    app = TTAApp([_dead_url()], plain=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(
            pilot,
            lambda: app.link_status is not None and app.link_status.state is LinkState.RECONNECTING,
            what="reconnecting",
        )
        chip = top(app, LoginScreen).query_one(StatusChip)
        await wait_until(pilot, lambda: str(chip.render()).startswith("reconnecting"))
        assert app.has_class("-plain")
        await pilot.press("f1")
        help_screen = top(app, HelpScreen)
        assert "Reaching a person" in help_text()
        await pilot.press("escape")
        assert top(app, LoginScreen) and not help_screen.is_attached
        app.push_screen(CrisisScreen(SafetyCrisis.model_validate(CRISIS)))
        await pilot.pause()
        await pilot.press("f1", "escape")
        await pilot.pause()
        top(app, CrisisScreen)
        assert app.failures == []


async def test_unexpected_failures_show_a_readable_panel_and_are_logged(
    client_files: Path,
) -> None:
    app = TTAApp([_dead_url()])
    async with app.run_test(size=(80, 24)) as pilot:
        top(app, LoginScreen)

        async def broken() -> None:
            raise KeyError("session_id <internal detail>")

        app.net(broken, name="showing the story")
        await wait_until(pilot, lambda: isinstance(app.screen, ErrorScreen), what="the panel")
        error = top(app, ErrorScreen)
        shown = " ".join(str(s.render()) for s in error.query(Static))
        assert "Something went wrong on our side. Your story is saved; try again." in shown
        for leak in ("KeyError", "internal detail", "Traceback", "{", "<"):
            assert leak not in shown
        log = (client_files / "client.log").read_text(encoding="utf-8")
        assert "showing the story failed" in log and "Traceback" in log
        assert "KeyError: 'session_id <internal detail>'" in log
        assert app.failures == [
            "showing the story failed: KeyError: 'session_id <internal detail>'"
        ]
        await pilot.press("escape")
        await pilot.pause()
        top(app, LoginScreen)


async def test_a_replayed_story_shows_its_past_without_toasts_then_reopens_a_crisis() -> None:
    app = TTAApp([_dead_url()])
    async with app.run_test(size=(80, 24)) as pilot:
        top(app, LoginScreen)
        story = StoryScreen(title="The Lantern Coast: Aria Moon")
        story.replay_until, story.caught_up = 10, False
        await app.push_screen(story)
        past = [
            *opening_events(),
            event("safety.break", 8, minutes=45, message="You have been playing a while."),
            event("safety.crisis", 9, **CRISIS),
            facilitator_message(10, "I saw your message. I am here."),
        ]
        for e in past[:-1]:
            app._on_event(e)
        await pilot.pause()
        assert not _toasts(app), "no toast for the past"
        assert top(app, StoryScreen) is story, "no panel before the replay is in"
        app._on_event(past[-1])
        await wait_until(pilot, lambda: isinstance(app.screen, CrisisScreen), what="the panel")
        assert story.caught_up and story.last_crisis is not None
        texts = [p.text for p in story.story_log.paragraphs]
        assert texts[-2:] == [
            "Message from fran (a facilitator):\nI saw your message. I am here.",
            "Welcome back. The story so far is above; carry on whenever you are ready.",
        ]
        app._on_event(event("safety.break", 11, minutes=45, message="A break may help."))
        await pilot.pause()
        assert [n.title for n in _toasts(app)] == ["Time for a break?"], "news again"
        assert app.failures == []


async def test_a_broadcast_is_a_toast_and_a_kick_shows_the_reason_once() -> None:
    app = TTAApp([_dead_url()])
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await app.push_screen(StoryScreen())
        app._on_notice(Notice(from_="ops", text="Back at 18:00."))
        await pilot.pause()
        assert [(n.title, n.message) for n in _toasts(app)] == [
            ("From the team", "Back at 18:00.\n(ops)")
        ]
        story = top(app, StoryScreen)
        assert story.story_log.paragraphs[-1].text == "From the team (ops):\nBack at 18:00."
        reason = "Moving you to another server. " * 8
        app._on_notice(Kicked(session_id="s1", reason=reason))
        await pilot.pause()
        error = top(app, ErrorScreen)
        assert reason in error.what_happened
        assert app.link is not None
        app._on_status(app.link, LinkStatus(LinkState.STOPPED, URL, reason="cut reason"))
        await pilot.pause()
        assert [type(s) for s in app.screen_stack].count(ErrorScreen) == 1
        assert app.failures == []


@pytest.mark.parametrize("form", ["login", "character"])
async def test_tab_goes_from_control_to_control_never_to_the_form_itself(form: str) -> None:
    """A scrolling form is not a Tab stop: typing there would go nowhere."""
    make = (
        (lambda: LoginScreen(URL, username="robin"))
        if form == "login"
        else (lambda: CharacterForm(SCHEMA))
    )
    app = ScreenHarness(make)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        seen = []
        for _ in range(25):
            await pilot.press("tab")
            await pilot.pause()
            seen.append(app.focused)
        assert all(w is not None and w.id not in ("login-form", "form-body") for w in seen), [
            f"{type(w).__name__}#{w.id if w else None}" for w in seen
        ]


async def test_why_the_server_cannot_be_reached_is_said_once() -> None:
    """While reconnecting, the chip only counts down: the reason (here nothing listens; in the
    field, a certificate this computer does not trust) is shown as a notice, once per reason."""
    app = TTAApp([_dead_url()], plain=True)

    def said() -> list[Notification]:
        return [n for n in app._notifications if n.title == "Can't reach the server"]

    async with app.run_test(size=(80, 24)) as pilot:
        chip = top(app, LoginScreen).query_one(StatusChip)
        # ``notify`` only posts a message: the status of the second attempt is set at once, the
        # notice lands when the app handles that message (under load, after the status was
        # seen). So wait on the notice itself, then for a third attempt, then until every
        # message posted before now has been handled (the queue is first in, first out).
        await wait_until(pilot, said, what="the notice from the second attempt")
        await wait_until(
            pilot,
            lambda: app.link_status is not None and (app.link_status.attempt or 0) >= 3,
            what="a third attempt",
        )
        handled = asyncio.Event()
        app.call_later(handled.set)
        await wait_until(pilot, handled.is_set, what="the notices posted so far")
        assert len(said()) == 1, "said once, not at every attempt"
        assert "connection refused" in said()[0].message
        assert str(chip.render()).startswith("reconnecting")
        await pilot.press("ctrl+q")


async def test_a_reconnect_that_works_at_once_says_nothing() -> None:
    """A rolling restart closes every connection with 1001 and the first attempt gets in: no
    warning for that (seen through HAProxy: "Can't reach the server" on every restart)."""
    app = TTAApp([_dead_url()], plain=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        link = app.link
        assert link is not None
        first = LinkStatus(LinkState.RECONNECTING, URL, None, 0.4, 1, "The server is restarting.")
        app._on_status(link, first)
        app._on_status(link, LinkStatus(LinkState.CONNECTED, URL, 3.0))
        await pilot.pause()
        assert not [n for n in app._notifications if "restarting" in n.message]
        await pilot.press("ctrl+q")
