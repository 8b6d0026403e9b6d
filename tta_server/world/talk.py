"""Conversation in the engine: ``talk`` to a character (topics, questions and the player's
replies to a character's own question, thanks, apologies, kind or unkind words, questions about
people, places and things) and :func:`reply_action`, which reads free words typed to the people
here as a reply. Part of :mod:`tta_server.world.engine`; pure functions, no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from tta_server.protocol.intents import Intent
from tta_server.world.answers import (
    Asked,
    answer,
    known_answer,
    nowhere_asked,
    question_about,
    who_they_are,
)
from tta_server.world.asked import beside_the_question, question_words
from tta_server.world.asked_for import kept_asked_for
from tta_server.world.chat import chat_open, tells_where_from
from tta_server.world.disclosures import about_own_people, disclosed
from tta_server.world.feeling_acts import RELIEVED, shown_feeling
from tta_server.world.feelings import HARD, named_feelings, recognised
from tta_server.world.own_life import proud_of_oneself, tells_own_life
from tta_server.world.replies import (
    ANSWER_ORDER,
    Reading,
    after_correction,
    agreeing_reply,
    normal,
    own_words,
    read_reply,
    stance,
    takes_leave,
)
from tta_server.world.schema import (
    Character,
    Item,
    Question,
    Topic,
    World,
    questions,
    reply_key,
    topic_key,
    use_key,
)
from tta_server.world.state import (
    WorldState,
    holds,
    where_is,
)
from tta_server.world.turn import (
    Action,
    Outcome,
    Turn,
    scenery_here,
    the,
)
from tta_server.world.views import (
    CharacterLine,
    addressees,
    animal_kind,
    character_fallbacks,
    character_line,
    character_texts,
    characters_here,
    here,
    is_animal,
    is_shut,
)
from tta_server.world.vocab import PLAYER, Skill
from tta_server.world.word_patterns import in_other_english, whole_words, without_lead_in

_TALK_WORDS = re.compile(
    r"^(?:(?:talk|speak|chat|ask|tell|say|answer|reply|greet)\b\s*(?:(?:to|with|at)\b\s*)?"
    r"(?:(?:her|him|them)\b\s*)?)?(?:about\b\s*)?",
    re.IGNORECASE,
)


def own_talk(text: str | None) -> str:
    """The player's own words to a character, without the verb of talking ("talk to" ->
    "", "ask about the fog" -> "the fog")."""
    return _TALK_WORDS.sub("", " ".join((text or "").split()), count=1).strip(" ,:;")


#: A question put to no one (newcomer 16, alone on the quay: "Should I ring the fog bell to help
#: them?", answered "There's no one here to talk to"): the game answers with the guide's hint
#: when the question asks what the player should or could do ("should i", "what can we", "how
#: do i") and names no one and nothing the world can answer about; other questions ("where did
#: everyone go?", "who is whining out there?") stay said to no one.
_ASKS = re.compile(
    r"^(?:(?:so|and|but|ok|okay|um|hmm|well),? )?(?:(?:what|where|how|which|when|why) )?"
    r"(?:should|shall|could|can|would|will|do|did|may|might|must|am) (?:i|we)\b"
)


#: Asking what to do next, or how to do something, of someone here (newcomer 16 to Rue: "What
#: should I do next?", to Bastian: "How do I get into the burnt wing?"): when no topic of theirs
#: is keyed to the words, the guide's hint answers, as it does asked of no one ("how do i
#: help you?" is words to them).
_WHAT_TO_DO = re.compile(
    r"^(?:(?:so|and|but|ok|okay|um|hmm|well|right|then) )*"
    r"(?:what (?:should|shall|do|can|could|must|would) (?:i|we) (?:do|try)\b"
    r"|what (?:now|next)\b|now what\b|what(?:s| is) next\b|what am i (?:supposed|meant) to do\b"
    r"|how (?:do|can|should|could|shall|would) (?:i|we)\b(?! (?:help|thank|repay)\b)"
    r"|where (?:should|do|shall|can|must) (?:i|we) (?:go|start|look|begin)\b)"
)


_CHAT = re.compile(
    r"^(?:hi|hello|hey|ok|okay|alright|all right|how are you|yes|no|please|sorry|thanks|"
    r"good evening|evening|morning|good morning|what's happening|whats happening|need|help)$",
    re.IGNORECASE,
)
"""Keywords that say little about what the words are about (a greeting, "ok")."""
_GREETING = re.compile(r"^(?:hi|hello|hey|hiya|good (?:evening|morning|afternoon)|evening)\b", re.I)
#: A hello and nothing more ("hi", "hi im back lol", "hello again everyone", "hey all").
_ONLY_HELLO = re.compile(
    r"^(?:hi|hello|hey|hiya|heya|yo|hullo|good (?:evening|morning|afternoon)|evening|morning)"
    r"(?: (?:there|again|all|everyone|everybody|guys|folks|you|both|you two|you both|im back"
    r"|i m back|i am back|back|its me|it s me|me again|back again|lol|haha|x|friend|mate|love))*$"
)
_PLAIN = re.compile(r"\b(?:tell|me|about|more|again|the|a|an|your|her|his|their|what|and|so)\b")


_ADDRESS = frozenset({"to", "with", "at", "the", "a", "an", "that", "this", "you"})


def _only_names(words: str, ch: Character) -> bool:
    """Whether the words only name the character ("the girl", "Juno", "to pip", "the")."""
    names = {w for n in ch.names for w in re.findall(r"[\w']+", n)}
    return all(w in names or w in _ADDRESS for w in re.findall(r"[\w']+", words.lower()))


def _helped(t: Turn, ch: Character, topic: Topic) -> bool:
    """Whether the topic is the character's asking-for-help moment and the player has had
    their help already: asked for help again ("ask maren for help", "can you help me
    again?"), the way on is the answer, never their old line once more or "nothing to add"."""
    done = topic_key(ch.id, topic) in t.s.done and holds(t.world, t.s, topic.when)
    return done and topic.skill == Skill.ASKING_FOR_HELP


_HELP = re.compile(r"\bhelp\b")
#: Words about the one spoken to, or about asking, not a request of theirs ("tell maren she
#: did alright asking for help in the end", newcomer corpus 25, met the guide's hint).
_ABOUT_THEM = re.compile(
    r"^(?:(?:well|so|and|honestly|really)\s+)*(?:she|he|they|you|u|your|ur|youre|shes|hes"
    r"|asking|it was|it s|its|that was)\b(?! (?:help|can|could|will|would)\b)"
)


def _unnamed(words: str, ch: Character) -> str:
    """The words without the character's name calling them first ("footnote, who is
    bastian?" -> "who is bastian?", "rue where is pip" -> "where is pip"); as they are when
    nothing but the name is left."""
    for name in ch.names:
        found = re.match(rf"(?:the )?{re.escape(name)}\b[\s,:;!.-]*", words, re.IGNORECASE)
        if found is not None and words[found.end() :].strip():
            return words[found.end() :]
    return words


def _plain_ask(words: str, topic: Topic) -> bool:
    """Whether the words ask for nothing but the topic ("", "pip", "tell me about pip"): only
    then may a character say the player has heard it already."""
    rest = " ".join(_PLAIN.sub(" ", words.lower()).split())
    return not rest or any(rest == k.lower() for k in topic.keywords)


def _says(words: str, keyword: str) -> bool:
    """Whether the keyword (one or more words) occurs in the words as whole words."""
    return whole_words(keyword).search(words) is not None


def _keyed(words: str, asked: str, keyword: str) -> bool:
    """Whether the keyword is in the words; outside a how-are-you question (``asked``) unless
    it is one itself ("how", "let me" are not asked by "how are you feeling?")."""
    return _says(asked, keyword) or (_says(words, keyword) and bool(_HOW_ARE_YOU.search(keyword)))


_ASIDE = re.compile(r"^(?:hi|hello|hey|ok|okay|alright|all right|yes|no)$", re.IGNORECASE)
"""Chat words that open words without asking anything ("ok detective pip", "hello again")."""


_QUESTION_WORD = re.compile(r"^(?:where|who|when|which)$", re.IGNORECASE)
"""Keywords that only ask: what the question is about is in its other words ("how" and
"what" key topics of their own: "how do i light it", "what can i do")."""


def _asking_only(words: str, asked: str, topic: Topic) -> bool:
    """Whether the words find the topic only by a question word (:data:`_QUESTION_WORD`)."""
    return all(_QUESTION_WORD.match(k) for k in topic.keywords if _keyed(words, asked, k))


def _chat_only(words: str, topic: Topic) -> bool:
    """Whether the words find the topic only by :data:`_ASIDE` words ("ok", "hello")."""
    return all(_ASIDE.match(k) for k in topic.keywords if _says(words, k))


def _pick_topic(t: Turn, ch: Character, fresh: bool = True, practice: bool = True) -> Topic | None:
    """The topic asked for: by id, by keyword, else (when ``fresh``) the first new one
    available, so "talk to pip" moves the conversation on, but not once the story has ended
    (what was news on the way is stale then); without ``practice``, not one that
    practises a skill (a moment of practice is the player's to ask for, not a reply to words
    about something else)."""
    if t.action.obj_id is not None:
        return next((x for x in ch.topics if x.id == t.action.obj_id), None)
    words = in_other_english(own_talk(t.action.target_text).lower())  # "a torch": a lantern
    if words:
        asked = _HOW_ARE_YOU.sub(" ", words)  # "how are you feeling" asks no "how" of a topic
        matches = [x for x in ch.topics if any(_keyed(words, asked, k) for k in x.keywords)]
        about = [x for x in matches if not _asking_only(words, asked, x)]
        matches = about or matches  # "where do i find my own harsh page?": the page, not
        # the topic keyed on "where" (Bastian's on Ilse)
        matches = [  # "ok detective pip": a told topic is not told again for a chat word
            x for x in matches if topic_key(ch.id, x) not in t.s.done or not _chat_only(words, x)
        ]
        # a topic named by what the words are about before one found only by a chat word
        # ("is your dad ok?" is about the dad, not about being ok), and their own telling
        # before a moment of practice the same words touch ("i can climb the stairs for you.
        # will you tell me how to light it?": Maren's story, then her key), then the topic
        # keyed on the most words ("my own harsh page": the pen's, not "harsh" of the fire's)
        matches.sort(
            key=lambda x: (
                all(_CHAT.match(k) for k in x.keywords if _keyed(words, asked, k)),
                x.skill is not None
                and any(y.skill is None and topic_key(ch.id, y) not in t.s.done for y in matches),
                -max(len(k) for k in x.keywords if _keyed(words, asked, k)),  # the most said
            )
        )
        ready = [x for x in matches if holds(t.world, t.s, x.when)]
        new = [x for x in ready if topic_key(ch.id, x) not in t.s.done]
        best = new or ready or matches
        if best:
            return best[0]
    if not fresh or t.s.ended:  # after the ending nothing untold is news: their own line
        return None
    # Nothing asked about: they bring up what is new.
    for topic in ch.topics:
        unheard = topic_key(ch.id, topic) not in t.s.done and holds(t.world, t.s, topic.when)
        if unheard and not topic.asked and (practice or topic.skill is None):
            return topic
    return None


def _topic_on(t: Turn, ch: Character, about: Asked) -> Topic | None:
    """For "who is X?": a topic of the character's about X (a keyword is one of X's names)
    not told yet and open now ("who are you?": the first such topic of theirs that is not a
    moment of practice); None for "where" questions, which the state answers."""
    person = t.world.character(about.id) if about.kind == "who" else None
    if person is None:
        return None
    names = set(person.names)
    for topic in ch.topics:
        fresh = topic_key(ch.id, topic) not in t.s.done and holds(t.world, t.s, topic.when)
        themselves = person.id == ch.id and topic.skill is None  # "who are you?": their story
        if fresh and (themselves or names & {k.lower() for k in topic.keywords}):
            return topic
    return None


def _no_words(name: str) -> str:
    """What talking to a thing comes to ("the gulls": they, not it)."""
    last = name.split()[-1].lower() if name.split() else ""
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is"))
    answer = "They don't answer" if plural else "It doesn't answer"
    return f"You speak to {the(name)}. {answer}, not in words."


def _ask_thing(t: Turn, item: Item) -> Outcome:
    """ "ask the card catalogue where my book is": the item's use that answers asking."""
    use = next((u for u in item.uses if {"ask", "talk"} & {u.verb, *u.aliases}), None)
    if use is None:
        return t.fail("talk.thing", name=the(item.name), text=_no_words(item.name))
    return t.interact(use_key(item.id, use), "verb", use, [item.id], name=item.name)


def shown(t: Turn, item: Item, ch: Character) -> Outcome:
    """ "show bastian the glasses" (a thing held, shown to someone here who takes no gift of
    it that moves the story): they look at it with you, and say whom it is for when it is
    someone else's gift ("'Ilse should see this,' says Bastian."), or give it back when it
    would be theirs ("show maren the sea glass": kept); an animal sniffs at it. Never "there
    is no one here to show it to"."""
    first = ch.name.split()[0]
    thing = the(item.name)
    owner = next(
        (
            c
            for c in t.world.characters
            if c.id != ch.id and any(r.gift == item.id for r in c.reactions)
        ),
        None,
    )
    if is_animal(ch):
        text = f"{first} sniffs at {thing}, and loses interest."
    elif any(r.gift == item.id for r in ch.reactions):  # theirs to treasure, still yours
        text = (
            f"{first} holds {thing} for a long moment, and gives it back to you."
            f" 'Thank you for showing me that,' says {first}."
        )
    elif owner is not None:
        text = (
            f"{first} looks at {thing} for a long moment, then at you."
            f" '{owner.name.split()[0]} should see this,' says {first}."
        )
    else:
        text = f"{first} looks at {thing} with you, and nods."
    return t.done("act.ok", [item.id, ch.id], text=text, verb=Intent.SHOW)


def _question(t: Turn, ch: Character, question_id: str | None) -> Question | None:
    """The question of this character's with this id (asked by a topic or a reaction), while
    it is still open (its ``when`` holds)."""
    q = next((q for q in questions(ch) if q.id == question_id), None)
    return q if q is not None and holds(t.world, t.s, q.when) else None


def _answer(t: Turn, ch: Character, q: Question, reading: Reading, words: str) -> Outcome:
    """The character's answer to the player's reply to their question."""
    plain = {Reading.YES: q.yes, Reading.NO: q.no, Reading.PARTLY: q.partly}
    said = plain.get(reading, reading.value)
    text = {"kind": q.kind, "unkind": q.unkind}.get(said, q.unsure)
    key = reply_key(ch.id, q)
    if said == "kind":
        t.s.asking.pop(ch.id, None)
        follow = q.then
        if follow is not None and t.still_open(ch.id, follow):  # the answer asks in turn
            t.s.asking[ch.id] = follow.id
        if key not in t.s.done:
            t.s.done.append(key)
            t.changes.apply(q.effects)
            if q.skill is not None:
                t.changes.practise(q.skill)
    return t.done(
        "talk.reply",
        [ch.id],
        text=text,
        reading=said,
        question=q.id,
        words=own_words(words, (ch.name, *ch.aliases), said=True),
        interaction=key,
        character=ch.id,
        character_name=ch.name,
    )


_MANNERS: dict[Reading, CharacterLine] = {
    Reading.THANKS: "thanks",
    Reading.SORRY: "sorry",
    Reading.KIND: "kindness",
    Reading.UNKIND: "unkindness",
}
"""The character's field that answers thanks, an apology, kind or unkind words (outside a
question): ``talk.thanks``, ``talk.sorry``, ``talk.kindness``, ``talk.unkindness``."""


def _manners(t: Turn, ch: Character, reading: Reading, words: str) -> Outcome:
    """The character takes the player's thanks, apology, kind or unkind words."""
    field = _MANNERS[reading]
    quote = reading in (Reading.KIND, Reading.UNKIND)  # not "thank you", "sorry"
    said = own_words(words, (ch.name, *ch.aliases), said=True) if quote else None
    facts = {"character": ch.id, "character_name": ch.name}
    text = character_line(t.world, t.s, ch, field)
    return t.done(f"talk.{field}", [ch.id], text=text, words=said, **facts)


#: Asking how someone is ("how are you holding up?", "how're you feeling now", "are you ok
#: working so late?", "you ok now?"), in words made :func:`normal`; "you ok" only opening
#: its sentence ("thank you, ok" is no question).
_HOW_ARE_YOU = re.compile(
    r"\bhow (?:are|r|re|have) (?:you|u|ya)\b(?! (?:going to|gonna|getting|planning)\b)"
    r"|\bhow (?:you|u) (?:doing|holding up|feeling|keeping|been)\b|\bhow(?:s| is) it going\b"
    r"|\bhow (?:you|u) (?:are|r)\b(?! (?:going|gonna|getting|planning|able|supposed)\b)"
    r"|\bhow do you feel\b(?! about)|\bhow are things\b|\bhows (?:you|things)\b"
    r"|\b(?:are|r) (?:you|u) (?:ok|okay|alright|all right|well|feeling (?:ok|okay|better|any"
    r" better))\b(?! with)"
    r"|^(?:(?:and|so|but|um|erm|hey|hi|hello) )*(?:you|u) (?:ok|okay|alright|all right)\b"
    r"(?! with)"
)
_SENTENCES = re.compile(r"[.!?;]+")


def asks_how_they_are(words: str) -> bool:
    """Whether the words ask the one spoken to how they are (:data:`_HOW_ARE_YOU`)."""
    return any(_HOW_ARE_YOU.search(normal(x)) for x in _SENTENCES.split(words))


def _story_answers(t: Turn, ch: Character, words: str) -> bool:
    """Whether a topic of ``ch``'s not told yet and open now is keyed to the words ("are you
    ok?" to Pip opens her worry): then the story answers "how are you?" and goes on."""
    lowered = words.lower()
    return any(
        topic_key(ch.id, x) not in t.s.done
        and holds(t.world, t.s, x.when)
        and any(_says(lowered, k) for k in x.keywords)
        for x in ch.topics
    )


def _asked_about(t: Turn, ch: Character, words: str) -> Asked | None:
    """The where/who question in the words, or in the last of their sentences after a plain
    reply ("no thanks. where is the foyer?": the question, not a reply to a topic)."""
    found = question_about(t.world, words, ch.id, t.s.mentioned)
    parts = [x for x in re.split(r"(?<=[.!?;])\s+", words.strip()) if x.strip()]
    if found is None and len(parts) > 1 and read_reply(" ".join(parts[:-1])):
        found = question_about(t.world, parts[-1], ch.id, t.s.mentioned)
    return found


_YOU = r"(?:you|u|ya|yu)"
#: Asking someone out or to spend time together ("do u want to get a coffee sometime?",
#: "study together?", "we can be friends?", "want to come see the river with me?", "shall we
#: play a game?").
_INVITES = re.compile(
    rf"\b(?:(?:do|would|will|wanna|want|fancy|could|can|shall|should|maybe) )?(?:{_YOU} )?"
    r"(?:want|wanna|like|fancy|care)? ?(?:to )?(?:get|grab|have|go for|go out for|come for)"
    r" (?:a |some |an )?(?:coffee|cuppa|drink|drinks|lunch|dinner|food|bite|walk|ice cream)\b"
    r"|\b(?:study|studying|read|reading|hang out|hanging out|meet up|revise) together\b"
    r"|\bbe friends\b|\bbe my friend\b|\b(?:wanna|want to|like to) hang out\b"
    rf"|\b(?:want|wanna|like) to come (?:see|and see|with me|out|along)\b"
    rf"|\b(?:come|walk) (?:see|and see) .* with me\b"
    r"|\b(?:shall we|wanna|want to|like to|fancy a) play (?:a game|games|something)\b"
)
#: Personal questions ("whats your name?", "how old are u?", "where are you from?", "what do
#: you study?").
_PERSONAL = re.compile(
    rf"\b(?:what(?:s| is) (?:your|ur) name|how old (?:are|r) {_YOU}"
    rf"|where (?:are|r) {_YOU} from|where do {_YOU} come from|where {_YOU} from"
    rf"|what (?:do )?{_YOU} study|what (?:are|r) {_YOU} studying"
    rf"|what do {_YOU} do for fun|(?:your|ur) name\b\?)"
)

#: Asking about their family ("do you have family?", "tell me about your family", "have you
#: children?", "are you married?"; newcomer corpus 29: no character had an answer).
_KIN = (
    r"(?:family|a family|any family|kids|any kids|children|any children|grandchildren"
    r"|grandkids|a husband|a wife|a partner|husband|wife|brothers|sisters|siblings|folks"
    r"|anyone at home|anybody at home|people of your own)"
)
_FAMILY = re.compile(
    rf"\b(?:do|did) {_YOU} have {_KIN}\b|\bha(?:ve|s|d) {_YOU} (?:got )?{_KIN}\b"
    rf"|\b{_YOU} got {_KIN}\b|\b(?:are|were|r) {_YOU} married\b|\bever (?:been )?married\b"
    r"|\b(?:tell me|talk|ask you|asking) about (?:your|ur) (?:family|folks|kids|children"
    r"|husband|wife|people|home life)\b"
    r"|\b(?:your|ur) (?:family|folks|kids|children|husband|wife)\b.*\?"
    r"|\bwhat about (?:your|ur) (?:family|folks|kids|children)\b"
    r"|^(?:about )?(?:(?:your|ur|his|her) )?(?:family|folks|kids|children|husband|wife)$"
    r"|^(?:and )?(?:any )?family\s*\?$"
)


#: A sincere question about how they get through hard times ("how do you cope when someone
#: you love is ill?", "what helps you when you're worried?", "have you ever lost someone?",
#: "do you ever get scared?"): about them, never the player asking for their own help.
_FEEL = r"(?:worried|sad|scared|anxious|stressed|upset|down|low|lonely|afraid|frightened|angry)"
_COPING = re.compile(
    rf"\bhow (?:(?:do|did|would|can) )?{_YOU} (?:cope|manage|deal|get through|keep going|carry on"
    rf"|handle|bear|stand|stay calm|stay strong|not worry)\b"
    rf"|\bhow (?:do|did) {_YOU} get by\b"
    rf"|\bhow (?:(?:do|did|can|would) )?{_YOU} (?:sleep|rest|switch off)\b"  # "how you sleep
    rf"|\b(?:can|do|did) {_YOU} (?:sleep|rest) (?:at all|much|ok|okay|well|alright|at night)\b"
    rf"|\bwhat (?:helps|helped|gets|keeps) {_YOU}\b(?: (?:going|through|when|if|with|cope))?"
    rf"|\bwhat do {_YOU} do (?:when|if) (?:{_YOU}(?:re| are| get| feel)|things|its|it gets)"
    rf"|\bdo {_YOU} ever (?:worry|get {_FEEL}|feel {_FEEL}|cry|miss)\b"
    rf"|\bha(?:ve|s|d) {_YOU} ever lost (?:someone|anyone|somebody|a friend|someone you)"
    rf"|\bdoes it (?:ever )?get easier\b"
    # asked on their behalf, the words opening with them ("ask rue how she copes when shes
    # worried" reaches her as "how she copes when shes worried", newcomer corpus 31)
    r"|^how (?:she|he|they) (?:copes|cope|manages|manage|deals|deal|gets through|get through"
    r"|keeps going|keep going|handles|handle|stays calm|stay calm)\b"
    r"|^what (?:helps|helped|gets|keeps) (?:her|him|them) (?:going|through|when|if)\b"
    r"|^what (?:she|he|they) (?:does|do) (?:when|if) (?:she|he|they|shes|hes|theyre|things)\b"
)


def reaching_out(words: str) -> CharacterLine | None:
    """``invited`` for an invitation, ``personal`` for a personal question, ``family`` for a
    question about their family, ``coping`` for a question about how they get through hard
    times, None for anything else."""
    text = " ".join(re.findall(r"[a-z']+|\?", words.lower().replace("\u2019", "'")))
    text = text.replace("'", "")
    if _INVITES.search(text):
        return "invited"
    if _COPING.search(text):
        return "coping"
    if _FAMILY.search(text):
        return "family"
    if _PERSONAL.search(text):
        return "personal"
    return None


def _wellbeing(t: Turn, ch: Character, words: str) -> Outcome:
    """ "how are you?" with no new topic keyed to it (:func:`_story_answers`): the character
    says how they are, as the story has left them (their ``wellbeing``); thanks in the same
    words are taken first ("thanks. you ok now?")."""
    facts = {"character": ch.id, "character_name": ch.name}
    line = character_line(t.world, t.s, ch, "wellbeing")
    thanks = (
        character_line(t.world, t.s, ch, "thanks") if Reading.THANKS in read_reply(words) else None
    )
    text = " ".join(x for x in (thanks, line) if x) or None
    return t.done("talk.wellbeing", [ch.id], text=text, **facts)


def talk(t: Turn) -> Outcome:
    """Talk. The player's words, in this order: kind or unkind ones answer the character's
    open question, or are taken as kindness or unkindness when none is open; a keyword finds
    the topic asked about; an unsure reply, a yes or a no answers the open question; thanks
    and apologies are taken; anything else, the character brings up what is new (not a moment
    of practice; ``offtopic`` is set) or, with nothing new, says a fallback line. With no words
    of the player's own, the character brings up what is new."""
    item = t.reachable_item(t.action.target_id)
    if item is not None:
        return _ask_thing(t, item)
    ch = t.present(t.action.target_id, only=True)
    hello = _ONLY_HELLO.match(normal(own_talk(t.action.target_text)))
    if ch is None and t.action.target_id is None and hello and characters_here(t.world, t.s):
        ch = addressees(t.world, t.s)[0]  # "hi im back lol" with two here: not "no one"
    scenery = scenery_here(t, t.action.target_id) if ch is None else None
    if scenery is not None:  # "talk to the ember": heard, but no answer in words
        return t.fail("talk.thing", name=the(scenery.name), text=_no_words(scenery.name))
    if ch is None:
        named = t.world.character(t.action.target_id) if t.action.target_id else None
        if named is not None and is_animal(named):  # "skipper! here boy!", out of earshot
            kind = animal_kind(named) or "animal"
            return t.fail("talk.called", target=named.id, character_name=named.name, kind=kind)
        if named is not None:  # someone of this world, but not here
            return t.fail("talk.absent", target=named.id, character_name=named.name)
        behind = behind_door(t.world, t.s, t.action.target_text or "")
        if behind is not None:  # "call through the door: maren?" with Maren inside
            return t.fail("talk.behind", **behind)
        wondered = question_about(t.world, own_talk(t.action.target_text))
        way = own_talk(t.action.target_text)
        known = known_answer(t.world, t.s, wondered) if wondered is not None else None
        known = known or (nowhere_asked(way) if way else None)  # "which way to the moon"
        if known is None and wondered is None and _ASKS.match(way):
            return t.hint()  # "should i ring the fog bell?" alone: the guide's hint, not "no one"
        return t.fail("talk.nobody", target=t.action.target_id, text=known)
    facts: dict[str, Any] = {"character": ch.id, "character_name": ch.name}
    words = _unnamed(own_talk(t.action.target_text), ch)  # "footnote, who is bastian?"
    if words and _only_names(words, ch):  # "talk to the girl": no words of their own
        words = ""
    words = after_correction(words)  # "no. i mean, of course you are": what is meant
    if takes_leave(words, ch.names):  # "goodnight, rue",
        # "i'll be back": a goodbye, never an answer to their question
        text = character_line(t.world, t.s, ch, "goodbye")
        return t.done("talk.goodbye", [ch.id], text=text, **facts)
    shown = shown_feeling(words) if words else None
    if shown == RELIEVED:  # "thank god", "phew": relief shared, never thanks to them
        own = own_words(words, (ch.name, *ch.aliases), said=True)
        return t.done("talk.relief", [ch.id], words=own, **facts)
    if shown is not None:  # "cry", "i start to cry": tears, in company (no words to quote)
        return t.done("talk.tears", [ch.id], feeling=shown, **facts)
    question = _question(t, ch, t.s.asking.get(ch.id))
    yes_first = _yes_then_asks(words) if question is not None else frozenset()
    if question is not None and yes_first:  # "I am agree. but first, is Maren in danger?": the
        return _answer(t, ch, question, next(iter(yes_first)), words)  # answer, then the rest
    if question is not None and _judges_self(question) and agreeing_reply(words):
        return _answer(t, ch, question, Reading.UNKIND, words)  # "you're right" to "It's my
        # fault, isn't it?" or to "I'm not fit to be around books. Am I?": agreeing with the
        # harsh words, whichever of yes or no the question takes (newcomer corpus 28)
    reaching = reaching_out(words) if words else None
    keyed = reaching == "invited" and _phrase_topic(ch, words)  # a topic of theirs on it
    if reaching is not None and not keyed:  # "want to get a coffee?",
        text = character_line(t.world, t.s, ch, reaching)  # "whats your name?": their own
        own = own_words(words, (ch.name, *ch.aliases), said=True)  # answer, not "No idea",
        return t.done(f"talk.{reaching}", [ch.id], text=text, words=own, **facts)  # asked
    said_whole = t.action.target_text or words  # "my grandad died": its "my" kept
    if question is None and words and _tells_hard(words, said_whole):
        own = own_words(words, (ch.name, *ch.aliases), said=True)  # "my dad has dementia",
        text = character_line(t.world, t.s, ch, "disclosed")  # "im a useless son", "got
        return t.done("talk.disclosed", [ch.id], words=own, text=text, **facts)  # dumped":
        # heard kindly in their voice, never a topic its words touch, a stock line or unkindness
    answering = chat_open(t.s, ch.id) or tells_where_from(words)
    if words and answering and not is_question(words):  # "im from leicester"
        own = own_words(words, (ch.name, *ch.aliases), said=True)  # after Rue's "where have
        text = character_line(t.world, t.s, ch, "heard")  # you washed up from?": her answer
        return t.done("talk.heard", [ch.id], words=own, text=text, **facts)
    about = _asked_about(t, ch, words) if words else None
    if about is not None:
        topic = _topic_on(t, ch, about)
        told = who_they_are(t.world, about) if topic is None and about.id != ch.id else None
        if told is not None:  # "who's bastian?": who he is, not where (answer "who")
            subject = t.world.character(about.id)
            called = subject.name.split()[0] if subject is not None else about.id
            who = {"answer": "who", "subject_name": called, "role": told}
            return t.done("talk.answer", [about.id, ch.id], **who, **facts)
        refers = [about.id, ch.id] if about.id != ch.id else [ch.id]  # "her" is X after this
        said = answer(t.world, t.s, ch, about) if topic is None else {}
        if said.get("answer") == "unknown":  # "where is the great lamp?" asked of its keeper:
            # her topic on it, never "no idea" of what her own part in the story is about
            topic = _pick_topic(t, ch, fresh=False)
            topic = topic if topic is not None and holds(t.world, t.s, topic.when) else None
        if topic is None:
            return t.done("talk.answer", refers, **facts, **said)
        return t.interact(
            topic_key(ch.id, topic),
            Intent.TALK,
            topic,
            refers,
            asker=ch.id,
            topic=topic.id,
            **facts,
        )
    if words and asks_how_they_are(words) and not _story_answers(t, ch, words):
        return _wellbeing(t, ch, words)  # "how are you holding up?": how they are
    if _WHAT_TO_DO.match(normal(words)) and _pick_topic(t, ch, fresh=False) is None:
        return t.hint()  # "what should i do next?" with no topic of theirs for it: the hint
    asked = bool(words) and _QUESTION.search(words) is not None  # "how can I help": a question
    after_ok = _OK_FIRST.sub("", words)
    ok_asks = after_ok != words and is_question(after_ok)
    if asked and question is not None and not _QUESTION.match(words) and not ok_asks:
        asked = False  # "hmm not sure. maybe?" to their own question: an answer, not a question
        # (but "ok. and how do i find my book?" asks: its "ok" is a filler, not a yes)
    readings = read_reply(words) if words and t.action.obj_id is None and not asked else frozenset()
    answers = [r for r in ANSWER_ORDER if r in readings]
    opening = _opening_yes_no(words)  # "yes. mine would say i never ...": yes, not "never"
    taken = stance(words)  # "yes!! ... can they tell? no!": the
    # reply read whole, a later turn meant ("yes... actually no"); mixed is unsure
    opening = taken & _YES_NO or opening
    answers = [r for r in answers if r not in _YES_NO or not opening or r in opening]
    if taken & _YES_NO and readings and not set(answers) & _YES_NO:  # "of course not": no
        answers.append(next(iter(taken)))
    if Reading.UNSURE in taken:
        answers = [r for r in answers if r not in _YES_NO] or [Reading.UNSURE]
    if question is not None and beside_the_question(
        words, question_words(t.world, ch.id, question.id)
    ):
        answers = [r for r in answers if r not in _YES_NO]  # "no, nobody sent me": not "Am I?"
    heartfelt = answers[:1] in ([Reading.KIND], [Reading.UNKIND])
    if question is not None and heartfelt:
        return _answer(t, ch, question, answers[0], words)
    if heartfelt:  # kind or unkind words, no question open: what they are, not a topic
        return _manners(t, ch, answers[0], words)
    unanswered = question is None or not answers  # "i feel nervous" answers no question
    felt = feeling_told(words) if unanswered and not asked else None
    felt = (
        None if question is None and _just_asked(t, ch) else felt
    )  # "how's the weather in there?" answered
    if felt is not None:  # "i'm nervous about knocking": heard as a feeling, not brushed off
        own = own_words(words, (ch.name, *ch.aliases), said=True)
        return t.done("talk.feeling", [ch.id], words=own, feeling=felt, **facts)
    if unanswered and not asked and proud_of_oneself(said_whole):  # "i'm proud of myself for
        own = own_words(words, (ch.name, *ch.aliases), said=True)  # coming out tonight":
        return t.done("talk.proud", [ch.id], words=own, **facts)  # met warmly (newcomer 29)
    if unanswered and not asked and recognised(words) and not _phrase_topic(ch, words):
        own = own_words(words, (ch.name, *ch.aliases), said=True)  # "same here", "been
        return t.done("talk.shared", [ch.id], words=own, **facts)  # there": shared, unless
        # a topic of theirs is keyed on those words (Juno's "same")
    topic = _pick_topic(t, ch, fresh=not words)
    lowered = words.lower()
    if topic is None and _ASKS_FOR.search(lowered):  # "got anything that could help juno?"
        topic = _giving_topic(t, ch)
    helped = topic is not None and _helped(t, ch, topic) and Reading.THANKS not in readings
    if helped and _HELP.search(lowered) and not _ABOUT_THEM.match(lowered):
        return t.hint()  # "ask maren for help" again, the key in hand: what to do now
    if topic is not None and topic.skill == Skill.ASKING_FOR_HELP and _DECLINED.search(lowered):
        own = own_words(words, (ch.name, *ch.aliases), said=True)  # "i'll do it myself, no
        return t.done("talk.declined", [ch.id], words=own, **facts)  # need": not the asking
    if topic is not None and question is not None and answers and t.action.obj_id is None:
        hit = [k for k in topic.keywords if _says(lowered, k)]
        if (not topic.asked or not hit) and (
            all(_CHAT.match(k) for k in hit) or _answers_first(words)
        ):  # "no way" to Pip's "Isn't it?": an answer, no word of the topic that asked it
            topic = None  # "ok", "no. everybody needs help": an answer, not a topic (but
            # "no idea, im new too" answers what Juno asked in passing: her topic for it)
    if topic is None and question is not None and answers:
        return _answer(t, ch, question, answers[0], words)
    if topic is None and Reading.THANKS in readings and _NO_THANKS.search(lowered):
        own = own_words(words, (ch.name, *ch.aliases), said=True)  # "no thanks, i'll manage":
        return t.done("talk.declined", [ch.id], words=own, **facts)  # turned down, not thanks
    for reading in (Reading.THANKS, Reading.SORRY):
        if topic is None and reading in readings:
            return _manners(t, ch, reading, words)
    if topic is None and words:  # words about nothing they know: what is new, if anything
        topic = _pick_topic(t, ch, fresh=True, practice=False)
        facts["offtopic"] = topic is not None and not _GREETING.match(words)
    if topic is None and words and _ONLY_HELLO.match(normal(words)):  # "hi im back lol",
        return t.done("talk.greeted", [ch.id], **facts)  # nothing new to say: a hello back,
        # never "Couldn't tell you" or "a question for the catalogue" (newcomer corpus 27)
    kept = kept_asked_for(t, ch, words) if topic is None and words else None
    if kept is not None:  # "can i have a lantern please?" to Rue: asked for, never "no idea"
        return kept
    if topic is None and words and not asked and tells_own_life(said_whole):
        own = own_words(words, (ch.name, *ch.aliases), said=True)  # "my mum make tea like
        return t.done("talk.life", [ch.id], words=own, **facts)  # this": taken in, kindly,
        # never "Couldn't tell you, love" (newcomer corpus 29)
    if topic is None or (not holds(t.world, t.s, topic.when) and topic.otherwise is None):
        lines = _default_lines(t, ch)
        return t.done("talk.default", [ch.id], text=lines[0], lines=lines, **facts)
    key = topic_key(ch.id, topic)
    facts["plain"] = _plain_ask(words, topic)
    if words and asks_how_they_are(words) and _only_greeted(lowered, topic):
        facts["wellbeing"] = character_line(t.world, t.s, ch, "wellbeing")  # "hi! how are
        # you?" at the first talk: how they are, then what is on their mind
    if not holds(t.world, t.s, topic.when):  # refused: their other lines, for when the
        facts["lines"] = character_fallbacks(t.world, t.s, ch)  # refusal was told lately
    return t.interact(key, Intent.TALK, topic, [ch.id], asker=ch.id, topic=topic.id, **facts)


def _tells_hard(words: str, whole: str) -> bool:
    """Whether the words tell something personal and hard
    (:func:`~tta_server.world.disclosures.disclosed`) and end by telling, not asking: "bastian
    do you ever sleep? i can't lately" tells as well as asks (newcomer corpus 28); or end by
    asking about the player's own people ("do you think my nan still knows me?")."""
    if not disclosed(whole):
        return False
    last = [x for x in re.split(r"(?<=[.!?])\s+", words.strip()) if x.strip()][-1:]
    if not _QUESTION.search(words) or (bool(last) and not _QUESTION.search(last[0])):
        return True
    return bool(last) and about_own_people(last[0])  # "do you think my nan still knows me?":
    # a question about the player's own people, heard as what it tells (newcomer corpus 31)


def _judges_self(q: Question) -> bool:
    """Whether a question asks the player to judge the character's own blame or worth ("It's
    my fault, isn't it?", "Am I [fit to be around books]?"): a plain yes or no to it reads
    unkind one way or the other."""
    return "unkind" in (q.yes, q.no, q.partly)


def _default_lines(t: Turn, ch: Character) -> list[str]:
    """What a character may say to words that found no topic, in order: their opening line
    (``default``) only until they have talked with the player (a topic or a reply done: Juno's
    "Three days ... Is it always this dramatic?" once, never again word for word), then their
    fallbacks; a default the story has changed (``later``) is new, and said first again."""
    default = character_texts(t.world, t.s, ch)[1]
    fallbacks = character_fallbacks(t.world, t.s, ch)
    met = any(k.split(":")[:2] in (["talk", ch.id], ["reply", ch.id]) for k in t.s.done)
    return fallbacks if met and fallbacks and default == ch.default else [default, *fallbacks]


def _only_greeted(words: str, topic: Topic) -> bool:
    """Whether the topic was found by a greeting in the words, or by none of them ("hi! how
    are you doing?" finds Rue's first topic by "hi"): it does not answer how they are."""
    return all(_GREETING.match(k) for k in topic.keywords if _says(words, k))


def behind_door(world: World, s: WorldState, words: str) -> dict[str, str] | None:
    """Words to someone just behind a shut door of this place, named in them ("call through
    the door: maren?", "maren? are you in there?") or asked after ("anyone in there?"): the
    facts of calling them through it (``character``, ``character_name``, ``door``: "the blue
    door"), for ``talk.behind``; the door stays shut. None when no one called is there."""
    padded = f" {' '.join(re.findall(r'[a-z]+', words.lower()))} "
    anyone = any(x.search(padded) for x in (_ANYONE_IN, _THROUGH, _CALLED_OUT))
    for ex in here(world, s).exits:
        if not ex.door or not is_shut(world, s, s.location, ex):
            continue
        for ch in world.characters:
            names = ch.names
            inside = where_is(world, s, ch.id) == ex.to
            if inside and (anyone or any(f" {n.lower()} " in padded for n in names)):
                door = the(ex.door)
                door = door if door.lower().startswith("the ") else f"the {door}"
                return {"character": ch.id, "character_name": ch.name, "door": door}
    return None


#: Words sent through a shut door ("shout through the door that i've got broth"): to whoever
#: is behind it.
_THROUGH = re.compile(
    r" (?:through|thru|at|under) (?:the |her |his |their |that )?(?:\w+ )?(?:door|letterbox"
    r"|letter box|keyhole|window|wall) "
)
_CALLED_OUT = re.compile(r"^ (?:shout|shouts|yell|holler|call out|shout out|call|bellow) ")
"""Words shouted at a shut door ("shout that i brought broth"): heard behind it."""
#: Asking after whoever is behind a door ("anyone in there?", "is anybody home?").
_ANYONE_IN = re.compile(r" (?:any ?one|any ?body|someone|somebody) (?:in there|inside|home|there) ")


def _phrase_topic(ch: Character, words: str) -> bool:
    """Whether a topic of ``ch``'s is keyed on a phrase the words hold ("same here", "know the
    feeling"), not only on a single word they share ("how")."""
    lowered = own_talk(words).lower()
    return any(" " in k and _keyed(lowered, lowered, k) for x in ch.topics for k in x.keywords)


def _just_asked(t: Turn, ch: Character) -> bool:
    """Whether the last topic ``ch`` told ends on a question to the player ("How's the weather
    in there?") and nothing but the conversation with ``ch`` has happened since: words then
    answer it, and go on with the conversation."""
    keys = {topic_key(ch.id, x): x for x in ch.topics}
    at = next((i for i in range(len(t.s.done) - 1, -1, -1) if t.s.done[i] in keys), None)
    if at is None or any(f":{ch.id}:" not in k for k in t.s.done[at + 1 :]):
        return False  # never asked, or the story has moved on since (the lamp lit, the end)
    return keys[t.s.done[at]].text.rstrip().rstrip("'\u2019\"").endswith("?")


def feeling_told(words: str) -> str | None:
    """The hard feeling the player tells about themselves ("i'm nervous about knocking on a
    stranger's door"), when the words do not also ask for something; None otherwise."""
    if _ASKING.search(words.lower()):
        return None
    return next((f for f in named_feelings(words) if f in HARD), None)


#: Words that ask for something, so a feeling named with them is not only told ("i'm scared,
#: can you help me").
_ASKING = re.compile(r"\?|\b(?:help|can you|could you|would you|will you|please|tell me)\b")


#: Asking someone for things ("got anything that could help?", "do you have anything for
#: her page"): the topic in which they hand something over.
_ASKS_FOR = re.compile(
    r"\b(?:got anything|have anything|has anything|got something|have something"
    r"|anything (?:that could|that might|to|for)|something (?:that could|to|for))\b"
)


def _giving_topic(t: Turn, ch: Character) -> Topic | None:
    """The first topic of ``ch`` that can be told now, not told yet, and puts something in
    the player's hands; None when there is none."""
    for topic in ch.topics:
        gives = any(getattr(e, "to", None) == PLAYER for e in topic.effects)
        new = topic_key(ch.id, topic) not in t.s.done and holds(t.world, t.s, topic.when)
        if gives and new:
            return topic
    return None


#: Words that turn help down ("i'll just do it myself", "i'm fine on my own", "no need to
#: fuss"): never the asking for it, whatever keyword they share with it ("need").
_DECLINED = re.compile(
    r"\b(?:(?:i'?ll|ill|i will|i can|i'd rather|id rather|let me) (?:just )?(?:do|manage|handle"
    r"|sort|figure|work)(?: it| this| that| things)?(?: out)? (?:myself|on my own|alone|by myself)"
    r"|(?:i'?m|im|i am) (?:fine|ok|okay|good|alright|all right)(?: on my own| by myself| alone)"
    r"|no need(?: to fuss| for (?:help|that|fuss))?|(?:don'?t|do not) need (?:any |your )?help"
    r"|i can manage|i'?ll manage|no thanks|no thank you|don'?t fuss)\b"
)


#: Thanks that turn something down ("no thanks", "no, thank you"): a decline, not thanks.
_NO_THANKS = re.compile(r"\bno,? (?:thanks|thank you|ta)\b")


_PLAIN_ANSWERS = frozenset({Reading.YES, Reading.NO, Reading.UNSURE, Reading.PARTLY})


_YES_NO = frozenset({Reading.YES, Reading.NO})


def _opening_yes_no(words: str) -> frozenset[Reading]:
    """Yes or no, when the words open with one of them alone ("yes. mine would say i never
    finish anything" opens with yes; a "never" further on is no answer to the question)."""
    first = re.split(r"[.!?,;:]", words, maxsplit=1)[0]
    found = read_reply(first) & _YES_NO if first.strip() else frozenset()
    return found if len(found) == 1 else frozenset()


def _yes_then_asks(words: str) -> frozenset[Reading]:
    """Yes or no said as a sentence of its own before a question ("I am agree. but first, is
    Maren in danger?", "yes! where is she?"): the answer to the question open, the question
    after it left to the story; empty otherwise (a yes inside the question is none)."""
    parts = [x for x in re.split(r"(?<=[.!?;])\s+", words.strip()) if x.strip()]
    if len(parts) < 2 or not any(is_question(x) for x in parts[1:]) or is_question(parts[0]):
        return frozenset()
    if _OK_FIRST.sub("", parts[0] + " x") == "x":  # "ok. and how do i find my book?": a
        return frozenset()  # filler before a question of their own, not a yes
    first = _opening_yes_no(parts[0])
    return (stance(words) or first) if first else first  # "yes! ... can they tell? no!": no


def _answers_first(words: str) -> bool:
    """Whether the words open with a plain answer ("no. everybody needs help sometimes",
    "yes, of course ill come"): the first sentence or phrase reads yes, no or unsure."""
    first = re.split(r"[.!?,;:]", words, maxsplit=1)[0]
    return bool(read_reply(first) & _PLAIN_ANSWERS)


_QUESTION = re.compile(
    r"^(?:who|what|where|why|how|when|which|is|are|was|were|do|does|did|can|could|will|"
    r"would|should|have|has)\b|\?\s*$",
    re.IGNORECASE,
)
_AND = re.compile(r"^(?:and|also|so|oh|but|or|plus|then)\b[\s,]*", re.IGNORECASE)


#: "Ok" opening words that go on ("ok. and how i find my book?", "ok but what about juno?"):
#: a filler before them, not a yes to whatever was asked before.
_OK_FIRST = re.compile(r"^(?:ok|okay|alright|all right|right|so)\b[\s.,!:;-]*(?=\S)", re.I)


def is_question(words: str) -> bool:
    """Whether words ask something ("where would i find pip", "and who lives up there", "is
    there anything i should take?"), after an "and" or "also" that joins them to another."""
    return bool(_QUESTION.search(_AND.sub("", words.strip())))


def reply_action(world: World, state: WorldState, text: str) -> Action | None:
    """The ``talk`` a bare reply is ("no", "it's not your fault", "thank you", "sorry", "where
    did she go?", "juno, you did great"), when the parser found nothing to do in it. It goes
    to, in this order: the one character here the words are addressed to (they start with the
    name, or name them in a reply: "good boy, skipper"); the character here whose question is
    open (the one spoken to last, if several); for any reply (thanks, an apology, kind
    or unkind words, yes, no, unsure) or a question, the first of
    :func:`~tta_server.world.views.addressees` (a person the last action was about, the last
    one spoken to, a person before an animal); a hard feeling told ("i feel a bit tearful"),
    or something of the player's own life (:func:`~tta_server.world.own_life.tells_own_life`:
    "my mum make tea like this"), to the first of those too. A name may also end words
    that are not a question ("the boats are all back now, rue"; "where is ilse?" is about her).
    None when it is not a reply."""
    people = characters_here(world, state)
    if not people:
        return None
    ids = [c.id for c in people]
    last = [x for x in state.mentioned if x in ids]

    def still_asking(who: str) -> bool:
        ch = world.character(who)
        q = next((q for q in questions(ch) if q.id == state.asking.get(who)), None) if ch else None
        return q is not None and holds(world, state, q.when)

    words = " ".join(text.lower().replace("\u2019", "'").split())
    readings = read_reply(text)

    def addressed(ch: Character) -> bool:  # "juno, you did great"; "good boy, skipper"
        names = ch.names
        bare = words.rstrip(" .!") if not _QUESTION.search(words) else ""  # not "where is X?"
        first = without_lead_in(words)  # "and you rue, how you are?": to her, not the dog
        return any(
            (first.startswith(n) and _says(first[: len(n) + 1], n))
            or (bare.endswith(n) and _says(bare[-len(n) - 1 :], n))  # "all back now, rue"
            for n in names
        ) or (bool(readings) and any(_says(words, n) for n in names))

    named = [c.id for c in people if addressed(c)]
    if len(named) == 1:
        return Action(Intent.TALK, named[0], None, text)
    asking = [c for c in last + ids if still_asking(c)]
    if asking:
        return Action(Intent.TALK, asking[0], None, text)
    chatting = [c for c in ids if chat_open(state, c)]
    if chatting:  # "leicester lol", just after "where have you washed up from?": the answer
        return Action(Intent.TALK, chatting[0], None, text)
    if readings or is_question(text) or _PASSED_ON.match(words) or tells_where_from(words):
        return Action(Intent.TALK, addressees(world, state)[0].id, None, text)
    if feeling_told(text) is not None or tells_own_life(text):  # "i feel a bit tearful",
        # "my mum make tea like this": heard, by whoever is here
        return Action(Intent.TALK, addressees(world, state)[0].id, None, text)
    return None


#: Words passing on what someone said ("maren says you can come round", "like maren said, i
#: need a light", "pip told me you'd have a lantern"): said to whoever is here.
_PASSED_ON = re.compile(
    r"^(?:(?:like|as|cos|because|cause) )?(?:\S+ )?\S+ (?:says|said|told me|tells me|sent me"
    r"|asked me|wants you|wanted you|wants me|wanted me)\b"
)
