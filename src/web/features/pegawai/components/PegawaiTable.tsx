import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatNip } from '../../../../domain/nip';
import type { PegawaiSummary } from '../../../../shared/schemas/organisation';
import { Table, type Column } from '../../../components/Table';
import { links } from '../../../config/paths';
import { ChainProblemsCell } from './ChainProblemsCell';
import './pegawai-list.css';

interface PegawaiTableProps {
  caption: string;
  rows: PegawaiSummary[];
  /** The "rantai belum lengkap" page names each person's problem. */
  showProblems: boolean;
}

/** A table on wide screens; the shared Table turns each row into a card on a phone. */
export function PegawaiTable({ caption, rows, showProblems }: PegawaiTableProps) {
  const { t } = useTranslation();
  const columns: Column<PegawaiSummary>[] = [
    {
      key: 'name',
      header: t('pegawai.columns.name'),
      className: 'pegawai-table__name',
      cell: (row) => (
        <>
          <Link to={links.pegawaiProfile(row.id)} className="pegawai-name">
            {row.name}
          </Link>
          <span className="pegawai-nip">
            <span className="mono">{formatNip(row.nip, row.jenisAsn)}</span> · {row.jenisAsn}
          </span>
        </>
      ),
    },
    {
      key: 'jabatan',
      header: t('pegawai.columns.jabatan'),
      cell: (row) =>
        row.jabatan ? (
          <>
            <span className="pegawai-cell__main">{row.jabatan.name}</span>
            <span className="pegawai-cell__sub">{t(`jenisJabatan.${row.jabatan.jenis}`)}</span>
          </>
        ) : (
          <span className="muted">{t('pegawai.noPost')}</span>
        ),
    },
    {
      key: 'unit',
      header: t('pegawai.columns.unit'),
      cell: (row) =>
        row.unit ? (
          <>
            <span className="pegawai-cell__main">{row.unit.name}</span>
            {row.opd && row.opd.id !== row.unit.id ? <span className="pegawai-cell__sub">{row.opd.name}</span> : null}
          </>
        ) : (
          <span className="muted">—</span>
        ),
    },
    {
      key: 'chain',
      header: t('pegawai.columns.chain'),
      cell: (row) =>
        showProblems ? (
          <ChainProblemsCell pegawaiId={row.id} />
        ) : row.chainComplete ? (
          <span className="badge badge--success">{t('pegawai.chainComplete')}</span>
        ) : (
          <span className="badge badge--warning">{t('pegawai.chainIncomplete')}</span>
        ),
    },
  ];
  return <Table caption={caption} columns={columns} rows={rows} rowKey={(row) => row.id} />;
}
