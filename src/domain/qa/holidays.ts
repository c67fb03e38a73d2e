import { frenchDates } from './calendar';
import { blank, lastOf, lazy } from './lib';
import type { Span } from './types';

/**
 * Named days (issue 28): a French holiday is said in English by its English name or by its date —
 * `le 14 Juillet` is `Bastille Day` or `July 14`, `la Toussaint` is `All Saints' Day` or
 * `November 1`. One table, read both ways: the dates check accepts either writing.
 */
export interface Holiday {
  /** Its French names as written (capitals matter: `la Toussaint`, not a saint); none when its date is its name (`le 14 Juillet`). */
  french: readonly string[];
  /** Its English names (any case, straight or curly apostrophe). */
  english: readonly string[];
  /** Its day and month, when fixed (Easter's is not). */
  day?: number;
  month?: number;
}

export const holidays: readonly Holiday[] = [
  { french: ['fête nationale', 'Fête nationale'], english: ['Bastille Day', 'French National Day', 'National Day'], day: 14, month: 7 },
  { french: ['fête du Travail', 'Fête du Travail'], english: ['May Day', 'Labour Day', 'Labor Day', "International Workers' Day", "Workers' Day"], day: 1, month: 5 },
  { french: [], english: ['VE Day', 'V-E Day', 'Victory in Europe Day', 'Victory Day'], day: 8, month: 5 },
  { french: ['Armistice'], english: ['Armistice Day', 'Remembrance Day', 'Veterans Day', "Veterans' Day", 'Armistice'], day: 11, month: 11 },
  { french: ['Assomption'], english: ['Assumption Day', 'Assumption'], day: 15, month: 8 },
  { french: ['Toussaint'], english: ["All Saints' Day", 'All Saints Day', 'All Hallows', 'All Saints'], day: 1, month: 11 },
  { french: ['réveillon de Noël', 'veille de Noël', 'Réveillon de Noël'], english: ['Christmas Eve'], day: 24, month: 12 },
  { french: ['Noël', 'Noel'], english: ['Christmas', 'Xmas', 'Noël'], day: 25, month: 12 },
  { french: ['Saint-Sylvestre', 'réveillon de la Saint-Sylvestre', 'réveillon du Nouvel An', 'réveillon du jour de l’An', "réveillon du jour de l'An"], english: ["New Year's Eve", 'New Year'], day: 31, month: 12 },
  { french: ['jour de l’An', "jour de l'An", 'Jour de l’An', "Jour de l'An", 'Nouvel An', 'nouvel an'], english: ["New Year's Day", "New Year's", 'New Year'], day: 1, month: 1 },
  // `le réveillon` alone is either eve.
  { french: ['réveillon', 'Réveillon'], english: ['Christmas Eve', "New Year's Eve", 'réveillon', 'Christmas dinner', "New Year's Eve dinner"] },
  { french: ['Épiphanie', 'fête des Rois', 'jour des Rois'], english: ['Epiphany', 'Twelfth Night', "Three Kings' Day"], day: 6, month: 1 },
  { french: ['Chandeleur'], english: ['Candlemas', 'Chandeleur', 'pancake day'], day: 2, month: 2 },
  { french: ['Saint-Valentin'], english: ["Valentine's Day", "St Valentine's Day", "St. Valentine's Day", "Saint Valentine's Day", 'Valentines Day', 'Valentine'], day: 14, month: 2 },
  { french: ['Mardi gras', 'mardi gras', 'Mardi Gras'], english: ['Shrove Tuesday', 'Mardi Gras', 'Pancake Day'] },
  { french: ['mercredi des Cendres'], english: ['Ash Wednesday'] },
  { french: ['Vendredi saint', 'vendredi saint'], english: ['Good Friday'] },
  { french: ['lundi de Pâques'], english: ['Easter Monday'] },
  { french: ['Pâques'], english: ['Easter'] },
  { french: ['lundi de Pentecôte'], english: ['Whit Monday', 'Pentecost Monday'] },
  { french: ['Pentecôte'], english: ['Whitsun', 'Pentecost', 'Whit Monday', 'Whitsunday', 'Whit Sunday'] },
  { french: ['Ascension'], english: ['Ascension Day', 'Ascension'] },
  { french: ['fête des Mères', 'Fête des mères', 'fête des mères'], english: ["Mother's Day", 'Mothering Sunday'] },
  { french: ['fête des Pères', 'Fête des pères', 'fête des pères'], english: ["Father's Day"] },
  { french: ['Saint-Jean', 'fête de la Saint-Jean'], english: ["St John's Day", "Saint John's Day", "St. John's Day", 'Midsummer', "Midsummer's Day", 'Feast of St John'], day: 24, month: 6 },
  { french: ['fête de la Musique', 'Fête de la musique'], english: ['Fête de la Musique', 'Music Day', 'World Music Day', 'Make Music Day'], day: 21, month: 6 },
  { french: ['Journées du patrimoine', 'Journées européennes du patrimoine'], english: ['Heritage Days', 'European Heritage Days', 'Heritage Open Days'] },
  { french: ['Halloween'], english: ['Halloween'], day: 31, month: 10 },
  { french: ['Ramadan', 'ramadan'], english: ['Ramadan'] },
  { french: ['Aïd el-Fitr', 'Aïd al-Fitr'], english: ['Eid al-Fitr', 'Eid'] },
  { french: ['Aïd el-Kébir', 'Aïd al-Adha'], english: ['Eid al-Adha', 'Eid'] },
  // `l’Aïd` alone is either Eid.
  { french: ['Aïd'], english: ['Eid'] },
  { french: ['Carême'], english: ['Lent'] },
  { french: ['Avent'], english: ['Advent'] },
  { french: ['Hanoukka'], english: ['Hanukkah', 'Chanukah'] },
];

/**
 * Named periods: said in English by an English name or a description (`les Trente Glorieuses` →
 * `the post-war boom`, `three decades of postwar growth`), so none is a name to find in the English
 * as written. The English names listed are the common ones, not all that are right.
 */
export interface NamedPeriod {
  french: readonly string[];
  english: readonly string[];
}

export const namedPeriods: readonly NamedPeriod[] = [
  { french: ['Trente Glorieuses'], english: ['Trente Glorieuses', 'Glorious Thirty', 'post-war boom', 'postwar boom', 'post-war years', 'postwar', 'post-war'] },
  { french: ['Belle Époque', 'Belle Epoque'], english: ['Belle Époque', 'Belle Epoque'] },
  { french: ['Années folles', 'années folles'], english: ['Roaring Twenties', 'Années folles', 'Jazz Age'] },
  { french: ['Mai 68', 'Mai 1968', 'mai 68'], english: ['May 68', "May '68", 'May 1968'] },
  { french: ['Grande Guerre'], english: ['Great War', 'First World War', 'World War I', 'World War One', 'WWI'] },
  { french: ['Grande Dépression'], english: ['Great Depression'] },
  { french: ['guerre de Cent Ans'], english: ["Hundred Years' War"] },
  { french: ['guerre d’Algérie', "guerre d'Algérie"], english: ['Algerian War', 'Algerian war of independence'] },
  { french: ['Printemps arabe'], english: ['Arab Spring'] },
  { french: ['Shoah'], english: ['Holocaust', 'Shoah'] },
  { french: ['Première Guerre mondiale', 'Première guerre mondiale'], english: ['First World War', 'World War I', 'World War One', 'WWI', 'Great War'] },
  { french: ['Seconde Guerre mondiale', 'Deuxième Guerre mondiale', 'Seconde guerre mondiale'], english: ['Second World War', 'World War II', 'World War Two', 'WWII'] },
  { french: ['guerre froide', 'Guerre froide'], english: ['Cold War'] },
  { french: ['Révolution française'], english: ['French Revolution'] },
  { french: ['Moyen Âge', 'Moyen-Âge', 'Moyen Age'], english: ['Middle Ages', 'medieval times', 'medieval period', 'medieval'] },
  { french: ['Renaissance'], english: ['Renaissance'] },
  { french: ['siècle des Lumières', 'Lumières'], english: ['Enlightenment', 'Age of Enlightenment', 'Age of Reason'] },
  { french: ['Ancien Régime'], english: ['Ancien Régime', 'Ancien Regime', 'ancien régime', 'Old Regime'] },
  { french: ['Front populaire'], english: ['Popular Front'] },
  { french: ['Commune de Paris'], english: ['Paris Commune'] },
  { french: ['Occupation'], english: ['Occupation'] },
  { french: ['Restauration'], english: ['Restoration', 'Bourbon Restoration'] },
  { french: ['Second Empire'], english: ['Second Empire'] },
  { french: ['Terreur'], english: ['Terror', 'Reign of Terror'] },
];

export interface NamedDay extends Span {
  /** Its line in the table. */
  holiday: Holiday;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** A name as a pattern: whole words, any apostrophe, spaces or hyphens between words. */
const asWords = (name: string) => escape(name).replace(/['’]/gu, '[\'’]?').replace(/[\s-]+/gu, '[\\s\\u00a0-]+');

/**
 * The table's names, longest first, so that `réveillon de Noël` is not read as `Noël` and `New Year's Eve` not as `New Year`.
 * A French name joined by a hyphen is part of another word: `l’avant-veille de Noël` (two days before Christmas) is no Christmas Eve.
 */
const named = (side: 'french' | 'english') =>
  holidays
    .flatMap((holiday) => holiday[side].map((name) => ({ name, holiday })))
    .sort((a, b) => b.name.length - a.name.length)
    .map(({ name, holiday }) => ({ holiday, pattern: new RegExp(`(?<![\\p{L}\\p{N}${side === 'french' ? '-' : ''}])${asWords(name)}(?![\\p{L}])`, side === 'english' ? 'giu' : 'gu') }));

const frenchNames = lazy(() => named('french'));
const englishNames = lazy(() => named('english'));

function read(text: string, names: ReturnType<typeof named>): NamedDay[] {
  const out: NamedDay[] = [];
  let rest = text;
  for (const { holiday, pattern } of names) {
    const found = [...rest.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length, holiday }));
    out.push(...found);
    rest = blank(rest, found);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The holidays a French text names: `la Toussaint`, `Noël`, `le jour de l’An`, `la fête du Travail`. */
export const frenchHolidays = lastOf((text: string) => read(text, frenchNames()));

/** The holidays an English text names: `Bastille Day`, `All Saints’ Day`, `Christmas`. */
export const englishHolidays = lastOf((text: string) => read(text, englishNames()));

/** The holiday on a day of the year, when one is (`14 juillet` → Bastille Day). */
export const holidayOn = (day: number, month: number): Holiday | undefined => holidays.find((holiday) => holiday.day === day && holiday.month === month);

/** A holiday's first English name, for messages. */
export const englishName = (holiday: Holiday): string => holiday.english[0]!;

/** Whether an English text names the holiday (any of its names: `Christmas Eve` is Christmas too). */
export const saysHoliday = (text: string, holiday: Holiday): boolean =>
  holiday.english.some((name) => new RegExp(`(?<![\\p{L}\\p{N}])${asWords(name)}(?![\\p{L}])`, 'iu').test(text)) || englishHolidays(text).some((found) => found.holiday === holiday);

/**
 * The dates of a French text that are a holiday's (`le 14 Juillet`, `le 8 mai`), year aside: the
 * English may say them by name (`Bastille Day`), without the day's number, so the numbers check
 * leaves them to the dates check, which reads both writings.
 */
export const frenchHolidayDates = (text: string): Span[] =>
  frenchDates(text)
    .filter((date) => date.day !== undefined && holidayOn(date.day, date.month) !== undefined)
    // The day and month only: a year (`le 25 décembre 1991`) is still the numbers check's too.
    .map(({ start, end }) => ({ start, end: start + text.slice(start, end).replace(/[\s\u00a0]+\d{4}$/u, '').length }));
