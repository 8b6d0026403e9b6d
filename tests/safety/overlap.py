"""One check for every development set: no message taken from another labelled set or from play.

A development set (``tests/safety/dev/roundN.jsonl``) is written from the taxonomy; a message that
also stands in a blind set would make that set's figure flatter, one in another development file
would only repeat its label, and one typed by a newcomer would let the play corpora (which measure
false alarms in real play) be tuned on. Two writers given the same taxonomy sometimes write the
same short line; such lines are counted per file in the caller's ``written_by_both`` (each with a
comment naming who wrote it, when). Blind sets are compared by count only, so a failure never
prints their words.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path

from tta_server.safety.evaluate import Labelled, load

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "pipeline" / "corpus"


def _texts(path: Path) -> set[str]:
    return {r.text for r in load(path)}


def _played(path: Path) -> set[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {json.loads(line)["text"] for line in lines if line}


def assert_taken_from_nowhere(
    rows: Iterable[Labelled],
    own: str,
    written_by_both: Mapping[str, int] | None = None,
    played_too: Mapping[str, int] | None = None,
) -> None:
    """Assert that ``rows`` (the development file named ``own``) share no text with a blind set
    (beyond ``written_by_both``'s count for it), an evaluation set, another development file or a
    newcomer's play corpus (beyond ``played_too``'s count for it: an everyday command a newcomer
    typed later, word for word, without having seen the set)."""
    mine = {r.text for r in rows}
    both = {**(written_by_both or {}), **(played_too or {})}
    for path in sorted(HERE.glob("blind*.jsonl")):
        assert len(mine & _texts(path)) == both.get(path.name, 0), path.name
    for path in sorted([*HERE.glob("eval*.jsonl"), *HERE.glob("dev/*.jsonl")]):
        if path.name != own:
            assert len(mine & _texts(path)) == both.get(path.name, 0), path.name
    for path in sorted(CORPUS.glob("*.jsonl")):
        assert len(mine & _played(path)) == both.get(path.name, 0), path.name
