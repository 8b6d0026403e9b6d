"""Parsed intents as the engine's actions: the parser's view of the scene
(:func:`parser_scope`), a parsed intent bound to the world (:func:`to_action`: places named in
movement, "follow him" after someone gone, borrowing from a person here, words said to
someone), words said as typed without quote marks (:func:`spoken`), and commands suggested
from the scene (:func:`suggest`). Used by :mod:`tta_server.pipeline.play`."""

from __future__ import annotations

import re
from dataclasses import replace

from tta_server.pipeline import parser
from tta_server.pipeline.clauses import normalise
from tta_server.pipeline.vocabulary import SELF_NAMES, VERBS
from tta_server.protocol.directions import DIRECTION_WORDS, Direction
from tta_server.protocol.intents import ACTS, CANONICAL_INTENTS, Intent
from tta_server.world.acts import ME
from tta_server.world.engine import Action, Scope, WorldState
from tta_server.world.schema import World
from tta_server.world.state import place_of
from tta_server.world.views import Named, addressees, characters_here, is_animal
from tta_server.world.word_patterns import REGIONAL, whole_words

_ARTICLES = re.compile(r"^(?:the|a|an|to|towards)\s+")


def world_verbs(world: World) -> dict[str, str]:
    """Every verb word a world defines anywhere (its verbs and their aliases, item uses,
    characters' reactions) -> the verb (built once per world, kept with it)."""
    return world.derived(_world_verbs)


def verb_starts(world: World) -> frozenset[str]:
    """The first words of the world's verbs ("wind" of "wind the clockwork"; built once per
    world, kept with it): what may open a clause of its own."""
    return world.derived(_verb_starts)


def _world_verbs(world: World) -> dict[str, str]:
    found: dict[str, str] = {}
    for v in world.verbs:
        found.update(dict.fromkeys((v.verb, *v.aliases), v.verb))
    for item in world.items:
        for use in item.uses:
            found.update(dict.fromkeys((use.verb, *use.aliases), use.verb))
    for ch in world.characters:
        found.update({r.verb: r.verb for r in ch.reactions if r.verb is not None})
    return {normalise(k): v for k, v in found.items() if v not in CANONICAL_INTENTS}


def _verb_starts(world: World) -> frozenset[str]:
    return frozenset(v.split()[0] for v in world_verbs(world))


def parser_scope(world_scope: Scope, state: WorldState, world: World | None = None) -> parser.Scope:
    """The parser's view of what the player can name right now (with the world, also who
    words said to no one named go to, and which people are animals)."""
    named = [
        world_scope.location,
        *world_scope.items_held,
        *world_scope.items_here,
        *world_scope.items_with_characters,
        *world_scope.characters,
        *world_scope.scenery,
    ]
    verbs: dict[str, str] = {}
    for ref in world_scope.verbs:
        verbs[ref.verb] = ref.verb
        verbs.update(dict.fromkeys(ref.aliases, ref.verb))
    taken = {w for n in named for a in (n.name, *n.aliases) for w in a.lower().split()}
    return parser.Scope(
        entries=[
            *(parser.ScopeEntry(n.id, (n.name, *n.aliases, *_also(n, taken))) for n in named),
            parser.ScopeEntry(ME, SELF_NAMES),
        ],
        exits=[Direction(e.dir).word for e in world_scope.exits],
        verbs=verbs,
        last_mentioned=list(state.mentioned),
        people=frozenset(c.id for c in world_scope.characters),
        addressees=tuple(c.id for c in addressees(world, state)) if world else (),
        animals=frozenset(
            c.id for c in (characters_here(world, state) if world else []) if is_animal(c)
        ),
        she=world.called("she/her") if world else frozenset(),
        he=world.called("he/him") if world else frozenset(),
        known_verbs=verb_starts(world) if world else frozenset(),
    )


def _also(thing: Named, taken: set[str]) -> tuple[str, ...]:
    """Other words for a thing from :data:`~tta_server.world.word_patterns.REGIONAL` ("torch"
    for a lantern), each only when nothing here is called by it already."""
    heads = {a.lower().split()[-1] for a in (thing.name, *thing.aliases) if a.split()}
    return tuple(w for h in sorted(heads) for w in REGIONAL.get(h, ()) if w not in taken)


def _go_target(world_scope: Scope, target: str | None) -> str | None:
    """A direction for "go to the harbour": the exit whose place, door or alias is named, in
    full or in part, with or without articles or a possessive ("the burnt wing", "lamp
    cottage", "the cottage", "rue's" for Rue's Tea Hut, "the oil store"), or words holding its
    door's name or an alias whole ("the store shed": the shed's; never a place's own name:
    "the hollow in the dunes" is not the dunes). A whole name beats a part of one, and a
    part one held in more words; a part that fits two ways is no way (the engine then looks
    further off)."""
    if target is None or target in DIRECTION_WORDS:
        return target
    words = _place_words(target)
    if not words:
        return target
    whole: list[str] = []
    part: list[str] = []
    within: list[str] = []
    for ex in world_scope.exits:
        names = [_place_words(n) for n in (ex.to.replace("-", " "), ex.to_name, ex.door or "")]
        names += [_place_words(a) for a in ex.aliases]
        if words in names:
            whole.append(ex.dir)
        elif any(_contains(n, words) for n in names[:2]):
            part.append(ex.dir)
        elif any(_contains(words, n) for n in names[2:] if n):  # "the store shed": "shed"
            within.append(ex.dir)
    found = whole or part or within
    return found[0] if len(set(found)) == 1 else target


def way_named(world_scope: Scope, words: str) -> str | None:
    """The direction of the way out of here that words name (a direction, or its place, door
    or alias, as "go to" reads them: "lamp cottage", "east"); None when they name none."""
    found = _go_target(world_scope, words)
    if found in DIRECTION_WORDS:
        found = Direction.from_name(found)
    return next((ex.dir for ex in world_scope.exits if ex.dir == found), None)


#: "go through" with nothing named: through the one door that stands open here.
_THROUGH = frozenset({"through", "through it", "thru", "through there"})


_PLACE_FILLER = frozenset({"the", "a", "an", "to", "towards", "toward", "my", "old"})


def _way_out(world_scope: Scope, word: str | None) -> bool:
    """Whether a direction word names a way out of here ("in" where there is a door in)."""
    way = Direction.from_name(word) if word in DIRECTION_WORDS else None
    return way is not None and any(ex.dir == way for ex in world_scope.exits)


def place_named(world: World, world_scope: Scope, words: str) -> bool:
    """Whether the words are the whole name of a place: of a way out of here (its place, door
    or alias), or of one of the world's places ("the oil store", "east corridor"; not "maren"
    of Maren's Kitchen)."""
    key = _place_words(words)
    for ex in world_scope.exits if key else []:
        names = (ex.to.replace("-", " "), ex.to_name, ex.door or "", *ex.aliases)
        if key in {_place_words(n) for n in names}:
            return True
    return _a_place(world, words)


def door_named(world_scope: Scope, words: str) -> bool:
    """Whether the words name the door of a way out of here, or a word of it ("the gate" of
    the iron gate): a thing to use a
    key on or knock at, never a place to go and do something in."""
    key = _place_words(words)
    doors = [_place_words(ex.door) for ex in world_scope.exits if ex.door]
    return bool(key) and any(_contains(door, key) for door in doors)


def place_here(world_scope: Scope, words: str) -> bool:
    """Whether the words are the name of the place the player is in ("the dunes" there)."""
    key = _place_words(words)
    here = world_scope.location
    return bool(key) and key in (_place_words(here.name), _place_words(here.id))


def _door_not_thing(world: World, world_scope: Scope, intent: parser.ParsedIntent) -> bool:
    """Whether an open names a way out of here that has a door ("unlock the study" on the
    clock stair) by words that are no whole name of the thing they were matched to (the study
    key in hand): the door, never the key."""
    way = way_named(world_scope, intent.target or "")
    if way is None or not any(ex.dir == way and ex.door for ex in world_scope.exits):
        return False
    item = world.item(intent.target_id or "")
    names = {_place_words(n) for n in (item.name, *item.aliases)} if item is not None else set()
    return _place_words(intent.target or "") not in names


def _a_place(world: World, words: str | None) -> bool:
    """Whether words are the whole name of one of the world's places ("east corridor")."""
    key = _place_words(words or "")
    return bool(key) and any(_place_words(loc.name) == key for loc in world.locations)


#: Words too common to name a place seen by a part of its name ("room", not "foyer").
_COMMON_PLACE_WORDS = frozenset({"room", "the room", "stair", "stairs", "place", "house", "door"})


def _part_of_a_place_seen(world: World, state: WorldState, words: str | None) -> bool:
    """Whether words name a place the player has been, not the one they are in, by whole words
    of its name ("foyer" of the Round Foyer, "loft" of the Clock Loft; "into the lighthouse" in
    the Lighthouse Yard is the way in, not the yard)."""
    key = _place_words(words or "")
    if not key or key in _COMMON_PLACE_WORDS:
        return False
    seen = (x for x in world.locations if x.id in state.visits and x.id != state.location)
    return any(_contains(f" {_place_words(loc.name)} ", key) for loc in seen)


def _place_words(name: str) -> str:
    """A place name as words to compare: lower case, no articles, no "'s"."""
    plain = re.sub(r"'s\b|s'(?=\s|$)", "", name.lower().replace("-", " "))
    return " ".join(w for w in re.findall(r"[a-z0-9]+", plain) if w not in _PLACE_FILLER)


def _contains(name: str, words: str) -> bool:
    """Whether ``words`` are whole words of ``name``, in order (three letters or more)."""
    return len(words) >= 3 and f" {words} " in f" {name} "


def _without(words: str, phrase: str | None) -> str:
    """The words with a phrase (as whole words) taken out."""
    if not phrase:
        return words
    return " ".join(whole_words(phrase).sub(" ", words).split())


def _lender(
    world: World, world_scope: Scope, state: WorldState, intent: parser.ParsedIntent
) -> str | None:
    """Who is asked when the player would borrow something a person here holds."""
    if intent.intent != Intent.TAKE or "borrow" not in normalise(intent.raw).split():
        return None
    holder = place_of(world, state, intent.target_id) if intent.target_id else None
    return holder if holder in world_scope_people(world_scope) else None


_PRONOUNS_OF = {"him": "he/him", "her": "she/her", "them": "they/them"}


def _gone(world: World, word: str | None, mentioned: list[str]) -> str | None:
    """The character last mentioned whose pronouns ``word`` is ("him", "her"), or any
    character for "you" ("i'll follow you" after they went ahead), wherever they are now; None
    for any other word."""
    if word == "you":
        return next((x for x in mentioned if world.character(x) is not None), None)
    pronouns = _PRONOUNS_OF.get(word or "")
    called = world.called(pronouns) if pronouns else frozenset()
    return next((x for x in mentioned if x in called), None)


def someone_elsewhere(world: World, words: str | None) -> str | None:
    """The id of the world's character called ``words`` (name or alias), wherever they are:
    "talk to Bastian" when Bastian is not here must not talk to whoever is."""
    if not words or words in parser.PRONOUNS:
        return None
    key = bare(words)
    for ch in world.characters:
        if key in {bare(n) for n in (ch.name, *ch.aliases)}:
            return ch.id
    return None


def to_action(
    world: World, world_scope: Scope, intent: parser.ParsedIntent, state: WorldState
) -> Action:
    """The engine action for a parsed intent (ids from the parser; words where ids fail;
    "follow him" after someone who has gone: the one last mentioned with those pronouns;
    "can i borrow the pen?" of a pen someone here holds: asking them about it)."""
    name = intent.intent
    lender = _lender(world, world_scope, state, intent)
    if lender is not None:
        return Action(Intent.TALK, lender, None, intent.target)
    if name not in CANONICAL_INTENTS and intent.target_id in world_scope_people(world_scope):
        typed = normalise(intent.raw).split()[:1]
        if typed and VERBS.get(typed[0]) == Intent.TALK:  # "answer juno" with a book to answer
            name = Intent.TALK
            intent = replace(intent, intent=Intent.TALK, obj=None)
    if name == Intent.GO and intent.target in _THROUGH:  # "go through" the one door open here
        doors = [ex.dir for ex in world_scope.exits if ex.door and ex.open]
        if len(doors) == 1:
            return Action(Intent.GO, doors[0])
    if name == Intent.GO:  # a way's own names first: "go to the tower" is not the scenery
        intent = _place_at_end(world, world_scope, intent)  # "find my page in the stacks"
        way = _go_target(world_scope, intent.target)
        far = way == intent.target and (
            _a_place(world, intent.target) or _part_of_a_place_seen(world, state, intent.target)
        )  # "the east corridor"; "go down to the foyer" two floors up (newcomer corpus 29)
        if way == intent.target and not far and _way_out(world_scope, intent.obj):
            return Action(Intent.GO, intent.obj)  # "down to the quay", "east a bit"
        if way != intent.target and {way, intent.obj} == {"up", "down"}:  # "go up the tower"
            return Action(Intent.GO, intent.obj)  # at its top (play 34): up, never down it
        if way != intent.target:
            return Action(Intent.GO, way)
        who = intent.target_id if intent.target_id in world_scope_people(world_scope) else None
        gone = _gone(world, intent.target, state.mentioned) if who is None else None
        if gone is not None:  # "follow him": the cat who just walked off
            return Action(Intent.GO, gone, None, gone)
        return Action(Intent.GO, who or way, None, intent.target)  # "follow the cat", a place
    if name == Intent.ASSIST and intent.target_id is None:  # "help bastian" when he is away
        away = someone_elsewhere(world, intent.target)
        if away is not None:
            return Action(Intent.TALK, away, None, None)
    if name == Intent.TALK:  # the topic: what was asked about, else the words besides the name
        said = spoken(intent.obj or _without(intent.raw.lower(), intent.target))
        who = intent.target_id or someone_elsewhere(world, intent.target)
        return Action(Intent.TALK, who, None, said or None)
    if name == Intent.RING and intent.obj and not _RUNG_WITH.search(intent.raw.lower()):
        return Action(name, intent.target_id, None, intent.target)  # "ring the bell on the
        # desk", "... for the boats": where it is, whom for; never a thing to ring it with
    if name in ACTS and intent.target_id == world_scope.location.id:  # "sit on the steps" there
        return Action(name, None, intent.obj_id, None)  # the place itself: its own senses
    if name == Intent.OPEN and intent.target_id in (None, intent.obj_id):  # "open the study
        return Action(Intent.OPEN, None, intent.obj_id, intent.target)  # with the (study) key"
    if name == Intent.OPEN and _door_not_thing(world, world_scope, intent):  # "unlock the
        return Action(Intent.OPEN, None, intent.obj_id, intent.target)  # study": its door
    if name == Intent.DROP and intent.obj and intent.obj_id is None:  # "put the rosemary on
        return Action(name, intent.target_id, intent.obj, intent.target)  # the moon": refused
    if name not in CANONICAL_INTENTS and intent.target_id is None:  # a world's verb on words
        return Action(name, None, intent.obj_id, as_typed(intent.raw, intent.target))
    return Action(name, intent.target_id, intent.obj_id, intent.target)


#: What a thing is rung with ("ring the bell with the hammer"): the one second thing a ring
#: may take; "on the desk", "for the boats" say where it is and whom it is for.
_RUNG_WITH = re.compile(r"\b(?:with|using)\b")


#: A place named at the end of where the player goes ("go find my own page in the stacks",
#: "go get the biscuits from the foyer").
_AT_END = re.compile(r"\b(?:in|at|from|to|into|inside) (?:the )?([a-z' ]+)$")


def _place_at_end(
    world: World, world_scope: Scope, intent: parser.ParsedIntent
) -> parser.ParsedIntent:
    """A go whose words name no way nor place but end on one ("i go find my own page in the
    stacks" -> the stacks); the intent as it is otherwise."""
    target = intent.target or ""
    if _go_target(world_scope, target) != target or _a_place(world, target):
        return intent
    found = _AT_END.search(target)
    if found is None:
        return intent
    place = found.group(1)
    if _go_target(world_scope, place) != place or _a_place(world, place):
        return replace(intent, target=place, target_id=None)
    return intent


def as_typed(raw: str, words: str | None) -> str | None:
    """``words`` (normalised: punctuation out) as the player typed them in ``raw``, from their
    first word on ("answer the page: u are tired but u came, that is brave" -> "page: u are
    tired but u came, that is brave"), so the story quotes them with their commas and can tell
    a word to the page from words to the player; ``words`` when they are not found so."""
    if not words:
        return words
    first = re.search(rf"(?<![\w']){re.escape(words.split()[0])}(?![\w'])", raw, re.IGNORECASE)
    typed = raw[first.start() :].strip() if first is not None else ""
    return typed if typed and normalise(typed) == words else words


#: Quote marks as typed around words said, straight or curly, opened or closed or not.
_QUOTES = re.compile(r"[\"\u201c\u201d\u00ab\u00bb]|(?<!\w)['\u2018\u2019]|['\u2018\u2019](?!\w)")
_EDGE_NOISE = re.compile(r"^[\s.,:;!?*>~\-\u2013\u2014]+|[\s,:;*>~\-\u2013\u2014]+$")
_DANGLING = re.compile(r"(?:\s+(?:say|says|said))?\s+(?:to|at)$")


def spoken(words: str) -> str:
    """Words said as the player typed them, without quote marks (matched or not: say "hello,
    'hi there, "hello'), the punctuation noise around them ("...hello", "rue: what
    happened?") or a "to" left where the name was ('say "hi" to rue'); a sentence's opening
    "ill" is "i'll"."""
    plain = " ".join(_QUOTES.sub(" ", words).split())
    plain = _DANGLING.sub("", _EDGE_NOISE.sub("", plain))
    return _ILL.sub(r"\1i'll", _EDGE_NOISE.sub("", plain))


#: "ill" opening a sentence is "I'll" typed without the apostrophe ("ill be right back"), not
#: a word about being ill.
_ILL = re.compile(r"(^|[.!?;,]\s*)ill(?= )", re.IGNORECASE)


def world_scope_people(world_scope: Scope) -> set[str]:
    """Ids of the characters in a scope."""
    return {c.id for c in world_scope.characters}


def bare(name: str) -> str:
    return _ARTICLES.sub("", name.lower())


def suggest(world_scope: Scope) -> tuple[str, ...]:
    """Three to five commands that do something here, drawn from the scene."""
    found = ["look around"]
    open_exits = [e for e in world_scope.exits if e.open]
    if open_exits:
        found.append(f"go {Direction(open_exits[0].dir).word}")
    if world_scope.characters:
        found.append(f"talk to {world_scope.characters[0].name}")
    if world_scope.items_here:
        found.append(f"examine the {bare(world_scope.items_here[0].name)}")
    verbs = [v for v in world_scope.verbs if not v.targets]
    if verbs:
        found.append(verbs[0].verb)
    found.append("help")
    return tuple(found[:5])
