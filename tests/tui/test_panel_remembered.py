"""tui24 (issue 15, newcomer 12): F3's choice of the story's full width (the side panel folded)
was forgotten by the next story and the next launch. It is kept in ``client.json`` beside the
theme, and every story screen the client opens starts that way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.tui.conftest import URL, opening_events, started
from tta_tui.app import TTAApp
from tta_tui.config import ClientConfig, load_config

pytestmark = pytest.mark.usefixtures("client_files")


async def test_f3_is_remembered_for_the_next_story_and_the_next_launch(client_files: Path) -> None:
    app = TTAApp([URL])
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot)
        story = app.new_story_screen("The Lantern Coast: Aria Moon")
        await app.push_screen(story)
        for e in opening_events():
            story.apply(e)
        await pilot.pause()
        assert story.panel_shown, "120 columns: the panel beside the story, at first"
        await pilot.press("f3")
        await pilot.pause()
        assert not story.panel_shown and not story.side.display
        assert load_config()[0].side_panel is False, "kept in client.json"
        await app.pop_screen()
        again = app.new_story_screen("The Ember Library: Aria Moon")
        await app.push_screen(again)
        await pilot.pause()
        assert not again.panel_shown and not again.side.display, "the next story: folded too"

    later = TTAApp([URL])
    async with later.run_test(size=(120, 40)) as pilot:
        await started(pilot)
        story = later.new_story_screen("The Lantern Coast: Aria Moon")
        await later.push_screen(story)
        await pilot.pause()
        assert not story.panel_shown, "the next launch: folded"
        await pilot.press("f3")
        await pilot.pause()
        assert story.panel_shown and story.side.display
    doc = json.loads((client_files / "client.json").read_text(encoding="utf-8"))
    assert doc["side_panel"] is True and doc["theme"] == "dark", "the other settings kept"


def test_the_side_panel_setting_is_checked() -> None:
    assert ClientConfig.from_doc({}).side_panel is None, "never pressed: by the width"
    assert ClientConfig.from_doc({"side_panel": False}).side_panel is False
    with pytest.raises(ValueError, match="side_panel: true, false or null"):
        ClientConfig.from_doc({"side_panel": "wide"})
