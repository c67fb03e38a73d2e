/**
 * Generates French news text of a given size for benchmarks: paragraphs built from original
 * sentences with numbers varied, so that repetitions are rare (as in real articles).
 */
const openings = [
  'Le conseil municipal a adopté',
  'La préfecture a annoncé',
  'Les habitants du quartier ont découvert',
  'Selon la chambre de commerce,',
  'D’après les chiffres publiés jeudi,',
  'La ministre de la Culture a confirmé',
];
const middles = [
  'un plan de rénovation de {n} millions d’euros',
  'la création de {n} places de crèche supplémentaires',
  'une hausse de {n} % de la fréquentation des bibliothèques',
  'l’ouverture de {n} kilomètres de pistes cyclables',
  'un budget de {n} euros par habitant pour les écoles',
];
const endings = [
  'qui doit être achevé avant la fin de l’année.',
  'malgré les réserves exprimées par l’opposition.',
  'au terme d’une longue concertation avec les riverains.',
  '« une étape attendue depuis longtemps », selon l’adjoint au maire.',
];

export function frenchText(bytes: number): string {
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const sentences = 2 + (i % 3);
    const parts: string[] = [];
    for (let s = 0; s < sentences; s++) {
      const k = i * 7 + s * 3;
      parts.push(`${openings[k % openings.length]} ${middles[(k >> 1) % middles.length]?.replace('{n}', String(10 + ((k * 37) % 990)))} ${endings[(k >> 2) % endings.length]}`);
    }
    const paragraph = parts.join(' ');
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  return `${paragraphs.join('\n\n')}\n`;
}
