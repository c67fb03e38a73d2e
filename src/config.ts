import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8787),
  VISAVIS_HOST: z.string().min(1).default('127.0.0.1'),
  VISAVIS_DB: z.string().min(1).default('./data/visavis.sqlite'),
  VISAVIS_DB_POOL: z.coerce.number().int().min(1).max(100).default(10),
  VISAVIS_LOG_LEVEL: z.enum(logLevels).default('info'),
  VISAVIS_MAX_UPLOAD_MB: z.coerce.number().positive().max(1024).default(20),
  VISAVIS_TRUST_PROXY: z.string().default('false'),
  VISAVIS_PARSE_THREADS: z.coerce.number().int().min(1).max(64).optional(),
  VISAVIS_PARSE_QUEUE: z.coerce.number().int().min(0).max(100_000).default(64),
  VISAVIS_TASK_MEMORY_MB: z.coerce.number().int().min(16).max(16_384).default(512),
  VISAVIS_DEEPL_KEY: z.string().optional(),
  VISAVIS_DEEPL_SERVER_URL: z.string().url().optional(),
  VISAVIS_METRICS_TOKEN: z.string().optional(),
  VISAVIS_METRICS_ADDRESS: z.string().optional(),
});

/** Everything the server and the CLI can be told, typed, with the defaults in one place. */
export interface Config {
  port: number;
  /**
   * The address to listen on: loopback by default, so a first start on a laptop exposes nothing;
   * set VISAVIS_HOST=0.0.0.0 to let a team in.
   */
  host: string;
  /** SQLite file path (`:memory:` for a throwaway store), or a `postgres://` URL for the PostgreSQL store. */
  databasePath: string;
  /** PostgreSQL only: connections each server process keeps open at most. */
  databasePoolSize: number;
  logLevel: (typeof logLevels)[number];
  maxUploadBytes: number;
  /** DeepL: the API key (free keys end in `:fx`), and another address for the API (proxies, tests). */
  deepl: { authKey: string; serverUrl: string | undefined } | undefined;
  /** Behind reverse proxies: which of them say the client's address and scheme (X-Forwarded-For / -Proto). */
  trustProxy: TrustProxy;
  /** Worker threads that read uploads (decoding, segmentation, parsing); default: the cores but one. */
  parseThreads: number;
  /** Uploads that may wait for a parsing thread; beyond, the server answers 503 with Retry-After. */
  parseQueue: number;
  /** The heap each worker thread may use before its task is stopped (422), in MB. */
  taskMemoryMb: number;
  /** The parsing worker's file: dist/parse-worker.js, built beside dist/cli.js. */
  parseWorkerFile: string;
  /** The SQLite segment writer's thread: dist/segment-writer.js. */
  segmentWriterFile: string;
  /** Folder with index.html and the built UI: `public/` at the package root. */
  publicDir: string;
  /**
   * Prometheus metrics at `/metrics`: on the main port to a bearer of `token`, and/or without a
   * token on an `address` of their own (an internal interface); neither set, there are none.
   */
  metrics: MetricsConfig;
}

export interface MetricsConfig {
  token: string | undefined;
  address: ListenAddress | undefined;
}

export interface ListenAddress {
  host: string;
  port: number;
}

/** A metrics token shorter than this is refused: it stands between the internet and the server's numbers. */
export const minMetricsTokenLength = 16;

/**
 * Reads the configuration from the environment. Throws with every problem listed when a
 * variable is invalid (`PORT=abc`).
 *
 * @example
 * loadConfig({ PORT: '9000' }).port; // → 9000
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const values = parsed.data;
  let trustProxy: TrustProxy;
  try {
    trustProxy = parseTrustProxy(values.VISAVIS_TRUST_PROXY);
  } catch (error) {
    throw new Error(`Invalid configuration: VISAVIS_TRUST_PROXY: ${error instanceof Error ? error.message : String(error)}`);
  }
  const metricsToken = values.VISAVIS_METRICS_TOKEN?.trim() || undefined;
  // What a bearer token may be made of (RFC 6750): no spaces, no quotes.
  if (metricsToken !== undefined && (metricsToken.length < minMetricsTokenLength || !/^[\w.~+/-]+=*$/u.test(metricsToken))) {
    throw new Error(
      `Invalid configuration: VISAVIS_METRICS_TOKEN: at least ${minMetricsTokenLength} characters among letters, digits and - . _ ~ + / (for instance \`openssl rand -hex 32\`).`,
    );
  }
  let metricsAddress: ListenAddress | undefined;
  try {
    metricsAddress = values.VISAVIS_METRICS_ADDRESS?.trim() ? parseListenAddress(values.VISAVIS_METRICS_ADDRESS) : undefined;
  } catch (error) {
    throw new Error(`Invalid configuration: VISAVIS_METRICS_ADDRESS: ${error instanceof Error ? error.message : String(error)}`);
  }
  return {
    port: values.PORT,
    host: values.VISAVIS_HOST,
    databasePath: values.VISAVIS_DB,
    databasePoolSize: values.VISAVIS_DB_POOL,
    logLevel: values.VISAVIS_LOG_LEVEL,
    maxUploadBytes: Math.round(values.VISAVIS_MAX_UPLOAD_MB * 1024 * 1024),
    trustProxy,
    parseThreads: values.VISAVIS_PARSE_THREADS ?? defaultParseThreads(),
    parseQueue: values.VISAVIS_PARSE_QUEUE,
    taskMemoryMb: values.VISAVIS_TASK_MEMORY_MB,
    deepl: values.VISAVIS_DEEPL_KEY?.trim() ? { authKey: values.VISAVIS_DEEPL_KEY.trim(), serverUrl: values.VISAVIS_DEEPL_SERVER_URL } : undefined,
    // src/config.ts and the bundled dist/cli.js both sit one folder below the package root.
    publicDir: fileURLToPath(new URL('../public', import.meta.url)),
    parseWorkerFile: fileURLToPath(new URL('../dist/parse-worker.js', import.meta.url)),
    segmentWriterFile: fileURLToPath(new URL('../dist/segment-writer.js', import.meta.url)),
    metrics: { token: metricsToken, address: metricsAddress },
  };
}

/**
 * Reads an address to listen on: `host:port`, `[IPv6]:port`, or a port alone (loopback then).
 * Throws on anything else.
 *
 * @example
 * parseListenAddress('127.0.0.1:9464'); // → { host: '127.0.0.1', port: 9464 }
 */
export function parseListenAddress(value: string): ListenAddress {
  const text = value.trim();
  const match = /^(?:\[([0-9a-f:.]+)\]:|([\w.-]+):)?(\d{1,5})$/iu.exec(text);
  const host = match?.[1] ?? match?.[2] ?? '127.0.0.1';
  const port = Number(match?.[3]);
  if (!match || port > 65_535 || (match[1] !== undefined && isIP(host) !== 6)) {
    throw new Error(`"${text}" is not an address to listen on (host:port, [IPv6]:port, or a port).`);
  }
  return { host, port };
}

/**
 * Which reverse proxies in front of the server are trusted to say who the client is:
 * - `none`: nobody; the client is the socket's peer and X-Forwarded-* headers are ignored;
 * - `hops`: exactly that many proxies, each appending the address it received the request from to
 *   X-Forwarded-For; the client is the entry that many places from the right (the one the
 *   outermost trusted proxy added). Entries further left were written by the client and prove nothing;
 * - `addresses`: proxies known by address or CIDR range; the headers count only when the socket's
 *   peer is one of them, and the client is the rightmost X-Forwarded-For entry that is not.
 */
export type TrustProxy = { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'addresses'; addresses: readonly string[] };

/**
 * Reads `VISAVIS_TRUST_PROXY`: `false`/`0`/empty (none), `true` (one proxy), a number of proxies,
 * or a comma-separated list of proxy addresses and CIDR ranges (`10.0.0.0/8, 192.0.2.7, ::1`).
 * Throws on anything else, naming the bad entry.
 */
export function parseTrustProxy(value: string): TrustProxy {
  const text = value.trim().toLowerCase();
  if (text === '' || text === 'false' || text === '0') return { kind: 'none' };
  if (text === 'true') return { kind: 'hops', hops: 1 };
  if (/^\d+$/u.test(text)) {
    const hops = Number(text);
    if (hops > 20) throw new Error(`${hops} proxies in a row is not a real setup (at most 20).`);
    return { kind: 'hops', hops };
  }
  const addresses = text.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  for (const entry of addresses) {
    const [address = '', bits, ...rest] = entry.split('/');
    const family = isIP(address);
    const maxBits = family === 6 ? 128 : 32;
    if (family === 0 || rest.length > 0 || (bits !== undefined && !(/^\d+$/u.test(bits) && Number(bits) <= maxBits))) {
      throw new Error(`"${entry}" is not an IP address or a CIDR range (true, a number of proxies, or addresses like 10.0.0.0/8).`);
    }
  }
  return { kind: 'addresses', addresses };
}

/** The default number of parsing threads: leave a core to the event loop and SQLite. */
export function defaultParseThreads(): number {
  return Math.max(1, availableParallelism() - 1);
}
