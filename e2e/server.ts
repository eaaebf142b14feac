/**
 * The scenario server: one HTTP server on 127.0.0.1 (ephemeral port) that answers by Host + path.
 * Browsers reach it under fake host names through host-resolver rules (Chromium) or
 * network.dns.forceResolve (Firefox); see e2e/browsers/. It also serves the demo index page.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { demoPage } from './demo-page.ts';
import {
  DEMO_HOST,
  DNS_FAIL_HOST,
  hostileQuery,
  scenarios,
  type Reply,
  type Scenario,
  type Target,
} from './scenarios.ts';

export interface ScenarioServer {
  readonly port: number;
  /** A port nothing listens on (for connection-refused scenarios). */
  readonly refusedPort: number;
  /** The absolute URL of a host + path on this server. */
  urlOf(target: Target): string;
  /** The URL a scenario is requested at (refused ones point at the dead port). */
  scenarioUrl(s: Scenario): string;
  /** The demo index page. */
  readonly demoUrl: string;
  /** Requests answered so far, as "host path" lines (for debugging a failed test). */
  readonly log: readonly string[];
  close(): Promise<void>;
}

const key = (host: string, path: string): string => `${host.toLowerCase()} ${new URL(path, 'http://x').pathname}`;

/** What to send as a body so the browser accepts it for the kind of request (no ORB/CORB block). */
function bodyFor(
  accept: string,
  status: number,
  contentType: string | undefined,
  label: string,
): { type: string; body: string } {
  const text = `${status} ${label}`.replace(/[<>&]/g, ' ');
  const type =
    contentType ??
    (accept.startsWith('text/html')
      ? 'text/html; charset=utf-8'
      : accept.startsWith('image/')
        ? 'image/svg+xml'
        : accept.startsWith('text/css')
          ? 'text/css'
          : 'text/javascript');
  if (type.startsWith('text/html'))
    return { type, body: `<!doctype html><meta charset="utf-8"><title>${status}</title><p>${text}</p>` };
  if (type.startsWith('image/svg'))
    return {
      type,
      body: `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="24"><text x="2" y="16" font-size="12">${status}</text></svg>`,
    };
  if (type.startsWith('text/css')) return { type, body: `/* ${text} */` };
  if (type.includes('json')) return { type, body: JSON.stringify({ status, message: text }) };
  if (type.startsWith('text/plain')) return { type, body: text };
  return { type, body: `/* ${text} */` };
}

/** Headers every answer carries unless the scenario sets them: no caching (the in-memory cache hides
 * repeats from webRequest), and CORS open so XHR/fetch from the demo page read the response. */
const baseHeaders: Readonly<Record<string, string>> = {
  'cache-control': 'no-store',
  'access-control-allow-origin': '*',
};

function writeRaw(socket: Socket, reply: Extract<Reply, { kind: 'raw' }>, accept: string): void {
  const { type, body } = bodyFor(accept, reply.status, undefined, 'hostile');
  const lines = [
    `HTTP/1.1 ${reply.status} ${reply.reason}`,
    ...reply.rawHeaders.map(([n, v]) => `${n}: ${v}`),
    `content-type: ${type}`,
    `content-length: ${Buffer.byteLength(body)}`,
    ...Object.entries(baseHeaders).map(([n, v]) => `${n}: ${v}`),
    'connection: close',
  ];
  socket.end(`${lines.join('\r\n')}\r\n\r\n${body}`, 'latin1');
}

export async function startScenarioServer(list: readonly Scenario[] = scenarios): Promise<ScenarioServer> {
  const byKey = new Map(list.map((s) => [key(s.target.host, s.target.path), s]));
  const log: string[] = [];
  let port = 0;
  const urlOf = (t: Target, p = port): string => new URL(t.path, `http://${t.host}:${p}`).href;

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    log.push(`${host} ${path.slice(0, 200)}`);
    const accept = req.headers.accept ?? '*/*';

    if (host === DEMO_HOST && path === '/') {
      res.writeHead(200, { ...baseHeaders, 'content-type': 'text/html; charset=utf-8' });
      res.end(demoPage(list, server));
      return;
    }
    if (path === '/favicon.ico') {
      res.writeHead(204, baseHeaders);
      res.end();
      return;
    }
    const s = byKey.get(`${host} ${path}`);
    if (!s) {
      // Unknown URLs answer 200 so a typo in a test shows up as a missing entry, not as a stray 404.
      const { type, body } = bodyFor(accept, 200, undefined, 'no such scenario');
      res.writeHead(200, { ...baseHeaders, 'content-type': type });
      res.end(body);
      return;
    }
    const reply = s.reply;
    switch (reply.kind) {
      case 'drop':
      case 'refused':
      case 'dns':
        // 'refused' and 'dns' never reach here in a browser; dropping is the safe answer if they do.
        req.socket.destroy();
        return;
      case 'raw':
        writeRaw(req.socket, reply, accept);
        return;
      case 'redirect':
        res.writeHead(reply.status, {
          ...baseHeaders,
          ...reply.headers,
          location: urlOf(reply.to),
          'content-length': '0',
        });
        res.end();
        return;
      case 'document':
        res.writeHead(reply.status, { ...baseHeaders, 'content-type': 'text/html; charset=utf-8', ...reply.headers });
        res.end(reply.body);
        return;
      case 'html':
        res.writeHead(200, { ...baseHeaders, 'content-type': 'text/html; charset=utf-8', ...reply.headers });
        res.end(`<!doctype html><meta charset="utf-8">${reply.body}`);
        return;
      case 'status': {
        const { type, body } = bodyFor(accept, reply.status, reply.contentType, s.label);
        res.statusCode = reply.status;
        if (reply.reason) res.statusMessage = reply.reason;
        for (const [n, v] of Object.entries({ ...baseHeaders, 'content-type': type, ...reply.headers }))
          res.setHeader(n, v);
        res.end(body);
        return;
      }
    }
  };

  const http: Server = createServer(handle);
  // Keep-alive sockets would hold close() open; the browser reconnects as needed.
  http.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  port = (http.address() as AddressInfo).port;
  const refusedPort = await deadPort();

  const server: ScenarioServer = {
    port,
    refusedPort,
    urlOf: (t) => urlOf(t),
    scenarioUrl: (s) => {
      if (s.reply.kind === 'refused') return urlOf(s.target, refusedPort);
      if (s.reply.kind === 'dns') return urlOf({ ...s.target, host: DNS_FAIL_HOST });
      if (s.reply.kind === 'raw') return `${urlOf(s.target)}?${hostileQuery()}`;
      return urlOf(s.target);
    },
    demoUrl: urlOf({ host: DEMO_HOST, path: '/' }),
    log,
    close: () =>
      new Promise<void>((resolve) => {
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  };
  return server;
}

/** A loopback port that was free a moment ago and has nothing listening on it now. */
async function deadPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
