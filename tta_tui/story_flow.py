"""The story side of the client's flow: *Your stories*, starting, resuming and reading a story,
what the player types, leaving and ending it, and the crisis panel.

:class:`StoryFlow` is the layer of :class:`~tta_tui.app.TTAApp` above the account flow
(:mod:`tta_tui.account_flow`), whose :meth:`~tta_tui.account_flow.AccountFlow.ask` reads each
reply into the protocol's model. From the characters, s opens *Your stories*
(``session.list``): an active story is resumed (:meth:`StoryFlow.resume_story`), a finished or
ended one opens to read (:meth:`StoryFlow.read_story`); a finished story still active can be
played on (resumed) from the list. Escape steps out of a story to *Your stories* without ending
it (words left unsent on its typing line are kept, and are on the line again when it is
resumed), F10 ends it after a confirmation; the crisis panel opens over the story on
``safety.crisis`` and closes on ``safety.resolved``; the closing panel follows
``session.ended``, then the characters again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from tta_server.protocol.errors import ErrorCode
from tta_tui.account_flow import AccountFlow
from tta_tui.net.status import LinkState
from tta_tui.screens.errors import ErrorScreen

if TYPE_CHECKING:
    from tta_server.protocol.events import SafetyCrisis
    from tta_server.protocol.messages import CharacterOut, HistoryEntry
    from tta_tui.net import ServerError
    from tta_tui.screens.characters import CharactersScreen
    from tta_tui.screens.safety import CrisisScreen
    from tta_tui.screens.stories import StoriesScreen, StoryEntry
    from tta_tui.screens.story import StoryScreen
    from tta_tui.screens.worlds import WorldsScreen

# The story's screens and the protocol's models load after the first frame
# (LinkedApp.LATER_MODULES) and are imported where they are used.

HISTORY_PAGE = 200
"""Entries asked for per ``session.history`` page: the server's maximum (``PAGE_MAX`` in
tta_server/protocol/messages.py; tests/tui/test_protocol_ties.py keeps them equal)."""
END_QUESTION = (
    "End this story for good? An ended story can be read but not played on. To stop for now, "
    "keep it and press Escape: it waits for you in Your stories."
)


def quiet_coaching(character: CharacterOut | None) -> bool:
    """Whether ``character`` has "Quiet coaching" ticked (``profile.quiet_coaching``): the
    server leaves its coaching lines out of the story, and the client the skills practised out
    of the side panel and the help."""
    profile = character.character.get("profile") if character is not None else None
    return isinstance(profile, dict) and profile.get("quiet_coaching") is True


class StoryFlow(AccountFlow):
    """Your stories, a story, and the crisis panel (see the module docstring)."""

    LATER_MODULES: ClassVar[tuple[str, ...]] = (
        *AccountFlow.LATER_MODULES,
        "tta_server.protocol.events",
        "tta_tui.screens.help",
        "tta_tui.screens.safety",
        "tta_tui.screens.stories",
        "tta_tui.screens.story",
    )

    def story_screen(self) -> StoryScreen | None:
        """The story screen, if one is open (at any depth of the stack)."""
        from tta_tui.screens.story import StoryScreen

        for screen in reversed(self.screen_stack):
            if isinstance(screen, StoryScreen):
                return screen
        return None

    def new_story_screen(self, title: str, **kwargs: Any) -> StoryScreen:
        """A story screen in this client's mode, its side panel as F3 last left it."""
        from tta_tui.screens.story import StoryScreen

        return StoryScreen(title=title, plain=self.plain, panel=self.side_panel, **kwargs)

    def on_story_screen_panel_chosen(self, message: StoryScreen.PanelChosen) -> None:
        """F3 in a story: the next story and the next launch open the panel the same way."""
        self.side_panel = message.full
        self.remember("the side panel", side_panel=message.full)

    def crisis_screen(self) -> CrisisScreen | None:
        from tta_tui.screens.safety import CrisisScreen

        for screen in reversed(self.screen_stack):
            if isinstance(screen, CrisisScreen):
                return screen
        return None

    def on_characters_screen_stories(self, _: CharactersScreen.Stories) -> None:
        self.net(self.open_stories, name="stories")

    # -- your stories ---------------------------------------------------------------------------
    async def open_stories(self) -> None:
        """Fetch the stories (``session.list``) and show them with world titles and character
        names (on the existing list, or a new one)."""
        from tta_server.protocol import replies as r
        from tta_tui.screens.stories import StoriesScreen, story_entries

        stories = (await self.ask(r.SessionListOk, "session.list")).sessions
        titles = {w.id: w.title or w.id for w in await self._worlds()}
        names = {c.id: c.name for c in await self._characters()}
        entries = story_entries(stories, titles, names)
        screen = await self._popped_to(StoriesScreen)
        if isinstance(screen, StoriesScreen):
            screen.show(entries)
            screen.busy = False
        else:
            await self.push_screen(StoriesScreen(entries, now=self.server_now))

    def on_stories_screen_back(self, _: StoriesScreen.Back) -> None:
        """Back to the characters, read again: a story may have ended or reached its ending
        since they were shown, and "You have 1 active story" must not outlive it."""
        from tta_tui.screens.stories import StoriesScreen

        if isinstance(self.screen, StoriesScreen):
            self.back_to_characters()

    def on_stories_screen_open(self, message: StoriesScreen.Open) -> None:
        if message.play_on or message.story.resumable:
            self.resume_story(message.story)
        else:
            self.read_story(message.story)

    def resume_story(self, entry: StoryEntry) -> None:
        """Drive an active story again, its view filled by the server's replay of every event.

        Why the replay (``session.resume`` from seq 0) and not ``session.history``: history
        holds only the transcript (the opening line, the player's words, the narration, the
        closing words). The replay also carries the opening notice with the emergency number,
        the summaries behind the side panel and the map, facilitators' messages, pauses and a
        crisis still waiting for an answer, so the resumed view is the one the player left,
        and the story's state (paused, on hold) is right. The link passes each event exactly
        once, in seq order (it drops any seq it has seen), so no line shows twice or goes
        missing; the log keeps the newest ``MAX_PARAGRAPHS`` paragraphs, like a live story.
        The cost is one frame per event of the story: the server sends them in pages, and the
        log mounts a burst of paragraphs at once (3,000 paragraphs take about a second).
        Events up to the story's ``last_seq`` are the past: no toasts or panels for them
        (:meth:`replay_done` then opens the crisis panel if a crisis is still unanswered).
        """
        from tta_tui.screens.stories import StoriesScreen

        stories = self.screen
        story = self.new_story_screen(entry.title, unsent=self.unsent.pop(entry.session_id, ""))
        story.session_id = entry.session_id
        story.character_id = entry.character_id
        # the characters were read for Your stories, so they are as the player last saved them
        story.quiet_coaching = quiet_coaching(self.character(entry.character_id))
        story.replay_until, story.caught_up = entry.last_seq, False

        async def job() -> None:
            link = self._need_link()
            await self.push_screen(story)  # mounted before the first replayed event arrives
            reply = await link.resume_session(entry.session_id, 0)
            if reply.session.last_seq > story.replay_until:
                # written since the list was read: the past too
                story.replay_until = reply.session.last_seq
            if story.last_seq >= story.replay_until:
                self.replay_done(story)

        def failed() -> None:
            if self.screen is story:
                self.pop_screen()
            if isinstance(stories, StoriesScreen):
                stories.busy = False

        self.net(job, name="resume story", failed=failed)

    def replay_done(self, story: StoryScreen) -> None:
        """The replay of a resumed story has all arrived: welcome the player back, and reopen
        the crisis panel if the story is still waiting for an answer."""
        if story.caught_up:
            return
        story.replay_arrived()  # later events are news; "Welcome back"
        if story.last_crisis is not None and not story.ended:
            self.open_crisis(story.last_crisis)

    def read_story(self, entry: StoryEntry) -> None:
        """Open a finished or ended story to read: its transcript from ``session.history``
        (pages of ``HISTORY_PAGE``, newest first, up to ``MAX_PARAGRAPHS`` entries), input
        disabled."""
        from tta_server.protocol import replies as r
        from tta_tui.screens.stories import StoriesScreen
        from tta_tui.screens.story import FINISHED_NOTE, READ_ONLY_NOTE
        from tta_tui.widgets.story_log import MAX_PARAGRAPHS

        stories = self.screen

        async def job() -> None:
            entries: list[HistoryEntry] = []
            before: int | None = None
            while len(entries) < MAX_PARAGRAPHS:
                fields: dict[str, Any] = {"session_id": entry.session_id, "limit": HISTORY_PAGE}
                if before is not None:
                    fields["before_seq"] = before
                reply = await self.ask(r.SessionHistoryOk, "session.history", **fields)
                entries = reply.entries + entries
                if reply.next_before_seq is None or not reply.entries:
                    break
                before = reply.next_before_seq
            note = FINISHED_NOTE if entry.active else READ_ONLY_NOTE
            story = self.new_story_screen(entry.title, read_only=True, note=note)
            story.session_id = entry.session_id
            story.character_id, story.finished = entry.character_id, entry.finished
            await self.push_screen(story)
            story.show_history(entries[-MAX_PARAGRAPHS:])
            if isinstance(stories, StoriesScreen):
                stories.busy = False

        def failed() -> None:
            if isinstance(stories, StoriesScreen):
                stories.busy = False

        self.net(job, name="read story", failed=failed)

    def on_worlds_screen_start(self, message: WorldsScreen.Start) -> None:
        from tta_tui.screens.story import new_story_line
        from tta_tui.screens.worlds import WorldsScreen

        worlds = self.screen
        world = message.world.title or message.world.id
        title = f"{world or 'A story'}: {message.character.name}"
        story = self.new_story_screen(title, intro=new_story_line(world, message.character.name))
        story.character_id = message.character.id
        story.quiet_coaching = quiet_coaching(message.character)

        async def job() -> None:
            link = self._need_link()
            await self.push_screen(story)  # mounted before the first event can arrive
            await link.start_session(message.character.id, message.world.id)

        def failed() -> None:
            if self.screen is story:
                self.pop_screen()
            if isinstance(worlds, WorldsScreen):
                worlds.busy = False

        def refused(exc: ServerError) -> bool:
            failed()
            return False

        self.net(job, name="start story", refused=refused, failed=failed)

    def on_story_screen_say(self, message: StoryScreen.Say) -> None:
        async def job() -> None:
            link = self._need_link()
            await link.turn(message.text)
            if link.state is not LinkState.CONNECTED:
                self.notify(
                    "You are offline; what you wrote will be sent when the connection is back.",
                    title="Waiting to send",
                    severity="warning",
                )

        self.net(job, name="turn")

    def on_story_screen_back(self, _: StoryScreen.Back) -> None:
        """Step out of the story (not ending it) to *Your stories*, refreshed: the one it
        was opened from, else a new one over the characters. Words left on the typing line
        are kept for this story (:attr:`unsent`): many people press Escape to clear a line,
        and newcomer 24 lost "tell Juno the page is wrong" that way."""
        from tta_tui.screens.characters import CharactersScreen
        from tta_tui.screens.stories import StoriesScreen

        story = self.story_screen()
        if story is None:
            return
        if story.session_id is not None and not story.read_only:
            words = story.command_input.value
            if words.strip():
                self.unsent[story.session_id] = words
            else:
                self.unsent.pop(story.session_id, None)
        if self._pop_to(StoriesScreen) is None:
            self._pop_to(CharactersScreen)
        self.net(self.open_stories, name="stories")

    def on_story_screen_new_story(self, _: StoryScreen.NewStory) -> None:
        """F4 in a finished story: the world picker for the same character."""
        story = self.story_screen()
        if story is not None and story.character_id:
            self.start_anew(story.character_id)

    def on_stories_screen_new_story(self, message: StoriesScreen.NewStory) -> None:
        """n on a finished or ended story in the list: the same, from there."""
        self.start_anew(message.character_id)

    def start_anew(self, character_id: str) -> None:
        """The world picker for a new story of this character, over the characters (Escape
        goes back there); the story it came from is kept as it was."""
        from tta_tui.screens.characters import CharactersScreen
        from tta_tui.screens.stories import StoriesScreen

        came_from = self.screen

        def failed() -> None:
            if isinstance(came_from, StoriesScreen):
                came_from.busy = False

        async def job() -> None:
            character = next((c for c in await self._characters() if c.id == character_id), None)
            if character is None:
                failed()
                self.notify("That character is no longer there.", markup=False)
                return
            await self._popped_to(CharactersScreen)
            await self.open_worlds(character)

        self.net(job, name="new story", failed=failed)

    def on_story_screen_leave(self, _: StoryScreen.Leave) -> None:
        from tta_server.protocol import replies as r
        from tta_tui.screens.characters import ConfirmScreen

        story = self.story_screen()
        if story is None or story.read_only:
            return
        if story.ended or story.session_id is None:
            self.back_to_characters()
            return

        def answered(yes: bool | None) -> None:
            if yes and story.session_id is not None:
                session_id = story.session_id

                async def job() -> None:
                    await self.ask(r.SessionIdOk, "session.end", session_id=session_id)

                self.net(job, name="end story")

        self.push_screen(
            ConfirmScreen(END_QUESTION, "End story"),
            answered,
        )

    def session_ended(self, message: str) -> None:
        """Close the crisis panel if open, then the closing panel, then the characters."""
        from tta_tui.screens.story import ClosingScreen

        story = self.story_screen()
        if story is not None:
            if story.closing_shown:
                return
            story.closing_shown = True
            story.ended = True
        self.close_crisis()
        self.push_screen(ClosingScreen(message), lambda _: self.back_to_characters())

    # -- safety ---------------------------------------------------------------------------------
    def open_crisis(self, data: SafetyCrisis) -> None:
        """Show the crisis panel (once; a second crisis while it is open changes nothing)."""
        from tta_tui.screens.help import HelpScreen
        from tta_tui.screens.safety import CrisisScreen

        if self.crisis_screen() is None:
            while isinstance(self.screen, HelpScreen | ErrorScreen):
                self.pop_screen()
            self.push_screen(CrisisScreen(data))

    def close_crisis(self) -> None:
        """Remove the crisis panel (after ``safety.resolved``)."""
        crisis = self.crisis_screen()
        if crisis is None:
            return
        while self.screen is not crisis:
            self.pop_screen()
        crisis.dismiss(None)

    def on_crisis_screen_chosen(self, message: CrisisScreen.Chosen) -> None:
        crisis = self.crisis_screen()

        async def job() -> None:
            await self._need_link().ack_safety(message.choice)
            self.close_crisis()

        def refused(exc: ServerError) -> bool:
            if exc.code == ErrorCode.NOTHING_TO_ACKNOWLEDGE:
                self.close_crisis()
                return True
            if crisis is not None:
                crisis.answer_failed(exc.message)
                return True
            return False

        def failed() -> None:
            if crisis is not None and crisis.waiting:
                crisis.answer_failed(
                    "Your answer did not get through. Check the connection and choose again."
                )

        self.net(job, name="safety answer", refused=refused, failed=failed)
