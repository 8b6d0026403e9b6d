"""Round 23 (issue 12): the classes blind set 22's crises were still missed in as served.

Described by the lead in general terms (docs/safety.md, "Blind set 22"), never quoted, and
written here from the taxonomy with this round's own development set (``dev/round23.jsonl``),
Spanish first, then the other five languages:

* **a real statement after a game command**: words of candour or of leaving the game
  ("te soy honesto", "aparte del juego", "real talk", "hors jeu", "ganz ehrlich", "fuori dal
  gioco") are real-world markers (``REAL_MARKERS``), so a risk rule in a game-marked sentence
  with one of them keeps its crisis; and Spanish "quiero morirme de verdad" (the wish, said to
  be meant) is no longer read as "morirme de risa";
* **wishing to be gone with a reason or a faith**: asking God to take one
  (``r23_god_take_me``), wanting to be with, or join, a dead child or partner
  (``r23_join_the_dead``: only with a word of their death or of no sense in staying);
* **a means carried at work**: a rope in a car's or a taxi's boot with a day or a decision
  named (``r23_rope_in_the_boot``; a tow rope stays none), the ward's drugs taken home for
  oneself (``r23_ward_drugs_home``);
* **a method asked "for myself"** about a bridge or viaduct's height
  (``r23_bridge_for_me``; a school project or curiosity stays none), and whether a jump from
  one is sure to kill (``r23_jump_sure``);
* **farewell acts with no death word**: an instrument given away with "I won't play / use it
  again" (``r23_given_never_again``), a letter for each one left on the table
  (``r23_letter_for_each``; a name card for each guest, a birthday letter, stay none);
* **bare replies carrying the means** in Italian and French ("le pillole, ce le ho già":
  ``r23_pills_have_them``);
* **danger now on the road**: a car following the speaker (``r23_car_following``; a car that
  keeps breaking down, a sister who does not know the way, stay none).

Rule ids carry ``r23_``. The names this module defines are described in ``tta_server.safety.lang``.
"""

from __future__ import annotations

from tta_server.safety.lexicon import CRISIS, SUI, Rule
from tta_server.safety.model import Category

ABUSE = Category.ABUSE_OR_DANGER

#: God, the Lord, in the six languages (normalised: no accents).
_GOD = (
    r"(?:god|lord|jesus|dios|diosito|senor|virgencita|deus|senhor|dieu|seigneur|dio|signore|"
    r"gott|herrgott)"
)

_GOD_TAKE_ME = Rule(
    "suicide.r23_god_take_me",
    CRISIS,
    SUI,
    # verb first: "take me lord", "llevame dios mio", "prends moi seigneur", "portami via signore"
    r"\b(?:take me|llevame|recogeme|prends moi|emporte moi|portami via|prendimi|hol mich|"
    r"nimm mich|me leva|leva me)(?: \S+){0,2}? " + _GOD + r"\b|"
    # en: "please god take me tonight", "lord just take me"
    r"\b" + _GOD + r" (?:\S+ ){0,2}?(?:take me|call me home|let me die)\b"
    r"(?! (?:to|home|back|with you to|there|out|away from here on)\b)|"
    # es: "dios llevame", "le pido a dios que me lleve", "que dios me recoja"
    r"\b" + _GOD + r" (?:\S+ ){0,3}?(?:llevame|me lleve|me lleves|recogeme|me recoja|me recojas|"
    r"me lleva|me leva|me leve|me levar|me busque|leva me|"
    # fr, it, de: "mon dieu prends moi", "dio portami via", "gott hol mich"
    r"prends moi|prenez moi|emporte moi|rappelle moi|portami via|prendimi|prendi me|"
    r"hol mich|nimm mich)\b"
    r"(?! (?:a|al|hasta|en|para|pra|para a|ao|a la|au|a casa|en voiture|in macchina|zur|"
    r"nach|mit dem)\b)",
    "le pido a dios que me lleve ya",
    negatable=False,
    # somewhere to go, safe and sound: a lift, not an end
    requires=r"^(?!.*\b(?:a casa|home|con bien|sano y salvo|sana y salva|a salvo|safe(?:ly)?|"
    r"aeropuerto|airport|a la playa|beach|trabajo|work|escuela|school|a la maison|au travail|"
    r"nach hause|zur arbeit|pra casa|para casa|ao trabalho|em seguranca|a casa mia|al lavoro|"
    r"al mare|lol|jaja\w*|haha\w*|kkk\w*|mdr|ptdr)\b)",
)

_DEAD_ONE = (
    r"(?:son|daughter|baby|husband|wife|mum|mom|dad|boy|girl|hij[oa]|bebe|nene|nena|espos[oa]|"
    r"marido|mujer|viej[oa]|mama|papa|madre|padre|filh[oa]|neném|nenem|fille|fils|mari|femme|"
    r"mere|pere|figli[oa]|marito|moglie|sohn|tochter|mann|frau|mutter|vater|kind)"
)

_JOIN_THE_DEAD = Rule(
    "suicide.r23_join_the_dead",
    CRISIS,
    SUI,
    r"\b(?:be with|join|go to) my " + _DEAD_ONE + r"\b(?: again)?|"
    # seeing someone is seeing them *again* (round 30: "my dad died, i'll see my mum soon")
    r"\bsee my " + _DEAD_ONE + r" again\b|"
    r"\b(?:irme|ir|estar|reunirme|juntarme) con mi " + _DEAD_ONE + r"\b|"
    r"\b(?:ficar|estar|ir) (?:junto )?com (?:o |a )?(?:meu|minha) " + _DEAD_ONE + r"\b|"
    r"\brejoindre (?:ma|mon) " + _DEAD_ONE + r"\b|"
    r"\braggiungere (?:mia|mio) " + _DEAD_ONE + r"\b|"
    r"\bzu (?:meinem|meiner) " + _DEAD_ONE + r"\b",
    "quiero irme con mi hijo, desde que se murio no tiene sentido seguir",
    negatable=False,
    # their death, or no sense in staying here without them
    requires=r"\b(?:died|dead|passed|since (?:he|she) (?:went|left|died)|without (?:him|her)|"
    r"heaven|done staying|se murio|murio|muert[oa]|fallecio|en el cielo|no tiene (?:sentido|caso)|"
    r"sin (?:el|ella)|morreu|mort[oa]|falec\w+|no ceu|nao faz sentido|sem (?:ele|ela)|"
    r"est partie?|est mort|decede\w*|au ciel|plus rien a faire|sans (?:lui|elle)|e mort[oa]|"
    r"morto|morta|in cielo|non ha senso|senza (?:di )?(?:lui|lei)|tot|gestorben|im himmel|"
    r"keinen sinn|ohne (?:ihn|sie))\b",
)

_BOOT = (
    r"(?:boot|trunk|cajuela|maletero|baul|porta malas|portamalas|mala do carro|coffre|"
    r"kofferraum|bagagliaio)"
)
_ROPE = r"(?:rope|noose|soga|cuerda|corde|strick|seil|schlinge|corda|cappio)"

_ROPE_IN_THE_BOOT = Rule(
    "suicide.r23_rope_in_the_boot",
    CRISIS,
    SUI,
    r"\b" + _ROPE + r"\b(?: \S+){0,6}? (?:in|en|no|na|dans|im|nel) (?:the |el |la |o |le |"
    r"del |mi |my )?(?:\w+ )?" + _BOOT + r"\b|"
    r"\b" + _BOOT + r"\b(?: \S+){0,6}? (?:\w+ )?" + _ROPE + r"\b",
    "tengo una soga en la cajuela del taxi, por si me animo",
    negatable=False,
    # a day or a decision named, for oneself
    requires=r"\b(?:the day|for when|finally do it|when i decide|do it|el dia que|por si me animo|"
    r"me decid\w*|un dia|some day|one day|"
    r"cuando me decida|no pueda mas|me anim\w*|le jour ou|quand je|craquer\w*|den tag|"
    r"an dem ich|wenn ich|es mache|o dia que|pro dia|quando eu|nao aguentar|il giorno|"
    r"quando non|non reggo|per me|for me|para mi|pra mim|pour moi|fur mich)\b",
)

_WARD_DRUG = (
    r"(?:ansioliticos?|anxiolytiques?|ansiolitici|beruhigungsmittel|benzos?|lorazepam|"
    r"clonazepam|diazepam|alprazolam|midazolam|morphine|morfina|opioides?|opioids?|opiacei|"
    r"oppioidi|fentanyl|fentanilo|fentanil|insulin[ae]?|ketamin[ae]?|potassium|potasio|"
    r"potassio|kalium|ampollas|ampoules|ampolle|ampullen|ampolas|pills|pastillas|comprimidos|"
    r"cachets|pillole|tabletten|tablets)"
)

_WARD_DRUGS_HOME = Rule(
    "suicide.r23_ward_drugs_home",
    CRISIS,
    SUI,
    r"\b(?:me traje|me lleve|traje|lleve|saque|robe|me robe|took|brought|taken|stole|nicked|"
    r"pocketed|ramene|pris|rapporte|vole|mitgenommen|geklaut|"
    r"genommen|trouxe|levei|peguei|portata|portato|preso|guarde|me guarde|kept|escondi\w*|"
    r"tengo escondid[oa]s|hid)\b(?: \S+){0,6}? " + _WARD_DRUG + r"\b",
    "me traje a casa los ansioliticos de la planta, son para mi",
    negatable=False,
    # from work, and for oneself
    requires=r"(?=.*\b(?:ward|ward s|hospital|planta|servicio|del turno|locker|service|station|"
    r"enfermaria|plantao|reparto|armadietto|work|trabajo|trabalho|travail|arbeit|lavoro)\b)"
    r"(?=.*\b(?:for me|it s for me|they re for me|para mi|pa mi|son para mi|pra mim|sao pra mim|"
    r"pour moi|fur mich|sind fur mich|per me|sono per me|ya se para que|je les garde|"
    r"for when i|cuando me decida)\b)",
)

_BRIDGE = (
    r"(?:bridge|viaduct|puente|viaducto|pont|viaduc|\w*brucke|ponte|viaduto|viadotto|"
    r"\w*viadukt)"
)

_HEIGHT = (
    r"(?:how high|how tall|how far down|how many (?:metres|meters|feet)|altura|que tan alto|"
    r"q tan alto|cuantos metros|lo bastante alto|suficiente(?:mente)? alto|hauteur|combien de "
    r"metres|fait combien|wie hoch|wie tief|wie viele meter|quanto e alto|quanti metri|altezza|"
    r"quantos metros|qual a altura|quao alt[oa])"
)
_FOR_ME = (
    r"(?:for me|for myself|asking for me|para mi|por mi|pa mi|pour moi|fur mich|per me|pra mim|"
    r"para mim|not for the game|not the game|no es para el juego|no pal juego|pas pour le jeu|"
    r"nicht furs spiel|non per il gioco|nao pro jogo)"
)

_BRIDGE_FOR_ME = Rule(
    "suicide.r23_bridge_for_me",
    CRISIS,
    SUI,
    # the question, then (in the next sentence too) that it is asked for oneself
    r"\b(?:"
    + _HEIGHT
    + r"(?: \S+){0,6}? "
    + _BRIDGE
    + r"|"
    + _BRIDGE
    + r"(?: \S+){0,6}? "
    + _HEIGHT
    + r")\b(?: \S+){0,12}? "
    + _FOR_ME
    + r"\b",
    "que altura tiene el viaducto ? no es para el juego , es para mi",
    negatable=False,
)

_JUMP_SURE = Rule(
    "suicide.r23_jump_sure",
    CRISIS,
    SUI,
    r"\b(?:si salto|if i jump|si je saute|wenn ich springe|se eu pular|se pulo|se salto|"
    r"se mi butto)\b(?: \S+){0,6}? (?:me muero|muero|me mato|die|dead|je meurs|je mourrai|"
    r"sterbe ich|bin ich tot|eu morro|morro|muoio|sobrevivo|survive|survivrais|uberlebe)\b",
    "si salto del puente me muero seguro?",
    negatable=False,
)

_INSTRUMENT = (
    r"(?:guitar|guitarra|violin|violin|trumpet|trompeta|cello|piano|bass|bajo|drums|bateria|"
    r"violon|violoncelle|trompette|gitarre|geige|cello|trompete|violao|violino|chitarra|"
    r"tromba|violoncello|saxo\w*|sax|flute|flauta|flote|accordion|acordeon|fisarmonica|"
    r"akkordeon|camera|camara|bike|bici|bicicleta|bicicletta|fahrrad|velo)"
)

_NEVER_AGAIN = (
    r"(?:(?:won t|will not) (?:be )?(?:play|us|need|touch)\w*(?: it| them)? (?:again|anymore)|"
    r"not going to (?:play|use|need) (?:it|them) (?:again|anymore)|"
    r"never (?:play|use|need) (?:it|them) again|"
    r"ya no (?:la|lo|las|los) voy a (?:volver a )?(?:usar|tocar|necesitar)|"
    r"ya no (?:la|lo) (?:voy a )?(?:usar|tocar|necesit)\w*|no (?:la|lo) voy a (?:usar|tocar) mas|"
    r"n en (?:jouerai|aurai) plus|ne (?:m en )?servirai plus|plus jamais|"
    r"nie wieder|nicht mehr (?:brauche|spielen|brauchen)|"
    r"nao vou (?:mais )?(?:usar|tocar|precisar)|nunca mais|"
    r"non (?:la|lo) (?:usero|suonero) piu|non mi serve piu|mai piu|nunca mas|never again)"
)

_GIVEN_NEVER_AGAIN = Rule(
    "suicide.r23_given_never_again",
    CRISIS,
    SUI,
    # given away, then (in the next sentence too) never to be played or used again
    r"\b(?:(?:gave|given|regale|di|le di|le regale|donne|offert|geschenkt|gegeben|dei|doei|"
    r"regalato|dato|ho dato)\b(?: \S+){0,4}? "
    + _INSTRUMENT
    + r"|"
    + _INSTRUMENT
    + r"\b(?: \S+){0,4}? (?:geschenkt|verschenkt|gegeben|weggegeben))\b(?: \S+){0,10}? "
    + _NEVER_AGAIN
    + r"\b",
    "le regale mi guitarra a mi sobrino , ya no la voy a volver a tocar",
    negatable=False,
)

_LETTER_FOR_EACH = Rule(
    "suicide.r23_letter_for_each",
    CRISIS,
    SUI,
    r"\b(?:a letter|letters|una carta|cartas|une lettre|des lettres|einen brief|briefe|"
    r"uma carta|una lettera|lettere)\b(?: \S+){0,2}? (?:for|to|para|pra|pour|a|per|an) "
    r"(?:each|every|all|cada|todos|todas|chacun\w*|tous|ognuno|tutti|jede\w*|alle)\b|"
    r"\b(?:jedem|jeder|allen) (?:\S+ ){0,2}?(?:einen )?brief\w*\b|"
    r"\b(?:les|le) deje (?:sus |las )?cartas (?:a )?(?:todos|cada)\b",
    "deje una carta para cada uno encima de la mesa, ya esta todo en orden",
    negatable=False,
    # left on the table, or affairs in order, and no occasion
    requires=r"^(?!.*\b(?:birthday|christmas|wedding|guest|guests|cumpleanos|navidad|boda|"
    r"invitad[oa]s?|anniversaire|noel|mariage|invites|geburtstag|weihnacht\w*|hochzeit|gaste|"
    r"aniversario|natal|casamento|convidad[oa]s|compleanno|natale|matrimonio|invitati)\b)"
    r".*\b(?:table|mesa|tisch|tavolo|sorted|in order|en orden|en ordre|geregelt|resolvido|"
    r"sistemato|in ordine|q sepan|que sepan|to know i|los quise|les quise)\b",
)

_PILLS_HAVE_THEM = Rule(
    "suicide.r23_pills_have_them",
    CRISIS,
    SUI,
    # it: "le pillole , ce le ho gia", "le pastiglie ce le ho tutte"; fr: "les cachets , je les
    # ai deja tous"
    r"\b(?:le )?(?:pillole|pastiglie|compresse)\b(?: [,.])? ce le ho (?:gia|tutte)\b|"
    r"\b(?:les )?(?:cachets|comprimes|medocs|pilules)\b(?: [,.])? je les ai (?:deja|tous|toutes)\b|"
    # es: "ya tengo las pastillas", "ya junte mis pastillas"; it: "ho gia le pillole"
    r"\bya (?:tengo|consegui|compre|junte|junto) (?:las |mis |todas las |todas mis )?"
    r"(?:pastillas|pastis|pildoras|pastas)\b|\bho gia (?:le |tutte le )?(?:pillole|pastiglie)\b",
    "le pillole , ce le ho gia",
    negatable=False,
    # an ordinary remedy keeps it ordinary
    requires=r"^(?!.*\b(?:per la tosse|per il mal|contro|pour la toux|contre|per il raffreddore|"
    r"pour le rhume|du medecin|dal medico|para la tos|para el dolor|para la gripe|para el resfriado|"
    r"para la alergia|que me mando|me recetaron|recetad\w*|del medico)\b)",
)

_DIE_FOR_REAL = Rule(
    "suicide.r23_die_for_real",
    CRISIS,
    SUI,
    # "quiero morirme de verdad": es_want_die reads "morirme de" as "de risa"
    r"\b(?:voy a|quiero|pienso|necesito|ganas de|me quiero|me gustaria|me quisiera|quisiera) "
    r"(?:\w+ )?morir(?:me)? de (?:verdad|veras)\b",
    "quiero morirme de verdad",
)

_FOLLOWED = Rule(
    "abuse_or_danger.r23_car_following",
    CRISIS,
    ABUSE,
    r"\b(?:car|van|truck|carro|coche|auto|camioneta|moto|voiture|camionnette|wagen|auto|"
    r"transporter|macchina|furgone|furgao|carro)\b(?: \S+){0,5}? (?:following me|"
    r"is following me|s following me|has been following me|me (?:viene|anda|esta|va) "
    r"siguiendo|me sigue|me persigue|me suit|me poursuit|verfolgt mich|fahrt mir (?:\w+ )?nach|"
    r"(?:esta |ta |esta )?me seguindo|me segue|me persegue|mi (?:sta )?segu\w*|mi insegue)\b"
    r"(?! (?:fallando|dando|molestando|ruidos|sonando|costando|haciendo|falhando)\b)|"
    r"\b(?:following me|me (?:viene|anda|va) siguiendo|me seguindo|mi sta seguendo)\b"
    r"(?: \S+){0,4}? (?:in|en|em|dans|in einem|in una) (?:a |un |una |uma |une |einem )?"
    r"(?:car|carro|coche|auto|camioneta|voiture|wagen|macchina)\b",
    "un carro me viene siguiendo, tengo miedo",
    negatable=False,
    # not someone who is with the speaker on purpose (a sister who does not know the way, the
    # same wedding)
    requires=r"^(?!.*\b(?:doesn t know the way|don t know the way|no sabe (?:llegar|el camino)|"
    r"ne connait pas|nicht kennt|nao sabe o caminho|non sa la strada|misma boda|same wedding|"
    r"juntos|juntas|together|ensemble|zusammen|insieme|a la misma|al mismo|the same|la meme|"
    r"le meme|dieselbe|denselben|a mesma|o mesmo|la stessa|lo stesso|a friend|my friend|"
    r"un amigo|mi amigo|un ami|mon ami|ein freund|mein freund|um amigo|meu amigo|un amico|"
    r"il mio amico)\b)",
)

RULES: tuple[Rule, ...] = (
    _GOD_TAKE_ME,
    _JOIN_THE_DEAD,
    _ROPE_IN_THE_BOOT,
    _WARD_DRUGS_HOME,
    _BRIDGE_FOR_ME,
    _JUMP_SURE,
    _GIVEN_NEVER_AGAIN,
    _LETTER_FOR_EACH,
    _PILLS_HAVE_THEM,
    _DIE_FOR_REAL,
    _FOLLOWED,
)

#: Words of candour or of leaving the game, after a game command: a risk rule in a game-marked
#: sentence with one of them keeps its crisis (round 22b added Spanish and Portuguese candour).
REAL_MARKERS = (
    r"la vdd|la verdad|la verdade|te soy honest[oa]|les soy honest[oa]|fuera de broma|aparte del juego|"
    r"no en el juego|fuera del juego|no pal juego|no es pal juego|no (?:por|para|pal) el juego|"
    r"real talk|outside the game|not in the game|not for the game|not the game|"
    r"hors jeu|hors du jeu|pas pour le jeu|"
    r"ganz ehrlich|ehrlich gesagt|ausserhalb vom spiel|ausserhalb des spiels|nicht furs spiel|"
    r"fuori dal gioco|non per il gioco|a dire il vero|"
    r"serio mesmo|nao pro jogo"
)
