"""Safety rules and words for English beyond the base table in lexicon.py.

The cells the base table missed: means made ready, dangerous places, plans, preparations,
attempts, not being safe, vehicles, overdoses told by their effects, and the concern cells.

The names this module defines, and how they are merged into the screen, are described in
``tta_server.safety.lang``.

How the rules here are built
----------------------------
Most crisis rules need two signals: a means *and* readiness (``_READY``), a dangerous place *and*
a sign of distress or of "now" (``_PLACE_SIGNAL``), a plan word *and* a time, place or method.
Where the second signal often sits in the next sentence ("I'm at the cliffs. I don't want to go
back"), the pattern looks ahead over a bounded window of tokens (``_AHEAD``), which may cross
sentence tokens; ``requires`` only sees the sentence of the match. Game words lower a rule one
step (``fiction``); everyday look-alikes are kept out by the patterns themselves (a jump that
lands somewhere, a rope tied to climb, pills sorted into an organiser).
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


def _ahead(words: str, n: int = 15) -> str:
    """A lookahead: one of ``words`` within the next ``n`` tokens (may cross sentences)."""
    return r"(?=(?: \S+){0," + str(n) + r"}? (?:" + words + r")\b)"


def _then(words: str, n: int = 15) -> str:
    """As ``_ahead``, but the words are part of the match (for rules with no other branch)."""
    return r"(?: \S+){0," + str(n) + r"}? (?:" + words + r")\b"


#: Medicines and drugs by class and by common name.
_DRUGS = (
    r"(?:pills|pill|tablets|tablet|meds|medication|medicine|medicines|painkillers|paracetamol|"
    r"tylenol|ibuprofen|aspirin|sleeping pills|sleeping tablets|antidepressants|xanax|insulin|"
    r"capsules|zopiclone|sertraline|amitriptyline|citalopram|fluoxetine|prozac|diazepam|valium|"
    r"codeine|co codamol|cocodamol|tramadol|oxy|oxycodone|oxycontin|morphine|fentanyl|lithium|"
    r"digoxin|quetiapine|seroquel|olanzapine|propranolol|benzos|opioids|prescriptions|sleepers|"
    r"heroin|methadone|lorazepam|temazepam|pregabalin|gabapentin|mirtazapine|warfarin|"
    r"metformin|adderall|ritalin)"
)
#: Household poisons.
_POISONS = (
    r"(?:bleach|antifreeze|rat poison|weedkiller|weed killer|pesticide|drain cleaner|detergent|"
    r"dishwasher tablets?|washing (?:liquid|tablets?|pods?)|laundry pods?|paraquat|slug pellets|"
    r"paint thinner|white spirit|lighter fluid|methanol|screenwash|kerosene|petrol|"
    r"the poison|some poison)"
)
#: Ligatures and what they hang from.
_LIGATURE = r"(?:rope|noose|belt|ligature|cord|cable|dressing gown cord|scarf|tie)"
#: Weapons a person may pick up to hurt someone.
_WEAPON = (
    r"(?:knife|knives|gun|guns|shotgun|rifle|pistol|revolver|bat|baseball bat|cricket bat|"
    r"crowbar|hammer|machete|axe|blade|acid|poison|rat poison|bomb|stuff)"
)
#: Signs of being in danger at a place, as opposed to being there for the view.
_PLACE_SIGNAL = (
    r"looking down|looking over|keep looking|can not stop looking|staring (?:down|over)|"
    r"over the (?:edge|side|railing|barrier)|wrong side|(?:at|to) the (?:very )?edge|"
    r"very edge|legs (?:outside|over|dangling|hanging)|"
    r"(?:do not|can not|not|never) (?:\w+ ){0,3}?(?:go back|come back|come down|go home|"
    r"step back|get down|climb down|going back|coming back)|"
    r"far down|so high up|from up here|the water (?:looks|is|below)|"
    r"cars (?:going|are|passing|so|flying)|the cars|lorries|trains (?:pass|go|come)|"
    r"right now|tonight|alone|on my own|one step|nobody knows|no one knows|"
    r"keep thinking|thinking about|so quiet|very quiet|so calm|so windy|last time"
)
#: A dangerous place.
_PLACE = (
    r"(?:bridge|roof|rooftop|tracks|train tracks|railway line|railway|level crossing|cliffs?|"
    r"cliff edge|ledge|window ledge|windowsill|sill|top floor|top level|multi storey|car park|"
    r"motorway|hard shoulder|overpass|viaduct|railings?|balcony|parapet|beachy head|quarry|"
    r"edge of the platform|platform edge|edge|pier|dam|scaffold|scaffolding|crane)"
)
#: How a body in danger after an overdose feels.
_OD_SYMPTOM = (
    r"(?:dizzy|sleepy|drowsy|vomit\w*|throwing up|threw up|been sick|being sick|ears (?:are )?"
    r"ringing|ringing|vision|blurry|heart (?:is )?(?:going|racing|pounding|beating)|"
    r"can not (?:walk|feel|stand|stay awake|see|think)|shaking|sweating|numb|confused|"
    r"burning|feel (?:strange|weird|funny|wrong|very|so|really)|sick|stomach)"
)
_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_FAMILY = (
    r"(?:mum|mom|mam|mother|dad|father|stepdad|stepfather|stepmum|stepmom|parents|brother|sister|"
    r"son|daughter|kids|children|wife|husband|partner|boyfriend|girlfriend|bf|gf|grandma|grandpa|"
    r"grandad|granny|nan|nana|uncle|aunt|cousin|friend|best friend|mate|best mate|flatmate|"
    r"roommate|baby|toddler|grandson|granddaughter|grandchild|family|sibling)"
)
_GAME_OBJECT = (
    r"(?:puzzle|riddle|level|quest|boss|homework|exam|test|game|raid|dungeon|crossword|sudoku|"
    r"mission|match|round|chapter|challenge|maths|essay|ironing|dishes|laundry)"
)
#: Hearing-voices commands: "the voices keep telling me to ...".
_VOICES = (
    r"(?:voices?|something in my head|my head|a voice)(?: \w+){0,3}? (?:tell|tells|telling|told|"
    r"say|says|saying|said|want|wants) (?:me )?(?:that )?(?:i have to|i need to|i should|i must|"
    r"to|i am going to)"
)

# --------------------------------------------------------------------------------------------
# The rule table
# --------------------------------------------------------------------------------------------

RULES: tuple[Rule, ...] = (
    # ------------------------------------------------------------ sui.means: made ready
    Rule(
        "suicide.en_pills_lined_up",
        CRISIS,
        SUI,
        r"\b" + _DRUGS + r" (?:are |is )?(?:all )?(?:\w+ )?(?:lined up|laid out|counted out|"
        r"spread out|in a row|in rows|in piles|in front of me|all counted|counted)\b"
        r"|\b(?:lined|laid|counted|set|spread) (?:up |out )?(?:all )?(?:of )?(?:my |the |all my |"
        r"all the |\w+s )?" + _DRUGS + r" (?:up |out )?(?:on|in front|next to|beside|by)\b",
        "got all my tablets lined up on my desk",
        # a week's pills set out in a pill organiser are a routine (round 11)
        requires=r"^(?!.*\b(?:dosette|pill organi[sz]er|pill box|pillbox|for the week|for the "
        r"month|monday to sunday)\b)",
    ),
    Rule(
        "suicide.en_stockpiled",
        CRISIS,
        SUI,
        r"\b(?:stocked up on|stockpiled|stockpiling|stockpile|putting aside|put aside|"
        r"setting aside|set aside|squirrelled away|squirreled away|hoarded|hoarding|been saving|"
        r"saved up|collecting|collected|stashed|stashing|been keeping|hiding|hid|hidden)"
        r" (?:away )?(?:\w+ ){0,4}?" + _DRUGS + r"\b(?! (?:for (?:the|my) (?:trip|journey|"
        r"holiday)|in (?:the|my) (?:organiser|dosette)))",
        "stocked up on pills from three pharmacies",
        subject=Subject.FIRST,
    ),
    Rule(
        "suicide.en_ligature_ready",
        CRISIS,
        SUI,
        r"\b(?:the |my |a )?" + _LIGATURE + r" (?:is |s |are )?(?:already |all |now )?(?:tied|"
        r"ready|up|set up|hanging|in place|sorted|round the|around the|over the beam|"
        r"on the beam|attached)\b(?! (?:and|to) (?:climb|lower|swing|pull|haul))"
        r"|\b(?:got|have|made|set up|tied|put up|hung) (?:the |a |my )?" + _LIGATURE + r"s? "
        r"(?:ready|up|tied|set up|in place|to the beam|over the beam|from the)\b",
        "the rope is tied to the beam in the garage",
        requires=r"^(?!.*\b(?:climb|climbing|lower|lowering|swing|descend|abseil|bucket|well|"
        r"boat|mast|ship|dock|tent|hammock|gym|climbing|washing|laundry|trousers|jeans|"
        r"hair|dress|present|parcel|bag|dog|horse|lead|harness|tow)\b)",
    ),
    Rule(
        "suicide.en_engine_garage",
        CRISIS,
        SUI,
        r"\b(?:engine|engines|car|motor|exhaust)(?: is| s)? (?:\w+ ){0,3}?(?:running|on|idling|"
        r"going)\b|\b(?:hose|hosepipe|hose pipe|tube|pipe) (?:\w+ ){0,4}?(?:exhaust|car window|"
        r"window)\b|\bexhaust (?:\w+ ){0,3}?(?:hose|hosepipe|pipe|tube)\b"
        r"|\b(?:car|engine)\b(?: \S+){0,8}? (?:with a|and a) (?:length of )?(?:hose|hosepipe)\b",
        "sitting in the car in the garage with the engine running",
        requires=r"\b(?:garage|door down|doors shut|hosepipe|hose|exhaust|closed|sealed|taped)\b",
    ),
    Rule(
        "suicide.en_charcoal",
        CRISIS,
        SUI,
        r"\bcharcoal\b(?: \S+){0,8}? (?:taped|sealed|blocked|closed|shut|bedroom|bathroom|"
        r"tent|car|room)\b|\b(?:taped|sealed|blocked) (?:up )?(?:all )?(?:the |my )?(?:\w+ )?"
        r"(?:window|windows|door|doors|vents?|gaps?)\b",
        "bought charcoal and taped up the window",
        requires=r"\b(?:charcoal|bbq|barbecue|burner|fumes|engine|gas|exhaust)\b",
    ),
    Rule(
        "suicide.en_gun_loaded",
        CRISIS,
        SUI,
        r"\b(?:gun|shotgun|rifle|pistol|revolver|firearm)\b(?: \S+){0,8}? (?:loaded|load it|"
        r"cocked|safety off|in my mouth|to my head|against my head|next to me|in my lap)\b"
        r"|\bloaded (?:the |my |his |\w+s )?(?:\w+ )?(?:gun|shotgun|rifle|pistol|revolver)\b",
        "holding my dads gun and its loaded",
    ),
    Rule(
        "suicide.en_deep_enough",
        CRISIS,
        SUI,
        r"\b(?:go|cut|going|cutting) (?:\w+ )?deep enough\b|\bdeep enough to (?:finish|end|die|"
        r"kill|do it)\b|\b(?:blade|razor|knife)\b(?: \S+){0,12}? (?:finish it|end it|finish the "
        r"job|this time)\b",
        "this time i will go deep enough to finish it",
    ),
    Rule(
        "suicide.en_means_staring",
        CRISIS,
        SUI,
        r"\b(?:looking|staring|stare|look|looked|stared) at (?:it|them|the \w+|my \w+)\b",
        "i keep taking the morphine out and looking at it tonight",
        needs_real=True,
        requires=r"\b(?:keep|kept|keeps|been|just|sitting)\b.*\b(?:morphine|pills|tablets|gun|"
        r"shotgun|rifle|rope|noose|belt|blade|razor|razors|meds|overdose|insulin)\b"
        r"|\b(?:morphine|pills|tablets|gun|shotgun|rifle|rope|noose|belt|blade|razor|meds)\b.*"
        r"\b(?:keep|kept|keeps|been|just|sitting)\b",
    ),
    Rule(
        "suicide.en_means_access",
        CONCERN,
        SUI,
        r"\b(?:there is|there are|we have|we have got|we still have|i have|i have got|i keep|"
        r"we keep|keeps|got|have got|is|are)(?: \w+){0,2}? (?:a |an |the |some |all |all of |"
        r"loads of |lots of |a lot of |boxes of |a whole (?:drawer|box|cupboard|bag|bottle) of |"
        r"a stash of |plenty of |enough )?(?:\w+s )?(?:old )?(?:gun|shotgun|rifle|pistol|"
        r"firearm|" + _DRUGS[3:-1] + r")\b(?= (?:\w+ ){0,4}?(?:in|under|at|from) (?:the|my|our|"
        r"his|her|a) (?:\w+ ){0,2}?(?:drawer|cabinet|cupboard|shed|wardrobe|closet|room|"
        r"bathroom|garage|loft|safe|house|home|kitchen|bag|box|tin)\b| (?:at|in the) home\b)"
        r"|\b(?:where|key to) (?:the )?(?:key to the |key for the )?(?:medicine|gun|drug|pill)s? "
        r"(?:box|cabinet|cupboard|safe|drawer|is|are|key)\b"
        r"|\b(?:whole drawer|boxes|loads|lots|stash) of (?:\w+ )?(?:medication|pills|tablets|"
        r"meds|prescriptions)\b|\b(?:gun|shotgun|rifle|pistol|firearm)s? (?:is |s |are )?(?:\w+ ){0,2}?"
        r"(?:in|under) (?:the|our|my|his|her) (?:\w+ ){0,2}?(?:room|closet|cupboard|drawer|"
        r"cabinet|shed|garage|loft|wardrobe|hall)\b|\bkeep all my old (?:prescriptions|pills|meds|tablets)\b",
        "theres a gun in my dads drawer",
    ),
    # ------------------------------------------------------------ sui.place: there now
    Rule(
        "suicide.en_place_again",
        CRISIS,
        SUI,
        r"(?<![a-z])(?:on|at|by|over|near|off|onto) (?:the |my |a |this |that |our )?(?:\w+ ){0,2}?"
        + _PLACE
        + r"(?: \w+){0,4}? again\b",
        "im standing on the bridge again",
        # a pet on the ledge again is not the player (round 12)
        requires=r"^(?!.*\b(?:my|the|our) (?:cat|cats|kitten|dog|puppy|bird|budgie|parrot|"
        r"pigeon|pigeons|squirrel|seagull|seagulls)s? (?:is|was|keeps|sits|sat|are)\b)",
    ),
    Rule(
        "suicide.en_place_now",
        CRISIS,
        SUI,
        r"(?<![a-z])(?:i am|am|sitting|standing|stood|sat|lying|laying|perched|here|typing this|writing "
        r"this|still|parked|pulled|walked|drove|climbed|been|now)(?: \w+){0,3}? (?:on|at|by|over|"
        r"near|next to|onto|in|from|to|up on|out on|beside) (?:the |my |a |this |that |our )?"
        r"(?:\w+ ){0,3}?"
        + _PLACE
        + r"\b"
        + _ahead(_PLACE_SIGNAL, 18)
        + r"|^(?:on|at|up on|top floor of|top level of) (?:the |my |a )?(?:\w+ ){0,3}?"
        + _PLACE
        + r"\b"
        + _ahead(_PLACE_SIGNAL, 18),
        "on the roof of my building and i keep looking down",
    ),
    Rule(
        "suicide.en_on_tracks",
        CRISIS,
        SUI,
        r"\b(?:sitting|standing|lying|laying|sat|stood|lay|walking) (?:on|in the middle of|"
        r"between|along) (?:the )?(?:train |railway |rail )?(?:tracks|rails|railway line)\b"
        r"|\b(?:sitting|standing|sat|stood|perched) (?:on|at) (?:the |my )?(?:\w+ )?(?:window "
        r"ledge|windowsill|sill|ledge|parapet|railing)\b(?: \S+){0,6}? (?:legs|feet)\b"
        r"|\bwrong side of the (?:railing|railings|barrier|fence|bridge)\b"
        r"|\b(?:legs|feet) (?:are )?(?:dangling |hanging )?(?:outside|over the edge|over the side)"
        r"\b",
        "sitting on the train tracks rn",
        fiction=False,
    ),
    Rule(
        "suicide.en_into_the_water",
        CRISIS,
        SUI,
        r"\b(?:walk|walking|walked|wade|wading|waded|swim|swimming|swam|go|going|head|heading)"
        r"(?: \w+){0,2}? (?:into|in to|out into|out to|out in|in) (?:the |a )?(?:cold |dark |"
        r"grey |gray |black )?(?:sea|ocean|waves|water|river|lake|loch|tide|surf)\b(?: \S+){0,6}? "
        r"(?:keep (?:on )?(?:going|walking|wading|swimming)\b(?! (?:to|towards|toward|till|"
        r"until|for|after|round|around|along) )|(?:not|never|will not|wont|no longer) "
        r"(?:come|coming|swim|swimming|turn|turning) back|let (?:it|the (?:tide|water|waves|"
        r"current|sea)) take me|(?:never|not) stop\b|until (?:i (?:can not|cant|can t|sink|"
        r"drown|go under|disappear|am gone)|it (?:is over|covers) my head|the water (?:is over|"
        r"covers) my head))",
        "gonna walk into the sea tonight and keep going",
    ),
    # ------------------------------------------------------------ sui.unsafe
    Rule(
        "suicide.en_not_safe",
        CRISIS,
        SUI,
        r"\b(?:do not|not|never|no longer|can not) (?:feel |really |even |be )?(?:feel )?safe"
        r"(?= [,.]|$| (?:with|from|around|by) (?:myself|me)\b| (?:at all|tonight|right now|rn|"
        r"anymore|today|this evening|alone|on my own|by myself|in my (?:own )?(?:head|mind|skin|"
        r"body))\b| i am (?:really )?not\b)",
        "i dont feel safe with myself tonight",
        subject=Subject.FIRST,
        negatable=False,
    ),
    Rule(
        "suicide.en_keep_safe",
        CRISIS,
        SUI,
        r"\bkeep (?:myself|me) safe\b|\bicantkeepmyselfsafe\b|\b(?:be )?trusted (?:with|around) "
        r"myself\b|\btrust myself(?= [,.]|$| (?:to (?:be alone|be on my own|not|stay|be safe)|"
        r"alone|on my own|right now|tonight|anymore|at all|today|around (?:pills|knives|"
        r"(?:my|the) (?:pills|meds|tablets|knives))))",
        "i cant keep myself safe rn",
        negatable=False,
        requires=r"\b(?:not|can not|could not|unable|no longer|struggling|do not|doubt|hard|"
        r"how|icantkeepmyselfsafe)\b",
    ),
    Rule(
        "suicide.en_scared_what_to_myself",
        CRISIS,
        SUI,
        r"\b(?:scared|afraid|frightened|terrified|worried) (?:of )?what i (?:will|might|would|"
        r"could|am going to|may) do to myself\b|\bshould not be (?:on my own|alone|left alone|"
        r"by myself)\b(?! (?:with|in) (?:the|this|a)\b)|\bsafety plan (?:is not|does not|did not|"
        r"has stopped|stopped|not|is no longer|is) (?:working|helping|enough)\b",
        "please dont leave me alone im scared of what ill do to myself",
        negatable=False,
    ),
    # ------------------------------------------------------------ sui.plan
    Rule(
        "suicide.en_date_picked",
        CRISIS,
        SUI,
        r"\b(?:picked|chosen|chose|set|circled|marked|decided on|settled on|fixed) (?:the |a |my )?"
        r"(?:date|day|night|time)(?= [,.]|$| (?:already|now)\b)|\b(?:picked|chosen|chose|"
        r"decided on|settled on) (?:" + _DAYS + r"|the \d+\w*|my birthday|the anniversary|"
        r"tonight|tomorrow)(?= [,.]|$)|\b(?:circled|marked) (?:it|the date|the day) (?:on|in) "
        r"(?:my|the) calendar\b|\b(?:planned|set|scheduled|timed) it for (?:the anniversary|my "
        r"birthday|after|when|" + _DAYS + r")\b|\b(?:all set|it all set|planned|arranged|sorted|"
        r"timed|scheduled) (?:\w+ ){0,2}?for after\b",
        "i picked sunday . parents are away",
        subject=Subject.FIRST,
    ),
    Rule(
        "suicide.en_do_it_when",
        CRISIS,
        SUI,
        r"\b(?:going to|will|gonna|planning to|plan to) "
        r"(?:finally |just |then )?do it\b(?! (?:right|properly|again|for|with|later|after "
        r"(?:dinner|lunch|work|school)))" + r"(?!(?: \S+){0,12}? " + _GAME_OBJECT + r"\b)",
        "once everyone is asleep ill do it",
        subject=Subject.FIRST,
        requires=r"\b(?:when|once|after|before|tonight|tomorrow|while|as soon as|till|until|"
        r"this weekend|" + _DAYS + r"|decided|done|finished|ready|for real|goodbye|this time|"
        r"at last|finally)\b"
        r"(?!.*\b(?:puzzle|riddle|level|quest|boss|homework|exam|test|raid|ironing|essay|"
        r"dishes|laundry|shopping|maths|crossword|jump the|the gap)\b)",
    ),
    Rule(
        "suicide.en_know_how",
        CRISIS,
        SUI,
        r"\bknow (?:exactly |just |now )?(?:how|where|when)(?: and (?:where|when|how))? (?:i am "
        r"going to|i will|i would|to|i am gonna|i want to|i can) do it\b|\b(?:walked|driven|"
        r"checked) the route\b",
        "i know exactly how and where im gonna do it",
    ),
    Rule(
        "suicide.en_plan_method",
        CRISIS,
        SUI,
        r"\b(?:worked (?:it )?(?:all )?out|it is all (?:set|planned|sorted|arranged)|all set up|"
        r"my plan is|the plan is|plan is|that is the plan|that is when)\b"
        + _ahead(
            r"pills|tablets|overdose|rope|hang|hanging|bridge|gun|shotgun|quarry|tracks|"
            r"hosepipe|exhaust|bathtub|blade|razor|wrists|cliff|motorway|ending things|end it|"
            r"use the (?:gun|shotgun|rope|pills)|do it",
            14,
        )
        + r"|\b(?:pills|tablets|bridge|quarry|rope|gun|cliff|tracks)\b(?: \S+){0,12}? "
        r"(?:that is the plan|thats the plan|that is when|is the plan)\b"
        r"|\b(?:" + _DAYS + r"|tonight|tomorrow)(?: \S+){0,5}? that is when(?= [,.]|$)",
        "plan is pills and the bathtub after my shift",
    ),
    Rule(
        "suicide.en_ending_things",
        CRISIS,
        SUI,
        r"\b(?:i am|am|i will be) (?:finally )?ending (?:it|things|everything|it all|my life)"
        r"(?= [,.]|$| (?:tonight|today|soon|after|once|when|this|for good|now|then))",
        "once i finish this last quest im ending things",
        fiction=False,
    ),
    Rule(
        "suicide.en_drive_to_place",
        CRISIS,
        SUI,
        r"\b(?:drive|go|walk|head|going|driving|walking) (?:\w+ )?(?:to|up to|out to) the "
        r"(?:quarry|bridge|cliffs?|tracks|viaduct|river|reservoir|sea|coast|car park|woods)\b"
        r"(?: \S+){0,8}? (?:and (?:that is it|that is the end|it is over|it will be over|"
        r"that is that)|for the last time|one last time|and not come back|and never come back)\b",
        "gonna drive to the quarry on my birthday and thats it",
    ),
    Rule(
        "suicide.en_take_everything",
        CRISIS,
        SUI,
        r"\btake (?:everything|all) (?:i have|i have got|that is|in) (?:\w+ ){0,3}?(?:cupboard|"
        r"cabinet|drawer|medicine|box|at once)\b",
        "then take everything i have got in the cupboard",
    ),
    Rule(
        "suicide.en_last_time_you_see_me",
        CRISIS,
        SUI,
        # a farewell said as the last sight of oneself; not "the last time you saw me" (past) and
        # not "the last time you will see me in this hat" (the sentence goes on to a thing)
        r"\b(?:the )?last time (?:that )?(?:you|any of you|anyone|you all|you guys) (?:will |are "
        r"going to |gonna )?(?:ever )?(?:see|hear from|talk to|hear) me(?= [,.]|$| again| alive"
        r"| ever)",
        "this is the last time you will ever see me",
    ),
    # ------------------------------------------------------------ sui.preparatory
    Rule(
        "suicide.en_letters_written",
        CRISIS,
        SUI,
        r"\b(?:wrote|written|writing|finished|left|leaving|typed|typed out) (?:some |the |my )?"
        r"letters (?:for|to) (?:my|each|all|everyone|the (?:kids|children|family)|both)\b"
        r"|\b(?:wrote|written|typed|typed out|recorded|scheduled|drafted|finished) (?:out )?"
        r"(?:my|a) (?:goodbye|farewell)\b(?! (?:speech|card|party|present|gift|do))"
        r"|\bwhere (?:they|she|he|you) will find (?:them|it)\b",
        "wrote letters for my mom and my sister",
        subject=Subject.FIRST,
        past=False,
    ),
    Rule(
        "suicide.en_last_message",
        CRISIS,
        SUI,
        r"\b(?:this is|this will be|this is probably|probably|this might be) my (?:very )?"
        r"(?:last|final) (?:message|post|text|words|goodbye)\b(?! (?:before|for (?:today|tonight|"
        r"now|a while|the (?:day|night|evening))|of the (?:day|night|year|evening)|until|till|in "
        r"this|tonight|today|this (?:evening|morning|afternoon)|here tonight))",
        "this is my last message , thank you for the game",
    ),
    Rule(
        "suicide.en_not_much_longer",
        CRISIS,
        SUI,
        r"\b(?:will not|do not|not|never|no longer|nobody|no one) (?:\w+ )?(?:have to |need to "
        r"|be able to )?(?:deal with|put up with|worry about|bother with|look after|care for|"
        r"hear from|see|pay for) me (?:\w+ ){0,2}?(?:much longer|for much longer|for long|"
        r"any longer|after (?:tonight|today|this))\b"
        r"|\b(?:after|when|once) i am (?:gone|dead|not here|no longer here|not around)\b"
        r"(?= [,.]|$| (?:they|everyone|you|nobody|no one|people|my|he|she|it)\b)",
        "you wont have to deal with me much longer",
        negatable=False,
    ),
    Rule(
        "suicide.en_give_away",
        CRISIS,
        SUI,
        r"\b(?:gave|given|giving|give|rehomed|rehoming|rehome|found (?:a )?(?:new )?homes? for|"
        r"handed|left) (?:away )?(?:all )?(?:of )?(?:\w+ ){0,3}?(?:dog|dogs|cat|cats|pets?|"
        r"rabbits?|hamster|guitar|things|stuff|belongings|possessions|games|console|switch|ps5|"
        r"xbox|tools|jewellery|jewelry|clothes|books|records|passwords|bank details|pin)\b"
        + _ahead(
            r"for good|for after|will not (?:be )?need(?:ing)? (?:it|them|those|any)|"
            r"not need (?:it|them) (?:anymore|where)|where i am going|when i am gone|"
            r"after i am gone|when i am not here|deserve (?:somebody|someone)|be around|"
            r"forever|envelope|nothing (?:for|left)|everything is in order|in order",
            22,
        )
        + r"|\bfor after(?= [,.]|$)",
        "gave the dog to my sister today . told her it was for a few weeks but it is for good",
    ),
    Rule(
        "suicide.en_affairs",
        CRISIS,
        SUI,
        r"\b(?:put|putting|got|getting|have|sorted|sorting) (?:all )?my affairs (?:in order|"
        r"sorted|straight)\b|\b(?:will|passwords|debits|funeral|accounts|card)\b(?: \S+){0,15}? "
        r"(?:everything|all|it all) (?:is|s) (?:now )?(?:in order|sorted|taken care of|arranged|"
        r"done|tidy)\b|\b(?:nothing|no one|nobody)(?: \w+){0,3}? (?:for anyone |for them )?to "
        r"(?:sort out|deal with|clear up|pay)\b" + _ahead(r"gone|not here|dead|after i", 8),
        "ive updated my will and left the passwords for my kids . everything is in order now",
    ),
    Rule(
        "suicide.en_farewell_all",
        CRISIS,
        SUI,
        r"\b(?:goodbye|bye|farewell)(?: \w+)? (?:forever|for good|for ever)\b|\bgoodbyeforever\b"
        r"|\b(?:said|saying|say) (?:\w+ )?(?:bye|goodbye|goodbyes) to (?:\w+ ){0,4}?(?:i (?:care "
        r"about|love)|without (?:them )?knowing|for the last time|one last time)\b"
        r"|\b(?:deleted|deleting) (?:all )?(?:of )?my (?:socials|accounts|social media|instagram|"
        r"tiktok|snapchat)\b(?: \S+){0,6}? (?:bye|goodbye)\b"
        r"|\bif (?:anyone|someone|somebody|you) finds? this\b|\b(?:tell|let) (?:my \w+|them|"
        r"everyone|her|him) (?:know )?(?:that )?it (?:was not|is not) (?:her|his|their|your|"
        r"anyones) fault\b",
        "said goodbye to everyone at bingo today without them knowing",
    ),
    # ------------------------------------------------------------ sui.intent
    Rule(
        "suicide.en_decided",
        CRISIS,
        SUI,
        r"\b(?:made up my mind|my mind is made up|mind has been made up|minds been made up|"
        r"made my decision|decision is made|have decided|decided(?= [,.]|$)|already decided)\b"
        + _then(
            r"i am done(?= [,.]|$)|done living|finished|end it|do it|at peace|calm|calmer|"
            r"peaceful|relieved|thank you|thanks for|goodbye|for real|talk me out|final|"
            r"be here|this time|not asking",
            14,
        ),
        "ive made up my mind . im done . for real this time",
        subject=Subject.FIRST,
    ),
    Rule(
        "suicide.en_done_living",
        CRISIS,
        SUI,
        r"\bdone (?:living|existing|with life|with living|being alive|with this life)\b"
        r"|\btalk me out of it\b|\bnot coming back (?:from this|this time)\b"
        r"|\bthis is it for me\b(?! (?:tonight|today|for (?:today|tonight|now)))"
        r"|\bfinished with (?:everything|it all|life|living)(?= [,.]|$)"
        r"|\btonight(?: is|s)? the night(?: that)? i (?:stop|end it|go|do it|leave|finish)(?= [,.]|$)"
        r"|\bnot the game (?:\. )?(?:it is )?me\b",
        "this is it for me guys",
        negatable=False,
    ),
    Rule(
        "suicide.en_done_then_do",
        CRISIS,
        SUI,
        r"\bi am (?:so |properly |really |completely |totally |just )?(?:done|finished)"
        r" [,.]" + _then(r"do it|end it|going to|for real|this time|goodbye|done", 8),
        "im done . properly done . im going to do it",
        negatable=False,
    ),
    Rule(
        "suicide.en_not_here_by",
        CRISIS,
        SUI,
        r"\b(?:will not|not going to|am not going to|wont) be (?:here|around|alive) (?:by|for|at|"
        r"after|past|to see) (?:christmas|my birthday|the (?:weekend|end of|summer|new year|"
        r"morning)|next|new year|" + _DAYS + r"|then)\b",
        "ive decided i wont be here by christmas",
        subject=Subject.FIRST,
        negatable=False,
    ),
    # ------------------------------------------------------------ sui.attempt
    Rule(
        "suicide.en_attempt_failed",
        CRISIS,
        SUI,
        r"\b" + _LIGATURE + r"s? (?:\w+ )?(?:snapped|broke|came (?:out|loose|down|undone)|gave "
        r"way|slipped)\b|\b(?:bracket|beam|hook|rail) (?:came|pulled|broke) (?:out|off|loose)\b",
        "tried last night but the rope snapped",
        requires=r"^(?!.*\b(?:climb\w*|swing|bridge|bucket|well|boat|gap|wall|cliff)\b)"
        r"(?=.*\b(?:tried|try|attempt\w*|last night|myself|again|my neck|yesterday|before|"
        r"almost|nearly)\b)",
    ),
    Rule(
        "suicide.en_about_to",
        CRISIS,
        SUI,
        r"\b(?:was|were) (?:just )?(?:about to|going to|ready to|seconds from|minutes from|"
        r"so close to) (?:jump|step off|let go|take (?:them|the pills|the tablets|it all)|pull "
        r"the trigger|go over|do it|step out)\b(?! (?:the|a|over|across|onto|into|on to|to the))"
        r"(?!(?: \S+){0,10}? " + _GAME_OBJECT + r"\b)",
        "i was about to jump when my phone rang",
        subject=Subject.FIRST,
    ),
    Rule(
        "suicide.en_started_stopped",
        CRISIS,
        SUI,
        r"\bstarted and (?:then )?stopped(?= [,.]|$| and)|\b(?:i am|am) doing it (?:right )?now"
        r"\b(?!(?: \S+){0,10}? " + _GAME_OBJECT + r"\b)|\bmarks on my neck\b"
        r"|\b(?:halfway|half way|one leg|already) over the (?:railing|railings|barrier|edge|"
        r"parapet|side|fence)\b|\bfound me (?:just )?(?:before i could|in time|unconscious)\b"
        r"|\bbefore i could (?:finish|go through with it|do it|jump)(?= [,.]|$)",
        "i started and then stopped and now i dont know what to do",
    ),
    Rule(
        "suicide.en_tried_method",
        CRISIS,
        SUI,
        r"\b(?:tried|attempted|tryed|trying) (?:again )?(?:to )?(?:overdose|od|hang myself|kill "
        r"myself|end it|end my life|take my (?:own )?life|drown myself|suicide|gas myself|"
        r"jump(?= [,.]|$| off (?:a|the|my) (?:bridge|roof|building|cliff|balcony|car park)))\b"
        r"|\b(?:attempted|atempted|attemped)(?= [,.]|$| again| last| yesterday| on | twice| this)"
        r"|\b(?:tried|did it|done it) again\b"
        + _ahead(
            r"hospital|overdose|pills|third time|second time|still here|woke up|a and e|"
            r"ambulance|accident",
            12,
        ),
        "tried to od last week and woke up in hospital",
        subject=Subject.FIRST,
    ),
    Rule(
        "suicide.en_attempt_signs",
        CRISIS,
        SUI,
        r"\b(?:bag|plastic bag|belt|rope|cord|noose) (?:over|around|round) my (?:head|neck)\b"
        r"|\b(?:threw|thrown|throwing|brought|sicked) (?:them|it|the pills|the tablets) "
        r"(?:all )?up\b(?= .*\b(?:pills|tablets|took|try again))"
        r"|\bwalked (?:out )?into the (?:sea|river|lake|water|ocean)\b"
        + _ahead(
            r"night|alone|turned|chest|neck|deep|not sure why|did not want|kept walking|"
            r"could not",
            12,
        ),
        "put the bag over my head but took it off",
    ),
    # ------------------------------------------------------------ sui.vehicle
    Rule(
        "suicide.en_vehicle_crash",
        CRISIS,
        SUI,
        r"\b(?:driving|drive|drove|steer|steering|swerve|swerving|swerved|crash|crashing|plough|"
        r"ploughing|aim|aiming|floor it|flooring it|put my foot down|go|going|drift|drifting|"
        r"veer|veering|run|running)(?: \w+){0,3}? (?:straight |right )?(?:into|off|across into|"
        r"at|under) (?:a |the |an |that |this |oncoming |the central )?(?:\w+ ){0,2}?(?:walls?|"
        r"trees?|oak|lorry|lorries|truck|trucks|oncoming traffic|traffic|barrier|central "
        r"reservation|pillar|bridge support|viaduct|cliff|road|river|reservoir|lamppost|"
        r"lamp post|bus|train|bend)\b",
        "keep thinking about just driving into a wall on the motorway",
        requires=r"^(?!.*\b(?:cart|carriage|wagon|horses?|to break|mario|rainbow road|gta|kart|"
        r"race)\b)(?=.*\b(?:keep|kept|think\w*|thought|picture|picturing|imagine|imagining|want|"
        r"wanted|wanna|tempted|how easy|just|could|gonna|going to|will|urge|next time|over|"
        r"not come back|accident|insurance|if i|some nights|every (?:day|morning|night|time))\b)",
    ),
    Rule(
        "suicide.en_vehicle_brake",
        CRISIS,
        SUI,
        r"\b(?:not|never) (?:going to |gonna |to )?(?:brake|turn the wheel|hit the brakes|"
        r"stop the car)\b|\b(?:nearly|almost) (?:did not|didnt|forgot to) (?:turn|brake|stop|"
        r"swerve)\b",
        "next time im just not gonna brake",
        requires=r"^(?!.*\b(?:race|racing|lap|laps|kart|track day|so late|too late|as late|so hard|"
        r"too hard|ice|icy|snow|gravel|"
        r"driving lesson|instructor|game)\b)(?=.*\b(?:just|next time|nearly|almost|thinking|"
        r"on purpose|tempted|want|wanted|again|bend|roundabout|wall|tree|oak|bypass|"
        r"motorway)\b)",
        negatable=False,
    ),
    Rule(
        "suicide.en_in_front_of",
        CRISIS,
        SUI,
        r"\b(?:step|stepping|stepped|jump|jumping|walk|walking|throw myself|throwing myself|"
        r"fall|falling|lie|lying|run|running) (?:out )?in front of (?:it|them|one|the \d+|"
        r"(?:a|the|that|an) (?:\w+ )?\w+)\b|\b(?:walk|walking|step|stepping) (?:out )?into "
        r"(?:the )?(?:road|traffic)\b",
        "every time a train passes i think about stepping in front of it",
        requires=r"^(?!.*\b(?:carriage|horses?|cart|to stop)\b)(?=.*\b(?:train|trains|bus|buses|"
        r"lorry|lorries|truck|trucks|car|cars|traffic|tube|tram|van|road|motorway)\b)",
    ),
    # ------------------------------------------------------------ sui.method: questions
    Rule(
        "suicide.en_lethal_question",
        CRISIS,
        SUI,
        r"\b(?:how (?:many|much|long|high|far|fast|quickly)|what amount of|what dose of|"
        r"which dose)\b(?: \S+){0,10}? (?:to (?:\w+ )?(?:die|bleed out|be fatal|be lethal|not "
        r"survive|stop (?:a|my|the|your|someones) heart)|would (?:\w+ )?(?:kill (?:me|you|a "
        r"person|someone|an adult)|be lethal|be fatal|stop (?:a|my|the|your|someones) heart)|"
        r"(?:is|be|would be) (?:a )?(?:lethal|fatal)|(?:nobody|no one) would survive|bleed out|"
        r"kill (?:me|a person|someone|a human))\b"
        r"|\b(?:high|far|tall|deep) enough (?:\w+ )?(?:to (?:not |never )?(?:survive|die|kill|be "
        r"fatal)|that (?:nobody|no one|you|i|a person) (?:would|could|will) (?:not )?survive|not "
        r"to survive)\b|\b(?:fall|drop|jump) from (?:\w+ ){0,5}?(?:enough|fatal|lethal)\b",
        "how many paracetamol does it take to actually die",
    ),
    Rule(
        "suicide.en_painless_question",
        CRISIS,
        SUI,
        r"\b(?:would|will|is|does) (?:it|that|they) (?:be |feel |hurt)(?:\w+ )?(?:painless|"
        r"quick|peaceful)\b|\b(?:quickest|fastest|easiest|least painful|most painless|surest|"
        r"cleanest|best) (?:way|method)(?= (?:that|which) (?:does not|will not|would not) hurt|"
        r" to go(?= [,.]|$))|\bnoose\b(?: \S+){0,4}? (?:slip|hold|tight|strong enough|weight)\b"
        r"|\b(?:knot|tie|make|making|tying) (?:\w+ ){0,5}?noose\b",
        "if a person took their whole month of amitriptyline , would it be painless",
        requires=r"\b(?:took|take|pills|tablets|overdose|jump|fall|hang|bleed|noose|way|"
        + _DRUGS[3:-1]
        + r")\b",
    ),
    Rule(
        "suicide.en_highest_structure",
        CRISIS,
        SUI,
        r"\b(?:which|what) (?:is )?(?:the )?(?:bridge|building|car park|multi storey|cliff|"
        r"tower|block|flats)\w*(?: \S+){0,6}? (?:highest|tallest|deadliest|high enough|most "
        r"people|no railings?|no fence|no barrier)\b|\b(?:highest|tallest) (?:bridge|building|"
        r"car park|multi storey|cliff|tower|block)\w*\b(?: \S+){0,10}? (?:top floor is open|roof "
        r"is open|open at the top|no railings?|no fence|no barrier)\b",
        "which bridge in town is the highest ? asking irl not in game",
        requires=r"^(?!.*\b(?:map|screenshot|view|views|photo|photos|game|picture)\b)",
    ),
    # ------------------------------------------------------------ sui.burden and wish
    Rule(
        "suicide.en_burden_if_gone",
        CRISIS,
        SUI,
        r"\b(?:better|easier|happier|kinder|simpler|lighter|cheaper|fine|okay|relieved|free|"
        r"would not have to|would not need to|could|would|might|will not have to)(?: \w+){0,7}? "
        r"(?:if|when|once) i (?:\w+ ){0,2}?(?:was gone|were gone|am gone|was not here|were not "
        r"here|was not around|were not around|am not here|died|was dead|were dead|am no more|"
        r"was no more|did not exist)(?= [,.]|$| anymore| any more| at all| for good| forever|"
        r" lol)"
        r"|\bone less me\b|\bif i am no more\b"
        r"|\b(?:world|everyone|everybody|they|people|family|life|the kids|my kids) (?:would|will)"
        r" (?:\w+ ){0,2}?(?:carry on|go on|be fine|keep turning|be better|manage|cope) (?:\w+ )"
        r"{0,2}?without me(?= [,.]|$| anyway| better)"
        r"|\bbetter off with (?:the |my )?(?:life insurance|insurance|money|payout)\b"
        r"|\b(?:when|once|after) i am gone (?:they|everyone|you|he|she|my \w+) (?:will not|would "
        r"not|do not|can) (?:have to|need to|be)",
        "itd be easier for everyone if i just wasnt here anymore",
    ),
    Rule(
        "suicide.en_wish_gone",
        CRISIS,
        SUI,
        r"\b(?:log out|logout|check out|unsubscribe|delete myself|quit|exit) (?:of|from) "
        r"(?:life|this life|existence|this world|the world)\b"
        r"|\bif (?:a|the) (?:car|bus|train|lorry|truck) (?:\w+ )?(?:hit|hits|ran over|killed|"
        r"runs over) me\b|\b(?:would not|wouldnt) (?:mind|care) if i (?:died|did not wake up|"
        r"never woke up|got hit|was gone|was dead)\b"
        r"|\bwish (?:that )?i (?:\w+ )?(?:had not|hadnt|did not|had never|never) (?:woken up|woke "
        r"up|wake up|been born|existed)\b"
        r"|\b(?:rather|prefer to) not (?:be here|be around|exist|be alive)(?: any longer| "
        r"anymore)?(?= [,.]|$)"
        r"|\b(?:sleep|go to sleep|fall asleep) (?:n|and|an) (?:never|not) wake up\b"
        r"|\b(?:life|lifes|my life|living) (?:is |s |has )?(?:not|no longer|never) (?:been |really "
        r"|even )?worth (?:living|it|the effort)\b",
        "wish i could log out of life permanently",
        past=False,
        subject=Subject.FIRST,
        negatable=False,
    ),
    Rule(
        "suicide.en_join_dead",
        CRISIS,
        SUI,
        r"\b(?:want|wanna|wish|long|need|ready) to (?:be|go) (?:with|join|see) (?:her|him|them|"
        r"my \w+)(?= [,.]|$| now| again| so| in heaven| up there| wherever)"
        r"|\b(?:god|he|death|someone|something|the lord) (?:would |will |could |to )?(?:just )?"
        r"(?:takes?|came for|come for|comes for) me\b(?! (?:home|out|to|back|seriously))",
        "my nan died in march and i just want to be with her now",
        requires=r"\b(?:died|passed|gone|lost|death|funeral|heaven|grave|pray|praying|prayer|"
        r"wish|hope|hoping|sleep|please)\b",
    ),
    Rule(
        "suicide.en_disappear_for_good",
        CRISIS,
        SUI,
        # the taxonomy's line: "I want to disappear" is concern; "for good", "permanently" or
        # "stop being here" make it a wish not to exist
        r"\b(?:want|wish|like|need) (?:to )?(?:just )?(?:disappear|vanish|be gone) (?:for good|"
        r"permanently|for ever)\b|\b(?:want|wish|like|need) (?:to )?(?:just )?stop being here"
        r"(?= [,.]|$| anymore| any more)",
        "i want to disappear for good , just stop being here",
        subject=Subject.FIRST,
    ),
    Rule(
        "suicide.en_train_timetable",
        CRISIS,
        SUI,
        # the timetable learned and a place where the trains pass: the method told without a risk
        # word (a train spotter names the trains, not where they stand)
        r"\b(?:know|learned|learnt|memori[sz]ed|studied) (?:the|their) (?:\w+ )?timetables?"
        r"(?: \S+){0,8}? (?:stand|wait|sit) (?:\w+ ){0,2}?where (?:they|the (?:\w+ )?trains?|"
        r"trains) (?:pass|go through|come through|go by|run)\b(?!(?: \S+){0,4}? (?:photos?|pictures?|"
        r"film|filming|videos?|spotting|spot them|number))",
        "i know the timetable now and i stand where they pass",
        subject=Subject.ANY,
    ),
    Rule(
        "distress.en_rent_arrears",
        CONCERN,
        DIS,
        r"\brent (?:is |s )?(?:\d+|two|three|four|five|six|several|many) months? behind\b|"
        r"\b(?:\d+|two|three|four|five|six|several|many) months? behind (?:on|with) (?:the |my |"
        r"our )?rent\b|\b(?:dont|do not) know where (?:my|our) (?:kids|children|family) (?:will|"
        r"are going to|gonna) sleep\b",
        "rent is 3 months behind and i dont know where my children will sleep",
    ),
    Rule(
        "suicide.en_hope_fatal_illness",
        CRISIS,
        SUI,
        # a wish to die of an illness: the finding wished for is a quick or final one ("hoping
        # the doctor finds something" alone is often a wish for a diagnosis, and is not this)
        r"\b(?:hoping|hope|hopes|praying|pray|wish|wishing) (?:(?:\w+|,) ){0,6}?(?:the )?(?:doctor|"
        r"doctors|scan|tests?|results?|biopsy) (?:\w+ ){0,2}?(?:finds?|shows?|comes? back with|"
        r"turns? up) (?:something|cancer|a tumou?r)(?: \w+){0,5}? (?:quick|fatal|terminal|"
        r"incurable|over soon|the end|the last)\b",
        "ive started hoping that the doctor finds something and that its quick",
        subject=Subject.FIRST,
    ),
    # ------------------------------------------------------------ sui.ideation
    Rule(
        "suicide.en_ideation_words",
        CRISIS,
        SUI,
        r"\bsuicide (?:is|has been|keeps|was|just|always) (?:\w+ ){0,3}?(?:on my mind|in my head|"
        r"popping (?:into|up in) my (?:head|mind)|all i think about|coming back)"
        r"|\b(?:thoughts?|thinking|thought|idea|fantasies|fantasi[sz]ing|urges?) (?:\w+ ){0,2}?"
        r"(?:of|about) (?:ending my (?:own )?life|taking my (?:own )?life|killing myself|ending "
        r"it all|ending it|suicide)\b"
        r"|\b" + _VOICES + r" (?:\w+ ){0,2}?(?:end my life|kill myself|die|hurt myself|jump|end it"
        r"|cut)\b",
        "the voices keep telling me to end my life",
    ),
    # ------------------------------------------------------------ self.act
    Rule(
        "self_harm.en_cut_again",
        CRISIS,
        SH,
        r"\bcut (?:again|last night|yesterday|tonight|this morning|deeper|deep|too deep)\b"
        r"|\b(?:deeper|deep) ones\b|\bcutting (?:most|every|some|all) (?:nights?|days?|week)\b"
        r"|\brelapsed\b(?: \S+){0,6}? (?:sh|self harm|cutting|cut|deeper|blade|arm|arms|wrist|"
        r"wrists|thigh|thighs|legs?|blood)\b",
        "i cut again last night",
        subject=Subject.FIRST,
        on_negation=CONCERN,
    ),
    Rule(
        "self_harm.en_body_injury",
        CRISIS,
        SH,
        r"\b(?:cut|cutting|burned|burnt|burning|slashed|slashing|sliced|carved|carving|scratched|"
        r"stabbed|punched|punching|hit|hitting|bashed) (?:into )?my (?:own )?(?:forearms?|wrists?|"
        r"arms?|thighs?|legs?|stomach|hips?|skin|face|ankles?|chest)\b",
        "slashed my thigh with the stanley knife this afternoon",
        subject=Subject.FIRST,
        on_negation=CONCERN,
        accident=True,
        requires=r"^(?!.*\b(?:pruning|gardening|roses|brambles|oven|cooking|shaving|cupboard|door|"
        r"accident|accidentally|bumped|banged)\b)(?=.*\b(?:with (?:a|the|my) (?:lighter|cigarette|blade|razor|knife|stanley|"
        r"scissors|compass|sharpener|glass|nails|lighter|cigarette lighter)|stanley knife|again|"
        r"until|till|bled|bleeding|blistering|blood|mess|split|on purpose|deliberately)\b)",
    ),
    Rule(
        "self_harm.en_did_it_again",
        CRISIS,
        SH,
        r"\b(?:did it|done it|doing it) again\b",
        "just did it again , my wrist is stinging",
        subject=Subject.FIRST,
        requires=r"\b(?:wrist|wrists|arm|arms|thigh|thighs|blood|bleeding|sting\w*|cut|cuts|"
        r"bandage\w*|blade|razor|burn|burns|scar|scars)\b",
    ),
    # ------------------------------------------------------------ med.overdose
    Rule(
        "medical.en_took_too_many",
        CRISIS,
        MED,
        r"\b(?:took|taken|swallowed|injected|necked|popped|downed|have taken|had taken) "
        r"(?:\w+ ){0,2}?(?:too many|far too many|way too many|a handful|handfuls|a full strip|"
        r"a whole strip|a strip|the whole|double|triple|most of (?:the|my|a))\b"
        r"(?! (?:\w+ )?(?:time|notice|photos|pictures|shots|selfies|risks|chances|steps|turns|"
        r"days off|breaks|sweets|cookies|biscuits))"
        r"|\b(?:took|taken|swallowed|injected|had) (?:\w+ ){0,2}?(?:too much|far too much|way too "
        r"much) (?:of )?(?:my |the |\w+s )?" + _DRUGS + r"\b",
        "im throwing up . took too many",
        negatable=False,
    ),
    Rule(
        "medical.en_overdose_effects",
        CRISIS,
        MED,
        r"\b(?:after|since|from) (?:the |those |all the |all those |all my |my )?"
        + _DRUGS
        + r" (?:i took|i had|i swallowed)\b"
        r"|\b(?:took|swallowed|taken) (?:\w+ ){0,4}?" + _DRUGS + r"\b(?: \S+){0,8}? (?:and now|now|"
        r"and) (?:i am |i feel |my |i )?(?:\w+ )?" + _OD_SYMPTOM,
        "my vision is going weird after the pills i took",
        negatable=False,
        requires=r"^(?!.*\b(?:headache|better|as prescribed|as usual|fine)\b)(?=.*"
        + _OD_SYMPTOM
        + r")",
    ),
    Rule(
        "medical.en_poison_swallowed",
        CRISIS,
        MED,
        r"\b(?:drank|drunk|swallowed|ate|eaten|took|had|drinking|sipped|swallowing|has swallowed|"
        r"has drunk|has eaten) (?:\w+ ){0,3}?(?:from )?(?:the )?" + _POISONS + r"\b",
        "drank some of the weedkiller from the shed",
        negatable=False,
    ),
    # ------------------------------------------------------------ med.emergency
    Rule(
        "medical.en_not_moving",
        CRISIS,
        MED,
        r"\b(?:fell|fallen|collapsed|passed out|fainted|hit (?:his|her|their) head|went down)"
        r"(?: \S+){0,8}? (?:not moving|is not moving|not responding|not answering|will not wake|"
        r"blood)\b|(?<![a-z])(?:he|she|they) (?:is|are|s) not moving\b",
        "grandpa fell and hes not moving",
        negatable=False,
        requires=r"^(?!.*\b(?:snoring|asleep|sleeping|fine now|lol)\b)(?=.*\b(?:my|mum|mums|mom|"
        r"moms|dad|dads|grandpa|grandad|grandma|nan|granny|he|she|husband|wife|baby|son|"
        r"daughter)\b)",
    ),
    Rule(
        "medical.en_bleeding",
        CRISIS,
        MED,
        r"\bbleeding through\b|\b(?:soaked|soaking) (?:through )?(?:\w+ ){0,2}?(?:towels?|tea "
        r"towels|bandages?|tissues|dressings?)\b|\b(?:bleeding|blood)(?: \S+){0,8}? (?:not "
        r"stopping|will not stop|keeps coming|is not stopping)\b",
        "bleeding through three towels now , its not stopping",
        negatable=False,
    ),
    Rule(
        "medical.en_heart_stroke",
        CRISIS,
        MED,
        r"\bpain in (?:my|the|his|her) chest\b|\bchest pains?\b|\bpain (?:\w+ ){0,3}?(?:down|in) "
        r"(?:my|his|her) left arm\b|\b(?:face|mouth|smile) (?:\w+ ){0,2}?(?:dropped|drooping|"
        r"droopy|dropping|fallen)(?: on one side)?\b|\bcan not (?:get (?:his|her|their|my) words "
        r"out|lift (?:his|her|my) arms?)\b|(?<![a-z])(?:lips|face|he|she|they|baby|boyfriend|"
        r"girlfriend|husband|wife|son|daughter|mum|dad|friend) (?:is |are |s )?(?:\w+ )?"
        r"(?:turning|going|gone|went) (?:blue|grey|purple)\b|(?<![a-z])(?:he|she|they) (?:will|would) not wake up\b"
        r"|\b(?:breathing|breath) (?:sounds|is|s) (?:funny|weird|strange|rattly|shallow|wrong|"
        r"noisy)\b",
        "severe chest pain going down my left arm",
        negatable=False,
        requires=r"^(?!.*\b(?:lol|lmao|haha\w*|game|character|npc|the old man|the sailor)\b)",
    ),
    Rule(
        "medical.en_fainting_starving",
        CRISIS,
        MED,
        r"\b(?:fainting|fainted|passing out|passed out|blacking out|blacked out|collapsing)\b",
        "havent eaten in 5 days and i keep fainting , heart is pounding",
        negatable=False,
        requires=r"\b(?:not eaten|eaten in|starv\w*|heart|pounding|racing|chest|not breathing)\b",
    ),
    # ------------------------------------------------------------ harm.intent
    Rule(
        "harm_to_others.en_threat_named",
        CRISIS,
        HARM,
        r"\b(?:going to|gonna|will|about to|planning to|plan to|want to|am going to) (?:\w+ )?"
        r"(?:kill|murder|stab|shoot|hurt|batter|beat up|poison|strangle|attack|glass|knife|"
        r"bash|run over|smash) (?!(?:the|a|an|this|it|you|your|yourself|everything|time|some|"
        r"my (?:character|avatar))\b)\w+",
        "gonna stab jake monday , im serious",
        subject=Subject.FIRST,
        needs_real=True,
        requires=r"\b(?:serious|mean it|not a joke|not joking|for real|tonight|tomorrow|monday|"
        r"tuesday|wednesday|thursday|friday|saturday|sunday|knife|gun|bat|hammer|crowbar|poison|"
        r"when|at the|know where)\b",
    ),
    Rule(
        "harm_to_others.en_threat_then_proof",
        CRISIS,
        HARM,
        r"\b(?:going to|gonna|will|am going to) (?:\w+ )?(?:kill|murder|stab|shoot|hurt|batter|"
        r"beat up|poison|strangle|attack) (?!(?:the|a|an|this|it|you|your|yourself)\b)\w+"
        + _then(
            r"is not a joke|not joking|i mean it|i am serious|for real|know where (?:he|she|they) "
            r"lives?|got the \w+|knife|gun|thought about (?:exactly )?how",
            14,
        ),
        "im going to kill my ex . i know where she lives",
        subject=Subject.FIRST,
    ),
    Rule(
        "harm_to_others.en_voices_harm",
        CRISIS,
        HARM,
        r"\b" + _VOICES + r" (?:\w+ ){0,2}?(?:hurt|kill|stab|harm|drown|smother|attack) (?:my|the|"
        r"her|him|them|someone|somebody|people|the baby)\b",
        "the voices say i have to hurt my sister",
    ),
    Rule(
        "harm_to_others.en_poisoning",
        CRISIS,
        HARM,
        r"\b(?:put|putting|slipped|slipping|spiked|spiking|added|mixed) (?:something|rat poison|"
        r"poison|bleach|antifreeze|pills|drugs|laxatives|crushed \w+) (?:in|into) (?:my |his |"
        r"her |their |the )?(?:\w+ ){0,4}?(?:drink|drinks|food|tea|coffee|sugar|sugar bowl|meal|"
        r"dinner|water|bottle)\b",
        "put something in my roommates drink",
        subject=Subject.FIRST,
    ),
    Rule(
        "harm_to_others.en_weapon_target",
        CRISIS,
        HARM,
        r"\b(?:got|have|brought|bringing|packed|hid|hidden|taking|grabbing|with) (?:a |the |my |"
        r"dads |\w+s )?"
        + _WEAPON
        + r"\b"
        + _ahead(
            r"(?:he|she|they) (?:is|are) done|will regret|all regret|gonna learn|going to learn|"
            r"get what (?:he|she|they) deserves?|walks home|where (?:he|she|they) lives?|"
            r"coming for|on the passenger seat|outside (?:his|her|their)",
            15,
        )
        + r"|\b(?:regret it|gonna learn|going to learn)\b(?: \S+){0,8}? (?:the stuff|knife|gun|"
        r"bat|poison|locker|bomb)\b"
        r"|\b(?:outside|near) (?:\w+ ){0,4}?(?:house|flat|place|work|school)(?: \S+){0,8}? with "
        r"(?:a|the|my) " + _WEAPON + r"\b"
        r"|\b(?:getting|get|gets) (?:a |the |my )?(?:hammer|bat|knife|brick|crowbar|axe|bullet) "
        r"(?:to|in|through) (?:the|his|her) (?:head|face|skull|chest)\b"
        r"|\b(?:burn|torch|set fire to) (?:his|her|their|my \w+s) (?:house|car|flat|place|home)\b",
        "got a bat in my bag and that kid walks home past the park at 4",
        past=False,
    ),
    # ------------------------------------------------------------ abuse.danger_now
    Rule(
        "abuse_or_danger.en_at_the_door",
        CRISIS,
        ABUSE,
        r"(?<![a-z])(?:someone|somebody|a man|a guy|he|they|some \w+|a stranger)(?: \w+){0,2}? "
        r"(?:trying|tried|rattling|banging|kicking|pounding|forcing|jiggling)(?: \w+){0,4}? "
        r"(?:my|our|the) (?:\w+ )?(?:door|doors|window|handle|lock)\b",
        "someone is trying to get in my door",
        requires=r"^(?!.*\b(?:delivery|postman|courier|amazon|parcel|package|must be (?:my|the) "
        r"(?:mum|dad|flatmate|neighbour|landlord))\b)",
    ),
    Rule(
        "abuse_or_danger.en_followed",
        CRISIS,
        ABUSE,
        r"(?<![a-z])(?:someone|somebody|man|guy|bloke|stranger|person|woman|car|van|he)(?: \w+){0,3}? "
        r"(?:following|followed|stalking|stalked) me (?:home|since|for|from|around|everywhere|"
        r"all)\b",
        "some guy has been following me since the bus stop",
    ),
    Rule(
        "abuse_or_danger.en_physical",
        CRISIS,
        ABUSE,
        r"\b(?:threw|thrown|throws|pushed|shoved|shoves|shoving|slammed|dragged|dragging) me "
        r"(?:against|into|down|across|out|about|around|to the|by my)\b"
        r"|\b(?:locks|locked|lock|locking) me (?:in|out|up|inside)\b"
        r"|\b(?:taken|took|takes) my phone\b(?: \S+){0,4}? (?:locked|will not let)"
        r"|\blocked in (?:the|my) (?:\w+ )?(?:room|bedroom|bathroom)\b(?: \S+){0,4}? (?:he|she)"
        r"|(?<![a-z])(?:he|she|they) (?:\w+ )?(?:ends|finish|finishes|end) me\b",
        "stepdad threw me against the wall , hiding in the bathroom",
    ),
    Rule(
        "abuse_or_danger.en_other_hurt",
        CRISIS,
        ABUSE,
        r"(?<![a-z])(?:carers?|nurses?|staff|he|she|they|stepdad|stepfather|dad|mum|mom|husband|"
        r"boyfriend)(?: \w+){0,4}? (?:slaps|hits|beats|kicks|punches|pinches|shoves|pushes|"
        r"hurts|abuses|starves) (?:her|him|them|my \w+)\b"
        + _then(r"bruises?|terrified|scared|every|afraid|marks|crying|when he|when she", 15),
        "one of the carers at mums home slaps her . ive seen the bruises",
    ),
    Rule(
        "abuse_or_danger.en_night_visits",
        CRISIS,
        ABUSE,
        r"(?<![a-z])(?:uncle|stepfather|stepdad|dad|father|brother|he|man|cousin|grandad|grandpa|"
        r"boyfriend|coach|teacher)(?: \w+){0,2}? (?:comes|came|keeps coming|creeps|sneaks|gets) "
        r"(?:into|in to|in) my (?:bed|bedroom|room)\b",
        "my stepfather comes into my room at night and i dont want him to",
        requires=r"\b(?:night|do not want|did not want|touch\w*|makes me|scared|afraid|when)\b",
    ),
    Rule(
        "abuse_or_danger.en_sextortion",
        CRISIS,
        ABUSE,
        r"\b(?:post|share|send|leak|show|spread) (?:my|the|our) (?:pics|pictures|photos|nudes|"
        r"videos?|images)\b(?: \S+){0,6}? (?:unless|if i do not|if i will not|if i stop|if i "
        r"tell)\b|\bsend (?:him |her |them )?more (?:pics|pictures|photos|nudes)\b",
        "a guy i met online says hell post my pics unless i send more",
    ),
    Rule(
        "abuse_or_danger.en_hiding",
        CRISIS,
        ABUSE,
        r"\b(?:hiding|hid|locked myself) (?:from (?:him|her|them)|in the (?:bathroom|car|toilet|"
        r"wardrobe|closet|shed|cupboard)|under the bed)\b",
        "i am hiding in the car from him",
        requires=r"\b(?:he|she|him|her|they|them|husband|partner|boyfriend|dad|stepdad|mum|"
        r"drunk|threw|hit|kill|hurt)\b",
        needs_real=True,
    ),
    # ------------------------------------------------------------ concern: others at risk
    Rule(
        "suicide.en_other_at_risk",
        CONCERN,
        SUI,
        r"\b(?:better off|happier) without (?:him|her|them)\b|(?<![a-z])(?:he|she|they) (?:will not|is "
        r"not going to|are not going to) be (?:around|here) (?:much longer|for long|anymore)\b"
        r"|\b(?:ready to go|wants to go|ready to die)(?= [,.]|$)|\bgiving (?:his|her|their) "
        r"(?:things|stuff|belongings|possessions) away\b|\b(?:posted|sent|wrote|left) (?:a |"
        r"her |his |their )?(?:goodbye|farewell|suicide note)\b",
        "he keeps saying wed be better off without him",
        requires=r"\b(?:says|said|saying|keeps|worried|worry|feeling|he|she|they|friend|mate)\b",
    ),
    Rule(
        "self_harm.en_other_cuts",
        CONCERN,
        SH,
        r"\b(?:cuts|cutting|burns|burning|hurts|hurting|harms|harming|starving) (?:himself|herself|"
        r"themselves|his (?:arms|wrists|legs)|her (?:arms|wrists|legs)|their arms)\b(?! (?:free|"
        r"loose|out|on|while|by accident|shaving))",
        "my brother cuts himself",
    ),
    # ------------------------------------------------------------ concern: past, urges
    Rule(
        "suicide.en_past",
        CONCERN,
        SUI,
        r"\bused to (?:cut|self harm|sh|hurt myself|burn myself)\b|\b(?:survived|since|after) "
        r"(?:my|an|a|the) (?:suicide )?attempt\b|\b(?:hospitali[sz]ed|sectioned|admitted)\b"
        r"(?: \S+){0,4}? (?:overdose|attempt|self harm)\b|\bhave not (?:cut|self harmed|hurt "
        r"myself)\b(?: \w+){0,2}? (?:in|for|since)\b",
        "i used to cut , 2 years clean",
        negatable=False,
    ),
    Rule(
        "self_harm.en_urges",
        CONCERN,
        SH,
        r"\burges? to (?:cut|burn|hurt myself|self harm|sh) (?:is|are|has|have|s)(?: \w+)? "
        r"(?:back|returned|loud|strong|bad|coming)\b|\burges (?:are|is) (?:\w+ )?(?:loud|strong|"
        r"bad|back|intense)\b|\b(?:staring|looking|stare|look) at (?:the |my )?(?:\w+ )?"
        r"(?:blades?|razors?|knife|knives|scissors|lighter)\b",
        "the urge to cut is back",
        requires=r"\b(?:urges?|keep|kept|can not stop|again|clean)\b",
    ),
    # ------------------------------------------------------------ concern: anger
    Rule(
        "distress.en_anger",
        CONCERN,
        DIS,
        r"\b(?:punched|punch|punching|kicked|smashed|hit|hitting) (?:the|a|my) (?:wall|walls|door|"
        r"mirror|window|controller)\b(?! to| open| down| in\b)"
        r"|\b(?:rage|anger|temper)\b(?: \S+){0,6}? (?:so bad|out of control|black out|blackout|"
        r"scares me|comes out of nowhere|can not control)"
        r"|\b(?:scared|afraid|frightened|terrified) (?:of )?what i (?:will|might|would|could|am "
        r"going to) do\b|\b(?:lost|losing|lose) my temper\b(?: \S+){0,6}? (?:threw|hit|smashed|"
        r"broke|screamed|punched)\b|\b(?:scared|afraid) i am (?:turning|becoming) (?:into )?my "
        r"(?:father|dad|mother|mum)\b|\bcan not control (?:it|my anger|my temper)\b",
        "punched the wall again",
        requires=r"\b(?:again|angry|rage|knuckles|control|temper|bruised|anger|scared|afraid|"
        r"frightened|today|every|hate)\b",
    ),
    # ------------------------------------------------------------ concern: anxiety
    Rule(
        "distress.en_anxiety",
        CONCERN,
        DIS,
        r"\bpanic attacks?\b|\b(?:can not|could not) stop (?:shaking|worrying|panicking|"
        r"trembling)\b|\bheart (?:is )?(?:racing|pounding)(?: \S+){0,4}? (?:stress|anxiety|"
        r"panic|worry)\b|\b(?:constant|a sense of|full of|this|the) dread\b|\bdread (?:in my|"
        r"every)\b|\boverwhelmed (?:by|with) (?:\w+ ){0,2}?(?:everything|it all|life|work|care)\b"
        r"|\bso overwhelmed\b|\bso anxious\b|\banxious (?:all the time|every day|before (?:my|"
        r"every))\b|\bcan not think straight\b",
        "cant stop shaking , heart racing from stress",
        requires=r"^(?!.*\b(?:game|games|boss|level|puzzle|riddle)\b)",
    ),
    # ------------------------------------------------------------ concern: bullying
    Rule(
        "abuse_or_danger.en_bullying",
        CONCERN,
        ABUSE,
        r"\b(?:call|calls|calling|called) me (?:names|slurs|a \w+|fat|ugly|gay|\w+ names)\b"
        r"|\b(?:posting|posted|post|sharing|spreading|saying) (?:\w+ ){0,3}?(?:about|of) me "
        r"(?:online|on|in the|everywhere)\b|\b(?:group chat|gc|page|account) (?:just )?to "
        r"(?:roast|mock|laugh at|bully|make fun of|hate on) me\b"
        r"|\b(?:laugh|laughing|whisper|whispering|stare|staring|point|pointing|snigger\w*) (?:at "
        r"me )?when i walk (?:by|past|in)\b|\b(?:left out of everything|frozen me out|froze me "
        r"out|freeze me out|shut me out)\b|\bsingles? me out\b|\bat my expense\b|\bmak\w+ fun of "
        r"me\b|\bpick(?:ing|s)? on me\b|\banonymous (?:messages|texts|comments|notes)\b"
        r"|\b(?:nasty|horrible|mean|cruel|hateful) (?:things|stuff|comments|messages|posts) about "
        r"me\b",
        "kids at school call me names every day",
    ),
    # ------------------------------------------------------------ concern: eating
    Rule(
        "distress.en_eating",
        CONCERN,
        DIS,
        r"\bmake myself (?:throw up|sick|vomit|puke)\b|\b(?:purging|purge|purged)\b"
        r"|\b(?:binged|bingeing|binging|binge)\b(?! (?:watch\w*|the (?:whole )?(?:series|show|"
        r"season)|on (?:netflix|tv)))|\bcounting (?:every )?calories?\b|\bunder \d+ (?:calories|"
        r"cals|a day)\b|\b(?:scared|afraid|frightened|terrified) (?:of|to) (?:eat|eating|food|"
        r"bread|carbs|gaining)\b|\b(?:not|have not|did not) eat(?:en)? (?:\w+ ){0,3}?(?:on "
        r"purpose|deliberately)\b|\bweight (?:is |s )?(?:down to|dropped to)\b|\bstill feel "
        r"(?:enormous|huge|fat)\b|\bskip(?:ping)? (?:breakfast|lunch|dinner|meals)(?: \S+){0,3}? "
        r"skip(?:ping)? (?:breakfast|lunch|dinner|meals)\b|\bone (?:apple|meal|cracker) (?:a day|"
        r"at night|per day)\b",
        "i make myself throw up after meals",
    ),
    # ------------------------------------------------------------ concern: substances
    Rule(
        "distress.en_substance",
        CONCERN,
        DIS,
        r"\b(?:drink|drinking|drunk|get drunk|getting drunk|smoke|smoking|smoked|vaping|vape|"
        r"using|use|popping|taking|bottle|wine|vodka|weed|pills|xanax|codeine)(?: \S+){0,6}? "
        r"(?:to (?:cope|sleep|forget|numb|get through|face|take the edge off|not feel|feel "
        r"nothing|feel normal|function)|just (?:to|so i can) (?:\w+ ){0,2}?(?:cope|sleep|get "
        r"through|face|feel|function|numb|forget))\b"
        r"|\busing again\b(?= [,.]|$| to| after| and)|\brelapsed (?:on|with) (?:drink|alcohol|"
        r"drugs|weed|coke|heroin)\b|\bdrinking (?:in the mornings?|before work|at work|alone|"
        r"every (?:day|night|morning)|all day|on my own)\b|\b(?:a bottle|bottles|half a bottle) "
        r"(?:of \w+ )?(?:a|every|each) (?:night|day)\b|\bmore (?:of )?(?:my |the )?(?:\w+ )?than "
        r"i am (?:meant|supposed|prescribed) to\b|\b(?:vodka|whisky|gin) in my (?:coffee|tea)\b",
        "i need to get drunk every night to sleep",
        requires=r"^(?!.*\b(?:tavern|ale|potion|inn|game)\b)",
    ),
    # ------------------------------------------------------------ concern: sleep
    Rule(
        "distress.en_sleep",
        CONCERN,
        DIS,
        r"\b(?:have not|not|never|barely|hardly|no) (?:slept|sleep|sleeping|had a (?:full |proper "
        r"|good |decent )?nights? (?:sleep)?)(?: \w+){0,2}? (?:in|for|since) (?:weeks|days|"
        r"months|ages|a month|a week|\w+ (?:weeks|days|months|nights)|september|october|"
        r"november|december|january|february|march|april|may|june|july|august|the \w+)\b"
        r"|\b(?:lie|lay|lying|laying) awake\b|\bawake (?:until|till|til) \d|\binsomnia\b"
        r"|\bcan not sleep\b"
        + _ahead(r"every night|night after|brain|mind|weeks|again", 8)
        + r"|\b(?:brain|mind|head) (?:will not|does not|can not) (?:shut off|switch off|stop|"
        r"turn off)\b|\blast time i (?:slept|had a (?:good|full|proper) (?:night|sleep))\b|\bso "
        r"tired (?:that )?it (?:physically )?hurts\b|\bhave not had a (?:full|proper|good|"
        r"decent) night\b|\b(?:\d|one|two|three) hours? (?:of sleep )?a night\b",
        "havent slept properly in weeks",
    ),
    # ------------------------------------------------------------ concern: trauma
    Rule(
        "distress.en_trauma",
        CONCERN,
        DIS,
        r"\bflashbacks?\b|\bnightmares? (?:about|of|every)\b|\b(?:got|get|getting|was|been) "
        r"triggered\b|\bsends? me (?:right )?back (?:there|to)\b|\bback in (?:helmand|the war|"
        r"afghanistan|iraq|that room|that house|that car)\b|\bset me off\b(?! laughing)"
        r"|\bjump at every (?:sound|noise|bang)\b|\bcheck the locks\b|\b(?:brought|brings|"
        r"bringing) (?:it all|the \w+|everything|it) (?:all )?back\b|\bstill see (?:his|her|"
        r"their|that \w+s?) face\b|\b(?:freeze|froze|freezing) (?:up )?(?:whenever|every time|"
        r"when) (?:someone|anyone|people|he|she)\b|\bever since what happened\b|\b(?:smell|"
        r"smelled|smelt|heard|saw) (?:of )?(?:his|her|their) (?:cologne|perfume|aftershave|voice|"
        r"car)\b",
        "keep having flashbacks of the accident",
        fiction=False,
        requires=r"^(?!.*\b(?:lol|lmao|haha)\b)",
    ),
    # ------------------------------------------------------------ concern: grief
    Rule(
        "distress.en_grief",
        CONCERN,
        DIS,
        r"(?:(?<=^)|(?<=\. )|(?<=, )|(?<=my )|(?<=our )|(?<=since ))(?:mum|mom|mums|moms|dad|"
        r"dads|grandpa|grandad|grandma|nan|granny|wife|husband|son|daughter|brother|sister|best "
        r"friend|friend|dog|cat|partner|baby|uncle|aunt|father|mother|best mate)s? (?:\w+ ){0,4}?"
        r"(?:passed|died|funeral|was put to sleep|put down)\b"
        r"|\b(?:lost|losing) my (?:best friend|mum|mom|dad|wife|husband|son|daughter|brother|"
        r"sister|partner|baby|nan|grandad|grandma|grandpa|friend|dog|cat|mother|father)\b"
        r"|\bfuneral (?:is|was) (?:tomorrow|today|yesterday|on)\b|\bfirst (?:christmas|birthday) "
        r"without\b",
        "grandpa passed and it doesnt feel real",
    ),
    # ------------------------------------------------------------ concern: money
    Rule(
        "distress.en_money",
        CONCERN,
        DIS,
        r"\b(?:can not|could not|do not know how (?:we|i) (?:will|would|are going to)) (?:afford "
        r"to )?(?:pay|afford) (?:for )?(?:the |my |our )?(?:rent|mortgage|bills?|heating|debts?|"
        r"loans?|anything|anywhere|food)\b|\b(?:debt|debts|arrears|bailiffs|eviction|payday "
        r"loans?)\b|\bbehind on (?:the |my |our )?(?:rent|mortgage|bills|payments)\b"
        r"|\b(?:got|been|was|am being|getting) (?:fired|sacked|made redundant|laid off)\b"
        r"|\b(?:lose|losing) (?:the|my|our) (?:flat|house|home|job)\b|\bowe (?:\w+ ){0,3}?(?:\d\w*|"
        r"thousands|hundreds)\b|\bgiven (?:us|me) notice\b|\brent is due\b|\bbusiness (?:has )?"
        r"(?:gone under|failed|collapsed|went bust)\b",
        "gonna lose the flat , cant pay rent",
        requires=r"^(?!.*\b(?:gold|coins|merchant|game)\b)",
    ),
    # ------------------------------------------------------------ concern: losing my mind
    Rule(
        "distress.en_losing_mind",
        CONCERN,
        DIS,
        r"(?<!making me )(?<!made me )(?<!make me )\b(?:losing|lost|lose) my mind\b"
        r"|\b(?:feel like|think|scared|afraid) i am going (?:mad|crazy|insane)\b"
        r"|\b(?:nothing|everything) (?:\w+ )?(?:feels?|seems?|is) (?:\w+ ){0,2}?(?:real|unreal|"
        r"fake|foggy|like a dream)\b|\b(?:does not|do not|not) feel (?:real|like (?:me|mine|my "
        r"own))\b|\bwatching myself\b|\bdissociat\w*|\bdo not recogni[sz]e (?:myself|who that is|"
        r"my own|me)\b|\bnot really here\b|\b(?:body|hands|arms|face) (?:is not|are not|do not "
        r"feel|does not feel) (?:\w+ )?(?:mine|like they belong|like it belongs|like my own)\b"
        r"|\bwhat is real(?: anymore)?\b|\blosing (?:whole )?(?:afternoons|hours|days|time)\b"
        r"|\bno memory of\b",
        "i think im losing my mind",
        requires=r"^(?!.*\b(?:riddle|puzzle|level|boss|game is|keys)\b)",
    ),
    # ------------------------------------------------------------ concern: medical fear
    Rule(
        "distress.en_medical_fear",
        CONCERN,
        DIS,
        r"\b(?:terrified|scared|frightened|afraid|petrified|anxious|worried sick|dreading|freaks? "
        r"me out|freaking out)\b(?: \S+){0,6}? (?:surgery|operation|biopsy|scan|results|chemo|"
        r"diagnosis|lump|needle|anaesthetic|appointment|procedure|cancer|parkinsons|dementia|"
        r"mri|mammogram|what is coming)\b|\b(?:biopsy|results|scan|lump|diagnosis|chemo|surgery|"
        r"operation|heart thing|flutter)\b(?: \S+){0,8}? (?:killing me|terrified|scared|"
        r"frightened|going spare|can not think|can not sleep|worried sick|freak\w* me out)\b"
        r"|\bfound a lump\b|\bwaiting (?:for|on) (?:my |the )?(?:biopsy|test|scan|blood test) "
        r"results\b|\b(?:might be|could be|said it is|think it is) (?:\w+ )?(?:cancer|parkinsons|"
        r"dementia|ms|a tumou?r)\b",
        "terrified of my surgery on friday",
        requires=r"^(?!.*\b(?:healer|potion|game)\b)",
    ),
    # ------------------------------------------------------------ concern: family
    Rule(
        "distress.en_family",
        CONCERN,
        DIS,
        r"\bmy fault (?:that )?(?:my|our) (?:parents|mum|mom|dad|son|daughter|kids|family|husband|"
        r"wife)\b|\b(?:i )?ruined (?:the|my|our) family\b|\b(?:feel )?responsible for (?:all of "
        r"it|the divorce|everything|it all)\b|\b(?:dread|dreading|scared of|hate) going home\b"
        r"|\b(?:cut me off|stopped speaking to me|will not let me see)\b|\b(?:we|and i|everyone) "
        r"(?:just )?(?:fight|argue|row|scream at each other)(?= [,.]|$| every| all the time| "
        r"constantly| non stop)|\bdivorce\w* (?:is )?(?:tearing|ripping|destroying|killing)\b"
        r"|\bkicked (?:my \w+|me) out\b|\batmosphere (?:in|at) (?:that|the|our|my) (?:house|"
        r"home) is\b",
        "its my fault my parents are divorcing",
        requires=r"^(?!.*\b(?:story|game|keeper|character)\b)",
    ),
    # ------------------------------------------------------------ concern: hopeless, worthless
    Rule(
        "distress.en_hopeless",
        CONCERN,
        DIS,
        r"\bgive up (?:\. |, )?on everything\b|\bnothing (?:\w+ )?(?:seems|feels|is) worth (?:the "
        r"effort|it|doing|trying)\b|\bnothings? (?:is )?(?:going to|gonna|ever going to|will "
        r"ever) (?:get|be) better\b(?! than\b)|\bnothing i do (?:ever )?(?:changes|matters|makes a "
        r"difference)\b|\b(?:goes|leads|going) nowhere\b(?= [,.]|$)|\bgoing through the motions"
        r"\b|\bwhat is the point (?:of|in) (?:even )?trying\b|\bgiven up (?:on )?(?:things|hope|"
        r"everything|trying|ever|it all)\b|\bcan not see (?:any |a )?(?:way out|future|the "
        r"point|light)\b|\b(?:done|stopped) hoping\b|\bno hope left\b",
        "i give up . on everything honestly , not the puzzle",
    ),
    Rule(
        "distress.en_worthless",
        CONCERN,
        DIS,
        r"\bi ruin everything\b|\bnot good enough for (?:anything|anyone|anybody)\b|\b(?:everyone|"
        r"they|people) (?:just )?(?:tolerates?|puts? up with) me\b|\bfailed at everything\b"
        r"|\bwhat i am worth\b|\bi am worth nothing\b",
        "i ruin everything i touch",
    ),
    Rule(
        "distress.en_isolation",
        CONCERN,
        DIS,
        r"\b(?:no one|nobody|noone) (?:ever )?(?:texts|calls|messages|visits|rings|checks on|"
        r"talks to|speaks to|invites) me\b|\bonly (?:place|one|person) (?:where )?(?:anyone|"
        r"anybody|i have|who|i) (?:ever )?(?:talks? to|speaks? to|talked to|spoken to)\b"
        r"|\blonely(?= [,.]|$| (?:asf|af|as|all|every|lately|tonight|is|and|since))"
        r"|\b(?:have not|not) (?:spoken|talked) to (?:anyone|anybody|another person|a soul|a "
        r"single person)\b|\b(?:nobody|no one) (?:\w+ )?cares? (?:what happens to me|whether i "
        r"live|if i live)\b",
        "no one ever texts me first",
    ),
    Rule(
        "distress.en_low_mood",
        CONCERN,
        DIS,
        r"\bempty (?:all the time|every day|inside)\b|\bdepression\b|\b(?:can not|could not) be "
        r"bothered (?:getting|to get) (?:dressed|up|out of bed)\b|\beverything (?:looks|feels|"
        r"seems) (?:\w+ )?(?:flat|grey|gray|dull|colourless|pointless)\b",
        "the doctor says it is depression",
        requires=r"^(?!.*\b(?:games?|story|content|themes?|article|book|film|movie)\b)",
    ),
    Rule(
        "self_harm.en_tool_on_skin",
        CRISIS,
        SH,
        r"\b(?:used|held|pressed|put|took|run|ran) (?:a |the |my |his |her )?(?:lighter|blade|"
        r"razor|razor blade|knife|compass|scissors|sharpener blade|hot (?:spoon|knife|iron)|"
        r"lit cigarette|cigarette) (?:on|to|against|across) (?:my (?:own )?|myself)(?:arms?|"
        r"wrists?|legs?|thighs?|skin|stomach|hips?|hands?)?\b"
        r"|\b(?:hitting|hit|banging|banged|bashing|bashed|smashing|smashed) my head (?:on|"
        r"against|into) (?:the |a )?(?:wall|floor|door|desk|mirror)\b(?: \S+){0,4}? (?:til|till|"
        r"until|so) (?:it|i) (?:\w+ )?(?:bled|bleed|was bleeding|blacked out|passed out|split)\b",
        "used a lighter on my arm after school , its all blistering",
        requires=r"^(?!.*\b(?:steak|meat|bread|food|cake|chicken|pizza|vegetables|onion)\b)",
        subject=Subject.FIRST,
        accident=True,
    ),
    Rule(
        "medical.en_swallowed_all",
        CRISIS,
        MED,
        r"\b(?:took|taken|swallowed|necked|popped|downed|had) (?:the rest of|all of|all|every "
        r"one of|every last one of) (?:the |my |\w+s )?(?:\w+ )?" + _DRUGS + r"\b"
        r"|\b(?:took|taken|swallowed|necked|popped|downed) (?:like |about |around |maybe |nearly "
        r"|over |at least )?(?:[2-9]\d|\d{3}) (?:of )?(?:my |the |\w+s )?(?:\w+ )?"
        + _DRUGS
        + r"\b",
        "took like 30 of my mums co codamol about 20 mins ago",
        negatable=False,
        requires=r"^(?!.*\b(?:potions?|over (?:a|the) (?:month|week|year)|in (?:a|the) "
        r"(?:month|week|year)|prescribed|this month|this year)\b)",
    ),
    Rule(
        "medical.en_child_swallowed",
        CRISIS,
        MED,
        r"\b(?:toddler|baby|son|daughter|kid|child|little \w+|boy|girl|dog|puppy)\b(?: \w+)? "
        r"(?:drank|drunk|swallowed|ate|eaten|has drunk|has swallowed|has eaten|got into)(?: \S+)"
        r"{0,4}? (?:under the sink|cleaning|cleaner|bleach|battery|batteries|magnets?|tablets|"
        r"pills|washing|dishwasher|detergent|medicine|weedkiller|antifreeze|chemicals?)\b",
        "my toddler drank something from under the sink",
        negatable=False,
    ),
    Rule(
        "medical.en_heart_signs",
        CRISIS,
        MED,
        r"\b(?:chest|heart)\b(?: \S+){0,8}? (?:left |right )?(?:arm|jaw|shoulder) (?:\w+ ){0,2}?"
        r"(?:numb|tingling|tingly|heavy|dead|hurts|aching|weak|gone numb)\b",
        "chest is crushing and my left arm has gone numb",
        negatable=False,
        requires=r"^(?!.*\b(?:gym|workout|sleeping on|slept on|lol|haha)\b)",
    ),
    Rule(
        "medical.en_cannot_wake",
        CRISIS,
        MED,
        r"\b(?:we|they|i|nobody|no one) (?:can not|could not|are not able to) (?:wake|rouse|get) "
        r"(?:her|him|them|my \w+) (?:up|to wake|to respond)\b",
        "we cant wake her up",
        negatable=False,
        requires=r"^(?!.*\b(?:lol|lmao|haha|deep sleeper|heavy sleeper|for school|for work|"
        r"mornings?|teenagers?|lazy)\b)",
    ),
    Rule(
        "harm_to_others.en_weapon_in_bag",
        CRISIS,
        HARM,
        r"\b(?:taking|bringing|take|bring|sneaking|sneak|packing|pack|putting|put|carrying) "
        r"(?:my |the |a |his |her |\w+s )?(?:\w+ )?(?:gun|pistol|rifle|shotgun|knife|machete|"
        r"blade) (?:in|into) (?:my |the )?(?:bag|backpack|rucksack|school bag|schoolbag|locker|"
        r"coat|jacket)\b"
        + _ahead(
            r"tomorrow|tonight|monday|on monday|they will|all see|period|school|class|lesson|"
            r"assembly|pay|sorry",
            14,
        ),
        "taking my brothers gun in my bag tomorrow . period 3 they will all see",
        requires=r"^(?!.*\b(?:game|airsoft|paintball|nerf|toy|props?|costume|cosplay|fishing|"
        r"camping|range)\b)",
    ),
    Rule(
        "harm_to_others.en_am_stabbing",
        CRISIS,
        HARM,
        r"\bi am (?:stabbing|shooting|knifing|glassing|killing|strangling|battering|bottling) "
        r"(?:him|her|them|that \w+|my \w+)\b",
        "next time my ex shows up at the door i am stabbing him , i mean it",
        requires=r"\b(?:i mean it|for real|next time|tonight|tomorrow|knife|i swear|not joking|"
        r"serious|when (?:he|she|they)|if (?:he|she|they))\b",
    ),
    Rule(
        "abuse_or_danger.en_threw_child",
        CRISIS,
        ABUSE,
        r"(?<!i )\b(?:threw|thrown|throws|slammed|shoved|pushed|kicked|punched|dragged|hit) "
        r"(?:my )?(?:little |baby |younger |big |older )?(?:sister|brother|sibling|mum|mom|mam|"
        r"mother|baby|son|daughter|nan|gran) (?:against|into|down|across|onto) (?:the )?"
        r"(?:wall|door|floor|table|cupboard|radiator|stairs|room)\b",
        "mums boyfriend threw my little sister against the wall",
        requires=r"^(?!.*\b(?:pillow|play|wrestl\w*|game|pool|bed|sofa|snow|lol|haha)\b)",
    ),
    # ------------------------------------------------------------ more concern cells
    Rule(
        "self_harm.en_thinking_of_harm",
        CONCERN,
        SH,
        r"\b(?:thinking|thought|thoughts|think) (?:\w+ )?(?:about|of) (?:hurting|harming|cutting|"
        r"burning|hitting) (?:myself|my (?:arms?|wrists?|legs?|thighs?|skin))\b",
        "been thinking about hurting myself again but i have not",
    ),
    Rule(
        "self_harm.en_urge_held",
        CONCERN,
        SH,
        r"\b(?:urges?|itch|want to|need to|craving to|tempted to|fighting the urge to) (?:\w+ )?"
        r"(?:to )?(?:sh|cut|self harm|hurt myself|burn myself|hit myself|harm myself)\b",
        "fighting the urge to hit myself tonight",
    ),
    Rule(
        "distress.en_back_on",
        CONCERN,
        DIS,
        r"\b(?:back on|started on|hooked on|relapsed on) (?:the )?(?:gear|smack|coke|crack|"
        r"booze|drink|sauce|bottle|pills|ket|benzos|spice|h)\b|\b(?:only thing|the one thing)"
        r" (?:that )?(?:shuts|quiets|quietens|numbs|stops|gets me through)\b",
        "back on the gear again , it is the only thing that shuts my head up",
        requires=r"^(?!.*\b(?:tavern|ale|potion|inn|game|bike|gears?box)\b)",
    ),
    Rule(
        "distress.en_seeing_it",
        CONCERN,
        DIS,
        r"\bkeep (?:seeing|hearing|reliving|replaying) (?:the |his |her |their |that |it )"
        r"(?:\w+ )?(?:crash|accident|attack|fire|night|day|face|voice|scream|screams|it|"
        r"shooting|fight|body)?\b(?: \S+){0,6}? (?:whenever|every time|when|each time|at night|"
        r"in my head|close my eyes)\b|\b(?:was|am|i was) (?:right )?back there\b",
        "i keep seeing the crash whenever i close my eyes",
        requires=r"^(?!.*\b(?:lol|lmao|haha|game|film|movie|cutscene|level)\b)",
    ),
    Rule(
        "distress.en_loss_empty",
        CONCERN,
        DIS,
        r"\b(?:had to |have to )?(?:put|putting) (?:our|my|the) (?:\w+ )?(?:dog|cat|pony|horse|"
        r"rabbit) (?:down|to sleep)\b|\b(?:house|flat|home|bed|room) (?:is|feels) (?:so |just |"
        r"really )?(?:empty|quiet) without (?:him|her|them)\b",
        "we had to put our dog down yesterday",
    ),
    Rule(
        "distress.en_money_threat",
        CONCERN,
        DIS,
        r"\b(?:landlord|letting agent|bank|council)\b(?: \S+){0,6}? (?:out|evict\w*|kick \w+ "
        r"out|take the (?:house|flat|car))(?: us| me)? if (?:i|we) (?:do not|can not) pay\b"
        r"|\b(?:\d+|a few|two|three|five|ten) (?:grand|thousand|k) (?:on|of) (?:the |my )?(?:credit )?"
        r"(?:cards?|overdraft|loans?)\b|\bopen (?:the )?(?:letters|bills|post)\b(?: \S+){0,4}? "
        r"(?:cry|panic|shake|shaking|feel sick)\b",
        "landlord says i am out if i do not pay by the 1st",
    ),
    Rule(
        "distress.en_fist_through",
        CONCERN,
        DIS,
        r"\b(?:put|putting|punched|smashed|kicked) (?:my )?(?:fist|foot|hand|head) (?:through|"
        r"into) (?:the |a |my )?(?:\w+ )?(?:door|wall|window|mirror|wardrobe|cupboard|tv|screen)\b",
        "put my fist through the wardrobe door again",
        requires=r"^(?!.*\b(?:to open|to break|to get|game|orc|troll|cart|to escape)\b)",
    ),
    Rule(
        "self_harm.en_other_marks",
        CONCERN,
        SH,
        r"\b(?:marks|cuts|scars|burns) on (?:my )?(?:\w+ )?(?:brothers|sisters|friends|mates|"
        r"sons|daughters|girlfriends|boyfriends|cousins|his|her|their) (?:arms|wrists|legs|thighs)"
        r"\b|\bi think (?:he|she|they) (?:is|are|has been|have been|might be) (?:cutting|self "
        r"harming|hurting (?:himself|herself|themselves))\b",
        "saw marks on my brothers arms , i think he is cutting",
    ),
    # ------------------------------------------------------------ more crisis cells (blind 1)
    Rule(
        "suicide.en_lethal_enough",
        CRISIS,
        SUI,
        r"\b(?:how (?:many|much)|what amount of|what dose of|what number of)\b(?: \S+){0,6}? "
        r"(?:would|will|does|do|is|to) (?:\w+ )?(?:do it|do "
        r"the job|finish (?:me|it|the job)|be enough|is enough|end it)\b(?!(?: \S+){0,6}? "
        + _GAME_OBJECT
        + r"\b)"
        r"|\bhow long (?:does|would|will|do) (?:it|you|u|a person|someone) (?:\w+ ){0,2}?"
        r"(?:take|last|need) (?:\w+ ){0,2}?(?:with|from|using|by|to die) (?:a |the |my )?"
        r"(?:\w+ )?(?:" + _LIGATURE[3:-1] + r"|hanging|bag|pills|tablets|overdose|bleed\w*|"
        r"drown\w*|gas|fumes|exhaust|charcoal|ligature)\b"
        r"|\b(?:can|could|would|will|do|does) (?:you|u|i|a person|someone|people|one) (?:\w+ )?"
        r"(?:die|od|overdose) (?:from|of|if|by|on|after) (?:\w+ ){0,5}?(?:"
        + _DRUGS[3:-1]
        + r"|whole (?:box|packet|pack|bottle)|box of|packet of|pack of|bottle of)\b",
        "how many paracetamol would actually do it",
        requires=r"^(?!.*\b(?:potions?|hp|mana|health bar|elixirs?|hearts)\b)",
    ),
    Rule(
        "suicide.en_gone_before",
        CRISIS,
        SUI,
        r"\b(?:i will|ill|i am going to|i will already) be (?:gone|dead|long gone|over) "
        r"(?:before|by) (?:the )?(?:morning|sunrise|dawn|daylight|midnight|tomorrow|the "
        r"weekend|christmas|my birthday|the time (?:you|they|anyone|she|he) (?:wake|wakes|get|"
        r"gets|read|reads|see|sees|find|finds))\b",
        "i will be gone before morning",
        requires=r"^(?!.*\b(?:flight|plane|train|trip|holiday|shift|work|airport|bus|ferry|"
        r"drive|car|camp|hike|festival|party|packed|packing|move|moving|leave for)\b)",
        negatable=False,
    ),
    Rule(
        "suicide.en_day_chosen_absence",
        CRISIS,
        SUI,
        r"\b(?:" + _DAYS[3:-1] + r"|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|"
        r"sundays|tonight|tonights|tomorrow|tomorrows)(?: is| s)? (?:the|my) (?:day|night|one|"
        r"date)\b"
        + _then(
            r"(?:will|are|is|s|be) (?:\w+ )?(?:out|away|at (?:my|her|his|the|work|their)|gone|"
            r"asleep|working)|home alone|on my own|by myself|nobody (?:will be )?(?:home|in|"
            r"around)|no one (?:will be )?(?:home|in|around)|(?:till|until) late|all (?:day|"
            r"night|weekend)",
            14,
        ),
        "sundays the day . mum will be at my aunts till late",
        requires=r"^(?!.*\b(?:party|birthday party|wedding|match|game|exam|test|interview|"
        r"date night|trip|concert|gig|holiday|launch|release|raid|surprise)\b)",
    ),
    Rule(
        "suicide.en_worked_out_when",
        CRISIS,
        SUI,
        r"\b(?:once|when|after|as soon as) (?:everyone|everybody|everyones|they|the house|mum|mom|"
        r"dad|my (?:\w+ )?(?:parents|mum|mom|dad|wife|husband|partner)|the kids) (?:\w+ )?"
        r"(?:is |are |s |has |have )?(?:asleep|in bed|gone to bed|goes to bed|go to bed|gone out|"
        r"goes out|go out|leave|leaves|left)\b(?: \S+){0,6}? (?:walking|going|driving|heading|"
        r"walk|go|drive|head|getting|get) (?:up )?(?:to|down to|out to|onto|on) (?:the |my |a )?"
        r"(?:\w+ )?" + _PLACE + r"\b"
        r"|\b(?:" + _DAYS[3:-1] + r"|tonight|tomorrow|after (?:my|the) (?:last )?\w+|once (?:\w+ )?"
        r"asleep|when (?:\w+ )?asleep)\b(?: \S+){0,10}? (?:worked it (?:all )?out|got it (?:all )?"
        r"(?:figured|worked|planned|mapped) out|figured it (?:all )?out|planned it (?:all )?out|"
        r"it is all (?:figured|worked|planned) out)(?= [,.]|$)",
        "friday after my last shift . got it all figured out",
        requires=r"^(?!.*\b(?:party|shopping|cinema|film|movie|route|revision|timetable|budget|"
        r"homework|essay|game|puzzle|quest|level|raid|trip|holiday|dinner|date)\b)",
    ),
    Rule(
        "suicide.en_last_thing_write",
        CRISIS,
        SUI,
        r"\b(?:this is|this will be|that is|these are|probably|this might be) (?:the |my )?"
        r"(?:very )?(?:last|final) (?:thing|things|words?|time) (?:i will|ill|i am going to|i) "
        r"(?:ever )?(?:write|say|post|send|type|message)\b"
        + _then(r"bye|goodbye|thank you|thanks|sorry|love you|take care|forgive|remember me", 14),
        "this is the last thing ill write . bye everyone",
        requires=r"^(?!.*\b(?:tonight|today|for now|before (?:bed|i|the)|until|till|essay|"
        r"exam|chapter|log off|logging off)\b)",
    ),
    Rule(
        "suicide.en_letters_for_family",
        CRISIS,
        SUI,
        r"\b(?:wrote|written|writing|finished|left|leaving|typed|done|did) (?:writing |typing )?"
        r"(?:some |the |my |all the |all my )?(?:letters|notes|goodbye notes) (?:for|to) (?:my |"
        r"both |each |all |the )?(?:\w+ )?" + _FAMILY + r"s?\b"
        r"|\b(?:letters|notes|letter|note)\b(?: \S+){0,12}? (?:left|put|hid) (?:them|it) (?:in|on|"
        r"under) (?:my|the) (?:\w+ )?(?:drawer|desk|pillow|bed|table|wardrobe|bedside)\b",
        "finished writing the letters for mum and my sister , left them in my desk drawer",
        subject=Subject.FIRST,
        past=False,
        requires=r"^(?!.*\b(?:christmas|xmas|birthday|thank you|pen ?pal|santa|valentines?|"
        r"application|council|school|teacher|game|character|homework|assignment|cover|"
        r"wedding|invitations?|postcards?|cards)\b)",
    ),
    Rule(
        "suicide.en_no_mess_left",
        CRISIS,
        SUI,
        r"\b(?:will|wills|funeral|in order|passwords|life insurance|sorted everything|sorted it "
        r"all|cancelled|canceled|paid off|affairs)\b(?: \S+){0,22}? (?:will not|would not|do not|"
        r"will never|never|wont|does not|nobody will|no one will|nobody would|no one would) "
        r"(?:have|need) (?:\w+ ){0,2}?(?:mess|anything|nothing|"
        r"stuff|things|much) to (?:deal with|sort|clear|clean|pay|worry)",
        "sorted my will , everythings in order . the kids will not have a mess to deal with",
    ),
    Rule(
        "suicide.en_meds_put_aside",
        CRISIS,
        SUI,
        r"\b(?:putting|put|setting|set|saving|saved|keeping|kept|squirrelling|squirreling|"
        r"stashing|stashed|hiding|hid|hoarding|collecting) (?:\w+ )?(?:of )?(?:my |the |all my |all "
        r"the |some of my |some )?"
        + _DRUGS
        + r" (?:aside|away|back|by|up|under|in)\b"
        + _ahead(
            r"enough|instead of taking|not taking|since|for (?:weeks|months|ages)|every (?:day|"
            r"week|month)|stockpile|all of them|do it|when the time",
            16,
        )
        + r"|\b"
        + _DRUGS
        + r"\b(?: \S+){0,12}? (?:there is|there are|i have|i have got|got) "
        r"(?:\w+ )?enough (?:now|saved|to (?:do it|end|finish|die|kill))\b",
        "been putting my meds aside instead of taking them . there is enough now",
        subject=Subject.FIRST,
        requires=r"^(?!.*\b(?:trip|holiday|journey|organiser|dosette|cabinet for|kids can not"
        r"|children can not|pharmacy return|return them)\b)",
    ),
    Rule(
        "suicide.en_sat_on_tracks",
        CRISIS,
        SUI,
        r"\b(?:sitting|standing|lying|laying|sat|stood|lay|lain|lie|kneeling|knelt) (?:down |here "
        r"|back |out )?(?:on|across|in the middle of|between) (?:the )?(?:train |railway |rail )?"
        r"(?:tracks|rails|railway line|line)\b(?! (?:at|in) (?:the )?(?:museum|model|toy))",
        "sat down on the tracks behind our estate",
        requires=r"\b(?:tracks|rails|railway)\b",
        fiction=False,
    ),
    Rule(
        "suicide.en_place_not_leaving",
        CRISIS,
        SUI,
        r"(?<![a-z])(?:at|on|by|up on|out on) (?:the |a |this )?(?:\w+ ){0,2}?"
        r"(?:bridge|cliffs?|cliff edge|railings?|roof|rooftop|ledge|viaduct|quarry|parapet|"
        r"car park roof|top floor)\b"
        + _then(
            r"(?:\.|,|i|and|but|just) (?:really )?(?:do not|can not|not|never) (?:\w+ ){0,2}?"
            r"(?:want to|going to|think i will|feel "
            r"like) (?:\w+ ){0,1}?(?:walk|go|come|drive|head|get|climb) (?:back|home|down|off)",
            24,
        ),
        "at the cliffs by the car park . do not really want to walk back",
        fiction=False,
    ),
    Rule(
        "suicide.en_attempt_snapped",
        CRISIS,
        SUI,
        r"\b(?:tried|attempted|tried it|did it)\b(?: \S+){0,6}? (?:but|and) (?:the \w+|it|that)"
        r" (?:snapped|broke|gave way|came loose|came down|came undone|did not hold|would not hold|"
        r"did not work|slipped)\b"
        + _then(
            r"lay|lying|laid|on the floor|woke up|woke|passed out|blacked out|came round|came to|"
            r"my neck|still here|hospital|for ages|for hours|alive",
            16,
        ),
        "tried on saturday but the thing snapped and i just lay on the floor for ages",
        requires=r"^(?!.*\b(?:shelf|shelves|door|lock|lid|jar|car|bike|zip|lever|puzzle|game|"
        r"level|boss|recipe|cake|printer|laptop|phone)\b)",
        subject=Subject.FIRST,
    ),
    Rule(
        "suicide.en_about_to_go_over",
        CRISIS,
        SUI,
        r"\b(?:was|were|i was) (?:just |literally |actually |really |so |right )?(?:about to|"
        r"ready to|going to|seconds from|so close to|this close to) (?:go|going|climb|climbing|step|"
        r"stepping|jump|jumping|get|getting|swing my legs|swinging my legs) (?:over|off|past) (?:the |that )?(?:railings?|edge|barrier|parapet|"
        r"side|balcony|ledge|fence|wall of the bridge)\b",
        "was literally about to go over the railing when my mate rang",
        subject=Subject.FIRST,
        requires=r"^(?!.*\b(?:fence to get|ball|frisbee|kite|cat|dog|park|garden|jump the)\b)",
    ),
    Rule(
        "suicide.en_bottled_it",
        CRISIS,
        SUI,
        r"\b(?:had|got) (?:it |everything )?(?:all )?(?:set up|ready|laid out|in place|tied)\b"
        r"(?: \S+){0,10}? (?:bottled it|bottled out|chickened out|lost my nerve|lost the nerve|"
        r"backed out|could not go through with it|could not do it|did not go through with it|"
        r"stopped myself|pulled out|froze)\b",
        "i had it all set up and then bottled it at the last second",
        subject=Subject.FIRST,
        requires=r"^(?!.*\b(?:proposal|propose|proposing|ask (?:her|him) out|asking (?:her|him)|"
        r"speech|presentation|audition|bungee|skydiv\w*|zip ?line|stage|camera|stream|prank|"
        r"surprise|date|interview|ring|party)\b)",
    ),
    Rule(
        "suicide.en_doing_it_now",
        CRISIS,
        SUI,
        r"\b(?<!is )(?<!are )(?<!was )(?<!were )(?<!he )(?<!she )(?<!they )(?<!we )(?<!you )"
        r"(?:doing|going to do|gonna do) it (?:right )?now\b"
        + _then(
            r"sorry|bye|goodbye|forgive me|love you|tell (?:them|my \w+|everyone|mum|mom|dad)|"
            r"thank you|thanks for everything",
            6,
        ),
        "doing it now . sorry",
    ),
    Rule(
        "suicide.en_step_out_when",
        CRISIS,
        SUI,
        r"\b(?:step|stepping|stepped|walk|walking|jump|jumping|fall|falling|lean|leaning|run|"
        r"running) (?:out|off|forward|over) (?:of )?(?:the |into the )?(?:edge |platform |kerb "
        r"|curb |road )?(?:\w+ )?(?:when|as|just as|once|before|in front as) (?:it|the \w+|a \w+|"
        r"that \w+|one) (?:\w+ )?(?:comes|come|passes|pass|goes|pulls|arrives|gets|speeds|"
        r"rushes|flies|races)\b",
        "im gonna step off the edge when it comes through the station",
        requires=r"^(?!.*\b(?:carriage|horses?|cart|game|level|boss|platform game)\b)"
        r"(?=.*\b(?:train|trains|bus|buses|lorry|lorries|truck|trucks|traffic|tube|tram|van|"
        r"coach|express|the \d+|station|edge|platform|kerb|curb|road|comes through)\b)",
    ),
    Rule(
        "suicide.en_swerve_into_it",
        CRISIS,
        SUI,
        r"\b(?:swerv\w*|steer\w*|veer\w*|driv\w*|crash\w*|plough\w*|yank\w* the wheel) "
        r"(?:\w+ )?(?:straight |right )?into (?:it|them|one|him|her|the next one)\b",
        "every time a lorry comes the other way i think about swerving into it",
        requires=r"^(?!.*\b(?:cart|kart|mario|gta|race|game|level)\b)"
        r"(?=.*\b(?:lorry|lorries|truck|trucks|bus|buses|car|cars|van|traffic|oncoming|other "
        r"way|coach|tanker)\b)"
        r"(?=.*\b(?:think\w*|thought|want|wanted|tempted|nearly|almost|urge|picture|imagine|"
        r"could|just|every time|keep)\b)",
    ),
)

# --------------------------------------------------------------------------------------------
# Round 3: classes missed by blind set 2 (docs/safety.md, "After tuning on blind set 2"),
# written as classes with their look-alikes in tests/safety/dev/round3.jsonl.
# --------------------------------------------------------------------------------------------

_NOT_GAME = r"^(?!.*\b(?:game|map|screenshot|project|homework|essay|quest|level|boss|lol|lmao)\b)"
#: Words of finality after a sign-off ("goodbye forever, thank you for everything").
_FINAL_WORDS = (
    r"forever|for good|for ever|everything|love you all|sorry|tell my|remember me|fault|"
    r"will not be|no more|last time|miss me|take care of|not be here|gone|goodbye to"
)
_NOT_ANGER = r"^(?!.*\b(?:angry|anger|rage|temper|furious|mad at|lose it at)\b)"

RULES = (
    *RULES,
    Rule(
        "suicide.en_r3_signoff_for_tonight",
        CONCERN,
        SUI,
        r"\b(?:my|the) (?:last|final) (?:message|post|text|msg) (?:for |of )?(?:tonight|today|this "
        r"evening|the (?:day|night|evening)|before (?:bed|i (?:sleep|log off|go to bed|go)))\b"
        r"(?!(?: \S+){0,25}? (?:" + _FINAL_WORDS + r")\b)"
        # the goodbye itself is part of the match, so that its "tomorrow" is not read as a
        # real-world marker (needs_real): "last post today , cya tomorrow" stays none
        r"(?: [,.])?(?: (?:ok|okay|so|anyway))?(?: (?:bye|goodbye|night|good night|goodnight|gn|"
        r"see (?:you|ya)|cya|later|laters|ttyl|talk (?:to you )?(?:tomorrow|soon|later)|speak "
        r"soon)(?: (?:all|everyone|everybody|guys|folks|tomorrow|soon|later|then|x+))*)?",
        "this is my last message tonight , bye everyone",
        needs_real=True,
        negatable=False,
    ),
    Rule(
        "suicide.en_r3_last_message_final",
        CRISIS,
        SUI,
        r"\b(?:my|the) (?:last|final) (?:message|post|text|msg|words)\b"
        + _then(
            r"forever|for good|for ever|thank you for everything|love you all|sorry for "
            r"everything|tell my|remember me|not your fault|will not be (?:here|around)|miss me|"
            r"take care of (?:my|mum|mom|dad)",
            25,
        ),
        "this is my last message tonight , thank you for everything , goodbye forever",
        negatable=False,
    ),
    Rule(
        "suicide.en_r3_high_open_at_night",
        CRISIS,
        SUI,
        r"\b(?:tallest|highest|top) (?:multi storey|car park|building|bridge|block|tower|cliff|"
        r"flats)s?\b(?: \S+){0,12}? (?:open (?:all night|at night|after dark|24)|stays open|"
        r"after dark|at night|walk (?:onto|out onto|on)|get (?:up )?(?:to|onto|on) the (?:top|roof)"
        r"|no (?:railings?|fence|barriers?))\b|\b(?:car park|multi storey|building|bridge|block)s?"
        r" (?:\w+ ){0,4}?(?:has|with) (?:a |the )?(?:top floor|roof) (?:that )?(?:you|i|one|anyone)"
        r" can (?:walk|get|climb) (?:onto|on|up)\b|\bhigh enough to be sure\b",
        "which car park round here has a top floor you can walk onto",
        requires=_NOT_GAME,
    ),
    Rule(
        "suicide.en_r3_never_wake_dose",
        CRISIS,
        SUI,
        r"\b(?:how (?:many|much)|what dose|which dose|what amount)\b(?: \S+){0,12}? (?:never|not|"
        r"no longer) (?:wake|waking)(?: up)?(?: again| ever| anymore)?(?= [,.]|$)",
        "how much insulin would it take to never wake up",
        negatable=False,
        requires=_NOT_GAME,
    ),
    Rule(
        "suicide.en_r3_decided_finishing",
        CRISIS,
        SUI,
        r"\b(?:finishing|ending|finish|end) (?:it|things|everything|it all) (?:for good|this "
        r"(?:weekend|week)|tonight|tomorrow)\b|\b(?:it is|it has|has) been decided\b|\bmade "
        r"(?:my )?peace with it\b|\bit is happening (?:tonight|today|this weekend|tomorrow)\b",
        "no more . ending things for good , it has been decided",
        requires=r"\b(?:for good|made peace|no going back|no more|calm about it|finishing "
        r"(?:it|things)|ending (?:it|things))\b",
        negatable=False,
    ),
    Rule(
        "suicide.en_r3_which_beam",
        CRISIS,
        SUI,
        r"\b(?:worked out|figured out|know|decided|picked|chosen|chose) (?:exactly )?which "
        r"(?:beam|tree|branch|hook|bridge|rope|cliff|train)\b|\b(?:know|worked out|decided|"
        r"figured out) exactly (?:where and (?:when|how)|when and (?:where|how)|how and "
        r"(?:when|where))(?= [,.]|$| i (?:will|am going to)| to do it| it will)",
        "worked out which beam in the garage and when the house will be empty",
        requires=_NOT_GAME,
    ),
    Rule(
        "suicide.en_r3_not_making_it_to_age",
        CRISIS,
        SUI,
        r"\b(?:not|never) (?:making it|going to make it|going to see|seeing|living|going to live|"
        r"get|getting|going to get|going to reach|reaching) (?:to )?(?:my )?(?:[2-9]\d|twenty|"
        r"thirty|forty|fifty|sixty|[2-9]\dth|\d+st|\d+nd|\d+rd|\d+th)(?= [,.]|$)",
        "thats the date . not making it to 30",
        negatable=False,
        requires=r"^(?!.*\b(?:fps|percent|points|followers|subs|subscribers|kills|level|lvl|"
        r"mph|degrees|k)\b)",
    ),
    Rule(
        "suicide.en_r3_not_making_it_decided",
        CRISIS,
        SUI,
        r"\b(?:not|never) (?:making it|going to make it|going to see|be here for|be around for|"
        r"live to see|seeing) (?:to )?(?:my |another |next )?(?:christmas|new year|next year|"
        r"birthday|summer|spring|anniversary)\b",
        "not making it to christmas , i have already decided how",
        negatable=False,
        requires=r"\b(?:decided|date|picked|chosen|how|plan|know|already|goodbye|sure)\b",
    ),
    Rule(
        "suicide.en_r3_insurance_pays",
        CRISIS,
        SUI,
        r"\b(?:make|making) it look like an accident\b|\bso (?:the|my) (?:life )?insurance "
        r"(?:still )?(?:pays|pay|will pay|covers|pays out)\b|\blife insurance (?:still |will "
        r"still )?(?:pays|pay|will pay|covers|pays out)\b",
        "make it look like an accident so the life insurance pays out for the kids",
        requires=r"\b(?:kids|children|family|wife|husband|shed|garage|rope|gone|dead|bank|"
        r"sale|debts?|farm|before|after|life insurance|me)\b",
    ),
    Rule(
        "suicide.en_r3_pet_for_good_will",
        CRISIS,
        SUI,
        r"\b(?:asked|told|got|getting|arranged for) (?:\w+ ){0,3}?to (?:have|take|keep|look after|"
        r"rehome) (?:\w+ ){0,2}?(?:for good|forever|for ever|permanently)\b|\b(?:sorted|wrote|"
        r"written|made|updated|did|done|finished|signed) (?:out )?(?:my|the) will\b",
        "asked the neighbour to take bess for good , sorted the will and the bank stuff",
        requires=r"^(?!.*\b(?:moved|moving|abroad|uni|university|new job|new flat)\b)(?=.*\b(?:"
        r"dog|cat|pets?|puppy|kitten|rabbit|hamster|bird|horse|bank|passwords|calm|funeral|"
        r"everything|all done|letters?|goodbye|in order)\b)",
        negatable=False,
    ),
    Rule(
        "suicide.en_r3_nobody_to_sort_after",
        CRISIS,
        SUI,
        r"\bso (?:that )?(?:nobody|no one) (?:has|will have|needs|will need) to (?:sort|deal with|"
        r"clean up|clear|pay for|worry about) (?:\w+ ){0,2}?(?:after|afterwards|later|when)\b",
        "paid off every bill so nobody has to sort anything after",
        negatable=False,
    ),
    Rule(
        "suicide.en_r3_rope_tied",
        CRISIS,
        SUI,
        r"\b(?:rope|noose|belt|cord|ligature)\b(?: \S+){0,8}? (?:already tied|is tied|tied "
        r"(?:up|off)|ready and waiting|all set up)\b|\boutside the (?:railing|railings|barrier|"
        r"fence|rail|safety rail)\b|\bholding on with one hand\b(?= typing)|\b(?:balcony|bridge|"
        r"ledge|roof|window|parapet|cliff)\b(?: \S+){0,8}? holding on with one hand\b",
        "the rope is in the wardrobe . already tied",
        requires=_NOT_GAME + r"(?!.*\b(?:climb\w*|boat|tent|knot practice|scouts|swing|tyre|tire|"
        r"hammock|river)\b)",
    ),
    Rule(
        "suicide.en_r3_pills_counted",
        CRISIS,
        SUI,
        r"\b(?:counted|counting|count|sorted|lined|laid) (?:out |up )?(?:all )?(?:of )?(?:my |"
        r"the |all my |these |those )?" + _DRUGS + r"\b",
        "ive counted out the pills twice , theyre on my bedside table",
        requires=r"\b(?:twice|again|enough|in front of me|ready|all of them|every one|bedside|"
        r"desk|two times|three times|how many)\b",
        negatable=False,
    ),
    Rule(
        "suicide.en_r3_where_to_stand",
        CRISIS,
        SUI,
        r"\b(?:train|trains|express|freight|station|platform|tracks|line|lorries|lorry|motorway|"
        r"traffic)\b(?: \S+){0,16}? (?:timing|timed|worked out|working out|figured out|"
        r"calculated|know|knowing) (?:exactly )?(?:where to (?:stand|step|be|wait)|when to "
        r"(?:step|jump|go|walk out))\b|\b(?:timing|timed|clocking|clocked|watching) (?:\w+ )"
        r"{0,2}?(?:express|fast|freight|non stopping|high speed) (?:trains?|ones?)\b|\b(?:edge|"
        r"end) of the platform\b(?: \S+){0,6}? (?:fast one|fast train|express|freight|one that "
        r"does not stop)\b",
        "the express does not stop at our station . ive been timing where to stand",
        requires=_NOT_GAME,
    ),
    Rule(
        "suicide.en_r3_cannot_promise_safe",
        CRISIS,
        SUI,
        r"\b(?:can not|could not|do not think i can|not sure i can) (?:promise|guarantee|say|be "
        r"sure) (?:that )?i (?:will|would|am going to|can) (?:be|stay|keep) (?:\w+ )?(?:safe|ok|"
        r"okay|alright|all right|fine)\b|\bi am (?:scared|afraid|frightened|terrified) of myself"
        r"\b|\b(?:do not|can not) trust (?:what i (?:will|might|would|could|am going to) do|"
        r"myself (?:right now|tonight|alone|on my own|anymore|at the moment))\b",
        "i can not promise i will be safe tonight",
        negatable=False,
        requires=_NOT_ANGER + r"(?!.*\b(?:cake|chocolate|biscuits|haha|lol|game|exam|test)\b)",
    ),
    Rule(
        "suicide.en_r3_vehicle_flat_out",
        CRISIS,
        SUI,
        r"\b(?:hitting|hit|drive into|driving into|drove into|crash into|crashing into|plough "
        r"into|ploughing into|smash into|smashing into|going into|go into) (?:it|that|them|the "
        r"\w+)(?: \w+)? (?:flat out|at (?:full speed|full pelt|\d+|ninety|seventy|eighty|a "
        r"hundred)|full pelt|foot down|without braking)\b|\b(?:put|putting|keep) my foot down and "
        r"(?:not|never|do not) (?:turn|brake|stop|steer)\b|\b(?:let|letting|just let) go of the "
        r"(?:steering )?wheel\b",
        "i keep thinking of hitting it flat out",
        requires=_NOT_GAME + r"(?=.*\b(?:thinking|think|thought|want|wanting|keep|imagine|"
        r"imagining|tempted|urge|every time|every night|next time|bridge|viaduct|motorway)\b)",
    ),
    Rule(
        "suicide.en_r3_attempt_interrupted",
        CRISIS,
        SUI,
        r"\b(?:tried|started|attempted|did it) (?:it |to )?(?:again )?(?:last night|yesterday|"
        r"earlier|this morning|tonight|on \w+day)\b(?: \S+){0,10}? (?:walked in|came in|came "
        r"home|came back|found me|stopped me|interrupted|burst in|knocked|did not finish|could "
        r"not finish|could not go through)\b",
        "tried last night but my mum walked in and stopped me",
        requires=_NOT_GAME,
    ),
    Rule(
        "suicide.en_r3_dey_think",
        CRISIS,
        SUI,
        r"\bi (?:dey|de|day) (?:think|thinking|plan|planning|wan|want) (?:of |about |to )?"
        r"(?:ending|end|taking|take|kill|killing|die|dying)(?: my (?:own )?life| myself)?\b",
        "i dey think of ending my life every day",
        negatable=False,
    ),
    Rule(
        "suicide.en_r3_join_them",
        CRISIS,
        SUI,
        r"\b(?:all i want is|i just want|i only want|i want|i wish i could|i would give anything)"
        r" (?:is )?(?:to )?(?:go and |go |just )?(?:be with|join|go to|be back with) "
        r"(?:him|her|them)(?: again)?(?= [,.]|$)",
        "since dad passed all i want is to go and be with him",
        requires=r"\b(?:passed|died|dead|gone|lost|funeral|heaven|grave)\b",
        negatable=False,
    ),
    Rule(
        "harm_to_others.en_r3_make_him_bleed",
        CRISIS,
        HARM,
        r"\bmake (?:him|her|them|that \w+) (?:bleed|suffer)\b|\b(?:break|breaking|smash|smashing)"
        r" (?:his|her|their) (?:legs|knees|face|jaw|skull|arms|head)\b|\b(?:he|she|they) (?:is|"
        r"are) (?:getting|going to get) (?:stabbed|shot|glassed|hurt|killed|done in)\b",
        "gonna wait for that guy after his shift and make him bleed , i know where he parks",
        requires=r"^(?!.*\b(?:lol|lmao|haha\w*|xd|fifa|game|match|mario|kart)\b).*"
        + r"\b(?:for real|i know (?:where|his|her)|tomorrow|tonight|after (?:his|her|"
        r"their|work|school)|wait for|waiting for|knife|gun|his car|her car|ready|not joking|"
        r"serious|seriously|when (?:he|she) comes)\b",
    ),
    Rule(
        "abuse_or_danger.en_r3_trying_to_get_in",
        CRISIS,
        ABUSE,
        r"\b(?:someone|somebody|a man|a guy|a stranger|he|they)\b(?: \S+){0,8}? (?:trying|tries|"
        r"tried) (?:to (?:get in|break in|get into|open|force)|the (?:handle|door|window))\b",
        "someone is at my front door trying to get in and i am alone",
        requires=r"\b(?:door|window|flat|house|home|room|alone|scared|right now)\b",
    ),
    Rule(
        "distress.en_r3_empty_grey",
        CONCERN,
        DIS,
        r"\b(?:just|so|completely|totally|feel|feeling) empty(?= [,.]|$| inside| all the time| "
        r"every day)|\b(?:want|wanting|wish) (?:the|this) day (?:to be|was|were) over\b",
        "empty . just empty . every day",
        requires=r"^(?!.*\b(?:chest|room|box|bottle|glass|fridge|tank|street|bag|house|cup|"
        r"shelf|drawer|inventory|car park|stadium)\b)",
        negatable=False,
    ),
    Rule(
        "distress.en_r3_nobody_visits",
        CONCERN,
        DIS,
        r"\b(?:nobody|no one) (?:ever )?(?:calls|visits|rings|texts|comes round|comes over|checks "
        r"on me)\b|\btalk to the (?:kettle|cat|dog|walls|telly|tv) more than\b",
        "since the baby came nobody visits",
        negatable=False,
    ),
    Rule(
        "distress.en_r3_drink_before",
        CONCERN,
        DIS,
        r"\b(?:a|have a|having a|first|my first) (?:drink|vodka|whisky|gin|glass of wine|beer|"
        r"can) (?:\w+ )?(?:before|at) (?:work|school|the school run|breakfast|9|nine|lunch|noon|"
        r"my shift)\b|\b(?:drink|drinking) every (?:night|day|morning|evening)(?: just)? to "
        r"(?:get to sleep|sleep|get going|cope|function|get through)\b|\b(?:whole|entire) bottle"
        r" (?:now|every night|a night|most nights)\b|\bnot a glass (?:anymore|any more)\b",
        "started having a drink before the school run",
        requires=r"^(?!.*\b(?:tavern|ale|potion|inn|game|party|wedding|birthday)\b)",
        negatable=False,
    ),
    Rule(
        "distress.en_r3_hours_a_night",
        CONCERN,
        DIS,
        r"\b(?:slept|sleeping|sleep|getting|get) (?:maybe |only |about |like )?(?:\d|to|one|two|"
        r"three)(?: or \d)? (?:hours|hrs|hr|h) (?:of sleep )?(?:a|per|each) night\b(?: \S+){0,6}? "
        r"(?:weeks|month|months|ages|zombie|can not think|falling apart|breaking)\b|\b(?:have not|"
        r"not) slept (?:properly|well|right|at all) (?:for|in) (?:weeks|months|ages)\b",
        "sleeping maybe 3 hrs a night for a month now",
        fiction=False,
        negatable=False,
    ),
    Rule(
        "distress.en_r3_back_there",
        CONCERN,
        DIS,
        r"\b(?:under|hiding under|hid under) the (?:table|desk|bed) again\b|\bback there (?:again|"
        r"in my head)\b|\b(?:fireworks|thunder|bangs|sirens|helicopters?)\b(?: \S+){0,10}? "
        r"(?:under the (?:table|desk|bed)|back there|flashbacks?)\b",
        "fireworks next door tonight and im under the table again",
        requires=_NOT_GAME,
        negatable=False,
    ),
    Rule(
        "distress.en_r3_heart_pounding_stress",
        CONCERN,
        DIS,
        r"\bheart (?:is )?(?:pounding|racing|going mad|going crazy|going like mad|thumping)\b",
        "shaking and my heart is pounding because of the exam , its too much",
        requires=r"\b(?:shaking|panic|too much|stress|stressed|exam|anxious|anxiety|overwhelmed)"
        r"\b" + r"(?!.*\b(?:boss fight|game|raid)\b)",
        negatable=False,
    ),
    Rule(
        "distress.en_r3_purge_after_meals",
        CONCERN,
        DIS,
        r"\b(?:throw up|throwing up|vomit|vomiting|puke|puking|make myself sick|make myself throw "
        r"up) after (?:every|each|all my|my|most) (?:meal|meals|dinner|lunch|breakfast|time i eat)"
        r"\b",
        "i throw up after every meal and nobody knows",
        negatable=False,
    ),
    Rule(
        "suicide.en_r3_not_a_problem_long",
        CRISIS,
        SUI,
        r"\b(?:will not|not going to|wont) be (?:a problem|a burden|in (?:anyones|your|the) way|"
        r"bothering (?:anyone|you)) (?:for (?:\w+ ){1,2})?(?:much longer|for much longer|"
        r"for long|any longer|for much more)\b",
        "i will not be a problem for anyone much longer",
        negatable=False,
        requires=_NOT_GAME,
    ),
    Rule(
        "suicide.en_r3_means_in_hand",
        CRISIS,
        SUI,
        r"\b(?:" + _DRUGS[3:-1] + r"|blade|razor|rope|noose)\b (?:are |is )?in my (?:hand|hands|"
        r"palm|fist)\b",
        "ive got the pills in my hand right now",
        requires=_NOT_GAME + r"(?=.*\b(?:right now|now|ready|staring|looking at|all of them|whole|"
        r"tonight|counting)\b)",
    ),
    Rule(
        "suicide.en_r3_thats_when",
        CRISIS,
        SUI,
        r"\b(?:when|while|after|once) (?:everyone|everybody|they|my (?:parents|family|wife|"
        r"husband|flatmates?|mum|mom|dad)) (?:is|are|has|have|goes|go|leave|leaves|left|gone)\b"
        r"(?: \S+){0,6}? that is (?:when|the time|it)(?= [,.]|$)",
        "sunday when everyone is at church , thats when",
        negatable=False,
        requires=_NOT_GAME + r"(?!.*\b(?:party|surprise|film|movie|cake|present|gift)\b)",
    ),
    Rule(
        "suicide.en_r3_what_height",
        CRISIS,
        SUI,
        r"\bwhat (?:height|floor|storey|dose|amount)\b(?: \S+){0,10}? (?:to (?:\w+ )?(?:die|not "
        r"survive|be fatal|be lethal|kill (?:you|yourself|me|a person))|would (?:\w+ )?(?:kill|be "
        r"fatal|be lethal))\b",
        "what height do you need to fall from to definitely die",
        negatable=False,
        requires=_NOT_GAME,
    ),
    Rule(
        "suicide.en_r3_give_any_not_needed",
        CRISIS,
        SUI,
        r"\b(?:gave|given|giving|handed|left) (?:away )?(?:all )?(?:of )?my\b(?: \S+){0,10}? "
        r"(?:will not|do not|not going to|never going to) (?:be )?need(?:ing)? (?:it|them|those|"
        r"any of it|any of them)(?: anymore| any more| where i am going| after this)?(?= [,.]|$)",
        "gave my pss to my little brother . will not be needing it",
        negatable=False,
        requires=r"^(?!.*\b(?:old|used|spare|charity|outgrown|upgrade|upgraded|new one|bought|"
        r"sold|moving|moved)\b)",
    ),
    Rule(
        "distress.en_r3_concern_more",
        CONCERN,
        DIS,
        r"\b(?:bathroom|toilet|loo) (?:straight )?after (?:every|each|all my|most) meals?\b(?: \S+)"
        r"{0,4}? (?:get rid|throw|sick|purge)\w*|\bbottles? by (?:lunchtime|lunch|noon|midday|"
        r"ten|10|eleven|11)\b|\blost my (?:best )?(?:mate|friend|pal|bestie|brother|sister|mum|"
        r"mom|dad|son|daughter|husband|wife|partner|cousin) (?:\w+ )?(?:in|to) (?:a |the )?"
        r"(?:crash|accident|fire|overdose|cancer|car crash|stroke)\b",
        "lost my best mate in a crash in june . still cant believe it",
        negatable=False,
        requires=r"^(?!.*\b(?:game|tavern|ale|potion|quest|my character|in the story)\b)",
    ),
    Rule(
        "suicide.en_r3_other_says_end_it",
        CONCERN,
        SUI,
        r"\b(?:keeps saying|keeps telling (?:me|us|everyone)|says|said|told me|told us) (?:that )?"
        r"(?:he|she|they) (?:is|are|was|were) going to (?:end it|end it all|kill (?:himself|"
        r"herself|themselves)|do it|not be here)\b",
        "dad keeps saying hes going to end it since we lost the farm",
        negatable=False,
        requires=_NOT_GAME,
    ),
    Rule(
        "suicide.en_r3_ready_do_not_look",
        CRISIS,
        SUI,
        r"\b(?:do not|please do not) (?:come )?look(?:ing)? for me\b(?=.*\b(?:ready|goodbye|sorry|"
        r"love you|note|letter|forgive)\b)|\btonights? (?:is )?the night\b(?: \S+)"
        r"{0,6}? (?:ready|set|in place|sorted)\b|\beverything is (?:ready|set|in place|sorted) "
        r"for tonight\b",
        "tonights the night , everything is ready",
        negatable=False,
        requires=r"^(?!.*\b(?:hid\w*|seek|party|game|match|date|dinner|concert|gig|lol|haha\w*|"
        r"birthday|surprise|show|wedding|packed|trip|holiday)\b)",
    ),
    Rule(
        "suicide.en_r3_things_with_a_note",
        CRISIS,
        SUI,
        r"\b(?:left|leaving|leave) (?:all )?my (?:things|stuff|belongings|cat|dog|savings) (?:to|"
        r"for|with) (?:\w+ ){1,3}?with a (?:note|letter)\b|\bwho gets my\b(?: \S+){0,8}? (?:written "
        r"down|in writing|in the note|in a letter|all sorted|decided)\b|\b(?:pills|tablets|"
        r"painkillers) and (?:a |the )?(?:bottle of )?(?:vodka|whisky|gin|wine|booze|alcohol)\b"
        r"(?: \S+){0,6}? (?:house to myself|on my own|alone|tonight)\b",
        "left my things to my sister with a note , she will understand",
        negatable=False,
        requires=r"^(?!.*\b(?:game|holiday|trip|moving|lol|haha\w*|party)\b)",
    ),
)

#: "1t" is "it" in leetspeak (a digit-led word too short for the leetspeak step); "suicidea" is
#: what the letter-by-letter join makes of "s u i c i d e a lot".
TOKEN_MAP: dict[str, str] = {"1t": "it", "suicidea": "suicide a"}
REAL_MARKERS = (
    r"this evening|tonight is the night|i know where (?:he|she|they) lives?|this is not a joke|"
    r"not joking this time|i am not asking for help|asking for me|not for the game|"
    r"asking (?:for real|irl)|sorry to dump this|dump this on|dumping this on|drinking again|"
    r"black eye|out of one eye|getting louder"
)
FICTION_MARKERS = r"on the map|screenshot|in the tale"
