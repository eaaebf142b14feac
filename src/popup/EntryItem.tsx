import { useState } from 'preact/hooks';
import type { Explanation } from '../knowledge/assemble';
import { nameIn } from '../knowledge/rules';
import type { EvidenceRef } from '../knowledge/verdict';
import type { Lang } from '../knowledge/types';
import { elideMiddle, hostOf } from '../shared/elide';
import { msg } from '../shared/i18n';
import type { Entry } from '../shared/log';
import { redact } from '../shared/redact';
import { compactChain } from './chain';
import { Details } from './Details';
import { explainEntry } from './explained';
import type { Item } from './model';
import { roleLabel } from './labels';

/** "522", "net::ERR_NAME_NOT_RESOLVED" → "ERR_NAME_NOT_RESOLVED". */
export function codeLabel(entry: Entry): string {
  if (entry.obs.error !== undefined) return entry.obs.error.replace(/^net::/, '');
  return String(entry.obs.statusCode ?? '?');
}

export function evidenceLabel(e: Pick<EvidenceRef, 'kind' | 'name' | 'value'>): string {
  switch (e.kind) {
    case 'header':
      return msg('evidenceHeader', e.name);
    case 'cookie':
      return msg('evidenceCookie', e.name);
    case 'host':
      return msg('evidenceHost', e.value);
    case 'path':
      return msg('evidencePath', e.value);
    case 'reason':
      return msg('evidenceReason', e.value);
    case 'page':
      return e.value ? msg('evidencePage', e.value) : msg('evidencePageMark');
    default:
      return e.name;
  }
}

/** How long "Copied" (or the failure note) stays before the button reads "Copy as text" again. */
const COPY_NOTE_MS = 2_000;

function WhoLine({ item, lang }: { item: Item; lang: Lang }) {
  const d = item.digest;
  return (
    <span class="who">
      <span class="who-name">{d.who ? nameIn(d.who, lang) : roleLabel(d.role)}</span>
      {d.who && <span class="role"> · {roleLabel(d.role)}</span>}
      {d.who && d.whoConfidence === 'low' && <span class="guess"> · {msg('producerGuess')}</span>}
      {d.evidence && <span class="evidence"> · {evidenceLabel(d.evidence)}</span>}
      {!d.evidence && item.entry.obs.error === undefined && <span class="evidence"> · {msg('noEvidence')}</span>}
      {d.ambiguous && <span class="ambiguous"> · {msg('ambiguous')}</span>}
    </span>
  );
}

function ChainLine({ item }: { item: Item }) {
  const parts = item.hops.map((h) => String(h.obs.statusCode ?? '?'));
  const end = item.end ? (item.end.error?.replace(/^net::/, '') ?? String(item.end.statusCode ?? '?')) : '…';
  return (
    <span class="chain" title={msg('chainLabel')}>
      {compactChain([...parts, end])}
      {item.loop && <span class="loop"> {msg('chainLoop')}</span>}
    </span>
  );
}

export function EntryItem({
  item,
  lang,
  title,
  open,
  onToggle,
}: {
  item: Item;
  lang: Lang;
  /** The title of the entry's meaning, in `lang`. */
  title: string;
  open: boolean;
  onToggle: () => void;
}) {
  const url = item.entry.obs.url;
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const detailsId = `d-${item.key.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  return (
    <li class={`entry kind-${item.kind}`} data-kind={item.kind} data-code={codeLabel(item.entry)}>
      <button class="entry-head" type="button" aria-expanded={open} aria-controls={detailsId} onClick={onToggle}>
        <span class={`code code-${item.kind}`}>
          {item.hops.length ? <ChainLine item={item} /> : codeLabel(item.entry)}
        </span>
        <span class="title">{title}</span>
        {item.count > 1 && (
          <span
            class="count"
            title={msg(
              'countTitle',
              item.count,
              new Date(item.first).toLocaleTimeString(),
              new Date(item.last).toLocaleTimeString(),
            )}
          >
            ×{item.count}
          </span>
        )}
      </button>
      <div class="entry-meta">
        <WhoLine item={item} lang={lang} />
        <span class="type">{item.entry.obs.type}</span>
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: focused, the line shows the full URL in place of the short form (popup.css), as the title does for a mouse */}
      <div class="url" title={url} tabIndex={0}>
        <span class="url-short">
          {item.hops.length
            ? compactChain(item.hops.map((h) => hostOf(h.obs.url)).concat(item.end ? [hostOf(item.end.url)] : []))
            : elideMiddle(url, 90)}
        </span>
        <span class="url-full">{url}</span>
      </div>
      {open && (
        <div id={detailsId} class="details">
          <Details item={item} lang={lang} />
          <button
            type="button"
            class="copy"
            onClick={() => {
              void explainEntry(item.entry, lang)
                .then((ex) => navigator.clipboard.writeText(entryAsText(item, ex)))
                .then(
                  () => setCopyState('copied'),
                  () => setCopyState('failed'),
                )
                .then(() => setTimeout(() => setCopyState('idle'), COPY_NOTE_MS));
            }}
          >
            {copyState === 'copied' ? msg('copied') : msg('copyEntry')}
          </button>
          {copyState === 'failed' && (
            <span class="copy-failed" role="status">
              {msg('copyFailed')}
            </span>
          )}
        </div>
      )}
    </li>
  );
}

/**
 * A plain-text account of one entry, for pasting into a bug report. Its URLs are redacted again
 * (shared/redact.ts), as the file exports' are.
 */
export function entryAsText(item: Item, ex: Explanation): string {
  const lines = [
    `${codeLabel(item.entry)} ${ex.title}${item.count > 1 ? ` ×${item.count}` : ''}`,
    `${item.entry.obs.method} ${redact(item.entry.obs.url)} (${item.entry.obs.type})`,
    ex.summary,
    ...ex.decoded
      .filter((d) => d.onPage)
      .map((d) => `${msg('evidencePage', d.value)}${d.title ? ` — ${d.title}` : ''}`),
    `${msg('whoProduced')}: ${ex.producer.vendor?.name ?? roleLabel(ex.producer.role)} — ${ex.producer.why}`,
    ...ex.producer.evidence.map(
      (e) =>
        `  ${evidenceLabel(e)}${e.value && e.kind !== 'host' && e.kind !== 'path' && e.kind !== 'reason' && e.kind !== 'page' ? `: ${e.value}` : ''}`,
    ),
    `${msg('forVisitor')}: ${ex.visitor}`,
    `${msg('forOwner')}: ${ex.owner}`,
    `${msg('source')}: ${ex.source.title}${ex.source.url ? ` <${ex.source.url}>` : ''}`,
    `${new Date(item.first).toISOString()}`,
  ];
  if (item.hops.length) {
    lines.splice(
      2,
      0,
      item.hops.map((h) => `${h.obs.statusCode ?? '?'} ${redact(h.obs.url)}`).join('\n→ ') +
        (item.end ? `\n→ ${item.end.statusCode ?? item.end.error ?? ''} ${redact(item.end.url)}` : ''),
    );
  }
  return lines.join('\n');
}
