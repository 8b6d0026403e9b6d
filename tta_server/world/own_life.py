"""Something of the player's own life, told in passing (issue 14, newcomer corpus 29: "my mum
make tea like this, very sweet" to Rue met "I know the words 'make' and 'tea', but not 'mum'";
"i will phone my mum tomorrow, she will be happy" met her "Couldn't tell you, love"; "i sleep
very bad after night shifts" was the verb sleep). :func:`tells_own_life` reads such words:
someone or something of the player's own ("my mum", "my kids", "my shifts"), or what the player
does, did or will do in their life ("i work nights", "i'll ring the kids tomorrow", "i sleep
badly"), said as a statement, not a question. Said where someone is, it is talk to them, and
with nothing of theirs to answer it they take it in kindly (``talk.life``), never a refusal, a
stock line or the parser's list of words it knew."""

from __future__ import annotations

import re

from tta_server.world.replies import normal

_OWN = (
    r"(?:dad|father|mum|mom|mam|mother|gran|grandad|granddad|grandma|granny|nan|nana|grandpa"
    r"|wife|husband|brother|sister|parents|uncle|aunt|auntie|son|daughter|kid|kids|children"
    r"|boy|girl|baby|grandkids|grandchildren|partner|mate|mates|friend|friends|family|folks"
    r"|boss|work|job|shift|shifts|night shifts|nights|flat|house|home|town|village|city"
    r"|country|garden|kitchen|dog|cat|neighbour|neighbours|life|week|weekend|weekends|days"
    r"|mornings|evenings|school|college|uni|team|hometown|grandmother|grandfather)"
)
_DOES = (
    r"(?:always|usually|often|never|sometimes|used to|use to|work|worked|working|live|lived"
    r"|living|grew up|sleep|slept|sleeping|cook|cooked|make|made|drink|drank|ring|call|phone"
    r"|visit|miss|missed|love|loved|like|liked|moved|came|come|started|finished|retired"
    r"|got|have got|ve got|have two|have a|have three|am from|m from)"
)
_LIFE = re.compile(
    rf"\b(?:my|me|our) (?:old |little |big |two |three |youngest |eldest |oldest )?{_OWN}\b"
    rf"|(?:^|\s)(?:i (?:(?:will|shall|should|must|am going to|have to|had to|need to) )?|ill "
    rf"|ive |id |im going to |im gonna ){_DOES}\b"
)
_ASKS = re.compile(
    r"^(?:who|what|where|why|how|when|which|is|are|was|were|do|does|did|can|could|will|would"
    r"|should|have|has|shall|may)\b"
)


_PROUD = re.compile(
    r"\bproud of (?:myself|me|meself)\b"
    r"|\bi(?: m| am|m)? (?:(?:so|really|quite|a bit|a little|kind of|kinda|actually|pretty) )?"
    r"(?:feel(?:ing)? )?proud\b(?! of (?:you|u|her|him|them|it|that|this|the|your|pip|maren"
    r"|ilse|juno|rue|bastian)\b)"
)


def proud_of_oneself(text: str) -> bool:
    """Whether ``text`` says the player is proud of themselves ("i'm proud of myself for coming
    out tonight", "feeling proud"): pride, to be met warmly (newcomer corpus 29 had Rue "flap
    that away with the tea towel"), not pride in someone else ("i'm proud of you")."""
    return _PROUD.search(normal(text)) is not None


def tells_own_life(text: str) -> bool:
    """Whether ``text`` tells something of the player's own life (see the module) and asks
    nothing: every sentence of it a statement, one of them about the player's life."""
    sentences = [s for s in re.split(r"(?<=[.!?;])\s+", text.strip()) if s.strip()]
    if not sentences or any(s.rstrip().endswith("?") for s in sentences):
        return False
    plain = [normal(s) for s in sentences]
    if any(_ASKS.match(s) for s in plain):
        return False
    return any(_LIFE.search(s) for s in plain)
