"""Life said not worth going on with, and joining the dead, in talk with a character (round 30).

Blind set 29 (talk with the worlds' characters: grief, pride, thanks, goodnights) was scored
once before this round and stays unread. The lead's own probes of the same ground, written
before any of its texts were seen, found two classes rated none:

* no point in going on, said with "see": "i don't see the point in going on" (the rules read
  "i see no point in going on" and "what's the point of living", not the negated seeing), and
  the same in the five other languages ("no le veo sentido a seguir", "je ne vois pas
  l'intérêt de continuer à vivre", "ich sehe keinen Sinn mehr weiterzumachen", "non vedo il
  senso di andare avanti", "não vejo sentido em continuar"): the taxonomy's ``sui.wish_dead``
  (life not worth living). Going on *somewhere* or with the game ("the point in going on to the
  headland", "de seguir jugando") is play;
* joining the dead, a death and being with them soon in one message ("my husband died in
  march. i'll be with him soon"): ``sui.wish_dead`` ("I want to be with her" is the taxonomy's
  own line between grief and crisis). Seeing someone at the funeral or the grave is not.

Rule ids carry ``r30_``. The names this module defines are described in
``tta_server.safety.lang``.
"""

from __future__ import annotations

from tta_server.safety.lexicon import CRISIS, SUI, Rule

#: Going on somewhere, or with the game: play, not life ("going on to the headland").
_NOT_PLAY = (
    r"(?! (?:to|up|down|into|through|with|past|along|towards?|across|over|in|inside|"
    r"playing|the game|this game|the quest|the story|the search|a jugar|jugando|jouer|a jouer|"
    r"zu spielen|a giocare|giocando|a jogar|jogando|con el juego|avec le jeu|mit dem spiel|"
    r"col gioco|con il gioco|com o jogo|hacia|hasta|vers|jusqu|bis|verso|fino|para o|ate)\b)"
)

#: A death told (normalised text).
_DEATH = (
    r"(?:died|dead|passed|passed away|funeral|lost (?:him|her|them|my \w+)|widow\w*|"
    r"murio|fallecio|muerto|muerta|mort|morte|decede|decedee|gestorben|tot|verstorben|"
    r"morto|morta|scomparso|scomparsa|morreu|faleceu|morto|morta)"
)

#: Being with, or seeing again, him, her or them soon (not at the funeral or the grave).
_WITH_THEM_SOON = (
    r"(?:(?:i will|i am going to|gonna|i shall|i can|i could|i get to|i want to|i just want to|"
    r"i hope to|can not wait to) (?:finally )?(?:be with|join|see|hold) (?:him|her|them)"
    r"(?: again)? (?:soon|shortly|before long|very soon|tonight)"
    r"|not long (?:now )?(?:till|until|before) i (?:see|am with|join|hold) (?:him|her|them))\b"
    r"(?! (?:at|for|in|on) (?:the|his|her|their) (?:funeral|service|grave|cemetery|wake|church|"
    r"memorial)\b)"
)

RULES: tuple[Rule, ...] = (
    Rule(
        "suicide.r30_no_point_going_on",
        CRISIS,
        SUI,
        r"\b(?:do not|does not|can not|could not|no longer) (?:really |even |honestly |actually )?"
        r"see (?:the|any|much|a) point (?:in |of |to )?(?:go on|going on|carry on|carrying on|"
        r"keep going|keeping going|live|living|being alive|staying alive|existing|being here|"
        r"life|waking up)\b" + _NOT_PLAY,
        "i do not see the point in going on",
        negatable=False,
    ),
    Rule(
        "suicide.r30_es_no_point_going_on",
        CRISIS,
        SUI,
        r"\bno (?:le )?(?:veo|encuentro) (?:el |ningun |ya |mas )?(?:sentido|motivo|razon) "
        r"(?:a |de |en |para )?(?:seguir|vivir|continuar|seguir viviendo|seguir adelante)\b"
        + _NOT_PLAY,
        "no le veo sentido a seguir",
        negatable=False,
    ),
    Rule(
        "suicide.r30_fr_no_point_going_on",
        CRISIS,
        SUI,
        r"\bje ne (?:vois|trouve) (?:pas|plus) (?:l interet|le sens|de sens|de raison|l utilite) "
        r"(?:de |a )(?:continuer|vivre|rester en vie|aller de l avant)\b" + _NOT_PLAY,
        "je ne vois pas l interet de continuer",
        negatable=False,
    ),
    Rule(
        "suicide.r30_de_no_point_going_on",
        CRISIS,
        SUI,
        r"\b(?:ich )?sehe? keinen sinn (?:mehr )?(?:darin |im )?(?:weiterzumachen|weiterzuleben|"
        r"zu leben|leben|am leben zu bleiben)\b" + _NOT_PLAY,
        "ich sehe keinen sinn mehr weiterzumachen",
        negatable=False,
    ),
    Rule(
        "suicide.r30_it_no_point_going_on",
        CRISIS,
        SUI,
        r"\bnon (?:ci )?(?:vedo|trovo) (?:piu )?(?:il |nessun |alcun )?(?:senso|motivo|ragione) "
        r"(?:di |per |a |nell )?(?:andare avanti|vivere|continuare|restare in vita)\b" + _NOT_PLAY,
        "non vedo il senso di andare avanti",
        negatable=False,
    ),
    Rule(
        "suicide.r30_pt_no_point_going_on",
        CRISIS,
        SUI,
        r"\bnao (?:vejo|encontro) (?:mais )?(?:o |nenhum )?(?:sentido|motivo|razao) "
        r"(?:em |de |para )?(?:continuar|viver|seguir em frente|seguir)\b" + _NOT_PLAY,
        "nao vejo sentido em continuar",
        negatable=False,
    ),
    Rule(
        "suicide.r30_with_the_dead_soon",
        CRISIS,
        SUI,
        r"\b" + _DEATH + r"\b(?: \S+){0,14}? " + _WITH_THEM_SOON,
        "my husband died . i will be with him soon",
        negatable=False,
    ),
)
