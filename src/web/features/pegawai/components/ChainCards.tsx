import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ChainLinkView, PenilaiChainView } from '../../../../shared/schemas/organisation';
import { links } from '../../../config/paths';

const roles = ['atasanLangsung', 'pejabatPenilai', 'atasanPejabatPenilai'] as const;

/** Atasan langsung → pejabat penilai → atasan pejabat penilai, each saying where it comes from. */
export function ChainCards({ chain, linkPeople }: { chain: PenilaiChainView; linkPeople: boolean }) {
  const { t } = useTranslation();
  return (
    <ol className="chain-cards">
      {roles.map((key) => {
        const link: ChainLinkView | null = chain[key];
        const titleId = `chain-${key}`;
        return (
          <li key={key} className={`chain-card${link ? '' : ' chain-card--missing'}`} aria-labelledby={titleId}>
            <h3 id={titleId} className="chain-card__role">
              {t(`pegawai.chain.${key}`)}
            </h3>
            {link ? (
              <>
                <p className="chain-card__name">
                  {linkPeople && link.kind === 'PEGAWAI' ? <Link to={links.pegawaiProfile(link.id)}>{link.name}</Link> : link.name}
                  {link.acting ? (
                    <span className="badge badge--warning" title={t('organisation.actingTitle')}>
                      {t('organisation.acting')}
                    </span>
                  ) : null}
                </p>
                {link.nip ? <p className="chain-card__nip mono">{link.nip}</p> : null}
                {link.jabatan && link.jabatan !== link.name ? <p className="chain-card__line">{link.jabatan}</p> : null}
                {link.unitName ? <p className="chain-card__line">{link.unitName}</p> : null}
                <p className="chain-card__source">{t('pegawai.chain.source', { source: link.sourceLabel })}</p>
              </>
            ) : (
              // The section's warning lists the problems; the card only says the link is missing.
              <p className="chain-card__name">{t('pegawai.chain.missing')}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
