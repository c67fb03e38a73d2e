/**
 * A French → English seed lexicon for the paragraph aligner: common words of news, reports,
 * regulations and court decisions, each with the English words that usually translate it.
 *
 * Source: written for vis-à-vis by its contributors, from their own knowledge of both languages
 * (no dictionary, word list or corpus was copied). Licence: MIT, the project's own, like the code.
 *
 * Format, one entry a line: the French word (a noun or adjective in the masculine singular, a verb
 * in the infinitive), a tab, then its English renderings separated by spaces (single words: a
 * compound such as `town hall` is listed as its words). Inflected forms are found by lexicon.ts
 * (plurals, feminines, common verb endings); English words are compared by a crude stem there.
 * Kept as a string in a module, so that domain code reads it without I/O.
 */
export const seedLexicon = `abandonner	abandon leave
abord	first
abriter	house shelter
absence	absence
absent	absent
absolu	absolute
accéder	access go
accélérer	accelerate speed
accepté	accepted
accepter	accept
accès	access
accident	accident
accompagner	accompany support
accompli	accomplished
accord	agreement accord
accorder	grant give
accroissement	increase
accroître	increase
accueil	reception welcome
accueillir	welcome host
accusation	charge accusation
accusé	accused defendant
accuser	accuse blame charge
achat	purchase buying
acheter	buy purchase
acheteur	buyer purchaser
achever	complete finish
acquérir	acquire buy
acquisition	acquisition purchase
acquitter	acquit pay
acte	act deed
acteur	actor player
actif	active assets
action	action share
activité	activity
actuel	current present
actuellement	currently
adapter	adapt
adéquat	adequate appropriate
adhérent	member
adhésion	membership
adjoindre	add
adjoint	deputy assistant
admettre	admit accept
administratif	administrative
administration	administration
admirer	admire
admission	admission
adopté	adopted
adopter	adopt pass
adresse	address
adresser	address send
adulte	adult
adversaire	opponent
aérien	air
aéroport	airport
affaire	case matter business
affecter	allocate assign affect
affichage	display posting
affiche	poster
afficher	show display view
affirmer	say claim assert
affluence	crowd attendance
affronter	face meet play
âge	age
agence	agency
agent	officer agent
aggraver	worsen aggravate
agir	act
agrandir	enlarge extend
agréable	pleasant
agrément	approval accreditation
agresser	attack assault
agricole	agricultural farm
agriculteur	farmer
aide	aid help support
aider	help assist
ailleurs	elsewhere
aimer	love like
air	air
ajournement	adjournment postponement
ajouter	add
alerte	alert warning
aliment	food
alimentaire	food
alimentation	food supply
alléger	reduce lighten
allemand	german
aller	go
allié	ally
allocation	allowance benefit
allonger	extend lengthen
allumer	light switch
amateur	amateur lover
ambition	ambition
amélioration	improvement
amélioré	improved
améliorer	improve
aménagement	development layout
aménager	develop convert fit
amende	fine
amener	bring
ami	friend
amical	friendly
amont	upstream
ampleur	scale extent
ampoule	bulb
an	year
analyse	analysis
analyser	analyse analyze
ancien	former old
anglais	english
animal	animal
animation	activity event
animer	lead host run
année	year
annexe	annex appendix
anniversaire	anniversary birthday
annonce	announcement
annoncer	announce
annuel	annual
annulation	cancellation
annuler	cancel annul
antérieur	previous prior
août	august
apaiser	calm
apercevoir	see notice
apparaître	appear
appareil	device appliance
appartement	apartment flat
appartenance	membership
appartenir	belong
appel	appeal call
appeler	call
application	application app
appliquer	apply
apporter	bring provide
apprécier	appreciate enjoy
apprendre	learn
approche	approach
approuver	approve
appui	support
appuyer	support press
après-midi	afternoon
arbitrage	arbitration
arbitre	referee umpire arbitrator
arbre	tree
archives	archives
argent	money
armée	army military
arrêt	stop judgment ruling
arrêté	order decree arrested
arrêter	stop arrest
arrière	back rear
arrivé	arrived
arrivée	arrival
arriver	arrive happen
arrondissement	district
article	article
artisan	craftsman artisan
artiste	artist
aspect	aspect
assemblée	assembly
assez	enough quite
assigner	sue summon
assistance	assistance support
assister	attend assist
association	association
associé	partner associate
assumer	assume take
assurance	insurance
assuré	insured
assurer	ensure provide
assureur	insurer
atelier	workshop
atout	asset advantage
attaquer	attack
atteindre	reach achieve
atteinte	breach infringement damage
attendre	wait expect
attente	waiting expectation
attention	attention
attester	certify attest
attirer	attract
attribuer	award allocate grant
attribution	allocation award
audience	hearing audience
augmentation	increase rise
augmenté	increased
augmenter	increase raise rise
aujourd	today
auparavant	previously
auteur	author perpetrator
automne	autumn fall
automobiliste	motorist driver
autonomie	autonomy independence
autorisation	authorisation permit permission
autoriser	authorise allow
autorité	authority
autoroute	motorway highway
autre	other
autrefois	formerly
aval	downstream
avance	advance
avancer	advance
avantage	advantage benefit
avenir	future
avenue	avenue
avertissement	warning
aveugle	blind
avion	plane aircraft
avis	opinion notice view
avocat	lawyer counsel
avocate	lawyer
avoir	have
avril	april
bagage	luggage baggage
bail	lease
bailleur	landlord lessor
baisse	fall drop decline
baisser	fall drop lower
balcon	balcony
bancaire	bank
banlieue	suburb
banque	bank
barrage	dam roadblock
bas	low bottom
base	base basis
bateau	boat
bâtiment	building
bâtir	build
battre	beat
beau	beautiful fine
bénéfice	profit benefit
bénéficiaire	beneficiary recipient
bénéficier	benefit
bénévole	volunteer
bénir	bless
berger	shepherd
besoin	need
bibliothécaire	librarian
bibliothèque	library
biens	property goods assets
bientôt	soon
bilan	balance review toll
bilingue	bilingual
billet	ticket
blanc	white
blessé	injured wounded
blesser	injure hurt
blessure	injury
bleu	blue
boire	drink
bois	wood forest
boisson	drink
boîte	box
bon	good
bord	edge board
bouger	move
boulangerie	bakery
boulevard	boulevard
bourse	grant scholarship exchange
bout	end
bouteille	bottle
bouton	button
branche	branch
bras	arm
bref	short brief
brigade	brigade squad
brillant	brilliant bright
briser	break
brochure	brochure
brouillon	draft
bruit	noise
brûler	burn
bruyant	noisy
budget	budget
bulletin	bulletin newsletter ballot
bureau	office desk
but	goal aim
cabinet	office firm cabinet
cacher	hide
cadastre	register
cadre	framework executive frame
caisse	fund cash till
calcul	calculation
calculé	calculated
calculer	calculate
calendrier	calendar schedule
calme	calm
cambrioler	burgle burglarize rob
camion	truck lorry
campagne	campaign countryside
canal	canal channel
candidat	candidate
candidature	application candidacy
capable	able capable
capacité	capacity
capitaine	captain
capital	capital
capturer	capture
caractère	character
carburant	fuel
carrière	career quarry
carte	card map
cas	case
cassation	cassation
catastrophe	disaster catastrophe
catégorie	category
catholique	catholic
cause	cause reason
causer	cause
céder	give transfer sell
célèbre	famous
célébrer	celebrate
centaine	hundred
centenaire	centenary centennial
centre	centre center
cependant	however
cercle	circle
certain	certain some
certificat	certificate
cesser	cease stop
chacun	each
chaîne	chain channel
chaleur	heat
chambre	room chamber
champ	field
champion	champion
championnat	championship
chance	chance luck
changement	change
changer	change
chanson	song
chanter	sing
chanteur	singer
chantier	site works project
chapitre	chapter
charbon	coal
charge	charge load burden
chargé	responsible loaded
charger	load charge
charges	charges costs
chasse	hunting
chasser	hunt chase
chat	cat
château	castle chateau
chaud	hot warm
chauffage	heating
chauffeur	driver
chef	head chief leader
chef-lieu	capital
chemin	path way road
cher	expensive dear
chercher	look seek search
chercheur	researcher
chercheuse	researcher
cheval	horse
chien	dog
chiffre	figure number
chiffrer	encrypt
choc	shock
choisir	choose
choix	choice
chômage	unemployment
chômer	idle
chômeur	unemployed
chose	thing
chute	fall
ciel	sky
cimetière	cemetery
cinéma	cinema film
cinq	five
cinquante	fifty
circonstance	circumstance
circulation	traffic circulation
circuler	run travel circulate
citer	cite quote
citoyen	citizen
civil	civil
clair	clear
clairement	clearly
classe	class
classer	classify rank
clause	clause
clavier	keyboard
clé	key
client	client customer
climat	climate
climatique	climate
cliquer	click
clore	close
clôture	fence closing closure
clôturer	close
club	club
coalition	coalition
code	code
coeur	heart
collaborer	collaborate cooperate
collecte	collection
collectif	collective
collection	collection
collectivité	authority community
collège	school college
collègue	colleague
coller	paste
colline	hill
combattre	fight
combien	how
comité	committee
commande	order
commencer	begin start
commenter	comment
commerçant	shopkeeper trader retailer
commerce	trade shop commerce
commercial	commercial trade
commissaire	commissioner superintendent
commission	committee commission
commun	common joint
communauté	community
commune	town municipality commune
communication	communication
communiquer	communicate disclose
compagnie	company
comparer	compare
compenser	compensate offset
compétence	skill competence jurisdiction
complément	supplement
complet	complete full
complètement	completely
compléter	complete supplement
compliquer	complicate
comportement	behaviour behavior
comporter	include comprise
composer	make compose
comprendre	understand include
comptable	accountant accounting
compte	account
compter	count
comptes	accounts
compteur	meter
concerné	concerned
concerner	concern
concert	concert
concerter	consult
concevoir	design conceive
conclure	conclude sign
conclusion	conclusion
concours	competition contest
concret	concrete
concurrence	competition
condamnation	conviction sentence
condamner	sentence convict condemn
condition	condition
conducteur	driver
conduire	drive lead
conférence	conference
conférer	confer
confiance	confidence trust
confier	entrust
configurer	configure set manage
confirmer	confirm
conflit	conflict
conforme	compliant accordance
conformément	accordance pursuant
confronter	confront
congé	leave holiday
conjoint	spouse joint
connaissance	knowledge
connaître	know
connecter	connect sign log
connexion	connection login sign
consacrer	devote dedicate
conscient	aware
conseil	council board advice
conseiller	councillor adviser advise
conseillère	councillor
consentement	consent
conséquence	consequence
conserver	keep retain
considérer	consider
consommation	consumption
consommer	consume
constant	constant
constat	finding report
constater	note find observe
constituer	constitute form
construction	construction building
construire	build
construit	built
consultation	consultation
consulter	consult
contact	contact
contemporain	contemporary
contenir	contain
content	happy glad
contenu	content
contester	challenge contest dispute
contexte	context
continuer	continue
contrainte	constraint
contraire	contrary opposite
contrat	contract
contribuable	taxpayer
contribuer	contribute
contribution	contribution
contrôle	control inspection check
contrôler	control check
convaincre	convince
convention	agreement convention
convoquer	convene summon call
coopérative	cooperative co-operative
copie	copy
copier	copy
corps	body
correct	correct
correspondre	correspond match
corriger	correct
côté	side
cotisation	contribution fee subscription
cotiser	contribute
couler	flow sink
couleur	colour color
coup	blow shot stroke
coupable	guilty
coupe	cup cut
couper	cut
couple	couple
cour	court yard
courageux	brave courageous
courant	current
courir	run
couronne	crown
courriel	email mail
courrier	mail letter
cours	course class price
course	race
court	short
coût	cost
coûter	cost
coûteux	costly expensive
coutume	custom
couvrir	cover
craindre	fear
crainte	fear
créancier	creditor
création	creation
crèche	nursery creche
crédit	credit
créer	create set
crier	shout
crime	crime
crise	crisis
critère	criterion
critique	criticism critical critic
critiquer	criticise criticize
croire	believe
croiser	cross meet
croissance	growth
croissant	growing
cuisine	kitchen cooking
cuivre	copper
cultiver	grow cultivate
culture	culture crop
culturel	cultural
cycliste	cyclist
danger	danger
dangereux	dangerous
danser	dance
date	date
débat	debate discussion
débattre	debate
débit	flow debit rate
débiteur	debtor
débloquer	release unlock
début	beginning start
décembre	december
décennie	decade
décerner	award
décès	death
décharge	discharge dump
déchet	waste
déchets	waste
décider	decide
décision	decision ruling
déclaration	statement declaration
déclarer	declare state say
déclencher	trigger start
découverte	discovery
découvrir	discover
décret	decree
décrire	describe
défaut	default lack defect
défavorable	unfavourable unfavorable
défendre	defend
défense	defence defense
défi	challenge
déficit	deficit
défilé	parade
définir	define
dégât	damage
dégâts	damage
degré	degree
déguster	taste
dehors	outside
déjà	already
délai	period deadline time
délégation	delegation
délégué	delegate
délibération	deliberation resolution
délit	offence offense
délivrer	issue deliver
demain	tomorrow
demande	request application demand
demander	ask request
demandeur	applicant claimant
démarche	step approach procedure
démarrer	start
demeure	residence
demeurer	remain
démission	resignation
démolir	demolish
démontrer	demonstrate show
dénombrer	count
dénoncer	denounce condemn
départ	departure start
départager	decide
département	department county
dépasser	exceed
dépendre	depend
dépense	expenditure spending expense
dépenser	spend
déplacement	travel trip movement
déplacer	move
déposer	file lodge deposit
dépôt	deposit filing depot
député	member deputy
déranger	disturb
dernier	last latest
déroulement	course progress
désaccord	disagreement
descendre	go descend
désigner	appoint designate refer
désirer	want wish
désormais	now henceforth
dessiner	draw design
dessus	above
destination	destination
destiner	intend
détail	detail
détaillé	detailed
détecter	detect
détenir	hold detain
détention	detention possession
déterminer	determine
détruire	destroy
détruit	destroyed
dette	debt
deux	two
deuxième	second
devancer	beat overtake outpace lead
développement	development
développer	develop
devenir	become
deviner	guess
dévoiler	unveil reveal
devoir	must duty owe
dévoué	devoted
dialogue	dialogue
difficile	difficult
difficulté	difficulty
diffuser	broadcast distribute
diffusion	broadcast distribution
digne	worthy
dimanche	sunday
diminué	reduced
diminuer	decrease reduce fall
diminution	decrease reduction
dîner	dinner
diplôme	diploma degree
dire	say tell
directeur	director manager
direction	management direction
dirigeant	leader executive
diriger	lead run direct
discours	speech
discret	discreet
discussion	discussion
discuter	discuss
disparaître	disappear
disparition	disappearance death
disponible	available
disposer	have dispose
dispositif	system scheme device
disposition	provision arrangement
disputer	play dispute
dissolution	dissolution
distance	distance
distinction	distinction award
distinguer	distinguish
distribuer	distribute
divers	various
diversité	diversity
dividende	dividend
divisé	divided
diviser	divide
dix	ten
dixième	tenth
document	document
domaine	field area domain
domicile	home residence
dommage	damage pity
don	donation gift
donnée	data
données	data
donner	give
dossier	file case record
dotation	allocation grant
douane	customs
doubler	double
doute	doubt
douter	doubt
doux	soft mild
douze	twelve
dresser	draw erect
droit	right law entitled
droite	right
durable	sustainable lasting
durée	duration term length
durer	last
eau	water
écart	gap difference
échange	exchange
échapper	escape
échéance	deadline due maturity
échec	failure
échelle	scale ladder
éclairage	lighting
éclater	break burst
école	school
écologie	ecology
écologique	ecological green
économie	economy saving
économique	economic
économiser	save
écouter	listen
écran	screen
écrire	write
écrit	written
écrivain	writer
édition	edition publishing
effacer	erase delete
effectif	workforce actual effective
effectuer	carry make perform
effet	effect
efficace	effective efficient
effort	effort
égal	equal
également	also equally
égalité	equality
église	church
élaborer	draw develop
élargir	widen extend
électeur	voter
élection	election
électricité	electricity
électrique	electric electrical
élégant	elegant
élément	element
élevage	breeding livestock
élevé	high
élève	pupil student
élever	raise
éleveur	farmer breeder
éliminer	eliminate knock remove
élire	elect
éloigner	move remove
élu	elected councillor
embauche	hiring recruitment
embaucher	hire recruit
émission	emission programme issue
emmener	take
émouvoir	move
empêcher	prevent
emploi	employment job
employer	employ use
employeur	employer
emporter	take win
emprunt	loan borrowing
emprunter	borrow
encadrement	supervision management
encourager	encourage
endommager	damage
endroit	place
énergie	energy
enfant	child
enfin	finally
engagement	commitment
engager	commit engage hire
enjeu	stake issue
enlever	remove
ennemi	enemy
énorme	huge
enquête	investigation inquiry survey
enregistrement	recording registration
enregistrer	record register save
enseignant	teacher
enseignement	teaching education
ensemble	together whole set
ensuite	then
entamer	begin start
entendre	hear
entendu	heard agreed
entier	whole entire
entourer	surround
entraîner	lead cause train
entraîneur	coach trainer
entrée	entry entrance
entrepôt	warehouse
entrepreneur	contractor entrepreneur
entreprise	company business firm
entrer	enter come
entretenir	maintain
entretien	maintenance interview
environ	about around
environnement	environment
envisager	consider plan
envoyer	send
épargne	savings
épisode	episode
époque	time period
épreuve	test event ordeal
épuisé	exhausted
équilibre	balance
équipe	team
équipement	equipment facility
équiper	equip
erreur	error mistake
escalier	stairs staircase
espace	space area
espèce	species kind
espérance	hope expectancy
espérer	hope
espoir	hope
esprit	mind spirit
essai	trial test
essayer	try
essence	petrol gasoline
essentiel	essential
estimation	estimate
estimer	estimate consider
établi	established
établir	establish
établissement	establishment institution school
étage	floor storey
étape	stage step
état	state condition
étendre	extend spread
étoile	star
étonner	surprise
étranger	foreign abroad foreigner
être	be
étude	study
étudiant	student
étudier	study
euro	euro
européen	european
évacuer	evacuate
évaluation	assessment evaluation
évaluer	assess evaluate
éveiller	awaken
événement	event
éventuel	possible potential
évidemment	obviously
évident	obvious
éviter	avoid
évolution	change development trend
évoquer	mention raise evoke
exact	exact accurate
exagérer	exaggerate
examen	examination exam review
examiner	examine consider
excédent	surplus
excellent	excellent
exception	exception
exceptionnel	exceptional extraordinary
exclure	exclude
exclusivement	exclusively
exécution	execution enforcement
exemplaire	copy exemplary
exemple	example
exercer	exercise practise exert
exercice	year exercise financial
exiger	require demand
existant	existing
exister	exist
expéditeur	sender
expérience	experience experiment
expert	expert
explication	explanation
expliqué	explained
expliquer	explain
exploitation	farm operation holding
exploiter	operate exploit run
exportation	export
exposer	exhibit explain expose
exposition	exhibition
expression	expression
exprimer	express
expulser	expel evict deport
extension	extension expansion
extérieur	outside external exterior
fabrication	manufacturing production
fabriquer	make manufacture
fabuleux	fabulous
face	face
fâcher	anger
facile	easy
faciliter	facilitate ease
façon	way
facture	invoice bill
facultatif	optional
faible	weak low
faillite	bankruptcy
faire	make do
falloir	need
famille	family
fatigue	fatigue tiredness
faute	fault misconduct
faux	false wrong
faveur	favour favor
favorable	favourable favorable
fédération	federation
féliciter	congratulate
féminin	female women
femme	woman wife
fenêtre	window
ferme	farm
fermement	firmly
fermer	close shut
fermeture	closure closing
fermier	farmer
fête	festival party celebration
feu	fire
feuille	leaf sheet
février	february
fiable	reliable
fichier	file
fidèle	faithful loyal
fier	proud
figurer	appear feature
fille	girl daughter
film	film movie
filmer	film
fils	son
filtrer	filter
fin	end
final	final
financé	financed
financement	financing funding
financer	finance fund
financier	financial
fiscal	tax fiscal
fixé	fixed set
fixer	set fix
flamme	flame
fleur	flower
fleurir	bloom
fleuve	river
flotte	fleet
foi	faith
foire	fair
fois	time times
fonction	function office position
fonctionnaire	official civil
fonctionnel	functional
fonctionnement	operation running functioning
fonctionner	work operate
fond	bottom background substance
fondamental	fundamental
fondateur	founder
fondation	foundation
fonder	found base
fonds	fund funds
fontaine	fountain
force	force strength
forestier	forest
forêt	forest
formation	training education
forme	form shape
former	train form
formulaire	form
fort	strong high
fournir	provide supply
fournisseur	supplier
fourniture	supply supplies
fraction	fraction part
frais	costs fees expenses fresh
français	french
france	france
franchir	cross
frapper	hit strike
freiner	slow brake
fréquent	frequent
fréquentation	attendance visitors
frère	brother
froid	cold
frontalier	border
frontière	border
fruit	fruit
fuir	flee leak
fuite	leak escape
fusion	merger
gabarit	template
gagner	win earn
garage	garage
garantie	guarantee warranty
garantir	guarantee ensure
garçon	boy
garde	custody guard
garder	keep
gardien	keeper guardian caretaker
gare	station
gauche	left
gaz	gas
géant	giant
gendarme	gendarme police
gendarmerie	gendarmerie police
général	general
généralement	generally
généreux	generous
genre	kind gender
gens	people
gérant	manager
gérer	manage handle
gestion	management
goûter	taste
gouvernement	government
gouverneur	governor
grâce	thanks grace
grand	large big great
grandir	grow
gratuit	free
gratuité	free
gratuitement	free
grave	serious severe
gravement	seriously
grève	strike
grille	grid gate scale
grimper	climb
groupe	group
guérir	cure heal
guerre	war
guichet	counter desk
guide	guide
habitant	resident inhabitant
habiter	live
habitude	habit
habituel	usual
handicap	disability
handicapé	disabled
hausse	rise increase
haut	high top
hauteur	height
hebdomadaire	weekly
hectare	hectare
hérité	inherited
héritier	heir
heure	hour time
heureux	happy
hier	yesterday
histoire	history story
historique	historic historical
hiver	winter
hommage	tribute
homme	man
honneur	honour honor
honorer	honour honor
hôpital	hospital
horaire	schedule timetable hours
hôtel	hotel
huit	eight
humain	human
humanitaire	humanitarian
idée	idea
identité	identity
ignorer	ignore know
île	island
illustrer	illustrate
image	image picture
imaginer	imagine
immédiat	immediate
immense	huge immense
immeuble	building
immobilier	property real estate
impact	impact
impayé	unpaid
impliquer	involve imply
important	important significant
importer	import matter
imposer	impose
impossible	impossible
impôt	tax
impressionnant	impressive
inauguration	inauguration opening
inaugurer	open inaugurate
incendie	fire
incertain	uncertain
incident	incident
inciter	encourage prompt
inclure	include
inconnu	unknown
indemniser	compensate
indemnité	allowance compensation indemnity
indépendant	independent
indiquer	indicate state show
individuel	individual
industrie	industry
inédit	new unpublished
infirmier	nurse
information	information
informer	inform
infraction	offence offense breach
ingénieur	engineer
initiative	initiative
inondation	flood flooding
inquiet	worried concerned
inquiétude	concern worry
inscription	registration enrolment
inscrire	register enrol
insister	insist
inspecteur	inspector
inspirer	inspire
installation	installation facility
installer	install set
instant	moment
instruction	instruction investigation
insuffisant	insufficient
intégral	full complete
intégrer	integrate include
intempérie	weather
intense	intense
intercommunal	intermunicipal
interdire	prohibit ban forbid
interdit	prohibited banned forbidden
intérêt	interest
interface	interface
intérieur	interior inside domestic
intérim	interim
international	international
interpeller	arrest detain question
interroger	question ask
intervenir	intervene occur
intervention	intervention operation
inutile	useless unnecessary
inventaire	inventory
investir	invest
investissement	investment
inviter	invite
irrecevable	inadmissible
jamais	never
janvier	january
jardin	garden
jaune	yellow
jeter	throw dump
jeton	token
jeu	game play
jeudi	thursday
jeune	young youth
jeunesse	youth
joie	joy
joindre	join attach
joli	pretty
jouer	play
joueur	player
jour	day
journal	newspaper
journaliste	journalist
journée	day
judiciaire	judicial
juge	judge
jugement	judgment judgement
juger	judge
juillet	july
juin	june
juré	juror
juridiction	court jurisdiction
juridique	legal
jurisprudence	case law jurisprudence
jury	jury
juste	just fair
justice	justice
justifier	justify
kilomètre	kilometre kilometer
laboratoire	laboratory lab
lac	lake
laisser	leave let
lait	milk
lancement	launch
lancer	launch throw
langue	language tongue
large	wide broad
lauréat	winner
lecture	reading
légal	legal
léger	light slight
législation	legislation
lendemain	day following
lent	slow
lettre	letter
lever	raise lift
libération	release liberation
libérer	release free
librairie	bookshop bookstore
libre	free
licence	licence license degree
licenciement	dismissal redundancy layoff
licencier	dismiss lay
lien	link tie
lieu	place venue
ligne	line
limite	limit
limiter	limit
limoger	sack dismiss fire
linge	linen
lire	read
liste	list
litige	dispute
litre	litre liter
littérature	literature
livraison	delivery
livre	book pound
livrer	deliver
local	local premises
locataire	tenant
location	rental renting
locaux	premises
logement	housing accommodation home
loger	house stay
logiciel	software
loi	law act
loin	far
loisir	leisure hobby
long	long
longtemps	long
louer	rent let praise
lourd	heavy
loyer	rent
lumière	light
lundi	monday
lutte	fight struggle
lutter	fight
madame	madam mrs
magasin	shop store
magistrat	magistrate judge
mai	may
main	hand
main-d’oeuvre	labour
maintenant	now
maintenir	maintain keep
maintien	maintenance retention
maire	mayor
mairie	town hall
maison	house home
maître	master
maîtrise	control mastery
majeur	major adult
majorité	majority
mal	badly harm
malade	ill sick patient
maladie	disease illness
mandat	term mandate office
manger	eat
manière	manner way
manifestant	protester
manifestation	demonstration event
manifester	demonstrate show
manque	lack shortage
manquer	miss lack
marchandise	goods merchandise
marché	market
marcher	walk work
mardi	tuesday
mari	husband
mariage	marriage wedding
maritime	maritime sea
marque	brand mark
marquer	mark score
mars	march
masquer	hide mask
matériel	equipment material
matière	matter material subject
matin	morning
mauvais	bad
médecin	doctor
médiathèque	library media
médical	medical
médicament	medicine drug
meilleur	better best
membre	member
mémoire	memory thesis
menace	threat
menacer	threaten
mener	lead conduct
mensuel	monthly
mention	mention reference
mentionner	mention
mentir	lie
menu	menu
mer	sea
merci	thanks
mercredi	wednesday
mère	mother
mérite	merit
mériter	deserve
merveilleux	wonderful
mesure	measure extent
mesurer	measure
météo	weather
méthode	method
métier	trade job profession
mètre	metre meter
mettre	put set
meurtre	murder
midi	noon midday
milieu	middle environment
militaire	military
mille	thousand
milliard	billion
million	million
mineur	minor miner
minimum	minimum
ministère	ministry
ministre	minister
minorité	minority
minute	minute
mise	placing setting
mission	mission task
mobilier	furniture
mobiliser	mobilise mobilize
modalité	arrangement terms
mode	mode fashion way
modèle	template model
moderne	modern
modeste	modest small
modification	amendment change modification
modifier	amend change modify edit
moins	less minus fewer
mois	month
moitié	half
moment	moment time
monde	world people
mondial	world global
mondialement	worldwide
monnaie	currency money
monsieur	mister sir
montagne	mountain
montant	amount
monter	rise climb go
montrer	show
morceau	piece
mort	dead death
mot	word
moteur	engine motor
motif	ground reason motive
mourir	die
moyen	means average medium
moyenne	average
multiple	multiple
multiplier	multiply
municipal	municipal town
municipalité	municipality council
mur	wall
musée	museum
musicien	musician
musique	music
mutuel	mutual
naissance	birth
naître	born
national	national
nature	nature
naturel	natural
navigateur	browser
navire	ship
nécessaire	necessary
négatif	negative
négociation	negotiation
négocier	negotiate
neige	snow
net	net
nettoyage	cleaning
neuf	nine new
niveau	level
noir	black
nom	name
nombre	number
nombreux	many numerous
nommer	appoint name
nord	north
normal	normal
notaire	notary
notamment	including particularly notably
note	note mark
noter	note
notification	notification notify
notifier	notify
nourrir	feed
nourriture	food
nouveau	new
nouvelle	news new
nouvellement	newly
novembre	november
nuisance	nuisance disturbance
nuit	night
nul	void null
numéro	number
objectif	objective goal target
objet	object purpose
obligation	obligation duty
obligatoire	compulsory mandatory
obliger	require oblige
obsèques	funeral
observer	observe watch
obtenir	obtain get
occasion	opportunity occasion
occupant	occupant occupier
occupé	busy occupied
occuper	occupy
octobre	october
oeuvre	work
offert	offered
office	office
officiel	official
offre	offer supply
offrir	offer
oiseau	bird
ombre	shadow shade
onglet	tab
onze	eleven
opérateur	operator
opération	operation
opinion	opinion
opposer	oppose
opposition	opposition
orage	storm
orchestre	orchestra
ordinaire	ordinary
ordonnance	order prescription
ordonner	order
ordre	order
organisation	organisation organization
organiser	organise organize hold
origine	origin
oublier	forget
ouest	west
outil	tool
ouvert	open
ouverture	opening
ouvrage	work structure
ouvrier	worker
ouvrir	open
page	page
paiement	payment
pain	bread
paix	peace
panneau	sign panel
papier	paper
paraître	appear seem
paramètre	setting parameter
parc	park
parcelle	plot parcel
parcours	route course
pareil	similar
parent	parent
parking	parking
parlement	parliament
parler	speak talk
parole	word speech
part	share part
partage	sharing division
partager	share
partenaire	partner
partenariat	partnership
parti	party
participation	participation contribution
participer	participate take
particulier	particular private
partie	part party
partiel	partial
partir	leave go
parvenir	reach manage
passage	passage crossing
passager	passenger
passé	past
passer	pass spend go
patient	patient
patienter	wait
patrimoine	heritage assets
patron	boss employer
pauvre	poor
payer	pay
pays	country
paysage	landscape
pêche	fishing
pêcheur	fisherman
peindre	paint
peine	sentence penalty sorrow
pénal	criminal penal
pénalité	penalty
pénétrer	enter penetrate
penser	think
pension	pension
percer	pierce break
percevoir	receive collect perceive
percuter	hit strike struck crash
perdre	lose
père	father
perfectionner	improve
période	period
permanence	office hours
permanent	permanent
permettre	allow enable permit
permis	licence license permit
persister	persist
personne	person nobody
personnel	staff personnel personal
perte	loss
peser	weigh
petit	small little
peuple	people
peur	fear
peut-être	perhaps maybe
pharmacie	pharmacy chemist
photo	photo photograph
pièce	room piece document
pied	foot
pierre	stone
piéton	pedestrian
pilote	pilot
piscine	pool
place	square place seat
placer	place put
plafond	ceiling
plage	beach
plaignant	plaintiff complainant
plaine	plain
plainte	complaint
plaire	please
plaisir	pleasure
plan	plan
planification	planning
plante	plant
planter	plant
plateau	plateau tray set
plein	full
plénière	plenary
pleurer	cry mourn
pleuvoir	rain
plonger	dive plunge
pluie	rain
plupart	most
plusieurs	several
plutôt	rather
poids	weight
point	point
police	police
policier	police officer policeman policewoman
politique	policy political politics
pompier	firefighter fireman
pont	bridge
population	population
port	port harbour
portail	gate portal
porte	door
porter	carry wear bring
porteur	carrier bearer
posé	placed
poser	put ask
position	position stance
posséder	own possess
possible	possible
poste	post position job
potager	vegetable
pourcentage	percentage
poursuite	prosecution proceedings pursuit
poursuivre	continue pursue prosecute
pourtant	yet however
pouvoir	power can able
pratique	practice practical
préalable	prior prerequisite
préavis	notice
précédent	previous preceding
précéder	precede
précis	precise
préciser	specify state
prédire	predict
préfecture	prefecture
préférer	prefer
préfet	prefect
préjudice	damage harm loss
prélever	take deduct
premier	first
premièrement	firstly first
prendre	take
préparer	prepare
présence	presence attendance
présent	present
présentation	presentation
présenter	present
préservation	preservation
préserver	preserve protect
président	president chairman chair
presse	press
prestation	service benefit
prêt	loan ready
prêter	lend
prévenir	warn prevent
prévention	prevention
prévoir	provide plan forecast
prévu	planned scheduled provided
prier	pray ask
principal	main principal
principe	principle
printemps	spring
priorité	priority
prison	prison
privé	private
prix	price prize award
problème	problem
procéder	proceed carry
procédure	procedure proceedings
procès	trial
prochain	next
proche	close near
procureur	prosecutor
producteur	producer grower
production	production
produire	produce
produit	product
professeur	teacher professor
profession	profession
professionnel	professional
profit	profit
profiter	benefit enjoy
programme	programme program
progrès	progress
progresser	progress grow
projet	project plan draft
prolonger	extend prolong
promenade	walk
promesse	promise
promettre	promise
promouvoir	promote
prononcé	pronounced delivered
prononcer	pronounce deliver
proportion	proportion
propos	remarks subject
proposer	propose offer
proposition	proposal
propre	own clean
propriétaire	owner landlord
propriété	property
protection	protection
protéger	protect
protocole	protocol
prouver	prove
provenir	come
provisoire	provisional temporary
provoquer	cause provoke
prudence	caution
public	public
publication	publication
publier	publish
puissance	power
qualifier	qualify describe
qualité	quality
quartier	district neighbourhood neighborhood
quatorze	fourteen
quatre	four
question	question
quinze	fifteen
quitter	leave
quota	quota
quotidien	daily
racheter	buy acquire
raconter	tell recount
radio	radio
raison	reason
rajouter	add
ramener	bring reduce
randonnée	hike walk hiking trek
randonneur	hiker walker rambler
ranger	tidy store
rapide	fast quick
rapidement	quickly
rappel	reminder recall
rappeler	recall remind
rapport	report relation
rapporter	report bring
rapporteur	rapporteur
rassembler	gather bring
rater	miss
rattacher	attach
ravi	delighted
réagir	react respond
réaliser	carry achieve make
rebelle	rebel
recensement	census
récent	recent
recette	revenue receipt recipe
recevoir	receive
recherche	research search
rechercher	search
récolte	harvest crop
recommandation	recommendation
recommander	recommend
recommencer	resume restart
récompenser	reward
reconnaître	recognise recognize admit
reconstruction	reconstruction rebuilding
recours	appeal recourse
recrutement	recruitment
recruter	recruit
recteur	rector
reçu	received receipt
recueillir	collect gather
reculer	retreat fall
rédaction	drafting writing newsroom
redevance	fee charge
rédigé	drafted written
rédiger	draft write
réduction	reduction
réduire	reduce
réduit	reduced
réel	real
réessayer	retry
référence	reference
réfléchir	think reflect
refléter	reflect
réformer	reform
réfugié	refugee
refus	refusal
refuser	refuse reject
regarder	look watch
régime	scheme system diet
région	region
régional	regional
registre	register registry
règle	rule
règlement	regulation rules settlement
régler	settle pay adjust
regret	regret
regretter	regret
rejeter	reject dismiss
rejoindre	join
relancer	revive relaunch
relation	relationship relation
relever	raise note point
remarquable	remarkable
remarquer	notice
remboursement	repayment refund
rembourser	repay reimburse refund
remercier	thank
remettre	hand give submit
remise	handing discount delivery
remonter	go rise
remplacer	replace
remplir	fill fulfil
remporter	win
rémunération	remuneration pay
rencontre	meeting encounter
rencontrer	meet
rendement	yield output
rendre	make return give
rendu	rendered made
renforcer	strengthen reinforce
renoncer	give waive renounce
renouveler	renew
renouvellement	renewal
rénovation	renovation
rénover	renovate
renseignement	information
renseigner	inform
rentable	profitable
rentrée	return start
rentrer	return come
renvoyer	dismiss expel
répandre	spread
réparation	repair compensation
réparer	repair
réparti	distributed
répartir	divide distribute share
répartition	distribution breakdown allocation
repas	meal
répertoire	directory repertoire
répéter	repeat
répondre	answer reply respond
réponse	answer reply response
reporter	postpone report
repos	rest
reprendre	resume take
représentant	representative
représenter	represent
reprise	recovery resumption
reprocher	blame accuse criticise criticize reproach
reproduire	reproduce
république	republic
requérant	applicant
requête	application request query
réseau	network
réservation	booking reservation
réserve	reserve reservation
réservé	reserved
réservoir	tank reservoir
résidence	residence
résident	resident
résiliation	termination cancellation
résilier	terminate cancel
résister	resist
résoudre	solve resolve
respect	respect
respecter	respect comply
respectif	respective
respirer	breathe
responsabilité	responsibility liability
responsable	responsible manager head
ressource	resource
restaurant	restaurant
restauration	restoration catering
reste	rest remainder
rester	remain stay
restreindre	restrict
résultat	result outcome
rétablir	restore
retard	delay
retenir	retain hold withhold
retenue	deduction withholding
retirer	withdraw remove
retour	return
retraite	retirement pension
retraité	retired pensioner
retrouver	find meet
réunion	meeting
réunir	gather bring meet
réussi	successful
réussir	succeed
réussite	success
réveiller	wake
révéler	reveal
revenir	return come
revenu	income revenue
rêver	dream
réviser	revise review
révision	revision review
révoquer	revoke dismiss
rire	laugh
risque	risk
risquer	risk
riverain	resident
rivière	river
riz	rice
robe	dress
roi	king
rôle	role
roman	novel
rompre	break
rouge	red
route	road route
rue	street
ruisseau	stream
rupture	breach break
rural	rural
sable	sand
saisir	seize refer take enter type
saison	season
salaire	salary wage pay
salarié	employee worker
salle	room hall
salon	fair show lounge
saluer	welcome greet salute
samedi	saturday
sanction	sanction penalty
sanctionner	punish sanction
sanitaire	health sanitary
santé	health
satisfaction	satisfaction
satisfaire	satisfy
sauvegarde	protection backup
sauver	save
savoir	know
savourer	savour
science	science
scolaire	school
scrutin	ballot vote poll
séance	meeting sitting session
second	second
secourir	rescue
secours	rescue relief emergency
secrétaire	secretary
secrétariat	secretariat office
secteur	sector area
sécurité	safety security
séduire	attract charm
seize	sixteen
sélectionner	select
semaine	week
sembler	seem
semer	sow
semestre	half semester
sénat	senate
sens	sense meaning direction
sentence	sentence award
sentiment	feeling
sentir	feel smell
séparer	separate
sept	seven
septembre	september
série	series
sérieux	serious
serveur	server
service	service department
servir	serve
seuil	threshold
seul	alone only single
siècle	century
siège	seat headquarters
siéger	sit
signalement	report
signaler	report point
signature	signature
signer	sign
signifier	mean
silence	silence
simple	simple
sinistre	disaster claim
site	site
situation	situation
six	six
social	social
société	company society
soeur	sister
soigner	treat care
soin	care
soins	care
soir	evening
soirée	evening
sol	ground soil
soldat	soldier
solde	balance
soleil	sun
solidarité	solidarity
solliciter	request seek
solution	solution
sommaire	summary contents
somme	sum amount
sommet	summit top
sonner	ring
sortant	outgoing
sortie	exit release outing
sortir	go come leave release
souffrir	suffer
souhaiter	wish want
souligner	stress underline emphasise
soumettre	submit
soupçonner	suspect
source	source spring
souscrire	subscribe take
souscrit	subscribed
soutenir	support
soutien	support
souvent	often
spécial	special
spectacle	show performance
spectateur	spectator
sport	sport
sportif	sports athlete
stable	stable
stade	stadium stage
stage	internship course
stagiaire	trainee intern
stationnement	parking
statut	status statute
statuts	articles statutes
stock	stock
stockage	storage
stocker	store
stratégie	strategy
structure	structure
subir	suffer undergo
subvention	grant subsidy
subventionner	subsidise fund
succéder	succeed
succès	success
succession	succession estate
sud	south
suffire	suffice enough
suffrage	vote
suggérer	suggest
suite	following result sequel
suivant	following next
suivre	follow
sujet	subject topic
supérieur	higher upper superior
suppléant	substitute alternate
supplémentaire	additional extra
supporter	bear support
supposer	assume suppose
suppression	removal abolition
supprimer	remove delete abolish
sûr	sure safe
surface	area surface
surprendre	surprise
surtout	especially above
surveillance	surveillance supervision
surveiller	monitor watch
survivre	survive
susceptible	likely liable
suspect	suspect
suspendre	suspend
suspension	suspension
syndicat	union
système	system
table	table
tableau	table painting board
taille	size height
taire	silence
tard	late
tarif	rate fare price
taux	rate
taxe	tax levy
technique	technical technique
télécharger	download upload
téléphone	telephone phone
téléverser	upload
télévision	television
témoignage	testimony evidence
témoigner	testify show
témoin	witness
température	temperature
tempête	storm
temps	time weather
tendance	trend
tendre	tend hold
tenir	hold keep
tentative	attempt
tenter	try attempt
tenue	holding conduct
terme	term end
terminer	end finish complete
terrain	land ground pitch site
terrasse	terrace
terre	land earth soil
territoire	territory area
test	test
tester	test
tête	head
texte	text
théâtre	theatre theater
tiers	third party
tirer	draw pull shoot
titre	title heading
toit	roof
toiture	roof
tolérance	tolerance
tomber	fall
tonne	tonne ton
total	total
toucher	touch affect receive
tour	tower turn round
tourisme	tourism
touriste	tourist
tourner	turn film
tournoi	tournament
toutefois	however
tracer	trace draw
tradition	tradition
traduction	translation
traduire	translate
trafic	traffic
trahir	betray
train	train
traitement	processing treatment
traiter	deal treat process
trajet	journey route
tranquille	quiet
transfert	transfer
transformer	transform convert
transmettre	send transmit forward
transport	transport
transporter	carry transport
travail	work labour
travailler	work
travailleur	worker
travaux	works work
traverser	cross
treize	thirteen
trembler	shake
trente	thirty
trésor	treasure treasury
trésorier	treasurer
tribunal	court tribunal
tribune	stand platform
trier	sort
trimestre	quarter
trois	three
troisième	third
trottoir	pavement sidewalk
trouver	find
tuer	kill
tutelle	supervision guardianship
type	type
unanimité	unanimity unanimously
union	union
unique	single unique
unir	unite
université	university
urbain	urban
urgence	emergency urgency
urgent	urgent
usage	use
usager	user
usine	factory
utile	useful
utilisateur	user
utilisation	use
utiliser	use
vacance	vacancy
vacances	holiday holidays vacation
vaincre	defeat
valeur	value
valider	validate approve confirm
validité	validity
vallée	valley
valoir	worth
varier	vary
véhicule	vehicle
veiller	ensure watch
vélo	bike bicycle
vendeur	seller vendor
vendre	sell
vendredi	friday
vendu	sold
venir	come
vent	wind
vente	sale sales
ventre	belly
verger	orchard
vérifié	checked verified
vérifier	check verify
vérité	truth
verre	glass
versement	payment instalment
verser	pay
version	version
vert	green
vestiaire	cloakroom changing
veuve	widow
viande	meat
victime	victim
vide	empty
vider	empty
vie	life
vieux	old
vigilance	vigilance caution
village	village
ville	city town
vin	wine
vingt	twenty
violence	violence
visage	face
viser	aim target
visible	visible
visite	visit
visiter	visit
visiteur	visitor
vite	quickly fast
vitesse	speed
vivre	live
voie	way lane track
voir	see
voirie	roads
voisin	neighbour neighbor
voiture	car
voix	voice vote
vol	flight theft
voler	steal fly
volonté	will wish
vote	vote
voter	vote
vouloir	want
voyage	journey trip travel
voyageur	traveller passenger
vrai	true real
vue	view
zone	zone area
`;
