"""The classes blind set 12 showed rated none, in all six languages (round 13, issue 12).

Written from the taxonomy (docs/safety.md) and the classes blind set 12's scorer named, never
from a blind message (their texts stay unread):

* **drugs from work for oneself** (``sui.means``): a nurse taking the ward's morphine or insulin
  home for herself, thinking of using it on herself (the twin of ``lookalikes.at_work``, which
  leaves the ward's drugs counted at handover alone);
* **abuse of an old person by family** (``abuse.danger_now``): "my son shoves me", "mi hija me
  encierra"; and **abuse minimised**: "he only hits me when i deserve it", "it's just a slap,
  he doesn't mean it";
* **a vehicle as a weapon** (``harm.intent``): "i'll run him over", "drive into her";
* **preparations with no word of finality** (``sui.preparatory``): a video or cards recorded
  for a child "for when she's older" or for every birthday; passwords handed on with a pet or
  thanks;
* **questions of trains that do not slow, of a floor high enough** (``sui.method``);
* **a plan given as a day and a place** (``sui.plan``): "sunday, the old quarry";
* **a train in German** ("ich spring vor die bahn") and **an attempt told in the past in
  Spanish** ("me tire del puente hace un ano").

Look-alikes beside each (``tests/safety/test_round13.py``): a daughter pushing a wheelchair, a
journal for a baby, a commuter's stopping trains, a day at the lake with the kids. Rule ids
carry ``_r13_``. The names this module defines are described in ``tta_server.safety.lang``.
"""

from __future__ import annotations

from tta_server.safety.lang.r12_classes import _ORDINARY, _WHEN
from tta_server.safety.lexicon import ABUSE, CONCERN, CRISIS, HARM, SUI, Rule, Subject

_DRUGS = (
    r"(?:morphine|morfina|morphin|oxycodone|oxy|fentanyl|fentanilo|fentanil|insulin|insulina|"
    r"insuline|midazolam|diazepam|opioids?|opiates|controlled drugs|vials|ampoules|ampules|"
    r"ampollas|ampolas|fiale|ampullen|propofol|potassium|potasio|potassio|kalium|btm|"
    r"stupefiants|stupefacenti|meds|pills|tablets|pastillas|comprimidos|comprimes|pastiglie|"
    r"compresse|tabletten)"
)

_WARD = (
    Rule(
        "suicide.r13_ward_drugs_mine",
        CRISIS,
        SUI,
        # "took the morphine from the ward home for myself", "thinking about using the wards
        # insulin on myself", "levei morfina do plantao pra casa pra mim"
        r"\b(?:took|take|taking|taken|bring|brought|bringing|pocket\w*|stole|steal\w*|kept|"
        r"keeping|saving|saved|hid|hiding|hoard\w*|stash\w*|skim\w*|using|use|inject\w*|"
        r"levei|levo|levar|trouxe|guardei|guardando|escondi|peguei|usar|me lleve|me llevo|"
        r"llevarme|guarde|guardando|cogi|jai pris|ramene|garde|cache|mis de cote|utiliser|"
        r"ho preso|portato|porto|messo da parte|nascosto|usare|mitgenommen|mitnehmen|"
        r"eingesteckt|gebunkert|versteckt|beiseite|genommen|nehmen)\b(?: \S+){0,6}? "
        + _DRUGS
        + r"\b|\b"
        + _DRUGS
        + r"\b(?: \S+){0,6}? (?:mitgenommen|eingesteckt|gebunkert|versteckt|genommen|beiseite "
        r"gelegt)\b",
        "i took the morphine from the ward home for myself",
        requires=r"\b(?:for myself|on myself|for me|myself with|take (?:them|it) home|home for|"
        r"pra mim|para mim|em mim|para mi|conmigo|pour moi|sur moi|per me|su di me|fur mich|"
        r"an mir|mich selbst)\b",
    ),
)

_FAMILY = (
    r"(?:my (?:son|daughter|grandson|granddaughter|son in law|daughter in law|nephew|niece|"
    r"carer|caregiver|kids|children|boy|girl)|mi (?:hijo|hija|nieto|nieta|yerno|nuera|"
    r"cuidador|cuidadora)|mis hijos|meu (?:filho|neto|genro|cuidador)|minha (?:filha|neta|nora|"
    r"cuidadora)|mon (?:fils|petit fils|gendre)|ma (?:fille|petite fille|belle fille)|mes "
    r"enfants|mio (?:figlio|nipote|genero)|mia (?:figlia|nipote|nuora|badante)|mein (?:sohn|"
    r"enkel|schwiegersohn)|meine (?:tochter|enkelin|schwiegertochter|pflegerin|kinder))"
)

_ABUSE = (
    Rule(
        "abuse_or_danger.r13_family_hurts_elder",
        CRISIS,
        ABUSE,
        # "my son shoves me", "mi hija me encierra", "mein sohn schubst mich"
        _FAMILY + r"\b(?: \S+){0,5}? (?:pushes me|pushed me|shoves me|shoved me|grabs me|"
        r"grabbed me|slaps me|slapped me|pinches me|pinched me|locks me|locked me|hits me|hit "
        r"me|kicks me|drags me|dragged me|shakes me|twists my arm|bruised me|throws things at me|"
        r"will not let me eat|wont let me eat|does not feed me|me empuja|me empujo|me pega|me "
        r"golpea|me encierra|me encerro|me zarandea|me empurra|me empurrou|me bate|me bateu|me "
        r"tranca|me sacode|me pousse|me bouscule|me frappe|me tape|menferme|me secoue|mi "
        r"spinge|mi strattona|mi picchia|mi chiude|mi schiaffeggia|mi scuote|schubst mich|"
        r"stosst mich|schlagt mich|sperrt mich ein|packt mich|schuttelt mich)\b",
        "my son shoves me when i ask about my pension",
        requires=r"^(?!.*\b(?:wheelchair|chair|round the|around the|swing|pram|stroller|buggy|silla de ruedas|cadeira de "
        r"rodas|fauteuil|sedia a rotelle|rollstuhl|schaukel|columpio|balanco|balancoire|"
        r"altalena|game|juego|jogo|jeu|gioco|spiel|tickle|pillow)\b)",
    ),
    Rule(
        "abuse_or_danger.r13_family_takes_pension",
        CONCERN,
        ABUSE,
        _FAMILY + r"\b(?: \S+){0,3}? (?:takes|took|keeps|kept) (?:all )?my (?:pension|money|"
        r"cards|bank card|savings)\b",
        "my grandson takes my pension every month",
    ),
    Rule(
        "abuse_or_danger.r13_minimised",
        CRISIS,
        ABUSE,
        # "he only hits me when i deserve it", "it is just a slap, he does not mean it"
        r"\b(?:hits|hit|slaps|slapped|chokes|choked|strangles|strangled|punches|punched|kicks|"
        r"kicked|shoves|shoved|pushes|pushed|beats|beat|smacks|smacked) me\b|\b(?:just|only) "
        r"(?:a )?(?:slap|slaps|shove|shoves|push|smack|smacks|punch|bruise|bruises)\b|\bme "
        r"(?:pega|golpea|empuja|bate|empurra|frappe|pousse)\b|\bmi (?:picchia|spinge|"
        r"schiaffeggia)\b|\b(?:schlagt|schubst|wurgt) mich\b",
        "he only hits me when i deserve it",
        subject=Subject.ANY,
        requires=r"\b(?:only when|deserve|deserved|not that bad|not abuse|is normal|that is "
        r"normal|normal right|my fault|does not mean it|did not mean it|a little|no big deal|"
        r"he loves me|she loves me|only (?:once|twice)|not really abuse|me lo merezco|no es para "
        r"tanto|es normal|no es maltrato|no lo hace a proposito|eu mereco|nao e tao grave|e "
        r"normal|nao e abuso|je le merite|cest pas si grave|cest normal|pas de la violence|me lo "
        r"merito|non e cosi grave|e normale|non e violenza|ich verdiene es|nicht so schlimm|ist "
        r"normal|keine gewalt|meint es nicht so)\b",
        negatable=False,
    ),
)

_VEHICLE = (
    Rule(
        "harm_to_others.r13_vehicle_weapon",
        CRISIS,
        HARM,
        # "i will run him over", "drive into her on the crossing", "ihn uberfahren"
        r"\b(?:run (?:him|her|them|my \w+|that \w+) over(?! to\b| there| for)|run over (?:him|her|them|my \w+)|"
        r"drive (?:my car |the car |the van |the truck |straight )?into (?:him|her|them|my "
        r"(?:ex|boss|husband|wife|stepdad|dad)|his car|her car|the crowd|people)|ram (?:him|"
        r"her|them|his car|her car)|mow (?:him|her|them) down|hit (?:him|her|them) with (?:my|"
        r"the) (?:car|truck|van)|atropellarlo|atropellarla|atropellar a (?:mi|ese|esa)|"
        r"atropela lo|atropela la|atropelar (?:ele|ela|o meu|a minha)|lecraser avec (?:ma|la) "
        r"voiture|lui foncer dessus|foncer sur (?:lui|elle)|investirlo|investirla|metterlo "
        r"sotto con la macchina|(?:ihn|sie) (?:uberfahren|umfahren|uber den haufen fahren))"
        r"(?!\w)",
        "i will run him over when he leaves work",
        subject=Subject.FIRST,
        on_negation=CONCERN,
    ),
)

_PREPARED = (
    Rule(
        "suicide.r13_for_when_older",
        CRISIS,
        SUI,
        # "recorded a video for my daughter for when she is older", "cards for every birthday"
        r"\b(?:recorded|recording|record|made|making|filmed|filming|wrote|writing|written|left|"
        r"leaving)\b(?: \S+){0,3}? (?:a )?(?:video|videos|message|messages|letter|letters|card|"
        r"cards|voice notes?|recordings?)\b(?: \S+){0,5}? (?:for when (?:she|he|they) (?:is|are|"
        r"gets|get|grows up|grow up) ?(?:older|grown|grown up|bigger|18|eighteen|21|an adult)?|"
        r"to (?:open|watch|read) (?:when|on) (?:she|he|they|her|his|their) (?:is|are|turns?|"
        r"gets?|\d+|eighteenth|18th|21st|wedding|graduation)|for (?:every|each) (?:birthday|"
        r"one of (?:her|his|their) birthdays)|for (?:her|his|their) (?:wedding day|18th|"
        r"eighteenth|future birthdays))",
        "recorded a video for my daughter for when she is older",
        requires=r"^(?!.*\b(?:journal|scrapbook|time capsule|baby book|first (?:steps|year|"
        r"words|birthday)|photo album|school project|homework|wedding video)\b)",
    ),
    Rule(
        "suicide.r13_passwords_handed_on",
        CRISIS,
        SUI,
        r"\b(?:gave|given|giving|left|handed|leaving|sent|wrote down)\b(?: \S+){0,5}? "
        r"(?:passwords?|pins?|logins?|pin numbers?)\b",
        "gave my sister my passwords and my cat, thanked her for everything",
        requires=r"\b(?:cat|dog|pet|cats|dogs|rabbit|hamster|thank\w*|grateful|for everything)\b",
    ),
)

_METHOD = (
    Rule(
        "suicide.r13_trains_not_slowing",
        CRISIS,
        SUI,
        r"\b(?:which|what) (?:trains?|express\w*|freight trains?)\b(?: \S+){0,6}? (?:do not|"
        r"does not|never|dont) slow\b|\btrains?\b(?: \S+){0,4}? (?:at full speed|without "
        r"slowing|do not slow|does not slow)\b|\b(?:que|quais|quels|quali|welche) (?:trenes|"
        r"trens|trains|treni|zuge)\b(?: \S+){0,5}? (?:no frenan|nao freiam|nao diminuem|ne "
        r"ralentissent pas|non rallentano|bremsen nicht|a toda velocidad|a toda velocidade|a "
        r"pleine vitesse|a tutta velocita|mit voller geschwindigkeit)\b",
        "which trains do not slow down at the station",
    ),
    Rule(
        "suicide.r13_floor_enough",
        CRISIS,
        SUI,
        r"\b(?:which|what|is the \w+|how high a) floor\b(?: \S+){0,5}? (?:high enough(?! to "
        r"(?:see|get|have|avoid|catch|reach|look))|enough to (?:die|not survive|kill)|to jump "
        r"from|would kill|to not survive|is fatal)\b",
        "is the 8th floor high enough",
    ),
)

_PLACE = (
    r"(?:quarry|bridge|tracks|railway|cliff|cliffs|roof|rooftop|river|pier|car park|"
    r"multi storey|woods|forest|garage|motorway|overpass|dam|viaduct|canal|harbour|cantera|"
    r"puente|vias|acantilado|azotea|rio|presa|pedreira|ponte|trilhos|falesia|telhado|barragem|"
    r"carriere|pont|voies|falaise|toit|riviere|barrage|cava|binari|scogliera|tetto|fiume|diga|"
    r"steinbruch|brucke|gleise|klippe|dach|fluss|staudamm)"
)

#: A day as a time, without dates ("the 14th" has no word for the prefilter to key on).
_DAY = _WHEN.replace(
    r"the (?:\d{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|last day of the month)|", ""
)
assert _DAY != _WHEN

_PLAN = (
    Rule(
        "suicide.r13_day_and_place",
        CRISIS,
        SUI,
        # "sunday , the old quarry", "friday at the bridge by the mill", "el domingo , la cantera":
        # the place is the pattern (the prefilter's word), the whole short message the day and it
        r"\b" + _PLACE + r"\b",
        "sunday , the old quarry",
        requires=_ORDINARY
        + r"(?!.*\b(?:meet|meeting|see you|with|bring|picnic|walk|swim|swimming|fishing|bbq|"
        r"run|ride|hike|trip|visit|market|concert|kids|friends|con|com|avec|mit|treffen|"
        r"quedamos|nos vemos|a gente se ve|on se voit|ci vediamo)\b)"
        r"^(?:(?:el|o|le|il|am|on) )?"
        + _DAY
        + r"(?: ,| \.)?(?: \S+){0,3}? "
        + _PLACE
        + r"(?: \S+){0,4}$",
        negatable=False,
    ),
)

_TRAIN_DE = (
    Rule(
        "suicide.r13_de_vor_den_zug",
        CRISIS,
        SUI,
        r"\b(?:spring|springe|werf mich|werfe mich|schmeiss mich|schmeisse mich|leg mich|lege "
        r"mich|stell mich|stelle mich|geh|gehe)\b(?: \S+){0,3}? vor (?:den|die|einen|eine|das) "
        r"(?:zug|bahn|s bahn|u bahn|ubahn|sbahn|ice|lkw|laster|bus|tram|strassenbahn|"
        r"regionalzug|gaterzug|guterzug)\b",
        "ich spring vor die bahn",
        subject=Subject.FIRST,
    ),
)

_ATTEMPT_ES = (
    Rule(
        "suicide.r13_es_attempt_past",
        CRISIS,
        SUI,
        r"\b(?:me tire (?:del|de la|de un|desde el|desde la|desde un|por la) (?:puente|edificio|balcon|tejado|"
        r"azotea|piso|ventana|tren|metro|acantilado)|me lance (?:al|del|desde el) (?:tren|metro|"
        r"puente|vacio|rio)|me colgue|intente (?:colgarme|ahorcarme|tirarme|envenenarme|"
        r"cortarme las venas)|me corte las venas|me tome (?:(?:un bote|una caja|un frasco|"
        r"todo el blister) de |todas las )(?:pastillas|pildoras|comprimidos|calmantes|somniferos|"
        r"antidepresivos|ansioliticos|paracetamol|ibuprofeno))\b",
        "me tire del puente hace un ano y sobrevivi",
        subject=Subject.FIRST,
    ),
)

RULES: tuple[Rule, ...] = (
    *_WARD,
    *_ABUSE,
    *_VEHICLE,
    *_PREPARED,
    *_METHOD,
    *_PLAN,
    *_TRAIN_DE,
    *_ATTEMPT_ES,
)
