import type { ReactNode } from 'react';
import './alert.css';

interface AlertProps {
  tone: 'info' | 'success' | 'warning' | 'error';
  title?: string;
  children?: ReactNode;
  /** Errors interrupt (role=alert); other news waits politely (role=status). */
  live?: boolean;
}

export function Alert({ tone, title, children, live = true }: AlertProps) {
  const role = !live ? undefined : tone === 'error' ? 'alert' : 'status';
  return (
    <div className={`alert alert--${tone}`} role={role}>
      {title ? <p className="alert__title">{title}</p> : null}
      {children}
    </div>
  );
}
