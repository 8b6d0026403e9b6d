"""Each world speaks in its own voice: no sentence of one shipped world's text is said in the
other, and neither names the other's people (corpus 4 heard the same stock lines in both)."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from itertools import combinations

from tests.narrative.scenes import WORLDS

_SENTENCE = re.compile(r"[^.!?]+[.!?]")
_MIN_WORDS = 5  # "Not yet." may be said anywhere; a whole stock sentence may not


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _strings(v)


def _doc(name: str) -> dict[str, object]:
    return tomllib.loads((WORLDS / name).read_text(encoding="utf-8"))


def _sentences(doc: dict[str, object]) -> set[str]:
    found: set[str] = set()
    for text in _strings(doc):
        for sentence in _SENTENCE.findall(" ".join(text.split())):
            words = re.findall(r"[a-z']+", sentence.lower())
            if len(words) >= _MIN_WORDS:
                found.add(" ".join(words))
    return found


def _world_files() -> list[str]:
    return sorted(p.name for p in WORLDS.iterdir() if p.name.endswith(".toml"))


def test_no_sentence_is_said_in_two_worlds() -> None:
    for a, b in combinations(_world_files(), 2):
        shared = _sentences(_doc(a)) & _sentences(_doc(b))
        assert not shared, f"{a} and {b} both say: {sorted(shared)}"


def test_no_world_names_the_other_worlds_people() -> None:
    files = _world_files()
    for a in files:
        for b in files:
            if a == b:
                continue
            people = [str(c["name"]) for c in _doc(b).get("characters", [])]  # type: ignore[union-attr]
            text = " ".join(_strings(_doc(a)))
            for name in people:
                first = name.split()[0]
                assert not re.search(rf"\b{re.escape(first)}\b", text), f"{a} names {b}'s {name}"


def _narrator_lines() -> Iterator[str]:
    from tta_server.narrative import phrases

    for name in dir(phrases):
        if name.isupper():
            yield from _strings(getattr(phrases, name))


def test_the_narrators_own_lines_belong_to_no_world() -> None:
    """The default narrator speaks in every world: none of its lines names a person or a
    place of a shipped world (that would be one world's voice in the other)."""
    lines = " ".join(_narrator_lines())
    assert len(lines) > 5_000  # the tables were read
    for file in _world_files():
        doc = _doc(file)
        names = [str(c["name"]).split()[0] for c in doc.get("characters", [])]  # type: ignore[union-attr]
        names += [str(x["name"]).removeprefix("The ") for x in doc.get("locations", [])]  # type: ignore[union-attr]
        for name in names:
            assert not re.search(rf"\b{re.escape(name)}\b", lines), f"the narrator names {name}"
