"""Whether a yes or no is the answer to a character's open question, or belongs to words about
something else.

A character's text may say more than its one question ("Did Bastian send you? ... I'm not fit
to be around books. Am I?"). "no, nobody sent me" opens with "no", but that "no" belongs to
its own clause ("nobody sent me"), not to "Am I?": read as an answer it told a grieving
character she is not fit (newcomer 12). :func:`beside_the_question` finds such words: a yes or
no that opens the words and goes on, in its sentence (or the next, when it stands alone),
with words that name none of the question's own (the last sentences that ask it,
:func:`question_words`), do not speak of the one asked or the thing asked about ("you",
"it", "that") and read no reply of their own (kind, unkind, unsure, partly, yes or no).
"""

from __future__ import annotations

import re

from tta_server.world.replies import normal, read_reply
from tta_server.world.schema import Character, Question, Reaction, Topic, World

_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+['\u2019\"]?|$)")
_OPENING = re.compile(
    r"^(?:(?:no|nah|hell no|god no|nope)(?: way| chance)?|yes|yeah|yep|yup|yea)\b[\s,!;:.\-]*",
    re.IGNORECASE,
)  # "no way": one answer, its "way" no word about something else
_BREAK = re.compile(r"[.!?;]+")
#: Words that open words about the one asked or the thing asked ("no, you're not", "yes it
#: is"): an answer, whatever else they say.
_ABOUT_THEM = frozenset(
    {"you", "youre", "your", "yours", "yourself", "it", "its", "that", "thats", "this"}
    | {"youve", "youd", "youll", "u", "ur"}
)
_SMALL_WORDS = """
the a an and or but so to of in on at for with from by as if then than too very just really all
any some not nor never nobody noone nothing none one ones i im ive id ill me my mine we us our
he she him her his they them their is are was were be been being am do does did done have has
had will would can could should shall may might must dont didnt doesnt isnt arent wasnt werent
cant wont there here what who why how when where which well oh um er erm hmm ok okay
"""
_SMALL = _ABOUT_THEM | frozenset(_SMALL_WORDS.split())


def question_words(world: World, character: str, question: str) -> frozenset[str]:
    """The words of the character's texts that ask ``question`` (:func:`_last_question`;
    built once per world)."""
    return world.derived(_all_question_words).get((character, question), frozenset())


def _all_question_words(world: World) -> dict[tuple[str, str], frozenset[str]]:
    found: dict[tuple[str, str], frozenset[str]] = {}
    for ch in world.characters:
        for q, texts in _asking_texts(ch):
            words = set(found.get((ch.id, q.id), frozenset()))
            for text in texts:
                words |= _content(" ".join(_last_question(text)))
            found[(ch.id, q.id)] = frozenset(words)
    return found


def _asking_texts(ch: Character) -> list[tuple[Question, list[str]]]:
    """Each question of the character's with the texts that ask it (a question a kind answer
    asks in turn: that answer)."""
    found: list[tuple[Question, list[str]]] = []
    things: list[Topic | Reaction] = [*ch.topics, *ch.reactions]
    for thing in things:
        q = thing.asks
        texts = [thing.text, *(x.text for x in thing.later if x.text)]
        texts += [thing.again] if thing.again else []
        while q is not None:
            found.append((q, texts))
            texts, q = [q.kind], q.then
    return found


def sentences_of(text: str) -> list[str]:
    """The sentences of a character's text, in order, each with its end mark and any closing
    quote."""
    return [x.strip() for x in _SENTENCE.findall(" ".join(text.split())) if x.strip()]


def _last_question(text: str) -> list[str]:
    """The last two sentences of the text, and the last one that ends in a question mark
    with the one before it ("Am I?" after "I'm not fit to be around books.")."""
    sentences = sentences_of(text)
    found = sentences[-2:]
    for i in range(len(sentences) - 1, -1, -1):
        if "?" in sentences[i]:
            return [*sentences[max(0, i - 1) : i + 1], *found]
    return found


def _content(words: str) -> set[str]:
    """The words that say what something is about (not "the", "you", "was")."""
    return {w for w in normal(words).split() if len(w) > 2 and w not in _SMALL}


def _same(a: str, b: str) -> bool:
    """Whether two words are the same word, give or take an ending ("books", "book")."""
    return a == b or (min(len(a), len(b)) >= 4 and a[:4] == b[:4])


def beside_the_question(words: str, asked: frozenset[str]) -> bool:
    """Whether the words open with a yes or no that belongs to what they go on to say, not to
    the question whose words are ``asked`` (see the module docstring)."""
    text = " ".join(words.split())
    opening = _OPENING.match(text)
    if opening is None:
        return False
    parts = [x for x in _BREAK.split(text[opening.end() :]) if x.strip()]
    rest = parts[0] if parts else ""
    if not rest.strip():
        return False  # "no." alone, or "no!": the answer
    said = normal(rest).split()
    if said[0] in _ABOUT_THEM or read_reply(rest):
        return False  # "no, you're not"; "yes, of course"; "no, it's not your fault"
    content = _content(rest)
    if not content:
        return False  # "no, i don't", "yes i have": the answer
    return not any(_same(w, q) for w in content for q in asked)
