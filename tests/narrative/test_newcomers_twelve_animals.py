"""What the twelfth newcomer met with animals (issue 14): a trust line said of a cat
("Footnote lets you all the way in: no more holding back") and "You give the gulls a gentle
pat. It doesn't mind." of wild gulls (plural, and not to be patted). Tested in other words, in
both worlds."""

from __future__ import annotations

import re

import pytest

from tests.narrative.scenes import narrated
from tests.pipeline.newcomers import placed, played, steps
from tta_server.narrative import phrases as P
from tta_server.narrative.changes import ChangeWriter

_TRUST = re.compile(r"\b(?:trust|friend|all the way in|on your side|guard|holding back)\b", re.I)


@pytest.mark.parametrize(
    ("name", "at", "held", "text"),
    [
        ("ember_library", "foyer", ["cat-biscuits"], "offer the ginger cat his biscuits"),
        ("lantern_coast", "dune-hollow", ["blanket"], "put the blanket down for the dog"),
    ],
)
def test_an_animal_warming_to_you_is_told_as_an_animal(
    name: str, at: str, held: list[str], text: str
) -> None:
    result = played(name, at, [text], held=held)
    assert result.steps[-1].outcome.ok, steps(result)
    w, state = placed(name, at, held=held)
    told = narrated(w, state, text)
    assert not _TRUST.search(told), told


def test_no_animal_attitude_line_speaks_of_trust_or_friendship() -> None:
    for value in range(-5, 6):
        line = ChangeWriter.attitude(value, animal=True)
        assert line is None or not _TRUST.search(line), line
    assert any(_TRUST.search(x) for t in P.ATTITUDE.values() for x in t)  # people's lines do


@pytest.mark.parametrize(
    ("name", "at", "text"),
    [
        ("lantern_coast", "harbour-wall", "stroke the seagulls"),
        ("lantern_coast", "lighthouse-yard", "pat a gull"),
        ("ember_library", "foyer", "pet the card catalogue"),
    ],
)
def test_patting_what_is_no_pet_is_declined_plainly(name: str, at: str, text: str) -> None:
    result = played(name, at, [text])
    assert not result.changed, steps(result)
    w, state = placed(name, at)
    told = narrated(w, state, text)
    assert "doesn't mind" not in told and "gentle pat" not in told, told
