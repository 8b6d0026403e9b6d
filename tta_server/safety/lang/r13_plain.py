"""Plain statements no older rule's phrasing fits, in all six languages (round 13b, issue 12).

Written from the classes of blind set 13's crises rated none (docs/safety.md, "Blind set 13"),
never from its messages (their texts stay unread), each class in the taxonomy's cells:

* **a laugh or a shrug beside a plain statement** (``sui.unsafe``): "im not safe lol", "not to
  be dramatic but i'm not safe", "no estoy a salvo jaja", "je suis pas en securite mdr". The
  older rules end at the statement, so a trailing "lol" hid it. Laughter still lowers hyperbole
  (the older rules' ``_NO_LAUGHTER``: "i'm dying lol", "i could kill him lmao"); it never lowers
  a plain statement of not being safe, an overdose taken (already caught) or an act done;
* **a rule's phrase followed by more words**, or said formally (``sui.unsafe``): "i'm not safe
  and i know it", "not safe here with myself tonight honestly", "I am no longer able to
  guarantee my own safety", "no puedo garantizar mi propia seguridad";
* **acts done or happening now without the rule's verb** (``self.act``, ``sui.attempt``):
  self-harm named as a noun ("the cutting again", "did the burning thing again"), a name carved
  into skin, a wound picked or dug at on purpose, "i'm doing it right now" said alone, an
  attempt told in the past with no method ("tried last night but woke up", "so i tried. it
  didn't work", "tentei ontem mas nao deu"), "nearly jumped, someone pulled me back";
* **means laid out as a scene** (``sui.means``): "razor's out, bath's running", "the gun's in
  my lap again", "jai la lame dans la main" said alone, "rope's on the hook" said alone;

Plans and threats given as a list ("the rope, the date, the place") are not read here yet: rules
over the whole message's shape defeated the prefilter's tests (docs/safety.md, "Round 13b").

Look-alikes beside each (``tests/safety/test_round13b.py``): "i'm not sure lol", "not safe for
work", "i can't guarantee the bridge is safe", the cutting board, a name carved into a tree,
"tried yesterday but the lock held", "take the rope", "the razor is on the shelf", "the date,
the place, the dress code", "my boss, the meeting, monday morning". Rule ids carry ``_r13b_``.
The names this module defines are described in ``tta_server.safety.lang``.
"""

from __future__ import annotations

from tta_server.safety.lexicon import CLAUSE_END as _END
from tta_server.safety.lexicon import CRISIS, SH, SUI, Rule, Subject

#: A laugh, a shrug or a hedge typed after a statement, in six languages ("lol", "jaja", "kkk",
#: "mdr", "ahah", "ups", "whatever", "anyway", "ngl").
_LAUGH = (
    r"(?:lol|lool|lmao|lmfao|rofl|haha\w*|hehe\w*|hihi\w*|ahah\w*|jaja\w*|jeje\w*|k{1,8}|rs|"
    r"mdr|ptdr|xd|oops|whoops|oopsie|ups|oups|ops|oh well|whatever|anyway|anyways|ngl|tbh|idk|"
    r"i guess|honestly|really|seriously|for real|en serio|serio|sul serio|serieux|ehrlich|"
    r"echt|lel|kek|sorry|perdon|desculpa|pardon|scusa|sorry)"
)

#: Words of time or place a plain statement may carry after it ("rn", "tonight", "here").
_NOW = (
    r"(?:right now|rn|atm|at the moment|now|tonight|today|anymore|any more|again|here(?= (?:with|"
    r"alone|on my own|by myself|tonight|right now|rn)\b)|at home|"
    r"alone|on my own|by myself|with myself|from myself|around myself|in this (?:flat|house|"
    r"room|place)|at all|this evening|this time|ahora|ahora mismo|esta noche|aqui|conmigo "
    r"(?:misma|mismo)|agora|hoje|hoje a noite|aqui|comigo (?:mesma|mesmo)|ce soir|maintenant|"
    r"la|ici|avec moi meme|stasera|adesso|ora|qui|con me stess[oa]|gerade|jetzt|heute|heute "
    r"nacht|hier|vor mir selbst)"
)

#: What may follow a plain statement and leave it plain ("and i know it", "if i'm honest").
_AND = (
    r"(?:and (?:i know it|i know|nobody knows|no one knows|i do not know what to do|it is "
    r"getting worse|i am scared|i mean it)|if i am honest|i mean it|y lo se|y nadie lo sabe|e "
    r"eu sei(?: disso)?|e ninguem sabe|et je le sais|et personne le sait|e lo so|e nessuno lo "
    r"sa|und (?:ich )?weiss es|und keiner weiss es)"
)

#: The tail of a plain statement: times, places, laughs and "and i know it", then the end.
_TAIL = r"(?: (?:" + _NOW + r"|" + _LAUGH + r"|" + _AND + r"|[,.]|\.\.\.)){0,6}" + _END

_UNSAFE = (
    Rule(
        "suicide.en_r13b_not_safe_tail",
        CRISIS,
        SUI,
        # "im not safe lol", "i'm not safe and i know it", "kinda not safe atm ngl lol"
        r"(?:^|\b(?:i am|am|i feel|feel|feeling|i am feeling) )(?:(?:really|so|just|kinda|kind "
        r"of|honestly|actually|lowkey|genuinely|deadass|literally) )?not (?:feeling )?safe" + _TAIL,
        "im not safe lol",
        subject=Subject.FIRST,
        negatable=False,
    ),
    Rule(
        "suicide.r13b_not_safe_tail",
        CRISIS,
        SUI,
        # es / pt / fr / it / de: "no estoy a salvo jaja", "nao estou em seguranca kkk", "je suis
        # pas en securite mdr", "non sono al sicuro ahah", "ich bin nicht in sicherheit haha"
        r"\bno (?:estoy|me siento) (?:a salvo|segur[oa] conmigo)"
        r"|\bnao (?:estou|to|me sinto) (?:em seguranca|a salvo|segur[oa] comigo)"
        r"|\bje (?:ne )?(?:suis|me sens) (?:pas|plus) en securite"
        r"|\bnon (?:sono|mi sento) (?:piu )?(?:al sicuro|in sicurezza)"
        r"|\bich (?:bin|fuhle mich) (?:gerade |grad |jetzt )?(?:nicht|nicht mehr) (?:in "
        r"sicherheit|sicher vor mir selbst)" + _TAIL,
        "no estoy a salvo jaja",
        negatable=False,
    ),
    Rule(
        "suicide.r13b_guarantee_safety",
        CRISIS,
        SUI,
        # said formally: "I am no longer able to guarantee my own safety", "I cannot ensure my
        # own safety at present", "i can't promise i'll stay safe tonight"
        r"\b(?:no longer able to|not able to|unable to|can not|can no longer|could not|no "
        r"longer) (?:guarantee|ensure|assure|vouch for|promise|be sure of|commit to|maintain)"
        r" (?:my (?:own |personal )?(?:safety|wellbeing and safety)|(?:myself )?(?:that )?i "
        r"(?:will|would|can|am going to) (?:stay|be|remain|keep myself) safe|(?:to )?(?:keep|"
        r"keeping) (?:myself|me) safe)\b"
        r"|\b(?:do not|can not) (?:believe|think) i (?:can|will|am able to) (?:remain|stay|be|"
        r"keep myself) safe\b"
        r"|\bnot in a position to (?:keep myself|stay|remain) safe\b"
        # es / pt / fr / it / de
        r"|\bno puedo (?:garantizar|asegurar) (?:mi (?:propia )?seguridad|que (?:voy a )?"
        r"(?:este|estar) a salvo)"
        r"|\bnao (?:consigo|posso) (?:garantir|assegurar) (?:a )?(?:minha (?:propria )?"
        r"seguranca|que (?:vou )?(?:fique|ficar) (?:bem|segur[oa]))"
        r"|\bje ne (?:peux|suis) (?:plus |pas )?(?:en mesure de )?(?:garantir|assurer) ma "
        r"(?:propre )?securite"
        r"|\bnon (?:posso|riesco)(?: piu)?(?: a)? (?:garantire|assicurare) (?:la )?mia (?:stessa )?"
        r"sicurezza"
        r"|\bich kann (?:fur )?meine (?:eigene )?sicherheit nicht (?:mehr )?(?:garantieren|"
        r"gewahrleisten|versprechen)",
        "I am no longer able to guarantee my own safety",
        negatable=False,
    ),
)

#: Self-harm named as a noun, in six languages ("the cutting", "das ritzen", "los cortes").
_ACTS = (
    Rule(
        "self_harm.en_r13b_the_cutting",
        CRISIS,
        SH,
        # "the cutting again last night", "did the burning thing again", "back to the cutting"
        r"\b(?:did|doing|done|do|back to|started|start|restarted|went back to|relapsed into|the) "
        r"(?:the )?(?:cutting|burning|scratching|self harm|selfharm|sh)(?: thing| stuff)?"
        r"(?= (?:again|last night|tonight|yesterday|today|this morning|rn|right now|earlier|"
        r"every night)\b| ?[.,!?;:]|$)",
        "did the burning thing again",
        requires=r"\b(?:again|last night|tonight|yesterday|today|this morning|rn|right now|"
        r"earlier|every night|back to|started|restarted|relapsed)\b",
    ),
    Rule(
        "self_harm.r13b_the_cutting",
        CRISIS,
        SH,
        # es / pt / fr / it / de: "otra vez los cortes", "os cortes de novo", "les scarifications
        # encore", "i tagli di nuovo", "das ritzen wieder"
        r"\b(?:otra vez|de nuevo) (?:los cortes|el cortarme|cortarme)\b|\b(?:los cortes|"
        r"cortarme) (?:otra vez|de nuevo)\b"
        r"|\b(?:de novo|outra vez) (?:os cortes|me cortar)\b|\b(?:os cortes|me cortar) (?:de "
        r"novo|outra vez)\b"
        r"|\b(?:les scarifications|les coupures|me scarifier|me couper) (?:encore|a nouveau|de "
        r"nouveau)\b|\b(?:encore|a nouveau) (?:les scarifications|me scarifier)\b"
        r"|\b(?:i tagli|tagliarmi) (?:di nuovo|ancora)\b|\b(?:di nuovo|ancora) (?:i tagli|"
        r"tagliarmi)\b"
        r"|\bdas ritzen (?:schon )?wieder\b|\b(?:wieder|schon wieder) (?:am )?ritzen\b",
        "otra vez los cortes anoche",
    ),
    Rule(
        "self_harm.en_r13b_carved_into_me",
        CRISIS,
        SH,
        # "carved his name into my arm", "scratched her name into my thigh"
        r"\b(?:carved|carve|carving|scratched|scratch|scratching|etched|etching|engraved|cut) "
        r"(?:\S+ ){1,3}?(?:into|in|on|onto) my (?:own )?(?:arm|arms|forearm|leg|legs|thigh|"
        r"thighs|wrist|wrists|skin|stomach|belly|chest|hand|hip|hips|body|ankle|shoulder)\b",
        "carved his name into my arm",
        requires=r"\b(?:name|names|initials|word|words|letters|letter|number|date)\b",
    ),
    Rule(
        "self_harm.en_r13b_picked_on_purpose",
        CRISIS,
        SH,
        # "dug at my stitches till they bled on purpose", "picking at the wound so it won't heal"
        r"\b(?:pick|picks|picking|picked|dig|digs|digging|dug|tear|tearing|tore|rip|ripping|"
        r"ripped|reopen|reopened|reopening|scratch|scratching|scratched|pull|pulled|pulling) "
        r"(?:at |into |open |out )?(?:the |my |a )?(?:wound|wounds|scab|scabs|stitches|"
        r"cannula|cut|cuts|scar|scars|burn|burns|skin|arm|arms|hole|line|drip|iv)\b",
        "dug at my stitches till they bled on purpose",
        requires=r"\b(?:on purpose|deliberately|so (?:it|they) (?:does not|do not|will not|can "
        r"not) heal|(?:till|until) (?:it|they) (?:bleed|bleeds|bled)|make (?:it|them) bleed|"
        r"cannula)\b",
    ),
    Rule(
        "suicide.r13b_doing_it_now",
        CRISIS,
        SUI,
        # said alone: "i'm doing it right now", "ich mach es gerade", "lo estoy haciendo ahora"
        r"^(?:i am |am |i am just )?doing it (?:right now|rn|now|as we speak|as i type)"
        r"|^(?:yo )?(?:lo )?estoy haciendo(?:lo)? (?:ahora|ahora mismo|ya)"
        r"|^(?:eu )?(?:estou|to) fazendo (?:isso|isto|agora) ?(?:agora|agora mesmo)?"
        r"|^je (?:suis en train de le faire|le fais)(?: la)?(?: maintenant| la maintenant)"
        r"|^lo sto facendo (?:adesso|ora|proprio ora|in questo momento)"
        r"|^ich (?:mach|mache|tu|tue) es (?:gerade|grad|jetzt)(?: jetzt| gerade)?",
        "i'm doing it right now",
        requires=r"^(?:\S+ ){1,6}?(?:now|rn|as we speak|as i type|ahora|ya|mismo|agora|"
        r"maintenant|adesso|ora|momento|gerade|grad|jetzt)(?: (?:sorry|perdon|desculpa|pardon|"
        r"scusa|sorry|entschuldigung|[.!]+))* ?[.!]*$",
    ),
    Rule(
        "suicide.en_r13b_tried_woke_up",
        CRISIS,
        SUI,
        # an attempt told in the past with no method: "tried last night but woke up", "so I
        # tried. it didn't work", "nearly jumped, someone pulled me back"
        r"(?:^|\b(?:so|and|i|well|yeah|ok) )(?:i )?tried(?: to (?:go through with it|do it|end "
        r"it|end things))?(?: (?:again|last night|yesterday|this morning|tonight|earlier|on "
        r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)|at the "
        r"weekend|last week|a few days ago|the other night)){1,2}(?: [,.])?(?: but| and)?(?: i| "
        r"it)? (?:woke up|survived|failed|am still here|did not work|did not take|threw (?:it )?"
        r"up)\b"
        # said alone, with no time: "so I tried. it didn't work", "tried again. didnt work"
        r"|^(?:so |well |yeah |ok |and )?(?:i )?tried(?: to (?:go through with it|do it|end it))?"
        r"(?: again)?(?: [,.])?(?: but| and)?(?: (?:obviously|clearly|apparently))?(?: i| it)? "
        r"(?:woke up|survived|failed|am still here|did not work|did not take)(?: [.!])*$"
        r"|\b(?:nearly|almost) jumped\b(?: (?:last night|yesterday|tonight|today|again))? ?,? "
        r"(?:but |and |then |until )?(?:someone|somebody|a stranger|a guy|a man|a woman|a lady|a "
        r"(?:police|cop|policeman|officer)|the police|my \w+|he|she|they) (?:pulled|grabbed|"
        r"stopped|talked|dragged|held|caught) (?:me|my)\b",
        "tried last night but woke up",
        requires=r"^(?!.*\b(?:door|lock|shop|recipe|level|boss|puzzle|quest|game|key|"
        r"password|printer|code|app|phone|shot|trick|cat|dog)\b)",
    ),
    Rule(
        "suicide.r13b_tried_woke_up",
        CRISIS,
        SUI,
        # es / pt / fr / it / de: "anoche lo intente", "tentei ontem mas nao deu", "ci ho provato
        # ieri notte ma mi sono svegliata", "ich habs gestern versucht aber bin aufgewacht"
        r"^(?:anoche|ayer|otra vez|ayer por la noche) lo intente(?: otra vez| de nuevo)? ?[.!]*$"
        r"|\blo (?:volvi a intentar|intente) (?:anoche|ayer|otra vez|de nuevo)(?: \S+){0,2}? "
        r"(?:pero|y) (?:me )?(?:desperte|no funciono|sigo aqui|no salio|sobrevivi)\b"
        r"|^(?:eu )?tentei (?:ontem|de novo|outra vez|ontem a noite)(?: ontem)?(?: a noite)?"
        r"(?: ,)? mas (?:nao deu|nao funcionou|acordei|sobrevivi|continuo aqui) ?[.!]*$"
        r"|\bjai (?:essaye|tente)(?: encore| de nouveau)? (?:hier|hier soir|cette nuit)(?: \S+)?"
        r" mais (?:je me suis reveille\w*|ca (?:na|n a) pas marche|je suis toujours la|jai "
        r"survecu)\b"
        r"|\bci ho (?:provato|riprovato) (?:ieri|ieri notte|ieri sera|stanotte)(?: \S+)? ma "
        r"(?:mi sono svegliat\w|non ha funzionato|sono ancora qui)\b"
        r"|\bich (?:habs|hab es|habe es) (?:gestern|gestern nacht|letzte nacht|wieder) versucht"
        r"(?: ,)? aber (?:ich )?(?:bin (?:wieder )?aufgewacht|bin noch da|es hat nicht geklappt)\b",
        "tentei ontem mas nao deu",
        requires=r"^(?!.*\b(?:loja|tienda|puerta|porta|receta|receita|jogo|juego|jeu|gioco|"
        r"spiel|examen|exame|prova|prufung|tur|porte|magasin|negozio|laden)\b)",
    ),
)

_MEANS_WORD = (
    r"(?:razor|razors|blade|blades|razor blade|gun|guns|pistol|pistols|revolver|rifle|shotgun|"
    r"service weapon|lame|lamina|cuchilla|navaja|lama|klinge|rasierklinge|pistola|pistolet|"
    r"pistole|arma|waffe)"
)

_SCENE = (
    Rule(
        "suicide.en_r13b_means_scene",
        CRISIS,
        SUI,
        # "razor's out, bath's running", "blade's out and the door's locked", "bath running,
        # blade on the side"
        r"\b(?:the )?(?:razors?|blades?|razor blades?|knife|knifes|knives)(?: is| are|s)? out\b"
        r"(?! of\b)|\b(?:the )?baths? (?:is |s )?(?:running|run|filling|full|ready)\b",
        "razor's out, bath's running",
        requires=r"(?=.*\b(?:razor|razors|blade|blades|knife|knifes|knives|pills|tablets)\b)"
        r"(?=.*\b(?:baths?|tub|doors? (?:is |s )?locked|door locked|locked the door|sorry|"
        r"again|goodbye|bye)\b)",
    ),
    Rule(
        "suicide.r13b_means_in_hand",
        CRISIS,
        SUI,
        # "the gun's in my lap again", "gun in my lap. safety off", and said alone "i've got
        # the blade in my hand", "jai la lame dans la main", "ho la lama in mano"
        r"(?:^|(?<=[,.] ))(?:the |my |a |his |dads )?" + _MEANS_WORD + r"(?: is|s)? (?:in|on) my "
        r"(?:lap|hand|"
        r"hands|mouth|temple|wrist)\b"
        r"|^(?:i have |i have got |got |holding |i am holding )(?:the |my |a )?"
        + _MEANS_WORD
        + r" in my (?:hand|hands|lap)"
        r"|^(?:jai|je tiens) (?:la |le |une |un |mon |ma )?" + _MEANS_WORD + r" (?:dans la main|"
        r"dans les mains|en main|sur les genoux)"
        r"|^(?:tengo|sostengo) (?:la |el |una |un |mi )?" + _MEANS_WORD + r" (?:en la mano|en las "
        r"manos|en el regazo)"
        r"|^(?:estou com|to com|tenho) (?:a |o |uma |um |minha |meu )?" + _MEANS_WORD + r" (?:na "
        r"mao|nas maos|no colo)"
        r"|^(?:ho|tengo) (?:la |il |una |un |mia |mio )?" + _MEANS_WORD + r" (?:in mano|in grembo"
        r"|tra le mani)"
        r"|^ich (?:hab|habe|halte) (?:die |das |eine |ein |meine |mein )?"
        + _MEANS_WORD
        + r" in der hand"
        r"|\b(?:the |a |my )?knife (?:is |s )?in my hand (?:right now|rn|again)\b",
        "jai la lame dans la main",
        requires=r"^(?!.*\b(?:boss|duel|fight|enemy|enemies|orc|goblin|dragon|bandit|bandits|"
        r"quest|slice|bread|cook|cooking|carrots|onion|shave|shaving|game|level|aim|target|"
        r"range)\b)(?=.*\b(?:again|safety off|loaded|cocked|right now|rn|sorry|tonight|encore|"
        r"otra vez|de novo|di nuovo|wieder)\b|(?:\S+ ){2,9}\S+(?: (?:again|now|right now|rn|"
        r"tonight|encore|ahora|agora|adesso|jetzt|gerade))? ?[.!]*$)",
    ),
    Rule(
        "suicide.en_r13b_rope_on_hook",
        CRISIS,
        SUI,
        # said alone: "rope's on the hook", "noose is tied and hanging"
        r"^(?:the |my )?(?:ropes?|noose) ?(?:is |s )?(?:on|over|round|around) the (?:hook|beam|"
        r"banister|bannister|rafter|rafters|door|loft hatch)(?: (?:again|now|ready|already))?"
        r" ?[.!]*$"
        r"|^(?:the |my )?noose (?:is |s )?(?:tied|ready|up|hanging)(?: and (?:hanging|ready|up))?"
        r"(?: (?:again|now|already))? ?[.!]*$",
        "rope's on the hook",
    ),
)

RULES: tuple[Rule, ...] = (*_UNSAFE, *_ACTS, *_SCENE)
