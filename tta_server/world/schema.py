"""The world file schema: pydantic models for every entry of a world.

A world file (TOML) has these sections::

    [world]          id, title, summary, themes, content_notes, goals, skills, start, intro,
                     player, background
    [guide]          character, check_in, grounding, pause
    [[locations]]    id, name, descriptions (2+), later (when, descriptions, sound, smell),
                     first_visit, notes, tags, items, exits, smell, sound
    [[items]]        id, name, aliases, description, here, at, portable, fixed, uses, later
    [[characters]]   id, name, aliases, description, at, attitude, carries, default,
                     fallbacks, thanks, sorry, kindness, unkindness, declines, topics,
                     reactions (a topic or reaction may ask a question: ``asks``), later
    [[verbs]]        id, verb, aliases, at, when, effects, text, otherwise, again, skill, tags,
                     later (an item use, topic, reaction or verb: ``later`` texts too)
    [[scenery]]      id, name, aliases, at, description, states (when, description, sound),
                     smell, sound, touch
    [arc]            steps (id, title, when, effects, text, hint, later) and ending
    [[beats]]        id, skill, at, when, invite, via

These models check each entry on its own (types, required texts, the closed vocabulary of
:mod:`tta_server.world.vocab`); :mod:`tta_server.world.checks` checks the entries against each
other. ``later`` entries (locations, items, characters, uses, topics, reactions, verbs, arc
steps) give the texts that replace
an entry's own once the story has changed it, so nothing said contradicts the state: the last
whose ``when`` holds wins. Prose fields may be wrapped freely: single line breaks become
spaces, blank lines keep
paragraphs.

Check a file with ``tta-admin world validate FILE`` (every problem at once), then with
``tta-admin world check FILE``, which also proves that the world can be finished from every
state a player can reach (:mod:`tta_server.world.solver`) and shows the way into any dead end.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal, TypeVar, cast

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PrivateAttr

from tta_server.characters import Goal
from tta_server.protocol.directions import Direction
from tta_server.protocol.intents import Intent
from tta_server.world.vocab import NOWHERE, Condition, Effect, Id, Skill

_T = TypeVar("_T")

USE_INTENTS = (Intent.USE, Intent.OPEN, Intent.EXAMINE)
"""Canonical intents an item use may also hang off (``examine`` runs it after describing)."""

PROSE_MAX = 4000


def _unwrap(value: object) -> object:
    """Prose as authored in a file: paragraphs kept, line wrapping and indentation removed."""
    if not isinstance(value, str):
        return value
    paragraphs = [" ".join(p.split()) for p in value.strip().split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


def _clean_words(value: object) -> object:
    """Aliases, keywords and tags: trimmed, single-spaced, lower case."""
    if isinstance(value, list):
        return [" ".join(v.split()).lower() if isinstance(v, str) else v for v in value]
    return value


Prose = Annotated[str, BeforeValidator(_unwrap), Field(min_length=1, max_length=PROSE_MAX)]
Name = Annotated[str, BeforeValidator(_unwrap), Field(min_length=1, max_length=80)]
Word = Annotated[str, Field(pattern=r"^[a-z][a-z-]{0,31}$")]
Words = Annotated[
    list[Annotated[str, Field(min_length=1, max_length=40)]], BeforeValidator(_clean_words)
]


class Entry(BaseModel):
    """Base of every world-file model: unknown keys are errors; models are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Exit(Entry):
    """A way out of a location.

    ``locked`` exits stay shut until unlocked: by ``open`` (or ``use``) with the ``key`` item
    held, or by an ``unlock_exit`` effect. ``when`` conditions are checked on every attempt.
    ``blocked`` is the in-fiction line for a shut exit ("The gate is locked. Perhaps the
    keeper has a key."); ``unlocked_text`` is said when the player unlocks it.
    """

    dir: Direction
    to: Id
    door: Name | None = None
    aliases: Words = Field(default_factory=list)
    locked: bool = False
    key: Id | None = None
    when: list[Condition] = Field(default_factory=list)
    blocked: Prose | None = None
    unlocked_text: Prose | None = None


class Note(Entry):
    """A detail added to a location's description while its conditions hold."""

    when: list[Condition] = Field(min_length=1)
    text: Prose


class LaterPlace(Entry):
    """A location's descriptions once the story has changed it (``when`` holds), and its
    ``sound`` and ``smell`` where they change too (none given: its own still hold)."""

    when: list[Condition] = Field(min_length=1)
    descriptions: list[Prose] = Field(min_length=2)
    sound: Prose | None = None
    smell: Prose | None = None


class LaterItem(Entry):
    """An item's texts once the story has changed it: those given replace the item's own."""

    when: list[Condition] = Field(min_length=1)
    description: Prose | None = None
    here: Prose | None = None


class LaterCharacter(Entry):
    """A character's texts once the story has changed them: those given replace their own
    (``fallbacks`` too: "Dad's out there" is stale once the boats are home; and the lines that
    answer thanks, an apology, kind or unkind words and a gift they decline: a healed
    character no longer answers kindness with the troubled line they had at first)."""

    when: list[Condition] = Field(min_length=1)
    description: Prose | None = None
    default: Prose | None = None
    fallbacks: list[Prose] | None = None
    thanks: Prose | None = None
    sorry: Prose | None = None
    kindness: Prose | None = None
    unkindness: Prose | None = None
    declines: Prose | None = None
    wellbeing: Prose | None = None
    goodbye: Prose | None = None
    personal: Prose | None = None
    family: Prose | None = None
    invited: Prose | None = None
    coping: Prose | None = None
    heard: Prose | None = None
    disclosed: Prose | None = None


class LaterHint(Entry):
    """An arc step's hint once part of it is done (``when`` holds): it no longer asks for
    what the player has already done."""

    when: list[Condition] = Field(min_length=1)
    hint: Prose


class Location(Entry):
    """A place. ``descriptions`` are interchangeable variants (at least two); ``later`` gives
    other descriptions for when the story has changed the place (the last whose ``when``
    holds is used), so the text never contradicts what has happened."""

    id: Id
    name: Name
    descriptions: list[Prose] = Field(min_length=2)
    later: list[LaterPlace] = Field(default_factory=list)
    first_visit: Prose | None = None
    notes: list[Note] = Field(default_factory=list)
    tags: Words = Field(default_factory=list)
    items: list[Id] = Field(default_factory=list)
    exits: list[Exit] = Field(default_factory=list)
    smell: Prose | None = None
    """What "smell" / "sniff the air" finds here."""
    sound: Prose | None = None
    """What "listen" hears here (a world ``listen`` verb for this place wins)."""


class Question(Entry):
    """A question a character asks with a topic's or reaction's text ("It's my fault, isn't
    it?"). Until it is answered well, or the player leaves, the player's next words to that
    character ("no", "it's not your fault", "tell pip I don't know") are read as a reply
    (:mod:`tta_server.world.replies`): ``kind``, ``unkind`` or ``unsure`` is said back, the
    player's words quoted before it when they can be. A plain yes or no counts as the reading
    ``yes`` and ``no`` name (a "no" to "Is it my fault?" is kind), a "partly" ("once or twice",
    "kind of") as ``partly`` names; a yes or no that belongs to words about something else
    ("no, nobody sent me" to "Am I?") answers nothing (:mod:`tta_server.world.asked`). The
    first kind reply applies ``effects`` and practises ``skill``, and closes the question for
    good; after an unkind or unsure one it stays open, so the player can try again, and
    talking of the topic again (its ``again`` text) asks it again. ``when``: the question is
    only asked, and only open, while these hold (once the story has answered it another way,
    nobody asks it any more).
    """

    id: Id
    when: list[Condition] = Field(default_factory=list)
    kind: Prose
    unkind: Prose
    unsure: Prose
    yes: Literal["kind", "unkind", "unsure"] = "kind"
    no: Literal["kind", "unkind", "unsure"] = "unkind"
    partly: Literal["kind", "unkind", "unsure"] = "unsure"
    """How a reply that says "partly" reads ("once or twice", "sometimes", "kind of"): as the
    ``unsure`` answer unless the world says a partial yes is kind ("Have you ever had a page
    like that?" "once or twice") or unkind."""
    effects: list[Effect] = Field(default_factory=list)
    skill: Skill | None = None
    then: Question | None = None
    """A question the ``kind`` answer itself ends in ("Would you help me check it?"): asked
    next, so the player's yes or no to it answers it."""


class LaterText(Entry):
    """An interaction's texts once the story has changed what it is about (a topic, a use, a
    reaction or a verb): those given replace its ``text`` and ``again`` (the last whose
    ``when`` holds)."""

    when: list[Condition] = Field(min_length=1)
    text: Prose | None = None
    again: Prose | None = None


class _Interaction(Entry):
    """What an action does: conditions, effects (applied once), texts and a practised skill.

    ``text`` is said when it works; ``otherwise`` when ``when`` does not hold (nothing
    changes); ``again`` on repeats (effects do not apply twice, and ``skill`` is counted once:
    doing the same thing again is not a new moment of practice); ``later``: those texts once
    the story has moved on (a page read again after it was answered). ``quoted``, where given, is
    said instead of ``text`` the first time when the player put it in their own words
    ("answer it: you're tired, not failing"): ``{words}`` in it stands for those words, quoted
    only when the safety screen passed them (otherwise ``text`` is said).
    """

    when: list[Condition] = Field(default_factory=list)
    effects: list[Effect] = Field(default_factory=list)
    text: Prose
    otherwise: Prose | None = None
    again: Prose | None = None
    skill: Skill | None = None
    tags: Words = Field(default_factory=list)
    quoted: Prose | None = None
    later: list[LaterText] = Field(default_factory=list)


class Use(_Interaction):
    """A way to use an item: ``verb`` (``use``, ``open``, ``examine``, an everyday verb of
    :data:`~tta_server.protocol.intents.ACTS` or a world verb) and an optional second object
    ``with`` (an item or a character). ``aliases`` are other verbs players may type for it
    ("blow" for a whistle's "play"); the alias ``examine`` makes looking at the item do this use
    once its conditions hold ("look at what she wrote, together")."""

    verb: Word
    with_: Id | None = Field(default=None, alias="with")
    aliases: Words = Field(default_factory=list)


class Item(Entry):
    """A thing. ``at`` is where it starts: a location, a character, ``player`` or
    ``nowhere`` (until an effect places it); a location's ``items`` or a character's
    ``carries`` may place it instead. ``later``: its description and "here" text once the
    story has changed it (the last whose ``when`` holds). ``keep``: the player cannot put it
    down, and this text says why in the fiction (an item the way back needs: put down where it
    cannot be fetched again, the story could not be finished; ``tta-admin world check`` finds
    such items)."""

    id: Id
    name: Name
    aliases: Words = Field(default_factory=list)
    description: Prose
    here: Prose | None = None
    at: Id | None = None
    portable: bool = True
    fixed: Prose | None = None
    keep: Prose | None = None
    uses: list[Use] = Field(default_factory=list)
    later: list[LaterItem] = Field(default_factory=list)


class Topic(_Interaction):
    """Something a character will talk about, found by ``keywords`` or by asking in order;
    its text may end in a question (``asks``: :class:`Question`). ``asked``: only when the
    player's words find it by a keyword, never brought up unasked (an answer to something the
    character said: Juno's "You're new too?")."""

    id: Id
    keywords: Words = Field(min_length=1)
    asks: Question | None = None
    asked: bool = False


class Reaction(_Interaction):
    """How a character responds to a gift (``gift``: an item id) or a choice (``verb``); its
    text may end in a question (``asks``: :class:`Question`)."""

    gift: Id | None = None
    verb: Word | None = None
    accept: bool = True
    asks: Question | None = None


class Character(Entry):
    """A person (or creature) in the world, with an attitude towards the player (-5..5).

    ``default`` is said to words that find no topic, then ``fallbacks`` in turn (the narrator
    never repeats one within 50 turns); ``thanks``, ``sorry``, ``kindness`` and ``unkindness``
    answer the player thanking them, apologising, or saying something kind or unkind when no
    question of theirs is open (the narrator has plain lines where a world gives none);
    ``wellbeing`` answers "how are you?" (how they are, in their voice); ``goodbye`` answers
    the player taking their leave ("goodnight, Rue", "I'll be back"; a plain narrator line
    naming them where a world gives none); ``personal`` answers personal questions ("what's
    your name?", "how old are you?", "where are you from?": who they are, in their voice),
    ``family`` a question about their family ("do you have family?", "tell me about your
    family", "have you children?": their own people, in their voice), and
    ``invited`` an invitation ("want to get a coffee?", "study together?", "can we be
    friends?"), and ``coping`` a sincere question about their own hard times ("how do you
    cope when someone you love is ill?", "what helps you when you're worried?"), a plain
    narrator line for each where a world gives none; ``heard`` answers the player's answer
    to a question of their own that is no story question (their ``personal`` line's "And
    you? Where have you washed up from?": "im from leicester", said next); ``disclosed``
    answers something personal and hard the player tells them ("got dumped, barely
    sleeping", "my dad has dementia"): warm, in their voice, promising nothing (the narrator's
    plain lines after it, and where a world gives none).
    ``later``: their description, lines and answers once the story has changed them.
    ``asides``: their own leads, in their voice, when they answer words with what is on their
    mind instead ("Rue waves that off with the tea towel."); ``quiet``: their own lines when
    they have nothing more to say just now; each said once a story, before the narrator's
    plain ones (which are then not said twice in a story, whoever says them).
    ``role``: who they are, in words anyone of the world could say of them ("She keeps the
    lighthouse."), the answer to "who is X?" when no topic tells more; ``pronouns``: how the
    player may refer to them ("give her the broth" is never given to a "he").
    """

    id: Id
    name: Name
    aliases: Words = Field(default_factory=list)
    description: Prose
    at: Id
    attitude: int = Field(default=0, ge=-5, le=5)
    carries: list[Id] = Field(default_factory=list)
    default: Prose
    fallbacks: list[Prose] = Field(default_factory=list)
    asides: list[Prose] = Field(default_factory=list)
    quiet: list[Prose] = Field(default_factory=list)
    thanks: Prose | None = None
    sorry: Prose | None = None
    kindness: Prose | None = None
    unkindness: Prose | None = None
    declines: Prose | None = None
    wellbeing: Prose | None = None
    goodbye: Prose | None = None
    personal: Prose | None = None
    family: Prose | None = None
    invited: Prose | None = None
    coping: Prose | None = None
    heard: Prose | None = None
    disclosed: Prose | None = None
    role: Prose | None = None
    pronouns: Literal["she/her", "he/him", "they/them"] = "they/them"
    topics: list[Topic] = Field(default_factory=list)
    reactions: list[Reaction] = Field(default_factory=list)
    later: list[LaterCharacter] = Field(default_factory=list)

    @property
    def names(self) -> tuple[str, ...]:
        """Every name the player may call them by, lower case, longest first, each once: the
        full name, the first name and the aliases ("pip dunn", "the boy", "pip")."""
        full = self.name.lower()
        return tuple(
            sorted(dict.fromkeys((full, full.split()[0], *self.aliases)), key=len, reverse=True)
        )


class Verb(_Interaction):
    """A world verb ("breathe", "listen"), usable where ``at`` lists (anywhere if empty)."""

    id: Id
    verb: Word
    aliases: Words = Field(default_factory=list)
    at: list[Id] = Field(default_factory=list)


class SceneryState(Entry):
    """A scenery description that replaces the usual one while ``when`` holds (and its
    ``sound``, where given)."""

    when: list[Condition] = Field(min_length=1)
    description: Prose
    sound: Prose | None = None


class Scenery(Entry):
    """Something the prose mentions that a player can look at but not take: the sea, the
    shelves, a door. ``at`` lists the locations where it is (empty: everywhere). The first of
    ``states`` whose conditions hold describes it instead of ``description``; ``smell``,
    ``sound`` and ``touch`` answer those verbs; ``take`` is the in-story refusal to "take"
    it (a plain one when absent), ``open`` what "open" finds (its description when absent)
    and ``taste`` what "eat" or "drink" says."""

    id: Id
    name: Name
    aliases: Words = Field(default_factory=list)
    at: list[Id] = Field(default_factory=list)
    description: Prose
    states: list[SceneryState] = Field(default_factory=list)
    smell: Prose | None = None
    sound: Prose | None = None
    touch: Prose | None = None
    take: Prose | None = None
    open: Prose | None = None
    taste: Prose | None = None


class Step(Entry):
    """An arc step: completes once ``when`` holds (in whatever order the steps are done), or by
    a ``complete_step``.
    ``hint`` is what help says while it is the current step; ``later`` hints replace it once
    part of the step is done."""

    id: Id
    title: Name
    when: list[Condition] = Field(default_factory=list)
    effects: list[Effect] = Field(default_factory=list)
    text: Prose
    hint: Prose
    later: list[LaterHint] = Field(default_factory=list)


class LaterEnding(Entry):
    """The ending as the story came to it (``when`` holds when it is reached): "Maren sits
    wrapped in tartan" only once the blanket was given."""

    when: list[Condition] = Field(min_length=1)
    text: Prose


class Ending(Entry):
    """Reached when every step is complete, or by an ``end`` effect; ``later``: its text as
    the story came to it (the last whose ``when`` holds), so it never tells of what did not
    happen."""

    title: Name
    text: Prose
    later: list[LaterEnding] = Field(default_factory=list)


class Arc(Entry):
    """The story's spine: ordered steps and an ending."""

    steps: list[Step] = Field(min_length=1)
    ending: Ending


class Beat(Entry):
    """A therapeutic beat: the in-fiction ``invite`` to practise ``skill``, offered where
    ``at`` says and while ``when`` holds, until the interaction ``via`` has been done.

    ``via`` is an interaction key: ``use:ITEM:VERB`` (``use:ITEM:VERB:WITH``),
    ``talk:CHARACTER:TOPIC``, ``give:CHARACTER:ITEM``, ``react:CHARACTER:VERB`` or
    ``verb:VERB-ID``.
    """

    id: Id
    skill: Skill
    at: Id | None = None
    when: list[Condition] = Field(default_factory=list)
    invite: Prose
    via: str = Field(min_length=1, max_length=200)


class Guide(Entry):
    """The trusted guide the safety system speaks through: check-ins, grounding, pauses.

    ``check_in``, ``grounding`` and ``pause`` are said with the guide in the room; the
    ``_away`` ones (the guide remembered: "Rue's voice turns up in your head") once the player
    has met the guide but they are elsewhere. Otherwise (never met, or no ``_away`` text) the
    game says a plain line that names nobody (:func:`tta_server.world.views.guide_words`).
    ``heard`` (and ``heard_away``) is the guide's reply to the player's answer to the check-in
    ("kinda stormy tbh"): thanks for it, whatever it was, never a judgement of it and never
    the player's words (a check-in follows a concern), said instead of a "not understood"."""

    character: Id
    check_in: Prose
    grounding: Prose
    pause: Prose
    check_in_away: Prose | None = None
    grounding_away: Prose | None = None
    pause_away: Prose | None = None
    heard: Prose | None = None
    heard_away: Prose | None = None
    sayings: list[Prose] = Field(default_factory=list)
    """The guide's own short sayings ("One page at a time, {name}."; ``{name}`` is the player's
    name, the only braces allowed): a hint's lead quotes them, with the guide in the room or
    remembered, each once a story, so no two worlds lead a hint with the same words."""


class Meta(Entry):
    """The ``[world]`` table: the catalogue card, the skills taught, the start and intro."""

    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]{1,63}$")]
    title: Name
    summary: Annotated[str, BeforeValidator(_unwrap), Field(min_length=1, max_length=1000)]
    themes: list[str] = Field(default_factory=list)
    content_notes: list[str] = Field(default_factory=list)
    goals: list[Goal] = Field(min_length=1)
    skills: list[Skill] = Field(min_length=1)
    start: Id
    intro: Prose
    player: Prose | None = None
    """How the player character looks in this world ("examine me")."""
    background: Words = Field(default_factory=list)
    """Nouns of the prose that are only background (not worth a scenery entry); see
    :mod:`tta_server.world.prose_nouns`."""


# -- interaction keys -------------------------------------------------------------------------
def use_key(item: str, use: Use) -> str:
    """The key of an item use, as in ``Beat.via`` and ``WorldState.done``."""
    tail = f":{use.with_}" if use.with_ else ""
    return f"use:{item}:{use.verb}{tail}"


def topic_key(character: str, topic: Topic) -> str:
    """The key of a conversation topic."""
    return f"talk:{character}:{topic.id}"


def questions(character: Character) -> list[Question]:
    """The questions a character asks, by their topics and then their reactions (each
    followed by the ones its kind answer asks: ``then``)."""
    asked = [t.asks for t in character.topics] + [r.asks for r in character.reactions]
    found: list[Question] = []
    for q in asked:
        while q is not None:  # and the questions their kind answers ask in turn
            found.append(q)
            q = q.then
    return found


def reply_key(character: str, question: Question) -> str:
    """The key of a question's first kind reply (its effects and skill apply once)."""
    return f"reply:{character}:{question.id}"


def reaction_key(character: str, reaction: Reaction) -> str:
    """The key of a reaction: ``give:CHARACTER:ITEM`` or ``react:CHARACTER:VERB``."""
    if reaction.gift is not None:
        return f"give:{character}:{reaction.gift}"
    return f"react:{character}:{reaction.verb}"


def verb_key(verb: Verb) -> str:
    """The key of a world verb."""
    return f"verb:{verb.id}"


class World(BaseModel):
    """A whole, checked world (build it with :func:`tta_server.world.loader.load_world`)."""

    model_config = ConfigDict(frozen=True)

    meta: Meta
    guide: Guide
    locations: list[Location]
    items: list[Item]
    characters: list[Character]
    verbs: list[Verb] = Field(default_factory=list)
    arc: Arc
    beats: list[Beat] = Field(default_factory=list)
    scenery: list[Scenery] = Field(default_factory=list)

    _lookups: _Lookups | None = PrivateAttr(None)

    def model_post_init(self, context: Any, /) -> None:
        self._lookups = _Lookups(
            {x.id: x for x in self.locations},
            {x.id: x for x in self.items},
            {x.id: x for x in self.characters},
            initial_places(self.locations, self.items, self.characters),
            _verb_names(self.verbs, self.items, self.characters),
            _by_pronouns(self.characters),
        )

    @property
    def id(self) -> str:
        return self.meta.id

    def _index(self) -> _Lookups:
        """The lookups built at load, read without pydantic's ``__getattr__`` for private
        attributes, which costs about 30 times the lookup itself (measured: 11 us against 0.3 us
        a call); the engine looks up locations, items and characters hundreds of thousands of
        times in a solver run, tens of times a turn in play."""
        private = self.__pydantic_private__
        assert private is not None
        return cast(_Lookups, private["_lookups"])

    def location(self, location_id: str) -> Location | None:
        return self._index().locations.get(location_id)

    def item(self, item_id: str) -> Item | None:
        return self._index().items.get(item_id)

    def character(self, character_id: str) -> Character | None:
        return self._index().characters.get(character_id)

    def initial_place(self, item_id: str) -> str:
        """Where an item starts: a location id, a character id, ``player`` or ``nowhere``."""
        return self._index().places.get(item_id, NOWHERE)

    def scenery_at(self, location_id: str) -> list[Scenery]:
        """The scenery of a location (its own, and the world's everywhere scenery)."""
        return [x for x in self.scenery if not x.at or location_id in x.at]

    def step(self, step_id: str) -> Step | None:
        return next((s for s in self.arc.steps if s.id == step_id), None)

    def called(self, pronouns: str) -> frozenset[str]:
        """The ids of the characters who go by these pronouns ("she/her"; built once, when the
        world is loaded): "give her the broth" is never given to a "he"."""
        return self._index().pronouns.get(pronouns, frozenset())

    def verb_names(self) -> dict[str, str]:
        """Every word a world verb, an item's use or a character's reaction may be called by,
        mapped to the verb (built once, when the world is loaded)."""
        return self._index().verb_names

    def derived(self, build: Callable[[World], _T]) -> _T:
        """A table other modules derive from the world (the parser's verb words, the names a
        question may ask about), built by ``build`` on first use and kept with the world's own
        lookups: worlds are immutable, so it never goes stale and goes when the world goes."""
        tables = self._index().derived
        if build not in tables:
            tables[build] = build(self)
        return cast(_T, tables[build])


@dataclass(frozen=True, slots=True)
class _Lookups:
    """A world's lookups by id, built once when it is loaded."""

    locations: dict[str, Location]
    items: dict[str, Item]
    characters: dict[str, Character]
    places: dict[str, str]
    """Each item's starting place."""
    verb_names: dict[str, str]
    pronouns: dict[str, frozenset[str]]
    """The characters' ids by their pronouns."""
    derived: dict[Callable[..., Any], Any] = field(default_factory=dict)
    """Tables derived from the world by other modules, by the function that builds them."""


def _by_pronouns(characters: list[Character]) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for ch in characters:
        found.setdefault(ch.pronouns, set()).add(ch.id)
    return {p: frozenset(ids) for p, ids in found.items()}


def _verb_names(
    verbs: list[Verb], items: list[Item], characters: list[Character]
) -> dict[str, str]:
    names: dict[str, str] = {}
    for verb in verbs:
        names[verb.verb] = verb.verb
        names.update(dict.fromkeys(verb.aliases, verb.verb))
    for item in items:
        names.update({u.verb: u.verb for u in item.uses})
        names.update({a: u.verb for u in item.uses for a in u.aliases if a not in USE_INTENTS})
    for ch in characters:
        names.update({r.verb: r.verb for r in ch.reactions if r.verb})
    return names


def initial_places(
    locations: list[Location], items: list[Item], characters: list[Character]
) -> dict[str, str]:
    """Each item's starting place (the first one given, when a file gives several)."""
    places: dict[str, str] = {}
    for item in items:
        if item.at is not None:
            places.setdefault(item.id, item.at)
    for location in locations:
        for item_id in location.items:
            places.setdefault(item_id, location.id)
    for character in characters:
        for item_id in character.carries:
            places.setdefault(item_id, character.id)
    return places
