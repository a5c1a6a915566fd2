import { z } from 'zod';
import { DEFAULT_MAX_TOKEN_LIFETIME, spanSeconds } from './auth/token-lifetime';
import { keysUrlProblem } from './auth/key-url';

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

/**
 * Validates environment variables against a zod object schema and reports every bad variable at once,
 * naming each one, rather than stopping at the first.
 */
export function parseEnv<S extends z.ZodObject>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  throw new ConfigurationError(
    result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`),
  );
}

/** For a runnable package's entry point: print what is wrong and exit 1 instead of a stack trace. */
export function readEnvOrExit<S extends z.ZodObject>(schema: S): z.infer<S> {
  try {
    return parseEnv(schema);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

export const port = (fallback: number) =>
  z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(fallback);

export const postgresUrl = () =>
  z.string().refine((v) => /^postgres(ql)?:\/\/.+/.test(v), 'must be a postgres:// or postgresql:// URL');

export const nodeEnv = () => z.enum(['development', 'production', 'test']).default('development');

/**
 * keysUrlProblem for the named URL variables of a schema with NODE_ENV: add it with `.check(…)`. It is reported
 * alongside other bad variables, not only once the rest is valid.
 */
export const keyUrlsRule = (...names: string[]) =>
  z.superRefine(
    (env: Record<string, unknown>, ctx) => {
      for (const name of names) {
        const url = env[name];
        const problem =
          typeof url === 'string' ? keysUrlProblem(url, env.NODE_ENV === 'production') : undefined;
        if (problem) ctx.addIssue({ code: 'custom', path: [name], message: problem });
      }
    },
    { when: () => true },
  );

const claimPath = (fallback: string) =>
  z
    .string()
    .regex(
      /^[^.\s]+(\.[^.\s]+)*$/,
      'must be a claim name or a dotted path such as resource_access.chung-tay-hub.roles',
    )
    .default(fallback);

/**
 * How callers' tokens are verified. In production: an OpenID Connect issuer (OIDC_ISSUER) or a JWKS URL with its
 * issuer (JWT_JWKS_URL + JWT_ISSUER), asymmetric keys only. JWT_SECRET (HS256) is for development only; the
 * gateway's env refuses it in production.
 */
/** authEnvShape's key URLs in production (keysUrlProblem); a schema with authEnvShape and NODE_ENV adds it. */
export const authKeyUrlsRule = keyUrlsRule('OIDC_ISSUER', 'JWT_JWKS_URL');

export const authEnvShape = {
  OIDC_ISSUER: z.url('must be the http(s) URL of an OpenID Connect issuer').optional(),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters (HS256 shared secret)').optional(),
  JWT_JWKS_URL: z.url('must be an http(s) URL of a JSON Web Key Set').optional(),
  /** The `iss` of JWT_JWKS_URL's tokens, and of development HS256 tokens (`chung-tay` unless set). */
  JWT_ISSUER: z.string().optional(),
  JWT_AUDIENCE: z.string().default('chung-tay-hub'),
  JWT_CLAIM_ORG: claimPath('org'),
  JWT_CLAIM_UNITS: claimPath('units'),
  JWT_CLAIM_ROLES: claimPath('roles'),
  /** The longest a token may be valid (exp − iat), as seconds once parsed. */
  JWT_MAX_LIFETIME: z
    .string()
    .default(DEFAULT_MAX_TOKEN_LIFETIME)
    .transform((span, ctx) => {
      const seconds = spanSeconds(span);
      if (seconds !== null && seconds > 0) return seconds;
      ctx.addIssue({ code: 'custom', message: 'must be a span such as 12h, 90m or 3600 (seconds)' });
      return z.NEVER;
    }),
};

/**
 * This process's environment with `extra` on top, for a child process it starts: a service, a CLI under test. The
 * child reads (and checks) its own settings.
 */
export const inheritedEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  ...extra,
});

/** Only the PATH of this process (and `extra`): for a child that must not see this process's settings. */
export const pathOnlyEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  ...extra,
});

/** Apollo's servers report usage to Apollo's cloud unless this is set; the hub sends nothing outside. */
export function disableApolloTelemetry(): void {
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
}

/** Whether this process runs under jest (which sets NODE_ENV=test). */
export const isTestRun = () => process.env.NODE_ENV === 'test';

/** CHUNG_TAY_SUBGRAPHS: the comma-separated subgraphs this process works with (all when unset). */
export const subgraphSelection = () => process.env.CHUNG_TAY_SUBGRAPHS;

/**
 * The PostgreSQL server tests make their throwaway databases on: set by jest's global setup (an embedded cluster)
 * for the test files it starts, or given by whoever runs the tests.
 */
export const testPostgres = {
  get adminUrl(): string | undefined {
    return process.env.TEST_POSTGRES_ADMIN_URL;
  },
  set adminUrl(url: string) {
    process.env.TEST_POSTGRES_ADMIN_URL = url;
  },
};
