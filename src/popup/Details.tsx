import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../knowledge/types';
import { msg } from '../shared/i18n';
import { pick } from '../shared/text';
import type { Explanation } from '../knowledge/explain';
import { evidenceLabel } from './EntryItem';
import { useExplanation } from './explained';
import type { Item } from './model';
import { confidenceLabel, roleLabel } from './labels';

/** Seconds until `at`, ticking once a second while shown. */
function useCountdown(at: number | undefined): number | undefined {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (at === undefined || at <= Date.now()) return undefined;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [at]);
  return at === undefined ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

function Section({ title, children }: { title: string; children: preact.ComponentChildren }) {
  return (
    <section class="section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

const safeHref = (url: string | undefined): string | undefined => (url && /^https:\/\//.test(url) ? url : undefined);

export function Details({ item, lang }: { item: Item; lang: Lang }) {
  const ex = useExplanation(item.entry);
  return ex ? <Explained item={item} ex={ex} lang={lang} /> : <p class="muted">{msg('loading')}</p>;
}

function Explained({ item, ex, lang }: { item: Item; ex: Explanation; lang: Lang }) {
  const obs = item.entry.obs;
  const left = useCountdown(ex.retryAfter?.at);
  const alternatives = ex.candidates.filter((c) => c.meaningId !== ex.meaningId);
  return (
    <div class="details-body">
      <p class="summary">{pick(ex.summary, lang)}</p>
      {ex.obsolete && <p class="tag">{msg('obsolete')}</p>}

      <Section title={msg('whoProduced')}>
        <p>
          <strong>{ex.producer.vendor?.name ?? roleLabel(ex.producer.role)}</strong> (
          {confidenceLabel(ex.producer.confidence)}) — {pick(ex.producer.why, lang)}
        </p>
        {ex.producer.evidence.length > 0 && (
          <ul class="evidence-list">
            {ex.producer.evidence.map((e, i) => (
              <li key={i}>
                <code>{evidenceLabel(e)}</code>
                {e.value && e.kind === 'header' && <code class="value">{e.value}</code>} — {pick(e.says, lang)}
              </li>
            ))}
          </ul>
        )}
        {ex.seen.length > 1 && (
          <p class="seen">
            {msg('alsoSeen')}: {ex.seen.map((s) => s.vendor.name).join(', ')}
          </p>
        )}
      </Section>

      {ex.ambiguous && alternatives.length > 0 && (
        <Section title={msg('otherMeanings')}>
          <ol class="candidates">
            {alternatives.map((c) => (
              <li key={c.meaningId}>
                <strong>{pick(c.title, lang)}</strong>
                {c.vendor && <span> ({c.vendor.name})</span>} — {pick(c.summary, lang)}{' '}
                <em>{pick(c.tellApart, lang)}</em>
              </li>
            ))}
          </ol>
        </Section>
      )}

      {ex.decoded.map((d) => (
        <Section key={d.header} title={`${d.header}: ${d.value}`}>
          {d.title && (
            <p>
              <strong>{pick(d.title, lang)}</strong>
            </p>
          )}
          <p>{pick(d.summary, lang)}</p>
          {d.owner && (
            <p>
              {msg('forOwner')}: {pick(d.owner, lang)}
            </p>
          )}
        </Section>
      ))}

      <Section title={msg('forVisitor')}>
        <p>{pick(ex.visitor, lang)}</p>
      </Section>
      <Section title={msg('forOwner')}>
        <p>{pick(ex.owner, lang)}</p>
      </Section>

      {ex.retryAfter && (
        <p class="retry">
          {left ? msg('retryIn', left) : msg('retryNow')} <code>Retry-After: {ex.retryAfter.raw}</code>
        </p>
      )}

      {ex.notes.length > 0 && (
        <Section title={msg('notes')}>
          <ul>
            {ex.notes.map((n, i) => (
              <li key={i}>
                {n.vendor && <strong>{n.vendor.name}: </strong>}
                {pick(n.text, lang)}
              </li>
            ))}
          </ul>
        </Section>
      )}

      {ex.warnings.length > 0 && (
        <Section title={msg('warningHeader')}>
          <ul>
            {ex.warnings.map((w, i) => (
              <li key={i}>
                <code>{w.code}</code> {w.known ? pick(w.known.title, lang) : msg('unknownWarning')} —{' '}
                {w.known ? pick(w.known.summary, lang) : w.text}
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section title={msg('requestFacts')}>
        <dl class="facts">
          <dt>{msg('factMethod')}</dt>
          <dd>{obs.method}</dd>
          <dt>{msg('factType')}</dt>
          <dd>{obs.type}</dd>
          <dt>{msg('factTime')}</dt>
          <dd>
            {new Date(item.first).toLocaleTimeString()}
            {item.count > 1 && ` – ${new Date(item.last).toLocaleTimeString()} (×${item.count})`}
          </dd>
          {obs.ip && (
            <>
              <dt>{msg('factIp')}</dt>
              <dd>{obs.ip}</dd>
            </>
          )}
          <dt>{msg('factFromCache')}</dt>
          <dd>{obs.fromCache ? msg('yes') : msg('no')}</dd>
          {item.entry.initiator && (
            <>
              <dt>{msg('factInitiator')}</dt>
              <dd class="break">{item.entry.initiator}</dd>
            </>
          )}
          {obs.statusLine && (
            <>
              <dt>{msg('factStatusLine')}</dt>
              <dd class="break">{obs.statusLine}</dd>
            </>
          )}
          <dt>{msg('factUrl')}</dt>
          <dd class="break">{obs.url}</dd>
        </dl>
      </Section>

      {item.hops.length > 0 && (
        <Section title={msg('chainLabel')}>
          <ol class="hops">
            {item.hops.map((h) => (
              <li key={h.id}>
                <code>{h.obs.statusCode ?? '?'}</code> <span class="break">{h.obs.url}</span>{' '}
                <span class="muted">{new Date(h.first).toLocaleTimeString()}</span>
              </li>
            ))}
            {item.end && (
              <li>
                <code>{item.end.error ?? item.end.statusCode ?? '?'}</code> <span class="break">{item.end.url}</span>
              </li>
            )}
          </ol>
          {item.loop && <p class="loop">{msg('chainLoopLong')}</p>}
        </Section>
      )}

      <p class="source">
        {msg('source')}:{' '}
        {safeHref(ex.source.url) ? (
          <a href={safeHref(ex.source.url)} target="_blank" rel="noreferrer noopener">
            {ex.source.title}
          </a>
        ) : (
          ex.source.title
        )}
      </p>
    </div>
  );
}
