import type { PlanningFixture } from './planning-setup';
import { WARM_UP_SECONDS, type Scenario } from './scenarios';
import type { BenchSession } from './sign-in';

export interface ScaleRowsInput {
  durationSeconds: number;
  admin: BenchSession;
  /** The planning staff member, signed in as themself. */
  staff: BenchSession;
  /** Pegawai in the database (import and demo), for the labels. */
  pegawai: number;
  units: number;
  deepCursor: string;
  deepRows: number;
  /** A common part of names (many hits: the first page fills early in name order). */
  fragment: string;
  /** One person's full name (a handful of hits: the search reads most of the list). */
  fullName: string;
  planning: PlanningFixture;
}

/**
 * Rows at scale run 16 connections, not 64: PGlite answers some of them only a few times a
 * second, and 64 queued requests would wait longer than any timeout, so the row would measure
 * the queue. 16 still keeps PostgreSQL's pool of 10 busy.
 */
export const SCALE_CONNECTIONS = 16;

/** The rows that cost tens to hundreds of milliseconds each measure half of BENCH_DURATION, at least 3 s. */
export const heavySeconds = (durationSeconds: number) => Math.max(3, Math.ceil(durationSeconds / 2));

const thousands = (n: number) => n.toLocaleString('en-US');

/**
 * The rows at scale, run after the import on the same server: the pegawai list (first page, a
 * deep keyset page, two searches) and the unit tree as BKPSDM, then the planning reads. Searches,
 * the tree and the pohon (over half a megabyte each) warm up with one request per connection,
 * so none is still queued when the measured window starts, and allow 30 s per request.
 */
export function scaleScenarios(input: ScaleRowsInput): Scenario[] {
  const { durationSeconds, admin, staff, planning } = input;
  const connections = SCALE_CONNECTIONS;
  const steady = { method: 'GET', connections, measureSeconds: durationSeconds, warmUp: { seconds: WARM_UP_SECONDS }, timeoutSeconds: 10 } as const;
  const heavy = { method: 'GET', connections, measureSeconds: heavySeconds(durationSeconds), warmUp: { requests: connections }, timeoutSeconds: 30 } as const;
  const asAdmin = { headers: { cookie: admin.cookie } };
  const size = `${thousands(input.pegawai)} pegawai`;
  return [
    { name: `${size}: GET /api/pegawai?limit=50 (first page)`, path: '/api/pegawai?limit=50', ...asAdmin, ...steady },
    { name: `${size}: GET /api/pegawai?limit=50&cursor (keyset page after row ${thousands(input.deepRows)})`, path: `/api/pegawai?limit=50&cursor=${input.deepCursor}`, ...asAdmin, ...steady },
    { name: `${size}: GET /api/pegawai?q=${input.fragment} (common name part)`, path: `/api/pegawai?q=${encodeURIComponent(input.fragment)}`, ...asAdmin, ...heavy },
    { name: `${size}: GET /api/pegawai?q=<one full name> (few hits)`, path: `/api/pegawai?q=${encodeURIComponent(input.fullName)}`, ...asAdmin, ...heavy },
    { name: `${size}: GET /api/units (whole tree, ${thousands(input.units)} units)`, path: '/api/units', ...asAdmin, ...heavy },
    { name: 'planning: GET /api/skp/:id (staff SKP, as its owner)', path: `/api/skp/${planning.staff.skpId}`, headers: { cookie: staff.cookie }, ...steady },
    {
      name: `planning: GET /api/pohon-kinerja (OPD of ${thousands(planning.pegawai)}, ${thousands(planning.rhk)} RHK)`,
      path: `/api/pohon-kinerja?opdId=${planning.opdId}&year=${planning.year}`,
      ...asAdmin,
      ...heavy,
    },
  ];
}
