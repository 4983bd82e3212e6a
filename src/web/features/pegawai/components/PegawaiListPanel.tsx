import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { JENIS_JABATAN } from '../../../../domain/jabatan';
import type { JenisJabatanValue } from '../../../../shared/schemas/organisation';
import type { PegawaiFilters as Filters } from '../api/get-pegawai-list';
import { byUnitName, useUnits } from '../../../api/units';
import { PegawaiFilters } from './PegawaiFilters';
import { PegawaiResults } from './PegawaiResults';

interface PegawaiListPanelProps {
  /** 'incomplete' is the "Rantai belum lengkap" page: the same list with that filter fixed. */
  mode: 'all' | 'incomplete';
  /** Roles that read the organisation tree may filter by OPD and see unit names. */
  canReadUnits: boolean;
  caption: string;
  empty: { title: string; hint: string };
  /** A pegawai who rates nobody sees only their own row: nothing to search. */
  showFilters?: boolean;
}

const ids = /^\d{1,18}$/;

function readFilters(params: URLSearchParams, mode: PegawaiListPanelProps['mode']): Filters {
  const jenis = params.get('jenisJabatan');
  const id = (key: string) => {
    const value = params.get(key) ?? '';
    return ids.test(value) ? value : '';
  };
  return {
    q: (params.get('q') ?? '').slice(0, 100),
    opdId: id('opdId'),
    unitId: id('unitId'),
    jenisJabatan: JENIS_JABATAN.find((option) => option === jenis) ?? ('' as JenisJabatanValue | ''),
    chain: mode === 'incomplete' || params.get('chain') === 'incomplete' ? 'incomplete' : '',
  };
}

/** Filters live in the URL, so a filtered list (e.g. one unit from the organisation page) can be linked. */
export function PegawaiListPanel({ mode, canReadUnits, caption, empty, showFilters = true }: PegawaiListPanelProps) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readFilters(searchParams, mode);
  const units = useUnits(canReadUnits);
  const opdOptions = useMemo(
    () => (units.data ?? []).filter((unit) => unit.isOpd).sort(byUnitName),
    [units.data],
  );
  const unitName = units.data?.find((unit) => unit.id === filters.unitId)?.name ?? null;

  function applyFilters(next: Filters) {
    const params = new URLSearchParams();
    for (const key of ['q', 'opdId', 'unitId', 'jenisJabatan'] as const) if (next[key]) params.set(key, next[key]);
    if (mode === 'all' && next.chain) params.set('chain', next.chain);
    setSearchParams(params);
  }

  const filtered = Boolean(filters.q || filters.opdId || filters.unitId || filters.jenisJabatan || (mode === 'all' && filters.chain));
  return (
    <section aria-label={caption}>
      {showFilters ? (
        <PegawaiFilters
          key={searchParams.toString()}
          value={filters}
          onChange={applyFilters}
          opdOptions={opdOptions}
          unitName={unitName}
          showChainFilter={mode === 'all'}
        />
      ) : null}
      <PegawaiResults
        filters={filters}
        caption={caption}
        showProblems={mode === 'incomplete'}
        empty={filtered ? { title: t('pegawai.emptyFiltered'), hint: t('pegawai.emptyFilteredHint') } : empty}
      />
    </section>
  );
}
