import type { Migration } from 'kysely';
import * as m0001 from './0001-create-platform';
import * as m0002 from './0002-create-organisation';
import * as m0003 from './0003-create-planning';
import * as m0004 from './0004-create-execution';
import * as m0005 from './0005-create-notifications';
import * as m0006 from './0006-create-evaluation';
import * as m0007 from './0007-create-public-service';
import * as m0008 from './0008-cover-service-metrics';
import * as m0009 from './0009-evaluation-rules';
import * as m0010 from './0010-skp-revisions';
import * as m0011 from './0011-organisation-integrity';
import * as m0012 from './0012-anonymous-360-and-ikm';
import * as m0013 from './0013-realisation-rated-lock';

/** Every migration, in order. A test checks this list against the files in this folder. */
export const migrations: Record<string, Migration> = {
  '0001-create-platform': m0001,
  '0002-create-organisation': m0002,
  '0003-create-planning': m0003,
  '0004-create-execution': m0004,
  '0005-create-notifications': m0005,
  '0006-create-evaluation': m0006,
  '0007-create-public-service': m0007,
  '0008-cover-service-metrics': m0008,
  '0009-evaluation-rules': m0009,
  '0010-skp-revisions': m0010,
  '0011-organisation-integrity': m0011,
  '0012-anonymous-360-and-ikm': m0012,
  '0013-realisation-rated-lock': m0013,
};
