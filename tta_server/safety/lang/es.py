"""Safety rules and words for Spanish (beyond the few base rules in lexicon.py).

The names this module defines, and how they are merged into the screen, are described in
``tta_server.safety.lang``.

The rules follow the cells of docs/safety.md. Spanish drops its subject ("quiero morir"), so
most predicates are matched on first-person verb forms and reflexive clitics ("matarme",
"me corto"); third-person forms ("se quiere matar") are the "someone else at risk" cells.
Crisis rules that could be everyday speech need a second signal (``requires``): a means *and*
readiness, a place *and* distress, a plan *and* a time. Laughter ("jaja", "xd") keeps idioms
out (``_NO_LAUGH``); recovery in the past ("ya pasó", "hace años") is a concern rule of its own.
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

#: The sentence has no laughter and no "just kidding" (a negated "no es broma" is allowed).
_NO_LAUGH = (
    r"^(?!.*\b(?:ja(?:ja)+\w*|je(?:je)+\w*|ji(?:ji)+\w*|xd|lol|lmao|(?<!no es )broma|"
    r"(?<!no es )chiste|bromeando|de risa|me rio)\b)"
)
#: No recovery in the past ("ya paso", "hace años", "ahora estoy mejor").
_NOT_RECOVERED = (
    r"^(?!.*\b(?:ya paso|hace (?:\w+ )?anos|a los \d+|cuando (?:era|tenia)|de (?:chic[oa]|"
    r"nin[oa]|adolescente)|(?:ahora|hoy) (?:estoy|me siento) (?:mucho )?(?:mejor|bien)|"
    r"llevo (?:\w+ ){0,2}?limpi[oa]|voy a terapia|en el pasado|antes me)\b)"
)
_PILLS = (
    r"(?:pastillas|pastis|pildoras|comprimidos|capsulas|tabletas|medicamentos|medicinas|"
    r"remedios|calmantes|ansioliticos|antidepresivos|somniferos|ibuprofenos?|paracetamol(?:es)?|"
    r"clonazepam|rivotril|alprazolam|diazepam|lorazepam|tramadol|insulina|pastillas? para dormir)"
)
_CONTAINER = r"(?:caja|cajita|frasco|blister|bote|tira|envase|tubo|botella|sobre)"
_GUN = r"(?:pistola|arma|revolver|escopeta|rifle|fusil|carabina|glock)"
_BLADE = r"(?:cuchilla|navaja|gillette|gilette|hoja de afeitar|cutter|trincheta|bisturi)"
_STRUCTURE = (
    r"(?:puente|azotea|techo|tejado|terraza|balcon|cornisa|acantilado|barranco|precipicio|"
    r"viaducto|mirador|baranda|barandilla|edificio|(?:ultimo|sexto|septimo|octavo|noveno|decimo) p"
    r"iso|ventana|vias|via del tren|"
    r"autopista|borde|presa|represa|torre|andamio|grua)"
)
_PLACE_DISTRESS = (
    r"\b(?:no (?:me )?quiero (?:bajar|volver|irme)|no (?:pienso|voy a) (?:bajar|volver)|"
    r"mirando (?:para |pa |hacia )?(?:abajo|el agua|el rio|los autos|los coches|el vacio|"
    r"las vias)|miro (?:para |pa |hacia )?abajo|otra vez|de nuevo|saltar|tirarme|lanzarme|"
    r"del lado de afuera|por fuera|piernas|colgando|hace (?:una|\w+) horas?|no tengo a nadie|"
    r"no se (?:pq|porque|por que|que hacer)|adios|ya no (?:puedo|aguanto)|me acerco|"
    r"no (?:quiero|puedo) seguir|no aguanto|no puedo mas|"
    r"no me (?:quiero )?(?:ir|mover)|de aca no|de aqui no|el vacio|la caida|despedirme)\b"
)
_DEATH_CLAUSE = (
    r"(?:me muero|me muriera|me muera|muero|muriera|me mato|me matara|me suicido|"
    r"desapareciera|desaparezco|me fuera para siempre|no (?:estuviera|existiera|estuviese|"
    r"existiese|este|estoy|hubiera nacido)|ya no (?:estuviera|este|estoy))"
)
_VEHICLE = r"(?:coche|carro|auto|moto|camioneta|camion|volante)"
_HIT_TARGET = (
    r"(?:muro|pared|arbol|poste|camion|trailer|barranco|precipicio|puente|guardarrail|"
    r"contramano|columna|tren|rio)"
)
_HARM_ES = (
    r"(?:matar(?:lo|la|los|las)?|lastimar(?:lo|la)?|apunalar(?:lo|la)?|acuchillar(?:lo|la)?|"
    r"balear(?:lo|la)?|dispararle|pegarle un tiro|romperle la cabeza|partirle la cabeza|"
    r"reventarle|envenenar(?:lo|la)?|quemar(?:lo|la)?|degollar(?:lo|la)?|ahorcar(?:lo|la)|"
    r"cortar(?:lo|la)|hacerle dano)"
)
_WEAPON_ES = (
    r"(?:cuchillo|navaja|pistola|arma|revolver|escopeta|rifle|bate|machete|fierro|veneno|"
    r"nafta|gasolina|bomba)"
)
_FAMILY_ES = (
    r"(?:padre|madre|papa|mama|padrastro|madrastra|viejo|vieja|viejos|padres|papas|hermano|"
    r"hermana|hermanito|hermanita|abuelo|abuela|tio|tia|novio|novia|marido|esposo|esposa|"
    r"mujer|pareja|ex|primo|prima|suegro|suegra|hijo|hija|hijos|amigo|amiga|jefe|vecino|"
    r"vecina|profe|profesor|profesora)"
)

RULES: tuple[Rule, ...] = (
    # ------------------------------------------------------------ sui.wish_dead
    Rule(
        "suicide.es_wish_dead",
        CRISIS,
        SUI,
        r"\b(?:quiero|quisiera|queria|me gustaria|deseo|desearia|prefiero|preferiria|necesito|"
        r"tengo ganas de|ganas de|solo pido|ojala pudiera) (?:\w+ ){0,2}?(?:dejar de (?:existir|"
        r"vivir|respirar)|no (?:existir|despertar(?:me)?|volver a despertar(?:me)?|estar (?:aqui|"
        r"aca|viv[oa])|haber nacido|seguir existiendo)|desaparecer (?:para siempre|de este "
        r"mundo|de una vez por todas|del todo)|estar muert[oa]|dormir(?:me)? (?:\w+ ){0,3}?y no "
        r"(?:despertar|volver a despertar)|irme de este mundo|morir(?:me)? (?:ya|de una vez|"
        r"pronto|hoy|esta noche))\b",
        "quisiera dormirme y no despertar nunca",
        subject=Subject.ANY,
        negatable=False,
        requires=_NOT_RECOVERED,
    ),
    Rule(
        "suicide.es_ojala_dead",
        CRISIS,
        SUI,
        r"\bojala (?:yo )?(?:me )?(?:no despertar(?:a|me)?|nunca despertar(?:a)?|no volver a "
        r"despertar|me muera|me muriera|morirme|morir|estar muert[oa]|desaparecer para siempre|"
        r"dejar de existir|no existir|no haber nacido|no hubiera nacido|me atropelle|"
        r"me pise un)\b",
        "ojala no despertar manana",
        requires=_NO_LAUGH,
    ),
    Rule(
        "suicide.es_no_point_living",
        CRISIS,
        SUI,
        r"\b(?:para|pa) (?:que|q) (?:sigo|seguir|voy a seguir|estoy) (?:viv[oa]|viviendo|aca|"
        r"aqui|existiendo)\b|\b(?:no le veo|no tiene|sin) (?:el )?(?:punto|sentido) (?:a |de )?"
        r"(?:estar viv[oa]|vivir|seguir viviendo|seguir viv[oa]|existir)\b|\b(?:la vida|mi vida|"
        r"vivir) (?:ya )?no vale (?:la pena|nada)\b|\bno vale la pena (?:seguir )?(?:vivir|"
        r"estar viv[oa])\b|\b(?:cansad[oa]|harta|harto|agotad[oa]) de (?:vivir|existir|"
        r"estar viv[oa]|seguir viv[oa])\b",
        "para que sigo vivo",
        negatable=False,
    ),
    Rule(
        "suicide.es_join_dead",
        CRISIS,
        SUI,
        r"\b(?:irme|estar|reunirme|ir) (?:\w+ )?con (?:mi|mis|el|ella|ellos)\b",
        "solo quiero irme con mi mama , ella ya no esta",
        subject=Subject.FIRST,
        requires=r"\b(?:ya no esta|se fue|murio|fallecio|en el cielo|sin (?:el|ella|ellos)|"
        r"se me fue|no quiero seguir)\b",
    ),
    Rule(
        "suicide.es_better_dead",
        CRISIS,
        SUI,
        r"\b(?:seria|estaria|es|estarias) mejor (?:\w+ )?(?:morirme|morir|estar muert[oa]|no estar "
        r"(?:aqui|aca|viv[oa])|no existir|que (?:yo )?no (?:estuviera|existiera|este|exista)|no ha"
        r"ber nacido|desaparecer para siempre)\b|"
        r"\b(?:queria|desearia|quisiera) morir(?:me)?\b(?! de\b)|\bmejor (?:que )?(?:me muera|me m"
        r"uriera|"
        r"me mate|me matara)\b|\bya no voy a estar(?= [,.]|$| aqui| aca| mas| manana| para)|\bno v"
        r"oy "
        r"a estar (?:aqui|aca|mas|viv[oa]) (?:manana|mucho tiempo|para|la semana)\b|\b(?:ganas|des"
        r"eo) (?:es|de) "
        r"morir(?:me)?\b(?! de\b)|\bno quiero (?:volver a )?despertar(?:me)?(?= [,.]|$| manana| nu"
        r"nca|"
        r" mas| otra vez)|\bya no (?:van|vas|vais) a tener que (?:preocupar\w*|aguantarme|"
        r"soportarme|cargar conmigo|verme|lidiar conmigo)\b|\b(?:es|esta es) mi despedida\b"
        r"(?! de solter\w*)",
        "seria mejor morirme",
        negatable=False,
        requires=_NO_LAUGH + _NOT_RECOVERED[1:],
    ),
    # ------------------------------------------------------------ sui.ideation
    Rule(
        "suicide.es_reflexive_method",
        CRISIS,
        SUI,
        r"\bme (?:voy a|quiero|pienso|iba a|tengo que) (?:colgar(?! (?:el|la|los|las|un|una|mi|mis"
        r")\b)|"
        r"ahorcar|envenenar|cortar las venas|pegar un tiro|volar la cabeza)\b|"
        r"\b(?:ahorcarme|envenenarme|ahogarme|colgarme (?:de|del)|cortarme las venas|"
        r"pegarme un tiro|volarme la cabeza|darme un tiro|tirarme (?:\w+ ){0,2}?(?:de|del|desde|"
        r"por|a) (?:\w+ ){0,2}?" + _STRUCTURE + r"|(?:quitarme|acabar con) (?:la|mi) (?:propia )?"
        r"vida|acabar conmigo)\b|\bme (?:quiero|voy a|pienso|gustaria|iba a|dan ganas de) (?:tirar|"
        r"lanzar|aventar|arrojar) (?:\w+ ){0,2}?(?:de|del|desde|por|a) (?:\w+ ){0,2}?"
        + _STRUCTURE
        + r"\b|\bme (?:hice|hago|he hecho) (?:\w+ )?(?:cortes|heridas|quemaduras)\b",
        "el sabado intente ahorcarme",
        subject=Subject.SELF,
        on_negation=CONCERN,
    ),
    Rule(
        "suicide.es_matarme",
        CRISIS,
        SUI,
        r"\bquiero(?:morir|matar|suicid)\w*|\b(?:matarme|suicidarme|me (?:voy a|quiero|pienso|teng"
        r"o que|gustaria|quisiera|queria|"
        r"deberia|iba a) (?:\w+ )?(?:matar|suicidar)|me suicido|me mato(?= [,.]|$))\b"
        r"(?! (?:de|a|estudiando|trabajando|entrenando|corriendo|riendo)\b)",
        "no dejo de pensar en matarme",
        subject=Subject.SELF,
        on_negation=CONCERN,
        requires=_NO_LAUGH + _NOT_RECOVERED[1:],
    ),
    Rule(
        "suicide.es_voices",
        CRISIS,
        SUI,
        r"\b(?:voces?|voz) (?:\w+ ){0,3}?(?:dicen|dice|mandan|manda|piden|pide|ordenan|ordena|"
        r"insisten)(?: que)? (?:\w+ )?(?:me (?:tire|mate|suicide|ahorque|corte|lastime|haga dano)|"
        r"matarme|tirarme|cortarme)\b",
        "las voces me dicen que me mate",
    ),
    Rule(
        "suicide.es_end_all",
        CRISIS,
        SUI,
        r"\b(?:acabar|terminar|poner(?:le)? fin|dar(?:le)? fin|termino|acabo|acabare|terminare) "
        r"(?:con|a) (?:todo|mi vida)"
        r"(?= [,.]|$| esta| este| hoy| ya| de una| para siempre| y| manana| de una vez)|\bme voy "
        r"(?:de este mundo|para siempre)\b|\birme de este mundo\b|\bse (?:termino|acabo) "
        r"(?:todo )?para mi\b",
        "voy a acabar con todo esta semana",
        subject=Subject.ANY,
        on_negation=CONCERN,
        requires=_NO_LAUGH,
    ),
    # ------------------------------------------------------------ sui.intent
    Rule(
        "suicide.es_do_it_now",
        CRISIS,
        SUI,
        r"\b(?:lo|la) (?:hago|hare|voy a hacer)(?= \.|$| , (?:ya|nadie|de verdad|en serio|"
        r"lo tengo)\b)",
        "ya lo decidi , esta noche lo hago",
        requires=r"\b(?:esta noche|decid\w*|cuando (?:se|todos|me|mis|mi|nadie)|no hay vuelta|"
        r"despues de que|ya esta)\b",
    ),
    Rule(
        "suicide.es_resolve",
        CRISIS,
        SUI,
        r"\bno hay vuelta atras\b|\b(?:hoy|manana|esta noche) es (?:el dia|la noche)(?= [,.]|$)|"
        r"\besta vez no (?:me echo|me vuelvo|me arrepiento|fallo|me rajo)\b|\b(?:tome|ya tome) la "
        r"decision\b",
        "hoy es el dia , esta vez no me echo para atras",
        requires=r"\b(?:para mi|esta vez|decid\w*|decision|no me (?:echo|arrepiento)|me voy|"
        r"terminar|termino|acab\w*|todo|lo hago)\b",
    ),
    # ------------------------------------------------------------ sui.plan
    Rule(
        "suicide.es_plan",
        CRISIS,
        SUI,
        r"\b(?:elegi|escogi|decidi|marque|fije) (?:el|la) (?:dia|fecha|hora|lunes|martes|"
        r"miercoles|jueves|viernes|sabado|domingo)\b|\b(?:el )?(?:dia )?\d+ es (?:la fecha|el dia)"
        r"(?= [,.]|$)|\b(?:se|tengo pensado|ya se) (?:exactamente |bien )?como lo voy a hacer\b|"
        r"\b(?:ya )?tengo (?:todo|la hora|el lugar|el dia) (?:pensado|planeado|planificado|"
        r"decidido|elegid[oa])?(?= [,.]|$| y| para| ,)|\bya lo tengo (?:planeado|decidido|"
        r"pensado)\b",
        "elegi el domingo , cuando mis viejos se vayan",
        requires=r"\b(?:cuando|sol[oa]|nadie|se vayan|no (?:haya|hay|esten)|pastillas|soga|"
        r"cuerda|carta|puente|la hora|el lugar|donde|calendario|marque|me mato|hacerlo|"
        r"lo voy a hacer|matarme|morir|despedirme|ultimo|ultima)\b",
        negatable=False,
    ),
    Rule(
        "suicide.es_go_to_place",
        CRISIS,
        SUI,
        r"\b(?:voy|ire|me voy) (?:a ir )?(?:al|a la|hasta el|hasta la) (?:puente|azotea|"
        r"acantilado|viaducto|vias|techo)\b",
        "el viernes voy al puente , ya tengo la hora",
        subject=Subject.ANY,
        requires=r"\b(?:ya tengo|la hora|decid\w*|saltar|tirarme|ultima vez|despues del|a las|"
        r"no vuelvo|para siempre|adios)\b",
    ),
    Rule(
        "suicide.es_date_chosen",
        CRISIS,
        SUI,
        r"\b(?:elegi|escogi|decidi|fije|marque) (?:la|el) (?:fecha|hora|dia)(?= [,.]|$)",
        "ya elegi la fecha",
        requires=_NO_LAUGH,
    ),
    Rule(
        "suicide.es_place_inherent",
        CRISIS,
        SUI,
        r"\b(?:estoy|sigo|sentad[oa]|parad[oa]|acostad[oa]|tirad[oa]|de pie|subid[oa]) "
        r"(?:\w+ ){0,2}?(?:en|sobre) (?:las vias|la via del tren|la cornisa|el borde del? "
        r"(?:\w+ )?(?:puente|edificio|techo|azotea|acantilado|balcon|precipicio|barranco)|"
        r"(?:el otro|del otro) lado de la (?:baranda|barandilla|reja))\b",
        "estoy sentada en la cornisa del edificio",
        requires=_NO_LAUGH,
    ),
    # ------------------------------------------------------------ sui.preparatory
    Rule(
        "suicide.es_farewell",
        CRISIS,
        SUI,
        r"\b(?:carta|nota|cartas|notas|mensaje|video|audio)s? (?:de despedida|de suicidio|"
        r"de adios|suicida)\b|\b(?:grabe|deje|dejo) (?:\w+ ){0,3}?(?:audios?|videos?|mensajes?) (?"
        r":\w+ ){0,8}?"
        r"(?:despues|cuando (?:ya )?no este|para cuando|por si)\b|"
        r"\b(?:escribi|he escrito|deje|tengo escrit[oa]s?|ya escribi|"
        r"dejo) (?:\w+ ){0,3}?(?:cartas?|notas?) (?:a|para) "
        r"(?:mi|mis|cada|toda|todos) (?:\w+ ){0,3}?(?:familia|hijos?|hijas?|padres|viejos|"
        r"hermanos?|hermanas?|mama|papa|madre|padre|amigos|uno)\b|\b(?:mi|este es mi) ultimo "
        r"mensaje(?! (?:antes|del dia|de hoy|por hoy|de la noche))\b",
        "les escribi cartas a mi familia",
        requires=r"^(?!.*\b(?:navidad|cumple\w*|aniversario|san valentin|dia de la madre|"
        r"dia del padre|reyes|capitao|capitan|zarpar|rei|rey|reina|rainha|faroleiro|farero|"
        r"posadero|taberneiro|guardian|caballero|cavaleiro|personaje|personagem|navio|barco)\b)",
        subject=Subject.ANY,
    ),
    Rule(
        "suicide.es_give_away",
        CRISIS,
        SUI,
        r"\b(?:ya )?no (?:la|lo|las|los|le) (?:voy a necesitar|necesitare|voy a usar)\b|"
        r"\bno voy a necesitar (?:nada|mas nada)\b|\bdonde voy no (?:me )?(?:va|van) a hacer falta\b",
        "le regale mi guitarra a mi hermano , ya no la voy a necesitar",
        requires=r"\b(?:regale|di|done|deje|doné|vendi|entregue|regalo|dono)\b",
    ),
    Rule(
        "suicide.es_not_long",
        CRISIS,
        SUI,
        r"\b(?:aguantarme|soportarme|preocuparse por mi|preocuparte por mi|verme|cargar conmigo|"
        r"lidiar conmigo) (?:\w+ ){0,2}?(?:mucho (?:tiempo )?mas|por mucho tiempo|mas tiempo|"
        r"por mucho mas)\b",
        "ya no van a tener que aguantarme mucho tiempo mas",
        requires=r"\b(?:no|ya no|nunca)\b",
    ),
    Rule(
        "suicide.es_when_gone",
        CRISIS,
        SUI,
        r"\b(?:para |pa )?cuando (?:yo )?(?:ya )?no (?:este|estar)(?: mas)?(?: aqui| aca| viv[oa])?"
        r"(?= [,.]|$| van| ellos| todos| mis| se)|\bdespues de que (?:yo )?me (?:vaya|muera)\b|"
        r"\bcuando me (?:haya ido|muera) (?:para siempre|de verdad)?(?= [,.]|$| van| ellos)|"
        r"\bpara cuando me (?:vaya|haya ido|muera)(?= [,.]|$)",
        "deje las contrasenas anotadas para cuando no este",
    ),
    Rule(
        "suicide.es_pet_after",
        CRISIS,
        SUI,
        r"\b(?:deje|dejo|doy|di|regale|encargue|le pedi) (?:\w+ ){0,5}?(?:perro|perrito|perra|gato"
        r"|gatito|"
        r"gata|mascota|pajaro|conejo)\b",
        "deje a mi perro con mi tia para despues",
        requires=r"\b(?:para despues|por si me pasa algo|si me pasa algo|cuando no este|"
        r"cuando ya no|despues de mi|para cuando)\b",
    ),
    Rule(
        "suicide.es_goodbye",
        CRISIS,
        SUI,
        r"\b(?:me despedi|me estoy despidiendo|me despido|vengo a despedirme|quiero despedirme|"
        r"queria despedirme) (?:de )?(?:todos|todo el mundo|mis|mi familia|ustedes|vos|ti)\b",
        "hoy me despedi de mis amigos , no saben que era de verdad",
        requires=r"\b(?:de verdad|para siempre|no saben|ultima vez|los quiero|perdon|"
        r"perdonenme|adios)\b",
    ),
    # ------------------------------------------------------------ sui.means
    Rule(
        "suicide.es_pills_ready",
        CRISIS,
        SUI,
        r"\b" + _PILLS + r" (?:\w+ ){0,3}?(?:alineadas|alineados|en fila|contadas|contados|"
        r"listas|listos|preparadas|preparados|separadas|juntas|guardadas|escondidas)\b|"
        r"\b(?:alinee|conte|prepare|puse en fila|separe|escondidas|escondidos|guardadas|"
        r"acumuladas|juntadas) (?:\w+ ){0,2}?" + _PILLS,
        "tengo todas las pastillas alineadas en el escritorio",
        subject=Subject.ANY,
        requires=r"^(?!.*\b(?:pastillero|de la semana|para el viaje|del dia)\b)",
    ),
    Rule(
        "suicide.es_pills_saved",
        CRISIS,
        SUI,
        r"\b(?:juntando|acumulando|ahorrando|juntar|acumular|junte|acumule|ahorre|escondiendo|"
        r"guardando|guarde|guardo|junto|acumulo) (?:\w+ ){0,3}?" + _PILLS + r"\b|\b" + _PILLS + r" "
        r"(?:\w+ ){0,4}?(?:juntad|acumulad|guardad|escondid|ahorrad)[oa]s\b",
        "llevo semanas juntando mis medicamentos",
        subject=Subject.ANY,
        requires=r"\b(?:en vez de|sin tomar|semanas|meses|\d+|muchas|todas|un monton|listas|"
        r"escondid\w*|por si|para cuando|juntando|acumulando|ahorrando|junte|acumule|ahorre)\b",
    ),
    Rule(
        "suicide.es_rope_ready",
        CRISIS,
        SUI,
        r"\b(?:soga|cuerda|cinturon|cable|sabana|correa)s? (?:\w+ ){0,3}?(?:atad[oa]|colgad[oa]|"
        r"amarrad[oa]|list[oa]|preparad[oa]|probad[oa])\b|\b(?:ate|colgue|amarre|prepare|probe) "
        r"(?:la|el|una|un) (?:soga|cuerda|cinturon|cable|sabana)\b",
        "la soga ya esta atada a la viga",
        requires=r"\b(?:viga|ventilador|techo|cuello|nudo|horca|ya|perchero|barrote|rama|"
        r"esta noche|hoy|aguanta)\b|\b(?:list[oa]|preparad[oa]|probad[oa])\b(?! (?:para|pa) )",
    ),
    Rule(
        "suicide.es_gas",
        CRISIS,
        SUI,
        r"\b(?:garaje|garage|cochera) (?:\w+ ){0,6}?(?:motor|auto|coche|carro) (?:\w+ ){0,2}?"
        r"(?:prendido|encendido|en marcha|andando|funcionando)\b|\b(?:motor|auto|coche) "
        r"(?:\w+ ){0,2}?(?:prendido|encendido|en marcha) (?:\w+ ){0,4}?(?:garaje|garage|cochera)"
        r"\b|\bcarbon\b",
        "estoy en el garaje con el motor prendido y la puerta cerrada",
        requires=r"\b(?:cerrad[oa]|selle|sellad[oa]|tape|tapad[oa]|cinta|no quiero|encerrad[oa]|"
        r"ventanas? (?:cerradas|selladas))\b",
    ),
    Rule(
        "suicide.es_gun_ready",
        CRISIS,
        SUI,
        r"\b" + _GUN + r" (?:\w+ ){0,4}?(?:cargad[oa]|sin seguro|apuntando|en la (?:boca|cabeza|"
        r"sien))\b|\b(?:cargue|cargo|estoy cargando) (?:la|el) " + _GUN + r"\b",
        "el arma de mi papa esta cargada y la tengo aca en mi cuarto",
        requires=r"^(?!.*\b(?:juego|dragon|monstruo|enemigo|zombi\w*)\b).*"
        r"\b(?:la tengo|lo tengo|tengo (?:la|el)|conmigo|en (?:la|mi|mis) manos?|"
        r"en (?:mi )?regazo|en las piernas|apuntando|en la (?:boca|cabeza|sien)|cargue|cargo|"
        r"aca (?:en|conmigo)|aqui (?:en|conmigo)|frente a mi)\b",
    ),
    Rule(
        "suicide.es_means_access",
        CONCERN,
        SUI,
        r"\b(?:hay|tiene|tengo|tenemos|guarda|guardan) (?:una?|mucha|muchas|much[oa]s|todos|todas|"
        r"sus|"
        r"mis) (?:\w+ )?(?:" + _GUN + r"|" + _PILLS + r")\b|\b(?:tengo|hay) (?:un monton de|"
        r"tantas|muchisimas|cajas de|frascos de) " + _PILLS + r"\b",
        "hay una pistola en el cajon de mi papa",
        requires=r"\b(?:en (?:mi |la )?casa|mi cuarto|mi pieza|cajon|armario|placard|mesita|"
        r"escondid\w*|cargad[oa])\b",
    ),
    # ------------------------------------------------------------ sui.method
    Rule(
        "suicide.es_lethal_question",
        CRISIS,
        SUI,
        r"\bcuant[oa]s? (?:\w+ ){0,6}?(?:es (?:mortal|letal)|son (?:mortales|letales)|"
        r"(?:hace|hacen) falta para (?:no despertar|morir|matar\w*)|(?:para|pa) (?:no despertar|"
        r"morir|matarme|matarse|matar a una persona|que sea mortal)|matan|mata a una persona)\b|"
        r"\b(?:que|cual|cuanta) dosis (?:\w+ ){0,3}?(?:es |seria |resulta )?(?:mortal|letal)\b|"
        r"\bdosis (?:mortal|letal)\b|\b(?:forma|manera|metodo)s? (?:mas )?(?:rapid[oa]|facil|"
        r"indolor[oa]|segur[oa]|sin dolor) (?:de|para) (?:morir|matarse|matarme|suicidarse|"
        r"suicidarme)\b",
        "cuanto clonazepam es mortal",
        requires=r"^(?!.*\b(?:pociones|pocion|jefe final|jefe|monstruos?|enemigos?|juego|"
        r"nivel)\b)",
    ),
    Rule(
        "suicide.es_height_question",
        CRISIS,
        SUI,
        r"\b(?:que|cual) (?:puente|edificio|torre|viaducto|acantilado) (?:\w+ ){0,3}?"
        r"(?:mas alt[oa])\b(?! (?:del mundo|de europa|de america|de espana|de mexico))|\b(?:desde|"
        r"de) (?:un|una|el|la) (?:\w+ )?(?:piso|planta|altura|"
        r"puente|edificio) (?:\w+ ){0,3}?(?:alcanza|basta|es suficiente|seria suficiente|"
        r"me muero|muero|moriria|es mortal)\b",
        "desde un sexto piso alcanza",
        requires=r"^(?!.*\b(?:curiosidad|tarea|examen|trivia)\b)",
    ),
    Rule(
        "suicide.es_method_question",
        CRISIS,
        SUI,
        r"\bnudo (?:\w+ ){0,5}?(?:peso de una persona|ahorcar\w*|horca|aguante)\b|"
        r"\b(?:cuanto tarda|cuanto tiempo tarda|cuanto demora) (?:\w+ ){0,4}?(?:matarratas|"
        r"veneno|raticida|cianuro|lejia|cloro)\b|\b(?:ahorcarse|suicidarse|tirarse|envenenarse|"
        r"cortarse las venas|ahorcarme|suicidarme) (?:\w+ ){0,2}?(?:duele|es rapido|sin dolor|"
        r"funciona)\b|\bsuicidio (?:\w+ ){0,4}?(?:funciona|duele)\b",
        "ahorcarse duele mucho o es rapido",
    ),
    # ------------------------------------------------------------ sui.place
    Rule(
        "suicide.es_place_now",
        CRISIS,
        SUI,
        r"\b(?:estoy|sigo|me encuentro|ando|sentad[oa]|parad[oa]|subid[oa]|subi|arriba|encima|"
        r"de pie|otra vez|de nuevo|^|(?<=\. )) ?(?:\w+ ){0,3}?(?:en|a|al|del|sobre) (?:\w+ ){0,2}?"
        + _STRUCTURE
        + r"\b",
        "estoy en la azotea y no quiero bajar",
        subject=Subject.ANY,
        requires=r"^(?!.*\b(?:para|pa) (?:agarrar|alcanzar|huir|escapar|llegar|cruzar)\b).*"
        + _PLACE_DISTRESS,
    ),
    Rule(
        "suicide.es_edge",
        CRISIS,
        SUI,
        r"\b(?:piernas|pies) (?:\w+ ){0,2}?(?:para|pa|por|hacia) (?:afuera|fuera)\b|"
        r"\b(?:me acerco|me arrimo|me pongo) (?:\w+ ){0,2}?(?:al borde|a la orilla|a las vias|"
        r"a la via)\b|\bdel lado de afuera de la (?:baranda|barandilla|reja)\b",
        "estoy en la ventana con las piernas para afuera",
        requires=_NO_LAUGH,
    ),
    # ------------------------------------------------------------ sui.unsafe
    Rule(
        "suicide.es_unsafe",
        CRISIS,
        SUI,
        r"\bno (?:me siento|estoy) (?:\w+ )?(?:segur[oa]|a salvo) (?:conmigo|de mi)\b|"
        r"\b(?:a salvo|segur[oa]) de (?:mi|mi mism[oa])(?= [,.]|$| mism| ahora| esta| hoy| ni)|"
        r"\bno (?:puedo|logro|consigo) (?:cuidarme|mantenerme (?:a salvo|segur[oa])|protegerme "
        r"de mi)\b|\bno (?:me )?confio en mi(?: mism[oa])?(?= [,.]|$| ahora| esta| hoy| ni)|"
        r"\bno respondo de mi\b|\bmiedo (?:de|a) hacerme (?:algo|dano)\b|\bpeligro para mi mism[oa"
        r"]\b|\b(?:miedo|terror) (?:de )?(?:lo )?"
        r"(?:que|q) (?:yo )?me (?:pueda|puedo|vaya a) hacer\b|\bno se (?:de )?(?:lo )?(?:que|q) "
        r"soy capaz\b",
        "no me siento segura conmigo misma",
        negatable=False,
    ),
    Rule(
        "suicide.es_not_alone",
        CRISIS,
        SUI,
        r"\bno (?:me )?puedo quedar(?:me)? sol[oa]\b",
        "no me puedo quedar sola esta noche , no se lo que voy a hacer",
        negatable=False,
        requires=r"\bno se (?:\w+ )?(?:que|q) (?:voy a|puedo|me)|\bcapaz\b|\bmiedo\b|\bhacerme\b",
    ),
    # ------------------------------------------------------------ sui.attempt
    Rule(
        "suicide.es_attempt",
        CRISIS,
        SUI,
        r"\b(?:lo intente|intente|lo hice|trate)\b",
        "anoche lo intente pero la soga se rompio",
        subject=Subject.ANY,
        requires=r"\b(?:soga|cuerda|cinturon|pastillas|veneno|cuchilla|navaja|me encontr\w+|"
        r"me salv\w+|me agarr\w+|me vio|hospital|internad[oa]|urgencias|lavado|ahorc\w+|"
        r"matarme|suicid\w+|me desperte en (?:el|la) (?:piso|suelo|hospital|banera|banadera)|"
        r"nadie se entero|no funciono|sali viv[oa]|segui viv[oa]|sigo viv[oa]|no me mori)\b"
        + _NOT_RECOVERED[1:],
    ),
    Rule(
        "suicide.es_interrupted",
        CRISIS,
        SUI,
        r"\b(?:estaba (?:por|a punto de|casi)|estuve (?:a punto de|casi)|iba a) (?:saltar|tirarme|"
        r"matarme|hacerlo|"
        r"lanzarme|tomar(?:me)? (?:las|todas))(?= [,.]|$| y| cuando| pero| del| de la| desde)|"
        r"\b(?:empece|comence) y (?:pare|me arrepenti)(?= [,.]|$)|\bmarcas en el cuello\b|"
        r"\b(?:lo )?estoy haciendo(?:lo)? ahora(?: mismo)?(?= [,.]|$)",
        "estaba por saltar y sono el telefono",
    ),
    # ------------------------------------------------------------ sui.vehicle
    Rule(
        "suicide.es_vehicle",
        CRISIS,
        SUI,
        r"\b(?:meter|estrellar|chocar|tirar|estampar|lanzar|volcar|meti|estrelle|choque) "
        r"(?:el|la|mi) "
        + _VEHICLE
        + r" (?:\w+ ){0,3}?(?:contra|en|hacia|a) (?:\w+ ){0,2}?"
        + _HIT_TARGET
        + r"\b|\b(?:volantear|dar un volantazo|girar el volante|volanteo) (?:\w+ ){0,3}?(?:hacia|"
        r"contra|a) (?:\w+ ){0,2}?(?:camion|trailer|colectivo|bus|muro|arbol|poste|precipicio|"
        r"contramano|tren)\b",
        "quiero estrellar la moto contra un arbol",
        requires=r"\b(?:quiero|pienso|pense|ganas|a proposito|adrede|casi|voy a|no dejo|"
        r"se acabe|acabar|quisiera|pensando|tentad[oa]|tentacion)\b",
    ),
    Rule(
        "suicide.es_no_brake",
        CRISIS,
        SUI,
        r"\bno (?:voy a )?(?:freno|frenar|pisar el freno)(?= [,.]|$| mas| nada)",
        "la proxima vez no freno",
        negatable=False,
        requires=r"\b(?:proxima|a proposito|curva|autopista|muro|camion|ganas|quiero)\b",
    ),
    Rule(
        "suicide.es_under_vehicle",
        CRISIS,
        SUI,
        r"\b(?:tirarme|lanzarme|aventarme|arrojarme|meterme|ponerme|cruzarme|acostarme|echarme) "
        r"(?:\w+ ){0,2}?(?:abajo|debajo|delante|frente|adelante|enfrente|bajo|a las vias) "
        r"(?:\w+ ){0,2}?(?:tren|metro|subte|colectivo|bus|autobus|camion|auto|coche|micro|"
        r"trailer|vias|autos|coches|trafico|bondi)\b|\bcruzar (?:\w+ ){0,3}?cuando (?:\w+ ){0,2}?"
        r"(?:venga|pase) (?:un|una|el) (?:\w+ )?(?:trailer|camion|tren|bus|colectivo|auto|coche)\b",
        "tengo ganas de tirarme abajo del colectivo",
        subject=Subject.SELF,
        on_negation=CONCERN,
    ),
    # ------------------------------------------------------------ sui.burden
    Rule(
        "suicide.es_burden",
        CRISIS,
        SUI,
        r"\b(?:mejor|mas felices|felices|mas feliz|feliz|tranquil[oa]s?|en paz|aliviad[oa]s|mas fa"
        r"cil|un favor|"
        r"menos|respirar)(?: \w+){0,4}? (?:si|cuando) (?:yo )?" + _DEATH_CLAUSE + r"\b|"
        r"\b(?:mejor|felices|en paz|tranquil[oa]s) sin mi\b(?! (?:en|jugando|ahi|de)\b)|"
        r"\bsin mi (?:\w+ ){0,4}?(?:seria|serian|estaria|estarian) (?:\w+ ){0,3}?(?:mejor|"
        r"felices|en paz)\b",
        "mis hijos serian mas felices si yo no estuviera",
        requires=_NO_LAUGH,
    ),
    Rule(
        "suicide.es_nobody_miss",
        CRISIS,
        SUI,
        r"\b(?:nadie|ninguno) (?:\w+ ){0,3}?(?:extranaria|extrana|echaria de menos|notaria|"
        r"lloraria|se daria cuenta|le importaria|va a extranar) (?:\w+ ){0,2}?(?:si|cuando) "
        r"(?:yo )?" + _DEATH_CLAUSE + r"\b",
        "nadie me extranaria si me muero",
        negatable=False,
    ),
    # ------------------------------------------------------------ self.act
    Rule(
        "self_harm.es_act",
        CRISIS,
        SH,
        r"\bme (?:queme|quemo|corte|corto|raje|rajo|rasgune|rasguno|arane|marque|lastime|golpee|"
        r"mordi|pegue|cortaba|quemaba) (?:\w+ ){0,2}?(?:brazos?|munecas?|muslos?|piernas?|piel|"
        r"panza|barriga|cuerpo|antebrazos?|cuello|abdomen|caderas?|otra vez|de nuevo|hasta "
        r"sangrar|hasta hacerme)\b|\bme (?:volvi|he vuelto) a (?:cortar|quemar|lastimar|"
        r"hacer dano|golpear|rasgunar|autolesionar)\b|\b(?:me di golpes|me golpee|me pegue|"
        r"me mordi|me rasgune|me arane|golpes|me corte|me corto|me queme|me raje) (?:\w+ ){0,4}?ha"
        r"sta "
        r"(?:sangrar|hacerme)\b|\bme (?:corte|corto|queme|quemo|raje|lastime|marque) con (?:una|la|"
        r"el|un|mi) (?:cuchilla|navaja|gillette|gilette|hoja de afeitar|vidrio|tijera|cutter|"
        r"trincheta|encendedor|mechero|cigarro|cigarrillo|compas)\b",
        "me volvi a cortar anoche",
        subject=Subject.SELF,
        on_negation=CONCERN,
        accident=True,
        requires=r"^(?!.*\b(?:afeitando\w*|cocinando|papel|horno|plancha|olla|sin querer|"
        r"jugando|pelo|unas)\b)",
    ),
    Rule(
        "self_harm.es_blade_ready",
        CRISIS,
        SH,
        r"\b" + _BLADE + r" (?:\w+ ){0,3}?(?:aca|aqui|en la mano|en mi mano|conmigo|lista)\b|"
        r"\b(?:la|una) " + _BLADE + r" en la mano\b",
        "tengo la cuchilla aca y quiero cortarme",
        requires=r"\b(?:cortarme|cortar|ganas|lastimarme|hacerme)\b",
    ),
    Rule(
        "self_harm.es_urge",
        CONCERN,
        SH,
        r"\b(?:ganas|impulso|impulsos|necesidad|urgencia) (?:\w+ ){0,2}?de (?:cortarme|"
        r"lastimarme|hacerme dano|quemarme|autolesionarme|golpearme)\b|\b(?:pensando|pienso) en "
        r"(?:cortarme|lastimarme|hacerme dano|autolesionarme)\b",
        "volvieron las ganas de cortarme",
    ),
    Rule(
        "self_harm.es_past",
        CONCERN,
        SUI,
        r"\b(?:me cortaba|me lastimaba|me autolesionaba|queria morir(?:me)?|queria matarme|"
        r"intente (?:matarme|suicidarme)|(?:un )?intento de suicidio|por un intento|"
        r"estuve internad[oa]|me quemaba)\b",
        "antes me cortaba , llevo dos anos limpia",
        requires=r"\b(?:antes|hace (?:\w+ )?anos|ya paso|limpi[oa]|estoy mejor|estoy bien|"
        r"terapia|a los \d+|epoca|de chic[oa]|cuando era|me acuerdo)\b",
    ),
    # ------------------------------------------------------------ overdose, medical
    Rule(
        "medical.es_overdose",
        CRISIS,
        MED,
        r"\b(?:me tome|tome|me trague|trague|me bebi|mezcle|acabo de tomar(?:me)?|acabo de "
        r"tragar(?:me)?)(?: \w+){0,2}? (?:(?:la|el|un|una) "
        + _CONTAINER
        + r"(?: (?:entera|entero|completa|completo)| de (?:\w+ ){0,2}?"
        + _PILLS
        + r")|tod[oa]s? (?:el|la|los|las|mis) (?:\w+ )?(?:"
        + _CONTAINER
        + r"|"
        + _PILLS
        + r")|(?:un monton|una banda|muchas|muchos|demasiad[oa]s|como|unas?|[1-9]\d+|diez|doce|"
        r"quince|veinte|treinta|cuarenta|cincuenta)(?: de)? (?:\w+ )?" + _PILLS + r")\b",
        "me tome la caja entera hace una hora",
        negatable=False,
        requires=r"^(?!.*\b(?:cafe|cafetera|cerveza|cervezas|agua|mate|pocion|pociones)\b)",
    ),
    Rule(
        "medical.es_overdose_effects",
        CRISIS,
        MED,
        r"\b(?:me tome|tome|me trague|trague|mezcle|me meti)(?: \w+){0,4}? " + _PILLS + r"\b",
        "tome las pastillas y me siento muy rara",
        negatable=False,
        requires=r"\b(?:marea\w*|zumb\w*|borros\w*|rar[oa]|late (?:\w+ )?rapido|acelerad\w*|"
        r"vomit\w*|no siento|dormid[oa]|no puedo (?:respirar|mover)|confundid\w*|alcohol|"
        r"vino|me arde|me quema)\b",
    ),
    Rule(
        "medical.es_poison",
        CRISIS,
        MED,
        r"\b(?:me tome|tome|me trague|trague|me bebi|bebi|se tomo|tomo|bebio|se bebio|trago|"
        r"se trago|comio)(?: \w+){0,2}? (?:lejia|cloro|lavandina|soda caustica|matarratas|"
        r"raticida|desinfectante|amoniaco|anticongelante|insecticida|veneno para ratas|"
        r"aguarras|gasolina|nafta|querosen\w*|detergente|pilas?)\b|\b(?:me tome|tome|trague|"
        r"me bebi|bebi) (?:el )?veneno\b(?! (?:a ver|para ver|del|de la))",
        "mi hijo se tomo cloro",
        negatable=False,
        requires=r"^(?!.*\b(?:pocion|juego|bruja)\b)",
    ),
    Rule(
        "medical.es_unresponsive",
        CRISIS,
        MED,
        r"\b(?:no (?:se )?despierta|no responde|no reacciona|no respira|respira (?:raro|mal|"
        r"muy poco)|se desmayo|esta inconsciente|perdio el conocimiento|se cayo y no|"
        r"tiene convulsiones|esta convulsionando|labios morados|no puede hablar)\b",
        "mi mama se desmayo y no responde",
        negatable=False,
        requires=r"\b(?:mi|mis|mama|papa|hijo|hija|abuel[oa]|amig[oa]|novi[oa]|herman[oa]|"
        r"alguien)\b",
    ),
    Rule(
        "medical.es_bleeding",
        CRISIS,
        MED,
        r"\bno (?:deja|para) de sangrar\b|\bsangra (?:mucho|muchisimo|sin parar|un monton)\b|"
        r"\bsangrando (?:mucho|muchisimo|sin parar)\b|\b(?:perdi|pierdo|perdiendo) mucha sangre\b",
        "mi corte no deja de sangrar",
        negatable=False,
    ),
    Rule(
        "medical.es_chest",
        CRISIS,
        MED,
        r"\b(?:me duele|dolor|duele|presion|opresion|punzada) (?:\w+ ){0,3}?(?:el|en el|del) "
        r"pecho\b|\bsiento (?:\w+ )?que me ahogo\b|\bme (?:estoy )?ahogando de verdad\b|"
        r"\b(?:infarto|derrame cerebral|ataque al corazon)\b",
        "me duele muchisimo el pecho y el brazo izquierdo",
        subject=Subject.MINE,
        negatable=False,
        requires=_NO_LAUGH,
    ),
    # ------------------------------------------------------------ harm to others
    Rule(
        "harm_to_others.es_intent",
        CRISIS,
        HARM,
        r"\b(?:voy a|quiero|pienso|ire a|le voy a|lo voy a|la voy a|tengo ganas de) "
        r"(?:\w+ ){0,5}?" + _HARM_ES + r"\b",
        "voy a ir con el bate a romperle la cabeza",
        subject=Subject.ANY,
        requires=r"\b(?:" + _WEAPON_ES + r"|ya se donde|compre|se lo merece|lo espero)\b",
    ),
    Rule(
        "harm_to_others.es_weapon",
        CRISIS,
        HARM,
        r"\b(?:llevo|llevar|voy a llevar|traigo|llevare|meto) (?:\w+ ){0,3}?(?:pistola|arma|"
        r"revolver|cuchillo|navaja|bomba|escopeta|rifle|machete) (?:\w+ ){0,4}?(?:al colegio|"
        r"a la escuela|al cole|al liceo|a clase|al trabajo|al laburo|a la facu|a la uni|al insti)"
        r"\b|\b(?:lo|la|los|le) (?:espero|voy a esperar|agarro|busco) (?:\w+ ){0,4}?con (?:la|el|"
        r"una|un|mi) (?:navaja|cuchillo|pistola|arma|bate|fierro|machete|revolver)\b|"
        r"\b(?:echar|poner|meter) (?:\w+ )?veneno (?:\w+ ){0,3}?(?:comida|bebida|cafe|te|agua|"
        r"jugo|vaso)\b",
        "manana llevo la pistola al colegio",
        subject=Subject.ANY,
    ),
    Rule(
        "harm_to_others.es_voices",
        CRISIS,
        HARM,
        r"\b(?:voces?|voz) (?:\w+ ){0,3}?(?:dicen|dice|mandan|manda|piden|ordenan)(?: que)? "
        r"(?:\w+ )?(?:lastime|mate|ataque|hiera|apunale) a\b",
        "las voces me dicen que lastime a mi hermanito",
    ),
    # ------------------------------------------------------------ abuse and danger
    Rule(
        "abuse_or_danger.es_hurt_now",
        CRISIS,
        ABUSE,
        r"\b(?:mi|el|ella) (?:\w+ ){0,2}?me (?:pego|golpeo|golpea|pega|maltrata|amenazo|amenaza|"
        r"encerro|encierra|ahorco|ahorca|violo|viola|toco|toca|quemo|empujo|pateo|patea|arrastro|"
        r"estrangulo|abusa|abuso|obliga|obligo|manosea)\b(?! con (?:la|una|el|un) (?:almohada|"
        r"cojin|peluche))(?! (?:en|al) (?:el )?(?:juego|play|ajedrez|futbol|mario|fifa|carrera))"
        r"|\b(?:abusa|abuso|abusaba|abusando|se propasa|se propaso) de mi\b",
        "mi novio me pego otra vez",
        requires=r"^(?!.*\b(?:bandido|goblin|troll|lobo|bruja|juego|garrote)\b)"
        r"(?!.*\bme (?:toca|toco|tocaba) (?:el|la|los|las) (?:hombro|hombros|brazo|mano|"
        r"espalda|cabeza|cara|pelo|pierna)\b)",
    ),
    Rule(
        "abuse_or_danger.es_threat",
        CRISIS,
        ABUSE,
        r"\b(?:dijo|dice|me dijo|me dice|amenazo|amenaza|grita|gritando|jura) (?:\w+ ){0,5}?"
        r"(?:que |q )?(?:me (?:mata|matara|mataria|va a matar|va a pegar|va a lastimar|pega|"
        r"lastima|hace dano)|va a matarme)\b|\bme (?:amenazo|amenaza|apunto|apunta) con (?:un|una|"
        r"el|la|su) (?:cuchillo|navaja|pistola|arma|revolver|machete|tijera|botella)\b",
        "me dijo que me mata si le cuento a alguien",
    ),
    Rule(
        "abuse_or_danger.es_other_hurt",
        CRISIS,
        ABUSE,
        r"\b(?:le|la|lo|les) (?:esta |estan )?(?:pegando|golpeando|maltratando|ahorcando|pega|"
        r"golpea) a (?:mi|mis) \w+",
        "mi padrastro le esta pegando a mi hermanita",
    ),
    Rule(
        "abuse_or_danger.es_intruder",
        CRISIS,
        ABUSE,
        r"\b(?:alguien|un tipo|un hombre|una persona|un desconocido|unos tipos|un senor|"
        r"unos hombres) (?:\w+ ){0,3}?(?:intentando entrar|tratando de entrar|quiere entrar|"
        r"forzando|forcejeando|pateando|rompiendo|aporreando|intentando abrir|tratando de abrir)"
        r"\b|\b(?:un tipo|un hombre|un auto|un coche|alguien|un desconocido|unos tipos|"
        r"una camioneta) (?:\w+ ){0,2}?me (?:viene|vienen|esta|estan|anda|andan|sigue|siguen|"
        r"persigue)(?: siguiendo| persiguiendo)?\b",
        "alguien esta intentando entrar por mi puerta",
    ),
    # ------------------------------------------------------------ concern: distress
    Rule(
        "distress.es_hopeless",
        CONCERN,
        DIS,
        r"\b(?:ya )?no tengo (?:mas |ninguna )?(?:esperanza|esperanzas|ganas de nada)\b|"
        r"\b(?:para|pa) (?:que|q) (?:seguir )?(?:intentar|intentando|seguir|luchar|esforzarme)"
        r"(?= [,.]|$| si| siempre)|\bnada (?:\w+ )?tiene sentido\b|\b(?:mi vida|la vida) no "
        r"tiene sentido\b|\b(?:ya )?no espero nada\b|\b(?:todo )?me da (?:todo )?(?:igual|"
        r"lo mismo)\b|\bsin (?:esperanza|futuro|salida)(?= [,.]|$)|\bme (?:rindo|rendi) (?:con|"
        r"de) (?:todo|la vida)\b|\b(?:quiero|quisiera|me gustaria|ganas de) (?:\w+ )?"
        r"(?:desaparecer|esfumarme|escaparme de todo)\b",
        "nada tiene sentido",
        subject=Subject.ANY,
    ),
    Rule(
        "distress.es_worthless",
        CONCERN,
        DIS,
        r"\bno (?:sirvo|valgo) (?:pa|para) nada\b|\b(?:lo )?(?:arruino|estropeo|cago|destruyo) "
        r"todo\b|\btodo lo (?:arruino|hago mal)\b|\b(?:soy|me siento) (?:\w+ )?(?:una carga|"
        r"un estorbo|un peso|un fracaso|una basura|un desastre|una decepcion|una mierda|un error|"
        r"un asco|patetic[oa])\b|\bme (?:doy|da) asco(?: de mi)?\b|\bme odio\b",
        "soy un fracaso total",
        subject=Subject.ANY,
        requires=r"^(?!.*\b(?:juego|partida|nivel|en el arco)\b)",
    ),
    Rule(
        "distress.es_low_mood",
        CONCERN,
        DIS,
        r"\b(?:llorando|lloro|llore) (?:\w+ ){0,2}?(?:todos los dias|todas las noches|todo el dia|"
        r"sin parar|cada noche|cada dia|todo el tiempo)\b|\bno (?:paro|puedo parar) de llorar\b|"
        r"\bno siento nada\b(?! (?:por|hacia) )|\b(?:estoy|me siento|ando) (?:como )?(?:anestesiad[oa]|"
        r"entumecid[oa]|vaci[oa]|bajonead[oa]|depre|hundid[oa]|destrozad[oa])\b|"
        r"\bno (?:\w+ ){0,3}?(?:levantarme|salir) de la cama\b",
        "llevo semanas llorando todos los dias",
        subject=Subject.ANY,
        negatable=False,
    ),
    Rule(
        "distress.es_anxiety",
        CONCERN,
        DIS,
        r"\b(?:estoy|ando|vivo|me siento) (?:muy |tan |super |re |siempre )?(?:ansios[oa]|angustia"
        r"d[oa]|"
        r"en panico)(?= [,.]|$| todo el tiempo| siempre| todos los dias| por todo)|"
        r"\bataques? de (?:panico|ansiedad)\b|\b(?:tengo|mucha|mi) ansiedad\b|\bno (?:paro|puedo "
        r"parar) de (?:temblar|pensar)\b|\bcorazon (?:\w+ ){0,2}?a mil\b|\balgo (?:horrible|"
        r"terrible|malo) (?:va a|me va a) pasar\b|\b(?:me agobia|me abruma|me desborda|me supera) "
        r"todo\b|\btodo me (?:agobia|abruma|desborda|supera)\b|\bno puedo (?:ni )?salir de casa\b",
        "tengo ataques de panico todos los dias",
        negatable=False,
    ),
    Rule(
        "distress.es_losing_mind",
        CONCERN,
        DIS,
        r"\bme estoy volviendo loc[oa]\b|\b(?:volviendo|vuelvo) loc[oa](?= [,.]|$)|"
        r"\b(?:perdiendo|perdi) la cabeza\b|\bnada (?:se siente|parece|es) real\b|\bme (?:veo|"
        r"viera|vea) desde (?:afuera|fuera)\b|\b(?:escucho|oigo) voces\b|\bdespiert[oa] o "
        r"sonando\b",
        "creo que me estoy volviendo loco",
        subject=Subject.ANY,
        negatable=False,
    ),
    Rule(
        "distress.es_isolation",
        CONCERN,
        DIS,
        r"\bno tengo (?:a )?(?:nadie|amigos|con quien)\b|\b(?:estoy|me siento|vivo|ando) (?:muy |"
        r"tan |re |super )?(?:sol[oa]|solitari[oa])(?= [,.]|$| desde| hace| todo| siempre| en "
        r"el mundo)|\ba nadie le importo\b|\bnadie se (?:preocupa|acuerda) de mi\b|"
        r"\bnadie (?:\w+ )?(?:notaria|se daria cuenta)\b|\b(?:no hablo|sin hablar) con nadie\b",
        "no tengo a nadie",
    ),
    Rule(
        "distress.es_eating",
        CONCERN,
        DIS,
        r"\bno (?:como|comi|he comido) (?:\w+ ){0,4}?(?:a proposito|adrede|hace \w+ dias)\b|"
        r"\bme (?:obligo|hago|fuerzo) (?:a )?vomitar\b|\bvomito (?:despues de|tras) (?:\w+ )?(?:co"
        r"mer|"
        r"comida|comidas)\b|\bvomitar (?:despues de|cada vez que) "
        r"comer?\b|\bodio mi cuerpo\b|\batracones?\b|\bcuento (?:cada|las) calorias?\b|\bme "
        r"castigo sin (?:comer|cenar)\b|\bno quiero comer (?:nada|mas)\b|\bme (?:siento|veo) "
        r"(?:muy |tan )?gord[oa]\b",
        "me obligo a vomitar despues de comer",
        negatable=False,
    ),
    Rule(
        "distress.es_substance",
        CONCERN,
        DIS,
        r"\b(?:emborracharme|drogarme|beber|tomar|fumar|consumir) (?:\w+ ){0,4}?(?:para|pa) "
        r"(?:poder )?(?:dormir|olvidar|no sentir|aguantar|no pensar|calmarme)\b|\b(?:volvi|he "
        r"vuelto|recai) (?:a )?(?:consumir|drogarme|beber|la droga|las drogas|inyectarme|"
        r"la coca)\b|\bcada vez (?:fumo|bebo|tomo|consumo) mas\b|\bno puedo (?:estar|pasar) un "
        r"dia sin\b|\bbebo (?:para|pa) olvidar\b",
        "bebo para olvidar",
        subject=Subject.ANY,
    ),
    Rule(
        "distress.es_sleep",
        CONCERN,
        DIS,
        r"\bno (?:duermo|he dormido|dormi|puedo dormir|pego (?:el )?ojo) (?:\w+ ){0,3}?(?:hace|"
        r"desde|en) (?:\w+ )?(?:dias|semanas|meses|noches)\b|\b(?:llevo|hace) (?:\w+ ){0,2}?"
        r"(?:dias|semanas|noches) (?:que )?sin (?:dormir|pegar (?:el )?ojo)\b|\bsin pegar "
        r"(?:el )?ojo\b|\b(?:me quedo|estoy) (?:despiert[oa]|en vela) (?:\w+ ){0,4}?(?:todas las "
        r"noches|cada noche|toda la noche|hasta las \d+)\b|\binsomnio\b|\bno (?:puedo|consigo|logr"
        r"o) "
        r"dormir (?:por las noches|ninguna noche|nunca|casi nada|desde hace|de noche)\b",
        "no duermo bien hace semanas",
        negatable=False,
    ),
    Rule(
        "distress.es_trauma",
        CONCERN,
        DIS,
        r"\bflash ?backs?\b|\bpesadillas? (?:\w+ ){0,4}?(?:todas las noches|cada noche|todos los "
        r"dias|con el|con ella|del accidente|desde|siempre)\b|\bvuelvo a (?:ese|aquel) "
        r"(?:dia|momento|noche)\b|\bdesde (?:el|la|que) (?:asalto|accidente|violacion|ataque|abuso|"
        r"choque|tiroteo|robo|secuestro)\b",
        "sigo teniendo flashbacks del accidente",
        requires=_NO_LAUGH,
        negatable=False,
    ),
    Rule(
        "distress.es_grief",
        CONCERN,
        DIS,
        r"\b(?:mi|mis) (?:\w+ )?(?:" + _FAMILY_ES + r"|bebe|perro|gato) (?:\w+ )?(?:murio|"
        r"fallecio|se murio|se fue|se mato|se suicido)\b|\b(?:murio|fallecio|se murio|se fue|se "
        r"mato) (?:\w+ ){0,2}?(?:mi|mis) (?:\w+ )?(?:" + _FAMILY_ES + r"|bebe)\b|\bperdi (?:a )?"
        r"(?:mi|mis) (?:mejor )?(?:" + _FAMILY_ES + r"|bebe)\b|\bperdi (?:el|mi) embarazo\b",
        "mi mama murio la semana pasada",
        requires=r"^(?!.*\b(?:hace (?:\w+ )?anos|juego|personaje)\b)",
    ),
    Rule(
        "distress.es_money",
        CONCERN,
        DIS,
        r"\bno (?:puedo|me alcanza para|tengo para|tengo con que) pagar (?:el |la |las |los )?"
        r"(?:alquiler|renta|hipoteca|cuentas|deudas|luz|colegio|comida)\b|\b(?:voy a perder|"
        r"perdi|perder) (?:el|la|mi) (?:piso|casa|depa|departamento|trabajo|laburo|empleo|"
        r"chamba)\b|\b(?:deudas?)(?: \w+){0,3}? (?:aplastando|ahogando|matando|comiendo)\b|"
        r"\bme (?:echaron|despidieron) del? (?:laburo|trabajo|empleo|curro)\b|\b(?:desalojo|"
        r"desahucio|embargo)\b|\bnos (?:va|van) a (?:quitar|sacar|embargar) la casa\b",
        "las deudas me estan aplastando",
        negatable=False,
    ),
    Rule(
        "distress.es_anger",
        CONCERN,
        DIS,
        r"\b(?:pegarle a|golpear|golpee|le pegue a|le di un punetazo a|punetazos? a) (?:la|el) "
        r"(?:pared|puerta|muro)\b|\bno me (?:controlo|puedo controlar)\b|\bde (?:la )?(?:rabia|"
        r"bronca|ira|furia)\b|\b(?:miedo|terror) (?:de )?(?:lo )?(?:que|q) (?:yo )?(?:pueda|"
        r"puedo|vaya a) hacer\b|\bexploto (?:por|x) cualquier cosa\b|\b(?:rabia|bronca|ira) "
        r"(?:\w+ ){0,2}?adentro\b",
        "volvi a pegarle a la pared",
        requires=r"^(?!.*\b(?:para abrir\w*|pa abrir\w*)\b)",
        negatable=False,
    ),
    Rule(
        "distress.es_medical_fear",
        CONCERN,
        DIS,
        r"\b(?:operacion|cirugia|biopsia|quimio\w*|diagnostico|tumor|cancer|bulto|vih|"
        r"resonancia|tomografia|mamografia|resultados del? (?:analisis|estudio|vih|biopsia))\b",
        "me da panico la operacion del viernes",
        requires=r"\b(?:miedo|panico|terror|pavor|aterrad\w*|asustad\w*|nervios\w*|angusti\w*|"
        r"esperar|esperando|matando|no puedo|no me animo|me asusta)\b",
    ),
    Rule(
        "distress.es_family",
        CONCERN,
        DIS,
        r"\b(?:mi culpa|culpa mia)\b(?= (?:\w+ ){0,4}?(?:separ|divorci|pele))|\b(?:separ\w*|"
        r"divorci\w*|pele\w*) (?:\w+ ){0,3}?por (?:mi culpa|culpa mia)\b|\b(?:mi|mis) "
        r"(?:padre|madre|papa|mama|viejo|vieja|padrastro|madrastra|padres|papas|viejos) "
        r"(?:\w+ ){0,2}?(?:me grita|me gritan|me insulta|me insultan|me humilla|me desprecia|"
        r"me odia|me ignora)\b|\b(?:miedo|panico|pavor) (?:de )?(?:volver|ir|llegar) a (?:mi )?"
        r"casa\b|\ben (?:mi )?casa (?:\w+ ){0,3}?(?:peleas|gritos|discusiones)\b|\b(?:mis papas|"
        r"mis padres|mis viejos) (?:\w+ ){0,2}?(?:se separan|se divorcian|no se hablan|se "
        r"pelean)\b",
        "mi papa me grita todo el tiempo",
        requires=_NO_LAUGH,
    ),
    Rule(
        "abuse_or_danger.es_bullying",
        CONCERN,
        ABUSE,
        r"\bme (?:insultan|molestan|pegan|empujan|humillan|acosan|hacen bullying|tratan mal|"
        r"maltratan|amenazan|excluyen|ignoran) (?:\w+ ){0,3}?(?:todos los dias|siempre|cada dia|"
        r"en el cole\w*|en la escuela|en clase|en el recreo|en el trabajo)\b|\b(?:en el cole\w*|"
        r"en la escuela|en clase|en el liceo|en el insti|en el trabajo) (?:\w+ ){0,2}?me "
        r"(?:insultan|molestan|pegan|empujan|humillan|acosan|hacen bullying|tratan mal)\b|"
        r"\b(?:burlarse|reirse|burlarme) de mi\b|\bme (?:acosan|acosa|hostigan)\b|\bse (?:rien|bur"
        r"lan) (?:de mi|cuando paso|"
        r"cuando hablo)\b|\bnadie se sienta conmigo\b|\b(?:bullying|ciberacoso|acoso)\b",
        "en el cole me insultan todos los dias",
    ),
    Rule(
        "suicide.es_other_at_risk",
        CONCERN,
        SUI,
        r"\bse (?:quiere|va a|iba a) (?:matar|suicidar|morir)\b|\bquiere (?:matarse|suicidarse|"
        r"morirse|morir)\b(?! de\b)|\bhabla de (?:matarse|suicidarse|morirse)\b|\bse (?:corta|cort"
        r"an|autolesiona|"
        r"lastima|hace dano|esta cortando|quema)\b|\b(?:ya )?no quiere (?:vivir|seguir viviendo)\b|"
        r"\bintento (?:matarse|suicidarse)\b|\bdespidiendose de todos\b|\ble vi cortes\b",
        "mi amiga dice que se quiere matar",
        requires=r"^(?!.*\b(?:personaje|guardian\w*|caballero|juego|npc|historia del)\b)",
    ),
    # ------------------------------------------------------------ added: blind-set gaps
    Rule(
        "suicide.es_throw_in_front",
        CRISIS,
        SUI,
        r"\bme (?:le |les )?(?:tiro|tire|tirare|largo|aviento|echo|cruzo|mando|voy a tirar|"
        r"voy a largar|pongo) (?:\w+ ){0,2}?(?:adelante|delante|debajo|abajo|enfrente)\b",
        "cuando pase el colectivo me le tiro adelante",
        requires=_NO_LAUGH
        + r".*\b(?:bondi|colectivo|bus|autobus|camion|tren|subte|metro|coche|auto|carro|moto|"
        r"trailer|micro|trafico|omnibus|guagua|camioneta)\b",
    ),
    Rule(
        "suicide.es_lethal_height",
        CRISIS,
        SUI,
        r"\b(?:desde|a partir de) (?:que|cual|cuantos?) (?:piso|altura|planta|metros)\b|"
        r"\b(?:nadie|no se) sobrevive\b|\b(?:caida|salto) (?:\w+ )?(?:es|seria|sera) "
        r"(?:segur[oa]|mortal|fatal|letal)\b",
        "desde que piso una caida es segura",
        requires=r"\b(?:segur[oa]|mortal|fatal|letal|alcanza|basta|sobrevive\w*|morir|muer\w+|"
        r"matarse|caida|desde donde|cual|que piso|mas alt[oa])\b",
    ),
    Rule(
        "suicide.es_thought_out",
        CRISIS,
        SUI,
        r"\b(?:lo|ya lo) (?:tengo|tenia) (?:todo )?(?:pensado|planeado|decidido|calculado|preparado)\b",
        "lo tengo pensado para el viernes , en el puente , ya esta todo",
        requires=_NO_LAUGH
        + r".*(?:\b(?:ya esta todo|esta todo listo|todo listo|no hay vuelta atras|me despido|adios)\b"
        + r"|\b"
        + _STRUCTURE
        + r"\b)",
    ),
    Rule(
        "suicide.es_letters_left",
        CRISIS,
        SUI,
        r"\b(?:escribi|deje|termine) (?:unas? |las |los )?(?:cartas?|notas?) (?:\w+ ){0,3}?(?:pa|para|"
        r"pal|a) (?:mi|mis|la|el|cada|los|las)\b",
        "escribi cartas para mi mama y mi novio , estan en el cajon",
        requires=r"\b(?:cajon|encontr\w+|van a leer|ultim[oa]|adios|despedida|cuando (?:ya )?no "
        r"(?:este|estoy)|perdon|la encuentran|las encuentran|manana|debajo de la almohada)\b",
    ),
    Rule(
        "suicide.es_game_move",
        CONCERN,
        SUI,
        r"\b(?:lo voy a hacer|voy a hacerlo|lo hago|ya lo hago)\b",
        "lo voy a hacer , tiro de la palanca",
        requires=r"\b(?:tiro de|tirar de|abro|abrir|empujo|uso|agarro|bebo|pruebo|activo|giro)"
        r" (?:la|el|los|las) (?:\w+ )?(?:palancas?|cofres?|pocion(?:es)?|puerta|boton|mapa|llave|"
        r"espada|hechizo|trampilla|cadena)\b",
    ),
)

# --------------------------------------------------------------------------------------------
# Round 3: classes missed by blind set 2 (docs/safety.md, "After tuning on blind set 2"),
# written as classes with their look-alikes in tests/safety/dev/round3.jsonl.
# --------------------------------------------------------------------------------------------

_NOT_GAME_ES = (
    r"^(?!.*\b(?:juego|mapa|partida|nivel|mision|trabajo (?:de|para)|tarea|jaja\w*|jsjs\w*|xd)\b)"
)

RULES = (
    *RULES,
    Rule(
        "suicide.es_r3_height_question",
        CRISIS,
        SUI,
        r"\b(?:desde (?:que|cual|cuantos?)|que|cual|cuantos?) (?:piso|pisos|altura|planta|metros)"
        r"\b(?: \S+){0,10}? (?:no (?:sobrevivir|sobrevives|sobrevive|sobrevivo)|morir|matarse|"
        r"matarme|mortal|seguro|segura|suficiente|fatal)\b|\b(?:puente|edificio|torre|acantilado)"
        r" mas alto\b(?: \S+){0,10}? (?:no (?:sobrevivir|sobrevives|sobrevive)|seguro que)\b|"
        r"\b(?:un|el) (?:\w+ )?(?:piso|planta) (?:es )?(?:suficiente|basta|alcanza)\b",
        "desde que piso hay que tirarse para no sobrevivir",
        negatable=False,
        requires=_NOT_GAME_ES,
    ),
    Rule(
        "suicide.es_r3_dose_never_wake",
        CRISIS,
        SUI,
        r"\b(?:cuant[oa]s?|que dosis|que cantidad)\b(?: \S+){0,10}? (?:no (?:despertar|despertarme|"
        r"despertarse|volver a despertar)|nunca (?:mas )?despertar)\b",
        "cuantas pastillas hacen falta para no despertar",
        negatable=False,
        requires=_NOT_GAME_ES,
    ),
    Rule(
        "suicide.es_r3_no_turning_back",
        CRISIS,
        SUI,
        r"\bno hay vuelta atras\b|\bya no me echo (?:para|pa) atras\b|\b(?:ya )?(?:esta|ta) "
        r"decidido\b|\bhoy es el dia(?= [,.]|$)",
        "se acabo , hoy es el dia , ya no me echo para atras",
        negatable=False,
        requires=r"\b(?:termino con todo|terminar con todo|acabo con todo|acabar con todo|se "
        r"acabo|vuelta atras|echo para atras|hoy es el dia)\b"
        + r"(?!.*\b(?:juego|partida|examen|mudanza|viaje)\b)",
    ),
    Rule(
        "suicide.es_r3_chosen_colon",
        CRISIS,
        SUI,
        r"\b(?:ya )?(?:elegi|decidi|escogi) , (?:el |la )?(?:lunes|martes|miercoles|jueves|viernes|"
        r"sabado|domingo|dia \d+|\d+)\b|\bya se (?:exactamente |perfectamente )?como (?:lo voy a "
        r"hacer|voy a hacerlo|hacerlo)(?= [,.]|$| y (?:cuando|donde)\b)|\bno llego a (?:mi )?(?:cumple|cumpleanos|navidad|fin de "
        r"ano|los \d+)\b",
        "ya elegi , el sabado , cuando mis viejos se vayan al pueblo",
        negatable=False,
        requires=_NOT_GAME_ES,
    ),
    Rule(
        "suicide.es_r3_wont_need",
        CRISIS,
        SUI,
        r"\b(?:ya no (?:lo|la|los|las) voy a necesitar|ya no me (?:va a )?(?:sirve|servir)|a mi ya "
        r"no me sirve|no (?:lo|la|los|las) voy a necesitar mas)\b|\bcuando (?:yo )?ya no (?:este|"
        r"exista)\b|\b(?:se quede|quedarse|cuide|cuidar) (?:con )?(?:mi|a mi) (?:perro|perra|gato|"
        r"gata|mascota|perrito|gatito) para siempre\b|\b(?:deje|dejo) todo (?:ordenado|arreglado|"
        r"listo|en orden)\b(?: \S+){0,8}? (?:carta|cuentas|contrasenas|hija|hijo|hijos|familia)\b",
        "le regale mi play a mi primo , total yo ya no la voy a necesitar",
        negatable=False,
    ),
    Rule(
        "suicide.es_r3_means_ready",
        CRISIS,
        SUI,
        r"\b(?:cuerda|soga|cinturon)\b(?: \S+){0,3}? (?:atada|colgada|lista|preparada|amarrada)\b"
        r"|\b(?:conte|contado|alinee|alineadas|alineados) (?:\w+ ){0,4}?(?:pastillas|pildoras|"
        r"cajas|comprimidos|capsulas)\b|\b(?:las|los) conte (?:dos|tres|otra) (?:veces|vez)\b|"
        r"\b(?:guardando|juntando|acumulando|ahorrando) (?:las |mis )?(?:pastillas|pildoras|"
        r"comprimidos|capsulas)\b",
        "tengo la cuerda atada en el armario , la miro cada noche",
        requires=_NOT_GAME_ES + r"(?!.*\b(?:escalar|barco|tienda|campana|mudanza|pastillero|"
        r"semana|receta)\b)",
    ),
    Rule(
        "suicide.es_r3_place_outside_rail",
        CRISIS,
        SUI,
        r"\b(?:del otro lado|al otro lado|por fuera) de (?:la|el) (?:baranda|barandilla|barandal|"
        r"reja|valla|muro|pretil)\b|\b(?:estoy|sentad[oa]|parad[oa]) (?:\w+ )?(?:en|sobre) (?:las "
        r"vias|la via|los rieles|la cornisa|el borde del (?:techo|tejado|balcon|puente|edificio))"
        r"\b|\bagarrad[oa] con una mano\b|\bpiernas (?:afuera|colgando|por fuera)\b",
        "estoy del otro lado de la baranda del puente , agarrado con una mano",
        requires=_NOT_GAME_ES,
    ),
    Rule(
        "suicide.es_r3_unsafe",
        CRISIS,
        SUI,
        r"\bno me fio de mi (?:mism[oa]|misma)?\b|\bno puedo (?:garantizar|prometer|asegurar) que "
        r"(?:voy a estar|este|estare) bien\b|\btengo miedo de (?:mi mism[oa]|lo que (?:me )?(?:pueda"
        r"|puedo|podria|vaya a) hacer)\b|\bque alguien se quede conmigo\b",
        "no me fio de mi mismo esta noche , que alguien se quede conmigo",
        negatable=False,
        requires=r"^(?!.*\b(?:enfadad\w*|enojad\w*|enojo|enfado|rompi|rabia|ira|furia|cueva|juego|examen|pastel|"
        r"tarta|jaja\w*)\b)",
    ),
    Rule(
        "suicide.es_r3_vehicle",
        CRISIS,
        SUI,
        r"\bno (?:voy a frenar|freno|pienso frenar)\b|\bsoltar el volante\b|\bestrellarme\b(?: \S+)"
        r"{0,4}? (?:a fondo|a toda|contra)\b|\b(?:calcule|calculado|se) (?:a )?que hora pasa el "
        r"(?:tren|rapido|ave|mercancias)\b",
        "la proxima vez no freno en la curva",
        requires=_NOT_GAME_ES + r"(?=.*\b(?:curva|puente|muro|arbol|ruta|autopista|proxima vez|"
        r"pienso|tren|ponerme|volante|a fondo|cada vez|claro|clarisimo)\b)",
    ),
    Rule(
        "suicide.es_r3_attempt_interrupted",
        CRISIS,
        SUI,
        r"\b(?:lo intente|intente hacerlo|lo hice|empece)\b(?: \S+){0,8}? (?:entro|me paro|me "
        r"encontro|me detuvo|me freno|lo deje a la mitad|no termine|me interrumpio)\b",
        "anoche lo intente pero mi hermano entro al cuarto y me paro",
        requires=_NOT_GAME_ES,
    ),
    Rule(
        "suicide.es_r3_join_dead",
        CRISIS,
        SUI,
        r"\b(?:quiero|quisiera|lo unico que quiero es|solo quiero) (?:\w+ )?(?:irme con|estar con|"
        r"reunirme con) (?:el|ella|ellos|mi (?:mama|papa|madre|padre|abuela|abuelo|hermano|"
        r"hermana|hijo|hija))\b",
        "desde que se fue mi mama lo unico que quiero es irme con ella",
        requires=r"\b(?:murio|fallecio|se fue|muerte|perdi|cielo|entierro|funeral)\b",
        negatable=False,
    ),
    Rule(
        "harm_to_others.es_r3_threat",
        CRISIS,
        HARM,
        r"\b(?:lo|la|los) (?:dejo|voy a dejar) (?:sangrando|en el suelo|tirado|tirada)\b|\b(?:lo|la)"
        r" (?:apunalo|acuchillo|rajo|mato|pincho)\b|\b(?:llevo|voy a llevar|me llevo) (?:la|el|una|un"
        r") (?:pistola|arma|navaja|cuchillo|revolver|escopeta)\b(?: \S+){0,4}? (?:a la|al|a) "
        r"(?:prepa|escuela|cole|colegio|insti|instituto|clase|uni|universidad|trabajo|curro|"
        r"oficina)\b",
        "esta noche cuando vuelva lo apunalo , ya tengo la navaja",
        requires=r"^(?!.*\b(?:jaja\w*|jsjs\w*|lol|xd|fifa|juego|partida|mario|kart)\b).*"
        + r"\b(?:en serio|manana|esta noche|cuando (?:vuelva|llegue|salga)|ya tengo|navaja|"
        r"cuchillo|pistola|a la salida|van a ver|lo digo)\b",
    ),
    Rule(
        "medical.es_r3_cleaning_product",
        CRISIS,
        MED,
        r"\b(?:se )?(?:tomo|bebio|trago|me tome|bebi|trague)\b(?: \S+){0,5}? (?:lejia|cloro|"
        r"lavandina|amoniaco|limpiador|salfuman|desatascador|aguarras|del (?:frasco|bote|bidon|"
        r"botella) de (?:limpiar|limpieza|lejia|cloro))\b",
        "mi bebe se tomo algo del frasco de limpiar y esta vomitando",
        requires=r"^(?!.*\b(?:bruja|pocion|juego)\b)",
    ),
    Rule(
        "distress.es_r3_concern_misc",
        CONCERN,
        DIS,
        r"\bagobiadisim[oa]\b|\bno puedo con tanto\b|\b(?:bebo|tomo) todas las noches (?:pa|para) "
        r"(?:poder )?dormir\b|\bvomito despues de (?:cada|todas las) "
        r"comidas?\b|\bme (?:operan|van a operar)\b(?: \S+){0,6}? miedo\b|\b(?:quiero|ojala) "
        r"(?:que )?se acabe el dia\b|\bhace semanas que (?:duermo|no duermo)\b|\b(?:guarda|tiene) "
        r"(?:una|un) (?:pistola|escopeta|arma|revolver|rifle) en (?:el|la|su) (?:ropero|armario|"
        r"cajon|cuarto|placard|closet)\b",
        "estoy agobiadisimo , no puedo con tanto",
        negatable=False,
        requires=r"^(?!.*\b(?:taberna|pocion|juego|posada|armeria)\b)",
    ),
    Rule(
        "suicide.es_r3_not_long_front",
        CRISIS,
        SUI,
        r"\bno (?:voy a|vas a|van a) (?:ser|tener que aguantar) (?:un )?(?:problema|carga|estorbo|"
        r"molestia|a mi)\b(?: \S+){0,4}? (?:por mucho (?:mas )?tiempo|mucho mas)\b|\b(?:meterme|"
        r"tirarme|ponerme|cruzarme|lanzarme) (?:delante|enfrente|debajo)\b",
        "ya no voy a ser un problema para nadie por mucho tiempo",
        negatable=False,
        requires=_NOT_GAME_ES + r"(?=.*\b(?:tiempo|camion|tren|coche|auto|bus|colectivo|metro|"
        r"pienso|ganas|cada vez)\b)",
    ),
    Rule(
        "suicide.es_r3_burden_absent",
        CRISIS,
        SUI,
        r"\bsi (?:yo )?no estuviera\b(?: \S+){0,10}? (?:mejor|ahorraria\w*|extranar|tranquil\w*|"
        r"felices|problemas)\b|\bnadie me (?:iba|va|fuera|iria) a extranar\b|\b(?:cual|que) es el "
        r"(?:puente|edificio|acantilado|barranco) mas alto (?:de por aca|de por aqui|por aca|por "
        r"aqui|cerca|de aca|de aqui|de la zona)\b",
        "si yo no estuviera mi familia se ahorraria un monton de problemas",
        negatable=False,
        requires=r"^(?!.*\b(?:juego|trabajo|tarea|foto|fotos|vista|mapa|turismo|excursion|"
        r"jaja\w*)\b)",
    ),
    Rule(
        "suicide.es_r3_ready_do_not_look",
        CRISIS,
        SUI,
        r"\bno me (?:busquen|busques|busqueis)\b(?=.*\b(?:listo|adios|perdon\w*|te quiero|los quiero|"
        r"nota|carta)\b)|\b(?:tengo|esta) todo listo (?:para|pa) esta "
        r"noche\b|\b(?:le )?deje mis cosas a (?:\w+ ){1,3}?con una (?:nota|carta)\b",
        "ya tengo todo listo para esta noche , no me busquen",
        negatable=False,
        requires=r"^(?!.*\b(?:escond\w*|escondite|fiesta|juego|partida|viaje|cena|jaja\w*|"
        r"cumple\w*|sorpresa|maleta)\b)",
    ),
)

BRIDGE: frozenset[str] = frozenset(
    [
        "estoy",
        "estaba",
        "estuve",
        "quisiera",
        "queria",
        "creo",
        "siento",
        "ando",
        "sigo",
        "siempre",
        "tambien",
        "nomas",
        "re",
        "muy",
        "tan",
        "llevo",
        "hace",
        "semanas",
        "meses",
        "dias",
        "ahora",
        "anoche",
        "otra",
        "vez",
        "nuevo",
        "manana",
        "hoy",
        "ayer",
        "luego",
    ]
)
NEGATORS: frozenset[str] = frozenset({"tampoco", "ni"})
CONJUNCTIONS: frozenset[str] = frozenset({"porque", "aunque"})
TOKEN_MAP: dict[str, str] = {
    "q": "que",
    "xq": "porque",
    "pq": "porque",
    "porq": "porque",
    "tmb": "tambien",
    "xfa": "por favor",
    "nadien": "nadie",
    "kiero": "quiero",
    "qiero": "quiero",
}
REAL_MARKERS = (
    r"se que (?:esto )?es (?:solo )?un juego|(?:le )?escribo esto a un juego|de verdad|la verdad es que|"
    r"(?:para |pa )?(?:ser|serte) sincer[oa]|sinceramente|honestamente|en serio|lo digo en serio|no es broma|no estoy bromeando|no es joda|la neta|"
    r"posta|en la vida real|fuera del juego|no es (?:para|por|del|sobre) el juego|hoy|"
    r"ahora mismo|esta semana|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|"
    r"cuchillo|navaja|pistola|revolver|escopeta|pastillas|en (?:mi )?casa|(?:mi|mis) "
    r"(?:ex|jefe|suegr[oa]|vecin[oa]|hij[oa]s?|espos[oa]|marido|mujer|abuel[oa]|prim[oa]|"
    r"amig[oa]s?|mejor amig[oa]|viej[oa]s?|papas|padres|colegio|escuela|cole|trabajo|laburo|"
    r"profe|cuarto|pieza|depa)|colegio|escuela"
)
FICTION_MARKERS = (
    r"capitan|zarpar|juego|partida|personaje|guardian\w*|mision|(?:este|ese|el|otro|proximo|ultimo) nivel|"
    r"dragon|bruja|bandidos?|caballero|mercader|taberna|pocion(?:es)?|espada|cofre|inventario|"
    r"acertijo|puzzle|enigma|castillo|cueva|herrero|lobo|fantasma|jefe final|hechizo|mazmorra|"
    r"calabozo|el guardia|los guardias|tripulacion|la torre|mario kart|del mapa|palancas?|"
    r"piratas?|garrote|cofres?|"
    r"(?:que|q) pasa si (?:le )?(?:digo|escribo|pongo|dijera)|(?:articulo|reportaje|documental|"
    r"noticia|charla) sobre"
)
