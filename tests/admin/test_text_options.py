"""``parse`` and ``safety classify`` take the same ``--jsonl``, ``--bench`` and ``--json``."""

from __future__ import annotations

from tests.admin import cli

SHARED = ("--jsonl", "--bench", "--json")


def option_lines(*command: str) -> dict[str, str]:
    """Each option line of ``tta-admin COMMAND... --help``, by flag, whitespace collapsed."""
    result = cli(*command, "--help", COLUMNS="300")
    assert result.exit_code == 0, result.output
    found: dict[str, str] = {}
    for line in result.stdout.splitlines():
        words = line.strip("│ ").split()
        if words and words[0].startswith("--"):
            found[words[0]] = " ".join(words)
    return found


def test_parse_and_safety_classify_show_the_same_text_options() -> None:
    parse = option_lines("parse")
    classify = option_lines("safety", "classify")
    for flag in SHARED:
        assert flag in parse, flag
        assert parse[flag] == classify[flag]
    assert parse["--bench"].endswith("Time the command over a built-in sample of inputs.")
