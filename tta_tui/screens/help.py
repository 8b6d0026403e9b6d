"""The help screen: how to play, the keys, coming back, people and safety (Markdown widget).

The page is ``tta_tui/help.md`` with two parts filled in when it opens (:func:`help_page`):

- the examples of what to type come from the story being played (:func:`examples_for`: its
  ways out, the people there, what the player carries), so inside The Ember Library they name
  The Ember Library's places and people, never another world's; outside a story they are
  general;
- the key tables are generated from the real bindings (:func:`key_table`): each binding's
  tooltip (or its description) says what the key does, so the help cannot drift from the keys;
  the keys shown are those in force (a player's keymap.toml included); the binding ids a keymap
  names are internal, so the help leaves them out and ``tta --keys`` lists them (:func:`id_lines`);
- what the panel beside the story is called follows what is on screen (:func:`panel_words`):
  beside the story, or folded into one or two lines above it.

The page is drawn by Rich's Markdown in one ``Static`` (Textual's ``Markdown`` widget, one
widget per block, took seconds to open, and keys typed meanwhile were lost); in plain mode as
plain text (:func:`plain_text`: no box characters, no backticks).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from importlib.resources import files
from typing import ClassVar

from rich.console import RenderableType
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from tta_tui.net.summary import Summary
from tta_tui.widgets.status_chip import TopBar

EXAMPLES_MARK = "<!-- examples -->"
KEYS_MARK = "<!-- keys -->"
PANEL_MARK = "<!-- panel -->"
KEYMAP_FILE_MARK = "<!-- keymap-file -->"
"""Where the keymap file is: the app puts its path; left alone, the usual place is named."""
KEYMAP_FILE = "`keymap.toml` beside your settings (`~/.config/tta/` on Linux)"
PANEL_WHAT = (
    "where you are, the ways out, what you carry, who is here and how far the story has come "
    '("2 of 7 steps done; next: ..." counts the steps done, in any order, and names the first '
    "one still to do)"
)
GENERAL_EXAMPLES = (
    "`look around`, `examine` what you see",
    "`go north`, `go inside`, `go` and the name of a place",
    "`talk to` someone here, `ask` them `about` something",
    "`take` what you find, `use` it, `give` it to someone",
)
ALWAYS = "`inventory`, `wait`, `breathe`, `help` (the story suggests what you could do)"
KEY_NAMES = {
    "escape": "Escape", "enter": "Enter", "space": "Space", "tab": "Tab", "up": "Up",
    "down": "Down", "left": "Left", "right": "Right", "pageup": "PageUp",
    "pagedown": "PageDown", "home": "Home", "end": "End", "backspace": "Backspace",
    "ctrl": "Ctrl", "shift": "Shift", "alt": "Alt",
}  # fmt: skip
KeySection = tuple[str, Sequence[BindingType]]
"""A heading ("In a story") and the bindings it lists."""


def help_text() -> str:
    """The help page's Markdown source, shipped inside the package (with its two marks)."""
    return files("tta_tui").joinpath("help.md").read_text(encoding="utf-8")


def key_name(key: str) -> str:
    """ "ctrl+q" -> "Ctrl+Q", "f10" -> "F10", "pageup" -> "PageUp", "m" -> "m"."""
    parts = key.split("+")
    out = [KEY_NAMES.get(p, p.upper() if re.fullmatch(r"f\d+", p) else p) for p in parts[:-1]]
    last = parts[-1]
    if re.fullmatch(r"f\d+", last):
        out.append(last.upper())
    elif last in KEY_NAMES:
        out.append(KEY_NAMES[last])
    else:
        out.append(last.upper() if len(parts) > 1 else last)
    return "+".join(out)


def key_rows(
    bindings: Iterable[BindingType], keymap: Mapping[str, str] | None = None
) -> list[tuple[str, str, str]]:
    """(keys, what they do, binding ids) per action, in binding order: keys bound to one
    action share a row ("F1 / Ctrl+H"); each row says the binding's tooltip, else its description;
    a binding whose id ``keymap`` names shows the keymap's keys instead of its own."""
    rows: dict[str, tuple[list[str], str, list[str]]] = {}
    for binding in Binding.make_bindings(bindings):
        says = binding.tooltip or binding.description
        if not says:
            continue
        keys, _, ids = rows.setdefault(binding.action, ([], says, []))
        bound = (keymap or {}).get(binding.id or "", binding.key)
        for key in bound.split(","):
            name = key_name(key.strip())
            if name not in keys:
                keys.append(name)
        if binding.id and binding.id not in ids:
            ids.append(binding.id)
    return [(" / ".join(keys), says, ", ".join(ids)) for keys, says, ids in rows.values()]


def key_table(
    sections: Iterable[KeySection],
    *,
    plain: bool = False,
    keymap: Mapping[str, str] | None = None,
) -> str:
    """Markdown: a heading and a table per section, the key and what it does (in plain mode a
    list, "F1: this help", as a table is drawn with box characters)."""
    out: list[str] = []
    for title, bindings in sections:
        rows = key_rows(bindings, keymap)
        if not rows:
            continue
        out += [f"### {title}", ""]
        if plain:
            out += [f"- {keys}: {says}" for keys, says, _ in rows]
        else:
            out += ["| Key | What it does |", "|---|---|"]
            out += [f"| {keys} | {says} |" for keys, says, _ in rows]
        out.append("")
    return "\n".join(out).rstrip()


def id_lines(sections: Iterable[KeySection], keymap: Mapping[str, str] | None = None) -> str:
    """``tta --keys``: a line per binding a keymap file can move, ``"id" = "keys"  # what it
    does``, under a comment per section, ready to copy into keymap.toml."""
    out: list[str] = []
    for title, bindings in sections:
        lines = []
        for binding in Binding.make_bindings(bindings):
            says = binding.tooltip or binding.description
            if binding.id and says:
                keys = (keymap or {}).get(binding.id, binding.key)
                lines.append(f'"{binding.id}" = "{keys}"  # {says}')
        if lines:
            out += [f"# {title}", *dict.fromkeys(lines), ""]
    return "\n".join(out).rstrip() + "\n"


def panel_words(folded: bool | None, *, skills: bool = True) -> str:
    """What the help says about the panel: beside the story (``folded`` False), in one or
    two lines above it (True), or either (None: no story open); the skills practised it lists
    unless ``skills`` is False (the character's quiet coaching)."""
    if folded is None:
        return (
            f"In a story, a panel beside it shows {PANEL_WHAT}; on a narrow screen it is one "
            "or two lines above the story instead (F3 switches, and the next story keeps it)."
        )
    if folded:
        return (
            f"The lines above the story show {PANEL_WHAT}. F3 opens it as a panel beside the story."
        )
    if not skills:
        return f"The panel beside the story shows {PANEL_WHAT}."
    return f"The panel beside the story shows {PANEL_WHAT}, and the skills you have practised."


def _code(text: str) -> str:
    return "`" + text.replace("`", "'") + "`"


def examples_for(summary: Summary | None) -> list[str]:
    """What a player could type, as Markdown lines: from this story's summary (its ways out,
    the people here, what the player carries), else general ones."""
    if summary is None or not (summary.exits or summary.characters or summary.inventory):
        return [*GENERAL_EXAMPLES, ALWAYS]
    lines = []
    ways = [e for e in summary.exits if e.open][:3]
    if ways:
        lines.append(", ".join(_code(f"go {e.direction}") for e in ways))
    person = summary.characters[0] if summary.characters else None
    if summary.location:  # something to look at besides the room the description already gave
        seen = person or (summary.inventory[0] if summary.inventory else "me")
        lines.append(f"{_code('look around')}, {_code('examine ' + seen)}")
    if person:
        topic = ways[0].to if ways and ways[0].to else summary.location
        about = [_code(f"talk to {person}")]
        if topic:
            about.append(_code(f"ask {person} about {topic}"))
        lines.append(", ".join(about))
    thing = summary.inventory[0] if summary.inventory else None
    if thing:
        uses = [_code(f"use {thing}")]
        if person:
            uses.append(_code(f"give {thing} to {person}"))
        lines.append(", ".join(uses))
    lines.append(ALWAYS)
    return lines


def help_page(
    sections: Iterable[KeySection],
    summary: Summary | None = None,
    world: str = "",
    *,
    plain: bool = False,
    keymap: Mapping[str, str] | None = None,
    panel_folded: bool | None = None,
    keymap_file: str | None = None,
    skills: bool = True,
) -> str:
    """The help page: help.md with the examples (from ``summary``, in ``world``), the key
    tables (from ``sections`` and ``keymap``; lists in ``plain`` mode) and the panel's words
    (:func:`panel_words`, without the skills practised when ``skills`` is False) filled in."""
    where = f" (from {world}, where you are playing)" if world else ""
    examples = [f"Some things you could type{where}:", ""]
    examples += [f"- {line}" for line in examples_for(summary)]
    return (
        help_text()
        .replace(EXAMPLES_MARK, "\n".join(examples))
        .replace(KEYS_MARK, key_table(sections, plain=plain, keymap=keymap))
        .replace(PANEL_MARK, panel_words(panel_folded, skills=skills))
        .replace(KEYMAP_FILE_MARK, keymap_file or KEYMAP_FILE)
    )


def plain_text(page: str) -> str:
    """The page for plain mode: the Markdown's words without its marks (headings' ``#``,
    ``**``, backticks), lists kept as "- " lines, each paragraph one line (the terminal wraps
    it)."""
    lines: list[str] = []
    joinable = False
    for raw in page.splitlines():
        line = raw.replace("**", "").replace("`", "")
        heading = re.match(r"#+\s+(.*)", line)
        if heading:
            lines.append(heading.group(1).upper() if line.startswith("# ") else heading.group(1))
            joinable = False
        elif not line.strip():
            lines.append("")
            joinable = False
        elif joinable and not line.startswith(("- ", "|")):
            lines[-1] += " " + line.strip()
        else:
            lines.append(line)
            joinable = True
    return "\n".join(lines)


class HelpScreen(ModalScreen[None]):
    """Help over the current screen; Escape, q or F1 closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="help.close"),
        Binding("q", "close", "Close", show=False, id="help.close_q"),
        Binding("f1", "close", "Close", show=False, id="help.close_f1"),
    ]
    AUTO_FOCUS = "#help-scroll"

    def __init__(self, page: str | None = None, *, plain: bool = False) -> None:
        super().__init__()
        self.page = page if page is not None else help_page([])
        self.plain = plain

    def compose(self) -> ComposeResult:
        with Vertical(id="help-panel"):
            yield TopBar("Help: keys, commands and safety")
            with VerticalScroll(id="help-scroll"):
                yield Static(self._shown(), id="help-text")
            yield Footer()

    def _shown(self) -> RenderableType:
        """The page as words (plain mode) or drawn from its Markdown. Rich's Markdown (and
        markdown-it under it) is imported here, when the help first opens, not at start-up:
        it is about a fifth of the client's import time."""
        if self.plain:
            return Text(plain_text(self.page))
        from rich.markdown import Markdown

        return Markdown(self.page)

    def action_close(self) -> None:
        self.dismiss(None)
