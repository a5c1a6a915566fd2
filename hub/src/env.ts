import { z } from 'zod';
import {
  authEnvShape,
  ConfigurationError,
  nodeEnv,
  parseEnv,
  port,
  readEnvOrExit,
  SUBGRAPHS,
} from '@chung-tay/common';
import { disclosureKeyVariable } from './service-env';
import { DEFAULT_RESTART_POLICY, type RestartPolicy } from './restart-policy';

const whole = (fallback: number, min: number, max: number, unit: string) =>
  z.coerce
    .number({ error: `must be a number${unit}` })
    .int('must be a whole number')
    .min(min, `must be between ${min} and ${max}`)
    .max(max, `must be between ${min} and ${max}`)
    .default(fallback);

const yesNo = (fallback: boolean) =>
  z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true');

/** The hub's own settings under `npm start` (the services it starts read theirs). */
const hubEnv = z.object({
  /** The folder of the hub's local state (database files, development secrets); git-ignored `.data` unless set. */
  CHUNG_TAY_DATA_DIR: z.string().optional(),
  GATEWAY_PORT: port(4000),
  CHUNG_TAY_RANDOM_PORTS: yesNo(false),
  DEMO_DATA: yesNo(true),
  /** Set when people sign in at the organisation's own identity provider (no development provider starts). */
  OIDC_ISSUER: z.string().optional(),
  /** A fixed development HS256 secret; one is made and kept in the data folder otherwise. */
  JWT_SECRET: z.string().optional(),
  HUB_RESTART_LIMIT: whole(DEFAULT_RESTART_POLICY.limit, 0, 100, ''),
  HUB_RESTART_WINDOW_MS: whole(DEFAULT_RESTART_POLICY.windowMs, 1_000, 3_600_000, ' of milliseconds'),
  HUB_RESTART_DELAY_MS: whole(DEFAULT_RESTART_POLICY.firstDelayMs, 0, 60_000, ' of milliseconds'),
  /** Plain progress lines instead of bars (CI logs). */
  CI: z.string().optional(),
});

export interface HubSettings {
  /** CHUNG_TAY_DATA_DIR; paths.ts's defaultDataDir falls back to the repository's `.data`. */
  dataDir: string | undefined;
  gatewayPort: number;
  randomSubgraphPorts: boolean;
  demoData: boolean;
  /** Whether the hub starts its development identity provider (no OIDC_ISSUER given). */
  ownIdentityProvider: boolean;
  jwtSecret: string | undefined;
  restartPolicy: RestartPolicy;
  /** Whether progress is written as plain lines (CI=true), whatever the terminal. */
  plainProgress: boolean;
}

/** The hub's settings from `env`; throws a ConfigurationError naming every bad variable. */
export function hubSettings(env: NodeJS.ProcessEnv): HubSettings {
  const e = parseEnv(hubEnv, env);
  return {
    dataDir: e.CHUNG_TAY_DATA_DIR,
    gatewayPort: e.GATEWAY_PORT,
    randomSubgraphPorts: e.CHUNG_TAY_RANDOM_PORTS,
    demoData: e.DEMO_DATA,
    ownIdentityProvider: !e.OIDC_ISSUER,
    jwtSecret: e.JWT_SECRET,
    restartPolicy: {
      limit: e.HUB_RESTART_LIMIT,
      windowMs: e.HUB_RESTART_WINDOW_MS,
      firstDelayMs: e.HUB_RESTART_DELAY_MS,
      maxDelayMs: Math.max(DEFAULT_RESTART_POLICY.maxDelayMs, e.HUB_RESTART_DELAY_MS),
    },
    plainProgress: e.CI === 'true',
  };
}

/** This process's hub settings, read once; exits 1 naming any bad variable (for the hub's commands). */
export function hubSettingsFromEnv(): HubSettings {
  try {
    return (cached ??= hubSettings(process.env));
  } catch (error) {
    if (error instanceof ConfigurationError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
let cached: HubSettings | undefined;

/** What `npm run token` reads: whether this is production (where it refuses) and the claims the hub checks. */
const tokenCliEnv = z.object({
  NODE_ENV: nodeEnv(),
  JWT_ISSUER: authEnvShape.JWT_ISSUER,
  JWT_AUDIENCE: authEnvShape.JWT_AUDIENCE,
  JWT_MAX_LIFETIME: authEnvShape.JWT_MAX_LIFETIME,
});

/** `npm run token`'s settings; exits 1 naming any bad variable. */
export const tokenSettingsFromEnv = () => readEnvOrExit(tokenCliEnv);

/**
 * What `npm start` refuses before anything starts: one DISCLOSURE_KEY for every organisation (each keeps its own,
 * `<PREFIX>_DISCLOSURE_KEY`), and production problems (below). An empty list when the hub may start.
 */
export function startProblems(env: NodeJS.ProcessEnv, options: { demoData: boolean }): string[] {
  return [
    ...(env.DISCLOSURE_KEY
      ? [
          "DISCLOSURE_KEY: one key for every organisation would let each take the shifts off the others' figures; " +
            `set each organisation's own (${SUBGRAPHS.map(disclosureKeyVariable).join(', ')}) or let the hub make them`,
        ]
      : []),
    ...productionProblems(env, options),
  ];
}

/**
 * What `npm start` refuses in production, before anything starts: the development identity provider (demo accounts,
 * passwords on the console) and the demo data (loaded through the gateway with development HS256 tokens, which a
 * production gateway refuses). An empty list when the hub may start.
 */
export function productionProblems(env: NodeJS.ProcessEnv, options: { demoData: boolean }): string[] {
  if (env.NODE_ENV !== 'production') return [];
  return [
    ...(env.OIDC_ISSUER
      ? []
      : [
          'OIDC_ISSUER: in production people sign in at your identity provider; set its issuer URL (the ' +
            'development provider, with demo accounts, runs only outside production)',
        ]),
    ...(options.demoData
      ? [
          'DEMO_DATA: demo data is loaded with development tokens, which production refuses; set DEMO_DATA=false',
        ]
      : []),
  ];
}
