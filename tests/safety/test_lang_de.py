"""German rules (``tta_server/safety/lang/de.py``): one or more sentences per cell of
docs/safety.md, with look-alikes that must stay ``none``. Sentences are written for this test,
not taken from the corpus."""

from __future__ import annotations

import pytest

from tta_server.safety import classify, normalise
from tta_server.safety.model import Level

CRISIS = [
    # sui.wish_dead
    "ich hoffe ich wache morgen nicht mehr auf",
    "wär ich doch einfach tot",
    "ich hab keine kraft mehr zu leben",
    "ich möchte einfach für immer verschwinden",
    # sui.ideation
    "der gedanke mir das leben zu nehmen ist jeden tag da",
    "ich hab seit wochen suizidgedanken",
    # sui.method
    "welche menge insulin ist tödlich",
    "wie erhängt man sich",
    # sui.intent / sui.plan
    "heute nacht mach ichs, es ist beschlossen",
    "ich weiß schon wann und wie",
    "wenn meine eltern verreist sind mach ich es, ich hab alles geplant",
    # sui.preparatory
    "ich hab abschiedsbriefe an alle geschrieben",
    "hab meine konsole verschenkt, brauch ich eh nicht mehr",
    "bald seid ihr mich los",
    # sui.means
    "hab die schlaftabletten seit monaten gesammelt",
    "der strick hängt schon bereit",
    # sui.place
    "ich sitze wieder auf dem parkhausdach und schaue nach unten",
    "ich lieg grad auf den gleisen",
    # sui.unsafe
    "ich bin heute nicht sicher vor mir selbst",
    "ich trau mir selber nicht mehr",
    # sui.attempt
    "hab es gestern probiert, bin in der notaufnahme aufgewacht",
    "ich stand schon auf der brücke",
    # sui.vehicle
    "ich will einfach in den gegenverkehr lenken",
    "ich denk dran mich vor den bus zu werfen",
    # sui.burden
    "meinen kindern ginge es ohne mich besser",
    "wenn ich tot wäre hätten alle endlich ruhe",
    # self.act
    "ich hab mich heute wieder geritzt",
    "hab mir absichtlich den arm mit der zigarette verbrannt",
    # med.overdose
    "ich hab eine ganze packung ibuprofen geschluckt",
    "hab tabletten genommen und mir ist total schwindlig",
    # med.emergency
    "meine mutter ist bewusstlos und atmet kaum",
    "mein baby hat einen magneten verschluckt",
    # harm.intent
    "ich bring meinen nachbarn heute nacht um, das messer liegt bereit",
    "morgen nehm ich die knarre mit in die schule",
    # abuse.danger_now
    "mein stiefvater hat mich wieder verprügelt",
    "er hat gedroht mich umzubringen wenn ich es erzähle",
]

CONCERN = [
    "es wird einfach nie besser",  # dis.hopeless
    "ich bin für meine familie nur eine belastung",  # dis.worthless
    "ich fühl mich seit monaten leer",  # dis.low_mood
    "ich hab jeden tag panikattacken",  # dis.anxiety
    "manchmal glaub ich ich werde verrückt",  # dis.losing_mind
    "ich habe niemanden mehr",  # dis.isolation
    "der drang mich zu schneiden ist wieder da",  # dis.self_harm_urges
    "vor fünf jahren hab ich mich geritzt, jetzt geht es mir besser",  # dis.past
    "wir haben eine waffe zuhause im schrank",  # dis.means_access
    "ich kotze nach dem essen absichtlich",  # dis.eating
    "ich saufe jeden abend um zu vergessen",  # dis.substance
    "ich schlafe seit wochen kaum",  # dis.sleep
    "ich hab ständig flashbacks",  # dis.trauma
    "mein opa ist gestern gestorben",  # dis.grief
    "die schulden wachsen mir über den kopf",  # dis.money
    "ich hab schon wieder gegen die wand geschlagen",  # dis.anger
    "ich hab angst vor der diagnose",  # dis.medical_fear
    "mein vater schreit mich ständig an",  # dis.family
    "die in der schule mobben mich",  # dis.bullying
    "mein kumpel will sich umbringen",  # dis.other_at_risk
]

NONE = [
    "das bringt mich um",
    "ich sterbe vor langeweile",
    "ich lach mich tot",
    "ich hab mich beim rasieren geschnitten",
    "ich schneide das seil durch",
    "ich töte den troll",
    "mein charakter springt von der klippe",
    "ich geh über die brücke ins dorf",
    "ich sitz auf dem dach mit einem bier",
    "ich warte an gleis 2 auf die bahn",
    "wie viele heiltränke brauch ich",
    "wie hoch ist der turm",
    "ich nehm zwei tabletten gegen kopfweh",
    "ich mach schluss für heute",
    "das wars für heute, bis morgen",
    "letzte nachricht für heute, gute nacht",
    "ich hab mein taschengeld gespart",
    "ich fahr den karren gegen die mauer damit sie bricht",
    "die mannschaft ist ohne mich im tor besser dran",
    "meine schwester nervt, ich bring sie um",
    "mein chef bringt mich um wenn ich zu spät komme",
    "bin außer atem von der treppe",
    "ich bin allein im turm",
    "in der höhle fühl ich mich nicht sicher",
    "ich trink den trank",
    "mir ist langweilig",
]


# Added with the blind-set-1 fixes: new sentences for the same cells (means made ready, places,
# farewells, plans with a time, lethal questions) and their look-alikes.
CRISIS += [
    "ab welcher höhe ist es sicher tödlich",
    "das kabel hängt schon am dachbalken",
    "hab meine konsole verschenkt, brauch ich sowieso nicht mehr",
    "ich sitz in der garage, motor läuft, tor ist geschlossen",
    "ich war kurz davor zu springen, dann hat mein freund angerufen",
    "wenn die s bahn einfährt will ich einfach davor springen",
    "seit dem bahnhof folgt mir ein mann, ich hab panik",
    "ich hab nen strick gekauft und heute nacht mach ich schluss",
]
NONE += [
    "der motor läuft wieder, danke papa",
    "das seil am ast festbinden für die schaukel",
    "ab welchem level bekommt man das schwert",
]


@pytest.mark.parametrize("text", CRISIS)
def test_german_crisis(text: str) -> None:
    verdict = classify(text)
    assert verdict.level is Level.CRISIS, (text, normalise(text), verdict.reasons)


@pytest.mark.parametrize("text", CONCERN)
def test_german_concern_is_flagged(text: str) -> None:
    verdict = classify(text)
    assert verdict.level is not Level.NONE, (text, normalise(text), verdict.reasons)


@pytest.mark.parametrize("text", NONE)
def test_german_look_alikes_stay_none(text: str) -> None:
    verdict = classify(text)
    assert verdict.level is Level.NONE, (text, normalise(text), verdict.reasons)


def test_chat_spellings_and_umlaut_forms() -> None:
    assert normalise("nich") == "nicht"
    assert normalise("aufm dach") == "auf dem dach"
    for text in (
        "ich fühl mich nicht sicher vor mir selbst",
        "ich fuehl mich nich sicher vor mir selber",
    ):
        assert classify(text).level is Level.CRISIS, text
