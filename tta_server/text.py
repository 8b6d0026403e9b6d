"""Text normalisation shared by validation and stores."""

from __future__ import annotations

import unicodedata


def nfc(text: str) -> str:
    """Unicode NFC form, so that "é" typed two ways compares equal."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """The key under which names are unique: NFC, trimmed, case-folded."""
    return nfc(text).strip().casefold()
