"""The parser's second half: a clause's frame resolved against the scope. Noun phrases become
ids (exact, then fuzzy), pronouns ("it", "her", "them") their antecedents within the input or
the ones last mentioned (never someone of the other pronouns), words said to no one named go
to whoever is addressed (:func:`addressee`), and a name two things share ("book": yours and
Fenn's) gives the choices a "which one?" asks about. Used by :mod:`tta_server.pipeline.parser`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tta_server.pipeline.clauses import normalise
from tta_server.pipeline.frames import Frame
from tta_server.pipeline.parser_types import ParsedIntent
from tta_server.pipeline.scope_index import Index, resolve
from tta_server.pipeline.vocabulary import (
    DIRECTIONS,
    PERSON_PRONOUNS,
    POSSESSIVE_RE,
    PRONOUNS,
    SPACE_RE,
)
from tta_server.protocol.intents import Intent
from tta_server.world.turn import WAY_TO


def addressee(index: Index | None, norm: str = "") -> str | None:
    """Who words said to no one in particular go to: a person here the words start with
    ("maren can you help me"), else the first of ``addressees``, else the latest person
    mentioned who is here, else the first here."""
    if index is None:
        return None
    here = [e for _, e in index.names if e in index.people]
    first = norm.split(" ", 1)[0]
    named = next((e for n, e in index.names if e in here and first and n == first), None)
    spoken = next((i for i in index.addressees if i in here), None)
    who = named or spoken
    who = who or next((i for i in index.last_mentioned if i in here), here[0] if here else None)
    return index.primary.get(who) if who else None


_NO_RESOLVE = frozenset({Intent.INVENTORY, Intent.HELP, Intent.UNKNOWN})


@dataclass
class Context:
    """What one ``parse`` call has seen so far, for pronouns."""

    index: Index | None
    thing: tuple[str | None, str | None] | None = None
    person: tuple[str | None, str | None] | None = None
    went: str | None = None
    """The place or person last gone to ("go to bastian and ask him ...")."""


def _not_her(index: Index) -> frozenset[str]:
    return index.he


def _not_him(index: Index) -> frozenset[str]:
    return index.she


#: Whom a pronoun never means: "her" is no one called he/him, "him" no one called she/her.
_OTHER_SEX: dict[str, Callable[[Index], frozenset[str]]] = {"her": _not_her, "him": _not_him}


def _nobody(_index: Index) -> frozenset[str]:
    return frozenset()


def _antecedent(pronoun: str, ctx: Context) -> tuple[str | None, str | None] | None:
    found = ctx.person if pronoun in PERSON_PRONOUNS else ctx.thing
    if found is not None:
        return found
    if ctx.went is not None and ctx.index is not None and pronoun in _OTHER_SEX:
        ids = ctx.index.he if pronoun == "him" else ctx.index.she
        words = ctx.went.split()
        if words[0] in ids and len(words) <= 2:  # "go to rue and ask her": Rue, when there
            return ctx.went, (words[0] if words[0] in ctx.index.primary else None)
    index = ctx.index
    if index is not None and index.last_mentioned:
        person = pronoun in PERSON_PRONOUNS
        other = _OTHER_SEX.get(pronoun, _nobody)(index)
        fits = [
            i
            for i in index.last_mentioned
            if (i in index.people) == person and i in index.primary and i not in other
        ]
        here = [e for _, e in index.names if e in index.people and e not in other]
        if person and not fits and here:
            fits = here[:1]  # "give it to her" with only the book mentioned: the one here
        if person and not fits and not (index.she or index.he):  # a scope that does not
            # say who is a person (with a world's, "her" is never the key just taken)
            fits = [i for i in index.last_mentioned if i in index.primary]
        if not fits:  # "x it" after talking to Maren: "it" is never a person, nor far away
            return None
        return index.primary[fits[0]], fits[0]
    if index is not None and pronoun in PERSON_PRONOUNS:  # "help her" on arriving: who is here
        other = _OTHER_SEX[pronoun](index)
        here = [e for _, e in index.names if e in index.people and e not in other]
        if len(set(here)) == 1:
            return index.primary[here[0]], here[0]
    return None


def _resolve_slot(
    phrase: str | None, ctx: Context, *, fuzzy: bool
) -> tuple[str | None, str | None]:
    if phrase in PRONOUNS:
        found = _antecedent(phrase, ctx)
        if found is not None:
            return found
    return phrase, resolve(phrase, ctx.index, fuzzy=fuzzy)


def resolve_frame(frame: Frame, raw: str, ctx: Context) -> ParsedIntent:
    intent, target, obj, said = frame
    directional = intent in (Intent.GO, Intent.LOOK) and target in DIRECTIONS
    if intent in _NO_RESOLVE or directional:
        return ParsedIntent(intent, target, obj, raw=raw)
    if intent == Intent.OPEN and target and WAY_TO.match(target):  # "the gate to the yard":
        return ParsedIntent(intent, target, obj, raw=raw)  # a way out, found by where it leads
    fuzzy = intent != Intent.GO
    if intent in ADDRESSED and target is None:  # said to whoever is being addressed
        target = addressee(ctx.index, normalise(raw))
    obj_text, obj_id = _resolve_slot(obj, ctx, fuzzy=fuzzy and intent != Intent.TALK)
    target_text, target_id = _resolve_slot(target, ctx, fuzzy=fuzzy)
    choices = _choices(target_text, target, raw, ctx.index, target_id)
    if len(choices) == 1:
        target_id, choices = choices[0], ()
    resolved = ParsedIntent(intent, target_text, obj_text, target_id, obj_id, raw, choices, said)
    _remember(resolved, ctx)
    return resolved


#: Intents said to whoever is addressed when no one is named ("thank you all").
ADDRESSED = frozenset({Intent.TALK, Intent.THANK, Intent.APOLOGISE, Intent.ASSIST})
_MINE = frozenset({"my", "mine", "own", "your"})
_THEIRS = frozenset({"his", "her", "their", "hers", "theirs"})


def _choices(
    text: str | None, typed: str | None, raw: str, index: Index | None, found: str | None
) -> tuple[str, ...]:
    """The ids a target could equally mean ("book": your book and Fenn's book), when the id
    ``found`` for it is one of them, narrowed by a "my"/"own" in the clause to the entry with
    such a name, or by "his"/"her"/"their" to the others; () when it is not ambiguous."""
    if index is None or text is None or typed in PRONOUNS or found is None:
        return ()
    key = SPACE_RE.sub(" ", POSSESSIVE_RE.sub("", text)).strip()
    ids = index.shared.get(key, ())
    if len(ids) < 2 or found not in ids:
        return ()
    words = set(normalise(raw).split())
    if _MINE & words:
        mine = tuple(i for i in ids if i in index.mine)
        return mine or ids
    if _THEIRS & words:  # "take his book to ilse": someone's, so not the player's own
        theirs = tuple(i for i in ids if i not in index.mine)
        return theirs or ids
    return ids


def _remember(intent: ParsedIntent, ctx: Context) -> None:
    if intent.intent == Intent.TALK:
        if intent.target:
            ctx.person = (intent.target, intent.target_id)
        return
    if intent.intent == Intent.GO and intent.target:
        ctx.went = normalise(intent.target)
    if intent.intent == Intent.GIVE and intent.obj:
        ctx.person = (intent.obj, intent.obj_id)
    if intent.target and intent.intent != Intent.GO:
        ctx.thing = (intent.target, intent.target_id)
