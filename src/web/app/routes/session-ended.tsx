import { StatusPage } from '../../components/StatusPage';
import { PublicLayout } from '../layout/PublicLayout';

export function SessionEndedRoute() {
  return (
    <PublicLayout>
      <StatusPage status={401} />
    </PublicLayout>
  );
}
