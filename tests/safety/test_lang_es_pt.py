"""Spanish and Portuguese rules (tta_server/safety/lang/es.py, pt.py): one line per cell.

The sentences are written for this file (not taken from the development corpus): a crisis, a
concern and a look-alike that must stay ``none`` for the cells of docs/safety.md, in both
languages, with chat spellings ("q", "pq", "vc", "ngm", "hj", "qnd").
"""

from __future__ import annotations

import pytest

from tta_server.safety import Level, classifier, classify, normalisation

CRISIS = [
    # es
    ("es", "sui.wish_dead", "me gustaria dormirme hoy y no despertar mas"),
    ("es", "sui.wish_dead", "ojala no despertara nunca"),
    ("es", "sui.wish_dead", "para que sigo viva si nada cambia"),
    ("es", "sui.wish_dead", "estoy harta de vivir"),
    ("es", "sui.ideation", "no paro de pensar en suicidarme"),
    ("es", "sui.ideation", "tengo ganas de quitarme la vida"),
    ("es", "sui.method", "cuantas pastillas de paracetamol hacen falta para morir"),
    ("es", "sui.method", "que dosis de rivotril es letal"),
    ("es", "sui.method", "cual es la forma mas rapida de matarse"),
    ("es", "sui.intent", "me voy a matar esta noche, ya esta"),
    ("es", "sui.intent", "voy a acabar con todo hoy"),
    ("es", "sui.plan", "ya se exactamente como lo voy a hacer"),
    ("es", "sui.preparatory", "escribi una carta de despedida para mis hijos"),
    ("es", "sui.preparatory", "regale mi bici a mi primo, ya no la voy a necesitar"),
    ("es", "sui.preparatory", "anote las claves del banco para cuando ya no este"),
    ("es", "sui.means", "tengo las pastillas contadas encima de la mesa"),
    ("es", "sui.means", "llevo meses acumulando mis pastillas para dormir"),
    ("es", "sui.place", "estoy sentado en el borde del puente y no quiero volver"),
    ("es", "sui.unsafe", "no estoy segura conmigo misma hoy"),
    ("es", "sui.unsafe", "no confio en mi esta noche"),
    ("es", "sui.attempt", "ayer intente ahorcarme con el cinturon"),
    ("es", "sui.vehicle", "quiero meter el coche contra un arbol a proposito"),
    ("es", "sui.vehicle", "pienso en tirarme debajo del tren"),
    ("es", "sui.burden", "mi familia estaria mas tranquila si yo no existiera"),
    ("es", "self.act", "me corte los brazos otra vez anoche"),
    ("es", "med.overdose", "me trague un monton de pastillas hace un rato"),
    ("es", "med.overdose", "me tome veinte clonazepam"),
    ("es", "med.emergency", "mi abuela no responde y respira raro"),
    ("es", "harm.intent", "mañana llevo un cuchillo al colegio"),
    ("es", "abuse.danger_now", "mi padrastro me golpea cuando llega borracho"),
    ("es", "abuse.danger_now", "mi ex me amenazo con un cuchillo"),
    # pt
    ("pt", "sui.wish_dead", "queria dormir pra sempre e nao acordar"),
    ("pt", "sui.wish_dead", "a vida nao vale a pena"),
    ("pt", "sui.wish_dead", "to cansado de viver"),
    ("pt", "sui.ideation", "to pensando em me matar"),
    ("pt", "sui.ideation", "quero tirar a minha propria vida"),
    ("pt", "sui.method", "qual a dose letal de rivotril"),
    ("pt", "sui.method", "quantos comprimidos precisa pra morrer"),
    ("pt", "sui.intent", "vou me matar hj"),
    ("pt", "sui.intent", "amanha eu acabo com tudo"),
    ("pt", "sui.plan", "escolhi o sabado, qnd meus pais viajarem"),
    ("pt", "sui.preparatory", "deixei uma carta de despedida pra minha mae"),
    ("pt", "sui.preparatory", "dei meu violao pro meu irmao, nao vou precisar dele"),
    ("pt", "sui.means", "to juntando remedios faz meses"),
    ("pt", "sui.place", "to em cima da ponte olhando pra baixo"),
    ("pt", "sui.unsafe", "nao me sinto seguro comigo hj"),
    ("pt", "sui.attempt", "tentei me enforcar ontem"),
    ("pt", "sui.vehicle", "quero jogar o carro contra um poste"),
    ("pt", "sui.burden", "minha familia seria mais feliz se eu morresse"),
    ("pt", "self.act", "me cortei nos bracos de novo"),
    ("pt", "med.overdose", "tomei muitos comprimidos de dormir"),
    ("pt", "med.emergency", "meu corte nao para de sangrar"),
    ("pt", "harm.intent", "vou levar a arma do meu pai pra escola amanha"),
    ("pt", "abuse.danger_now", "meu padrasto me bate toda noite"),
    ("es", "sui.wish_dead", "es mejor que me muera"),
    ("es", "sui.preparatory", "ya no voy a estar aqui manana"),
    ("es", "sui.place", "estoy parado en las vias del tren"),
    ("pt", "sui.wish_dead", "e melhor eu morrer"),
    ("pt", "med.overdose", "acabei de tomar uma caixa de paracetamol"),
    ("pt", "sui.means", "to com a arma na cabeca"),
    ("pt", "sui.place", "to sentado nos trilhos do trem"),
]

CONCERN = [
    ("es", "dis.hopeless", "nada tiene sentido ya"),
    ("es", "dis.worthless", "no sirvo para nada"),
    ("es", "dis.low_mood", "no paro de llorar"),
    ("es", "dis.anxiety", "tengo ataques de panico"),
    ("es", "dis.losing_mind", "me estoy volviendo loca"),
    ("es", "dis.isolation", "no tengo a nadie con quien hablar"),
    ("es", "dis.eating", "me obligo a vomitar cuando como"),
    ("es", "dis.substance", "bebo para olvidar todo"),
    ("es", "dis.sleep", "no duermo desde hace semanas"),
    ("es", "dis.trauma", "tengo flashbacks del choque"),
    ("es", "dis.grief", "mi abuelo murio ayer"),
    ("es", "dis.money", "no puedo pagar el alquiler"),
    ("es", "dis.medical_fear", "tengo mucho miedo de la operacion"),
    ("es", "dis.bullying", "en el colegio se burlan de mi"),
    ("es", "dis.other_at_risk", "mi hermana se corta"),
    ("pt", "dis.hopeless", "nada faz sentido"),
    ("pt", "dis.worthless", "sou um fracasso"),
    ("pt", "dis.low_mood", "me sinto vazio"),
    ("pt", "dis.anxiety", "tenho crises de panico"),
    ("pt", "dis.losing_mind", "acho que to ficando louca"),
    ("pt", "dis.isolation", "nao tenho ninguem"),
    ("pt", "dis.eating", "me forco a vomitar"),
    ("pt", "dis.substance", "bebo pra esquecer"),
    ("pt", "dis.sleep", "faz dias que nao durmo"),
    ("pt", "dis.trauma", "tenho flashbacks do assalto"),
    ("pt", "dis.grief", "minha avo morreu semana passada"),
    ("pt", "dis.money", "nao consigo pagar o aluguel"),
    ("pt", "dis.medical_fear", "to com medo da cirurgia"),
    ("pt", "dis.bullying", "na escola me zoam todo dia"),
    ("pt", "dis.other_at_risk", "meu amigo quer se matar"),
    ("pt", "dis.self_harm_urges", "to com vontade de me cortar"),
]

NONE = [
    ("es", "none.idiom", "me muero de risa jajaja"),
    ("es", "none.idiom", "me muero de hambre"),
    ("es", "none.idiom", "este nivel me mata"),
    ("es", "none.idiom", "me quiero morir de verguenza jaja"),
    ("es", "none.play", "salto del puente del juego al rio"),
    ("es", "none.play", "corto la cuerda con la espada"),
    ("es", "none.play", "tomo la pocion"),
    ("es", "none.mood", "estoy en la terraza tomando un cafe"),
    ("es", "none.mood", "me tome dos ibuprofenos por el dolor de cabeza"),
    ("es", "none.mood", "me corte el dedo cocinando"),
    ("es", "none.mood", "el domingo vamos al parque, ya tengo todo planeado"),
    ("es", "none.mood", "le regale mi libro a mi amiga"),
    ("pt", "none.idiom", "to morrendo de fome"),
    ("pt", "none.idiom", "quero morrer de vergonha kkk"),
    ("pt", "none.idiom", "essa fase ta me matando"),
    ("pt", "none.idiom", "vou me jogar nesse sorvete"),
    ("pt", "none.play", "pulo da ponte do jogo no rio"),
    ("pt", "none.play", "bebo a pocao"),
    ("pt", "none.mood", "tomei dois paracetamol pra dor de cabeca"),
    ("pt", "none.mood", "me cortei fazendo a barba"),
    ("pt", "none.mood", "to no terraco com os amigos"),
    ("pt", "none.mood", "comi demais hoje kkk"),
    ("pt", "none.mood", "dei meu celular velho pro meu primo"),
    ("es", "none.mood", "me tome un frasco de jarabe para la tos"),
    ("es", "none.mood", "manana lo hago, hoy estoy cansado"),
    ("es", "none.mood", "grabe un video para mis hijos"),
    ("es", "none.meta", "cual es el puente mas alto del mundo?"),
    ("es", "none.mood", "manana no voy a estar en clase"),
    ("pt", "none.idiom", "vou me matar de estudar"),
    ("pt", "none.mood", "amanha nao vou estar na aula"),
    ("pt", "none.mood", "tomei um frasco de xarope pra tosse"),
    ("pt", "none.play", "tenho uma arma no jogo apontada pro dragao"),
]


# Added with the blind-set-1 fixes: new sentences for the same cells (means made ready, places,
# farewells, plans with a time, lethal questions) and their look-alikes.
CRISIS += [
    ("pt", "added", "peço a deus toda noite pra nao acordar mais"),
    ("pt", "added", "nao vejo sentido nenhum em continuar vivendo"),
    ("pt", "added", "qual o predio mais alto da cidade? quero um de onde ninguem sobrevive"),
    ("pt", "added", "ta decidido, chega pra mim"),
    ("pt", "added", "escolhi o dia, domingo. ja consegui tudo o que preciso"),
    ("pt", "added", "vendi minha bicicleta e dei o resto pra minha prima, nao vou precisar mais"),
    ("pt", "added", "escrevi uma carta pra minha mae, ela vai achar na gaveta"),
    ("pt", "added", "a corda ta amarrada na viga da garagem"),
    ("pt", "added", "fui guardando os remedios da minha vo ha meses, ja tenho o bastante"),
    ("pt", "added", "vou me atirar para debaixo do comboio amanha"),
    ("pt", "added", "arranhei o braço ate sangrar de novo"),
    ("pt", "added", "to escondida no quarto, meu padrasto bateu na minha mae e agora ta gritando"),
    ("es", "added", "a partir de que altura una caida es mortal?"),
    ("es", "added", "ya lo tengo todo planeado, el sabado desde la azotea"),
    ("es", "added", "deje notas para mis hermanos, las van a encontrar manana"),
    ("es", "added", "las pastillas de mi madre las tengo escondidas, ya son un monton"),
    ("es", "added", "cuando pase el tren me tiro delante"),
]
CONCERN += [
    ("pt", "added", "minha amiga ta falando em sumir pra sempre, to com medo"),
    ("pt", "added", "penso em me cortar todo dia, mas nao fiz"),
]
NONE += [
    ("pt", "none.added", "meu irmao pegou meu fone, vou matar ele kk"),
    ("pt", "none.added", "amanha e o meu ultimo dia de trabalho antes das ferias"),
    ("pt", "none.added", "o cinto de seguranca ta preso na porta do carro"),
    ("pt", "none.added", "comprei uma arma nova pro meu personagem no jogo"),
    ("pt", "none.added", "liguei pra guardia medica, ja estou melhor"),
    ("es", "none.added", "lo voy a hacer, abro el cofre"),
    ("es", "none.added", "ya lo tengo todo planeado para la fiesta del sabado"),
]


@pytest.mark.parametrize(("lang", "cell", "text"), CRISIS)
def test_crisis(lang: str, cell: str, text: str) -> None:
    assert classify(text).level is Level.CRISIS, (lang, cell, text, classify(text).reasons)


@pytest.mark.parametrize(("lang", "cell", "text"), CONCERN)
def test_concern_is_flagged(lang: str, cell: str, text: str) -> None:
    assert classify(text).level is not Level.NONE, (lang, cell, text)


def _rules_only(text: str) -> tuple[Level, list[str]]:
    """The verdict of the rule table alone (the learned second signal is judged elsewhere)."""
    hits = classifier._rule_hits(normalisation.text_variants(text), True)
    return classifier._rules_verdict(hits)[0], [h.reason for h in hits]


@pytest.mark.parametrize(("lang", "cell", "text"), NONE)
def test_lookalikes_stay_none(lang: str, cell: str, text: str) -> None:
    level, reasons = _rules_only(text)
    assert level is Level.NONE, (lang, cell, text, reasons)
