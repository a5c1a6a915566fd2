import { SaxesParser } from 'saxes';
import { FileTooLarge, UnreadableFile } from './limits';

export type XmlEvent =
  | { type: 'open'; name: string; attributes: Record<string, string> }
  | { type: 'text'; text: string }
  | { type: 'close'; name: string };

const LT = 0x3c;
const BANG = 0x21;
const QUESTION = 0x3f;

/**
 * Checks a part's bytes before the XML parser sees them. A parser keeps a text node, a tag with its attributes,
 * a comment or a CDATA section whole until it ends, so one unterminated run is memory the file decides: no run
 * between two tags may pass maxTokenBytes, and markup Excel never writes in a workbook (DOCTYPE and entities,
 * comments, CDATA, processing instructions after the declaration) is refused.
 */
class MarkupGuard {
  private sinceTag = 0;
  private offset = 0;
  private afterLt = false;
  /** Where an XML declaration may start: 0, or 3 after a UTF-8 byte-order mark. */
  private declarationAt = 0;

  constructor(
    private readonly part: string,
    private readonly maxTokenBytes: number,
  ) {}

  check(chunk: Buffer) {
    if (this.offset === 0 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf)
      this.declarationAt = 3;
    if (this.afterLt && chunk.length) this.markup(chunk[0]!, this.offset - 1);
    let from = 0;
    for (let lt = chunk.indexOf(LT); lt >= 0; lt = chunk.indexOf(LT, lt + 1)) {
      this.run(this.sinceTag + lt - from);
      if (lt + 1 < chunk.length) this.markup(chunk[lt + 1]!, this.offset + lt);
      this.sinceTag = 0;
      from = lt;
    }
    this.run(this.sinceTag + chunk.length - from);
    this.sinceTag += chunk.length - from;
    this.afterLt = chunk.length > 0 && chunk[chunk.length - 1] === LT;
    this.offset += chunk.length;
  }

  private run(bytes: number) {
    if (bytes > this.maxTokenBytes)
      throw new FileTooLarge(
        `${this.part} has a cell or tag of more than ${this.maxTokenBytes} bytes; no list needs one that large`,
      );
  }

  /** `<` at `at` followed by `next`: `<?xml` may open a part (after a byte-order mark), nothing else of the kind. */
  private markup(next: number, at: number) {
    if (next === BANG || (next === QUESTION && at !== this.declarationAt))
      throw new UnreadableFile(
        `${this.part} holds XML markup that spreadsheet programs do not write (DOCTYPE, comment, CDATA or processing instruction)`,
      );
  }
}

/**
 * A part's XML as batches of events (one per chunk read), the bytes checked by MarkupGuard first so the parser
 * never holds more than maxTokenBytes of one token.
 */
export async function* xmlEvents(
  data: AsyncIterable<Buffer>,
  part: string,
  maxTokenBytes: number,
): AsyncGenerator<XmlEvent[]> {
  const guard = new MarkupGuard(part, maxTokenBytes);
  const parser = new SaxesParser();
  const decoder = new TextDecoder('utf-8');
  let events: XmlEvent[] = [];
  let failure: Error | null = null;
  parser.on('error', (error) => {
    failure ??= new UnreadableFile(`${part} is not well-formed XML: ${error.message}`);
  });
  parser.on('opentag', (tag) => {
    events.push({ type: 'open', name: tag.name, attributes: tag.attributes as Record<string, string> });
  });
  parser.on('text', (text) => events.push({ type: 'text', text }));
  parser.on('closetag', (tag) => events.push({ type: 'close', name: tag.name }));
  for await (const chunk of data) {
    guard.check(chunk);
    parser.write(decoder.decode(chunk, { stream: true }));
    if (failure) throw failure;
    yield events;
    events = [];
  }
  parser.write(decoder.decode());
  parser.close();
  if (failure) throw failure;
  yield events;
}
