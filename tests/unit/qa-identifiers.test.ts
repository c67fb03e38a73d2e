import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CheckId, checkIds, checkPair, type QaContext, type QaSettings } from '../../src/domain/qa';
import { webIdentifiers } from '../../src/domain/qa/web';

const us: QaContext = { targetLang: 'en-US', glossary: [] };
/** Only this check on (the others have their own tests). */
const only = (id: CheckId): QaSettings => Object.fromEntries(checkIds.filter((other) => other !== id).map((other) => [other, 'off']));
const preserved = (source: string, target: string) => checkPair({ source, target }, us, only('preserved'));
const read = (text: string) => webIdentifiers(text).map((found) => found.text);

describe('web identifiers of a text', () => {
  it('reads addresses without a scheme, bare domains with a path, e-mail addresses, handles and hashtags', () => {
    expect(read('Rendez-vous sur www.service-public.fr, impots.gouv.fr ou lyon.fr/agenda ; écrivez à contact@mairie-lyon.fr.')).toEqual([
      'www.service-public.fr',
      'impots.gouv.fr',
      'lyon.fr/agenda',
      'contact@mairie-lyon.fr',
    ]);
    expect(read('Suivez @MairieDeLyon et #Municipales2026 sur https://x.com/MairieDeLyon#top.')).toEqual(['@MairieDeLyon', '#Municipales2026', 'https://x.com/MairieDeLyon#top']);
  });

  it('leaves a sentence’s full stop, a comma or a closing bracket out of an address', () => {
    expect(read('Voir lyon.fr.')).toEqual(['lyon.fr']);
    expect(read('(voir Service-Public.fr), puis www.ameli.fr/assure.')).toEqual(['Service-Public.fr', 'www.ameli.fr/assure']);
  });

  it.each([
    ['an abbreviation', 'M. Dupont a signé. Mme Martin aussi, etc.'],
    ['initials', 'En 52 av. J.-C. ; aux U.S.A. ; e.g. et i.e. en anglais ; 9 a.m.'],
    ['a decimal', 'Le taux passe de 3.5 à 4.25.'],
    ['a file name', 'Le rapport.pdf et le fichier notes.docx, le script build.sh, le README.md.'],
    ['a forgotten space between sentences', 'Il est parti.De nouveau seul.Le maire parle.'],
    ['a number sign', 'Le dossier #12 et le n° 4.'],
  ])('reads no address in %s', (_, text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('the preserved check', () => {
  it.each([
    ['a domain dropped', 'Toutes les démarches sont sur service-public.fr.', 'All the procedures are on the government website.'],
    ['a domain changed', 'Toutes les démarches sont sur service-public.fr.', 'All the procedures are on public-service.fr.'],
    ['an address without a scheme changed', 'Consultez www.service-public.fr.', 'See www.service-publique.fr.'],
    ['a path changed', 'Le programme est sur lyon.fr/agenda.', 'The programme is on lyon.fr/events.'],
    ['an e-mail address dropped', 'Écrivez à contact@mairie-lyon.fr.', 'Write to the town hall.'],
    ['an e-mail address changed', 'Écrivez à contact@mairie-lyon.fr.', 'Write to contact@lyon-townhall.fr.'],
    ['a hashtag translated', 'Sur les réseaux : #Municipales2026.', 'On social media: #Elections2026.'],
    ['a handle changed', 'Suivez @MairieDeLyon.', 'Follow @LyonCityHall.'],
  ])('finds %s', (_, source, target) => {
    const findings = preserved(source, target);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
  });

  it('marks a changed address in the target and offers the source’s as the fix', () => {
    const target = 'See www.service-publique.fr for details.';
    const [finding] = preserved('Voir www.service-public.fr pour le détail.', target);
    const span = finding!.target![0]!;
    expect(target.slice(span.start, span.end)).toBe('www.service-publique.fr');
    expect(finding!.fix).toBe('See www.service-public.fr for details.');
    expect(preserved('Voir service-public.fr.', 'See the website.')[0]!.target).toBeUndefined();
  });

  it.each([
    ['an address copied', 'Toutes les démarches sont sur service-public.fr.', 'All the procedures are on service-public.fr.'],
    ['a domain in another case', 'Rendez-vous sur Service-Public.fr.', 'Go to service-public.fr.'],
    ['an address given its scheme', 'Consultez www.service-public.fr.', 'See https://www.service-public.fr.'],
    ['a bare domain given www', 'Le site lyon.fr est à jour.', 'The www.lyon.fr website is up to date.'],
    ['an e-mail address in capitals', 'Écrivez à contact@mairie-lyon.fr.', 'Write to CONTACT@MAIRIE-LYON.FR.'],
    ['an address at the end of a sentence', 'Voir impots.gouv.fr.', 'See impots.gouv.fr.'],
    ['abbreviations, decimals and file names', 'M. Dupont lit rapport.pdf : 3.5 %, etc.', 'Mr Dupont reads rapport.pdf: 3.5%, etc.'],
  ])('says nothing of %s', (_, source, target) => {
    expect(preserved(source, target)).toEqual([]);
  });

  it('does not take a longer domain for the one the source names', () => {
    expect(preserved('Voir lyon.fr.', 'See mairie-lyon.fr.')).toHaveLength(1);
    expect(preserved('Écrire à info@lyon.fr.', 'Write to info@lyon.fr.com.')).toHaveLength(1);
  });
});

describe('addresses, as a property', () => {
  const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz');
  const label = fc.tuple(letter, fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-'), maxLength: 10 }), letter).map(([a, middle, z]) => `${a}${middle}${z}`);
  const domain = fc.tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom('fr', 'com', 'org', 'net', 'eu', 'gouv.fr', 'io', 'be', 'ch', 'ca', 'co.uk', 'de')).map(([labels, ending]) => `${labels.join('.')}.${ending}`);
  const address = fc.oneof(
    domain,
    domain.map((name) => `www.${name}`),
    fc.tuple(domain, label).map(([name, path]) => `${name}/${path}`),
    fc.tuple(label, domain).map(([user, name]) => `${user}@${name}`),
    fc.tuple(label, fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789._'), maxLength: 6 }), label, domain).map(([a, middle, b, name]) => `${a}${middle}${b}@${name}`),
  );
  const sentence = (identifier: string, end: string) => [`Toutes les informations sont sur ${identifier}${end}`, `All the information is on ${identifier}${end}`] as const;
  const end = fc.constantFrom('.', '', ' !', ', merci.', ' (gratuit).');

  it('is silent when the address is copied exactly', () => {
    fc.assert(
      fc.property(address, end, (identifier, ending) => {
        const [source, target] = sentence(identifier, ending);
        expect(read(source)).toEqual([identifier]);
        expect(preserved(source, target)).toEqual([]);
      }),
    );
  });

  it('finds the address with one character changed', () => {
    fc.assert(
      fc.property(address, end, fc.nat(), letter, (identifier, ending, at, by) => {
        // One letter or digit of the address changed for another (dots, @ and slashes kept, so it is still an address).
        const places = [...identifier].flatMap((c, i) => (/[a-z0-9]/u.test(c) ? [i] : []));
        const place = places[at % places.length]!;
        const other = identifier[place] === by ? (by === 'a' ? 'b' : 'a') : by;
        const changed = identifier.slice(0, place) + other + identifier.slice(place + 1);
        const [source] = sentence(identifier, ending);
        const [, target] = sentence(changed, ending);
        const findings = preserved(source, target);
        expect(findings).toHaveLength(1);
        expect(findings[0]!.severity).toBe('error');
      }),
    );
  });
});
