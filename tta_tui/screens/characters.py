"""Your characters: pick one to play, edit or delete it (after a confirmation), or make a new one;
s (or Your stories) lists the stories to come back to.

It shows what the app gives it (:meth:`CharactersScreen.show`, with how many stories are still
active, so a returning player is told they can go on) and posts what the player asks for:
:class:`Play`, :class:`Edit`, :class:`Delete` (already confirmed), :class:`New`,
:class:`Stories`, :class:`LogOut`.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, OptionList, Static
from textual.widgets.option_list import Option

from tta_server.protocol.messages import CharacterOut
from tta_tui.screens.fresh_keys import FreshKeysScreen
from tta_tui.widgets.marks import MarkedButton, MarkedOptionList
from tta_tui.widgets.status_chip import TopBar

MAX_CHARACTERS = 5


def _goal_words(goal: str) -> str:
    return goal.replace("_", " ")


def describe_character(record: CharacterOut) -> str:
    """One line: "Aria Moon (she/her): managing anxiety, mindfulness" (the pronouns and goals
    from the character's document, whose shape the server checks when it is saved)."""
    doc = record.character
    name = record.name or "Unnamed"
    pronouns = doc.get("pronouns")
    profile = doc.get("profile") if isinstance(doc.get("profile"), dict) else {}
    assert isinstance(profile, dict)
    goals = [g for g in profile.get("goals") or [] if isinstance(g, str)]
    line = name + (f" ({pronouns})" if isinstance(pronouns, str) and pronouns else "")
    return line + (": " + ", ".join(_goal_words(g) for g in goals) if goals else "")


HINT = (
    "Choose who you will be. Enter on a character plays a new story; n makes a new character; "
    "s shows your stories."
)
"""The line above the characters when no story waits to be carried on."""
HINT_WAITING = (
    "Choose who you will be: for a new story, Tab to the list, pick a character and press "
    "Enter; n makes a new character."
)
"""The same line when a story waits and the focus is not on the list (it starts on Your
stories, where Enter goes)."""
HINT_WAITING_LIST = (
    "Choose who you will be: Enter on a character plays a new story; n makes a new character."
)
"""The same line when a story waits and the focus is on the list."""
NO_CHARACTERS = "You have no characters yet: press n (or Enter on New) to make one."
"""The line above the buttons while there are none. The empty list took the focus and showed
nothing to say so, and Enter there did nothing (tui38 at 80x24, NO_COLOR): there is no list
until there is a character, and the focus is on New."""
HINT_EMPTY = "Choose who you will be: first make a character. s shows your stories."
"""The line at the top while there are no characters."""
NEEDS_ONE = frozenset({"play", "edit", "delete"})
"""The actions on the highlighted character: not offered (keys bar) without one."""


def waiting_words(active: int, *, enter: bool) -> str:
    """The line under the list while stories wait: Enter named only while it opens them (the
    focus on Your stories); newcomer 24 read "Enter (or s) opens Your stories" with the list
    focused, pressed Enter and got the world picker for a new story."""
    noun = "story" if active == 1 else "stories"
    keys = "Enter (or s) opens Your stories" if enter else "s (or Your stories) opens them"
    return f"You have {active} active {noun}: {keys} to come back to where you left off."


class ConfirmScreen(ModalScreen[bool]):
    """Ask a yes/no question; Escape means no. Nothing is focused on "yes" by default."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "no", "Cancel", id="confirm.no")]
    AUTO_FOCUS = "#confirm-no"

    def __init__(self, question: str, yes: str = "Delete") -> None:
        super().__init__(classes="confirm-screen")
        self.question = question
        self.yes = yes

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-panel", classes="panel"):
            yield Static(Text(self.question), markup=False, id="confirm-question")
            with Horizontal(classes="buttons"):
                yield MarkedButton("Keep it", id="confirm-no", variant="primary")
                yield MarkedButton(self.yes, id="confirm-yes", variant="error")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "confirm-yes")

    def action_no(self) -> None:
        self.dismiss(False)


class CharactersScreen(FreshKeysScreen):
    """The account's characters (``character.list`` records)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "new", "New", tooltip="make a new character", id="characters.new"),
        Binding(
            "e", "edit", "Edit", tooltip="change the highlighted character", id="characters.edit"
        ),
        Binding(
            "d",
            "delete",
            "Delete",
            tooltip="delete the highlighted character (after you confirm)",
            id="characters.delete",
        ),
        Binding(
            "s",
            "stories",
            "Stories",
            tooltip="your stories, to come back to one",
            id="characters.stories",
        ),
        Binding("ctrl+l", "log_out", "Log out", id="characters.log_out"),
    ]
    AUTO_FOCUS = "#character-list"

    class Play(Message):
        def __init__(self, character: CharacterOut) -> None:
            super().__init__()
            self.character = character

    class Edit(Message):
        def __init__(self, character: CharacterOut) -> None:
            super().__init__()
            self.character = character

    class Delete(Message):
        """Delete this character: the player has confirmed."""

        def __init__(self, character: CharacterOut) -> None:
            super().__init__()
            self.character = character

    class New(Message):
        """Open an empty character form."""

    class Stories(Message):
        """Show the list of stories (to resume one, or read an ended one)."""

    class LogOut(Message):
        """Log out and go back to the login screen."""

    def __init__(
        self,
        characters: list[CharacterOut],
        username: str = "",
        *,
        active_stories: int | None = None,
    ) -> None:
        super().__init__(id="characters")
        self.characters = list(characters)
        self.username = username
        self.active_stories = active_stories
        """How many of the account's stories are active (None: not known)."""

    def compose(self) -> ComposeResult:
        who = f" ({self.username})" if self.username else ""
        yield TopBar(f"Your characters{who}")
        with Vertical(id="characters-body"):
            yield Static(HINT, classes="hint", id="characters-hint")
            yield MarkedOptionList(id="character-list")
            yield Static("", markup=False, id="characters-empty", classes="hint")
            yield Static("", markup=False, id="characters-stories")
            with Horizontal(classes="buttons"):
                yield MarkedButton("Play", id="play", variant="primary")
                yield MarkedButton("New", id="new")
                yield MarkedButton("Edit", id="edit")
                yield MarkedButton("Delete", id="delete", variant="error")
                yield MarkedButton("Your stories", id="stories", variant="success")
        yield Footer()

    def on_mount(self) -> None:
        self.show(self.characters, self.active_stories)
        if self.active_stories:
            # A story waits: Enter resumes first (Your stories); a new one is a Tab away.
            self.query_one("#stories", Button).focus()
        elif not self.characters:
            self.query_one("#new", Button).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Play, Edit and Delete are offered only while there is a character to act on."""
        if action in NEEDS_ONE:
            return bool(self.characters)
        return True

    def show(self, characters: list[CharacterOut], active_stories: int | None = None) -> None:
        """Replace the list (keeping the highlighted character where possible) and say how
        many stories are active (``None``: say nothing)."""
        listing = self.query_one("#character-list", OptionList)
        keep = self.selected
        had_none = not self.characters
        self.characters = list(characters)
        waited = self.active_stories
        self.active_stories = active_stories
        if active_stories and not waited and self.focused is listing:
            # back with a story now waiting (stepped out of it): Enter resumes first, as when
            # the screen opens with one waiting
            self.query_one("#stories", Button).focus()
        self.say_hints()
        listing.clear_options()
        listing.add_options([Option(Content(describe_character(c)), id=c.id) for c in characters])
        if characters:
            ids = [c.id for c in characters]
            listing.highlighted = ids.index(keep.id) if keep and keep.id in ids else 0
        listing.display = bool(characters)
        new = self.query_one("#new", Button)
        if not characters and (self.focused is None or self.focused is listing):
            new.focus()
        elif characters and had_none and self.focused is new and not active_stories:
            listing.focus()  # the first character: Enter on it plays
        empty = self.query_one("#characters-empty", Static)
        empty.update(
            NO_CHARACTERS
            if not characters
            else (
                f"You have the most characters allowed ({MAX_CHARACTERS}); delete one to make "
                "another."
                if len(characters) >= MAX_CHARACTERS
                else ""
            )
        )
        empty.display = not characters or len(characters) >= MAX_CHARACTERS
        for button_id in ("play", "edit", "delete"):
            button = self.query_one(f"#{button_id}", Button)
            button.disabled = not characters
            # not shown either: without colour a disabled button looks like New (tui37 audit)
            button.display = bool(characters)
        self.refresh_bindings()

    def say_hints(self) -> None:
        """The line above the list and the one under it, true to where the focus is: Enter is
        named for what it does there (a new story on the list, Your stories on its button)."""
        active = self.active_stories or 0
        going = self.query_one("#characters-stories", Static)
        on_list = self.focused is self.query_one("#character-list")
        if active:
            going.update(waiting_words(active, enter=self.focused is self.query_one("#stories")))
        going.display = bool(active)
        hint = HINT if not active else HINT_WAITING_LIST if on_list else HINT_WAITING
        if not self.characters:
            hint = HINT_EMPTY
        self.query_one("#characters-hint", Static).update(hint)

    def on_descendant_focus(self) -> None:
        self.say_hints()

    @property
    def selected(self) -> CharacterOut | None:
        """The highlighted character, if any."""
        if not self.is_mounted:
            return None
        index = self.query_one("#character-list", OptionList).highlighted
        if index is None or not 0 <= index < len(self.characters):
            return None
        return self.characters[index]

    @on(OptionList.OptionSelected, "#character-list")
    @on(Button.Pressed, "#play")
    def action_play(self) -> None:
        if (character := self.selected) is not None:
            self.post_message(self.Play(character))

    @on(Button.Pressed, "#new")
    def action_new(self) -> None:
        self.post_message(self.New())

    @on(Button.Pressed, "#edit")
    def action_edit(self) -> None:
        if (character := self.selected) is not None:
            self.post_message(self.Edit(character))

    @on(Button.Pressed, "#delete")
    def action_delete(self) -> None:
        character = self.selected
        if character is None:
            return
        name = character.name or "this character"

        def answered(yes: bool | None) -> None:
            if yes:
                self.post_message(self.Delete(character))

        self.app.push_screen(
            ConfirmScreen(f"Delete {name}? This cannot be undone.", "Delete"),
            answered,
        )

    @on(Button.Pressed, "#stories")
    def action_stories(self) -> None:
        self.post_message(self.Stories())

    def action_log_out(self) -> None:
        self.post_message(self.LogOut())
