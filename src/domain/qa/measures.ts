import { fold, lazy } from './lib';

/**
 * Units after a number, French and English, so a measure converted by the translator (`120 km/h`
 * → `75 mph`, `35 °C` → `95°F`, `1 300 mégawatts` → `1.3 GW`) is read as the same measure, and a
 * wrong conversion (`120 km/h` → `55 mph`) is not.
 */

export type Dimension = 'length' | 'speed' | 'mass' | 'volume' | 'area' | 'power' | 'energy' | 'temperature' | 'time' | 'data';

/** A unit's size in its dimension's base unit (m, km/h, kg, l, m², W, Wh, °C, days): base = value × factor + offset. */
export interface Scale {
  factor: number;
  offset: number;
}

export interface Unit {
  dimension: Dimension;
  /** The unit as written for messages (`mph`, `°F`). */
  symbol: string;
  /** Its scales: several when the word is ambiguous (`ton`, `gallon`, `degrees`). */
  scales: readonly Scale[];
}

const unit = (dimension: Dimension, symbol: string, ...scales: Array<number | Scale>): Unit => ({ dimension, symbol, scales: scales.map((scale) => (typeof scale === 'number' ? { factor: scale, offset: 0 } : scale)) });

const toCelsius = { factor: 5 / 9, offset: -160 / 9 };
const celsius = unit('temperature', '°C', 1);
const fahrenheit = unit('temperature', '°F', toCelsius);
const watts = (prefix: string, factor: number) => unit('power', `${prefix}W`, factor);
const wattHours = (prefix: string, factor: number) => unit('energy', `${prefix}Wh`, factor);

/** Written units, longest first: each pattern is tried right after the number. */
const frenchUnits: Array<[RegExp, Unit]> = [
  // A quintal is 100 kg (`42 quintaux à l’hectare` → `4.2 tonnes per hectare`).
  [/^(?:q|quintals?|quintaux)(?![\p{L}])/iu, unit('mass', 'q', 100)],
  [/^(?:km\/h|km\/heure|kilomètres?[- ](?:à l’|à l'|par )?heure|kilomètres?\/heure)/iu, unit('speed', 'km/h', 1)],
  [/^(?:km²|km2|kilomètres? carrés?)/iu, unit('area', 'km²', 1e6)],
  [/^(?:m²|m2|mètres? carrés?)/iu, unit('area', 'm²', 1)],
  [/^(?:ha|hectares?)/iu, unit('area', 'ha', 1e4)],
  [/^(?:m³|m3|mètres? cubes?)/iu, unit('volume', 'm³', 1e3)],
  [/^(?:km|kilomètres?)/iu, unit('length', 'km', 1e3)],
  [/^(?:cm|centimètres?)/iu, unit('length', 'cm', 1e-2)],
  [/^(?:mm|millimètres?)/iu, unit('length', 'mm', 1e-3)],
  [/^(?:m|mètres?)/u, unit('length', 'm', 1)],
  [/^(?:kg|kilos?|kilogrammes?)/iu, unit('mass', 'kg', 1)],
  [/^(?:mg|milligrammes?)/iu, unit('mass', 'mg', 1e-6)],
  [/^(?:µg|μg|mcg|microgrammes?)/iu, unit('mass', 'µg', 1e-9)],
  [/^(?:g|grammes?)/u, unit('mass', 'g', 1e-3)],
  [/^(?:t|tonnes?)/u, unit('mass', 't', 1e3)],
  [/^(?:hl|hectolitres?)/iu, unit('volume', 'hl', 100)],
  [/^(?:cl|centilitres?)/iu, unit('volume', 'cl', 1e-2)],
  [/^(?:ml|millilitres?)/iu, unit('volume', 'ml', 1e-3)],
  [/^(?:l|L|litres?)/u, unit('volume', 'l', 1)],
  [/^(?:°C|° C|°|degrés?(?: Celsius)?)/iu, celsius],
  [/^(?:TWh|térawattheures?)/iu, wattHours('T', 1e12)],
  [/^(?:GWh|gigawattheures?)/iu, wattHours('G', 1e9)],
  [/^(?:MWh|mégawattheures?)/iu, wattHours('M', 1e6)],
  [/^(?:kWh|kilowattheures?)/iu, wattHours('k', 1e3)],
  [/^(?:GW|gigawatts?)/iu, watts('G', 1e9)],
  [/^(?:MW|mégawatts?)/iu, watts('M', 1e6)],
  [/^(?:kW|kilowatts?)/iu, watts('k', 1e3)],
  [/^(?:W|watts?)/u, watts('', 1)],
  // How long: `deux ans` is not `two months` (a year is 365.25 days, a month a twelfth of it).
  [/^(?:jours?)/iu, unit('time', 'days', 1)],
  [/^(?:semaines?)/iu, unit('time', 'weeks', 7)],
  [/^(?:mois)/iu, unit('time', 'months', 365.25 / 12)],
  [/^(?:ans?|années?)/iu, unit('time', 'years', 365.25)],
  [/^(?:heures?)/iu, unit('time', 'hours', 1 / 24)],
  [/^(?:décennies?)/iu, unit('time', 'decades', 3652.5)],
  [/^(?:siècles?)/iu, unit('time', 'centuries', 36525)],
  // Storage: the French octet is the English byte (`256 Go` = `256 GB`, not `256 MB`).
  [/^(?:To|téraoctets?)/u, unit('data', 'TB', 1e12)],
  [/^(?:Go|gigaoctets?)/u, unit('data', 'GB', 1e9)],
  [/^(?:Mo|mégaoctets?)/u, unit('data', 'MB', 1e6)],
  [/^(?:ko|Ko|kilooctets?)/u, unit('data', 'KB', 1e3)],
];

const englishUnits: Array<[RegExp, Unit]> = [
  [/^(?:mph|miles? (?:per|an) hour)/iu, unit('speed', 'mph', 1.609344)],
  [/^(?:km\/h|kph|kmh|kilomet(?:er|re)s? (?:per|an) hour)/iu, unit('speed', 'km/h', 1)],
  [/^(?:sq\.? ?mi(?:les?)?|square[\s-]miles?)/iu, unit('area', 'sq mi', 2_589_988.11)],
  [/^(?:sq\.? ?ft|square[\s-]f(?:ee|oo)t)/iu, unit('area', 'sq ft', 0.09290304)],
  [/^(?:km²|km2|sq\.? ?km|square[\s-]kilomet(?:er|re)s?)/iu, unit('area', 'km²', 1e6)],
  [/^(?:m²|m2|sq\.? ?m|square[\s-]met(?:er|re)s?)/iu, unit('area', 'm²', 1)],
  [/^(?:acres?)/iu, unit('area', 'acres', 4046.8564224)],
  [/^(?:ha|hectares?)/iu, unit('area', 'ha', 1e4)],
  [/^(?:m³|m3|cubic met(?:er|re)s?)/iu, unit('volume', 'm³', 1e3)],
  [/^(?:mi|miles?)/iu, unit('length', 'mi', 1609.344)],
  [/^(?:km|kilomet(?:er|re)s?)/iu, unit('length', 'km', 1e3)],
  [/^(?:cm|centimet(?:er|re)s?)/iu, unit('length', 'cm', 1e-2)],
  [/^(?:mm|millimet(?:er|re)s?)/iu, unit('length', 'mm', 1e-3)],
  [/^(?:ft|feet|foot)/iu, unit('length', 'ft', 0.3048)],
  [/^(?:in|inch(?:es)?)/iu, unit('length', 'in', 0.0254)],
  [/^(?:yd|yards?)/iu, unit('length', 'yd', 0.9144)],
  [/^(?:m|met(?:er|re)s?)/u, unit('length', 'm', 1)],
  [/^(?:kg|kilos?|kilogram(?:me)?s?)/iu, unit('mass', 'kg', 1)],
  [/^(?:lbs?|pounds?)/iu, unit('mass', 'lb', 0.45359237)],
  // Kitchen measures (US, metric and imperial): `250 ml` → `1 cup`.
  [/^(?:fl\.? ?oz|fluid ounces?)/iu, unit('volume', 'fl oz', 0.0295735, 0.0284131)],
  [/^(?:cups?)(?![\p{L}])/iu, unit('volume', 'cup', 0.2365882, 0.25, 0.2841306)],
  [/^(?:tbsps?|tablespoons?)/iu, unit('volume', 'tbsp', 0.0147868, 0.015)],
  [/^(?:tsps?|teaspoons?)/iu, unit('volume', 'tsp', 0.00492892, 0.005)],
  [/^(?:pints?|pts?)(?![\p{L}])/iu, unit('volume', 'pt', 0.473176, 0.568261)],
  [/^(?:quarts?|qts?)(?![\p{L}])/iu, unit('volume', 'qt', 0.946353, 1.136523)],
  [/^(?:oz|ounces?)/iu, unit('mass', 'oz', 0.028349523125)],
  [/^(?:mg|milligram(?:me)?s?)/iu, unit('mass', 'mg', 1e-6)],
  [/^(?:µg|μg|mcg|microgram(?:me)?s?)/iu, unit('mass', 'µg', 1e-9)],
  [/^(?:g|grams?|grammes?)/u, unit('mass', 'g', 1e-3)],
  [/^(?:metric tons?|tonnes?)/iu, unit('mass', 't', 1e3)],
  [/^(?:tons?)/iu, unit('mass', 'tons', 1e3, 907.18474, 1016.0469088)],
  [/^(?:gal|gallons?)/iu, unit('volume', 'gal', 3.785411784, 4.54609)],
  [/^(?:ml|millilit(?:er|re)s?)/iu, unit('volume', 'ml', 1e-3)],
  [/^(?:cl|centilit(?:er|re)s?)/iu, unit('volume', 'cl', 1e-2)],
  [/^(?:l|L|lit(?:er|re)s?)/u, unit('volume', 'l', 1)],
  [/^(?:°F|° F|degrees? Fahrenheit|Fahrenheit|F)/u, fahrenheit],
  [/^(?:°C|° C|degrees? Celsius|Celsius|C)/u, celsius],
  [/^(?:°|degrees?)/iu, unit('temperature', '°', 1, toCelsius)],
  [/^(?:TWh|terawatt[- ]hours?)/iu, wattHours('T', 1e12)],
  [/^(?:GWh|gigawatt[- ]hours?)/iu, wattHours('G', 1e9)],
  [/^(?:MWh|megawatt[- ]hours?)/iu, wattHours('M', 1e6)],
  [/^(?:kWh|kilowatt[- ]hours?)/iu, wattHours('k', 1e3)],
  [/^(?:GW|gigawatts?)/iu, watts('G', 1e9)],
  [/^(?:MW|megawatts?)/iu, watts('M', 1e6)],
  [/^(?:kW|kilowatts?)/iu, watts('k', 1e3)],
  [/^(?:W|watts?)/u, watts('', 1)],
  [/^(?:days?)/iu, unit('time', 'days', 1)],
  [/^(?:weeks?)/iu, unit('time', 'weeks', 7)],
  [/^(?:fortnights?)/iu, unit('time', 'fortnights', 14)],
  [/^(?:months?)/iu, unit('time', 'months', 365.25 / 12)],
  [/^(?:years?)/iu, unit('time', 'years', 365.25)],
  [/^(?:decades?)/iu, unit('time', 'decades', 3652.5)],
  [/^(?:hours?)/iu, unit('time', 'hours', 1 / 24)],
  [/^(?:centur(?:y|ies))/iu, unit('time', 'centuries', 36525)],
  [/^(?:TB|terabytes?)/u, unit('data', 'TB', 1e12)],
  [/^(?:GB|gigabytes?)/u, unit('data', 'GB', 1e9)],
  [/^(?:MB|megabytes?)/u, unit('data', 'MB', 1e6)],
  [/^(?:KB|kB|kilobytes?)/u, unit('data', 'KB', 1e3)],
];

// The unit is a word of its own: `m` in `3 mois` is no metre, nor `l` in `2023 l’entreprise` a litre.
const whole = (table: Array<[RegExp, Unit]>): Array<[RegExp, Unit]> => table.map(([pattern, found]) => [new RegExp(`${pattern.source}(?![\\p{L}\\p{N}’'])`, pattern.flags), found]);
const units = lazy(() => ({ fr: whole(frenchUnits), en: whole(englishUnits) }));

/** The unit written right after a number (`120 km/h`, `75-mph`, `95°F`), if any. */
export function unitAfter(rest: string, language: 'fr' | 'en'): Unit | undefined {
  const text = rest.replace(/^[\s\u00a0\u202f-]/u, '');
  return units()[language].find(([pattern]) => pattern.test(text))?.[1];
}

const toBase = (value: number, scale: Scale): number => value * scale.factor + scale.offset;
const fromBase = (value: number, scale: Scale): number => (value - scale.offset) / scale.factor;

/** Measures of recipes and drinks, which translators round to the nearest whole or half. */
const kitchen = new Set(['cup', 'tbsp', 'tsp', 'pt', 'qt', 'fl oz']);

/** The same unit (the comparison is then by value, exactly). */
export const sameUnit = (a: Unit, b: Unit): boolean => a.dimension === b.dimension && fold(a.symbol) === fold(b.symbol);

/**
 * Whether an English measure is the French one converted, as a translator rounds: within 5 %, or
 * to the nearest 5 for speeds and temperatures (`120 km/h` → `75 mph`, `-8 °C` → `18°F`,
 * `5 kg` → `11 pounds`, `1 300 mégawatts` → `1.3 GW`).
 *
 * @example
 * converted({ value: 120, unit: kmh }, { value: 75, unit: mph }); // → true
 * converted({ value: 120, unit: kmh }, { value: 55, unit: mph }); // → false
 */
export function converted(french: { value: number; unit: Unit }, english: { value: number; unit: Unit }, hedged = false, interval = false, tolerance = hedged ? 0.1 : 0.05): boolean {
  if (french.unit.dimension !== english.unit.dimension) return false;
  // A change of temperature (`risen by 0.8 °C` = `1.4°F`) converts without the offset.
  const from = interval ? french.value * french.unit.scales[0]!.factor : toBase(french.value, french.unit.scales[0]!);
  return english.unit.scales.some((scale) => {
    // The French measure in the English unit, exactly: what the translator rounded.
    const exact = interval ? from / scale.factor : fromBase(from, scale);
    // (A whole number is the change rounded to the degree: `2 à 3 °C de plus` → `4 to 5 degrees Fahrenheit`, 3.6 to 5.4.)
    if (interval && english.unit.dimension === 'temperature') return Math.abs(english.value - exact) <= Math.max(Number.isInteger(english.value) ? 0.5 : 0.15, (hedged ? Math.max(tolerance, 0.15) : tolerance) * Math.abs(exact));
    const gap = Math.abs(english.value - exact);
    // (`180 °C` → `350°F`: an oven's temperatures are rounded to 25 °F.)
    if (english.unit.dimension === 'temperature') return gap <= Math.max(2.5, 0.025 * Math.abs(exact));
    if (english.unit.dimension === 'speed' && gap <= 2.5) return true;
    // A kitchen measure is a rounding by nature (`50 cl` → `1 pint`, `250 ml` → `1 cup`): within an eighth.
    if (kitchen.has(english.unit.symbol)) return gap <= 0.125 * Math.abs(exact);
    // `nearly 5 inches` for 120 mm (4.7 in): a hedged figure is rounded further, within a tenth.
    return gap <= tolerance * Math.abs(exact);
  });
}

/** The French measure in an English unit, rounded for a message (`75 mph`). */
export function inUnit(french: { value: number; unit: Unit }, english: Unit): string {
  const exact = fromBase(toBase(french.value, french.unit.scales[0]!), english.scales[0]!);
  const rounded = Math.abs(exact) >= 100 ? Math.round(exact) : Math.round(exact * 10) / 10;
  return `${rounded} ${english.symbol}`;
}
