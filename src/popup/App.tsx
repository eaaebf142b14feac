import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { type Dictionary, nameIn } from '../knowledge/rules';
import type { Lang } from '../knowledge/types';
import { elideMiddle } from '../shared/elide';
import { count, msg } from '../shared/i18n';
import { listedKinds, type ListedKind } from '../shared/kinds';
import type { TabLog } from '../shared/log';
import { codeLabel, EntryItem } from './EntryItem';
import {
  matchesFilter,
  pagesOf,
  sortItems,
  summarize,
  type Filter,
  type Item,
  type PageView,
  type SortMode,
  type Summary,
} from './model';
import { roleLabel } from './labels';
import { lookupOffer } from './lookup-offer';
import { entryTitle } from './titles';

export interface AppProps {
  readonly target: number | 'all';
  readonly logs: readonly TabLog[] | undefined;
  readonly lang: Lang;
  /** The meanings' titles in `lang` (knowledge/titles-*.ts). */
  readonly titles: Dictionary;
  readonly showPrivate: boolean;
  readonly onClear: () => void;
  readonly onOpenAll?: () => void;
  readonly onOpenOptions?: () => void;
  /** Saves the items currently shown (after filters) as JSON or HAR. */
  readonly onExport?: (format: 'json' | 'har', items: readonly Item[]) => void;
  /** Opens the lookup page for a code (offered when the filter text is a code no entry has). */
  readonly onLookup?: (code: string) => void;
  /** Called once the first list with data has been painted (for the performance mark). */
  readonly onPainted?: () => void;
}

function SummaryLine({ summary, lang, titles }: { summary: Summary; lang: Lang; titles: Dictionary }) {
  const parts = summary.counts.map((c) => count(`kind_${c.kind}`, c.count));
  if (summary.blockedByExtension) parts.push(count('blocked', summary.blockedByExtension));
  if (summary.chains) parts.push(count('chains', summary.chains));
  const culprit = summary.culprit;
  return (
    <div class="summary-line" role="status">
      <p>{parts.join(', ')}</p>
      {culprit && (
        <p class="culprit">
          {msg('likelyCulprit')}: <strong>{codeLabel(culprit.entry)}</strong> {entryTitle(titles, culprit.digest)} —{' '}
          {culprit.digest.who ? nameIn(culprit.digest.who, lang) : roleLabel(culprit.digest.role)} (
          {culprit.entry.obs.type})
        </p>
      )}
    </div>
  );
}

/** Items painted in the first frame per page; the rest follow right after (a popup shows about a dozen). */
const FIRST_PAINT_ITEMS = 15;

function PageSection({
  view,
  items,
  lang,
  titles,
  showTab,
  open,
  setOpen,
  all,
}: {
  view: PageView;
  items: readonly Item[];
  lang: Lang;
  titles: Dictionary;
  showTab: boolean;
  open: string | undefined;
  setOpen: (k: string | undefined) => void;
  all: boolean;
}) {
  const heading = view.page.url ? elideMiddle(view.page.url, 80) : msg('noTabGroup');
  return (
    <section class="page" aria-label={view.page.url || msg('noTabGroup')}>
      <h2 title={view.page.url}>
        {showTab && view.tabId >= 0 && <span class="tab-id">{msg('tabLabel', view.tabId)} · </span>}
        {heading}
        {view.page.dropped > 0 && <span class="muted"> ({msg('dropped', view.page.dropped)})</span>}
      </h2>
      <ul class="entries">
        {(all ? items : items.slice(0, FIRST_PAINT_ITEMS)).map((item) => (
          <EntryItem
            key={item.key}
            item={item}
            lang={lang}
            title={entryTitle(titles, item.digest)}
            open={open === item.key}
            onToggle={() => setOpen(open === item.key ? undefined : item.key)}
          />
        ))}
      </ul>
    </section>
  );
}

export function App({
  target,
  logs,
  lang,
  titles,
  showPrivate,
  onClear,
  onOpenAll,
  onOpenOptions,
  onExport,
  onLookup,
  onPainted,
}: AppProps) {
  const [sort, setSort] = useState<SortMode>('severity');
  const [chosen, setChosen] = useState<ReadonlySet<ListedKind>>(new Set());
  const [text, setText] = useState('');
  const [open, setOpen] = useState<string | undefined>(undefined);
  const [showEarlier, setShowEarlier] = useState(target === 'all');
  const [rest, setRest] = useState(false);
  // Preact runs effects after the frame is painted: the long tail of a big list renders then.
  useEffect(() => setRest(true), []);

  const views = useMemo(() => (logs ? pagesOf(logs, target, showPrivate) : []), [logs, target, showPrivate]);
  const filter: Filter = { kinds: chosen, text, titles };
  // In the popup the tab's current page comes first; earlier page loads are folded away.
  const shown = target === 'all' || showEarlier ? views : views.slice(0, 1);
  const sections = shown.map((view) => ({
    view,
    items: sortItems(
      view.items.filter((i) => matchesFilter(i, filter)),
      sort,
    ),
  }));
  const current = target === 'all' ? views.flatMap((v) => v.items) : (views[0]?.items ?? []);
  const summary = useMemo(() => summarize(current), [current]);
  const kindCounts = new Map(summary.counts.map((c) => [c.kind, c.count]));
  const total = sections.reduce((n, s) => n + s.items.length, 0);
  const offer = onLookup ? lookupOffer(text, views) : undefined;

  // Right after the first list is in the DOM: the next frame is the one that paints it.
  useLayoutEffect(() => {
    if (logs && onPainted) requestAnimationFrame(() => onPainted());
  }, [logs !== undefined]);

  const toggleKind = (k: ListedKind): void => {
    const next = new Set(chosen);
    if (next.has(k)) next.delete(k);
    else next.add(k);
    setChosen(next);
  };

  return (
    <main class={target === 'all' ? 'full' : 'popup'}>
      <header class="bar">
        <h1>{target === 'all' ? msg('allTabsTitle') : msg('appTitle')}</h1>
        <div class="actions">
          {onOpenAll && (
            <button type="button" onClick={onOpenAll}>
              {msg('openAll')}
            </button>
          )}
          {onOpenOptions && (
            <button type="button" onClick={onOpenOptions}>
              {msg('options')}
            </button>
          )}
          <button type="button" onClick={onClear} disabled={!current.length && target !== 'all'}>
            {msg('clear')}
          </button>
        </div>
      </header>

      {logs === undefined ? (
        <p class="empty">{msg('loading')}</p>
      ) : current.length === 0 && views.every((v) => v.items.length === 0) ? (
        <div class="empty">
          <p>{msg('emptyTitle')}</p>
          <p class="muted">{msg('emptyWatched')}</p>
        </div>
      ) : (
        <>
          <SummaryLine summary={summary} lang={lang} titles={titles} />
          <fieldset class="filters" aria-label={msg('filterLabel')}>
            {listedKinds.map((k) => (
              <button
                key={k}
                type="button"
                class={`chip kind-${k}`}
                aria-pressed={chosen.has(k)}
                onClick={() => toggleKind(k)}
              >
                {msg(`chip_${k}`)} <span class="chip-count">{kindCounts.get(k) ?? 0}</span>
              </button>
            ))}
            <input
              type="search"
              value={text}
              placeholder={msg('searchPlaceholder')}
              aria-label={msg('searchPlaceholder')}
              onInput={(e) => setText((e.target as HTMLInputElement).value)}
            />
            <button
              type="button"
              onClick={() => setSort(sort === 'severity' ? 'time' : 'severity')}
              title={msg('sortToggle')}
            >
              {sort === 'severity' ? msg('sortSeverity') : msg('sortTime')}
            </button>
          </fieldset>
          {offer && onLookup && (
            <p class="lookup-offer">
              <button type="button" onClick={() => onLookup(offer)}>
                {msg('lookupOffer', offer)}
              </button>
            </p>
          )}
          {onExport && total > 0 && (
            <div class="exports">
              <button
                type="button"
                onClick={() =>
                  onExport(
                    'json',
                    sections.flatMap((s) => s.items),
                  )
                }
              >
                {msg('exportJson')}
              </button>
              <button
                type="button"
                onClick={() =>
                  onExport(
                    'har',
                    sections.flatMap((s) => s.items),
                  )
                }
              >
                {msg('exportHar')}
              </button>
            </div>
          )}
          {total === 0 && <p class="empty">{msg('nothingMatches')}</p>}
          {sections.map((s) =>
            s.items.length || target !== 'all' ? (
              <PageSection
                key={s.view.page.id}
                view={s.view}
                items={s.items}
                lang={lang}
                titles={titles}
                showTab={target === 'all'}
                open={open}
                setOpen={setOpen}
                all={rest}
              />
            ) : null,
          )}
          {target !== 'all' && views.length > 1 && (
            <button
              type="button"
              class="earlier"
              onClick={() => setShowEarlier(!showEarlier)}
              aria-expanded={showEarlier}
            >
              {showEarlier ? msg('hideEarlier') : msg('showEarlier', views.length - 1)}
            </button>
          )}
        </>
      )}
    </main>
  );
}
