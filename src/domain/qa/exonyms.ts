/**
 * Names whose English is not the French (issue 28): exonyms, institutions and their acronyms,
 * monuments, popes and kings — and, for the places, the ones spelt the same, so that a place
 * replaced by another (`Lyon` → `Lille`) is recognised as one. Written for the project from
 * common English usage (the spellings of the English-language press: Reuters, AP, the BBC and
 * the Guardian style guides), one line a name: `French forms → English forms`, variants split
 * by `;`. The French forms are matched case- and accent-insensitively but need their capital
 * (`Tours` the city, not `tours`); the English ones as whole words. A city's own spelling counts where
 * English writes its football club so (`Naples` → `Napoli`). A country's or region's
 * English adjective counts as its rendering (`la Chine` → `Chinese exports`).
 *
 * Extended (countries, regions, seas and rivers, world cities, international bodies and their
 * acronyms) from the contributors' general knowledge of the standard
 * English exonyms and names as the same press style guides write them; no list was copied.
 * Named days and periods (`la Saint-Sylvestre`, `les Trente Glorieuses`) are read from the dates
 * check's table (`holidays.ts`), so both checks know the same ones.
 */
import { holidays, namedPeriods } from './holidays';
import { lazy } from './lib';

/** What a name is: a name replaced by another of the same sort is a changed name. */
export type NameKind = 'country' | 'region' | 'city' | 'organisation' | 'monument' | 'pope' | 'ruler' | 'person' | 'institution' | 'loose';

export interface Exonym {
  french: readonly string[];
  english: readonly string[];
  kind: NameKind;
}

const countries = `
France → France; French
Allemagne → Germany; German
Espagne → Spain; Spanish
Italie → Italy; Italian
Royaume-Uni → United Kingdom; UK; U.K.; Britain; British
Grande-Bretagne → Great Britain; Britain; British; UK
Angleterre → England; English; Britain; British; UK
Écosse → Scotland; Scottish; Scots
Irlande → Ireland; Irish
Irlande du Nord → Northern Ireland
pays de Galles → Wales; Welsh
Belgique → Belgium; Belgian
Pays-Bas → Netherlands; Holland; Dutch
Suisse → Switzerland; Swiss
Autriche → Austria; Austrian
Portugal → Portugal; Portuguese
Grèce → Greece; Greek
Pologne → Poland; Polish
Suède → Sweden; Swedish
Norvège → Norway; Norwegian
Danemark → Denmark; Danish
Finlande → Finland; Finnish
Islande → Iceland; Icelandic
Hongrie → Hungary; Hungarian
Roumanie → Romania; Romanian
Bulgarie → Bulgaria; Bulgarian
République tchèque → Czech Republic; Czechia; Czech
Slovaquie → Slovakia; Slovak
Slovénie → Slovenia; Slovenian
Croatie → Croatia; Croatian
Serbie → Serbia; Serbian
Albanie → Albania; Albanian
Kosovo → Kosovo
Lituanie → Lithuania; Lithuanian
Lettonie → Latvia; Latvian
Estonie → Estonia; Estonian
Ukraine → Ukraine; Ukrainian
Russie → Russia; Russian
Biélorussie; Bélarus → Belarus; Belarusian
Moldavie → Moldova; Moldovan
Géorgie → Georgia; Georgian
Arménie → Armenia; Armenian
Azerbaïdjan → Azerbaijan
Turquie → Turkey; Türkiye; Turkish
Chypre → Cyprus; Cypriot
Malte → Malta; Maltese
Luxembourg → Luxembourg
Monaco → Monaco
Andorre → Andorra
Vatican; Saint-Siège → Vatican; Holy See
États-Unis → United States; US; U.S.; USA; America; American
Canada → Canada; Canadian
Mexique → Mexico; Mexican
Brésil → Brazil; Brazilian
Argentine → Argentina; Argentine; Argentinian
Chili → Chile; Chilean
Pérou → Peru; Peruvian
Colombie → Colombia; Colombian
Venezuela → Venezuela; Venezuelan
Bolivie → Bolivia
Équateur → Ecuador
Cuba → Cuba; Cuban
Haïti → Haiti; Haitian
Chine → China; Chinese
Japon → Japan; Japanese
Inde → India; Indian
Corée du Sud → South Korea; Korea; South Korean
Corée du Nord → North Korea; North Korean
Taïwan → Taiwan; Taiwanese
Viêt Nam; Vietnam → Vietnam; Vietnamese
Thaïlande → Thailand; Thai
Indonésie → Indonesia; Indonesian
Malaisie → Malaysia; Malaysian
Philippines → Philippines; Philippine
Singapour → Singapore
Australie → Australia; Australian
Nouvelle-Zélande → New Zealand
Pakistan → Pakistan; Pakistani
Afghanistan → Afghanistan; Afghan
Iran → Iran; Iranian
Irak → Iraq; Iraqi
Syrie → Syria; Syrian
Liban → Lebanon; Lebanese
Israël → Israel; Israeli
Jordanie → Jordan; Jordanian
Arabie saoudite → Saudi Arabia; Saudi
Yémen → Yemen
Qatar → Qatar
Émirats arabes unis → United Arab Emirates; UAE; Emirates
Koweït → Kuwait
Égypte → Egypt; Egyptian
Libye → Libya; Libyan
Tunisie → Tunisia; Tunisian
Algérie → Algeria; Algerian
Maroc → Morocco; Moroccan
Sénégal → Senegal; Senegalese
Mali → Mali; Malian
Niger → Niger
Tchad → Chad
Nigeria; Nigéria → Nigeria; Nigerian
Côte d'Ivoire → Ivory Coast; Côte d'Ivoire; Ivorian
Cameroun → Cameroon
Éthiopie → Ethiopia; Ethiopian
Somalie → Somalia
Soudan → Sudan
Kenya → Kenya; Kenyan
Afrique du Sud → South Africa; South African
Madagascar → Madagascar
RDC; République démocratique du Congo → DRC; DR Congo; Democratic Republic of Congo; Democratic Republic of the Congo; Congo
Groenland → Greenland
Birmanie → Myanmar; Burma; Burmese
Cambodge → Cambodia; Cambodian
Jamaïque → Jamaica; Jamaican
Porto Rico → Puerto Rico
République dominicaine → Dominican Republic
Kirghizistan → Kyrgyzstan
Bahreïn → Bahrain
Saint-Marin → San Marino
Macédoine du Nord; Macédoine → North Macedonia; Macedonia
Palestine → Palestine; Palestinian
Cisjordanie → West Bank
Gaza → Gaza
Bosnie-Herzégovine; Bosnie → Bosnia and Herzegovina; Bosnia; Bosnian
Monténégro → Montenegro; Montenegrin
Kazakhstan → Kazakhstan; Kazakh
Ouzbékistan → Uzbekistan; Uzbek
Turkménistan → Turkmenistan
Tadjikistan → Tajikistan
Mongolie → Mongolia; Mongolian
Népal → Nepal; Nepalese
Bangladesh → Bangladesh; Bangladeshi
Sri Lanka → Sri Lanka; Sri Lankan
Laos → Laos
Oman → Oman
Érythrée → Eritrea; Eritrean
Ouganda → Uganda; Ugandan
Tanzanie → Tanzania; Tanzanian
Rwanda → Rwanda; Rwandan
Zambie → Zambia
Zimbabwe → Zimbabwe
Mozambique → Mozambique
Angola → Angola
Namibie → Namibia
Ghana → Ghana; Ghanaian
Guinée → Guinea
Guinée équatoriale → Equatorial Guinea
Gabon → Gabon
Bénin → Benin
Togo → Togo
Burkina Faso → Burkina Faso
Mauritanie → Mauritania
Libéria; Liberia → Liberia
Gambie → Gambia
Cap-Vert → Cape Verde; Cabo Verde
Comores → Comoros
Soudan du Sud → South Sudan
Centrafrique; République centrafricaine → Central African Republic
Papouasie-Nouvelle-Guinée → Papua New Guinea
Fidji → Fiji
Timor oriental → East Timor; Timor-Leste
Tchéquie → Czechia; Czech Republic; Czech
Liechtenstein → Liechtenstein
Guatemala → Guatemala
Nicaragua → Nicaragua
Panama → Panama
Uruguay → Uruguay
Paraguay → Paraguay
Guinée-Bissau → Guinea-Bissau
Sierra Leone → Sierra Leone; Sierra Leonean
Botswana → Botswana
Lesotho → Lesotho
Eswatini; Swaziland → Eswatini; Swaziland
Malawi → Malawi; Malawian
Burundi → Burundi; Burundian
Djibouti → Djibouti; Djiboutian
Seychelles → Seychelles
île Maurice → Mauritius; Mauritian
Bhoutan → Bhutan
Maldives → Maldives; Maldivian
Brunei → Brunei
Le Salvador → El Salvador; Salvadoran
Honduras → Honduras; Honduran
Costa Rica → Costa Rica; Costa Rican
Belize → Belize
Guyana → Guyana; Guyanese
Suriname → Suriname
Trinité-et-Tobago → Trinidad and Tobago
Bahamas → Bahamas
Barbade → Barbados
São Tomé-et-Príncipe; Sao Tomé-et-Principe → São Tomé and Príncipe
`;

const regions = `
Europe → Europe; European
Afrique → Africa; African
Asie → Asia; Asian
Amérique → America; American; US; U.S.; United States
Amérique latine → Latin America
Amérique du Nord → North America
Amérique du Sud → South America
Océanie → Oceania
Antarctique → Antarctica; Antarctic
Arctique → Arctic
Moyen-Orient; Proche-Orient → Middle East; Near East
Scandinavie → Scandinavia; Scandinavian
Léman; lac Léman → Lake Geneva; Léman; Leman
Caraïbes → Caribbean
Antilles → Caribbean; West Indies; Antilles
Méditerranée → Mediterranean
Atlantique → Atlantic
Pacifique → Pacific
Manche → Channel
mer du Nord → North Sea
mer Noire → Black Sea
mer Rouge → Red Sea
Alpes → Alps; Alpine
Pyrénées → Pyrenees
Rhin → Rhine
Rhône → Rhone
Tamise → Thames
Nil → Nile
Amazonie → Amazon; Amazonia
Himalaya → Himalayas; Himalaya
Corse → Corsica; Corsican
Sicile → Sicily; Sicilian
Sardaigne → Sardinia
Crète → Crete
Baléares → Balearic Islands; Balearics
Canaries → Canary Islands; Canaries
Crimée → Crimea
Tchétchénie → Chechnya; Chechen
Caucase → Caucasus
Laponie → Lapland
Cornouailles → Cornwall
Donbass → Donbas; Donbass
Cachemire → Kashmir
Catalogne → Catalonia; Catalan
Andalousie → Andalusia
Bavière → Bavaria; Bavarian
Toscane → Tuscany
Lombardie → Lombardy
Flandre; Flandres → Flanders; Flemish
Wallonie → Wallonia
Californie → California
Floride → Florida
Louisiane → Louisiana
Virginie → Virginia
Pennsylvanie → Pennsylvania
Caroline du Nord → North Carolina
Caroline du Sud → South Carolina
Québec → Quebec
Gaspésie → Gaspé; Gaspé Peninsula; Gaspesie
Bretagne → Brittany; Breton
Normandie → Normandy; Norman
Alsace → Alsace; Alsatian
Lorraine → Lorraine
Provence → Provence
Bourgogne → Burgundy
Savoie → Savoy; Savoie
Picardie → Picardy
Gascogne → Gascony
Champagne → Champagne
Auvergne → Auvergne
Occitanie → Occitanie; Occitania
Nouvelle-Aquitaine → Nouvelle-Aquitaine
Hauts-de-France → Hauts-de-France
Île-de-France → Île-de-France; Paris region
Côte d'Azur → Côte d'Azur; French Riviera; Riviera
Pays basque → Basque Country
Nouvelle-Calédonie → New Caledonia
Polynésie française → French Polynesia
Guyane → French Guiana; Guiana
La Réunion → Réunion
Baltique; mer Baltique → Baltic; Baltic Sea
mer Égée → Aegean; Aegean Sea
Adriatique → Adriatic
mer Caspienne → Caspian; Caspian Sea
océan Indien → Indian Ocean
golfe Persique → Persian Gulf
Balkans → Balkans; Balkan
Maghreb → Maghreb; North Africa
Rocheuses → Rockies; Rocky Mountains
Oural → Urals; Ural
Sibérie → Siberia; Siberian
Patagonie → Patagonia
Transylvanie → Transylvania
Bohême → Bohemia
Moravie → Moravia
Silésie → Silesia
Prusse → Prussia; Prussian
Saxe → Saxony
Basse-Saxe → Lower Saxony
Rhénanie → Rhineland
Westphalie → Westphalia
Rhénanie-du-Nord-Westphalie → North Rhine-Westphalia
Bade-Wurtemberg → Baden-Württemberg; Baden-Wurttemberg
Forêt-Noire → Black Forest
Carinthie → Carinthia
Styrie → Styria
Dalmatie → Dalmatia
Istrie → Istria
Piémont → Piedmont
Vénétie → Veneto
Ombrie → Umbria
Calabre → Calabria
Pouilles → Apulia; Puglia
Campanie → Campania
Ligurie → Liguria
Castille → Castile
Galice → Galicia
Asturies → Asturias
Estrémadure → Extremadura
Terre-Neuve → Newfoundland
Colombie-Britannique → British Columbia
Nouvelle-Écosse → Nova Scotia
Nouveau-Brunswick → New Brunswick
Nouvelle-Angleterre → New England
Nouveau-Mexique → New Mexico
Hawaï → Hawaii; Hawaiian
Sinaï → Sinai
Péloponnèse → Peloponnese
Açores → Azores
Madère → Madeira
Malouines → Falklands; Falkland Islands
Hébrides → Hebrides
Orcades → Orkney; Orkneys
Guernesey → Guernsey
île de Man → Isle of Man
Carpates → Carpathians
Apennins → Apennines
lac de Constance → Lake Constance
Tessin → Ticino
Vaud → Vaud
Valais → Valais
Fribourg → Fribourg
Neuchâtel → Neuchâtel
Var → Var
Vaucluse → Vaucluse
Gironde → Gironde
Hérault → Hérault
Finistère → Finistère
Ontario → Ontario
Texas → Texas
Grisons → Graubünden; Grisons
Argovie → Aargau
Sarre → Saarland; Saar
Tage → Tagus
Escaut → Scheldt
Vistule → Vistula
Dniepr → Dnieper; Dnipro
Tibre → Tiber
Euphrate → Euphrates
Gange → Ganges
Bosphore → Bosphorus
détroit d'Ormuz; Ormuz → Strait of Hormuz; Hormuz
mer de Chine méridionale → South China Sea
`;

const cities = `
Paris → Paris; Parisian; France; French
Londres → London; Britain; British; UK
Pékin → Beijing; Peking; China; Chinese
Moscou → Moscow; Russia; Russian; Kremlin
Munich → Munich
Bruxelles → Brussels; EU; European Union; European Commission
Genève → Geneva
Venise → Venice
Varsovie → Warsaw; Poland; Polish
Le Caire; Caire → Cairo; Egypt; Egyptian
La Nouvelle-Orléans → New Orleans
Rome → Rome; Italy; Italian
Milan → Milan
Naples → Naples; Napoli
Turin → Turin; Torino
Florence → Florence
Gênes → Genoa
Madrid → Madrid; Spain; Spanish
Barcelone → Barcelona
Séville → Seville; Sevilla
Lisbonne → Lisbon
Athènes → Athens; Greece; Greek
Vienne → Vienna
Prague → Prague
Berlin → Berlin; Germany; German
Hambourg → Hamburg
Cologne → Cologne
Francfort → Frankfurt
Copenhague → Copenhagen
Stockholm → Stockholm
Oslo → Oslo
Helsinki → Helsinki
Amsterdam → Amsterdam
La Haye → The Hague; Hague
Anvers → Antwerp
Gand → Ghent
Audenarde → Oudenaarde
Louvain → Leuven; Louvain
Ypres → Ypres; Ieper
Tongres → Tongeren
Alost → Aalst
Termonde → Dendermonde
Renaix → Ronse
Furnes → Veurne
Grammont → Geraardsbergen
Gizeh → Giza
Bruges → Bruges
Liège → Liège
Édimbourg → Edinburgh
Dublin → Dublin
Budapest → Budapest
Bucarest → Bucharest
Belgrade → Belgrade
Kiev; Kyiv → Kyiv; Kiev; Ukraine; Ukrainian
Kharkiv → Kharkiv
Odessa → Odesa; Odessa
Saint-Pétersbourg → St Petersburg; Saint Petersburg; St. Petersburg
Istanbul → Istanbul
Ankara → Ankara; Turkey; Turkish
Jérusalem → Jerusalem; Israel; Israeli
Tel-Aviv → Tel Aviv
Beyrouth → Beirut; Lebanon; Lebanese
Damas → Damascus; Syria; Syrian
Bagdad → Baghdad; Iraq; Iraqi
Téhéran → Tehran; Iran; Iranian
Riyad → Riyadh; Saudi Arabia; Saudi
La Mecque → Mecca
Alger → Algiers; Algeria; Algerian
Tunis → Tunis
Rabat → Rabat; Morocco; Moroccan
Casablanca → Casablanca
Dakar → Dakar
Abidjan → Abidjan
Bamako → Bamako
Tokyo → Tokyo; Japan; Japanese
Séoul → Seoul; South Korea; Korea; South Korean
Shanghai → Shanghai
Pyongyang → Pyongyang; North Korea; North Korean
Hongkong; Hong Kong → Hong Kong
New Delhi → New Delhi; Delhi
Bombay → Mumbai; Bombay
Bangkok → Bangkok
Sydney → Sydney
Washington → Washington; United States; US; U.S.; America; American; White House
New York → New York
Los Angeles → Los Angeles
Chicago → Chicago
La Havane → Havana
Montréal → Montreal
Ottawa → Ottawa; Canada; Canadian
Rio de Janeiro → Rio de Janeiro; Rio
Buenos Aires → Buenos Aires
Le Cap → Cape Town
Tombouctou → Timbuktu; Tombouctou
Berne → Bern; Berne
Bâle → Basel
Zurich → Zurich
Cracovie → Krakow; Kraków; Cracow
Gdansk; Dantzig → Gdansk
Aix-la-Chapelle → Aachen
Mayence → Mainz
Ratisbonne → Regensburg
Trèves → Trier
Brunswick → Brunswick; Braunschweig
Dresde → Dresden
Douvres → Dover
Cantorbéry → Canterbury
Lyon → Lyon; Lyons
Marseille → Marseille; Marseilles
Toulouse → Toulouse
Nice → Nice
Nantes → Nantes
Montpellier → Montpellier
Strasbourg → Strasbourg
Bordeaux → Bordeaux
Lille → Lille
Rennes → Rennes
Pau → Pau
Le Mans → Le Mans
Lorient → Lorient
Vannes → Vannes
Quimper → Quimper
Mulhouse → Mulhouse
Annecy → Annecy
Chambéry → Chambéry; Chambery
Niort → Niort
Lens → Lens
Roubaix → Roubaix
Lausanne → Lausanne
Bayonne → Bayonne
Reims → Reims; Rheims
Toulon → Toulon
Le Havre; Havre → Le Havre
Grenoble → Grenoble
Dijon → Dijon
Angers → Angers
Nîmes → Nîmes
Saint-Étienne → Saint-Étienne
Clermont-Ferrand → Clermont-Ferrand
Brest → Brest
Tours → Tours
Limoges → Limoges
Amiens → Amiens
Perpignan → Perpignan
Metz → Metz
Besançon → Besançon
Orléans → Orléans
Rouen → Rouen
Caen → Caen
Nancy → Nancy
Avignon → Avignon
Cannes → Cannes
Calais → Calais
Dunkerque → Dunkirk
Biarritz → Biarritz
Ajaccio → Ajaccio
Bastia → Bastia
La Rochelle → La Rochelle
Poitiers → Poitiers
Versailles → Versailles
Lourdes → Lourdes
Vérone → Verona
Pise → Pisa
Bologne → Bologna
Sienne → Siena
Padoue → Padua
Palerme → Palermo
Ravenne → Ravenna
Mantoue → Mantua
Cadix → Cadiz
Majorque → Majorca; Mallorca
Minorque → Menorca; Minorca
Salonique → Thessaloniki
Brême → Bremen
Hanovre → Hanover
Coblence → Koblenz
Tanger → Tangier
Marrakech → Marrakesh; Marrakech
Fès → Fez; Fes
Bethléem → Bethlehem
Alep → Aleppo
Mossoul → Mosul
Kaboul → Kabul; Afghanistan; Afghan
Hanoï → Hanoi
Saïgon; Hô Chi Minh-Ville → Ho Chi Minh City; Saigon
Rangoun → Yangon; Rangoon
Addis-Abeba → Addis Ababa
Mogadiscio → Mogadishu
Tananarive; Antananarivo → Antananarivo
Saint-Domingue → Santo Domingo
Katmandou → Kathmandu
Tachkent → Tashkent
Bakou → Baku
Erevan → Yerevan
Tbilissi → Tbilisi
Nicosie → Nicosia
La Valette → Valletta
Aix-en-Provence → Aix-en-Provence; Aix
Cordoue → Córdoba; Cordoba; Cordova
Saragosse → Zaragoza; Saragossa
Tolède → Toledo
Salamanque → Salamanca
Saint-Jacques-de-Compostelle → Santiago de Compostela
Saint-Sébastien → San Sebastián; San Sebastian
Aéroport-CDG; Roissy-Charles-de-Gaulle; Roissy → Charles de Gaulle; CDG; Roissy
Syrte → Sirte; Syrte
Pampelune → Pamplona
Côme → Como
Bergame → Bergamo
Parme → Parma
Modène → Modena
Ferrare → Ferrara
Livourne → Livorno; Leghorn
Catane → Catania
Messine → Messina
Tarente → Taranto
Salerne → Salerno
Pompéi → Pompeii
Sorrente; Sorente → Sorrento
Lucques → Lucca
Pérouse → Perugia
Assise → Assisi
Coire → Chur
Soleure → Solothurn
Saint-Gall → St Gallen; St. Gallen; Saint Gallen
Schaffhouse → Schaffhausen
Zoug → Zug
Fribourg-en-Brisgau → Freiburg
Nuremberg → Nuremberg; Nürnberg
Augsbourg → Augsburg
Wurtzbourg → Würzburg; Wurzburg
Lubeck → Lübeck; Lubeck
Magdebourg → Magdeburg
Sarrebruck → Saarbrücken; Saarbrucken
Salzbourg → Salzburg
Presbourg → Bratislava
Le Pirée → Piraeus
Corfou → Corfu
Smyrne → Izmir; Smyrna
Trébizonde → Trabzon
Lviv; Lvov; Léopol → Lviv; Lvov
Marioupol → Mariupol
Zaporijia → Zaporizhzhia
Louhansk → Luhansk
Sébastopol → Sevastopol
Iekaterinbourg → Yekaterinburg
Novossibirsk → Novosibirsk
Samarcande → Samarkand
Boukhara → Bukhara
Achgabat → Ashgabat
Douchanbé → Dushanbe
Bichkek → Bishkek
Oulan-Bator → Ulaanbaatar; Ulan Bator
Nankin → Nanjing
Macao → Macau; Macao
Manille → Manila
Djakarta; Jakarta → Jakarta
Calcutta; Kolkata → Kolkata; Calcutta
Bénarès → Varanasi; Benares
Dacca; Dhaka → Dhaka
Bassora → Basra
Dubaï → Dubai
Abou Dhabi → Abu Dhabi
Mascate → Muscat
Djeddah → Jeddah
Médine → Medina
Naplouse → Nablus
Hébron → Hebron
Jéricho → Jericho
Haïfa → Haifa
Lattaquié → Latakia
Tobrouk → Tobruk
Alexandrie → Alexandria
Louxor → Luxor
Assouan → Aswan
Johannesbourg → Johannesburg
Meknès → Meknes
Philadelphie → Philadelphia
Détroit → Detroit
Bogota → Bogotá; Bogota
São Paulo; Sao Paulo → São Paulo; Sao Paulo
Carthagène → Cartagena
Babylone → Babylon
Troie → Troy
Sparte → Sparta
Delphes → Delphi
Olympie → Olympia
Mycènes → Mycenae
Malines → Mechelen; Malines
Courtrai → Kortrijk; Courtrai
Ostende → Ostend
Leyde → Leiden
Nimègue → Nijmegen
Bois-le-Duc → 's-Hertogenbosch; Den Bosch
Göteborg → Gothenburg; Göteborg
Tripoli → Tripoli
`;

const organisations = `
Fratelli d'Italia → Brothers of Italy; Fratelli d'Italia
Le Monde → Le Monde
Le Figaro → Le Figaro
Libération → Libération; Liberation
L'Humanité → L'Humanité; Humanité
Les Échos → Les Échos; Les Echos
Le Parisien → Le Parisien
Ouest-France → Ouest-France
L'Équipe → L'Équipe; L'Equipe
Mediapart → Mediapart
Le Canard enchaîné → Le Canard enchaîné; Canard enchaîné
Le Journal du dimanche; JDD → Journal du Dimanche; JDD
Le Télégramme → Le Télégramme
Nice-Matin → Nice-Matin
La Voix du Nord → La Voix du Nord
La Dépêche du Midi → La Dépêche du Midi; La Dépêche
Le Dauphiné libéré → Le Dauphiné libéré; Le Dauphiné
Le Nouvel Obs; L'Obs → L'Obs; Nouvel Obs; Le Nouvel Observateur
Télérama → Télérama
Paris Match → Paris Match
Rassemblement national → National Rally; Rassemblement National; RN
La France insoumise → France Unbowed; La France Insoumise; LFI
Parti socialiste → Socialist Party; Socialists; PS
Les Républicains → The Republicans; Les Républicains; Republicans; LR
Parti communiste → Communist Party; Communists; PCF
HCR; Haut-Commissariat des Nations unies pour les réfugiés; Haut Commissariat des Nations unies pour les réfugiés → UNHCR; UN refugee agency; UN High Commissioner for Refugees; United Nations High Commissioner for Refugees; UN refugee body
ONU; Nations unies → UN; U.N.; United Nations
OTAN → NATO; Nato
UE; Union européenne → EU; E.U.; European Union
BCE; Banque centrale européenne → ECB; European Central Bank
FMI → IMF; International Monetary Fund
OMS; Organisation mondiale de la santé → WHO; World Health Organization; World Health Organisation
OCDE → OECD
Eurostat → Eurostat
Inspection générale des finances; IGF → Inspectorate General of Finance; General Inspectorate of Finance; Inspection générale des finances; IGF; finance inspectorate; Finance Inspectorate
OMC → WTO; World Trade Organization; World Trade Organisation
OPEP → OPEC
SNCF → SNCF; French railways; French rail operator; state rail operator
CGT → CGT; General Confederation of Labour
CFDT → CFDT; French Democratic Confederation of Labour
FO; Force ouvrière → FO; Force Ouvrière; Workers' Force
CFE-CGC → CFE-CGC
CFTC → CFTC
FSU → FSU
Medef → Medef; MEDEF; employers' federation; employers' organisation; employers' organization
CPME → CPME
FNSEA → FNSEA; farmers' union; farmers' federation
FGTB → FGTB; ABVV
CSC → CSC; ACV
CSN → CSN; Confederation of National Trade Unions
FTQ → FTQ; Quebec Federation of Labour
RTBF → RTBF
VRT → VRT
SAQ → SAQ; Société des alcools du Québec
GRC; Gendarmerie royale du Canada → RCMP; Royal Canadian Mounted Police; Mounties
ULB; Université libre de Bruxelles → ULB; Université libre de Bruxelles; Free University of Brussels
EPFL → EPFL; Swiss Federal Institute of Technology in Lausanne
RATP → RATP; Paris transport authority; Paris public transport operator
SNCB → SNCB; Belgian railways; Belgian rail operator
STIB → STIB; Brussels public transport operator
EDF → EDF; Électricité de France; Electricite de France
CNRS → CNRS; National Centre for Scientific Research; National Center for Scientific Research
Inserm → Inserm; INSERM
CNIL → CNIL; data protection authority; data protection watchdog; privacy watchdog
AFP → AFP; Agence France-Presse
BnF; Bibliothèque nationale de France → BnF; National Library of France; Bibliothèque nationale de France
CNES → CNES; French space agency
ANSM → ANSM; medicines agency; drug safety agency
Ademe → Ademe; ADEME; ecological transition agency; environment agency
Urssaf → Urssaf; URSSAF
Arcom → Arcom; ARCOM; media regulator; audiovisual regulator
AP-HP → AP-HP; Paris hospitals; Paris public hospitals
UA; Union africaine → AU; African Union
CEDEAO → ECOWAS
GIEC → IPCC
CEDH; Cour européenne des droits de l'homme → ECHR; European Court of Human Rights
OSCE → OSCE
OLP → PLO
AELE → EFTA
SDN; Société des Nations → League of Nations
TNP → NPT; Non-Proliferation Treaty
FAO → FAO
PAM → WFP; World Food Programme
PNUD → UNDP
OIT → ILO
OIM → IOM
CICR → ICRC; Red Cross
UNRWA → UNRWA
EI → IS; ISIS; Islamic State; Daesh
RFA → West Germany; FRG
RDA → East Germany; GDR
AIEA → IAEA; International Atomic Energy Agency
CIO → IOC; International Olympic Committee
CPI; Cour pénale internationale → ICC; International Criminal Court
CIJ; Cour internationale de justice → ICJ; International Court of Justice
CJUE; Cour de justice de l'Union européenne → CJEU; ECJ; Court of Justice of the European Union; European Court of Justice
Banque mondiale → World Bank
Commission européenne → European Commission; Commission
Parlement européen → European Parliament
Conseil européen → European Council
Conseil de l'Europe → Council of Europe
Conseil de sécurité → Security Council
Unesco → Unesco; UNESCO
Unicef → Unicef; UNICEF
HCR → UNHCR; UN refugee agency
Croix-Rouge → Red Cross
Médecins sans frontières; MSF → Doctors Without Borders; Médecins Sans Frontières; MSF
Assemblée nationale → National Assembly; Assemblée nationale
Sénat → Senate
Conseil constitutionnel → Constitutional Council
Maison-Blanche; Maison Blanche → White House
Pentagone → Pentagon
Union soviétique; URSS → Soviet Union; USSR
État islamique; Daech → Islamic State; IS; ISIS; Daesh
Al-Qaïda → al-Qaeda; al-Qaida; Al Qaeda
Tsahal → IDF; Israeli army; Israel Defense Forces; Israeli military; Israeli forces
Parti socialiste → Socialist Party; Socialists; PS
Rassemblement national → National Rally; Rassemblement National; RN
La France insoumise → France Unbowed; La France Insoumise; LFI
UEFA → UEFA; Uefa
FIFA → FIFA; Fifa
BEI; Banque européenne d'investissement → EIB; European Investment Bank
BERD → EBRD; European Bank for Reconstruction and Development
BRI; Banque des règlements internationaux → BIS; Bank for International Settlements
AIE; Agence internationale de l'énergie → IEA; International Energy Agency
CDH; Conseil des droits de l'homme → UNHRC; Human Rights Council
OMPI → WIPO
OMM → WMO
OACI → ICAO
OMI → IMO
UIT → ITU
CNUCED → UNCTAD
PNUE → UNEP
ONUSIDA → UNAIDS
Finul → UNIFIL; Unifil
OIAC → OPCW
AMA; Agence mondiale antidopage → WADA; World Anti-Doping Agency
TAS; Tribunal arbitral du sport → CAS; Court of Arbitration for Sport
ESA; Agence spatiale européenne → ESA; European Space Agency
AEM; Agence européenne des médicaments → EMA; European Medicines Agency
OEB; Office européen des brevets → EPO; European Patent Office
ANASE → ASEAN; Asean
ALENA → NAFTA
OUA → OAU
Ligue arabe → Arab League
CCG → GCC; Gulf Cooperation Council
OCS → SCO
RSF; Reporters sans frontières → RSF; Reporters Without Borders
Réserve fédérale; Fed → Fed; Federal Reserve
Département d'État → State Department
Chambre des communes → House of Commons
Chambre des lords → House of Lords
Pacte de Varsovie → Warsaw Pact
Eurogroupe → Eurogroup
FBI → FBI
CIA → CIA
NASA → NASA; Nasa
Interpol → Interpol
Europol → Europol
`;

const monuments = `
Louvre → Louvre
tour Eiffel → Eiffel Tower
Notre-Dame → Notre-Dame; Notre Dame
arc de Triomphe → Arc de Triomphe
Champs-Élysées → Champs-Élysées
Sacré-Cœur → Sacré-Cœur; Sacred Heart
Mont-Saint-Michel; mont Saint-Michel → Mont-Saint-Michel; Mont Saint-Michel
Panthéon → Panthéon; Pantheon
Invalides → Invalides
musée d'Orsay → Musée d'Orsay; Orsay Museum; Orsay
Centre Pompidou → Pompidou Centre; Centre Pompidou; Pompidou
Opéra Garnier; palais Garnier; Palais Garnier → Palais Garnier; Opéra Garnier; Garnier
Opéra Bastille → Opéra Bastille; Bastille Opera
Stade de France → Stade de France
Parc des Princes → Parc des Princes
stade Vélodrome; Vélodrome → Stade Vélodrome; Orange Vélodrome; Vélodrome
Vieux Quaremont → Oude Kwaremont; Old Kwaremont
Grand Palais → Grand Palais
Colisée → Colosseum; Coliseum
Vésuve → Vesuvius
Acropole → Acropolis
tour de Londres → Tower of London
Muraille de Chine → Great Wall
statue de la Liberté → Statue of Liberty
Joconde → Mona Lisa; Gioconda; Joconde
chapelle Sixtine → Sistine Chapel
mur des Lamentations → Western Wall; Wailing Wall
Louvre-Lens → Louvre-Lens; Louvre Lens
Louvre Abu Dhabi; Louvre Abou Dhabi → Louvre Abu Dhabi
Metropolitan Museum of Art; Metropolitan Museum; Met → Metropolitan Museum of Art; Metropolitan Museum; Met
Museum of Modern Art; MoMA → Museum of Modern Art; MoMA
British Museum → British Museum
National Gallery → National Gallery
Tate Modern → Tate Modern
musée du Prado; Prado → Prado; Prado Museum
Rijksmuseum → Rijksmuseum
galerie des Offices; musée des Offices → Uffizi; Uffizi Gallery
musée de l'Ermitage; Ermitage → Hermitage; Hermitage Museum
musée Guggenheim; Guggenheim → Guggenheim
musées du Vatican → Vatican Museums
musée du Quai Branly; quai Branly → Quai Branly; Musée du Quai Branly
`;

const popes = `
pape François → Pope Francis; Francis
pape Léon XIV; Léon XIV → Pope Leo XIV; Leo XIV; Pope Leo
Benoît XVI; pape Benoît → Benedict XVI; Pope Benedict
Jean-Paul II; pape Jean-Paul → John Paul II; Pope John Paul
Jean XXIII → John XXIII
`;

const rulers = `
Élisabeth II; reine Élisabeth → Elizabeth II; Queen Elizabeth; Elizabeth
roi Charles; Charles III → King Charles; Charles III
Henri VIII → Henry VIII
Henri IV → Henry IV
Guillaume-Alexandre → Willem-Alexander
Guillaume le Conquérant → William the Conqueror
Richard Cœur de Lion → Richard the Lionheart; Richard Coeur de Lion
Charles Quint → Charles V
Pierre le Grand → Peter the Great
Catherine II; la Grande Catherine → Catherine the Great; Catherine II
Alexandre le Grand → Alexander the Great
Jules César → Julius Caesar; Caesar
Cléopâtre → Cleopatra
Catherine de Médicis → Catherine de' Medici; Catherine de Medici
Marie-Antoinette → Marie Antoinette; Marie-Antoinette
Napoléon → Napoleon
Auguste; empereur Auguste → Augustus; Emperor Augustus
Livie → Livia
Néron → Nero
Hadrien → Hadrian
Trajan → Trajan
Marc Aurèle → Marcus Aurelius
Constantin → Constantine
Charlemagne → Charlemagne
`;

const people = `
Poutine; Vladimir Poutine → Putin; Vladimir Putin
Zelensky; Zelenski; Volodymyr Zelensky → Zelensky; Zelenskyy; Zelenskiy
Netanyahou; Benyamin Netanyahou → Netanyahu; Benjamin Netanyahu
Kadhafi; Mouammar Kadhafi → Gaddafi; Qaddafi; Kadhafi
Léonard de Vinci → Leonardo da Vinci; Leonardo; da Vinci
Michel-Ange → Michelangelo
Tiani; Abdourahamane Tiani → Tchiani; Abdourahamane Tchiani; Tiani
Ben Laden; Oussama Ben Laden; ben Laden; Oussama ben Laden → bin Laden; Osama bin Laden
Moubarak; Hosni Moubarak → Mubarak; Hosni Mubarak
Prigojine; Evgueni Prigojine → Prigozhin; Yevgeny Prigozhin
Bachar al-Assad; Bachar el-Assad → Bashar al-Assad; Bashar Assad; Assad
Mohammed ben Salmane; ben Salmane → Mohammed bin Salman; bin Salman; MBS
Khamenei; Ali Khamenei → Khamenei
Staline → Stalin
Lénine → Lenin
Trotski → Trotsky
Gorbatchev; Mikhaïl Gorbatchev → Gorbachev; Mikhail Gorbachev
Eltsine; Boris Eltsine → Yeltsin; Boris Yeltsin
Khrouchtchev → Khrushchev
Navalny; Alexeï Navalny → Navalny; Alexei Navalny
Mao; Mao Zedong; Mao Tsé-toung → Mao; Mao Zedong; Mao Tse-tung
Tchaïkovski → Tchaikovsky
Dostoïevski → Dostoevsky; Dostoyevsky
Tolstoï → Tolstoy
Pouchkine → Pushkin
Tchekhov → Chekhov
Soljenitsyne → Solzhenitsyn
Gengis Khan → Genghis Khan
Jeanne d'Arc → Joan of Arc
Mahomet → Muhammad; Mohammed; Prophet
Jésus → Jesus
Moïse → Moses
Bouddha → Buddha
Homère → Homer
Virgile → Virgil
Ovide → Ovid
Platon → Plato
Aristote → Aristotle
Socrate → Socrates
Sophocle → Sophocles
Euripide → Euripides
Eschyle → Aeschylus
Plutarque → Plutarch
Cicéron → Cicero
Sénèque → Seneca
Tacite → Tacitus
Hérodote → Herodotus
Thucydide → Thucydides
Hippocrate → Hippocrates
Archimède → Archimedes
Pythagore → Pythagoras
Euclide → Euclid
Confucius → Confucius
`;

/**
 * French institutions, known by their seat or their French name: rendered by what they stand for
 * or left out like the loose names (no warning when none is found), but one replaced by another
 * institution or organisation (`la Cour des comptes` → `the Council of State`) is a changed name.
 */
const institutions = `
Insee → INSEE; Insee; statistics agency; statistics office; statistics institute
Banque de France → Bank of France; Banque de France; central bank
Caisse des dépôts; Caisse des dépôts et consignations → Caisse des Dépôts; Caisse des dépôts; CDC; state-owned bank; state-owned lender; public investment bank; public financial institution; state financial institution
Conseil d'État → Council of State; Conseil d'État; administrative court
Cour de cassation → Court of Cassation; Cour de cassation; Supreme Court; appeals court; top court; highest court
Cour des comptes → Court of Audit; Court of Auditors; Cour des comptes; audit office; auditor
Élysée → Élysée; Elysée; Elysee; presidency; president; presidential palace
Matignon → Matignon; prime minister; Prime Minister
Bercy → Bercy; finance ministry; Finance Ministry; economy ministry; Economy Ministry
Quai d'Orsay → Quai d'Orsay; foreign ministry; Foreign Ministry
Beauvau; place Beauvau → Beauvau; interior ministry; Interior Ministry
Pôle emploi; France Travail → Pôle emploi; France Travail; job centre; jobcentre; employment agency; employment service
Répression des fraudes; DGCCRF → DGCCRF; fraud watchdog; consumer watchdog; consumer protection agency; consumer fraud agency
Arcom; CSA → Arcom; media regulator; broadcasting regulator; audiovisual regulator
Cnil; CNIL → CNIL; data protection authority; data protection watchdog; privacy watchdog; privacy regulator
Autorité de la concurrence → Competition Authority; competition authority; competition watchdog; competition regulator
Medef; MEDEF; Mouvement des entreprises de France → Medef; MEDEF; employers' federation; employers' association; employers' organisation; employers' organization; business lobby; business federation
Sûreté du Québec; SQ → Sûreté du Québec; SQ; Quebec provincial police; provincial police
Journal officiel → Official Journal; official gazette; Journal Officiel; Journal officiel; gazette
Chancellerie → Chancellerie; justice ministry; Justice Ministry; Ministry of Justice; justice minister; Justice Minister
Sécu; Sécurité sociale → social security; Social Security; health insurance; health service
Aide sociale à l'enfance; ASE → child welfare; child protection; social services; children's services; care
ministère de l'Équipement; ministre de l'Équipement; Équipement → infrastructure; public works; transport; Equipment
`;

/** Names a translator may render by what they stand for, or leave out: no warning when none is found. */
const loose = `
Outre-Atlantique → Atlantic; America; American; US; U.S.; United States
Diables rouges → Red Devils; Belgium; Belgian
Échiquier; chancelier de l'Échiquier → Exchequer; Chancellor of the Exchequer; Treasury
Outre-Manche → Channel; Britain; British; UK; England
Outre-Rhin → Rhine; Germany; German
Hexagone → France; French; Hexagone
Kremlin → Kremlin; Moscow; Russia
Roland-Garros → Roland Garros; Roland-Garros; French Open
Grand Chelem → Grand Slam
Débarquement → D-Day; Normandy landings; landings
Coquille d'or → Golden Shell; Golden Seashell; Concha de Oro
Nouvelle Vague → New Wave; Nouvelle Vague
Solidarność; Solidarnosc → Solidarity; Solidarność
Macronie → Macron
Francophonie → Francophonie; French-speaking
Dieu → God
Coran → Koran; Quran; Qur'an
Bible → Bible
Brexit → Brexit
Odyssée → Odyssey
Iliade → Iliad
Énéide → Aeneid
Jeux olympiques; JO → Olympics; Olympic Games; Games; Olympic
Coupe du monde; Mondial → World Cup
Alliance atlantique; Alliance → NATO; Nato; Alliance; Atlantic Alliance
XV de France → France; French rugby
Tournoi des Six Nations; Six Nations → Six Nations
Lions de la Teranga → Senegal; Senegalese; Lions of Teranga
Lions indomptables → Cameroon; Cameroonian; Indomitable Lions
Éléphants → Ivory Coast; Côte d'Ivoire; Ivorian; Elephants
Lions de l'Atlas → Morocco; Moroccan; Atlas Lions
Fennecs; Verts algériens → Algeria; Algerian; Desert Foxes; Fennecs
Aigles de Carthage → Tunisia; Tunisian; Eagles of Carthage
Pharaons → Egypt; Egyptian; Pharaohs
Super Eagles → Nigeria; Nigerian; Super Eagles
Black Stars → Ghana; Ghanaian; Black Stars
Nati → Switzerland; Swiss; Nati
Squadra Azzurra → Italy; Italian; Azzurri
Roja; Selección → Spain; Spanish; La Roja
Mannschaft → Germany; German; Mannschaft
Seleção → Brazil; Brazilian; Seleção; Selecao
Albiceleste → Argentina; Argentine; Argentinian; Albiceleste
Three Lions → England; English; Three Lions
All Blacks → New Zealand; All Blacks
Wallabies → Australia; Australian; Wallabies
Springboks; Boks → South Africa; South African; Springboks
Tricolore; Sainte-Flanelle; Glorieux; Canadien de Montréal; Canadiens de Montréal → Canadiens; Montreal; Habs; Canadiens de Montréal
`;

const parse = (kind: NameKind, lines: string): Exonym[] =>
  lines
    .trim()
    .split('\n')
    .map((line) => {
      const [french = '', english = ''] = line.split('→');
      const split = (side: string) => side.split(';').map((variant) => variant.trim()).filter(Boolean);
      // A name with its article is written contracted after `à` and `de` (`au Cap`, `du Havre`, `aux Pays-Bas`).
      const contracted = (form: string) =>
        /^Le\s/u.test(form) ? [form, `au ${form.slice(3)}`, `du ${form.slice(3)}`] : /^Les\s/u.test(form) ? [form, `aux ${form.slice(4)}`, `des ${form.slice(4)}`] : [form];
      return { french: split(french).flatMap(contracted), english: split(english), kind };
    });

/**
 * The people of a city, as French writes them in lower case after a noun (`le groupe lyonnais`,
 * `le club marseillais`, `une start-up nantaise`): the city, which English names (`Lyon-based`,
 * `the Marseille club`). One line a city: its French name as in the table above, then the
 * masculine singular of its people (the feminine and plurals follow: `peopleForms`).
 */
const cityPeoples = `
Paris: parisien
Lyon: lyonnais
Marseille: marseillais
Toulouse: toulousain
Bordeaux: bordelais
Nantes: nantais
Lille: lillois
Strasbourg: strasbourgeois
Nice: niçois
Rennes: rennais
Grenoble: grenoblois
Montpellier: montpelliérain
Saint-Étienne: stéphanois
Le Havre: havrais
Rouen: rouennais
Brest: brestois
Metz: messin
Nancy: nancéien
Dijon: dijonnais
Angers: angevin
Clermont-Ferrand: clermontois
Reims: rémois
Toulon: toulonnais
Caen: caennais
Orléans: orléanais
Nîmes: nîmois
Avignon: avignonnais
Amiens: amiénois
Lorient: lorientais
Quimper: quimpérois
Mulhouse: mulhousien
Besançon: bisontin
Annecy: annécien
Perpignan: perpignanais
La Rochelle: rochelais
Niort: niortais
Lens: lensois
Dunkerque: dunkerquois
Calais: calaisien
Roubaix: roubaisien
Ajaccio: ajaccien
Bastia: bastiais
Pau: palois
Bayonne: bayonnais
Londres: londonien
Berlin: berlinois
Madrid: madrilène
Barcelone: barcelonais
Milan: milanais
Genève: genevois
Bruxelles: bruxellois
Lausanne: lausannois
Zurich: zurichois
Montréal: montréalais
Moscou: moscovite
`;

/** A city's people in every form (`lyonnais`, `lyonnaise`, `lyonnaises`) → the city's line in the table. */
export const cityPeople = lazy((): ReadonlyMap<string, Exonym> => {
  const byName = new Map(exonyms().filter((exonym) => exonym.kind === 'city').flatMap((exonym) => exonym.french.map((form) => [form, exonym] as const)));
  const out = new Map<string, Exonym>();
  for (const line of cityPeoples.trim().split('\n')) {
    const [city = '', people = ''] = line.split(':').map((part) => part.trim());
    const exonym = byName.get(city);
    if (!exonym) throw new Error(`cityPeoples: ${city} is not in the table of cities`);
    for (const form of peopleForms(people)) out.set(form, exonym);
  }
  return out;
});

/**
 * A country's people as French writes it in lower case (`le réalisateur roumain`, `la justice
 * sud-coréenne`), with the English adjective (`Romanian`, `South Korean`): the country, said by
 * its adjective in either language. One line a country: its French name as in the table above,
 * the masculine singular of its people (variants split by `;`; an irregular feminine after `/`:
 * `grec/grecque`; otherwise `-e`, and `-ne` after `-ien`, `-éen`, `-yen`), then the English
 * adjectives. Written for the project from common usage, as the table above.
 */
/** The same for regions (`l’arrière-pays varois`, `le Conseil d’État vaudois`), whose English is often the region’s name. */
const regionPeoples = `
Québec: québécois → Quebec; Québécois; Quebecer; Quebecker
Ontario: ontarien → Ontario; Ontarian
Bretagne: breton → Breton; Brittany
Corse: corse → Corsican
Alsace: alsacien → Alsatian
Catalogne: catalan → Catalan
Flandre: flamand → Flemish
Wallonie: wallon → Walloon
Bavière: bavarois → Bavarian
Sicile: sicilien → Sicilian
Sardaigne: sarde → Sardinian
Toscane: toscan → Tuscan
Lombardie: lombard → Lombard
Andalousie: andalou/andalouse → Andalusian
Californie: californien → Californian
Floride: floridien → Floridian
Texas: texan → Texan
Provence: provençal → Provençal; Provencal
Bourgogne: bourguignon → Burgundian
Savoie: savoyard → Savoyard
Vaud: vaudois → Vaud
Valais: valaisan → Valais
Fribourg: fribourgeois → Fribourg
Neuchâtel: neuchâtelois → Neuchâtel
Tessin: tessinois → Ticino
Var: varois → Var
Vaucluse: vauclusien → Vaucluse
Gironde: girondin → Gironde
Hérault: héraultais → Hérault
Finistère: finistérien → Finistère
`;

const countryPeoples = `
France: français → French
Allemagne: allemand → German
Espagne: espagnol → Spanish
Italie: italien → Italian
Royaume-Uni: britannique → British
Angleterre: anglais → English
Écosse: écossais → Scottish
Irlande: irlandais → Irish
pays de Galles: gallois → Welsh
Belgique: belge → Belgian
Pays-Bas: néerlandais; hollandais → Dutch
Suisse: suisse → Swiss
Autriche: autrichien → Austrian
Portugal: portugais → Portuguese
Grèce: grec/grecque → Greek
Pologne: polonais → Polish
Suède: suédois → Swedish
Norvège: norvégien → Norwegian
Danemark: danois → Danish
Finlande: finlandais → Finnish
Islande: islandais → Icelandic
Hongrie: hongrois → Hungarian
Roumanie: roumain → Romanian
Bulgarie: bulgare → Bulgarian
République tchèque: tchèque → Czech
Slovaquie: slovaque → Slovak; Slovakian
Slovénie: slovène → Slovenian; Slovene
Croatie: croate → Croatian
Serbie: serbe → Serbian
Albanie: albanais → Albanian
Lituanie: lituanien → Lithuanian
Lettonie: letton/lettonne → Latvian
Estonie: estonien → Estonian
Ukraine: ukrainien → Ukrainian
Russie: russe → Russian
Biélorussie: biélorusse; bélarusse → Belarusian
Moldavie: moldave → Moldovan
Géorgie: géorgien → Georgian
Arménie: arménien → Armenian
Azerbaïdjan: azerbaïdjanais → Azerbaijani
Turquie: turc/turque → Turkish
Chypre: chypriote → Cypriot
Malte: maltais → Maltese
Luxembourg: luxembourgeois → Luxembourgish
Monaco: monégasque → Monegasque
États-Unis: américain → American
Canada: canadien → Canadian
Mexique: mexicain → Mexican
Brésil: brésilien → Brazilian
Argentine: argentin → Argentine; Argentinian
Chili: chilien → Chilean
Pérou: péruvien → Peruvian
Colombie: colombien → Colombian
Venezuela: vénézuélien → Venezuelan
Bolivie: bolivien → Bolivian
Équateur: équatorien → Ecuadorian
Cuba: cubain → Cuban
Haïti: haïtien → Haitian
Chine: chinois → Chinese
Japon: japonais → Japanese
Inde: indien → Indian
Corée du Sud: sud-coréen → South Korean; Korean
Corée du Nord: nord-coréen → North Korean
Taïwan: taïwanais → Taiwanese
Viêt Nam: vietnamien → Vietnamese
Thaïlande: thaïlandais → Thai
Indonésie: indonésien → Indonesian
Malaisie: malaisien → Malaysian
Philippines: philippin → Philippine; Filipino
Australie: australien → Australian
Nouvelle-Zélande: néo-zélandais → New Zealand
Pakistan: pakistanais → Pakistani
Afghanistan: afghan → Afghan
Iran: iranien → Iranian
Irak: irakien → Iraqi
Syrie: syrien → Syrian
Liban: libanais → Lebanese
Israël: israélien → Israeli
Jordanie: jordanien → Jordanian
Arabie saoudite: saoudien → Saudi
Yémen: yéménite → Yemeni
Qatar: qatari → Qatari
Émirats arabes unis: émirati → Emirati
Koweït: koweïtien → Kuwaiti
Égypte: égyptien → Egyptian
Libye: libyen → Libyan
Tunisie: tunisien → Tunisian
Algérie: algérien → Algerian
Maroc: marocain → Moroccan
Sénégal: sénégalais → Senegalese
Mali: malien → Malian
Niger: nigérien → Nigerien
Tchad: tchadien → Chadian
Nigeria: nigérian → Nigerian
Côte d'Ivoire: ivoirien → Ivorian
Cameroun: camerounais → Cameroonian
RDC: congolais → Congolese
Éthiopie: éthiopien → Ethiopian
Somalie: somalien → Somali
Soudan: soudanais → Sudanese
Kenya: kényan → Kenyan
Afrique du Sud: sud-africain → South African
Madagascar: malgache → Malagasy
Birmanie: birman → Burmese
Cambodge: cambodgien → Cambodian
Jamaïque: jamaïcain → Jamaican
Porto Rico: portoricain → Puerto Rican
Macédoine du Nord: macédonien → Macedonian
Palestine: palestinien → Palestinian
Bosnie-Herzégovine: bosnien → Bosnian
Monténégro: monténégrin → Montenegrin
Kazakhstan: kazakh → Kazakh
Ouzbékistan: ouzbek/ouzbèke → Uzbek
Mongolie: mongol → Mongolian
Népal: népalais → Nepalese; Nepali
Bangladesh: bangladais → Bangladeshi
Sri Lanka: sri-lankais → Sri Lankan
Érythrée: érythréen → Eritrean
Ouganda: ougandais → Ugandan
Tanzanie: tanzanien → Tanzanian
Rwanda: rwandais → Rwandan
Zambie: zambien → Zambian
Zimbabwe: zimbabwéen → Zimbabwean
Mozambique: mozambicain → Mozambican
Angola: angolais → Angolan
Namibie: namibien → Namibian
Ghana: ghanéen → Ghanaian
Guinée: guinéen → Guinean
Gabon: gabonais → Gabonese
Bénin: béninois → Beninese
Togo: togolais → Togolese
Burkina Faso: burkinabè/burkinabè → Burkinabe
Mauritanie: mauritanien → Mauritanian
Libéria: libérien → Liberian
Gambie: gambien → Gambian
Cap-Vert: cap-verdien → Cape Verdean
Guatemala: guatémaltèque → Guatemalan
Nicaragua: nicaraguayen → Nicaraguan
Panama: panaméen → Panamanian
Uruguay: uruguayen → Uruguayan
Paraguay: paraguayen → Paraguayan
`;

export interface PlacePeople {
  /** The country's or region's line in the table. */
  place: Exonym;
  /** The English adjectives (`Romanian`). */
  english: readonly string[];
}

/** A country's or region's people in every form (`roumain`, `roumaine`, `roumains`, `roumaines`) → the place and its English adjectives. */
export const placePeople = lazy((): ReadonlyMap<string, PlacePeople> => {
  const out = new Map<string, PlacePeople>();
  for (const [kind, lines] of [['country', countryPeoples], ['region', regionPeoples]] as const) {
    const byName = new Map(exonyms().filter((exonym) => exonym.kind === kind).flatMap((exonym) => exonym.french.map((form) => [form, exonym] as const)));
    for (const line of lines.trim().split('\n')) readPeople(line, byName, out);
  }
  return out;
});

/** One line of a list of peoples, every form of the people → the place. */
function readPeople(line: string, byName: ReadonlyMap<string, Exonym>, out: Map<string, PlacePeople>): void {
  const [names = '', english = ''] = line.split('→');
  const [place = '', peoples = ''] = names.split(':').map((part) => part.trim());
  const exonym = byName.get(place);
  if (!exonym) throw new Error(`Peoples: ${place} is not in the table of countries and regions`);
  const entry = { place: exonym, english: english.split(';').map((form) => form.trim()).filter(Boolean) };
  for (const people of peoples.split(';').map((form) => form.trim())) for (const form of peopleForms(people)) out.set(form, entry);
}

/**
 * A people's four forms from its masculine singular (`roumain` → `roumaine`, `roumains`,
 * `roumaines`): the feminine `-e`, `-ne` after `-ien`, `-éen`, `-yen`, `-on`, the same after `-e`,
 * or the irregular one after `/` (`grec/grecque`); the plurals `-s` (none more after `-s`).
 */
function peopleForms(people: string): ReadonlySet<string> {
  const [masculine = '', irregular] = people.split('/');
  const feminine = irregular ?? (/[iéy]en$|on$/u.test(masculine) ? `${masculine}ne` : /e$/u.test(masculine) ? masculine : `${masculine}e`);
  return new Set([masculine, `${masculine}s`.replace(/ss$/u, 's'), feminine, `${feminine}s`]);
}

/** THE table: every name the check knows the English of (read from the lists above on first use). */
export const exonyms = lazy((): readonly Exonym[] => [
  ...parse('country', countries),
  ...parse('region', regions),
  ...parse('city', cities),
  ...parse('organisation', organisations),
  ...parse('monument', monuments),
  ...parse('pope', popes),
  ...parse('ruler', rulers),
  ...parse('person', people),
  ...parse('institution', institutions),
  ...parse('loose', loose),
  // Named days and periods: one table, the dates check's (`holidays.ts`); said in English by a name, a date or a description.
  ...[...holidays, ...namedPeriods].filter((named) => named.french.length > 0).map((named) => ({ french: named.french, english: named.english, kind: 'loose' as const })),
]);

/**
 * French acronyms that are common nouns (`PIB` → GDP, `PME` → small businesses, `Smic` → minimum
 * wage): translated as words, they are no names to find in the English.
 */
export const commonAcronyms: ReadonlySet<string> = new Set(
  'PIB TVA PME PMI TPE ETI SMIC RSA CDI CDD HLM SDF PDG DG DRH RH TGV TER IVG PMA GPA OGM QG BD VTC SUV ONG IA BTP CHU EHPAD ZAD ZFE RGPD APL CAF ISF IFI CSG PLU QPV LGBT LGBTQ SIDA VIH PCR ARN ADN COVID CO JT PV AG CA CE UFR BTS CAP BAC IUT PJ SMS GPS TV PC PS LR RN LFI EELV PCF UDI MODEM NUPES NFP RER ZUS DOM TOM DROM PNB OPA OPE IPO'.split(' '),
);
