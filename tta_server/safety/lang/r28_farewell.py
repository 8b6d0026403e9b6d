"""A goodbye to everyone with a word of finality after it, in all six languages (round 28).

The taxonomy's farewells (``sui.preparatory``): "an ordinary goodbye ('my last message tonight,
bye everyone') is a player leaving the chat, but with a word of finality anywhere after it
('goodbye forever', 'thank you for everything', 'love you all', 'tell my mum I'm sorry') it is
crisis". The rules read the finality after "last message" (``en_r3_last_message_final``) and
"goodbye forever" said in one breath, but not after a goodnight or a bye to everyone: "night all,
this is the last time" and "goodnight everyone, thank you for everything, i love you all" were
concerns of the n-gram model, and "ok bye all, for good this time" was rated none (the comma
parts "bye all" from "for good"). Found by the lead trying the signing-off gate's own
look-alikes (round 27), not from a blind message.

A leave-taking to all (:data:`_BYE_ALL`: "bye everyone", "night all", "adios a todos", "bonne
nuit tout le monde", "tschuss zusammen", "tchau pessoal", "ciao a tutti") followed within
fourteen words by finality (:data:`_FINAL`) is crisis; a goodbye that says when the player
is back ("see you tomorrow", "a demain", "bis morgen"), a game or a laugh anywhere after it
keeps it ordinary (the signing-off gate, ``safety/signing_off.py``, then keeps the model away
too). Rule ids carry ``r28_``. The names this module defines are described in
``tta_server.safety.lang``.
"""

from __future__ import annotations

from tta_server.safety.lexicon import CRISIS, SUI, Rule

#: A leave-taking to everyone present (normalised: no accents).
_BYE_ALL = (
    r"\b(?:(?:good ?bye|bye|bye bye|night|good ?night|nite|farewell|take care)"
    r" (?:all|everyone|everybody|guys|folks|yall|you all|friends|my friends)"
    r"|(?:adios|chao|hasta siempre|buenas noches) a todos"
    r"|(?:au revoir|adieu|bonne nuit|salut) (?:a tous|tout le monde)"
    r"|(?:tschuss|tschuess|lebt wohl|gute nacht|auf wiedersehen) (?:zusammen|alle|euch allen|ihr alle)"
    r"|(?:tchau|adeus|boa noite) (?:pessoal|a todos|gente)"
    r"|(?:ciao|addio|buonanotte|buona notte|arrivederci) a tutti)\b"
)

#: Coming back, a game or a laugh anywhere after the goodbye: an ordinary leave-taking.
_BACK_LATER = (
    r"(?!.*\b(?:see (?:you|ya|u)|cya|tomorrow|tmrw|tonight|next (?:week|time|session|game)|"
    r"later|soon|back (?:in|at|on|after|tomorrow|later|soon)|game|story|lol|lmao|haha\w*|"
    r"hasta (?:manana|luego|pronto)|nos vemos|a demain|a plus|a bientot|bis (?:morgen|bald|dann|"
    r"spater|spaeter)|ate (?:amanha|logo|mais)|a domani|a presto|a dopo|jaja\w*|mdr|kkk\w*)\b)"
)

#: Finality after the goodbye.
_FINAL = (
    r"(?:forever|for good|for ever|(?:this|that) (?:is|was|will be) the last time(?= [,.!]|$)|"
    r"i (?:will not|am not|am never) (?:be )?(?:back|coming back)(?= [,.!]|$)|"
    r"love you all|sorry for everything|thank(?:s| you) for everything|remember me|"
    r"you will (?:not|never) see me again|take care of (?:my|mum|mom|dad)|"
    r"para siempre|gracias por todo|no (?:volvere|vuelvo mas)|los quiero a todos|"
    r"perdon(?:en)? por todo|no me (?:volveran|van a volver) a ver|"
    r"pour toujours|merci pour tout|adieu|je ne reviendrai (?:pas|plus|jamais)|je vous aime tous|"
    r"pardon pour tout|vous ne me reverrez|"
    r"fur immer|fuer immer|danke fur alles|danke fuer alles|ich komme nicht mehr|"
    r"(?:nicht mehr|nie wieder) sehen|ich liebe euch alle|tut mir leid fur alles|"
    r"para sempre|obrigad[oa] por tudo|nao (?:volto|vou voltar) mais|amo voces|"
    r"desculp\w* por tudo|nunca mais me (?:vao )?ver|"
    r"per sempre|grazie (?:di|per) tutto|non tornero (?:piu|mai)|vi voglio bene|"
    r"scusate(?:mi)? per tutto|non mi vedrete piu)"
)

RULES: tuple[Rule, ...] = (
    Rule(
        "suicide.r28_farewell_all_final",
        CRISIS,
        SUI,
        _BYE_ALL + _BACK_LATER + r"(?: \S+){0,14}? " + _FINAL + r"\b",
        "goodnight everyone , thank you for everything , i love you all",
        negatable=False,
    ),
)
