import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..', '..');
/** Where the hub keeps its local state (database files, development secrets); git-ignored. */
export const defaultDataDir = () => process.env.CHUNG_TAY_DATA_DIR ?? join(REPO_ROOT, '.data');
