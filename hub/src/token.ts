import { Command, Option } from 'commander';
import {
  ORGANISATIONS,
  ROLES,
  signToken,
  unitsNotInForce,
  type OrganisationId,
  type Role,
} from '@chung-tay/common';
import { jwtSecretFor } from './dev-secret';
import { tokenSettingsFromEnv } from './env';
import { defaultDataDir } from './paths';

const PRODUCTION_REFUSAL =
  "npm run token issues development tokens (HS256, signed with this hub's development secret) and is refused " +
  'when NODE_ENV=production: there, people sign in through the identity provider (OIDC_ISSUER) and ' +
  "organisations' tools get their tokens from it with the client credentials grant";

// Refused before the options are read, so a production operator learns this first; --help still explains it.
const env = tokenSettingsFromEnv();
if (env.NODE_ENV === 'production' && !process.argv.slice(2).some((a) => a === '--help' || a === '-h')) {
  console.error(`error: ${PRODUCTION_REFUSAL}`);
  process.exit(1);
}

// `npm run -s token -- --org people-committee --unit 75 --role officer` prints a token alone on stdout.
const program = new Command('token')
  .description(
    "Development only: issue a token for a local hub (HS256, with this hub's development secret). " +
      'Refused when NODE_ENV=production, where tokens come from the identity provider (OIDC_ISSUER).',
  )
  .addOption(new Option('--org <org>', 'organisation').choices(ORGANISATIONS).makeOptionMandatory())
  .requiredOption('--unit <code...>', 'administrative unit code(s) the caller covers, e.g. 75 or 25222')
  .addOption(new Option('--role <role...>', 'role(s)').choices(ROLES).default(['viewer']))
  .option('--subject <id>', 'who the token is for')
  .option('--expires-in <span>', 'lifetime, e.g. 8h or 30m; at most, and by default, 12h (JWT_MAX_LIFETIME)')
  .action(
    async (o: {
      org: OrganisationId;
      unit: string[];
      role: Role[];
      subject?: string;
      expiresIn?: string;
    }) => {
      // The sign-in rule first, so a retired district's 3-digit code is named as retired, not as malformed.
      const notInForce = unitsNotInForce(o.unit.filter((u) => /^\d{2,5}$/.test(u)));
      if (notInForce) program.error(`error: --unit: ${notInForce}`);
      const bad = o.unit.filter((u) => !/^\d{2}(\d{3})?$/.test(u));
      if (bad.length)
        program.error(`error: --unit ${bad.join(', ')}: a unit code is 2 digits (province) or 5 (commune)`);
      const token = await signToken(
        { org: o.org, units: o.unit, roles: o.role, subject: o.subject, expiresIn: o.expiresIn },
        {
          JWT_SECRET: jwtSecretFor(defaultDataDir()),
          JWT_ISSUER: env.JWT_ISSUER,
          JWT_AUDIENCE: env.JWT_AUDIENCE,
          JWT_MAX_LIFETIME: env.JWT_MAX_LIFETIME,
        },
      );
      process.stdout.write(`${token}\n`);
    },
  );

program.parseAsync().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
