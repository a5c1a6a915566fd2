import type { IncomingMessage } from 'node:http';
import { FileTooLarge, megabytes } from './limits';

const tooLarge = (maxBytes: number) =>
  new FileTooLarge(
    `the file is larger than the ${megabytes(maxBytes)} one import takes (GATEWAY_MAX_IMPORT_BYTES): split it by commune`,
  );

/**
 * The request body, read only after the caller has been checked, and refused the moment it passes maxBytes: by
 * its Content-Length before a byte is read, or while it arrives, keeping no more than maxBytes in memory.
 */
/** A body that stopped coming, or comes too slowly to be a file upload rather than a way to hold a slot. */
export class BodyTooSlow extends Error {}

/** The body must keep coming: a pause this long, or a slower average than MIN_BYTES_PER_SECOND after it. */
export const BODY_IDLE_MS = 10_000;
export const MIN_BYTES_PER_SECOND = 4_096;

/**
 * The request body, read only after the caller has been checked, and refused the moment it passes maxBytes: by
 * its Content-Length before a byte is read, or while it arrives, keeping no more than maxBytes in memory. A body
 * that pauses for BODY_IDLE_MS, or averages under MIN_BYTES_PER_SECOND once that long has passed, is refused
 * (408), so an upload cannot hold one of the few reading slots by trickling bytes.
 */
export function readBody(
  req: IncomingMessage,
  maxBytes: number,
  pace = { idleMs: BODY_IDLE_MS, minBytesPerSecond: MIN_BYTES_PER_SECOND },
): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.reject(tooLarge(maxBytes));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const started = Date.now();
    const tooSlow = () =>
      stop(
        new BodyTooSlow(
          `the file stopped coming or comes too slowly (under ${MIN_BYTES_PER_SECOND / 1024} kB/s); send it again`,
        ),
      );
    let idle = setTimeout(tooSlow, pace.idleMs);
    const stop = (error: Error) => {
      clearTimeout(idle);
      req.off('data', onData).off('end', onEnd).off('error', stop);
      req.pause();
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      clearTimeout(idle);
      idle = setTimeout(tooSlow, pace.idleMs);
      const seconds = (Date.now() - started) / 1000;
      if (seconds * 1000 > pace.idleMs && received / seconds < pace.minBytesPerSecond) return tooSlow();
      received += chunk.length;
      if (received > maxBytes) return stop(tooLarge(maxBytes));
      chunks.push(chunk);
    };
    const onEnd = () => {
      clearTimeout(idle);
      resolve(Buffer.concat(chunks, received));
    };
    req.on('data', onData).on('end', onEnd).on('error', stop);
  });
}
