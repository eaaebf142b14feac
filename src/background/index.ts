/**
 * The background worker (Chrome service worker / Firefox event page). Listeners for the events that must
 * be seen as they happen are registered synchronously at the top level so a stopped worker is woken by the
 * next one; events that arrive while the saved journal is still loading wait for it, in order. If it
 * cannot be read, they are recorded all the same, and nothing is written until it has been (see
 * Persistence.load).
 */
import {
  anyPrivateWindow,
  browser,
  commitFilter,
  isPrivateTab,
  listeners,
  onSuspend,
  sessionBytes,
  suggestionText,
  tablessPrivacy,
} from '../platform';
import { lookupIndex as lookupIndexEn } from '../knowledge/lookup-index-en';
import { lookupIndex as lookupIndexRu } from '../knowledge/lookup-index-ru';
import type { Lang } from '../knowledge/types';
import { pageMarkers } from '../knowledge/page-markers';
import { readRules } from '../knowledge/rules-read';
import type { CommitDetails } from '../platform/documents';
// Apart from '../platform', which the pages load too: only the worker reads error pages.
import { readInFrame } from '../platform/scripting';
import { noiseFilter } from '../shared/noise';
import { defaultSettings, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { badgeFor } from './badge';
import { badgeTitle } from './badge-title';
import { digestOf } from './digest';
import { noteError } from './health';
import { Journal } from './journal';
import { handleMessage, type Sender } from './messages';
import { registerOmnibox } from './omnibox';
import { Persistence, type SessionArea } from './persistence';
import { privateTabs } from './private-tabs';
import { createPageReader } from './page-reader';
import { createRecorder } from './recorder';
import type { RequestDetails } from './capture';

let settings: Settings = defaultSettings;
const journal = new Journal({ skip: noiseFilter(settings), pagesPerTab: settings.pagesPerTab, digest: digestOf });
function apply(next: Settings): void {
  settings = next;
  journal.configure({ skip: noiseFilter(next), pagesPerTab: next.pagesPerTab });
}
// The storage area is looked up at its first use: its binding would add to every start.
const session: SessionArea = {
  get: (keys) => browser.storage.session.get(keys),
  set: (items) => browser.storage.session.set(items),
  remove: (keys) => browser.storage.session.remove(keys),
  // Where the browser gives it (Persistence has a default); the API's types do not list it.
  get QUOTA_BYTES() {
    return (browser.storage.session as { QUOTA_BYTES?: number }).QUOTA_BYTES;
  },
};
const persistence = new Persistence(
  session,
  journal,
  {
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    now: () => performance.now(),
  },
  sessionBytes,
);

const privacy = privateTabs(isPrivateTab, tablessPrivacy, anyPrivateWindow);
const recorder = createRecorder(journal, persistence, privacy.resolve);
// An error document's own page, read once the frame shows it; its entry is written at once, since the
// page's burst of events is over by then.
const pages = createPageReader({
  read: async (tabId, frameId, url) => readInFrame(tabId, frameId, url, pageMarkers(await readRules())),
  found: (tabId, requestId, finds) => {
    recorder.pageRead(tabId, requestId, finds);
    void persistence.flush();
  },
});

function refreshBadges(tabIds: readonly number[]): void {
  for (const tabId of tabIds) {
    if (tabId < 0) continue;
    const badge = badgeFor(journal.currentPage(tabId), settings.badgeKinds);
    // A tab may have closed since; its badge went with it.
    browser.action.setBadgeText({ tabId, text: badge.text }).catch(() => undefined);
    if (badge.text) browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }).catch(() => undefined);
    browser.action.setTitle({ tabId, title: badgeTitle(badge) }).catch(() => undefined);
  }
}
persistence.beforeWrite = async () => {
  recorder.drain();
  // Read when an entry first needs explaining, not at every start: most restarts see no failure at all.
  if (journal.hasUndigested()) await readRules().catch(noteError);
};
persistence.onFlushed = refreshBadges;
// Where the browser warns before it unloads the worker, what is queued and not yet written is written.
onSuspend?.addListener(() => void persistence.flush());

// The same listeners as the browser bench's floor extension: both read them from platform/web-request.ts.
browser.webRequest.onBeforeRedirect.addListener(
  recorder.listener('redirect'),
  listeners.onBeforeRedirect.filter,
  listeners.onBeforeRedirect.extraInfoSpec,
);
const completed = recorder.listener('completed');
browser.webRequest.onCompleted.addListener(
  (details: RequestDetails) => {
    completed(details);
    pages.response(details);
  },
  listeners.onCompleted.filter,
  listeners.onCompleted.extraInfoSpec,
);
browser.webRequest.onErrorOccurred.addListener(recorder.listener('error'), listeners.onErrorOccurred.filter);
// Keeps error responses' headers until the request ends: a page may cancel it after they arrived (see recorder.headers).
browser.webRequest.onHeadersReceived.addListener(
  recorder.headers,
  listeners.onHeadersReceived.filter,
  listeners.onHeadersReceived.extraInfoSpec,
);
browser.webRequest.onResponseStarted.addListener(
  recorder.navigation,
  listeners.onResponseStarted.filter,
  listeners.onResponseStarted.extraInfoSpec,
);

// A document a tab shows without a request (a page back from the back/forward cache, a prerendered page
// being opened) makes its page the tab's current one; prerendering documents make themselves known.
browser.webNavigation.onCommitted.addListener((details: CommitDetails) => {
  recorder.committed(details);
  pages.committed(details);
}, commitFilter);

function tabClosed(tabId: number): void {
  privacy.forget(tabId);
  pages.tabClosed(tabId);
  recorder.tabClosed(tabId);
}

// The last private window closing ends private browsing: its entries go with it.
function dropPrivateIfNoneOpen(): void {
  void anyPrivateWindow().then((open) => {
    if (open) return;
    void ready.then(() => {
      recorder.drain();
      journal.dropIncognito();
      persistence.schedule();
    });
  });
}

// A page's request is answered as of every event so far, queued ones included.
// The reply goes through sendResponse (true keeps the channel open): Chrome ignores a returned promise.
browser.runtime.onMessage.addListener((message: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => {
  void ready
    .then(() => {
      recorder.drain();
      const own = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('') };
      return handleMessage(message, sender, own, journal, persistence);
    })
    .then(sendResponse, (e: unknown) => {
      noteError(e);
      sendResponse(undefined);
    });
  return true;
});

// The address-bar keyword (sc <code>): suggestions in the UI's language (the one chosen in the options, else
// that of the message file the browser reads), Enter opens the lookup page.
registerOmnibox({
  omnibox: browser.omnibox,
  tabs: { update: (props) => browser.tabs.update(props), create: (props) => browser.tabs.create(props) },
  url: (path) => browser.runtime.getURL(path),
  lang: (): Lang =>
    settings.language !== 'auto' ? settings.language : browser.i18n.getMessage('messagesLang') === 'ru' ? 'ru' : 'en',
  index: (lang) => (lang === 'ru' ? lookupIndexRu() : lookupIndexEn()),
  describe: suggestionText,
  onError: noteError,
});

/**
 * Listeners that need not wake a stopped worker are registered in the first task after its start, once
 * the events that woke it can be handed over: each API a registration is the first to use adds to that
 * start. A worker started afresh reads the settings, and asks about private windows when it needs to,
 * anyway; tabs and private windows that closed while it was stopped are forgotten once the journal is
 * read (below). The settings are read after their listener is in place, so no change is missed between
 * the two, and the journal's read starts here too, so the events that woke the worker are handed over
 * sooner; they wait in the recorder until the reads end.
 */
const started = new Promise((resolve) => setTimeout(resolve, 0));
const settingsRead = started.then(() => {
  browser.tabs.onRemoved.addListener(tabClosed);
  // A prerendered tab swapped in for the one it replaces takes over its log.
  browser.tabs.onReplaced.addListener((addedTabId, removedTabId) => {
    privacy.replaced(addedTabId, removedTabId, (incognito) =>
      recorder.tabReplaced(removedTabId, addedTabId, incognito),
    );
  });
  browser.windows.onRemoved.addListener(() => {
    privacy.windowsChanged();
    dropPrivateIfNoneOpen();
  });
  browser.windows.onCreated.addListener(() => privacy.windowsChanged());
  onSettingsChanged((next) => {
    apply(next);
    void ready.then(() => refreshBadges(journal.allTabs().map((l) => l.tabId)));
  });
  return loadSettings().then(apply);
});

const ready = Promise.all([settingsRead, started.then(() => persistence.load())])
  .catch(noteError)
  .finally(() => recorder.ready());

/**
 * The close events above may not have reached this worker: the one that woke it may come before its
 * listener is in place, and a browser need not wake a stopped worker for a listener added after its start.
 * So the tabs the journal knows that are no longer open are forgotten (known is taken before the question,
 * so a tab that opens while it is answered is not among them), and private browsing that ended meanwhile
 * is dropped.
 */
void ready
  .then(async () => {
    const known = journal
      .allTabs()
      .map((log) => log.tabId)
      .filter((tabId) => tabId >= 0);
    const open = new Set((await browser.tabs.query({})).map((tab) => tab.id));
    for (const tabId of known) if (!open.has(tabId)) tabClosed(tabId);
    dropPrivateIfNoneOpen();
  })
  .catch(noteError);
