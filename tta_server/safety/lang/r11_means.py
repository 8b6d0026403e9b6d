"""Means said plainly, in all six languages (round 11, issue 12).

"take all the pills", "swallow them all", "the whole box", "every last one", "all my meds":
a quantity, a means and taking it, with no "I" and no "want to" before it, were rated none by
both signals until round 11. The older rules wanted a first person with intent ("i'm going to
take all the pills": ``suicide.overdose_intent``) or the act told in the past
(``medical.overdose_taken``), and the conversation screen joins such words to an earlier
message only when there is one. Written from the taxonomy (``sui.means``, ``med.overdose``),
not from any blind message:

* to take or swallow all, every, the whole or the rest of a named drug, at the start of a
  clause (an order to oneself, a question, "just", "maybe", "so"): crisis, suicide. "I take
  all my meds in the morning", "take all your tablets as prescribed" and "take all the pills
  back to the pharmacy" are not: the rule wants no other person's pills, and nothing that
  says a routine, a prescription or carrying them somewhere;
* to swallow them all, every last one or the whole lot, with no drug named: swallowing a
  quantity of something unnamed is no game command (the worlds' things are taken, eaten or
  drunk), so crisis, suicide; "swallow the key" and "swallow it all down" (feelings) are not;
* swallowed them all, took every pill, took the lot: the act told, crisis, medical emergency;
* the same in Spanish, Portuguese, French, Italian and German, with their clitics ("me las
  tomo todas", "prenderle tutte", "alle auf einmal schlucken").

Game commands stay clean: "take all", "take everything", "take them all", "eat the bread",
"drink the potion" and every verb x item of both worlds (``tests/safety/test_commands.py``).
Rule ids carry ``_r11_``. The names this module defines are described in
``tta_server.safety.lang``.
"""

from __future__ import annotations

from tta_server.safety.lang.en import _DRUGS
from tta_server.safety.lexicon import CONCERN, CRISIS, MED, SUI, Rule, Subject

#: Where an order to oneself starts: the start of the text or of a clause, or a word that
#: leads into one ("just", "maybe", "should i", "what if i"); a negator after it ("i would
#: never take all my pills") makes the rule concern (``inner_negation``).
_LEAD = (
    r"(?:^|(?<=[,.] )|\b(?:just|maybe|so|then|and|or|could|should i|shall i|do i|what if i|if i|"
    r"might|would|will|can|gonna|wanna|about to|about|of|tonight|now) )(?:never |not |do not )?"
)
#: How much: all of it, every one, the whole of it.
_ALL = (
    r"(?:all|all of|all the|all of the|every|every single|every last|the whole|a whole|"
    r"the entire|an entire|the rest of|the rest of the|whatever is left of)"
)
#: A drug, or its container said as the drug ("the whole box of sleeping tablets").
_DRUG_NOUN = (
    r"(?:(?:box|bottle|packet|pack|strip|blister|tub|pot)s? of )?(?:\w+ )?" + _DRUGS + r"\b"
)
#: What says the pills are a routine, a prescription or carried somewhere: not this class.
_NOT_ROUTINE = (
    r"^(?!.*\b(?:prescribed|prescription|as directed|the doctor said|doctor told|course|"
    r"antibiotics|side effects|interact\w*|worried about|every (?:day|morning|night|evening)|each (?:day|morning)|in the morning|"
    r"with (?:food|breakfast|dinner|water)|daily|once a day|twice a day|a day|dose|dosette|"
    r"organiser|organizer|out of (?:the|my|his|her)|back to|to the (?:pharmacy|chemist)|with "
    r"(?:me|you|us)|on (?:the )?(?:trip|holiday)|away "
    r"from|hide|hid|potions?|game|quest|level)\b)"
)

_ENGLISH = (
    Rule(
        "suicide.en_r11_take_them_all",
        CRISIS,
        SUI,
        _LEAD
        + r"(?:take|taking|swallow|swallowing|down|downing|neck|necking|pop|overdose on)"
        + r"(?: them)? "
        + _ALL
        + r" (?:(?:my|the|those|these|them|of them|of my|of the|remaining|leftover) )?"
        + _DRUG_NOUN,
        "take all the pills",
        subject=Subject.FIRST,
        requires=_NOT_ROUTINE,
        on_negation=CONCERN,
        inner_negation=True,
    ),
    Rule(
        "suicide.en_r11_swallow_them_all",
        CRISIS,
        SUI,
        _LEAD + r"(?:swallow|neck|overdose on) (?:them all|all of them|those all|these all|every "
        r"(?:last|single) one|the (?:whole |entire )?lot|the (?:whole|entire) (?:box|bottle|packet|"
        r"pack|strip|blister|tub))\b",
        "swallow them all",
        subject=Subject.FIRST,
        requires=_NOT_ROUTINE,
        on_negation=CONCERN,
        inner_negation=True,
    ),
    Rule(
        "medical.en_r11_swallowed_them_all",
        CRISIS,
        MED,
        r"\b(?:swallowed|necked|took|taken|downed|popped) (?:them all|all of them|every "
        r"(?:last|single) one|the (?:whole |entire )?lot)\b(?! of (?!(?:them|my|the) \w*(?:pills|"
        r"tablets|meds)))"
        r"|\b(?:swallowed|necked|took|taken|downed|popped) every (?:single |last )?"
        r"(?:pill|tablet|capsule|one of my (?:pills|tablets|meds))\b",
        "swallowed them all",
        subject=Subject.FIRST,
        requires=_NOT_ROUTINE + r"(?=.*\b(?:swallowed|necked|pill|pills|tablet|tablets|meds|"
        r"capsule|an hour|ago|minutes|dizzy|sick|sleepy|tonight|last night)\b)",
        negatable=False,
    ),
)

#: Other languages' drugs (normalised: no accents).
_DROGAS = (
    r"(?:pastillas|pildoras|tabletas|comprimidos|medicinas|medicamentos|capsulas|calmantes|"
    r"somniferos|antidepresivos|remedios|pilulas|cachets|comprimes|medocs|medicaments|pilules|"
    r"gelules|somniferes|anxiolytiques|pillole|pastiglie|compresse|medicine|farmaci|gocce|"
    r"sonniferi|tabletten|pillen|medikamente|schlaftabletten|schmerztabletten|kapseln)"
)
#: Other languages' containers taken whole ("la caja entera", "toute la boite").
_ENTERA = (
    r"(?:la caja entera|toda la caja|el bote entero|todo el bote|el frasco entero|todo el "
    r"frasco|todo el blister|el blister entero|a caixa toda|toda a caixa|a cartela toda|toda a "
    r"cartela|o frasco todo|todo o frasco|toute la boite|la boite entiere|toute la plaquette|"
    r"tout le flacon|le flacon entier|tout le tube|tutta la scatola|la scatola intera|tutto il "
    r"flacone|tutto il blister|tutta la confezione|die ganze packung|die ganze schachtel|die "
    r"ganze dose|den ganzen blister)"
)

RULES: tuple[Rule, ...] = (
    *_ENGLISH,
    Rule(
        "suicide.r11_take_them_all",
        CRISIS,
        SUI,
        # es / pt: tomar(me), tragar(me), engolir; fr: prendre, avaler; it: prendere, ingoiare
        r"\b(?:tomar|tomarme|tragar|tragarme|engolir|prendre|avaler|prendere|ingoiare|mandare "
        r"giu|vou tomar|vou engolir|voy a tomar|voy "
        r"a tragar|me voy a tomar|me tomo|me trago|je vais prendre|je vais avaler|vado a "
        r"prendere)(?: \w+)? (?:todas|todos|toda|tous|toutes|tutte|tutti) (?:\w+ )?(?:\w+ )?"
        + _DROGAS
        + r"\b|\b(?:tomar|tomarme|tragar|tragarme|engolir|prendre|avaler|prendere|ingoiare|tomo|"
        r"me tomo|me trago|je vais prendre|je vais avaler|vou tomar|vou engolir) " + _ENTERA + r"\b"
        # clitics: "tomarmelas todas", "me las tomo todas", "prenderle tutte", "les avaler tous"
        r"|\b(?:tomarmelas|tomarmelos|tragarmelas|tragarmelos|me las (?:tomo|trago|tomare|voy a "
        r"tomar|voy a tragar)|me los (?:tomo|trago|voy a tomar)|tomar todos de uma vez|tomar "
        r"todas de uma vez|engolir todos|engolir todas|engolir tudo de uma vez|les (?:avaler|"
        r"prendre) (?:tous|toutes)|(?:avaler|prendre) tout d un coup|prenderle tutte|prenderli "
        r"tutti|ingoiarle tutte|ingoiarli tutti|mandarle giu tutte|mandarli giu tutti)\b"
        r"(?: (?:todas|todos|de una vez|de golpe))?",
        "me las tomo todas",
        subject=Subject.FIRST,
        requires=r"^(?!.*\b(?:receta|medico me|prescrit\w*|ordonnance|ricetta|receita|"
        r"antibioticos|antibiotiques|antibiotici|cada dia|todos los dias|todas las mananas|"
        r"todos os dias|tous les (?:jours|matins|soirs)|ogni (?:giorno|mattina|sera)|le (?:matin|soir)|"
        r"chaque (?:jour|matin|soir)|por la (?:manana|noche)|de (?:manha|noite)|al mattino|pocion\w*|"
        r"pocao|pocoes|potion\w*|pozion\w*|juego|jogo|jeu|gioco|farmacia|pharmacie|devolver|"
        r"rapporter|riportare)\b)",
        on_negation=CONCERN,
    ),
    Rule(
        "suicide.de_r11_alle_nehmen",
        CRISIS,
        SUI,
        r"\b(?:alle|die ganzen|all die|all meine) (?:\w+ )?" + r"(?:tabletten|pillen|medikamente|"
        r"schlaftabletten|schmerztabletten|kapseln)(?: \w+){0,3}? (?:nehmen|schlucken|einwerfen|"
        r"reinwerfen|nehm|schluck|schmeissen|reinhauen)\b|\b(?:alle|alles) (?:auf einmal|"
        r"zusammen|mit einem mal) (?:nehmen|schlucken|einwerfen|nehm|schluck|geschluckt|"
        r"genommen|eingeworfen)\b|\b" + _ENTERA + r" (?:\w+ ){0,2}?(?:nehmen|schlucken|"
        r"einwerfen|nehm|schluck)\b",
        "alle tabletten auf einmal schlucken",
        subject=Subject.FIRST,
        requires=r"^(?!.*\b(?:rezept|verschrieben|arzt hat|jeden (?:tag|morgen|abend)|"
        r"morgens|abends|antibiotik\w*|trank|tranke|spiel|apotheke|zuruckbringen)\b)",
        on_negation=CONCERN,
    ),
)
