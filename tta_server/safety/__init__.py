"""Safety screen for player input: crisis and concern detection, run before anything else.

See ``tta_server.safety.classifier`` for how it works and what it cannot do.
"""

from tta_server.safety.classifier import (
    benchmark,
    classify,
    classify_jsonl,
    explain,
    normalise,
)
from tta_server.safety.model import Assessment, Category, Level

__all__ = [
    "Assessment",
    "Category",
    "Level",
    "benchmark",
    "classify",
    "classify_jsonl",
    "explain",
    "normalise",
]
