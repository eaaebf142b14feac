/**
 * The demo index page (http://demo.statuscope.test:<port>/): one page load requests every embeddable
 * scenario as the kind of subresource it names (image, script, stylesheet, fetch, XHR, iframe), so the
 * popup fills at once. Scenarios meant to be opened as a page are listed as links (those the popup lists);
 * parts of another scenario's page are left out.
 */
import type { Scenario } from './scenarios.ts';

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A JS string literal that cannot close the surrounding <script> element. */
const jsString = (s: string): string => JSON.stringify(s).replace(/</g, '\\u003c');

function embed(s: Scenario, url: string): string {
  const u = escapeHtml(url);
  switch (s.loadAs) {
    case 'image':
      return `<img src="${u}" alt="" width="120" height="24">`;
    case 'script':
      return `<script src="${u}" async></script>`;
    case 'stylesheet':
      return `<link rel="stylesheet" href="${u}">`;
    case 'iframe':
      return `<iframe src="${u}" title="${escapeHtml(s.id)}" width="240" height="60"></iframe>`;
    case 'fetch':
      return `<script>fetch(${jsString(url)}).catch(() => {});</script>`;
    case 'xhr':
      return `<script>{ const x = new XMLHttpRequest(); x.open('GET', ${jsString(url)}); x.send(); }</script>`;
    case 'page':
      return `<a href="${u}">open</a>`;
    case 'part':
      return '';
  }
}

export function demoPage(list: readonly Scenario[], server: { scenarioUrl(s: Scenario): string }): string {
  const rows = list
    .filter((s) => (s.loadAs !== 'page' && s.loadAs !== 'part') || s.expect)
    .map((s) => {
      const url = server.scenarioUrl(s);
      const shown = url.length > 100 ? `${url.slice(0, 97)}…` : url;
      return `<tr><td>${escapeHtml(s.loadAs)}</td><td>${escapeHtml(s.label)}</td><td><code>${escapeHtml(shown)}</code></td><td>${embed(s, url)}</td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Statuscope demo: broken responses</title>
<style>
  body { font: 14px system-ui, sans-serif; margin: 1.5rem; }
  table { border-collapse: collapse; }
  td { border-top: 1px solid #ccc; padding: .3rem .5rem; vertical-align: top; }
  code { font-size: 12px; word-break: break-all; }
  iframe { border: 1px solid #ccc; }
</style>
</head>
<body>
<h1>Statuscope demo</h1>
<p>Every row below is requested by this page as the kind of subresource in its first column. Each answer is what the named product
really sends (status and headers); all hosts are served by a local scenario server. Open the Statuscope popup to see them explained.</p>
<table>
${rows}
</table>
</body>
</html>
`;
}
