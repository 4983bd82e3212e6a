import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNip } from '../../../../domain/nip';
import { pegawaiListQuery, type PegawaiSummary } from '../../../../shared/schemas/organisation';
import { Dialog } from '../../../components/Dialog';
import { FormDialogActions } from '../../../components/FormDialogActions';
import { TextField } from '../../../components/Field';
import { useCreateOverride } from '../api/create-override';
import { PEGAWAI_SEARCH_MIN_LENGTH, usePegawaiSearch } from '../../../api/pegawai';
import { useDebouncedValue } from '../../../hooks/use-debounced-value';
import { todayIso } from '../../../lib/dates';
import { DialogError } from './DialogError';
import { TextAreaField } from '../../../components/TextAreaField';
import { maxLengthOf } from '../../../lib/schema-limits';

interface SetAtasanDialogProps {
  pegawai: { id: string; name: string };
  onClose: () => void;
  onDone: (atasanName: string) => void;
}

interface Errors {
  atasan?: string;
  reason?: string;
  validFrom?: string;
  validTo?: string;
}

/** "Tetapkan atasan": BKPSDM names someone's atasan langsung, with a reason and the dates it holds. */
export function SetAtasanDialog({ pegawai, onClose, onDone }: SetAtasanDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const resultsId = useId();
  const [term, setTerm] = useState('');
  const [atasan, setAtasan] = useState<PegawaiSummary | null>(null);
  const [reason, setReason] = useState('');
  const [validFrom, setValidFrom] = useState(todayIso);
  const [validTo, setValidTo] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const search = usePegawaiSearch(useDebouncedValue(term, 300), 8);
  const mutation = useCreateOverride();
  const candidates = (search.data?.items ?? []).filter((item) => item.id !== pegawai.id);
  const searching = term.trim().length >= PEGAWAI_SEARCH_MIN_LENGTH;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: Errors = {};
    if (!atasan) next.atasan = t('pegawai.override.atasanRequired');
    if (reason.trim().length < 5) next.reason = t('pegawai.override.reasonTooShort');
    if (!validFrom) next.validFrom = t('pegawai.override.dateRequired');
    if (validTo && validFrom && validTo < validFrom) next.validTo = t('pegawai.override.rangeInvalid');
    setErrors(next);
    const first = (['atasan', 'reason', 'validFrom', 'validTo'] as const).find((key) => next[key]);
    if (first) {
      event.currentTarget.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
      return;
    }
    mutation.mutate(
      { pegawaiId: pegawai.id, atasanPegawaiId: atasan!.id, reason: reason.trim(), validFrom, validTo: validTo || null },
      { onSuccess: () => onDone(atasan!.name) },
    );
  }

  return (
    <Dialog
      title={t('pegawai.override.title')}
      onClose={onClose}
      actions={<FormDialogActions formId={formId} pending={mutation.isPending} submitLabel={t('pegawai.override.submit')} onCancel={onClose} />}
    >
      <form id={formId} className="stack" onSubmit={handleSubmit} noValidate>
        <p className="dialog-subject">{t('pegawai.dialogSubject', { name: pegawai.name })}</p>
        <p>{t('pegawai.override.intro')}</p>
        <TextField
          type="search"
          data-field="atasan"
          label={t('pegawai.override.search')}
          hint={t('pegawai.override.searchHint', { min: PEGAWAI_SEARCH_MIN_LENGTH })}
          value={term}
          onChange={(event) => setTerm(event.target.value)}
          autoComplete="off"
          maxLength={maxLengthOf(pegawaiListQuery.shape.q)}
          aria-controls={resultsId}
          error={errors.atasan}
        />
        <div id={resultsId}>
          {atasan ? <p className="picked">{t('pegawai.override.picked', { name: atasan.name })}</p> : null}
          <p className="muted" role="status">
            {!searching
              ? ''
              : search.isFetching
                ? t('pegawai.override.searching')
                : candidates.length === 0
                  ? t('pegawai.override.noMatch')
                  : search.data?.nextCursor
                    ? t('pegawai.override.moreMatches')
                    : ''}
          </p>
          {searching && candidates.length > 0 ? (
            <fieldset className="pick-list">
              <legend>{t('pegawai.override.pickLegend')}</legend>
              {candidates.map((candidate) => (
                <label key={candidate.id} className="pick-list__option">
                  <input type="radio" name="atasan" value={candidate.id} checked={atasan?.id === candidate.id} onChange={() => setAtasan(candidate)} />
                  <span>
                    <span className="pick-list__name">{candidate.name}</span>
                    <span className="pick-list__sub">
                      <span className="mono">{formatNip(candidate.nip, candidate.jenisAsn)}</span>
                      {candidate.jabatan ? ` · ${candidate.jabatan.name}` : ''}
                      {candidate.unit ? ` · ${candidate.unit.name}` : ''}
                    </span>
                  </span>
                </label>
              ))}
            </fieldset>
          ) : null}
        </div>
        <TextAreaField
          data-field="reason"
          label={t('pegawai.override.reason')}
          hint={t('pegawai.override.reasonHint')}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          maxLength={500}
          error={errors.reason}
          required
        />
        <div className="date-pair">
          <TextField data-field="validFrom" type="date" label={t('pegawai.override.validFrom')} value={validFrom} onChange={(event) => setValidFrom(event.target.value)} error={errors.validFrom} required />
          <TextField
            data-field="validTo"
            type="date"
            label={t('pegawai.override.validTo')}
            hint={t('pegawai.override.validToHint')}
            value={validTo}
            onChange={(event) => setValidTo(event.target.value)}
            error={errors.validTo}
          />
        </div>
        {mutation.error ? <DialogError error={mutation.error} /> : null}
      </form>
    </Dialog>
  );
}
