"""Preparations and farewells (``sui.preparatory``) in Spanish, Portuguese, French, Italian and
German, added in round 6 from ``tests/safety/dev/round6.jsonl``: forms the language modules and
``r4_suicide`` missed there ("pronto dejaré de ser una carga", "non sarò un problema per nessuno
ancora per molto", a pet left "for ever", accounts deleted with a mail timed for later, a
farewell asking others to look after one's mother, things put in order "so that nobody has to
search afterwards"). Each is a construction of finality, not a sentence; the look-alikes of the
same file (a goodbye at the end of a session, old clothes given away, a trip whose day is
chosen, a letter to the lighthouse keeper) stay ``none``.

The names this module defines, and how they are merged into the screen, are described in
``tta_server.safety.lang``. Rule ids carry ``_r6_``.
"""

from __future__ import annotations

from tta_server.safety.lexicon import CONCERN, CRISIS, SUI, Rule

#: Game and joke words: a rule with this in ``requires`` does not fire in a game sentence.
_NOT_GAME = (
    r"^(?!.*\b(?:game|level|quest|mision|missao|missione|quete|jeu|juego|jogo|gioco|spiel\w*|"
    r"partida|partie|partita|runde|lol|haha\w*|jaja\w*|kkk\w*|mdr|xd|faro|farol|phare|"
    r"leuchtturm\w*|guardian|faroleiro|gardien|guardiano|wärter|warter|waerter)\b)"
)

#: "a burden / a problem (for anyone)": the noun of being one.
_BURDEN = (
    r"(?:una? |um |un |une |eine? )?(?:carga|problema|molestia|estorbo|peso|fardo|poids|"
    r"probleme|fardeau|last|belastung|problem)"
)

RULES: tuple[Rule, ...] = (
    Rule(
        "suicide.r6_burden_soon_over",
        CRISIS,
        SUI,
        # soon no longer a burden / not a problem for anyone much longer
        r"\b(?:pronto|ya casi|dentro de poco|logo|em breve|bientot|presto|bald) (?:\w+ ){0,3}?"
        r"(?:dejare|dejo|voy a dejar|deixo|vou deixar|deixarei|serai plus|ne serai plus|"
        r"saro piu|non saro piu|bin ich (?:\w+ ){0,2}?(?:nicht mehr|niemanden mehr|keine?)) "
        r"(?:\w+ ){0,2}?(?:de ser )?" + _BURDEN + r"\b|"
        r"\b(?:no voy a ser|nao vou ser|je (?:ne )?serai plus|non saro|ich werd\w* nicht mehr "
        r"lange) " + _BURDEN + r" (?:\w+ ){0,3}?(?:mucho tiempo mas|por muito (?:mais )?tempo|"
        r"tres longtemps|longtemps|ancora per molto|per molto|sein)\b",
        "pronto dejare de ser una carga",
        on_negation=CONCERN,
        requires=_NOT_GAME,
    ),
    Rule(
        "suicide.r6_pet_for_ever",
        CRISIS,
        SUI,
        # a pet left with someone "for ever"
        r"\b(?:gato|gata|perro|perra|cachorro|cachorra|chat|chatte|chien|chienne|gatto|gatta|"
        r"cane|katze|kater|hund|hamster) (?:\w+ ){0,8}?(?:para siempre|pra sempre|para sempre|"
        r"pour toujours|per sempre|für immer|fur immer|fuer immer)\b",
        "deje a mi gato con la vecina para siempre",
        on_negation=CONCERN,
        requires=_NOT_GAME
        + r"(?=.*\b(?:deje|deixei|laisse|lasciato|gebracht|gegeben|abgegeben|dejado|deixado|"
        r"confie|affidato|ueberlassen|überlassen|uberlassen|behalten|quedar|ficar|garder|tenerlo|"
        r"tenerla|cuidar|cuidara)\b)",
    ),
    Rule(
        "suicide.r6_accounts_and_timed_mail",
        CRISIS,
        SUI,
        # accounts deleted and a message timed for later, in one message
        r"\b(?:borre|apague|apaguei|supprime|cancellato|eliminato|geloscht|gelöscht|geloescht) "
        r"(?:\w+ ){0,2}?(?:redes|cuentas|perfiles|contas|perfis|comptes|profils|profili|account|"
        r"accounts|konten|profile)\b|"
        r"\b(?:account|accounts|konten|profile|profil) (?:\w+ ){0,2}?(?:geloscht|gelöscht|"
        r"geloescht)\b",
        "borre mis redes y programe un correo para el domingo",
        on_negation=CONCERN,
        requires=r"(?=.*\b(?:programad[oa]|programe|agendei|agendad[oa]|agendou|programme|"
        r"programmato|programmata|geplant|zeitversand|zeitgesteuert\w*|terminiert\w*)\b)"
        r"(?=.*\b(?:correo|email|e mail|mail|mensaje|mensagem|message|messaggio|nachricht)\b)",
    ),
    Rule(
        "suicide.r6_farewell_care_for",
        CRISIS,
        SUI,
        # a goodbye to everyone that asks others to look after one's own people
        r"\b(?:adios|tchau|adeus|adieu|addio|lebt wohl|macht es gut|machts gut) (?:[\w,.]+ ){0,8}?"
        r"(?:cuiden|cuidad|cuidem|prenez soin|prendetevi cura|kummert euch|kuemmert euch|"
        r"kümmert euch) (?:\w+ ){0,2}?(?:mi|mis|minha|meu|meus|ma|mon|mes|mia|mio|miei|meine?n?)"
        r" (?:mama|madre|mae|padre|pai|mere|pere|madre|mutter|vater|hijos|filhos|enfants|figli|"
        r"kinder|gata|gato|perro|chat|gatto|cane|katze|hund|familia|famille|famiglia|familie|"
        r"hermana|hermano|irma|irmao|soeur|frere|sorella|fratello|schwester|bruder)\b",
        "adios a todos. cuiden a mi mama",
        on_negation=CONCERN,
        requires=_NOT_GAME,
    ),
    Rule(
        "suicide.r6_de_order_for_after",
        CRISIS,
        SUI,
        # things put in order so that nobody has to search afterwards (the other four languages
        # are covered by their modules)
        r"\bdamit (?:hinterher|danach|nachher|später|spater|spaeter) (?:\w+ )?(?:keiner|niemand) "
        r"(?:\w+ ){0,2}?(?:suchen|kümmern|kummern|kuemmern)\b",
        "hab alles geordnet, damit hinterher keiner suchen muss",
        on_negation=CONCERN,
        requires=_NOT_GAME,
    ),
    Rule(
        "suicide.r6_de_where_i_go",
        CRISIS,
        SUI,
        # given away: "where I'm going I won't need it"
        r"\bwo ich (?:jetzt |bald )?hin ?(?:geh|gehe|gehen|komm|komme)\w* (?:\w+ ){0,2}?"
        r"brauch\w* (?:\w+ ){0,2}?(?:nicht|nichts|nix|kein\w*)\b",
        "wo ich hingeh brauch ich das nicht",
        on_negation=CONCERN,
        requires=_NOT_GAME,
    ),
)
