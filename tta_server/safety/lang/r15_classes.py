"""The classes blind set 15's crises rated none fell in, in all six languages (round 15b, issue 12).

Written from the classes' descriptions (docs/safety.md, "Round 15b"), never from a blind message
(its texts stay unread), each class in the taxonomy's cells:

* **means in hand or made ready, said plainly, no verb of intent** (``sui.means``): where the
  person is and what they have with them now, as the start of a clause ("in the garage with a
  rope", "estoy en el garaje con una cuerda", "im bad mit den rasierklingen"), all of one's
  tablets out on a bed or table ("emptied both boxes of paracetamol onto the bed", "tutte le
  mie pillole sono sul tavolo"), pills crushed in a glass or counted beside a bottle, a gun or
  blade beside one or on one's lap ("gun's loaded on the bed next to me"), a hose on a car's
  exhaust, lit charcoal with the windows taped, "i'm holding the rope" as the whole message,
  standing on a chair with a rope (an engine running in a shut garage older rules read). A shed
  and a loft are not among the places: both are places of the worlds;
* **being somewhere dangerous now** (``sui.place``): a roof, a car park's top floor, a balcony,
  a ledge, railway tracks said with looking down, a long way down, a floor number or "nobody up
  here", never after a command verb ("look down from the roof"); a bridge, a roof or a
  cliff's edge said with "for the last time" or one last look; the wrong side of a bridge's
  railing; a cliff's edge said with "now" or "it's high", in the five other languages. A
  bridge or a cliff with looking down alone is **not** read: the worlds have a bridge over a
  river (The Ember Library's first scene) and cliffs (The Lantern Coast);
* **preparatory acts** (``sui.preparatory``): letters written to everyone or one to each, a note
  left where it will be found or a letter on one's bed, a pet rehomed with "it's all sorted", belongings given away (all of them, or
  two named together), one's affairs or papers in order, passwords left for family, goodbyes
  said to everyone, one's own funeral planned or eulogy written, debts paid "so no one is left
  with them" (and "so they have nothing to do after" in five languages);
* **Italian as typed in chat** (``med.overdose``, ``med.emergency``, ``sui.ideation``,
  ``sui.means``): a deep cut that shows inside, on the wrist or will not stop bleeding, blood
  everywhere after a cut, a blow to the head with vomiting, someone fallen who does not move,
  the whole medicine cabinet taken, "non ce la faccio piu a vivere", "meglio se sparisco per
  sempre", "a nessuno importa se domani non ci sono", "sto pensando di buttarmi", a rope
  bought, a razor blade in hand.

Look-alikes beside each (``tests/safety/test_round15.py``, ``dev/round15.jsonl``): the game's
commands with ropes, blades, pills, bridges, cliffs and lofts; roofers, pharmacists' and
railway staff's and mechanics' talk; a weekly pill organiser; thank-you letters, clothes to
charity, passwords left with IT, a pet rehomed for allergies, fiction. Rule ids carry ``r15_``.
The names this module defines are described in ``tta_server.safety.lang``.
"""

from __future__ import annotations

from tta_server.safety.lexicon import CRISIS, MED, SUI, Rule

#: The start of a clause: the start of the text or after a clause or sentence token.
_START = r"(?:^|(?<=[,.] ))"

#: Words that make a means said with a place ordinary: work, errands, play, a tow rope.
_ORDINARY = (
    r"^(?!.*\b(?:tow|towing|climb|climbing|camping|tent|boat|washing line|clothes line|fix|"
    r"fixing|repair|repairing|mend|mending|customer|customers|shift|game|level|quest|boss|"
    r"tidy|tidying|clear|clearing|novel|story|chapter|film|movie|scene|character|book|"
    r"shave|shaving|cook|cooking|app|apps|testing|charge|charging|ipad|ipads|screen|screens|"
    r"organiser|organizer|dosette|pilulier|portapillole|caixinha|dose|pillbox|week|semana|"
    r"semaine|woche|settimana|prescription|pharmacy|farmacia|pharmacie|apotheke|farmacia|"
    r"patient|patients|paciente|patiente|paziente|nurse|ward|hospital|vet|vets)\b)"
)

#: A ligature, a gun, a blade or tablets, in six languages.
_MEANS_EN = (
    r"(?:rope|ropes|noose|belt|cord|cable|ligature|hose|hosepipe|gun|guns|pistol|shotgun|rifle|"
    r"blade|blades|razor|razors|razor blades|pill|pills|tablets|meds|paracetamol|painkillers|"
    r"sleeping pills)"
)
_MEANS_ES = (
    r"(?:cuerda|soga|cinturon|cable|manguera|pistola|escopeta|cuchilla|cuchillas|navaja|"
    r"pastillas|pildoras)"
)
_MEANS_FR = (
    r"(?:corde|ceinture|cable|tuyau|flingue|fusil|pistolet|lame|lames|rasoir|cachets|medocs|"
    r"comprimes|pilules)"
)
_MEANS_DE = (
    r"(?:seil|strick|gurtel|kabel|schlauch|pistole|waffe|klinge|klingen|rasierklingen|"
    r"tabletten|pillen)"
)
_MEANS_PT = (
    r"(?:corda|cinto|cabo|mangueira|arma|revolver|lamina|laminas|gilete|comprimidos|remedios)"
)
_MEANS_IT = (
    r"(?:corda|cintura|cavo|tubo|pistola|fucile|lametta|lamette|lama|pastiglie|pillole|"
    r"compresse)"
)

_MEANS = (
    Rule(
        "suicide.en_r15_place_with_means",
        CRISIS,
        SUI,
        # "in the garage with a rope", "in my room with the belt", "sitting here with dads gun"
        _START + r"(?:i am |am )?(?:just )?(?:(?:sitting|sat|lying|standing|alone) )?"
        r"(?:(?:here|now|right now|again) )?(?:(?:in|up in|out in|down in) (?:the |my |our |dads |my dads )?(?:garage|"
        r"bathroom|bath|tub|bedroom|car|attic|basement|cellar|woods|barn|hotel room|lock up|"
        r"van)|in my (?:room|shed|flat)|on the (?:bedroom|bathroom|kitchen) floor|here) (?:\S+ ){0,3}?with (?:a |the |my |dads |my dads |"
        r"all my |every |all the |both )?(?:loaded )?" + _MEANS_EN + r"\b",
        "in the garage with a rope",
        requires=_ORDINARY,
    ),
    Rule(
        "suicide.r15_place_with_means",
        CRISIS,
        SUI,
        # es / fr / de / pt / it: "estoy en el garaje con una cuerda", "dans la salle de bain
        # avec les lames", "im bad mit den rasierklingen", "no banheiro com as laminas", "in
        # bagno con le lamette", "sto in macchina col tubo attaccato allo scarico"
        _START
        + r"(?:estoy |ahora )?(?:sentad[oa] )?(?:aqui )?en (?:el |la |mi )?(?:garaje|bano|cuarto|"
        r"habitacion|coche|carro|trastero|atico|sotano|banera) con (?:una |la |el |un |las |los "
        r"|mis |todas las |todas mis )?" + _MEANS_ES + r"\b"
        r"|" + _START + r"(?:je suis |suis )?(?:assise? )?(?:la )?dans (?:le |la |ma |mon )?"
        r"(?:garage|salle de bains?|baignoire|chambre|voiture|grenier|cave) avec (?:une |la |le "
        r"|un |les |mes |tous mes |toutes mes )?" + _MEANS_FR + r"\b"
        r"|" + _START + r"(?:ich )?(?:(?:bin|sitz|sitze|lieg|liege|hock|hocke) )?(?:in der|im|in "
        r"meinem|in meiner|i am) (?:garage|bad|badewanne|zimmer|auto|wagen|keller|dachboden) mit "
        r"(?:nem |einem |einer |ner |dem |der |den |meinen |meiner |allen )?" + _MEANS_DE + r"\b"
        r"|" + _START + r"(?:to |tou |estou )?(?:sentad[oa] )?(?:aqui )?(?:na|no|no meu|na minha) "
        r"(?:garagem|banheiro|quarto|carro|sotao|porao|banheira) com (?:uma |a |o |um |as |os "
        r"|meu |minha |todos os |todas as )?" + _MEANS_PT + r"\b"
        r"|" + _START + r"(?:sono |sto )?(?:sedut[oa] )?(?:qui )?(?:in|nel|nella) (?:garage|bagno|"
        r"vasca|camera mia|camera|macchina|auto|soffitta|cantina) (?:co|con|col) (?:una |la |il "
        r"|le |i |un |tutte le )?" + _MEANS_IT + r"\b",
        "estoy en el garaje con una cuerda",
        requires=_ORDINARY,
    ),
    Rule(
        "suicide.r15_all_tablets_out",
        CRISIS,
        SUI,
        # "emptied both boxes of paracetamol onto the bed", "todas mis pastillas sobre la
        # mesa", "tous mes medocs sont etales sur la table", "alle meine tabletten liegen vor
        # mir", "todos os meus remedios estao em cima da mesa", "tutte le mie pillole sono sul
        # tavolo", "pills in one hand vodka in the other"
        r"\b(?:all|every one of|both boxes of|both packets of|all of) (?:my |the |of my )?(?:pills|"
        r"tablets|meds|medication|paracetamol|painkillers|sleeping pills|antidepressants)"
        r"(?: \S+){0,3}? (?:on|onto|across|over) (?:the|my) (?:bed|floor|table|desk|duvet|"
        r"pillow|kitchen table)\b"
        r"|\b(?:pills|tablets) in one hand\b"
        r"|\btodas (?:mis|las) (?:pastillas|pildoras)(?: \S+){0,2}? (?:sobre|en) (?:la|el) (?:mesa|"
        r"cama|suelo)\b"
        r"|\btous (?:mes|les) (?:cachets|medocs|comprimes|medicaments)(?: \S+){0,3}? sur (?:la|le)"
        r" (?:table|lit|sol)\b"
        r"|\balle (?:meine )?(?:tabletten|pillen)(?: \S+){0,2}? (?:vor mir|aufs bett|auf dem bett|"
        r"auf dem tisch|auf den tisch)\b"
        r"|\btodos os (?:meus )?(?:remedios|comprimidos)(?: \S+){0,2}? (?:em cima da|na|sobre a) "
        r"(?:mesa|cama)\b"
        r"|\btutte le (?:mie )?(?:pillole|pastiglie|compresse)(?: \S+){0,2}? (?:sul|sopra il) "
        r"(?:tavolo|letto)\b",
        "emptied both boxes of paracetamol onto the bed",
        requires=_ORDINARY,
    ),
    Rule(
        "suicide.en_r15_means_beside_me",
        CRISIS,
        SUI,
        # "gun's loaded on the bed next to me", "the blade's next to me on the bed"
        r"\b(?:gun|pistol|shotgun|rifle|blade|razor|razor blade)(?:s| is)? (?:\S+ ){0,4}?"
        r"(?:next to|beside) me\b",
        "gun's loaded on the bed next to me",
        requires=_ORDINARY,
    ),
    Rule(
        "suicide.r15_hose_on_exhaust",
        CRISIS,
        SUI,
        # "sat in the car, hose on the exhaust", "manguera en el tubo de escape", "col tubo
        # attaccato allo scarico"
        r"\b(?:hose|hosepipe)(?: \S+){0,2}? (?:on|to|from|into|in) the exhaust\b"
        r"|\bmanguera (?:\S+ ){0,2}?(?:en|al|del) (?:tubo de )?escape\b"
        r"|\bmangueira (?:\S+ ){0,2}?no escapamento\b"
        r"|\btuyau (?:\S+ ){0,2}?(?:sur|dans) le pot d echappement\b"
        r"|\btubo (?:\S+ ){0,2}?(?:allo|nello|sullo|al) scarico\b"
        r"|\b(?:rope|noose|gun|pills|tablets|blade)(?: \S+){0,3}? (?:,)? ?(?:walking|heading|"
        r"driving|going) (?:in)?to the (?:woods|forest|tracks|railway)\b",
        "sat in the car, hose on the exhaust",
        requires=_ORDINARY,
    ),
    Rule(
        "suicide.en_r15_holding_means",
        CRISIS,
        SUI,
        # said alone or nearly: "i'm holding the rope", "i have the tablets right here with
        # me", "got the knife on my lap", "standing on the chair with the rope"
        r"^(?:i am )?(?:just )?(?:holding|clutching|gripping) (?:the|a|my) (?:rope|noose|belt|"
        r"cord|pills|tablets|blade|razor|gun|pistol)(?: (?:again|now|right now|tonight))? ?[.!]*$"
        r"|\b(?:i have|have|got|i have got) (?:the|my|all my|all the) (?:pills|tablets|meds|rope|"
        r"noose|gun|blade|razor)(?: \S+)? (?:right )?here with me\b"
        r"|\b(?:got|have|i have|i have got) (?:the|a|my) (?:knife|blade|razor|gun|pistol) (?:on|in) "
        r"my lap\b"
        r"|\b(?:standing|stood|i am standing) on (?:a|the|my) (?:chair|stool|box|bucket|bed) with "
        r"(?:a|the|my) (?:rope|noose|belt|cord)\b",
        "i'm holding the rope",
        requires=r"^(?!.*\b(?:reach|fix|lamp|lantern|shelf|curtain|picture|light|bulb|hook up|"
        r"pull me|lower|swing|tie it|knot|boat|mooring|game|level|boss|enemy|slice|bread|"
        r"cooking|carve|turkey|peel|peeling|apples|whittle|whittling|lights|decorations)\b)",
    ),
    Rule(
        "suicide.en_r15_means_made_ready",
        CRISIS,
        SUI,
        # "tablets crushed in a glass of water, ready", "charcoal's lit, windows taped", "a
        # bottle of vodka and 40 paracetamol here"
        r"\b(?:pills|tablets)(?: \S+){0,2}? crushed\b(?=.*\b(?:ready|all of them|glass|drink)\b)"
        r"|\bcrushed (?:up )?(?:all )?(?:the |my )?(?:pills|tablets)\b(?=.*\b(?:ready|all of them|"
        r"glass|drink)\b)"
        r"|\bcharcoal(?:s| is)? (?:lit|burning|going)\b(?=.*\b(?:windows?|doors?|vents?|taped|"
        r"sealed)\b)"
        r"|\b(?:\d+|twenty|thirty|forty|fifty|sixty|a hundred) (?:paracetamol|pills|tablets|"
        r"painkillers|sleeping pills)\b(?=.*\b(?:vodka|whisky|whiskey|wine|gin|rum|alcohol|"
        r"beer|cans)\b)"
        r"|\b(?:vodka|whisky|whiskey|wine|gin|rum|alcohol)\b(?: \S+){0,3}? (?:\d+|twenty|thirty|"
        r"forty|fifty|sixty|a hundred) (?:paracetamol|pills|tablets|painkillers|sleeping pills)\b"
        # es / fr / pt / it: "tengo las pastillas aqui conmigo", "jai les cachets devant moi",
        # "to com os comprimidos aqui do lado", "ho le pastiglie qui davanti"
        r"|^(?:ya )?tengo (?:todas )?(?:las|mis) (?:pastillas|pildoras) aqui(?: conmigo| delante)?"
        r"|^jai (?:tous )?(?:les|mes) (?:cachets|medocs|comprimes) devant moi\b"
        r"|^(?:to|estou) com (?:todos )?os (?:comprimidos|remedios) aqui\b"
        r"|^ho (?:tutte )?le (?:pastiglie|pillole) qui davanti\b",
        "charcoal's lit, windows taped",
        requires=r"^(?!.*\b(?:bbq|barbecue|barbeque|burgers|grill|sausages|dispensed|dispense|"
        r"customer|patient|patients|dog|cat|vet|horse|recipe|cocktail)\b)" + _ORDINARY[1:],
    ),
    Rule(
        "suicide.it_r15_means_ready",
        CRISIS,
        SUI,
        # Italian: "ho comprato una corda oggi", "ho la lametta in mano"
        r"\bho (?:comprato|preso) (?:una |la )?corda\b"
        r"|^(?:ho|tengo) (?:la |una |le )?(?:lametta|lamette|corda|pistola) in mano\b",
        "ho la lametta in mano",
        requires=r"^(?!.*\b(?:barca|arrampicata|trasloco|tenda|stendere|panni|palestra|"
        r"campeggio|cane|saltare|salto|gioco|altalena|bucato)\b)",
    ),
)

#: Looking down or a long way down, in six languages.
_LOOKING_DOWN = (
    r"(?:long way down|looking down|floors up|storeys up|stories up|mirando (?:hacia )?"
    r"abajo|miro (?:hacia )?abajo|regarde en bas|(?:\d+|ten|twelve|fifteen|twenty) (?:floors|"
    r"storeys|stories) up|(?:\d+(?:st|nd|rd|th)|top) floor|nobody up here|no one up here|"
    r"je regarde (?:les \w+ )?en bas|schau (?:nach "
    r"unten|runter)|olhando (?:pra|para) baixo|guardo (?:giu|di sotto))"
)

#: For the last time, one last look, in six languages.
_LAST_TIME = (
    r"(?:for the last time|one last (?:look|time)|por ultima vez|pour la derniere fois|zum "
    r"letzten mal|pela ultima vez|per l ultima volta|per lultima volta)"
)

_PLACES = (
    Rule(
        "suicide.en_r15_high_place_now",
        CRISIS,
        SUI,
        # "on the roof of my building. its a long way down", "top floor of the car park,
        # looking down", "on my balcony rail, 12 floors up", "oberstes parkdeck, schau nach
        # unten", "ultimo piano del parcheggio, guardo di sotto"
        r"\b(?:roof|rooftop|car park|multi storey|parking garage|balcony|balcony rail|ledge|"
        r"overpass|tracks|railway line|azotea|tejado|parking|toit|dach|parkdeck|telhado|"
        r"estacionamento|tetto|parcheggio|balkon|balcon|balcone|sacada|varanda)\b",
        "top floor of the car park, looking down at the cars",
        requires=r"^(?!(?:climb|clamber|go|look|walk|stand|get|run|head|move|step|peer|lean|sit|"
        r"use|take|examine|x|l|search|check|open|enter|cross|follow|wait|listen|then|and|"
        r"north|south|east|west|n|s|e|w|u|d)\b)(?!.*\b(?:tile|tiles|tiling|gutter|gutters|fix|"
        r"fixing|repair|repairing|"
        r"work|job|crew|shift|inspection|survey|fireworks|view|sunset|photo|photos|pictures|"
        r"drone|lighthouse|lantern|gallery|game|tejas|tuiles|ziegel|telha|telhas|tegole|"
        r"trabajo|travail|arbeit|trabalho|lavoro|foto|fotos|vista|vue|aussicht)\b)(?=.*\b(?:"
        + _LOOKING_DOWN
        + r"|"
        + _LAST_TIME
        + r")\b)",
    ),
    Rule(
        "suicide.r15_last_time_here",
        CRISIS,
        SUI,
        # "standing on the bridge for the last time", "sur le pont pour la derniere fois", "auf
        # der brucke , zum letzten mal", "na ponte pela ultima vez", "sul ponte per l ultima
        # volta"
        r"\b(?:bridge|cliff|cliffs|puente|acantilado|pont|falaise|brucke|klippe|ponte|penhasco|"
        r"scogliera)\b(?: \S+){0,4}? (?:,|.)? ?" + _LAST_TIME + r"\b",
        "standing on the bridge for the last time",
    ),
    Rule(
        "suicide.r15_edge_now",
        CRISIS,
        SUI,
        # es / fr / de / pt / it: "en el borde del acantilado , es mucha altura", "au bord de la
        # falaise , cest haut", "an der klippe , ganz am rand", "na beira do penhasco agora",
        # "sul bordo della scogliera adesso", "do outro lado da grade da ponte"
        r"\b(?:borde del acantilado|bord de la falaise|an der klippe|beira do penhasco|bordo "
        r"della scogliera)\b(?: ,)? (?:ahora|es mucha altura|esta muy alto|maintenant|cest "
        r"(?:tres )?haut|jetzt|ganz am rand|agora|e muito alto|adesso|ora)\b"
        r"|\b(?:al otro lado de la barandilla|de l autre cote de la rambarde|auf der falschen "
        r"seite (?:vom|des) gelander|do outro lado da grade|dall altra parte della ringhiera|"
        r"dallaltra parte della ringhiera)\b",
        "na beira do penhasco agora",
    ),
)

#: Words that make a preparatory act an ordinary one: a wedding, a move, a holiday, charity.
_ERRAND = (
    r"^(?!.*\b(?:wedding|thank|thanks|christmas|xmas|invitation|invitations|guest|guests|card|"
    r"cards|party|class|pen pal|newsletter|boda|mariage|casamento|matrimonio|hochzeit|natal|"
    r"navidad|noel|natale|weihnachten|remerciement|agradecimento|ringraziamento|danke|dank|"
    r"work|job|office|colleagues|trabajo|travail|lavoro|arbeit|trabalho|fiesta|fete|festa|"
    r"feier|vacaciones|vacances|ferie|urlaub|ferias|holiday|holidays|vacation|trip|viaje|"
    r"voyage|viaggio|reise|viagem|vacanza|move|moving|trasloco|umzug|mudanza|demenagement|mudanca|"
    r"charity|caridad|iglesia|igreja|eglise|chiesa|kirche|emmaus|caritas|old|viejas|velhas|"
    r"vieilles|vecchi|vecchie|alte|allergy|allergies|alergia|allergie|allergia|baby|bebe|"
    r"landlord|casero|vermieter|helpdesk|netflix|wifi|while|shopping|milk|fridge|birthday|"
    r"compleanno|anniversaire|cumpleanos|aniversario|geburtstag|novel|story|chapter|book|"
    r"character|game)\b)"
)

#: Family and friends a note or passwords are left for, in six languages.
_FAMILY = (
    r"(?:mum|mom|mam|dad|my \w+|everyone|everybody|them|the kids|him|her|madre|padre|mama|papa|"
    r"mi \w+|mere|pere|ma \w+|mon \w+|mes \w+|mutter|vater|meine? \w+|mae|pai|minha \w+|meu \w+|"
    r"mia \w+|mio \w+)"
)

_PREPARATIONS = (
    Rule(
        "suicide.r15_letters_to_everyone",
        CRISIS,
        SUI,
        # "wrote letters to everyone", "escrevi cartas pra todo mundo", "jai ecrit des lettres
        # pour tout le monde", "ho scritto lettere per tutti", "briefe an alle geschrieben"
        r"\b(?:wrote|written|writing) (?:letters|notes|goodbye letters) (?:to|for) (?:everyone|"
        r"everybody|all of them|all my family)\b"
        r"|\bescrib\w* (?:cartas|notas) (?:para|a) todos\b"
        r"|\bescrevi (?:cartas|bilhetes) (?:pra|para|a) (?:todo mundo|todos)\b"
        r"|\b(?:jai )?ecrit des (?:lettres|mots) (?:pour|a) tout le monde\b"
        r"|\bho scritto (?:delle )?lettere (?:per|a) tutti\b"
        r"|\b(?:briefe|abschiedsbriefe) an alle geschrieben\b"
        # a letter to each: "wrote a letter to each of them", "jai ecrit une lettre a chacun",
        # "hab jedem einen brief geschrieben", "ho scritto una lettera a ciascuno"
        r"|\b(?:wrote|written|writing) (?:a )?(?:letter|note) (?:to|for) (?:each of them|each one of "
        r"them|each of you)\b"
        r"|\becrit une (?:lettre|mot) (?:a|pour) chacun\w*"
        r"|\bjedem (?:einzeln )?einen (?:brief|abschiedsbrief) geschrieben\b"
        r"|\bscritto una lettera (?:a|per) ciascuno\b"
        # a letter left on a bed: "deje la carta encima de la cama", "ho lasciato la lettera
        # sul letto", "left the letter on my bed for them"
        r"|\bleft (?:the|a|my) (?:letter|note) on my (?:bed|pillow) for\b"
        r"|\bdeje la carta (?:encima de|en|sobre) la cama\b"
        r"|\blaisse (?:la|ma) lettre sur (?:le|mon) lit\b"
        r"|\b(?:den|meinen) brief aufs bett gelegt\b"
        r"|\bdeixei a carta (?:em cima da|na) cama\b"
        r"|\blasciato la lettera sul letto\b",
        "wrote letters to everyone and left them on the table",
        requires=_ERRAND,
    ),
    Rule(
        "suicide.r15_note_left_to_find",
        CRISIS,
        SUI,
        # "wrote a note for mum, it's in my drawer", "jai laisse un mot pour ma mere sur la
        # table", "ho lasciato un biglietto per mia madre nel cassetto"
        r"\b(?:wrote|left|written) (?:a |the |my )?(?:note|letter) (?:for|to) " + _FAMILY + r" "
        r"(?:, )?(?:it is |its |they are )?(?:in|on|under) (?:my|the|her|his|their) (?:drawer|"
        r"table|desk|pillow|bed|room|envelope)\b"
        r"|\b(?:jai )?laisse un (?:mot|petit mot|lettre) (?:pour|a) " + _FAMILY + r" (?:sur|dans|"
        r"sous) (?:la|le|son|sa|mon) (?:table|lit|oreiller|tiroir|bureau)\b"
        r"|\bho lasciato (?:un biglietto|una lettera|un messaggio) (?:per|a) " + _FAMILY + r" "
        r"(?:nel|sul|sotto il) (?:cassetto|tavolo|letto|cuscino)\b",
        "wrote a note for mum, it's in my drawer",
        requires=_ERRAND,
    ),
    Rule(
        "suicide.r15_pet_rehomed",
        CRISIS,
        SUI,
        # "rehomed the dog yesterday, it's all sorted now", "ya le encontre casa a mi gato",
        # "jai trouve une nouvelle famille pour mon chat", "ein neues zuhause fur meine katze
        # gefunden", "arrumei um lar novo pro meu gato", "una nuova casa per il mio gatto", "le
        # di mi perro a mi tia para que lo cuide ella"
        r"\brehomed (?:the|my) (?:dog|cat|cats|dogs|puppy|kitten|rabbit|bird|hamster|pet|pets)\b"
        r"(?=.*\b(?:all sorted|sorted now|it is sorted|looked after|better off|one less thing|"
        r"done now|ready)\b)"
        r"|\bencontre (?:una )?(?:nueva )?casa (?:a|para) mi (?:gato|gata|perro|perra|mascota)\b"
        r"|\bgave (?:my|the) (?:dog|cat|puppy|kitten|rabbit|pets?) to (?:my|a) \w+ (?:, )?(?:she|"
        r"he|they) will look after (?:him|her|it|them)\b"
        r"|\b(?:regale|di|deje) (?:a )?mi (?:perro|perra|gato|gata) a (?:mi|una) \w+\b(?=.*\b(?:"
        r"estara|esta) mejor con (?:ella|el|ellos)\b)"
        r"|\ble di mi (?:gato|gata|perro|perra) a (?:mi|una) \w+ para que (?:lo|la) cuide\b"
        r"|\btrouve une nouvelle (?:famille|maison) pour mon (?:chat|chien)\b"
        r"|\bein neues zuhause fur (?:meine|meinen) (?:katze|hund|kater)\b"
        r"|\barrumei (?:um )?(?:lar|casa) nov[oa] (?:pro|para o|pra) meu (?:gato|cachorro)\b"
        r"|\bnuova casa per il mio (?:gatto|cane)\b",
        "ya le encontre casa a mi gato",
        requires=_ERRAND,
    ),
    Rule(
        "suicide.r15_gave_it_all_away",
        CRISIS,
        SUI,
        # "gave all my stuff away this week", "gave away my guitar and my games today",
        # "regale todas mis cosas", "jai donne toutes mes affaires", "hab all meine sachen
        # verschenkt", "dei todas as minhas coisas", "ho regalato tutte le mie cose"
        r"\bgave (?:away )?(?:all (?:of )?my (?:stuff|things|belongings|possessions)|everything "
        r"(?:away|i own)|my \w+ and my \w+ (?:away )?(?:today|this week|yesterday))\b"
        r"|\b(?:regale|di|he regalado) todas mis cosas\b"
        r"|\b(?:dei|doei) todas as minhas coisas\b"
        r"|\bdonne toutes mes affaires\b"
        r"|\bho regalato tutte le mie cose\b"
        r"|\b(?:all|alle) meine sachen (?:verschenkt|weggegeben)\b",
        "gave all my stuff away this week",
        requires=_ERRAND,
    ),
    Rule(
        "suicide.r15_affairs_in_order",
        CRISIS,
        SUI,
        # "all my affairs are in order now", "everything's in order, the letters are written",
        # "deje todos mis papeles en orden", "deixei tudo em ordem , papeis e tudo", "hab alles
        # geregelt , testament und so"
        r"\b(?:all )?my affairs (?:are )?in order(?: now)?(?= ?[.,!]|$)"
        r"|\beverything(?:s| is) in order\b(?=.*\b(?:letters|notes|will|goodbyes|passwords)\b)"
        r"|\bdeje (?:todos )?mis (?:papeles|asuntos) en orden\b"
        r"|\bdeixei tudo em ordem\b(?=.*\b(?:papeis|documentos|testamento)\b)"
        r"|\b(?:hab|habe) alles geregelt\b(?=.*\btestament\b)"
        r"|\bho sistemato tutto\b(?=.*\btestamento\b)",
        "all my affairs are in order now",
        requires=_ERRAND,
    ),
    Rule(
        "suicide.r15_passwords_left",
        CRISIS,
        SUI,
        # "deje mis contrasenas apuntadas para mi hermano", "deixei minhas senhas anotadas pro
        # meu irmao", "ho lasciato le mie password a mio fratello"
        r"\bdeje mis contrasenas (?:\S+ )?(?:para|a) " + _FAMILY + r"\b"
        r"|\bdeixei (?:as )?minhas senhas (?:\S+ )?(?:pro|pra|para o|para a|para) "
        + _FAMILY
        + r"\b"
        r"|\bho lasciato le mie password (?:\S+ )?(?:a|per) " + _FAMILY + r"\b",
        "deje mis contrasenas apuntadas para mi hermano",
        requires=_ERRAND,
    ),
    Rule(
        "suicide.r15_nobody_left_with_it",
        CRISIS,
        SUI,
        # "paid off all my debts so no one is left with them", "left instructions for my
        # funeral", "wrote my own eulogy", "he dejado todo pagado para que no tengan que hacer
        # nada", "pour quils naient rien a faire apres", "damit sie es nachher nicht tun
        # mussen"
        r"\bso (?:no one|nobody|they|my family) (?:is|are|will be|gets|get) (?:left|stuck) with "
        r"(?:them|it|anything|my debts|the debts|the bills|my mess)\b"
        r"|\b(?:left|wrote|written|planned|sorted) (?:the )?(?:instructions|plans|music|songs) for "
        r"my funeral\b|\bwrote my own (?:eulogy|obituary)\b|\bplanned my (?:own )?funeral\b"
        r"|\bhe dejado todo (?:pagado|arreglado|ordenado) para que no tengan que\b"
        r"|\bpour qu ?(?:ils|elle|il|elles) n ?aient rien a (?:faire|gerer|ranger) apres\b"
        r"|\bpour qu ?(?:ils|elle|il|elles) naient rien a (?:faire|gerer|ranger) apres\b"
        r"|\bdamit (?:sie|er|keiner|niemand) (?:es )?(?:nachher|danach|spater) (?:nicht|nichts) "
        r"(?:tun|machen|regeln|aufraumen) (?:muss|mussen)\b"
        r"|\bpra (?:ninguem|eles|ela|ele) (?:nao )?(?:ter|terem|precisar) (?:que|de) (?:resolver|"
        r"fazer) nada depois\b"
        r"|\bcosi (?:nessuno|non) (?:deve|devono|dovra|dovranno) (?:fare|sistemare) (?:niente|"
        r"nulla) dopo\b",
        "wrote my own eulogy",
        requires=r"^(?!.*\b(?:class|exercise|course|therapy|homework|workshop|assignment|"
        r"fiesta|fete|festa|feier|party|vacaciones|vacances|ferie|urlaub|ferias|holiday|"
        r"grandad|grandads|granddad|grandma|gran|nan|nans|dad s|mums|dads|his|her|aunt|uncle)\b)",
    ),
    Rule(
        "suicide.r15_goodbyes_said",
        CRISIS,
        SUI,
        # "jai dit adieu a tout le monde aujourdhui", "ho gia detto addio a tutti"
        r"\bdit adieu a (?:tout le monde|tous|toute ma famille)\b"
        r"|\bdetto addio a (?:tutti|tutta la mia famiglia)\b"
        r"|^(?:ya )?me despedi de todos\b|^(?:ja )?me despedi de todo mundo\b"
        r"|\b(?:ich )?(?:hab|habe) mich (?:heute |schon )?von allen verabschiedet\b",
        "jai dit adieu a tout le monde aujourdhui",
        requires=_ERRAND,
    ),
)

_ITALIAN = (
    Rule(
        "medical.it_r15_bad_injury",
        CRISIS,
        MED,
        # "il taglio e profondissimo si vede dentro", "sanguina tantissimo non si ferma", "e
        # caduto dalla scala e non si muove"
        r"\btaglio (?:e )?(?:molto |troppo )?profond\w*\b(?= (?:e )?(?:si vede|non smette|"
        r"sanguina|fino all osso))"
        r"|\bsanguina (?:tantissimo|tanto|troppo|un sacco)\b(?= (?:e )?non (?:si ferma|smette))"
        r"|\be (?:caduto|caduta) (?:\S+ ){0,3}?e non si muove\b",
        "il taglio e profondissimo si vede dentro",
    ),
    Rule(
        "medical.it_r15_bleeding_and_blows",
        CRISIS,
        MED,
        # "mi sono fatto un taglio profondo al polso", "ha preso una botta in testa e vomita",
        # "mi sono tagliata e c e sangue dappertutto", "ho preso tutto quello che avevo nell
        # armadietto"
        r"\bmi sono (?:fatt[oa]|dat[oa]) un taglio (?:molto |bello |troppo )?profondo\b"
        r"|\bmi sono (?:fatt[oa]|dat[oa]) un taglio (?:\S+ )?(?:al|sul|sui|ai) (?:polso|polsi)\b"
        r"|\b(?:botta|colpo) (?:forte |fortissim[oa] )?(?:in|alla|sulla) testa\b(?=.*\b(?:vomita|"
        r"vomitato|sviene|svenut[oa]|non risponde|confus[oa]|perde sangue)\b)"
        r"|\b(?:tagliat[oa]|ferit[oa])\b(?: \S+){0,4}? sangue (?:dappertutto|ovunque|dovunque)\b"
        r"|\bho preso tutto quello che (?:avevo|c era) nell ?armadietto\b"
        r"|\bho preso tutte le medicine (?:di casa|che avevo|che ho trovato)\b",
        "mi sono fatto un taglio profondo al polso",
        requires=r"^(?!.*\b(?:film|serie|libro|gioco|partita|capelli|unghie|barba|pane|"
        r"cucinando|verdure)\b)",
    ),
    Rule(
        "suicide.it_r15_thoughts",
        CRISIS,
        SUI,
        # "tanto a nessuno importa se domani non ci sono", "sto pensando di buttarmi"
        r"\ba nessuno importa se (?:domani )?(?:non ci sono|non ci saro|sparisco|muoio)\b"
        r"|\b(?:sto pensando|penso|pensavo|ho pensato|voglio|vorrei) di buttarmi (?:giu|di sotto|"
        r"dal (?:ponte|balcone|tetto)|dalla finestra|sotto (?:un|il) treno)\b"
        r"|\b(?:sto pensando|penso|pensavo|ho pensato) di buttarmi ?[.!]*$",
        "sto pensando di buttarmi",
    ),
    Rule(
        "suicide.it_r15_ideation",
        CRISIS,
        SUI,
        # "non ce la faccio piu a vivere", "meglio se sparisco per sempre"
        r"\bnon ce la faccio piu a vivere\b"
        r"|\b(?:meglio se|vorrei|voglio) (?:sparisco|sparire) per sempre\b",
        "meglio se sparisco per sempre",
        requires=r"^(?!.*\b(?:social|instagram|whatsapp|chat|gruppo|lavoro|vacanza|ferie)\b)",
    ),
)

RULES: tuple[Rule, ...] = (*_MEANS, *_PLACES, *_PREPARATIONS, *_ITALIAN)
