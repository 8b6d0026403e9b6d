"""Choose a world: the list on the left, the highlighted world's card on the right (title,
summary, themes, content notes, the goals it suits, marked when they are the character's own).
Worlds that suit the character's goals say so in the list, and the one that suits the most is
highlighted first, and the card ends by naming it ("Press Enter to begin The Lantern Coast as
Aria Moon."). A world the character has played to its ending (``finished``, from
``session.list``) says "finished" in the list and its card offers to play it again from the
start (the finished story is kept); the best-suited world highlighted first is one not yet
finished, while there is one. Enter starts a story there (:class:`WorldsScreen.Start`); Escape
goes back. Up and Down stop at the ends of the list (no wrap round: Down on the last world stays
there), and keys pressed before the picker was made are dropped
(:class:`~tta_tui.screens.fresh_keys.FreshKeysScreen`), so a Down and Enter typed while the
world list loaded start nothing. Toasts still up when it opens are cleared, so none covers the
card."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from tta_server.protocol.messages import CharacterOut, WorldOut
from tta_tui.screens.fresh_keys import FreshKeysScreen
from tta_tui.widgets.marks import MarkedOptionList
from tta_tui.widgets.status_chip import TopBar


def _texts(value: object) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def world_card(world: WorldOut, goal_labels: dict[str, str], own_goals: set[str]) -> Text:
    """The words about a world, as plain text with a little style."""
    out = Text()
    out.append(world.title or world.id or "A world", style="bold")
    out.append("\n\n")
    out.append(world.summary)
    if world.themes:
        out.append("\n\nThemes: ", style="bold")
        out.append(", ".join(world.themes))
    if world.content_notes:
        out.append("\n\nContent notes: ", style="bold")
        out.append("; ".join(world.content_notes))
    goals = world.goals
    if goals:
        out.append("\n\nSuits: ", style="bold")
        for i, goal in enumerate(goals):
            if i:
                out.append(", ")
            label = goal_labels.get(goal, goal.replace("_", " "))
            if goal in own_goals:
                out.append(f"{label} (your goal)", style="bold")
            else:
                out.append(label)
    return out


def own_goal_count(world: WorldOut, own_goals: set[str]) -> int:
    """How many of the character's goals ``world`` suits."""
    return len(own_goals.intersection(world.goals))


FINISHED_MARK = "finished: play again?"
"""Under a world's title in the list once the character has played it to its ending."""


def world_label(world: WorldOut, own_goals: set[str], *, finished: bool = False) -> Text:
    """A world's line in the list: its title, whether the character has finished it, and
    whether it suits the character's goals."""
    out = Text(world.title or world.id)
    if finished:
        out.append(f"\n  {FINISHED_MARK}", style="italic")
    if own_goal_count(world, own_goals):
        out.append("\n  suits your goals", style="italic")
    return out


def begin_words(title: str, name: str, *, finished: bool) -> str:
    """The card's last line: what Enter does ("Press Enter to begin The Lantern Coast as Aria
    Moon."), and for a world finished, that it plays it again, the finished story kept."""
    if finished:
        return (
            f"{name} has finished {title}. Press Enter to play it again from the start; the "
            "finished story stays in Your stories, to read or play on."
        )
    return f"Press Enter to begin {title} as {name}."


def _start_on_enter(binding_id: str) -> Binding:
    """Enter as the screen's "Start story" (the list's and the card's, each its own id)."""
    return Binding(
        "enter",
        "screen.start",
        "Start story",
        tooltip="start a story in the highlighted world",
        id=binding_id,
    )


class WorldList(MarkedOptionList):
    """The list of worlds, whose Enter is the screen's "Start story" and says so in the footer
    (bound on the screen, it was hidden there by the list's own Enter, which has the focus)."""

    BINDINGS: ClassVar[list[BindingType]] = [_start_on_enter("worlds.start")]


CARD_CUE = "> Reading: Up/Down scroll, Enter begins."
"""Over the card while it has the focus (Tab reaches it when it is taller than the screen): the
one focus cue then, the list's chosen world marked "* " (newcomer audit at 80x24: no ">" was
anywhere, and Enter there did nothing though the card said "Press Enter to begin")."""


class WorldCard(VerticalScroll):
    """The highlighted world's card, scrolled with the arrow keys once Tab has reached it; its
    Enter begins the story too, as the card's last line says."""

    BINDINGS: ClassVar[list[BindingType]] = [
        _start_on_enter("worlds.card_start"),
    ]

    def on_focus(self) -> None:
        self._cue(True)

    def on_blur(self) -> None:
        self._cue(False)

    def _cue(self, focused: bool) -> None:
        self.screen.query_one("#world-card-cue", Static).display = focused


class WorldsScreen(FreshKeysScreen):
    """The worlds of ``world.list`` for ``character`` (a ``character.list`` record)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", tooltip="back to your characters", id="worlds.back"),
    ]
    AUTO_FOCUS = "#world-list"

    class Start(Message):
        """Start a story in this world with this character."""

        def __init__(self, world: WorldOut, character: CharacterOut) -> None:
            super().__init__()
            self.world = world
            self.character = character

    class Back(Message):
        """Back to the characters."""

    def __init__(
        self,
        worlds: list[WorldOut],
        character: CharacterOut,
        goal_labels: dict[str, str] | None = None,
        *,
        finished: set[str] | frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(id="worlds")
        self.worlds = list(worlds)
        self.finished = set(finished)
        """The ids of the worlds this character has played to their ending."""
        self.character = character
        self.goal_labels = goal_labels or {}
        profile = character.character.get("profile")
        self.own_goals = set(_texts(profile.get("goals"))) if isinstance(profile, dict) else set()
        self.busy = False

    def compose(self) -> ComposeResult:
        name = self.character.name or "your character"
        yield TopBar(f"Choose a world for {name}")
        with Horizontal(id="worlds-body"):
            yield WorldList(
                *[
                    Option(world_label(w, self.own_goals, finished=w.id in self.finished), id=w.id)
                    for w in self.worlds
                ],
                id="world-list",
            )
            with Vertical(id="world-card-side"):
                yield Static(CARD_CUE, markup=False, id="world-card-cue")
                with WorldCard(id="world-card-scroll"):
                    yield Static("", markup=False, id="world-card")
        yield Footer()

    def on_mount(self) -> None:
        # A toast from the screen before ("Saved Aria Moon.") would sit on the world card,
        # which is what the player has to read here.
        self.app.clear_notifications()
        self.query_one("#world-card-cue").display = False
        listing = self.query_one("#world-list", OptionList)
        best = None
        if self.worlds:
            # the first of the best-suited, one not yet finished while there is one
            ranks = [
                (w.id not in self.finished, own_goal_count(w, self.own_goals)) for w in self.worlds
            ]
            best = ranks.index(max(ranks))
            listing.highlighted = best
        self._show(best)

    @on(OptionList.OptionHighlighted, "#world-list")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._show(event.option_index)

    def _show(self, index: int | None) -> None:
        card = self.query_one("#world-card", Static)
        if index is None or not 0 <= index < len(self.worlds):
            card.update(Text("No worlds are installed on this server yet.", style="italic"))
            return
        world = self.worlds[index]
        text = world_card(world, self.goal_labels, self.own_goals)
        # The top bar may shorten a long name with "…": here it is whole.
        name = self.character.name or "your character"
        title = world.title or world.id or "this world"
        words = begin_words(title, name, finished=world.id in self.finished)
        text.append(f"\n\n{words}", style="italic")
        card.update(text)

    @property
    def selected(self) -> WorldOut | None:
        index = self.query_one("#world-list", OptionList).highlighted
        if index is None or not 0 <= index < len(self.worlds):
            return None
        return self.worlds[index]

    @on(OptionList.OptionSelected, "#world-list")  # a click
    def action_start(self) -> None:
        world = self.selected
        if world is not None and not self.busy:
            self.busy = True
            self.post_message(self.Start(world, self.character))

    def action_back(self) -> None:
        self.post_message(self.Back())
