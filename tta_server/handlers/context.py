"""What a request handler may use, as interfaces (:class:`typing.Protocol`): of its connection
(:class:`Conn`) and of the server process (:class:`Services`). Handlers are typed against these,
never against the concrete ``Connection`` or ``App``, which they do not import; the connection
satisfies :class:`Conn` structurally, and mypy checks it wherever the app hands a connection to
its router. Everything here is for types only: at run time handlers depend on nothing above
them (``tests/test_layers.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING, Protocol

from tta_server.peer import Peer

if TYPE_CHECKING:
    from tta_server.accounts import Accounts
    from tta_server.game import Game
    from tta_server.hub import Hub
    from tta_server.metrics import Metrics
    from tta_server.protocol.messages import Request
    from tta_server.protocol.replies import Reply
    from tta_server.safety.contextual_pool import ContextualPool
    from tta_server.safety.resources import ResourceBook
    from tta_server.settings import Settings
    from tta_server.store.base import Character, Event, Store
    from tta_server.world_catalogue import WorldInfo


class Services(Protocol):
    """The server process's parts a handler may use."""

    @property
    def settings(self) -> Settings: ...
    @property
    def store(self) -> Store: ...
    @property
    def hub(self) -> Hub: ...
    @property
    def accounts(self) -> Accounts: ...
    @property
    def game(self) -> Game: ...
    @property
    def worlds(self) -> Mapping[str, WorldInfo]: ...
    @property
    def resources(self) -> ResourceBook: ...
    @property
    def metrics(self) -> Metrics: ...
    @property
    def contextual(self) -> ContextualPool | None:
        """The contextual safety signal's pool (None: off or unavailable here)."""
        ...

    def turn_in_flight(self) -> AbstractAsyncContextManager[None]:
        """Held while a turn is played (a draining server waits for these)."""
        ...


class Conn(Peer, Protocol):
    """A handler's connection: what the hub also knows of it (:class:`~tta_server.peer.Peer`:
    its account, token, session and playthrough, closing and sending), the process's
    :class:`Services`, and replying and delivering events in order."""

    @property
    def app(self) -> Services: ...

    characters: dict[str, Character]
    """Characters this connection last read or wrote, by id."""
    next_break: float | None
    """``time.monotonic()`` after which a turn brings a break reminder (None: off)."""

    def remember(self, *characters: Character) -> None: ...
    def reply(self, request: Request, payload: Reply) -> None: ...
    async def deliver(self, events: list[Event]) -> None: ...
