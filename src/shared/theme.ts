import type { Theme } from './settings';

/** Light and dark follow the system unless the person chose one (see popup.css). */
export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  root.classList.toggle('theme-light', theme === 'light');
  root.classList.toggle('theme-dark', theme === 'dark');
}
