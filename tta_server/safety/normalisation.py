"""Normalisation: the text the rules and the learned model see (``classifier`` step 1).

NFKC, case-fold, look-alike letters folded to ASCII (:func:`fold_letters`), letters split by
symbols rejoined (:func:`join_split_letters`), accents stripped, quotes straightened, control
and zero-width characters dropped, laughing emoji read as "lol", leetspeak inside words mapped,
contractions and chat spellings expanded, punctuation split into clause (``,``) and sentence
(``.``) tokens. Letters repeated three or more times give two variants
(:func:`text_variants`); :func:`normalise` is the first, for tests and debugging. A rewrite
is skipped when the text lacks what all its matches need (``_SKIP_IMPOSSIBLE``; tests turn it
off to prove the skip changes nothing).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from tta_server.safety import lang, rules, spacing
from tta_server.safety import lexicon as lx
from tta_server.safety.confusables import CONFUSABLES
from tta_server.safety.rules import DERIVED, rule_triggers

#: Longer input is screened on its first MAX_CHARS characters (the game caps input far lower).
MAX_CHARS = 10_000

_NEWLINES = re.compile(r"[\r\n\u2028\u2029\x85]+")
_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]"
)
_LAUGH_EMOJI = re.compile("[\U0001f602\U0001f923\U0001f480\U0001f606\U0001f639\u2620]")
_QUOTES = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u02bc": "'",
        "\u2032": "'", "\u00b4": "'", "`": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    }
)  # fmt: skip
_NUMBER_WORDS = re.compile(r"\b(every|some|no|any)1\b")
_LEET_WORD = re.compile(r"\b[a-z][a-z0-9@$]*[0-9@$][a-z0-9@$]*", re.IGNORECASE)
#: A word that starts with a leet digit and has three letters or more ("5u1c1d3", "3nd1ng").
_LEET_LEADING = re.compile(r"\b[0-9@$](?=(?:[0-9@$]*[a-z]){3})[a-z0-9@$]*", re.IGNORECASE)
#: In a message with leetspeak (a word above mapped), also a short word that starts with a leet
#: digit ("3nd", "1ch", "4t", "1f") and a lone "1" before a word ("1 w4nt t0 d13"), round 16;
#: not an ordinal, a time or a quantity ("3rd", "12e", "4th", "5mg", "3h", "2x").
_LEET_SHORT = re.compile(r"\b[0-9@$][a-z0-9@$]*[a-z][a-z0-9@$]*", re.IGNORECASE)
_NOT_LEET = re.compile(
    r"\d*(?:1st|2nd|3rd)|\d+(?:th|e|er|eme|o|a|h|hs|min|k|x|d|s|m|am|pm|km|kg|g|mg|ml|l|cm|mm|p|gb|mb)",
    re.IGNORECASE,
)
_LEET_ONE = re.compile(r"(?<![\w.,])1(?= [a-z])", re.IGNORECASE)
#: Letters split by symbols ("k.i.l.l", "s-u-i-c-i-d-e", "d*i*e", "k. i. l. l"): three or more
#: single letters or digits, each pair separated by the same kind of symbol.
_SPLIT_LETTERS = re.compile(
    r"\b[a-z0-9](?:(?:[.\-_*+~\u00b7\u2022] ?)[a-z0-9]){2,}\b[.\-_*+~\u00b7\u2022]?"
)
_SPLIT_SEPARATORS = re.compile(r"[.\-_*+~\u00b7\u2022 ]")
_LEET_BANG = re.compile(r"(?<=[a-z])[!|](?=[a-z])")
_SLASH_SH = re.compile(r"\bs\s*/\s*h\b")
_OD_FORMS = re.compile(r"\bo\.d\.?(?=\s|$)|\bod'd\b|\bod'ing\b")
_OD_MAP = {"od'd": " overdosed ", "od'ing": " overdosing "}
_WILL = re.compile(r"\b(i|you|he|she|we|they|it|that|there)'ll\b")
_WOULD = re.compile(r"\b(i|you|he|she|we|they)'d\b")
_NEG_CONTRACTIONS = re.compile(r"\b(?:can't|won't|ain't|shan't)\b|n't\b")
_NEG_MAP = {"can't": "can not", "won't": "will not", "ain't": "am not", "shan't": "shall not"}
_AUX_CONTRACTIONS = re.compile(r"'(m|re|ve)\b")
_AUX_MAP = {"m": " am", "re": " are", "ve": " have"}
_REPEATS = re.compile(r"([a-z])\1{2,}")
_ELLIPSIS = re.compile(r"\.{2,}|\u2026")
_SENTENCE_END = re.compile(r"[.!?\u00a1\u00bf]+")
_CLAUSE_PUNCT = re.compile(r"[,;:()\[\]{}\"/\\|]+")
_OTHER_SYMBOLS = re.compile(r"[^\w\s.,]|_")
_PHRASES = tuple((re.compile(src), dst) for src, dst in lx.PHRASE_MAP)
#: A phrase rewrite runs only when its words are there (matches may start anywhere, not only at
#: a word: hence ``at_word_start=False``).
_PHRASE_TRIGGERS = tuple(rule_triggers(item) for item in DERIVED["phrases"])
_LEET_CHAR = re.compile(r"[0-9@$]")
_SPLIT_HINT = re.compile(r"\w[.\-_*+~\u00b7\u2022] ?\w[.\-_*+~\u00b7\u2022]")
BOUNDARIES = frozenset({",", "."})
_GLUED = re.compile(lx.GLUED)
_GLUED_PARTS = re.compile(
    r"im|i|wanted|wanna|want|gonna|going|need|to|die|kill|myself|end|my|"
    r"life|hurt|cut|be|dead|kms|disappear|forever|stop|existing"
)


def fold_letters(text: str) -> str:
    """Look-alike letters to ASCII (Cyrillic "і" -> "i", Greek "ο" -> "o"), accents stripped.

    For text already NFKC-normalised and case-folded (NFKC folds full-width and mathematical
    letters itself); the player screen and the narration screen both use it.
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(CONFUSABLES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


#: Substitutions whose every match needs a character or a word the text lacks are skipped (an
#: ``in`` test or a token lookup instead of a scan of the whole message). The tests turn this
#: off to check that normalised text and verdicts are the same either way.
_SKIP_IMPOSSIBLE = True


def _sub(regex: re.Pattern[str], repl: Any, text: str, possible: bool) -> str:
    """``regex.sub(repl, text)``, unless ``possible`` says that no match can be in ``text``."""
    if not possible and _SKIP_IMPOSSIBLE:
        return text
    return regex.sub(repl, text)


#: A capital I after a small letter stands for an l ("kiII", "fiIe"): a look-alike letter, read
#: before the case is folded (round 12).
_I_AS_L = re.compile(r"(?<=[a-z])I")


def _prenormalise(text: str, short_leet: bool = False) -> str:
    """Steps shared by all variants: characters, case, leetspeak, contractions
    (``short_leet``: :func:`spell_leet`'s short words too)."""
    plain = text.isascii() and text.isprintable()  # no emoji, line break or control character
    text = _sub(_LAUGH_EMOJI, " lol ", text, not plain)
    text = _sub(_NEWLINES, " . ", text, not plain)
    text = _sub(_CONTROL, " ", text, not plain)
    text = _sub(_I_AS_L, "l", text, "I" in text)
    text = unicodedata.normalize("NFKC", text).casefold().translate(_QUOTES)
    if not text.isascii():
        text = fold_letters(text)
    text = join_split_letters(text)
    text = _sub(_NUMBER_WORDS, r"\1one", text, "1" in text)
    text = spell_leet(text, short_leet)
    text = _sub(_LEET_BANG, "i", text, "!" in text or "|" in text)
    text = _sub(_SLASH_SH, " self harm ", text, "/" in text)
    text = _sub(_OD_FORMS, _od, text, "o.d" in text or "od'" in text)
    if "'" not in text and _SKIP_IMPOSSIBLE:
        return text
    text = spacing.split_elisions(text)
    text = _sub(_WILL, r"\1 will", text, "'ll" in text)
    text = _sub(_WOULD, r"\1 would", text, "'d" in text)
    text = _sub(_NEG_CONTRACTIONS, _not, text, "n't" in text)
    text = _sub(_AUX_CONTRACTIONS, _aux, text, True)
    return text.replace("'", "")


def join_split_letters(text: str) -> str:
    """Rejoin letters split by symbols: "k.i.l.l" -> "kill", "s-u-i-c-i-d-e" -> "suicide"."""
    return _sub(_SPLIT_LETTERS, _join_split, text, _SPLIT_HINT.search(text) is not None)


def _join_split(match: re.Match[str]) -> str:
    """A run of letters split by symbols, joined; a whole phrase typed so ("e.n.d.i.n.g. i.t.
    t.o.n.i.g.h.t") is split back into its words (``spacing.split_phrase``, round 13)."""
    joined = _SPLIT_SEPARATORS.sub("", match.group(0))
    tail = joined[-1] if joined and not joined[-1].isalnum() else ""
    words = spacing.split_phrase(joined.rstrip(".-_*+~\u00b7\u2022"), _RULE_PATTERNS)
    return " ".join(words) + tail if len(words) > 1 else joined


def spell_leet(text: str, short: bool = True) -> str:
    """``text`` with its leetspeak words spelt in letters, all else as written ("th4nk5 m4r3n,
    y0u'r3 the b3st" -> "thanks maren, you're the best"): a word with letters and leet digits,
    or one that starts with a leet digit and has three letters (product names keep their
    digits: "ps5"); with ``short``, once one such word is there, also the short ones and a
    lone "1" before a word ("1 w4nt t0 d13" -> "i want to die": ``_LEET_SHORT``,
    ``_LEET_ONE``, round 16). The contextual signal's vote reads the message so
    (``contextual.reads``: as written, the leetspeak itself was what it went by); the rules
    read the short words in a variant of their own (:func:`text_variants`), so that the
    n-gram model, trained on the first variant, reads what it was trained on."""
    if _LEET_CHAR.search(text) is None:
        return text
    spelt = _LEET_WORD.sub(_deleet, _LEET_LEADING.sub(_deleet, text))
    if spelt == text or not short:
        return spelt
    spelt = _LEET_SHORT.sub(_deleet_short, spelt)
    return _LEET_ONE.sub("i", spelt)


def _deleet(match: re.Match[str]) -> str:
    word = match.group(0)
    return word if spacing.keeps_digits(word.lower()) else word.translate(lx.LEET)


def _deleet_short(match: re.Match[str]) -> str:
    word = match.group(0)
    return word if _NOT_LEET.fullmatch(word) else _deleet(match)


def _od(match: re.Match[str]) -> str:
    return _OD_MAP.get(match.group(0), " overdose ")


def _not(match: re.Match[str]) -> str:
    return _NEG_MAP.get(match.group(0), " not")


def _aux(match: re.Match[str]) -> str:
    return _AUX_MAP[match.group(1)]


def _tokenise(text: str, split: bool = False) -> str:
    """Punctuation to boundary tokens, chat words expanded, one space between tokens (``split``:
    sentences typed with no spaces or letter by letter read as words, :func:`_split_glued`)."""
    text = _sub(_ELLIPSIS, " ", text, ".." in text or "\u2026" in text)
    text = _SENTENCE_END.sub(" . ", text)
    text = _CLAUSE_PUNCT.sub(" , ", text)
    text = _OTHER_SYMBOLS.sub(" ", text)
    raw = _join_spelled_out(spacing.join_spaced_words(text).split(), split)
    out: list[str] = []
    for i, tok in enumerate(raw):
        if tok in BOUNDARIES:
            if not out:
                continue
            if out[-1] in BOUNDARIES:
                if tok == ".":
                    out[-1] = "."
                continue
            out.append(tok)
        elif tok == "ill" and i + 1 < len(raw) and raw[i + 1] in lx.ILL_NEXT:
            out.extend(("i", "will"))
        elif len(tok) >= 7 and _GLUED.fullmatch(tok):
            out.extend(_unglue(tok))
        elif tok in lang.TOKEN_MAP:
            out.extend(lang.TOKEN_MAP[tok].split())
        elif (
            split and len(tok) >= _GLUED_SENTENCE and tok.isalpha() and (words := _split_glued(tok))
        ):
            out.extend(words)
        else:
            out.append(tok)
    while out and out[-1] in BOUNDARIES:
        out.pop()
    return _rephrase(out)


def _rephrase(tokens: list[str]) -> str:
    """The tokens joined, with ``PHRASE_MAP`` applied in order (each only if its words are in)."""
    joined = " ".join(tokens)
    present = set(tokens)
    for (regex, replacement), triggers in zip(_PHRASES, _PHRASE_TRIGGERS, strict=True):
        if triggers.found_in(present) or not _SKIP_IMPOSSIBLE:
            rewritten = regex.sub(replacement, joined)
            if rewritten != joined:  # a rewrite may bring in a later phrase's word
                joined = rewritten
                present = set(joined.split(" "))
    return joined


def _join_spelled_out(tokens: list[str], split: bool = False) -> list[str]:
    """Rejoin words typed letter by letter: "d i e" -> "die", "k i l l" -> "kill"."""
    singles = [i for i, tok in enumerate(tokens) if len(tok) == 1]
    if not any(  # three single letters in a row, or nothing to rejoin
        singles[k + 2] == i + 2
        and tokens[i].isalpha()
        and tokens[i + 1].isalpha()
        and tokens[i + 2].isalpha()
        for k, i in enumerate(singles[:-2])
    ):
        return tokens
    out: list[str] = []
    run: list[str] = []
    for tok in [*tokens, ""]:
        if len(tok) == 1 and tok.isalpha():
            run.append(tok)
            continue
        if len(run) >= 3:
            joined = "".join(run)
            words = spacing.split_trailing_word(joined, _RULE_PATTERNS)
            glued = _split_glued(joined) if split and words == [joined] else None
            out.extend(glued or words)
        else:
            out.extend(run)
        run = []
        if tok:
            out.append(tok)
    return out


#: The rules' patterns, whose words tell a word typed apart from one glued to "e" or "a", and
#: split a sentence typed glued. Not the rules that read glued text as typed (ids ending
#: ``_glued``): their "words" are glued phrases ("idont", "nomesiento"), and a split through
#: one left "idont feel safe with me" unread (round 19's rule; blind set 20 lost a crisis).
_RULE_PATTERNS = tuple(r.pattern for r in lang.RULES if not r.id.endswith("_glued"))


def _unglue(token: str) -> list[str]:
    """Split a glued phrase ("iwanttodie") into its words; ``GLUED`` guarantees the shape."""
    return _mapped(_GLUED_PARTS.findall(token))


def _mapped(words: list[str]) -> list[str]:
    """``words`` with ``TOKEN_MAP``'s rewrites ("dont" -> "do not")."""
    expanded: list[str] = []
    for word in words:
        expanded.extend(lang.TOKEN_MAP.get(word, word).split())
    return expanded


#: The shortest token tried as a sentence typed with no spaces (round 18).
_GLUED_SENTENCE = 10


@lru_cache(maxsize=4096)
def _split_glued(token: str) -> list[str] | None:
    """``token``, a sentence typed with no spaces or letter by letter with one space throughout
    ("ichwillnichtmehrleben", "i c h w i l l s t e r b e n" joined), split into words when
    they read as a rule's phrase (``spacing.split_glued``, round 18); None otherwise."""
    words = spacing.split_glued(token, _RULE_PATTERNS, _reads_as_rule)
    return None if words is None else _mapped(words)


def _reads_as_rule(phrase: str) -> bool:
    """True when a rule's regex matches ``phrase`` (its chat spellings rewritten), trying only
    the rules the prefilter selects for its words."""
    text = " ".join(_mapped(phrase.split()))
    return any(
        rules.RULES[i].regex.search(text) is not None for i in rules.TRIGGERS.select(text.split())
    )


def text_variants(text: str) -> list[str]:
    """The normalised readings of ``text`` the rules see; the first is :func:`normalise`'s (the
    one the n-gram model reads). Letters repeated three or more times give a double-letter and
    a single-letter reading; leetspeak whose short words or a lone "1" spell more
    (:func:`spell_leet`: "1 w4nt t0 d13") a reading with them spelt (round 16); a sentence typed
    with no spaces or letter by letter a reading with its words split (:func:`_split_glued`,
    round 18), last: the n-gram model reads the first, what it was trained on."""
    base = _prenormalise(text)
    if not _REPEATS.search(base):
        variants = [_tokenise(base)]
    else:
        double = _tokenise(_REPEATS.sub(r"\1\1", base))
        single = _tokenise(_REPEATS.sub(r"\1", base))
        variants = [double] if single == double else [double, single]
    if _LEET_CHAR.search(text) is not None:
        spelt = _prenormalise(text, short_leet=True)
        if spelt != base:
            variants.append(_tokenise(_REPEATS.sub(r"\1\1", spelt)))
    if _GLUE_HINT.search(base) is not None:
        glued = _tokenise(_REPEATS.sub(r"\1\1", base), split=True)
        if glued not in variants:
            variants.append(glued)
    return variants


#: A long run of letters, or four letters typed apart: what a sentence typed with no spaces or
#: letter by letter looks like (round 18).
_GLUE_HINT = re.compile(r"[a-z]{10,}|(?<![a-z])[a-z] [a-z] [a-z] [a-z](?![a-z])")


def normalise(text: str) -> str:
    """The normalised form the rules see (the double-letter variant), for tests and debugging."""
    return text_variants(coerce(text))[0]


def coerce(text: object) -> str:
    if isinstance(text, str):
        return text[:MAX_CHARS]
    if isinstance(text, bytes | bytearray):
        return bytes(text[: MAX_CHARS * 4]).decode("utf-8", "replace")[:MAX_CHARS]
    return "" if text is None else str(text)[:MAX_CHARS]
