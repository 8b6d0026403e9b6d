"""The character form routes keys right (issue 15, item 5): Tab never lands in a hidden or
disabled field, an error goes as its field is changed, and the server's length limits (from
``tta_server.protocol.character``) hold while typing, with a counter."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Button, Input, RadioButton, RadioSet, Static, TextArea

from tests.tui.conftest import (
    ARIA,
    FIELD_ERRORS,
    SCHEMA,
    ScreenHarness,
    fresh,
    top,
    type_at_once,
    wait_until,
)
from tta_server.protocol.character import CharacterLimits
from tta_server.protocol.replies import CharacterSchemaOk
from tta_tui.screens.character_form import CharacterForm
from tta_tui.screens.field_checks import COUNTRY_TYPED_MAX
from tta_tui.widgets.marks import CURSOR, FieldLabel, TickList
from tta_tui.widgets.tag_list import HOW_TO_REMOVE, TagList, TagRow

pytestmark = pytest.mark.usefixtures("client_files")
LIMITS = CharacterLimits()


def form_app(
    schema: CharacterSchemaOk = SCHEMA, doc: dict[str, Any] | None = None
) -> ScreenHarness:
    return ScreenHarness(lambda: CharacterForm(schema, document=fresh(doc or {})))


@asynccontextmanager
async def form_on_screen(
    schema: CharacterSchemaOk = SCHEMA,
    doc: dict[str, Any] | None = None,
    *,
    size: tuple[int, int] = (80, 24),
) -> AsyncIterator[tuple[ScreenHarness, Pilot[None], CharacterForm]]:
    """The character form (empty, or filled from ``doc``) on a terminal of ``size``, mounted
    and settled: what every test here starts from."""
    app = form_app(schema, doc)
    async with app.run_test(size=size) as pilot:
        form = top(app, CharacterForm)
        await pilot.pause()
        yield app, pilot, form


async def test_tab_never_lands_in_a_hidden_or_disabled_field() -> None:
    async with form_on_screen() as (app, pilot, form):
        custom = form.query_one("#f-pronouns-custom", Input)
        assert not custom.display, "no field for one's own pronouns until My own is chosen"
        seen = []
        for _ in range(30):
            await pilot.press("tab")
            await pilot.pause()
            focused = app.focused
            assert focused is not None
            seen.append(focused.id)
            assert focused.display and not focused.disabled, focused.id
            assert all(a.display for a in focused.ancestors if hasattr(a, "display"))
        assert "f-pronouns-custom" not in seen
        assert seen[seen.index("f-pronouns") + 1] == "f-appearance"


async def test_choosing_my_own_pronouns_puts_the_typing_there() -> None:
    async with form_on_screen() as (app, pilot, form):
        pronouns = form.query_one("#f-pronouns", RadioSet)
        pronouns.focus()
        await pilot.pause()
        presets = len(SCHEMA.pronoun_presets)
        assert pronouns.pressed_index == SCHEMA.pronoun_presets.index("they/them")
        for _ in range(presets - pronouns.pressed_index):  # from they/them down to My own
            await pilot.press("down")  # each arrow chooses (MarkedRadioSet)
        await pilot.pause()
        custom = form.query_one("#f-pronouns-custom", Input)
        assert custom.display and not custom.disabled
        assert app.focused is custom, "the next key typed goes into the chosen field"
        await pilot.press(*"xe/xem")
        await pilot.pause()
        assert form.document()["pronouns"] == "xe/xem"
        assert form.query_one("#f-appearance", TextArea).text == ""
        count = form.query_one("#count-pronouns", Static)
        assert count.display and str(count.render()) == f"6 of {LIMITS.pronouns_max} characters"
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "f-appearance"


async def test_an_error_goes_as_its_field_is_changed() -> None:
    async with form_on_screen(doc=ARIA) as (app, pilot, form):
        form.show_errors(None, FIELD_ERRORS)
        await pilot.pause()
        name_error = form.query_one("#err-name", Static)
        country_error = form.query_one("#err-country", Static)
        assert name_error.display and country_error.display
        assert app.focused is form.query_one("#f-name", Input)
        await pilot.press("end", "backspace")
        await pilot.pause()
        assert not name_error.display and form.error_text("name") == ""
        assert country_error.display, "the others stay until they are changed"
        top_line = str(form.query_one("#form-message", Static).render())
        assert "Name" not in top_line and "Country" in top_line
        country = form.query_one("#f-country", Input)
        country.focus()
        await pilot.press("ctrl+a", "backspace")  # the focus selects nothing (tui39)
        await pilot.pause()
        assert not country_error.display
        goals = form.query_one("#f-goals")
        goals.focus()
        await pilot.press("space")
        await pilot.pause()
        traits = form.query_one("#f-traits .tag-input", Input)
        traits.focus()
        await pilot.press(*"brave", "enter")
        await pilot.pause()
        assert form.errors == {}, form.errors
        assert not form.query_one("#form-message", Static).display


async def test_length_limits_hold_while_typing_with_a_counter() -> None:
    async with form_on_screen() as (_, pilot, form):
        name = form.query_one("#f-name", Input)
        assert name.max_length == LIMITS.name[1]
        name.focus()
        await pilot.press(*("A" * (LIMITS.name[1] + 11)))
        await pilot.pause()
        assert len(name.value) == LIMITS.name[1], "a 51st character cannot be typed"
        count = form.query_one("#count-name", Static)
        assert str(count.render()) == (
            f"{LIMITS.name[1]} of {LIMITS.name[1]} characters, the most it takes: what you "
            "type now is not added."
        ), "said at the limit (newcomer 24 saw his name cut short with no word why)"
        area = form.query_one("#f-appearance", TextArea)
        area.focus()
        area.insert("x" * (LIMITS.appearance_max + 5))
        await pilot.pause()
        assert len(area.text) == LIMITS.appearance_max
        counter = str(form.query_one("#count-appearance", Static).render())
        assert counter.startswith(
            f"{LIMITS.appearance_max} of {LIMITS.appearance_max} characters, the most it takes"
        )
        await pilot.press("backspace")
        await pilot.pause()
        counter = str(form.query_one("#count-appearance", Static).render())
        assert counter == f"{LIMITS.appearance_max - 1} of {LIMITS.appearance_max} characters"
        trait = form.query_one("#f-traits .tag-input", Input)
        # a line of several traits, each held to a trait's length as added (test_tag_line_length)
        assert trait.max_length > LIMITS.trait_chars[1]
        country = form.query_one("#f-country", Input)
        # a country's name is taken, and its check says to type the code (test_field_checks)
        assert country.max_length == COUNTRY_TYPED_MAX > LIMITS.country_chars


async def test_the_limits_are_the_servers() -> None:
    """A server with other limits: the form follows the schema it sends, not its own."""
    doc = SCHEMA.model_dump(mode="json")
    doc["limits"] = {**doc["limits"], "name": [2, 12], "pronouns_max": 8}
    schema = CharacterSchemaOk.model_validate(doc)
    async with form_on_screen(schema) as (_, pilot, form):
        name = form.query_one("#f-name", Input)
        name.focus()
        await pilot.press(*"Bartholomew Quince")
        await pilot.pause()
        assert name.value == "Bartholomew "
        assert "2 to 12 characters" in str(form.query_one("#hint-name", Static).render())
        assert form.query_one("#f-pronouns-custom", Input).max_length == 8
    assert SCHEMA.limits == CharacterLimits()


async def test_traits_typed_one_after_another_stay_apart() -> None:
    """Newcomer play: "curious", Enter, "quiet", Enter read as "curiousquiet"."""
    async with form_on_screen() as (app, pilot, form):
        tags = form.query_one("#f-traits", TagList)
        await tags.set_tags([])
        tags.entry.focus()
        await pilot.pause()
        type_at_once(app, *"curious", "enter", *"quiet", "enter", *"brave, calm", "enter")
        await wait_until(pilot, lambda: len(tags.tags) >= 3 and not tags.entry.value)
        await pilot.pause()
        assert tags.tags == ["curious", "quiet", "brave", "calm"]
        labels = [str(b.label) for b in tags.query(".tag").results(Button)]
        assert labels == ["[curious ×]", "[quiet ×]", "[brave ×]", "[calm ×]"], "never one word"
        assert tags.entry.value == ""


async def test_a_marked_tag_says_so_and_removing_it_says_which() -> None:
    """Newcomer play at 80x24 with NO_COLOR: Tab then Enter on the traits removed "curious"
    without a sign: the focused tag was drawn by colour alone. The tag the row's cursor is on
    says so in its text."""
    async with form_on_screen() as (app, pilot, form):
        tags = form.query_one("#f-traits", TagList)
        await tags.set_tags(["curious", "quiet"])
        tags.query_one(TagRow).focus()
        await pilot.pause()

        def labels() -> list[str]:
            return [str(b.label) for b in tags.query(".tag").results(Button)]

        assert labels() == ["> [curious ×] Del <", "[quiet ×]"]
        await pilot.press("delete")
        await wait_until(pilot, lambda: tags.tags == ["quiet"], what="the tag removed")
        assert any(n.message == "Removed curious." for n in app._notifications)
        await pilot.pause()
        assert labels() == ["> [quiet ×] Del <"], "the row keeps the focus"
        await pilot.press("backspace")
        await wait_until(pilot, lambda: tags.tags == [], what="the last tag removed")
        assert app.focused is tags.entry, "no tags left: back to typing one"


async def test_space_or_enter_on_a_tag_never_removes_it() -> None:
    """Issue 15: a fast typist's Tab then Space on the traits removed the trait just added
    (and Tab then Enter did the same at 80x24). Neither removes a tag: both say which key
    does, the marked tag's label says it too, and Delete still removes it."""
    async with form_on_screen() as (app, pilot, form):
        tags = form.query_one("#f-traits", TagList)
        tags.entry.focus()
        await pilot.press(*"curious", "enter", "tab", "shift+tab")
        row = tags.query_one(TagRow)
        await wait_until(pilot, lambda: app.focused is row, what="Shift+Tab to the row of tags")
        await pilot.press("space", "enter", "space")
        await pilot.pause()
        assert tags.tags == ["curious"], "Space and Enter never remove a tag"
        assert any(n.message == HOW_TO_REMOVE for n in app._notifications)
        assert not any(n.message.startswith("Removed") for n in app._notifications)
        chip = row.query_one(Button)
        assert str(chip.label) == "> [curious ×] Del <"
        shown = [strip.text for strip in app.screen._compositor.render_strips()]
        assert any("> [curious ×] Del <" in row for row in shown), "whole at 80 columns"
        await pilot.press("delete")
        await wait_until(pilot, lambda: tags.tags == [], what="Delete removes it")


async def test_the_tags_are_one_tab_stop_with_arrows_inside() -> None:
    """Newcomer 12: Tab walked through every trait chip ("> [anxious x] <"), which made Tab
    through the form long. The row of tags is one stop; Left and Right move inside it."""
    doc = {"traits": ["anxious", "chatty", "kind", "curious", "quiet"]}
    async with form_on_screen(doc=doc, size=(100, 30)) as (app, pilot, form):
        tags = form.query_one("#f-traits", TagList)
        tags.entry.focus()
        await pilot.press("tab")
        assert app.focused is form.query_one("#f-goals"), "Tab from the line: the next field"
        await pilot.press("shift+tab")
        row = tags.query_one(TagRow)
        assert app.focused is row
        label = form.query_one("#label-traits")
        assert str(label.render()).startswith(CURSOR), "the label says the traits have the focus"
        await pilot.press("tab")
        assert app.focused is form.query_one("#f-goals"), "five tags: still one Tab stop"
        await pilot.press("shift+tab")
        assert app.focused is row
        await pilot.press("right", "right", "right", "left")
        await pilot.pause()
        marked = [str(b.label) for b in tags.query(".tag").results(Button) if ">" in str(b.label)]
        assert marked == ["> [kind ×] Del <"]
        await pilot.press("backspace")
        await wait_until(pilot, lambda: "kind" not in tags.tags, what="kind removed")
        assert tags.tags == ["anxious", "chatty", "curious", "quiet"]


async def test_enter_in_the_backstory_moves_on_so_traits_land_in_the_traits() -> None:
    """Newcomer 12 typed traits, each with Enter, while Backstory had the focus: they became
    new lines of the backstory ("anxious / chatty / kind"). Enter there moves on, as in every
    other field, even in one burst: the next words land in the traits and Enter adds them."""
    async with form_on_screen(size=(100, 30)) as (app, pilot, form):
        backstory = form.query_one("#f-backstory", TextArea)
        backstory.focus()
        await pilot.pause()
        type_at_once(app, *"Grew up by the sea", "enter", *"anxious", "enter", *"chatty", "enter")
        tags = form.query_one("#f-traits", TagList)
        await wait_until(pilot, lambda: len(tags.tags) == 2, what=f"two traits: {tags.tags}")
        assert backstory.text == "Grew up by the sea", "no new lines in the backstory"
        assert tags.tags == ["anxious", "chatty"]
        appearance = form.query_one("#f-appearance", TextArea)
        await pilot.pause()  # the burst's last keys and their focus moves are all handled
        appearance.focus()
        await wait_until(pilot, lambda: app.focused is appearance, what="appearance focused")
        await pilot.press(*"tall", "enter")
        await wait_until(pilot, lambda: app.focused is backstory, what="Enter moved on")
        assert appearance.text == "tall"


async def test_typing_right_after_tab_lands_in_the_next_field() -> None:
    """Newcomer play: appearance typed right after Tab Tab did not land there."""
    async with form_on_screen() as (app, pilot, form):
        name = form.query_one("#f-name", Input)
        assert app.focused is name
        type_at_once(app, *"Mira", "tab", "tab", *"tall")
        appearance = form.query_one("#f-appearance", TextArea)
        await wait_until(pilot, lambda: appearance.text == "tall", what="typing in appearance")
        assert name.value == "Mira"
        type_at_once(app, "shift+tab", "shift+tab", *"K")
        await wait_until(pilot, lambda: name.value.endswith("K"), what="back in the name")
        assert appearance.text == "tall"


async def test_a_short_terminal_says_more_of_the_form_is_below() -> None:
    async with form_on_screen() as (_, pilot, form):
        await pilot.pause()
        more = form.query_one("#form-more", Static)
        assert more.display and "More of the form below" in str(more.render())
        form.query_one("#form-body").scroll_end(animate=False)
        await wait_until(pilot, lambda: not more.display, what="nothing more below the end")
    tall = form_app()
    async with tall.run_test(size=(120, 100)) as pilot:
        cue = top(tall, CharacterForm).query_one("#form-more", Static)
        await wait_until(pilot, lambda: not cue.display, what="no cue on a tall terminal")


async def test_right_on_the_pronouns_chooses_the_next_ones() -> None:
    """fresh6: Right on the pronouns after Tab left "they/them" chosen (Textual's arrows only
    moved a highlight), and the character was saved as they/them unnoticed."""
    async with form_on_screen() as (app, pilot, form):
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is form.query_one("#f-pronouns", RadioSet)
        assert str(form.query_one("#label-pronouns").render()) == CURSOR + "Pronouns: they/them"
        assert form.document()["pronouns"] == "they/them"
        await pilot.press("left")
        await pilot.pause()
        assert form.document()["pronouns"] == "he/him"
        await pilot.press("right", "right")
        await pilot.pause()
        assert app.focused is form.query_one("#f-pronouns-custom", Input), "My own: type them"


async def test_the_pronouns_chosen_are_said_and_one_tab_from_the_name_or_back_reaches_them() -> (
    None
):
    """Newcomer 9 tabbed past the pronouns (they/them by default) and the story called her
    character "they" unnoticed: the label says what is chosen whether the field has the focus
    or not, Tab from the name lands on it, and Shift+Tab from the next field comes back."""
    async with form_on_screen() as (app, pilot, form):
        label = form.query_one("#label-pronouns")
        pronouns = form.query_one("#f-pronouns", RadioSet)
        assert app.focused is form.query_one("#f-name", Input)
        assert str(label.render()) == "Pronouns: they/them", "said before the field is reached"
        assert label.region.bottom <= app.size.height, "on the first screen at 80x24"
        await pilot.press("tab")
        assert app.focused is pronouns
        await pilot.press("tab")
        assert app.focused is form.query_one("#f-appearance", TextArea)
        await pilot.press("shift+tab")
        assert app.focused is pronouns
        await pilot.press("left")
        await pilot.pause()
        assert str(label.render()) == CURSOR + "Pronouns: he/him"
        await pilot.press("left")
        await pilot.pause()
        assert str(label.render()) == CURSOR + "Pronouns: she/her"
        await pilot.press("tab")
        await pilot.pause()
        assert str(label.render()) == "Pronouns: she/her"
        assert form.document()["pronouns"] == "she/her"


async def test_tab_to_the_goals_says_so_and_the_first_space_ticks() -> None:
    """fresh7 (colour, tmux captures): "the first Space after Tab/BTab didn't tick anything
    (focus was unclear)"; fresh6: the ">" row showed even while the list had no focus, and the
    Space went to a trait chip. The goals' label and row say where the focus is, in every
    mode, and Space on arrival ticks the row marked."""
    traits = {"traits": ["curious", "kind"]}
    async with form_on_screen(doc=traits, size=(100, 30)) as (app, pilot, form):
        goals = form.query_one("#f-goals", TickList)
        label = form.query_one("#label-goals")

        def first_row() -> str:
            return goals.render_line(0).text

        assert not first_row().startswith(CURSOR), "no cursor while the list has no focus"
        assert str(label.render()) == "What would you like to practise?"
        traits = form.query_one("#f-traits .tag-input", Input)
        traits.focus()
        await pilot.press("tab")  # past the row of chips (Tab from the line skips it)
        await pilot.pause()
        assert app.focused is goals
        assert str(label.render()) == CURSOR + "What would you like to practise?"
        assert first_row().startswith(CURSOR + "[ ]")
        await pilot.press("space")
        await pilot.pause()
        assert form.document()["profile"]["goals"] == [SCHEMA.goals[0].id]
        assert first_row().startswith(CURSOR + "[x]")
        await pilot.press("shift+tab")
        await pilot.pause()
        assert str(label.render()) == "What would you like to practise?"


def _label_in_sight(form: CharacterForm) -> tuple[bool, str]:
    """Is the label of the field with the focus inside the form's visible rows?"""
    body = form.query_one("#form-body")
    labels = [label for label in form.query(FieldLabel) if label.field_focused]
    assert len(labels) == 1, [label.id for label in labels]
    label = labels[0]
    top_row, bottom_row = body.scroll_offset.y, body.scroll_offset.y + body.scrollable_size.height
    y = label.virtual_region.y
    return top_row <= y < bottom_row, f"{label.id} at row {y}, shown {top_row}-{bottom_row}"


async def test_at_24_rows_the_label_of_the_field_with_the_focus_stays_in_sight() -> None:
    """Newcomer 10: Tab and Shift+Tab through the form at 80x24 left the field's label above
    the fold (which field am I in?): every field's label is in sight with it, both ways."""
    async with form_on_screen() as (app, pilot, form):
        fields = 0
        for key in ["tab"] * 14 + ["shift+tab"] * 14:
            await pilot.press(key)
            await pilot.pause()
            focused = app.focused
            assert focused is not None
            if focused.id in ("save", "cancel"):
                continue
            fields += 1
            shown, where = _label_in_sight(form)
            assert shown, f"{key} to {focused.id}: {where}"
        assert fields >= 20


async def test_ctrl_a_in_the_backstory_selects_all_so_typing_replaces_it() -> None:
    """Newcomer 10: Ctrl+A in Backstory moved to the line's start and the new words went in
    the middle of the old (then Delete x200). It selects all; Home still goes to the start."""
    doc = {**ARIA, "backstory": "Grew up by the sea."}
    async with form_on_screen(doc=doc) as (_, pilot, form):
        box = form.query_one("#f-backstory", TextArea)
        box.focus()
        await pilot.pause()
        await pilot.press("ctrl+a", *"Inland")
        await wait_until(pilot, lambda: box.text == "Inland", what=f"replaced: {box.text!r}")
        await pilot.press("home", "x")
        await wait_until(pilot, lambda: box.text == "xInland", what=f"home: {box.text!r}")


async def test_a_refused_save_says_which_fields_need_a_look() -> None:
    """Newcomer 11: Ctrl+S with no traits and no goal only scrolled to the errors, the list at
    the top out of sight; a toast says why it did not save."""
    app = form_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        form = top(app, CharacterForm)
        await pilot.pause()
        form.show_errors(
            None,
            {
                "traits": "Give 1 to 10 personality traits.",
                "profile.goals": "Choose 1 to 5 goals.",
            },
        )
        await wait_until(pilot, lambda: list(app._notifications), what="the toast")
        [toast] = list(app._notifications)
        assert toast.title == "Not saved yet"
        assert toast.message == "2 fields need a look: Personality traits, Goals."
        await wait_until(
            pilot,
            lambda: "2 fields need a look" in app.export_screenshot().replace("&#160;", " "),
            what="the toast on screen",
        )


async def test_after_refused_save_the_first_space_on_a_goal_ticks_it() -> None:
    """Newcomer 11: after the errors, a trait typed, then Tab to the goals: the first Space
    did not tick (a second did)."""
    async with form_on_screen() as (app, pilot, form):
        form.show_errors(
            None,
            {
                "traits": "Give 1 to 10 personality traits.",
                "profile.goals": "Choose 1 to 5 goals.",
            },
        )
        await pilot.pause()
        traits = form.query_one("#f-traits .tag-input", Input)
        assert app.focused is traits
        await pilot.press(*"curious", "enter")
        await pilot.pause()
        goals = form.query_one("#f-goals", TickList)
        for _ in range(4):
            if app.focused is goals:
                break
            await pilot.press("tab")
            await pilot.pause()
        assert app.focused is goals
        await pilot.press("space")
        await pilot.pause()
        assert form.document()["profile"]["goals"] == [SCHEMA.goals[0].id]


async def test_arrows_on_the_pronouns_and_intensity_move_in_the_order_drawn() -> None:
    """Issue 15: Left on "she/her" wrapped round to "My own" at the far right (and put the
    typing into its field), and Right on "Challenging" went back to "Gentle", so Right seemed
    not to answer. Right moves to the button drawn next on the right, Left to the one on the
    left, and both stop at the row's ends."""
    async with form_on_screen() as (app, pilot, form):
        for field, first_key in (("#f-pronouns", "left"), ("#f-intensity", "right")):
            radios = form.query_one(field, RadioSet)
            radios.focus()
            await pilot.pause()
            buttons = sorted(radios.query(RadioButton), key=lambda b: b.region.x)
            assert [b.region.y for b in buttons] == [buttons[0].region.y] * len(buttons)
            last = len(buttons) - 1 if first_key == "right" else 0
            for _ in range(len(buttons) + 1):  # to the end, and once more
                await pilot.press(first_key)
                await pilot.pause()
                if app.focused is not radios:  # My own: the typing went to its field
                    radios.focus()
                    await pilot.pause()
            assert radios.pressed_button is buttons[last], f"{field}: stays at its end"
            assert app.focused is radios
            back = "left" if first_key == "right" else "right"
            seen = [buttons.index(radios.pressed_button)]
            for _ in range(len(buttons) - 1):
                await pilot.press(back)
                await pilot.pause()
                assert radios.pressed_button is not None
                seen.append(buttons.index(radios.pressed_button))
                radios.focus()
                await pilot.pause()
            step = -1 if back == "left" else 1
            assert seen == list(range(last, last + step * len(buttons), step)), field


@pytest.mark.parametrize("how", ["pagedown", "wheel"])
async def test_at_24_rows_scrolling_the_form_takes_the_focus_along(how: str) -> None:
    """Newcomer 16 at 80x24: the form scrolled and the field with the focus went out of sight,
    so arrow presses meant for the pronouns moved the cursor in a text field ("warm cardigan"
    became "warmardigan. c"). Once the form is scrolled (PageDown, the mouse wheel), the focus
    is on a field in sight, its label marked; a key typed then goes where it is seen."""
    async with form_on_screen(doc=ARIA) as (app, pilot, form):
        body = form.query_one("#form-body")
        assert app.focused is form.query_one("#f-name")
        if how == "pagedown":
            await pilot.press("pagedown", "pagedown")
        else:
            body.scroll_to(y=body.scroll_y + 20, animate=False)
        await wait_until(pilot, lambda: body.scroll_y >= 15, what="the form scrolled")
        await pilot.pause()
        focused = app.focused
        assert focused is not None and focused.id != "f-name"
        top_row, bottom = body.scroll_offset.y, body.scroll_offset.y + body.scrollable_size.height
        field = next(w for w in (focused, *focused.ancestors) if w.parent is body)
        region = field.virtual_region
        shown, where = _label_in_sight(form)
        assert shown, where
        assert region.y >= top_row and region.bottom <= bottom, f"{focused.id} at {region}"
        await pilot.press("x")
        assert form.query_one("#f-name", Input).value == "Aria Moon"


async def test_at_24_rows_pagedown_reads_the_whole_form_with_the_focus_in_sight() -> None:
    """PageDown and PageUp go through the whole form, the focus coming along: a text box or
    the list of goals that shows all it holds does not keep them (the focus taken along into
    Backstory, the next PageDown moved its cursor and the form stood still)."""
    async with form_on_screen(doc=ARIA) as (app, pilot, form):
        body = form.query_one("#form-body")
        at_end = {
            "pagedown": lambda: body.scroll_y >= body.max_scroll_y,
            "pageup": lambda: body.scroll_y == 0,
        }
        for key, end in at_end.items():
            for _ in range(8):
                if end():
                    break
                before = body.scroll_y
                await pilot.press(key)
                await wait_until(
                    pilot,
                    lambda b=before: body.scroll_y != b,
                    what=f"{key} from {before} ({app.focused})",
                )
                await pilot.wait_for_scheduled_animations()
                await pilot.pause()
                shown, where = _label_in_sight(form)
                assert shown, where
            assert end(), f"{key} stopped at {body.scroll_y} of {body.max_scroll_y}"
