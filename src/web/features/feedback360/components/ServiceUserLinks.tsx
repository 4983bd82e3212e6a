import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { CopyButton } from '../../../components/CopyButton';
import type { Feedback360Created } from '../api/types';

/** The server answers a path; the service user needs the whole address. */
const absolute = (url: string) => new URL(url, window.location.origin).href;

/** The service users' one-time links: the server keeps only their hashes, so this is the one chance to copy them. */
export function ServiceUserLinks({ created }: { created: Feedback360Created }) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <Alert tone="success">{t('feedback360.request.created', { n: created.created })}</Alert>
      <Alert tone="warning" live={false}>
        {t('feedback360.request.linksOnce')}
      </Alert>
      <ul className="fb360-links">
        {created.serviceUserLinks.map((link) => (
          <li key={link.url} className="fb360-links__item">
            <span className="fb360-links__label">{link.label}</span>
            <code className="mono fb360-links__url">{absolute(link.url)}</code>
            <span className="fb360-links__copy">
              <CopyButton text={absolute(link.url)} label={t('feedback360.request.copyLink', { label: link.label })} />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
