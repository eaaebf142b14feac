/**
 * How each browser wants an address-bar suggestion written. Chrome reads the description as XML: the typed
 * part goes in <match>, helper text in <dim>, and the five XML special characters must be escaped (an
 * unescaped "&" makes Chrome reject the whole list). Firefox shows the description as plain text, tags and
 * all, so there it is the runs joined.
 */
import type { Styled } from '../knowledge/lookup-suggest';
import type { BrowserName } from './index';

const xmlEscapes: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (c) => xmlEscapes[c] ?? c);

export const describeSuggestion: Readonly<Record<BrowserName, (runs: readonly Styled[]) => string>> = {
  chrome: (runs) =>
    runs.map((r) => (r.style ? `<${r.style}>${escapeXml(r.text)}</${r.style}>` : escapeXml(r.text))).join(''),
  firefox: (runs) => runs.map((r) => r.text).join(''),
};
