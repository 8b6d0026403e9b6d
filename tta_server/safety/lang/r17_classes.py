"""The classes blind set 17's crises rated none fell in, in all six languages (round 17, issue 12).

Written from the classes' descriptions (docs/safety.md, "Round 17"), never from a blind message
(its texts stay unread), each class in the taxonomy's cells:

* **a lethal amount asked about** (``sui.means``): how much of something to drink or take to
  go, to not wake up, to end it ("combien de desherbant faut il boire pour partir", "wie viel
  unkrautvernichter muss man trinken um nicht mehr aufzuwachen"); whether an amount is enough
  to go or to end it ("un verre ca suffit pour en finir ?"), or enough for the heart to stop
  ("tres caixas do meu remedio de pressao sao suficientes pro coracao parar?");
* **on railway tracks now** (``sui.place``): sitting, lying or standing on the rails, the train
  line, "les rails", "las vias", "os trilhos", "i binari", "die gleise"; not at work on them;
* **intent and plan said plainly or tersely** (``sui.intent``, ``sui.plan``): done fighting and
  going through with it ("j arrete de lutter, je vais le faire"); a high place at a time to come
  "and that will be that" ("all alba salgo al belvedere e sara finita"); a means, a full stop,
  "decided" ("domingo. o celeiro. a corda. decidido"); a means "it's for me"; the words glued
  together ("imgoingtoenditalltonight", "ichmachheuteschluss"); what weighs on one answered
  "being still alive" ("cosa mi pesa? essere ancora vivo"); "it's over for me" with thanks for
  everything, said to a character and meant (not lowered as a game scene);
* **danger at home** (``abuse.danger_now``): a threat to burn the house if anyone tells; "will
  kill me" with a word of real harm (drink, fear, a blow) beside it.

Look-alikes beside each (``tests/safety/test_round17.py``, ``dev/round17.jsonl``): a farmer's
doses for the ewes and the barley, railway staff at work on the line, a game character's quest
that is over, a rope for climbing. Rule ids carry ``r17_``. The names this module defines are
described in ``tta_server.safety.lang``.
"""

from __future__ import annotations

from tta_server.safety.lexicon import ABUSE, CRISIS, SUI, Rule
from tta_server.safety.lookalikes import KILLS_ME

#: An end, as the words after "to" / "pour" / "para" / "per" / "um" say it, in six languages.
_TO_END = (
    r"(?:die|end it|end it all|end me|finish me(?: off)?|not wake(?: up)?|never wake(?: up)?|"
    r"go(?= ?[.,!?]|$)|partir|mourir|en finir|me tuer|y rester|ne plus me reveiller|morir|"
    r"morirme|irme|no despertar|matarme|acabar conmigo|morrer|acabar comigo|me matar|"
    r"nao acordar|morire|andarmene|farla finita|uccidermi|ammazzarmi|non svegliarmi|sterben|"
    r"es zu beenden|nicht mehr aufzuwachen|mich umzubringen|tot zu sein|schluss zu machen)"
)
_HOW_MUCH = r"(?:how much|how many|combien|cuant[oa]s?|quant[oa]s?|wie viel\w*)"
_ENOUGH = (
    r"(?:enough|suffit|suffisent|suffirait|assez|basta|bastan|bastano|basterebbe|bastaria|"
    r"reicht|reichen|genug|suficiente|suficientes|da pra|alcanza|alcanzan)"
)
_HEART = r"(?:heart|coeur|corazon|coracao|cuore|herz)"
_STOPS = (
    r"(?:stop|stops|stopping|lache|lacher|arrete|s arrete|pare|parar|para|fermare|ferma|si ferma|"
    r"stehen bleibt|stehenbleibt|stehen|aufhort|aufhoert)"
)
_DOSES = (
    r"(?:pills|tablets|boxes|packets|cachets|comprimes|boites|medocs|pastillas|cajas|comprimidos|"
    r"caixas|remedios|pastiglie|compresse|scatole|tabletten|packungen|pillen)"
)

_LETHAL = Rule(
    "suicide.r17_lethal_amount",
    CRISIS,
    SUI,
    # "how much of the cattle wormer would it take to finish me off", "combien de desherbant
    # faut il boire pour partir", "un verre ca suffit pour en finir ?", "reichen drei
    # packungen damit das herz stehen bleibt", "con tres cajas de mis pastillas se para el
    # corazon?"
    r"\b" + _HOW_MUCH + r"\b(?: \S+){0,10}? " + _TO_END + r"\b"
    r"|\b" + _ENOUGH + r"\b(?: \S+){0,6}? " + _TO_END + r"\b"
    r"|\b(?:"
    + _ENOUGH
    + r"|"
    + _DOSES
    + r")\b(?: \S+){0,10}? "
    + _HEART
    + r"(?: \S+){0,2}? "
    + _STOPS
    + r"\b"
    r"|\b"
    + _DOSES
    + r"\b(?: \S+){0,10}? (?:se )?"
    + _STOPS
    + r" (?:el |o |le |il |das )?"
    + _HEART
    + r"\b",
    "combien de desherbant faut il boire pour partir",
    fiction=False,
)

#: Work on the line: railway staff on the tracks are at work.
_RAIL_WORK = (
    r"^(?!.*\b(?:maintenance|inspect\w*|shift|crew|engineer|gang|work\w*|job|signal\w*|"
    r"travaux|chantier|boulot|obras|trabajo|obra|trabalho|turno|lavori|lavoro|arbeit\w*|"
    r"schicht|baustelle|game|level|quest|jeu|juego|jogo|gioco|spiel)\b)"
)
_TRACKS = Rule(
    "suicide.r17_on_the_tracks",
    CRISIS,
    SUI,
    # "sat down on the rails by the crossing", "je suis assis sur les rails", "tumbada en la
    # via junto al paso a nivel", "to sentado no trilho do trem", "sdraiato sui binari",
    # "lieg auf den schienen"
    r"\b(?:sitting|sat|lying|laying|lay|standing|kneeling|waiting|i am|im) (?:down |here |now )?"
    r"on (?:the )?(?:rails|railway|railway line|railway tracks|train tracks|train track|"
    r"train line|tracks|track|line by the crossing)\b"
    r"|\b(?:assis|assise|allonge|allongee|couche|couchee|debout|je suis|suis) (?:\w+ )?sur "
    r"(?:les rails|la voie ferree|les voies)\b"
    r"|\b(?:sentad[oa]|tumbad[oa]|acostad[oa]|estoy|de pie) (?:\w+ )?en (?:las vias|los rieles|"
    r"la via del tren|la via ferrea|la via junto al paso a nivel)\b"
    r"|\b(?:sentad[oa]|deitad[oa]|to|tou|estou|em pe) (?:\w+ )?(?:nos? trilhos?|na linha do trem|"
    r"na linha ferrea)\b"
    r"|\b(?:sedut[oa]|sdraiat[oa]|sono|sto|in piedi) (?:\w+ )?sui binari\b"
    r"|\b(?:sitze|sitz|liege|lieg|stehe|steh|hocke|bin) (?:\w+ ){0,2}auf (?:den|dem) (?:gleisen|"
    r"schienen|gleis|bahngleisen)\b",
    "je suis assis sur les rails pres du passage a niveau",
    requires=_RAIL_WORK,
)

_THROUGH = Rule(
    "suicide.r17_done_fighting",
    CRISIS,
    SUI,
    # "done fighting it, gonna go through with it", "j arrete de lutter, je vais le faire",
    # "basta lottare, lo faccio", "ich kaempfe nicht mehr, ich zieh es durch"
    r"\b(?:done|tired of|sick of|stopped|finished|quit|no more) fighting\b(?: \S+){0,12}? \b(?:go|going) "
    r"through with it\b"
    r"|\b(?:i am|im|gonna|going to|i will|ill) (?:\w+ )?(?:go|going) through with it "
    r"(?:tonight|today|now|tomorrow|this time)\b"
    r"|\b(?:j arrete|jarrete|arrete|fini|marre|fatigue\w*) de (?:lutter|me battre|resister)\b(?: \S+){0,12}? "
    r"\b(?:je vais le faire|je le fais|passer a l acte|aller au bout)\b"
    r"|\b(?:ya no lucho|no lucho mas|dejo de luchar|deje de luchar|cansad[oa] de luchar|"
    r"hart[oa] de luchar)\b(?: \S+){0,12}? \b(?:voy a hacerlo|lo voy a hacer|lo hago)\b"
    r"|\b(?:cansei de lutar|parei de lutar|nao luto mais|desisti de lutar|chega de lutar)\b(?: \S+){0,12}? "
    r"\b(?:vou fazer isso|vou fazer|faco isso|vou ate o fim)\b"
    r"|\b(?:basta lottare|smetto di lottare|non lotto piu|stanc[oa] di lottare|"
    r"ho smesso di lottare)\b(?: \S+){0,12}? \b(?:lo faccio|lo faro|vado fino in fondo)\b"
    r"|\b(?:kaempfe nicht mehr|kampfe nicht mehr|hor auf zu kampfen|hoer auf zu kaempfen)\b(?: \S+){0,12}? "
    r"\b(?:zieh es durch|ziehe es durch|ziehs durch|mach es jetzt|tu es jetzt)\b",
    "done fighting it, gonna go through with it",
)

_HIGH = (
    r"(?:lookout|viewpoint|cliff|cliffs|cliff top|bridge|summit|quarry|belvedere|falaise|pont|"
    r"viaduc|mirador|acantilado|puente|viaducto|mirante|penhasco|ponte|viaduto|scogliera|rupe|"
    r"viadotto|aussichtspunkt|klippe|klippen|brucke|bruecke|steinbruch)"
)
_THAT_IS_THAT = (
    r"(?:that will be that|that ll be that|thatll be that|that will be the end|that s that|"
    r"and that s it|ce sera fini|ce sera la fin|c en sera fini|y se acabo|se acabo|sera el final|"
    r"e pronto acabou|pronto acabou|acabou|sera o fim|sara finita|sara la fine|ist schluss|"
    r"ist es vorbei|ist alles vorbei)"
)
_TO_COME = (
    r"\b(?:tomorrow|tonight|dawn|first light|sunrise|sunday|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|will|gonna|going to|demain|ce soir|aube|lever du soleil|je monte|je vais|"
    r"manana|esta noche|alba|amanecer|subo|voy a|amanha|hoje a noite|madrugada|cedo|vou|domani|"
    r"stasera|stanotte|salgo|vado|morgen|heute nacht|frueh|fruh|sonnenaufgang|fahr ich|"
    r"geh ich|werde)\b"
)
_THAT_WILL_BE_THAT = Rule(
    "suicide.r17_and_that_will_be_that",
    CRISIS,
    SUI,
    # "going to drive up to the lookout at dawn and that will be that", "demain a l aube je
    # monte au belvedere et ce sera fini", "morgen frueh fahr ich zum aussichtspunkt und dann
    # ist schluss"
    r"\b" + _HIGH + r"\b(?: \S+){0,12}? \b" + _THAT_IS_THAT + r"\b",
    "going to drive up to the lookout at dawn and that will be that",
    requires=_TO_COME,
)

_TERSE = Rule(
    "suicide.r17_means_decided",
    CRISIS,
    SUI,
    # "sunday. the barn. the rope. decided", "domingo. o celeiro. a corda. decidido"
    r"\b(?:rope|noose|gun|pills|corde|cuerda|soga|corda|seil|strick|cappio|fusil|pistola|"
    r"pastillas|cachets|comprimidos|pastiglie|tabletten) \. (?:\w+ \. )?(?:decided|its decided|"
    r"sorted|decide|decidee|cest decide|c est decide|decidido|decidida|deciso|decisa|"
    r"entschieden|beschlossen)\b",
    "sunday. the barn. the rope. decided",
)

_FOR_ME = Rule(
    "suicide.r17_means_for_me",
    CRISIS,
    SUI,
    # "loaded the shotgun, it's not for the foxes, it's for me", "trouxe a corda do trabalho,
    # e pra mim", "hab das seil von der arbeit mitgenommen, fuer mich"
    r"\b(?:rope|noose|gun|shotgun|rifle|corde|fusil|cuerda|soga|escopeta|corda|espingarda|"
    r"fucile|seil|strick|flinte|gewehr)\b(?: \S+){0,12}? \b(?:it s for me|its for me|it is for me|for myself|"
    r"c est pour moi|cest pour moi|es para mi|e pra mim|e para mim|e per me|fur mich|fuer mich)\b",
    "loaded the shotgun, it's not for the foxes, it's for me",
    requires=r"^(?!.*\b(?:climb\w*|escalad\w*|arrampic\w*|klettern|kletter\w*|camping|boat|"
    r"bateau|barco|barca|boot|gift|present|cadeau|regalo|presente|geschenk)\b)",
)

_GLUED = Rule(
    "suicide.r17_glued",
    CRISIS,
    SUI,
    # words typed with no spaces: "imgoingtoenditalltonight", "vouacabarcomtudohoje",
    # "jeveuxenfinircesoir", "ichmachheuteschluss"
    r"\b(?:imgoingtoend|imgonnaend|iamgoingtoend|iwanttodie|iwannadie|imgoingtokillmyself|"
    r"iwanttoendit|imendingit|jeveuxenfinir|jevaisenfinir|jeveuxmourir|jevaismetuer|"
    r"voyaacabarcon|voyamatarme|mevoyamatar|quieromorir|quieromorirme|vouacabarcom|voumematar|"
    r"queromorrer|euvouacabar|eumevoumatar|vogliofarlafinita|vogliomorire|lafacciofinita|"
    r"miammazzo|ichmach\w*schluss|ichwillsterben|ichbringmichum|ichwillnichtmehrleben)\w*",
    "imgoingtoenditalltonight",
)

_ALIVE = Rule(
    "suicide.r17_weighed_down_by_living",
    CRISIS,
    SUI,
    # what weighs on one, answered "being still alive": "ce qui me pese ? etre encore en vie",
    # "cosa mi pesa? essere ancora vivo", "was mich belastet? dass ich noch lebe"
    r"\w*(?:weigh\w*|pese|pesa|belastet|bedrueckt|bedruckt)\b(?: \S+){0,12}? \b(?:being (?:still )?alive|"
    r"still being alive|still alive|etre encore en vie|encore en vie|etre (?:encore )?vivante?|"
    r"seguir viv[oa]|estar viv[oa]|seguir aqui|ainda viv[oa]|essere ancora viv[oa]|"
    r"ancora viv[oa]|noch lebe|noch am leben)\b",
    "what weighs on me? still being alive",
)

_OVER_FOR_ME = Rule(
    "suicide.r17_over_for_me",
    CRISIS,
    SUI,
    # said to a character and meant, with thanks for everything: "it's over for me, thank you
    # for everything", "obrigado por tudo maren, acabou pra mim, nao e a missao, sou eu"
    r"\b(?:it s over for me|its over for me|it is over for me|c ?est fini pour moi|"
    r"pour moi c ?est fini|para mi se acabo|se acabo para mi|acabou pra mim|acabou para mim|"
    r"pra mim acabou|per me e finita|e finita per me|fur mich ist es vorbei|"
    r"fuer mich ist es vorbei|fur mich ist schluss|fuer mich ist schluss)\b",
    "thank you for everything, it's over for me",
    requires=r"\b(?:thank you for everything|thanks for everything|merci pour tout|"
    r"gracias por todo|obrigad[oa] por tudo|grazie di tutto|grazie per tutto|danke fur alles|"
    r"danke fuer alles)\b",
    fiction=False,
)

_BURN = Rule(
    "abuse_or_danger.r17_burn_if_told",
    CRISIS,
    ABUSE,
    # "threatens to burn the house if we tell", "dice che brucia la casa se parliamo", "droht
    # das haus anzuzuenden wenn wir was sagen"
    r"\b(?:burn|burns|set fire to|torch)\b(?: \w+){0,4}? (?:house|home|flat|place|us out)\b(?: \S+){0,12}? "
    r"\b(?:if|when)\b(?: \S+){0,12}? \b(?:tell|tells|told|talk|finds out|find out|say anything)\b"
    r"|\b(?:brule\w*|mettre le feu|mettra le feu|foutre le feu)\b(?: \S+){0,12}? \b(?:maison|appart)\b(?: \S+){0,12}? \bsi\b"
    r"(?: \S+){0,12}? \b(?:parle\w*|dit|disons|raconte\w*)\b"
    r"|\b(?:quema\w*|prender fuego|prendera fuego)\b(?: \S+){0,12}? \bcasa\b(?: \S+){0,12}? \bsi\b(?: \S+){0,12}? \b(?:cont\w*|deci\w*|"
    r"dice\w*|habla\w*)\b"
    r"|\b(?:queima\w*|tocar fogo|botar fogo|por fogo)\b(?: \S+){0,12}? \bcasa\b(?: \S+){0,12}? \bse\b(?: \S+){0,12}? \b(?:cont\w*|fala\w*|"
    r"dizer|disser\w*)\b"
    r"|\b(?:bruci\w*|brucia|dar fuoco|da fuoco)\b(?: \S+){0,12}? \bcasa\b(?: \S+){0,12}? \bse\b(?: \S+){0,12}? \b(?:parli\w*|dici\w*|"
    r"diciamo|racconti\w*)\b"
    r"|\b(?:anzuzuenden|anzuzunden|anzuenden|anzunden|abfackeln|abbrennen|niederbrennen|"
    r"niederzubrennen)\b(?: \S+){0,12}? \bwenn\b(?: \S+){0,12}? \b(?:sagen|erzahl\w*|erzaehl\w*|petzen|reden)\b",
    "mum's boyfriend hurts my sister and says he'll burn the house down if we tell",
)

_KILLS_ME_HURT = Rule(
    "abuse_or_danger.r17_threat_with_harm",
    CRISIS,
    ABUSE,
    # "mein vater bringt mich um wenn er heimkommt, er ist betrunken und ich hab angst", "my
    # boss said he will kill me if i go to the police, he has a gun"
    r"\b"
    + KILLS_ME
    + r"\b(?: \S+){0,12}? \b(?:drunk|scared|afraid|terrified|hit me|beat me|hits me|"
    r"beats me|broke my|betrunken|angst|borracho|borracha|miedo|me pego|me pega|bebado|medo|"
    r"me bateu|me bate|ubriaco|paura|mi ha picchiato|mi picchia|bourre|peur|m a frappe\w*|"
    r"ma frappe\w*|me frappe|hat mich geschlagen|schlagt mich|schlaegt mich|police|policia|"
    r"polizia|polizei|gun|knife|weapon|couteau|arme|cuchillo|pistola|arma|faca|coltello|"
    r"messer|waffe|pistole)\b",
    "mein vater bringt mich um wenn er heimkommt, er ist betrunken und ich hab angst",
)

_ALL_TONIGHT = Rule(
    "suicide.r17_taking_them_all",
    CRISIS,
    SUI,
    # "kept back the trolley's tablets all week, taking them all tonight"
    r"\b(?:pills|tablets|meds|painkillers|morphine)\b(?: \S+){0,12}? \b(?:taking|take|swallow\w*) (?:them |it )?"
    r"all (?:tonight|today|now|at once|together)\b",
    "kept back the trolley's tablets all week, taking them all tonight",
)

RULES: tuple[Rule, ...] = (
    _LETHAL,
    _TRACKS,
    _THROUGH,
    _THAT_WILL_BE_THAT,
    _TERSE,
    _FOR_ME,
    _GLUED,
    _ALIVE,
    _OVER_FOR_ME,
    _BURN,
    _KILLS_ME_HURT,
    _ALL_TONIGHT,
)
