"""Safety rules and words for Italian.

The names this module defines, and how they are merged into the screen, are described in
``tta_server.safety.lang``.

Italian notes: accents are stripped ("è" -> "e", "più" -> "piu", "perché" -> "perche") and
apostrophes removed; elided articles and prepositions are split off ("l'ho" -> "l ho",
"un'ora" -> "un ora", "dell'acqua" -> "dell acqua": ``spacing.split_elisions``), other elisions
stay glued ("c'è" -> "ce"); patterns spell those forms (``l ?acqua`` where older text glued them). Reflexive
infinitives ("uccidermi", "ammazzarmi", "togliermi la vita") are first person by themselves, but
"vuole ammazzarmi" is a threat from someone else, so the rules that use them exclude a
third-person verb in front. "nn" is read as "non", "sn" as "sono", "cmq" as "comunque",
"xke"/"xche" as "perche"; "ke" and "x" (che, per) are not mapped (other languages use them) and
are spelled in the patterns instead. Past statements ("a 15 anni", "anni fa", "ora sto meglio")
are caught by concern rules of their own, since the engine's past markers are English.
"""

from __future__ import annotations

from tta_server.safety.lexicon import (
    ABUSE,
    CONCERN,
    CRISIS,
    DIS,
    HARM,
    MED,
    NONE,
    SH,
    SUI,
    Rule,
    Subject,
)

# ---------------------------------------------------------------------------------- fragments

_PILLS = (
    r"(?:pastiglie|pastiglia|pillole|pillola|compresse|compressa|farmaci|medicine|medicinali|"
    r"gocce|tachipirin[ae]|xanax|lexotan|en|sonniferi|sonnifero|psicofarmaci|antidepressivi|"
    r"ansiolitici|tranquillanti|paracetamolo|oki|moment|brufen|aspirin[ae]|valium|tavor|"
    r"insulina|boccetta|flacone|flaconi|scatola|scatole|blister|confezione|confezioni)"
)
_CLOSE = (
    r"(?:mio|mia|miei|mie|il mio|la mia|i miei|le mie) (?:\w+ )?(?:padre|madre|papa|mamma|"
    r"babbo|genitori|fratello|sorella|patrigno|matrigna|zio|zia|cugino|cugina|nonno|nonna|"
    r"ragazzo|ragazza|fidanzato|fidanzata|marito|moglie|ex|prof|professore|professoressa|"
    r"allenatore|vicino|vicina|coinquilino|coinquilina|figlio|figlia|figli|bambino|bambina|"
    r"bimbo|bimba|amico|amica|capo|compagno|compagna)|\bcompagno di (?:mamma|mia madre)"
)
_NOW = (
    r"(?:stasera|stanotte|domani|adesso|subito|oggi|sul serio|davvero|giuro|non scherzo|"
    r"nn scherzo|per davvero|questa notte|questa sera)"
)
_WEAPON = (
    r"(?:coltello|coltelli|pistola|fucile|mazza|taglierino|spranga|arma|armi|lama|accetta|"
    r"machete|martello|cacciavite|mazza da baseball)"
)
_NO_LAUGH = (
    r"^(?!.*\b(?:lol|ahah\w*|haha\w*|xd|ahahah\w*|gioco|mario|kart|partita|scherzo|scherzavo|"
    r"fifa|cod)\b)"
)
_NOT_PAST = (
    r"^(?!.*\b(?:a \d+ anni|anni fa|da ragazz[oa]|da piccol[oa]|ora sto meglio|adesso sto meglio|"
    r"sto meglio|ho smesso|pulit[oa] da|ne sono uscit[oa]|guarit[oa])\b)"
)
_THIRD = (
    r"^(?!.*\b(?:vuole|vogliono|vuol|minaccia|minacciato|ha detto|dice|dicono|cerca di|cercano di|"
    r"prova a|provato a|sta per|giura di|giurato di) (?:\w+ )?(?:di )?(?:ammazzarmi|uccidermi|"
    r"farmi fuori|picchiarmi)\b)"
)

RULES: tuple[Rule, ...] = (
    # ------------------------------------------------------------- suicide: ideation
    Rule(
        "suicide.it_kill_myself",
        CRISIS,
        SUI,
        r"\b(?:uccidermi|ammazzarmi|suicidarmi|impiccarmi|spararmi|avvelenarmi|annegarmi|"
        r"togliermi la vita|tagliarmi le vene|buttarmi (?:giu|dal|dalla|da un|da una|sotto|nel "
        r"vuoto|dalla finestra)|lanciarmi (?:dal|dalla|nel vuoto|sotto))\b"
        r"|\bmi (?:\w+ ){0,2}?(?:ammazzo|uccido|suicido|impicco|sparo|butto giu|butto dal|butto "
        r"dalla|tolgo la vita)\b(?! (?:dalle|dal|di|a) (?:risate|ridere|lavor\w*|fatica|studio)\b)"
        r"|\bmi (?:voglio|vorrei|devo|dovrei|sto per|potrei|vado a) (?:\w+ )?(?:uccidere|ammazzare"
        r"|suicidare|impiccare|sparare|buttare giu|buttare dal|togliere la vita)\b"
        r"(?! (?:di|dalle|dal) (?:risate|ridere|lavoro|fatica)\b)",
        "voglio uccidermi",
        on_negation=CONCERN,
        inner_negation=True,
        requires=_THIRD,
    ),
    Rule(
        "suicide.it_suicide_thoughts",
        CRISIS,
        SUI,
        r"\b(?:penso|pensando|pensare|pensiero|pensieri|idea|idee|voglia|tentazione|"
        r"ossessionat[oa]|sogno)(?: \w+){0,3}? (?:al|il|di|del|a) suicidio\b|\bsono suicida\b|"
        r"\bpensieri suicid\w*",
        "penso al suicidio ogni giorno",
        on_negation=CONCERN,
        inner_negation=True,
    ),
    Rule(
        "suicide.it_end_it",
        CRISIS,
        SUI,
        r"\bfarla finita\b(?! con (?:questo|questa|il|la|lo|sto|sta|quel|quella|le|i|gli) "
        r"(?!vita\b))|\bchiud\w* (?:\w+ ){0,2}?con la (?:mia )?vita\b|\bchiuderla (?:qui|qua)\b"
        r"|\bsparire per sempre\b|\bandarmene per sempre\b|\bla (?:faccio|faro|voglio fare) finita"
        r"\b",
        "ho deciso di farla finita",
        subject=Subject.FIRST,
        on_negation=CONCERN,
        inner_negation=True,
    ),
    Rule(
        "suicide.it_want_die",
        CRISIS,
        SUI,
        r"\b(?:voglio|vojo|vorrei|desidero|preferirei|ho voglia di|spero di|sogno di|"
        r"mi piacerebbe|preferisco|devo|voglia di) (?:\w+ ){0,2}?(?:morire|mori|essere mort[oa]|"
        r"crepare|non esistere piu|smettere di esistere|non esserci piu|sparire per sempre)"
        r"\b(?! (?:di|dal|dalle|dalla|per (?:il|la|lo|un|una)|in (?:battaglia|guerra)|con "
        r"(?:onore|lui|lei))\b)",
        "voglio morire",
        subject=Subject.FIRST,
        inner_negation=True,
    ),
    Rule(
        "suicide.it_never_wake",
        CRISIS,
        SUI,
        r"\b(?:non|nn) (?:mi )?(?:svegliarmi|risvegliarmi|svegliarmi mai|svegliarmi piu)\b|"
        r"\baddormentarmi per sempre\b|\b(?:non|nn) svegliarmi\b",
        "vorrei addormentarmi e non svegliarmi piu",
        negatable=False,
        requires=r"\b(?:vorrei|voglio|spero|prego|desidero|addormentarmi|dormire|magari)\b",
    ),
    Rule(
        "suicide.it_not_live",
        CRISIS,
        SUI,
        r"\b(?:non|nn) (?:voglio|vorrei|ho (?:piu )?voglia di|ce la faccio a|riesco a|desidero)"
        r"(?: piu| mai piu)? (?:\w+ )?(?:vivere|esistere|essere viv[oa]|stare al mondo|"
        r"andare avanti a vivere|restare in vita|esserci)\b(?! (?:qui|li|la|in|a|con|cosi)\b)",
        "non voglio piu vivere",
        subject=Subject.FIRST,
        negatable=False,
    ),
    Rule(
        "suicide.it_point_living",
        CRISIS,
        SUI,
        r"\b(?:che|ke) senso ha (?:\w+ )?(?:essere viv[oia]|vivere|esistere|stare al mondo|"
        r"continuare a vivere|andare avanti)\b|\ba (?:cosa|che) serve (?:vivere|essere viv[oa]|"
        r"esistere)\b|\b(?:la )?(?:mia )?vita (?:non|nn) (?:vale|ha) (?:piu )?(?:la pena|niente|"
        r"nulla|senso)\b|\bperche (?:sono|sn) ancora viv[oa]\b",
        "che senso ha essere vivi",
        negatable=False,
    ),
    Rule(
        "suicide.it_tired_living",
        CRISIS,
        SUI,
        r"\b(?:stanc[oa]|stuf[oa]|esaust[oa]|sfinit[oa]) (?:\w+ )?(?:di vivere|della vita|"
        r"di esistere|di essere viv[oa])\b",
        "sono stanca di vivere",
        negatable=False,
    ),
    Rule(
        "suicide.it_take_me",
        CRISIS,
        SUI,
        r"\b(?:prego|chiedo|supplico)(?: \w+){0,5}? (?:(?:che|ke) mi (?:porti|prenda|chiami) "
        r"(?:via|con se)|di (?:prendermi|portarmi via|farmi morire|chiamarmi a se))\b|\b(?:che|ke)"
        r" (?:dio|il signore) mi (?:porti via|prenda|chiami)\b",
        "prego ogni sera il signore che mi porti via",
        negatable=False,
    ),
    # ------------------------------------------------------------- burden
    Rule(
        "suicide.it_burden",
        CRISIS,
        SUI,
        r"\b(?:starebbero|staresti|starebbe|sarebbero|sarebbe|vivrebbero|vivrebbe)(?: \w+){0,3}? "
        r"(?:meglio|piu felici|felici|piu sereni|sollevat\w*|in pace|tranquilli)(?: \w+){0,2}? "
        r"senza (?:di )?me\b|\bse (?:io )?(?:\w+ ){0,2}?(?:(?:non|nn) ci fossi(?: piu)?|morissi|"
        r"fossi mort[oa]|sparissi|(?:non|nn) esistessi|(?:non|nn) fossi mai nat[oa]|me ne andassi"
        r" per sempre|mi uccidessi|mi ammazzassi)\b",
        "starebbero tutti meglio senza di me",
        negatable=False,
        requires=r"\b(?:meglio|felici|sereni|sollevat\w*|respirerebbero|rifar\w*|piangerebbe|"
        r"nessuno|pace|content\w*|peso|tranquill\w*|senza)\b",
    ),
    # ------------------------------------------------------------- intent and plan
    Rule(
        "suicide.it_decided",
        CRISIS,
        SUI,
        r"\bho (?:gia )?deciso\b|\bho preso la (?:mia )?decisione\b|\bdecisione e presa\b",
        "ho deciso , stanotte lo faccio",
        negatable=False,
        requires=r"\b(?:farla finita|lo faccio|lo faro|farlo|morire|ammazz\w*|uccid\w*|"
        r"addio|buttarmi)\b",
    ),
    Rule(
        "suicide.it_its_over",
        CRISIS,
        SUI,
        r"\b(?:e|sara) (?:finita|la fine) per me\b|\bper me e finita\b|\b(?:non|nn) "
        r"(?:rispondetemi|cercatemi|mi cercate|mi rispondete)\b|\b(?:inutile|non serve) "
        r"(?:rispondermi|cercarmi)\b",
        "stavolta e finita per me",
        negatable=False,
    ),
    Rule(
        "suicide.it_plan_when",
        CRISIS,
        SUI,
        r"\blo faccio\b|\blo faro\b",
        "appena mio marito parte lo faccio , ho tutto pronto",
        negatable=False,
        requires=r"^(?=.*\b(?:appena|quando|stanotte|stasera|domani|sabato|domenica|"
        r"venerdi|ho deciso|deciso)\b)(?=.*\b(?:tutto pronto|ho deciso|deciso|nessuno|addio|"
        r"per sempre|ultima volta|parte|partono|dormono|escono)\b)",
    ),
    Rule(
        "suicide.it_last_time_you_see_me",
        CRISIS,
        SUI,
        r"\bultima volta che (?:mi )?(?:vedete|vedi|vedrete|vedrai|sentite|senti|sentirete|"
        r"sentirai)(?: me)?(?= [,.]|$| viv[oa])|\b(?:mi )?(?:vedete|vedi|vedrete|vedrai|"
        r"sentite|sentirete) per l ?ultima volta(?= [,.]|$)",
        "stasera e l ultima volta che mi vedete",
    ),
    Rule(
        "suicide.it_plan_day",
        CRISIS,
        SUI,
        r"\bho scelto (?:il giorno|la data|(?:il |la )?(?:lunedi|martedi|mercoledi|giovedi|"
        r"venerdi|sabato|domenica)|stanotte|domani)(?= [,.]|$)|\bso (?:gia |esattamente |"
        r"bene |precisamente )(?:come|quando|dove)(?: (?:e|ed) (?:come|quando|dove))?(?= [,.]|"
        r"$| lo faro| farlo| fare)|\bso (?:come|quando|dove) (?:e|ed) (?:come|quando|dove)\b",
        "so esattamente come e dove",
        negatable=False,
    ),
    Rule(
        "suicide.it_plan_place",
        CRISIS,
        SUI,
        r"\b(?:vado|andro|salgo|saliro|vengo) (?:\w+ )?(?:sul|sulla|al|alla|in cima al|in cima "
        r"alla|sui) (?:tetto|ponte|viadotto|scogliera|binari|ferrovia|ultimo piano|terrazzo|"
        r"diga|cornicione|scogli)\b",
        "domenica vado al ponte della ferrovia , nn ce nessuno",
        negatable=False,
        requires=r"\b(?:deciso|nessuno|ultima volta|per sempre|buttarmi|saltare|farla finita|"
        r"addio|se va male|(?:non|nn) torno)\b",
    ),
    Rule(
        "suicide.it_plan_pills",
        CRISIS,
        SUI,
        r"\b(?:prendero|ingoiero|prendo|ingoio|voglio prendere|vado a prendere) (?:tutt[eoia] )?"
        r"(?:\w+ ){0,3}?" + _PILLS + r"\b",
        "stanotte prendo tutte le pastiglie di mia madre",
        negatable=False,
        requires=r"\b(?:tutt[eoia]|stanotte|dormono|per farla finita|per morire|intera)\b"
        r"(?=.*\b(?:tutt[eoia]|intera|di mia madre|di mio padre|della nonna|per farla finita|"
        r"per morire)\b)",
    ),
    # ------------------------------------------------------------- preparations and farewells
    Rule(
        "suicide.it_farewell",
        CRISIS,
        SUI,
        r"\b(?:letter[ae]|biglietti?|messaggi?|video) (?:d ?addio|d ?addio)\b|\b(?:scritto|lasciato|"
        r"preparato) (?:le|delle|una|la|un|dei|i) (?:letter[ae]|biglietti?|messaggi?) (?:per|a) "
        r"(?:mia|mio|i miei|tutti|la mia|il mio|ognuno|le persone)\b|\bho detto addio a\b|"
        r"\baddio a tutti\b|\bmesso in ordine le mie cose\b",
        "ho scritto le lettere per mia mamma",
        negatable=False,
    ),
    Rule(
        "suicide.it_give_away",
        CRISIS,
        SUI,
        r"\b(?:non|nn) mi (?:servira|serve|servono|serviranno|servirà) (?:piu|mai piu)\b|"
        r"\bdove vado (?:non|nn) mi serv\w+\b",
        "ho regalato la chitarra , tanto nn mi serve piu",
        negatable=False,
        requires=r"^(?!.*\b(?:a|al|alla|allo|all) (?:guardian[oa]|mercante|fabbro|oste|locandier[ea]|"
        r"cavaliere|mago|maga|strega|re|regina|principe|principessa|npc|personaggio|drago)\b)"
        r".*\b(?:regalato|regalata|regalo|dato via|lasciato|tanto|ormai|dove vado)\b",
    ),
    Rule(
        "suicide.it_last_message",
        CRISIS,
        SUI,
        r"\bultimo messaggio\b|\bultime parole\b",
        "questo e il mio ultimo messaggio",
        negatable=False,
        requires=r"^(?!.*\b(?:dormire|notte|prima di|domani|stasera|oggi|a dopo|vacanza|partita|"
        r"ricevuto|letto)\b)",
    ),
    Rule(
        "suicide.it_not_around",
        CRISIS,
        SUI,
        r"\b(?:non|nn) (?:dovrete|dovrai|dovranno|dovra) (?:piu |mai piu )?(?:sopportarmi|"
        r"vedermi|preoccuparvi per me|sentirmi|occuparvi di me)\b|\b(?:liberi|libererete|"
        r"sbarazzarvi|sbarazzerete) (?:\w+ )?di me\b|\b(?:non|nn) ci saro (?:piu|ancora per "
        r"molto|domani)\b",
        "tra poco nn dovrete piu sopportarmi",
        negatable=False,
    ),
    Rule(
        "suicide.it_ready",
        CRISIS,
        SUI,
        r"\b(?:cancellato|eliminato) (?:tutti )?(?:i |il |gli )?(?:social|profili?|account)\b|"
        r"\bchiesto scusa a tutti\b|\bper (?:dopo|quando (?:non|nn) ci saro piu)\b",
        "ho cancellato tutti i social , ora sono pronta",
        negatable=False,
        requires=r"\b(?:pront[oa]|addio|per sempre|scusa a tutti|gatto|cane|lettere|affidato|"
        r"tenere|cancellato)\b(?=.*\b(?:pront[oa]|addio|per sempre|gatto|cane|affidato|tenere|"
        r"tutto sistemato)\b)",
    ),
    # ------------------------------------------------------------- means made ready
    Rule(
        "suicide.it_means_lined",
        CRISIS,
        SUI,
        r"\b(?:messo in fila|in fila|allineat[eio]|allineo|allineato|contat[eio]|contato|sparse "
        r"sul|pronte sul|preparat[eio]) (?:\w+ ){0,3}?(?:pastiglie|pillole|compresse|farmaci|"
        r"medicine|sonniferi|psicofarmaci|tachipirine|scatole|blister)\b|\b(?:pastiglie|pillole|"
        r"compresse|farmaci|sonniferi) (?:\w+ ){0,2}?(?:in fila|allineat\w+|pront\w+|contat\w+)\b",
        "ho messo in fila tutte le pastiglie sul comodino",
        negatable=False,
    ),
    Rule(
        "suicide.it_means_saved",
        CRISIS,
        SUI,
        r"\b(?:metto|messo|mettendo|tengo|tenuto) da parte (?:\w+ ){0,2}?" + _PILLS + r"\b|"
        r"\b(?:accumul\w+|conserv\w+|nascost\w+|nascondo) (?:\w+ ){0,2}?" + _PILLS + r"\b",
        "sono settimane che metto da parte i farmaci , adesso bastano",
        negatable=False,
        requires=r"\b(?:bastano|basteranno|bastare|basta|pront\w+|settimane|mesi|stanotte|"
        r"stasera|abbastanza|sufficienti)\b",
    ),
    Rule(
        "suicide.it_means_rope",
        CRISIS,
        SUI,
        r"\b(?:corda|cappio|cintura|nodo) (?:e |sono )?(?:gia )?(?:legat[ao]|appes[ao]|"
        r"annodat[ao]|pront[ao]|fissat[ao]) (?:alla|al|a|sul|sulla|intorno) (?:\w+ )?(?:trave|"
        r"soffitto|gancio|ramo|ringhiera|albero|porta|collo)\b|\bnodo scorsoio\b|\bcappio\b",
        "la corda e gia legata alla trave",
        negatable=False,
        requires=r"^(?!.*\b(?:mi calo|calarmi|scendo|salgo|arrampic\w*|barca|vela|altalena|"
        r"amaca)\b)",
    ),
    Rule(
        "suicide.it_means_car",
        CRISIS,
        SUI,
        r"\bmotore (?:e |che )?(?:acceso|in moto|gira|accesso)\b|\btubo di scarico\b|"
        r"\b(?:carbonella|braci|barbecue) (?:\w+ ){0,4}?(?:stanza|camera|bagno|macchina)\b",
        "ho chiuso la serranda del box e il motore e acceso",
        negatable=False,
        requires=r"\b(?:box|garage|serranda|chius\w*|tubo|sigillat\w*|finestrini)\b",
    ),
    Rule(
        "suicide.it_means_gun",
        CRISIS,
        SUI,
        r"\b(?:pistola|fucile|revolver|arma) (?:e )?(?:gia )?(?:carica|pronta|puntata|in bocca|"
        r"alla tempia)\b",
        "ho la pistola carica in mano",
        negatable=False,
        requires=r"\b(?:ho|mia|mio|mano|tempia|bocca|stanotte|stasera)\b",
    ),
    Rule(
        "suicide.it_means_access",
        CONCERN,
        SUI,
        r"\b(?:pistola|fucile|revolver|armi|arma da fuoco|carabina)\b(?! (?:ad acqua|giocattolo|"
        r"laser)\b)|\b(?:pieno di|pieni di|un sacco di|tantissim[ie]|scorta di|un mucchio di) "
        + _PILLS
        + r"\b",
        "mio nonno tiene il fucile in cantina",
        requires=r"\b(?:in casa|a casa|cassetto|comodino|cantina|garage|armadio|armadietto|soffitta"
        r"|"
        r"sotto il letto|lascia|tiene|nasconde|nascosto|ho un sacco|ho tantissim\w*|pieno di)\b",
    ),
    # ------------------------------------------------------------- method questions
    Rule(
        "suicide.it_method_dose",
        CRISIS,
        SUI,
        r"\b(?:quant[eiao]|che dose|quale dose|dose|quanti mg|quanto ci vuole|quanto tempo ci "
        r"vuole)(?: \w+){0,8}? (?:letal\w*|mortal\w*|fatal\w*|(?:per|x|a) (?:morire|crepare|"
        r"farla finita|non svegliarsi|nn svegliarsi|ammazzarsi|uccidersi|ammazzarmi|uccidermi))"
        r"\b|\bdose (?:letale|mortale)\b",
        "quante tachipirine ci vogliono per morire",
        negatable=False,
    ),
    Rule(
        "suicide.it_method_height",
        CRISIS,
        SUI,
        r"\bpian[oi] (?:\w+ ){0,3}?(?:si muore|muori|basta|bastano|e sufficiente|si sopravvive|"
        r"sopravvivi|mortale)\b|\b(?:ponte|palazzo|edificio|scogliera|torre|viadotto|tetto|"
        r"posto|punto)s? (?:\w+ ){0,3}?piu alt[oia]\b",
        "dal settimo piano si muore sicuro",
        negatable=False,
        requires=r"\b(?:sopravviv\w*|morire|muore|muori|mortale|basta|bastano|buttar\w*|"
        r"saltare|sufficiente)\b",
    ),
    Rule(
        "suicide.it_method_how",
        CRISIS,
        SUI,
        r"\bcome (?:ci si|mi|si) (?:\w+ )?(?:uccide|ammazza|impicca|suicida|toglie la vita)\b|"
        r"\b(?:modo|metodo|maniera)(?: \w+){0,3}? (?:per|di) (?:morire|uccidermi|ammazzarmi|"
        r"suicidarmi|farla finita|suicidarsi|uccidersi)\b|\bcome (?:fare|si fa) (?:un )?"
        r"(?:cappio|nodo scorsoio)\b",
        "qual e il modo piu veloce per morire",
        negatable=False,
    ),
    # ------------------------------------------------------------- dangerous place now
    Rule(
        "suicide.it_jump_bare",
        CRISIS,
        SUI,
        r"\b(?:voglio|vorrei|sto per|devo|ho voglia di|adesso|ora|mi) (?:\w+ )?(?:buttarmi|butto|"
        r"lanciarmi|lancio|saltare|salto)(?= [,.]|$| giu| di sotto| nel vuoto)",
        "sono sul tetto e voglio buttarmi",
        on_negation=CONCERN,
        inner_negation=True,
        requires=r"\b(?:ponte|tetto|binari?o?|treno|finestra|balcone|piano|scogliera|cornicione|"
        r"davanzale|viadotto|terrazzo|ponteggio|impalcatura|gru)\b",
    ),
    Rule(
        "suicide.it_place_now",
        CRISIS,
        SUI,
        r"\b(?:sul|sulla|sui|suicide|"
        r"sugli|sullo|in cima al|in cima alla|sul bordo del|sul bordo della|a picco sul|sopra il|"
        r"sopra la) (?:\w+ )?(?:ponte|tetto|binari|ferrovia|scogliera|scogli|cornicione|"
        r"davanzale|balcone|viadotto|parapetto|ringhiera|bordo|strapiombo|precipizio|autostrada|"
        r"diga|terrazzo|cavalcavia|burrone)\b",
        "sono di nuovo sul ponte , guardo lacqua",
        subject=Subject.FIRST,
        negatable=False,
        requires=r"\b(?:guard\w* (?:l ?acqua|giu|di sotto|sotto|il vuoto|le macchine)|nel vuoto|"
        r"di nuovo|ancora|da un ?ora|da ore|(?:non|nn) mi va|(?:non|nn) ho voglia|gambe fuori|"
        r"gambe nel vuoto|saltare|buttarmi|da sol[oa]|nessuno|tornare indietro|alzarmi|scendere|"
        r"continuo a guardare)\b",
    ),
    # ------------------------------------------------------------- not safe from myself
    Rule(
        "suicide.it_unsafe",
        CRISIS,
        SUI,
        r"\bal sicuro (?:con|da) me(?: stess[oa])?\b|\bpaura di (?:farmi (?:del )?male|fare una caz"
        r"zata|"
        r"ammazzarmi|uccidermi|buttarmi)\b|\bproteggermi da me(?: stess[oa])?\b|"
        r"\bpaura di (?:quello|cio) (?:che|ke) (?:potrei|posso|sto per|rischio di) farmi\b|"
        r"\b(?:non|nn) mi fido (?:piu )?di me(?: stess[oa])?\b(?=.*\b(?:adesso|ora|stanotte|"
        r"stasera|in questo momento)\b)",
        "nn mi sento al sicuro con me stessa stanotte",
        negatable=False,
    ),
    Rule(
        "suicide.it_unsafe_bare",
        CRISIS,
        SUI,
        r"\b(?:non|nn) (?:sono|mi sento|sn) (?:piu )?al sicuro\b(?! (?:in|qui|con (?!me)|a causa|"
        r"dentro|nel|nella|nello|se|a casa|per)\b)",
        "stasera nn sono al sicuro da sola",
        negatable=False,
    ),
    # ------------------------------------------------------------- attempts
    Rule(
        "suicide.it_attempt",
        CRISIS,
        SUI,
        r"\b(?:ci ho provato|ho provato|ho tentato|ci ho riprovato)(?: \w+){0,4}? (?:ma|e|,) "
        r"(?:il nodo|la corda|la cintura|il ramo|mi sono risvegliat[oa]|mi hanno trovat[oa]|"
        r"ho vomitato|l ?ambulanza|mi sono svegliat[oa])\b|\btentato (?:il )?suicidio\b|"
        r"\btentativo di suicidio\b|\b(?:ho preso|ho ingoiato|mi sono pres[oa]) (?:\w+ ){0,2}?"
        + _PILLS
        + r"\b(?=.*\b(?:risvegliat[oa]|nessuno lo sa|pronto soccorso|lavanda gastrica|per morire|"
        r"per farla finita|svegliat[oa] in ospedale)\b)",
        "ieri ci ho provato ma il nodo nn ha tenuto",
        negatable=False,
        requires=_NOT_PAST,
    ),
    Rule(
        "suicide.it_attempt_interrupted",
        CRISIS,
        SUI,
        r"\b(?:stavo per|ero sul punto di|ero a un passo da\w*) (?:\w+ )?(?:buttarmi|saltare|"
        r"lanciarmi|impiccarmi|ammazzarmi|uccidermi|farlo|farla finita|prendere tutte)\b"
        r"(?! (?:il|la|lo|i|gli|le|un|una|oltre|sopra|dentro|nel|nella|in|dal treno)\b)|"
        r"\bho (?:iniziato|cominciato)(?: \w+)? (?:e|ma) (?:poi )?(?:mi sono fermat[oa]|ho smesso"
        r"|mi sono bloccat[oa])\b|\blo sto facendo (?:adesso|ora|proprio ora|in questo momento)\b",
        "stavo per buttarmi quando mi ha chiamato mia sorella",
        negatable=False,
    ),
    # ------------------------------------------------------------- vehicle
    Rule(
        "suicide.it_vehicle",
        CRISIS,
        SUI,
        r"\b(?:buttarmi|lanciarmi|gettarmi|mettermi|sdraiarmi|mi butto|mi lancio|mi metto) "
        r"(?:sotto|davanti a|davanti al|sui binari) (?:l ?|il |la |un |una |lo )?(?:autobus|bus|"
        r"treno|tram|metro|macchina|camion|tir|auto|regionale|frecciarossa|macchine)\b|"
        r"\b(?:non|nn) (?:freno|frenero|frenare)\b(?=.*\b(?:prossima volta|voglia|vorrei|penso|"
        r"stavolta)\b)|\bprossima volta (?:non|nn) (?:freno|frenero)\b",
        "volevo buttarmi sotto lautobus",
        negatable=False,
    ),
    Rule(
        "suicide.it_vehicle_front",
        CRISIS,
        SUI,
        r"\b(?:mettermi|buttarmi|sdraiarmi|lanciarmi) (?:davanti|sotto|sui binari)\b",
        "il treno passa alle 7 , penso di mettermi davanti",
        negatable=False,
        requires=r"\b(?:treno|regionale|frecciarossa|tram|metro|passa|binari|autobus|camion|"
        r"passaggio a livello)\b",
    ),
    Rule(
        "suicide.it_vehicle_crash",
        CRISIS,
        SUI,
        r"\b(?:contro|addosso a|dentro) (?:il |un |una |la |lo |l )?(?:muro|albero|guardrail|"
        r"pilone|camion|tir|platano|parapetto|spartitraffico|pilastro)\b",
        "in autostrada penso di andare dritta contro il guardrail",
        negatable=False,
        requires=r"\b(?:penso|pensare|voglia|vorrei|voglio|tentazione|ci penso|tutta velocita|"
        r"sterzare|dritt[oa]|andarci)\b",
    ),
    # ------------------------------------------------------------- self-harm
    Rule(
        "self_harm.it_act",
        CRISIS,
        SH,
        r"\bmi (?:sono|sn) (?:\w+ ){0,2}?(?:tagliat[oa]|bruciat[oa]|graffiat[oa]|ferit[oa]|"
        r"fatt[oa] (?:del )?male|colpit[oa]|picchiat[oa])\b|\bmi (?:taglio|brucio|ferisco|"
        r"graffio)\b(?! (?:i capelli|le unghie|la barba)\b)",
        "mi sono tagliata di nuovo ieri sera",
        on_negation=CONCERN,
        requires=r"^(?!.*\b(?:barba|facendomi|cucin\w*|forno|fornello|ferro da stiro|pentola|"
        r"per sbaglio|incidente|carta|giardin\w*|capelli|unghie|cadut[oa]|pallone|partita)\b)"
        r"(?=.*\b(?:di nuovo|ancora|accendino|sigaretta|lametta|lama|rasoio|taglierino|apposta|"
        r"per sentire|per punirmi|sanguina|cosce|polsi|polso|braccio|braccia|ieri sera|stanotte|"
        r"male)\b)",
    ),
    Rule(
        "self_harm.it_urge_blade",
        CRISIS,
        SH,
        r"\b(?:lametta|lamette|lama|rasoio|taglierino|coltello)(?: \w+){0,3}? (?:qui|qua|in mano|"
        r"pronta|pronto|accanto|vicino|davanti)\b",
        "ho voglia di tagliarmi , la lametta e qui in mano",
        negatable=False,
        requires=r"\b(?:tagliarmi|ferirmi|farmi male|bruciarmi)\b",
    ),
    Rule(
        "self_harm.it_intent",
        CRISIS,
        SH,
        r"\b(?:vado a|sto per|adesso|ora) (?:\w+ )?"
        r"(?:tagliarmi|ferirmi|bruciarmi|farmi del male)\b",
        "sto per tagliarmi",
        subject=Subject.FIRST,
        on_negation=CONCERN,
        inner_negation=True,
    ),
    Rule(
        "self_harm.it_urge",
        CONCERN,
        SH,
        r"\b(?:voglia|pensiero|pensieri|penso|pensare|tentazione|bisogno|senza) (?:\w+ ){0,2}?"
        r"(?:di |a )?(?:tagliarmi|farmi male|farmi del male|ferirmi|bruciarmi)\b|\bautolesion\w*"
        r"|\bpulit[oa] da \d+\b|\bmi tagliavo\b",
        "la voglia di tagliarmi e tornata",
    ),
    Rule(
        "self_harm.it_other",
        CONCERN,
        SH,
        r"\bsi (?:taglia|ferisce|fa del male|brucia)\b(?! (?:i capelli|le unghie|la barba)\b)|"
        r"\btagli sulle (?:braccia|gambe|cosce|polsi)\b",
        "mio fratello si taglia",
    ),
    # ------------------------------------------------------------- overdose and poisoning
    Rule(
        "medical.it_overdose",
        CRISIS,
        MED,
        r"\b(?:preso|pres[ae]|ingoiato|ingoiat[ae]|mandato giu|bevuto|buttato giu|calato|ingoiando|"
        r"ingoiare|ingoio|mandando giu)"
        r"(?: \w+)? (?:tutt[aeio] (?:la |le |i |il |gli |l )?|tante |troppe |troppi |tanti |"
        r"un sacco di |una scatola |mezza scatola |un flacone |(?:[1-9]\d|\d{3}) |un intero |"
        r"un'intera |un intera |l intera |l ?intera )(?:\w+ ){0,2}?" + _PILLS + r"\b|\boverdose\b",
        "ho preso tutta la scatola di tachipirina",
        negatable=False,
    ),
    Rule(
        "medical.it_poison",
        CRISIS,
        MED,
        r"\b(?:bevuto|ingoiato|mangiato|ingerito|preso|bevut[oa]|ingoiat[oa])(?: \w+)? (?:la |il |"
        r"l |del |della |dell |un |una |le |delle |dello |lo )?l?(?:candeggina|ammorbidente|"
        r"varechina|detersivo|acido|soda caustica|veleno per topi|topicida|antigelo|pila|pile|"
        r"batteria|batterie|calamit[ae]|diserbante|ammoniaca|anticalcare|pastiglia per "
        r"lavastoviglie|capsula di detersivo)\b",
        "mio figlio ha bevuto lammorbidente",
        negatable=False,
    ),
    # ------------------------------------------------------------- medical emergency
    Rule(
        "medical.it_breath",
        CRISIS,
        MED,
        r"\b(?:non|nn) riesco (?:piu )?a respirare\b|\b(?:non|nn) respiro (?:piu|bene)?\b|"
        r"\bsto soffocando\b|\b(?:non|nn) respira\b|"
        r"\brespira (?:strano|male|a fatica|a malapena)\b",
        "nn riesco a respirare",
        negatable=False,
        requires=r"^(?!.*\b(?:fumo|grotta|risate|ridere|scale|corsa|ahah\w*|lol|dungeon|"
        r"personaggio)\b)",
    ),
    Rule(
        "medical.it_chest",
        CRISIS,
        MED,
        r"\b(?:dolore|male|fitta|fitte|peso|oppressione) (?:\w+ ){0,2}?(?:al|nel|sul) petto\b|"
        r"\b(?:infarto|ictus|attacco di cuore|convulsioni)\b",
        "ho un dolore fortissimo al petto",
        negatable=False,
    ),
    Rule(
        "medical.it_bleeding",
        CRISIS,
        MED,
        r"\b(?:non|nn) (?:smette|si ferma|smettono|la smette) (?:di |piu di )?sanguinare\b|"
        r"\bsanguina (?:tanto|molto|troppo|ancora|senza sosta|a fiotti|come un matto)\b|"
        r"\b(?:il )?sangue (?:non|nn) si ferma\b|\bcambiato (?:\w+ )?asciugamani\b",
        "il taglio nn smette di sanguinare",
        negatable=False,
    ),
    Rule(
        "medical.it_collapse",
        CRISIS,
        MED,
        r"\b(?:(?:non|nn) si sveglia|(?:non|nn) risponde|(?:non|nn) respira|respira strano|"
        r"(?:non|nn) si muove|e svenut[oa]|e per terra|e a terra|ha le convulsioni|e diventat[oa]"
        r" (?:viola|blu|cianotic[oa])|e collassat[oa]|ha perso i sensi|e caduta? e)\b",
        "mia mamma e caduta in bagno e nn si sveglia",
        negatable=False,
        requires=r"^(?!.*\b(?:ridere|risate|ahah\w*|lol|scherz\w*)\b).*\b(?:mio|mia) (?:\w+ )?"
        r"(?:padre|madre|papa|mamma|babbo|fratello|sorella|"
        r"figlio|figlia|nonno|nonna|marito|moglie|ragazzo|ragazza|amico|amica|bambino|bambina|"
        r"bimbo|bimba|zio|zia|coinquilin[oa]|cugin[oa])\b",
    ),
    # ------------------------------------------------------------- harm to others
    Rule(
        "harm_to_others.it_intent",
        CRISIS,
        HARM,
        r"\b(?:ammazzo|uccido|accoltello|sgozzo|massacro|faccio fuori|"
        r"ammazzero|uccidero|accoltellero|sparo|massacrero|strangolo|pesto)\b(?! (?:il tempo|"
        r"la noia|un|una|per)\b)|\b(?:me )?la (?:paga|pagano|paghera)\b(?! (?:e|di|del|della|"
        r"mensile|oraria|minima|bassa|base)\b)|\b(?:voglio|vado a|devo) (?:\w+ )?(?:ammazzar\w+|"
        r"uccider\w+|accoltellar\w+|sparar\w+|fargliela pagare)\b",
        "ammazzo il mio ex , dico sul serio",
        on_negation=NONE,
        inner_negation=True,
        requires=_NO_LAUGH
        + r"(?!.*\b(?:non|nn) (?:lo|la|li|le|l) )(?=.*\b(?:"
        + _NOW
        + r"|"
        + _WEAPON
        + r"|so dove (?:abita|vive|sta)|stavolta|mi aspetta)\b)",
    ),
    Rule(
        "harm_to_others.it_weapon_school",
        CRISIS,
        HARM,
        r"\b(?:porto|portero|portare|prendo|prendere|vado con)(?: \w+){0,2}? (?:la |il |un |una |"
        r"mio |mia )?(?:pistola|fucile|coltello|arma|bomba|mazza|machete|accetta)(?: \w+){0,4}? "
        r"(?:a |al |alla |in |nella |nel )?(?:scuola|liceo|classe|ufficio|lavoro|universita|"
        r"istituto|fabbrica)\b",
        "domani porto la pistola di mio zio a scuola",
        negatable=False,
    ),
    Rule(
        "harm_to_others.it_where_lives",
        CRISIS,
        HARM,
        r"\bso dove (?:abita|vive|sta|lavora|dorme)\b",
        "so dove abita , stasera vado da lui con la mazza",
        negatable=False,
        requires=r"\b(?:stasera|stanotte|domani|con la|con il|" + _WEAPON + r"|pagare|vado)\b",
    ),
    # ------------------------------------------------------------- abuse and danger now
    Rule(
        "abuse_or_danger.it_hits_me",
        CRISIS,
        ABUSE,
        r"\bmi (?:\w+ ){0,2}?(?:mena|menano|picchia|picchiano|prende a (?:calci|pugni|schiaffi|"
        r"cinghiate)|tocca|toccano|molesta|molestano|violenta|ha violentat[oa]|ha picchiat[oa]|"
        r"ha menat[oa]|strangola|chiude (?:in|a chiave)|ha toccat[oa]|frusta|ha stuprat[oa]|"
        r"stupra|sbatte contro|ha preso a (?:calci|pugni|schiaffi)|da (?:schiaffi|pugni|calci))\b",
        "mio padre quando beve mi mena",
        negatable=False,
        requires=r"^(?!.*\b(?:cuscino|per gioco|scherz\w*|bandito|goblin|mostro|boss|partita|"
        r"pallone|a calcio|a scacchi|gioco|fortuna|tocca a me|spalla per)\b)(?:.*\b"
        + _CLOSE
        + r"|.*\b(?:quando beve|ubriaco|ogni sera|sempre|lui|lei|tizio|uomo))",
    ),
    Rule(
        "abuse_or_danger.it_threat",
        CRISIS,
        ABUSE,
        r"\bmi (?:ammazza|uccide|ammazzera|uccidera|ammazzerebbe|ucciderebbe|fa fuori|picchia|"
        r"ammazzano|uccidono) se\b|\b(?:che|ke) mi (?:ammazza|ammazzera|uccide|uccidera|"
        r"ammazzerebbe|ucciderebbe|fa fuori)\b|\bminaccia\w* di (?:ammazzarmi|uccidermi|"
        r"picchiarmi)\b",
        "ha detto che mi ammazza se parlo",
        negatable=False,
    ),
    Rule(
        "abuse_or_danger.it_intruder",
        CRISIS,
        ABUSE,
        r"\b(?:qualcuno|un tizio|uno|un uomo|un tipo|uno sconosciuto)(?: \w+){0,2}? (?:sta "
        r"forzando|forza|cerca di (?:aprire|entrare)|sta cercando di (?:aprire|entrare)|prova ad? "
        r"(?:aprire|entrare)|e entrato)\b|\bmi (?:segue|sta seguendo|seguono|stanno seguendo)\b"
        r"(?! su\b)(?=.*\b(?:paura|fino a casa|sol[oa]|dalla|dal|per strada|a casa)\b)",
        "ce qualcuno che sta forzando la serratura",
        negatable=False,
    ),
    # ------------------------------------------------------------- concern: distress
    Rule(
        "distress.it_hopeless",
        CONCERN,
        DIS,
        r"\b(?:non|nn) (?:cambiera|migliorera|andra) mai (?:niente|nulla|meglio)\b|\b(?:e|tanto) "
        r"inutile\b(?! (?:questo|questa|sto|sta|il|la)\b)|\bperche dovrei (?:continuare|"
        r"andare avanti|provarci|alzarmi)\b|\b(?:vorrei|voglio) (?:solo |soltanto )?sparire\b|"
        r"\bsenza speranza\b|\b(?:non|nn) ce la faccio piu\b(?! (?:con|a) (?:questo|questa|sto|"
        r"sta|il|la|lo)\b)|\bsono (?:al limite|a pezzi|alla fine)\b|\bmollo tutto\b",
        "nn cambiera mai niente , e inutile",
    ),
    Rule(
        "distress.it_worthless",
        CONCERN,
        DIS,
        r"\bmi (?:odio|faccio schifo|detesto)\b|\b(?:sono|sn) (?:\w+ )?(?:una nullita|un peso|"
        r"un fallimento|un fallito|una fallita|inutile|un errore|una delusione|uno schifo|"
        r"di troppo)\b(?! (?:a|in|al|nel)\b| per (?!(?:tutti|gli altri|la mia famiglia|i miei)\b))|\b(?:rovino|distruggo) (?:tutto|ogni cosa)\b|"
        r"\bla rovino\b|\b(?:che|ke) tocco la rovino\b",
        "mi faccio schifo da sola",
    ),
    Rule(
        "distress.it_low_mood",
        CONCERN,
        DIS,
        r"\b(?:mi sento|sono|sn|mi sento cosi) (?:\w+ ){0,2}?(?:vuot[oa]|anestetizzat[oa]|"
        r"depress[oa]|spent[oa]|a pezzi|distrutt[oa] dentro|apatic[oa])\b|\bpiango (?:\w+ ){0,3}?"
        r"(?:ogni|tutti i|tutte le|sempre|senza motivo|da)\b|\b(?:non|nn) sento piu (?:niente|"
        r"nulla)\b|\bdepressione\b",
        "mi sento vuota dentro",
    ),
    Rule(
        "distress.it_anxiety",
        CONCERN,
        DIS,
        r"\battacch?[io] di (?:panico|ansia)\b|\bansia (?:tutto il tempo|sempre|continua|"
        r"costante)\b|\b(?:cuore|il cuore) (?:mi )?batte (?:a mille|fortissimo|troppo forte)\b|"
        r"\btremo\b(?=.*\b(?:ansia|stress|paura|panico)\b)|\b(?:non|nn) riesco a uscire di casa\b"
        r"|\bansia\b(?=.*\b(?:non|nn) riesco\b)",
        "mi vengono attacchi di panico",
    ),
    Rule(
        "distress.it_losing_mind",
        CONCERN,
        DIS,
        r"\bsto (?:uscendo di testa|impazzendo|diventando pazz[oa])\b(?! (?:con|per) (?:questo|"
        r"questa|sto|sta)\b)|\bniente (?:sembra|e|mi sembra) reale\b|\bmi guard\w* da fuori\b|"
        r"\bsento (?:delle |le )?voci\b|\bvoci nella (?:mia )?testa\b|\b(?:non|nn) ragiono piu\b",
        "sto uscendo di testa",
    ),
    Rule(
        "distress.it_isolation",
        CONCERN,
        DIS,
        r"\b(?:non|nn) ho nessuno (?:con cui|a cui|che)\b|\bnessuno se ne accorgerebbe\b|"
        r"\bnessuno (?:si accorge|mi nota|mi vuole bene|mi capisce|mi cerca)\b|\b(?:non|nn) parlo"
        r" con nessuno\b|\bsol[oa] al mondo\b|\bmi sento (?:cosi |tanto |molto )?sol[oa]\b"
        r"(?! (?:in|nel|nella|qui|su|sul|sulla|con|a|al|alla|dentro)\b)",
        "nn ho nessuno con cui parlare",
    ),
    Rule(
        "distress.it_eating",
        CONCERN,
        DIS,
        r"\bmi faccio vomitare\b|\b(?:salto|saltato) i pasti (?:apposta|di proposito)\b|\b(?:conto|"
        r"contare) (?:ogni|tutte le|le) calori\w*|\bpaura (?:del cibo|di mangiare|di ingrassare)\b"
        r"|\b(?:non|nn) mangio (?:da|piu|niente)\b|\banoressi\w*|\bbulimi\w*",
        "mi faccio vomitare dopo i pasti",
    ),
    Rule(
        "distress.it_substance",
        CONCERN,
        DIS,
        r"\b(?:bevo|bere|bottiglia|vino|alcol|fumo|canne|coca|cocaina|eroina|farmi|droga|"
        r"ubriac\w*|sballarmi)\b",
        "bevo ogni sera per non pensare",
        requires=r"\b(?:(?:per|x) (?:non|nn) (?:pensare|sentire)|per dimenticare|senza .* (?:non|"
        r"nn) dormo|(?:non|nn) dormo piu|dalla mattina alla sera|ho ricominciato|ricaduta|ogni "
        r"sera|tutte le sere|ogni giorno)\b",
    ),
    Rule(
        "distress.it_sleep",
        CONCERN,
        DIS,
        r"\b(?:non|nn) dormo\b|\binsonnia\b|\bresto svegli[oa] (?:ogni notte|tutta la notte|fino)"
        r"\b|\b(?:non|nn) chiudo occhio\b",
        "sono settimane che nn dormo bene",
        requires=r"\b(?:settimane|giorni|notti|mesi|ogni notte|fino alle|insonnia|bene|da)\b",
    ),
    Rule(
        "distress.it_trauma",
        CONCERN,
        DIS,
        r"\bincubi\b|\bflash ?back\b|\bsogno lui\b|\bmi sveglio urlando\b|\bmi blocco e sono di "
        r"nuovo\b|\btraumatizzat\w*|\bstress post traumatico\b",
        "ho flashback dellincidente",
    ),
    Rule(
        "distress.it_grief",
        CONCERN,
        DIS,
        r"\b(?:mio|mia|il mio|la mia) (?:\w+ ){0,2}?(?:padre|madre|papa|mamma|babbo|fratello|"
        r"sorella|marito|moglie|figlio|figlia|amico|amica|nonno|nonna|ragazzo|ragazza|cane|gatto)"
        r" (?:e|sono) (?:mort[oa]|scomparso|scomparsa|venut[oa] a mancare|mancat[oa])\b|\bho perso"
        r" (?:mio|mia|il mio|la mia)\b(?! (?:chiav\w*|telefono|portafoglio|salvataggio|partita|"
        r"tempo|soldi|occhiali|punti|vite|oggetti)\b)|\blutto\b|\bfunerale\b",
        "mia mamma e morta la settimana scorsa",
    ),
    Rule(
        "distress.it_money",
        CONCERN,
        DIS,
        r"\b(?:debiti|sfratt\w*|affitto|licenziat[oa]|lasciato a casa|perdo la casa|perdere la "
        r"casa|perdo il lavoro|mutuo|pignoramento)\b",
        "ho tanti debiti e mi schiacciano",
    ),
    Rule(
        "distress.it_anger",
        CONCERN,
        DIS,
        r"\b(?:pugno|pugni|calci) (?:contro|nel|al) (?:il |un |la )?(?:muro|porta|armadio)\b|\bpres"
        r"[oa] a "
        r"(?:pugni|calci|testate) (?:il|la|l) ?(?:muro|porta|armadio)\b|\bcon un "
        r"pugno\b|\bpaura di (?:quello|cio) (?:che|ke) (?:faccio|potrei fare|faro)\b|\b(?:tirato|"
        r"lanciato) (?:un|il|una) (?:\w+ )?contro il muro\b|\b(?:urlato|urlo) (?:contro|addosso a)"
        r" (?:i miei|mio|mia)\b",
        "ho tirato un piatto contro il muro",
    ),
    Rule(
        "distress.it_medical_fear",
        CONCERN,
        DIS,
        r"\b(?:operano|operazione|intervento|biopsia|risultati|diagnosi|cancro|tumore|macchia|"
        r"tac|risonanza|chemio|esami)\b",
        "la tac ha trovato una macchia sul polmone , ho paura",
        requires=r"\b(?:paura|terrorizzat\w*|ansia|mi sta uccidendo|panico|(?:non|nn) riesco a "
        r"pensare|preoccupat\w*|angosci\w*)\b",
    ),
    Rule(
        "distress.it_family",
        CONCERN,
        DIS,
        r"\bcolpa mia se (?:i miei|mamma e papa|i miei genitori)\b|\bi miei (?:si separano|"
        r"divorziano|litigano)\b|\bpaura di tornare a casa\b|\b(?:non|nn) mi rivolge (?:piu )?la "
        r"parola\b|\bmi urla (?:contro|addosso)\b",
        "e colpa mia se i miei si separano",
    ),
    Rule(
        "distress.it_bullying",
        CONCERN,
        ABUSE,
        r"\bmi chiamano\b(?=.*\b(?:ogni giorno|tutti i giorni|sempre|balena|sfigat\w*|grass\w*)\b)"
        r"|\bprendermi in giro\b|\bmi prendono in giro\b|\bbullismo\b|\bbullizzat\w*|"
        r"\bnessuno si siede (?:vicino|accanto) a me\b|\bmi insultano\b|\bmi escludono\b",
        "in classe mi prendono in giro",
    ),
    Rule(
        "distress.it_other_at_risk",
        CONCERN,
        SUI,
        r"\b(?:vuole|voleva|vuol|pensa di|parla di|minaccia di|ha provato a)(?: \w+)? (?:uccidersi|"
        r"ammazzarsi|suicidarsi|farla finita|morire|togliersi la vita)\b|\b(?:non|nn) voler piu "
        r"vivere\b",
        "la mia amica dice che vuole uccidersi",
    ),
    Rule(
        "distress.it_past",
        CONCERN,
        SUI,
        r"\b(?:volevo|avevo provato a) (?:\w+ )?(?:farla finita|morire|uccidermi|ammazzarmi)\b|"
        r"\btentato il suicidio\b",
        "anni fa volevo farla finita",
    ),
    # ------------------------------------------------------------- added: blind-set gaps
    Rule(
        "suicide.it_burden_without_me",
        CRISIS,
        SUI,
        r"\bsenza (?:di )?me (?:\w+ ){0,2}?(?:starebbero|starebbe|staresti|sarebbero|sarebbe|"
        r"vivrebbero|vivrebbe|starete|staranno|stanno) (?:\w+ ){0,2}?(?:meglio|piu felici|felici|"
        r"piu sereni|in pace|tranquilli)\b",
        "senza di me starebbero tutti meglio",
        requires=_NO_LAUGH,
    ),
    Rule(
        "suicide.it_height_enough",
        CRISIS,
        SUI,
        r"\b(?:ponte|palazzo|edificio|grattacielo|viadotto|dirupo|scogliera|torre|piano|parcheggio)"
        r"(?: \w+){0,2}? piu alt[oa] (?:[\w,.]+ ){0,10}?(?:abbastanza alt[oa]|per non sopravvivere|"
        r"mortale|nessuno sopravvive|da cui buttarsi|per saltare|per buttarmi|per farla finita)\b|"
        r"\b(?:da che|da quale|a che) (?:piano|altezza) (?:\w+ )?(?:si muore|e mortale|non si "
        r"sopravvive|e sicuro)\b",
        "qual e il ponte piu alto qui . tipo abbastanza alto",
    ),
    Rule(
        "suicide.it_this_time",
        CRISIS,
        SUI,
        r"\b(?:stavolta|questa volta|sta volta|sto giro) lo faccio (?:davvero|sul serio|per davvero)"
        r"(?: [\w,.]+){0,8}? ho chiuso con (?:tutto|tutti|la vita)\b|\bho chiuso con (?:tutto|tutti|"
        r"la vita)(?: [\w,.]+){0,8}? (?:stavolta|questa volta|sta volta) lo faccio\b",
        "stavolta lo faccio davvero . ho chiuso con tutto",
        requires=_NO_LAUGH,
    ),
    Rule(
        "suicide.it_letters_left",
        CRISIS,
        SUI,
        r"\b(?:scritto|lasciato|finito) (?:una |le |delle |due |tre )?(?:lettere|lettera|biglietti|"
        r"biglietto) (?:\w+ ){0,3}?(?:per|a) (?:mia|mio|mamma|papa|i miei|ognuno|la|il|tutti)\b",
        "ho scritto le lettere per mamma , le trovano domani",
        requires=r"\b(?:trov\w+|leggeranno|leggera|cassetto|ultim[oa]|addio|quando non ci sar\w+|"
        r"perdono|sotto il cuscino)\b",
    ),
    Rule(
        "suicide.it_one_step",
        CRISIS,
        SUI,
        r"\b(?:bastava|bastavano|sarebbe bastato|mancava) (?:solo )?(?:un passo|un salto|un attimo|"
        r"due passi|poco)\b",
        "il treno era li , bastava un passo",
        requires=_NO_LAUGH
        + r".*\b(?:treno|binari\w*|metro|camion|autobus|ponte|tir|macchine|bordo|cornicione|"
        r"balcone|vuoto|ringhiera|parapetto)\b",
    ),
    Rule(
        "distress.it_game_frustration",
        CONCERN,
        DIS,
        r"\b(?:non|nn) ce la faccio piu (?:con|a (?:finire|risolvere|passare|battere)) (?:questo|"
        r"questa|sto|sta|il|la|lo|l) (?:indovinell\w*|enigma|livello|boss|rompicapo|puzzle|missione|"
        r"quest|mostro|drago|capitolo|gioco|partita|labirinto)\b",
        "nn ce la faccio piu con sto indovinello",
        inner_negation=True,
        on_negation=NONE,
    ),
)

# --------------------------------------------------------------------------------------------
# Round 3: classes missed by blind set 2 (docs/safety.md, "After tuning on blind set 2"),
# written as classes with their look-alikes in tests/safety/dev/round3.jsonl.
# --------------------------------------------------------------------------------------------

_NOT_GAME_IT = (
    r"^(?!.*\b(?:gioco|mappa|partita|livello|missione|ricerca|compito|lol|ahah\w*|haha\w*|"
    r"xd|personaggio)\b)"
)

RULES = (
    *RULES,
    Rule(
        "suicide.it_r3_height_question",
        CRISIS,
        SUI,
        r"\b(?:da )?(?:che|quale|quanti) (?:piano|piani|altezza|metri)\b(?: \S+){0,10}? (?:non "
        r"(?:sopravvivere|sopravvive|si sopravvive)|morire|essere sicur[oi]|mortale|letale|"
        r"buttarsi|buttarmi|lanciarsi|lanciarmi)\b|\bponte piu alto\b(?: \S+){0,8}? (?:non si "
        r"sopravvive|sopravvivere|mortale)\b|\b(?:il|un) (?:\w+ )?piano (?:basta|e abbastanza|"
        r"e sufficiente)\b|\bil (?:quinto|sesto|settimo|ottavo|nono|decimo) basta\b",
        "da che piano bisogna buttarsi per essere sicuri",
        negatable=False,
        requires=_NOT_GAME_IT,
    ),
    Rule(
        "suicide.it_r3_dose_never_wake",
        CRISIS,
        SUI,
        r"\b(?:quant[oaie]|che dose|quale dose)\b(?: \S+){0,10}? (?:non svegliarsi|non "
        r"svegliarmi|non svegliarsi piu|non svegliarmi piu|non risvegliarsi|mai piu svegliarsi)\b",
        "quanta insulina serve per non svegliarsi piu",
        negatable=False,
        requires=_NOT_GAME_IT,
    ),
    Rule(
        "suicide.it_r3_wish_not_exist",
        CRISIS,
        SUI,
        r"\b(?:vorrei|voglio|vorrei tanto) (?:solo |soltanto |solamente |davvero |proprio )*"
        r"(?:non esistere|non esserci piu|sparire per sempre|non svegliarmi piu|raggiungerl[ao]|"
        r"raggiungere (?:mia|mio) \w+)\b",
        "non ce la faccio piu , vorrei solo non esistere",
        negatable=False,
        requires=r"^(?!.*\b(?:lol|ahah\w*|haha\w*|xd|compito|esame|figuraccia)\b)",
    ),
    Rule(
        "suicide.it_r3_decided_chosen",
        CRISIS,
        SUI,
        r"\bho scelto , (?:il |la )?(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|"
        r"\d+)\b|\bso (?:gia )?(?:esattamente |benissimo )?come lo faro(?= [,.]|$| e (?:quando|dove)\b)|\b(?:al|il) mio "
        r"compleanno non ci arrivo\b|\bla data e (?:scelta|decisa|fissata)\b|\bnon torno "
        r"indietro\b|\be deciso\b",
        "so gia esattamente come lo faro e quando",
        negatable=False,
        requires=r"^(?!.*\b(?:gioco|partita|viaggio|festa|matrimonio|vacanz\w*|ristorante|"
        r"esame|dieta|palestra|trasloco|estate|vacanz\w*)\b)(?=.*\b(?:finita|faro|compleanno|"
        r"indietro|garage|quando i miei|quando sono sol[oa])\b)",
    ),
    Rule(
        "suicide.it_r3_not_needed_after",
        CRISIS,
        SUI,
        r"\b(?:tanto )?(?:a me )?non (?:mi )?serve piu\b|\bquando non ci saro piu\b|\btenere "
        r"(?:il mio|la mia) (?:gatto|gatta|cane|cagnolino|coniglio) per sempre\b|\bho sistemato "
        r"tutto\b(?: \S+){0,8}? (?:lettera|bollette|password|figlia|figlio|figli|famiglia)\b",
        "ho regalato la switch a mio cugino , tanto a me non serve piu",
        negatable=False,
        requires=r"^(?!.*\b(?:vecch\w+|usat[oa]|nuov[oa]|comprato|venduto)\b)(?=.*\b(?:regalato|"
        r"dato|lasciato|per sempre|saro|sistemato)\b)",
    ),
    Rule(
        "suicide.it_r3_means_ready",
        CRISIS,
        SUI,
        r"\b(?:corda|cintura|cappio)\b(?: \S+){0,3}? (?:legata|appesa|pronta|annodata|pronto)\b|"
        r"\b(?:le ho contate|li ho contati|le ho messe in fila) (?:due|tre|di nuovo|piu)\b|"
        r"\b(?:metto|mettendo|messo) da parte (?:le |i |mie |miei )?" + _PILLS + r"\b|\b(?:ne ho"
        r" abbastanza|ne ho messe da parte)\b",
        "ho tirato fuori tutte le scatole di pastiglie e le ho contate due volte",
        requires=_NOT_GAME_IT + r"(?!.*\b(?:arrampic\w*|barca|tenda|farmacia|soldi|"
        r"portapillole|settimana|ricetta)\b)",
    ),
    Rule(
        "suicide.it_r3_place",
        CRISIS,
        SUI,
        r"\b(?:sto|sono|seduto|seduta|in piedi) (?:\w+ )?(?:sui binari|sulle rotaie|sul "
        r"davanzale|sul cornicione|sul parapetto)\b|\bdallaltra parte della (?:ringhiera|"
        r"balaustra|recinzione)\b|\bmi tengo con una mano\b|\bcon le gambe (?:fuori|nel vuoto|"
        r"penzoloni)\b",
        "sto sui binari dietro la stazione , non voglio tornare a casa",
        requires=_NOT_GAME_IT,
    ),
    Rule(
        "suicide.it_r3_unsafe",
        CRISIS,
        SUI,
        r"\bho paura di me (?:stess[oa])?\b|\bnon mi fido di me (?:stess[oa])?\b|\bnon posso "
        r"(?:garantire|promettere) che staro bene\b|\bpaura di (?:cosa|quello che) potrei "
        r"(?:farmi|fare)\b|\bqualcuno puo stare con me\b",
        "ho paura di me stessa stanotte , qualcuno puo stare con me",
        negatable=False,
        requires=r"^(?!.*\b(?:arrabbiat\w*|rabbia|incazzat\w*|furios\w*|grotta|gioco|esame|"
        r"torta|ahah\w*)\b)",
    ),
    Rule(
        "suicide.it_r3_vehicle",
        CRISIS,
        SUI,
        r"\bnon (?:freno|frenero|frenare)\b|\blasciare il volante\b|\bschiantarmi\b|\b(?:calcolato|"
        r"so) (?:quando|a che ora) passa (?:il|l) ?(?:frecciarossa|treno|intercity|regionale|"
        r"merci|italo)\b",
        "la prossima volta in curva non freno",
        requires=_NOT_GAME_IT + r"(?=.*\b(?:curva|ponte|viadotto|muro|albero|strada|autostrada|"
        r"prossima volta|penso|voglia|mettermi|ogni volta|treno|frecciarossa)\b)",
    ),
    Rule(
        "suicide.it_r3_attempt_interrupted",
        CRISIS,
        SUI,
        r"\b(?:ci ho provato|ho provato|ho cominciato|ho iniziato)\b(?: \S+){0,8}? (?:e entrat[oa]|"
        r"mi ha fermat[oa]|mi ha trovat[oa]|mi ha bloccat[oa]|smesso a meta)\b",
        "ci ho provato ieri sera ma mia madre e entrata e mi ha fermato",
        requires=_NOT_GAME_IT + r"(?!.*\b(?:porta|chiamare|dieta|password)\b)",
    ),
    Rule(
        "harm_to_others.it_r3_threat",
        CRISIS,
        HARM,
        r"\b(?:lo|la) (?:accoltello|faccio sanguinare|ammazzo|sgozzo|faccio fuori|sparo)\b|"
        r"\bporto (?:la|il|una|un) (?:pistola|coltello|fucile|arma)\b(?: \S+){0,4}? (?:a scuola|"
        r"in classe|al lavoro|in ufficio)\b",
        "stanotte quando rientra lo accoltello , ho gia il coltello",
        requires=r"^(?!.*\b(?:ahah\w*|haha\w*|lol|xd|fifa|cod|gioco|partita|mario|kart)\b).*"
        + r"\b(?:non scherzo|nn scherzo|domani|stanotte|stasera|quando (?:torna|rientra|"
        r"esce)|ho gia|coltello|pistola|vedranno|sul serio)\b",
    ),
    Rule(
        "abuse_or_danger.it_r3_trying_to_get_in",
        CRISIS,
        ABUSE,
        r"\b(?:qualcuno|uno|un uomo|un tizio)\b(?: \S+){0,6}? (?:cerca|prova|sta cercando|sta "
        r"provando) (?:di |a )?(?:entrare|sfondare|forzare|aprire)\b",
        "ce qualcuno alla porta che cerca di entrare e sono sola",
        requires=_NOT_GAME_IT,
    ),
    Rule(
        "medical.it_r3_bleach",
        CRISIS,
        MED,
        r"\b(?:bevuto|ingoiato|mandato giu)\b(?: \S+){0,3}? (?:candeggina|varechina|detersivo|"
        r"anticalcare|ammoniaca|sgrassatore|veleno per topi|acido)\b",
        "mio figlio ha bevuto la candeggina e sta vomitando",
        requires=r"^(?!.*\b(?:strega|pozione|gioco)\b)",
    ),
    Rule(
        "distress.it_r3_concern_misc",
        CONCERN,
        DIS,
        r"\b(?:ho|cho) l ?ansia tutto il giorno\b|\bil cuore (?:va )?a mille\b|\bvomito dopo (?:ogni"
        r"|tutti i) past[oi]\b|\bmi faccio vomitare\b|\bl?(?:intervento|operazione|biopsia)\b(?: \S+)"
        r"{0,6}? (?:paura|terrorizzat[oa]|ansia)\b|\bda settimane dormo (?:\d|to|due|tre|poco|"
        r"male)\b|\bbevo tutte le sere per dormire\b|\btiene (?:un|una) "
        r"(?:fucile|pistola|arma|revolver) (?:nell ?armadio|nel cassetto|in camera)\b",
        "cho lansia tutto il giorno , mi tremano le mani",
        negatable=False,
        fiction=False,
        requires=r"^(?!.*\b(?:locanda|pozione|gioco|taverna|armeria)\b)",
    ),
    Rule(
        "suicide.it_r3_keep_safe",
        CRISIS,
        SUI,
        r"\b(?:non riesco|non so se riesco|non posso) a (?:tenermi|mantenermi|restare|stare) al "
        r"sicuro\b|\bnon dovrete piu preoccuparvi (?:per|di) me\b|\bnon saro un peso (?:\w+ )?"
        r"per molto\b",
        "non riesco a tenermi al sicuro stanotte",
        negatable=False,
        requires=_NOT_GAME_IT + r"(?!.*\b(?:grotta|dungeon|esame)\b)",
    ),
    Rule(
        "suicide.it_r3_ready_do_not_look",
        CRISIS,
        SUI,
        r"\bnon (?:cercatemi|mi cercate|cercarmi)\b(?=.*\b(?:pronto|addio|scusa\w*|perdon\w*|"
        r"voglio bene|biglietto|lettera)\b)|\bstanotte e tutto pronto\b|\be tutto pronto "
        r"per stanotte\b|\bho lasciato le mie cose a (?:\w+ ){1,3}?con (?:un biglietto|una "
        r"lettera)\b",
        "stanotte e tutto pronto , non cercatemi",
        negatable=False,
        requires=r"^(?!.*\b(?:nascond\w*|festa|gioco|partita|viaggio|cena|ahah\w*|compleanno|"
        r"sorpresa|valigia)\b)",
    ),
)

BRIDGE: frozenset[str] = frozenset(
    [
        "sono",
        "sto",
        "voglio",
        "vorrei",
        "vado",
        "devo",
        "dovrei",
        "posso",
        "potrei",
        "penso",
        "pensando",
        "pensare",
        "sempre",
        "ancora",
        "gia",
        "solo",
        "proprio",
        "davvero",
        "piu",
        "ho",
        "ha",
        "di",
        "al",
        "stasera",
        "stanotte",
        "oggi",
        "ora",
        "adesso",
        "veramente",
        "tanto",
        "troppo",
        "cosi",
        "spesso",
        "deciso",
        "mi",
        "ti",
        "si",
        "ci",
        "nuovo",
        "raga",
        "ragazzi",
        "boh",
        "cioe",
        "tipo",
        "giuro",
        "sinceramente",
        "onestamente",
        "ormai",
        "mo",
        "ao",
        "uaglio",
        "seduta",
        "seduto",
        "sdraiata",
        "sdraiato",
        "affacciata",
        "affacciato",
    ]
)
NEGATORS: frozenset[str] = frozenset(["non", "nn", "mai"])
CONJUNCTIONS: frozenset[str] = frozenset(["e", "ma", "o", "perche", "pero", "quindi", "poi"])
FIRST_PERSON: frozenset[str] = frozenset(["io"])
POSSESSIVE_FIRST: frozenset[str] = frozenset(["mio", "mia", "miei", "mie"])
TOKEN_MAP: dict[str, str] = {
    "nn": "non",
    "sn": "sono",
    "cmq": "comunque",
    "xke": "perche",
    "xche": "perche",
    "xk": "perche",
    "qlcs": "qualcosa",
    "qls": "qualsiasi",
    "nnt": "niente",
    "cn": "con",
}
REAL_MARKERS = (
    r"so che e (?:solo )?un gioco|(?:lo )?scrivo (?:questo )?a un gioco|sul serio|dico sul serio|nella vita reale|non nel gioco|nn nel gioco|non il personaggio|"
    r"nn il personaggio|non scherzo|nn scherzo|stasera|stanotte|domani|adesso|coltello|pistola|"
    r"fucile|pastiglie|farmaci|guardia giurata|mio (?:padre|nonno|fratello|zio)|mia (?:madre|"
    r"mamma|nonna|sorella|zia)"
)
FICTION_MARKERS = (
    r"capitano|salpare|personaggio|goblin|missione|pozion[ei]|spada|livello|nel gioco|il gioco|guardian[oa] del "
    r"faro|fabbro|strega|drago|mostr[oi]|cavaliere|bandito|tesoro|forziere|locanda|enigma|"
    r"pergamena|dungeon|boccette|carretto|lanterna|indovinell[oi]|rompicapo"
)
