"""The character form's checks while typing: a name's letters and length, a country's name or
code (:mod:`tta_tui.screens.countries`: "uk", "England", "USA" are taken, as the code they stand
for).

The server is the judge on Save (``tta_server/characters.py``); these say the same sooner, under
the field, after a pause in the typing or on leaving the field (a digit in the name was reported
only on Save, newcomer audit at 80x24), and say nothing the server would accept.
``tests/tui/test_field_checks.py`` holds them to the server's verdicts.
"""

from __future__ import annotations

import unicodedata

from tta_server.protocol.character import CharacterLimits
from tta_tui.screens.countries import country_code, country_name

NAME_MARKS = " -'’."
"""What a name may hold besides letters (and the marks that go with them)."""
COUNTRY_TYPED_MAX = 60
"""The country field takes this much: a country's name ("Bosnia and Herzegovina")."""
COUNTRY_HINT = (
    "Optional: your country, by name or code (United Kingdom, UK or GB). It picks the crisis "
    "lines shown to you if you need them."
)
"""Under the Country field while it does not name a country (empty, or being typed)."""
COUNTRY_WORDS = (
    "Type the country's name in English, such as Ireland, United Kingdom or United States, "
    "or leave this empty."
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
    """What is wrong with ``country`` (None: nothing seen here; an empty one is allowed). A
    name still being typed is no problem: only once the player has ``left`` the field is one
    that names no country said (what to type, never a list of codes)."""
    typed = " ".join(country.split())
    if not typed or country_code(typed) is not None:
        return None
    if any(c.isdigit() for c in typed) or left:
        return f"'{typed}' is not a country we know. {COUNTRY_WORDS}"
    return None


def country_taken(country: str) -> str:
    """The line under the Country field: the country its words were taken as ("Taken as GB,
    United Kingdom: ..."), else what to type there (:data:`COUNTRY_HINT`)."""
    code = country_code(country)
    if code is None:
        return COUNTRY_HINT
    return (
        f"Taken as {code}, {country_name(code)}: its crisis lines are shown to you if you "
        "need them."
    )
