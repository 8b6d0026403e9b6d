"""Crisis and concern screen for player input: local rules with a learned second signal.

Every message a player types is screened here before anything else sees it. The screen runs in
process, with no network (its model ships with the package), and never raises. A message under
300 characters takes about 0.1-0.4 ms; a 2,000-character message (the longest the game accepts)
a few milliseconds (docs/performance.md). ``benchmark`` measures it on any list of messages.

How it works
------------
1. **Normalise** (module ``normalisation``, ``normalise``): NFKC, case-fold, fold look-alike
   letters (Cyrillic, Greek, Cherokee ... to ASCII: ``fold_letters``), rejoin letters split by
   symbols ("k.i.l.l": ``join_split_letters``), strip accents, straighten curly quotes, drop
   control and zero-width characters, read laughing emoji as "lol", map leetspeak digits inside
   words (``k1ll`` -> ``kill``), expand contractions and chat spellings (``im``, ``wanna``,
   ``kms``, ``unalive``, ``fr``, ``irl`` ...), split punctuation into clause (``,``) and sentence
   (``.``) tokens. Letters repeated three or more times ("dieeee", "sooo") give two variants, one
   collapsed to a double letter and one to a single letter; both are screened. A rewrite is
   skipped when the text lacks a character or word that all its matches need (no ``'``: no
   contraction to expand).
2. **Match** (module ``rules``) the ordered rule table (``lang.RULES``: ``lexicon.RULES`` and
   one module per language in ``lang/``): compiled regexes over the normalised
   text, each with an id, a level, a category and flags. Patterns match predicates ("kill
   myself", "want to die", "he hits me"). A prefilter runs only the rules that can match: each
   rule's trigger words are read off its own regex (``triggers.derive_triggers``; every match
   of ``\\b(?:kill|killing) myself\\b`` holds the word "myself"), and a message runs the rules
   with a trigger among its tokens. The derivation ships in ``derived.json``
   (``scripts/build_safety_derived.py``), keyed by a hash of the rule table; when the key is
   stale it runs at import, and a rule whose regex shows no such word stops the import
   (``triggers.NoTriggers``), so a rule can never be skipped silently. In a message longer than
   ``SPAN_CHARS`` a rule scans only the sentences around its trigger words, and a rule is tried
   only at the tokens its matches can start with (``triggers.derive_starts``).
3. **Analyse** (module ``analysis``) each match with a small, explainable look-around:

   * *subject walk* - step back from the predicate over auxiliaries and adverbs ("i really just
     want to ...") to the subject. First-person rules need "I" (or no subject at all: "want to
     die"); "my character wants to die", "you want to die?" and "the keeper does not want to
     live" do not fire them.
   * *negation* - a negator met on that walk ("i would never kill myself", "no voy a matarme",
     "ich will nicht sterben") sets the rule to its ``on_negation`` level. Statements whose
     negation *is* the risk ("i don't want to be alive", "nobody would miss me") are written into
     the patterns and cannot be negated away.
   * *fiction* - game and story words in the same sentence (orc, dragon, quest, my character,
     potion ...) lower a rule one step, unless the sentence also has a real-world marker ("for
     real", "in real life", "tonight", "my dad", a weapon, pills). So fiction can take an
     explicit self-harm statement down to ``concern`` but never to ``none``; game targets never
     match the harm-to-others rules in the first place (those need a real person: "my brother",
     "the kids at school").
   * *real-world markers* - some rules (threats against family, "jump off the bridge") are only
     ``crisis`` with such a marker and ``concern`` without. The marker must lie outside the
     rule's own words: in "i'm going to kill my brother" the brother is the target, not proof.
   * *past* - a distant past with recovery ("i used to ... but i'm better now", "when i was 14")
     lowers crisis to concern, unless the message also says "again", "still", "tonight" ...
   * *accident* - "i cut myself shaving", "nearly killed myself laughing": none; and
     *embarrassment* - "omg i want to die, so embarrassing": none.
   * *whose words, what for* (module ``lookalikes``, round 13) - a character's words answered
     back ("brann, you say you want to sleep and not wake up": ``quoted:``, none), drugs
     handled at work ("counted the controlled drugs at handover": ``work:``, none, unless the
     sentence says they are for the speaker), and an idiom about a song or an exam with a laugh
     ("i'll kill myself if i hear that song again lol": ``idiom:``, none; a song without the
     laugh, concern).

4. **Decide**: the most urgent level that any rule reached; the category is the most serious
   among the rules at that level (suicide > self-harm > medical emergency > harm to others >
   abuse or danger > distress). ``reasons`` lists every rule that fired, with prefixes for the
   rules that were weakened (``negated:``, ``accident:``, ``idiom:``, ``unconfirmed:``,
   ``past:``, ``fiction:``), so that each verdict can be explained and audited.
5. **Second signal**: when the rules say less than crisis and none of them weakened itself, the
   learned model (``learned``) scores the normalised text; if its level is more urgent, it
   wins, with its category and the reason ``model:LEVEL:SCORE``. A message of more than 30
   words is also scored sentence by sentence (``sentence_windows``, round 32), so that the
   one sentence that matters is not averaged away. ``explain`` shows all of it.
6. **Contextual signal** (outside this module: ``contextual``, asked by the server's turn step
   ``tta_server.contextual_step`` within a time budget, never by ``classify``): a vote of the
   nearest labelled messages may raise the verdict to concern or crisis; since round 14 a
   crisis also when the n-gram model and the vote are both moderately sure (``agree``,
   docs/safety.md "Round 14"). Blind sets are scored with and without it
   (``scripts/eval_safety_contextual.py``).

Decisions that are policy, not accident
---------------------------------------
* Burden-with-absence ("everyone would be better off without me", "my family would be happier if
  i was gone") is crisis: perceived burdensomeness with imagined absence is a recognised
  warning sign. "I'm a burden" without absence is concern.
* A negated statement of killing or harming oneself ("i would never kill myself") is concern,
  not none: the player brought the topic up. A negated threat to others is none.
* Past ideation or self-harm with recovery is concern, never none and never crisis.
* "kys" / "kill yourself" aimed at someone else is concern (harm to others), not crisis.
* An overdose already taken ("i took too many pills") is a crisis in the medical category: the
  first need is emergency care, whatever the intent.
* Self-directed acts inside a game sentence ("i stab myself with the cursed dagger", "this boss
  makes me want to kms") are concern, not none and not crisis.
* "I don't want to be alive (but I'd never do anything)" is crisis: passive ideation counts.
* A threat against a real person without a sign of real intent ("i'm going to kill my brother")
  is concern; with one ("... tonight", "for real", a weapon) it is crisis.
* "I'd rather die than ..." is concern (it is usually hyperbole, but not always).

Limits (read before relying on it)
----------------------------------
This is a lexicon-and-rules screen with a small learned second signal (``learned``), not an
understanding of language. Its figures on sets written by people who never saw it are in
docs/safety.md; they are below the product's bars, so read them before relying on it. It covers
English, Spanish, Portuguese, French, Italian and German (``lang/``); other languages reach it
only through the model's letter n-grams. It misses risk said in words no rule or corpus message
had (metaphor, irony, private euphemisms) and, on its own, risk that builds over several
messages: ``conversation`` sees the session's recent messages for that. It errs the other way
too: first-person physical distress inside a game scene can be read as real, and fiction
lowering cuts both ways (a real statement that shares a sentence with game words is lowered to
concern). Its game vocabulary is generic fantasy plus the NPCs of the shipped worlds; other
worlds may need their nouns added to ``lexicon.FICTION_MARKERS``. It is a first screen that
should lead to a human check-in; it cannot judge risk, and its verdict must never be the only
safety measure.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from tta_server.protocol.directions import DIRECTION_WORDS
from tta_server.safety import learned, lookalikes
from tta_server.safety.analysis import SPAN_CHARS, Doc, Hit, apply_rule
from tta_server.safety.game_acts import kept_for_someone, paced_by_breath, task_offered
from tta_server.safety.going_home import going_home
from tta_server.safety.homesick import homesick
from tta_server.safety.introductions import introduces_oneself
from tta_server.safety.model import (
    CATEGORY_PRIORITY,
    LEVEL_RANK,
    Assessment,
    Category,
    Level,
)
from tta_server.safety.normalisation import coerce, text_variants
from tta_server.safety.overnight import overnight
from tta_server.safety.proud import proud_only
from tta_server.safety.rules import RULE_ORDER, RULES, TRIGGERS, Compiled
from tta_server.safety.self_criticism import self_critical_only
from tta_server.safety.signing_off import signing_off

#: The learned second signal (``learned``) is consulted when the rules do not already say
#: crisis. Tests turn it off to see what the rules alone do.
USE_MODEL = True

#: The model alone calls a message crisis only when it has at least this many words (tokens of
#: the normalised text); a shorter one it can raise to concern at most. A few words ("tonight",
#: "the rope") are too little evidence to hold a story on, and a real crisis said that briefly is
#: caught by the rules or, with the messages before it, by ``conversation``. It was 4 until
#: newcomers' play (tests/pipeline/corpus/newcomers-1.jsonl) had a story held twice for "stand
#: still and listen", the game's own hint; on the 5,279 development messages no model-alone
#: crisis had fewer than 9 tokens, and the model's thresholds do not change.
MODEL_CRISIS_MIN_WORDS = 6

#: On a message longer than this many words (tokens, as above) the model alone never calls
#: crisis, and flags concern only at ``MODEL_LONG_FLAG_AT`` or above: it was trained on chat
#: messages (almost none over 30 words) and read long in-fiction prose as risk (docs/safety.md,
#: "False alarms on in-fiction prose"). The rules see long messages as before.
MODEL_CRISIS_MAX_WORDS = 30
MODEL_LONG_FLAG_AT = 0.95

#: A message longer than ``MODEL_CRISIS_MAX_WORDS`` is also read sentence by sentence
#: (``sentence_windows``), each window as a short message is read: a window the model calls
#: crisis (after every guard) with a crisis score of at least ``MODEL_WINDOW_CRISIS_AT`` makes
#: the message a crisis, one under it a concern; a window's concern adds nothing. Round 32
#: (docs/safety.md): blind set 31 (long messages) rated 24 of 255 crises none and called 0.545
#: crisis at the screen, the model averaging the one sentence that matters away. The threshold
#: was chosen on the development sets' long messages and the worlds' prose, not on blind set 31.
#: Off (False): the whole long message only (concern at most), as before.
USE_WINDOWS = True
MODEL_WINDOW_CRISIS_AT = 0.96
#: Only windows with the speaker in them (``_FIRST_PERSON``): the worlds' narration and a
#: character's words are read as before (their prose was held once a window could hold it).
WINDOW_FIRST_PERSON = True
#: The speaker in a window, in six languages (normalised text).
_FIRST_PERSON = re.compile(
    r"\b(?:i|me|my|myself|mine|yo|mi|mis|conmigo|je|j|moi|mon|ma|mes|ich|mich|mir|mein|meine|"
    r"meinen|meinem|meiner|io|mio|mia|miei|mie|eu|mim|meu|minha|meus|minhas|comigo)\b"
)

#: The model is not consulted on a message with fewer letters than this: one or two letters
#: ("e", "ne", "x", "i": the game's abbreviations) carry no evidence for letter n-grams, and
#: the retrained model called "e" concern at 0.94, checking in on a player at every step east.
MODEL_MIN_LETTERS = 3

#: The reason's prefix when the model alone said crisis on a leave-taking to someone living
#: ("time i went home to my daughter, goodnight everyone": ``going_home``) and the verdict is
#: concern: ``home:model:crisis:0.86`` (the model's crisis score, lowered).
HOME = "home:"

#: The model is not consulted on a game verb whose object is only a pronoun or "everything"
#: ("take everything", "ring it again", "drop it all"): the words carry no content for the
#: model to read, and the retrained round-9 model flagged such commands concern on "everything"
#: or "again" alone (docs/safety.md, "Round 10"). The verbs are the parser's everyday ones
#: (``protocol.intents``), not "cut" or "end": "cut it again" and "end it all" are still read.
GAME_VERBS = frozenset(
    [
        "take",
        "get",
        "grab",
        "drop",
        "use",
        "open",
        "close",
        "examine",
        "x",
        "read",
        "light",
        "extinguish",
        "drink",
        "eat",
        "smell",
        "listen",
        "touch",
        "pet",
        "blow",
        "play",
        "show",
        "search",
        "push",
        "pull",
        "turn",
        "ring",
        "knock",
        "hug",
        "climb",
        "sit",
        "sleep",
        "wind",
        "fill",
        "consult",
        "mend",
        "name",
        "remember",
        "notice",
        "hold",
    ]
)
PRONOUN_OBJECTS = frozenset(["it", "them", "everything", "all", "again", "once", "more", "twice"])

#: The model is not consulted on a message made only of ways to go ("e, e, e", "n then w", "go
#: north and east"): a chain of moves carries nothing for letter n-grams to read, and the model
#: called newcomer 11's "e, e, e" concern at 0.93, a check-in over three steps east.
WAY_WORDS = frozenset(DIRECTION_WORDS) | {
    "go",
    "walk",
    "head",
    "then",
    "and",
    "again",
    ",",
    ".",
    ";",
}

# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def _rule_hits(variants: list[str], prefilter: bool) -> list[Hit]:
    """Every rule that fired on any variant (its most urgent reading), in rule-table order."""
    best: dict[str, Hit] = {}
    for variant in variants:
        if not variant:
            continue
        doc = Doc.build(variant)
        chosen: list[tuple[Compiled, list[tuple[int, int]] | None]]
        if not prefilter:
            chosen = [(c, None) for c in RULES]
        elif len(variant) <= SPAN_CHARS:
            chosen = [(RULES[i], None) for i in TRIGGERS.select(doc.tokens)]
        else:
            located = TRIGGERS.locate_tokens(doc.positions)
            chosen = [(RULES[i], doc.sentence_spans(located[i])) for i in sorted(located)]
        for compiled, spans in chosen:
            hit = apply_rule(compiled, doc, spans, at_tokens=prefilter)
            if hit is None:
                continue
            seen = best.get(hit.rule.id)
            if seen is None or LEVEL_RANK[hit.level] > LEVEL_RANK[seen.level]:
                best[hit.rule.id] = hit
    return sorted(best.values(), key=lambda h: RULE_ORDER[h.rule.id])


def _rules_verdict(hits: list[Hit]) -> tuple[Level, Category | None]:
    if not hits:
        return Level.NONE, None
    level = max((h.level for h in hits), key=LEVEL_RANK.__getitem__)
    if level is Level.NONE:
        return level, None
    present = {h.rule.category for h in hits if h.level is level}
    return level, next(c for c in CATEGORY_PRIORITY if c in present)


def _model_reason(level: Level, scores: learned.Scores) -> str:
    value = scores.crisis if level is Level.CRISIS else scores.flag
    return f"model:{level.value}:{value:.2f}"


def _pronoun_command(normalised: str) -> bool:
    """A game verb with only pronouns, "everything" or "again" after it (``GAME_VERBS``)."""
    words = normalised.split(" ")
    return (
        1 < len(words) <= 4
        and words[0] in GAME_VERBS
        and all(w in PRONOUN_OBJECTS for w in words[1:])
    )


#: Turning a thing off and on again, the everyday fix ("turn it off n on again", "have you
#: tried switching it off and on"): the model read "off ... again" as risk (concern 0.90 on
#: "turn it off and on again", a newcomer's check-in, play corpus 25). Only a pronoun or "the
#: X" is turned; the rules read these as ever.
_ON_AND_OFF = re.compile(
    r"^(?:(?:have you|did you|you|i|we) (?:tried |try |just )?|try |just )?"
    r"(?:turn|turning|turned|switch|switching|switched) (?:it|them|that|this|the \w+) "
    r"(?:off|on)(?: (?:and|n|then|and then) (?:back )?(?:on|off))?(?: again)?(?: [?.!])*$"
)


def _ways_only(normalised: str) -> bool:
    """Only directions and the words that chain them (``WAY_WORDS``), at least two of them."""
    words = normalised.split(" ")
    return len(words) > 1 and all(w in WAY_WORDS for w in words)


def _has_letters(text: str, n: int) -> bool:
    """Whether ``text`` has at least ``n`` letters (stops at the n-th: a turn's hot path)."""
    seen = 0
    for c in text:
        if c.isalpha():
            seen += 1
            if seen >= n:
                return True
    return False


def _classify(text: str, *, prefilter: bool = True) -> Assessment:
    """The verdict; ``prefilter=False`` runs every rule over the whole text, searching each
    regex at every character (the reference the tests compare to)."""
    variants = text_variants(text)
    return _verdict(variants, _rule_hits(variants, prefilter))


def _verdict(variants: list[str], hits: list[Hit]) -> Assessment:
    """The verdict from the rules' ``hits`` on ``variants``, with the learned second signal."""
    level, category = _rules_verdict(hits)
    reasons = [h.reason for h in hits]
    # A rule that recognised the message and weakened itself (negated, fiction, idiom, accident,
    # past, unconfirmed) knows more than the model: the model does not overrule it.
    weakened = any(h.reason != h.rule.id for h in hits)
    if (
        USE_MODEL
        and level is not Level.CRISIS
        and not weakened
        and _has_letters(variants[0], MODEL_MIN_LETTERS)
        and not _pronoun_command(variants[0])
        and not _ways_only(variants[0])
        and not lookalikes.stays_asleep(variants[-1])  # a baby hoped to stay asleep (round 24)
        and not signing_off(variants[0])  # "right im off . night all" (play corpus 25)
        and not _ON_AND_OFF.match(variants[0])  # "turn it off n on again" (play corpus 25)
        and not paced_by_breath(variants[-1])  # "wind the clockwork on the out-breath" (round 31)
        and not task_offered(variants[-1])  # "what do i need to do? tell me and i'll do it" (31)
        and not kept_for_someone(variants[-1])  # "im gonna keep this for my nan" (round 31b)
        and not introduces_oneself(variants[-1])  # "im mia, im a nursing student" (round 31b)
    ):
        said, scores, home = _model_level(variants[0])
        if USE_WINDOWS and len(variants[0].split(" ")) > MODEL_CRISIS_MAX_WORDS:
            for window in sentence_windows(variants[0]):
                if WINDOW_FIRST_PERSON and not speaks_of_self(window):
                    continue  # narration or someone else's words: the speaker is not in it
                w_said, w_scores, w_home = _model_level(window)
                if w_said is not Level.CRISIS or said is Level.CRISIS:
                    continue  # a window's concern adds nothing: long talk flagged at random
                if w_scores.crisis < MODEL_WINDOW_CRISIS_AT:
                    w_said = Level.CONCERN  # a crisis read in one sentence: a check-in asks
                if LEVEL_RANK[w_said] > LEVEL_RANK[said]:
                    said, scores, home = w_said, w_scores, w_home
        if LEVEL_RANK[said] > LEVEL_RANK[level]:
            level, category = said, scores.category
            reasons.append(
                HOME + _model_reason(Level.CRISIS, scores) if home else _model_reason(said, scores)
            )
    return Assessment(level, category, tuple(reasons))


def _model_level(text: str) -> tuple[Level, learned.Scores, bool]:
    """The learned model's level on normalised ``text`` after its limits and guards, its scores,
    and whether a crisis was lowered as a leave-taking to someone living (``HOME``)."""
    model = learned.load()
    scores = model.score(text)
    words = len(text.split(" "))
    long = words > MODEL_CRISIS_MAX_WORDS
    flag_at = max(model.flag_at, MODEL_LONG_FLAG_AT) if long else model.flag_at
    said = scores.level(flag_at, model.crisis_at)
    if said is Level.CRISIS and words < MODEL_CRISIS_MIN_WORDS:
        said = Level.CONCERN  # "tonight" alone: too little to hold a story on
    elif said is Level.CRISIS and long:  # long prose: concern at most, on a high score
        said = Level.CONCERN if max(scores.flag, scores.crisis) >= flag_at else Level.NONE
    elif said is Level.CRISIS and scores.flag < flag_at:
        # The crisis head alone: since round 26 it is trained on far more than the flag
        # head (docs/safety.md), and a crisis the flag head does not flag is a concern
        # ("Tock. And tock ... Slow enough to breathe to", "my cat is on the roof again").
        said = Level.CONCERN
    home = said is Level.CRISIS and going_home(text)
    if home:  # a leave-taking to someone living, no word of risk: a check-in at most
        said = Level.CONCERN
    elif said is Level.CRISIS and (idiom := lookalikes.threat_idiom(text)) is not None:
        said = idiom  # "my gran will skin me alive if i miss sunday lunch" (round 17)
    elif said is Level.CRISIS and lookalikes.ordinary(text) is not None:
        said = Level.CONCERN  # a cooking cut, ice on the road, a climbing rope (round 21b)
    elif said is Level.CRISIS and homesick(text):
        said = Level.CONCERN  # missing family far away: dis.isolation (play corpus 19)
    elif said is Level.CRISIS and overnight(text):
        said = Level.CONCERN  # "i'll sleep up here in the net loft tonight" (round 22c)
    elif said is Level.CRISIS and self_critical_only(text):
        said = Level.CONCERN  # "i'm always telling myself im not good enough" (round 26)
    elif said is Level.CRISIS and proud_only(text):
        said = Level.CONCERN  # "i think declan would be proud of me tonight" (newcomer 32)
    return said, scores, home


#: Sentence ends in normalised text (a question mark is normalised to a full stop).
_SENTENCE_END = frozenset([".", "!", ";"])


def sentence_windows(normalised: str) -> list[str]:
    """The sentences of a long normalised message, each alone and each with the next when the
    two are at most ``MODEL_CRISIS_MAX_WORDS`` words; a sentence longer than that is cut in
    overlapping windows of that many words (round 32: the model reads a long message's
    sentences as it reads short messages, so the one sentence that matters is not averaged
    away)."""
    sentences: list[list[str]] = [[]]
    for token in normalised.split(" "):
        if token in _SENTENCE_END:
            if sentences[-1]:
                sentences.append([])
        elif token != ",":  # noqa: S105 (a comma, not a password)
            sentences[-1].append(token)
    return windows_of([s for s in sentences if s])


def windows_of(sentences: Sequence[Sequence[str]]) -> list[str]:
    """Windows over ``sentences`` (each a list of words): each sentence alone and with the next
    when the two are at most ``MODEL_CRISIS_MAX_WORDS`` words, a longer sentence cut in
    windows of that many words overlapping by half; words joined by spaces. Shared by the
    model's windows (:func:`sentence_windows`) and the contextual vote's
    (``contextual.windows``, round 33)."""
    size = MODEL_CRISIS_MAX_WORDS
    windows: list[str] = []
    for i, sentence in enumerate(sentences):
        if len(sentence) <= size:
            windows.append(" ".join(sentence))
        else:
            step = size // 2
            for at in range(0, len(sentence) - step, step):
                windows.append(" ".join(sentence[at : at + size]))
        if i + 1 < len(sentences) and len(sentence) + len(sentences[i + 1]) <= size:
            windows.append(" ".join([*sentence, *sentences[i + 1]]))
    return windows


def speaks_of_self(normalised: str) -> bool:
    """Whether the speaker is in ``normalised`` text (a first-person word in one of the six
    languages): a long message's windows without one are narration or someone else's words."""
    return _FIRST_PERSON.search(normalised) is not None


def explain(text: str) -> dict[str, Any]:
    """What decided a verdict: the normalised text, every rule that fired (with its level after
    weakening), the model's scores against its thresholds, and the verdict itself."""
    coerced = coerce(text)
    variants = text_variants(coerced)
    hits = _rule_hits(variants, True)
    model = learned.load()
    scores = model.score(variants[0]) if variants and variants[0] else learned.Scores(0, 0, None)
    return {
        "normalised": variants,
        "rules": [{"rule": h.rule.id, "reason": h.reason, "level": h.level.value} for h in hits],
        "model": {
            "version": model.version,
            "flag": round(scores.flag, 3),
            "flag_at": model.flag_at,
            "crisis": round(scores.crisis, 3),
            "crisis_at": model.crisis_at,
            "category": None if scores.category is None else scores.category.value,
            "consulted": USE_MODEL and not any(h.reason != h.rule.id for h in hits),
        },
        "verdict": classify(coerced).to_dict(),
    }


def classify(text: str) -> Assessment:
    """Screen one player message. Never raises.

    Should the screen itself fail on some input (a bug), the answer is ``concern`` with the
    reason ``error:internal``, so that a person looks rather than the message passing unseen.
    """
    try:
        return _classify(coerce(text))
    except Exception:  # the screen must never take the game down
        return Assessment(Level.CONCERN, Category.DISTRESS, ("error:internal",))


def classify_if_rules(text: str) -> Assessment | None:
    """:func:`classify`'s verdict when a rule fires on ``text``, else None without consulting
    the learned model: for a screen that only acts on a verdict a rule took part in (every
    reason the model or an error gives has a ``:``), as ``conversation`` does on joined
    messages. Never raises (None on an internal error, whose reason would not count)."""
    try:
        variants = text_variants(coerce(text))
        hits = _rule_hits(variants, True)
        return _verdict(variants, hits) if hits else None
    except Exception:  # the screen must never take the game down
        return None


def benchmark(texts: Iterable[str]) -> dict[str, float]:
    """Time ``classify`` on each text: count and p50 / p95 / max / mean in microseconds."""
    items = list(texts)
    if not items:
        return {"count": 0.0, "p50_us": 0.0, "p95_us": 0.0, "max_us": 0.0, "mean_us": 0.0}
    classify(items[0])  # warm up
    timings: list[float] = []
    for text in items:
        start = time.perf_counter_ns()
        classify(text)
        timings.append((time.perf_counter_ns() - start) / 1000.0)
    timings.sort()

    def pct(p: float) -> float:
        return timings[min(len(timings) - 1, max(0, round(p * len(timings) + 0.5) - 1))]

    return {
        "count": float(len(timings)),
        "p50_us": round(pct(0.50), 1),
        "p95_us": round(pct(0.95), 1),
        "max_us": round(timings[-1], 1),
        "mean_us": round(sum(timings) / len(timings), 1),
    }


def _line_problem(number: int, line: str) -> tuple[str | None, str | None]:
    """(text, None) for a good line, (None, problem) for a malformed one."""
    stripped = line.strip()
    if not stripped:
        return None, f'line {number}: empty line (expected a JSON object with a "text" field)'
    try:
        value = json.loads(stripped)
    except json.JSONDecodeError as exc:
        return None, f"line {number}: not valid JSON ({exc.msg} at column {exc.colno})"
    except RecursionError:
        return None, f"line {number}: not valid JSON (nested too deeply)"
    if not isinstance(value, dict):
        kind = type(value).__name__.replace("NoneType", "null")
        return None, f'line {number}: expected a JSON object with a "text" field, got {kind}'
    if "text" not in value:
        return None, f'line {number}: the object has no "text" field'
    text = value["text"]
    if not isinstance(text, str):
        kind = type(text).__name__.replace("NoneType", "null")
        return None, f'line {number}: "text" must be a string, got {kind}'
    return text, None


def classify_jsonl(lines: Iterable[str]) -> Iterator[str]:
    """Classify JSON lines ``{"text": ...}``; yield one JSON line per input line.

    A good line gives ``{"level", "category", "reasons"}``; a malformed one gives
    ``{"error": "line N: <problem>"}`` (N counts from 1) and the stream goes on, so that output
    line N always answers input line N.
    """
    for number, line in enumerate(lines, start=1):
        text, problem = _line_problem(number, line)
        if problem is not None or text is None:
            yield json.dumps({"error": problem}, ensure_ascii=False)
            continue
        yield json.dumps(classify(text).to_dict(), ensure_ascii=False)
