"""The IPA intent parser: what the player typed -> a list of intents, in order.

``parse(text)`` works without a world (``tta-admin parse``); ``parse(text, scope)`` also resolves
nouns against what is in scope, fixes typos in them, and knows the world's own verbs. Only the
standard library is used. This docstring is the grammar's specification; the parser is in
seven parts, each a module of :mod:`tta_server.pipeline`:

* ``vocabulary``: the word tables (synonyms, phrases, filler, prepositions, directions) and the
  regular expressions built from them, named below without the ``vocabulary.`` prefix;
* ``clauses``: sanitising, splitting into clauses, normalising and filler removal;
* ``parser_types``: what goes in and out (``Scope``, ``ScopeEntry``, ``ParsedIntent``);
* ``scope_index``: the index of what is in scope, name matching and typo repair;
* ``frames``: the verb frames, one per intent, and the verb dispatch;
* ``resolution``: a clause's frame resolved against the scope (names to ids, pronouns, who
  words said to no one named go to, the choices of a name two things share);
* this module: the clause grammar (questions, answers, words said to someone) and ``parse``.

``suggestions`` (did-you-mean commands for a scope) and the tooling of ``tta-admin parse``
(``tta_server.admin.parser_tools``: JSON lines, a timing run) are built on it.

What it handles
===============

* **Clauses.** Input is split into clauses, one intent each, at ``;``, ``.``/``!``/``?`` followed
  by a space or the end, new lines, ``then`` and ``and then``; but not at a ``?`` before words
  that only go on with it ("what happened? with the fire", "where is she? in the loft").
  ``,`` and ``and`` split only when the words after them start an action (a verb, a
  direction, an abbreviation, a world verb, a whole phrase such as "where am i", or politeness
  followed by one): "take the key and go north" is two clauses, "take the bread and butter"
  is one (the noun phrase is "bread and butter"); chat's "n" joins a list like "and" ("get
  paraffin n matches"). A clause that is only a run of ways
  (directions or their abbreviations, after "go" or not, joined by spaces, "and" or "then":
  "out n up", "go e e n") is one ``go`` a way ("n" between ways is north, not "and").
  At most ``MAX_INTENTS`` clauses and ``MAX_CHARS`` characters are read.
* **Normalising.** Lower case, curly quotes, control characters, emoji and punctuation (hyphens
  too: "north-east", "pick-up"), runs of spaces; "north east" becomes "northeast"; "w"
  between words is "with" ("unlock gate w key"), except after a move or look ("go w");
  "push on" / "press on", alone or before a way, is "keep going" ("just push on up").
* **Politeness and filler**, at the start of a clause, repeatedly: "please", "can I", "could
  you", "I'd like to", "I want to", "I'll", "I", "let me", "let's", "try to", "maybe", "just",
  "ok", "well", "now", "then", ... and at the end: "please", "now", "thanks", "for me", and
  laughter ("lol", "haha"). A reassurance after a command ("go up, ill be fine", "keep going,
  don't worry about me") is about the player, not part of the command.
* **Whole phrases**: "look around", "where am i" ("where i am"), "what am i carrying", "check my
  bag", "?", "what can i do", "give me a hint", "i'm stuck", "sit quietly", "do nothing", "take
  a break", "take my time" (a wait; "take your time", "no rush" are said, never a thing called
  "time"). With someone here, an offer of help ("can i help u get up to the light?") and
  understanding ("i get it") are said to them. Being stuck in more words ("i'm a bit stuck") and
  asking what to do for someone named as its object ("what should i do to help ilse?", "how can
  i help her?"; not "how can i help you, ilse?") are ``help``, someone here or not; hint
  requests in a row are one.
* **Verbs and synonyms** (``SYNONYMS``), the first one to four words of the clause, longest
  first. Each canonical intent has a small grammar (``_HANDLERS``) that finds the target and the
  second object, the latter after a preposition from ``OBJ_PREPS`` ("use key on gate", "unlock
  gate with key", "give bread to gull", "ask keeper about light", "take key from box").
* **Directions**: a bare direction followed by "to/towards/into ..." is ``go`` that way
  ("south to the harbour", "west again to the dunes"); "keep going", "carry on" are movement
  verbs. The twelve of ``Direction`` (:mod:`tta_server.protocol.directions`), by
  name or abbreviation (n s e w ne nw se sw u d), "inside", "outside", and the colloquial
  "upstairs", "into", "northward", ... alone or after a movement verb.
* **Pronouns** (it, them, this, that, these, those, they; him, her) as target or obj: the
  antecedent is the latest thing (for him/her, the latest person talked to or given to) in the
  same input, else the first of ``scope.last_mentioned`` that is a person (for him/her) or not
  a person (for the others), as ``scope.people`` says, never one whose pronouns are the other
  sex's (``scope.she`` / ``scope.he``: "give her the broth" skips the dog Skipper); else
  ``scope.last_mentioned[0]``;
  with nothing mentioned yet, him/her is the one person here ("help her with the lamp").
  Resolved, the slot becomes the antecedent's text (within the input) or the entry's first name
  (from ``last_mentioned``), and its id is set. Unresolved, the pronoun stays as typed.
* **Scope resolution**, only when a scope is given, in this order: exact name or alias; a name
  the phrase contains as whole words, looked for first in its head (the words before the first
  preposition or "and"), the rightmost then the longest winning ("old rusty key on the table"
  -> "rusty key", "keeper's lamp" -> "lamp"); a name that contains the phrase as whole words
  ("brass" -> "brass lantern"); then a typo match (``difflib``, ratio >= ``FUZZY_CUTOFF``,
  phrases up to 40 characters). When the phrase is exactly a name that several entries share
  ("book" for "my book" and "Fenn's book"), ``choices`` lists them (narrowed to the one with a
  "my"/"your" name when the clause says "my", "own" or "your", to the others when it says
  "his", "her" or "their"), for the caller to ask which.
  A word ending in "s" whose word without the "s" is an owner in a name here ("Fenn's book")
  is that possessive typed without its apostrophe ("fenns book" is "fenn's book"; "x grans"
  alone is Gran's thing, not Gran). Talk topics and ``go``
  place names are never typo-matched; a one-word ``go`` target is typo-matched against
  ``scope.exits`` when one exit is nearest ("go nrth" -> "north"; "go est" where east and west
  both lead out is no guess: ``scope_index.only_way_near``). Without a scope nothing is corrected.
* **Everyday verbs** (``ACTS`` of :mod:`tta_server.protocol.intents`): light, extinguish,
  drink, eat, smell, listen, touch, pet, blow, play, read, write, show, sit, sleep, climb, push,
  pull, turn, search, hug, thank, apologise, knock, ring, close and assist, each with synonyms
  ("put out", "sniff", "stroke", "knock on", "find"/"look for" for search, "shut" for close);
  "thank you all" / "thank you both" are thanks to whoever is addressed; a leading
  "on/at/to/in/with/..." is dropped ("knock on the door" -> door) and the second object
  follows ``ACT_PREPS`` ("light the lamp with a match"). With a scope, when the world has a
  verb of its own for the same act ("stroke" where the player typed "pet"), the intent is the
  world's verb.
* **A command's tail that names nothing** is dropped, except from talk, write and help: how
  much ("a notch", "a bit", "a page at a time", "one notch at a time") and when ("before you
  try to cool it", "when it is dark"): "close the damper a notch at a time" -> damper.
* **Typos in verbs**, with a scope and only before words that name something here: a word of
  five letters or more close to a one-word verb ("unlcok", "exmaine"), or of three or four with
  its letters after the first swapped ("tkae", "pcik") or with one letter after the first left
  out of one verb alone ("giv", "smel"; "tak" is take or talk: never guessed), unless the whole
  clause is a name here; and a word close to a one-word world verb
  here followed only by manner adverbs ("breath slowly" -> breathe). Everyday verbs the game
  has none of (``REAL_VERBS``: "clean", "wash", "wipe", ...) are words, never typos ("clean"
  is not "clang"); a world may give them a meaning.
* **Phrasal verbs round their object**: "rub it out", "cross that out", "wipe it clean" are
  read as "rub out it" (``clauses.normalise``), never a thing called "it out".
* **Leave-takings**: "bye/goodbye/farewell X", "wave goodbye to X" are talk to X with the words
  "goodbye"; "bye" alone is talk to whoever is addressed; so is "(ok,) i'll go (now)", "i
  should be off", "back soon" with someone here; leave-takings in a row ("bye rue, see you
  soon") are one. Likewise "i'll listen", "go on, i'm listening (to you)" with someone here
  are said to them, not the verb listen.
* **World verbs** (``scope.verbs``, one to three words): when the clause starts with one, the
  intent is the verb's mapping ("wind the clockwork" -> wind, "ring the bell" -> use) unless
  the mapping equals the built-in meaning of the same word, in which case the built-in grammar
  runs. (A verb of the world that has no meaning here, "wind the clockwork" on the quay, parses
  as unknown; ``play`` answers that it can't be done here, not that the word is unknown.)
* **Words said to someone**: when a person is in scope (or there is no scope), a question
  ("where did she go", "why is the lighthouse dark": a first word of ``QUESTION_WORDS``), an
  answer ("no", "of course": ``ANSWERS``) or a remark ("it's not your fault", "don't worry":
  ``SAID_STARTS``, unless a command follows; led or not by "so", "ok", "um", "well": "so what
  happened?") or what the player tells about themselves ("i
  need something warm for maren", "i found these": ``_I_SAY``, unless a command follows;
  ``help`` when it asks for help or a hint or says stuck: "i need a hint"; but "can / will
  you help me ..." with a person here is asked of them) is
  ``talk``: target the person addressed (one
  here the words start with, "maren can you help"; else the first of ``scope.addressees``:
  the one whose question is open, a person the last action was about, the last one spoken
  to, a person before an animal; else the latest person mentioned, else the first here), obj
  the words as typed (lower case, no punctuation). "sorry" / "I'm sorry" is ``apologise`` to
  them. "who/what is X" where X is exactly a name here and no one else but animals is here
  to ask ("who is footnote?" with only the cat) is ``examine`` X; a question with no one here
  is ``talk`` with no target ("who is bastian?" alone: said to no one), except a question
  about what to do or what just happened ("how do i cool the ember", "why can't i go up",
  "what did that do", "what do you mean ..."): with no one here that is ``help``; but asking
  the way ("how do i get to the quay", "which way is X") is ``talk`` to no one, which the
  engine answers with the way (:mod:`tta_server.world.answers`).
* **Never raises**: any text (empty, huge, emoji, control characters, non-strings) gives a list.

The target rule
===============

"The noun phrase's head as typed" is read as the whole noun phrase minus its determiners:
``target`` is lower case, spaces collapsed, leading determiners and possessives removed (the a
an some my your this that these those his her its our their any all, and "of" after one: "all
of the bread" -> "bread"), adjectives kept: "take the Rusty Key" -> "rusty key", "x the old
map" -> "old map". A bare determiner that is also a pronoun ("that", "her") or "all" stays. For
``go`` the target is the canonical direction ("go up the stairs" -> "up", "enter" -> "in"), or
else the place as typed ("go to the harbour" -> "harbour"). ``obj`` follows the same rule.
Unknown clauses have ``target`` None.

Decisions
=========

* "unlock X with Y" is ``open`` X with obj Y; "use Y to unlock X" is the same intent.
* "put/place/insert X in/on/into/... Y" is ``use`` X with obj Y; "put X", "put down X" and
  "put X down" are ``drop``. "drop/throw X in/on/at Y" stays ``drop`` with obj Y.
* "leave X" is ``drop`` X; "leave" alone or "leave here/the room/the building" is ``go out``.
  "exit" always means out, and "enter" in ("enter the cottage" is ``go`` cottage with obj
  "in", as "go into" below); "ascend" means up and "descend" down unless a
  direction follows. "climb" alone or with a direction is ``go`` ("climb", "climb down the
  ladder" -> up, down); "climb the stairs" is ``climb`` stairs (the engine takes a way whose
  name or alias it is, else the way up).
* "get" + direction ("get up", "get out of here") is ``go``; otherwise ``take`` ("carry X" too).
  "take/bring X (up) to <person or him/her>" is ``give`` X to them ("take his book up to
  Ilse"); ``play`` reads "take/carry/bring X (up/back) to Y" as taking X when it is not in
  hand, then giving it to Y (a person anywhere) or going to Y (a place): "take it to ilse".
* A first word that is also a verb, followed by a verb of its own ("light go out because
  maren is sick", "fire went out", "help is coming") is a sentence about it: ``unknown``, said
  to whoever is here, never the command. A name after "and you", "so", "ok", "hey", "well" at
  the start of a line ("and you rue, how you are?") is whom the line is said to.
* "go and <verb> ...", "come and ...", "go ahead and ..." are that verb's clause ("go and help
  them mend it"), not a ``go`` then a command, and so is "go <verb> ..." ("go get the oil");
  "go see/visit/meet/find X" is ``go`` X (where X is); after a movement verb, "and find ..."
  starts a clause ("go to the stacks and find my book"); a bare "stop", "stand still" is ``wait``.
* "follow X" / "go after X" / "go with X" is ``go`` with target X (the engine goes where X
  is); "go to <place>" names a place not next door too (the engine walks there through places
  seen).
* "switch X on/off" is ``use`` X, as "turn X on".
* "go down/up/... to <place>" and "go into <place>" are ``go`` with the place as target and the
  direction as obj, for when the place is not a way out ("go back down to the quay", "go into
  the shed"); so is "into the X" alone ("go out to the yard and into the store shed");
  "back" before a destination is dropped. With a scope, a typo of four letters or
  more in the direction is forgiven there ("go nrth to the garden").
* A move said without "go" ("back to the foyer", "going out to the harbour wall", "off to the
  quay now", "i'm heading back to the loft") is ``go`` there, and starts a clause after "," or
  "and" ("thanks bastian, back to the foyer"); "going to <verb> ..." is that verb ("going to
  read the sign"), "(ok) i'm going to <place>" is ``go`` there, even with someone here to hear
  it; a way with only manner words after it ("up again", "in slowly") is ``go`` that way.
* "look" alone or "look around" is ``look``; so is "look / see who, what, where, if ..." ("see
  who is being unkind?"); "look north" is ``look`` with the direction; "look
  at/in/under/behind/... X" and "look X" are ``examine`` X.
* "what does X say", "what's written on X" are ``read`` X, unless X is someone here ("what
  does pip say" asks her). "say goodbye/goodnight (to X / everyone)" is a leave-taking.
  "say to X: W" is ``talk`` X with obj W (the longest name of someone here the words start
  with, else the first word).
* "read" and "search" are their own intents (the engine treats them as ``examine`` when the
  world has nothing of its own). "check bag" is ``inventory``.
* "help" alone, "help me (with X)" are ``help`` (a hint); "help <someone> (with X)" is
  ``assist`` with target the person and obj X ("help pip with a heavy thought"; "help you
  with X" is whoever is addressed); "help <someone> <verb> ..." is that verb's clause ("help
  them mend it" -> mend it), but not after "with"/"to"/a determiner ("help her with the
  light": light is the thing); "help you/her/him/them <a verb the game does not know> ..."
  is ``assist`` them ("help you stitch it": not a thing called "you stitch it").
* A clause that is exactly a world verb or alias, after filler, is that verb, before the whole
  phrases and words said to someone ("look around" where the world's "notice" has that alias;
  "what do we actually know").
* "let's go ..." after words said to someone here ("come on skipper, let's go home", "good
  boy, let's go home") is said to them too: an invitation, not the player walking off.
* A first clause that only calls someone here by name ("maren, can you help me ...", "come on
  skipper, let's go") makes the rest said to them (``talk``, said) when the rest is a request
  for help, talk or nothing the grammar knows; before a command it is a word to them, then the
  command, unless it is only the name of someone who is no animal and the command asks leave
  ("bastian, could i mend the book?", "may i", "i'd like to", "i'll": the name says who hears
  it, and the command is all; "maren, i can climb the stairs for you" is heard by her). A name
  of someone here ending a command after a comma ("could i help you mend fenn's book, bastian?")
  is dropped from it, except from words, thanks, help, a gift, a showing or a take (the name
  says whom they are for, or whom a thing is asked of); words said that end so go to the one
  named ("what happened, ilse?" with Bastian spoken to last).
* A clause the grammar does not know that starts with the name of someone here ("maren, the
  boats need the light") is said to them (``talk``, said).
* A call to a companion here ("follow me", "come on / come here / come with me", "here boy",
  "good girl", "heel", "let's get / take you home"; "let's go ..." when it names someone here
  or calls an animal "boy", "kitty") is ``talk`` to the one named, else an animal for a pet's
  call, else whoever is addressed, with the words said ("let's go north" naming no one still
  goes north).
* "tell me / ask about X" to nobody named is said to whoever is addressed; "teach me ...",
  "explain ..." are ``talk`` with the words as obj. ``talk`` with no target is addressed to the
  latest person mentioned who is here, else the first here.
* "ask/tell X where/why/what/how/if/to ..." is ``talk`` X with obj the rest ("ask the card
  catalogue where my book is" -> "card catalogue", "where my book is"); so is "tell X i'm /
  i feel / that ..." ("tell rue i'm nervous about knocking": Rue, the words).
* "answer/reply/respond/call/shout/whisper (W) to X" is ``talk`` X with obj W.
* "write W on X" is ``write`` X with obj W; "write on X with Y" is ``write`` X with obj Y.
* "show X to Y" / "show Y X" are ``show`` as for give.
* "talk/speak/chat to/with X about Y", "ask X about/for Y", "tell X about Y": talk, target X,
  obj the topic Y (target None for "ask about Y"). "hello/hi/greet X", "say hello to X" and "say
  X to Y" (obj X, the words) are talk too. "thanks"/"thank you" alone are talk with no target.
* "give Y X" (no "to") splits where a second determiner starts ("give the gull the bread") or
  after a leading pronoun ("give her the bread"), or, with a scope, where both halves are exact
  names ("give gull bread"), or where a quantity starts ("give the cat one biscuit": "one"
  is dropped), or, with a scope, after a person here ("give maren broth"). Otherwise the
  whole phrase is the thing given. "put/place X round/around/over/on <person>" (or "over
  her shoulders", "round maren's / marens shoulders") is ``give`` X to them. "feed Y" is give with
  obj Y and no target; "feed Y X" / "feed X to Y" as for give.
* "give Y a scratch/pat/stroke/rub/tickle/fuss/cuddle" (or "give a pat to Y"; "a quick
  belly rub") is petting Y, "give Y a hug/squeeze/embrace" hugging Y: a touch, not a thing.
  "give Y one/some" gives the thing last named ("take it and give him one"); the play loop
  then keeps "him" as whom it goes to, never the thing.
* "wait a while/for a moment/quietly" have no target; "wait for the boat" has target
  "boat". "sit", "sit down (for a bit)", "sit quietly" are ``sit`` with no target; "sit
  (down) with/beside/near/next to X (and ...)" is ``sit`` with target X when X is a person
  (company), and ``sit`` here with no target when X is a thing ("sit by the heater").
  "push/pull/kick X open" is ``open`` X, "push/pull/kick X shut/closed/to" ``close`` X.
  "ill" opening a clause before a verb is "i'll" without its apostrophe ("ill go to the
  study"; "ill find him" stays words said: a promise).
* "take/grab/pick up X" where X is an animal here is ``pet`` X (the world's own word for it,
  "stroke" or "pat", where it has one); a person here stays ``take``, which the engine answers
  about them (``take.person``), never "no sign of" them.
* "my/his/... own X" is X ("look for my own book"; "own" still narrows which one).
* "wrap/cover/tuck X in/with Y" is ``give`` Y to X when X is a person (or him/her), else
  ``use`` Y with X ("wrap him in the blanket": give the blanket to him); wrapped round or put
  on the player (``REFLEXIVES``: "wrap myself in the blanket", "wrap it around me", "put the
  scarf on myself") it is ``use`` Y alone.
* "throw/toss X to Y" is ``give``; "move the X" (a determiner follows) is ``use`` X, "move
  north" / "move to X" are ``go``.
* Manner adverbs ("slowly", "closely", "carefully", ... in ``ADVERBS``) are dropped at the end
  of any noun phrase of two or more words and before a ``go`` destination: "examine the gull
  closely" -> "gull", "walk slowly to the harbour" -> "harbour"; right after the verb too
  ("knock softly on the door" -> "door"). A one-word phrase that is a manner adverb
  (``MANNER``: not "back" nor "again") is no thing ("knock gently", "search carefully": no
  target). So are words of when or a leave-taking
  (``WHEN_WORDS``: "first", "too", "goodnight", "goodbye", ...): "pet footnote goodnight" ->
  "footnote", "fetch it first" -> "it".
* A breath ("take a (deep) breath", "breathe", "breath slowly", "breathe in deeply", "take a
  few slow breaths", "exhale", "slow my breathing (right) down", "steady / focus on my
  breath") is the world's "breathe" verb when it has one, else ``wait``. "have / take a
  listen", "listen out (for)", "keep an ear out" are listen; "slow" and "steadily" are manner
  adverbs ("wind it slow on the out breath" winds it).
* The player's eyes ("close/shut/open my eyes (for a moment)") are a gesture: alone, ``wait``;
  with other clauses, dropped ("close my eyes and listen" is listen). "shut up", "hush", "be
  quiet" (and what follows) are words said, ``talk`` to whoever is addressed, never ``close``.
* "crouch", "kneel", "squat", "warm (my hands / up)" are ``sit``, with no target when what
  follows only says where or whose hands ("warm my hands at the range", "crouch by him").
* "goodnight", "good night", "night", "ta-ra", "take care", "see you (tomorrow)" are
  leave-takings like "bye"; to "all", "everyone", "folks", "you lot" they go to whoever is
  addressed, and thanks after one ("goodnight all, ta for the tea") are not whom it is said to;
  "skip" (a stone) is ``drop`` like "throw"; "skip to the end", "skip ahead/this/it" is ``help``
  (the way on, as a hint).
* "back", "go back", "turn back", "return", "retrace my steps" are ``go`` "back": the way the
  player came (the engine keeps where that was).
* "follow X to Y" is ``go`` Y, "follow X east" ``go`` east; "hi/hello/hey X, <words>" greets
  X (someone here) and says the words to them ("hi ilse, it's me again" is not about "me");
  "hello, <three words or more naming no one here>" with someone here is said to whoever is
  addressed ("hello, um, sorry to barge in": not to someone called "um sorry to barge in").
* A feeling shown rather than named, a clause of its own (relief to no one: "thank God",
  "thank goodness", "phew"; tears: "cry", "I start to cry": ``world.feeling_acts``), is said
  to whoever is here, else nothing of the grammar's (``play`` hears it as a feeling named),
  never thanks to a god nor an unknown word.
* A clause starting with a negation ("don't", "do not", "never") is ``unknown``, unless it
  is said to someone present ("don't worry").
* "press/operate/activate/switch on/turn on X", "turn X on/off" are ``use`` X; "push",
  "pull" and "turn" are their own intents (the engine falls back to the item's ``use``).
* "wait," / "hang on," / "hold on:" before more words is an interjection and dropped ("wait,
  rue is not my name"); "wait, then go north", "wait for the boat" keep the verb.
* A correction ("no wait", "wait, no", "scratch that") drops what came before it: "hold the
  sea glass- no wait i gave it away" is only "i gave it away"; a correction that is only a
  thing keeps the verb it corrects: "take the key, no wait, the lamp" is "take the lamp".
* Input that is blank gives ``[]``; input with content but no clause that means anything (only
  filler, only punctuation or emoji) gives one ``unknown`` intent.

What it does not handle
=======================

Nested or relative clauses ("take the key that is on the table" keeps "key that is on the
table" as the target); lists of objects ("take the key and the lamp", "take key, lamp, rope"
have one target here, which resolves to the name in its head; ``play`` expands such lists for
take and drop into one action per thing named, and "all"/"everything (except X)" too); verbs
in other forms ("taking", "took"); typos in verbs other than those above (names and exits are
corrected only with a scope); languages other than English.
``suggestions`` tells people from things by a heuristic (a capitalised alias, or a last word
such as "keeper" or "woman").
"""

from __future__ import annotations

import re
from dataclasses import replace

from tta_server.pipeline.clauses import (
    MAX_CHARS,
    clauses,
    corrected,
    normalise,
    sanitise,
    strip_filler,
)
from tta_server.pipeline.frames import (
    UNKNOWN_FRAME,
    Frame,
    leading_verb,
    verb_frame,
)
from tta_server.pipeline.parser_types import ParsedIntent, Scope, ScopeEntry
from tta_server.pipeline.resolution import ADDRESSED, Context, addressee, resolve_frame
from tta_server.pipeline.scope_index import (
    EXIT_CUTOFF,
    FUZZY_CUTOFF,
    Index,
    index_of,
    noun_phrase,
)
from tta_server.pipeline.vocabulary import (
    ANSWERS,
    BREATH_PHRASES,
    BREATH_RE,
    DIRECTION_WORDS,
    DIRECTIONS,
    FILLER_ALONE,
    GO_ADVERBS,
    MAX_VERB_WORDS,
    NEGATION_RE,
    ONLY_QUESTION_RE,
    PERSON_PRONOUNS,
    PHRASES,
    PRONOUNS,
    QUESTION_WORDS,
    SAID_STARTS,
    SORRY,
    STARTERS,
    TRAVEL_RE,
    VERBS,
)
from tta_server.protocol.intents import CANONICAL_INTENTS, Intent
from tta_server.world.feeling_acts import shown_feeling
from tta_server.world.feelings import named_feelings, recognised
from tta_server.world.word_patterns import without_lead_in

__all__ = [
    "CANONICAL_INTENTS",
    "DIRECTIONS",
    "EXIT_CUTOFF",
    "FUZZY_CUTOFF",
    "MAX_CHARS",
    "PRONOUNS",
    "ParsedIntent",
    "Scope",
    "ScopeEntry",
    "parse",
]


#: "go on" as encouragement ("go on then", "ok go on", "go on, tell me"), alone in its clause:
#: no direction called "on" (newcomer corpus 28).
_GO_ON = re.compile(r"^(?:(?:ok|okay|oh|well|alright|right|yeah) )*go on(?: then| and| mate)?$")


#: Going back the way one came, with no place named ("back", "turn back", "return", "go back
#: the way i came"): ``go`` "back" (the engine knows where the player came from).
_GO_BACK = re.compile(
    r"^(?:(?:go|head|turn|walk|going|heading) )?back"
    r"(?: (?:again|now|the way i came(?: in)?|where i came from))?$"
    r"|^(?:return|retrace my steps|turn around|turn round)(?: again| now)?$"
)


def _frame(norm: str, index: Index | None) -> Frame | None:
    """What one normalised clause means; None when it is only filler."""
    helping = _HELPING_TO.match(norm)  # "i help you to mend the book of fenn": the mending
    done = _frame(norm[helping.end() :], index) if helping else None  # (corpus 29 met
    if done is not None and done.intent not in (Intent.UNKNOWN, Intent.TALK):  # Bastian's
        return done  # topic of Ilse); else as said ("can i help you fix it": help them)
    if shown_feeling(norm) is not None:  # "thank god", "cry": a feeling shown, said to whoever
        here = index is not None and any(e in index.people for _, e in index.names)
        return Frame(Intent.TALK, addressee(index, norm), norm, said=True) if here else None
    if _LEAVING.match(norm) and index is not None and index.people:  # "ok, i'll go now":
        return Frame(Intent.TALK, None, "goodbye")  # a leave-taking to whoever is here
    if _CALLING_OUT.match(norm):  # "is anyone there?": a hello to whoever is here, or no one
        return Frame(Intent.TALK, None, "hello")
    if _LISTENING.match(norm) and index is not None and index.people:  # "i'll listen": said
        return Frame(Intent.TALK, None, norm, said=True)  # to them, not the verb listen
    if _UNDERSTANDING.match(norm) and _someone_to_ask(index):  # "i get it" to Ilse: said to
        return Frame(Intent.TALK, addressee(index, norm), norm, said=True)  # her, never a take
    if _SHUT_UP.match(norm):  # "shut up, that's not true": words said, never the verb close
        return Frame(Intent.TALK, addressee(index, norm), norm, said=True)
    if _OFFERS_HELP.match(norm) and _someone_to_ask(index):  # "can i help u get up to the
        return Frame(Intent.TALK, addressee(index, norm), norm, said=True)  # light?": an offer
    if _STUCK_SAID.match(norm) or _hint_for_someone(norm, index):  # "i'm a bit stuck",
        return Frame(Intent.HELP)  # "what should i do to help ilse?": asked of the game
    if _ASKS_HELP.match(norm) and _someone_to_ask(index):  # "can you help me?" to maren:
        return Frame(Intent.TALK, addressee(index, norm), norm, said=True)  # asked of her
    if _PLEA.search(norm) and _someone_to_ask(index):  # "please see a doctor tomorrow,
        return Frame(Intent.TALK, addressee(index, norm), norm, said=True)  # promise?": to her
    if _PHONING.match(norm) and _someone_to_ask(index):  # "i'll ring the kids tomorrow":
        return Frame(Intent.TALK, addressee(index, norm), norm, said=True)  # a plan told them
    own = _THEIR_OWN.search(norm)  # "go give your dad a hug"; never "how is your family?"
    asked = own is not None and bool(QUESTION_WORDS & set(norm[: own.start()].split()))
    their_own = own is not None and not asked and not _TOLD.match(norm)  # (a question):
    if their_own and _someone_to_ask(index):  # said to whoever is here, never "no dad here"
        return Frame(Intent.TALK, addressee(index, norm), norm, said=True)
    if _SHOW_ME_HOW.match(norm) and not _someone_to_ask(index):  # "show me how to fill the
        return Frame(Intent.HELP)  # lamp" with no one to ask: the game, as "how do i ...?"
    if norm.startswith("ill ") and norm.split(" ", 2)[1] in STARTERS:  # "ill go to the
        norm = norm[4:]  # study": "i'll" without its apostrophe ("ill find him" is said)
    core = strip_filler(norm)
    if _UNDERFOOT.match(core):  # "feel my feet on the ground": what is underfoot, felt
        return Frame(Intent.TOUCH, "ground")  # (grounding), never the fleet nor "feet?"
    if index is not None and core in index.verbs:  # a world's whole phrase ("look around")
        return Frame(index.verbs[core])
    if norm in PHRASES:
        return Frame(PHRASES[norm])
    if core in PHRASES:
        return Frame(PHRASES[core])
    if norm in ANSWERS:
        return _said(norm, core, index)
    if not core or core in FILLER_ALONE or _GO_ON.match(core):
        return None  # "ok go on then, tell me about bindings": an encouragement, no walk
    if _GO_BACK.match(core):  # "back", "turn back", "return": the way the player came
        return Frame(Intent.GO, "back")
    breathe = index.verbs.get("breathe") if index else None
    if _EYES.match(core):  # "close my eyes" alone: a pause, not a thing called "eyes"
        return Frame(Intent.WAIT)
    if _SILENT.match(norm) or _SILENT.match(core):  # "i don't say anything": a quiet pause,
        return Frame(Intent.WAIT)  # never words said ("i don't say anything" quoted to Ilse)
    if core in BREATH_PHRASES or BREATH_RE.match(core):
        return Frame(breathe or Intent.WAIT)
    words = core.split(" ")
    moving = _NOW.sub("", _OPENERS.sub("", norm))
    travel = words[0] not in STARTERS and not TRAVEL_RE.match(core)
    if travel and TRAVEL_RE.match(moving):  # "ok im going to the quay":
        return verb_frame(moving.split(" "), index)  # the lead stripped as filler was the move
    if breathe is not None and words[0] in _BREATHS:  # "breathe out slow": the world's verb
        return verb_frame(["breathe", *words[1:]], index)
    if words[0] in DIRECTION_WORDS and all(w in GO_ADVERBS for w in words[1:]):
        return Frame(Intent.GO, DIRECTION_WORDS[words[0]])  # "up", "up again", "in slowly"
    if words[0] in DIRECTION_WORDS and words[1:2] and words[1] in GO_ADVERBS:
        words = [words[0], *words[2:]] if words[2:3] and words[2] in _TOWARDS else words
    if words[0] in DIRECTION_WORDS and (len(words) == 1 or words[1] in _TOWARDS):
        return Frame(Intent.GO, DIRECTION_WORDS[words[0]])  # "south (again) (to the harbour)"
    if words[0] == "into" and words[1:2] == ["the"]:  # "into the store shed": go into it
        return verb_frame(["go", *words], index)
    if words[0] in DIRECTION_WORDS and len(words[0]) > 1 and words[1] in _ALONG:
        return Frame(Intent.GO, DIRECTION_WORDS[words[0]])  # "up the clock stair"
    written = _READ_Q.match(norm)
    read = (written.group("np") or written.group("np2")) if written is not None else None
    if read is not None and not _is_someone(read, index):
        return Frame(Intent.READ, noun_phrase(read.split(" ")))
    looked = _looked_into(norm, index)
    if looked is not None:
        return looked
    invited = _invited(norm, index)
    if invited is not None:
        return invited
    said = _said(norm, core, index)
    if said is not None:
        return said
    if NEGATION_RE.match(core) or _SUBJECT_FIRST.match(core):
        return UNKNOWN_FRAME  # "light go out because maren is sick": what happened, no light
    return verb_frame(words, index)


#: A noun that is also a verb, then a verb of its own ("light go out because maren is sick",
#: "light is out", "fire went out", newcomer 27: the player's comfort to Pip was a "light"
#: refused with "You can't find that here"): a sentence about it, never the command.
_SUBJECT_FIRST = re.compile(
    r"^(?!(?:let|lets|i|you|u|we|they|he|she|it|please|just|pls)\b)[a-z]+ "
    r"(?:is|was|are|were|isnt|wasnt|go|goes|went|gone|come|comes|came|has|had|will|did|does"
    r"|broke|died|stopped|started)\b(?! (?:and|then|to)\b)"
)


#: Words that open a sentence and say nothing ("ok", "right then").
_OPENERS = re.compile(r"^(?:(?:ok|okay|so|right|well|alright|and|then|now|um|erm)\s+)+")
_NOW = re.compile(r"(?:\s+(?:now|then|please|right now))+$")


def _said(norm: str, core: str, index: Index | None) -> Frame | None:
    """Words said to someone present: a question ("where did she go"), an answer ("no"), or a
    remark ("it's not your fault"). Talk, with the words as ``obj`` and the person addressed
    as ``target`` (see ``addressee``); None when no one is here (with a scope) or the words
    are a command. A question about something here with no one else to ask ("who is
    footnote?" with only the cat here), or about something here when no one is, is a look at
    it (``examine``); another question with no one here is ``talk`` to no one."""
    first = _first_said(norm)
    looked = _looked_at(norm, index) if first in QUESTION_WORDS else None
    if looked is not None:
        return Frame(Intent.EXAMINE, looked)
    about_me = _I_SAY.match(norm) is not None
    if about_me and _STUCK.search(norm):  # "i need a hint", "i think i'm stuck": the game
        return Frame(Intent.HELP)
    # "left behind", "bit lonely these days", "same here": the player telling of themselves
    telling = about_me or recognised(norm) or bool(named_feelings(norm))
    if index is not None and not any(e for _, e in index.names if e in index.people):
        if _SELF_HELP.match(norm):  # "how do i cool the ember?" alone: the game is asked
            return Frame(Intent.HELP)
        if first in QUESTION_WORDS and first not in _STATEMENT_STARTS:
            return Frame(Intent.TALK, None, norm, said=True)  # "who is bastian?" alone
        return None
    if core in SORRY or norm in SORRY:
        return Frame(Intent.APOLOGISE, addressee(index), said=True)
    if not (norm in ANSWERS or first in QUESTION_WORDS or first in SAID_STARTS or telling):
        return None
    command = NEGATION_RE.sub("", core).split(" ")  # "don't go north" is not said to anyone
    verb = leading_verb(command, VERBS, MAX_VERB_WORDS)[0]
    if first not in QUESTION_WORDS and norm not in ANSWERS and verb not in ("", "say"):
        return None  # "well, take the key": a command after all
    if verb == "say" and not (about_me or first in SAID_STARTS or first in QUESTION_WORDS):
        return None  # "say 'thank you' to rue": the verb's own grammar
    return Frame(Intent.TALK, addressee(index, norm), norm, said=True)


#: Words that lead what is said without being it ("so what happened?", "um, where is she").
_SAID_LEADS = frozenset({"so", "ok", "okay", "um", "uh", "erm", "hmm", "well", "oh", "and", "but"})


def _first_said(norm: str) -> str:
    """The first word of words said, after the words that only lead them ("so", "um")."""
    words = norm.split(" ")
    while len(words) > 1 and words[0] in _SAID_LEADS:
        words = words[1:]
    return words[0]


#: "what does the slate say", "what's written on the sign": read it.
_READ_Q = re.compile(
    r"^what (?:does|do|did) (?P<np>.+) say$"
    r"|^what(?:'s|s| is| was) (?:written|printed|carved|scratched) (?:on|in) (?P<np2>.+)$"
)


#: "what is in the stove", "whats on the bench": a look in or at it.
_LOOK_Q = re.compile(
    r"^what(?:'s|s| is| are|re) (?P<prep>in|inside|on|under|behind) (?P<np>(?!my |your ).+)$"
)


def _looked_into(norm: str, index: Index | None) -> Frame | None:
    """ "what is in the stove", "what's on the bench" (newcomer 27: said to no one, or to a
    character as a question): a look in or at the thing, when it is a thing here, or when no
    one is here to ask (the look then says it is not here); None otherwise ("what's on your
    mind?" is said to someone)."""
    found = _LOOK_Q.match(norm)
    if found is None or index is None:
        return None
    np = found.group("np")
    thing = index.exact.get(noun_phrase(np.split(" ")) or "")
    if thing in index.people or (thing is None and index.people):
        return None
    prep = "in" if found.group("prep") in ("in", "inside") else "at"
    return verb_frame(["look", prep, *np.split(" ")], index)


def _is_someone(np: str | None, index: Index | None) -> bool:
    """Whether a noun phrase names a person here ("what does pip say": ask her)."""
    if np is None or np in PERSON_PRONOUNS or np in ("you", "everyone", "everybody"):
        return True
    if index is None:
        return False
    found = index.exact.get(noun_phrase(np.split(" ")) or "")
    return found is not None and found in index.people


#: Calls to a companion to come along ("follow me", "come on boy", "here kitty").
_INVITE = re.compile(
    r"^(?:(?:come|cmon|c'mon) (?:on|here|along|with me|back|over|too)|follow me|stay with me"
    r"|walk with me|keep up|heel|here (?:boy|girl|kitty|puss|pup|doggy)|good (?:boy|girl))\b"
)
#: "let's go home, skipper": an invitation when it names someone here or calls an animal.
_LETS_GO = re.compile(r"^(?:let's|lets|let us) (?:go|head|walk)\b")
#: "let's get you home", "lets take you back": said to someone here, whoever is addressed.
_LETS_YOU = re.compile(r"^(?:let's|lets|let us) (?:get|take|bring) (?:you|ya|u)\b")
#: What people call an animal they don't know the name of.
_PET_CALLS = frozenset({"boy", "girl", "kitty", "puss", "pup", "doggy", "doggo", "puppy"})


def _invited(norm: str, index: Index | None) -> Frame | None:
    """A call to a companion here to come along ("follow me", "come on boy", "come with me
    skipper", "let's go home, skipper"): ``talk`` to them with the words, the one named, else
    an animal for "boy"/"kitty", else whoever is addressed; None when it is no such call or
    no one is here (with a scope)."""
    if index is None:
        return None
    invite = _INVITE.match(norm) is not None or _LETS_YOU.match(norm) is not None
    if not invite and _LETS_GO.match(norm) is None:
        return None
    here = [e for _, e in index.names if e in index.people]
    if not here:
        return None
    padded = f" {norm} "
    named = [e for n, e in index.names if e in here and f" {n} " in padded]
    words = set(norm.split())
    if not named and words & _PET_CALLS:
        named = [e for e in here if e in index.animals]
    if not invite and not named:
        return None  # "let's go north" with Rue here: the player goes
    who = index.primary.get(named[0]) if named else addressee(index, norm)
    return Frame(Intent.TALK, who, norm, said=True)


#: What the player tells someone about themselves ("i need something warm for maren", "i
#: found these in the ashes"): said, unless a command follows the "i".
_I_SAY = re.compile(
    r"^(?:i|we) (?:need|think|know|found|heard|saw|met|have|had|was|were|just|already|promise"
    r"|believe|hope|mean|guess|got|brought|came|love|like|miss|wish|can't|cant|won't|wont)\b"
    r"|^(?:i've|ive|we've) "
)

#: Words that make "i need ..." / "i think ..." a request for a hint, not words to someone.
#: "Help" only as the player's own request ("i need help", "i think i could use some help",
#: "help me"), never "nobody to help" in a sentence about their life (newcomer 27 naming his
#: anger at the stove: "... like in garage when everything go wrong and nobody to help").
_STUCK = re.compile(
    r"\b(?:hint|hints|clue|clues|stuck|no idea|confused)\b|\bhelp me\b"
    r"|\b(?:need|want|could use|could do with|get) (?:some |a bit of |a little |any )?help\b"
)


#: The player's own eyes ("close my eyes", "shut your eyes for a moment"): a gesture, never a
#: thing to look for here.
_EYES = re.compile(
    r"^(?:close|shut|open|rest|screw|squeeze) (?:my |your |both |both my )?eyes"
    r"(?: (?:tight|tightly|slowly|again|for a (?:moment|minute|second|bit|while)))?$"
)
#: Stopping where one is, before doing something else in the same input ("stop and take stock
#: of what my senses tell me", "i stop, close my eyes and listen"): how the player does it,
#: never a ``wait`` of its own ("You let a minute go by").
_STOPPING = re.compile(
    r"^(?:ok |okay |so |i |just |first )*(?:stop|pause|halt|freeze|stand still|stay still"
    r"|keep still|be still|stop walking|stop moving|plant my feet)"
    r"(?: (?:for a (?:moment|minute|second|sec|bit)|right here|here|a moment|a second|still"
    r"|where i am|walking|moving))*$"
)
#: Telephoning one's own people ("i'll ring the kids tomorrow", "i will call my mum on sunday",
#: "gonna phone my dad"): words about the player's life, said to whoever is here.
_PHONING = re.compile(
    r"^(?:(?:and|so|then|but) )?(?:i'?ll |ill |i will |i'?m going to |im going to |i'?m gonna "
    r"|im gonna |gonna |i must |i should |i need to |i can |i could |i want to |i might )?"
    r"(?:ring|call|phone|text|facetime|video call)(?: up)? (?:my |the |our |me )?(?:own )?"
    r"(?:two |wee |little |old )?(?:kids|children|family|mum|mam|mom|mother|dad|father|parents"
    r"|wife|husband|partner|sister|brother|son|daughter|gran|granny|nan|grandma|grandad|ex"
    r"|folks|friend|mate|pal|boys|girls)s?\b"
)
#: Helping someone do a thing named ("i help you to mend the book", "can i help you fix it",
#: "let me help you bind it"): the thing done, with them.
_HELPING_TO = re.compile(
    r"^(?:(?:ok|okay|so|please|well) )*(?:i |i'll |ill |i will |i can |let me |can i |could i "
    r"|may i |shall i )?help (?:you |u |ya |them |him |her |both )?(?:to )?"
    r"(?=(?:mend|fix|repair|bind|rebind|restore)\b)"
)

#: Feeling what is underfoot ("feel the ground", "feel my feet on the floor", "i plant my
#: feet", "feel the ground beneath me"): grounding (newcomer corpus 30 met "You can't find any
#: ground here." on the Dunes, "feel the feet" touched the fishing boats).
_UNDERFOOT = re.compile(
    r"^(?:i |just |and )*(?:feel|touch|notice|sense|plant|press|wiggle)"
    r"(?: (?:the|my|both|both my|your))? (?:ground|floor|earth|feet|toes)"
    r"(?: (?:on|under|beneath|below|against|into|in|firmly|solid|there|here)"
    r"(?: (?:the|my|me|us|you))?(?: (?:ground|floor|earth|feet|boots|shoes|sand))?)*$"
)
#: "shut up (...)": words said to whoever is addressed (a harsh page, someone here).
#: Keeping quiet oneself: a pause in company, not words said (newcomer 12 sat by Ilse and typed
#: "i don't say anything"; the game quoted it to her as something said).
_SILENT = re.compile(
    r"^(?:i )?(?:just )?(?:(?:do not|dont|don t|don't|will not|wont|won t|won't) (?:say|speak|talk)"
    r"(?: (?:anything|a word|at all|much|for a (?:while|bit|moment)))*"
    r"|say (?:nothing|not a word)(?: at all)?"
    r"|(?:keep|stay|remain|sit|wait) (?:quiet|quietly|silent|silently|in silence)"
    r"(?: for a (?:while|bit|moment))?)$"
)
#: Understanding said to someone ("i get it", "i totally get that", "i get you", "i hear
#: you"): words to them, never "get" (take) "it" nor the verb listen (newcomer corpus 29:
#: "yes, i hear you, but it's not on you" to Pip was a yes to "It's my fault, isn't it?").
_UNDERSTANDING = re.compile(
    r"^(?:(?:yeah|yes|ok|okay|oh|and|but|honestly|tbh|i mean) )*i (?:(?:totally|really|do|kinda"
    r"|completely|fully) )*(?:(?:get|got) (?:it|that|you|what you mean|how you feel|why)"
    r"|hear (?:you|ya|u|what you(?:'?re| are)? saying|what you mean|that))"
    r"(?: (?:tho|though|now|honestly|completely|totally))*(?: (?:but|and|though|tho) .+)?$"
)
_SHUT_UP = re.compile(r"^(?:oh |just |please )?(?:shut up|shush|be quiet|hush)\b")


_BREATHS = frozenset({"breath", "breathe", "inhale", "exhale"})

#: "can you help me ...", "ok so will you help me get the light going": asked of someone here
#: (newcomer 13 asked Maren twice and was given a hint each time), never a hint request.
_ASKS_HELP = re.compile(
    r"^(?:(?:ok|okay|so|please|um|well|and|but) )*(?:can|could|will|would|won't|wont) you"
    r" (?:please |maybe |just )?help (?:me|us)\b"
)

#: Asking to be shown or told how to do something ("can you show me how to light it?",
#: "teach me how to wind it", "show me how"): with no one here to ask, asked of the game (with
#: someone here, it is asked of them about the thing, as before).
_SHOW_ME_HOW = re.compile(
    r"^(?:(?:ok|okay|so|please|um|well|and|but) )*(?:(?:can|could|will|would|won't|wont) you"
    r" (?:please |maybe |just )?)?(?:please )?(?:show|teach|tell) (?:me|us) how\b"
)
#: A plea for someone's own good ("please see a doctor tomorrow, promise?", "promise me
#: you'll rest", "look after yourself"): words to them, never a look at a doctor.
_PLEA = re.compile(
    r"\bpromise$|^(?:please )?promise me\b"
    r"|\b(?:see|call|visit|go to|ring) (?:a|the|your) (?:doctor|gp|nurse|hospital)\b"
    r"|\b(?:look after|take care of|be gentle with) yourself\b|\bget some (?:rest|sleep)\b"
)

#: Someone of the listener's own, not here ("go give your dad a hug", "tell your mum i said
#: hello", "ring your sister"): words said to the listener, never the player's command about
#: a thing (newcomer corpus 30 met "You can't find any dad here." after Pip's answer).
_TOLD = re.compile(r"^(?:tell|ask|say|said)\b")  # "tell your mum ...": words to them already
_THEIR_OWN = re.compile(
    r"\b(?:your|ur|yer) (?:own |old |poor |wee |little |lovely )?(?:dad|daddy|da|father|mum"
    r"|mummy|mam|mammy|mom|mother|ma|parents|family|folks|brother|sister|gran|granny|nan|nana"
    r"|grandad|granddad|grandpa|grandma|grandmother|grandfather|husband|wife|partner|son"
    r"|daughter|kids|children|friend|friends|pal|mates|auntie|aunt|uncle)s?\b"
)

#: An offer of help somewhere to someone here ("can i help u get up to the light?", "i'll
#: help you up there"): said to them, never a move nor a hint request.
_OFFERS_HELP = re.compile(
    r"^(?:(?:ok|okay|so|please|um|well|and|but|hey|hi|look) )*(?:(?:can|could|may|shall) i"
    r"|let me|(?:i'?ll|ill|i will|i can|i could|i want to|i wanna|i'd like to|id like to))"
    r" (?:please |maybe |just )?help (?:you|u|ya|her|him|them)"
    r" (?:get|go|climb|walk|up|down|to|there|out|in|back|home)\b"
)


#: Saying one is stuck, in more words than "i'm stuck" ("i'm a bit stuck", "i feel really
#: stuck here"): a hint request, never words to someone here.
_STUCK_SAID = re.compile(
    r"^(?:(?:ok|okay|so|um|well|hmm|sorry) )*(?:i'm|im|i am|i feel|i'm feeling|feeling)"
    r"(?: (?:a bit|a little|bit|rather|really|so|kind of|kinda|totally|quite|pretty|completely"
    r"|a little bit))? stuck(?: here| now| again| sorry)*$"
    # chat spellings of being stuck (newcomer corpus 31: "idk what to do" met "I know the word
    # 'what', but not 'idk' or 'do'"): "idk what to do", "no idea what to do", "im lost",
    # "wat now"
    r"|^(?:(?:ok|okay|so|um|umm|well|hmm|erm|sorry|ugh|lol) )*(?:idk|i dunno|dunno|no idea"
    r"|no clue|not sure|i have no idea|ive no idea|i've no idea|i'm not sure|im not sure"
    r"|i don'?t know|i do not know|i really don'?t know) (?:what (?:to do|i'?m doing|i should do"
    r"|i'?m supposed to do|im meant to do|i'?m meant to do|now|next|to do next|to do now)"
    r"|where to go)(?: now| next| here| lol| tbh| sorry)*$"
    r"|^(?:(?:ok|okay|so|um|well|hmm|sorry|ugh) )*(?:i'?m|i am) (?:so |a bit |kinda |totally "
    r"|completely |bit )?lost(?: now| here| lol| tbh| sorry)*$"
    r"|^(?:wat|wot|wut|whut|wha|so what|ok what|okay what|ok so what) now\??$"
)
#: Asking the game what to do for someone ("what should i do to help ilse?", "how can i help
#: her?"): the one named is what it is about, not whom it is asked of.
_WHAT_TO_DO = re.compile(
    r"^(?:what (?:should|can|could|must|do|shall) (?:i|we) do|how (?:can|could|do|should|shall)"
    r" (?:i|we)) (?:now )?(?:to )?(?:help|about|with|for) (?P<np>.+?)(?: now| then| here)?$"
)


def _hint_for_someone(norm: str, index: Index | None) -> bool:
    """Whether words ask the game what to do for someone here named, or him or her, as the
    object ("what should i do to help ilse?"); "how can i help you" is said to them."""
    found = _WHAT_TO_DO.match(norm)
    if found is None or index is None:
        return False
    np = found.group("np")
    if np in ("her", "him"):  # "them" may be things ("what can i do about them?")
        return True
    entry = index.exact.get(noun_phrase(np.split(" ")) or "")
    return entry is not None and entry in index.people


def _someone_to_ask(index: Index | None) -> bool:
    """Whether a person who is not an animal is here to be asked."""
    return index is not None and any(
        e in index.people and e not in index.animals for _, e in index.names
    )


#: Words after a bare direction that only say where it leads ("south to the harbour").
_TOWARDS = frozenset({"to", "towards", "toward", "into"})
#: Words after a way that name what it goes along ("up the clock stair", "down through the hatch").
_ALONG = frozenset({"the", "through", "along", "past", "over"})
#: Question words that also start statements and commands ("do", "have"): a clause starting
#: with one is not a question to no one.
_STATEMENT_STARTS = frozenset({"do", "have", "had", "am", "is", "are", "was", "were", "has"})
#: Questions about what the player should do or what just happened ("how do i get up
#: there", "why can't i go up", "what did that do", "what do you mean"): asked with no one
#: here, they are asked of the game, and a hint answers them ("how do i get / go to x" asks
#: the way).
_SELF_HELP = re.compile(
    r"^(?:how (?:do|can|should|could|would|am) (?:i|we)(?! (?:get|go) (?:back )?to\b)"
    r"|why (?:can't|cant|cannot|can not|won't|wont|doesn't|doesnt|isn't|isnt|didn't|didnt"
    r"|is nothing|does nothing|did nothing)"
    r"|what (?:do|should|can|could|am|must) (?:i|we)|what (?:i|we) (?:can|should|could|must) do"
    r"|what (?:did|does|was) (?:that|this|it)"
    r"|what do you mean|what does (?:that|this|it|.+) mean"
    r"|where (?:do|should|can|could|must) (?:i|we)"
    # "wat else is there to do here" with no one here (newcomer corpus 25: "There's no one
    # here to talk to"): what to do, asked of the game
    r"|what else (?:is there|can (?:i|we)|should (?:i|we)|do (?:i|we)|could (?:i|we)|am i)"
    r"|what(?:'s|s| is) (?:there|left) to do"
    r"|what(?:'s|s| is) next|what next|where (?:now|next)|(?:is there )?anything (?:else )?"
    r"(?:to do|i can do|i should do|left to do))\b"
)
#: "who is X", "what was X", "what's X": a question about what X is.
_WHAT_IS = re.compile(r"^(?:who|what)(?:'s|s)?(?: (?:is|was|are|were))? (?P<np>.+)$")


def _looked_at(norm: str, index: Index | None) -> str | None:
    """The thing a "who/what is X" question is about, when looking at it is the answer: it is
    here, and no one but it (or only an animal) is here to ask."""
    found = _WHAT_IS.match(norm)
    if index is None or found is None:
        return None
    np = noun_phrase(found.group("np").split(" "))
    entry = index.exact.get(np) if np is not None else None  # "what's wrong pip" is not pip
    if np is None or entry is None:
        return None
    askable = {e for _, e in index.names if e in index.people and e not in index.animals}
    return np if not askable - {entry} else None


_SAID_TO_SOMEONE = frozenset({Intent.HELP, Intent.TALK, Intent.UNKNOWN, Intent.ASSIST})
_CALLS = ("come on ", "hey ", "oi ", "ok ", "okay ", "please ", "hi ", "hello ", "dear ", "oh ")


def _sent(raw: str, person: str, index: Index | None) -> bool:
    """Whether a clause after a person's name sends them somewhere ("pip, go in to rue, it's
    warm there"): words to them, never the player's own walk (an animal is called along:
    "come on skipper, let's go" is the player's)."""
    found = index.exact.get(person) if index is not None else None
    animal = index is None or found is None or found in index.animals
    return not animal and _SENDS.match(normalise(raw)) is not None


#: A clause that tells someone to go ("go in to rue", "go home", "get inside"), not "let's go".
_SENDS = re.compile(r"^(?:please )?(?:go|get|run|head|hop) (?:in|inside|home|indoors|back)\b")


#: "Wait" or "hold on" before a name ("wait ilse", "wait for ilse!", "hold on, bastian"):
#: calling someone here, never the wait command nor holding on to them.
_WAIT_FOR = re.compile(r"^(?:oh |hey )?(?:wait|hold on|hang on|hold up)(?: for)?[\s,]+", re.I)


def _waited_for(text: str, index: Index | None) -> str:
    """``text`` with a "wait" before the name of a person here left out ("wait ilse, i come
    with you" -> "ilse, i come with you"; "wait for ilse" -> "ilse!"); as it is otherwise."""
    found = _WAIT_FOR.match(text)
    if found is None or index is None:
        return text
    rest = text[found.end() :]
    name = re.match(r"[a-z' ]+?(?=\s*(?:[,.!?;:]|$))", rest.lower())
    called = _vocative(name.group(0), index) if name is not None else None
    if name is None or called is None or called in index.animals:
        return text
    after = rest[name.end() :].lstrip(" ,.!?;:")
    return f"{rest[: name.end()]}, {after}" if after else f"{rest[: name.end()]}!"


def _led_in(text: str, index: Index | None) -> str:
    """``text`` without the words leading in to the name of someone here it opens with ("and
    you rue, how you are?" -> "rue, how you are?"; "so rue, how are you" -> "rue, how are
    you"): the name, first, says who hears the line (not the one spoken to last, nor a thing
    called "rue"); as it is otherwise."""
    rest = without_lead_in(text)
    if rest == text or index is None:
        return text
    low = rest.lower()
    for name, entry in sorted(index.names, key=lambda x: -len(x[0])):
        if entry in index.people and re.match(rf"{re.escape(name)}(?![a-z'])", low):
            return rest
    return text


def _vocative(raw: str, index: Index | None) -> str | None:
    """The person a clause only calls by name ("maren", "come on skipper", "hey pip"), when
    they are here; None otherwise."""
    if index is None:
        return None
    norm = normalise(raw)
    for call in _CALLS:
        norm = norm.removeprefix(call)
    found = index.exact.get(norm)
    return norm if found is not None and found in index.people else None


#: Asking leave to do a thing ("bastian, could i mend the book?", "may i ...", "i'd like to
#: ..."): the command is all; the one named only hears it. Other words after a name ("maren, i
#: can climb the stairs for you", "pip, we look at the slate together?") are said to them too.
_ASKS_LEAVE = re.compile(
    r"^(?:(?:so|ok|okay|please|um|well) )*(?:(?:can|could|may|might) i|would you let me"
    r"|will you let me|let me|i'd like to|id like to|i would like to|i'll|ill|i will)\b"
)


def _only_named(raw: str, name: str, index: Index | None) -> bool:
    """Whether a clause is only the name of someone here who is no animal ("bastian, could i
    mend the book?"): the command after it is the player's, and the name only says who hears
    it (a call to an animal, "come on skipper", or a greeting, "hi maren", is a word to
    them)."""
    found = index.exact.get(name) if index is not None else None
    return (
        normalise(raw) == name
        and index is not None
        and found is not None
        and found not in index.animals
    )


def _then_name(text: str, last: str) -> bool:
    """Whether the last clause follows a "then" at the end of the text ("what happened then,
    rue", "tell me about the light then maren"): when it is a :func:`_vocative`, the name
    calls the one spoken to, never a clause of its own."""
    return re.search(rf"\bthen\W+{re.escape(last)}\W*$", text, re.IGNORECASE) is not None


#: A name at the end of a clause after a comma ("mend fenn's book, bastian?").
_LAST_CALL = r",\s*(?:{name})\s*[?!.]*\s*$"
#: What a command may be done to or with someone: a name after it may be whom it is for; a
#: take with a name is asking them for it ("rue, could i borrow a torch?").
_TO_SOMEONE = _SAID_TO_SOMEONE | {Intent.GIVE, Intent.SHOW, Intent.TAKE}


def _without_call(raw: str, index: Index | None) -> tuple[str | None, str | None]:
    """A clause without the name of someone here that it ends by calling ("could i help you
    mend fenn's book, bastian?"), and that name; (None, None) when it ends with no such name."""
    if index is None:
        return None, None
    names = [re.escape(n) for n, e in index.names if e in index.people]
    if not names:
        return None, None
    pattern = _LAST_CALL.format(name="|".join(sorted(names, key=len, reverse=True)))
    found = re.search(pattern, raw, flags=re.IGNORECASE)
    bare = raw[: found.start()] if found is not None else ""
    if found is None or not bare.strip():
        return None, None
    return bare, normalise(found.group(0))


def _a_command(frame: Frame) -> bool:
    """Whether a frame is a command done to a thing or a way, never words or a gift to
    someone (the name after those is whom they are for)."""
    return not frame.said and frame.intent not in _TO_SOMEONE


def _called_first(norm: str, index: Index | None) -> Frame | None:
    """Words the grammar does not know that start with the name of someone here ("maren, the
    boats need the light"): said to them; None otherwise."""
    if index is None:
        return None
    padded = f"{norm} "
    for name, entry in sorted(index.names, key=lambda x: -len(x[0])):
        if entry in index.people and padded.startswith(f"{name} ") and len(norm) > len(name):
            return Frame(Intent.TALK, name, norm, said=True)
    return None


# --------------------------------------------------------------------------------------------
# Public functions
# --------------------------------------------------------------------------------------------


def parse(text: str, scope: Scope | None = None) -> list[ParsedIntent]:
    """The intents of one player input, in order. Blank input gives ``[]``; never raises."""
    try:
        return _parse(text, scope)
    except Exception:  # a last guard: a parser bug must not end the player's turn
        raw = text.strip()[:MAX_CHARS] if isinstance(text, str) else ""
        return [ParsedIntent(Intent.UNKNOWN, None, raw=raw)] if raw else []


def _parse(text: str, scope: Scope | None) -> list[ParsedIntent]:
    if not isinstance(text, str):
        return []
    clean = sanitise(text)
    if not clean:
        return []
    if ONLY_QUESTION_RE.match(clean):
        return [ParsedIntent(Intent.HELP, None, raw=clean)]
    clean = corrected(clean)  # "hold the glass- no wait i gave it away. ...": what follows
    clean = _INTERJECTION.sub("", clean) or clean  # "wait, that's my name": not the command
    clean = _FOND_OPENER.sub("", clean) or clean  # "oh pet, no. it's not your fault": no petting
    index = index_of(scope) if scope is not None else None
    clean = _waited_for(clean, index)  # "wait ilse, i come with u!": calling her
    clean = _led_in(clean, index)  # "and you rue, how you are?": said to her
    world_first = frozenset(v.split()[0] for v in index.verbs) if index else frozenset()
    ctx = Context(index)
    intents: list[ParsedIntent] = []
    raws = clauses(clean, world_first, scope.known_verbs if scope else frozenset())
    if len(raws) > 1 and _vocative(raws[-1], index) is not None and _then_name(clean, raws[-1]):
        raws = [*raws[:-2], f"{raws[-2]}, {raws[-1]}"]  # "tell me about the light then maren"
    person = _vocative(raws[0], index) if len(raws) > 1 else None
    if person is not None:  # "maren, can you help me ...": said to her, not a hint request
        rest = [f for f in (_frame(normalise(r), index) for r in raws[1:]) if f is not None]
        if (
            not rest
            or rest[0].said
            or rest[0].intent in _SAID_TO_SOMEONE
            or _sent(raws[1], person, index)
        ):
            words = normalise(" ".join(raws[1:]))
            return [resolve_frame(Frame(Intent.TALK, person, words, said=True), clean, ctx)]
        asks_leave = _ASKS_LEAVE.match(normalise(raws[1])) is not None
        if not _only_named(raws[0], person, index) or not _a_command(rest[0]) or not asks_leave:
            intents.append(resolve_frame(Frame(Intent.TALK, person), raws[0], ctx))
        raws = raws[1:]  # "come on skipper, let's go": a word to him, then the command
    for raw in raws:
        if len(raws) > 1 and _EYES.match(strip_filler(normalise(raw))):
            continue  # "close my eyes and listen": how the player listens
        if raw is not raws[-1] and _STOPPING.match(strip_filler(normalise(raw))):
            continue  # "stop and take stock of what my senses tell me": how it is done
        if (
            raw is raws[0]
            and len(raws) > 1
            and _OK_THEN_ASKS.match(normalise(raws[1]))
            and _OK_ALONE.match(normalise(raw))
        ):
            continue  # "ok. how do i find my book?": a filler before a question of one's
            # own, never a yes to an old one
        if len(raws) > 1 and _FONDLY.match(normalise(raw)):
            continue  # "och hen. nobody gets in by mistake": how it is said, not words of
            # their own (newcomer 21 met Juno's "No idea ... where the toilets are" for it)
        frame = _frame(normalise(raw), index)
        bare, name = _without_call(raw, index)
        alone = _frame(normalise(bare), index) if bare is not None else None
        if bare is not None and alone is not None and _a_command(alone):
            raw, frame = bare, alone  # "could i mend fenn's book, bastian?": the book
        elif alone is not None and alone.intent == Intent.TAKE:  # "could i borrow a lamp,
            frame = Frame(Intent.TALK, name, normalise(raw), said=True)  # rue?": asked of her
        elif name is not None and frame is not None and frame.said:  # "what happened, ilse?"
            frame = frame._replace(target=name)  # with Bastian here too: said to her
        if (
            frame is not None
            and frame.intent == Intent.GIVE
            and (_GIVE_ME.match(frame.target or "") or frame.obj in ("me", "us"))
        ):
            frame = Frame(Intent.TALK, None, normalise(raw), said=True)  # "could u give me
            # something warm for maren": asking whoever is here for it, not the player's give
        if frame is None or frame.intent == Intent.UNKNOWN:  # "maren, the boats need ...":
            frame = _called_first(normalise(raw), index) or frame  # said to her
        if frame is not None and intents and _invitation(raw, frame, intents[-1]):
            frame = Frame(Intent.TALK, intents[-1].target, normalise(raw), said=True)
        if frame is not None:
            intents.append(resolve_frame(frame, raw, ctx))
    intents = _to_the_one_named(intents, raws, index)
    return _one_hint(_one_goodbye(intents)) or [ParsedIntent(Intent.UNKNOWN, None, raw=clean)]


_GIVE_ME = re.compile(r"^(?:me|us)\b")
_OK_ALONE = re.compile(r"^(?:ok|okay|alright|all right|right|so)$")
_OK_THEN_ASKS = re.compile(
    r"^(?:(?:and|but|so|then) )?(?:who|what|where|why|how|when|which|whats|wheres|whos)\b"
)


#: A clause that is only a sound of sympathy and a fond word ("och hen", "oh love", "aw pet",
#: "ah dear"): the tone of what follows it, never words to answer on their own.
_FONDLY = re.compile(
    r"^(?:(?:och|oh|aw+|ah+|eh|ach|oh dear|dear me)\s*)+"
    r"(?:hen|love|pet|dear|darling|hun|hon|sweetheart|lass|lassie|son|pal|mate|doll|chick)?$"
)


#: Where a clause calls someone by name: first ("maren, ...", "hi maren ..."), last ("...,
#: maren?"), or asking who they are ("are you maren?", "you must be maren").
_CALLED = (
    r"^(?:(?:hi|hello|hey|oh|ok|okay|dear|so|um+|well|good (?:evening|morning|afternoon)"
    r"|evening|morning|excuse me|sorry)[\s,!.]+)*{name}\b(?!'s)"
    r"|,\s*{name}\s*[?!.]*$"
    r"|\b(?:are you|you must be|you're|youre|is that you,?) {name}\b"
)


def _to_the_one_named(
    intents: list[ParsedIntent], raws: list[str], index: Index | None
) -> list[ParsedIntent]:
    """Words to no one named, in an input that calls one person here by name in another of
    its clauses ("hi. are you maren? how are you feeling", with Skipper spoken to last), go
    to that person, never to whoever words with no name would go to (newcomer 13 was
    answered by the dog); the intents as they are when no one, or more than one, is so
    called, or the one called is an animal."""
    who = _called(raws, index) if len(raws) > 1 else None
    if index is None or who is None:
        return intents
    name = index.primary.get(who, who)
    kept = []
    for i in intents:
        own = i.target_id is not None and any(
            n in normalise(i.raw).split() for n, e in index.names if e == i.target_id
        )
        if i.intent in ADDRESSED and i.target_id not in (None, who) and not own:
            i = replace(i, target=name, target_id=who)
        kept.append(i)
    return kept


def _called(raws: list[str], index: Index | None) -> str | None:
    """The one person here (not an animal) the clauses call by name (:data:`_CALLED`); None
    when no one, or more than one, is called."""
    if index is None:
        return None
    called = set()
    for raw in raws:
        typed = raw.lower().strip()
        for name, entry in index.names:
            if entry in index.people and re.search(_CALLED.format(name=re.escape(name)), typed):
                called.add(entry)
    who = called.pop() if len(called) == 1 else None
    return who if who is not None and who not in index.animals else None


def called_by_name(text: str, scope: Scope) -> str | None:
    """The one person here an input calls by name ("hi. are you maren? how are you feeling"),
    whom its words with no name go to; None when no one, or more than one, is called."""
    clean = corrected(sanitise(text))
    index = index_of(scope)
    world_first = frozenset(v.split()[0] for v in index.verbs)
    return _called(clauses(clean, world_first, scope.known_verbs), index)


def _one_goodbye(intents: list[ParsedIntent]) -> list[ParsedIntent]:
    """Leave-takings in a row to the same person ("bye rue, see you soon") are one."""
    kept: list[ParsedIntent] = []
    for i in intents:
        bye = i.intent == Intent.TALK and i.obj == "goodbye"
        last = kept[-1] if kept else None
        same = last is not None and i.target_id in (None, last.target_id)
        if bye and same and last is not None and last.obj == "goodbye":
            continue
        kept.append(i)
    return kept


def _one_hint(intents: list[ParsedIntent]) -> list[ParsedIntent]:
    """Hint requests in a row ("i'm a bit stuck. what should i do to help ilse?") are one."""
    return [
        i
        for k, i in enumerate(intents)
        if not (k and i.intent == Intent.HELP and intents[k - 1].intent == Intent.HELP)
    ]


_LETS = ("let's ", "lets ", "let us ")
#: Saying one is leaving, with no place named: a leave-taking when someone is here.
_LEAVING = re.compile(
    r"^(?:ok |okay |right |well )?(?:i'll|ill|i will|i should|i must|i'd better|i better|i have to"
    r"|i need to|i'm gonna|im gonna|i'm going to|im going to) (?:go|be off|head off|get going"
    r"|leave|go now|be going|head out)(?: now| then| soon)?$"
    r"|^(?:back soon|be back soon|i'll be back soon|ill be back soon)$"
)
#: Telling someone one is listening ("i'll listen", "go on, i'm listening to you"): words to
#: them when someone is here, never the everyday verb listen.
#: Calling out to see who is about: "is anyone there?", "anybody home?", "hello, is there
#: anyone here?", "is somebody in there?" (newcomer 16's "is anyone there?" was refused as
#: unknown words).
_CALLING_OUT = re.compile(
    r"^(?:(?:hello|hallo|hi|hey|oi|excuse me)\W* )?(?:(?:is|are) (?:there )?(?:any|some)"
    r"(?:one|body)(?: (?:there|here|around|about|home|in|in there|out there|up there|down there|"
    r"at home))?|(?:any|some)(?:one|body) (?:there|around|about|home|in there|out there|up "
    r"there|down there|at home))$"
)
#: ("anyone here?" after a "hello?" is left to the greeting: two hellos would be two answers.)

_LISTENING = re.compile(
    r"^(?:ok |okay |sure |go on |right )?(?:i'll|ill|i will|i'm|im|i am) (?:listen|listening"
    r"|all ears)(?: to you| to her| to him)?(?: now| then)?$"
)
#: "wait," / "hang on," / "hold on:" opening more words: an interjection, not the command
#: ("wait, maren is my name", "go on then, tell me"); "wait, then go north" and "wait for the
#: boat" keep it.
#: A sound of sympathy and a fond word before words of one's own ("Oh pet, no. It is not your
#: fault", "aw love, that's not on you", "ach hen, don't"): how it is said. Newcomer corpus 29
#: (a widow from Galway) met "You can't find any no here." for her kind "no" to Pip: "pet" was
#: read as stroking a "no".
_FOND_OPENER = re.compile(
    r"^(?:(?:och|oh|aw+|ah+|ach)\s+)+(?:hen|love|pet|dear|darling|hun|hon|sweetheart|lass|"
    r"lassie|pal|mate|doll|chick|pet lamb|a stor|a chroi|a ghra)\s*[,!.\u2013\u2014-]+\s*(?=\S)",
    re.IGNORECASE,
)

_INTERJECTION = re.compile(
    r"^(?:oh |no )?(?:wait|hang on|hold on|hold up|one sec|one second|go on(?: then)?)"
    r"\s*[.,:;!\u2013\u2014-]+\s*(?=\S)"
    r"(?!then\b|and\b|for\b|until\b|here\b|a bit\b|a while\b|a moment\b|$)",
    re.IGNORECASE,
)


def _invitation(raw: str, frame: Frame, before: ParsedIntent) -> bool:
    """Whether "let's go ..." after words to someone ("come on skipper, let's go home", "good
    boy, let's go home") is said to them, an invitation, rather than the player going."""
    return (
        frame.intent == Intent.GO
        and before.intent == Intent.TALK
        and before.target_id is not None
        and normalise(raw).startswith(_LETS)
        and not _THANKS_FIRST.match(normalise(before.raw))  # "thanks, lets go north": both,
        # in order: the thanks to them, then the player's own way
    )


_THANKS_FIRST = re.compile(r"^(?:thanks|thank you|thank u|thank ya|cheers|ta|thx|ty)\b")
