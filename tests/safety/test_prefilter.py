"""The player screen's prefilter: it skips only rules that cannot match, so no verdict changes.

``classify`` runs a rule only when one of the trigger words derived from the rule's own regex
(``tta_server.safety.triggers``) is among the message's tokens. These tests check that this
never changes a verdict: on every example the safety tests know, on long messages built from
them, and on random text; that no rule with a match is ever skipped, also on strings generated
from each rule's own regex; and that a rule from which no trigger word can be derived is refused
when the screen is imported.
"""

from __future__ import annotations

import ast
import dataclasses
import json
import random
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from re import _parser as sre
from typing import Any

import pytest

from tta_server.admin.safety import BENCH_SAMPLE, LONG_PLAY
from tta_server.admin.safety import _long_messages as _bench_long_messages
from tta_server.safety import analysis, classifier, normalisation, rules
from tta_server.safety.lang import RULES
from tta_server.safety.triggers import (
    NoTriggers,
    TriggerIndex,
    Triggers,
    derive_starts,
    derive_triggers,
)
from tta_server.safety.triggers import regular as triggers_regular

HERE = Path(__file__).resolve().parent


def _corpus() -> list[str]:
    """Every message the safety tests use: the labelled sets, and every string in the tests."""
    texts: list[str] = []
    for name in ("eval_set.jsonl", "eval_holdout.jsonl"):
        for line in (HERE / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    for path in sorted(HERE.glob("test_*.py")):  # named examples, odd inputs, narrations
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                texts.append(node.value)
    texts.extend(rule.example for rule in RULES)
    texts.extend(BENCH_SAMPLE)
    return list(dict.fromkeys(texts))


CORPUS = _corpus()


def _long_messages() -> list[str]:
    """2,000-character messages made of corpus examples, so that rules meet far apart."""
    rng = random.Random(7)
    shuffled = [t for t in CORPUS if t.strip()]
    out = []
    for _ in range(20):
        rng.shuffle(shuffled)
        out.append(". ".join(shuffled)[:2000])
    prose = ("I feel fine and I go north. " * 30)[:700]  # past SPAN_CHARS: the span path
    for example in (rule.example for rule in RULES):
        out.append(prose[: 700 - len(example) - 1] + " " + example)
    return out


def _random_messages() -> list[str]:
    rng = random.Random(20240611)
    pool = [chr(i) for i in range(0x2FFF)] + ["😂", "💀", "\u200b", "\n", "'", " ", " "] * 40
    words = ["kill", "myself", "die", "want", "to", "not", "i", "my", "dad", "sh", "od", "."]
    out = []
    for _ in range(100):
        out.append("".join(rng.choice(pool) for _ in range(2000)))
        out.append(" ".join(rng.choice(words) for _ in range(400))[:2000])
    return out


#: One message for each substitution that normalisation skips when it cannot match.
REWRITES = [
    "i want to die 😂😂 lol",
    "i want to\r\ndie\u2028now",
    "i want\x00 to\x1b die\u200b",
    "every1 hates me and no1 cares",
    "i will k1ll my$elf, su1c1de, d13",
    "i want to k!ll myself, k|ll",
    "my s/h urges, s / h",
    "i will o.d. tonight",
    "i od'd last night",
    "i'll do it, you'll see",
    "i'd rather die, they'd not care",
    "i can't, won't, ain't, don't, isn't",
    "i shan't go on",
    "i'm done, you're right, we've lost",
    "i want to die... i really do\u2026",
    "i hurt my self",
    "i want to un alive myself",
    "sewer slide",
    "i do not want to live any more",
    "i want too dye, i need too go",
    "i want to dye my hair and to dye for real",
]


def _verdicts(text: str) -> tuple[Any, Any]:
    coerced = normalisation.coerce(text)
    return (
        classifier._classify(coerced, prefilter=True),
        classifier._classify(coerced, prefilter=False),
    )


def test_the_corpus_is_the_whole_safety_test_set() -> None:
    assert len(CORPUS) > 700
    assert "I want to kill myself" in CORPUS and "stab the orc" in CORPUS


@pytest.mark.timeout(600)  # "long": ~1,000 long messages screened twice, 60 s; over 120 s at load 4
@pytest.mark.parametrize(
    "texts",
    [CORPUS, _long_messages(), _random_messages()],
    ids=["corpus", "long", "random"],
)
def test_the_prefilter_changes_no_verdict(texts: list[str]) -> None:
    """Same verdict with and without the prefilter. Over ``SPAN_CHARS`` the prefiltered screen
    runs a rule only on the sentences around its trigger words: there the level and category
    must be the same, while the reasons may differ (a span can show a rule's plainer reading of
    a later occurrence, where the whole message shows only its first)."""
    differing = []
    for t in texts:
        windowed, whole = _verdicts(t)
        if len(normalisation.normalise(t)) > analysis.SPAN_CHARS:
            windowed, whole = (windowed.level, windowed.category), (whole.level, whole.category)
        if windowed != whole:
            differing.append((t, windowed, whole))
    assert not differing, differing[:3]


def test_skipping_substitutions_that_cannot_match_changes_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Normalisation skips a rewrite when the text lacks what every match needs; never more."""
    texts = [*REWRITES, *CORPUS, *_long_messages(), *_random_messages()]

    def run() -> list[tuple[list[str], Any]]:
        coerced = [normalisation.coerce(t) for t in texts]
        return [(normalisation.text_variants(t), classifier._classify(t)) for t in coerced]

    skipping = run()
    monkeypatch.setattr(normalisation, "_SKIP_IMPOSSIBLE", False)
    assert run() == skipping
    for text in REWRITES:  # each of them is rewritten by something that could be skipped
        assert normalisation.normalise(text) != " ".join(text.split()), text


def test_a_phrase_rewrite_can_bring_in_the_next_ones_word(monkeypatch: pytest.MonkeyPatch) -> None:
    phrases = ((re.compile(r"\bun alive\b"), "unalive"), (re.compile(r"\bunalive\b"), "kill"))
    triggers = tuple(derive_triggers(r, at_word_start=False) for r, _ in phrases)
    monkeypatch.setattr(normalisation, "_PHRASES", phrases)
    monkeypatch.setattr(normalisation, "_PHRASE_TRIGGERS", triggers)
    assert triggers[1] == Triggers(frozenset({"unalive"}))
    assert (
        normalisation._rephrase(["i", "want", "to", "un", "alive", "myself"])
        == "i want to kill myself"
    )


def _matches_at_a_word(regex: re.Pattern[str], text: str) -> bool:
    """A match at the start of a word: the matches ``_apply`` looks at."""
    for match in regex.finditer(text):
        begin = match.start()
        if not begin or text[begin - 1] == " " or not text[begin].isalnum():
            return True
    return False


def _matching_rules(text: str) -> list[int]:
    """The rules with a match at the start of a word, in table order."""
    return [i for i, c in enumerate(rules.RULES) if _matches_at_a_word(c.regex, text)]


@pytest.mark.timeout(600)  # every rule on every corpus message: 60-90 s, over 300 s at load 8
def test_no_rule_with_a_match_is_skipped() -> None:
    """Stronger than equal verdicts: a rule that only nearly fired is still selected."""
    matched = 0
    for text in [*CORPUS, *_long_messages()]:
        for variant in normalisation.text_variants(normalisation.coerce(text)):
            selected = set(rules.TRIGGERS.select(variant.split(" ")))
            missed = [rules.RULES[i].rule.id for i in _matching_rules(variant) if i not in selected]
            assert not missed, (variant, missed)
            matched += bool(_matching_rules(variant))
    assert matched > 400


# --------------------------------------------------------------------------------------------
# Strings generated from each rule's own regex
# --------------------------------------------------------------------------------------------

_CONTEXT = ["i", "my", "the", "so", "and", "really", "not", "dad", "game", "tonight", ".", ","]
_LETTERS = "abcdeilmnorst"


def _sample(nodes: Any, rng: random.Random) -> str:
    """A random string shaped by a parsed regex (lookbehinds written out, lookaheads skipped)."""
    out: list[str] = []
    for op, av in nodes:
        if op is sre.LITERAL:
            out.append(chr(av))
        elif op is sre.NOT_LITERAL or op is sre.ANY:
            out.append(rng.choice(_LETTERS + "  "))
        elif op is sre.IN:
            out.append(_sample_set(av, rng))
        elif op is sre.BRANCH:
            out.append(_sample(rng.choice(av[1]).data, rng))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, high, body = av
            count = rng.randint(low, min(high, low + 3))
            out.extend(_sample(body.data, rng) for _ in range(count))
        elif op is sre.SUBPATTERN:
            out.append(_sample(av[3].data, rng))
        elif op is sre.ASSERT and av[0] == -1:  # a lookbehind: what it wants stands before
            out.append(_sample(av[1].data, rng))
    return "".join(out)


def _sample_set(items: list[tuple[Any, Any]], rng: random.Random) -> str:
    if items and items[0][0] is sre.NEGATE:
        excluded = {chr(av) for op, av in items if op is sre.LITERAL}
        return rng.choice([c for c in _LETTERS + " " if c not in excluded])
    op, av = rng.choice(items)
    if op is sre.LITERAL:
        return chr(av)
    if op is sre.RANGE:
        return chr(rng.randint(av[0], av[1]))
    if av in (sre.CATEGORY_SPACE, sre.CATEGORY_NOT_WORD):
        return " "
    if av is sre.CATEGORY_DIGIT:
        return rng.choice("0123456789")
    return rng.choice(_LETTERS)


_NORMALISED = re.compile(r"(?:\w+|[.,])(?: (?:\w+|[.,]))*")


def _generated(rng: random.Random, regex: re.Pattern[str]) -> Iterator[str]:
    tree = sre.parse(regex.pattern)
    for _ in range(400):
        before = " ".join(rng.choice(_CONTEXT) for _ in range(rng.randint(0, 3)))
        after = " ".join(rng.choice(_CONTEXT) for _ in range(rng.randint(0, 2)))
        text = " ".join(p for p in (before, _sample(tree.data, rng), after) if p)
        if _NORMALISED.fullmatch(text):  # shaped like normalised text (what the rules see)
            yield text


@pytest.mark.parametrize("position", range(len(rules.RULES)), ids=[r.id for r in RULES])
def test_strings_made_from_a_rule_select_it(position: int) -> None:
    compiled = rules.RULES[position]
    rng = random.Random(position)
    hits = 0
    for text in _generated(rng, compiled.regex):
        if _matches_at_a_word(compiled.regex, text):
            hits += 1
            assert position in rules.TRIGGERS.select(text.split(" ")), text
        if compiled.starts is not None:
            assert _token_spans(compiled.regex, compiled.starts, text) == _search_spans(
                compiled.regex, text
            ), text
    assert hits >= 5, f"only {hits} generated strings matched {compiled.rule.id}"


#: Shapes the rule table does not (yet) use, each with a long optional or negated word that a
#: careless derivation would take for a trigger.
TRICKY = [
    r"\b(?:(?:a|b|c|d|e|f)(?:g|h|i|j|k|l) extraordinarily (?:m|n|o) )?(?:sad|low)\b",
    r"\b(?:(?:extraordinarily|unbelievably) \w+ )*(?:sad|low)\b",
    r"\b(?:(?:extraordinarily|unbelievably) \w+ ){0,7}(?:sad|low)\b",
    r"\b(?:sad|low)\b(?! extraordinarily)",
    r"\b(?:(?:a|b|c|d|e|f)(?:g|h|i|j|k|l) extraordinarily|sad|low)\b",
    r"\b(?:sad|low)(?: \w+)?",
    r"(?:(?<=\bextraordinarily )|(?<=\bunbelievably ))(?:sad|low)\b",
    r"\bi (?:\w+ ){0,2}(?:sad|low)(?: (?:extraordinarily|unbelievably)){0,2}\b",
]


@pytest.mark.parametrize("pattern", TRICKY)
def test_strings_made_from_tricky_shapes_select_them(pattern: str) -> None:
    regex = rules.compile_rule(pattern)
    index = TriggerIndex([derive_triggers(regex)])
    starts = derive_starts(regex)
    rng = random.Random(pattern)
    hits = 0
    for text in _generated(rng, regex):
        if _matches_at_a_word(regex, text):
            hits += 1
            assert index.select(text.split(" ")) == [0], (text, derive_triggers(regex))
        if starts is not None:
            assert _token_spans(regex, starts, text) == _search_spans(regex, text), text
    assert hits >= 20


# --------------------------------------------------------------------------------------------
# Trying a rule only at the tokens its matches can start with
# --------------------------------------------------------------------------------------------


def _search_spans(
    regex: re.Pattern[str], text: str, spans: list[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    return [m.span() for m in analysis._word_start_matches(regex, text, spans)]


def _token_spans(
    regex: re.Pattern[str],
    starts: frozenset[str],
    text: str,
    spans: list[tuple[int, int]] | None = None,
    *,
    check_candidates: bool = True,
) -> list[tuple[int, int]]:
    doc = analysis.Doc.build(text)
    assert doc.regular, text
    whole = [(0, len(text))] if spans is None else spans
    stems = tuple(sorted(s for s in starts if " " not in s))
    following: dict[str, list[str]] = {}
    for pair in sorted(s for s in starts if " " in s):
        following.setdefault(pair.split(" ")[0], []).append(pair.split(" ")[1])
    pairs = tuple((w, tuple(s)) for w, s in following.items())
    if set(stems) <= rules.STEMS:  # a rule's: the doc's own look-up
        begins = doc.candidates(stems, pairs)
        if check_candidates:
            assert begins == [
                doc.starts[i] for i in range(len(doc.tokens)) if _starts_here(starts, doc, i)
            ]
    else:
        begins = [doc.starts[i] for i in range(len(doc.tokens)) if _starts_here(starts, doc, i)]
    found = analysis._matches_at_tokens(regex, text, whole, begins)
    return [m.span() for m in found]


def _starts_here(starts: frozenset[str], doc: Any, i: int) -> bool:
    """Whether token ``i`` is where a match with these ``starts`` could begin."""
    for item in starts:
        word, _, stem = item.partition(" ")
        if not stem and doc.tokens[i].startswith(word):
            return True
        following = doc.tokens[i + 1 : i + 2]
        if stem and doc.tokens[i] == word and following and following[0].startswith(stem):
            return True
    return False


def test_most_rules_show_what_their_matches_start_with() -> None:
    shown = [c for c in rules.RULES if c.starts is not None]
    assert len(shown) > 0.9 * len(rules.RULES)
    assert all(c.starts for c in shown)


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [
        (r"\b(?:kill|killing) myself\b", {"kill myself", "killing myself"}),
        (r"\bkill(?:ing)?\b", {"kill"}),
        (r"(?:i )?(?:want|need) to die", {"i want", "i need", "want to", "need to"}),
        (r"(?:i|we) (?:\w+ )?hate", {"i", "we"}),
        (r"(?:i (?:want|wanna)|i) die", {"i want", "i wanna", "i die"}),
        (
            r"(?<!making me )\b(?:losing|lost) my mind\b|mak\w+ fun of me",
            {"losing my", "lost my", "mak"},
        ),
        (r"(?:nobody|no one|noone) cares", {"nobody cares", "no one", "noone cares"}),
        (r"[sz]ad\b", {"s", "z"}),
        (r"(?:^|(?<=\. ))(?:mum|dad) died", {"mum died", "dad died"}),
        (r"\. nicht mit ihr", {"."}),
        (r"\w+ing myself", None),  # could start with any word
        (r"(?:really )?", None),  # could match nothing
        (r" myself", None),  # starts at a space
        (r"(?:\w+ )?hurt", None),
        (r"(?i:kill) myself", None),
        (r"[^ ]ill", None),
    ],
)
def test_derive_starts(pattern: str, starts: set[str] | None) -> None:
    derived = derive_starts(re.compile(pattern))
    assert derived == (None if starts is None else frozenset(starts))


@pytest.mark.parametrize(
    ("text", "regular"),
    [
        ("i want to die . really , yes", True),
        ("", True),
        ("ich will sterben 2 mal", True),
        ("i want  to die", False),
        (" i want", False),
        ("i want ", False),
        ("i want to.die", False),
        ("i want, to die", False),
        ("i want to_die", False),
        ("i want to die!", False),
        ("i want\tto die", False),
    ],
)
def test_regular_text(text: str, regular: bool) -> None:
    assert triggers_regular(text, text.split(" ") if text else []) is regular


def _span_cases() -> Iterator[str]:
    for text in [*CORPUS, *_long_messages(), *_random_messages()[1:40:2]]:
        yield from normalisation.text_variants(normalisation.coerce(text))


# Every located rule searched two ways over ~3,800 texts (the corpus, 860 long messages, noise):
# 40-60 s alone, and it passed pytest-timeout's 120 s on a machine shared by five (round 11).
# The limit is the one its neighbour above has; a sample would check fewer rules' starts.
@pytest.mark.timeout(300)
def test_trying_rules_at_their_start_tokens_finds_what_a_search_finds() -> None:
    """``_matches_at_tokens`` yields what ``_word_start_matches`` yields, over the whole text
    and over the sentence spans a long message is screened in, for every rule that could
    match (and for a sample of those that cannot); the tokens it is given are checked against
    the rule's ``starts`` on the short texts."""
    compared = 0
    for text in _span_cases():
        doc = analysis.Doc.build(text)
        if not doc.regular:
            continue
        located = rules.TRIGGERS.locate(doc.tokens)
        sample = set(range(len(text) % 7, len(rules.RULES), 60))
        for i in sorted(set(located) | sample):
            compiled = rules.RULES[i]
            if compiled.starts is None:
                continue
            cases = [None]
            if i in located and len(text) > analysis.SPAN_CHARS:
                cases = [doc.sentence_spans(located[i])]
            for spans in cases:
                expected = _search_spans(compiled.regex, text, spans)
                got = _token_spans(
                    compiled.regex,
                    compiled.starts,
                    text,
                    spans,
                    check_candidates=len(text) <= analysis.SPAN_CHARS,
                )
                assert got == expected, (compiled.rule.id, text, spans)
                compared += bool(expected)
    assert compared > 1000


@pytest.mark.parametrize("kind", ["play", "every sentence a risk"])
def test_a_long_message_tries_its_rules_at_few_places(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """How much work the bench's 2,000-character messages cost, counted rather than timed
    (the times are the bench's to print: ``tta-admin safety classify --bench``): the rules are
    tried with ``regex.match`` at a few hundred tokens per message, where a search would start
    at every character of their spans (some 40,000 and 73,000 positions per message)."""
    tries = 0
    positions = 0

    class Counting:
        def __init__(self, regex: re.Pattern[str]) -> None:
            self.regex = regex

        def match(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
            nonlocal tries
            tries += 1
            return self.regex.match(text, pos, endpos)

    def counted(regex: Any, text: str, spans: list[tuple[int, int]], begins: list[int]) -> Any:
        nonlocal positions
        positions += sum(hi - lo for lo, hi in spans)
        return matches_at_tokens(Counting(regex), text, spans, begins)

    matches_at_tokens = analysis._matches_at_tokens
    monkeypatch.setattr(analysis, "_matches_at_tokens", counted)
    sentences = LONG_PLAY if kind == "play" else tuple(t for t in BENCH_SAMPLE if len(t) < 300)
    messages = _bench_long_messages(sentences)
    for message in messages:
        classifier.classify(message)
    assert tries / len(messages) < 600
    assert tries * 50 < positions


def test_importing_the_screen_derives_and_compiles_no_rule() -> None:
    """Start-up work, counted rather than timed: importing the screen reads the shipped
    derivations (no warning that they are stale) and compiles no rule's regex."""
    script = (
        "import logging\n"
        "logging.basicConfig(level=logging.WARNING)\n"
        "from tta_server.safety import classifier\n"
        "from tta_server.safety import rules\n"
        "print(sum(c._regex is not None for c in rules.RULES))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0"
    assert "stale" not in done.stderr


def test_markers_looked_for_at_tokens_are_found_as_a_search_finds_them() -> None:
    """``_Doc.has`` (a marker tried at the tokens its matches start with) answers what a search
    of the same range answers: fiction markers in each sentence, present markers anywhere."""
    assert rules.FICTION.stems and rules.PRESENT.stems  # derivable: in use
    found = 0
    for text in _span_cases():
        doc = analysis.Doc.build(text)
        ranges = [doc.sentence(first)[:2] for first, _ in doc._sentence_tokens if doc.tokens]
        for marker, spans in (
            (rules.FICTION, ranges),
            (rules.PRESENT, [(0, len(text))]),
        ):
            for start, end in spans:
                expected = marker.search(text, start, end) is not None
                assert doc.has(marker, start, end) is expected, (marker.pattern[:30], text)
                found += expected
    assert found > 300


def test_locating_by_distinct_tokens_is_locating_by_tokens() -> None:
    for text in _span_cases():
        doc = analysis.Doc.build(text)
        assert rules.TRIGGERS.locate_tokens(doc.positions) == rules.TRIGGERS.locate(doc.tokens)


# --------------------------------------------------------------------------------------------
# Derivation: what is derived, and what is refused
# --------------------------------------------------------------------------------------------


def _derive(pattern: str) -> Triggers:
    return derive_triggers(rules.compile_rule(pattern))


def test_whole_words_and_stems_are_read_off_the_regex() -> None:
    assert _derive(r"\b(?:kill|killing) myself\b") == Triggers(frozenset({"myself"}))
    assert _derive(r"\bsuicid\w*") == Triggers(frozenset(), frozenset({"suicid"}))
    assert _derive(r"\bi am so (?:sad|low)\b").words <= {"sad", "low", "so", "am", "i"}
    # the match start is a word start; words after a wildcard start at a space
    assert _derive(r"\bhow (?:\w+ ){0,3}die\b") == Triggers(frozenset({"die"}))
    # a lookahead is not relied on: its words are not triggers
    assert "tonight" not in _derive(r"\bjump\b(?= tonight)").words


@pytest.mark.parametrize(
    "pattern",
    [r"\w+", r".*", r"(?:\w+ ){0,2}\w+ing\b", r"\b\w+ (?:now)?", r"(?:kill)?\w*", r"[a-z]+"],
)
def test_a_regex_without_a_trigger_word_is_refused(pattern: str) -> None:
    with pytest.raises(NoTriggers, match="no trigger word"):
        derive_triggers(re.compile(pattern), "test.rule")


@pytest.mark.parametrize("flags", [re.IGNORECASE, re.ASCII])
def test_flags_that_change_what_a_letter_is_are_refused(flags: re.RegexFlag) -> None:
    with pytest.raises(NoTriggers, match="not supported"):
        derive_triggers(re.compile(r"\bkill myself\b", flags))


def test_a_rule_without_a_trigger_word_stops_the_screen_from_loading() -> None:
    """A rule added to the table that the prefilter cannot see fails loudly, at import."""
    script = (
        "import dataclasses, importlib\n"
        "from tta_server.safety import lang, rules\n"
        "bad = dataclasses.replace(lang.RULES[0], id='suicide.no_words', pattern=r'\\b\\w+ing')\n"
        "lang.RULES = (*lang.RULES, bad)\n"
        "importlib.reload(rules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode != 0
    assert "NoTriggers: rule suicide.no_words: no trigger word" in done.stderr


def test_the_shipped_derivations_are_those_of_the_present_tables() -> None:
    """``derived.json`` holds each rule's triggers and starts so that the screen need not read
    them off ~600 regexes at every import; it must be what the present rule table gives.
    After changing a rule (or ``triggers``), run ``scripts/build_safety_derived.py``."""
    path = Path(rules.__file__).resolve().parent / rules.DERIVED_FILE
    shipped = json.loads(path.read_text(encoding="utf-8"))
    hint = "tta_server/safety/derived.json is stale: run scripts/build_safety_derived.py"
    assert shipped["key"] == rules.derivation_key(), hint
    assert shipped == rules.derive_tables(), hint
    loaded = [(c.starts, c.rule.id) for c in rules.RULES]
    assert loaded == [
        (None if r["starts"] is None else frozenset(r["starts"]), r["id"]) for r in shipped["rules"]
    ]


def test_a_changed_rule_changes_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    from tta_server.safety import lang

    key = rules.derivation_key()
    first = lang.RULES[0]
    changed = dataclasses.replace(first, pattern=first.pattern + "|\\bextraordinarily sad\\b")
    monkeypatch.setattr(lang, "RULES", (changed, *lang.RULES[1:]))
    assert rules.derivation_key() != key


def test_the_index_selects_by_word_and_by_stem() -> None:
    index = TriggerIndex(
        [
            Triggers(frozenset({"myself"})),
            Triggers(frozenset(), frozenset({"suicid"})),
            Triggers(frozenset({"die"}), frozenset({"dead"})),
        ]
    )
    assert index.select(["i", "want", "to", "kill", "myself"]) == [0]
    assert index.select(["feeling", "suicidal"]) == [1]
    assert index.select(["deadly", "dull", ",", "i", "could", "die"]) == [2]
    assert index.select(["i", "feel", "fine", "and", "i", "go", "north"]) == []
    nested = TriggerIndex(
        [Triggers(frozenset(), frozenset({"care"})), Triggers(frozenset(), frozenset({"cares"}))]
    )
    assert nested.select(["caresses"]) == [0, 1]
    assert nested.select(["careful"]) == [0]
    assert nested.select(["car"]) == []
    with pytest.raises(NoTriggers):
        TriggerIndex([Triggers(frozenset())])


FILLER = (
    "I walk along the shore and look at the lighthouse. The keeper tells me about the boats. "
    "Take the lantern and go north. I sit by the fire for a while. "
)


@pytest.mark.timeout(600)  # every rule twice on a long text: 60-75 s at load 6, over 120 s at 8
@pytest.mark.parametrize("position", ["start", "middle", "end"])
def test_a_long_message_screened_in_spans_gets_the_whole_message_verdict(position: str) -> None:
    """Over SPAN_CHARS the prefiltered screen runs each rule only on the sentences around its
    trigger words; the verdict must be the one the whole message gets from every rule."""
    wrong = []
    for rule in RULES:
        before = FILLER * {"start": 0, "middle": 4, "end": 8}[position]
        after = FILLER * {"start": 8, "middle": 4, "end": 0}[position]
        text = f"{before}{rule.example}. {after}"
        windowed = classifier._classify(text, prefilter=True)
        whole = classifier._classify(text, prefilter=False)
        if (windowed.level, windowed.category) != (whole.level, whole.category):
            wrong.append((rule.id, windowed.level.value, whole.level.value))
    assert not wrong
