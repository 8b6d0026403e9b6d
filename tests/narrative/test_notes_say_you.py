"""The narrator's own notes on the player's progress say "you", never the player's name in the
third person (newcomer corpus 28: "Dev is getting the hang of this, whether he knows it or
not" and "It's the kind of moment Dev will keep, and he knows it", both worlds, read as
patronising). Only a line that quotes the guide may speak of the player by name."""

from __future__ import annotations

import re

import pytest

from tta_server.narrative import phrases as P


@pytest.mark.parametrize("table", [P.GUIDE_PRAISE, P.STEP_ASIDE])
def test_the_narrators_own_notes_never_name_the_player(table: tuple[str, ...]) -> None:
    for line in table:
        quoting = re.search(r"\{guide\} would (?:say|call|be|notice)|\{guide\} were", line)
        if "{name}" in line:
            assert quoting and line.index("{name}") < len(line), line
            assert "'" in line, f"the player named outside the guide's words: {line}"
        assert "whether {sub} know" not in line and "{sub} know{s} it" not in line, line
