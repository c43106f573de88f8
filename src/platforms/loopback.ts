// Hosts that mean "this machine" to whoever resolves them: a server told to deliver there posts to itself.
// WHATWG URL parsing has already folded the odd spellings (2130706433, 0x7f.1, 127.1, [0:0:0:0:0:0:0:1]).
import { BlockList, isIP } from 'node:net';

/** Made at the first check, not as the module loads: BlockList brings Node modules of its own. */
let thisMachine: BlockList | undefined;

function addressesOfThisMachine(): BlockList {
  if (thisMachine) return thisMachine;
  thisMachine = new BlockList();
  thisMachine.addSubnet('127.0.0.0', 8, 'ipv4'); // loopback
  thisMachine.addSubnet('0.0.0.0', 8, 'ipv4'); // "this network": connecting to 0.0.0.0 reaches the local host
  thisMachine.addAddress('::1', 'ipv6'); // loopback
  thisMachine.addSubnet('::', 96, 'ipv6'); // unspecified, and the deprecated IPv4-compatible forms (::127.0.0.1)
  // IPv4-mapped addresses (::ffff:127.0.0.1) are checked against the IPv4 rules by BlockList itself.
  return thisMachine;
}

/** A URL's hostname (IPv6 in brackets, a trailing dot allowed) that is a loopback or unspecified address. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
  // RFC 6761: localhost and every name under it resolve to loopback.
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  // net.isIP says 6 only with a colon and 4 only for digits and dots: any other name is no address, and skips it
  // (Node's IPv6 pattern costs ~13 us a name on Node 20: 6-7 ms of a 500-webhook plan, before its first request).
  if (!host.includes(':') && !/^[\d.]+$/.test(host)) return false;
  const family = isIP(host);
  return family !== 0 && addressesOfThisMachine().check(host, family === 4 ? 'ipv4' : 'ipv6');
}
