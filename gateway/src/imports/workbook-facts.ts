import { FileTooLarge, type UploadLimits } from './limits';
import { xmlEvents, type XmlEvent } from './xml';
import { zipParts } from './zip';

/** What reading a worksheet needs from the rest of the workbook. */
export interface WorkbookFacts {
  /** The zip path of the first sheet in the workbook's order (xl/worksheets/sheet1.xml). */
  firstSheet: string | null;
  date1904: boolean;
  /** Cell style indexes whose number format shows a date: such number cells are dates. */
  dateStyles: Set<number>;
  sharedStrings: string[];
}

/** Excel's built-in number formats that show dates (ECMA-376 §18.8.30, with the East Asian ones). */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** A custom format shows a date when, outside quoted text and [colour] or [$-locale] brackets, it has y m d h s. */
const isDateFormat = (code: string) => /[ymdhs]/i.test(code.replace(/\[[^\]]*]|"[^"]*"/g, ''));

async function eachEvent(part: AsyncIterable<XmlEvent[]>, on: (event: XmlEvent) => void) {
  for await (const events of part) for (const event of events) on(event);
}

/**
 * First pass over the zip: the first sheet, the date system, which styles are dates, and the shared-strings
 * table, each string and the table bounded as they are read. Every other part is skipped (still counted).
 */
export async function workbookFacts(body: Buffer, limits: UploadLimits): Promise<WorkbookFacts> {
  const facts: WorkbookFacts = {
    firstSheet: null,
    date1904: false,
    dateStyles: new Set(),
    sharedStrings: [],
  };
  let firstSheetRel: string | null = null;
  const targets = new Map<string, string>();
  const numberFormats = new Map<number, string>();
  const styleFormats: number[] = [];
  let sharedChars = 0;
  for await (const part of zipParts(body, limits.maxUnpackedBytes)) {
    const events = () => xmlEvents(part.data, part.path, limits.maxTokenBytes);
    if (part.path === 'xl/workbook.xml') {
      await eachEvent(events(), (e) => {
        if (e.type !== 'open') return;
        if (e.name === 'sheet') firstSheetRel ??= e.attributes['r:id'] ?? null;
        if (e.name === 'workbookPr') facts.date1904 = ['1', 'true'].includes(e.attributes.date1904 ?? '');
      });
    } else if (part.path === 'xl/_rels/workbook.xml.rels') {
      await eachEvent(events(), (e) => {
        if (e.type === 'open' && e.name === 'Relationship' && e.attributes.Id && e.attributes.Target)
          targets.set(e.attributes.Id, e.attributes.Target);
      });
    } else if (part.path === 'xl/styles.xml') {
      let inCellXfs = false;
      await eachEvent(events(), (e) => {
        if (e.type === 'text') return;
        if (e.name === 'cellXfs') inCellXfs = e.type === 'open';
        else if (e.type === 'open' && e.name === 'numFmt')
          numberFormats.set(Number(e.attributes.numFmtId), e.attributes.formatCode ?? '');
        else if (e.type === 'open' && e.name === 'xf' && inCellXfs) {
          if (styleFormats.length >= limits.maxSharedStrings)
            throw new FileTooLarge('xl/styles.xml has more cell styles than any workbook needs');
          styleFormats.push(Number(e.attributes.numFmtId) || 0);
        }
      });
    } else if (part.path === 'xl/sharedStrings.xml') {
      let text: string | null = null;
      let inText = false;
      let phonetic = false;
      await eachEvent(events(), (e) => {
        if (e.type === 'open' || e.type === 'close') {
          const open = e.type === 'open';
          if (e.name === 'si' && open) text = '';
          else if (e.name === 'si') {
            if (facts.sharedStrings.length >= limits.maxSharedStrings)
              throw new FileTooLarge(
                `the workbook's shared-strings table has more than ${limits.maxSharedStrings} entries`,
              );
            facts.sharedStrings.push(text ?? '');
            text = null;
          } else if (e.name === 'rPh') phonetic = open;
          else if (e.name === 't') inText = open && !phonetic;
          return;
        }
        if (!inText || text === null) return;
        text += e.text;
        sharedChars += e.text.length;
        if (text.length > limits.maxCellChars)
          throw new FileTooLarge(
            `shared string ${facts.sharedStrings.length} holds more than ${limits.maxCellChars} characters; ` +
              'a cell of a list holds at most that many',
          );
        if (sharedChars > limits.maxSharedStringChars)
          throw new FileTooLarge(
            `the workbook's shared-strings table holds more than ${limits.maxSharedStringChars} characters`,
          );
      });
    }
  }
  styleFormats.forEach((id, style) => {
    if (DATE_FORMAT_IDS.has(id) || (numberFormats.has(id) && isDateFormat(numberFormats.get(id)!)))
      facts.dateStyles.add(style);
  });
  const target = firstSheetRel ? targets.get(firstSheetRel) : undefined;
  if (target) facts.firstSheet = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  return facts;
}
