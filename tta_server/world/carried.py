"""Someone the player carries, thought of: "i think about mum. her terrible jokes", "i remember
my gran", "thinking of my friend sam", "i miss Dad" (issue 14, newcomer 27).

A moment that invites remembering (a world verb practising ``remembering`` here) takes such
words as its own; anywhere else the narrator acknowledges them warmly. They are never words the
game does not know. This module only reads the words; safety screens every input first.
"""

from __future__ import annotations

import re

#: People one carries, by the words people use for them.
_KIN = (
    r"mum|mom|mam|mammy|mummy|mommy|mother|ma|dad|daddy|father|da|pa|papa|gran|granny|grandma"
    r"|grandmother|nan|nana|nanna|nanny|grandad|granddad|grandpa|grandfather|brother|sister"
    r"|bro|sis|son|daughter|kids|children|wife|husband|partner|friend|friends|best friend"
    r"|boyfriend|girlfriend|fiance|fiancee|aunt|auntie|aunty|uncle|cousin|family|folks|parents"
    r"|grandparents|niece|nephew|baby|stepmum|stepmom|stepdad|godmother|godfather"
)
#: Thinking of, remembering or missing, the words before the person.
_THINKS = (
    r"(?:i |i'?m |im |i am |i just |i still |just |still |sit and |i sit and |i'?ll )*"
    r"(?:think(?:ing)? (?:about|of)|thought (?:about|of)|remember(?:ing)?|miss(?:ing)?"
    r"|picture|picturing)"
)
_OF_KIN = re.compile(
    rf"^{_THINKS} (?:(?:my|our) (?:(?:dear|old|late|little|big|lovely) )?)?(?:{_KIN})\b",
    re.IGNORECASE,
)
#: "my" and someone's name typed with a capital ("thinking of my Sam", "i miss Priya").
#: The name ends the thought ("i miss Sam", "thinking of Priya, and ..."), so "i remember Rue
#: said to go north" is no one thought of.
_OF_NAME = re.compile(
    rf"^{_THINKS} (?:my )?[A-Z][a-z]+(?='s\b|\s*(?:$|[,:]|and\b|again\b|today\b|tonight\b"
    r"|now\b|a lot\b|so much\b))"
)
_FIRST = re.compile(r"[.;!?\n]")


def thinks_of_someone(text: str) -> bool:
    """Whether the words open by thinking of, remembering or missing a person ("i think about
    mum", "remembering my grandad", "i miss Sam"); never a thing ("think about the lamp")."""
    first = _FIRST.split(" ".join(text.replace("\u2019", "'").split()), maxsplit=1)[0].strip()
    first = first.strip(" ,")
    return bool(_OF_KIN.match(first) or _OF_NAME.match(first[:1].lower() + first[1:]))


#: Writing to someone away ("write a letter to Declan with the pen", "write to my husband",
#: "write Declan a note saying i miss you"): group ``who`` is whom to, ``words`` what is
#: written, when the words say (newcomer corpus 29 met "You can't find any letter to declan").
_PAPER = (
    r"(?:(?:a|an|the|my|some|a few|a little|a short|a long) )?"
    r"(?:letter|note|card|postcard|line|lines|few lines|message|poem)"
)
_WHOM = (
    rf"(?:my (?:(?:dear|old|late|little|big|lovely) )?(?:{_KIN})"
    r"|(?!(?:him|her|them|me|you|it|us|the|a|an|my|your|his|their|someone|somebody|anyone)\b)"
    r"[A-Za-z][a-z]+)"
)
_WITH_PEN = r"(?: (?:with|using) (?:the|my|a) (?:[a-z]+ )?pen)?"
_WRITES_TO = re.compile(
    r"^(?:i (?:will |'ll |want to |would like to |sit and |sit down and )?|let me |i'll )?"
    r"(?:write|scribble|jot|pen)"
    rf"(?: {_PAPER})?{_WITH_PEN} (?:to|for) (?P<who>{_WHOM}){_WITH_PEN}"
    r"(?:\s*[,:;-]?\s*(?:(?:saying|that says|to say|telling (?:him|her|them))\s*[,:]?\s*)?"
    r"(?P<words>.+))?$"
    rf"|^(?:i )?write (?P<who2>{_WHOM}) {_PAPER}{_WITH_PEN}"
    r"(?:\s*[,:;-]?\s*(?:(?:saying|that says|to say)\s*[,:]?\s*)?(?P<words2>.+))?$"
)


def written_to(text: str) -> tuple[str, str] | None:
    """Whom the player writes to, when the words write to someone ("write a letter to Declan
    with the pen" -> ("Declan", "")), and what they write, as typed, when they say it ("... to
    my husband saying i miss you" -> ("my husband", "i miss you")); None for other words."""
    said = " ".join(text.replace("\u2019", "'").split()).strip(" .!")
    said = said[:1].lower() + said[1:]
    m = _WRITES_TO.match(said)
    if m is None:
        return None
    who = m.group("who") or m.group("who2")
    words = (m.group("words") or m.group("words2") or "").strip(" ,:;-'\"")
    return who, words
