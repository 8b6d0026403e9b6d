"""The sentence a form shows when the server refuses some of its fields.

The server says "Please fix the highlighted fields." (``invalid_fields``), but without colour
nothing is highlighted (newcomer 24, NO_COLOR): what marks a field in error in every mode is
the error written under it. The client's forms say that in its place, naming the fields (the
character form is taller than a screen, so its top names them all).
"""

from __future__ import annotations


def fix_words(titles: list[str]) -> str:
    """ "Please fix Name: what is wrong is written under it." ("" for no fields)."""
    if not titles:
        return ""
    where = "it" if len(titles) == 1 else "each"
    return f"Please fix {', '.join(titles)}: what is wrong is written under {where}."
