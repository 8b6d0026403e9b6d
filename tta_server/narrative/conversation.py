"""Talk: the player's words quoted, characters' answers ("where is X?"), replies (thanks,
apologies, kind or unkind words), words that found no topic, and words about something else.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from typing import Literal

from tta_server.narrative import phrases as P
from tta_server.narrative.base import Step
from tta_server.narrative.spelling import as_meant, known_words
from tta_server.narrative.words import cap, fact_text, first_name, in_sentence, squash, the
from tta_server.narrative.writer import Writer
from tta_server.pipeline.clauses import TEXTED_YOU
from tta_server.world.replies import greets_first, own_words
from tta_server.world.talk import own_talk as _talk_words
from tta_server.world.views import animal_kind

MANNERS: dict[str, Sequence[str]] = {
    "talk.thanks": P.THANKED,
    "talk.sorry": P.APOLOGY,
    "talk.kindness": P.KINDNESS,
    "talk.unkindness": P.UNKINDNESS,
    "talk.declined": P.DECLINED,
    "talk.feeling": P.FEELING_TOLD,
    "talk.shared": P.SHARED_TOLD,
    "talk.life": P.LIFE_TOLD,
    "talk.proud": P.PROUD_TOLD,
    "talk.relief": P.RELIEF_SHARED,
    "talk.tears": P.TEARS_SHARED,
    "talk.disclosed": P.DISCLOSED,
    "talk.wellbeing": P.WELLBEING,
    "talk.goodbye": P.GOODBYE,
    "talk.personal": P.PERSONAL,
    "talk.family": P.FAMILY,
    "talk.invited": P.INVITED,
    "talk.coping": P.COPING,
    "talk.heard": P.ANSWER_HEARD,
    "talk.greeted": P.HELLO_BACK,
}
"""The plain lines for thanks, apologies, kind or unkind words, "how are you?" and a goodbye a
world gives no text for."""
AGAIN: dict[str, Sequence[str]] = {"talk.family": P.FAMILY_AGAIN}
"""The plain lines for a character's own answer asked for again, told lately (their family
told once, then a line that says so, never a plain line that contradicts it)."""


_QUESTION_START = re.compile(
    r"^(?:who|what|where|why|how|when|which|is|are|do|does|did|can|could|will|would)\b",
    re.IGNORECASE,
)
"""Words that open a question typed without its "?" ("where does she live")."""

#: Words that end on a word wanting more after it once the name they were said to is taken
#: out ("dance with footnote" -> "dance with"; "wave at the gull" -> "wave at"): no quotation.
_DANGLING = re.compile(
    r"(?:^|\s)(?:with|at|to|for|on|onto|into|about|towards|of|from|by|the|a|an|and|my|your)"
    r"[\s.!?,]*$",
    re.IGNORECASE,
)
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?] ))[a-z]")
_I = re.compile(r"(?<![\w'])i(?=$|[\s,.!?;:'\u2019])")
"""The word "I" typed in lower case ("i think", "i'm"): quoted as "I"."""

_CONTRACTED = {
    **{w: f"{w[:-1]}'{w[-1]}" for w in ("dont", "cant", "wont", "isnt", "didnt", "doesnt")},
    **{w: f"{w[:-1]}'{w[-1]}" for w in ("couldnt", "wouldnt", "shouldnt", "wasnt", "arent")},
    **{w: f"{w[:-1]}'{w[-1]}" for w in ("werent", "havent", "hasnt", "hadnt", "aint")},
    **{w: f"{w[:-1]}'{w[-1]}" for w in ("whats", "thats", "wheres", "whos", "hows", "theres")},
    **{w: f"{w[:-1]}'{w[-1]}" for w in ("hes", "shes", "heres", "everyones", "nothings")},
    **{"youre": "you're", "theyre": "they're", "youve": "you've", "theyve": "they've"},
    **{"youll": "you'll", "theyll": "they'll", "itll": "it'll", "couldve": "could've"},
    **TEXTED_YOU,
}
_UNCONTRACTED = re.compile(r"(?<![\w'])(?:" + "|".join(_CONTRACTED) + r")(?![\w'])", re.I)
_I_CONTRACTED = re.compile(r"(?<![\w'])(im|ive)(?![\w'])", re.IGNORECASE)


#: Where the player says they are from or live, the place after it ("i'm from bristol", "i
#: grew up near new york"): quoted with a capital (newcomer corpus 28: "I'm from bristol.").
_FROM_PLACE = re.compile(
    r"\b(?:(?:i'?m|im|i am|we'?re|we are) (?:originally |actually |really )?from|i (?:come|came)"
    r" from|i (?:live|grew up|was born) (?:in|near|by))"
    r" (?P<place>(?:(?:new|san|los|las|st|saint|north|south|east|west|great|little|port|upper"
    r"|lower) )?[a-z][a-z'-]+)",
    re.IGNORECASE,
)
_NO_PLACE = frozenset(
    {"the", "a", "an", "here", "there", "home", "abroad", "away", "round", "around", "near"}
    | {"far", "work", "school", "uni", "town", "the city", "up", "down", "out", "all", "over"}
    | {"everywhere", "nowhere", "somewhere", "a", "my", "our", "this", "that", "it", "london's"}
)


def placed_capitalised(said: str) -> str:
    """The place the player says they come from or live in, with capitals ("i'm from bristol"
    -> "i'm from Bristol", "i live near new york" -> "... New York"); other words as typed."""

    def cap_place(m: re.Match[str]) -> str:
        place = m.group("place")
        if place.lower() in _NO_PLACE:
            return m.group(0)
        capped = " ".join(w[:1].upper() + w[1:] for w in place.split())
        return m.group(0)[: m.start("place") - m.start(0)] + capped

    return _FROM_PLACE.sub(cap_place, said)


def _contracted(said: str) -> str:
    """Words typed without their apostrophe ("im", "whats", "dont") quoted with it ("I'm",
    "what's", "don't"), and "u" as "you"; slips of spelling are put right before it
    (:func:`~tta_server.narrative.spelling.as_meant`, "teh", "evryone"): quoting a
    player's typo back at them reads as mockery (newcomer 21: "'Whats the weather like.'");
    Scots and dialect ("ken", "ye", "wi") are their voice, quoted as typed."""
    said = _I_CONTRACTED.sub(lambda m: "I'm" if m.group(1).lower() == "im" else "I've", said)
    return _UNCONTRACTED.sub(lambda m: _cased(m.group(0), _CONTRACTED[m.group(0).lower()]), said)


def _cased(typed: str, fixed: str) -> str:
    """``fixed`` with the first letter as ``typed`` has it ("Whats" -> "What's")."""
    return fixed[:1].upper() + fixed[1:] if typed[:1].isupper() else fixed


#: Words asked on someone's behalf, in reported speech ("ask maren if she needs a hand up the
#: tower tomorrow" -> "if she needs a hand up the tower tomorrow"): the asking word, the one
#: asked as he, she or they, the verb and the rest.
_REPORTED = re.compile(r"^(?:if|whether) (?:she|he|they) ([a-z']+)\b(.*?)[.?!]*$", re.IGNORECASE)
#: Verbs of reported speech whose direct question opens with them ("is she ok" -> "Are you
#: ok?"); any other verb in the present asks with "do" ("she needs" -> "Do you need").
_OPENS = {
    "is": "Are you",
    "are": "Are you",
    "was": "Were you",
    "were": "Were you",
    "can": "Can you",
    "could": "Could you",
    "will": "Will you",
    "would": "Would you",
    "has": "Do you have",
    "have": "Do you have",
    "did": "Did you",
    "does": "Do you",
    "do": "Do you",
    "should": "Should you",
    "might": "Might you",
}
_ALSO_THIRD = re.compile(r"\b(?:her|him|them|herself|himself|themselves)\b", re.IGNORECASE)


def _plain_verb(verb: str) -> str | None:
    """The verb a present-tense "-s" form is of ("needs" -> "need", "goes" -> "go", "tries"
    -> "try"); None for any other form ("needed")."""
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    if verb.endswith(("sses", "shes", "ches", "xes", "zes", "oes")):
        return verb[:-2]
    if verb.endswith("s") and not verb.endswith(("ss", "us", "is")):
        return verb[:-1]
    return None


#: A question word asked on someone's behalf ("ask rue how she copes when shes worried" ->
#: "how she copes when shes worried"; newcomer corpus 31): the question word, the one asked,
#: the verb and the rest.
_REPORTED_WH = re.compile(
    r"^(how(?: much| many| long| often)?|what|why|where|when|who) (she|he|they) ([a-z']+)\b"
    r"(.*?)[.?!]*$",
    re.IGNORECASE,
)
#: Verbs that are the whole of the verb after a question word ("what she does" -> "What do
#: you do?"): never "What do you?".
_DOES = {"does": "do you do", "do": "do you do", "has": "do you have", "have": "do you have"}
#: The one asked, as she, he or they later in the words ("when shes worried"): put as "you".
_SAME_ONE = re.compile(
    r"\b(?:(?:she|he|they) (?:is|are)|shes|she's|hes|he's|theyre|they're|she|he|they)\b",
    re.IGNORECASE,
)
_OTHER_THIRD = re.compile(r"\b(?:her|him|them|his|their|hers|theirs)\b", re.IGNORECASE)


def _direct_wh(found: re.Match[str]) -> str | None:
    """A reported question with a question word put to the one asked ("how she copes when
    shes worried" -> "How do you cope when you're worried?"); None when it names someone
    else in the third person too ("what she thinks of him": whose "him" is not "you")."""
    wh, verb, rest = found.group(1), found.group(3).lower(), found.group(4)
    if _OTHER_THIRD.search(rest):
        return None

    def to_you(m: re.Match[str]) -> str:
        said = m.group(0).lower().replace("'", "")
        return "you" if said in ("she", "he", "they") else "you're"

    rest = _SAME_ONE.sub(to_you, rest)
    wh = wh[:1].upper() + wh[1:]
    if verb in _DOES:
        return f"{wh} {_DOES[verb]}{rest}?"
    if verb in _OPENS:
        return f"{wh} {_OPENS[verb].lower()}{rest}?"
    plain = _plain_verb(verb)
    return f"{wh} do you {plain}{rest}?" if plain else None


def direct(words: str) -> str | None:
    """Words to quote as said to the one asked: reported speech turned to direct ("if she
    needs a hand up the tower" -> "Do you need a hand up the tower?", "whether he is ok" ->
    "Are you ok?", "how she copes when shes worried" -> "How do you cope when you're
    worried?"); the words as they are when they are not reported; None when they are but
    cannot be turned (the story then tells the moment without quoting it)."""
    asked = _REPORTED_WH.match(words)
    if asked is not None:
        return _direct_wh(asked)
    if not re.match(r"(?:if|whether)\b", words, re.IGNORECASE):
        return words
    found = _REPORTED.match(words)
    if found is None or _ALSO_THIRD.search(found.group(2)):  # "if she wants her tea": not said
        return None
    verb, rest = found.group(1).lower(), found.group(2)
    if verb in _OPENS:
        return f"{_OPENS[verb]}{rest}?"
    plain = _plain_verb(verb)
    return f"Do you {plain}{rest}?" if plain else None


_WORD = re.compile(r"[a-z0-9]+")
_ADDRESS = frozenset({"to", "say", "tell", "ask", "hi", "hello", "hey", "oh", "dear", "and"})
"""Words around a quotation that only address it ("hi juno, ...", "say to rue: ...")."""


def _words_of(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("'", "").replace("\u2019", ""))


def whole_speech(words: str, typed: str, names: tuple[str, ...]) -> bool:
    """Whether ``words`` are all the player typed, bar the name of whom they spoke to and
    words that only address them: only then are they quoted. A clause cut from a longer
    input ("are you" from "are you bastian? do you know what happened?", "what you did" from
    "then tell me what you did") is not what the player said."""
    said, whole = _words_of(words), _words_of(typed)
    if not said:
        return False
    for start in range(len(whole) - len(said) + 1):
        if whole[start : start + len(said)] == said:
            rest = whole[:start] + whole[start + len(said) :]
            named = {w for n in names for w in _words_of(n)}
            return all(w in named or w in _ADDRESS for w in rest)
    return False


def _own_talk_words(st: Step) -> str | None:
    """The player's own words in a talk ("where did she go?"), without "talk to" or "ask"."""
    return _talk_words(st.action.target_text)


#: "tell X ..." (what follows is for X to hear) and the words about X in it put as said to
#: them ("she did alright asking" -> "you did alright asking"; newcomer corpus 25).
_TOLD = re.compile(r"^\s*(?:(?:ok|okay|so|and|then|just|i)\s+)*tell\s", re.IGNORECASE)
_TO_YOU = {
    **dict.fromkeys(("she", "he", "they"), "you"),
    **dict.fromkeys(("she's", "he's", "they're", "shes", "hes", "theyre"), "you're"),
    **dict.fromkeys(("she is", "he is", "they are"), "you are"),
    **dict.fromkeys(("she was", "he was", "they were"), "you were"),
    **dict.fromkeys(("she has", "he has", "they have"), "you have"),
}
_TOLD_THEIRS = re.compile(r"\b(with|for|on) (?:her|his|their)\b", re.IGNORECASE)
_TOLD_THEM = re.compile(
    r"^(?:she|he|they) (?:is|are|was|were|has|have)\b|^(?:she's|he's|they're|shes|hes|theyre"
    r"|she|he|they)\b",
    re.IGNORECASE,
)

#: More words than this said to someone are heard as a whole (:data:`~P.HEARD`'s "shared").
_LONG_WORDS = 12


class ConversationWriter(Writer):
    """Writes what the player says to characters and what they answer."""

    def quote(self, words: object) -> str | None:
        """The player's words as a quotation ("It's not your fault."), or None when they may
        not be echoed (the safety screen raised a concern) or there are none. A question
        typed without its "?" gets one."""
        if not self.scene.quote or not isinstance(words, str) or not words.strip():
            return None
        said = direct(squash(words).replace("{", "").replace("}", ""))
        if said is None or _DANGLING.search(said):  # "dance with footnote": never 'Dance with.'
            return None
        said = _contracted(as_meant(_I.sub("I", said), known_words(self.world)))
        said = _SENTENCE_START.sub(lambda m: m.group(0).upper(), said)
        if said[-1:] in ".!?":
            return said
        last = re.split(r"(?<=[.!?])\s+", said)[-1]  # "Could I have a cuppa please. I'm worn
        return said + ("?" if _QUESTION_START.match(last) else ".")  # out.": no question now

    def quote_said(self, st: Step, words: object) -> str | None:
        """The player's words to a character as a quotation, only when they are the whole of
        what the player typed (:func:`whole_speech`): never a fragment of it."""
        name = fact_text(st.outcome.facts, "character_name") or ""
        ch = self.world.character(st.action.target_id or "")
        names = (name, *(ch.aliases if ch is not None else ()))
        if not isinstance(words, str) or not whole_speech(words, self.scene.text or st.raw, names):
            return None
        if _TOLD.match(self.scene.text or st.raw):  # "tell maren she did alright": 'You did'
            words = _TOLD_THEM.sub(lambda m: _TO_YOU[m.group(0).lower()], words, count=1)
            words = _TOLD_THEIRS.sub(r"\1 your", words)  # "good luck with her course"
        return self.quote(placed_capitalised(words))  # as typed, then turned to direct speech

    def lead_for(self, said: str, first: str) -> str:
        """A quotation framed as asking when it ends in a question, else as saying."""
        return self.say(
            P.QUOTE_ASK if said.endswith("?") else P.QUOTE_REPLY, first=first, said=said
        )

    def animal(self, st: Step) -> str | None:
        """What kind of animal the character spoken to is ("cat"), or None for a person: an
        animal's answers are told in narration, never in speech."""
        who = fact_text(st.outcome.facts, "character") or st.action.target_id or ""
        ch = self.world.character(who)
        return animal_kind(ch) if ch is not None else None

    def offtopic(self, st: Step) -> str:
        """The lead when a character answers words about something else with what is on their
        mind: the player's words, then that they are not answered directly."""
        first = first_name(fact_text(st.outcome.facts, "character_name") or "them")
        named = (fact_text(st.outcome.facts, "character_name") or "", first)
        said = self.quote_said(st, own_words(_own_talk_words(st), names=named, said=True))
        asked = self.lead_for(said, first) if said else ""
        kind = self.animal(st)
        own = self.greetings(fact_text(st.outcome.facts, "character") or "")[0]
        words = _own_talk_words(st) or ""
        whole = self.scene.text or ""
        if len(self.scene.steps) == 1 and len(whole) > len(words):  # "yes i am frozen. thx.
            words = whole  # i am tomasz. why ...?" answered on its first sentence: all heard
        heard = self.heard(words, own) if not kind else ""
        if heard:  # "hi. i'm mira. do you want the blanket? you look cold": heard, then the
            aside = self.say(P.HEARD_THEN, first=first, heard=heard)  # beat
            return f"{asked} {aside}".strip()
        table = P.ANIMAL_OFFTOPIC if kind else P.OFFTOPIC
        who = fact_text(st.outcome.facts, "character") or ""
        aside = self.own_line(who, "asides", table, first, kind or "", optional=True)
        return f"{asked} {aside}".strip()

    def own_line(
        self,
        who: str,
        field: Literal["asides", "quiet"],
        table: Sequence[str],
        first: str,
        kind: str,
        *,
        optional: bool = False,
    ) -> str:
        """A character's own line of ``field`` not said in this story, else one of the plain
        ``table``'s not said in this story by anyone (newcomer 21 met "X nods, but something
        else has been waiting to be said" from Rue, then Maren, then Juno); with ``optional``,
        "" when every one was said, else a plain line the writer picks."""
        ch = self.world.character(who)
        own: list[str] = getattr(ch, field) if ch is not None else []
        for line in own:
            if self.fresh(line):
                self.memory.add(line)
                return line
        people = [first_name(c.name) for c in self.world.characters] or [first]
        unsaid = [
            t for t in table if not any(self.told_any((t,), first=p, kind=kind) for p in people)
        ]
        if unsaid or optional:
            return self.maybe(unsaid, first=first, kind=kind)
        return self.say(table, first=first, kind=kind)

    def heard_first(self, st: Step) -> str:
        """The lead for a person's own beat after several things said to them ("Pip returns
        your hello with a glance and hears the worry in your voice."); "" when there is none
        to give (no words of the player's, one plain thing, or an animal)."""
        if self.animal(st):
            return ""
        first = first_name(fact_text(st.outcome.facts, "character_name") or "them")
        who = fact_text(st.outcome.facts, "character") or ""
        for greeted in self.greetings(who):  # a hello returned before: another way this time
            heard = self.heard(_own_talk_words(st) or "", greeted)
            if not heard or not self.memory.any_told(f"{first} {heard}."):
                break
        return f"{first} {heard}." if heard else ""

    def greetings(self, who: str) -> list[str]:
        """:data:`~P.GREETED` from the character's own way of returning a hello: the world's
        characters take consecutive ones from a point the world's id gives, so no two people
        of a world, and few of two worlds, greet alike."""
        ids = [c.id for c in self.world.characters]
        at = zlib.crc32(self.world.id.encode()) + (ids.index(who) if who in ids else 0)
        n = len(P.GREETED)
        return [P.GREETED[(at + i) % n] for i in range(n)]

    def heard(self, words: str, greeted: str = P.GREETED[0]) -> str:
        """What a person shows they heard of several things said to them before what is on
        their mind ("returns your hello, takes in your name and sees what you're offering"):
        at most three of :data:`~P.HEARD`, in its order; "" when the words hold none of them
        or are a single plain question (then :data:`~P.OFFTOPIC` says it)."""
        text = " ".join(words.lower().replace("\u2019", "'").split())
        name = self.keys.get("name", "").lower()
        keys = [
            key
            for key, (pattern, _) in P.HEARD.items()
            if re.search(pattern, text) and (key != "name" or (name and name in text))
        ]
        long = len(text.split()) > _LONG_WORDS  # a long answer: all of it is heard
        if not keys or (len(keys) < 2 and not long and "worry" not in keys):
            return ""  # one thing said: the plain lead (as before)
        said = self.keys.get("name", "")
        found = [
            greeted if k == "greeting" else P.HEARD[k][1].replace("{Name}", said) for k in keys[:3]
        ]
        return found[0] if len(found) == 1 else f"{', '.join(found[:-1])} and {found[-1]}"

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
            shut = [x for x in facts.get("shut_route") or [] if isinstance(x, list) and len(x) == 2]
            if shut and kind in ("at", "place"):  # "it's out, then up, but the blue door's shut"
                door = fact_text(facts, "shut_door")
                table = P.ROUTE_SHUT_AT if door else P.ROUTE_SHUT_ON
                steps_said = ", then ".join(
                    [f"{d} to {in_sentence(str(p))}" for d, p in shut[:-1]] + [str(shut[-1][0])]
                )
                named = the(door or "the way")
                named = named if named.lower().startswith("the ") else f"the {named}"
                way = self.say(table, steps=steps_said, door=named)
        keys = {
            "first": first,
            "subject": subject,
            "Subject": cap(subject),
            "place": place,
            "Place": cap(place),
            "holder": first_name(fact_text(facts, "holder_name") or "someone"),
            "route": way,
            "role": fact_text(facts, "role") or "",
        }
        animal = self.animal(st)
        if animal is not None:  # shown, never said: a look the way, then the facts
            lead = P.ANIMAL_POINTS if steps else P.ANIMAL_BLINKS
            look = self.say(
                lead,
                first=first,
                kind=animal,
                Kind=cap(animal),
                dir=str(steps[0][0]) if steps else "",
            )
            fact = P.ANIMAL_FACT.get(kind, "").format_map(keys).strip()
            self.para(look, fact or None)
            return
        self.para(self.say(P.ANSWER.get(kind, P.ANSWER["unknown"]), **keys))

    def talk_default(self, st: Step) -> None:
        """Words that found no topic: the player's question, then the first of the
        character's lines not told lately (or a plain one)."""
        facts = st.outcome.facts
        first = first_name(fact_text(facts, "character_name") or "them")
        named = (fact_text(facts, "character_name") or "", first)
        words = _own_talk_words(st)
        said = self.quote_said(st, own_words(words, names=named, said=True))
        if said is not None and not greets_first(words):  # "hi, it's me": a greeting, no answer
            lead = self.lead_for(said, first)
        else:
            lead = self.say(P.TALK_DEFAULT, first=first)
        lines = [x for x in facts.get("lines") or [fact_text(facts, "text")] if isinstance(x, str)]
        fresh = [x for x in lines if self.fresh(x)]  # in the world's order: default first
        animal = self.animal(st)
        nothing = P.ANIMAL_NOTHING_NEW if animal else P.TALK_NOTHING_NEW
        who = fact_text(facts, "character") or ""
        line = fresh[0] if fresh else self.own_line(who, "quiet", nothing, first, animal or "")
        self.memory.add(line)
        self.para(lead, line)

    def reply(self, st: Step) -> None:
        """A reply to a character (an answer to their question, thanks, an apology, kind or
        unkind words): the player's words quoted, then what the character says."""
        facts, key = st.outcome.facts, st.outcome.message_key
        first = first_name(fact_text(facts, "character_name") or "them")
        said = self.quote_said(st, facts.get("words"))
        lead = self.lead_for(said, first) if said else None
        text = fact_text(facts, "text")
        if text is None or not self.fresh(text):
            feeling = fact_text(facts, "feeling") or "like that"
            animal = self.animal(st)
            table = (
                P.ANIMAL_MANNERS.get(key, P.ANIMAL_MANNERS["talk.reply"])
                if animal
                else MANNERS.get(key, P.REPLY_HEARD)
            )
            table = AGAIN.get(key, table) if text is not None and not animal else table
            text = self.say(table, first=first, feeling=feeling, kind=animal or "")
        self.para(lead, text)
