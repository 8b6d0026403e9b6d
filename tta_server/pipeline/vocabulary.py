"""The parser's word tables: intents and their synonyms, whole phrases, filler, determiners,
prepositions, directions, and the regular expressions built from them.

Data only: :mod:`tta_server.pipeline.parser` reads these (its docstring says what each table is
for); changing a table changes what players can type, and ``tests/pipeline`` pins that down.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tta_server.protocol import directions
from tta_server.protocol.directions import Direction
from tta_server.protocol.intents import Intent

DIRECTIONS = tuple(d.word for d in Direction)
"""The directions as the parser writes them (``Direction.word``: "north", "up", "in")."""

#: Names of a direction said in play, on top of the protocol's ``DIRECTION_WORDS``.
COLLOQUIAL_DIRECTIONS: dict[str, Direction] = {
    "upstairs": Direction.UP,
    "upward": Direction.UP,
    "upwards": Direction.UP,
    "uphill": Direction.UP,
    "downstairs": Direction.DOWN,
    "downward": Direction.DOWN,
    "downwards": Direction.DOWN,
    "downhill": Direction.DOWN,
    "into": Direction.IN,
    "indoors": Direction.IN,
    "outdoors": Direction.OUT,
    "northward": Direction.N,
    "southward": Direction.S,
    "eastward": Direction.E,
    "westward": Direction.W,
}

#: Every word the parser reads as a direction -> the direction's word ("n" -> "north").
DIRECTION_WORDS: dict[str, str] = {
    name: direction.word
    for name, direction in {**directions.DIRECTION_WORDS, **COLLOQUIAL_DIRECTIONS}.items()
}

#: Canonical intent -> the verb phrases that mean it (one to four words).
#: Leave-takings: "bye maren" is talk to her, saying goodbye.
FAREWELLS = (
    *("bye", "goodbye", "good bye", "farewell", "say bye to", "wave goodbye to", "wave to"),
    *("goodnight", "good night", "night night", "say goodnight to", "say good night to"),
    *("say goodbye to", "say goodbye", "say bye", "say goodnight", "say good night"),
    *("take care", "see you", "see you later", "see you tomorrow", "see you soon", "see ya"),
    *("see you around", "catch you later", "cheerio", "night", "nite", "ta ra", "tara", "ta ta"),
)

SYNONYMS: dict[Intent, tuple[str, ...]] = {
    Intent.GO: (
        "go",
        "walk",
        "run",
        "head",
        "move",
        "travel",
        "proceed",
        "wander",
        "stroll",
        "jog",
        "hike",
        "step",
        "crawl",
        "ascend",
        "descend",
        "enter",
        "exit",
        "cross",
        "return",
        "follow",
        "go after",
        "lead the way",
        "keep going",
        "keep walking",
        "keep climbing",
        "make my way",
        "approach",
        "carry on",
    ),
    Intent.LOOK: ("look", "l", "see", "describe", "view", "watch", "take a look", "have a look"),
    Intent.EXAMINE: (
        "examine",
        "x",
        "ex",
        "inspect",
        "look at",
        "check",
        "check out",
        "study",
        "investigate",
        "observe",
        "peer at",
        "scrutinise",
        "scrutinize",
        "take a look at",
        "have a look at",
        "look closely at",
        "look closer at",
    ),
    Intent.TAKE: (
        "take",
        "grab",
        "pick up",
        "pick",
        "get",
        "collect",
        "snatch",
        "take hold of",
        "grab hold of",
        "pocket",
        "fetch",
        "lift",
        "acquire",
        "obtain",
        "hold",
        "borrow",
        "carry",
        "reach for",
        "unhook",
    ),
    Intent.DROP: (
        "drop",
        "put down",
        "put",
        "place",
        "discard",
        "leave",
        "set down",
        "set",
        "throw away",
        "throw",
        "toss",
        "skip",
        "dump",
        "chuck",  # "chuck the key in the water" (newcomer corpus 25)
        "lob",
        "fling",
        "hurl",
    ),
    Intent.USE: (
        "use",
        "apply",
        "try",
        "insert",
        "combine",
        "operate",
        "activate",
        "press",
        "turn on",
        "turn off",
        "switch on",
        "switch off",
        "switch",
        "make use of",
        "wear",
        "put on",
        "try on",
    ),
    Intent.OPEN: ("open", "unlock", "pry open", "force open"),
    Intent.TALK: (
        "talk",
        "speak",
        "chat",
        "converse",
        "ask",
        "tell",
        "greet",
        "hello",
        "hi",
        "hey",
        "say",
        "say hello to",
        "say hi to",
        "wave",
        "answer",
        "reply",
        "respond",
        "call",
        "call to",
        "introduce myself",
        "introduce myself to",
        "teach",
        "teach me",
        "explain",
        "show me how",
        "shout",
        "whisper",
        *FAREWELLS,
    ),
    Intent.GIVE: (
        *("give", "hand", "offer", "feed", "pass", "bring", "take back", "hold out", "lend"),
        *("wrap", "cover", "tuck", "drape"),
    ),
    Intent.INVENTORY: ("inventory", "inv"),
    Intent.HELP: ("help", "hint", "hints", "commands"),
    Intent.WAIT: (
        *("wait", "z", "rest", "pause", "stay", "linger", "relax", "idle"),
        *("breathe", "breath", "inhale", "exhale"),
    ),
    Intent.ASSIST: ("assist", "comfort", "console", "reassure", "support", "cheer up", "encourage"),
    Intent.LIGHT: ("light", "light up", "ignite", "kindle", "relight", "set fire to", "strike"),
    Intent.EXTINGUISH: ("extinguish", "put out", "blow out", "snuff", "snuff out", "douse"),
    Intent.DRINK: ("drink", "sip", "swallow", "gulp", "quaff", "drink from"),
    Intent.EAT: ("eat", "taste", "nibble", "bite", "chew", "munch", "lick"),
    Intent.SMELL: ("smell", "sniff", "sniff at", "smell the air", "breathe in the scent of"),
    Intent.LISTEN: (
        *("listen", "listen to", "listen for", "listen out", "listen out for", "hear"),
        *(
            "have a listen",
            "have a listen to",
            "have a listen for",
            "take a listen",
            "have a good listen",
            "give a listen",
            "keep an ear out",
            "keep an ear out for",
            "prick up my ears",
        ),
    ),
    Intent.TOUCH: ("touch", "feel the", "rub", "tap", "poke", "prod", "run a hand over"),
    Intent.PET: ("pet", "stroke", "pat", "scratch", "tickle", "cuddle", "fuss"),
    Intent.BLOW: ("blow", "blow on", "blow into", "blow through", "toot"),
    Intent.PLAY: ("play", "play with", "play on"),
    Intent.READ: ("read", "peruse", "skim", "read through", "leaf through", "flick through"),
    Intent.WRITE: ("write", "write on", "write in", "scribble", "scribble on", "draw on"),
    Intent.SHOW: ("show", "present", "hold up"),
    Intent.SIT: (
        *("sit", "sit on", "sit in", "sit by", "perch", "take a seat", "have a seat"),
        *("crouch", "crouch down", "kneel", "kneel down", "squat", "squat down", "warm", "warm up"),
    ),
    Intent.SLEEP: (
        *("sleep", "nap", "doze", "lie down", "take a nap", "have a nap", "go to bed"),
        *("go to sleep", "get some sleep", "lie on", "lie down on", "lay down", "lay down on"),
    ),  # "go to bed before 1" is no walk to a "bed before 1" (newcomer corpus 28)
    Intent.CLIMB: ("climb", "clamber", "scale", "scramble"),
    Intent.PUSH: ("push", "shove", "nudge", "lean on", "kick"),
    Intent.PULL: ("pull", "tug", "yank", "drag", "pull on", "tug on"),
    Intent.TURN: ("turn", "twist", "rotate", "spin", "crank"),
    Intent.SEARCH: (
        *("search", "rummage", "rummage in", "rummage through", "search through", "search for"),
        *("find", "look for", "hunt for", "seek", "track down"),
        *("dig", "dig in", "dig through", "sift", "sift through"),
    ),
    Intent.HUG: ("hug", "embrace", "hold onto", "give a hug to"),
    Intent.THANK: ("thank",),
    Intent.APOLOGISE: ("apologise", "apologize", "apologise to", "apologize to", "say sorry to"),
    Intent.KNOCK: ("knock", "knock on", "knock at", "rap on", "bang on", "tap on"),
    Intent.RING: ("ring", "sound", "toll", "chime", "clang"),
    Intent.CLOSE: ("close", "shut", "close up", "pull shut", "push shut", "turn down"),
}

#: Whole clauses (after filler is removed) -> intent with no target.
PHRASES: dict[str, Intent] = {
    **dict.fromkeys(
        (
            "look around",
            "look about",
            "look round",
            "look here",
            "where am i",
            "where am i now",
            "where i am",
            "where i am now",
            "where is this",
            "what is here",
            "what's here",
            "what's around",
            "what do i see",
            "what can i see",
            "take a look around",
            "have a look around",
        ),
        Intent.LOOK,
    ),
    **dict.fromkeys(
        (
            "i",
            "what am i carrying",
            "what am i holding",
            "what do i have",
            "what have i got",
            "what do i carry",
            "what i have",  # second-language English (newcomer 27: "what i have in my pocket?")
            "what i got",
            "what i carry",
            *(
                f"{what} in my {bag}"
                for what in (
                    "what's",
                    "whats",
                    "what is",
                    "what have i got",
                    "what do i have",
                    "what i have",
                )
                for bag in ("bag", "pockets", "pocket", "pockts", "backpack", "pack", "coat")
            ),
            *(  # "What have I got on me?" (newcomer corpus 32: put to Rue)
                f"{what} {where}"
                for what in (
                    "what have i got",
                    "what have i",
                    "what ive got",
                    "what do i have",
                    "what have i got left",
                    "what am i carrying",
                    "what i have",
                    "what i got",
                    "whats",
                    "what's",
                    "what is",
                )
                for where in ("on me", "with me", "on my person")
            ),
            "my stuff",
            "my items",
            "items",
            "show inventory",
            "show my inventory",
            *(
                f"{verb} {det}{bag}"
                for verb in ("check", "look in", "search")
                for det in ("", "my ", "the ")
                for bag in ("bag", "inventory", "pockets", "backpack", "pack")
            ),
        ),
        Intent.INVENTORY,
    ),
    **dict.fromkeys(
        (
            "?",
            "help me",
            "what can i do",
            "what can i do here",
            "what do i do",
            "what do i do now",
            "what should i do",
            "what now",
            "now what",
            "give me a hint",
            "give me a clue",
            "i'm stuck",
            "i am stuck",
            "im stuck",
            "stuck",
            "how do i play",
        ),
        Intent.HELP,
    ),
    **dict.fromkeys(
        ("sit quietly", "sit still", "sit down", "sit for a while", "sit a while"),
        Intent.SIT,
    ),
    **dict.fromkeys(
        (
            "be still",
            "do nothing",
            "stay here",
            "take a break",
            "take a rest",
            "take a moment",
            "take a breather",
            "take my time",
            "take it slow",
            "take it easy",
            "stop",
            "stop here",
            "stand still",
            "keep still",
            "hold still",
            "stop for a moment",
            "stop a moment",
        ),
        Intent.WAIT,
    ),
    **dict.fromkeys(("thanks", "thank you", "goodbye", "bye"), Intent.TALK),
    **dict.fromkeys(
        ("smell the air", "sniff the air", "breathe in the smell", "what can i smell"),
        Intent.SMELL,
    ),
    **dict.fromkeys(("what can i hear", "listen carefully", "listen closely"), Intent.LISTEN),
}

BREATH_PHRASES = frozenset({"take a breath", "take a deep breath", "take deep breaths"})
#: "breathe", "breath slowly", "breathe in and out", "take a few slow breaths", "slow my
#: breathing right down", "focus on my breath": a breath taken
#: (the world's "breathe" verb where it has one, else ``wait``).
BREATH_RE = re.compile(
    r"^(?:breathe?|inhale|exhale|take (?:a |some |a few |few |several )?(?:\w+ )?breaths?"
    r"|(?:slow|steady|calm|ease|settle|deepen|control|regulate|watch|mind|count)(?: down)?"
    r" (?:my |me |your )?(?:breathing|breath|breaths)"
    r"|(?:focus|concentrate) on (?:my |me |your )?(?:breathing|breath|breaths))"
    r"(?: (?:in|out|and|slowly|slow|deeply|deep|calmly|gently|quietly|steadily|again|for a bit"
    r"|for a while|a bit|through my nose|down|right down|right|with (?:him|her|them|it)))*$"
)

#: Said at the start of a clause without changing its meaning (removed repeatedly).
FILLER_PREFIXES = (
    "go and",
    "go ahead and",
    "come and",
    "try and",
    "i should like to",
    "i should love to",
    "i would quite like to",
    "i'd quite like to",
    "id quite like to",
    "i would really like to",
    "i'd really like to",
    "i really want to",
    "i just want to",
    "i would like to",
    "i'd like to",
    "id like to",
    "i would love to",
    "i'd love to",
    "i think i'll",
    "i think i will",
    "i guess i'll",
    "i want to",
    "i wanna",
    "i wish to",
    "i need to",
    "i have to",
    "i must",
    "i should",
    "i shall",
    "i will",
    "i'll",
    "i'm going to",
    "im going to",
    "i am going to",
    "i'm gonna",
    "im gonna",
    "i try to",
    "i decide to",
    "i decided to",
    "decide to",
    "i can",
    "i could",
    "i'd",
    "i",
    "we",
    "let me",
    "let's",
    "lets",
    "let us",
    "can i",
    "could i",
    "may i",
    "might i",
    "can we",
    "could we",
    "can you",
    "could you",
    "would you",
    "will you",
    "please",
    "pls",
    "plz",
    "kindly",
    "try to",
    "attempt to",
    "maybe",
    "perhaps",
    "just",
    "now",
    "then",
    "ok",
    "okay",
    "alright",
    "well",
    "so",
    "um",
    "uh",
    "hmm",
    "erm",
    "oh",
    "and",
    "also",
    "first",
    "next",
    "finally",
    "quickly",
    "carefully",
    "gently",
    "slowly",
    "quietly",
    "softly",
    "cautiously",
    "calmly",
)
FILLER_SUFFIXES = (
    *("please", "pls", "plz", "now", "right now", "thanks", "thank you", "thx", "for me"),
    *("lol", "haha", "hahaha", "lmao", "xd"),  # "skip a stone lol": laughter, never the noun
)
#: Filler that makes up a whole clause: nothing to do.
FILLER_ALONE = frozenset(
    {"please", "pls", "ok", "okay", "alright", "well", "so", "um", "uh", "hmm", "erm", "oh"}
    | {"and", "then", "now", "maybe", "perhaps", "just", "also", "yes", "no"}
)
NEGATIONS = ("don't", "dont", "do not", "never", "not", "won't", "wont", "stop")

DETERMINERS = frozenset(
    {"the", "a", "an", "some", "my", "your", "this", "that", "these", "those"}
    | {"his", "her", "its", "our", "their", "any", "all"}
)
PRONOUNS = frozenset({"it", "them", "they", "this", "that", "these", "those", "him", "her"})
"""Words that stand for something mentioned before (resolved from ``Scope.last_mentioned``)."""
#: Determiners that stand for something when alone ("take that", "take all").
BARE_KEEP = PRONOUNS | {"all"}
PERSON_PRONOUNS = frozenset({"him", "her"})
GREETINGS = frozenset({"hello", "hi", "hey", "goodbye", "bye", "good morning", "good night"})

#: Canonical intent -> prepositions that start the second object ("use key ON gate").
OBJ_PREPS: dict[str, tuple[str, ...]] = {
    Intent.USE: (
        "on",
        "with",
        "in",
        "into",
        "onto",
        "inside",
        "to",
        "at",
        "against",
        "under",
        "upon",
    ),
    Intent.OPEN: ("with", "using"),
    Intent.TAKE: ("from", "out of", "off of", "off"),
    Intent.DROP: ("in", "into", "on", "onto", "inside", "under", "at", "beside", "near", "by"),
    Intent.EXAMINE: ("with", "using", "through"),
    Intent.GIVE: ("to",),
    Intent.TALK: ("about", "regarding", "concerning"),
    "world": ("on", "with", "to", "at", "using", "in", "into", "onto", "for"),
}
ASK_PREPS = (*OBJ_PREPS[Intent.TALK], "for")

LOOK_AROUND = frozenset({"around", "about", "round", "here"})
#: Words between "look" and what is looked at ("look closely at", "look out of").
LOOK_LEADS = frozenset(
    {"at", "in", "inside", "into", "under", "underneath", "beneath", "behind", "through"}
    | {"for", "on", "over", "closely", "closer", "carefully", "up", "down", "out", "of"}
    | {"across", "toward", "towards", "near", "beside"}
)
EXAMINE_LEADS = frozenset({"at", "for", "in", "inside", "into", "under", "behind", "on"})
GO_LEADS = frozenset({"to", "towards", "toward", "over", "along", "through", "across", "on"})
#: Movement verbs that imply a direction when none is given.
DEFAULT_DIRECTION = {
    "enter": Direction.IN.word,
    "exit": Direction.OUT.word,
    "climb": Direction.UP.word,
    "ascend": Direction.UP.word,
    "descend": Direction.DOWN.word,
}
FORCED_DIRECTION = frozenset({"enter", "exit", "ascend", "descend"})
PLACE_WORDS = frozenset({"here", "room", "building", "area", "place", "house", "there"})
DURATIONS = frozenset(
    {"moment", "while", "bit", "minute", "second", "little", "little while", "few minutes"}
    | {"quietly", "here", "patiently", "silently", "calmly", "still", "now", "down", "longer"}
)
#: Manner words dropped before a movement's destination and after any noun phrase.
ADVERBS = frozenset(
    {"slowly", "quickly", "carefully", "closely", "gently", "quietly", "calmly", "again"}
    | {"thoroughly", "properly", "briefly", "cautiously", "softly", "back", "slow", "steadily"}
)
#: Words that end the head of a noun phrase ("key | on the table").
HEAD_ENDS = frozenset(
    {"on", "in", "of", "from", "with", "under", "near", "by", "at", "inside", "behind", "that"}
    | {"which", "and", "beside", "to", "for", "off"}
)
GO_ADVERBS = ADVERBS - {"back"}  # "go back" is a destination
#: How something is done ("knock gently", "search carefully"): never a thing, even alone.
MANNER = ADVERBS - {"back", "again"}
#: Words of when, or a leave-taking, that end a noun phrase without naming anything: dropped
#: at the end of one of two words or more, like ``ADVERBS`` ("fetch it FIRST", "pet footnote
#: GOODNIGHT", "hug him GOODBYE"), so what is left is the thing itself.
WHEN_WORDS = frozenset(
    {"first", "later", "too", "also", "already", "anyway", "instead", "tonight", "together"}
    | {"goodnight", "goodbye", "bye", "farewell", "once", "twice", "more", "anymore"}
)
#: The player as the other object of a thing ("wrap the blanket around ME", "put the scarf on
#: MYSELF"): using the thing on oneself is using it.
REFLEXIVES = frozenset({"me", "myself", "us", "ourselves"})
WAIT_LEADS = frozenset({"down", "for", "until", "here", "still", "quietly", "a", "an"})
SPEAK_LEADS = frozenset({"to", "with", "at"})
#: Words that make a scope entry a person, for ``suggestions``.
PERSON_WORDS = frozenset(
    {"keeper", "woman", "man", "girl", "boy", "child", "fisher", "fisherman", "sailor", "guard"}
    | {"stranger", "friend", "mother", "father", "lady", "captain", "priest", "healer", "ghost"}
    | {"merchant", "innkeeper", "spirit", "wizard", "witch", "king", "queen", "grandmother"}
    | {"grandfather", "teacher", "doctor", "nurse", "elder", "traveller", "traveler"}
)

VERBS: dict[str, Intent] = {
    phrase: intent for intent, phrases in SYNONYMS.items() for phrase in phrases
}
MAX_VERB_WORDS = max(len(p.split()) for p in VERBS)
#: A move said without its verb ("back to the foyer", "going out to the harbour wall", "off
#: to the quay now", "heading back up to the loft", "going north to the stacks"): group 1 is
#: the lead that stands for "go".
TRAVEL_RE = re.compile(
    r"^((?:i'?m |im |i am )?(?:going|heading|off|back|on my way|making my way))"
    r"(?= (?:back |out |on |over |up |down |home\b)?(?:to|towards|into|in to|home)\b"
    r"| (?:north|south|east|west|northeast|northwest|southeast|southwest)\b)"
)
#: First words that start an action, for splitting at "and" / ","; not "find"/"seek", which
#: are promises in speech more often than commands ("thanks pip, i'll find him").
STARTERS = frozenset({p.split()[0] for p in VERBS} | set(DIRECTION_WORDS)) - {"find", "seek"}


def _phrase_starts() -> dict[str, tuple[str, ...]]:
    """First word -> the phrases it starts; courtesy ("thank you") is not an action."""
    starts: dict[str, tuple[str, ...]] = {}
    for phrase, intent in PHRASES.items():
        if phrase != "?" and intent != Intent.TALK:
            first = phrase.split()[0]
            starts[first] = (*starts.get(first, ()), phrase)
    return starts


#: First word -> whole phrases that start an action only when complete ("where am i").
PHRASE_STARTS = _phrase_starts()


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


NEWLINE_RE = re.compile(r"\s*[\r\n\u2028\u2029]+\s*")
CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]")
SPACE_RE = re.compile(r"\s+")
ONLY_QUESTION_RE = re.compile(r"^[\s?]*\?[\s?]*$")
HARD_SPLIT_RE = re.compile(r"\s*(?:;|[.!?]+(?=\s|$)|\band then\b|\bthen\b)\s*", re.IGNORECASE)
SOFT_SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
QUOTE_RE = re.compile(r"[’‘`´ʼ]")
NON_WORD_RE = re.compile(r"[^\w\s']+")
LOOSE_APOSTROPHE_RE = re.compile(r"(?<!\w)'|'(?!\w)")
COMPASS_RE = re.compile(r"\b(north|south) (east|west)\b")
FILLER_PREFIX_RE = re.compile(rf"^(?:(?:{_alternation(FILLER_PREFIXES)}) )+")
FILLER_SUFFIX_RE = re.compile(rf"(?: (?:{_alternation(FILLER_SUFFIXES)}))+$")
NEGATION_RE = re.compile(rf"^(?:{_alternation(NEGATIONS)})(?: |$)")
POSSESSIVE_RE = re.compile(r"'s\b|'")
#: How much, when or why, at the end of a command, which names nothing: "close the damper A
#: NOTCH AT A TIME", "read it A PAGE AT A TIME", "name it BEFORE YOU TRY TO COOL IT", "give the
#: pen to ilse SO SHE CAN FINISH FENN'S BOOK", "... FOR HER TO WRITE WITH".
TAIL_RE = re.compile(
    r"(?:^| )(?:(?:(?:a|one) (?:notch|bit|little|little bit|touch|page|step|line|word) ?)?"
    r"(?:at a time|by one notch|by a notch)"
    r"|(?:a|one) (?:notch|bit|little bit|touch)"
    r"|(?:before|after|until|till|while|once|when|so that|so|as|because|cause|cos|coz|bc"
    r"|since) (?:you|i|we|he|she|they|it|the|a)(?: .*)?"
    r"|for (?:you|me|us|him|her|them) to .*)$"
)

#: Words that start a question to someone ("where did she go", "why is it dark").
QUESTION_WORDS = frozenset(
    {"where", "where's", "wheres", "why", "what", "what's", "whats", "who", "who's", "whos"}
    | {"whom", "whose", "how", "wat", "wats", "wot", "wut", "wuts"}  # "wats going on": texted
    | {"when", "which", "is", "isn't", "are", "aren't", "was", "wasn't", "were", "do", "does"}
    | {"did", "didn't", "doesn't", "have", "has", "had", "should", "shall", "am"}
)
#: Words that start something said to someone ("it's not your fault", "you're safe now").
#: Everyday verbs the game has no verb of its own for, which are words, never typos of one
#: ("clean the slate" is not "clang the slate"); a world may give them a meaning.
REAL_VERBS = frozenset(
    {"clean", "wash", "wipe", "erase", "scrub", "sweep", "dust", "mend", "fold", "cook", "bake"}
)
SAID_STARTS = frozenset(
    {"it's", "its", "you're", "youre", "you", "that's", "thats", "there's", "theres"}
    | {"she's", "he's", "they're", "we're", "we'll", "you'll", "you've", "everything"}
    | {"nobody", "no", "yes", "yeah", "yep", "nope", "of", "good", "well", "sure", "not"}
    | {"don't", "dont", "never", "it", "got"}  # "got anything for juno?": asked of them
)
#: What "I'll ..." promises in a whole answer ("i'll try", "i will come"): said, not done.
_WILLING = (
    *("try", "try my best", "do it", "do that", "come", "come with you", "help", "help you"),
    *("be back", "be right back", "be back soon", "come back", "be quick", "be careful"),
    *("look after her", "look after him", "look after it", "look after them", "find her"),
    *("find him", "find them", "find it", "bring it", "bring it back", "keep it safe"),
)
#: Whole answers that are said to someone present ("no", "of course").
ANSWERS = frozenset(
    {"yes", "no", "yeah", "yep", "nope", "sure", "of course", "okay", "ok", "maybe", "perhaps"}
    | {"i don't know", "i dont know", "not really", "not yet", "never mind", "definitely"}
    | {"absolutely", "right", "fine", "alright", "all right", "i know", "me too", "same"}
    | {f"{i} {what}" for i in ("i will", "i'll", "ill", "i can", "i could") for what in _WILLING}
    | {"i will", "i'll", "i can", "i could", "i would", "i'd love to", "i'd like that"}
    | {"take your time", "take all the time you need", "no rush", "no hurry"}  # said: no "time"
)
SORRY = frozenset({"sorry", "i'm sorry", "im sorry", "i am sorry", "so sorry", "i apologise"})
#: Words that split "ask X where/why/if ..." into who is asked and what.
ASK_SPLITS = frozenset(
    {"where", "why", "what", "what's", "who", "how", "when", "which", "if", "whether", "to"}
    | {"whats", "whose", "for", "about", "regarding", "concerning"}
)
#: Words between an everyday verb and its object that add nothing ("knock ON the door").
ACT_LEADS = frozenset({"on", "at", "to", "in", "into", "with", "through", "over", "up", "down"})
ACT_PREPS = ("with", "using", "to", "at", "for", "into", "onto", "on")
#: "help" followed by these is asking for a hint, not helping someone.
HELP_SELF = frozenset({"me", "us", "myself", "ourselves", "please"})
#: What "me"/"myself" are called in a scope: the player character.
SELF_NAMES = ("me", "myself", "self", "yourself", "my reflection")
#: "all", "everything", "all of it": every thing in reach, for take and drop.
ALL_WORDS = frozenset({"all", "everything", "all things", "it all", "all of it", "all of them"})
EXCEPT_WORDS = ("except for", "except", "but not", "apart from", "other than", "but")
#: Every single word of a built-in verb phrase ("pick", "up", "look", ...).
VERB_WORDS = frozenset(w for p in VERBS for w in p.split())
#: Every word of a preposition that may start a second object.
OBJ_PREPS_WORDS = frozenset(w for ps in OBJ_PREPS.values() for p in ps for w in p.split())
#: Words of filler and courtesy, never worth naming as unknown.
FILLER_WORDS = frozenset(
    w for p in (*FILLER_PREFIXES, *FILLER_SUFFIXES, *FILLER_ALONE) for w in p.split()
) | {"i", "you", "me", "it", "to", "of", "and", "or", "is", "are", "with"}
