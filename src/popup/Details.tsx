import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../knowledge/types';
import { msg } from '../shared/i18n';
import type { Explanation } from '../knowledge/assemble';
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
  const ex = useExplanation(item.entry, lang);
  return ex ? <Explained item={item} ex={ex} /> : <p class="muted">{msg('loading')}</p>;
}

function Explained({ item, ex }: { item: Item; ex: Explanation }) {
  const obs = item.entry.obs;
  const left = useCountdown(ex.retryAfter?.at);
  const alternatives = ex.candidates.filter((c) => c.meaningId !== ex.meaningId);
  return (
    <div class="details-body">
      <p class="summary">{ex.summary}</p>
      {ex.obsolete && <p class="tag">{msg('obsolete')}</p>}

      <Section title={msg('whoProduced')}>
        <p>
          <strong>{ex.producer.vendor?.name ?? roleLabel(ex.producer.role)}</strong> (
          {confidenceLabel(ex.producer.confidence)}) — {ex.producer.why}
        </p>
        {ex.producer.evidence.length > 0 && (
          <ul class="evidence-list">
            {ex.producer.evidence.map((e, i) => (
              <li key={i}>
                <code>{evidenceLabel(e)}</code>
                {e.value && e.kind === 'header' && <code class="value">{e.value}</code>} — {e.says}
              </li>
            ))}
          </ul>
        )}
        {ex.producer.others.length > 0 && (
          <>
            <p>{msg('otherProducers')}:</p>
            <ol class="others">
              {ex.producer.others.map((o, i) => (
                <li key={i}>
                  <strong>{o.vendor?.name ?? roleLabel(o.role)}</strong> — {o.why}
                </li>
              ))}
            </ol>
          </>
        )}
        {ex.producer.settle && (
          <p class="settle">
            {msg('whatSettles')}: {ex.producer.settle}
          </p>
        )}
        {ex.seen.length > 1 && (
          <p class="seen">
            {msg('alsoSeen')}: {ex.seen.map((s) => s.vendor.name).join(', ')}
          </p>
        )}
      </Section>

      {alternatives.length > 0 && (
        <Section title={msg('otherMeanings')}>
          <ol class="candidates">
            {alternatives.map((c) => (
              <li key={c.meaningId}>
                <strong>{c.title}</strong>
                {c.vendor && <span> ({c.vendor.name})</span>} — {c.summary} <em>{c.unlikely ?? c.tellApart}</em>
              </li>
            ))}
          </ol>
        </Section>
      )}

      {ex.decoded.map((d) => (
        <Section key={d.header} title={d.onPage ? msg('evidencePage', d.value) : `${d.header}: ${d.value}`}>
          {d.title && (
            <p>
              <strong>{d.title}</strong>
            </p>
          )}
          <p>{d.summary}</p>
          {d.owner && (
            <p>
              {msg('forOwner')}: {d.owner}
            </p>
          )}
        </Section>
      ))}

      <Section title={msg('forVisitor')}>
        <p>{ex.visitor}</p>
      </Section>
      <Section title={msg('forOwner')}>
        <p>{ex.owner}</p>
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
                {n.text}
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
                <code>{w.code}</code> {w.known ? w.known.title : msg('unknownWarning')} —{' '}
                {w.known ? w.known.summary : w.text}
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
