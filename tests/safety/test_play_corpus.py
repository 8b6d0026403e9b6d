"""Real newcomers' play is rarely interrupted by the screen (docs/safety.md, round 5).

``tests/pipeline/corpus/newcomers-*.jsonl`` hold what newcomers typed to the game in real
play-throughs (the ``text`` field): every one of them is ordinary play, and a concern verdict
interrupts it with a check-in, the players' top complaint. The corpora are a fixed set and are
never trained on (they measure); this test holds the screen to the round's flag budget on them,
and the shipped worlds' character names to what fiction may and may not lower.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tta_server.safety import Level, classify

CORPORA = sorted((Path(__file__).resolve().parents[1] / "pipeline" / "corpus").glob("newcomers-*"))

#: The share of the corpora's inputs the screen may flag (concern or crisis), all together,
#: for the corpora whose false alarms were read and worked on (newcomers-1 to -4).
FLAG_BUDGET = 0.005

#: Corpora nobody has tuned on yet, with the numbers of their texts the screen flagged and held
#: (crisis) when they were added: their first, honest figures, ceilings only ever lowered.
#: newcomers-5 (186 inputs, at 1742cfa): 3 concerns (1.6 %), each a kind answer to a
#: character's own question (docs/safety.md, "Newcomers' play, corpus 5"). newcomers-6 (504
#: inputs, at 4a44d36): 2 concerns and 2 crises, one sentence typed twice ("thank you for
#: telling me. ill go to the study. do you want to come?", the learned model alone at 0.87: a
#: thank-you and "i'll go" read as a farewell). Round 9 (docs/safety.md) trained the model on
#: kind talk to characters, written after reading these flags (so both corpora are tuned on in
#: kind, not in text): newcomers-5 2 concerns, newcomers-6 3 concerns and no hold.
#: newcomers-9 (115 inputs, at 58e7c13, after round 10): 1 concern, the player's answer to
#: Bastian's own question about the page that says the worst of you ("mine would say i worry
#: too much and i'm annoying about it"), the class newcomers-5 and -7 also met.
#: newcomers-10 (254 inputs, at 7a30299, after round 11): 1 concern, the learned model alone
#: (0.86) on the player's words at Juno's page ("the man at the next table hasn't even looked
#: up. so not everyone"); the screen rated the answer to Bastian that got a check-in in play
#: none (the contextual signal's concern gave it: see docs/safety.md, round 11).
#: newcomers-11 (296 inputs, at 034efda, round 11's screen): 5 concerns and 1 crisis, all the
#: learned model alone: the hold a kind line to Ilse about the ember ("... because someone took
#: care of it. do you want to tell me about fenn?", 0.87), a chain of directions ("e, e, e",
#: 0.93), answers to the pages and to Pip, and a refusal of help ("i'll just do it myself").
#: Since chains of moves skip the model (classifier.WAY_WORDS): 4 concerns and the hold.
#: newcomers-13 (413 inputs, at 5465efb, round 13b's screen): 1 concern (a rule: loneliness said
#: to Bastian, in answer to his check-in) and 1 crisis, the learned model alone (0.93) on a
#: player turning down Rue's errand ("no. not my problem tbh"): a hold in play.
#: newcomers-14 (262 inputs, at ffcdc43, round 14's screen): 4 concerns, all the n-gram model
#: alone (0.92-0.98) on long, warm sentences: feeling angry with the ember, a quiet house after
#: retiring (the answer to the game's own check-in), a harsh inner voice told to Bastian, and
#: "I'm doing better ... I feel steady".
#: newcomers-15 (235 inputs, at 8242bc7, round 14's screen): 2 concerns, the n-gram model alone
#: (0.90, 0.74): exam-night tiredness said unasked, and "honestly im fine just stressed" with a
#: command after it, in answer to the guide's check-in (a second panel then; none since 40778d0).
#: newcomers-16 (236 inputs, at 93e0374, round 15b's screen): 3 concerns and 1 crisis. The
#: n-gram model alone: worn out with work (unasked), thinking of a mum on the garden's bench
#: (the garden's own invitation), and the hold "Thank you. I think it's time I went home to my
#: daughter. Goodnight, everyone." (0.89; docs/safety.md, round 16a; a concern since round 16b,
#: going home to someone); one rule: "so tired all the time lately" to Rue.
#: newcomers-17 (250 inputs, at 131914a, round 16's screen): 1 concern, the n-gram model alone
#: (0.76) on telling Ilse the ember in the boiler room is calm now. As served (contextual on)
#: it met 2 check-ins, both the contextual signal's concern on caring for a character.
#: newcomers-18 (246 inputs, at 2d83c1e, round 18's screen): 3 concerns, none held: two honest
#: answers to the guide's check-in (exam stress and days without sleep, by two rules; a falling
#: out with a best friend, the n-gram model 0.94) and the n-gram model alone (0.80) on telling
#: Juno everyone is faking it a bit. Over the wire 2 check-ins (the sleep answer; the Juno line,
#: the third concern in four messages, a build-up).
#: newcomers-19 (235 inputs, at 3f41c30, round 20's screen): 2 concerns, none held, both the
#: n-gram model alone: sitting on the lighthouse bench thinking of a mother far away (0.90) and
#: the answer to Juno's page that colleagues think the player slow in a second language (0.79).
#: Over the wire 3 check-ins: the bench line (the vote's crisis there, by agreement, capped to
#: concern: the bench is the place's own scenery), and twice a nurse's words to Maren about her
#: chest with "I am nurse" in them (the vote's concern; the speaker's "I" keeps the panel of
#: round 16c).
#: newcomers-20 (107 inputs, at 7780320, round 21b's screen): 4 concerns, none held, each a
#: teacher off work with stress saying so plainly: weeks of poor sleep and tearfulness after the
#: Lantern Coast's ending (rules: sleep), and three times the n-gram model alone (0.75-0.85) on
#: being off work with stress, a voice that says she lets her pupils down, anxious about going
#: back. Concern is a fair reading of each; over the wire one check-in (the sleep line, the
#: last of a story's input, after a parser refusal).
#: newcomers-21 (108 inputs, at 4ed7bd1, round 22b's screen): 3 concerns, none held: twice the
#: rules' isolation (a widower, "a bit lonely since jean died", each time the answer to the
#: guide's own question, so no panel) and the n-gram model alone (0.80) on comforting Juno
#: ("nobody gets in by mistake. i left school at fifteen"), which brought the guide's question
#: into the story. No check-in panel in play.
#: newcomers-22 (565 inputs, at 9b5f549's screen plus 240c109's speed change): 7 concerns and 1
#: crisis, all the n-gram model alone (0.77-0.89), on an exchange student homesick and curious:
#: thinking of her grandmother on a bench, "why me?", closing her eyes to listen, scared in the
#: dark, angry and sad at a burnt page, why Pip stays out in the cold, a voice saying she is
#: not smart enough (an answer the story asked for), and held: "i want to stay here a minute
#: and watch the light turning" (0.87; in play a crisis panel over a calm moment): a concern
#: since round 23b (lingering in a place), so none held.
#: newcomers-23 (490 inputs, at a69f3bf's screen): 16 concerns, all the n-gram model alone
#: (0.73-0.96), on a tired librarian's ordinary talk: "I'd like to talk to a librarian", "I'm
#: sorry to barge in", naming the anger the boiler room asks for, comforting Ilse, a worried
#: word about a mum's operation, answers to check-ins ("not really, no"), "i stand still and
#: use my ears", and "out. e" (15 since the ways gate reads sentences of one move). In play
#: two crisis panels, from the conversation's plan-after-distress rule, not the single-message
#: screen (test_conversation.py, commands in sentences).
#: newcomers-24 (172 inputs, at bf0b295's screen): 4 concerns, all the n-gram model alone
#: (0.75-0.97), on a Polish mechanic's kind and plain words: naming the anger the stove asks
#: for, telling Juno she works hard (twice), "yes i am new here ... my family is in Gdansk".
#: In play six check-in panels in one story (with the contextual signal's concerns on "say
#: bye to cat" and plans to call his brother); fewer after a move and kind words in one line
#: were spared (checkin_panel.py) and his "tak" and his naming at the stove were understood.
#: newcomers-25 (275 inputs, played at 12e2514, scored at round 26's screen: the same 9): 9
#: concerns, none held, all the n-gram model alone (0.73-0.93), on a dyslexic night-shift worker
#: whose dad has dementia, saying so plainly and kindly: his answers to his harsh page, "my dad
#: hums off key n all. some days he dont know who i am", "right im off. night all", "turn it
#: off n on again", thinking about his dad on the bench. In play four check-in panels and one
#: crisis panel, "think about dad waitin up for me when i was a kid" (the contextual vote and
#: the model agreeing, 0.76 and 0.73), after the bench's plaque said to sit a while. 7 since
#: round 27: "right im off. night all" (signing off) and "turn it off n on again" are not read
#: by the model.
#: newcomers-26 (157 inputs, played at 6448557): 6 concerns, none held, on a widowed retired
#: librarian's full sentences: her grief told to Rue, Bastian and Ilse (rules), naming the
#: ember's anger, her answer to the guide's check-in, and "Where would Pip be at this time of
#: night, do you think?" (the crisis head alone, round 26's guard: a concern). In play six
#: check-in panels; three since round 27 (a thing taken then a refused action, everyday
#: distress soon after a panel).
#: newcomers-27 (238 inputs, played at 1283dce): 2 concerns and 1 crisis, all the n-gram model
#: alone, on a sixteen-year-old's texting about exams: "honestly kinda stressed. gcses soon and i
#: cant really sleep" (her answer to a check-in, 0.93), not wanting to let her mum down (0.92),
#: and a crisis (0.85) held in play on her answer to Bastian's question about a harsh page, "kinda
#: yeah tbh. my brain tells me im gonna fail my gcses and let my mum down". In play two check-in
#: panels, the second on "ok i have to go revise now bye everyone". Since round 28 (fear of
#: failing is self-criticism) the answer is a concern: none held.
#: newcomers-28 (171 inputs, played at 212ad58): 2 concerns, none held, the n-gram model alone,
#: on a software tester low after a break-up: his answer to the guide's earlier question ("not
#: great. break-up a couple months ago, and i'm not sleeping much", 0.85) and his words at
#: Bastian's page ("i'm tired, not useless", 0.91). In play two check-in panels, the first on
#: "i can't do the light on my own, will you help me" said to Maren about the lighthouse.
#: newcomers-29 (214 inputs, played at 96475cb): 9 concerns, none held, on a warehouse worker
#: whose hours were cut, English his second language: anger at work, money and sleep, missing
#: his mum in Poland, feeling down at night, a bench to "think about mum" (the n-gram model
#: alone on 7). In play two crisis holds, both the conversation's plan after distress
#: ("i should call my mum tomorrow" after feeling down; fixed in round 30), and three check-in
#: panels.
#: newcomers-30 (120 inputs, played at fac4c3e): 4 concerns, none held (a crisis before round
#: 30b: his dad's heart attack "in the spring ... he's on the mend", read as a body in danger
#: now), on a divorced bus driver: the heart attack, the divorce, "a part-time dad". In play two
#: crisis holds (that one, and "I've got my kids this weekend" after it, a plan after distress),
#: and one check-in panel.
#: newcomers-31 (218 inputs, played at 982641e): 9 concerns, none held at the screen, on a
#: nursing student behind on exams whose nan has dementia: stress and sleep said honestly, her
#: nan (three times), and "sorry didnt mean to be nosy. im mia, im a nursing student" (the
#: n-gram model alone, 0.94; no longer read since round 31b, an introduction: 8). In play one
#: crisis hold ("im gonna keep this for my nan", the contextual vote; play since round 31b) and
#: check-in panels (docs/safety.md, round 31b).
#: newcomers-32 (152 inputs, played at ffa874e): 12 flagged, 1 held at the screen ("Im tired
#: now. I think I will go home and walk the dog. Goodbye everyone, and thank you.": round 24's
#: affairs with a farewell; none since round 33b): 11 concerns, on a widower who chose "Coping
#: with grief": his wife (twice, grief rules), his harsh page and its answer, "What have I got
#: on me?" (the n-gram model alone, twice), pouring tea. In play 5 check-ins and 1 hold; 3
#: check-ins and no hold after round 33b, play39 and the tea spared (docs/safety.md).
UNSEEN = {
    "newcomers-5.jsonl": (2, 0),
    "newcomers-6.jsonl": (3, 0),
    "newcomers-9.jsonl": (1, 0),
    "newcomers-10.jsonl": (1, 0),
    "newcomers-11.jsonl": (5, 1),
    "newcomers-12.jsonl": (4, 0),
    "newcomers-13.jsonl": (2, 1),
    "newcomers-14.jsonl": (4, 0),
    "newcomers-15.jsonl": (2, 0),
    "newcomers-16.jsonl": (4, 1),
    "newcomers-17.jsonl": (1, 0),
    "newcomers-18.jsonl": (3, 0),
    "newcomers-19.jsonl": (2, 0),
    "newcomers-20.jsonl": (4, 0),
    "newcomers-21.jsonl": (3, 0),
    "newcomers-22.jsonl": (8, 0),
    "newcomers-23.jsonl": (15, 0),
    "newcomers-24.jsonl": (4, 0),
    "newcomers-25.jsonl": (7, 0),
    "newcomers-26.jsonl": (6, 0),
    "newcomers-27.jsonl": (3, 0),
    "newcomers-28.jsonl": (2, 0),
    "newcomers-29.jsonl": (9, 0),
    "newcomers-30.jsonl": (4, 0),
    "newcomers-31.jsonl": (8, 0),
    "newcomers-32.jsonl": (11, 0),
}


def _texts(paths: list[Path]) -> list[str]:
    texts = []
    for path in paths:
        lines = path.read_text(encoding="utf-8").splitlines()
        texts += [json.loads(line)["text"] for line in lines if line.strip()]
    return texts


def _flagged(texts: list[str]) -> list[tuple[str, Level]]:
    verdicts = [(t, classify(t).level) for t in texts]
    return [(t, level) for t, level in verdicts if level is not Level.NONE]


def test_newcomers_play_stays_under_the_flag_budget_and_is_never_held() -> None:
    texts = _texts([p for p in CORPORA if p.name not in UNSEEN])
    assert len(CORPORA) >= 2 and len(texts) >= 900
    flagged = _flagged(texts)
    assert not [t for t, level in flagged if level is Level.CRISIS], flagged
    assert len(flagged) / len(texts) <= FLAG_BUDGET, flagged


@pytest.mark.parametrize("name", sorted(UNSEEN))
def test_an_unseen_corpus_stays_at_or_under_its_first_figures(name: str) -> None:
    flagged = _flagged(_texts([p for p in CORPORA if p.name == name]))
    most_flagged, most_held = UNSEEN[name]
    held = [t for t, level in flagged if level is Level.CRISIS]
    assert len(flagged) <= most_flagged and len(held) <= most_held, flagged


@pytest.mark.parametrize(
    "text",
    [
        "pip, i want to kill myself",
        "pip i want to kill myself",
        "hey bastian i want to die",
        "i want to kill myself, maren",
        "tell juno i want to kill myself",
        "ask ilse: i want to die",
    ],
)
def test_a_disclosure_said_to_a_character_keeps_its_level(text: str) -> None:
    """A name used to address a character is not fiction: the player speaks for themselves."""
    assert classify(text).level is Level.CRISIS


def test_a_character_named_in_a_game_sentence_lowers_a_rule_like_other_fiction() -> None:
    got = classify("i stab myself with the dagger pip gave me")
    assert got.level is Level.CONCERN
    assert "fiction:self_harm.act_myself" in got.reasons
    assert classify("je suis dans la rue et je veux mourir").level is Level.CRISIS  # a street
