import { brackets } from './checks/brackets';
import { capitalization } from './checks/capitalization';
import { certainty } from './checks/certainty';
import { consistency } from './checks/consistency';
import { dates } from './checks/dates';
import { emptyTarget } from './checks/empty-target';
import { falseFriends } from './checks/false-friends';
import { frenchLeft } from './checks/french-left';
import { glossary } from './checks/glossary';
import { inlineCodes } from './checks/inline-codes';
import { length } from './checks/length';
import { modality } from './checks/modality';
import { names } from './checks/names';
import { negation } from './checks/negation';
import { numbers } from './checks/numbers';
import { polarity } from './checks/polarity';
import { ordinals } from './checks/ordinals';
import { person } from './checks/person';
import { preserved } from './checks/preserved';
import { punctuationEnd } from './checks/punctuation-end';
import { quotes } from './checks/quotes';
import { rates } from './checks/rates';
import { repeatedWord } from './checks/repeated-word';
import { roles } from './checks/roles';
import { spacing } from './checks/spacing';
import { tense } from './checks/tense';
import { times } from './checks/times';
import { timeExpressions } from './checks/time-expressions';
import { untranslated } from './checks/untranslated';
import { weekdays } from './checks/weekdays';
import { type InlineCode, plainText } from '../inline';
import type { Check, CheckLine, Finding, Issue, Pair, QaContext, Severity } from './types';

/**
 * THE list of checks, in the order findings are listed: each declared here once — id, English name,
 * severity as designed, whether it reads empty targets, what it finds — with the work from its file.
 * Adding a check: one file in checks/, one line here, its messages and French name in the locales.
 */
const declared = [
  { id: 'empty-target', name: 'Empty translation', severity: 'error', skipsEmptyTarget: false, description: 'A confirmed translation that is empty.', ...emptyTarget },
  { id: 'untranslated', name: 'Target same as source', severity: 'warning', skipsEmptyTarget: true, description: 'A translation identical to its source (names, numbers and codes aside): “Le maire a parlé.” → “Le maire a parlé.”', ...untranslated },
  { id: 'numbers', name: 'Numbers', severity: 'error', skipsEmptyTarget: true, description: 'A number of the source missing or different in the translation, compared by value in either writing, digits or words: “1 000,5” = “1,000.5”, “3,5 %” = “3.5%”, “220 milliards de dollars” = “$220 billion”, “220 €” = “€220”, “deux” = “2” or “two”, “un sur quatre” = “one in four”, “multiplié par trois” = “tripled”; measures converted within a translator’s rounding (“120 km/h” = “75 mph”, not “55 mph”); telephone numbers and legal references digit for digit (“le 49.3” = “Article 49.3”). A decimal comma left in English (“3,5”) is a warning, with the fix.', ...numbers },
  { id: 'rates', name: 'Rates', severity: 'error', skipsEmptyTarget: true, description: 'A rate whose base is changed in the translation: “1 800 euros mensuels” → “€1,800 a year”, “4 200 euros par habitant” → “per household”, “7,8 tonnes par hectare” → “7.8 tons per acre” (a unit swapped, the figure not converted); a time base gone (“5 000 arbres par an” → “5,000 trees”) is a warning.', ...rates },
  { id: 'dates', name: 'Dates', severity: 'error', skipsEmptyTarget: true, description: 'A date of the source missing or different in the translation: “4 février 2026” → “February 4, 2026” or “4 February 2026” (either order is right); “4/02/2026” → “2/4/2026” (en-US); a holiday by its name or its date: “le 14 Juillet” → “Bastille Day” or “July 14”, “la Toussaint” → “All Saints’ Day”.', ...dates },
  { id: 'weekdays', name: 'Weekdays', severity: 'error', skipsEmptyTarget: true, description: 'A weekday or month of the source that differs in the translation: “mercredi” → “Tuesday”.', ...weekdays },
  { id: 'times', name: 'Times', severity: 'error', skipsEmptyTarget: true, description: 'A time or a duration of the source missing or different in the translation: “16h46” or “16 h 46” → “4:46 p.m.” or “16:46”; “pendant 2 h 40” → “for 2 hours 40 minutes” (a duration, not 2:40 a.m.), “24 h/24” → “24 hours a day”.', ...times },
  { id: 'time-expressions', name: 'Time expressions', severity: 'error', skipsEmptyTarget: true, description: 'An expression of time of the source said otherwise in the translation, when the translation has another of the same sort and none that is right: “avant-hier” → “yesterday”, “la semaine prochaine” → “last week”, “mi-mars” → “the end of March”, “au printemps” → “in the autumn”, “au troisième trimestre” → “in Q2”, “mercredi matin” → “Wednesday evening”.', ...timeExpressions },
  { id: 'ordinals', name: 'Ordinals', severity: 'error', skipsEmptyTarget: true, description: 'An ordinal of the source missing or different in the translation: “30e” → “30th”, “1er” → “1st”, “XIXe siècle” → “19th century”.', ...ordinals },
  { id: 'quotes', name: 'Quotation marks', severity: 'warning', skipsEmptyTarget: true, description: 'French quotation marks « » or ‹ › left in the English (“« Yes »”, fixed to “Yes” in curly quotes), or quotation marks unbalanced.', ...quotes },
  { id: 'spacing', name: 'Spacing', severity: 'warning', skipsEmptyTarget: true, description: 'A space or no-break space before : ; ! ? % in the English (“Why ?”), double spaces, or leading or trailing whitespace that differs from the source’s.', ...spacing },
  { id: 'punctuation-end', name: 'End punctuation', severity: 'warning', skipsEmptyTarget: true, description: 'End punctuation that differs: a question left as a statement, “Pourquoi ?” → “Why.”', ...punctuationEnd },
  { id: 'brackets', name: 'Brackets', severity: 'warning', skipsEmptyTarget: true, description: 'A bracket of the translation left open or closed without opening, when the source’s are balanced: “(en 2025)” → “(in 2025”.', ...brackets },
  { id: 'inline-codes', name: 'Inline codes', severity: 'error', skipsEmptyTarget: true, description: 'Inline codes of the source (links, notes, images, formatting) missing from the translation, or nested differently (a link moved out of its bold); codes the source does not have cannot be saved at all. For Markdown kept as text: links and emphasis not as many.', ...inlineCodes },
  { id: 'preserved', name: 'Links, addresses, hashtags', severity: 'error', skipsEmptyTarget: true, description: 'A web address (with or without https://: “www.service-public.fr”, “impots.gouv.fr”), e-mail address, hashtag or @mention of the source changed or missing in the translation; a domain may change case, nothing else.', ...preserved },
  { id: 'glossary', name: 'Glossary', severity: 'warning', skipsEmptyTarget: true, description: 'A glossary term of the source whose English equivalent the translation does not use (“maire” → “mayor”), or an English rendering the glossary forbids (“actuellement” → not “actually”).', ...glossary },
  { id: 'names', name: 'Proper names', severity: 'error', skipsEmptyTarget: true, description: 'A proper name of the source missing or changed in the translation, accents, case and possessives aside and through its English form (“Barcelone” → “Barcelona”, “l’ONU” → “the UN”): misspelt (“Dupont” → “Dupond”) or replaced by another of its sort (“Lyon” → “Lille”) is an error; left out (“Emmanuel Macron” → “the president”) a warning, and so are two names of one clause in the other order (“Dupont a battu Martin” → “Martin beat Dupont”).', ...names },
  { id: 'roles', name: 'Swapped roles', severity: 'error', skipsEmptyTarget: true, description: 'Two named people whose roles, in apposition beside their names, the translation exchanges (“le président du club, Alain Roux, a limogé l’entraîneur Marc Girard” → “the club president, Marc Girard, has sacked the coach, Alain Roux”), a minister or a ministry given another portfolio (“le ministre de l’Intérieur” → “the justice minister”), or another authority, office or group of people named in place of the source’s (“le préfet a ordonné” → “the mayor ordered”, “les locataires” → “the owners”); and two people or bodies reversed around the same verb (“Le bailleur accuse le locataire” → “The tenant accuses the landlord”).', ...roles },
  { id: 'consistency', name: 'Consistency', severity: 'warning', skipsEmptyTarget: true, description: 'The same source translated two ways in the document or the project, or two different sources translated identically: a repeated caption “Photo : Jean Durand” → “Photo: Jean Durand” here, “Picture: Jean Durand” there.', ...consistency },
  { id: 'repeated-word', name: 'Repeated word', severity: 'warning', skipsEmptyTarget: true, description: 'The same word twice in a row: “the the”.', ...repeatedWord },
  { id: 'capitalization', name: 'Capital letter', severity: 'warning', skipsEmptyTarget: true, description: 'A sentence of the translation that starts in lower case where the source’s starts with a capital: “Il pleut.” → “it rains.”', ...capitalization },
  { id: 'french-left', name: 'French left in', severity: 'warning', skipsEmptyTarget: true, description: 'Words of the French source left in the English: “pairs with grilled meats and les fromages à pâte molle”, “for families, mais not in the rain” (names, quotations, italics and borrowed French such as “à la carte” aside).', ...frenchLeft },
  { id: 'negation', name: 'Negation', severity: 'warning', skipsEmptyTarget: true, description: 'A negation of the source lost in the translation, or one added: “Le médicament n’est pas remboursé.” → “The drug is reimbursed.” (ne … que, expletive ne, litotes such as “pas rare” aside); and a restriction lost: “Le musée ne rouvrira qu’en mars.” → “The museum will reopen in March.”', ...negation },
  { id: 'false-friends', name: 'False friends', severity: 'warning', skipsEmptyTarget: true, description: 'A French word rendered by its English look-alike, which means something else, when the translation has none of the right renderings: “actuellement” → “actually” (currently), “librairie” → “library” (bookshop), “a assisté à la réunion” → “assisted at the meeting” (attended), “ont passé l’examen” → “passed the exam” (sat).', ...falseFriends },
  { id: 'polarity', name: 'Opposite meaning', severity: 'warning', skipsEmptyTarget: true, description: 'A word of the source rendered by its opposite: “hausse” → “fall”, “autorisé” → “banned”, “tous les” → “some”, “la plupart” → “all”, “adopté” → “rejected”, “obligatoire” → “optional”, “avant” → “after”, “plus nombreux que” → “fewer than”, “locataires” → “landlords”, when the translation has nothing of the source’s side.', ...polarity },
  { id: 'modality', name: 'Modality', severity: 'warning', skipsEmptyTarget: true, description: 'What the source says is possible, required, advised or expected, told otherwise in the translation: “Les candidats peuvent joindre une lettre.” → “Applicants must enclose a letter.”, “doivent” → “may”, “est recommandé” → “is mandatory”, “devrait” → “must”; or a possibility told as a fact: “Le projet pourrait être abandonné.” → “The project will be abandoned.”', ...modality },
  { id: 'tense', name: 'Future and past swapped', severity: 'warning', skipsEmptyTarget: true, description: 'A future of the source told in the past, when the French says nothing in the past and the English nothing ahead: “Le président annoncera sa décision jeudi.” → “The president announced his decision on Thursday.”; or a past told as a future, when the French says nothing ahead and the English nothing in the past: “Les digues ont cédé.” → “The dikes will give way.”', ...tense },
  { id: 'person', name: 'Grammatical person', severity: 'warning', skipsEmptyTarget: true, description: 'The speaker’s person changed: the French in the first person, the English not at all (“« Nous avons décidé de fermer », explique le gérant.” → “‘They have decided to close,’ the manager explains.”), “je” told as “we” or “nous” as “I”, or what is done to the speaker told as done by them (“On nous promet une école” → “We have been promising a school”).', ...person },
  { id: 'certainty', name: 'Certainty', severity: 'warning', skipsEmptyTarget: true, description: 'How sure the source is, changed: hearsay or a guess told as established (“Le suspect aurait reconnu les faits, selon une source policière.” → “The suspect confessed, police confirmed.”, “il est probable” → “certainly”), a hedge dropped (“Il semblerait que les données aient été volées.” → “The data was stolen.”), or an official announcement told as hearsay (“Le club a officiellement annoncé le transfert.” → “The player is reportedly moving.”).', ...certainty },
  { id: 'length', name: 'Length', severity: 'warning', skipsEmptyTarget: true, description: 'A translation far shorter or longer than French → English translations are: “Le gouvernement a annoncé de nouvelles mesures.” → “The government.”', ...length },
] as const satisfies readonly CheckLine[];

/** A check's id: one of the registry's. */
export type CheckId = (typeof declared)[number]['id'];

export const checks: readonly Check[] = declared;

/** The ids in the registry's order (for the API's enums and the settings). */
export const checkIds = declared.map((check) => check.id) as unknown as readonly [CheckId, ...CheckId[]];

/** A segment as the checks read it: words (codes out) and, with codes, its markup. */
export function pairOf(segment: { source: string; target: string; codes: readonly InlineCode[] }): Pair {
  if (segment.codes.length === 0) return { source: segment.source, target: segment.target };
  return { source: plainText(segment.source, segment.codes), target: plainText(segment.target, segment.codes), sourceMarkup: segment.source, targetMarkup: segment.target, codes: segment.codes };
}

/** A project's changes to the checks: one turned off, or its severity changed. */
export type QaSettings = Partial<Record<CheckId, Severity | 'off'>>;

const finding = (check: Check, issue: Issue, settings: QaSettings): Finding => {
  const configured = settings[check.id];
  // A project's severity replaces the check's; a finding's own (a warning inside an error check) holds otherwise.
  const severity = configured && configured !== 'off' ? configured : (issue.severity ?? check.severity);
  return { ...issue, check: check.id, severity };
};

const enabled = (settings: QaSettings) => checks.filter((check) => settings[check.id] !== 'off');

/**
 * The findings of one pair (the checks of a whole document aside).
 *
 * @example
 * checkPair({ source: 'Le 4 février, 3,5 %.', target: 'On February 4, 3,5 %.' }, { targetLang: 'en-US', glossary: [] });
 * // → [{ check: 'numbers', key: 'numbers.decimalComma', severity: 'warning', fix: 'On February 4, 3.5 %.' }, { check: 'spacing', … }]
 */
export function checkPair(pair: Pair, context: QaContext, settings: QaSettings = {}): Finding[] {
  const out: Finding[] = [];
  const empty = pair.target.trim() === '';
  for (const check of enabled(settings)) {
    if (!('run' in check) || (empty && check.skipsEmptyTarget)) continue;
    for (const issue of check.run(pair, context)) out.push(finding(check, issue, settings));
  }
  return out;
}

/** The findings of a whole document, by pair index: every pair's, and the document checks' (consistency). */
export function checkDocument(pairs: readonly Pair[], context: QaContext, settings: QaSettings = {}): Finding[][] {
  const out = pairs.map((pair) => checkPair(pair, context, settings));
  // A document check that skips empty targets reads the others, its findings put back at their index.
  const written = pairs.flatMap((pair, index) => (pair.target.trim() === '' ? [] : [index]));
  for (const check of enabled(settings)) {
    if (!('runDocument' in check)) continue;
    const read = check.skipsEmptyTarget ? written.map((index) => pairs[index]!) : pairs;
    for (const { index, issue } of check.runDocument(read, context)) out[check.skipsEmptyTarget ? written[index]! : index]!.push(finding(check, issue, settings));
  }
  return out;
}
