import QRCode from 'qrcode';
import {
  PDFDocument,
  StandardFonts,
  beginMarkedContent,
  endMarkedContent,
  fill,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  setFillingRgbColor,
  type PDFFont,
  type PDFPage,
  type RGB,
} from 'pdf-lib';

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
      if (/[\u0020-\u007e\u00a0-\u00ff€’‘“”„‚–—…•]/.test(char)) return char;
      const base = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      return /^[\u0020-\u007e]+$/.test(base) ? base : '?';
    })
    .join('');
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const WIDTH = A4[0] - 2 * MARGIN;
const RIGHT = A4[0] - MARGIN;
const INK = rgb(0.1, 0.2, 0.35);
const MUTED = rgb(0.4, 0.4, 0.4);
const TINT = rgb(0.93, 0.95, 0.98);
const RULE = rgb(0.75, 0.78, 0.83);
const WHITE = rgb(1, 1, 1);

/** A column of `dataTable`: its header, its share of the text width, and how its cells align. */
export interface TableColumn {
  header: string;
  /** Fraction of the text width; the fractions of a table add up to 1. */
  width: number;
  align?: 'left' | 'right';
}

/** A row of `dataTable`: its cells, optionally in bold (a subtotal) or on a tinted background. */
export type TableRow = string[] | { cells: string[]; bold?: boolean; shade?: boolean };

/** A block of `columns`: a small caption above lines of text, the first one in bold. */
export interface ColumnBlock {
  caption: string;
  lines: string[];
}

/** A line of `panel`. */
export interface PanelLine {
  text: string;
  size?: number;
  bold?: boolean;
  muted?: boolean;
}

/** A row of `totals`; `strong` is the grand total, printed on a dark band. */
export interface TotalRow {
  label: string;
  value: string;
  strong?: boolean;
}

/** Name of the marked-content tag around a QR code, so tools (and tests) can find its modules. */
export const QR_CODE_TAG = 'QRCode';

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

  /** Starts a new page when `height` does not fit above the bottom margin; tells whether it did. */
  private ensure(height: number): boolean {
    if (this.y - height < MARGIN) {
      this.newPage();
      return true;
    }
    return false;
  }

  private text(
    text: string,
    x: number,
    y: number,
    size: number,
    font: PDFFont,
    color: RGB = rgb(0, 0, 0),
  ): void {
    this.page.drawText(text, { x, y, size, font, color });
  }

  /** Draws `text` (already WinAnsi) so that it ends at `right`. */
  private textRight(text: string, right: number, y: number, size: number, font: PDFFont, color?: RGB): void {
    this.text(text, right - font.widthOfTextAtSize(text, size), y, size, font, color);
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

  /** Keeps the next `height` points together: starts a new page when they would not fit. */
  keep(height: number): this {
    this.ensure(height);
    return this;
  }

  /** Vertical space, in points. */
  space(height: number): this {
    this.y -= height;
    return this;
  }

  /**
   * The top of a document: the issuer on the left (first line large and bold, the others small and
   * grey), the document's title and its key facts (number, dates) on the right.
   */
  letterhead(issuer: string[], title: string, facts: Array<[string, string]>): this {
    const top = this.y;
    let left = top;
    issuer.forEach((text, i) => {
      const size = i === 0 ? 13 : 8.5;
      const font = i === 0 ? this.bold : this.regular;
      for (const line of this.wrap(text, font, size, WIDTH * 0.5)) {
        this.text(line, MARGIN, left - size, size, font, i === 0 ? INK : MUTED);
        left -= size * 1.4;
      }
      if (i === 0) left -= 3;
    });
    let right = top;
    for (const line of this.wrap(title, this.bold, 19, WIDTH * 0.46)) {
      this.textRight(line, RIGHT, right - 19, 19, this.bold, INK);
      right -= 19 * 1.25;
    }
    right -= 6;
    const valueWidth = 160;
    for (const [key, value] of facts) {
      const size = 9;
      const lines = this.wrap(value, this.bold, size, valueWidth);
      this.textRight(toWinAnsi(key), RIGHT - valueWidth - 8, right - size, size, this.regular, MUTED);
      for (const line of lines) {
        this.text(line, RIGHT - valueWidth, right - size, size, this.bold);
        right -= size * 1.45;
      }
    }
    this.y = Math.min(left, right) - 8;
    this.page.drawLine({
      start: { x: MARGIN, y: this.y },
      end: { x: RIGHT, y: this.y },
      thickness: 1.2,
      color: INK,
    });
    this.y -= 16;
    return this;
  }

  /**
   * Blocks side by side (the parties of a document, signatures): a small caption, then lines, the first
   * one in bold. `box` draws a frame of at least `minHeight` points around each block.
   */
  columns(blocks: ColumnBlock[], options: { size?: number; box?: boolean; minHeight?: number } = {}): this {
    const size = options.size ?? 9.5;
    const gap = 18;
    const pad = options.box ? 8 : 0;
    const width = (WIDTH - gap * (blocks.length - 1)) / blocks.length;
    const laid = blocks.map((block) =>
      block.lines.flatMap((text, i) =>
        this.wrap(text, i === 0 ? this.bold : this.regular, size, width - 2 * pad - 8).map((line) => ({
          line,
          bold: i === 0,
        })),
      ),
    );
    const captionHeight = 13;
    const contentHeight = Math.max(...laid.map((lines) => lines.length * size * 1.4));
    const height = Math.max(captionHeight + contentHeight + 2 * pad, options.minHeight ?? 0);
    this.ensure(height + 4);
    laid.forEach((lines, i) => {
      const x = MARGIN + i * (width + gap);
      if (options.box) {
        this.page.drawRectangle({
          x,
          y: this.y - height,
          width,
          height,
          borderColor: RULE,
          borderWidth: 0.8,
        });
      } else {
        this.page.drawRectangle({ x, y: this.y - height, width: 2, height, color: INK });
      }
      const left = x + pad + 8;
      let y = this.y - pad;
      this.text(toWinAnsi(blocks[i]!.caption.toUpperCase()), left, y - 7.5, 7.5, this.bold, MUTED);
      y -= captionHeight;
      for (const { line, bold } of lines) {
        this.text(line, left, y - size, size, bold ? this.bold : this.regular);
        y -= size * 1.4;
      }
    });
    this.y -= height + 14;
    return this;
  }

  /**
   * Key/value lines whose values wrap (descriptions, mentions): the key in bold in a column of
   * `keyWidth` points, the value beside it.
   */
  fields(rows: Array<[string, string]>, options: { size?: number; keyWidth?: number } = {}): this {
    const size = options.size ?? 9.5;
    const keyWidth = options.keyWidth ?? 160;
    for (const [key, value] of rows) {
      const keys = this.wrap(key, this.bold, size, keyWidth - 8);
      const values = this.wrap(value, this.regular, size, WIDTH - keyWidth);
      const lines = Math.max(keys.length, values.length);
      this.ensure(lines * size * 1.45);
      for (let i = 0; i < lines; i++) {
        const y = this.y - size - i * size * 1.45;
        if (keys[i]) this.text(keys[i]!, MARGIN, y, size, this.bold, MUTED);
        if (values[i]) this.text(values[i]!, MARGIN + keyWidth, y, size, this.regular);
      }
      this.y -= lines * size * 1.45 + 2;
    }
    this.y -= size * 0.6;
    return this;
  }

  /** A bulleted list. */
  bullets(items: string[], size = 9.5): this {
    for (const item of items) {
      const lines = this.wrap(item, this.regular, size, WIDTH - 14);
      lines.forEach((line, i) => {
        this.ensure(size * 1.45);
        if (i === 0) this.text('•', MARGIN + 3, this.y - size, size, this.regular, INK);
        this.text(line, MARGIN + 14, this.y - size, size, this.regular);
        this.y -= size * 1.45;
      });
    }
    this.y -= size * 0.6;
    return this;
  }

  /** A small grey paragraph (legal mentions). */
  note(text: string, size = 8): this {
    for (const line of this.wrap(text, this.regular, size, WIDTH)) {
      this.ensure(size * 1.45);
      this.text(line, MARGIN, this.y - size, size, this.regular, MUTED);
      this.y -= size * 1.4;
    }
    this.y -= size * 0.7;
    return this;
  }

  /**
   * A table whose cells wrap: a tinted header (repeated on each new page), thin rules between rows,
   * columns aligned left or right (amounts).
   */
  dataTable(columns: TableColumn[], rows: TableRow[], size = 9): this {
    const pad = 4;
    const xs: number[] = [];
    columns.reduce((x, column) => {
      xs.push(x);
      return x + column.width * WIDTH;
    }, MARGIN);
    const rowPad = size < 9 ? 6 : 7;
    const layout = (cells: string[], font: PDFFont) =>
      columns.map((column, i) => this.wrap(cells[i] ?? '', font, size, column.width * WIDTH - 2 * pad));
    const drawRow = (cellLines: string[][], font: PDFFont, color?: RGB) => {
      const height = Math.max(...cellLines.map((lines) => lines.length)) * size * 1.3 + rowPad;
      cellLines.forEach((lines, i) => {
        lines.forEach((line, n) => {
          const y = this.y - 4 - size - n * size * 1.3;
          if (columns[i]!.align === 'right') {
            this.textRight(line, xs[i]! + columns[i]!.width * WIDTH - pad, y, size, font, color);
          } else this.text(line, xs[i]! + pad, y, size, font, color);
        });
      });
      return height;
    };
    const header = layout(
      columns.map((column) => column.header),
      this.bold,
    );
    const headerHeight = Math.max(...header.map((lines) => lines.length)) * size * 1.3 + rowPad;
    const drawHeader = () => {
      this.page.drawRectangle({
        x: MARGIN,
        y: this.y - headerHeight,
        width: WIDTH,
        height: headerHeight,
        color: TINT,
      });
      drawRow(header, this.bold, INK);
      this.y -= headerHeight;
    };
    this.ensure(headerHeight + size * 2.5);
    drawHeader();
    for (const row of rows) {
      const cells = Array.isArray(row) ? row : row.cells;
      const bold = !Array.isArray(row) && row.bold === true;
      const shade = !Array.isArray(row) && row.shade === true;
      const font = bold ? this.bold : this.regular;
      const lines = layout(cells, font);
      const height = Math.max(...lines.map((cell) => cell.length)) * size * 1.3 + rowPad;
      if (this.ensure(height)) drawHeader();
      if (shade)
        this.page.drawRectangle({ x: MARGIN, y: this.y - height, width: WIDTH, height, color: TINT });
      drawRow(lines, font);
      this.y -= height;
      this.page.drawLine({
        start: { x: MARGIN, y: this.y },
        end: { x: RIGHT, y: this.y },
        thickness: 0.4,
        color: RULE,
      });
    }
    this.y -= 10;
    return this;
  }

  /** Totals aligned on the right margin, amounts right-aligned; the `strong` row on a dark band. */
  totals(rows: TotalRow[], size = 9.5): this {
    const width = WIDTH * 0.56;
    const x = RIGHT - width;
    for (const row of rows) {
      const font = row.strong ? this.bold : this.regular;
      const textSize = row.strong ? size + 1.5 : size;
      const value = toWinAnsi(row.value);
      const labelWidth = width - 24 - font.widthOfTextAtSize(value, textSize);
      const labels = this.wrap(row.label, font, textSize, labelWidth);
      const height = (row.strong ? size * 2.3 : size * 1.9) + (labels.length - 1) * textSize * 1.25;
      this.ensure(height);
      const first = this.y - (row.strong ? size * 2.3 : size * 1.9) / 2 - size * 0.35;
      const color = row.strong ? WHITE : undefined;
      if (row.strong) this.page.drawRectangle({ x, y: this.y - height, width, height, color: INK });
      labels.forEach((label, i) =>
        this.text(label, x + 8, first - i * textSize * 1.25, textSize, font, color),
      );
      this.textRight(value, RIGHT - 8, first, textSize, font, color);
      if (!row.strong)
        this.page.drawLine({
          start: { x, y: this.y - height },
          end: { x: RIGHT, y: this.y - height },
          thickness: 0.4,
          color: RULE,
        });
      this.y -= height;
    }
    this.y -= 12;
    return this;
  }

  /**
   * A framed, tinted panel of lines (payment instructions, a notice), with an optional QR code on its
   * right and a caption under the code. The QR code is drawn as vector modules (error correction M) inside
   * a marked-content sequence tagged `QR_CODE_TAG`.
   */
  panel(lines: PanelLine[], qr?: { payload: string; caption: string }): this {
    const pad = 10;
    const qrSide = 104;
    const textWidth = WIDTH - 2 * pad - (qr ? qrSide + 16 : 0);
    const laid = lines.map((line) => {
      const size = line.size ?? 9.5;
      const font = line.bold ? this.bold : this.regular;
      return { ...line, size, font, wrapped: this.wrap(line.text, font, size, textWidth) };
    });
    const textHeight = laid.reduce((sum, line) => sum + line.wrapped.length * line.size * 1.4 + 2, 0);
    const height = Math.max(textHeight, qr ? qrSide + 14 : 0) + 2 * pad;
    this.ensure(height + 6);
    const top = this.y;
    this.page.drawRectangle({
      x: MARGIN,
      y: top - height,
      width: WIDTH,
      height,
      color: TINT,
      borderColor: RULE,
      borderWidth: 0.8,
    });
    let y = top - pad;
    for (const line of laid) {
      for (const text of line.wrapped) {
        this.text(text, MARGIN + pad, y - line.size, line.size, line.font, line.muted ? MUTED : undefined);
        y -= line.size * 1.4;
      }
      y -= 2;
    }
    if (qr) {
      const x = RIGHT - pad - qrSide;
      this.qrCode(qr.payload, x, top - pad, qrSide);
      const caption = toWinAnsi(qr.caption);
      const captionWidth = this.bold.widthOfTextAtSize(caption, 8);
      this.text(caption, x + (qrSide - captionWidth) / 2, top - pad - qrSide - 10, 8, this.bold, INK);
    }
    this.y = top - height - 12;
    return this;
  }

  /** Draws the QR code of `payload` in a white square of `side` points whose top-left corner is (x, top). */
  private qrCode(payload: string, x: number, top: number, side: number): void {
    const matrix = QRCode.create(payload, { errorCorrectionLevel: 'M' }).modules;
    const quiet = 2;
    const module = side / (matrix.size + 2 * quiet);
    this.page.drawRectangle({ x, y: top - side, width: side, height: side, color: WHITE });
    const ops = [beginMarkedContent(QR_CODE_TAG), pushGraphicsState(), setFillingRgbColor(0, 0, 0)];
    for (let row = 0; row < matrix.size; row++) {
      let col = 0;
      while (col < matrix.size) {
        if (!matrix.get(row, col)) {
          col++;
          continue;
        }
        const start = col;
        while (col < matrix.size && matrix.get(row, col)) col++;
        ops.push(
          rectangle(
            x + (quiet + start) * module,
            top - (quiet + row + 1) * module,
            (col - start) * module,
            module,
          ),
        );
      }
    }
    ops.push(fill(), popGraphicsState(), endMarkedContent());
    this.page.pushOperators(...ops);
  }

  /**
   * The footer of every page: a rule, up to two small lines identifying the issuer, and the page
   * number on the right (`pageLabel(page, total)`). Call it once, after the content.
   */
  pageFooter(lines: string[], pageLabel: (page: number, total: number) => string): this {
    const pages = this.doc.getPages();
    pages.forEach((page, i) => {
      page.drawLine({ start: { x: MARGIN, y: 46 }, end: { x: RIGHT, y: 46 }, thickness: 0.5, color: RULE });
      const label = toWinAnsi(pageLabel(i + 1, pages.length));
      const labelWidth = this.regular.widthOfTextAtSize(label, 7.5);
      page.drawText(label, { x: RIGHT - labelWidth, y: 36, size: 7.5, font: this.regular, color: MUTED });
      lines
        .flatMap((line) => this.wrap(line, this.regular, 7, WIDTH - labelWidth - 16))
        .slice(0, 3)
        .forEach((line, n) =>
          page.drawText(line, { x: MARGIN, y: 36 - n * 9, size: 7, font: this.regular, color: MUTED }),
        );
    });
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
