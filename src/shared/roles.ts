/** Roles an account may hold; scopes are in design.md ("Access is scoped on the server"). */
export const roles = ['PEGAWAI', 'ATASAN', 'ADMIN_OPD', 'ADMIN_BKPSDM', 'PIMPINAN', 'INSPEKTORAT'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, { id: string; en: string }> = {
  PEGAWAI: { id: 'Pegawai', en: 'Employee' },
  ATASAN: { id: 'Atasan / Pejabat Penilai', en: 'Superior / Appraiser' },
  ADMIN_OPD: { id: 'Admin OPD', en: 'Agency administrator' },
  ADMIN_BKPSDM: { id: 'Admin BKPSDM', en: 'BKPSDM administrator' },
  PIMPINAN: { id: 'Pimpinan', en: 'Leadership' },
  INSPEKTORAT: { id: 'Inspektorat', en: 'Inspectorate' },
};
