"""Screen for the narrator's output: no encouragement of harm, no method detail, no violence how-to.

The player-input screen (:mod:`tta_server.safety.classifier`) asks "is this *person* at risk?"
and so reads "so sad I can't breathe" as a crisis. That is the wrong question for narration:
authored fiction may show a character's grief, a storm, a long drop from a cliff or a knife for
the bread. :func:`screen_narration` asks instead whether a piece of narration does one of the
things narration must never do:

* **encourage harm** (rule ids ``encourage.*``), to the reader or to anyone: "you should kill
  yourself", "you deserve to die", "nobody would miss you", "go hurt yourself", "end it all
  tonight", "just do it, jump", and stating that someone killed or hanged themselves (the
  worlds never do; a model must not invent it). Spanish and German have a few core phrases;
* give **method or means detail** for suicide or self-harm (``method.*``): doses and pill
  counts, nooses and hanging, where or how to cut, jumping from a height *as a way to die*,
  car exhaust, charcoal, gas and bags, household poisons, guns to the head, "painless ways",
  train tracks and pockets full of stones;
* give **instructions for violence** against real people (``violence.*``): "how to poison
  someone", "where to stab a person", making a bomb, bringing a weapon to school, and telling
  someone to kill or hurt a person.

How it works: the text is normalised once (NFKC, case-folded, accents stripped, quotes
straightened, contractions expanded: "don't" -> "do not"; ``.!?;:`` become a sentence token
`` . `` and other punctuation a space), its words are collected into a set, and each rule in
:data:`RULES` runs only when one of its trigger words is present, so that narration with none
of the vocabulary costs a set intersection per rule. Each rule is a regex compiled once at
import; a word gap is written ``(?:\\w+ ){0,n}`` so that it never crosses a sentence. A few
encouragement rules can be negated by "not", "never", "nobody" ... in the two words before the
match ("mind you don't cut yourself", "nobody deserves to die"). A 1,000-character narration
takes a few tens of microseconds.

What it does not cover: danger as scenery ("the fall from the cliff would be long", "a fall from
there would kill you"), violence against fictional creatures, grief, despair and hopelessness
voiced by a character ("she cried until she could not breathe"), eating-disorder talk, slurs
and cruelty that stop short of urging harm, and any language other than English beyond the few
Spanish and German phrases. It is a lexicon of phrasings, not an understanding: a paraphrase
outside its vocabulary ("make the pain stop for good, the bottle is right there") gets through,
and a benign sentence that happens to use one of its phrasings ("go on, jump!" to a child at a
harbour wall) is stopped. Stopping costs little (the fallback narration is shown instead), so
where a phrasing is ambiguous the rules lean towards stopping it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# --------------------------------------------------------------------------------------------
# Vocabulary shared by the rules (all in normalised form: lower case, no accents, no apostrophes)
# --------------------------------------------------------------------------------------------

_REFLEXIVE = (
    r"(?:yourself|yourselves|your self|urself|himself|herself|themselves|themself|oneself|"
    r"myself|ourselves)"
)
_REFLEXIVE_WORDS = (
    "yourself yourselves self urself himself herself themselves themself oneself myself ourselves"
)
_POSS = r"(?:your|his|her|their|my|our|the|a) (?:own )?"
_PERSON = r"(?:you|him|her|them)"
_DRUGS = (
    r"(?:pills?|tablets?|capsules?|paracetamol|acetaminophen|tylenol|ibuprofen|aspirin|"
    r"sleeping pills|painkillers?|antidepressants?|insulin|opioids?|opiates?|oxycodone|"
    r"fentanyl|heroin|morphine|codeine|benzos?|benzodiazepines?|diazepam|valium|xanax|lithium|"
    r"meds|medications?|medicines?|tramadol|amitriptyline|sedatives?|barbiturates?)"
)
_DRUG_WORDS = (
    "pill pills tablet tablets capsule capsules paracetamol acetaminophen tylenol ibuprofen "
    "aspirin painkiller painkillers antidepressant antidepressants insulin opioid opioids opiate "
    "opiates oxycodone fentanyl heroin morphine codeine benzo benzos benzodiazepine "
    "benzodiazepines diazepam valium xanax lithium meds medication medications medicine "
    "medicines tramadol amitriptyline sedative sedatives barbiturate barbiturates"
)
_HEIGHT = (
    r"(?:bridge|roof|rooftop|cliff|cliffs|clifftop|building|tower|balcony|window|ledge|edge|"
    r"parapet|car park|overpass|lighthouse|gallery|railing|platform|floor|storey|headland|"
    r"height|heights|top)"
)
_DEATH = (
    r"(?:die|dies|died|dying|dead|death|deaths|kill|kills|killed|suicide|end it|end it all|"
    r"end (?:your|his|her|their|my) life|never (?:come|came) back|not survive)"
)
_RELATIVE = (
    r"(?:mum|mom|mother|dad|father|parents?|wife|husband|partner|boyfriend|girlfriend|brother|"
    r"sister|family|boss|teacher|classmates?|neighbou?rs?|friends?|child|children|kids|baby|ex|"
    r"coworkers?|colleagues?|son|daughter)"
)
_TARGET = (
    r"(?:someone|somebody|anyone|anybody|everyone|people|a person|a human|a child|children|kids|"
    r"him|her|them|(?:your|his|her|their|my|a) (?:\w+ )?" + _RELATIVE + r")"
)
_VIOLENT = (
    r"(?:kill|murder|poison|stab|shoot|strangle|choke|suffocate|drown|hurt|attack|beat up|bomb|"
    r"maim|torture|kidnap|run over)"
)
_VIOLENT_WORDS = "kill murder poison stab shoot strangle choke suffocate drown hurt attack beat "
_VIOLENT_WORDS += "bomb maim torture kidnap run"
_FRAME = (  # words that turn what follows into encouragement
    r"(?:should|ought to|must|need to|needs to|have to|has to|had better|better|"
    r"might as well|may as well|go|go and|go on and|go ahead and|just|why not|why do not you|"
    r"you can|you could just|time to)"
)

# --------------------------------------------------------------------------------------------
# The rule table
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """One rule: an id, a regex over normalised text, and the words one of which it needs.

    ``triggers`` must hold at least one word that every match contains (whole words of the
    normalised text): the rule is skipped when none is present. ``negatable`` rules are skipped
    for a match with a negator in the two words before it.
    """

    id: str
    pattern: str
    triggers: str
    negatable: bool = False


RULES: tuple[Rule, ...] = (
    # -- encouragement of harm ------------------------------------------------------------------
    Rule(
        "encourage.kill_self",
        r"\b(?:kill|kills|killed|killing|hang|hangs|hanged|hanging|hung|shoot|shoots|shot|"
        r"shooting|poison|poisons|poisoned|poisoning|drown|drowns|drowned|drowning|suffocate|"
        r"suffocated|strangle|strangled|off|offed|unalive|unalived|end|ended) "
        + _REFLEXIVE
        + r"\b(?! (?:laughing|with laughter|in (?:work|books|drink|grief|tea|paperwork)))",
        _REFLEXIVE_WORDS,
        negatable=True,
    ),
    Rule(
        "encourage.hurt_self",
        r"\b" + _FRAME + r" (?:and |just |then )?(?:hurt|cut|harm|burn|starve|punish|injure|"
        r"bleed|scratch|bruise|beat|punch) " + _REFLEXIVE + r"\b"
        r"(?! (?:a|an|some|another|the|free|loose|short|out|off|on|with)\b)"
        r"|(?:^|\. )(?:hurt|cut|harm|burn|starve|punish|injure) "
        + _REFLEXIVE
        + r"(?: (?:again|now|tonight|deeper|more|harder|badly|until)\b| \.|$)",
        _REFLEXIVE_WORDS,
        negatable=True,
    ),
    Rule(
        "encourage.should_die",
        r"\b" + _FRAME + r" (?:just |all |really |simply |quietly )?(?:die|drop dead|be dead|"
        r"stop living|not exist|not be alive|not wake up|disappear forever|end it all|"
        r"end (?:your|his|her|their) (?:own )?life)\b(?! (?:down|out|away|back|off)\b)",
        "die dead living exist alive wake forever all life",
        negatable=True,
    ),
    Rule(
        "encourage.deserve",
        r"\b(?:deserve|deserves|deserved|deserving) (?:to (?:die|suffer|be hurt|hurt|bleed|"
        r"be punished|feel pain|be in pain|rot|be dead|be gone)|(?:the |this |all the |all this "
        r")?(?:pain|death)|what is coming)\b",
        "deserve deserves deserved deserving",
        negatable=True,
    ),
    Rule(
        "encourage.better_off",
        r"\bbetter off (?:dead|without " + _PERSON + r"\b|if " + r"(?:you|he|she|they) "
        r"(?:were|was|are|had) (?:dead|gone|never))"
        r"|\b(?:world|everyone|everybody|family|people|we|they) (?:\w+ ){0,2}(?:better|happier) "
        r"(?:\w+ )?without (?:you|him|her|them) (?:in it|around|alive|here)\b",
        "better happier",
    ),
    Rule(
        "encourage.nobody_cares",
        r"\b(?:nobody|no one|noone|no body|not a soul|not one person) (?:\w+ ){0,2}"
        r"(?:would|will|could|is going to|would even|will even|would really|does|did) "
        r"(?:even |really |ever )?(?:miss " + _PERSON + r"|mourn " + _PERSON + r"|"
        r"(?:care|notice) (?:if|when) (?:you|he|she|they) (?:died|die|dies|were gone|was gone|"
        r"were dead|was dead|disappeared|never came back|lived or died|killed)|"
        r"(?:come to|cry at) (?:your|his|her|their) funeral)\b",
        "nobody no noone not",
    ),
    Rule(
        "encourage.end_it",
        r"\b(?:end|ends|ended|ending) (?:it all|(?:your|his|her|their|my) (?:own )?life|"
        r"(?:it|everything) (?:tonight|now|today|forever|for good|once and for all))\b"
        r"|\b(?:take|takes|took|taking|taken) (?:your|his|her|their|my) own life\b",
        "end ends ended ending take takes took taking taken",
        negatable=True,
    ),
    Rule(
        "encourage.jump",
        r"\b(?:just do it|do it|go on|go ahead|come on|you should|you could just|why not|just) "
        r"(?:\. )?(?:and |just |then )?(?:jump|leap|step off|throw yourself)\b"
        r"(?! (?:over|across|up|aboard|in|into|onto|on|clear|to it|at|for|the (?:gap|stream|"
        r"puddle|fence|ditch|rope|queue))\b)",
        "jump leap step throw",
        negatable=True,
    ),
    Rule(
        "encourage.es_de",
        r"\b(?:matate|suicidate|mataos|deberias (?:morir|matarte|suicidarte|desaparecer)|"
        r"merece[sn]? morir|nadie te (?:extranaria|extranara|echaria de menos|echara de menos)|"
        r"(?:el mundo|todos) (?:estaria|estarian) mejor sin ti|"
        r"bring dich um|bringt euch um|du solltest (?:dich umbringen|sterben|tot sein)|"
        r"du verdienst (?:es )?zu sterben|niemand (?:wurde|wird) dich vermissen|"
        r"spring doch|spring einfach|(?:die welt|alle) (?:ware|waren) besser (?:dran )?ohne dich)"
        r"\b",
        "matate suicidate mataos deberias merece mereces merecen nadie mejor bring bringt "
        "solltest verdienst niemand spring ohne",
    ),
    # -- method and means -----------------------------------------------------------------------
    Rule(
        "method.dose",
        r"\b(?:lethal|fatal|deadly|killing|toxic|overdose) (?:dose|doses|dosage|amount|amounts|"
        r"quantity|level)\b"
        r"|\boverdos(?:e|es|ed|ing) (?:on|with)\b"
        r"|\bhow (?:many|much) (?:\w+ ){0,3}" + _DRUGS + r" (?:\w+ ){0,5}(?:kill|killed|die|"
        r"dead|fatal|lethal|overdose|enough|to end)\b"
        r"|\benough (?:\w+ ){0,2}" + _DRUGS + r" (?:\w+ ){0,2}to (?:kill|die|end|stop|never|"
        r"overdose|not wake|sleep forever)\b"
        r"|\b(?:\d+|dozens?|a dozen|twenty|thirty|forty|fifty|a hundred|a handful|handfuls|"
        r"a bottle|the whole bottle|a whole bottle|a packet|the whole packet|a box|all) (?:of )?"
        r"(?:your |his |her |their |the |those |these )?" + _DRUGS + r" (?:\w+ ){0,4}"
        r"(?:would|will|should|could|is enough|are enough|to) (?:\w+ ){0,2}(?:kill|do it|end|"
        r"be enough|be fatal|stop (?:your|his|her|their) heart)\b"
        r"|\b(?:swallow|swallowed|swallowing|swallows|take|took|taking|takes|down|downed|"
        r"downing) (?:all|every one|the whole (?:bottle|packet|box)|a (?:whole )?(?:bottle|"
        r"packet|box|handful)) (?:of )?(?:your |his |her |their |the |those )?" + _DRUGS + r"\b",
        "lethal fatal deadly killing toxic overdose overdoses overdosed overdosing how enough "
        + _DRUG_WORDS,
    ),
    Rule(
        "method.hanging",
        r"\b(?:tie|ties|tied|tying|make|makes|made|making|knot|knotted|fashion|fashioned|loop|"
        r"looped) (?:\w+ ){0,3}noose"
        r"|\bnoose (?:\w+ ){0,4}(?:neck|beam|rafter|rafters|ceiling|banister|hook|door|tree|"
        r"branch|stool)\b"
        r"|\b(?:neck|beam|rafter|rafters|banister) (?:\w+ ){0,4}noose"
        r"|\bhow to hang (?:yourself|oneself|a person|someone|himself|herself|themselves)\b"
        r"|\b(?:rope|cord|belt|cable|ligature|wire|flex) (?:\w+ ){0,3}(?:around|round) "
        r"(?:your|his|her|their|my) (?:own )?neck\b"
        r"|\bligature\b",
        "noose hang ligature neck",
    ),
    Rule(
        "method.cutting",
        r"\b(?:cut|cuts|cutting|slit|slits|slitting|slash|slashes|slashing|slice|slices|slicing|"
        r"open|opens|opening|gash|gashes|gashing) (?:into |open |across |along |down )?" + _POSS
        + r"(?:\w+ )?(?:wrists?|veins?|arter(?:y|ies)|throat)\b"
        r"|\b(?:where|how) (?:\w+ ){0,2}(?:cut|slit|slash|slice|stab) (?:\w+ ){0,2}(?:yourself|"
        r"himself|herself|themselves|oneself|wrists?|veins?|arter(?:y|ies)|arms?|forearms?|"
        r"thighs?|skin|deep|deeper|across|along|vertically|lengthwise)\b"
        r"|\bhow deep (?:\w+ ){0,2}(?:cut|slit|slash|go)\b"
        r"|\b(?:razor|razors|blade|blades|knife|scalpel|shard|box cutter|stanley knife) "
        r"(?:\w+ ){0,3}(?:to|across|against|into|along|over|down) " + _POSS
        + r"(?:wrists?|forearms?|arms?|thighs?|veins?|throat)\b"
        r"|\b(?:vertical|vertically|lengthwise|along the (?:vein|veins|arm|wrist)|down the "
        r"(?:arm|wrist|vein)) (?:\w+ ){0,3}(?:cut|cuts|slit|slash)\b"
        r"|\b(?:cut|cuts|slit|slash|slashes) (?:\w+ ){0,3}(?:vertically|lengthwise|along the "
        r"(?:vein|veins|arm|wrist)|down the (?:arm|wrist|vein))\b"
        r"|\bself ?harm(?:ing)? (?:methods?|techniques?|tools?|tips?|guide)\b",
        "wrist wrists vein veins artery arteries throat how where deep vertical vertically "
        "lengthwise self selfharm selfharming",
    ),
    Rule(
        "method.jump_height",
        r"\b(?:jump|jumps|jumped|jumping|leap|leaps|leapt|leaping|throw yourself|throws himself|"
        r"throw himself|throw herself|threw (?:yourself|himself|herself|themselves)|fling "
        r"yourself|step off|stepping off|stepped off) (?:\w+ ){0,6}(?:to (?:your|his|her|their|"
        r"my) (?:own )?deaths?|and die|and end it|to die|to end it|(?:would|will|could) "
        r"(?:kill|end) (?:you|him|her|them|it)|(?:would|will|could) be (?:fatal|enough|instant|"
        r"quick|certain death))\b"
        r"|\b(?:jump|jumps|jumped|jumping|leap|leaps|leapt|leaping) (?:off|from) (?:\w+ ){0,3}"
        + _HEIGHT + r"\b(?=[^.]{0,100}\b" + _DEATH + r"\b)"
        r"|\b(?:high|tall|far) enough (?:\w+ ){0,2}to (?:kill|die|be fatal|end it|do it)\b"
        r"|\bhow (?:high|far|many (?:floors|storeys|stories|metres|meters|feet)) (?:\w+ ){0,5}"
        r"(?:to die|to kill|kill (?:you|him|her|them|a person|someone)|be fatal|is fatal)\b",
        "jump jumps jumped jumping leap leaps leapt leaping throw throws threw fling step "
        "stepping stepped enough how",
    ),
    Rule(
        "method.gas",
        r"\bcarbon monoxide\b(?=[^.]{0,120}\b(?:kill|kills|die|dying|death|dead|lethal|fatal|"
        r"painless|sleep forever|never wake)\b)"
        r"|\b(?:kill|kills|die|dying|death|lethal|fatal|painless) (?:[^.]{0,120})carbon monoxide"
        r"|\b(?:hose|pipe|tube) (?:\w+ ){0,4}(?:exhaust|tailpipe)\b"
        r"|\bexhaust (?:\w+ ){0,4}(?:hose|into the car|garage)\b"
        r"|\b(?:engine|car) running in (?:a|the) (?:closed |shut |sealed |locked )?garage\b"
        r"|\b(?:charcoal|barbecue|bbq) (?:\w+ ){0,4}(?:sealed|closed|tent|in the car|bathroom|"
        r"taped)\b"
        r"|\b(?:helium|nitrogen|argon) (?:\w+ ){0,4}(?:bag|hood|mask)\b"
        r"|\b(?:suicide|exit) bag\b"
        r"|\bplastic bag (?:over|around|round) (?:your|his|her|their|my) head\b",
        "carbon hose pipe tube exhaust engine car charcoal barbecue bbq helium nitrogen argon "
        "suicide exit plastic",
    ),
    Rule(
        "method.poison",
        r"\b(?:drink|drinks|drank|drinking|swallow|swallows|swallowed|swallowing|gulp|gulps|"
        r"gulped|down|downs|downed) (?:\w+ ){0,2}(?:bleach|antifreeze|weedkiller|weed killer|"
        r"paraquat|rat poison|pesticide|drain cleaner|lye|cyanide|arsenic|strychnine|methanol)\b"
        r"|\b(?:bleach|antifreeze|weedkiller|paraquat|rat poison|pesticide|drain cleaner|"
        r"cyanide|arsenic|strychnine|methanol) (?:\w+ ){0,4}(?:would|will|to|could|is enough "
        r"to|enough to) (?:\w+ ){0,2}(?:kill|end|be fatal|do it)\b",
        "bleach antifreeze weedkiller weed paraquat rat pesticide drain lye cyanide arsenic "
        "strychnine methanol",
    ),
    Rule(
        "method.firearm",
        r"\b(?:gun|pistol|revolver|rifle|shotgun|barrel|muzzle) (?:\w+ ){0,3}(?:to|in|into|"
        r"against|under) (?:your|his|her|their|my) (?:own )?(?:head|mouth|temple|chin)\b",
        "gun pistol revolver rifle shotgun barrel muzzle",
    ),
    Rule(
        "method.howto",
        r"\bhow (?:to|you (?:can|could|would|should|might)|(?:one|someone|a person) (?:can|"
        r"could|would|might)) (?:\w+ ){0,2}(?:kill|hang|cut|hurt|harm|poison|drown|starve|"
        r"suffocate|shoot|strangle|overdose|end) " + _REFLEXIVE + r"\b"
        r"|\b(?:how to|ways? to|the best way to|the easiest way to|the quickest way to|"
        r"a painless way to|methods? (?:of|for|to)) (?:\w+ ){0,2}(?:die|commit suicide|"
        r"suicide|kill (?:yourself|oneself|myself|himself|herself|themselves)|end (?:your|my|"
        r"ones|his|her|their|a) life)\b"
        r"|\bpainless(?:ly)? (?:way|ways|death|method|methods|exit|suicide)\b"
        r"|\b(?:die|kill yourself|kill himself|kill herself) painlessly\b"
        r"|\bsuicide (?:methods?|techniques?|instructions|guide|kit)\b"
        r"|\b(?:dosis (?:letal|mortal)|cortarse las venas|cortate las venas|como (?:suicidarse|"
        r"matarse|ahorcarse|cortarse)|tirate (?:del|de la|desde el|desde la|por la) (?:puente|"
        r"edificio|ventana|azotea|acantilado)|todliche dosis|letale dosis|pulsadern "
        r"(?:aufschneiden|aufschlitzen)|wie man sich (?:umbringt|erhangt|totet)|schneid dir die "
        r"pulsadern|erhang dich|spring (?:von|vom) (?:der|dem|einer|einem)? ?(?:brucke|dach|"
        r"hochhaus|klippe))\b",
        "how ways way methods method painless painlessly suicide dosis cortarse cortate como "
        "tirate todliche letale pulsadern wie schneid erhang spring",
    ),
    Rule(
        "method.other",
        r"\b(?:lie|lies|lay|lying|laid) (?:down )?(?:on|across) (?:the|a) (?:railway |train )?"
        r"(?:tracks|track|rails|line)\b"
        r"|\b(?:step|steps|stepping|stepped|walk|walks|walking|walked|throw yourself|throw "
        r"himself|throw herself|jump|jumping) (?:out )?(?:in front of|under) (?:a|the|an) "
        r"(?:oncoming )?(?:train|bus|lorry|truck|car|traffic)\b"
        r"|\b(?:fill|fills|filled|filling) (?:your|his|her|their|my) pockets with (?:stones|"
        r"rocks)\b"
        r"|\bwalk (?:\w+ ){0,2}into the (?:sea|river|lake|water) (?:\w+ ){0,3}(?:never|not) "
        r"(?:come|coming) back\b"
        r"|\b(?:drive|drives|drove|driving) (?:\w+ ){0,2}(?:car |van )?(?:off|into) (?:a|the) "
        r"(?:cliff|wall|tree|river|bridge) (?:\w+ ){0,3}(?:on purpose|to die|to end it)\b",
        "lie lies lay lying laid step steps stepping stepped walk walks walking walked throw jump "
        "jumping fill fills filled filling drive drives drove driving",
    ),
    # -- violence against real people ----------------------------------------------------------
    Rule(
        "violence.howto",
        r"\bhow (?:to|you (?:can|could|would|should)) (?:\w+ )?" + _VIOLENT + r" " + _TARGET
        + r"\b"
        r"|\b(?:where|how) (?:best )?to (?:stab|hit|cut|shoot|strike|punch) (?:a person|someone|"
        r"somebody|him|her|them|people)\b"
        r"|\baim for (?:his|her|their|a persons|the persons) (?:throat|neck|heart|artery|eyes|"
        r"temple|carotid|kidneys)\b"
        r"|\b(?:make|makes|making|build|builds|building|assemble|assembling) (?:a |an )?"
        r"(?:pipe bomb|bomb|explosive|explosives|ied|molotov|molotov cocktail)\b"
        r"|\b(?:bring|brings|bringing|take|takes|taking|carry|carrying|sneak|sneaking) (?:a|the|"
        r"your|his|her|their) (?:gun|knife|weapon|rifle|pistol) (?:to|into) (?:school|class|"
        r"work|the office|church|the school)\b"
        r"|\bshoot (?:up )?(?:the|a|your|his|her|their) (?:school|office|church|class|mall|"
        r"workplace|mosque|synagogue)\b",
        "how where aim make makes making build builds building assemble assembling bring brings "
        "bringing take takes taking carry carrying sneak sneaking shoot",
    ),
    Rule(
        "violence.encourage",
        r"\b(?:you should|go|just|go ahead and|go and|you need to|you have to|you must|why not|"
        r"you ought to|they should|he should|she should) (?:just |and )?(?:kill|murder|stab|"
        r"shoot|poison|strangle|hurt|beat up|attack|punch) (?:all |every )?(?:of )?" + _TARGET
        + r"\b",
        _VIOLENT_WORDS + " stab punch",
        negatable=True,
    ),
)


@dataclass(frozen=True)
class _Compiled:
    rule: Rule
    regex: re.Pattern[str]
    triggers: frozenset[str]


_COMPILED: tuple[_Compiled, ...] = tuple(
    _Compiled(r, re.compile(r.pattern), frozenset(r.triggers.split())) for r in RULES
)

_NEGATORS = frozenset("not never no nobody noone nothing nowhere neither nor".split())

# --------------------------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------------------------

_QUOTES = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u02bc": "'", "\u2032": "'",
        "\u00b4": "'", "`": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"',
        "\u00bb": '"',
    }
)  # fmt: skip
_NOT = re.compile(r"\b(?:can't|won't|shan't|ain't)|n't\b")
_NOT_MAP = {"can't": "can not", "won't": "will not", "shan't": "shall not", "ain't": "am not"}
_AUX = re.compile(r"(?<=[a-z])'(re|ll|d|m|ve)\b")
_AUX_MAP = {"re": " are", "ll": " will", "d": " would", "m": " am", "ve": " have"}
_SELF_HARM = re.compile(r"\bself-harm")
_SENTENCE = re.compile(r"[.!?;:\u2026\u00a1\u00bf\n\r]+")
_OTHER = re.compile(r"[^a-z0-9.]+")


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalise_narration(text: str) -> str:
    """The form the rules see: words and `` . `` sentence tokens, single spaces, no accents."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_QUOTES)
    if not text.isascii():
        text = _strip_accents(text)
    text = _NOT.sub(lambda m: _NOT_MAP.get(m.group(0), " not"), text)
    text = _AUX.sub(lambda m: _AUX_MAP[m.group(1)], text)
    text = _SELF_HARM.sub("self harm", text)
    text = _SENTENCE.sub(" . ", text)
    return " ".join(_OTHER.sub(" ", text).split())


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OutputVerdict:
    """Whether a narration may be shown; ``rule`` is the id of the rule that stopped it."""

    ok: bool
    rule: str | None


SAFE = OutputVerdict(True, None)


def _negated(text: str, start: int) -> bool:
    """A negator in the two words before ``start`` (within the same sentence)."""
    before = text[max(0, start - 40) : start].split()[-2:]
    return any(word in _NEGATORS for word in before)


def _fires(compiled: _Compiled, text: str) -> bool:
    for match in compiled.regex.finditer(text):
        if not (compiled.rule.negatable and _negated(text, match.start())):
            return True
    return False


def screen_narration(text: str) -> OutputVerdict:
    """Screen one narration; the first rule (table order) that fires stops it. Never raises.

    Should the screen itself fail (a bug), the verdict is not ok with rule ``error:internal``:
    the narrator then shows its fallback text rather than unscreened text.
    """
    try:
        normal = normalise_narration(text)
        words = set(normal.split())
        for compiled in _COMPILED:
            if not compiled.triggers.isdisjoint(words) and _fires(compiled, normal):
                return OutputVerdict(False, compiled.rule.id)
        return SAFE
    except Exception:  # the screen must never take a turn down
        return OutputVerdict(False, "error:internal")
