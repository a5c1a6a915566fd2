import { z } from 'zod';
import { parseEnv } from '@chung-tay/common';

/** The benchmarks' own settings (each service they start reads and checks its own). */
const benchEnv = z.object({
  /** Debian's Chromium (apt-get install chromium) unless set. Test tools may not download one. */
  CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
});

export const benchSettings = parseEnv(benchEnv);

/** What the Hive Gateway process (hive-gateway-main.ts) is started with; the benchmark sets all four. */
const hiveGatewayEnv = z.object({
  SUPERGRAPH_PATH: z.string({ error: 'is required: the supergraph SDL file' }),
  SUBGRAPH_URLS: z.string({ error: 'is required: JSON, subgraph name → URL' }).transform((json, ctx) => {
    try {
      return z.record(z.string(), z.string()).parse(JSON.parse(json));
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be JSON: an object of subgraph name → URL' });
      return z.NEVER;
    }
  }),
  GATEWAY_SIGNING_KEYS_FILE: z.string({ error: "is required: the gateway's signing keys file" }),
  JWT_SECRET: z.string({ error: "is required: the hub's development HS256 secret" }),
});

export const hiveGatewaySettings = () => parseEnv(hiveGatewayEnv);
