export { notify, type NotificationDraft, type Recipients } from './notify';
