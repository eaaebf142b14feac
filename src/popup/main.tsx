import { render } from 'preact';
import type { Explanation } from '../knowledge/assemble';
import type { Dictionary } from '../knowledge/rules';
import { browser } from '../platform';
import { uiLang } from '../shared/i18n';
import type { TabLog } from '../shared/log';
import { applyPageSettings } from '../shared/page-settings';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { App } from './App';
import { inPrivateWindow, resolveTarget, send, watchTabLogs } from './data';
import { explainEntry } from './explained';
import { titlesIn } from './titles';
import { download, toHar, toJson } from './export';
import type { Item } from './model';
import './popup.css';

const pageUrl = (query: string): string => browser.runtime.getURL(`src/popup/index.html${query}`);

async function exportItems(format: 'json' | 'har', items: readonly Item[]): Promise<void> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  if (format === 'har') return download(`statuscope-${stamp}.har`, toHar(items), 'application/json');
  const explanations = new Map<string, Explanation>();
  for (const item of items)
    for (const e of item.hops.length ? item.hops : [item.entry])
      explanations.set(e.id, await explainEntry(e, uiLang()));
  download(`statuscope-${stamp}.json`, toJson(items, explanations), 'application/json');
}

function Root({
  target,
  logs,
  showPrivate,
  titles,
}: {
  target: number | 'all';
  logs: TabLog[];
  showPrivate: boolean;
  titles: Dictionary;
}) {
  return (
    <App
      target={target}
      logs={logs}
      lang={uiLang()}
      titles={titles}
      showPrivate={showPrivate}
      onClear={() => void send(target === 'all' ? { type: 'clear' } : { type: 'clear', tabId: target })}
      {...(target === 'all' ? {} : { onOpenAll: () => void browser.tabs.create({ url: pageUrl('?tab=all') }) })}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onExport={(format, items) => void exportItems(format, items)}
      onLookup={(code) => void browser.tabs.create({ url: pageUrl(`?${new URLSearchParams({ lookup: code })}`) })}
      onPainted={() => performance.mark('statuscope:list-painted')}
    />
  );
}

/** The lookup page (`?lookup=<code>`): its view and the knowledge it reads load only there. */
function startLookup(text: string, meaning: string | undefined): void {
  const app = document.getElementById('app');
  const view = import('./Lookup');
  const mount = (): void => {
    void view.then(({ LookupPage }) => {
      if (app) render(<LookupPage initial={text} {...(meaning ? { meaning } : {})} lang={uiLang()} />, app);
    });
  };
  void loadSettings().then(applyPageSettings).then(mount, mount);
  onSettingsChanged((next) => void applyPageSettings(next).then(mount));
}

/** The list of one tab (the popup, `?tab=<id>`) or of every tab (`?tab=all`). */
function startList(): void {
  /** The window is asked only once there are private entries to show or hide: most popups never wait for it. */
  let privateWindow: Promise<boolean> | undefined;
  function showPrivateFor(logs: TabLog[]): Promise<boolean> {
    if (!logs.some((l) => l.incognito)) return Promise.resolve(false);
    privateWindow ??= inPrivateWindow();
    return privateWindow;
  }

  // The settings and the target's logs are read side by side; the list paints once both are in.
  void resolveTarget(location.search).then((target) => {
    let logs: TabLog[] | undefined;
    let showPrivate = false;
    const mount = (): void => {
      const app = document.getElementById('app');
      if (logs && app)
        render(<Root target={target} logs={logs} showPrivate={showPrivate} titles={titlesIn(uiLang())} />, app);
    };
    const settingsRead = loadSettings().then(applyPageSettings);
    watchTabLogs(target, (next) => {
      logs = next;
      void Promise.all([settingsRead, showPrivateFor(next)]).then(([, p]) => {
        // A newer read may have come in meanwhile: it paints itself.
        if (logs !== next) return;
        showPrivate = p;
        mount();
      });
    });
    onSettingsChanged((next) => void applyPageSettings(next).then(mount));
  });
}

const params = new URLSearchParams(location.search);
const lookup = params.get('lookup');
document.documentElement.classList.toggle('full-page', params.has('tab') || lookup !== null);
if (lookup !== null) startLookup(lookup, params.get('meaning') ?? undefined);
else startList();
