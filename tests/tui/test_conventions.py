"""Textual conventions (issue 15, item 9): every binding has an id and a keymap file overrides
it (a bad file is said in a sentence), the command palette runs the app's actions, and the
light/dark/high-contrast themes are chosen there and remembered, NO_COLOR and plain mode still
taking the colour away."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest
import textual
import textual.widgets
from textual.binding import Binding
from textual.command import CommandPalette
from textual.dom import DOMNode

import tta_tui
from tests.tui.conftest import URL, opening_events, started, top, wait_until
from tta_tui.app import TTAApp
from tta_tui.config import load_config
from tta_tui.keymap import load_keymap
from tta_tui.screens.help import HelpScreen
from tta_tui.screens.login import LoginScreen
from tta_tui.screens.story import StoryScreen

pytestmark = pytest.mark.usefixtures("client_files")


def test_every_binding_of_the_client_has_an_id() -> None:
    missing: list[str] = []
    for info in pkgutil.walk_packages(tta_tui.__path__, "tta_tui."):
        module = importlib.import_module(info.name)
        for name, cls in vars(module).items():
            if not inspect.isclass(cls) or cls.__module__ != info.name:
                continue
            for binding in Binding.make_bindings(vars(cls).get("BINDINGS", [])):
                where = f"{info.name}.{name} {binding.key}"
                if not binding.id:
                    missing.append(where)
    assert missing == []
    assert len(TTAApp([URL]).binding_ids()) >= 30


def _write_keymap(home: Path, text: str) -> Path:
    home.mkdir(parents=True, exist_ok=True)
    path = home / "keymap.toml"
    path.write_text(text, encoding="utf-8")
    return path


def textual_classes() -> dict[str, type[DOMNode]]:
    """Textual's own widgets and screens, by name (its public modules and widgets)."""
    found: dict[str, type[DOMNode]] = {}
    for info in pkgutil.walk_packages(textual.__path__, "textual."):
        parts = info.name.split(".")
        if any(p.startswith("_") for p in parts) or parts[1] in {"drivers", "demo"}:
            continue
        for cls in vars(importlib.import_module(info.name)).values():
            if inspect.isclass(cls) and issubclass(cls, DOMNode):
                found.setdefault(cls.__name__, cls)
    for name in textual.widgets.__all__:
        found.setdefault(name, getattr(textual.widgets, name))
    return found


def test_no_widget_of_the_client_is_named_like_another_of_textual() -> None:
    """CSS matches a widget by its class's name: the typing line, once called CommandInput,
    took the rules of Textual's command palette input ("border: blank; padding-left: 0") as
    soon as Ctrl+P had loaded them, and kept them until the client was restarted (issue 15:
    "the typing box loses its border after Ctrl+P")."""
    theirs = textual_classes()
    clashes: list[str] = []
    for info in pkgutil.walk_packages(tta_tui.__path__, "tta_tui."):
        module = importlib.import_module(info.name)
        for name, cls in vars(module).items():
            if not inspect.isclass(cls) or cls.__module__ != info.name:
                continue
            other = theirs.get(name)
            if issubclass(cls, DOMNode) and other is not None and not issubclass(cls, other):
                clashes.append(f"{info.name}.{name} ({other.__module__}.{name})")
    assert clashes == []


def test_a_bad_keymap_is_said_in_a_sentence(client_files: Path) -> None:
    known = {"story.map", "app.help"}
    path = _write_keymap(client_files, '"story.map" = "f6"\n"story.nope" = "f7"\n"app.help" = 3\n')
    keymap, problem = load_keymap(known, path)
    assert keymap == {"story.map": "f6"}, "the good lines are used"
    assert problem is not None and str(path) in problem
    assert '"story.nope"' in problem and '"app.help"' in problem and "F1" in problem

    path.write_text('"story.map" = \n', encoding="utf-8")
    keymap, problem = load_keymap(known, path)
    assert keymap == {} and problem is not None and "not TOML" in problem
    assert "Traceback" not in problem

    path.write_text('"story.map" = "f6 f7"\n', encoding="utf-8")
    assert load_keymap(known, path)[0] == {}
    path.unlink()
    assert load_keymap(known, path) == ({}, None)


def test_a_renamed_id_still_binds_its_keys_with_one_sentence_about_it(client_files: Path) -> None:
    """tui30 renamed ``form.text_next`` to ``field.enter_next``: a file naming the old id keeps
    working, for the new id, and says so once (never as a problem, never a traceback)."""
    known = {"field.enter_next", "story.map"}
    path = _write_keymap(client_files, '"form.text_next" = "ctrl+j"\n"story.map" = "f6"\n')
    notes: list[str] = []
    keymap, problem = load_keymap(known, path, notes=notes)
    assert keymap == {"field.enter_next": "ctrl+j", "story.map": "f6"} and problem is None
    [note] = notes
    assert '"form.text_next" is now called "field.enter_next"' in note and str(path) in note
    # the new id named too: its own line wins, still one sentence
    path.write_text('"form.text_next" = "ctrl+j"\n"field.enter_next" = "ctrl+n"\n')
    assert load_keymap(known, path) == ({"field.enter_next": "ctrl+n"}, None)


async def test_a_renamed_id_in_the_keymap_file_is_noted_once_in_the_log(
    client_files: Path,
) -> None:
    _write_keymap(client_files, '"form.text_next" = "enter,ctrl+j"\n')
    app = TTAApp([URL])
    async with app.run_test(size=(100, 30)) as pilot:
        await started(pilot)
        assert app.keymap == {"field.enter_next": "enter,ctrl+j"}
        assert not app._notifications, "no toast: nothing is wrong with the file"
    lines = (client_files / "client.log").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and '"form.text_next" is now called "field.enter_next"' in lines[0]
    assert "Traceback" not in lines[0]


async def test_a_keymap_file_moves_a_key_and_the_help_shows_it(client_files: Path) -> None:
    _write_keymap(client_files, '"story.map" = "f6"\n"app.help" = "f1,ctrl+h"\n')
    app = TTAApp([URL])
    async with app.run_test(size=(100, 30)) as pilot:
        await started(pilot)  # the keymap file's keys are in force once it has started
        assert app.keymap == {"story.map": "f6", "app.help": "f1,ctrl+h"}
        story = StoryScreen(title="The Lantern Coast: Aria Moon")
        await app.push_screen(story)
        for e in opening_events():
            story.apply(e)
        await pilot.pause()
        await pilot.press("f2")
        await pilot.pause()
        assert story.map_screen is None, "F2 no longer opens the map"
        await pilot.press("f6")
        await wait_until(pilot, lambda: story.map_screen is not None, what="F6 opens it")
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is story)
        await pilot.press("ctrl+h")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen), what="the help")
        help_screen = top(app, HelpScreen)
        assert "| F6 |" in help_screen.page and "story.map" in help_screen.page
        assert "F1 / Ctrl+H" in help_screen.page
        assert str(client_files / "keymap.toml") in help_screen.page, "where to write it"


async def test_the_palette_chooses_a_theme_that_is_remembered(
    client_files: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = TTAApp([URL])
    async with app.run_test(size=(100, 30)) as pilot:
        await started(pilot)
        assert app.theme == "ansi-dark"
        await pilot.press("ctrl+p")
        await wait_until(pilot, lambda: isinstance(app.screen, CommandPalette), what="palette")
        await pilot.press(*"high contrast")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.theme == "tta-high-contrast", what="the theme")
    cfg, problem = load_config()
    assert problem is None and cfg.theme == "high-contrast"

    monkeypatch.setenv("NO_COLOR", "1")
    again = TTAApp([URL], plain=True)
    async with again.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda: isinstance(again.screen, LoginScreen))
        assert again.look == "high-contrast" and again.has_class("-contrast"), "remembered"
        assert again.theme == "ansi-dark", "NO_COLOR and plain mode: the terminal's own colours"
        assert again.has_class("-mono") and again.has_class("-plain"), "colour still taken away"


async def test_the_palette_lists_the_apps_actions_and_they_say_when_they_cannot_run() -> None:
    app = TTAApp([URL])
    async with app.run_test(size=(100, 30)) as pilot:
        await started(pilot)
        names = [command.name for command in app.palette_commands()]
        for wanted in ("New story", "Your stories", "Help", "Map", "Quit"):
            assert wanted in names
        assert {"Theme: dark", "Theme: light", "Theme: high contrast"} <= set(names)
        app.action_new_story()
        app.action_toggle_map()
        await pilot.pause()
        said = [n.message for n in app._notifications]
        assert any("Log in first" in m for m in said)
        assert any("open one first" in m for m in said)
        assert isinstance(app.screen, LoginScreen)
