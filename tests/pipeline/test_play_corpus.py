"""Floors for the newcomers' corpora (issue 14): each corpus replayed through the parser and
engine (``scripts/score_play_corpus.py``) never understands fewer inputs, nor crashes. The
ceilings are the counts reached by the latest parser work (raise the bar as it improves: lower
a ceiling when a change understands more; never raise one)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "pipeline" / "corpus"

#: corpus -> the most inputs the replay may leave not understood (of 744, 183, 332, 313, 186,
#: 504, 70, 63, 115, 254, 296).
NOT_UNDERSTOOD = {
    "newcomers-1.jsonl": 15,  # 17 before play6 ("wipe the slate" is now the slate's rewrite)
    "newcomers-2.jsonl": 1,
    "newcomers-3.jsonl": 0,  # parser4: "yes, of course i will come" now reaches Ilse (an
    # earlier "give ... to ilse" walks to her, as the player had)
    "newcomers-4.jsonl": 4,  # 4 after parser3; 5 after text3 (row 227's "hmm not sure. maybe?"
    # answered Bastian, so no pen for a later "use pen"); 4 again at de0d193
    "newcomers-5.jsonl": 1,  # 2 until the work after newcomer 10; 1 at de0d193
    "newcomers-6.jsonl": 3,  # 6 at its first replay (13ec95d); 3 after parser4, tuned on it
    "newcomers-7.jsonl": 1,  # at e71cad0, before play6 (read for play5)
    "newcomers-8.jsonl": 0,  # at e71cad0, before play6
    "newcomers-9.jsonl": 0,  # at 58e7c13, before any work on it
    "newcomers-10.jsonl": 0,  # 3 at 554f43f, before any work on it, and after play7; 1 at
    # de0d193 (the lead's fixes of its worst); 0 after play8 ("up the clock stair")
    "newcomers-11.jsonl": 1,  # 2 at 034efda (de0d193's parser), before any work on it; 1 after
    # play21 ("make everyone a cup of tea" pours one)
    "newcomers-12.jsonl": 2,  # at 2487756 (eda1699 and the lead's fix of its n=56), before play11
    "newcomers-13.jsonl": 15,  # at 5465efb (91cd66f and the check-in answer), before play12/13
    "newcomers-14.jsonl": 4,  # at 3a26c99, the code it was played on (play12/13 in), no work on it
    "newcomers-15.jsonl": 5,  # 8 at e4f0a35 (played on 8242bc7), before play14; 7 after
    # play15's run of ways ("out n up"), 6 after its texted "wats going on", 5 after play24
    # (feelings said with no one to answer heard); 6 after play28: "take the book and bring it
    # to ilse" (n=153) now gives her the book just taken instead of asking "which book?", so
    # the player's answer to that question ("fenns", n=154) has no question left to answer;
    # 5 after play32 ("lok aroud": "lok" a letter short of "look")
    # (a drift: the input before it now does what was meant)
    "newcomers-16.jsonl": 2,  # 4 at 93e0374 (played on it), before any work on it; 2 after
    # play25 (feelings told without "I feel", and knowing a feeling, heard)
    "newcomers-17.jsonl": 1,  # 2 at ddabcd4 (played on 131914a), before any work on it; 1 after
    # play17 ("yes, i come with you Ilse")
    "newcomers-18.jsonl": 2,  # 4 at 018f109 (played on 2d83c1e), before any work on it; 3
    # after play20 (small commands, kind replies, offers of help); 2 after play25 (greetings
    # people use: "hiya", "howdy", "evening" ...)
    "newcomers-19.jsonl": 1,  # 1 at 7a6ee09 (played on 3f41c30), before any work on it; 0
    # after play22 (sad words at the harsh page heard); 1 after play28: "i take the book and
    # bring it to Ilse" (n=124) now gives her the book just taken instead of asking "which
    # book?", so the answer "Fenn's book" (n=125) has no question left (a drift, as in 15)
    "newcomers-20.jsonl": 0,  # 1 at 7780320 (played on it), before any work on it; 0 after
    # play24 (the tearful line after the ending heard)
    "newcomers-21.jsonl": 2,  # 2 at 28a5c44 (played on 4ed7bd1, play24 in), before any work on
    # it; 3 after play23: its "into the store shed" fix takes n=54's "go in teh shed" to the shed,
    # so the replay never takes the winding handle the player found in the tower he was misled
    # into, the lamp stays dark and Pip is not on the quay at n=76 (a drift, not a refusal);
    # 2 after play25 ("lookk aboot": "lookk" a slip of the keys read as "look")
    "newcomers-22.jsonl": 21,  # 20 at fc0d4de (played on 9b5f549, before play25), before any
    # work on it; 19 after play26's fixes, but 24 with them all: since play26 a question back at
    # the boiler room's "call it by its name" (n=82, "... what name? the stove?") names no
    # feeling and the moment stays open; the player never names it later (the game had
    # credited it then), so the replay's damper stays shut, Ilse is never reached and 5 later
    # inputs to her meet a story that has not moved on (a drift, not a refusal); 22 before
    # play32, 21 after it ("lok aroud": "lok" read as "look")
    "newcomers-23.jsonl": 12,  # 14 at e480e57 (played on a69f3bf; play26 in), before any work
    # on it; 12 after play27 (answering one's own page in words, thinking of a mum heard)
    "newcomers-24.jsonl": 3,  # 5 at f8bbdb3 (played on bf0b295), before any work on it; 6
    # after play28, a drift: "take book, i bring it to Ilse" now gives Fenn's book just taken
    # without asking which, so the player's answer "Fenn book" has no question left; 3 after
    # questions about a thing here look at it ("what is in stove") and "wher" is where; 2
    # after "i want go to harbour wall" is a go; 4 after his first naming at the stove counts
    # ("... and nobody to help" is no hint asked): drifts, as the replay has no guide's
    # check-in, his honest answer to it after the naming is words to no one (in play the
    # guide hears it), and his second "this is anger" finds the stove named already; 3 after
    # play29: "i make myself tea from kettle" (n=80) pours a cup where tea is poured
    "newcomers-25.jsonl": 12,  # 17 at 7a56546's parent 12e2514 (played on it), before any work
    # on it; 14 with play29 merged and words spelt by ear read ("lite", "wer", "arond", "giv",
    # "examin", "foto" ...: clauses.TYPOS); 11 after play30's commands spelt by ear ("down n
    # giv pip the float": n before a verb is and; "were did the portraits go": where; "yeh");
    # 12 after play30's page answered in other words, a drift: his first try, "write with the
    # pen. i turn up every nite ..." (n=43), now answers the page, so his third, the plain
    # "thats not true. ... im doing alright" (n=46), finds it answered and no one to hear it
    # 5 at 6448557 (played on it), before any work on it; 4 after play31's questions about the
    # game ("Is there a way to get some help with how to play this game?": help); 2 after
    # its polite requests ("I should like to read the brass plaque on the bench, please", "I
    # should like to look at the brass plaque by the rosemary, please")
    "newcomers-26.jsonl": 2,
    # 10 at 1283dce (played on it), before any work on it; 6 after play31: answers to a
    # character's own question ("im from leicester", "leicester lol. came here for a quiet
    # week"), where she is from told unasked, and "is there another level" (help)
    "newcomers-27.jsonl": 6,
    "newcomers-28.jsonl": 5,  # 6 at 212ad58 (played on it), before any work on it; 5 after
    # play32 ("lok" read as "look")
    "newcomers-29.jsonl": 6,  # 8 at 96475cb (played on it), before any work on it; 6 after
    # play35 and play36 (a remark about one's own life is talk; "i help you to mend the book
    # of fenn" mends it)
    "newcomers-30.jsonl": 0,  # 0 after round 30b (played on fac4c3e)
    "newcomers-31.jsonl": 5,  # 5 at 982641e (played on it), before any work on it, and with
    # play35 merged
    "newcomers-32.jsonl": 0,  # 0 at fd04001 (played on ffa874e), before any work on it, and
    # with play39 merged
}


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", ROOT / "scripts/score_play_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_corpus_has_a_floor() -> None:
    assert sorted(p.name for p in CORPUS.glob("newcomers-*.jsonl")) == sorted(NOT_UNDERSTOOD)


@pytest.mark.parametrize("name", sorted(NOT_UNDERSTOOD))
def test_the_replay_understands_at_least_as_much_as_before(name: str) -> None:
    found = _scorer().score(CORPUS / name, False)
    missed = round(found["replay_not_understood"] * found["inputs"])
    assert found["replay_crashed"] == 0
    assert missed <= NOT_UNDERSTOOD[name], f"{name}: {missed} inputs not understood"
