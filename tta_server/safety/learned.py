"""The learned second signal of the safety screen: a linear model over word and letter n-grams.

The rules (``classifier``) know phrasings; this model knows the development corpus
(``tests/safety/dev/``, about 2,000 labelled messages in six languages, docs/safety.md). It sees
the same normalised text as the rules (``classifier.normalise``: look-alike letters folded,
split letters rejoined, chat spellings expanded) and turns it into features:

* for each distinct word, ``w:word`` and the distinct letter n-grams of 3 to 5 letters of the
  word padded with spaces (" kil", "ill ", ...), which carry meaning across languages and
  spelling mistakes;
* ``b:`` each distinct pair of neighbouring words (across a clause mark, not a sentence mark).

Each feature counts as often as it occurs (an n-gram shared by two words counts twice), divided
by the square root of the total count (``feature_counts``). Linear heads read them: ``flag``
(concern or crisis, against none), ``crisis`` (crisis against the rest) and ``category`` (one
score per category, the highest wins). Probabilities are the logistic of a head's sum. Because the
features add up word by word, the scorer keeps each word's summed weights in a cache, so a
message costs one dictionary look-up per distinct word and pair once its words have been seen.

The weights live in ``model.json.gz`` beside this file, written by
``scripts/train_safety_model.py`` from the corpus (scikit-learn's logistic regression, a dev
dependency); nothing is fetched, and scoring is plain Python (no numpy). The thresholds were chosen
by cross-validation on the corpus so that ordinary messages are rarely flagged
(``docs/safety.md``, "The learned signal"). Loading takes about 0.1 s, once, on first use.
"""

from __future__ import annotations

import gzip
import json
import math
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from tta_server.safety.model import Category, Level

MODEL_FILE = "model.json.gz"

#: The model never sees more than this many normalised characters (a 2,000-character message is
#: scored on its first 2,000; the rules see all of it).
MAX_CHARS = 2_000

#: Words whose summed weights are kept (the cache is emptied when it is full).
WORD_CACHE = 20_000


def _parts(normalised: str) -> tuple[set[str], set[str]]:
    """The distinct words and the distinct pairs of neighbouring words of a normalised text."""
    words: set[str] = set()
    pairs: set[str] = set()
    previous = ""
    for word in normalised[:MAX_CHARS].split(" "):
        if word == ".":
            previous = ""
            continue
        if word == "," or not word:
            continue
        words.add(word)
        if previous:
            pairs.add(previous + " " + word)
        previous = word
    return words, pairs


def word_features(word: str) -> list[str]:
    """One word's features: ``w:word`` and its distinct letter n-grams (3 to 5, padded)."""
    padded = " " + word + " "
    size = len(padded)
    grams = {padded[i : i + n] for n in (3, 4, 5) for i in range(size - n + 1)}
    return ["w:" + word, *sorted(grams)]


def feature_counts(normalised: str) -> Counter[str]:
    """The features of a message with their counts (the reference the scorer must match).

    Each distinct word brings its own features (an n-gram shared by two words counts twice);
    each distinct pair of neighbouring words brings ``b:first second``.
    """
    words, pairs = _parts(normalised)
    counts: Counter[str] = Counter()
    for word in words:
        counts.update(word_features(word))
    counts.update("b:" + pair for pair in pairs)
    return counts


@dataclass(frozen=True)
class Scores:
    """What the model makes of one message: probabilities and the category it would give."""

    flag: float  # P(concern or crisis)
    crisis: float  # P(crisis)
    category: Category | None

    def level(self, flag_at: float, crisis_at: float) -> Level:
        if self.crisis >= crisis_at:
            return Level.CRISIS
        if self.flag >= flag_at:
            return Level.CONCERN
        return Level.NONE


@dataclass(frozen=True)
class Model:
    """Weights of the three heads and the thresholds chosen for them."""

    #: feature -> (flag weight, crisis weight, one weight per category)
    weights: dict[str, tuple[float, ...]]
    bias: tuple[float, float]
    category_bias: tuple[float, ...]
    categories: tuple[Category, ...]
    flag_at: float
    crisis_at: float
    version: str
    _cache: dict[str, tuple[int, tuple[float, ...]]] = field(default_factory=dict, compare=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Model:
        return cls(
            weights={k: tuple(v) for k, v in data["weights"].items()},
            bias=(data["bias"][0], data["bias"][1]),
            category_bias=tuple(data["category_bias"]),
            categories=tuple(Category(c) for c in data["categories"]),
            flag_at=float(data["flag_at"]),
            crisis_at=float(data["crisis_at"]),
            version=str(data["version"]),
        )

    def score(self, normalised: str) -> Scores:
        words, pairs = _parts(normalised)
        total = 0
        sums = [0.0] * (2 + len(self.categories))
        for word in words:
            count, contribution = self._word(word)
            total += count
            for i, value in enumerate(contribution):
                sums[i] += value
        for pair in pairs:
            total += 1
            w = self.weights.get("b:" + pair)
            if w is not None:
                for i, value in enumerate(w):
                    sums[i] += value
        if not total:
            return Scores(0.0, 0.0, None)
        scale = 1.0 / math.sqrt(total)
        flag = _logistic(self.bias[0] + sums[0] * scale)
        crisis = _logistic(self.bias[1] + sums[1] * scale)
        per_category = [b + v * scale for b, v in zip(self.category_bias, sums[2:], strict=True)]
        best = max(range(len(per_category)), key=per_category.__getitem__)
        return Scores(flag, crisis, self.categories[best])

    def _word(self, word: str) -> tuple[int, tuple[float, ...]]:
        """(number of features, summed weights) of one word, cached (players reuse words)."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        feats = word_features(word)
        sums = [0.0] * (2 + len(self.categories))
        for f in feats:
            w = self.weights.get(f)
            if w is not None:
                for i, value in enumerate(w):
                    sums[i] += value
        result = (len(feats), tuple(sums))
        if len(self._cache) >= WORD_CACHE:
            self._cache.clear()
        self._cache[word] = result
        return result


def _logistic(x: float) -> float:
    if x < -60:
        return 0.0
    return 1.0 / (1.0 + math.exp(-x))


@cache
def load() -> Model:
    """The model shipped with the package (read once)."""
    raw = (resources.files("tta_server.safety") / MODEL_FILE).read_bytes()
    return Model.from_dict(json.loads(gzip.decompress(raw)))
