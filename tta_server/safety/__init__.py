"""Safety screen for player input: crisis and concern detection, run before anything else.

See ``tta_server.safety.classifier`` for how it works and what it cannot do; its steps live in
``normalisation`` (1), ``rules`` (2) and ``analysis`` (3).
"""

from tta_server.safety.classifier import (
    benchmark,
    classify,
    classify_jsonl,
    explain,
)
from tta_server.safety.model import Assessment, Category, Level
from tta_server.safety.normalisation import normalise

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
