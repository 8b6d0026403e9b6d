"""The terminal client shows the standard commands' replies as ordinary story text, and the
side panel follows an undo (tta_server/game_commands.py)."""

from __future__ import annotations

from tests.tui.conftest import wait_until
from tests.tui.test_play import SIZE, make_character, register, say, start_story
from tta_tui.app import TTAApp


async def test_undo_save_and_score_read_as_story_text(server_url: str) -> None:
    app = TTAApp([server_url])
    async with app.run_test(size=SIZE) as pilot:
        await register(pilot, "uriel")
        await make_character(pilot, "Uri Lane", bad_name_first=False)
        story = await start_story(pilot)
        await say(pilot, story, "go inside")
        await wait_until(pilot, lambda: story.summary.location == "Rue's Tea Hut")
        await say(pilot, story, "undo")
        await wait_until(pilot, lambda: story.summary.location == "The Quay", what="the undo")
        texts = [p.text for p in story.story_log.paragraphs]
        assert "> undo" in texts
        undone = [p for p in story.story_log.paragraphs if "You take back" in p.text]
        assert len(undone) == 1 and undone[0].kind == "narration"
        before = len(story.story_log.paragraphs)
        await say(pilot, story, "score")
        await wait_until(pilot, lambda: len(story.story_log.paragraphs) > before + 1)
        assert "steps of this story" in story.story_log.paragraphs[-1].text
        assert app.failures == []
