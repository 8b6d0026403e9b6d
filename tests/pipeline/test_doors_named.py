"""A way out named by where it leads ("open the door to the clock stair", "open the gate to
the lighthouse yard") is that way, in both worlds (newcomer 10: "There's nothing here to
open")."""

from __future__ import annotations

import pytest

from tests.pipeline.newcomers import played, steps


@pytest.mark.parametrize(
    ("name", "at", "held", "text", "key"),
    [
        ("ember_library", "east-corridor", ["binders-lantern"], "open the door to the clock stair",
         "open.blocked"),
        ("ember_library", "clock-stair", ["study-key"], "try the door into the study", "open.ok"),
        ("lantern_coast", "headland", ["lighthouse-key"], "open the gate into the lighthouse yard",
         "open.ok"),
    ],
)  # fmt: skip
def test_a_way_named_by_where_it_leads_is_opened(
    name: str, at: str, held: list[str], text: str, key: str
) -> None:
    result = played(name, at, [text], held=held)
    assert [k for _, k in steps(result)] == [key], steps(result)
