"""Self-harm, medical, danger and concern rules added after blind set 3 (round 4), six languages.

Constructions, not sentences: fresh cuts counted on a body part, a tool used on one's own skin,
hitting oneself until it bleeds, a whole box of a medicine taken, bleeding that will not stop,
someone unresponsive on the floor, a child who bit into a household product, someone trying the
door at night, being grabbed by the throat, waiting for a person with a weapon; and the concern
cells blind set 3 missed (a gun at home, a past attempt, a sound that brings a trauma back,
someone else cutting, fear of an operation).

The names this module defines, and how they are merged into the screen, are described in
``tta_server.safety.lang``. Rule ids carry ``_r4_``.
"""

from __future__ import annotations

from tta_server.safety.lang.r4_suicide import _NOT_GAME, _u
from tta_server.safety.lexicon import ABUSE, CONCERN, CRISIS, DIS, HARM, MED, SH, SUI, Rule

_BODY = (
    r"(?:thigh|thighs|arm|arms|wrist|wrists|forearm|leg|legs|stomach|belly|hip|hips|skin|"
    r"muslo|muslos|brazo|brazos|muneca|munecas|pierna|piernas|barriga|tripa|piel|coxa|coxas|"
    r"braco|bracos|pulso|pulsos|perna|pernas|pele|cuisse|cuisses|bras|poignet|poignets|"
    r"jambe|jambes|ventre|peau|avant bras|coscia|cosce|braccio|braccia|polso|polsi|gamba|"
    r"gambe|pancia|pelle|oberschenkel|schenkel|arm|arme|handgelenk|handgelenke|unterarm|"
    r"bein|beine|bauch|haut|hufte|huefte)"
)
_CUTS = (
    r"(?:lines|cuts|marks|slashes|scratches|cortes|cortadas|rayas|lineas|tajos|riscos|"
    r"golpes|traits|coupures|entailles|marques|tagli|segni|righe|schnitte|striche|ritzer|"
    r"narben)"
)
_COUNT = (
    r"(?:\d+|two|three|four|five|six|new|fresh|more|another|dos|tres|cuatro|cinco|nuevos|mas|"
    r"otros|dois|duas|tres|quatro|cinco|novos|mais|outros|deux|trois|quatre|cinq|nouvelles|"
    r"nouveaux|autres|encore|due|tre|quattro|cinque|nuovi|altri|zwei|drei|vier|funf|neue|"
    r"noch)"
)
_NOT_ANIMAL = (
    r"^(?!.*\b(?:cat|kitten|dog|puppy|bramble|thorn|tattoo|marker|pen|gato|perro|gata|"
    r"tatuaje|boligrafo|cao|gatinho|caneta|chat|chaton|chien|stylo|feutre|gatto|cane|penna|"
    r"tatuaggio|katze|hund|kuli|stift|tattoo|rose|rosal|roseira|rosier|rosa|rosen|tennis|"
    r"football|futbol|futebol|garden\w*|jardin\w*|giardin\w*|garten\w*|surgery|operation|"
    r"operacion|cirurgia|operation|operazione)\b)"
)
_TOOL = (
    r"(?:blade|razor|knife|scissors|compass|glass|lighter|cigarette|sharpener|cuchilla|navaja|"
    r"gillette|tijeras|compas|vidrio|mechero|encendedor|cigarro|lamina|gilete|tesoura|"
    r"isqueiro|cigarro|vidro|lame|rasoir|cutter|ciseaux|compas|verre|briquet|cigarette|clope|"
    r"lametta|rasoio|taglierino|forbici|vetro|accendino|sigaretta|klinge|rasierklinge|"
    r"messer|schere|zirkel|scherbe|feuerzeug|zigarette|hammer|martillo|martelo|marteau|"
    r"martello)"
)
_UNTIL_BLEED = (
    r"(?:until it bled|until it bleeds|until i bled|till it bled|hasta sangrar|hasta que "
    r"sangr\w*|ate sangrar|ate (?:que )?(?:comecar|comecou) a sangrar|jusqu au sang|jusqua "
    r"saigner|jusqu a saigner|fino a sanguinare|fino al sangue|bis es blutet\w*|bis es "
    r"geblutet hat|bis (?:ich|es) blut\w*)"
)
_PERSON = (
    r"(?:mum|mom|mam|mother|dad|father|nan|gran|grandma|grandad|grandpa|brother|sister|"
    r"friend|mate|flatmate|roommate|wife|husband|partner|boyfriend|girlfriend|son|daughter|"
    r"she|he|mama|madre|papa|padre|abuela|abuelo|hermano|hermana|amig[oa]|novi[oa]|hij[oa]|"
    r"mae|pai|avo|irmao|irma|namorad[oa]|filh[oa]|maman|mere|pere|mamie|papi|frere|soeur|"
    r"copain|copine|fils|fille|il|elle|mamma|madre|babbo|padre|nonna|nonno|fratello|sorella|"
    r"figli[oa]|lui|lei|mutter|mama|vater|papa|oma|opa|bruder|schwester|freund\w*|sohn|"
    r"tochter|er|sie)"
)
_UNRESPONSIVE = (
    r"(?:is not answering|is not responding|isnt answering|not answering|not responding|"
    r"is not waking up|not waking up|will not wake up|can not wake (?:her|him|them)|no "
    r"responde|no reacciona|no se despierta|nao responde|nao reage|nao acorda|repond plus|"
    r"repond pas|reagit plus|reagit pas|se reveille pas|non risponde|non reagisce|non si "
    r"sveglia|antwortet nicht|antwortet nich|reagiert nicht|reagiert nich|wacht nicht auf|"
    r"wird nicht wach)"
)
_ON_FLOOR = (
    r"(?:on the floor|on the ground|collapsed|passed out|unconscious|en el suelo|tirad[oa]|"
    r"inconsciente|desmayad[oa]|no chao|caid[oa]|desmaiad[oa]|par terre|au sol|inconsciente?|"
    r"evanoui\w*|a terra|per terra|svenut[oa]|priva di sensi|am boden|auf dem boden|"
    r"bewusstlos|umgekippt|zusammengebrochen)"
)
_CHILD = (
    r"(?:son|daughter|baby|toddler|little one|kid|child|boy|girl|hijo|hija|bebe|nene|nena|"
    r"nino|nina|peque|filho|filha|bebe|menino|menina|pequeno|fils|fille|petit|petite|bebe|"
    r"enfant|figlio|figlia|bimbo|bimba|bambino|bambina|piccolo|piccola|kleiner|kleine|sohn|"
    r"tochter|baby|kind)"
)
_HOUSEHOLD = (
    r"(?:dishwasher (?:tablet|tab|pod)s?|washing (?:tablet|pod|capsule)s?|laundry pods?|"
    r"button batter(?:y|ies)|batter(?:y|ies)|magnets?|pastilla del lavavajillas|pastilla de "
    r"lavavajillas|capsula de detergente|pila|pilas|iman|imanes|pastilha da maquina|pastilha "
    r"de maquina|capsula de detergente|pilha|pilhas|ima|pastille de lave vaisselle|pastille "
    r"lave vaisselle|capsule de lessive|pile|piles|aimant|aimants|pastiglia della "
    r"lavastoviglie|pastiglia per lavastoviglie|capsula del detersivo|pila|pile|batteria|"
    r"batterie|calamita|calamite|spulmaschinentab\w*|spuelmaschinentab\w*|waschmittel\w*|"
    r"knopfzelle\w*|batterie|magnet\w*)"
)
_BIT = (
    r"(?:bit|bitten|chewed|swallowed|ate|licked|mordio|masco|mastico|se trago|trago|comio|"
    r"mordeu|mastigou|engoliu|comeu|lambeu|mordu|machouille|mache|avale|mange|leche|morso|"
    r"masticato|ingoiato|mangiato|leccato|gekaut|rumgekaut|zerbissen|geschluckt|verschluckt|"
    r"gegessen|abgebissen|angebissen)"
)
_DOOR = (
    r"(?:door|doors|front door|back door|door handle|handle|lock|window|puerta|pomo|"
    r"cerradura|manija|ventana|porta|macaneta|fechadura|janela|porte|poignee|serrure|"
    r"fenetre|porta|maniglia|serratura|finestra|tur|tuer|turklinke|tuerklinke|wohnungstur|"
    r"wohnungstuer|haustur|haustuer|schloss|fenster)"
)
_TRYING_DOOR = (
    r"(?:trying (?:to open |to get in |to force )?(?:my|the)|rattling (?:my|the)|"
    r"turning (?:my|the)|forcing (?:my|the)|banging on (?:my|the)|kicking (?:my|the)|"
    r"intentando abrir (?:mi|la)|tratando de abrir (?:mi|la)|forzando (?:mi|la)|girando "
    r"(?:el|mi)|a tentar abrir a|tentando abrir a|a forcar a|forcando a|a rodar a|girando a|"
    r"essaie d ouvrir|essaye d ouvrir|essaie douvrir|essaye douvrir|tourne la|secoue la|force "
    r"la|forcer la|cercando di aprire|cerca di aprire|sta forzando|forza la|sta girando la|"
    r"gira la|ruttelt an|rüttelt an|versucht (?:meine|die) (?:\w+ )?(?:aufzumachen|"
    r"aufzubrechen|zu offnen|zu oeffnen)|macht sich an)"
)
_STRANGLE = (
    r"(?:grabbed me by the (?:throat|neck)(?! of)|had me by the (?:throat|neck)(?! of)|choked me|choking me|"
    r"strangled me|strangling me|hands (?:round|around) my (?:neck|throat)|me agarro del "
    r"cuello|me agarro por el cuello|me cogio del cuello|me apreto el cuello|me estrangulo|"
    r"me ahorco|agarrou me pelo pescoco|me agarrou pelo pescoco|apertou me o pescoco|me "
    r"esganou|esganou me|me estrangulou|estrangulou me|ma attrapee? par le cou|ma pris(?:e)? "
    r"par le cou|ma serre(?:e)? le cou|ma etranglee?|mi ha preso per il collo|mi ha "
    r"afferrat[oa] per il collo|mi ha stretto il collo|mi ha strangolat[oa]|hat mich am hals "
    r"gepackt|hat mich an der kehle gepackt|hat mich gewurgt|hat mich gewuergt|wurgt mich|"
    r"wuergt mich)"
)
_WEAPON_WITH = (
    r"(?:with a bat|with a knife|with my knife|with the bat|with a hammer|con un bate|con el "
    r"bate|con un cuchillo|con la navaja|com um taco|com uma faca|com a faca|avec une batte|"
    r"avec un couteau|avec la batte|con la mazza|con una mazza|con il coltello|con un "
    r"coltello|messer dabei|baseballschlager dabei|baseballschlaeger dabei|schlagring dabei|"
    r"knarre dabei|mit (?:dem|nem|einem) (?:messer|baseballschlager|baseballschlaeger|"
    r"schlagring))"
)
_WAITING = (
    r"(?:waiting (?:outside|for him|for her|by his|by her|at his|at her)|wait outside|"
    r"esperando (?:afuera|fuera|a que salga|en la puerta)|lo estoy esperando|la estoy "
    r"esperando|a espera dele|a espera dela|esperando ele|esperando ela|je l attends|jattends "
    r"devant|lo sto aspettando|la sto aspettando|aspetto sotto casa|wart vor|warte vor|ich wart|"
    r"ich warte auf ihn|ich warte auf den)"
)

#: Waiting for a person ("wait for him after his shift"): a weapon or "not joking" must be near.
_LYING_IN_WAIT = (
    r"(?:wait(?:ing)? for (?:him|her|them)|be waiting (?:for (?:him|her) )?with|going round "
    r"(?:there|to his|to her)|i know where (?:he|she) (?:lives|parks|works)|(?:lo|la) (?:voy a )?"
    r"esper(?:o|ar)|voy a esperarl[oa]|(?:vou )?esperar por (?:ele|ela)|l attendre|je l attends|"
    r"(?:lo|la) aspetto|aspettarl[oa]|pass (?:ihn|sie) (?:\w+ ){0,4}?ab|abpassen|warte (?:\w+ )?"
    r"auf (?:ihn|sie))"
)
#: Paying someone back ("make him pay"): "for real" is enough.
_PAYBACK = (
    r"(?:make (?:him|her|them) pay|hacerselo pagar|hacersela pagar|hacer que (?:lo|la) pague|"
    r"fazer (?:o|a) pagar|faze lo pagar|(?:le|la) faire payer|fargliela pagare|fargli pagare|"
    r"heimzahlen)"
)
_WEAPON_NEAR = _u(
    r"(?:knife|kitchen knife|bat|gun|hammer|machete|cuchillo|navaja|bate|pistola|faca|taco|"
    r"arma|couteau|batte|flingue|coltello|mazza|messer|baseballschläger|knarre|waffe|not "
    r"joking|no es broma|nao estou a brincar|je rigole pas|non scherzo|kein witz|im ernst)"
)
_SERIOUS = (
    _WEAPON_NEAR[:-1]
    + r"|for real|en serio|a serio|de verdade|pour de vrai|sul serio|davvero|ernsthaft|tonight|"
    r"esta noche|hoje a noite|ce soir|stasera|heute nacht)"
)

RULES: tuple[Rule, ...] = (
    # ------------------------------------------------------------ self.act
    Rule(
        "self_harm.r4_cuts_counted",
        CRISIS,
        SH,
        r"\b" + _COUNT + r" (?:\w+ )?" + _CUTS + r"\b(?: \S+){0,3}? (?:on|across|into|down|in|"
        r"en|na|no|nos|nas|sur|sul|sulla|sulle|am|an|auf) (?:my |the |mi |el |la |a |o |ma |mon "
        r"|mes |la |il |mio |mia |meinem |meiner |dem |der )?" + _BODY + r"\b",
        "3 lines on my thigh",
        requires=_NOT_ANIMAL + r"(?!.*\b(?:game|juego|jogo|jeu|gioco|spiel|character|"
        r"personaje|personagem|personnage|personaggio|figur)\b)",
    ),
    Rule(
        "self_harm.r4_tool_on_skin",
        CRISIS,
        SH,
        r"\b(?:used|took|put|dragged|ran|pressed) (?:the |a |my )?(?:\w+ ){0,5}?"
        + _TOOL
        + r"\b(?: \S+){0,6}? (?:on|to|across|into|against) my "
        + _BODY
        + r"\b",
        "i used the blade out of my pencil sharpener on my arm again",
        requires=_NOT_ANIMAL,
    ),
    Rule(
        "self_harm.r4_burned_with_tool",
        CRISIS,
        SH,
        r"\b(?:me queme|me he quemado|queimei|me queimei|me suis brulee?|me brule|me bruler|mi "
        r"sono bruciat[oa]|mi brucio|burned my|burnt my|hab mir|habe mir) (?:\S+ ){0,4}?"
        r"(?:" + _BODY + r"\b)?(?:\S+ ){0,4}?(?:con el|con la|con un|com o|com a|com um|au|a la|"
        r"avec (?:le|la|un|une|mon|ma)|con l|con il|con la|with (?:a|the|my)|mit (?:dem|der|"
        r"nem|einem)) ?(?:mechero|encendedor|cigarro|isqueiro|cigarro|briquet|cigarette|clope|"
        r"accendino|sigaretta|lighter|cigarette|feuerzeug|zigarette)\b",
        "jviens de me bruler le poignet au briquet",
        requires=r"^(?!.*\b(?:en allumant|sin querer|sem querer|sans faire expres|per sbaglio|"
        r"aus versehen|by accident|accidentally|vela|velas|bougies?|candela|candele|kerzen?|"
        r"candles?|cocina\w*|cozinh\w*|cuisin\w*|cucin\w*|koch\w*|cooking)\b)(?=.*\b(?:"
        + _BODY
        + r"|a proposito|de proposito|expres|apposta|absichtlich|on purpose|again|otra vez|"
        r"de novo|encore|di nuovo|wieder|pk|pourquoi|sais meme pas|no se por que)\b)",
    ),
    Rule(
        "self_harm.r4_hit_until_bleeding",
        CRISIS,
        SH,
        r"\b(?:myself|my head|my face|my hand|me golpee|me pegue|golpee mi|me bati|bati com a|"
        r"me frappe|me suis frappee?|me suis cognee?|mi sono colpit[oa]|mi sono picchiat[oa]|"
        r"ho sbattuto la testa|selber|selbst|mir selbst|mich selbst)\b(?: \S+){0,8}? "
        + _UNTIL_BLEED
        + r"\b",
        "hab mir grad selber mit dem hammer auf die hand gehaun bis es blutet",
        requires=_NOT_GAME,
    ),
    Rule(
        "self_harm.r4_scarified_again",
        CRISIS,
        SH,
        r"\b(?:encore|re|de nouveau) ?scarifiee?s?\b|\bscarifiee?s? (?:\S+ ){0,3}?(?:hier|ce "
        r"soir|cette nuit|ce matin|tout a l ?heure|plus profond)\b",
        "encore scarifiee hier soir , plus profond",
        requires=_NOT_GAME,
    ),
    # ------------------------------------------------------------ med.overdose
    Rule(
        "medical_emergency.r4_whole_box",
        CRISIS,
        MED,
        r"\b(?:took|taken|swallowed|had|downed|me tome|me he tomado|tome|trague|tomei|engoli|"
        r"jai pris|jai avale|pris|avale|ho preso|ho ingoiato|preso|hab|habe|genommen|"
        r"geschluckt)\b(?: \S+){0,6}? (?:the whole|a whole|an entire|the entire|whole|la caja "
        r"entera|toda la caja|el bote entero|todo el blister|a caixa toda|toda a caixa|a "
        r"embalagem toda|toute la boite|la boite entiere|toute la plaquette|tutta la scatola|"
        r"la scatola intera|tutta la confezione|tutto il blister|die ganze packung|ne ganze "
        r"packung|die ganze schachtel|alle tabletten) ?(?:box|packet|pack|bottle|strip|blister|"
        r"tub|jar)?\b",
        "i took my diazapam , the whole box , like 20",
        requires=_NOT_GAME + r"(?!.*\b(?:cereal|chocolates?|biscuits?|cookies|sweets|crisps|"
        r"galletas|bombones|chocolate|bolachas|chocolats|gateaux|biscotti|cioccolatini|kekse|"
        r"pralinen|schokolade|pizza|cake|tarta|bolo|gateau|torta|kuchen)\b)(?=.*\b(?:pills|"
        r"tablets|meds|\w+pam|\w+lam|pastillas|comprimidos|cachets|comprimes|medocs|pastiglie|"
        r"compresse|tabletten|pillen|paracetamol|ibuprofen\w*|dizzy|spinning|numb|mareo|tonta|"
        r"tonto|flou|gira|schwindlig|sideways|feel my)\b)",
    ),
    # ------------------------------------------------------------ med.emergency
    Rule(
        "medical_emergency.r4_wont_stop_bleeding",
        CRISIS,
        MED,
        r"\b(?:will not|does not|can not|is not going to|still will not|still) stop bleeding\b"
        r"|\b(?:no para|no deja) de sangrar\b|\bnao (?:para|deixa) de sangrar\b|\b(?:arrete|"
        r"sarrete) (?:pas|plus) de saigner\b|\bnon (?:smette|si ferma|finisce) di sanguinare\b"
        + _u(r"|\b(?:hort|hört) (?:nicht|nich) auf zu bluten\b"),
        "the cut will not stop bleeding , been 20 mins",
        requires=_NOT_GAME
        + r"(?!.*\b(?:nose|nariz|nez|naso|nase|period|regla|paper cut|papercut|just a|only a|"
        r"solo un|so um|juste une|solo un|nur ein)\b)",
    ),
    Rule(
        "medical_emergency.r4_unresponsive_floor",
        CRISIS,
        MED,
        r"\b"
        + _PERSON
        + r"\b(?: \S+){0,3}? "
        + _UNRESPONSIVE
        + r"\b(?: \S+){0,8}? "
        + _ON_FLOOR
        + r"\b|\b"
        + _ON_FLOOR
        + r"\b(?: \S+){0,8}? "
        + _UNRESPONSIVE
        + r"\b",
        "maman repond plus elle est par terre",
        requires=_NOT_GAME
        + r"(?!.*\b(?:phone|calls?|texts?|messages?|telefono|movil|telefone|telemovel|"
        r"telephone|portable|cellulare|handy|yoga|stretch\w*|playing|jugando|lego|puzzle|"
        r"probably|seguramente|provavelmente|surement|probabilmente|wahrscheinlich)\b)",
    ),
    Rule(
        "medical_emergency.r4_took_not_waking",
        CRISIS,
        MED,
        r"\b(?:took|had|swallowed|drank|tomo|tomou|a pris|ha preso|hat)\b(?: \S+){0,10}? "
        r"(?:is not waking up|not waking up|will not wake up|is not responding|not responding|"
        r"is not breathing|no se despierta|no responde|nao acorda|nao responde|se reveille pas|"
        r"repond pas|non si sveglia|non risponde|wacht nicht auf|reagiert nicht)\b",
        "my friend took pills at the party and she is not waking up",
        requires=_NOT_GAME,
    ),
    Rule(
        "medical_emergency.r4_child_household",
        CRISIS,
        MED,
        r"\b" + _CHILD + r"\b(?: \S+){0,5}? " + _BIT + r"\b(?: \S+){0,4}? " + _HOUSEHOLD + r"\b"
        r"|\b"
        + _CHILD
        + r"\b(?: \S+){0,5}? (?:an|on|a|en|em|de) (?:\S+ ){0,2}?"
        + _HOUSEHOLD
        + r"\b(?: \S+){0,2}? "
        + _BIT
        + r"\b",
        "mein kleiner hat an nem spulmaschinentab rumgekaut",
        requires=_NOT_GAME,
    ),
    # ------------------------------------------------------------ abuse.danger_now
    Rule(
        "abuse_or_danger.r4_trying_door",
        CRISIS,
        ABUSE,
        r"\b(?:someone|somebody|someones|somebodys|some guy|a man|a guy|he|my ex|alguien|"
        r"alguem|quelqu un|quelquun|qualcuno|jemand|un homme|un tipo|un tizio|ein typ|ein mann|"
        r"mi ex|o meu ex|mon ex|il mio ex|mein ex)\b(?: \S+){0,3}? "
        + _TRYING_DOOR
        + r"(?: \S+){0,3}? "
        + _DOOR
        + r"\b",
        "someones trying my front door , 3am",
        requires=_NOT_GAME + r"(?!.*\b(?:tower|dungeon|castle|npc|guard|delivery|postman|"
        r"cartero|carteiro|facteur|postino|postbote|paket|package|parcel|knock\w*)\b)",
    ),
    Rule(
        "abuse_or_danger.r4_grabbed_throat",
        CRISIS,
        ABUSE,
        _STRANGLE,
        "mi padrastro me agarro del cuello contra la pared",
        requires=_NOT_GAME + r"(?!.*\b(?:bandido|bandit|goblin|orc|orco|troll|guard|guardia|"
        r"guarda|garde|guardia|wache|monster|monstruo|monstro|monstre|mostro|skeleton|"
        r"esqueleto|squelette|scheletro|skelett|boss|jefe|chefe|zombie|zombi)\b)",
    ),
    Rule(
        "abuse_or_danger.r4_threat_if_told",
        CRISIS,
        ABUSE,
        r"\b(?:dijo|dice|amenazo|disse|diz|ameacou|a dit|dit|ha detto|dice|hat gesagt|sagt)\b"
        r"(?: \S+){0,3}? (?:que |q |che |dass )?(?:si|se|wenn) (?:\S+ ){0,8}?(?:nos|me|te|"
        r"ci|mi|uns|mich) (?:mata|mataba|mataria|va a matar|matava|mataria|vai matar|tuerait|"
        r"tue|va tuer|ammazza|ammazzava|ammazzerebbe|uccide|bringt|umbringt)\b",
        "dijo q si le contaba a alguien del colegio nos mataba a los dos",
        requires=_NOT_GAME,
    ),
    # ------------------------------------------------------------ harm.intent
    Rule(
        "harm_to_others.r4_waiting_with_weapon",
        CRISIS,
        HARM,
        _u(
            r"\b"
            + _WAITING
            + r"\b(?: \S+){0,10}? "
            + _WEAPON_WITH
            + r"\b|\b"
            + _WEAPON_WITH
            + r"\b(?: \S+){0,6}? (?:heute|heut|tonight|esta noche|hoje|ce soir|stasera) "
            r"(?:ist|is|he|se|il|lui) (?:er )?(?:dran|gets it|la paga|paga|va payer|la paghera)"
        ),
        "ich wart vor der tur von dem typ , baseballschlager dabei . heut is er dran",
        requires=_NOT_GAME,
    ),
    Rule(
        "harm_to_others.r4_lying_in_wait",
        CRISIS,
        HARM,
        r"\b"
        + _LYING_IN_WAIT
        + r"\b(?=(?: \S+){0,20}? "
        + _WEAPON_NEAR
        + r"\b)|\b"
        + _WEAPON_NEAR
        + r"\b(?: \S+){0,20}? "
        + _LYING_IN_WAIT
        + r"\b|\b"
        + _PAYBACK
        + r"\b(?=(?: \S+){0,20}? "
        + _SERIOUS
        + r"\b)|\b"
        + _SERIOUS
        + r"\b(?: \S+){0,20}? "
        + _PAYBACK
        + r"\b|\b(?:use|using) (?:the|my|a) (?:\w+ )?(?:knife|bat|hammer|gun) on "
        r"(?:him|her|them)\b",
        "i know where he parks . gonna wait for him after his shift and im not joking",
        requires=_NOT_GAME
        + r"(?!.*\b(?:knife and fork|cutlery|present|gift|regalo|presente|cadeau|geschenk|cake|"
        r"tarta|bolo|gateau|torta|kuchen|birthday|cumple\w*|aniversario|anniversaire|compleanno|"
        r"geburtstag)\b)",
    ),
    # ------------------------------------------------------------ concern cells
    Rule(
        "suicide.r4_gun_at_home",
        CONCERN,
        SUI,
        r"\b(?:there is|we have|we got|keeps?|has|hay|tenemos|tiene|tem|temos|ha|il y a|"
        r"on a|ce|abbiamo|tiene|hat|haben|liegt)\b (?:a |an |una |um |uma |un |une |ne |eine |"
        r"einen )?(?:gun|pistol|revolver|rifle|shotgun|pistola|arma|revolver|escopeta|rifle|"
        r"pistolet|flingue|fusil|arme|fucile|pistole|waffe|knarre|gewehr)\b(?: \S+){0,4}? (?:in|"
        r"en|na|no|dans|nel|nella|im|in der|unter) (?:\S+ ){0,2}?(?:drawer|drawers|cupboard|"
        r"wardrobe|garage|safe|bedroom|house|home|cajon|armario|closet|gaveta|guarda roupa|"
        r"tiroir|placard|cassetto|armadio|schublade|schrank|nachttisch|keller)\b",
        "there is a gun in dads drawer",
        requires=_NOT_GAME + r"(?!.*\b(?:armoury|armory|armeria|arsenal|inventory|inventario|"
        r"inventaire|inventar)\b)",
    ),
    Rule(
        "suicide.r4_past_attempt",
        CONCERN,
        SUI,
        r"\b(?:had|made) (?:an|a|one|my) (?:suicide )?attempt\b(?! at\b)|\btuve un intento\b|\btive "
        r"uma tentativa\b|\bjai fait une (?:tentative|ts)\b|\bho (?:avuto|fatto) un tentativo\b"
        r"|\bhatte (?:\S+ ){0,2}?(?:einen )?(?:suizidversuch|selbstmordversuch|versuch)\b",
        "had an attempt back in 2019 , therapy helped a lot",
        fiction=False,
        requires=r"(?=.*\b(?:19\d\d|20\d\d|ago|hace|ha|back in|il y a|fa|vor|when "
        r"i was|cuando tenia|quando tinha|quand javais|quando avevo|als ich|therapy|terapia|"
        r"therapie|better|mejor|melhor|mieux|meglio|besser|bien|bem|bene|gut)\b)",
    ),
    Rule(
        "distress.r4_sound_brings_back",
        CONCERN,
        DIS,
        r"\b(?:every time|whenever|each time|cada vez que|siempre que|sempre que|toda vez que|"
        r"chaque fois que|a chaque fois que|ogni volta che|jedes mal wenn|immer wenn)\b"
        r"(?: \S+){0,6}? (?:i am back|back in|back at|i relive|relive|vuelvo a|vuelvo al|revivo|"
        r"volto a|volto ao|volto para|revivo|je revis|je suis de retour|je retourne|je revois|"
        r"torno a|torno al|torno in|rivivo|bin ich wieder|erlebe ich|sehe ich wieder)\b",
        "cada vez q oigo un frenazo vuelvo al accidente",
        requires=_NOT_GAME
        + r"(?!.*\b(?:good times|great times|nostalgi\w*|buenos tiempos|bons temps|bei tempi|"
        r"gute alte|love that|me encanta|adoro|jadore|mi piace)\b)",
    ),
    Rule(
        "suicide.r4_other_cutting",
        CONCERN,
        SUI,
        r"\b(?:brother|sister|friend|son|daughter|cousin|hermano|hermana|amig[oa]|hij[oa]|"
        r"prim[oa]|irmao|irma|filh[oa]|frere|soeur|ami|amie|fils|fille|cousine?|fratello|"
        r"sorella|amic[oa]|figli[oa]|cugin[oa]|bruder|schwester|freundin|freund|sohn|tochter|"
        r"cousine)\b(?: \S+){0,3}? (?:anda a cortar se|esta a cortar se|anda se cortando|"
        r"se cortando|cortando se|se corta|se esta cortando|se scarifie|se coupe|si taglia|si "
        r"sta tagliando|ritzt sich|schneidet sich|has been cutting|is cutting (?:herself|"
        r"himself|themselves))\b",
        "o meu irmao anda a cortar se , vi os bracos dele ontem",
        requires=_NOT_GAME + r"(?!.*\b(?:cabelo|pelo|cheveux|capelli|haare|hair|unhas|unas|"
        r"ongles|unghie|nagel|dedo|doigt|dito|finger)\b)",
    ),
    Rule(
        "distress.r4_debt_eviction",
        CONCERN,
        DIS,
        _u(
            r"\b(?:schulden|mietschulden|pleite|deudas|dividas|debts?|dettes|debiti|debo|devo|owe|"
            r"je dois|alquiler|renda|loyer|affitto|miete|rent)\b"
            r"(?: \S+){0,10}? (?:aus der wohnung|rausfliegen|fliegen raus|fliegen bald|"
            r"zwangsraumung|raumungsklage|desahuci\w*|desalojo|nos echan|despej\w*|despejo|"
            r"expuls\w*|sfratt\w*|evict\w*|weiss (?:nicht|nich) (?:mehr )?weiter|no se que "
            r"hacer|nao sei o que fazer|sais plus quoi faire|non so piu cosa fare)\b"
        ),
        "job weg , schulden ohne ende , wir fliegen bald aus der wohnung",
        requires=_NOT_GAME
        + r"(?!.*\b(?:paid off|no more|pagadas|saldadas|quitadas|pagas|remboursees|payees|"
        r"pagati|saldati|abbezahlt|bezahlt|finally free)\b)",
    ),
    Rule(
        "distress.r4_why_i_keep_trying",
        CONCERN,
        DIS,
        _u(
            r"\b(?:nem sei|ja nem sei|ni se|ya ni se|je sais (?:meme )?plus|je sais meme pas|non so "
            r"(?:nemmeno|neanche|manco)|weiss (?:nicht mal|nicht einmal|gar nicht)|do not even know|"
            r"dont even know) (?:pq|porque|por que|pourquoi|pk|perche|warum|why) (?:ich |je |i |eu |yo )?"
            r"(?:ainda |sigo |encore |ancora |noch )?(?:insisto|continuo|tento|sigo|lo intento|je continue|"
            r"jinsiste|jessaie|insisto|ci provo|vado avanti|weitermache|weiter mache|es versuche|"
            r"i bother|i keep trying|i try|i keep going)\b"
        ),
        "ja nem sei pq insisto , tudo sempre da errado",
        requires=_NOT_GAME,
    ),
    Rule(
        "distress.r4_operation_fear",
        CONCERN,
        DIS,
        r"\b(?:terrified|scared|petrified|terrorisee?|peur|angoisse\w*|flippe\w*|me aterra|"
        r"aterrad[oa]|aterrorizad[oa]|terrorizzat[oa]|paura|angst)\b(?: \S+){0,4}? (?:my|mon|"
        r"ma|l|la|el|a|mi|o|della|dell|per|vor|de|du|der) ?(?:op|ope|operation|operacion|"
        r"cirugia|cirurgia|surgery|biopsy|biopsie|biopsia|intervention|intervencion|"
        r"intervento|operazione|eingriff|scan|scanner|irm|resultados|resultats|results)\b",
        "jsuis terrorisee pour mon ope de vendredi",
        requires=_NOT_GAME,
    ),
)
