interface TargetLike {
  targetValue: number | null;
  targetText: string | null;
  satuan: string | null;
}

/** "12 dokumen", or the narrative target of a qualitative indicator. */
export function formatTarget(iki: TargetLike): string {
  const value = iki.targetValue !== null ? iki.targetValue.toLocaleString('id-ID') : (iki.targetText ?? '');
  return [value, iki.satuan ?? ''].filter(Boolean).join(' ') || '—';
}

/** A number typed with either decimal mark becomes targetValue; anything else is a narrative target. */
export function parseTarget(input: string): { targetValue: number | null; targetText: string | null } {
  const trimmed = input.trim();
  const normalised = trimmed.replace(',', '.');
  if (/^-?\d+(\.\d+)?$/.test(normalised)) return { targetValue: Number(normalised), targetText: null };
  return { targetValue: null, targetText: trimmed === '' ? null : trimmed };
}
