/**
 * Secrets in URLs and headers, end to end in both browsers: a page whose requests carry userinfo,
 * tokens in the query and the fragment, a code in a redirect's Location, a cookie with no name and
 * Authentication-Info. None of those values may reach storage.session, the popup, copy-as-text or the
 * JSON and HAR exports; the parameter names must.
 *
 * What each browser delivers to webRequest (checked against a build without redaction): both deliver
 * the userinfo of an XHR, of a top-level navigation and of a redirect target, and the fragment of a
 * redirect target. Chromium never requests an <img> or <iframe> whose URL has userinfo, and hides
 * Set-Cookie (no extraHeaders); Firefox requests them and delivers Set-Cookie, and its initiator
 * (originUrl) is the page's whole URL, query included.
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { REDACTED } from '../src/shared/redact.ts';
import { browsersToTest, createBrowser, extensionDirFor, type ExtensionBrowser } from './browsers/index.ts';
import { storedItems } from './browsers/stored.ts';
import { openedEntryText } from './popup-actions.ts';
import { waitFor } from './wait.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const HOST = 'secrets.statuscope.test';

/** Every secret the server hands out holds this; none may show up anywhere the extension writes. */
const SECRET = 'SECRET';

function answer(req: IncomingMessage, res: ServerResponse): void {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const origin = `http://${req.headers.host}`;
  const userinfo = `http://user:PASS${SECRET}@${req.headers.host}`;
  const base = { 'cache-control': 'no-store', 'access-control-allow-origin': '*' };
  switch (path) {
    case '/page':
      res.writeHead(200, { ...base, 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><meta charset="utf-8"><title>p</title>
<img src="/token.png?access_token=QUERY${SECRET}&amp;lang=en" alt="">
<img src="/login.png" alt="">
<img src="/moved.png" alt="">
<img src="${userinfo}/userinfo.png" alt="">
<iframe src="${userinfo}/frame"></iframe>
<script>
const x = new XMLHttpRequest();
x.open('GET', '${userinfo}/userinfo-xhr');
x.send();
</script>`);
      return;
    case '/token.png':
      res.writeHead(404, {
        ...base,
        'content-type': 'text/plain',
        'set-cookie': [`COOKIE${SECRET}; Path=/`, `named=COOKIE${SECRET}2; Path=/`],
        'authentication-info': `nextnonce="NONCE${SECRET}", rspauth="NONCE${SECRET}"`,
        link: `<${origin}/help?sig=LINK${SECRET}>; rel="help"`,
      });
      res.end('no');
      return;
    case '/login.png':
      res.writeHead(302, {
        ...base,
        location: `/callback.png?code=CODE${SECRET}&state=STATE${SECRET}#access_token=FRAGMENT${SECRET}`,
      });
      res.end();
      return;
    case '/moved.png':
      res.writeHead(302, { ...base, location: `${userinfo}/landed.png` });
      res.end();
      return;
    default:
      res.writeHead(404, { ...base, 'content-type': 'text/plain' });
      res.end('no');
  }
}

/** Runs `body` in the popup page with downloads and the clipboard stubbed, and returns what they were given. */
const capturing = (body: string): string => `(async () => {
  const files = [];
  const copies = [];
  const createObjectURL = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  const writeText = navigator.clipboard.writeText;
  URL.createObjectURL = (blob) => { files.push(blob.text()); return createObjectURL.call(URL, blob); };
  HTMLAnchorElement.prototype.click = () => {};
  navigator.clipboard.writeText = (text) => { copies.push(text); return Promise.resolve(); };
  const button = (label) => [...document.querySelectorAll('button')].find((b) => b.innerText.trim() === label);
  const until = async (done) => { for (let i = 0; i < 100 && !done(); i++) await new Promise((r) => setTimeout(r, 50)); };
  try {
    ${body}
    return { files: await Promise.all(files), copies };
  } finally {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = click;
    navigator.clipboard.writeText = writeText;
  }
})()`;

/** Clicks "Copy as text" of the opened item. */
const copyOpened = capturing(`button('Copy as text')?.click();
    await until(() => copies.length > 0);`);

/** Clicks both export buttons. */
const exportBoth = capturing(`for (const label of ['Export JSON', 'Export HAR']) {
      const before = files.length;
      button(label)?.click();
      await until(() => files.length > before);
    }`);

interface Captured {
  readonly files: string[];
  readonly copies: string[];
}

function noSecret(text: string, where: string): void {
  const at = text.indexOf(SECRET);
  assert.equal(at, -1, `${where} holds a secret: ${JSON.stringify(text.slice(Math.max(0, at - 120), at + 20))}`);
  assert.doesNotMatch(text, /user:PASS/, `${where} holds userinfo`);
}

let server: Server;
let port = 0;
before(async () => {
  server = createServer(answer);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  port = (server.address() as AddressInfo).port;
});
after(() => new Promise<void>((ok) => server.close(() => ok())));

for (const name of browsersToTest()) {
  describe(`${name}: secrets in URLs and headers`, { timeout: 180_000 }, () => {
    let b: ExtensionBrowser;
    const origin = (): string => `http://${HOST}:${port}`;
    /** The URLs as the extension keeps them: no userinfo, secret values redacted, names kept. */
    const kept = {
      token: (): string => `${origin()}/token.png?access_token=${REDACTED}&lang=en`,
      login: (): string => `${origin()}/login.png`,
      callback: (): string => `${origin()}/callback.png?code=${REDACTED}&state=${REDACTED}#access_token=${REDACTED}`,
      xhr: (): string => `${origin()}/userinfo-xhr`,
      main: (): string => `${origin()}/main?access_token=${REDACTED}`,
    };

    before(async () => {
      b = createBrowser(name, { extensionDir: extensionDirFor(root.replace(/\/$/, ''), name), unresolvable: [] });
      await b.launch();
      await b.open(`${origin()}/page?session=PAGE${SECRET}`);
      await b.open(`http://user:MAIN${SECRET}@${HOST}:${port}/main?access_token=MAIN${SECRET}`);
    });
    after(async () => {
      await b?.close();
    });

    it('stores no secret, only the names of the parameters and cookies that held them', async () => {
      const stored = await waitFor(
        async () => JSON.stringify(await storedItems(b)),
        (json) =>
          ['/token.png', '/callback.png', '/userinfo-xhr', '/landed.png', '/main'].every((path) =>
            json.includes(`${HOST}:${port}${path}`),
          ),
        'every request of the page and the navigation to be stored',
      );
      noSecret(stored, 'storage.session');
      for (const url of [kept.token(), kept.callback(), kept.xhr(), kept.main()])
        assert.ok(stored.includes(url), `${url} is stored`);
      for (const name of ['access_token', 'code', 'state', 'session', 'sig'])
        assert.ok(stored.includes(`${name}=${REDACTED}`), `the parameter name ${name} is kept`);
      // The initiator is the page's origin only (Firefox's originUrl is the page's whole URL).
      assert.ok(stored.includes(`"initiator\\":\\"${origin()}\\"`), 'the initiator is an origin');
      if (name === 'firefox') {
        assert.ok(stored.includes('named'), 'the named cookie is kept');
        assert.ok(stored.includes(`${origin()}/userinfo.png`), 'the <img> with userinfo is recorded without it');
      }
    });

    it('shows, copies and exports no secret, and names the parameters', async () => {
      const view = await b.readPopup('?tab=all', true);
      noSecret(view.text, 'the popup list');
      noSecret(view.sections.map((s) => s.label).join('\n'), 'the page headings');
      const copies: string[] = [];
      for (const url of [kept.token(), kept.login(), kept.xhr(), kept.main()]) {
        noSecret(await openedEntryText(b, url), `the opened item ${url}`);
        copies.push(...(await b.evalInExtension<Captured>(copyOpened)).copies);
      }
      assert.equal(copies.length, 4, 'one copy per opened item');
      for (const copy of copies) noSecret(copy, 'copy as text');
      const { files } = await b.evalInExtension<Captured>(exportBoth);
      assert.equal(files.length, 2, 'a JSON and a HAR export');
      const [json, har] = files as [string, string];
      noSecret(json, 'the JSON export');
      noSecret(har, 'the HAR export');
      assert.ok(json.includes(kept.token()), 'the JSON export names access_token');
      const entries = (JSON.parse(har) as { log: { entries: { request: { url: string; queryString: unknown } }[] } })
        .log.entries;
      assert.deepEqual(entries.find((e) => e.request.url === kept.token())?.request.queryString, [
        { name: 'access_token', value: REDACTED },
        { name: 'lang', value: 'en' },
      ]);
      assert.ok(
        copies.some((c) => c.includes(kept.main())),
        'copy as text names access_token',
      );
    });
  });
}
