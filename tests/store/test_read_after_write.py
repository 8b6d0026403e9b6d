"""A store reads back what it has just written, however many players start sessions at once.

Under load the embedded store once answered ``internal_error`` to ``session.start``: its read
connection is shared by every coroutine, and a read that was still open there (its query run,
its rows not yet fetched) kept the connection on the snapshot it began with, so the session a
write had just committed was not there when ``create_session`` read it back.
"""

from __future__ import annotations

import asyncio

from tests.store.worlds import imported, start
from tta_server.store.base import NewEvent, Role, Store

PLAYERS = 40


async def test_concurrent_session_starts_each_get_their_own_session(store: Store) -> None:
    await imported(store)
    players = []
    for i in range(PLAYERS):
        acc = await store.create_account(f"p{i}", "h", Role.PLAYER)
        ch = await store.create_character(acc.id, f"Hero {i}", {}, 5)
        players.append((acc.id, ch.id))

    async def begin(account_id: str, character_id: str) -> tuple[str, str]:
        session, opening = await store.create_session(
            account_id, character_id, "tiny", [NewEvent("session.started")], start()
        )
        assert [e.seq for e in opening] == [1]
        # ... and every other read sees it at once, whatever else is being read meanwhile.
        assert session.id in [s.id for s in await store.list_sessions(account_id)]
        return session.account_id, session.id

    async def browse(account_id: str) -> None:
        for _ in range(3):  # reads that take a while to give their first row (a sort)
            await store.list_accounts()

    for _ in range(6):  # rounds of starts, each with reads going on around it
        results = await asyncio.gather(
            *(begin(a, c) for a, c in players),
            *(browse(a) for a, _ in players),
            return_exceptions=True,
        )
        failures = [r for r in results if isinstance(r, BaseException)]
        assert not failures, f"{len(failures)} of {PLAYERS} starts failed: {failures[0]!r}"
        sessions = [r for r in results if isinstance(r, tuple)]
        assert sorted(a for a, _ in sessions) == sorted(a for a, _ in players)
        for account_id, session_id in sessions:
            await store.end_session(account_id, session_id, [])
