"""The account side of the client's flow: logging in, the characters, the character form and
the world list, each a :class:`~tta_tui.screens` screen's messages turned into requests.

:class:`AccountFlow` is the layer of :class:`~tta_tui.app.TTAApp` below the story flow
(:mod:`tta_tui.story_flow`). Every request runs in a worker (:meth:`LinkedApp.net`) and its
reply is read into the protocol's model (:meth:`AccountFlow.ask`): the link has already failed a
reply its model cannot read with a readable :class:`~tta_tui.net.LinkError`, so the flow reads
typed fields only, never a dict. Refusals a screen can show (field errors, a wrong password) go
back to that screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from textual.screen import Screen

from tta_server.protocol.errors import ErrorCode
from tta_tui.config import RememberedName, clear_draft, draft_owner, load_draft, save_draft
from tta_tui.linked import LinkedApp, log_failure
from tta_tui.screens.login import LoginScreen

if TYPE_CHECKING:
    from tta_server.protocol import replies as r
    from tta_server.protocol.messages import CharacterOut, WorldOut
    from tta_tui.net import ServerError
    from tta_tui.screens.character_form import CharacterForm
    from tta_tui.screens.characters import CharactersScreen
    from tta_tui.screens.worlds import WorldsScreen

# The screens after the login screen, and the protocol's models, load after the first frame
# (LinkedApp.LATER_MODULES) and are imported where they are used.
R = TypeVar("R", bound="r.Reply")
FORM_CODES = frozenset({ErrorCode.INVALID_FIELDS, ErrorCode.NAME_TAKEN, ErrorCode.CHARACTER_LIMIT})


#: Said when the new-character form closes with something typed in it (Esc), and when it opens
#: on that draft: a newcomer who pressed Esc thought all was lost, typed it all again into the
#: kept fields and got "MaggieMaggie" (play corpus 16).
DRAFT_KEPT = "What you typed is kept: New character (n) opens the form as you left it."
DRAFT_OPENED = "The form is as you left it. Carry on, or clear a field before typing anew."


def _drafted(document: dict[str, object]) -> bool:
    """Whether a character document holds anything the player typed (a name, a backstory, ...)."""
    return any(v for k, v in document.items() if isinstance(v, str) and k != "pronouns") or any(
        v for v in document.values() if isinstance(v, list)
    )


class AccountFlow(LinkedApp):
    """Log in, characters, the character form, worlds (see the module docstring)."""

    LATER_MODULES: ClassVar[tuple[str, ...]] = (
        *LinkedApp.LATER_MODULES,
        "tta_server.protocol.replies",
        "tta_tui.screens.characters",
        "tta_tui.screens.character_form",
        "tta_tui.screens.worlds",
    )

    def __init__(
        self,
        urls: list[str],
        *,
        plain: bool = False,
        username: str | None = None,
        remembered: RememberedName | None = None,
    ) -> None:
        super().__init__(urls, plain=plain, username=username, remembered=remembered)
        self.schema: r.CharacterSchemaOk | None = None
        self.worlds: list[WorldOut] | None = None
        self.characters: list[CharacterOut] = []
        """The account's characters as last read (``character.list``)."""
        self.unsent: dict[str, str] = {}
        """Words left on a story's typing line when the player stepped out of it (Escape), by
        session id: the line has them again when the story is resumed (until the app closes)."""

    async def ask(self, reply: type[R], type_: str, **fields: Any) -> R:
        """Send a ``type_`` request and return its reply as ``reply``, the protocol's model of
        ``<type_>.ok`` (:data:`~tta_server.protocol.replies.REPLIES`)."""
        from tta_server.protocol import replies as r

        assert r.REPLIES[type_] is reply, f"{type_}.ok is a {r.REPLIES[type_].__name__}"
        return reply.model_validate(await self._need_link().request(type_, **fields))

    def _pop_to(self, kind: type[Screen[Any]]) -> Screen[Any] | None:
        """Pop screens until one of ``kind`` is on top; None (and nothing popped) if absent."""
        if not any(isinstance(s, kind) for s in self.screen_stack):
            return None
        while not isinstance(self.screen, kind):
            self.pop_screen()
        return self.screen

    async def _popped_to(self, kind: type[Screen[Any]]) -> Screen[Any] | None:
        """``_pop_to``, each pop awaited until the screen is off: for a job that pushes a
        screen next. A screen popped and not yet removed still holds its id, so pushing its
        like at once fails (``DuplicateIds``: F4 after an ending, newcomer 22)."""
        if not any(isinstance(s, kind) for s in self.screen_stack):
            return None
        while not isinstance(self.screen, kind):
            await self.pop_screen()
        return self.screen

    def _back_to_login(self) -> None:
        login = self._pop_to(LoginScreen)
        if isinstance(login, LoginScreen):
            login.show_errors(None, {})

    def _restart(self) -> None:
        """After the link stopped: the login screen, and a new link."""
        self._back_to_login()
        super()._restart()

    # -- login ----------------------------------------------------------------------------------
    def on_login_screen_submitted(self, message: LoginScreen.Submitted) -> None:
        screen = self.screen

        async def job() -> None:
            await self.log_in(message.username, message.password, register=message.register)
            self.username = message.username
            self.remember_username(message.username)
            await self.open_characters()

        def refused(exc: ServerError) -> bool:
            return isinstance(screen, LoginScreen) and screen.show_refusal(exc)

        def failed() -> None:
            if isinstance(screen, LoginScreen):
                screen.set_busy(False)

        self.net(job, name="login", refused=refused, failed=failed)

    # -- characters -----------------------------------------------------------------------------
    async def open_characters(self) -> None:
        """Fetch the characters (and how many stories are active) and show them (on the
        existing screen, or a new one)."""
        from tta_server.protocol import replies as r
        from tta_tui.screens.characters import CharactersScreen

        characters = await self._characters()
        stories = (await self.ask(r.SessionListOk, "session.list")).sessions
        active = sum(1 for s in stories if s.status == "active" and not s.finished)
        screen = await self._popped_to(CharactersScreen)
        if isinstance(screen, CharactersScreen):
            screen.show(characters, active)
        else:
            await self._popped_to(LoginScreen)
            await self.push_screen(
                CharactersScreen(characters, self.username or "", active_stories=active)
            )

    async def _characters(self) -> list[CharacterOut]:
        from tta_server.protocol import replies as r

        self.characters = (await self.ask(r.CharacterListOk, "character.list")).characters
        return self.characters

    def character(self, character_id: str) -> CharacterOut | None:
        """The character with this id, as last read (None when it is not among them)."""
        return next((c for c in self.characters if c.id == character_id), None)

    async def _worlds(self) -> list[WorldOut]:
        from tta_server.protocol import replies as r

        if self.worlds is None:
            self.worlds = (await self.ask(r.WorldListOk, "world.list")).worlds
        return self.worlds

    def back_to_characters(self) -> None:
        """Close everything above the characters screen and refresh it."""
        from tta_tui.screens.characters import CharactersScreen

        self._pop_to(CharactersScreen)
        self.net(self.open_characters, name="characters")

    async def _schema(self) -> r.CharacterSchemaOk:
        from tta_server.protocol import replies as r

        if self.schema is None:
            self.schema = await self.ask(r.CharacterSchemaOk, "character.schema")
        return self.schema

    def on_characters_screen_new(self, _: CharactersScreen.New) -> None:
        from tta_tui.screens.character_form import CharacterForm

        async def job() -> None:
            schema = await self._schema()
            draft = load_draft(self._draft_owner())
            await self.push_screen(CharacterForm(schema, document=draft, plain=self.plain))
            if draft and _drafted(draft):  # fields already filled: say so, or they get typed twice
                self.notify(DRAFT_OPENED, title="Your unfinished character", markup=False)

        self.net(job, name="new character")

    def on_characters_screen_edit(self, message: CharactersScreen.Edit) -> None:
        from tta_tui.screens.character_form import CharacterForm

        record = message.character

        async def job() -> None:
            schema = await self._schema()
            await self.push_screen(
                CharacterForm(
                    schema, document=record.character, character_id=record.id, plain=self.plain
                )
            )

        self.net(job, name="edit character")

    def on_characters_screen_delete(self, message: CharactersScreen.Delete) -> None:
        from tta_server.protocol import replies as r

        record = message.character

        async def job() -> None:
            await self.ask(r.CharacterDeleteOk, "character.delete", character_id=record.id)
            self.notify(f"Deleted {record.name}.", markup=False)
            await self.open_characters()

        self.net(job, name="delete character")

    def on_characters_screen_log_out(self, _: CharactersScreen.LogOut) -> None:
        async def job() -> None:
            await self._need_link().logout()
            login = self._pop_to(LoginScreen)
            if isinstance(login, LoginScreen):
                login.logged_out(self.username if self.remembered is not None else None)

        self.net(job, name="log out")

    def on_characters_screen_play(self, message: CharactersScreen.Play) -> None:
        character = message.character
        self.net(lambda: self.open_worlds(character), name="worlds")

    async def open_worlds(self, character: CharacterOut) -> None:
        """The world picker for a new story of ``character``, the worlds they have played to
        the ending marked (``finished`` in ``session.list``)."""
        from tta_server.protocol import replies as r
        from tta_tui.screens.worlds import WorldsScreen

        schema = await self._schema()
        worlds = await self._worlds()
        stories = (await self.ask(r.SessionListOk, "session.list")).sessions
        finished = {s.world_id for s in stories if s.character_id == character.id and s.finished}
        labels = {g.id: g.label or g.id for g in schema.goals}
        await self.push_screen(WorldsScreen(worlds, character, labels, finished=finished))

    # -- the character form ---------------------------------------------------------------------
    def _draft_owner(self) -> str:
        """The logged-in account's key for its unfinished character (tta_tui/config.py)."""
        return draft_owner(self._need_link().url, self.username or "")

    def on_character_form_draft_changed(self, message: CharacterForm.DraftChanged) -> None:
        try:
            save_draft(self._draft_owner(), message.document)
        except OSError as exc:
            log_failure("saving the character draft", exc)

    def on_character_form_cancelled(self, _: CharacterForm.Cancelled) -> None:
        from tta_tui.screens.character_form import CharacterForm
        from tta_tui.screens.characters import ConfirmScreen

        form = self.screen
        if not isinstance(form, CharacterForm):
            return
        if form.character_id is not None and form.changed():
            # an edit is not kept as a draft: leaving would lose it unseen (newcomer 25)
            name = form.document()["name"] or "this character"

            def leave(yes: bool | None) -> None:
                if yes and self.screen is form:
                    self.pop_screen()

            question = f"Leave without saving your changes to {name}?"
            self.push_screen(ConfirmScreen(question, yes="Leave without saving"), leave)
            return
        self.pop_screen()
        if form.character_id is None and _drafted(form.document()):
            self.notify(DRAFT_KEPT, title="Kept as a draft", markup=False)

    def on_character_form_submitted(self, message: CharacterForm.Submitted) -> None:
        from tta_server.protocol import replies as r
        from tta_tui.screens.character_form import CharacterForm

        form = self.screen

        async def job() -> None:
            if message.character_id is None:
                reply = await self.ask(
                    r.CharacterOk, "character.create", character=message.document
                )
                clear_draft(self._draft_owner())
            else:
                reply = await self.ask(
                    r.CharacterOk,
                    "character.update",
                    character_id=message.character_id,
                    character=message.document,
                )
            self.notify(f"Saved {reply.character.name}.", markup=False)
            await self.open_characters()

        def refused(exc: ServerError) -> bool:
            if isinstance(form, CharacterForm) and exc.code in FORM_CODES:
                # the form says which fields and where, in words true without colour too
                generic = exc.code == ErrorCode.INVALID_FIELDS and exc.fields
                form.show_errors(None if generic else exc.message, exc.fields)
                return True
            return False

        def failed() -> None:
            if isinstance(form, CharacterForm):
                form.show_errors(None, {})

        self.net(job, name="save character", refused=refused, failed=failed)

    # -- worlds and the story -------------------------------------------------------------------
    def on_worlds_screen_back(self, _: WorldsScreen.Back) -> None:
        from tta_tui.screens.worlds import WorldsScreen

        if isinstance(self.screen, WorldsScreen):
            self.pop_screen()
