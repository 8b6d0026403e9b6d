"""Safety rules and words for German (beyond the few base rules in lexicon.py).

The names this module defines, and how they are merged into the screen, are described in
``tta_server.safety.lang``.

German notes. Umlauts reach the rules as plain vowels ("über" -> "uber") or typed as "ue/oe/ae"
("ueber"): patterns are written with umlauts and ``_u`` turns each into both spellings. Verbs
stand at the end and particles split off ("ich bringe mich heute um"), so rules use short word
gaps and the reflexive pronoun ("mich", "mir") as the sign of a first-person act; "sich" is
somebody else. The base tables know no German past markers, so rules that must not fire on a
recovered past ("früher", "mit 15", "vor zehn Jahren") carry ``_NOT_PAST`` in ``requires`` and
a concern rule covers the past. A ``requires`` that starts with ``^(?!...)`` forbids words in
the sentence (game words, laughter) instead of asking for them.
"""

from __future__ import annotations

import re

from tta_server.safety.lexicon import (
    ABUSE,
    CONCERN,
    CRISIS,
    DIS,
    HARM,
    MED,
    SH,
    SUI,
    Rule,
)

_UMLAUT = {"ä": "(?:a|ae)", "ö": "(?:o|oe)", "ü": "(?:u|ue)", "ß": "ss"}


def _u(pattern: str) -> str:
    """Each umlaut as both normalised spellings ("ü" -> "(?:u|ue)"); "im" also as "i am" (the
    English chat map reads a bare "im" as "i am")."""
    pattern = re.sub("[äöüß]", lambda m: _UMLAUT[m.group(0)], pattern)
    return re.sub(r"(?<![\w\\])im\b", "(?:im|i am)", pattern)


# --------------------------------------------------------------------------------------------
# Shared fragments
# --------------------------------------------------------------------------------------------

#: A recovered past in the sentence (the base past markers are English and Spanish).
_PAST = _u(
    r"(?:früher|damals|vor (?:\d+|\w+) jahren|als (?:ich )?(?:kind|teenager|teenie|jugendliche\w*|"
    r"schüler\w*|\d+)|mit 1?\d(?: jahren)?|seit (?:\d+|\w+) (?:jahren|monaten) (?:nicht|nichts|"
    r"clean)|jetzt geht es mir (?:\w+ )?besser|vor langer zeit|lange her|vor (?:vielen )?jahren|inzwischen geht es|heute geht es|es geht mir "
    r"(?:\w+ )?besser)"
)
_NOT_PAST = r"^(?!.*\b" + _PAST + r"\b)"
#: Game and play words that make a place, a weapon or a move part of the story.
_NOT_GAME = _u(
    r"^(?!.*\b(?:spiel\w*|game|level|quest|charakter|figur|npc|held\w*|drache\w*|goblin\w*|"
    r"troll\w*|ork|orks|zauber\w*|hexe\w*|ritter|schwert\w*|trank|tränke|heiltr\w*|endboss|boss|"
    r"dungeon|verlies|höhle|rätsel\w*|leuchtturm\w*|wärter\w*|wächter\w*|schmied\w*|karren|"
    r"kapitel|lol|haha\w*|hehe\w*|xd|witz|scherz)\b)"
)
_PILLS = (
    r"(?:tablette\w*|pille\w*|medikament\w*|meds|schlaftabletten|schlafmittel|"
    r"beruhigungsmittel|antidepressiva|schmerzmittel|schmerztabletten|ibu\w*|paracetamol|aspirin|"
    r"tavor|diazepam|valium|tramadol|morphin|amitriptylin|seroquel|insulin|packung\w*|kapseln)"
)
_BLADE = r"(?:klinge|klingen|rasierklinge|rasierklingen|messer|cutter|teppichmesser|scherbe)"
_ROPE = _u(r"(?:seil|strick|schlinge|gürtel|kabel|schal|tuch)")
_GUN = r"(?:pistole|waffe|gewehr|jagdgewehr|knarre|revolver|flinte|schusswaffe)"
_TOOLS = r"(?:" + _BLADE + "|" + _ROPE + "|" + _GUN + r"|holzkohle|grill)"
_READY = (
    r"(?:bereit|zurechtgelegt|hingelegt|abgezählt|gezählt|gesammelt|gehortet|aufgehoben|"
    r"aufgespart|gespart|gebunkert|zurückgelegt|festgemacht|festgebunden|befestigt|geknotet|"
    r"aufgehängt|angebracht|geladen|entsichert|durchgeladen|angezündet|geschliffen|vor mir|"
    r"neben mir|in der hand|gehängt)"
)
_READY_BEFORE = (
    r"(?:bereit|zurechtgelegt|abgezählt|gesammelt|gehortet|aufgehoben|gebunkert|festgemacht|"
    r"geknotet|geladen)"
)
_PLACE = _u(
    r"\w*(?:brücke|brücken|dach|dächern|gleisen|gleise|schienen|hochhaus|klippe|klippen|"
    r"abgrund|geländer|balkon|fensterbrett|fenstersims|steinbruch|parkhaus|parkhausdach|turm|"
    r"felsen|staumauer|kante|abhang|bahnsteigkante|autobahn|überführung|bahngleis|gerüst|kran)"
)
_TONIGHT = _u(
    r"(?:heute nacht|diese nacht|heute abend|heute|morgen|gleich|jetzt|nachher|bald|am "
    r"wochenende|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
)
_PERSON = _u(
    r"(?:mama|mutter|mami|papa|vater|stiefvater|stiefmutter|oma|opa|bruder|schwester|sohn|"
    r"tochter|kind|kinder|baby|freund|freundin|kumpel|mann|frau|partner|partnerin|ex|eltern|"
    r"onkel|tante|cousin|cousine|nachbar\w*|kollege\w*|chef\w*|lehrer\w*|trainer\w*|opi|omi)"
)
_REAL_SIGN = _u(
    r"\b(?:ernst|ernsthaft|kein (?:witz|scherz|spass)|nicht im spiel|in echt|im echten leben|"
    r"heute nacht|heute abend|morgen|messer|pistole|waffe|knarre|eingesteckt|dabei|schule|"
    r"baseballschläger|schlagring|axt|machete)\b"
)

RULES: tuple[Rule, ...] = (
    # ---------------------------------------------------------------- sui.wish_dead
    Rule(
        "suicide.de_last_time_you_see_me",
        CRISIS,
        SUI,
        r"\b(?:seht|siehst|h(?:o|oe)rt|h(?:o|oe)rst|werdet|wirst) (?:ihr|du) mich (?:heute )?"
        r"(?:zum letzten mal|das letzte mal)(?= [,.]|$| (?:sehen|h(?:o|oe)ren|lebend))|"
        r"\b(?:letzte|letzten) mal(?: ,)? dass (?:ihr|du) mich (?:seht|siehst|h(?:o|oe)rt|"
        r"h(?:o|oe)rst|sehen werdet)(?= [,.]|$)|\b(?:ihr|du) h(?:o|oe)r(?:t|st) (?:heute |morgen )?"
        r"(?:zum letzten mal|das letzte mal) von mir\b",
        "heute abend seht ihr mich zum letzten mal",
    ),
    Rule(
        "suicide.de_wish_dead",
        CRISIS,
        SUI,
        _u(
            r"\b(?:nicht mehr|nie mehr|nie wieder|nie) (?:aufwach\w*|aufzuwachen)\b|"
            r"\bwünsch\w* (?:[\w,]+ ){0,4}?(?:wäre|wär|waer) (?:\w+ )?(?:tot|nie geboren|"
            r"nicht mehr da)\b|\b(?:wäre|wär) (?:ich )?(?:so )?gerne? tot\b|"
            r"\b(?:alles|mein leben|das alles|es endgültig) (?:\w+ )?(?:zu )?beenden\b|"
            r"\b(?:beschlossen|entschieden) ,? (?:\w+ )?es (?:\w+ )?zu beenden\b|"
            r"\b(?:keine kraft|keinen grund|keinen sinn|keine lust|keinen bock) (?:\w+ )?(?:mehr )?"
            r"(?:zu leben|zum leben|weiterzuleben)\b|\bwas soll ich (?:\w+ )?(?:noch )?(?:hier )?"
            r"auf (?:der|dieser) welt\b|\bmit (?:dem|meinem) leben (?:\w+ )?(?:abgeschlossen|"
            r"fertig)\b|"
            r"\b(?:einschlafen|schlafen) (?:\w+ )?"
            r"(?:und )?(?:nie|nicht) (?:mehr|wieder)\b|\bfür immer (?:einschlafen|schlafen|weg "
            r"sein|verschwinden|verschwunden sein|weg)\b(?! (?:von|aus|in|nach)\b)|"
            r"\b(?:verschwinden|weg sein|einschlafen) für immer\b|"
            r"\b(?:am liebsten|lieber|einfach|endlich|doch) (?:\w+ )?(?:tot|gestorben|nie geboren|"
            r"nicht mehr am leben)\b(?! (?:als|wie)\b)|"
            r"\b(?:will|wett|möchte|mag|wünsch\w*|würde|wär|wäre|bin) (?:\w+ ){0,3}?nicht mehr "
            r"(?:da|hier|am leben|auf der welt|existieren|leben|lebe|läbe) ?(?:sein|si|zu sein|wäre)?\b|"
            r"\b(?:müde|satt) (?:vom|von dem|des) leben\w*|\blebenssatt\b|"
            r"\b(?:einfach|endlich) nicht mehr (?:da|hier|am leben|existieren) (?:sein|si)\b|"
            r"\b(?:wozu|wofür|warum) (?:\w+ )?(?:lebe|lebt|leben|leb) (?:ich|man) (?:\w+ )?"
            r"(?:eigentlich|überhaupt|noch)\b|\bdas leben (?:\w+ )?(?:hat|macht) (?:\w+ )?keinen "
            r"sinn\b|\b(?:leben|am leben sein) lohnt (?:sich )?(?:\w+ )?nicht\b|\blebensmüde\b|"
            r"\b(?:herrgott|gott|der tod|tod) mich (?:\w+ )?(?:holt|holen|zu sich)\b|"
            r"\bkein(?:en)? (?:bock|lust|kraft) mehr (?:auf|zu) (?:das |dieses )?leben\b|"
            r"\bich wünschte,? ich wäre? (?:\w+ )?(?:tot|nie geboren)\b"
        ),
        "ich will einfach nicht mehr aufwachen",
        negatable=False,
        # "after the weekend I'm not here any more, I'm on holiday": away, not dead
        requires=_NOT_PAST
        + r"(?!.*\b(?:urlaub|reise|verreist|umzug|ausland|dienstreise|offline|ferien)\b)",
    ),
    Rule(
        "suicide.de_not_wake_up",
        CRISIS,
        SUI,
        _u(
            r"\b(?:wache|wach|wacht|aufwache) (?:\w+ ){0,3}?(?:nicht mehr|nie mehr|nie wieder|"
            r"nicht wieder) auf\b|\bdass (?:es|alles|das|der schmerz) (?:\w+ ){0,2}?(?:aufhört|"
            r"vorbei ist|endet) (?:,? )?(?:für immer|endgültig)\b"
        ),
        "ich hoffe ich wache morgen nicht mehr auf",
        negatable=False,
        requires=_NOT_GAME
        + _NOT_PAST[1:]
        + _u(
            r"(?=.*\b(?:hoffe|hoffentlich|wünsch\w*|will|möchte|wäre|wär|liebsten|gern|gerne|"
            r"bete|einfach|für immer|endgültig)\b)"
        ),
    ),
    # ---------------------------------------------------------------- sui.ideation
    Rule(
        "suicide.de_ideation",
        CRISIS,
        SUI,
        _u(
            r"\bmir (?:\w+ ){0,2}?das leben (?:zu )?nehmen\b|\bmich (?:\w+ ){0,3}?(?:umbringen|"
            r"umzubringen|töten|zu töten|aufhängen|aufzuhängen|erhängen|zu erhängen|erschießen|"
            r"zu erschießen|vergiften|zu vergiften|ertränken|vor den zug)\b|"
            r"\b(?:selbstmord|suizid)(?:gedanken|gefährdet|al|ale|aler)\b|\bsuizidal\w*|"
            r"\b(?:nicht|nie) mehr leben (?:will|wollen|möchte|mag)\b|"
            r"\bstimmen (?:\w+ ){0,6}?(?:umbringen|töten|sterben|springen|weh tun|wehtun)\b"
        ),
        "der gedanke mir das leben zu nehmen lässt mich nicht los",
        on_negation=CONCERN,
        inner_negation=True,
        requires=_NOT_PAST,
    ),
    Rule(
        "suicide.de_schluss_machen",
        CRISIS,
        SUI,
        _u(
            r"\b(?:mach|mache|machen|mach ich|mache ich|werde|will) (?:\w+ ){0,3}?schluss\b"
            r"(?! (?:für|mit|fur) (?:heute|jetzt|ihm|ihr|dir|meinem|meiner|dem|der|den|die)\b)"
        ),
        "an meinem geburtstag mach ich schluss, das steht fest",
        on_negation=CONCERN,
        requires=_u(
            r"\b(?:mit mir|mit allem|mit dem leben|mit meinem leben|steht fest|beschlossen|"
            r"entschieden|endgültig|für immer|bei (?:ihr|ihm|mama|papa|oma|opa)|heute nacht|"
            r"alles (?:\w+ )?(?:überlegt|geplant|vorbereitet)|abschied|keinen sinn)\b"
        ),
    ),
    Rule(
        "suicide.de_schluss_mit_mir",
        CRISIS,
        SUI,
        r"\bschluss (?:[\w,.]+ ){0,8}?mit (?:mir|allem|dem leben|meinem leben)\b",
        "ich mach schluss. nicht mit ihr. mit mir",
        on_negation=CONCERN,
        requires=_NOT_GAME,
    ),
    # ---------------------------------------------------------------- sui.method
    Rule(
        "suicide.de_lethal_question",
        CRISIS,
        SUI,
        _u(
            r"\b(?:wie ?viel\w*|ab wie ?viel\w*|welche menge|welche dosis|wie hoch|wie tief|"
            r"wie lange|welcher|welche|welches|wie) (?:\w+ ){0,10}?(?:tödlich\w*|letal\w*|überdosis|man (?:\w+ ){0,4}?(?:stirbt|tot ist|(?:nicht )?überlebt|sterben)|"
            r"stirbt man|es reicht|es sicher reicht|umzubringen|sich (?:\w+ ){0,2}?(?:aufhängen|"
            r"umbringen|erhängen|töten)|aufhängen will|erhängen will)\b|"
            r"\bkann man (?:\w+ ){0,5}?(?:sterben|draufgehen|drauf gehen)\b|"
            r"\bbis man (?:\w+ )?(?:verblutet|stirbt|tot ist|erstickt|ertrinkt)\b|"
            r"\b(?:sprung|sturz|fall) (?:\w+ ){0,4}?(?:tödlich\w*|sicher tot|überlebt man)\b|"
            r"\b(?:schmerzlos|schnellst|sicherst|einfachst)\w* (?:\w+ ){0,2}?(?:sterben|"
            r"umbringen|methode|art zu sterben|weg zu sterben|tod)\b|"
            r"\bbringt man sich (?:\w+ ){0,3}?um\b|\b(?:erhängt|tötet|vergiftet|erschießt|"
            r"ertränkt|ritzt|erstickt) man sich\b|\b(?:höchste|höchsten) (?:brücke|gebäude|"
            r"hochhaus|parkhaus|dach|klippe)\b(?= (?:\w+ ){0,3}(?:hier|in der nähe|bei uns|"
            r"umgebung|in meiner|zu fuß|erreichbar|springen)\b)|"
            r"\b(?:reicht|reichen) (?:\w+ ){0,3}?(?:\d+ (?:\. )?)?(?:stock|stockwerk|etage|meter)\w*"
            r" (?:\w+ )?(?:aus|um|damit)\b"
        ),
        "ab wie viel tabletten ist es tödlich",
        requires=_u(
            r"^(?!.*\b(?:drache\w*|goblin\w*|troll\w*|endboss|boss|monster|gegner|held\w*|"
            r"charakter|figur|spiel\w*|level|npc|zahn\w*|kopfweh|kopfschmerz\w*|fieber|"
            r"schmerzen)\b)"
        ),
    ),
    Rule(
        "suicide.de_how_i_do_it",
        CRISIS,
        SUI,
        r"\bwie ich (?:es|mich) (?:\w+ ){0,3}?(?:mache|tue|anstelle|umbringe|erledige|beende|"
        r"machen soll|tun soll)\b",
        "ich überlege wie ich es am besten mache, mit tabletten oder vom dach",
        on_negation=CONCERN,
        requires=_NOT_GAME
        + _u(
            r"(?=.*\b(?:" + _PILLS + "|" + _TOOLS + r"|dach|brücke|zug|gleise\w*|springen|"
            r"hochhaus|schmerzlos|schnell|sterben|tot)\b)"
        ),
    ),
    # ---------------------------------------------------------------- sui.intent / sui.plan
    Rule(
        "suicide.de_do_it",
        CRISIS,
        SUI,
        _u(
            r"\b(?:mach|mache|tu|tue|zieh|ziehe|werde|werd|bring|bringe) ich es\b(?! (?:\w+ )?"
            r"(?:fertig|durch|auf|zu|an|nochmal|noch mal|anders|besser|selbst|weg|sauber)\b)|"
            r"\bich (?:mach|mache|tu|tue|werde) es\b(?! (?:\w+ )?(?:fertig|durch|auf|zu|an|"
            r"nochmal|noch mal|anders|besser|selbst)\b)|"
            r"\b(?:zieh|ziehe) (?:ich )?(?:das|es) (?:\w+ ){0,2}?durch\b|"
            r"\bdann (?:passiert es|ist es soweit|ist es so weit|ist schluss|ist es vorbei|"
            r"bin ich weg|bin ich frei|hat es ein ende)\b|"
            r"\b(?:morgen|heute|heute nacht|bald|dann|montag|dienstag|mittwoch|donnerstag|freitag|"
            r"samstag|sonntag) ist (?:es )?(?:soweit|so weit|schluss)\b"
        ),
        "heute nacht mach ichs, ich hab mich entschieden",
        on_negation=CONCERN,
        requires=_NOT_GAME
        + _u(
            r".*\b(?:heute nacht|diese nacht|entschieden|beschlossen|steht fest|endgültig|"
            r"(?:ganz|total|völlig|so) ruhig|(?:alles|mir alles) (?:\w+ )?(?:überlegt|geplant|"
            r"vorbereitet)|beerdigung|todestag|hochzeitstag|jahrestag|montag|dienstag|"
            r"mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|wenn (?:\w+ ){0,4}?"
            r"(?:leer|weg|schlafen|schläft|allein|aus dem haus|unterwegs)|keiner hält mich|"
            r"niemand hält mich|letzte mal|zeit ist gekommen|heute ist der tag|"
            r"fertig mit allem|mit allem fertig|urlaub|verreist|nicht da)\b"
        ),
    ),
    Rule(
        "suicide.de_decided",
        CRISIS,
        SUI,
        _u(
            r"\b(?:hab|habe) mich entschieden (?:\. |, )(?:[\w,]+ ){0,4}?(?:mach|mache|tu|tue)"
            r"\w* (?:ich )?es\b|\bdas (?:wars|war es|ist es|war's) (?:\w+ ){0,2}?(?:für mich|mit "
            r"mir)\b|\b(?:mein|meine|mein) letzter (?:tag|abend)(?! (?:in|im|bei|an|auf)\b)|"
            r"\b(?:bin|ich bin) (?:\w+ )?bereit (?:zu sterben|für den tod|zu gehen für immer)\b|"
            r"\b(?:weiß|weis) (?:\w+ ){0,2}?(?:genau |schon )?(?:wie und wo|wo und wie|wann und "
            r"wie|wie und wann|wann und wo|wo und wann)\b(?= [,.]|$| ich es| es)|"
            r"\b(?:den|einen|nen|meinen) (?:tag|zeitpunkt|datum) (?:\w+ ){0,3}?(?:ausgesucht|"
            r"festgelegt|gewählt|steht fest)\b(?! (?:für|fur)\b)|"
            r"\b(?:stelle|brücke|stelle) (?:\w+ ){0,4}?(?:angeschaut|ausgesucht|ausgewählt|"
            r"rausgesucht|ausgekundschaftet)\b"
        ),
        "ich weiß genau wie und wo",
        on_negation=CONCERN,
        requires=_NOT_GAME
        + _u(
            r"(?!.*\bdas wars (?:für mich )?(?:für heute|für jetzt|heute))"
            r"(?!.*\b(?:reise|urlaub|flug|ferien|umzug|hochzeit|party|feier|termin|prüfung)\w*)"
            r"(?=.*\b(?:entschieden|endgültig|für immer|mit mir|wie und wo|wo und wie|wann|wie|"
            r"mach|tu|tue|weiß|weis|ausgesucht|festgelegt|gewählt|steht fest|angeschaut|"
            r"rausgesucht|ausgekundschaftet|bereit|letzter|danke für alles|lebt wohl|machts gut)"
            r"\b)"
        ),
    ),
    Rule(
        "suicide.de_mind_made_up",
        CRISIS,
        SUI,
        _u(
            r"\b(?:entschluss (?:\w+ )?gefasst|entscheidung (?:\w+ )?(?:steht|getroffen|gefallen)|"
            r"(?:hab|habe) mich entschieden|steht fest)\b"
        ),
        "ich hab den entschluss gefasst, es ist vorbei",
        on_negation=CONCERN,
        requires=_NOT_GAME
        + _u(
            r"(?!.*\b(?:für (?:den|die|das|einen|nen|eine)|studium|job|umzug|urlaub|kaufen|nehme "
            r"(?:den|die|das))\b)(?=.*\b(?:ich gehe|ich geh|bin weg|bin raus|ist vorbei|es ist "
            r"vorbei|bin fertig|schluss|es reicht|ganz ruhig|frieden|endgültig|kein zurück|"
            r"abschied|lebt wohl)\b)"
        ),
    ),
    # ---------------------------------------------------------------- sui.preparatory
    Rule(
        "suicide.de_farewell",
        CRISIS,
        SUI,
        _u(
            r"\babschieds(?:brief|briefe|nachricht|nachrichten|video|worte|zeilen|text)\w*|"
            r"\b(?:brief|briefe|nachrichten|zettel) (?:\w+ ){0,4}?(?:geschrieben|verfasst|"
            r"hinterlassen|hingelegt|vorbereitet)\b|"
            r"\b(?:meine|die|is meine|ist meine) letzte (?:nachricht|message|worte|botschaft)\b"
            r"(?! (?:für|fur) (?:heute|jetzt|diese|den)\b)|"
            r"\b(?:bald|nicht mehr lange|nimmer lange) (?:\w+ ){0,4}?(?:euer|dein|ihr|eure|deine) "
            r"(?:\w+ )?(?:problem|last|sorge|belastung)\w*|"
            r"\b(?:seid|bist|sind) (?:\w+ ){0,3}?mich (?:\w+ ){0,2}?los\b|"
            r"\b(?:lebt wohl|lebewohl|machts gut|macht es gut|leb wohl|tschüss|ade|adieu)\b|"
            r"\b(?:das ist|ist|is) mein abschied\b|\bbald (?:\w+ ){0,3}?keine (?:sorgen|gedanken) "
            r"(?:\w+ )?mehr\b"
        ),
        "ich habe einen abschiedsbrief geschrieben",
        on_negation=CONCERN,
        requires=_NOT_GAME
        + _u(
            r"(?!.*\b(?:für heute|gute nacht|bis morgen|bis bald|bis später|bis dann|"
            r"schlafen|ins bett|pennen|offline|off|feierabend|pause|urlaub|umzug|"
            r"ziehe? (?:\w+ )?um|kollegen|job|arbeit|schule)\b)"
            r"(?=.*\b(?:abschieds\w*|abschied|sorgen|für jeden|für alle|an alle|an jeden|familie|mama|papa|"
            r"eltern|kinder|letzte|brauch\w* (?:\w+ ){0,2}?(?:nichts|nix|nicht) mehr|nachher|"
            r"danach|wenn ich (?:\w+ ){0,2}?(?:weg|tot|nicht mehr)|leichter|ihr alle|für immer|"
            r"verzeiht|verzeih|es tut mir leid|ich liebe euch|ich hab euch lieb|keine sorge|"
            r"bald|los|leer|liegen|schreibtisch|geregelt)\b)"
        ),
    ),
    Rule(
        "suicide.de_giving_away",
        CRISIS,
        SUI,
        _u(
            r"\b(?:verschenkt|weggegeben|verteilt|abgegeben|vermacht|gegeben|überlassen|"
            r"vermittelt|aufgeschrieben|geregelt|hinterlegt|übergeben|in ordnung gebracht|"
            r"verschenke|gebe|vererbe|regle|regele)\b"
        ),
        "ich hab meine sachen verschenkt, ich brauch sie eh nicht mehr",
        on_negation=CONCERN,
        requires=_NOT_GAME
        + _u(
            r"(?=.*\b(?:brauch\w* (?:\w+ ){0,3}?(?:nichts|nix|nicht|keine\w*) mehr|für danach|"
            r"für die zeit (?:danach|nach mir)|wenn ich (?:\w+ ){0,2}?(?:weg|tot|nicht mehr|"
            r"gestorben)|nach mir|nachher leichter|damit (?:\w+ ){0,4}?leichter|für immer|"
            r"wenn es soweit ist|wenn was passiert)\b)"
        ),
    ),
    # ---------------------------------------------------------------- sui.means
    Rule(
        "suicide.de_means_ready",
        CRISIS,
        SUI,
        _u(
            r"\b" + _PILLS + r" (?:[\w,]+ ){0,8}?" + _READY + r"\b|"
            r"\b" + _TOOLS + r"\w* (?:[\w,]+ ){0,8}?" + _READY + r"\b|"
            r"\b" + _READY_BEFORE + r" (?:[\w,]+ ){0,4}?" + _PILLS + r"\b|"
            r"\b" + _READY_BEFORE + r" (?:[\w,]+ ){0,4}?" + _TOOLS + r"\b|"
            r"\b(?:fenster|tür|türen|ritzen) (?:\w+ ){0,4}?abgedichtet\b|"
            r"\b(?:motor|auto|wagen) (?:\w+ ){0,3}?(?:läuft|an)\b (?:\w+ ){0,5}?garage\b|"
            r"\bgarage (?:\w+ ){0,5}?(?:motor|auto) (?:\w+ ){0,2}?(?:läuft|an)\b|"
            r"\bschlauch (?:\w+ ){0,3}?auspuff\b|\b(?:seil|strick|schlinge|gürtel|kabel)\w* "
            r"(?:hängt|hängen|ist|sind|liegt|liegen) (?:\w+ ){0,2}?(?:schon|bereit|fertig)\b|"
            r"\bschlinge (?:\w+ ){0,3}?(?:geknotet|gebunden|gemacht|fertig)\b|"
            r"\b(?:strick|schlinge|rasierklinge\w*|helium\w*)\w* (?:\w+ ){0,2}?(?:gekauft|"
            r"besorgt|bestellt|geholt|organisiert)\b"
        ),
        "die tabletten liegen abgezählt neben dem bett",
        on_negation=CONCERN,
        # a rope for climbing, a boat, a tent or the washing is no means made ready
        requires=_NOT_GAME
        + _NOT_PAST[1:]
        + _u(r"(?!.*\b(?:klettern|kletter\w+|boot|segeln|zelt|wäsche|wäscheleine|schaukel)\b)"),
    ),
    # ---------------------------------------------------------------- sui.place
    Rule(
        "suicide.de_place",
        CRISIS,
        SUI,
        _u(
            r"\b(?:bin|steh|stehe|sitz|sitze|lieg|liege|hock|hocke|stand|saß|sass|war) "
            r"(?:\w+ ){0,5}?(?:auf|an|(?<!i )am|oben|über|vor|unter|auf dem|auf der|auf den|"
            r"an der|an dem)\b(?: \w+){0,3}? " + _PLACE + r"\b|"
            r"\b(?:falschen seite|außenseite) (?:vom|von dem|des|der) (?:\w+)?(?:geländer|balkon|"
            r"brüstung)\b|\büber (?:das|dem|den|die) (?:\w+)?(?:geländer|brüstung) (?:geklettert|"
            r"gestiegen)\b"
        ),
        "ich stehe wieder auf der brücke und schaue runter",
        on_negation=CONCERN,
        requires=_NOT_GAME
        + _u(
            r"(?=.*\b(?:wieder|runter\w*|hinunter|nach unten|in die tiefe|ins wasser|"
            r"zurück|stehe? nicht auf|nicht (?:mehr )?runter|falschen seite|drüber|springen|geklettert|"
            r"spring|springe|sprung|unten|tief|nachts|mitten in der nacht|denk\w*|kann nicht|"
            r"aufhören|keinen sinn|abschied|ende|beine baumeln|letzte|zug kommt|schon kurz|"
            r"kurz davor|fast|ganz oben am rand|am rand)\b)"
        ),
    ),
    Rule(
        "suicide.de_on_tracks",
        CRISIS,
        SUI,
        _u(
            r"\b(?:lieg|liege|sitz|sitze|steh|stehe|bin|hock|hocke) (?:\w+ ){0,3}?(?:auf den|auf "
            r"die|auf der|zwischen den|(?<!i )im|i am) (?:gleisen|schienen|gleise|gleisbett)\b"
        ),
        "ich lieg auf den schienen",
        on_negation=CONCERN,
        requires=_NOT_GAME,
    ),
    # ---------------------------------------------------------------- sui.unsafe
    Rule(
        "suicide.de_unsafe",
        CRISIS,
        SUI,
        _u(
            r"\bsicher (?:vor|mit|bei) mir (?:selbst|selber|sälber|salber)\b|"
            r"\bsicher (?:bin |sein |wäre |bleibe )?vor mir\b|"
            r"\bangst (?:\w+ ){0,2}?was ich (?:\w+ ){0,3}?(?:mit mir|mir) (?:\w+ )?(?:mache|tue|"
            r"antue|anstelle)\b|\b(?:garantieren|versprechen|sagen) (?:\w+ )?,? (?:dass|ob) ich "
            r"(?:\w+ ){0,2}?noch (?:da|hier|am leben) (?:bin|sein)\b|"
            r"\btrau\w* mir (?:\w+ ){0,3}?(?:selbst|selber) (?:\w+ ){0,2}?(?:nicht|nimmer|kaum)\b|"
            r"\btrau\w* mir (?:\w+ ){0,3}?(?:nicht|nimmer|kaum) (?:mehr )?über den weg\b|"
            r"\b(?:kann|könnte|schaff\w*) (?:\w+ ){0,2}?(?:nicht|kaum) (?:\w+ ){0,2}?auf mich "
            r"(?:selbst |selber )?(?:\w+ )?aufpassen\b|"
            r"\bmir (?!nichts|nix)(?:\w+ ){0,2}?(?:antu|antue|antun|anzutun)\b|"
            r"\b(?:tu|tue) (?:ich )?mir (?:\w+ ){0,2}?(?:was|etwas) an\b|"
            r"\b(?:fühl|fühle|fühlt)\w* (?:ich )?mich (?:\w+ ){0,3}?nicht (?:mehr )?sicher"
            r"(?= [,.]|$| vor mir| mit mir| heute| gerade| grad| jetzt| allein)|"
            r"\bkann (?:für|fur) nichts (?:mehr )?garantieren\b|"
            r"\bangst (?:\w+ ){0,2}?vor mir (?:selbst|selber)\b|"
            r"\bvor mir (?:selbst|selber) (?:\w+ )?(?:schützen|beschützen|retten|sicher)\b"
        ),
        "ich fühle mich heute nacht nicht sicher vor mir selbst",
        negatable=False,
        # fear of one's own anger is dis.anger ("angst vor mir, wenn ich so wütend werd")
        requires=_NOT_GAME + _u(r"(?!.*\b(?:wütend|wut|sauer|zornig|ausraste\w*)\b)"),
    ),
    # ---------------------------------------------------------------- sui.attempt
    Rule(
        "suicide.de_attempt",
        CRISIS,
        SUI,
        _u(
            r"\b" + _PILLS + r" (?:\w+ ){0,3}?(?:genommen|geschluckt|eingeworfen) (?:[\w,]+ ){0,4}?"
            r"(?:ausgekotzt|erbrochen|ausgespuckt|ausgepumpt|gekotzt)\b|"
            r"\b(?:stand|saß|sass|war) (?:schon|bereits|kurz davor|fast) (?:\w+ ){0,3}?"
            + _PLACE
            + r"\b|"
            r"\b(?:" + _BLADE + "|" + _ROPE + "|" + _GUN + r")\w* (?:\w+ ){0,4}?(?:angesetzt|"
            r"an den hals|um den hals|an die pulsadern|an den kopf|an die schläfe|am hals)\b|"
            r"\b(?:hab|habe) (?:\w+ ){0,3}?(?:die hälfte|schon \d+|schon ein paar) (?:\w+ ){0,2}?"
            r"(?:geschluckt|genommen|eingeworfen)\b|"
            r"\bkurz davor (?:\w+ ){0,3}?(?:zu springen|es zu tun|mich|mir|zu schlucken)\b|"
            r"\bversuch\w* (?:\w+ ){0,2}?mich (?:\w+ ){0,3}?(?:umzubringen|zu töten|aufzuhängen|"
            r"zu erhängen|zu stürzen|runterzustürzen|zu werfen|zu vergiften|zu ertränken|"
            r"zu erschießen)\b"
        ),
        "ich stand schon auf der brücke, dann kam ein anruf",
        on_negation=CONCERN,
        requires=_NOT_GAME
        + _NOT_PAST[1:]
        + _u(
            r"(?=.*\b(?:krankenhaus|notaufnahme|intensiv\w*|aufgewacht|ausgepumpt|gerettet|"
            r"gefunden|gerissen|riss|überlebt|geklappt|funktioniert|rettungswagen|notarzt|"
            r"ausgekotzt|erbrochen|ausgespuckt|gekotzt|angesetzt|hals|pulsadern|schläfe|"
            r"hälfte|geschluckt|dabei|radfahrer|kam|klingelte|anruf|abgehalten|aufgehalten|"
            r"doch nicht|schon|bereits|kurz davor|versehen|umzubringen|töten|aufzuhängen|"
            r"erhängen|stürzen|runterzustürzen|werfen|vergiften|ertränken|erschießen|"
            r"zu springen|gesprungen)\b)"
        ),
    ),
    Rule(
        "suicide.de_attempt_told",
        CRISIS,
        SUI,
        _u(
            r"\b(?:hab|habe) (?:ich )?es (?:\w+ ){0,3}?(?:probiert|versucht|getan|gemacht)\b|"
            r"\b" + _PILLS + r" (?:\w+ ){0,3}?(?:genommen|geschluckt|eingeworfen)\b|"
            r"\b(?:wollte|wollt|war dabei|war kurz davor) (?:\w+ ){0,2}?(?:springen|zu springen|"
            r"es tun|es zu tun|mich umbringen|mich aufhängen)\b"
        ),
        "ich hab es gestern versucht, meine mutter hat mich gefunden",
        on_negation=CONCERN,
        requires=_NOT_GAME
        + _NOT_PAST[1:]
        + _u(
            r"(?=.*\b(?:krankenhaus|notaufnahme|intensiv\w*|aufgewacht|ausgepumpt|gerettet|"
            r"gefunden|gerissen|riss|überlebt|rettungswagen|notarzt|ausgekotzt|erbrochen|"
            r"nicht geklappt|nicht funktioniert|klingel\w*|geklingelt|abgehalten|aufgehalten|"
            r"dazwischen|doch nicht|versehen|psychiatrie|klinik)\b)"
        ),
    ),
    # ---------------------------------------------------------------- sui.vehicle
    Rule(
        "suicide.de_vehicle",
        CRISIS,
        SUI,
        _u(
            r"\b(?:fahr|fahre|fahren|zieh|ziehe|ziehen|lenk|lenke|lenken|rase|rasen|bretter|"
            r"brettern|knall|knalle|knallen|steuer|steuere|steuern) (?:\w+ ){0,5}?(?:in|gegen|auf|"
            r"über) (?:\w+ ){0,2}?(?:gegenfahrbahn|gegenverkehr|\w*pfeiler|baum|wand|mauer|"
            r"abgrund|leitplanke|lkw|laster|betonwand|brückengeländer|fluss|see|klippe)\b|"
            r"\b(?:gegenfahrbahn|gegenverkehr) (?:\w+ ){0,2}?(?:fahren|ziehen|lenken|rüber)\b|"
            r"\b(?:gegen|in) (?:den|die|einen|nen|eine|das|ein) (?:\w+ )?(?:\w*pfeiler|baum|wand|mauer|"
            r"abgrund|leitplanke|lkw|laster|betonwand|fluss|see|gegenverkehr) (?:\w+ )?(?:fahren|"
            r"rasen|lenken|knallen|krachen|brettern|steuern|zu fahren|zu rasen|zu knallen)\b|"
            r"\bvor (?:den|einen|nen|die|eine|das|ein|einem|nem) (?:zug|bus|lkw|laster|auto|tram|"
            r"straßenbahn|sbahn|s bahn|ubahn|u bahn|ice|bahn|wagen|güterzug)\b (?:\w+ ){0,2}?"
            r"(?:werfen|stellen|springen|laufen|legen|schmeißen|gehen|treten|werf|stell|spring|"
            r"lauf|leg|zu werfen|zu stellen|zu springen|zu legen)\w*|"
            r"\b(?:einfach |absichtlich )?nicht (?:mehr )?bremsen\b|"
            r"\b(?:brems|bremse) (?:ich )?(?:\w+ ){0,2}?nicht\b|"
            r"\b(?:werf|werfe|stell|stelle|leg|lege|schmeiß|schmeiße|spring|springe) (?:ich )?mich "
            r"(?:\w+ ){0,2}?vor (?:den|die|einen|nen|eine|das|ein) (?:\w+ )?(?:zug|bus|lkw|laster|"
            r"auto|tram|bahn|ice|wagen|güterzug)\b|"
            r"\bschritt (?:nach vorn|nach vorne|vor|zu weit|über die kante)\b|"
            r"\bgeradeaus (?:\w+ ){0,2}?(?:weiter|fahren|durch)\b"
        ),
        "ich will mich vor den zug werfen",
        on_negation=CONCERN,
        requires=_NOT_GAME
        + _u(
            r"(?!.*\b(?:fast|beinahe|glatteis|verunglückt|unfall|aus versehen|damit (?:sie|er|es)"
            r")\b)(?=.*\b(?:will|wollte|wollt|möchte|würde|denk\w*|gedanke\w*|einfach|mich|"
            r"nächste\w* mal|mit \d+|vollgas|absichtlich|mit absicht|drang|lust|kommt|"
            r"bremsen|\w*haltestelle|bahnsteig|gleis\w*|kurve|fahr ich|fahre ich)\b)"
        ),
    ),
    # ---------------------------------------------------------------- sui.burden
    Rule(
        "suicide.de_burden",
        CRISIS,
        SUI,
        _u(
            r"\b(?:besser|glücklicher|leichter|einfacher|ruhiger|schöner) (?:\w+ ){0,3}?ohne "
            r"mich\b(?! (?:im|in|bei|als|auf|am|an|zu)\b)|"
            r"\bohne mich\b(?! (?:im|in|bei|als|auf|am|an|zu)\b) (?:\w+ ){0,4}?(?:besser|"
            r"glücklicher|leichter|einfacher|ruhiger)\b|"
            r"\bwenn ich (?:\w+ ){0,3}?(?:nicht mehr (?:da|hier|am leben)|tot|weg|gestorben|"
            r"sterb|sterbe|nie geboren)\b|"
            r"\b(?:niemand|keiner|keine sau|kein mensch) (?:\w+ ){0,3}?(?:vermissen|vermisst|"
            r"weinen|trauern)\b|"
            r"\b(?:meine|mein) (?:\w+ ){0,2}?(?:könnte|könnt|könnten|wäre|wären|wär|wärn) "
            r"(?:\w+ ){0,3}?(?:neu anfangen|frei|erlöst|befreit)\b (?:\w+ ){0,3}?wenn ich\b"
        ),
        "allen ginge es besser ohne mich",
        negatable=False,
        requires=_NOT_PAST
        + _u(
            r"(?=.*\b(?:besser|glücklich\w*|froh|ruhe|neu anfangen|leichter|einfacher|weinen|"
            r"vermissen|vermisst|trauern|egal|erleichtert|aufatmen|frei|erlöst|befreit|"
            r"ruhiger|merken|merkt|auffallen|interessieren|kümmern)\b)"
        ),
    ),
    # ---------------------------------------------------------------- self.act
    Rule(
        "self_harm.de_act",
        CRISIS,
        SH,
        _u(
            r"\b(?:mich|mir|hab|habe|ich) (?:\w+ ){0,5}?(?:geritzt|aufgeritzt|ritze|ritz)\b|"
            r"\bmich (?:\w+ ){0,3}?(?:ritzen|aufritzen)\b|"
            r"\bbrenn\w* (?:ich )?mir (?:\w+ ){0,6}?(?:arm|arme|armen|haut|beine?|hand|handgelenk)\b|"
            r"\b(?:kopf|faust|fäuste|hand|hände) (?:\w+ ){0,3}?gegen (?:\w+ ){0,2}?(?:wand|mauer|tür)\w* "
            r"(?:\w+ ){0,2}?bis (?:es|ich) (?:\w+ )?(?:blutet|blute|geblutet)\b|"
            r"\bschneid\w* (?:ich )?mir (?:\w+ ){0,3}?(?:arme?|handgelenke?|pulsadern?|beine?|"
            r"haut|oberschenkel) auf\b|"
            r"\b(?:mich|mir) (?:[\w,]+ ){0,8}?(?:geschnitten|aufgeschnitten|verbrannt|verbrüht|"
            r"geschlagen|gehauen|geboxt|"
            r"blutig (?:gekratzt|geschlagen)|aufgekratzt|aufgeschlitzt)\b"
        ),
        "ich hab mich wieder geritzt",
        on_negation=CONCERN,
        requires=_NOT_PAST
        + _u(
            r"(?!.*\b(?:beim|aus versehen|ausversehen|versehentlich|backofen|ofen|herd|bügeleisen|"
            r"papier|autsch|rasier\w*|kochen|gemüse|zwiebel\w*|haare|nägel|sonne|sonnenbrand|"
            r"drang|lust|gedanke\w*|bedürfnis|nicht gemacht|aber nicht|namen|initialen|rinde|holz|"
            r"baum|tisch|mit (?:ihm|ihr|denen|jemandem|(?:meinem|meiner|einem|nem|einer|dem|der) "
            r"(?:bruder|schwester|freund\w*|kumpel|typ\w*|mann|jungen|mädchen|vater|mutter)))\b)"
            r"(?=.*\b(?:geritzt|aufgeritzt|ritze|ritz|ritzen|aufritzen|absichtlich|mit absicht|"
            r"spüren|fühlen|wieder|klinge|rasierklinge|messer|feuerzeug|zigarette|gabel|schere|"
            r"scherbe|arm|arme|armen|beine|beinen|oberschenkel|handgelenk\w*|haut|blutet|"
            r"bestrafen|strafe|verdient|blutig|geblutet|blutet|bis es blutet|pulsader\w*|löcher)\b)"
        ),
    ),
    # ---------------------------------------------------------------- med.overdose
    Rule(
        "medical.de_overdose",
        CRISIS,
        MED,
        _u(
            r"\b(?:[1-9]\d|\d{3}|zehn|elf|zwölf|\w+zehn|\w+zig|hundert|alle|ganz viele|viele|"
            r"zu viele|die ganzen|die ganze|eine ganze|ne ganze|(?:einen|nen) haufen|eine handvoll|"
            r"ne handvoll|mehrere|ein paar)\b (?:\w+ ){0,2}?" + _PILLS + r"\b|"
            r"\b(?:\d+|zwei|drei|vier|fünf|ein paar|mehrere) (?:packungen|schachteln|blister|"
            r"streifen|flaschen|dosen)\b|"
            r"\b(?:frostschutz\w*|bleiche|chlorreiniger|abflussreiniger|rattengift|gift|"
            r"putzmittel|waschmittel|lampenöl|benzin|spiritus|desinfektionsmittel|ammoniak|"
            r"unkrautvernichter|reiniger|essigessenz|weichspüler|pflanzengift) (?:\w+ ){0,3}?"
            r"(?:getrunken|geschluckt|gegessen|genommen|runtergekippt|ausgetrunken|intus)\b"
        ),
        "hab vorhin 30 tabletten genommen",
        negatable=False,
        requires=_NOT_GAME
        + _u(
            r"(?=.*\b(?:genommen|geschluckt|eingeworfen|getrunken|gegessen|runtergekippt|"
            r"ausgetrunken|intus|drin|reingehauen|reingeworfen|mit (?:wein|alkohol|bier|wodka|"
            r"vodka|schnaps)|schwindlig|schwindelig|benommen|kaum noch|nicht mehr wach|augen)\b)"
            r"(?!.*\b(?:gegen (?:\w+ )?(?:kopfweh|kopfschmerzen|schmerzen|fieber|zahnschmerzen)|"
            r"verschrieben|wie verschrieben|vorrat|rumliegen|zuhause|daheim)\b)"
        ),
    ),
    Rule(
        "medical.de_overdose_effects",
        CRISIS,
        MED,
        _u(r"\b" + _PILLS + r" (?:\w+ ){0,3}?(?:genommen|geschluckt|eingeworfen)\b"),
        "hab tabletten genommen und mir ist total schwindlig",
        negatable=False,
        requires=_NOT_GAME
        + _u(
            r"(?=.*\b(?:schwindlig|schwindelig|piept|pfeift|rauscht|übel|kotzen|herzrasen|"
            r"augen kaum|kaum noch|benommen|nicht mehr wach|wird schwarz|taub|krampf\w*|"
            r"atmen|luft)\b)"
        ),
    ),
    # ---------------------------------------------------------------- med.emergency
    Rule(
        "medical.de_emergency",
        CRISIS,
        MED,
        _u(
            r"\b(?:krieg|kriege|kriegt|bekomme|bekomm|bekommt|kriegen) (?:\w+ )?(?:keine|kaum|"
            r"schlecht) (?:\w+ )?luft\b|\batme[tn]? (?:\w+ )?(?:kaum|nicht mehr|nimmer|nicht)\b|"
            r"\bbrust (?:\w+ ){0,2}?(?:tut|schmerzt|brennt|drückt|sticht|zieht)\b|"
            r"\b(?:brustschmerzen|schmerzen in der brust|stechen in der brust)\b|"
            r"\bstrahlt (?:\w+ )?in den (?:linken )?arm\b|"
            r"\b(?:blutet|blutung|blut) (?:\w+ ){0,4}?(?:nicht auf|hört nicht|ohne ende|"
            r"wie verrückt|spritzt|stark|überall)\b|\bes spritzt\b|"
            r"\bhört (?:\w+ )?nicht (?:mehr )?auf zu bluten\b|"
            r"\b(?:bewusstlos|ohnmächtig|kollabiert|zusammengebrochen|umgekippt|gestürzt|"
            r"krampfanfall|nicht ansprechbar|kippt (?:\w+ )?um|sackt (?:\w+ )?zusammen|"
            r"bricht (?:\w+ )?zusammen|reagiert (?:\w+ )?nicht|wacht (?:\w+ )?nicht "
            r"(?:mehr )?auf|blau angelaufen|lippen sind blau|schwillt zu|schlaganfall)\b|"
            r"\b(?:kind|baby|sohn|tochter|kleine|kleiner|kleines|bruder|schwester)\w* "
            r"(?:\w+ ){0,5}?(?:" + _PILLS + r"|putzmittel|reiniger|bleiche|batterie|knopfzelle|"
            r"magnet\w*|gift|waschmittel|tabs|spülmaschinentabs|lampenöl|\w*tabletten) "
            r"(?:\w+ ){0,3}?(?:getrunken|geschluckt|gegessen|verschluckt|erwischt)\b"
        ),
        "meine oma ist gestürzt und wacht nicht auf",
        negatable=False,
        requires=_NOT_GAME
        + _u(
            r"(?!.*\b(?:außer atem|treppe\w*|aufzug|lachen|vor lachen|traum|träumen)\b)"
            r"(?=.*\b(?:ich|mir|mich|mein\w*|krieg|kriege|brust|blut\w*|es spritzt|mama|papa|oma|"
            r"opa|mutter|vater|kind|baby|sohn|tochter|kumpel|freund\w*|jemand|bruder|schwester|"
            r"mann|frau|partner\w*|nachbar\w*)\b)"
        ),
    ),
    # ---------------------------------------------------------------- harm.intent
    Rule(
        "harm_to_others.de_intent",
        CRISIS,
        HARM,
        _u(
            r"\b(?:bring|bringe|werde|werd|will|mach|mache) (?:\w+ ){0,2}?(?:meinen|meine|mein|"
            r"den|die|diesen|diese|ihn|sie) (?:\w+ ){0,3}?(?:um|umbringen|abstechen|erstechen|"
            r"kaltmachen|abknallen|erschießen|abmurksen|platt machen)\b|"
            r"\b(?:tu|tue|werde|werd) (?:meinem|meiner|ihm|ihr|dem|der|diesem|dieser) (?:\w+ ){0,4}?"
            r"(?:was|etwas) an\b|"
            r"\bstech\w* (?:ich )?(?:\w+ ){0,3}?(?:zu|ab|nieder)\b|\bzustechen\b|"
            r"\b(?:" + _BLADE + "|" + _GUN + r"|baseballschläger|schlagring|axt|machete)\w* "
            r"(?:\w+ ){0,3}?mit (?:in die|zur|in den|ins|auf die|auf den) (?:schule|arbeit|uni|"
            r"klasse|büro|firma|party|pausenhof)\b|\b(?:weiß|weiss) (?:\w+ )?wo (?:der|die|er|"
            r"sie|mein \w+|meine \w+) wohnt\b"
        ),
        "ich bring meinen ex um, ich mein das ernst",
        requires=_NOT_GAME
        + _u(
            r"(?=.*\b(?:ernst|ernsthaft|kein witz|kein scherz|heute nacht|heute abend|morgen|heute|"
            r"messer|pistole|waffe|knarre|eingesteckt|dabei|schule|baseballschläger|schlagring|"
            r"diesmal|wartet|bezahlen|zahlen|büßen|wohnt)\b)"
        ),
    ),
    # ---------------------------------------------------------------- abuse.danger_now
    Rule(
        "abuse_or_danger.de_now",
        CRISIS,
        ABUSE,
        _u(
            r"\b(?:kommt|kam|schleicht|geht) (?:\w+ ){0,3}?(?:in mein|zu mir ins|in mein) "
            r"(?:zimmer|bett)\b|"
            r"\b(?:gedroht|droht|drohte|bedroht) (?:\w+ ){0,3}?(?:mich|mir) (?:\w+ ){0,3}?"
            r"(?:umzubringen|umbringen|zu töten|wehzutun|weh zu tun|zu schlagen|abzustechen|"
            r"kaltzumachen)\b|"
            r"\b(?:steht|klopft|hämmert|rüttelt|versucht|lauert) (?:[\w,]+ ){0,6}?(?:vor|an) "
            r"(?:meinem|meiner|meine|mein|der|die|unserer|unserem) (?:fenster|tür|haustür|"
            r"wohnungstür|wohnung|haus|zimmer)\b|"
            r"\b(?:jemand|einer|einbrecher|ein mann|ein typ|der typ) (?:\w+ ){0,4}?(?:reinzukommen|"
            r"einzubrechen|aufzubrechen|im haus|in der wohnung|in meiner wohnung)\b|"
            r"\b(?:typ|mann|kerl|einer|jemand|auto|wagen|ex|fremder|stalker|gruppe|jungs) "
            r"(?:\w+ ){0,3}?(?:verfolgt|folgt) mich\b|\bwerde (?:\w+ )?verfolgt\b|"
            r"\b(?:fasst|fasste|befummelt|betatscht|begrapscht|grapscht|anfasst|anfassen) mich\b|"
            r"\b(?:hat|hatte) mich (?:\w+ ){0,3}?(?:geschlagen|verprügelt|gewürgt|getreten|"
            r"vergewaltigt|missbraucht|eingesperrt|angefasst|begrapscht)\b|"
            r"\b(?:er|sie|mein \w+|meine \w+|der typ|dieser typ) (?:\w+ ){0,3}?(?:bringt|bringe) "
            r"mich (?:\w+ )?um (?:,? )?(?:wenn|falls|sobald) (?:ich )?(?:\w+ ){0,3}?(?:sage|sag|"
            r"erzähle|erzähl|verrate|verrat|petze|gehe|geh|verlasse|verlass|anzeige|melde)\b|"
            r"\b(?:gesagt|gedroht|droht|schwört|geschworen) ,? (?:dass )?(?:er|sie) mich (?:\w+ )?"
            r"(?:umbringt|umbringen|tötet|absticht|abstechen|kaltmacht|erschießt|schlägt)\b|"
            r"\b(?:mein|meine) (?:\w+ )?(?:vater|mutter|papa|mama|stiefvater|stiefmutter|freund|mann|"
            r"partner|bruder|onkel|opa|ex) (?:\w+ ){0,4}?(?:zugeschlagen|zuschlägt|schlägt "
            r"(?:\w+ )?zu)\b|\bbedroht mich (?:\w+ ){0,3}?(?:messer|waffe|pistole|knarre|"
            r"umbringen|umzubringen|tot)\b|"
            r"\b(?:vergewaltigt|missbraucht) (?:mich|worden)\b|\bschlägt (?:\w+ ){0,3}?(?:und )?mich\b"
            r"(?! durch)|\b(?:werde|werd|wurde) (?:\w+ ){0,4}?(?:missbraucht|vergewaltigt|"
            r"geschlagen|verprügelt|begrapscht|angefasst|bedroht|gewürgt|eingesperrt)\b"
        ),
        "mein stiefvater kommt nachts in mein zimmer",
        negatable=False,
        requires=_NOT_GAME
        + _u(
            r"(?!.*\b(?:kissen|spaß|spass|gewonnen|beim \w+|im \w+spiel|schach|mario kart|fifa)\b)"
        ),
    ),
    # ================================================================ concern
    Rule(
        "distress.de_hopeless",
        CONCERN,
        DIS,
        _u(
            r"\bnie (?:mehr |wieder )?besser\b|\bnichts (?:\w+ )?wird (?:\w+ )?besser\b|"
            r"\bwozu (?:\w+ ){0,2}?(?:noch|überhaupt|das alles|weitermachen|versuchen|"
            r"aufstehen|kämpfen)\b|\b(?:hat|macht) (?:\w+ ){0,2}?keinen sinn mehr\b|"
            r"\bkeine hoffnung (?:mehr)?\b|\bhoffnungslos\b|"
            r"\b(?:will|möchte|würde) (?:\w+ ){0,5}?verschwinden\b|"
            r"\b(?:ich|i) (?:kann|cha|kan) (?:\w+ )?nicht mehr(?= [,.]|$)|\bich geb auf\b|"
            r"\bgeb (?:\w+ )?auf\b(?= [,.]|$)|\bhalt(?:e)? das (?:\w+ )?nicht mehr aus\b|"
            r"\b(?:pack|schaff)\w* das (?:alles )?nicht mehr\b"
        ),
        "es wird sowieso nie besser",
        negatable=False,
        requires=_NOT_GAME,
    ),
    Rule(
        "distress.de_worthless",
        CONCERN,
        DIS,
        _u(
            r"\b(?:bin|ich bin) (?:\w+ ){0,4}?(?:ne|eine|nur) (?:last|belastung|bürde|zumutung)\b|"
            r"\bhass\w* mich\b|\b(?:bin|ich bin) (?:\w+ ){0,2}?(?:nichts|nix) wert\b|"
            r"\b(?:bin|ich bin) (?:\w+ ){0,2}?(?:ein |so ein )?(?:versager|totaler versager|"
            r"nutzlos|wertlos|zu nichts zu gebrauchen|nichts wert)\b|"
            r"\b(?:mach|mache|ruiniere|zerstöre|versau|versaue)\w* (?:\w+ ){0,2}?alles "
            r"(?:kaputt)?\b|\bich bin (?:so )?(?:dumm|hässlich|eklig|widerlich|peinlich) "
            r"(?:und )?(?:wertlos|nutzlos)\b|\bkein wunder dass (?:mich )?(?:keiner|niemand)\b"
        ),
        "ich bin für alle nur eine last",
        negatable=False,
        requires=_NOT_GAME,
    ),
    Rule(
        "distress.de_low_mood",
        CONCERN,
        DIS,
        _u(
            r"\bfühl\w* (?:\w+ ){0,3}?(?:leer|taub|wertlos|einsam|allein|hoffnungslos|leblos|"
            r"innerlich tot|nichts mehr|nix mehr|gar nichts|gar nix|wie tot)\b|"
            r"\b(?:wie taub|innerlich tot|innerlich leer)\b|"
            r"\b(?:heul|heule|wein|weine|flenn\w*)\b (?:\w+ ){0,4}?(?:jeden tag|jeden abend|jede nacht|"
            r"ständig|dauernd|nur noch|die ganze zeit|seit|immer)\b|"
            r"\b(?:depressionen|depression|depressiv|depri|deprimiert)\b|"
            r"\bgeht (?:es )?(?:mir )?(?:\w+ ){0,3}?(?:nicht|nöd|ned|net) (?:gut|guet)\b "
            r"(?:\w+ ){0,3}?(?:seit|lang|lange|schon)\b|"
            r"\b(?:seit|schon lang\w*) (?:\w+ ){0,3}?(?:nicht|nöd|ned|net) (?:gut|guet)\b"
        ),
        "ich fühl mich so leer",
        negatable=False,
        requires=_NOT_GAME,
    ),
    Rule(
        "distress.de_anxiety",
        CONCERN,
        DIS,
        _u(
            r"\b(?:panikattacke|panikattacken|angstattacke|angstattacken|angststörung|panik)\b|"
            r"\bherz (?:\w+ )?(?:rast|rasen|pocht|hämmert)\b|"
            r"\bzitter\w* (?:\w+ ){0,3}?(?:die ganze zeit|ständig|dauernd|vor angst|immer)\b|"
            r"\b(?:alles|das alles) (?:\w+ )?(?:wird|ist|is) (?:mir )?(?:alles )?zu viel\b|"
            r"\bmir wird (?:\w+ )?alles zu viel\b|"
            r"\btrau\w* mich (?:\w+ ){0,3}?(?:nicht|kaum|nimmer) (?:\w+ ){0,2}?(?:raus|aus dem "
            r"haus|aus der wohnung|vor die tür|unter leute)\b|"
            r"\b(?:solche|so eine|riesen|riesige|totale|panische|furchtbare|schreckliche|"
            r"so große|so viel|echt) angst\b|\bangst (?:\w+ ){0,2}?(?:vor allem|die ganze zeit|"
            r"ständig|dauernd|jeden tag)\b|\büberfordert\b|\bherzrasen\b"
        ),
        "ich habe jeden tag panikattacken",
        negatable=False,
        requires=_NOT_GAME,
    ),
    Rule(
        "distress.de_losing_mind",
        CONCERN,
        DIS,
        _u(
            r"\b(?:werd|werde|wird|bin am|ich werd|ich werde) (?:\w+ )?(?:verrückt|wahnsinnig)"
            r"(?= [,.]|$| glaub| oder| ich)|\bverlier\w* (?:\w+ )?(?:den verstand|meinen verstand)\b|"
            r"\bfühlt sich (?:\w+ ){0,2}?(?:nicht|nix|nichts) (?:\w+ )?(?:echt|real|wirklich)\b|"
            r"\b(?:nichts|nix) (?:fühlt|ist|is) (?:\w+ )?(?:echt|real|wirklich)\b|"
            r"\bmir (?:selbst|selber) zu(?:schau|schaue|schauen|sehen|seh)\w*|"
            r"\bneben mir (?:stehen|steh|stehe)\b|\bals (?:wär|wäre|würde|wenn) ich (?:\w+ ){0,2}?"
            r"(?:nicht echt|nicht real|nicht da|in (?:einem|nem) traum|in (?:einem|nem) film|nicht ich)\b|\bhör\w* stimmen\b(?! (?:aus|von|im|in|nebenan|draußen|hinter|unten|oben)\b)|\bstimmen (?:im kopf|die)\b"
        ),
        "ich glaub ich werde verrückt",
        negatable=False,
        requires=_NOT_GAME,
    ),
    Rule(
        "distress.de_isolation",
        CONCERN,
        DIS,
        _u(
            r"\b(?:hab|habe) (?:\w+ )?(?:niemanden|keinen mehr|niemand mehr|keinen)(?= [,.]|$| "
            r"mehr| zum| der| mit)|\bniemand (?:\w+ ){0,2}?(?:ist|is) (?:\w+ )?für mich da\b|"
            r"\b(?:keiner|niemand) (?:\w+ ){0,3}?(?:merken|merkt|bemerken|fragen|interessiert)\b|"
            r"\bmit niemandem\b|\bkenn\w* (?:\w+ )?(?:keinen|niemanden)\b|"
            r"\b(?:bin|fühl\w* mich) (?:so |ganz |total |echt |immer |völlig )+(?:allein|alleine|"
            r"einsam)\b|\beinsam\b"
        ),
        "ich habe niemanden",
        negatable=False,
        requires=_NOT_GAME,
    ),
    Rule(
        "self_harm.de_urges",
        CONCERN,
        SH,
        _u(
            r"\b(?:drang|lust|bedürfnis|versuchung|druck|gedanke\w*|verlangen) (?:\w+ ){0,3}?"
            r"(?:ritzen|schneiden|verletzen|weh zu tun|wehzutun|weh tun)\b|"
            r"\b(?:dran|daran) (?:\w+ ){0,2}?(?:mir weh zu tun|mich zu verletzen|mich zu ritzen|"
            r"mich zu schneiden|mir was anzutun)\b|\bmich zu ritzen\b|"
            r"\bclean\b (?:[\w,]+ ){0,4}?(?:juckt|jucken|drang|schwer|rückfall|lust|kämpf\w*)\b|"
            r"\bjuckt\w* (?:es )?mich (?:\w+ )?(?:wieder|echt|so)\b|"
            r"\b(?:ritzt|ritzen|ritze|geritzt|selbstverletzung|ritzen)\b"
        ),
        "der drang mich zu ritzen ist wieder da",
        negatable=False,
        requires=_NOT_GAME + r"(?!.*\b(?:namen|initialen|rinde|holz|baum|tisch|glas|stein)\b)",
    ),
    Rule(
        "suicide.de_past",
        CONCERN,
        SUI,
        _u(
            r"\b" + _PAST + r" (?:[\w,]+ ){0,6}?(?:geritzt|versucht|umbringen|umzubringen|"
            r"nicht mehr leben|selbstmord\w*|suizid\w*|selbstverletz\w*|verletzt|tabletten)\b|"
            r"\b(?:geritzt|umzubringen|nicht mehr leben|versucht)\b (?:[\w,]+ ){0,6}?"
            + _PAST
            + r"\b"
        ),
        "früher habe ich mich geritzt",
        negatable=False,
    ),
    Rule(
        "suicide.de_means_access",
        CONCERN,
        SUI,
        _u(
            r"\b" + _GUN + r"\w* (?:\w+ ){0,4}?(?:im schrank|in der schublade|zuhause|zu hause|"
            r"daheim|im keller|im haus|im nachttisch|bei uns)\b|"
            r"\b(?:hat|haben|hab|habe|gibt es|liegt|liegen) (?:\w+ ){0,4}?" + _GUN + r"\w*|"
            r"\b(?:massig|viele|jede menge|haufenweise|kiloweise|vorrat an|(?:einen|nen) vorrat|"
            r"genug|haufen) " + _PILLS + r"\b|\b" + _PILLS + r" (?:\w+ ){0,3}?(?:rumliegen|"
            r"gehortet|auf vorrat)\b"
        ),
        "mein vater hat eine pistole in der schublade",
        negatable=False,
        requires=_NOT_GAME
        + _u(
            r"(?!.*\b(?:darf|dürfen|wie ?viel\w*|gegen|verschrieben|jäger|jagdschein|zur jagd|"
            r"sportschütze|schützenverein|polizist\w*|soldat\w*)\b)"
            r"(?=.*\b(?:mein\w*|hab|habe|ich|uns|zuhause|daheim)\b)"
        ),
    ),
    Rule(
        "distress.de_eating",
        CONCERN,
        DIS,
        _u(
            r"\b(?:seit|schon) (?:\w+ ){0,2}?(?:tagen|tage|wochen) (?:\w+ ){0,2}?(?:nichts|nix|"
            r"kaum was|kaum etwas|nichts mehr) gegessen\b|"
            r"\babsichtlich (?:\w+ ){0,2}?(?:nichts|nix|kaum) (?:gegessen|essen|ess|esse)\b|"
            r"\b(?:kotz|kotze|erbreche|übergebe)\w* (?:\w+ ){0,4}?(?:nach dem essen|absichtlich|"
            r"mit absicht|jedes mal|nach jedem essen|nach jeder mahlzeit)\b|\bfinger in den hals\b|"
            r"\b(?:hasse|hass) meinen (?:körper|bauch)\b|\b(?:ess|esse) (?:\w+ )?(?:nichts|nix) "
            r"(?:mehr)?\b(?= (?:\w+ ){0,4}(?:dick|fett|abnehmen|körper))|"
            r"\bhunger\w* mich\b|\bruntergehungert\b|\b(?:fressattacke\w*|essstörung|magersucht|bulimie|anorexie|magersüchtig)\b|"
            r"\bzu (?:fett|dick) (?:zum|um zu) (?:essen|leben)\b"
        ),
        "ich habe seit drei tagen absichtlich nichts gegessen",
        negatable=False,
        requires=_NOT_GAME,
    ),
    Rule(
        "distress.de_substance",
        CONCERN,
        DIS,
        _u(
            r"\b(?:besaufen|betrinken|saufen|sauf|saufe|trinke|trink|kiff|kiffe|kiffen|zieh|ziehe|"
            r"ziehen|kokse|koksen)\b (?:\w+ ){0,4}?(?:jeden (?:tag|abend)|jede nacht|den ganzen "
            r"tag|von morgens bis abends|ständig|um (?:\w+ )?(?:schlafen|vergessen|nichts|nix)|"
            r"damit)\b|"
            r"\b(?:muss|muß) mich (?:\w+ ){0,3}?(?:besaufen|betrinken|zudröhnen|abschießen)\b|"
            r"\bum (?:\w+ )?(?:nichts|nix|gar nichts) (?:mehr )?zu (?:fühlen|spüren)\b|"
            r"\bwieder angefangen (?:zu (?:trinken|saufen|kiffen|ziehen|koksen|drücken|spritzen)|"
            r"mit (?:\w+ )?(?:alkohol|drogen|koks|kiffen))\b|\brückfall\b|"
            r"\bvon morgens bis abends\b|\bohne (?:alkohol|bier|wein|schnaps|gras|kiffen|joint|"
            r"tabletten|pillen) (?:\w+ ){0,3}?(?:nicht|kaum)\b"
        ),
        "ich muss mich jeden abend besaufen um schlafen zu können",
        negatable=False,
        requires=_NOT_GAME,
    ),
    Rule(
        "distress.de_sleep",
        CONCERN,
        DIS,
        _u(
            r"\bschlaf\w* seit (?:\w+ )?(?:wochen|tagen|monaten|nächten) (?:\w+ )?(?:nicht|kaum|"
            r"schlecht|nimmer)\b|"
            r"\bseit (?:\w+ )?(?:wochen|tagen|monaten|nächten) (?:\w+ ){0,2}?(?:nicht|kaum|"
            r"schlecht) (?:\w+ )?(?:mehr )?(?:geschlafen|schlafen|einschlafen|durchschlafen)\b|"
            r"\b(?:wochen|tage|nächte|monate) (?:\w+ )?kaum geschlafen\b|"
            r"\blieg\w* (?:\w+ ){0,3}?bis (?:\d+|um \d+) (?:uhr )?wach\b|\bschlaflos\w*"
        ),
        "ich schlafe seit wochen nicht richtig",
        negatable=False,
        fiction=False,
        requires=_NOT_GAME,
    ),
    Rule(
        "distress.de_trauma",
        CONCERN,
        DIS,
        _u(
            r"\b(?:albträume|alpträume|albtraum|alptraum|albträumen|alpträumen)\b|"
            r"\bflashbacks?\b|\bsofort wieder (?:dort|in der situation|in dem moment)\b|"
            r"\btrauma\w*|\bgetriggert\b|\bseit (?:dem|der) (?:überfall|unfall|angriff|vorfall|"
            r"übergriff|vergewaltigung|einbruch)\b"
        ),
        "die albträume kommen jede nacht wieder",
        negatable=False,
        requires=_NOT_GAME + _u(r"(?!.*\b(?:schön\w*|lustig|urlaub|horrorfilm|film)\b)"),
    ),
    Rule(
        "distress.de_grief",
        CONCERN,
        DIS,
        _u(
            r"\b(?:mein|meine|meinen|unser|unsere) (?:\w+ )?" + _PERSON + r" (?:\w+ ){0,5}?"
            r"(?:gestorben|verstorben|tot|umgekommen|beerdigt)\b|"
            r"\b(?:meinen|meine|mein) (?:\w+ )?" + _PERSON + r" (?:\w+ ){0,5}?verloren\b|"
            r"\b(?:hund|katze|kater)\w* (?:\w+ ){0,3}?(?:gestorben|eingeschläfert)\b|\b(?:trauer|trauere|trauern|in trauer)\b"
        ),
        "meine mama ist letzte woche gestorben",
        negatable=False,
        requires=_NOT_GAME + _NOT_PAST[1:],
    ),
    Rule(
        "distress.de_money",
        CONCERN,
        DIS,
        _u(
            r"\b(?:die|meine|unsere|viele|so viele|hohe|riesige|nur) schulden\b|\bschuldenberg|"
            r"\bverschuldet\b|\bmiete (?:\w+ ){0,2}?(?:nicht|kaum) (?:mehr )?(?:zahlen|bezahlen)\b|"
            r"\b(?:wohnung|haus) (?:\w+ )?verlier\w*|\bverlier\w* (?:\w+ )?(?:die|meine|unsere) "
            r"(?:wohnung|job|arbeit)\b|\bzwangsräumung\b|\bräumungsklage\b|\bpleite\b|"
            r"\bgekündigt (?:worden)?\b|\bjob verloren\b|\barbeitslos\b|\bkein geld mehr\b"
        ),
        "die schulden erdrücken mich",
        negatable=False,
        requires=_NOT_GAME,
    ),
    Rule(
        "distress.de_anger",
        CONCERN,
        DIS,
        _u(
            r"\b(?:gegen|in|an) die wand (?:\w+ )?(?:geschlagen|gehauen|geboxt|getreten|"
            r"geschlagen)\b|\bschlag\w* (?:\w+ ){0,2}?gegen die wand\b|"
            r"\b(?:wütend|sauer|wütig|aggressiv) (?:\w+ ){0,2}?dass ich angst\b|"
            r"\bangst vor (?:mir|meiner wut|mir selbst)\b(?! (?:selbst|selber))|"
            r"\b(?:hab|habe|ich) (?:\w+ ){0,4}?(?:angeschrien|angebrüllt|angeschrieen)\b|\b(?:wutanfall|wutanfälle|"
            r"wutausbruch|wutausbrüche)\b|\braste (?:\w+ )?aus\b|\bausgerastet\b|"
            r"\b(?:so|total|extrem|mega|richtig) (?:wütend|sauer|aggressiv)\b|"
            r"\bkaputt (?:schlagen|hauen|treten)\b"
        ),
        "ich habe schon wieder gegen die wand geschlagen",
        negatable=False,
        requires=_NOT_GAME,
    ),
    Rule(
        "distress.de_medical_fear",
        CONCERN,
        DIS,
        _u(
            r"\bangst (?:\w+ ){0,2}?vor (?:der|meiner|dem|meinem|den) (?:op|operation|biopsie|"
            r"untersuchung|diagnose|ergebnis\w*|chemo|befund|eingriff|narkose|mrt|ct)\b|"
            r"\b(?:biopsie\w*|befund|diagnose|tumor|knoten gefunden|metastasen|krebsdiagnose)\b|"
            r"\b(?:hab|habe|hat|habe ich|an|mit) krebs\b"
        ),
        "ich habe riesen angst vor der op",
        negatable=False,
        requires=_NOT_GAME
        + _u(r"(?!.*\b(?:war gut|ist gut|gutartig|alles gut|entwarnung|unauffällig)\b)"),
    ),
    Rule(
        "distress.de_family",
        CONCERN,
        DIS,
        _u(
            r"\bmeine schuld (?:\w+ ){0,5}?(?:trennen|scheiden|streiten)\b|"
            r"\beltern (?:\w+ ){0,3}?(?:trennen sich|scheiden|lassen sich scheiden|streiten)\b|"
            r"\b(?:schreit|schreien|brüllt|brüllen) mich (?:\w+ )?an\b|"
            r"\bangst (?:\w+ ){0,2}?(?:heim|nach hause|heimzugehen|zu hause|daheim)\b|"
            r"\bnur (?:noch )?streit\b|\bschreit (?:\w+ )?(?:nur )?(?:rum|herum)\b|"
            r"\b(?:mutter|mama|vater|papa|eltern) (?:trinkt|säuft|trinken|saufen)\b"
        ),
        "mein vater schreit mich dauernd an",
        negatable=False,
        requires=_NOT_GAME,
    ),
    Rule(
        "abuse_or_danger.de_bullying",
        CONCERN,
        ABUSE,
        _u(
            r"\b(?:beleidigen|beleidigt|mobben|mobbt|gemobbt|hänseln|schikanieren|auslachen|"
            r"lachen|verarschen|ausgrenzen|ignorieren|schubsen|bedrohen|erpressen) (?:\w+ ){0,2}?"
            r"(?:mich|über mich)\b|\bmobbing\b|\b(?:schließen|grenzen) mich (?:\w+ )?aus\b|\bposten (?:\w+ ){0,4}?(?:über mich|von mir)\b|"
            r"\b(?:will|mag) keiner (?:\w+ )?mit mir\b|\b(?:die|alle) lachen (?:\w+ )?(?:nur|mich|"
            r"über)\b|\b(?:gemobbt|gehänselt) (?:\w+ )?werde\b"
        ),
        "in der schule beleidigen die mich jeden tag",
        negatable=False,
        requires=_NOT_GAME,
    ),
    Rule(
        "suicide.de_other_at_risk",
        CONCERN,
        SUI,
        _u(
            r"\bsich (?:\w+ ){0,3}?(?:umbringen|umzubringen|das leben nehmen|töten|aufhängen|"
            r"ritzen|verletzen|schneiden)\b|\britzt sich\b|\bverletzt sich (?:selbst|selber)\b|"
            r"\b(?:er|sie) (?:\w+ ){0,3}?nicht mehr leben (?:will|wollen|möchte|mag)\b|"
            r"\b(?:er|sie) (?:\w+ ){0,3}?(?:sterben|tot sein) (?:will|möchte)\b|"
            r"\b(?:suizidgedanken|selbstmordgedanken|suizidal)\b"
        ),
        "meine freundin sagt sie will sich umbringen",
        negatable=False,
        requires=_NOT_GAME,
    ),
    # ------------------------------------------------------------ added: blind-set gaps
    Rule(
        "suicide.de_floor_question",
        CRISIS,
        SUI,
        _u(
            r"\b(?:ab|von|aus) (?:welchem|welcher|wie vielen?|wievielt\w*) (?:stockwerk|stock|etage|"
            r"höhe|meter|meter höhe)\b"
        ),
        "ab welchem stockwerk überlebt man nicht mehr",
        requires=_u(r"\b(?:überlebt|überleben|stirbt|sterben|tödlich|sicher|tot|reicht|reichen)\b"),
    ),
    Rule(
        "suicide.de_see_it_through",
        CRISIS,
        SUI,
        _u(
            r"\bzieh\w* ich (?:es|das) (?:\w+ )?durch(?: [\w,.]+){0,8}? (?:fertig mit allem|mit "
            r"allem fertig|mit allem abgeschlossen|schluss mit allem)\b|\b(?:fertig mit allem|mit "
            r"allem fertig|mit allem abgeschlossen)(?: [\w,.]+){0,8}? zieh\w* ich (?:es|das) "
            r"(?:\w+ )?durch\b"
        ),
        "diesmal zieh ich es durch . bin fertig mit allem",
        requires=_NOT_GAME,
    ),
    Rule(
        "suicide.de_rope_anchor",
        CRISIS,
        SUI,
        r"\b"
        + _ROPE
        + _u(
            r" (?:\w+ ){0,2}?(?:und|an|am|an den|an der|an die|über den|über die) (?:\w+ )?"
            r"(?:dachbalken|balken|haken|treppengeländer|geländer|ast|türrahmen|heizungsrohr|rohr|"
            r"deckenhaken|querbalken|kleiderstange)\b"
        ),
        "gürtel und dachbalken , ich weiss genau wann",
        requires=_NOT_GAME
        + _u(
            r"(?!.*\b(?:klettern|kletter\w*|runterklettern|abseilen|festbinden|sichern|schaukel|"
            r"hängematte|boot|zelt|plane|wäsche\w*|umzug|transport|anhänger)\b)"
        ),
    ),
    Rule(
        "suicide.de_wont_need_given",
        CRISIS,
        SUI,
        r"\bbrauch\w* ich (?:\w+ ){0,2}?nicht mehr(?= [,.]|$)|\bbrauch\w* (?:ich )?(?:eh|sowieso|ja eh) "
        r"nicht mehr\b",
        "meine gitarre hab ich meinem bruder geschenkt , brauch ich eh nicht mehr",
        requires=r"\b(?:geschenkt|verschenkt|vermacht|abgegeben|weggegeben|vererbt|überlassen|"
        r"uberlassen|ueberlassen)\b",
    ),
    Rule(
        "suicide.de_engine_garage",
        CRISIS,
        SUI,
        _u(
            r"\bmotor (?:läuft|ist an|is an|laufen lassen|lass ich laufen)\b|\babgase? (?:\w+ ){0,3}?ins auto\b"
        ),
        "sitze im auto in der garage , motor läuft , tor ist zu",
        requires=_u(r"\b(?:garage|schlauch|tor (?:ist|is) zu|geschlossen|abgase?)\b"),
    ),
    Rule(
        "suicide.de_interrupted_jump",
        CRISIS,
        SUI,
        _u(
            r"\b(?:wollte|wollt|war kurz davor|war grad dabei|war gerade dabei) (?:\w+ ){0,2}?"
            r"(?:springen|runterspringen|mich (?:umzubringen|umbringen|aufhängen|aufzuhängen|vor den "
            r"zug werfen)|zu springen)\b"
        ),
        "ich wollte grad springen als meine mutter angerufen hat",
        requires=_u(
            r"\b(?:angerufen|anruf|geschrieben|aufgehalten|festgehalten|gefunden|(?:immer )?noch "
            r"(?:hier|da|oben|drauf))\b"
        ),
    ),
    Rule(
        "suicide.de_step_in_front",
        CRISIS,
        SUI,
        _u(
            r"\b(?:nach vorne|davor|auf die gleise|aufs gleis|vor den zug|vor den ice) (?:gehen|"
            r"laufen|springen|treten|steigen|fallen lassen|stellen|werfen)\b"
        ),
        "wenn der zug durchfährt will ich einfach nach vorne gehen",
        requires=_u(
            r"\b(?:zug|ice|bahn|s bahn|u bahn|lkw|bus|gleis\w*|durchfährt|einfährt|tram|laster|"
            r"güterzug)\b"
        ),
    ),
    Rule(
        "abuse_or_danger.de_followed",
        CRISIS,
        ABUSE,
        _u(
            r"\b(?:läuft|folgt|fährt|geht) mir (?:\w+ ){0,5}?(?:hinterher|nach)\b|\b(?:folgt|verfolgt) mir "
            r"(?:\w+ ){0,3}?(?:typ|mann|kerl|auto|jemand|einer|fremder|gruppe)\b|\b(?:verfolgt|"
            r"folgt) mich\b"
        ),
        "da läuft mir seit drei strassen ein typ hinterher , ich hab angst",
        requires=_NOT_GAME + _u(r".*\b(?:angst|panik|hilfe|schiss|immer noch|seit|schneller)\b"),
    ),
)

# --------------------------------------------------------------------------------------------
# Round 3: classes missed by blind set 2 (docs/safety.md, "After tuning on blind set 2"),
# written as classes with their look-alikes in tests/safety/dev/round3.jsonl.
# --------------------------------------------------------------------------------------------

_NOT_GAME_DE = _NOT_GAME[:-4] + r"|referat|hausaufgabe\w*|projekt)\b)"

RULES = (
    *RULES,
    Rule(
        "suicide.de_r3_height_question",
        CRISIS,
        SUI,
        _u(
            r"\b(?:ab )?(?:welche[mnrs]?|wie viele?|wieviele?|wie hoch)\b(?: \S+){0,12}? (?:nicht|"
            r"nich|net|nid) (?:mehr )?(?:überlebt|überleben|überlebe)\b|\b(?:reicht|reichen) "
            r"(?:der|die|das) (?:\S+ ){0,3}?(?:stock|stockwerk|etage|meter|brücke)\b|\bhöchste\b"
            r"(?: \S+){0,8}? (?:nicht|nich) (?:mehr )?überlebt\b"
        ),
        "welche brücke hier ist die höchste , so dass man nicht überlebt",
        negatable=False,
        requires=_NOT_GAME_DE,
    ),
    Rule(
        "suicide.de_r3_dose_never_wake",
        CRISIS,
        SUI,
        _u(
            r"\b(?:wie viele?|wieviele?|welche dosis|wie hoch)\b(?: \S+){0,10}? (?:nicht mehr "
            r"(?:aufzuwachen|aufwachen|aufwacht|aufwache)|nie (?:mehr |wieder )?(?:aufzuwachen|"
            r"aufwachen))\b"
        ),
        "wie viel insulin braucht man um nicht mehr aufzuwachen",
        negatable=False,
        requires=_NOT_GAME_DE,
    ),
    Rule(
        "suicide.de_r3_know_how",
        CRISIS,
        SUI,
        _u(
            r"\bich weiss (?:schon |genau |ganz genau |jetzt )+wie(?: ich (?:es|das) (?:mach|mache|"
            r"machen werde|tu|tue))?(?= [,.]|$| und wann| und wo)|\b(?:erleb|erlebe|schaff|"
            r"schaffe) ich (?:nicht|nimmer) mehr\b(?: \S+){0,6}? (?:datum|tag)\b|\b(?:meinen|den|"
            r"nächsten) (?:geburtstag|weihnachten|silvester) (?:erleb|erlebe|schaff|schaffe) ich "
            r"(?:nicht|nimmer) mehr\b|\bdas datum steht\b"
        ),
        "ich weiss genau wie ich es mache und wann",
        negatable=False,
        requires=_NOT_GAME_DE + _u(r"(?!.*\b(?:kuchen|rezept|reise|urlaub|party|feier)\b)"),
    ),
    Rule(
        "suicide.de_r3_wont_need",
        CRISIS,
        SUI,
        _u(
            r"\b(?:brauch|brauche) (?:ich )?(?:die|den|das|es|sie|ihn) (?:eh |sowieso |dann )?"
            r"(?:nicht|nimmer|nich) mehr\b|\b(?:katze|kater|hund|hase|vogel|tiere?)\b(?: \S+){0,4}?"
            r" für immer\b|\b(?:hab|habe) alles (?:geregelt|geklärt|erledigt|vorbereitet)\b(?: \S+)"
            r"{0,8}? (?:brief|rechnungen|passwörter|tochter|sohn|kinder|familie|katze|hund)\b"
        ),
        "hab meine playstation meinem cousin geschenkt , ich brauch die eh nicht mehr",
        negatable=False,
        requires=_u(
            r"^(?!.*\b(?:alt\w*|gebraucht\w*|neu\w*|verkauft|gekauft)\b)(?=.*\b(?:"
            r"geschenkt|verschenkt|gegeben|abgegeben|für immer|geregelt|geklärt|erledigt|"
            r"vorbereitet)\b)"
        ),
    ),
    Rule(
        "suicide.de_r3_saving_pills",
        CRISIS,
        SUI,
        _u(
            r"\b(?:spar|spare|sammle|sammel|horte|bunker|bunkere) (?:\w+ ){0,3}?(?:meine |die )?"
            + _PILLS
            + r"\b|\b"
            + _PILLS
            + r"\b(?: \S+){0,6}? (?:genug zusammen|zweimal gezählt|"
            r"ausgelegt|aufgereiht)\b"
        ),
        "ich spar seit wochen meine tabletten , hab jetzt genug zusammen",
        requires=_NOT_GAME_DE,
    ),
    Rule(
        "suicide.de_r3_place",
        CRISIS,
        SUI,
        _u(
            r"\b(?:auf|uf|of) (?:den|de|dä|die|dem|em) (?:gleisen|gleis|gleise|schienen)\b|\bauf "
            r"der (?:anderen|falschen) seite (?:vom|von dem|des) geländer\w*\b|\bhalt\w* mich mit "
            r"einer hand\b|\bbeine (?:draussen|nach draussen|über der kante|baumeln)\b|\bauf dem "
            r"fensterbrett\b(?: \S+){0,6}? (?:stock|beine|runter|draussen)\b"
        ),
        "ich hock grad uf de gleis hinter em bahnhof und will nod hei",
        requires=_NOT_GAME_DE,
    ),
    Rule(
        "suicide.de_r3_cannot_promise",
        CRISIS,
        SUI,
        _u(
            r"\b(?:kann|könnte) (?:\w+ )?(?:nicht|nich|net) (?:versprechen|garantieren|sagen) "
            r"(?:,? )?(?:dass|ob) ich (?:\w+ ){0,3}?(?:sicher|ok|okay|heil) (?:bin|bleibe|sein)\b|"
            r"\bkann jemand bei mir bleiben\b"
        ),
        "ich kann nicht versprechen dass ich heute sicher bin wenn ich allein bin",
        negatable=False,
        requires=_NOT_GAME_DE,
    ),
    Rule(
        "suicide.de_r3_vehicle",
        CRISIS,
        SUI,
        _u(
            r"\bbrems\w* (?:ich )?(?:\w+ ){0,4}?(?:einfach )?(?:nicht|nich|net)\b|\blenkrad "
            r"(?:\w+ )?(?:loszulassen|loslassen|loslasse)\b|\b(?:voll|einfach) (?:drauf|"
            r"draufhalten|dagegen|reinfahren|reinhalten)\b|\b(?:ausgerechnet|weiss|ausrechnen)"
            r"\b(?: \S+){0,3}? wann (?:der|die) (?:ice|zug|güterzug|regio|s bahn|intercity)\b"
        ),
        "nächstes mal bremse ich in der kurve einfach nicht",
        requires=_NOT_GAME_DE
        + _u(
            r"(?=.*\b(?:kurve|brücke|baum|mauer|landstrasse|autobahn|"
            r"nächstes mal|denk|will|lust|hinstelle|stellen|jedes mal|ice|zug)\b)"
        ),
    ),
    Rule(
        "suicide.de_r3_attempt_interrupted",
        CRISIS,
        SUI,
        _u(
            r"\b(?:hab|habe|habs|hatte) (?:es |das )?(?:gestern|letzte nacht|heute)?(?: \w+)? "
            r"versucht\b(?: \S+){0,8}? (?:kam rein|reingekommen|gestoppt|gefunden|aufgehalten|"
            r"abgebrochen)\b"
        ),
        "ich hab es gestern versucht aber meine mutter kam rein und hat mich gestoppt",
        requires=_NOT_GAME_DE + _u(r"(?!.*\b(?:tür|anzurufen|passwort|diät)\b)"),
    ),
    Rule(
        "harm_to_others.de_r3_threat",
        CRISIS,
        HARM,
        _u(
            r"\bdann blutet (?:er|sie)\b|\bstech (?:ich )?(?:ihn|sie) ab\b|\b(?:nehm|nehme|bring|"
            r"bringe) (?:ich )?(?:die|das|eine|ein|den) (?:pistole|waffe|messer|knarre|gewehr)\b"
            r"(?: \S+){0,5}? (?:mit )?(?:in die|zur) (?:schule|arbeit|uni|klasse)\b"
        ),
        "ich wart nach der arbeit auf ihn und dann blutet er , ich mein das ernst",
        requires=r"^(?!.*\b(?:haha\w*|lol|xd|fifa|spiel\w*|mario|kart)\b).*"
        + _u(
            r"\b(?:ernst|morgen|heute nacht|heute|wenn er|wenn sie|schon|messer|"
            r"werden sehen|wart|warte)\b"
        ),
    ),
    Rule(
        "abuse_or_danger.de_r3_trying_to_get_in",
        CRISIS,
        ABUSE,
        _u(
            r"\b(?:jemand|einer|ein mann|ein typ|er)\b(?: \S+){0,8}? (?:versucht|will) (?:\w+ ){0,4}?"
            r"(?:reinzukommen|reinkommen|einzubrechen|rein)\b"
        ),
        "jemand versucht gerade in meine wohnung reinzukommen",
        requires=_NOT_GAME_DE,
    ),
    Rule(
        "medical.de_r3_cleaner",
        CRISIS,
        MED,
        _u(
            r"\b(?:putzmittel|reiniger|chlorreiniger|bleiche|chlor|abflussreiniger|waschmittel|"
            r"spülmittel|rattengift|entkalker)\b(?: \S+){0,3}? (?:getrunken|geschluckt|trank|"
            r"gegessen)\b|\b(?:getrunken|geschluckt)\b(?: \S+){0,3}? (?:putzmittel|reiniger|"
            r"chlorreiniger|bleiche|abflussreiniger)\b"
        ),
        "mein kleiner hat putzmittel getrunken und erbricht",
        requires=_NOT_GAME_DE,
    ),
    Rule(
        "distress.de_r3_concern_misc",
        CONCERN,
        DIS,
        _u(
            r"\b(?:schlaf|schlafe) seit wochen (?:nur |max |höchstens |kaum )?(?:\d|to|zwei|drei|"
            r"kaum|nicht)\b|\b(?:erbreche|kotze|übergebe mich) nach jedem essen\b|\btrink\w* "
            r"jeden abend damit ich schlafen kann\b|\bhat (?:ein|eine) "
            r"(?:gewehr|pistole|waffe|jagdgewehr) im schrank\b|\b(?:die )?op\b(?: \S+){0,5}? "
            r"(?:panische angst|riesige angst|solche angst)\b"
        ),
        "schlaf seit wochen max 2 std , bin komplett am ende",
        negatable=False,
        fiction=False,
        requires=_u(r"^(?!.*\b(?:taverne|trank|spiel|gasthaus|waffenkammer)\b)"),
    ),
    Rule(
        "suicide.de_r3_engine_swerve",
        CRISIS,
        SUI,
        _u(
            r"\bmotor (?:läuft|an|laufen)\b(?: \S+){0,8}? (?:garage\w*|tor zu|schlauch|auspuff)\b|"
            r"\b(?:garage\w*|tor zu|schlauch|auspuff)\b(?: \S+){0,8}? motor (?:läuft|an|laufen)\b|"
            r"\b(?:rüberziehen|reinziehen|reinlenken|drauflenken|in den gegenverkehr)\b|\bihr "
            r"(?:müsst|musst|werdet) euch bald (?:keine sorgen|nicht mehr) (?:\w+ )?(?:um mich|mit "
            r"mir)\b"
        ),
        "der motor läuft , garagentor zu , ich sitz im auto",
        negatable=False,
        requires=_NOT_GAME_DE,
    ),
    Rule(
        "suicide.de_r3_ready_do_not_look",
        CRISIS,
        SUI,
        _u(
            r"\b(?:sucht|such|suchen sie) nicht (?:mehr )?nach mir\b(?=.*\b(?:bereit|tschüss|"
            r"lebt wohl|verzeih\w*|liebe euch|zettel|brief)\b)|\bheute nacht ist alles "
            r"bereit\b|\bmeine sachen\b(?: \S+){0,4}? mit einem (?:zettel|brief)\b"
        ),
        "heute nacht ist alles bereit , sucht nicht nach mir",
        negatable=False,
        requires=_u(
            r"^(?!.*\b(?:versteck\w*|party|feier|spiel\w*|reise|urlaub|essen|haha\w*|"
            r"geburtstag|überraschung|koffer)\b)"
        ),
    ),
)

BRIDGE: frozenset[str] = frozenset(
    [
        "dran",
        "daran",
        "denke",
        "denk",
        "jeden",
        "abend",
        "schon",
        "wieder",
        "immer",
        "manchmal",
        "eigentlich",
        "ernsthaft",
        "heut",
        "nacht",
        "noch",
        "doch",
        "halt",
        "eh",
        "auch",
        "sehr",
        "lieber",
        "liebsten",
        "irgendwie",
        "endlich",
        "wurde",
        "wuerde",
        "werd",
        "werde",
        "mocht",
        "wollt",
        "wollte",
        "konnte",
        "konnt",
        "sollte",
        "soll",
        "darf",
        "hatte",
        "glaube",
        "glaub",
        "oft",
        "ständig",
        "standig",
        "dauernd",
        "total",
        "voll",
        "so",
    ]
)
NEGATORS: frozenset[str] = frozenset({"nich", "keinen"})
CONJUNCTIONS: frozenset[str] = frozenset({"oder", "weil", "dass", "sondern"})
FIRST_PERSON: frozenset[str] = frozenset({"meinem", "meiner"})
POSSESSIVE_FIRST: frozenset[str] = frozenset({"meinem", "meiner", "meinen"})
TOKEN_MAP: dict[str, str] = {
    "nich": "nicht",
    "nimma": "nicht mehr",
    "nimmer": "nicht mehr",
    "numme": "nicht mehr",
    "ichs": "ich es",
    "habs": "habe es",
    "gehts": "geht es",
    "gahts": "geht es",
    "passierts": "passiert es",
    "ists": "ist es",
    "werd": "werde",
    "wurd": "wurde",
    "wuerd": "wuerde",
    "aufm": "auf dem",
    "vorm": "vor dem",
    "hinterm": "hinter dem",
    "unterm": "unter dem",
    "ner": "einer",
    "kp": "kein plan",
    "heut": "heute",
    "gings": "ginge es",
    "machs": "mach es",
    "tus": "tu es",
}
REAL_MARKERS = _u(
    r"ich weiss(?: dass)? (?:das|es) (?:nur )?ein spiel ist|einem spiel schreib\w*|ernsthaft|im ernst|ich mein(?:e)? (?:das|es) ernst|kein (?:witz|scherz|spaß)|"
    r"nicht im spiel|im echten leben|im realen leben|in echt|in wirklichkeit|heute nacht|"
    r"heute abend|messer|pistole|knarre|waffe|in der schule|zuhause|zu hause|daheim|"
    r"(?:mein|meine|meinen|meinem|meiner) (?:\w+ )?" + _PERSON
)
FICTION_MARKERS = _u(
    r"kapitän|im spiel|in dem spiel|das spiel|dem spiel|spielfigur|mein charakter|meine figur|"
    r"(?:renn|video|computer|handy|online|brett|karten)spiel\w*|spielstand|rätsel\w*|"
    r"leuchtturm\w*|wärter\w*|wächter\w*|drache\w*|ritter|zauber\w*|hexe\w*|schmied\w*|"
    r"trank|tränke|heiltr\w*|endboss|kapitel|schwert\w*|kobold\w*|npc|helden|heldin|"
    r"(?:das|dem|im|dieses|diesem|den) level|truhe|inventar|labyrinth|höhle"
)
