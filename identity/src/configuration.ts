import type { Configuration, KoaContextWithOIDC } from 'oidc-provider';
import { errors } from 'oidc-provider';
import { AccountStore } from './accounts';
import { DASHBOARD_CLIENT_ID, HUB_RESOURCE } from './identity-data';
import { errorPage, loggedOutPage, logoutPage, PAGE_HEADERS } from './pages';
import type { IdentityData } from './provision';

export interface ProviderSettings {
  data: IdentityData;
  accounts: AccountStore;
  /** Origins the dashboard is served from (the gateway's). */
  dashboardOrigins: string[];
  audience: string;
  accessTokenTtl: number;
}

/** How long a sign-in lasts at the provider (and so the dashboard's silent renewals): a working day. */
const SESSION_SECONDS = 12 * 60 * 60;

function html(ctx: KoaContextWithOIDC, body: string) {
  ctx.set(PAGE_HEADERS);
  ctx.body = body;
}

/** Everything oidc-provider is told; the tokens it issues are the ones README "Tokens" describes. */
export function providerConfiguration(settings: ProviderSettings): Configuration {
  const { data, accounts, dashboardOrigins, audience, accessTokenTtl } = settings;
  const tools = new Map(data.toolClients.map((c) => [c.clientId, c]));
  const dashboardUris = dashboardOrigins.map((origin) => `${origin}/dashboard/`);

  return {
    clients: [
      {
        client_id: DASHBOARD_CLIENT_ID,
        client_name: 'Chung Tay',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: dashboardUris,
        post_logout_redirect_uris: dashboardUris,
      },
      ...data.toolClients.map((c) => ({
        client_id: c.clientId,
        client_secret: c.secret,
        token_endpoint_auth_method: 'client_secret_basic' as const,
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
      })),
    ],
    responseTypes: ['code'],
    clientDefaults: { id_token_signed_response_alg: 'ES256' },
    enabledJWA: { idTokenSigningAlgValues: ['ES256'], userinfoSigningAlgValues: ['ES256'] },
    jwks: { keys: data.signingKeys },
    cookies: { keys: data.cookieKeys },
    findAccount: accounts.findAccount,
    // No offline_access: a refresh token never outlives the sign-in it came from (signing out ends them all).
    scopes: ['openid', 'profile'],
    claims: { openid: ['sub'], profile: ['name', 'org', 'units', 'roles'] },
    // The dashboard shows who is signed in from the id token alone (its access token is for the hub, not userinfo).
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      revocation: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => HUB_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (indicator !== HUB_RESOURCE)
            throw new errors.InvalidTarget(`unknown resource; use ${HUB_RESOURCE}`);
          return {
            audience,
            scope: 'openid profile',
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'ES256' } },
          };
        },
      },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => html(ctx, logoutPage(form)),
        postLogoutSuccessSource: (ctx) => html(ctx, loggedOutPage()),
      },
    },
    // org, units, roles (and a person's name) in every access token: the gateway authorises on them.
    extraTokenClaims: (_ctx, token) => {
      if (token.kind === 'ClientCredentials') {
        const tool = token.clientId ? tools.get(token.clientId) : undefined;
        return tool ? { org: tool.org, units: tool.units, roles: ['officer'] } : undefined;
      }
      const account = token.accountId ? accounts.get(token.accountId) : undefined;
      return account ? AccountStore.claims(account) : undefined;
    },
    // The dashboard renews silently with a refresh token, rotated at each use, that ends with the sign-in.
    issueRefreshToken: (_ctx, client) =>
      client.clientId === DASHBOARD_CLIENT_ID && client.grantTypeAllowed('refresh_token'),
    rotateRefreshToken: () => true,
    // The dashboard is the hub's own: signing in is consent to what it asks for; there is no consent page.
    loadExistingGrant: async (ctx) => {
      const { oidc } = ctx;
      const grantId = oidc.result?.consent?.grantId || oidc.session!.grantIdFor(oidc.client!.clientId);
      const existing = grantId ? await oidc.provider.Grant.find(grantId) : undefined;
      if (oidc.client!.clientId !== DASHBOARD_CLIENT_ID) return existing;
      const grant =
        existing ??
        new oidc.provider.Grant({ clientId: oidc.client!.clientId, accountId: oidc.session!.accountId });
      grant.addOIDCScope([...oidc.requestParamOIDCScopes].join(' '));
      for (const [indicator, server] of Object.entries(oidc.resourceServers ?? {}))
        grant.addResourceScope(
          indicator,
          [...oidc.requestParamScopes].filter((s) => server.scopes.has(s)).join(' '),
        );
      await grant.save();
      return grant;
    },
    ttl: {
      AccessToken: accessTokenTtl,
      ClientCredentials: accessTokenTtl,
      IdToken: accessTokenTtl,
      AuthorizationCode: 60,
      Interaction: 60 * 60,
      Session: SESSION_SECONDS,
      Grant: SESSION_SECONDS,
      RefreshToken: (ctx) => ctx?.oidc?.entities.RotatedRefreshToken?.remainingTTL ?? SESSION_SECONDS,
    },
    // The dashboard calls the token endpoint from the gateway's origin.
    clientBasedCORS: (_ctx, origin, client) =>
      client.clientId === DASHBOARD_CLIENT_ID && dashboardOrigins.includes(origin),
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    renderError: (ctx, out) => html(ctx, errorPage(out)),
  };
}
