import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../config/paths';
import { usePageTitle } from './PageHeader';
import './button.css';
import './status-page.css';

type Status = 401 | 403 | 404;

const actionTarget: Record<Status, string> = {
  401: paths.signIn,
  403: paths.home,
  404: paths.home,
};

/** Friendly pages for "session ended", "not allowed" and "not found". */
export function StatusPage({ status }: { status: Status }) {
  const { t } = useTranslation();
  const title = t(`errors.${status}.title`);
  usePageTitle(title);
  return (
    <section className="status-page card" aria-labelledby="status-page-title">
      <p className="status-page__code" aria-hidden="true">
        {status}
      </p>
      <h1 id="status-page-title" tabIndex={-1}>
        {title}
      </h1>
      <p>{t(`errors.${status}.body`)}</p>
      <Link className="button button--primary button--md" to={actionTarget[status]}>
        {t(`errors.${status}.action`)}
      </Link>
    </section>
  );
}
