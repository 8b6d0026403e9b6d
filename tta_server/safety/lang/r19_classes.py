"""The classes the newest blind sets' crises were still rated none in, as served, in all six
languages (round 19, issue 12).

Written from the classes' descriptions (docs/safety.md, "Round 19"), never from a blind message
(their texts stay unread). The rules are for what was said flatly:

* **means counted or set up** (``sui.means``): someone else's pills counted and "enough for me
  too"; a rope already tied to a fixed point of a home (a loft hatch, a banister, a beam); how
  much of a farm or garden chemical it takes "for a person";
* **clipped attempt reports** (``sui.attempt``): "tried. didn't work. again tomorrow", the verb
  with no object, then that it failed, then again;
* **giving things away** (``sui.preparatory``): "where I'm going I won't need them"; a handover
  of passwords or a PIN ending "I won't need it any more"; a gaming farewell giving gear away and
  never logging on again;
* **rather dead than** (``sui.wish_dead``): "I'd rather be dead than another four weeks of
  this", a wish to be dead as a comparison with more of something or going back (dying *rather
  than* singing karaoke stays what older rules make it);
* **method questions asked calmly** (``sui.method``): does drowning hurt with the sea near; is a
  bridge high enough, with its barriers or "asking for me"; the least painful way to go;
* **self-harm just done** (``self.act``): cut with a razor or blade, still bleeding (not while
  shaving);
* **danger at home from someone in charge** (``abuse.danger_now``): papers kept and beatings
  unless one works; a threat to burn the house down if anyone tells;
* **roleplay that breaks**: "ooc", "out of character", "not my character" are real-world
  markers (``REAL_MARKERS``), so what follows is not lowered as game talk;
* **somewhere dangerous now** (``sui.place``): came out to a jetty or the water "so I wouldn't
  have to go back";
* **not safe with myself, glued** (``sui.unsafe``): the words of "today I don't feel safe with
  myself" in six languages, which the glued-sentence split (``spacing.split_glued``) reads once
  a rule knows them; Italian "in danger with myself".

Look-alikes beside each (``tests/safety/test_round19.py``, ``dev/round19.jsonl``): a nurse
counting a ward's morphine, a rope tied to a climbing wall's anchor, a puzzle tried, old gear
given to a guildmate for another game, "I'd rather die than sing karaoke", the game's cliff and
jetty, a finger cut while cooking, roleplay that stays in character. Rule ids carry ``r19_``.
The names this module defines are described in ``tta_server.safety.lang``.
"""

from __future__ import annotations

from tta_server.safety.lexicon import ABUSE, CRISIS, SH, SUI, Rule

#: The start of a clause: the start of the text or after a clause or sentence token.
_START = r"(?:^|(?<=[,.] ))"
#: The end of a clause: a clause or sentence token or the end of the text.
_END = r"(?= [,.]|$)"

#: Out of character: the words that break a roleplay, making what follows the player's own.
REAL_MARKERS = (
    r"ooc|out of character|not my character|not the character|hrp|hors (?:rp|personnage)|"
    r"pas mon perso|fuera de personaje|no es mi personaje|fora do personagem|off rp|"
    r"nao e o personagem|fuori personaggio|fuori gioco|non il pg|non (?:e )?il mio personaggio|"
    r"nicht mein charakter|nicht die figur|ausserhalb der rolle"
)

#: Pills, tablets and the painkillers someone counts.
_PILLS = (
    r"(?:pills|tablets|meds|medication|painkillers|oxycodone|oxy|morphine|tramadol|codeine|"
    r"fentanyl|pastillas|comprimidos|remedios|cachets|comprimes|pilules|pastiglie|compresse|"
    r"pillole|tabletten|pillen|schmerztabletten|medikamente)"
)

_MEANS = (
    Rule(
        "suicide.r19_counted_enough_for_me",
        CRISIS,
        SUI,
        # someone else's pills counted: "enough for me too", "hay suficientes para mi tambien",
        # "da pra mim tambem", "assez pour moi aussi", "abbastanza anche per me", "reicht auch
        # fur mich"
        r"\b(?:enough for me (?:too|as well)|"
        r"(?:suficientes?|bastantes?) para mi tambien|"
        r"(?:da|tem|ha) (?:suficiente )?(?:pra|para) mim tambem|"
        r"assez pour moi aussi|abbastanza anche per me|reicht auch fur mich)\b",
        "counted her tramadol, there is enough for me too",
        requires=r"\b(?:counted|conte|contei|compte|contato|contate|gezahlt|zahlte)\b(?=.*\b"
        + _PILLS
        + r"\b)|\b"
        + _PILLS
        + r"\b(?=.*\b(?:counted|conte|contei|compte|contato|contate|gezahlt|zahlte)\b)",
    ),
    Rule(
        "suicide.r19_rope_tied_at_home",
        CRISIS,
        SUI,
        # a rope already tied to a fixed point of a home
        r"\b(?:rope|cord|cuerda|soga|corda|corde|seil|strick|kletterseil)\b(?: \S+){0,6}? "
        r"(?:tied|tied off|knotted|fixed|attached|secured|atada|amarrada|atado|amarrado|"
        r"attachee|attache|nouee|legata|legato|fissata|festgebunden|angebunden|befestigt|"
        r"festgemacht)\b(?: \S+){0,2}? "
        r"(?:(?:at|to|on|round|around) the (?:loft hatch|attic hatch|banister|bannister|"
        r"beam|rafter|rafters|stair rail|landing rail)|"
        r"(?:a|en|de) la (?:viga|barandilla|baranda|trampilla)|al (?:barandal|travesano)|"
        r"(?:na|no) (?:viga|corrimao|alcapao|caibro)|"
        r"a la (?:poutre|rampe|trappe)|au (?:grenier|chevron)|"
        r"alla (?:trave|ringhiera|botola)|"
        r"(?:am|an den|an der|an die) (?:dachbalken|balken|gelander|treppengelander|"
        r"dachluke|bodenluke))\b|"
        r"\b(?:am|an den|an der) (?:dachbalken|balken|gelander|treppengelander|dachluke|"
        r"bodenluke) (?:festgebunden|angebunden|befestigt|festgemacht)\b",
        "the climbing rope is already tied to the banister",
        requires=r"\b(?:rope|cord|cuerda|soga|corda|corde|seil|strick|kletterseil)\b"
        r"(?!.*\b(?:swing|hammock|washing|laundry|drying|dry|tent|pulley|tarp|columpio|"
        r"hamaca|ropa|balanco|rede|roupa|balancoire|hamac|linge|altalena|amaca|bucato|"
        r"schaukel|hangematte|wasche|kind|kids|children|ninos|criancas|enfants|bambini)\b)",
    ),
    Rule(
        "suicide.r19_chemical_for_a_person",
        CRISIS,
        SUI,
        # how much of a farm or garden chemical it takes for a person
        r"\b(?:sheep dip|pesticide|pesticides|herbicide|weedkiller|weed killer|paraquat|"
        r"insecticide|rat poison|slug pellets|antifreeze|herbicida|pesticida|veneno|"
        r"desherbant|insecticida|inseticida|diserbante|antiparassitario|veleno|"
        r"pflanzenschutzmittel|unkrautvernichter|rattengift|gift)\b(?: \S+){0,10}? "
        r"(?:for a (?:person|human|grown man|grown woman|adult)|para una persona|"
        r"(?:pra|para) uma pessoa|pour une personne|pour un adulte|per una persona|"
        r"per un adulto|(?:fur|bei) einen (?:menschen|erwachsenen))\b|"
        r"\b(?:(?:fur|bei) einen (?:menschen|erwachsenen))\b(?: \S+){0,4}? "
        r"(?:pflanzenschutzmittel|unkrautvernichter|rattengift)\b",
        "how much paraquat would it take for a person",
        requires=r"\b(?:how much|how many|cuanto|cuanta|quanto|quanta|combien|wie viel|"
        r"wieviel|what dose|which dose|que dosis|qual dose|quelle dose|che dose)\b",
    ),
)

#: Trying again, in the first words of the next clause or sentence (a lookahead: ``requires``
#: reads one sentence only): "again tomorrow maybe", "will try again", "ci riprovo".
_AGAIN = (
    r" [,.] (?:\S+ ){0,3}?(?:again|tomorrow|next time|once more|otra vez|manana|de nuevo|"
    r"vuelvo a intentar\w*|volvere|outra vez|amanha|de novo|tentar de novo|encore|"
    r"demain|recommence\w*|de nouveau|reessaie\w*|di nuovo|domani|riprov\w+|ancora|"
    r"nochmal|noch mal|morgen|wieder|erneut)\b"
)

_ATTEMPTS = (
    Rule(
        "suicide.r19_tried_didnt_work",
        CRISIS,
        SUI,
        # the verb with no object, failed, then again: "tried. didnt work. again tomorrow"
        _START + r"(?:(?:i )?tried(?: (?:it|last night|yesterday|tonight|today|this morning|"
        r"again))?|(?:lo|ya lo) intente(?: (?:anoche|ayer|hoy))?|"
        r"(?:eu )?tentei(?: (?:ontem a noite|ontem|hoje|de novo))?|"
        r"(?:jai )?essaye(?: (?:hier soir|hier|cette nuit))?|"
        r"(?:ci ho )?provato(?: (?:ieri sera|ieri|stanotte))?|"
        r"(?:ich habs |hab es |habs )?(?:gestern nacht |gestern abend |gestern )?versucht) "
        r"[,.] (?:(?:and |it |but |y |e |mais |ma |aber )?(?:did not work|didnt work|failed|"
        r"no funciono|no salio|no sirvio|nao deu(?: certo)?|nao funcionou|"
        r"(?:ca )?(?:na )?(?:a )?pas marche|(?:ca )?(?:a )?rate|non ha funzionato|"
        r"non e andata|non e servito|(?:es )?(?:hat|hats) nicht (?:geklappt|funktioniert)|"
        r"ging nicht|ging schief))" + _END + _AGAIN,
        "tried. didnt work. again tomorrow",
    ),
)

#: A move, a trip or a laugh: where one is going is somewhere else.
_NO_TRIP = (
    r"^(?!.*\b(?:lol|haha|jaja|kkk|mdr|ahah|moving|move|moved|abroad|holiday|trip|camping|"
    r"travel\w*|mudanza|mudo|viaje|mudando|mudanca|viagem|demenage\w*|voyage|trasloco|"
    r"trasferisco|viaggio|umzug|ziehe|reise|urlaub|vacaciones|vacances|vacanze|ferias|"
    r"festival|hospital|hospitalaria|hopital|ospedale|krankenhaus|kloster|convent|"
    r"monastery|army|military|navy)\b)"
)

_GIVING = (
    Rule(
        "suicide.r19_where_im_going",
        CRISIS,
        SUI,
        # "where i'm going i won't need them", "a donde voy no los voy a necesitar", "pra onde eu
        # vou nao vou precisar", "la ou je vais jen aurai plus besoin", "dove vado non mi
        # serviranno", "wo ich hingehe brauche ich sie nicht mehr"
        r"\b(?:where i am going|where i go)(?: ,)? i (?:will not|wont|do not|dont|will never) "
        r"need\b|"
        r"\b(?:a )?donde (?:me )?voy(?: ,)? (?:ya )?no (?:los |las |lo |la |me )?"
        r"(?:voy a necesitar|necesitare|necesito|hacen falta|van a hacer falta)\b|"
        r"\b(?:pra|para) onde (?:eu )?vou(?: ,)? (?:eu )?nao (?:vou precisar|preciso|"
        r"precisarei)\b|"
        r"\bla ou je vais(?: ,)? (?:je nen aurai|jen aurai|je naurai) (?:plus|pas) besoin\b|"
        r"\bdove vado(?: ,)? non mi (?:serviranno|servira|servono|serve)\b|"
        r"\bwo ich hin ?gehe(?: ,)? brauche? ich (?:sie|es|das|die|den|nichts)(?: \S+)? "
        r"(?:nicht mehr|nicht)\b",
        "giving my books away, where im going i wont need them",
        requires=_NO_TRIP,
    ),
    Rule(
        "suicide.r19_handover_wont_need",
        CRISIS,
        SUI,
        # a handover of passwords or a pin ending "i won't need it any more" (the passwords
        # named first, the need closing a later clause)
        r"\b(?:passwords?|pin|pins|passcode|logins?|contrasenas?|senhas?|mots de passe|"
        r"mot de passe|codes?|passwort|passworter|kennwort|kennworter)\b(?: \S+){0,30}? [,.] "
        r"(?:i (?:will not|wont) need (?:it|them|any of (?:it|this)|these|this)(?: any ?more)?|"
        r"(?:ya )?no (?:lo|los|la|las) (?:voy a necesitar|necesitare)(?: mas)?|"
        r"(?:eu )?nao vou (?:mais )?precisar(?: mais)?(?: disso| deles| delas)?|"
        r"(?:je )?nen aurai plus besoin|jen aurai plus besoin|"
        r"non mi serv(?:ira|iranno) piu|"
        r"(?:ich )?brauche? (?:ich )?(?:es |sie |das )?nicht mehr)" + _END,
        "passwords in the drawer, pin 1234, the cat goes to mum. i wont need it any more",
    ),
    Rule(
        "suicide.r19_never_logging_on_again",
        CRISIS,
        SUI,
        # a guild farewell never logging on again, ever (the gear given away in another
        # sentence; ``requires`` reads the farewell's own)
        r"\b(?:(?:will not|wont|i will not|i wont) be (?:logging|logged) (?:on|in) again|"
        r"(?:never|not) (?:be )?(?:logging|log) (?:on|in) again|"
        r"no (?:vuelvo|volvere|voy) a (?:conectarme|entrar|loguearme)|"
        r"nao vou (?:mais )?(?:logar|entrar|conectar)|nunca mais (?:vou )?(?:logar|entrar)|"
        r"je (?:ne )?me (?:connecterai|reconnecterai) (?:plus|jamais)|"
        r"non mi (?:connettero|collegero|ricollegero) piu|"
        r"(?:werde )?mich nie (?:wieder|mehr) (?:einloggen|anmelden))\b",
        "gg everyone, take my gear. wont be logging on again, ever",
        requires=r"^(?=.*\b(?:ever|never|nunca|jamais|mai|nie)\b)"
        r"(?!.*\b(?:another game|other game|new game|otro juego|outro jogo|autre jeu|"
        r"altro gioco|anderes spiel|break|pause|pausa|vacation|holiday|vacaciones|vacances|"
        r"vacanze|urlaub|ferias|server|servidor|serveur|lol|haha|jaja|kkk|mdr|bug|bugs|buggy|"
        r"lag|laggy|update|patch|devs|app|site|website|account|bank)\b)",
    ),
)

_RATHER_DEAD = (
    Rule(
        "suicide.r19_rather_be_dead_than_more",
        CRISIS,
        SUI,
        # a wish to be dead as a comparison with more of something, or going back
        r"\b(?:rather be dead than|prefiero estar muert[oa] (?:que|antes que|a)|"
        r"preferiria estar muert[oa] (?:que|antes que|a)|"
        r"(?:prefiro|preferia|preferiria) estar mort[oa] (?:do que|que|a)|"
        r"(?:je prefere|je prefererais|je prefererai|plutot|jaimerais mieux) etre mort(?:e)? "
        r"(?:que|plutot que)|"
        r"(?:preferirei|preferisco|meglio) essere mort[oa] (?:che|piuttosto che)|"
        r"(?:ware|waere|bin) (?:ich )?lieber tot als|lieber tot als)"
        r"(?: (?:do|go|face|spend|sit|have|doing|going|spending|facing|pasar|hacer|passar|"
        r"fazer|faire|passer|fare|passare))?"
        r" (?:another|more|one more|(?:two|three|four|five|six|a few) (?:more )?"
        r"(?:days|weeks|months|years|rounds|shifts)|go back|going back|this|"
        r"otr[oa]s?|volver|mas|seguir|esto|"
        r"mais|voltar|outr[oa]s?|continuar|isso|"
        r"encore|retourner|quatre|deux|trois|(?:un|une) (?:autre|mois|semaine|annee) de plus|"
        r"ca|"
        r"altr[aeio]|tornare|ancora|continuare|questo|"
        r"noch|wieder|weitere|zuruck|das hier|so weiter)\b",
        "id rather be dead than do another month of this",
    ),
)

#: The sea, a river or a lake near by.
_WATER = (
    r"(?:sea|beach|river|lake|coast|shore|harbour|harbor|canal|mar|playa|rio|lago|praia|"
    r"represa|mer|plage|riviere|fleuve|lac|port|mare|spiaggia|fiume|porto|meer|see|ostsee|"
    r"nordsee|fluss|strand|hafen|kanal)"
)

#: Animals, school and the story: a question about drowning that is not about oneself.
_STUDY = (
    r"(?:fish|fishes|animals?|dogs?|cats?|whales?|project|homework|school|essay|documentary|"
    r"novel|book|story|game|character|pez|peces|animales?|proyecto|tarea|escuela|novela|"
    r"libro|juego|personaje|peixes?|projeto|trabalho da escola|livro|jogo|personagem|"
    r"poissons?|projet|devoir|ecole|roman|livre|jeu|perso|personnage|pesci|pesce|animali|"
    r"progetto|compiti|scuola|romanzo|gioco|personaggio|fische?|tiere?|projekt|hausaufgabe|"
    r"schule|roman|buch|spiel|figur|charakter)"
)

_METHODS = (
    Rule(
        "suicide.r19_does_drowning_hurt",
        CRISIS,
        SUI,
        # does drowning hurt, with the sea or a river named in the next dozen words (bounded, so
        # that the prefilter's window around the trigger sees the same; in the match, not a
        # lookahead, so strings made from the rule hold it: test_prefilter)
        r"\b(?:does drowning hurt|is drowning painful|does it hurt to drown|"
        r"(?:ahogarse|ahogarme) duele|duele (?:ahogarse|ahogarme)|afogar(?: se)? doi|"
        r"doi (?:se )?afogar|se noyer (?:ca )?fait (?:il )?mal|est ce que (?:ca fait mal de )?"
        r"se noyer (?:ca )?fait mal|annegare fa male|fa male annegare|"
        r"tut ertrinken weh|ist ertrinken schmerzhaft)\b(?: \S+){0,12}? " + _WATER + r"\b"
        r"(?!(?: \S+){0,12}? " + _STUDY + r"\b)",
        "does drowning hurt, the river is behind my house",
        requires=r"^(?!.*\b" + _STUDY + r"\b)",
    ),
    Rule(
        "suicide.r19_high_enough_for_me",
        CRISIS,
        SUI,
        # is a bridge, cliff or viaduct high enough, with its barriers or asking for oneself
        r"\b(?:high enough|tall enough|(?:bastante|suficientemente|lo bastante|lo suficientemente)"
        r" alt[oa]|alt[oa] (?:o )?(?:bastante|suficiente)|assez haut(?:e)?|suffisamment haut(?:e)?|"
        r"abbastanza alt[oa]|alt[oa] abbastanza|hoch genug)\b",
        "is the viaduct high enough or does it still have barriers",
        requires=r"^(?=.*\b(?:bridge|viaduct|cliff|cliffs|tower|building|car park|roof|dam|"
        r"puente|viaducto|acantilado|torre|edificio|presa|ponte|viaduto|penhasco|predio|"
        r"pont|viaduc|falaise|immeuble|barrage|viadotto|scogliera|palazzo|diga|brucke|"
        r"\w*brucke|\w*klippe|\w*turm|hochhaus|staudamm)\b)"
        r"(?=.*\b(?:barriers?|railings?|fences?|nets?|vallas?|barreras?|redes?|grades?|"
        r"barreiras?|grilles?|barrieres?|filets?|barriere|reti|recinzioni|gitter|zaun|"
        r"netze|gelander|asking for me|for me|not for the game|pregunto por mi|es para mi|"
        r"para mi|no es para el juego|e pra mim|pra mim|para mim|pergunto por mim|"
        r"nao e pro jogo|cest pour moi|pour moi|je demande pour moi|pas pour le jeu|"
        r"chiedo per me|e per me|per me|non per il gioco|frage fur mich|fur mich|"
        r"nicht fur das spiel|nicht furs spiel)\b)",
    ),
    Rule(
        "suicide.r19_least_painful_way_to_go",
        CRISIS,
        SUI,
        # the least painful way to go, asked calmly
        r"\b(?:(?:least painful|most painless|painless|easiest|quickest) way to (?:go|die|do it|"
        r"end it|check out)|"
        r"(?:forma|manera) menos dolorosa de (?:irse|irme|morir|hacerlo|acabar)|"
        r"(?:jeito|forma|maneira) menos doloros[oa] de (?:partir|morrer|ir embora|ir)|"
        r"(?:facon|maniere) la moins douloureuse de (?:partir|mourir|en finir)|"
        r"moyen le moins douloureux de (?:partir|mourir|en finir)|"
        r"modo meno doloroso (?:per|di) (?:andarsene|morire|farla finita)|"
        r"(?:schmerzloseste|einfachste|sanfteste) (?:art|weise|methode) zu (?:gehen|sterben))"
        + _END,
        "what is the least painful way to go. serious question",
    ),
)

_SELF_HARM = (
    Rule(
        "self_harm.r19_cut_still_bleeding",
        CRISIS,
        SH,
        # cut with a razor or a blade just now, still bleeding
        r"\b(?:(?:cut|cutting) (?:myself |my (?:arm|arms|wrist|wrists|leg|legs|thigh) )?with "
        r"(?:a|the|my) (?:razor|razor blade|blade|box cutter|stanley knife)|"
        r"(?:cortar|cortarme|cortado|corte) con (?:una|la|mi) (?:cuchilla|navaja|hoja|"
        r"cuchilla de afeitar)|"
        r"(?:me )?cort(?:ar|ei|ado) com (?:a|uma) (?:lamina|gilete|navalha)|"
        r"(?:me )?couper avec (?:une|la|ma) (?:lame|lame de rasoir)|coupe avec (?:une|la|ma) lame|"
        r"(?:tagliat[ao]|tagliare|tagliarmi) con (?:una|la) (?:lametta|lama)|"
        r"mit (?:der|einer|meiner) (?:rasierklinge|klinge) (?:\S+ )?geschnitten)\b",
        "just cut with a razor blade and it is still bleeding",
        requires=r"^(?=.*\b(?:still bleeding|wont stop bleeding|will not stop bleeding|"
        r"sigue sangrando|no para de sangrar|ainda (?:ta|esta) sangrando|nao para de sangrar|"
        r"saigne encore|saigne toujours|arrete pas de saigner|sanguina ancora|"
        r"non smette di sanguinare|blutet (?:noch|immer noch)|hort nicht auf zu bluten)\b)"
        r"(?!.*\b(?:shaving|shave|afeitar|afeitando|barbear|barbeando|raser|rasant|barba|"
        r"rasieren|rasiert|beim rasieren|onion|onions|cebolla|cebola|oignons?|cipoll[ae]|"
        r"zwiebel\w*|cooking|cocinando|cozinhando|cuisine|cucinando|kochen)\b)",
    ),
)

_DANGER = (
    Rule(
        "abuse_or_danger.r19_papers_kept_beaten",
        CRISIS,
        ABUSE,
        # the person running a house keeps the papers and beats whoever does not work
        r"\b(?:keeps?|kept|has|took|holds?|tiene|guarda|quito|se queda(?: con)?|"
        r"se quedo(?: con)?|retiene|fica com|ficou com|tem|pegou|retem|garde|a pris|tient|"
        r"confisque|retient|prende|ha preso|trattiene|ha sequestrato|behalt|hat|nahm|"
        r"nimmt|einbehalten)\b (?:\S+ ){0,2}?"
        r"(?:passports|papers|documents|ids|id cards|papeles|pasaportes|documentos|"
        r"passaportes|papiers|passeports|documenti|passaporti|pass|passe|papiere|ausweise|"
        r"dokumente)\b",
        "she keeps our passports and beats us if we do not work",
        requires=r"^(?=.*\b(?:hits?|beats?|hurts?|pega|golpea|bate|machuca|frappe|tape|"
        r"picchia|colpisce|schlagt|verprugelt)\b)(?=.*\b(?:work|working|trabajamos|trabajo|"
        r"trabajar|trabalha|trabalhamos|trabalhar|travaille|travaillons|travaillez|travail|"
        r"lavoriamo|lavoro|lavorare|arbeiten|arbeit|arbeite)\b)",
    ),
    Rule(
        "abuse_or_danger.r19_burn_the_house_if_we_tell",
        CRISIS,
        ABUSE,
        # a threat to burn the house down if anyone tells
        r"\b(?:burn (?:down )?the (?:house|flat|place)(?: down)?|quemar(?:a|ia)? la casa|"
        r"queimar a casa|queima a casa|brul(?:er|era|erait) la maison|"
        r"brucer(?:a|ebbe) la casa|bruciare la casa|haus anzu ?zunden|"
        r"haus abzu ?fackeln|zundet das haus an)\b",
        "he says hell burn the house down if we tell",
        requires=r"\b(?:if (?:we|i|you|anyone) (?:tell|say|talk)|si (?:contamos|decimos|"
        r"hablamos|lo contamos|cuento|digo)|se (?:a gente )?(?:contar|falar|contarmos|"
        r"falarmos)|si (?:on|je) (?:parle|dit|le dit|raconte)|se (?:parliamo|lo diciamo|"
        r"parlo|lo dico)|wenn (?:wir|ich) (?:was |etwas )?(?:sagen|sage|erzahlen|erzahle))\b",
    ),
)

_PLACES = (
    Rule(
        "suicide.r19_came_here_not_to_go_back",
        CRISIS,
        SUI,
        # out at the water "so i wouldn't have to go back" (the place named first, perhaps
        # sentences before)
        r"\b(?:jetty|pier|dock|harbour|harbor|edge|water|sea|cliff|bridge|lake|river|muelle|"
        r"agua|mar|puente|rio|acantilado|cais|trapiche|ponte|penhasco|jetee|eau|quai|ponton|"
        r"falaise|pont|molo|acqua|pontile|scogliera|fiume|steg|wasser|mole|brucke|klippe|"
        r"fluss|meer|see)\b(?: \S+){0,30}? "
        r"(?:(?:i )?came (?:out )?here so i (?:would not|do not|wont|will not|dont) have to "
        r"go back|(?:me )?vine aqui para no (?:tener que )?volver|"
        r"(?:eu )?vim aqui (?:pra|para) nao (?:ter que |precisar )?voltar|"
        r"(?:je )?(?:suis )?venue? ici pour ne (?:pas|plus) (?:avoir a )?(?:rentrer|revenir|"
        r"retourner)|(?:sono )?venut[oa] qui per non (?:dover )?tornare|"
        r"(?:bin )?hergekommen damit ich nicht (?:mehr )?zuruck (?:muss|gehen muss))\b",
        "at the end of the pier, came out here so i would not have to go back",
    ),
)

_UNSAFE = (
    Rule(
        "suicide.r19_not_safe_with_myself",
        CRISIS,
        SUI,
        # the words of "today i don't feel safe with myself", which the glued-sentence split
        # reads once a rule knows them
        r"\bno me siento (?:segura|seguro|a salvo) conmigo(?: misma| mismo)?\b|"
        r"\bje ne me sens pas en securite avec moi (?:meme )?aujourdhui\b|"
        r"\b(?:mi sento in pericolo|non mi sento al sicuro) con me (?:stessa|stesso)\b|"
        r"\bich (?:fuehle|fuhle) mich heute nicht sicher (?:mit mir selbst|mit mir|bei mir)\b|"
        r"\bnao me sinto (?:segura|seguro) comigo (?:mesma|mesmo)\b",
        "oggi mi sento in pericolo con me stessa",
    ),
    Rule(
        "suicide.r19_not_safe_with_myself_glued",
        CRISIS,
        SUI,
        # the same typed with no spaces, where a short word ("hoy", "moi", "con") is one the
        # glued-sentence split does not know: "hoynomesientoseguraconmigo"
        r"\b(?:hoynomesiento|hoyyonomesiento|yonomesiento|nomesiento)(?:segura|seguro|asalvo)"
        r"conmigo\w*|"
        r"\b(?:aujourdhuijenemesens|jenemesens)pasensecuriteavecmoi\w*|"
        r"\b(?:oggimisento|oggiiomisento|iomisento|misento)inpericoloconmestess\w*|"
        r"\b(?:ogginonmisento|oggiiononmisento|iononmisento|nonmisento)alsicuroconmestess\w*|"
        r"\b(?:heuteichfuehle|heuteichfuhle|ichfuehle|ichfuhle)mich(?:heute)?nichtsicher"
        r"(?:mitmir|beimir)\w*|"
        r"\b(?:hojenaomesinto|hojeeunaomesinto|eunaomesinto|naomesinto)(?:segura|seguro)"
        r"comigo\w*|"
        r"\b(?:todayidont|todayidonot|idont|idonot)feelsafewithmyself\w*",
        "hoynomesientoseguraconmigomisma",
    ),
)

RULES: tuple[Rule, ...] = (
    *_MEANS,
    *_ATTEMPTS,
    *_GIVING,
    *_RATHER_DEAD,
    *_METHODS,
    *_SELF_HARM,
    *_DANGER,
    *_PLACES,
    *_UNSAFE,
)
