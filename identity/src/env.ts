import { z } from 'zod';
import { port } from '@chung-tay/common';

const origins = z
  .string()
  .default('http://localhost:4000,http://127.0.0.1:4000')
  .transform((list, ctx) => {
    const parsed = list
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean)
      .map((o) => URL.parse(o));
    if (parsed.length && parsed.every((u) => u && /^https?:$/.test(u.protocol) && u.pathname === '/'))
      return parsed.map((u) => u!.origin);
    ctx.addIssue({
      code: 'custom',
      message: 'must be comma-separated http(s) origins without a path, e.g. http://localhost:4000',
    });
    return z.NEVER;
  });

/** The development identity provider's settings (identity/dist/index.js). */
export const identityEnv = z.object({
  /** 0 picks a free port; the issuer is http://localhost:<the port bound>. */
  IDENTITY_PORT: port(4010),
  // Loopback: the issuer is http://localhost:<port>, so the provider is for this machine's browser and services.
  IDENTITY_HOST: z.string().default('127.0.0.1'),
  /** Keys, demo accounts and tool clients' secrets: made on first start, kept (files mode 600). */
  IDENTITY_DATA_DIR: z.string({
    error: 'is required: the folder the provider keeps its keys and accounts in',
  }),
  /** The gateway origins the dashboard is served from; each gets `<origin>/dashboard/` as redirect URI. */
  IDENTITY_DASHBOARD_ORIGINS: origins,
  IDENTITY_ACCESS_TOKEN_TTL: z.coerce
    .number({ error: 'must be a number of seconds' })
    .int('must be a whole number of seconds')
    .min(1, 'must be between 1 and 86400 seconds')
    .max(86_400, 'must be between 1 and 86400 seconds')
    .default(600),
  IDENTITY_DEMO_UNIT: z
    .string()
    .regex(/^\d{2}(\d{3})?$/, 'must be a unit code: 2 digits (province) or 5 (commune)')
    .default('75'),
  JWT_AUDIENCE: z.string().default('chung-tay-hub'),
});

export type IdentityEnv = z.infer<typeof identityEnv>;
