/**
 * The lookup page (`index.html?lookup=<code>`): everything the knowledge base has for one status number
 * (or a product's own error number past the HTTP range, such as Cloudflare's 1016) or failure name, with no
 * response behind it. The address-bar keyword opens it, and so does the popup when its filter holds a code
 * no entry has. The rules and the words of the UI language load with it.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { LookupEntry, LookupView } from '../knowledge/lookup';
import { MAX_QUERY, parseLookup } from '../shared/lookup-query';
import type { Lang, StatusClass } from '../knowledge/types';
import { msg, type MessageKey } from '../shared/i18n';
import { wordsIn } from './explained';
import { roleLabel } from './labels';

/** What the knowledge base has for `text`, in `lang`; undefined when it is not a code at all. */
export async function lookupIn(text: string, lang: Lang): Promise<LookupView | undefined> {
  const q = parseLookup(text);
  if (!q) return undefined;
  const [{ lookupCode, describeLookup }, rules, { details }, words] = await Promise.all([
    import('../knowledge/lookup'),
    import('../knowledge/rules-read').then((m) => m.readRules()),
    import('../knowledge/meaning-details'),
    wordsIn(lang),
  ]);
  return describeLookup(lookupCode(q, rules), { rules, details, words, lang });
}

const classKeys: Readonly<Record<StatusClass, MessageKey>> = {
  informational: 'lookupClass_informational',
  success: 'lookupClass_success',
  redirect: 'lookupClass_redirect',
  'client-error': 'lookupClass_client_error',
  'server-error': 'lookupClass_server_error',
  'network-failure': 'lookupClass_network_failure',
  unknown: 'lookupClass_unknown',
};

const codeColours: Readonly<Partial<Record<StatusClass, string>>> = {
  redirect: 'code-redirect',
  'client-error': 'code-client',
  'server-error': 'code-server',
  'network-failure': 'code-network',
};

/** Controls, bidi marks and line separators would let a typed query read differently: shown as U+FFFD. */
const shown = (text: string): string =>
  text
    .slice(0, MAX_QUERY)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what it replaces
    .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '\ufffd');

const safeHref = (url: string | undefined): string | undefined => (url && /^https:\/\//.test(url) ? url : undefined);

/** The browser that reports a failure name. */
const browserOf = (name: string): string => (name.startsWith('net::') ? 'Chromium' : 'Firefox');

/** The id of a meaning's heading (meaning ids are letters, digits, dots and dashes). */
const headingId = (meaningId: string): string => `meaning-${meaningId}`;

function Part({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="section">
      <h4>{title}</h4>
      {children}
    </section>
  );
}

/**
 * One meaning, as an article named by its heading. `standard` marks the registry's own meaning; a class's
 * or a failure's words have no definer to name.
 */
function Meaning({
  e,
  chosen,
  standard = false,
  children,
}: {
  e: LookupEntry;
  chosen: boolean;
  standard?: boolean;
  children?: ComponentChildren;
}) {
  const href = safeHref(e.source.url);
  return (
    <article
      class={chosen ? 'meaning chosen' : 'meaning'}
      aria-labelledby={headingId(e.meaningId)}
      aria-current={chosen ? 'true' : undefined}
      data-meaning={e.meaningId}
    >
      <h3 id={headingId(e.meaningId)} tabIndex={-1}>
        {e.title}
      </h3>
      {(e.vendor || standard) && (
        <p class="by">
          {e.vendor ? (
            <>
              <strong class="product">{e.vendor.name}</strong> <span class="muted">· {roleLabel(e.vendor.role)}</span>
            </>
          ) : (
            <strong class="product">{msg('lookupStandard')}</strong>
          )}
          {chosen && <span class="tag"> · {msg('lookupChosen')}</span>}
        </p>
      )}
      <p class="summary">{e.summary}</p>
      {e.obsolete && <p class="tag">{msg('obsolete')}</p>}
      {e.whenSeen && <p class="note">{e.whenSeen}</p>}
      {children}
      {e.pick && (
        <Part title={msg('lookupPick')}>
          <p class="pick">{e.pick}</p>
          {e.when.length > 0 && <p class="pick">{msg('lookupWhen', e.when.join(', '))}</p>}
        </Part>
      )}
      <Part title={msg('forVisitor')}>
        <p>{e.visitor}</p>
      </Part>
      <Part title={msg('forOwner')}>
        <p>{e.owner}</p>
      </Part>
      <p class="source">
        {msg('source')}:{' '}
        {href ? (
          <a href={href} target="_blank" rel="noreferrer noopener">
            {e.source.title}
          </a>
        ) : (
          e.source.title
        )}
      </p>
    </article>
  );
}

function Answer({ view, chosen }: { view: LookupView; chosen: string | undefined }) {
  if (view.kind === 'failure') {
    return (
      <>
        <h2 id="lookup-code" class="code code-network" tabIndex={-1}>
          {view.name}
        </h2>
        <p class="class-line">{msg('lookupClass_network_failure')}</p>
        {!view.known && <p class="unregistered">{msg('lookupUnknownFailure')}</p>}
        <Meaning e={view.entry} chosen={false}>
          <p class="cause">{view.cause}</p>
          {view.noise && <p class="note">{msg('lookupNoise')}</p>}
          {view.known && (
            <Part title={msg('lookupNames')}>
              <ul class="names">
                {view.names.map((name) => (
                  <li key={name}>
                    <code>{name}</code> <span class="muted">({browserOf(name)})</span>
                  </li>
                ))}
              </ul>
            </Part>
          )}
        </Meaning>
      </>
    );
  }
  const classWords: LookupEntry = {
    meaningId: `class.${view.statusClass}`,
    ...view.classWords,
    pick: '',
    when: [],
    obsolete: false,
  };
  // Past the HTTP range, the entries are products' own error numbers: not ranked, and no status at all.
  const productNumbers = view.entries.length > 0 && view.entries.every((e) => e.decoder !== undefined);
  return (
    <>
      <h2 id="lookup-code" class={`code ${codeColours[view.statusClass] ?? 'code-odd'}`} tabIndex={-1}>
        {view.code}
      </h2>
      <p class="class-line">{msg(classKeys[view.statusClass])}</p>
      {view.entries.length === 0 ? (
        <>
          <p class="unregistered">{msg('lookupUnregistered')}</p>
          <Meaning e={classWords} chosen={false} />
        </>
      ) : (
        <>
          {productNumbers ? (
            <p class="unregistered">{msg('lookupProductNumber')}</p>
          ) : (
            <>
              {!view.standard && <p class="unregistered">{msg('lookupNotStandard')}</p>}
              {view.entries.length > 1 && <p>{msg('lookupRanked')}</p>}
            </>
          )}
          <ol class="meanings">
            {view.entries.map((e) => (
              <li key={e.meaningId}>
                <Meaning e={e} chosen={e.meaningId === chosen} standard={!e.vendor} />
              </li>
            ))}
          </ol>
        </>
      )}
      {view.notes.length > 0 && (
        <section class="section notes">
          <h3>{msg('lookupNotes')}</h3>
          <ul>
            {view.notes.map((n) => (
              <li key={n.vendor.id}>
                <strong>{n.vendor.name}:</strong> {n.text}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

export interface LookupPageProps {
  /** The query the page opened with. */
  readonly initial: string;
  /** The meaning picked in the address bar's suggestions, if one was. */
  readonly meaning?: string;
  readonly lang: Lang;
  /** Where answers come from (tests may stand in); the knowledge base by default. */
  readonly load?: (text: string, lang: Lang) => Promise<LookupView | undefined>;
}

export function LookupPage({ initial, meaning, lang, load = lookupIn }: LookupPageProps) {
  const [draft, setDraft] = useState(initial);
  const [asked, setAsked] = useState(initial.trim());
  const [answer, setAnswer] = useState<{ readonly for: string; readonly view: LookupView | undefined }>();
  // Focus moves to the answer after a lookup the person asked for on this page, or to the picked meaning.
  const [focusAnswer, setFocusAnswer] = useState(false);
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    let alive = true;
    if (asked) {
      void load(asked, lang).then((view) => {
        if (alive) setAnswer({ for: asked, view });
      });
    }
    return () => {
      alive = false;
    };
  }, [asked, lang]);

  const ready = !asked || answer?.for === asked;
  const chosen = asked === initial.trim() ? meaning : undefined;

  // As soon as the answer is in the DOM, before it is painted: the title, and where focus goes.
  useLayoutEffect(() => {
    if (!ready || !answer?.view) return;
    const code = answer.view.kind === 'status' ? String(answer.view.code) : answer.view.name;
    document.title = `${code} — Statuscope`;
    const picked = chosen
      ? main.current?.querySelector<HTMLElement>(`[data-meaning="${CSS.escape(chosen)}"] h3`)
      : null;
    const target = picked ?? (focusAnswer ? main.current?.querySelector<HTMLElement>('#lookup-code') : null);
    if (target) {
      target.focus();
      target.scrollIntoView?.({ block: 'start' });
    }
  }, [ready, answer]);

  const submit = (e: Event): void => {
    e.preventDefault();
    const next = draft.trim().slice(0, MAX_QUERY);
    setFocusAnswer(true);
    setAsked(next);
    history.replaceState(null, '', `?${new URLSearchParams({ lookup: next }).toString()}`);
  };

  return (
    <main class="full lookup" ref={main} data-ready={ready ? 'true' : undefined}>
      <header class="bar">
        <h1>{msg('lookupTitle')}</h1>
      </header>
      <search>
        <form class="lookup-form" onSubmit={submit}>
          <label for="lookup-query">{msg('lookupLabel')}</label>
          <input
            id="lookup-query"
            type="search"
            value={draft}
            spellcheck={false}
            autocomplete="off"
            onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
          />
          <button type="submit">{msg('lookupButton')}</button>
        </form>
      </search>
      <div class="lookup-answer">
        {!asked ? (
          <p class="muted">{msg('lookupEmpty')}</p>
        ) : !ready || !answer ? (
          <p class="muted">{msg('loading')}</p>
        ) : answer.view ? (
          <Answer view={answer.view} chosen={chosen} />
        ) : (
          <p class="invalid" role="alert">
            {msg('lookupInvalid', shown(asked))}
          </p>
        )}
      </div>
    </main>
  );
}
