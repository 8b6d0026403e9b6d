"""Words segmentation knows, most common first: written by scripts/build_word_list.py."""

WORDS = """
the a i me la to and de my in it you ich on of je e im no is mi for le que el at en il with do nao
o se du non that so die up not das di hab jai da te ho this un its her she your y he out nicht tu
der es ive mir lo pas about now was be del says eu por con per all ta like pour dont as mich ce if
just back che pra und one going have ma what al are from esta know si can go here et but has been
na sono again ne every um va mon tonight ist suis todo when meu night tout after una ca down an ya
para his how nada want meine last minha off dans com les ill vou mia estoy myself ha into where bin
solo then time au them dass auf dem got him voce long would den mal say someone vez cant cest las
pip take mit maren mio still wenn moi hat noche by door serio will plus they heute keep hoje mais
ok uma tell tengo thats over sorry wont see soir est quando right look tutto get bastian mehr ja
page zu ilse am home oh rue whole antes grazie old there danke fait game nobody sur way mein verdad
aqui des safe think fur light things bien come hey everything gracias really seu we casa everyone
merci only something took avec mes mira noite room los never queria stop voy ti day hand could lol
piu said toda vor who youre before bridge tomorrow mas sul ton tudo village anything fa under week
nur alles book fog through two une vais real ask better came juno kill nacht pro sea veux good ter
than von anyone dormir feel open qui round had nessuno war cuando more tua cette como ele foi nadie
sie vale abend ciao done em honestly matar much personne pills bene does thanks work gut id once
own sei sem semana vida without end face okay dich doesnt ninguem pastillas wie pere did nothing
rope small three today around aus car enough find little os todos wieder alla isso jogo need next
tea waiting wall years yo culpa elle life made niente nn tutti very warm dia gone harbour juego
porta quelquun questo tablets too cat doing juntos parte rien thank wir davvero dire hurt keeper
nunca away comigo deine dis encore entrar faz first glass help left letters put skipper ci dir este
floor havent juste make manana mim new ponte porte sin verdade ate dit dog er hes inteira isnt key
man prima pueblo quand spiel tower tried agora ai arm being cold fine fire frere gioco hace head
looks novo peur temps told bibliotecario bom coming dal looking madre morning muito prends quiero
since tous tuo vai brother cartas cut faccio goes hands heart hoy lado mum scared sicher sister
stasera vom weiss alguien dark eh ein fratello hermano hier leben listen noch nuit oi sempre siento
sinto tanto top true well ago along apres bei dad days dos hora irmao jeu nach puedo schon some
stanotte tenho wake walk against beam daccord della garage sitting sleep tabletten while window
adesso alle amanha brass estar lighthouse lost mundo read sit sto torre water words alguem bad
because cada comes great lamp people shes whats which cara disse dorf friend ganze gato gets hast
jetzt mejor mis otra quieres sound thinking toi valeu wrong ancora books breath breathe dads demain
died morgen mucho puerta qualcuno quiet sicuro sua until vraiment wish actually already alright
clock conmigo depois ensemble ever keeps kids padre parece school tired ver were why ahora ainda
bem didnt flat friday lets many melhor posso sunday vila algo anymore besser bit detto fault gate
gesagt iron knife lei llevo peux roof salut their thing corda deja donne dopo edge fenn gave house
ins junto keine library mae meinen mere mind nich paese quero senti stairs stopped tuer vamos wait
wrote yet avant bed boats despues domani ehrlich ei faire feels found fue geh gehts hai hi high hor
insieme jamais lantern maestra map mean most notte or pastiglie penso pero sais slate sola takes
todas wanted wasnt weekend angst desde dice fatto fazer goodbye hour io knows meiner nonna
paracetamol side slow sometimes son tem tome turns uns vita voice willst wirklich abuela allein
asking capita dei desculpa desk even facile finish fois gonna green jen kettle kind leave macht
mapa moment nos pages pai quello questa quiser reading seit semaine till train tutte vado vem
voglio volte vrai wet zusammen allowed amiga box cachets climb contar cosa cosi else era familia
fuori gente hear hola hold maintenant male marens menos nem nichts notice nuovo oggi puente quarto
rush sleeping su table ultima volevo vorrei weeks woche aber alto always asleep barca bring bye
calma chat comprimidos ecoute ex hard let lights mai message miedo monde nie note ou prometo sa
scusa securite semanas settimana seule sounds storm together alone boss cuarto drink east falar
hallo late libro mavoir mesmo might mismo name nel ogni oma persona picked porto should stair sulla
sure swallowed tienes tomei torno tut vie volta white wind write angry barulho boat character colpa
date dead deve flores ici kommst lot morte mutter outside par parle path pen person preso sabe
salvo schuld sento sido stand ultimo zum across any asked besoin best bist boot bruder capitana
dele depuis ela fora give gives hein jeden lettere low mieux mort must nas obrigado paura place
play point regarde schau scorched sembra sent senza ser siempre somewhere stay story voulais acabo
answer aujourdhui bus consigo dando dias diesem ella empty envie eso essa esse etre ficar footnote
full hask jaimerais jaja leid lettres mums ora oye parents pressa river schwester sich six smells
sorella sta stove tempo theres vera vuelvo wollte ach acordar als atras behind bench beside blue
bottle bras chiave decide decided falta family fuer gegen gia hago half herz heut hit ilaria immer
irma jemand keiner letzte locked meus near part pasa passeur past pont pris ready saying slept
theyre ur used version viva went yourself adios barco beleza bell chest coltello comera decidi
drawer ending estas esto four ganzen gentil grey guardiana hell hot ils inside kitchen medo meglio
perdon phone portao promise quest revoir sagen sans saturday segura smell tag tchau th these
todavia tranquila turn velho veut vezes vicino watching alten ay bastien black bon briefe carta
chair chez close coracao couteau cripta deciso due echt ecrit eyes faca facil far fila ganz haha
holding jump juro kann katze less letter librarian messer miss month morto nearly nella odio paper
passe pense pienso piso reads scritto serve seul stato steps tiene tor tula vater weg wing worn
wouldnt youve zio acho ada alive anos big bleeding cattiva chambre comment cote decidido deteste
deux dispiace ehi emil estou evening everyones exactly feet finally funeral ganas gar gatto
genommen geschrieben herself holds incendio joana lately lene loud mache meinem niemand ontem park
pelo pina pizza properly puzzle remedio rentre set sits slowly standing started step subir tassure
thought tiao tranquilla trying tunnels underneath veces vo wants wife word assustou bestimmt
bibliothekar brazo bruit capitulo chapter combien corte cuchillo demande devessere donde dran duele
easy einfach ember farol fingers forty gritado guardia hacer handle hasta headland husband jours
kkk lanterne leva liegt makes mensagem middle monday nein nice party plein quer reveiller sale salt
sbagliano seguro sein sera shift sinceramente sirvo start talk towards try twice unica yanis achar
agua anyway asi avermelo bathroom bis blutet break buch carry chao cherche cliff corde cortei creo
dalla deinem dernier desole esperando essere fais fenns fica front fuera gebrochen gerausch getting
giorno hate hay hede hello hermana hurts irene killing lanterna legal livre llave mach mandou meme
ni notes ojala pardon playing poco remedios rosemary ruido run sagt scelto straight swear tava
tentei tied trop ultimamente use viel vieni ware yesterday ab abajo assim avo bag bas beau
bibliothecaire breathing broken brucke brunnen cancello captain cellar choisi coisa comme contarme
contigo corazon couldnt coupe cup custode damit death diese digo dinner domingo dormi each eile
eine einen either fehler frau frieda geschickt gli gold happens heure insulin intente jannik lair
laterne lever lie lined mano matteo mdr mirando momento mullers obrigada olha paloma parfois perro
qual quanto riesco road rumore running runter same sat schlussel seite selbst semaines sens serait
service skippers soup stab stepdad tail taking teclado tod tomar tonino toujours trovo tuesday
turning tutta umbringen vero viele viene vieux voglia voir volto vuole walked wochen woman written
ash ausgesucht autour berti birthday bonjour both brann brothers buscamos camera capitaine card
care cave ces chalk chiesto clean col cortar crying debio deje dentro desolee dove earlier echten
entschieden escada escolhi faute ferryman fin finde gardienne getan gigi giro giu grand gun haut
having helps hj homem komm lies livro longer lui machucar mann mateo monte muro necesito needs
neighbour nights ohne onkel padrastro paraffin perche perco perto plan pres quay quoi radio red
rest richtig sad sai sand sick signora single soin soirs sollen sopa sorted sotto stone suchen
svegliarmi worth youd zimmer acabar anche anni ans auch barquero blanket bosque braccio braco
bringt cachorro cafe cancelled cane cena chaque check chegar chiuso christmas cida corridor crois
cuerda dario deep denk derniere drive dun elegi envoye eres fahrmann fall fare faro father festa
few fish freundin gefallt gently geschlafen gestern grandad grown hors hospital hours ia ihn kart
laube lho lit loft machen madame mario mended mensaje mesa messaggio miei moleiro mouth murio nacho
neben needed oder olhada ones opens order our padrasto partido pass pay perdo platform pouvais
precisar prisa procurar promets qualcosa quella quelle quil range rn roux runs sabado salle
sangrando sangrar schlaftabletten schluss seil sigo size soft somniferes sonnenaufgang sort
stiefvater tempestade ten thinks tin titouan tock tornata town trust unora verspreche voit vontade
vous vraie whistle wird wo wren year zuruckbringe ahah alguna aun avale badly beim blood boite
bruno caldo cheers chiara chien chusa coisas continuo contre cool cosas dato dicho different dona
dunes einer encuentre enfadado entre exam farmi fast faut finished finita fiz forest gegeben
gestorben hafen hook ibuprofen ieri ines ir itself ivo job laughs leaves ledge legs lens lha line
lurdes mamie manda match mending monton morreu noches oir perso peso piano please port porter
precisa presses probably quiere rafa rapporter ravens readers remember respira reste return revenue
saigne scatola sehr sentire settimane shed siehst sind sol stands steh stunde switch talked tambem
themselves threw throw tide tiny tomo tormenta tumulo tuya unfinished urge venu versucht voisine
voltar vuoi wohnung abilio acabe accanto acontece afundar amica ano another armario arrabbiato
avait bought brauch burned caique caja carro catalogue cerchiamo chave cidade cle closed conhecem
creepy cuervos cuore curiosite dano darf dein deixei descendre devolvo disso dois doors dormito
drank driving ears echas edges escalera etait everywhere famiglia famille fertig fico finis gardien
geht gentile gerade gewachshaus grass habe halfway heavy helped hund idea instead insulina kannst
keller lass level lheure llevamos loads love lucia lunch making mandato mappa matin migliore morrer
mourir move muero nachbarin nachricht nascer needing nehmen nest neugier nix noir noise odeia odeio
onde packung pagina parola parole patrigno pela pensando perdona personagem personaggio personaje
pierdo pocket post potevi pourquoi puerto pulled retrouverai ring ruim saluda sangra sanguina seems
shut sitz smoke somebody soon sozinha sozinho spring stimmt stones sturm tagliato talking tomas
total toute trusting tschuss tumba vejo versprochen vicina viejo viens voltou warum worked writes
abbia accoltello addormentarmi agradeco amanecer amie arrive aspetto asusto aterra aux baby bain
barque basta bebo bedroom between beyond bleib brauchte building bureau caixa camion choses cloth
comprei conocen corner count credo creeps crie cruel crypt curious dann davoir dela desapareciera
despedida don drinking ear eat einem embaixo entera entschuldige erzahlt escrevi escribi faintly
familie fen film foot freitag fundos gekommen gemacht geplatzt geschluckt gesunken guarda guter gym
hacerme hacia handwriting hattest heading hiding hits hollow homme hotel hundiera hut ink jour
jumped kapitanin kept kinder klingt lai lavoro leicht lescalier lugar maire maitresse manca mandado
matthis maybe meds melhorar mendormir minhas morire morta mostrar musst nesse nesses nota odie
other pale papa parlarmi passed passiert pessoa pipe pleure pot potion pozzo preciso problem
prometto pronto puedes puits purpose puts question quick quite ramiro sank sauer seguir shaking
shouted showing singed sobre sonniferi sparissi stood stops suicider suicidio taken tape tbh
telling terrifies those tiempo torna tour tren tres trovero tuneis tur unten useless versione
wardrobe weniger whos winter zeit zuppa abuelo air allem ando anoche anselme arms bagno bano
barging bath beste blade bled boots boulot broth burning cabeca campanario cantina carte cenar
cerrada chapitre clockwork contra corbeaux cortes cose cuida cunicoli dar dellalba descer detre
devuelvo doctor doy dunkeln dying eating ensenarme escola ese essaye estaria faco fair fence figur
finito fiori floresta flowers fosse franchement frappe function gefragt gesicht given glue goblin
grad grave greenhouse gritara gruft gruselig hair hammer hang happened harder hasse heat hecho
heimkommt held hochhalten hope horen hurry indietro ingoiato jaw jeder jo joking junos jure kapitel
kessler laisse lamps lange later laughing leans lives luces lultima lunica machst maison mama
manchmal martes mato mauvais medicine meilleure mejorar mend mettre millers mois molinero montre
motorway mt mug muss nah nen nessa niemandem nonno odile oscuridad palavra paro passwords pause
pega pencil perdi pick playlist podia portiamo prendo provato qnd quelque questi quietly quisiera
quitarme regale respirar rio riporto roar romperle rook schlafen schule sehen sela sentada serai
sere serra serviva shakes shelf shoulder smaller sn soeur sou square stata steady street strong
subamos sumisse suppe tall tete though thursday ticks times toit tomba touch tracks traghettatore
trancado truc turm uber unheimlich vecina vemos vendredi venire vermisst vienes vodka volvamos
walls warmes watch wehtut west windows works world writing wurde zug zwei zweit above accompagni
agradezco alignes allen amable amigo ammazza andar apunalar arrete banging banheiro barqueiro bat
beaucoup belt bindery bosco brand bravuomo brividi bruders cabeza cabinet calm camp capitolo carved
changes chaud chose closes coat connaissent contamos corta cry cuanto danach daughter deal deines
dejo derecho dienstag dirait direito diritto disparaissais dormido dormire dramatic drop durch
ehrenwort einzige elbow enormous entendre entiere equivocarte erra erstmal erzahle escuro esfaquear
essen faccia fache falou fermee fez final frightened garden girl giuro gorse guardare guardian
guardiano guardo haber happy hasnt hin holiday hose ihre inked insta intera jar javais jefe
jemandem jetais kkkk komme konntest lieb liegen llorando lmao looked lose maelle manha manuscript
mardi martedi mata matando menschen mese migliorera mistakes moins mountain moving muerte naime
neighbours niemanden normal nose nul opa overdose packet pagar painted pais parks peppermints perds
peu piace pinned pips plaque po poignarder porque preguntado prendre proposito pros punched quantos
raccontato results reussis reviens rues sabes safety saluta sarranger sbagliare schlechten scuola
sexta shelves shoulders sia smooth solene soy spaventato stadt starebbe station stays stesso
sunrise sweet tao teacher tellement tells tempete testa tetto texted theyll thick thoughts tirar
toca togliermi tombe tot tourne trabalho trains trem triste trompe tuneles van viernes view viga
vine vizinho volante wachterin wald weed wine worry worse wunschte yellow youll acerta alcalde
almost amigos anger answering anywhere aporreando arbeit assez attempt aufwachen avermi azotea
believe below bevuto bigger bike biscuits bleach bonne bora brauche bravo bread bright bringing
brown burgermeister burn caliente cama cargar chapel chorando cima clavier clocher conta contro
corvi corvos cough coule couper cross crypte cual cuantas cuidate cura curiosidad curtains curva
cutting damper decir dellincendio despedir despedirme despertar despertara dirai diro dirti
disappear dizendo dogs doi dou dragon drang echa einschlafen encontrare enfileirados enigma entree
entro escondida esmurrando espero estufa faking feeling fight fill fit flatmate fleurs foret freno
fuhle geredet geschnitten geweint gezeigt gibt giorni glaube gleich group hablado hanno hasst heard
hice hoch ihr ilses insurance irgendwas jarrive joue kennen keyboard knees lasciato lavoir leaving
lenvie lettre levantar losing lovely lumieres maccompagnes main marido marks medico meunier mine
minutes mirela montons mostly moves mur muy nai narrive narrow nell ngm nods north oak onto ouvir
pa palabra pared parlato paso passei patient pensar peppermint perguntei pianto pistola poder
poison pozo predio prendendo propria pugni quase quel raconte rails rain raiva rather rato ropes
sabato salutare scratched serre shall ship shop shotgun show sign sino smiles soit sont spare
spiele spine stammi steche stock suficiente tampoco tarde tastatur tastiera teeth telhado tempesta
tension terca terrified thin tie tragen treno trouve tue turno uccidere uccidersi ueber uno
unocchiata urlato vecchio verabschieden verja video voces volvieron vuelva wanna warte wegen weight
werd whoever woke wrist young yours zuruckgekommen aca accident actual ad addio affondata ahead
alte altro ammazzo anyones ao aquella arrepio aufgereiht aufgeschnitten ausserhalb aussi awake
ayuda balcon bate belongs berg biopsia borde braccia brazos breathes brief briser bu buen burnt
casi catch certain cetait change charcoal coast collegarmi colour confio connecter conoscono
contaste counter cozinha cupboard curiosita curro dach daran darfst data denke devant devi dimanche
doliprane domenica dormiu drawn drove durmiera eaten echtes einloggen endlich engine enquanto
entrata escribio escribo espada etage examen exams fala faroleiro fell felt fiesta fini fino
fisherman fix follow forever friends fuhl fun games gap garaje garde genug gern getrunken ginge
glasses gosto grab grita guardiao gusta haces hammert hanging hates hatte hiciste hintertreppe
historia hundred incapace intendo jantar jattends jede jedes kam karte keepers keeping knock kopf
kriege lacte lampiao lanterns lap learn lettera letzter lift literally living logged lunes luzes
macchina mantle mao mattina mayor meio meno mesma mochila months morphine muchas naquela naurai
needle nehm ner nochmal nurse odi oft oops opened paid pain panelling parar parla passa passo
password paw petit phare posto potions poule pressure prochaine pronta prossima proxima pudiste
pular puoi quede quem quente railing razor reach regalato reservoir responde sacco sair saliamo
samedi samstag saro saute save saw schreib second seria settles seulement shape short sisters sitio
sleepy soaked solicitor soupe spesso steht store strange study stuff subo suicidar sumir sweeps
tables tagli tar telefono terrorizza tes tight tipo tomando torniamo touche trau trave trink trip
troll typing umkehren umzubringen unfahig us vacances vediamo venerdi venuto vi viaduto vieja
voices vomito waer wasser weather wedding wehzutun weird weiter whatever worried yes zimmertur
zuruck zuruckkam abbi abrir abro adieu afternoon aller amico andare aniversario apart apavora
apposta armchair ayer bandido bateau bebe bebi beneath bett blades bleed bodega bord bottiglia
brake brule buio burns buscar cajon cake call campanile carregar carrying case cassetto cats causa
cause chefe chega children circle cliffs climbing coche coeur coffee coins confiance continue
contract cortando cottage counting cousin crab curiosidade dauernd despierto deu diabetica diciamo
diner dizzy dor dors driftwood drinks drops easier eltern ends equivoca errar erzahlen esperar
estaba estan except exist eye fahr faint falls fanfic fecha fed femme fim finalmente finds finir
fiquei flasche flashbacks flask fly following frag freund frowns funny garrafa gas gears gegessen
gehen genre genuinely geritzt giovedi grate grille gritando gruss guarantee gute guy headache hed
heim highest hoping horrible husbands ice intentando itd jajaja jaurai journee keys kid klinge
knocked knot labelled lautoroute letto lf li lid lifts lighter linstant lips load log lorry luci
mala mange manque mar mare mate meses mess mie minute mision misma missao monat money montagna
morfina mostrato muchisimo mujer muoio mys named neck ngl nimmt nine numb office otro palm panic
parede parler partir pasado pegar perder pescador piernas places plain polished portare pouco
precisando prefeito prendere pressed presto primo problema prova push quante quedo queme raben rage
raises rapido ratsel re reader relieved resto rings rir risa sabia sala salto sanitaria sarrete
saving scrivania scrivo seen send sentir serious shallow shaped shouldnt sideways sigue sindaco
skin sleeve slides smiling soltar sonne sonntag sortie sparire staring starting starts stavolta
sterben stessa stomach stress stuck succede sugar suicide sunset survive swings tanta termino
terrifie test thread thumb thumps tio tire toma tonights touches trabajo u unico updated vao ven
ventana veo vide vim vivre voiture voll vorhin walking watches weisst wheel wide wire wood wooden
wound zuhause abbastanza absichtlich acantilado acertijo acidente acompanas acordo afuera ages
ajuda alzare amigas anden anniversary annoying answers arent aufwache bandit bank bar bastians bati
bereit bevo biscuit bisschen bitte blames blank blind blumen board bois bored botella bouteille
brave bricks bringen broad bruecke bush buy bypass cachee calorie candle cansada carefully cars
cartela ceiling characters checked checking chiusa chocolate chu cinto city citys clifftop club
cobbles cocina coil coiled coin collie comer company comprar compte contas continua conto control
cools corin cortarme counted courant crash crossing cuchilla cuento cuisine cumple curled dadieu
dai damp delle demais denn desaparecer desse dico dijo dormo dose drei drowned drunk durmo dust
edificio ende ero escrevo escritorio euch existir falaise falando farero fatigue fechada fest fete
ficaria fido fifa figures filho finger fio fishing five float fondo food forget frame gangen
garagem garantir garder gare gaveta geburtstag gefunden geplant geschlagen ginger gira grandma
ground grupo guard haben habs hall halt hidden hijos hill hitting hombre honest honesty horas
ibuprofenos inn invernadero irl janela jarrete jentends jogar jumper jusqua kaum killed kinda
knocker kommt ladder lago lame lametta large leau leer leg lehrerin levo lincendie lines lista
listening lkw ll llego loose lucky lycee lying magst mamma march marito matarme meant medicaments
medocs meeting messo meurs milk miro missione molto montagne morir morrendo motor moved mugnaio
multi murder nachsten names nans neither nephew nervous net nightmares nimm nod nodding nome none
nono noose notch nous num oben oil olhando olho onibus online oq owe paint pair palazzo panico
papel parce pars passes pecheur penhasco perhaps picking pier pillow pipes piscina plane planned
plataforma poor pote pots poutre premiere prende prendrai preparado press pressao primeira primera
pu pub pueda pulei pushes quai quarry queimei quete quien rail ran razors rd respire retard ribbon
riddle ridere rifle ringing ritzen rubbed ruin saber sachen sag sang saved scala schreibtisch
scorch screaming seconds seem segue self sente sertraline servizio servono sharp shell sighs simple
sink sitze skip slaps slower smelling soga soll someones spectacles spero spoon stacked stacks
stamattina stech sterbe storey stoves stranger such sui suit summer super surprised sveglia swallow
tablet tagliata talks taller tan taped tartan tavern tavolo teach team tentar terminar terrace text
throat thrown tidied tiroir toutes tra tree tune turned useful usual vedere verbrannt verlaufe
verre viajar viejos vive vivo vizinha voltei volver volvi wach waerter waits walks warmth washing
windowsill wishes wochenende working worst wozu wuerd zur abita able accidente achei acqua address
adega aguento ahorcarme aiuto almohada alta amici ammazzarmi among antidepressants appena apple
arma arriba assise atada atrasado attacks aufhoren aufm aufs aufzuwachen aurai author auto autobahn
avra azul bajar balcony bald balkon banco barely barrier beach beads beat bebado bebeu beehive
beirada bello belong bend bevor bientot binari binding biopsie bizarre bleue boa booked bordo
bottom bound bowl boyfriend bracket brb brick briquet broke buonanotte burden buttarmi calcule
calor caloria caminhao camping candeggina careful cart catches caves celular cerca chef childs
clothes co codamol coffre collecting comida complaining compleanno comprimes considers contrasenas
controller controlo cooled cope corridors cosy course cropped crouch crushing cuantos cuello cui
cuts dabei dauert davanti dear dent derriere deserve despedi despertarme despierta dessa dessus
detras devagar diabetic dicen diesel dieses dietro directly disparaitre dividas dolor doorway
double drawers drawing drip droit dropped duas earth elbows emprego encontre engines enigme
envelope errado erste espera essaie essayer estao estarian everythings facendo fai failed failli
faim ferme figlia figlio filhos finche finishes fischer fiume fixing flame flick floors flower
fluss folded fond forgotten forno fossi free freezing fresh fridge fuers fui fundo furs fusil
gallery gateau gauge gekundigt ghost ghosts glad glaub gleisen glow goal gotta grabbed grandkids
grandson guardando gulls habite haciendo hangs harsh hearing heater height helpline hide himself
hung hurting ihm immeuble irme itll jahr jahren jambes javel jecris jemanden joke jumps june
juntando juntei jusquau jy kein kittiwake knifes knowing komisch krieg kumpel kurve lac laccident
lache lachen lad lagged lake lamina lampe larmoire lays leads leaning least lee legata leggy lejia
leuchtturm liked lindo linterna list livros llega logo longtemps lump luz mad mail marked marram
marrow massois mates maths meal medication mental mesi meterme metro metto midnight mil min mirror
missing moglie montanha moon mora morendo morgens morri mother muerto nachste nachts nascosta
navaja nehme nobodys nuevo nulle numa numero obviously oilskin oncle operation ormai oven overhead
padres pane panting pao parapeito parei passado payer peace pedi pego pena pendant pensare perdu
pesadillas pescatore pieces pile pill plate pleased plum pocion pockets pode poi pone pounding
pourrais pq practised pray pregunto prend prendi pret pretends prevention prevu prints prisms
professora pull punto quedate racing radios rate reason redet regalo rein remembering rent rentrer
repas reveillee rim rire ritardo riviere ropa rough roupa row ruhe ruhig saigner sailor salida
salio salta saltar saluto sanguinare sao scale scarf scene schifo schlecht schrank schulden
schwindlig scorso screws search seduta sees segunda senhas sensible sentido september ses sets
sheep shrugs siedo signed silver sky slightly slows smoking sniffs socket soiree sold sons sous
spezzato spines spot springen squat stanca starebbero stehe sterb strip suelo suicidal suicidarme
surgery surprise survived susto sword taf tagen tagliarmi tambien tante tarda tas tasche teapot
teatime techo tendo tener terrasse terre terrible testamento therapy theyd thigh throws tick
tideline tirato tisch tocca towels trampo tranquillo tranquilo traurig tre trilhos tromper trovato
trucs type uberhaupt ubriaco ugh uhr unfall urlaub usar usually vacaciones valgo vanish varanda
vault vecchia vedo vela velha veneno venir verloren viaduc vias vino vista vivere vivir volant
volviendo vomitando vomitar vorbei wachter wann wart ways weil whispers whitewashed witz wohnt
xanax yard zahlen zettel abbiamo abendessen abri acaba acabou achete acucar added adorable age
agree ahi ahnung ahogo ajar alguma alquiler altura amarrada amarro amor anfangen anniversaire
anschauen answered antena antibiotics antidepressiva arde argue arme article asco aside aspetta
atme attachee audio aufgewacht aurez autopista autostrada avaler aver awful backwards bacon bahnhof
balcone balken barometer barrel bastante bateu batte beer beerdigung beeswax began begins beine
beira besoffen bet biblioteca bici bier biglietto bilhete binario bind biopsy bisogno bleeds
blister blu boden boh boil boiler boilers bolted bone bookbinder born borracho borroso bote bother
bourre bow boy braced bracos brain braucht breakfast broma brucia bruciata buco buenas bueno built
buraco cai caida calmer cambia campana candles cannot cansaco cansado cansancio cap capitan
capitano cards casing cauchemars cedo ceinture cellos cercando certo cerveja cerveza chaos charge
charity chegou chercher chi chiedi chips chitarra chiudo choco chosen church cigarettes cigarro
clearly climbed climbs closer coal coconut code cole collapsed comfort comi comido commence
comprarme compre compresse comptes confusa conseguir constant constantly contei continente
conversation corners corto coucher coughs counts coup coupee cours cousine cousins covered crashed
crazy creve cried crowd crowds cucina cuentas cuesta cuidar cups dale dan darkness datum davor dawn
deau debajo decimo decision dedans deeper deleted desayuno desisto despacio despeco devo diario
diazepam diesmal dificil direction dishwasher distance distruggo disturbed divorce diz doei dome
dormirem dosette doucement douvrir dovrete downstairs drama dread drum dry duerman dune dunn dura
dusty early echo ed eles eleven email embora emergencies encendido encima enfants enfermee enfin
enforcar engoli entero entrare ernst erschreckt escopeta escreve escribe escrito esistere
espingarda esposa estiver estranho estuviera eve evenings examine existing falo fame farla farmaci
farmacia fatal favor fazendo fds feliz fenetre fenster ferry festgemacht ficando file filha filled
finire finishing fireplace fireworks fists fittings flats flingue fluttering flutters fogo folgt
folle fome foncer forgot forma forte forties fortissimo foto foyer freeze freine frente frowning
froze fucile further galera garantire garantizar garrote geb gebucht gehe gelander gelegt genau
geschrien gesprungen ght gib giornata giving glas gleam gloves glows god golf goodnight googling
griffe grotta guards guest guitarra gull gutter habla hablar hablo hacen handles handy harm haus
haya health heartbeat heures hija hijo hisses hochzeit hoert horno hueco huge humming hums ichs ida
ideia impazzire insti inteiro intento internado inventory jamene janta jaurais jeudi jobs joguei
jokes jsais jueves jugar justo kaffee ke keinen kick kicked kills klamotten klippe knitted knocking
known knuckles kurz label laccendino lacher lads laid lampada land landing landlord landward
langsam laptop lauft laugh lead leaf leather lebt lecture lego leio lendroit length lest lethal
letting letzten letztes leute levar libri libros lieber lieg lifes ligado limpia linen lip litigano
livres llegue lls loaded loans lobster loca lock logbook logica lonely louder lundi malas malisimo
mando manger mangiato mangio margin mariage market marre marriage martillo mataria matches
matrimonio matters merken mets mettermi migraine mill minds missed mistake montana morirme mornings
morresse mortel mot motions moto mots movil mudar muede mugs multistorey muore music musste
nachtschicht nail namorado neat necesitar nemmeno nenhum nerviosa nervosa netflix nets nett niveau
nord norte notre novio nowhere nuevos nuits numbers nuovi offer often oigo op opening operacion ops
ort others ouco painless pan papier parapet parkhaus parlo partida pasada passada passagem
passworter pasti patch patients payday paz pecho pedestal pedir pegou peito pelos pensado pensei
pensione peoples permanently pernas pesadelo peut piango piece piedi plainly planeado planning
plant plantao plante planted pocao pociones pointing points pongo pool porao porfa porthlan poste
posted posts potes potrei pourrait pours pozione praia preocupado prepare presa present pressione
primavera primero prochain profond promis propped prossimo provarci provo psicologa pula pulls
pulso punta puo pushed putzmittel puzzled qualche qualquer qualsiasi quantas quanti queda questions
quinta quit quitte rabia rags railway rand rast raus rebord regarder regret reicht relapsed relief
reparto repond reserve respirer ressens resultado resultados retour reveille ride rigole risponde
risultati roaring roars rolls roses roundabout route rubbish rubs rustle sac saida saints sait
salir salva sandwich sandwiches sara sassi sauter scares scherzo schlaf schnitte schreibe schulter
scogliera scorsa scraper screamed sec secoue seeing seguranca sense sentado serieux seriously
seront session sest settled setz shaded shadow shake shells shifts shout shouting shower shows
siente sigh signore signs simply sixteen skipped slip smashing snorts soco sofa softly sohn somehow
sonno sonst sotano sounded spain spalla speak spent spills spinning spit split spray sprig squats
standig stare stazione steigen stopping storia stp strano stressful stubborn stunden suena suffit
suona surf sus sveglio tac tachipirina taglia taglio tallest teacups tel temper tenir tente tento
terra testament texts theyve thicker thinned thirty ticking tief tiens tighter tiktok tinha tirarme
tiver toco toddler todmude toilets tone tonta toothache torn tornare torta touched tourists trague
trainer traitement trank traverse travesseiro travo tremendo tremo treppe tristeza trois trouble
trough tschuess turf tuve twelve twenty twist uberlebt uccide uccidendo understand unfair unhurried
uni unkind unserem unter ups upstairs using vanished vanno vayan vecchi vecchie vede vellum
verschenkt verschwinden versteck versuch vestiti viadotto viaduct viaggio viaje vieille vieilles
viejas villaggio virage visto viver vois volunteer volviera vomitare vozes vue waking wand wanting
ward warter watched wecken weekly weh weighs werde whenever whimper wifes wild winding winds
wobblier wohl woods wool wutend xbox zieh zitter zombie abends abria abroad abschiedsnachricht
acabei accendo accesa acceso accorgerebbe account accounts accrochee acontecer acordada acordado
acuerdo adds adentro adeus adresse affairs afogou afraid afternoons agarra agarro agosto aguantar
aguantarme aguante aguanto aguenta aide airsoft ait aiutato ajudar ajudei alarm alavanca albtraume
alcohol alcool ale alegria alergia algum algun alignees alivio allenatore allergies alli allotment
allume alrededor aluguel alza amadou ami amitriptilina amitriptyline amount ampolas ampollas
anciana andata anderes andiamo anestesiado anfuehlt angekommen animal ankles anniv anno annoio
anotadas ansia ansiedad ansiedade anterior antibiotico antidepresivos antidepressivi antidepressivo
antifreeze antu antwortet anxiety aos apaga apaguei apartamento apothecary apparently appointment
apunalo aquele arbol armen armful armoury arranhei arreglamos arriere arrivata articulo ascolta
assis ataco atardecer atmet ato atravesso attack attempted attends attraverso aucune aufgekratzt
aufgeschrieben aufpassen august aula aura ausgerechnet aussicht autoestrada autovia autre autumn
avanti aviao avion avis avoir aw ayude azucar bagagliaio bags bahn bahnsteig baixo bajo banho
banquete baranda barba barbecue barraca bars base basket bater baths bato battered bau baule baum
beaded bebio become bedside begin beginning bel bells beneficenza beschlossen besten bf biere
bindings binged birra bisher bissl bites blacksmith blankets blaue blauen blinks blistered blocco
block bloque blurry bluthochdruck bob boca boda bolo bonito booms boring botas bothered boticario
bougie bougies bouscule boxes braids brakes bremse brennt bridges brigam brincando brincar brot
brought browned bruciato bruckenpfeiler bruises brulee brust bubbles bucket buena buero bullied
bunch buried busco business busy butt buttata butto cabelo caccia cade caduta caffe cages caiga
cair caixas caixinha calci calcolato calculei calendario callado called calls calmantes calms
calories cambiato cambio camino cancele cancellato canciones candela canse caos capitao capo carbon
cardigan cares carga cargada caritas carregada carreta carried cartwheels carvao caso cast castigo
castle catching caught caverna cemetery central centuries century cercare cerco cerrado certeza cet
ch cha chalked changed charts chasse cheap cheeks cheerful chefao chego cheguei chemist chemo
chestnuts chiavi chickens chiedo chimney chimneys chin chopping choque choro churrasco cibo
cicatrices ciclo cinco cinema cintura cinturon cinza cirurgia cities ciudad clams claro clase
classe clava cleaned cleaner clears clenched cles cloak clonazepam coach coats codeine cofre coge
coger colazione colectivo colega colere collapses collection college collo colpito comecei comeu
committee comodino companera completely comprado comprato comprendre concentrate confuse confused
constellations consumir contate contato conte content contesta controle converted convulsionando
cook cooking copain cord cork cornisa corredor correo corridoio corro cortaba cortava coscia cou
couloir couple coupure coupures court courtyard couvertes coxa coxas crack cracked creaking creaks
credit criant crosses crossword crowbar crush cualquier cuenta cugino cuidem cuido cuisse curved
cuscino dachterrasse dafur dahin daide dallaltra dame dangerous dantidepresseurs daqui daring
darkened daughters davanzale davon deadline debaixo debt deces decides deciding decirlo deck
defoncer degoute deiner deixo dej dejeuner delayed delivery dellarmadio demander demenage dente
dented dentist depart depression derangerai desangrarse descansar despedindo despidiendose despido
despierte destroy details deudas deus devenir devolver diabetikerin diabetique diagnosis
dibuprofene dices dicono dieeeee dieser diet dije dinge dinsuline dio disappears disappointed
disapproval disastro disc discurso disdetto disgusting disparado disputent dissanguati dito dive
doch doigt donjon donnerstag dormiria dormirme doses doubled downed drache dragao drago drain
draught dream dress dresser dried drifts drips driver drown drueber duel duermo dug dunklen dunno
duque dur durante during duro eases easily echar economise ecris editor egal eifach eigentlich
eight eighteen eingeschlossen embarrassed embers empece emptied empuja encanta encendedor encerrada
encuentro ended engraved enregistre ensure entraineur entrega entrenador envenenado envoyer epoca
equipo equivocas ergebnisse erst ertrunken esa esattamente escaleras escrevendo escrivaninha
escucha escucho escudo escura escuta escuto espectro esquelas ess estacao estado estivesse estomago
estorbo estranha estuve etagen ete eterno eviction exactamente exactement exames examino excited
exhaust exister expecting expects explain explorar explore expres exs extra eyebrows facciamo faces
facon facons faded fahren fahrrad fahrt fail failing failure falei fallen falschen fantasma
farewell farm fasst fechei feito fensterbrett feriado ferias ferma fermata fermati feu feuerzeug
fiale fighting figli figuren fijate fille fills filme fils findet finding fingerless finisce
fishermans fitting fixed fizeram flashback flatmates flicker flicks fliehen flinch flinches floats
floorboards flou fofo folds foolish football force foreman forgetting formas forzando fountain fr
fraction freinerai frenar freu freunden fridays frightens froh frozen fruher fruit fuego fuehl fuit
fumo funcionar funerale fuoco furioso furious furred gallows gambe gancho gancio gang gapes
garantieren gardener garganta garten gata gebracht gedanke gehalt geholfen gekauft genou gens
gentle geschenkt geschichte geschlossenen gespart gewartet gezahlt gibts ging ginocchio giocare
gitarre glances glatteis gleis globes glockenturm glowing goat gobelin gocce gol golpea goodbyes
google gosses gp grade graffiata grandchildren grande grandpa grateful gravei grenier grief
grinning grins grip gris grito gritty grotte grows gruppo guessed gueule guitar guitare guns guys
hacerlo haelt haett haken halo hals hambre handful handing hangt happening happier hats hatten
haunted headphones heads heal healers heaped hears heast heating hebel helping herbs heridas
hermanito heul hicieron hilarious hilfe hinges hint hinter hinterm hmm hochste hoechste hoff hol
holen holt hombro homework hondo hooks hopeful horn horrivel horror horse hort hotelzimmer hubiera
hug hummed hunger hunting hurried huts ibuprofeno icy idee idk idling igual ilusion impiccarmi inch
incubi inhaler innkeeper insomnia instagram instituto insultan internet inventario invierno
inzwischen ira irgendwo irmaozinho irrst island isqueiro itch jagdgewehr january jardins jars
jattache jeans jedem jeito jeitos jentre jespere jetee jeter jette jim joelho jouer journal jsuis
judge jumping jvais jveux jvoudrais kapitan kerze kettles kg kilos kindly kindness kindnesses
kissen kitty kkkkkk klausur kleiner kms knee knew knie knight knives knoten knotted kofferraum
kommen kopfweh krankenhaus kriegt kuchen labios laburo lach ladders laereo laje lama lampara lan
lanno lansia lanta lapin lappart lascia lascio lasted lattends laufen lautre lavabo lave lavori
laws lean learned learning lebwohl lecole leggo lembra lembro lenkrad lentas lentement leo lepaule
lequipe lesame lesson letagere lettered leur levier lexterieur lhistoire librarys lichter lidee
lifebuoy likes lile limite limmeuble limpa limpression lis lisboa listened lithium liver lixo
llaves llevaba lleve loaf lobo lobos locker locks loco loja london loop loro lorries loss louca
loved loves lower loyer luce luck luecke luego luft lunedi lunico macheter maletero manager mande
manejo mani mannschaft manos manter marathon marcher marea mareada marginal mari marteau martello
martelo marzo massig mastico matins matter mauer max mazza meals meaning means mecanismo medecin
medicacion medicamentos medikamente meer meet meia meilleur membership memoir memory mennuie
mentale mentre menvoie mer mercador merezco merkt method mette mettendo mexe mg mientras mierda
miete milieu milky mille miller mint mismatched mitbewohner modi modo moedas mollo molo mom mondays
monedas mont montag mortal mortales morwenna moteur motorbike motore moyen mude muelas muelle
muerta muita mulher mutters nachbarn nachstes nado naechste nails nan nap nariz natale nausee nave
navidad navio necrologi nee nellarmadietto nellarmadio nello neu neue ninety ninguno nivel noel
nojo nombre nope nor nosso nostro noted nothings noticed notices notti nouveau noveno novia npc nt
numme oberschenkel obituaries obituarios oblige odd oidos oilskins oki ola olhar omas ombro
oncoming onions orange ordenado ore oreiller oreilles organiser organizado oscura osten otherwise
ouch oui oups outra ouvi ouvido ouvre overdosed overwhelmed owl oxy pack packed padlock paga pagare
painful palanca paler panel panicked panische papeles papers papiers paracetamoles pare parecia
parfum parking parlare partais partent particular partie partita partner parto pasar pasillo passar
passou passt pastiglia pastilla pastillero pateando paws paye pays pe pegando peggio pegs peguei
peli penalti penalty pendre penna penser pension peor pequenos percebe perdre perfectly pergunta
period perna personagens personaggi personajes persos pesada pescar pescoco pet petto pfv
pharmacist phones photograph physically piatti picturing pido piedras pieno pigeons piles pilla
pillar pillen pillole pilulier pink pior piscine pista pistole placard planejado plans platane
plays pleurer pls plutot poche pocoes podria poids poitrine polso polvo ponerme ponto ponton
portiere portraits portugal position postcards posting postou potrebbe practice prateleira
precipicio prefiero prego preguntale prenderle prendermi prenez prenotato prescribed prescription
prescriptions presque pressing prevencion prevenzione previsto primeiro primos profundo programmato
programme progress project promesso prometer promettre proprio protagonista proteger proud ps ptdr
puede pugno puis pulita pulses pumped punch punetazo pushing putting puxou quasi queima quels
quieromorirme quieter quieto quinto quitting quon quun quune rabbia rabbits race races rafters raga
ragazza ragazzo ragione raid raison rambarde rang rara rarisimo raro rasque rat rauskommt reage
rearrange recognised recomecar recorded rectangles recuperer redes reel ref refait refeicao regal
regard rehomed reichts reirse relis relogio reloj remarque remarquerait remembered remembrance
remind repara reparer reparieren repeat repondre represa reservei resin respondo resultats retourne
reveil revenir revision revolver rewrite ricominciato riempito rifatto rimmed ringhiera rip ripped
rises ritzt rm roared roast roasting rodilla rompio rouge roughly roupas rt rub ruta ruttelt sage
sail saio salario salgo sall saltare saltato salte salutato sammel sammle sangue saque saquinho
sarebbe savings savoir sbagli scarifiais scarifiee scarso scary schauen scheduled schicht schickt
schief schiff schlagt schluessel scholarship schreibtischschublade schreit schublade schwer
schwimmen schwindelig scooter scratches screech scrivi scusate season seat seaward seed seguindo
segurando selber sell semicolon sen senses senso senta sentence sentences sentindo sentito
serratura settimo settle setze seven seventy sexto sfrattano sh sharpener sharpening shaving
shelved shifting shine shirt shivers shook shoot shooting shops shouts shove shuffle shuffles
sicherheit sides sieht siguiente silent silenzioso sim singing sirve sistemato sixty sizes skirting
slammed sleeves slide slowed smesso smette smettere smoky smoothly smudge snapped sneak sniff
sobreviver socials socorro soffitto softer solche soltou sombre song songs sopportarmi sopravvive
sorge sorgen sorpresa sorti sortir sotao soulagement space spaet spat specific speech spielen spike
spindle spirals splints spoken spools springt spritz spritzt squadra stabbed staccare stack stai
stained staircase stall stamps stanchezza stanco stanza startling stashing status stavo stayed
staying steam steckt steer steg steig stell stewed stiff stimmen stings stipendio stirbt stitches
stockwerk stockwerke stories storto straighter streetlamp streiten stretches strike subi subimos
subio subito subscriptions sucre suddenly suegra sueno suficientes suggest sulle sullincidente suo
supervisor supporter supposed surement survit survivre suspect suspicious svegliarsi svegliato
swags swallowing sweating swerve swerved swim swimming swing swollen sympa system taberna tage
tagliavo tangenziale tap tapote tapped taps tarta tasca taste tastes taverna teams tearing tecris
tejado tema temblando temblar tenere teniendo tent tentando tentato terapia term termine terraco
terrazza terrorizzata thal therapist thighs third thousands threaded throwing tia tic ticket timing
tins tinta tip tippt tira tirado tirata tiro toast toccato tochter tocou todesanzeigen todlich
tomare tomate tomber tomou tops torch tortoiseshell tosse trabalhar traffic training tramadol
trancada tranquilos trap travail travellers tray treasures treinador tremble tremer tripulacao
tripulacion tristezza trompes troppo trou truhe ts tucked tun twenties typed tyres uccido ufficio
uk umas umbr umzug unable unaliving unas uncap unlock unlocked unreal unscrew unser unterm unwashed
unwell update upset urlando uscire uy vacanza vacanze vacia valho valla vanilla various vase vaso
vazia vc vcs vedranno velas velhas vender vendo venga vento verabschiedet verglas verruckt vers
verso versprechen versuchen via viagem vibra videogame viento vier vinho violao visit vistas
vitamins voci vogliono voila voisin voix voler voller vomir vomis vomit vont vorher voyage vuelta
vueltas vuelto vuota wache waeren waern walled wander warmed wash waste wave waves weakness
weathered wed weihnachten weile wein weinen welche welchem welches welcome weon wer werden wert
whatsapp wheres whisky whisper whispering wicks width wifi winces windowsills windy wink wipes
wiping wissen witch worden workbench worrying worthless wrapped wreck wrought wunde wurd xingam
yeah zahl zaino zarpar zero ziehen zoar zocken zucchero zucker zumban zunde abbonamenti abdomen
abflussreiniger abgebissen abgebrochen abgedichtet abgegeben abgemeldet abgeschlossen abgrund
abhang abknallen abmurksen abnehmen abondamment abonnement abos abpassen abrigo abruma abschied
abschiessen absicht abstechen absticht absturzt abusa abusaba abusando abused abuses abusing abuso
abusou abzustechen acabando acabare acalmar accendino accesso accetta accoltellero accorgano
accorge accroche accumule acelerar acelero acerco acharem aching achou acht acid acide acido acorda
acordaria acordasse acorde acordei acosa acosan acoso acostarme acte acuchillo acuerda acumulad
acumuladas acumulando acumular acumule acumulei acumulo adderall addosso adelante adentrarme adieux
admitted adrede adult adulto aereo afeitar affaires affitto afford afghanistan afogando afogar
aftershave afterwards agarrou agent aggressiv agobia agredindo agrediu agresse agressee agride
aguanta aguantaria aguarras aguentar ahogando ahogarme ahorca ahorcando ahorcar ahorcarse ahorco
ahorque ahorrad ahorradas ahorrando ahorre aimant aimants aime aimerais aiming ajedrez albero
albtraum alcanza alcol aler alfeizar aligne aligner alineadas alineados alinee alinhei alkohol
allaient allais allait allee alleine allergic allez allineato allineo allonge allongee allonger
almoco almofada almuerzo alprazolam alptraum also altezza altri alvejante alzarmi amaneciera
amanezco amarelo amarrado amarre amarrei amasse ambulance ambulanza ameaca ameacam ameacando
ameacou amenaza amenazan amenazo amene amener america amitriptylin ammazzano ammazzare ammazzarla
ammazzarlo ammazzarsi ammazzassi ammazzava ammazzera ammazzerebbe ammazzero ammoniaca ammoniak
ammoniaque ammorbidente amoniaco ampoules ampules ampullen anaesthetic analisis anaphylactic
anaphylaxis anda andan andando andares andassi anderen anders andra andrebbe andro anfassen anfasst
angebissen angebracht angefangen angefasst angelaufen angeschaut angeschrieen angeschrien angesetzt
angoisse angoisses angriff angstattacke angstattacken angustia animaux animo ankle annegarmi
annodata annule annullato anorexie anote anotei ansiolitici ansiolitico ansioliticos ansprechbar
anstelle antebraco antebrazo anticalcare anticongelante antidepresseur antigel antigelo antue antun
anxiolytique anxiolytiques anxious anybody anyways anzeige anzutun apagar apago apague apanhar
aparca apartment apertado aperto apertou aplastando apos appart appesa apporte apporter apreto
april aprire apto apunale apunta apuntando apunto aquel aquela arane arbeitet arbre argent armadio
armes armi armoire arranged arranger arrangera arranhar arranjei arrastro arrears arreglado
arrepenti arrepiento arret arreter arrimo arrives arrivo arrivons arrojar arrojarme arrombando
arrombou arruino arrumado arrumei arvore asalto asciugamani asegurar ashamed aspettando aspirin
assalto assaulted assegurar assembly assicurare assinaturas assure assurer asthma atacar atado
ataque atempted atirar atiro atmen atrapalhar atropela atropelar atropellar atropellarla
atropellarlo atropelle attacco attache attached attacking atteindre attemped attempting attendre
attimo attorno attraper aturar aucun aufgebrochen aufgehaengt aufgehalten aufgehangt aufgehoben
aufgelost aufgeritzt aufgeschlitzt aufgespart aufhalten aufhoeren aufhoert aufhort aufritzen
aufstehen aufwacht aufzubrechen aufzumachen aujourd aunt auntie aurais auras aurons auront
ausgekotzt ausgekundschaftet ausgelassen ausgelegt ausgepumpt ausgespuckt ausgetrunken ausgrenzen
aushalten auslachen auspuff ausrechnen aussenseite autobus autocarro autolesiona autolesionaba
autolesionar autolesionarme autolesiono autoroute autos autres avalant avalerai avancer avatar
aventar aventarme avevo aviento avoid avuto avvelenarmi babbo babysitter backed backpack badante
bagnole bahngleis bahnsteigkante bailiffs baja balancer balaustra balena balle balloon balustrade
bambina bambino banda bandage bang banged bangs banister banisters bannister barandal barandilla
barge barra barrage barragem barranco barre barriere barriga baseball baseballschlaeger
baseballschlager bash bashed bashing bassa bastan bastano bastato bastava bastavano basura batem
batendo batente bateria bathtub batia batiment battaglia battent batter battere batteria batterie
batteries battering battery battle battre bauch baumeln beachy beaten beating beats beber bebida
becoming bedrohen bedroht bedsheet beende beenden beerdigt befestigt befreit befummelt befund
begrapscht bein beiral beiseite bekomm bekomme bekommt belastung beleidigen beleidigt beliche
belisquei belle belly belongings bemerken benissimo benzin benzos berall berdosis bere bereits
berfall berfordert bergebe bergeben bergriff berhaupt berlassen berlebe berleben berlebt beruehrt
beruhigungsmittel beruhrt berziehen besaufen besorgt bestellt bestie betatscht betonwand betrinken
beuh bewusstlos bezahlen bichinho bicho bidon biglietti bill billet billete bills bimba bimbo binge
bingeing binging bird birthdays bisturi bite biting bitten blacked blacking blackout blau bleibe
bleiben bleibt bleiche blocked bloke blonde blow blut blute bluten blutig blutung bocca boccetta
bock body boire boit boites boive boleto bollette bolsillo bolso bomb bomba bombe bondi booze borda
borre bosse botar bothering botschaft bottled bottles bottling bouche bouge boulet bourrer bout
bouteilles bouton boyfriends boys braci brains braise braking branch branche brasil breakdown
breaking breaks brems bremsen bretter brettern breve bricht brig briga brigas bringe brings bronca
bruciarmi bruciature brucio bruckengelander brueckenpfeiler brufen bruise bruised bruising bruler
brulures brustschmerzen budgie bulimie bullet bullies bully bullying bulto bunk bunker bunkere
bunny burlan burlarme burlarse burrone burst busque busqueis busquen busques bussato bust bute
buter buttare buttarsi buttato button buying cabello cable cabo cache cachecol cacher cachet
cachorra cachorrinho caco cadela cadera cagnolino cago caia caibro cailloux caiu cajas cajita
calamita calamite calato calculado calculated calendar calling calmante calmarme cals cambiera
camiao caminar caminhar caminho caminhonete camioneta camminare cammino canal canceled cancelei
cancer cancro candida cani canivete canne cannula cano cantera cantidad capaz capelli capisce
cappio cappotto capsula capsulas capsule capsules carabina carabine caras carbonella carbs
cardiaque caregiver carer cargando cargo cargue carica carne caroco carpark carreguei carrera
carriere carris carros cartelas carve carving casaco casse caustica cava cavalcavia cavo cayo
cazzata cease cedi cent cercarmi cercate cercatemi cerebral cerradura cerre certa cervelle cesse
cesser ceux chacun challenge chamar chamba chambranle chances changer char charbon chargee chaton
chats chatte chau cheaper checar checks chegam cheias cheios cheirar cheiro chemical chemio
cherchez chern chewed chiamano chiamarmi chiami chickened chienne chiens child chimio chiot
chirurgie chiude chlor chlorreiniger chocar choice choisie choke choked chokes choking chorar
choraria chorei chste chsten chstens chte chten chtig chui chum chumbinho chuta chutando chutei
chutou cianeto cianuro ciberacoso cigarette cigarrillo cincuenta cinghiate cinq cinque cinquenta
cinquieme circled cirugia ciseaux citalopram cken ckfall ckgelegt cklicher class classmate claves
cleanest cleaning clear clefs clocked clocking clope cloro closet closing coca cocaina cocaine
cocei cochera coches cocked cocodamol codes codici coelho cogi cogio cogne cognent cojin coke
colegio colgada colgado colgando colgarme colgue collapsing colleague collected colo coloc colocar
cologne colourless columna combat comboio comecar comecou comence comidas comiendo cominciato comio
comments commit committing compas compass completa completo comprend compressa compresses comprime
comprimido comptees compulsivamente conejo confezione confezioni confie coniglio connaissance
connerie conocimiento consciousness consegue consegui conseguindo consider considering console
consumo contadas contado contados contare contati contemplating conti continuar continuare
continuer contramano contramao contrato contratto controlar controllare controlled convidar
convulsao convulse convulsiones convulsioni cookies copine coragem cordon corniche cornicione corpo
corps correa corredizo correndo corrida corriendo corrimano corrimao cortadas cortado cortan
cortarse cosce costante costumbre costume coulant couler council coupais cover covers coworker
cracker crame cramer crashes crashing craving crean crepare crevais crever criceto cricket crise
crochet crushed cruzarme cruzo cuanta cuarenta cuatro cuelga cuerpo cuidad cuidador cuidadora
cuidarme cuide cuiden cuisses cumpleanos curb current curtain cushion cutter dachbalken dachboden
dafalgan dagegen daheim daily dalle damals damn dangling daria darme daro daron daronne darse
daylight deadass deadliest deadly deberia debiti debits debo deboucheur debout debts december
decent decepcao decepcion decidee decidida decile decirle decisa decisao decisione decke
deckenhaken decor dedo deeply defending defini definitivement defonce dehydration deitar deixa
deixar deixarei deixasse dejar dejare delante delas deles delete deletei deleting deliberately dell
dello delusione demasiadas demasiado dementia demitiram demora demoraria depa departamento depre
depressed depressionen depressiv depri deprimiert dera derniers derrame derribo desahucio desalojo
desaparecesse desaparezco desastre desatascador desativei desborda descends descendu desconocido
desculpem desearia desejo deseo desherbant desidero desinfectante desinfektionsmittel desinfetante
desmaiar desmaiou desmayo despejo despertaria despertarse despertase desperte despidiendo
despidieron despise desprecia despreza dessous desta deste destop destravei destroying destruo
destruyo detener detergent detergente detersivo detesto dette dettes detuviera detuviese detuvo
deuda deuil devenu devenue deveria devia deviens dhab dhabitude diagnose diagnosi diagnostic
diagnostico dialysis dica dicano dick dieci dies diesen dieu diez difference difficilement
difficult diga digam digan diganle digging digoxin digs dile diles diminuem dingue dipirona
direitinho dirupo disappeared disappointment discusiones diserbante disgusted dishes disparais
disparar dispararle dispiacerebbe dissanguarsi dite dites diventando divorcent divorci divorcian
divorziano dizaine dizem doce doctors doendo doer doigts dolera dolore doorframe dorme dort dorthin
dosen dosis douleur dovra dovrai dovranno dovrei downing doze drafted dragged dragging drags
drained drauf draufgehen draufhalten drauflenken draussen dreading dreaming dreimal dressed
dressing drift drifting dritto driven droga drogar drogarme drogas drogen drogue droht drohte
drooping droopy dropping drowning drowns drowsy druck drug drugs drunter duerme dull duma dumm
dungeon durchgeladen durchschlafen duvet easiest echan echappement echapper echaria echarme echaron
echec eclate eclater ecole ecran ecrase ecrire ecstasy efferalgan effort egorge egorger eigene
eighteenth eighth eighty einbrecher einbruch einfacher einfachst eingenommen eingesperrt
eingesteckt eingeworfen eingriff einmal einsam einwerfen einzubrechen eklig elas elastique
electrocute eletrico eleve eliminato elles ellos emailed embalagem embarazo embargar embargo
embeterai emborracharme emmene emmener emotional emotionally empeche empleo emploi empoisonner
empujan empujo empurra empurram empurrou encargue encastrer encerre encerrei encerro encher enchi
encierra encontrar encontrarme encontrei encontro encontrou encuentr endet endormir endroit enfant
enferme enfiar enfile enfileirei enforca enforcando enforco enforcou enfrente engolir engoliu
engrais enkel enkelin enlever enlouquecendo ennuierai enormement entaille entaillee entailles
entendez entends enterrement enterro entiende entier entierro entire entkalker entrato entreguei
entrenando entrer entretien entrou entscheidung entschluss entsichert entupi envase envenenar
envenenarme envenenarse epilepsie erbreche erbrochen erhaengen erhangen erleb erlebe erledige
erledigt erleichterung ernsthaft eroina erpressen erreichbar erreur erro error errore erschiessen
erschiesst erstechen erstickt ertragen ertragn ertrinkt erwischt esami escapamento escaparme escape
esce escena escludono escogi escolhida escondendo escondi escondid escondidas escondidos
escondiendo escuela esfaqueio esforcar esforzarme esfumarme esgana esganou esistessi esmagando
esmurrei espana espanca espancando espancar espancou esperanca esperanza esperanzas espoir esposo
esquecer esquisito essay esserci essigessenz estaciona estacionamento estampar estaran estare
estarias estava estilete estive estocando estoquei estorvo estrago estrangulo estrangulou estrelar
estrellar estrellarme estrelle estropeo estudando estudiando estudio estupro estuviese esvaziei
etages etais etale etched etching etrangle etranglee etrangler etwas euer eure europa everybody
exame examens exatamente excluem exclui excluyen executor exhausted exista existais existed
existence existiendo existiera existieren existiese existindo existisse exit expense exploser
express expresso extensao exterieur extrana extranar extranaria extrem extremely fabbrica facao
factures facu facul faculdade fahre fails fainted fainting faite fake falam faleceu falem falesia
falho fallecio fallimento falling fallita fallito fallo faltava fantasies fara fardeau fardo
farebbe farei fargli fargliela farle farlo fasse fasste fastest fastidio fatale fatica faudrait
faust faze fearing feather february fechadura feed felices felici felizes felsen fenstersims
fentanil fentanilo fentanyl fera ferai feraient ferais ferait fere feria ferida feridas ferir
ferirmi ferisce ferisco fermare fermasse fermera ferrea ferree ferrovia fert fertigmachen
festgebunden festgelegt fett ficariam fierro fifth fifty figured figuring fije filling filmed
filming financiamento finden finestra finestre finirai finirais finishe fiotti fique firearm fired
firma fissata fist fitta fitte fixe fixee flacon flacone flaconi flaschen flequillo fleuve fliegen
flies flight flinguer flinte flooring flugzeug fluid fluoxetina fluoxetine flutter flying flyover
foam foggy folder folks followed fonce footbridge forbici forca forcando forcar forcejeando forcer
forcing forco forearm forfait forgive former fort forward forza forzare foster fourth foutent
foutre fracaso fracasso fragen frappait frappee frappent frapper frasco frascos freak freaking
frear frecciarossa freezes frei freiam freiar freight freiner freinerais freio freitod fremder
frenan frenare frenero fret frueh fruh frusta fucking fuerte fuerzo fugir fuhlt fuir fumar fume
fumer fumes funciona funcionando funciono funcionou funda funf funzionato furar furchtbare furei
furia furo fuss futbol futebol future futuro fuzil gabapentin gabe gaebe gaining galho gamba
garantida garantido gardera gars gases gasolina gassing gastrica gaterzug gatinho gatito gatos
gatta gatti gear gebaude gebe geben geblutet geboren geboxt gebrauchen gebunden gebunkert gedanken
gedroht gefallen gefasst gefuellt gefullt gegenfahrbahn gegenverkehr gehauen geholt gehortet gekaut
geklappt geklettert geklopft geknotet geknupft gekotzt gekratzt geladen gelaender geld geleert
geloescht geloscht gelt gelule gelules gemobbt gendre genero genitori genoux genro gepackt geregelt
gerer gesammelt geschliffen geschwindigkeit geschworen gestiegen gestoppt getreten getroffen
gettarmi gewahlt gewahrleisten gewehr gewuergt gewurgt gifle giflee giflent gift gilete gilette
gillette giocattolo girando girar girlfriend girlfriends girls glassed glassing gleisbett gleise
glide glider glissiere glock glory gobe golpe golpeando golpear golpearme golpee golpeo golpes
gosse gostaria gott gown grabbing grabe grabs graduation graffio gran grandchild granddaughter
grandfather grandmother granny grans grapscht gras grattacielo gravata gray greffe grembo grenzen
gridando grill grillkohle gritam gritan gritaria gritos gritou groggy groomed grosse grossir grow
grund gruppe guardad guardadas guardam guardan guardarrail guarde guardei guardrail gucken guerra
guertel guess guet guinada guinea gurtel gustaria guterzug habitent habitude hablan hacerle
hacersela hacerselo hache hadnt haengt haette haga hais halte hamster handed handfuls handgelenk
handgelenke handvoll handyvertrag hanged harass harassed harasses harassing harcelement harcelent
hardly hare harmed harming harms harta harto hase hasen hass hatch hateful hauen haufchen haufen
haufenweise haul hause haustuer haustur haute hauteur hauts heap heaven heavily heil heimzahlen
heimzugehen heizungsrohr helicopter helmand helpless herein hermanita hermanos hero heroin heroine
herrgott herum heuhaufen heule hiera hinfahrt hingelegt hinterher hinterlassen hinterlegt hipoteca
hips hlen hnen hoarded hoarding hochhaus hock hocke hoehe hoffnung hoffnungslos hogar hohe hoja
hole holzkohle hombres hono honte hooked hopeles hopeless hopes horario horca horte hosepipe
hostigan hrdet hrung huefte hufte huissier huit huitieme human humilha humilham humilla humillan
hunde hundert hundreds hurlant hurle hypothermia ibuprofene ictus idees ignora ignoran ignorieren
images iman imanes impazzendo impedir impediu impicca impiccare impicco implore importa importaria
importo impression impulso impulsos incomodar inconnu inconsciente increasingly incredibly
incurable indolor infarctus infarto ingere ingerito ingoiando ingoiare ingoiarle ingoiarli ingoiero
ingoio ingrassare iniziato injected injure injuring injury innerlich inquieter insane insecticida
insisten insisto installee instant instantane instantaneo insuline insult insulta insultano
insultent intend intending intense intenta intentado intentar intentarlo intercity interessiert
intero interrumpio interrupted intervencion intervention intervento intorno intrusive intus inutil
inutile investirla investirlo invisible invites inyectarme irai irait iraq iria irmaos irmazinha
ironing isolated issue istantaneo istituto isto italo itching item jacke jacket jaimerai jallais
jambe japporte jarrivais jemals jemmene jessaie jewellery jewelry jexistais jfreine jiggling
jinsiste jirai jlai jogando jogue join joint journey jprends jramene jserai jucken juckt jugando
jugo july jungs juntad juntadas juntar juntas junte jura jurou jusqu kabel kalium kaltmachen
kaltmacht kaltzumachen kaninchen kante kapseln kaputt kater katzen kehle kerb kerl kerosene kicking
kicks kidneys kiff kiffe kiffen killer kiloweise king kippt kitten klasse kleiderstange kleine
kleines klingen klippen klopft knall knalle knallen knarre kneeling knelt knifing knopfzelle kohle
koks kokse koksen kollabiert konten konto kotz kotze krachen kraft krampfanfall krebs krebsdiagnose
kriegen kuemmern kuemmert kummern kummert labirinto laco lady laenger lagoa laime lain laisser
laissez lambeu lames lamette lamppost lancar lance lancer lanciarmi lanciarsi lanciato lancio lang
langer lanzar lanzarme largar largo lasciar lasciare laser lassen laster lastima lastimaba lastimar
lastimarla lastimarlo lastimarme lastime lastimo laters lauert lauf laughter laundry lavanda
lavandina lavastoviglie lavavajillas lavora laxatives laying lazo lber leak leap leaping learnt
leash lebe lebend lebensmude lebewohl leblos leccato leche lecraser leftover legato lege legen
lehrer leichter leitplanke lencol lenk lenke lenken lessive letais letal letale letales letali
levanta levantarme levaria leve levei lexomil lexotan lfte libererete liberi libre liceo licked
lidar lidiar liebe liebsten liebt liege liga ligar ligaria ligature limpeza limpiador limpiar
limpieza lineas linha linken lippen liquid lisez listas listed listo listos live livello lixivia
llegar llen llene llenos llevar llevare llevarme llig llorar lloraria llore lloro lmaschinentabs
lmfao lmittel loan loathe loch locking login logins logout logro lohnt lool lorazepam lord loses
loslasse loslassen loszulassen lots lourd lowkey ltig luchar lunchtime lunettes lungo lust lustre
lutar lysanxia macaneta macchia macchine machete machette machouille machs machts machuca
machucando machucava machucou machuque machuquei madrasta madrastra magersucht magnet magoar magoei
mahlzeit maime mains maintain malaise malapena mall malo maltrata maltratan maltratando mamae maman
mami mammogram mamografia manage mancare mancava manco mandam mandan mandando mandare mandarle
mandarli maneira manera mangiare maniera maniere maniglia manija manosea manteau mantenerme
mantenermi maos mapped maquina marcada marcado marcha marche marco marque marquei marques masco
mascota massacre massacrer massacrero massacro masse masticato mastigou mataba matan matara matarla
matarlo matarratas matarse matasse matava matou matratze matto maze meaningless mechero media
medicament medicamento medicinali medicinas medicines medoc mega mehrere mejora melde memporter
mena menace menager menano menferme menge menina menino mensagen mensch mensile mentally mercancias
mercoledi mercredi merda merde messages messe mesure meta metastasen meter metformin methadone
methanol methode methods meti meto metodo metres metri metros metterlo meuf meure meurt mexcluent
mexeu mexico mezcle mezza micro midazolam midday midi miercoles mietschulden mina minaccia minima
minsulte minsultent mirador mirar mirtazapine miserable mism missbraucht misses mission missions
misturei mitad mitgenommen mitnehmen mittwoch mixed mmern mmert mobben mobbt mochte mock mode model
moechte moleque molesta molestan molestano molestar molested molestia molesting molesto molests
mollare moms monate monaten mondo monoxide monoxido montee monter monterai montinho montoncito
moquent morados mordeu mordi mordio mordu mori moriria morirse morissi morphin morra morre morreria
morro morso mortais mortale mortali mortelle mortgage mosque mostro mota mothers motivo mourais
mourn mourrais movie mpfen mucchietto mucchio mucha muchisimas muchos muera muere muessen muesst
muitas muitos muneca munecas muori muove murdering muret mureta muriera murs museum muslo muslos
mussen mutilate mutilating mutilation mutile mutilee mutiler mutuo nachher nachrichten nachsehen
nachttisch nacido naechsten naechstes nafta nager namorada nana napping naquele narben narkose
nascido nascondere nascondo nascosto nasty natal naurais nauras naurez navalha nder ndet ndig ndigt
neanche nebenan necesidad necesita necesitare necessidade necked necking nena nene nenhuma nerf
nerv nerve nesta neste neta netais neto neuf neun neuroleptique nexistais ngen niece nieder niemals
niemandes nieta nieto nimmer nina ninguna nino ninth nipote nisso nken nnte nnten nodo nodulo noeud
noia noisy noites nonstop noodle noon noone nora notar notarem notaria notas noue nouee nounou
nourrir nouveaux nouvelles nove novel november novos noyer nseln nselt nudes nudo nuera nulla
nullita nullite number numbs nuora nutzlos objet obliga obligo obriga obrigo obseques obsessing
occhiali occhio occuparvi occuper ocean ocho octavo october odia oeffnen oeil officer offnen
oficina oggetti ognuno oiseau oitavo oito olanzapine olas older oltre olvidar ondas onore oopsie
operacao operan operano operar operazione opere operer opiates opioid opioids oppressione opresion
option orando oraria ordem orden ordena ordenam ordenan ordering ordi ordine ordnung ordre organise
organisiert orilla ospedale oter otras otros ottavo otto outras outro outros ouverts ouvrir
overdosing overdraft overpass oxycodone oxycontin oxygen paar pace packing packt packungen pact
pagano paghera pague painkillers pajaro pancia panicking panik panikattacke panikattacken panique
pansement panza papas papi papy paracetamolo parachute parait param parapetto paraquat parara
parase parasse parcheggia parcheggio pardonnez pareja parent pari parked parkhausdach parkinsons
parkt parlez parou parrot partirle partisse partiu partnerin partout parviens pasaje pase passare
passarela passarinho passcodes passenger passer passerelle passi passing passwoerter pastilha
pastille pastis patea pateo pathetic patron pausenhof pavor payments payout peaceful peau peco pede
pedem pedindo pedras pedreira pegan pegarle pegarme pegue peine peinlich pele pelean peleas pelle
pellets pelt peluche pelucia pend pendu pendurada pendurei pensa pensamento pensano pensarem pensee
pensees pensent pensieri pensiero pensino penzoloni peque pequeno perceber perceberem perceberia
perched perdao perdendo perdere perdiendo perdio perdoem perdonadme perdonatemi perdonenme
perfectamente perfiles perfis perfume permanence perra perrito perroquet perros perseguem
perseguindo persigue persiguiendo personal persone perspectiva pessoal pesticide pesto petite
petrified petrol pets petze pezzi pfeiler pflanzengift pflegerin photo photos piacerebbe piani
picchia picchiano picchiarmi picco piccola piccolo picks picole picoler pics picture pictures pide
piden piel piene pieni piensen pierna pierres pies pietre pignoramento pila pilar pilare pilares
pilas pilastra pilastro pildoras pilha pilhas pilier pillola pilone piloni pilula pilulas pilule
pilules pinched pinches pincho ping pins pisar pise pisos pistol pistolet pistols placer plafond
plage planejando planificado planifie plano planque planta planter plaquette plastic plastique
platano platt playa pleine pleines pleite plenty plough ploughing plushie plusieurs pocht poderia
podre poignarde poignee poignet poignets poing pointless poisoning police policeman polsi pommes
pomo pompiers poner pontada pony popped popping portafoglio portarmi portato portefeuille portero
porti possa possessions postent potasio potassio potassium poteau potro poupando pourra pourrai
pousse poussee pranzo pras praying precipice precipiter precipiti precipizio precisamente precisava
precisement prefer prefere prefererais preferia preferirei preferiria preferisco prefiro pregabalin
pregar prenda prenderli prendero prendetevi prendido prendono prendra prenne preoccuparvi
preoccuper preocupa preocupar preocuparse preocuparte prepa preparada preparadas preparados
preparata preparato prepared preparee preparei preparing presion prestes preta prete pretil prets
pretty prie principal printed prise priva prive probe probiert problemas probleme problemi
procedure proches procurem produit prof profe profesor profesora professor profil profile profili
profils profonda profonde profondo profunda promettere promised pronte propasa propaso proper
propia propofol propranolol propre protecting protegerme provando prozac psicofarmaci pudiera puke
puking pulando pulling pulsadern pulsos punches punching punish punishing puntata punti punzada
puppy purge purged purging purple puse putzschrank qqun quais quale quali quanta quantite quarenta
quarta quatre quatro quattro quebrar quedarse queimaduras queimar queimava queimou quelqu quema
quemaba quemado quemaduras quemar quemarme quemo querbalken querendo querosene quetiapine quickest
quickly quietens quiets quils quince quinze quitar rabbit rackettent radiator rafter raggiungere
ragiono railings raisons raje rajo ralentissent rallentano rallonge ramene ramener ramo rampe raped
rapes raping rappeler rappelle rase rasen rasguei rasgunar rasgune rasguno rasierklinge
rasierklingen rasoio rasoir ratas raticida raticide rats rattengift rattling rattly raumungsklage
rausfliegen rausgeht rausgesucht ravin rayas reacciona reaching reaction reagiert reagisce reagit
reale realise realised realize recai recently rechnungen recht recinzione recommence recompte
record recording records recoupe recoupee recreio recreo redid redige redor redundant refaire
refais refeicoes refile regazo regele regio regionalbahn regionale regionalzug regle rehome
rehoming reichen reinfahren reingekommen reinhalten reinhauen reiniger reinkommen reinlenken
reinwerfen reinziehen reinzukommen reja rejoindre relapse relapsing relive reliving remain
remaining rembourser rempli remplies renda rendi rendrait renta reopen reopened reopening repay
reperer replaying repondez reprendre reprenne researching reservation resilie resiste resisto
resolvido resonancia respirando respirare respiro respond responder responding responsible
ressonancia restare restarted rester restituire result resulta retenez retenir retrouve retten
returned reunirme revais reve reventarle reverras reverrez revis revisar revivo revois rezando
rezar rezo rfnis rieles riempite riendo riesen riesige righe rindo ripagare ripping riprovato
risate rischio riscos risks risolvere risonanza rispondermi rispondete rispondetemi risque
risvegliarmi risvegliarsi ritalin ritorno ritz ritze ritzer riusciro rivivo rivolge rivotril robo
rocas rocks rodar rodovia rofl rohr roll rolled rompicapo rompiendo rooftop roommate ropero rose
rotaie roubei roubo rouse routine rovino rows roxa roxo roxos rper rrahmen rtel rter ruckfahrt
rucksack ruhiger ruined ruiniere rumargern rumgekaut rumliegen rumo rumschlagen rung runtergekippt
runterspringen rushes rzen sabana sacada sacar sacked sackt sacode saignement salber salfuman salga
saliro saltee salvataggio sameliorer samu sangre sarebbero sarro sass satt saturdays sauber sauce
sauf saufe saufen sauvegarde sauver sbahn sballarmi sbarazzarvi sbarazzerete sbatte sbattuto scab
scabs scan scanner scar scare scarico scarifications scarifie scarifiees scarifier scarifies scars
scatole scelta scena schachtel schachteln schaff schaffe schal schaue scheiden schenkel scherbe
schere schiaffeggia schiaffi schiantarmi schienen schikanieren schlaegt schlafe schlafmittel
schlaganfall schlage schlagen schlagring schlauch schleicht schliessen schlinge schloss schluck
schlucken schmeiss schmeisse schmeissen schmerz schmerzen schmerzlos schmerzmittel schmerzt
schmerztabletten schnaps schnee schneide schneiden schneidet schnellst schoolbag schrecklich
schreckliche schreien schreiend scht schubsen schubst schusswaffe schuttelt schwiegersohn
schwiegertochter schwillt scissors scogli scomparsa scomparso sconosciuto score scorsoio scorta
scratch scratching scream screams screen screenwash scuote sdraiarmi sealed sechs section sectioned
secuestro seduto segni seguendo seguono seguridad sehe seht seid seigneur seis seizure seja
selbstmord selbstmordgedanken selbstmordversuch selbstverletzung selfharm selfies semble
sengueulent senor sensi sentei sentirai sentirete sentiria sentirmi sentite separ separadas separan
separando separano separar separe separei separent sept septieme septimo sequestro seraient serais
sereni serez seriam serian series seriez seroquel serrure sert sertralina servico serviette servir
servira serviranno sesto setimo sette setting seus seventh several sexually sfondare sfondato
sgozzo sgrassatore share sharing sheet shit shot shots shoved shoves shoving shuts sibling sicherst
sicked sicurezza sieben siede sien sienta siete sigaretta siguen siguiendo sill silvester simpler
simples sims sinn sinnlos sinteresse sipped sirens situation sixieme sixth skull skyscraper slap
slapped slapping slash slashed slashes slashing slaughter sleepers sliced slipped slipping slowing
slug slurs smack smacked smacks smash smashed smelled smelt smettono smile smoked smother snapchat
sneaking sneaks snores snoring snowball soaking sobald sobbing sobrecarrega sobrevive sobrevives
sobrevivi sobrevivir sobrevivo socar socava soccorso sociais social sock socos soda soffocando
sofort sogno sogra sogro solamente soldi solito sollievo soltanto solution solvente solving
somebodys somnifere somniferos sonando songe sonhando sonnifero soportarme sopportare sopra
sopravvivere sopravvivi soquei sorties sorting sosta sostengo souci soucie soucier soude souffrir
souhaite souhaiterais soul south soweit sowieso sozinh spaeter spar sparare spararmi sparo sparse
spartitraffico spater speaking speaks speed speeds speranza sperrt spiaggia spice spiked spiking
spinge spirit spiritus spotting spread spreading springe spritzen sprung spulmittel squad
squirreled squirreling squirrelled squirrelling sslich stabbing staff stage stalked stalker
stalking stanno staranno stared staresti starete stark staro starvation starve starves starving
stash stashed staudamm staumauer stausee stechen steering stehen stehenbleibt steinbruch steine
steinen stelle stellen stepbrother stepfather stepmom stepmother stepmum stepped stepping
stepsister steuer steuere steuern sticht stiefmutter stillsteht stilnox stipite stocke stocked
stockpile stockpiled stockpiling stole stoppen stor storeys stosst strada strangle strangled
strangles strangling strangola strangolo strapiombo strassenbahn strattona streifen streit stressed
stretto striche strick stroke struggle struggling students studied studio stung stupefacenti
stupefiants stupid stupra sturz sturzt submerge subscription subte sucht sudoku suegro suffer
sufficiente suffirait suffisant suffisent suffocate suffocates suffocating suficientemente sufoca
sufocando sugli suicid suicida suicidais suicidare suicidarmi suicidarse suicidarsi suiciding
suicido suivait suivent suizid suizidal suizidgedanken suizidversuch sujeito sujo sullo sundays
supera suportar supplico supplie support supporte supprime supprimer surest surine survecu survives
surviving suscripciones svegli svegliasse svegliassi svegliero svuotato swam sweets swelling
swerving swinging swore synagogue szene tabasse tabassee tabasser tabletas tabs tacar tache
tachipirine taco tagliando taglierino taillade tailladee taillader tajos tanne tant tantas tanti
tapee tapent tard tardan tardaria tardarian tardi tarja taschen taub tavor teachers tear tecto
teddy teenager teenie tele telephone telly temazepam temesta temos tempe tempia temple temprano
tempted tend tenemos tenermi tenga tenia tenta tentation tentativa tentative tentativo tentazione
tenth tenuto teppichmesser terminal terminare terminei terraza terrazzo terrify terrivel terror
terrore terzug tesoura testate testei teto teve themself thinner thinners thorax thousand threaten
threatened threatening threatens thumping thunder thursdays tidy tient tijera tijeras timed
timetable ting tingling tingly tipos tirada tirare tirarse tirer tiroteio tiroteo tissues tivesse
tizio toccano tocco toedlich toeten toglie togliere togliersi toilet tolerate tolgo tomada tomado
tomarme tomarmelas tomarmelos tomb tomografia tomorrows tongue tonnes tools toon topi topicida topo
toque torco tore tornero totale totaler totally toten touchent touching tough toward towel trabaja
trabajando trabalha trabalhando trafficked trafico tragar tragarme tragarmelas tragarmelos trago
traigo trailer traitent traits tram trampolin tranca trancher trancou tranquei tranquillanti
tranquille tranquilli transito trappe trapped tras tratan tratando trate trauer trauere trauern
traum traumatico traumatique travaille travar traverser trazer treinando treinta trembler trembling
trenes treni trennen trens trepe treppengelaender treppengelander treten tries trigger triggered
trilho trincheta trinke trinken trinkt trinta tripa triple tripote tripotent tritt troppe troppi
trouvee trouxe trovi trovino truck trucks truly trusted tryed ttelt ttyl tuais tube tuberia tubo
tuch tuera tuerait tuerklinke tuerrahmen tuesdays tumeur tumor tumore tunnel turen turklinke
turrahmen tuto tuyau twists tying tylenol tzen ubahn ubel uberfahren uberleben ubernimmt uccidera
ucciderebbe uccidermi uccidero uccidessi uccidono uebel ueberleben ueberlebt ugly umbring umbringe
umbringt umen umfahren umgebung umgehabt umgekippt umgekommen umgelegt umso umung umungsklage
unbearable uncle unconscious underwater undone ungeliebt unghie unhappy universidad universita
unkrautvernichter unless unlovable unloved unos unresponsive unsafe unsere unserer unsubscribe
unsubscribed unterarm untergeh untersuchung unwanted uomo upside urgencia urges urla urlo usare
uscendo uste ustedes utiliser utterly vacie vacio vagues vaisselle valait valeur valium vape vaping
varechina varios vaut vaya vecino vedermi vedete vedi vedrai vedrete veer veering vegetal veines
veinte veleno velocidad velocidade velocita venas vene vengo vent ventilador ventre verarschen
verbluten verblutet verbrenne vererbe verfasst verfolgt vergessen vergewaltigt vergewaltigung
vergiften vergiftet verlangen verlass verlasse verletze verletzen verletzt vermacht verme vermissen
vermittelt verpruegelt verprugelt verrat verrate versager versau versaue verschenke verschluckt
verschwunden verstand verstecke verstecken versteckt versteht verstorben versuche versuchung
verteilt vertraege vertrage verzeiht verzweifelt vetro viaducto vials videe videos vider vidrio
vidro vielen vienen viera vigas vingtaine vinte viola violacion viole violenta violo virar vire
vision visits vite vitesse vivendo vivent viviendo vivirian vivrebbe vivrebbero vogel voie voies
vojo volantazo volantear volanteo volar volarme volcar voleva volontairement volvio vomi vomitato
vomiting vorbereitet vorfall vorn vorne vorrat vouch voudrai voudrais voulait vouloir voulu vovo
voyez vuol vuoto wacht wade waded wading waere waffe wagen wahnsinnig wakes waren warfarin wars
waschmittel weak weapon weary wednesday wednesdays weedkiller weggegeben wehtun weine weis weit
weiterleben weitermache weitermachen weiterzuleben welcher wellbeing wellen welt werdet werf werfe
werfen wertlos wett wherever whether whips whoops widerlich wieviel wieviele wills wirst wished
wishing wohnungstuer wohnungstur woken wollen wollt wonder workplace worte worthles wounds wrists
wuenschte wuerde wuergt wunden wunder wurgt wutanfall wutausbruch xadrez xinga xmas yell yelled
yerno younger zarandea zehn zeilen zeitpunkt zerbissen ziehe zieht zigarette zirkel zoam zona
zopiclone zugangsdaten zuge zugeschlagen zumutung zurechtgelegt zusammengebrochen zwangsraumung
zweimal zwischen
"""
