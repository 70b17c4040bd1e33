/** References shared by several rules (title and URL written once). */
import type { Reference } from '../engine/dsl/rule-types.js';

export const KB4025764: Reference = {
  url: 'https://learn.microsoft.com/troubleshoot/mem/configmgr/update-management/troubleshoot-wsus-connection-failures',
  title: 'How to troubleshoot WSUS connection failures (KB 4025764)',
};
export const WSUS_MAINTENANCE_GUIDE: Reference = {
  url: 'https://learn.microsoft.com/troubleshoot/mem/configmgr/update-management/wsus-maintenance-guide',
  title: 'The complete guide to Microsoft WSUS and Configuration Manager SUP maintenance (KB 4490644)',
};
export const WSUS_BEST_PRACTICES: Reference = {
  url: 'https://learn.microsoft.com/troubleshoot/mem/configmgr/update-management/windows-server-update-services-best-practices',
  title: 'Windows Server Update Services best practices (KB 4490414)',
};
export const SCAN_FAILURES: Reference = {
  url: 'https://learn.microsoft.com/troubleshoot/mem/configmgr/update-management/troubleshoot-software-update-scan-failures',
  title: 'Troubleshoot software update scan failures in Configuration Manager (KB 3090184)',
};
export const WSUS_CONFIGURE: Reference = {
  url: 'https://learn.microsoft.com/windows-server/administration/windows-server-update-services/deploy/2-configure-wsus',
  title: 'Step 2: Configure WSUS',
};
export const WU_ERROR_REFERENCE: Reference = {
  url: 'https://learn.microsoft.com/windows/deployment/update/windows-update-error-reference',
  title: 'Windows Update error codes by component',
};
export const HTTPERR_LOGGING: Reference = {
  url: 'https://learn.microsoft.com/troubleshoot/developer/webapps/iis/www-administration-management/error-logging-in-http-apis',
  title: 'Error logging in HTTP APIs (HTTPERR)',
};
export const TRACK_COMPLIANCE: Reference = {
  url: 'https://learn.microsoft.com/troubleshoot/mem/configmgr/update-management/track-software-update-compliance-assessment',
  title: 'Track the software update compliance assessment process',
};
export const WU_CLIENT_AGENTS: Reference = {
  url: 'https://learn.microsoft.com/troubleshoot/mem/configmgr/update-management/troubleshoot-issues-with-wsus-client-agents',
  title: 'Troubleshoot issues with WSUS client agents',
};
