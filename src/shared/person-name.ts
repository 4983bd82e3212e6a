/** A pegawai's name as documents print it: gelar depan, name, then gelar belakang after a comma. */
export function fullName(p: { name: string; gelar_depan?: string | null; gelar_belakang?: string | null }): string {
  return [p.gelar_depan, p.name].filter(Boolean).join(' ') + (p.gelar_belakang ? `, ${p.gelar_belakang}` : '');
}
