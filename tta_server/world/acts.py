"""What the everyday verbs (:data:`~tta_server.protocol.intents.ACTS`) do when a world gives
them no meaning of its own: a plain, kind line that keeps the story going.

The engine (:mod:`tta_server.world.engine`) tries the world first: a ``[[verbs]]`` entry, an
item use or a character reaction of the same verb (or an alias). Only when none applies does it
ask :func:`default_reply`, which answers from the scene where it can (a location's ``smell``
and ``sound``, scenery's ``smell``/``sound``/``touch``) and from these tables otherwise. The
lines are neutral on purpose: the narrator dresses them, and a world that wants more writes
its own verb.
"""

from __future__ import annotations

import zlib
from typing import NamedTuple

from tta_server.protocol.intents import Intent

ME = "player"
"""The id the player character goes by in a scope ("examine me")."""


class Reply(NamedTuple):
    """A default reply: the line, and whether the act happened (False: nothing changes)."""

    text: str
    ok: bool


# (on its own, with a thing, with a person); "{The}" / "{the}" name the thing, "{who}" the person.
# A line starting with "!" is a refusal: nothing happens and no time passes.
_LINES: dict[str, tuple[str, str, str]] = {
    Intent.ASSIST: (
        "!Who would you like to help? Name them, and they will tell you what they need.",
        "!{The} doesn't need your help, but it's a kind thought.",
        "",  # a person: the engine turns this into talk
    ),
    Intent.LIGHT: (
        "!You have nothing here that you could light.",
        "!{The} isn't something you can light.",
        "!That would not be a kind thing to do.",
    ),
    Intent.EXTINGUISH: (
        "!There is nothing burning here to put out.",
        "!{The} isn't burning.",
        "!{who} isn't on fire, thankfully.",
    ),
    Intent.DRINK: (
        "!You have nothing to drink just now.",
        "!{The} isn't something you can drink.",
        "!That isn't something you can drink.",
    ),
    Intent.EAT: (
        "!You have nothing to eat just now.",
        "!{The} isn't something to eat.",
        "!Certainly not.",
    ),
    Intent.SMELL: (
        "You breathe in slowly through your nose. Nothing stands out: just the air of {place}.",
        "You smell {the}. Nothing unusual: it smells the way it looks.",
        "You'd rather not sniff {who}; it seems impolite.",
    ),
    Intent.LISTEN: (
        "You hold still and listen. For a moment there is only the quiet of {place} and your "
        "own breathing.",
        "You listen to {the}. It makes no sound.",
        "",  # a person: the engine turns this into talk
    ),
    Intent.TOUCH: (
        "!Touch what? Name the thing you reach for.",
        "You run your fingers over {the}. It feels just as it looks: solid, and real.",
        "!You'd rather not without asking; a kind word might do more.",
    ),
    Intent.PET: (
        "!There is nothing here to pet.",
        "!Patting {the} doesn't seem wise. You leave well alone.",
        "!{who} doesn't seem to want that just now.",
    ),
    Intent.BLOW: (
        "You let out a long, slow breath. Your shoulders drop a little.",
        "You blow on {the}. Nothing comes of it.",
        "!That would be rude.",
    ),
    Intent.PLAY: (
        "!There is nothing here to play.",
        "!{The} isn't something you can play.",
        "!{who} isn't in the mood for games just now.",
    ),
    Intent.READ: (
        "!There is nothing here to read. Name what you want to read.",
        "!There's nothing written on {the}.",
        "!{who} isn't a book.",
    ),
    Intent.WRITE: (
        "!There is nothing here to write on.",
        "!Writing on {the} won't help.",
        "!{who} would not thank you for that.",
    ),
    Intent.SHOW: (
        "!Show what, and to whom?",
        "!There is no one here to show {the} to.",
        "{who} looks at what you're showing, and nods.",
    ),
    Intent.SIT: (
        "You sit for a while and let yourself rest. Nothing needs you for a moment.",
        "You sit on {the} for a moment. It feels good to be still.",
        "You sit down with {who}, who seems glad of the company.",
    ),
    Intent.SLEEP: (
        "This is no place for sleep, but you close your eyes for a few breaths and rest.",
        "This is no place for sleep, but you close your eyes for a few breaths and rest.",
        "!{who} would find that very strange.",
    ),
    Intent.CLIMB: (
        "!There is nothing here to climb.",
        "!{The} isn't something you can climb.",
        "!You can't climb {who}.",
    ),
    Intent.PUSH: (
        "!Push what? Name it.",
        "You push {the}. It doesn't move.",
        "!Pushing {who} would not be kind.",
    ),
    Intent.PULL: (
        "!Pull what? Name it.",
        "You pull {the}. It doesn't give.",
        "!Pulling {who} would not be kind.",
    ),
    Intent.TURN: (
        "You turn around slowly and take in {place}.",
        "You try to turn {the}. It doesn't turn.",
        "!{who} is fine where they are.",
    ),
    Intent.SEARCH: (
        "You search {place} carefully, but find nothing you haven't already seen.",
        "You search {the}, but find nothing more.",
        "!Searching {who} would not be kind.",
    ),
    Intent.HUG: (
        "You wrap your arms around yourself for a moment. It helps, a little.",
        "You hold {the} close for a moment.",
        "You offer {who} a hug. It is accepted, a little awkwardly, and it helps you both.",
    ),
    Intent.THANK: (
        "You say thank you, quietly, to no one in particular.",
        "!{The} can't hear you, but the thought is kind.",
        "{who} smiles at your thanks.",
    ),
    Intent.APOLOGISE: (
        "You say sorry, quietly, mostly to yourself. It still counts.",
        "!{The} can't hear you.",
        "{who} takes your apology with a small nod.",
    ),
    Intent.KNOCK: (
        "You knock on the nearest thing that sounds hollow. Nobody answers.",
        "You knock on {the}. Nobody answers.",
        "!Knocking on {who} would be very strange.",
    ),
    Intent.RING: (
        "!There is nothing here to ring.",
        "!{The} isn't something you can ring.",
        "!You can't ring {who}.",
    ),
    Intent.CLOSE: (
        "!Close what? Name it, and you can try.",
        "!{The} isn't something you can close.",
        "!You can't close {who}.",
    ),
}

#: More ways an act towards a person goes, one chosen by the person's name, so that not
#: everyone takes it in the same words (newcomer corpus 31: Ilse's and Maren's hugs word for
#: word alike).
PERSON_VARIANTS: dict[str, tuple[str, ...]] = {
    Intent.HUG: (
        "You open your arms, and after a moment {who} steps into them. Neither of you says"
        " anything; neither of you needs to.",
        "You give {who} a hug: stiff at first, then let happen, then held on to a beat longer"
        " than you expected.",
    ),
}

#: Knocking at a door that stands open (a shut one answers with its ``blocked`` text).
KNOCK_OPEN = "You knock on {the}, though it stands open. Nobody needs a knock to let you in now."

#: Acts that fall back to an item's plain ``use`` when the world has no use of their own
#: ("push the lever" where the world wrote only "use the lever").
USE_FALLBACK = frozenset(
    {Intent.PUSH, Intent.PULL, Intent.TURN, Intent.RING, Intent.LIGHT, Intent.PLAY, Intent.BLOW}
)
#: Acts that are examining by another name when the world has nothing of its own.
EXAMINE_FALLBACK = frozenset({Intent.READ, Intent.SEARCH})
#: Acts towards a person that become talking to them when the world has nothing of its own,
#: with the words said (None: the character brings up what is on their mind).
TALK_FALLBACK: dict[str, str | None] = {
    Intent.ASSIST: None,
    Intent.LISTEN: None,
    Intent.APOLOGISE: "sorry",
    Intent.THANK: "thank you",
}


def default_reply(
    act: str,
    *,
    place: str,
    thing: str | None = None,
    person: str | None = None,
    scene: str | None = None,
) -> Reply:
    """The default reply to an act: on its own, with a thing (its name, "the slate"), or with
    a person (their name). ``scene`` is what the world wrote for this sense, when it did
    ("salt and old rope")."""
    alone, with_thing, with_person = _LINES.get(act, ("!Nothing comes of that.",) * 3)
    if scene:
        return Reply(scene, True)
    line = with_person if person else with_thing if thing else alone
    if person and act in PERSON_VARIANTS:  # one hug line each, not one for everybody
        lines = (with_person, *PERSON_VARIANTS[act])
        line = lines[zlib.crc32(person.encode()) % len(lines)]
    the = thing or "it"
    text = line.format(the=the, The=the[:1].upper() + the[1:], who=person or "", place=place)
    if text.startswith("!"):
        return Reply(text[1:], False)
    return Reply(text, True)


SENSES: dict[str, str] = {
    Intent.SMELL: "smell",
    Intent.LISTEN: "sound",
    Intent.TOUCH: "touch",
    Intent.EAT: "taste",
    Intent.DRINK: "taste",
}
"""Acts a world answers from its scene: the field of a location or scenery entry they read."""
