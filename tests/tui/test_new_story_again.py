"""F4 after an ending, in a story begun from the world picker (issue 15; newcomer 22).

A newcomer finished a story she had started from the world picker and pressed F4 (New story):
"Something went wrong on our side", twice in one session (the client's log: ``DuplicateIds``,
a second world picker pushed while the first, under the story, was still being taken off the
screen). The worlds and the schema are kept after their first fetch, so nothing waited between
popping back to the characters and pushing the new picker. The pops are awaited now."""

from __future__ import annotations

from tests.pipeline.walkthroughs import WALKTHROUGHS
from tests.tui.conftest import wait_until
from tests.tui.test_new_story import picker_for
from tests.tui.test_play import PASSWORD, SIZE, kinds, log_in, say, start_story
from tests.wire.client import Client, character
from tta_tui.app import TTAApp


async def test_f4_after_an_ending_begun_from_the_picker_opens_the_picker(server_url: str) -> None:
    player = await Client.open(server_url)
    await player.ok("register", username="fay", password=PASSWORD)
    await player.ok("login", username="fay", password=PASSWORD)
    made = (await player.ok("character.create", character=character("Fay Lorne")))["character"]
    await player.close()

    app = TTAApp([server_url], username="fay")
    async with app.run_test(size=SIZE) as pilot:
        await log_in(pilot)
        story = await start_story(pilot)  # the characters, the picker, the story over it
        for text in WALKTHROUGHS["lantern-coast"]:
            await say(pilot, story, text, keys=False)
            await wait_until(pilot, lambda t=text: kinds(story, "input")[-1] == f"> {t}")
        await wait_until(pilot, lambda: story.summary.arc.ended, what="the ending")
        await pilot.press("f4")
        await picker_for(pilot, str(made["id"]))
        assert app.failures == []
