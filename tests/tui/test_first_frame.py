"""What the client does before its first frame (issue 15: the login screen in under 1 s p95,
``python -m tta_tui.startup_bench``): the login screen is the first screen (no blank screen of
Textual's under it to style and lay out), the stylesheet is parsed once, with the theme's
colours (a theme set before the app runs made Textual parse every rule again), and the footer
arrives after the first frame."""

from __future__ import annotations

import subprocess
import sys

import pytest
from textual.widgets import Footer

from tests.conftest import free_port
from tests.tui.conftest import started, wait_until
from tta_tui import version
from tta_tui.app import TTAApp
from tta_tui.screens.login import LoginScreen

pytestmark = pytest.mark.usefixtures("client_files")


@pytest.mark.parametrize("theme", ["dark", "light"])
async def test_the_login_screen_comes_first_over_a_stylesheet_parsed_once(
    theme: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = TTAApp([f"ws://127.0.0.1:{free_port()}"])
    if theme != "dark":
        app.choose_look(theme)  # kept in the settings file; the next app starts with it
        app = TTAApp([f"ws://127.0.0.1:{free_port()}"])
    assert app.look == theme
    reparsed: list[str] = []
    reparse = app.stylesheet.reparse

    def counted() -> None:
        reparsed.append(app.theme)
        reparse()

    monkeypatch.setattr(app.stylesheet, "reparse", counted)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        assert [type(s) for s in app.screen_stack] == [LoginScreen]
        await wait_until(pilot, lambda: app.screen.query(Footer), what="the footer")
        assert reparsed == [], "the whole stylesheet parsed again before the first frame"
        background = app.screen.styles.background.hex.lower()
        assert background == app.get_css_variables()["background"].lower(), "the theme's colours"
        app.choose_look("high-contrast")
        await wait_until(pilot, lambda: reparsed, what="a new theme still parses again")


def test_the_version_is_read_only_when_asked() -> None:
    """``importlib.metadata`` (about 50 ms of CPU) loads for ``--version`` only."""
    code = (
        "import sys; from tta_tui.cli import build_parser; build_parser().parse_args([]); "
        "print('importlib.metadata' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
    asked = [sys.executable, "-m", "tta_tui.cli", "--version"]
    done = subprocess.run(asked, capture_output=True, text=True, check=True)
    assert done.stdout == f"tta {version()}\n" and version() != "0+unknown"
