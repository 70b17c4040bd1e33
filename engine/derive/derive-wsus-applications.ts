/**
 * Derives `wsusApplications` from `iis.wsusApplications`: which WSUS applications and virtual
 * directories break a setting WSUS needs (knowledge 2.3), as name lists. Rules test a list's
 * length and name its entries, instead of unrolling conditions over list positions.
 *
 * - impersonationEnabled: aspNetImpersonation true (any application or directory);
 *   impersonationNotRead: kind application with aspNetImpersonation not read.
 * - anonymousAuthenticationDisabled / ...NotRead: only the applications that must be
 *   anonymous (engine/knowledge/wsus-applications.ts), anonymousAuthentication false / not read.
 * - clientCertificatesNotIgnored: clientCertificates Accept or Require (any application);
 *   clientCertificatesNotRead: an SSL web-service application whose setting was not read.
 * - contentRequiresSsl: Content or Selfupdate with requireSsl true.
 * Names are reported without a leading slash, in collection order. Without an ok `iis`
 * section or without the list, `available` is false and every list is empty.
 */
import type { FactDocument } from '../facts/fact-types.generated.js';
import { canonicalWsusApplication, isHttpDownloadDirectory, mustBeAnonymous, requiresSslWithWsusSsl } from '../knowledge/wsus-applications.js';
import type { DerivedWsusApplications } from './derived-types.js';
import { deepFreeze, isOk } from './evidence.js';

function empty(available: boolean): DerivedWsusApplications {
  return {
    available,
    names: [],
    impersonationEnabled: [],
    impersonationNotRead: [],
    anonymousAuthenticationDisabled: [],
    anonymousAuthenticationNotRead: [],
    clientCertificatesNotIgnored: [],
    clientCertificatesNotRead: [],
    contentRequiresSsl: [],
  };
}

/** The block of every document without the list: built once, shared, frozen. */
const NOT_AVAILABLE = deepFreeze(empty(false));

/** Derive the WSUS application block (see the file header). */
export function deriveWsusApplications(doc: FactDocument): DerivedWsusApplications {
  const apps = isOk(doc.iis) ? doc.iis!.wsusApplications : undefined;
  if (apps === undefined) return NOT_AVAILABLE;
  const out = empty(true);
  for (const app of apps) {
    const name = app.name.charCodeAt(0) === 47 /* / */ ? app.name.slice(1) : app.name;
    const canonical = canonicalWsusApplication(name);
    out.names.push(name);
    if (app.aspNetImpersonation === true) out.impersonationEnabled.push(name);
    else if (app.aspNetImpersonation === undefined && app.kind === 'application') out.impersonationNotRead.push(name);
    if (mustBeAnonymous(canonical)) {
      if (app.anonymousAuthentication === false) out.anonymousAuthenticationDisabled.push(name);
      else if (app.anonymousAuthentication === undefined) out.anonymousAuthenticationNotRead.push(name);
    }
    if (app.clientCertificates === 'Accept' || app.clientCertificates === 'Require') out.clientCertificatesNotIgnored.push(name);
    else if (app.clientCertificates === undefined && requiresSslWithWsusSsl(canonical)) out.clientCertificatesNotRead.push(name);
    if (app.requireSsl === true && isHttpDownloadDirectory(canonical)) out.contentRequiresSsl.push(name);
  }
  return out;
}
