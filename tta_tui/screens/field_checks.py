"""The character form's checks while typing: a name's letters and length, a country's code.

The server is the judge on Save (``tta_server/characters.py``); these say the same sooner, under
the field, after a pause in the typing or on leaving the field (a digit in the name was reported
only on Save, newcomer audit at 80x24), and say nothing the server would accept.
``tests/tui/test_field_checks.py`` holds them to the server's verdicts.
"""

from __future__ import annotations

import unicodedata

from tta_server.protocol.character import CharacterLimits

NAME_MARKS = " -'’."
"""What a name may hold besides letters (and the marks that go with them)."""
COUNTRY_TYPED_MAX = 60
"""The country field takes this much (a country's name), so the check can say what to type
instead: with room for the code's two letters only, "Brasil" was cut to "Br" unseen."""
COUNTRY_WORDS = (
    "Type the two-letter code, not the name: BR for Brazil, DE for Germany, GB for the United "
    "Kingdom, US for the United States."
)


def _cleaned(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def name_problem(name: str, limits: CharacterLimits, *, left: bool) -> str | None:
    """What is wrong with ``name`` (None: nothing seen here). Too short is said only once the
    player has ``left`` the field (while typing, every name starts short)."""
    name = _cleaned(name)
    bad = [c for c in name if unicodedata.category(c)[0] not in "LM" and c not in NAME_MARKS]
    if bad:
        shown = ", ".join(dict.fromkeys(repr(c) if not c.isprintable() else f"'{c}'" for c in bad))
        return (
            f"A name takes letters (any alphabet), spaces, hyphens, apostrophes and periods; "
            f"not {shown}."
        )
    low, high = limits.name
    if len(name) > high or (left and name and len(name) < low):
        return f"Use {low} to {high} characters for the name."
    if name and not any(unicodedata.category(c)[0] == "L" for c in name):
        return "The name needs at least one letter."
    return None


def country_problem(country: str, limits: CharacterLimits, *, left: bool) -> str | None:
    """What is wrong with ``country`` (None: nothing seen here; an empty one is allowed)."""
    code = country.strip()
    size = limits.country_chars
    letters = {2: "two", 3: "three"}.get(size, str(size))
    if not code:
        return None
    if len(code) > size or not all("a" <= c.lower() <= "z" for c in code):
        return f"'{code}' is not a {letters}-letter code. {COUNTRY_WORDS}"
    if left and len(code) < size:
        return f"'{code}' is too short: the code has {letters} letters. {COUNTRY_WORDS}"
    return None
