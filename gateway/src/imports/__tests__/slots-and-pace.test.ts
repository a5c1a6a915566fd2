import type { IncomingMessage } from 'node:http';
import { PassThrough } from 'node:stream';
import { ImportSlots } from '../admission';
import { BodyTooSlow, readBody } from '../body';

const body = () =>
  Object.assign(new PassThrough(), { headers: {} }) as unknown as IncomingMessage & PassThrough;

describe('the reading slots', () => {
  it('give one organisation one file at a time, so its stalled uploads keep no other organisation out', () => {
    const slots = new ImportSlots(2);
    const release = slots.take('labour-union');
    expect(() => slots.take('labour-union')).toThrow('already reading a file of your organisation');
    const other = slots.take('people-committee');
    expect(() => slots.take('fatherland-front')).toThrow('reading 2 other files');
    release();
    release(); // a second release frees nothing more
    expect(() => slots.take('labour-union')).not.toThrow();
    other();
  });
});

describe('a body that stops coming', () => {
  it('is refused after the idle time, not held for minutes', async () => {
    const req = body();
    const reading = readBody(req, 1_000_000, { idleMs: 200, minBytesPerSecond: 1 });
    req.write('{');
    await expect(reading).rejects.toBeInstanceOf(BodyTooSlow);
  });

  it('is refused when it trickles in under the minimum rate', async () => {
    const req = body();
    const reading = readBody(req, 1_000_000, { idleMs: 200, minBytesPerSecond: 10_000 });
    const timer = setInterval(() => req.write('x'), 50); // 20 bytes a second, never idle
    await expect(reading).rejects.toThrow('comes too slowly');
    clearInterval(timer);
  });

  it('is read whole when it keeps coming', async () => {
    const req = body();
    const reading = readBody(req, 1_000_000, { idleMs: 200, minBytesPerSecond: 1 });
    req.end(Buffer.alloc(5000, 1));
    expect((await reading).length).toBe(5000);
  });
});
