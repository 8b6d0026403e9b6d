"""Safety rules and words for Portuguese (European and Brazilian).

The names this module defines, and how they are merged into the screen, are described in
``tta_server.safety.lang``.

The rules follow the cells of docs/safety.md, for Brazilian chat ("tô", "vc", "ngm", "hj",
"qnd", "kkk") and European forms ("estou a", "ameaçou-me", "casa de banho"). Normalised text
has no accents ("nao", "voce", "tambem", "e" for "é"), and "tô"/"tá" become "to"/"ta", which
are also English words: no rule here keys on them alone. First-person verb forms and the clitic
"me" ("vou me matar", "me cortei") carry the subject; third-person forms ("quer se matar",
"se corta") are the "someone else at risk" cells. Crisis rules that could be everyday speech
need a second signal (``requires``); laughter ("kkk", "rsrs") keeps idioms out (``_NO_LAUGH``)
and recovery in the past ("já passou", "anos atrás") is a concern rule of its own.
"""

from __future__ import annotations

from tta_server.safety.lexicon import (
    ABUSE,
    CONCERN,
    CRISIS,
    DIS,
    HARM,
    MED,
    SH,
    SUI,
    Rule,
    Subject,
)

# --------------------------------------------------------------------------------------------
# Shared fragments
# --------------------------------------------------------------------------------------------

#: The sentence has no laughter and no "just kidding" ("não é brincadeira" is allowed).
_NO_LAUGH = (
    r"^(?!.*\b(?:k{2,}\w*|k|rs(?:rs)+\w*|ha(?:ha)+\w*|hu(?:hu)+\w*|lol|xd|(?<!nao e )zoeira|"
    r"(?<!nao e )brincadeira|brincando|de rir|de tanto rir)\b)"
)
#: No recovery in the past ("já passou", "anos atrás", "hoje estou melhor").
_NOT_RECOVERED = (
    r"^(?!.*\b(?:ja passou|anos atras|faz (?:\w+ )?anos|ha (?:\w+ )?anos|aos \d+|quando (?:eu )?"
    r"(?:era|tinha)|(?:hoje|agora) (?:eu )?(?:to|estou|tou) (?:bem|melhor)|faco terapia|"
    r"teve uma epoca|no passado|antigamente)\b)"
)
_PILLS = (
    r"(?:comprimidos?|remedios?|pilulas?|capsulas?|medicamentos?|calmantes?|ansioliticos?|"
    r"antidepressivos?|tarja preta|paracetamol|dipironas?|ibuprofeno|rivotril|clonazepam|"
    r"amitriptilina|diazepam|alprazolam|fluoxetina|sertralina|tramadol|insulina|"
    r"remedios? (?:de|pra|para) dormir)"
)
_CONTAINER = r"(?:cartela|caixa|caixinha|frasco|vidro|tubo|embalagem|blister)"
_GUN = r"(?:arma|revolver|pistola|espingarda|rifle|fuzil|escopeta|trinta e oito|38)"
_BLADE = r"(?:lamina|gilete|estilete|navalha|caco de vidro|bisturi)"
_STRUCTURE = (
    r"(?:ponte|telhado|laje|terraco|sacada|varanda|beirada|beira|borda|penhasco|precipicio|"
    r"falesia|trilhos?|linha do trem|linha do comboio|linha ferrea|carris|linha do metro|viaduto|passarela|janela|mureta|parapeito|"
    r"andar|predio|marginal|rodovia|barragem|represa|torre|topo|andaime|guindaste)"
)
_PLACE_DISTRESS = (
    r"\b(?:nao (?:quero|vou) (?:descer|voltar|sair)|nao me apetece (?:sair|voltar|descer|ir)|nao saio|olhando (?:pra |para )?(?:baixo|a "
    r"agua|o rio|os carros|o vazio|os trilhos)|olho (?:pra |para )?baixo|de novo|outra vez|"
    r"pular|me jogar|me atirar|do lado de fora|pernas|faz (?:uma|\w+) horas?|ha (?:uma|\w+) "
    r"horas?|nao tenho ninguem|nao sei (?:pq|porque|por que|o que fazer)|adeus|nao aguento|"
    r"chego mais perto|o vazio|la embaixo|nao consigo tirar os olhos|ouco ele vindo|"
    r"vindo de longe|tchau|nao (?:quero|aguento) (?:mais|continuar)|nao aguento)\b"
)
_DEATH_CLAUSE = (
    r"(?:morresse|morrer|me matasse|me matar|sumisse|sumir|desaparecesse|nao (?:estivesse|"
    r"existisse|estiver|existir|tivesse nascido)|nao (?:estivesse|estiver) mais aqui|"
    r"for embora|fosse embora)"
)
_VEHICLE = r"(?:carro|moto|caminhonete|volante|onibus|caminhao)"
_HIT_TARGET = (
    r"(?:muro|mureta|parede|arvore|poste|caminhao|carreta|barranco|precipicio|ponte|"
    r"guard rail|pilastra|viaduto|rio|contramao)"
)
_FAMILY_PT = (
    r"(?:pai|mae|padrasto|madrasta|irmao|irma|irmaozinho|irmazinha|avo|vo|vovo|tio|tia|"
    r"namorado|namorada|marido|esposa|esposo|mulher|ex|primo|prima|sogro|sogra|filho|filha|"
    r"filhos|amigo|amiga|chefe|vizinho|vizinha|professor|professora|bebe|cachorro|gato)"
)

RULES: tuple[Rule, ...] = (
    # ------------------------------------------------------------ sui.wish_dead
    Rule(
        "suicide.pt_wish_dead",
        CRISIS,
        SUI,
        r"\b(?:quero|queria|gostaria de|desejo|prefiro|preferia|preciso|vontade de|so peco|"
        r"so queria|so quero) (?:\w+ ){0,2}?(?:morrer(?! (?:de|do|da|na|no|em|pelo|pela)\b)|"
        r"deixar de (?:existir|viver|respirar)|nao (?:existir|acordar|estar (?:mais )?aqui|"
        r"estar vivo|estar viva|ter nascido)|nunca (?:mais )?acordar|sumir (?:pra|para) sempre|"
        r"sumir de vez|desaparecer (?:pra|para) sempre|estar mort[oa]|dormir (?:\w+ ){0,3}?e "
        r"(?:nunca mais|nao) acordar|ir embora (?:desse|deste) mundo)\b",
        "queria dormir e nunca mais acordar",
        requires=_NO_LAUGH + _NOT_RECOVERED[1:],
    ),
    Rule(
        "suicide.pt_wish_glued",
        CRISIS,
        SUI,
        r"\b(?:quero|queria)(?:morrer|me ?matar|sumir|deixar)\w*|\bquero m \. e matar\b",
        "queromorrerqueromorrer",
    ),
    Rule(
        "suicide.pt_no_point_living",
        CRISIS,
        SUI,
        r"\b(?:pra|para) (?:que|q) (?:continuar|seguir|ficar|estou|to) (?:viv[oa]|vivendo|aqui|"
        r"existindo)\b|\b(?:a vida|viver|minha vida) (?:ja )?nao vale (?:a pena|nada)\b|"
        r"\bnao vale a pena (?:continuar )?(?:viver|estar viv[oa])\b|\b(?:cansad[oa]|exaust[oa]) "
        r"de (?:viver|existir|estar viv[oa]|continuar viv[oa])\b|\b(?:deus|alguem) me (?:levar|"
        r"leve|leva) (?:logo|embora|de uma vez)\b|\bse eu nao acordar (?:amanha|mais)\b",
        "pra que continuar vivo",
        negatable=False,
    ),
    Rule(
        "suicide.pt_join_dead",
        CRISIS,
        SUI,
        r"\b(?:ficar|estar|ir|me juntar) (?:\w+ )?(?:junto )?(?:do|da|com o|com a|com) (?:meu|minh"
        r"a|"
        r"ele|ela) \w+|\b(?:ficar|estar|ir) junto (?:dele|dela)\b",
        "so queria ficar junto do meu pai de novo , ele se foi",
        requires=r"\b(?:se foi|morreu|faleceu|no ceu|sem (?:ele|ela)|nao (?:esta|ta) mais aqui)\b",
    ),
    Rule(
        "suicide.pt_better_dead",
        CRISIS,
        SUI,
        r"\b(?:seria|e|era) melhor (?:eu )?(?:morrer|(?:que |se )?eu nao (?:existisse|estivesse)|e"
        r"star mort[oa]|nao existir|nao estar (?:aqui|viv[oa])|"
        r"nao ter nascido|sumir (?:pra|para) sempre)\b|\b(?:vontade|desejo) (?:e|de) (?:\w+ )?"
        r"morrer\b(?! (?:de|do|da)\b)|\bnao (?:quero|aguento|consigo|tenho vontade de) (?:mais )?"
        r"(?:viver|continuar vivendo|continuar viv[oa]|existir|estar viv[oa]|seguir vivendo)\b|"
        r"\bnao quero (?:mais )?acordar(?= [,.]|$| amanha| nunca| mais)|\bnao (?:vao|vai) "
        r"(?:mais )?(?:ter que|ter de|precisar) (?:se preocupar comigo|me aturar|me aguentar|lidar "
        r"comigo|me ver)\b|\bnao vou (?:mais )?estar (?:mais )?(?:aqui|viv[oa])(?= [,.]|$| amanha|"
        r" pra| "
        r"por muito)|\b(?:e|essa e|esta e) (?:a )?minha despedida\b(?! de solteir\w*)",
        "nao quero mais viver",
        negatable=False,
        requires=_NO_LAUGH + _NOT_RECOVERED[1:],
    ),
    # ------------------------------------------------------------ sui.ideation
    Rule(
        "suicide.pt_kill_myself",
        CRISIS,
        SUI,
        r"\b(?:quero|vou|vo|queria|preciso|devia|deveria|penso em|pensei em|pensando em|"
        r"vontade de|ideia de|tentar|tentei|tento|ia|pensamento de|vou acabar|decidi|decidido|"
        r"hora de|medo de|coragem de|plano de|planejando|vai ser hoje que eu)(?: \w+){0,2}? "
        r"(?:me matar|me suicidar|me enforcar|me envenenar|me afogar|me jogar (?:(?:da|do|de|"
        r"pela|pelo|no|na|nos|nas) (?:\w+ ){0,2}?"
        + _STRUCTURE
        + r"|na frente|embaixo|debaixo)|tirar (?:a )?(?:minha )?(?:propria )?"
        r"vida|suicid\w+|cortar (?:os |o |meus |meu )?pulsos?|dar um fim (?:em|a|na) (?:tudo|minha"
        r" vida|mim)|acabar com (?:a )?minha "
        r"vida|acabar comigo)\b(?! de (?!vez\b)| (?:estudando|trabalhando|treinando|correndo|rindo"
        r")\b)"
        r"|\beu me mato(?= [,.]|$)|\bme (?:suicido|enforco)\b|"
        r"(?<!vai )(?<!vao )(?<!ia )\bme matar\b(?= [,.]|$| hoje| amanha| essa| esta| de verdade| "
        r"serio| a serio)",
        "vou me matar",
        on_negation=CONCERN,
        requires=_NO_LAUGH + _NOT_RECOVERED[1:],
    ),
    Rule(
        "suicide.pt_voices",
        CRISIS,
        SUI,
        r"\b(?:voz|vozes) (?:\w+ ){0,3}?(?:mandando|mandam|manda|dizem|diz|dizendo|pedem|pede|"
        r"ordenam)(?: que| q| pra| para)? (?:\w+ )?(?:me (?:matar|mate|jogar|jogue|matasse|"
        r"cortar|corte|enforcar|machucar))\b",
        "a voz fica mandando eu me jogar",
    ),
    Rule(
        "suicide.pt_end_all",
        CRISIS,
        SUI,
        r"\b(?:acabar|acabo|acabei|terminar|termino|dar um fim|por um fim|por fim|dou um fim) "
        r"(?:com|em|a) (?:tudo|minha vida|a minha vida)(?= [,.]|$| e| hoje| essa| esta| amanha| de "
        r"vez| logo)|\b(?:ir embora|partir|sair) (?:desse|deste) mundo\b|\bpra mim (?:deu|"
        r"chega|acabou)(?= [,.]|$)|\bnao tem (?:mais )?volta\b",
        "essa semana eu acabo com tudo",
        on_negation=CONCERN,
        requires=_NO_LAUGH,
    ),
    # ------------------------------------------------------------ sui.intent / plan
    Rule(
        "suicide.pt_do_it_now",
        CRISIS,
        SUI,
        r"\b(?:eu )?(?:faco|vou fazer|farei|fazer isso)(?= \.|$| , (?:ja|ngm|ninguem|de "
        r"verdade|serio)\b)",
        "decidi . hoje a noite eu faco",
        requires=r"\b(?:essa noite|esta noite|a noite|decid\w*|quando (?:\w+ )?(?:todo|todos|ngm|"
        r"ninguem|meus|minha|meu|eles|ela|ele)|dormir|viajar|sair|ai eu|entao eu)\b",
    ),
    Rule(
        "suicide.pt_resolve",
        CRISIS,
        SUI,
        r"\b(?:e hoje|hoje e o dia)(?= [,.]|$)|\bdessa vez (?:eu )?nao (?:desisto|volto atras|"
        r"falho|amarelo)\b|\b(?:ja )?(?:decidi|escolhi|ta decidido|esta decidido)(?= [,.]|$)",
        "e hoje , dessa vez eu nao desisto",
        requires=r"\b(?:dessa vez|desisto|faco|fazer|adeus|tchau|acabou|acabar|me matar|"
        r"ultima|nao tem volta|mundo)\b",
    ),
    Rule(
        "suicide.pt_plan",
        CRISIS,
        SUI,
        r"\b(?:escolhi|decidi|marquei) (?:o|a) (?:dia|data|hora|segunda|terca|quarta|quinta|"
        r"sexta|sabado|domingo)\b|\b(?:dia )?\d+ e (?:o dia|a data)(?= [,.]|$)|\b(?:ja )?sei "
        r"(?:exatamente )?(?:o lugar|a hora|como|onde|o dia)(?: , | e )(?:\w+ ){0,2}?(?:a hora|"
        r"como|onde|o lugar|o dia)\b|\bpensei em tudo\b|\b(?:ja )?(?:ta|esta|tenho) tudo "
        r"(?:planejado|pensado|decidido)\b|\bja sei como vou fazer\b",
        "escolhi o domingo , meus pais vao pro sitio e eu fico sozinho em casa",
        requires=r"\b(?:quando|sozinh[oa]|ngm|ninguem|sairem|vao|viajar|remedios|comprimidos|"
        r"corda|cinto|carta|ponte|a hora|o lugar|onde|calendario|marquei|me mato|fazer|faco|"
        r"me matar|morrer|despedir|ultimo|ultima|como)\b",
        negatable=False,
    ),
    Rule(
        "suicide.pt_date_chosen",
        CRISIS,
        SUI,
        r"\b(?:escolhi|decidi|marquei) (?:a|o) (?:data|hora|dia)(?= [,.]|$)",
        "ja escolhi a data",
        requires=_NO_LAUGH  # a trip, a move, a party: a day chosen for something else
        + r"(?!.*\b(?:viagem|viajar|ferias|voo|passagem|mudanca|casamento|festa|aniversario|"
        r"consulta|prova|entrevista|show)\b)",
    ),
    Rule(
        "suicide.pt_place_inherent",
        CRISIS,
        SUI,
        r"\b(?:to|tou|estou|sentad[oa]|parad[oa]|deitad[oa]|de pe|em pe) (?:\w+ ){0,2}?(?:nos "
        r"trilhos|na linha do (?:trem|metro)|no parapeito|na beirada (?:\w+ ){0,2}?(?:ponte|predio|"
        r"telhado|laje|sacada|penhasco|viaduto)|do outro lado da (?:grade|mureta))\b",
        "to sentada nos trilhos do trem",
        requires=_NO_LAUGH,
    ),
    # ------------------------------------------------------------ sui.preparatory
    Rule(
        "suicide.pt_farewell",
        CRISIS,
        SUI,
        r"\b(?:carta|bilhete|mensagem|video|audio)s? (?:de despedida|de suicidio|de adeus|"
        r"suicida)\b|\b(?:gravei|deixei|fiz) (?:\w+ ){0,3}?(?:audios?|videos?|mensagens?) (?:\w+ )"
        r"{0,8}?"
        r"(?:depois|quando eu (?:ja )?nao|pra quando|caso eu)\b|"
        r"\b(?:escrevi|deixei|ja escrevi) (?:\w+ ){0,3}?(?:cartas?|"
        r"bilhetes?) (?:pra|para|pro|a) (?:\w+ ){0,5}?(?:familia|"
        r"filhos?|filhas?|pais|mae|pai|irmao|irma|irmaos|amigos|cada um)\b|\b(?:minha|essa e "
        r"minha|esta e a minha) ultima mensagem(?! (?:antes|do dia|de hoje|da noite))\b",
        "escrevi cartas pra minha mae",
        requires=r"^(?!.*\b(?:natal|aniversario|dia das maes|dia dos pais|namorados|capitao|"
        r"zarpar|rei|rainha|faroleiro|taberneiro|guardiao|cavaleiro|personagem|navio)\b)",
    ),
    Rule(
        "suicide.pt_give_away",
        CRISIS,
        SUI,
        r"\b(?:nao|ja nao) vou (?:mais )?precisar (?:mais )?(?:de nada|de mais nada|dela|dele|dela"
        r"s|deles|"
        r"disso)\b|\bnao vou (?:mais )?usar (?:mais )?(?:nada|isso)\b",
        "doei minhas roupas , nao vou precisar de mais nada",
        requires=r"^(?!.*\b(?:velh[oa]s?|usad[oa]s?|comprei|troquei|espada|escudo|pocao|"
        r"pocoes|armadura|arco|ferreiro|mercador|taberneiro|guarda|rei|rainha|capitao|"
        r"faroleiro|bruxa|mago)\b)(?=.*\b(?:doei|dei|deixei|"
        r"vendi|entreguei|dou|doo|distribui)\b)",
    ),
    Rule(
        "suicide.pt_not_long",
        CRISIS,
        SUI,
        r"\b(?:me aturar|me aguentar|me suportar|lidar comigo|se preocupar comigo|cuidar de mim) "
        r"(?:\w+ ){0,2}?(?:muito (?:mais )?tempo|por muito tempo|muito mais|mais tempo)\b",
        "vcs nao vao ter q me aturar por muito mais tempo",
        requires=r"\b(?:nao|nunca)\b",
    ),
    Rule(
        "suicide.pt_when_gone",
        CRISIS,
        SUI,
        r"\b(?:pra |para )?quando (?:eu )?(?:ja )?nao (?:estiver|existir)(?: mais)?(?: aqui| "
        r"viv[oa])?(?= [,.]|$| eles| elas| voces| todos| meus| minha| vao| vai)|\bdepois que "
        r"(?:eu )?(?:me for|morrer|partir)\b",
        "deixei as senhas anotadas pra quando eu nao estiver mais aqui",
    ),
    Rule(
        "suicide.pt_pet_after",
        CRISIS,
        SUI,
        r"\b(?:deixei|dei|pedi|doei|entreguei) (?:\w+ ){0,6}?(?:cachorro|cachorrinho|cadela|"
        r"gato|gatinho|gata|bicho|pet|passarinho)\b",
        "pedi pra minha amiga ficar com meu cachorro se acontecer alguma coisa comigo",
        requires=r"\b(?:pra depois|se (?:\w+ )?acontecer (?:alguma coisa|algo)|quando eu nao|"
        r"depois de mim|nem desconfiou|caso eu)\b",
    ),
    Rule(
        "suicide.pt_goodbye",
        CRISIS,
        SUI,
        r"\b(?:me despedi|to me despedindo|estou me despedindo|estou a despedir me|vim me despedir|"
        r"quero me despedir|queria me despedir) (?:de )?(?:todos|todo mundo|voces|vc|voce|"
        r"meus|minha familia)\b",
        "me despedi de todo mundo , eles nao sabem que era de verdade",
        requires=r"\b(?:de verdade|pra sempre|para sempre|nao sabem|ultima vez|amo voces|"
        r"perdao|me perdoem|adeus)\b",
    ),
    # ------------------------------------------------------------ sui.means
    Rule(
        "suicide.pt_pills_ready",
        CRISIS,
        SUI,
        r"\b" + _PILLS + r" (?:\w+ ){0,3}?(?:enfileirad[oa]s|alinhad[oa]s|em fila|contad[oa]s|"
        r"pront[oa]s|separad[oa]s|preparad[oa]s|escondid[oa]s)\b|\b(?:enfileirei|alinhei|contei|"
        r"separei|preparei) (?:\w+ ){0,2}?" + _PILLS,
        "enfileirei todos os comprimidos na escrivaninha",
        requires=r"^(?!.*\b(?:porta comprimidos|da semana|pra viagem|do dia)\b)",
    ),
    Rule(
        "suicide.pt_pills_saved",
        CRISIS,
        SUI,
        r"\b(?:juntando|acumulando|guardando|escondendo|estocando|junto|guardo|acumulo|juntei|"
        r"acumulei|guardei|escondi|estoquei|juntar|acumular) (?:\w+ ){0,3}?" + _PILLS + r"\b",
        "faz um mes que eu guardo meus remedios em vez de tomar",
        requires=r"\b(?:em vez de|sem tomar|semanas|meses|mes|\d+|muitos|todos|pront[oa]s|"
        r"escondid\w*|juntando|acumulando|estocando|juntei|acumulei|estoquei|saquinho)\b",
    ),
    Rule(
        "suicide.pt_rope_ready",
        CRISIS,
        SUI,
        r"\b(?:corda|cinto|cabo|lencol|fio|extensao)s? (?:\w+ ){0,3}?(?:amarrad[oa]|pendurad[oa]|"
        r"pront[oa]|preparad[oa]|testad[oa])\b|\b(?:amarrei|pendurei|preparei|testei) (?:a|o|uma|"
        r"um) (?:corda|cinto|lencol|fio)\b",
        "o cinto ta pendurado no armario , ja testei",
        requires=r"\b(?:viga|ventilador|teto|pescoco|no de forca|forca|ja|armario|grade|galho|"
        r"essa noite|hoje|aguenta|testei)\b|\b(?:pront[oa]|preparad[oa]|testad[oa])\b(?! (?:pra|pa"
        r"ra) )",
    ),
    Rule(
        "suicide.pt_gas",
        CRISIS,
        SUI,
        r"\bgaragem (?:\w+ ){0,3}?motor (?:\w+ ){0,2}?(?:ligado|funcionando)\b|\b(?:carro|motor) "
        r"(?:\w+ ){0,5}?garagem\b|\bcarvao\b",
        "to dentro do carro na garagem fechada com o motor ligado",
        requires=r"\b(?:fechad[oa]|vedei|vedad[oa]|tapei|fita|trancad[oa]|ligado)\b",
    ),
    Rule(
        "suicide.pt_gun_ready",
        CRISIS,
        SUI,
        r"\b" + _GUN + r" (?:\w+ |, ){0,9}?(?:carregad[oa]|destravad[oa]|apontad[oa]|na (?:minha )?"
        r"(?:cabeca|boca))\b|"
        r"\b(?:carreguei|destravei) (?:a|o) " + _GUN + r"\b",
        "a espingarda do meu avo ta aqui no meu colo , carregada",
        requires=r"^(?!.*\b(?:jogo|dragao|monstro|inimigo|zumbi\w*)\b).*"
        r"\b(?:aqui (?:no|na|comigo)|comigo|na (?:minha )?mao|no (?:meu )?colo|"
        r"apontad[oa]|na boca|na cabeca|carreguei|destravei|to com|estou com)\b",
    ),
    Rule(
        "suicide.pt_means_access",
        CONCERN,
        SUI,
        r"\b(?:tem|tenho|guarda|guardam|temos) (?:uma?|muito|muitos|muitas|todos|todas|varios|"
        r"bastante|seus|os|as) (?:\w+ )?(?:" + _GUN + r"|" + _PILLS + r")\b",
        "tem uma arma na gaveta do meu pai",
        requires=r"\b(?:em casa|meu quarto|no quarto|gaveta|armario|guarda roupa|escondid\w*|"
        r"carregad[oa])\b",
    ),
    # ------------------------------------------------------------ sui.method
    Rule(
        "suicide.pt_lethal_question",
        CRISIS,
        SUI,
        r"\bquant[oa]s? (?:\w+ ){0,6}?(?:e (?:mortal|letal)|sao (?:mortais|letais)|(?:pra|para) "
        r"(?:nao acordar|morrer|me matar|matar uma pessoa|matar alguem)|matam?)\b|\b(?:qual|que) "
        r"(?:a )?dose (?:\w+ ){0,3}?(?:e )?(?:mortal|letal)\b|\bdose (?:mortal|letal)\b|"
        r"\b(?:jeito|forma|maneira|metodo)s? (?:mais )?(?:rapid[oa]|facil|indolor|sem dor|"
        r"garantid[oa])(?: \w+){0,3}? (?:de|pra|para) (?:morrer|se matar|me matar|suicid\w+)\b",
        "quantas caixas de amitriptilina matam alguem",
    ),
    Rule(
        "suicide.pt_height_question",
        CRISIS,
        SUI,
        r"\b(?:qual|que) (?:ponte|predio|viaduto|torre|penhasco|passarela) (?:\w+ ){0,4}?(?:mais "
        r"alt[oa])\b(?! (?:do mundo|da europa|do brasil))|\b(?:pular|me jogar|cair) (?:\w+ ){0,5}?"
        r"(?:morro|morre|morreria|da pra "
        r"morrer|e suficiente|basta)\b",
        "se eu pular da passarela eu morro na hora",
        requires=r"^(?!.*\b(?:curiosidade|trabalho de escola|prova)\b)",
    ),
    Rule(
        "suicide.pt_method_question",
        CRISIS,
        SUI,
        r"\bno de forca\b|\baguenta o peso de (?:um adulto|uma pessoa|alguem)\b|\b(?:quanto "
        r"tempo|demora) (?:\w+ ){0,4}?(?:chumbinho|veneno|raticida|cianeto|chumbinho)\b|"
        r"\b(?:chumbinho|veneno de rato) (?:\w+ ){0,3}?(?:demora|mata|funciona)\b|"
        r"\b(?:suicidio|se enforcar|se matar|morrer enforcad[oa]) (?:\w+ ){0,5}?(?:funciona|doi|"
        r"e rapido)\b",
        "quanto tempo o chumbinho demora pra fazer efeito",
    ),
    # ------------------------------------------------------------ sui.place
    Rule(
        "suicide.pt_place_now",
        CRISIS,
        SUI,
        r"\b(?:to|tou|estou|fico|sentad[oa]|parad[oa]|subi|em cima|de novo|outra vez|"
        r"^|(?<=\. )) ?(?:\w+ ){0,3}?(?:no|na|em|do|da|pela|pelo|em cima do|em cima da) "
        r"(?:\w+ ){0,2}?" + _STRUCTURE + r"\b",
        "to no telhado do predio e nao quero descer",
        requires=r"^(?!.*\b(?:pra|para) (?:pegar|alcancar|fugir|escapar|chegar|atravessar)\b).*"
        + _PLACE_DISTRESS,
    ),
    Rule(
        "suicide.pt_edge",
        CRISIS,
        SUI,
        r"\b(?:pernas?|pes) (?:\w+ ){0,2}?(?:pra|para|por) fora\b|\bchego (?:\w+ ){0,2}?perto "
        r"(?:da beirada|da borda|dos trilhos|da linha|do vao)\b|\bdo lado de fora (?:da|do) "
        r"(?:grade|parapeito|mureta|corrimao)\b",
        "to na janela com as pernas pra fora",
        requires=_NO_LAUGH,
    ),
    # ------------------------------------------------------------ sui.unsafe
    Rule(
        "suicide.pt_unsafe",
        CRISIS,
        SUI,
        r"\bnao (?:me sinto|estou|to|tou) (?:\w+ )?(?:segur[oa]|a salvo) (?:comigo|de mim)\b|"
        r"\ba salvo de mim\b|\bnao (?:consigo|posso) (?:me manter|ficar) (?:a salvo|segur[oa])"
        r"(?= [,.]|$| agora| hoje| essa| esta)|\bnao (?:consigo|posso) me (?:cuidar|proteger)"
        r"(?= [,.]|$| agora| hoje| sozinh)|\bnao confio em mim(?: mesm[oa]| propri[oa])?"
        r"(?= [,.]|$| agora| hoje| essa| esta)|\bnao respondo por mim\b|\bperigo (?:pra|para) "
        r"mim mesm[oa]\b|\bmedo (?:do|de|da) (?:que|q) (?:eu )?(?:posso|possa|vou|vá) "
        r"(?:fazer|me fazer) (?:comigo|contra mim)\b|\bnao sei (?:do|de) (?:que|q) (?:eu )?sou "
        r"capaz\b|\bmedo de (?:me machucar|fazer (?:alguma coisa|algo) comigo)\b",
        "nao me sinto segura comigo mesma",
        negatable=False,
    ),
    # ------------------------------------------------------------ sui.attempt
    Rule(
        "suicide.pt_attempt",
        CRISIS,
        SUI,
        r"\b(?:tentei|tentativa)\b",
        "tentei ontem com o cinto mas o suporte soltou",
        requires=r"\b(?:cinto|corda|lencol|comprimidos|remedios|veneno|lamina|gilete|me "
        r"acharam|me achou|me encontr\w+|me salv\w+|me puxou|hospital|internad[oa]|lavagem|"
        r"me enforcar|me matar|pular da|me jogar|suporte)\b" + _NOT_RECOVERED[1:],
    ),
    Rule(
        "suicide.pt_interrupted",
        CRISIS,
        SUI,
        r"\b(?:(?:tava|estava|estive) (?:quase|prestes a|a ponto de|pra)(?: pra)?|ia) (?:pular|pul"
        r"ando|"
        r"me jogar|me jogando|me matar|fazer|tomar)(?= [,.]|$| e| quando| qnd| mas| da| do| de)|\b"
        r"comecei e parei(?= [,.]|$)|"
        r"\bpescoco (?:\w+ )?marcado\b|\b(?:to|estou|tou) fazendo agora(?= [,.]|$)|"
        r"\b(?:estou|tou) a fazer agora\b|\btomei veneno\b",
        "ja tava quase pra pular qnd minha mae chamou",
    ),
    # ------------------------------------------------------------ sui.vehicle
    Rule(
        "suicide.pt_vehicle",
        CRISIS,
        SUI,
        r"\b(?:jogar|joguei|bater|enfiar|meter|estrelar|jogar|lancar|virar|atirar) (?:o|a|meu|"
        r"minha) "
        + _VEHICLE
        + r" (?:\w+ ){0,3}?(?:na|no|num|numa|contra|pro|pra|em) (?:\w+ ){0,2}?"
        + _HIT_TARGET
        + r"\b|\b(?:virar o volante|dar uma guinada|jogar o volante) (?:\w+ ){0,3}?(?:pro|pra|"
        r"contra|na|no|para o) (?:\w+ ){0,2}?(?:caminhao|carreta|onibus|muro|arvore|poste|"
        r"precipicio|contramao)\b",
        "quero bater a moto num poste",
        requires=r"\b(?:quero|penso|pensei|vontade|de proposito|quase|vou|acabar|queria|"
        r"pensando|tentad[oa])\b",
    ),
    Rule(
        "suicide.pt_no_brake",
        CRISIS,
        SUI,
        r"\b(?:eu )?nao (?:vou )?(?:freio|frear|piso no freio)(?= [,.]|$| mais| nada)",
        "da proxima vez eu nao freio",
        negatable=False,
        requires=r"\b(?:proxima|de proposito|curva|estrada|muro|caminhao|vontade|quero)\b",
    ),
    Rule(
        "suicide.pt_under_vehicle",
        CRISIS,
        SUI,
        r"\b(?:me jogar|me atirar|me deitar|me colocar|me por|pular|me lancar) (?:\w+ ){0,2}?"
        r"(?:na frente|em frente|embaixo|debaixo|nos trilhos|na linha) (?:\w+ ){0,2}?(?:trem|"
        r"metro|onibus|caminhao|carro|carreta|carros|transito)\b|\b(?:esperando|espero) (?:\w+ )"
        r"{0,3}?(?:onibus|trem|metro|caminhao) (?:\w+ ){0,2}?(?:pra|para) me jogar\b|"
        r"\batravessar (?:\w+ ){0,4}?(?:quando|qnd) (?:\w+ ){0,2}?(?:vier|passar) (?:um|uma|o|a) "
        r"(?:\w+ )?(?:carreta|caminhao|trem|onibus|carro)\b",
        "pensei em me jogar na frente do onibus",
        on_negation=CONCERN,
    ),
    # ------------------------------------------------------------ sui.burden
    Rule(
        "suicide.pt_burden",
        CRISIS,
        SUI,
        r"\b(?:melhor|mais felizes|felizes|mais feliz|feliz|em paz|aliviad[oa]s?|mais facil|mais l"
        r"eve|favor|"
        r"recomecar|respirar)(?: \w+){0,4}? (?:se|quando|qnd) (?:eu )?" + _DEATH_CLAUSE + r"\b|"
        r"\b(?:melhor|felizes|em paz) sem mim\b(?! (?:no|na|em|jogando)\b)|\bsem mim (?:\w+ )"
        r"{0,4}?(?:seria|seriam|ficaria|ficariam) (?:\w+ ){0,3}?(?:melhor|felizes|em paz)\b",
        "todo mundo ficaria melhor sem mim",
        requires=_NO_LAUGH,
    ),
    Rule(
        "suicide.pt_nobody_miss",
        CRISIS,
        SUI,
        r"\b(?:ninguem|ngm) (?:\w+ ){0,3}?(?:sentir (?:a )?minha falta|sentiria (?:a )?minha "
        r"falta|notaria|ia notar|choraria|ia chorar|ia ligar|ligaria|perceberia) (?:\w+ ){0,2}?"
        r"(?:se|quando) (?:eu )?" + _DEATH_CLAUSE + r"\b",
        "ngm ia sentir minha falta se eu morresse",
        negatable=False,
    ),
    Rule(
        "suicide.pt_vanish_for_good",
        CRISIS,
        SUI,
        r"\b(?:sumir|sumisse|desaparecer|desaparecesse) (?:de vez|(?:pra|para) sempre)\b",
        "minha familia ia respirar aliviada se eu sumisse de vez",
        subject=Subject.FIRST,
        requires=_NO_LAUGH,
    ),
    # ------------------------------------------------------------ self.act
    Rule(
        "self_harm.pt_act",
        CRISIS,
        SH,
        r"\b(?:me cortei|me queimei|me arranhei|me mordi|me machuquei|me bati|me furei|me cortando|"
        r"cortei|queimei|rasguei) (?:\w+ ){0,2}?(?:bracos?|pulsos?|coxas?|pernas?|pele|barriga|"
        r"corpo|antebracos?|pescoco|de novo|outra vez|ate sangrar|nas coxas|no braco)\b|"
        r"\bapaguei (?:o |um )?cigarros? (?:\w+ ){0,2}?(?:braco|pele|perna|mao|corpo)\b|"
        r"\b(?:bati|batia|soquei|mordi|arranhei|me bati|me mordi|me arranhei) (?:\w+ ){0,4}?ate "
        r"(?:sangrar|ficar roxo|machucar)\b|\b(?:me cortei|me queimei|me machuquei|cortei) (?:\w+ "
        r"){0,3}?"
        r"(?:ate sangrar|com (?:a|uma|o|um) (?:gilete|lamina|estilete|navalha|caco|tesoura|isqueir"
        r"o|"
        r"cigarro))\b|\b(?:me fiz|fiz) (?:\w+ )?(?:cortes|feridas|queimaduras)\b|"
        r"\b(?:voltei a|comecei a) me (?:cortar|machucar|"
        r"queimar|ferir)\b",
        "me cortei de novo ontem a noite",
        on_negation=CONCERN,
        requires=r"^(?!.*\b(?:fazendo a barba|cozinhando|papel|forno|panela|ferro de passar|"
        r"sem querer|sem querer|jogando|cabelo|unha|unhas|carne|legumes)\b)",
    ),
    Rule(
        "self_harm.pt_blade_ready",
        CRISIS,
        SH,
        r"\b" + _BLADE + r" (?:\w+ ){0,3}?(?:aqui|na mao|na minha mao|comigo|pronta)\b",
        "a lamina ta aqui na minha mao e eu quero me cortar",
        requires=r"\b(?:me cortar|cortar|vontade|me machucar|quero)\b",
    ),
    Rule(
        "self_harm.pt_want",
        CRISIS,
        SH,
        r"\b(?:quero|vou|preciso) (?:muito |mt )?me (?:cortar|machucar|ferir|queimar)\b",
        "quero me cortar agora",
        on_negation=CONCERN,
    ),
    Rule(
        "self_harm.pt_urge",
        CONCERN,
        SH,
        r"\b(?:vontade|impulso|necessidade|urgencia) (?:\w+ ){0,2}?(?:de )?me (?:cortar|machucar|"
        r"ferir|queimar|bater|arranhar)\b|\b(?:pensando|penso|pensei) em me (?:cortar|machucar|"
        r"ferir|queimar)\b",
        "a vontade de me cortar voltou",
    ),
    Rule(
        "self_harm.pt_past",
        CONCERN,
        SUI,
        r"\b(?:me cortava|me machucava|me feria|queria morrer|queria me matar|tentei me matar|"
        r"tentativa|fui internad[oa]|me queimava)\b",
        "eu me cortava , faz dois anos que parei",
        requires=r"\b(?:antes|anos atras|faz (?:\w+ )?anos|ja passou|parei|limp[oa]|to melhor|"
        r"estou melhor|to bem|estou bem|terapia|aos \d+|epoca|quando eu era|lembro)\b",
    ),
    # ------------------------------------------------------------ overdose, medical
    Rule(
        "medical.pt_overdose",
        CRISIS,
        MED,
        r"\b(?:tomei|engoli|bebi|misturei|me entupi de|acabei de tomar|acabei de engolir)(?: \w+){"
        r"0,2}? "
        r"(?:(?:a|o|uma|um) "
        + _CONTAINER
        + r"(?: (?:inteira|inteiro|toda|todo)| de (?:\w+ ){0,2}?"
        + _PILLS
        + r")|tod[oa]s? (?:a|o|os|as|meus|minhas) (?:\w+ )?(?:"
        + _CONTAINER
        + r"|"
        + _PILLS
        + r")|tudo (?:que|q) tinha|(?:muito|muitos|muitas|demais|uns|umas|[1-9]\d+|dez|doze|"
        r"quinze|vinte|trinta|quarenta|cinquenta)(?: de)? (?:\w+ )?" + _PILLS + r")\b",
        "tomei a cartela inteira faz uma hora",
        negatable=False,
        requires=r"^(?!.*\b(?:cafe|garrafa|cerveja|agua|pocao|pocoes)\b)",
    ),
    Rule(
        "medical.pt_overdose_effects",
        CRISIS,
        MED,
        r"\b(?:tomei|engoli|misturei)(?: \w+){0,4}? " + _PILLS + r"\b",
        "tomei os comprimidos e to me sentindo mt estranha",
        negatable=False,
        requires=r"\b(?:tont[oa]|zumbi\w*|embacad[oa]|estranh[oa]|coracao (?:\w+ )?(?:disparad[oa]|"
        r"acelerad[oa])|vomit\w*|nao sinto|sono|nao consigo (?:respirar|mexer)|confus[oa]|"
        r"alcool|vinho|cachaca|queimando|boca (?:\w+ )?seca)\b",
    ),
    Rule(
        "medical.pt_poison",
        CRISIS,
        MED,
        r"\b(?:tomei|bebi|engoli|tomou|bebeu|engoliu|comeu)(?: \w+){0,2}? (?:agua sanitaria|"
        r"cloro|alvejante|soda caustica|chumbinho|veneno de rato|raticida|desinfetante|amoniaco|"
        r"querosene|gasolina|thinner|solvente|detergente|pilhas?|bateria)\b|\b(?:tomei|bebi|"
        r"engoli) (?:o )?veneno\b(?! (?:pra ver|para ver|do|da))",
        "meu filho bebeu agua sanitaria",
        negatable=False,
        requires=r"^(?!.*\b(?:pocao|jogo|bruxa)\b)",
    ),
    Rule(
        "medical.pt_unresponsive",
        CRISIS,
        MED,
        r"\b(?:nao acorda|nao responde|nao reage|nao respira|respirando (?:estranho|mal|"
        r"esquisito)|desmaiou|ta desacordad[oa]|esta desacordad[oa]|inconsciente|caiu e nao "
        r"(?:levanta|acorda)|ta convulsionando|esta convulsionando|teve uma convulsao|"
        r"boca torta|nao consegue falar|labios roxos)\b",
        "meu pai caiu no banheiro e nao levanta , nao responde",
        negatable=False,
        requires=r"^(?!.*\b(?:piadas?|brincadeiras?|mensagens|sms|emails?|whatsapp|sempre "
        r"serio)\b)(?=.*\b(?:meu|minha|meus|minhas|mae|pai|filh[oa]|vo|avo|amig[oa]|irm[ao]o?|"
        r"marido|esposa|alguem)\b)",
    ),
    Rule(
        "medical.pt_bleeding",
        CRISIS,
        MED,
        r"\bnao (?:para|parou|para nunca) de sangrar\b|\bsangrando (?:muito|demais|sem parar)\b|"
        r"\b(?:perdi|perdendo) muito sangue\b",
        "meu corte nao para de sangrar",
        negatable=False,
    ),
    Rule(
        "medical.pt_breath_chest",
        CRISIS,
        MED,
        r"\bnao (?:consigo|to conseguindo|estou conseguindo|da pra) respirar\b(?! (?:de tanto|"
        r"de rir|nessa|nesta|neste|nesse|na sala|na caverna|debaixo|embaixo))|\b(?:me afogando|"
        r"sufocando) de verdade\b|\b(?:dor|aperto|pressao|pontada) (?:\w+ ){0,2}?(?:no|do) "
        r"peito\b|\b(?:meu )?peito (?:\w+ ){0,2}?(?:doendo|doi|apertado)\b|\b(?:infarto|avc|"
        r"derrame)\b",
        "dor forte no peito e no braco esquerdo",
        negatable=False,
        requires=_NO_LAUGH,
    ),
    # ------------------------------------------------------------ harm to others
    Rule(
        "harm_to_others.pt_intent",
        CRISIS,
        HARM,
        r"\b(?:vou|quero|vamos|eu vou|to pensando em|penso em) (?:\w+ ){0,3}?(?:matar|machucar|"
        r"esfaquear|furar|bater em|espancar|atirar em|envenenar|quebrar|queimar) (?:o |a )?"
        r"(?:(?:meu|minha|meus|minhas) \w+|(?:esse|essa|aquele|aquela|o|a) (?:cara|mina|menino|"
        r"menina|professor\w*|chefe|vizinh[oa]|padrasto|madrasta|ex|colega|diretor\w*|moleque|"
        r"sogr[oa])|ele|ela)\b",
        "vou matar meu ex , to falando serio",
        needs_real=True,
        requires=_NO_LAUGH,
    ),
    Rule(
        "harm_to_others.pt_weapon",
        CRISIS,
        HARM,
        r"\b(?:levo|levar|vou levar|trago|trazer|vou trazer) (?:\w+ ){0,4}?(?:revolver|arma|"
        r"pistola|faca|bomba|espingarda|facao|canivete) (?:\w+ ){0,5}?(?:pra|para|pro|na|ao|a) "
        r"(?:a )?(?:escola|colegio|faculdade|facul|trabalho|servico|firma|sala)\b|\bvou (?:\w+ )"
        r"{0,3}?(?:furar|esfaquear|atirar em|matar|quebrar) (?:ele|ela|eles|o cara)\b|"
        r"\b(?:colocar|tacar|botar|por) fogo (?:\w+ ){0,6}?(?:com (?:ele|ela|eles) dentro)\b|"
        r"\b(?:sei|ja sei) (?:\w+ ){0,2}?(?:em quem|onde (?:ele|ela|o cara) mora)\b",
        "amanha eu levo o revolver pra escola",
        requires=r"\b(?:faca|revolver|arma|pistola|taco|fogo|gasolina|veneno|facao|bomba|"
        r"comprei|peguei|ja sei|atirar)\b",
    ),
    Rule(
        "harm_to_others.pt_voices",
        CRISIS,
        HARM,
        r"\b(?:voz|vozes) (?:\w+ ){0,3}?(?:mandam|manda|mandando|dizem|pedem)(?: que| q| pra)? "
        r"(?:eu )?(?:machucar|matar|atacar|ferir|machuque|mate) (?:o |a )?(?:meu|minha|alguem|"
        r"ele|ela)\b",
        "as vozes mandam eu machucar meu irmaozinho",
    ),
    # ------------------------------------------------------------ abuse and danger
    Rule(
        "abuse_or_danger.pt_hurt_now",
        CRISIS,
        ABUSE,
        r"\b(?:meu|minha|ele|ela|o|a) (?:\w+ ){0,2}?(?:me (?:bate|bateu|espanca|espancou|machuca|"
        r"machucou|queima|queimou|enforca|enforcou|estupr\w*|toca|tocou|ameaca|ameacou|tranca|"
        r"trancou|chuta|chutou|empurra|empurrou|estrangul\w*|sufoca|forca|obriga|agride|agrediu|"
        r"esgana|esganou)|ameacou me|(?:abusa|abusou|mexe|mexeu) (?:de|em) mim|passa a mao em "
        r"mim|bate em mim)\b(?! com (?:o|a|um|uma) (?:travesseiro|almofada|pelucia|meia))"
        r"(?! (?:no|na|em) (?:jogo|videogame|xadrez|futebol|mario|corrida|partida))",
        "meu pai me bate qnd bebe",
        requires=r"^(?!.*\b(?:bandido|goblin|troll|lobo|bruxa|jogo|porrete)\b)",
    ),
    Rule(
        "abuse_or_danger.pt_threat",
        CRISIS,
        ABUSE,
        r"\b(?:falou|disse|diz|fala|ameacou|ameaca|gritando|gritou|jurou) (?:\w+ ){0,8}?"
        r"(?:(?:ele|ela) )?(?:me (?:mata|matar|mataria|machuca|bate|pega)|vai me (?:matar|pegar|"
        r"bater|machucar)|me vai matar)\b|\bme (?:ameacou|ameaca)(?: \w+)? com (?:uma|um|a|o) "
        r"(?:faca|arma|revolver|tesoura|facao|garrafa)\b|\bameacou me com\b",
        "meu padrasto falou q se eu contar pra minha mae ele me mata",
    ),
    Rule(
        "abuse_or_danger.pt_other_hurt",
        CRISIS,
        ABUSE,
        r"\b(?:ta|esta) (?:batendo|espancando|agredindo|enforcando) (?:na|no|em) (?:minha|meu) \w+",
        "meu padrasto ta batendo na minha irma agora",
    ),
    Rule(
        "abuse_or_danger.pt_intruder",
        CRISIS,
        ABUSE,
        r"\b(?:alguem|um homem|um cara|uma pessoa|um estranho|uns caras|dois caras|um sujeito) "
        r"(?:\w+ ){0,3}?(?:forcando|tentando entrar|querendo entrar|tentando abrir|arrombando|"
        r"chutando|esmurrando|pulando o muro)\b|\b(?:um cara|um homem|alguem|um carro|um estranho|"
        r"uns caras|uma moto) (?:\w+ ){0,3}?(?:me seguindo|me segue|me perseguindo)\b|"
        r"\b(?:la fora|la embaixo|na porta) (?:\w+ ){0,4}?(?:gritando|ameacando)\b",
        "tem um homem forcando a janela da cozinha",
    ),
    # ------------------------------------------------------------ concern: distress
    Rule(
        "distress.pt_hopeless",
        CONCERN,
        DIS,
        r"\bnada (?:\w+ )?vai melhorar\b|\bnao tenho (?:mais |nenhuma )?(?:esperanca|vontade de na"
        r"da)\b|\b(?:pra|para) (?:que|q) (?:continuar )?(?:tentar|"
        r"tentando|lutar|me esforcar)(?= [,.]|$| se| sempre)|\bnada (?:mais )?faz sentido\b|"
        r"\b(?:minha vida|a vida) nao (?:tem|faz) sentido\b|\bsem (?:perspectiva|esperanca|"
        r"futuro|saida)\b|\bdesisti de tudo\b|\bnem tento mais\b|\btudo tanto faz\b|"
        r"\b(?:quero|queria|vontade de|so quero|so queria) (?:\w+ )?(?:sumir|desaparecer|fugir "
        r"de tudo)\b",
        "nada vai melhorar nunca",
        negatable=False,
    ),
    Rule(
        "distress.pt_worthless",
        CONCERN,
        DIS,
        r"\bnao (?:sirvo|presto) (?:pra|para) nada\b|\bnao valho nada\b|\b(?:estrago|destruo|"
        r"arruino|estrago) tudo\b|\b(?:sou|me sinto) (?:\w+ )?(?:um fardo|um peso|uma carga|um "
        r"fracasso|um lixo|uma decepcao|uma merda|um erro|um estorvo|inutil|patetic[oa]|"
        r"um nada)\b|\bme odeio\b|\btenho nojo de mim\b|\bodeio (?:a )?mim mesm[oa]\b",
        "sou um fardo pra minha familia",
        requires=r"^(?!.*\b(?:jogo|partida|fase|no gol)\b)",
    ),
    Rule(
        "distress.pt_low_mood",
        CONCERN,
        DIS,
        r"\b(?:to|estou|tou|ando|vivo) (?:muito |tao |sempre )?(?:triste|desanimad[oa]|sem animo)"
        r"(?= [,.]|$| o tempo todo| sempre| todo dia| toda hora| faz| ha| demais)|"
        r"\b(?:me sinto|sinto me|to me sentindo|estou me sentindo|ando me sentindo|estou a sentir "
        r"me) (?:\w+ ){0,2}?(?:vazi[oa]|sozinh[oa]|triste|deprimid[oa]|sem esperanca|inutil|um "
        r"lixo|um nada|perdid[oa]|horrivel|pessim[oa]|anestesiad[oa]|sem rumo|um peso|uma merda|"
        r"derrotad[oa]|destruid[oa])\b|\b(?:choro|chorando|chorei) (?:\w+ ){0,2}?(?:todo dia|"
        r"todos os dias|toda noite|todas as noites|o dia todo|sem parar|o tempo todo)\b|"
        r"\bnao (?:paro|consigo parar) de chorar\b|\bnao sinto (?:mais )?nada\b(?! (?:por|no|na|nos|nas|em) )|\b(?:to|estou|"
        r"tou|ando) (?:\w+ )?(?:anestesiad[oa]|deprimid[oa]|na bad|numa bad|pra baixo|para baixo|"
        r"depre)\b|\b(?:nao|nem) (?:\w+ ){0,3}?levantar da cama\b",
        "me sinto vazia o tempo todo",
        negatable=False,
    ),
    Rule(
        "distress.pt_anxiety",
        CONCERN,
        DIS,
        r"\b(?:to|estou|tou|ando|vivo|me sinto) (?:muito |tao |super |sempre )?(?:ansios[oa]|"
        r"angustiad[oa]|em panico)(?= [,.]|$| o tempo todo| sempre| todo dia| demais| com tudo)|"
        r"\b(?:crises?|ataques?) de (?:panico|ansiedade)\b|\b(?:tenho|muita|minha) ansiedade\b|"
        r"\bnao (?:paro|consigo parar) de (?:tremer|pensar)\b|\bcoracao (?:\w+ ){0,2}?a mil\b|"
        r"\balgo (?:horrivel|terrivel|ruim) vai acontecer\b|\btudo me (?:sufoca|sobrecarrega|"
        r"angustia)\b|\bnem consigo sair de casa\b|\bnao consigo (?:mais )?sair de casa\b",
        "tenho ansiedade o tempo todo",
        negatable=False,
    ),
    Rule(
        "distress.pt_losing_mind",
        CONCERN,
        DIS,
        r"\b(?:to|estou|tou|acho que to|acho que estou) (?:ficando |a ficar )?(?:louc[oa]|"
        r"enlouquecendo|maluc[oa])\b|\bperdendo a cabeca\b|\bnada (?:parece|e) real\b|"
        r"\bme vendo de fora\b|\b(?:escuto|ouco) vozes\b|\bacordad[oa] ou sonhando\b",
        "acho que to ficando louco",
        requires=r"^(?!.*\b(?:enigma|jogo|fase|puzzle)\b)",
        negatable=False,
    ),
    Rule(
        "distress.pt_isolation",
        CONCERN,
        DIS,
        r"\bnao tenho (?:ninguem|ngm|amigos|com quem)\b|\b(?:to|estou|tou|me sinto|vivo|ando) "
        r"(?:muito |mt |tao |super )?(?:sozinh[oa]|solitari[oa])(?= [,.]|$| desde| faz| ha| o "
        r"tempo| sempre| no mundo| demais)|\b(?:ninguem|ngm) (?:se importa|liga) (?:comigo|pra "
        r"mim|para mim)\b|\b(?:ninguem|ngm) (?:ia|iria)? ?(?:notar|perceber|sentir falta)\b|"
        r"\b(?:nao falo|sem falar) com (?:ninguem|ngm)\b",
        "nao tenho ninguem",
        negatable=False,
    ),
    Rule(
        "distress.pt_eating",
        CONCERN,
        DIS,
        r"\bnao (?:como|comi) (?:\w+ ){0,3}?(?:de proposito|ha \w+ dias)\b|\b(?:faz|ha) \w+ dias "
        r"(?:que )?nao como\b|\bme (?:forco|obrigo) a vomitar\b|\bvomito (?:depois|apos) (?:de )?("
        r"?:\w+ )?(?:comer|"
        r"refeicao|refeicoes|comida)\b|\bvomitar depois de comer\b|"
        r"\bodeio (?:o )?meu corpo\b|\bcomo compulsivamente\b|\bcompulsao\b|\bconto (?:cada |as )?"
        r"calorias?\b|\bfico sem (?:jantar|comer) de castigo\b|\bnao quero comer (?:nada|mais)\b|"
        r"\bme (?:sinto|vejo) (?:muito |mt |tao )?gord[oa]\b",
        "me forco a vomitar depois de comer",
        negatable=False,
    ),
    Rule(
        "distress.pt_substance",
        CONCERN,
        DIS,
        r"\b(?:ficar bebad[oa]|encher a cara|me drogar|beber|usar|fumar|cheirar) (?:\w+ ){0,4}?"
        r"(?:pra|para) (?:poder )?(?:dormir|esquecer|nao sentir|aguentar|nao pensar|me acalmar)\b|"
        r"\b(?:voltei|recai) (?:a |pras |nas )?(?:usar|beber|cheirar|me drogar|drogas)\b|"
        r"\bcada vez (?:fumo|bebo|uso|cheiro) mais\b|\bnao consigo (?:ficar|passar) um dia sem\b|"
        r"\bbebo (?:pra|para) esquecer\b|\bcheirando (?:\w+ ){0,3}?(?:fim de semana|todo dia|"
        r"toda semana|durante a semana)\b",
        "bebo pra esquecer",
    ),
    Rule(
        "distress.pt_sleep",
        CONCERN,
        DIS,
        r"\bnao (?:durmo|dormi|consigo dormir|prego o olho) (?:\w+ ){0,3}?(?:ha|faz|desde) (?:\w+ "
        r")?"
        r"(?:dias|semanas|meses|noites)\b|\b(?:faz|ha) (?:\w+ ){0,2}?(?:dias|semanas|noites|meses) "
        r"(?:que |q )?nao (?:durmo|consigo dormir|prego o olho)\b|\bsem pregar o olho\b|"
        r"\b(?:fico|to|estou) (?:acordad[oa]|sem dormir) (?:\w+ ){0,4}?(?:toda noite|todas as "
        r"noites|a noite toda|ate as \d+)\b|\binsonia\b|\bnao consigo (?:mais )?dormir (?:a noite|"
        r"de "
        r"noite|nunca|direito|nada)\b",
        "faz semanas que nao durmo direito",
        negatable=False,
    ),
    Rule(
        "distress.pt_trauma",
        CONCERN,
        DIS,
        r"\bflash ?backs?\b|\bpesadelos? (?:\w+ ){0,4}?(?:toda noite|todas as noites|todo dia|com "
        r"ele|com ela|do acidente|desde|sempre)\b|\bvolto (?:pra|para|pro) (?:aquele|aquela) "
        r"(?:dia|momento|noite)\b|\bdesde o (?:assalto|acidente|estupro|ataque|abuso|tiroteio|"
        r"roubo|sequestro)\b",
        "continuo tendo flashbacks do acidente",
        requires=_NO_LAUGH,
        negatable=False,
    ),
    Rule(
        "distress.pt_grief",
        CONCERN,
        DIS,
        r"\b(?:meu|minha|meus|minhas) (?:\w+ )?" + _FAMILY_PT + r" (?:\w+ )?(?:morreu|faleceu|se "
        r"foi|se matou|partiu)\b|\bperdi (?:o |a )?(?:meu|minha) (?:melhor )?"
        + _FAMILY_PT
        + r"\b|\bperdi o bebe\b|\b(?:morreu|faleceu) (?:o |a )?(?:meu|minha) \w+\b",
        "minha mae morreu semana passada",
        requires=r"^(?!.*\b(?:faz (?:\w+ )?anos|anos atras|jogo|personagem)\b)",
    ),
    Rule(
        "distress.pt_money",
        CONCERN,
        DIS,
        r"\bnao (?:consigo|tenho como|da pra) pagar (?:o |a |as |os )?(?:aluguel|contas|dividas|"
        r"luz|escola|financiamento)\b|\b(?:vou perder|perdi|perder) (?:o|a|meu|minha) "
        r"(?:apartamento|apto|casa|emprego|trabalho|trampo)\b|\bdividas? (?:\w+ ){0,3}?"
        r"(?:esmagando|sufocando|afogando|matando|acabando)\b|\bnome sujo\b|\bfui demitid[oa]\b|"
        r"\bme demitiram\b|\bdespejo\b|\bbanco vai tomar\b|\bcontas nao param de chegar\b",
        "as dividas tao me esmagando",
        negatable=False,
    ),
    Rule(
        "distress.pt_anger",
        CONCERN,
        DIS,
        r"\b(?:soquei|esmurrei|chutei|socar|dei um soco na|dei socos na) (?:a |o )?(?:parede|"
        r"porta|muro)\b(?! (?:pra|para) abrir)|\bnao me controlo\b|\b(?:de|da) raiva\b|"
        r"\bmedo (?:do|de|da) (?:que|q) (?:eu )?(?:posso|possa|vou) fazer\b|\bexplode por "
        r"qualquer coisa\b|\braiva (?:\w+ ){0,2}?dentro\b",
        "soquei a parede de novo",
        negatable=False,
    ),
    Rule(
        "distress.pt_medical_fear",
        CONCERN,
        DIS,
        r"\b(?:cirurgia|operacao|biopsia|quimio\w*|diagnostico|tumor|cancer|caroco|nodulo|hiv|"
        r"ressonancia|tomografia|mamografia|resultado do exame)\b",
        "to apavorada com a cirurgia de sexta",
        requires=r"\b(?:medo|panico|pavor|apavorad\w*|assustad\w*|nervos\w*|angusti\w*|esperar|"
        r"esperando|matando|nao consigo|coragem|me assusta)\b",
    ),
    Rule(
        "distress.pt_family",
        CONCERN,
        DIS,
        r"\b(?:culpa minha|minha culpa)\b(?= (?:\w+ ){0,4}?(?:separ|divorci|brig))|\b(?:separ\w*|"
        r"divorci\w*|brig\w*) (?:\w+ ){0,3}?por (?:minha culpa|culpa minha)\b|\b(?:meu|minha|"
        r"meus) (?:pai|mae|padrasto|madrasta|pais) (?:\w+ ){0,2}?(?:grita comigo|gritam comigo|me "
        r"xinga|me humilha|me odeia|me ignora|me despreza)\b|\bmedo de (?:voltar|ir|chegar) "
        r"(?:pra|para) casa\b|\bem casa (?:\w+ ){0,3}?(?:briga|brigas|gritaria)\b|\bmeus pais "
        r"(?:\w+ ){0,2}?(?:se separando|vao se separar|nao se falam|brigam)\b",
        "meu pai grita comigo o tempo todo",
        requires=_NO_LAUGH,
    ),
    Rule(
        "abuse_or_danger.pt_bullying",
        CONCERN,
        ABUSE,
        r"\bme (?:xingam|zoam|humilham|batem|empurram|excluem|ameacam|perseguem) (?:\w+ ){0,3}?"
        r"(?:todo dia|todos os dias|sempre|na escola|no colegio|na sala|no recreio|no trabalho)\b|"
        r"\b(?:na escola|no colegio|na sala|na facul|no trabalho) (?:\w+ ){0,2}?me (?:xingam|zoam|"
        r"humilham|batem|empurram)\b|\b(?:zoar|rir|tirar sarro) (?:de mim|da minha cara)\b|"
        r"\bpra zoar\b|\briem (?:de mim|qnd eu passo|quando eu passo)\b|\b(?:ngm|ninguem) senta "
        r"comigo\b|\bbullying\b|\bcyberbullying\b",
        "na escola me xingam todo dia",
    ),
    Rule(
        "suicide.pt_other_at_risk",
        CONCERN,
        SUI,
        r"\b(?:quer|vai|ia|pensa em|fala em|fala de) se (?:matar|suicidar)\b|\bse (?:corta|"
        r"machuca|fere|queima|cortando|machucando)\b|\bnao quer mais viver\b|\btentou se matar\b|"
        r"\bse despedindo de (?:todos|todo mundo)\b|\b(?:vai|quer|ia|fala em|falando em) (?:\w+ )?"
        r"(?:sumir|desaparecer) (?:de vez|(?:pra|para) sempre)\b|\bquer morrer\b(?! de\b)|\bvi cortes\b",
        "minha amiga disse que quer se matar",
        requires=r"^(?!.*\b(?:personagem|guardiao|cavaleiro|jogo|npc)\b)",
    ),
    # ------------------------------------------------------------ added: blind-set gaps
    Rule(
        "suicide.pt_pray_not_wake",
        CRISIS,
        SUI,
        r"\b(?:rezo|rezando|rezar|peco|pedindo|oro|orando|torco) (?:\w+ ){0,4}?(?:pra|para|que|p) "
        r"(?:eu )?(?:nao (?:acordar|acorde|acordo)|nunca mais acordar|morrer|morra|nao (?:estar|"
        r"existir) mais|sumir|deus me levar)\b|\bnao (?:vejo|encontro|acho|tem|ha) (?:mais |nenhum "
        r")?sentido (?:nenhum )?(?:em|de|nisso de) (?:estar viv[oa]|viver|continuar (?:viv[oa]|a "
        r"viver|vivendo)|existir|acordar)\b|\b(?:preferia|prefiro|queria) (?:ja |so )?nao (?:estar|"
        r"existir|andar) (?:mais )?(?:ca|aqui|neste mundo|nesse mundo)\b",
        "todo dia rezo pra nao acordar",
        requires=_NO_LAUGH + _NOT_RECOVERED[1:],
    ),
    Rule(
        "suicide.pt_lethal_height",
        CRISIS,
        SUI,
        r"\b(?:ninguem|ngm|nao se|nao da pra|ninguem nunca) (?:\w+ )?sobreviv\w*|\b(?:morte|queda) "
        r"(?:e |seria )?(?:certa|garantida|fatal)\b|\b(?:da|chega|basta) (?:pra|para) (?:morrer|nao "
        r"sobreviver|acabar de vez)\b",
        "qual e a ponte mais alta daqui . de onde ninguem sobrevive",
        requires=r"\b(?:qual|quais|quant[oa]s?|onde|que altura|que andar|a partir de|e suficiente|"
        r"chega|basta|da pra|mais alt[oa])\b",
    ),
    Rule(
        "suicide.pt_dose_question",
        CRISIS,
        SUI,
        r"\b(?:quant[oa]s?|qual (?:a )?dose|que dose) (?:\w+ ){0,4}?(?:pra|para|p) (?:eu )?(?:nao "
        r"acordar|nunca mais acordar|morrer|nao voltar|apagar de vez|ser fatal|matar)\b",
        "quantos comprimidos preciso tomar pra nao acordar",
        requires=_NO_LAUGH,
    ),
    Rule(
        "suicide.pt_last_day",
        CRISIS,
        SUI,
        r"\b(?:hoje|amanha|esta noite|essa noite|isto|isso) (?:e|sera|vai ser) (?:o )?(?:meu|minha) "
        r"(?:ultimo dia|ultima noite|ultima vez|fim)\b(?! (?:de|do|da|no|na|em|aqui|com|como)\b)",
        "hoje e o meu ultimo dia",
        requires=_NO_LAUGH
        + r"(?!.*\b(?:trabalho|ferias|escola|aula|estagio|emprego|contrato|empresa)\b)",
    ),
    Rule(
        "suicide.pt_mind_made_up",
        CRISIS,
        SUI,
        r"\b(?:ninguem|ngm|nada) (?:\w+ )?(?:me )?(?:vai )?(?:faz|fara|faca|fazer|vai fazer) "
        r"(?:eu )?mudar de ideia\b|\b(?:ta|esta|ja esta|ja ta) decidido\b",
        "ninguem me faz mudar de ideia , chega pra mim",
        requires=r"\b(?:chega|acabou|acabar|cansei|desta vez|dessa vez|nao aguento|pra mim|ultim[oa]"
        r"|despedida|partir|nao volto)\b",
    ),
    Rule(
        "suicide.pt_set_date_means",
        CRISIS,
        SUI,
        r"\b(?:marquei|escolhi|decidi|defini) (?:o dia |a data )?(?:pra|para|o dia|a data|dia) "
        r"(?:[\w,.]+ ){0,8}?ja (?:comprei|arranjei|consegui|separei|juntei|peguei|tenho) (?:tudo )?"
        r"(?:o que|que) (?:eu )?(?:precisava|preciso|faltava|era preciso)(?= [,.]|$)",
        "marquei pra sexta . ja comprei o que precisava",
    ),
    Rule(
        "self_harm.pt_urge_held",
        CRISIS,
        SH,
        r"\b(?:penso|pensando|pensei|vontade|ganas|impulso) (?:\w+ ){0,2}?(?:em|de) (?:me )?(?:magoar|"
        r"machucar|cortar|ferir|queimar|bater)(?: me)? (?:\w+ ){0,3}?, (?:mas|so que) (?:ainda )?"
        r"(?:nao|nunca) (?:o )?(?:fiz|fiz nada|cedi|me cortei|me magoei|me machuquei)\b",
        "ha um tempo que penso em magoar me outra vez , mas nao fiz",
        inner_negation=True,
        on_negation=CONCERN,
    ),
    Rule(
        "suicide.pt_wont_need",
        CRISIS,
        SUI,
        r"\b(?:nao vou|ja nao vou|nunca vou) (?:mais )?(?:precisar|usar|precisar mais)(?: (?:dele|"
        r"dela|deles|delas|disso|mais))?(?= [,.]|$)",
        "dei meu violao pro meu irmao , nao vou mais precisar",
        requires=r"^(?!.*\b(?:espada|escudo|pocao|pocoes|armadura|arco|ferreiro|mercador|"
        r"taberneiro|guarda|rei|rainha|capitao|faroleiro|bruxa|mago)\b)(?=.*\b(?:dei|doei|"
        r"deixei|entreguei|passei|vou dar|dou|vendi|dar)\b)",
    ),
    Rule(
        "suicide.pt_farewell_arranged",
        CRISIS,
        SUI,
        r"\bobrigad[oa] (?:por|pelo|pela) tudo\b|\badeus (?:a todos|pessoal|galera|gente)\b|"
        r"\b(?:esta|essa) (?:e|vai ser) (?:a )?minha ultima (?:mensagem|vez aqui)\b",
        "deixei o gato com a vizinha , obrigada por tudo",
        requires=r"\b(?:depois (?:de|que) (?:eu )?(?:partir|me for|morrer|ir embora)|quando eu (?:partir|"
        r"me for|nao estiver)|cartas?|deixei (?:\w+ ){0,3}?(?:com|pra|para)|nao vou (?:mais )?"
        r"(?:precisar|estar aqui)|cuidem|cuida (?:bem )?(?:d[ao]|del[ae]))\b",
    ),
    Rule(
        "suicide.pt_after_im_gone",
        CRISIS,
        SUI,
        r"\b(?:depois (?:de|que) (?:eu )?|quando (?:eu )?)(?:partir|me for|nao estiver (?:mais )?aqui|"
        r"morrer)\b",
        "deixei o gato com a vizinha para depois de eu partir",
        requires=r"\b(?:deixei|dei|entreguei|cartas?|obrigad[oa]|adeus|cuidem|cuida|testamento|"
        r"desculpa|perdao)\b"
        + r"(?!.*\b(?:viagem|viajar|ferias|intercambio|mudanca|aeroporto|voo)\b)",
    ),
    Rule(
        "suicide.pt_letters_left",
        CRISIS,
        SUI,
        r"\b(?:escrevi|deixei|terminei) (?:umas? |as |os |uma )?(?:cartas?|bilhetes?) (?:\w+ ){0,3}?"
        r"(?:pra|para|pro|ao|a|à) (?:minha|meu|a|o|os|as|cada|mae|pai|mamae)\b",
        "escrevi cartas pra minha mae e pro meu irmao , vao encontrar amanha",
        requires=r"\b(?:encontr\w+|achar\w*|acham|vao ler|gaveta|ultim[oa]|adeus|despedida|quando "
        r"eu|depois (?:de|que) eu|obrigad[oa] por tudo|desculpa|perdao)\b",
    ),
    Rule(
        "suicide.pt_rope_tied",
        CRISIS,
        SUI,
        r"\b(?:cinto|corda|lencol|cabo|fio|extensao|cachecol|gravata|no)(?! de seguranca) "
        r"(?:\w+ ){0,3}?(?:pres[oa]|amarrad[oa]|pendurad[oa]|atad[oa]|fixad[oa]) (?:\w+ ){0,2}?"
        r"(?:na|no|ao|a|em) (?:\w+ ){0,2}?(?:porta|viga|teto|tecto|ventilador|grade|armario|cano|"
        r"barra|galho|arvore|trave|lustre|beliche|escada|corrimao)\b",
        "o cinto ja ta preso na porta do quarto",
        requires=r"^(?!.*\b(?:carro|seguranca|mochila|cachorro|barco|rede|varal|roupa)\b)",
    ),
    Rule(
        "suicide.pt_pills_hoarded",
        CRISIS,
        SUI,
        r"\b(?:juntando|juntei|guardando|guardei|acumulando|acumulei|escondendo|escondi|separando|"
        r"separei|poupando) (?:\w+ ){0,4}?" + _PILLS + r"|\b" + _PILLS + r" (?:\w+ ){0,4}?(?:junta"
        r"d[oa]s|guardad[oa]s|acumulad[oa]s|escondid[oa]s|separad[oa]s)\b",
        "fui guardando os comprimidos ha meses , ja chegam",
        requires=r"\b(?:ha (?:um|uma|\w+) (?:mes|meses|semanas?)|desde|todos|todas|chega|chegam|"
        r"suficientes?|bastante|o bastante|a caixa|cheia|escondid\w*|ninguem sabe)\b",
    ),
    Rule(
        "suicide.pt_attempt_pills_stopped",
        CRISIS,
        SUI,
        r"\b(?:comecei a|cheguei a|fui) (?:tomar|engolir) (?:\w+ ){0,2}?" + _PILLS + r"\b",
        "comecei a tomar os comprimidos e parei no meio , vomitei tudo",
        requires=r"\b(?:parei no meio|vomitei|desisti|metade|a caixa toda|a cartela toda|todos de "
        r"uma vez|nao consegui (?:ir|terminar|acabar))\b",
    ),
    Rule(
        "suicide.pt_front_of_vehicle",
        CRISIS,
        SUI,
        r"\b(?:(?:atirar|jogar|lancar|deitar|por) ?me|me (?:atirar|jogar|lancar|deitar)) (?:\w+ ){0,2}?(?:para|pra|na|a|em|à)? ?(?:a )?"
        r"(?:frente|debaixo) (?:do|de|dum|de um|da|duma) (?:\w+ )?(?:autocarro|comboio|onibus|carro|"
        r"camiao|caminhao|trem|metro|eletrico|mota|carreta|camiao)\b|\bme atiro (?:\w+ ){0,2}?"
        r"(?:frente|debaixo) (?:do|de|da) (?:\w+ )?(?:autocarro|comboio|onibus|carro|camiao|"
        r"caminhao|trem|metro)\b",
        "apetece me atirar me para a frente do autocarro",
        requires=_NO_LAUGH,
    ),
    Rule(
        "self_harm.pt_hit_till_blood",
        CRISIS,
        SH,
        r"\b(?:bati|batia|bato|soquei|socava|esmurrei|arranhei|cocei|mordi|belisquei) (?:\w+ ){0,5}?"
        r"(?:ate (?:sangrar|sair sangue|ficar (?:roxo|roxa|em carne viva)|abrir)|ate fazer ferida)\b",
        "bati com a cabeca na parede ate sangrar",
        requires=_NO_LAUGH,
    ),
    Rule(
        "harm_to_others.pt_armed_target",
        CRISIS,
        HARM,
        r"\b(?:comprei|arranjei|consegui|peguei|roubei|tenho) (?:uma |a |um |o )?" + _GUN + r"\b",
        "comprei uma arma e segunda vou atras do meu chefe",
        requires=r"\bvou (?:atras d|pegar|acertar|apagar|furar|esfaquear|dar um tiro|atirar|matar)\w*"
        r"|\b(?:ele|ela|eles|elas|todos|todo mundo) (?:vai|vao) (?:ver|pagar|se arrepender)\b",
    ),
    Rule(
        "abuse_or_danger.pt_locked_in",
        CRISIS,
        ABUSE,
        r"\b(?:to|estou|tou|fiquei|me tranquei|me escondi) (?:trancad[oa] |escondid[oa] |fechad[oa] )?"
        r"(?:no|na|dentro do|dentro da|debaixo da) (?:banheiro|quarto|casa de banho|armario|"
        r"guarda roupa|cama)\b",
        "meu pai me deu um soco , to trancada no banheiro",
        requires=r"\b(?:soco|socos|bateu|me bate|me deu (?:um|uma)|chut\w+|empurr\w+|estrangul\w+|"
        r"ameac\w+|gritando|quebrou|bebado|bebada|tapa|murro|enforcou)\b",
    ),
)

# --------------------------------------------------------------------------------------------
# Round 3: classes missed by blind set 2 (docs/safety.md, "After tuning on blind set 2"),
# written as classes with their look-alikes in tests/safety/dev/round3.jsonl.
# --------------------------------------------------------------------------------------------

_NOT_GAME_PT = (
    r"^(?!.*\b(?:jogo|mapa|partida|fase|missao|trabalho (?:da|de|pra|para)|escola|k{2,}\w*|"
    r"rs(?:rs)+)\b)"
)

RULES = (
    *RULES,
    Rule(
        "suicide.pt_r3_height_question",
        CRISIS,
        SUI,
        r"\b(?:de que|qual|quantos?|que) (?:a )?(?:andar|andares|altura|metros)\b(?: \S+){0,10}? "
        r"(?:nao (?:sobreviver|sobrevive|sobrevivo)|morrer|fatal|letal|ser fatal|garantido|"
        r"suficiente)\b|\b(?:ponte|predio|viaduto|torre|penhasco) mais alt[oa]\b(?: \S+){0,8}? "
        r"(?:ninguem sobrevive|nao (?:sobreviver|sobrevive)|fatal)\b|\b(?:o|um) (?:\w+ )?andar (?:e "
        r")?(?:alto o suficiente|suficiente|basta)\b",
        "qual a altura que precisa pra uma queda ser fatal",
        negatable=False,
        requires=_NOT_GAME_PT,
    ),
    Rule(
        "suicide.pt_r3_dose_never_wake",
        CRISIS,
        SUI,
        r"\b(?:quant[oa]s?|que dose|qual dose)\b(?: \S+){0,10}? (?:nao acordar|nunca (?:mais )?"
        r"acordar|nao acordar mais)\b",
        "quantos comprimidos precisa pra nao acordar mais",
        negatable=False,
        requires=_NOT_GAME_PT,
    ),
    Rule(
        "suicide.pt_r3_no_turning_back",
        CRISIS,
        SUI,
        r"\b(?:ja )?nao (?:volto atras|tem (?:mais )?volta)\b|\b(?:ja )?(?:ta|esta) decidido\b",
        "ja ta decidido , hoje a noite eu acabo com tudo , nao volto atras",
        negatable=False,
        requires=r"^(?!.*\b(?:jogo|partida|prova|mudanca|viagem|dieta|academia|curso)\b)"
        r"(?=.*\b(?:chega|acabo com tudo|acabar com tudo|nao volto atras|nao tem (?:mais )?volta|"
        r"e hoje)\b)",
    ),
    Rule(
        "suicide.pt_r3_today_no_turning_back",
        CRISIS,
        SUI,
        r"\b(?:e hoje|hoje e o dia|chega|decidi|acabou|ja decidi)\b(?: \S+){0,10}? (?:ja )?nao "
        r"(?:volto atras|tem (?:mais )?volta)\b",
        "chega , e hoje . ja nao volto atras",
        negatable=False,
        requires=_NOT_GAME_PT,
    ),
    Rule(
        "suicide.pt_r3_chosen_colon",
        CRISIS,
        SUI,
        r"\b(?:ja )?(?:escolhi|decidi) , (?:o |a |no |na )?(?:segunda|terca|quarta|quinta|sexta|"
        r"sabado|domingo|dia \d+|\d+)\b|\bja sei (?:exatamente |direitinho )?como (?:e quando )?"
        r"(?:vou fazer|fazer|vai ser)(?= [,.]|$| e (?:quando|onde)\b)|\bnao chego (?:no|ao|até o|ate o) (?:meu )?(?:aniversario|"
        r"natal|ano novo|fim do ano)\b|\ba data (?:ja )?(?:ta|esta) (?:escolhida|marcada)\b",
        "ja escolhi , dia 12 , depois da prova , la no viaduto",
        negatable=False,
        requires=r"^(?!.*\b(?:jogo|partida|viagem|festa|casamento|consulta|ferias)\b)",
    ),
    Rule(
        "suicide.pt_r3_after_i_go",
        CRISIS,
        SUI,
        r"\bdepois que (?:eu )?(?:for|partir|nao estiver)\b|\b(?:ficar|fique|cuidar) com (?:o )?"
        r"meu (?:gato|cachorro|cao|passarinho|bicho) (?:pra|para) sempre\b|\b(?:deixei|ta|esta) "
        r"tudo (?:organizado|arrumado|resolvido|em ordem)\b(?: \S+){0,8}? (?:carta|bilhete|"
        r"contas|senhas|filh[oa]|familia)\b",
        "deixei tudo arrumado , as contas pagas e um bilhete pra minha filha",
        negatable=False,
    ),
    Rule(
        "suicide.pt_r3_means_ready",
        CRISIS,
        SUI,
        r"\b(?:corda|cinto)\b(?: \S+){0,3}? (?:amarrad[oa]|pendurad[oa]|pront[oa]|preparad[oa])\b|"
        r"\b(?:contei|alinhei|separei) (?:\w+ ){0,4}?(?:remedios?|comprimidos|caixas|pilulas|"
        r"cartelas)\b|\bcontei (?:duas|tres|de novo|outra vez)\b|\b(?:juntando|guardando|"
        r"acumulando|escondendo) (?:os |meus )?(?:remedios|comprimidos|pilulas|calmantes)\b",
        "tirei todas as caixas de remedio e contei duas vezes",
        requires=_NOT_GAME_PT + r"(?!.*\b(?:escalar|barco|barraca|mudanca|farmacia|porta "
        r"comprimidos|semana|receita)\b)",
    ),
    Rule(
        "suicide.pt_r3_unsafe",
        CRISIS,
        SUI,
        r"\bnao consigo (?:garantir|prometer) que (?:vou ficar|fico|eu fico|eu vou ficar) bem\b|"
        r"\b(?:to|estou|tou) com medo (?:de mim mesm[oa]|do que (?:eu )?(?:posso|possa|vou|"
        r"poderia) fazer)\b|\bnao confio em mim (?:mesm[oa])?\b|\b(?:melhor )?alguem ficar comigo "
        r"hoje\b|\bnao (?:to|estou) segur[oa](?= [,.]|$| hoje| sozinh)",
        "to com medo de mim mesmo hoje , serio , nao to seguro",
        negatable=False,
        requires=r"^(?!.*\b(?:raiva|bravo|brava|irritad\w*|caverna|jogo|prova|bolo|k{2,}\w*)\b)",
    ),
    Rule(
        "suicide.pt_r3_vehicle",
        CRISIS,
        SUI,
        r"\bnao (?:vou )?(?:frear|freiar|travar)\b|\bsoltar o volante\b|\b(?:acelerar|acelero) e "
        r"(?:bater|batendo)\b|\b(?:calculei|sei) (?:a )?(?:hora|horario) (?:que )?(?:o )?"
        r"(?:trem|comboio|expresso)\b",
        "fico imaginando soltar o volante quando passo na ponte",
        requires=_NOT_GAME_PT + r"(?=.*\b(?:curva|ponte|muro|arvore|estrada|marginal|proxima vez|"
        r"penso|imaginando|trem|comboio|ficar|toda vez|viaduto|serra)\b)",
    ),
    Rule(
        "suicide.pt_r3_attempt_interrupted",
        CRISIS,
        SUI,
        r"\b(?:tentei|comecei|fiz)\b(?: \S+){0,8}? (?:entrou|me parou|me achou|me encontrou|me "
        r"impediu|parei no meio|nao terminei)\b",
        "ontem tentei mas minha mae entrou no quarto e me parou",
        requires=_NOT_GAME_PT + r"(?!.*\b(?:porta|senha|ligar|dieta|academia)\b)",
    ),
    Rule(
        "suicide.pt_r3_join_dead",
        CRISIS,
        SUI,
        r"\b(?:quero|queria|so quero|so queria) (?:\w+ )?(?:ir (?:ficar )?(?:com|junto)|ficar com|"
        r"encontrar) (?:ela|ele|eles|minha (?:mae|avo|irma|filha)|meu (?:pai|avo|irmao|filho))\b",
        "desde que minha mae morreu so quero ir ficar com ela",
        requires=r"\b(?:morreu|faleceu|se foi|perdi|ceu|enterro|velorio)\b",
        negatable=False,
    ),
    Rule(
        "harm_to_others.pt_r3_threat",
        CRISIS,
        HARM,
        r"\b(?:deixar|deixo) (?:ele|ela) (?:sangrando|no chao|desmaiad[oa])\b|\b(?:esfaqueio|"
        r"furo|mato|apago) (?:ele|ela|esse cara|o cara)\b|\b(?:vai|vao) apanhar ate (?:nao "
        r"levantar|desmaiar|sangrar|morrer)\b|\b(?:levo|vou levar|levar) (?:a|o|uma|um) (?:arma|"
        r"revolver|faca|canivete|pistola)\b(?: \S+){0,4}? (?:pra|para|na|a) (?:escola|faculdade|"
        r"trabalho|sala)\b",
        "ele vai apanhar ate nao levantar mais , amanha na saida , ja arrumei o canivete",
        requires=r"^(?!.*\b(?:k{2,}\w*|rs(?:rs)+|lol|xd|fifa|jogo|partida|free fire)\b).*"
        + r"\b(?:serio|amanha|hoje|quando (?:ele|ela) (?:chegar|sair)|ja tenho|ja arrumei|"
        r"faca|canivete|arma|soco ingles|na saida|vao ver)\b",
    ),
    Rule(
        "medical.pt_r3_bleach",
        CRISIS,
        MED,
        r"\b(?:bebi|tomei|engoli|bebeu|tomou|engoliu)\b(?: \S+){0,3}? (?:lixivia|agua sanitaria|"
        r"candida|soda caustica|desinfetante|veneno de rato|chumbinho|detergente)\b",
        "bebi lixivia ha bocado , arde me tudo",
        requires=r"^(?!.*\b(?:bruxa|pocao|jogo)\b)",
    ),
    Rule(
        "distress.pt_r3_concern_misc",
        CONCERN,
        DIS,
        r"\bnao dou conta de tanto\b|\bsobrecarregad[oa]\b|\bbebo toda noite (?:pra|para) "
        r"(?:conseguir )?dormir\b|\bvomito depois de (?:toda|cada) "
        r"refeicao\b|\b(?:quero|queria) (?:que )?o dia acabe\b|\bfaz semanas que (?:durmo|nao "
        r"durmo)\b|\b(?:guarda|tem) (?:uma|um) (?:arma|revolver|pistola|espingarda) no (?:guarda "
        r"roupa|armario|gaveta|quarto)\b",
        "acordo e ja quero que o dia acabe , tudo cinza",
        negatable=False,
        requires=r"^(?!.*\b(?:taverna|pocao|jogo|estalagem)\b)",
    ),
    Rule(
        "suicide.pt_r3_keep_safe",
        CRISIS,
        SUI,
        r"\bnao (?:to|estou|tou) conseguindo (?:me manter|ficar|me sentir) segur[oa]\b|\bnao "
        r"consigo (?:me manter|ficar) segur[oa]\b|\bnao vou (?:ser|dar) (?:um )?(?:problema|peso|"
        r"fardo|trabalho)\b(?: \S+){0,3}? por muito tempo\b",
        "nao to conseguindo me manter segura hoje",
        negatable=False,
        requires=_NOT_GAME_PT + r"(?!.*\b(?:caverna|masmorra|prova)\b)",
    ),
    Rule(
        "suicide.pt_r3_farewell_socials",
        CRISIS,
        SUI,
        r"\b(?:apaguei|deletei|exclui|desativei) (?:todas )?(?:as )?minhas (?:redes|contas|redes "
        r"sociais)\b(?: \S+){0,10}? (?:despedi\w*|tchau|adeus|foi bom)\b|\bmandei (?:\w+ ){0,5}?"
        r"me despedindo\b|\be isso galera , foi bom\b",
        "apaguei minhas redes e mandei msg pra todo mundo me despedindo",
        negatable=False,
        requires=_NOT_GAME_PT + r"(?!.*\b(?:viagem|intercambio|mudando|mudei|ferias|detox)\b)",
    ),
    Rule(
        "distress.pt_r3_isolation",
        CONCERN,
        DIS,
        r"\bpararam de me (?:chamar|convidar|procurar|responder)\b|\bpasso o (?:fim de semana|"
        r"sabado|domingo|dia) inteiro sozinh[oa]\b",
        "minhas amigas pararam de me chamar pra tudo",
        negatable=False,
        requires=_NOT_GAME_PT,
    ),
    Rule(
        "suicide.pt_r3_ready_do_not_look",
        CRISIS,
        SUI,
        r"\bnao me procurem\b(?=.*\b(?:pronto|adeus|tchau|perdao|desculpa|amo|bilhete|"
        r"carta)\b)|\b(?:ta|esta|deixei) tudo pronto (?:pra|para) (?:hoje a noite|essa "
        r"noite|esta noite|hoje)\b|\bdeixei minhas coisas (?:pra|para|com) (?:\w+ ){1,3}?com um "
        r"(?:bilhete|carta)\b",
        "ja deixei tudo pronto pra hoje a noite , nao me procurem",
        negatable=False,
        requires=r"^(?!.*\b(?:escond\w*|esconde|festa|jogo|partida|viagem|jantar|k{2,}\w*|"
        r"aniversario|surpresa|mala)\b)",
    ),
)

BRIDGE: frozenset[str] = frozenset(
    [
        "quero",
        "queria",
        "vou",
        "vai",
        "estou",
        "estava",
        "tava",
        "tive",
        "tenho",
        "tinha",
        "ando",
        "andei",
        "acho",
        "penso",
        "pensei",
        "preciso",
        "so",
        "ja",
        "hoje",
        "agora",
        "mesmo",
        "realmente",
        "muito",
        "ainda",
        "sempre",
        "fico",
        "ficar",
        "sinto",
        "tou",
        "estar",
    ]
)
NEGATORS: frozenset[str] = frozenset({"nao", "nem", "nunca"})
CONJUNCTIONS: frozenset[str] = frozenset({"porque", "entao"})
FIRST_PERSON: frozenset[str] = frozenset({"eu"})
POSSESSIVE_FIRST: frozenset[str] = frozenset({"meu", "minha", "meus", "minhas"})
TOKEN_MAP: dict[str, str] = {
    "vc": "voce",
    "qro": "quero",
    "vcs": "voces",
    "ngm": "ninguem",
    "hj": "hoje",
    "qnd": "quando",
    "qdo": "quando",
    "tbm": "tambem",
    "mt": "muito",
    "mto": "muito",
    "mta": "muita",
    "msm": "mesmo",
    "cmg": "comigo",
    "dps": "depois",
    "fds": "fim de semana",
    "pfv": "por favor",
    "vdd": "verdade",
    "oq": "o que",
    "nd": "nada",
    "naum": "nao",
    "tds": "todos",
}
REAL_MARKERS = (
    r"sei que (?:isso |isto )?e (?:so )?um jogo|(?:to )?escrevendo (?:isso )?(?:pra|para|a) um jogo|de verdade|a serio|serio|nao e brincadeira|nao (?:to|estou) brincando|nao estou a brincar|"
    r"nao e zoeira|nao e drama|na real|falando serio|(?:pra|para) ser sincer[oa]|sinceramente|honestamente|na vida real|fora do jogo|nao e (?:pro|para o|do|sobre o) jogo|"
    r"essa noite|esta noite|hoje|agora mesmo|amanha|faca|revolver|arma|comprimidos|remedios|"
    r"em casa|(?:meu|minha|meus|minhas) (?:pai|mae|padrasto|madrasta|irmao|irma|tio|tia|avo|vo|"
    r"namorad[oa]|marido|esposa|mulher|ex|chefe|vizinh[oa]|filh[oa]s?|amig[oa]s?|"
    r"melhor amig[oa]|primo|prima|sogr[oa]|pais|escola|trabalho|professora?|casa|quarto)|"
    r"escola|colegio"
)
FICTION_MARKERS = (
    r"capitao|zarpar|jogo|personagem|guardiao|(?<!la )guardia(?! medica)|missao|heroi\w*|(?:essa|esta|nessa|nesta|proxima|ultima|out"
    r"ra) "
    r"fase(?! da (?:minha )?vida)|dragao|bruxa|bandidos?|cavaleiro|mercador|taverna|pocao|"
    r"pocoes|espada|bau|inventario|enigma|castelo|caverna|ferreiro|carroca|lobo|fantasma|"
    r"chefao|feitico|masmorra|o guarda|os guardas|tripulacao|a torre|na torre|do mapa|"
    r"mario kart|minecraft|roblox|free fire|o que acontece se (?:eu )?(?:disser|escrever|falar)|"
    r"(?:materia|artigo|reportagem|documentario|palestra|noticia) sobre"
)
