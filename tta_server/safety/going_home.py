"""Going home to someone: a leave-taking the learned signals read as a farewell (issue 12).

Players end an evening's play the way people leave a room: "Thank you. I think it's time I went
home to my daughter. Goodnight, everyone." (a newcomer, play corpus 16, after a story's ending),
"off home to my kids now, bye all", "je rentre retrouver mes enfants". With no rule firing, the
n-gram model gave the first a crisis (0.86) and the story was held: "time I went", "goodnight,
everyone" and "thank you" are a farewell's words. What a farewell does not say is that the
speaker goes on to a living person: home *to* a child, a partner, a parent, a friend or a pet.

:func:`going_home` says whether a normalised message is such a leave-taking, with no word of
risk or finality anywhere in it ("going home to my kids one last time", "going home to say
goodbye to my daughter", "tell my daughter I'm sorry", pills, a rope): the learned signals'
crisis on it is lowered to concern (a check-in, no hold) by the classifier (reason
``home:model:...``) and the contextual step (``contextual:concern:...:home``). A rule's crisis is
never lowered. The sentences it is tested on are in ``tests/safety/test_going_home.py``.
"""

from __future__ import annotations

import re

from tta_server.safety.frames import framed

#: Someone living the speaker goes to, after "my" (or a possessive of the five other languages);
#: also the people one misses (``homesick``).
PERSON = (
    r"(?:daughter|daughters|son|sons|kids|kid|children|child|baby|babies|boys|girls|wife|"
    r"husband|partner|fiance|fiancee|family|mum|mom|mam|mother|dad|father|parents|folks|nan|"
    r"gran|grandma|grandad|grandkids|grandchildren|sister|brother|girlfriend|boyfriend|gf|bf|"
    r"flatmate|flatmates|roommate|roommates|dog|dogs|cat|cats|pup|puppy|"
    r"hija|hijas|hijo|hijos|ninos|nenes|mujer|esposa|esposo|marido|pareja|novia|novio|familia|"
    r"madre|padre|mama|papa|abuela|abuelo|hermana|hermano|perro|gato|"
    r"fille|filles|fils|enfants|gamins|gosses|bebe|femme|mari|copine|copain|famille|mere|pere|"
    r"parents|soeur|frere|chien|chat|"
    r"tochter|toechter|tochtern|sohn|kinder|kindern|kind|baby|frau|mann|freundin|freund|familie|"
    r"mutter|vater|eltern|schwester|bruder|hund|katze|"
    r"filha|filhas|filho|filhos|criancas|esposa|marido|namorada|namorado|familia|mae|pai|pais|"
    r"irma|irmao|cachorro|cao|gata|"
    r"figlia|figlie|figlio|figli|bambini|bimbi|moglie|marito|ragazza|ragazzo|famiglia|mamma|"
    r"babbo|genitori|sorella|fratello|cane|gatto|bambina|bambino|bimba|bimbo|piccola|piccolo)"
)
MY = (
    r"(?:my|the|our|ma|mon|mes|mi|mis|la|el|los|las|mia|mio|miei|mie|i|le|il|minha|meu|meus|"
    r"minhas|a|o|os|as|meine|meinem|meiner|meinen|mein)"
)

#: Going (or gone) home to someone, or home to see, put to bed or feed them, in six languages.
_HOME_TO = re.compile(
    r"\b(?:home|house)\b(?: now| tonight| soon)? (?:to|and) (?:(?:see|put|feed|cook for|tuck "
    r"in|pick up|be with|hug|walk|bath|read to) )?" + MY + r" (?:\w+ )?" + PERSON + r"\b"
    r"|\b(?:a|pra|para|para a) casa(?: agora| ya| ahora| hoje)? (?:con|a ver a|a ver|ver|com|"
    r"ter com|para ver|dai|da|dalla|dal|dalle|con i|con le|a|para) " + MY + r"? ?" + PERSON + r"\b"
    r"|\b(?:je rentre|on rentre|rentrer|je vais rentrer)(?: a la maison| chez moi)?"
    r"(?: retrouver| voir| coucher| chercher| aupres de| pour)? " + MY + r" " + PERSON + r"\b"
    r"|\b(?:heim|nach hause|nachhause)(?: jetzt)? (?:zu|zur|zum) " + MY + r"? ?" + PERSON + r"\b"
    r"|\b(?:heim|nach hause|nachhause) (?:\w+ ){0,2}(?:zu )?" + MY + r" " + PERSON + r"\b"
)

#: Words of risk, finality or a goodbye meant for good, or a home found for someone (a pet
#: rehomed is a preparatory act): any of them keeps the signals' level (here, and in the frames
#: of ``homesick`` and ``care``).
RISK = re.compile(
    r"\b(?:die|dying|dead|death|kill\w*|suicid\w*|end it|end things|end my|last time|one last|"
    r"for the last|final|forever|for good|never|no more|not coming back|not be back|wont be|"
    r"will not be|won t be|gone|goodbye forever|say goodbye|said goodbye|sorry|forgive|"
    r"pills|tablets|rope|noose|gun|knife|blade|bridge|jump\w*|hurt\w*|hit\w*|scared|afraid|"
    r"safe|unsafe|letter|note|new home|good home|a home|home for|rehom\w*|for after|looked after|"
    r"will miss|miss me|without me|better off|do it|asleep|sleeps|"
    r"morir|muerte|matar\w*|ultima vez|para siempre|nunca|adios para|perdon|"
    r"mourir|mort|tuer|derniere fois|pour toujours|jamais|adieu|pardon|"
    r"sterben|tot|toeten|umbringen|letzte mal|fuer immer|fur immer|nie|lebewohl|verzeih\w*|"
    r"morrer|morte|matar|ultima vez|para sempre|nunca|adeus|perdao|desculpa|"
    r"morire|morte|uccider\w*|ammazz\w*|ultima volta|per sempre|mai piu|addio|perdono|scusa)\b"
)


def going_home(said: str) -> bool:
    """Whether normalised ``said`` says the speaker goes home to someone living (a child, a
    partner, a parent, a friend, a pet), with no word of risk, finality or a goodbye for good
    (see the module docstring)."""
    return framed(said, (_HOME_TO,), (RISK,))
