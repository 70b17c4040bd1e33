/**
 * Reads the text `netsh winhttp show proxy` prints (English Windows), e.g.
 *
 *   Current WinHTTP proxy settings:
 *
 *       Direct access (no proxy server).
 * or
 *       Proxy Server(s) :  proxy.contoso.com:8080
 *       Bypass List     :  <local>;*.contoso.com
 *
 * into the fact schema's `proxy` section (direct, proxyServer, bypassList). "(none)" as the
 * bypass list means no bypass list.
 */

export interface NetshProxy {
  direct: boolean;
  proxyServer?: string;
  bypassList?: string;
}

const TITLE = /^\s*Current WinHTTP proxy settings:\s*$/im;
const DIRECT = /^\s*Direct access \(no proxy server\)\.?\s*$/im;
const SERVER = /^\s*Proxy Server\(s\)\s*:\s*(.*?)\s*$/im;
const BYPASS = /^\s*Bypass List\s*:\s*(.*?)\s*$/im;

/** True when the text is `netsh winhttp show proxy` output. */
export function isNetshProxyText(text: string): boolean {
  return TITLE.test(text.slice(0, 4096)) && (DIRECT.test(text) || SERVER.test(text));
}

/** Parse the output; undefined when it says neither "Direct access" nor a proxy server. */
export function parseNetshProxy(text: string): NetshProxy | undefined {
  if (DIRECT.test(text)) return { direct: true };
  const server = SERVER.exec(text);
  if (!server || server[1] === '') return undefined;
  const out: NetshProxy = { direct: false, proxyServer: server[1]!.slice(0, 2048) };
  const bypass = BYPASS.exec(text);
  if (bypass && bypass[1] !== '' && bypass[1]!.toLowerCase() !== '(none)') out.bypassList = bypass[1]!.slice(0, 4096);
  return out;
}
