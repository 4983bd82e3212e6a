import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import type { Config } from '../config';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export interface Mailer {
  /** Resolves once the SMTP server accepted the message; rejects otherwise. */
  send(message: MailMessage): Promise<void>;
  close(): void;
}

// nodemailer waits minutes by default; a stuck server must not hold the mail job that long.
// Anything given in SMTP_URL's query (e.g. ?pool=false&socketTimeout=120000) wins over these.
const TRANSPORT_DEFAULTS: Record<string, string> = {
  pool: 'true',
  maxConnections: '5',
  connectionTimeout: '10000',
  greetingTimeout: '10000',
  socketTimeout: '60000',
};

/** SMTP through nodemailer when SMTP_URL is set; otherwise every message goes to the log. */
export function createMailer(config: Pick<Config, 'smtpUrl' | 'mailFrom'>, logger: Logger): Mailer {
  const smtpUrl = config.smtpUrl?.trim();
  if (!smtpUrl) return logMailer(logger);
  const url = new URL(smtpUrl);
  for (const [key, value] of Object.entries(TRANSPORT_DEFAULTS)) if (!url.searchParams.has(key)) url.searchParams.set(key, value);
  const transport = nodemailer.createTransport(url.toString());
  return {
    send: async (message) => {
      await transport.sendMail({ from: config.mailFrom, ...message });
    },
    close: () => transport.close(),
  };
}

function logMailer(logger: Logger): Mailer {
  return {
    send: async (message) => {
      logger.info({ mail: { to: message.to, subject: message.subject, text: message.text } }, 'e-mail (SMTP_URL not set, logged instead of sent)');
    },
    close: () => undefined,
  };
}
