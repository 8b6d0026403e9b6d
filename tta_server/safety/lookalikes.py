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
  again lol", "je vais mourir mdr si je rate l'exam", and since round 16 a parent's threat
  over coming home late ("ma mere va me tuer si je rentre encore tard ptdr",
  :func:`family_idiom`). The taxonomy's idiom row: hyperbole with
  a laugh and a trivial object is none; a song, a film or a ringtone without the laugh is
  concern; an exam without a laugh keeps its level (exams are a real reason some students end
  their lives); "for real", "i mean it", "tonight" keep any of them.
"""

from __future__ import annotations

import re

from tta_server.safety.care import their_health
from tta_server.safety.going_home import RISK, going_home
from tta_server.safety.homesick import homesick
from tta_server.safety.model import Level
from tta_server.safety.overnight import overnight

_FIRST = (
    r"(?:i|me|my|myself|ich|mich|mir|mein\w*|je|j|jai|jen|moi|mon|ma|yo|mi|mis|eu|meu|minha|"
    r"io)"
)

#: A second person's saying, ending where the match begins (normalised text: "you're" is "you
#: are", "l'exam" is "l exam", punctuation is " , "). Up to five words between, none first
#: person.
_SAYING = (
    r"(?:\b(?:you|u|ya) (?:\w+ )?(?:say|said|says|told me|tell me|keep saying|kept saying|"
    r"mentioned|wrote|meant|mean)"
    r"|\bdu (?:sagst|sagtest|meinst|meintest|hast (?:\w+ )?gesagt)|\bhast du (?:\w+ )?gesagt"
    r"|\b(?:tu (?:dis|disais|as dit|mas dit)|vous (?:dites|disiez|avez dit))"
    r"|\b(?:(?:me )?dijiste|dices|me dices|has dicho|decias|usted dijo)"
    r"|\b(?:(?:voce|vc|tu) (?:me )?(?:disse|diz|falou|fala|dizia)|disseste)"
    r"|\b(?:(?:mi )?hai detto|dici|mi dici|dicevi|lei ha detto))"
    r"(?: ,)?(?: (?:that|dass|que|qu|che))?(?: ,)?"
)
QUOTED = re.compile(_SAYING + r"(?: (?!" + _FIRST + r"\b)\w+){0,5} ?$")

#: Words only drugs handled at work have: the ward, the handover, a patient, the drug round.
#: Not a shift, a station, a pharmacy, a nurse or a colleague alone ("as a nurse i know how
#: much would be enough" is a nurse at risk): "after my shift", "the pills from
#: the pharmacy" are said by people at risk too (blind sets 1, 5-7, 9 and 12 lost crises to
#: them, found by rule id and language, their texts unread).
WORK = re.compile(
    r"\b(?:ward|wards|handover|hand over|night shift|end of (?:my|the) shift|patient|patients|"
    r"my patient|bed \d+|drug round|med round|medication round|drug trolley|med trolley|trolley|"
    r"(?:med|meds|medication|medicine|drug) cart|returned to (?:the )?pharmacy|"
    r"devolvi a (?:la )?farmacia|rendu a la pharmacie|devolvi a farmacia|restituit[oi] in "
    r"farmacia|an die apotheke zuruck\w*|"
    r"controlled drugs?|cds|cd (?:book|cupboard|register)|hospital pharmacy|pharmacy fridge|"
    r"passagem de turno|fim do turno|fim do plantao|carrinho|paciente|pacientes|enfermaria|"
    r"cambio de turno|final del turno|fin del turno|carro de (?:medicacion|medicamentos|curas)|"
    r"releve|fin de garde|chariot|stupefiants|"
    r"fine turno|consegne|reparto|paziente|pazienti|carrello|stupefacenti|"
    r"ubergabe|nachtschicht|btm|btm liste|patienten|patientin|stationszimmer|"
    # round 17: the trolley in German, a shift's end, and the pharmacy technician's trade (the
    # trade, not the shop: "the pills from the pharmacy" is said by people at risk)
    r"medikamentenwagen|medikamentenwagens|schichtende|pharmacy tech|pharmacy technician|"
    r"tecnic[oa] de farmacia|preparat\w* en pharmacie|tecnic[oa] di farmacia|pta|"
    # round 20: the ward's round at an hour, and a day's count of prescriptions dispensed (a
    # number of them: one's own prescription is said by people at risk)
    r"ronda de (?:la )?(?:medicacion|medicamentos|las \d+|noche|manana|tarde)|"
    r"ronda (?:da medicacao|das \d+)|giro (?:della terapia|dei farmaci|delle \d+)|"
    r"tournee de (?:medicaments|\d+ ?h)|medikamentenrunde|the \d+ (?:am |pm |o clock )?round|"
    r"\d+ (?:prescriptions|scripts|recetas|ricette|ordonnances|rezepte|receitas)|"
    # round 24: the count named as the procedure ("es el protocolo", "c'est la procedure")
    r"es el protocolo|e o protocolo|c est la procedure|cest la procedure|e la procedura|"
    r"that s the protocol|it s the protocol|vorschrift ist vorschrift|laut vorschrift)\b"
)

#: English "die" as a verb (after a subject, "to", "will"): never German's article "die" ("die
#: tabletten auf dem wagen", round 20).
_DIE = r"(?:i|to|will|gonna|wanna|let me|and|could|would|ill|id|me|just) die"

#: The speaker's own use or wish: the drugs are for them.
OWN_USE = re.compile(
    r"\b(?:for myself|on myself|for me|on me|my own|take (?:them|it|some) home|took (?:them|it|"
    r"some|\w+) home|taking (?:them|it|\w+) home|home with me|tempt\w*|would it take|enough for|"
    r"end it|" + _DIE + r"|dying|kill|saving|stash\w*|hid|hiding|hidden|"
    r"para mim|em mim|pra mim|levei pra casa|para mi|conmigo|me las|me los|a casa|"
    r"fur mich|mich selbst|nach hause|mit heim|"
    # round 20: swallowed, or taken by oneself ("selbst genommen")
    r"swallow\w*|geschluckt|eingenommen|(?:selbst|selber) (?:\w+ )?genommen|avale\w*|"
    r"trague\w*|tragado|engoli\w*|ingoia\w*|"
    r"pour moi|sur moi|a la maison|chez moi|"
    r"per me|su di me|a casa mia|fuer mich)\b"
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
#: Said to be meant: "for real", "i mean it", "en serio" (and, in :data:`MEANT`, "tonight").
_REALLY = (
    r"for real|seriously|i mean it|not joking|no joke|not kidding|en serio|"
    r"pour de vrai|pour de bon|je rigole pas|davvero|per davvero|non scherzo|"
    r"de verdad|serio|sul serio|sérieux|serieux|ernsthaft|(?:im|i am) ernst|wirklich|a serio|"
    r"de verdade|serio mesmo"
)
MEANT = re.compile(r"\b(?:" + _REALLY + r"|tonight)\b")
#: :data:`MEANT` without "tonight": an evening named in an ordinary frame is no word of an end.
REALLY = re.compile(r"\b(?:" + _REALLY + r")\b")


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
    """Whether a rule of means, method or overdose fired on drugs handled at work, or a gun
    rule on a gun loaded for vermin on a farm (:func:`for_vermin`), with no word of the
    speaker's own use."""
    if for_vermin(rule_id, sentence):
        return True
    if not _MEANS_RULE.search(rule_id):
        return False
    if OWN_USE.search(sentence) is not None:
        return False
    return WORK.search(sentence) is not None or ward_case(sentence)


#: A case told by staff (round 23): "an overdose" (a case, with its article or a number), in
#: the emergency department or on a shift, and the patient stable.
CASE = re.compile(
    r"\b(?:an|a|one|two|una|dos|une|deux|un|uma|duas|eine|zwei|due|\d+) (?:sobredosis|overdoses?|"
    r"sobredoses?|uberdosis|ueberdosis|intox\w*)\b"
)
ER = re.compile(
    r"\b(?:a&e|er|emergency|resus|urgencias|urgences|pronto soccorso|pronto socorro|"
    r"notaufnahme|plantao|guardia|garde|nachtdienst|turno|shift|on call)\b"
)
STABLE = re.compile(
    r"\b(?:stable|stabilised|stabilized|estable|estabilizad[oa]|stabilisee?|estavel|"
    r"estabilizad[oa]|stabile|stabilizzat[oa]|stabil|stabilisiert)\b"
)
#: The speaker's own taking ("i took an overdose", "tome una sobredosis"): never a case.
TOOK = re.compile(
    r"\b(?:i|me|ive|i ve|yo|je|jai|j ai|eu|ich|io|took|taken|tome|tomei|pris|preso|genommen)\b"
    r"(?: \S+){0,2}? (?:took|taken|tome|tomei|pris|preso|genommen|tomado|fait|had|made|hice|fiz|"
    r"fatto|gemacht)\b"
)


def ward_case(sentence: str) -> bool:
    """Whether ``sentence`` tells a case seen at work: an overdose (:data:`CASE`) in the
    emergency department or on a shift (:data:`ER`), the patient stable (:data:`STABLE`), and
    no taking of the speaker's own (:data:`TOOK`). "garde calme, une overdose aux urgences,
    stabilisée" is none; "i took an overdose, i'm in a&e, stable now" keeps its crisis."""
    return (
        CASE.search(sentence) is not None
        and ER.search(sentence) is not None
        and STABLE.search(sentence) is not None
        and TOOK.search(sentence) is None
    )


#: A gun's rules: loaded or ready (not access to one: "dad keeps a shotgun for the foxes and i
#: know where the key is" keeps its concern; blind sets 8 and 9 lost two to it, found by rule
#: id and cell, their texts unread).
_GUN_RULE = re.compile(r"gun_loaded|gun_ready|means_ready")
_GUN = re.compile(
    r"\b(?:gun|shotgun|rifle|air rifle|fusil|carabine|escopeta|rifle|espingarda|fucile|"
    r"carabina|doppietta|flinte|gewehr|schrotflinte|luftgewehr)\b"
)
#: What a farmer shoots: foxes, rats, crows, rabbits, pigeons, at the hen-house or the feed store.
VERMIN = re.compile(
    r"\b(?:fox|foxes|rats?|vermin|crows|rabbits|pigeons|magpies|coyotes?|hen house|henhouse|"
    r"chicken coop|coop|feed store|renards?|rats|corbeaux|lapins|pigeons|poulailler|zorros?|"
    r"ratas|cuervos|conejos|gallinero|raposas?|ratos|corvos|coelhos|galinheiro|volpe|volpi|"
    r"ratti|corvi|conigli|pollaio|fuchs|fuechse|fuchse|ratten|kraehen|krahen|kaninchen|"
    r"huehnerstall|huhnerstall|hühnerstall)\b"
)
#: "Not for the foxes": the gun is for someone else.
NOT_FOR = re.compile(
    r"\b(?:not for|isn t for|is not for|pas pour|no es para|no para|nao e pra|nao e para|"
    r"non e per|non per|nicht fur|nicht fuer)\b"
)


def for_vermin(rule_id: str, sentence: str) -> bool:
    """Whether a gun rule fired on a gun loaded for vermin ("loaded the shotgun for the foxes
    at the hen-house", "cargue la escopeta por los zorros"; round 17), with no word of the
    speaker's own use and no "not for the foxes"."""
    return (
        _GUN_RULE.search(rule_id) is not None
        and _GUN.search(sentence) is not None
        and VERMIN.search(sentence) is not None
        and FOR_ME.search(sentence) is None
        and NOT_FOR.search(sentence) is None
        and SELF_END.search(sentence) is None
    )


#: The speaker as the one a means is for ("it's for me", "c'est pour moi", "fuer mich").
FOR_ME = re.compile(
    r"\b(?:for me|for myself|on myself|on me|pour moi|sur moi|para mi|conmigo|pra mim|para mim|"
    r"em mim|per me|su di me|fur mich|fuer mich|mich selbst)\b"
)


#: The rules :func:`at_work` may lower: drugs counted, lined up or ready, overdoses, a dose
#: looked up. Not access to means, nor a lethal amount asked about ("the ward's morphine would
#: be enough"): a nurse at risk says those (blind sets 5 and 12 lost crises to them).
_MEANS_RULE = re.compile(
    r"^(?!.*(?:means_access|lethal|plan_method|set_date))"
    r".*(?:pills|means_ready|r3_means|overdose|method_seeking|dose|lined|meds|tablets)"
)


#: Rules whose matches are about music by their nature (an instrument given away "i won't play
#: it again", round 23): a song's word beside them is no idiom, so :func:`trivial` is not asked.
MUSIC_RULES = frozenset({"suicide.r23_given_never_again"})


def trivial(sentence: str) -> Level | None:
    """The level of a crisis rule's match in an idiom about a trivial object, or ``None`` when
    the sentence is not one: none with a laugh (a song or an exam), concern for a song without
    one, ``None`` for an exam without one or anything said to be meant."""
    if MEANT.search(sentence) or END_MEANT.search(sentence):  # "comme dans la chanson, mais
        return None  # cette fois c'est pour toujours" (round 21b)
    laugh = LAUGH.search(sentence) is not None
    if SONG.search(sentence):
        return Level.NONE if laugh else Level.CONCERN
    if laugh and SCHOOL.search(sentence):
        return Level.NONE
    return None


#: Someone at home (a parent, a grandparent, a sibling, an aunt or an uncle) after a possessive,
#: and up to three words ("va", "is going to"): the subject of the match that follows.
_HOME = (
    r"mum|mom|mother|mam|dad|father|parents|folks|nan|nana|gran|grandma|grandad|granny|sister|"
    r"brother|aunt|auntie|uncle|mere|pere|daronne|daron|darons|mamie|papi|soeur|frere|tante|"
    r"oncle|madre|padre|mama|papa|mami|vieja|viejo|viejos|abuela|abuelo|hermana|hermano|tia|"
    r"tio|mamma|babbo|nonna|nonno|sorella|fratello|genitori|zia|zio|mae|pai|pais|vo|avo|avoa|"
    r"irma|irmao|mutter|vater|eltern|oma|opa|schwester|bruder|onkel|"
    # round 20: the children and grandchildren ("mes petits enfants vont me tuer")
    r"kids|children|grandkids|grandchildren|enfants|gosses|nietos|hijos|crios|ninos|nipoti|"
    r"figli|bambini|enkel|enkelkinder|kinder|netos|filhos|criancas"
)
#: A boss or a teacher (round 17): their "will kill me if" is the idiom too, laugh or not.
_ABOVE = (
    r"boss|manager|teacher|coach|prof|patron|patronne|cheffe|chef|jefe|jefa|profe|profesor|"
    r"profesora|chefe|professor|professora|capo|professore|professoressa|lehrer|lehrerin"
)
_POSSESSIVE = (
    r"(?:my|the|ma|mon|mes|les|le|mi|mis|mia|mio|miei|mie|la|il|minha|meu|meus|minhas|a|o|"
    r"meine|mein|meinen|die|der)"
)
FAMILY = re.compile(
    r"(?:\b" + _POSSESSIVE + r" |^)(?:\w+ )?(?:" + _HOME + r"|" + _ABOVE + r")"
    r"(?: \w+){0,3} ?$|\bi miei(?: \w+){0,3} ?$"
)
ABOVE = re.compile(r"\b(?:" + _ABOVE + r")\b")
#: What a parent's "will kill me if ..." is about in the idiom: coming home late, a mark, a
#: bill, a mess, a phone, a haircut or a tattoo, the last bus.
_TRIVIAL = (
    r"(?:late|later|curfew|"
    r"midnight|grades?|marks|report|bill|phone|room|mess|dishes|bus|tattoo|haircut|hair|"
    r"tard|minuit|bulletin|notes?|facture|telephone|portable|chambre|vaisselle|tatouage|"
    r"cheveux|tarde|medianoche|notas|factura|movil|cuarto|platos|tatuaje|pelo|"
    r"tardi|mezzanotte|voto|voti|pagella|bolletta|telefono|cellulare|camera|piatti|tatuaggio|"
    r"capelli|autobus|meia noite|boletim|conta|celular|quarto|louca|tatuagem|cabelo|onibus|"
    r"spaet|spat|mitternacht|zeugnis|noten|rechnung|handy|zimmer|abwasch|tattoo|haare|"
    r"\d+ ?h|\d+ ?am|o clock|du mat|du matin|de la madrugada|da manha|di notte|uhr|"
    r"car|clothes|jumper|dress|makeup|pull|fringues|voiture|robe|maquillage|coche|ropa|"
    r"vestido|maquillaje|macchina|vestiti|trucco|carro|roupa|auto|klamotten|kleid|"
    # round 17: a broken or borrowed thing, a meal missed or eaten, a game on one's break,
    # homework, boots and keys, a scratch on the car
    r"vase|pudding|cake|biscuits|cookies|lunch|dinner|tea|sunday|birthday|card|break|playing|"
    r"games?|console|homework|essay|boots|keys|bike|scratch\w*|standup|meeting|"
    r"vase|gateaux|gateau|dessert|dejeuner|diner|dimanche|pause|cahier|devoirs|bottes|cles|"
    r"velo|raye|rayure|jarron|postre|comida|domingo|descanso|jugando|consola|deberes|botas|"
    r"llaves|bici|rayo|raya|pudim|bolo|almoco|jantar|intervalo|jogando|videogame|dever|"
    r"maquiagem|chave|chaves|arranhao|bicicleta|vaso|torta|dolce|pranzo|cena|domenica|pausa|"
    r"giocare|giocando|compito|chiavi|bici|moto|graffio|graffio|kuchen|pudding|mittagessen|"
    r"sonntag|pause|zocke|zocken|spiele|hausaufgaben|schluessel|schlussel|fahrrad|kratzer|"
    r"home after|after \d+|apres \d+|despues de las \d+|depois das \d+|dopo le \d+|nach \d+|"
    # round 20: the milk left out, an order or an invoice, a meeting, a pudding eaten
    r"milk|order|invoice|trifle|flan|lait|commande|reunion|leche|pedido|latte|ordine|riunione|"
    r"budino|milch|bestellung|besprechung|leite|reuniao)"
)
TRIVIAL_IF = re.compile(
    r"\b(?:if|when|si|se|quand|cuando|quando|wenn|falls|caso)\b.*\b" + _TRIVIAL + r"\b"
)
#: The small thing named anywhere after "will kill me" ("ma mere va me tuer j'ai laisse le lait
#: dehors mdr"): with a laugh, the idiom without an "if" (round 20).
TRIVIAL = re.compile(r"\b" + _TRIVIAL + r"\b")
#: Words of real harm at home that keep any "will kill me" a threat: a blow, drink, fear.
_HURT = re.compile(
    r"\b(?:hit|hits|beat\w*|hurt\w*|drunk|drinking|scared|afraid|bruise\w*|frapp\w*|bat|"
    r"battu\w*|bourre|peur|coups?|pega\w*|golpe\w*|borracho|miedo|picchi\w*|mena|ubriaco|"
    r"paura|botte|bat(?:e|eu)|bebado|medo|schlaegt|schlagt|geschlagen|betrunken|angst|"
    # round 17: the police, a weapon
    r"police|policia|polizia|polizei|gun|knife|couteau|fusil|arme|pistola|cuchillo|arma|faca|"
    r"revolver|coltello|messer|waffe|pistole)\b"
)


def family_idiom(before: str, sentence: str) -> bool:
    """Whether a match preceded in its sentence by ``before`` is a parent's (a grandparent's, a
    sibling's, an aunt's) "will kill me if" about a trivial thing, said with a laugh: "ma mere
    va me tuer si je rentre encore tard ptdr", "mia madre mi ammazza se torno tardi ahah"
    (round 16), "minha irma vai me estrangular se souber que usei a maquiagem dela rsrs"; or a
    boss's or a teacher's, laugh or not ("il mio capo mi uccide se mi becca a giocare in
    pausa", round 17). The person must be the match's subject (``before`` ends with them), and
    nothing says it is meant or that there is real harm (a blow, drink, fear, the police, a
    weapon): "my dad will kill me, he hit me last night" keeps its level, and so does any other
    rule's match in the sentence."""
    # the person ends the words before the match, or begins the match ("minha irma vai me
    # estrangular": a rule that reads its subject)
    subject = FAMILY.search(before) or THREAT_IDIOM.match(sentence, len(before))
    return (
        subject is not None
        and (LAUGH.search(sentence) is not None or ABOVE.search(subject.group()) is not None)
        and MEANT.search(sentence) is None
        and _about_a_small_thing(sentence, len(before))
        and _HURT.search(sentence) is None
    )


def _about_a_small_thing(said: str, start: int, if_from: int = 0) -> bool:
    """Whether "will kill me" (from ``start`` in ``said``) is over a small thing: "if" one does
    it (from ``if_from``; round 16), or, said with a laugh, a small thing named after it ("ma
    mere va me tuer j'ai laisse le lait dehors mdr", "mi jefe me mata, entregue el pedido
    equivocado jaja"; round 20)."""
    if TRIVIAL_IF.search(said, if_from) is not None:
        return True
    return LAUGH.search(said) is not None and TRIVIAL.search(said, start) is not None


#: "Will kill me" and its idioms (strangle, skin, murder, throttle) in six languages, normalised.
KILLS_ME = (
    r"(?:(?:kill|kills|murder|murders|strangle|strangles|skin|skins|throttle|throttles) me|"
    r"me (?:tuer|tue|tuera|massacrer|massacre|defoncer)|m ?(?:etrangl|egorg)\w*|"
    r"me (?:mata|matara|matar|va a matar|estrangula\w*|despelleja\w*|ahorca\w*|esgana\w*|"
    r"esfola\w*)|mi (?:uccide|uccidera|ammazza|ammazzera|strozza|strangola|scuoia)|"
    r"(?:bringt|bringen) mich um|killt mich|erwuergt mich|erwurgt mich|dreht mir den hals um)"
)
#: :data:`KILLS_ME` and the idioms said only of someone else (round 20): "will be the death of
#: me", "van a acabar conmigo", "mi faranno morire", "bringen mich noch ins grab". Not in
#: ``r17_threat_with_harm``'s rule: "acabar conmigo" is also one's own end.
_KILLS_ME_IDIOM = (
    r"(?:" + KILLS_ME + r"|(?:be|is) the death of me|acabar (?:conmigo|comigo)|acaban conmigo|"
    r"acabam comigo|mi (?:faranno|fara|fanno|fa) morire|(?:bringt|bringen) mich (?:noch )?ins "
    r"grab)"
)
THREAT_IDIOM = re.compile(
    r"(?:\b"
    + _POSSESSIVE
    + r" |^)(?:\w+ )?(?:"
    + _HOME
    + r"|"
    + _ABOVE
    + r")\b(?: \w+){0,4}? "
    + _KILLS_ME_IDIOM
    + r"\b"
)


def threat_idiom(said: str) -> Level | None:
    """The level of a learned signal's crisis on normalised ``said`` when it is the idiom of
    :func:`family_idiom` (someone at home, a boss or a teacher who "will kill me if" over a
    trivial thing, no real harm, not meant), or ``None``: none with a laugh or from a boss or
    teacher, concern from someone at home without one ("my gran will skin me alive if i miss
    sunday lunch": the n-gram model and the contextual vote said crisis; round 17)."""
    found = THREAT_IDIOM.search(said)
    if found is None or MEANT.search(said) or _HURT.search(said):
        return None
    if not _about_a_small_thing(said, found.end(), found.end()):
        return None
    laugh = LAUGH.search(said) is not None
    return Level.NONE if laugh or ABOVE.search(found.group()) else Level.CONCERN


# --------------------------------------------------------------------------------------------
# The contextual signal's crisis on the same look-alikes (round 16)
# --------------------------------------------------------------------------------------------

#: A character's own wish, said back to them: a second person's saying followed by their
#: wanting ("you say you want to", "tu dis que tu veux", "dici che vuoi", "du sagst, du willst").
SAYS_THEIR_WISH = re.compile(
    _SAYING + r" ?(?:(?:you|u|tu|du|voce|vc|usted|lei) )?(?:(?:still|really|just|ja|meme) )?"
    r"(?:want\w*|wanna|wish\w*|would like|veux|voulais|voudrais|quieres|querias|quer|queria|"
    r"queres|vuoi|volevi|vorresti|willst|wolltest|mochtest|moechtest|hoffst)\b"
)
#: The speaker's own wish or risk in words said to a character: "me too", "i don't want to wake
#: up either", "yo tampoco", "anche io", "ich auch", "eu tambem quero".
OWN_WISH = re.compile(
    r"\b(?:me too|me neither|i too|i do too|either|neither|same here|like you|so do i|"
    r"i (?:\w+ ){0,2}(?:want|wish|wanna|would like)|i (?:do not|dont|can not) (?:\w+ ){0,2}(?:wake|"
    r"live|go on)|yo tambien|yo tampoco|a mi tambien|como tu|(?:yo )?(?:no )?quiero|"
    r"moi aussi|moi non plus|comme toi|je (?:ne )?(?:\w+ )?veux|"
    r"anche io|anch io|pure io|neanche io|nemmeno io|come te|(?:non )?voglio|"
    r"ich auch|mir auch|ich (?:\w+ ){0,2}will|wie du|"
    r"eu tambem|eu tb|eu tbm|como voce|(?:eu )?(?:nao )?quero)\b"
)

#: Work at a height: scaffolding, a crane, a roof being built or mended, in six languages.
HEIGHT_WORK = re.compile(
    r"\b(?:scaffold\w*|crane|echafaudage\w*|grue|andamio\w*|grua|ponteggi\w*|impalcatur\w*|"
    r"gru|andaime\w*|guindaste|geruest\w*|gerust\w*|baugeruest|kran|"
    # round 17: rope access, abseiling, wind turbines, facades
    r"rope access|abseil\w*|wind turbine|turbine blade|cordiste|eolienne|trabajo vertical|"
    r"torre eolica|aerogenerador|alpinista industrial|turbina eolica|lavoro su fune|pala eolica|"
    r"industriekletterer|windrad|windkraftanlage)\b"
)
#: An act at a height or an end, in six languages: never capped ("im going to let go",
#: "je vais lacher", "lass gleich los", "one last look", "im done").
HEIGHT_RISK = re.compile(
    r"\b(?:jump\w*|leap\w*|fall\w*|let go|letting go|step off|stepping off|over the edge|edge|"
    r"ledge|lean\w* over|throw\w* myself|done|end|over|last|goodbye|bye|nobody|alone|"
    r"sauter|saute|lacher|lache|tomber|me jeter|me laisser|fini|adieu|personne|seul\w*|"
    r"saltar|salto|soltar|suelto|me suelto|caer|tirarme|lanzarme|acabo|adios|nadie|sol[oa]|"
    r"buttarmi|lanciarmi|saltare|salto|mollare|mollo|lascio|lasciarmi|cadere|basta|addio|"
    r"nessuno|springen|springe|spring|loslassen|lass\w* los|fallen|runter|schluss|tschuess|"
    r"niemand|allein|pular|pulo|me soltar|me solto|me jogar|cair|chega|nao aguento|ninguem|"
    r"sozinh\w*|aguento|aguanto|peux plus|kann nicht mehr|ce la faccio|"
    + _DIE
    + r"|dying|kill\w*)\b"
)
#: A word of taking or keeping: drugs at work said to be swallowed, taken, pocketed or put
#: by until there are enough keep the signal's crisis.
TAKEN = re.compile(
    r"\b(?:took|take|taken|taking|swallow\w*|tome|tomei|tomo|tomar|tomado|trague|engoli\w*|"
    r"ho preso|preso|prendo|prese|ingoia\w*|genommen|nehm\w*|geschluckt|schluck\w*|pris|"
    r"prendre|prends|avale\w*|tomando|pocket\w*|enough|stockpil\w*|collect\w*|kept|keeping|"
    r"suficiente|bastante|guardando|guardo|guarde|junt\w*|assez|garde|gardees|de cote|"
    r"abbastanza|da parte|accumul\w*|genug|sammel\w*|gesammelt|behalten|eingesteckt)\b"
)


#: Drugs being handled as work: counted, checked, signed for, given out, restocked.
HANDLED = re.compile(
    r"\b(?:count\w*|recount\w*|check\w*|sign\w*|restock\w*|tally\w*|dispens\w*|hand\w* out|"
    r"giving out|gave out|contar|contando|cont\w|cuento|contamos|conte\w*|contei|recont\w*|"
    r"firm\w*|reviso|"
    r"revis\w*|compt\w*|recompt\w*|verifi\w*|distribu\w*|contare|conto|contato|contat\w|"
    r"ricont\w*|controll\w*|zaehl\w*|zahl\w*|gezaehlt|gezahlt|nachgezaehlt|nachgezahlt|"
    r"kontroll\w*|ausgeteilt|verteil\w*|"
    # round 20: drawn up or prepared for a patient, recorded, dispensed
    r"drew up|drawn up|drawing up|prepar\w*|record\w*|document\w*|register\w*|registr\w*|"
    r"trace|servies|aviad\w*|aufgezogen|vorbereitet|dokumentiert|eingetragen|rausgegeben|"
    r"ausgegeben|returned|devolv\w*|rendu|restitui\w*|zuruckgegeben)\b"
)
#: A plan or a time to come: work words beside them keep the signal's crisis ("after my night
#: shift i'm going to ...").
PLAN = re.compile(
    r"\b(?:going to|gonna|will|tonight|later|after|when i get home|plan|plans|planned|planning|"
    r"voy a|vou|je vais|"
    r"ich werde|werde|sto per|stasera|esta noche|hoje a noite|ce soir|heute nacht|stanotte|"
    r"despues|depois|apres|dopo|nachher|danach)\b"
)


_JOB = r"(?:it|this|that|them|this one|this bit|this part|this puzzle|this level|the \w+(?: \w+)?)"
_CANT_ALONE = (
    r"(?:i )?(?:can not|cannot|do not think i can|am not able to|will not manage to) (?:do|"
    r"manage|handle|finish|solve|work|figure|sort|fix|carry|lift|reach|open|"
    r"get|light|find|move|mend) " + _JOB + r"(?: out)? (?:on my own|alone|by myself|without "
    r"(?:you|help|some help|a hint|a clue))"
)
_ASK_HELP = (
    r"(?:(?:can|could|will|would) (?:you|u|someone|somebody|anyone) (?:please |pls )?"
    r"(?:help me|give me a hand|lend me a hand|show me how)(?: with " + _JOB + r")?"
    r"|(?:please |pls )?(?:help me|help|give me a hand))(?: please| pls)?"
)
#: A plea for help with a task one cannot do alone, and nothing else (the whole normalised
#: text: "i can't do it on my own, will you help me", "cant figure this puzzle out by myself.
#: help pls"): the contextual signal and the model agreed on crisis for it (0.76, 0.72), a hold
#: for a player stuck at a puzzle with no one there to hear it (round 29). No words of risk,
#: time, a plan or an end can be in it; it is a concern at most (:func:`signal_lookalike`).
PLEA = re.compile(
    r"(?:(?:ok|okay|um+|uh+|hey|so|honestly|ugh|sorry|please|pls) (?:, )?)*"
    r"(?:" + _CANT_ALONE + r"|" + _ASK_HELP + r")"
    r"(?: ?[,.!?]* (?:and |so |but )?(?:" + _CANT_ALONE + r"|" + _ASK_HELP + r"))*"
    r"(?: ?[.!?,]+)?"
)

#: Farm work (round 17): sowing, spraying, the barley and the ewes, lambing, the tractor.
FARM = re.compile(
    r"\b(?:sowing|sowed|sown|sprayed|spraying|barley|oats|wheat|maize|ewes|lambing|calving|"
    r"tractor|semis|semer|orge|brebis|agnelage|velage|vaches|tracteur|sembrar|sembrado|siembra|"
    r"cebada|maiz|ovejas|vacas|fumig\w*|semear|semeei|semeadura|plantio|ovelhas|paricao|trator|"
    r"pulveriz\w*|seminare|seminato|semina|orzo|pecore|mucche|trattore|aussaat|gesaet|gesat|"
    r"gerste|weizen|schafe|lammen|lammzeit|kuehe|kuhe|traktor|gespritzt)\b"
)
#: Words that keep the vote's crisis beside farm work: drinking a chemical, an amount, an end.
FARM_RISK = re.compile(
    r"\b(?:drink|drank|swallow\w*|how much|how many|kill\w*|" + _DIE + r"|dying|dead|end it|myself|"
    r"boire|bu|combien|mourir|en finir|moi meme|beber|bebi|cuanto|cuanta|morir|acabar|"
    r"beber|bebi|quanto|quanta|morrer|bere|bevuto|morire|farla finita|trinken|getrunken|"
    r"wie viel|sterben|beenden|rope|corde|cuerda|corda|seil|strick|gun|fusil|escopeta|"
    r"espingarda|fucile|flinte|gewehr)\b"
)
#: Kind words to a character: "you're not alone, i'll stay with you tonight".
STAY_WITH_YOU = re.compile(
    r"\b(?:you are not alone|youre not alone|ur not alone|t es pas seul\w*|tu n es pas seul\w*|"
    r"tes pas seul\w*|no estas sol[oa]|voce nao esta sozinh[oa]|vc nao ta sozinh[oa]|"
    r"nao estas sozinh[oa]|non sei sol[oa]|du bist nicht allein)\b"
)
#: A bag of stones carried (not pockets, not water): "just my backpack full of rocks haha".
BAG_OF_STONES = re.compile(
    r"\b(?:bag|backpack|rucksack|sac|mochila|zaino|rucksack)\b(?: \w+){0,3} (?:full of|of|"
    r"plein de|pleine de|llena de|lleno de|cheia de|cheio de|pieno di|voller|mit) (?:\w+ )?"
    r"(?:stones|rocks|pebbles|cailloux|pierres|piedras|pedras|sassi|pietre|steine|steinen)\b"
)
#: An end of the speaker's own, in six languages: kind words, a bag of stones or a slain
#: dragon beside it keep the vote's crisis.
SELF_END = re.compile(
    r"\b(?:myself|kill me|end it|end my|(?:i|to|will|gonna|wanna|let me) die|dying|dead|"
    r"suicid\w*|last time|goodbye|water|river|sea|lake|drown\w*|me tuer|mourir|en finir|adieu|"
    r"matarme|morir\w*|acabar con|adios|"
    r"me matar|morrer|acabar comigo|adeus|uccidermi|ammazzarmi|morire|farla finita|addio|"
    r"mich umbringen|sterben|schluss machen|tot|lebewohl|rio|riviere|fiume|fluss|mer|mar|"
    r"mare|meer|lac|lago)\b"
)
#: Slaying a game's creature, in six languages ("killed the dragon", "mate al dragon").
SLAYS_A_CREATURE = re.compile(
    r"\b(?:kill\w*|slew|slain|slay\w*|defeat\w*|beat|tue|tuer|vaincu|mat[eoa]\w*|derrot\w*|"
    r"venc\w*|uccis\w*|ucciso|ammazz\w*|sconfitt\w*|get[oö]tet|getotet|besiegt|erlegt)\b"
    r"(?: (?!me\b|mi\b|moi\b|mich\b|myself\b)\w+){0,2} (?:dragon|drago|dragao|drachen|troll|"
    r"boss|beast|bete|bestia|besta|bestie|orc|orcs|ork|orks|goblin|monster|monstre|monstruo|monstro|mostro|ogre|ogro|orco|chefao|jefe)\b"
    # German puts the verb last: "den drachen getotet"
    r"|\b(?:drachen|troll|boss|ork|orks|monster|bestie)\b(?: \w+){0,2} (?:getotet|getoetet|"
    r"besiegt|erlegt|umgebracht)\b"
)

#: A game's gear asked for or handed over ("pass me the bow and the shield", typed in leetspeak
#: and read spelt: "pasame 3l arco y 3l escudo"; round 20).
GEAR = re.compile(
    r"\b(?:pass|give|hand|toss|throw|passe|donne|file|lance|pasa\w*|dame|da|passa\w*|dammi|"
    r"dai|gib|reich|wirf|me da|me passa)\b(?: \w+){0,4} (?:bow|shield|sword|arrows?|quiver|"
    r"axe|staff|arc|bouclier|epee|fleches|carquois|arco|escudo|espada|flechas|aljaba|aljava|"
    r"scudo|spada|frecce|faretra|bogen|schild|schwert|pfeile|kocher)\b"
)
#: Gladness or ease about one's own day (round 20): a change that suits ("fine by me", "per
#: me va benissimo", "passt mir"), good news come ("my residence permit arrived today",
#: "permesso di soggiorno arrivato finalmente"), tired but happy ("crevé mais content").
#: Not "happy" alone: others "would be happier without me" is a burden said.
SUITS = (
    r"fine by me|suits me|works for me|fine with me|ca me va|ca me convient|me convient|"
    r"por mi bien|por mi esta bien|me viene bien|me va bien|per me va (?:bene|benissimo)|"
    r"mi va bene|per me va benissimo|por mim tudo bem|pra mim ta otimo|pra mim ta bom|"
    r"passt mir|ist mir recht"
)
_NEWS = (
    r"(?:permit|visa|residence|citizenship|passport|papers|titre de sejour|carte de sejour|"
    r"papiers|permiso de residencia|tarjeta de residencia|residencia|papeles|"
    r"permesso di soggiorno|cittadinanza|documenti|autorizacao de residencia|visto|"
    r"aufenthaltserlaubnis|aufenthaltstitel|visum|einburgerung|einbuergerung)"
)
_CAME = (
    r"(?:arrived|came|approved|granted|got|est arrive\w*|arrive\w*|j ai eu|jai eu|obtenu|"
    r"llego|aprobad\w*|concedid\w*|ya tengo|arrivat\w*|approvat\w*|chegou|saiu|aprovad\w*|"
    r"gekommen|ist da|genehmigt|bekommen|erhalten)"
)
_TIRED = (
    r"(?:tired|knackered|exhausted|shattered|wrecked|crevee?|epuisee?|fatiguee?|naze|"
    r"reventad[oa]|cansad[oa]|muert[oa] de cansancio|agotad[oa]|stanc[oa](?: morto| morta)?|"
    r"distrutt[oa]|esaust[oa]|exaust[oa]|mort[oa]|morto de cansaco|todmuede|todmude|kaputt|"
    r"muede|mude|erschoepft|erschopft|fertig)"
)
_HAPPY = (
    r"(?:happy|content|contente|heureux|heureuse|feliz|contento|contenta|felice|"
    r"gluecklich|glucklich|froh|satisfied|satisfeit[oa])"
)
GLAD = re.compile(
    r"\b(?:"
    + SUITS
    + r"|"
    + _NEWS
    + r"\b(?: \w+){0,3} "
    + _CAME
    + r"|"
    + _CAME
    + r"(?: \w+){0,3} "
    + _NEWS
    + r"|"
    + _TIRED
    + r" (?:\w+ )?(?:but|mais|pero|ma|mas|aber) "
    r"(?:\w+ )?" + _HAPPY + r")\b"
)
#: Someone else's gladness, or one's own absence: "they'd be happier without me", "sarebbero
#: contenti se".
OTHERS_GLAD = re.compile(
    r"\b(?:would|d be|wouldn t|better off|without me|sans moi|sin mi|senza di me|ohne mich|"
    r"sem mim|serai\w*|serian|seria|sarebbe\w*|seriam|waeren|waren|ware|if i|si je|si yo|"
    r"se io|wenn ich|se eu)\b"
)
#: Calm that can be a decision taken: never read as gladness ("finally at peace, i've
#: decided", "enfin libre", "endlich frei").
RESOLVED = re.compile(
    r"\b(?:peace|at rest|free|relie\w*|decided|decision|ready|paix|libre|soulag\w*|decid\w*|"
    r"pret|prete|paz|listo|lista|libero|libera|sollievo|pronto|pronta|deciso|livre|alivio|"
    r"frieden|frei|erleichtert|entschieden|bereit|soon|bientot|pronto|presto|bald|logo|"
    # a burden lifted, no more, never again, without me, not needed
    r"burden|fardeau|carga|peso|fardello|last|anymore|any more|no more|never|gone|"
    r"without me|won t|wont|will not|sans moi|plus jamais|n aurai plus|plus besoin|sin mi|"
    r"nunca|ya no|senza di me|mai piu|non (?:\w+ ){0,2}piu|ohne mich|nie wieder|nicht mehr|sem mim|"
    r"nunca mais|nao vou precisar|need it|need them)\b"
)


def signal_lookalike(said: str) -> str | None:
    """Why a crisis the contextual signal alone gives to normalised ``said`` should be a
    concern, or ``None`` (``contextual.ContextualSignal.raised``, round 16): the signal reads
    meaning, not whose words or what for, so it gave crisis to

    * ``"work"``: drugs handled at work (a word of :data:`WORK` and one of counting or
      checking, :data:`HANDLED`, with no word of the speaker's own use or of taking or keeping
      them: "counting the pills on the med trolley at the end of the shift"), or work at a
      height (:data:`HEIGHT_WORK`, with no act at a height or word of an end: "up on the
      scaffolding on the 14th floor, wind was mental"); never with a plan or a time to come
      (:data:`PLAN`: a nurse at risk speaks of her shift too);
    * ``"quoted"``: a character's own wish said back to them ("brann, you say you want to go
      to sleep and not wake up until spring, i get it"), with no wish or risk of the speaker's
      own ("me too", "i don't want to wake up either", "anche io");
    * ``"home"``: going home to someone living ("time i went home to my daughter, goodnight
      everyone"), with no word of risk or finality (:func:`going_home.going_home`);
    * since round 17, farm work (:data:`FARM`: sowing, spraying, the ewes, the tractor, with no
      drinking, amount or end, :data:`FARM_RISK`), ``"work"``; and, whatever time is named,
      :func:`_game_or_idiom`'s ``"idiom"``, ``"play"`` and ``"fiction"``;
    * since round 20, ``"glad"``: a change that suits, good news come, tired but happy
      (:data:`GLAD`), never with someone else's gladness or one's absence (:data:`OTHERS_GLAD`:
      "they'd be happier without me"), a decision, a burden, "no more" (:data:`RESOLVED`), an
      end, a wish of one's own or an act at a height; and a game's gear asked for (:data:`GEAR`,
      ``"play"``). Drugs at work now include a drawn-up, recorded or dispensed dose and a day's
      count of prescriptions (:data:`HANDLED`, :data:`WORK`);
    * since round 21b, whatever time is named, :func:`ordinary`'s frames: ``"climbing"``,
      ``"outgrown"``, ``"roads"``, ``"kitchen"``, ``"song"`` and ``"rather"``;
    * since play corpus 19, ``"homesick"`` (missing family far away, ``safety.homesick``) and
      ``"care"`` (the other person's health, ``safety.care``); since round 22c,
      ``"overnight"`` (staying the night somewhere, ``safety.overnight``); since round 29,
      ``"plea"`` (a plea for help with a task one cannot do alone and nothing else,
      :data:`PLEA`: "i can't do it on my own, will you help me").

    ``said`` is read with leetspeak spelt (the rules' last variant). A check-in and an alert
    stay; a rule's crisis is never lowered (the caller's)."""
    if going_home(said):  # its own words of risk and finality keep the crisis
        return "home"
    if (kind := _game_or_idiom(said)) is not None:
        return kind
    if (kind := ordinary(said)) is not None:
        return kind
    if homesick(said):  # missing family far away (play corpus 19)
        return "homesick"
    if their_health(said):  # "your chest is bad, u need a doctor" (play corpus 19)
        return "care"
    if overnight(said):  # "i'll sleep up here in the net loft tonight" (round 22c)
        return "overnight"
    if PLEA.fullmatch(said):  # "i can't do it on my own, will you help me" (round 29)
        return "plea"
    if PLAN.search(said):
        return None
    if FARM.search(said) and not FARM_RISK.search(said) and not TAKEN.search(said):
        return "work"
    handled = WORK.search(said) and HANDLED.search(said)
    if handled and not OWN_USE.search(said) and not TAKEN.search(said):
        return "work"
    if HEIGHT_WORK.search(said) and not HEIGHT_RISK.search(said):
        return "work"
    if GLAD.search(said) and not (
        OTHERS_GLAD.search(said)
        or HEIGHT_RISK.search(said)
        or SELF_END.search(said)
        or OWN_WISH.search(said)
        or RESOLVED.search(said)
    ):
        return "glad"
    if SAYS_THEIR_WISH.search(said) and not OWN_WISH.search(said):
        return "quoted"
    return None


def _game_or_idiom(said: str) -> str | None:
    """Round 17's look-alikes of :func:`signal_lookalike` that a plan or a time to come does
    not undo: the "will kill me if" idiom (:func:`threat_idiom`), kind words to a character or
    a bag of stones carried (``"play"``), a game's creature slain (``"fiction"``); never with
    an end of the speaker's own (:data:`SELF_END`) or a wish of theirs (:data:`OWN_WISH`)."""
    if threat_idiom(said) is not None:
        return "idiom"
    if SELF_END.search(said) or OWN_WISH.search(said):
        return None
    if STAY_WITH_YOU.search(said) or BAG_OF_STONES.search(said):
        return "play"
    if SLAYS_A_CREATURE.search(said):
        return "fiction"
    if GEAR.search(said) and not HEIGHT_RISK.search(said):
        return "play"
    return None


# --------------------------------------------------------------------------------------------
# Ordinary frames a crisis was read into (round 21b)
# --------------------------------------------------------------------------------------------

#: A roped climb at a wall, a gym or a crag: top rope, belaying, a climbing hall.
CLIMBING = re.compile(
    r"\b(?:climbing (?:gym|wall|centre|center|hall|session|route)|bouldering|belay\w*|top ?rope|"
    r"toprope|grigri|rocodromo|muro de escalada|me asegur\w*|asegurador\w*|ginasio de escalada|"
    r"muro de escalada|deu seguranca|fez a seguranca|salle (?:d )?escalade|salle de grimpe|"
    r"moulinette|m assur\w*|assurage|assureu\w*|palestra di arrampicata|muro d arrampicata|"
    r"(?:fa|faceva|fare|fatto) sicura|kletterhalle|boulderhalle|mich gesichert|"
    r"hat gesichert)\b"
    # the rope that held a fall at a wall: "la corde m'a retenue", "das seil hat mich gehalten"
    r"|\b(?:rope|cuerda|corda|corde|seil)\b(?: \S+){0,3}? (?:held|caught|me sujeto|sujeto|"
    r"segurou|retenue|tenuto|gehalten)\b(?=.*\b(?:wall|pared|parede|mur|parete|wand|route|via|"
    r"voie)\b)|\b(?:wall|pared|parede|mur|parete|wand)\b(?=.*\b(?:rope|cuerda|corda|corde|"
    r"seil)\b(?: \S+){0,3}? (?:held|caught|sujeto|segurou|retenue|tenuto|gehalten)\b)"
)
#: A climber who means to fall: untied, no rope, on purpose.
CLIMB_RISK = re.compile(
    r"\b(?:on purpose|deliberately|untie\w*|unclip\w*|without (?:a |the )?rope|free solo|"
    r"a proposito|de proposito|desat\w*|sin cuerda|sem corda|me desamarr\w*|expres|sans corde|"
    r"me detach\w*|apposta|slego|slegarmi|senza corda|absichtlich|ohne seil|losbinden|"
    r"abbinden|"
    # or a rope readied as a means: a noose, a knot, a beam, taken home or kept
    r"noose|slipknot|knot|hang\w*|beam|banister|bannister|rafter|loft|attic|garage|shed|"
    r"bedroom|at home|took \w+ home|kept|hid|hidden|soga|horca|nudo|viga|colgar\w*|ahorc\w*|"
    r"forca|no de forca|enforc\w*|pendur\w*|noeud|pendre|poutre|cappio|nodo|impicc\w*|trave|"
    r"schlinge|knoten|erhang\w*|aufhang\w*|\w*balken|dachboden)\b"
)
#: A baby's things (clothes, a cot, a pram) and that the child outgrew them.
BABY_THINGS = re.compile(
    r"\b(?:baby|babys|newborn|cot|crib|pram|pushchair|buggy|stroller|high chair|bebe|bebes|"
    r"recien nacido|cuna|carrito|cochecito|trona|banera|bodies|roupinhas|recem nascido|berco|"
    r"carrinho|enxoval|naissance|berceau|poussette|layette|vestitini|corredino|culla|"
    r"passeggino|neonato|babysachen|kinderwagen|babybett|strampler|wiege)\b"
)
OUTGROWN = re.compile(
    r"\b(?:outgrow\w*|outgrew|grew out|too (?:big|small)|no (?:le )?cabe|quedaron pequen\w*|"
    r"ya es (?:muy )?(?:grande|mayor)|nao cabe|ja cresceu|ficaram pequen\w*|ne rentre plus|"
    r"trop (?:grande?|petite?s?)|non (?:gli |le )?entrano|e cresciut[oa]|sta(?:nno)? piccol\w*|"
    r"rausgewachsen|herausgewachsen|zu (?:gross|klein)|passt (?:\w+ ){0,2}nicht mehr)\b"
)
#: Driving said not to be safe, and ice, snow or fog on the road.
DRIVING = re.compile(
    r"\b(?:drive|driving|drove|conducir|manejar|en coche|dirigir|conduire|la voiture|guidare|"
    r"guida|autofahren|fahren)\b"
)
BAD_ROADS = re.compile(
    r"\b(?:ice|icy|black ice|snow\w*|sleet|blizzard|fog|hielo|helad\w*|nieve|nevad\w*|niebla|"
    r"gelo|neve|nevasca|neblina|verglas|neige|brouillard|ghiaccio|ghiacciat\w*|nebbia|"
    r"glatteis|schnee|nebel)\b"
)
#: A driver who means to crash: a wall, a tree, a lorry, steering into it.
CRASH = re.compile(
    r"\b(?:crash\w*|steer\w*|swerve\w*|wall|tree|truck|lorry|estrell\w*|arbol|camion|"
    r"caminhao|arvore|jogar o carro|bater o carro|foncer|arbre|mur|schiant\w*|albero|muro|"
    r"baum|lkw|gegen \w+ (?:baum|wand|mauer))\b"
)
#: A cut made while cooking (chopping, peeling, an onion, dinner), to a finger or a thumb.
_CUT = r"cut|sliced|nicked|corte|cortei|cortado|coupe|entaille|tagliat\w*|taglio|geschnitten"
KITCHEN = re.compile(
    r"\b(?:chopping|cooking|making (?:dinner|lunch|tea|breakfast)|peeling|onions?|mandoline|"
    r"cebollas?|cocinando|pelando|patatas|zanahoria|cena|picando|cebola|cenoura|batatas?|"
    r"tomates?|jantar|almoco|descascando|cozinhando|oignons?|epluch\w*|patates|diner|"
    r"en cuisinant|cipoll\w*|cucinav\w*|cucinando|patate|zwiebel\w*|kochen|gemuse\w*|"
    r"schnippeln)\b"
)
CUT_KITCHEN = re.compile(r"\b(?:" + _CUT + r")\b")
#: A cut meant: on purpose, an arm or a wrist, to feel it, again.
CUT_RISK = re.compile(
    r"\b(?:on purpose|deliberately|arm|arms|wrist|wrists|thigh|again|to feel|a proposito|"
    r"de proposito|brazo|munecas?|braco|bracos|pulsos?|expres|bras|poignets?|cuisse|apposta|"
    r"braccio|polsi|polso|absichtlich|arm|arme|handgelenk\w*|oberschenkel|extra|"
    # or an emergency: a cut that will not stop bleeding, deep, stitches, an ambulance
    r"won t stop|will not stop|wont stop|not stopping|can t stop|so much blood|deep|stitches|"
    r"hospital|ambulance|a&e|er|spurting|no para|nao para|s arrete pas|arrete pas|"
    r"non si ferma|hort nicht auf|tief|profund\w*|fundo|urgenc\w*|urgence\w*|pronto soccorso|"
    r"notaufnahme|notarzt|ambulancia|ambulanza|krankenwagen|112|911|999|still bleeding|"
    r"keeps bleeding|faint\w*|dizzy|pass(?:ing)? out|numb|can t feel|bone|tendon|severed|"
    r"cut off|soaked|pouring|gushing|pressure|towel|tourniquet|help|ayuda|ajuda|aide|aiuto|"
    r"hilfe|mareado|mareo|desmay\w*|tontura|desmai\w*|vertige|evanoui\w*|svenire|"
    r"svengo|giramenti|schwindel\w*|ohnmacht\w*|hueso|osso|knochen|sehne)\b"
)
#: A song's words or title said on leaving for the night ("so long, farewell", "like the
#: song", "wie im lied"), and the night or tomorrow named.
SONG_SAID = re.compile(
    r"\b(?:like the song|as the song (?:says|goes)|like in the song|so long farewell|"
    r"so long , farewell|time to say goodbye|the end is near|como (?:dice|canta|en) la cancion|"
    r"como canta|como na musica|como diz a musica|comme dans la chanson|comme dit la chanson|"
    r"come (?:dice )?(?:nella|la) canzone|canticchio|wie (?:im|i am) lied|wie das lied|singt)\b"
)
UNTIL_TOMORROW = re.compile(
    r"\b(?:see you tomorrow|tomorrow|to bed|goodnight|good night|for the night|logging off|"
    r"manana|a dormir|me voy a cenar|boa noite|amanha|vou dormir|por hoje|a demain|me coucher|"
    r"bonne nuit|file dormir|a domani|buonanotte|a letto|per stasera|ci vediamo|bis morgen|"
    r"gute nacht|schlafen|fur heute)\b"
)
#: "I'd rather die than" a small social thing: sing, dance, karaoke, a speech, a party.
RATHER_DIE_THAN = re.compile(
    r"\b(?:(?:rather|sooner) die than|prefiero morir(?:me)? (?:antes )?que|"
    r"antes muert[oa] que|prefiro morrer (?:do que|a|que)|plutot mourir que|"
    r"prefer\w* mourir (?:plutot )?que|preferi\w* morire (?:piuttosto )?che|"
    r"piuttosto muoio che|(?:lieber|eher) sterbe ich als)\b(?: \S+){0,8}? "
    r"(?:sing\w*|karaoke|danc\w*|speech|icebreaker\w*|party|presentation|cantar|bailar|"
    r"fiesta|discurso|dancar|festa|chanter|danser|discours|macarena|cantare|ballare|"
    r"discorso|singen|tanzen|rede|feier|firmenfeier|teambuilding|vorzu\w+|vorsingen)\b"
)
#: A wish to die as a comparison with going on living, or more of something.
GOING_ON = re.compile(
    r"\b(?:living|live|another|vivir|viviendo|seguir|viver|vivendo|continuar|vivre|continuer|"
    r"vivere|andare avanti|leben|weiterzuleben|weiter)\b"
)
#: Words of an end meant: forever, this time, a last message, a wish or plan to die.
END_MEANT = re.compile(
    r"\b(?:for good|forever|this time|last message|won t be here|will not be here|"
    r"para siempre|esta vez|ultimo mensaje|no estare|para sempre|desta vez|ultima mensagem|"
    r"nao vou estar|pour toujours|cette fois|dernier message|ne serai plus|per sempre|"
    r"stavolta|ultimo messaggio|non ci saro|fur immer|diesmal|letzte nachricht|nicht mehr da|"
    r"better off|without me|sin mi|sem mim|sans moi|senza di me|ohne mich|mejor sin|"
    r"melhor sem|mieux sans|meglio senza|besser dran)\b"
)


def ordinary(said: str) -> str | None:
    """The ordinary frame normalised ``said`` is, or ``None`` (round 21b): a crisis a rule, the
    n-gram model or the contextual vote read into it is a concern at most there, never with a
    word of an end meant (:data:`END_MEANT`, :data:`SELF_END`), a wish of one's own
    (:data:`OWN_WISH`) or "for real" (:data:`REALLY`):

    * ``"climbing"``: a roped climb at a wall, a gym or a crag (:data:`CLIMBING`), not untied,
      unroped or on purpose (:data:`CLIMB_RISK`);
    * ``"outgrown"``: a baby's things given away because the child outgrew them
      (:data:`BABY_THINGS`, :data:`OUTGROWN`);
    * ``"roads"``: driving said not safe on ice, snow or fog (:data:`DRIVING`,
      :data:`BAD_ROADS`), with no crash, wall or tree (:data:`CRASH`);
    * ``"kitchen"``: a cut while cooking (:data:`KITCHEN`), not to an arm or a wrist, on
      purpose or again (:data:`CUT_RISK`);
    * ``"song"``: a song's goodbye on leaving for the night (:data:`SONG_SAID`,
      :data:`UNTIL_TOMORROW`);
    * ``"rather"``: "I'd rather die than" a small social thing (:data:`RATHER_DIE_THAN`), not
      going on living (:data:`GOING_ON`);
    * round 24: ``"asleep"`` (someone else hoped to stay asleep, :func:`stays_asleep`),
      ``"admin"`` (a will, passwords, a pet or insurance with an everyday reason,
      :data:`AFFAIRS`, :data:`ADMIN_REASON`; never beside :data:`FRAME_RISK`);
    * round 31: ``"memory"`` (a childhood memory told as past, :data:`CHILDHOOD`, nothing of
      now, :data:`STILL_NOW`) and ``"glance"`` (looking up as raising one's eyes,
      :data:`GLANCE`, nothing looked up, :data:`LOOKED_UP_HOW`); round 31b: ``"living_loss"``
      (someone dear alive but lost to dementia, :data:`LIVING_LOSS`)."""
    if END_MEANT.search(said) or REALLY.search(said):
        return None
    if FAMILY_OCCASION.search(said) and not SELF_END.search(said) and not DEATH.search(said):
        return "family"  # round 23: "quiero estar con mi hija en su graduacion" (a wish, kept)
    if OWN_WISH.search(said):
        return None
    if RATHER_DIE_THAN.search(said):
        return None if GOING_ON.search(said) else "rather"
    if SONG_SAID.search(said) and UNTIL_TOMORROW.search(said):
        return "song"  # its goodbye words are SELF_END's: read before them
    if (
        LIVING_LOSS.search(said)
        and not _MEDS_TAKEN.search(said)
        and not SELF_END.search(said.replace("last time", ""))
    ):
        # round 31b: "my nan is in a care home and last time she didnt know who i was"
        return "living_loss"
    if SELF_END.search(said):
        return None
    if CLIMBING.search(said) and not CLIMB_RISK.search(said):
        return "climbing"
    if BABY_THINGS.search(said) and OUTGROWN.search(said):
        return "outgrown"
    if DRIVING.search(said) and BAD_ROADS.search(said) and not CRASH.search(said):
        return "roads"
    if KITCHEN.search(said) and CUT_KITCHEN.search(said) and not CUT_RISK.search(said):
        return "kitchen"
    if DESCENT.search(said) and not CLIMB_RISK.search(said):
        return "climbing"  # round 23: a rope ready to go down a well or a shaft
    if REMEDY.search(said) and not AMOUNT.search(said):
        return "remedy"  # round 23: pills for a cough, a cold, a headache
    if WARD_CASES.search(said) and ER.search(said) and not TOOK.search(said):
        return "work"  # round 23: "two arrests and a bleed on the night shift"
    if FOLLOWING.search(said) and COMPANY.search(said):
        return "company"  # round 23: a friend following in a car to the same party
    if CAR_KIT.search(said) and BOOT.search(said) and not CLIMB_RISK.search(said):
        return "kit"  # round 23: a tow rope, jump leads, a spare wheel in the boot
    if PRAYER.search(said) and SMALL_THINGS.search(said):
        return "prayer"  # round 23: "please god let the train be on time"
    if GIVEN_AWAY.search(said) and REPLACED.search(said):
        return "replaced"  # round 23: an instrument given away and a new one bought
    if HEIGHT_ASKED.search(said) and STUDY.search(said) and not FOR_ME.search(said):
        return "study"  # round 23: a bridge's height asked for a school project
    if BREAKDOWN.search(said):
        return "breakdown"  # round 23: "el carro me sigue fallando"
    if stays_asleep(said):
        return "asleep"  # round 24: "spero che il bambino non si svegli"
    if AFFAIRS.search(said) and ADMIN_REASON.search(said) and not FRAME_RISK.search(said):
        return "admin"  # round 24: "passwords written down in case i lose my phone"
    if (CHILDHOOD.search(said) or WARM_MEMORY.search(said)) and not STILL_NOW.search(said):
        return "memory"  # round 31: "think about dad waitin up for me when i was a kid"
    if GLANCE.search(said) and not LOOKED_UP_HOW.search(said):
        return "glance"  # round 31: "that man at the next table hasnt looked up once"
    return None


# --------------------------------------------------------------------------------------------
# Ordinary frames of round 31 (newcomers' play corpora 11 and 25)
# --------------------------------------------------------------------------------------------

#: A memory of childhood, told as past ("when i was a kid", "de pequeña", "als ich klein war").
CHILDHOOD = re.compile(
    r"\b(?:when i was (?:a kid|a child|little|small|young|a boy|a girl|a lad|a lass|a teenager|"
    r"a baby|a wee \w+)|as a (?:kid|child|little \w+|wee \w+)|growing up|"
    r"cuando (?:yo )?era (?:nino|nina|pequen[oa]|chic[oa]|crio|cria|peque)|de (?:nino|nina|"
    r"pequen[oa]|chic[oa])|quand j etais (?:petit|petite|enfant|gamin|gamine|jeune|ado)|"
    r"quand j etais tout petit|quando ero (?:piccol[oa]|bambin[oa]|ragazzin[oa])|"
    r"da (?:piccol[oa]|bambin[oa])|als ich (?:klein|ein kind|noch klein|jung) war|als kind|"
    r"quando (?:eu )?era (?:crianca|pequen[oa]|miud[oa]|menin[oa])|em crianca|"
    r"de pequen[oa])\b"
)
#: The dead remembered warmly beside something here ("my husband huw would have loved it", play
#: corpus 26; round 32).
WARM_MEMORY = re.compile(
    r"\b(?:would have|would ve|wouldve) (?:loved|liked|enjoyed|adored) (?:it|this|that|the \w+|"
    r"you|her|him|them)\b|\b(?:he|she|they) used to say\b"
)
#: The same thing going on now: not a memory ("he still hits me like when i was a kid").
STILL_NOW = re.compile(
    r"\b(?:now|still|again|tonight|today|anymore|any more|these days|every day|ever since|"
    r"since|todavia|aun|ahora|hoy|esta noche|encore|maintenant|ce soir|aujourd hui|depuis|"
    r"ancora|adesso|ora|stasera|oggi|immer noch|noch immer|jetzt|heute|seitdem|seit|ainda|"
    r"agora|hoje|desde)\b"
)
#: Looking up as raising one's eyes ("hasn't looked up once", "looked up from her book").
GLANCE = re.compile(
    r"\b(?:(?:has not|have not|had not|did not|does not|do not|never|not once|barely|hardly) "
    r"(?:even |once |yet )?look(?:ed)? up|look(?:ed|s|ing)? up (?:once|from|at (?:me|us|him|"
    r"her|them|the (?:sky|stars|moon|ceiling|clock|window|lighthouse|tower|beam|shelves)))|"
    r"without looking up)\b"
)
#: Someone dear alive but lost to dementia (play corpus 31): anticipatory grief, a concern.
LIVING_LOSS = re.compile(
    r"\b(?:(?:did not|does not|do not|no longer|never) (?:even )?(?:know|knows|recogni[sz]e\w*|"
    r"remember\w*) (?:who i (?:was|am)|me|my name)|"
    r"(?:still alive|is alive|still here) but (?:not|is not|isnt|not really)|"
    r"missing someone (?:who is|whos|that is) still (?:alive|here))\b"
)
#: Medicines, a dose taken or within reach: never a living loss ("mums dementia meds").
_MEDS_TAKEN = re.compile(
    r"\b(?:meds|medication|medicine|pills?|tablets?|blister|dose|overdose|took|taken|swallowed|"
    r"ate|sleepy|drowsy|pile)\b"
)
#: Looking something up: a method or an amount researched (never a glance).
LOOKED_UP_HOW = re.compile(
    r"\b(?:how (?:many|much|to|long|high|far)|dose\w*|overdose\w*|lethal|methods?|ways to|"
    r"pills?|tablets?)\b"
)


# --------------------------------------------------------------------------------------------
# Ordinary frames of round 23
# --------------------------------------------------------------------------------------------

#: A rope ready to go down something: a well, a shaft, a cliff path, a cave.
DESCENT = re.compile(
    r"\b(?:rope|cuerda|corda|corde|seil)\b(?: \S+){0,4}? (?:para|per|pour|pra|to|zum|um) "
    r"(?:bajar|descender|scendere|calarmi|descendre|descer|climb down|go down|lower|abseil\w*|"
    r"abzuseilen|runterzuklettern)\b"
)
#: Pills for an ordinary complaint: a cough, a cold, a headache, an allergy.
REMEDY = re.compile(
    r"\b(?:para la tos|para el resfriado|para el dolor de (?:cabeza|muelas|garganta)|"
    r"para la alergia|para la gripe|for (?:my|the|a) (?:cough|cold|headache|allergy|hay fever)|"
    r"pour la toux|contre le rhume|contre la toux|pour le mal de tete|gegen (?:husten|"
    r"kopfschmerzen|erkaltung|die allergie)|pra tosse|para tosse|para a gripe|pra gripe|"
    r"para dor de cabeca|per la tosse|per il raffreddore|per il mal di testa|per l allergia)\b"
)
#: An amount or a hoard of them: never a remedy.
AMOUNT = re.compile(
    r"\b(?:all|todas|todos|toutes|tous|alle|tutte|tutti|saved|guardad\w*|juntad\w*|junte|"
    r"saving|box(?:es)?|cajas|boites|packungen|caixas|scatole|enough|suficientes|assez|genug|"
    r"suficiente|abbastanza)\b"
)
#: A height asked about (a bridge, a tower, a viaduct).
HEIGHT_ASKED = re.compile(
    r"\b(?:how high|how tall|altura|que tan alto|cuantos metros|cuanto mide|hauteur|"
    r"combien de metres|combien mesure|quanto mede|quanto misura|"
    r"wie hoch|quanto e alto|quanti metri|altezza|quantos metros|qual a altura)\b"
)
#: What it is asked for: school, a project, a talk, curiosity.
STUDY = re.compile(
    r"\b(?:school project|homework|for (?:a|my) (?:project|class|essay|talk)|curious|"
    r"trabajo (?:de|para) (?:la )?(?:escuela|historia|clase)|para (?:la|una) clase|curiosidad|"
    r"para un trabajo|es para (?:el|un) (?:cole|colegio|instituto|proyecto)|"
    r"expose|pour un devoir|par curiosite|referat|hausaufgabe|aus neugier|"
    r"trabalho da escola|(?:pra|para) (?:um|o) trabalho|curiosidade|ricerca|per la scuola|"
    r"curiosita|tesina)\b"
)
#: A car that keeps failing: not a car that follows. Never a garage or a workshop (a car's
#: engine run in a closed garage is a means: blind sets 14, 18 and 20 lost crises to them, found
#: by row and rule id, their texts unread).
BREAKDOWN = re.compile(
    r"\b(?:me sigue (?:fallando|dando problemas)|sigue (?:fallando|dando problemas)|"
    r"keeps (?:breaking down|stalling|failing)|(?:tombe|tombee) en panne|springt nicht an|"
    r"continua (?:falhando|dando problema)|continua a (?:dare problemi|guastarsi))\b"
)
#: Cases seen on a shift, counted: "two arrests and a bleed", "tres paradas", "deux arrets".
WARD_CASES = re.compile(
    r"\b(?:two|three|four|2|3|4|dos|tres|cuatro|deux|trois|quatre|zwei|drei|vier|duas|dois|"
    r"tres|quatro|due|tre|quattro) (?:arrests|cardiac arrests|codes|paradas|paros|arrets|"
    r"reanimationen|reas|paragens|paradas cardiacas|arresti)\b"
)
#: Something given away (an instrument, a bike) ...
GIVEN_AWAY = re.compile(
    r"\b(?:gave|given|regale|di|donne|offert|geschenkt|verschenkt|dei|doei|regalato|dato)\b"
)
#: ... and a new one bought or had: not a farewell.
REPLACED = re.compile(
    r"\b(?:bought (?:a new one|another|myself a new)|got a new one|me compre (?:otr[oa]|un[oa])|"
    r"ya tengo (?:otr[oa]|un[oa] nuev[oa])|je m en suis achete|j en ai achete|hab mir (?:\w+ )?"
    r"(?:neue|neuen|neues) gekauft|comprei (?:outr[oa]|um[a]? nov[oa]|uma|um)|ne ho comprat[oa]|"
    r"ne ho (?:un[oa]? )?nuov[oa])\b"
)
#: Being with a child or a partner at an occasion, or to live somewhere: a wish, not an end.
FAMILY_OCCASION = re.compile(
    r"\b(?:be with|estar con|irme con|ir con|ficar com|estar com|etre avec|aller avec|"
    r"stare con|andare con|bei) (?:my|mi|mis|minha|meu|ma|mon|mes|mia|mio|meiner|meinem) "
    r"(?:\w+ ){1,6}?(?:graduation|graduacion|wedding|boda|birthday|cumpleanos|holiday|"
    r"vacaciones|when (?:her|his|the) baby|cuando nazca|a vivir|to live|formatura|casamento|"
    r"aniversario|ferias|remise des diplomes|mariage|anniversaire|vacances|laurea|matrimonio|"
    r"compleanno|vacanze|abschlussfeier|hochzeit|geburtstag|urlaub)\b"
)
#: A death or heaven named: "to be with my son" is then the wish to join the dead.
DEATH = re.compile(
    r"\b(?:died|dead|death|heaven|murio|muert[oa]|cielo|fallecio|morreu|mort[oa]|ceu|"
    r"decede\w*|ciel|morto|morta|tot|gestorben|himmel|grave|tumba|tumulo|tombe|tomba|grab)\b"
)
#: Being followed ...
FOLLOWING = re.compile(
    r"\b(?:following me|follows me|me sigue|me sigu\w*|me suit|mir (?:\w+ )?(?:nach|hinterher)|"
    r"me segu\w*|me segue|mi segu\w*|mi segue)\b"
)
#: ... by someone going to the same place, or who does not know the way: company.
COMPANY = re.compile(
    r"\b(?:together|juntos|juntas|ensemble|zusammen|insieme|junt[oa]s|the same|la misma|el mismo|"
    r"la meme|le meme|dieselbe|denselben|a mesma|o mesmo|la stessa|lo stesso|to the party|"
    r"a la fiesta|a la fete|zur party|pra festa|alla festa|doesn t know the way|don t know the way|"
    r"no sabe (?:llegar|el camino)|ne connait pas (?:la route|le chemin)|den weg nicht kennt|"
    r"nicht kennt|nao sabe o caminho|non sa la strada)\b"
)
#: What a car carries: tow ropes, jump leads, a spare wheel, a jack ...
CAR_KIT = re.compile(
    r"\b(?:tow\w*|jump leads|jumper cables|cables|spare wheel|jack|pinzas|gato|rueda de "
    r"repuesto|remolc\w*|triangulos?|remorqu\w*|cables de demarrage|roue de secours|cric|"
    r"abschlepp\w*|starthilfekabel|ersatzrad|wagenheber|reboque|cabos|estepe|macaco|"
    r"traino|cavi|ruota di scorta|cric)\b"
)
#: ... in its boot.
BOOT = re.compile(
    r"\b(?:boot|trunk|cajuela|maletero|baul|porta malas|portamalas|coffre|kofferraum|"
    r"bagagliaio)\b"
)
#: A prayer ...
PRAYER = re.compile(
    r"\b(?:god|lord|dios|diosito|dieu|gott|deus|dio)(?: ,)? (?:please )?(?:let|make|haz que|que|"
    r"faites que|fais que|lass|faz|fa che|fai che|mach)\b"
)
#: ... for a small thing: a train, the weather, a match, an exam.
SMALL_THINGS = re.compile(
    r"\b(?:train|bus|flight|plane|weather|rain|raining|sun|match|game|exam|test|tren|autobus|"
    r"vuelo|lluvia|llueva|partido|examen|vol|pluie|match|examen|zug|flug|regen|spiel|prufung|"
    r"trem|onibus|voo|chuva|jogo|prova|treno|volo|pioggia|partita|esame|on time|a tiempo|"
    r"a l heure|punktlich|na hora|in orario)\b"
)


# --------------------------------------------------------------------------------------------
# Ordinary frames of round 24
# --------------------------------------------------------------------------------------------

#: Someone else asleep: a baby, a child, a partner, a dog (never "I", never "my baby" alone).
_SLEEPER = (
    r"(?:the|my|our|his|her|el|la|los|las|mi|mis|nuestro|nuestra|o|a|os|as|meu|minha|nosso|"
    r"nossa|le|les|mon|ma|mes|notre|il|i|mio|mia|das|der|die|mein|meine|unser|unsere) "
    r"(?:baby|babies|kid|kids|child|children|toddler|little one|twins|dog|cat|husband|wife|"
    r"partner|boyfriend|girlfriend|neighbours|neighbors|flatmate|roommate|bebe|nene|nena|"
    r"nino|nina|ninos|peque|perro|perra|gato|gata|esposo|esposa|marido|mujer|novio|novia|"
    r"vecinos|nenem|crianca|criancas|filho|filha|cachorro|cachorra|namorado|namorada|"
    r"vizinhos|petit|petite|enfant|enfants|chien|chat|mari|femme|copain|copine|voisins|"
    r"bambino|bambina|bimbo|bimba|bambini|neonato|piccolo|piccola|cane|gatto|marito|moglie|"
    r"ragazzo|ragazza|vicini|kleine|kleiner|kind|kinder|hund|katze|mann|frau|freund|freundin|"
    r"nachbarn)"
)
#: ... and a hope, a prayer or a wish (or the subjunctive alone) that they stay asleep.
ASLEEP = re.compile(
    # en: "i hope the baby doesn't wake up", "praying my husband doesn't wake"
    r"\b(?:hope|hoping|praying|pray|fingers crossed|please)\b(?: that)? "
    + _SLEEPER
    + r" (?:doesn t|does not|don t|do not|won t|will not|wont) wake\b|"
    # es / pt / it: the subjunctive ("que el bebe no se despierte", "que o bebe nao acorde",
    # "che il cane non si svegli")
    r"\bque " + _SLEEPER + r" no se despierte\w*|\bque " + _SLEEPER + r" nao acorde\w*|"
    r"\bche " + _SLEEPER + r" non si svegli\w*|"
    # fr: "j'espere que le bebe (ne) se reveille pas", "pourvu que mon mari ne se reveille pas"
    r"\b(?:jespere|j espere|pourvu|esperons|je prie pour) que "
    + _SLEEPER
    + r" (?:ne )?(?:se reveille pas|va pas se reveiller|se reveillera pas)\b|"
    # de: "ich hoffe, das baby wacht nicht auf", "hoffentlich wacht die kleine nicht auf"
    r"\b(?:hoffe|hoffentlich|bete)\b(?: ,)?(?: dass)? "
    + _SLEEPER
    + r" (?:\w+ )?(?:wacht|aufwacht)\b(?: \w+){0,2}? ?(?:nicht|nie)\b|"
    r"\bhoffentlich wacht " + _SLEEPER + r" (?:\w+ )?nicht auf\b|"
    # de: a sleeper who sleeps through noise, luckily
    r"\b" + _SLEEPER + r" wacht nicht auf , (?:selbst |auch )?wenn (?:der|die|das) "
    r"\w+ (?:lauft|klingelt|bellt|fahrt)\b"
)

#: Fear, violence or getting away, beside the hope: "i hope he doesn't wake up, he'll hit me".
ASLEEP_RISK = re.compile(
    r"\b(?:beat\w*|hit|hits|hurt\w*|kill\w*|scared|afraid|run away|leave (?:him|her)|escape|"
    r"get out|my bags|my things|do it|pills|never|forever|golpe\w*|pega\w*|miedo|huir|nunca|"
    r"medo|fugir|"
    r"bate|frapp\w*|peur|fuir|jamais|schlag\w*|angst|fliehen|nie|picchia\w*|paura|scappare|"
    r"mai piu|"
    # an end or a leaving of one's own beside it: "... stanotte la faccio finita", "... before
    # i'm gone", "bevor ich weg bin"
    r"\w* finit[oa]|finish it|end it|tonight|stanotte|esta noche|ce soir|heute nacht|"
    r"hoje a noite|before i|bevor ich|avant que je|avant de|antes de que|antes que (?:yo|eu)|"
    r"prima che|prima di|weg|leave|leaving|anymore|can t|cannot|ya no|no puedo|plus|"
    r"nicht mehr|mais|piu|aguento|aguanto|ce la faccio|me voy|je pars|ich gehe|vou embora|"
    r"me ne vado)\b"
)


def stays_asleep(said: str) -> bool:
    """Whether normalised ``said`` hopes someone else asleep (a baby, a child, a partner, a
    dog) stays asleep (:data:`ASLEEP`), with no fear, violence or getting away
    (:data:`ASLEEP_RISK`) and no end of the speaker's own (:data:`SELF_END`,
    :data:`END_MEANT`): a rule's crisis there is none (``ordinary``'s ``"asleep"``), and so is
    the learned signals' flag (round 24: "spero che il bambino non si svegli" was a crisis as
    served, the contextual vote 0.97). "I hope I don't wake up" and "my baby won't wake up"
    name no one else asleep and stay crisis."""
    return bool(
        ASLEEP.search(said)
        and not ASLEEP_RISK.search(said)
        and not RISK.search(said)
        and not SELF_END.search(said)
        and not END_MEANT.search(said)
    )


#: A word of risk, finality, a plan or a means: round 24's admin frame never applies.
FRAME_RISK = re.compile(
    r"\b(?:" + _DIE + r"|dying|dead|death|kill\w*|suicid\w*|end it|end my|last time|forever|"
    r"for good|never|gone|goodbye|without me|miss me|better off|sorry|forgive|pills|rope|gun|"
    r"jump\w*|for after|morir\w*|muerte|matar\w*|adios|nunca|para siempre|mourir|mort|tuer|"
    r"adieu|jamais|pour toujours|sterben|tot|umbringen|lebewohl|nie wieder|fur immer|morrer|"
    r"morte|adeus|para sempre|morire|uccider\w*|ammazz\w*|addio|mai piu|per sempre|"
    # a plan, a time or a means beside it: "made a will after the divorce, tonight is the night"
    r"tonight|the night|the day|do it|end things|ready|saved|drive off|hang\w*|noose|knife|"
    r"blade|overdose|bridge|roof|ledge|tracks|plan|planned|decided|esta noche|el dia|la noche|"
    r"lo hago|hoje a noite|o dia|ce soir|le jour|le faire|heute nacht|der tag|es tun|stanotte|"
    r"il giorno|farlo|fazer isso)\b"
)

#: Life's affairs (a will, passwords, a pet rehomed, insurance, debts) ...
AFFAIRS = re.compile(
    r"\b(?:my will|a will|wills|testament|testamento|passwords?|contrasenas|senhas|"
    r"mots de passe|passworter|password|the dog|our dog|al perro|o cachorro|notre chien|"
    r"den hund|il cane|insurance|el seguro|o seguro|assurance|versicherung|"
    r"assicurazione)\b"
)
#: ... with an everyday reason: a lost phone, a birth, a house, a divorce, a landlord, a flood.
ADMIN_REASON = re.compile(
    r"\b(?:in case i lose|if i lose my phone|por si pierdo|caso eu perca|si je perds|"
    r"falls ich (?:\w+ )?(?:handy|telefon) verliere|casomai perdessi|"
    r"after the baby|baby was born|now that we|jetzt wo wir|ahora que nacio|depois que comprei|"
    r"dopo aver comprato|after the divorce|apres le divorce|nach der scheidung|"
    r"doesn t allow pets|no aceptan mascotas|nao aceita\w*|refuse les animaux|"
    r"non vuole animali|erlaubt keine tiere|flood|wasserschaden|degat des eaux|lo del choque|"
    r"a batida|il danno)\b"
)
