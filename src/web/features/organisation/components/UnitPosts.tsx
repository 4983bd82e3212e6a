import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { UnitDetail } from '../../../../shared/schemas/organisation';
import { links } from '../../../config/paths';

/** The unit's posts, the head first, each with who holds it (or "Lowong"). */
export function UnitPosts({ jabatan }: { jabatan: UnitDetail['jabatan'] }) {
  const { t } = useTranslation();
  if (jabatan.length === 0) return <p className="muted">{t('organisation.noPosts')}</p>;
  const ordered = [...jabatan].sort((a, b) => Number(b.isHead) - Number(a.isHead));
  return (
    <ul className="org-posts">
      {ordered.map((post) => (
        <li key={post.id} className="org-posts__item">
          <p className="org-posts__name">
            {post.name}
            {post.isHead ? <span className="badge badge--neutral">{t('organisation.headPost')}</span> : null}
          </p>
          <p className="org-posts__kind muted">
            {t(`jenisJabatan.${post.jenis}`)}
            {post.jenjang ? ` · ${t(`jenjang.${post.jenjang}`, { defaultValue: post.jenjang })}` : ''}
          </p>
          {post.holders.length === 0 ? (
            <span className="badge badge--danger">{t('organisation.vacant')}</span>
          ) : (
            <ul className="org-posts__holders plain-list">
              {post.holders.map((holder) => (
                <li key={`${holder.pegawaiId}-${String(holder.acting)}`}>
                  <Link to={links.pegawaiProfile(holder.pegawaiId)}>{holder.name}</Link>{' '}
                  <span className="mono muted">{holder.nip}</span>
                  {holder.acting ? (
                    <>
                      {' '}
                      <span className="badge badge--warning">{t('organisation.acting')}</span>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
