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

How it works: the text is normalised once (:func:`normalise_narration`: NFKC, case-folded,
accents stripped, quotes straightened, "don't" -> "do not", ``.!?;:`` to a sentence token `` . ``,
other punctuation to a space) and cut into sentences, each with its set of words. Each rule in
:data:`RULES` is a regex compiled once at import, with the trigger words one of which every match
contains: a rule runs only on the sentences that hold one of its triggers (and the sentence
before each, for patterns that run across a full stop, "do it. jump"), so narration without the
vocabulary costs a set intersection per rule. A word gap is written ``(?:\\w+ ){0,n}``, so that
it never crosses a sentence. Most encouragement rules are lifted by a negator ("not", "never",
"nobody" ...) in the two words before the match ("mind you don't cut yourself", "nobody deserves
to die"); method and violence rules are not. A 1,000-character narration takes about 0.1 ms.

What it does not cover: danger as scenery ("the fall from the cliff would be long", "a fall from
there would kill you"), violence against fictional creatures, grief, despair and hopelessness
voiced by a character ("she cried until she could not breathe"), even a passive wish to die in a
character's mouth ("'I want to die,' she sobs"; killing oneself, "I'll kill myself", is
stopped), eating-disorder talk, slurs and cruelty that stop short of urging harm, and any
language other than English beyond the few Spanish and German phrases. It is a lexicon of
phrasings, not an understanding: a paraphrase outside its vocabulary ("make the pain stop for
good, the bottle is right there") gets through, and a benign sentence that happens to use one of
its phrasings ("go on, jump!" to a child at a harbour wall) is stopped. Stopping costs little
(the fallback narration is shown instead), so where a phrasing is ambiguous the rules lean
towards stopping it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from tta_server.safety.normalisation import fold_letters, join_split_letters
from tta_server.safety.rules import compile_rule

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
    r"him|her|them|(?:your|his|her|their|my|a) (?:\w+ )?" + _RELATIVE + r"s?)"
)
_VIOLENT = (
    r"(?:kill|murder|poison|stab|shoot|strangle|suffocate|hurt|attack|beat up|bomb|maim|"
    r"torture|kidnap|run over)"
)
_VIOLENT_WORDS = "kill murder poison stab shoot strangle suffocate hurt attack beat bomb maim "
_VIOLENT_WORDS += "torture kidnap run"
_NOT_HARM_AFTER = (  # "hurt her feelings", "shoot them a look": not violence
    r"(?! (?:feelings|pride|chances|ears|eyes|business|reputation|hands?|feet|with kindness|"
    r"a (?:look|glance|smile|message|text|line|note|grin))\b)"
)
_FRAME = (  # words that turn what follows into encouragement
    r"(?:should|ought to|must|need to|needs to|have to|has to|had better|would better|better|"
    r"might as well|may as well|go|go on|go and|go on and|go ahead and|just|why not|"
    r"why do not you|you can|you could just|time to)"
)
_NOT_DYING = (  # "the fire must die down", "everyone has to die someday": not an urging
    r"(?! (?:down|away|back|off|some ?day|sometime|eventually|one day|in the end)\b"
    r"| out\b(?! there| here))"
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
        r"suffocated|strangle|strangled|offed|unalive|unalived) "
        + _REFLEXIVE
        + r"\b(?! (?:laughing|with laughter|in (?:work|books|drink|grief|tea|paperwork)))",
        _REFLEXIVE_WORDS,
        negatable=True,
    ),
    Rule(
        "encourage.hurt_self",
        r"\b" + _FRAME + r" (?:and |just |then )?(?:hurt|cut|harm|burn|starve|punish|injure|"
        r"bleed|scratch|bruise|beat|punch) " + _REFLEXIVE + r"\b"
        r"(?! (?:a|an|some|another|the|free|loose|short|out|off|with)\b| on (?!purpose))"
        r"|(?:^|\. )(?:hurt|cut|harm|burn|starve|punish|injure) "
        + _REFLEXIVE
        + r"(?: (?:again|now|tonight|deeper|more|harder|badly|until)\b| \.|$)",
        _REFLEXIVE_WORDS,
        negatable=True,
    ),
    Rule(
        "encourage.should_die",
        r"\b(?:should|ought to|must|need to|needs to|have to|has to|had better|would better|"
        r"might as well|may as well|go|go and|go on and|why not|why do not you|you could just) "
        r"(?:just |all |really |simply |quietly )?(?:die|drop dead|be dead|stop living|"
        r"not exist|not be alive|not wake up|disappear forever|end it all|"
        r"end (?:your|his|her|their) (?:own )?life)\b"
        + _NOT_DYING
        + r"|\bjust (?:go )?die (?:already|now|tonight|then)\b"
        r"|\b(?:want|wants|wanted|wish|wishes|wished|hope|hopes|hoped|time for|be for|is for|"
        r"would love for) (?:you|him|her|them) (?:to |would |will )?(?:just )?(?:die|drop dead|"
        r"be dead|end it all|kill (?:yourself|himself|herself|themselves))\b" + _NOT_DYING,
        "die dead living exist alive wake forever all life kill",
        negatable=True,
    ),
    Rule(
        "encourage.deserve",
        r"\b(?:deserve|deserves|deserved|deserving) (?:to (?:die|suffer|be hurt|hurt|bleed|"
        r"be punished|feel pain|be in pain|rot|be dead|be gone)|(?:the |this |all the |all this "
        r")?(?:pain|death))\b",
        "deserve deserves deserved deserving",
        negatable=True,
    ),
    Rule(
        "encourage.better_off",
        r"\bbetter off (?:dead|without (?:you|him|her)\b|if (?:you|he|she|they) "
        r"(?:were|was|are|had) (?:dead|gone|never))"
        r"|\b(?:world|everyone|everybody|family|people|we|they) (?:\w+ ){0,3}(?:better|happier) "
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
        r"\b(?:end|ends|ended|ending) (?:it all|(?:your|his|her|their|my) (?:own )?life)\b"
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
        r"dead|fatal|lethal|overdose|enough|to end|(?:to )?(?:never|not) wake|sleep forever)\b"
        r"|\benough (?:\w+ ){0,2}" + _DRUGS + r" (?:\w+ ){0,4}to (?:kill|die|end|stop|never|"
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
        r"(?:your|his|her|their|my) (?:own )?neck\b",
        "noose hang ligature neck",
    ),
    Rule(
        "method.cutting",
        r"\b(?:cut|cuts|cutting|slit|slits|slitting|slash|slashes|slashing|slice|slices|slicing|"
        r"gash|gashes|gashing) (?:into |open |across |along |down )?" + _POSS + r"(?:\w+ )?"
        r"(?:wrists?|veins?|arter(?:y|ies)|throat)\b"
        r"|\b(?:open|opens|opened|opening) "
        + _POSS
        + r"(?:\w+ )?(?:wrists?|veins?|arter(?:y|ies))\b"
        r"|\b(?:where|how(?: deep| far| hard)?) (?:\w+ ){0,2}(?:cut|slit|slash|slice|stab) "
        r"(?:\w+ ){0,2}(?:" + _REFLEXIVE + r"|wrists?|veins?|arter(?:y|ies)|arms?|forearms?|"
        r"thighs?|skin)\b"
        r"|\bwhere (?:\w+ ){0,2}(?:cut|slit|slash)\b(?=[^.]{0,80}\b(?:arms?|legs?|thighs?|wrists?|"
        r"skin|sleeves?|scars?)\b)"
        r"|\b(?:razor|razors|blade|blades|knife|scalpel|shard|box cutter|stanley knife) "
        r"(?:\w+ ){0,3}(?:to|across|against|into|along|over|down) "
        + _POSS
        + r"(?:wrists?|forearms?|arms?|thighs?|veins?|throat)\b"
        r"|\b(?:cut|cuts|slit|slits|slash|slashes|slice) (?:\w+ ){0,3}(?:along|down) (?:the|your|"
        r"his|her|their) (?:veins?|arms?|wrists?|forearms?)\b"
        r"|\bself ?harm(?:ing)? (?:methods?|techniques?|tools?|tips?|guide)\b",
        "wrist wrists vein veins artery arteries throat how where arm arms forearm forearms "
        "thigh thighs self selfharm selfharming",
    ),
    Rule(
        "method.jump_height",
        r"\b(?:jump|jumps|jumped|jumping|leap|leaps|leapt|leaping|throw yourself|throws himself|"
        r"throw himself|throw herself|threw (?:yourself|himself|herself|themselves)|fling "
        r"yourself|step off|stepping off|stepped off) (?!back|away|clear|aside)(?:\w+ ){0,5}"
        r"(?:to (?:your|his|her|their|my) (?:own )?deaths?|and die|and end it|to die|to end it|"
        r"(?:would|will|could) (?:kill|end) (?:you|him|her|them|it)|(?:would|will|could) be "
        r"(?:fatal|enough to kill|certain death|instant death))\b"
        r"|\b(?:jump|jumps|jumped|jumping|leap|leaps|leapt|leaping) (?:off|from) (?:\w+ ){0,3}"
        + _HEIGHT
        + r"\b(?=[^.]{0,100}\b"
        + _DEATH
        + r"\b)"
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
        r"|\b(?:hose|pipe|tube) (?:from|to|into|onto|on|over|attached to|taped to|connected to) "
        r"(?:the |a )?(?:car |cars )?(?:exhaust|tailpipe)\b"
        r"|\b(?:exhaust|tailpipe) (?:\w+ ){0,3}(?:hose|tube|into the car|through the window)\b"
        r"|\b(?:engine|car) running in (?:a|the) (?:closed |shut |sealed |locked )?garage\b"
        r"|\b(?:charcoal|barbecue|bbq) (?:\w+ ){0,4}(?:sealed|taped|in (?:the|a) (?:car|tent))\b"
        r"|\b(?:helium|nitrogen|argon) (?:\w+ ){0,4}(?:bag|hood|mask)\b"
        r"|\b(?:suicide|exit) bag\b"
        r"|\bplastic bag (?:over|around|round) (?:your|his|her|their|my) head\b",
        "carbon monoxide hose pipe tube exhaust engine car charcoal barbecue bbq helium nitrogen "
        "argon "
        "suicide exit plastic",
    ),
    Rule(
        "method.poison",
        r"\b(?:drink|drinks|drank|drinking|swallow|swallows|swallowed|swallowing|gulp|gulps|"
        r"gulped) (?:\w+ ){0,2}(?:bleach|antifreeze|weedkiller|weed killer|"
        r"paraquat|rat poison|pesticide|drain cleaner|lye|cyanide|arsenic|strychnine|methanol)\b"
        r"|\b(?:bleach|antifreeze|weedkiller|paraquat|rat poison|pesticide|drain cleaner|"
        r"cyanide|arsenic|strychnine|methanol) (?:\w+ ){0,4}(?:would|will|to|could|is enough "
        r"to|enough to) (?:\w+ ){0,2}(?:kill (?:you|him|her|them|a person|someone|"
        r"yourself|himself|herself|themselves)|end it|be fatal)\b",
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
        r"ones|his|her|their|a) life)\b(?! (?:down|out|away)\b)"
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
        r"\b(?:lie|lies|lay|lying|laid) (?:down )?(?:on|across) (?:the|a) (?:railway|train) "
        r"(?:tracks|track|rails|line|lines)\b"
        r"|\b(?:lie|lying|lay) down on the tracks\b"
        r"|\b(?:step|steps|stepping|stepped|walk|walks|walking|walked|throw yourself|throw "
        r"himself|throw herself|jump|jumping) (?:out )?(?:in front of|under) (?:a|the|an) "
        r"(?:oncoming )?(?:train|bus|lorry|truck|traffic)\b"
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
        r"\bhow (?:to|you (?:can|could|would|should)) (?!not |never )(?:\w+ )?"
        + _VIOLENT
        + r" "
        + _TARGET
        + r"\b"
        + _NOT_HARM_AFTER
        + r"|\b(?:where|how) (?:best )?to (?:stab|hit|cut|shoot|strike|punch) (?:a person|someone|"
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
        r"shoot|poison|strangle|hurt|beat up|attack|punch) (?:all |every )?(?:of )?"
        + _TARGET
        + r"\b"
        + _NOT_HARM_AFTER,
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
    _Compiled(r, compile_rule(r.pattern), frozenset(r.triggers.split())) for r in RULES
)

_NEGATORS = frozenset({"not", "never", "no", "nobody", "noone", "nothing", "neither", "nor"})

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
_NOT = (("can't", "can not"), ("won't", "will not"), ("shan't", "shall not"), ("n't", " not"))
_AUX = re.compile(r"'(re|ll|d|m|ve)\b")
_AUX_MAP = {"re": " are", "ll": " will", "d": " would", "m": " am", "ve": " have"}
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_BYTES = bytes.maketrans(  # sentence marks to ".", other punctuation to " " ("'" is deleted)
    bytes(c for c in range(128) if not chr(c).isalnum()),
    bytes(46 if chr(c) in ".!?;:\n\r" else 32 for c in range(128) if not chr(c).isalnum()),
)
_DOTS = re.compile(r"\.(?: \.)+")


def normalise_narration(text: str) -> str:
    """The form the rules see: words and `` . `` sentence tokens, single spaces, no accents.

    Lower case (case-folded, so ``ß`` -> ``ss``), look-alike letters to ASCII and accents
    stripped (:func:`~tta_server.safety.classifier.fold_letters`), curly quotes straightened,
    "n't" and "'re", "'ll", "'d", "'m", "'ve" expanded ("don't" -> "do not"), other apostrophes
    dropped ("rue's" -> "rues"), ``. ! ? ; :`` and line breaks to `` . ``, every other symbol
    (and any character outside ASCII that is left) to a space.
    """
    text = unicodedata.normalize("NFKC", text).casefold().translate(_QUOTES)
    if not text.isascii():
        text = fold_letters(text).replace("\u00a1", ".").replace("\u00bf", ".")
        text = _NON_ASCII.sub(" ", text)
    text = join_split_letters(text)
    if "'" in text:
        if "n't" in text:
            for short, long in _NOT:
                text = text.replace(short, long)
        text = _AUX.sub(lambda m: _AUX_MAP[m.group(1)], text)
    text = text.encode("ascii").translate(_BYTES, b"'").decode("ascii")
    text = " ".join(text.replace(".", " . ").split())
    return _DOTS.sub(".", text) if ". ." in text else text


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
    before = text[max(0, start - 40) : start].split()
    if "." in before:
        before = before[len(before) - before[::-1].index(".") :]
    return any(word in _NEGATORS for word in before[-2:])


def _scope(sentences: list[str], words: list[frozenset[str]], triggers: frozenset[str]) -> str:
    """The text a rule needs to search: each sentence with a trigger word, and the one before.

    The sentence before is kept because a pattern may run across one sentence token ("do it.
    jump"). Empty when no sentence has a trigger word.
    """
    hits = [i for i, found in enumerate(words) if not found.isdisjoint(triggers)]
    if not hits:
        return ""
    keep = sorted({j for i in hits for j in (i - 1, i) if j >= 0})
    return " . ".join(sentences[j] for j in keep if sentences[j])


def _fires(compiled: _Compiled, text: str) -> bool:
    """A match at the start of a word, not negated (for a negatable rule)."""
    match = compiled.regex.search(text)
    while match is not None:
        begin = match.start()
        at_word_start = begin == 0 or text[begin - 1] == " " or not text[begin].isalnum()
        if at_word_start and not (compiled.rule.negatable and _negated(text, begin)):
            return True
        match = compiled.regex.search(text, begin + 1)
    return False


def screen_narration(text: str) -> OutputVerdict:
    """Screen one narration; the first rule (table order) that fires stops it. Never raises.

    Should the screen itself fail (a bug), the verdict is not ok with rule ``error:internal``:
    the narrator then shows its fallback text rather than unscreened text.
    """
    try:
        sentences = [s.strip() for s in normalise_narration(text).split(".")]
        words = [frozenset(s.split()) for s in sentences]
        every_word = frozenset().union(*words)
        for compiled in _COMPILED:
            present = compiled.triggers & every_word
            if not present:
                continue
            scope = _scope(sentences, words, present)
            if scope and _fires(compiled, scope):
                return OutputVerdict(False, compiled.rule.id)
        return SAFE
    except Exception:  # the screen must never take a turn down
        return OutputVerdict(False, "error:internal")
