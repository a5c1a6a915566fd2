import { z } from 'zod';
import { authEnvShape, nodeEnv, readEnvOrExit, SUBGRAPHS } from '@chung-tay/common';
import { disclosureKeyVariable } from './service-env';
import { DEFAULT_RESTART_POLICY, type RestartPolicy } from './restart-policy';

const whole = (fallback: number, min: number, max: number, unit: string) =>
  z.coerce
    .number({ error: `must be a number${unit}` })
    .int('must be a whole number')
    .min(min, `must be between ${min} and ${max}`)
    .max(max, `must be between ${min} and ${max}`)
    .default(fallback);

/** The hub's own settings under `npm start` (the services it starts read theirs). */
const hubEnv = z.object({
  HUB_RESTART_LIMIT: whole(DEFAULT_RESTART_POLICY.limit, 0, 100, ''),
  HUB_RESTART_WINDOW_MS: whole(DEFAULT_RESTART_POLICY.windowMs, 1_000, 3_600_000, ' of milliseconds'),
  HUB_RESTART_DELAY_MS: whole(DEFAULT_RESTART_POLICY.firstDelayMs, 0, 60_000, ' of milliseconds'),
});

/** When `npm start` restarts a crashed service and when it gives up; exits 1 naming any bad variable. */
export function restartPolicyFromEnv(): RestartPolicy {
  const env = readEnvOrExit(hubEnv);
  return {
    limit: env.HUB_RESTART_LIMIT,
    windowMs: env.HUB_RESTART_WINDOW_MS,
    firstDelayMs: env.HUB_RESTART_DELAY_MS,
    maxDelayMs: Math.max(DEFAULT_RESTART_POLICY.maxDelayMs, env.HUB_RESTART_DELAY_MS),
  };
}

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
