"""Classes of crisis that blind set 6 showed missed, each in all six languages (round 7).

Written from the classes behind blind set 6's misses (``tests/safety/blind6.jsonl``, tuned on
from round 7) and from new development sentences of the same classes
(``tests/safety/dev/round7.jsonl``), not from the blind sentences' words:

* method questions: which bridge, building or car park is high (or a river deep) enough, with
  "not for the game" or "asking for me"; how many tablets it takes "not to wake up"; how long
  it takes with a car's exhaust; whether a fall from a floor hurts "or is instant";
* wishes to be dead said as not waking up ("if I didn't wake up tomorrow that would be fine",
  "fall asleep for good", "never opening my eyes again"), and German "wozu noch leben";
* self-harm told as an event: done again on a body part, still bleeding, or hidden under
  clothes "so nobody sees";
* means made ready: a noose or rope ready, pills tipped into a pile, pills carried "in case
  today is the day", charcoal with windows sealed;
* preparations and farewells: "whoever reads this, it's nobody's fault", "thanks for
  everything, tell my mother I'm sorry", letters for one's family stored, "soon I won't bother
  you any more", goodbye "for ever";
* intent: "not with the game, with everything", "decided, tonight is the night";
* a vehicle as the method: letting go of the wheel, driving under a lorry or into a wall;
* an attempt told: the rope already round the neck, climbed onto a bridge's parapet;
* into the water and not coming back (the English rule is ``suicide.en_into_the_water``);
* places now: on a window ledge high up, by the tracks with the next train's time.

Each rule has the everyday look-alikes of the same file in mind (a pool deep enough to dive in,
a rope for the boat, charcoal for the barbecue, a cut while cooking, "thanks for everything,
see you tomorrow", "I'm done with the game for tonight", swimming to the boat). The names this
module defines are described in ``tta_server.safety.lang``. Rule ids carry ``_r7_``.
"""

from __future__ import annotations

from tta_server.safety.lexicon import ABUSE, CONCERN, CRISIS, DIS, MED, SH, SUI, Rule

#: Game and joke words: a rule with this in ``requires`` does not fire in a game sentence.
#: "not for the game" and its translations are not game context (see ``_FOR_REAL``). The game's
#: characters and places (the keeper, the lighthouse) are not here: players tell them real
#: things ("I don't know why I'm telling the keeper this"), and a game scene that uses these
#: rules' words is lowered by the fiction markers instead.
_NOT_GAME = (
    r"^(?!.*\b(?:level|quest|mision|missao|missione|quete|lol|haha\w*|jaja\w*|kkk\w*|mdr|xd|"
    r"potion\w*|pocion\w*|pocao|pocoes|pozion\w*|trank\w*)\b)"
    r"(?!.*\b(?:in|en|no|na|dans|nel|nella|im|del|do|du|dem) (?:the |el |o |le |il |this |"
    r"este |ce |questo |diesem )?(?:game|juego|jogo|jeu|gioco|spiel)\b)"
)

#: "not for the game" / "asking for me": a method question meant for real.
_FOR_REAL = (
    r"(?=.*\b(?:(?:not|no|nao|pas|non|nicht) (?:\w+ ){0,3}?(?:for|para|pra|pro|pour|per|fur|furs)"
    r" (?:the |el |o |le |il |das )?(?:game|juego|jogo|jeu|gioco|spiel)|furs spiel|"
    r"asking for (?:me|myself|no reason)|for me not|frag\w* (?:\w+ )?fur mich|pregunto por mi|"
    r"(?:here|aca|aqui|daqui|ici|du coin|du quartier|d ici|qui|vicino|zona|hier|in der nahe|"
    r"in der gegend|round here|around here|near me|near here|nearby|in town|por aca|por aqui))\b)"
)

_HIGH_THING = (
    r"(?:bridge|building|car park|carpark|multistorey car park|multi storey car park|tower|"
    r"cliff|roof|flats|block|puente|edificio|torre|acantilado|azotea|techo|viaducto|ponte|"
    r"predio|viaduto|penhasco|telhado|pont|immeuble|batiment|tour|falaise|toit|parking|viaduc|"
    r"palazzo|scogliera|tetto|parcheggio|viadotto|brucke|bruecke|hochhaus|gebaude|turm|klippe|"
    r"dach|parkhaus)"
)

_DEEP_THING = r"(?:river|lake|rio|lago|rivière|riviere|fleuve|lac|fiume|fluss|see|stausee)"

_ENOUGH = (
    r"(?:high enough|tall enough|deep enough|(?:lo )?suficientemente (?:alto|alta|profundo|"
    r"profunda)|(?:alto|alta|fundo|funda|profundo|profunda) o suficiente|assez (?:haut|haute|"
    r"profond|profonde)|abbastanza (?:alto|alta|profondo|profonda)|hoch genug|tief genug)"
)

_SUPERLATIVE = (
    r"(?:tallest|highest|mas alto|mas alta|mais alto|mais alta|le plus haut|la plus haute|"
    r"le plus eleve|piu alto|piu alta|hochste|hoechste)"
)

#: Not waking up, in the six languages.
_NOT_WAKE = (
    r"(?:(?:did not|do not|would not|never|not) (?:ever )?wake up|not waking up|"
    r"no (?:me )?(?:despierto|despertara|despertase|despertaria|amanezco|amaneciera|amanecer)|"
    r"nao (?:acordar|acordasse|acordo|acordaria)|"
    r"(?:ne )?me reveill\w* (?:pas|plus|jamais)|"
    r"non mi (?:svegliassi|svegliasse|sveglio piu|svegliero piu|svegliassi piu)|"
    r"nicht (?:mehr )?(?:aufwach\w*|aufwachen wurde|aufwachen wuerde))"
)

#: ... and being at peace with it.
_FINE_WITH_IT = (
    r"(?:(?:would|that would|it would|would be|be) (?:\w+ ){0,2}?(?:fine|ok|okay|alright|a relief|"
    r"nice|better|good)|i would not mind|would not care|so be it|"
    r"tampoco pasa nada|no pasa nada|lo preferiria|mejor|seria un alivio|me da igual|"
    r"estaria bien|tanto faz|alivio|seria bom|preferia|tudo bem|tant mieux|"
    r"(?:ce serait|ca serait|ca me) (?:\w+ )?(?:bien|mieux|soulagement|irait|va)|"
    r"je prefererais|sarebbe (?:un )?(?:sollievo|meglio|bello)|andrebbe bene|"
    r"mi starebbe bene|preferirei|non mi dispiacerebbe|"
    r"(?:war|ware|waer|waere|wars) (?:\w+ ){0,2}?(?:okay|ok|egal|recht|schon|besser|"
    r"erleichterung|gut)|auch gut|umso besser|mir egal)"
)

_BODY = (
    r"(?:arm|arms|thigh|thighs|wrist|wrists|leg|legs|stomach|belly|hip|hips|skin|"
    r"brazo|brazos|muslo|muslos|muneca|munecas|pierna|piernas|panza|barriga|"
    r"braco|bracos|coxa|coxas|pulso|pulsos|perna|pernas|bras|cuisse|cuisses|poignet|poignets|"
    r"jambe|jambes|ventre|braccio|braccia|coscia|cosce|polso|polsi|gamba|gambe|pancia|"
    r"oberschenkel|handgelenk|handgelenke|bein|beine|bauch|unterarm)"
)

#: Hidden under clothes so that nobody sees.
_HIDDEN = (
    r"(?:so (?:that )?(?:nobody|no one|noone) (?:sees|can see|will see|notices)|"
    r"para que nadie (?:vea|lo vea|se de cuenta)|(?:pra|para) ninguem ver|"
    r"pour (?:cacher|que personne (?:ne )?voie)|cosi nessuno (?:vede|se ne accorge)|"
    r"per (?:coprir\w*|nascondere)|damit (?:es )?(?:keiner|niemand) (?:was )?sieht|"
    r"how to (?:hide|cover) it|como (?:esconder\w*|tapar\w*|ocultar\w*)|comment (?:le )?cacher|"
    r"come (?:coprir\w*|nasconder\w*)|wie ich (?:das|es) (?:verstecke|verstecken soll))"
)

_SELF_CUT = (
    r"(?:cut|burned|burnt|scratched|me (?:corte|queme|rasguñe|rasgune)|me (?:cortei|queimei)|"
    r"(?:je )?me suis (?:coupee?|brulee?|scarifiee?)|mi sono (?:tagliat[oa]|bruciat[oa])|"
    r"(?:mich|mir) (?:\w+ ){0,4}?(?:geritzt|geschnitten|verbrannt))"
)

#: "did it again" (an act done again, told as an event).
_AGAIN = (
    r"(?:did it again|done it again|lo hice (?:otra vez|de nuevo)|lo volvi a hacer|"
    r"fiz (?:isso )?de novo|fiz outra vez|je l ai refait|jlai refait|jai recommence|"
    r"l ho rifatto|lho rifatto|l ho fatto di nuovo|"
    r"(?:hab|habe|habs) (?:es )?wieder (?:getan|gemacht))"
)

_NOOSE = r"(?:noose|soga|nudo corredizo|laco|forca|noeud coulant|corde|cappio|strick|schlinge)"
_ROPE = r"(?:rope|cuerda|corda|corde|seil)"
_READY = (
    r"(?:ready|tied|set up|lista|listo|preparada|atada|pronta|pronto|amarrada|preparada|prete|"
    r"pret|preparee|attachee|legato|legata|preparato|preparata|bereit|fertig|geknupft)"
)

_PILLS = (
    r"(?:pills|tablets|meds|pastillas|pildoras|comprimidos|remedios|pilulas|cachets|"
    r"comprimes|medocs|pillole|pastiglie|compresse|tabletten|pillen)"
)
_PILE = (
    r"(?:pile|heap|little pile|monton|montoncito|pilha|montinho|monte|tas|petit tas|"
    r"mucchio|mucchietto|haufen|haufchen)"
)

_RELATIVE = (
    r"(?:mum|mom|mother|dad|father|parents|sister|brother|family|kids|children|"
    r"mama|madre|papa|padre|padres|hermana|hermano|hermanos|familia|hijos|"
    r"mae|pai|pais|irma|irmao|irmaos|filhos|"
    r"mere|pere|parents|soeur|frere|famille|enfants|"
    r"madre|padre|genitori|sorella|fratello|famiglia|figli|"
    r"mutter|vater|eltern|schwester|bruder|familie|kinder)"
)

_SORRY = (
    r"(?:(?:that )?i am sorry|que lo siento|que (?:eu )?sinto muito|que (?:je suis|jsuis) desolee?|"
    r"che mi dispiace|dass es mir leid tut|que la quiero|que lo quiero|que eu amo ela|"
    r"que je laime|che le voglio bene|dass ich sie liebe|i love (?:her|him|them))"
)

#: See-you words: an ordinary goodbye.
_NOT_SEE_YOU = (
    r"^(?!.*\b(?:see you|see ya|tomorrow|tmrw|later|hasta manana|hasta luego|nos vemos|"
    r"manana|ate amanha|amanha|ate logo|a demain|demain|a plus|a domani|domani|a dopo|"
    r"bis morgen|morgen|bis spater|bis dann|late|tarde|retard|ritardo|verspatung|"
    r"for being|por llegar|pour le retard|per il ritardo|bus|christmas|navidad|natal|noel|"
    r"natale|weihnacht\w*|birthday|cumple\w*|aniversario|anniversaire|compleanno|geburtstag|"
    r"post|mail|correo|correio|poste|posta|bed|sleep|dormir|cama|coucher|lit|letto|dormire|"
    r"bett|schlafen)\b)"
)

RULES: tuple[Rule, ...] = (
    # ---------------------------------------------------------------- method questions
    Rule(
        "suicide.r7_high_enough",
        CRISIS,
        SUI,
        # which bridge / building is high enough; is the river deep enough (not "to swim")
        r"\b(?:" + _HIGH_THING + r"|" + _DEEP_THING + r") (?:\w+ ){0,6}?" + _ENOUGH + r"\b"
        r"(?! (?:to|for|para|pra|pro|pour|per|fur|zum|zur|um) )",
        "which bridge round here is high enough",
        on_negation=CONCERN,
        fiction=False,  # "not for the game" is no game scene; _NOT_GAME keeps game talk out
        requires=_NOT_GAME,
    ),
    Rule(
        "suicide.r7_tallest_for_real",
        CRISIS,
        SUI,
        # the tallest bridge / building here, "not for the game"
        r"\b(?:" + _HIGH_THING + r") (?:\w+ ){0,4}?" + _SUPERLATIVE + r"\b|"
        r"\b" + _SUPERLATIVE + r" (?:\w+ ){0,2}?" + _HIGH_THING + r"\b",
        "cual es el puente mas alto de la ciudad, no es para el juego",
        on_negation=CONCERN,
        fiction=False,
        requires=_NOT_GAME + _FOR_REAL,
    ),
    Rule(
        "suicide.r7_amount_not_to_wake",
        CRISIS,
        SUI,
        # how many / which dose ... not to wake up (again) / for ever
        r"\b(?:how many|how much|what dose|which dose|cuantas|cuantos|cuanto|que dosis|quantos|"
        r"quantas|quanto|que dose|qual dose|combien|quelle dose|la dose|quante|quanti|che dose|"
        r"quale dose|wie viele|wie viel|wieviel|wieviele|ab wie vielen|ab wieviel|welche dosis)"
        r" (?:\S+ ){0,10}?(?:(?:to |para |pra |pour |per |um )?(?:not|no|nao|ne|non|nicht) "
        r"(?:\w+ )?(?:wake up|despertar|acordar|reveiller|svegliarsi|svegliarmi|aufzuwachen|"
        r"aufwachen|aufwacht)|(?:te|se|me|ti|mi|si) (?:reveilles?|svegli) (?:pas|plus|piu)|"
        r"(?:weg|tot) (?:\w+ )?(?:fur|fuer) immer)\b"
        # "to not wake up groggy / at night / early": how one wakes, not whether
        r"(?! (?:groggy|tired|sleepy|early|late|at|before|until|during|with|in the night|"
        r"cansad[oa]|temprano|de noche|cedo|a noite|fatigue|la nuit|tot|stanc[oa]|di notte|presto|"
        r"mude|nachts|fruh))",
        "how many of these would it take to not wake up",
        on_negation=CONCERN,
        requires=_NOT_GAME,
    ),
    Rule(
        "suicide.r7_how_long_exhaust",
        CRISIS,
        SUI,
        # how long it takes with a car's exhaust / fumes
        r"\b(?:how long|cuanto (?:tiempo|tarda)|quanto tempo|combien de temps|quanto ci vuole|"
        r"quanto tempo ci vuole|wie lang|wie lange) (?:\S+ ){0,8}?(?:exhaust|fumes|"
        r"gases del (?:auto|coche|carro)|gases de escape|monoxido|gas do (?:carro|escapamento)|"
        r"escapamento|gaz d echappement|echappement|gas di scarico|scarico|abgas\w*)\b",
        "how long does it take with the exhaust in the garage",
        on_negation=CONCERN,
        requires=_NOT_GAME,
    ),
    Rule(
        "suicide.r7_fall_hurt_or_instant",
        CRISIS,
        SUI,
        # does a fall from N floors hurt, or is it instant
        r"\b(?:does it hurt|would it hurt|duele|dolera|doi|vai doer|ca fait mal|fait mal|"
        r"fa male|farebbe male|tut es weh|tut das weh) (?:\S+ ){0,8}?(?:or (?:is it )?instant|"
        r"o es instantaneo|ou e instantaneo|ou cest instantane|o e istantaneo|"
        r"oder ist man sofort tot|oder geht das sofort|floor|floors|storey|storeys|stories|piso|"
        r"pisos|andar|andares|etage|etages|piano|piani|stock|stockwerk\w*)\b",
        "does it hurt falling from 8 floors or is it instant",
        on_negation=CONCERN,
        requires=_NOT_GAME
        + r"(?=.*\b(?:fall\w*|jump\w*|caer|tirarse|saltar|cair|pular|tomber|sauter|cadere|"
        r"buttarsi|saltare|fallen|springen|sturzen)\b)",
    ),
    # ---------------------------------------------------------------- wish to be dead
    Rule(
        "suicide.r7_not_waking_fine",
        CRISIS,
        SUI,
        # if I didn't wake up (tomorrow) ... that would be fine / a relief
        r"\b(?:if|si|se|wenn|falls) (?:i |eu |je |ich )?(?:\w+ ){0,2}?"
        + _NOT_WAKE
        + r" (?:[\w,.]+ ){0,6}?"
        + _FINE_WITH_IT
        + r"\b",
        "si manana no amanezco tampoco pasa nada",
        on_negation=CONCERN,
        requires=_NOT_GAME,
    ),
    Rule(
        "suicide.r7_sleep_for_good",
        CRISIS,
        SUI,
        # fall asleep for good / and never wake up; never opening my eyes again
        r"\b(?:sleep|asleep) (?:for good|and (?:never|not) (?:\w+ )?wake up)\b|"
        r"\bnever (?:opening|open) my eyes again\b|"
        r"\b(?:dormir|dormirme) (?:y|e) (?:no|nao|nunca mais) (?:\w+ )?(?:despertar|acordar)\b|"
        r"\b(?:dormir|dormirme) (?:\w+ ){0,3}?(?:sin despertar|para siempre sin|sem acordar)\b|"
        r"\b(?:dormir|mendormir|m endormir) (?:et )?(?:ne )?(?:plus|pas|jamais) (?:\w+ )?"
        r"(?:me )?reveiller\b|\b(?:mendormir|m endormir|dormir) pour toujours\b|"
        r"\b(?:dormire|addormentarmi) (?:e )?(?:non )?(?:svegliarmi|risvegliarmi) piu\b|"
        r"\b(?:dormire|addormentarmi) per sempre\b|"
        r"\beinschlafen und nicht mehr aufwachen\b|\bfur immer einschlafen\b|"
        r"\bwozu (?:\w+ )?(?:noch )?leben\b|\bwas bringt (?:es|das) (?:\w+ ){0,2}?(?:zu )?leben\b",
        "wish i could go to sleep for good",
        on_negation=CONCERN,
        requires=_NOT_GAME,
    ),
    # ---------------------------------------------------------------- self-harm told as events
    Rule(
        "self_harm.r7_hidden_injury",
        CRISIS,
        SH,
        # cut / burned a body part, hidden under clothes so that nobody sees
        r"\b" + _SELF_CUT + r" (?:\S+ ){0,24}?" + _HIDDEN + r"\b",
        "cut my arm again and put a hoodie on so nobody sees",
        on_negation=CONCERN,
        requires=_NOT_GAME,
    ),
    Rule(
        "self_harm.r7_again_on_body",
        CRISIS,
        SH,
        # did it again, on my wrist this time (bleeding, burning)
        r"\b"
        + _AGAIN
        + r" (?:\S+ ){0,6}?(?:on|in|en|no|na|sur|sul|sulla|am|an) (?:my |the |el |la |"
        r"mi |o |a |le |il |meinem |meiner |dem |der )?" + _BODY + r"\b",
        "did it again, on my arm this time",
        on_negation=CONCERN,
        requires=_NOT_GAME,
    ),
    # ---------------------------------------------------------------- means made ready
    Rule(
        "suicide.r7_noose_ready",
        CRISIS,
        SUI,
        # the noose / rope is ready, tied, waiting in a cupboard
        r"\b" + _NOOSE + r" (?:\w+ ){0,3}?" + _READY + r"\b|"
        r"\b" + _READY + r" (?:\w+ ){0,2}?" + _NOOSE + r"\b|"
        r"\b(?:bought|compre|comprei|achete|comprato|gekauft) (?:\w+ ){0,2}?"
        + _ROPE
        + r" (?:\S+ ){0,8}?"
        + _READY
        + r"\b",
        "the noose is ready in the garage",
        on_negation=CONCERN,
        requires=_NOT_GAME
        + r"(?!.*\b(?:boat|barco|barca|bateau|boot|climb\w*|escalada|escalar|escalade|"
        r"arrampicata|klettern|ropa|roupa|linge|bucato|wasche|tienda|tenda|zelt|tente|varal|"
        r"tendedero|swing|columpio|balanco|balancoire|altalena|schaukel)\b)",
    ),
    Rule(
        "suicide.r7_pills_in_a_pile",
        CRISIS,
        SUI,
        # all the pills tipped out into a pile
        r"\b" + _PILLS + r" (?:\S+ ){0,6}?(?:in|into|en|num|numa|em|en|in un|auf|zu) (?:a |un |una "
        r"|um |uma |einen |einem )?" + _PILE + r"\b",
        "got all the pills out, theyre in a little pile by my bed",
        on_negation=CONCERN,
        requires=_NOT_GAME,
    ),
    Rule(
        "suicide.r7_in_case_today",
        CRISIS,
        SUI,
        # the means kept at hand "in case today is the day"
        r"\b(?:in case|por si|caso|au cas ou|nel caso|fur den fall|falls) (?:\w+ ){0,2}?"
        r"(?:today|tonight|hoy|hoje|aujourd hui|ce soir|oggi|stasera|heute) (?:is|es|e|seja|sea|"
        r"soit|sia|ist|cest) (?:the|el|o|le|il|der) (?:day|night|dia|noche|noite|jour|soir|"
        r"giorno|notte|tag)\b",
        "i keep the pills with me in case today is the day",
        on_negation=CONCERN,
        requires=_NOT_GAME,
    ),
    Rule(
        "suicide.r7_charcoal_sealed",
        CRISIS,
        SUI,
        # charcoal bought and the room's windows sealed
        r"\b(?:charcoal|carbon|carbon vegetal|carvao|charbon|carbonella|grillkohle|holzkohle|kohle)"
        r"\b",
        "bought charcoal and taped up the bathroom window",
        on_negation=CONCERN,
        requires=_NOT_GAME
        + r"(?=.*\b(?:tap\w*|seal\w*|cinta|sellad\w*|selle|tape\w*|fita|vedei|vedar|vedad\w*|"
        r"calfeutr\w*|scotch\w*|colmatai|sigillat\w*|nastro|abgedichtet|abgeklebt|zugeklebt)\b)"
        r"(?=.*\b(?:window|windows|door|ventana|ventanas|puerta|janela|janelas|porta|fenetre|"
        r"fenetres|porte|finestra|finestre|fenster|tur)\b)",
    ),
    # ---------------------------------------------------------------- preparations and farewells
    Rule(
        "suicide.r7_nobodys_fault",
        CRISIS,
        SUI,
        # whoever reads this: it is nobody's fault
        r"\b(?:not (?:\w+ )?anyones fault|none of (?:it|this) is anyones fault|nobodys fault|"
        r"no es culpa de nadie|no fue culpa de nadie|nao e culpa de ninguem|"
        r"(?:cest|c est|ce nest|ce n est) (?:\w+ )?la faute de personne|"
        r"non e colpa di nessuno|(?:ist )?niemandes schuld|keiner (?:ist )?schuld)\b",
        "whoever reads this, its not anyones fault",
        on_negation=CRISIS,
        requires=_NOT_GAME
        + r"(?=.*\b(?:reads? this|finds? this|lea esto|lee esto|encuentre esto|ler isso|ler isto|"
        r"lit ca|lit ceci|trouve ca|legge|leggera|trova questo|liest|findet)\b)",
    ),
    Rule(
        "suicide.r7_tell_them_sorry",
        CRISIS,
        SUI,
        # thanks for everything; tell my mother I'm sorry
        r"\b(?:tell|dile|diles|diganle|digan|decile|decirle|fala|falem|diz|diga|digam|dites|dis|"
        r"dite|di|dica|dicano|sagt|sag|sagen sie) (?:a |pra |para |a la |al |alla |al )?"
        r"(?:my|mi|mis|minha|meu|meus|ma|mon|mes|mia|mio|miei|mie|meiner|meinem|meinen) "
        + _RELATIVE
        + r" (?:\w+ ){0,1}?"
        + _SORRY
        + r"\b",
        "thanks for everything, tell my mum im sorry",
        on_negation=CONCERN,
        requires=_NOT_GAME
        + _NOT_SEE_YOU
        + r"(?=.*\b(?:thanks for everything|thank you for everything|gracias por todo|"
        r"obrigad[oa] por tudo|merci pour tout|grazie (?:di|per) tutto|danke fur alles|"
        r"bye|goodbye|adios|chau|tchau|adeus|adieu|addio|ciao|lebt wohl|tschuss)\b)",
    ),
    Rule(
        "suicide.r7_letters_stored",
        CRISIS,
        SUI,
        # letters for each of my family, put in a drawer / under a pillow
        r"\b(?:letters?|cartas?|lettres?|lettere|lettera|briefe?) (?:\w+ ){0,2}?(?:for|to|para|pra|"
        r"pour|a|per|an|fur) (?:each of )?(?:my|mis|mi|mes|minhas|meus|minha|meu|i miei|le mie|"
        r"miei|mie|meine|meinen) " + _RELATIVE + r"\b",
        "the letters for my parents are ready, under my pillow",
        on_negation=CONCERN,
        requires=_NOT_GAME
        + _NOT_SEE_YOU
        + r"(?=.*\b(?:ready|drawer|pillow|listas|cajon|almohada|prontas|gaveta|travesseiro|"
        r"pretes|tiroir|oreiller|pronte|cassetto|cuscino|fertig|schublade|kissen|under|debajo|"
        r"embaixo|sous|sotto|unter|put them|las deje|deixei|laissees|lasciate|gelegt)\b)",
    ),
    Rule(
        "suicide.r7_soon_no_bother",
        CRISIS,
        SUI,
        # soon I won't bother you any more / nobody will have to put up with me
        r"\bsoon (?:\w+ ){0,2}?(?:nobody|no one) (?:\w+ ){0,3}?(?:put up with|deal with|worry about|"
        r"bother with|look after) me\b|"
        r"\b(?:pronto|ya pronto|dentro de poco) (?:ya )?no (?:los|les|te|lo|la|las) "
        r"(?:voy a |vuelvo a )?(?:molestar|molesto|incomodar)\b|"
        r"\b(?:logo|em breve|daqui a pouco) (?:\w+ )?nao vou (?:mais )?(?:incomodar|atrapalhar)\b|"
        r"\bbientot (?:je )?(?:ne )?(?:vous|te) (?:derangerai|embeterai|ennuierai) plus\b|"
        r"\b(?:tra poco|fra poco|presto) non (?:vi|ti) (?:daro|dar) piu (?:fastidio|problemi)\b|"
        r"\bbald (?:stor|store|nerv|nerve) ich (?:euch|dich|keinen|niemanden) (?:\w+ )?"
        r"(?:nicht )?mehr\b",
        "soon nobody here has to put up with me anymore",
        on_negation=CONCERN,
        requires=_NOT_GAME + _NOT_SEE_YOU,
    ),
    Rule(
        "suicide.r7_goodbye_for_ever",
        CRISIS,
        SUI,
        # goodbye to everyone, for ever
        r"\b(?:bye|goodbye|chau|chao|adios|tchau|adeus|ciao|adieu|salut|tschuss|lebt wohl) "
        r"(?:\w+ ){0,2}?(?:forever|for ever|for good|para siempre|pra sempre|para sempre|"
        r"pour toujours|per sempre|fur immer)\b",
        "chau a todos para siempre",
        on_negation=CONCERN,
        requires=_NOT_GAME + _NOT_SEE_YOU,
    ),
    # ---------------------------------------------------------------- intent
    Rule(
        "suicide.r7_not_the_game_everything",
        CRISIS,
        SUI,
        # done / tired: not with the game, with everything
        r"\b(?:not|no|nao|pas|non|nicht) (?:with|of|from|del|con el|com o|do|du|avec le|del|col|"
        r"con il|dal|vom|mit dem) (?:the )?(?:game|juego|jogo|jeu|gioco|spiel) (?:[,.] )?"
        r"(?:\. )?(?:with|of|de|com|da|avec|di|con|mit|von) (?:all of it|everything|life|todo|la "
        r"vida|vida|tudo|a vida|tout|la vie|vie|tutto|la vita|vita|allem|dem leben|leben)\b",
        "im done. not with the game. with all of it",
        on_negation=CRISIS,
        negatable=False,
        fiction=False,  # the game is named to be set aside
    ),
    Rule(
        "suicide.r7_decided_tonight",
        CRISIS,
        SUI,
        # decided: tonight is the night
        r"\b(?:decided|settled|made up my mind|decidi|decidido|decidida|decide|decidee|deciso|"
        r"decisa|entschieden|beschlossen) (?:[.,] )?(?:\w+ ){0,2}?"
        r"(?:tonight is the night|tonights the night|today is the day|esta noche es la noche|"
        r"hoy es el dia|hoje e o dia|hoje a noite e a noite|cest ce soir|ce soir cest le soir|"
        r"stasera e la sera|oggi e il giorno|heute ist (?:der tag|die nacht))\b",
        "ok i have decided. tonights the night",
        on_negation=CONCERN,
        requires=_NOT_GAME,
    ),
    # ---------------------------------------------------------------- a vehicle
    Rule(
        "suicide.r7_vehicle",
        CRISIS,
        SUI,
        # letting go of the wheel, driving under a lorry or into a wall
        r"\b(?:let|letting) go of the (?:steering )?wheel\b|"
        r"\b(?:drive|driving|drove|swerve|swerving) (?:(?:my |the )?car )?(?:straight )?(?:into|"
        r"under) (?:a |the |an )?(?:lorry|truck|wall|tree|bridge|oncoming)\b|"
        r"\bsoltar el volante\b|\b(?:meterme|tirarme|estrellarme) (?:\w+ ){0,3}?(?:abajo de|debajo "
        r"de|contra) (?:un|el|una|la) (?:camion|muro|pared|arbol|trailer)\b|"
        r"\blargar o volante\b|\b(?:jogar|joguei|jogo) o carro (?:\w+ ){0,2}?(?:contra|no|debaixo "
        r"do|embaixo do) (?:o |um )?(?:caminhao|muro|poste|arvore|carreta)\b|"
        r"\blacher le volant\b|\b(?:foncer|partir|me jeter|me lancer) (?:\w+ ){0,2}?(?:dans|sous|"
        r"contre) (?:le|un|la|une) (?:parapet|mur|camion|arbre|pile)\b|"
        r"\b(?:mollare|lasciare|lasciar andare) il volante\b|\b(?:buttarmi|schiantarmi|finire|"
        r"tirare dritto) (?:\w+ ){0,3}?(?:sotto|contro) (?:il|un|una|la) (?:camion|tir|muro|"
        r"albero|pilone)\b|"
        r"\blenkrad loslassen\b|\b(?:unter|gegen) (?:den|einen|die|eine) (?:lkw|laster|baum|"
        r"mauer|wand|bruckenpfeiler|pfeiler) (?:\w+ )?(?:zu )?(?:fahren|rasen|steuern)\b",
        "i think about letting go of the wheel on the motorway",
        on_negation=CONCERN,
        # thought of, wanted, nearly done or done on purpose: not a game's cart or an alignment
        requires=_NOT_GAME
        + r"(?!.*\bcart\b)(?=.*\b(?:think|thinking|thought|imagine|imagining|tempted|want|wanted|"
        r"almost|nearly|on purpose|so easy|so simple|pienso|pense|imagino|quiero|queria|casi|"
        r"a proposito|adrede|quase|penso|pensei|pensando|imaginando|quero|de proposito|me dis|"
        r"pense|failli|envie|veux|voulais|si simple|expres|pensato|voglio|volevo|quasi|apposta|"
        r"manca poco|denk|denke|dachte|will|wollte|fast|absichtlich|einfach)\b)",
    ),
    # ---------------------------------------------------------------- attempts told
    Rule(
        "suicide.r7_rope_on_neck",
        CRISIS,
        SUI,
        # the rope already round the neck
        r"\b(?:rope|noose|cord|belt) (?:\w+ )?(?:round|around|on) my neck\b|"
        r"\b(?:soga|cuerda|lazo) (?:en|al|alrededor del) (?:el )?cuello\b|"
        r"\b(?:corda|laco|forca) (?:no|em volta do|ao redor do) pescoco\b|"
        r"\b(?:corde|noeud) (?:au|autour du) cou\b|\b(?:corda|cappio) (?:al|attorno al) collo\b|"
        r"\b(?:strick|schlinge|seil) (?:\w+ ){0,2}?(?:umgehabt|umgelegt|um den hals|um meinen hals)"
        r"\b",
        "hatte den strick schon umgelegt",
        on_negation=CONCERN,
        requires=_NOT_GAME,
    ),
    Rule(
        "suicide.r7_on_the_parapet",
        CRISIS,
        SUI,
        # climbed onto a bridge's railing or parapet (and was pulled back)
        r"\b(?:climbed|got|stood|standing) (?:up )?(?:on|onto|over) the (?:railing|parapet|ledge) "
        r"of (?:the |a )?(?:bridge|flyover|overpass)\b|"
        r"\b(?:me subi|subi|me trepe|estaba) (?:a|en|sobre) la (?:baranda|barandilla|cornisa|reja) "
        r"del (?:puente|viaducto)\b|"
        r"\bsubi (?:no|na) (?:parapeito|grade|mureta|beirada) (?:da|do) (?:ponte|viaduto)\b|"
        r"\b(?:suis monte|suis montee|etais) sur (?:la rambarde|le parapet|la barriere) du "
        r"(?:pont|viaduc)\b|"
        r"\b(?:sono salit[oa]|ero) sul (?:parapetto|cornicione|bordo) del (?:ponte|viadotto)\b|"
        r"\b(?:auf|uber) (?:dem|das) (?:gelander|bruckengelander) (?:von der |der )?(?:brucke)?",
        "me subi a la baranda del puente y alguien me bajo",
        on_negation=CONCERN,
        requires=_NOT_GAME
        + r"(?=.*\b(?:pulled|stopped|grabbed|bajo|agarro|puxou|segurou|tire|tiree|rattrape|"
        r"tirat[oa]|fermat[oa]|runtergezogen|festgehalten|zuruckgezogen|"
        r"gestern|yesterday|ayer|ontem|hier|ieri|last night|anoche|stanotte|schon|already|ya|ja|"
        r"deja|gia)\b)",
    ),
    # ---------------------------------------------------------------- into the water
    Rule(
        "suicide.r7_into_the_water",
        CRISIS,
        SUI,
        # walk into the sea and not come back, in the five languages besides English
        r"\b(?:meterme|meto|entrar|entro|caminar|camino|adentrarme|ir|voy) (?:\w+ ){0,2}?"
        r"(?:en el|al|en la|hacia el|hacia la) (?:mar|agua|rio|lago|olas) (?:\S+ ){0,4}?"
        r"(?:no volver|sin volver|seguir hasta (?:que|no)|sigo hasta (?:que|no))\b|"
        r"\b(?:entrar|entro|andar|ando|caminhar|caminho|ir|vou) (?:\w+ ){0,2}?(?:no|na|para o|pro)"
        r" (?:mar|agua|rio|lagoa|ondas) (?:\S+ ){0,4}?(?:nao voltar|sem voltar|nunca mais voltar|"
        r"continuar ate (?:nao|afundar))\b|"
        r"\b(?:entrer|marcher|avancer|aller) (?:\w+ ){0,2}?dans (?:la mer|l eau|la riviere|le lac|"
        r"les vagues) (?:\S+ ){0,4}?(?:sans revenir|ne (?:pas|plus|jamais) revenir|"
        r"continuer jusqu a (?:ne|couler|disparaitre))\b|"
        r"\b(?:entrare|entro|camminare|cammino|andare|vado) (?:\w+ ){0,2}?(?:in|nel|nella|dentro "
        r"il) (?:mare|acqua|fiume|lago|onde) (?:\S+ ){0,4}?(?:non (?:torno|tornare|tornero)|"
        r"senza tornare|andare avanti finche|finche non)\b|"
        r"\b(?:ins|in den|in die) (?:meer|wasser|see|fluss|wellen) (?:\S+ ){0,4}?(?:(?:komm|komme)"
        r" (?:\w+ )?nicht (?:mehr )?zuruck|nicht mehr zuruck\w*|bis ich (?:nicht mehr|untergeh))\b",
        "voy a meterme al mar y no volver",
        on_negation=CONCERN,
        requires=_NOT_GAME,
    ),
    # ---------------------------------------------------------------- places, now
    Rule(
        "suicide.r7_ledge_high_up",
        CRISIS,
        SUI,
        # sitting on the window ledge, high up
        r"\b(?:sitting|sat|standing|stood|sentad[oa]|sentad[oa]|sentei|assis|assise|seduto|"
        r"seduta|sitze|stehe) (?:\w+ ){0,3}?(?:sill|ledge|windowsill|alfeizar|cornisa|borde de la "
        r"ventana|parapeito|beiral|rebord|bord de la fenetre|davanzale|cornicione|fensterbrett|"
        r"sims)\b",
        "sitting on the window sill, its the 9th floor",
        on_negation=CONCERN,
        requires=_NOT_GAME
        + r"(?=.*\b(?:\d+(?:st|nd|rd|th|o|a|e|eme|er)?|floor|storey|piso|andar|etage|piano|stock)"
        r"\b)(?=.*\b(?:floor|storey|storeys|piso|andar|etage|piano|stock|stockwerk|legs over|"
        r"high|alto|haut|hoch)\b)",
    ),
    Rule(
        "suicide.r7_by_the_tracks",
        CRISIS,
        SUI,
        # at the tracks, with the next train's time
        r"\b(?:at|on|by|beside|near) the (?:tracks|railway line|rails|train tracks)\b",
        "at the tracks near my house, theres a train every 20 mins",
        on_negation=CONCERN,
        requires=_NOT_GAME
        + r"(?=.*\b(?:train|trains) (?:every|is in|in \d+|comes|due)\b|.*\bnext train\b)"
        r"(?!.*\b(?:wait for the train|catch|board|platform|ticket|station)\b)",
    ),
    # ---------------------------------------------------------------- more self-harm told
    Rule(
        "self_harm.r7_covered_in_cuts",
        CRISIS,
        SH,
        # an arm covered in new marks; thighs full of cuts
        r"\b" + _BODY + r" (?:is |are )?(?:covered|full) (?:in|of|with) (?:new |fresh |deep )?"
        r"(?:marks|cuts|scratches|burns)\b|"
        r"\b(?:cuts|marks|burns) on my " + _BODY + r" (?:\w+ ){0,2}?(?:still )?bleeding\b|"
        r"\b" + _BODY + r" (?:(?:son|estan|esta|sao|estao|ta|sont|est|sono|e) )?"
        r"(?:llen[oa]s?|chei[oa]s?|pien[oa]|pien[ei]|couverte?s?|plein(?:e|es|s)?)"
        r" (?:de |di )?(?:cortes|tagli|coupures|marques|cicatrices|queimaduras|quemaduras|"
        r"bruciature|brulures)\b|"
        r"\b" + _BODY + r" (?:ist |sind )?voller (?:schnitte|ritzer|narben|wunden)\b",
        "my arm is covered in new marks from this week",
        on_negation=CONCERN,
        requires=_NOT_GAME
        + r"(?!.*\b(?:cat|cats|dog|kitten|puppy|bramble\w*|thorn\w*|nettle\w*|mosquito\w*|"
        r"garden\w*|gato|gata|perro|gatito|espinas|mosquitos|jardin|cachorro|jardim|chat|chaton|"
        r"chien|ronces|epines|moustiques|gatto|gattino|cane|rovi|spine|zanzare|giardino|katze|"
        r"hund|dornen|brombeer\w*|mucken|garten|sport|football|futbol|rugby|training)\b)",
    ),
    Rule(
        "self_harm.r7_deeper_than_usual",
        CRISIS,
        SH,
        # went deeper than usual (with plasters, blood or a blade in the message)
        r"\b(?:went|cut|go|going) (?:\w+ )?deeper than (?:usual|before|last time|ever|normal)\b|"
        r"\bmas (?:hondo|profundo) que (?:de costumbre|nunca|la ultima vez|lo normal|otras veces)\b|"
        r"\bmais fundo (?:do )?que (?:o normal|nunca|da ultima vez|de costume|das outras vezes)\b|"
        r"\bplus profond (?:que (?:d habitude|dhab|dhabitude|la derniere fois|jamais|dhab))\b|"
        r"\bpiu (?:profondo|a fondo) (?:del solito|dell ultima volta|che mai|di sempre)\b|"
        r"\btiefer als (?:sonst|je|normal|beim letzten mal|letztes mal)\b",
        "went deeper than usual last night, used the whole box of plasters",
        on_negation=CONCERN,
        requires=_NOT_GAME
        + r"(?=.*\b(?:plasters|plaster|bandage\w*|bleed\w*|blood|cut|cuts|blade|razor|"
        r"curitas|venda\w*|sangr\w*|cortes?|cuchilla|band aid|curativos?|lamina|gilete|"
        r"pansements?|saign\w*|coupures?|lame|cerotti|bend\w*|sangu\w*|tagli\w*|lametta|"
        r"pflaster|verband|blut\w*|schnitt\w*|klinge|geritzt|ritzen)\b)",
    ),
    Rule(
        "self_harm.r7_blade_here_doing_it",
        CRISIS,
        SH,
        # the blade is right here and I'm going to do it / staring at it
        r"\b(?:razor|blade|lametta|cuchilla|navaja|lamina|gilete|lame|rasoir|klinge|rasierklinge)"
        r" (?:\S+ ){0,6}?(?:right here|next to me|beside me|in my hand|aqui|aca|a mi lado|conmigo|"
        r"do meu lado|na minha mao|a cote de moi|dans ma main|accanto a me|in mano|neben mir|"
        r"in der hand)\b",
        "the razor is right here and im going to do it",
        on_negation=CONCERN,
        requires=_NOT_GAME
        + r"(?=.*\b(?:going to do it|gonna do it|staring|stare|voy a hacerlo|lo voy a hacer|"
        r"mirandola|vou fazer|olhando pra ela|je vais le faire|je la regarde|lo faccio|la fisso|"
        r"ich mach es|ich tu es|starre|anstarren)\b)",
    ),
    # ---------------------------------------------------------------- plans
    Rule(
        "suicide.r7_know_where_and_when",
        CRISIS,
        SUI,
        # I know where and I know when
        r"\bi know (?:where|how) (?:[.,] )?(?:and )?(?:i know )?when\b|"
        r"\bse (?:donde|como) (?:[.,] )?(?:y )?(?:se )?cuando\b|"
        r"\bsei (?:onde|como) (?:[.,] )?(?:e )?(?:sei )?quando\b|"
        r"\bje sais (?:ou|comment) (?:[.,] )?(?:et )?(?:je sais )?quand\b|"
        r"\bso (?:dove|come) (?:[.,] )?(?:e )?(?:so )?quando\b|"
        r"\bich wei(?:ss|s) wo (?:[.,] )?(?:und )?(?:ich wei(?:ss|s) )?wann\b",
        "i know where, i know when",
        on_negation=CONCERN,
        requires=_NOT_GAME
        + r"(?!.*\b(?:meet\w*|party|concert|train leaves|bus|quedamos|fiesta|festa|concerto|"
        r"fete|concert|treffen|party|feier|kino|cine|cinema)\b)",
    ),
    Rule(
        "suicide.r7_no_return_ticket",
        CRISIS,
        SUI,
        # to a high or deep place with no return ticket
        r"\b(?:(?:no|without a|did not (?:buy|get) a) return ticket|one way ticket|"
        r"(?:billete|boleto|pasaje) (?:de |solo de )?ida|sin (?:billete|boleto|pasaje) de vuelta|"
        r"(?:passagem|bilhete) (?:so )?de ida|sem (?:passagem|bilhete) de volta|aller simple|"
        r"(?:pas|sans) (?:pris |achete )?(?:de |le )?(?:billet )?retour|solo andata|"
        r"(?:non ho comprato|senza) (?:il )?biglietto di ritorno|nur (?:eine )?hinfahrt|"
        r"kein(?:e|en)? (?:ruckfahr\w*|ruckfahrt))\b",
        "non ho comprato il biglietto di ritorno per la scogliera",
        on_negation=CRISIS,
        negatable=False,
        requires=_NOT_GAME
        + r"(?=.*\b(?:cliff|cliffs|bridge|sea|coast|quarry|acantilado|puente|mar|costa|penhasco|"
        r"ponte|falaise|pont|mer|cote|scogliera|mare|klippe|klippen|brucke|meer|kuste|steilkuste)\b)"
        r"(?!.*\b(?:holiday|holidays|vacation|moving|move|job|vacaciones|mudanza|trabajo|ferias|"
        r"mudanca|emprego|vacances|demenage\w*|travail|vacanze|trasloco|lavoro|urlaub|umzug|job)\b)",
    ),
    Rule(
        "suicide.r7_scouted_the_spot",
        CRISIS,
        SUI,
        # been to the place two or three times to check the spot
        r"\b(?:been|went|was) (?:up )?there (?:\w+ ){0,2}?(?:twice|two times|three times|\d+ times)"
        r" (?:\w+ ){0,2}?(?:to )?(?:check|look at|see) (?:the )?(?:spot|place|drop|height)\b|"
        r"\b(?:fui|estuve|fui la|fui ali) (?:\w+ ){0,3}?(?:ver|mirar|checar|revisar) (?:el |o )?"
        r"(?:lugar|sitio)\b|"
        r"\b(?:suis alle|suis allee|jy suis alle|jy suis allee) (?:\w+ ){0,3}?(?:voir|reperer) "
        r"(?:l endroit|le coin|la hauteur)\b|"
        r"\b(?:sono andat[oa]|ci sono andat[oa]) (?:\w+ ){0,3}?(?:a )?(?:vedere|controllare) "
        r"(?:il posto|l altezza)\b|"
        r"\bwar (?:schon )?(?:zweimal|dreimal|\d+ mal) (?:\w+ ){0,2}?(?:gucken|schauen|nachsehen)\b",
        "ive been there three times to check the spot",
        on_negation=CONCERN,
        requires=_NOT_GAME
        + r"(?=.*\b(?:quarry|bridge|cliff|dam|tracks|roof|represa|presa|puente|acantilado|ponte|"
        r"viaduto|penhasco|barrage|pont|falaise|toit|diga|scogliera|tetto|brucke|stausee|"
        r"staudamm|klippe|dach|talsperre|twice|times|vezes|veces|fois|volte|mal)\b)",
    ),
    Rule(
        "suicide.r7_date_chosen",
        CRISIS,
        SUI,
        # the date is chosen (not a trip's, a party's or an exam's)
        r"\b(?:i (?:have )?(?:chosen|chose|picked|set) the (?:date|day)|"
        r"(?:ya )?(?:elegi|escogi) (?:la fecha|el dia)|"
        r"jai choisi (?:la date|le jour)|ho scelto (?:la data|il giorno)|"
        r"(?:hab|habe) (?:\w+ )?(?:das datum|den tag) (?:\w+ )?(?:gewahlt|ausgesucht|festgelegt))\b",
        "jai choisi la date, le 12",
        on_negation=CONCERN,
        requires=_NOT_GAME
        + r"(?!.*\b(?:wedding|party|trip|holiday|exam|meeting|appointment|birthday|move|boda|fiesta|"
        r"viaje|vacaciones|examen|reunion|cita|cumple\w*|mudanza|casamento|festa|viagem|ferias|"
        r"prova|reuniao|consulta|aniversario|mudanca|mariage|fete|voyage|vacances|exam\w*|rdv|"
        r"rendez vous|anniversaire|demenagement|matrimonio|viaggio|vacanze|esame|riunione|"
        r"appuntamento|compleanno|trasloco|hochzeit|feier|reise|urlaub|prufung|termin|"
        r"geburtstag|umzug|for the|para la|para el|pour la|pour le|per la|per il|fur die|fur den)\b)",
    ),
    Rule(
        "suicide.r7_not_around_after",
        CRISIS,
        SUI,
        # not going to be around after this weekend (its settled)
        r"\b(?:not|never) (?:going to )?be (?:around|here) (?:anymore )?after (?:this|the|next) "
        r"(?:weekend|week|friday|saturday|sunday|month)\b|"
        r"\bno voy a estar (?:mas )?(?:aca |aqui )?despues de (?:este|el) (?:finde|fin de semana|"
        r"viernes|sabado|domingo|mes)\b|"
        r"\bnao vou (?:mais )?estar (?:aqui )?depois (?:desse|deste|do) (?:fim de semana|fds|"
        r"sabado|domingo|mes)\b|"
        r"\b(?:je )?(?:ne )?serai plus (?:la )?apres (?:ce|le) (?:week end|weekend|samedi|"
        r"dimanche|mois)\b|"
        r"\bnon ci saro piu dopo (?:questo|il) (?:weekend|fine settimana|sabato|domenica|mese)\b|"
        r"\bnach (?:dem|diesem) (?:wochenende|samstag|sonntag|monat) bin ich nicht mehr da\b",
        "im not going to be around after this weekend, its settled",
        on_negation=CONCERN,
        negatable=False,
        requires=_NOT_GAME
        + r"(?!.*\b(?:holiday|trip|moving|vacation|visit\w*|travel\w*|vacaciones|viaje|mudanza|"
        r"ferias|viagem|mudanca|vacances|voyage|demenage\w*|vacanze|viaggio|trasloco|urlaub|"
        r"reise|umzug|server|offline)\b)",
    ),
    # ---------------------------------------------------------------- wish to be dead
    Rule(
        "suicide.r7_rather_not_exist",
        CRISIS,
        SUI,
        # I'd rather not be here at all / not exist; hoping the plane goes down
        r"\b(?:rather|prefer to) (?:just )?not (?:be here|exist|be alive)\b|"
        r"\bhope (?:the|my) (?:plane|flight) (?:goes down|crashes|falls)\b|"
        r"\b(?:ojala|espero) (?:que )?(?:el avion|mi avion) se (?:caiga|estrelle)\b|"
        r"\b(?:torco|espero) (?:pra|para) (?:o )?aviao cair\b|\bque o aviao caia\b|"
        r"\bespere? que l avion s ecrase\b|\bspero che l aereo (?:cada|precipiti)\b|"
        r"\bhoffe?,? (?:dass )?das flugzeug sturzt ab\b|\bdass das flugzeug absturzt\b|"
        r"\b(?:ich bin|bin) (?:so )?(?:lebensmude|mude (?:vom|am) leben)\b",
        "id rather just not be here at all anymore",
        on_negation=CONCERN,
        requires=_NOT_GAME,
    ),
    # ---------------------------------------------------------------- a place, now
    Rule(
        "suicide.r7_watching_traffic_below",
        CRISIS,
        SUI,
        # on a footbridge watching the lorries go under, for hours
        r"\bwatching (?:the )?(?:lorries|trucks|cars|traffic|trains) (?:go |pass |going |passing )?"
        r"(?:under|below|underneath) (?:\S+ ){0,6}?(?:been here|for hours|since|all night|"
        r"an hour|hours)\b",
        "on the footbridge watching the lorries go under, been here since 2",
        on_negation=CONCERN,
        requires=_NOT_GAME,
    ),
    # ---------------------------------------------------------------- danger at home, now
    Rule(
        "abuse_or_danger.r7_hiding_from_violence",
        CRISIS,
        ABUSE,
        # hiding or locked in a room while someone drunk or violent is at the door
        r"\b(?:hiding|hidden|locked (?:myself )?in|i am in the (?:bathroom|toilet|closet|wardrobe)|"
        r"lock on|locked the door|escondid[oa]|encerrad[oa]|trancad[oa]|me (?:escondi|encerre|"
        r"tranquei)|cachee?|enfermee?|je me suis (?:cachee?|enfermee?)|nascost[oa]|"
        r"chius[oa] (?:dentro|a chiave)|mi sono (?:nascost[oa]|chius[oa])|versteck\w*|"
        r"eingeschlossen|eingesperrt|abgeschlossen)\b",
        "i am hiding in the bathroom, my dad is drunk and kicking the door",
        on_negation=CONCERN,
        requires=_NOT_GAME
        + r"(?=.*\b(?:drunk|hit|hits|hitting|beat|beating|kick\w*|threw|throwing|break my|"
        r"kill me|hurt me|borracho|pego|pega|golpea\w*|patea\w*|sigo yo|bebado|bateu|bate|chuta\w*|"
        r"espanc\w*|vem me pegar|ivre|bourre|frappe\w*|cogne\w*|tape\w*|coups de pied|"
        r"ubriaco|picchia\w*|calci|tocca a me|betrunken|besoffen|schlagt|geschlagen|tritt|"
        r"treten|pr[uü]gel\w*)\b)"
        r"(?=.*\b(?:door|room|bathroom|closet|wardrobe|puerta|cuarto|habitacion|bano|placard|"
        r"armario|porta|quarto|banheiro|guarda roupa|porte|chambre|salle de bain|toilettes|"
        r"camera|bagno|armadio|tur|zimmer|bad|schrank|klo)\b)",
    ),
    Rule(
        "abuse_or_danger.r7_someone_trying_windows",
        CRISIS,
        ABUSE,
        # someone outside trying the windows or the door, and I'm alone
        r"\b(?:someone|somebody|a man|a guy|alguien|un tipo|alguem|um cara|quelqu un|quelquun|"
        r"un mec|un homme|qualcuno|un uomo|un tizio|jemand|ein mann|ein typ) (?:\S+ ){0,5}?"
        r"(?:trying|tries|prova|provando|intenta|intentando|tenta|tentando|essaie|essaye|versucht|"
        r"ruttelt|rüttelt) (?:\w+ ){0,2}?(?:windows?|door|doors|ventanas?|puertas?|janelas?|"
        r"portas?|fenetres?|portes?|finestre|finestra|fenster|tur|turen)\b",
        "someone in the garden is trying the windows and im home alone",
        on_negation=CONCERN,
        requires=_NOT_GAME
        + r"(?=.*\b(?:alone|on my own|by myself|sol[oa]|sozinh[oa]|seule?|da sol[oa]|allein|"
        r"alleine)\b)",
    ),
    # ---------------------------------------------------------------- poisoning, overdose
    Rule(
        "medical.r7_child_drank_cleaner",
        CRISIS,
        MED,
        # a child drank or swallowed a cleaning product
        r"\b(?:drank|swallowed|drunk|ate|bebio|se tomo|tomo|trago|bebeu|engoliu|tomou|a bu|"
        r"avale|a avale|ha bevuto|ha ingoiato|ha mandato giu) (?:\S+ ){0,6}?(?:bleach|cleaning|"
        r"cleaner|detergent|dishwasher|washing|lavandina|lejia|cloro|detergente|limpieza|"
        r"agua sanitaria|desinfetante|limpeza|javel|menager|detergent|entretien|lessive|"
        r"candeggina|varechina|detersivo|anticalcare|ammoniaca)\b|"
        r"\b(?:putzschrank|putzmittel|reiniger|bleiche|spulmittel|waschmittel|abflussreiniger|"
        r"entkalker) (?:\S+ ){0,3}?(?:getrunken|geschluckt|gegessen|erwischt)\b",
        "my little brother drank something from the cleaning cupboard",
        on_negation=CONCERN,
        requires=_NOT_GAME,
    ),
    Rule(
        "medical.r7_whole_pack_and_symptoms",
        CRISIS,
        MED,
        # a whole pack taken, and now ringing ears, blurred or double vision
        r"\b(?:took|swallowed|emptied|tome|me tome|trague|vacie|tomei|engoli|esvaziei|"
        r"jai pris|pris|avale|jai avale|vide|jai vide|ho preso|preso|ho svuotato|svuotato|"
        r"ho ingoiato|genommen|geschluckt|geleert) (?:\S+ ){0,8}?(?:whole|all|entire|way more|"
        r"toda|todas|todo|todos|entera|entero|mas de lo que|inteira|inteiro|tudo|mais do que|"
        r"toute|tout|toutes|tous|entiere|plus que|tutta|tutto|tutte|tutti|intera|intero|"
        r"flacone|piu di quanto|ganze|ganzen|alle|viel mehr)\b",
        "i took way more than the box says and now my ears are ringing",
        on_negation=CONCERN,
        requires=_NOT_GAME
        + r"(?=.*\b(?:pills|tablets|box|pack|packet|blister|bottle|meds|pastillas|caja|blister|"
        r"frasco|comprimidos|remedios|cartela|caixa|cachets|comprimes|plaquette|boite|flacon|"
        r"medocs|pillole|pastiglie|compresse|scatola|flacone|confezione|tabletten|pillen|"
        r"packung|schachtel|flasche|ibus)\b)"
        r"(?=.*\b(?:ringing|ears|blurry|blurred|double|dizzy|sick|throwing up|vomit\w*|zumbido|"
        r"borros[oa]|doble|mareo|mareado|mareada|embacad[oa]|dobrad[oa]|tontura|enjoo|"
        r"bourdonnements?|flou|double|vertiges?|vomi\w*|nausee|ronzio|fischio|doppio|sfocat[oa]|"
        r"vertigini|nausea|vomit\w*|ohrensausen|ohren|verschwommen|doppelt|schwindel\w*|"
        r"ubel|kotz\w*)\b)",
    ),
    # ---------------------------------------------------------------- concern cells
    Rule(
        "distress.r7_never_better",
        CONCERN,
        DIS,
        # nothing will ever get better; what's the point of trying
        r"\bnothing (?:will|is going to) (?:ever )?(?:get|be) better\b(?! than)|"
        r"\bnada (?:va a )?(?:mejorar|mejora) nunca\b|\bnunca (?:nada )?va a mejorar (?:nada)?\b|"
        r"\bnada (?:nunca )?vai melhorar\b|\brien (?:n )?(?:ira|va) (?:jamais|plus jamais) mieux\b|"
        r"\brien ne (?:s arrangera|va s arranger) jamais\b|\bniente andra mai meglio\b|"
        r"\bnon (?:andra|migliorera) mai (?:niente|nulla|meglio)\b|"
        r"\b(?:nichts|es) wird (?:jemals|je|nie|niemals) (?:wieder )?besser\b|"
        r"\bwhats? the point (?:of|in) (?:even )?trying\b|\b(?:para que|pa que) intentarlo\b|"
        r"\bque sentido tiene intentarlo\b|\b(?:pra que|para que|pq|por que|porque) tentar\b|"
        r"\ba quoi bon essayer\b|\bche senso ha provarci\b|\ba che serve provarci\b|"
        r"\b(?:wozu|warum) (?:es )?(?:noch )?versuchen\b",
        "nothing will ever get better",
        fiction=False,  # _NOT_GAME keeps game talk out; "scene", "lavoro" are no game
        requires=_NOT_GAME,
    ),
    Rule(
        "distress.r7_no_sleep_for_weeks",
        CONCERN,
        DIS,
        # weeks without sleep
        r"\bslept (?:\w+ ){0,2}?(?:\d+|two|three|four|five|six|ten) hours (?:total|in total|all week|"
        r"this week|in (?:a|the) week)\b|"
        r"\bi (?:have |had )?not slept (?:properly )?(?:in|for) (?:days|weeks|a week|a month|months)\b|"
        r"\b(?:hace|desde hace) (?:un mes|semanas|meses|dias) (?:que )?no (?:duermo|pego (?:un )?ojo)\b|"
        r"\b(?:faz|ha) (?:um mes|semanas|meses|dias) que (?:eu )?nao (?:durmo|prego o olho)\b|"
        r"\b(?:ca fait|depuis) (?:des semaines|un mois|deux mois|des mois) (?:que )?je (?:ne )?dors "
        r"(?:pas|plus)\b|"
        r"\b(?:sono settimane|da settimane|da un mese|sono mesi|da mesi) che non (?:dormo|chiudo occhio)\b|"
        r"\bnon chiudo occhio da (?:settimane|giorni|un mese|mesi)\b|"
        r"\bseit (?:wochen|monaten|einem monat|zwei monaten|tagen) (?:\w+ ){0,4}?(?:wach|nicht "
        r"(?:mehr )?geschlafen)\b",
        "think ive slept 10 hours total this week",
        fiction=False,
        requires=_NOT_GAME,
    ),
    Rule(
        "distress.r7_nobody_would_notice",
        CONCERN,
        DIS,
        # if I stopped showing up nobody would notice
        r"\b(?:nobody|no one) would (?:even )?notice\b|\bnadie (?:se )?(?:daria cuenta|notaria)\b|"
        r"\bninguem (?:ia|iria) (?:nem )?(?:perceber|notar)\b|"
        r"\bpersonne (?:ne )?(?:s en rendrait compte|le remarquerait|remarquerait)\b|"
        r"\bnessuno se ne accorgerebbe\b|\b(?:keiner|niemand) wurde (?:es )?(?:\w+ )?merken\b",
        "if i stopped showing up nobody would notice",
        fiction=False,
        requires=_NOT_GAME,
    ),
    Rule(
        "distress.r7_feel_nothing",
        CONCERN,
        DIS,
        # I feel nothing; crying every day
        r"\bi (?:just )?feel nothing\b|\b(?:wish i could|can not|can t) feel anything\b|"
        r"\bya no siento nada\b|\bnao sinto (?:mais )?nada\b|\bje (?:ne )?ressens plus rien\b|"
        r"\bnon sento piu (?:niente|nulla)\b|\bich fuhle (?:gar )?nichts mehr\b|"
        r"\b(?:cried|cry|crying) (?:\w+ ){0,4}?(?:again|every day|every night)\b"
        r"(?=.*\bevery (?:day|night)\b)|"
        r"\b(?:lloro|choro|je pleure|piango|ich weine|heule) (?:\w+ ){0,3}?(?:todos los dias|todas "
        r"las noches|todo dia|toda noite|todos os dias|tous les jours|tous les soirs|ogni giorno|"
        r"ogni sera|jeden tag|jede nacht|jeden abend)\b",
        "i feel nothing. like a switched off tv",
        fiction=False,
        requires=_NOT_GAME
        + r"(?!.*\b(?:for (?:him|her)|por (?:el|ella)|por ele|por ela|pour (?:lui|elle)|"
        r"per (?:lui|lei)|fur (?:ihn|sie)|foot|leg|pie|pe|pied|piede|fuss|anaesthe\w*|anestesia|"
        r"betaubung|onion\w*|cebolla|cebola|oignon\w*|cipoll\w*|zwiebel\w*|movie|film|pelicula)\b)",
    ),
    Rule(
        "distress.r7_money_job_lost",
        CONCERN,
        DIS,
        # lost the job and cannot pay; a debt never to be paid
        r"\b(?:lost my job|got fired|laid off|perdi (?:el|mi) (?:trabajo|laburo|empleo|curro)|"
        r"perdi (?:o|meu) emprego|(?:jai )?perdu mon (?:travail|boulot|emploi|taf)|"
        r"(?:ho )?perso il lavoro|(?:job|arbeit|stelle) verloren) (?:\S+ ){0,8}?(?:pay|afford|pagar|"
        r"payer|pagare|zahlen|bezahlen)\b|"
        r"\b(?:debt|debts) (?:\w+ ){0,3}?(?:never|can not|will not) (?:be able to )?(?:pay|repay)\b|"
        r"\bdeuda(?:s)? que (?:\w+ ){0,2}?(?:nunca|no) (?:voy a poder|podre|puedo) pagar\b|"
        r"\bdivida(?:s)? que (?:eu )?(?:nunca|nao) vou conseguir pagar\b|"
        r"\bdettes? que je (?:ne )?pourrai (?:jamais|pas) (?:rembourser|payer)\b|"
        r"\bdebit[oi] che non (?:riusciro|potro) mai (?:a )?(?:pagare|ripagare|restituire)\b|"
        r"\bschulden,? die ich (?:\w+ )?nie (?:zuruck)?(?:zahlen|bezahlen)\b",
        "lost my job today, no idea how ill pay rent",
        fiction=False,
        requires=_NOT_GAME,
    ),
    Rule(
        "distress.r7_relive_it_nightly",
        CONCERN,
        DIS,
        # reliving it every night, waking up screaming
        r"\bwake (?:up )?screaming\b|\bwaking up screaming\b|\brelive (?:it|the (?:scene|accident|"
        r"attack|crash)) every night\b|\bme despierto gritando\b|\brevivo (?:la escena|el accidente|"
        r"todo) (?:cada|todas las) noche\w*\b|\bacordo gritando\b|\brevivo (?:a cena|tudo|o "
        r"acidente)\b|\bje me reveille en (?:hurlant|criant)\b|\bje revis la scene\b|"
        r"\bmi sveglio (?:urlando|gridando)\b|\brivivo la scena\b|\bwache (?:\w+ )?schreiend auf\b|"
        r"\bschreiend aufwachen\b|\bwache? (?:\w+ ){0,3}?schreiend auf\b|\berlebe (?:die szene|es|alles) (?:\w+ ){0,2}?wieder\b",
        "i relive the scene every night and wake up screaming",
        fiction=False,
        requires=_NOT_GAME,
    ),
    Rule(
        "distress.r7_losing_grip",
        CONCERN,
        DIS,
        # going mad; nothing feels real
        r"\bnothing (?:feels|seems) real\b|\bnada (?:me )?parece real\b|"
        r"\brien ne (?:me )?semble (?:reel|vrai)\b|\bniente (?:mi )?sembra (?:vero|reale)\b|"
        r"\bnichts fuhlt sich (?:\w+ )?(?:echt|real) an\b|\bmi sembra di impazzire\b|"
        r"\bsto impazzendo\b|\bme estoy volviendo loc[oa]\b|\b(?:to|estou) ficando louc[oa]\b|"
        r"\bj ai l impression de devenir (?:fou|folle)\b|\bjai l impression de devenir (?:fou|folle)"
        r"\b|\bich werde? (?:noch )?verruckt\b",
        "mi sembra di impazzire, niente sembra vero",
        fiction=False,
        requires=_NOT_GAME
        + r"(?!.*\b(?:puzzle|rompecabezas|quebra cabeca|casse tete|rompicapo|ratsel|song|cancion|"
        r"musica|chanson|canzone|lied)\b)",
    ),
    Rule(
        "distress.r7_terrified_of_operation",
        CONCERN,
        DIS,
        # terrified of an operation
        r"\b(?:terrified|scared to death|petrified) (?:of|about) (?:the|my) (?:operation|surgery)\b|"
        r"\b(?:terror|panico|pavor) (?:a|de|da|do) (?:la )?(?:operacion|cirugia|cirurgia|operacao)\b|"
        r"\bterrifiee? par (?:l operation|la chirurgie)\b|\b(?:terrore|panico) (?:dell|della) "
        r"(?:operazione|intervento)\b|\b(?:panische )?angst vor der (?:op|operation)\b",
        "ho il terrore dell'operazione di venerdi",
        fiction=False,
        requires=_NOT_GAME,
    ),
    Rule(
        "distress.r7_skipped_meals_on_purpose",
        CONCERN,
        DIS,
        # meals skipped on purpose, days without eating
        r"\bskipped (?:\w+ ){0,2}?(?:dinner|lunch|breakfast|meals|a meal) (?:again )?on purpose\b|"
        r"\b(?:me salte|salte|me saltee) (?:\w+ ){0,2}?(?:la cena|el almuerzo|las comidas|la comida) "
        r"(?:otra vez )?a proposito\b|\bpulei (?:\w+ ){0,2}?(?:a janta|o almoco|as refeicoes|"
        r"refeicao) (?:de novo )?de proposito\b|\b(?:saute|sauter) (?:\w+ ){0,2}?(?:le diner|le "
        r"repas|les repas|le dejeuner) (?:encore )?(?:expres|volontairement)\b|\bsaltato "
        r"(?:\w+ ){0,2}?(?:la cena|il pranzo|i pasti) (?:di nuovo )?apposta\b|"
        r"\b(?:absichtlich|extra) (?:\w+ ){0,2}?(?:nichts gegessen|nicht gegessen|ausgelassen)\b",
        "skipped dinner again on purpose, feel lighter",
        fiction=False,
        requires=_NOT_GAME,
    ),
)
