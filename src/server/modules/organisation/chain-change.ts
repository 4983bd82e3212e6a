import type { AuditActor, AuditLog } from '../../platform/audit/audit-log';
import type { Trx } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { notify } from '../notifications';
import { resolveChain, type ChainLink } from '../../../domain/penilai';
import { listActivePegawaiIds, listChainLinks, type ChainLinks } from './chain.repository';
import { loadOrgView, refreshPenilaiChains } from './chain.service';

export interface ChainChange {
  pegawaiId: string;
  /** The day the chains were compared on: today, or the future date a change takes effect. */
  date: string;
  from: ChainLinks;
  to: ChainLinks;
}

export interface ChainChangeContext {
  audit: AuditLog;
  actor: AuditActor;
  /** The pegawai behind the account making the change (null: an official or the system). */
  actorPegawaiId: string | null;
  /** What caused it, for the audit row: 'pegawai.transferred', 'setting.updated'… */
  cause: string;
}

const ROLES = ['atasan', 'penilai', 'atasanPenilai'] as const;
const RECIPIENT_CHUNK = 1000;

/** 403 for a change to the chains the acting person is part of: nobody changes who rates them or whom they rate. */
export const selfChainChange = () =>
  new AppError('FORBIDDEN_SCOPE', [
    { reason: 'Anda tidak dapat mengubah siapa yang menilai Anda atau siapa yang Anda nilai (penempatan, penetapan atasan, pendelegasian, atau peran Anda sendiri). Mintalah admin lain melakukannya.' },
  ]);

const involves = (links: ChainLinks, pegawaiId: string) => ROLES.some((role) => links[role] === pegawaiId);

const idOf = (link: ChainLink | null) => (link?.kind === 'PEGAWAI' ? link.pegawaiId : null);

/** Everyone's chain as it resolves on `date` (a day after today: the stored chains are today's). */
async function resolvedOn(trx: Trx, instansiId: string, date: string): Promise<Map<string, ChainLinks>> {
  const { view } = await loadOrgView(trx, instansiId, date);
  const links = new Map<string, ChainLinks>();
  for (const id of await listActivePegawaiIds(trx, instansiId)) {
    const chain = resolveChain(view, id);
    links.set(id, { atasan: idOf(chain.atasanLangsung), penilai: idOf(chain.pejabatPenilai), atasanPenilai: idOf(chain.atasanPejabatPenilai) });
  }
  return links;
}

function diff(before: Map<string, ChainLinks>, after: Map<string, ChainLinks>, date: string): ChainChange[] {
  const changes: ChainChange[] = [];
  for (const [pegawaiId, to] of after) {
    const from = before.get(pegawaiId);
    if (from && ROLES.some((role) => from[role] !== to[role])) changes.push({ pegawaiId, date, from, to });
  }
  return changes;
}

/**
 * Call before writing a change to units, posts, placements, overrides or delegations, then
 * `finish()` after it, in the same transaction. `finish` recomputes the stored chains and acts on
 * what changed today or on `effectiveDates` (a transfer dated next month changes chains then):
 * refuses (403, so everything rolls back) when the acting person is in a changed chain, tells
 * every pegawai whose chain changed and every atasan who gained or lost someone, and audits each
 * change. A pegawai with no chain before (just created) is not a change.
 */
export async function beginChainChange(trx: Trx, instansiId: string, today: string, ctx: ChainChangeContext, effectiveDates: string[] = []) {
  const later = [...new Set(effectiveDates.filter((date) => date > today))].sort();
  const before = await listChainLinks(trx, instansiId);
  const beforeLater: Map<string, ChainLinks>[] = [];
  for (const date of later) beforeLater.push(await resolvedOn(trx, instansiId, date));
  return {
    async finish(): Promise<ChainChange[]> {
      await refreshPenilaiChains(trx, instansiId, today);
      const changes = diff(before, await listChainLinks(trx, instansiId), today);
      for (const [i, date] of later.entries()) changes.push(...diff(beforeLater[i]!, await resolvedOn(trx, instansiId, date), date));
      return settle(trx, changes, ctx);
    },
  };
}

/** The same for a change that takes effect today (or whose dates need no look-ahead). */
export async function recomputeChains(trx: Trx, instansiId: string, today: string, ctx: ChainChangeContext): Promise<ChainChange[]> {
  return (await beginChainChange(trx, instansiId, today, ctx)).finish();
}

async function settle(trx: Trx, changes: ChainChange[], ctx: ChainChangeContext): Promise<ChainChange[]> {
  if (changes.length === 0) return changes;
  const me = ctx.actorPegawaiId;
  if (me && changes.some((c) => c.pegawaiId === me || involves(c.from, me) || involves(c.to, me))) throw selfChainChange();

  const rated = [...new Set(changes.map((c) => c.pegawaiId))];
  const raters = new Set<string>();
  for (const c of changes) for (const role of ROLES) for (const id of [c.from[role], c.to[role]]) if (id && c.from[role] !== c.to[role]) raters.add(id);
  for (let i = 0; i < rated.length; i += RECIPIENT_CHUNK) {
    await notify(trx, { pegawaiIds: rated.slice(i, i + RECIPIENT_CHUNK) }, {
      kind: 'CHAIN_CHANGED',
      title: 'Rantai penilai Anda berubah',
      body: 'Atasan langsung, pejabat penilai, atau atasan pejabat penilai Anda berubah. Buka profil Anda di daftar Pegawai untuk rinciannya.',
      link: '/pegawai',
    });
  }
  const raterIds = [...raters];
  for (let i = 0; i < raterIds.length; i += RECIPIENT_CHUNK) {
    await notify(trx, { pegawaiIds: raterIds.slice(i, i + RECIPIENT_CHUNK) }, {
      kind: 'CHAIN_CHANGED',
      title: 'Pegawai yang Anda nilai berubah',
      body: 'Ada pegawai yang masuk atau keluar dari daftar yang Anda bina sebagai atasan langsung, pejabat penilai, atau atasan pejabat penilai.',
      link: '/pegawai',
    });
  }
  // Compact rows [pegawai, [atasan, penilai, atasan penilai] before, … after, date]: an import may change thousands.
  const row = (l: ChainLinks) => [l.atasan, l.penilai, l.atasanPenilai];
  await ctx.audit.append(trx, ctx.actor, {
    action: 'organisation.chains_changed',
    entityType: 'penilai_chain',
    entityId: null,
    data: { cause: ctx.cause, count: changes.length, changes: changes.map((c) => [c.pegawaiId, row(c.from), row(c.to), c.date]) },
  });
  return changes;
}
