interface PeriodLike {
  id: string;
  startsOn: string;
  endsOn: string;
  status: 'OPEN' | 'CLOSED';
}

/**
 * The period a pegawai most likely wants: the one today falls in, when open; otherwise the
 * latest open one that has started; otherwise the first open one; otherwise the last.
 * `today` is an ISO date (YYYY-MM-DD), so string comparison orders it.
 */
export function choosePeriod<P extends PeriodLike>(periods: P[], today: string): P | undefined {
  const sorted = [...periods].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const open = sorted.filter((p) => p.status === 'OPEN');
  const current = open.find((p) => p.startsOn <= today && today <= p.endsOn);
  if (current) return current;
  const started = open.filter((p) => p.startsOn <= today);
  return started.at(-1) ?? open[0] ?? sorted.at(-1);
}
