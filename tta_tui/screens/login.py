"""The first screen: the server in use, a user name and password, and Log in / Create account.

The choice of mode is first in the Tab order (Shift+Tab from the user name reaches it, Tab
from the button comes round to it), Left and Right choose while it has the focus, and Ctrl+R
switches from anywhere on the screen; the line under it says whichever is true where the focus
is (:data:`NEWCOMER_HINT`, :data:`REGISTERING_HINT`, :data:`CHOICE_HINT`). Tab and Shift+Tab go
through every field and the button, in both modes.

With a remembered user name (``username``) the name is filled in, the focus is on the password,
and the screen says so in words: "Welcome back, robin. Type your password below", the password
labelled "Password for robin", the name marked as remembered with "Not you? Ctrl+N clears it".
Changing the name, or choosing Create an account, takes the cue away; Ctrl+N empties the name,
moves the focus to it and posts :class:`LoginScreen.NotMe` (the app forgets the name).

It only collects input: :class:`LoginScreen.Submitted` carries it to the app, which answers with
:meth:`LoginScreen.show_errors` (each field's error under it, the server's sentence below the
form) or moves on to the characters.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, RadioButton, RadioSet, Static

from tta_tui.screens.fix_words import fix_words
from tta_tui.screens.form_keys import FormField, field_tab_bindings
from tta_tui.widgets.error_line import ErrorLine
from tta_tui.widgets.marks import FieldLabel, MarkedButton, MarkedRadioButton, MarkedRadioSet
from tta_tui.widgets.status_chip import TopBar
from tta_tui.widgets.text_field import TextField

if TYPE_CHECKING:
    from tta_tui.net import ServerError

USERNAME_HINT = "3 to 32 letters, digits, _ or -."
NEW_USERNAME_HINT = "Choose one: 3 to 32 letters, digits, _ or -."
REMEMBERED_HINT = "Remembered on this computer. Not you? Press Ctrl+N to clear it."
NEWCOMER_HINT = "New here? Press Ctrl+R to create an account."
"""Under the choice of mode. Not "(or Right)": Right chose only while the choice itself had the
focus, and in the user name box it is the cursor's key (fresh28 pressed it there, to no
effect); Ctrl+R works from every field."""
REGISTERING_HINT = (
    "Creating an account: choose a user name and a password, then press Enter. Ctrl+R goes "
    "back to Log in."
)
CHOICE_HINT = "Left or Right chooses; Tab goes on to the user name."
"""Under the choice of mode while it has the focus (Shift+Tab from the user name reaches it):
one row at 80 columns, as :data:`NEWCOMER_HINT` is, so the form does not move as the focus
comes and goes (a longer one took two rows in tmux at 80x24)."""
FIELD_TITLES = {"username": "User name", "password": "Password", "password2": "Password again"}
"""How a refusal names the login's fields (:func:`~tta_tui.screens.fix_words.fix_words`)."""
PASSWORD_CLEARED = "The password box was emptied: type it again."  # noqa: S105
"""Said after a refused login, which empties the password (typed input never goes silently)."""


def welcome_back(username: str) -> str:
    """The line that says the name is remembered and the typing goes to the password."""
    return f"Welcome back, {username}. Type your password below and press Enter."


PASSWORD_HINT = "At least 10 characters, not containing your user name."  # noqa: S105
PASSWORD_AGAIN_HINT = "The same password once more, to be sure it is the one you meant."  # noqa: S105
PASSWORDS_DIFFER = "This is not the password typed above: type the same one in both."
"""Under "Password again" when the two differ (registration only: a password box shows dots,
so a typo in a new password went unseen, with no second box to catch it; newcomer audit)."""
FIELDS = ("username", "password", "password2")


class PasswordField(TextField):
    """The password box: Enter logs in, or while creating an account moves on to "Password
    again" (a priority binding, so the keys typed after it land there)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "enter", "screen.password_enter", show=False, priority=True, id="login.password_enter"
        )
    ]


class LoginScreen(Screen[None]):
    """Log in or create an account on the server at ``url``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "ctrl+r",
            "toggle_mode",
            "Log in / Create account",
            tooltip="switch between logging in and creating an account",
            id="login.toggle_mode",
        ),
        Binding(
            "ctrl+n",
            "not_me",
            "Not you?",
            tooltip="clear the remembered user name and forget it",
            id="login.not_me",
        ),
        *field_tab_bindings("login"),
    ]
    AUTO_FOCUS = ".takes-typing"
    """The field the typing goes to first, and the only one focused: the password when the
    user name is remembered (focused after the user name, the user name box still looked
    focused for the ~2 s of connecting, newcomer 24), else the user name."""

    class Submitted(Message):
        """Log in (``register`` False) or create the account and log in (True)."""

        def __init__(self, username: str, password: str, *, register: bool) -> None:
            super().__init__()
            self.username = username
            self.password = password
            self.register = register

    class NotMe(Message):
        """The remembered user name is someone else's: forget it."""

    def __init__(self, url: str, username: str | None = None, *, registration: bool = True) -> None:
        super().__init__(id="login")
        self.url = url
        self.username = username or ""
        self.registration = registration
        """False: logging in only (the facilitator console: operators create its accounts),
        with no choice of creating an account and no hint that offers it."""

    def compose(self) -> ComposeResult:
        yield TopBar("TTA: a therapeutic text adventure")
        with VerticalScroll(id="login-form", classes="form", can_focus=False):
            yield Static(Text(f"Server: {self.url}"), markup=False, id="login-server")
            yield Static("", markup=False, id="login-welcome")
            with MarkedRadioSet(id="login-mode"):
                yield MarkedRadioButton("Log in", value=True, id="mode-login")
                yield MarkedRadioButton("Create an account", id="mode-register")
            yield Static("", markup=False, classes="hint", id="hint-mode")
            yield FieldLabel("User name", "username", classes="field-label", id="label-username")
            first = "takes-typing"
            yield FormField(
                value=self.username,
                id="username",
                max_length=64,
                classes="" if self.username else first,
            )
            yield Static(USERNAME_HINT, classes="hint", id="hint-username")
            yield ErrorLine(classes="field-error", id="err-username")
            yield FieldLabel("Password", "password", classes="field-label", id="label-password")
            yield PasswordField(
                password=True,
                id="password",
                max_length=256,
                classes=first if self.username else "",
            )
            yield Static("", classes="hint", id="hint-password")
            yield ErrorLine(classes="field-error", id="err-password")
            yield FieldLabel(
                "Password again",
                "password2",
                classes="field-label register-only",
                id="label-password2",
            )
            yield TextField(password=True, id="password2", max_length=256, classes="register-only")
            yield Static(PASSWORD_AGAIN_HINT, classes="hint register-only", id="hint-password2")
            yield ErrorLine(classes="field-error", id="err-password2")
            yield MarkedButton("Log in", id="login-submit", variant="primary")
        # Under the form, not in it: it names the fields to fix, so it shows wherever the form
        # has scrolled to (in it, at 80x24, it was below the fold while the form showed the
        # user name in error, tui38).
        yield ErrorLine(classes="form-error", id="login-message")
        # The footer comes after the first frame (on_mount): its keys, their CSS and its
        # recomposing when the first field takes the focus (about 0.1 s of CPU, helper tui20).

    def on_mount(self) -> None:
        if not self.registration:
            self.query_one("#login-mode").display = False
            self.query_one("#hint-mode").display = False
        self._show_mode()
        self.show_errors(None, {})
        if self.username:
            self.query_one("#password", Input).focus()
        self.call_after_refresh(self._add_footer)

    async def _add_footer(self) -> None:
        await self.mount(Footer())
        # its keys: a focus change used to show them, and the focus is set once, before it
        self.refresh_bindings()

    @property
    def registering(self) -> bool:
        """True when "Create an account" is chosen."""
        return self.query_one("#mode-register", RadioButton).value

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Ctrl+N is offered only while a remembered name is filled in."""
        if action == "not_me":
            return bool(self.username)
        if action == "toggle_mode":
            return self.registration
        return True

    def action_not_me(self) -> None:
        """Empty the name, forget it, and let the person type theirs."""
        self.username = ""
        name = self.query_one("#username", Input)
        name.value = ""
        name.focus()
        self._show_cue()
        self.refresh_bindings()
        self.post_message(self.NotMe())

    def action_password_enter(self) -> None:
        """Enter in the password: on to "Password again" while creating an account, else log in."""
        password = self.query_one("#password", Input)
        if self.registering:  # at once, not after a refresh: the keys typed next go there
            self.set_focus(self.query_one("#password2", Input))
        else:  # after the keys typed before it, still on their way to the box (a fast burst)
            password.call_later(self._submit)

    def action_toggle_mode(self) -> None:
        """Switch between logging in and creating an account; the typing goes to the name."""
        target = "#mode-login" if self.registering else "#mode-register"
        self.query_one(target, RadioButton).value = True
        self.query_one("#username", Input).focus()

    @on(RadioSet.Changed, "#login-mode")
    def _mode_changed(self) -> None:
        """A new mode: its words, and no error left from the other (a "That user name is
        taken" stayed after switching to Log in, newcomer audit at 80x24)."""
        self._show_mode()
        self.show_errors(None, {})

    def logged_out(self, username: str | None) -> None:
        """Back from a log-out: logging in, the name filled in (``username``; None where names
        are not kept, a shared computer), the password empty, the focus on the first empty
        field, no error. The form was as the player left it (creating an account, the password
        still in it), and Enter then said "That user name is taken" (newcomer audit, 80x24)."""
        self.username = username or ""
        self.query_one("#mode-login", RadioButton).value = True
        name = self.query_one("#username", Input)
        with name.prevent(Input.Changed):
            name.value = self.username
        self.clear_password()
        self._show_mode()
        self.show_errors(None, {})
        self.query_one("#password" if self.username else "#username", Input).focus()
        self.refresh_bindings()

    @on(Input.Changed, "#username")
    def _name_changed(self) -> None:
        self._show_cue()

    @on(Input.Changed, "#username, #password, #password2")
    def _clear_error(self, event: Input.Changed) -> None:
        """The field in error was changed: its error goes, and the sentence below the form
        with the last one (the next Log in judges again)."""
        name = event.input.id or ""
        error = self.query_one(f"#err-{name}", Static)
        if not error.display:
            return
        error.update("")
        error.display = False
        if not any(self.query_one(f"#err-{n}", Static).display for n in FIELDS):
            box = self.query_one("#login-message", Static)
            box.update("")
            box.display = False

    @property
    def remembered(self) -> bool:
        """True while the remembered user name is in the field (and logging in is chosen)."""
        name = self.query_one("#username", Input).value.strip()
        return bool(self.username) and name == self.username and not self.registering

    def _show_cue(self) -> None:
        remembered = self.remembered
        welcome = self.query_one("#login-welcome", Static)
        welcome.update(Text(welcome_back(self.username)) if remembered else "")
        welcome.display = remembered
        self.query_one("#hint-username", Static).update(
            REMEMBERED_HINT
            if remembered
            else NEW_USERNAME_HINT
            if self.registering
            else USERNAME_HINT
        )
        self.query_one("#label-password", FieldLabel).set_text(
            f"Password for {self.username}" if remembered else "Password"
        )

    def _show_mode(self) -> None:
        self._show_cue()
        registering = self.registering
        self.query_one("#login-submit", MarkedButton).set_text(
            "Create account and log in" if registering else "Log in"
        )
        self.query_one("#hint-password", Static).update(PASSWORD_HINT if registering else "")
        self.query_one("#hint-password", Static).display = registering
        for line in self.query(".register-only"):
            line.display = registering
        if not registering:
            self.query_one("#password2", Input).value = ""
        self._show_mode_hint()

    def _show_mode_hint(self) -> None:
        """The line under the choice of mode: its arrows while it has the focus, else Ctrl+R."""
        choice = self.query_one("#login-mode", RadioSet)
        self.query_one("#hint-mode", Static).update(
            CHOICE_HINT
            if choice.has_focus
            else REGISTERING_HINT
            if self.registering
            else NEWCOMER_HINT
        )

    def on_descendant_focus(self) -> None:
        self._show_mode_hint()

    def on_descendant_blur(self) -> None:
        self._show_mode_hint()

    @on(Input.Changed, "#username")
    def _let_go(self) -> None:
        self.query_one("#login-form", VerticalScroll).anchor(False)

    @on(Input.Submitted, "#password2")
    @on(Button.Pressed, "#login-submit")
    def _submit(self) -> None:
        username = self.query_one("#username", Input).value.strip()
        password = self.query_one("#password", Input).value
        missing: dict[str, str] = {}
        if not username:
            missing["username"] = "Enter your user name."
        if not password:
            missing["password"] = "Enter your password."  # noqa: S105
        if missing:
            self.show_errors("Please fill in both fields.", missing)
            return
        if self.registering and self.query_one("#password2", Input).value != password:
            self.show_errors(None, {"password2": PASSWORDS_DIFFER})
            return
        self.show_errors(None, {})
        self.set_busy(True)
        self.post_message(self.Submitted(username, password, register=self.registering))

    def set_busy(self, busy: bool) -> None:
        """Disable the button while the server is asked."""
        button = self.query_one("#login-submit", Button)
        button.disabled = busy

    def show_refusal(self, exc: ServerError) -> bool:
        """Show a refused login or registration (with its wait, if any) on the form; False for
        an internal error, which the caller shows as a failure."""
        from tta_server.protocol.errors import ErrorCode  # loaded after the first frame

        if exc.code == ErrorCode.INTERNAL_ERROR:
            return False
        wait = f" Try again in {exc.retry_after:.0f} s." if exc.retry_after else ""
        emptied = ""
        if exc.code == ErrorCode.LOGIN_FAILED:
            self.clear_password()
            emptied = f" {PASSWORD_CLEARED}"
        message = exc.message
        titles = [FIELD_TITLES[name] for name in FIELD_TITLES if name in exc.fields]
        if exc.code == ErrorCode.INVALID_FIELDS and titles:
            message = fix_words(titles)  # not "highlighted": nothing is, without colour
        self.show_errors(message + wait + emptied, exc.fields)
        return True

    def show_errors(self, message: str | None, fields: dict[str, str]) -> None:
        """Show the server's sentence below the form and each field's error under it."""
        self.set_busy(False)
        for name in FIELDS:
            error = self.query_one(f"#err-{name}", Static)
            error.update(Text(fields.get(name, "")))
            error.display = name in fields
        others = [text for name, text in fields.items() if name not in FIELDS]
        sentence = " ".join([message or "", *others]).strip()
        box = self.query_one("#login-message", Static)
        box.update(Text(sentence))
        box.display = bool(sentence)
        first = next((name for name in FIELDS if name in fields), None)
        if first is None and message:
            first = "password"
        if first is not None:
            self.query_one(f"#{first}", Input).focus(scroll_visible=False)
        form = self.query_one("#login-form", VerticalScroll)
        form.anchor(False)
        if first is not None and first in fields:
            # the field in error, from its label to its error line (the error is under the
            # box, which is all Textual's focus scrolls into sight), once laid out anew
            self.call_after_refresh(self._field_in_sight, first)
        elif sentence:
            # On a short terminal the error lines push the button down: keep it in sight.
            self.call_after_refresh(self._keep_button_in_sight)

    def _field_in_sight(self, name: str) -> None:
        """Scroll the form so the field ``name`` shows whole (its label, box, hint and error),
        and the button with it when both fit."""
        form = self.query_one("#login-form", VerticalScroll)
        field = self.query_one(f"#label-{name}").virtual_region.union(
            self.query_one(f"#err-{name}").virtual_region
        )
        with_button = field.union(self.query_one("#login-submit").virtual_region)
        fits = with_button.height <= form.scrollable_content_region.height
        form.scroll_to_region(
            with_button if fits else field, animate=False, immediate=True, top=True
        )

    def _keep_button_in_sight(self) -> None:
        """Scroll the form to its end (the button is last), once its new height is laid out."""
        form = self.query_one("#login-form", VerticalScroll)
        form.anchor()  # and stay at the end while the new lines settle

    def clear_password(self) -> None:
        """Empty the password field (after a failed login; not a change that clears errors)."""
        for box in self.query_one("#password", Input), self.query_one("#password2", Input):
            with box.prevent(Input.Changed):
                box.value = ""
