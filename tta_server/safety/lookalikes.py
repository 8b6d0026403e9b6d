"""Whose words, and what for: three look-alikes of crisis that are not the player's risk (round 13).

Blind set 12's false crises (docs/safety.md, "Blind set 12", classes only) were three kinds of
ordinary message a rule read as the player's own risk; each is lowered here, per rule match, in
``analysis._adjust`` (reasons ``quoted:``, ``work:``, ``idiom:``), and never when the player's
own self is in the sentence:

* **a character's words answered back** (:func:`quoted`): "brann, you say you want to go to
  sleep and not wake up until spring", "you said you wanted to disappear, juno, why?", "du
  sagst, du willst nicht mehr aufwachen": the match follows "you say / you said / du sagst /
  tu dis que / dijiste que / voce disse que / hai detto che" with no "i" between. The
  taxonomy's ``none.talk``: none. "i want to sleep and not wake up, like brann said" (the
  player's own, the frame after) and "you said i should kill myself" keep their level;
* **drugs at work** (:func:`at_work`): a nurse counting the ward's controlled drugs at
  handover, drawing up a dose, the pharmacy's fridge, a pharmacist checking a patient's
  maximum dose. A rule of means, method or overdose in a sentence with a word of the ward, the
  shift or a patient and no word of the speaker's own use ("for myself", "take them home", "on
  me", "tempted") is none; "i took the morphine from the ward home for myself" keeps its
  level;
* **a song's or an exam's idiom** (:func:`trivial`): "i'll kill myself if i hear that song
  again lol", "je vais mourir mdr si je rate l'exam". The taxonomy's idiom row: hyperbole with
  a laugh and a trivial object is none; a song, a film or a ringtone without the laugh is
  concern; an exam without a laugh keeps its level (exams are a real reason some students end
  their lives); "for real", "i mean it", "tonight" keep any of them.
"""

from __future__ import annotations

import re

from tta_server.safety.model import Level

_FIRST = (
    r"(?:i|me|my|myself|ich|mich|mir|mein\w*|je|j|jai|jen|moi|mon|ma|yo|mi|mis|eu|meu|minha|"
    r"io)"
)

#: A second person's saying, ending where the match begins (normalised text: "you're" is "you
#: are", "l'exam" is "l exam", punctuation is " , "). Up to five words between, none first
#: person.
QUOTED = re.compile(
    r"(?:\b(?:you|u|ya) (?:\w+ )?(?:say|said|says|told me|tell me|keep saying|kept saying|"
    r"mentioned|wrote|meant|mean)"
    r"|\bdu (?:sagst|sagtest|meinst|meintest|hast (?:\w+ )?gesagt)|\bhast du (?:\w+ )?gesagt"
    r"|\b(?:tu (?:dis|disais|as dit|mas dit)|vous (?:dites|disiez|avez dit))"
    r"|\b(?:(?:me )?dijiste|dices|me dices|has dicho|decias|usted dijo)"
    r"|\b(?:(?:voce|vc|tu) (?:me )?(?:disse|diz|falou|fala|dizia)|disseste)"
    r"|\b(?:(?:mi )?hai detto|dici|mi dici|dicevi|lei ha detto))"
    r"(?: ,)?(?: (?:that|dass|que|qu|che))?(?: ,)?"
    r"(?: (?!" + _FIRST + r"\b)\w+){0,5} ?$"
)

#: Words only drugs handled at work have: the ward, the handover, a patient, the drug round.
#: Not a shift, a station, a pharmacy, a nurse or a colleague alone ("as a nurse i know how
#: much would be enough" is a nurse at risk): "after my shift", "the pills from
#: the pharmacy" are said by people at risk too (blind sets 1, 5-7, 9 and 12 lost crises to
#: them, found by rule id and language, their texts unread).
WORK = re.compile(
    r"\b(?:ward|wards|handover|hand over|night shift|end of (?:my|the) shift|patient|patients|"
    r"my patient|bed \d+|drug round|med round|medication round|drug trolley|med trolley|trolley|"
    r"controlled drugs?|cds|cd (?:book|cupboard|register)|hospital pharmacy|pharmacy fridge|"
    r"passagem de turno|fim do turno|fim do plantao|carrinho|paciente|pacientes|enfermaria|"
    r"cambio de turno|final del turno|fin del turno|carro de (?:medicacion|medicamentos|curas)|"
    r"releve|fin de garde|chariot|stupefiants|"
    r"fine turno|consegne|reparto|paziente|pazienti|carrello|stupefacenti|"
    r"ubergabe|nachtschicht|btm|btm liste|patienten|patientin|stationszimmer)\b"
)

#: The speaker's own use or wish: the drugs are for them.
OWN_USE = re.compile(
    r"\b(?:for myself|on myself|for me|on me|my own|take (?:them|it|some) home|took (?:them|it|"
    r"some|\w+) home|taking (?:them|it|\w+) home|home with me|tempt\w*|would it take|enough for|"
    r"end it|die|dying|kill|saving|stash\w*|hid|hiding|hidden|"
    r"para mim|em mim|pra mim|levei pra casa|para mi|conmigo|me las|me los|a casa|"
    r"fur mich|mich selbst|nach hause|mit heim|"
    r"pour moi|sur moi|a la maison|chez moi|"
    r"per me|su di me|a casa mia)\b"
)

#: Trivial objects of an idiom: a song, a film, a ringtone; an exam or homework (with a laugh).
_SONG = (
    r"song|songs|tune|ringtone|jingle|advert|ad|film|movie|episode|cancion|musica|tema|chanson|"
    r"musique|pub|canzone|canzoni|pubblicita|lied|song|werbung|ohrwurm|filme"
)
_SCHOOL = (
    r"exam|exams|test|quiz|homework|essay|assignment|maths|math|examen|deberes|parcial|"
    r"prova|provas|dever|trabalho|exam|partiel|devoirs|controle|bac|esame|compito|compiti|"
    r"verifica|interrogazione|prufung|klausur|hausaufgaben|test|abi"
)
SONG = re.compile(r"\b(?:" + _SONG + r")\b")
SCHOOL = re.compile(r"\b(?:" + _SCHOOL + r")\b")
LAUGH = re.compile(
    r"\b(?:lol|lmao|lmfao|rofl|haha\w*|hehe\w*|jaja\w*|jeje\w*|kk+|rsrs\w*|mdr|ptdr|xd|"
    r"ahah\w*|ahaha\w*)\b|[\U0001F602\U0001F923\U0001F605]"
)
MEANT = re.compile(
    r"\b(?:for real|seriously|i mean it|not joking|no joke|not kidding|tonight|en serio|"
    r"de verdad|serio|sul serio|sérieux|serieux|ernsthaft|im ernst|wirklich|a serio|"
    r"de verdade|serio mesmo)\b"
)


def quoted(before: str) -> bool:
    """Whether the text of the match's sentence before it ends in a second person's saying:
    the words are a character's, answered back."""
    tail = before[-_REACH:]  # the saying ends at most five words before the match
    if len(before) > _REACH:
        tail = tail.partition(" ")[2]  # a word cut in half is not a word
    return QUOTED.search(tail) is not None


#: How far back from a match a second person's saying can begin (its words, five more words).
_REACH = 120


def at_work(rule_id: str, sentence: str) -> bool:
    """Whether a rule of means, method or overdose fired on drugs handled at work, with no word
    of the speaker's own use."""
    if not _MEANS_RULE.search(rule_id):
        return False
    return WORK.search(sentence) is not None and OWN_USE.search(sentence) is None


#: The rules :func:`at_work` may lower: drugs counted, lined up or ready, overdoses, a dose
#: looked up. Not access to means, nor a lethal amount asked about ("the ward's morphine would
#: be enough"): a nurse at risk says those (blind sets 5 and 12 lost crises to them).
_MEANS_RULE = re.compile(
    r"^(?!.*(?:means_access|lethal|plan_method|set_date))"
    r".*(?:pills|means_ready|r3_means|overdose|method_seeking|dose|lined|meds|tablets)"
)


def trivial(sentence: str) -> Level | None:
    """The level of a crisis rule's match in an idiom about a trivial object, or ``None`` when
    the sentence is not one: none with a laugh (a song or an exam), concern for a song without
    one, ``None`` for an exam without one or anything said to be meant."""
    if MEANT.search(sentence):
        return None
    laugh = LAUGH.search(sentence) is not None
    if SONG.search(sentence):
        return Level.NONE if laugh else Level.CONCERN
    if laugh and SCHOOL.search(sentence):
        return Level.NONE
    return None
