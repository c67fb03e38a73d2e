import { Document, ExternalHyperlink, Footer, FootnoteReferenceRun, Header, HeadingLevel, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, Textbox, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

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

/** The paragraphs of the summer-hours text box, as Word writes them (revision ids, paragraph ids). */
const textBoxParagraphs =
  '<w:p w14:paraId="1C5E7A20" w14:textId="77777777" w:rsidR="00D41C6E" w:rsidRDefault="00D41C6E" w:rsidP="00D41C6E"><w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:pPr><w:r w:rsidRPr="00D41C6E"><w:rPr><w:b/><w:bCs/></w:rPr><w:t>Horaires d’été</w:t></w:r></w:p>' +
  '<w:p w14:paraId="4F0B2D91" w14:textId="77777777" w:rsidR="00D41C6E" w:rsidRDefault="00D41C6E" w:rsidP="00D41C6E"><w:r><w:t xml:space="preserve">Du 14 juillet au 15 août, la médiathèque ferme à </w:t></w:r><w:r w:rsidRPr="00D41C6E"><w:rPr><w:b/><w:bCs/></w:rPr><w:t>17 h</w:t></w:r><w:r><w:t>.</w:t></w:r></w:p>' +
  '<w:p w14:paraId="6A93C0E4" w14:textId="77777777" w:rsidR="00D41C6E" w:rsidRDefault="00D41C6E" w:rsidP="00D41C6E"/>';

/**
 * A paragraph with a text box as Word (2010 and later) writes one: the text box twice in an
 * `mc:AlternateContent`, as a DrawingML shape (`wps:txbx`) in the `mc:Choice` and as VML
 * (`v:textbox`) in the `mc:Fallback`, each with the same paragraphs. `fallback` is those
 * paragraphs, for a fallback that says something else than the choice.
 *
 * @example
 * wordTextBoxParagraph(); // → '<w:p …>…<mc:AlternateContent><mc:Choice Requires="wps">…</mc:AlternateContent>…</w:p>'
 */
export function wordTextBoxParagraph(fallback = textBoxParagraphs): string {
  return (
    '<w:p w14:paraId="2D8B4C17" w14:textId="5E2A9F03" w:rsidR="00D41C6E" w:rsidRDefault="00D41C6E"><w:r><w:t xml:space="preserve">Les horaires changent cet été. </w:t></w:r>' +
    '<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>' +
    '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1" wp14:anchorId="5A8E1B2C" wp14:editId="0D4F7E91">' +
    '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>3429000</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>45720</wp:posOffset></wp:positionV>' +
    '<wp:extent cx="2360930" cy="1404620"/><wp:effectExtent l="0" t="0" r="22860" b="11430"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="217" name="Zone de texte 2"/>' +
    '<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/></wp:cNvGraphicFramePr>' +
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>' +
    '<wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>' +
    '<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="2360930" cy="1404620"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:miter lim="800000"/><a:headEnd/><a:tailEnd/></a:ln></wps:spPr>' +
    `<wps:txbx><w:txbxContent>${textBoxParagraphs}</w:txbxContent></wps:txbx>` +
    '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>' +
    '</wps:wsp></a:graphicData></a:graphic>' +
    '<wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>40000</wp14:pctWidth></wp14:sizeRelH><wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>20000</wp14:pctHeight></wp14:sizeRelV>' +
    '</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>' +
    '<v:shapetype w14:anchorId="5A8E1B2C" id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    '<v:shape id="Zone de texte 2" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:270pt;margin-top:3.6pt;width:185.9pt;height:110.6pt;z-index:251659264;visibility:visible;mso-wrap-style:square;mso-width-percent:400;mso-height-percent:200;mso-wrap-distance-left:9pt;mso-wrap-distance-top:3.6pt;mso-wrap-distance-right:9pt;mso-wrap-distance-bottom:3.6pt;mso-position-horizontal:absolute;mso-position-horizontal-relative:text;mso-position-vertical:absolute;mso-position-vertical-relative:text;mso-width-relative:margin;mso-height-relative:margin;v-text-anchor:top">' +
    `<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>${fallback}</w:txbxContent></v:textbox><w10:wrap type="square"/></v:shape>` +
    '</w:pict></mc:Fallback></mc:AlternateContent></w:r>' +
    '<w:r><w:t xml:space="preserve">Elle rouvre le 1</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>er</w:t></w:r><w:r><w:t xml:space="preserve"> septembre.</w:t></w:r></w:p>'
  );
}

/**
 * `report` (a `frenchReport()`) with a paragraph holding a text box as Word writes it (see
 * `wordTextBoxParagraph`) before its last paragraph.
 *
 * @example
 * docxFormat.import(withWordTextBox(await frenchReport())); // → the text box's paragraphs read once
 */
export function withWordTextBox(report: Uint8Array, fallback?: string): Uint8Array<ArrayBuffer> {
  const parts = unzipSync(report);
  const xml = strFromU8(parts['word/document.xml']!);
  const last = xml.indexOf('<w:p><w:r><w:t xml:space="preserve">Fin du rapport.');
  if (last < 0) throw new Error('The report has no last paragraph to put the text box before.');
  parts['word/document.xml'] = strToU8(`${xml.slice(0, last)}${wordTextBoxParagraph(fallback)}${xml.slice(last)}`);
  return zipSync(parts) as Uint8Array<ArrayBuffer>;
}
