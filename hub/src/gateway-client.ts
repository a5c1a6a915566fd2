import { Option } from 'commander';

/** Talking to the gateway from the command line (exports and imports), with messages an officer can act on. */
export class GatewayRefused extends Error {}

/** http://localhost:4000, …/graphql or …/ all mean the same gateway. */
export const gatewayBase = (url: string) => url.replace(/\/+$/, '').replace(/\/graphql$/, '');

/** The token as given, with or without "Bearer "; refused when empty. */
export function bearer(token: string): string {
  const bare = token.replace(/^Bearer\s+/i, '').trim();
  if (!bare) throw new GatewayRefused('--token is empty: give the token the hub issued you');
  return `Bearer ${bare}`;
}

/** fetch, with "is the hub running?" instead of a socket error when the gateway cannot be reached. */
export async function callGateway(url: URL, init: RequestInit): Promise<Response> {
  return fetch(url, init).catch((error: Error) => {
    const cause = error.cause as { code?: string; message?: string } | undefined;
    const why = cause?.code ?? cause?.message ?? error.message;
    throw new GatewayRefused(`cannot reach the gateway at ${url.origin} (${why}); is the hub running?`);
  });
}

/** The gateway's refusal (GraphQL error shape) as one line: status, code, message and field. */
export async function refusal(what: string, response: Response): Promise<GatewayRefused> {
  const body = (await response.json().catch(() => null)) as {
    errors?: { message: string; extensions?: { code?: string; field?: string } }[];
  } | null;
  const error = body?.errors?.[0];
  const code = error?.extensions?.code ? ` ${error.extensions.code}` : '';
  const field = error?.extensions?.field ? ` (${error.extensions.field})` : '';
  return new GatewayRefused(
    `the gateway refused the ${what} (HTTP ${response.status}${code}): ${error?.message ?? response.statusText}${field}`,
  );
}

/** --token and --gateway, as every command that talks to the gateway takes them. */
export const gatewayOptions = () => [
  new Option('--token <jwt>', 'your token (npm run -s token -- --help makes one)')
    .env('CHUNG_TAY_TOKEN')
    .makeOptionMandatory(),
  new Option('--gateway <url>', "the gateway's address")
    .env('CHUNG_TAY_GATEWAY')
    .default('http://localhost:4000'),
];
