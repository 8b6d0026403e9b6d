"""Where the player is: a location in full (lead, description, first visit), who and what is
here, the ways on, an invitation now and then; and what to suggest when nothing was understood.

A place seen again within 50 turns, or come back to once each of its descriptions has had its
turn, is named without its description unless the player asked to look; the paragraph of what
is here is worded afresh when it was told lately, and no sentence of it is said again within 50
turns unless the player looks: a thing's own line told lately gives its name instead (and a
list of names or of the ways on told every way is left to the side panel), a person's mood told
every way gives "X is here.", a note or a shut way told lately is left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tta_server.narrative import phrases as P
from tta_server.narrative.avoid import item_tags
from tta_server.narrative.words import (
    cap,
    direction_word,
    first_name,
    in_sentence,
    listing,
    skill_words,
    squash,
    the,
    way_to,
)
from tta_server.narrative.writer import Writer
from tta_server.world.carried import thinks_of_someone, written_to
from tta_server.world.disclosures import disclosed
from tta_server.world.engine import Context
from tta_server.world.feeling_acts import TEARFUL, shown_feeling
from tta_server.world.feelings import HARD as HARD_FEELINGS
from tta_server.world.feelings import recognised

_ARTICLE = re.compile(r"^(?:the|a|an) ")


class PlaceWriter(Writer):
    """Writes places, the people and things in them, and suggestions."""

    def place(
        self,
        ctx: Context,
        mode: str,
        direction: str = "",
        first_text: str | None = None,
        visits: int = 0,
        via: Sequence[str] = (),
    ) -> None:
        """A location in full: lead, description and notes, first visit, people and things,
        the ways on, and now and then an invitation (coming back in brief mode: the lead
        without the description and notes). Coming back (``visits``: the arrivals there so
        far, this one too) once each of its descriptions has had its turn, or while they
        were all told lately, the place is named without one: what changed (its notes, who
        and what is here) and the ways on; "look" gives it in full. ``via``: the places a
        walk in one go passed through, told as the walk it was."""
        loc = ctx.location
        soft = self.avoided(loc.tags)
        keys = {"place": in_sentence(loc.name), "Place": loc.name}
        if mode == "opening":
            lead = self.say(P.OPENING[self.tone], **keys)
        elif direction and via:  # a walk through other places: told as the walk it was
            passed = listing([in_sentence(x) for x in via], "and")
            lead = self.say(P.ARRIVE_FAR, via=passed, **keys)
        elif direction:  # a plain lead with the facts; a mood now and then, on a first visit
            lead = self.say(P.ARRIVE[self.tone], dir=direction, Dir=cap(direction), **keys)
            mood = ""  # now and then: none while one was told lately (not on every move)
            if mode == "arrive" and not self.told_any(P.ARRIVE_MOOD[self.tone]):
                mood = self.maybe(P.ARRIVE_MOOD[self.tone])
            lead = f"{lead} {mood}".strip()
        else:
            lead = self.say(P.LOOK[self.tone], **keys)
        if mode == "back" and self.scene.brief:  # brief: a place seen before is only named
            self.para(lead)
        else:
            if soft:
                body = self.say(P.PLAIN_PLACE)
            elif mode == "back" and (
                self.seen_each(loc.id, loc.descriptions, visits)
                or not any(self.fresh(d) for d in loc.descriptions)
            ):
                body = ""  # seen lately: the place by name only; "look" gives it in full
            else:
                body = self.choose(loc.descriptions)
            asked = mode == "look"  # notes told lately are not told again unless asked
            self.para(lead, body, *(n for n in loc.notes if asked or self.fresh(n)))
        if first_text and not soft:
            self.para(first_text)
        greet = mode == "back"  # the guide greets the player, coming back
        # what is here, who, and the ways on: one paragraph, worded afresh if it was told lately
        for _ in range(4):
            around = squash(
                " ".join(
                    [
                        self.things_here(ctx, mode == "look"),
                        *self.people_here(ctx, greet),
                        *self.ways_on(ctx, mode == "look"),
                    ]
                )
            )
            if not self.memory.told(around):
                break
        self.para(around)
        self.memory.add(around)
        self.invitation(ctx, always=mode != "look")

    def seen_each(self, location_id: str, descriptions: list[str], visits: int) -> bool:
        """Whether, coming back for the ``visits``-th time, each of the place's own
        descriptions has had its turn (a first visit and a return each); not while the story
        has given it other descriptions (then what changed is told, when not told lately)."""
        loc = self.world.location(location_id)
        own = loc is not None and list(loc.descriptions) == list(descriptions)
        return own and visits > len(descriptions)

    def things_here(self, ctx: Context, asked: bool = False) -> str:
        """The things here: each its own line, or by name when that was told lately; the
        list of names is left to the panel when it was told lately in any words, unless asked."""
        texts, names = [], []
        for item in ctx.items_here:  # its own line, unless told lately: then its name
            if (
                item.here
                and self.fresh(item.here)
                and not self.avoided(item_tags(self.world, item.id))
            ):
                texts.append(item.here)
            else:
                names.append(item.name)
        listed = listing(names) if names else ""
        if names and (asked or not self.told_any(P.ITEMS_HERE, list=listed)):
            texts.append(
                self.say(P.ITEMS_HERE, list=listed)
                if asked
                else self.maybe(P.ITEMS_HERE, list=listed)
            )
        return " ".join(t for t in texts if t)

    def people_here(self, ctx: Context, greet: bool) -> list[str]:
        """Who is here, in one sentence (the guide greets the player apart, coming back)."""
        lines, others = [], []
        for ch in ctx.characters:
            if greet and ch.guide and ch.attitude >= 0:
                lines.append(self.say(P.GUIDE_GREETING, first=first_name(ch.name)))
            else:
                others.append(ch)
        if len(others) == 1:  # how they are; just who, when that was told lately; then the
            ch = others[0]  # panel's "Here:" says it
            table = P.PEOPLE.get(ch.mood, P.PEOPLE["neutral"])
            line = self.maybe(table, char=ch.name) or self.maybe(P.PEOPLE_PLAIN, char=ch.name)
            lines.append(line)
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
        return [x for x in lines if x]

    def ways_on(self, ctx: Context, asked: bool = False) -> list[str]:
        """The ways on, open and shut; unless the player looks, the same ways told lately (in
        any words) are left to the side panel."""
        ways = [way_to(ex) for ex in ctx.exits if ex.open]
        tell = self.say if asked else self.maybe
        if len(ways) == 1:
            table, keys = P.EXITS_ONE, {"exit": ways[0]}
        else:
            table, keys = (P.EXITS_MANY if ways else P.EXITS_NONE), {"list": listing(ways, "or")}
        told = not asked and self.told_any(table, **keys)  # the same ways, any words: the panel's
        lines = [] if told else [tell(table, **keys)]
        for ex in ctx.exits:  # a shut way told lately is not told again (the panel shows it)
            if ex.open:
                continue
            if ex.door:
                door = ex.door.removeprefix("the ")
                lines.append(self.maybe(P.SHUT_DOOR, door=door, exit=way_to(ex, door=False)))
            else:
                lines.append(self.maybe(P.SHUT_WAY, exit=way_to(ex, door=False)))
        return [x for x in lines if x]

    def look_way(self, ctx: Context, direction: str) -> None:
        """What lies one way from here ("whats to the east?"): the place that way, through its
        door and whether it is shut; where no way goes, that said and the ways there are."""
        ex = next((x for x in ctx.exits if direction_word(x.dir) == direction), None)
        if ex is None:
            self.para(self.say(P.LOOK_NO_WAY, dir=direction), *self.ways_on(ctx, asked=True))
            return
        direction = {"in": "inside", "out": "outside"}.get(direction, direction)
        door = (ex.door or "").removeprefix("the ")
        through = f", through the {door}," if door else ""
        to = in_sentence(ex.to_name)
        seen = self.say(
            P.LOOK_WAY, dir=direction, Dir=direction.capitalize(), to=to, through=through
        )
        self.para(seen, self.say(P.LOOK_WAY_SHUT) if not ex.open else None)

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
        shown = shown_feeling(self.scene.text or "")
        letter = written_to(self.scene.text or "")
        if letter is not None:  # "write a letter to Declan with the pen": written, kept, and
            self.para(self.letter(*letter))  # no list of things to try after it
            return
        if shown is not None:  # "thank god", "cry": a feeling shown, received as itself
            opening = self.say(P.TEARS_ALONE if shown == TEARFUL else P.RELIEF_ALONE)
        elif feelings:
            difficult = [f for f in feelings if f in HARD_FEELINGS]
            table = P.FEELING_HARD if difficult else P.FEELING_EASY
            named = listing(difficult or list(feelings))
            opening = self.say(
                table[self.tone], feeling=named, Feeling=named[:1].upper() + named[1:]
            )
        elif thinks_of_someone(self.scene.text):  # "i think about mum", no one here to hear
            opening = self.say(P.THOUGHT_OF_SOMEONE)
        elif disclosed(self.scene.text or ""):  # "my dad has dementia", no one here to hear
            opening = self.say(P.DISCLOSED_ALONE)
        elif recognised(self.scene.text):  # "been there", with no one here to hear it
            opening = self.say(P.RECOGNISED_ALONE)
        else:  # the lead is left out when both were said lately: the suggestion stays
            opening = self.maybe(P.NOT_UNDERSTOOD[self.tone])
        words = self.scene.unknown or None  # "I know the word 'lantern', but not ..."
        self.para(opening, words, self.say(P.SUGGEST, place=here, list=listing(options, "or")))

    def letter(self, who: str, words: str) -> str:
        """A letter written to someone away, the player's words quoted as they wrote them,
        and the pen they wrote with when they named one they hold."""
        said = f" You write: '{cap(words.rstrip('.!?'))}.'" if words else ""
        named = who if who[:1].isupper() else re.sub(r"^my ", "your ", who.lower())
        told = self.say(P.LETTER_WRITTEN, who=named, said=said)
        pen = next((i for i in self.scene.context.inventory if "pen" in i.name.lower()), None)
        if pen is None or "pen" not in (self.scene.text or "").lower():
            return told
        return f"{told} {self.say(P.LETTER_PEN, Pen=cap(the(pen.name)), who=named)}"

    @staticmethod
    def suggestion(text: str, ctx: Context) -> str:
        if text == "help":
            return "ask for help"
        for item in ctx.items_here:  # the pipeline's "examine the pip's slate"
            if text == f"examine the {_ARTICLE.sub('', item.name.lower())}":
                return f"examine {the(item.name)}"
        return text
