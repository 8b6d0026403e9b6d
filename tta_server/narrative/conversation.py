"""Talk: the player's words quoted, characters' answers ("where is X?"), replies (thanks,
apologies, kind or unkind words), words that found no topic, and words about something else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tta_server.narrative import phrases as P
from tta_server.narrative.base import Step
from tta_server.narrative.words import cap, fact_text, first_name, in_sentence, squash, the
from tta_server.narrative.writer import Writer
from tta_server.world.replies import own_words
from tta_server.world.talk import own_talk as _talk_words

MANNERS: dict[str, Sequence[str]] = {
    "talk.thanks": P.THANKED,
    "talk.sorry": P.APOLOGY,
    "talk.kindness": P.KINDNESS,
    "talk.unkindness": P.UNKINDNESS,
}
"""The plain lines for thanks, apologies and kind or unkind words a world gives no text for."""


_ASKING = re.compile(
    r"\?$|^(?:who|what|where|why|how|when|which|is|are|do|does|did|can|could|will|would)\b",
    re.IGNORECASE,
)
"""Quoted words that ask ("Where does she live?"): "you ask"; others ("Your dad's boat made
it in!") are told."""


def _own_talk_words(st: Step) -> str | None:
    """The player's own words in a talk ("where did she go?"), without "talk to" or "ask"."""
    return _talk_words(st.action.target_text)


class ConversationWriter(Writer):
    """Writes what the player says to characters and what they answer."""

    def quote(self, words: object) -> str | None:
        """The player's words as a quotation ("It's not your fault."), or None when they may
        not be echoed (the safety screen raised a concern) or there are none."""
        if not self.scene.quote or not isinstance(words, str) or not words.strip():
            return None
        said = squash(words).replace("{", "").replace("}", "")
        return said if said[-1:] in ".!?" else said + "."

    def offtopic(self, st: Step) -> str:
        """The lead when a character answers words about something else with what is on their
        mind: the player's words, then that they are not answered directly."""
        first = first_name(fact_text(st.outcome.facts, "character_name") or "them")
        named = (fact_text(st.outcome.facts, "character_name") or "", first)
        said = self.quote(own_words(_own_talk_words(st), names=named, said=True))
        lead = P.QUOTE_ASK if said and _ASKING.search(said) else P.QUOTE_REPLY
        asked = self.say(lead, first=first, said=said) if said else ""
        return f"{asked} {self.say(P.OFFTOPIC, first=first)}".strip()

    def answer(self, st: Step) -> None:
        """A character's answer to "where is X?" / "who is X?", from the engine's facts
        (:mod:`tta_server.world.answers`): where X is now and the way there."""
        facts = st.outcome.facts
        first = first_name(fact_text(facts, "character_name") or "them")
        kind = fact_text(facts, "answer") or "unknown"
        subject = the(in_sentence(fact_text(facts, "subject_name") or "that"))
        place = in_sentence(fact_text(facts, "place_name") or "")
        steps = [x for x in facts.get("route") or [] if isinstance(x, list) and len(x) == 2]
        # "out to the Quay, then west": the last step's place is the answer itself
        said = [f"{d} to {in_sentence(str(p))}" for d, p in steps[:-1]] + [
            str(d) for d, _p in steps[-1:]
        ]
        if said:
            table = P.ROUTE_FURTHER if facts.get("further") else P.ROUTE
            way = self.say(table, steps=", then ".join(said))
        else:
            way = self.say(P.ROUTE_SHUT) if kind in ("at", "place") else ""
        line = self.say(
            P.ANSWER.get(kind, P.ANSWER["unknown"]),
            first=first,
            subject=subject,
            Subject=cap(subject),
            place=place,
            Place=cap(place),
            holder=first_name(fact_text(facts, "holder_name") or "someone"),
            route=way,
        )
        self.para(line)

    def talk_default(self, st: Step) -> None:
        """Words that found no topic: the player's question, then the first of the
        character's lines not told lately (or a plain one)."""
        facts = st.outcome.facts
        first = first_name(fact_text(facts, "character_name") or "them")
        said = self.quote(own_words(_own_talk_words(st), said=True))
        if said is not None:
            lead = self.say(P.QUOTE_ASK, first=first, said=said)
        else:
            lead = self.say(P.TALK_DEFAULT, first=first)
        lines = [x for x in facts.get("lines") or [fact_text(facts, "text")] if isinstance(x, str)]
        fresh = [x for x in lines if self.fresh(x)]  # in the world's order: default first
        line = fresh[0] if fresh else self.say(P.TALK_NOTHING_NEW, first=first)
        self.memory.add(line)
        self.para(lead, line)

    def reply(self, st: Step) -> None:
        """A reply to a character (an answer to their question, thanks, an apology, kind or
        unkind words): the player's words quoted, then what the character says."""
        facts, key = st.outcome.facts, st.outcome.message_key
        first = first_name(fact_text(facts, "character_name") or "them")
        said = self.quote(facts.get("words"))
        lead = self.say(P.QUOTE_REPLY, first=first, said=said) if said else None
        text = fact_text(facts, "text")
        if text is None or not self.fresh(text):
            text = self.say(MANNERS.get(key, P.REPLY_HEARD), first=first)
        self.para(lead, text)
