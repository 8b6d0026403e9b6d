"""Safety rules and words for French.

The names this module defines, and how they are merged into the screen, are described in
``tta_server.safety.lang``.

French notes: apostrophes are removed by normalisation, so elided pronouns are glued to the next
word ("j'ai" -> "jai", "m'endormir" -> "mendormir", "s'est" -> "sest", "n'arrive" -> "narrive");
elided articles, prepositions and "que" are split off ("d'adieu" -> "d adieu", "l'eau" ->
"l eau", "qu'il" -> "qu il": ``spacing.split_elisions``; "d'en", "d'y" stay "den", "dy").
Patterns spell those forms (``d ?adieu`` also takes a message typed without the apostrophe). Reflexive infinitives ("me tuer",
"me suicider", "en finir") are first person by themselves. "ne ... pas" wraps the verb, so rules
whose verb phrase can hold the negation use ``inner_negation``. "plus" is not a negator here: it
is an English word, and "je veux plus vivre" is the risk itself (those rules are not negatable).
Past markers of the engine are English; past statements in French ("a 15 ans", "avant") are
caught by concern rules of their own (``*_past``).
"""

from __future__ import annotations

from tta_server.safety.lexicon import (
    ABUSE,
    CONCERN,
    CRISIS,
    DIS,
    HARM,
    MED,
    NONE,
    SH,
    SUI,
    Rule,
    Subject,
)

# ---------------------------------------------------------------------------------- fragments

#: First-person wish or intent verbs (conditional and present).
_WANT = (
    r"(?:veux|voudrais|voudrai|aimerais|jaimerais|souhaite|souhaiterais|prefere|prefererais|"
    r"reve de|revais de|envie de|besoin de|vais|compte|pense a|pense|penser a|songe a|"
    r"demande qua|prie pour)"
)
#: Pills and medicines.
_PILLS = (
    r"(?:cachets?|medocs?|medicaments?|comprimes?|pilules?|somniferes?|anxiolytiques?|"
    r"antidepresseurs?|gelules?|doliprane|dafalgan|efferalgan|paracetamol|xanax|lexomil|"
    r"tramadol|insuline|stilnox|lysanxia|temesta|ibuprofene|neuroleptiques?|boites? de \w+|"
    r"plaquettes?|flacons?)"
)
#: A person close to the player ("mon pere", "ma belle mere", "mes parents").
_CLOSE = (
    r"(?:mon|ma|mes) (?:\w+ )?(?:pere|mere|papa|maman|daron|daronne|parents?|frere|soeur|"
    r"beau pere|belle mere|oncle|tante|cousin|cousine|grand pere|grand mere|papi|papy|mamie|"
    r"copain|copine|chum|blonde|mec|meuf|mari|femme|ex|prof|entraineur|coach|voisin|voisine|"
    r"coloc|nounou|fils|fille|bebe|enfants?|gosses?|pote|potes|ami|amie|patron|cheffe?|chef)s?"
)
#: Now, tonight, for real: what makes a threat or a danger current.
_NOW = (
    r"(?:ce soir|a soir|cette nuit|demain|maintenant|tout de suite|la tout de suite|"
    r"aujourd hui|aujourdhui|cette semaine|pour de vrai|serieux|serieuse|sans rire|"
    r"je rigole pas|je plaisante pas|pour de bon)"
)
_NO_LAUGH = r"^(?!.*\b(?:mdr|mdrr|ptdr|lol|xd|jpp de rire|haha\w*|jeu|mario|kart|partie|match))"
#: A distant past with recovery ("a 15 ans", "il y a 10 ans", "ca va mieux maintenant").
_NOT_PAST = (
    r"^(?!.*\b(?:a \d+ ans|il y a \d+ ans|y a \d+ ans|quand jetais (?:petite?|ado|jeune|au "
    r"college|au lycee)|ca va mieux|je vais mieux|va mieux maintenant|gueri\w*|arrete depuis)\b)"
)
_WEAPON = (
    r"(?:couteau|hache|cutter|barre de fer|batte|flingue|fusil|pistolet|arme|armes|lame|"
    r"marteau|machette|revolver|carabine|schlass|surin)"
)

RULES: tuple[Rule, ...] = (
    # ------------------------------------------------------------- suicide: ideation
    Rule(
        "suicide.fr_kill_myself",
        CRISIS,
        SUI,
        r"\b(?:me|m) ?suicid\w*|\bme (?:tuer|buter|flinguer|pendre|foutre en l ?air|"
        r"faire sauter la cervelle|tirer une balle|ouvrir les veines|trancher les veines|"
        r"jeter (?:du|d ?un|d un|par la|sous|devant|dans le vide|a l ?eau)|noyer|empoisonner|"
        r"supprimer)\b(?! (?:de rire|a la tache|au travail|au boulot|pour)\b)"
        r"|\bmettre fin a (?:mes jours|ma vie)\b|\b(?:me |m )?(?:enlever|oter|prendre) la vie\b",
        "je vais me suicider",
        on_negation=CONCERN,
        inner_negation=True,
        requires=r"^(?!.*\b(?:il|elle|ils|elles|tu|vous|qui) (?:\w+ ){0,3}?(?:me|m) (?:tuer|buter|f"
        r"linguer|"
        r"noyer|empoisonner|pendre|supprimer|jeter)\b)",
    ),
    Rule(
        "suicide.fr_suicide_thoughts",
        CRISIS,
        SUI,
        r"\b(?:pense|pensee|pensees|penser|idee|idees|envie|obsede\w*|songe|reve)(?: \w+){0,3}? "
        r"(?:au|du|le|de|a|le) suicide\b|\bsuicidaire\b",
        "je pense au suicide tous les jours",
        subject=Subject.FIRST,
        on_negation=CONCERN,
        inner_negation=True,
    ),
    Rule(
        "suicide.fr_end_it",
        CRISIS,
        SUI,
        r"\b(?:(?:d ?)?en finir|jen finis|jen finirai|men finir)\b(?! avec (?:ce|cette|ces|le|la|le"
        r"s) "
        r"(?!vie\b))|\ben finir avec (?:ma|la) vie\b|\bdisparaitre (?:pour (?:de bon|toujours)|"
        r"a jamais|definitivement)\b|\bpartir pour (?:de bon|toujours)\b",
        "je veux en finir",
        subject=Subject.FIRST,
        on_negation=CONCERN,
        inner_negation=True,
    ),
    Rule(
        "suicide.fr_want_die",
        CRISIS,
        SUI,
        r"\b" + _WANT + r" (?:\w+ ){0,2}?(?:mourir|crever|etre morte?|etre mort|plus exister|"
        r"ne plus exister|cesser d ?exister|arreter d ?exister|etre enterree?)\b(?! (?:de|dans|en|au|"
        r"pour (?:le|la|mon|ma|ce)|avec (?:ce|le|la))\b)",
        "je veux mourir",
        subject=Subject.FIRST,
        inner_negation=True,
    ),
    Rule(
        "suicide.fr_never_wake",
        CRISIS,
        SUI,
        r"\b(?:plus jamais|ne plus|ne jamais|ne pas|jamais|plus|pas|pu) (?:jamais )?"
        r"me reveiller\b|\bme reveiller (?:jamais|plus)\b",
        "jaimerais mendormir et ne plus me reveiller",
        negatable=False,
        requires=r"\b(?:veux|voudrais|aimerais|jaimerais|souhaite|envie|prie|demande|reve|"
        r"esper\w*|mendormir|dormir)\b",
    ),
    Rule(
        "suicide.fr_not_live",
        CRISIS,
        SUI,
        r"\b(?:veux|voudrais|aimerais|jaimerais|peux|ai|jai|supporte|arrive|narrive)"
        r"(?: \w+)? (?:plus|pu|pas|jamais) (?:\w+ )?(?:envie de |a |de )?(?:vivre|exister|"
        r"etre (?:la|ici|en vie|vivante?)|continuer a vivre|rester en vie)\b(?! (?:ici|la bas|"
        r"dans|a|en|avec|comme ca)\b)|\bplus envie de vivre\b|\b(?:envie|raison|raisons) de "
        r"vivre\b(?=.*\b(?:plus|aucune?|pas|rien)\b)|\bpas envie d ?etre en vie\b",
        "je veux plus vivre",
        subject=Subject.FIRST,
        negatable=False,
    ),
    Rule(
        "suicide.fr_point_living",
        CRISIS,
        SUI,
        r"\ba quoi (?:ca |bon |ca sert |sert )?(?:sert |bon )?(?:\w+ )?(?:de |d )?(?:vivre|"
        r"d ?etre en vie|etre en vie|d ?etre vivante?|exister|d ?exister|continuer a vivre|"
        r"me lever le matin)\b|\b(?:ca )?sert a rien de (?:vivre|continuer a vivre|rester en vie|ex"
        r"ister)\b"
        r"|\b(?:ma |la )?vie (?:ne )?(?:vaut|valait) (?:plus |pas |rien)"
        r"(?:la peine|le coup|rien)?\b(?! de (?:ce|cette|la partie))|\bpourquoi (?:je suis |"
        r"suis je )?(?:encore |toujours )?(?:en vie|vivante?)\b",
        "a quoi ca sert detre en vie",
        negatable=False,
    ),
    Rule(
        "suicide.fr_tired_living",
        CRISIS,
        SUI,
        r"\b(?:marre|fatiguee?|lasse?|tannee?|epuisee?|degoutee?|ecoeuree?) (?:\w+ )?"
        r"(?:de vivre|de la vie|d ?etre en vie|d ?exister|de ma vie)\b",
        "jen ai marre de vivre",
        subject=Subject.FIRST,
        negatable=False,
    ),
    Rule(
        "suicide.fr_take_me",
        CRISIS,
        SUI,
        r"\b(?:prie|demande|supplie|implore)(?: \w+){0,5}? (?:de me reprendre|de me rappeler|"
        r"de venir me chercher|que je meure|de me laisser mourir|de memporter|de mendormir pour"
        r" toujours)\b|\bque (?:dieu|le seigneur|le bon dieu) me (?:reprenne|rappelle|prenne)\b",
        "je prie dieu chaque soir de me reprendre",
        negatable=False,
    ),
    # ------------------------------------------------------------- suicide: burden
    Rule(
        "suicide.fr_burden",
        CRISIS,
        SUI,
        r"\b(?:serai(?:en)?t|serais|seriez|irai(?:en)?t|vivrai(?:en)?t|respirerai(?:en)?t|"
        r"pourrai(?:en)?t)(?: \w+){0,3}? (?:mieux|plus heureu\w+|heureu\w+|soulag\w+|"
        r"tranquilles?|enfin|refaire sa vie|libres?)(?: \w+){0,3}? (?:sans moi|si (?:je |j )?"
        r"(?:\w+ ){0,2}?(?:etais|netais|jetais|serais|mourais|partais|disparaissais|crevais|"
        r"existais|nexistais|jexistais|morte?|plus la|pas la)\b)|\b(?:mieux|heureu\w+|"
        r"soulag\w+|respirerai\w*|refaire sa vie)(?: \w+){0,4}? (?:si|quand|une fois) (?:je |j )?"
        r"(?:\w+ ){0,2}?(?:jetais (?:morte?|plus la|partie?)|serai (?:morte?|partie?|plus la)|"
        r"mourais|disparaissais|crevais|etais morte?|etais plus la)\b|\b(?:mieux|heureu\w+|"
        r"soulag\w+) (?:\w+ ){0,3}?(?:sans moi|si je partais pour de bon|apres ma mort)\b"
        r"(?=.*\b(?:serai\w*|seraient|irai\w*|vivrai\w*|pour de bon|mort\w*)\b)",
        "tout le monde serait mieux sans moi",
        negatable=False,
    ),
    Rule(
        "suicide.fr_nobody_miss",
        CRISIS,
        SUI,
        r"\bsi (?:je |j )?(?:\w+ ){0,2}?(?:creve|crevais|meurs|mourais|disparais|"
        r"disparaissais|etais morte?|jetais morte?|etais plus la|partais pour de bon|me tuais|"
        r"me suicidais|mourrais)\b",
        "si je creve demain personne va pleurer",
        negatable=False,
        requires=r"\b(?:personne|qui|soulag\w+|mieux|content\w*|heureu\w+|manquer\w*|"
        r"pleurer\w*|remarquer\w*|respirer\w*)\b",
    ),
    # ------------------------------------------------------------- suicide: intent and plan
    Rule(
        "suicide.fr_intent_decided",
        CRISIS,
        SUI,
        r"\b(?:cest|c|ces|suis|ma decision est|la decision est) (?:\w+ )?"
        r"(?:decide|decidee|prise?)\b|\b(?:jai|ai) (?:\w+ )?(?:decide|decidee)\b|"
        r"\bjai pris ma decision\b|\bje passe a l ?acte\b|"
        r"\bpasser a l ?acte\b",
        "cest decide , je le fais cette nuit",
        negatable=False,
        requires=r"\b(?:le fais|le ferai|le faire|en finir|jen finis|fini|finie|partir|mourir|"
        r"adieu|me tuer|merci pour tout|l ?acte)\b",
    ),
    Rule(
        "suicide.fr_its_over",
        CRISIS,
        SUI,
        r"\b(?:cest|c|ce sera|tout est) (?:bientot |vraiment |definitivement )?"
        r"(?:fini|la fin|termine) pour moi\b|\bpas de retour en arriere\b(?=.*\b(?:fini|fin|"
        r"moi|decide)\b)|\bce sera (?:mon|ma) (?:dernier|derniere)\b(?! (?:partie|match|"
        r"niveau|verre|cafe|clope))",
        "cette fois cest fini pour moi",
        negatable=False,
        requires=r"^(?!.*\b(?:dormir|me coucher|au lit|dodo|pour aujourd hui|pour ce soir|partie|"
        r"le jeu|ce jeu|niveau|match|saison)\b)",
    ),
    Rule(
        "suicide.fr_no_answer",
        CRISIS,
        SUI,
        r"\bpas la peine de me (?:repondre|chercher|rappeler|retenir|sauver)\b|\bne me "
        r"(?:cherchez|repondez|retenez) pas\b|\bme (?:cherchez|retenez) pas\b",
        "pas la peine de me repondre",
        negatable=False,
    ),
    Rule(
        "suicide.fr_plan_day",
        CRISIS,
        SUI,
        r"\b(?:jai choisi|cest prevu pour|jai fixe|jai prevu) (?:la date|le jour|"
        r"(?:le )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|ce soir|demain)"
        r"(?= \.|$)|\bje sais (?:exactement |deja |precisement |tres bien )?(?:comment|quand|ou)"
        r" (?:je vais (?:le )?faire|le faire|je le ferai)\b(?! (?:\w+ )?(?:ce|cette|ces|le|la|les|u"
        r"n|une|"
        r"mon|ma|mes|pour|avec)\b)(?! (?:pour|avec) (?:le|la|ce|cette|"
        r"mon|ma)\b)|\bje sais (?:exactement |deja )?(?:comment|quand|ou) et (?:ou|quand|"
        r"comment)\b|\bcest prevu comme ca\b",
        "je sais exactement comment je vais faire",
        subject=Subject.FIRST,
        negatable=False,
    ),
    Rule(
        "suicide.fr_plan_place",
        CRISIS,
        SUI,
        r"\b(?:irai|jirai|vais aller|vais|aller|monterai|vais monter) (?:\w+ )?(?:au|a la|sur le|"
        r"sur la|sur les|en haut du|en haut de la|du haut du) (?:viaduc|pont|falaise|toit|voies?|"
        r"rails|barrage|dernier etage|parking)\b",
        "jirai au viaduc , jai repere lendroit",
        requires=r"\b(?:repere|reperee|sauter|derniere fois|pour de bon|decide|decidee|"
        r"personne|en finir|plus revenir|adieu|plus jamais)\b",
    ),
    Rule(
        "suicide.fr_plan_pills",
        CRISIS,
        SUI,
        r"\b(?:prendrai|avalerai|vais prendre|vais avaler|veux avaler|veux prendre|envie d ?avaler"
        r"|envie de prendre) (?:\w+ ){0,4}?" + _PILLS + r"\b",
        "ce soir je vais avaler toute la boite de cachets",
        subject=Subject.FIRST,
        on_negation=CONCERN,
        requires=r"\b(?:tous|toutes|toute|dormira\w*|dormiront|seront partis|plein|max|boite|plaque"
        r"tte|"
        r"flacon|en finir|de ma mere|de mon pere)\b",
    ),
    # ------------------------------------------------------------- preparations and farewells
    Rule(
        "suicide.fr_farewell",
        CRISIS,
        SUI,
        r"\b(?:lettres?|mots?|messages?|videos?) (?:d ?adieu|d adieu)\b|\b(?:ecrit|ecrire|"
        r"laisse|laisser|prepare|redige|fini) (?:ma|mes|une|des|les|mon|un) (?:lettres?|mots?)"
        r" (?:pour (?:apres|quand|mes proches|ma famille|ceux)|a (?:mes proches|ma famille))\b|"
        r"\bfait mes adieux\b|\bdire adieu a (?:tout le monde|tous|mes)\b|\badieu (?:tout le "
        r"monde|a tous|les gens)\b|\bmis (?:mes affaires|tout|mes papiers) en ordre\b|\bderniere fo"
        r"is (?:que )?(?:vous|tu) (?:me )?"
        r"(?:voyez|vois|entendez|lisez|parlez)\b|\b(?:vous|tu) (?:ne )?me (?:reverrez|reverras) (?:"
        r"plus|pas|jamais)\b",
        "jai ecrit ma lettre dadieu",
        negatable=False,
    ),
    Rule(
        "suicide.fr_give_away",
        CRISIS,
        SUI,
        r"\b(?:en aurai|en aurais|nen aurai|nen aurais|einen aurai|einen aurais|naurai|naurais|jen "
        r"aurai|je naurai|aurai|aurais) (?:plus|pas|"
        r"jamais|pu)(?: \w+)? besoin\b|\bla ou je vais\b",
        "jai donne ma guitare a mon frere , jen aurai plus besoin",
        negatable=False,
        requires=r"\b(?:donne|donner|offert|offre|laisse|legue|rendu|distribue|vendu|garder)\b",
    ),
    Rule(
        "suicide.fr_last_message",
        CRISIS,
        SUI,
        r"\b(?:mon |le |un )?dernier message\b|\bmes derniers mots\b",
        "dernier message ici",
        negatable=False,
        requires=r"^(?!.*\b(?:dormir|dodo|lit|couche|bonne nuit|a demain|avant|pour ce soir|du jour"
        r"|"
        r"de la soiree|a plus|vacances|partie|envoye|recu|lu)\b)",
    ),
    Rule(
        "suicide.fr_not_around",
        CRISIS,
        SUI,
        r"\b(?:aurez|aurais|aura|auront|aurons|allez|aurai|aurez) (?:bientot )?(?:plus|pas|pu)"
        r"(?: \w+)? a me (?:supporter|subir|voir|entendre|gerer|supporter)\b|\bdebarrass\w+ de"
        r" moi\b(?=.*\b(?:bientot|plus|enfin|pour de bon|serez|allez)\b)|\b(?:serai|vais) plus "
        r"(?:la|ici) (?:pour|bien) longtemps\b|\bserai plus la demain\b",
        "vous aurez plus a me supporter tres longtemps",
        negatable=False,
    ),
    Rule(
        "suicide.fr_after",
        CRISIS,
        SUI,
        r"\bpour (?:apres(?! (?:les|la|le|l|mon|ma|mes|son|sa|ses|ce|cette|ces|noel|midi|demain|"
        r"ce soir)\b)|quand je serai (?:plus la|partie?|morte?))\b|\btout est (?:regle|"
        r"en ordre|pret|prevu)\b",
        "ma voisine va garder le chat , pour apres",
        negatable=False,
        requires=r"\b(?:chat|chien|animaux|papiers|affaires|testament|lettres?|comptes|confie|"
        r"garder|partir|adieu|apres)\b",
    ),
    # ------------------------------------------------------------- means made ready
    Rule(
        "suicide.fr_means_lined",
        CRISIS,
        SUI,
        _PILLS + r" (?:\w+ ){0,3}?(?:alignee?s?|etalee?s?|pretes?|prets|deja sortie?s?)\b"
        r"|\b(?:aligne|aligner|etale) (?:tous |toutes )?(?:mes |les |des )?(?:\w+ )?" + _PILLS,
        "toutes les boites de cachets sont alignees sur mon bureau",
        negatable=False,
    ),
    Rule(
        "suicide.fr_means_saved",
        CRISIS,
        SUI,
        r"\b(?:compte|recompte|stocke|mets? de cote|mis de cote|planque|accumule|amasse|"
        r"garde de cote|economise)(?: \w+){0,2}? (?:tous |toutes )?(?:mes |les |des |ses |assez "
        r"de )?" + _PILLS + r"|\b" + _PILLS + r" (?:de cote|stockee?s?|planquee?s?)\b",
        "jai compte mes cachets , ca devrait suffire",
        negatable=False,
        requires=r"\b(?:suffire|suffira|suffirait|assez|pret|prete|prets|pretes|ce soir|"
        r"cette nuit|a soir|semaines|mois|cette fois|en finir|adieu|la fin)\b",
    ),
    Rule(
        "suicide.fr_means_rope",
        CRISIS,
        SUI,
        r"\b(?:corde|noeud coulant|ceinture|rallonge) (?:est |sont )?(?:deja )?(?:accrochee?|"
        r"attachee?|nouee?|fixee?|prete|installee?)s? (?:a|au|sur|autour) (?:la |le |une |un |"
        r"du |de la )?(?:poutre|plafond|crochet|branche|rampe|barre|porte|arbre|cou)\b"
        r"|\bnoeud coulant\b|\b(?:corde|noeud coulant) (?:est |sont )?(?:deja )?(?:prete|installee)"
        r"\b",
        "la corde est deja accrochee a la poutre",
        negatable=False,
        requires=r"^(?!.*\b(?:grimpe|descend\w*|monte|escalad\w*|balance|hisse\w*|rappel|"
        r"tire|bateau|voile)\b)",
    ),
    Rule(
        "suicide.fr_means_car",
        CRISIS,
        SUI,
        r"\bmoteur (?:qui )?(?:tourne|allume|en marche)\b|\b(?:tuyau|pot d ?echappement)\b"
        r"|\b(?:charbon|barbecue|braise)(?: \w+){0,5}? (?:chambre|salle de bain|piece|voiture)\b",
        "dans la voiture , porte du garage fermee , le moteur tourne",
        negatable=False,
        requires=r"\b(?:garage|ferme\w*|calfeutr\w*|scotch\w*|bagnole|voiture|respirer)\b",
    ),
    Rule(
        "suicide.fr_means_gun",
        CRISIS,
        SUI,
        r"\b(?:fusil|flingue|pistolet|arme|revolver|carabine) (?:est |sont )?(?:deja )?"
        r"(?:charge|chargee|pret|sur (?:ma|la) tempe|dans (?:ma|la) bouche)\b",
        "jai le flingue charge dans la main",
        negatable=False,
        requires=r"\b(?:jai|je|moi|mon|ma|main|tempe|bouche|ce soir|cette nuit)\b",
    ),
    Rule(
        "suicide.fr_means_access",
        CONCERN,
        SUI,
        r"\b(?:flingue|fusil|pistolet|arme a feu|revolver|carabine|armes)\b(?! (?:a eau|"
        r"laser|en plastique)\b)|\b(?:plein de|beaucoup de|des tonnes de|un stock de|"
        r"une reserve de|un tas de|une armoire pleine de) " + _PILLS + r"\b",
        "y a un flingue dans le tiroir de mon pere",
        requires=r"\b(?:tiroir|garage|placard|armoire|cave|grenier|chambre|sous (?:le|mon) lit|a la"
        r" maison|"
        r"chez (?:moi|nous)|cache|planque|laisse|range|jai plein|jai beaucoup|jai des tonnes|"
        r"jai un stock|jai une reserve|jai un tas)\b",
    ),
    # ------------------------------------------------------------- method questions
    Rule(
        "suicide.fr_method_dose",
        CRISIS,
        SUI,
        r"\b(?:combien|quelle dose|quelle quantite|dose|quantite)(?: \w+){0,8}? (?:mortel\w*|"
        r"letal\w*|fatal\w*|pour (?:mourir|crever|en finir|y passer|y rester|me tuer|se tuer|"
        r"(?:ne )?(?:plus |pas |jamais ){1,2}(?:me |se )?reveiller|que ce soit mortel))\b"
        r"|\b(?:dose|quantite) (?:mortelle|letale|fatale)\b",
        "combien de doliprane faut il pour mourir",
        negatable=False,
    ),
    Rule(
        "suicide.fr_method_height",
        CRISIS,
        SUI,
        r"\b(?:etages?|metres|hauteur|\d+e|\d+eme) (?:\w+ ){0,3}?(?:ca suffit|suffit|suffisant|asse"
        r"z|"
        r"pour mourir|on meurt|on survit|mortel|sur de mourir|sure de mourir)\b|\b(?:pont|"
        r"immeuble|falaise|tour|viaduc|toit|batiment|endroit)s? (?:\w+ ){0,3}?(?:le plus haut|"
        r"les plus hauts|plus haut|assez haut)\b",
        "un 5e etage ca suffit",
        negatable=False,
        requires=r"\b(?:survit|survivre|mourir|meurt|mortel|suffit|suffire|crever|en finir|"
        r"y rester|plus haut)\b",
    ),
    Rule(
        "suicide.fr_method_how",
        CRISIS,
        SUI,
        r"\b(?:comment|facon|moyen|methode|maniere|meilleur moyen|tuto)(?: \w+){0,3}? (?:de |d |"
        r"pour |on )?(?:se suicider|me suicider|mourir sans (?:douleur|souffrir)|en finir|se tuer|"
        r"me tuer|se pendre|me pendre|mourir vite|mourir)\b(?! (?:de rire|dans le jeu|au jeu))"
        r"|\b(?:comment|tuto|faire|fait|fais|ai fait|prepare)(?: \w+){0,3}? (?:noeud coulant|"
        r"noeud de pendu)\b",
        "comment on fait un noeud coulant",
        negatable=False,
    ),
    # ------------------------------------------------------------- dangerous place now
    Rule(
        "suicide.fr_jump",
        CRISIS,
        SUI,
        r"\b(?:vais|veux|envie de|voudrais|pense a|jvais|aimerais|jaimerais|compte) (?:\w+ )?"
        r"(?:sauter|me jeter|me lancer|me balancer) (?:du|d ?un|de la|depuis|par la|dans le vide|"
        r"du haut|sur les voies|sous)\b(?! (?:\w+ ){0,4}?(?:pour (?:rejoindre|atteindre|attraper|"
        r"aller|passer|traverser|fuir|echapper)|dans (?:la riviere|l ?eau|le lac|la mer|la piscine)|"
        r"sur (?:le|la|un|une|les) (?!voies|rails)|en parachute|a l ?elastique)\b)",
        "je vais sauter du pont ce soir",
        subject=Subject.FIRST,
        on_negation=CONCERN,
        inner_negation=True,
    ),
    Rule(
        "suicide.fr_platform",
        CRISIS,
        SUI,
        r"\b(?:au bord du|sur le|au bout du) quai\b|\bsur les voies\b",
        "je suis au bord du quai , le train arrive et jai envie de sauter",
        negatable=False,
        requires=r"\b(?:sauter|me jeter|me lancer|jambes|descendre sur les voies|plus envie|"
        r"envie den finir|en finir|adieu)\b",
    ),
    Rule(
        "suicide.fr_place_now",
        CRISIS,
        SUI,
        r"\b(?:sur|au bord d\w*|"
        r"en haut d\w*|au dessus d\w*|au milieu d\w*) (?:le |la |les |l |du |de la |des |un |"
        r"une )?(?:pont|toit|rails|voies?|voie ferree|falaise|rebord|bord de la fenetre|"
        r"parapet|balcon|viaduc|corniche|autoroute|barrage|rambarde|passerelle|garde corps|"
        r"precipice|ravin|fenetre|echafaudage|grue)\b",
        "je suis encore sur le pont , je regarde leau",
        subject=Subject.FIRST,
        negatable=False,
        requires=r"\b(?:regarde\w* (?:l ?eau|en bas|le vide|le sol|les voitures|les trains)|"
        r"dans le vide|encore|arrete pas|pas envie de (?:bouger|rentrer|descendre|partir)|"
        r"plus envie|sauter|saute|tomber|lacher|lache|seule?|jambes|adieu|en finir|veux pas descendre|"
        r"redescendre|reculer|le train arrive|personne me voit|une heure|des heures)\b",
    ),
    # ------------------------------------------------------------- not safe from myself
    Rule(
        "suicide.fr_unsafe",
        CRISIS,
        SUI,
        r"\b(?:en securite|safe|a l ?abri) (?:avec|de|face a) moi(?: meme)?\b|\bme proteger de "
        r"moi(?: meme)?\b|\bpeur de ce que je (?:\w+ ){0,2}?me (?:faire|fasse|ferais)\b|"
        r"\bpeur de (?:me faire du mal|faire une connerie|passer a l ?acte|me tuer)\b|"
        r"\b(?:peur|confiance)(?: \w+){0,2}? (?:de |en )?moi meme\b(?=.*\b(?:soir|nuit|"
        r"maintenant|la)\b)|\bme (?:fais|fait) (?:pas|plus|pu) confiance\b(?=.*\b(?:soir|nuit|"
        r"maintenant|la|moment)\b)",
        "je me sens pas en securite avec moi meme",
        negatable=False,
    ),
    Rule(
        "suicide.fr_unsafe_bare",
        CRISIS,
        SUI,
        r"\b(?:suis|sens|chu|chui|sentir) (?:\w+ ){0,2}?(?:pas|plus|pu) (?:\w+ )?(?:safe|"
        r"en securite)\b(?! (?:dans|ici|avec (?!moi)|a cause|chez|la dedans|pour))",
        "chu pas safe a soir",
        subject=Subject.FIRST,
        negatable=False,
    ),
    Rule(
        "suicide.fr_dont_leave_me",
        CRISIS,
        SUI,
        r"\b(?:faut|faudrait) pas me laisser seule?\b|\bne me laissez pas seule?\b|\bme laissez "
        r"pas seule?\b|\bsais pas si je vais (?:tenir|passer la nuit|survivre)\b",
        "faut pas me laisser seule cette nuit",
        negatable=False,
        requires=r"\b(?:nuit|soir|tenir|peur|moi meme|survivre)\b",
    ),
    # ------------------------------------------------------------- attempts
    Rule(
        "suicide.fr_attempt",
        CRISIS,
        SUI,
        r"\b(?:jai essaye|jai tente|ai essaye|ai tente|jai voulu)(?: \w+){0,4}? (?:mais|et|,) "
        r"(?:la corde|le noeud|la ceinture|la branche|le crochet|je me suis reveillee?|jai vomi|"
        r"on ma trouvee?|les pompiers|l ?ambulance|le samu|je me suis rate\w*|jai rate)\b"
        r"|\bjai tente (?:\w+ ){0,2}?(?:avec|de me|de men|dy passer|le coup)\b"
        r"|\b(?:fait|refait) (?:une |ma |des |un )?(?:ts|tentatives? de suicide|tentatives?)\b"
        r"|\btentatives? de suicide\b",
        "jai essaye hier soir mais la corde a lache",
        negatable=False,
        requires=_NOT_PAST
        + r"(?=.*\b(?:corde|noeud|ceinture|branche|crochet|reveillee?|vomi|trouvee?|pompiers|"
        r"ambulance|samu|rate\w*|medocs?|cachets?|sauter|veines|pont|ts|suicide|tentatives?|"
        r"me tuer|pendre)\b)",
    ),
    Rule(
        "suicide.fr_attempt_interrupted",
        CRISIS,
        SUI,
        r"\b(?:jallais|allais|jetais sur le point de|etais sur le point de|etais a deux doigts"
        r" de|jetais a deux doigts de) (?:\w+ )?(?:sauter|me jeter|me pendre|avaler|me tuer|"
        r"le faire|passer a l ?acte|tout avaler|me lancer)\b(?! (?:le|la|les|par dessus|au dessus|"
        r"dans la|sur|une?|en parachute|a l ?eau)\b)|\bjai commence (?:\w+ )?(?:et|puis|mais) "
        r"(?:jai |je me suis |je me |je )?(?:arrete\w*|stoppe\w*)\b|\bsuis en train de le faire\b"
        r"|\bje le fais (?:la|maintenant|en ce moment)\b",
        "jallais sauter quand mon tel a sonne",
        negatable=False,
    ),
    # ------------------------------------------------------------- vehicle
    Rule(
        "suicide.fr_vehicle",
        CRISIS,
        SUI,
        r"\bme (?:jeter|lancer|mettre|allonger|coucher|balancer|foutre|jette|mets) (?:sous|"
        r"devant) (?:le |la |les |un |une )?(?:bus|train|tram|metro|camion|voitures?|rer|ter|"
        r"tgv|poids lourd|bagnole|trains)\b|\b(?:freinerai|freinerais) (?:pas|plus"
        r"|jamais|pu)\b|\bne (?:freinerai|freinerais) (?:pas|plus)\b",
        "jai envie de me jeter sous le bus",
        negatable=False,
    ),
    Rule(
        "suicide.fr_vehicle_front",
        CRISIS,
        SUI,
        r"\bme (?:mettre|jeter|allonger|coucher|placer) (?:devant|dessous|sur les rails|sur la voie"
        r")"
        r"\b(?! (?:la|le|les|mon|ma|un|une|l ?ordi|la tele|l ?ecran)\b)",
        "le train passe a 7h , jai envie de me mettre devant",
        negatable=False,
        requires=r"\b(?:train|ter|tgv|rer|bus|metro|passe|voie|passage a niveau|camion|tram)\b",
    ),
    Rule(
        "suicide.fr_vehicle_crash",
        CRISIS,
        SUI,
        r"\b(?:foncer|fonce|rentrer|precipiter|jeter|lancer|envoyer|planter|encastrer) (?:\w+ )"
        r"{0,3}?(?:dans|contre) (?:le |un |une |la |les )?(?:mur|arbre|platane|pilier|pile|"
        r"glissiere|rail|camion|poteau|parapet|decor|ravin|rambarde|muret)\b|\bcoup de volant\b",
        "sur lautoroute jai envie de foncer dans le mur",
        negatable=False,
        requires=r"\b(?:envie|veux|voudrais|pense|obsede|tentation|tente|aimerais|vais|"
        r"platane|en parle plus|fini)\b",
    ),
    # ------------------------------------------------------------- self-harm
    Rule(
        "self_harm.fr_act",
        CRISIS,
        SH,
        r"\bme (?:\w+ ){0,2}?(?:scarifie|scarifiee|scarifies|scarifiees|mutile|mutilee|taillade|"
        r"tailladee|entaille|entaillee|refais du mal|fais du mal|suis fait du mal|suis faite du "
        r"mal|recoupe|recoupee)\b|\bjme (?:suis )?(?:scarifie\w*|coupe\w*)\b",
        "je me suis encore scarifiee hier soir",
        on_negation=CONCERN,
    ),
    Rule(
        "self_harm.fr_cut_burn",
        CRISIS,
        SH,
        r"\bme (?:suis |)(?:\w+ )?(?:coupee?|brulee?|griffee?|frappee?|cognee?)s?\b"
        r"|\bme (?:coupe|brule|griffe|frappe)\b",
        "je me suis brule le bras avec un briquet",
        on_negation=CONCERN,
        requires=r"^(?!.*\b(?:rasant|rasais|cuisine\w*|four|plaque|fer a repasser|poele|"
        r"accident|expres pas|sans faire expres|bricol\w*|papier|jardin\w*|casserole|en allumant|"
        r"bougies?|barbecue|coupe les "
        r"cheveux|cheveux)\b)(?=.*\b(?:briquet|cigarette|clope|lame|rasoir|cutter|compas|expres|"
        r"volontairement|encore|pour (?:sentir|me punir|oublier|avoir mal|ressentir)|saigne\w*|"
        r"cuisses?|poignets?|bras|ventre)\b)",
    ),
    Rule(
        "self_harm.fr_urge_blade",
        CRISIS,
        SH,
        r"\b(?:lame|rasoir|cutter|couteau|compas|lames)(?: \w+){0,3}? (?:juste )?(?:la|ici|"
        r"a cote|dans (?:la|ma) main|prete|sous la main|sortie)\b",
        "trop envie de me couper , la lame est juste la",
        negatable=False,
        requires=r"\b(?:couper|scarifier|entailler|taillader|ouvrir|me faire du mal|mutiler)\b",
    ),
    Rule(
        "self_harm.fr_intent",
        CRISIS,
        SH,
        r"\b(?:vais|veux) (?:\w+ )?me (?:couper|scarifier|taillader|mutiler|bruler)\b"
        r"(?! (?:les|la|le|une|un|des|du|de la)\b)",
        "ce soir je vais me couper",
        subject=Subject.FIRST,
        on_negation=CONCERN,
        inner_negation=True,
        requires=r"\b(?:ce soir|cette nuit|maintenant|tout de suite|encore|la|lame|rasoir)\b",
    ),
    Rule(
        "self_harm.fr_urge",
        CONCERN,
        SH,
        r"\b(?:l?envie|pense|penser|pensees?|l?idee|idees|tentation|besoin|sans)(?: \w+){0,2}? "
        r"(?:de |a |d )?me (?:couper|scarifier|faire du mal|faire mal|bruler|taillader|mutiler)\b"
        r"|\bscarif\w*|\bautomutil\w*",
        "lenvie de me couper est revenue",
    ),
    Rule(
        "self_harm.fr_other",
        CONCERN,
        SH,
        r"\bse (?:scarifi\w*|mutil\w*|taillad\w*|fait du mal|coupe les (?:bras|poignets))\b",
        "mon frere se scarifie",
    ),
    # ------------------------------------------------------------- overdose and poisoning
    Rule(
        "medical.fr_overdose",
        CRISIS,
        MED,
        r"\b(?:pris|avale|gobe|bu|ingere|enfile|descendu|prise|avaler|d ?avaler|avalant)(?: \w+)? (?:"
        r"toute? (?:la |le |"
        r"les |mes |ma |mon )?|tous (?:les |mes )?|toutes (?:les |mes )?|plein de|trop de|"
        r"beaucoup de|une boite de|la boite de|un tube de|une plaquette|la plaquette|un flacon|"
        r"le flacon|un max de|une dizaine de|une vingtaine de|[1-9]\d |\d{3} ) ?(?:\w+ ){0,2}?"
        + _PILLS
        + r"\b|\b(?:[1-9]\d|\d{3}) (?:\w+ )?(?:cachets?|comprimes?|pilules?|xanax|lexomil|"
        r"doliprane|somniferes?|medocs?|gelules?|tramadol|stilnox|temesta)\b(?=.*\b(?:avec|pris|"
        r"avale|arrive plus|narrive|tourne|vomi|alcool|rose|vin|biere|vodka|whisky|ouverts)\b)"
        r"|\bsurdose\b|\boverdose\b",
        "jai pris toute la boite de doliprane",
        negatable=False,
    ),
    Rule(
        "medical.fr_poison",
        CRISIS,
        MED,
        r"\b(?:bu|avale|pris|ingere|mange|bois|boit|avaler|boire)(?: \w+)? (?:de la |du |de l |"
        r"la |le |un |une |des |de |d )?(?:javel|eau de javel|destop|deboucheur|antigel|"
        r"mort aux rats|raticide|pesticide|white spirit|produit menager|produit vaisselle|"
        r"lessive|capsule de lessive|ammoniaque|acide|soude|pile|piles|pile bouton|aimants?|"
        r"detergent|desherbant|engrais)\b",
        "jai bu de la javel",
        negatable=False,
    ),
    # ------------------------------------------------------------- medical emergency
    Rule(
        "medical.fr_breath",
        CRISIS,
        MED,
        r"\b(?:jarrive|narrive|arrive|peux|parviens|jarrivais|arrivons) (?:\w+ )?(?:plus|pas|pu)"
        r" a respirer\b|\bje (?:\w+ )?(?:peux|parviens) (?:plus|pas) respirer\b|\bjetouffe\b"
        r"|\b(?:respire|respirer) (?:plus|pas|bizarre|mal|a peine|difficilement)\b",
        "jarrive plus a respirer",
        negatable=False,
        requires=r"^(?!.*\b(?:fumee|grotte|donjon|on sort|sortons|rire|ri|mdr|ptdr|lol|"
        r"escaliers?|courir|couru|sport|fou rire|tellement drole)\b)",
    ),
    Rule(
        "medical.fr_chest",
        CRISIS,
        MED,
        r"\b(?:mal|douleurs?|serre\w*|oppress\w*|point) (?:\w+ ){0,2}?(?:a la|dans la|au|a|sur "
        r"la) (?:poitrine|thorax)\b|\b(?:crise cardiaque|infarctus|avc|crise d ?epilepsie)\b",
        "jai super mal dans la poitrine",
        negatable=False,
    ),
    Rule(
        "medical.fr_bleeding",
        CRISIS,
        MED,
        r"\b(?:arrete|arrive|sarrete|cesse) (?:pas|plus|pu) (?:de |a )?saigner\b|\bsaigne "
        r"(?:beaucoup|enormement|trop|de partout|sans arret|encore et encore|abondamment)\b|"
        r"\b(?:saignement|sang) (?:\w+ ){0,2}?(?:sarrete|arrete) (?:pas|plus)\b|\bplein de sang"
        r" partout\b|\btraverse (?:la serviette|le pansement|les compresses)\b",
        "ma coupure arrete pas de saigner",
        negatable=False,
    ),
    Rule(
        "medical.fr_collapse",
        CRISIS,
        MED,
        r"\b(?:sest effondree?|est tombee? (?:par terre|dans les pommes)|est par terre|"
        r"a perdu connaissance|est inconsciente?|repond plus|repond pas|respire plus|"
        r"respire pas|respire bizarre|respire mal|bouge plus|bouge pas|se reveille pas|"
        r"se reveille plus|fait une crise|convulse|est toute? bleue?|est devenue? bleue?|"
        r"fait un malaise|sest evanouie?|sest ecroulee?)\b",
        "ma mere sest effondree et repond plus",
        negatable=False,
        requires=r"^(?!.*\b(?:rire|mdr|ptdr|lol|xd|rigole|rigoler|blague)\b).*\b(?:mon|ma|mes) (?:"
        r"\w+ )?"
        r"(?:pere|mere|papa|maman|frere|soeur|fils|fille|"
        r"bebe|grand|papi|papy|mamie|mari|femme|copain|copine|pote|ami|amie|coloc|oncle|tante|"
        r"cousin|cousine|enfant|petit|petite|voisin|voisine|chum|blonde)\w*",
    ),
    # ------------------------------------------------------------- harm to others
    Rule(
        "harm_to_others.fr_intent",
        CRISIS,
        HARM,
        r"\b(?:vais|veux|compte|irai|jvais)(?: \w+)? (?:le |la |les |l |lui |leur )?"
        r"(?:tuer|buter|planter|poignarder|defoncer|tabasser|flinguer|egorger|etrangler|crever|"
        r"massacrer|descendre|fumer|saigner|faire la peau|eclater|cramer)\b|\b(?:je |j )(?:le |"
        r"la |les |l )(?:tue|bute|plante|poignarde|defonce|tabasse|flingue|egorge|etrangle|creve"
        r"|massacre|descends|eclate)\b|\b(?:tuer|buter|planter|poignarder|defoncer|tabasser|"
        r"flinguer|egorger|etrangler|massacrer|faire la peau a) " + _CLOSE,
        "je vais tuer mon ex , je suis serieux",
        on_negation=NONE,
        inner_negation=True,
        requires=_NO_LAUGH
        + r"(?=.*\b(?:"
        + _NOW
        + r"|"
        + _WEAPON
        + r"|sais ou (?:il|elle|ils) (?:habite|habitent|vit|vivent|dort|bosse)|cette fois|"
        r"attend)\b)",
    ),
    Rule(
        "harm_to_others.fr_weapon_school",
        CRISIS,
        HARM,
        r"\b(?:amene|amener|ramene|apporte|apporter|prends|prendre|vais amener|jamene|"
        r"jemmene|emmene|emmener|jramene|japporte|jprends|jvais ramener)(?: \w+){0,2}? (?:le |la |un |une |mon |ma )?(?:fusil|flingue|"
        r"pistolet|arme|couteau|hache|machette|bombe|revolver|carabine)(?: \w+){0,4}? (?:au |"
        r"a l |a la |en |dans le |dans la )?(?:lycee|college|ecole|fac|boulot|taf|travail|bureau"
        r"|classe|cours)\b",
        "demain jamene le fusil de mon oncle au lycee",
        negatable=False,
    ),
    Rule(
        "harm_to_others.fr_where_lives",
        CRISIS,
        HARM,
        r"\bsais ou (?:il|elle|ils|elles|ce \w+) (?:habite|habitent|vit|vivent|dort|bosse)\b",
        "je sais ou il habite , jy vais ce soir avec une barre de fer",
        negatable=False,
        requires=r"\b(?:ce soir|cette nuit|demain|avec|" + _WEAPON + r"|payer|regler)\b",
    ),
    # ------------------------------------------------------------- abuse and danger now
    Rule(
        "abuse_or_danger.fr_hits_me",
        CRISIS,
        ABUSE,
        r"\b(?:me|ma|mont|mas) (?:\w+ ){0,2}?(?:frappe|frappent|frappait|frappee|tape|tapent|"
        r"tapee|cogne|cognent|bat|battent|battue?|gifle|giflent|giflee|etrangle|etranglee|viole|"
        r"violee?|touche|touchent|tripote|tripotent|agresse|agressee|enferme|enfermee|tabasse|"
        r"tabassee|brule|secoue|pousse|poussee)\b",
        "mon oncle me touche et je veux pas",
        negatable=False,
        requires=r"^(?!.*\b(?:oreiller|coussin|epaule|l ?epaule|la main|reveiller|pour rire|mdr|lol|p"
        r"tdr|jeu|en jouant|bandit|"
        r"gourdin|gobelin|monstre|boss|epaule pour|ballon|par accident|au foot|aux echecs|"
        r"dire bonjour|me dire|calin|bisou|le bras pour|la joue)\b)"
        r"(?:.*\b" + _CLOSE + r"|.*\b(?:il|elle|ils) (?:me|ma|mont))",
    ),
    Rule(
        "abuse_or_danger.fr_threat",
        CRISIS,
        ABUSE,
        r"\b(?:me|m) (?:tuerai(?:t|ent)?|tuera|butera\w*|buterai\w*|frapperai\w*|crevera\w*"
        r"|fera la peau|feraient du mal|ferait du mal|fera du mal|tue|tuer|buter|frapper|crever) si"
        r"\b|\bmenace\w* de me "
        r"(?:tuer|frapper|buter|faire du mal)\b|\b(?:qu ?il|quelle|qu ?ils) (?:me|m) (?:tuerai\w*|"
        r"tuera|butera\w*|buterai\w*|frapperai\w*)\b|\b(?:qu ?il|quelle|qu ?ils) (?:allait|va|allaient|"
        r"vont|voulait) "
        r"(?:me|m) (?:tuer|buter|frapper|crever|faire du mal|egorger)\b",
        "il a dit quil me tuerait si je parlais",
        negatable=False,
    ),
    Rule(
        "abuse_or_danger.fr_intruder",
        CRISIS,
        ABUSE,
        r"\b(?:quelquun|quelqu un|qqn|qqun|qqi|un (?:mec|type|homme|inconnu|gars))(?: \w+){0,2}?"
        r" (?:essaie|essaye|tente|force|forcer)(?: \w+)? (?:d ?ouvrir|d ouvrir|d ?entrer|d entrer|"
        r"de rentrer|la porte|ma porte|la serrure|la fenetre)\b|\b(?:quelquun|qqn|un (?:mec|"
        r"type|homme|inconnu)) (?:me suit|est dans (?:ma|la) maison|est chez moi|me suivait)\b"
        r"|\b(?:me suit|me suivent|me suivait) depuis\b",
        "quelquun essaie douvrir ma porte",
        negatable=False,
    ),
    # ------------------------------------------------------------- concern: distress
    Rule(
        "distress.fr_hopeless",
        CONCERN,
        DIS,
        r"\brien (?:ne )?(?:va|ira|vas) (?:jamais )?(?:sarranger|changer|aller mieux|"
        r"sameliorer)\b|\ba quoi bon\b(?! (?:ce|cette|ces|le|la|les|ton|ta)\b)|\b(?:veux|"
        r"voudrais|aimerais|jaimerais|envie de) (?:juste |seulement )?disparaitre\b|"
        r"\b(?:aucun|plus d|plus aucun|pas d) ?espoir\b|\bdesesperee?\b|\bsans issue\b|"
        r"\b(?:jen|nen) peux plus\b(?! de rire\b)(?! (?:de (?:ce|cette|ces|le|la|les|ton|ta|tes|son|sa) (?!"
        r"vie)))|"
        r"\bsuis a bout\b|\bje tiens plus\b|\bca sert a rien\b(?=.*\b(?:moi|je|jai|ma vie)\b)",
        "rien va jamais sarranger",
    ),
    Rule(
        "distress.fr_worthless",
        CONCERN,
        DIS,
        r"\bme (?:deteste|hais|degoute|fais honte)\b|\b(?:suis|chui|chu|jsuis) (?:\w+ )?(?:un "
        r"fardeau|une merde|bonne? a rien|une? ratee?|un echec|une erreur|inutile|sans valeur|"
        r"de trop|une nullite|un poids|un boulet|nulle?)\b(?! (?:a|en|au|aux|dans|pour)\b)|"
        r"\bgache tout\b|\bfardeau pour\b|\bbonne? a rien\b",
        "je me deteste",
    ),
    Rule(
        "distress.fr_low_mood",
        CONCERN,
        DIS,
        r"\b(?:sens|sentir|suis|chu|chui) (?:\w+ ){0,2}?(?:vide|videe|engourdie?|deprimee?|"
        r"anesthesiee?|eteinte?|brisee?|detruite?|au fond du trou|mal dans ma peau)\b|"
        r"\bje pleure (?:\w+ ){0,3}?(?:tous les|toutes les|chaque|sans arret|tout le temps|"
        r"sans raison|depuis)\b|\b(?:ressens|sens) plus rien\b|\bdepression\b|\bdeprime\b|"
        r"\bpu de fun\b",
        "je me sens vide",
        subject=Subject.FIRST,
    ),
    Rule(
        "distress.fr_anxiety",
        CONCERN,
        DIS,
        r"\bcrises? (?:d ?angoisse|d ?angoisse|de panique|d ?angoisses)\b|\battaques? de panique\b|"
        r"\bangoisse (?:tout le temps|en permanence|non stop|H24)\b|\bboule au ventre\b|\btout me"
        r" submerge\b|\bsubmergee?\b|\barrete pas de trembler\b|\bcoeur (?:bat|cogne|tape) (?:a "
        r"fond|trop vite|a cent|a mille|tres fort)\b|\banxiete\b|\bcrises? d ?angoisse\b",
        "crises dangoisse tous les jours",
    ),
    Rule(
        "distress.fr_losing_mind",
        CONCERN,
        DIS,
        r"\b(?:deviens|devenir|devenu|devenue) (?:folle?|fou|dingue|cingle\w*|barge)\b(?! (?:avec"
        r"|a cause de|de|ce|cette)\b)|\brien (?:na|ne semble|semble|ne parait|parait) (?:\w+ )?"
        r"reel\b|\bme regarde\w* de l ?exterieur\b|\b(?:jentends|entends) des voix\b|\bvoix dans "
        r"ma tete\b|\bperds la tete\b|\bperdre la raison\b",
        "je crois que je deviens folle",
    ),
    Rule(
        "distress.fr_isolation",
        CONCERN,
        DIS,
        r"\b(?:jai|ai|nai|je nai) (?:\w+ )?personne (?:a qui|pour|avec qui|vers qui)\b|"
        r"\b(?:jai|je nai) (?:vraiment )?personne(?= [,.]|$)|"
        r"\bpersonne (?:ne )?(?:me |le |sen )?(?:remarquer\w*|rendrait compte|soucie|"
        r"sinteresse a moi|maime|m aime|me comprend|me calcule)\b|\bparle a personne\b|"
        r"\bseule? au monde\b|\b(?:sens|suis) (?:\w+ )?(?:tellement |tres |si |trop )?seule?"
        r"(?! (?:dans|sur|a|au|en|avec|pour)\b)|\bcompte pour personne\b",
        "jai personne a qui parler",
    ),
    Rule(
        "distress.fr_eating",
        CONCERN,
        DIS,
        r"\b(?:me fais|me suis fait|me faire|je me fait) vomir\b|\bpas mange depuis\b|\bmange "
        r"(?:plus|pu) (?:rien|depuis)\b|\b(?:compte|comptes) (?:chaque|toutes les|les) calories?\b"
        r"|\bpeur de (?:manger|grossir)\b|\bsaute (?:\w+ )?repas\b(?=.*\bexpres\b)|\banorexi\w*"
        r"|\bboulimi\w*|\bme prive de manger\b",
        "je me fais vomir apres les repas",
    ),
    Rule(
        "distress.fr_substance",
        CONCERN,
        DIS,
        r"\b(?:boire|bois|boive|bouteille|bouteilles|bourrer|bourre|picole|picoler|fume|fumer|coke|drogue|came|shit|beuh|"
        r"joints?|cocaine|heroine|md|ecstasy|alcool|defoncer|pilules)\b",
        "faut que je me bourre la gueule tous les soirs pour dormir",
        requires=r"\b(?:pour (?:pas|ne pas|plus|oublier|dormir|tenir|supporter|penser a rien)|"
        r"tous les (?:soirs|jours|matins)|du matin au soir|repris|rechute|plus arreter|accro)\b",
    ),
    Rule(
        "distress.fr_sleep",
        CONCERN,
        DIS,
        r"\b(?:dors|dormi|dormir) (?:pas|plus|presque pas|mal|jamais|pu)\b|\binsomnies?\b|"
        r"\b(?:arrive|narrive|jarrive|peux) (?:pas|plus|pu) (?:a )?dormir\b|"
        r"\breste eveillee? (?:jusqu\w*|toute la nuit|chaque nuit)\b|\bpas ferme l ?oeil\b",
        "ca fait des semaines que je dors pas",
        requires=r"\b(?:depuis|semaines?|jours|nuits?|mois|correctement|insomnies?|jusqu\w*)\b",
    ),
    Rule(
        "distress.fr_trauma",
        CONCERN,
        DIS,
        r"\bcauchemars?\b|\bflash ?backs?\b|\bje me retrouve la bas\b|\btraumatis\w*|"
        r"\bstress post traumatique\b|\btspt\b",
        "les cauchemars reviennent",
    ),
    Rule(
        "distress.fr_grief",
        CONCERN,
        DIS,
        r"\b(?:mon|ma|mes) (?:\w+ ){0,2}?(?:pere|mere|papa|maman|frere|soeur|mari|femme|fils|"
        r"fille|pote|ami|amie|copain|copine|grand pere|grand mere|papi|papy|mamie|chien|chat|"
        r"bebe)(?: \w+)? (?:est |sont )?(?:morte?s?|decedee?s?|partie? trop tot|nous a quitte\w*)"
        r"\b|\bjai perdu (?:mon|ma|mes)\b(?! (?:cles|clefs|tel|telephone|portefeuille|sac|carte|"
        r"partie|sauvegarde|argent|temps|pari|lunettes|objets?|items?|vies?|points?|pv)\b)|"
        r"\b(?:deuil|enterrement)\b",
        "ma mere est morte la semaine derniere",
    ),
    Rule(
        "distress.fr_money",
        CONCERN,
        DIS,
        r"\b(?:dettes?|loyer|expuls\w*|licencie\w*|vire du (?:boulot|taf|travail)|huissiers?|"
        r"surendett\w*|perdre (?:l ?appart|mon appart|la maison|mon boulot|mon taf|mon travail)|"
        r"nourrir mes (?:gosses|enfants))\b",
        "les dettes mecrasent",
    ),
    Rule(
        "distress.fr_anger",
        CONCERN,
        DIS,
        r"\bcoups? de poing (?:dans|contre) (?:le |un |les |la )?(?:mur|porte|murs)\b|\bpeur de ce"
        r" que je (?:vais|pourrais|risque de) faire\b|\b(?:hurle|crie|gueule) sur (?:mes|mon|ma)"
        r" (?:enfants|gosses|fils|fille|femme|mari|copine|copain|mere|pere)\b|\bcolere\b"
        r"(?=.*\b(?:peur|tellement|controle|exploser|casse|frappe)\b)|\b(?:frappe|cogne|tape|defonc"
        r"e)\w* "
        r"(?:dans |contre )?(?:le |les |un )?murs?\b(?=.*\b(?:colere|rage|enervee?|poing|encore)\b)"
        r"|\b(?:colere|rage)\b(?=.*\b(?:frappe|cogne|defonce|casse)\w*)",
        "jai encore mis un coup de poing dans le mur",
    ),
    Rule(
        "distress.fr_medical_fear",
        CONCERN,
        DIS,
        r"\b(?:operation|operer|opere|chirurgie|biopsie|resultats|diagnostic|cancer|tumeur|"
        r"masse|irm|scanner|chimio|greffe|examens)\b",
        "jai une peur bleue de mon operation vendredi",
        requires=r"\b(?:peur|angoiss\w*|terrifi\w*|flipp\w*|me tue|panique|stress\w*|inquiet\w*)\b",
    ),
    Rule(
        "distress.fr_family",
        CONCERN,
        DIS,
        r"\bma faute (?:si |que )?(?:mes parents|ils|mes vieux|papa et maman)\b|\bmes parents "
        r"(?:divorcent|se separent|se disputent|sengueulent|se battent)\b|\b(?:crie|hurle|gueule)"
        r"\w* (?:dessus|sur moi)\b|\bpeur de rentrer (?:chez moi|a la maison)\b|\bca gueule "
        r"tout le temps\b",
        "cest ma faute si mes parents divorcent",
    ),
    Rule(
        "distress.fr_bullying",
        CONCERN,
        ABUSE,
        r"\b(?:minsultent|m insultent|minsulte|me harcelent|harcele\w*|se moquent de moi|"
        r"se foutent de moi|me traitent de|mont exclue?|mexcluent|postent (?:des \w+|des trucs) "
        r"sur moi|harcelement|me rackettent)\b",
        "au college ils minsultent tous les jours",
    ),
    Rule(
        "distress.fr_other_at_risk",
        CONCERN,
        SUI,
        r"\b(?:veut|voulait|va|parle de|pense a|menace de|a essaye de|a tente de)(?: \w+)? "
        r"(?:se suicider|se tuer|mourir|en finir|plus vivre|se foutre en l ?air|plus vouloir vivre"
        r"|ne plus vouloir vivre)\b",
        "ma pote dit quelle veut se suicider",
    ),
    Rule(
        "distress.fr_past",
        CONCERN,
        SUI,
        r"\b(?:voulu en finir|scarifiais|me coupais|tente de me suicider|voulu mourir|"
        r"voulu me tuer|ts|tentatives? de suicide)\b",
        "il y a dix ans jai voulu en finir",
    ),
    # ------------------------------------------------------------ added: blind-set gaps
    Rule(
        "suicide.fr_mind_made_up",
        CRISIS,
        SUI,
        r"\b(?:personne|rien) (?:ne )?(?:me )?(?:fera|va me faire|peut me faire|pourra me faire|me "
        r"fera|me fera pas) changer (?:d ?avis|d avis)\b",
        "personne me fera changer davis , je vais le faire",
        requires=r"\b(?:je vais le faire|je le fais|je le ferai|jai fini|fini avec|cest decide|"
        r"ma decision|cette fois|jen peux plus|nen peux plus|cest fini|adieu)\b",
    ),
    Rule(
        "suicide.fr_all_planned_do_it",
        CRISIS,
        SUI,
        r"\b(?:jai|j ai) tout (?:prevu|planifie|organise|prepare|calcule|regle)\b",
        "samedi quand ils dorment je le fais , jai tout prevu",
        requires=r"\bje (?:le fais|le ferai|vais le faire|passe a l ?acte|men vais pour de bon)\b",
    ),
    Rule(
        "suicide.fr_letters_left",
        CRISIS,
        SUI,
        r"\b(?:ecrit|laisse|termine|ecrit) (?:une |des |mes |les |deux |trois )?(?:lettres?|mots?) "
        r"(?:\w+ ){0,3}?(?:pour|a) (?:ma|mon|mes|maman|papa|chacun|la|le|les)\b",
        "jai ecrit une lettre pour ma soeur , elle la trouvera demain",
        requires=r"\b(?:trouver\w*|trouvera\w*|liront|lira|tiroir|dernier\w*|adieu|quand je "
        r"(?:serai|ne serai)|pardon|apres mon depart|sous mon oreiller)\b",
    ),
    Rule(
        "suicide.fr_pet_entrusted",
        CRISIS,
        SUI,
        r"\b(?:confie|donne|laisse|refile|trouve une famille pour) (?:\w+ ){0,2}?(?:chat|chien|chats|"
        r"chiens|lapin|hamster|animaux|perroquet|chaton|chiot)\b",
        "jai confie mon chat a la voisine , elle sen occupera mieux que moi apres",
        requires=r"\b(?:mieux que moi|apres(?= [,.]|$)|quand je (?:serai partie?|ne serai plus)|je "
        r"(?:ne )?serai plus la|pour toujours|definitivement|pour de bon|jen aurai plus besoin)\b",
    ),
    Rule(
        "harm_to_others.fr_stab_close",
        CRISIS,
        HARM,
        r"\bje (?:tue|bute|plante|poignarde|defonce|flingue|egorge|etrangle|creve|massacre|descends|"
        r"saigne|surine) " + _CLOSE,
        "ce soir je plante mon beau pere , je rigole pas",
        requires=_NO_LAUGH + r".*\b(?:" + _NOW + "|" + _WEAPON + r")\b",
    ),
)

# --------------------------------------------------------------------------------------------
# Round 3: classes missed by blind set 2 (docs/safety.md, "After tuning on blind set 2"),
# written as classes with their look-alikes in tests/safety/dev/round3.jsonl.
# --------------------------------------------------------------------------------------------

_NOT_GAME_FR = r"^(?!.*\b(?:jeu|carte|partie|niveau|quete|expose|devoir|mdr|ptdr|lol|xd|haha\w*)\b)"
_PILLS_FR = r"(?:cachets|medocs|medicaments|comprimes|pilules|gelules|somniferes|boites)"

RULES = (
    *RULES,
    Rule(
        "suicide.fr_r3_height_question",
        CRISIS,
        SUI,
        r"\b(?:a partir de |de )?(?:quel|quelle|combien d) ?(?:etage|etages|hauteur|metres)\b"
        r"(?: \S+){0,10}? (?:(?:ne )?(?:pas|plus) (?:survivre|survit)|mourir|mortel|mortelle|sur "
        r"de|sure de|suffit|suffisant)\b|\bpont le plus haut\b(?: \S+){0,8}? (?:survit pas|"
        r"survivre|mortel)\b|\b(?:le|un) \w+ etage (?:ca )?(?:suffit|suffirait|cest assez)\b",
        "a partir de quel etage on est sur de pas survivre",
        negatable=False,
        requires=_NOT_GAME_FR,
    ),
    Rule(
        "suicide.fr_r3_dose_never_wake",
        CRISIS,
        SUI,
        r"\b(?:combien|quelle dose)\b(?: \S+){0,10}? (?:(?:ne )?plus (?:se |me )?reveiller|"
        r"(?:ne )?pas (?:se |me )?reveiller|jamais (?:me |se )?reveiller)\b",
        "combien de doses dinsuline faut il pour ne plus se reveiller",
        negatable=False,
        requires=_NOT_GAME_FR,
    ),
    Rule(
        "suicide.fr_r3_no_turning_back",
        CRISIS,
        SUI,
        r"\bpas de retour en arriere\b|\bcest decide\b|\bcest ce soir(?= [,.]|$)|\bjen finis "
        r"pour de bon\b",
        "cest ce soir . pas de retour en arriere",
        negatable=False,
        requires=r"^(?!.*\b(?:jeu|partie|match|exam\w*|demenagement|voyage|regime|fete|resto|"
        r"film|concert|soiree|vacances)\b)(?=.*\b(?:retour en arriere|jen finis|en finir|pour de "
        r"bon|jen peux plus|adieu)\b)",
    ),
    Rule(
        "suicide.fr_r3_chosen",
        CRISIS,
        SUI,
        r"\bjai choisi , (?:le |la )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
        r"\d+)\b|\bje sais (?:exactement |deja )?comment je vais (?:le faire|faire)"
        r"(?= [,.]|$| et (?:quand|ou)\b)|\bjarriverai"
        r" (?:pas|jamais) (?:a|jusqu ?a) (?:mon )?(?:anniversaire|noel|\d+ ans)\b|\bla date est "
        r"(?:choisie|fixee)\b",
        "jai choisi , samedi , quand mes parents seront chez ma grand mere",
        negatable=False,
        requires=r"^(?!.*\b(?:jeu|partie|voyage|fete|mariage|rdv|rendez vous|vacances|resto)\b)",
    ),
    Rule(
        "suicide.fr_r3_after_me",
        CRISIS,
        SUI,
        r"\bquand je (?:ne )?serai (?:plus|pu) la\b|\bjen aurai (?:plus|pu) besoin\b|\bgarder mon "
        r"(?:chat|chien|lapin|oiseau) pour (?:toujours|de bon)\b|\bjai tout (?:range|regle|mis en "
        r"ordre)\b(?: \S+){0,8}? (?:lettre|factures|mots de passe|fille|fils|enfants|famille)\b",
        "jai donne ma switch a mon cousin , jen aurai plus besoin",
        negatable=False,
    ),
    Rule(
        "suicide.fr_r3_means_ready",
        CRISIS,
        SUI,
        r"\b(?:corde|ceinture)\b(?: \S+){0,3}? (?:attachee|accrochee|prete|nouee)\b|\b(?:jai |g "
        r")?(?:aligne|sorti|compte|comptes|comptees|alignes|sorties) (?:\w+ ){0,4}?"
        + _PILLS_FR
        + r"\b|\bje les ai (?:comptes|comptees|alignes|alignees) (?:deux|trois|plusieurs)\b|"
        r"\bje (?:garde|stocke|cache|mets de cote) mes " + _PILLS_FR + r"\b",
        "g sorti toutes mes boites de cachets sur le bureau , je les ai comptees deux fois",
        requires=_NOT_GAME_FR + r"(?!.*\b(?:escalade|bateau|tente|pharmacie|pilulier|semaine|"
        r"ordonnance)\b)",
    ),
    Rule(
        "suicide.fr_r3_place",
        CRISIS,
        SUI,
        r"\b(?:de l ?autre cote|du mauvais cote) de la (?:rambarde|barriere|balustrade|grille|"
        r"rampe)\b|\b(?:assis|assise|debout|allonge|allongee) sur (?:les rails|la voie|les voies|"
        r"le rebord|le parapet)\b|\bles jambes dans le vide\b|\bje tiens d ?une main\b",
        "je suis assis sur les rails derriere la gare et je veux pas rentrer",
        requires=_NOT_GAME_FR,
    ),
    Rule(
        "suicide.fr_r3_unsafe",
        CRISIS,
        SUI,
        r"\bjai peur de moi(?: meme)?\b|\bje (?:ne )?me fais (?:pas|plus) confiance\b|\bje (?:ne )?"
        r"peux pas (?:promettre|garantir) que (?:je serai|jserai|ca ira|je vais) (?:en securite|"
        r"bien|aller bien)\b|\bpeur de ce que je (?:pourrais|pourrai|vais|risque de) (?:me )?"
        r"faire\b|\bquelquun peut rester avec moi\b",
        "jai peur de moi meme ce soir , quelquun peut rester avec moi",
        negatable=False,
        requires=r"^(?!.*\b(?:colere|m?enerve\w*|rage|furieux|furieuse|donjon|jeu|exam\w*|gateau|"
        r"mdr|ptdr)\b)",
    ),
    Rule(
        "suicide.fr_r3_vehicle",
        CRISIS,
        SUI,
        r"\bje (?:ne )?(?:freine|freinerai) (?:pas|plus)\b|\blacher le volant\b|\bfoncer (?:dedans|"
        r"dans (?:un|le|ce|cet|la) (?:arbre|mur|platane|pilier|camion))\b|\b(?:calcule|je sais) a "
        r"quelle heure passe (?:le|la) (?:tgv|train|rer|ter|fret)\b",
        "la prochaine fois je freine pas dans le virage",
        requires=_NOT_GAME_FR + r"(?!.*\b(?:mario|kart|course|tour de piste|assez tot|trop tard|"
        r"manette|circuit)\b)(?=.*\b(?:virage|pont|viaduc|mur|arbre|platane|route|autoroute|"
        r"prochaine fois|je pense|envie|me mettre|chaque fois|tgv|train)\b)",
    ),
    Rule(
        "suicide.fr_r3_attempt_interrupted",
        CRISIS,
        SUI,
        r"\b(?:jai essaye|jai commence|jai tente)\b(?: \S+){0,8}? (?:est entre|est rentre|ma "
        r"arrete|ma trouve|ma trouvee|ma empeche|arrete au milieu|pas fini)\b",
        "jai essaye hier soir mais mon frere est entre et ma arrete",
        requires=_NOT_GAME_FR + r"(?!.*\b(?:porte|appeler|regime|code|manette|console|recette|"
        r"gateau)\b)",
    ),
    Rule(
        "suicide.fr_r3_wish_rejoin",
        CRISIS,
        SUI,
        r"\b(?:je veux|je voudrais|jaimerais|je veux juste|jveux) (?:juste |seulement )?"
        r"(?:la|le|les) rejoindre\b|\b(?:jaimerais|je voudrais|jveux|je veux) (?:ca )?(?:juste )?"
        r"(?:pu|plus|pus) exister\b|\bchu tanne de vivre\b",
        "depuis que ma mere est morte je veux juste la rejoindre",
        negatable=False,
        requires=r"\b(?:morte?|decede\w*|partie?|perdu|ciel|enterrement|exister|vivre)\b",
    ),
    Rule(
        "harm_to_others.fr_r3_threat",
        CRISIS,
        HARM,
        r"\bje (?:le|la) (?:fais saigner|plante|bute|descends|crame)\b|\b(?:jamene|jemmene|"
        r"japporte|je ramene) (?:le|la|un|une) (?:flingue|pistolet|couteau|arme|fusil)\b(?: \S+)"
        r"{0,4}? (?:au lycee|au college|a l ?ecole|au taf|au boulot|en cours)\b",
        "ce soir quand il rentre je le plante , jai deja le couteau",
        requires=r"^(?!.*\b(?:mdr|ptdr|lol|xd|fifa|jeu|partie|mario|kart)\b).*"
        + r"\b(?:rigole pas|serieux|demain|ce soir|quand il|quand elle|deja|couteau|"
        r"flingue|a la sortie|vont voir)\b",
    ),
    Rule(
        "medical.fr_r3_bleach",
        CRISIS,
        MED,
        r"\b(?:jai bu|a bu|jai avale|a avale|bu|avale)\b(?: \S+){0,3}? (?:javel|eau de javel|"
        r"produit menager|deboucheur|lessive|destop|mort aux rats|detergent|produit ménager)\b",
        "jai bu de la javel tout a lheure et ca me brule",
        requires=r"^(?!.*\b(?:sorciere|potion|jeu)\b)",
    ),
    Rule(
        "distress.fr_r3_concern_misc",
        CONCERN,
        DIS,
        r"\bdes semaines que je dors (?:plus|pas|mal|\d|to|deux|trois)\b|\bje vomis apres (?:chaque|"
        r"tous les) repas\b|\bje bois tous les soirs pour dormir\b|\ba un "
        r"(?:fusil|pistolet|revolver|flingue)(?: de chasse)? dans (?:l ?armoire|le tiroir|le placard|"
        r"sa chambre)\b|\bme fais operer\b(?: \S+){0,6}? peur\b",
        "ca fait des semaines que je dors 2 ou 3 heures , je vais bosser en zombie",
        negatable=False,
        fiction=False,
        requires=r"^(?!.*\b(?:taverne|potion|jeu|auberge|armurerie)\b)",
    ),
    Rule(
        "suicide.fr_r3_not_worry_long",
        CRISIS,
        SUI,
        r"\b(?:vous|tu) (?:naurez|aurez|auras|nauras) (?:bientot )?(?:plus|pu) a (?:vous|te) "
        r"(?:soucier|occuper|inquieter|preoccuper) de moi\b|\bje (?:ne )?serai (?:plus|pu) un "
        r"(?:probleme|poids|fardeau) (?:pour \w+ )?(?:tres |bien )?longtemps\b|\bjai (?:pris|"
        r"avale) (?:toute la|tout le|toutes les|tous les) (?:boite|plaquette|flacon|tube|cachets|"
        r"medocs|comprimes)\b",
        "vous aurez bientot plus a vous soucier de moi",
        negatable=False,
        requires=_NOT_GAME_FR + r"(?!.*\b(?:potion|fiole|bonbons|chocolats|cereales)\b)",
    ),
    Rule(
        "distress.fr_r3_anger_self",
        CONCERN,
        DIS,
        r"\b(?:tape|frappe|cogne|tapé) (?:encore )?dans (?:le|les) murs?\b|\bjai peur de moi\b",
        "jai encore tape dans le mur . quand je menerve jai peur de moi",
        negatable=False,
        requires=r"(?=.*\b(?:menerve\w*|enerve\w*|colere|rage|mur|murs|furieu\w*)\b)",
    ),
    Rule(
        "suicide.fr_r3_ready_do_not_look",
        CRISIS,
        SUI,
        r"\b(?:ne )?me cherchez pas\b(?=.*\b(?:pret|adieu|pardon|desole\w*|aime|mot|"
        r"lettre)\b)|\btout est pret pour ce soir\b|\bjai laisse mes affaires a "
        r"(?:\w+ ){1,3}?avec (?:un mot|une lettre)\b",
        "tout est pret pour ce soir , ne me cherchez pas",
        negatable=False,
        requires=r"^(?!.*\b(?:cache\w*|fete|soiree|jeu|partie|voyage|diner|mdr|ptdr|"
        r"anniversaire|surprise|valise)\b)",
    ),
)

BRIDGE: frozenset[str] = frozenset(
    [
        "suis",
        "sens",
        "veux",
        "voudrais",
        "vais",
        "vas",
        "aimerais",
        "jaimerais",
        "ai",
        "jai",
        "peux",
        "pourrais",
        "dois",
        "devrais",
        "crois",
        "pense",
        "juste",
        "vraiment",
        "encore",
        "toujours",
        "souvent",
        "parfois",
        "deja",
        "trop",
        "tellement",
        "ce",
        "soir",
        "cette",
        "nuit",
        "ne",
        "n",
        "en",
        "men",
        "sen",
        "ca",
        "fait",
        "envie",
        "besoin",
        "pour",
        "que",
        "lidee",
        "l",
        "d",
        "idee",
        "idees",
        "lenvie",
        "pensee",
        "pensees",
        "peur",
        "bon",
        "bref",
        "putain",
        "wsh",
        "franchement",
        "honnetement",
        "sincerement",
        "ouais",
        "bah",
        "decide",
        "decidee",
        "assis",
        "assise",
        "debout",
        "allonge",
        "allongee",
        "couche",
        "couchee",
        "perche",
        "perchee",
        "accroupi",
        "accroupie",
    ]
)
NEGATORS: frozenset[str] = frozenset(["pas", "jamais", "ne"])
CONJUNCTIONS: frozenset[str] = frozenset(["et", "mais", "ou", "donc", "car", "puis", "pis"])
FIRST_PERSON: frozenset[str] = frozenset(["je", "j", "moi", "jme", "jai", "jen"])
POSSESSIVE_FIRST: frozenset[str] = frozenset(["mon", "ma", "mes"])
TOKEN_MAP: dict[str, str] = {
    "jveux": "je veux",
    "jvoudrais": "je voudrais",
    "jvais": "je vais",
    "chui": "je suis",
    "chuis": "je suis",
    "jsuis": "je suis",
    "jsp": "je sais pas",
    "jsais": "je sais",
    "jpeux": "je peux",
    "jpense": "je pense",
    "jcrois": "je crois",
    "pk": "pourquoi",
    "tkt": "tinquiete",
    "jpp": "jen peux plus",
    "qqch": "quelque chose",
    "jme": "je me",
}
REAL_MARKERS = (
    r"je sais que cest (?:juste |qu )?un jeu|jecris ca a un jeu|pour de vrai|dans la vraie vie|en vrai de vrai|pas dans le jeu|pas le jeu|sans rire|"
    r"je suis serieux|je suis serieuse|je rigole pas|je plaisante pas|ce soir|cette nuit|"
    r"demain|a soir|maintenant|couteau|hache|cutter|flingue|fusil|pistolet|cachets|medocs"
)
FICTION_MARKERS = (
    r"capitaine|appareiller|perso|personnage|gobelins?|quete|donjon|fioles?|epee|chevalier|gardienne? du phare|"
    r"forgeron|alchimiste|sorciere?|monstres?|dans le jeu|le jeu|(?:ce|cet|le|du|un|dernier|prochai"
    r"n|premier) niveau(?! de)|fantome|charrette|"
    r"parchemin|enigme|grimoire|auberge|aubergiste|tresor|boss|lanterne"
)
