/**
 * References used by several client rules (title and URL written once). Common ones live in
 * rules/references.ts; these are the client-side articles of knowledge section 10.
 *
 * Why a sub-folder and not rules/client/refs.ts: the catalogue test treats every .ts file directly
 * under rules/client as a rule file that must be registered under its own id.
 */
import type { Reference } from '../../../engine/dsl/rule-types.js';

export const WU_SETTINGS: Reference = {
  url: 'https://learn.microsoft.com/windows/deployment/update/waas-wu-settings',
  title: 'Manage additional Windows Update settings (WSUS policy values)',
};
export const WU_COMMON_ERRORS: Reference = {
  url: 'https://learn.microsoft.com/windows/deployment/update/windows-update-errors',
  title: 'Windows Update common errors and mitigation',
};
export const WU_LOGS: Reference = {
  url: 'https://learn.microsoft.com/windows/deployment/update/windows-update-logs',
  title: 'Windows Update log files',
};
export const WU_PROXY: Reference = {
  url: 'https://learn.microsoft.com/troubleshoot/windows-server/installing-updates-features-roles/windows-update-client-determines-proxy-server-connect',
  title: 'How the Windows Update client determines which proxy server to use to connect to the Windows Update website',
};
export const CM_PLAN_SOFTWARE_UPDATES: Reference = {
  url: 'https://learn.microsoft.com/mem/configmgr/sum/plan-design/plan-for-software-updates',
  title: 'Plan for software updates in Configuration Manager (scan retry, proxy for scans)',
};
export const CM_TROUBLESHOOT_SUM: Reference = {
  url: 'https://learn.microsoft.com/troubleshoot/mem/configmgr/update-management/troubleshoot-software-update-management',
  title: 'Troubleshoot software update management in Configuration Manager',
};
export const ERROR_80244007: Reference = {
  url: 'https://learn.microsoft.com/troubleshoot/mem/configmgr/update-management/error-80244007-when-wsus-client-scans-updates',
  title: 'Error 0x80244007 when a WSUS client scans for updates (KB 4096317)',
};
export const WSUS_MESSAGES: Reference = {
  url: 'https://learn.microsoft.com/windows-server/administration/windows-server-update-services/manage/wsus-messages-and-troubleshooting-tips',
  title: 'WSUS messages and troubleshooting tips',
};
export const MAX_ROUND_TRIPS_BLOG: Reference = {
  url: 'https://learn.microsoft.com/archive/blogs/sus/wsus-clients-fail-with-warning-syncserverupdatesinternal-failed-0x80244010',
  title: 'WSUS clients fail with WARNING: SyncServerUpdatesInternal failed: 0x80244010 (WSUS product team)',
};
export const WUFB_WSUS: Reference = {
  url: 'https://learn.microsoft.com/windows/deployment/update/wufb-wsus',
  title: 'Use Windows Update for Business and WSUS together (scan source policy, dual scan)',
};
export const CSP_UPDATE: Reference = {
  url: 'https://learn.microsoft.com/windows/client-management/mdm/policy-csp-update',
  title: 'Policy CSP - Update (SetPolicyDrivenUpdateSourceFor*Updates, UpdateServiceUrlAlternate, FillEmptyContentUrls)',
};
export const WU_ADDITIONAL_RESOURCES: Reference = {
  url: 'https://learn.microsoft.com/troubleshoot/windows-client/installing-updates-features-roles/additional-resources-for-windows-update',
  title: 'Windows Update - additional resources (reset the BITS, Windows Update and Cryptographic services, SoftwareDistribution)',
};
export const DO_REFERENCE: Reference = {
  url: 'https://learn.microsoft.com/windows/deployment/do/waas-delivery-optimization-reference',
  title: 'Delivery Optimization reference (download modes, Bypass mode 100 = BITS)',
};
export const W32TIME_TOOLS: Reference = {
  url: 'https://learn.microsoft.com/windows-server/networking/windows-time-service/windows-time-service-tools-and-settings',
  title: 'Windows Time service tools and settings (w32tm /query /status, Parameters\\Type)',
};
export const WUA_RECOMMENDED_DISK_SPACE: Reference = {
  url: 'https://learn.microsoft.com/windows/win32/api/wuapi/nf-wuapi-iupdate-get_recommendedharddiskspace',
  title: 'IUpdate::get_RecommendedHardDiskSpace (free space an update needs before it installs)',
};
