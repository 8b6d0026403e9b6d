"""A player's name never takes "'s" for "is" ("'Jax's doing well,' Rue would say" read as a
possessive to newcomer 18, n=245): stock lines say "{name} is doing"."""

from __future__ import annotations

import re

from tta_server.narrative import phrases

_CONTRACTED_IS = re.compile(r"\{[A-Za-z_]*name\}'s [a-z]+ing\b")


def _lines() -> list[str]:
    found = []
    for value in vars(phrases).values():
        tables = value.values() if isinstance(value, dict) else [value]
        for table in tables:
            if isinstance(table, tuple):
                found += [x for x in table if isinstance(x, str)]
    return found


def test_no_stock_line_contracts_a_name_with_is() -> None:
    lines = _lines()
    assert any("{name}" in x for x in lines)  # the tables are read
    assert not [x for x in lines if _CONTRACTED_IS.search(x)]
