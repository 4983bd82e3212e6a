interface TargetLike {
  targetValue: number | null;
  targetText: string | null;
  satuan: string | null;
}

const locale = (language: string) => (language === 'en' ? 'en' : 'id-ID');

export function formatNumber(value: number, language: string): string {
  return value.toLocaleString(locale(language), { maximumFractionDigits: 2 });
}

/** "12 dokumen", or the narrative target of a qualitative indicator. */
export function formatTarget(iki: TargetLike, language: string): string {
  const value = iki.targetValue !== null ? formatNumber(iki.targetValue, language) : (iki.targetText ?? '');
  return [value, iki.satuan ?? ''].filter(Boolean).join(' ') || '—';
}

export function formatAmount(value: number | null, satuan: string | null, language: string): string {
  if (value === null) return '—';
  return [formatNumber(value, language), satuan ?? ''].filter(Boolean).join(' ');
}

export function formatPercent(value: number | null, language: string): string {
  return value === null ? '—' : `${formatNumber(value, language)}%`;
}

export function formatBytes(bytes: number, language: string): string {
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), language)} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString(locale(language), { maximumFractionDigits: 1 })} MB`;
}

/** A number typed with either decimal mark ("12,5" or "12.5"); '' is no value; anything else is NaN. */
export function parseDecimal(input: string): number | null {
  const trimmed = input.trim();
  if (trimmed === '') return null;
  const normalised = trimmed.replace(/\s/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}

/** A stored number as the user would type it back: "12,5" in Bahasa Indonesia, "12.5" in English. */
export function editableNumber(value: number, language: string): string {
  return language === 'en' ? String(value) : String(value).replace('.', ',');
}

/** "Triwulan I 2026" → "Triwulan I": where the year is already on the page. */
export function periodWithoutYear(name: string): string {
  return name.replace(/\s*\d{4}$/, '');
}

/** "Triwulan III 2026" → "TW III", "Januari 2026" → "Jan": for a chart axis at 360 px. */
export function periodAxisLabel(name: string): string {
  const plain = periodWithoutYear(name);
  const quarter = /^Triwulan\s+(\S+)$/i.exec(plain);
  if (quarter) return `TW ${quarter[1]}`;
  return /^\S+$/.test(plain) && plain.length > 4 ? plain.slice(0, 3) : plain;
}
