"""Questions about the game itself, asked as to a person (issue 14, newcomer corpora 26, 27 and
32): "what am i meant to do", "What should I do next?" (answered by Juno), "what is this game
even about", "Is there a way to get some help with how to play this game?", "Is there a way to
see what I am carrying?" were put to whoever stood there, who answered in character. A
question about the game, the goal or the controls is the game's own command, in any register,
whoever is present: :func:`asked_of_the_game` gives the plain words it means ("help",
"inventory") for the sentence that asks it; saving and stopping are
:mod:`tta_server.pipeline.meta`'s (``how``).
"""

from __future__ import annotations

import re

_I = r"(?:i|we)"
_LEAD = r"^(?:(?:so|and|but|ok|okay|um|umm|hmm|well|sorry|wait|hey|erm|er|right|please)\W+)*"
_HELP = re.compile(
    _LEAD
    + r"(?:"
    + rf"what (?:am|are|r|was|were) {_I} (?:meant|supposed|expected|meaning|mean|suposed|meant ta)"
    r" to (?:be )?(?:do|doing|do here|do now|do next)\b"
    r"|what(?:s| is) (?:the|my|our) (?:goal|aim|point|objective|mission|task|plan)\b"
    r"|what(?:s| is) (?:this|the) (?:game|story) (?:even |actually |all |really )?about\b"
    r"|what(?:s| is) the point of (?:this|the) (?:game|story)\b"
    rf"|how (?:do|can|should|would|does) (?:{_I} |you |one )?play(?: (?:this|the) game)?\b"
    r"|how (?:does|do) (?:this|the) game work\b"
    r"|(?:is there|are there) (?:a|any) (?:way|place) (?:to|i can|we can) (?:get|find|see)"
    r" (?:some |any )?(?:help|instructions|hints?)\b"
    r"|(?:can i|could i|may i) (?:get|have) (?:some |any )?(?:help|instructions|hints?)"
    r" (?:with|on|about) (?:how to play|playing|the game|this game)\b"
    r"|help (?:with|on) (?:how to play|playing (?:this|the) game)\b"
    r"|what (?:can|should|do) i (?:type|write|say) (?:here|now|to play)?\b"
    r"|what (?:are the|commands|words) (?:commands|controls|words)? ?(?:can|do) i (?:use|type)\b"
    r"|what are the (?:controls|commands)\b"
    rf"|i(?:m| am) not sure what (?:to do|{_I} should do|i am meant to do)(?: now| next| here)?$"
    r"|i (?:dont|do not) know what (?:to do|i should do|im meant to do|i am meant to do)"
    r"(?: now| next| here)?$"
    r"|is there (?:another|a next|a second|one more|more) (?:level|chapter|story|stage)\b"
    rf"|what (?:should|shall|do|can|must|could|ought) {_I} (?:to )?(?:do|try)"
    r"(?: (?:now|next|then|here|from here|after this|after that))*(?: then)?$"
    rf"|where (?:should|shall|do|can|must) {_I} go (?:now|next|from here)$"
    r"|(?:whats|what is|so whats) next$|what now$|now what$"
    r")"
)
_CARRYING = r"(?:what i(?:m| am)? (?:carrying|holding|have(?: got)?)|what ive got|what i got"
_CARRYING += r"|my (?:inventory|stuff|things|items|bag|pockets?))"
_INVENTORY = re.compile(
    _LEAD
    + r"(?:(?:is there (?:a|any) way|how (?:do|can|could|would|should) (?:i|we)) (?:to |i can )?"
    r"(?:see|check|look at|view|know|find out|tell|list) " + _CARRYING + r"\b"
    r"|(?:can|could|may) i (?:see|check|look at|view) " + _CARRYING + r"\b"
    r"|where (?:can|do) i (?:see|find|check) " + _CARRYING + r"\b)"
)
#: Asking whether the story is over, after its ending ("wait thats it?", "is that it?", "wait
#: what", newcomer corpus 31: met the wait command): a question, never a command.
_AT_THE_END = re.compile(
    _LEAD
    + r"(?:(?:so )?(?:thats|that is|thats all|is that|was that|that was|is it|its|it is|is this"
    r"|is the story|the story is|is the game|is that really) (?:it|all|over|the end|done"
    r"|finished)(?: then| now| already| really)?"
    r"|the end|over already|(?:wait )?what|huh|wait really|really|done already|finished already"
    r"|it(?:s| is) over|is that the end of (?:it|the story))(?: lol| haha| omg)*$"
)
_SENTENCES = re.compile(r"[^.!?]+[.!?]*")
#: Words that say nothing before the question ("wow ok. what am i meant to do"): left out.
_FILLER = frozenset(
    {"wow", "ok", "okay", "k", "lol", "omg", "hmm", "hm", "um", "umm", "uh", "oh", "right"}
    | {"so", "well", "alright", "cool", "nice", "erm", "er", "ah", "aha", "huh", "yeah", "yes"}
)


def _plain(sentence: str) -> str:
    said = sentence.lower().replace("\u2019", "'").replace("'", "")
    return " ".join(re.sub(r"[^\w\s]", " ", said).split())


def asked_at_the_end(text: str) -> str | None:
    """ "help" when ``text`` opens by asking whether the story is over ("wait thats it? i didnt
    even see the boats come in"): for after the ending, whose hint says so plainly and what is
    left to do. None for anything else."""
    sentences = [x for x in _SENTENCES.findall(text) if x.strip()]
    if not sentences or (not sentences[0].rstrip().endswith("?") and len(sentences) > 1):
        return None
    return "help" if _AT_THE_END.match(_plain(sentences[0])) else None


def asked_of_the_game(text: str) -> str | None:
    """``text`` with its question about the game said as the game's command ("wow ok. what am
    i meant to do" -> "wow ok. help"; "Is there a way to see what I am carrying?" ->
    "inventory"), or None when no sentence asks about the game."""
    sentences = [x for x in _SENTENCES.findall(text) if x.strip()]
    for i, sentence in enumerate(sentences):
        said = _plain(sentence)
        plain = "help" if _HELP.match(said) else "inventory" if _INVENTORY.match(said) else None
        if plain is not None:
            before = [x.strip() for x in sentences[:i] if set(_plain(x).split()) - _FILLER]
            return " ".join([*before, plain])
    return None
