import { useEffect, useRef, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { OfflineBanner } from '../../components/OfflineBanner';
import { AppHeader } from './AppHeader';
import { NavMenu } from './NavMenu';
import { SkipLink } from './SkipLink';
import './layout.css';

const navId = 'main-nav';

export function AppShell() {
  const [menuOpen, setMenuOpen] = useState(false);
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const menuButtonRef = useRef<HTMLButtonElement>(null);

  // After a client-side navigation the new page starts at its top (the long menu may have been
  // scrolled to reach the link), and screen-reader and keyboard users are put at its heading.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo(0, 0);
    const heading = mainRef.current?.querySelector<HTMLElement>('h1');
    (heading ?? mainRef.current)?.focus({ preventScroll: true });
  }, [pathname]);

  useEffect(() => {
    if (!menuOpen) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setMenuOpen(false);
      menuButtonRef.current?.focus();
    };
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [menuOpen]);

  return (
    <div className="app">
      <SkipLink />
      <OfflineBanner />
      <AppHeader
        navId={navId}
        menuOpen={menuOpen}
        menuButtonRef={menuButtonRef}
        onToggleMenu={() => setMenuOpen((open) => !open)}
      />
      <div className="app-body">
        <NavMenu id={navId} open={menuOpen} onNavigate={() => setMenuOpen(false)} />
        <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
          <Outlet />
        </main>
      </div>
    </div>
  );
}
