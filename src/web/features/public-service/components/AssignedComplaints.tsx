import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { complaintStatuses } from '../../../../domain/complaint-workflow';
import { SelectField } from '../../../components/Field';
import { PageHeader } from '../../../components/PageHeader';
import { useAssignedComplaints } from '../api/complaint-lists';
import { useLabels } from '../hooks/use-labels';
import { ComplaintList } from './ComplaintList';
import './public-service.css';

/** /pengaduan-saya: what the unit head dispatched to me, open ones first by default. */
export function AssignedComplaints() {
  const { t } = useTranslation();
  const label = useLabels();
  const [status, setStatus] = useState('OPEN');
  const complaints = useAssignedComplaints(status === 'ALL' ? undefined : status);
  return (
    <div className="stack">
      <PageHeader title={t('publicService.staff.assignedTitle')} intro={t('publicService.staff.assignedIntro')} />
      <div className="ps-filters">
        <SelectField
          label={t('publicService.staff.statusFilter')}
          value={status}
          onChange={(event) => setStatus(event.target.value)}
          options={[{ value: 'OPEN', label: t('publicService.staff.open') }, { value: 'ALL', label: t('publicService.staff.all') }, ...complaintStatuses.map((s) => ({ value: s, label: label.status(s) }))]}
        />
      </div>
      <ComplaintList query={complaints} emptyTitle={t('publicService.staff.assignedEmpty')} showUnit />
    </div>
  );
}
