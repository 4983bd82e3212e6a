import path from 'node:path';
import type { Config } from '../config';

/** Uploaded files live beside the database under the data directory (back both up together). */
export const filesDirOf = (config: Pick<Config, 'dataDir'>) => path.join(config.dataDir, 'files');
