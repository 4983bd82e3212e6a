import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { SelectField, TextField } from '../../../components/Field';
import type { AuditFilters } from '../api/get-audit-log';
import { knownAuditActions, useAuditActionLabel } from '../hooks/use-audit-action-label';
import { auditListQuery } from '../../../../shared/schemas/audit';
import { maxLengthOf } from '../../../lib/schema-limits';
import './audit-filter-form.css';

interface AuditFilterFormProps {
  value: AuditFilters;
  onChange: (next: AuditFilters) => void;
}

const empty: AuditFilters = { action: '', actor: '', from: '', to: '' };

export function AuditFilterForm({ value, onChange }: AuditFilterFormProps) {
  const { t } = useTranslation();
  const actionLabel = useAuditActionLabel();
  const [draft, setDraft] = useState(value);
  const rangeInvalid = Boolean(draft.from && draft.to && draft.from > draft.to);
  const set = (field: keyof AuditFilters) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [field]: event.target.value }));

  // An action already in the URL but unknown to this build still shows as an option.
  const actions: string[] = [...knownAuditActions];
  if (draft.action && !actions.includes(draft.action)) actions.push(draft.action);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (rangeInvalid) return;
    onChange({ ...draft, actor: draft.actor.trim() });
  }

  return (
    <form className="audit-filters" onSubmit={handleSubmit} aria-label={t('common.filters')}>
      <SelectField
        name="action"
        label={t('audit.action')}
        value={draft.action}
        onChange={set('action')}
        options={[{ value: '', label: t('audit.allActions') }, ...actions.map((a) => ({ value: a, label: actionLabel(a) }))]}
      />
      <TextField name="actor" label={t('audit.actor')} value={draft.actor} onChange={set('actor')} autoComplete="off" maxLength={maxLengthOf(auditListQuery.shape.actor)} />
      <TextField name="from" type="date" label={t('audit.from')} value={draft.from} onChange={set('from')} />
      <TextField
        name="to"
        type="date"
        label={t('audit.to')}
        value={draft.to}
        onChange={set('to')}
        error={rangeInvalid ? t('audit.rangeInvalid') : undefined}
      />
      <div className="audit-filters__actions">
        <Button type="submit">{t('common.apply')}</Button>
        <Button
          variant="ghost"
          onClick={() => {
            setDraft(empty);
            onChange(empty);
          }}
        >
          {t('common.clearFilters')}
        </Button>
      </div>
    </form>
  );
}
