import { FileTooLarge, UnreadableFile, type UploadLimits } from './limits';
import { columnName, type Line, type RawCell } from './line';
import { xmlEvents } from './xml';
import { zipParts } from './zip';
import { workbookFacts, type WorkbookFacts } from './workbook-facts';

// exceljs reads a workbook whole (Workbook.xlsx.load), and its streaming WorkbookReader keeps any text node or
// cell whole, copies a sheet stored before the shared strings (as Excel stores them) to a temporary file, and
// counts nothing it inflates: neither bounds what a file can make it hold. So the gateway reads the zip with
// unzipper and the XML with saxes (exceljs's own readers) under UploadLimits, in two passes over the received
// bytes: the workbook's facts and shared strings, then the first worksheet's rows, one at a time.

/** Column letters of a cell reference (B12 → 2); 0 when there are none. */
function columnOf(ref: string | undefined): number {
  const letters = /^([A-Z]{1,3})\d*$/.exec(ref ?? '')?.[1];
  if (!letters) return 0;
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}

/** Excel's serial day (from 1899-12-30, or 1904-01-01) as a date, as exceljs converts it. */
const excelDate = (serial: number, date1904: boolean) =>
  new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));

interface Cell {
  column: number;
  ref: string;
  type: string;
  style: number;
  text: string;
  /** Inside <v>, or inside an inline string's <t> (not a phonetic <rPh> run). */
  collecting: boolean;
  phonetic: boolean;
}

function cellValue(cell: Cell, facts: WorkbookFacts): RawCell {
  const { type, text } = cell;
  if (type === 's') {
    const shared = facts.sharedStrings[Number(text)];
    if (!/^\d+$/.test(text) || shared === undefined)
      throw new UnreadableFile(
        `cell ${cell.ref} refers to shared string ${text}, which the workbook does not have`,
      );
    return shared;
  }
  if (type === 'inlineStr' || type === 'str' || type === 'd') return text;
  if (type === 'b') return text === '1' ? 'true' : 'false';
  if (type === 'e' || text === '') return null;
  const number = Number(text);
  if (!Number.isFinite(number)) throw new UnreadableFile(`cell ${cell.ref} holds "${text}" as a number`);
  return facts.dateStyles.has(cell.style) ? excelDate(number, facts.date1904) : number;
}

/** The first worksheet's rows in file order, each as soon as its </row> is read; blank cells are null. */
async function* sheetRows(body: Buffer, facts: WorkbookFacts, limits: UploadLimits): AsyncGenerator<Line> {
  for await (const part of zipParts(body, limits.maxUnpackedBytes)) {
    if (part.path !== facts.firstSheet) continue;
    let rowNumber = 0;
    let cells: RawCell[] | null = null;
    let cell: Cell | null = null;
    let lastColumn = 0;
    for await (const events of xmlEvents(part.data, part.path, limits.maxTokenBytes)) {
      const done: Line[] = [];
      for (const event of events) {
        if (event.type === 'open') {
          const { name, attributes } = event;
          if (name === 'row') {
            rowNumber = Number(attributes.r) || rowNumber + 1;
            cells = [];
            lastColumn = 0;
          } else if (name === 'c' && cells) {
            const column = columnOf(attributes.r) || lastColumn + 1;
            lastColumn = column;
            const ref = attributes.r ?? `${columnName(column)}${rowNumber}`;
            cell = {
              column,
              ref,
              type: attributes.t ?? 'n',
              style: Number(attributes.s) || 0,
              text: '',
              collecting: false,
              phonetic: false,
            };
          } else if (cell && (name === 'v' || (name === 't' && !cell.phonetic))) cell.collecting = true;
          else if (cell && name === 'rPh') cell.phonetic = true;
        } else if (event.type === 'text') {
          if (!cell?.collecting) continue;
          cell.text += event.text;
          if (cell.text.length > limits.maxCellChars)
            throw new FileTooLarge(
              `cell ${cell.ref} holds more than ${limits.maxCellChars} characters; a cell of a list holds at most that many`,
            );
        } else if (event.name === 'v' || event.name === 't') {
          if (cell) cell.collecting = false;
        } else if (event.name === 'rPh') {
          if (cell) cell.phonetic = false;
        } else if (event.name === 'c' && cell && cells) {
          const value = cellValue(cell, facts);
          if (value !== null) {
            if (cell.column > limits.maxColumns)
              throw new FileTooLarge(
                `cell ${cell.ref} is beyond column ${columnName(limits.maxColumns)}; a list has at most ${limits.maxColumns} columns`,
              );
            cells[cell.column - 1] = value;
          }
          cell = null;
        } else if (event.name === 'row' && cells) {
          done.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? null) });
          cells = null;
        }
      }
      yield* done;
    }
    return;
  }
  throw new UnreadableFile('the workbook has no worksheet');
}

/** An .xlsx file's first worksheet, row by row, every bound of UploadLimits checked as it is read. */
export async function* xlsxLines(body: Buffer, limits: UploadLimits): AsyncGenerator<Line> {
  const facts = await workbookFacts(body, limits);
  if (!facts.firstSheet) throw new UnreadableFile('the workbook has no worksheet');
  yield* sheetRows(body, facts, limits);
}
