import { describe, expect, it } from 'vitest';
import { checkPair, type QaContext } from '../../src/domain/qa';
import { exonyms } from '../../src/domain/qa/exonyms';
import { properNames } from '../../src/domain/qa/proper-names';

const us: QaContext = { targetLang: 'en-US', glossary: [] };

/** The names check's findings of a pair: key, severity, and the target's marked words. */
const names = (source: string, target: string, context = us) =>
  checkPair({ source, target }, context)
    .filter((finding) => finding.check === 'names')
    .map((finding) => ({ key: finding.key, severity: finding.severity, marked: (finding.target ?? []).map((span) => target.slice(span.start, span.end)), fix: finding.fix }));

describe('proper names: faults found', () => {
  it.each<[string, string, string, string]>([
    ['Le PDG de TotalEnergies, Patrick Pouyanné, a annoncé de nouveaux investissements.', 'TotalEnergies CEO Patrick Pouyane announced new investments.', 'names.misspelt', 'Pouyane'],
    ['Selon Jean Dupont, le projet avance bien.', 'According to Jean Dupond, the project is progressing well.', 'names.misspelt', 'Dupond'],
    ['La présidente de la BCE, Christine Lagarde, a plaidé pour la prudence.', 'ECB President Christine Legarde urged caution.', 'names.misspelt', 'Legarde'],
    ['Le député Marc Lefèvre a voté contre le texte.', 'MP Marc Lefebvre voted against the bill.', 'names.misspelt', 'Lefebvre'],
    ['Le match aura lieu à Barcelone en mars.', 'The match will be played in Madrid in March.', 'names.replaced', 'Madrid'],
    ['Le congrès s’ouvre mardi à Lyon.', 'The congress opens on Tuesday in Lille.', 'names.replaced', 'Lille'],
    ['Le pape François a reçu le président au Vatican.', 'Pope Benedict received the president at the Vatican.', 'names.replaced', 'Pope Benedict'],
  ])('%s → %s: an error marking the wrong word', (source, target, key, marked) => {
    expect(names(source, target)).toEqual([expect.objectContaining({ key, severity: 'error', marked: [marked] })]);
  });

  it.each<[string, string]>([
    ['Le chef de l’État, Emmanuel Macron, a reçu les syndicats à l’Élysée.', 'The president received the unions at the Élysée.'],
    ['Le géant américain de la recherche en ligne, Google, a annoncé des suppressions de postes.', 'The American search giant, the company, announced job cuts.'],
    ['Des milliers de visiteurs ont été évacués du Louvre dimanche.', 'Thousands of visitors were evacuated from the museum on Sunday.'],
  ])('%s → %s: a warning, the name being left out', (source, target) => {
    expect(names(source, target)).toEqual([expect.objectContaining({ severity: 'warning', marked: [] })]);
  });

  it('finds a first name misspelt beside the right surname', () => {
    expect(names('Elle a rencontré Claire Martin.', 'She met Claare Martin.')).toEqual([expect.objectContaining({ key: 'names.misspelt', severity: 'error', marked: ['Claare'], fix: 'She met Claire Martin.' })]);
    expect(names('Il a rencontré Vladimir Poutine.', 'He met Vlaaimir Putin.')).toEqual([expect.objectContaining({ key: 'names.misspelt', marked: ['Vlaaimir'], fix: 'He met Vladimir Putin.' })]);
  });

  it('fixes a misspelt name with the source’s spelling', () => {
    expect(names('Selon Jean Dupont, le projet avance.', 'According to Jean Dupond, the project is progressing.')[0]?.fix).toBe('According to Jean Dupont, the project is progressing.');
  });

  it('fixes a misspelt exonym with its English', () => {
    expect(names('Il vit à Barcelone.', 'He lives in Barcelonna.')).toEqual([expect.objectContaining({ key: 'names.misspelt', marked: ['Barcelonna'], fix: 'He lives in Barcelona.' })]);
  });

  it('finds an acronym written a letter off, and a surname replaced after the kept first name', () => {
    expect(names('La grève de la SNCF se poursuit.', 'The SNFC strike continues.')).toEqual([expect.objectContaining({ key: 'names.misspelt', marked: ['SNFC'] })]);
    expect(names('Le maire, Jean-Pierre Dubois, a défendu le budget.', 'The mayor, Jean-Pierre Durand, defended the budget.')).toEqual([expect.objectContaining({ key: 'names.replaced', marked: ['Durand'] })]);
  });

  it('names the English form it expected when the name is known', () => {
    expect(names('La délégation est arrivée à Pékin.', 'The delegation has arrived.')).toEqual([expect.objectContaining({ key: 'names.missingAs', severity: 'warning' })]);
  });

  it('says a name once, however often the source repeats it', () => {
    expect(names('Dupont a parlé ; puis M. Dupont est parti.', 'He spoke; then he left.')).toHaveLength(1);
  });
});

describe('proper names: a name at the start of a sentence, named nowhere else', () => {
  it.each<[string, string]>([
    ['Renault a annoncé mardi la suppression de 300 postes.', 'Peugeot announced on Tuesday that it would cut 300 jobs.'],
    ['Decathlon ouvrira un nouveau magasin à Cergy en septembre.', 'Intersport will open a new store in Cergy in September.'],
    ['Michelin va investir 80 millions d’euros.', 'The tyre maker will invest 80 million euros.'],
    ['Airbus n’a pas commenté.', 'Boeing did not comment.'],
  ])('reads the bare subject of a verb as a name: %s → %s', (source, target) => {
    expect(names(source, target)).toEqual([expect.objectContaining({ key: 'names.missing', severity: 'warning' })]);
  });

  it('finds the bare subject, and no common word opening a sentence before a verb', () => {
    expect(properNames('Renault a annoncé un plan.').map((name) => name.text)).toEqual(['Renault']);
    for (const source of ['Chacun a voté.', 'Deux sont morts.', 'Rien n’est joué.', 'Reste à savoir quand.', 'Grâce à la mobilisation, tout va bien.', 'Mis à jour le 4 février.', 'Classé parmi les sites protégés, il attire.', 'Comment va-t-il ?', 'Interrogé, il a refusé.']) {
      expect(properNames(source), source).toEqual([]);
    }
  });

  it.each<[string, string]>([
    ['Renault a annoncé un plan.', 'Renault announced a plan.'],
    ['Chacun a voté.', 'Everyone voted.'],
    ['Deux sont morts dans l’accident.', 'Two died in the accident.'],
  ])('gives no finding for a correct translation: %s → %s', (source, target) => {
    expect(names(source, target)).toEqual([]);
  });
});

describe('proper names: replaced by a name of their sort', () => {
  it.each<[string, string, string]>([
    // An acronym for another, letters unrelated
    ['La SNCF prévoit des perturbations sur la ligne.', 'The RATP expects disruptions on the line.', 'RATP'],
    ['L’Insee a publié mardi les chiffres du chômage.', 'INSERM published the unemployment figures on Tuesday.', 'INSERM'],
    // An institution for another institution or organisation
    ['La Cour des comptes épingle la gestion du port.', 'The Council of State criticizes the management of the port.', 'Council of State'],
    ['La Banque de France prévoit une croissance de 0,9 %.', 'The European Central Bank expects growth of 0.9%.', 'European Central Bank'],
    // Another name where a place's or a body's complement was, the head kept
    ['Le château de Chambord rouvrira ses portes.', 'The Château de Chenonceau will reopen.', 'Chenonceau'],
    ['L’ONF replante la forêt de Brocéliande.', 'The ONF is replanting the forest of Fontainebleau.', 'Fontainebleau'],
  ])('%s → %s: an error marking the other name', (source, target, marked) => {
    expect(names(source, target)).toEqual([expect.objectContaining({ key: 'names.replaced', severity: 'error', marked: [marked] })]);
  });

  it.each<[string, string]>([
    // Acronyms translated: the same letters reordered, or the English acronym of a common noun
    ['La réforme de la PAC divise.', 'The CAP reform is divisive.'],
    ['La CJUE a tranché.', 'The CJEU has ruled.'],
    ['Le PDG de la SNCF a démissionné.', 'The CEO of the French rail operator has resigned.'],
    // A name's English inside another known name does not count, nor does another entry's form of the source's own name
    ['La Banque de France relève sa prévision.', 'The Bank of France raises its forecast.'],
    ['La directive (UE) 2019/904 vise les plastiques.', 'Directive (EU) 2019/904 targets plastics.'],
    // A complement translated, a name of the English's own before `de`
    ['Le vol a décollé de l’aéroport de Roissy.', 'The flight took off from Charles de Gaulle airport.'],
    ['Le château de Chambord rouvrira.', 'Chambord Castle will reopen.'],
  ])('gives no finding for a correct translation: %s → %s', (source, target) => {
    expect(names(source, target)).toEqual([]);
  });
});

describe('proper names: correct translations give no finding', () => {
  it.each<[string, string]>([
    // Exonyms and their adjectives
    ['Le sommet se tiendra à Londres, puis à Pékin et à Moscou.', 'The summit will be held in London, then in Beijing and Moscow.'],
    ['Les ministres se retrouvent à Bruxelles et à Genève.', 'The ministers meet in Brussels and Geneva.'],
    ['Il a grandi à La Nouvelle-Orléans avant de s’installer au Caire.', 'He grew up in New Orleans before settling in Cairo.'],
    ['La Bretagne et la Normandie sont touchées, la Corse épargnée.', 'Brittany and Normandy are affected, Corsica spared.'],
    ['Les exportations de la Chine ont reculé.', 'Chinese exports fell.'],
    ['Pékin a répondu sèchement à Washington.', 'China responded curtly to the United States.'],
    ['Des orages sont attendus en Allemagne et aux Pays-Bas.', 'Storms are expected in Germany and the Netherlands.'],
    ['Il passe ses vacances à Venise et à Varsovie.', 'He spends his holidays in Venice and Warsaw.'],
    ['La ville de Marseille a voté.', 'Marseilles city council voted.'],
    // Institutions and acronyms
    ['L’ONU et l’OTAN ont réagi.', 'The UN and NATO reacted.'],
    ['L’ONU a condamné l’attaque.', 'The United Nations condemned the attack.'],
    ['La BCE et le FMI s’inquiètent, comme l’OMS et l’OCDE.', 'The ECB and the IMF are worried, as are the WHO and the OECD.'],
    ['L’UE a adopté le texte.', 'The EU adopted the text.'],
    ['Le texte passe à l’Assemblée nationale puis au Sénat.', 'The bill goes to the National Assembly and then the Senate.'],
    ['Le Conseil constitutionnel a censuré la loi.', 'The Constitutional Council struck down the law.'],
    ['La Cour de cassation a rejeté le pourvoi.', 'The Court of Cassation dismissed the appeal.'],
    ['Le PIB a progressé de 1 % et la TVA reste stable.', 'GDP grew by 1% and VAT is unchanged.'],
    ['Les PME embauchent.', 'Small businesses are hiring.'],
    ['La SNCF prévoit des perturbations.', 'SNCF expects disruption.'],
    ['La SNCF prévoit des perturbations.', 'The French rail operator expects disruption.'],
    ['Des combats ont éclaté dans l’est de la RDC.', 'Fighting broke out in eastern DRC.'],
    ['Le GIEC et la CEDH ont publié leurs rapports.', 'The IPCC and the ECHR published their reports.'],
    // Bodies translated in full
    ['La Banque de France relève sa prévision.', 'The Bank of France raises its forecast.'],
    ['La Banque de France relève sa prévision.', 'The central bank raises its forecast.'],
    ['Le ministère de l’Intérieur a publié les chiffres.', 'The Interior Ministry published the figures.'],
    ['Le ministère de l’Économie prévoit une hausse.', 'The Economy Ministry expects a rise.'],
    ['Le vol a décollé de l’aéroport de Roissy.', 'The flight took off from Charles de Gaulle airport.'],
    ['Matignon a démenti l’information.', 'The prime minister’s office denied the report.'],
    ['L’Élysée n’a pas commenté.', 'The Elysee did not comment.'],
    ['L’Élysée n’a pas commenté.', 'The presidency did not comment.'],
    // Capitalised common words
    ['L’État et le Gouvernement ont été interpellés par le Président.', 'The state and the government were challenged by the president.'],
    ['Le Premier ministre a reçu les représentants de la Région.', 'The prime minister received the region’s representatives.'],
    ['Les Français sont inquiets, comme les Allemands.', 'The French are worried, as are the Germans.'],
    ['Les Républicains ont voté contre.', 'The Republicans voted against.'],
    ['La Seconde Guerre mondiale a marqué la ville.', 'World War II left its mark on the town.'],
    ['Joyeux Noël et bonnes fêtes de Pâques !', 'Merry Christmas and a happy Easter!'],
    ['Rendez-vous Mardi 4 Mars.', 'See you on Tuesday, March 4.'],
    ['Le château date du XIIe siècle, sous Louis XIV.', 'The castle dates from the 12th century, under Louis XIV.'],
    ['ATTENTION : la route est fermée.', 'WARNING: the road is closed.'],
    ['Suivez-nous sur @MairieDeLyon et #Lyon2026.', 'Follow us at @MairieDeLyon and #Lyon2026.'],
    // Sentence-initial words are no names
    ['Selon la préfecture, la crue baisse.', 'According to the prefecture, the flood is receding.'],
    ['Inscriptions avant le 4 février.', 'Registration before February 4.'],
    ['Article 2 – Attribution des parcelles', 'Article 2 – Allocation of plots'],
    // Names with particles, hyphens, apostrophes, possessives, surnames alone
    ['Le général de Gaulle a parlé depuis Londres.', 'General de Gaulle spoke from London.'],
    ['Marine Le Pen et Jean-Luc Mélenchon s’opposent.', 'Marine Le Pen and Jean-Luc Melenchon are at odds.'],
    ['Jean-Luc Mélenchon a répondu.', 'Jean Luc Mélenchon responded.'],
    ['Le bateau est arrivé à La Rochelle.', 'The boat arrived in La Rochelle.'],
    ['Il a joué d’Artagnan au théâtre.', 'He played d’Artagnan on stage.'],
    ['La décision d’Emmanuel Macron surprend.', 'Macron’s decision is surprising.'],
    ['Le président Emmanuel Macron a parlé.', 'President Macron spoke.'],
    ['La visite de Patrick Pouyanné à Tours est annulée.', 'Patrick Pouyanne’s visit to Tours has been cancelled.'],
    ['Les Restos du Cœur lancent un appel.', 'The Restos du Coeur charity is launching an appeal.'],
    // Exonyms of people, popes and monuments
    ['Le pape François a reçu Vladimir Poutine.', 'Pope Francis received Vladimir Putin.'],
    ['Jeanne d’Arc est née en Lorraine.', 'Joan of Arc was born in Lorraine.'],
    ['La tour Eiffel et Notre-Dame attirent les touristes.', 'The Eiffel Tower and Notre Dame attract tourists.'],
    ['Le Louvre a rouvert.', 'The Louvre has reopened.'],
    ['Le Premier ministre russe Mikhaïl Michoustine est arrivé.', 'Russian Prime Minister Mikhail Mishustin has arrived.'],
    ['Il relit Tchekhov.', 'He is rereading Chekhov.'],
    ['Il a visité Trévise et Sorente.', 'He visited Treviso and Sorrento.'],
    ['Le chef du Kremlin a parlé.', 'The Russian leader spoke.'],
    ['Les habitants de Saint-Malo sont inquiets.', 'Residents of St Malo are worried.'],
    ['Le Sud-Ouest est en vigilance orange.', 'The south-west is on orange alert.'],
    ['La Marine nationale et l’armée de l’Air sont mobilisées.', 'The navy and the air force have been mobilised.'],
    ['Le Printemps arabe a changé la région.', 'The Arab Spring changed the region.'],
    ['Il a vu « La Grande Vadrouille » hier.', 'He saw Don’t Look Now yesterday.'],
    ['Marine Le Pen parle. Le maire répond.', 'Marine Le Pen speaks. The mayor replies.'],
    ['Le Brésilien Neymar et le Français Thomas Pesquet.', 'Brazilian Neymar and Frenchman Thomas Pesquet.'],
    ['Des manifestants se sont rassemblés place de la Bastille.', 'Protesters gathered at the Bastille.'],
    ['Ursula von der Leyen a répondu à Donald Trump.', 'Ursula von der Leyen replied to Donald Trump.'],
    // Units after a number, plurals of capitalised common nouns, a city's club by its own spelling
    ['Le chiffre d’affaires atteint 1,2 Md€, en recul de 3 %.', 'Revenue came to €1.2 billion, down 3%.'],
    ['Le parc éolien produira 45 MW.', 'The wind farm will produce 45 megawatts.'],
    ['Les Bourses de Francfort et de Milan ont clôturé en baisse.', 'The Frankfurt and Milan stock exchanges closed lower.'],
    ['Le Genoa a battu Naples aux tirs au but.', 'Genoa beat Napoli on penalties.'],
  ])('%s → %s', (source, target) => {
    expect(names(source, target)).toEqual([]);
  });

  it('takes the glossary’s English for a name', () => {
    const context: QaContext = { ...us, glossary: [{ source: 'Pontlevoy', target: 'Pontlevoy Abbey' }] };
    expect(names('L’abbaye de Pontlevoy rouvre.', 'The abbey reopens.', context)).toEqual([]);
  });
});

describe('proper names found in French', () => {
  it('keeps particles and hyphens inside a name, and leaves titles, peoples and sentence starts out', () => {
    expect(properNames('Selon M. Charles de Gaulle, les Français et Jean-Luc Mélenchon.').map((name) => name.text)).toEqual(['Charles de Gaulle', 'Jean-Luc Mélenchon']);
  });

  it('reads a name at the start of a sentence when the text names it elsewhere', () => {
    expect(properNames('Dupont a parlé. Puis Mme Dupont est partie.').map((name) => name.text)).toEqual(['Dupont', 'Dupont']);
  });

  it('keeps the exonym table well formed: French and English forms on every line', () => {
    for (const exonym of exonyms()) {
      expect(exonym.french.length, exonym.english.join()).toBeGreaterThan(0);
      expect(exonym.english.length, exonym.french.join()).toBeGreaterThan(0);
    }
  });
});
