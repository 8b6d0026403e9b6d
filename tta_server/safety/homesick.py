"""Missing family far away: homesickness the n-gram model reads as a crisis (issue 12).

A nurse from Brazil playing in Ireland (play corpus 19) answered the guide with night shifts and
missing her family; written in her first language, "estou muito sozinha aqui, sinto falta da
minha família" was a crisis to the n-gram model (0.88), and so were the Spanish and German
lines of the same thing (the French one by the vote's agreement): a hold on a migrant player's
ordinary loneliness. Missing one's family or home is the taxonomy's ``dis.isolation`` (concern)
unless something graver is said.

:func:`homesick` says whether a normalised message misses family, home or a home country (a
word of missing with someone or somewhere of one's own), with no word of risk, finality or an
end anywhere in it (``going_home``'s words, and "can't go on", "no point", "disappear" in the six
languages). The learned signals' crisis on it is lowered to concern (a check-in and an alert,
no hold) by the classifier and the contextual step (reason ``...:homesick``). A rule's crisis is
never lowered. Tested in ``tests/safety/test_homesick.py``.
"""

from __future__ import annotations

import re

from tta_server.safety.frames import framed
from tta_server.safety.going_home import MY, PERSON, RISK

_MISS = (
    r"(?:miss|missing|homesick|extrano|extranando|echo (?:mucho |tanto )?de menos|"
    r"sinto (?:muita |tanta )?falta|sinto saudade\w*|"
    r"saudade\w*|tenho saudade\w*|me manque|me manquent|manque de|vermisse|vermissen|heimweh|"
    r"mi manca|mi mancano|mi manchi|sento la mancanza)"
)
_PLACE = (
    r"(?:home|my country|my town|my village|casa|mi pais|mi tierra|meu pais|minha terra|"
    r"mon pays|chez moi|ma maison|zuhause|meine heimat|heimat|zu hause|il mio paese|la mia terra|"
    r"brazil|brasil|portugal|spain|espana|poland|polska|nigeria|india|philippines|romania|"
    r"italia|italy|france|germany|deutschland|ukraine)"
)
_HOMESICK = re.compile(
    r"\b"
    + _MISS
    + r"\b(?: (?:\w+ ){0,3}?)(?:"
    + MY
    + r" (?:\w+ )?"
    + PERSON
    + r"|"
    + _PLACE
    + r")\b"
    r"|\b(?:" + PERSON + r"|" + _PLACE + r") (?:\w+ ){0,3}?" + _MISS + r"\b"
    r"|\bhomesick\b|\bheimweh\b|\bsaudades? de casa\b"
)

#: Despair beyond missing someone, or someone missed who has died (grief, and the wish to
#: join them: "i just want to be with her again", a crisis): the signals' level stands.
_DESPAIR = re.compile(
    r"\b(?:died|passed|passed away|funeral|grave|heaven|buried|lost (?:him|her|them)|"
    r"be with (?:him|her|them)|join (?:him|her|them)|see (?:him|her|them) again|"
    r"(?:wherever|where) (?:she|he|they) (?:is|are)|"
    r"murio|fallecio|morreu|faleceu|decede|est mort|est morte|gestorben|verstorben|e morto|"
    r"e morta|mancato|estar con (?:el|ella)|ficar com (?:ele|ela)|etre avec (?:lui|elle)|"
    r"bei (?:ihm|ihr) sein|stare con (?:lui|lei)|"
    r"can t go on|cannot go on|can not go on|no point|pointless|give up|giving up|"
    r"disappear\w*|can t take|can not take|no aguanto|ya no puedo|nao aguento|nao consigo mais|"
    r"je n en peux plus|j en peux plus|plus la force|ich kann nicht mehr|halte es nicht|"
    r"non ce la faccio|non ne posso piu|sin sentido|sem sentido|sans but|sinnlos|senza senso)\b"
)


def homesick(said: str) -> bool:
    """Whether normalised ``said`` misses family, home or a home country, with no word of risk,
    finality or despair (see the module docstring)."""
    return framed(said, (_HOMESICK,), (RISK, _DESPAIR))
