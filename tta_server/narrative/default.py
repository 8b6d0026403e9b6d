"""The default narrator: prose composed from the world graph and the turn's outcomes, offline.

:meth:`DefaultNarrator.compose` uses the world's own prose wherever there is some (location
descriptions, first-visit texts and notes, items' "here" texts and descriptions, interaction
texts in ``outcome.facts["text"]``, blocked-exit and unlocking texts, step and ending texts in
the deltas) and writes connective prose around it from the tables in
:mod:`tta_server.narrative.phrases`: arrivals, who is here and in what mood, the ways on, things
gained, attitudes warming, skills practised, refusals and suggestions.

Variety, and nothing said twice
    Each choice between variants (a table entry, one of a location's descriptions) is an index
    from a seed (the turn number and a checksum of ``scene.previous``) and a counter, and passes
    over variants whose text is already in the previous narration or anywhere in
    ``scene.told``, the memory of the last 50 narrations (:mod:`tta_server.narrative.told`).
    Lines that only colour the story (comfort after a refusal, coaching after a skill, asides)
    are left out when every variant was said lately; a place seen again within 50 turns is
    named without its description unless the player asked to look; an authored text that
    would be said again (the same question asked twice) is replaced by a short line saying so.
    If the whole text would still equal ``scene.previous``, the scene is composed again from
    another seed, and at last a short coda is added. There is no global randomness: the same
    scene always reads the same.
Coaching
    After a skill is practised the narrator names it once with its gloss ("That was
    reframing: ..."), later only briefly and not every time; ``persona.quiet_coaching`` leaves
    all of it out. A line for the player's goals follows a skill's first time only, the goals'
    lines in turn, each at most once a story; a character's attitude line is one per value
    it reaches (none past the end of its band's table), so neither repeats within a story;
    the "didn't understand" lead is left out once both variants were said lately. The
    guide's asides speak of the guide in the conditional ("Bastian would say") only when the
    guide is elsewhere; in the room, the guide just reacts.
Tone
    ``persona.intensity`` selects the tone-keyed tables: ``gentle`` is short and soft and
    reassures after a refusal, ``challenging`` is vivid and direct, anything else is
    ``moderate``. ``persona.goals`` colour the line after a skill is practised."""

from __future__ import annotations

import logging
import re
import zlib
from collections import ChainMap
from collections.abc import Iterable, Sequence

from tta_server.narrative import phrases as P
from tta_server.narrative.avoid import avoids, interaction_tags, item_tags
from tta_server.narrative.base import Scene, Step
from tta_server.narrative.pronouns import Pronouns, parse_pronouns, voice_of
from tta_server.narrative.told import Memory, fingerprint
from tta_server.narrative.words import (
    cap,
    direction_word,
    fact_text,
    first_name,
    in_sentence,
    listing,
    paragraphs,
    skill_words,
    squash,
    the,
    way_to,
)
from tta_server.pipeline.feelings import HARD as HARD_FEELINGS
from tta_server.world.engine import Context
from tta_server.world.replies import own_words
from tta_server.world.state import Delta, DeltaKind
from tta_server.world.talk import own_talk as _talk_words
from tta_server.world.vocab import (
    PLAYER,
    attitude_word,
)

__all__ = ["DefaultNarrator", "Pronouns", "avoids", "interaction_tags", "parse_pronouns"]

log = logging.getLogger(__name__)

TONES = ("gentle", "moderate", "challenging")
_PLAYER_WORDS = re.compile(r"^[a-z][a-z' ]{0,30}$")
_ARTICLE = re.compile(r"^(?:the|a|an) ")
_NOT_NOUNS = frozenset(P.NOT_NOUNS)


# -- one composition ------------------------------------------------------------------------------
class _Composer:
    """Writes one scene's paragraphs; ``attempt`` moves every choice to other variants."""

    def __init__(self, scene: Scene, attempt: int) -> None:
        self.scene = scene
        self.world = scene.world
        persona = scene.persona
        intensity = persona.intensity.strip().lower()
        self.tone = intensity if intensity in TONES else "moderate"
        self.avoid = tuple(persona.avoid_topics)
        guide = self.world.character(self.world.guide.character)
        guide_name = first_name(guide.name) if guide is not None else "a friend"
        name = " ".join(persona.name.replace("{", "").replace("}", "").split()) or "traveller"
        self.keys = voice_of(persona.pronouns, name, guide_name)
        self.prev = scene.previous or ""
        self.memory = Memory(scene.told)
        self.told_before = frozenset(self.memory.prints)
        self.quiet = persona.quiet_coaching
        checksum = zlib.crc32(self.prev.encode()) % 9973 if self.prev else 0
        self.seed = scene.context.turn * 7 + checksum + attempt * 5
        self.count = 0
        self.out: list[str] = []

    # -- choosing and writing ---------------------------------------------------------------
    def _index(self, size: int) -> int:
        self.count += 1
        return (self.seed + self.count * 7 + self.count * self.count) % size

    def pick(
        self, options: Sequence[str], keys: dict[str, str] | None, optional: bool = False
    ) -> str:
        """One option (a template, when ``keys`` are given), preferring one neither said last
        time nor told lately; an ``optional`` line is left out ("") when every option was."""
        start = self._index(len(options)) if options else 0
        first = ""
        for i in range(len(options)):
            text = options[(start + i) % len(options)]
            if keys is not None:
                if "pos}" in text and "pos" not in self.keys:
                    continue  # the player's pronouns don't give a possessive: don't guess one
                text = text.format_map(ChainMap(keys, self.keys))
            if text not in self.prev and not self.memory.any_told(text):
                self.memory.add(text)
                return text
            first = first or text
        if optional:
            return ""
        self.memory.add(first)
        return first

    def fresh(self, text: str | None) -> bool:
        """Whether an authored text has not been told lately (nor earlier in this scene)."""
        return bool(text) and not self.memory.any_told(text or "")

    def choose(self, variants: Sequence[str]) -> str:
        """One of the world's own variants, as written."""
        return self.pick(variants, None)

    def say(self, table: Sequence[str], **keys: str) -> str:
        """One entry of a phrase table, filled in."""
        return self.pick(table, keys)

    def maybe(self, table: Sequence[str], **keys: str) -> str:
        """One entry of a phrase table, or nothing when every entry was told lately."""
        return self.pick(table, keys, optional=True)

    def guide_here(self) -> bool:
        """Whether the world's guide is in the scene (so never "the guide would say")."""
        guide = self.world.guide.character
        return any(c.id == guide for c in self.scene.context.characters)

    def guide_known(self) -> bool:
        """Whether the player has met the world's guide: only then do asides name them."""
        return self.world.guide.character in self.scene.context.met

    def aside(self, table: Sequence[str], alone: Sequence[str] = ()) -> Sequence[str]:
        """A table of asides in the guide's voice, or, before the player has met the guide,
        ``alone`` (or the table's entries that do not name the guide)."""
        if self.guide_known():
            return table
        return alone or tuple(x for x in table if "{guide}" not in x and "{Guide}" not in x)

    def para(self, *parts: str | None) -> None:
        """Add one paragraph (more, where authored text has its own breaks)."""
        self.out.extend(paragraphs(" ".join(p.strip() for p in parts if p and p.strip())))

    def avoided(self, tags: Iterable[str]) -> bool:
        return bool(self.avoid) and avoids(self.avoid, tags)

    # -- the scene ------------------------------------------------------------------------------
    def run(self) -> list[str]:
        scene = self.scene
        if scene.opening:
            self.para(self.world.meta.intro)
            ctx = scene.context
            self.place(ctx, "opening", first_text=ctx.location.first_visit)
        elif not scene.steps:
            self.not_understood()
        for step in scene.steps:
            self.step(step)
        if not self.out:
            self.para(self.say(P.REFUSE_ANY))
        for i, paragraph in enumerate(self.out):  # a paragraph told lately: a fresh last line
            if fingerprint(paragraph) in self.told_before:
                tail = self.maybe(P.CODA[self.tone])
                self.out[i] = f"{paragraph} {tail}" if tail else paragraph
        return self.out

    def place(
        self, ctx: Context, mode: str, direction: str = "", first_text: str | None = None
    ) -> None:
        """A location in full: lead, description and notes, first visit, people and things,
        the ways on, and now and then an invitation (coming back in brief mode: the lead
        without the description and notes)."""
        loc = ctx.location
        soft = self.avoided(loc.tags)
        keys = {"place": in_sentence(loc.name), "Place": loc.name}
        if mode == "opening":
            lead = self.say(P.OPENING[self.tone], **keys)
        elif direction:
            lead = self.say(P.ARRIVE[self.tone], dir=direction, Dir=cap(direction), **keys)
        else:
            lead = self.say(P.LOOK[self.tone], **keys)
        if mode == "back" and self.scene.brief:  # brief: a place seen before is only named
            self.para(lead)
        else:
            if soft:
                body = self.say(P.PLAIN_PLACE)
            elif mode == "back" and not any(self.fresh(d) for d in loc.descriptions):
                body = ""  # seen lately: the place by name only; "look" gives it in full
            else:
                body = self.choose(loc.descriptions)
            self.para(lead, body, *loc.notes)
        if first_text and not soft:
            self.para(first_text)
        greet = mode == "back"  # the guide greets the player, coming back
        # what is here, who, and the ways on: one paragraph, worded afresh if it was told lately
        for _ in range(4):
            around = squash(
                " ".join([self.things_here(ctx), *self.people_here(ctx, greet), *self.ways_on(ctx)])
            )
            if not self.memory.told(around):
                break
        self.para(around)
        self.memory.add(around)
        self.invitation(ctx, always=mode != "look")

    def things_here(self, ctx: Context) -> str:
        texts, names = [], []
        for item in ctx.items_here:
            if item.here and not self.avoided(item_tags(self.world, item.id)):
                texts.append(item.here)
            else:
                names.append(item.name)
        if names:
            texts.append(self.say(P.ITEMS_HERE, list=listing(names)))
        return " ".join(texts)

    def people_here(self, ctx: Context, greet: bool) -> list[str]:
        """Who is here, in one sentence (the guide greets the player apart, coming back)."""
        lines, others = [], []
        for ch in ctx.characters:
            if greet and ch.guide and ch.attitude >= 0:
                lines.append(self.say(P.GUIDE_GREETING, first=first_name(ch.name)))
            else:
                others.append(ch)
        if len(others) == 1:
            ch = others[0]
            lines.append(self.say(P.PEOPLE.get(ch.mood, P.PEOPLE["neutral"]), char=ch.name))
        elif others:
            moods = [self.say(P.PEOPLE_MOOD.get(c.mood, P.PEOPLE_MOOD["neutral"])) for c in others]
            moods = [f", {m}" if m else "" for m in moods]
            if len(others) == 2:
                a, b = others
                lines.append(
                    self.say(
                        P.PEOPLE_TWO, first=a.name, mood=moods[0], second=b.name, mood2=moods[1]
                    )
                )
            else:
                named = [f"{c.name}{m}" for c, m in zip(others, moods, strict=True)]
                listed = "; ".join(named[:-1]) + "; and " + named[-1]
                lines.append(self.say(P.PEOPLE_MANY, list=listed))
        return lines

    def ways_on(self, ctx: Context) -> list[str]:
        ways = [way_to(ex) for ex in ctx.exits if ex.open]
        if len(ways) == 1:
            lines = [self.say(P.EXITS_ONE, exit=ways[0])]
        else:
            lines = [self.say(P.EXITS_MANY if ways else P.EXITS_NONE, list=listing(ways, "or"))]
        for ex in ctx.exits:
            if ex.open:
                continue
            if ex.door:
                door = ex.door.removeprefix("the ")
                lines.append(self.say(P.SHUT_DOOR, door=door, exit=way_to(ex, door=False)))
            else:
                lines.append(self.say(P.SHUT_WAY, exit=way_to(ex, door=False)))
        return lines

    def invitation(self, ctx: Context, always: bool) -> None:
        """An invitation on offer here, on arrival and now and then otherwise."""
        if not always and self.seed % 2:
            return
        for inv in ctx.invitations:
            beat = next((b for b in self.world.beats if b.id == inv.beat), None)
            local = beat is not None and beat.at is not None
            if not local and self.seed % 3:
                continue  # invitations that follow the player everywhere: only now and then
            text = inv.invite
            words = skill_words(inv.skill)
            if local and words and self.avoided(ctx.location.tags):
                text = self.say(P.SOFT_INVITE, skill=words[0], gloss=words[1])
            if text and text not in self.prev and self.fresh(text):
                self.para(text)
                return

    def not_understood(self) -> None:
        ctx = self.scene.context
        options = [self.suggestion(s, ctx) for s in self.scene.suggestions]
        if not options:
            ways = [ex for ex in ctx.exits if ex.open]
            options = ["look around"] + [f"go {way_to(ways[0], door=False)}"] * bool(ways)
            options.append("ask for help")
        here = in_sentence(ctx.location.name)
        feelings = self.scene.feelings
        if feelings:
            difficult = [f for f in feelings if f in HARD_FEELINGS]
            table = P.FEELING_HARD if difficult else P.FEELING_EASY
            named = listing(difficult or list(feelings))
            opening = self.say(
                table[self.tone], feeling=named, Feeling=named[:1].upper() + named[1:]
            )
        else:  # the lead is left out when both were said lately: the suggestion stays
            opening = self.maybe(P.NOT_UNDERSTOOD[self.tone])
        words = self.scene.unknown or None  # "I know the word 'lantern', but not ..."
        self.para(opening, words, self.say(P.SUGGEST, place=here, list=listing(options, "or")))

    @staticmethod
    def suggestion(text: str, ctx: Context) -> str:
        if text == "help":
            return "ask for help"
        for item in ctx.items_here:  # the pipeline's "examine the pip's slate"
            if text == f"examine the {_ARTICLE.sub('', item.name.lower())}":
                return f"examine {the(item.name)}"
        return text

    # -- one action ---------------------------------------------------------------------------
    def step(self, st: Step) -> None:
        o, facts = st.outcome, st.outcome.facts
        key = o.message_key
        if not o.ok:
            self.refusal(st)
            return
        name = fact_text(facts, "name") or "it"
        known = {"item": the(name), "Item": cap(the(name))}
        if key == "go.ok":
            first = fact_text(facts, "text") if facts.get("first_visit") else None
            mode = "arrive" if facts.get("first_visit") else "back"
            self.place(st.context, mode, direction_word(facts.get("direction")) or "on", first)
        elif key == "look.ok":
            self.place(st.context, "look")
        elif key == "examine.ok":
            self.examine(st)
        elif key == "take.ok":
            self.para(self.say(P.TAKE[self.tone], item=name, Item=cap(name)))
        elif key == "drop.ok":
            self.para(self.say(P.DROP, **known))
        elif key.startswith("inventory."):
            names = [i.name for i in st.context.inventory]
            if names:
                self.para(self.say(P.INVENTORY, list=listing(names)))
            else:
                self.para(self.say(P.INVENTORY_EMPTY[self.tone]))
        elif key == "help.ok":
            self.help(st)
        elif key == "wait.ok":
            self.para(self.say(P.WAIT[self.tone]))
            self.invitation(st.context, always=True)
        elif key == "open.ok":
            self.opened(st)
        elif key == "give.ok":
            first = first_name(fact_text(facts, "character_name") or "them")
            self.interaction(st, self.say(P.GIVE, first=first, **known))
        elif key == "talk.default":
            self.talk_default(st)
        elif key == "talk.answer":
            self.answer(st)
        elif key == "talk.reply" or key in MANNERS:
            self.reply(st)
        elif key == "talk.ok" and facts.get("offtopic"):  # asked about something else
            self.interaction(st, self.offtopic(st))
        else:  # use.ok, verb.ok, talk.ok: the world's text says it all
            self.interaction(st)
        self.deltas(st)

    # -- conversation ---------------------------------------------------------------------
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

    def interaction(self, st: Step, lead: str | None = None) -> None:
        facts = st.outcome.facts
        text = fact_text(facts, "text")
        quoted, said = fact_text(facts, "quoted"), self.quote(facts.get("words"))
        if quoted and said and text and not facts.get("repeat"):
            bare = said.rstrip(".")  # "'{words}.'" keeps a question's "?" and no "?."
            text = quoted.replace("{words}.", said if said[-1:] in "?!" else f"{bare}.")
            text = text.replace("{words}", bare)
        key = fact_text(facts, "interaction")
        tags = (interaction_tags(self.world, key) if key else []) + item_tags(
            self.world, st.action.target_id
        )
        if text and facts.get("repeat") and not self.fresh(text):
            # the same thing again, lately told: say so briefly instead of repeating it
            who = fact_text(facts, "character_name")
            if st.outcome.message_key == "talk.ok" and who and facts.get("plain"):
                self.para(self.say(P.TALK_AGAIN, first=first_name(who)))
            elif st.outcome.message_key == "talk.ok" and who:  # asked something else
                self.para(lead, self.say(P.TALK_NOTHING_NEW, first=first_name(who)))
            else:
                self.para(lead, self.say(P.DONE_AGAIN))
        elif text and not self.avoided(tags):
            self.para(lead, text)
        else:
            self.para(lead, self.say(P.PLAIN_DONE))

    def examine(self, st: Step) -> None:
        facts = st.outcome.facts
        name = fact_text(facts, "name") or "it"
        description = fact_text(facts, "description")
        if "mood" in facts:  # a person
            mood = fact_text(facts, "mood") or "neutral"
            self.para(
                self.say(P.EXAMINE_PERSON, char=name),
                description,
                self.say(P.MOOD.get(mood, P.MOOD["neutral"]), first=first_name(name)),
            )
        elif self.avoided(item_tags(self.world, st.action.target_id)):
            self.para(self.say(P.PLAIN_ITEM, item=name))
            return
        else:
            self.para(self.say(P.EXAMINE_ITEM, item=name), description)
        if fact_text(facts, "text"):
            self.interaction(st)

    def opened(self, st: Step) -> None:
        facts = st.outcome.facts
        where = facts.get("direction")
        ex = next((e for e in st.context.exits if e.dir == where), None)
        mentioned = st.outcome.state.mentioned
        item = self.world.item(mentioned[0]) if mentioned else None
        key = the(item.name) if item is not None else "the key"
        if ex is not None and ex.door:
            lead = self.say(P.OPEN_DOOR, key=key, door=ex.door.removeprefix("the "))
        else:
            lead = self.say(P.OPEN_LOCK, key=key)
        text = fact_text(facts, "text")
        if not text or self.avoided(st.context.location.tags):
            text = self.say(P.OPENED, dir=direction_word(where) or "on")
        self.para(lead, text)

    def help(self, st: Step) -> None:
        facts = st.outcome.facts
        hint = fact_text(facts, "hint")
        if not hint or not facts.get("step"):
            self.para(self.say(P.HELP_DONE))
            return
        guide = next((c for c in st.context.characters if c.guide), None)
        if guide is not None:
            lead = self.say(P.HELP_HERE, first=first_name(guide.name))
        else:
            lead = self.say(self.aside(P.HELP_AWAY, P.HELP_ALONE))
        self.para(lead, hint)

    # -- refusals ---------------------------------------------------------------------------
    def refusal(self, st: Step) -> None:
        key = st.outcome.message_key
        text = fact_text(st.outcome.facts, "text")
        if text and self.avoided(self.refusal_tags(st)):
            parts = [self.say(P.PLAIN_REFUSE), self.say(self.aside(P.GUIDE_NUDGE, P.NUDGE_ALONE))]
        elif text and not self.fresh(text):  # refused the same way lately: say so briefly
            parts = [self.plain_refusal(st), self.say(P.REFUSED_BEFORE)]
            parts.append(self.maybe(self.aside(P.GUIDE_NUDGE, P.NUDGE_ALONE)))
        elif text:
            parts = [text]
        else:
            parts = [self.plain_refusal(st)]
            ways = [way_to(ex) for ex in st.context.exits if ex.open]
            if key in ("go.where", "go.no_exit") and ways:
                parts.append(self.say(P.REFUSE_WAYS, list=listing(ways, "or")))
        if not text or key.startswith(("go.", "open.")):  # the world's people speak for themselves
            parts.append(self.maybe(P.COMFORT[self.tone]))
        self.para(*parts)

    def plain_refusal(self, st: Step) -> str:
        facts, key = st.outcome.facts, st.outcome.message_key
        name = the(fact_text(facts, "name") or "it")
        direction = direction_word(facts.get("direction"))
        if key == "go.no_exit" and direction is None:
            key = "go.nowhere"
        return self.say(
            P.REFUSE.get(key, P.REFUSE_ANY),
            thing=self.thing(st),
            item=name,
            Item=cap(name),
            first=first_name(fact_text(facts, "character_name") or "Nobody here"),
            holder=fact_text(facts, "holder_name") or "Someone",
            dir=direction or "that way",
        )

    def thing(self, st: Step) -> str:
        """What the player asked for, by name, or in their own words when those are plain."""
        for ref in (st.outcome.facts.get("target"), st.action.target_id):
            if isinstance(ref, str) and ref:
                named = self.world.item(ref) or self.world.character(ref)
                if named is not None:
                    return the(named.name)
        words = " ".join((st.action.target_text or "").lower().split())
        if words and _PLAYER_WORDS.match(words) and len(words.split()) <= 3:
            return "that" if words in _NOT_NOUNS else f"any {words}"
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

    # -- what changed -------------------------------------------------------------------------
    def deltas(self, st: Step) -> None:
        key, deltas = st.outcome.message_key, st.outcome.delta
        gained: list[str] = []
        lines: list[str] = []
        moods: dict[str, int] = {}
        for d in deltas:
            item = self.world.item(d.subject) if d.kind is DeltaKind.ITEM else None
            if item is not None and d.value == PLAYER and key != "take.ok":
                gained.append(item.name)
            elif item is not None and d.value == st.context.location.id and key != "drop.ok":
                lines.append(self.say(P.ITEM_PLACED, Item=cap(item.name)))
            elif d.kind is DeltaKind.ATTITUDE and isinstance(d.value, int):
                moods[d.subject] = d.value
            elif d.kind is DeltaKind.UNLOCKED and key != "open.ok":
                lines.append(self.unlocked(d))
        for who, value in moods.items():
            ch = self.world.character(who)
            line = self.attitude(value)
            if ch is not None and line is not None:
                lines.append(line.format_map(ChainMap({"first": first_name(ch.name)}, self.keys)))
        if gained:
            lines.insert(0, self.say(P.ITEMS_GAINED, list=listing(gained)))
        self.para(*lines)
        steps = [d.text for d in deltas if d.kind is DeltaKind.STEP]
        skill = next((d for d in deltas if d.kind is DeltaKind.SKILL), None)
        if skill is not None:
            self.skill(skill, praise=not steps)
        ending = [
            d.text or self.world.arc.ending.text for d in deltas if d.kind is DeltaKind.ENDING
        ]
        for text in steps:
            self.para(text)
        if steps and not ending and not self.quiet and self.seed % 3 == 0:
            self.para(
                self.maybe(P.STEP_ASIDE_HERE if self.guide_here() else self.aside(P.STEP_ASIDE))
            )
        for text in ending:
            self.para(text)
            self.para(self.say(P.ENDING_CLOSE[self.tone]))

    @staticmethod
    def attitude(value: int) -> str | None:
        """The line for a character's attitude reaching ``value``: each value of a band has its
        own line (the band's table in order from its lowest value), and values past the end of
        the table have none, so no attitude line is said twice for one character in a story."""
        word = attitude_word(value)
        table = P.ATTITUDE.get(word, P.ATTITUDE["neutral"])
        lowest = next(v for v in range(-5, 6) if attitude_word(v) == word)
        if value < 0:  # falling: the band's lines in order from its top
            lowest = max(v for v in range(-5, 6) if attitude_word(v) == word)
        step = abs(value - lowest)
        return table[step] if step < len(table) else None

    def unlocked(self, d: Delta) -> str:
        where, _, way = d.subject.rpartition(":")
        loc = self.world.location(where)
        place = in_sentence(loc.name) if loc is not None else "the way you came"
        return self.say(P.UNLOCKED, dir=direction_word(way) or "on", place=place)

    def skill(self, d: Delta, praise: bool) -> None:
        """Coaching after a skill: named with its gloss the first time, briefly (and not every
        time) after that; nothing at all with quiet coaching."""
        words = skill_words(d.subject)
        if words is None or self.quiet:
            return
        times = d.value if isinstance(d.value, int) else 1
        keys = {"skill": words[0], "Skill": cap(words[0]), "gloss": words[1]}
        if times <= 1:
            parts = [self.say(P.SKILL_ACK[self.tone], **keys)]
        elif self.seed % 2 == 0:
            parts = [self.maybe(P.SKILL_AGAIN[self.tone], **keys)]
        else:
            return
        goals = [g for g in self.scene.persona.goals if g in P.GOAL_LINES] or [""]
        if times <= 1:  # a skill's first time: the goals' lines in turn, each once
            voice = "bold" if self.tone == "challenging" else "gentle"
            lines = [line for g in goals for line in P.GOAL_LINES[g][voice]]
            first_times = len(self.scene.context.skills) - 1 if self.scene.context.skills else 0
            if first_times < len(lines):
                parts.append(lines[first_times])
        if praise and self.seed % 3 == 0:
            parts.append(
                self.maybe(P.GUIDE_PRAISE_HERE if self.guide_here() else self.aside(P.GUIDE_PRAISE))
            )
        self.para(*parts)


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


# -- the narrator ---------------------------------------------------------------------------------
class DefaultNarrator:
    """Composes a scene's prose from the world and the outcomes; needs no network."""

    def compose(self, scene: Scene) -> list[str]:
        """The paragraphs for a scene: deterministic, and never the previous text again."""
        previous = squash(scene.previous) if scene.previous else None
        for attempt in range(3):
            composer = _Composer(scene, attempt)
            paragraphs = composer.run()
            if previous is None or squash(" ".join(paragraphs)) != previous:
                return paragraphs
        return [*paragraphs, composer.say(P.CODA[composer.tone])]

    async def narrate(self, scene: Scene) -> list[str]:
        try:
            return self.compose(scene)
        except Exception:  # a narrator must not fail a turn; say something plain instead
            log.exception("default narrator failed on a scene; using a plain line")
            return [f"You take in {in_sentence(scene.context.location.name)}, and wait."]

    async def aclose(self) -> None:
        """Nothing to release (the protocol asks every narrator for it)."""
