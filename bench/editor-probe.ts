/**
 * Run as its own process by import-load.ts: plays the editors while uploads run elsewhere. One
 * client asks /api/health back to back and four clients save segments back to back, until
 * stdin closes; then it prints every latency as JSON. Its own process (and connections), so that
 * neither the uploads' client nor its connection pool stands between the editors and the server.
 */
interface ProbeInput {
  url: string;
  cookie: string;
  segments: Array<{ id: number; version: number }>;
}

const saveClients = 4;
const input = JSON.parse(process.argv[2] ?? '{}') as ProbeInput;
const health: number[] = [];
const saves: number[] = [];
let saveFailures = 0;
let measuring = false;
let running = true;

process.stdin.on('data', (chunk: Buffer) => {
  if (chunk.toString().includes('start')) measuring = true;
});
process.stdin.on('end', () => {
  running = false;
});

async function probeHealth(): Promise<void> {
  while (running) {
    const started = performance.now();
    try {
      const res = await fetch(`${input.url}/api/health`);
      await res.arrayBuffer();
    } catch {
      // A server that held its event loop past its keep-alive timeout resets the connection: the wait still counts.
    }
    if (measuring) health.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function saveLoop(client: number): Promise<void> {
  const mine = input.segments.filter((_, i) => i % saveClients === client);
  let n = 0;
  while (running) {
    const segment = mine[n++ % mine.length]!;
    const started = performance.now();
    let res: Response;
    let body: { version?: number; current?: { version: number } };
    try {
      res = await fetch(`${input.url}/api/segments/${segment.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', cookie: input.cookie },
        body: JSON.stringify({ target: `Saved during the imports, ${n}.`, version: segment.version }),
      });
      body = (await res.json()) as typeof body;
    } catch {
      // The connection reset (see probeHealth): a failed save, its wait counted.
      if (measuring) saves.push(performance.now() - started);
      if (measuring) saveFailures++;
      continue;
    }
    if (measuring) saves.push(performance.now() - started);
    if (res.status === 200 && body.version) segment.version = body.version;
    else {
      // Another run may have saved it since the list was read: take the version the 409 gives.
      if (body.current) segment.version = body.current.version;
      if (measuring) saveFailures++;
    }
  }
}

process.stdout.write('ready\n');
await Promise.all([probeHealth(), ...Array.from({ length: saveClients }, (_, client) => saveLoop(client))]);
process.stdout.write(`${JSON.stringify({ health, saves, saveFailures })}\n`);
export {};
