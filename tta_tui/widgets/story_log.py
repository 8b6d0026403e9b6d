"""The narration view: the story so far, one paragraph per widget, newest at the bottom.

It follows the story (stays scrolled to the bottom, through long replies, resizes and the burst
of a resumed story's replay) until the player scrolls up to re-read; then new paragraphs do not
move the view: a "+N new" marker at the bottom counts them instead. End (or scrolling back to
the bottom) jumps down, follows again and clears the marker; so does a turn the player plays
(:meth:`StoryLog.add_input` with ``turn``): they are done reading back and want the reply.

A reply taller than the view is followed too, so its last lines are in view: newcomers at 80x24
and 100x30 had to press End after every few replies while the view held at a reply's start
("More below") and its newest lines, the ones that ask what next, were out of sight.

Every text is shown as a :class:`rich.text.Text`, never parsed as markup: what the player or the
server wrote appears exactly as written (``[bold]`` stays ``[bold]``).
"""

from __future__ import annotations

from collections import deque
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.geometry import Size
from textual.widgets import Static

MAX_PARAGRAPHS = 1000
"""Older paragraphs beyond this many are dropped from the view (the server keeps them all)."""
INPUT_PREFIX = "> "


class Paragraph(Static):
    """One entry of the story: narration, the player's words, a notice, or a person's message.

    ``text`` is what it says as plain text; ``shown`` (optional) the same words with style."""

    def __init__(self, text: str, kind: str, shown: Text | None = None) -> None:
        super().__init__(shown or Text(text), markup=False, classes=f"story-{kind}")
        self.text = text
        self.kind = kind


class NewMarker(Static):
    """ "+N new below (End)": shown while the player reads back and new story arrives."""


class StoryLog(VerticalScroll):
    """The story: :meth:`add_narration`, :meth:`add_input` and :meth:`add_notice` append."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "end",
            "jump_to_latest",
            "Latest",
            show=False,
            tooltip="jump to the newest paragraph",
            id="log.jump_to_latest",
        ),
    ]
    can_focus = True

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id or "story-log")
        self.following = True
        """True while the view stays at the bottom as the story grows."""
        self.new_count = 0
        """Paragraphs that arrived while the player was reading back."""
        self._marker = NewMarker("", markup=False, id="new-marker")
        self._paragraphs: deque[Paragraph] = deque()
        """Every entry, oldest first (some may still wait in ``_unmounted``)."""
        self._unmounted: dict[Paragraph, None] = {}
        """Entries added since the last :meth:`_mount_added`, in order."""
        self._seen_size = Size(0, 0)

    def compose(self) -> ComposeResult:
        self._marker.display = False
        yield self._marker

    # -- adding ---------------------------------------------------------------------------------
    def add_narration(self, text: str) -> Paragraph:
        """A paragraph of the story."""
        return self._add(text, "narration")

    def add_input(self, text: str, *, turn: bool = False) -> Paragraph:
        """What the player wrote, set apart from the narration; ``turn``: a turn played now
        (not the replay of the past): the view jumps to it and follows its reply, even if the
        player had scrolled up."""
        if turn and not self.following:
            self.jump_to_latest()
        return self._add(INPUT_PREFIX + text, "input")

    def add_notice(self, text: str, kind: str = "notice") -> Paragraph:
        """A quiet line that is not the story (the AI notice, a safety note, a status)."""
        return self._add(text, kind)

    def add_message(self, heading: str, text: str, kind: str = "facilitator") -> Paragraph:
        """Words from a person, never the narration: ``heading`` ("Message from fran (a
        facilitator):") in bold on its own line, then what they wrote."""
        shown = Text()
        shown.append(heading, style="bold")
        shown.append("\n")
        shown.append(text)
        return self._add(shown.plain, kind, shown)

    @property
    def paragraphs(self) -> list[Paragraph]:
        """The entries shown, oldest first."""
        return list(self._paragraphs)

    def _add(self, text: str, kind: str, styled: Text | None = None) -> Paragraph:
        """Add an entry; entries added in one go (the replay of a resumed story: thousands)
        are mounted together by :meth:`_mount_added`, as each mount costs as much as the
        entries already shown; the oldest beyond ``MAX_PARAGRAPHS`` go (or never mount)."""
        paragraph = Paragraph(text, kind, styled)
        if not self._unmounted:
            self.call_later(self._mount_added)
        self._unmounted[paragraph] = None
        self._paragraphs.append(paragraph)
        while len(self._paragraphs) > MAX_PARAGRAPHS:
            oldest = self._paragraphs.popleft()
            if oldest in self._unmounted:
                del self._unmounted[oldest]  # never mounted
            else:
                oldest.remove()
        if not self.following:
            self.new_count += 1
            self._show_marker()
        return paragraph

    def _mount_added(self) -> None:
        added = list(self._unmounted)
        self._unmounted.clear()
        if added:
            self.mount_all(added, before=self._marker)
            if self.following:
                self.call_after_refresh(self._follow)

    def _follow(self) -> None:
        """While following: the newest text in view (at once: this runs after layout)."""
        if self.following:
            self.scroll_end(animate=False, immediate=True)

    # -- following ------------------------------------------------------------------------------
    def action_jump_to_latest(self) -> None:
        """Scroll to the newest paragraph, follow the story again, and clear the marker."""
        self.jump_to_latest()

    def jump_to_latest(self) -> None:
        """See :meth:`action_jump_to_latest`."""
        self.following = True
        self.new_count = 0
        self._show_marker()
        self.scroll_end(animate=False)

    def watch_virtual_size(self, old: Size, new: Size) -> None:
        """The story re-wrapped (a resize, the side panel folding) or grew: while following,
        the newest text stays in view, whatever the layout did to the scroll position."""
        if self.following and new != old:
            self._follow()

    def on_resize(self, event: events.Resize) -> None:
        """The view itself changed size (a terminal resize): while following, the newest text
        in view once the layout is done (a scroll at once would use the old height; seen: a
        shrink to 80x24 left the view mid-story)."""
        seen, self._seen_size = self._seen_size, event.size
        if self.following and seen and event.size != seen:
            self.call_after_refresh(self._follow)

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        if new >= self.max_scroll_y:
            if not self.following or self.new_count:
                self.following = True
                self.new_count = 0
                self._show_marker()
        elif new < old:
            self.following = False  # only the player scrolls up

    def _show_marker(self) -> None:
        if self.new_count:
            noun = "paragraph" if self.new_count == 1 else "paragraphs"
            self._marker.update(f"+{self.new_count} new {noun} below (End to jump down)")
        self._marker.display = self.new_count > 0
