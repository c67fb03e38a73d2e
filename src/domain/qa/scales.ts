/**
 * Scales for comparisons (issue 28d): “plus cher que” → “cheaper than”, “la plus faible” → “the
 * highest”, “moins bien rémunérées” → “better paid”, “plus précoce” → “later”. Each scale has two
 * poles; French says a pole with plus + its adjective or moins + the other pole's (“moins cher” is
 * the cheap pole), English with its comparative (“cheaper”), more/most + its adjective or less/least +
 * the other pole's (“less expensive”). Only comparatives and superlatives count, never the plain
 * adjective (“reste élevé” → “remains high”).
 */
export interface Scale {
  name: string;
  /** French adjectives and adverbs of each pole, as they agree (`chère?s?`), a regular expression's source. */
  french: readonly [string, string];
  /** French forms that are comparatives by themselves (`meilleur`, `supérieur à`), each pole's. */
  frenchIrregular?: readonly [string, string];
  /** English adjectives and adverbs of each pole, for more/most/less/least + adjective. */
  english: readonly [string, string];
  /** English comparatives and superlatives of each pole (`cheaper`, `cheapest`). */
  englishComparatives: readonly [string, string];
}

export const scales: readonly Scale[] = [
  {
    name: 'price',
    french: ['chers?|chères?|coûteu(?:x|se|ses)|onéreu(?:x|se|ses)', 'bon\\s+marché|abordables?|économiques?'],
    frenchIrregular: ['', 'meilleur\\s+marché'],
    english: ['expensive|costly|pricey|dear', 'affordable|cheap|inexpensive'],
    englishComparatives: ['pricier|priciest|costlier|costliest|dearer|dearest', 'cheaper|cheapest'],
  },
  {
    name: 'level',
    french: ['élevée?s?|hauts?|hautes?|forts?|fortes?|grands?|grandes?|importante?s?|lourde?s?', 'faibles?|bas|basses?|petite?s?|légère?s?|légers?'],
    // “supérieur de cinq points à”, “inférieure à la moyenne”.
    frenchIrregular: ['supérieure?s?(?=\\s+(?:de\\s+(?:\\d|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|plusieurs|moitié|près|plus|moins)[^,;.]{0,25}?\\s+)?(?:à|au|aux)(?![\\p{L}]))', 'inférieure?s?(?=\\s+(?:de\\s+(?:\\d|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|plusieurs|moitié|près|plus|moins)[^,;.]{0,25}?\\s+)?(?:à|au|aux)(?![\\p{L}]))|moindres?'],
    english: ['high|great|strong|large|big|heavy|significant|important|tall', 'low|weak|small|light|modest'],
    // (`supérieur à` is `above`, `inférieur à` `below`: `above all` and `the above` aside.)
    englishComparatives: ['higher|highest|greater|greatest|stronger|strongest|larger|largest|bigger|biggest|heavier|heaviest|taller|tallest|above(?!\\s+all)(?<!the\\s+above)', 'lower|lowest|weaker|weakest|smaller|smallest|lighter|lightest|slighter|slightest|below'],
  },
  {
    name: 'time',
    french: ['précoces?|tôt|hâti(?:f|ve|fs|ves)|en\\s+avance', 'tardi(?:f|ve|fs|ves)|tard|en\\s+retard'],
    english: ['early', 'late|delayed'],
    englishComparatives: ['earlier|earliest|sooner|soonest', 'later|at\\s+the\\s+latest'],
  },
  {
    name: 'speed',
    french: ['rapides?|rapidement|vite', 'lente?s?|lentement'],
    english: ['fast|quick|quickly|rapid|rapidly|swift|swiftly', 'slow|slowly'],
    englishComparatives: ['faster|fastest|quicker|quickest|speedier|speediest|swifter|swiftest', 'slower|slowest'],
  },
  {
    name: 'length',
    french: ['longs?|longues?|longtemps', 'courte?s?|courts|brè(?:f|ve|fs|ves)|brefs?'],
    english: ['long|lengthy', 'short|brief'],
    englishComparatives: ['(?<!\\b(?:no|any)\\s)longer|longest', 'shorter|shortest|briefer|briefest'],
  },
  {
    name: 'age',
    french: ['âgée?s?|vieux|vieilles?|vieil', 'jeunes?'],
    english: ['old|elderly', 'young'],
    englishComparatives: ['older|oldest|elder|eldest', 'younger|youngest'],
  },
  {
    name: 'quality',
    // Not `bien sûr`, `bien que`, `bien des` (`en plus bien sûr`), nor `tant pis` (too bad).
    french: ['bons?|bonnes?|bien(?!\\s+(?:sûr|entendu|que|qu[’\']|des|souvent|avant|après|au-delà|plus|moins))', 'mauvaise?s?|mauvais|mal'],
    frenchIrregular: ['mieux', 'pires?'],
    english: ['good|well', 'bad|badly|poor|poorly'],
    englishComparatives: ['better|best', 'worse|worst'],
  },
  {
    name: 'difficulty',
    french: ['difficiles?|durs?|dures?|compliquée?s?|ardue?s?', 'faciles?|facilement|simples?'],
    english: ['difficult|hard|tough|complicated|complex', 'easy|easily|simple'],
    englishComparatives: ['harder|hardest|tougher|toughest', 'easier|easiest|simpler|simplest'],
  },
  {
    name: 'frequency',
    french: ['fréquente?s?|fréquemment|souvent|courante?s?|répandue?s?', 'rares?|rarement'],
    english: ['often|frequent|frequently|common|commonly|widespread', 'rare|rarely|infrequent|infrequently|uncommon'],
    englishComparatives: ['commoner|commonest', 'rarer|rarest'],
  },
  {
    name: 'temperature',
    french: ['chaude?s?|chauds', 'froide?s?|froids|fra[iî]che?s?|frais'],
    english: ['hot|warm', 'cold|cool'],
    englishComparatives: ['hotter|hottest|warmer|warmest', 'colder|coldest|cooler|coolest'],
  },
  {
    name: 'wealth',
    french: ['riches?|aisée?s?|fortunée?s?', 'pauvres?|modestes?|défavorisée?s?|démunie?s?'],
    english: ['affluent|wealthy|rich|well-off|well\\s+off', 'deprived|disadvantaged|poor'],
    englishComparatives: ['richer|richest|wealthier|wealthiest|better[\\s-]off', 'poorer|poorest|worse[\\s-]off'],
  },
  {
    name: 'distance',
    french: ['loin|éloignée?s?|lointaine?s?', 'proches?|près'],
    english: ['distant|remote', 'close|near'],
    englishComparatives: ['farther|farthest|furthest|further\\s+(?:away|afield)', 'closer|closest|nearer|nearest'],
  },
];
