/** KB 4025764 causes 13 and 16: TLS/certificate failures between the client and an SSL-enabled WSUS. */
import { defineRule } from '../../engine/dsl/define-rule.js';
import { KB4025764, SCAN_FAILURES, WSUS_CONFIGURE } from '../references.js';
import { WU_COMMON_ERRORS } from './shared/references.js';
import { CLIENT_ERROR_SOURCES, USES_WSUS_OR_UNKNOWN, familyCodesSentence, loggedFamily } from './shared/conditions.js';
import { NO_CLIENT_LOGS, NOT_MANAGED, etlLine, etlLog, eventsOnly, facts, legacyLine, legacyLog, wsusPolicy, wuClientEvent, legacyWsusCall, etlWsusCall } from './shared/test-facts.js';
import { ISOLATED_NETWORK_CLIENT, RECOVERED_TIMEOUT_CLIENT } from './shared/noise-lines.js';

export default defineRule({
  id: 'client-tls-certificate-errors',
  ref: 'WSUS-0069',
  title: 'TLS or certificate errors between the client and WSUS (0x80072F8F and the certificate family)',
  severity: 'error',
  category: 'client-errors',
  appliesTo: { role: 'client', when: USES_WSUS_OR_UNKNOWN },
  requires: [CLIENT_ERROR_SOURCES, 'derived.clientErrors.byFamily.tls'],
  // The 'tls' family of engine/knowledge/wu-error-codes.ts: the codes this rule is about, in one place.
  when: loggedFamily('tls'),
  message:
    'The Windows Update client failed the TLS handshake or certificate check with {{derived.policy.wuServer.raw}} (host {{derived.policy.wuServer.host}}): an expired, untrusted, revoked-unverifiable or wrongly named WSUS certificate, a client clock far off, a TLS protocol/cipher mismatch, a TLS-inspecting proxy, or client certificates required by the site. ' +
    familyCodesSentence('tls'),
  evidence: ['derived.policy.wuServer.raw', 'derived.policy.wuServer.scheme'],
  logEvidence: ['derived.clientErrors.byFamily.tls'],
  summary: 'The client logged no TLS or certificate errors (0x80072F8F, 0x80072F05/06/0C/0D/19, 0x800B0101, 0x800B0109, or another WinHTTP secure-channel error).',
  rationale:
    'WinHTTP reports TLS failures as 0x80072F8F (12175 ERROR_WINHTTP_SECURE_FAILURE) and certificate problems as 0x80072F05 (date), 0x80072F06 (name), 0x80072F0D (untrusted CA), 0x80072F19 (revocation check failed), 0x80072F0C (client certificate required); CryptoAPI as 0x800B0101 (expired) and 0x800B0109 (untrusted root) (knowledge 5.3). ' +
    'KB 4025764 / knowledge section 8: SSL misconfiguration (cause 13: certificate expiry, SAN, trust, per-application SSL, the client-certificate setting that must be Ignore) and time skew (cause 16). ' +
    'The certificate must carry the names clients use (short name, FQDN, aliases) and chain to a CA in the client\'s Local Computer store ("Step 2: Configure WSUS").',
  remediation: [
    'Look at the certificate the client gets: in a browser or with Invoke-WebRequest https://<WSUS FQDN>:8531/ClientWebService/wusserverversion.xml; check expiry, subject alternative names (FQDN used in WUServer) and the chain.',
    'Untrusted root (0x800B0109 / 0x80072F0D): deploy the issuing root and intermediate CA to Local Computer > Trusted Root / Intermediate Certification Authorities (GPO). Revocation (0x80072F19): make the CRL distribution point reachable from clients.',
    'Expired (0x800B0101 / 0x80072F05): renew the certificate, bind it to the WSUS site on 8531 and run WsusUtil configuressl <certificate name>; also check the client clock (w32tm /query /status).',
    '0x80072F0C: set "Client certificates" to Ignore on the WSUS site and its SSL applications.',
    '0x80072F8F without a certificate cause: compare the TLS protocols/ciphers enabled on client and server (SCHANNEL) and exempt WSUS traffic from TLS inspection.',
  ],
  references: [WSUS_CONFIGURE, KB4025764, SCAN_FAILURES, WU_COMMON_ERRORS],
  tests: [
    { name: 'healthy client passes', facts: {}, expect: 'pass' },
    { name: 'isolated network: Microsoft endpoints (SLS, Store, FoD) fail while WSUS scans succeed', noise: true, facts: ISOLATED_NETWORK_CLIENT, expect: 'pass' },
    { name: 'a WSUS scan that timed out and then succeeded is not a current failure', noise: true, facts: RECOVERED_TIMEOUT_CLIENT, expect: 'pass' },
    {
      name: 'Windows 10 log with secure failure (https, port 8531) fails',
      facts: facts(
        wsusPolicy('https://wsus01.contoso.com:8531'),
        etlLog(etlWsusCall('08:55:10.1110000', 'https://wsus01.contoso.com:8531'), etlLine('08:55:10.1110000', 'WebServices', "WS error: There was an error communicating with the endpoint at 'https://wsus01.contoso.com:8531/ClientWebService/client.asmx'."),
          etlLine('08:55:10.1110007', 'WebServices', 'WS error: A security error occurred'),
          etlLine('08:55:10.1110209', 'WebServices', 'Web service call failed with hr = 80072f8f.'),
        ),
      ),
      expect: 'fail',
      message: 'https://wsus01.contoso.com:8531',
    },
    {
      name: 'legacy log with expired certificate fails',
      facts: facts(
        wsusPolicy('https://wsus01.contoso.com:8531'),
        legacyLog(legacyWsusCall('08:55:10:111', 'https://wsus01.contoso.com:8531'), legacyLine('08:55:10:111', 'PT', 'WARNING: Cached cookie has expired or new PID is available'),
          legacyLine('08:55:10:340', 'PT', 'WARNING: GetConfig failure, error = 0x800B0101, soap client error = 5, soap error code = 0, HTTP status code = 200'),
          legacyLine('08:55:10:341', 'Agent', '  * WARNING: Exit code = 0x800B0101'),
        ),
      ),
      expect: 'fail',
      message: '0x800B0101',
    },
    {
      name: 'event 25 with untrusted root fails',
      facts: facts(wsusPolicy('https://wsus01.contoso.com:8531'), eventsOnly(wuClientEvent(25, 'Windows Update failed to check for updates with error 0x800B0109.'))),
      expect: 'fail',
    },
    {
      name: 'connection errors alone are not TLS errors',
      facts: etlLog(etlWsusCall('08:55:10.1110209', 'https://wsus01.contoso.com:8531'), etlLine('08:55:10.1110209', 'WebServices', 'Web service call failed with hr = 80072efd.')),
      expect: 'pass',
    },
    {
      name: 'with another family\'s code (0x80072EFD) logged too, only this rule\'s codes are named',
      facts: facts(wsusPolicy('https://wsus01.contoso.com:8531'), eventsOnly(wuClientEvent(25, 'Windows Update failed to check for updates with error 0x800B0109.'), wuClientEvent(25, 'Windows Update failed to check for updates with error 0x80072EFD.'))),
      expect: 'fail',
      message: 'Codes of this kind on this client (1 occurrence(s)): 0x800B0109 (The certificate chain ends in an untrusted root).',
    },
    {
      name: 'another WinHTTP secure-channel error (0x80072F7D, not in the code table) fails',
      facts: facts(wsusPolicy('https://wsus01.contoso.com:8531'), eventsOnly(wuClientEvent(25, 'Windows Update failed to check for updates with error 0x80072F7D.'))),
      expect: 'fail',
      message: '0x80072F7D (An error occurred in the secure channel (TLS) (WinHTTP 12157))',
    },
    { name: 'neither log collected is insufficient evidence', facts: NO_CLIENT_LOGS, expect: 'insufficientEvidence' },
    {
      name: 'client not managed by WSUS is not applicable',
      facts: facts(NOT_MANAGED, etlLog(etlWsusCall('08:55:10.1110209', 'https://wsus01.contoso.com:8531'), etlLine('08:55:10.1110209', 'WebServices', 'Web service call failed with hr = 80072f8f.'))),
      expect: 'notApplicable',
    },
  ],
});
