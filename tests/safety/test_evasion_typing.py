"""Letters typed apart, dotted, glued, digit-spelled and stretched, in six languages (round 14e).

Every crisis and concern cell of docs/safety.md's taxonomy, written plainly in English and in
the main cells in Spanish, French, German, Portuguese and Italian, then typed in the evasion
styles of the taxonomy's "Evasion" row: letters apart with single spaces (``spaced``), dotted
word by word (``dotted``), glued (``glued``), digits for letters across the sentence
(``leet``), a stretched letter (``stretched``), full-width letters (``fullwidth``), dots and
spaces mixed (``mixed``) and a stretched letter typed apart (``spaced_stretch``). A crisis stays
a crisis, a concern is at least a concern. As many look-alikes stay ``none``: play commands of
single letters, acronyms and initials, words spelled out in games, codes and numbers, product
names with digits, chat, and harmless play and idiom typed in the same styles.
"""

# ruff: noqa: E501  (typed sentences are kept whole, one to a line)
from __future__ import annotations

import pytest

from tta_server.safety import Level, classify, normalise
from tta_server.safety.segmenting import segment, split_glued
from tta_server.safety.words import WORDS

CRISIS = [
    (
        "sui.wish_dead",
        "en",
        "spaced",
        "i w i s h i c o u l d s l e e p a n d n e v e r w a k e u p",
    ),
    ("sui.wish_dead", "en", "leet", "1 w15h 1 c0uld 5l33p 4nd n3v3r w4k3 up"),
    (
        "sui.wish_dead",
        "en",
        "fullwidth",
        "ｉ\u3000ｗｉｓｈ\u3000ｉ\u3000ｃｏｕｌｄ\u3000ｓｌｅｅｐ\u3000ａｎｄ\u3000ｎｅｖｅｒ\u3000ｗａｋｅ\u3000ｕｐ",
    ),
    ("sui.ideation", "en", "dotted", "i w.a.n.t t.o k.i.l.l m.y.s.e.l.f"),
    ("sui.ideation", "en", "stretched", "i want to kill myseeeeelf"),
    ("sui.ideation", "en", "mixed", "i w. a. n. t t. o k. i. l. l m. y. s. e. l. f"),
    ("sui.method", "en", "glued", "howmanypillswouldittaketodie"),
    (
        "sui.method",
        "en",
        "fullwidth",
        "ｈｏｗ\u3000ｍａｎｙ\u3000ｐｉｌｌｓ\u3000ｗｏｕｌｄ\u3000ｉｔ\u3000ｔａｋｅ\u3000ｔｏ\u3000ｄｉｅ",
    ),
    (
        "sui.method",
        "en",
        "spaced_stretch",
        "h o w m a n y p i i i i i l l s w o u l d i t t a k e t o d i e",
    ),
    ("sui.intent", "en", "leet", "1 4m g01ng 70 3nd my l1f3 70n1gh7"),
    (
        "sui.intent",
        "en",
        "mixed",
        "i a. m g. o. i. n. g t. o e. n. d m. y l. i. f. e t. o. n. i. g. h. t",
    ),
    ("sui.intent", "en", "spaced", "i a m g o i n g t o e n d m y l i f e t o n i g h t"),
    ("sui.plan", "en", "stretched", "i have pickeeeeed sunday as the day i kill myself"),
    (
        "sui.plan",
        "en",
        "spaced_stretch",
        "i h a v e p i c k e e e e e d s u n d a y a s t h e d a y i k i l l m y s e l f",
    ),
    (
        "sui.plan",
        "en",
        "dotted",
        "i h.a.v.e p.i.c.k.e.d s.u.n.d.a.y a.s t.h.e d.a.y i k.i.l.l m.y.s.e.l.f",
    ),
    (
        "sui.preparatory",
        "en",
        "fullwidth",
        "ｔｈｉｓ\u3000ｉｓ\u3000ｍｙ\u3000ｌａｓｔ\u3000ｍｅｓｓａｇｅ\u3000ｇｏｏｄｂｙｅ\u3000ｆｏｒｅｖｅｒ",
    ),
    (
        "sui.preparatory",
        "en",
        "spaced",
        "t h i s i s m y l a s t m e s s a g e g o o d b y e f o r e v e r",
    ),
    ("sui.preparatory", "en", "glued", "thisismylastmessagegoodbyeforever"),
    (
        "sui.means",
        "en",
        "mixed",
        "i h. a. v. e b. e. e. n s. a. v. i. n. g m. y p. i. l. l. s f. o. r w. e. e. k. s",
    ),
    ("sui.means", "en", "dotted", "i h.a.v.e b.e.e.n s.a.v.i.n.g m.y p.i.l.l.s f.o.r w.e.e.k.s"),
    ("sui.means", "en", "leet", "1 h4v3 b33n 54v1ng my p1ll5 f0r w33k5"),
    (
        "sui.place",
        "en",
        "spaced_stretch",
        "i a m s t a n d i i i i i n g o n t h e r o o f a n d i w a n t t o j u m p",
    ),
    ("sui.place", "en", "glued", "iamstandingontheroofandiwanttojump"),
    ("sui.place", "en", "stretched", "i am standiiiiing on the roof and i want to jump"),
    ("sui.unsafe", "en", "spaced", "i c a n n o t k e e p m y s e l f s a f e t o n i g h t"),
    ("sui.unsafe", "en", "leet", "1 c4n n07 k33p my53lf 54f3 70n1gh7"),
    (
        "sui.unsafe",
        "en",
        "fullwidth",
        "ｉ\u3000ｃａｎ\u3000ｎｏｔ\u3000ｋｅｅｐ\u3000ｍｙｓｅｌｆ\u3000ｓａｆｅ\u3000ｔｏｎｉｇｈｔ",
    ),
    ("sui.attempt", "en", "dotted", "i t.r.i.e.d t.o h.a.n.g m.y.s.e.l.f l.a.s.t n.i.g.h.t"),
    ("sui.attempt", "en", "stretched", "i tried to hang myseeeeelf last night"),
    (
        "sui.attempt",
        "en",
        "mixed",
        "i t. r. i. e. d t. o h. a. n. g m. y. s. e. l. f l. a. s. t n. i. g. h. t",
    ),
    (
        "sui.vehicle",
        "en",
        "fullwidth",
        "ｉ\u3000ｗａｎｔ\u3000ｔｏ\u3000ｄｒｉｖｅ\u3000ｍｙ\u3000ｃａｒ\u3000ｉｎｔｏ\u3000ａ\u3000ｗａｌｌ",
    ),
    (
        "sui.vehicle",
        "en",
        "spaced_stretch",
        "i w a n t t o d r i v e e e e e m y c a r i n t o a w a l l",
    ),
    ("sui.burden", "en", "leet", "3v3ry0n3 w0uld b3 b3773r 0ff w17h0u7 m3"),
    (
        "sui.burden",
        "en",
        "mixed",
        "e. v. e. r. y. o. n. e w. o. u. l. d b. e b. e. t. t. e. r o. f. f w. i. t. h. o. u. t m. e",
    ),
    (
        "sui.burden",
        "en",
        "spaced",
        "e v e r y o n e w o u l d b e b e t t e r o f f w i t h o u t m e",
    ),
    ("self.act", "en", "stretched", "i cut myseeeeelf again last night"),
    ("self.act", "en", "spaced_stretch", "i c u t m y s e e e e e l f a g a i n l a s t n i g h t"),
    ("self.act", "en", "dotted", "i c.u.t m.y.s.e.l.f a.g.a.i.n l.a.s.t n.i.g.h.t"),
    (
        "med.overdose",
        "en",
        "fullwidth",
        "ｉ\u3000ｔｏｏｋ\u3000ｔｈｅ\u3000ｗｈｏｌｅ\u3000ｐａｃｋｅｔ\u3000ｏｆ\u3000ｐｉｌｌｓ\u3000ａｎ\u3000ｈｏｕｒ\u3000ａｇｏ",
    ),
    (
        "med.overdose",
        "en",
        "spaced",
        "i t o o k t h e w h o l e p a c k e t o f p i l l s a n h o u r a g o",
    ),
    ("med.overdose", "en", "glued", "itookthewholepacketofpillsanhourago"),
    (
        "med.emergency",
        "en",
        "mixed",
        "m. y m. u. m c. o. l. l. a. p. s. e. d a. n. d i. s n. o. t b. r. e. a. t. h. i. n. g",
    ),
    (
        "med.emergency",
        "en",
        "dotted",
        "m.y m.u.m c.o.l.l.a.p.s.e.d a.n.d i.s n.o.t b.r.e.a.t.h.i.n.g",
    ),
    ("med.emergency", "en", "leet", "my mum c0ll4p53d 4nd 15 n07 br347h1ng"),
    (
        "harm.intent",
        "en",
        "spaced_stretch",
        "i a m g o i n g t o s t a b m y s t e p d a a a a a d t o n i g h t",
    ),
    ("harm.intent", "en", "glued", "iamgoingtostabmystepdadtonight"),
    ("harm.intent", "en", "stretched", "i am going to stab my stepdaaaaad tonight"),
    ("abuse.danger_now", "en", "spaced", "m y d a d h i t s m e w h e n h e d r i n k s"),
    ("abuse.danger_now", "en", "leet", "my d4d h175 m3 wh3n h3 dr1nk5"),
    (
        "abuse.danger_now",
        "en",
        "fullwidth",
        "ｍｙ\u3000ｄａｄ\u3000ｈｉｔｓ\u3000ｍｅ\u3000ｗｈｅｎ\u3000ｈｅ\u3000ｄｒｉｎｋｓ",
    ),
    ("sui.wish_dead", "es", "stretched", "ojala no despertaraaaaa manana"),
    (
        "sui.wish_dead",
        "es",
        "spaced_stretch",
        "o j a l a n o d e s p e r t a r a a a a a m a n a n a",
    ),
    ("sui.wish_dead", "es", "dotted", "o.j.a.l.a n.o d.e.s.p.e.r.t.a.r.a m.a.n.a.n.a"),
    ("sui.ideation", "es", "fullwidth", "ｍｅ\u3000ｑｕｉｅｒｏ\u3000ｍａｔａｒ"),
    ("sui.ideation", "es", "spaced", "m e q u i e r o m a t a r"),
    ("sui.ideation", "es", "glued", "mequieromatar"),
    ("sui.ideation", "es", "mixed", "q. u. i. e. r. o m. o. r. i. r"),
    ("sui.ideation", "es", "dotted", "q.u.i.e.r.o m.o.r.i.r"),
    ("sui.ideation", "es", "leet", "qu13r0 m0r1r"),
    ("sui.intent", "es", "spaced_stretch", "e s t a n o c h e m e v o y a s u i c i d a a a a a r"),
    ("sui.intent", "es", "glued", "estanochemevoyasuicidar"),
    ("sui.intent", "es", "stretched", "esta noche me voy a suicidaaaaar"),
    ("sui.burden", "es", "spaced", "t o d o s e s t a r i a n m e j o r s i n m i"),
    ("sui.burden", "es", "leet", "70d05 3574r14n m3j0r 51n m1"),
    (
        "sui.burden",
        "es",
        "fullwidth",
        "ｔｏｄｏｓ\u3000ｅｓｔａｒｉａｎ\u3000ｍｅｊｏｒ\u3000ｓｉｎ\u3000ｍｉ",
    ),
    ("sui.place", "es", "dotted", "e.s.t.o.y e.n l.a a.z.o.t.e.a y v.o.y a s.a.l.t.a.r"),
    ("sui.place", "es", "stretched", "estoy en la azoteaaaaa y voy a saltar"),
    (
        "sui.place",
        "es",
        "mixed",
        "e. s. t. o. y e. n l. a a. z. o. t. e. a y v. o. y a s. a. l. t. a. r",
    ),
    ("self.act", "es", "glued", "mecorteotravezanoche"),
    (
        "self.act",
        "es",
        "fullwidth",
        "ｍｅ\u3000ｃｏｒｔｅ\u3000ｏｔｒａ\u3000ｖｅｚ\u3000ａｎｏｃｈｅ",
    ),
    ("self.act", "es", "spaced_stretch", "m e c o r t e o t r a v e z a n o c h e e e e e"),
    ("med.overdose", "es", "leet", "m3 70m3 70d45 l45 p4571ll45"),
    (
        "med.overdose",
        "es",
        "mixed",
        "m. e t. o. m. e t. o. d. a. s l. a. s p. a. s. t. i. l. l. a. s",
    ),
    ("med.overdose", "es", "spaced", "m e t o m e t o d a s l a s p a s t i l l a s"),
    ("abuse.danger_now", "es", "stretched", "mi padreeeee me pega"),
    ("abuse.danger_now", "es", "spaced_stretch", "m i p a d r e e e e e m e p e g a"),
    ("abuse.danger_now", "es", "dotted", "m.i p.a.d.r.e m.e p.e.g.a"),
    (
        "harm.intent",
        "es",
        "fullwidth",
        "ｖｏｙ\u3000ａ\u3000ｍａｔａｒ\u3000ａ\u3000ｍｉ\u3000ｅｘ\u3000ｅｓｔａ\u3000ｎｏｃｈｅ",
    ),
    ("harm.intent", "es", "spaced", "v o y a m a t a r a m i e x e s t a n o c h e"),
    ("harm.intent", "es", "glued", "voyamataramiexestanoche"),
    ("sui.wish_dead", "fr", "leet", "j3 v3ux plu5 v1vr3"),
    ("sui.wish_dead", "fr", "mixed", "j. e v. e. u. x p. l. u. s v. i. v. r. e"),
    ("sui.wish_dead", "fr", "spaced", "j e v e u x p l u s v i v r e"),
    ("sui.ideation", "fr", "stretched", "je veux mouriiiiir"),
    ("sui.ideation", "fr", "spaced_stretch", "j e v e u x m o u r i i i i i r"),
    ("sui.ideation", "fr", "dotted", "j.e v.e.u.x m.o.u.r.i.r"),
    ("sui.ideation", "fr", "fullwidth", "ｊｅ\u3000ｖａｉｓ\u3000ｍｅ\u3000ｓｕｉｃｉｄｅｒ"),
    ("sui.ideation", "fr", "spaced", "j e v a i s m e s u i c i d e r"),
    ("sui.ideation", "fr", "glued", "jevaismesuicider"),
    (
        "sui.preparatory",
        "fr",
        "mixed",
        "j. a. i e. c. r. i. t m. a l. e. t. t. r. e d. a. d. i. e. u",
    ),
    ("sui.preparatory", "fr", "dotted", "j.a.i e.c.r.i.t m.a l.e.t.t.r.e d.a.d.i.e.u"),
    ("sui.preparatory", "fr", "leet", "j'41 3cr17 m4 l377r3 d'4d13u"),
    (
        "sui.burden",
        "fr",
        "spaced_stretch",
        "t o u t l e m o n d e s e r a i i i i i t m i e u x s a n s m o i",
    ),
    ("sui.burden", "fr", "glued", "toutlemondeseraitmieuxsansmoi"),
    ("sui.burden", "fr", "stretched", "tout le monde seraiiiiit mieux sans moi"),
    ("self.act", "fr", "spaced", "j e m e s u i s e n c o r e s c a r i f i e e"),
    ("self.act", "fr", "leet", "j3 m3 5u15 3nc0r3 5c4r1f133"),
    (
        "self.act",
        "fr",
        "fullwidth",
        "ｊｅ\u3000ｍｅ\u3000ｓｕｉｓ\u3000ｅｎｃｏｒｅ\u3000ｓｃａｒｉｆｉｅｅ",
    ),
    ("med.overdose", "fr", "dotted", "j.a.i p.r.i.s t.o.u.t.e.s m.e.s p.i.l.u.l.e.s"),
    ("med.overdose", "fr", "stretched", "j'ai pris toutes mes piluleeeees"),
    (
        "med.overdose",
        "fr",
        "mixed",
        "j. a. i p. r. i. s t. o. u. t. e. s m. e. s p. i. l. u. l. e. s",
    ),
    ("abuse.danger_now", "fr", "glued", "monperemefrappe"),
    ("abuse.danger_now", "fr", "fullwidth", "ｍｏｎ\u3000ｐｅｒｅ\u3000ｍｅ\u3000ｆｒａｐｐｅ"),
    ("abuse.danger_now", "fr", "spaced_stretch", "m o n p e r e m e f r a p p e e e e e"),
    ("sui.unsafe", "fr", "leet", "j3 n3 5u15 p45 3n 53cur173 4v3c m01 m3m3"),
    (
        "sui.unsafe",
        "fr",
        "mixed",
        "j. e n. e s. u. i. s p. a. s e. n s. e. c. u. r. i. t. e a. v. e. c m. o. i m. e. m. e",
    ),
    (
        "sui.unsafe",
        "fr",
        "spaced",
        "j e n e s u i s p a s e n s e c u r i t e a v e c m o i m e m e",
    ),
    ("sui.wish_dead", "de", "spaced", "i c h w i l l n i c h t m e h r l e b e n"),
    ("sui.wish_dead", "de", "leet", "1ch w1ll n1ch7 m3hr l3b3n"),
    (
        "sui.wish_dead",
        "de",
        "fullwidth",
        "ｉｃｈ\u3000ｗｉｌｌ\u3000ｎｉｃｈｔ\u3000ｍｅｈｒ\u3000ｌｅｂｅｎ",
    ),
    ("sui.ideation", "de", "dotted", "i.c.h w.i.l.l s.t.e.r.b.e.n"),
    ("sui.ideation", "de", "stretched", "ich will sterbeeeeen"),
    ("sui.ideation", "de", "mixed", "i. c. h w. i. l. l s. t. e. r. b. e. n"),
    ("sui.ideation", "de", "glued", "ichbringemichum"),
    ("sui.ideation", "de", "fullwidth", "ｉｃｈ\u3000ｂｒｉｎｇｅ\u3000ｍｉｃｈ\u3000ｕｍ"),
    ("sui.ideation", "de", "spaced_stretch", "i c h b r i n g e e e e e m i c h u m"),
    ("sui.method", "de", "leet", "w13 v13l3 74bl3773n 51nd 70dl1ch"),
    (
        "sui.method",
        "de",
        "mixed",
        "w. i. e v. i. e. l. e t. a. b. l. e. t. t. e. n s. i. n. d t. o. d. l. i. c. h",
    ),
    ("sui.method", "de", "spaced", "w i e v i e l e t a b l e t t e n s i n d t o d l i c h"),
    ("sui.burden", "de", "stretched", "alle waren besseeeeer dran ohne mich"),
    (
        "sui.burden",
        "de",
        "spaced_stretch",
        "a l l e w a r e n b e s s e e e e e r d r a n o h n e m i c h",
    ),
    ("sui.burden", "de", "dotted", "a.l.l.e w.a.r.e.n b.e.s.s.e.r d.r.a.n o.h.n.e m.i.c.h"),
    (
        "self.act",
        "de",
        "fullwidth",
        "ｉｃｈ\u3000ｈａｂｅ\u3000ｍｉｃｈ\u3000ｗｉｅｄｅｒ\u3000ｇｅｒｉｔｚｔ",
    ),
    ("self.act", "de", "spaced", "i c h h a b e m i c h w i e d e r g e r i t z t"),
    ("self.act", "de", "glued", "ichhabemichwiedergeritzt"),
    (
        "abuse.danger_now",
        "de",
        "mixed",
        "m. e. i. n f. r. e. u. n. d s. c. h. l. a. g. t m. i. c. h",
    ),
    ("abuse.danger_now", "de", "dotted", "m.e.i.n f.r.e.u.n.d s.c.h.l.a.g.t m.i.c.h"),
    ("abuse.danger_now", "de", "leet", "m31n fr3und 5chl4g7 m1ch"),
    (
        "med.overdose",
        "de",
        "spaced_stretch",
        "i c h h a b e a l l e t a b l e t t e e e e e n g e n o m m e n",
    ),
    ("med.overdose", "de", "glued", "ichhabealletablettengenommen"),
    ("med.overdose", "de", "stretched", "ich habe alle tabletteeeeen genommen"),
    ("sui.wish_dead", "pt", "stretched", "nao querooooo mais viver"),
    ("sui.wish_dead", "pt", "spaced_stretch", "n a o q u e r o o o o o m a i s v i v e r"),
    ("sui.wish_dead", "pt", "dotted", "n.a.o q.u.e.r.o m.a.i.s v.i.v.e.r"),
    ("sui.ideation", "pt", "fullwidth", "ｑｕｅｒｏ\u3000ｍｏｒｒｅｒ"),
    ("sui.ideation", "pt", "spaced", "q u e r o m o r r e r"),
    ("sui.ideation", "pt", "glued", "queromorrer"),
    ("sui.ideation", "pt", "mixed", "e. u v. o. u m. e m. a. t. a. r"),
    ("sui.ideation", "pt", "dotted", "e.u v.o.u m.e m.a.t.a.r"),
    ("sui.ideation", "pt", "leet", "3u v0u m3 m474r"),
    (
        "sui.burden",
        "pt",
        "spaced_stretch",
        "t o d o s f i c a r i a a a a a m m e l h o r s e m m i m",
    ),
    ("sui.burden", "pt", "glued", "todosficariammelhorsemmim"),
    ("sui.burden", "pt", "stretched", "todos ficariaaaaam melhor sem mim"),
    ("self.act", "pt", "spaced", "m e c o r t e i d e n o v o o n t e m"),
    ("self.act", "pt", "leet", "m3 c0r731 d3 n0v0 0n73m"),
    (
        "self.act",
        "pt",
        "fullwidth",
        "ｍｅ\u3000ｃｏｒｔｅｉ\u3000ｄｅ\u3000ｎｏｖｏ\u3000ｏｎｔｅｍ",
    ),
    ("med.overdose", "pt", "dotted", "t.o.m.e.i t.o.d.o.s o.s c.o.m.p.r.i.m.i.d.o.s"),
    ("med.overdose", "pt", "stretched", "tomei todos os comprimidooooos"),
    (
        "med.overdose",
        "pt",
        "mixed",
        "t. o. m. e. i t. o. d. o. s o. s c. o. m. p. r. i. m. i. d. o. s",
    ),
    ("abuse.danger_now", "pt", "glued", "meupaimebate"),
    ("abuse.danger_now", "pt", "fullwidth", "ｍｅｕ\u3000ｐａｉ\u3000ｍｅ\u3000ｂａｔｅ"),
    ("abuse.danger_now", "pt", "spaced_stretch", "m e u p a i m e b a t e e e e e"),
    ("sui.place", "pt", "leet", "3570u 3m c1m4 d4 p0n73 3 v0u pul4r"),
    (
        "sui.place",
        "pt",
        "mixed",
        "e. s. t. o. u e. m c. i. m. a d. a p. o. n. t. e e v. o. u p. u. l. a. r",
    ),
    ("sui.place", "pt", "spaced", "e s t o u e m c i m a d a p o n t e e v o u p u l a r"),
    ("sui.wish_dead", "it", "spaced", "n o n v o g l i o p i u v i v e r e"),
    ("sui.wish_dead", "it", "leet", "n0n v0gl10 p1u v1v3r3"),
    ("sui.wish_dead", "it", "fullwidth", "ｎｏｎ\u3000ｖｏｇｌｉｏ\u3000ｐｉｕ\u3000ｖｉｖｅｒｅ"),
    ("sui.ideation", "it", "dotted", "v.o.g.l.i.o m.o.r.i.r.e"),
    ("sui.ideation", "it", "stretched", "vogliooooo morire"),
    ("sui.ideation", "it", "mixed", "v. o. g. l. i. o m. o. r. i. r. e"),
    ("sui.ideation", "it", "glued", "vogliouccidermi"),
    ("sui.ideation", "it", "fullwidth", "ｖｏｇｌｉｏ\u3000ｕｃｃｉｄｅｒｍｉ"),
    ("sui.ideation", "it", "spaced_stretch", "v o g l i o u c c i d e r m i i i i i"),
    ("sui.intent", "it", "leet", "h0 d3c150 d1 f4rl4 f1n174"),
    ("sui.intent", "it", "mixed", "h. o d. e. c. i. s. o d. i f. a. r. l. a f. i. n. i. t. a"),
    ("sui.intent", "it", "spaced", "h o d e c i s o d i f a r l a f i n i t a"),
    ("sui.burden", "it", "stretched", "starebberooooo tutti meglio senza di me"),
    (
        "sui.burden",
        "it",
        "spaced_stretch",
        "s t a r e b b e r o o o o o t u t t i m e g l i o s e n z a d i m e",
    ),
    ("sui.burden", "it", "dotted", "s.t.a.r.e.b.b.e.r.o t.u.t.t.i m.e.g.l.i.o s.e.n.z.a d.i m.e"),
    (
        "self.act",
        "it",
        "fullwidth",
        "ｍｉ\u3000ｓｏｎｏ\u3000ｔａｇｌｉａｔａ\u3000ｄｉ\u3000ｎｕｏｖｏ",
    ),
    ("self.act", "it", "spaced", "m i s o n o t a g l i a t a d i n u o v o"),
    ("self.act", "it", "glued", "misonotagliatadinuovo"),
    (
        "med.overdose",
        "it",
        "mixed",
        "h. o p. r. e. s. o t. u. t. t. e l. e p. a. s. t. i. g. l. i. e",
    ),
    ("med.overdose", "it", "dotted", "h.o p.r.e.s.o t.u.t.t.e l.e p.a.s.t.i.g.l.i.e"),
    ("med.overdose", "it", "leet", "h0 pr350 7u773 l3 p4571gl13"),
    ("abuse.danger_now", "it", "spaced_stretch", "m i o p a d r e m i p i c c h i a a a a a"),
    ("abuse.danger_now", "it", "glued", "miopadremipicchia"),
    ("abuse.danger_now", "it", "stretched", "mio padre mi picchiaaaaa"),
    ("sui.plan", "es", "stretched", "ya elegiiiii el dia en que me voy a matar"),
    (
        "sui.plan",
        "es",
        "spaced_stretch",
        "y a e l e g i i i i i e l d i a e n q u e m e v o y a m a t a r",
    ),
    ("sui.plan", "es", "dotted", "y.a e.l.e.g.i e.l d.i.a e.n q.u.e m.e v.o.y a m.a.t.a.r"),
    (
        "sui.means",
        "es",
        "fullwidth",
        "ｔｅｎｇｏ\u3000ｌａｓ\u3000ｐａｓｔｉｌｌａｓ\u3000ｇｕａｒｄａｄａｓ\u3000ｐａｒａ\u3000ｍａｔａｒｍｅ",
    ),
    (
        "sui.means",
        "es",
        "spaced",
        "t e n g o l a s p a s t i l l a s g u a r d a d a s p a r a m a t a r m e",
    ),
    ("sui.means", "es", "glued", "tengolaspastillasguardadasparamatarme"),
    (
        "sui.unsafe",
        "es",
        "mixed",
        "n. o m. e s. i. e. n. t. o s. e. g. u. r. a c. o. n. m. i. g. o m. i. s. m. a",
    ),
    ("sui.unsafe", "es", "dotted", "n.o m.e s.i.e.n.t.o s.e.g.u.r.a c.o.n.m.i.g.o m.i.s.m.a"),
    ("sui.unsafe", "es", "leet", "n0 m3 513n70 53gur4 c0nm1g0 m15m4"),
    (
        "sui.attempt",
        "es",
        "spaced_stretch",
        "i n t e n t e s u i c i d a r m e e e e e a n o c h e",
    ),
    ("sui.attempt", "es", "glued", "intentesuicidarmeanoche"),
    ("sui.attempt", "es", "stretched", "intente suicidarmeeeee anoche"),
    (
        "sui.method",
        "es",
        "spaced",
        "c u a n t a s p a s t i l l a s h a c e n f a l t a p a r a m o r i r",
    ),
    ("sui.method", "es", "leet", "cu4n745 p4571ll45 h4c3n f4l74 p4r4 m0r1r"),
    (
        "sui.method",
        "es",
        "fullwidth",
        "ｃｕａｎｔａｓ\u3000ｐａｓｔｉｌｌａｓ\u3000ｈａｃｅｎ\u3000ｆａｌｔａ\u3000ｐａｒａ\u3000ｍｏｒｉｒ",
    ),
    ("med.emergency", "es", "dotted", "m.i m.a.d.r.e s.e d.e.s.m.a.y.o y n.o r.e.s.p.i.r.a"),
    ("med.emergency", "es", "stretched", "mi madre se desmayooooo y no respira"),
    (
        "med.emergency",
        "es",
        "mixed",
        "m. i m. a. d. r. e s. e d. e. s. m. a. y. o y n. o r. e. s. p. i. r. a",
    ),
    (
        "sui.intent",
        "fr",
        "fullwidth",
        "ｃｅ\u3000ｓｏｉｒ\u3000ｊｅ\u3000ｖａｉｓ\u3000ｅｎ\u3000ｆｉｎｉｒ",
    ),
    ("sui.intent", "fr", "spaced", "c e s o i r j e v a i s e n f i n i r"),
    ("sui.intent", "fr", "glued", "cesoirjevaisenfinir"),
    (
        "sui.place",
        "fr",
        "mixed",
        "j. e s. u. i. s s. u. r l. e p. o. n. t e. t j. e v. a. i. s s. a. u. t. e. r",
    ),
    ("sui.place", "fr", "dotted", "j.e s.u.i.s s.u.r l.e p.o.n.t e.t j.e v.a.i.s s.a.u.t.e.r"),
    ("sui.place", "fr", "leet", "j3 5u15 5ur l3 p0n7 37 j3 v415 54u73r"),
    (
        "sui.attempt",
        "fr",
        "spaced_stretch",
        "j a i e s s a y e e e e e d e m e p e n d r e h i e r s o i r",
    ),
    ("sui.attempt", "fr", "glued", "jaiessayedemependrehiersoir"),
    ("sui.attempt", "fr", "stretched", "j'ai essayeeeee de me pendre hier soir"),
    ("med.emergency", "fr", "spaced", "j e n a r r i v e p l u s a r e s p i r e r"),
    ("med.emergency", "fr", "leet", "j3 n'4rr1v3 plu5 4 r35p1r3r"),
    (
        "med.emergency",
        "fr",
        "fullwidth",
        "ｊｅ\u3000ｎ＇ａｒｒｉｖｅ\u3000ｐｌｕｓ\u3000ａ\u3000ｒｅｓｐｉｒｅｒ",
    ),
    (
        "harm.intent",
        "fr",
        "dotted",
        "j.e v.a.i.s t.u.e.r m.o.n b.e.a.u p.e.r.e c.e s.o.i.r j.a.i l.e c.o.u.t.e.a.u",
    ),
    ("harm.intent", "fr", "stretched", "je vais tuer mon beau pere ce soir j'ai le couteauuuuu"),
    (
        "harm.intent",
        "fr",
        "mixed",
        "j. e v. a. i. s t. u. e. r m. o. n b. e. a. u p. e. r. e c. e s. o. i. r j. a. i l. e c. o. u. t. e. a. u",
    ),
    (
        "sui.intent",
        "de",
        "fullwidth",
        "ｈｅｕｔｅ\u3000ｎａｃｈｔ\u3000ｂｒｉｎｇｅ\u3000ｉｃｈ\u3000ｍｉｃｈ\u3000ｕｍ",
    ),
    ("sui.intent", "de", "spaced", "h e u t e n a c h t b r i n g e i c h m i c h u m"),
    ("sui.intent", "de", "glued", "heutenachtbringeichmichum"),
    (
        "sui.unsafe",
        "de",
        "mixed",
        "i. c. h k. a. n. n m. i. c. h n. i. c. h. t m. e. h. r v. o. r m. i. r s. e. l. b. s. t s. c. h. u. t. z. e. n",
    ),
    (
        "sui.unsafe",
        "de",
        "dotted",
        "i.c.h k.a.n.n m.i.c.h n.i.c.h.t m.e.h.r v.o.r m.i.r s.e.l.b.s.t s.c.h.u.t.z.e.n",
    ),
    ("sui.unsafe", "de", "leet", "1ch k4nn m1ch n1ch7 m3hr v0r m1r 53lb57 5chu7z3n"),
    (
        "sui.place",
        "de",
        "spaced_stretch",
        "i c h s t e h e a u f d e r b r u c k e u n d w i l l s p r i n g e e e e e n",
    ),
    ("sui.place", "de", "glued", "ichsteheaufderbruckeundwillspringen"),
    ("sui.place", "de", "stretched", "ich stehe auf der brucke und will springeeeeen"),
    (
        "sui.attempt",
        "de",
        "spaced",
        "i c h h a b e g e s t e r n v e r s u c h t m i c h u m z u b r i n g e n",
    ),
    ("sui.attempt", "de", "leet", "1ch h4b3 g3573rn v3r5uch7 m1ch umzubr1ng3n"),
    (
        "sui.attempt",
        "de",
        "fullwidth",
        "ｉｃｈ\u3000ｈａｂｅ\u3000ｇｅｓｔｅｒｎ\u3000ｖｅｒｓｕｃｈｔ\u3000ｍｉｃｈ\u3000ｕｍｚｕｂｒｉｎｇｅｎ",
    ),
    ("sui.intent", "pt", "leet", "h0j3 4 n0173 3u v0u m3 m474r"),
    ("sui.intent", "pt", "mixed", "h. o. j. e a n. o. i. t. e e. u v. o. u m. e m. a. t. a. r"),
    ("sui.intent", "pt", "spaced", "h o j e a n o i t e e u v o u m e m a t a r"),
    ("sui.preparatory", "pt", "stretched", "escrevi minha carta de despedidaaaaa"),
    (
        "sui.preparatory",
        "pt",
        "spaced_stretch",
        "e s c r e v i m i n h a c a r t a d e d e s p e d i d a a a a a",
    ),
    ("sui.preparatory", "pt", "dotted", "e.s.c.r.e.v.i m.i.n.h.a c.a.r.t.a d.e d.e.s.p.e.d.i.d.a"),
    ("sui.attempt", "pt", "fullwidth", "ｔｅｎｔｅｉ\u3000ｍｅ\u3000ｍａｔａｒ\u3000ｏｎｔｅｍ"),
    ("sui.attempt", "pt", "spaced", "t e n t e i m e m a t a r o n t e m"),
    ("sui.attempt", "pt", "glued", "tenteimematarontem"),
    (
        "med.emergency",
        "pt",
        "mixed",
        "m. i. n. h. a m. a. e d. e. s. m. a. i. o. u e n. a. o r. e. s. p. i. r. a",
    ),
    ("med.emergency", "pt", "dotted", "m.i.n.h.a m.a.e d.e.s.m.a.i.o.u e n.a.o r.e.s.p.i.r.a"),
    ("med.emergency", "pt", "leet", "m1nh4 m43 d35m410u 3 n40 r35p1r4"),
    ("sui.place", "it", "dotted", "s.o.n.o s.u.l p.o.n.t.e e v.o.g.l.i.o b.u.t.t.a.r.m.i"),
    ("sui.place", "it", "stretched", "sono sul ponte e voglio buttarmiiiii"),
    (
        "sui.place",
        "it",
        "mixed",
        "s. o. n. o s. u. l p. o. n. t. e e v. o. g. l. i. o b. u. t. t. a. r. m. i",
    ),
    ("sui.attempt", "it", "glued", "ieriserahoprovatoaimpiccarmi"),
    (
        "sui.attempt",
        "it",
        "fullwidth",
        "ｉｅｒｉ\u3000ｓｅｒａ\u3000ｈｏ\u3000ｐｒｏｖａｔｏ\u3000ａ\u3000ｉｍｐｉｃｃａｒｍｉ",
    ),
    (
        "sui.attempt",
        "it",
        "spaced_stretch",
        "i e r i s e r a h o p r o v a t o a i m p i c c a r m i i i i i",
    ),
    ("sui.preparatory", "it", "leet", "h0 5cr1770 l4 l3773r4 d'4dd10"),
    ("med.emergency", "it", "stretched", "mia madre e svenutaaaaa e non respira"),
    ("med.emergency", "it", "dotted", "m.i.a m.a.d.r.e e s.v.e.n.u.t.a e n.o.n r.e.s.p.i.r.a"),
]
CONCERN = [
    ("dis.hopeless", "en", "dotted", "n.o.t.h.i.n.g w.i.l.l e.v.e.r g.e.t b.e.t.t.e.r"),
    ("dis.hopeless", "en", "stretched", "nothiiiiing will ever get better"),
    (
        "dis.hopeless",
        "en",
        "mixed",
        "n. o. t. h. i. n. g w. i. l. l e. v. e. r g. e. t b. e. t. t. e. r",
    ),
    ("dis.worthless", "en", "glued", "ihatemyselfsomuch"),
    (
        "dis.worthless",
        "en",
        "fullwidth",
        "ｉ\u3000ｈａｔｅ\u3000ｍｙｓｅｌｆ\u3000ｓｏ\u3000ｍｕｃｈ",
    ),
    ("dis.worthless", "en", "spaced_stretch", "i h a t e m y s e e e e e l f s o m u c h"),
    ("dis.low_mood", "en", "leet", "1 f33l 3mp7y 4nd numb 4ll 7h3 71m3"),
    (
        "dis.low_mood",
        "en",
        "mixed",
        "i f. e. e. l e. m. p. t. y a. n. d n. u. m. b a. l. l t. h. e t. i. m. e",
    ),
    ("dis.low_mood", "en", "spaced", "i f e e l e m p t y a n d n u m b a l l t h e t i m e"),
    ("dis.anxiety", "en", "stretched", "i have panic attaaaaacks every day"),
    (
        "dis.anxiety",
        "en",
        "spaced_stretch",
        "i h a v e p a n i c a t t a a a a a c k s e v e r y d a y",
    ),
    ("dis.anxiety", "en", "dotted", "i h.a.v.e p.a.n.i.c a.t.t.a.c.k.s e.v.e.r.y d.a.y"),
    (
        "dis.losing_mind",
        "en",
        "fullwidth",
        "ｉ\u3000ｔｈｉｎｋ\u3000ｉ\u3000ａｍ\u3000ｌｏｓｉｎｇ\u3000ｍｙ\u3000ｍｉｎｄ",
    ),
    ("dis.losing_mind", "en", "spaced", "i t h i n k i a m l o s i n g m y m i n d"),
    ("dis.losing_mind", "en", "glued", "ithinkiamlosingmymind"),
    ("dis.isolation", "en", "mixed", "i h. a. v. e n. o o. n. e t. o t. a. l. k t. o"),
    ("dis.isolation", "en", "dotted", "i h.a.v.e n.o o.n.e t.o t.a.l.k t.o"),
    ("dis.isolation", "en", "leet", "1 h4v3 n0 0n3 70 74lk 70"),
    ("dis.self_harm_urges", "en", "spaced_stretch", "t h e u r g e e e e e t o c u t i s b a c k"),
    ("dis.self_harm_urges", "en", "glued", "theurgetocutisback"),
    ("dis.self_harm_urges", "en", "stretched", "the urgeeeee to cut is back"),
    (
        "dis.eating",
        "en",
        "spaced",
        "i m a k e m y s e l f t h r o w u p a f t e r e v e r y m e a l",
    ),
    ("dis.eating", "en", "leet", "1 m4k3 my53lf 7hr0w up 4f73r 3v3ry m34l"),
    (
        "dis.eating",
        "en",
        "fullwidth",
        "ｉ\u3000ｍａｋｅ\u3000ｍｙｓｅｌｆ\u3000ｔｈｒｏｗ\u3000ｕｐ\u3000ａｆｔｅｒ\u3000ｅｖｅｒｙ\u3000ｍｅａｌ",
    ),
    ("dis.substance", "en", "dotted", "i d.r.i.n.k e.v.e.r.y n.i.g.h.t t.o f.o.r.g.e.t"),
    ("dis.substance", "en", "stretched", "i drink every night to forgeeeeet"),
    (
        "dis.substance",
        "en",
        "mixed",
        "i d. r. i. n. k e. v. e. r. y n. i. g. h. t t. o f. o. r. g. e. t",
    ),
    ("dis.sleep", "en", "glued", "ihavenotsleptinweeks"),
    (
        "dis.sleep",
        "en",
        "fullwidth",
        "ｉ\u3000ｈａｖｅ\u3000ｎｏｔ\u3000ｓｌｅｐｔ\u3000ｉｎ\u3000ｗｅｅｋｓ",
    ),
    ("dis.sleep", "en", "spaced_stretch", "i h a v e n o t s l e e e e e p t i n w e e k s"),
    ("dis.trauma", "en", "leet", "1 k33p h4v1ng fl45hb4ck5 0f 7h3 4cc1d3n7"),
    (
        "dis.trauma",
        "en",
        "mixed",
        "i k. e. e. p h. a. v. i. n. g f. l. a. s. h. b. a. c. k. s o. f t. h. e a. c. c. i. d. e. n. t",
    ),
    (
        "dis.trauma",
        "en",
        "spaced",
        "i k e e p h a v i n g f l a s h b a c k s o f t h e a c c i d e n t",
    ),
    ("dis.hopeless", "es", "mixed", "n. a. d. a t. i. e. n. e s. e. n. t. i. d. o"),
    ("dis.hopeless", "es", "dotted", "n.a.d.a t.i.e.n.e s.e.n.t.i.d.o"),
    ("dis.hopeless", "es", "leet", "n4d4 713n3 53n71d0"),
    ("dis.worthless", "es", "spaced_stretch", "m e o d i o o o o o"),
    ("dis.worthless", "es", "stretched", "me odiooooo"),
    ("dis.isolation", "es", "spaced", "n o t e n g o a n a d i e"),
    ("dis.isolation", "es", "leet", "n0 73ng0 4 n4d13"),
    ("dis.isolation", "es", "fullwidth", "ｎｏ\u3000ｔｅｎｇｏ\u3000ａ\u3000ｎａｄｉｅ"),
    ("dis.anxiety", "es", "dotted", "t.e.n.g.o a.n.s.i.e.d.a.d t.o.d.o e.l t.i.e.m.p.o"),
    ("dis.anxiety", "es", "stretched", "tengo ansiedaaaaad todo el tiempo"),
    (
        "dis.anxiety",
        "es",
        "mixed",
        "t. e. n. g. o a. n. s. i. e. d. a. d t. o. d. o e. l t. i. e. m. p. o",
    ),
    ("dis.self_harm_urges", "es", "glued", "tengoganasdecortarmeotravez"),
    (
        "dis.self_harm_urges",
        "es",
        "fullwidth",
        "ｔｅｎｇｏ\u3000ｇａｎａｓ\u3000ｄｅ\u3000ｃｏｒｔａｒｍｅ\u3000ｏｔｒａ\u3000ｖｅｚ",
    ),
    (
        "dis.self_harm_urges",
        "es",
        "spaced_stretch",
        "t e n g o g a n a s d e c o r t a r m e e e e e o t r a v e z",
    ),
    ("dis.hopeless", "fr", "stretched", "rien ne va jamais s'arrangeeeeer"),
    (
        "dis.hopeless",
        "fr",
        "spaced_stretch",
        "r i e n n e v a j a m a i s s a r r a n g e e e e e r",
    ),
    ("dis.hopeless", "fr", "dotted", "r.i.e.n n.e v.a j.a.m.a.i.s s.a.r.r.a.n.g.e.r"),
    ("dis.worthless", "fr", "fullwidth", "ｊｅ\u3000ｍｅ\u3000ｄｅｔｅｓｔｅ"),
    ("dis.worthless", "fr", "spaced", "j e m e d e t e s t e"),
    ("dis.worthless", "fr", "glued", "jemedeteste"),
    ("dis.isolation", "fr", "mixed", "j. e s. u. i. s t. e. l. l. e. m. e. n. t s. e. u. l. e"),
    ("dis.isolation", "fr", "dotted", "j.e s.u.i.s t.e.l.l.e.m.e.n.t s.e.u.l.e"),
    ("dis.isolation", "fr", "leet", "j3 5u15 73ll3m3n7 53ul3"),
    (
        "dis.sleep",
        "fr",
        "spaced_stretch",
        "j e d o r s p l u s d e p u i s d e s s e m a i n e e e e e s",
    ),
    ("dis.sleep", "fr", "glued", "jedorsplusdepuisdessemaines"),
    ("dis.sleep", "fr", "stretched", "je dors plus depuis des semaineeeees"),
    ("dis.worthless", "de", "spaced", "i c h h a s s e m i c h"),
    ("dis.worthless", "de", "leet", "1ch h4553 m1ch"),
    ("dis.worthless", "de", "fullwidth", "ｉｃｈ\u3000ｈａｓｓｅ\u3000ｍｉｃｈ"),
    ("dis.hopeless", "de", "dotted", "n.i.c.h.t.s w.i.r.d j.e.m.a.l.s b.e.s.s.e.r"),
    ("dis.hopeless", "de", "stretched", "niiiiichts wird jemals besser"),
    (
        "dis.hopeless",
        "de",
        "mixed",
        "n. i. c. h. t. s w. i. r. d j. e. m. a. l. s b. e. s. s. e. r",
    ),
    ("dis.isolation", "de", "glued", "ichhabeniemanden"),
    ("dis.isolation", "de", "fullwidth", "ｉｃｈ\u3000ｈａｂｅ\u3000ｎｉｅｍａｎｄｅｎ"),
    ("dis.isolation", "de", "spaced_stretch", "i c h h a b e n i e m a n d e e e e e n"),
    ("dis.low_mood", "de", "leet", "1ch fuhl3 m1ch 50 l33r"),
    ("dis.low_mood", "de", "mixed", "i. c. h f. u. h. l. e m. i. c. h s. o l. e. e. r"),
    ("dis.low_mood", "de", "spaced", "i c h f u h l e m i c h s o l e e r"),
    ("dis.isolation", "pt", "stretched", "estou muito sozinhooooo"),
    ("dis.isolation", "pt", "spaced_stretch", "e s t o u m u i t o s o z i n h o o o o o"),
    ("dis.isolation", "pt", "dotted", "e.s.t.o.u m.u.i.t.o s.o.z.i.n.h.o"),
    ("dis.sleep", "pt", "fullwidth", "ｎａｏ\u3000ｄｕｒｍｏ\u3000ｈａ\u3000ｄｉａｓ"),
    ("dis.sleep", "pt", "spaced", "n a o d u r m o h a d i a s"),
    ("dis.sleep", "pt", "glued", "naodurmohadias"),
    ("dis.worthless", "pt", "mixed", "e. u m. e o. d. e. i. o"),
    ("dis.worthless", "pt", "dotted", "e.u m.e o.d.e.i.o"),
    ("dis.worthless", "pt", "leet", "3u m3 0d310"),
    ("dis.hopeless", "pt", "spaced_stretch", "n a d a v a i m e l h o r a a a a a r"),
    ("dis.hopeless", "pt", "glued", "nadavaimelhorar"),
    ("dis.hopeless", "pt", "stretched", "nada vai melhoraaaaar"),
    ("dis.low_mood", "it", "spaced", "m i s e n t o v u o t a"),
    ("dis.low_mood", "it", "leet", "m1 53n70 vu074"),
    ("dis.low_mood", "it", "fullwidth", "ｍｉ\u3000ｓｅｎｔｏ\u3000ｖｕｏｔａ"),
    ("dis.worthless", "it", "dotted", "m.i o.d.i.o"),
    ("dis.worthless", "it", "stretched", "mi odiooooo"),
    ("dis.worthless", "it", "mixed", "m. i o. d. i. o"),
    ("dis.hopeless", "it", "fullwidth", "ｎｉｅｎｔｅ\u3000ｈａ\u3000ｓｅｎｓｏ"),
    ("dis.hopeless", "it", "spaced_stretch", "n i e n t e e e e e h a s e n s o"),
    ("dis.isolation", "it", "leet", "n0n h0 n355un0"),
    ("dis.isolation", "it", "mixed", "n. o. n h. o n. e. s. s. u. n. o"),
    ("dis.isolation", "it", "spaced", "n o n h o n e s s u n o"),
    ("dis.low_mood", "es", "glued", "mesientovaciatodoeltiempo"),
    (
        "dis.low_mood",
        "es",
        "fullwidth",
        "ｍｅ\u3000ｓｉｅｎｔｏ\u3000ｖａｃｉａ\u3000ｔｏｄｏ\u3000ｅｌ\u3000ｔｉｅｍｐｏ",
    ),
    (
        "dis.low_mood",
        "es",
        "spaced_stretch",
        "m e s i e n t o o o o o v a c i a t o d o e l t i e m p o",
    ),
    ("dis.sleep", "es", "leet", "n0 du3rm0 d35d3 h4c3 53m4n45"),
    (
        "dis.sleep",
        "es",
        "mixed",
        "n. o d. u. e. r. m. o d. e. s. d. e h. a. c. e s. e. m. a. n. a. s",
    ),
    ("dis.sleep", "es", "spaced", "n o d u e r m o d e s d e h a c e s e m a n a s"),
    ("dis.eating", "es", "stretched", "no como nada desde hace dias a propositooooo"),
    (
        "dis.eating",
        "es",
        "spaced_stretch",
        "n o c o m o n a d a d e s d e h a c e d i a s a p r o p o s i t o o o o o",
    ),
    (
        "dis.eating",
        "es",
        "dotted",
        "n.o c.o.m.o n.a.d.a d.e.s.d.e h.a.c.e d.i.a.s a p.r.o.p.o.s.i.t.o",
    ),
    ("dis.low_mood", "fr", "glued", "jemesensvide"),
    ("dis.low_mood", "fr", "fullwidth", "ｊｅ\u3000ｍｅ\u3000ｓｅｎｓ\u3000ｖｉｄｅ"),
    ("dis.low_mood", "fr", "spaced_stretch", "j e m e s e e e e e n s v i d e"),
    ("dis.anxiety", "fr", "leet", "j3 f415 d35 cr1535 d'4ng01553 70u5 l35 j0ur5"),
    (
        "dis.anxiety",
        "fr",
        "mixed",
        "j. e f. a. i. s d. e. s c. r. i. s. e. s d. a. n. g. o. i. s. s. e t. o. u. s l. e. s j. o. u. r. s",
    ),
    ("dis.trauma", "fr", "stretched", "les cauchemaaaaars reviennent toutes les nuits"),
    (
        "dis.trauma",
        "fr",
        "spaced_stretch",
        "l e s c a u c h e m a a a a a r s r e v i e n n e n t t o u t e s l e s n u i t s",
    ),
    (
        "dis.trauma",
        "fr",
        "dotted",
        "l.e.s c.a.u.c.h.e.m.a.r.s r.e.v.i.e.n.n.e.n.t t.o.u.t.e.s l.e.s n.u.i.t.s",
    ),
    ("dis.anxiety", "de", "dotted", "i.c.h h.a.b.e j.e.d.e.n t.a.g p.a.n.i.k.a.t.t.a.c.k.e.n"),
    ("dis.anxiety", "de", "stretched", "ich habe jeden tag panikattackeeeeen"),
    (
        "dis.anxiety",
        "de",
        "mixed",
        "i. c. h h. a. b. e j. e. d. e. n t. a. g p. a. n. i. k. a. t. t. a. c. k. e. n",
    ),
    ("dis.sleep", "de", "glued", "ichschlafeseitwochennichtmehr"),
    (
        "dis.sleep",
        "de",
        "fullwidth",
        "ｉｃｈ\u3000ｓｃｈｌａｆｅ\u3000ｓｅｉｔ\u3000ｗｏｃｈｅｎ\u3000ｎｉｃｈｔ\u3000ｍｅｈｒ",
    ),
    (
        "dis.sleep",
        "de",
        "spaced_stretch",
        "i c h s c h l a f e e e e e s e i t w o c h e n n i c h t m e h r",
    ),
    ("dis.low_mood", "pt", "spaced_stretch", "m e s i n t o o o o o v a z i a"),
    ("dis.low_mood", "pt", "glued", "mesintovazia"),
    ("dis.low_mood", "pt", "stretched", "me sintooooo vazia"),
    ("dis.anxiety", "pt", "leet", "73nh0 cr1535 d3 4n513d4d3 70d0 d14"),
    (
        "dis.anxiety",
        "pt",
        "fullwidth",
        "ｔｅｎｈｏ\u3000ｃｒｉｓｅｓ\u3000ｄｅ\u3000ａｎｓｉｅｄａｄｅ\u3000ｔｏｄｏ\u3000ｄｉａ",
    ),
    (
        "dis.anxiety",
        "it",
        "fullwidth",
        "ｈｏ\u3000ａｔｔａｃｃｈｉ\u3000ｄｉ\u3000ｐａｎｉｃｏ\u3000ｏｇｎｉ\u3000ｇｉｏｒｎｏ",
    ),
    ("dis.anxiety", "it", "spaced", "h o a t t a c c h i d i p a n i c o o g n i g i o r n o"),
    ("dis.sleep", "it", "mixed", "n. o. n d. o. r. m. o d. a s. e. t. t. i. m. a. n. e"),
    ("dis.sleep", "it", "dotted", "n.o.n d.o.r.m.o d.a s.e.t.t.i.m.a.n.e"),
    ("dis.sleep", "it", "leet", "n0n d0rm0 d4 53771m4n3"),
]
LOOKALIKES = [
    "n",
    "e",
    "s",
    "w",
    "x",
    "i",
    "l",
    "u",
    "d",
    "n e",
    "e e e",
    "n n e",
    "go n then e",
    "n, e, s",
    "s w",
    "x lamp",
    "x l a m p",
    "i lamp",
    "l",
    "look",
    "z",
    "g",
    "q",
    "y",
    "spell c a t",
    "spell d o g for me",
    "s p e l l",
    "the code is 4 7 1 1",
    "the code is 1 2 3 4",
    "type 9 1 3 3 on the keypad",
    "enter 0 4 1 5",
    "dial 5 5 5 0 1 2 3",
    "b-i-n-g-o",
    "b i n g o",
    "y-m-c-a",
    "t-r-e-a-s-u-r-e",
    "the password is s-e-s-a-m-e",
    "the sign says o.p.e.n",
    "the door says p u s h",
    "the note reads h e l p in the sand",
    "read the letters on the wall: a b c",
    "s.o.s",
    "s o s",
    "sos",
    "j.r.r. tolkien",
    "j. r. r. tolkien",
    "j.k. rowling",
    "e.e. cummings",
    "r.i.p. grandpa's old phone",
    "r.i.p. my save file",
    "rip my phone",
    "a.s.a.p",
    "asap please",
    "u.s.a",
    "the u.s.a. is big",
    "u.k.",
    "p.s. i forgot the key",
    "p.s. see you at 5",
    "e.g. the red door",
    "i.e. the blue one",
    "n.b. the bridge is closed",
    "d.i.y. shelves",
    "f.a.q.",
    "t.v. is on",
    "c.e.o. of the company",
    "m.d. says i am fine",
    "a.k.a. the keeper",
    "o.k.",
    "ok k",
    "okk",
    "u r",
    "u r so funny",
    "r u there",
    "lol",
    "lmao",
    "brb",
    "gg",
    "gg wp",
    "ty",
    "thx",
    "np",
    "idk",
    "ikr",
    "omg",
    "ok",
    "k",
    "kk",
    "hmm",
    "ps5",
    "ps4 or xbox",
    "gta5 is fun",
    "fifa23",
    "mp3 player",
    "iphone 12",
    "windows 11",
    "r2d2 and c3po",
    "b12 vitamins",
    "covid19 test",
    "top10 games",
    "at 10pm i go north",
    "3rd floor",
    "2nd door on the left",
    "room 101",
    "page 42",
    "5mg of vitamin d",
    "the 4 of us",
    "4 u",
    "2 late",
    "gr8",
    "l8r",
    "h8 this puzzle",
    "i <3 this game",
    "m8 come here",
    "w8 for me",
    "b4 we go",
    "1 more turn",
    "1 sec",
    "i have 4 swords",
    "i have 3 keys and 2 maps",
    "go to room b. then north",
    "take a. then b.",
    "option a. or b.",
    "choose a, b or c",
    "a b c d",
    "x y z",
    "x x x",
    "o o o",
    "oooo",
    "nooo",
    "yesss",
    "sooo tired",
    "i am sooooo bored",
    "booooring",
    "noooo the boss won",
    "whyyyy",
    "lolll",
    "hahaha",
    "w o w",
    "c o o l",
    "n i c e",
    "g o o d",
    "l e t s g o",
    "go go go",
    "t h a n k s",
    "h e l l o",
    "hello.",
    "t.h.a.n.k y.o.u",
    "n.i.c.e w.o.r.k",
    "g.o n.o.r.t.h",
    "o.p.e.n t.h.e d.o.o.r",
    "t a k e t h e l a m p",
    "o p e n t h e d o o r",
    "l o o k a r o u n d",
    "gonorth",
    "takethelamp",
    "opendoor",
    "lookaround",
    "talktomira",
    "hellothere",
    "goodmorning",
    "thankyou",
    "letsgo",
    "gooooo",
    "diet coke",
    "d i e t",
    "the d.i.e. module",
    "die hard is a film",
    "die katze",
    "die tür ist zu",
    "d-day",
    "x-ray",
    "e-mail",
    "t-shirt",
    "well-being",
    "k-pop",
    "a-ha",
    "uh-oh",
    "o-o-okay",
    "s-s-sorry",
    "h-h-hello",
    "i-i-i don't know",
    "n-no thanks",
    "w-what was that",
    "1337 h4x0r",
    "n00b",
    "pwn3d",
    "l33t",
    "h4h4",
    "w00t",
    "10/10 would play again",
    "1 2 3 go",
    "3 2 1 go",
    "1, 2, 3",
    "ready 3 2 1",
    "123",
    "the year 1999",
    "call me at 555 0199",
    "b o o m",
    "k a b o o m",
    "p o w",
    "z z z",
    "zzz",
    "m i s s i o n",
    "m.i.s.s.i.o.n complete",
    "q u e s t",
    "p.a.u.s.e",
    "s.a.v.e",
    "l.o.a.d",
    "e x i t",
    "q u i t",
    "m e n u",
    "h e l p",
    "a y u d a",
    "a i d e",
    "h i l f e",
    "a j u d a",
    "a i u t o",
    "h o l a",
    "b o n j o u r",
    "h a l l o",
    "o l a",
    "c i a o",
    "m.e.r.c.i",
    "g.r.a.c.i.a.s",
    "d.a.n.k.e",
    "o.b.r.i.g.a.d.o",
    "g.r.a.z.i.e",
    "je veux la c.l.e",
    "quiero la l.l.a.v.e",
    "ich will den s.c.h.l.u.e.s.s.e.l",
    "eu quero a c.h.a.v.e",
    "voglio la c.h.i.a.v.e",
    "ｇｏ ｎｏｒｔｈ",
    "ｔａｋｅ ｔｈｅ ｌａｍｐ",
    "ｈｅｌｌｏ",
    "ｏｋ",
    "ｌｏｌ",
    "tｈank you",
    "mｅnu",
    "g o n o r t h a n d t a k e t h e l a m p",  # spaced
    "gonorthandtakethelamp",  # glued
    "go nooooorth and take the lamp",  # stretched
    "g. o n. o. r. t. h a. n. d t. a. k. e t. h. e l. a. m. p",  # mixed
    "o.p.e.n t.h.e d.o.o.r w.i.t.h t.h.e b.r.a.s.s k.e.y",  # dotted
    "0p3n 7h3 d00r w17h 7h3 br455 k3y",  # leet
    "ｏｐｅｎ\u3000ｔｈｅ\u3000ｄｏｏｒ\u3000ｗｉｔｈ\u3000ｔｈｅ\u3000ｂｒａｓｓ\u3000ｋｅｙ",  # fullwidth
    "o p e n t h e d o o r w i t h t h e b r a a a a a s s k e y",  # spaced_stretch
    "askmiraabouttheship",  # glued
    "ask mira abouuuuut the ship",  # stretched
    "a. s. k m. i. r. a a. b. o. u. t t. h. e s. h. i. p",  # mixed
    "a s k m i r a a b o u t t h e s h i p",  # spaced
    "7h15 puzzl3 15 k1ll1ng m3",  # leet
    "ｔｈｉｓ\u3000ｐｕｚｚｌｅ\u3000ｉｓ\u3000ｋｉｌｌｉｎｇ\u3000ｍｅ",  # fullwidth
    "t h i s p u z z l e i s k i l l i i i i i n g m e",  # spaced_stretch
    "t.h.i.s p.u.z.z.l.e i.s k.i.l.l.i.n.g m.e",  # dotted
    "i would die for a coffeeeeee",  # stretched
    "i w. o. u. l. d d. i. e f. o. r a c. o. f. f. e. e",  # mixed
    "i w o u l d d i e f o r a c o f f e e",  # spaced
    "iwoulddieforacoffee",  # glued
    "ｉ\u3000ａｍ\u3000ｄｅａｄ\u3000ｔｉｒｅｄ\u3000ｌｏｌ",  # fullwidth
    "i a m d e a d t i r e e e e e d l o l",  # spaced_stretch
    "i a.m d.e.a.d t.i.r.e.d l.o.l",  # dotted
    "1 4m d34d 71r3d l0l",  # leet
    "i k. i. l. l t. h. e t. r. o. l. l w. i. t. h m. y s. w. o. r. d",  # mixed
    "i k i l l t h e t r o l l w i t h m y s w o r d",  # spaced
    "ikillthetrollwithmysword",  # glued
    "i kill the troooooll with my sword",  # stretched
    "m y c h a r a c t e e e e e r j u m p s i n t o t h e s e a",  # spaced_stretch
    "m.y c.h.a.r.a.c.t.e.r j.u.m.p.s i.n.t.o t.h.e s.e.a",  # dotted
    "my ch4r4c73r jump5 1n70 7h3 534",  # leet
    "ｍｙ\u3000ｃｈａｒａｃｔｅｒ\u3000ｊｕｍｐｓ\u3000ｉｎｔｏ\u3000ｔｈｅ\u3000ｓｅａ",  # fullwidth
    "q u i e r o l a l l a v e",  # spaced
    "quierolallave",  # glued
    "quierooooo la llave",  # stretched
    "q. u. i. e. r. o l. a l. l. a. v. e",  # mixed
    "a.b.r.e l.a p.u.e.r.t.a",  # dotted
    "4br3 l4 pu3r74",  # leet
    "ａｂｒｅ\u3000ｌａ\u3000ｐｕｅｒｔａ",  # fullwidth
    "a b r e l a p u e r t a a a a a",  # spaced_stretch
    "memueroderisa",  # glued
    "me muerooooo de risa",  # stretched
    "m. e m. u. e. r. o d. e r. i. s. a",  # mixed
    "m e m u e r o d e r i s a",  # spaced
    "j3 pr3nd5 l4 l4n73rn3",  # leet
    "ｊｅ\u3000ｐｒｅｎｄｓ\u3000ｌａ\u3000ｌａｎｔｅｒｎｅ",  # fullwidth
    "j e p r e n d s l a l a n t e r n e e e e e",  # spaced_stretch
    "j.e p.r.e.n.d.s l.a l.a.n.t.e.r.n.e",  # dotted
    "je suiiiiis mort de rire",  # stretched
    "j. e s. u. i. s m. o. r. t d. e r. i. r. e",  # mixed
    "j e s u i s m o r t d e r i r e",  # spaced
    "jesuismortderire",  # glued
    "ｉｃｈ\u3000ｎｅｈｍｅ\u3000ｄｉｅ\u3000ｌａｍｐｅ",  # fullwidth
    "i c h n e h m e e e e e d i e l a m p e",  # spaced_stretch
    "i.c.h n.e.h.m.e d.i.e l.a.m.p.e",  # dotted
    "1ch n3hm3 d13 l4mp3",  # leet
    "o. f. f. n. e d. i. e t. u. r",  # mixed
    "o f f n e d i e t u r",  # spaced
    "offnedietur",  # glued
    "offneeeee die tur",  # stretched
    "e u p e g o a l a n t e r n a a a a a",  # spaced_stretch
    "e.u p.e.g.o a l.a.n.t.e.r.n.a",  # dotted
    "3u p3g0 4 l4n73rn4",  # leet
    "ｅｕ\u3000ｐｅｇｏ\u3000ａ\u3000ｌａｎｔｅｒｎａ",  # fullwidth
    "e s t o u m o r r e n d o d e r i r",  # spaced
    "estoumorrendoderir",  # glued
    "estou morrendooooo de rir",  # stretched
    "e. s. t. o. u m. o. r. r. e. n. d. o d. e r. i. r",  # mixed
    "p.r.e.n.d.o l.a l.a.n.t.e.r.n.a",  # dotted
    "pr3nd0 l4 l4n73rn4",  # leet
    "ｐｒｅｎｄｏ\u3000ｌａ\u3000ｌａｎｔｅｒｎａ",  # fullwidth
    "p r e n d o l a l a n t e r n a a a a a",  # spaced_stretch
    "aprilaporta",  # glued
    "apri la portaaaaa",  # stretched
    "a. p. r. i l. a p. o. r. t. a",  # mixed
    "a p r i l a p o r t a",  # spaced
    "mu010 d4l r1d3r3",  # leet
    "ｍｕｏｉｏ\u3000ｄａｌ\u3000ｒｉｄｅｒｅ",  # fullwidth
    "m u o i o d a l r i d e r e e e e e",  # spaced_stretch
    "m.u.o.i.o d.a.l r.i.d.e.r.e",  # dotted
    "thaaaaank you for the map",  # stretched
    "t. h. a. n. k y. o. u f. o. r t. h. e m. a. p",  # mixed
    "t h a n k y o u f o r t h e m a p",  # spaced
    "thankyouforthemap",  # glued
    "ｉ\u3000ｇｉｖｅ\u3000ｔｈｅ\u3000ｂｒｅａｄ\u3000ｔｏ\u3000ｔｈｅ\u3000ｋｅｅｐｅｒ",  # fullwidth
    "i g i v e t h e b r e a d t o t h e k e e p e e e e e r",  # spaced_stretch
    "i g.i.v.e t.h.e b.r.e.a.d t.o t.h.e k.e.e.p.e.r",  # dotted
    "1 g1v3 7h3 br34d 70 7h3 k33p3r",  # leet
]


@pytest.mark.parametrize(("cell", "lang", "style", "typed"), CRISIS)
def test_a_crisis_typed_apart_stays_a_crisis(cell: str, lang: str, style: str, typed: str) -> None:
    assert classify(typed).level is Level.CRISIS, (cell, lang, style, normalise(typed))


@pytest.mark.parametrize(("cell", "lang", "style", "typed"), CONCERN)
def test_a_concern_typed_apart_is_flagged(cell: str, lang: str, style: str, typed: str) -> None:
    assert classify(typed).level is not Level.NONE, (cell, lang, style, normalise(typed))


@pytest.mark.parametrize("typed", LOOKALIKES)
def test_a_look_alike_stays_ordinary(typed: str) -> None:
    assert classify(typed).level is Level.NONE, normalise(typed)


def test_the_tables_cover_every_cell_style_and_language() -> None:
    risk = CRISIS + CONCERN
    assert len(CRISIS) + len(CONCERN) >= 150 and len(LOOKALIKES) >= len(risk) * 0.8
    assert {lang for _, lang, _, _ in risk} == {"en", "es", "fr", "de", "pt", "it"}
    styles = {"spaced", "dotted", "glued", "leet", "stretched", "fullwidth", "mixed"}
    assert styles | {"spaced_stretch"} == {style for _, _, style, _ in risk}
    for lang in ("es", "fr", "de", "pt", "it"):
        assert styles <= {style for _, code, style, _ in risk if code == lang}, lang
    english = {cell for cell, lang, _, _ in risk if lang == "en"}
    assert len({c for c in english if not c.startswith("dis.")}) == 17
    assert len({c for c in english if c.startswith("dis.")}) == 11


@pytest.mark.parametrize(
    ("typed", "seen"),
    [
        ("i.w.a.n.t t.o d.i.e", "i want to die"),  # a two-letter dotted word
        ("i.w.a.n.t. t.o. d.i.e.", "i want to die"),
        ("m. e m. a. t. a. r", "me matar"),  # dots and spaces mixed
        ("d . i . e", "die"),
        ("n o b o d y w o u l d m i s s m e", "nobody would miss me"),
        ("n i e m a n d w u r d e m i c h v e r m i s s e n", "niemand wurde mich vermissen"),
        ("j e v e u x m o u r i r", "je veux mourir"),
        ("1 w4nt t0 d13", "i want to die"),  # a sentence in digits
        ("j3 5u15 73ll3m3n7 53ul3", "je suis tellement seule"),
        ("q u i e r o m o r i i i i r", "quiero mori ir"),  # the double-letter variant
        ("ichwillsterben", "ich will sterben"),  # glued, alone
        ("\uff49 \uff57\uff41\uff4e\uff54 \uff54\uff4f \uff44\uff49\uff45", "i want to die"),
        # look-alikes keep their shape
        ("spell c a t", "spell cat"),
        ("j.r.r. tolkien", "jrr tolkien"),
        ("the code is 4 7 1 1", "the code is 4 7 1 1"),
        ("at 10pm i go to the 3rd floor", "at 10pm i go to the 3rd floor"),
        ("i have 4 swords", "i have 4 swords"),
        ("inventaire", "inventaire"),  # a rare word is not cut into "in vent air e"
        ("the armadietto and the tramhaltestelle", "the armadietto and the tramhaltestelle"),
        ("n n e", "nne"),
        ("m e n u", "menu"),
    ],
)
def test_what_the_rules_see(typed: str, seen: str) -> None:
    assert normalise(typed) == seen


def test_segmentation_prefers_fewer_and_commoner_words() -> None:
    assert segment("nobodywouldmissme") == ["nobody", "would", "miss", "me"]
    assert segment("endingittonight") == ["ending", "it", "tonight"]
    assert segment("pontee") == ["ponte", "e"]
    assert segment("jrr") == ["jrr"]  # letters no word covers stay together
    assert segment("crcrises", whole=True) == ["crcrises"]  # whole: no unknown scraps
    assert split_glued("entediado") is None  # one rare word, not "en te dia do"
    assert split_glued("quieromorir") == ["quiero", "morir"]


def test_the_word_list_has_each_word_once_and_only_letters() -> None:
    words = WORDS.split()
    assert len(words) == len(set(words)) > 5000
    assert all(word.isascii() and word.isalpha() and word == word.lower() for word in words)
