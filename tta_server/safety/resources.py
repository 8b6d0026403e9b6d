"""Crisis resources: the helplines and emergency number to show a player, by country.

The data ships in the package, ``tta_server/data/crisis_resources.toml`` (:data:`RESOURCES_FILE`,
read with importlib.resources; the ``crisis_resources_file`` setting may name another file); it
says who maintains it and when its numbers were last checked. :func:`load_resources` reads and
checks it and raises :class:`ResourcesError` listing every problem at once (one line each, naming
the table); :meth:`ResourceBook.for_country` picks the table for a character's country
(``profile.country``, an ISO 3166-1 alpha-2 code, any case) or the ``[international]`` table;
:func:`as_text` gives the short lines a person reads first in a crisis panel, emergency number
first; :func:`as_dict` gives the same data ready for a JSON wire event.

What this module does not do: it cannot tell whether a number is still right (a person must
check the file before each release), it does not decide *when* to show resources (that is the
safety screen's and the game's job), and it knows nothing of regions within a country.
"""

from __future__ import annotations

import tomllib
from importlib.resources.abc import Traversable
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)
from pydantic_core import ErrorDetails

from tta_server import data
from tta_server.characters import COUNTRY_CODES

RESOURCES_FILE: Traversable = data.crisis_resources()
"""The shipped data file."""

INTERNATIONAL = "international"
"""The table shown when a character has no country, or one with no table of its own."""

HOW = ("call", "text", "call or text", "web")
"""The ways a line can be reached (the ``how`` field)."""

_VERBS = {"call": "call", "text": "text", "call or text": "call or text", "web": "visit"}

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Line(_Frozen):
    """One helpline: its name, what to dial, text or visit, how, when, and an optional note."""

    name: Text
    contact: Text
    how: Literal["call", "text", "call or text", "web"]
    hours: Text
    note: Text | None = None


class CountryResources(_Frozen):
    """The emergency number and helplines of one country (or of ``international``)."""

    code: str
    name: Text
    emergency: Text
    lines: tuple[Line, ...] = Field(min_length=1)


class ResourceBook(_Frozen):
    """Every table of the data file, by code (upper-case country codes and ``international``)."""

    countries: dict[str, CountryResources]

    @model_validator(mode="after")
    def _has_international(self) -> ResourceBook:
        if INTERNATIONAL not in self.countries:
            raise ValueError(f"the {INTERNATIONAL!r} table is missing")
        return self

    def for_country(self, code: str | None) -> CountryResources:
        """The table for ``code`` (any case, spaces ignored); ``international`` otherwise."""
        key = code.strip().upper() if code else ""
        return self.countries.get(key) or self.countries[INTERNATIONAL]


class ResourcesError(Exception):
    """A data file that cannot be used; ``problems`` holds one readable line per problem.

    Each problem names its table and field (``[US] lines #2 how: 'phone' is not one of: ...``)
    but not the file: the caller knows which file it read.
    """

    def __init__(self, problems: list[str]) -> None:
        count = len(problems)
        super().__init__(f"{count} problem(s) in the crisis resources:\n" + "\n".join(problems))
        self.problems = problems


# -- loading --------------------------------------------------------------------------------------
def _where(loc: tuple[int | str, ...]) -> str:
    """``lines #2 how`` for pydantic's ``("lines", 1, "how")``."""
    return " ".join(f"#{p + 1}" if isinstance(p, int) else p for p in loc)


def _describe(err: ErrorDetails) -> str | None:
    """One readable problem for a pydantic error (None: it repeats another problem)."""
    where = _where(err["loc"])
    kind = err["type"]
    if kind == "missing":
        return f"{where}: missing"
    if kind == "extra_forbidden":
        return f"{where}: unknown field"
    if kind == "literal_error":
        return f"{where}: {err['input']!r} is not one of: {', '.join(HOW)}"
    if kind == "too_short" and where == "lines":
        # Also reported when every line given is broken: those lines are named already.
        return None if err["input"] else "lines: none given; add at least one line"
    if kind == "string_too_short":
        return f"{where}: empty"
    return f"{where}: {err['msg']}"


def _table_problem(key: str, value: Any) -> str | None:
    """Why a top-level entry cannot be a table of resources, before its fields are looked at."""
    if key != INTERNATIONAL and key not in COUNTRY_CODES:
        return (
            f"{key!r} is not an upper-case ISO 3166-1 alpha-2 country code (such as US) "
            f"nor {INTERNATIONAL!r}"
        )
    if not isinstance(value, dict):
        return "not a table"
    if "code" in value:
        return "code: unknown field (the code is the table name)"
    return None


def _country(key: str, value: Any) -> tuple[CountryResources | None, list[str]]:
    problem = _table_problem(key, value)
    if problem is not None:
        return None, [f"[{key}] {problem}"]
    try:
        return CountryResources.model_validate({**value, "code": key}), []
    except ValidationError as exc:
        described = (_describe(e) for e in exc.errors())
        return None, [f"[{key}] {d}" for d in described if d is not None]


def _read(path: Traversable) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ResourcesError([f"cannot be read: {exc}"]) from None


def load_resources(path: Traversable = RESOURCES_FILE) -> ResourceBook:
    """The checked data file; :class:`ResourcesError` listing every problem otherwise."""
    countries: dict[str, CountryResources] = {}
    problems: list[str] = []
    for key, value in _read(path).items():
        found, wrong = _country(key, value)
        problems += wrong
        if found is not None:
            countries[key] = found
    if INTERNATIONAL not in countries and not any(
        p.startswith("[international]") for p in problems
    ):
        problems.append("[international] missing: it is shown when a country has no table")
    if problems:
        raise ResourcesError(problems)
    return ResourceBook(countries=countries)


# -- presenting -----------------------------------------------------------------------------------
def _sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?")) else text + "."


def line_text(line: Line) -> str:
    """One helpline as a sentence: ``Samaritans: call 116 123 (24/7). Free from any phone.``"""
    text = f"{line.name}: {_VERBS[line.how]} {line.contact} ({line.hours})."
    return text if line.note is None else f"{text} {_sentence(line.note)}"


def as_text(r: CountryResources) -> list[str]:
    """Short plain lines for a crisis panel: the emergency number first, then each helpline."""
    return [f"If you are in immediate danger, call {r.emergency} now.", *map(line_text, r.lines)]


def checkin_text(r: CountryResources) -> list[str]:
    """Short plain lines for the check-in (a ``concern``): each helpline first, someone to talk
    to, and the emergency number last, for a day it is needed ("a bit lonely since I retired"
    met the emergency number as its first line, and read as over the top, newcomer 18)."""
    return [*map(line_text, r.lines), f"If you are ever in immediate danger, call {r.emergency}."]


def as_dict(r: CountryResources) -> dict[str, Any]:
    """JSON-ready: ``code``, ``name``, ``emergency`` and ``lines`` (``note`` may be null)."""
    return r.model_dump(mode="json")
