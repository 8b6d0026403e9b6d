"""Something personal and hard the player tells (issue 14, newcomer corpus 25: Marcus told
Bastian "my dad hums off key n all. some days he dont know who i am" and heard "Now that is a
question for the catalogue, not a bookbinder"; told Ilse "my dad is ill and i get angry at him
sometimes" and heard her stock line). :func:`disclosed` reads such words: someone close who is
ill, forgetting, dying or gone; the player judging themselves a failure ("im a rubbish son");
guilt or anger towards someone close ("i dont see him enough", "i get angry at him"). Whoever
hears it answers kindly (``talk.disclosed``), never with a stock line or another topic.
"""

from __future__ import annotations

import re

from tta_server.world.replies import normal

_FAMILY = (
    r"(?:dad|father|mum|mom|mam|mother|gran|grandad|granddad|grandma|granny|nan|nana|nanna"
    r"|grandpa|grandfather|grandmother|wife|husband|brother|sister|parents|uncle|aunt|auntie)"
)
_OTHERS = (
    r"(?:da|pa|ma|son|daughter|kid|kids|boy|girl|partner|mate|best mate|friend|best friend"
    r"|boyfriend|girlfriend|folks|old man|family|missus|fella)"
)
#: Someone close: a family word (its "my" may be gone: the parser's words to someone drop it,
#: "tell bastian my grandad died" reaches the story as "grandad died"), or another with "my".
_CLOSE = (
    rf"(?:(?:(?:my|me|our) (?:old )?)?(?<!\byour )(?<!\bher )(?<!\bhis )(?<!\btheir )"
    rf"(?<!\bthe )(?<!\ba )(?<!\bpips ){_FAMILY}|(?:my|me|our) (?:old )?{_OTHERS})"
)
_THEM = r"(?:him|her|them|he|she|they)"
_ILL = (
    r"(?:ill|sick|poorly|unwell|dying|dementia|alzheimers|cancer|in hospital|in a home|in care"
    r"|in a care home|in a nursing home|in a hospice|in hospice"
    r"|getting worse|gettin worse|worse|not well|had a stroke|a stroke|forgets|forgetting"
    r"|passed|passed away|died|dead|gone|not himself|not herself|struggling|confused)"
)
_SELF = r"(?:im|i am|i feel like|i feel|feel like|i was|ive been|i have been)"
_JUDGED = (
    r"(?:rubbish|terrible|bad|useless|awful|crap|shit|lousy|worthless|hopeless|horrible|poor|lazy"
    r"|selfish)"
)
_ROLE = (
    r"(?:son|daughter|dad|father|mum|mother|parent|friend|mate|brother|sister|husband|wife"
    r"|partner|person|carer|human|human being|kid|child|grandson|granddaughter)"
)
_DISCLOSED = re.compile(
    rf"\b{_CLOSE}(?:s| is| has| was| had| got| has got| been| keeps| seems)?"
    rf"(?: \w+){{0,4}} {_ILL}\b"
    rf"|\b{_CLOSE}s?\b.*\b(?:he|she|they|hes|shes|theyre)(?: is| are| has| keeps| been)?"
    rf"(?: \w+)? {_ILL}\b"  # "my dad's the same ... and he's getting worse"
    rf"|\b{_ILL} {_CLOSE}\b"  # "lost my dad", "since my mum died" read the other way
    rf"|\b(?:lost|losing|miss|missing) {_CLOSE}\b"
    rf"|\b{_THEM} (?:dont|doesnt|didnt|cant|no longer|does not|do not|never) "
    r"(?:know|knows|recognise|recognize|remember|remembers) (?:me|who i am|who i was|my name|us)\b"
    rf"|\b{_CLOSE} (?:still |even )?(?:knows|remembers|recognises|recognizes) (?:me|who i am)\b"
    r"|\bmissing (?:someone|somebody) (?:whos|who is) still here\b"
    rf"|\b{_SELF} (?:a |such a |the |an )?(?:\w+ )?{_JUDGED} {_ROLE}\b"
    rf"|\b{_SELF} (?:a |such a |an |the )?(?:total |complete |bit of a )?"
    r"(?:failure|disappointment|let down|letdown)\b"
    rf"|\bi (?:let|keep letting) (?:{_THEM}|{_CLOSE}) down\b"
    rf"|\bi (?:get|got|keep getting|snap|shout|lose my temper|get cross|get angry|get mad)"
    rf"(?: \w+){{0,2}} (?:at|with) (?:{_THEM}|{_CLOSE})\b"
    rf"|\bi (?:dont|do not|never|hardly|barely|cant) (?:get to )?(?:see|visit|ring|call) "
    rf"(?:{_THEM}|{_CLOSE})(?: \w+)? (?:enough|much|anymore|any more|often)\b"
)


#: The player's own hard news (newcomer corpus 28: "break-up a couple months ago, and i'm not
#: sleeping much" to Rue met her lighthouse line; "rough couple of months. got dumped, barely
#: sleeping" to Juno her stock line): a break-up, sleep gone, feeling low, a hard stretch.
_OWN_NEWS = re.compile(
    r"\b(?:(?:a |my |the |recent |bad |messy )?(?:break ?up|breakup|divorce|separation)\b"
    r"|(?:we|i|she|he|they|weve|ive|just|recently) (?:\w+ )?(?:broke up|split up|separated"
    r"|split|divorced|got divorced)\b"
    r"|(?:got|been|was|getting|just got) (?:dumped|left|ghosted|cheated on)\b"
    r"|(?:dumped|left|ditched|cheated on) me\b(?! (?:a|an|the|some|something|it|this|that"
    r"|with|here|there|to|for)\b)"
    r"|(?:not|barely|hardly|never|cant|cannot|can not|havent been|not been|struggling to)"
    r" (?:sleeping|sleep|slept)\b|\b(?:no|little|zero|hardly any|barely any) sleep\b"
    r"|\binsomnia\b|(?:sleep|sleeping)\b.*\bi (?:cant|can not|cannot)(?: \w+)?"
    r" (?:lately|anymore|any more|these days|at the moment|much|at all)\b"
    r"|(?:ive been|i have been|been) (?:so |really |pretty |very |quite |a bit |kind of |kinda )?"
    r"(?:low|depressed|down|miserable|heartbroken|gutted|lonely|wrecked|burnt out|burned out)"
    r"(?: (?:lately|recently|for (?:a while|weeks|months|ages)|since))\b"
    r"|(?:im|i am|ive been|been) (?:so |really |pretty |a bit )?(?:depressed|heartbroken"
    r"|burnt out|burned out)\b"
    r"|(?:rough|hard|tough|awful|bad|horrible|shit|crap|grim) (?:couple of |few |last |past )?"
    r"(?:months|weeks|year|time|patch|stretch|spell)\b"
    r"|(?:lost|losing) my (?:job|home|flat|house)\b|(?:got|been|was) (?:sacked|fired|made"
    r" redundant|laid off)\b"
    # money worries ("money is tight", "they cut my hours at work", "i worry about money":
    # newcomer corpus 29's second player met Rue's "Couldn't tell you, love")
    r"|money (?:is|s|has been|been) (?:so |very |really )?(?:tight|bad|short|a worry|a problem)"
    r"|(?:worry|worried|worrying|stress|stressed|anxious) (?:about |over )?(?:the )?(?:money"
    r"|bills|rent)|money (?:stress|worries|troubles|problems)"
    r"|(?:cut|cutting|reduced) (?:my|our) (?:hours|pay|wages)|cant (?:pay|afford) (?:the )?"
    r"(?:rent|bills)|\bin debt\b"
    # bereavement told plainly (newcomer corpus 29, a widow: "I'm a widow myself. Declan died
    # two years ago." to Bastian met his topic of the pen, then of Fenn)
    r"|widow|widowed|widower|widowhood"
    rf"|my late {_FAMILY}|i lost (?:him|her|them)\b|since (?:\w+ )?(?:died|passed)"
    r"|\b(?!(?:it|that|this|light|lamp|fire|flame|wind|ember|engine|torch|phone|battery|plant"
    r"|conversation|signal|noise|roar|stove|music)\b)[a-z]+ (?:died|passed away|passed on)\b"
    r"(?! down| out| away))"
)


#: The player's own people named ("my nan", "my best mate"): a question about them is the
#: player's own to ask (newcomer corpus 31: "ask bastian if he thinks my nan still knows me").
_OWN_PEOPLE = re.compile(rf"\b(?:my|me|our) (?:old )?(?:{_FAMILY}|{_OTHERS})\b")


def about_own_people(words: str) -> bool:
    """Whether the words name someone of the player's own ("my nan", "my dad")."""
    return _OWN_PEOPLE.search(normal(words)) is not None


def disclosed(words: str) -> bool:
    """Whether the words tell something personal and hard (see the module docstring), the
    player's own hard news too (:data:`_OWN_NEWS`: a break-up, no sleep, a low stretch, a
    loss: "I'm a widow", "Declan died two years ago")."""
    text = normal(words)
    return _DISCLOSED.search(text) is not None or _OWN_NEWS.search(text) is not None
