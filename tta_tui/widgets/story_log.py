"""The narration view: the story so far, one paragraph per widget, newest at the bottom.

It follows the story (stays scrolled to the bottom, through short replies, resizes and the burst
of a resumed story's replay) until the player scrolls up to re-read; then new paragraphs do not
move the view: a "+N new" marker at the bottom counts them instead, and a resize (or the story
re-wrapping) keeps the paragraph read at the top of the view, as far into it as it was
(newcomer 24 resized to 120x40 and back while re-reading and landed on the newest text). End
(or scrolling back to the bottom) jumps down, follows again and clears the marker; so does a
turn the player plays (:meth:`StoryLog.add_input` with ``turn``): they are done reading back
and want the reply.

A reply played now is followed to its end as it streams in, however tall: the newest line stays
in sight, with nothing to press between replies (tui40: two newcomers pressed End nearly every
turn to read the end of a long reply while a tall reply was held at its start). Its start, above
the view, is a PageUp away. A player who scrolled up on purpose is never moved by it: the marker
says there is more below ("+N new paragraphs below", or "more below" when no new paragraph came),
and End (or scrolling back to the bottom, or playing a turn) follows again.

A resumed story's first screen (:meth:`StoryLog.settle_on_paragraph`) shows the newest text
("Welcome back" included) with a paragraph's first line at the top: blank rows after the newest
line make up the difference until the story goes on.

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
from textual.message import Message
from textual.widgets import Static

MAX_PARAGRAPHS = 1000
"""Older paragraphs beyond this many are dropped from the view (the server keeps them all)."""
INPUT_PREFIX = "> "
LAYOUT_WAITS = 10
"""Refreshes to wait for new paragraphs to be placed before settling a resumed story's view."""


class Paragraph(Static):
    """One entry of the story: narration, the player's words, a notice, or a person's message.

    ``text`` is what it says as plain text; ``shown`` (optional) the same words with style."""

    def __init__(self, text: str, kind: str, shown: Text | None = None) -> None:
        super().__init__(shown or Text(text), markup=False, classes=f"story-{kind}")
        self.text = text
        self.kind = kind


class NewMarker(Static):
    """The line at the foot of the view when there is story below it: "+N new paragraphs
    below" while the player reads back and more came, else "more below"."""


MORE_MARKER = "v  more below: Enter or PgDn reads on, End jumps to the end  v"
"""The marker whenever any of the story is below the view (:meth:`StoryLog.below`) and no new
paragraph came since the player scrolled up (words, no colour needed)."""


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

    class TypedHere(Message):
        """A printable key pressed while the story itself had focus: the words belong in the
        input (newcomer 10 typed a whole command after a resume, with focus on the story, and it
        vanished without a sign)."""

        def __init__(self, character: str) -> None:
            super().__init__()
            self.character = character

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
        self._settle = False
        """The next follow starts the view at a paragraph (:meth:`settle_on_paragraph`)."""
        self._spacer = Static("", markup=False, id="story-spacer")
        self._layout_waits = 0
        self._place: tuple[Paragraph, int] | None = None
        """Where the player scrolled to while not following: the paragraph at the top of the
        view and the rows of it above the view; kept through resizes (:meth:`_keep_place`)."""
        self._placing = False
        """True while :meth:`_keep_place` scrolls (not the player)."""
        self._shape = (Size(0, 0), 0)
        """The view's size and the story's width at the last scroll (another shape: a resize
        or a re-wrap moved the scroll, not the player; the story growing or the marker
        coming and going below the view moves nothing)."""

    def compose(self) -> ComposeResult:
        self._marker.display = False
        self._spacer.display = False
        yield self._spacer
        yield self._marker

    # -- adding ---------------------------------------------------------------------------------
    def add_narration(self, text: str) -> Paragraph:
        """A paragraph of the story."""
        return self._add(text, "narration")

    def add_input(self, text: str, *, turn: bool = False) -> Paragraph:
        """What the player wrote, set apart from the narration; ``turn``: a turn played now
        (not the replay of the past): the view jumps to it, even if the player had scrolled
        up, and follows its reply to the end."""
        if turn and not self.following:
            self.jump_to_latest()
        return self._add(INPUT_PREFIX + text, "input")

    def settle_on_paragraph(self) -> None:
        """The first screen of a resumed story: the newest text in view with a paragraph's
        first line (not the middle of a sentence) at the top of the view, once the story's
        paragraphs are placed (:meth:`_all_placed`)."""
        self._settle = True
        if not self._unmounted:
            self.call_after_refresh(self._follow)

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
        self._spacer.display = False  # the story goes on: no blank rows after it
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
            self.mount_all(added, before=self._spacer)
            if self.following:
                self.call_after_refresh(self._follow)

    def _follow(self) -> None:
        """While following: the newest text in view (a resumed story's first screen settled on
        a paragraph, :meth:`settle_on_paragraph`). At once: this runs after layout."""
        if not self.following:
            return
        view = self.scrollable_content_region.height
        if self._settle and view > 0:
            if self._all_placed():
                self._settle = False
                self._pad_to_paragraph(self.virtual_size.height - view)
            else:  # measured now, the story would be of its unplaced height: settle once placed
                self._wait_for_layout()
        self.scroll_end(animate=False, immediate=True, force=True)

    def _all_placed(self) -> bool:
        """Is every paragraph mounted and the newest placed by the layout? A burst mounted
        just before (a resumed story's replay) has no place yet: the story then measures the
        view's height, and a first screen settled on that was scrolled to the end once placed,
        mid-paragraph (the flaky test_tall_replies welcome_back[size0], about 1 run in 40)."""
        newest = self._paragraphs[-1] if self._paragraphs else None
        return not self._unmounted and (newest is None or bool(newest.virtual_region.height))

    def _wait_for_layout(self) -> bool:
        """Follow again after the next refresh, a few times at most: True if it will."""
        if self._layout_waits < LAYOUT_WAITS:
            self._layout_waits += 1
            self.call_after_refresh(self._follow)
            return True
        self._layout_waits = 0
        return False

    def _pad_to_paragraph(self, top: int) -> None:
        """Blank rows after the newest text so that the view, scrolled to the end, starts at
        the first paragraph that begins at or below ``top`` (the top line scrolled to the end)."""
        if top <= 0:
            return
        for paragraph in self._paragraphs:
            if paragraph.is_mounted and paragraph.virtual_region.y >= top:
                pad = paragraph.virtual_region.y - top
                if pad:
                    self._spacer.styles.height = pad
                    self._spacer.display = True
                    self.call_after_refresh(self._follow)
                return

    def on_key(self, event: events.Key) -> None:
        """A printable key (space included) no binding claims (``m`` opens the map) is passed
        on as :class:`TypedHere`."""
        if event.is_printable and event.character and event.key not in self.screen.active_bindings:
            event.stop()
            event.prevent_default()
            self.post_message(self.TypedHere(event.character))

    # -- following ------------------------------------------------------------------------------
    def action_jump_to_latest(self) -> None:
        """Scroll to the newest paragraph, follow the story again, and clear the marker."""
        self.jump_to_latest()

    def jump_to_latest(self) -> None:
        """See :meth:`action_jump_to_latest`. The scroll is made at once (deferred, it could
        land after the next reply, arrived in the same burst)."""
        self.following = True
        self._place = None
        self.new_count = 0
        self._show_marker()
        self.scroll_end(animate=False, immediate=True)

    def watch_virtual_size(self, old: Size, new: Size) -> None:
        """The story re-wrapped (a resize, the side panel folding) or grew: while following,
        the newest text stays in view, whatever the layout did to the scroll position."""
        if self.following and new != old:
            self._follow()
        elif self._place is not None and new.width != old.width:  # re-wrapped
            self.call_after_refresh(self._keep_place)
        self.call_after_refresh(self._show_marker)

    def on_resize(self, event: events.Resize) -> None:
        """The view itself changed size (a terminal resize): while following, the newest text
        in view once the layout is done (a scroll at once would use the old height; seen: a
        shrink to 80x24 left the view mid-story)."""
        seen, self._seen_size = self._seen_size, event.size
        if self.following and seen and event.size != seen:
            self.call_after_refresh(self._follow)
        elif self._place is not None and seen and event.size != seen:
            self.call_after_refresh(self._keep_place)
        self.call_after_refresh(self._show_marker)

    def _keep_place(self) -> None:
        """Back to the player's reading place (:attr:`_place`) after the layout changed: the
        same paragraph at the top, as many rows into it as fit (a re-wrapped paragraph may
        be shorter)."""
        if self.following or self._place is None:
            return
        paragraph, rows = self._place
        if not paragraph.is_mounted:
            self._place = None
            return
        region = paragraph.virtual_region
        self._placing = True
        try:
            y = region.y + min(rows, max(region.height - 1, 0))
            self.scroll_to(y=y, animate=False, immediate=True, force=True)
        finally:
            self._placing = False
        self._show_marker()

    def _top_place(self) -> tuple[Paragraph, int] | None:
        """The paragraph at the top of the view and how many of its rows are above it."""
        top = round(self.scroll_y)
        for paragraph in self._paragraphs:
            region = paragraph.virtual_region
            if paragraph.is_mounted and region.height and region.bottom > top:
                return paragraph, max(top - region.y, 0)
        return None

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        shape = (self.size, self.virtual_size.width)
        by_layout, self._shape = shape != self._shape, shape
        if self._place is not None and (by_layout or self._placing):
            # a resize or re-wrap moved it (or it is being put back): not the player's scroll;
            # the place is put back once the layout is done (on_resize, watch_virtual_size)
            self.call_after_refresh(self._show_marker)
            return
        if new >= self.max_scroll_y:
            if not self.following or self.new_count:
                self.following = True
                self.new_count = 0
                self._show_marker()
        elif new < old:
            self.following = False  # only the player scrolls up
        self._place = None if self.following or by_layout else self._top_place()
        self.call_after_refresh(self._show_marker)

    @property
    def marked(self) -> bool:
        """Does the marker at the foot say there is story below (and that End jumps to it)?"""
        return bool(self._marker.display)

    @property
    def below(self) -> bool:
        """Is any of the story below the view (a row or more)?"""
        return self.max_scroll_y - self.scroll_y >= 1

    def _show_marker(self) -> None:
        """The marker at the foot: "+N new" while the player reads back and more came, and
        "more below" whenever else some of the story is out of view, whatever left it there
        (newcomer 20 at 80x24: the last line or two of a reply out of sight with no marker,
        three times). Checked after every scroll, resize and growth of the story, once the
        layout is done."""
        below = self.below
        if below and not self.new_count:
            self._marker.update(MORE_MARKER)
        elif self.new_count:
            noun = "paragraph" if self.new_count == 1 else "paragraphs"
            self._marker.update(f"+{self.new_count} new {noun} below (End to jump down)")
        self._marker.display = self.new_count > 0 or below
