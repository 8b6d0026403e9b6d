"""One scene composed: the opening or each step's action in turn, then what changed.

:class:`Composer` dispatches each step on its outcome's message key to the writers of places,
conversation, refusals and changes it inherits, and writes the actions themselves (examining,
opening, interactions, help). An authored text that would be said again (the same question
asked twice) is replaced by a short line saying so; a paragraph told lately gets a fresh last
line (a coda).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tta_server.narrative import phrases as P
from tta_server.narrative.avoid import interaction_tags, item_tags
from tta_server.narrative.base import Step
from tta_server.narrative.changes import ChangeWriter
from tta_server.narrative.conversation import MANNERS, ConversationWriter
from tta_server.narrative.places import PlaceWriter
from tta_server.narrative.refusals import RefusalWriter
from tta_server.narrative.stock import saying_leads
from tta_server.narrative.told import fingerprint
from tta_server.narrative.words import cap, direction_word, fact_text, first_name, listing, the
from tta_server.protocol.intents import Intent
from tta_server.world.acts import ME
from tta_server.world.talk import is_question

_LOOKS = frozenset({"look.ok", "examine.ok"})


@dataclass(slots=True)
class _ToldThisTurn:
    """What one reply has told so far: whether a hint was given, the looks and examinations
    (what, where and as told), and each character's topics answered."""

    hint: bool = False
    looks: set[tuple[str, str | None, str, object]] = field(default_factory=set)
    topics: dict[str, set[str]] = field(default_factory=dict)


class Composer(PlaceWriter, ConversationWriter, RefusalWriter, ChangeWriter):
    """Writes one scene's paragraphs (:meth:`run`)."""

    def run(self) -> list[str]:
        scene = self.scene
        if scene.opening:
            self.para(self.world.meta.intro)
            ctx = scene.context
            self.place(ctx, "opening", first_text=ctx.location.first_visit)
        elif not scene.steps:
            self.not_understood()
        told = _ToldThisTurn()
        left: Step | None = None  # a question answered earlier, left aside after an answer
        for step in scene.steps:
            if self.said_already(step, told):
                self.deltas(step)  # nothing new to say: answered already this turn
                left = left or (step if self.left_aside(step, told) else None)
                continue
            self.step(step)
        if left is not None:  # "where's pip? and what should i take?": say the other waits
            first = first_name(fact_text(left.outcome.facts, "character_name") or "Nobody")
            self.para(self.say(P.REFUSE["talk.unanswered"], first=first))
        if not self.out:
            self.para(self.say(P.REFUSE_ANY))
        # a paragraph once a reply: "listen. what can i hear?" hears the same sounds twice
        self.out[:] = dict.fromkeys(self.out)
        for i, paragraph in enumerate(self.out):  # a paragraph told lately: a fresh last line
            if fingerprint(paragraph) in self.told_before:
                tail = self.maybe(P.CODA[self.tone])
                self.out[i] = f"{paragraph} {tail}" if tail else paragraph
        return self.out

    @staticmethod
    def said_already(st: Step, told: _ToldThisTurn) -> bool:
        """Whether a step finds nothing new after an earlier one of this turn: a second hint
        (one hint a reply: "i'm stuck. what should i do?" asks twice), or a step to a character
        who answered earlier in this turn: the same topic again ("are you bastian? do you know
        what happened?" both find what happened), a topic told before, or no topic ("what
        happened with the fire? how do you feel about it?": the confession answers both; a
        deflection after it would contradict it; nor does how they are, after a topic told:
        newcomer 18 had Pip's confession and then "Fine. I'm fine."); or the same look or
        examination again ("who's footnote? look at footnote" described the cat twice, in two
        openings). Records a hint given, a look and a topic answered."""
        o, who = st.outcome, st.action.target_id
        if o.message_key == "help.ok":
            again, told.hint = told.hint, True
            return again
        if o.message_key in _LOOKS:  # "who's footnote? look at footnote": one description
            what = (o.message_key, who, st.context.location.id, o.facts.get("description"))
            again = what in told.looks  # the same thing, told the same (not after it changed)
            told.looks.add(what)
            return again
        if not o.ok or who is None or not o.message_key.startswith("talk."):
            return False
        key = fact_text(o.facts, "interaction")
        stale = o.message_key == "talk.default" or bool(o.facts.get("repeat"))
        if who in told.topics and (stale or key in told.topics[who]):
            return True
        if o.message_key == "talk.wellbeing" and told.topics.get(who):  # "hello pip. you
            return True  # alright?": her worry told how she is; "Fine. I'm fine." would not
        answered = told.topics.setdefault(who, set())  # any answer: one a question
        if o.message_key == "talk.ok" and key:
            answered.add(key)
        return False

    @staticmethod
    def left_aside(st: Step, told: _ToldThisTurn) -> bool:
        """Whether a step left unsaid after an answer this turn is a question answered by a
        topic told in an earlier turn ("and is there anything i should take with me to the
        lighthouse?" finding the lighthouse again): a question the player gets no new answer
        to, said plainly rather than dropped. Not one whose topic this turn's answer told
        ("how do i get the light going? do you need a key": the key given answers both)."""
        o = st.outcome
        repeat = o.message_key == "talk.ok" and bool(o.facts.get("repeat"))
        now = fact_text(o.facts, "interaction") in told.topics.get(st.action.target_id or "", ())
        return repeat and not now and is_question(st.action.target_text or "")

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
            way = direction_word(facts.get("direction")) or "on"
            via = [x for x in facts.get("via") or () if isinstance(x, str)]
            visits = int(str(facts.get("visits") or 0))
            self.place(st.context, mode, way, first, visits=visits, via=via)
        elif key == "look.ok":
            self.place(st.context, "look")
        elif key == "look.way":
            self.look_way(st.context, fact_text(facts, "direction") or "")
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
        elif key == "talk.ok" and fact_text(facts, "wellbeing"):  # "hi! how are you?" first
            self.interaction(st, fact_text(facts, "wellbeing"))
        elif key == "talk.ok" and not facts.get("repeat") and self.heard_first(st):
            self.interaction(st, self.heard_first(st))  # "hello pip, are you ok? you look
            # cold": heard, then what is on her mind
        else:  # use.ok, verb.ok, talk.ok: the world's text says it all
            self.interaction(st)
        self.deltas(st)

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
        asked = st.action.intent in (Intent.READ, Intent.EXAMINE)  # the words were asked for
        done_before = bool(facts.get("repeat")) or st.outcome.message_key == "act.ok"  # "sit on
        # the bench": the same stock line lately told is not told again (newcomer corpus 25
        # met "It feels good to be still" four times)
        other = st.outcome.message_key == "act.ok" and not self.memory.told(text or "")
        # "hug bastian" after "hug ilse": a line about someone else, not "the same as before"
        if text and done_before and not asked and not other and not self.fresh(text):
            # the same thing again, lately told: say so briefly instead of repeating it
            who = fact_text(facts, "character_name")
            animal = self.animal(st) or ""  # an animal never says it in words
            if st.outcome.message_key == "talk.ok" and who and facts.get("plain"):
                again = P.ANIMAL_AGAIN if animal else P.TALK_AGAIN
                self.para(self.say(again, first=first_name(who), kind=animal))
            elif st.outcome.message_key == "talk.ok" and who:  # asked something else
                nothing = P.ANIMAL_NOTHING_NEW if animal else P.TALK_NOTHING_NEW
                ch = fact_text(facts, "character") or st.action.target_id or ""
                self.para(lead, self.own_line(ch, "quiet", nothing, first_name(who), animal))
            elif st.action.intent in (Intent.THANK, Intent.APOLOGISE) and who:  # words to
                # someone are never "the same as before" (newcomer corpus 32, after the ending)
                self.para(lead, self.say(P.THANKS_AGAIN, first=first_name(who)))
            elif st.action.intent in (Intent.SIT, Intent.SLEEP, Intent.WAIT):
                self.para(lead, self.say(P.STILL_AGAIN))
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
        elif st.action.target_id == ME:  # "x me": the look, and who the player is (corpus 29)
            persona = self.scene.persona
            named = self.say(P.SELF_NAMED, name=persona.name, pronouns=persona.pronouns)
            self.para(self.say(P.EXAMINE_ITEM, item=name), description, named)
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
        if guide is not None:  # a lead once per story (narrative.stock), then the hint alone
            here = [*saying_leads(self.world, P.SAYING_HERE), *P.HELP_HERE]
            lead = self.maybe(here, first=first_name(guide.name))
        else:
            away = [*saying_leads(self.world, P.SAYING_AWAY), *P.HELP_AWAY]
            lead = self.maybe(self.aside(away, P.HELP_ALONE))
        self.para(lead, hint)
