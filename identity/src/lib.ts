// What other packages may use without starting the provider (nothing here loads oidc-provider).
export {
  DASHBOARD_CLIENT_ID,
  HUB_RESOURCE,
  demoUserName,
  readIdentityData,
  toolClientId,
  type DemoAccount,
  type ToolClient,
} from './identity-data';
export { IDENTITY_FILES, identityDataDir } from './data-folder';
