import { describe, expect, it } from 'vitest';
import { parseTrustProxy } from '../../src/config';
import { connectionReader } from '../../src/http/client-address';

const request = (peer: string | null, forwardedFor?: string, forwardedProto?: string) => ({ peer, forwardedFor, forwardedProto, scheme: 'http' });

describe('who the client is behind proxies', () => {
  it('ignores forwarding headers when no proxy is trusted', () => {
    const read = connectionReader({ kind: 'none' });
    expect(read(request('203.0.113.9', '198.51.100.1', 'https'))).toEqual({ address: '203.0.113.9', https: false });
  });

  it('takes the entry the trusted proxy appended, not the ones the client wrote', () => {
    const read = connectionReader(parseTrustProxy('true'));
    expect(read(request('10.0.0.2', 'forged-by-client, 203.0.113.9')).address).toBe('203.0.113.9');
    expect(read(request('10.0.0.2', '203.0.113.9')).address).toBe('203.0.113.9');
    expect(read(request('10.0.0.2')).address).toBe('10.0.0.2');
  });

  it('counts back as many entries as there are trusted proxies', () => {
    const read = connectionReader(parseTrustProxy('2'));
    expect(read(request('10.0.0.3', 'forged, 203.0.113.9, 10.0.0.2')).address).toBe('203.0.113.9');
    expect(read(request('10.0.0.3', '203.0.113.9')).address).toBe('203.0.113.9');
  });

  it('trusts the headers only from listed proxies, and skips every listed hop from the right', () => {
    const read = connectionReader(parseTrustProxy('10.0.0.0/8, 192.0.2.7'));
    expect(read(request('10.1.2.3', 'forged, 203.0.113.9, 192.0.2.7', 'https'))).toEqual({ address: '203.0.113.9', https: true });
    expect(read(request('::ffff:10.1.2.3', '203.0.113.9')).address).toBe('203.0.113.9');
    // A client talking to the server directly cannot pretend to be someone else.
    expect(read(request('198.51.100.4', '203.0.113.9', 'https'))).toEqual({ address: '198.51.100.4', https: false });
  });

  it.each(['garbage', '<script>alert(1)</script>', 'unknown', 'x'.repeat(8_192), '300.1.1.1', '_hidden'])('ignores a forwarded value that is no IP address: %j', (value) => {
    const hops = connectionReader(parseTrustProxy('1'));
    // Nothing usable forwarded: the proxy's own address, never the text.
    expect(hops(request('10.0.0.2', value)).address).toBe('10.0.0.2');
    // Forged text before the address the proxy set is skipped, not counted as a hop.
    expect(hops(request('10.0.0.2', `${value}, 203.0.113.9`)).address).toBe('203.0.113.9');
    const listed = connectionReader(parseTrustProxy('10.0.0.0/8'));
    expect(listed(request('10.0.0.2', `${value}, 203.0.113.9`)).address).toBe('203.0.113.9');
    expect(listed(request('10.0.0.2', value)).address).toBe('10.0.0.2');
  });

  it('takes the port and the IPv6 brackets off a forwarded address', () => {
    const read = connectionReader(parseTrustProxy('1'));
    expect(read(request('10.0.0.2', '203.0.113.9:54321')).address).toBe('203.0.113.9');
    expect(read(request('10.0.0.2', '[2001:db8::7]:443')).address).toBe('2001:db8::7');
    expect(read(request('10.0.0.2', '2001:db8::7')).address).toBe('2001:db8::7');
  });

  it('reads the scheme from the value the proxy set last', () => {
    const read = connectionReader(parseTrustProxy('1'));
    expect(read(request('10.0.0.2', '203.0.113.9', 'https')).https).toBe(true);
    expect(read(request('10.0.0.2', '203.0.113.9', 'https, http')).https).toBe(false);
  });

  it.each(['yes', '10.0.0.0/40', '300.1.1.1', 'proxy.internal', '21'])('refuses the setting %j with a reason', (value) => {
    expect(() => parseTrustProxy(value)).toThrow(/IP address|proxies/u);
  });

  it.each([
    ['', { kind: 'none' }],
    ['false', { kind: 'none' }],
    ['0', { kind: 'none' }],
    ['true', { kind: 'hops', hops: 1 }],
    ['3', { kind: 'hops', hops: 3 }],
    ['::1, fd00::/8', { kind: 'addresses', addresses: ['::1', 'fd00::/8'] }],
  ])('reads %j', (value, expected) => {
    expect(parseTrustProxy(value)).toEqual(expected);
  });
});
