"""Python's own regex parser (``re._parser``, the one ``re.compile`` uses), as the derivations
read a rule's regex with it, and what they share: the opcodes newer Pythons add and the cap on
how many strings a summary keeps."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sre_parse as sre
else:  # the same parser without the deprecation warning of the old module name
    from re import _parser as sre

__all__ = ["ATOMIC_GROUP", "CAP", "POSSESSIVE_REPEAT", "sre"]

#: Summaries with more strings than this give up exactness (for beginnings and ends: all info).
CAP = 32

POSSESSIVE_REPEAT = getattr(sre, "POSSESSIVE_REPEAT", object())
ATOMIC_GROUP = getattr(sre, "ATOMIC_GROUP", object())
