"""Whether a text is shaped like normalised text (:func:`regular`), the shape the trigger
guarantees assume."""

from __future__ import annotations

from collections.abc import Sequence


def regular(text: str, tokens: Sequence[str]) -> bool:
    """Whether ``text`` (split into ``tokens`` at spaces) is shaped like normalised text: tokens
    of letters and digits (``str.isalnum``) or a lone ``.`` or ``,``, one space between them.

    In such a text a match that starts a word starts at a token, and a regex that starts
    ``\\b`` plus a letter or digit can match only at a token.
    """
    if "" in tokens:  # a space at an end or two together
        return False
    if tokens.count(".") != text.count(".") or tokens.count(",") != text.count(","):
        return False  # a "." or "," inside a token
    letters = text.replace(" ", "").replace(".", "").replace(",", "")
    return not letters or letters.isalnum()
