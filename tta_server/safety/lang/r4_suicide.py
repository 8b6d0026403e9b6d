"""Suicide rules added after blind set 3 was tuned on (round 4), in the six languages.

Each rule is a construction, not a sentence: the classes blind set 3 missed and the forms around
them written for ``tests/safety/dev/round4.jsonl`` (lethal heights and doses asked plainly, a
ligature tied to a fixture, "next time I won't brake", a decision with a bare time, a last
message with words of finality, affairs settled, a pet left "for after", an attempt stopped by
someone coming in, pockets filled with stones, "not safe from myself", "what is the point of
being alive", a wish that one's heart would stop, burden told as "one problem less").

The names this module defines, and how they are merged into the screen, are described in
``tta_server.safety.lang``. Rule ids carry ``_r4_``.
"""

from __future__ import annotations

import re

from tta_server.safety.lexicon import CRISIS, SUI, Rule

_UMLAUT = {"ä": "(?:a|ae)", "ö": "(?:o|oe)", "ü": "(?:u|ue)"}


def _u(pattern: str) -> str:
    """German umlauts as both normalised spellings ("ü" -> "(?:u|ue)")."""
    return re.sub("[äöü]", lambda m: _UMLAUT[m.group(0)], pattern)


#: Game and joke words: a rule with this in ``requires`` does not fire in a game sentence.
_NOT_GAME = (
    r"^(?!.*\b(?:game|games|level|boss|quest|map|mario|kart|race|lap|lol|lmao|haha\w*|xd|"
    r"mdr|ptdr|jeu|niveau|partie|juego|nivel|jefe|partida|jogo|fase|chefe|gioco|livello|"
    r"partita|spiel\w*|rennen|runde|potions?|pociones|pocoes|pozioni|tranke?|zaubertrank|"
    r"manette|controller|mando|joystick|tower|torre|tour|turm|castle|castillo|castelo|"
    r"castello|schloss|dungeon|donjon|mazmorra|masmorra)\b)"
)
#: A number or number word, as in "the 7th floor", "un quinto piso", "6e etage".
_NUM = (
    r"(?:\d+(?:st|nd|rd|th|o|a|e|eme|er|ten|te)?|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|twelve|fifth|sixth|seventh|eighth|ninth|tenth|cinco|seis|siete|ocho|diez|quinto|"
    r"sexto|septimo|octavo|decimo|oito|nove|dez|setimo|oitavo|nono|cinq|sept|huit|neuf|dix|"
    r"cinquieme|sixieme|septieme|huitieme|sei|sette|otto|nove|dieci|sesto|settimo|ottavo|"
    r"funf|funf|sechs|sieben|acht|neun|zehn)"
)
_DEATH_WORDS = (
    r"(?:die|dies|dead|death|survive|survives|surviving|kill|kills|fatal|lethal|enough|"
    r"mata|matan|mortal|mortales|muere|muero|sobrevive\w*|basta|alcanza|suficiente|morre|"
    r"morrer|letal|letais|chega|tue|mortel\w*|meurt|mourir|survi\w*|suffit|suffisant|muore|"
    r"muori|morire|mortale|letale|sopravviv\w*|basta|tot|todlich|toedlich|stirbt|sterben|"
    r"uberlebt|ueberlebt|uberleben|ueberleben|reicht|reichen)"
)
_SLEEP_PILLS = (
    r"(?:pills|tablets|sleeping (?:pills|tablets)|pastillas(?: de dormir)?|comprimidos(?: para "
    r"dormir)?|somniferos|somniferes|cachets|comprimes|medocs|pastiglie(?: per dormir)?|"
    r"compresse|sonniferi|schlaftabletten|tabletten|pillen|\w+pam|\w+lam)"
)
_FIXTURE = (
    r"(?:banister|bannister|banisters|beam|rafter|rafters|loft hatch|hatch|door frame|doorframe|"
    r"top of the door|door|puerta|porta|porte|tur|tuer|soffitto|techo|teto|plafond|decke|"
    r"hook|pipe|curtain rail|rail|bunk|bed frame|wardrobe rail|viga|vigas|baranda|barandilla|"
    r"barandal|gancho|tuberia|marco de la puerta|corrimao|trave|caibro|gancho|cano|batente|"
    r"poutre|rampe|crochet|tuyau|chambranle|trappe|ringhiera|corrimano|gancio|tubo|stipite|"
    r"dachbalken|balken|gelander|gelaender|treppengelander|treppengelaender|haken|rohr|"
    r"turrahmen|tuerrahmen|dachboden)"
)
_LIGATURE = (
    r"(?:rope|ropes|noose|belt|cord|cable|scarf|ligature|lead|leads|dog lead|leash|bedsheet|sheet|cuerda|soga|cinturon|cable|corda|"
    r"cinto|corde|ceinture|cordon|corda|cintura|cavo|seil|strick|schlinge|gurtel|guertel|"
    r"kabel)"
)
_TIED = (
    r"(?:tied|knotted|hung|fixed|attached|atada|atado|colgada|colgado|amarrada|amarrado|"
    r"presa|preso|pendurada|attachee|attache|nouee|noue|accrochee|accroche|fixee|legata|"
    r"legato|appesa|fissata|annodata|festgemacht|festgebunden|befestigt|geknotet|hangt|"
    r"haengt|aufgehangt|aufgehaengt|dran)"
)
_PETS = (
    r"(?:dog|cat|cats|dogs|rabbit|hamster|perro|perra|gato|gata|perros|gatos|conejo|cao|"
    r"cachorro|cadela|gatinho|coelho|chien|chienne|chat|chats|chatte|lapin|cane|gatto|gatta|"
    r"cani|gatti|coniglio|criceto|hund|hunde|katze|katzen|kater|hasen|kaninchen)"
)
_FOR_AFTER = (
    r"(?:for after|para despues|para depois|pra depois|pour apres|per dopo|fur danach|"
    r"fuer danach|fur nachher|fuer nachher|for when i am gone|para cuando no este|para quando "
    r"eu nao estiver|pour quand je serai plus la|per quando non ci saro)"
)
_AFTER_NOT = (
    r"(?! (?:the|de|del|da|do|das|dos|la|le|les|l|el|des|der|dem|den|die|della|dell|il|las|los|"
    r"o|os|as|i|gli|lo|mes|mis|meus|ma|mon|ses|sus|seus|noel|navidad|natal|natale|"
    r"weihnachten|christmas|holidays?|vacances|vacaciones|ferias|vacanze|urlaub|"
    r"a|al|au|aux|dei|my|mi|mes|meus|minhas|school|work|dinner|lunch|cena|comida|almoco|"
    r"jantar|diner|dejeuner|pranzo|essen|arbeit|schule)\b)"
)
_FINAL_WORDS = (
    r"(?:thank you for everything|thanks for everything|love you all|forgive me|sorry for "
    r"everything|goodbye forever|gracias por todo|perdon a todos|perdonadme|perdonenme|"
    r"perdon por todo|los quiero|os quiero|adios para siempre|obrigad[oa] por tudo|desculpem|"
    r"perdao a todos|perdoem me|amo vos|adeus|merci pour tout|pardon a tous|pardonnez moi|"
    r"je vous aime|adieu|grazie di tutto|grazie per tutto|perdonatemi|scusate tutti|"
    r"vi voglio bene|addio|danke fur alles|danke fuer alles|verzeiht mir|lebt wohl|"
    r"ich hab euch lieb|ich habe euch lieb|tut mir leid fur alles|tut mir leid fuer alles)"
)
_LAST_MESSAGE = (
    r"(?:last message|final message|ultimo mensaje|ultimo msj|ultimo msg|ultima mensagem|"
    r"ultima msg|dernier message|dernier msg|ultimo messaggio|ultimo msg|letzte nachricht|"
    r"letzte msg|letzter post)"
)
#: A bare time after a decision: "i have decided . tonight".
_BARE_TIME = (
    r"(?:tonight|today|tomorrow|this weekend|this week|(?:on )?(?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)|el sabado|el domingo|no sabado|no domingo|samedi|"
    r"dimanche|sabato|domenica|samstag|sonntag|esta noche|hoy|manana|este finde|"
    r"hoje a noite|hoje|esta noite|amanha|ce soir|cette nuit|demain|ce weekend|stasera|"
    r"stanotte|oggi|domani|heute nacht|heut nacht|heute abend|heut abend|heute|morgen)"
)
_DECIDED = (
    r"(?:i have decided|i have made my decision|decision made|my minds made up|my mind is made "
    r"up|i have made up my mind|mi decision esta tomada|a minha decisao esta tomada|"
    r"la mia decisione e presa|ho preso la decisione|meine entscheidung steht|ya lo decidi|lo decidi|ya decidi|"
    r"esta decidido|ja decidi|esta decidido|decidi|cest decide|c decide|jai decide|"
    r"ma decision est prise|ho deciso|e deciso|ho preso la decisione|hab mich entschieden|"
    r"habe mich entschieden|ich hab mich entschieden|ich habe mich entschieden|"
    r"ist entschieden|steht fest)"
)
_INTERRUPTED = (
    r"(?:came home|came in|walked in|got home|found me|knocked|banged on the door|broke the door|"
    r"llego|llego antes|entro|volvio|me encontro|toco la puerta|tiro la puerta|derribo la "
    r"puerta|chegou|entrou|voltou|me encontrou|encontrou me|bateu a porta|arrombou|est rentree?|"
    r"est arrivee?|est entree?|ma trouvee?|a frappe|a defonce|a toque|rientrat[oa]|"
    r"e rientrat[oa]|e tornat[oa]|e arrivat[oa]|e entrat[oa]|mi ha trovat[oa]|ha bussato|"
    r"ha sfondato|kam (?:\w+ )?(?:heim|nach hause|rein|herein)|hat mich gefunden|hat geklopft|"
    r"hat die tur aufgebrochen|hat die tuer aufgebrochen|stand in der tur|stand in der tuer)"
)
_WATER_STONES = (
    r"(?:pockets?|coat|jacket|backpack|bolsillos?|abrigo|mochila|bolsos?|casaco|mochila|poches?|"
    r"manteau|tasche|tasche|cappotto|zaino|taschen|jacke|rucksack)"
)
_STONES = (
    r"(?:stones|rocks|bricks|piedras|rocas|pedras|pierres|cailloux|sassi|pietre|steine|steinen)"
)


RULES: tuple[Rule, ...] = (
    # ------------------------------------------------------------ sui.method: height, dose
    Rule(
        "suicide.r4_height_enough",
        CRISIS,
        SUI,
        r"\b(?:floors?|storeys?|stories|storey|pisos?|plantas?|andar|andares|etages?|piani|"
        r"piano|stockwerke?|stock|etagen?)\b(?: \S+){0,8}? " + _DEATH_WORDS + r"\b"
        r"|\b(?:reicht|reichen|basta|bastan|chega|chegam|suffit|suffisent|enough) "
        r"(?:\w+ ){0,2}?" + _NUM + r" (?:floors?|storeys?|stories|pisos?|plantas?|andar|"
        r"andares|etages?|piani|piano|stockwerke?|stock|etagen?)\b",
        "is 5 floors enough if you land on concrete",
        requires=_NOT_GAME
        + r"(?=.*\b"
        + _NUM
        + r" (?:floors?|storeys?|stories|storey|pisos?|plantas?|andar|andares|etages?|piani|"
        r"piano|stockwerke?|stock|etagen?)\b)(?=.*\b(?:land|hit|concrete|pavement|ground|survive|fall|jump|caida|caer|saltar|"
        r"suelo|queda|cair|saltar|chao|chute|tomber|sauter|sol|caduta|cadere|saltare|terra|"
        r"asfalto|beton|aufkommt|aufkommen|springen|sturz|fallen|mata|mato|tue|muore|"
        r"matar|morre|meurt|stirbt|tot|sopravviv\w*|sobreviv\w*|survivre|survit|uberleb\w*|"
        r"ueberleb\w*|dont survive|not survive|seguro|certeza|sicuro|sicherheit|pergunta seria|"
        r"domanda seria|en serio|serieux|ernsthaft|asking for me|pregunto para mi|pergunto para "
        r"mim|je demande pour moi|chiedo per me|frag fur mich|frag fuer mich)\b)",
    ),
    Rule(
        "suicide.r4_how_high_not_survive",
        CRISIS,
        SUI,
        r"\b(?:how high|how tall|what height|which height|quanto (?:deve essere |e )?alt[oa]|que altura|quanta altura|"
        r"a quelle hauteur|quelle hauteur|wie hoch|ab welcher hohe|ab welcher hoehe)\b"
        r"(?: \S+){0,8}? (?:not survive|dont survive|do not survive|so it is certain|to be "
        r"certain|it is certain|for certain|non sopravviv\w*|nn "
        r"sopravviv\w*|per morire|no sobrevivir|no se sobrevive|para morir|nao sobreviv\w*|para "
        r"morrer|pas survivre|ne pas survivre|pour mourir|nicht uberleb\w*|nicht ueberleb\w*|"
        r"tot ist|um zu sterben|to die|to be sure)\b",
        "quanto deve essere alto un ponte per nn sopravvivere",
        requires=_NOT_GAME,
    ),
    Rule(
        "suicide.r4_pills_fatal",
        CRISIS,
        SUI,
        r"\b(?:how many|how much|cuantas|cuantos|quantos|quantas|combien de|quante|quanti|"
        r"wie viele|wieviele)\b(?: \S+){0,4}? " + _SLEEP_PILLS + r"(?: \S+){0,3}? (?:are|is|"
        r"would be|son|es|serian|sao|e|seriam|sont|cest|ce serait|sono|sarebbero|sind|ist|"
        r"waren|wären)? ?(?:fatal|lethal|deadly|mortales|mortal|letales|letal|letais|mortais|"
        r"mortels?|mortelles?|letales?|mortali|letali|todlich|toedlich)\b",
        "how many sleeping tablets are fatal yaar",
        requires=_NOT_GAME,
    ),
    # ------------------------------------------------------------ sui.means: ligature tied
    Rule(
        "suicide.r4_ligature_fixture",
        CRISIS,
        SUI,
        r"\b"
        + _LIGATURE
        + r"\b(?: \S+){0,4}? "
        + _TIED
        + r"\b(?: \S+){0,5}? "
        + _FIXTURE
        + r"\b|\b"
        + _TIED
        + r" (?:\S+ ){0,2}?"
        + _LIGATURE
        + r"\b(?: \S+){0,4}? "
        + _FIXTURE
        + r"\b|\b"
        + _LIGATURE
        + r"\b(?: \S+){0,4}? "
        + _FIXTURE
        + r"\b(?: \S+){0,2}? "
        + _TIED
        + r"\b|\b"
        + _FIXTURE
        + r"\b(?: \S+){0,3}? (?:hangt|haengt|hanging|cuelga|pendurada|"
        r"pend|appesa) (?:\S+ ){0,3}?" + _LIGATURE + r"\b",
        "ropes tied to the banister . just sitting here looking at it",
        requires=_NOT_GAME
        + r"(?!.*\b(?:climb\w*|swing|hammock|tyre|tire|boat|barco|barca|bateau|boot|"
        r"escalar|trepar|grimper|escalader|arrampic\w*|klettern|calarmi|calar|descer|descendre|"
        r"abseil\w*|rappel\w*|pozzo|puits|pozo|poco|brunnen|washing|laundry|ropa|roupa|linge|"
        r"bucato|wasche|waesche|decoration\w*|lights|banner|pinata|fairy|coat|coats|abrigo|"
        r"casaco|manteau|cappotto|mantel|jacke|towel|toalla|toalha|serviette|asciugamano|"
        r"handtuch|walk|walkies|paseo|passeio|promenade|passeggiata|gassi|charging|charge|"
        r"cargar|carregar|charger|caricare|laden|seguranca|seguridad|securite|sicurezza|"
        r"sicherheitsgurt|seatbelt|seat belt|carro|coche|voiture|portiere|macchina|auto|car)\b)",
    ),
    # ------------------------------------------------------------ sui.vehicle
    Rule(
        "suicide.r4_wont_brake",
        CRISIS,
        SUI,
        r"\b(?:next time|this time|tomorrow|tonight|la proxima vez|la proxima|esta vez|manana|"
        r"esta noche|da proxima vez|na proxima|desta vez|amanha|hoje|la prochaine fois|cette "
        r"fois|demain|ce soir|la prossima volta|stavolta|domani|stasera|nachstes mal|naechstes "
        r"mal|beim nachsten mal|beim naechsten mal|diesmal|morgen|heute nacht)\b(?: \S+){0,8}? "
        r"(?:i am not braking|not braking|i will not brake|no freno|no voy a frenar|no frenare|"
        r"nao travo|n travo|nao vou travar|nao freio|nao vou frear|je freine pas|jfreine pas|je "
        r"freinerai pas|je ne freinerai pas|je vais pas freiner|je ne freine pas|non freno|non "
        r"frenero|brems ich nicht|brems ich nich|bremse ich nicht|werd ich nicht bremsen|werde "
        r"ich nicht bremsen)\b(?! (?:so|tan|tao|aussi|cosi|als|too|as) ?(?:late|tarde|tard|"
        r"tardi|spat|spaet|much|mucho|muito|fort|forte|stark)?\b)(?! (?:assez|early|soon|temprano|cedo|tot|"
        r"presto|fruh|frueh|hard|fuerte|duro)\b)",
        "la prochaine fois au virage du col jfreine pas . expres",
        negatable=False,
        requires=_NOT_GAME
        + r"(?!.*\b(?:bike|bici|bicicleta|bicicletta|velo|fahrrad|rad|skate\w*|patinete|"
        r"trottinette|monopattino|roller|sled|trineo|luge|slittino|schlitten|ski|esqui|"
        r"faster|mas rapido|mais rapido|plus vite|piu veloce|schneller|training|lesson|clase|"
        r"aula|lecon|lezione|fahrstunde)\b)",
    ),
    Rule(
        "suicide.r4_obstacle_so_easy",
        CRISIS,
        SUI,
        r"\b(?:pillars?|bridge supports?|wall|barrier|tree|oncoming|pilares?|pilar|muro|arbol|"
        r"pilares|pilar|muro|arvore|piliers?|mur|arbre|piloni|pilone|muro|albero|pfeiler|"
        r"bruckenpfeiler|brueckenpfeiler|mauer|baum|gegenverkehr)\b(?: \S+){0,6}? (?:would be|"
        r"it would be|seria|sera|ce serait|ca serait|sarebbe|war|waer|ware|waere|wurde|waer) "
        r"(?:so |very |really |too |tan |muy |tao |muito |si |tellement |trop |cosi |troppo |"
        r"davvero |echt |ganz )?(?:easy|facil|simples|facile|einfach|leicht)\b",
        "on the freeway doing 100 staring at the concrete pillars , would be so easy",
        requires=_NOT_GAME
        + r"(?=.*\b(?:driv\w*|freeway|motorway|highway|wheel|car|doing \d+|mph|kmh|km h|"
        r"autopista|carretera|coche|volante|autoestrada|estrada|carro|autoroute|voiture|"
        r"route|autostrada|statale|macchina|auto|autobahn|landstrasse|lenkrad|(?:a|at|mit|"
        r"doing|going|vado a|voy a|je roule a) \d+)\b)",
    ),
    Rule(
        "suicide.r4_in_front_of_train",
        CRISIS,
        SUI,
        _u(
            r"\b(?:zug|ice|bahn|s bahn|u bahn|regionalbahn|guterzug|bus|lkw|laster|train|tren|"
            r"comboio|trem|metro|treno)\b(?: \S+){0,15}? (?:mich|mi|me) (?:\w+ )?(?:davor|"
            r"drunter|vor ihn|vor den|vor die|delante|na frente|a frente|devant|davanti) "
            r"(?:zu )?(?:stellen|werfen|legen|springen|schmeissen|tirar|tirarme|poner|ponerme|"
            r"atirar|jeter|mettre|buttarmi|mettermi)\b"
        ),
        "der ice kommt hier um 23 uhr durch . will mich davor stellen",
        requires=_NOT_GAME,
    ),
    # ------------------------------------------------------------ sui.intent: bare decision
    Rule(
        "suicide.r4_decided_bare_time",
        CRISIS,
        SUI,
        r"(?<![\w,] )" + _DECIDED + r" (?:\. |, )?" + _BARE_TIME + r"(?: \.)?$"
        r"|(?<![\w,] )(?:doing it|i am doing it|do it|going to do it|gonna do it|je le fais|jle fais|"
        r"je vais le faire|lo hago|lo voy a hacer|vou fazer|faco isso|lo faccio|ich mach es|"
        r"ich machs|mach ich es) (?:" + _BARE_TIME + r") (?:\. |, )?(?:sorry|so sorry|sorry "
        r"everyone|forgive me|perdon|lo siento|desculpa|desculpem|pardon|desole|desolee|scusa|"
        r"scusate|sorry|tut mir leid|verzeiht)\b"
        r"|(?<![\w,] )(?:" + _BARE_TIME + r") (?:je le fais|jle fais|lo hago|lo faccio|eu faco|"
        r"mach ich es|mach ichs|i do it|i am doing it) (?:\. |, )?" + _FINAL_WORDS + r"\b"
        r"|(?<![\w,] )" + _DECIDED + r" (?:\. |, )?" + _BARE_TIME + r" (?:i do it|i will do it|"
        r"je le fais|jle fais|lo hago|eu faco|faco|lo faccio|mach ich es|mach ichs|tu ich es)"
        r"(?: \.)?$",
        "hab mich entschieden . heut nacht",
        negatable=False,
    ),
    Rule(
        "suicide.r4_nobody_will_stop_me",
        CRISIS,
        SUI,
        r"\b(?:lo hago|lo voy a hacer|lo hare|lo faccio|lo faro|eu faco|vou fazer|je le fais|je "
        r"vais le faire|i will do it|i am doing it|ich mach es|ich werde es tun)\b(?: \S+){0,5}? "
        r"(?:de verdad|en serio|davvero|sul serio|de verdade|a serio|pour de vrai|for real|"
        r"wirklich|ernsthaft)\b(?: \S+){0,4}? (?:nadie me (?:va a )?(?:parar|detener|frenar)|"
        r"nessuno mi (?:fermera|puo fermare|ferma)|ninguem me (?:vai )?(?:parar|impedir)|"
        r"personne (?:ne )?(?:va )?marreter\w*|nobody (?:will|is going to|can) stop me|niemand "
        r"(?:wird|kann) mich (?:aufhalten|stoppen))\b",
        "esta vez lo hago de verdad y nadie me va a parar",
        negatable=False,
        requires=_NOT_GAME,
    ),
    # ------------------------------------------------------------ sui.preparatory
    Rule(
        "suicide.r4_last_message_final",
        CRISIS,
        SUI,
        r"\b" + _LAST_MESSAGE + r"\b(?: \S+){0,8}? " + _FINAL_WORDS + r"\b",
        "dernier msg . merci pour tout . adieu",
        negatable=False,
        requires=_NOT_GAME
        + r"(?!.*\b(?:feliz|bonne annee|happy new year|new year|frohes|buon anno|merry|joyeux|"
        r"buon natale|frohe|gute nacht|buenas noches|bonne nuit|boa noite|buonanotte|good night|"
        r"goodnight|see you|hasta manana|a demain|ate amanha|a domani|bis morgen)\b)",
    ),
    Rule(
        "suicide.r4_affairs_settled",
        CRISIS,
        SUI,
        _u(
            r"\b(?:cancelled|canceled|closed|cancele|cerre|di de baja|cancelei|fechei|resilie|"
            r"ferme|disdetto|chiuso|annullato|gekundigt|aufgelost|abgemeldet)\b(?: \S+){0,5}? "
            r"(?:accounts?|contract|subscriptions?|phone|cuentas?|contrato|suscripciones|"
            r"contas?|assinaturas|comptes?|abonnements?|forfait|conti|conto|abbonamenti|"
            r"contratto|konten|konto|abos|vertrage|vertraege|handyvertrag|mitgliedschaft\w*)\b"
            r"|\b(?:konten|konto|abos|vertrage|vertraege|handyvertrag|mitgliedschaft\w*)\b"
            r"(?: \S+){0,2}? (?:gekundigt|aufgelost|abgemeldet)\b"
        ),
        "hab meine konten gekundigt , die versicherungsunterlagen liegen fur meine frau",
        requires=_NOT_GAME
        + _u(
            r"(?=.*\b(?:insurance|my will|a will|the will|passwords?|seguro|testamento|contrasenas|claves|"
            r"senhas|assurance|testament|mots de passe|assicurazione|password|versicherung\w*|"
            r"testament|passworter|passwoerter|all in order|todo en orden|tudo em ordem|tout "
            r"est en ordre|tutto in ordine|alles geregelt|is alles geregelt)\b)"
            r"(?=.*\b(?:for my|for the kids|para mi|para os|para a minha|para o meu|pour ma|"
            r"pour mon|pour mes|per mi|per il mio|per la mia|per mio|per mia|fur meine|fur "
            r"die|fuer meine|fuer die|all in order|todo en orden|tudo em ordem|en ordre|in "
            r"ordine|alles geregelt|left out|on the table|sobre la mesa|na mesa|sur la table|"
            r"sul tavolo|auf dem tisch|liegen|liegt|bereit)\b)"
        ),
    ),
    Rule(
        "suicide.r4_not_long_to_bear",
        CRISIS,
        SUI,
        _u(
            r"\b(?:musst|musst|mussen|muesst|muss|muessen|musst) (?:\w+ ){0,2}?(?:nicht|nich|"
            r"nimmer|net) (?:mehr )?(?:lange?|viel langer|viel laenger) (?:\w+ ){0,3}?"
            r"(?:ertragen|aushalten|rumschlagen|rumargern|kummern|ertragn)\b|\b(?:no vais|no van|"
            r"no vas) a tener que (?:aguantarme|soportarme|cargar conmigo) (?:mucho|por mucho)"
            r"\b|\b(?:non dovrete|non dovrai|non dovranno) (?:sopportarmi|sopportare me|"
            r"occuparvi di me) (?:ancora )?(?:per molto|a lungo)\b|\b(?:vous aurez|tu auras|ils "
            r"auront) (?:plus|pas) (?:a|besoin de) (?:me supporter|me gerer|vous occuper de moi) "
            r"(?:\w+ )?(?:longtemps|bien longtemps)\b"
        ),
        "ihr musst euch nich mehr lang mit mir rumschlagen",
        negatable=False,
        requires=_NOT_GAME,
    ),
    Rule(
        "suicide.r4_pet_for_after",
        CRISIS,
        SUI,
        r"\b" + _PETS + r"\b(?: \S+){0,6}? " + _FOR_AFTER + r"\b" + _AFTER_NOT,
        "ho lasciato il cane alla vicina , per dopo . con lei sta meglio",
        requires=_NOT_GAME,
    ),
    # ------------------------------------------------------------ sui.plan
    Rule(
        "suicide.r4_so_they_dont_think",
        CRISIS,
        SUI,
        r"\b(?:so (?:\w+ ){0,3}?(?:do not|will not|would not|wont) think|so nobody thinks|"
        r"para que (?:\w+ ){0,3}?no (?:piensen|crean)|para (?:\w+ ){0,3}?nao (?:acharem|pensarem)|"
        r"pra (?:\w+ ){0,3}?nao (?:acharem|pensarem)|pour (?:que |quils |qu ils )(?:\w+ ){0,3}?"
        r"(?:ne )?pensent pas|cosi (?:\w+ ){0,3}?non pensano|perche (?:\w+ ){0,3}?non pensino|"
        r"damit (?:\w+ ){0,3}?(?:nicht|keiner) denk\w*) (?:\w+ ){0,3}?(?:it was|fue|foi|que foi|"
        r"cetait|que cetait|sia stato|che sia stato|es lag|es war)\b(?: \S+){0,3}? "
        r"(?:because of|por|por causa|a cause|per|wegen|an)\b",
        "vou esperar ate depois das provas para os meus pais nao acharem que foi por causa delas",
        requires=r"(?=.*\b(?:date|data|fecha|datum|day|dia|jour|giorno|tag|after|despues|"
        r"depois|apres|dopo|nach|wait|espero|aspetto|attends|warte|plan\w*)\b)",
    ),
    Rule(
        "suicide.r4_jen_finis",
        CRISIS,
        SUI,
        r"\b(?:que |ou |quand )?jen (?:finis|finirai|finirais)\b(?! avec (?!(?:la|ma|cette) "
        r"vie\b|tout\b))",
        "cest ce jour la que jen finis",
        negatable=False,
        requires=_NOT_GAME,
    ),
    Rule(
        "suicide.r4_that_day_end_all",
        CRISIS,
        SUI,
        r"\b(?:that day|that night|on that day|ese dia|aquel dia|esa noche|naquele dia|"
        r"nesse dia|nessa noite|ce jour la|ce soir la|cette nuit la|quel giorno|quella notte|"
        r"an dem tag|an dem abend|in der nacht) (?:\S+ ){0,3}?(?:i end it|i will end it|lo "
        r"termino todo|termino con todo|acabo con todo|me mato|acabo com tudo|termino tudo|"
        r"jen finis|la faccio finita|chiudo con tutto|mach ich schluss|bring ich mich um)\b",
        "el sabado se van todos y yo me quedo . ese dia acabo con todo",
        negatable=False,
        requires=_NOT_GAME,
    ),
    # ------------------------------------------------------------ sui.attempt
    Rule(
        "suicide.r4_tried_interrupted",
        CRISIS,
        SUI,
        r"\b(?:jai essaye|jai tente|ci ho provato|lo intente|lo he intentado|tentei|eu tentei|"
        r"ja tentei|hab es (?:\w+ ){0,3}?versucht|habs (?:\w+ ){0,3}?versucht)"
        r"\b(?! (?:de|d|to|a|di|zu|fazer|hacer|faire|fare)\b)(?: \S+){0,5}? (?:mais|ma|pero|mas|"
        r"aber|but)\b(?: \S+){0,8}? " + _INTERRUPTED + r"\b",
        "ci ho provato ieri sera ma mio fratello ha sfondato la porta del bagno",
        requires=_NOT_GAME
        + r"(?!.*\b(?:puzzle|enigma|enigme|ratsel|raetsel|rezept|recette|receta|receita|"
        r"ricetta|gateau|pastel|bolo|torta|kuchen|cake|manette|mando|controller|zocken|zocke|"
        r"gaming|playing|jugando|jogando|jouer|giocando|spielen|konsole|console|ps5|xbox|"
        r"switch|fortnite|minecraft|homework|deberes|licao|devoirs|compiti|hausaufgaben)\b)",
    ),
    Rule(
        "suicide.r4_pockets_stones",
        CRISIS,
        SUI,
        r"\b" + _WATER_STONES + r"\b(?: \S+){0,3}? (?:with|full of|filled with|de|llenos de|"
        r"cheios de|cheias de|remplies de|pleines de|piene di|pieni di|voller|mit) "
        r"" + _STONES + r"\b|\b(?:filled|llene|enchi|rempli|riempito|riempite|gefullt|gefuellt) "
        r"(?:\w+ ){0,3}?" + _WATER_STONES + r"\b(?: \S+){0,2}? " + _STONES + r"\b",
        "filled my coat pockets with stones and just walked in",
        # a bag of stones with a laugh is a game's answer (round 17: "just my backpack full
        # of rocks haha")
        requires=r"^(?!.*\b(?:backpack|mochila|sac|zaino|rucksack)\b.*\b(?:lol|haha\w*|jaja\w*|"
        r"k+|rsrs|mdr|ptdr|ahah\w*|xd)\b)(?!.*\b(?:puzzle|beach|playa|praia|plage|spiaggia|strand|collection|"
        r"collect\w*|coleccion|colecao|collezione|sammlung|sammeln|coleccionar|colecionar|"
        r"collectionner|collezionare|garden|jardin|giardino|garten|scale|balance|game|jeu|"
        r"juego|jogo|gioco|spiel|school project|proyecto|projeto|projet|progetto|projekt)\b)",
    ),
    # ------------------------------------------------------------ sui.unsafe
    Rule(
        "suicide.r4_unsafe_from_me",
        CRISIS,
        SUI,
        _u(
            r"\b(?:not (?:feeling|feel) safe|do not feel safe|dont feel safe|no me siento (?:a "
            r"salvo|segur[oa])|nao me sinto (?:a salvo|segur[oa])|me sens pas en securite|me "
            r"sens plus en securite|non mi sento (?:al sicuro|sicur[oa])|nicht sicher) "
            r"(?:from|with|around|de|con|comigo|avec|da|vor) (?:me|myself|mi|mi mism[oa]|"
            r"mim|mim mesm[oa]|moi|moi meme|me stess[oa]|mir|mir selbst)\b"
        ),
        "i am not feeling safe from me tonight",
        negatable=False,
        requires=_NOT_GAME,
    ),
    # ------------------------------------------------------------ sui.wish_dead
    Rule(
        "suicide.r4_point_of_being_alive",
        CRISIS,
        SUI,
        r"\b(?:qual (?:e )?o sentido|que sentido tem|pra que|para que serve|cual es el sentido|"
        r"que sentido tiene|che senso ha|qual e il senso|a quoi ca sert|a quoi bon|quel est le "
        r"sens|was ist der sinn|wozu|what is the point|whats the point) (?:de |d |di |of |"
        r"noch )?(?:estar viv[oa]|continuar viv[oa]|viver|seguir viv[oa]|seguir viviendo|"
        r"estar viv[oa]|vivir|essere viv[oa]|restare viv[oa]|vivere|etre en vie|etre vivante?|"
        r"vivre|am leben (?:zu )?(?:sein|bleiben)|zu leben|weiterzuleben|being alive|living|"
        r"staying alive)\b",
        "qual e o sentido de estar vivo",
        negatable=False,
        requires=_NOT_GAME,
    ),
    Rule(
        "suicide.r4_heart_would_stop",
        CRISIS,
        SUI,
        _u(
            r"\b(?:wish|hope|want) (?:that )?my heart (?:would |will )?(?:just )?stop\w*\b|"
            r"\b(?:jaimerais|je voudrais|je veux|jaimerai) (?:bien |juste )?que mon c(?:oe|œ)ur "
            r"(?:sarrete|s arrete|arrete de battre|lache)\b|\b(?:ojala|quisiera que) (?:se )?"
            r"(?:me )?(?:parara|parase|detuviera|detuviese) el corazon\b|\b(?:quem me dera|queria|"
            r"quero) que o (?:meu )?coracao (?:parasse|deixasse de bater)\b|\bvorrei che il "
            r"(?:mio )?cuore si fermasse\b|\b(?:wunschte|wuenschte|will|mochte|moechte) "
            r"(?:mir )?(?:dass )?mein herz (?:\w+ ){0,2}?(?:aufhort|aufhoert|aufhoren|"
            r"aufhoeren|stehen bleibt|stehenbleibt|stillsteht)\b"
        ),
        "jaimerais bien que mon coeur sarrete cette nuit",
        negatable=False,
        requires=_NOT_GAME
        + r"(?!.*\b(?:scared|fright|jump\w*|boo|susto|peur|spavento|schreck|racing|pounding|"
        r"beating so|palpitar|acelerado|battre si vite|batte forte|rasen|rast|exam\w*|test|"
        r"examen|exame|prova|prufung|pruefung)\b)",
    ),
    Rule(
        "suicide.r4_be_where_the_dead_are",
        CRISIS,
        SUI,
        r"\b(?:rather be|want to be|wanna be|wish i was|wish i were|prefiero estar|quiero estar|"
        r"quisiera estar|queria estar|quero estar|preferia estar|je voudrais etre|je veux etre|"
        r"jaimerais etre|je prefererais etre|vorrei essere|voglio essere|preferirei essere) "
        r"(?:\w+ )?(?:where (?:she|he|they) (?:is|are) now|where (?:she|he|they) (?:is|are)|donde (?:esta|estan) (?:ella|el|ellos)|"
        r"onde (?:ela|ele|eles) (?:esta|estao)|la ou (?:elle|il|ils) (?:est|sont)|dove (?:e|sono) "
        r"(?:lei|lui|loro))\b(?! (?:, )?(?:at|in|on|en|na|no|a|au|sur|al|alla|nel|in) (?:the|la|el|a|o|"
        r"le|la|spiaggia|playa|praia|plage|beach|party|fiesta|festa|office|oficina|work)\b)"
        + _u(
            r"|\b(?:will|mochte|moechte|wurde|wuerde) (?:\w+ ){0,3}?(?:dahin|dorthin|dort sein|zu "
            r"ihr|zu ihm) (?:\w+ ){0,2}?wo (?:sie|er) (?:jetzt )?(?:ist|sind)\b|\b(?:wenn|dass) es "
            r"mich (?:\w+ )?(?:nicht|nich|nie) (?:mehr )?(?:gabe|gaebe|gibt|gegeben hatte|gegeben "
            r"haette|geben wurde|geben wuerde)\b"
        ),
        "seit mein mann tot ist will ich nur noch dahin wo er jetzt ist",
        negatable=False,
        requires=_NOT_GAME,
    ),
    Rule(
        "suicide.r4_go_where_the_dead_are",
        CRISIS,
        SUI,
        r"\b(?:want to go|wanna go|wish i could go|quiero ir|quisiera ir|queria ir|quero ir|"
        r"je veux aller|je voudrais aller|jaimerais aller|voglio andare|vorrei andare) "
        r"(?:\w+ )?(?:where (?:she|he|they) (?:is|are)|donde (?:esta|estan) (?:ella|el|ellos)|"
        r"(?:para )?onde (?:ela|ele|eles) (?:esta|estao)|la ou (?:elle|il|ils) (?:est|sont)|dove "
        r"(?:e|sono) (?:lei|lui|loro))\b",
        "desde que murio mi abuela solo quiero ir donde esta ella",
        negatable=False,
        requires=_NOT_GAME
        + r"(?=.*\b(?:died|passed|passed away|lost|death|funeral|grave|murio|fallecio|muerte|"
        r"entierro|morreu|faleceu|morte|funeral|morte|decede\w*|mort|morte|enterrement|morto|"
        r"morta|mancat[oa]|funerale|gestorben|verstorben|tod|beerdigung|grab)\b)",
    ),
    # ------------------------------------------------------------ sui.ideation
    Rule(
        "suicide.r4_finish_my_life",
        CRISIS,
        SUI,
        r"\b(?:finish|finishing|finished) (?:off )?my (?:own )?life\b|\bmich (?:\w+ )?umbring\b"
        r"|\b(?:wie|dass) ich mich umbring\w*\b",
        "every day i am thinking how to finish my life",
        negatable=False,
        requires=_NOT_GAME,
    ),
    # ------------------------------------------------------------ sui.burden: one less problem
    Rule(
        "suicide.r4_gone_one_less",
        CRISIS,
        SUI,
        _u(
            r"\b(?:if i am gone|if i was gone|if i were gone|if i disappeared|when i am gone|"
            r"si (?:yo )?(?:desapareciera|me muriera|no estuviera|me fuera para siempre)|se eu "
            r"(?:desaparecesse|morresse|nao estivesse (?:ca|aqui)|partisse)|si je (?:disparaissais|"
            r"mourais|etais plus la|netais plus la)|se (?:io )?(?:sparissi|morissi|non ci fossi "
            r"piu)|wenn ich (?:weg|tot|nicht mehr da) (?:ware|waere|war|bin))\b(?: \S+){0,8}? "
            r"(?:can finally|could finally|would finally|finally|un problema menos|problema a "
            r"menos|un souci en moins|un probleme en moins|un problema in meno|un peso in meno|"
            r"un peso menos|um peso a menos|ein problem weniger|eine sorge weniger|endlich|"
            r"por fin|finalmente|enfin|one less problem|one problem less|a weight off)\b"
        ),
        "se sparissi per sempre mia madre avrebbe un problema in meno",
        negatable=False,
        requires=_NOT_GAME
        + r"(?!.*\b(?:weekend|finde|fim de semana|week end|fine settimana|wochenende|holiday|"
        r"vacaciones|ferias|vacances|vacanze|urlaub|trip|viaje|viagem|voyage|viaggio|reise|"
        r"room|cuarto|quarto|chambre|camera|zimmer|desk|escritorio|secretaria|bureau|scrivania|"
        r"schreibtisch|next week|for a week|la semana que viene|a semana que vem|la semaine "
        r"prochaine|la prossima settimana|nachste woche|naechste woche|use my|usar mi|usar o meu|"
        r"utiliser mon|usare la mia|usare il mio)\b)",
    ),
)

TOKEN_MAP: dict[str, str] = {
    "jle": "je le",
    "jla": "je la",
    "jfreine": "je freine",
    "jviens": "je viens",
    "jfais": "je fais",
}
