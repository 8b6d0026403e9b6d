"""Conversation-level risk: the screen's verdict on a message, seen with the session's recent
player messages (docs/safety.md, "Conversation-level risk").

:func:`assess` takes the single-message verdict of :func:`~tta_server.safety.classify` and the
session's recent player messages (:class:`Recent`, oldest first, newest last) and returns the
verdict for the conversation. It is pure and synchronous (no I/O, no clock unless ``now`` is
given, no network) and never raises: on an internal error it returns the single-message verdict.
Only messages inside the window count: the last :data:`WINDOW_MESSAGES`, and of those, when
they carry a time, only the ones at most :data:`WINDOW_S` seconds before ``now``.

The rules, each leaving a reason that starts with ``conversation:`` so a verdict can be audited:

a. **Split crisis.** When the message is below crisis, the previous one, then the previous two
   player messages (not crisis themselves) are joined to it with a plain space and screened
   again by :func:`~tta_server.safety.classify`; a crisis there is a crisis, with that screen's
   reasons prefixed (``conversation:suicide.means_ready``). It must come from a rule, not only
   from the learned model's score (a reason without a ``:``): the model reads the joined text
   as one message, and two ordinary ones ("see you tomorrow", "let's finish this tonight") can
   add up to a high score.
b. **A plan after distress.** An earlier concern or crisis of category distress, suicide or
   self-harm in the window, and this message names a time, a means or a place (small word
   lists below, six languages): crisis, ``conversation:plan_after_distress``. **A time after a
   means.** One of the previous two messages says "I have / got ... pills" (a means, in the first
   person) and this one names a time ("I have the pills" ... "tonight"): crisis,
   ``conversation:means_then_time``. Each sentence of the message is read on its own: a game
   command (it starts with a verb of play, after an opener like "ok" or "then": "go to the
   bridge", "I take the rope", "out. go to the cliff path"), asking leave for one with no means
   named ("could I borrow a lantern for the cliff path?") or a sentence about the story's world
   ("my character climbs onto the roof") names nothing here, nor does a time about playing
   again ("see you tomorrow", "I want to keep playing tomorrow"), nor a sentence about the one
   spoken to with no word of the speaker or of leaving ("ilse, you should not be on your own
   tonight", round 29), nor thanks or praise for the evening with no word of risk or of a
   parting for good ("you have been very kind to me tonight", "merci pour ce soir"; not "thank
   you for everything, tonight", round 30), nor reaching out to someone living ("i should call
   my mum tomorrow"; not "to say goodbye", round 30).
   **Joining after a death.** An earlier concern or crisis of those categories told a death
   ("my husband died in march") and this message speaks of being with them again or soon
   ("i'll be with him soon", "not long now till i see him", "je vais la rejoindre"): crisis,
   ``conversation:joining_after_a_death`` (round 30; not seeing them at the funeral).
c. **Building risk.** This message is concern and at least :data:`BUILDING_AT` messages in the
   window were concern or crisis: still concern, with ``conversation:building``.
   :func:`escalates` says whether this message starts a build-up (the server raises one
   facilitator alert per build-up, not one per further message of the same run).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from tta_server.safety import classifier
from tta_server.safety.going_home import MY, PERSON, RISK
from tta_server.safety.model import Assessment, Category, Level
from tta_server.safety.normalisation import fold_letters, join_split_letters

WINDOW_MESSAGES = 6
"""How many earlier player messages of the session count."""
WINDOW_S = 30 * 60.0
"""How old (seconds) an earlier message may be to count, when its time is known."""
SPLIT_JOIN = 2
"""How many earlier messages a split crisis may span (joined to the current one)."""
BUILDING_AT = 2
"""Earlier concern or crisis messages in the window that make a concern a build-up."""

PREFIX = "conversation:"
BUILDING = PREFIX + "building"
PLAN_AFTER_DISTRESS = PREFIX + "plan_after_distress"
MEANS_THEN_TIME = PREFIX + "means_then_time"
JOINING_AFTER_A_DEATH = PREFIX + "joining_after_a_death"

_RISK_CATEGORIES = frozenset({Category.DISTRESS, Category.SUICIDE, Category.SELF_HARM})
_ELEVATED = frozenset({Level.CONCERN, Level.CRISIS})


@dataclass(frozen=True, slots=True)
class Recent:
    """An earlier player message of this session and the level the screen gave it.

    ``text`` may be empty (a crisis message is not kept in the session's log, only its
    verdict); ``at`` is its time in seconds since the epoch, when known.
    """

    text: str
    level: Level
    category: Category | None = None
    at: float | None = None


# Words are matched on folded text: case-folded, accents stripped, apostrophes to spaces.
_TIME = (
    # en
    "tonight", "tonite", "tomorrow", "tmrw", "this weekend", "at midnight", "in an hour",
    "when everyone is asleep", "when they are asleep",
    # es
    "esta noche", "manana", "pasado manana", "este fin de semana", "a medianoche",
    # fr
    "ce soir", "cette nuit", "demain", "ce week end", "a minuit",
    # de
    "heute nacht", "heute abend", "morgen", "dieses wochenende", "um mitternacht",
    # pt
    "esta noite", "hoje a noite", "amanha", "este fim de semana", "a meia noite",
    # it
    "stanotte", "stasera", "domani", "questo fine settimana", "a mezzanotte",
)  # fmt: skip
_MEANS = (
    # en
    "pills", "tablets", "meds", "sleeping pills", "painkillers", "paracetamol", "rope", "noose",
    "knife", "blade", "blades", "razor", "razors", "gun", "bleach",
    # es
    "pastillas", "pastilla", "medicamentos", "cuerda", "soga", "cuchillo", "navaja", "cuchilla",
    "pistola",
    # fr
    "cachets", "comprimes", "medicaments", "corde", "couteau", "lame", "lames", "pistolet",
    # de
    "tabletten", "pillen", "medikamente", "seil", "strick", "messer", "klinge", "rasierklinge",
    "pistole",
    # pt
    "comprimidos", "remedios", "corda", "faca", "lamina", "gilete", "arma",
    # it
    "pillole", "pastiglie", "farmaci", "coltello", "lametta", "lamette", "pistola",
)  # fmt: skip
_PLACE = (
    # en
    "bridge", "roof", "rooftop", "cliff", "train tracks", "railway", "tracks", "ledge",
    "balcony", "tower block",
    # es
    "puente", "azotea", "tejado", "acantilado", "las vias", "balcon",
    # fr
    "pont", "toit", "falaise", "voie ferree", "les rails", "balcon",
    # de
    "brucke", "bruecke", "dach", "klippe", "gleise", "balkon",
    # pt
    "ponte", "telhado", "penhasco", "trilhos", "linha do comboio", "varanda",
    # it
    "ponte", "tetto", "scogliera", "binari", "balcone",
)  # fmt: skip
_FIRST_PERSON_HAVE = (
    # en
    "i have", "i ve", "i got", "i ve got", "i bought", "i saved", "i found", "i kept", "i hid",
    "i am holding", "got my", "my",
    # es
    "tengo", "compre", "guarde", "ya tengo", "mis",
    # fr
    "j ai", "je garde", "mes",
    # de
    "ich habe", "ich hab", "hab", "meine",
    # pt
    "tenho", "comprei", "guardei", "meus", "minhas",
    # it
    "ho", "ho comprato", "ho preso", "miei", "mie",
)  # fmt: skip
_PLAY_VERBS_EN = frozenset(
    (
        "go", "walk", "run", "head", "climb", "take", "get", "pick", "grab", "look", "l",
        "examine", "x", "inspect", "read", "use", "open", "close", "give", "ask", "talk", "speak",
        "say", "tell", "cross", "enter", "leave", "return", "wait", "light", "ring", "search",
        "follow", "sit", "drop", "put", "show", "tie", "untie", "throw", "n", "s", "w", "north",
        "south", "east", "west", "up", "down", "inventory", "inv", "e", "ne", "nw", "se", "sw",
        "u", "d", "out", "in", "inside", "outside", "borrow", "bring", "fetch", "carry", "lend",
        "knock", "visit",
    )
)  # fmt: skip
_PLAY_VERBS = _PLAY_VERBS_EN | frozenset(
    (
        # es
        "ve", "vete", "camina", "coge", "toma", "agarra", "mira", "examina", "usa", "abre",
        "habla", "pregunta", "cruza", "entra", "sube", "baja", "lee",
        # fr
        "va", "vais", "prends", "regarde", "examine", "utilise", "ouvre", "donne", "parle",
        "demande", "traverse", "entre", "monte", "descends", "lis",
        # de
        "geh", "gehe", "nimm", "schau", "untersuche", "benutze", "offne", "oeffne", "gib",
        "sprich", "frag", "frage", "uberquere", "betrete", "steig", "lies",
        # pt
        "vai", "anda", "pega", "olha", "examina", "usa", "abre", "fala", "pergunta",
        "atravessa", "entra", "sobe", "desce",
        # it
        "vai", "prendi", "guarda", "esamina", "usa", "apri", "dai", "parla", "chiedi",
        "attraversa", "entra", "sali", "scendi", "leggi",
    )
)  # fmt: skip


_PLAY_TALK = (
    # en: coming back to the game is not a plan
    "see you", "see ya", "play", "playing", "game", "story", "come back", "continue", "carry on",
    "log in", "log on",
    # es, fr, de, pt, it
    "hasta manana", "jugar", "juego", "a demain", "jouer", "jeu", "bis morgen", "spielen",
    "spiel", "ate amanha", "jogar", "jogo", "a domani", "giocare", "gioco",
)  # fmt: skip


_FICTION = (
    # the story's people and things, not the player's: "my character climbs onto the roof"
    "my character", "in the game", "in game", "the knight", "quest", "orc", "goblin", "dragon",
    "wizard", "potion", "npc", "boss", "level",
    "mi personaje", "en el juego", "mon personnage", "dans le jeu", "mein charakter",
    "im spiel", "meu personagem", "no jogo", "il mio personaggio", "nel gioco",
)  # fmt: skip


def _words(phrases: Sequence[str]) -> re.Pattern[str]:
    alternatives = sorted(set(phrases), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in alternatives) + r")\b")


_TIME_RE = _words(_TIME)
_MEANS_RE = _words(_MEANS)
_PLACE_RE = _words(_PLACE)
_PLAY_TALK_RE = _words(_PLAY_TALK)
_FICTION_RE = _words(_FICTION)
_HAVE_MEANS_RE = re.compile(
    r"\b(?:"
    + "|".join(re.escape(p) for p in sorted(set(_FIRST_PERSON_HAVE), key=len, reverse=True))
    + r")\b(?: \w+){0,3}? "
    + _MEANS_RE.pattern
)


_DEATH_RE = re.compile(
    r"\b(?:died|dead|passed|passed away|funeral|widow\w*|lost (?:him|her|them|my \w+)|"
    r"murio|fallecio|muerto|muerta|mort|morte|decede|gestorben|tot|verstorben|morto|morta|"
    r"morreu|faleceu)\b"
)
"""A death told in an earlier message ("my husband died in march", folded)."""
_JOINING_RE = re.compile(
    r"\b(?:be with|join|see|hold) (?:him|her|them)(?: again)? (?:soon|shortly|before long|"
    r"tonight)\b(?! (?:at|for|in|on) (?:the|his|her|their) (?:funeral|service|grave|"
    r"cemetery|wake|church|memorial)\b)"
    r"|\b(?:be with|join) (?:him|her|them) again\b|\bgo (?:to )?where (?:he|she|they) (?:is|are)\b"
    r"|\bnot long (?:now )?(?:till|until|before) i (?:see|am with|m with|join|hold)\b"
    r"|\b(?:estar con (?:el|ella)|reunirme con (?:el|ella)|le rejoindre|la rejoindre|"
    r"bei (?:ihm|ihr) sein|zu (?:ihm|ihr) gehen|raggiungerl[oa]|stare con (?:lui|lei)|"
    r"ficar com (?:ele|ela)|ir ter com (?:ele|ela))\b"
)
"""Being with the dead again or soon ("i'll be with him soon", "not long now till i see him"),
folded: after a death told, joining them (``sui.wish_dead``)."""


def fold(text: str) -> str:
    """Case-folded, look-alike letters folded and accents stripped (as the screen does), split
    letters rejoined, everything but letters and digits to single spaces."""
    bare = join_split_letters(fold_letters(unicodedata.normalize("NFKC", text).casefold()))
    return " ".join(re.sub(r"[^\w]+", " ", bare).split())


_OPENERS = frozenset(
    ("ok", "okay", "k", "right", "alright", "so", "then", "and", "now", "well", "oh", "please",
     "pls", "plz")
)  # fmt: skip
"""Words a command may open with ("ok go to the bridge", "then take the rope")."""
_ASKING = re.compile(r"^(?:can|could|may) (?:i|we) (?:please )?")
"""Asking leave for an act of play ("could I borrow a lantern for the cliff path?"), unless a
means is named; not "I'll", which says what the player will do."""
_CLAUSE_END = re.compile(r"[.!?;:\n]+")


def _is_play(folded: str) -> bool:
    """A game command: it starts with a verb of play ("go to the bridge", "take the rope",
    "I take the rope", "ok, then go to the bridge", "can I borrow the lamp for the roof?"), or
    the story's world is named ("my character", "the knight")."""
    if _FICTION_RE.search(folded):
        return True
    words = folded.split(" ")
    while len(words) > 1 and words[0] in _OPENERS:
        words = words[1:]
    asking = _ASKING.match(" ".join(words[:4]))
    if asking:
        if _MEANS_RE.search(folded):  # "can I take the pills tonight" asks for no game's leave
            return False
        words = " ".join(words)[asking.end() :].split(" ")
    if words[0] == "i" and len(words) > 1:
        return words[1] in _PLAY_VERBS_EN
    return words[0] in _PLAY_VERBS


_PARTING = re.compile(
    r"\b(?:everything|all you (?:ve|have) done|the night|time to go|its time|it s time|ready|"
    r"miss (?:you|me)|ll miss|remember me|take care of|look after|can have (?:the|my) \w+|"
    r"keep (?:the|my) \w+)\b"
)
"""Words of a parting for good beside thanks or reaching out ("thank you for everything",
"remember me", "she can have the dog"): the time keeps its weight."""


_TO_THEM = re.compile(
    r"^(?:\w+ ){0,2}?(?:you|your|youre|u|ur|yourself|tu|usted|vous|du|dich|dir|voce|lei)\b"
    r"(?! (?:know|see|guys|people|lot|two|all)\b)"
)
"""A sentence that opens on the one spoken to (after a name or an opener: "ilse you should not
be on your own tonight", "maren, you need to rest tonight")."""
_SPEAKER_OR_LEAVING = re.compile(
    r"\b(?:i|im|ive|ill|id|me|my|mine|myself|we|us|our|yo|mi|mis|je|j|moi|mon|ma|mes|ich|mich|"
    r"mir|mein\w*|eu|meu|minha|io|mio|mia|"
    r"better|without|miss|last|bye|goodbye|forever|gone|free|worry|sorry|end|anymore|longer|"
    r"again|after|adios|adieu|tschuss|addio|adeus)\b"
)
"""A word of the speaker or of leaving: the sentence may be about the speaker after all ("you
won't have to worry after tonight", "you'll never see me again")."""


def _about_them(folded: str) -> bool:
    """A sentence about the one spoken to, not the speaker: it opens on them (:data:`_TO_THEM`,
    not "you know", "you see") and says nothing of the speaker or of leaving
    (:data:`_SPEAKER_OR_LEAVING`). Its time names no plan (a means or a place still does):
    "Ilse, have you any family of your own to go home to? You should not be on your own
    tonight" was a crisis hold after a widow's earlier grief (newcomer 32)."""
    return (
        _TO_THEM.match(folded) is not None
        and _SPEAKER_OR_LEAVING.search(folded) is None
        and _PARTING.search(folded) is None
    )


_THANKED = re.compile(
    r"\b(?:thank\w*|thanks|thx|ty|cheers|grateful|kind|kindness|lovely|enjoyed|"
    r"good to (?:talk|see|meet)|nice to (?:talk|see|meet)|good company|"
    r"gracias|amable|merci|gentil\w*|danke|nett|obrigad\w*|grazie|gentile)\b"
)
"""Thanks or praise for the evening ("you have been very kind to me tonight", "thank you for
tonight", "merci pour ce soir")."""


def _thanks(folded: str) -> bool:
    """A sentence of thanks or praise for the evening with no word of risk or of a parting for
    good (:func:`_only`). Its time names no plan: "Bastian, you have been very kind to me
    tonight. Thank you" was a crisis hold after a widow's earlier grief (newcomer 32)."""
    return _only(_THANKED, folded)


def _only(frame: re.Pattern[str], folded: str) -> bool:
    """Whether ``folded`` is in ``frame`` with no word of risk (``going_home.RISK``) or of a
    parting for good (:data:`_PARTING`)."""
    return (
        frame.search(folded) is not None
        and RISK.search(folded) is None
        and _PARTING.search(folded) is None
    )


_REACHING_OUT = re.compile(
    r"\b(?:call|calling|phone|phoning|ring|ringing|text|texting|message|visit|visiting|see|"
    r"seeing|meet|meeting|talk to|talking to|speak to|speaking to|skype|facetime|video call|"
    r"write to|go and see|go see|got|have|having|pick up|picking up|collect|collecting|"
    r"be with|spend time with|spending time with|"
    r"llamar a|llamo a|visitar a|ver a|hablar con|appeler|appelle|voir|parler a|anrufen|"
    r"rufe|besuchen|sehen|sprechen mit|ligar para|ligar a|ligo para|visitar|falar com|"
    r"chiamare|chiamo|vedere|parlare con|sentire)\b"
    r"(?: \w+){0,2}? (?:" + MY + r" )?(?:" + PERSON + r"|doctor|gp|therapist|counsellor|"
    r"counselor|friend|friends|mate|mates|nurse|priest|pastor|helpline|samaritans|medico|"
    r"medecin|arzt|amigo|amiga|ami|amie|freund|freundin|amico|amica)\b"
)
"""Reaching out to someone living, or time with them ("i should call my mum tomorrow", "i've
got my kids this weekend", "je vais appeler ma mere demain"), folded: a plan that protects, not
one to end a life."""


def _reaching_out(folded: str) -> bool:
    """A sentence that reaches out to someone living (:data:`_REACHING_OUT`) with no word of
    risk or of a parting for good (:func:`_only`: "call my mum tomorrow to say goodbye", "see my
    daughter one last time"). Its time names no plan: "i should call my mum tomorrow", after
    "some nights i feel very down", was a crisis hold, and so was the player's "i just mean i
    will phone my mum tomorrow, she will be happy" under it (newcomer corpus 29)."""
    return _only(_REACHING_OUT, folded)


def _clauses(text: str) -> list[str]:
    """The message's sentences, folded, empty ones left out: a plan is named in one of them
    that is not a game command ("out. go to the cliff path" names no plan)."""
    return [c for c in (fold(part) for part in _CLAUSE_END.split(text)) if c]


def names_time(text: str) -> bool:
    """Whether the message names a time ("tonight", "ce soir") in a sentence that is not a game
    command, and is not about playing again ("see you tomorrow")."""
    folded = fold(text)
    if not folded or _PLAY_TALK_RE.search(folded):
        return False
    # the time word first: most sentences name none, and the frame checks are the dearer part
    return any(
        _TIME_RE.search(c) and not (_is_play(c) or _about_them(c) or _thanks(c) or _reaching_out(c))
        for c in _clauses(text)
    )


def names_plan(text: str) -> bool:
    """Whether the message names a time, a means or a place in a sentence that is not a game
    command."""
    if names_time(text):
        return True
    return any(
        r.search(c) for c in _clauses(text) if not _is_play(c) for r in (_MEANS_RE, _PLACE_RE)
    )


def has_means(text: str) -> bool:
    """Whether the message says the player has a means ("I have the pills", "tengo la cuerda")."""
    folded = fold(text)
    return bool(folded) and not _is_play(folded) and _HAVE_MEANS_RE.search(folded) is not None


def window(recent: Sequence[Recent], now: float | None = None) -> list[Recent]:
    """The earlier messages that count: the last :data:`WINDOW_MESSAGES`, and when ``now`` and
    their times are known, only those at most :data:`WINDOW_S` old."""
    last = list(recent)[-WINDOW_MESSAGES:]
    if now is None:
        return last
    return [r for r in last if r.at is None or now - r.at <= WINDOW_S]


def assess(
    current_text: str,
    current: Assessment,
    recent: Sequence[Recent],
    *,
    now: float | None = None,
) -> Assessment:
    """The verdict on ``current_text`` in its conversation (see the module docstring); never
    less urgent than ``current``, and ``current`` itself on any internal error."""
    try:
        return _assess(current_text, current, window(recent, now))
    except Exception:  # the screen must never fail a turn
        return current


def _crisis(category: Category | None, reasons: Sequence[str]) -> Assessment:
    return Assessment(Level.CRISIS, category, tuple(reasons))


def _assess(text: str, current: Assessment, recent: list[Recent]) -> Assessment:
    if current.level is Level.CRISIS or not recent:
        return current
    # a. a crisis split across messages (never joined across an earlier crisis)
    earlier: list[str] = []
    for r in reversed(recent[-SPLIT_JOIN:]):
        if r.level is Level.CRISIS or not r.text.strip():
            break
        earlier.insert(0, r.text.strip())
        joined = _joined_crisis(" ".join([*earlier, text]))
        if joined is not None:
            return _crisis(joined.category, [PREFIX + reason for reason in joined.reasons])
    # b. a plan after distress; a time after a means
    risky = [r for r in recent if r.level in _ELEVATED and r.category in _RISK_CATEGORIES]
    if risky and names_plan(text):
        self_harm = risky[-1].category is Category.SELF_HARM
        category = Category.SELF_HARM if self_harm else Category.SUICIDE
        return _crisis(category, [*current.reasons, PLAN_AFTER_DISTRESS])
    if names_time(text) and any(has_means(r.text) for r in recent[-SPLIT_JOIN:]):
        return _crisis(Category.SUICIDE, [*current.reasons, MEANS_THEN_TIME])
    # b2. being with the dead soon, after a death told
    if _JOINING_RE.search(fold(text)) and any(
        r.level in _ELEVATED and _DEATH_RE.search(fold(r.text)) for r in risky
    ):
        return _crisis(Category.SUICIDE, [*current.reasons, JOINING_AFTER_A_DEATH])
    # c. risk building up
    if current.level is Level.CONCERN and _elevated(recent) >= BUILDING_AT:
        return Assessment(current.level, current.category, (*current.reasons, BUILDING))
    return current


def _joined_crisis(joined: str) -> Assessment | None:
    """The screen's verdict on ``joined`` when it is a crisis a rule took part in (a reason
    without a ``:``), else None. The learned model is not consulted when no rule fires (its
    crisis alone would not count), and the answers for short joined texts are remembered
    (:data:`JOINED_CACHE`: players repeat "look around", "go east"), so the same messages
    joined again are not screened again; the verdict is the same as screening them."""
    if len(joined) > JOINED_CACHE_CHARS:
        return _joined_screen(joined)
    return _joined_cached(joined, classifier.USE_MODEL)


def _joined_screen(joined: str) -> Assessment | None:
    verdict = classifier.classify_if_rules(joined)
    if verdict is None or verdict.level is not Level.CRISIS:
        return None
    return verdict if any(":" not in reason for reason in verdict.reasons) else None


JOINED_CACHE = 4096
"""How many joined texts' answers the process remembers (least recently used go first)."""
JOINED_CACHE_CHARS = 400
"""Joined texts longer than this are screened every time (they are rarely said twice)."""


@functools.lru_cache(maxsize=JOINED_CACHE)
def _joined_cached(joined: str, use_model: bool) -> Assessment | None:
    """:func:`_joined_screen`, remembered; ``use_model`` (``classifier.USE_MODEL``, which tests
    switch) is part of the key."""
    return _joined_screen(joined)


def _elevated(messages: Sequence[Recent]) -> int:
    return sum(1 for r in messages if r.level in _ELEVATED)


def escalates(verdict: Assessment, recent: Sequence[Recent], *, now: float | None = None) -> bool:
    """Whether ``verdict`` (from :func:`assess` with the same ``recent``) starts a build-up: it
    is a building concern and no earlier message in the window was one already, nor a crisis
    (which alerted facilitators itself). Never raises (False on an error)."""
    try:
        if verdict.level is not Level.CONCERN or BUILDING not in verdict.reasons:
            return False
        counted = window(recent, now)
        for i, earlier in enumerate(counted):
            if earlier.level is Level.CRISIS:
                return False
            before = window(counted[:i], earlier.at)
            if earlier.level is Level.CONCERN and _elevated(before) >= BUILDING_AT:
                return False
        return True
    except Exception:  # the screen must never fail a turn
        return False
