"""Signing off for now: a message made only of an everyday leave-taking (issue 12).

Players leave an evening's play the way people leave a chat: "right im off. night all" (a
newcomer at the end of a session, play corpus 25), "thats me done for tonight, ta ra", "gute
nacht zusammen, bis morgen". Each part alone is nothing to the n-gram model, but joined they
read to it as a farewell: it called the first concern (0.81), a check-in panel on a player
saying goodnight. What a farewell for good says and a goodnight does not is in the words
around it: thanks for everything, love to all, the last time, never, forever, sorry.

:func:`signing_off` says whether a normalised message is **nothing but** such a leave-taking:
every part of it (between punctuation) is one of :data:`_PARTS` after an optional lead-in
("right", "ok", "well"), and no word of risk, finality or a goodbye for good is anywhere in it
(``going_home.RISK``). The classifier then does not consult the learned model on it; the rules
read it as always ("night all, this is the last time", "goodnight everyone, thank you for
everything, i love you all" are not signing off: those parts are not leave-takings). The
sentences it is tested on are in ``tests/safety/test_signing_off.py``.
"""

from __future__ import annotations

import re

from tta_server.safety.going_home import RISK

_LEADS = r"(?:right|ok|okay|okey|well|anyway|alright|righto|so|welp|oh well)"
_LEAD = r"(?:" + _LEADS + r" )*"

_ALL = (
    r"(?: (?:all|everyone|everybody|folks|guys|yall|y all|you all|you lot|team|then|now|"
    r"for now|mate|mates|lads|x+))*"
)

#: The everyday leave-takings, each a whole part of the message (normalised: "I'm" is "i am",
#: punctuation is its own word).
_PARTS = re.compile(
    r"^" + _LEAD + r"(?:"
    # English: going now, for the night, to bed or to work
    r"(?:i am|i m|im) (?:off|heading off|heading out|out of here)(?: now| then)?"
    r"(?: for (?:the night|tonight|today|now|the day))?(?: to (?:bed|sleep|work|my bed))?(?: now)?"
    # "i am done" or "i am going" alone can be despair: only with where or for how long
    r"|(?:i am|i m|im) (?:done|out|away|going|logging off)(?: now)?"
    r" (?:for (?:the night|tonight|today|now|the day)|to (?:bed|sleep|work|my bed))"
    r"|(?:off|going|heading|time for) (?:to )?(?:bed|sleep|work|my bed)(?: now)?"
    r"|that is me(?: done| off| out)?(?: for (?:tonight|today|now|the night|the day))?"
    r"|(?:good ?night|night|nite|nighty night|night night|g night)"
    + _ALL
    + r"|(?:bye|bye bye|byee+|ta ra|tara|cheers|cheerio|laters|later|ciao|toodles|take care)"
    + _ALL
    + r"|see (?:you|ya|u|yous)(?: all)?(?: tomorrow| later| soon| next time| next week|"
    r" in the morning| around| then)?"
    r"|(?:catch|talk to|speak to) (?:you|ya|u)(?: all)? (?:later|tomorrow|soon)"
    r"|(?:ttyl|brb|gtg|g2g|gotta go|got to go|have to go|need to go)(?: now)?"
    r"|(?:logging|signing|heading) off(?: now| for (?:tonight|today|now))?"
    r"|thanks(?: all)? for (?:tonight|today|the game|a good game)"
    r"|x+"
    # Spanish, French, German, Portuguese, Italian: the same, for the night
    r"|buenas noches(?: a todos)?|hasta (?:manana|luego|pronto)|nos vemos(?: manana)?"
    r"|me voy a (?:dormir|la cama)|chao|adios"
    r"|bonne nuit(?: a tous| tout le monde)?|a demain|a plus(?: tard)?|salut(?: tout le monde)?"
    r"|je vais (?:me coucher|dormir)"
    r"|gute nacht(?: zusammen| alle| euch)?|bis (?:morgen|spater|spaeter|bald|dann)"
    r"|(?:tschuss|tschues|tschau)(?: zusammen)?|ich geh(?:e)? (?:jetzt )?(?:schlafen|ins bett)"
    r"|boa noite(?: pessoal| a todos| gente)?|ate (?:amanha|logo|mais)|tchau(?: pessoal)?"
    r"|vou dormir"
    r"|buona ?notte(?: a tutti)?|a domani|a dopo|ciao(?: a tutti)?|vado a (?:dormire|letto)"
    r")$"
)

#: A part that is only a lead-in ("right , i am off . night all").
_LEAD_ONLY = re.compile(r"^" + _LEAD + _LEADS + r"$")

#: Where a normalised message divides into parts.
_BREAKS = re.compile(r" ?[.,;!?] ?")


def signing_off(said: str) -> bool:
    """Whether normalised ``said`` is nothing but an everyday leave-taking for now, with no word
    of risk, finality or a goodbye for good (see the module docstring)."""
    if RISK.search(said):
        return False
    parts = [p.strip() for p in _BREAKS.split(said) if p.strip()]
    taking = [p for p in parts if not _LEAD_ONLY.match(p)]
    return bool(taking) and all(_PARTS.match(p) for p in taking)
