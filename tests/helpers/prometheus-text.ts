/**
 * A strict parser of the Prometheus text exposition format (version 0.0.4), for the metrics tests.
 * Written here because the npm parser of this format (parse-prometheus-text-format) merges the
 * series of a labelled histogram into one and drops their labels, sums and counts — an open bug
 * since 2019 in an unmaintained package — and labelled histograms are what the server exports.
 *
 * Strict where the format is: names and label names by their grammar, label values with their
 * three escapes, float values (NaN, ±Inf), at most one HELP and one TYPE per family, TYPE before
 * the family's samples, each family one group of lines, no series twice; histograms with
 * `_bucket` (ascending `le`, cumulative counts, `+Inf` equal to `_count`), `_sum` and `_count`.
 * Every family must be typed (the server's always are).
 */

export type MetricType = 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped';

export interface Sample {
  /** The sample's own name: the family's, or with `_bucket`, `_sum`, `_count` for a histogram. */
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface Family {
  name: string;
  help: string;
  type: MetricType;
  samples: Sample[];
}

const metricName = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/u;
const labelName = /^[a-zA-Z_][a-zA-Z0-9_]*$/u;
const types = new Set<MetricType>(['counter', 'gauge', 'histogram', 'summary', 'untyped']);

export class ExpositionError extends Error {
  constructor(line: number, message: string) {
    super(`line ${line}: ${message}`);
    this.name = 'ExpositionError';
  }
}

/** A float as Go's ParseFloat reads it in this format: decimal, exponent, NaN, ±Inf. */
function parseValue(text: string, line: number): number {
  if (/^[+-]?inf$/iu.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  if (/^nan$/iu.test(text)) return Number.NaN;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/u.test(text)) throw new ExpositionError(line, `"${text}" is not a value`);
  return Number(text);
}

/** A sample line: name, optional {labels}, value, optional timestamp. */
function parseSample(text: string, line: number): Sample {
  const name = /^[^\s{]+/u.exec(text)?.[0] ?? '';
  if (!metricName.test(name)) throw new ExpositionError(line, `"${name}" is not a metric name`);
  let at = name.length;
  const labels: Record<string, string> = {};
  if (text[at] === '{') {
    at++;
    for (;;) {
      if (text[at] === '}') {
        at++;
        break;
      }
      const label = /^[^=]*/u.exec(text.slice(at))![0];
      if (!labelName.test(label)) throw new ExpositionError(line, `"${label}" is not a label name`);
      if (label in labels) throw new ExpositionError(line, `label ${label} twice`);
      at += label.length;
      if (text.slice(at, at + 2) !== '="') throw new ExpositionError(line, `label ${label} without ="value"`);
      at += 2;
      let value = '';
      for (;;) {
        const char = text[at];
        if (char === undefined) throw new ExpositionError(line, 'a label value does not end');
        at++;
        if (char === '"') break;
        if (char === '\\') {
          const escaped = text[at++];
          if (escaped === '\\' || escaped === '"') value += escaped;
          else if (escaped === 'n') value += '\n';
          else throw new ExpositionError(line, `"\\${escaped ?? ''}" is not an escape`);
        } else if (char === '\n') {
          throw new ExpositionError(line, 'a raw line feed in a label value');
        } else value += char;
      }
      labels[label] = value;
      if (text[at] === ',') at++;
      else if (text[at] !== '}') throw new ExpositionError(line, `"${text[at] ?? ''}" after a label value`);
    }
  }
  const rest = text.slice(at);
  const parts = /^[ \t]+(\S+)(?:[ \t]+(-?\d+))?[ \t]*$/u.exec(rest);
  if (!parts) throw new ExpositionError(line, `"${rest}" is not a value and an optional timestamp`);
  return { name, labels, value: parseValue(parts[1]!, line) };
}

/** The family a sample name belongs to: `x_bucket` to the histogram `x`, and so on. */
function familyName(sample: string, typed: Map<string, MetricType>): string {
  for (const suffix of ['_bucket', '_sum', '_count']) {
    if (!sample.endsWith(suffix)) continue;
    const base = sample.slice(0, -suffix.length);
    const type = typed.get(base);
    if (type === 'histogram' || (type === 'summary' && suffix !== '_bucket')) return base;
  }
  return sample;
}

const seriesKey = (sample: Sample): string =>
  `${sample.name}{${Object.keys(sample.labels)
    .sort()
    .map((key) => `${key}=${JSON.stringify(sample.labels[key])}`)
    .join(',')}}`;

/** Checks a histogram's series: buckets ascending and cumulative, `+Inf` = `_count`, a `_sum` each. */
function checkHistogram(family: Family): void {
  const series = new Map<string, { buckets: Array<[number, number]>; count?: number; sum?: number }>();
  for (const sample of family.samples) {
    const { le, ...rest } = sample.labels;
    const key = seriesKey({ ...sample, name: '', labels: rest });
    const entry = series.get(key) ?? { buckets: [] };
    series.set(key, entry);
    if (sample.name === `${family.name}_bucket`) {
      if (le === undefined) throw new Error(`${family.name}: a bucket without le`);
      entry.buckets.push([parseValue(le, 0), sample.value]);
    } else if (sample.name === `${family.name}_count`) entry.count = sample.value;
    else if (sample.name === `${family.name}_sum`) entry.sum = sample.value;
    else throw new Error(`${family.name}: ${sample.name} is not a histogram's sample`);
  }
  for (const [key, entry] of series) {
    const bounds = entry.buckets.map(([bound]) => bound);
    if (bounds.some((bound, i) => i > 0 && bound <= bounds[i - 1]!)) throw new Error(`${family.name}${key}: buckets not ascending`);
    if (entry.buckets.some(([, count], i) => i > 0 && count < entry.buckets[i - 1]![1])) throw new Error(`${family.name}${key}: buckets not cumulative`);
    const last = entry.buckets.at(-1);
    if (last?.[0] !== Infinity) throw new Error(`${family.name}${key}: no +Inf bucket`);
    if (entry.count !== last[1]) throw new Error(`${family.name}${key}: _count ${entry.count} is not the +Inf bucket ${last[1]}`);
    if (entry.sum === undefined) throw new Error(`${family.name}${key}: no _sum`);
  }
}

/**
 * Parses an exposition into its families, in order; throws ExpositionError (or Error, for a
 * histogram that does not add up) at the first thing the format does not allow.
 */
export function parseExposition(text: string): Family[] {
  const families: Family[] = [];
  const byName = new Map<string, Family>();
  const typed = new Map<string, MetricType>();
  const closed = new Set<string>();
  const seen = new Set<string>();
  let current: Family | undefined;
  const family = (name: string, line: number): Family => {
    if (current?.name === name) return current;
    if (closed.has(name) || byName.get(name)?.samples.length) throw new ExpositionError(line, `${name} is not one group of lines`);
    if (current) closed.add(current.name);
    current = byName.get(name);
    if (!current) {
      current = { name, help: '', type: 'untyped', samples: [] };
      byName.set(name, current);
      families.push(current);
    }
    return current;
  };
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    if (raw.startsWith('#')) {
      const meta = /^#[ \t]+(HELP|TYPE)[ \t]+(\S+)(?:[ \t]+(.*))?$/u.exec(raw);
      if (!meta) return; // a comment
      const [, keyword, name = '', rest = ''] = meta;
      if (!metricName.test(name)) throw new ExpositionError(line, `"${name}" is not a metric name`);
      const target = family(name, line);
      if (keyword === 'HELP') {
        if (target.help !== '') throw new ExpositionError(line, `a second HELP for ${name}`);
        target.help = rest.replace(/\\(\\|n)/gu, (_, escaped: string) => (escaped === 'n' ? '\n' : '\\'));
      } else {
        if (typed.has(name)) throw new ExpositionError(line, `a second TYPE for ${name}`);
        if (target.samples.length > 0) throw new ExpositionError(line, `TYPE for ${name} after its samples`);
        const type = rest.trim() as MetricType;
        if (!types.has(type)) throw new ExpositionError(line, `"${rest}" is not a metric type`);
        typed.set(name, type);
        target.type = type;
      }
      return;
    }
    const sample = parseSample(raw, line);
    const name = familyName(sample.name, typed);
    if (!typed.has(name)) throw new ExpositionError(line, `${sample.name} has no TYPE line before it`);
    const key = seriesKey(sample);
    if (seen.has(key)) throw new ExpositionError(line, `${key} twice`);
    seen.add(key);
    family(name, line).samples.push(sample);
  });
  for (const each of families) if (each.type === 'histogram') checkHistogram(each);
  return families;
}

/** The samples of `family` (sample name `name`, default the family's) whose labels include `labels`. */
export function samplesOf(family: Family, labels: Record<string, string> = {}, name = family.name): Sample[] {
  return family.samples.filter((sample) => sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value));
}
