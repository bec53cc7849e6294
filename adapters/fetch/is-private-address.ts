/**
 * Whether an IP address is one a fetch must not reach without `--allow-private`: loopback,
 * private ranges, link-local, unique-local, unspecified, carrier-grade NAT, multicast, and
 * IPv4 addresses wrapped in IPv6 ("::ffff:127.0.0.1").
 */
import { isIP } from 'node:net';

function ipv4Parts(address: string): number[] | null {
  const parts = address.split('.').map(Number);
  return parts.length === 4 && parts.every((p) => Number.isInteger(p) && p >= 0 && p <= 255) ? parts : null;
}

function isPrivateIpv4([a, b]: number[]): boolean {
  return (
    a === 0 || a === 10 || a === 127 || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 198 && (b === 18 || b === 19)) || a >= 224
  );
}

/** Whether the address (IPv4 or IPv6 text) is loopback, private, link-local or otherwise not public. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return isPrivateIpv4(ipv4Parts(address)!);
  if (family !== 6) return true;
  const lower = address.toLowerCase();
  const mapped = /^(?:0{0,4}:){0,4}:?(?:0{0,4}:)?ffff:(\d+\.\d+\.\d+\.\d+)$/u.exec(lower) ?? /^::(\d+\.\d+\.\d+\.\d+)$/u.exec(lower);
  if (mapped) return isPrivateIpv4(ipv4Parts(mapped[1]) ?? [0, 0]);
  if (lower === '::' || lower === '::1') return true;
  const first = parseInt(lower.split(':')[0] || '0', 16);
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80 || (first & 0xff00) === 0xff00;
}
