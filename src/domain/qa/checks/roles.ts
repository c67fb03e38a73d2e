import { lazy, spans } from '../lib';
import { nameKey, type ProperName, properNames } from '../proper-names';
import { reversedRoles } from '../reversed';
import type { Issue, PairRunner, Span } from '../types';

/**
 * Two named people whose roles the translation exchanges (`Le président du club, Alain Roux, a
 * limogé l’entraîneur Marc Girard` → `The club president, Marc Girard, has sacked the coach, Alain
 * Roux`), and a minister given another portfolio (`le ministre de l’Intérieur` → `the justice
 * minister`, `la ministre de la Santé` → `the prime minister`), and another public authority named in
 * place of the source’s (`le préfet a ordonné` → `the mayor ordered`). A role counts only in apposition, right next to the name — before it (`l’entraîneur
 * Marc Girard`, `le président du club, Alain Roux`) or after it between commas (`Claire Monnet,
 * directrice financière,`) — in both languages: word order alone says nothing, translations
 * reorder freely.
 */

/**
 * Roles, one a line: an id, the French (a pattern, feminine forms included), the English. Written
 * for the project from common usage of both languages (press and court reporting); the longer
 * forms first, so that `avocat général` is not read as `avocat`.
 */
const roleLines: ReadonlyArray<readonly [string, string, string]> = [
  ['vice-president', 'vice-présidente?', 'vice[- ]president|vice[- ]chair(?:man|woman)?|deputy chair(?:man|woman)?'],
  ['jury-chair', 'présidente? du jury', 'chair(?:man|woman)? of the jury|jury (?:president|chair(?:man|woman)?)|president of the jury'],
  ['president', 'présidente?', 'president|chair(?:man|woman)?'],
  ['coach', 'entraîneur|entraîneuse|sélectionneur|sélectionneuse', 'coach|manager|head coach'],
  ['prosecutor', 'avocate? générale?|procureure?|procureur de la République', 'prosecutor|prosecuting counsel|advocate general|public prosecutor'],
  ['defence', 'avocate? de la défense|avocate? de l[’\']accusé|avocate?', 'defen[cs]e lawyer|defen[cs]e counsel|defen[cs]e attorney|lawyer|counsel|attorney'],
  ['deputy-mayor', 'adjointe? au maire|adjointe?|première adjointe|premier adjoint', 'deputy mayor|deputy|assistant'],
  ['mayor', 'maire', 'mayor'],
  ['junior-minister', 'ministre déléguée?|secrétaire d[’\']État', 'junior minister|minister of state|secretary of state'],
  ['ceo', 'directeur général|directrice générale|PDG|p-dg', 'chief executive(?: officer)?|CEO|managing director|director general|chief exec'],
  ['cfo', 'directeur financier|directrice financière', 'chief financial officer|CFO|finance director|financial director'],
  ['supervisor', 'directeur de thèse|directrice de thèse', '(?:thesis |doctoral |PhD )?supervisor'],
  ['doctoral-student', 'doctorante?', 'doctoral (?:student|candidate)|PhD (?:student|candidate)'],
  ['professor', 'professeure?', 'professor'],
  ['author', 'auteure?|autrice|écrivaine?|romancière|romancier', 'author|writer|novelist'],
  ['investigating-judge', 'juge d[’\']instruction', 'investigating (?:judge|magistrate)|examining magistrate'],
  ['judge', 'juge', 'judge'],
  ['superintendent', 'commissaire', '(?:police )?(?:superintendent|commissioner|chief inspector|inspector)'],
  ['buyer', 'acheteuse|acheteur|acquéreur|acquéreuse', 'buyer|purchaser'],
  ['seller', 'vendeuse|vendeur', 'seller|vendor'],
  ['captain', 'capitaine', 'captain|skipper'],
  ['director', 'directeur|directrice', 'director'],
];

/** A minister's portfolio, one a line: an id, the French after `ministre de`, the English before `minister` or after `minister of`. */
const portfolioLines: ReadonlyArray<readonly [string, string, string]> = [
  ['interior', 'l[’\']Intérieur', 'interior|home'],
  ['justice', 'la Justice', 'justice'],
  ['health', 'la Santé', 'health'],
  ['economy', 'l[’\']Économie|l[’\']Economie|l[’\']Économie et des Finances|des Finances', 'economy|finance|economics'],
  ['defence', 'la Défense|des Armées', 'defen[cs]e|armed forces|armed services'],
  ['foreign', 'des Affaires étrangères|l[’\']Europe et des Affaires étrangères', 'foreign(?: affairs)?'],
  ['transport', 'des Transports', 'transport(?:ation)?'],
  ['culture', 'la Culture', 'culture'],
  ['education', 'l[’\']Éducation(?: nationale)?|l[’\']Education(?: nationale)?', 'education'],
  ['labour', 'du Travail', 'labou?r|employment|work'],
  ['agriculture', 'l[’\']Agriculture', 'agriculture|farm(?:ing)?'],
  ['housing', 'du Logement', 'housing'],
  ['sports', 'des Sports', 'sports?'],
  ['environment', 'l[’\']Écologie|la Transition écologique|l[’\']Environnement', 'environment|ecology|ecological transition'],
];

/**
 * Where a person is from, one a line: the French people of a city (`le Brestois Yanis Le Goff`, feminine and plural
 * forms found by their endings) and the city as English writes it before a name (`Brest's Yanis Le Goff`, `Brest player`).
 */
const demonymLines: ReadonlyArray<readonly [string, string]> = [
  ['Parisien', 'Paris'], ['Lyonnais', 'Lyon'], ['Marseillais', 'Marseille'], ['Bordelais', 'Bordeaux'], ['Lillois', 'Lille'],
  ['Nantais', 'Nantes'], ['Rennais', 'Rennes'], ['Brestois', 'Brest'], ['Toulousain', 'Toulouse'], ['Niçois', 'Nice'],
  ['Strasbourgeois', 'Strasbourg'], ['Montpelliérain', 'Montpellier'], ['Stéphanois', 'Saint-Étienne|Saint-Etienne|St-Étienne|St Etienne'],
  ['Grenoblois', 'Grenoble'], ['Rémois', 'Reims'], ['Havrais', 'Le Havre'], ['Messin', 'Metz'], ['Nancéien', 'Nancy'], ['Lensois', 'Lens'],
  ['Lorientais', 'Lorient'], ['Angevin', 'Angers'], ['Caennais', 'Caen'], ['Dijonnais', 'Dijon'], ['Toulonnais', 'Toulon'],
  ['Clermontois', 'Clermont'], ['Palois', 'Pau'], ['Nîmois', 'Nîmes|Nimes'], ['Ajaccien', 'Ajaccio'], ['Bastiais', 'Bastia'],
  ['Monégasque', 'Monaco'], ['Auxerrois', 'Auxerre'], ['Rouennais', 'Rouen'], ['Tourangeau', 'Tours'], ['Orléanais', 'Orléans|Orleans'],
  ['Perpignanais', 'Perpignan'], ['Biarrot', 'Biarritz'], ['Bayonnais', 'Bayonne'], ['Rochelais', 'La Rochelle'], ['Castrais', 'Castres'],
  ['Montois', 'Mont-de-Marsan'], ['Vannetais', 'Vannes'], ['Lavallois', 'Laval'], ['Amiénois', 'Amiens'], ['Troyen', 'Troyes'],
];

/** A French people's name in its four forms (`Brestois`, `Brestoise`, `Brestoises`; `Parisien`, `Parisienne`, `Parisiens`). */
const demonymForms = (masculine: string) => (/(?:ois|ais)$/u.test(masculine) ? `${masculine}(?:es?)?` : /(?:ien|éen)$/u.test(masculine) ? `${masculine}(?:nes?|s)?` : /eau$/u.test(masculine) ? `${masculine}(?:x|elle|elles)?` : `${masculine}(?:es?|s)?`);

interface Lexicon {
  roles: Array<{ id: string; fr: RegExp; en: RegExp }>;
  /** A people's name opening a name (`Brestois Yanis Le Goff`), and the space after it. */
  demonymOpening: RegExp;
  /** Each portfolio's French after `ministre`, its English beside `minister`, and its English word anywhere (`the Home Secretary`, `the interior`). */
  portfolios: Array<{ id: string; fr: RegExp; en: RegExp; word: RegExp }>;
}

const lexicon = lazy(
  (): Lexicon => ({
    roles: [
      ...roleLines.map(([id, fr, en]) => ({ id, fr: new RegExp(`(?<![\\p{L}-])(?:${fr})(?![\\p{L}-])`, 'giu'), en: new RegExp(`(?<![\\p{L}-])(?:${en})(?![\\p{L}-])`, 'giu') })),
      ...demonymLines.map(([people, city]) => ({ id: `from:${city}`, fr: new RegExp(`(?<![\\p{L}-])(?:${demonymForms(people)})(?![\\p{L}-])`, 'giu'), en: new RegExp(`(?<![\\p{L}-])(?:${city})(?![\\p{L}-])`, 'gu') })),
    ],
    demonymOpening: new RegExp(`^(?:${demonymLines.map(([people]) => demonymForms(people)).join('|')})[\\s\\u00a0]+(?=\\p{Lu})`, 'u'),
    portfolios: portfolioLines.map(([id, fr, en]) => ({
      id,
      // (A minister or a ministry: `le ministère des Armées` → `the Interior Ministry` is another portfolio too.)
      fr: new RegExp(`(?<![\\p{L}-])minist(?:re|ère) (?:de |d[’']|du |des )?(?:${fr})(?![\\p{L}])`, 'gu'),
      en: new RegExp(`(?<![\\p{L}-])(?:(?:${en})[\\s-]+(?:minister|secretary|ministry|department)|(?:minister|ministry|department) (?:of|for) (?:the )?(?:${en}))(?![\\p{L}])`, 'giu'),
      word: new RegExp(`(?<![\\p{L}])(?:${en})(?![\\p{L}])`, 'iu'),
    })),
  }),
);

/** Words that cannot stand between a role and its name: a verb, a conjunction, another clause (`le maire a reçu Marc Girard`). */
const breaks = /(?:^|[\s,])(?:et|and|a|ont|est|sont|was|is|has|have|had|were|par|by|à|avec|with|qui|who|que|that|to|from|de[s]? mains|puis|then|while|tandis|alors)(?=[\s,]|$)/iu;

/** The role a name holds by apposition: the nearest role before it (`l’entraîneur Marc Girard`, `the club president, Marc Girard`), else one right after it between commas. */
function roleOf(text: string, name: Span, language: 'fr' | 'en'): string | undefined {
  const { roles } = lexicon();
  // The clause before the name: back to the last strong stop.
  const windowStart = Math.max(0, name.start - 60);
  const before = text.slice(windowStart, name.start);
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('.'), before.lastIndexOf(':')) + 1);
  const offset = name.start - clause.length;
  let best: { id: string; end: number } | undefined;
  for (const role of roles) {
    for (const match of clause.matchAll(language === 'fr' ? role.fr : role.en)) {
      const end = offset + match.index + match[0].length;
      if (!best || end > best.end) best = { id: role.id, end };
    }
  }
  if (best) {
    const gap = text.slice(best.end, name.start);
    // A complement, an adjective, a title at most (`du club,`, `sortant,`, `of the jury,`, `, le professeur`).
    if (gap.split(/[\s,]+/u).filter(Boolean).length <= 3 && !breaks.test(gap) && !/[()«»"“”]/u.test(gap)) return best.id;
  }
  // `Claire Monnet, directrice financière,`; `Léa Marchand incarne la juge`, `et Omar Sylla le commissaire`.
  const after =
    /^,[\s\u00a0]*(?:(?:le|la|l[’']|son|sa|the|a|an|his|her|its|their)[\s\u00a0]*)?/iu.exec(text.slice(name.end)) ??
    /^[\s\u00a0]+(?:(?:incarne|incarnera|incarnait|joue|jouera|jouait|interprète|interprétera|campe|plays|played|will play|portrays|portrayed|will portray)[\s\u00a0]+)?(?:le|la|l[’']|the)[\s\u00a0]*/iu.exec(text.slice(name.end));
  if (after) {
    const rest = text.slice(name.end + after[0].length, name.end + after[0].length + 40);
    for (const role of roles) {
      const pattern = language === 'fr' ? role.fr : role.en;
      pattern.lastIndex = 0;
      const match = pattern.exec(rest);
      if (match?.index === 0) return role.id;
    }
  }
  return undefined;
}

/** The people of the source: names that are no known place, body or title (`Alain Roux`, `Inès Amrani`, `Monnet` when the sentence opens on `Claire Monnet`). */
const people = (source: string): ProperName[] =>
  properNames(source)
    .filter((name) => !name.exonym && !name.acronym && !name.optional && !name.title)
    .map((name) => {
      // `le Brestois Yanis Le Goff`: the people's name opens the name, a role of its own.
      const opening = lexicon().demonymOpening.exec(name.text);
      if (!opening) return name;
      const skip = opening[0].length;
      const text = name.text.slice(skip);
      return { ...name, start: name.start + skip, text, key: nameKey(text) };
    });

/** Where the translation writes a source name: its surname, and its first names right before it when kept (`Marc Girard`, or `Girard` alone). */
function inTarget(name: ProperName, target: string): Span | undefined {
  const parts = name.key.split(' ');
  const words = spans(target, /[\p{L}\p{M}]+/gu);
  const at = words.findIndex((word) => nameKey(word.text) === parts.at(-1));
  if (at < 0 || words.slice(at + 1).some((word) => nameKey(word.text) === parts.at(-1))) return undefined;
  let first = at;
  while (first > 0 && parts.includes(nameKey(words[first - 1]!.text)) && /^[\s\u00a0-]+$/u.test(target.slice(words[first - 1]!.end, words[first]!.start))) first--;
  return { start: words[first]!.start, end: words[at]!.end };
}

/**
 * Public authorities that act in the news, one a line: an id, the French (the office, its holders,
 * its seat), the English that names it and nothing else, and the English that may render it.
 * `Le préfet a ordonné l’évacuation` → `The mayor ordered the evacuation`: the source’s authority
 * rendered nowhere, another of the table named in its place.
 */
const authorityLines: ReadonlyArray<readonly [string, string, string, string]> = [
  ['prefect', 'préf(?:et|ète)s?|préfecture|sous-préf\\p{L}*', 'prefects?|prefecture|préfet|prefet|préfecture', 'state|government|authorit\\w*|officials?|police|interior|representative|sub-prefect\\w*'],
  ['mayor', 'maires?|mairie|municipalité|hôtel de ville', 'mayors?', 'town hall|city hall|council\\w*|municipal\\w*|local authorit\\w*|city|town|mayoress'],
  ['senate', 'sénat|sénateurs?|sénatrices?|palais du Luxembourg|chambre haute|haute assemblée', 'senat\\w*|upper house', 'parliament\\w*|lawmakers?|legislat\\w*|upper chamber'],
  ['assembly', 'assemblée nationale|députée?s?|palais Bourbon|chambre basse', '[Nn]ational [Aa]ssembly|MPs?|[Mm]embers of [Pp]arliament|[Ll]ower [Hh]ouse', 'parliament\\w*|lawmakers?|legislat\\w*|deputies|deputy|assembly|lower chamber|house'],
  ['prime-minister', 'premi(?:er|ère) ministre|chef du gouvernement|Matignon', '[Pp]rime [Mm]inister', 'head of government|government|Matignon'],
  ['president', 'présidente?s?|chef de l[’\']État|Élysée', '[Pp]residents?|[Pp]residential', 'head of state|presidency|Élysée|Elysee|chair\\w*|head|leader|boss|runs?|ran|leads?|led'],
  ['bishop', 'évêques?', 'bishops?', 'dioces\\w*|clergy|church|prelates?|Mgr|Monsignor|Catholic'],
  ['archbishop', 'archevêques?', 'archbishops?', 'archdioces\\w*|clergy|church|prelates?|Mgr|Monsignor|Catholic'],
  ['chief-executive', 'PDG|P\\.-D\\.G\\.|présidente?-directeur|présidente?-directrice|directeur général|directrice générale', 'CEO|chief executive(?: officer)?|managing director', 'chief|boss|head|director[- ]general|executive|chairm[ae]n|chairwoman|chairperson|chair|president|general manager|leader|runs?|running|ran'],
  ['finance-director', 'directeur financier|directrice financière|DAF', 'CFO|chief financial officer|finance director|financial director', 'finance chief|finance head|head of finance|finances?|financial'],
  ['science-director', 'directeur scientifique|directrice scientifique', 'CSO|chief scientific officer|chief science officer|scientific director|science director|head of research|research director', 'scienti\\w*|research\\w*|science'],
  ['investigating-judge', 'juges? d[’\']instruction|magistrate? instructeur', 'investigating (?:judge|magistrate)s?|examining magistrates?', 'judges?|magistrates?|judiciary|court'],
  ['prosecutor', 'procureure?s?|parquet|ministère public|avocate? générale?', 'prosecutors?|prosecution', 'public prosecutor|DA|district attorney|attorney general|advocate general|prosecuting|Crown'],
  ['police', 'polici(?:er|ère)s?|police|gendarmes?|gendarmerie|forces de l[’\']ordre|CRS', 'police\\w*|gendarm\\w*', 'officers?|cops?|law enforcement|riot|constabulary'],
  // People whose part in a story another can take (`les locataires` → `the owners`): the source's rendered nowhere, another named.
  ['tenant', 'locataires?', 'tenants?|renters?', 'occupants?|lessees?|residents?|households?|leaseholders?'],
  ['owner', 'propriétaires?|bailleurs?', 'owners?|landlords?|homeowners?|lessors?', 'proprietors?|freeholders?|property|housing associations?|social landlords?'],
  ['employee', 'salariée?s?', 'employees?|staff|workers?|workforce', 'personnel|jobs?|people|employed|team|crew|labou?r|hands'],
  ['shareholder', 'actionnaires?', 'shareholders?|stockholders?', 'investors?|owners?|shares?'],
  ['pharmacist', 'pharmacien(?:ne)?s?', 'pharmacists?|chemists?', 'pharmac\\w*|druggists?|dispens\\w*'],
  ['nurse', 'infirmi(?:er|ère)s?', 'nurses?', 'nursing|carers?|caregivers?|medical staff|health(?:care)? workers?|health(?:care)? staff'],
  ['doctor', 'médecins?|docteurs?(?! honoris)', 'doctors?|physicians?|GPs?', 'medics?|clinicians?|practitioners?|medical|specialists?|surgeons?|cardiologists?|paediatricians?|pediatricians?'],
];

const authorities = lazy(() =>
  authorityLines.map(([id, fr, strict, broad]) => ({
    id,
    fr: new RegExp(`(?<![\\p{L}-])(?:${fr})(?![\\p{L}-])`, 'iu'),
    strict: new RegExp(`(?<![\\p{L}-])(?:${strict})(?![\\p{L}-])`, id === 'assembly' || id === 'prime-minister' || id === 'chief-executive' || id === 'finance-director' || id === 'science-director' ? 'u' : 'iu'),
    broad: new RegExp(`(?<![\\p{L}-])(?:${strict}|${broad})(?![\\p{L}-])`, 'iu'),
  })),
);

/** The source's authority rendered nowhere and another named in its place (`le préfet` → `the mayor`, `les sénateurs` → `the National Assembly`). */
function authorityChanged(source: string, target: string): Issue[] {
  const table = authorities();
  const inSource = table.filter((authority) => authority.fr.test(source));
  // (Each of the source's on its own: `le juge d’instruction a mis en examen le maire` → `the prosecutor charged the mayor`.)
  if (inSource.length === 0 || inSource.every((authority) => authority.broad.test(target))) return [];
  for (const other of table) {
    if (inSource.includes(other)) continue;
    const named = other.strict.exec(target);
    if (named) return [{ key: 'roles.authority', severity: 'warning', params: { written: named[0] }, target: [{ start: named.index, end: named.index + named[0].length }] }];
  }
  return [];
}

export const roles: PairRunner = {
  run: (pair) => {
    const issues: Issue[] = [];
    issues.push(...portfolioChanged(pair.source, pair.target), ...authorityChanged(pair.source, pair.target));
    // People and bodies reversed around a verb, unless their named holders' roles are found crossed (one fault, told once).
    const reversed = reversedRoles(pair.source, pair.target);
    const withReversed = () => (reversed && !issues.some((issue) => issue.key === 'roles.swapped') ? [...issues, reversed] : issues);
    const found = people(pair.source);
    if (found.length < 2) return withReversed();
    const bound: Array<{ name: ProperName; french: string | undefined; english: string | undefined; span: Span | undefined }> = [];
    const seen = new Set<string>();
    for (const name of found) {
      if (seen.has(name.key)) continue;
      seen.add(name.key);
      const span = inTarget(name, pair.target);
      bound.push({ name, french: roleOf(pair.source, name, 'fr'), english: span && roleOf(pair.target, span, 'en'), span });
    }
    for (let i = 0; i < bound.length; i++) {
      for (let j = i + 1; j < bound.length; j++) {
        const a = bound[i]!;
        const b = bound[j]!;
        if (a.french === b.french) continue;
        const crossed = a.french !== undefined && b.french !== undefined && a.english === b.french && b.english === a.french;
        // One role's holder changed (`Claire Monnet, directrice financière, succède à Laurent Py` → `Chief financial officer Laurent Py is succeeding Claire Monnet`): the role of one given to the other, the first left with none.
        // (Not where a person is from: a city's name is often near another's name in English.)
        const movable = (role: string | undefined) => role !== undefined && !role.startsWith('from:');
        const moved = (movable(a.french) && a.english === undefined && b.english === a.french) || (movable(b.french) && b.english === undefined && a.english === b.french);
        if (crossed || moved) {
          issues.push({
            key: 'roles.swapped',
            params: { first: a.name.text, second: b.name.text },
            source: [{ start: a.name.start, end: a.name.end }, { start: b.name.start, end: b.name.end }],
            target: [a.span, b.span].filter((span): span is Span => span !== undefined),
          });
        }
      }
    }
    return withReversed();
  },
};

/** `la ministre de la Santé` → `the prime minister`: the head of government named where the source has none. */
function primeMinister(source: string, target: string): { hit: Span } | undefined {
  if (/premi(?:er|ère)\s+ministre|chef du gouvernement|matignon/iu.test(source)) return undefined;
  const found = /\bprime minister\b/iu.exec(target);
  return found ? { hit: { start: found.index, end: found.index + found[0].length } } : undefined;
}

/** `le ministre de l’Intérieur` → `the justice minister`: the source's portfolio nowhere in the translation, another minister's there. */
function portfolioChanged(source: string, target: string): Issue[] {
  if (!/minist(?:re|ère)/iu.test(source) || !/minist(?:er|ry)|secretary|department/iu.test(target)) return [];
  const { portfolios } = lexicon();
  const inSource = portfolios.filter((portfolio) => spans(source, portfolio.fr).length > 0);
  if (inSource.length === 0) return [];
  const inTarget = portfolios.flatMap((portfolio) => spans(target, portfolio.en).map((hit) => ({ id: portfolio.id, hit })));
  const sourceIds = new Set(inSource.map((portfolio) => portfolio.id));
  if (inTarget.some((found) => sourceIds.has(found.id))) return [];
  // The source's portfolio named otherwise in the translation (`the interior`, `Home Office`): the English word anywhere will do.
  if (inSource.some((portfolio) => portfolio.word.test(target))) return [];
  const other = inTarget[0] ?? primeMinister(source, target);
  if (!other) return [];
  return [{ key: 'roles.portfolio', params: { written: target.slice(other.hit.start, other.hit.end) }, source: inSource.flatMap((portfolio) => spans(source, portfolio.fr).map(({ start, end }) => ({ start, end }))), target: [{ start: other.hit.start, end: other.hit.end }] }];
}
