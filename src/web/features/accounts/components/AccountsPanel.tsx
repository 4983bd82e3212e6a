import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { roles, type Role } from '../../../../shared/roles';
import { Alert } from '../../../components/Alert';
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
  const [notice, setNotice] = useState('');

  function applyFilters(next: AccountFilterValues) {
    const params = new URLSearchParams();
    if (next.q) params.set('q', next.q);
    if (next.role) params.set('role', next.role);
    setSearchParams(params);
    setNotice('');
  }

  return (
    <section aria-label={t('roles.tableCaption')}>
      <AccountFilters value={filters} onChange={applyFilters} />
      {/* Present from the start, so screen readers announce what is put into it later. */}
      <div role="status" className="accounts-notice">
        {notice ? (
          <Alert tone="success" live={false}>
            {notice}
          </Alert>
        ) : null}
      </div>
      {/* A new filter starts again at page one, so the cursor state is keyed by it. */}
      <AccountsResults key={`${filters.q}|${filters.role}`} filters={filters} onNotice={setNotice} />
    </section>
  );
}
