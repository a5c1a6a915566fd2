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
export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.reject(tooLarge(maxBytes));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const stop = (error: Error) => {
      req.off('data', onData).off('end', onEnd).off('error', stop);
      req.pause();
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) return stop(tooLarge(maxBytes));
      chunks.push(chunk);
    };
    const onEnd = () => resolve(Buffer.concat(chunks, received));
    req.on('data', onData).on('end', onEnd).on('error', stop);
  });
}
