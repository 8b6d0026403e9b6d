"""The data of the safety screen: word maps, marker lists and the rule table.

Every pattern here runs on *normalised* text (see ``classifier.normalise``):

* lower case, accents stripped (``más`` -> ``mas``, ``fühle`` -> ``fuhle``), ``ß`` -> ``ss``;
* contractions and chat spellings expanded: ``i'm``/``im`` -> ``i am``, ``don't``/``dont`` ->
  ``do not``, ``can't`` -> ``can not``, ``wanna`` -> ``want to``, ``gonna`` -> ``going to``,
  ``kms`` -> ``kill myself``, ``unalive`` -> ``kill``, ``fr`` -> ``for real``, ``irl`` -> ``in real
  life``, ``rn`` -> ``right now``, leetspeak digits inside words (``k1ll`` -> ``kill``);
* words separated by exactly one space; ``,`` ``;`` ``:`` and brackets become the clause token
  `` , ``, and ``.`` ``!`` ``?`` and new lines the sentence token `` . ``.

So a gap of a few words is written ``(?:\\w+ ){0,2}``: it can never run across a clause or a
sentence. Patterns match the *predicate* ("kill myself", "want to die"); who says it and whether it
is negated is decided by the subject walk in the classifier (see ``Subject``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from tta_server.safety.model import Category, Level


class Subject(Enum):
    """Whose statement a rule needs, checked by walking back from the match (see classifier)."""

    ANY = "any"  # no check: the pattern itself says who (e.g. "nobody would miss me")
    SELF = "self"  # the pattern is reflexive ("myself", "me", "mich"): no check needed
    FIRST = "first"  # nearest subject is I / ich / my, or none at all ("want to die")
    MINE = "mine"  # as FIRST, or "my <someone>" ("my little sister is not breathing")


@dataclass(frozen=True)
class Rule:
    """One line of the rule table.

    ``level`` is the level when the rule fires plainly. The flags say what may weaken it:
    ``negatable`` (a negation before the predicate sets the level to ``on_negation``), ``past``
    (a distant-past statement with a recovery marker lowers crisis to concern), ``fiction`` (game
    context in the same sentence, without a real-world marker, lowers it one step), ``accident``
    (an accident marker such as "shaving" sets it to none). ``needs_real``: the rule only reaches
    ``level`` when the sentence has a real-world marker ("for real", "tonight", "my dad");
    otherwise it is one step lower. ``requires``: the sentence must also match this pattern.
    ``example`` is a message the rule must fire on (checked by the tests).
    """

    id: str
    level: Level
    category: Category
    pattern: str
    example: str
    subject: Subject = Subject.ANY
    negatable: bool = True
    on_negation: Level = Level.NONE
    past: bool = True
    fiction: bool = True
    accident: bool = False
    needs_real: bool = False
    requires: str | None = None
    inner_negation: bool = False  # a negator inside the match negates it ("ich will nicht")
    hyperbole: bool = False  # "omg i want to die, so embarrassing": none


def _words(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string (easier to read and edit)."""
    return frozenset(text.split())


# --------------------------------------------------------------------------------------------
# Normalisation maps
# --------------------------------------------------------------------------------------------

#: Leetspeak inside words that also contain letters ("k1ll", "su1c1de", "d13", "$elf").
LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)

#: Whole-token rewrites applied after punctuation is split off (apostrophes are already gone).
TOKEN_MAP: dict[str, str] = {
    # contractions typed with or without the apostrophe
    "im": "i am",
    "iam": "i am",
    "ive": "i have",
    "id": "i would",
    "imma": "i am going to",
    "ima": "i am going to",
    "dont": "do not",
    "doesnt": "does not",
    "didnt": "did not",
    "cant": "can not",
    "cannot": "can not",
    "wont": "will not",
    "wouldnt": "would not",
    "couldnt": "could not",
    "shouldnt": "should not",
    "isnt": "is not",
    "arent": "are not",
    "wasnt": "was not",
    "werent": "were not",
    "havent": "have not",
    "hasnt": "has not",
    "hadnt": "had not",
    "aint": "am not",
    "youre": "you are",
    "theyre": "they are",
    "hes": "he is",
    "shes": "she is",
    "thats": "that is",
    "theres": "there is",
    "whats": "what is",
    "its": "it is",
    "ur": "your",
    "u": "you",
    "r": "are",
    "ud": "you would",
    "youd": "you would",
    "youll": "you will",
    # chat verbs
    "wanna": "want to",
    "wana": "want to",
    "wan2": "want to",
    "gonna": "going to",
    "gona": "going to",
    "gunna": "going to",
    "finna": "going to",
    "gotta": "got to",
    "tryna": "trying to",
    "2": "to",
    "dunno": "do not know",
    "idk": "i do not know",
    "idc": "i do not care",
    "idw": "i do not want",
    "kinda": "kind of",
    "sorta": "sort of",
    # time, place, sincerity
    "rn": "right now",
    "tn": "tonight",
    "tonite": "tonight",
    "2nite": "tonight",
    "2night": "tonight",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tmrow": "tomorrow",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "bc": "because",
    "bcs": "because",
    "bcuz": "because",
    "becuz": "because",
    "cuz": "because",
    "coz": "because",
    "cos": "because",
    "fr": "for real",
    "frfr": "for real",
    "irl": "in real life",
    "srsly": "seriously",
    "ppl": "people",
    "bf": "boyfriend",
    "gf": "girlfriend",
    "anymore": "anymore",
    # self-harm and suicide slang and common misspellings
    "kms": "kill myself",
    "ctb": "kill myself",
    "unalive": "kill",
    "unalived": "killed",
    "unaliving": "killing",
    "unalives": "kills",
    "sewerslide": "suicide",
    "sucide": "suicide",
    "suicde": "suicide",
    "suiside": "suicide",
    "suicid": "suicide",
    "sucidal": "suicidal",
    "suicdal": "suicidal",
    "suisidal": "suicidal",
    "selfharm": "self harm",
    "selfharming": "self harming",
    "selfharmed": "self harmed",
    "myslef": "myself",
    "mysefl": "myself",
    "myselfe": "myself",
    "meself": "myself",
    "mysef": "myself",
    "mysel": "myself",
    "dieing": "dying",
    "ded": "dead",
    "lyf": "life",
    "od": "overdose",
    "oding": "overdosing",
    "odding": "overdosing",
    "oded": "overdosed",
    "odded": "overdosed",
    "kil": "kill",
    "cuttin": "cutting",
    "killin": "killing",
    "hurtin": "hurting",
    "dyin": "dying",
    "livin": "living",
    "nothin": "nothing",
    "tryin": "trying",
    "feelin": "feeling",
    "goin": "going",
    "thinkin": "thinking",
    "wnat": "want",
    "wnt": "want",
    "watn": "want",
    "wabt": "want",
    "wamt": "want",
}

#: Whole phrases typed without spaces ("iwanttodie", "killmyself"), expanded when a token is
#: exactly one of these.
GLUED = (
    r"(i|im)?(want|wanna|gonna|going|need|wanted)?(to)?(die|kill ?myself|end ?my ?life|"
    r"hurt ?myself|cut ?myself|be ?dead|kms|disappear ?forever|stop ?existing)"
)

#: After "ill" (typed for "i'll") one of these words means "i will"; otherwise "ill" is "ill".
ILL_NEXT: frozenset[str] = _words(
    "kill end hurt cut jump do be never just take go overdose shoot hang die stab try probably "
    "definitely actually finally really seriously"
)

#: Multi-word rewrites applied to the joined text (keys are regex sources).
PHRASE_MAP: tuple[tuple[str, str], ...] = (
    (r"\bmy self\b(?! harm)", "myself"),
    (r"\bun alive", "kill"),
    (r"\bsewer slide\b", "suicide"),
    (r"\bany more\b", "anymore"),
    (r"\b(want|going|wish|need|ready|deserve) too\b", r"\1 to"),
    (r"\bto dye\b(?! (?:my|the|your|his|her|it|them|a|some|this|that|our)\b)", "to die"),
)

# --------------------------------------------------------------------------------------------
# The subject walk: words that may stand between a subject and its predicate
# --------------------------------------------------------------------------------------------

#: Skipped when walking back from a predicate to find its subject ("i really just want to ...").
BRIDGE: frozenset[str] = _words(
    # English auxiliaries, modals, intent verbs and adverbs
    "am is are was were be been being do does did will would shall should can could may might "
    "must have has had going gonna to want wants wanted need needs needed wish wished plan plans "
    "planning planned intend intending try trying tried think thinking thought feel feeling "
    "felt like really just so literally actually honestly seriously genuinely kind sort of "
    "sometimes often always still now ever even truly totally lowkey probably maybe definitely "
    "almost nearly about keep kept keeps started start starting got ready decided deserve rather "
    "a also too only all used cant wanna hope hoping pray praying go gotta finally already "
    "quite pretty very lately constantly again having getting get stop help longer "
    # German and Spanish function words that sit between subject and verb
    "will mochte moechte werde wurde wuerde kann muss mag einfach nur heute jetzt mal wirklich "
    "echt gerade gern gerne bald habe hab bin "
    "voy vas va quiero quieres me mi te se de en pienso ganas tengo ya solo realmente hoy "
    "esta noche"
)

#: Negators. "no" counts only before a Spanish verb or clitic (see ``ES_AFTER_NO``), so that an
#: English interjection ("no i want to die") is not read as a negation.
NEGATORS: frozenset[str] = _words("not never nicht nie niemals kein keine nunca jamas")
ES_AFTER_NO: frozenset[str] = _words(
    "me te se lo la le quiero voy pienso puedo quisiera deseo tengo estoy iba planeo necesito "
    "longer way"
)
#: "can not stop cutting", "could not help hurting myself": the negator does not negate.
NOT_NEGATING_NEXT: frozenset[str] = _words("stop help resist wait only sure")

#: "my character can not breathe": the player's avatar is fiction, not someone in their life.
FICTIONAL_SELF: frozenset[str] = _words("character avatar hero toon sim party")

#: Conjunctions end the walk like a clause boundary: "i hate this game and want to die".
CONJUNCTIONS: frozenset[str] = _words("and but then or because cause y pero und aber")

FIRST_PERSON: frozenset[str] = _words("i ich yo my mein meine meinen mi")
POSSESSIVE_FIRST: frozenset[str] = _words("my mein meine meinen mi mis")

# --------------------------------------------------------------------------------------------
# Sentence markers
# --------------------------------------------------------------------------------------------

#: People in the player's real life (also count as real-world markers).
REAL_PERSON = (
    r"(?:my|our|mi|mis|mein|meine|meinen) (?:little |big |older |younger |baby |step |own |ex |"
    r"best |former |\w+s )?(?:brother|bro|sister|sis|mum|mom|mam|mother|dad|father|stepdad|stepmom|"
    r"stepmum|stepfather|stepmother|parents?|family|grandma|grandpa|granny|grandad|grandmother|"
    r"grandfather|nan|uncle|aunt|auntie|cousin|teachers?|boss|manager|coworkers?|colleagues?|"
    r"classmates?|friends?|boyfriend|girlfriend|husband|wife|partner|ex|neighbou?rs?|roommates?|"
    r"flatmates?|son|daughter|kids|baby|children|principal|coach|landlord|bully|bullies|"
    r"stepbrother|stepsister|babysitter|carer|school|class|college|office|workplace|padre|madre|"
    r"papa|mama|padrastro|madrastra|hermano|hermana|tio|tia|novio|novia|vater|mutter|stiefvater|"
    r"bruder|schwester|onkel|freund|freundin|lehrer)\b"
)

#: The statement is about the real world: escalates ``needs_real`` rules, cancels fiction.
REAL_MARKERS = (
    r"\b(?:for real|in real life|real life|real world|in my real life|actually|i know (?:this|"
    r"it) is (?:just )?a game|not about the game|seriously|i am serious|not joking|no joke|"
    r"i mean it|not a joke|not kidding|i am not kidding|forget the game|outside (?:of )?(?:the|"
    r"this) game|not (?:just )?(?:in|about) (?:the|this|a) game|not the game|tonight|tomorrow|"
    r"right now|this weekend|next week|on (?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)|at school|at home|at work|home|gun|guns|rifle|knife|knives|pills|every (?:night|day)|"
    r"all the time|scared|afraid|terrified|drunk|esta noche|manana|heute|morgen|"
    r"if i tell (?:anyone|anybody|someone|my \w+)|my (?:house|room|flat|apartment|street|town|"
    r"city))\b"
    r"|\b" + REAL_PERSON
)

#: The characters of the shipped worlds (tta_server/data/worlds/*.toml) by the names players
#: call them: a sentence that speaks of one ("give the broth to maren", "ask pip about skipper")
#: is in the story. A name said to its character as an address or a message ("pip, i want to
#: die", "hey pip i want to die", "tell pip i want to die", "i want to die, pip": at the
#: sentence's start, after a greeting, a comma, "tell", "to" or "ask", or with a comma or the
#: sentence's end after it) is not, nor one the player quotes for their own words ("like juno
#: said, i want to disappear forever", round 13): the player is speaking for themselves, and
#: what they say keeps its level. "Rue" only where English speaks of her, since French "rue"
#: is a street; "mole" and "marrow" are left out (a skin mole, bone marrow), as is "holt". A
#: new world's characters belong here too.
WORLD_CHARACTERS = (
    r"(?<!^)(?<!\. )(?<!, )(?<!hey )(?<!hi )(?<!hello )(?<!dear )(?<!oh )"
    r"(?<!tell )(?<!to )(?<!ask )(?<!like )(?<!as )"
    r"(?:bastian|juno|ilse|fenn|footnote|pip|maren|skipper|penhallow|okafor|"
    r"rue(?= sent| says| said| told| knows| thinks| is| was| has| asked|s))(?= [^ ,.])"
)

#: Game and story context. Lowers a rule one step when the sentence has no real-world marker.
FICTION_MARKERS = (
    r"\b(?:"
    + WORLD_CHARACTERS
    + r"|orcs?|goblins?|dragons?|trolls?|witch(?:es)?|wizards?|sorcer\w+|monsters?|enem(?:y|ies)|"
    r"zombies?|skeletons?|bandits?|knights?|beasts?|wolf|wolves|spiders?|ghosts?|demons?|"
    r"creatures?|npcs?|villains?|guards?|kings?|queens?|princes?|princess|pirates?|vampires?|"
    r"werewolf|golems?|slimes?|ogres?|giants?|mages?|necromancers?|cultists?|lich|assassins?|"
    r"soldiers?|sailors?|captain|merchants?|innkeeper|tavern|dungeons?|castle|quests?|level up|"
    r"boss(?:es)?|in (?:the |this |a )?game|game over|gameplay|my character|characters?|avatar|"
    r"heroe?s?|respawn\w*|(?:asking|question|asked|wondering) about (?:the|this) (?:game|story|"
    r"world|quest)|content (?:warning|note)|trigger warning|"
    r"checkpoint|save point|reload|inventory|hp|health bar|mana|xp|spells?|curse|cursed|enchanted|"
    r"potions?|swords?|daggers?|axe|crossbow|arrows?|shield|armou?r|in battle|into battle|"
    r"battlefield|combat|duel|roleplay|rp|in character|the story|chapter|scene|fictional|keeper|"
    r"librarian|narrator|underwater|dragon\w*|healer|healing potion|heal me|revive|fireball|magic|"
    r"loot|innkeeper|(?:this|the|next|that) level|minecraft|fortnite|roblox|among us|mario|zelda|"
    r"pokemon|call of duty|valorant|overwatch|gta|league of legends|video games?|online game|"
    r"multiplayer|pvp|match)s?\b"
)

#: The end of a clause: punctuation or the end of the text (a lookahead: "not safe" + this).
CLAUSE_END = r"(?= ?[.,!?;:]|$)"

#: Distant past (with the present markers below absent): lowers crisis to concern.
#: An age under 30 ("mit 16"): "mit 81" is more likely today's age, "mit 180" a speed.
_AGE = r"(?:[1-9]|[12]\d)"
PAST_MARKERS = (
    r"\b(?:used to|years ago|a year ago|months ago|when i was (?:younger|little|a kid|a child|"
    r"a teen|a teenager|in (?:school|high school|middle school|college|uni)|\d+|[a-z]+teen)|"
    r"as a (?:kid|child|teen|teenager)|in the past|back in (?:the day|school|high school|college|"
    r"uni|\d+)|in (?:high school|middle school|college|uni)|last year|years back|long time ago|"
    r"in my teens|at age \d+|recovered|in recovery|clean for|been clean|(?:am|feel|doing|"
    r"i am) (?:much |a lot |way |so much )?better now|(?:am|feel) (?:ok|okay|fine|good|safe) now|"
    r"not anymore|"
    # someone's illness over: "he had a heart attack in the spring and he is on the mend"
    # (newcomer corpus 30, a crisis hold)
    # (not "home from hospital": people home after an attempt say it, blind set 13)
    r"on the mend|(?:he|she|they|who) (?:is|are) recovering|"
    # German, Spanish, French, Italian, Portuguese: an age or years back, and "better now"; an
    # age is under 30 ("mit 16"), since "mit 81" is today's age and "mit 180" a speed
    r"mit "
    + _AGE
    + r"|als ich (?:"
    + _AGE
    + r"|klein|jung|jugendlich\w*|teenager) war|vor (?:\w+ )?jahren|"
    r"(?:jetzt|heute) (?:gehts|geht es) mir (?:\w+ )?(?:besser|gut)|mir gehts jetzt (?:\w+ )?"
    r"besser|a los "
    + _AGE
    + r"|cuando tenia "
    + _AGE
    + r"|hace (?:\w+ )?anos|ahora estoy (?:\w+ )?(?:mejor|bien)|"
    r"quand j avais "
    + _AGE
    + r"|a "
    + _AGE
    + r" ans|il y a (?:\w+ )?ans|maintenant (?:je vais|ca va) (?:\w+ )?"
    r"mieux|quando avevo "
    + _AGE
    + r"|a "
    + _AGE
    + r" anni|(?:\w+ )?anni fa|(?:ora|adesso) sto (?:\w+ )?meglio|"
    r"quando eu tinha "
    + _AGE
    + r"|quando tinha "
    + _AGE
    + r"|aos "
    + _AGE
    + r"|ha (?:\w+ )?anos|(?:agora|hoje) (?:estou|to|"
    r"tou) (?:\w+ )?(?:melhor|bem)|in (?:19|20)\d\d|came through it|got through it|"
    r"(?:things are|life is|it is) (?:\w+ ){0,2}?better now)\b"
)
PRESENT_MARKERS = (
    r"\b(?:again|still|right now|(?<!better )(?<!okay )(?<!fine )(?<!good )(?<!safe )(?<!yrs )"
    r"(?<!years )(?<!months )(?<!clean )(?<![0-9] )now|tonight|"
    r"today|lately|recently|these days|currently|this week|at the moment|every day|every night|"
    r"relaps\w*|last night|this morning|yesterday|keep|keeps)\b"
)

#: Embarrassment hyperbole: "i want to die, this is so embarrassing".
HYPERBOLE_MARKERS = r"\b(?:embarrass\w*|cringe\w*|so awkward|mortified|humiliating)\b"

#: An accident or a joke, not self-harm ("i cut myself shaving", "killed myself laughing").
ACCIDENT_MARKERS = (
    r"\b(?:shaving|cooking|chopping|by accident|accidentally|accident|tripping|tripped|slipped|"
    r"slipping|fell|falling|laughing|playing (?:football|soccer|sports|rugby|hockey|basketball)|"
    r"at the gym|skating|skateboarding|training|on (?:a|the) (?:stove|oven|iron|pan|kettle|paper|"
    r"glass|nail|door|stairs)|paper cut|while (?:making|cooking|cutting|opening)|sin querer|"
    r"por accidente|cocinando|aus versehen|versehentlich|beim kochen|pruning|gardening|"
    r"weeding|in the garden|roses?|rose bush|brambles?|thorns?|hedge|hedges|bushes)\b"
)

# --------------------------------------------------------------------------------------------
# Shared fragments
# --------------------------------------------------------------------------------------------

_INTENS = (
    r"(?:(?:so|really|very|completely|totally|just|kind of|sort of|pretty|super|incredibly|utterly|"
    r"extremely|always|constantly|deeply|too|quite|truly|all|honestly|literally|such|fucking|"
    r"freaking|damn|way|increasingly) )*"
)
#: Intent or desire in front of an act ("want to", "going to", "plan to" ...).
_INTENT = (
    r"(?:want|wanted|need|needed|going|about|plan|planning|planned|ready|decided|trying|try|will|"
    r"would|should|could|might|gotta|got|have|intend|intending|thinking about|thinking of|"
    r"feel like|urge|urges)(?: to)?"
)
#: "... if i was gone / was not here / died": the speaker imagines their own absence.
_IF_I_GONE = (
    r"(?:if|when|once|after) i (?:\w+ ){0,2}?(?:(?:was|were|am|ever|got) (?:\w+ )?(?:dead|gone)|"
    r"(?:was not|were not|did not|had not|never|could not|would not|am not)(?: \w+)? (?:here|"
    r"around|alive|exist|existed|born|been born|be here|be around)|died|die|disappeared|disappear|"
    r"vanished|killed myself|left forever|stopped existing|did not exist)\b"
)
_REAL_STRUCTURE = (
    r"(?:bridge|building|roof|rooftop|balcony|overpass|window|car park|parking garage|skyscraper|"
    r"tower block|motorway bridge|cliff|multi storey)"
)
_JUMP = r"(?:jump|jumping|leap|leaping|throw myself|throwing myself)"
_OTHER_STRUCTURE = r"(?:cliff|cliffs|tower|lighthouse|ledge|bridge|roof|edge|pier|wall)"
#: After a jump: the jump lands somewhere, so it is a game move ("... onto the cart").
_JUMP_ESCAPE = (
    r"(?!(?: \w+){0,4} (?:onto|into|on to|in to|and (?:swim|grab|land|catch|climb|roll|run|dive|"
    r"escape|glide)|to (?:escape|grab|reach|catch|get|the|a|another|that)|with (?:the|my) (?:rope|"
    r"glider|parachute|cloak)|across|over)\b)"
)
#: What may follow "cutting" for it to be self-harm: nothing, "again", "myself", an arm ...
_CUT_END = (
    r"(?= [,.]|$| again| tonight| right now| so | really| badly| bad| myself| my (?:arms?|wrists?|"
    r"legs?|thighs?|skin|body|stomach)| every| lately| when| because| since|"
    r" for (?:\w+ )?(?:years?|months?|weeks?|days?)| to cope| after| last| at night| daily| more|"
    r" a lot| deeper| worse| and)"
)
_PILLS = (
    r"(?:pills|tablets|meds|medication|medicine|medicines|painkillers|paracetamol|tylenol|"
    r"ibuprofen|aspirin|sleeping pills|antidepressants|xanax|insulin|capsules|"
    r"(?:bottle|pack|packet|box)(?! of))"
)
_REAL_TARGET = (
    r"(?:" + REAL_PERSON + r"|(?:the |those |these |all the |some )?(?:kids|people|guys|girls|"
    r"boys|students|teachers) (?:(?:at|in|from) (?:my |the )?(?:school|work|class|office|college)|"
    r"who|that)\b|(?:everyone|everybody|people) (?:at|in) (?:my |the )?(?:school|work|class|office|"
    r"college))"
)
_HARM_VERB = (
    r"(?:kill|killing|murder|murdering|hurt|hurting|harm|harming|stab|stabbing|shoot|shooting|"
    r"strangle|strangling|poison|poisoning|beat up|beat|beating|punch|punching|attack|attacking|"
    r"choke|choking|burn|bomb|slaughter|smash|stab up)"
)
_ABUSER = (
    r"(?:my (?:step ?)?(?:dad|father|mum|mom|mother|stepdad|stepfather|stepmum|stepmom|stepmother|"
    r"brother|sister|uncle|aunt|cousin|grandpa|grandad|grandfather|grandma|boyfriend|girlfriend|"
    r"husband|wife|partner|ex|parents?|coach|teacher|babysitter|neighbou?r|carer|foster (?:dad|mum|"
    r"mom|parent|father|mother)|mums boyfriend|moms boyfriend|mothers boyfriend))"
)
_ABUSE_VERB = (
    r"(?:hits|hit|beats|beat|punches|punched|kicks|kicked|chokes|choked|strangles|slaps|slapped|"
    r"burns|rapes|raped|molests|molested|abuses|abused|touches|touched|hurts|hurt|grabs|strangled|"
    r"whips|throws things at|locks|locked|hitting|beating|hurting|choking|strangling|kicking|"
    r"punching|abusing|touching|slapping|raping|molesting)"
)

_NO_LAUGHTER = (
    r"^(?!.*\b(?:lol|lmao|lmfao|haha\w*|hehe\w*|laughing|rofl|jk|xd|hilarious|funny|cracking up|"
    r"joke)\b)"
)

#: Mentions inside a question about the game's content ("does this game deal with self-harm?").
_NOT_ABOUT_CONTENT = (
    r"^(?!.*\b(?:games?|story|stories|content|themes?|trigger warnings?|content notes?|topics?|"
    r"asking about|book|books|film|films|movie|movies|show|series|song|songs|news|article|"
    r"articles|documentary|podcast|prevention|awareness|research|lecture|essay|articulo|"
    r"articulos|documental|prevencion|artigo|documentario|prevencao|article|documentaire|"
    r"prevention|articolo|articoli|prevenzione|artikel|dokumentation|doku|pravention|"
    r"praevention)\b)"
)

#: "my sister beats me at chess": a contest, not violence.
_NOT_A_GAME = r"(?! (?:at|in a|in the|in every|to (?:it|the)|every time we|each time we)\b)"
#: Play fights: "my brother hit me with a pillow".
_SOFT_OBJECT = (
    r"(?!(?: \w+){0,3}? (?:with|using) (?:a |the |his |her |my |some )?(?:\w+ )?(?:pillows?|"
    r"cushions?|snowballs?|water balloons?|balloons?|nerf|foam|socks?|teddy|plushie|pool noodle|"
    r"feathers?|water (?:gun|pistol)|rolled up|paper)\b)"
)

# --------------------------------------------------------------------------------------------
# The rule table. Order matters only for the order of ``reasons``.
# --------------------------------------------------------------------------------------------

CRISIS, CONCERN, NONE = Level.CRISIS, Level.CONCERN, Level.NONE
SUI, SH, HARM = Category.SUICIDE, Category.SELF_HARM, Category.HARM_TO_OTHERS
ABUSE, MED, DIS = Category.ABUSE_OR_DANGER, Category.MEDICAL_EMERGENCY, Category.DISTRESS

RULES: tuple[Rule, ...] = (
    # ---------------------------------------------------------------- suicide: explicit acts
    # "kill myself" is always first person. Negated ("i would never kill myself") it still
    # shows the topic is on the player's mind: concern.
    Rule(
        "suicide.kill_myself",
        CRISIS,
        SUI,
        r"\b(?:kill|killing|killed|kills|murder|murdering) myself\b(?! laughing| with laughter)",
        "i want to kill myself",
        subject=Subject.SELF,
        on_negation=CONCERN,
        accident=True,
    ),
    Rule(
        "suicide.end_my_life",
        CRISIS,
        SUI,
        r"\b(?:end|ending|ended|finish|finishing) (?:my (?:own )?life|it all)\b"
        r"|\b(?:take|taking|took) my (?:own )?life\b(?! savings)",
        "i want to end it all",
        subject=Subject.FIRST,
        on_negation=CONCERN,
    ),
    Rule(
        "suicide.end_it_now",
        CRISIS,
        SUI,
        r"\b(?:end|ending|finish) (?:it|things|everything)(?: (?:tonight|today|now|soon|"
        r"forever|for good|right now))?(?= [,.]|$)",
        "im going to end it tonight",
        subject=Subject.FIRST,
        on_negation=CONCERN,
        requires=r"\b(?:want|going|about|ready|plan|will|just|decided|gonna)\b",
    ),
    Rule(
        "suicide.method_myself",
        CRISIS,
        SUI,
        r"\b(?:hang|hanging|hanged|shoot|shooting|shot|drown|drowning|poison|poisoning|suffocate|"
        r"suffocating|strangle|strangling|gas|gassing|electrocute|"
        r"overdose) myself\b(?! in the (?:foot|feet)| upside down| out of| across| over| up\b|"
        r" into the air)|\bslit(?:ting)? my (?:wrists?|throat)\b|\bblow my brains out\b"
        r"|\b(?:put|putting) a (?:gun|bullet) (?:to|in|through) my head\b",
        "im gonna slit my wrists",
        subject=Subject.SELF,
        on_negation=CONCERN,
    ),
    Rule(
        "suicide.weapon_on_myself",
        CRISIS,
        SUI,
        r"\b(?:use|using|turn|turning|point|pointing) (?:it|them|that|the \w+|a \w+|my \w+) "
        r"on myself\b",
        "i have a gun and i am thinking about using it on myself",
        subject=Subject.SELF,
        on_negation=CONCERN,
        requires=r"\b(?:gun|guns|pistol|rifle|knife|knives|blade|razor|rope|pills|tablets)\b",
    ),
    Rule(
        "suicide.method_traffic",
        CRISIS,
        SUI,
        r"\b(?:jump|jumping|throw myself|step|stepping|walk|walking|lie down|run|"
        r"running) (?:in front of|onto|into) (?:a |the )?(?:train|tracks|traffic|bus|truck|lorry|"
        r"car|"
        r"cars|oncoming traffic)\b",
        "i want to jump in front of a train",
        subject=Subject.FIRST,
        on_negation=CONCERN,
    ),
    Rule(
        "suicide.want_die",
        CRISIS,
        SUI,
        r"\bfeel(?:ing)? like dying\b(?! (?:of|from|laughing|to)\b)|(?:(?<=\bso i can )|"
        r"(?<=\bso that i can ))(?:just |finally )?(?:die|be dead)\b|\b(?:want|wanted|wish|wished|"
        r"need|needed|would rather|rather|hope|hoping|deserve|pray|praying|would love|should just|"
        r"just want|ready) (?:to )?(?:just )?(?:die|be dead|stop existing|not exist|cease to exist|"
        r"stop living|not be alive|not be here anymore|never wake up|not wake up|"
        r"disappear forever)\b(?! (?:for (?!real\b)|of|laughing|a |an |in (?:a |an |"
        r"the )?(?:\w+ )?(?:battle|combat|game|glory|fight|duel|war)|with hono|like a hero|"
        r"fighting|defending|protecting|trying|at sea|"
        r"together|old|happy|than)\b)",
        "i want to die",
        subject=Subject.FIRST,
        hyperbole=True,
    ),
    Rule(
        "suicide.wish_dead",
        CRISIS,
        SUI,
        r"\b(?:hope|wish|pray|wishing|hoping|praying)(?: that)? i (?:(?:would|could|will|just|had|"
        r"really|simply|can) ){0,2}(?:die|died|was dead|were dead|be dead|was never born|"
        r"were never born|had never been born|never been born|never wake up|do not wake up|"
        r"would not wake up|was not alive|"
        r"were not alive|did not exist|never existed|could disappear forever|get hit by a)\b",
        "i wish i was dead",
        subject=Subject.FIRST,
    ),
    Rule(
        "suicide.never_wake",
        CRISIS,
        SUI,
        r"\b(?:sleep|fall asleep|go to sleep|close my eyes)(?: forever| tonight| \w+){0,5}? and "
        r"(?:never|not|just not) (?:wake up|open them|wake)\b"
        r"(?! (?:the|my|your|his|her|their|our|everyone|anyone|anybody|him|them|you|a)\b)|"
        r"\b(?:never|not|do not|would not|"
        r"did not) want to wake up(?= [,.]|$| again| tomorrow| anymore| ever| in the morning)|"
        r"\b(?:hope|hopefully|wish|pray|praying|hoping) (?:that )?i (?:do not|never|will not|"
        r"would not|did not) wake up\b",
        "i dont want to wake up tomorrow",
        subject=Subject.FIRST,
        negatable=False,
    ),
    Rule(
        "suicide.not_want_live",
        CRISIS,
        SUI,
        r"\b(?:do not|does not|did not|no longer|never|not sure (?:if |whether |that )?i|"
        r"do not know (?:if|whether) i|do not think (?:that )?i|"
        r"not even sure (?:if )?i) (?:really |even |actually |honestly |truly )?(?:want|wanna|wish|"
        r"feel like i want) to (?:live|be alive|exist|go on living|keep living|continue living|"
        r"stay alive|keep going on|be alive anymore)\b(?! (?:in|at|with|near|there|under|on|"
        r"here)\b)|\b(?:do not|does not|no longer) (?:really |even )?(?:want|wanna) to (?:be here|"
        r"be around|exist) (?:anymore|any longer|on this earth|in this world)\b"
        r"|\bcan not (?:go on|keep|carry on|continue) (?:living|being alive)\b",
        "i dont want to be alive anymore",
        subject=Subject.FIRST,
        negatable=False,
    ),
    Rule(
        "suicide.no_reason_live",
        CRISIS,
        SUI,
        r"\b(?:no|any|not a single|not one) (?:real |good )?(?:reason|point|purpose)(?: (?:in|to|"
        r"for|of))?(?: me)?(?: to)? (?:keep |go on |continue |carry on )?(?:live|living|"
        r"being alive|stay alive|staying alive|existing|going on)\b(?! (?:in|at|with|near|here|"
        r"there)\b)|\bwhat is (?:even )?the point (?:of|in) (?:living|being alive|existing|"
        r"going on|"
        r"me being alive|staying alive)\b(?! (?:in|at|with|near|here|there)\b)",
        "whats the point of living",
        negatable=False,
    ),
    Rule(
        "suicide.burden_absence",
        CRISIS,
        SUI,
        r"\b(?:be|been|are|is|feel|were) (?:so |much |a lot |way |all |just )?(?:better|"
        r"happier|easier|fine|okay|ok|lighter)(?: off)? (?:" + _IF_I_GONE + r"|without me\b)"
        r"|\bbetter off without me\b",
        "everyone would be better off without me",
        requires=r"^(?!.*\b(?:in goal|goalkeeper|keeper|the team|my team|our team|squad|match|"
        r"pitch|the band|in defence|in defense|on the bench|lineup|line up|team|squad)\b)",
    ),
    Rule(
        "suicide.nobody_would_miss",
        CRISIS,
        SUI,
        r"\b(?:nobody|no one|noone|anyone|anybody|who)(?: (?:would|will|is going to|even|really|"
        r"ever|actually))* (?:miss|notice|care|cry|remember|mourn)(?: about)?(?: me)?"
        r"(?: (?:even|at all))? " + _IF_I_GONE,
        "nobody would miss me if i was gone",
        negatable=False,
    ),
    Rule(
        "suicide.better_off_dead",
        CRISIS,
        SUI,
        r"\b(?:better off dead|better dead|rather be dead|would rather die|rather not exist|"
        r"rather not be alive|rather not wake up)\b(?! (?:\w+ )?than\b| fighting| trying| for| in "
        r"(?:battle|combat))",
        "better off dead",
        subject=Subject.FIRST,
    ),
    Rule(
        "suicide.suicidal_self",
        CRISIS,
        SUI,
        r"\bsuicidal\b",
        "i am suicidal",
        subject=Subject.FIRST,
        on_negation=CONCERN,
    ),
    Rule(
        "suicide.first_person_suicide",
        CRISIS,
        SUI,
        r"\b(?:commit|committing|attempt|attempted|attempting|planning|plan|plans|planned|think|"
        r"thinking|thought|thoughts|considering|contemplating|consider|want|wanted|"
        r"going|about|ready|researching|my|of)(?: \w+){0,2}? (?:suicide|suiciding)\b",
        "i think about suicide",
        subject=Subject.FIRST,
        on_negation=CONCERN,
    ),
    Rule(
        "suicide.only_way_out",
        CRISIS,
        SUI,
        r"\b(?:suicide|death|dying|killing myself|ending it|to die)(?: is| seems|"
        r" feels)(?: like)? (?:the|my) only (?:way out|option|answer|choice|solution|escape|way)\b"
        r"|\bonly (?:way out|option|escape) is (?:to die|death|suicide|killing myself)\b",
        "suicide is the only way out for me",
    ),
    Rule(
        "suicide.method_seeking",
        CRISIS,
        SUI,
        r"\bhow (?:many|much) \w+(?: \w+){0,5}? (?:kill (?:me|myself|a person|someone)|to die|"
        r"be fatal|be lethal|to overdose|overdose)\b|\b(?:lethal|fatal) dose\b|\bpainless (?:way|"
        r"ways|death|method)\b|\b(?:best|easiest|quickest|fastest|painless|surest|quiet) (?:way|"
        r"ways|method|methods)"
        r" (?:to|of) (?:die|dying|kill myself|killing myself|end it|end my life|commit suicide)\b",
        "how many pills does it take to die",
    ),
    Rule(
        "suicide.noose",
        CRISIS,
        SUI,
        r"\b(?:tied|tie|tying|made|make|making|bought|got|have|hung|ready|set up) (?:a |the |my )?"
        r"noose\b(?! (?:for|around|on) (?!myself|me\b))",
        "i tied a noose",
        subject=Subject.FIRST,
    ),
    Rule(
        "suicide.jump_real",
        CRISIS,
        SUI,
        r"\b" + _INTENT + r" (?:just )?" + _JUMP + r" (?:off|from) (?:a|my|our|some|"
        r"the top of a) " + _REAL_STRUCTURE + r"\b" + _JUMP_ESCAPE,
        "im going to jump off a bridge",
        subject=Subject.FIRST,
    ),
    Rule(
        "suicide.jump_named",
        CRISIS,
        SUI,
        r"\b" + _INTENT + r" (?:just )?" + _JUMP + r" (?:off|from) (?:the|this|that)"
        r"(?: top of the)? (?:\w+ )?" + _OTHER_STRUCTURE + r"\b" + _JUMP_ESCAPE,
        "im going to jump off the bridge tonight",
        subject=Subject.FIRST,
        needs_real=True,
    ),
    Rule(
        "suicide.jump_bare",
        CRISIS,
        SUI,
        r"\b(?:going to|about to|want to|ready to|will|gonna) jump\b(?= [,.]|$| now| tonight)|"
        r"(?:(?<=\bthen i )|(?<=\bbefore i ))jump\b(?= [,.]|$| now| tonight)",
        "i am on the roof and i am going to jump",
        subject=Subject.FIRST,
        requires=r"\b(?:roof|rooftop|bridge|balcony|ledge|edge|window|building|top floor|"
        r"overpass|cliff)\b",
    ),
    Rule(
        "suicide.farewell",
        CRISIS,
        SUI,
        r"\b(?:wrote|written|write|writing|left|leave|leaving|finished|prepared|preparing|made|"
        r"drafted|have) (?:my |a |the |all my |some |all of my |all the )?(?:goodbye|farewell|"
        r"suicide|last) (?:letters?|notes?|messages?|videos?)\b|"
        r"\bgiving away (?:all )?(?:of )?(?:my|all my) (?:stuff|things|belongings|possessions|"
        r"games|clothes)\b|\bsaying (?:my )?(?:final )?goodbyes? to everyone\b|\b(?:said|saying|"
        r"say|made) my (?:final |last )?goodbyes\b|\b(?:said|saying|say) (?:my )?(?:final|"
        r"last) goodbyes?\b|\b(?:will not|do not) (?:need|be needing) (?:it|them|this|"
        r"anything)(?: \w+)? "
        r"(?:soon|anymore|much longer|where i am going)\b",
        "ive written my goodbye letters",
        subject=Subject.FIRST,
        requires=r"^(?!(?:give|hand|sell|trade|drop|offer|throw|toss) (?:the|this|that|these|"
        r"those|a|an|it)\b)(?!.*\b(?:move|moving|moved|emigrat\w*|relocat\w*|flight|new job|"
        r"new school|holiday|abroad|airport|visa|packing|leaving do|farewell party|last day)\b)",
    ),
    Rule(
        "suicide.not_around",
        CRISIS,
        SUI,
        r"\b(?:will not|not going to|am not going to|will not even) be (?:here|around|"
        r"alive)(?: for)? (?:much longer|for much longer|tomorrow|next week|by (?:tomorrow|monday|"
        r"the "
        r"weekend|then)|anymore|any longer|soon)\b",
        "i wont be around much longer",
        subject=Subject.FIRST,
        negatable=False,
        # "i wont be around much longer at this job": a place or job left, not a life
        requires=r"^(?!.*\b(?:at this (?:job|company|school|place|club)|(?:my|the) notice|"
        r"moving (?:out|away|abroad)|new job|leaving (?:the|this) (?:job|company|team|club))\b)",
    ),
    Rule(
        "suicide.tired_of_living",
        CRISIS,
        SUI,
        r"\b(?:tired|sick|exhausted|weary|done) (?:of|with) (?:living|being alive|existing|"
        r"life itself)\b(?! (?:in|at|with|near|here|there|like)\b)",
        "im so tired of living",
        subject=Subject.FIRST,
    ),
    Rule(
        "suicide.stockpile",
        CRISIS,
        SUI,
        r"\b(?:saved|saving|stockpiled|stockpiling|hoarding|hoarded|collecting|collected|"
        r"stashing|stashed|keeping) (?:up )?(?:\w+ ){0,2}?" + _PILLS + r"\b(?! for (?:the|my) "
        r"(?:trip|journey|holiday))|\b" + _PILLS + r" (?:saved up|stashed|hidden away)\b"
        r"|\benough (?:\w+ )?" + _PILLS + r" to (?:die|overdose|kill myself|end it)\b"
        r"|\b(?:tabletten|pillen|medikamente|pastillas) (?:\w+ )?(?:gesammelt|gehortet|gebunkert|"
        r"guardadas|ahorradas)\b|\b(?:sammle|horte|guardo|junto) (?:\w+ )?(?:tabletten|pillen|"
        r"pastillas)\b",
        "i have pills saved up",
        subject=Subject.FIRST,
    ),
    Rule(
        "suicide.why_alive",
        CRISIS,
        SUI,
        r"\bwhy (?:should|would|do|must) i (?:even |still )?(?:keep|go on|bother|continue) "
        r"(?:living|being alive|going on|staying alive)\b|"
        r"\b(?:do not know|no idea|wonder|not sure) why i am (?:even |still )?(?:alive|living|"
        r"breathing)\b|\bwhy am i (?:even |still )?(?:alive|living)\b(?! in\b)|\b(?:life|my life|"
        r"living) (?:is not|is no longer|not|will never be|is not even) worth "
        r"(?:living|it anymore)\b",
        "idk why im even alive",
        negatable=False,
    ),
    Rule(
        "suicide.means_ready",
        CRISIS,
        SUI,
        r"\b(?:got|have|bought|prepared|set up|tied|found) (?:the |a |my |some |all the |"
        r"all my )?(?:rope|noose|pills|tablets|gun|razor|blade|knife)s? (?:ready|prepared|sorted|"
        r"tied|waiting|lined up|counted out)\b|\bmy (?:rope|noose|pills|gun|razor|blade)s? (?:is |"
        r"are )?"
        r"(?:ready|prepared|waiting)\b",
        "i am done , my pills are ready",
        subject=Subject.FIRST,
        requires=r"\b(?:tonight|done|goodbye|goodbyes|end|finally|last|it is time|the night|"
        r"the day|can not|over|enough|sorry)\b",
    ),
    Rule(
        "suicide.death_thoughts",
        CONCERN,
        SUI,
        r"\b(?:think|thinking|thought|thoughts|obsessing|fantasi[sz]e|fantasi[sz]ing|dream|"
        r"dreaming) (?:a lot |so much |all the time |constantly )?(?:about|of) (?:death|dying|"
        r"being dead|not being here|not existing)\b",
        "i think about dying a lot",
        subject=Subject.FIRST,
    ),
    Rule(
        "suicide.means_access",
        CONCERN,
        SUI,
        r"\b(?:got|have|bought|hid|hidden|keep|kept|hiding|stashed) (?:a |the |some |my )?(?:rope|"
        r"noose|gun|razor|razors|blade|blades)s? (?:\w+ ){0,2}?(?:in|under) my (?:room|closet|"
        r"wardrobe|bed|drawer|bag|desk)\b",
        "i have a rope in my closet",
        subject=Subject.FIRST,
    ),
    Rule(
        "suicide.overdose_intent",
        CRISIS,
        SUI,
        r"\b" + _INTENT + r" (?:overdose|take (?:all|all of|all the|the whole|a whole|every|"
        r"a bottle of|a bunch of|all my|a lot of|loads of)(?: \w+){0,2}? " + _PILLS + r")\b",
        "im gonna overdose tonight",
        subject=Subject.FIRST,
        on_negation=CONCERN,
    ),
    # Spanish: reflexive infinitives are first person by themselves.
    Rule(
        "suicide.es_kill_myself",
        CRISIS,
        SUI,
        r"\bsuicidarme\b|\b(?:voy a|quiero|pienso|necesito|deberia|podria|tengo que|intentar|"
        r"intente|ganas de|en|para) (?:\w+ )?(?:matarme|quitarme la vida|tirarme (?:de|desde|por) "
        r"(?:un|una|el|la) (?:puente|edificio|balcon|ventana|azotea|techo|acantilado))\b|"
        r"\bme (?:quiero|voy a|pienso|gustaria|quisiera|tengo que|deberia) (?:\w+ )?(?:suicidar|"
        r"matar|quitar la vida)\b(?! (?:a|al|de)\b)",
        "me quiero suicidar",
        on_negation=CONCERN,
    ),
    # Spanish wish to die: negated ("no quiero morir") it is none, like "i don't want to die".
    Rule(
        "suicide.es_want_die",
        CRISIS,
        SUI,
        r"\b(?:voy a|quiero|pienso|necesito|deberia|ganas de) (?:\w+ )?morirme\b(?! de\b)|"
        r"\bme (?:quiero|gustaria|quisiera) morir\b(?! de\b)|\b(?:quiero|deseo|quisiera|prefiero|"
        r"necesito) (?:morir|estar muert[oa]|dejar de existir|dejar de vivir|desaparecer para "
        r"siempre)\b(?! (?:de|en)\b)",
        "quiero morir",
    ),
    Rule(
        "suicide.es_not_live",
        CRISIS,
        SUI,
        r"\bno (?:quiero|deseo|tengo ganas de|aguanto|puedo) (?:seguir )?(?:vivir|viviendo|"
        r"estar viv[oa]|existir)\b|\b(?:estarian|estaria|estarias|estaran|vivirian|"
        r"serian) (?:mucho |mas )?(?:mejor|felices) sin mi\b|\bmejor (?:estaria|estar) muert[oa]\b|"
        r"\bojala (?:estuviera|estuviese|me muriera|no despertara|no haber nacido|no hubiera "
        r"nacido)\b|\b(?:pienso|pensando|pense) (?:\w+ ){0,2}?en (?:el )?suicidio\b",
        "no quiero vivir mas",
        negatable=False,
    ),
    # German: "ich will sterben", "ich bringe mich um". A "nicht" inside is a negation.
    Rule(
        "suicide.de_want_die",
        CRISIS,
        SUI,
        r"\bich (?:will|mochte|moechte|wurde gern|wuerde gern|werde|muss|wunschte|"
        r"wuenschte)(?: \w+){0,3}? (?:mich umbringen|mich toten|mich toeten|"
        r"mir das leben nehmen)\b|\b(?:ich )?(?:bringe|bring|"
        r"werde) mich (?:\w+ ){0,3}?um\b|\bmich (?:\w+ ){0,2}?(?:umbringen|umzubringen|toten|"
        r"toeten|erhangen|erhaengen|erschiessen)\b"
        r"|\b(?:nehme|nehmen) mir (?:\w+ )?das leben\b"
        r"|\b(?:springe|spring|werde|will) (?:\w+ ){0,2}?(?:von einer|von der|von einem|vom) "
        r"(?:brucke|bruecke|dach|hochhaus|balkon|fenster)\b"
        r"(?! (?:\w+ )?(?:in|ins|auf) (?:den |das |die |einen |ein |eine )?"
        r"(?:heuhaufen|wasser|pool|see|schnee|trampolin|kissen|matratze|"
        r"sand|fluss)\b)",
        "ich will mich umbringen",
        on_negation=CONCERN,
        inner_negation=True,
    ),
    # German wish to die: negated ("ich will nicht sterben") it is none.
    Rule(
        "suicide.de_want_die_wish",
        CRISIS,
        SUI,
        r"\bich (?:will|mochte|moechte|wurde gern|wuerde gern|werde|muss|wunschte|wuenschte)"
        r"(?: \w+){0,3}? (?:sterben|tot sein|nicht mehr aufwachen)\b",
        "ich will sterben",
        inner_negation=True,
    ),
    Rule(
        "suicide.de_not_live",
        CRISIS,
        SUI,
        r"\bich (?:will|mochte|moechte|kann|mag|wurde|wuerde)(?: \w+)? nicht mehr (?:leben|"
        r"weiterleben|da sein|existieren|aufwachen)\b"
        r"|\b(?:alle|jeder|meine familie)(?: \w+){0,3}? ohne mich besser dran\b",
        "ich will nicht mehr leben",
        negatable=False,
    ),
    Rule(
        "suicide.de_suicide_word",
        CRISIS,
        SUI,
        r"\bich (?:\w+ ){0,5}?(?:selbstmord|suizid|freitod)\w*",
        "ich denke an selbstmord",
        requires=r"^(?!.*\b(?:warum (?:menschen|leute|man|jemand)|doku\w*|dokumentation|artikel|"
        r"film|buch|serie|referat|gelesen|gesehen|pravention|praevention)\b)",
        on_negation=CONCERN,
        inner_negation=True,
    ),
    # ---------------------------------------------------------------- self-harm
    Rule(
        "self_harm.act_myself",
        CRISIS,
        SH,
        r"\b(?:cut|cuts|cutting|hurt|hurts|hurting|harm|harms|harming|burn|burns|burning|burned|"
        r"burnt|scratch|scratching|scratched|hit|hitting|punch|punching|punched|bruise|bruising|"
        r"starve|starving|mutilate|mutilating|carve|carving|stab|stabbing|stabbed|bite|biting|"
        r"injure|injuring|punish|punishing)(?<!thinking about hurting)(?<!thinking about harming)"
        r"(?<!thinking about cutting)(?<!thought about hurting)(?<!thought about harming)"
        r"(?<!thought about cutting)(?<!urge to hurt)(?<!urge to harm)(?<!urge to cut)"
        r"(?<!urge to hit)(?<!urge to burn)(?<!itch to hurt)(?<!itch to cut)(?<!itch to hit)"
        r"(?<!itch to burn)(?: at)? (?:myself|my (?:own )?(?:arms?|wrists?|legs?|"
        r"thighs?|skin|stomach|body|hips?))\b(?! (?:free|loose|out|down|through|a (?:path|"
        r"way))\b)",
        "i have been cutting myself again",
        subject=Subject.SELF,
        on_negation=CONCERN,
        accident=True,
    ),
    Rule(
        "self_harm.cutting_again",
        CRISIS,
        SH,
        r"\b(?:been|started|start|keep|kept|went back to|back to|relapsed|relapse|relapsing|"
        r"can not stop|could not stop|still)(?: \w+)? (?:cutting|cut|harming)" + _CUT_END,
        "i started cutting again",
        subject=Subject.FIRST,
        on_negation=CONCERN,
    ),
    Rule(
        "self_harm.urge",
        CRISIS,
        SH,
        r"\b(?:urges? to|urge|urges|need to|want to|going to|craving to|itching to) "
        r"(?:cut|self harm|sh)" + _CUT_END + r"|\b(?:self harm|sh|cutting) (?:urges?|relapse)\b"
        r"|\b(?:relapsed|relapse|relapsing) (?:on|into|with) (?:self harm|sh|cutting)\b",
        "relapsed on sh",
        subject=Subject.FIRST,
        on_negation=CONCERN,
    ),
    Rule(
        "self_harm.wall",
        CRISIS,
        SH,
        r"\b(?:punch|punched|punching|hit|hitting|bang|banged|banging|smash|smashed|"
        r"smashing) (?:the |a |my head against the |my head on the |my fists? (?:into|"
        r"against) the )?walls? until (?:my )?(?:knuckles|hands?|fists?|head|it) (?:bled|bleed|"
        r"bleeds|broke|were bleeding|"
        r"was bleeding|hurt)\b",
        "i punched the wall until my knuckles bled",
        subject=Subject.FIRST,
        on_negation=CONCERN,
    ),
    Rule(
        "self_harm.first_person",
        CRISIS,
        SH,
        r"\bself harm(?: ing| ed| s)?\b",
        "i self harm",
        subject=Subject.FIRST,
        on_negation=CONCERN,
    ),
    Rule(
        "self_harm.es",
        CRISIS,
        SH,
        r"\b(?:me corto|me estoy cortando|me quiero cortar|quiero cortarme|cortarme|me he cortado|"
        r"me vuelvo a cortar|volvi a cortarme|me hago dano|hacerme dano|me lastimo|lastimarme|"
        r"me autolesiono|autolesionarme|me quemo|quemarme)\b"
        r"(?<!ganas de cortarme)(?<!ganas de hacerme dano)(?<!ganas de lastimarme)"
        r"(?<!ganas de quemarme)(?<!ganas de autolesionarme)"
        r"(?! (?:el|las|los|la) (?:pelo|cabello|unas|flequillo|barba|dedo))",
        "me corto los brazos",
        on_negation=CONCERN,
        accident=True,
    ),
    # Urges, not acts ("ganas de cortarme"): concern (dis.self_harm_urges).
    Rule(
        "self_harm.es_urge_base",
        CONCERN,
        SH,
        r"\bganas de (?:volver a )?(?:cortarme|hacerme dano|lastimarme|quemarme|autolesionarme)\b",
        "volvieron las ganas de cortarme",
    ),
    Rule(
        "self_harm.de",
        CRISIS,
        SH,
        r"\bich (?:ritze|schneide|verletze|verbrenne|schlage)(?: \w+){0,2}? mich\b|"
        r"\bmich (?:ritzen|selbst verletzen|schneiden|verletzen|selbst schneiden)\b"
        r"|\britze mich\b|\bselbstverletz\w*",
        "ich ritze mich",
        on_negation=CONCERN,
        accident=True,
    ),
    # ---------------------------------------------------------------- harm to others
    # Only real-world targets count; game targets ("the orc") never match. Without a marker of
    # real intent ("for real", "tonight", a weapon) it is concern: "i'll kill my brother" is
    # often an idiom.
    Rule(
        "harm_to_others.real_target",
        CRISIS,
        HARM,
        r"\b" + _HARM_VERB + r" (?:up )?" + _REAL_TARGET + _NOT_A_GAME,
        "im going to hurt my brother for real",
        subject=Subject.FIRST,
        needs_real=True,
    ),
    Rule(
        "harm_to_others.people",
        CRISIS,
        HARM,
        r"\b" + _INTENT + r" (?:\w+ )?" + _HARM_VERB + r" (?:anyone|anybody|someone|somebody|"
        r"people|everyone|everybody|them all|all of them)\b",
        "i want to hurt people in real life",
        subject=Subject.FIRST,
        needs_real=True,
    ),
    Rule(
        "harm_to_others.attack_plan",
        CRISIS,
        HARM,
        r"\b(?:shoot up|shooting up|bomb|blow up|attack|massacre) (?:my |the |our )?(?:school|"
        r"class|college|office|work|workplace|church|mosque|synagogue|mall)\b|\b(?:bring|take|"
        r"bringing|taking|brought|took|sneak|sneaking) (?:(?:a|my|the|his|her|their|our|"
        r"\w+s) ){0,2}(?:gun|rifle|knife|weapon|bomb|pistol|knives|guns)s? (?:to|into|"
        r"in to) (?:school|class|work|college|the school|my school)\b",
        "i want to shoot up my school",
    ),
    Rule(
        "harm_to_others.tell_to_die",
        CONCERN,
        HARM,
        r"\bkys\b|\bkill(?<!\bcan kill)(?<!\bcould kill)(?<!\bwill kill)(?<!\bmight kill)"
        r"(?<!\bto kill)(?<!\bnot kill) yourself\b|\bhope you die\b|\bgo die\b",
        "kys",
    ),
    Rule(
        "harm_to_others.es",
        CRISIS,
        HARM,
        r"\b(?:voy a|quiero|me dan ganas de|tengo ganas de) (?:matar|apunalar|pegar|golpear|"
        r"disparar|hacer dano|lastimar) a (?:mi|mis) \w+",
        "voy a matar a mi hermano de verdad",
        needs_real=True,
    ),
    Rule(
        "harm_to_others.de",
        CRISIS,
        HARM,
        r"\bich (?:will|werde|mochte|moechte)(?: \w+){0,2}? (?:meinen|meine|mein) \w+ "
        r"(?:\w+ ){0,2}?(?:umbringen|toten|toeten|verletzen|erstechen|erschiessen|schlagen)\b",
        "ich werde meinen bruder umbringen",
        needs_real=True,
        inner_negation=True,
    ),
    # ---------------------------------------------------------------- abuse and danger
    Rule(
        "abuse_or_danger.family_violence",
        CRISIS,
        ABUSE,
        r"\b"
        + _ABUSER
        + r" (?:\w+ ){0,8}?"
        + _ABUSE_VERB
        + r" (?:me|my)\b"
        + _NOT_A_GAME
        + _SOFT_OBJECT,
        "my dad beats me when he is drunk",
        fiction=False,
    ),
    Rule(
        "abuse_or_danger.pronoun_violence",
        CRISIS,
        ABUSE,
        r"\b(?:he|she|they) (?:\w+ ){0,2}?"
        + _ABUSE_VERB
        + r" (?:me|my (?:mum|mom|mother|dad|father|sister|brother|little \w+|baby \w+|siblings?|"
        r"family|girlfriend|boyfriend|wife|husband|kids?|son|daughter))\b" + _NOT_A_GAME,
        "he hits me every night",
        needs_real=True,
    ),
    Rule(
        "abuse_or_danger.being_abused",
        CRISIS,
        ABUSE,
        r"\b(?:am|being|was|get|got|getting|been) (?:\w+ )?(?:abused|raped|molested|beaten up|"
        r"sexually assaulted|assaulted|groomed|trafficked)\b",
        "i am being abused",
        subject=Subject.FIRST,
    ),
    Rule(
        "abuse_or_danger.threatened",
        CRISIS,
        ABUSE,
        r"\b(?:said|says|saying|threatened|threatens|threatening|told me|tells me|promised|swore|"
        r"keeps saying)(?: \w+){0,5}? (?:to |he |she |they )?(?:(?:is|was|will|would|are) )?"
        r"(?:going to |gonna )?(?:kill|hurt|stab|shoot|beat|murder) (?:me|my)\b",
        "my ex said he is going to kill me",
        needs_real=True,
        requires=r"^(?!.*\b(?:kill|murder) (?:me|my)(?: \w+)? if (?:\w+ ){0,4}?(?:late|reports?|"
        r"homework|deadline|forget|forgot|miss|missed|lose|lost|break|broke|spill|spilled|eat|ate|"
        r"finish|score|grades?|marks|results|scratch|crash|dent)\b)",
    ),
    Rule(
        "abuse_or_danger.secrecy_threat",
        CRISIS,
        ABUSE,
        r"\bif i (?:ever )?(?:tell|told) (?:anyone|anybody|someone|somebody|my \w+|the police|"
        r"a teacher)\b|\b(?:kill|hurt|beat) me if i (?:ever )?(?:tell|told)(?= [,.]|$)",
        "he said if i tell anyone he will hurt me",
        requires=r"\b(?:kill|hurt|beat|hit|punish|kick me out|get me|make me pay|regret)\b",
    ),
    Rule(
        "abuse_or_danger.unsafe",
        CRISIS,
        ABUSE,
        r"\b(?:(?:not|never|no longer) (?:feel |really |even )?safe|unsafe) (?:at home|"
        r"in my (?:house|home|room|own home)|with (?:him|her|them|my \w+)|around (?:him|her|them|"
        r"my \w+)|anywhere|anymore)\b|\b(?:scared|afraid|fearing) for my life\b",
        "i am not safe at home",
        negatable=False,
    ),
    Rule(
        "abuse_or_danger.stalked",
        CRISIS,
        ABUSE,
        r"\b(?:someone|somebody|a (?:man|guy|woman|person|stranger|car)|he|she|they|some (?:guy|"
        r"man|people))(?: \w+){0,2}? (?:is |are |has been |have been |keeps |kept )?(?:following|"
        r"stalking|watching) me\b|\b(?:someone|somebody|a (?:man|guy|stranger|person)|he|"
        r"they) (?:is |are )?(?:outside|"
        r"banging on|trying to open|at) (?:my|our) (?:window|door|house|room|flat)\b",
        "someone is following me home",
        needs_real=True,
    ),
    Rule(
        "abuse_or_danger.intruder",
        CRISIS,
        ABUSE,
        r"\b(?:someone|somebody|a (?:man|guy|person|stranger)|he|they|"
        r"people)(?: \w+){0,3}? (?:break|breaking|broke|get|getting|trying to get|"
        r"trying to break) (?:in|into) (?:my|our) (?:house|home|flat|apartment|room)\b|"
        r"\b(?:someone|somebody|a stranger|a man|a guy) (?:is )?in (?:my|our) (?:house|home|flat|"
        r"apartment|room)\b",
        "someone is breaking into my house",
    ),
    Rule(
        "abuse_or_danger.es",
        CRISIS,
        ABUSE,
        r"\b(?:mi (?:padre|papa|madre|mama|padrastro|madrastra|hermano|hermana|tio|tia|abuelo|"
        r"novio|novia|esposo|marido|pareja|primo|ex)|el|ella) (?:\w+ )?me (?:pega|golpea|maltrata|"
        r"toca|viola|amenaza|lastima|hace dano|ahorca|encierra)\b",
        "mi padrastro me pega",
        requires=r"^(?!.*\b(?:bandido|bandidos|goblin|orco|troll|monstruo|esqueleto|guardia|"
        r"pirata|bruja|dragon|pocion|garrote|escudo|jefe final)\b)"
        r"(?!.*\bme (?:toca|toco|tocaba) (?:el|la|los|las) (?:hombro|hombros|brazo|mano|"
        r"espalda|cabeza|cara|pelo|pierna)\b)",
    ),
    Rule(
        "abuse_or_danger.de",
        CRISIS,
        ABUSE,
        r"\b(?:mein|meine) (?:vater|papa|mutter|mama|stiefvater|stiefmutter|bruder|schwester|onkel|"
        r"freund|freundin|mann|frau|opa|partner)\w* (?:\w+ ){0,2}?(?:schlagt|schlaegt|verprugelt|"
        r"verpruegelt|missbraucht|beruhrt|beruehrt|wurgt|wuergt|tritt|bedroht) mich\b"
        r"|\b(?:er|sie) (?:schlagt|schlaegt|verprugelt|missbraucht|wurgt) mich\b",
        "mein vater schlagt mich",
        requires=r"^(?!.*\b(?:schach|beim (?:spiel\w*|tennis|fussball|kartenspiel|mensch argere|"
        r"monopoly|uno|zocken)|im (?:spiel|tennis|schach)|in (?:fifa|mario|schach)|jedes spiel)\b)",
    ),
    Rule(
        "abuse_or_danger.scared_home",
        CONCERN,
        ABUSE,
        r"\b(?:scared|afraid|terrified|frightened) (?:to go|of going|to be|of being) (?:back )?"
        r"home\b",
        "im scared to go home",
        subject=Subject.FIRST,
    ),
    Rule(
        "abuse_or_danger.bullied",
        CONCERN,
        ABUSE,
        r"\b(?:bully|bullies|bullying|bullied|harass|harasses|harassing) me\b|\b(?:am|get|got|"
        r"been|being|getting|was|keep getting) (?:\w+ )?(?:bullied|harassed|picked on)\b",
        "kids at school keep bullying me",
    ),
    Rule(
        "abuse_or_danger.hostile_home",
        CONCERN,
        ABUSE,
        r"\b" + _ABUSER + r" (?:\w+ ){0,5}?(?:yells?|yelled|screams?|screamed|shouts?|shouted|"
        r"swears?|insults?|threatens?|controls?|hates?|scares?|terrifies|terrify)(?: at)? me\b",
        "my dad yells at me all the time",
    ),
    # ---------------------------------------------------------------- medical emergency
    Rule(
        "medical.cannot_breathe",
        CRISIS,
        MED,
        # "so sad i can't breathe": grief or anger said as a figure of speech (round 10: the
        # worlds' own prose), not a body that cannot breathe
        r"(?<!so sad i )(?<!so sad that i )(?<!so angry i )(?<!so angry that i )"
        r"\b(?:can not|could not|can barely|unable to|struggling to|hardly) breathe\b"
        r"(?! (?:underwater|under water|in (?:the )?water|in space|in (?:this|that|the|here) "
        r"(?:\w+ )?(?:room|cave|tunnel|dungeon|crypt|mine|tower|tomb|cellar|tavern|hall)|for "
        r"(?:like |about )?(?:a|one|\d+|a few|few) (?:minute|second|moment|bit)s?))",
        "i cant breathe",
        subject=Subject.MINE,
        negatable=False,
        requires=_NO_LAUGHTER + r"(?!.*\bmy (?:guy|toon|char|companion|party)\b)",
    ),
    Rule(
        "medical.not_breathing",
        CRISIS,
        MED,
        r"\b(?:he|she|they|someone|somebody|my (?:\w+ )?"
        r"(?!character\b|avatar\b|hero\b|guy\b|toon\b|char\b)\w+) "
        r"(?:is not|has stopped|stopped|"
        r"is barely|can not|is hardly) (?:breathing|breathe)\b",
        "my little sister is not breathing",
        negatable=False,
        requires=_NO_LAUGHTER,
    ),
    Rule(
        "medical.unresponsive",
        CRISIS,
        MED,
        r"\b(?:collapsed(?!(?: \S+){0,20}? (?:snoring|snores|fast asleep|out for the count|"
        r"fell asleep|napping)\b)|is unconscious|went unconscious|unresponsive|"
        r"(?:is|are) not (?:responding|"
        r"waking up)|not breathing|stopped breathing|(?:will|would) not wake up|can not wake "
        r"(?:him|her|them|my \w+) up)\b",
        "my dad collapsed and is not breathing",
        subject=Subject.MINE,
        negatable=False,
        requires=_NO_LAUGHTER + r"(?!.*\b(?:snoring|snores|snored|fast asleep|fell asleep|"
        r"napping|having a nap|knackered)\b)",
    ),
    Rule(
        "medical.body_signs",
        CRISIS,
        MED,
        r"\bmy chest (?:\w+ ){0,2}?(?:hurts?|hurting|pain|is tight|feels tight|tight|burning|"
        r"crushing|heavy)\b|\bmy (?:throat|tongue|face) (?:is )?(?:closing|swelling|swollen)\b",
        "my chest hurts",
        negatable=False,
    ),
    Rule(
        "medical.acute_event",
        CRISIS,
        MED,
        r"\b(?:have|got|having|get) (?:\w+ )?chest pains?\b|\b(?:having|had|have|"
        r"going into) (?:a )?(?:heart attack|stroke|seizure|anaphylactic|"
        r"anaphylaxis|asthma attack|allergic reaction)\b",
        "i think i am having a heart attack",
        subject=Subject.MINE,
        negatable=False,
    ),
    Rule(
        "medical.bleeding",
        CRISIS,
        MED,
        r"\b(?:bleeding (?:a lot|so much|heavily|badly|really bad|everywhere)|"
        r"can not stop (?:the )?bleeding|(?:will not|does not|can not) stop bleeding|"
        r"lost a lot of blood|"
        r"losing (?:a lot of |so much )?blood)\b",
        "i am bleeding a lot",
        subject=Subject.MINE,
        negatable=False,
    ),
    Rule(
        "medical.overdose_taken",
        CRISIS,
        MED,
        r"\b(?:took|taken|swallowed|ate|downed|drank|had|necked|popped)(?: \w+){0,2}? (?:too many|"
        r"too much|a lot of|lots of|loads of|a bunch of|a handful of|handfuls of|all (?:of )?(?:my|"
        r"the|her|his|their|\w+s)|a whole|an entire|the whole|a full|\d+|twenty|thirty|"
        r"forty|fifty|all)(?: \w+){0,3}? " + _PILLS + r"\b"
        r"|\b(?:overdosed|overdosing)\b|\b(?:drank|drunk|swallowed|ate|took|drinking) (?:some |"
        r"a lot of |a bottle of |the )?"
        r"(?:bleach|antifreeze|rat poison|weed killer|pesticide|drain cleaner|detergent)\b",
        "i took too many pills",
        negatable=False,
    ),
    Rule(
        "medical.es",
        CRISIS,
        MED,
        r"\bno puedo respirar\b(?! de (?:la )?risa)(?!(?: \S+){0,8}? (?:jaja\w*|jeje\w*|xd)\b)"
        r"|\bme duele (?:mucho )?el pecho\b|\b(?:me )?(?:tome|trague|"
        r"he tomado|me he tomado)(?: \w+){0,2}? (?:todas|muchas|demasiadas|un monton de|un bote de|"
        r"una caja de)(?: \w+){0,2}? (?:pastillas|pildoras|medicinas|medicamentos|tabletas)\b",
        "no puedo respirar",
        negatable=False,
    ),
    Rule(
        "medical.de",
        CRISIS,
        MED,
        r"\bich (?:kriege|bekomme|krieg|kann) (?:keine|kaum|nicht) (?:luft|atmen)\b|\b(?:zu viele|"
        r"alle|eine ganze packung|viele|eine packung) (?:\w+ )?(?:tabletten|pillen|"
        r"medikamente)\w* (?:\w+ ){0,2}?(?:genommen|geschluckt|eingenommen)\b"
        r"|\bmeine brust (?:tut|schmerzt)\b|\bherzinfarkt\b"
        r"|\bmein herz (?:tut|schmerzt)\b(?=(?: \S+){0,12}? (?:arm|brust|luft|atmen|schwitz\w*|"
        r"ubel|uebel|schwindel\w*|sticht|stechen|rast|druck)\b)",
        "ich habe zu viele tabletten genommen",
        negatable=False,
    ),
    # ---------------------------------------------------------------- mentions (concern)
    # Someone else's suicide or self-harm, or the word on its own: worth a gentle check-in.
    # Game talk ("is self-harm in this game?") drops it to none; idioms never match.
    Rule(
        "suicide.mention",
        CONCERN,
        SUI,
        r"\bsuicid(?<!\bis suicid)(?<!\bbe suicid)(?<!\bwas suicid)\w*\b(?! (?:mission|run|squad|"
        r"jump|door|doors|king|pact|missions|runs)\b)|\b(?:kill|killed|killing|kills) (?:himself|"
        r"herself|themselves|themself)\b|\b(?:took|take|taking) (?:his|her|their) (?:own )?life\b"
        r"|\b(?:wants|wanted|wanting) to die\b",
        "my friend wants to kill herself",
        requires=_NOT_ABOUT_CONTENT,
    ),
    Rule(
        "self_harm.mention",
        CONCERN,
        SH,
        r"\b(?:self harm\w*|self injury|self mutilation|cutting (?:himself|herself|themselves)|"
        r"hurting (?:himself|herself|themselves))\b",
        "my friend is self harming",
        requires=_NOT_ABOUT_CONTENT,
    ),
    # ---------------------------------------------------------------- distress (concern)
    Rule(
        "distress.feel_strong",
        CONCERN,
        DIS,
        r"\b(?:feel|feels|feeling|felt|am|be|been|being|is|get|getting)(?: like)? "
        + _INTENS
        # a first feeling may come before it: "i feel really anxious and kind of hopeless"
        + r"(?:\w+,? (?:and|but|or|yet) (?:also )?"
        + _INTENS
        + r")?"
        + r"(?:a |like a |such a |like such a |like i am )?(?:hopeless|hopeles|worthless|worthles|"
        r"helpless|empty|numb|depressed|miserable|broken|dead inside|unloved|unwanted|invisible|"
        r"burden|failure|disappointment|waste of space|mistake|disgusting|pathetic|useless|"
        r"suicidal|like nothing matters|like giving up|like i do not matter|like i am nothing|"
        r"like i am drowning|trapped|falling apart)\b(?! (?:at (?!everything|life|anything|"
        r"being)|with|in (?:the|this|here)|of the|about the|score|level|mode|handed)\b)",
        "i feel so hopeless",
        subject=Subject.FIRST,
    ),
    Rule(
        "distress.feel_weak",
        CONCERN,
        DIS,
        r"\b(?:feel|feeling|am|been|being|get|getting) (?:so|really|very|super|incredibly|"
        r"extremely|deeply|too|always|constantly|truly|honestly|just so|all)(?: \w+)? (?:sad|down|"
        r"low|lonely|alone|awful|terrible|horrible|drained|unhappy|isolated|hurting|"
        r"overwhelmed)\b(?! (?:at|with|about the|by the|for (?:the|this|that)|to explore|to play|"
        r"to go|here|in (?:the|this) (?:\w+ )?(?:room|cave|castle|dungeon|level|game|library|"
        r"village|fog|crypt|tower|forest|woods|tunnel|cellar|ship|boat|dark))\b)"
        r"|\b(?:feel|feeling|am|been|being) " + _INTENS + r"(?:sad|down|low|lonely|alone|awful|"
        r"exhausted|numb|empty|overwhelmed|anxious|miserable|hopeless|tired|"
        r"stressed)(?: \w+){0,2}? (?:lately|recently|all the time|for (?:weeks|months|days|ages|"
        r"a long time)|every (?:day|night)|constantly|always|"
        r"these days)\b",
        "ive been feeling really low lately",
        subject=Subject.FIRST,
    ),
    Rule(
        "distress.things_pointless",
        CONCERN,
        DIS,
        r"\b(?:everything|life|my life|it all|all of this|this life|existence|"
        r"nothing)(?: \w+)? (?:is|feels|seems|has become|s|keeps|just)(?: \w+)? (?:pointless|"
        r"meaningless|hopeless|empty|worthless|falling apart|a mess|too much|unbearable|so hard|"
        r"getting worse|matters|going wrong)\b|\bnothing (?:\w+ )?(?:makes me happy|feels good|"
        r"helps anymore|matters)\b"
        r"|\b(?:no|do not have a|do not see a|there is no) future\b(?! (?:in|for (?:the|this))\b)",
        "everything feels pointless",
    ),
    Rule(
        "distress.never_better",
        CONCERN,
        DIS,
        r"\b(?:nothing|things|it|life|my life|everything|i)(?: \w+){0,2}? (?:is|are|will|"
        r"s)(?: \w+){0,2}? (?:never|not ever|ever) (?:going to )?(?:get|gets|getting|be) "
        r"(?:any )?(?:better|okay|ok|happy|fine)\b(?! (?:at|with|in|on|than)\b)",
        "nothing is ever going to get better for me",
    ),
    Rule(
        "distress.hate_self",
        CONCERN,
        DIS,
        r"\b(?:hate|loathe|despise|can not stand|disgusted with|ashamed of|sick of) (?:myself|"
        r"my life|who i am|what i am|being me|being alive|me|everything about (?:myself|me|"
        r"my life))\b(?! for (?:eating|buying|ordering|having|drinking|watching|staying up|"
        r"sleeping in|saying yes|forgetting)\b)|\bhow (?:useless|worthless|pathetic|hopeless|"
        r"stupid|disgusting|ugly|unlovable) i am\b"
        r"(?! for (?:eating|buying|ordering|having|drinking|watching|staying up|sleeping in|"
        r"saying yes|forgetting)\b)",
        "i hate myself",
        subject=Subject.FIRST,
    ),
    Rule(
        "distress.cannot_cope",
        CONCERN,
        DIS,
        r"\b(?:can not|can no longer|do not know how to|unable to|not able to|"
        r"struggling to) (?:cope|handle (?:it|this|life|anything|everything)|take (?:it|"
        r"this) (?:anymore|any longer)|take (?:any|much) more|do this (?:anymore|any longer)|"
        r"(?:go on|keep going|carry on)(?= [,.]|$| anymore| any longer| like this)|deal with (?:it|"
        r"this|life|anything|everything) (?:anymore|any longer)|function|"
        r"keep doing this)\b(?! (?:puzzle|level|quest|riddle|boss|game|fight|part|"
        r"chapter|bit|room|door|one|section|stage|maze|path|way|road|north|south|east|west)\b)",
        "i cant cope anymore",
        subject=Subject.FIRST,
        negatable=False,
    ),
    Rule(
        "distress.how_long",
        CONCERN,
        DIS,
        r"\bhow (?:much )?(?:longer|long) (?:i can|can i|i am going to be able to) (?:keep going|"
        r"go on|take (?:it|this)|cope|do this|handle (?:it|this)|keep (?:doing|living|going on)|"
        r"hold on|last)\b",
        "i dont know how much longer i can keep going",
        negatable=False,
    ),
    Rule(
        "distress.what_point",
        CONCERN,
        DIS,
        r"\bwhat is (?:even )?the point(?: of (?:anything|life|trying|it all|any of (?:this|it)|"
        r"everything|even trying|getting up|going on|me|doing anything|this life))?(?: anymore|"
        r" at all)?(?= [,.]|$)|\bthere is no point (?:in |to )?(?:anything|trying|life|going on|"
        r"getting up|doing "
        r"anything)(?: anymore| at all)?(?= [,.]|$)",
        "whats the point of anything",
        negatable=False,
    ),
    Rule(
        "distress.tired_of_everything",
        CONCERN,
        DIS,
        r"\b(?:tired|sick|exhausted|weary|done) (?:of|with) (?:everything|it all|life|my life|"
        r"this life|all of (?:it|this)|trying|fighting|feeling (?:like )?this|being (?:me|sad|"
        r"alone|like this)|people|everyone)\b",
        "im so tired of everything",
        subject=Subject.FIRST,
    ),
    Rule(
        "distress.give_up",
        CONCERN,
        DIS,
        r"\b(?:give|giving|gave) up on (?:life|everything|myself|living|my life|the world|"
        r"it all)\b|\blike giving up\b|\bwant to give up\b(?! on (?:the|this|that)\b)",
        "i give up on life",
        subject=Subject.FIRST,
    ),
    Rule(
        "distress.disappear",
        CONCERN,
        DIS,
        r"\b(?:want|wish|like|need) (?:to )?(?:just )?(?:disappear|vanish|run away from everything|"
        r"not be here|hide forever|sleep forever|be invisible|want everything to stop|"
        r"everything to stop|it all to stop|it to stop|the pain to stop|it all to end)\b"
        r"(?! into (?:a|the|my|some) (?:\w+ )?(?:book|game|film|movie|novel|series|bath|duvet|"
        r"blanket|bed|story|world|garden|music)\b)",
        "i just want to disappear",
        subject=Subject.FIRST,
    ),
    Rule(
        "distress.nobody_cares",
        CONCERN,
        DIS,
        r"\b(?:nobody|no one|noone|no body)(?: \w+){0,2}? (?:cares?|loves?|likes?|understands?|"
        r"listens?|wants?|notices?|notice|care|talks?|needs?|gets?)(?: about| to| for|"
        r" with)? (?:me\b|if i\b|what i\b|whether i\b)|\b(?:have|got) (?:no friends|no one|nobody|"
        r"noone)\b(?! (?:in (?:this|the)|here|yet|else|around here)\b)|"
        r"\bdo not have (?:any friends|anyone|anybody)\b(?! (?:else )?(?:to play|in the))|"
        r"\bhave not (?:left|been out of) (?:my|the) (?:room|house|bed) in (?:days|weeks|months)\b|"
        r"\b(?:nobody|no one|noone) (?:really |even |actually )?(?:cares|gives a)(?= [,.]|$|"
        r" anymore| at all)|\b(?:everyone|everybody|they all|all of them)(?: \w+){0,3}? (?:hates?|"
        r"despises?) me\b|\bi am (?:so |always |all )?lonely\b",
        "no one cares about me",
        negatable=False,
    ),
    Rule(
        "distress.crying",
        CONCERN,
        DIS,
        r"\b(?:cry|crying|cried|sob|sobbing)(?: myself)? (?:to sleep|every (?:night|day)|"
        r"all (?:the time|day|night)|constantly|for hours|non stop|nonstop|so much|a lot lately)\b"
        r"|\bcan not stop crying\b",
        "i cry myself to sleep",
        subject=Subject.FIRST,
        negatable=False,
    ),
    Rule(
        "distress.depressed",
        CONCERN,
        DIS,
        r"\b(?:depressed|depression|panic attacks?|anxiety attacks?|having a panic|(?:mental|"
        r"nervous|emotional) breakdown|having a breakdown)\b|\bmy anxiety\b(?: \w+){0,3} (?:bad|"
        r"terrible|awful|out of control|killing me|through the roof|worse)\b|\bso (?:anxious|"
        r"stressed)(?: out)? (?:that )?"
        r"i can not (?:sleep|eat|function|think)\b",
        "i am depressed",
        subject=Subject.FIRST,
    ),
    Rule(
        "distress.rather_die_than",
        CONCERN,
        DIS,
        r"\b(?:rather|prefer to) (?:die|be dead) than\b",
        "id rather be dead than go back to school",
        subject=Subject.FIRST,
    ),
    Rule(
        "distress.not_okay",
        CONCERN,
        DIS,
        r"\b(?:am|feel|been|m) (?:really |just |so |honestly )?not (?:okay|ok|alright|all right|"
        r"fine|good)(?: at all| really| anymore| mentally)?(?= [,.]|$)",
        "im not okay",
        subject=Subject.FIRST,
        negatable=False,
    ),
    Rule(
        "distress.struggling",
        CONCERN,
        DIS,
        r"\bstruggling (?:so much|a lot|really hard|mentally|emotionally|"
        r"with (?:my )?(?:mental health|depression|anxiety|everything|life|my thoughts|self harm|"
        r"eating|myself))\b|\b(?:having|going through|had) (?:a |such a )?(?:really |very |super |"
        r"so )?(?:hard|rough|tough|difficult|dark|bad|horrible|awful) (?:time|patch|place|period|"
        r"few weeks|few months)\b(?! (?:with|in|on|finding|figuring|solving|getting|beating|"
        r"with) (?:the|this|that|it)\b)|\bin a (?:really |very )?(?:dark|bad) place\b|"
        r"\bcan not do anything right\b|\b(?:struggling|struggle|can not|can barely|could not|"
        r"hard) (?:to )?(?:get out of bed|get up in the morning|get up most days|cope|function|"
        r"keep going|face (?:anyone|people|"
        r"the day|tomorrow)|leave (?:my|the) (?:room|house|bed))\b",
        "im struggling with my mental health",
        subject=Subject.FIRST,
    ),
    Rule(
        "distress.not_eating_sleeping",
        CONCERN,
        DIS,
        r"\b(?:have not|has not|can not|do not|barely|hardly|not) (?:been )?(?:eating|sleeping|"
        r"eaten|slept|eat|sleep)(?: properly| well| much)? (?:or|and|nor) (?:eating|sleeping|eaten|"
        r"slept|eat|sleep)\b|\b(?:have not|not|barely|hardly) (?:eaten|slept|been eating|been "
        r"sleeping) (?:in|for) (?:days|weeks|\w+ days|\w+ weeks)\b",
        "i have not been eating or sleeping",
        subject=Subject.FIRST,
        negatable=False,
    ),
    Rule(
        "distress.dark_thoughts",
        CONCERN,
        DIS,
        r"\b(?:scared|afraid|frightened) of my (?:own )?(?:thoughts|mind|head)\b"
        r"|\b(?:dark|intrusive|bad|scary) thoughts\b",
        "im scared of my own thoughts",
        subject=Subject.FIRST,
    ),
    Rule(
        "distress.es",
        CONCERN,
        DIS,
        r"\bme siento (?:muy |tan |super |bastante |re |demasiado |como )*(?:sol[oa]|triste|"
        r"vaci[oa]|inutil|sin esperanza|deprimid[oa]|fatal|perdid[oa]|horrible|una carga|"
        r"un estorbo|nada|mal)\b|\bestoy (?:muy |tan |super |re )*(?:deprimid[oa]|sol[oa]|triste|"
        r"desesperad[oa]|cansad[oa] de (?:todo|vivir|la vida))\b|\bme odio\b|\bnadie me (?:quiere|"
        r"entiende|escucha|necesita|extrana)\b|\bno puedo mas\b|\bno valgo nada\b|"
        r"\bno quiero seguir(?= [,.]|$| asi| aqui)|\bnada (?:va a|"
        r"vaya a) mejorar\b|\bodio mi vida\b",
        "me siento muy sola",
        requires=r"^(?!.*\bno puedo mas con (?:este|esta|el|la|ese|esa) (?:nivel|jefe|juego|"
        r"puzzle|mision|acertijo|partida|fase|mazmorra)\b)",
    ),
    Rule(
        "distress.de",
        CONCERN,
        DIS,
        r"\bich fu(?:e)?hle mich (?:so |sehr |total |echt |einfach |ganz )*(?:wertlos|allein|"
        r"einsam|leer|hoffnungslos|nutzlos|schrecklich|deprimiert|traurig|verloren|ungeliebt)\b|"
        r"\bich bin (?:so |sehr |total |echt |einfach |ganz )*(?:wertlos|einsam|hoffnungslos|"
        r"nutzlos|deprimiert|verzweifelt)\b|\bich hasse mich\b|\bich kann nicht mehr\b|"
        r"\bniemand (?:mag|liebt|versteht|braucht) mich\b|\balles ist sinnlos\b"
        r"|\bich hasse mein leben\b|\bich (?:will|mag|kann) (?:einfach )?nicht mehr(?= [,.]|$)",
        "ich hasse mich",
        negatable=False,
    ),
)
