"""One action being applied, and what every part of the engine shares about it.

:class:`Action` is what the player does (ids resolved by the parser), :class:`Outcome` its result,
:data:`MESSAGES` the plain sentence of every ``message_key``, :class:`Turn` the action in progress
(the untouched state, a copy collecting changes, and how a use, topic, reaction or verb is run),
and small lookups the engine's modules share (:func:`find_exit`,
:func:`the`, :func:`scenery_here`). :mod:`tta_server.world.engine` is the entry point
(:func:`~tta_server.world.engine.apply`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, NamedTuple

from pydantic import BaseModel, Field

from tta_server.protocol.directions import Direction
from tta_server.world.chat import asked_back
from tta_server.world.feelings import mentions_feeling
from tta_server.world.replies import agreeing_reply, doubting_reply, own_words, unkind_reply
from tta_server.world.schema import (
    Character,
    Exit,
    Item,
    Question,
    Reaction,
    Scenery,
    Topic,
    Use,
    Verb,
    World,
    reply_key,
)
from tta_server.world.state import (
    Changes,
    Delta,
    WorldState,
    copy_state,
    ending_now,
    holds,
    place_of,
)
from tta_server.world.views import (
    characters_here,
    here,
    hint_now,
    interaction_texts,
)
from tta_server.world.vocab import PLAYER, Skill

KIND_REPLIES = frozenset({Skill.SELF_COMPASSION, Skill.REFRAMING})
"""The skills of moments that ask for a kind reply or a reframe in the player's own words:
unkind, hostile or dismissive words (:func:`~tta_server.world.replies.unkind_reply`) are not
accepted as one (``use.unkind`` / ``verb.unkind``: the story answers gently, the moment stays
open), nor is agreeing with the harsh words (``use.agreed`` / ``verb.agreed``), nor are sad or
unsure words of oneself (:func:`~tta_server.world.replies.doubting_reply`: ``use.doubted`` /
``verb.doubted``)."""

MESSAGES: dict[str, str] = {
    "go.ok": "You go to {location_name}.",
    "go.where": "Which way?",
    "go.no_exit": "You can't go that way.",
    "go.already": "You are already here.",
    "go.blocked": "That way is shut for now.",
    "look.ok": "You look around {location_name}.",
    "look.way": "You look {direction}.",
    "examine.ok": "You look closely at {name}.",
    "examine.not_here": "You don't see that here.",
    "examine.background": "There is nothing more to {target} than meets the eye.",
    "take.ok": "You take {name}.",
    "take.what": "Take what?",
    "take.already_held": "You already have {name}.",
    "take.fixed": "{name} stays where it is.",
    "take.theirs": "{holder_name} is holding {name}.",
    "take.not_here": "You don't see that here.",
    "take.person": "{character_name} is not yours to carry off.",
    "drop.ok": "You put down {name}.",
    "drop.not_held": "You aren't carrying that.",
    "drop.keep": "You keep hold of {name}.",
    "use.ok": "You use {name}.",
    "use.blocked": "Not yet.",
    "use.agreed": "It's hard not to believe it. You could answer it as you would a friend.",
    "use.doubted": "Heard. It can wait; you could answer it as you would a friend.",
    "use.unkind": "Sharp words; it stays as it was. You could answer it as you would a friend.",
    "use.nothing": "Nothing comes of that.",
    "use.not_here": "You don't have that to hand.",
    "open.ok": "You open the way {direction}.",
    "open.already_open": "It is already open.",
    "open.locked": "It is locked.",
    "open.blocked": "It won't open for now.",
    "open.nothing": "There is nothing here to open.",
    "open.scenery": "You open {name}.",
    "talk.ok": "{character_name} talks with you.",
    "talk.blocked": "{character_name} isn't ready to talk about that.",
    "talk.default": "{character_name} has nothing to add just now.",
    "talk.reply": "{character_name} hears your answer.",
    "talk.answer": "{character_name} tells you what they know of {subject_name}.",
    "talk.thanks": "{character_name} takes your thanks.",
    "talk.sorry": "{character_name} hears your apology.",
    "talk.kindness": "{character_name} hears your kind words.",
    "talk.declined": "{character_name} lets you do it your own way.",
    "talk.feeling": "{character_name} hears how you feel.",
    "talk.shared": "{character_name} hears that you know the feeling too.",
    "talk.life": "{character_name} hears something of your life.",
    "talk.proud": "{character_name} is glad you are proud of yourself.",
    "talk.relief": "{character_name} shares your relief.",
    "talk.family": "{character_name} tells you about their family.",
    "talk.tears": "{character_name} stays with you while you cry.",
    "talk.disclosed": "{character_name} listens, and is kind about it.",
    "talk.wellbeing": "{character_name} tells you how they are.",
    "talk.personal": "{character_name} tells you a little about themselves.",
    "talk.invited": "{character_name} is glad to be asked.",
    "talk.coping": "{character_name} tells you how they get through hard times.",
    "talk.heard": "{character_name} hears your answer.",
    "talk.greeted": "{character_name} says hello back.",
    "talk.goodbye": "{character_name} sees you off.",
    "talk.called": "You call {character_name}, but they are not here to come.",
    "talk.behind": "You call to {character_name} through {door}, but the door stays shut.",
    "talk.unkindness": "{character_name} hears your hard words.",
    "talk.nobody": "There is no one here to talk to.",
    "talk.unanswered": "{character_name} answers one of your questions, not the other.",
    "talk.absent": "{character_name} isn't here.",
    "talk.thing": "{name} has nothing to say.",
    "give.ok": "You give {name} to {character_name}.",
    "give.declined": "{character_name} doesn't take it.",
    "give.blocked": "{character_name} isn't ready for that.",
    "give.not_held": "You aren't carrying that.",
    "give.nobody": "There is no one here to give it to.",
    "give.whom": "Give {name} to whom: {choices}?",
    "verb.ok": "You {verb}.",
    "verb.blocked": "Not here, not yet.",
    "verb.agreed": "It's hard not to believe it. You could answer it as you would a friend.",
    "verb.doubted": "Heard. It can wait; you could answer it as you would a friend.",
    "verb.unkind": "Sharp words; it stays as it was. You could answer it as you would a friend.",
    "verb.unknown": "That isn't something you can do here.",
    "inventory.ok": "You are carrying: {names}.",
    "inventory.empty": "Your hands are empty.",
    "help.ok": "{hint}",
    "wait.ok": "Time passes.",
    "act.ok": "{text}",
    "act.refused": "{text}",
    "act.taken_back": "That wasn't what you meant: say it another way.",
    "which.ask": "{text}",
}
"""A plain sentence for every ``message_key`` (formatted with the outcome's facts)."""


#: Words that are the player's own sentence, with its subject ("i can notice the gorse", "we
#: hear the sea"): the action's verb in them is theirs to keep when they are quoted.
_I_SAY = re.compile(r"^\s*(?:i|i'm|im|i've|ive|we|we're|you|you're|there's|there is)\b", re.I)


class Facts(dict[str, Any]):
    """Facts for a message template; a missing fact reads as "that"."""

    def __missing__(self, key: str) -> str:
        return "that"


class Action(NamedTuple):
    """What the player does, with ids resolved by the parser."""

    intent: str
    target_id: str | None = None
    obj_id: str | None = None
    target_text: str | None = None


class Outcome(BaseModel):
    """The result of an action. ``changed`` is whether anything besides the turn changed."""

    state: WorldState
    ok: bool
    changed: bool
    message_key: str
    facts: dict[str, Any] = Field(default_factory=dict)
    delta: list[Delta] = Field(default_factory=list)

    def message(self) -> str:
        """The plain sentence for this outcome (narrators will say it better)."""
        return MESSAGES[self.message_key].format_map(Facts(self.facts))


# -- what is where ------------------------------------------------------------------------------
#: "the door to the clock stair", "the gate into the yard": a way named by where it leads.
WAY_TO = re.compile(r"^(?:the |a )?(?:door|gate|hatch|way|doorway) (?:to|into|of|for) (?:the )?")


def find_exit(world: World, s: WorldState, ref: str | None) -> Exit | None:
    """The way out of here named by its direction, destination id, door or aliases, or as
    "the door to <where it leads>"."""
    if not ref:
        return None
    ref = " ".join(ref.lower().split())
    direction = Direction.from_name(ref)
    exits = here(world, s).exits
    for ex in exits:
        door = (ex.door or "").lower()
        if ex.dir == direction or ex.to == ref or ref == door or ref in ex.aliases:
            return ex
    to = WAY_TO.sub("", ref) if WAY_TO.match(ref) else None
    for ex in exits if to else ():  # "the door to the clock stair": the one that leads there
        place = world.location(ex.to)
        name = place.name.lower().removeprefix("the ") if place is not None else ""
        door = (ex.door or "").lower()
        if (
            to in (ex.to.replace("-", " "), name)
            or name.endswith(f" {to}")
            or f" {to} " in (f" {door} ")
        ):  # "the door to the study": Fenn's Study, by its study door
            return ex
    return _door_described(exits, ref)


def _door_described(exits: Sequence[Exit], ref: str) -> Exit | None:
    """The one way out of here with a door whose own word ends the words that describe it
    ("the heavy door", "the old oak doors": the prose's words for the library doors), when
    only one door here fits; None otherwise."""
    words = ref.removeprefix("the ").split()
    if not 1 < len(words) <= _DESCRIBED_WORDS:
        return None
    head = words[-1]
    fits = [
        ex
        for ex in exits
        if ex.door
        and head in {ex.door.lower().split()[-1], *(a.split()[-1] for a in ex.aliases)}
        and head in _DOOR_WORDS
    ]
    return fits[0] if len(fits) == 1 else None


#: Words of a door that prose describes with words of its own ("heavy", "oak", "iron").
_DOOR_WORDS = frozenset({"door", "doors", "gate", "gates", "hatch", "trapdoor", "doorway"})
_DESCRIBED_WORDS = 4


UNCHANGING = frozenset({"turn", "mentioned", "told", "chatting"})
"""State fields that do not count as a change (``Outcome.changed``)."""


# -- one turn -------------------------------------------------------------------------------------


def thing_names(world: World) -> tuple[str, ...]:
    """Every item's and scenery's name and aliases, in world-file order: what a quoted
    interaction takes out where the player's words start (:func:`own_words`' ``leading``)."""
    return tuple(n for x in world.items for n in (x.name, *x.aliases)) + tuple(
        n for x in world.scenery for n in (x.name, *x.aliases)
    )


class Turn:
    """One action being applied: the untouched input, and a copy that collects changes."""

    def __init__(self, world: World, state: WorldState, action: Action) -> None:
        self.world = world
        self.before = state
        self.s = copy_state(state)
        self.changes = Changes(world, self.s)
        self.action = action

    def fail(self, key: str, mentioned: list[str] | None = None, /, **facts: Any) -> Outcome:
        """Nothing changes; ``mentioned`` (what the refusal was about: "take biscuit", then
        "eat it") is still remembered for "it" and "her"."""
        state = copy_state(self.before)
        if mentioned is not None:
            state.mentioned = mentioned
        return Outcome(
            state=state,
            ok=False,
            changed=False,
            message_key=key,
            facts={k: v for k, v in facts.items() if v is not None},
        )

    def done(self, key: str, mentioned: list[str] | None = None, **facts: Any) -> Outcome:
        self.changes.advance_arc()
        now, was = self.s.__dict__, self.before.__dict__  # the fields, without dumping them
        changed = any(now[k] != was[k] for k in now if k not in UNCHANGING)
        self.s.turn += 1
        if mentioned is not None:
            self.s.mentioned = mentioned
        who, said = facts.get("character"), facts.get("text")
        talked = self.action.intent == "talk" and isinstance(who, str) and isinstance(said, str)
        if talked and who not in self.s.asking and asked_back(str(said)):  # "And you? Where
            self.s.chatting = {str(who): self.s.turn}  # have you washed up from?": answered next
        return Outcome(
            state=self.s,
            ok=True,
            changed=changed,
            message_key=key,
            facts={k: v for k, v in facts.items() if v is not None},
            delta=self.changes.deltas,
        )

    def hint(self) -> Outcome:
        """The guide's hint for where the story stands now (``help.ok``): what ``help`` answers,
        and a question with no one here to hear it that the world cannot answer."""
        step = next((x for x in self.world.arc.steps if x.id not in self.s.steps_done), None)
        guide = self.world.character(self.world.guide.character)
        w, s = self.world, self.s
        return self.done(
            "help.ok",
            hint=hint_now(w, s, step) if step is not None else ending_now(w, s),
            step=step.id if step else None,
            guide=guide.id if guide else None,
            guide_name=guide.name if guide else None,
        )

    def interact(
        self,
        key: str,
        what: str,
        thing: Use | Topic | Reaction | Verb,
        mentioned: list[str],
        asker: str | None = None,
        **facts: Any,
    ) -> Outcome:
        """Run a use, topic, reaction or verb: effects and its skill once (a skill is counted
        once per distinct moment, not each time the same thing is done again)."""
        if not holds(self.world, self.s, thing.when):
            return self.fail(f"{what}.blocked", text=thing.otherwise, **facts)
        kind_asked = thing.quoted is not None and thing.skill in KIND_REPLIES
        if kind_asked and key not in self.s.done:  # answered gently, the moment still open
            if unkind_reply(self.action.target_text):  # "shut up page, i hate you"
                return self.fail(f"{what}.unkind", **facts)
            if agreeing_reply(self.action.target_text):  # "yeah that's kinda true tbh"
                return self.fail(f"{what}.agreed", **facts)
            if doubting_reply(self.action.target_text):  # "i am always a bit lost here"
                return self.fail(f"{what}.doubted", **facts)
        naming = thing.quoted is not None and thing.skill == Skill.NAMING_FEELINGS
        if naming and key not in self.s.done and "?" in (self.action.target_text or ""):
            return self.fail(f"{what}.asked", **facts)  # "call it by its name? what name?":
            # a question back is no naming; the story says what is meant, no skill credited
        if naming and key not in self.s.done and _no_feeling(self.action, self.names([])):
            return self.fail(f"{what}.asked", **facts)  # "name it: banana": no feeling named,
            # what is meant said plainly (as for a question back), no skill credited
        first = key not in self.s.done
        if first:
            self.s.done.append(key)
            self.changes.apply(thing.effects)
            if thing.skill is not None:
                self.changes.practise(thing.skill)
        said, again = interaction_texts(self.world, self.s, thing)
        text = said if first or again is None else again
        if first and thing.quoted is not None:
            things = thing_names(self.world)  # where the words start: "page like a friend"
            names = self.names(mentioned)
            if _I_SAY.match(self.action.target_text or ""):  # "i can notice the gorse": the
                names = names[len(self.names([])) :]  # verb is the player's (not "I can the")
            fewest = 1 if naming else 2  # "name it: resentment": one word is a feeling's name
            words = own_words(self.action.target_text, names, leading=things, fewest=fewest)
            if naming and words is not None and _IT_FIRST.match(words):
                words = _IT_FIRST.sub("", words).capitalize()  # "label it sadness": "Sadness"
            if naming and words is not None and not mentions_feeling(words):
                words = None  # "call it by its name": no feeling named, none quoted ("By its.")
            if words is not None:  # the narrator says ``quoted`` with them, when it may
                facts |= {"quoted": thing.quoted, "words": words}
        asks = thing.asks if isinstance(thing, Topic | Reaction) else None
        if asker is not None and asks is not None and self.still_open(asker, asks):
            self.s.asking[asker] = asks.id
        return self.done(
            f"{what}.ok", mentioned, text=text, repeat=not first, interaction=key, **facts
        )

    def still_open(self, asker: str, q: Question) -> bool:
        """Whether a question is still to be asked: its ``when`` holds and it has not been
        answered kindly (asked again, with the topic's ``again`` text, until it is)."""
        return holds(self.world, self.s, q.when) and reply_key(asker, q) not in self.s.done

    # -- lookups ----------------------------------------------------------------------------
    def names(self, ids: list[str]) -> tuple[str, ...]:
        """Every word the player may have used for the action and the things it is about."""
        found: list[str] = [self.action.intent]
        for verb in self.world.verbs:
            if verb.verb == self.action.intent:
                found += verb.aliases
        for x in ids:
            thing = self.world.item(x) or self.world.character(x)
            if thing is not None:
                found += [thing.name, *thing.aliases]
        return tuple(found)

    def reachable_item(self, item_id: str | None) -> Item | None:
        """An item held or lying here."""
        item = self.world.item(item_id) if item_id else None
        if item is None or place_of(self.world, self.s, item.id) not in (PLAYER, self.s.location):
            return None
        return item

    def present(self, character_id: str | None, *, only: bool = False) -> Character | None:
        """A character here (with ``only``: the one character here when none is named)."""
        people = characters_here(self.world, self.s)
        if character_id is None:
            return people[0] if only and len(people) == 1 else None
        return next((c for c in people if c.id == character_id), None)


def the(name: str) -> str:
    """A name as it reads after a verb: "a storm lantern" -> "the storm lantern"."""
    for article in ("a ", "an ", "some ", "the "):
        if name.lower().startswith(article):
            return "the " + name[len(article) :]
    return name


def scenery_here(t: Turn, scenery_id: str | None) -> Scenery | None:
    """Scenery of the player's location."""
    return next((x for x in t.world.scenery_at(t.s.location) if x.id == scenery_id), None)


def scenery_description(world: World, s: WorldState, scenery: Scenery) -> str:
    """A scenery entry's description now: its first state that holds, else the usual one."""
    return next((x.description for x in scenery.states if holds(world, s, x.when)), None) or (
        scenery.description
    )


#: Words a command to name a feeling has of its own, naming none ("call it by its name", "say
#: what it is", "name it out loud, honestly"): the command, told plainly.
_NAMING_WORDS = frozenset(
    {"by", "its", "it", "it's", "name", "names", "the", "a", "an", "feeling", "what", "is", "i"}
    | {"feel", "see", "you", "out", "loud", "aloud", "honestly", "properly", "plainly", "now"}
    | {"quietly", "true", "proper", "real", "again", "please", "to", "myself", "this", "that"}
    | {"right", "exactly", "squarely", "for", "me", "up", "thing", "word", "one", "just"}
)
#: A leading "it" before a feeling's one word ("label it sadness").
_IT_FIRST = re.compile(r"^(?:it|them)\s+(?=\S+$)", re.IGNORECASE)


def _no_feeling(action: Action, names: tuple[str, ...]) -> bool:
    """Whether words given at a moment of naming a feeling name none ("name it: banana", "call
    it pizza party"): not the command's own words ("by its name", "what it is"), nor a thing
    here named ("name the ember": the command, told plainly)."""
    text = action.target_text or ""
    if not text or action.target_id is not None or mentions_feeling(text):
        return False
    rest = [w for w in re.sub(r"[^\w\s']", " ", text.lower()).split() if w not in _NAMING_WORDS]
    return bool(rest) and " ".join(rest) not in {n.lower() for n in names}
