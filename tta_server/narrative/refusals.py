"""What the world refused: its own text, or a plain refusal naming what was asked for, then
comfort; softened when whatever wrote it touches a topic the player avoids, and said briefly when
refused the same way lately.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tta_server.narrative import phrases as P
from tta_server.narrative.avoid import item_tags
from tta_server.narrative.base import Step
from tta_server.narrative.spelling import as_meant, known_words
from tta_server.narrative.told import sentences
from tta_server.narrative.words import (
    cap,
    direction_word,
    fact_text,
    first_name,
    listing,
    the,
    way_to,
)
from tta_server.narrative.writer import Writer

_PLAYER_WORDS = re.compile(r"^[a-z][a-z' ]{0,30}$")
_NOT_NOUNS = frozenset(P.NOT_NOUNS)
_NO_COMFORT = frozenset(
    {"talk.behind", "take.person", "use.unkind", "verb.unkind", "use.agreed", "verb.agreed"}
    | {"use.doubted", "verb.doubted", "talk.unanswered", "talk.called", "use.asked"}
    | {"verb.asked", "give.whom"}
)
"""Refusals that are no failure to comfort: someone called through a shut door, a person
one cannot carry off (never "That's all right." after "take rue"), sharp words to a page (its
own line says no harm is done), a second question left aside, an animal called from
elsewhere."""


class RefusalWriter(Writer):
    """Writes refusals."""

    def refusal(self, st: Step) -> None:
        key = st.outcome.message_key
        text = fact_text(st.outcome.facts, "text")
        if key == "act.taken_back":  # "wait thats not what i meant": what did they mean?
            who = fact_text(st.outcome.facts, "character_name")
            table = P.TAKEN_BACK_TO if who else P.TAKEN_BACK
            self.para(self.say(table, first=first_name(who or "")))
            return
        if text and self.avoided(self.refusal_tags(st)):
            parts = [self.say(P.PLAIN_REFUSE), self.say(self.nudge(st))]
        elif text and not self.fresh(text) and key == "talk.blocked":  # a person keeps their
            # own voice, and their line may have refused another topic: never "since you last
            # tried" in the narrator's voice
            first = first_name(fact_text(st.outcome.facts, "character_name") or "Nobody here")
            lines = [x for x in st.outcome.facts.get("lines") or () if isinstance(x, str)]
            fresh = [x for x in lines if self.fresh(x)]  # their own words, as things stand
            parts = [fresh[0] if fresh else self.say(P.TALK_BLOCKED_AGAIN, first=first)]
            self.memory.add(parts[0])
        elif text and self.refused_before(text) and not st.outcome.facts.get("way"):  # refused
            # the same way lately: say so briefly (but the way to a place is told again: never
            # "No path leads there" just after it was said, newcomer corpus 25)
            parts = [self.plain_refusal(st), self.say(P.REFUSED_BEFORE)]
            parts.append(self.maybe(self.nudge(st)))
        elif text:
            parts = [text]
        else:
            parts = [self.plain_refusal(st)]
            ways = [way_to(ex) for ex in st.context.exits if ex.open]
            if key in ("go.where", "go.no_exit") and ways:
                parts.append(self.say(P.REFUSE_WAYS, list=listing(ways, "or")))
        way = bool(st.outcome.facts.get("way"))  # the way told, what to type first: no "No
        # harm in trying" after it (newcomer corpus 32)
        if (not text and key not in _NO_COMFORT) or (key.startswith(("go.", "open.")) and not way):
            parts.append(self.maybe(self.world_share(P.COMFORT[self.tone])))
        self.para(*parts)

    def nudge(self, st: Step) -> Sequence[str]:
        """The nudge after a refusal: ask for help (the guide's, once met), or, after the
        ending, that the story is finished and what the player can still do."""
        if st.context.arc.ended:
            return P.ENDED_NUDGE
        return self.aside(P.GUIDE_NUDGE, P.NUDGE_ALONE)

    def refused_before(self, text: str) -> bool:
        """Whether the whole of a refusal's text was told lately: every sentence of it, not
        one short one it shares with another line (play 34: Skipper's "Not yet." made the
        first "light lamp" "no different from last time")."""
        return self.memory.told(text) or all(self.memory.told(x) for x in sentences(text))

    def plain_refusal(self, st: Step) -> str:
        facts, key = st.outcome.facts, st.outcome.message_key
        name = the(fact_text(facts, "name") or "it")
        direction = direction_word(facts.get("direction"))
        if key == "go.no_exit" and direction is None:
            key = "go.nowhere"
        keys = dict(
            thing=self.thing(st),
            item=name,
            Item=cap(name),
            first=first_name(fact_text(facts, "character_name") or "Nobody here"),
            First=cap(first_name(fact_text(facts, "character_name") or "Nobody here")),
            kind=fact_text(facts, "kind") or "one",
            holder=fact_text(facts, "holder_name") or "Someone",
            dir=direction or "that way",
            door=fact_text(facts, "door") or "the door",
            choices=fact_text(facts, "choices") or "anyone here",
        )
        table = P.REFUSE.get(key, P.REFUSE_ANY)
        again = P.REFUSE_AGAIN.get(key)  # said once per story, then shorter
        if again is None:
            return self.say(table, **keys)
        return self.maybe(table, **keys) or self.say(again, **keys)

    def thing(self, st: Step) -> str:
        """What the player asked for, by name, or in their own words when those are plain (a
        few words, none a pronoun, reflexive or word of when: never "any me", "any it
        first"), else "that"."""
        for ref in (st.outcome.facts.get("target"), st.action.target_id):
            if isinstance(ref, str) and ref:
                named = self.world.item(ref) or self.world.character(ref)
                if named is not None:
                    return the(named.name)
        words = " ".join((st.action.target_text or "").lower().split())
        if words and _PLAYER_WORDS.match(words) and len(words.split()) <= 3:
            if _NOT_NOUNS.intersection(words.split()) or _a_deed(words):
                return "that"  # never "any me", nor "any mend the pages"
            return f"any {as_meant(words, known_words(self.world))}"  # never "any arond"
        return "that"

    def refusal_tags(self, st: Step) -> list[str]:
        """Tags of whatever may have written a refusal: the place for ways and doors, else the
        thing or person involved and all their interactions (erring on the side of care)."""
        if st.outcome.message_key.startswith(("go.", "open.")):
            return list(st.context.location.tags)
        facts, target = st.outcome.facts, st.action.target_id or ""
        item = self.world.item(target)
        who = self.world.character(fact_text(facts, "character") or target)
        verb = fact_text(facts, "verb") or st.action.intent
        groups: list[Sequence[str]] = [v.tags for v in self.world.verbs if v.verb == verb]
        groups += [u.tags for u in item.uses] if item is not None else []
        groups += [x.tags for x in (*who.topics, *who.reactions)] if who is not None else []
        return item_tags(self.world, target) + [t for tags in groups for t in tags]


_DETERMINERS = frozenset({"the", "a", "an", "my", "your", "his", "her", "their", "this", "that"})


def _a_deed(words: str) -> bool:
    """Whether the words are a verb and its object, a deed rather than a thing ("mend the
    pages", "help her"): "You can't find any mend the pages here" is no sentence (newcomer
    corpus 27); a verb alone may be a thing's name ("nite trophy")."""
    split = words.split()
    return len(split) > 1 and split[1] in _DETERMINERS  # "mend the pages": a verb's object
