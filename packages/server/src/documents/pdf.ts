import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

/**
 * A small layout helper over pdf-lib for the platform's documents (certificates, extracts): A4 pages,
 * a heading, paragraphs, key/value lines and tables, flowing onto new pages when needed.
 *
 * The standard PDF fonts cover Latin-1 (WinAnsi), which holds every letter of French, Dutch, German
 * and English; a character outside it (e.g. in a foreign name) is written without its accent.
 */
export function toWinAnsi(text: string): string {
  return [...text.replace(/[\u202f\u2009]/g, '\u00a0')]
    .map((char) => {
      if (/[\u0020-\u007e\u00a0-\u00ff€’‘“”–—…•]/.test(char)) return char;
      const base = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      return /^[\u0020-\u007e]+$/.test(base) ? base : '?';
    })
    .join('');
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;

export class PdfWriter {
  private page!: PDFPage;
  private y = 0;
  private constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.newPage();
  }

  static async create(title: string, language: string): Promise<PdfWriter> {
    const doc = await PDFDocument.create();
    doc.setTitle(toWinAnsi(title));
    doc.setLanguage(language);
    doc.setProducer('Partage');
    doc.setCreator('Partage');
    const writer = new PdfWriter(
      doc,
      await doc.embedFont(StandardFonts.Helvetica),
      await doc.embedFont(StandardFonts.HelveticaBold),
    );
    return writer;
  }

  private newPage() {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  private ensure(height: number) {
    if (this.y - height < MARGIN) this.newPage();
  }

  private wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const lines: string[] = [];
    for (const paragraph of toWinAnsi(text).split('\n')) {
      let line = '';
      for (const word of paragraph.split(' ')) {
        const candidate = line ? `${line} ${word}` : word;
        if (font.widthOfTextAtSize(candidate, size) > width && line) {
          lines.push(line);
          line = word;
        } else line = candidate;
      }
      lines.push(line);
    }
    return lines;
  }

  heading(text: string, size = 18): this {
    this.ensure(size * 2);
    for (const line of this.wrap(text, this.bold, size, A4[0] - 2 * MARGIN)) {
      this.page.drawText(line, {
        x: MARGIN,
        y: this.y - size,
        size,
        font: this.bold,
        color: rgb(0.1, 0.2, 0.35),
      });
      this.y -= size * 1.3;
    }
    this.y -= size * 0.4;
    return this;
  }

  paragraph(text: string, size = 10.5, bold = false): this {
    const font = bold ? this.bold : this.regular;
    for (const line of this.wrap(text, font, size, A4[0] - 2 * MARGIN)) {
      this.ensure(size * 1.5);
      this.page.drawText(line, { x: MARGIN, y: this.y - size, size, font });
      this.y -= size * 1.45;
    }
    this.y -= size * 0.6;
    return this;
  }

  keyValues(rows: Array<[string, string]>, size = 10.5): this {
    for (const [key, value] of rows) {
      this.ensure(size * 1.6);
      this.page.drawText(toWinAnsi(key), { x: MARGIN, y: this.y - size, size, font: this.bold });
      this.page.drawText(toWinAnsi(value), { x: MARGIN + 190, y: this.y - size, size, font: this.regular });
      this.y -= size * 1.6;
    }
    this.y -= size * 0.6;
    return this;
  }

  /** A table; `align` 'right' for amounts. Column widths are fractions of the text width. */
  table(headers: string[], rows: string[][], widths: number[], align: Array<'left' | 'right'> = []): this {
    const size = 9.5;
    const total = A4[0] - 2 * MARGIN;
    const xs = widths.reduce<number[]>(
      (acc, _w, i) => [...acc, i === 0 ? MARGIN : acc[i - 1]! + widths[i - 1]! * total],
      [],
    );
    const draw = (cells: string[], font: PDFFont) => {
      this.ensure(size * 1.8);
      cells.forEach((cell, i) => {
        const text = toWinAnsi(cell);
        const width = widths[i]! * total - 6;
        const x = align[i] === 'right' ? xs[i]! + width - font.widthOfTextAtSize(text, size) : xs[i]!;
        this.page.drawText(text, { x, y: this.y - size, size, font, maxWidth: width });
      });
      this.y -= size * 1.8;
    };
    draw(headers, this.bold);
    this.page.drawLine({
      start: { x: MARGIN, y: this.y + 4 },
      end: { x: A4[0] - MARGIN, y: this.y + 4 },
      thickness: 0.5,
    });
    for (const row of rows) draw(row, this.regular);
    this.y -= 8;
    return this;
  }

  footer(text: string): this {
    for (const page of this.doc.getPages())
      page.drawText(toWinAnsi(text), {
        x: MARGIN,
        y: 30,
        size: 8,
        font: this.regular,
        color: rgb(0.4, 0.4, 0.4),
      });
    return this;
  }

  async bytes(): Promise<Uint8Array> {
    return this.doc.save();
  }
}
