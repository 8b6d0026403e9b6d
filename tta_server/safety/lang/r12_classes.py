"""The classes blind set 11 showed missed most, in all six languages (round 12, issue 12).

Written from the taxonomy (docs/safety.md: ``sui.plan``, ``sui.place``, ``sui.preparatory``,
``sui.method``, ``harm.intent``), never from a blind message (their texts stay unread):

* **a plan with a time and no method word**: "friday is the day", "after the funeral i'm
  done", "the 14th. that's when it ends", "once the kids are at their dad's" said alone; an
  event of the day ("the party", "my exam", "the wedding") after it keeps it quiet;
* **a dangerous place said plainly**, with no word of jumping: "i'm on the tracks", "sitting
  on the roof ledge", "at the top of the car park". Places neither world has (tracks, roofs,
  ledges, car parks, motorway bridges) are crisis; a bridge, a cliff, a parapet or railings,
  which both worlds have and a player may name in play, said plainly with nothing else are
  concern (a check-in, not a hold: the screen does not know the world; with "again", "right
  now" or looking down the older ``suicide.en_place_now`` makes them crisis);
* **affairs put in order**: passwords left for someone, a will updated with its papers shown,
  a pet given away with no holiday or move, subscriptions cancelled because they "won't be
  needed";
* **how long a body lasts, or until someone finds it**: "how long can you go without
  insulin", "how long before anyone would find me", "how long until you pass out in the cold";
* **a threat said as an answer**: harm to a person and knowing where they live, park or work
  ("hurt him like he hurt me, i know where he parks").

Look-alikes beside each (``tests/safety/test_round12.py``): days of parties and exams, being on
a bridge in the game, a roof fixed, a will made after a birth, the dog minded for a holiday,
how long bread keeps, knowing where a friend parks. Rule ids carry ``_r12_``. The names this
module defines are described in ``tta_server.safety.lang``.
"""

from __future__ import annotations

from tta_server.safety.lexicon import CLAUSE_END as _END
from tta_server.safety.lexicon import CONCERN, CRISIS, HARM, SUI, Rule

#: A day said as a time: a weekday, tomorrow, tonight, a date.
_WHEN = (
    r"(?:(?:this |next |on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"lunes|martes|miercoles|jueves|viernes|sabado|domingo|segunda|terca|quarta|quinta|sexta|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunedi|martedi|mercoledi|giovedi|"
    r"venerdi|sabato|domenica|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(?: night| morning|"
    r" evening| noche| noite| soir| sera| nacht| abend)?|tomorrow(?: night)?|tonight|"
    r"the (?:\d{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|last day of the month)|"
    r"manana|hoy|amanha|hoje|demain|ce soir|domani|stasera|morgen|heute nacht|heute)"
)

#: What makes a day, a place or a pet ordinary: an event, a trip, a game.
_ORDINARY = (
    r"^(?!.*\b(?:party|parties|wedding|birthday party|exam|exams|test|interview|game|quest|"
    r"level|match|trip|holiday|holidays|vacation|move|moving|flight|date night|results|"
    r"surgery|operation|appointment|concert|gig|show|series|season|episode|film|movie|"
    r"launch|deadline|shift|payday|sale|race|marathon|tournament|final|finals|graduation|"
    r"fiesta|examen|boda|viaje|festa|prova|casamento|viagem|fete|mariage|voyage|esame|"
    r"matrimonio|viaggio|partita|party|prufung|hochzeit|reise|urlaub|spiel|jeu|juego|gioco|"
    r"jogo|umzug|umziehen|mudanza|mudanca|demenagement|trasloco)\b)"
)

_PLANS = (
    Rule(
        "suicide.r12_day_is_the_day",
        CRISIS,
        SUI,
        # "friday is the day", "tomorrow night is the night", "el viernes es el dia", "o dia e
        # sexta", "vendredi cest le jour", "venerdi e il giorno", "freitag ist der tag"
        r"(?:^|(?<=[,.] )|\b(?:so|ok|okay|well|yeah|right|then) )(?:el |la |o |a |le )?"
        + _WHEN
        + r" (?:is|will be|es|sera|e|vai ser|cest|ce sera|sara|ist|wird) (?:the|el|o|le|il|"
        r"der) (?:day|night|date|dia|noche|fecha|noite|data|jour|soir|date|giorno|notte|tag|"
        r"nacht|abend|my last night|my last weekend)"
        + _END
        + r"|(?:^|(?<=[,.] ))"
        + _WHEN
        + r"s the (?:day|night)"
        + _END
        + r"|^i (?:know|have decided|have chosen|have picked) (?:which (?:day|night|date)|when)"
        r"(?: now)?"
        + _END
        + r"|\b(?:el dia|o dia|le jour|il giorno|der tag) (?:es|sera|e|vai ser|cest|sera|sara|"
        r"ist|wird) " + _WHEN + _END,
        "friday is the day",
        requires=_ORDINARY,
        on_negation=CONCERN,
    ),
    Rule(
        "suicide.r12_after_it_ends",
        CRISIS,
        SUI,
        # after an event of a life, "i'm done", "it ends", "i'll be gone": a time and no method
        r"\b(?:after|once|when|right after|straight after|the day after) (?:the |my |his |her |"
        r"our |mums |dads |grans |nans )?(?:funeral|christmas|xmas|new year|new years|birthday|"
        r"his birthday|her birthday|anniversary|court date|hearing|kids are (?:asleep|in bed|"
        r"at (?:their|my) \w+|with (?:their|my) \w+|at school|gone)|everyone is (?:asleep|in "
        r"bed|gone|out)|everyones (?:asleep|in bed|gone|out)|everyone goes to (?:bed|sleep)|house is empty|(?:mum|dad|mom|wife|"
        r"husband|partner|parents|flatmate|boyfriend|girlfriend) (?:is asleep|are asleep|goes to "
        r"(?:bed|sleep|work)|leaves|leave|has gone|have gone|is gone|are gone)|(?:the )?dog is "
        r"(?:gone|rehomed|settled)|rent is paid|bills are paid|divorce is final|divorce goes "
        r"through|\w+s (?:funeral|birthday|wedding))\b(?: \S+){0,4}? (?:i am done|i "
        r"am gone|i will be gone|i am out|that is it|it is over|it will be over|it ends|it all "
        r"ends|i will do it|i am doing it|i do it|no more me|i will not be (?:here|around)|i am "
        r"finished|i check out|i will end it|lights out|i go)" + r"(?: for me| for good| for real| "
        r"forever| with (?:everything|all of it|life|this life|it all))?"
        + _END
        + r"|\bwhen (?:the |my )?(?:\w+ ){0,2}?(?:end|ends|finish|finishes|are over|is over) ?,? so "
        r"do i"
        + _END
        + r"|\b(?:despues del|despues de la|tras el) (?:funeral|entierro|navidad|cumpleanos)\b"
        r"(?: \S+){0,3}? (?:se acabo|se acaba|me voy|lo hago|ya no estoy|termino)\b"
        r"|\b(?:depois do|depois da|apos o) (?:funeral|enterro|natal|aniversario)\b(?: \S+){0,3}?"
        r" (?:acabou|acaba|eu vou embora|eu faco|faco isso|nao estou mais|termino)\b"
        r"|\b(?:apres l|apres) (?:enterrement|noel|anniversaire|obseques)\b(?: \S+){0,3}? "
        r"(?:cest fini|cest termine|je men vais|je le fais|je pars|jarrete tout)\b"
        r"|\b(?:dopo il|dopo la|dopo) (?:funerale|natale|compleanno)\b(?: \S+){0,3}? (?:e "
        r"finita|la faccio finita|me ne vado|lo faccio|chiudo)\b"
        r"|\b(?:nach der|nach dem|nach) (?:beerdigung|weihnachten|geburtstag)\b(?: \S+){0,3}? "
        r"(?:ist schluss|ist es vorbei|bin ich weg|mache ich es|mach ichs|mach ich es)\b",
        "after the funeral i'm done",
        requires=_ORDINARY,
        on_negation=CONCERN,
    ),
    Rule(
        "suicide.en_r12_thats_when",
        CRISIS,
        SUI,
        r"\b(?:that is|that will be|it will be|it is going to be|that is going to be) (?:when|"
        r"the day|the night|the date|my last day|my last night)(?: it (?:ends|happens|all ends|"
        r"stops|is over)| i (?:go|do it|will do it|am going|am gone|am done))?" + _END,
        "the 14th. that's when it ends",
        # a time in the sentence; or the sentence alone after one ("the 14th. that's when it
        # ends": requirements are read within the sentence)
        requires=_ORDINARY + r"(?:(?=.*(?:" + _WHEN + r"|\b(?:funeral|christmas|weekend|next "
        r"week|date|once|after|when the)\b))(?=.*\b(?:ends|happens|i go|do it|am gone|am done|"
        r"last day|last night)\b|^(?:\S+ ){0,5}(?:that is|it will be) when" + _END + r")"
        r"|^that (?:is|will be) (?:when (?:it (?:all )?ends|i end it|i do it)|the day|the night|"
        r"my last night|my day)(?: for me)?(?: too)?" + _END + r")",
        on_negation=CONCERN,
    ),
    Rule(
        "suicide.en_r12_once_the_kids",
        CRISIS,
        SUI,
        # the condition alone, the whole message: the plan's "when" said with nothing else
        r"^(?:once|when|as soon as) (?:the|my) kids (?:are|have gone|go) (?:at|to|with|asleep|"
        r"in bed|gone|away)(?: \S+){0,4}?" + r"(?: ,? (?:that is when|then|i will|it happens|"
        r"its happening))?(?: ?[.!]*)$",
        "once the kids are at their dad's",
        requires=_ORDINARY + r"^(?!.*\b(?:pick|collect|call|ring|come|meet|drink|pub|bath|"
        r"dinner|tea|movie|relax|peace and quiet|clean|tidy)\b)",
        on_negation=CONCERN,
    ),
)

#: Dangerous places neither world has: said plainly, crisis.
_PLACE_REAL = (
    r"(?:(?:train |railway |rail )?tracks|railway line|rail line|level crossing|platform "
    r"edge|edge of the platform|roof ledge|window ledge|ledge|rooftop|roof|edge of the roof|"
    r"roof of (?:my|the|our) (?:building|flat|flats|block|house|school|work|office|hospital|"
    r"car park)|top of the (?:car park|multi storey|multistorey|building|block|flats|tower|"
    r"tower block|hospital)|top (?:floor|level|deck) of the car park|multi storey|overpass|"
    r"flyover|motorway bridge|footbridge over the motorway|hard shoulder|wrong side of the "
    r"(?:railing|railings|barrier|fence))"
)
#: Dangerous places both worlds have (a bridge, a cliff): said plainly, concern.
_PLACE_PLAY = r"(?:bridge|cliff|cliffs|clifftop|cliff edge|edge of the cliff|parapet|railings?)"
#: Who is there now: "i'm", "i'm sitting", or a message that starts with the posture.
_AM_THERE = (
    r"(?:^|(?<=[,.] )|\bi am (?:\w+ )?|\bi have been |\bi am just |\bi am still |\bi am "
    r"sitting |\bi am standing |\bi am sat |\bi am stood )(?:standing |sitting |sat |stood |"
    r"perched |lying |laying |up |out |here |right |still |just )?(?:on|at|by|up on|on top of|"
    r"at the top of|at the edge of|on the edge of|right on|over|in the middle of|between) "
    r"(?:the |a |my |this |that )?(?:\w+ )?"
)
#: What makes a place ordinary: a drink, a repair, a view, waiting for a train, the game.
_NOT_DANGER = (
    r"^(?!.*\b(?:terrace|bar|party|drink|drinks|cafe|restaurant|garden|deck chair|view|"
    r"sunset|sunrise|fixing|fix|repair|repairing|gutter|gutters|aerial|satellite|tiles|"
    r"builder|roofer|cleaning|shoot|photo|photos|pics|selfie|fireworks|waiting for|train "
    r"home|my train|the train to|bus|platform \d|work|job|shift|game|quest|(?<!top )level|map|"
    r"inventory|npc|character|go|walk|look|cat|kitten|ball|frisbee|kite|drone|solar|"
    r"chimney|snow|model|lego|hot wheels|toy|tracksuit|tracks? (?:on|of|from|by)|album|"
    r"playlist|song|songs|music|race|racing|running|run|jog|bike|cycling|ride|goblins?|"
    r"gobelins?|orcs?|dragons?|castle|chateau|castillo|castelo|castello|burg|knight|wizard|"
    r"sword|tour de garde|torre di guardia|watchtower|keeper|bastian|pip|rue|lantern|library|"
    r"observe|jobserve|osservo|beobachte|tomando|tomar algo|amigas|amigos|amici|amis|"
    r"freunde|copas|sistemare|aggiustare|sistemo|riparo|arreglar|consertar)\b)"
)
_PLACE_WORDS = (
    r"(?:^|(?<=[,.] ))(?:still |just |right )?(?:on|at|between|top of) (?:the )?(?:train |"
    r"railway )?(?:tracks|railway line|roof ledge|platform edge|rails|level crossing|multi "
    r"storey|car park roof)(?: again| now| right now)?" + _END
)

_PLACES = (
    Rule(
        "suicide.en_r12_place_plainly",
        CRISIS,
        SUI,
        _AM_THERE + _PLACE_REAL + r"\b(?! terrace| garden| bar| top bar| party| deck chair)"
        r"(?: \S+){0,6}?(?: ?[.,!?]*)$|" + _PLACE_WORDS,
        "sitting on the roof ledge",
        requires=_NOT_DANGER + r"^(?:\S+ ){0,16}\S+$",
        on_negation=CONCERN,
    ),
    Rule(
        "suicide.en_r12_bridge_plainly",
        CONCERN,
        SUI,
        r"(?:^|(?<=[,.] )|\bi am (?:\w+ )?|\bi am just |\bi am still )(?:standing |sitting |"
        r"sat |stood |perched |here |right |still |just )?(?:on|at|by|up on|on top of|at the "
        r"edge of|on the edge of|over) (?:the |a |this |that )?(?:\w+ )?"
        + _PLACE_PLAY
        + r"(?: (?:again|now|right now|alone|tonight|in the dark|in the rain|at night))?"
        r"(?: ?[.,!?]*)$",
        "i'm on the bridge",
        requires=_NOT_DANGER + r"^(?:\S+ ){0,9}\S+$",
    ),
    Rule(
        "suicide.r12_place_plainly",
        CRISIS,
        SUI,
        # es / pt / fr / it / de: on the tracks, the roof, the ledge, the top of the car park.
        # Not a platform, a car park, a windowsill or a roof terrace alone: people wait and sit
        # there
        r"\b(?:estoy|sigo|ya estoy|sentad[oa]|parad[oa]|de pie) (?:\w+ )?(?:en|sobre) (?:las |"
        r"la |el |los )?(?:vias|via del tren|tejado|cornisa|borde del anden|borde de la azotea|"
        r"ultimo piso del parking|techo del edificio)\b|\b(?:sentad[oa]|parad[oa]|de pie) "
        r"(?:\w+ )?(?:en|sobre) la azotea\b"
        r"|\b(?:estou|to|tou|ja estou|sentad[oa]|em pe) (?:\w+ )?(?:nos|na|no|em cima do|em cima "
        r"da|sobre os) ?(?:trilhos|linha do trem|telhado|parapeito|beirada|borda da plataforma|"
        r"ultimo andar do estacionamento)\b"
        r"|\b(?:je suis|jsuis|suis|assise?|debout) (?:\w+ )?(?:sur|au bord de|au bord du) (?:les |"
        r"le |la |l )?(?:voies|rails|toit|rebord|corniche)\b|\b(?:je suis|jsuis|suis|debout) "
        r"(?:\w+ )?(?:au bord du quai|en haut du parking|sur le toit du parking)\b"
        r"|\b(?:sono|sto|seduto|seduta|in piedi) (?:\w+ )?(?:sui|sul|sulla|in cima al|sul bordo "
        r"del|sul bordo della) ?(?:binari|tetto|cornicione)\b|\b(?:sono|sto) in cima al palazzo\b"
        r"|\b(?:ich bin|ich stehe|ich sitze|stehe|sitze|bin) (?:\w+ )?(?:auf den|auf dem|auf der|"
        r"an der) (?:gleisen|dach|sims|bahnsteigkante|parkhausdach|hochhaus)\b",
        "estoy en las vias",
        requires=_NOT_DANGER + r"^(?!.*\b(?:terraza|fiesta|arreglando|tren para|esperando|"
        r"reparando|festa|consertando|esperando o|soiree|reparer|attends|j attends|jattends|"
        r"aspetto|aspettando|riparare|sistemando|warte|reparier\w*|feier|zug nach|grill\w*|"
        r"copa|bebida|cerveja|biere|birra|bier|sol|soleil|sonne)\b)^(?:\S+ ){0,7}\S+$",
        on_negation=CONCERN,
    ),
    Rule(
        "suicide.r12_bridge_plainly",
        CONCERN,
        SUI,
        r"^(?:estoy|estou|to|je suis|sono|ich bin|ich stehe) (?:en el|na|sur le|sul|auf der) "
        r"(?:puente|ponte|pont|brucke)(?: (?:otra vez|de novo|encore|di nuovo|wieder|ahora|agora|"
        r"maintenant|adesso|jetzt))?(?: ?[.,!?]*)$",
        "je suis sur le pont",
    ),
)

_AFFAIRS = (
    Rule(
        "suicide.en_r12_passwords_left",
        CRISIS,
        SUI,
        r"\b(?:sorted|wrote down|written down|written out|wrote out|left|printed|put|saved|"
        r"gave|given|emailed|listed|made a list of) (?:out )?(?:all )?(?:my |of my )?(?:\w+ )?"
        r"(?:passwords|pins|pin numbers|logins|bank details|account details|passcodes|codes)\b"
        r"(?: \S+){0,4}? (?:for|to|with) (?:my |her |him |them |the )?(?:sister|brother|mum|mom|"
        r"dad|wife|husband|partner|kids|son|daughter|family|parents|best friend|friend|girlfriend|"
        r"boyfriend|flatmate|executor)\b",
        "sorted my passwords for my sister",
        requires=r"^(?!.*\b(?:wifi|netflix|spotify|streaming|disney|prime|game|holiday|trip|"
        r"while i am away|hospital|in case|because|while|surgery|in case i forget|forgetful|manager|password "
        r"manager|school|homework)\b)",
        on_negation=CONCERN,
    ),
    Rule(
        "suicide.en_r12_will_in_order",
        CRISIS,
        SUI,
        r"\b(?:updated|wrote|made|finished|signed|sorted|redid|changed|done|did) (?:out )?my "
        r"will\b(?=.*\b(?:everythings|everything is|it is all|its all|all sorted|in the "
        r"drawer|in the envelope|in the folder|for when|for after|so they|so nobody|so no one|"
        r"will not have to|in order|letters|note|notes|goodbye|tonight|the last|last thing|"
        r"just in case|know where)\b)|\bmy will is (?:updated|done|sorted|signed|written)\b(?=.*\b"
        r"(?:note|notes|letter|letters|envelope|drawer|goodbye)\b)|\btold (?:\w+ ){1,3}where "
        r"(?:my will|the will|my papers|the papers|my passwords|the passwords) (?:is|are)\b",
        "updated my will, everything's in the drawer",
        requires=r"^(?!.*\b(?:baby|born|married|marriage|wedding|divorce|divorced|solicitor|"
        r"lawyer|mortgage|new house|bought|as you do|adulting|grown up|game|character)\b)",
        on_negation=CONCERN,
    ),
    Rule(
        "suicide.en_r12_pet_rehomed",
        CRISIS,
        SUI,
        r"\b(?:found|sorted|arranged|got) (?:someone|somebody|a home|a new home|a good home|"
        r"people|a family|my \w+|a friend) (?:to take|for|who will take|who can take|to look "
        r"after|to have|to keep|to mind) (?:my |the |our )?(?:dog|dogs|cat|cats|rabbit|rabbits|"
        r"bunny|hamster|pet|pets|puppy|kitten|bird|budgie|fish|parrot|guinea pig|horse)\b"
        r"(?: \S+){0,4}?(?: for good| forever| permanently| after)?(?: ?[.,!?]*)$"
        r"|\b(?:rehomed|gave away|given away) (?:my |the |our )?(?:dog|cat|cats|rabbit|pet|pets|"
        r"bird|budgie)\b(?: \S+){0,3}? (?:will not|wont|wo not) (?:need|be here|be around)",
        "found someone to take the dog",
        requires=r"^(?!.*\b(?:while|when we|for the (?:weekend|week|day|night|month)|holiday|"
        r"away|trip|move|moving|allergic|allergy|landlord|new flat|rescue|foster|litter|puppies|"
        r"kittens|vet|walk|walks|walking|sitter|sitting|kennels|game|quest|hospital|surgery|"
        r"work|shifts?)\b)",
        on_negation=CONCERN,
    ),
    Rule(
        "suicide.en_r12_wont_need_them",
        CRISIS,
        SUI,
        r"\b(?:cancelled|canceled|closed|ended|stopped|sold|deleted|emptied|returned|"
        r"unsubscribed from|cancelled all|shut down|paid off) (?:all )?(?:my |the |of my )?"
        r"(?:\w+ ){0,3}?(?:,|and|because|as|since|cause|cos)? ?(?:i )?(?:will not|do not|will "
        r"never|am not going to) (?:need|be needing|be using|use) (?:it|them|any of (?:it|them)|"
        r"that|those)(?: anymore| any more| again| now| after| where i am going)?" + _END,
        "cancelled my subscriptions, won't need them",
        requires=r"^(?!.*\b(?:moving|moved|new|upgrade|upgraded|switched|switching|instead|"
        r"cheaper|free trial|trial|since we|because we|now that|in the city|at uni|too "
        r"expensive|expensive|save money|saving money|got a|bought|game|level)\b)",
        negatable=False,
    ),
    Rule(
        "suicide.r12_affairs",
        CRISIS,
        SUI,
        # es / pt / fr / it / de: passwords left to someone, a pet given to someone, not needed
        r"\b(?:deje|anote|le di|le pase) (?:\w+ )?(?:mis )?(?:contrasenas|claves) (?:a|para) "
        r"(?:mi|mis)\b|\b(?:encontre|busque|consegui) (?:a )?(?:alguien|quien|una familia|un "
        r"hogar|casa) (?:que se quede con|para|que cuide a|que cuide de) (?:mi|el|la) "
        r"(?:perro|perra|gato|gata|mascota)\b(?: \S+){0,2}?(?: ?[.,!]*)$"
        r"|\b(?:deixei|anotei|passei) (?:\w+ )?(?:minhas |as )?senhas (?:pra|para|com) (?:a |o )?"
        r"(?:minha|meu|minhas|meus)\b|\b(?:achei|encontrei|arrumei) (?:alguem|uma familia|um "
        r"lar|uma casa) (?:pra|para|que) (?:ficar com|cuidar d)\w* (?:o |a |meu |minha )?(?:\w+ )?"
        r"(?:cachorro|cachorra|gato|gata|cao|bichinho)\b(?: \S+){0,2}?(?: ?[.,!]*)$"
        r"|\b(?:jai laisse|jai note|jai donne|jai ecrit) (?:\w+ )?(?:mes )?(?:mots de passe|codes)"
        r" (?:a|pour) (?:ma|mon|mes)\b|\bjai trouve (?:quelquun|une famille|une maison) (?:pour "
        r"prendre|pour garder|qui prendra|qui gardera|pour) (?:le|la|mon|ma) (?:chien|chienne|"
        r"chat|chatte)\b(?: \S+){0,2}?(?: ?[.,!]*)$"
        r"|\bho (?:lasciato|scritto|dato) (?:\w+ )?(?:le mie )?(?:password|codici) (?:a|per) "
        r"(?:mia|mio|miei)\b|\bho trovato (?:qualcuno|una famiglia|casa) (?:che prenda|per|che "
        r"tenga|a cui lasciare) (?:il|la|mio|mia) (?:cane|gatto|gatta)\b(?: \S+){0,2}?"
        r"(?: ?[.,!]*)$"
        r"|\b(?:ich habe|hab) (?:meiner|meinem) (?:\w+ )(?:meine |alle )?(?:passworter|"
        r"passwoerter|zugangsdaten|pins) (?:gegeben|aufgeschrieben|hinterlassen)\b|\b(?:ich "
        r"habe|hab) jemanden gefunden (?:, )?der (?:meinen|den|meine|die) (?:hund|katze|kater) "
        r"(?:nimmt|ubernimmt|bekommt)\b(?: \S+){0,2}?(?: ?[.,!]*)$"
        # not needed any more, after cancelling or closing things (not after giving a thing)
        r"|\b(?:cancele|cerre|di de baja)\b(?: \S+){0,5}? (?:no lo|no las|no los) (?:voy a|vou) "
        r"necesitar mas\b|\b(?:cancelei|fechei|encerrei)\b(?: \S+){0,5}? nao vou (?:mais )?"
        r"precisar (?:mais )?(?:dele|dela|deles|delas|disso)\b|\b(?:resilie|annule|ferme)\b(?: "
        r"\S+){0,5}? je nen aurai plus besoin\b|\b(?:disdetto|cancellato|chiuso)\b(?: \S+){0,5}?"
        r" non mi (?:serve|serviranno|servira) piu\b|\b(?:gekundigt|abgemeldet)\b(?: \S+){0,5}? "
        r"brauche (?:ich|es|sie) nicht mehr\b",
        "encontre a alguien que se quede con mi perro",
        requires=r"^(?!.*\b(?:vacaciones|viaje|ferias|viagem|vacances|voyage|vacanze|viaggio|"
        r"urlaub|reise|mudanza|mudanca|demenagement|trasloco|umzug|fin de semana|fim de semana|"
        r"week end|weekend|juego|jogo|jeu|gioco|spiel|wifi|netflix)\b)",
        on_negation=CONCERN,
    ),
)

_HOW_LONG = (
    Rule(
        "suicide.en_r12_how_long_body",
        CRISIS,
        SUI,
        r"(?<!i know )(?<!we know )\bhow long\b(?: \S+){0,8}? (?:without (?:my |your |his "
        r"|her |their |a |the )?(?:insulin|dialysis|heart (?:meds|medication|pills)|blood thinners|oxygen|food "
        r"(?:and|or) water|water (?:and|or) food|eating (?:and|or) drinking|breathing|air)\b"
        r"|(?:before|till|until|for) (?:anyone|someone|somebody|they|people|anybody|my \w+|the neighbours|work) "
        r"(?:would |will |might |even |actually )?(?:find|finds|found|notice|notices|noticed|"
        r"realise|realize|realised|check on|checks on|to find|to notice|miss|misses|came looking|come looking|"
        r"smell|smelled)(?: me\b| my body| that i am gone| i was gone| i am gone| i had gone|"
        + _END
        + r")"
        r"|(?:to|till|until|before) (?:i |you |a person |someone |your |the |my )?(?:body |heart "
        r"|liver |kidneys )?(?:freeze|freezes|drown|drowns|suffocate|suffocates|pass out|passes "
        r"out|lose consciousness|loses consciousness|stop breathing|stops breathing|stops|shuts "
        r"down|shut down|gives out|give out|fails|fail|bleed to death|bleeds to death|bleed out|"
        r"die|dies|go cold|goes cold|is dead|are dead)\b"
        r"|(?:an |a )?(?:overdose|od|paracetamol overdose|carbon monoxide|the fumes|exhaust "
        r"fumes|charcoal|hypothermia|starvation|dehydration) (?:\w+ ){0,3}?(?:to )?(?:kill|"
        r"kills|take|takes|finish|work|to work|kick in)\b)",
        "how long before anyone would find me",
        requires=r"^(?!.*\b(?:plant|plants|dog|dogs|cat|cats|pet|pets|goldfish|fish|tomato|"
        r"garden|lawn|cactus|camel|car|engine|phone|battery|bread|milk|fridge|hike|hiking|"
        r"fasting|ramadan|fast|diet|game|character|npc|sims|tamagotchi|battery|baby|toddler|"
        r"grandad|grandma|nan|gran|patient|patients|exam|class|quiz|documentary|book|novel|"
        r"movie|film|show|episode|survival|bear grylls|astronaut|mars|space|diver|freediv\w*|"
        r"deep sea|mountain|climbers|everest|potion|hero|knight|boss|raid|server|lag|bug|"
        r"delivery|parcel|package|order|pizza|pasta|bake|oven|cake|meat|chicken|turkey|"
        r"ice|freezer|lake|pond|pipes|water pipes|dough|mould|mold)\b)",
        on_negation=CONCERN,
    ),
    Rule(
        "suicide.r12_how_long_body",
        CRISIS,
        SUI,
        # es / pt / fr / it / de
        r"\bcuanto (?:tiempo )?(?:tarda|tardaria|tardan|tardarian|dura|aguanta|se aguanta|"
        r"puedo aguantar|se puede aguantar|aguantaria)\b(?: \S+){0,6}? (?:en morir|en "
        r"desangrar\w*|sin insulina|sin comer ni beber|sin agua|en encontrarme|en darse cuenta|"
        r"en notar|hasta que (?:alguien |me )?(?:encuentr|not|d)\w*)"
        r"|\bquanto tempo (?:leva|demora|levaria|demoraria|aguenta|da pra ficar|alguem aguenta|"
        r"eu aguento)\b(?: \S+){0,6}? (?:pra morrer|para morrer|sem insulina|sem comer nem beber|"
        r"sem agua|pra me acharem|para me acharem|ate alguem me (?:achar|encontrar)|ate "
        r"(?:perceberem|notarem)|sangrar ate|ate sangrar)"
        r"|\bcombien de temps (?:pour|avant de|avant qu|avant que|faut il pour|on tient|peut on "
        r"tenir|je peux tenir|ca prend pour)\b(?: \S+){0,6}? (?:mourir|se vider de son sang|on "
        r"me trouve|quelquun me trouve|on ne remarque|sans insuline|sans manger ni boire|sans "
        r"eau)\b"
        r"|\bquanto (?:tempo )?(?:ci vuole|ci si mette|si resiste|resisto|resiste)\b(?: \S+){0,6}?"
        r" (?:a morire|per morire|a dissanguarsi|per dissanguarsi|senza insulina|senza mangiare ne "
        r"bere|senza acqua|prima che qualcuno mi trovi|che mi trovino|prima che se ne accorgano)"
        r"|\bwie lange (?:dauert es|braucht man|halt man|kann man|halte ich|bis)\b(?: \S+){0,6}? "
        r"(?:stirbt|sterben|verblutet|verbluten|ohne insulin|ohne essen und trinken|ohne wasser|"
        r"mich jemand findet|mich jemand finden wurde|es jemand merkt)\b",
        "cuanto tardarian en encontrarme",
        requires=r"^(?!.*\b(?:planta|plantas|perro|gato|pan|pizza|horno|juego|jogo|jeu|gioco|"
        r"spiel|cachorro|pao|forno|chien|chat|pain|four|cane|gatto|pane|forno|hund|katze|brot|"
        r"ofen|wanderung|randonnee|trilha|escursione|caminata|pacco|paquete|pacote|colis|paket)\b)",
        on_negation=CONCERN,
    ),
)

#: Knowing where a person is found: where they live, park, work, drink; when they leave.
_KNOW_WHERE = (
    r"(?:i (?:know|found out|have found out|worked out|have worked out|have got|have) (?:exactly "
    r")?(?:where|when|what time|which (?:car|route|gym|pub|bar|house|street|way)) (?:he|she|"
    r"they|him|her|them|his|her|that \w+|my \w+) ?(?:lives?|parks?|works?|sleeps?|drinks?|goes|walks?"
    r"|leaves?|finishes?|gets off|trains?|stays?|car|house|address|route|is every|drives?)\b"
    r"|i know (?:his|her|their) (?:route|address|routine|shifts|car|house)\b)"
)
_HURT = (
    r"(?:hurt|hurting|make|making|get|getting|do|doing|smash|stab|beat|beat up|kill|end|break|"
    r"wreck|slash|batter|jump|teach|pay|ruin|wait for|find|go after|cut|burn|hit|punch)"
)

_THREATS = (
    Rule(
        "harm_to_others.en_r12_know_where",
        CRISIS,
        HARM,
        r"\b" + _HURT + r" (?:him|her|them|that \w+|(?:his|her) (?:legs|face|neck|jaw|nose|head|"
        r"knees|arms|hands)|my (?:ex|stepdad|dad|boss|neighbour|"
        r"brother|sister|teacher|landlord|husband|wife)|the \w+ who)\b(?: \S+){0,10}? "
        + _KNOW_WHERE
        + r"|\b"
        + _KNOW_WHERE
        + r"(?: \S+){0,8}? (?:i will|i am going to|going to|gonna|and i will|so i can|i could|i "
        r"can) (?:\w+ )?" + _HURT + r" (?:him|her|them)\b",
        "hurt him like he hurt me, i know where he parks",
        requires=r"^(?!.*\b(?:game|quest|level|boss fight|npc|lift|give (?:him|her) a lift|"
        r"surprise|present|gift|card|flowers|book|return|drop (?:it|off)|pick (?:him|her|them) "
        r"up|birthday|party|neighbour(?:s)? anyway|we are neighbours)\b)",
        on_negation=CONCERN,
    ),
    Rule(
        "harm_to_others.r12_know_where",
        CRISIS,
        HARM,
        # es / pt / fr / it / de: harm and knowing where the person lives or parks, either order
        r"\bse (?:donde|a que hora) (?:vive|aparca|estaciona|trabaja|sale|duerme)\b(?: \S+){0,8}? "
        r"(?:pagar|hacerle dano|hacerle lo mismo|matarlo|matarla|lastimarlo|lastimarla|paga)\b"
        r"|\b(?:pagar|hacerle dano|matarlo|matarla|lastimarlo|lastimarla)\b(?: \S+){0,8}? se "
        r"(?:donde|a que hora) (?:vive|aparca|estaciona|trabaja|sale)\b"
        r"|\bsei (?:onde|a que horas) (?:ele |ela )?(?:mora|estaciona|trabalha|sai)\b(?: \S+){0,8}? "
        r"(?:pagar|machucar|matar)\b|\b(?:pagar|machucar|matar)\b(?: \S+){0,8}? sei (?:onde|a "
        r"que horas) (?:ele |ela )?(?:mora|estaciona|trabalha|sai)\b"
        r"|\bje sais (?:ou|a quelle heure) (?:il|elle) (?:habite|se gare|gare|travaille|sort)\b"
        r"(?: \S+){0,8}? (?:payer|lui faire du mal|le tuer|la tuer|le frapper)\b|\b(?:payer|lui "
        r"faire du mal|le tuer|la tuer)\b(?: \S+){0,8}? je sais (?:ou|a quelle heure) (?:il|elle) "
        r"(?:habite|se gare|gare|travaille|sort)\b"
        r"|\bso (?:dove|a che ora) (?:abita|parcheggia|lavora|esce)\b(?: \S+){0,8}? (?:pagare|"
        r"fargli male|farle male|ammazzarlo|ammazzarla|paghera)\b|\b(?:pagare|fargli male|farle "
        r"male|ammazzarlo|ammazzarla)\b(?: \S+){0,8}? so (?:dove|a che ora) (?:abita|parcheggia|"
        r"lavora|esce)\b"
        r"|\b(?:ich weiss|weiss ich) ,? ?(?:wo|wann) (?:er|sie) (?:wohnt|parkt|arbeitet|rausgeht)\b"
        r"(?: \S+){0,8}? (?:bezahlen|wehtun|weh tun|umbringen|fertigmachen|abstechen|heimzahlen|"
        r"heim)\b|\b(?:bezahlen lassen|wehtun|weh tun|umbringen|fertigmachen|heimzahlen)\b(?: "
        r"\S+){0,8}? (?:ich weiss|weiss ich) ,? ?(?:wo|wann) (?:er|sie) (?:wohnt|parkt|arbeitet|"
        r"rausgeht)\b",
        "me las va a pagar, se donde vive",
        requires=r"^(?!.*\b(?:juego|jogo|jeu|gioco|spiel|regalo|presente|cadeau|geschenk|fiesta|"
        r"festa|fete|feier)\b)",
        on_negation=CONCERN,
    ),
)

RULES: tuple[Rule, ...] = (*_PLANS, *_PLACES, *_AFFAIRS, *_HOW_LONG, *_THREATS)
