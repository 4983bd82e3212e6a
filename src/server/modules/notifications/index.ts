import type { ScheduledJob } from '../../platform/jobs/scheduler';
import { notificationMailJob, type MailJobDeps } from './mail.job';
import { realisationRemindersJob } from './reminders.job';

export { notify, type NotificationDraft, type Recipients } from './notify';
export { notificationsRoutes } from './notifications.routes';
export { MAIL_JOB, notificationMailJob, sendPendingMail } from './mail.job';
export { REMINDERS_JOB, realisationRemindersJob, sendRealisationReminders } from './reminders.job';

/** The scheduled jobs of this module, in tick order: reminders first, so they are mailed in the same tick. */
export function notificationJobs(deps: MailJobDeps): ScheduledJob[] {
  return [realisationRemindersJob(deps), notificationMailJob(deps)];
}
