"""IPA -> WBA for one turn, without I/O: parse the text against what is in scope, apply each
action with the world engine, and gather what the narrator needs.

:func:`play` is pure: the same world, state and text always give the same result. Clauses are
applied in order ("take the key and go north"); each clause after the first is parsed again
against the scope *after* the actions before it, so "go north and take the lamp" finds the
lamp in the next room. The first refused action stops the turn: the clauses after it were
probably meant to follow from it (but "go in" said where the player already is inside does
not: "go in and ask her about the light", a hint's words, asks her; nor opening what is
open: "push the door open and go in"). A command led by a verb
the world defines elsewhere ("wind the clockwork" on the quay) is refused as not possible
here, rather than not understood. Text that gives no usable action changes nothing and
returns suggestions drawn from the scene and, unless it names feelings ("I feel anxious"), a
sentence naming the words the game knew and the ones it did not (while someone here is being
spoken with, they wait instead, in the story's voice: :mod:`tta_server.pipeline.waiting`).
"take it to ilse", "carry the lamp up to the lamp room" are the take, then the give or the go
(:mod:`tta_server.pipeline.carrying`); a knock on a way out of here ("knock on lamp cottage")
is the knock on its door, or the walk there and a knock, and in when the door stands open
(:mod:`tta_server.pipeline.knocking`).

Free words where a moment takes the player's own words ("this feels like anger" at the stove
that asks to be named, a reply to a harsh page) are that moment's action
(:mod:`tta_server.pipeline.moments`). Sentences that are all said to someone are one reply,
with the words as typed ("no, it isn't your fault. you noticed the light was out"), without
quote marks, matched or not, and punctuation noise around them (say "hello, '...hello?').

A target that fits several things asks which one (:mod:`tta_server.pipeline.which`), unless
the verb decides (take what is not held; drop, give, show, use what is); the question waits in
``WorldState.pending`` for the next input. "take all" / "drop everything (except X)" become one
action per portable thing here, or per thing held, and "take the can and the matches" one per
thing named (when each name is a different thing here); a refusal among them ("you keep the
lantern") does not stop the rest; so is "give her the ember and the glasses" (each thing to the
same person). "help <someone>" where one thing here practises a skill
with them now is that thing (:func:`tta_server.pipeline.moments.helping_action`). "bring/give
X to <someone elsewhere>" walks to them first when the way there can be walked ("follow");
"follow him" goes after the one last mentioned with those pronouns, wherever he has gone.
After a refused action, what it named is mentioned last ("light the lantern", refused, then
"borrow it"); "borrow" is taking, or asking the person here who holds the thing.
Words to someone that hand something over ("ilse, there's a letter for you in his book. here",
"this is for you") give them the one thing held they would take. A character who has answered
one sentence does not bring up their own topic on a later one of the same input ("yes, let's.
what do we know for sure?": the answer, not the answer and "something else has been waiting"),
and taking what an earlier sentence had someone give ("ask rue for help and take a lantern")
is not refused as already held. A statement refused after words to someone ("rue, could i
borrow a lantern? i need to get up the cliff path") is part of those words, not a refusal told
after their answer; "yes. i'll come with you", with no one here just after someone went ahead,
goes after them, and so does a question with it that no one is here to hear ("yes, i'll come
with you. where are we going?"); "strike a match and light the mantle" is the mantle's light.
A clause that only names a place is a move there ("go into the yard, then the oil store";
"thanks bastian. foyer, ask the card catalogue where my book is"). "it" with a world verb the
thing last named has no use for is the one thing here the verb is for ("fill it" at the lamp
after taking the matches; "light it" after looking at the clockwork). "is X here?" at the
start of the words is answered plainly (:mod:`tta_server.pipeline.presence`), and the rest
said to X when X is here. A question about the game itself ("what am i meant to do", "is
there a way to see what I am carrying?") is its command, whoever is here
(:mod:`tta_server.pipeline.game_questions`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from tta_server.narrative.base import Step
from tta_server.pipeline import carrying, knocking, parser, which
from tta_server.pipeline.asked_to_take import asked_to_take
from tta_server.pipeline.binding import (
    parser_scope,
    place_named,
    someone_elsewhere,
    spoken,
    suggest,
    to_action,
    verb_starts,
    world_scope_people,
    world_verbs,
)
from tta_server.pipeline.calling import called as called_animal
from tta_server.pipeline.clauses import (
    clauses,
    in_english,
    normalise,
    sanitise,
    strip_filler,
    taken_back,
)
from tta_server.pipeline.done_there import done_there
from tta_server.pipeline.drinks import asked_for_tea
from tta_server.pipeline.game_questions import asked_at_the_end, asked_of_the_game
from tta_server.pipeline.handing import handed, more_handed
from tta_server.pipeline.led_there import led_there
from tta_server.pipeline.lists import NOTHING, also, everything, listed
from tta_server.pipeline.looking_that_way import way_asked
from tta_server.pipeline.moments import helping_action, moment_action, open_moments
from tta_server.pipeline.played_with import played_with
from tta_server.pipeline.presence import Presence, asked_after
from tta_server.pipeline.resolution import addressee
from tta_server.pipeline.scope_index import index_of
from tta_server.pipeline.searching import sought
from tta_server.pipeline.suggestions import not_understood
from tta_server.pipeline.vocabulary import (
    DETERMINERS,
    DIRECTION_WORDS,
    GREETINGS,
    PERSON_PRONOUNS,
    QUESTION_WORDS,
    STARTERS,
    VERBS,
)
from tta_server.pipeline.waiting import waiting_line
from tta_server.protocol.intents import CANONICAL_INTENTS, Intent
from tta_server.world.answers import question_about
from tta_server.world.carried import thinks_of_someone, written_to
from tta_server.world.disclosures import disclosed
from tta_server.world.engine import (
    Action,
    Context,
    Outcome,
    Scope,
    WorldState,
    apply,
    context,
    scope,
)
from tta_server.world.feelings import mentions_feeling, named_feelings, recognised
from tta_server.world.own_life import tells_own_life
from tta_server.world.prose_nouns import noun_phrases
from tta_server.world.replies import greets_first, normal, takes_leave
from tta_server.world.schema import World
from tta_server.world.state import Pending, holds
from tta_server.world.talk import (
    behind_door,
    feeling_told,
    is_question,
    own_talk,
    reply_action,
)
from tta_server.world.views import addressees, characters_here, is_animal
from tta_server.world.vocab import PLAYER, Skill


def _goodbyes(world: World, state: WorldState, text: str) -> tuple[Step, ...]:
    """Words that take leave of everyone here ("goodnight all", "bye everyone", "see you
    both"): a goodbye to each person here, in turn; () for anything else, or with one person
    here (the usual talk answers them)."""
    people = [c for c in characters_here(world, state) if not is_animal(c)]
    words = f" {normalise(text)} "
    if len(people) < 2 or _TO_ALL.search(words) is None:
        return ()
    said = text if takes_leave(words) else " ".join(_TO_ALL.sub(" ", words).split())
    if not takes_leave(said):
        return ()
    steps: list[Step] = []
    for ch in people:
        bye = Action(Intent.TALK, ch.id, None, said)
        outcome = apply(world, state, bye)
        state = outcome.state
        steps.append(Step(bye, text, outcome, context(world, state)))
    return tuple(steps)


#: Words that speak to everyone here at once ("all", "everyone", "you both").
_TO_ALL = re.compile(r" (?:all|everyone|everybody|all of you|yall|you lot|folks|both|two|guys) ")


def _greeted(world: World, state: WorldState, text: str, given: Action) -> tuple[Step, ...]:
    """The greeting a gift's words open with, its own sentence ("hello maren. rue sent some
    broth for you"): said to the one given to before the gift; () when there is none."""
    first = _FIRST_SENTENCE.match(text)
    if first is None or not greets_first(first.group(1)) or given.obj_id is None:
        return ()
    hello = Action(Intent.TALK, given.obj_id, None, first.group(1))
    outcome = apply(world, state, hello)
    return (Step(hello, text, outcome, context(world, outcome.state)),) if outcome.ok else ()


#: The first sentence of words that go on after it.
_FIRST_SENTENCE = re.compile(r"^\s*([^.!?]+?)\s*[.!?]+\s+\S")


def _reply(world: World, state: WorldState, text: str) -> Action | None:
    """:func:`~tta_server.world.talk.reply_action` for the words without quote marks."""
    return reply_action(world, state, spoken(text))


def _carried_to(
    world: World, world_scope: Scope, state: WorldState, intent: parser.ParsedIntent
) -> tuple[Step, parser.ParsedIntent | None] | None:
    """ "bring the broth to maren" with Maren elsewhere: the walk to where she is (by the
    engine's ``go``, as "follow maren" would), and the give parsed again there, of the thing
    already chosen when it was ("which book?" "fenns": Fenn's book, never the first book of
    the name there) (None with a refused walk: the way is shut, and the step says why); None
    when the person is here or is no one of the world's, or the give does not hold there."""
    if intent.intent not in (Intent.GIVE, Intent.SHOW) or intent.obj_id is not None:
        return None
    who = someone_elsewhere(world, intent.obj)
    if who is None or who in world_scope_people(world_scope):
        return None
    walk = Action(Intent.GO, None, None, intent.obj)
    outcome = apply(world, state, walk)
    if not outcome.ok:
        return Step(walk, intent.raw, outcome, context(world, state)), None
    there = scope(world, outcome.state)
    again = parser.parse(intent.raw, parser_scope(there, outcome.state, world))
    if len(again) != 1 or again[0].obj_id != who:
        return None
    given = again[0]
    if intent.target_id is not None:  # the thing already known ("which book?" "fenns"): the
        given = replace(given, target_id=intent.target_id, choices=())  # one given there
    return Step(walk, intent.raw, outcome, context(world, outcome.state)), given


@dataclass(frozen=True)
class Played:
    """What one turn did: the new state (unchanged when nothing applied), each step, and the
    moment after. ``suggestions`` is set when nothing in the text could be used; ``feelings``
    then holds the feelings the player named, if any ("I feel anxious"), and ``unknown`` (when
    none is named) a plain sentence on the words the game knew and did not ("I know the word
    'lantern', but not 'frobnicate'.")."""

    state: WorldState
    steps: tuple[Step, ...]
    context: Context
    suggestions: tuple[str, ...] = ()
    feelings: tuple[str, ...] = ()
    unknown: str = ""

    @property
    def changed(self) -> bool:
        """Whether any action succeeded (the state's ``turn`` advanced)."""
        return any(s.outcome.ok for s in self.steps)


def play(world: World, state: WorldState, text: str) -> Played:
    """Parse ``text`` and apply its actions in order, stopping at the first refused one.

    An open question (``state.pending``) is answered first when the text answers it; any other
    text clears it and is played as usual, except text that does nothing at all (not
    understood), after which the question is still open.
    """
    text = in_english(text)  # "tak, i try" (newcomer 27): a yes, not take
    text = asked_of_the_game(text) or text  # "what am i meant to do": help, whoever is here
    text = led_there(text) or text  # "please take me to lamp cottage": going there
    if state.ended:  # "wait thats it?" after the ending: answered, never the wait command
        text = asked_at_the_end(text) or text
    text = also(world, state, text) or text  # "and the matches too, please": take them too
    chosen = _answer(world, state, text)
    asked = state.pending
    if state.pending is not None:
        state = state.model_copy(update={"pending": None})
    world_scope = scope(world, state)
    held_before = frozenset(state.inventory)
    before = state  # as the player found it: "wait for me" is no wait if it goes after someone
    if chosen is None and taken_back(text):  # "wait thats not what i meant": not the wait
        step = _taken_back(world, state, text)
        return Played(state, (step,), step.context)
    way = way_asked(text) if chosen is None else None
    if way is not None:  # "whats to the east?": a look that way, never words to someone
        that_way = Action(Intent.LOOK, None, None, way)
        outcome = apply(world, state, that_way)
        step = Step(that_way, text, outcome, context(world, outcome.state))
        return Played(outcome.state, (step,), step.context)
    present = asked_after(world, state, text) if chosen is None else None
    if present is not None:  # "is pip here? pip, your dad's boat is coming in"
        return _presence(world, state, text, present)
    offered = _help_offered(world, state, text) if chosen is None else None
    if offered is not None:  # "want a hand?", "let me help" to Maren: an offer, not a hint
        outcome = apply(world, state, offered)
        step = Step(offered, text, outcome, context(world, outcome.state))
        return Played(outcome.state, (step,), step.context)
    wanted = asked_to_take(text) if chosen is None else None
    if wanted is not None:  # "can i take some soup for her" while Rue holds it: asking her
        trial = play(world, state, f"take {wanted}")
        if [s.outcome.message_key for s in trial.steps] == ["take.theirs"]:
            return play(world, state, f"can i have {wanted}")
    with_them = played_with(world, state, text) if chosen is None else None
    if with_them is not None:  # "play with skipper": an act with him, not the whistle
        outcome = apply(world, state, with_them)
        step = Step(with_them, text, outcome, context(world, outcome.state))
        return Played(outcome.state, (step,), step.context)
    tea = asked_for_tea(world, state, text) if chosen is None else None
    if tea is not None:  # "can i have a cuppa" where the pot is: a cup, poured
        outcome = apply(world, state, tea)
        step = Step(tea, text, outcome, context(world, outcome.state))
        return Played(outcome.state, (step,), step.context)
    farewells = _goodbyes(world, state, text) if chosen is None else ()
    if farewells:  # "goodnight all": each one here says goodbye, not the first alone
        return Played(farewells[-1].outcome.state, farewells, farewells[-1].context)
    given = handed(world, state, text) if chosen is None else None
    if given is not None:  # "here, take the blanket", "i'd like you to have it": a gift
        greeted = _greeted(world, state, text, given)
        state = greeted[0].outcome.state if greeted else state
        outcome = apply(world, state, given)
        gifts = [Step(given, text, outcome, context(world, outcome.state))]
        for more in more_handed(world, state, text, given):  # "here is your key. and book."
            outcome = apply(world, outcome.state, more)
            gifts.append(Step(more, text, outcome, context(world, outcome.state)))
        return Played(outcome.state, (*greeted, *gifts), gifts[-1].context)
    away = _called_away(world, state, text) if chosen is None else None
    if away is not None:  # "juno, how's chapter two going?" in the bindery: she isn't here
        outcome = apply(world, state, away)
        step = Step(away, text, outcome, context(world, outcome.state))
        return Played(outcome.state, (step,), step.context)
    thought = _thought_of(world, state, text) if chosen is None else None
    if thought is not None:  # "i think about mum. her terrible jokes": someone carried
        return thought
    letter = _letter_away(world, state, text) if chosen is None else None
    if letter is not None:  # "write a letter to Declan with the pen": someone away, written to
        return letter
    if chosen is not None:
        queue = [(chosen, False)]
    else:
        here = parser_scope(world_scope, state, world)
        parsed = parser.parse(_written_whole(text), here)
        moment = moment_action(world, state, text, parsed)
        if moment is not None:  # free words where a moment takes the player's own words
            outcome = apply(world, state, moment)
            step = Step(moment, text, outcome, context(world, outcome.state))
            return Played(outcome.state, (step,), step.context)
        named = _named_first(world, state, text, here)
        if named is not None:  # "fine, it's anger. can i shut the stove now": the naming,
            return named  # then the rest
        told = _disclosed_to(world, state, text, parsed, here)
        if told is not None:  # "im a rubbish son. my dad has dementia", Bastian here: to him
            outcome = apply(world, state, told)
            step = Step(told, text, outcome, context(world, outcome.state))
            return Played(outcome.state, (step,), step.context)
        meant = [  # "take it to ilse": the take, then the give
            y
            for x in _one_reply(
                _talk_kept(_struck(world, _ok_first(world, state, _out_too(parsed)))), text
            )
            for y in (
                carrying.carried(world, state, x, here)
                or knocking.knocked_at(world, state, x, world_scope)
                or done_there(world, world_scope, x, here)
                or [x]
            )
        ]
        queue = [(y, True) for y in carrying.given_once(meant)]  # "... and give it to her"
    whole = len(queue) == 1  # one clause: the words as typed, punctuation and all
    # "hi. are you maren? how are you feeling": its words go to her, never to the dog
    by_name = parser.called_by_name(text, parser_scope(world_scope, state, world))
    steps: list[Step] = []
    each: set[int] = set()  # the intents of "take all" / "take X and Y": one refusal stops none
    first = True
    while queue:
        intent, reparse = queue.pop(0)
        typed = intent.raw  # as typed, before "it" is put right ("wind it": the clockwork)
        if not first and reparse:  # parse this clause again against the scope after the last
            world_scope = scope(world, state)
        if not first and reparse and not intent.said:  # words said stay as typed ("because
            # you earned it" is not about the last thing named)
            again = parser.parse(_antecedent_in(intent), parser_scope(world_scope, state, world))
            intent = again[0] if len(again) == 1 else intent
        elif not first and reparse:  # words said: to whom, as things stand now ("tell rue:
            # thank you. it was lovely" is all said to Rue), the words as typed
            again = parser.parse(intent.raw, parser_scope(world_scope, state, world))
            if len(again) == 1 and again[0].said and intent.target_id != by_name:
                intent = replace(intent, target=again[0].target, target_id=again[0].target_id)
        first = False
        intent = _next_place(world, world_scope, steps, intent)
        intent = _seeking_someone(world, intent)
        intent = _leaving_a_place(world, state, intent)
        intent = _to_a_fixture(world, state, intent)
        if (
            by_name
            and intent.target_id is None
            and not intent.said
            and _BY_YOU.search(normalise(intent.raw))
        ):  # "Maren, may I sit by you?": by her, not by whoever else is here (corpus 26)
            intent = replace(intent, target_id=by_name)
        looked = sought(world, world_scope, intent)  # "search the catalogue for peppermints"
        if isinstance(looked, str):
            steps.append(_refused(world, state, intent, looked))
            break
        intent = looked
        near, thing = _approached(world, world_scope, state, intent, bool(queue))
        if near is None:  # "i walk over and ring the bell": the walk is the way to the bell;
            queue[0] = (_it_named(queue[0][0], thing), True)  # "... to the stove and look at
            continue  # it": the stove
        intent = near
        reply = None
        if intent.said:  # words said to someone: a reply, read as the conversation reads them
            reply = _reply(world, state, text if whole else intent.raw)
            handing = text if whole else intent.raw
            to = reply.target_id if reply is not None else None
            reply = (handed(world, state, handing, to, said=True) if to else None) or reply
            if reply and reply.intent == Intent.TALK and by_name and intent.target_id == by_name:
                reply = reply._replace(target_id=by_name)
        if intent.intent == Intent.UNKNOWN:  # "thanks maren. i'll go and light it": thanks
            reply = _reply(world, state, intent.raw) if steps or queue else None
            reply = reply or _feeling_along(intent.raw, steps, queue)  # "i'm scared. where
            # is pip?": the feeling is heard too, not only the question
            if reply is not None and _felt_again(intent.raw, steps):
                reply = None  # "i feel tearful. i haven't slept well": one answer, not two
            if reply is None:  # after an action: a reply to someone ("thanks. where is she?")
                if steps:
                    break
                continue
        every = everything(world, world_scope, intent) if reparse and not reply else None
        if every is None and reparse and not reply:
            every = listed(world, world_scope, state, intent)
        if every is not None:
            if not every:
                steps.append(_refused(world, state, intent, NOTHING[intent.intent]))
                break
            queue[:0] = [(x, False) for x in every]
            each.update(id(x) for x in every)
            continue
        last = steps[-1].action.target_id if steps else None
        if len(intent.choices) > 1 and last in intent.choices and _IT & set(typed.lower().split()):
            intent = replace(intent, target_id=last, choices=())  # "i take his book and give
            # it to ilse": the one just taken, not "which book?"
        if len(intent.choices) > 1:
            intent = _narrowed(world, state, intent)
        if len(intent.choices) > 1:
            steps.append(_ask(world, state, intent))
            break
        carried = _carried_to(world, world_scope, state, intent) if not reply else None
        if carried is not None:  # "bring the broth to maren", next door: there first
            walked, carried_on = carried
            steps.append(walked)
            if carried_on is None:
                break  # the way there is shut: why, in the world's words
            intent, state = carried_on, walked.outcome.state
            world_scope = scope(world, state)
        intent = _it_for_the_verb(world, world_scope, intent, typed) if not reply else intent
        helping = intent.intent == Intent.ASSIST and intent.obj_id is None and not reply
        helped = helping_action(world, state, intent.target_id) if helping else None
        action = reply or helped or to_action(world, world_scope, intent, state)
        if _to_oneself_after_talk(action, steps):  # "lol i'm fine. ask me again after
            continue  # coffee" to Juno: part of the words to her, not "no one here to talk to"
        if _told_of_a_thing(world, action, intent.raw):  # "shout through the door that i've
            action = Action(Intent.TALK, None, None, spoken(intent.raw))  # got broth": to
            # whoever hears it, never to the broth (newcomer corpus 28)
        if action.intent not in CANONICAL_INTENTS and _asked_back(text, intent.raw):
            action = action._replace(target_text=f"{action.target_text or ''}?")  # "call it
            # by its name? what name?": asked back, not done (the moment says what is meant)
        outcome = apply(world, state, action)
        part = _part_of(world, state, action, outcome)
        if part is not None:  # "x bell" at the return desk whose text names its bell: the desk
            action, outcome = part, apply(world, state, part)
        if outcome.message_key == "talk.nobody" and behind_door(world, state, spoken(text)):
            action = Action(Intent.TALK, None, None, spoken(text))  # "hello? anyone in
            outcome = apply(world, state, action)  # there?" at a shut door: called through
        inside = _in_to_them(world, state, action, outcome, intent.raw, steps)
        if inside is not None:  # "knock and say it's ron, i've brought broth" at her open
            steps.append(inside[0])  # door: in, and said to her
            state, action, outcome = inside[0].outcome.state, inside[1], inside[2]
        if _stitched(steps, outcome) and any(x.intent == Intent.GO for x, _ in queue):
            continue  # "thank you. i'll go and look. go down and unlock the study": the going;
            # "cheers rue. right, i'll head out and go east ...": the going (corpus 30)
        if _stitched(steps, outcome):  # they have answered; their own topic waits for a
            if is_question(intent.raw) and _answered(steps, outcome):  # later turn, and a
                steps.append(_unanswered(world, state, intent, outcome))  # question so left
            break
        if _said_along(world, steps, intent, outcome):  # "i can climb the stairs if you
            queue = [x for x in queue if is_question(x[0].raw) or _a_move(x[0])]  # tell me
            continue  # what to do": part of the words; only a question or a move after it
            # is still asked or made ("thank you pip. i'll find skipper for you. which way are
            # the dunes?"; "thanks pip. i'll find the dog. go west to the dunes": corpus 30)
        if steps and _just_given(held_before, outcome, action):
            continue  # "ask rue for help and take a lantern": she put it in your hands
        if outcome.message_key == "talk.thanks" and _left_asking(before, steps, action.target_id):
            continue  # "cold out there. thanks" as Rue ends on "Would you try?": her answer
            # to thanks ("Go on. Be useful.") would take the player's yes as said
        if _done_this_turn(steps, outcome):
            continue  # "feel the ground and just listen": one grounding, not it and its again
        if _looked_up_after_talk(steps, outcome, intent.raw):
            break  # "pip, told you. go give your dad a hug": her answer, never "no dad here"
        state = outcome.state
        steps.append(Step(action, intent.raw, outcome, context(world, state)))
        if not outcome.ok and id(intent) not in each and outcome.message_key not in _GOES_ON:
            break  # "drop all": the rest still drop; "go in and ask her", inside: ask her
    if steps and _life_misread(world, before, text, steps):  # "i should call my mum
        steps, state = [], before  # tomorrow" beside Rue: not a call to no one, but talk
    reply = _reply(world, state, text) if not steps else None
    people = addressees(world, state) if not steps else []
    if people:  # "here, this is for you": handing over what they would take
        to = reply.target_id if reply is not None and reply.target_id else people[0].id
        reply = handed(world, state, text, to, said=True) or reply
    if reply is not None:  # "no", "thank you": a reply to someone here, not a command
        outcome = apply(world, state, reply)
        steps.append(Step(reply, text, outcome, context(world, outcome.state)))
        return Played(outcome.state, tuple(steps), steps[-1].context)
    unheard = all(s.outcome.message_key == "talk.nobody" for s in steps)  # "where are we
    # going?"; "lead the way", "wait for me": no way named, no wait, when someone just went
    astray = len(steps) == 1 and steps[0].outcome.message_key in _NO_WAY_NAMED
    after = _going_after(world, before, text) if (unheard or astray) and not people else None
    state = before if after is not None and astray else state
    if after is not None:  # "yes. i'll come with you" to someone who has just gone ahead
        outcome = apply(world, state, after)
        steps = [Step(after, text, outcome, context(world, outcome.state))]
        return Played(outcome.state, tuple(steps), steps[-1].context)
    call = called_animal(world, state, text) if not steps else None
    if call is not None:  # "skipper! here boy!": the animal called, as "call skipper" would
        outcome = apply(world, state, call)
        steps.append(Step(call, text, outcome, context(world, outcome.state)))
        return Played(outcome.state, tuple(steps), steps[-1].context)
    called = not steps and not people and behind_door(world, state, spoken(text)) is not None
    called = called or (not steps and not people and _asks_where(world, text))
    if called:  # "maren? are you in there?" at her shut door: called through it; "is lamp
        # cottage far from here?" with no one here: the way, as far as it is known
        call = Action(Intent.TALK, None, None, spoken(text))
        outcome = apply(world, state, call)
        steps.append(Step(call, text, outcome, context(world, outcome.state)))
        return Played(outcome.state, tuple(steps), steps[-1].context)
    elsewhere = _verb_elsewhere(world, state, text) if not steps else None
    if elsewhere is not None:  # "wind the clockwork" on the quay: understood, not here
        return Played(state, (elsewhere,), elsewhere.context)
    if not steps:
        feelings = named_feelings(text)
        here = parser_scope(world_scope, state, world)
        unknown = ""
        if not feelings and not recognised(text) and not disclosed(text):  # someone spoken
            # with waits ("Ilse waits."); else the words known; "been there" alone is heard
            # (the narrator), and so is "my dad has dementia"
            unknown = waiting_line(world, state, text) or not_understood(
                text, here, _world_words(world)
            )
        hints = suggest(world_scope)
        state = state.model_copy(update={"pending": asked}) if asked is not None else state
        return Played(state, (), context(world, state), hints, feelings, unknown)
    return Played(_named_last(world, steps[-1]), tuple(steps), steps[-1].context)


#: Words that open with a name said to its owner ("juno, how's it going?", "hi juno: ...").
_NAME_FIRST = re.compile(
    r"^(?:(?:hi|hello|hey|oh|ok|okay|so)\s+)?(?P<name>[a-z'-]+(?: [a-z'-]+)?)\s*[,:]"
)


def _life_misread(world: World, state: WorldState, text: str, steps: list[Step]) -> bool:
    """Whether words telling something of the player's own life (``tells_own_life``: "i should
    call my mum tomorrow", "i will phone my mum tomorrow, she will be happy") were read as talk
    that found no one or nothing to answer (a "call" to someone not of this world, a default
    line) or were cut short to a word to no one named ("i should call my"), with someone here
    to hear them: then they are said to them (newcomer corpus 29)."""
    return (
        all(
            s.action.intent == Intent.TALK
            and (s.outcome.message_key in _LIFE_MISREAD or s.action.target_id is None)
            for s in steps
        )
        and bool(characters_here(world, state))
        and tells_own_life(text)
    )


_LIFE_MISREAD = frozenset({"talk.default", "talk.nobody"})


def _called_away(world: World, state: WorldState, text: str) -> Action | None:
    """Words that open with the name of someone who is not here ("juno, how's chapter two
    going?" in the bindery, newcomer 23: Ilse answered, or nothing did): talk to them, which
    says they are not here; None when they are here, or the words open with no one's name."""
    found = _NAME_FIRST.match(" ".join(text.lower().split()))
    if found is None:
        return None
    if behind_door(world, state, spoken(text)) is not None:
        return None  # "maren, are you ok?" at her shut door: called through it
    name = found.group("name")
    here = {c.id for c in characters_here(world, state)}
    place = world.location(state.location)
    near = {ex.to for ex in place.exits} if place is not None else set()  # "hello maren" at
    for ch in world.characters:  # her open door: in to her (the play loop), not "not here"
        if name not in {n.lower() for n in ch.names} or ch.id in here or is_animal(ch):
            continue
        if state.whereabouts.get(ch.id, ch.at) not in near:
            return Action(Intent.TALK, ch.id, None, spoken(text))
    return None


#: Looking verbs that a thing named only in a piece of scenery's own text answers with a look
#: at that scenery.
_LOOKS = frozenset({Intent.EXAMINE, Intent.READ, Intent.SEARCH})


def _part_of(world: World, state: WorldState, action: Action, outcome: Outcome) -> Action | None:
    """A look at a thing named only in the text of one piece of scenery here ("x bell" at the
    return desk: "There is a bell on it for ringing", newcomer 23 met "There's no sign of any
    bell here"): the look at that scenery, which says what it is; None otherwise (the thing
    is named by no scenery here, by two, or the look found something)."""
    if action.intent not in _LOOKS or outcome.message_key != "examine.not_here":
        return None
    words = [w for w in normalise(action.target_text or "").split() if w not in DETERMINERS]
    if not words:
        return None
    head = words[-1]
    holding = [
        sc
        for sc in world.scenery_at(state.location)
        if any(p[-1] in (head, f"{head}s") for p in noun_phrases(sc.description))
    ]
    if len(holding) != 1:
        return None
    return Action(Intent.EXAMINE, holding[0].id, None, action.target_text)


_WRITTEN = re.compile(r"^(?P<lead>[^:]{0,60}\bwrite\b[^:]{0,40}):\s*(?P<words>\S.*)$", re.I | re.S)


def _written_whole(text: str) -> str:
    """Words written after "write ...:" kept one piece for the parser ("write in my book with
    the pen: text my sister tomorrow. go to bed before 1": the plan written, not a walk to a
    "bed before 1"; newcomer corpus 28): words of several sentences are no commands, and the
    parser is given the lead alone."""
    m = _WRITTEN.match(text.strip())
    if m is None or not re.search(r"[.!;]\s+\S", m.group("words")):
        return text
    return m.group("lead")  # the writing, done; the words are the moment's to quote


#: Help offered in plain words, the whole of them ("want a hand?", "let me help", "can i give
#: you a hand", "need any help, maren?", "i'll help"), in normal words.
_WITH = r"(?: with (?:that|this|it|anything|(?:the|your|her|his|them) \w+(?: \w+)?))?"
_OFFERS_HELP = re.compile(
    r"^(?:(?:hey|so|ok|okay|well|here|look|oh|right|please|um)\s+)*"
    r"(?:let me help(?: you| u)?(?: out)?|let me give you a hand|let me lend a hand"
    r"|(?:do you |d you |you |u |do u )?(?:want|need|fancy|like) (?:a|some|any)"
    rf" (?:hand|help){_WITH}"
    rf"|(?:can|could|shall|may|should) i (?:give|lend) (?:you|u) a hand{_WITH}"
    r"|(?:can|could|shall|may|should) i (?:help|be of help|do anything|do something)"
    rf"(?: (?:you|u))?{_WITH}"
    r"|i ?(?:ll| will|can|could|d like to|would like to|want to) (?:help|give you a hand"
    r"|lend a hand)(?: you| u| out)?|happy to help|(?:is there )?anything i can do"
    r"(?: to help| for you)?|(?:what|how) (?:can|could) i do (?:to help|for you)"
    r"|how (?:can|could|shall|should|may) i help(?: you| u| out)?"
    r"|what can i do for you|what do you need(?: me to do)?)"
    r"(?:\s+(?:then|too|now|please|mate|love|at all|if you like|if you want))*$"
)


def _help_offered(world: World, state: WorldState, text: str) -> Action | None:
    """Help offered in plain words to someone here (:data:`_OFFERS_HELP`; newcomer corpus 28:
    "can I help you with that?", "let me help", "want a hand?" to Maren met the guide's hint
    or her "I couldn't say"; corpus 30: "what can I do to help?" to Bastian his refusal): the
    offer made to them (``assist``), a name in it or the first person here; None with no one
    here (then "let me help" asks what to do) or other words."""
    people = [c for c in characters_here(world, state) if not is_animal(c)]
    if not people:
        return None
    words = normal(text)
    named = [c for c in people if any(re.search(rf"\b{normal(n)}\b", words) for n in c.names)]
    for c in named:
        for n in sorted(c.names, key=len, reverse=True):
            words = re.sub(rf"\b{normal(n)}\b", " ", words)
    words = " ".join(words.split())
    if _OFFERS_HELP.match(words) is None:
        return None
    who = (named or people)[0].id
    return helping_action(world, state, who) or Action(Intent.ASSIST, who, None, None)


def _to_oneself_after_talk(action: Action, steps: list[Step]) -> bool:
    """Whether a clause reads as talk to the player themself ("ask me again after coffee")
    after words to someone in the same line: the rest of what was said to them (newcomer
    corpus 28 met "There's no one here to talk to" with Juno there)."""
    return (
        action.intent == Intent.TALK
        and action.target_id == PLAYER
        and any(s.action.intent == Intent.TALK and s.action.target_id for s in steps)
    )


#: Words called out with what is said after "that" ("shout through the door that ...",
#: "call out that ...", "say that ..."): a message, whatever thing it names.
_CALLED_THAT = re.compile(
    r"^(?:shout|yell|call|holler|cry|say|shout out|call out|sing out|whisper|tell them)\b"
    r"(?:(?!\bthat\b).){0,40}\bthat\b",
    re.IGNORECASE,
)


def _told_of_a_thing(world: World, action: Action, raw: str) -> bool:
    """Whether words called out are bound to a thing they only name ("shout through the door
    that i've got broth from rue" spoken to the flask of broth): the thing is in the message,
    not the one it is said to."""
    return (
        action.intent == Intent.TALK
        and action.target_id is not None
        and world.character(action.target_id) is None
        and _CALLED_THAT.match(raw.strip()) is not None
    )


_SENTENCE_SPLIT = re.compile(r"(?<=[.!?;])\s+")
_NAMING_MAX_WORDS = 6
"""A sentence that names a feeling before a command is short ("fine, it's anger", "i'd call
it rage"): a longer one is the player's own words, played whole."""


#: How a short sentence names a feeling ("fine, it's anger", "i'd call it rage", "im furious"),
#: in lower case; "goodness, what a furious little ember" describes the thing, names nothing.
_NAMING_LEAD = re.compile(
    r"^(?:(?:fine|ok|okay|right|ugh|well|yeah|yes|alright|so|hmm|honestly|ok then)[,.!]*\s+)*"
    r"(?:it'?s|its|it is|that'?s|thats|that is|this is|(?:it |this )?feels like|i'?d call it"
    r"|i would call it|call it|i'?m|im|i am|i feel|i'?d say|i would say)\b"
)


def _names_it(sentence: str) -> bool:
    """Whether a short sentence names a feeling: after a lead (:data:`_NAMING_LEAD`), or the
    feeling alone ("anger.", "fine. rage")."""
    said = sentence.lower().replace("\u2019", "'").strip(" .!;")
    said = re.sub(r"[,\s]+(?:i think|i guess|i suppose|probably|maybe|tbh|honestly)$", "", said)
    if not mentions_feeling(said):
        return False
    return _NAMING_LEAD.match(said) is not None or len(said.split()) <= 2


def _named_first(world: World, state: WorldState, text: str, here: parser.Scope) -> Played | None:
    """A feeling named in the opening sentences, a command after (newcomer corpus 28: "fine,
    it's anger. i'm annoyed. can i shut the stove now" at the stove that asks to be named met
    "Perhaps name it first"): where a moment of naming feelings is open, the opening short
    sentences that name a feeling are that moment, then the rest is played; None otherwise."""
    sentences = [x for x in _SENTENCE_SPLIT.split(text.strip()) if x.strip()]
    if len(sentences) < 2:
        return None
    opened = [(a, k) for a, k in open_moments(world, state) if k == Skill.NAMING_FEELINGS]
    if len(opened) != 1:
        return None
    for cut in range(len(sentences) - 1, 0, -1):
        head, rest = " ".join(sentences[:cut]), " ".join(sentences[cut:])
        if any(len(x.split()) > _NAMING_MAX_WORDS for x in sentences[:cut]):
            continue
        if not any(_names_it(x) for x in sentences[:cut]):
            continue
        action = moment_action(world, state, head, parser.parse(head, here), list(opened))
        if action is None:
            continue
        outcome = apply(world, state, action)
        first = Step(action, head, outcome, context(world, outcome.state))
        after = play(world, outcome.state, rest)
        last = after.steps[-1].context if after.steps else first.context
        return Played(after.state, (first, *after.steps), last)
    return None


def _disclosed_to(
    world: World,
    state: WorldState,
    text: str,
    parsed: list[parser.ParsedIntent],
    here: parser.Scope,
) -> Action | None:
    """Something personal and hard told with no command in it, in pieces the parser would
    take apart ("im a rubbish son. my dad has dementia":
    :func:`~tta_server.world.disclosures.disclosed`): said
    to whoever here would be spoken to (a person before an animal); None with no one here (the
    narrator hears it alone) or for other words."""
    if not parsed or any(i.intent not in (Intent.UNKNOWN, Intent.TALK) for i in parsed):
        return None  # a command in it: played as usual
    one_talk = len(parsed) < 2 and parsed[0].intent == Intent.TALK
    if one_talk or not disclosed(text):
        return None  # words to someone in one piece: theirs to hear whole (world.talk)
    # "earlier you asked how i was. honestly? not great. break-up a couple months ago": one
    # telling, not a "not great" to Rue and the rest dropped (newcomer corpus 28)
    people = [c for c in characters_here(world, state) if not is_animal(c)]
    who = addressee(index_of(here), normalise(text)) if people else None
    who = who if who in {c.id for c in people} else (people[0].id if people else None)
    return Action(Intent.TALK, who, None, spoken(text)) if who is not None else None


def _letter_away(world: World, state: WorldState, text: str) -> Played | None:
    """A letter to someone away, not of this world ("write a letter to Declan with the pen",
    "write to my husband: i miss you"): received as written, the player's words kept (no
    steps: the narrator tells the writing, :func:`~tta_server.world.carried.written_to`);
    None for other words, or for someone of the world (a note to Bastian is his business)."""
    found = written_to(text)
    if found is None:
        return None
    who = found[0].lower().removeprefix("my ")
    if any(who in ch.names or who == ch.id for ch in world.characters):
        return None
    return Played(state, (), context(world, state), suggest(scope(world, state)))


def _thought_of(world: World, state: WorldState, text: str) -> Played | None:
    """Someone the player carries, thought of ("i think about mum", "i miss my gran"): where
    a moment here invites remembering, that moment; elsewhere, with no one here but animals to
    say it to, heard as it is (no steps: the narrator acknowledges it warmly, never a list of
    unknown words); None for other words, or with someone here to hear them."""
    if not thinks_of_someone(text):
        return None
    for verb in world.verbs:
        if verb.skill != Skill.REMEMBERING or state.location not in verb.at:
            continue
        if holds(world, state, verb.when):
            action = Action(verb.verb, None, None, None)
            outcome = apply(world, state, action)
            step = Step(action, text, outcome, context(world, outcome.state))
            return Played(outcome.state, (step,), step.context)
    if any(not is_animal(c) for c in characters_here(world, state)):
        return None  # said to whoever is here
    return Played(state, (), context(world, state), suggest(scope(world, state)))


#: Words that say the player is coming along ("yes. i'll come with you", "wait for me", "yes,
#: i come with you ilse").
_COMING = re.compile(
    r"\b(?:i'?ll come|i will come|i'?m coming|im coming|coming|wait for me|wait up|right behind "
    r"you|lead the way|after you|i'?ll follow|i will follow|i follow|let'?s go|i come"
    r"|(?:come|go|going|walk) (?:along )?with)\b"
)


#: Words that lead the next place of a walk ("then the oil store", "and on to the quay").
_THEN_LEADS = re.compile(r"^(?:(?:then|and|next|after that|on|on to|onto|to|into)\s+)+")
_LOOKING = frozenset({Intent.LOOK, Intent.EXAMINE, Intent.READ, Intent.LISTEN, Intent.SMELL})
_PLACE_WORDS = 4
"""At most this many words make a clause that only names a place."""
_AGAIN_TAIL = re.compile(r"(?:\s+(?:again|now|please|after that|next))+$")


def _next_place(
    world: World, world_scope: Scope, steps: list[Step], intent: parser.ParsedIntent
) -> parser.ParsedIntent:
    """ "go into the yard, then the oil store", "thanks bastian. foyer, ask the catalogue ...":
    a clause that only names a place is a move there (not after a move refused, nor after a
    look, whose verb it shares: "look at the bell, then the tea hut"); the clause as it is
    otherwise."""
    if intent.intent != Intent.UNKNOWN:
        return intent
    if steps and steps[-1].action.intent == Intent.GO and not steps[-1].outcome.ok:
        return intent
    if steps and steps[-1].action.intent in _LOOKING:  # "look at the bell, then the tea hut"
        return intent
    words = _THEN_LEADS.sub("", normalise(intent.raw)).strip()
    words = _AGAIN_TAIL.sub("", words).strip()  # "then the quay again"
    if not words or len(words.split()) > _PLACE_WORDS or not place_named(world, world_scope, words):
        return intent
    return replace(intent, intent=Intent.GO, target=words)


#: A walk up to something ("walk over to the stove", "i approach the bell", "go up to the
#: desk"): group ``thing`` is what is gone to.
_APPROACH = re.compile(
    r"^(?:walk|go|step|wander|stroll|move|head|come|cross|get|approach)"
    r"(?: (?:over|across|up|closer|nearer|back))*(?: (?:to|towards|toward))? (?P<thing>.+)$"
)
#: What a walk up to nothing named says ("walk over", "go across"): only the way to what
#: comes next.
_ONLY_OVER = frozenset({"over", "across", "closer", "nearer", "up close", "over there"})


def _approached(
    world: World, world_scope: Scope, state: WorldState, intent: parser.ParsedIntent, more: bool
) -> tuple[parser.ParsedIntent | None, str]:
    """A walk up to a thing here, which is no move ("i walk over to the stove and look at
    it", newcomer 23): with more said after it, nothing of its own (None, and the thing's
    name for an "it" after it), so the next clause is done; alone, a look at the thing. "walk
    over" with more after it is None too. Any other clause, and a walk that does lead
    somewhere, as it is."""
    if intent.intent != Intent.GO or intent.said:
        return intent, ""
    found = _APPROACH.match(strip_filler(normalise(intent.raw)))
    if found is None:
        return intent, ""
    thing = found.group("thing")
    if thing in _ONLY_OVER:
        return (None if more else intent), ""
    went = apply(world, state, to_action(world, world_scope, intent, state))
    if (
        went.message_key != "go.no_exit"
        or went.facts.get("text")
        or place_named(world, world_scope, thing)
    ):  # a real way: "go over to the bindery", "go into the study", or a place whose way is
        return intent, ""  # unknown or shut ("i go to lighthouse" at the cottage, newcomer 27)
    here = parser_scope(world_scope, state, world)
    looked = parser.parse(f"examine {thing}", here)
    if len(looked) != 1 or looked[0].target_id is None or world.item(looked[0].target_id) is None:
        return intent, ""
    return (None, thing) if more else (replace(looked[0], raw=intent.raw), thing)


def _it_named(intent: parser.ParsedIntent, thing: str) -> parser.ParsedIntent:
    """A clause with "it" put as ``thing`` ("look at it" after "walk over to the stove")."""
    if not thing:
        return intent
    raw = re.sub(r"\b(?:it|them)\b", thing, intent.raw, count=1, flags=re.IGNORECASE)
    return replace(intent, raw=raw)


#: Words before a name that only say which one, or finish the verb ("find the girl", "look
#: for old maren", "seek out bastian").
_WHICH_ONE = re.compile(r"^(?:(?:out|down|the|old|young|little|wee|poor|my|our)\s+)+")


#: "you" as the one a deed is done by or with ("may i sit by you", "can i wait with you").
_BY_YOU = re.compile(r"\b(?:by|with|next to|beside|near|alongside)\s+(?:you|u|ya)\b")
#: Words of a thing's name that name nothing on their own ("the ash in the grate").
_LITTLE = frozenset({"the", "a", "an", "of", "in", "on", "to", "at", "by", "my", "your", "some"})
#: Words that open a walk somewhere ("go to", "walk over to", "i'm heading to").
_GOING = re.compile(
    r"^(?:(?:i'?m|im|i am|i will|i'll|ill|lets|let's) )?(?:go|goes|going|walk|walking|head"
    r"|heading|wander|run|make my way|get)\b"
)


def _to_a_fixture(
    world: World, state: WorldState, intent: parser.ParsedIntent
) -> parser.ParsedIntent:
    """ "go to the catalogue" with the catalogue card in hand: the walk to the card catalogue,
    a fixed thing of a place walked to before, never a look at the card (newcomer corpus 27);
    a place (or a fixture elsewhere) wins over a thing held for "go to". Any other intent, or
    a fixture here, as it is."""
    if intent.intent != Intent.GO or not intent.target or not _GOING.match(normalise(intent.raw)):
        return intent  # "give book to ilse", a walk to her first: not a walk to a fixture
    held = intent.target_id is not None and intent.target_id in state.inventory
    if intent.target_id is not None and not held:
        return intent
    words = [w for w in normalise(intent.target).split() if w not in _LITTLE]
    if not words or any(w in DIRECTION_WORDS for w in words):  # "go in", "go up": a way
        return intent
    for item in world.items:
        at = state.places.get(item.id, world.initial_place(item.id))
        if item.portable or at == state.location or at not in state.visits:
            continue
        names = [normalise(n).split() for n in (item.name, *item.aliases)]
        if any(words and set(words) <= set(n) for n in names):
            place = world.location(at)
            if place is not None:
                return replace(intent, target=place.name.lower(), target_id=None)
    return intent


def _leaving_a_place(
    world: World, state: WorldState, intent: parser.ParsedIntent
) -> parser.ParsedIntent:
    """ "leave the library", "leave the reading room" (newcomer corpus 29: "You don't have any
    library with you"): the place the player is in, or the building the world is named for,
    left by the way out (``go out``) or, for the building, walked out of to where the story
    began (``go`` there), never a thing put down; any other intent as it is."""
    if intent.intent != Intent.DROP or not intent.target:
        return intent
    if not normalise(intent.raw).startswith(("leave ", "exit ", "quit ", "get out of ")):
        return intent
    words = _plain_place(intent.target)
    held = world.item(intent.target_id) if intent.target_id in state.inventory else None
    if held is not None and words in {_plain_place(n) for n in (held.name, *held.aliases)}:
        return intent  # "leave the key": put down; "leave the lighthouse" keeps the key
    here = world.location(state.location)
    said = set(words.split())
    if intent.target_id == state.location or (here and words == _plain_place(here.name)):
        return replace(intent, intent=Intent.GO, target="out", target_id=None)
    if here and said and said <= set(_plain_place(here.name).split()):  # "leave the
        return replace(intent, intent=Intent.GO, target="out", target_id=None)  # lighthouse"
        # in its yard: out (play 36: "leave the lighthouse" dropped the lighthouse key)
    part = next(  # "leave the lighthouse" up its tower: out to the place named for it
        (x for x in world.locations if said and said <= set(_plain_place(x.name).split())), None
    )
    if part is not None and held is not None:
        return replace(intent, intent=Intent.GO, target=part.name.lower(), target_id=None)
    if held is not None:
        return replace(intent, intent=Intent.GO, target="out", target_id=None)
    start = world.location(world.meta.start)
    if words and set(words.split()) <= set(_plain_place(world.meta.title).split()) and start:
        way = "out" if state.location == start.id else start.name.lower()
        return replace(intent, intent=Intent.GO, target=way, target_id=None)
    return intent


def _plain_place(name: str) -> str:
    """A place's name as compared: lower case, no possessive, no leading "the"."""
    plain = re.sub(r"['\u2019]s\b", "", normalise(name))
    return plain.removeprefix("the ").strip()


def _seeking_someone(world: World, intent: parser.ParsedIntent) -> parser.ParsedIntent:
    """ "find pip", "i'll go and find maren now", "look for juno": going where they are
    (as "go find pip" does), never searching for a person as for a lost key ("Searching Pip
    Dunn would not be kind"); any other intent as it is."""
    if intent.intent != Intent.SEARCH or not intent.target or intent.obj:
        return intent
    words = _WHICH_ONE.sub("", normalise(intent.target))
    words = _AGAIN_TAIL.sub("", words).strip()
    if not any(words in ch.names and not is_animal(ch) for ch in world.characters):
        return intent  # an animal is looked for where it may be hiding ("look for skipper")
    said = normalise(intent.raw)
    after = said.split(words, 1)[1] if words in said else ""
    if _SOMEWHERE.search(after):  # "look for skipper in the dunes": a search there
        return intent
    return replace(intent, intent=Intent.GO, target=words)


#: Words after a name that say where to look ("in the dunes", "round the back").
_SOMEWHERE = re.compile(r"\b(?:in|at|on|by|near|around|round|down|up|over|under|behind)\b")


def _left_asking(start: WorldState, steps: list[Step], who: str | None) -> bool:
    """Whether a topic of ``who``'s told this turn left them asking the player something new
    (Rue's "Would you try?"), from the state the turn started in."""
    prior = start
    for st in steps:
        now = st.outcome.state
        asked = who is not None and now.asking.get(who) not in (None, prior.asking.get(who))
        if asked and st.action.target_id == who and st.outcome.message_key == "talk.ok":
            return True
        prior = now
    return False


def _felt_again(raw: str, steps: list[Step]) -> bool:
    """Whether a clause tells a feeling when one was already told this turn ("honestly i feel
    a bit tearful. i haven't slept well in weeks"): the one answer is enough."""
    told = any(s.outcome.message_key == "talk.feeling" for s in steps)
    return told and feeling_told(raw) is not None


def _feeling_along(
    raw: str, steps: list[Step], queue: list[tuple[parser.ParsedIntent, bool]]
) -> Action | None:
    """A hard feeling told in a clause of its own beside words to someone ("i'm scared.
    where is pip?", "where's the key? i'm so tired"): told to the one those words are for;
    None when the clause tells none or no one is spoken to in the line."""
    if feeling_told(raw) is None:
        return None
    said = [s.action.target_id for s in steps if s.action.intent == Intent.TALK]
    said += [x.target_id for x, _ in queue if x.intent == Intent.TALK]
    who = next((x for x in said if x), None)
    return Action(Intent.TALK, who, None, raw) if who is not None else None


#: What a move with no way named, or a wait, comes to: after someone has just gone ahead,
#: "lead the way" and "wait for me" go after them.
_NO_WAY_NAMED = frozenset({"go.where", "wait.ok"})


def _going_after(world: World, state: WorldState, text: str) -> Action | None:
    """ "yes. i'll come with you" with no one here, just after someone left asking "Will you
    come?" (newcomer 10: Ilse went down ahead, and the answer was "I didn't catch that"):
    going after the one mentioned last, when that is a character elsewhere; None otherwise."""
    if not _COMING.search(normalise(text)):
        return None
    people = [c for x in state.mentioned if (c := world.character(x)) is not None]
    if not people or state.whereabouts.get(people[0].id) in (None, state.location):
        return None  # only someone who has moved from where they were
    return Action(Intent.GO, people[0].id, None, people[0].name)


def _asks_where(world: World, text: str) -> bool:
    """Whether words ask where a person, place or thing of the world is, or the way there
    ("is lamp cottage far from here?"): said with no one here, the game answers what the
    player could know (:func:`~tta_server.world.answers.known_answer`)."""
    return question_about(world, own_talk(spoken(text))) is not None


def _just_given(held_before: frozenset[str], outcome: Outcome, action: Action) -> bool:
    """Whether a take refused as already held is of something this input's earlier steps put
    in the player's hands (never "You already have the storm lantern" just after Rue gives it)."""
    return outcome.message_key == "take.already_held" and action.target_id not in held_before


#: Words that may lead a command of its own ("and then go north", "please take it").
_LEADS = frozenset({"and", "then", "so", "now", "please", "also", "ok", "okay", "oh", "well"})


def _own_command(world: World, raw: str) -> bool:
    """Whether a clause is a command of its own: it starts (after "and", "then", "please")
    with a verb or a way ("take the lamp", "then go north"), not with its subject or a
    modal ("i can climb ...", "there's a letter ...", "could i borrow it to help her")."""
    words = normalise(raw).split()
    while words and words[0] in _LEADS:
        words = words[1:]
    return bool(words) and (words[0] in STARTERS or words[0] in verb_starts(world))


def _said_along(
    world: World, steps: list[Step], intent: parser.ParsedIntent, outcome: Outcome
) -> bool:
    """Whether a refused clause is a leftover of an input one part of which was played well:
    a clause that is not a command of its own, refused for the world's want of what it names
    (not for a reason the world gives), is part of what was said or done, never a refusal
    tacked onto the reply (newcomer 10: "... let them help you back. i can climb the stairs
    if you tell me what to do" ended on "Yourself isn't something you can climb."; "rue,
    could i borrow a lantern? i need to get up the cliff path" on "Nothing leads up from
    here"; "could i borrow it to help her?" after Bastian's pen on "There's no sign of that
    here"; "thanks maren. i'll go light it now" on it)."""
    if outcome.ok or outcome.message_key.endswith(".blocked"):
        return False
    if _own_command(world, intent.raw):
        return False
    return any(s.outcome.ok for s in steps)


def _a_move(intent: parser.ParsedIntent) -> bool:
    """Whether a clause is a plain move of its own ("go west to the dunes"), not words."""
    return (
        intent.intent == Intent.GO
        and not intent.said
        and _MOVE_LEAD.match(normalise(intent.raw)) is not None
    )


#: How a move of the player's own starts ("go west", "head down to", "west").
_MOVE_LEAD = re.compile(
    r"^(?:then |and |so |now |right )*(?:go|head|walk|run|climb|north|south|east|west|up|down"
    r"|in|out)\b"
)


def _looked_up_after_talk(steps: list[Step], outcome: Outcome, raw: str) -> bool:
    """Whether ``outcome`` is a thing of the listener's own not found ("... go give your dad a
    hug") after someone has answered the player in this turn: words to them, not a command
    about a thing (newcomer corpus 30 met "You can't find any dad here." after Pip's answer);
    "thanks rue. take the moon" is still refused."""
    talked = any(s.action.intent == Intent.TALK and s.outcome.ok for s in steps)
    theirs = _THEIRS.search(normalise(raw)) is not None
    return talked and theirs and outcome.message_key.endswith(".not_here")


#: A thing of the listener's ("your dad", "ur boat").
_THEIRS = re.compile(r"\b(?:your|ur|yer|yours)\b")


def _done_this_turn(steps: list[Step], outcome: Outcome) -> bool:
    """Whether ``outcome`` does again the grounding that feeling the ground did in this turn
    ("stand still, feel the ground and just listen" on the Dunes: one grounding, not it and
    its "again" line)."""
    key = outcome.facts.get("interaction")
    return (
        bool(key)
        and outcome.facts.get("repeat") is True
        and any(
            s.outcome.facts.get("interaction") == key and s.action.intent == Intent.TOUCH
            for s in steps
        )
    )


def _stitched(steps: list[Step], outcome: Outcome) -> bool:
    """Whether a character would bring up their own topic ("something else has been waiting
    its turn") or see the player off ("thanks bastian. i'll go and mend it later") after
    answering the player earlier in the same input: the answer stands alone."""
    who = outcome.facts.get("character")
    leaving = outcome.message_key == "talk.goodbye"
    if not (outcome.facts.get("offtopic") or leaving) or who is None:
        return False
    return any(s.outcome.ok and s.outcome.facts.get("character") == who for s in steps)


def _answered(steps: list[Step], outcome: Outcome) -> bool:
    """Whether the one an outcome is from answered the player earlier in the input, on the
    player's own question (not with their own topic: "Pip lets that go by"; nor words that
    asked nothing: "ok detective pip. what time did the light go out?" had none answered)."""
    who = outcome.facts.get("character")
    return any(
        s.outcome.ok
        and s.outcome.facts.get("character") == who
        and not s.outcome.facts.get("offtopic")
        and is_question(s.raw)
        for s in steps
    )


def _unanswered(
    world: World, state: WorldState, intent: parser.ParsedIntent, outcome: Outcome
) -> Step:
    """A question of the input that the one who answered another leaves aside ("where would
    i find pip? and is there anything i should take?"): said plainly (``talk.unanswered``),
    nothing done."""
    who = outcome.facts.get("character")
    facts = {"character": who, "character_name": outcome.facts.get("character_name")}
    left = Outcome(state=state, ok=False, changed=False, message_key="talk.unanswered", facts=facts)
    action = Action(Intent.TALK, str(who), None, intent.raw)
    return Step(action, intent.raw, left, context(world, state))


def _named_last(world: World, step: Step) -> WorldState:
    """The state after the turn; after a refusal (which changes nothing in the world), the
    thing or person here it was about is the one mentioned last, for "it" and "her" next
    ("light the lantern", refused, then "borrow it" is the lantern)."""
    state = step.outcome.state
    if step.outcome.ok:
        return state
    here = scope(world, state)
    present = {
        x.id
        for x in (*here.items_held, *here.items_here, *here.items_with_characters, *here.characters)
    }
    named = [x for x in (step.action.target_id, step.action.obj_id) if x in present]
    return state.model_copy(update={"mentioned": named}) if named else state


#: Refusals that leave things as the player wanted: the clauses after them are still played
#: ("go in and ask her" said inside; "push the door open and go in" where it stands open).
_AS_WISHED = frozenset({"go.already", "open.already_open"})
#: Refusals after which the rest of the turn still happens: what was wished is so already,
#: or words went to no one ("who is being unkind? i listen at the door": the listening), or
#: to someone who is not here ("tell maren thanks and go down" in the lamp room, newcomer
#: corpus 29: the move was dropped).
_GOES_ON = _AS_WISHED | {"talk.nobody", "talk.absent"}


#: "Ok" and its like alone, a sentence of its own before more ("ok. i rest litle bit").
_OK_ALONE = re.compile(r"^(?:ok|okay|alright|all right|right|so|fine)$")


#: A leave-taking that says the way ("i'll head out", "right, i'm going out"): out, too.
_HEADING_OUT = re.compile(r"\b(?:head|go|going|step|pop|nip|get) (?:back )?out(?: now| then)?$")


def _out_too(intents: list[parser.ParsedIntent]) -> list[parser.ParsedIntent]:
    """A goodbye that goes out ("cheers rue. i'll head out", newcomer corpus 30: only the
    thanks was played), then the way out, unless a move follows it in the same input."""
    found: list[parser.ParsedIntent] = []
    for i, x in enumerate(intents):
        found.append(x)
        goodbye = x.intent == Intent.TALK and x.obj == "goodbye"
        moves = any(y.intent == Intent.GO for y in intents[i + 1 :])
        if goodbye and not moves and _HEADING_OUT.search(normalise(x.raw)):
            found.append(parser.ParsedIntent(Intent.GO, "out", raw="go out"))
    return found


def _ok_first(
    world: World, state: WorldState, intents: list[parser.ParsedIntent]
) -> list[parser.ParsedIntent]:
    """ "ok. i rest litle bit" with no question of anyone's here open (newcomer 27: Bastian
    answered the "ok" with "No idea. More tea?"): the "ok" is a filler before what the player
    does, not words to someone; with a question open it is the answer, and stays."""
    if len(intents) < 2 or intents[0].intent != Intent.TALK or intents[1].said:
        return intents
    if not _OK_ALONE.match(normalise(intents[0].raw)) or intents[1].intent == Intent.TALK:
        return intents
    if any(state.asking.get(c.id) for c in characters_here(world, state)):
        return intents
    return intents[1:]


def _struck(world: World, intents: list[parser.ParsedIntent]) -> list[parser.ParsedIntent]:
    """ "strike a match and light the mantle": striking the match is how the lamp is lit, not
    a lighting of its own (it was refused, "The tin of storm matches isn't something you can
    light", and the lamp never lit: newcomer 10 at the Lantern Coast's climax). A light of a
    thing that has no light of its own, right before the light of something else, is left out."""
    kept = []
    for x, then in zip(intents, [*intents[1:], None], strict=False):
        item = world.item(x.target_id) if x.target_id else None
        if (
            x.intent == Intent.LIGHT
            and then is not None
            and then.intent == Intent.LIGHT
            and then.target_id != x.target_id
            and item is not None
            and not any(u.verb == Intent.LIGHT for u in item.uses)
        ):
            continue
        kept.append(x)
    return kept


def _one_reply(intents: list[parser.ParsedIntent], text: str) -> list[parser.ParsedIntent]:
    """Sentences that are all said to one person (or are nothing else), none of them a
    question, are one reply, as typed: "no, it isn't your fault. you noticed the light was
    out" is not two remarks; a bare greeting before words said to the same person is dropped
    ("hello? is anyone here?" is answered once)."""
    if _named_alone(intents):  # "juno, is it true?": her name, then what is said to her
        return _one_reply(intents[1:], text)
    said = [i for i in intents if i.said]
    if len(intents) < 2 or not said:
        return intents
    first, then = intents[0], intents[1]
    greeting = first.intent == Intent.TALK and not first.said and first.obj is None
    greeting = greeting and normalise(first.raw).split(" ", 1)[0] in GREETINGS
    if greeting and then.said and then.target_id == first.target_id:
        return _one_reply(intents[1:], text)  # "hello? is anyone here?": one answer
    if any(not i.said and i.intent != Intent.UNKNOWN for i in intents):
        return intents
    if any(_asks(i.raw) for i in intents):
        return intents  # "thanks. where is she?": thanks, then a question
    if any(i.target_id != said[0].target_id for i in said):
        return intents  # said to different people
    return [replace(said[0], raw=" ".join(text.split()))]


def _asks(raw: str) -> bool:
    """Whether a clause opens with a question word, and not as a statement without its
    subject ("is not your fault", newcomer 27: "it is not your fault" said in Polish order)."""
    words = normalise(raw).split(" ", 2)
    return words[0] in QUESTION_WORDS and words[1:2] != ["not"]


#: A question about the one spoken to ("can you sleep at all", "do you ever rest"): theirs
#: to answer, whatever verb it holds.
_ASKS_YOU = re.compile(
    r"^(?:(?:and|so|but|ok|okay) )?(?:can|could|do|did|would|will|have|how|why|when|what)"
    r"(?: (?:do|did|can|would|much|often|well))? (?:you|u|ya)\b"
)
#: Asking the one just named for a thing ("bastian, could i borrow the mending pen?"): theirs
#: to answer, never the take alone after a bare hello (his next topic, newcomer report).
_MAY_I = re.compile(
    r"^(?:(?:and|so|but|ok|okay|please) )?(?:can|could|may|might) (?:i|we) (?:please )?"
    r"(?:have|borrow|get|take|use)\b"
)
#: A clause the player says of themselves ("i sleep very bad after night shifts"): its verb is
#: no command.
_OF_MYSELF = re.compile(r"^(?:(?:and|but|so|because|cos|cause) )?i (?!will |ll |shall )\w+")


def _talk_kept(intents: list[parser.ParsedIntent]) -> list[parser.ParsedIntent]:
    """Talk that a verb in it would take apart kept as talk (issue 14, newcomer corpus 29): a
    question about the one just named ("maren, can you sleep at all?") is said to them, with
    their name, not done by the player (when its verb names nothing of the world's), and so
    is asking them for a thing ("bastian, could i borrow the mending pen?"); a
    clause the player says of themselves that names a feeling ("... i sleep very bad after
    night shifts") is heard as words, not the verb sleep."""
    kept: list[parser.ParsedIntent] = []
    for i in intents:
        last = kept[-1] if kept else None
        words = normalise(i.raw)
        talk = (Intent.TALK, Intent.UNKNOWN)
        asked = i.intent not in talk and i.target_id is None and bool(_ASKS_YOU.match(words))
        bare = last is not None and last.intent == Intent.TALK and last.obj is None
        bare = bare and last is not None and normalise(last.raw) == normalise(last.target or "-")
        asked = asked or (i.intent == Intent.TAKE and _MAY_I.match(words) is not None)
        if asked and bare and last is not None:
            raw = f"{last.raw}, {i.raw}"
            kept[-1] = replace(last, obj=normalise(raw), obj_id=last.target_id, raw=raw, said=True)
            continue
        mine = i.intent not in (*talk, Intent.HELP) and i.target_id is None  # "i think i'm
        # stuck" asks for the hint
        if mine and _OF_MYSELF.match(words) and named_feelings(i.raw):
            kept.append(replace(i, intent=Intent.UNKNOWN, target=None, target_id=None))
            continue
        kept.append(i)
    return kept


def _named_alone(intents: list[parser.ParsedIntent]) -> bool:
    """Whether the first clause is only the name of someone every later clause speaks to
    ("juno, is every word true? does everyone know?"): an address, not a talk of its own (it
    drew a stock line of hers before her answer)."""
    if len(intents) < 2 or intents[0].intent != Intent.TALK or intents[0].obj is not None:
        return False
    first = intents[0]
    if normalise(first.raw) != normalise(first.target or "-"):
        return False
    rest = intents[1:]  # all of it said to them: else the name is what makes it talk
    return all(i.intent == Intent.TALK and i.target_id == first.target_id for i in rest)


def _asked_back(text: str, raw: str) -> bool:
    """Whether the clause ``raw`` is asked as a question in ``text`` (a "?" right after it)."""
    at = text.lower().find(raw.lower()) if raw else -1
    return at >= 0 and text[at + len(raw) :].lstrip().startswith("?")


def _antecedent_in(intent: parser.ParsedIntent) -> str:
    """A clause with its pronoun replaced by what it meant within the input ("open the gate
    and go through it": "go through gate"), for parsing it again on its own."""
    words = intent.raw.split()
    target = intent.target
    if not target or target in parser.PRONOUNS or intent.intent == Intent.TALK:
        return intent.raw  # words to someone or something ("answer the page: ... that is
        # brave") are said as typed: their "that" is no thing named before
    lowered = [w.lower().strip(",.!?") for w in words]
    # "give him one": "him" is whom it goes to, not the thing just named
    to_person = intent.intent in (Intent.GIVE, Intent.SHOW) and intent.obj_id is not None
    at = next(
        (
            i
            for i, w in enumerate(lowered)
            if w in parser.PRONOUNS and not (to_person and w in PERSON_PRONOUNS)
        ),
        None,
    )
    if at is None or target in intent.raw.lower():
        return intent.raw
    return " ".join([*words[:at], target, *words[at + 1 :]])


def _taken_back(world: World, state: WorldState, text: str) -> Step:
    """A message that only says the game (or the one spoken with) took the player the wrong
    way ("wait thats not what i meant", "no wait, i meant the other one"): nothing is done
    (never the ``wait`` command), and the narrator asks what they meant, in the story's voice
    while someone here is being spoken with (``character_name``)."""
    people = addressees(world, state)
    ch = people[0] if people else None
    spoken_with = ch is not None and (ch.id in state.asking or ch.id in state.mentioned)
    to = {"character_name": ch.name} if ch is not None and spoken_with and not is_animal(ch) else {}
    typed = parser.ParsedIntent(Intent.UNKNOWN, None, raw=text)
    return _refused(world, state, typed, "", "act.taken_back", **to)


def _presence(world: World, state: WorldState, text: str, present: Presence) -> Played:
    """The plain answer to "is X here?", then the rest of the words said to X when X is here
    (:mod:`~tta_server.pipeline.presence`)."""
    typed = parser.ParsedIntent(Intent.TALK, None, raw=text)
    step = _refused(world, state, typed, present.answer, "talk.nobody", target=present.character)
    if not present.here or not present.rest:
        return Played(state, (step,), step.context)
    ch = world.character(present.character)
    name = ch.name.split()[0] if ch is not None else ""
    rest = present.rest if normalise(present.rest).startswith(normalise(name)) else None
    after = play(world, state, rest or f"{name}, {present.rest}")
    return replace(after, steps=(step, *after.steps)) if after.steps else after


def _in_to_them(
    world: World, state: WorldState, action: Action, outcome: Outcome, raw: str, steps: list[Step]
) -> tuple[Step, Action, Outcome] | None:
    """Words said to no one here, not a question, after a knock of this input or naming the
    one person just through an open door of this place
    (:func:`~tta_server.pipeline.knocking.just_inside`): the step in, and the words said to
    them; None otherwise ("which way are the dunes?" is answered where the player stands,
    and words to no one on the quay do not walk into the tea hut)."""
    if action.intent != Intent.TALK or outcome.message_key != "talk.nobody":
        return None
    if outcome.facts.get("text") or is_question(raw):
        return None
    inside = knocking.just_inside(world, state)
    if inside is None:
        return None
    way, who = inside
    ch = world.character(who)
    names = {normalise(n) for n in ch.names} if ch else set()
    named = any(f" {n} " in f" {normalise(raw)} " for n in names)
    if not named and not any(s.action.intent == Intent.KNOCK for s in steps):
        return None
    go = Action(Intent.GO, way, None, None)
    went = apply(world, state, go)
    if not went.ok:
        return None
    said = action._replace(target_id=who)
    return Step(go, raw, went, context(world, went.state)), said, apply(world, went.state, said)


_BLOCKED = "verb.blocked"
_NOT_HERE = "That can't be done here, not yet."


def _verb_elsewhere(world: World, state: WorldState, text: str) -> Step | None:
    """A refusal for a command led by one of the world's own verbs that has no meaning here
    ("fill the lamp" in the oil store, "wind the clockwork" on the quay: the hint's words,
    typed before getting there): the player is told it is understood but not here, never
    "I don't know the word 'fill'". None when the text does not start with such a verb."""
    verbs = world_verbs(world)
    starts = verb_starts(world)
    found = None
    for raw in clauses(sanitise(text), starts):  # "stop, and notice ...": notice
        words = strip_filler(normalise(raw)).split()
        found = next((" ".join(words[:n]) for n in (3, 2, 1) if " ".join(words[:n]) in verbs), None)
        if found is not None:
            break
    if found is None or found in VERBS:
        return None
    typed = parser.ParsedIntent(verbs[found], None, raw=text)
    said = f"You can't {found} anything here, not yet." if " " not in found else _NOT_HERE
    return _refused(world, state, typed, said, _BLOCKED)


def _world_words(world: World) -> frozenset[str]:
    """Every word of the names of a world's items, characters, scenery and places (built once
    per world, kept with it)."""
    return world.derived(_names_words)


def _names_words(world: World) -> frozenset[str]:
    names = [n for x in world.items for n in (x.name, *x.aliases)]
    names += [n for x in world.characters for n in (x.name, *x.aliases)]
    names += [n for x in world.scenery for n in (x.name, *x.aliases)]
    names += [x.name for x in world.locations]
    return frozenset(w for n in names for w in normalise(n).split())


# -- which one? ---------------------------------------------------------------------------------
_HELD_FIRST = frozenset({Intent.DROP, Intent.GIVE, Intent.SHOW, Intent.USE, Intent.WRITE})


def _narrowed(world: World, state: WorldState, intent: parser.ParsedIntent) -> parser.ParsedIntent:
    """Fewer choices where the verb decides: take what is not held, give what is; else an item
    before scenery of the same name."""
    held = [c for c in intent.choices if c in state.inventory]
    if intent.intent not in CANONICAL_INTENTS:  # a world verb: what it can be done to
        usable = [c for c in intent.choices if _has_use(world, c, intent.intent)]
        return replace(intent, target_id=(usable or list(intent.choices))[0], choices=())
    if intent.intent == Intent.TAKE:
        fits = [c for c in intent.choices if c not in held]
    elif intent.intent in _HELD_FIRST:
        fits = held
    else:
        fits = []
    if len(fits) != 1:  # a thing before the backdrop: the cooled ember, not the stove's glow
        fits = [c for c in intent.choices if world.item(c) is not None]
    if len(fits) != 1:  # scenery here before the place itself: the library steps, not the
        # Library Steps as a place (they are one thing; never "which steps do you mean?")
        fits = [c for c in intent.choices if c != state.location]
    if len(fits) == 1:
        return replace(intent, target_id=fits[0], choices=())
    return intent


_IT = frozenset({"it", "them"})
#: Everyday verbs a thing does only by a use of its own ("light it" is the lamp's).
_BY_USE = frozenset({Intent.LIGHT, Intent.EXTINGUISH, Intent.READ, Intent.PLAY, Intent.BLOW})


def _it_for_the_verb(
    world: World, world_scope: Scope, intent: parser.ParsedIntent, typed: str = ""
) -> parser.ParsedIntent:
    """ "fill it with paraffin" at the lamp, "wind it gently" at the clockwork: "it" with a
    world verb (or an everyday verb done only by a use, :data:`_BY_USE`) that the thing last
    named has no use for is the one thing here the verb is for (newcomer 12 filled the tin of
    matches and wound the winding handle; newcomer 13 lit the clockwork); the intent as it is
    otherwise."""
    target = intent.target_id
    if (intent.intent in CANONICAL_INTENTS and intent.intent not in _BY_USE) or (
        target is not None and _has_use(world, target, intent.intent)
    ):
        return intent  # ("fill it" with nothing named yet: the one thing here to fill)
    if not _IT.intersection(normalise(typed or intent.raw).split()):  # "fill the lamp, wind
        return intent  # it": the "it" as typed, before the last thing named took its place
    fits = {
        x
        for ref in world_scope.verbs
        if intent.intent in (ref.verb, *ref.aliases)
        for x in ref.targets
        if x != target
    }
    if len(fits) != 1:
        return intent
    fit = fits.pop()
    thing = world.item(fit)
    return replace(intent, target_id=fit, target=thing.name if thing is not None else fit)


def _has_use(world: World, item_id: str, verb: str) -> bool:
    item = world.item(item_id)
    return item is not None and any(verb in (u.verb, *u.aliases) for u in item.uses)


def _ask(world: World, state: WorldState, intent: parser.ParsedIntent) -> Step:
    """A refused step that asks which one, with the question kept in the state."""
    typed = (intent.target or "one").split()[-1]
    text = which.question(world, typed, list(intent.choices))
    pending = Pending(
        intent=str(intent.intent),
        target=intent.target or typed,
        choices=list(intent.choices),
        obj=intent.obj,
        obj_id=intent.obj_id,
        raw=intent.raw,
    )
    asked = state.model_copy(update={"pending": pending})
    return _refused(world, asked, intent, text, key="which.ask", choices=list(intent.choices))


def _answer(world: World, state: WorldState, text: str) -> parser.ParsedIntent | None:
    """The pending action with the answer as its target, when the text answers the question."""
    pending = state.pending
    if pending is None:
        return None
    chosen = which.answer(world, pending, text)
    if chosen is None:
        return None
    return parser.ParsedIntent(
        pending.intent, pending.target, pending.obj, chosen, pending.obj_id, pending.raw
    )


def _refused(
    world: World,
    state: WorldState,
    intent: parser.ParsedIntent,
    text: str,
    key: str = "act.refused",
    **facts: object,
) -> Step:
    outcome = Outcome(
        state=state, ok=False, changed=False, message_key=key, facts={"text": text, **facts}
    )
    action = Action(intent.intent, None, intent.obj_id, intent.target)
    return Step(action, intent.raw, outcome, context(world, state))
