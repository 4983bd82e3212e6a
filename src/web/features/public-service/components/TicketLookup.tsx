import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { normalizeTicket } from '../../../../shared/schemas/public-service';
import { Button } from '../../../components/Button';
import { TextField } from '../../../components/Field';
import { links } from '../../../config/paths';

const TICKET = /^[0-9A-HJKMNP-TV-Z]{10}$/;

/** "Lacak pengaduan": type the ticket code (any case, with spaces or dashes) and open its status. */
export function TicketLookup() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const headingId = useId();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const ticket = normalizeTicket(code);
    if (!TICKET.test(ticket)) {
      setError(t('publicService.lookup.invalid'));
      return;
    }
    void navigate(links.complaintStatus(ticket));
  }

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('publicService.lookup.title')}</h2>
      <form className="ps-lookup" onSubmit={handleSubmit} noValidate>
        <TextField
          label={t('publicService.lookup.label')}
          hint={t('publicService.lookup.hint')}
          value={code}
          error={error}
          onChange={(event) => {
            setCode(event.target.value);
            setError(undefined);
          }}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          maxLength={20}
        />
        <Button type="submit" variant="secondary">
          {t('publicService.lookup.submit')}
        </Button>
      </form>
    </section>
  );
}
