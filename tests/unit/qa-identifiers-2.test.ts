import { describe, expect, it } from 'vitest';
import { type CheckId, checkIds, checkPair, type QaContext, type QaSettings } from '../../src/domain/qa';
import { fileNames } from '../../src/domain/qa/identifiers';
import { webIdentifiers } from '../../src/domain/qa/web';

const us: QaContext = { targetLang: 'en-US', glossary: [] };
const only = (id: CheckId): QaSettings => Object.fromEntries(checkIds.filter((other) => other !== id).map((other) => [other, 'off']));
const preserved = (source: string, target: string) => checkPair({ source, target }, us, only('preserved'));

describe('file names', () => {
  it('reads a name with a known extension, not a bare word nor an address', () => {
    expect(fileNames('Joignez bilan-financier_2025.xlsx et SCAN_01.PDF, pas le fichier Pdf.').map((found) => found.text)).toEqual(['bilan-financier_2025.xlsx', 'SCAN_01.PDF']);
    expect(fileNames('Voir lyon.fr et le format .odt.')).toEqual([]);
  });

  it.each([
    ['Téléchargez le guide_du_locataire.pdf avant la visite.', 'Download the tenant_guide.pdf before the visit.', 'tenant_guide.pdf'],
    ['Le tableau budget_2026.ods est en ligne.', 'The spreadsheet budget_2026.xlsx is online.', 'budget_2026.xlsx'],
    ['Renvoyez le formulaire inscription.docx signé.', 'Return the signed inscription.doc form.', 'inscription.doc'],
  ])('finds a file name changed: %s', (source, target, changed) => {
    const found = preserved(source, target);
    expect(found.map((finding) => finding.key)).toEqual(['preserved']);
    const [span] = found[0]!.target!;
    expect(target.slice(span!.start, span!.end)).toBe(changed);
  });

  it('finds a file name dropped', () => {
    expect(preserved('Le plan est dans plan_acces.png.', 'The map is attached.').map((finding) => finding.key)).toEqual(['preserved']);
  });

  it.each([
    ['Téléchargez le guide_du_locataire.pdf avant la visite.', 'Download guide_du_locataire.PDF before the visit.'],
    ['Nommez le fichier NOM_Prenom_CV.pdf.', 'Name the file SURNAME_Firstname_CV.pdf.'],
    ['Par exemple : facture_client.pdf', 'For example: customer_invoice.pdf'],
    ['Le rapport est sur ville.fr/docs/rapport.pdf.', 'The report is on ville.fr/docs/rapport.pdf.'],
  ])('is silent on: %s', (source, target) => {
    expect(preserved(source, target)).toEqual([]);
  });
});

describe('addresses without a scheme', () => {
  it('reads a name with a path whatever its ending', () => {
    expect(webIdentifiers('Rejoignez visio.ville.si/salle-12 ou bit.ly/3AbC.').map((found) => found.text)).toEqual(['visio.ville.si/salle-12', 'bit.ly/3AbC']);
    expect(webIdentifiers('Voir e.g./i.e. et et/ou.')).toEqual([]);
  });

  it('finds a path changed', () => {
    expect(preserved('La salle est visio.ville.si/salle-12.', 'The room is visio.ville.si/salle12.').map((finding) => finding.key)).toEqual(['preserved']);
    expect(preserved('Réservez sur piscines.lille.fr/horaires-ete.', 'Book at piscines.lille.fr/summer-hours.').map((finding) => finding.key)).toEqual(['preserved']);
  });
});

describe('the language part of an address', () => {
  it.each([
    ['Le guide est sur exemple-asso.org/fr/guide.', 'The guide is at exemple-asso.org/en/guide.'],
    ['Voir fr.wikipedia.org/wiki/Lyon.', 'See en.wikipedia.org/wiki/Lyon.'],
    ['Consultez https://www.musee.fr/visite?lang=fr.', 'See https://www.musee.fr/visite?lang=en.'],
    ['Consultez www.canada.ca/fr-ca/impots.', 'See www.canada.ca/en-ca/impots.'],
    ['Le portail est etudier.org/fr.', 'The portal is etudier.org/fr.'],
  ])('accepts French switched to English: %s', (source, target) => {
    expect(preserved(source, target)).toEqual([]);
  });

  it.each([
    ['Le guide est sur exemple-asso.org/fr/guide.', 'The guide is at exemple-asso.org/de/guide.'],
    ['Le guide est sur exemple-asso.org/fr/guide.', 'The guide is at exemple-asso.org/en/guides.'],
    ['Consultez www.musee.fr/visite?lang=fr.', 'See www.musee.fr/visit?lang=en.'],
  ])('still finds any other change: %s', (source, target) => {
    expect(preserved(source, target).map((finding) => finding.key)).toEqual(['preserved']);
  });
});
