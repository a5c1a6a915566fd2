import { join, resolve } from 'node:path';
import { hubSettingsFromEnv } from './env';

export const REPO_ROOT = resolve(__dirname, '..', '..');
/** Where the hub keeps its local state (database files, development secrets); git-ignored. */
export const defaultDataDir = () => hubSettingsFromEnv().dataDir ?? join(REPO_ROOT, '.data');
