import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { links } from '../../../config/paths';
import { useUnitDetail } from '../../../api/units';
import type { UnitIndex } from '../utils/unit-index';
import { UnitHeadLine } from './UnitHeadLine';
import { UnitPosts } from './UnitPosts';

interface UnitDetailPanelProps {
  unitId: string;
  index: UnitIndex;
  /** A link inside the detail chose another unit. */
  onNavigate: () => void;
  onBack: () => void;
  /** Asked once the unit has loaded: whether to put focus on its heading. */
  takeFocusRequest: () => boolean;
}

export function UnitDetailPanel({ unitId, index, onNavigate, onBack, takeFocusRequest }: UnitDetailPanelProps) {
  const { t } = useTranslation();
  const query = useUnitDetail(unitId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const loadedId = query.data?.unit.id;

  useEffect(() => {
    if (loadedId === unitId && takeFocusRequest()) headingRef.current?.focus();
  }, [loadedId, unitId, takeFocusRequest]);

  const back = (
    <Button variant="ghost" size="sm" className="org-detail__back" onClick={onBack}>
      ← {t('organisation.backToTree')}
    </Button>
  );
  if (query.isPending) return <Loading />;
  if (query.isError)
    return (
      <div className="stack">
        {back}
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );

  const { unit, path, jabatan, children } = query.data;
  const total = index.totals.get(unit.id) ?? unit.pegawaiCount;
  return (
    <article className="org-detail card" aria-labelledby="org-detail-title" aria-busy={query.isFetching || undefined}>
      {back}
      <nav aria-label={t('organisation.pathLabel')}>
        <ol className="org-breadcrumb">
          {path.map((step, position) => (
            <li key={step.id}>
              {position === path.length - 1 ? (
                <span aria-current="location">{step.name}</span>
              ) : (
                <Link to={links.organisationUnit(step.id)} onClick={onNavigate}>
                  {step.name}
                </Link>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <h2 id="org-detail-title" ref={headingRef} tabIndex={-1}>
        {unit.name}
      </h2>
      <p className="org-detail__kind muted">
        {t(`organisation.kinds.${unit.kind}`, { defaultValue: unit.kind })} · <span className="mono">{unit.code}</span>
      </p>
      <p className="org-detail__head">
        <UnitHeadLine unit={unit} total={total} />
      </p>
      <ul className="org-detail__links">
        <li>
          <Link to={links.pegawaiInUnit(unit.id)}>{t('organisation.pegawaiInUnit', { count: unit.pegawaiCount })}</Link>
        </li>
        {unit.isOpd ? (
          <li>
            <Link to={links.pegawaiInOpd(unit.id)}>{t('organisation.pegawaiInOpd', { count: total })}</Link>
          </li>
        ) : null}
      </ul>

      <section aria-labelledby="org-posts-title">
        <h3 id="org-posts-title">{t('organisation.postsTitle')}</h3>
        <UnitPosts jabatan={jabatan} />
      </section>

      <section aria-labelledby="org-children-title">
        <h3 id="org-children-title">{t('organisation.childrenTitle', { count: children.length })}</h3>
        {children.length === 0 ? (
          <p className="muted">{t('organisation.noChildren')}</p>
        ) : (
          <ul className="org-children">
            {children.map((child) => (
              <li key={child.id}>
                <Link to={links.organisationUnit(child.id)} onClick={onNavigate} className="org-children__name">
                  {child.name}
                </Link>
                <span className="org-children__meta">
                  <UnitHeadLine unit={child} total={index.totals.get(child.id) ?? child.pegawaiCount} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
