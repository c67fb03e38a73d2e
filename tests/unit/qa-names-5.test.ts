import { describe, expect, it } from 'vitest';
import { checkPair, type QaContext } from '../../src/domain/qa';
import { properNames } from '../../src/domain/qa/proper-names';

const gb: QaContext = { targetLang: 'en-GB', glossary: [] };

/** The names check's findings on a pair: key and the target's marked words. */
const found = (source: string, target: string) =>
  checkPair({ source, target }, gb)
    .filter((finding) => finding.check === 'names')
    .map((finding) => ({ key: finding.key, marked: (finding.target ?? []).map((span) => target.slice(span.start, span.end)) }));

describe('names: N’ and O’ inside a name', () => {
  it('keeps `N’Guessan` and `O’Brien` whole, with the first name before them', () => {
    expect(properNames('Kouamé N’Guessan dirige la raffinerie.').map((name) => name.text)).toEqual(['Kouamé N’Guessan']);
    expect(properNames('Selon Conor O’Brien, le club est vendu.').map((name) => name.text)).toEqual(['Conor O’Brien']);
  });

  it('finds the first name changed before such a surname, and nothing when it is kept', () => {
    const source = 'Kouamé N’Guessan, directeur de la raffinerie, table sur une hausse de 15 % à Abidjan.';
    expect(found(source, 'Koffi N’Guessan, the refinery’s director, expects a 15% rise in Abidjan.')).toEqual([{ key: 'names.replaced', marked: ['Koffi N’Guessan'] }]);
    expect(found(source, 'Kouamé N’Guessan, the refinery’s director, expects a 15% rise in Abidjan.')).toEqual([]);
  });
});

describe('names: romanised first names', () => {
  it('takes another romanisation of a first name for the same person', () => {
    expect(found('Sergueï Lavrov a rencontré Oussama Ben Salem.', 'Sergei Lavrov met Osama Ben Salem.')).toEqual([]);
    expect(found('Photo : Youssef El Amrani-Tazi, fondateur de la marque.', 'Photo: Yusuf El Amrani-Tazi, the brand’s founder.')).toEqual([]);
  });

  it('finds another first name that only shares the French letters (`Youssef` → `Younes`)', () => {
    expect(found('Photo : Youssef El Amrani-Tazi, fondateur de la marque.', 'Photo: Younes El Amrani-Tazi, the brand’s founder.')).toEqual([{ key: 'names.replaced', marked: ['Younes El Amrani-Tazi'] }]);
  });
});

describe('names: a surname misspelt where the French spelling is kept', () => {
  it('finds a short part of a hyphenated name a letter off, the rest kept (`Kouadio-Brou` → `Kouadio-Bru`)', () => {
    expect(found('Le sélectionneur Hervé Kouadio-Brou a parlé.', 'Head coach Hervé Kouadio-Bru spoke.')).toEqual([{ key: 'names.misspelt', marked: ['Bru'] }]);
    expect(found('Le sélectionneur Hervé Kouadio-Brou a parlé.', 'Head coach Hervé Kouadio-Brou spoke.')).toEqual([]);
  });

  it('still takes a Russian name romanised the English way throughout', () => {
    expect(found('Le Premier ministre russe Mikhaïl Michoustine est arrivé.', 'Russian Prime Minister Mikhail Mishustin has arrived.')).toEqual([]);
  });
});

describe('names: a plural', () => {
  it('takes a name in the plural after an article or a number, and finds an `s` added elsewhere', () => {
    expect(found('Les Kennedy ont marqué Boston.', 'The Kennedys left their mark on Boston.')).toEqual([]);
    expect(found('Il a acheté deux Renault.', 'He bought two Renaults.')).toEqual([]);
    expect(found('60 % des commerces de Pepinster ont rouvert.', '60% of the shops in Pepinsters have reopened.')).toEqual([{ key: 'names.misspelt', marked: ['Pepinsters'] }]);
  });
});

describe('names: a first name opening only the English', () => {
  it('finds another first name there, and leaves a role alone', () => {
    const source = 'La directrice de Zurich Assurances, Barbara Keller-Steiner, prendra sa retraite en juin.';
    expect(found(source, 'Brigitte Keller-Steiner, head of Zurich Insurance, will retire in June.')).toEqual([{ key: 'names.replaced', marked: ['Brigitte Keller-Steiner'] }]);
    expect(found(source, 'Barbara Keller-Steiner, head of Zurich Insurance, will retire in June.')).toEqual([]);
    expect(found('Le nageur Romain Giraud a gagné.', 'Swimmer Giraud won.')).toEqual([]);
    expect(found('La romancière Anne Ferrand publie un livre.', 'Novelist Ferrand publishes a book.')).toEqual([]);
  });
});

describe('names: transliterations, lists and places (dev-28g)', () => {
  it('takes the English letters for a French romanisation (zh for j, dh, iy), even where the table knows another French spelling', () => {
    expect(found('L’AIEA s’est rendue à la centrale de Zaporijjia.', 'The IAEA visited the Zaporizhzhia plant.')).toEqual([]);
    expect(found('Le président Ilham Aliev a ouvert la COP29.', 'President Ilham Aliyev opened COP29.')).toEqual([]);
    expect(found('Rached Ghannouchi, chef d’Ennahdha, a été condamné.', 'Rached Ghannouchi, leader of Ennahda, has been sentenced.')).toEqual([]);
  });

  it('reads a Chinese name with its apostrophe as one word', () => {
    expect(found('Des touristes ont afflué place Tian’anmen.', 'Tourists flocked to Tiananmen Square.')).toEqual([]);
  });

  it('takes a list whose names come with their roles in another order, and still finds two roles swapped', () => {
    expect(found('Le jury réunit l’actrice Juliette Binoche, le cinéaste Hirokazu Kore-eda et la romancière Leïla Slimani.', 'The jury includes novelist Leïla Slimani, actress Juliette Binoche and filmmaker Hirokazu Kore-eda.')).toEqual([]);
    expect(found('Chez Colruyt, Stefaan Vandaele devient directeur financier et Ann-Sophie Claes directrice des opérations.', 'At Colruyt, Ann-Sophie Claes becomes chief financial officer and Stefaan Vandaele chief operating officer.').map((finding) => finding.key)).toEqual(['names.swapped']);
  });

  it('does not take places where an action happens for its subject and object', () => {
    expect(found('Matthieu Chedid entamera à Bordeaux une tournée à travers la France.', 'Matthieu Chedid will kick off a tour of France in Bordeaux.')).toEqual([]);
  });

  it('takes a part of a hyphenated place name kept in French, and a town named like a feast', () => {
    expect(found('L’aéroport de Nantes-Atlantique a accueilli 7,2 millions de passagers.', 'Nantes Atlantique Airport handled 7.2 million passengers.')).toEqual([]);
    expect(found('Le festival de Saint-Jean-sur-Richelieu a attiré 450 000 visiteurs.', 'The Saint-Jean-sur-Richlieu festival drew 450,000 visitors.')).toEqual([{ key: 'names.misspelt', marked: ['Richlieu'] }]);
    expect(found('Les magasins ouvrent l’avant-veille de Noël.', 'Stores open two days before Christmas.')).toEqual([]);
  });

  it('says a people ending in -ène by its English name', () => {
    expect(found('Qui arrêtera Tadej Pogačar ? Le Slovène a remporté sa quatrième étape.', 'Who can stop Tadej Pogačar? The Slovenian won his fourth stage.')).toEqual([]);
  });
});

describe('names: French transliterations left in the English', () => {
  it('finds Moubarak, Prigojine and ben Laden left as French writes them', () => {
    expect(found('L’ancien président égyptien Hosni Moubarak a été renversé en 2011.', 'Former Egyptian president Hosni Moubarak was toppled in 2011.').map((finding) => finding.key)).toEqual(['names.exonym']);
    expect(found('Evgueni Prigojine a péri dans le crash.', 'Yevgeny Prigozhin died in the crash.')).toEqual([]);
    expect(found('La traque d’Oussama ben Laden a duré dix ans.', 'The hunt for Oussama ben Laden lasted ten years.').map((finding) => finding.key)).toEqual(['names.exonym']);
    expect(found('La traque d’Oussama ben Laden a duré dix ans.', 'The hunt for Osama bin Laden lasted ten years.')).toEqual([]);
  });
});
