import { blank, lastOf, spans } from './lib';
import type { Span } from './types';

/**
 * What a translation copies as it is (issue 28): web addresses with or without a scheme
 * (`https://…`, `www.service-public.fr`, `impots.gouv.fr`, `lyon.fr/agenda`), e-mail addresses,
 * @handles and #hashtags. Pure reading of a text; the preserved check compares the two sides.
 */

export type WebKind = 'address' | 'email' | 'tag';

export interface WebIdentifier extends Span {
  kind: WebKind;
  text: string;
}

/**
 * The endings that make `word.ending` a domain without a scheme: the ones French and English texts
 * cite. Left out on purpose: endings that are file extensions (`md`, `sh`, `py`, `rs`, `pdf` is not
 * one anyway) or short English words (`me`, `us`, `at`, `in`, `to`, `is`, `no`), which a missing
 * space after a full stop would turn into an address.
 */
export const knownDomainEndings = [
  'fr', 'com', 'org', 'net', 'eu', 'io', 'be', 'ch', 'ca', 'uk', 'de', 'lu', 'mc', 'it', 'es', 'nl', 'pt',
  'info', 'gov', 'edu', 'int', 'ai', 'app', 'dev', 'tv', 'co', 'news', 'paris', 'bzh', 'alsace', 'corsica',
  're', 'nc', 'pf', 'gp', 'mq', 'ma', 'tn', 'sn', 'ci', 'quebec',
];

const endings = [...knownDomainEndings].sort((a, b) => b.length - a.length).join('|');
/** Characters an address does not end with: a sentence's full stop, a comma, a closing bracket are the text's. */
const tail = '[^\\s<>"«»“”.,;:!?)\\]’\']';
const path = `(?:/(?:[^\\s<>"«»“”]*${tail})?)?`;
const label = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?';

const withScheme = new RegExp(`\\bhttps?://[^\\s<>"«»“”]*${tail}`, 'gu');
const email = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}-])/gu;
const www = new RegExp(`(?<![\\p{L}\\p{N}._@/-])www\\.(?:${label}\\.)+\\p{L}{2,}(?![\\p{L}\\p{N}-]|\\.[\\p{L}\\p{N}])${path}`, 'giu');
// A domain ending known, written in lower case (`Service-Public.fr`) or all in capitals (`LYON.FR`):
// `Fin.De nouveau` (a space forgotten) is not an address.
const bare = new RegExp(`(?<![\\p{L}\\p{N}._@/-])(?:${label}\\.)+(?:${endings}|${endings.toUpperCase()})(?![\\p{L}\\p{N}-]|\\.[\\p{L}\\p{N}])${path}`, 'gu');
// A name of lower-case labels with a path is an address whatever its ending (`meet.jit.si/conseil`, `bit.ly/3xYz`):
// a sentence's words do not run into a slash after a point.
const bareWithPath = new RegExp(`(?<![\\p{L}\\p{N}._@/-])(?:${label}\\.)+\\p{Ll}{2,}(?=/[\\p{L}\\p{N}])${path}`, 'gu');
const tag = /(?<![\p{L}\p{N}_&/])[#@](?=[\p{L}\p{N}_]*\p{L})[\p{L}\p{N}_]+/gu;

const host = (text: string) => text.replace(/^https?:\/\//iu, '').split('/')[0]!;

/** A bare domain is one when its ending is a known one in its case: `lyon.fr`, `LYON.FR`, not `Lyon.Fr`. */
function isDomain(text: string): boolean {
  const name = host(text);
  const ending = name.slice(name.lastIndexOf('.') + 1);
  if (ending === ending.toUpperCase()) {
    // All in capitals, and no one-letter part: `ONU.FR`, not `J.-C.DE`.
    return name === name.toUpperCase() && name.split('.').every((part) => part.length > 1);
  }
  return true;
}

/**
 * The web addresses, e-mail addresses, @handles and #hashtags of a text, in reading order.
 *
 * @example
 * webIdentifiers('Voir service-public.fr ou écrire à contact@mairie-lyon.fr.').map((found) => found.text);
 * // → ['service-public.fr', 'contact@mairie-lyon.fr']
 */
export const webIdentifiers = lastOf(function webIdentifiers(text: string): WebIdentifier[] {
  const out: WebIdentifier[] = [];
  let rest = text;
  const take = (pattern: RegExp, kind: WebKind, keep: (found: string) => boolean = () => true) => {
    const found = spans(rest, pattern).filter((one) => keep(one.text));
    for (const one of found) out.push({ start: one.start, end: one.end, kind, text: one.text });
    // Taken spans are blanked so an address's `@x` or `#anchor` is not read again as a handle.
    rest = blank(rest, found);
  };
  take(withScheme, 'address');
  take(email, 'email');
  take(www, 'address');
  take(bare, 'address', isDomain);
  // Not abbreviations in a row (`e.g./i.e.`): one label of three characters at least.
  take(bareWithPath, 'address', (found) => /^\p{Ll}/u.test(found) && host(found).split('.').some((part) => part.length >= 3));
  take(tag, 'tag');
  return out.sort((a, b) => a.start - b.start);
});

/** A language code in an address's path or query (`/fr/`, `/fr-ca`, `?lang=fr`), captured so that splitting on it keeps it. */
const languagePart = /((?<=\/)fr(?:[-_]\p{L}{2})?(?=[/?#]|$)|(?<=[?&](?:lang|language|locale|hl|lng|langue)=)fr(?:[-_]\p{L}{2})?(?=[&#]|$))/iu;
/** The French language code or the English one, with a region or not. */
const language = '(?:[fF][rR]|[eE][nN])(?:[-_][\\p{L}]{2})?';

/** How an identifier is compared: a domain (and an e-mail address) in any case, a path and a tag as written. */
export function identifierPattern(identifier: Pick<WebIdentifier, 'kind' | 'text'>): RegExp {
  const escape = (part: string) => part.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
  const anyCase = (part: string) => [...part].map((c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : escape(c))).join('');
  if (identifier.kind === 'tag') return new RegExp(`(?<![\\p{L}\\p{N}_])${escape(identifier.text)}(?![\\p{L}\\p{N}_])`, 'u');
  if (identifier.kind === 'email') return new RegExp(`(?<![\\p{L}\\p{N}._%+-])${anyCase(identifier.text)}(?![\\p{L}\\p{N}-]|\\.[\\p{L}\\p{N}])`, 'u');
  const scheme = /^https?:\/\//iu.exec(identifier.text)?.[0] ?? '';
  const name = host(identifier.text);
  const after = identifier.text.slice(scheme.length + name.length);
  // An address without a scheme may be written with one (`https://www.lyon.fr` or `www.lyon.fr` for `lyon.fr`), not inside another name (`mairie-lyon.fr`).
  const before = scheme ? '(?<![\\p{L}\\p{N}])' : '(?:(?<=(?:^|[^\\p{L}\\p{N}._@-])[wW]{3}\\.)|(?<![\\p{L}\\p{N}._@-]))';
  // A language part (a subdomain `fr.`, a path's `/fr`, a `?lang=fr`) may be the English one: `campusfrance.org/en`.
  const hostPattern = /^fr\.(?=[^.]+\.[^.]+)/iu.test(name) ? `${language}${anyCase(name.slice(2))}` : anyCase(name);
  const pathPattern = after
    .split(languagePart)
    .map((part, i) => (i % 2 === 1 ? language : escape(part)))
    .join('');
  return new RegExp(`${before}${anyCase(scheme)}${hostPattern}${pathPattern}(?![\\p{L}\\p{N}_-]|\\.[\\p{L}\\p{N}])`, 'u');
}
