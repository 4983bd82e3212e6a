export type NavIconName = 'home' | 'user' | 'key' | 'list' | 'gear' | 'idCard' | 'people' | 'tree' | 'alert' | 'upload' | 'chat' | 'circle' | 'bell';

const icons: Record<NavIconName, string> = {
  home: 'M3 11l9-7 9 7M5 10v10h5v-6h4v6h5V10',
  user: 'M12 12a4 4 0 100-8 4 4 0 000 8zM4 21c0-4 4-6 8-6s8 2 8 6',
  key: 'M15 7a4 4 0 11-3.9 5H4v3h3v3h3v-3h1.1A4 4 0 0115 7zM16 10h.01',
  list: 'M8 6h13M8 12h13M8 18h13M3 6h.01M3 12h.01M3 18h.01',
  idCard: 'M3 5h18v14H3zM9 11a2 2 0 100-4 2 2 0 000 4zM5.5 16c.5-2 2-3 3.5-3s3 1 3.5 3M14 9h4M14 13h4',
  people: 'M9 11a3.5 3.5 0 100-7 3.5 3.5 0 000 7zM2.5 20c0-3.5 3-5.5 6.5-5.5s6.5 2 6.5 5.5M16 4.5a3.5 3.5 0 010 6.5M18 14.8c2 .7 3.5 2.4 3.5 5.2',
  tree: 'M9 3h6v5H9zM3 16h6v5H3zM15 16h6v5h-6zM12 8v4M6 16v-4h12v4',
  alert: 'M12 3l9.5 17h-19zM12 10v4M12 17.5h.01',
  upload: 'M12 16V4M7 9l5-5 5 5M4 15v5h16v-5',
  chat: 'M4 5h16v11H9l-5 4zM8 9h8M8 12h5',
  // Feedback from every side: one person in a ring of others.
  circle: 'M12 14a2.5 2.5 0 100-5 2.5 2.5 0 000 5zM12 3v2M12 19v2M3 12h2M19 12h2M5.6 5.6l1.4 1.4M17 17l1.4 1.4M5.6 18.4L7 17M17 7l1.4-1.4',
  bell: 'M6 9a6 6 0 1112 0c0 5 2 6.5 2 6.5H4S6 14 6 9zM10 19a2 2 0 004 0',
  gear: 'M12 15a3 3 0 100-6 3 3 0 000 6zM19 12l2-1-1-3-2 .3-1.3-1.3.3-2-3-1-1 2h-2l-1-2-3 1 .3 2L6 7.3 4 7 3 10l2 1v2l-2 1 1 3 2-.3 1.3 1.3-.3 2 3 1 1-2h2l1 2 3-1-.3-2 1.3-1.3 2 .3 1-3-2-1z',
};

export function NavIcon({ name }: { name: NavIconName }) {
  return (
    <svg className="nav__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={icons[name]} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
