"""Crises said plainly that fell short of crisis, in all six languages (round 21b, issue 12).

Written from the classes' descriptions (docs/safety.md, "Round 21b"), never from a blind
message. The rules are for what was said flatly, as people type:

* **drinking a garden or farm chemical** (``sui.plan``): the weedkiller, the vine spray, the
  herbicide drunk or to be drunk ("j'ai bu le produit pour la vigne", "ich trink das
  unkrautvernichtungsmittel");
* **unclipping at height to fall** (``sui.plan``): a harness, a lanyard or a karabiner
  unclipped on a facade, a scaffold or a roof, with a fall or a jump in the sentence ("me
  desengancho el arnés y me dejo caer", "klink mich aus und spring");
* **up to a roof to jump** (``sui.plan``): a roof (the hospital's after a shift, the
  building's) and a jump of the speaker's own ("subo a la azotea y me tiro", "aufs dach und
  springe");
* **giving everything away as a farewell** (``sui.preparatory``): all one's things given away
  with a goodbye, not needing them any more, or being gone soon ("doei tudo, é a minha
  despedida", "verschenke alles, brauch es nicht mehr"); never a move abroad or a child's
  outgrown clothes (``lookalikes.ordinary``).

Look-alikes beside each (``tests/safety/test_round21.py``, ``dev/round21.jsonl``): a climbing
rope that held a fall, baby things outgrown, the weedkiller sprayed, a roof mended. Rule ids
carry ``r21_``. The names this module defines are described in ``tta_server.safety.lang``.
"""

from __future__ import annotations

from tta_server.safety.lexicon import CRISIS, SUI, Rule

#: A garden or farm chemical, in six languages (normalised: no accents).
_CHEMICAL = (
    r"(?:weedkiller|weed killer|vine spray|garden spray|crop spray|pesticide|herbicide|roundup|"
    r"paraquat|glyphosate|insecticide|rat poison|slug pellets|antifreeze|"
    r"herbicida|matayerbas|mata yerbas|pesticida|glifosato|insecticida|veneno (?:de|para) "
    r"(?:fumigar|la vina|las vinas|ratas|el campo|la huerta|la horta|rato)|"
    r"veneno da horta|veneno do campo|mata mato|agrotoxico|inseticida|"
    r"desherbant|produit (?:de traitement|pour la vigne|phyto\w*)|mort aux rats|"
    r"bouillie bordelaise|diserbante|verderame|insetticida|antiparassitario|topicida|"
    r"unkrautvernicht\w*|spritzmittel|pflanzengift|pflanzenschutzmittel|pestizid|rattengift|"
    r"glyphosat)"
)
#: Drinking, in six languages: what the speaker drank or will drink.
_DRINK = (
    r"(?:drink|drank|drinking|swallow\w*|gulp\w*|down|beber(?:me)?|bebi|bebo|tomar(?:me)?|"
    r"tome|tomei|tomo|beberei|boire|bu|bois|avaler|avale|bere|bevo|bevuto|bevut[oa]|"
    r"mi bevo|ingoi\w*|trink\w*|schluck\w*)"
)

_DRINK_POISON = Rule(
    "suicide.r21_drink_garden_chemical",
    CRISIS,
    SUI,
    # "i'm going to drink the weedkiller", "me tome el veneno de fumigar", "vou beber o veneno
    # da horta", "je vais boire le desherbant", "bevo il diserbante", "ich trink das
    # unkrautvernichtungsmittel"; German's verb last: "das spritzmittel getrunken"
    r"\b" + _DRINK + r"\b(?: \S+){0,5}? " + _CHEMICAL + r"\b|"
    r"\b" + _CHEMICAL + r"\b(?: \S+){0,5}? (?:getrunken|geschluckt|trinken|schlucken)\b",
    "i am going to drink the weedkiller in the shed",
)

#: Unclipping: a harness, a lanyard, a karabiner undone.
_UNCLIP = (
    r"(?:unclip\w*|unhook\w*|undo\w*|take off|taking off|desenganch\w*|soltar(?:me)?|"
    r"me voy a soltar|quitarme|desengat\w*|tirar o|soltar o|desprend\w*|decroch\w*|"
    r"detach\w*|defaire|enlever|degraf\w*|sgancio|sganci\w*|stacc\w*|tolgo|togliere|"
    r"hake \w+ (?:\w+ )?aus|aushaken|ausklinken|klink\w* (?:\w+ )?aus|abmachen|losmachen)"
)
_HARNESS = (
    r"(?:harness|lanyard|karabiner|carabiner|clip|arnes|mosqueton|cabo de vida|linea de vida|"
    r"cinto de seguranca|talabarte|mosquetao|harnais|longe|mousqueton|imbrago|imbracatura|"
    r"moschettone|cordino|gurt|karabiner|sicherung|mich)"
)
#: A fall or a jump of the speaker's own, after unclipping.
_LET_FALL = (
    r"\b(?:fall|drop|jump|let myself|let go|go over|dejarme caer|me dejo caer|tirarme|me tiro|"
    r"saltar|me deixar cair|pular|me jogar|me laisser tomber|sauter|me jeter|tomber|"
    r"lascio cadere|lasciarmi cadere|mi butto|buttarmi|saltare|fallen|spring\w*|lass mich "
    r"fallen|runter)\b"
)

_UNCLIP_TO_FALL = Rule(
    "suicide.r21_unclip_to_fall",
    CRISIS,
    SUI,
    r"\b" + _UNCLIP + r"\b(?: \S+){0,3}? " + _HARNESS + r"\b|"
    r"\bklink\w* (?:ich )?mich aus\b",
    "on the facade tomorrow i am going to unclip my harness and let myself fall",
    requires=_LET_FALL,
)

#: A roof, in six languages (the hospital's, the building's).
_ROOF = (
    r"(?:roof|rooftop|azotea|tejado|terraco|telhado|laje|toit|toits|tetto|terrazza|lastrico|"
    r"dach|hausdach|krankenhausdach|klinikdach|flachdach)"
)
#: A jump of the speaker's own: to jump, going to jump, "me tiro", "je saute", "spring".
_MY_JUMP = (
    r"(?:(?:to|going to|will|gonna|and) jump|(?:a |voy a |y )?(?:tirarme|saltar)|me tiro|"
    r"(?:vou |e |pra )?(?:pular|me jogar)|(?:pour |vais |et )sauter|je saute|me jeter|"
    r"mi butto|buttarmi|(?:voglio |per )saltare|(?:und )?spring(?:e)?|runterspringen)"
)

_ROOF_TO_JUMP = Rule(
    "suicide.r21_roof_to_jump",
    CRISIS,
    SUI,
    # "going up to the hospital roof to jump", "subo a la azotea y me tiro", "monte sur le toit
    # pour sauter", "salgo sul tetto e mi butto", "aufs dach und springe"
    r"\b" + _ROOF + r"\b(?: \S+){0,8}? " + _MY_JUMP + r"\b",
    "after my shift i am going up to the hospital roof to jump",
    # never a jump into a pool, onto a trampoline or into snow, nor parkour
    requires=r"^(?!.*\b(?:pool|piscina|piscine|schwimmbad|trampoline|trampolin|cama elastica|"
    r"trampolim|parkour|snow|neige|nieve|neve|schnee)\b)",
)

#: All of one's things given away.
_GIVE_ALL = (
    r"(?:giv\w* (?:\w+ )?(?:everything|all my (?:stuff|things)) away|gave (?:all )?my "
    r"(?:stuff|things)|gave (?:\w+ )?everything|regal\w* (?:todas )?mis cosas|le di todo|"
    r"regal\w* todo|dando (?:todas )?(?:as )?minhas coisas|doei tudo|dei tudo|"
    r"dei (?:as )?minhas coisas|dando tudo|doando tudo|donn\w* (?:toutes )?mes affaires|"
    r"(?:ai|j ai|jai) tout donne|donne tout|regal\w* (?:tutta )?la mia roba|"
    r"regal\w* (?:tutte )?le mie cose|dato via tutto|verschenk\w* alles|alles verschenkt|"
    r"geb\w* alles weg|alles weggegeben|meine (?:ganzen )?sachen (?:verschenkt|weg)|"
    r"verschenk\w* (?:meine )?(?:ganzen )?sachen|geb\w* meine (?:ganzen )?sachen weg)"
)
#: The farewell sense: a goodbye, not needing them, gone soon or for good.
_FAREWELL = (
    r"\b(?:goodbye|my goodbye|won t need|will not need|where i am going|despedida|"
    r"no (?:las|los|lo|la) voy a necesitar|ya no (?:las|los) necesit\w*|nao vou (?:mais )?"
    r"precisar|nao vou (?:mais )?estar|vou embora pra sempre|pra sempre|para sempre|adieu|"
    r"n en aurai plus besoin|plus besoin|addio|non mi serv\w* piu|abschied|"
    r"brauch\w* (?:es |sie |das |ich )?(?:nicht|nichts|nix) mehr|nicht mehr gebraucht|"
    r"wo ich hingeh\w*|bald bin ich nicht mehr|fur immer)\b"
)

_GIVE_ALL_AWAY = Rule(
    "suicide.r21_give_all_away_farewell",
    CRISIS,
    SUI,
    r"\b" + _GIVE_ALL + r"\b",
    "giving everything away this week, i will not need any of it where i am going",
    # never a move: "giving everything away before the move, goodbye london"
    requires=r"^(?!.*\b(?:moving|move abroad|mudanza|mudanca|demenag\w*|trasloc\w*|umzug|"
    r"umziehen)\b).*" + _FAREWELL,
)

RULES: tuple[Rule, ...] = (_DRINK_POISON, _UNCLIP_TO_FALL, _ROOF_TO_JUMP, _GIVE_ALL_AWAY)
