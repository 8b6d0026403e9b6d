"""The default narrator's phrase tables: the connective prose it writes around a world's own.

Everything here is data. The default narrator (:mod:`tta_server.narrative.writer`) picks one
entry of a table per use (deterministically, see its module docstring) and fills it with
:meth:`str.format_map`.

Keys a template may use:

* always: ``{name}`` (the player character), ``{guide}``/``{Guide}`` (the world guide's first
  name), and the pronoun keys ``{sub}`` ``{Sub}`` ``{obj}`` ``{pos}`` ``{Pos}`` ``{sub_is}``
  ``{Sub_is}`` with the verb agreements ``{is}`` ``{has}`` ``{was}`` and ``{s}`` (the ending
  of a present-tense verb after ``{sub}``: "she know{s}" -> "she knows", "they know");
* per table, the keys named in its comment. ``{place}`` is a location name as it reads inside
  a sentence ("the Quay"), ``{Place}`` at the start of one; ``{item}``/``{Item}`` likewise.

Tables keyed by tone have ``gentle`` (short, soft, reassuring), ``moderate`` and ``challenging``
(vivid, direct) entries. Every entry is finished British English in the worlds' voice: warm,
concrete, quiet.
"""

from __future__ import annotations

Table = tuple[str, ...]
ByTone = dict[str, Table]

# -- words the narrator reads ---------------------------------------------------------------------
PRONOUN_SETS: tuple[tuple[str, str, str], ...] = (  # subject, object, possessive
    ("she", "her", "her"),
    ("he", "him", "his"),
    ("they", "them", "their"),
    ("it", "it", "its"),
    ("xe", "xem", "xyr"),
    ("ze", "zir", "zir"),
    ("ze", "hir", "hir"),
    ("zie", "zir", "zir"),
    ("sie", "hir", "hir"),
    ("ey", "em", "eir"),
    ("e", "em", "eir"),
    ("fae", "faer", "faer"),
    ("ae", "aer", "aer"),
    ("ve", "ver", "vis"),
    ("per", "per", "per"),
    ("ne", "nem", "nir"),
)
SMALL_WORDS: Table = (  # not counted when matching topics to avoid against tags
    *("a", "an", "the", "of", "about", "and", "or", "in", "on", "at", "to", "with", "for"),
    *("from", "my", "any", "some", "very", "being", "things"),
)
NOT_NOUNS: Table = (  # the player's words that are no noun to repeat back ("any it", "any
    # me", "any it first", "any footnote goodnight"): a phrase with one of them is never quoted
    *("it", "its", "them", "her", "him", "this", "that", "these", "those", "they", "all"),
    *("everything", "something", "anything", "me", "myself", "us", "ourselves", "you"),
    *("yourself", "i", "first", "now", "later", "too", "again", "goodnight", "goodbye", "bye"),
)
STAIRS: Table = ("stairs", "stair", "steps", "ladder", "staircase")

# -- places: {place}, {Place}, {dir} --------------------------------------------------------------
OPENING: ByTone = {
    "gentle": (
        "Here you are, {name}: {place}. Take your time.",
        "{Place}, {name}. You have arrived, and that is enough for now.",
    ),
    "moderate": (
        "{Place}. This is where it starts, {name}.",
        "So it begins, {name}, at {place}.",
    ),
    "challenging": (
        "{Place}, {name}. Eyes open: this is where it starts.",
        "{Place}. Your story starts here, {name}, and it starts now.",
    ),
}

ARRIVE: ByTone = {  # plain: the facts carry it, so the same words on many moves go unnoticed
    "gentle": (
        "You go {dir}, to {place}.",
        "{Dir}, to {place}.",
        "You head {dir}, to {place}.",
    ),
    "moderate": (
        "You go {dir}, to {place}.",
        "You make your way {dir}, to {place}.",
        "A few steps {dir}, and you are at {place}.",
    ),
    "challenging": (
        "You head {dir} without a pause, straight to {place}.",
        "{Dir} you go, straight on and all the way to {place}.",
        "You push on {dir}, without stopping, all the way to {place}.",
    ),
}
#: The lead of a walk through other places in one go ("head back up to the lighthouse" from the
#: quay: newcomer corpus 31 met "A few steps north" for a walk across the whole village).
ARRIVE_FAR: Table = (
    "You walk the whole way: through {via}, and on to {place}.",
    "It's a fair walk: through {via}, and at last to {place}.",
)
ARRIVE_MOOD: ByTone = {  # a sentence after the lead on a first visit, one in 50 turns
    "gentle": (
        "No rush.",
        "Slowly does it.",
        "One step, then another.",
        "Take it at your own pace.",
    ),
    "moderate": ("You take it in as you go.", "It isn't far."),
    "challenging": ("Eyes open.", "No hanging about.", "You miss nothing on the way."),
}

LOOK: ByTone = {
    "gentle": (
        "You stand still. You look around {place}.",
        "You take a slow look around.",
        "You look around. Take your time.",
    ),
    "moderate": (
        "You look around {place}.",
        "You stop and take stock of {place}.",
        "You take another look about you.",
    ),
    "challenging": (
        "You look hard at {place}, missing nothing, every corner and every shadow.",
        "You scan {place} with sharp eyes, taking in everything at once.",
        "You take {place} in at a glance, then look again, properly this time.",
    ),
}

PLAIN_PLACE: Table = (  # instead of a description the player asked us to leave out
    "You keep your attention on what is close at hand.",
    "You take in only what you need: who is here, what is to hand, and the ways on.",
    "You keep it simple, and look only at what matters next.",
)

# -- people: {char} (full name), {first} (first name) ---------------------------------------------
PEOPLE: dict[str, Table] = {
    "upset": (
        "{char} is here, and plainly upset.",
        "{char} is here, keeping well away from you.",
    ),
    "wary": (
        "{char} is here, watching you warily.",
        "{char} is here, and not at all sure of you yet.",
    ),
    "neutral": (
        "{char} is here.",
        "{char} is here too, minding other things.",
    ),
    "warm": (
        "{char} is here, and looks glad to see you.",
        "{char} is here, and gives you a warm look.",
    ),
    "trusting": (
        "{char} is here, and brightens at the sight of you.",
        "{char} is here, easy in your company now.",
    ),
}

# several people at once, in one sentence: {first}{mood} and {second}{mood2} for two ({mood}:
# ", glad to see you" or ""), {list} for more ("Skipper, easy in your company now; Pip; and
# Maren Holt, glad to see you"); PEOPLE_MOOD says each one's mood ("" for no remark)
PEOPLE_PLAIN: Table = ("{char} is here.",)
"""Who is here when every line of their mood was told lately."""
PEOPLE_TWO: Table = ("{first} is here{mood}, and so is {second}{mood2}.",)
PEOPLE_MANY: Table = ("Here with you: {list}.", "You have company here: {list}.")
PEOPLE_MOOD: dict[str, Table] = {
    "upset": ("plainly upset", "keeping away from you"),
    "wary": ("watching you warily", "not sure of you yet"),
    "neutral": ("",),
    "warm": ("glad to see you", "with a warm look for you"),
    "trusting": ("easy in your company now", "brightening at the sight of you"),
}

GUIDE_GREETING: Table = (
    "'There {sub} {is},' says {first}, to nobody in particular. 'Hello again, {name}.'",
    "{first} looks up. 'Ah, {name}. Good to see you.'",
    "{first} catches your eye. 'Back again, {name}? Good.'",
    "{first} gives you a nod, as if you'd only stepped out a moment ago.",
    "'{name},' says {first}, pleased. 'Come in, come in.'",
)

MOOD: dict[str, Table] = {
    "upset": ("{first} is plainly upset, and keeps you at arm's length.",),
    "wary": ("{first} watches you warily.", "{first} is not at all sure of you yet."),
    "neutral": ("{first} meets your look without giving much away.",),
    "warm": ("{first} seems glad you're here.", "{first} looks at you kindly."),
    "trusting": ("{first} looks back at you with open trust.",),
}

ATTITUDE: dict[str, Table] = {  # a band's line for each value, from its lowest
    "trusting": (
        "Something settles between you and {first}: trust, plainly.",
        "{first} looks at you differently now, with real trust.",
    ),
    "warm": ("{first} warms to you a little.", "{first}'s guard comes down a notch."),
    "neutral": ("{first} seems a little less guarded.",),
    "wary": ("{first} keeps a careful distance.",),
    "upset": ("{first} is upset with you, for now.",),
}
#: Every wording of :data:`ATTITUDE` (same bands, same lengths): characters next to each other
#: in a world's list use different ones, so one line is not said of several characters.
ATTITUDES: tuple[dict[str, Table], ...] = (
    ATTITUDE,
    {
        "trusting": (
            "{first} is on your side now, and you both know it.",
            "{first} trusts you, and doesn't mind that it shows.",
        ),
        "warm": ("{first} seems easier with you than before.", "{first} softens towards you."),
        "neutral": ("{first} relaxes, a little.",),
        "wary": ("{first} draws back from you a step.",),
        "upset": ("{first} won't look at you just now.",),
    },
    {
        "trusting": (
            "{first} lets you all the way in: no more holding back.",
            "{first} counts you a friend now, plainly.",
        ),
        "warm": ("{first} thaws a little towards you.", "{first} is glad of you, it seems."),
        "neutral": ("{first} stops bracing against you.",),
        "wary": ("{first} is guarded with you again.",),
        "upset": ("{first} is hurt, and it shows.",),
    },
)

#: An animal's attitude, in what an animal does (never trust or friendship in words).
ANIMAL_ATTITUDE: dict[str, Table] = {
    "trusting": (
        "{first} seems to approve of you now.",
        "{first} seems entirely at ease with you now.",
    ),
    "warm": ("{first} seems to think better of you.", "{first} eyes you with less suspicion."),
    "neutral": ("{first} stops eyeing you quite so hard.",),
    "wary": ("{first} eyes you warily.",),
    "upset": ("{first} wants nothing to do with you for now.",),
}

# -- things and ways: {item}, {Item}, {list}, {exit}, {door}, {key} -------------------------------
ITEMS_HERE: Table = (
    "You notice {list} here.",
    "Here, too: {list}.",
    "Close by you can see {list}.",
    "Within reach: {list}.",
)

EXITS_ONE: Table = (
    "The way on is {exit}.",
    "From here, the one way on is {exit}.",
    "The only way on is {exit}.",
    "There is one way on from here: {exit}.",
)
EXITS_MANY: Table = (
    "From here you could go {list}.",
    "Ways on from here: {list}.",
    "You could go {list}.",
    "The ways on lead {list}.",
    "From here the ways go {list}.",
    "You could head {list}.",
    "The ways out of here go {list}.",
    "From here you might go {list}.",
)
EXITS_NONE: Table = ("There is no way on from here, not for now.",)
SHUT_DOOR: Table = (
    "The {door}, {exit}, is shut for now.",
    "The {door}, {exit}, stays shut for now.",
)
SHUT_WAY: Table = ("The way {exit} is closed for now.", "The way {exit} won't let you through yet.")

EXAMINE_ITEM: Table = (
    "You look closely at {item}.",
    "You take a closer look at {item}.",
    "You study {item} for a while.",
)
SELF_NAMED: Table = (  # after the look at yourself ("x me"): the player's character, named
    "You are {name} ({pronouns}), here and now, and that is enough to be going on with.",
    "{name} ({pronouns}): still you, whatever the night has asked of you so far.",
)
EXAMINE_PERSON: Table = (
    "You look at {char} properly.",
    "You take a moment to look at {char}.",
    "You study {char}, as politely as you can.",
)
PLAIN_ITEM: Table = ("You give {item} a brief look; that is all it needs.",)

TAKE: ByTone = {
    "gentle": (
        "You pick up {item}.",
        "You take {item} with you.",
        "You gather up {item}.",
        "You take {item}; it is easily carried.",
    ),
    "moderate": ("You pick up {item}.", "You take {item}.", "{Item} comes with you."),
    "challenging": (
        "You grab {item}.",
        "You take {item}. It might be just what you need.",
        "{Item} is yours now. You keep it close.",
    ),
}
DROP: Table = (
    "You put down {item}.",
    "You set {item} down here.",
    "You leave {item} here, where you can find it again.",
)
ITEMS_GAINED: Table = ("You now have {list}.", "Now you are carrying {list} as well.")
ITEM_PLACED: Table = ("{Item} is here now, within reach.", "{Item} lies here now, within reach.")
UNLOCKED: Table = (
    "The way {dir} at {place} is open now.",
    "At {place}, the way {dir} stands open now.",
)

INVENTORY: Table = (
    "You are carrying {list}.",
    "You check what you have with you: {list}.",
    "In your hands and pockets: {list}.",
)
INVENTORY_EMPTY: ByTone = {
    "gentle": (
        "Your hands are empty, and that's all right.",
        "You have nothing with you but yourself, and that is enough for now.",
    ),
    "moderate": ("Your hands are empty.", "You aren't carrying anything just now."),
    "challenging": ("Empty-handed. Time to change that.", "You carry nothing. Not yet."),
}

OPEN_DOOR: Table = ("You try {key} in the {door}.", "You fit {key} to the {door}.")
OPEN_LOCK: Table = ("You try {key} in the lock.", "You fit {key} to the lock.")
OPENED: Table = ("The lock gives. The way {dir} is open now.", "It opens: the way {dir} is clear.")
GIVE: Table = ("You hold out {item} to {first}.", "You offer {first} {item}.")
TALK_AGAIN: Table = (  # a character asked about what they have just told you
    "{first} has told you that already, and says so, kindly.",
    "'I told you that one,' says {first}, not unkindly.",
    "{first} smiles. 'You've heard that from me already.'",
)
DONE_AGAIN: Table = (  # an action done again, whose text was told lately
    "You do it again, and it goes much as it did before.",
    "Once more, the same as before.",
    "Again; nothing new comes of it, and that's fine.",
)
LOOK_WAY: Table = (  # "whats to the east?": {dir}, {Dir}, {through} (", through the door,"), {to}
    "You look {dir}. That way{through} lies {to}.",
    "{Dir}{through} lies {to}.",
)
LOOK_WAY_SHUT: Table = ("That way is shut for now.", "The way there is shut just now.")
LOOK_NO_WAY: Table = (  # no way goes {dir} from here
    "You look {dir}, but there's no way on in that direction from here.",
    "Nothing leads {dir} from here.",
)
THANKS_AGAIN: Table = (  # thanks (or an apology) to someone again, their answer told lately
    "{first} smiles at you, and the smile says it has all been heard, and gladly.",
    "{first} takes that in warmly, as glad of it as the first time.",
    "{first} gives you a nod and a warm look: you're welcome, it says, and always were.",
)
STILL_AGAIN: Table = (  # sitting or resting again, its line told lately
    "You sit a while longer. Nothing needs anything from you just now.",
    "You stay where you are, and let the quiet go on a little.",
    "A while longer, then. Being still is allowed.",
)
# the player's own words, quoted: {said} (with its closing punctuation), {first}
QUOTE_ASK: Table = (
    "You ask {first}: '{said}'",
    "You put it to {first}: '{said}'",
    "'{said}' you ask {first}.",
)
QUOTE_REPLY: Table = (
    "You tell {first}: '{said}'",
    "You say to {first}: '{said}'",
    "You say it to {first} plainly: '{said}'",
)
OFFTOPIC: Table = (  # a character answers with what is on their mind instead
    "{first} doesn't answer that, not directly.",
    "{first} nods, but something else has been waiting to be said.",
    "{first} half hears you; something else has been waiting its turn.",
    "{first} lets that go by for now, with something else to say first.",
    "{first} has an answer of sorts, though not to that.",
)
#: What a person shows they heard of several things said to them, before what is on their mind
#: (issue 14: "X half hears you" ignored a hello, a name, an offer and a worry together): a
#: pattern of the player's words (lower case) and the phrase, in the order they are said.
HEARD: dict[str, tuple[str, str]] = {
    "greeting": (  # "how are you?" said in passing is a hello, not worry (play 34)
        r"(?:^|[.!?] |, )(?:hi|hello|hey|hiya|heya|howdy|hullo|yo|g'?day|alright\?"
        r"|(?:good )?(?:evening|morning|afternoon)|how are you(?: doing| today)?(?! feel| hold)"
        r"|how's it going|how do you do)(?=\W|$)",
        "returns your hello with a glance",
    ),
    "name": (  # the name said back ("i am tomasz": they were never heard by it, newcomer 29)
        r"\b(?:i'?m|im|i am|my name is|my name's|call me)\b",
        "says your name, '{Name}', as if to keep it",
    ),
    "thanks": (
        r"\b(?:thank you|thank u|thanks|thanx|thx|ty|cheers)\b",
        "takes your thanks with a small nod",
    ),
    "offer": (
        r"\b(?:do you want|would you like|want some|can i get you|here,? have|i brought you"
        r"|i've brought|this is for you)\b",
        "sees what you're offering",
    ),
    "worry": (
        r"\b(?:are you (?:ok|okay|alright|all right|cold|hurt|well|sure)|you look (?:cold|worried"
        r"|sad|tired|upset|frozen|scared|lost|pale|busy)|how are you (?:feeling|holding up)"
        r"|you ok)\b",
        "hears the worry in your voice",
    ),
    "question": (r"\?", "hears your question"),
    "shared": (
        r"\b(?:i feel|i felt|i was|i've been|i have been|i know|i think i|i used to|since i"
        r"|some mornings|a little voice|my friends|my family)\b",
        "listens to all of it, and nods slowly",
    ),
}
#: Ways a person shows they heard a hello, for :data:`HEARD`'s "greeting": each character of
#: a world starts at their own (newcomer 20 met "returns your hello with a glance" for five).
GREETED: Table = (
    "returns your hello with a glance",
    "nods a hello back",
    "answers your hello with a small lift of the chin",
    "says a quiet hello back",
    "meets your hello with a brief, careful look",
    "gives you the smallest of hellos",
    "says hello back, warmly enough",
)
HEARD_THEN: Table = (  # {heard}: what of it they show they heard
    "{first} {heard}. But something else has been waiting, and it comes out first.",
    "{first} {heard}, though what comes out first is something else.",
    "{first} {heard}. Something else needs saying first, though.",
)
TALK_NOTHING_NEW: Table = (  # every line of a character's was told lately
    "{first} listens, and thinks about it, but has nothing to add just now.",
    "{first} hears you out, but there is nothing more to tell.",
    "{first} takes that in, and lets it settle, and says nothing more just now.",
)
REPLY_HEARD: Table = (
    "{first} takes that in, quietly.",
    "{first} hears you, and is quiet for a moment.",
)
THANKED: Table = (  # the player thanks a character (the world gives no line)
    "{first} waves the thanks away, pleased all the same.",
    "'Any time,' says {first}, and means it.",
    "{first} smiles. 'You're welcome.'",
)
APOLOGY: Table = (
    "'No need for that,' says {first}. 'Really.'",
    "{first} shakes off the apology kindly. 'We're all right.'",
)
KINDNESS: Table = (
    "{first} takes that in, and something in {first}'s face eases.",
    "{first} is quiet a moment. 'Thank you. I needed that.'",
)
FEELING_TOLD: Table = (
    "{first} listens properly, all of it. 'Course you're {feeling}. Anyone would be, in your"
    " shoes. It's nothing to be ashamed of.'",  # not "Doesn't mean you can't, though.": can't
    # what? (newcomers 16 and the corpus-29 player read it as a sentence broken off)
    "{first} nods slowly. 'Thank you for telling me. Being {feeling} is allowed; it's lighter said"
    " out loud.'",
    "{first} doesn't hurry to fix it. 'I'm glad you said. Feeling {feeling} is a lot to carry"
    " about on your own.'",
    "{first} stays beside you a while, saying nothing much, which turns out to be the right"
    " amount. 'You don't have to be anything else tonight,' {first} says at last.",
)
SHARED_TOLD: Table = (  # the player knows the feeling too ("same here", "been there")
    "{first} looks at you properly, as if seeing you for the first time. 'You too, then,'"
    " {first} says quietly. 'Thank you for saying.'",
    "{first} is quiet a moment. 'It helps, knowing it's not only me,' {first} says. 'It does.'",
    "{first} nods slowly, and something in {first}'s face eases. 'Then you know,' is all"
    " {first} says, and it is enough.",
)
LIFE_TOLD: Table = (  # something of the player's own life, told in passing ("my mum make tea
    # like this", "i'll phone my mum tomorrow"), with nothing of theirs to answer it
    "{first} smiles at that, properly, all the way up to the eyes. 'Is that right? I like"
    " knowing that about you,' {first} says.",
    "{first} listens to all of it and nods. 'That's a good thing to carry about with you,'"
    " {first} says. 'Thank you for telling me.'",
    "{first} takes that in, warmly. 'Go on, then,' {first} says. 'I'm listening, whenever"
    " you want to say more.'",
)
PROUD_TOLD: Table = (  # the player is proud of themselves ("i'm proud of myself for coming out")
    "{first}'s face creases into a proper smile. 'So you should be,' {first} says, and means"
    " it. 'Hold on to that. Not everybody lets themselves feel it.'",
    "'Good,' says {first}, warmly. 'Quite right too. Don't let anybody talk you out of it,"
    " least of all yourself.'",
    "{first} looks at you with real pleasure. 'That's worth saying out loud,' {first} says."
    " 'Say it again some night when it's harder to.'",
)
RELIEF_SHARED: Table = (  # relief said aloud ("thank God", "phew") with someone here to hear it
    "{first} lets out a breath too, and smiles. 'There now,' {first} says. 'Let it go out of you.'",
    "{first} nods, and some of the worry goes out of {first}'s shoulders as well. 'You and me"
    " both.'",
    "'I know,' says {first} softly. 'It's allowed to feel better. Take a minute with it.'",
)
TEARS_SHARED: Table = (  # the player cries ("cry", "i start to cry") with someone here
    "{first} doesn't say anything for a while. A clean handkerchief finds its way to your hand,"
    " and {first} stays, unhurried, until the worst of it has passed.",
    "{first} sits with you and lets you cry, the way you would let rain fall. 'That's it,'"
    " {first} says quietly, after a while. 'Better out.'",
)
DISCLOSED: Table = (  # something personal and hard told ("my dad has dementia", "im a rubbish
    # son"): heard kindly, whoever hears it (newcomer corpus 25)
    "{first} goes quiet and listens to all of it. 'That's a hard thing to carry,' {first} says"
    " gently. 'Thank you for telling me.'",
    "{first} doesn't reach for anything clever. 'I'm sorry,' {first} says, and means it. 'It"
    " sounds like you're doing more than you give yourself credit for.'",
    "{first} sets everything else aside for a moment. 'That's heavy,' {first} says. 'You"
    " don't have to carry it tidily. Not in here.'",
    "{first} nods slowly. 'People who are as hard on themselves as that,' {first} says, 'are"
    " usually the ones who care the most. I'm glad you said it out loud.'",
)
DISCLOSED_ALONE: Table = (  # the same, with no one here to hear it
    "You say it out loud, to the quiet. It is a heavy thing to carry, and said, it weighs a"
    " little less.",
    "The words hang in the air a moment. Nobody here to hear them, but they were worth saying:"
    " a hard thing named is a little easier to hold.",
)
WELLBEING: Table = (
    "'Oh, getting by,' says {first}. 'Kind of you to ask. Not many do.'",
    "{first} thinks about it, then smiles. 'Better for being asked.'",
)
GOODBYE: Table = (  # the player takes their leave of a character (the world gives no line)
    "{first} lifts a hand. 'Mind how you go.'",
    "'Go on, then,' says {first}. 'You know where I am.'",
    "{first} nods you on your way.",
    "'See you,' says {first}.",
)
PERSONAL: Table = (  # a personal question ("what's your name?"), the world giving no line
    "'Call me {first},' comes the answer, with a smile. 'The rest is a longer story. Another "
    "night, maybe.'",
    "'Me? {first}. That's most of it, really.' A small smile: it's nice to be asked.",
)
FAMILY: Table = (  # a question about their family ("do you have family?"), the world giving no line
    "{first} smiles, a little surprised to be asked. 'Family? Some near, some far, some gone."
    " The ones who matter know who they are.'",
    "'Oh, there are people,' says {first}. 'There are always people. Kind of you to ask.'",
)
FAMILY_AGAIN: Table = (  # asked about their family again, their own answer told already
    "{first} smiles. 'You've had the family history from me already. But it's nice to be"
    " asked twice.'",
    "'Same lot as before,' says {first}, fondly. 'They'd be pleased you asked after them.'",
)
INVITED: Table = (  # an invitation ("want to get a coffee?"), the world giving no line
    "{first} looks up, surprised, and then pleased. 'I'd like that. Once all this is done.'",
    "'Go on, then,' says {first}, and means it. 'When things are quieter.'",
)
HELLO_BACK: Table = (  # a hello with nothing new to say to it (after the ending, say): a hello back
    "{first} looks up and smiles. 'Hello again. Pull up a chair, if you like.'",
    "'There you are,' says {first}, warmly. 'Good to see you.'",
    "{first} lifts a hand in greeting. 'Hello, you.'",
)
ANSWER_HEARD: Table = (  # the player's answer to a question of a character's own (the world giving
    # no ``heard`` line): taken in, kindly, and nothing asked again
    "{first} takes that in with a nod. 'Well, you're here now,' {first} says. 'That's what"
    " counts tonight.'",
    "'Is that right?' {first} looks pleased to know it. 'Thank you for telling me.'",
)
COPING: Table = (  # "how do you cope when ...?", the world giving no line
    "{first} thinks about it honestly before answering. 'Small things, one at a time. And "
    "letting someone know. That helps more than I ever expect it to.'",
    "'Some days better than others,' says {first}, quietly. 'I talk to someone. I keep my "
    "hands busy. Thank you for asking. Not many do.'",
)
DECLINED: Table = (
    "'Fair enough,' says {first}. 'The offer stands, if you change your mind.'",
    "{first} nods. 'Your way, then. You know where I am.'",
)
UNKINDNESS: Table = (
    "{first} flinches, just slightly, and says nothing.",
    "{first} looks away. The words sit there between you.",
)
ANSWER: dict[str, Table] = {  # "where is X?" / "who is X?", answered from the world as it is
    "self": (
        "{first} almost smiles. 'Right here in front of you. I'm {subject}.'",
        "'That's me,' says {first}. '{subject}.'",
    ),
    "here": (
        "{first} nods towards {subject}. 'Right here.'",
        "'Right here,' says {first}, with a glance at {subject}.",
    ),
    "held": (
        "'You've got {subject} with you,' says {first}.",
        "{first} nods at your hands. 'You're carrying {subject}.'",
    ),
    "held_by_speaker": (
        "'I've got {subject} right here,' says {first}.",
        "{first} pats a pocket. '{Subject}? Here, with me.'",
    ),
    "holder": (
        "'{holder} has {subject},' says {first}.",
        "'Ask {holder},' says {first}. '{Subject} is with {holder}.'",
    ),
    "at": (
        "'{Subject}? At {place},' says {first}. '{route}'",
        "'You'll find {subject} at {place},' says {first}. '{route}'",
        "{first} thinks. '{Subject}? At {place}, last I knew. {route}'",
    ),
    "place": (
        "'{Subject}?' says {first}. '{route}'",
        "{first} points the way. '{Subject}? {route}'",
    ),
    "unknown": (
        "{first} thinks about it. 'Couldn't tell you where {subject} is.'",
        "'No idea where {subject} is,' says {first}. 'Sorry.'",
    ),
}
ANSWER["who"] = ("'{Subject}?' says {first}. '{role}'",)  # "who's bastian?": their role

# an animal is asked or told something: it never answers in speech. {kind}: "cat", "dog".
# The way is shown, not said (the lead looks towards {dir}, the first step), and the facts
# are the narrator's own.
ANIMAL_POINTS: Table = (
    "{first} says nothing, being a {kind}, but looks towards the way {dir}, as if it were obvious.",
    "{first} flicks an ear towards the way {dir}, and that is all the answer a {kind} gives.",
    "{first} turns towards the way {dir}, then looks back at you, unimpressed.",
)
ANIMAL_BLINKS: Table = (
    "{first} only blinks at you, the way a {kind} answers questions.",
    "{first} gives you a long look and no answer. {Kind}s don't.",
    "{first} hears you out, ears turned your way, and leaves the rest to you.",
)
ANIMAL_FACT: dict[str, str] = {  # after the animal's look: what the player can see for themselves
    "self": "",
    "who": "",
    "here": "{Subject} is right here.",
    "held": "You have {subject} with you.",
    "held_by_speaker": "{first} has {subject}, and shows no sign of giving it up.",
    "holder": "{holder} has {subject}.",
    "at": "{Subject} is at {place}. {route}",
    "place": "{route}",
    "unknown": "",
}
ANIMAL_MANNERS: dict[str, Table] = {  # the plain lines for an animal a world gives no text for
    "talk.thanks": (
        "{first} blinks slowly at you, which may be a {kind}'s way of saying you're welcome.",
        "{first} takes your thanks as no more than a {kind}'s due.",
    ),
    "talk.sorry": (
        "{first} looks at you without a grudge. Whatever it was, a {kind} has let it go.",
        "{first} gives a shake, and that is the end of it, as far as any {kind} is concerned.",
    ),
    "talk.kindness": (
        "{first}'s ears lift a little at the tone of your voice.",
        "{first} can't follow the words, but the tone of them gets through.",
    ),
    "talk.unkindness": (
        "{first}'s ears go flat at the tone of your voice.",
        "{first} shrinks from the tone, if not the words.",
    ),
    "talk.goodbye": (
        "{first} watches you go, the way a {kind} does, in case you change your mind.",
        "{first} gives you a look that might, in a {kind}, mean goodbye.",
    ),
    "talk.declined": (
        "{first} watches you decide, unbothered either way, the way a {kind} is.",
        "{first} has no opinion on that, or none a {kind} would share.",
    ),
    "talk.feeling": (
        "{first} can't answer that, being a {kind}, but stays close while you say it, and it"
        " helps, a little.",
        "{first} looks at you a long moment. Said out loud, even to a {kind}, being {feeling}"
        " weighs a little less.",
    ),
    "talk.disclosed": (
        "{first} can't follow the words, being a {kind}, but comes close while you say them.",
        "{first} stays beside you, warm and patient, the way a {kind} does when something is"
        " heavy.",
    ),
    "talk.relief": (
        "{first} shakes out a long breath with you, and the tail goes, the way a {kind}'s"
        " does when a room eases.",
        "{first} looks up at you, easier now too, in the way of a {kind}.",
    ),
    "talk.tears": (
        "{first} comes and leans against you, warm and solid, while the tears come, the way a"
        " {kind} does.",
        "{first} stays close and quiet, the way a {kind} does when someone is sad.",
    ),
    "talk.proud": (
        "{first} looks up at you, bright-eyed, as pleased as a {kind} can be.",
        "{first} leans into you, warm and approving, in the way of a {kind}.",
    ),
    "talk.life": (
        "{first} listens with an ear turned your way, the way a {kind} does.",
        "{first} watches your face while you talk, patient as only a {kind} can be.",
    ),
    "talk.shared": (
        "{first} leans against your leg, the way a {kind} does with someone who knows.",
        "{first} looks up at you, and stays close, in the way of a {kind}.",
    ),
    "talk.reply": (
        "{first} listens, ears turned towards you, the way a {kind} does.",
        "{first} hears you out, in the way of a {kind}, and that is all.",
    ),
}
ANIMAL_AGAIN: Table = (  # a topic of an animal's asked for again, told lately
    "{first} has heard all that from you already, and blinks at you, patient.",
    "{first} gives you the same look as before; nothing new there.",
)
ANIMAL_NOTHING_NEW: Table = ANIMAL_MANNERS["talk.reply"]
ANIMAL_OFFTOPIC: Table = (
    "{first} can't answer that, being a {kind}, and has other things in mind.",
    "{first} doesn't follow, being a {kind}; something else has caught a {kind}'s attention.",
)

ROUTE_SHUT: Table = ("The way there's shut just now.", "You can't get there from here just now.")
# A way is said from where the player is, and "from here" opens it: "It's out to the Quay, then
# north to Chapel Street, then up from here" read as "up from Chapel Street" (newcomer 16).
ROUTE_SHUT_AT: Table = (
    "From here it's {steps}, but {door} is shut just now.",
    "Go {steps}; only {door}'s shut just now.",
)
ROUTE_SHUT_ON: Table = ("From here it's {steps}, but the way's shut just now.",)
ROUTE: Table = ("From here: {steps}.", "Go {steps}.", "From here it's {steps}.")
ROUTE_FURTHER: Table = ("From here: {steps}, and on from there.", "Go {steps}, and keep on.")
TALK_DEFAULT: Table = (
    "You talk with {first} a while.",
    "You try a few words with {first}.",
    "You turn to {first}.",
)

WAIT: ByTone = {
    "gentle": (
        "You wait a little. There's no hurry.",
        "You let a minute go by. Nothing asks anything of you.",
        "You stay still and breathe. Time passes, gently.",
    ),
    "moderate": (
        "You wait a while.",
        "Time passes, quietly.",
        "You stand a moment and let the time go by.",
    ),
    "challenging": (
        "You wait, and the moment stretches.",
        "You hold still. Time moves; you don't.",
        "You wait, watching, ready.",
    ),
}

HELP_HERE: Table = (  # the guide is in the room; the world's sayings come first (SAYING_HERE)
    "'Stuck, {name}?' says {first}. 'Here's what I'd do.'",
    "{first} leans closer. 'Listen, {name}.'",
    "{first} gives it a moment's thought. 'Right, {name}.'",
    "{first} considers. 'Try this.'",
    "'Here's a thought,' says {first}.",
)
#: A hint's lead quoting one of the guide's own sayings (``[guide] sayings``), {saying}: in the
#: room, and remembered (newcomer 20 met "One thing at a time" and "Small steps. They add up."
#: in both worlds' hints).
SAYING_HERE: Table = ("{first} sees you hesitating. '{saying}'",)
SAYING_AWAY: Table = (
    "You can almost hear {guide}: '{saying}'",
    "{guide}'s voice comes back to you: '{saying}'",
)
HELP_AWAY: Table = (
    "You remember how {guide} would put it: plainly, and without fuss.",
    "You think of {guide}, and what {guide} told you.",
    "What would {guide} say? Something plain, probably.",
    "You go over it the way {guide} would, one piece at a time.",
    "You turn it over the way {guide} taught you: what's in front of you first.",
)
HELP_ALONE: Table = (  # the guide not met yet: nobody named; no line a guide's lead repeats
    "One thing at a time, {name}.",
    "Go steady, {name}, and go in order.",
    "Here is a thought, {name}.",
    "Start with what is nearest, {name}.",
)
HELP_DONE: Table = (
    "The story has found its ending, {name}: it is finished, and nothing more needs doing. You "
    "can still wander and talk with anyone you find, type score to see what you practised, or "
    "restart to play it again from the beginning.",
)

UNKIND_REPLY: Table = (
    "The words come out sharp, and {item} takes them in without softening at all; they were "
    "what it expected. That's allowed. When you're ready, you could answer it again, the way "
    "you would answer a friend who felt like this.",
    "{Item} stays just as it was: sharp words only feed it. No harm done. You could try again, "
    "gently, the way you'd speak to a friend who said this of themselves.",
)
"""Unkind words where a moment asks for a kind reply or a reframe: heard, not accepted, no
shame (``use.unkind`` / ``verb.unkind``)."""
AGREED_REPLY: Table = (
    "It's hard not to believe words like these, and {item} seems to settle into them. Nothing "
    "is spoiled. If a friend said this of themselves, would you tell them they "
    "were right? You could answer it that way.",
    "It's easy to nod along when a voice sounds this sure of itself. {Item} waits, still warm "
    "at the edge; there's no hurry. What would you say to a friend who read this out about "
    "themselves?",
    "You hear yourself agree, and it doesn't bring much relief. That's all right; nothing is "
    "lost, and {item} can wait. If these words were a friend's, what would you tell them "
    "instead?",
)
"""Agreeing with the harsh words where a moment asks for a kind reply or a reframe (``use.agreed``
/ ``verb.agreed``): heard, not accepted, no lecture."""
DOUBTED_REPLY: Table = (
    "You hear yourself say it, and that is allowed: feeling lost or unsure is not the same as "
    "what {item} says about you. It can wait. If a friend told you this about themselves, "
    "what would you want them to hear?",
    "That's honest, and it's enough for now. {Item} doesn't get the last word on who you are. "
    "When you're ready, you could answer it the way you'd answer a friend who felt like this.",
)
"""Sad or unsure words of oneself where a moment asks for a kind reply or a reframe
(``use.doubted`` / ``verb.doubted``): heard gently, never agreeing with the harsh words."""
ASKED_NAME: Table = (
    "Its name as a feeling, not as a thing: if what you see here were happening in you, "
    "what would you call it? Look at it squarely and say it in a word or two, 'this is "
    "anger' or 'it feels like fear'. Whatever fits is right.",
    "Not the name on a label: the feeling in it. Watch it a moment and ask what it would "
    "be if it were inside you. Angry? Afraid? Sad? Say the one that fits, in your own words.",
)
"""A question back where a moment asks the player to name a feeling ("call it by its name?
what name?", ``use.asked`` / ``verb.asked``): what is meant, said plainly; nothing named."""

# -- refusals: {thing} (a name, or "any ..." from the player's words, or "that") ------------------
REFUSE: dict[str, Table] = {
    "go.where": ("Which way, though?", "You hesitate: which way?"),
    "go.no_exit": ("There's no way {dir} from here.", "Nothing leads {dir} from here."),
    "go.nowhere": (
        "You can't get there from here, not directly.",
        "No path leads there from here.",
    ),
    "go.blocked": ("You try the way {dir}, but it's shut for now.",),
    "examine.not_here": ("There's no sign of {thing} here.", "You can't find {thing} here."),
    "take.what": ("You reach out, then stop. Take what, exactly?", "Your hands hover. Take what?"),
    "take.already_held": ("You already have {item}.", "{Item} is already with you."),
    "take.fixed": ("{Item} stays where it is.", "{Item} isn't going anywhere."),
    "take.theirs": (
        "{holder} is holding {item}; it isn't yours to take.",
        "{Item} is with {holder}, and can stay there unless it's offered.",
    ),
    "take.not_here": ("There's no sign of {thing} here.", "You can't find {thing} here."),
    "take.person": (
        "{first} is not yours to carry off; a kind word will do more.",
        "You can't just scoop up {first}. Talk to them instead.",
    ),
    "drop.not_held": ("You aren't carrying {thing}.", "You don't have {thing} with you."),
    "use.unkind": UNKIND_REPLY,
    "use.agreed": AGREED_REPLY,
    "verb.agreed": AGREED_REPLY,
    "use.doubted": DOUBTED_REPLY,
    "verb.doubted": DOUBTED_REPLY,
    "verb.unkind": UNKIND_REPLY,
    "use.asked": ASKED_NAME,
    "verb.asked": ASKED_NAME,
    "use.blocked": ("Not yet. Something else has to come first.", "Not yet. It isn't the moment."),
    "use.nothing": (
        "You try {item}, but nothing comes of it here.",
        "{Item} doesn't do anything useful just here.",
    ),
    "use.not_here": (
        "You don't have {thing} to hand.",
        "You reach for {thing}, but it isn't within reach.",
    ),
    "open.already_open": ("It's already open.", "It stands open already."),
    "open.locked": ("It's locked.", "It's locked fast."),
    "open.blocked": ("It won't open, not yet.", "It stays shut for now."),
    "open.nothing": (
        "There's nothing here to open.",
        "You look for something to open, but there's nothing.",
    ),
    "talk.blocked": ("{first} isn't ready to talk about that yet.",),
    "talk.behind": (  # called through a shut door to someone just behind it
        "You call to {first} through {door}. Someone stirs on the other side, but the door"
        " stays shut.",
        "You call {first}'s name through {door}. Something shifts inside, but the door stays shut.",
    ),
    "talk.unanswered": (  # a second question of one input that their answer leaves aside
        "{first} answers one of your questions and lets the other go by, for now.",
        "That is all {first} says; your other question goes unanswered just now.",
    ),
    "talk.absent": ("{first} isn't here.", "There's no sign of {first} here just now."),
    "talk.called": (  # an animal called from somewhere else: it does not come
        "You call for {first}. No {kind} comes; wherever {first} is, your voice doesn't reach.",
        "You call {first}'s name and wait. No {kind} comes. {First} must be somewhere else.",
    ),
    "talk.nobody": (
        "There's no one here to talk to.",
        "You speak, but there's no one here to hear it.",
    ),
    "give.declined": ("{first} doesn't take {item}.", "{first} won't take {item}, not now."),
    "give.blocked": ("{first} isn't ready for that yet.",),
    "give.not_held": ("You aren't carrying {thing}.", "You don't have {thing} with you."),
    "give.nobody": ("There's no one here to give it to.", "There's no one here to offer it to."),
    "give.whom": (
        "Who is {item} for: {choices}?",
        "You hold out {item}. For whom, though: {choices}?",
    ),
    "verb.blocked": ("Not here, not yet.", "It isn't the time or the place for that."),
    "verb.unknown": (
        "You think about it, but it doesn't fit here.",
        "That doesn't seem to belong to this place.",
    ),
}
TALK_BLOCKED_AGAIN: Table = (  # a person's refusal told lately, and none of their lines fresh
    "{first} lets that pass, for now.",
    "{first} doesn't take that up, not yet.",
    "{first} has nothing more to say to that just now.",
)
TAKEN_BACK: Table = (  # "wait thats not what i meant", with no one here being spoken with
    "Sorry, I took that the wrong way. What did you mean? Say it another way (undo takes back"
    " the last turn).",
    "My mistake: that wasn't what you meant. Tell me again in other words (undo takes back the"
    " last turn).",
)
TAKEN_BACK_TO: Table = (  # the same while someone here is being spoken with
    "You take it back. {first} waits to hear what you meant.",
    "You shake your head: that isn't what you meant. {first} waits for you to say it again.",
)
REFUSE_AGAIN: dict[str, Table] = {  # once the REFUSE lines of a once-per-story key are told
    "talk.nobody": ("No one answers.", "Only the quiet answers.", "Nobody is here to answer."),
}
REFUSED_BEFORE: Table = (  # after a refusal whose in-fiction text was told lately
    "Nothing has changed there since you last tried.",
    "It's no different from last time.",
    "Same as before: not yet.",
)
REFUSE_WAYS: Table = ("You could go {list}.", "The ways open to you are {list}.")
REFUSE_ANY: Table = ("Nothing comes of that, not just now.", "It isn't the moment for that.")
PLAIN_REFUSE: Table = (  # instead of an in-fiction refusal the player asked us to leave out
    "Not yet. Something else needs to come first.",
    "That isn't open to you just yet.",
)
NUDGE_ALONE: Table = ("When you're unsure what to try, you only have to ask for help.",)
GUIDE_NUDGE: Table = ("{Guide} would know what to try next; you only have to ask for help.",)
#: Instead of the nudge to ask for help, once the story has ended (newcomer corpus 31: "Rue
#: would know what to try next" after the ending, then "ask rue for help": nothing to do).
ENDED_NUDGE: Table = (
    "The story itself is finished: you can still wander and talk, or type restart to begin "
    "it again.",
)
COMFORT: ByTone = {
    "gentle": (
        "That's all right.",
        "No harm in trying.",
        "Nothing is lost.",
        "It was worth a try.",
        "Plenty of time for another way.",
    ),
    "moderate": (),
    "challenging": ("Try another way.", "Think again, and come at it differently."),
}

NOT_UNDERSTOOD: ByTone = {
    "gentle": (
        "That one slips away before it can take shape. That's all right.",
        "The words drift off, and nothing here answers them. No matter.",
    ),
    "moderate": (
        "The words hang in the air, and nothing answers them.",
        "You turn the thought over, but it finds no hold here.",
    ),
    "challenging": (
        "Nothing here answers to that.",
        "That gets you nowhere. Pick something plain and do it.",
    ),
}
# {feeling}, {Feeling}: the feelings the player named ("anxious", "tired and low"), when
# nothing else in the turn could be played.
FEELING_HARD: ByTone = {
    "gentle": (
        "You notice the feeling and give it its name: {feeling}. That is worth doing; a named "
        "feeling is easier to carry, and it does not have to be fixed right now.",
        "{Feeling}. You let the word be true for a moment, without arguing with it. Feelings "
        "like that pass through, even when they do not seem to.",
        "You say it to the quiet: {feeling}. Nothing here needs anything from you just now; the "
        "place lets you be as you are.",
    ),
    "moderate": (
        "You name it: {feeling}. Naming a feeling gives you a little room around it.",
        "{Feeling}, then. You notice where it sits in you, and let it sit.",
        "You put a word to it, {feeling}, and the word is heard, even with no one here.",
    ),
    "challenging": (
        "{Feeling}. You name it plainly, and it loosens its grip a notch. Now: what will you "
        "do while it is here?",
        "You call it what it is: {feeling}. It is real, and it is not the whole of you.",
    ),
}
THOUGHT_OF_SOMEONE: Table = (  # "i think about mum. her terrible jokes", no one here to hear
    "You let them come to mind for a moment: the small, particular things, the voice, the way"
    " they laugh. The people you carry come with you, even here, and it is good to hold them.",
    "For a little while you keep them with you in your head, just as they are. Thinking of"
    " someone you love is a kind of company, and no place is too far for it.",
)
RELIEF_ALONE: Table = (  # "thank God", "phew", with no one here to say it to
    "The breath goes out of you all at once, and you let it. Relief is worth stopping for: a"
    " moment to notice that something has eased.",
    "You say it to the quiet, and mean it. Something has loosened in you; let it stay loose a"
    " while.",
)
TEARS_ALONE: Table = (  # "cry", "I start to cry", with no one here
    "You let the tears come. Nothing here needs you to stop, and nothing needs doing while"
    " they fall. After a while your breathing finds its own way back.",
    "You cry for a while, quietly, and the place lets you. Tears are not a thing going wrong;"
    " they are something being carried, for a moment, in the open.",
)
LETTER_WRITTEN: Table = (  # a letter to someone away ("write a letter to Declan with the pen"):
    # {who}, as the player named them; {said}: their words quoted, or nothing
    "You find a clean sheet and write to {who}.{said} There is no post from here, and no need"
    " of one: the letter is written, and it is yours to keep.",
    "You sit a while and write to {who}, slowly, the way you would talk if they were across the"
    " table.{said} When you have finished you fold it once and keep it close.",
)
LETTER_PEN: Table = (  # the same, written with a pen the player holds ("with the pen")
    "{Pen} takes every word without a blot.",
    "{Pen} moves easily; nothing you write to {who} needs crossing out.",
)
RECOGNISED_ALONE: Table = (  # "same here", "been there", with no one here to say it to
    "You know that feeling from the inside, and for a moment you let yourself know it. There is"
    " nothing to do about it just now; knowing it is enough.",
    "You have been there too. The thought sits with you a while, and it is not so heavy for"
    " being said.",
)
FEELING_EASY: ByTone = {
    "gentle": (
        "{Feeling}. That is good to notice. Hold on to what helped, if you can tell what it was.",
    ),
    "moderate": ("{Feeling}. Worth a moment: notice what brought you here.",),
    "challenging": ("{Feeling}. Good. Remember how you got here; you may need the way again.",),
}
SUGGEST: Table = (
    "Here at {place} you could {list}.",
    "You might {list}.",
    "If you're unsure, you could {list}.",
)

# -- the story moving: {skill}, {Skill}, {gloss} --------------------------------------------------
PLAIN_DONE: Table = ("It's done, simply and without fuss.", "You do it, and that is that.")

SKILL_ACK: ByTone = {  # the first time a skill is practised: the story's first skills each
    # in another frame, in order (newcomer corpus 29 met "That was ...: ..." skill after skill)
    "gentle": (
        "That was {skill}: {gloss}.",
        "You've just practised {skill}: {gloss}.",
        "There's a name for what you just did: {skill}. {Gloss}.",
        "{Skill}, that was, though nobody needs to call it anything: {gloss}.",
        "Without making a fuss of it, you've done some {skill}: {gloss}.",
    ),
    "moderate": (
        "That was {skill}: {gloss}.",
        "Quietly, you've practised {skill}: {gloss}.",
        "What you just did has a name: {skill}. {Gloss}.",
        "Call that {skill}: {gloss}.",
        "A piece of {skill}, there: {gloss}.",
    ),
    "challenging": (
        "{Skill}: {gloss}. You did that.",
        "That's {skill}: {gloss}.",
        "{Skill}. {Gloss}. Done.",
        "You just used {skill}: {gloss}.",
        "Mark that down as {skill}: {gloss}.",
    ),
}
SKILL_AGAIN: ByTone = {  # later times, short (and only now and then)
    "gentle": ("{Skill} again.", "A little more {skill}.", "It comes easier each time."),
    "moderate": ("More {skill}.", "{Skill} again.", "It's getting familiar."),
    "challenging": ("{Skill} again.", "Stronger for it.", "More {skill}, done."),
}
GUIDE_PRAISE: Table = (  # the guide's words of the player, in the third person, named first
    # so "she" is clear; the narrator's own words say "you" (newcomer corpus 28 read "Dev is
    # getting the hang of this, whether he knows it or not" as patronising)
    "'Look at {name},' {guide} would say. '{Sub_is} getting the hang of this.'",
    "'That's {name} for you,' {guide} would say. '{Sub} just get{s} on with it.'",
    "Somewhere, {guide} would be nodding. '{name} has the knack of this,' {guide} would say.",
    "'{name} is finding {pos} way,' {guide} would say, 'one step at a time.'",
    "'I knew {name} would manage,' {guide} would say, to no one in particular.",
    "{guide} would call that a good evening's work, and mean it.",
    "If {guide} were here, there would be a nod in it, and maybe a biscuit.",
)
GUIDE_PRAISE_HERE: Table = (  # the guide is in the room: no "would say"
    "{Guide} gives you a small nod.",
    "{Guide} catches your eye, and looks pleased.",
)
STEP_ASIDE_HERE: Table = (
    "{Guide} catches your eye, and nods once.",
    "'Well,' says {Guide} quietly. 'Look at that.'",
)
STEP_ASIDE: Table = (  # likewise
    "It's the kind of moment worth keeping.",
    "'{name} has found {pos} feet,' {guide} would say, 'whatever {sub} think{s}.'",
    "'{name} is doing well,' {guide} would say. 'Better than {sub} think{s}.'",
    "You were a help just then, and you're getting steadier.",
    "Somewhere, {guide} would be smiling about this, and not hiding it.",
    "One more thing done, and done kindly. {guide} would notice.",
)
SOFT_INVITE: Table = (
    "This might be a good place for a little {skill}: {gloss}.",
    "There is room here for {skill}, if you want it: {gloss}.",
)
ENDING_CLOSE: ByTone = {
    "gentle": (
        "That is the end of this story, {name}. You are welcome to stay as long as you like.",
        "And that is where this story ends, {name}. Stay a while, if you like; there's no hurry.",
        "The story is done, {name}. Nobody will mind if you linger.",
    ),
    "moderate": (
        "The story has come to its end, {name}. You can stay and wander as long as you like.",
    ),
    "challenging": ("That's the story, {name}. You saw it through.",),
}

#: The skills each goal's lines speak to: a goal's line follows only a skill it fits (the
#: anxious player who names anger in the Ember Library hears nothing about worry).
GOAL_SKILLS: dict[str, frozenset[str]] = {
    "managing_anxiety": frozenset(
        {"grounding", "slow_breathing", "reframing", "pacing", "asking_for_help"}
    ),
    "building_confidence": frozenset(
        {"pacing", "asking_for_help", "self_compassion", "connecting", "reframing"}
    ),
    "coping_with_grief": frozenset({"remembering", "naming_feelings", "connecting"}),
    "self_compassion": frozenset({"self_compassion", "reframing", "remembering"}),
    "handling_anger": frozenset({"cooling_anger", "naming_feelings", "slow_breathing"}),
    "mindfulness": frozenset({"grounding", "slow_breathing", "naming_feelings"}),
    "managing_stress": frozenset({"pacing", "slow_breathing", "asking_for_help", "grounding"}),
}
GOAL_LINES: dict[str, dict[str, Table]] = {  # "gentle" for gentle and moderate, "bold" otherwise
    "managing_anxiety": {
        "gentle": (
            "Worry is quieter when it has something real to hold.",
            "The worry hasn't gone, but it isn't steering.",
            "Your breath is a little slower than it was. That counts.",
        ),
        "bold": (
            "Worry talks loudly. You just talked back.",
            "The worry is still there, and you did it anyway.",
        ),
    },
    "building_confidence": {
        "gentle": ("Small steps count. That was one.", "You managed that. It's worth noticing."),
        "bold": ("You can do hard things. You just did one.", "Trust that. You earned it."),
    },
    "coping_with_grief": {
        "gentle": (
            "Loss is carried a little at a time. You're carrying it.",
            "Sad and glad can sit side by side. Let them.",
        ),
        "bold": (
            "Grief and love come from the same place. You're letting both in.",
            "It hurts because it mattered. You didn't look away.",
        ),
    },
    "self_compassion": {
        "gentle": (
            "Be as kind to yourself about this as you would be to a friend.",
            "You're allowed to go easy on yourself.",
        ),
        "bold": (
            "You'd tell a friend that was well done. Tell yourself.",
            "No harsh voice needed. You did this.",
        ),
    },
    "social_connection": {
        "gentle": (
            "Letting someone in is its own kind of brave.",
            "Nobody has to manage alone. You didn't.",
        ),
        "bold": (
            "People are how anyone gets through. You're letting them.",
            "You reached out. That's the hard part done.",
        ),
    },
    "handling_anger": {
        "gentle": (
            "The heat can be there without taking the wheel.",
            "Strong feelings pass more easily once they're noticed.",
        ),
        "bold": (
            "You felt the heat and chose what to do with it.",
            "The heat was real. So was your choice.",
        ),
    },
    "mindfulness": {
        "gentle": (
            "Here, now, on purpose. That is all it takes.",
            "Just this moment. It's enough.",
        ),
        "bold": ("You're here. Right here. That's the whole trick.", "Fully here. Stay with it."),
    },
    "managing_stress": {
        "gentle": (
            "One thing at a time is still progress.",
            "That's one thing off your shoulders.",
        ),
        "bold": ("One thing done. The next when you're ready.", "Done. The load is lighter."),
    },
    "": {
        "gentle": (
            "Go gently. You're doing fine.",
            "That was well done.",
            "That took something. It counts.",
            "Quietly done, and done well.",
        ),
        "bold": ("Keep going. It's working.", "That's the way.", "Good. On you go."),
    },
}

CODA: ByTone = {  # a last line for a paragraph that would otherwise be told again word for word
    "gentle": (
        "You let the moment settle.",
        "There's no hurry. You take a slow breath.",
        "You stay with it a little longer.",
        "Nothing needs deciding yet.",
        "You notice your feet on the ground.",
        "The moment is allowed to be small.",
    ),
    "moderate": (
        "The moment holds, then passes.",
        "You stay with it a little longer.",
        "You take a breath and let that be.",
        "Nothing new, and that's all right.",
        "You take it in once more.",
        "It is much as it was.",
    ),
    "challenging": (
        "Then it's time to move.",
        "You take it in, and turn to what's next.",
        "Noted. On to the next thing.",
        "Same as before. Choose your next move.",
        "You have seen this. Act.",
        "Enough standing still.",
    ),
}
