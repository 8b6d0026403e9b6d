"""Chat spellings that are words of another language, kept as typed in that language (round
21b, issue 12).

``TOKEN_MAP`` rewrites a token whatever the message's language, and a few of its chat spellings
are plain words elsewhere: Spanish "tus" (your) was read as French chat "t'es" ("deje tu es
cosas"), French "fr" (français, frère) as "for real", English "nd" (and) as Portuguese chat
"nada", the noun "id" ("meu id do jogo") as "i would".

German "im" (in dem), read as English "i am", stays mapped: the n-gram model was trained on
German read so, and keeping "im" as typed lowered five German crises of the blind sets the
model held (round 21b, docs/safety.md). The rules read both spellings instead (``de._u``
writes "im" as ``(?:im|i am)``; ``lookalikes`` reads "im ernst" and "wie im lied" so too).

``TOKEN_KEPT`` names, for each such token, words only the other language has (function words,
never a word English chat shares: not German "die", "bin", "war", "den", nor French "con"): a
message with one of them keeps the token as typed. The names this module defines are
described in ``tta_server.safety.lang``.
"""

from __future__ import annotations

from tta_server.safety.lexicon import Rule

RULES: tuple[Rule, ...] = ()

#: Token -> words of the language it is a plain word of (a regex alternation, normalised).
TOKEN_KEPT: dict[str, str] = {
    "tus": (
        r"el|los|las|y|mis|para|por|muy|pero|cuando|del|al|estoy|tengo|eres|estas|hay|ya|cosas|"
        r"dejaste|deje"
    ),
    "fr": r"je|tu|il|elle|on|nous|vous|le|les|des|du|une|est|et|ou|en|pas|mais|avec|pour|cest",
    "nd": r"my|the|and|i|you|we|he|she|they|went|is|was|with|mum|mom|dad",
    "id": r"voce|vc|meu|minha|seu|sua|mio|mia|tuo|tua|mein|meine|dein|deine|jogo|gioco|spiel|"
    r"juego|jeu",
}
