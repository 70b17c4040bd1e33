/**
 * Who sent a request to the WSUS site, from its user agent (the W3C `cs(User-Agent)` field,
 * where IIS writes spaces as `+`). Knowledge 4.1 and 8a: WSUS clients and servers identify as
 * the Windows Update Agent, BITS, Delivery Optimization, or the .NET SOAP client that
 * downstream servers, the console and the UpdateServices API use; everything else that shows
 * up on a real WSUS site (browsers, command-line clients, monitoring probes and load-balancer
 * health checks, vulnerability scanners, search-engine crawlers) is noise for WSUS.
 *
 * Leaf module: imports nothing from the project.
 */

/** What sent a request, as far as its user agent tells. */
export type UserAgentKind =
  /** `Windows-Update-Agent/...`: scans, self-update checks, reporting. */
  | 'windowsUpdateAgent'
  /** `Microsoft BITS/...`: content downloads (clients and downstream servers). */
  | 'bits'
  /** `Microsoft-Delivery-Optimization/...`: Windows 10/11 content downloads. */
  | 'deliveryOptimization'
  /** The .NET SOAP client ("MS Web Services Client Protocol"): downstream servers, the console, the UpdateServices API. */
  | 'soapClient'
  /** A web browser (someone opening a WSUS URL by hand). */
  | 'browser'
  /** curl, Wget, Invoke-WebRequest, python-requests, Go, Java and similar HTTP libraries. */
  | 'commandLine'
  /** Monitoring probes and load-balancer health checks (Zabbix, PRTG, Nagios, KEMP, F5, HAProxy...). */
  | 'probe'
  /** Vulnerability and port scanners (Nessus, Qualys, nmap, sqlmap, Nikto, masscan, zgrab...). */
  | 'scanner'
  /** Search-engine and SEO crawlers (bingbot, Googlebot, AhrefsBot...). */
  | 'crawler'
  /** No user agent logged (`-`) or no cs(User-Agent) field. */
  | 'none'
  /** Anything else. */
  | 'other';

/** Kinds that are WSUS clients or WSUS servers. */
export const WSUS_AGENT_KINDS: readonly UserAgentKind[] = Object.freeze(['windowsUpdateAgent', 'bits', 'deliveryOptimization', 'soapClient']);

/** Kinds that never are a WSUS client: their requests are noise for WSUS. */
export const NOISE_AGENT_KINDS: readonly UserAgentKind[] = Object.freeze(['browser', 'commandLine', 'probe', 'scanner', 'crawler']);

// Patterns run on the decoded agent (`+` turned back into spaces), first match wins, in this order.
const WUA = /^Windows[- ]Update[- ]Agent\b/i;
const BITS = /^Microsoft[ -]BITS\//i;
const DO = /^Microsoft-Delivery-Optimization\//i;
const SOAP = /MS Web Services Client Protocol/i;
const SCANNER =
  /nessus|qualys|\bnmap\b|sqlmap|nikto|masscan|zgrab|openvas|greenbone|acunetix|netsparker|\bnuclei\b|wpscan|dirbuster|gobuster|\bffuf\b|\bw3af\b|nexpose|rapid7|burp ?suite|\bzap\/|censysinspect|expanse/i;
const PROBE =
  /zabbix|\bprtg\b|paessler|nagios|check_http|icinga|checkmk|check_mk|centreon|\bkemp\b|big-?ip|\bf5\b|haproxy|health.?check|elb-healthchecker|googlehc|pingdom|uptimerobot|site24x7|statuscake|solarwinds|datadog|\bscom\b|monitoring|\bmonitor\b/i;
const CRAWLER = /bot\b|bot\/|crawler|spider|slurp|bingpreview|facebookexternalhit/i;
const COMMAND_LINE =
  /^(?:curl|wget|python-requests|python-urllib|python\/|aiohttp|go-http-client|java\/|apache-httpclient|okhttp|libwww-perl|lwp::|httpie|axios|node-fetch|undici|postmanruntime|insomnia|restsharp|powershell|winhttp)|WindowsPowerShell\/|\bPowerShell\/\d/i;
const BROWSER = /^(?:Mozilla|Opera)\//i;

/** Classify a W3C user agent (as written, `+` for spaces). */
export function classifyUserAgent(userAgent: string | undefined): UserAgentKind {
  if (userAgent === undefined || userAgent === '' || userAgent === '-') return 'none';
  const ua = userAgent.replaceAll('+', ' ');
  if (WUA.test(ua)) return 'windowsUpdateAgent';
  if (BITS.test(ua)) return 'bits';
  if (DO.test(ua)) return 'deliveryOptimization';
  if (SOAP.test(ua)) return 'soapClient';
  if (SCANNER.test(ua)) return 'scanner';
  if (PROBE.test(ua)) return 'probe';
  if (CRAWLER.test(ua)) return 'crawler';
  if (COMMAND_LINE.test(ua)) return 'commandLine';
  if (BROWSER.test(ua)) return 'browser';
  return 'other';
}

/** The kind is noise for WSUS (never a WSUS client or server). */
export function isNoiseAgent(kind: UserAgentKind): boolean {
  return (NOISE_AGENT_KINDS as readonly string[]).includes(kind);
}
