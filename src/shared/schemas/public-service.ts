import { z } from 'zod';
import { complaintStatuses } from '../../domain/complaint-workflow';
import { complaintCategories } from '../../domain/sla';
import { isoDate } from './dates';
import { idSchema } from './ids';
import { page, pageQuery } from './paging';

/**
 * Public service quality (issue #7): service units with their QR page, complaints (pengaduan) with
 * the SP4N-LAPOR! response-time ladder, the IKM survey, the public transparency dashboard, and the
 * indicators computed from them. Public replies carry no personal data of complainants.
 */
const year = z.coerce.number().int().min(2000).max(2100);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));

export const complaintCategory = z.enum(complaintCategories);
export const complaintStatus = z.enum(complaintStatuses);
export const memberRole = z.enum(['PETUGAS', 'KOORDINATOR']);
export type MemberRole = z.infer<typeof memberRole>;

/** Where a service-fed IKI takes its realisation from. */
export const serviceSourceKind = z.enum(['IKM_INDEX', 'COMPLAINTS_ON_TIME_PCT', 'FIRST_RESPONSE_AVG_DAYS']);
export type ServiceSourceKind = z.infer<typeof serviceSourceKind>;
export const serviceSourceLabels: Record<ServiceSourceKind, string> = {
  IKM_INDEX: 'Indeks Kepuasan Masyarakat (IKM) unit layanan',
  COMPLAINTS_ON_TIME_PCT: 'Persentase pengaduan yang diselesaikan sesuai standar waktu',
  FIRST_RESPONSE_AVG_DAYS: 'Rata-rata waktu tanggapan pertama pengaduan (hari)',
};

/** The data behind a computed realisation: shown on the realisation screen. */
export const ikiSourceView = z.object({
  kind: serviceSourceKind,
  serviceUnitId: z.string(),
  unitName: z.string(),
  periodLabel: z.string(),
  /** e.g. "38 dari 42 pengaduan diselesaikan sesuai standar waktu". */
  detail: z.string(),
  /** A path in the web app showing the data (the unit's complaints or IKM for the period). */
  link: z.string(),
});
export type IkiSourceView = z.infer<typeof ikiSourceView>;
/** The web route the source link points at; the web app defines the page. */
export const serviceUnitDataPath = (serviceUnitId: string, periodId: string, kind: ServiceSourceKind) =>
  `/layanan/unit/${serviceUnitId}?periode=${periodId}&data=${kind === 'IKM_INDEX' ? 'ikm' : 'pengaduan'}`;

// ---- ticket codes: 10 characters of Crockford base32 ----
const CROCKFORD = /^[0-9A-HJKMNP-TV-Z]{10}$/;
/** What people type: any case, with spaces or dashes, O for 0 and I/L for 1. */
export function normalizeTicket(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}
export const ticketCode = z
  .string()
  .max(20)
  .transform(normalizeTicket)
  .pipe(z.string().regex(CROCKFORD, 'kode tiket tidak valid'));
export const ticketParams = z.object({ ticket: ticketCode });

// ---- public pages ----
export const slug = z
  .string()
  .trim()
  .toLowerCase()
  .min(3)
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'hanya huruf kecil, angka dan tanda hubung');
/** Words the web app uses under /layanan/ for its own pages: never a unit's address. */
export const reservedSlugs = ['unit', 'pengaduan', 'survei', 'tiket', 'transparansi'];
const unitSlug = slug.refine((value) => !reservedSlugs.includes(value), 'alamat ini dipakai aplikasi; pilih yang lain');
export const publicUnitParams = z.object({ slug });

export const publicUnitSummary = z.object({ slug: z.string(), name: z.string(), opdName: z.string() });
export const publicUnitList = z.object({ items: z.array(publicUnitSummary) });

export const publicUnitView = publicUnitSummary.extend({
  instansiName: z.string(),
  address: z.string().nullable(),
  /** The page the QR code opens, e.g. /layanan/pkm-tanah-garam. */
  publicPath: z.string(),
  dayKind: z.enum(['calendar', 'working']),
  firstResponseDays: z.number(),
  categories: z.array(z.object({ code: complaintCategory, label: z.string(), resolutionDays: z.number() })),
  /** The nine IKM unsur in order, and the labels of the 1–4 scale. */
  ikmUnsur: z.array(z.string()),
  ikmScale: z.array(z.string()),
});
export type PublicUnitView = z.infer<typeof publicUnitView>;

const phone = z
  .string()
  .trim()
  .max(20)
  .regex(/^\+?[0-9 ()-]{8,20}$/, 'nomor telepon tidak valid')
  .optional()
  .or(z.literal('').transform(() => undefined));
const email = z
  .string()
  .trim()
  .max(200)
  .email('alamat e-mail tidak valid')
  .optional()
  .or(z.literal('').transform(() => undefined));

/**
 * A complaint as the public form sends it (JSON, or multipart/form-data with the same fields and an
 * optional `photo`). `website` is a honeypot: hidden from people, filled by bots.
 */
export const complaintSubmission = z.object({
  category: complaintCategory,
  description: z.string().trim().min(20, 'ceritakan pengaduan Anda minimal 20 karakter').max(4000),
  name: optionalText(120),
  phone,
  email,
  website: z.string().max(500).optional(),
});
export type ComplaintSubmission = z.infer<typeof complaintSubmission>;
export const COMPLAINT_PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const complaintPhotoTypes = { 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WEBP', 'image/heic': 'HEIC' } as const;

export const complaintReceipt = z.object({
  ticket: z.string(),
  unitName: z.string(),
  category: complaintCategory,
  status: complaintStatus,
  receivedAt: z.string(),
  firstResponseDue: z.string(),
  resolutionDue: z.string(),
  /** The same complaint was sent from this address shortly before: its ticket is returned. */
  duplicate: z.boolean(),
});
export type ComplaintReceipt = z.infer<typeof complaintReceipt>;

/** What anyone holding the ticket sees: no description, no contact, no names. */
export const publicComplaintStatus = z.object({
  ticket: z.string(),
  unitName: z.string(),
  category: complaintCategory,
  categoryLabel: z.string(),
  status: complaintStatus,
  receivedAt: z.string(),
  firstResponseDue: z.string(),
  resolutionDue: z.string(),
  firstResponseAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  overdue: z.boolean(),
  /** Status changes and the unit's answers, oldest first. */
  timeline: z.array(z.object({ at: z.string(), status: complaintStatus, text: z.string().nullable() })),
});
export type PublicComplaintStatus = z.infer<typeof publicComplaintStatus>;

export const ikmSubmission = z.object({
  scores: z.array(z.number().int().min(1, 'nilai 1–4').max(4, 'nilai 1–4')).length(9, 'isi kesembilan unsur'),
  /** From POST …/ikm/token, kept on the device: one answer per respondent per unit per period. */
  respondentToken: z.string().regex(/^[A-Za-z0-9_-]{20,40}\.[A-Za-z0-9_-]{40,50}$/, 'token responden tidak valid'),
  comment: optionalText(1000),
  website: z.string().max(500).optional(),
});
export type IkmSubmission = z.infer<typeof ikmSubmission>;
export const ikmReceipt = z.object({ submittedAt: z.string(), duplicate: z.boolean() });
export const ikmRespondentToken = z.object({ token: z.string() });

export const dashboardQuery = z.object({ year: year.optional(), instansi: z.string().trim().max(30).optional() });
/** Groups smaller than these are hidden on the public dashboard. */
export const DASHBOARD_MIN_RESPONSES = 5;
export const DASHBOARD_MIN_COMPLAINTS = 3;
const dashboardCell = z.object({
  periodId: z.string(),
  ikm: z.object({ respondents: z.number(), index: z.number(), mutu: z.enum(['A', 'B', 'C', 'D']), mutuLabel: z.string() }).nullable(),
  /** Fewer than DASHBOARD_MIN_RESPONSES responses (but some): shown as "data belum cukup". */
  ikmHidden: z.boolean(),
  complaints: z.object({ received: z.number(), decided: z.number(), onTime: z.number(), onTimePct: z.number().nullable() }).nullable(),
  complaintsHidden: z.boolean(),
});
export const publicDashboard = z.object({
  instansiName: z.string(),
  year: z.number(),
  periods: z.array(z.object({ id: z.string(), name: z.string(), startsOn: z.string(), endsOn: z.string() })),
  minResponses: z.number(),
  minComplaints: z.number(),
  units: z.array(publicUnitSummary.extend({ periods: z.array(dashboardCell) })),
});
export type PublicDashboard = z.infer<typeof publicDashboard>;

// ---- staff: service units ----
export const serviceUnitInput = z.object({
  /** The unit kerja that serves (a puskesmas, a kelurahan, a school, a counter's bidang). */
  unitId: idSchema,
  name: z.string().trim().min(3).max(200),
  slug: unitSlug,
  address: z.string().trim().max(300).nullable().optional(),
});
export const serviceUnitPatch = z.object({
  name: z.string().trim().min(3).max(200).optional(),
  slug: unitSlug.optional(),
  address: z.string().trim().max(300).nullable().optional(),
  active: z.boolean().optional(),
});
export const serviceUnitMembersInput = z.object({
  members: z.array(z.object({ pegawaiId: idSchema, role: memberRole.default('PETUGAS') })).max(300),
});
export const serviceUnitQuery = z.object({ opdId: idSchema.optional() });

const person = z.object({ pegawaiId: z.string(), name: z.string(), nip: z.string() });
export const serviceUnitSummary = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  opdId: z.string(),
  opdName: z.string(),
  active: z.boolean(),
  openComplaints: z.number(),
  overdueComplaints: z.number(),
});
export const serviceUnitList = z.object({ items: z.array(serviceUnitSummary) });
export const serviceUnitView = serviceUnitSummary.extend({
  address: z.string().nullable(),
  publicPath: z.string(),
  head: person.extend({ acting: z.boolean() }).nullable(),
  members: z.array(person.extend({ role: memberRole })),
  can: z.object({ edit: z.boolean(), manageMembers: z.boolean(), assign: z.boolean(), readComplaints: z.boolean() }),
});
export type ServiceUnitView = z.infer<typeof serviceUnitView>;

// ---- staff: complaints ----
export const complaintListQuery = pageQuery.extend({
  status: z.enum([...complaintStatuses, 'OPEN']).optional(),
  overdue: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  periodId: idSchema.optional(),
});
export const complaintSummary = z.object({
  id: z.string(),
  ticket: z.string(),
  serviceUnitId: z.string(),
  unitName: z.string(),
  category: complaintCategory,
  status: complaintStatus,
  excerpt: z.string(),
  receivedAt: z.string(),
  firstResponseDue: z.string(),
  resolutionDue: z.string(),
  firstResponseAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  assignee: z.object({ pegawaiId: z.string(), name: z.string() }).nullable(),
  overdue: z.object({ firstResponse: z.boolean(), resolution: z.boolean() }),
  escalated: z.boolean(),
  duplicateOfTicket: z.string().nullable(),
  hasPhoto: z.boolean(),
});
export type ComplaintSummary = z.infer<typeof complaintSummary>;
export const complaintPage = page(complaintSummary);
export const complaintDetail = complaintSummary.extend({
  description: z.string(),
  /** Complainant's contact: only for the handling unit (members and head); null otherwise or when none was given. */
  contact: z.object({ name: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable() }).nullable(),
  contactVisible: z.boolean(),
  photo: z.object({ contentType: z.string(), sizeBytes: z.number() }).nullable(),
  firstResponseDays: z.number().nullable(),
  events: z.array(z.object({ id: z.string(), at: z.string(), kind: z.string(), status: complaintStatus, text: z.string().nullable(), actorName: z.string().nullable(), public: z.boolean() })),
  can: z.object({ assign: z.boolean(), respond: z.boolean(), resolve: z.boolean(), reject: z.boolean() }),
});
export type ComplaintDetail = z.infer<typeof complaintDetail>;
export const complaintAssignInput = z.object({ pegawaiId: idSchema, category: complaintCategory.optional(), note: z.string().trim().max(1000).optional() });
export const complaintAnswerInput = z.object({ text: z.string().trim().min(1, 'wajib diisi').max(4000) });
export const complaintRejectInput = z.object({ reason: z.string().trim().min(1, 'alasan penolakan wajib diisi').max(2000) });

// ---- staff: IKM results ----
export const ikmBurstView = z.object({
  id: z.string(),
  firstAt: z.string(),
  lastAt: z.string(),
  reason: z.string(),
  responses: z.number(),
  status: z.enum(['PENDING', 'ACCEPTED', 'REJECTED']),
  decidedAt: z.string().nullable(),
  note: z.string().nullable(),
});
export const ikmResultQuery = z.object({ periodId: idSchema.optional(), year: year.optional() });
export const ikmResultView = z.object({
  serviceUnitId: z.string(),
  unitName: z.string(),
  opdName: z.string(),
  instansiName: z.string(),
  period: z.object({ periodId: z.string().nullable(), label: z.string(), startsOn: z.string(), endsOn: z.string() }),
  respondents: z.number(),
  minRespondents: z.number(),
  belowMinimum: z.boolean(),
  weight: z.number(),
  /** Per unsur in the regulation's order: NRR and NRR × weight, unrounded. */
  unsur: z.array(z.object({ code: z.string(), name: z.string(), total: z.number(), nrr: z.number().nullable(), nrrWeighted: z.number().nullable() })),
  nrrWeightedTotal: z.number().nullable(),
  index: z.number().nullable(),
  mutu: z.enum(['A', 'B', 'C', 'D']).nullable(),
  mutuLabel: z.string().nullable(),
  comments: z.array(z.object({ at: z.string(), text: z.string() })),
  /** Answers in flagged bursts not (yet) accepted by BKPSDM: left out of everything above. */
  held: z.number(),
  bursts: z.array(ikmBurstView),
  can: z.object({ decideBursts: z.boolean() }),
});
export type IkmResultView = z.infer<typeof ikmResultView>;
export const ikmBurstParams = z.object({ id: idSchema, burstId: idSchema });
export const ikmBurstDecision = z.object({ decision: z.enum(['ACCEPT', 'REJECT']), note: z.string().trim().min(1, 'catatan wajib diisi').max(1000) });
export type IkmBurstDecision = z.infer<typeof ikmBurstDecision>;
export const ikmBurstDecided = z.object({ id: z.string(), status: z.enum(['ACCEPTED', 'REJECTED']), decidedAt: z.string() });

// ---- holiday calendar ----
export const holidayKind = z.enum(['LIBUR_NASIONAL', 'CUTI_BERSAMA', 'LIBUR_DAERAH']);
export const holidayQuery = z.object({ year: year.optional() });
export const holidayParams = z.object({ date: isoDate });
export const holidayInput = z.object({ name: z.string().trim().min(1).max(200), kind: holidayKind.default('LIBUR_DAERAH') });
export const holidayView = z.object({ date: z.string(), name: z.string(), kind: holidayKind });
export const holidayList = z.object({ items: z.array(holidayView) });
export const nationalHolidayImport = z.object({ year });
export const nationalHolidayResult = holidayList.extend({ added: z.number() });
