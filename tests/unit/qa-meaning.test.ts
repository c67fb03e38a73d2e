import { describe, expect, it } from 'vitest';
import { type CheckId, checkIds, checkPair, type QaContext, type QaSettings } from '../../src/domain/qa';

/** Meaning and form: French left as a clause, a sentence or half lost, opposites, a future told in the past, quotation marks. */
const gb: QaContext = { targetLang: 'en-GB', glossary: [] };
const only = (id: CheckId): QaSettings => Object.fromEntries(checkIds.filter((other) => other !== id).map((other) => [other, 'off']));
const keys = (id: CheckId, source: string, target: string) => checkPair({ source, target }, gb, only(id)).map((finding) => finding.key);

describe('a clause or a sentence of the source left in French', () => {
  it.each([
    ['La bibliothèque ferme à 18 heures. Les lecteurs pourront emprunter six livres à la fois.', 'The library closes at 6 p.m. Les lecteurs pourront emprunter six livres à la fois.'],
    ['Le parc sera fermé lundi ; les visiteurs devront passer par la porte nord.', 'The park will be closed on Monday; les visiteurs devront passer par la porte nord.'],
    ['Le film, tourné entièrement en hiver à Chamonix, sortira en mars.', 'The film, tourné entièrement en hiver à Chamonix, will be released in March.'],
  ])('finds it in: %s', (source, target) => {
    expect(keys('french-left', source, target)).toEqual(['frenchLeft']);
  });

  it.each([
    ['La bibliothèque ferme à 18 heures. Les lecteurs pourront emprunter six livres à la fois.', 'The library closes at 6 p.m. Readers may borrow six books at a time.'],
    ['Le rapport de la Caisse nationale des allocations familiales est paru.', 'The report of the Caisse nationale des allocations familiales has been published.'],
    ['Elle dirige la Société des amis du musée de Grenoble.', 'She chairs the Société des amis du musée de Grenoble.'],
    ['Le slogan « liberté de choisir son avenir » a été repris.', 'The slogan “liberté de choisir son avenir” was taken up.'],
  ])('is silent on: %s', (source, target) => {
    expect(keys('french-left', source, target)).toEqual([]);
  });
});

describe('a sentence or a half of the source lost', () => {
  it('finds a second sentence dropped', () => {
    expect(keys('length', 'Un incendie a détruit un entrepôt de la zone industrielle. Aucun blessé n’est à déplorer selon les pompiers.', 'A fire destroyed a warehouse in the industrial estate.')).toEqual(['length']);
  });
  it('is silent on two sentences merged into one', () => {
    expect(keys('length', 'Un incendie a détruit un entrepôt de la zone industrielle. Aucun blessé n’est à déplorer selon les pompiers.', 'A fire destroyed a warehouse in the industrial estate, but firefighters said nobody was hurt.')).toEqual([]);
  });
  it('finds the first half of “non seulement … mais aussi” lost', () => {
    expect(keys('length', 'Le nouveau tram dessert non seulement le centre-ville, mais aussi les communes de la première couronne.', 'The new tram serves the inner suburbs.')).toEqual(['length']);
  });
  it('is silent when both halves are there', () => {
    expect(keys('length', 'Le nouveau tram dessert non seulement le centre-ville, mais aussi les communes de la première couronne.', 'The new tram serves both the city centre and the inner suburbs.')).toEqual([]);
  });
  it('lets a short source written in words grow', () => {
    expect(keys('length', 'La visite guidée du château dure 1 h 15.', 'The guided tour of the castle lasts one hour and fifteen minutes.')).toEqual([]);
  });
});

describe('a word rendered by its opposite', () => {
  it.each([
    ['Les inscriptions doivent être envoyées avant le 15 mai.', 'Applications must be sent after 15 May.', 'after'],
    ['La majorité des commerçants soutiennent le projet.', 'A minority of shopkeepers support the plan.', 'minority'],
    ['Les loyers sont plus élevés que dans la capitale.', 'Rents are lower than in the capital.', 'lower'],
    ['La chaudière consomme 20 % de gaz en moins que l’ancienne.', 'The boiler uses 20% more gas than the old one.', 'more'],
    ['La boutique ne compte plus que 3 vendeurs.', 'The shop has more than 3 sales staff.', 'more'],
    ['Le tribunal a acquitté le chauffeur du car.', 'The court convicted the coach driver.', 'convicted'],
    ['La ministre a démissionné mardi.', 'The minister was sacked on Tuesday.', 'sacked'],
    ['Le décret protège les locataires des hausses abusives.', 'The decree protects landlords from excessive increases.', 'landlords'],
    ['Les pédiatres déconseillent les écrans avant trois ans.', 'Paediatricians recommend screens before the age of three.', 'recommend'],
    ['La banque a maintenu ses tarifs inchangés cette année.', 'The bank raised its fees this year.', 'raised'],
    ['Le conseil municipal a autorisé la construction du parking.', 'The town council refused the construction of the car park.', 'refused'],
    ['Les prix de l’immobilier ont bondi de 8 % à Nantes.', 'Property prices in Nantes slumped by 8%.', 'slumped'],
    ['La mairie a reporté la fête du quartier à cause de la canicule.', 'The town hall brought forward the neighbourhood festival because of the heatwave.', 'brought forward'],
    ['Le témoignage de la victime a été lu à l’audience.', 'The defendant’s statement was read out in court.', 'defendant'],
  ])('finds it in: %s', (source, target, word) => {
    expect(checkPair({ source, target }, gb, only('polarity')).map((finding) => finding.params?.['word'])).toEqual([word]);
  });

  it.each([
    ['Les inscriptions doivent être envoyées avant le 15 mai.', 'Applications must be sent by 15 May.'],
    ['D’après la météo, il pleuvra après 16 heures.', 'According to the forecast, it will rain after 4 p.m.'],
    ['La majorité des commerçants soutiennent le projet.', 'Most shopkeepers support the plan.'],
    ['Les loyers sont plus élevés que dans la capitale.', 'Rents are higher than in the capital.'],
    ['La chaudière consomme 20 % de gaz en moins que l’ancienne.', 'The boiler uses 20% less gas than the old one.'],
    ['La boutique ne compte plus que 3 vendeurs.', 'The shop has only 3 sales staff left.'],
    ['La ministre a démissionné mardi.', 'The minister stepped down on Tuesday.'],
    ['Les pédiatres déconseillent les écrans avant trois ans.', 'Paediatricians advise against screens before the age of three.'],
    ['La banque a maintenu ses tarifs inchangés cette année.', 'The bank kept its fees unchanged this year.'],
    ['La mairie a reporté la fête du quartier à cause de la canicule.', 'The town hall postponed the neighbourhood festival because of the heatwave.'],
    ['Les piscines fermeront plus tard cet été.', 'Swimming pools will stay open later this summer.'],
  ])('is silent on: %s', (source, target) => {
    expect(keys('polarity', source, target)).toEqual([]);
  });
});

describe('a future told in the past', () => {
  it.each([
    ['La chanteuse donnera son dernier concert samedi à Nîmes.', 'The singer gave her last concert in Nîmes on Saturday.'],
    ['Les travaux seront achevés en juin.', 'The works were completed in June.'],
  ])('finds it in: %s', (source, target) => {
    expect(keys('tense', source, target)).toEqual(['tense']);
  });

  it.each([
    ['La chanteuse donnera son dernier concert samedi à Nîmes.', 'The singer will give her last concert in Nîmes on Saturday.'],
    ['La chanteuse donnera son dernier concert samedi à Nîmes.', 'The singer gives her last concert in Nîmes on Saturday.'],
    ['Le comité se réunira demain ; la semaine dernière, il a reporté le vote.', 'The committee meets tomorrow; last week it postponed the vote.'],
    ['Le chantier aura finalement coûté deux fois plus que prévu.', 'The project ended up costing twice as much as planned.'],
    ['Le maire a confirmé que la piscine rouvrira en juin.', 'The mayor confirmed that the pool reopens in June.'],
    ['Ce fromage accompagnera les salades composées.', 'This cheese goes well with mixed salads.'],
  ])('is silent on: %s', (source, target) => {
    expect(keys('tense', source, target)).toEqual([]);
  });
});

describe('a quotation that lost its opening mark', () => {
  it('finds a closing single quotation mark with no opening one', () => {
    expect(keys('quotes', '« Nous ne céderons rien », a lancé la syndicaliste.', 'We will not give in,’ the trade unionist said.')).toEqual(['quotes.unbalanced']);
  });
  it('is silent on balanced single quotation marks and possessives', () => {
    expect(keys('quotes', '« Nous ne céderons rien », a lancé la syndicaliste.', '‘We will not give in,’ the trade unionist said.')).toEqual([]);
    expect(keys('quotes', 'Les droits des locataires sont renforcés.', 'Tenants’ rights are strengthened.')).toEqual([]);
  });
});

describe('negations a reviser reads as none', () => {
  it('reads “comparaître libre” as “not in custody”', () => {
    expect(keys('negation', 'L’élu, qui comparaissait libre, a nié les faits.', 'The councillor, who was not in custody, denied the charges.')).toEqual([]);
  });
  it('reads “tant que … ne … pas” as “until”', () => {
    expect(keys('negation', 'Le pont restera fermé tant que les experts n’auront pas rendu leur avis.', 'The bridge will remain closed until the experts have delivered their opinion.')).toEqual([]);
    expect(keys('negation', 'Le pont n’a pas été fermé par les experts.', 'The bridge was closed by the experts.')).toEqual(['negation.lost']);
  });
  it('reads “in no time” as no negation', () => {
    expect(keys('negation', 'Les bénévoles ont vidé la salle en un clin d’œil.', 'The volunteers cleared the hall in no time.')).toEqual([]);
  });
});
