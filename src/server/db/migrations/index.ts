import type { Migration } from 'kysely';
import * as m0001 from './0001-create-platform';

/** Every migration, in order. A test checks this list against the files in this folder. */
export const migrations: Record<string, Migration> = {
  '0001-create-platform': m0001,
};
