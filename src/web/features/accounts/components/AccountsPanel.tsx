import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { roles, type Role } from '../../../../shared/roles';
import { AccountFilters, type AccountFilterValues } from './AccountFilters';
import { AccountsResults } from './AccountsResults';

function parseRole(value: string | null): Role | '' {
  return roles.find((role) => role === value) ?? '';
}

/** Filters live in the URL so a search can be bookmarked and survives a reload. */
export function AccountsPanel() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters: AccountFilterValues = { q: searchParams.get('q') ?? '', role: parseRole(searchParams.get('role')) };
  const [announcement, setAnnouncement] = useState('');

  function applyFilters(next: AccountFilterValues) {
    const params = new URLSearchParams();
    if (next.q) params.set('q', next.q);
    if (next.role) params.set('role', next.role);
    setSearchParams(params);
  }

  return (
    <section aria-label={t('roles.tableCaption')}>
      <AccountFilters value={filters} onChange={applyFilters} />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {/* A new filter starts again at page one, so the cursor state is keyed by it. */}
      <AccountsResults key={`${filters.q}|${filters.role}`} filters={filters} onAnnounce={setAnnouncement} />
    </section>
  );
}
