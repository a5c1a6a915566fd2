import { Readable, Transform } from 'node:stream';
import unzipper from 'unzipper';
import { FileTooLarge, megabytes, UnreadableFile } from './limits';

export interface ZipPart {
  /** The part's name in the archive, e.g. xl/worksheets/sheet1.xml. */
  path: string;
  /** Its bytes as they inflate; read it to the end or not at all. */
  data: Readable;
}

const SLICE = 64 * 1024;

function* slices(body: Buffer) {
  for (let at = 0; at < body.length; at += SLICE) yield body.subarray(at, at + SLICE);
}

/**
 * The parts of a zip in the order they are stored, each inflated as it is read, never whole. Every inflated byte
 * counts against maxUnpackedBytes, whatever the part's header declares (a zip bomb declares small sizes or none),
 * and the read stops the moment the count passes it.
 */
export async function* zipParts(body: Buffer, maxUnpackedBytes: number): AsyncGenerator<ZipPart> {
  const source = Readable.from(slices(body), { objectMode: false });
  const zip = unzipper.Parse({ forceStream: true });
  let unpacked = 0;
  let current: Transform | null = null;
  zip.on('error', (error: Error) => current?.destroy(unreadable(error)));
  source.pipe(zip);
  try {
    for await (const entry of zip as AsyncIterable<unzipper.Entry>) {
      const counted = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          unpacked += chunk.length;
          if (unpacked <= maxUnpackedBytes) return done(null, chunk);
          done(
            new FileTooLarge(
              `the workbook unpacks to more than ${megabytes(maxUnpackedBytes)} (${entry.path} and the parts before it); ` +
                'a list of this many rows does not: save it again from Excel, or split it by commune',
            ),
          );
        },
      });
      current = counted;
      entry.on('error', (error: Error) => counted.destroy(unreadable(error)));
      entry.pipe(counted);
      yield { path: entry.path, data: counted };
      if (!counted.readableEnded) for await (const _ of counted); // the part was not wanted: skip it, counted
    }
  } catch (error) {
    throw unreadable(error);
  } finally {
    source.destroy();
    zip.destroy();
  }
}

/** Our own refusals pass through; whatever the zip reader says becomes "not a readable workbook". */
function unreadable(error: unknown): Error {
  if (error instanceof FileTooLarge || error instanceof UnreadableFile) return error;
  return new UnreadableFile(
    `the file is not a readable .xlsx workbook (${error instanceof Error ? error.message : String(error)})`,
  );
}
