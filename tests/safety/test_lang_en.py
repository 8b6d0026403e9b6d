"""English rules of ``tta_server.safety.lang.en``: one crisis, concern and look-alike per cell.

The sentences are written for this test (not taken from the development corpus), so that they
check the rules' classes of words rather than the corpus's sentences.
"""

from __future__ import annotations

import pytest

from tta_server.safety import classify
from tta_server.safety.model import Level

CRISIS_CASES = [
    # sui.means
    "my sleeping tablets are all laid out on the bed",
    "been stockpiling my sertraline for a month",
    "the belt is already tied to the door frame",
    "in the car with the engine running and the garage door shut",
    "bought charcoal and sealed the bedroom door",
    "my grandads rifle is loaded and on my lap",
    # sui.place
    "sat on the ledge of the car park again",
    "im on the roof of the flats and i cant stop looking down",
    "standing on the motorway bridge , the lorries are so loud",
    # sui.unsafe
    "i do not feel safe around myself right now",
    "im not sure i can keep myself safe tonight",
    # sui.plan
    "ive chosen the date",
    "when my flatmate leaves for work tomorrow i will do it",
    # sui.preparatory
    "i wrote letters to my kids and put them in the drawer",
    "this will be my final message",
    "rehomed my rabbit , i wont need to look after her where im going",
    # sui.intent
    "my mind is made up , i am at peace with it",
    "i am done living",
    # sui.attempt
    "tried to hang myself on sunday but the cord broke",
    "i was about to jump when a car came past",
    # sui.vehicle
    "i keep wanting to steer into the trees on the bypass",
    # sui.method
    "how much morphine would it take to die",
    "is the 9th floor high enough to not survive",
    # sui.burden, wish
    "my son would have an easier life if i was gone",
    "i pray every night that god takes me",
    # self.act
    "burned my wrist with a lighter again",
    # med.overdose
    "swallowed a whole strip of diazepam , everything is blurry",
    "my toddler has swallowed some bleach",
    # med.emergency
    "my dad fell off the ladder and hes not moving",
    # harm.intent
    "im going to stab my cousin tomorrow , im serious",
    # abuse.danger_now
    "a man has been following me home from the station",
    # added with the blind-1 fixes (new sentences, same classes)
    "what amount of insulin would do the job",
    "how long would it take with a scarf",
    "could a person die from a packet of amitriptyline",
    "i will be dead by the time they read this",
    "thursdays the day , dad will be away all weekend",
    "once my parents are in bed im driving to the viaduct",
    "wrote notes for my husband and the kids , they are under my pillow",
    "this is the final thing i will post . love you all",
    "cancelled my debits and updated the will so nobody will have anything to sort",
    "been saving my tablets up for weeks , i have enough to do it now",
    "lying down across the railway line near the crossing",
    "up on the car park roof , i dont think i will go back home",
    "did it on tuesday but the cable gave way and i woke up on the floor",
    "i was so close to climbing over the barrier when the bus came",
    "had everything ready and then lost my nerve",
    "going to do it now . bye",
    "thinking about stepping out as the express comes through",
    "nearly steered into them on the dual carriageway , the trucks, i keep thinking about it",
    "swallowed every one of my sleeping tablets",
    "we can not wake my dad up and there are empty packets",
    # into the water: read as two game moves by the parser, so the screen must hold it
    "walk into the sea and keep going",
    "i want to walk into the sea and not come back",
    "going to wade into the river tonight and let the current take me",
]

CONCERN_CASES = [
    "my mum keeps boxes of painkillers in the kitchen cupboard",  # means access
    "i punched the door again , i cant control it",  # anger
    "i keep having panic attacks at work",  # anxiety
    "people at work make fun of me every day",  # bullying
    "i make myself sick after every meal",  # eating
    "i drink every night just to get to sleep",  # substance
    "i have not slept properly in weeks",  # sleep
    "i get flashbacks whenever i hear sirens",  # trauma
    "my grandma passed last night",  # grief
    "we are behind on the rent and the bailiffs are coming",  # money
    "i feel like im going crazy",  # losing my mind
    "i am terrified about my scan results",  # medical fear
    "it is my fault my parents split up",  # family
    "the urges to cut are back",  # self-harm urges
    "my sister has been cutting her arms",  # other at risk
    "i keep reliving the attack every time i close my eyes",  # trauma
    "the landlord will evict us if we can not pay",  # money
    "punched my hand through the bathroom door",  # anger
]

#: Urges resisted and a recovered past are concern, not crisis (dis.self_harm_urges, dis.past).
CONCERN_EXACT = [
    "i have been thinking about cutting myself again but i am staying strong",
    "the urge to burn myself came back , i went for a run",
    "intente matarme a los 17 , ahora estoy bien",
    "tengo ganas de lastimarme pero no lo hice",
    "mit 15 wollte ich mich umbringen , heute geht es mir gut",
]

NONE_CASES = [
    "line up the potions on the table",
    "tie the rope to the mast and climb up",
    "stood on the bridge watching the boats , lovely evening",
    "i dont feel safe in this crypt",
    "picked saturday for the guild raid",
    "im going to do it , im going to beat this puzzle",
    "last message before bed , see you tomorrow",
    "gave my old books to my cousin",
    "drive the wagon into the gate",
    "how many potions does it take to beat the troll",
    "took my vitamins with breakfast",
    "cut the vines with the knife",
    "i attack the bandit with my sword",
    "the healer scares me",
    "this maze is making me lose my mind",
    "im out of gold , sell the sword",
    "i sleep at the inn",
    "drink the ale in the tavern",
    "the squad would be better off without me on the pitch",
    "saying my goodbyes at work , we are moving to perth",
    "i can not breathe in this dusty tunnel , keep going",
    "scratched my legs on the brambles while weeding",
    "my sister hit me with a cushion lol",
    "i just want to disappear into my duvet with a film",
    "wrote a letter to my nan for christmas",
    "wade into the water and keep going to the boat",
    "swim into the sea until i reach the boat",
    "walk into the sea",
]

#: Look-alikes the base table used to fire on: the rule must stay silent (the model, which is
#: retrained separately, may still have its say).
BASE_RULE_SILENT = [
    ("my grandpa collapsed into his armchair and is snoring", "medical.unresponsive"),
    ("my mum said she will kill me if i forget the milk", "abuse_or_danger.threatened"),
    ("mein vater schlagt mich immer beim tennis", "abuse_or_danger.de"),
    ("ich spring vom balkon in den pool", "suicide.de_want_die"),
    (
        "ich habe eine doku gesehen , ich frag mich warum leute suizid begehen",
        "suicide.de_suicide_word",
    ),
    ("no puedo respirar de la risa xd", "medical.es"),
    ("mein herz tut weh seit sie schluss gemacht hat", "medical.de"),
]


@pytest.mark.parametrize("text", CRISIS_CASES)
def test_english_crisis(text: str) -> None:
    got = classify(text)
    assert got.level is Level.CRISIS, (text, got.reasons)


@pytest.mark.parametrize("text", CONCERN_CASES)
def test_english_concern_is_flagged(text: str) -> None:
    got = classify(text)
    assert got.level is not Level.NONE, (text, got.reasons)


@pytest.mark.parametrize("text", CONCERN_EXACT)
def test_urges_and_recovered_past_are_concern(text: str) -> None:
    got = classify(text)
    assert got.level is Level.CONCERN, (text, got.reasons)


@pytest.mark.parametrize(("text", "rule_id"), BASE_RULE_SILENT)
def test_base_rules_skip_lookalikes(text: str, rule_id: str) -> None:
    got = classify(text)
    assert not any(r.split(":")[-1] == rule_id for r in got.reasons), (text, got.reasons)


@pytest.mark.parametrize("text", NONE_CASES)
def test_english_lookalikes_stay_none(text: str) -> None:
    got = classify(text)
    assert got.level is Level.NONE, (text, got.reasons)


#: Where the line lies for a sign-off (docs/safety.md, sui.preparatory): "last message" with a
#: time of day and an ordinary goodbye is a player leaving the chat; with a word of finality
#: anywhere after it, it is a farewell.
SIGN_OFFS = [
    ("my last message for tonight , night all", Level.NONE),
    ("ok this is my last post today , cya tomorrow", Level.NONE),
    ("this is my last message tonight . thank you for everything , goodbye forever", Level.CRISIS),
    ("my last message tonight . tell my mum i am sorry", Level.CRISIS),
    ("this is my last message , i love you all", Level.CRISIS),
]


@pytest.mark.parametrize(("text", "level"), SIGN_OFFS)
def test_a_sign_off_with_a_time_of_day_is_not_a_farewell(text: str, level: Level) -> None:
    got = classify(text)
    assert got.level is level, (text, got.reasons)
