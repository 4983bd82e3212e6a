import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatNip } from '../../../../domain/nip';
import type { PegawaiDetail } from '../../../../shared/schemas/organisation';
import { Button } from '../../../components/Button';
import { links } from '../../../config/paths';

interface IdentityFactsProps {
  pegawai: PegawaiDetail;
  linkUnit: boolean;
  onTransfer?: () => void;
  onAbsence?: () => void;
}

export function IdentityFacts({ pegawai, linkUnit, onTransfer, onAbsence }: IdentityFactsProps) {
  const { t } = useTranslation();
  const facts: { key: string; label: string; value: ReactNode }[] = [
    { key: 'nip', label: t(pegawai.jenisAsn === 'PPPK' ? 'pegawai.niPppk' : 'pegawai.nip'), value: <span className="mono">{formatNip(pegawai.nip, pegawai.jenisAsn)}</span> },
    { key: 'jenisAsn', label: t('pegawai.jenisAsn'), value: t(`pegawai.asn.${pegawai.jenisAsn}`) },
    { key: 'pangkat', label: t('pegawai.pangkat'), value: pegawai.pangkatGolongan ?? '—' },
    {
      key: 'jabatan',
      label: t('pegawai.jabatan'),
      value: pegawai.jabatan ? `${pegawai.jabatan.name} (${t(`jenisJabatan.${pegawai.jabatan.jenis}`)})` : t('pegawai.noPost'),
    },
    {
      key: 'unit',
      label: t('pegawai.unit'),
      value: !pegawai.unit ? '—' : linkUnit ? <Link to={links.organisationUnit(pegawai.unit.id)}>{pegawai.unit.name}</Link> : pegawai.unit.name,
    },
  ];
  return (
    <section className="card profile-identity" aria-labelledby="identity-title">
      <div className="section-head">
        <h2 id="identity-title">{t('pegawai.identityTitle')}</h2>
        {onTransfer || onAbsence ? (
          <div className="section-head__actions cluster">
            {onAbsence ? (
              <Button variant="secondary" size="sm" onClick={onAbsence}>
                {t('pegawai.absence.open')}
              </Button>
            ) : null}
            {onTransfer ? (
              <Button variant="secondary" size="sm" onClick={onTransfer}>
                {t('pegawai.transfer.open')}
              </Button>
            ) : null}
          </div>
        ) : null}
      </div>
      <dl className="facts">
        {facts.map((fact) => (
          <div key={fact.key}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
