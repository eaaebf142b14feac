/**
 * The Warning response header and its codes (RFC 7234 §5.5). RFC 9111 obsoleted the header in
 * 2022 because almost nothing sent or read it, but old caches and proxies still add it, and
 * when one does it says something useful about the copy the browser got.
 */
import { t } from './text';
import type { Source, WarningCode } from './types';

const rfc7234 = (section: string, label: string): Source => ({
  title: `RFC 7234 §${section} (Warning ${label}; header obsoleted by RFC 9111)`,
  url: `https://www.rfc-editor.org/rfc/rfc7234#section-${section}`,
});

export const warningCodes: readonly WarningCode[] = [
  {
    code: 110,
    title: t('Response is Stale', 'Ответ устарел'),
    summary: t(
      'A cache handed over a copy that is past its freshness lifetime, so the content may be out of date.',
      'Кэш отдал копию, срок свежести которой истёк, поэтому содержимое может быть неактуальным.',
    ),
    source: rfc7234('5.5.1', '110 Response is Stale'),
  },
  {
    code: 111,
    title: t('Revalidation Failed', 'Повторная проверка не удалась'),
    summary: t(
      'A cache tried to check its copy with the site, could not reach it, and served the old copy instead.',
      'Кэш пытался сверить копию с сайтом, не смог с ним связаться и отдал старую копию.',
    ),
    source: rfc7234('5.5.2', '111 Revalidation Failed'),
  },
  {
    code: 112,
    title: t('Disconnected Operation', 'Работа без связи'),
    summary: t(
      'The cache is deliberately cut off from the network and answers only from what it already holds.',
      'Кэш намеренно отключён от сети и отвечает только тем, что у него уже есть.',
    ),
    source: rfc7234('5.5.3', '112 Disconnected Operation'),
  },
  {
    code: 113,
    title: t('Heuristic Expiration', 'Эвристический срок свежести'),
    summary: t(
      'The site gave no explicit lifetime, so the cache guessed one longer than a day, and this copy is already over a day old.',
      'Сайт не указал срок свежести, поэтому кэш сам назначил его больше суток, а этой копии уже больше суток.',
    ),
    source: rfc7234('5.5.4', '113 Heuristic Expiration'),
  },
  {
    code: 199,
    title: t('Miscellaneous Warning', 'Прочее предупреждение'),
    summary: t(
      'A free-form warning from some hop; its text is the only detail, and it applies to this copy only.',
      'Произвольное предупреждение от одного из звеньев; подробности только в его тексте, и относится оно лишь к этой копии.',
    ),
    source: rfc7234('5.5.5', '199 Miscellaneous Warning'),
  },
  {
    code: 214,
    title: t('Transformation Applied', 'Применено преобразование'),
    summary: t(
      'A proxy changed the content on the way (recompressed images, minified code, a different encoding or type).',
      'Прокси по пути изменил содержимое (пережал картинки, минифицировал код, сменил кодировку или тип).',
    ),
    source: rfc7234('5.5.6', '214 Transformation Applied'),
  },
  {
    code: 299,
    title: t('Miscellaneous Persistent Warning', 'Прочее постоянное предупреждение'),
    summary: t(
      'A free-form warning from some hop that stays with the response even after the cache revalidates it.',
      'Произвольное предупреждение от одного из звеньев; оно остаётся с ответом и после того, как кэш повторно проверит копию.',
    ),
    source: rfc7234('5.5.7', '299 Miscellaneous Persistent Warning'),
  },
];

/** At most this many warnings are read from one header value. */
export const MAX_WARNINGS = 20;
/** Warning text is cut to this many characters. */
export const MAX_WARNING_TEXT = 200;
/** The agent (host or pseudonym) is cut to this many characters. */
const MAX_AGENT = 100;

const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\n';

/**
 * Reads a Warning header value: a comma-separated list of `code agent "text" ["date"]`.
 * Commas inside quoted text do not split entries. Malformed entries contribute what can be read
 * (an entry without a three-digit code is skipped); nothing throws. Linear in the input length.
 */
export function parseWarnings(value: string): { code: number; agent: string; text: string }[] {
  const out: { code: number; agent: string; text: string }[] = [];
  if (typeof value !== 'string') return out;
  const s = value;
  const n = s.length;
  let i = 0;

  const skipSpaces = (): void => {
    while (i < n && isSpace(s.charAt(i))) i++;
  };

  /** A bare token: stops at space, comma or quote. */
  const token = (): string => {
    const start = i;
    while (i < n) {
      const c = s.charAt(i);
      if (isSpace(c) || c === ',' || c === '"') break;
      i++;
    }
    return s.slice(start, i);
  };

  /** A quoted string starting at s[i] === '"'; a missing closing quote ends at the input's end. */
  const quoted = (): string => {
    i++; // opening quote
    let text = '';
    while (i < n) {
      const c = s.charAt(i);
      if (c === '"') {
        i++;
        return text;
      }
      if (c === '\\' && i + 1 < n) {
        if (text.length < MAX_WARNING_TEXT) text += s.charAt(i + 1);
        i += 2;
        continue;
      }
      if (text.length < MAX_WARNING_TEXT) text += c;
      i++;
    }
    return text;
  };

  /** Moves past the rest of the current entry: to just after the next comma outside quotes. */
  const skipEntry = (): void => {
    while (i < n) {
      const c = s.charAt(i);
      if (c === ',') {
        i++;
        return;
      }
      if (c === '"') {
        quoted();
        continue;
      }
      i++;
    }
  };

  while (i < n && out.length < MAX_WARNINGS) {
    while (i < n && (isSpace(s.charAt(i)) || s[i] === ',')) i++;
    if (i >= n) break;

    const codeToken = token();
    if (!/^\d{3}$/.test(codeToken)) {
      if (codeToken === '' && s[i] === '"') quoted();
      skipEntry();
      continue;
    }
    const code = Number(codeToken);

    skipSpaces();
    const agent = token().slice(0, MAX_AGENT);

    skipSpaces();
    let text = '';
    if (s[i] === '"') text = quoted();

    // An optional quoted date follows; the result does not keep it. skipEntry passes over it.
    skipEntry();
    out.push({ code, agent, text: text.slice(0, MAX_WARNING_TEXT) });
  }
  return out;
}
