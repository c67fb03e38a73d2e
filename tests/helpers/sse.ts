/**
 * Splits what an event stream sent so far into complete events; returns them and the unfinished rest.
 * Comment lines (`: keep-alive`) are skipped.
 */
export function takeSseEvents(buffer: string): { events: { id?: string; event: string; data: unknown }[]; rest: string } {
  const events: { id?: string; event: string; data: unknown }[] = [];
  let rest = buffer;
  let end: number;
  while ((end = rest.indexOf('\n\n')) >= 0) {
    const block = rest.slice(0, end);
    rest = rest.slice(end + 2);
    const fields = Object.fromEntries(block.split('\n').filter((line) => !line.startsWith(':')).map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]));
    if (fields.event) events.push({ id: fields.id, event: fields.event, data: JSON.parse(fields.data ?? 'null') });
  }
  return { events, rest };
}
