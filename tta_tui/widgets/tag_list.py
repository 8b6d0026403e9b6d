"""A list of short texts edited as tags: type one and press Enter to add it (or several at once,
separated by commas, "and", "&", ";" or "/": :data:`TAG_BREAKS`); each tag is a button that
removes it when clicked (its "×"), or from the keyboard with Shift+Tab to the row of tags,
Left/Right to it, Delete or Backspace. Space and Enter never remove one: a fast typist's Tab
then Space took away the trait just added, and Tab then Enter did the same to a newcomer at
80x24; on the row they only say which key removes (:data:`HOW_TO_REMOVE`). The row is one Tab
stop, not one per tag: newcomer 12 found Tab through a form with traits long; and Tab from the
line goes on to the next field, past the row, which Shift+Tab reaches (from the next field); a
letter typed on the row goes to the line. Each tag is drawn in brackets, "[curious ×]"
("[curious] remove" in plain mode), so two tags never read as one word, whatever the colours.
The tag the row's cursor is on says so in its own text while the row has the focus, with the key
that removes it ("> [curious ×] Del <"; "> [curious] remove: Del <" in plain mode), since focus
drawn by colour alone is lost with NO_COLOR, and removing one says which ("Removed curious.").
A tag spans as many of the row's three columns as that longer label needs, so none is ever cut.
Used for traits and topics to avoid.

Backspace in the empty entry removes the last tag, as in most tag inputs (newcomer 19 tried it
first), and says which.

Enter is taken by the entry itself (:class:`TagEntry`) as it reads the key: it empties the line
there and then, so the letters typed right after Enter start the next tag even when they arrive
in the same burst ("curious" Enter "quiet" Enter is two tags, never "curiousquiet")."""

from __future__ import annotations

import re
from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Button, Input, Static

from tta_tui.widgets.marks import MarkedButton
from tta_tui.widgets.text_field import TextField
from tta_tui.widgets.typed_keys import KeysWhereTyped

HOW_TO_REMOVE = "Delete or Backspace removes the marked tag; Tab moves on."
"""Said when Space or Enter is pressed on the row of tags (neither removes a tag)."""
TAG_KEYS = "Backspace in the empty line removes the last tag; Shift+Tab back reaches the tags."
"""The hint under a tag list (after its own words) on the keys that remove tags."""


#: Where one line typed into a tag list holds several tags: a comma, a semicolon, a slash, "&",
#: or "and" between words ("Kind, patient and curious" is three traits, newcomer 29; "anxious /
#: chatty / kind", newcomer 12).
TAG_BREAKS = re.compile(r"\s*[,;/&]\s*|\s+and\s+", re.IGNORECASE)


class TagEntry(TextField):
    """The line a tag is typed in: Enter submits and empties it at once; Backspace while it is
    empty removes the last tag (see the module)."""

    class RemoveLast(Message):
        """Backspace in the empty line: remove the last tag."""

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            text, self.value = self.value, ""
            self.post_message(self.Submitted(self, text))
            return
        if event.key == "backspace" and not self.value:
            event.stop()
            event.prevent_default()
            self.post_message(self.RemoveLast())
            return
        await super()._on_key(event)


class TagButton(MarkedButton):
    """One tag: its label gains "> ... <" while the row's cursor is on it (see the module)."""

    @property
    def widest(self) -> int:
        """The cells its longest label takes (the one with the row's cursor on it)."""
        return cell_len(f"> {self.marked} <")

    can_focus = False  # the row is the Tab stop (:class:`TagRow`)

    def __init__(self, tag: str, label: Content, marked: str) -> None:
        super().__init__(label, classes="tag", compact=True, tooltip=f"Remove {tag} (Delete)")
        self.tag = tag
        self.marked = marked
        """The label while the row's cursor is on it, with the key that removes it."""

    def _show(self, *, focused: bool) -> None:
        self.label = Content(f"> {self.marked} <") if focused else self.plain_label
        self.refresh(layout=True)

    def on_mount(self) -> None:
        row = self.parent
        if isinstance(row, TagRow):
            row.mark()


COLUMNS = 3
GUTTER = 2
"""The row of tags is a grid of :data:`COLUMNS` columns :data:`GUTTER` cells apart (app.tcss,
``.tag-list .tags``); :meth:`TagRow.fit` spans a long tag over several."""


class TagRow(Container, KeysWhereTyped):
    """The tags, one Tab stop: Left and Right move a cursor between them, Delete or Backspace
    removes the one it is on; Space and Enter only say so (see the module docstring)."""

    can_focus = True
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "left",
            "move(-1)",
            "Previous tag",
            show=False,
            tooltip="on a row of tags: the tag before",
            id="tags.previous",
        ),
        Binding(
            "right",
            "move(1)",
            "Next tag",
            show=False,
            tooltip="on a row of tags: the tag after",
            id="tags.next",
        ),
        Binding(
            "delete,backspace",
            "remove",
            "Remove tag",
            show=False,
            tooltip="on a row of tags: remove the one marked > <",
            id="tags.remove",
        ),
        Binding(
            "enter,space",
            "how_to_remove",
            "How to remove a tag",
            show=False,
            tooltip="on a row of tags: says which key removes one (these never do)",
            id="tags.how_to_remove",
        ),
    ]

    def __init__(self) -> None:
        super().__init__(classes="tags")
        self.cursor = 0

    @property
    def chips(self) -> list[TagButton]:
        return list(self.query(TagButton))

    def on_resize(self) -> None:
        self.fit()

    def fit(self) -> None:
        """Each tag spans as many of the row's :data:`COLUMNS` as its longest label needs, so
        none is cut ("[kinda anxiou ×]" in a third of the row, newcomer 30); short tags stay
        three to a row. A tag too wide for what is left of a row starts the next (the grid
        would cut it at the edge): the tag before it spans the rest."""
        width = self.content_region.width
        if width <= 0:
            return  # not laid out yet: fitted again on its first resize
        cell = max(1, (width - GUTTER * (COLUMNS - 1)) // COLUMNS)
        spans: list[int] = []
        column = 0  # where the next tag starts on its row
        for chip in self.chips:
            span = min(COLUMNS, -(-(chip.widest + GUTTER) // (cell + GUTTER)))
            if column + span > COLUMNS:  # not on this row: the tag before fills it
                spans[-1] += COLUMNS - column
                column = 0
            spans.append(span)
            column = (column + span) % COLUMNS
        for chip, span in zip(self.chips, spans, strict=True):
            if chip.styles.column_span != span:
                chip.styles.column_span = span

    def allow_focus(self) -> bool:
        """Not from the tag line: Tab there goes on to the next field (newcomer 19's "GB",
        typed after Tab, went to the tags and was lost); Shift+Tab from the next field comes
        back to the tags, and Shift+Tab again to the line."""
        entry = self.parent.entry if isinstance(self.parent, TagList) else None
        return super().allow_focus() and (entry is None or self.screen.focused is not entry)

    async def _on_key(self, event: events.Key) -> None:
        """A letter typed on the tags goes to the tag line, which takes the focus: typing is
        never lost on the row (Space keeps saying how to remove, see the module)."""
        if not event.is_printable or event.key == "space" or event.character is None:
            return
        if isinstance(self.parent, TagList):
            event.stop()
            event.prevent_default()
            entry = self.parent.entry
            self.screen.set_focus(entry)
            entry.post_message(events.Key(event.key, event.character))  # after its Focus

    def watch_has_focus(self, has_focus: bool) -> None:
        super().watch_has_focus(has_focus)
        self.mark()  # set after the Focus/Blur handlers of this class run

    def action_move(self, step: int) -> None:
        self.cursor = max(0, min(self.cursor + step, len(self.chips) - 1))
        self.mark()

    def action_remove(self) -> None:
        chips = self.chips
        if chips:
            # Pressed from the tag's own queue: a message posted from the row's would not
            # bubble back up through the row (Textual's rule), and the key runs here now
            # (:mod:`tta_tui.widgets.typed_keys`).
            chip = chips[min(self.cursor, len(chips) - 1)]
            chip.call_later(chip.press)

    def action_how_to_remove(self) -> None:
        self.notify(HOW_TO_REMOVE, markup=False)

    def mark(self) -> None:
        """The tag at the cursor says so while the row has the focus."""
        chips = self.chips
        self.cursor = max(0, min(self.cursor, len(chips) - 1))
        for i, chip in enumerate(chips):
            chip.show_focus(self.has_focus and i == self.cursor)


class TagList(Vertical):
    """Tags with an input to add more; posts :class:`TagList.Changed` on every change."""

    class Changed(Message):
        def __init__(self, tag_list: TagList) -> None:
            super().__init__()
            self.tag_list = tag_list

        @property
        def control(self) -> TagList:
            return self.tag_list

    def __init__(
        self,
        tags: list[str] | None = None,
        *,
        placeholder: str = "Type one and press Enter",
        max_tags: int | None = None,
        max_chars: int | None = None,
        plain: bool = False,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id, classes="tag-list")
        self.tags: list[str] = list(tags or [])
        self.placeholder = placeholder
        self.max_tags = max_tags
        self.max_chars = max_chars
        self.plain = plain

    def compose(self) -> ComposeResult:
        yield TagEntry(
            placeholder=self.placeholder, max_length=self._line_length(), classes="tag-input"
        )
        yield TagRow()
        yield Static("", markup=False, classes="tag-empty hint")

    async def on_mount(self) -> None:
        await self._redraw()

    def _line_length(self) -> int:
        """The most the line takes: room for every tag at its longest with a ", " between
        (0: no limit). Not one tag's length: "funny, sarcastic, kinda anxious" is three tags
        in 31 characters, and a line of 30 lost its last "s" (newcomer 30); each tag is held
        to :attr:`max_chars` as it is added."""
        if not self.max_chars:
            return 0
        return (self.max_chars + 2) * (self.max_tags or 10)

    @property
    def entry(self) -> Input:
        return self.query_one(".tag-input", Input)

    def _tag_label(self, tag: str) -> Content:
        return Content(f"[{tag}] remove" if self.plain else f"[{tag} ×]")

    def _marked_label(self, tag: str) -> str:
        """The label of the tag the row's cursor is on (inside its "> ... <")."""
        return f"[{tag}] remove: Del" if self.plain else f"[{tag} ×] Del"

    async def _redraw(self) -> None:
        row = self.query_one(TagRow)
        await row.remove_children()
        await row.mount_all(
            [TagButton(t, self._tag_label(t), self._marked_label(t)) for t in self.tags]
        )
        row.display = bool(self.tags)
        row.fit()
        empty = self.query_one(".tag-empty", Static)
        empty.update("none yet" if not self.tags else "")
        empty.display = not self.tags

    async def set_tags(self, tags: list[str]) -> None:
        """Replace every tag (no Changed message)."""
        self.tags = list(tags)
        if self.is_mounted:
            await self._redraw()

    @on(Input.Submitted, ".tag-input")
    async def _add(self, event: Input.Submitted) -> None:
        event.stop()
        added = full = False
        too_long: list[str] = []
        for part in TAG_BREAKS.split(event.value):
            tag = " ".join(part.split())
            if not tag or tag.casefold() in (t.casefold() for t in self.tags):
                continue
            if self.max_chars and len(tag) > self.max_chars:
                too_long.append(tag)
                continue
            if self.max_tags is not None and len(self.tags) >= self.max_tags:
                self.notify(f"At most {self.max_tags} here; remove one first.", severity="warning")
                full = True
                break
            self.tags.append(tag)
            added = True
        if full and not self.entry.value:
            self.entry.value = event.value  # kept, to add once another is removed
        elif too_long and not self.entry.value:
            self.entry.value = ", ".join(too_long)  # kept, to be shortened
        if too_long:
            self.notify(
                f"Not added: {', '.join(too_long)}. A tag here takes at most {self.max_chars} "
                "characters: shorten it and press Enter.",
                severity="warning",
                markup=False,
            )
        if added:
            await self._redraw()
            self.post_message(self.Changed(self))

    @on(Button.Pressed, ".tag")
    async def _remove(self, event: Button.Pressed) -> None:
        event.stop()
        buttons = list(self.query(".tag").results(Button))
        await self._remove_at(buttons.index(event.button))

    @on(TagEntry.RemoveLast)
    async def _remove_last(self, event: TagEntry.RemoveLast) -> None:
        event.stop()
        if self.tags:
            await self._remove_at(len(self.tags) - 1)

    async def _remove_at(self, index: int) -> None:
        """Remove the tag at ``index`` and say which."""
        removed = self.tags.pop(index)
        row = self.query_one(TagRow)
        row.cursor = index
        on_the_row = self.screen.focused is row
        await self._redraw()
        if not self.tags and self.screen.focused in ((row, None) if on_the_row else (None,)):
            # the row is gone: back to typing tags, unless a key typed since (Backspace in
            # the empty line, then Tab, in one burst) has moved the focus on: it stays there
            self.entry.focus()
        self.notify(f"Removed {removed}.", markup=False)
        self.post_message(self.Changed(self))

    def describe(self) -> Text:
        """The tags as one line of text."""
        return Text(", ".join(self.tags) if self.tags else "none")
