import type { TrustProxy } from '../config';
import { BlockList, isIP } from 'node:net';

/** `::ffff:192.0.2.1` (an IPv4 client on a dual-stack socket) as the IPv4 address it is. */
function plain(address: string): string {
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/iu.test(address) ? address.slice(7) : address;
}

/** A forwarded value as an IP address (a port or IPv6 brackets taken off), or undefined when it is none. */
function addressOf(value: string): string | undefined {
  if (value.length > 64) return undefined;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/u.exec(value);
  const withPort = /^(\d+\.\d+\.\d+\.\d+):\d+$/u.exec(value);
  const address = plain(bracketed?.[1] ?? withPort?.[1] ?? value);
  return isIP(address) === 0 ? undefined : address;
}

function blockList(addresses: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of addresses) {
    const [address = '', bits] = entry.split('/');
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return list;
}

function contains(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

export interface Connection {
  /** The client's address, as far as it can be known. */
  address: string | null;
  /** Whether the client reached the (outermost trusted) server over HTTPS. */
  https: boolean;
}

/**
 * Who the client is and whether it came over HTTPS, from the socket and the forwarding headers,
 * trusting only what `trust` allows. The scheme is the rightmost X-Forwarded-Proto value (the one
 * our proxy set), and only when the peer is a trusted proxy.
 *
 * @example
 * const read = connectionReader({ kind: 'hops', hops: 1 });
 * read({ peer: '10.0.0.2', forwardedFor: 'forged, 203.0.113.9', forwardedProto: 'https', scheme: 'http' });
 * // → { address: '203.0.113.9', https: true }
 */
export function connectionReader(trust: TrustProxy) {
  const trusted = trust.kind === 'addresses' ? blockList(trust.addresses) : undefined;
  return function readConnection(request: { peer: string | null; forwardedFor: string | undefined; forwardedProto: string | undefined; scheme: string }): Connection {
    const peer = request.peer === null ? null : plain(request.peer);
    const direct = { address: peer, https: request.scheme === 'https' };
    if (trust.kind === 'none') return direct;
    if (trusted && (peer === null || !contains(trusted, peer))) return direct;
    // Values that are not IP addresses (`unknown`, `garbage`, markup, kilobytes of text) are
    // ignored: they would otherwise become the client's address in the audit log and the throttle.
    const hops = (request.forwardedFor ?? '')
      .split(',')
      .map((entry) => addressOf(entry.trim()))
      .filter((entry): entry is string => entry !== undefined);
    const proto = request.forwardedProto?.split(',').at(-1)?.trim().toLowerCase();
    const https = proto === undefined || proto === '' ? direct.https : proto === 'https';
    if (hops.length === 0) return { address: peer, https };
    if (trust.kind === 'hops') return { address: hops[Math.max(0, hops.length - trust.hops)] ?? peer, https };
    const client = [...hops].reverse().find((hop) => !contains(trusted!, hop));
    return { address: client ?? hops[0] ?? peer, https };
  };
}
