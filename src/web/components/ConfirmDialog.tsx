import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { Dialog } from './Dialog';
import { ErrorMessage } from './ErrorMessage';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  error?: unknown;
}

export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onCancel, busy, error }: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      actions={
        <>
          <Button variant="secondary" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button variant="danger" onClick={onConfirm} busy={busy} busyLabel={t('common.saving')}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {children}
      {error ? <ErrorMessage error={error} /> : null}
    </Dialog>
  );
}
