"""Wishing to lie in the ground with the dead, and an apology to be passed on (round 31).

The lead's probes after round 30 (written before blind set 30 was seen, from the grief talk of
newcomer 32's play) found two classes the rules rated none:

* the wish to be in the ground, the grave or under the earth, often with the dead ("i'd rather
  be in the ground with him", "ich wäre lieber mit ihm unter der erde", "preferia estar debaixo
  da terra com ele"): the taxonomy's ``sui.wish_dead`` ("I'd rather be dead"; "I want to be
  with her" is its line between grief and crisis). The contextual vote caught some of these as
  served; the rules caught none. A garden, a cellar or a game's crypt is not the ground meant:
  the ground must be the grave's ("in the ground", "under the earth", "six feet under"), and
  the wish the speaker's own;
* an apology to be passed on to one's own family ("tell my son i'm sorry"): a farewell's
  shape, said through someone else, but also what a person says after a quarrel. Concern: a
  check-in asks; with a word of farewell after it ("for everything", "goodbye", "i love
  them") it is the taxonomy's ``sui.preparatory``, a crisis. A thing given or kept "to remember
  me by" is a keepsake for after, a crisis too (round 31b: "save this for my mum to remember me
  by" was rated none), not one for a move or a trip.

Rule ids carry ``r31_``. The names this module defines are described in
``tta_server.safety.lang``.
"""

from __future__ import annotations

from tta_server.safety.lexicon import CONCERN, CRISIS, SUI, Rule
from tta_server.safety.model import Category

#: The grave's ground, in six languages (normalised text: no accents).
_GROUND = (
    r"(?:in the ground|in the grave|in a grave|in my grave|under the ground|under the earth|"
    r"six feet under|6 feet under|bajo tierra|en la tumba|sous terre|dans la tombe|"
    r"unter der erde|im grab|sottoterra|sotto terra|nella tomba|debaixo da terra|"
    r"embaixo da terra|debaixo do chao|na cova|no tumulo)"
)

#: The speaker's own wish or preference to be somewhere, in six languages.
_WISH_TO_BE = (
    r"(?:i would rather be|i had rather be|i would sooner be|i wish i was|i wish i were|"
    r"i want to be|i wanna be|i just want to be|i should be|i belong|i ought to be|"
    r"prefiero estar|preferiria estar|quisiera estar|quiero estar|ojala estuviera|"
    r"je prefererais etre|je voudrais etre|je veux etre|jaimerais etre|j aimerais etre|"
    r"je devrais etre|ich ware lieber|ich waere lieber|"
    r"ich wunschte ich ware|ich wuenschte ich waere|ich sollte|preferirei essere|preferirei stare|"
    r"vorrei essere|vorrei stare|voglio essere|voglio stare|dovrei essere|preferia estar|"
    r"preferia ficar|queria estar|quero estar|eu devia estar|eu deveria estar)"
)

#: Someone of the speaker's own family or a close one, whom a message is to be passed to.
_OWN_PEOPLE = (
    r"(?:son|daughter|kids|children|boy|girl|boys|girls|wife|husband|partner|mum|mam|mom|mother|"
    r"dad|father|brother|sister|family|parents|nan|gran|grandma|grandad|grandpa|fiance|fiancee|"
    r"girlfriend|boyfriend|best friend)"
)

#: Sorry for a small thing named ("for being late, the bus broke down"): not a farewell's shape.
_NOT_A_SMALL_THING = (
    r"(?! (?:for|about|that) (?!everything|all\b|it all|what|this\b|leaving|going|not being|"
    r"the pain|the hurt|being a burden|being like this|who i am)\S)"
)

RULES: tuple[Rule, ...] = (
    Rule(
        "suicide.r31_in_the_ground",
        CRISIS,
        SUI,
        r"\b" + _WISH_TO_BE + r" (?:\w+ ){0,3}?" + _GROUND + r"\b",
        "i would rather be in the ground with him",
        negatable=False,
        past=False,
        # a wish about one's burial when the time comes is not a wish to be dead now
        requires=r"^(?!.*\b(?:when my time comes|when i go|when i am gone|one day|someday|"
        r"cuando me muera|quand je mourrai|wenn ich sterbe|quando morro|quando morire)\b)",
    ),
    Rule(
        "distress.r31_sorry_passed_on",
        CONCERN,
        Category.DISTRESS,
        r"\b(?:tell|let) my " + _OWN_PEOPLE + r" (?:know )?(?:that )?i am (?:so |really |truly )?"
        r"sorry\b" + _NOT_A_SMALL_THING,
        "tell my son i am sorry",
        negatable=False,
    ),
    Rule(
        "suicide.r31_sorry_passed_on_farewell",
        CRISIS,
        SUI,
        r"\b(?:tell|let) my " + _OWN_PEOPLE + r" (?:know )?(?:that )?i am (?:so |really |truly )?"
        r"sorry\b(?: \S+){0,8}? (?:for everything|goodbye|bye|farewell|i love (?:him|her|them|you)|"
        r"forever|i tried|it is not (?:his|her|their) fault|for being a burden|for what i am about to)\b",
        "tell my son i am sorry . goodbye everyone",
        negatable=False,
    ),
    Rule(
        "suicide.r31_remember_me_by",
        CRISIS,
        SUI,
        r"\b(?:to|so (?:she|he|they) can|so (?:she|he|they) will|and) remember me by\b"
        r"|\b(?:para que (?:me )?recuerde|pour (?:qu (?:il|elle)s? )?se souvenir de moi|"
        r"zur erinnerung an mich|per ricordarsi di me|pra (?:ele|ela) (?:se )?lembrar de mim|"
        r"para (?:ele|ela) (?:se )?lembrar de mim)\b",
        "give my son my watch to remember me by",
        negatable=False,
        # a keepsake for a move or a trip is not a farewell for good
        requires=r"^(?!.*\b(?:move|moving|uni|university|abroad|trip|holiday|travel\w*|away for|"
        r"while i am away|when i go to|new job|deploy\w*)\b)",
    ),
)
