"""What changed after an action: things gained or placed, attitudes warming or cooling, ways
unlocked, skills practised (coaching), the arc's steps and its ending.

Coaching
    After a skill is practised the narrator names it once with its gloss ("That was
    reframing: ..."), later only briefly and not every time; ``persona.quiet_coaching`` leaves
    all of it out. A line for the player's goals (``persona.goals``) follows a skill's first
    time only, the goals' lines in turn, each at most once a story; a character's attitude line
    is one per value it reaches (none past the end of its band's table), so neither repeats
    within a story. A step reached by walking there is told without an aside of praise: praise
    is for something done. The guide's asides speak of the guide in the conditional ("Bastian would
    say") only when the guide is elsewhere; in the room, the guide just reacts.
"""

from __future__ import annotations

from collections import ChainMap

from tta_server.narrative import phrases as P
from tta_server.narrative.base import Step
from tta_server.narrative.words import (
    cap,
    direction_word,
    first_name,
    in_sentence,
    listing,
    skill_words,
)
from tta_server.narrative.writer import Writer
from tta_server.world.state import Delta, DeltaKind
from tta_server.world.views import is_animal
from tta_server.world.vocab import PLAYER, attitude_word


class ChangeWriter(Writer):
    """Writes the deltas of an action."""

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
            at = next((i for i, c in enumerate(self.world.characters) if c.id == who), 0)
            line = self.attitude(value, at, animal=ch is not None and is_animal(ch))
            if ch is not None and line is not None and not self.said_of_anyone(line):
                lines.append(line.format_map(ChainMap({"first": first_name(ch.name)}, self.keys)))
        if gained:
            lines.insert(0, self.say(P.ITEMS_GAINED, list=listing(gained)))
        self.para(*lines)
        steps = [d.text for d in deltas if d.kind is DeltaKind.STEP and d.text]
        skill = next((d for d in deltas if d.kind is DeltaKind.SKILL), None)
        if skill is not None:
            self.skill(skill, praise=not steps)
        ending = [
            d.text or self.world.arc.ending.text for d in deltas if d.kind is DeltaKind.ENDING
        ]
        for text in steps:
            self.para(text)
        walked = str(st.action.intent) == "go"  # a step reached by a plain walk: no praise
        # for it ("'Mia is doing well,' Rue would say" after "go north", newcomer corpus 31)
        if steps and not ending and not self.quiet and not walked and self.seed % 3 == 0:
            self.para(
                self.maybe(P.STEP_ASIDE_HERE if self.guide_here() else self.aside(P.STEP_ASIDE))
            )
        for text in ending:
            self.para(text)
            self.para(self.say(P.ENDING_CLOSE[self.tone]))

    def said_of_anyone(self, line: str) -> bool:
        """Whether an attitude line was told lately of any character ("Pip warms to you a
        little", then "Skipper warms to you a little": the same words, a stock line)."""
        names = {first_name(c.name) for c in self.world.characters}
        return any(
            self.memory.told(line.format_map(ChainMap({"first": n}, self.keys))) for n in names
        )

    @staticmethod
    def attitude(value: int, at: int = 0, animal: bool = False) -> str | None:
        """The line for the attitude of the character ``at`` that place in the world's list
        reaching ``value``, in the wording of :data:`~P.ATTITUDES` for that place (characters
        next to each other never share one): each value of a band has its own line (the band's
        table in order from its lowest value), and values past the end of the table have none,
        so no attitude line is said twice for one character in a story. An ``animal``'s lines
        are :data:`~P.ANIMAL_ATTITUDE` (a cat or a dog does not "let you all the way in")."""
        word = attitude_word(value)
        lines = P.ANIMAL_ATTITUDE if animal else P.ATTITUDES[at % len(P.ATTITUDES)]
        table = lines.get(word, lines["neutral"])
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
        keys["Gloss"] = cap(words[1])
        first_times = len(self.scene.context.skills) - 1 if self.scene.context.skills else 0
        if times <= 1:  # each new skill in the next frame: never "That was ..." skill after skill
            frames = P.SKILL_ACK[self.tone]
            parts = [self.say((frames[first_times % len(frames)],), **keys)]
        elif self.seed % 2 == 0:
            parts = [self.maybe(P.SKILL_AGAIN[self.tone], **keys)]
        else:
            return
        goals = [g for g in self.scene.persona.goals if d.subject in P.GOAL_SKILLS.get(g, ())]
        goals = goals or [""]  # a goal's lines only after a skill they fit; else plain ones
        if times <= 1:  # a skill's first time: the goals' lines in turn, each once
            voice = "bold" if self.tone == "challenging" else "gentle"
            lines = [line for g in goals for line in P.GOAL_LINES[g][voice]]
            # two skills first practised in one turn share ``first_times``: the second takes
            # the next line not said in this narration yet (newcomer 19's "i stand still and
            # listen. I breathe slow": grounding and slow breathing, one line twice)
            unsaid = [  # nor told before in this story: a moment undone and played again
                x  # ("Go gently. You're doing fine." three times, newcomer corpus 30)
                for x in lines[first_times:]
                if not any(x in p for p in self.out) and self.fresh(x)
            ]
            if unsaid:
                parts.append(unsaid[0])
        if praise and self.seed % 3 == 0:
            parts.append(
                self.maybe(P.GUIDE_PRAISE_HERE if self.guide_here() else self.aside(P.GUIDE_PRAISE))
            )
        self.para(*parts)
