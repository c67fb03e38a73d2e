import { frenchRenderings } from '../align/lexicon';
import { findTerms } from '../glossary';
import { searchKey } from '../search';
import { frenchMonths, frenchWeekdays } from './calendar';
import { commonAcronyms, type Exonym, exonyms, placePeople } from './exonyms';
import { blank, byFirstWord, fold, lazy, spans } from './lib';
import type { Span } from './types';

/**
 * The proper names of a French text (issue 28): the names of the exonym table (exonyms.ts), and
 * the capitalised words and sequences the check can be sure of — a capital inside a sentence that
 * is no institution's common noun (`l’État`, `le Gouvernement`), no title (`M.`, `Mme`), no people
 * (`les Français`), no day or month. A capital at the start of a sentence says nothing (`Selon`,
 * `Inscriptions`), unless the word is a name elsewhere in the text: when unsure, no name.
 */

export interface ProperName extends Span {
  /** As written in the source. */
  text: string;
  /** Its words folded (`Jean-Luc Mélenchon` → `jean luc melenchon`) and its last word, which holds alone (`melenchon`). */
  key: string;
  last: string;
  /** The parts of its last word that name (`karabakh` of `Haut-Karabakh`, `malo` of `Saint-Malo`), which hold together. */
  core: string[];
  /** Its words of four letters or more, folded, which a misspelling is near. */
  words: string[];
  exonym?: Exonym;
  /** An acronym the table does not know (`SNCF`): kept as it is or translated, never missed. */
  acronym?: boolean;
  /** The complement of a named place or body translated whole (`Banque de France` → `Bank of France`, `l’aéroport de Roissy`): not missed either. */
  optional?: boolean;
  /** An acronym the source spells out before it, in brackets (`l’Agence européenne des médicaments (EMA)`): the body named twice, which a translation keeps one way or the other. */
  glossed?: boolean;
  /** Inside a quoted title (`« L’Étranger »`): a work's title is translated (`The Stranger`), so a near word is no misspelling. */
  title?: boolean;
}

/** Folded for comparing names: accents and case off, `œ` spelt out, anything not a letter or digit a space, `St` and `Ste` in full. */
export const nameKey = (text: string): string =>
  fold(text.replace(/œ/gu, 'oe').replace(/Œ/gu, 'OE').replace(/æ/gu, 'ae'))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/(?<![\p{L}\p{N}])st(e?)(?![\p{L}\p{N}])/gu, 'saint$1')
    .trim();

/** A word list, folded as names are, on first use. */
const words = (list: string): { has: (key: string) => boolean } => {
  const set = lazy(() => new Set(list.trim().split(/\s+/u).map(nameKey)));
  return { has: (key) => set().has(key) };
};

/** Of those nouns, the ones that are common first names too. */
const firstNameNouns: ReadonlySet<string> = new Set(['marine']);

/**
 * Common nouns French writes with a capital (institutions, titles, ranks, points of the compass,
 * periods, the words that head a place's or a body's name): they are translated, never names.
 */
const capitalisedNouns = words(`
  État États Etat Etats Gouvernement Président Présidente Présidence République Premier Première Ministre Ministère Ministres
  Assemblée Parlement Conseil Cour Tribunal Parquet Justice Intérieur Économie Finances Budget Défense Armée Armées Éducation
  Santé Culture Travail Agriculture Écologie Environnement Transports Logement Affaires Étrangères Outre-mer Extérieur Recherche
  Enseignement Sports Solidarités Numérique Industrie Commerce Emploi Jeunesse Constitution Code Nation Patrie Métropole
  Région Département Ville Mairie Préfecture Préfet Maire Commune Église Cathédrale Basilique Musée Université Institut Académie
  Fondation Agence Office Bourse Banque Caisse Chambre Comité Commission Syndicat Parti Union Fédération Confédération Association
  Ligue Coupe Championnat Jeux Tour Prix Festival Salon Palais Château Hôtel Maison Place Rue Avenue Boulevard Gare Aéroport Port
  Pont Quai Parc Jardin Stade Lycée Collège École Hôpital Centre Clinique Nord Sud Est Ouest Occident Orient Grand Grande Petit
  Petite Haut Haute Bas Basse Nouveau Nouvelle Vieux Vieille Saint Sainte Mont Monsieur Madame Mademoiselle Messieurs Mesdames
  M Mme Mlle MM Mmes Mgr Me Dr Pr Docteur Maître Professeur Monseigneur Général Colonel Capitaine Commandant Lieutenant Amiral
  Maréchal Cardinal Père Sœur Frère Abbé Pape Roi Reine Prince Princesse Duc Duchesse Comte Empereur Impératrice Majesté
  Excellence Internet Web Net Résistance Libération Occupation Révolution Renaissance Antiquité Empire Régime Guerre Bataille
  Traité Accord Accords Pacte Charte Loi Déclaration Droits Homme Euro Sécurité Sociale Assurance Maladie Retraite Trésor Fisc
  Sida Covid Bac Brevet Conférence Sommet Forum Congrès Journée Semaine Année Mois Fête Salon Exposition Biennale Nations Unies
  Communauté Europe Monde Terre Lune Soleil Ciel Dieu Seigneur Vierge Christ Loto Chapitre Article Titre Annexe Livre Tome
  Photo Photos Crédit Source Sources Vidéo Infographie Capture Illustration Archives Dossier Éditorial Tribune Chronique
  Smic Ehpad Urssaf Unédic Cnil Arcom Crous Samu Sdis Bac Cac Ovni
  Histoire Marine Air Gendarmerie Police Douane Douanes Pompiers Fonction Ordre Barreau Défenseur Médiateur Commissariat Autorité
  Observatoire Major Débat Printemps Été Automne Hiver Ancien Collaboration Mur
  Mobilité Urbanisme Tourisme Sport Propreté Voirie Logement Finances Cohésion Transition Patrimoine Citoyenneté Égalité Diversité Handicap
  Défenseure Médiatrice Directrice Procureure Préfète Rectrice Sénatrice Députée Conseillère Contrôleure Inspectrice
  Tournoi Open Grand-Prix Trophée Rallye Marathon Classique Mondiaux Championnats Internationaux
  Société Compagnie Groupe Coopérative Entreprise Établissement Régie Eaux Services Cabinet Direction Service Bureau Division
`);

/** Whether a folded word is a common noun French writes with a capital (`Président`, `Ministère`, `Maître`): no first name. */
export const isCapitalisedNoun = (key: string): boolean => capitalisedNouns.has(key);

/** Words that start sentences and are never names, however written elsewhere (`Le` of `Marine Le Pen` aside). */
const functionWords = words(`
  le la les l un une des du de d et ou en au aux ce cet cette ces il elle ils elles nous vous on je tu mais selon depuis pour
  dans par sur sous avec sans chez vers entre après avant pendant lors dès si quand comme que qui quoi dont où puis alors ainsi
  aussi enfin ensuite donc or ni car même tout tous toute toutes chaque plusieurs certains aucun aucune leur leurs son sa ses
  mon ma mes notre nos votre vos ici là voici voilà oui non hier demain aujourd désormais encore déjà cependant pourtant toutefois
`);

/**
 * Words that open a sentence bare and are followed by a verb, yet name nothing: pronouns and
 * quantifiers (`Chacun a voté`, `Rien n’est joué`), interrogatives (`Comment va…`), verbs and
 * adverbs heading a clause (`Reste à savoir`, `Mieux vaut…`), bare nouns of set phrases
 * (`Rendez-vous est pris`, `Prudence est de mise`).
 */
const bareOpeners = words(`
  chacun chacune personne rien tout tous toutes nul aucun aucune certains certaines plusieurs beaucoup peu nombre la plupart
  cela ceci ça celui celle ceux celles celui-ci celle-ci ceux-ci celles-ci celui-là celle-là lequel laquelle lesquels lesquelles
  quelqu quiconque autrui lui eux moi toi soi tel telle tels telles autre autres seul seule seuls seules
  qui que quoi quel quelle quels quelles combien pourquoi comment lorsque puisque quoique
  reste restent suffit vient viennent faut vive vivent voici voilà mieux pire moins plus autant tant trop assez bien mal
  jamais toujours souvent parfois bientôt longtemps surtout notamment certes bref peut-être sans doute
  rendez-vous prudence place question mission objectif attention patience silence priorité
  force nul nulle toujours grand bien peu importe libre loin hors sauf outre faute
  un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente quarante cinquante
  soixante cent cents mille million millions milliard milliards moitié tiers quart quelques nombreux nombreuses environ près
  nouvel bel vieil bon bonne beau belle gros grosse dernier dernière derniers dernières prochain prochaine même mêmes tel
`);

/**
 * The verbs a sentence's subject takes (`Renault a annoncé`, `Decathlon ouvrira`, `Airbus prévoit`):
 * auxiliaries and the verbs of news, as they follow a bare subject, and the clitics before them
 * (`Renault n’a pas`, `Renault se retire`).
 */
const subjectVerbs = new Set(`
  a ont avait avaient aura auront aurait auraient est sont était étaient sera seront serait seraient fut
  va vont allait vient viennent venait doit doivent devait devra devrait devraient peut peuvent pouvait pourra pourrait
  veut veulent voulait fait font faisait compte comptent prévoit prévoient annonce annoncent affirme affirment assure assurent
  estime estiment indique indiquent précise précisent souligne explique déclare dit reconnaît entend envisage lance lancent
  ouvre ferme propose proposent publie présente confirme dément emploie recrute rachète vend investit réalise possède détient
  dispose reste demeure devient signe obtient atteint enregistre affiche supprime prépare poursuit rejoint remporte quitte
  se s ne n y
`.trim().split(/\s+/u));
/** A verb's ending in the future, the conditional or the imperfect (`ouvrira`, `lancerait`, `employait`). */
const verbEnding = /\p{L}{2}(?:ra|ront|rait|raient|ait|aient)$/u;

/** Whether the capitalised word opening a sentence at `end` is its subject, bare: a name (`Renault a annoncé`), French giving common nouns an article. */
function bareSubject(text: string, key: string, end: number): boolean {
  // (`Saint-Nazaire accueillera`: a hyphenated name's parts all capitalised; `Peut-être` none.)
  if (bareOpeners.has(key) || (key.includes(' ') && !/^\p{Lu}[\p{L}\p{M}]*(?:-\p{Lu}[\p{L}\p{M}]*)+$/u.test(text.slice(end - key.length, end)))) return false;
  const next = /^[\s\u00a0]+([\p{L}\p{M}]+)(['’])?/u.exec(text.slice(end, end + 40));
  if (!next) return false;
  // Accents kept: `a` is a verb, `à` (`Grâce à`, `Mis à jour`) none.
  const verb = next[1]!;
  if (!/^\p{Ll}/u.test(verb)) return false;
  return subjectVerbs.has(verb) || (next[2] === undefined && verb.length >= 5 && verbEnding.test(verb));
}

/** Peoples (`les Français`, `le Britannique`): translated as adjectives or nouns of their own. */
const peoples = words(`
  Français Française Anglais Anglaise Allemand Allemande Américain Américaine Britannique Italien Italienne Espagnol Espagnole
  Belge Suisse Russe Chinois Chinoise Japonais Japonaise Canadien Canadienne Québécois Québécoise Africain Africaine Européen
  Européenne Asiatique Ukrainien Ukrainienne Israélien Israélienne Palestinien Palestinienne Iranien Iranienne Turc Turque Grec
  Grecque Polonais Polonaise Portugais Portugaise Néerlandais Néerlandaise Suédois Suédoise Norvégien Norvégienne Danois Danoise
  Finlandais Finlandaise Autrichien Autrichienne Hongrois Hongroise Roumain Roumaine Marocain Marocaine Algérien Algérienne Tunisien
  Tunisienne Sénégalais Sénégalaise Malien Malienne Ivoirien Ivoirienne Camerounais Brésilien Brésilienne Argentin Mexicain
  Mexicaine Indien Indienne Pakistanais Afghan Afghane Syrien Syrienne Libanais Libanaise Irakien Irakienne Égyptien Égyptienne
  Saoudien Saoudienne Australien Australienne Parisien Parisienne Francilien Francilienne Lyonnais Lyonnaise Marseillais
  Marseillaise Breton Bretonne Alsacien Alsacienne Normand Normande Basque Catalan Catalane Écossais Écossaise Irlandais
  Irlandaise Gallois Galloise Occidental Occidentaux Républicain Républicaine Socialiste Écologiste Insoumis Insoumise Vert Verte
  Bleu Bleus Juif Juive Musulman Musulmane Chrétien Chrétienne Catholique Protestant Protestante
`);

/** Number words (`les Vingt-Sept`, `les Douze`, `le G7`'s `Sept`): a capital on them makes a collective, no name. */
const numberWords = words('un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf vingt trente quarante cinquante soixante cent');
/** The endings of a people's name in the plural (`Vaudois`, `Lyonnaises`, `Valaisans`, `Jurassiens`). */
const demonym = /^\p{L}{3,}(?:ois|oises|ais|aises|ains|aines|ans|iens|iennes|ins|ines)$/u;

/** Letters of an all-capitals word that shout rather than abbreviate (`URGENT`, `INFO`). */
const shouted = words('ALERTE INFO URGENT EXCLU EXCLUSIF VIDEO PHOTO PHOTOS DIRECT FLASH NON OUI STOP FIN AVIS NOTE TOUS TOUT RIEN JAMAIS PAS MAIS VRAI FAUX');

/** The words between the parts of a name: `Charles de Gaulle`, `Jeanne d’Arc`, `Pontlevoy-sur-Cher`, `Ursula von der Leyen`. */
const particles = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'van', 'von', 'der', 'den', 'di', 'da', 'del', 'della', 'dos', 'y', 'al', 'el', 'ben', 'bin', 'ibn', 'sur']);

/** Words after which a capital is a people or a party (`les Français`, `aux Républicains`, `une Renault`). */
const plurals = new Set(['les', 'des', 'aux', 'un', 'une', 'ces', 'nos', 'vos', 'leurs', 'deux', 'trois', 'quelques', 'plusieurs']);

/**
 * Words whose complement is a name translated with them (`Banque de France`, `l’aéroport de Roissy`, `la gare de Lyon`).
 * Not a person's office (`le maire de Roubaix`, `le préfet du Nord`): the place is what the office is of, which the English names (`the mayor of Roubaix`, `the Roubaix mayor`).
 */
const heads = words(`
  banque ministère ministre musée université institut cour tribunal conseil palais gare aéroport port place rue avenue boulevard
  pont lycée collège école hôpital centre fondation agence chambre comité office préfecture région département ville commune
  académie parc jardin stade festival prix tour coupe championnat ligue golfe mer lac baie île mont col vallée forêt canal château
  cathédrale église basilique abbaye quartier mairie diocèse université
  théâtre opéra orchestre club équipe journal chaîne radio groupe société compagnie entreprise marque salle maison hôtel cité
`);

const calendar = new Set([...frenchMonths, ...frenchWeekdays]);
/** `XIV` of `Louis XIV`, and `XIIe` (siècle), the ordinals check's. */
const isRoman = (word: string) => /^[IVXLCDM]+(?:e|er|re|ème|eme)?s?$/u.test(word);
const isUpper = (word: string) => /^\p{Lu}/u.test(word);
const isAcronym = (word: string) => word.length >= 2 && /\p{Lu}{2}/u.test(word) && word === word.toUpperCase();

/** Every French form of the table, each with its entry, for findTerms. */
const frenchForms = lazy(() => byFirstWord(exonyms().flatMap((exonym) => exonym.french.map((form) => ({ source: form, target: '', exonym, folded: searchKey(form) })))));

/** A table hit counts where the form has a capital and the text has it too (`Tours`, not `tours`; `la tour Eiffel`). */
function capitalised(text: string, form: string): boolean {
  const written = text.split(/[\s\u00a0'’-]+/u);
  // (A particle may be written either way: `Oussama ben Laden` for `Oussama Ben Laden`.)
  return form.split(/[\s\u00a0'’-]+/u).every((part, index) => !isUpper(part) || isUpper(written[index] ?? '') || /^(?:ben|bin|ibn|al|el|de|du|da|di|van|von|der|le|la)$/iu.test(part));
}

/**
 * A word of a name: letters, hyphenated parts, the `N’` or `O’` that opens some (`N’Guessan`,
 * `N’Djamena`, `O’Brien`) and the apostrophe of a romanised Chinese name (`Tian’anmen`, `Xi’an`).
 */
export const nameWord = /(?:[NO]['’](?=\p{Lu}))?[\p{L}\p{M}]+(?:(?<=[\p{L}\p{M}]{3})['’](?=\p{Ll}{2})[\p{L}\p{M}]+)?(?:[-‐‑][\p{L}\p{M}]+)*/gu;

/** Whether a word starts a sentence, a heading, a quotation or a list item (its capital is the position's). */
function sentenceInitial(text: string, start: number): boolean {
  // What precedes, a few words back, is enough to tell.
  const window = text.slice(Math.max(0, start - 40), start);
  const before = window.replace(/[\s\u00a0\u202f«“"‘'([—–\-•*]+$/u, '');
  if (before === '') return true;
  // A heading's parts: `Article 1 – Objet`.
  if (/\s[—–-]\s*$/u.test(window)) return true;
  if (!/[.!?…:;]$/u.test(before)) return false;
  // `M. Dupont`, `J. Dupont`, `St. Louis`: the full stop of an abbreviation or an initial ends nothing.
  return !/(?:^|[\s(‐‑-])(?:\p{Lu}|M|MM|Mgr|Dr|Pr|St|Ste|Me|Mme|av|J\.-C)\.$/u.test(before);
}

/** Short quotations that start with a capital: titles of works (`« Le Petit Prince »`), which translators translate or keep. */
const titles = (text: string): Span[] => spans(text, /[«“"][\s\u00a0\u202f]*\p{Lu}[^«»“”"]{0,60}?[»”"]/gu).filter((quoted) => quoted.text.split(/\s+/u).length <= 7);

/** Whether the name at `start` is the complement of a place's or a body's name (`la Banque de France`, `l’aéroport de Roissy`). */
function complement(text: string, start: number): { optional?: true } {
  const head = complementHead(text, start);
  return head && heads.has(nameKey(head)) ? { optional: true } : {};
}

/** The word a name at `start` is the complement of, by `de`, `du`, `des`, `d’` (`musée` in `le musée du Louvre`). */
export function complementHead(text: string, start: number): string | undefined {
  return /([\p{L}\p{M}]+)[\s\u00a0]+(?:de|du|des|d['’]|de[\s\u00a0]+la[\s\u00a0]|de[\s\u00a0]+l['’])[\s\u00a0]*$/u.exec(text.slice(Math.max(0, start - 60), start))?.[1];
}

interface Word extends Span {
  text: string;
  initial: boolean;
}

/** The proper names of a French text, each once per place, in the order written. */
/** A company's legal form after its name: `Inc.`, `SA`, `SARL`, `GmbH`, `plc`… */
const legalForm = /(?<=\p{Lu}[\p{L}\p{M}'’&-]*[\s\u00a0]+)(?:Inc|Ltd|Corp|Co|SA|SAS|SASU|SARL|SE|SCA|SNC|AG|GmbH|plc|PLC|LLC|LLP|NV|BV|SpA|S\.A|S\.A\.S|Cie)(?:\.(?=[\s\u00a0,;:)]|$))?(?![\p{L}\p{N}.])/gu;

export function properNames(text: string): ProperName[] {
  // Not inside a link, an address, a hashtag or a mention (the preserved check's).
  // Nor a company's legal form after its name (`Fluxon Inc.`, `Hydrelis SA`): English drops it, and the name is the rest.
  const source = blank(text, [...spans(text, /\bhttps?:\/\/\S+|\bwww\.\S+|\S+@\S+|[#@][\p{L}\p{N}_]+/gu), ...spans(text, legalForm)]);
  const out: ProperName[] = [];
  const taken: Span[] = [];
  // Only the forms that can be in the text are looked for where they are (findTerms is slower).
  for (const hit of findTerms(source, frenchForms()(searchKey(source)))) {
    if (!capitalised(source.slice(hit.start, hit.end), hit.term.source)) continue;
    // (`Saint-Jean-sur-Richelieu` is a town, not the feast of `la Saint-Jean`: a loose name inside a longer hyphenated one is none.)
    if (hit.term.exonym.kind === 'loose' && (/^[-‐‑](?:\p{Ll}+[-‐‑])?\p{Lu}/u.test(source.slice(hit.end)) || /\p{Lu}[\p{L}\p{M}]*[-‐‑]$/u.test(source.slice(0, hit.start)))) continue;
    const written = source.slice(hit.start, hit.end);
    out.push({ start: hit.start, end: hit.end, text: written, key: nameKey(written), last: nameKey(written), core: [], words: [], exonym: hit.term.exonym, ...complement(source, hit.start) });
    taken.push(hit);
  }
  // (`N’Guessan`, `O’Brien`: the apostrophe inside a name, no elision.)
  const all: Word[] = spans(source, nameWord)
    .filter((word) => !taken.some((span) => word.start < span.end && span.start < word.end))
    .map((word) => ({ start: word.start, end: word.end, text: word.text, initial: sentenceInitial(source, word.start) }));
  // A word with a capital inside a sentence somewhere is a name at the start of one too.
  const named = new Set(all.filter((word) => !word.initial && isUpper(word.text)).map((word) => nameKey(word.text)));

  // `1,2 Md€`, `500 MW`, `3 Mds de dollars`: a short word after a number, or before a currency, is its unit.
  const unit = (word: Word): boolean =>
    word.text.length <= 3 && (/\p{N}[\s\u00a0\u202f]*$/u.test(source.slice(Math.max(0, word.start - 3), word.start)) || /^[€$£¥%]/u.test(source.slice(word.end)));

  const isName = (word: Word, index: number): boolean => {
    if (!isUpper(word.text) || isAcronym(word.text) || isRoman(word.text) || word.text.length < 2) return false;
    const key = nameKey(word.text);
    // `Marine Tondelier`, `Marine Le Pen`: a noun that is a common first name, right before a name and after no article (`la Marine nationale`).
    if (firstNameNouns.has(key) && !/(?:^|[^\p{L}])(?:la|le|les|l['’]|de|du|des|d['’])[\s\u00a0]*$/iu.test(source.slice(Math.max(0, word.start - 5), word.start))) {
      const next = all[index + 1];
      if (next && /^[\s\u00a0]+$/u.test(source.slice(word.end, next.start)) && /^\p{Lu}\p{Ll}/u.test(next.text) && !capitalisedNouns.has(nameKey(next.text))) return true;
    }
    // `Sud-Ouest`, `Nord-Est`: common nouns joined are one still.
    if (key.split(' ').every((part) => capitalisedNouns.has(part))) return false;
    if (unit(word)) return false;
    // `les Bourses de Francfort et de Milan`: a common noun in the plural still.
    if (capitalisedNouns.has(key.replace(/(?<=\p{L}{3})s$/u, ''))) return false;
    if (functionWords.has(key) || capitalisedNouns.has(key) || calendar.has(key) || peoples.has(key) || peoples.has(key.replace(/e?s$/u, ''))) return false;
    // `l’Éthiopien Tadese Worku`: a country's people, no part of the name after it.
    if (placePeople().has(word.text.toLowerCase())) return false;
    // `les Vingt-Sept`, `les Douze`: the member states counted, no name.
    if (key.split(' ').every((part) => numberWords.has(part))) return false;
    // `Les Vaudois se prononceront`: a people after the article opening the sentence (`Genevois`, `Valaisans`, `Jurassiens`).
    if (demonym.test(key) && /(?:^|[.!?…:;«"“][\s\u00a0]*)Les[\s\u00a0]+$/u.test(source.slice(Math.max(0, word.start - 8), word.start))) return false;
    // A capital opening a sentence names when the word is a name elsewhere, the sentence's bare
    // subject, or a first name before a surname (`Sophie Marchetti, avocate de la famille, …`).
    if (word.initial && !named.has(key) && !bareSubject(source, key, word.end) && !givenName(word, index)) return false;
    const previous = all[index - 1];
    // (`Les Restos du Cœur` is a name: the article's capital says so.)
    return !(previous && !isUpper(previous.text) && plurals.has(nameKey(previous.text)) && /^[\s\u00a0]+$/u.test(source.slice(previous.end, word.start)));
  };

  /**
   * Whether a word opening a sentence is a first name: followed by a name inside the sentence
   * (`Jean-Luc Perrin, 58 ans, …`), and no French word the lexicon knows (`Programme Erasmus`,
   * `Avocate Dupont`): a first name that is also a word (`Pierre`, `Claire`) is left out, when unsure.
   */
  const givenName = (word: Word, index: number): boolean => {
    const next = all[index + 1];
    if (!next || next.initial || !/^\p{Lu}\p{Ll}/u.test(word.text) || !/^[\s\u00a0]+$/u.test(source.slice(word.end, next.start))) return false;
    const key = nameKey(word.text);
    if (bareOpeners.has(key) || frenchRenderings(word.text) !== undefined) return false;
    return isUpper(next.text) && !isAcronym(next.text) && isName(next, index + 1);
  };

  for (let i = 0; i < all.length; i++) {
    const word = all[i]!;
    if (isAcronym(word.text)) {
      const neighbours = [all[i - 1], all[i + 1]].filter((other): other is Word => other !== undefined && isAcronym(other.text) && /^[\s\u00a0]+$/u.test(source.slice(Math.min(other.end, word.end), Math.max(other.start, word.start))));
      // Capitals for emphasis (`URGENT`, a heading in capitals) and the roman numerals of `Louis XIV` are no acronyms.
      // (`ETE2025`, `AB12`: a code, the identifiers check's.)
      const code = /^[\p{N}_]/u.test(source.slice(word.end, word.end + 1)) || /[\p{N}_]$/u.test(source.slice(Math.max(0, word.start - 1), word.start));
      if (code || unit(word) || isRoman(word.text) || commonAcronyms.has(word.text) || shouted.has(nameKey(word.text)) || word.text.length > 6 || neighbours.length > 0) continue;
      const glossed = source[word.start - 1] === '(' && source[word.end] === ')' && /\p{L}[\s\u00a0]*$/u.test(source.slice(Math.max(0, word.start - 3), word.start - 1));
      out.push({ start: word.start, end: word.end, text: word.text, key: nameKey(word.text), last: nameKey(word.text), core: [], words: [], acronym: true, ...(glossed ? { glossed: true } : {}) });
      continue;
    }
    // A brand written with a capital inside (`easyJet`, `iPhone`, `eBay`): no French word is.
    if (/^\p{Ll}{1,4}\p{Lu}[\p{L}\p{M}]+$/u.test(word.text)) {
      out.push({ start: word.start, end: word.end, text: word.text, key: nameKey(word.text), last: nameKey(word.text), core: [], words: nameKey(word.text).length >= 4 ? [nameKey(word.text)] : [] });
      continue;
    }
    // `Le`, `La` inside a sentence start a name when one follows (`Marine Le Pen`, `à La Rochelle`).
    const article = !word.initial && /^(?:Le|La|Les)$/u.test(word.text);
    if (!article && !isName(word, i)) continue;
    // The name runs on over names and the particles between them.
    let end = i;
    let j = i + 1;
    while (j < all.length) {
      const gap = source.slice(all[j - 1]!.end, all[j]!.start);
      if (!/^[\s\u00a0]+$|^['’]$/u.test(gap)) break;
      const next = all[j]!;
      if (isName(next, j) || (/^(?:Le|La|Les)$/u.test(next.text) && !next.initial)) {
        end = j;
        j++;
      } else if (particles.has(next.text) && !isUpper(next.text)) j++;
      else break;
    }
    // A trailing `Le` is no name's.
    while (end > i && /^(?:Le|La|Les)$/u.test(all[end]!.text)) end--;
    if (article && end === i) {
      // `Interrogée par Le Monde`, `selon La Croix`: an article's capital inside a sentence makes the title of a paper or a work of a common noun after it.
      const next = all[i + 1];
      if (/^(?:Le|La)$/u.test(word.text) && next && /^[\s\u00a0]+$/u.test(source.slice(word.end, next.start)) && isUpper(next.text) && !isAcronym(next.text) && !isRoman(next.text) && next.text.length >= 3) {
        const written = source.slice(word.start, next.end);
        out.push({ start: word.start, end: next.end, text: written, key: nameKey(written), last: nameKey(next.text), core: [], words: [], title: true });
        i++;
      }
      continue;
    }
    const first = all[i]!;
    const lastWord = all[end]!;
    const written = source.slice(first.start, lastWord.end);
    out.push({
      start: first.start,
      end: lastWord.end,
      text: written,
      key: nameKey(written),
      last: nameKey(lastWord.text),
      core: nameKey(lastWord.text).split(' ').filter((part) => !capitalisedNouns.has(part) && !particles.has(part)),
      words: nameKey(written).split(' ').filter((part) => part.length >= 4 && !particles.has(part)),
      ...complement(source, first.start),
    });
    i = end;
  }
  const quoted = titles(source);
  for (const name of out) if (quoted.some((span) => span.start <= name.start && name.end <= span.end)) name.optional = name.title = true;
  return out.sort((a, b) => a.start - b.start);
}
