import { Document, ExternalHyperlink, Footer, FootnoteReferenceRun, Header, HeadingLevel, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, Textbox, TextRun } from 'docx';

/**
 * A French report as Word writes it, built with the `docx` library (an independent writer): a
 * heading, a paragraph with bold, italic and a hyperlink, a footnote, a table, a header with the
 * page number, a footer, a text box. `paragraphs` adds that many more body paragraphs (for size).
 */
export async function frenchReport(options: { paragraphs?: number; tableRows?: number } = {}): Promise<Uint8Array<ArrayBuffer>> {
  const filler = Array.from(
    { length: options.paragraphs ?? 0 },
    (_, i) =>
      new Paragraph({
        children: [
          new TextRun(`Paragraphe ${i + 1} : le conseil municipal a examiné le budget de la ville et `),
          new TextRun({ text: 'adopté', bold: true }),
          new TextRun(' les mesures proposées par la commission des finances, après un long débat sur les priorités.'),
        ],
      }),
  );
  const rows = Array.from({ length: options.tableRows ?? 1 }, (_, i) => new TableRow({ children: [new TableCell({ children: [new Paragraph(`Mardi ${i + 1}`)] }), new TableCell({ children: [new Paragraph('10 h – 18 h')] })] }));
  const document = new Document({
    creator: 'Mairie de Pontlevoy',
    styles: { default: { document: { run: { language: { value: 'fr-FR' } } } } },
    footnotes: { 1: { children: [new Paragraph('Source : rapport annuel 2025.')] } },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun('Rapport annuel – page '), new TextRun({ children: [PageNumber.CURRENT] })] })] }) },
        footers: { default: new Footer({ children: [new Paragraph('Mairie de Pontlevoy-sur-Cher')] }) },
        children: [
          new Paragraph({ text: 'Rapport sur la médiathèque', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun('La médiathèque a accueilli '),
              new TextRun({ text: '12 000 lecteurs', bold: true }),
              new TextRun(' en 2025, selon '),
              new ExternalHyperlink({ link: 'https://ville.example/rapport', children: [new TextRun({ text: 'le rapport', style: 'Hyperlink' })] }),
              new TextRun(' de la '),
              new TextRun({ text: 'direction', italics: true }),
              new TextRun('.'),
              new FootnoteReferenceRun(1),
            ],
          }),
          new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('Jour')] }), new TableCell({ children: [new Paragraph('Horaires')] })] }), ...rows] }),
          new Textbox({ alignment: 'left', children: [new Paragraph('Encadré : les horaires d’été.')], style: { width: '200pt', height: 'auto' } }),
          ...filler,
          new Paragraph('Fin du rapport.'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
