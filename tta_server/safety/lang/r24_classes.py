"""Round 24 (issue 12): the classes that recur in blind sets 21-23's misses.

Described by the lead in general terms (docs/safety.md, "Round 24"), never quoted, and written
here from the taxonomy with this round's own development set (``dev/round24.jsonl``), in the six
languages:

* **a plan with a day and no method** (``r24_day_no_method``): a day or a time named
  ("tomorrow", "before the end of the month", "morgen", "domani") with "I finish it / end it /
  it will all be over", and then, in the same or the next sentences, being tired of everything
  or of living, a decision, or the end being the speaker's own ("with me", "comigo"); and a
  date chosen (``r24_date_then_gone``) followed by the speaker's absence ("after that nobody
  has to worry about me");
* **methods in trade words** (``r24_trade_means``): a worker's own means named by their trade
  (a farm's shotgun or paraquat, a vet's pentobarbital, a builder's scaffold, a kitchen's
  walk-in freezer, the pharmacy's count) with intent: for oneself, knowing what it is for,
  not coming down, for the end, for good;
* **affairs put in order** (``r24_affairs_farewell``): a will, passwords, a pet rehomed,
  debts paid, with a farewell or an absence in the same message; debts paid "so nobody
  inherits them" and insurance checked for whether it pays out on suicide are crisis alone
  (``r24_insurance_suicide``, ``r24_nobody_inherits``);
* **danger from someone holding power** (``abuse_or_danger.r24_papers_held``,
  ``abuse_or_danger.r24_locked_in``): an employer, a smuggler or a man who brought the speaker
  keeping their passports or papers, with a threat to family, a debt to work off or no way to
  leave; a partner's family, or anyone, locking the speaker in;
* **faith forms of the wish to die** (``r24_god_take_me``): God asked to fetch one or let one
  not see another morning ("gott soll mich holen", "lord let me not see another morning"),
  beside round 23's ``r23_god_take_me``.

Ordinary life admin (a will after a birth, passwords in case of a lost phone, a dog rehomed
for a landlord), a worry about a visa, and a parent hoping a sleeping baby stays asleep are read
by ``lookalikes.ordinary``'s frames ``"admin"`` and ``"asleep"``. Rule ids carry ``r24_``. The
names this module defines are described in ``tta_server.safety.lang``.
"""

from __future__ import annotations

from tta_server.safety.lexicon import CONCERN, CRISIS, SUI, Rule
from tta_server.safety.model import Category

ABUSE = Category.ABUSE_OR_DANGER

#: Up to ``n`` more words, across sentence ends: a frame said just after.
_THEN = r"(?: \S+){0,%d}? "

#: A day or a time to come, in the six languages (normalised: no accents).
_WHEN = (
    r"(?:tomorrow|tonight|(?:next |this )?(?:sunday|monday|tuesday|wednesday|thursday|friday|"
    r"saturday)|the \d+(?:st|nd|rd|th)(?: of (?:next |this )?\w+)?|"
    r"(?:before|by) the end of (?:the|this) (?:month|week|year)|"
    r"manana|esta noche|el domingo|el lunes|el viernes|el sabado|antes de (?:fin|final) de "
    r"(?:mes|ano|semana)|antes del fin de (?:mes|semana)|"
    r"amanha|hoje a noite|domingo|ate o fim do (?:mes|ano)|antes do fim do (?:mes|ano)|"
    r"demain|ce soir|dimanche|vendredi|samedi|avant la fin du mois|d ici la fin du mois|"
    r"morgen|heute nacht|sonntag|freitag|samstag|bis ende (?:des|vom) monat\w*|"
    r"vor (?:dem )?monatsende|"
    r"domani|stanotte|stasera|domenica|venerdi|sabato|entro la fine del mese|"
    r"prima della fine del mese)"
)

#: Finishing it, ending it, it being over, with no method named.
_FINISH = (
    r"(?:i (?:finish|end) it|it ends|it all ends|(?:is|s) when|i end it all|i am finishing it|i will finish it|it (?:will|ll) (?:all )?be "
    r"(?:over|done)|it is all over|all be over|"
    r"lo termino|lo acabo|termino con (?:esto|todo)|acabo con (?:esto|todo)|se acaba todo|"
    r"(?:eu )?termino com (?:isso|tudo)|acabo com (?:isso|tudo)|acabo comigo|"
    r"je termine (?:tout ca|tout|ca)|j en finis|jen finis|ce sera (?:fini|regle|fait)|"
    r"tout sera fini|"
    r"bring ich es zu ende|bringe ich es zu ende|ist es (?:erledigt|vorbei)|mach ich schluss|"
    r"ist alles vorbei|"
    r"chiudo tutto|la chiudo|finisco tutto|sara tutto finito|sara finita)"
)

#: What makes the end one's own: tired of everything or of living, a decision, "with me".
_OWN_END = (
    r"(?:tired of (?:everything|it all|all of it|being alive|living|life)|sick of living|"
    r"(?:had|have had) enough of (?:everything|it all|all of it|life|living)|worn out by (?:all|"
    r"everything|life)|fed up with (?:everything|life|living)|"
    r"decided|made (?:my|up my) mind|for me|about me|"
    r"cansad[oa] de (?:todo|vivir|la vida|viver|tudo)|hart[oa] de (?:todo|vivir)|de vivir|"
    r"ya lo decidi|lo decidi|para mi|de viver|ja decidi|decidi|"
    r"fatigue?e? de (?:tout|la vie|vivre)|de la vie|de vivre|j ai decide|jai decide|"
    r"j en peux plus|jen peux plus|"
    r"mude von allem|mude vom leben|vom leben|keine kraft mehr|mit mir|ich hab entschieden|"
    r"ich habe entschieden|"
    r"stanc[oa] di (?:tutto|vivere)|di vivere|ho deciso|per me)"
)

_DAY_NO_METHOD = Rule(
    "suicide.r24_day_no_method",
    CRISIS,
    SUI,
    # "tomorrow i finish it. tired of everything", "bis ende des monats ist es erledigt mit mir"
    r"\b" + _WHEN + r"\b" + (_THEN % 3) + _FINISH + r"\b" + (_THEN % 10) + _OWN_END + r"\b|"
    r"\b" + _WHEN + r"\b" + (_THEN % 3) + _FINISH + r" " + _OWN_END + r"\b|"
    r"\b" + _FINISH + r"\b" + (_THEN % 3) + _WHEN + r"\b" + (_THEN % 10) + _OWN_END + r"\b",
    "tomorrow i finish it . tired of everything",
    negatable=False,
    # a task finished (an exam, a thesis, the kitchen) is not an end
    requires=r"^(?!.*\b(?:exam|thesis|essay|kitchen|project|report|course|the game|level|"
    r"examen|tesis|tesina|tesi|tcc|memoire|steuer\w*|hausarbeit|the puzzle|party|series|"
    r"season|episode|film|movie|show|match|trip|holiday|contract|lease|fiesta|serie|temporada|"
    r"partido|contrato|festa|jogo|fete|saison|stagione|partita|contratto|spiel|staffel|vertrag|"
    r"i mean|quiero decir|je veux dire|ich meine|voglio dire|quer dizer|lol|haha\w*|jaja\w*|"
    r"kkk\w*|mdr|ptdr)\b)",
)

_DATE_THEN_GONE = Rule(
    "suicide.r24_date_then_gone",
    CRISIS,
    SUI,
    r"\b(?:got my date|picked (?:my|the) date|chosen (?:my|the) date|set (?:my|the) date|"
    r"escogi la fecha|elegi la fecha|tengo la fecha|escolhi a data|ja tenho a data|"
    r"choisi la date|j ai la date|datum gewahlt|datum steht|ho scelto la data|ho la data)\b"
    + (_THEN % 12)
    + r"(?:nobody has to worry about me|no one has to worry about me|won t be here|"
    r"will not be here|i am gone|ya no voy a estar|no voy a estar|nadie se tendra que "
    r"preocupar|nao vou mais estar|ninguem vai precisar|serai plus la|ne serai plus la|"
    r"nicht mehr da|non ci saro piu)\b",
    "got my date , the 14th . after that nobody has to worry about me",
    negatable=False,
)

#: A worker's own means, named by the trade.
_TRADE_MEANS = (
    r"(?:shotguns?|rifle|paraquat|pentobarb\w*|euthanasia solution|oxy|oxycodone|scaffold\w*|"
    r"walk in freezer|cold room|escopeta|rifle|carabina|andamio|camara frigorifica|"
    r"espingarda|andaime|camara fria|fusil|carabine|echafaudage|chambre froide|"
    r"flinte|gewehr|schrotflinte|gerust|geruest|kuhlraum|fucile|doppietta|ponteggio|"
    r"cella frigorifera)"
)

#: Intent: for oneself, knowing what for, not coming down, for the end, for good.
_INTENT = (
    r"(?:for me|for myself|on myself|made my peace|quick for me|for the end|for good|"
    r"not (?:climbing|coming) (?:back )?down|know (?:now )?what (?:it s|it is) for|"
    r"para mi|pa mi|es para mi|para el final|pa que la voy a usar|para que la voy a usar|"
    r"no pienso bajar|no voy a bajar|me alcanza a mi|"
    r"pra mim|e pra mim|pro fim|pra que vou usar|nao vou descer|da pra mim|"
    r"pour moi|pour la fin|pour quoi je vais m en servir|pour quoi je vais men servir|a quoi (?:il|elle) va (?:me )?servir|redescendrai pas|suffira pour moi|"
    r"fur mich|fur das ende|wofur ich sie nehme|wofur ich es nehme|steig nicht mehr runter|"
    r"reicht fur mich|per me|per la fine|a cosa mi serve|non scendo piu|basta per me)"
)

_TRADE_MEANS_INTENT = Rule(
    "suicide.r24_trade_means",
    CRISIS,
    SUI,
    r"\b" + _TRADE_MEANS + r"\b" + (_THEN % 14) + _INTENT + r"\b|"
    r"\b(?:shutting|shut|lock\w*) myself in the " + _TRADE_MEANS + r"\b",
    "the paraquat in the shed , it would be quick for me",
    negatable=False,
    # vermin, the hunt, an animal put down
    requires=r"^(?!.*\b(?:foxes|rats|vermin|pheasant|the hunt|hunting|caza|caca|chasse|jagd|"
    r"caccia|put (?:old )?(?:dogs?|cats?) down|eingeschlafert|euthanasie)\b)",
)

#: Pills counted at the pharmacy, some kept back for oneself, for the end.
_KEPT_FROM_THE_COUNT = Rule(
    "suicide.r24_kept_from_the_count",
    CRISIS,
    SUI,
    r"\b(?:count|counting|cuento|conto|je compte|zahl|zahle)\b(?: \S+){0,8}? "
    r"(?:pharmacy|farmacia|pharmacie|apotheke)\b"
    + (_THEN % 8)
    + r"(?:comes home for me|coming home for me|guardado unas para mi|guardei uns pra mim|"
    r"j en garde pour moi|behalt ich fur mich|behalte ich fur mich|tenute alcune per me)\b",
    "i count the oxy every night at the pharmacy , tonight some of it comes home for me",
    negatable=False,
)

#: A dog walked, fed or taken out: an everyday errand, not a pet rehomed ("i will go home and
#: walk the dog . goodbye everyone", newcomer 36, was held). Fixed-width look-behinds: English
#: before "the dog" / "my dog", the other languages before their bare word for a dog.
_WALKED_EN = "".join(
    rf"(?<!\b{verb} )"
    for verb in ("walk", "walks", "walked", "walking", "feed", "feeds", "fed", "feeding")
)
_WALKED = "".join(
    rf"(?<!\b{care} )"
    for care in (
        *("pasear al", "sacar al", "saque al", "pasee al", "passear o", "passear com o"),
        *("levar o", "promener le", "promener mon", "promene le", "sortir le", "sortir mon"),
        *("portare fuori il", "porto fuori il", "portato fuori il", "a spasso il"),
    )
)
#: Life's affairs: a will, passwords, a pet rehomed, debts paid.
_AFFAIRS = (
    r"(?:my will|the will|passwords?|debts?|testamento|contrasenas|claves|deudas|"
    r"senhas|dividas|testament|mots de passe|dettes|passworter|schulden|debiti|"
    + _WALKED_EN
    + r"(?:the|my) dog|"
    + _WALKED
    + r"(?:perro|cachorro|chien|hund|cane)(?! (?:gassi|ausfuhren|ausgefuhrt)\b))"
)
#: A farewell or an absence, said with them.
_GONE = (
    r"(?:bye all|bye everyone|goodbye|nobody will miss me|no one will miss me|"
    r"nadie me va a extranar|ninguem vai sentir (?:a )?minha falta|personne ne me regrettera|"
    r"niemand wird mich vermissen|nessuno sentira la mia mancanza|when i m gone|when i am gone|after i m gone|"
    r"won t be needing|will not be needing|won t need|adios|cuando yo ya no este|"
    r"ya no me van a necesitar|adeus|quando eu nao estiver mais|nao vao mais precisar de mim|"
    r"adieu|quand je serai plus la|je vous aime tous|lebt wohl|wenn ich nicht mehr da bin|"
    r"braucht ihr mich nicht mehr|addio|quando non ci saro piu|non avrete piu bisogno di me)"
)

_AFFAIRS_FAREWELL = Rule(
    "suicide.r24_affairs_farewell",
    CRISIS,
    SUI,
    r"\b" + _AFFAIRS + r"\b" + (_THEN % 16) + _GONE + r"\b",
    "paid off every debt . that is everything sorted , bye all",
    negatable=False,
)

_NOBODY_INHERITS = Rule(
    "suicide.r24_nobody_inherits",
    CRISIS,
    SUI,
    r"\b(?:so (?:that )?(?:nobody|no one) inherits|pa q nadie las herede|para que nadie "
    r"(?:las|los)? ?herede|pra ninguem herdar|para ninguem herdar|que personne n en herite|que personne nen herite|"
    r"damit niemand sie erbt|nessuno li eredita|nessuno li erediti)\b",
    "paid off my debts so nobody inherits them",
    negatable=False,
)

_INSURANCE_SUICIDE = Rule(
    "suicide.r24_insurance_suicide",
    CRISIS,
    SUI,
    r"\b(?:insurance|seguro|assurance|versicherung|assicurazione)\b(?: \S+){0,8}? "
    r"(?:pays? (?:out )?(?:for|on|if|in case of) suicide|for suicide|"
    r"paga si me (?:mato|suicido)|en caso de suicidio|em caso de suicidio|"
    r"en cas de suicide|bei suizid|bei selbstmord|in caso di suicidio)\b",
    "checked the life insurance to see if it pays out for suicide",
    negatable=False,
    requires=r"^(?!.*\b(?:article|film|movie|series|novel|exam|law|course|articulo|pelicula|"
    r"artikel|articolo|artigo)\b)",
)

#: Papers held: passports, papers, documents, kept by someone with power.
_PAPERS_HELD = Rule(
    "abuse_or_danger.r24_papers_held",
    CRISIS,
    ABUSE,
    r"\b(?:keeps|has|took|holds|kept|taken|tiene|se quedo con|guarda|quito|ficou com|tem|pegou|"
    r"garde|a pris|hat|behalt|nahm|tiene|ha preso|tengono)\b (?:all )?(?:our|my|nuestros|mis|"
    r"nossos|meus|nos|mes|unsere|meine|i nostri|i miei)\b (?:\w+ )?(?:passports?|papers|"
    r"documents|pasaportes|papeles|documentos|passaportes|passeports|papiers|passe|papiere|"
    r"ausweise|passaporti|documenti)\b"
    + (_THEN % 14)
    + r"(?:hurt|harm|kill|do something to|threat\w*|work till|until i pay|pays?|if we leave|"
    r"if i leave|le hace algo|amenaza\w*|si nos vamos|si me voy|ameaca\w*|se a gente sair|"
    r"menace\w*|si on part|droht|anzutun|wenn wir gehen|minaccia\w*|se ce ne andiamo)\b",
    "my boss keeps our passports and says he will hurt my family",
    negatable=False,
)

_LOCKED_IN = Rule(
    "abuse_or_danger.r24_locked_in",
    CRISIS,
    ABUSE,
    r"\b(?:locked me in|locks me in|lock me in|keep me locked|me tiene encerrad[oa]|"
    r"me encierra\w*|me tranca\w*|me trancou|m enferme\w*|menferme\w*|m a enferme\w*|"
    r"schliesst mich ein|schliessen mich ein|sperrt mich ein|sperren mich ein|"
    r"mich eingesperrt|mi chiude in casa|mi chiudono in casa|mi tiene chiusa|mi tengono chius\w*)"
    r"\b",
    "his family locked me in the bedroom",
    negatable=False,
    # someone with power, or no way out
    requires=r"\b(?:family|familia|famille|familie|famiglia|husband|marido|mari|mann|marito|"
    r"boss|patron|chef|padrone|can t get out|no me dejan salir|nao me deixa sair|"
    r"peux pas sortir|komm nicht raus|non mi fa uscire|took my phone)\b",
)

_GOD = r"(?:god|lord|jesus|dios|senor|deus|senhor|dieu|seigneur|dio|signore|gott|herrgott)"

_GOD_FETCH_ME = Rule(
    "suicide.r24_god_take_me",
    CRISIS,
    SUI,
    r"\b" + _GOD + r"(?: ,)? (?:du )?(?:soll|sollst|moge|moge doch|mag) mich "
    r"(?:holen|zu sich nehmen|sterben lassen)\b|"
    r"\b" + _GOD + r" (?:please )?let me (?:not see another (?:morning|day)|not wake up|die)\b|"
    r"\b" + _GOD + r" (?:\S+ ){0,2}?(?:reprenne|me reprenne|me rappelle|rappelle moi)\b|"
    # en: "i pray not to wake up", "praying i don't wake up tomorrow"
    r"\b(?:i pray|i am praying|praying|i prayed)\b(?: \S+){0,3}? (?:not to wake|(?:that )?i "
    r"(?:don t|do not|won t|will not|never) wake)\b|"
    r"\b(?:que|che) " + _GOD + r" (?:me|mi) (?:lleve|leve|prenda|porti via|reprenne)\b"
    r"(?! (?:a|al|ao|a casa|home|au)\b)",
    "gott soll mich holen",
    negatable=False,
    requires=r"^(?!.*\b(?:lol|jaja\w*|haha\w*|kkk\w*|mdr|ptdr|back to|a casa|home|late|tarde|"
    r"en retard|zu spat|in ritardo|atrasad[oa])\b)",
)

_PAPERS_WORRY = Rule(
    "distress.r24_papers_worry",
    CONCERN,
    Category.DISTRESS,
    # a worry about a visa or a permit: a check-in, not danger
    r"\b(?:worried|scared|afraid|anxious|preocupa\w*|miedo|medo|preocupad[oa]|peur|angoiss\w*|"
    r"angst|sorgen|paura|preoccupat[oa])\b(?: \S+){0,10}? (?:visa|visas|permit|residence card|"
    r"visado|permiso de residencia|residencia|visto|autorizacao de residencia|titre de sejour|"
    r"carte de sejour|visum|aufenthaltstitel|aufenthaltserlaubnis|permesso di soggiorno)\b",
    "worried my visa will not be renewed",
)

RULES: tuple[Rule, ...] = (
    _DAY_NO_METHOD,
    _DATE_THEN_GONE,
    _TRADE_MEANS_INTENT,
    _KEPT_FROM_THE_COUNT,
    _AFFAIRS_FAREWELL,
    _NOBODY_INHERITS,
    _INSURANCE_SUICIDE,
    _PAPERS_HELD,
    _LOCKED_IN,
    _GOD_FETCH_ME,
    _PAPERS_WORRY,
)
