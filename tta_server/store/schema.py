"""Schema versions: the contract both stores keep with the code that reads them.

A store's schema has a version, a whole number: the number of the last forward migration run
on it (0: none, a store made before versions were kept or an empty one). The code knows an
ordered list of migrations, numbered 1, 2, 3, ... without gaps; the last number is the version
it writes (:attr:`SchemaStatus.target`). Where the version is kept:

* embedded: SQLite's ``PRAGMA user_version`` in the file
  (:mod:`~tta_server.store.sqlite_migrations`);
* redis-neo4j: the ``version`` of the one ``(:TTASchema {id: "tta"})`` node
  (:mod:`~tta_server.store.neo4j_migrations`). Redis holds no schema.

Opening a store (``Store.open()``, at every server start) first reads the version: a store
*newer* than the code (written by a later TTA) is refused with :class:`SchemaTooNew` before
anything is changed; then the pending migrations run in order (``tta-admin db migrate`` runs
them on demand and ``--dry-run`` lists them). A migration that fails raises
:class:`MigrationFailed` and leaves the store at its old version, still readable by the old code:
SQLite runs all of them in one transaction that is rolled back; each Neo4j migration is
idempotent and the version is raised only after it succeeded, so the next open runs it again.
"""

from __future__ import annotations

from dataclasses import dataclass

from tta_server.store.records import StoreError


@dataclass(frozen=True, slots=True)
class SchemaStatus:
    """Where a store's schema is: ``current`` version, the code's ``target``, and each
    migration still to run, as ``"N: what it does"``."""

    kind: str
    current: int
    target: int
    pending: tuple[str, ...]


class SchemaError(StoreError):
    """The store's schema cannot be used by this code; the message says why and what to do."""


class SchemaTooNew(SchemaError):
    """The store was written by a later TTA (its schema version is above the code's)."""

    def __init__(self, kind: str, found: int, known: int) -> None:
        super().__init__(
            f"the {kind} store's schema is version {found}, newer than this TTA's "
            f"(version {known}): it was written by a later TTA; run that version (or newer), "
            "or restore a backup made by this one"
        )
        self.found = found
        self.known = known


class MigrationFailed(SchemaError):
    """A migration raised: the store was left at ``version`` (its old schema)."""

    def __init__(self, kind: str, number: int, what: str, version: int, cause: BaseException):
        text = " ".join(str(cause).split())
        super().__init__(
            f"migration {number} ({what}) of the {kind} store failed: "
            f"{type(cause).__name__}{': ' + text if text else ''}; the store is left at schema "
            f"version {version}, which this TTA's previous version can still use"
        )
        self.number = number
        self.version = version


def pending_of(numbers_whats: list[tuple[int, str]], current: int) -> tuple[str, ...]:
    """The migrations above ``current``, as ``"N: what"``."""
    return tuple(f"{n}: {what}" for n, what in numbers_whats if n > current)


def check_numbers(numbers: list[int]) -> int:
    """The target version of a migration list numbered 1, 2, ... (``ValueError`` otherwise)."""
    if numbers != list(range(1, len(numbers) + 1)):
        raise ValueError(f"migrations must be numbered 1, 2, ... in order, not {numbers}")
    return len(numbers)
