import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_MAX_BYTES } from '../../../../shared/schemas/execution';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { TextField } from '../../../components/Field';
import { useUploadEvidence } from '../api/upload-evidence';
import { useCoarsePointer } from '../hooks/use-coarse-pointer';
import { formatBytes } from '../utils/format';
import { EvidenceLinkForm } from './EvidenceLinkForm';

// What the server accepts (it checks the content, not the name; this only filters the picker).
const ACCEPT_FILES = 'image/*,application/pdf,.docx,.xlsx,.pptx,.odt,.ods';

interface EvidenceUploadProps {
  skpId: string;
  periodId: string;
  ikiId: string;
  indicator: string;
}

/**
 * Unggah bukti: on a phone "Ambil foto" opens the camera straight away and "Pilih berkas" the
 * gallery or files; the file goes up at once, with a progress bar for slow connections.
 */
export function EvidenceUpload({ skpId, periodId, ikiId, indicator }: EvidenceUploadProps) {
  const { t, i18n } = useTranslation();
  const progressId = useId();
  const cameraRef = useRef<HTMLInputElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const phone = useCoarsePointer();
  const [title, setTitle] = useState('');
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  const upload = useUploadEvidence();

  function handleFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared so choosing the same file again still fires a change.
    event.target.value = '';
    if (!file) return;
    upload.reset();
    if (file.size > EVIDENCE_MAX_BYTES) {
      setTooLarge(t('realisation.upload.tooLarge', { name: file.name, size: formatBytes(file.size, i18n.language), max: formatBytes(EVIDENCE_MAX_BYTES, i18n.language) }));
      return;
    }
    setTooLarge(null);
    upload.mutate({ skpId, periodId, ikiId, file, title }, { onSuccess: () => setTitle('') });
  }

  const percent = upload.progress && upload.progress.total > 0 ? Math.round((upload.progress.loaded / upload.progress.total) * 100) : 0;
  return (
    <div className="evidence-upload">
      <TextField label={t('realisation.upload.title')} hint={t('realisation.upload.titleHint')} value={title} onChange={(event) => setTitle(event.target.value)} maxLength={200} />
      <div className="evidence-upload__buttons cluster">
        {phone ? (
          <Button variant="secondary" size="sm" onClick={() => cameraRef.current?.click()} disabled={upload.isPending} aria-label={t('realisation.upload.cameraNamed', { indicator })}>
            {t('realisation.upload.camera')}
          </Button>
        ) : null}
        <Button variant="secondary" size="sm" onClick={() => fileRef.current?.click()} disabled={upload.isPending} aria-label={t('realisation.upload.fileNamed', { indicator })}>
          {t('realisation.upload.file')}
        </Button>
        <Button variant="ghost" size="sm" onClick={() => setLinkOpen((open) => !open)} aria-expanded={linkOpen} aria-label={t('realisation.link.toggleNamed', { indicator })}>
          {t('realisation.link.toggle')}
        </Button>
      </div>
      {/* Opened by the buttons above; kept out of the tab order so keyboards meet one control, not two. */}
      <input ref={cameraRef} type="file" accept="image/*" capture="environment" className="visually-hidden" tabIndex={-1} aria-hidden="true" onChange={handleFile} />
      <input ref={fileRef} type="file" accept={ACCEPT_FILES} className="visually-hidden" tabIndex={-1} aria-hidden="true" onChange={handleFile} data-testid={`evidence-file-${ikiId}`} />
      <p className="muted evidence-upload__hint">{t('realisation.upload.hint', { max: formatBytes(EVIDENCE_MAX_BYTES, i18n.language) })}</p>
      {upload.isPending ? (
        <div className="evidence-upload__progress">
          <label htmlFor={progressId}>{t('realisation.upload.progress', { percent })}</label>
          <progress id={progressId} max={100} value={percent} />
        </div>
      ) : null}
      {upload.isSuccess ? <Alert tone="success">{t('realisation.upload.done', { title: upload.data.title })}</Alert> : null}
      {tooLarge ? <Alert tone="error">{tooLarge}</Alert> : null}
      {upload.error ? <ErrorMessage error={upload.error} /> : null}
      {linkOpen ? <EvidenceLinkForm skpId={skpId} periodId={periodId} ikiId={ikiId} onDone={() => setLinkOpen(false)} /> : null}
    </div>
  );
}
