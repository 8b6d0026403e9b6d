"""The classes blind set 18's crises rated none fell in, in all six languages (round 18, issue 12).

Written from the classes' descriptions (docs/safety.md, "Round 18"), never from a blind message
(its texts stay unread). Sentences typed with no spaces or letter by letter are read by the
normaliser (``spacing.split_glued``); the rules here are for what was said plainly:

* **a plan tied to an event or a day, no method named** (``sui.plan``): "that's when I do it"
  or "that's when. I know how" after a "when" clause, "I'll go too" after a funeral, a date
  chosen as "the day my permit runs out", "decided, I won't make it to the next check-up", "I
  take them all at once" with "decided" or a "when" clause, controlled drugs taken home from
  work; German with the verb before its subject ("morgen bringe ich mich um", "heute mache ich
  schluss");
* **wishing to be dead in a few clipped words** (``sui.wish_dead``, ``sui.burden``): "better
  dead" as a clause of its own, "better not to be here any more", "family better without me"
  with no verb, "I'd rather have gone with him" after a loss;
* **danger now from another person** (``abuse.danger_now``): being told to sleep with someone
  or be reported, someone trying to open one's door now (German), someone who followed one and
  is outside one's home now;
* **somewhere dangerous now, said plainly** (``sui.place``, ``sui.method``): the top of a car
  park with looking at the drop or down, letting trains pass while trying to decide, unable to
  make oneself climb back in; asking whether a bridge still has barriers or one can jump,
  whether a fall from a named floor surely kills, whether weedkiller kills a person.

Look-alikes beside each (``tests/safety/test_round18.py``, ``dev/round18.jsonl``): a haircut
planned for the day care day, going back to work after a funeral, a date chosen to fly home, a
car park's view at work, waiting at a platform edge, the game's ledges and cliffs, weedkiller for
nettles, a flatmate at the door. Rule ids carry ``r18_``. The names this module defines are
described in ``tta_server.safety.lang``.
"""

from __future__ import annotations

from tta_server.safety.lexicon import ABUSE, CRISIS, SUI, Rule

#: The start of a clause: the start of the text or after a clause or sentence token.
_START = r"(?:^|(?<=[,.] ))"
#: The end of a clause: a clause or sentence token or the end of the text.
_END = r"(?= [,.]|$)"

#: Words that make a date, a funeral or a plan ordinary: travel, work, a party, a laugh.
_ORDINARY = (
    r"^(?!.*\b(?:lol|haha|jaja|mdr|ahah|kkk|fly|flight|flying|vuelo|vol|volo|voo|flug|party|"
    r"fiesta|fete|festa|wedding|holiday|vacances|vacaciones|vacanze|ferias|urlaub|work|"
    r"trabajo|travail|lavoro|trabalho|arbeit|haircut|coiffeur|friseur|parrucchiere|busy|"
    r"meeting|class|lesson|training|practice|match|game|reunion|clase|cours|riunione|"
    r"treffen|besprechung|aula|wedding|boda|mariage|matrimonio|casamento|hochzeit)\b)"
)

_PLANS = (
    Rule(
        "suicide.r18_when_then_i_do_it",
        CRISIS,
        SUI,
        # a "when" clause, then "that's when I do it" / "dann mach ich es" / "cest la que je le
        # fais" / "ese dia lo hago" / "e quello il giorno che lo faccio" / "e nesse dia que eu
        # faco" / "ce sera le moment" / "that's when. i know how"
        r"\b(?:when|once|wenn|sobald|quand|lorsque|cuando|quando)\b(?: \S+){1,14}? , "
        r"(?:(?:that is|thats) (?:when|the day)(?: i (?:will )?do it)?(?: \. i know how)?$|"
        r"(?:that is|thats) when i (?:will )?do it|"
        r"(?:dann )?(?:mach|mache|tu|tue) ich es|ist es soweit|"
        r"cest (?:la|ce jour la|a ce moment la) que je le (?:fais|ferai)|ce sera le moment$|"
        r"ese (?:dia|momento) lo hago|ese dia es cuando lo hago|"
        r"e quello il giorno (?:che|in cui) lo faccio|"
        r"e nesse dia que (?:eu )?(?:faco|vou fazer))\b",
        "when she goes to respite on friday, that's when i do it",
        requires=_ORDINARY,
    ),
    Rule(
        "suicide.r18_the_moment_i_know_how",
        CRISIS,
        SUI,
        # "that's when. i know how", "ist es soweit. ich weiss wie", "ce sera le moment. je
        # sais comment"
        r"\b(?:that is when|thats when|ist es soweit|ce sera le moment|sera ese momento|"
        r"sara quel momento|sera esse momento) \. (?:i know how|ich weiss wie|je sais comment|"
        r"se como|so come|sei como)\b",
        "once they leave, that's when. i know how",
    ),
    Rule(
        "suicide.r18_after_the_funeral_me_too",
        CRISIS,
        SUI,
        # "after the funeral is over im going too", "nach der beerdigung gehe ich auch", "une
        # fois lenterrement passe je pars aussi", "despues del entierro me voy yo tambien",
        # "dopo il funerale me ne vado anche io", "depois do enterro eu vou tambem"
        r"\b(?:funeral|beerdigung|trauerfeier|beisetzung|enterrement|obseques|entierro|funeral|"
        r"funerale|enterro|velorio|lenterrement)\b(?: \S+){0,5}? (?:i am going (?:too|to)$|i will go too|i go too|"
        r"i am going as well|(?:gehe|geh) ich auch|je (?:pars|partirai|men vais|men irai) "
        r"aussi|me voy (?:yo )?tambien|me ire (?:yo )?tambien|me ne vado anche io|"
        r"(?:eu )?vou tambem)\b",
        "once the funeral for dad is done im going too",
        requires=_ORDINARY,
    ),
    Rule(
        "suicide.r18_date_chosen",
        CRISIS,
        SUI,
        # "date picked, the day my permit expires", "datum steht fest, der tag an dem ...",
        # "date choisie, le jour ou ...", "fecha elegida, el dia que ...", "data scelta, il
        # giorno che ...", "data escolhida, o dia que ..."
        _START + r"(?:date (?:picked|chosen|set|decided)|datum (?:steht(?: fest)?|gewaehlt|"
        r"gewahlt)|date (?:choisie|fixee)|fecha (?:elegida|decidida)|data (?:scelta|decisa)|"
        r"data (?:escolhida|decidida|marcada)) , (?:the day|der tag|le jour|el dia|il giorno|"
        r"o dia)\b",
        "date chosen, the day my lease ends",
        requires=_ORDINARY + r"(?=.*\b(?:expires?|runs out|ends|ablaeuft|ablauft|endet|"
        r"expirent?|caduca|vence|scade|termina|acaba|finisce)\b)",
    ),
    Rule(
        "suicide.r18_decided_wont_make_it",
        CRISIS,
        SUI,
        # "decided, i won't make it to the next check-up", "ya lo decidi, no llego al proximo
        # control", "ho deciso, alla prossima visita non ci arrivo", "ja decidi, nao chego na
        # proxima consulta", "jai decide, je narriverai pas au prochain", "entschieden, den
        # naechsten termin erlebe ich nicht"
        r"\b(?:decided|decision|decidi|deciso|decide|entschieden|entscheidung)\b(?: \S+){0,3}? "
        r"(?:i (?:will not|wont) make it to the next|no (?:llego|llegare) (?:al|a la) "
        r"(?:proximo|proxima|siguiente)|(?:alla|al) prossim[ao] \S+ non ci arrivo|"
        r"non arrivo (?:alla|al) prossim[ao]|nao (?:chego|vou chegar) (?:na|no|ate a|ate o) "
        r"proxim[ao]|je (?:narriverai|narrive) pas (?:au|a la) prochaine?|"
        r"(?:den|die|das) (?:naechsten?|nachsten?) \S+ (?:erlebe|schaffe) ich nicht)\b",
        "decided. i will not make it to the next scan",
        requires=_ORDINARY,
    ),
    Rule(
        "suicide.r18_all_at_once_decided",
        CRISIS,
        SUI,
        # "tomorrow when the nurse goes i take all at once. decided"
        r"\bi (?:will )?take (?:them |it |everything |the lot )?all at once\b",
        "when she leaves i take them all at once. decided",
        requires=r"\b(?:decided|when)\b",
    ),
    Rule(
        "suicide.r18_controlled_drugs_home",
        CRISIS,
        SUI,
        # a nurse taking ampoules from the ward's controlled-drugs cupboard home
        r"\b(?:ampoules?|ampullen?|ampolle|ampollas|ampolas|vials)\b(?: \S+){0,10}? "
        r"(?:home|nach hause|heim|chez moi|a la maison|a casa|para casa|pra casa|a mi casa)\b",
        "taking the ampoules from the controlled drugs cupboard home tonight",
        requires=r"\b(?:controlled|btm|stupefiants?|stupefacenti|estupefacientes|"
        r"controlad[oa]s|controllat[ie]|betaeubungsmittel)\b",
    ),
    Rule(
        "suicide.r18_de_verb_first",
        CRISIS,
        SUI,
        # German with the verb before its subject: "morgen bringe ich mich um", "heute mache
        # ich schluss" (not "schluss mit" something), "dann bring ich mich um"
        r"\b(?:bringe|bring) ich mich (?:\S+ )?um\b|"
        r"\b(?:heute|morgen|heute nacht|heut nacht|jetzt|bald|dann|nachher|gleich|freitag|"
        r"samstag|sonntag|montag|dienstag|mittwoch|donnerstag) (?:mache|mach) ich schluss\b(?! mit\b)|"
        # French, a day then "je me tue" as the whole clause: "jeudi je me tue"
        r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce soir|cette nuit) "
        r"je me tue" + _END,
        "morgen bringe ich mich um",
    ),
    Rule(
        "suicide.r18_pt_stop_existing",
        CRISIS,
        SUI,
        # "quero parar de existir", "queria deixar de existir"
        r"\b(?:eu )?(?:quero|queria|vou) (?:parar|deixar) de existir\b",
        "so quero parar de existir",
    ),
)

_WISH = (
    Rule(
        "suicide.r18_better_dead_clause",
        CRISIS,
        SUI,
        # "better dead" as a clause of its own, in six languages; "better not to be here any
        # more" clipped
        _START + r"(?:better (?:off )?dead|melhor mort[oa]|meglio mort[oa]|mejor muert[oa]|"
        r"mieux morte?|lieber tot|besser tot|better not to be here anymore|"
        r"melhor nao estar mais aqui|meglio non esserci piu|mejor no estar mas aqui|"
        r"mieux vaut ne plus etre la|besser nicht mehr da sein)" + _END,
        "tired. better dead. end",
    ),
    Rule(
        "suicide.r18_better_without_me_clipped",
        CRISIS,
        SUI,
        # "family better without me", "kids better without me", "familia melhor sem mim"
        _START + r"(?:my )?(?:family|kids|children|everyone|parents|familia|famille|familie|"
        r"famiglia|enfants|kinder|hijos|figli|filhos|todos|tous|alle|tutti) "
        r"(?:better|better off|melhor|mejor|mieux|besser|meglio) "
        r"(?:without me|sem mim|sin mi|sans moi|ohne mich|senza di me|senza me)" + _END,
        "kids better off without me. true",
    ),
    Rule(
        "suicide.r18_rather_have_gone_with",
        CRISIS,
        SUI,
        # after a loss: "id rather have gone with him", "jaurais prefere partir avec lui",
        # "waere ich lieber mit ihm gegangen", "preferiria haberme ido con el", "avrei
        # preferito andarmene con lui", "preferia ter ido com ele"
        r"\b(?:i would rather have gone with|jaurais prefere partir avec|"
        r"(?:waere|ware) ich lieber mit (?:ihm|ihr) gegangen|preferiria haberme ido con|"
        r"avrei preferito (?:andarmene|andare via) con|preferia ter ido com)"
        r"(?: (?:him|her|them|lui|elle|el|ella|lei|ele|ela|ihm|ihr))?\b",
        "since we lost him i would rather have gone with him",
    ),
)

_DANGER = (
    Rule(
        "abuse_or_danger.r18_sex_or_report",
        CRISIS,
        ABUSE,
        # reported to the authorities unless one sleeps with someone
        r"\b(?:report|denounce|denuncia\w*|denoncer|denonce|melden|anzeigen|denunciar\w*)\b"
        r"(?: \S+){0,8}? (?:unless i sleep with|if i do not sleep with|si no me acuesto con|"
        r"si je (?:ne )?couche pas avec|wenn ich nicht mit (?:ihm|ihr) schlafe|"
        r"se non vado a letto con|se (?:eu )?nao (?:dormir|transar|for pra cama) com)\b",
        "the boss says he will report me unless i sleep with him",
    ),
    Rule(
        "abuse_or_danger.r18_de_at_my_door",
        CRISIS,
        ABUSE,
        # "jemand versucht gerade meine tuer aufzumachen"
        r"\bjemand versucht (?:\S+ ){0,2}?(?:meine|die) (?:wohnungstuer|wohnungstur|haustuer|"
        r"haustur|tuer|tur|zimmertuer|zimmertur) (?:aufzumachen|aufzubrechen|zu (?:oeffnen|offnen))\b",
        "jemand versucht gerade die haustuer aufzubrechen",
        requires=r"^(?!.*\b(?:postbote|paketbote|bote|nachbar|nachbarin|mitbewohner|"
        r"mitbewohnerin|hausmeister|handwerker|lieferant|lieferdienst|katze|hund|wind|kind|"
        r"kinder|sohn|tochter|freund|freundin|schluessel|schlussel)\b)",
    ),
    Rule(
        "abuse_or_danger.r18_followed_outside_now",
        CRISIS,
        ABUSE,
        # someone who followed one and is outside one's home now
        r"\b(?:followed me|ma suivie?|mi ha seguit[oa]|ist mir gefolgt|me siguio|me seguiu)\b"
        r"(?: \S+){0,8}? (?:outside my|at my (?:door|building|house|flat)|devant (?:mon|ma|chez)|"
        r"sotto casa|davanti a casa|vor meinem|vor meiner|fuera de mi|frente a mi|"
        r"na frente d[oa] meu|na porta d[oa] meu)\b",
        "a man followed me home and is outside my flat now",
        requires=r"\b(?:now|maintenant|adesso|ora|jetzt|gerade|ahora|agora)\b",
    ),
)

_PLACES = (
    Rule(
        "suicide.r18_looking_at_the_drop",
        CRISIS,
        SUI,
        # on top of a car park or a ledge, looking at the drop or down
        r"\b(?:top of the|top floor of the|roof of the) (?:car park|multi storey|multistorey|"
        r"parking garage)\b(?: \S+){0,6}? looking (?:at|over|down at) the drop\b|"
        r"\ben haut du parking\b(?: \S+){0,6}? (?:a )?regard(?:er|e|ant) le vide\b|"
        r"\bin cima al parcheggio\b(?: \S+){0,6}? (?:a )?guard(?:are|o|ando) (?:il vuoto|giu)\b|"
        r"\boben auf dem parkhaus\b(?: \S+){0,6}? (?:schaue|schau|gucke|guck) (?:runter|"
        r"nach unten|in die tiefe)\b|"
        r"\bno alto do estacionamento\b(?: \S+){0,6}? olhando (?:pra|para) baixo\b|"
        r"\ben lo alto del (?:parking|estacionamiento|aparcamiento)\b(?: \S+){0,10}? "
        r"mirando (?:hacia )?abajo\b",
        "on top of the car park at lunch looking at the drop",
    ),
    Rule(
        "suicide.r18_trains_deciding",
        CRISIS,
        SUI,
        # letting trains pass at the platform edge while trying to decide
        r"\b(?:letting the trains (?:go )?(?:past|pass|by)|dejando pasar (?:los )?trenes|"
        r"(?:je )?laisse passer les trains|lascio passare i treni|lasse die zuege "
        r"(?:vorbeifahren|vorbei)|deixando os trens passarem)\b(?: \S+){0,3}? (?:, )?"
        r"(?:trying to decide|intentando decidir|jessaie de decider|cerco di decidere|"
        r"versuche mich zu entscheiden|tentando decidir)\b",
        "at the edge letting the trains go by, trying to decide",
    ),
    Rule(
        "suicide.r18_jumping_off_tonight",
        CRISIS,
        SUI,
        # "jumping tonight from the car park after close", "im jumping off the bridge tonight"
        _START + r"(?:i am |i will be )?(?:jumping|leaping) (?:(?:tonight|today|tomorrow) )?"
        r"(?:off|from) (?:the|a|my) (?:\S+ ){0,2}?(?:bridge|car park|multi storey|multistorey|"
        r"roof|building|cliff|cliffs|tower|balcony|viaduct|overpass|flyover|parking garage)\b",
        "jumping off the viaduct tonight",
        requires=r"^(?!.*\binto the (?:sea|water|lake|pool|river|waves)\b)"
        r"(?=.*\b(?:tonight|today|tomorrow|now|after close|at midnight)\b)",
    ),
    Rule(
        "suicide.r18_cant_climb_back",
        CRISIS,
        SUI,
        # on a ledge, unable to make oneself climb back in
        r"\b(?:can not|cannot) make myself (?:climb|go|get|step) back (?:in|inside|over)\b",
        "on the ledge and i can not make myself climb back in",
    ),
    Rule(
        "suicide.r18_barriers_or_jump",
        CRISIS,
        SUI,
        # asking whether a bridge still has barriers or one can jump
        r"\b(?:barriers|railings|fences?|nets)\b(?: \S+){0,3}? or (?:can (?:you|i|one)|"
        r"could (?:you|i)) jump\b|\b(?:vallas|barreras|redes)\b(?: \S+){0,3}? o se puede "
        r"saltar\b|\bbarrieres\b(?: \S+){0,3}? ou on peut sauter\b|\bgitter\b(?: \S+){0,3}? "
        r"oder kann man (?:runter)?springen\b|\bbarriere\b(?: \S+){0,3}? o si puo saltare\b|"
        r"\b(?:grades|barreiras)\b(?: \S+){0,3}? ou da (?:pra|para) pular\b",
        "does the bridge still have nets or can you jump",
    ),
    Rule(
        "suicide.r18_fall_surely_kills",
        CRISIS,
        SUI,
        # whether a fall from a named floor surely kills
        r"\b(?:fall|jump) from the \S+ floor\b(?: \S+){0,4}? (?:definitely|surely|for sure) "
        r"kill me\b|\bme muero seguro\b|\bmeur[st]? a coup sur\b|\bmuoio (?:di )?sicuro\b|"
        r"\b(?:eu )?morro com certeza\b|\bsterbe ich (?:ganz )?sicher\b",
        "would a jump from the 9th floor definitely kill me",
        requires=r"\b(?:floor|piso|planta|etage|piano|andar|stock|stockwerk)\b",
    ),
    Rule(
        "suicide.r18_weedkiller_kills_a_person",
        CRISIS,
        SUI,
        # whether weedkiller or a pesticide kills a person, and how much
        r"\b(?:weedkiller|weed killer|paraquat|glyphosate|diserbante|erbicida|"
        r"unkrautvernichtungsmittel|unkrautvernichter|herbicida|herbicide|desherbant|"
        r"pesticida|pesticide)\b(?: \S+){0,4}? (?:kills? a (?:person|human)|uccide una persona|"
        r"(?:totet|toetet) einen menschen|mata (?:a )?una persona|mata uma pessoa|"
        r"tue (?:une personne|quelquun))\b|"
        r"\b(?:totet|toetet) das (?:unkrautvernichtungsmittel|unkrautvernichter)\b(?: \S+){0,3}? "
        r"einen menschen\b",
        "does the weedkiller in the shed kill a person",
    ),
)

RULES: tuple[Rule, ...] = (*_PLANS, *_WISH, *_DANGER, *_PLACES)
