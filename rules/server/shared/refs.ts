/**
 * References shared by several server rules (title and URL written once). Lives in a sub-folder
 * because every `.ts` file directly under rules/server must be a registered rule (catalogue test).
 * The common references (KB 4025764, best practices, ...) stay in rules/references.ts.
 */
import type { Reference } from '../../../engine/dsl/rule-types.js';

export const KB4039929: Reference = {
  url: 'https://support.microsoft.com/help/4039929',
  title: 'Update 4039929 for WSUS 3.0 SP2 (server version 3.2.7600.283)',
};
export const KB4039873: Reference = {
  url: 'https://support.microsoft.com/help/4039873',
  title: 'KB4039873: the Windows Server 2012 rollup named by KB 4025764',
};
export const KB4041690: Reference = {
  url: 'https://support.microsoft.com/help/4041690',
  title: 'KB4041690: October 2017 Monthly Rollup for Windows Server 2012 (named by the ConfigMgr performance FAQ)',
};
export const KB4039871: Reference = {
  url: 'https://support.microsoft.com/help/4039871',
  title: 'KB4039871: the Windows 8.1 / Windows Server 2012 R2 rollup named by KB 4025764',
};
export const KB4039396: Reference = {
  url: 'https://support.microsoft.com/help/4039396',
  title: 'KB4039396: Windows 10 1607 / Windows Server 2016 cumulative update (OS build 14393.1670)',
};
export const CONFIGMGR_PERFORMANCE_FAQ: Reference = {
  url: 'https://learn.microsoft.com/mem/configmgr/core/understand/site-size-performance-faq',
  title: 'Configuration Manager site sizing and performance FAQ (WSUS host OS updates, WsusPool settings)',
};
export const WSUS_MESSAGES: Reference = {
  url: 'https://learn.microsoft.com/windows-server/administration/windows-server-update-services/manage/wsus-messages-and-troubleshooting-tips',
  title: 'WSUS messages and troubleshooting tips',
};
export const IIS_HTTP_STATUS_CODES: Reference = {
  url: 'https://support.microsoft.com/help/943891',
  title: 'The HTTP status code in IIS 7 and later versions (KB 943891)',
};
export const IIS_APP_POOL_MEMORY_RECYCLE: Reference = {
  url: 'https://learn.microsoft.com/previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/cc725749(v=ws.10)',
  title: 'Configure an application pool to recycle after reaching maximum used memory (IIS 7)',
};
export const SUP_INSTALLATION: Reference = {
  url: 'https://learn.microsoft.com/troubleshoot/mem/configmgr/update-management/software-update-point-installation-configuration',
  title: 'Software update point installation and configuration (ConfigMgr)',
};
export const PLAN_SOFTWARE_UPDATES: Reference = {
  url: 'https://learn.microsoft.com/mem/configmgr/sum/plan-design/plan-for-software-updates',
  title: 'Plan for software updates in Configuration Manager',
};
export const WSUS_CONSOLE_CRASHES: Reference = {
  url: 'https://learn.microsoft.com/troubleshoot/mem/configmgr/update-management/wsus-console-crashes',
  title: 'WSUS administration console crashes (KB 2761925)',
};
export const IIS_APP_POOL_PROCESS_MODEL: Reference = {
  url: 'https://learn.microsoft.com/iis/configuration/system.applicationhost/applicationpools/add/processmodel',
  title: 'IIS configuration reference: application pool processModel (idleTimeout, pingingEnabled)',
};
export const SUP_SYNC_TROUBLESHOOTING: Reference = {
  url: 'https://learn.microsoft.com/troubleshoot/mem/configmgr/update-management/troubleshoot-software-update-synchronization',
  title: 'Troubleshoot software update synchronization in Configuration Manager',
};
