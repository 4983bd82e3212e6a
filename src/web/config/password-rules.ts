export { PASSWORD_MIN_LENGTH } from '../../shared/password';
