import { blank, lazy, sentenceUnits, spans } from '../lib';
import type { Issue, PairRunner, Span } from '../types';

/**
 * Time expressions (issue 28c): a French expression of time said otherwise in the English, when the
 * English has another expression of the same sort and none that is right — `avant-hier` →
 * `yesterday`, `la semaine prochaine` → `last week`, `mi-mars` → `the end of March`, `au printemps`
 * → `in the autumn`, `au troisième trimestre` → `in Q2`, `mercredi matin` → `Wednesday evening`.
 *
 * Each expression belongs to an axis (which day from today; which week, month, year; which part of
 * a day; which part of a period; which season; which quarter or half; before or after now) and has a
 * value on it. For each French value the English must have a value the French one accepts, unless it
 * has no value of that axis at all (said otherwise: `hier` → `on Tuesday`), or only values another
 * French expression of the sentence accounts for.
 */

type Axis = 'day' | 'relativeDay' | 'week' | 'weekend' | 'month' | 'year' | 'dayPart' | 'periodPart' | 'season' | 'seasonYear' | 'quarter' | 'direction' | 'reference';

interface Expression {
  axis: Axis;
  /** Its value on the axis (`-1` yesterday, `Q3`, `early`). */
  value: string;
  /** Where the text says it: a regular expression's source (`u` flag; the English ones also `i`). */
  pattern: string;
}

/** The English a French value is said by, for messages: the first is the one named. */
const renderings: Record<string, string> = {
  'day:-2': 'the day before yesterday',
  'day:-1': 'yesterday',
  'day:0': 'today',
  'day:1': 'tomorrow',
  'day:2': 'the day after tomorrow',
  'day:thisNight': 'tonight or last night',
  'relativeDay:-2': 'two days before',
  'relativeDay:-1': 'the day before, the eve',
  'relativeDay:0': 'the same day',
  'relativeDay:1': 'the next day, the day after',
  'relativeDay:2': 'two days later',
  'week:-1': 'last week',
  'week:0': 'this week',
  'week:1': 'next week',
  'weekend:-1': 'last weekend',
  'weekend:0': 'this weekend',
  'weekend:1': 'next weekend',
  'month:-1': 'last month',
  'month:0': 'this month',
  'month:1': 'next month',
  'year:-1': 'last year',
  'year:0': 'this year',
  'year:1': 'next year',
  'dayPart:morning': 'morning',
  'dayPart:afternoon': 'afternoon',
  'dayPart:evening': 'evening or night',
  'periodPart:early': 'early, the beginning of',
  'periodPart:mid': 'mid-, the middle of',
  'periodPart:late': 'late, the end of',
  'season:spring': 'spring',
  'season:summer': 'summer',
  'season:autumn': 'autumn or fall',
  'season:winter': 'winter',
  ...Object.fromEntries(
    (['spring', 'summer', 'autumn', 'winter'] as const).flatMap((season) => [
      [`seasonYear:${season}-1`, `last ${season}`],
      [`seasonYear:${season}1`, `next ${season}`],
    ]),
  ),
  'quarter:Q1': 'Q1, the first quarter',
  'quarter:Q2': 'Q2, the second quarter',
  'quarter:Q3': 'Q3, the third quarter',
  'quarter:Q4': 'Q4, the fourth quarter',
  'quarter:H1': 'H1, the first half',
  'quarter:H2': 'H2, the second half',
  'direction:past': 'ago',
  'direction:future': 'in … (from now)',
  'reference:delivery': 'delivery',
  'reference:order': 'the order',
  'reference:receipt': 'receipt',
  'reference:signature': 'signing',
  'reference:invoice': 'the invoice',
  'reference:notification': 'notification',
  'reference:payment': 'payment',
  'reference:purchase': 'purchase',
};

/**
 * What a period counts from (`à compter de la livraison` → `from delivery`): the events of a sale or
 * a contract, French and English, by the event.
 */
const referenceEvents: ReadonlyArray<[string, string, string]> = [
  ['delivery', 'livraison', 'deliver(?:y|ies|ed)'],
  ['order', 'commande', 'order(?:ed|ing|s)?'],
  ['receipt', 'réception', 'recei(?:pt|ved?|ving)'],
  ['signature', 'signature', 'sign(?:ing|ature|ed)'],
  ['invoice', 'factur(?:e|ation)', 'invoic(?:e|ed|ing)|billing|billed'],
  ['notification', 'notification', 'notif(?:ication|ied)'],
  ['payment', 'paiement|versement', 'payment|paid'],
  ['purchase', 'achat', 'purchas(?:e|ed)|bought|buying'],
];

/** English values a French value also accepts beside its own: `au tournant du siècle` is early or late. */
const alsoAccepted: Record<string, readonly string[]> = {
  // `cette nuit` is the night to come or the one just gone.
  'day:thisNight': ['0', '-1'],
  // `Ce week-end, 3 000 personnes sont venues`: the weekend just gone, said in the past, is `last weekend` too.
  'weekend:0': ['-1'],
  'periodPart:early': ['turn'],
  'periodPart:late': ['turn'],
  'dayPart:morning': ['smallHours'],
  'dayPart:evening': ['smallHours'],
};

/** Axes whose values are counted: an English value said more often than the French says it stands for a French one it lost. */
const counted: ReadonlySet<Axis> = new Set(['day', 'week', 'weekend', 'month', 'year', 'seasonYear']);

/** Axes whose findings are warnings: the words are more often said loosely. */
const loose: ReadonlySet<Axis> = new Set(['dayPart', 'direction', 'reference']);

const s = '[\\s\\u00a0]+';
const sp = '[\\s\\u00a0]*';
const a = "['’]";
const end = '(?![\\p{L}\\p{N}])';
const start = '(?<![\\p{L}\\p{N}-])';
/** A word whose first letter may be a capital (a sentence may start with it). */
const cap = (word: string) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;
/** Not `ce soir-là`, `cette année-là`: that evening, that year, the narrative's, not today's. */
const notThat = '(?![\\s\\u00a0]*-[\\s\\u00a0]*l[àa])';

/** The seasons: value, French, English. */
const seasons: ReadonlyArray<readonly [string, string, string]> = [
  ['spring', 'printemps', 'spring'],
  ['summer', 'été', 'summer'],
  ['autumn', 'automne', '(?:autumn|fall)'],
  ['winter', 'hiver', 'winter'],
];

const frenchMonth = '(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)';
/** A period that has a beginning, a middle and an end: `mars`, `2025`, `l’année`, `du XIVe siècle`, `des années 1990`. */
const frenchPeriod = `(?:${frenchMonth}|\\d{4}|(?:[IVXLC]+|\\d{1,2})(?:e|ème)${s}siècle|années${s}(?:\\d{2,4}|vingt|trente|quarante|cinquante|soixante|folles)|(?:année|an|mois|semaine|journée|matinée|après-midi|soirée|nuit|siècle|décennie|saison|été|hiver|printemps|automne|trimestre|semestre|exercice|millénaire)s?)${end}`;
/** What joins `début`, `fin`, `milieu` to its period: `début mars`, `fin de l’année`, `au début du XXe siècle`, `en fin de semaine`. */
const frenchJoin = `(?:${s}|${s}(?:de|du|des|d${a})${sp}|${s}de${s}(?:la|l${a})${sp})(?:(?:la|le|l${a}|cette|ce|cet)${sp})?`;

const englishMonth = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const englishOrdinalWord = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)';
/** An English period that has a beginning, a middle and an end: `March`, `2025`, `the 1990s`, `the 14th century`, `the year`. */
const englishPeriod = `(?:${englishMonth}|\\d{4}s?|['’]?\\d0s|(?:\\d{1,2}(?:st|nd|rd|th)|${englishOrdinalWord})[\\s-]century|(?:(?:the|this|that|next|last|each|every)\\s+)?(?:year|month|week|day|decade|century|season|quarter|morning|afternoon|evening|night|term|spring|summer|autumn|fall|winter|millennium|fiscal\\s+year|financial\\s+year))${end}`;

const frenchNumber = '(?:\\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|cent|quelques|plusieurs)';
const frenchUnit = '(?:jours?|semaines?|mois|ans|années|heures?|minutes?|siècles?|décennies?)';
const englishNumber = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\\s+few|a\\s+couple\\s+of|several|some)';
const englishUnit = '(?:days?|weeks?|months?|years?|hours?|minutes?|centuries|century|decades?)';

/** The French expressions, each axis's longest first (`avant-hier` before `hier`). */
const french: readonly Expression[] = [
  { axis: 'day', value: '-2', pattern: `${start}${cap('avant')}-hier${end}` },
  { axis: 'day', value: '2', pattern: `${start}${cap('après')}-demain${end}` },
  { axis: 'day', value: '-1', pattern: `${start}${cap('hier')}${end}` },
  { axis: 'day', value: '0', pattern: `${start}(?:${cap('aujourd')}${a}hui|${cap('ce')}${s}(?:matin|soir|midi)|${cap('cet')}${s}après-midi)${notThat}${end}` },
  { axis: 'day', value: '1', pattern: `${start}${cap('demain')}${end}` },
  { axis: 'day', value: 'thisNight', pattern: `${start}${cap('cette')}${s}nuit${notThat}${end}` },
  // The day before or after the one the text tells of: `la veille du procès`, `le surlendemain de son arrivée`.
  { axis: 'relativeDay', value: '-2', pattern: `${start}${cap('avant')}-veille${end}` },
  { axis: 'relativeDay', value: '2', pattern: `${start}${cap('surlendemain')}${end}` },
  { axis: 'relativeDay', value: '-1', pattern: `${start}${cap('veille')}${end}(?!${s}(?:sanitaire|technologique|juridique|médiatique|stratégique|citoyenne|concurrentielle|informationnelle))` },
  { axis: 'relativeDay', value: '1', pattern: `${start}${cap('lendemain')}s?${end}` },
  { axis: 'relativeDay', value: '0', pattern: `${start}(?:${cap('le')}${s}jour${s}même|${cap('le')}${s}même${s}jour)${end}` },

  { axis: 'week', value: '-1', pattern: `${start}semaine${s}(?:dernière|passée)${end}` },
  { axis: 'week', value: '0', pattern: `${start}${cap('cette')}${s}semaine${notThat}${end}` },
  { axis: 'week', value: '1', pattern: `${start}semaine${s}(?:prochaine|qui${s}vient)${end}` },
  { axis: 'weekend', value: '-1', pattern: `${start}week-?end${s}(?:dernier|passé)${end}` },
  { axis: 'weekend', value: '0', pattern: `${start}${cap('ce')}${s}week-?end${notThat}${end}` },
  { axis: 'weekend', value: '1', pattern: `${start}week-?end${s}prochain${end}` },
  { axis: 'month', value: '-1', pattern: `${start}mois${s}(?:dernier|passé)${end}` },
  { axis: 'month', value: '0', pattern: `${start}${cap('ce')}${s}mois(?:-ci)?${notThat}${end}` },
  { axis: 'month', value: '1', pattern: `${start}mois${s}prochain${end}` },
  { axis: 'year', value: '-1', pattern: `${start}(?:an${s}(?:dernier|passé)|année${s}(?:dernière|passée))${end}` },
  { axis: 'year', value: '0', pattern: `${start}${cap('cette')}${s}année${notThat}${end}` },
  { axis: 'year', value: '1', pattern: `${start}(?:an${s}prochain|année${s}prochaine)${end}` },

  { axis: 'dayPart', value: 'morning', pattern: `${start}(?:matin|matinée)s?${end}` },
  { axis: 'dayPart', value: 'afternoon', pattern: `${start}après-midi${end}` },
  // Not `boîte de nuit` (a nightclub), `table de nuit`, `chemise de nuit`.
  { axis: 'dayPart', value: 'evening', pattern: `${start}(?<!(?:boîte|table|chemise|veilleuse)${s}de${s})(?:soir|soirée|nuit)s?${end}` },

  { axis: 'periodPart', value: 'early', pattern: `${start}(?:${cap('début')}|${cap('commencement')})${frenchJoin}${frenchPeriod}` },
  { axis: 'periodPart', value: 'mid', pattern: `${start}(?:${cap('mi')}-(?:${frenchMonth}|\\d{4}|année|saison|mandat|parcours|trimestre|semestre|été|hiver|printemps|automne)${end}|${cap('milieu')}${frenchJoin}${frenchPeriod})` },
  { axis: 'periodPart', value: 'late', pattern: `${start}${cap('fin')}${frenchJoin}${frenchPeriod}` },

  { axis: 'season', value: 'spring', pattern: `${start}(?:${cap('printemps')}|printani(?:er|ère|ers|ères))${end}` },
  // `été` is also the participle (`a été`): the season after an article or `cet`, `en`, `d’`, or before a year.
  { axis: 'season', value: 'summer', pattern: `(?:(?<![\\p{L}])(?:l${a}|[Cc]et${s}|[Ee]n${s}|d${a}|un${s}|[Cc]haque${s}|[Ll]es${s})été|${start}[ÉE]té(?=${s}\\d{4})|${start}estiva(?:l|le|ls|les|ux))${end}` },
  { axis: 'season', value: 'autumn', pattern: `${start}(?:${cap('automne')}|automna(?:l|le|ls|les|ux))${end}` },
  { axis: 'season', value: 'winter', pattern: `${start}(?:${cap('hiver')}|hiverna(?:l|le|ls|les|ux))${end}` },

  // `l’été dernier`, `l’hiver prochain`: which summer, which winter.
  ...seasons.flatMap(([season, frenchSeason]): Expression[] => [
    { axis: 'seasonYear', value: `${season}-1`, pattern: `${start}(?:[Ll]${a}|[Ll]e${s}|[Cc]et${s}|[Cc]e${s})${frenchSeason}${s}(?:dernier|passé)${end}` },
    { axis: 'seasonYear', value: `${season}1`, pattern: `${start}(?:[Ll]${a}|[Ll]e${s}|[Cc]et${s}|[Cc]e${s})${frenchSeason}${s}prochain${end}` },
  ]),
  { axis: 'quarter', value: 'Q1', pattern: `${start}(?:[Pp]remier|1er)${s}trimestre${end}` },
  { axis: 'quarter', value: 'Q2', pattern: `${start}(?:[Dd]euxième|[Ss]econd|2e|2ème)${s}trimestre${end}` },
  { axis: 'quarter', value: 'Q3', pattern: `${start}(?:[Tt]roisième|3e|3ème)${s}trimestre${end}` },
  { axis: 'quarter', value: 'Q4', pattern: `${start}(?:(?:[Qq]uatrième|4e|4ème)${s}trimestre|[Dd]ernier${s}trimestre(?=${s}(?:\\d{4}|de${s}l${a}année|de${s}l${a}exercice|de${s}\\d{4})))${end}` },
  // `T3 2025`, `au T3`: a quarter (`un T3` is a three-room flat, `le T3` a tram line).
  { axis: 'quarter', value: 'Q', pattern: `${start}(?:(?:[Aa]u|[Dd]u|en)${s}T([1-4])|T([1-4])(?=${s}\\d{4}|${sp}['’]?\\d{2}${end}))${end}` },
  { axis: 'quarter', value: 'H1', pattern: `${start}(?:[Pp]remier|1er)${s}semestre${end}` },
  { axis: 'quarter', value: 'H2', pattern: `${start}(?:[Ss]econd|[Dd]euxième|2e|2ème|[Dd]ernier)${s}semestre(?:${s}(?:\\d{4}|de${s}l${a}année))?${end}` },
  { axis: 'quarter', value: 'H', pattern: `${start}(?:(?:[Aa]u|[Dd]u|en)${s}S([12])|S([12])(?=${s}\\d{4}))${end}` },

  ...referenceEvents.map(([value, event]): Expression => ({
    axis: 'reference',
    value,
    pattern: `${start}(?:à${s}compter|à${s}partir|dès|suivant|après)(?:${s}(?:de|du|d${a}))?${sp}(?:(?:la${s})?date${s}(?:de${s}|d${a}))?(?:(?:la|le|l${a}|sa|son|leur)${sp})?(?:${event})${end}`,
  })),
  { axis: 'direction', value: 'past', pattern: `${start}(?:il${s}y${s}a|voici|voilà)${s}${frenchNumber}${s}${frenchUnit}${end}` },
  { axis: 'direction', value: 'future', pattern: `${start}[Dd]ans${s}${frenchNumber}${s}${frenchUnit}${end}` },
];

/** The English expressions, each axis's longest first (`the day before yesterday` before `yesterday`). */
const english: readonly Expression[] = [
  { axis: 'day', value: '-2', pattern: `\\b(?:the\\s+day\\s+before\\s+yesterday|two\\s+days\\s+ago)\\b` },
  { axis: 'day', value: '2', pattern: `\\b(?:the\\s+day\\s+after\\s+tomorrow|in\\s+two\\s+days(?:['’]\\s+time)?|two\\s+days\\s+from\\s+now)\\b` },
  { axis: 'day', value: '-1', pattern: `\\b(?:yesterday|last\\s+night)\\b` },
  { axis: 'day', value: '0', pattern: `\\b(?:today|tonight|this\\s+(?:morning|afternoon|evening|lunchtime))\\b` },
  { axis: 'day', value: '1', pattern: `\\btomorrow\\b` },
  { axis: 'relativeDay', value: '-2', pattern: `\\btwo\\s+days\\s+(?:before|earlier)\\b` },
  { axis: 'relativeDay', value: '2', pattern: `\\btwo\\s+days\\s+(?:after|later)\\b` },
  { axis: 'relativeDay', value: '-1', pattern: `\\b(?:the\\s+day\\s+before|the\\s+previous\\s+day|the\\s+(?:night|evening)\\s+before|(?:the|on\\s+the)\\s+eve|a\\s+day\\s+(?:before|earlier)|(?:one|a)\\s+day\\s+earlier)\\b` },
  { axis: 'relativeDay', value: '1', pattern: `\\b(?:the\\s+(?:next|following)\\s+(?:day|morning|evening)|the\\s+day\\s+after|a\\s+day\\s+later|the\\s+morning\\s+after|next\\s+day|aftermath)\\b` },
  { axis: 'relativeDay', value: '0', pattern: `\\b(?:the\\s+same\\s+day|that\\s+same\\s+day|the\\s+very\\s+same\\s+day|the\\s+very\\s+day|the\\s+day\\s+itself)\\b` },

  { axis: 'week', value: '-1', pattern: `(?<!\\bthe\\s)\\blast\\s+week\\b(?!\\s+of\\b)|\\bthis\\s+past\\s+week\\b` },
  { axis: 'week', value: '0', pattern: `\\bthis\\s+week\\b` },
  { axis: 'week', value: '1', pattern: `\\b(?:next\\s+week|the\\s+coming\\s+week|the\\s+week\\s+ahead)\\b(?!\\s+of\\b)` },
  { axis: 'weekend', value: '-1', pattern: `(?<!\\bthe\\s)\\blast\\s+week-?end\\b(?!\\s+of\\b)|\\bthis\\s+past\\s+week-?end\\b` },
  { axis: 'weekend', value: '0', pattern: `\\bthis\\s+week-?end\\b` },
  { axis: 'weekend', value: '1', pattern: `\\b(?:next|this\\s+coming|the\\s+coming)\\s+week-?end\\b` },
  { axis: 'month', value: '-1', pattern: `(?<!\\bthe\\s)\\blast\\s+month\\b(?!\\s+of\\b)` },
  { axis: 'month', value: '0', pattern: `\\bthis\\s+month\\b` },
  { axis: 'month', value: '1', pattern: `\\b(?:next\\s+month|the\\s+coming\\s+month)\\b(?!\\s+of\\b)` },
  { axis: 'year', value: '-1', pattern: `(?<!\\bthe\\s)\\blast\\s+year\\b(?!\\s+of\\b)` },
  { axis: 'year', value: '0', pattern: `\\bthis\\s+year\\b` },
  { axis: 'year', value: '1', pattern: `\\b(?:next\\s+year|the\\s+coming\\s+year)\\b(?!\\s+of\\b)` },

  // The small hours are night and morning both: `dans la nuit de dimanche à lundi` → `early on Monday morning`.
  { axis: 'dayPart', value: 'smallHours', pattern: `\\b(?:(?:small|early|wee)\\s+hours|early\\s+(?:on\\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|this|that|the)\\s+)?morning)\\b` },
  { axis: 'dayPart', value: 'morning', pattern: `\\b(?:mornings?|breakfast|dawn|daybreak|sunrise)\\b|(?<=\\d\\s?)a\\.?m\\b\\.?` },
  { axis: 'dayPart', value: 'afternoon', pattern: `\\bafternoons?\\b` },
  { axis: 'dayPart', value: 'evening', pattern: `\\b(?:evenings?|nights?|tonight|overnight|nighttime|night-time|dusk|nightfall)\\b|(?<=\\d\\s?)p\\.?m\\b\\.?` },

  { axis: 'periodPart', value: 'turn', pattern: `\\bturn\\s+of\\s+(?:the\\s+)?${englishPeriod}` },
  { axis: 'periodPart', value: 'early', pattern: `\\b(?:early(?:[\\s-]+(?:in|on\\s+in))?[\\s-]+(?:the\\s+)?${englishPeriod}|(?:beginning|start|outset|dawn|first\\s+(?:days|weeks))\\s+of\\s+(?:the\\s+|this\\s+|next\\s+|that\\s+)?${englishPeriod})` },
  { axis: 'periodPart', value: 'mid', pattern: `\\b(?:mid[\\s-]?(?!day|night)(?:the\\s+)?${englishPeriod}|(?:middle|midpoint)\\s+of\\s+(?:the\\s+|this\\s+|next\\s+|that\\s+)?${englishPeriod}|(?:midway|halfway)\\s+through\\s+(?:the\\s+|this\\s+|next\\s+|that\\s+)?${englishPeriod}|midsummer|midwinter|midyear)` },
  { axis: 'periodPart', value: 'late', pattern: `\\b(?:late(?:[\\s-]+in)?[\\s-]+(?:the\\s+)?${englishPeriod}|(?:end|close|tail\\s+end|last\\s+(?:days|weeks))\\s+of\\s+(?:the\\s+|this\\s+|next\\s+|that\\s+)?${englishPeriod}|(?:year|month|week)[\\s-]end|end[\\s-]of[\\s-](?:the[\\s-])?(?:year|month|week))` },

  { axis: 'season', value: 'spring', pattern: `\\bspring(?:time|s)?\\b(?!\\s+(?:water|onions?|rolls?|mattress|loaded|clean|up|from|into|to|back))` },
  { axis: 'season', value: 'summer', pattern: `\\bsummer(?:time|s|y)?\\b` },
  { axis: 'season', value: 'autumn', pattern: `\\b(?:autumn(?:s|al)?|(?<=\\b(?:in\\s+the|this|last|next|early|late|mid-|by\\s+the|until\\s+the|since\\s+the|during\\s+the|over\\s+the|in\\s+early|in\\s+late|the)\\s+)fall(?!\\s+(?:in|of\\s+(?!\\d)|by|to|from|on|for|back|short|behind|apart|through|into)\\b)|fall\\s+(?:of\\s+)?\\d{4})\\b` },
  { axis: 'season', value: 'winter', pattern: `\\bwinter(?:time|s|y)?\\b` },

  ...seasons.flatMap(([season, , englishSeason]): Expression[] => [
    { axis: 'seasonYear', value: `${season}-1`, pattern: `\\b(?:(?:last|this\\s+past)\\s+${englishSeason}|${englishSeason}\\s+(?:of\\s+)?last\\s+year)\\b` },
    { axis: 'seasonYear', value: `${season}1`, pattern: `\\b(?:(?:next|this\\s+coming|the\\s+coming)\\s+${englishSeason}|${englishSeason}\\s+(?:of\\s+)?next\\s+year)\\b` },
  ]),
  { axis: 'quarter', value: 'Q1', pattern: `\\b(?:Q1|1Q|first[\\s-]quarter|1st[\\s-]quarter|first\\s+trimester|first\\s+three\\s+months)\\b` },
  { axis: 'quarter', value: 'Q2', pattern: `\\b(?:Q2|2Q|second[\\s-]quarter|2nd[\\s-]quarter|second\\s+trimester)\\b` },
  { axis: 'quarter', value: 'Q3', pattern: `\\b(?:Q3|3Q|third[\\s-]quarter|3rd[\\s-]quarter|third\\s+trimester)\\b` },
  { axis: 'quarter', value: 'Q4', pattern: `\\b(?:Q4|4Q|fourth[\\s-]quarter|4th[\\s-]quarter|(?:last|final)[\\s-]quarter|last\\s+three\\s+months\\s+of\\s+(?:the\\s+year|\\d{4}))\\b` },
  { axis: 'quarter', value: 'H1', pattern: `\\b(?:H1|1H|first[\\s-]half|first\\s+six\\s+months|first\\s+semester|spring\\s+semester)\\b` },
  { axis: 'quarter', value: 'H2', pattern: `\\b(?:H2|2H|second[\\s-]half|latter\\s+half|(?:second|last|final)\\s+six\\s+months|second\\s+semester|fall\\s+semester)\\b` },

  // The event a period counts from: `from delivery`, `from the date on which the goods are ordered`, `after receiving`.
  ...referenceEvents.map(([value, , event]): Expression => ({ axis: 'reference', value, pattern: `(?<=\\b(?:from|after|following|since|upon|on|of)\\b[^.;,]{0,50})\\b(?:${event})\\b` })),
  { axis: 'direction', value: 'past', pattern: `\\b${englishNumber}\\s+${englishUnit}\\s+(?:ago|earlier|before|previously|back)\\b|\\b(?:the\\s+)?(?:last|past|previous)\\s+${englishNumber}?\\s*${englishUnit}\\b` },
  { axis: 'direction', value: 'future', pattern: `\\bin\\s+${englishNumber}\\s+${englishUnit}(?:['’]\\s+time)?(?=\\s*(?:[,.;:!?]|$|from\\s+now|time\\b))|\\b${englishNumber}\\s+${englishUnit}\\s+from\\s+now\\b|\\b(?:the\\s+)?(?:next|coming)\\s+${englishNumber}?\\s*${englishUnit}\\b` },
];

interface Compiled extends Expression {
  regex: RegExp;
}
const compiled = (list: readonly Expression[], flags: string): Compiled[] => list.map((expression) => ({ ...expression, regex: new RegExp(expression.pattern, flags) }));
const frenchTable = lazy(() => compiled(french, 'gu'));
const englishTable = lazy(() => compiled(english, 'giu'));

interface Said extends Span {
  axis: Axis;
  value: string;
  text: string;
}

/** The expressions a text says, each axis read apart and its longest expressions first (blanked once taken). */
function read(text: string, table: readonly Compiled[]): Said[] {
  const out: Said[] = [];
  const rest = new Map<Axis, string>();
  for (const expression of table) {
    const here = rest.get(expression.axis) ?? text;
    const found = spans(here, expression.regex);
    if (found.length === 0) continue;
    for (const match of found) {
      // `T3`, `S1`: the number names the quarter or half.
      const number = match.groups.find((group) => group !== '');
      const value = expression.value === 'Q' || expression.value === 'H' ? `${expression.value}${number ?? ''}` : expression.value;
      out.push({ start: match.start, end: match.end, axis: expression.axis, value, text: text.slice(match.start, match.end) });
    }
    rest.set(expression.axis, blank(here, found));
  }
  return out;
}

const key = (said: { axis: Axis; value: string }) => `${said.axis}:${said.value}`;
const accepted = (said: Said): string[] => [key(said), ...(alsoAccepted[key(said)] ?? []).map((value) => `${said.axis}:${value}`)];

/** Quickly: a French text with none of the words the table starts from has nothing for this check. */
const mayHave = /compter|partir|dès|suivant|après|week|hier|demain|veille|lendemain|jour|aujourd|semaine|mois|an|matin|midi|soir|nuit|début|mi-|milieu|fin|printemps|été|estiva|automn|hiver|trimestre|semestre|T[1-4]|S[12]|il y a|voici|voilà|dans/iu;

export const timeExpressions: PairRunner = {
  run: (pair) => {
    if (!mayHave.test(pair.source)) return [];
    const issues: Issue[] = [];
    let offset = 0;
    let targetOffset = 0;
    for (const [source, target] of sentenceUnits(pair.source, pair.target)) {
      const sourceAt = pair.source.indexOf(source, offset);
      const targetAt = pair.target.indexOf(target, targetOffset);
      offset = sourceAt >= 0 ? sourceAt + source.length : offset;
      targetOffset = targetAt >= 0 ? targetAt + target.length : targetOffset;
      const frenchSaid = read(source, frenchTable());
      if (frenchSaid.length === 0) continue;
      const englishSaid = read(target, englishTable());
      for (const mine of frenchSaid) {
        const sameAxis = englishSaid.filter((other) => other.axis === mine.axis);
        if (sameAxis.some((other) => accepted(mine).includes(key(other)))) continue;
        // English values that no French expression of this sentence accounts for.
        const mineAll = new Set(frenchSaid.filter((other) => other.axis === mine.axis).flatMap(accepted));
        let others = sameAxis.filter((other) => !mineAll.has(key(other)));
        // `l’été dernier … l’été prochain` → `last summer … last summer`: one English said twice what the French says once.
        if (others.length === 0 && counted.has(mine.axis)) {
          const frenchCount = (value: string) => frenchSaid.filter((other) => other.axis === mine.axis && accepted(other).includes(value)).length;
          others = sameAxis.filter((other) => sameAxis.filter((same) => key(same) === key(other)).length > frenchCount(key(other)));
        }
        if (others.length === 0) continue;
        const sourceShift = Math.max(0, sourceAt);
        const targetShift = Math.max(0, targetAt);
        issues.push({
          key: 'timeExpressions.different',
          params: { said: mine.text, expected: renderings[key(mine)] ?? mine.value, found: others.map((other) => other.text).join(', ') },
          source: [{ start: mine.start + sourceShift, end: mine.end + sourceShift }],
          target: others.map((other) => ({ start: other.start + targetShift, end: other.end + targetShift })),
          ...(loose.has(mine.axis) ? { severity: 'warning' as const } : {}),
        });
      }
    }
    return issues;
  },
};
