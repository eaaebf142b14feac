/**
 * Expressions evaluated inside the popup page. They are plain strings, not functions: a function
 * compiled by tsx may carry esbuild helpers (__name) that do not exist in the page.
 */

/** True once the popup has painted a list read from storage (its performance mark). */
export const popupPainted = `performance.getEntriesByName('statuscope:list-painted').length > 0`;

/** The page's time origin: it changes when the page is reloaded or navigated. */
export const pageOrigin = `performance.timeOrigin`;

/** The popup's sections and list items, as a PopupView. */
export const readPopupView = `(() => {
  const sections = [...document.querySelectorAll('section.page')].map((s) => ({
    label: s.getAttribute('aria-label') ?? '',
    entries: [...s.querySelectorAll('li.entry')].map((li) => ({
      kind: li.getAttribute('data-kind') ?? '',
      code: li.getAttribute('data-code') ?? '',
      text: li.innerText,
      title: li.querySelector('.title')?.textContent ?? '',
      who: li.querySelector('.who-name')?.textContent ?? '',
      role: (li.querySelector('.who .role')?.textContent ?? '').replace(/^\\s*·\\s*/, ''),
      guess: !!li.querySelector('.who .guess'),
      evidence: (li.querySelector('.evidence')?.textContent ?? '').replace(/^\\s*·\\s*/, ''),
      url: li.querySelector('.url')?.getAttribute('title') ?? '',
      type: li.querySelector('.type')?.textContent ?? '',
    })),
  }));
  const main = document.querySelector('main');
  return { sections, text: document.body.innerText, empty: !!main && !main.querySelector('section.page') && !!main.querySelector('div.empty') };
})()`;

/** Clicks the first button whose visible text is exactly `label`; returns whether one was found. */
export const clickButton = (label: string): string => `(() => {
  const b = [...document.querySelectorAll('button')].find((x) => x.innerText.trim() === ${JSON.stringify(label)});
  if (b) b.click();
  return !!b;
})()`;

/** An expression for the list item whose URL (the title of its .url line) is `url`. */
const findEntry = (url: string): string =>
  `[...document.querySelectorAll('li.entry')].find((x) => x.querySelector('.url')?.getAttribute('title') === ${JSON.stringify(url)})`;

/**
 * Opens the list item whose URL (the title of its .url line) is `url`, if it is not open yet, and
 * reports whether its explanation has loaded, with the item's whole text.
 */
export const openEntry = (url: string): string => `(() => {
  const li = ${findEntry(url)};
  if (!li) return { found: false, loaded: false, text: '' };
  const head = li.querySelector('button.entry-head');
  if (head && head.getAttribute('aria-expanded') !== 'true') head.click();
  return { found: true, loaded: !!li.querySelector('.details-body'), text: li.innerText };
})()`;

/**
 * The "Who produced it" section of the opened list item whose URL is `url`: its heading, the producer line
 * (name, confidence and why), the other possible producers and what would settle it.
 */
export const producerSection = (url: string): string => `(() => {
  const li = ${findEntry(url)};
  const section = li?.querySelector('.details-body .section');
  if (!section) return undefined;
  return {
    heading: section.querySelector('h3')?.textContent ?? '',
    name: section.querySelector('p > strong')?.textContent ?? '',
    line: section.querySelector('p')?.textContent ?? '',
    others: [...section.querySelectorAll('ol.others > li')].map((x) => x.textContent ?? ''),
    settle: section.querySelector('.settle')?.textContent ?? '',
  };
})()`;

/** The language the page shows (its <html lang>, set from the language setting). */
export const documentLang = `document.documentElement.lang`;

/**
 * Stores the UI language ("auto", "en" or "ru") in the settings in storage.sync, as the options page does,
 * keeping the other settings.
 */
export const storeLanguage = (lang: string): string => `(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  const stored = (await api.storage.sync.get('settings')).settings;
  await api.storage.sync.set({ settings: { ...(stored ?? {}), language: ${JSON.stringify(lang)} } });
  return (await api.storage.sync.get('settings')).settings.language;
})()`;

/** Scrolls the list item whose URL is `url` to the top of the page. */
export const scrollToEntry = (url: string): string => `(() => {
  const li = ${findEntry(url)};
  li?.scrollIntoView({ block: 'start' });
  return !!li;
})()`;

/** How many pixels the popup's content sticks out sideways (0 when nothing needs a horizontal scroll). */
export const horizontalOverflow = `(() => {
  const main = document.querySelector('main');
  return main ? Math.max(0, main.scrollWidth - main.clientWidth, document.documentElement.scrollWidth - document.documentElement.clientWidth) : -1;
})()`;

/** The body's font size and margin: 13px and 0px once the popup's own (inline) stylesheet applies. */
export const bodyStyle = `(() => {
  const style = getComputedStyle(document.body);
  return style.fontSize + ' ' + style.margin;
})()`;

/** Waits two frames and a task, so effects scheduled after the first paint have run. */
export const settle = `new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))))`;

/** Elements the popup would never create itself: any sign that text was parsed as markup. */
export const injectedElements = `(() => ({
  img: document.querySelectorAll('img').length,
  scripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
  onerror: document.querySelectorAll('[onerror]').length,
}))()`;
