"""The character form: every field of the character schema, each with a hint below it.

- Name, appearance, backstory: text; pronouns: the presets or your own; traits and topics to
  avoid: tag lists; goals: a list to tick (1 to 5); intensity: one of three; country: a two-letter
  code; sharing the transcript: a checkbox.
- The server is the judge on Save; the name and the country are also checked while typing
  (:mod:`tta_tui.screens.field_checks`, :meth:`CharacterForm.show_field_error`). When the
  server refuses, :meth:`show_errors`
  puts **every** field's message under its field at once (paths such as ``name``,
  ``profile.goals[0]``, ``traits.1`` are mapped to fields) and the rest in the form's message.
- While making a new character, every change posts :class:`CharacterForm.DraftChanged` with the
  whole document, so the app can keep an unfinished form (``save_draft``); the form opens on a
  draft or an existing character with :meth:`load`.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from rich.text import Text
from textual import events, on
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.geometry import Region
from textual.message import Message
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import (
    Button,
    Footer,
    Input,
    Label,
    RadioButton,
    RadioSet,
    SelectionList,
    Static,
    TextArea,
)
from textual.widgets.selection_list import Selection

from tta_server.protocol.replies import CharacterSchemaOk, GoalOut
from tta_tui.screens.countries import country_code
from tta_tui.screens.field_checks import (
    COUNTRY_TYPED_MAX,
    country_problem,
    country_taken,
    name_problem,
)
from tta_tui.screens.fix_words import fix_words
from tta_tui.screens.form_keys import ENTER_NEXT, FormField, field_tab_bindings
from tta_tui.screens.fresh_keys import FreshKeysScreen
from tta_tui.widgets.error_line import ErrorLine
from tta_tui.widgets.marks import (
    FieldLabel,
    MarkedButton,
    MarkedCheckbox,
    MarkedRadioButton,
    MarkedRadioSet,
    TickList,
)
from tta_tui.widgets.status_chip import TopBar
from tta_tui.widgets.tag_list import TAG_KEYS, TagList
from tta_tui.widgets.text_field import SELECT_ALL
from tta_tui.widgets.typed_keys import KeysWhereTyped

PRONOUNS_LABEL = "Pronouns"
FIELDS: dict[str, str] = {
    "name": "name",
    "pronouns": "pronouns",
    "appearance": "appearance",
    "backstory": "backstory",
    "traits": "traits",
    "profile.goals": "goals",
    "profile.intensity": "intensity",
    "profile.avoid_topics": "avoid",
    "profile.country": "country",
    "profile.share_transcript": "share",
    "profile.quiet_coaching": "coaching",
}
"""Error paths (list positions removed) -> the form's field keys, in the form's order."""
FIELD_TITLES = {
    "name": "Name", "pronouns": "Pronouns", "appearance": "Appearance",
    "backstory": "Backstory", "traits": "Personality traits", "goals": "Goals",
    "intensity": "Intensity", "avoid": "Topics to avoid", "country": "Country",
    "share": "Sharing", "coaching": "Coaching",
}  # fmt: skip
"""How the top of the form names each field in error (the form is taller than a screen)."""
INTENSITY_HINTS = {
    "gentle": "Gentle: the story treads softly around your themes.",
    "moderate": "Moderate: the story touches your themes now and then.",
    "challenging": "Challenging: the story asks more of you.",
}
OTHER = "__other__"
CHANGED_FIELDS = {
    "f-name": "name", "f-pronouns": "pronouns", "f-pronouns-custom": "pronouns",
    "f-appearance": "appearance", "f-backstory": "backstory", "f-traits": "traits",
    "f-goals": "goals", "f-intensity": "intensity", "f-avoid": "avoid", "f-country": "country",
    "f-share": "share", "f-coaching": "coaching",
}  # fmt: skip
"""The widget that changed (by id) -> the field key whose error the change may fix."""
CHECKS = {"name": name_problem, "country": country_problem}
"""The fields checked while typing (:mod:`tta_tui.screens.field_checks`), by key: each is the
``Input`` ``#f-<key>``."""
CHECK_PAUSE = 0.6
"""Seconds without typing before a field's problem is said (leaving the field says it at once)."""


class FormBody(VerticalScroll):
    """The form's scrolling body; on a resize it asks the form to redo its "More below" cue."""

    class Resized(Message):
        """The body's size changed."""

    def on_resize(self) -> None:
        self.post_message(self.Resized())


MORE_BELOW = "More of the form below: Tab or scroll down. Ctrl+S saves."
"""Under the form while part of it is below the fold."""


AT_LIMIT = "the most it takes: what you type now is not added."
"""Said by a counter at its field's limit (newcomer 24 typed on past 40 and saw his name cut
short with no word why)."""


def counted(length: int, limit: int) -> str:
    """A text field's counter: "7 of 40 characters", and at the limit that more is not
    taken (:data:`AT_LIMIT`)."""
    if length >= limit:
        return f"{length} of {limit} characters, {AT_LIMIT}"
    return f"{length} of {limit} characters"


def needs_a_look(titles: list[str]) -> str:
    """The toast after a refused save: "2 fields need a look: Traits, Goals."."""
    if len(titles) == 1:
        return f"1 field needs a look: {titles[0]}."
    return f"{len(titles)} fields need a look: {', '.join(titles)}."


def field_key(path: str) -> str | None:
    """The form field an error path belongs to (``profile.goals[0]`` -> ``goals``), or None."""
    path = path.removeprefix("character.")
    path = re.sub(r"\[\d+\]", "", path)
    parts = [p for p in path.split(".") if p and not p.isdigit()]
    while parts:
        key = FIELDS.get(".".join(parts))
        if key is not None:
            return key
        parts.pop()
    return None


def group_errors(fields: dict[str, str]) -> tuple[dict[str, list[str]], list[str]]:
    """Messages per form field (in the order given), and those that fit no field."""
    per_field: dict[str, list[str]] = {}
    loose: list[str] = []
    for path, message in fields.items():
        key = field_key(path)
        if key is None:
            loose.append(f"{path}: {message}" if path else message)
        elif message not in per_field.setdefault(key, []):
            per_field[key].append(message)
    return per_field, loose


class TextBox(TextArea, KeysWhereTyped):
    """A field of several lines where Ctrl+A selects all its text, as in every text field
    (:mod:`tta_tui.widgets.text_field`: newcomer 10's new words landed inside the old), and
    Enter moves on to the next field as in every other field of the form (the text wraps by
    itself): newcomer 12 typed traits, each with Enter, into Backstory as new lines of it,
    "anxious / chatty / kind", thinking the traits box had the focus. A priority binding, so the
    keys typed after Enter in one burst land in the next field."""

    BINDINGS: ClassVar[list[BindingType]] = [ENTER_NEXT, SELECT_ALL]

    def action_cursor_page_up(self) -> None:
        """PageUp pages through the text, or scrolls the form when it all shows."""
        if self.max_scroll_y == 0:
            raise SkipAction()
        super().action_cursor_page_up()

    def action_cursor_page_down(self) -> None:
        """PageDown pages through the text, or scrolls the form when it all shows (taken
        along into Backstory as the form scrolled, the focus kept PageDown there)."""
        if self.max_scroll_y == 0:
            raise SkipAction()
        super().action_cursor_page_down()


class CharacterForm(FreshKeysScreen):
    """Make a new character (``character_id`` None) or edit one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", tooltip="save the character", id="form.save"),
        Binding(
            "escape",
            "cancel",
            "Cancel",
            tooltip="leave without saving (a new character's fields are kept for next time)",
            id="form.cancel",
        ),
        *field_tab_bindings("form"),
    ]
    AUTO_FOCUS = "#f-name"

    class Submitted(Message):
        """Save this document (create when ``character_id`` is None, else update)."""

        def __init__(self, document: dict[str, Any], character_id: str | None) -> None:
            super().__init__()
            self.document = document
            self.character_id = character_id

    class Cancelled(Message):
        """Leave without saving (a new character's draft is kept)."""

    class DraftChanged(Message):
        """A new character's form changed; ``document`` is everything typed so far."""

        def __init__(self, document: dict[str, Any]) -> None:
            super().__init__()
            self.document = document

    def __init__(
        self,
        schema: CharacterSchemaOk,
        *,
        document: dict[str, Any] | None = None,
        character_id: str | None = None,
        plain: bool = False,
    ) -> None:
        super().__init__(id="character-form")
        self.schema = schema
        self.initial = document or {}
        self.character_id = character_id
        self.plain = plain
        self.limits = schema.limits
        """The server's limits (``character.schema``), enforced while typing."""
        self.presets: list[str] = schema.pronoun_presets or ["she/her", "he/him", "they/them"]
        self.intensities: list[str] = schema.intensities or list(INTENSITY_HINTS)
        self.goals: list[GoalOut] = schema.goals
        self.errors: dict[str, list[str]] = {}
        """The errors shown, per field key."""
        self._ready = False
        self._check_timer: Timer | None = None
        self._clicked: Widget | None = None
        """The widget a click last focused (its help is not scrolled to: the row clicked
        stays under the pointer)."""

    # -- layout ---------------------------------------------------------------------------------
    def _field(
        self, key: str, label: str, widget: Widget, hint: str, *, limit: int | None = None
    ) -> ComposeResult:
        yield FieldLabel(label, widget.id or "", classes="field-label", id=f"label-{key}")
        yield widget
        if limit is not None:
            yield Static(counted(0, limit), classes="counter hint", id=f"count-{key}")
        yield Static(hint, markup=False, classes="hint", id=f"hint-{key}")
        yield ErrorLine(classes="field-error", id=f"err-{key}")

    def compose(self) -> ComposeResult:
        lim = self.limits
        title = "Edit character" if self.character_id else "New character"
        yield TopBar(title)
        # Above the form, not in it: it names the fields to fix, so it shows wherever the form
        # has scrolled to (in it, at 80x24, it was out of sight while the form showed the
        # country in error, tui39), as the login's does (tui38).
        yield ErrorLine(classes="form-error", id="form-message")
        with FormBody(id="form-body", classes="form", can_focus=False):
            yield from self._field(
                "name",
                "Name",
                FormField(id="f-name", max_length=lim.name[1]),
                f"{lim.name[0]} to {lim.name[1]} characters: letters of any alphabet, "
                "spaces, hyphens, apostrophes and periods.",
                limit=lim.name[1],
            )
            pronouns = MarkedRadioSet(
                *[
                    MarkedRadioButton(Content(p), id=f"pronoun-{i}")
                    for i, p in enumerate(self.presets)
                ],
                MarkedRadioButton("My own", id="pronoun-other"),
                id="f-pronouns",
            )
            yield FieldLabel(
                PRONOUNS_LABEL,
                "f-pronouns",
                "f-pronouns-custom",
                classes="field-label",
                id="label-pronouns",
            )
            yield pronouns
            yield FormField(
                placeholder="Your own, e.g. xe/xem",
                id="f-pronouns-custom",
                max_length=lim.pronouns_max,
            )
            yield Static(counted(0, lim.pronouns_max), classes="counter hint", id="count-pronouns")
            yield Static(
                "The words the story uses for your character. Left/Right picks one; My own "
                f"lets you write yours (up to {lim.pronouns_max} characters).",
                classes="hint",
                id="hint-pronouns",
            )
            yield ErrorLine(classes="field-error", id="err-pronouns")
            yield from self._field(
                "appearance",
                "Appearance",
                TextBox(id="f-appearance", soft_wrap=True, tab_behavior="focus"),
                f"How they look, in your words (optional, up to {lim.appearance_max} characters). "
                "Enter moves on.",
                limit=lim.appearance_max,
            )
            yield from self._field(
                "backstory",
                "Backstory",
                TextBox(id="f-backstory", soft_wrap=True, tab_behavior="focus"),
                f"Where they come from (optional, up to {lim.backstory_max} characters). "
                "Enter moves on.",
                limit=lim.backstory_max,
            )
            yield from self._field(
                "traits",
                "Personality traits",
                TagList(
                    placeholder="e.g. curious, then Enter",
                    max_tags=lim.traits[1],
                    max_chars=lim.trait_chars[1],
                    plain=self.plain,
                    id="f-traits",
                ),
                f"{lim.traits[0]} to {lim.traits[1]} traits, each {lim.trait_chars[0]} "
                f"to {lim.trait_chars[1]} characters. Press Enter after each. {TAG_KEYS}",
            )
            yield from self._field(
                "goals",
                "What would you like to practise?",
                TickList[str](
                    *[Selection(Content(f"{g.label or g.id}: {g.hint}"), g.id) for g in self.goals],
                    id="f-goals",
                ),
                f"Tick {lim.goals[0]} to {lim.goals[1]} with Space or Enter.",
            )
            yield from self._field(
                "intensity",
                "Intensity",
                MarkedRadioSet(
                    *[
                        MarkedRadioButton(Content(i.capitalize()), id=f"intensity-{i}")
                        for i in self.intensities
                    ],
                    id="f-intensity",
                ),
                " ".join(INTENSITY_HINTS.get(i, "") for i in self.intensities).strip(),
            )
            yield from self._field(
                "avoid",
                "Topics to keep out of the story",
                TagList(
                    placeholder="e.g. spiders, then Enter",
                    max_tags=lim.avoid_topics_max,
                    max_chars=lim.avoid_topic_chars_max,
                    plain=self.plain,
                    id="f-avoid",
                ),
                f"Optional, up to {lim.avoid_topics_max}, each up to "
                f"{lim.avoid_topic_chars_max} characters. {TAG_KEYS}",
            )
            yield from self._field(
                "country",
                "Country",
                # a country's name or code, as people type it ("uk" was refused, fresh28)
                FormField(
                    id="f-country",
                    max_length=COUNTRY_TYPED_MAX,
                    placeholder="e.g. United Kingdom",
                ),
                country_taken(""),
            )
            yield FieldLabel(
                "Share my story with a facilitator",
                "f-share",
                classes="field-label",
                id="label-share",
            )
            yield MarkedCheckbox("Let a facilitator read my story", id="f-share")
            yield Static(
                "If on, a facilitator may read your transcript. Safety alerts reach them either "
                "way.",
                classes="hint",
                id="hint-share",
            )
            yield ErrorLine(classes="field-error", id="err-share")
            yield FieldLabel("Coaching", "f-coaching", classes="field-label", id="label-coaching")
            yield MarkedCheckbox("Quiet coaching", id="f-coaching")
            yield Static(
                "If on, the story leaves out the notes that name a skill you have just "
                "practised and cheer you on, and the panel beside it lists no skills. What "
                "happens in the story, and what its people say, stays the same.",
                classes="hint",
                id="hint-coaching",
            )
            yield ErrorLine(classes="field-error", id="err-coaching")
            with Horizontal(classes="buttons"):
                yield MarkedButton("Save", id="save", variant="primary")
                yield MarkedButton("Cancel", id="cancel")
        yield Static(MORE_BELOW, markup=False, id="form-more")
        yield Footer()

    async def on_mount(self) -> None:
        await self.load(self.initial)
        self.loaded = self.document()
        self.show_errors(None, {})
        self._ready = True
        body = self.query_one("#form-body", VerticalScroll)
        self.watch(body, "scroll_y", self._cue_more, init=False)
        self.watch(body, "scroll_y", self._focus_in_sight, init=False)
        self.watch(self, "focused", self._focus_moved, init=False)
        self.watch(body, "virtual_size", self._cue_more, init=False)
        self.call_after_refresh(self._cue_more)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if event.widget is not self._clicked:
            self._clicked = None
        self.call_after_refresh(self._label_in_sight, event.widget)

    _shown: Widget | None = None
    """The focused widget once :meth:`_label_in_sight` has brought it into sight (None while
    the focus's own scroll, which comes after a refresh, is still to come)."""

    def _focus_moved(self, *_: object) -> None:
        self._shown = None

    def on_mouse_down(self) -> None:
        """A click focuses what it lands on without scrolling (Textual's way), so the row
        under the pointer stays the row clicked: the help under a clicked field is not
        scrolled into sight (the label still is, as before)."""
        self._clicked = self.focused

    def _field_region(self, widget: Widget) -> Region | None:
        """Where ``widget``'s field is in the form's body (its label with it), or None when
        it is not in the body (the buttons below it)."""
        body = self.query_one("#form-body", VerticalScroll)
        field = next((w for w in (widget, *widget.ancestors) if w.parent is body), None)
        if not isinstance(field, Widget):
            return None
        region = field.virtual_region_with_margin
        ids = {w.id for w in (widget, *widget.ancestors)}
        label = next((lb for lb in self.query(FieldLabel) if ids & set(lb.fields)), None)
        return region if label is None else label.virtual_region_with_margin.union(region)

    def _group_region(self, widget: Widget) -> Region | None:
        """Where ``widget``'s field is with its label and the lines under it (counter, help,
        error, up to the next label), or None when it is not in the body."""
        region = self._field_region(widget)
        if region is None:
            return None
        body = self.query_one("#form-body", VerticalScroll)
        children = list(body.children)
        at = next(i for i, w in enumerate(children) if w in (widget, *widget.ancestors))
        for under in children[at + 1 :]:
            if isinstance(under, FieldLabel):
                break
            if under.display and under.virtual_region.height:
                region = region.union(under.virtual_region_with_margin)
        return region

    def _label_in_sight(self, widget: Widget | None) -> None:
        """Scroll the focused field into sight with its label above it and its help below
        (its counter, help and error lines): Textual scrolls only the field itself into view,
        so at 24 rows Shift+Tab left the label above the fold (newcomer 10 could not tell which
        field they were in), and Tab left the help below it ("Tick 1 to 5 with Space or Enter."
        and the tags just added were hidden while newcomer 24 was in the field). A field
        whose lines are taller than the form shows its top, label first."""
        if widget is None or widget is not self.focused:
            return
        self._shown = widget
        region = self._field_region(widget)
        if region is None:
            return
        body = self.query_one("#form-body", VerticalScroll)
        whole = None if widget is self._clicked else self._group_region(widget)
        if whole is not None and whole.height <= body.scrollable_size.height:
            region = whole
        body.scroll_to_region(region, animate=False, immediate=True)

    def _focus_in_sight(self, *_: object) -> None:
        """Once the form has scrolled (PageDown, the mouse wheel) so that the field with the
        focus (or its label, which marks it) is out of sight, the focus moves to the first field
        wholly in sight with its label (else to one partly in sight): newcomer 16's arrow
        presses for the pronouns moved the cursor in a text field scrolled away. A scroll still
        on its way (Tab scrolling to the next field) is left to finish, and so is a focus whose
        own scroll into sight is still to come: a scroll begun for the field before (the traits'
        entry focused, then Tab) that ended just after the goals took the focus moved the focus
        back up to Backstory, where the Space meant for a goal typed a blank (issue 15: "Space
        pressed twice ticked nothing")."""
        body = self.query_one("#form-body", VerticalScroll)
        focused = self.focused
        target = body.validate_scroll_target_y(body.scroll_target_y)  # the end moves with
        if body.scroll_y != target or focused is None:  # the "More below" cue's line
            return
        if focused is not self._shown:
            return
        seen = Region(0, round(body.scroll_y), body.virtual_size.width, body.scrollable_size.height)
        where = self._field_region(focused)
        if where is None or seen.contains_region(where):
            return
        fields = [(w, self._field_region(w)) for w in self.focus_chain]
        whole = [w for w, r in fields if r is not None and seen.contains_region(r)]
        partly = [w for w, r in fields if r is not None and seen.overlaps(r)]
        if whole:
            whole[0].focus(scroll_visible=False)
        elif partly and not seen.overlaps(where):
            partly[0].focus(scroll_visible=False)

    def _cue_more(self, *_: object) -> None:
        """Say that more of the form is below while it is (a short terminal hides the traits,
        goals and the buttons below the fold)."""
        body = self.query_one("#form-body", VerticalScroll)
        self.query_one("#form-more", Static).display = body.scroll_y < body.max_scroll_y - 0.5

    def on_resize(self) -> None:
        self.call_after_refresh(self._cue_more)

    def on_form_body_resized(self, _: FormBody.Resized) -> None:
        self.call_after_refresh(self._cue_more)

    # -- reading and writing the fields ---------------------------------------------------------
    async def load(self, doc: dict[str, Any]) -> None:
        """Fill the fields from a character document (a draft or a stored character)."""
        profile = doc.get("profile") if isinstance(doc.get("profile"), dict) else {}
        assert isinstance(profile, dict)
        self.query_one("#f-name", Input).value = _str(doc.get("name"))
        pronouns = _str(doc.get("pronouns")) or "they/them"
        if pronouns.lower() in self.presets:
            self.query_one(
                f"#pronoun-{self.presets.index(pronouns.lower())}", RadioButton
            ).value = True
            self.query_one("#f-pronouns-custom", Input).value = ""
        else:
            self.query_one("#pronoun-other", RadioButton).value = True
            self.query_one("#f-pronouns-custom", Input).value = pronouns
        self.query_one("#f-appearance", TextArea).text = _str(doc.get("appearance"))
        self.query_one("#f-backstory", TextArea).text = _str(doc.get("backstory"))
        await self.query_one("#f-traits", TagList).set_tags(_strs(doc.get("traits")))
        goals = self.query_one("#f-goals", SelectionList)
        goals.deselect_all()
        for goal in _strs(profile.get("goals")):
            if goal in {g.id for g in self.goals}:
                goals.select(goal)
        intensity = _str(profile.get("intensity")) or "gentle"
        if intensity in self.intensities:
            self.query_one(f"#intensity-{intensity}", RadioButton).value = True
        await self.query_one("#f-avoid", TagList).set_tags(_strs(profile.get("avoid_topics")))
        self.query_one("#f-country", Input).value = _str(profile.get("country"))
        self.query_one("#f-share", MarkedCheckbox).value = profile.get("share_transcript") is True
        coaching = self.query_one("#f-coaching", MarkedCheckbox)
        coaching.value = profile.get("quiet_coaching") is True
        self._custom_pronouns_enabled()

    loaded: dict[str, Any] | None = None
    """:meth:`document` as the fields stood once filled: what "changed" is measured from."""

    def changed(self) -> bool:
        """Whether any field differs from what the form opened with."""
        return self.loaded is not None and self.document() != self.loaded

    def document(self) -> dict[str, Any]:
        """The character document as the fields stand (what is sent to the server)."""
        pressed = self.query_one("#f-pronouns", RadioSet).pressed_button
        if pressed is None or pressed.id == "pronoun-other":
            pronouns = self.query_one("#f-pronouns-custom", Input).value.strip()
        else:
            pronouns = self.presets[int((pressed.id or "pronoun-0").removeprefix("pronoun-"))]
        intensity_button = self.query_one("#f-intensity", RadioSet).pressed_button
        intensity = (
            (intensity_button.id or "").removeprefix("intensity-") if intensity_button else "gentle"
        )
        typed = self.query_one("#f-country", Input).value.strip()
        country = country_code(typed) or typed  # one we do not know: the server says so
        return {
            "name": self.query_one("#f-name", Input).value.strip(),
            "pronouns": pronouns,
            "appearance": self.query_one("#f-appearance", TextArea).text.strip(),
            "backstory": self.query_one("#f-backstory", TextArea).text.strip(),
            "traits": list(self.query_one("#f-traits", TagList).tags),
            "profile": {
                "goals": list(self.query_one("#f-goals", SelectionList).selected),
                "intensity": intensity,
                "avoid_topics": list(self.query_one("#f-avoid", TagList).tags),
                "country": country or None,
                "share_transcript": self.query_one("#f-share", MarkedCheckbox).value,
                "quiet_coaching": self.query_one("#f-coaching", MarkedCheckbox).value,
            },
        }

    @property
    def own_pronouns(self) -> bool:
        """True when "My own" is chosen (the field for them is then shown)."""
        pressed = self.query_one("#f-pronouns", RadioSet).pressed_button
        return pressed is not None and pressed.id == "pronoun-other"

    def _custom_pronouns_enabled(self) -> None:
        """The field for one's own pronouns exists only while "My own" is chosen: hidden (so
        never a Tab stop, and nothing can be typed into it unseen) otherwise. The label says
        the pronouns chosen ("Pronouns: they/them"), so the default is seen even when Tab
        passes it (newcomer 9's character became they/them unnoticed)."""
        own = self.own_pronouns
        custom = self.query_one("#f-pronouns-custom", Input)
        custom.disabled = not own
        custom.display = own
        self.query_one("#count-pronouns", Static).display = own
        chosen = self.document()["pronouns"] if self.is_mounted else ""
        label = self.query_one("#label-pronouns", FieldLabel)
        label.set_text(f"Pronouns: {chosen}" if chosen else PRONOUNS_LABEL)

    def _count(self) -> None:
        """Every text field's counter, as the fields stand."""
        lim = self.limits
        for key, text, limit in (
            ("name", self.query_one("#f-name", Input).value, lim.name[1]),
            ("pronouns", self.query_one("#f-pronouns-custom", Input).value, lim.pronouns_max),
            ("appearance", self.query_one("#f-appearance", TextArea).text, lim.appearance_max),
            ("backstory", self.query_one("#f-backstory", TextArea).text, lim.backstory_max),
        ):
            self.query_one(f"#count-{key}", Static).update(counted(len(text), limit))

    def _say_country(self) -> None:
        """Under the Country field: the country its words are taken as, else what to type."""
        typed = self.query_one("#f-country", Input).value
        self.query_one("#hint-country", Static).update(country_taken(typed))

    def _hold_to_limit(self, area: TextArea) -> None:
        """A text area has no max_length: text past its limit (typed or pasted) is cut off."""
        limit = {
            "f-appearance": self.limits.appearance_max,
            "f-backstory": self.limits.backstory_max,
        }.get(area.id or "")
        if limit is not None and len(area.text) > limit:
            area.text = area.text[:limit]
            area.move_cursor(area.document.end)
            self.app.bell()

    def clear_error(self, key: str) -> None:
        """The player changed a field in error: its message goes (the server judges again on
        save), and the list of fields to fix at the top is updated."""
        if key not in self.errors:
            return
        del self.errors[key]
        error = self.query_one(f"#err-{key}", Static)
        error.update("")
        error.display = False
        self.query_one(f"#label-{key}", Label).set_class(False, "-invalid")
        box = self.query_one("#form-message", Static)
        if self.errors:
            self._name_fields_in_error(box)
        else:
            box.update("")
            box.display = False

    def show_field_error(self, key: str, text: str) -> None:
        """Say what is wrong with a field under it (a check while typing), as a refusal does."""
        self.errors[key] = [text]
        error = self.query_one(f"#err-{key}", Static)
        error.update(Text(text))
        error.display = True
        self.query_one(f"#label-{key}", Label).set_class(True, "-invalid")
        box = self.query_one("#form-message", Static)
        if box.display:
            self._name_fields_in_error(box)

    def _name_fields_in_error(self, box: Static) -> None:
        """The sentence above the form names the fields in error, in the form's order."""
        in_error = [FIELD_TITLES[k] for k in FIELDS.values() if k in self.errors]
        box.update(Text(fix_words(in_error)))

    def _check_typing(self, key: str) -> None:
        """A checked field changed: a fixed problem goes at once, one still there (or new) is
        said after :data:`CHECK_PAUSE` without typing."""
        if self._check_timer is not None:
            self._check_timer.stop()
        if self._problem(key, left=False) is None:
            self.clear_error(key)
            return
        self._check_timer = self.set_timer(CHECK_PAUSE, lambda: self._check(key, left=False))

    def _problem(self, key: str, *, left: bool) -> str | None:
        value = self.query_one(f"#f-{key}", Input).value
        return CHECKS[key](value, self.limits, left=left)

    def _check(self, key: str, *, left: bool) -> None:
        if not self.is_mounted:
            return
        problem = self._problem(key, left=left)
        if problem is None:
            self.clear_error(key)
        elif self.error_text(key) != problem:
            self.show_field_error(key, problem)

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        """Leaving a checked field says its problem at once."""
        key = CHANGED_FIELDS.get(event.widget.id or "")
        if self._ready and key in CHECKS:
            if self._check_timer is not None:
                self._check_timer.stop()
            self._check(key, left=True)

    # -- changes --------------------------------------------------------------------------------
    @on(Input.Changed)
    @on(TextArea.Changed)
    @on(RadioSet.Changed)
    @on(SelectionList.SelectedChanged)
    @on(MarkedCheckbox.Changed)
    @on(TagList.Changed)
    def _changed(self, event: Message) -> None:
        if isinstance(event, TextArea.Changed):
            self._hold_to_limit(event.text_area)
        self._custom_pronouns_enabled()
        self._count()
        self._say_country()
        control = getattr(event, "control", None)
        key = CHANGED_FIELDS.get(control.id or "") if isinstance(control, Widget) else None
        if key is None and isinstance(control, Widget):  # an input inside a tag list
            owner = next((a for a in control.ancestors if isinstance(a, TagList)), None)
            key = CHANGED_FIELDS.get(owner.id or "") if owner is not None else None
        if self._ready and key in CHECKS:
            self._check_typing(key)
        elif self._ready and key is not None:
            self.clear_error(key)
        chose_own = isinstance(event, RadioSet.Changed) and event.radio_set.id == "f-pronouns"
        still_there = isinstance(event, RadioSet.Changed) and self.focused is event.radio_set
        if self._ready and chose_own and self.own_pronouns and still_there:
            # type them next; not once the focus has moved on (this message comes after the
            # keys typed with it: Right, Tab and the appearance in one burst put the appearance
            # after its first letters into this field, cut at 20 characters, issue 15)
            self.query_one("#f-pronouns-custom", Input).focus()
        if self._ready and self.character_id is None:
            self.post_message(self.DraftChanged(self.document()))
        if self._ready:  # a tag added, a counter or an error shown: still in sight
            self.call_after_refresh(self._label_in_sight, self.focused)

    # -- submit ---------------------------------------------------------------------------------
    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        self.query_one("#save", Button).disabled = True
        self.post_message(self.Submitted(self.document(), self.character_id))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.post_message(self.Cancelled())

    def show_errors(self, message: str | None, fields: dict[str, str]) -> None:
        """Show the server's refusal: each field's messages under it, all at once, the rest
        (and ``message``) at the top; focus the first field in error."""
        self.query_one("#save", Button).disabled = False
        per_field, loose = group_errors(fields)
        if "country" in per_field:  # the server's words list codes; ours say what to type
            said = self._problem("country", left=True)
            per_field["country"] = [said] if said else per_field["country"]
        self.errors = per_field
        for key in FIELDS.values():
            error = self.query_one(f"#err-{key}", Static)
            error.update(Text("\n".join(per_field.get(key, []))))
            error.display = key in per_field
            self.query_one(f"#label-{key}", Label).set_class(key in per_field, "-invalid")
        in_error = [FIELD_TITLES[k] for k in FIELDS.values() if k in per_field]
        fix = fix_words(in_error)
        top = " ".join([message or "", fix, *loose]).strip()
        box = self.query_one("#form-message", Static)
        box.update(Text(top))
        box.display = bool(top)
        first = next((k for k in FIELDS.values() if k in per_field), None)
        if first is not None:
            # The form scrolls to the first field in error, away from the list at the top:
            # say why it did not save where it shows (newcomer 11 saw only the form move).
            self.notify(
                needs_a_look(in_error), title="Not saved yet", severity="warning", markup=False
            )
            self._focus_field(first)
        elif top:
            self.query_one("#form-body", VerticalScroll).scroll_home(animate=False)

    def _focus_field(self, key: str) -> None:
        targets = {
            "pronouns": "#f-pronouns",
            "traits": "#f-traits .tag-input",
            "avoid": "#f-avoid .tag-input",
            "share": "#f-share",
            "coaching": "#f-coaching",
        }
        widget = self.query_one(targets.get(key, f"#f-{key}"))
        widget.focus(scroll_visible=False)
        self.query_one("#form-body", VerticalScroll).scroll_to_widget(
            self.query_one(f"#label-{key}"), animate=False, top=True
        )

    def error_text(self, key: str) -> str:
        """The error shown under a field ("" when none), for tests."""
        return "\n".join(self.errors.get(key, []))


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def _strs(value: object) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []
