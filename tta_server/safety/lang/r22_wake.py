"""Hoping not to wake up, in the languages that missed it (round 22c, issue 12).

The taxonomy's wish to be dead (``sui.wish_dead``) in its commonest form, "I hope I don't wake
up tomorrow", was crisis in English and Italian only: Spanish read it after "quiero" or
"ojalá" but not after "espero" nor with the subjunctive "despierte"; French's rule asked for
"espérer" as a word of its own, so "j'espère" (one token once normalised) never met it;
Portuguese and German had no rule. Found by round 22's development set
(``dev/round22.jsonl``, safety25: "espero no despertar mañana" none as served), never from a
blind message. The object of waking keeps it ordinary: hoping not to wake the baby, the
neighbours or anyone ("espero no despertar a los niños", "espero não acordar o bebê", "hoffe,
ich wecke niemanden auf") is none. Rule ids carry ``r22_``. The names this module defines are
described in ``tta_server.safety.lang``.
"""

from __future__ import annotations

from tta_server.safety.lexicon import CRISIS, SUI, Rule

#: Hoping, wishing or praying, in the four languages (normalised: no accents, "j'espere" one
#: token).
_HOPE = (
    r"(?:espero|esperaba|rezo (?:para|por)|pido (?:a dios )?|le pido a dios|ojala|ojala que|"
    r"tomara|tomara que|queria|quero|gostaria de|peco a deus|rezo|"
    r"jespere|j espere|je prie|je souhaite|jaimerais|je voudrais|je veux|"
    r"hoffe|hoffentlich|wunsche|wunschte|bete|mochte|will)"
)

_NOT_WAKE = Rule(
    "suicide.r22_hope_not_to_wake",
    CRISIS,
    SUI,
    # es: "espero no despertar manana", "ojala no despierte", "pido no volver a despertarme"
    r"\b(?:no|nunca) (?:volver a )?(?:despertar(?:me)?|despierte|despertarme nunca mas)\b"
    r"(?! (?:a|al|la|el|los|las|mis?|tus?|sus?|nadie|de la siesta|tarde|temprano|pronto|antes"
    r"|despues|con|por|otra vez tarde)\b)|"
    # pt: "espero nao acordar amanha", "tomara que eu nao acorde", "nunca mais acordar"
    r"\b(?:nao|nunca mais) (?:voltar a )?(?:acordar|acorde|acordo)\b"
    r"(?! (?:o|a|os|as|ninguem|meu|minha|meus|minhas|seu|sua|cedo|tarde|atrasad[oa])\b)|"
    # fr: "j'espere ne pas me reveiller", "ne plus me reveiller"
    r"\b(?:ne pas|ne plus|ne jamais|plus jamais|jamais) me reveiller\b"
    r"(?! (?:trop |en |avant |apres )?(?:tard|tot|en retard|avant|apres|a temps|au milieu)\b)|"
    # de: "ich hoffe ich wache morgen nicht auf", "nicht mehr aufwachen", "nie wieder aufwachen"
    r"\bwache\b(?: \w+){0,3} (?:nicht|nie) (?:mehr |wieder )?auf\b(?! , (?:wenn|bevor|als)\b)|"
    r"\b(?:nicht|nie) (?:mehr |wieder )?auf(?:zu)?wachen\b",
    "espero no despertar manana",
    negatable=False,
    requires=r"\b" + _HOPE + r"\b",
)

RULES: tuple[Rule, ...] = (_NOT_WAKE,)
