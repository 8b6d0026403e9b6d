"""What the player's own words to a character amount to: a small, local, word-based reader.

No model and no network: :func:`read_reply` looks for the phrases below, as whole words, in
the words lower-cased, with curly apostrophes made straight and punctuation dropped, and
returns every reading it finds. The engine decides which one counts (a question's answer
reads kind, unkind, partly or unsure before yes or no, so "no, it's not your fault" is kind,
and "maybe, once or twice" partly, not unsure; see
:func:`tta_server.world.engine.apply`, ``talk``). Kind phrases are looked for first and their
words are then removed, so "you're not stupid" is kind and not also unkind, and "it's not your
fault" is not read as "your fault". Sympathy with what a character told ("that sounds really
hard", "i'm so sorry that happened", "i get it") reads kind before anything else, so "sorry"
in it is no apology.

:func:`own_words` cuts the player's own words out of a clause ("answer it: you are allowed to
rest" -> "you are allowed to rest") for an interaction that quotes them back.
"""

from __future__ import annotations

import re
from enum import StrEnum

from tta_server.world.texted import spelt_ur
from tta_server.world.word_patterns import leading_words, whole_words


class Reading(StrEnum):
    """One way a reply can be read."""

    KIND = "kind"
    UNKIND = "unkind"
    UNSURE = "unsure"
    PARTLY = "partly"
    YES = "yes"
    NO = "no"
    THANKS = "thanks"
    SORRY = "sorry"


PHRASES: dict[Reading, tuple[str, ...]] = {
    Reading.KIND: (
        *("not your fault", "wasnt your fault", "isnt your fault", "not ur fault"),
        *("nobodys fault", "no ones fault", "no one is to blame", "not to blame"),
        *("dont blame yourself", "do not blame yourself", "you did your best"),
        *("youre doing your best", "doing your best", "did everything you could"),
        *("its ok", "its okay", "thats ok", "thats okay", "its all right", "its alright"),
        *("thats all right", "thats alright", "it will be ok", "itll be ok", "itll be okay"),
        *("itll be all right", "it will be all right", "youll be ok", "youll be okay"),
        *("youre safe", "you are safe", "im here", "i am here", "im with you"),
        *("youre not alone", "you are not alone", "i believe in you", "i believe you"),
        *("you can do it", "you can do this", "well done", "proud of you", "youre brave"),
        *("you are brave", "you matter", "youre allowed", "you are allowed"),
        *("be kind to yourself", "go easy on yourself", "forgive yourself", "i forgive you"),
        *("youre doing well", "youre doing fine", "youre doing great", "youre not stupid"),
        *("youre not useless", "youre not a failure", "youre good enough"),
        *("you are good enough", "i understand", "that sounds hard", "that must be hard"),
        *("take your time", "no rush", "ill help", "i will help", "let me help"),
        *("i can help", "together", "it happens", "everyone makes mistakes"),
        *("thats not true", "its not true", "not true", "you told", "you did tell"),
        *("none of that is true", "none of it is true", "none of thats true", "isnt true"),
        *("you did nothing wrong", "you didnt do anything wrong", "you deserve"),
        *("you are loved", "youre loved", "i care", "i miss", "love you", "its fine"),
        *("thats fine", "you tried", "of course you can", "you did great", "you did well"),
        *("good job", "great job", "nice work", "good work", "good boy", "good girl"),
        *("kind man", "kind woman", "kind person", "so sorry for your loss"),
        *("you earned it", "you earned", "you belong", "you do belong", "you worked hard"),
        *("everybody needs help", "everyone needs help", "we all need help", "not a weakness"),
        *("isnt weakness", "not weak", "nothing wrong with asking", "nothing wrong with needing"),
        *("of course i help", "yes i help", "sure i help", "ok i help", "not because of you"),
        *("wasnt because of you", "not on you"),
        # care for the one spoken to (newcomer 23 to Maren, coughing: "please see a doctor
        # tomorrow, promise?" met "I couldn't say")
        *("see a doctor", "see the doctor", "look after yourself", "take care of yourself"),
        *("get some rest", "nothing to be ashamed of", "no shame in", "promise me"),
        # reassurance that the one spoken to belongs where they are, or will be all right
        # (newcomer 21 to Juno: "nobody gets in by mistake" met "No idea ... I don't even know
        # where the toilets are", her fallback to a question)
        *("gets in by mistake", "got in by mistake", "here by mistake", "not a fraud"),
        *("arent a fraud", "meant to be here", "supposed to be here", "deserve to be here"),
        *("earned your place", "got in because", "youve got this", "you got this"),
        *("youre clever", "you are clever", "youre smart", "you are smart", "youre bright"),
        *("youll be fine", "youll be grand", "itll be fine", "it will be fine", "chin up"),
        *("hang in there", "youre doing grand", "you know plenty", "you read plenty"),
        # kindness seen in them (newcomer 22 to Bastian: "u were very kind with everybody")
        *("you were kind", "you were very kind", "you were so kind", "youre kind"),
        *("youre very kind", "youre so kind", "you are kind", "you are very kind"),
        *("you are so kind", "kind of you", "youve been kind", "you have been kind"),
        # praise of what they did (newcomer corpus 25: "tell maren she did alright asking for
        # help in the end" met the guide's hint)
        *("did alright", "did all right", "did good", "did brilliant", "did grand", "did fine"),
        *("brave to ask", "right to ask", "did well to", "good on you", "good on her"),
        *("good on him", "proud of her", "proud of him"),
        # good wishes ("tell juno good luck with her course" met her fallback line)
        *("good luck", "best of luck", "all the best", "fingers crossed for you"),
    ),
    Reading.UNKIND: (
        *("your fault", "your own fault", "you should have", "you shouldnt have"),
        *("stupid", "idiot", "useless", "pathetic", "loser", "failure", "shut up"),
        *("go away", "dont care", "do not care", "who cares", "whatever", "serves you right"),
        *("hate you", "your problem", "not my problem", "deal with it", "get over it"),
        *("grow up", "stop whining", "stop crying", "blame you", "you ruined"),
        *("you messed up", "man up", "toughen up", "leave me alone", "boring"),
        # the harsh words said back to whoever said them of themselves
        *("youre not fit", "you are not fit", "you dont belong", "you do not belong"),
        *("its weakness", "it is weakness", "thats weakness", "that is weakness", "youre weak"),
        *("you are weak",),
    ),
    Reading.UNSURE: (
        *("dont know", "do not know", "dunno", "not sure", "maybe", "perhaps", "i guess"),
        *("no idea", "hard to say", "cant say", "who knows", "might be", "possibly"),
        *("hm", "hmm", "um", "erm", "unsure", "i suppose", "idk", "i dunno", "no clue"),
    ),
    Reading.PARTLY: (
        *("once or twice", "a few times", "sometimes", "now and then", "now and again"),
        *("on and off", "from time to time", "occasionally", "kind of", "kinda", "sort of"),
        *("sorta", "a bit", "a little", "a little bit", "in a way", "partly", "somewhat"),
        *("more or less", "here and there", "a couple of times"),
    ),
    Reading.THANKS: (
        *("thank", "thanks", "thank you", "cheers", "ta", "grateful", "appreciate", "thx"),
        *("ty", "tysm", "thank u", "thanx", "tx"),
    ),
    Reading.SORRY: ("sorry", "apologise", "apologize", "apologies", "forgive me", "my bad"),
    Reading.YES: (
        *("yes", "yeah", "yep", "yup", "sure", "ok", "okay", "alright", "all right"),
        *("of course", "definitely", "absolutely", "aye", "i will", "i do", "certainly"),
        *("lets go", "lets", "why not", "gladly", "id love to", "please"),
        *("i agree", "i am agree", "im agree", "agreed", "i come", "i am coming", "count me in"),
        *("i think so", "think so", "i suppose so", "suppose so", "i guess so", "guess so"),
        *("i believe so", "i reckon so", "reckon so"),
    ),
    Reading.NO: (
        *("no", "nope", "nah", "never", "not really", "i wont", "i dont", "i cant"),
        *("no thanks", "not now", "id rather not", "i do not", "i will not"),
        # a no said strongly (newcomer corpus 28's class: "not at all" to Juno met her topic)
        *("no way", "not at all", "absolutely not", "definitely not", "certainly not"),
        *("of course not", "course not", "not a chance", "no chance", "not in the slightest"),
        *("hell no", "god no", "nah mate", "nope nope"),
    ),
}
"""The phrases of each reading, as they read after :func:`normal` (no apostrophes)."""

_PATTERNS = {
    reading: re.compile(
        r"(?<![a-z])(?:"
        + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
        + r")(?![a-z])"
    )
    for reading, phrases in PHRASES.items()
}
#: Sympathy with what someone has told ("that sounds really hard", "im so sorry that happened",
#: "that mustve been awful", "i get it", "thats a lot to carry"), in words made :func:`normal`
#: and spelt out: kind words, never an apology, whatever intensifier sits in them.
_VERY = r"(?: (?:really|so|very|super|pretty|rly|just|truly|incredibly|actually|totally|such))*"
_HARD = (
    r"(?:hard|awful|rough|terrible|horrible|horrid|difficult|painful|sad|scary|heavy|lonely"
    r"|tough|brutal|bad|hard on you|a lot|a lot to carry|a lot to deal with|heartbreaking"
    r"|unfair|frightening|exhausting|a nightmare)"
)
_SYMPATHY = re.compile(
    r"(?<![a-z])(?:"
    rf"(?:that|it|this|thats|its|which)(?: (?:sounds|sound|seems|must be|must have been"
    rf"|mustve been|must of been|must ve been|was|is|feels))?{_VERY} (?:a )?{_HARD}"
    rf"|(?:(?:im|i am){_VERY} )?sorry(?: (?:that|this|about|for what|to hear|it|you|for your"
    rf"|all that|about all))"
    rf"|i{_VERY} (?:get it|get that|get you|understand|know how (?:that|it) feels|hear you)"
    rf"|(?:thanks|thank you|thx|ty) for (?:telling|sharing|trusting|being honest)"
    r")(?![a-z])"
)
#: Words that take the other side of a character's harsh words about themselves (newcomer
#: corpus 28: "no mate. you noticed it, that's the opposite of your fault" to Pip, "no, you're
#: fit to be around books. it was an accident" to Ilse, both read as agreeing): the blame
#: turned round ("the opposite of your fault", "it isn't on you", "it was an accident", "you
#: couldn't have known"), what they did well ("you noticed", "you spoke up"), a good word of
#: them never denied ("you're fit", "you're more than fit", "you love books", "you fit in"),
#: asking named a strength ("asking is brave"), the harsh words waved off ("don't be silly",
#: "nobody can tell"). In words made :func:`normal` and spelt out; kind whatever yes or no
#: opens the reply ("no, you're fit" is no "no" to "Am I?"; "yes, but it isn't on you").
_STILL = (
    r"(?: (?:so|very|really|totally|perfectly|absolutely|definitely|obviously|of course|still"
    r"|more than|well|completely|100|deffo|defo|clearly))*"
)
_REASSURING = re.compile(
    r"(?<![a-z])(?:"
    r"(?:the )?(?:opposite|far from|anything but|nothing like|furthest thing from)(?: of)?"
    r" (?:your|blame|fault|being your)"
    r"|(?:isnt|wasnt|is not|was not|aint|never|not|none of it|none of this|nothing) (?:on|down to)"
    r" (?:you|your shoulders)(?! (?:to|and)\b)"
    r"|(?:it was|that was|twas|was|it were|just|only|an honest) (?:just |only |a |an )*accident"
    r"|accidents happen|(?:nobody|no one|noone) (?:got|was|were|is) hurt"
    r"|(?:you )?(?:couldnt|could not|cant|cannot) have known"
    r"|you (?:noticed|spotted|saw it|saw that|spoke up|said something|raised the alarm|warned"
    r"|did the right thing|did right|did the best|cared|care so much|care about|love books"
    r"|love them|love the books|fit in|fit right in)"
    rf"|(?:youre|you are|of course youre|course youre){_STILL}"
    r" (?:fit|fine|grand|good|great|brilliant|wonderful|welcome|strong|capable|worthy|worth it"
    r"|enough|more than enough|meant to|the best|a (?:good|great|brilliant|wonderful|real|proper"
    r"|true|fine|born) \w+|one of us|where you belong|right where you)"
    r"|(?:of course|course) (?:you are|youre|you do|you can|you belong|it isnt|it wasnt|its not"
    r"|it is not|thats not|not)"
    r"|dont be (?:silly|daft|soft|ridiculous|so hard on yourself|hard on yourself|like that)"
    r"|(?:dont|do not) (?:say|think|talk like) (?:that|this|so)"
    r"|(?:isnt|is not|not|aint|never|wasnt|no) (?:a |any )?(?:weakness|weak|failing|shameful)"
    r"|(?:asking|asking for help|needing help|it|that|this)(?: is|s)(?: a)?"
    r" (?:strength|strong|brave|bravery|courage|courageous|wise|sensible|smart|human|normal)"
    r"|(?:nobody|no one|noone) (?:can|could|will|would) (?:tell|know|see|notice|think that)"
    r"|(?:nobody|no one|noone) thinks (?:that|so)"
    r")(?![a-z])"
)
_APOSTROPHES = str.maketrans({"\u2019": "", "\u2018": "", "'": "", "`": ""})
_NOT_LETTERS = re.compile(r"[^a-z0-9]+")


#: Words as texted, spelt out for reading a reply ("u didnt trick anyone", "ur allowed").
_TEXTED = {
    **{"u": "you", "ya": "you", "ur": "your", "r": "are", "bc": "because", "cuz": "because"},
    **{"yeh": "yeah", "yah": "yeah"},  # "yeh. that im a rubbish son": yes (newcomer corpus 25)
}
_TEXTED_RE = re.compile(r"\b(?:" + "|".join(_TEXTED) + r")\b")


def _spelt_out(text: str) -> str:
    """Normal words with texting shorthand spelt out ("u earned it" -> "you earned it", "ur
    allowed" -> "youre allowed", "ur place" -> "your place")."""
    return _TEXTED_RE.sub(lambda m: _TEXTED[m.group(0)], spelt_ur(text))


def normal(words: str) -> str:
    """Lower case, apostrophes dropped ("it's" -> "its"), anything else but letters and
    digits made a single space."""
    return _NOT_LETTERS.sub(" ", words.lower().translate(_APOSTROPHES)).strip()


_TAGS = r"(?:no|yes|yeah|right|ok|okay|eh|isn'?t it|aren'?t you|don'?t you)"
#: A tag that turns a sentence into a question ("it's late, yes?"; "you are cold here, no",
#: its question mark lost with the clause's): no answer of its own.
_TAG = re.compile(
    rf"(?<=[a-z0-9])\s*,\s*{_TAGS}\s*\?[\s?!]*$|^(?:you|you're|youre|your)\b.*\w\s*,\s*{_TAGS}\s*$",
    re.IGNORECASE,
)


def read_reply(words: str) -> frozenset[Reading]:
    """Every reading the words give (empty: none of the phrases occurs). An unkind phrase
    denied in its own clause ("I'm not here to blame you", "I never said you were useless")
    reads kind, not unkind (:func:`_denied`); a question tag ("you are cold here, no?") is no
    answer."""
    tag = _TAG.search(words)
    words = words[: words.rfind(",")] if tag else words  # the sentence before its tag
    text = _KEEPS_ON.sub(" ", _spelt_out(normal(words)))  # "her page wont shut up": no words
    # to anyone; "u earned it" is "you earned it"
    found: set[Reading] = set()
    if _SYMPATHY.search(text):  # "i'm so sorry that happened": kind, never an apology
        found.add(Reading.KIND)
        text = _SYMPATHY.sub(" ", text)
    if _REASSURING.search(text):  # "no, you're fit to be around books": kind, whatever the
        found.add(Reading.KIND)  # "no" before it (the other side of their harsh words)
        text = _REASSURING.sub(" ", text)
    kind = _PATTERNS[Reading.KIND]
    if kind.search(text):
        found.add(Reading.KIND)
        text = kind.sub(" ", text)  # "not your fault" must not also read as "your fault"
    for reading, pattern in _PATTERNS.items():
        if reading is not Reading.KIND and pattern.search(text):
            found.add(reading)
    if Reading.UNKIND in found and _denied(words):
        found.discard(Reading.UNKIND)
        found.add(Reading.KIND)
    if Reading.UNKIND in found and len(found) > 1 and _only_whatever(text):
        found.discard(Reading.UNKIND)  # "whatever. sure, i'll try": a shrug, then the answer
    if Reading.PARTLY in found and not _partly_opens(words):
        found.discard(Reading.PARTLY)
    if {Reading.YES, Reading.UNSURE} <= found and _only_hedges(text):
        found.discard(Reading.UNSURE)  # "yes, i suppose i do", "i guess i do": a yes
    return frozenset(found)


#: Unsure words that only soften a yes ("yes, i suppose", "i guess i do"), never a doubt of
#: their own as "i don't know" or "maybe" is.
_YES_HEDGES = frozenset({"i guess", "i suppose"})


def _only_hedges(text: str) -> bool:
    """Whether every unsure phrase in ``text`` (normal words) only softens a yes."""
    return {m.group(0) for m in _PATTERNS[Reading.UNSURE].finditer(text)} <= _YES_HEDGES


def _only_whatever(text: str) -> bool:
    """Whether the only unkind words are a shrug ("whatever")."""
    return {m.group(0) for m in _PATTERNS[Reading.UNKIND].finditer(text)} == {"whatever"}


#: A correction in the words ("no. i mean, of course you are"): what follows is meant.
_CORRECTION = re.compile(
    r"(?:^|[\s.,;!?])(?:i mean|i meant|what i meant|what i mean is|no wait|wait no|sorry i mean)"
    r"\b[\s.,;:!-]*",
    re.IGNORECASE,
)


def after_correction(words: str) -> str:
    """The words after the last correction in them ("no. i mean, of course you are" -> "of
    course you are"); the words as they are without one, or with nothing after it."""
    found = list(_CORRECTION.finditer(words))
    rest = words[found[-1].end() :].strip() if found else ""
    return rest or words


#: A yes or a no opening a phrase, after words that turn to it ("actually no", "wait, yes",
#: "i mean no"): the phrase's stance. "not really" and "of course" are stances too.
_STANCE = re.compile(
    r"^(?:(?:actually|wait|oh wait|no wait|wait no|hang on|hmm|well|but|and|oh|ah|oops"
    r"|i mean|i meant|or rather|sorry|ok|okay|so) )*"
    r"(?:(no|nope|nah|not really|never|no way|of course not|definitely not|absolutely not)"
    r"|(yes|yeah|yep|yup|yea|ya|sure|of course|definitely|absolutely|aye))"
    r"(?![a-z])"
)
#: A turn to the other answer said in so many words: what follows it is meant ("no wait"
#: alone is the turn, not a no).
_TURNED = re.compile(r"^(?:actually|wait|oh wait|hang on|i mean|i meant|or rather|sorry|oops)\b")
_TURN_ALONE = re.compile(r"^(?:no wait|wait no|oh wait|wait|actually|hang on|i mean|oops)$")
_SENTENCE_END = re.compile(r"[.!?]+")
_BOTH = re.compile(r"\b(?:yes (?:and|or) no|no (?:and|or) yes)\b")


def stance(words: str) -> frozenset[Reading]:
    """The yes or no a whole reply takes, read phrase by phrase (empty: none opens with one).
    A later yes or no that turns from an earlier one is meant when it is said after a
    correction ("yes... actually no", "no wait, yes") or as a sentence of its own ("yes!! new
    is hard. can they tell? no! nobody is looking"): the later stance. Both in one sentence
    with no turn ("yes, no, i dont know") or "yes and no" is unsure."""
    found: list[tuple[int, Reading, bool]] = []  # (sentence, stance, turned to it)
    turning = False
    for i, sentence in enumerate(_SENTENCE_END.split(words.lower())):
        for phrase in re.split(r"[,;:]+", sentence):
            said = normal(phrase)
            if _BOTH.search(said):
                return frozenset({Reading.UNSURE})
            if _TURN_ALONE.match(said):
                turning = True
                continue
            m = _STANCE.match(said)
            if m is not None:
                turned = turning or bool(_TURNED.match(said))
                found.append((i, Reading.NO if m.group(1) else Reading.YES, turned))
            turning = False if said else turning
    if not found:
        return frozenset()
    first, last = found[0], found[-1]
    if all(f[1] == first[1] for f in found):
        return frozenset({first[1]})
    other = next(f for f in found if f[1] != first[1])
    if last[2] or other[2] or last[0] > first[0]:
        return frozenset({last[1]})
    return frozenset({Reading.UNSURE})


_PHRASE_BREAK = re.compile(r"[.!?,;:]+")
_PARTLY_REACH = (2, 4)
"""A "partly" phrase reads only in one of the first two phrases, of at most four words."""


def _partly_opens(words: str) -> bool:
    """Whether a "partly" phrase answers on its own, in one of the first short phrases ("maybe,
    once or twice", "kind of, yeah"), not inside a sentence ("i'll look around a bit")."""
    phrases = [p for p in _PHRASE_BREAK.split(words) if p.strip()][: _PARTLY_REACH[0]]
    partly = _PATTERNS[Reading.PARTLY]
    return any(len(p.split()) <= _PARTLY_REACH[1] and partly.search(normal(p)) for p in phrases)


#: Something that keeps on talking ("her page won't shut up"): not unkind, nor denied.
_KEEPS_ON = re.compile(r"\b(?:wont|doesnt|didnt|never|cant|will not|does not) (?:shut|shuts) up\b")


_CLAUSE_BREAK = re.compile(r"[.,;:!?]+|\s(?:but|and)\s")
_DENIALS = frozenset(
    {"not", "never", "dont", "didnt", "doesnt", "wont", "isnt", "arent", "wasnt", "werent"}
    | {"cant", "cannot", "couldnt", "wouldnt", "shouldnt", "nobody", "noone", "nor"}
)
_DENIAL_REACH = 6
"""How many words before an unkind phrase a denial may stand and still deny it."""


def _denied(words: str) -> bool:
    """Whether every unkind phrase in the words has a denial in the few words before it in
    its own clause ("i'm not here to blame you", "no one thinks you're useless"); a denial in
    another clause does not count ("i don't know, maybe it's your fault")."""
    kind, unkind = _PATTERNS[Reading.KIND], _PATTERNS[Reading.UNKIND]
    seen = False
    for clause in _CLAUSE_BREAK.split(words):
        text = kind.sub(" ", normal(clause).replace("no one", "noone"))
        for match in unkind.finditer(text):
            seen = True
            before = text[: match.start()].split()[-_DENIAL_REACH:]
            if not _DENIALS.intersection(before):
                return False
    return seen


#: Pushing back at words said about oneself ("stop calling me stupid", "don't tell me i'm a
#: failure"): not unkindness to whoever hears them.
_PUSHES_BACK = re.compile(
    r"\b(?:stop|quit|dont|do not|never) (?:call|calling|tell|telling|say|saying)\b"
)


def unkind_reply(words: str | None) -> bool:
    """Whether the player's own words are unkind, hostile or dismissive ("shut up page, i
    hate you", "whatever") and say nothing kind: never a kind answer to a harsh page, nor a
    reframe. Pushing back at what was said of oneself ("stop calling me stupid") is not."""
    found = read_reply(words or "")
    return (
        Reading.UNKIND in found
        and Reading.KIND not in found
        and not _PUSHES_BACK.search(normal(words or ""))
    )


#: Hedges that may stand between agreeing words ("it's a little bit true", "maybe it's right").
_HEDGES = (
    r"(?:a|little|lil|tiny|wee|bit|kinda|kind|of|sort|sorta|pretty|mostly|partly|probably"
    r"|maybe|sadly|honestly|really|quite|somewhat|totally|so|just|all|too|more|or|less|sometimes"
    r"|still|i|guess|suppose|think|mean|well|yeah|yes|ok|okay|tbh|fair|enough|about|me)"
)
#: Agreeing with what was said ("that's true", "you're right", "it's a little bit true", "maybe
#: it's right", "it's not wrong tho", "it has a point"), in normal words.
_AGREEING = re.compile(
    r"\b(?:(?:thats|its|that is|it is|that was|it was|theyre|they are|this is|page is|it says"
    r"|its kind of|it might be|it may be|it could be|might be|may be|could be|probably|maybe|^is)"
    rf"(?: {_HEDGES}){{0,4}} (?:true|right|correct|accurate|spot on|fair)"
    r"|(?:youre|you are|its|thats|it is|that is|theyre|they are|page is|this is|you might be"
    r"|you may be|you could be|it might be|it may be)(?: {_HEDGES}){0,3} (?:right|correct)"
    r"|(?:its|thats|it is|that is|theyre|youre|you are|page is|it isnt|thats not|its not)"
    r"(?: {_HEDGES}){0,2} not (?:wrong|lying|far off|mistaken)"
    r"|(?:it|you|the page|that) (?:has|have|got|might have|may have|could have) a point"
    r"|fair enough|i agree|true enough|thats me|sounds like me|guess so|suppose so"
    r"|(?:i )?(?:cant|can not|cannot) argue with (?:that|it|you)"
    r")\b"
)
_AGREEING_ALONE = re.compile(
    r"^(?:true|so true|its true|too true|yeah true|sadly yes|yes sadly|is true|maybe true"
    r"|maybe is true|is right|maybe is right)$"
)  # "is true, i never finish nothing": a second language drops the "it"
_AGREEING_MAX_WORDS = 8
"""A longer sentence goes on past agreeing, and may be the reframe itself ("it's true i'm
tired, and i still came all the way here")."""
#: Words that turn from agreeing to the reframe ("it's true i'm tired, but i came anyway").
_TURNS = re.compile(
    r"\b(?:but|yet|anyway|even so|still came|however|allowed|doesnt mean|does not mean"
    r"|dont have to|do not have to|thats ok|thats okay|its ok|its okay|and thats fine)\b"
)
_SENTENCES = re.compile(r"[.!?;\n]+")


def agreeing_reply(words: str | None) -> bool:
    """Whether the player's own words agree with harsh words ("yeah that's kinda true tbh",
    "you're right", "Well, it's a little bit true. I never did finish the novel", "maybe it's
    right", "it's not wrong tho"): a sentence of them (of at most
    :data:`_AGREEING_MAX_WORDS` words) agrees, and none turns to a reframe ("but", "anyway",
    "doesn't mean") or says anything kind; never a kind answer to a harsh page, nor a
    reframe. A denial ("that's not true") is no agreement."""
    text = normal(words or "")
    if not text or _TURNS.search(text) or Reading.KIND in read_reply(words or ""):
        return False
    sentences = [normal(x) for x in _SENTENCES.split(words or "")]
    return any(
        said
        and len(said.split()) <= _AGREEING_MAX_WORDS
        and (_AGREEING.search(said) or _AGREEING_ALONE.match(said))
        for said in sentences
    )


#: Sad or unsure words of oneself ("i am always a bit lost here", "it hurts", "i feel sad",
#: "sometimes i feel like this"), in normal words.
_LOW = re.compile(
    r"\b(?:lost|sad|hurts?|hurting|bad|tired|alone|lonely|scared|afraid|ashamed|useless|stupid"
    r"|a failure|a mess|feel like (?:this|that|it)|feels? like me|not sure|no idea|dont know)\b"
)
#: Words that deny the low words or the page ("i am not always lost", "never lost").
_DENIES = re.compile(
    r"\b(?:not|never|no longer|isnt|arent|wasnt|im no|nobody|no one|ok|okay|normal|fine|allowed"
    r"|learning)\b"
)

#: Words said of oneself ("i", "me", "my"; "it hurts"): "books get lost on these shelves" is
#: no doubt of the speaker.
_OF_ONESELF = re.compile(r"^(?:it hurts|hurts|sad|lost|tired|alone)\b|\b(?:i|im|ive|me|my)\b")


def doubting_reply(words: str | None) -> bool:
    """Whether the player's own words at a harsh page are sad or unsure of themselves without
    agreeing with it in so many words ("i am always a bit lost here", "i don't know", "it
    hurts", "i feel sad", "sometimes i feel like this"): heard, but no kind answer to the page
    nor a reframe. Words that turn ("but", "anyway"), deny ("i am not always lost"), push back
    ("stop calling me useless") or say anything kind are no doubt."""
    text = normal(words or "")
    if not text or _TURNS.search(text) or _PUSHES_BACK.search(text):
        return False  # "stop calling me useless. i'm tired, that's all" pushes back
    if Reading.KIND in read_reply(words or ""):
        return False
    unsure = Reading.UNSURE in read_reply(words or "")
    low = _LOW.search(text) is not None and _DENIES.search(text) is None
    return unsure or (low and _OF_ONESELF.search(text) is not None)


ANSWER_ORDER = (
    Reading.KIND,
    Reading.UNKIND,
    Reading.PARTLY,
    Reading.UNSURE,
    Reading.NO,
    Reading.YES,
)
"""Which reading answers a question when the words give several."""

QUOTE_MAX_CHARS = 180
QUOTE_MAX_WORDS = 32
#: Words before what was said ("with", "that", ":"), as whole words: "that's anger" keeps its
#: "that's", "that isn't fair" its "that" (the subject of the words).
_FILLER = re.compile(
    r"^(?:[:,;.\-\s]+"
    r"|(?:with|that(?! (?:is|was|isn'?t|wasn'?t|will|would|won'?t|does|doesn'?t|can'?t|sounds"
    r"|feels|makes|means|matters|counts)\b)|saying"
    r"|and say|and write|to say|by saying|so)(?=[\s:,;.\-]|$)\s*)+",
    re.IGNORECASE,
)
#: A lead that says the words follow ("i write back: ...", "i tell it: ...").
_SAYS_COLON = re.compile(
    r"^[^:]{0,30}\b(?:write|writes|wrote|say|says|tell|answer|reply|respond)\b[^:]{0,20}:\s*",
    re.IGNORECASE,
)
#: What is left of a command over what is there ("notice what i can sense", "what is here",
#: "notice things around me").
_WHAT_IS_THERE = re.compile(
    r"^(?:(?:what|where|whatever|everything|anything)\s+(?:i|you|is|are|there|can|it|around)\b"
    r"|(?:the\s+|all\s+the\s+)?(?:things?|stuff|everything|all)\s+(?:around|round|here|near)\b"
    r"|(?:around|round)\s+(?:me|here)\b|(?:my|the)\s+surroundings\b)",
    re.IGNORECASE,
)
#: Words that start as a sentence, a subject and its verb ("the boats are waiting").
_A_SENTENCE = re.compile(
    r"^\s*(?:the|a|an|my|our|your)\s+\w+(?:\s+\w+)?\s+"
    r"(?:are|is|was|were|will|would|can|could|have|has|had|do|does|did|may|might|must)\b",
    re.IGNORECASE,
)
#: After a leading thing's name or "it": what makes it the object of the command, not the
#: subject of the words ("slate: ...", "page like a friend"; not "boats get lost", "it is").
_NOT_SUBJECT = r"(?=\s*(?:[:,;.\-]|$)|\s+(?:like|with|as|saying|says|reads|to|for|that)\b)"
_UNQUOTABLE = re.compile(r"[^\w\s,.!?'\-]")
#: What is left of a command once its object's name is taken out: a dangling determiner ("wipe
#: the", "erase my") or only pronouns and particles after the verb ("rub it out", "wipe it
#: clean"). Such words are what the player did, never words to quote as theirs.
_DANGLING = frozenset({"the", "a", "an", "my", "your", "her", "his", "their", "this", "that"})
_PARTICLES = frozenset(
    {"it", "them", "this", "that", "these", "those", "out", "off", "away", "clean", "up", "over"}
    | {"down", "all", "the", "a", "an", "my", "your", "her", "his", "their", "again", "now"}
)


def _a_command(words: str) -> bool:
    """Whether the words left to quote are a command's verb and its leftovers, not words."""
    tokens = words.lower().rstrip(".!").split()
    if len(tokens) == 1:  # one word left (a feeling's name: "resentment"): words unless it is
        return tokens[0] in _DANGLING | _PARTICLES  # only a command's leftover
    if tokens[-1] in ("this", "that") and len(tokens) > 3:  # "after a year like that": words
        return all(t in _PARTICLES for t in tokens[1:])
    return tokens[-1] in _DANGLING or all(t in _PARTICLES for t in tokens[1:])


_MANNER = re.compile(
    r"^(?:like|as|kindly|gently|softly|properly|carefully|honestly|together|nicely|warmly|"
    r"in a|in the|the way)\b",
    re.IGNORECASE,
)


#: A manner word that opens words said ("honestly, i think you belong", "honestly? no. you
#: look like a reader"): an adverb, then a subject or a plain answer.
_SAID_AFTER = re.compile(
    r"^(?:kindly|gently|softly|properly|honestly|nicely|warmly)[,.!?]*\s+"
    r"(?:i|i'm|im|i'd|you|you're|youre|we|they|it|it's|its|that|that's|this|he|she|there|no|"
    r"yes|nobody|everyone|everybody)\b",
    re.IGNORECASE,
)
_HELLO = re.compile(r"^(?:hi|hello|hey|hiya)\b(?=.*\w)", re.IGNORECASE)
"""A greeting that opens the words: played as a greeting, not quoted as what was said."""


#: Taking one's leave, the whole of the words made :func:`normal` ("goodnight", "bye for now",
#: "see you later", "take care of yourself", "i'll be back", "i'm off then"), with a name or
#: "everyone" after it taken out by the caller or allowed here ("goodnight to you all",
#: newcomer corpus 29: two people here, only one answered).
_LEAVE_TAKING = re.compile(
    r"^(?:(?:ok|okay|right|well|anyway|alright|so|and|oh) )*"
    r"(?:goodbye|good bye|bye(?: bye)?|byee+|goodnight|good night|night night|nighty night|night"
    r"|nite|farewell|cheerio|ta ta|ta ra|tara|so long|take care(?: of yourself)?|see (?:you|ya|u)"
    r"|catch (?:you|ya) later|later|laters|until next time|till next time"
    r"|(?:i ?ll|i will) (?:be back|see you|come back)|(?:be )?back soon|im off|i must go"
    r"|(?:i ?ll|i will|i have to|i need to|i must|i should) (?:go|get going|be going|be off)"
    r"|time (?:i|for me to) (?:went|go))"
    r"(?: (?:now|then|for now|later|soon|tomorrow|around|again|in a bit|in a while|another time"
    r"|(?:to )?(?:everyone|everybody|all|all of you|you all|you lot|folks|you both|both|ye all"
    r"|all of ye|you)|love|mate|friend|ok|okay))*$"
)


def takes_leave(words: str | None, names: tuple[str, ...] = ()) -> bool:
    """Whether the words only take the speaker's leave (:data:`_LEAVE_TAKING`; "goodbye", as
    the parser gives any leave-taking, too), any of ``names`` (whom they are said to: "i'll be
    back, juno") left out."""
    text = normal(words or "")
    for name in sorted((normal(n) for n in names), key=len, reverse=True):
        text = " ".join(re.sub(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", " ", text).split())
    return bool(text) and _LEAVE_TAKING.match(text) is not None


def greets_first(text: str | None) -> bool:
    """Whether the words open with a greeting and go on ("hi, it's me, the new one")."""
    return _HELLO.match(" ".join((text or "").split())) is not None


def compile_leading(names: tuple[str, ...]) -> int:
    """Compile now the patterns :func:`own_words` takes ``leading`` names out with (kept by
    :func:`~tta_server.world.word_patterns.leading_words`); returns how many names. For the
    start-up warm-up: a world's first quoted interaction otherwise compiles one for each of
    its hundreds of thing names in that player's turn."""
    for name in names:
        if name:
            leading_words(name, re.IGNORECASE, _NOT_SUBJECT)
    return sum(1 for name in names if name)


def own_words(
    text: str | None,
    names: tuple[str, ...] = (),
    said: bool = False,
    leading: tuple[str, ...] = (),
    fewest: int = 2,
) -> str | None:
    """The player's own words in a clause, made safe to quote: the names of what the clause
    is about taken out (whole words, longest first), a leading object word ("it", "the") and
    filler ("with", "that", ":") dropped unless the words were ``said`` to someone (a reply
    keeps its "it": "it's not your fault"), quote marks and symbols removed, spaces single.
    ``leading`` names (any thing of the world's) are taken out only where the words start.
    Not the words of a manner ("like a friend", "gently"): that is how, not what, was said; nor
    what is left of a command ("wipe the [slate]", "rub it out", "notice [what i can sense]"):
    that is what was done. A lead naming the words ("i write back:") is not quoted.
    None when fewer than ``fewest`` words remain (two; one where a single word is the answer,
    a feeling's name: "resentment") or the words are too long to quote (over
    :data:`QUOTE_MAX_WORDS` words or :data:`QUOTE_MAX_CHARS` characters): the story then
    tells the moment in its own words."""
    if not text:
        return None
    text = _SAYS_COLON.sub("", text.strip()) or text
    words = " " + " ".join(text.replace("\u2019", "'").split()) + " "
    for name in sorted((n for n in names if n), key=len, reverse=True):
        words = whole_words(name, re.IGNORECASE).sub(" ", words)
    if not said and not _A_SENTENCE.match(words):  # "the boats are waiting": keep its subject
        words = re.sub(rf"^\s*(?:it|them|her|him){_NOT_SUBJECT}", " ", words, flags=re.I)
        words = re.sub(r"^\s*(?:the|a|an)(?=[\s:,;.\-]|$)", " ", words, flags=re.I)
        for name in sorted((n for n in leading if n), key=len, reverse=True):  # "page like..."
            words = leading_words(name, re.IGNORECASE, _NOT_SUBJECT).sub(" ", words)
    words = _UNQUOTABLE.sub(" ", words)
    words = " ".join(words.split())
    words = (words if said else _FILLER.sub("", words)).strip(" ,;:-")
    words = words.lstrip(" ,;:-?!.")  # "pip? hey": a name taken out leaves no "?" to start
    words = _HELLO.sub("", words).strip(" ,;:-") or words  # "hi, it's not your fault": the words
    words = words.lstrip(" ,;:-?!.")
    if len(words.split()) < fewest or len(words.split()) > QUOTE_MAX_WORDS:
        return None
    if not said and _MANNER.match(words) and not _SAID_AFTER.match(words):
        return None  # how it was done ("like a friend"), not words said ("honestly, i think")
    if not said and (
        _a_command(words) or _WHAT_IS_THERE.match(words)
    ):  # "wipe the [slate]", "rub it out": the deed, not words
        return None
    if len(words) > QUOTE_MAX_CHARS:
        return None
    return words[:1].upper() + words[1:]
