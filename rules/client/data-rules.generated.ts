/* Generated from rules/client/*.yaml by scripts/generate-data-rules.ts. Do not edit: edit the data files. */
import type { RuleDefinition } from '../../engine/dsl/rule-types.js';

/** rules/client/agent-wsus-server-differs-from-policy.yaml */
export const agentWsusServerDiffersFromPolicy: RuleDefinition<string> = {
  "id": "agent-wsus-server-differs-from-policy",
  "ref": "WSUS-0059",
  "title": "The Windows Update agent logs a different WSUS server than the policy",
  "severity": "warning",
  "category": "client-policy",
  "appliesTo": {
    "role": "client",
    "when": {
      "any": [
        {
          "not": {
            "fact": "clientPolicy.status",
            "operator": "equal",
            "value": "ok"
          }
        },
        {
          "fact": "derived.policy.wuServer.present",
          "operator": "equal",
          "value": true
        }
      ]
    }
  },
  "requires": [
    "clientPolicy",
    "logs.windowsUpdate",
    "derived.policy.wuServer.raw"
  ],
  "when": {
    "fact": "derived.policy.matchesAgentUrl",
    "operator": "equal",
    "value": false
  },
  "inconclusiveWhen": {
    "not": {
      "fact": "derived.windowsUpdateLog.wsusServerUrls",
      "operator": "lengthGreaterThan",
      "value": 0
    }
  },
  "inconclusiveMessage": "the collected WindowsUpdate.log has no \"WSUS server:\" line (the agent logs it when it starts), so the server the agent really uses cannot be compared with WUServer {{derived.policy.wuServer.raw}}.",
  "message": "WindowsUpdate.log shows the agent using WSUS server {{derived.windowsUpdateLog.wsusServerUrls|list}}, but the policy now sets WUServer = {{derived.policy.wuServer.raw}}: the agent has not picked up the current policy (or the policy in the registry is not the one in effect), so it scans against a server other than the configured one.",
  "evidence": [
    "derived.policy.source",
    "derived.windowsUpdateLog.window"
  ],
  "summary": "The WSUS server the agent logs (\"WSUS server: <url>\") is the WUServer of the current policy.",
  "rationale": "At start-up the agent logs the policy it uses: \"WSUS server: <url>\" and \"WSUS status server: <url>\" (legacy WindowsUpdate.log and Get-WindowsUpdateLog output, knowledge 4.3/4.4; Microsoft \"Track the software update compliance assessment process\"). A URL different from the registry value means a stale agent (policy changed, service not restarted), a policy flapping between a domain GPO and ConfigMgr's local policy, or a collection that read another key than the agent uses. The rule passes when the current WUServer is among the logged URLs, since the agent may log an old URL before a \"(Changed)\" line with the new one. Letter case and a trailing slash are ignored in the comparison (host names are case-insensitive; ConfigMgr writes them upper-case, a GPO may not). When the excerpt holds no \"WSUS server:\" line the outcome is insufficient evidence, not a pass.",
  "remediation": [
    "Restart the agent so it rereads the policy: Restart-Service wuauserv, then regenerate the log (Windows 10 and later: Get-WindowsUpdateLog) and check the \"WSUS server:\" line.",
    "If the logged URL comes back, find which policy wins: gpresult /h gp.html for \"Specify intranet Microsoft update service location\"; on ConfigMgr clients compare with WUAHandler.log (\"Enabling WUA Managed server policy to use server: ...\").",
    "Run a scan afterwards and check that the client appears in the console of the intended WSUS server."
  ],
  "references": [
    {
      "url": "https://learn.microsoft.com/windows/deployment/update/windows-update-logs",
      "title": "Windows Update log files"
    },
    {
      "url": "https://learn.microsoft.com/troubleshoot/mem/configmgr/update-management/track-software-update-compliance-assessment",
      "title": "Track the software update compliance assessment process"
    },
    {
      "url": "https://learn.microsoft.com/troubleshoot/mem/configmgr/update-management/troubleshoot-issues-with-wsus-client-agents",
      "title": "Troubleshoot issues with WSUS client agents"
    },
    {
      "url": "https://learn.microsoft.com/troubleshoot/mem/configmgr/update-management/troubleshoot-wsus-connection-failures",
      "title": "How to troubleshoot WSUS connection failures (KB 4025764)"
    }
  ],
  "tests": [
    {
      "name": "agent logs the policy URL (Windows 10 log) passes",
      "facts": {},
      "expect": "pass"
    },
    {
      "name": "agent logs another server (Windows 10 log) fails",
      "facts": {
        "logs": {
          "windowsUpdate": {
            "status": "ok",
            "format": "windowsUpdateEtl",
            "files": [
              {
                "path": "C:\\Windows\\Temp\\WindowsUpdate.log",
                "truncated": false,
                "startLine": 1,
                "lines": [
                  "2026/11/24 09:29:58.1234567 1056 5308 Agent WSUS server: http://oldwsus.contoso.com:8530",
                  "2026/11/24 09:29:58.1234569 1056 5308 Agent WSUS status server: http://oldwsus.contoso.com:8530",
                  "2026/11/24 09:29:58.1234571 1056 5308 Agent Alternate Download Server: NULL"
                ]
              }
            ]
          }
        }
      },
      "expect": "fail",
      "message": "http://oldwsus.contoso.com:8530"
    },
    {
      "name": "legacy log: old server then \"(Changed)\" to the policy URL passes",
      "facts": {
        "logs": {
          "windowsUpdate": {
            "status": "ok",
            "format": "windowsUpdateLegacy",
            "files": [
              {
                "path": "C:\\Windows\\WindowsUpdate.log",
                "truncated": true,
                "lines": [
                  "2026-11-24\t08:02:11:520\t968\t9d0\tAgent\t  * WSUS server: http://oldwsus.contoso.com:8530",
                  "2026-11-24\t09:18:11:520\t968\t9d0\tAgent\t  * WSUS server: http://wsus01.contoso.com:8530 (Changed)",
                  "2026-11-24\t09:18:11:521\t968\t9d0\tAgent\t  * WSUS status server: http://wsus01.contoso.com:8530 (Changed)"
                ]
              }
            ]
          }
        }
      },
      "expect": "pass"
    },
    {
      "name": "legacy log with only another server fails",
      "facts": {
        "logs": {
          "windowsUpdate": {
            "status": "ok",
            "format": "windowsUpdateLegacy",
            "files": [
              {
                "path": "C:\\Windows\\WindowsUpdate.log",
                "truncated": true,
                "lines": [
                  "2026-11-24\t12:18:11:520\t968\t9d0\tAgent\t  * WSUS server: http://PS1SITE.CONTOSO.COM:8530",
                  "2026-11-24\t12:18:47:511\t968\tf58\tPT\t  + ServiceId = {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}, Server URL = http://PS1SITE.CONTOSO.COM:8530/ClientWebService/client.asmx"
                ]
              }
            ]
          }
        }
      },
      "expect": "fail"
    },
    {
      "name": "the same URL in other letter case passes",
      "facts": {
        "logs": {
          "windowsUpdate": {
            "status": "ok",
            "format": "windowsUpdateEtl",
            "files": [
              {
                "path": "C:\\Windows\\Temp\\WindowsUpdate.log",
                "truncated": false,
                "startLine": 1,
                "lines": [
                  "2026/11/24 09:29:58.1234567 1056 5308 Agent WSUS server: http://WSUS01.CONTOSO.COM:8530"
                ]
              }
            ]
          }
        }
      },
      "expect": "pass"
    },
    {
      "name": "the same URL with a trailing slash passes",
      "facts": {
        "logs": {
          "windowsUpdate": {
            "status": "ok",
            "format": "windowsUpdateEtl",
            "files": [
              {
                "path": "C:\\Windows\\Temp\\WindowsUpdate.log",
                "truncated": false,
                "startLine": 1,
                "lines": [
                  "2026/11/24 09:29:58.1234567 1056 5308 Agent WSUS server: http://wsus01.contoso.com:8530/"
                ]
              }
            ]
          }
        }
      },
      "expect": "pass"
    },
    {
      "name": "the same host on another port fails",
      "facts": {
        "logs": {
          "windowsUpdate": {
            "status": "ok",
            "format": "windowsUpdateEtl",
            "files": [
              {
                "path": "C:\\Windows\\Temp\\WindowsUpdate.log",
                "truncated": false,
                "startLine": 1,
                "lines": [
                  "2026/11/24 09:29:58.1234567 1056 5308 Agent WSUS server: https://WSUS01.CONTOSO.COM:8531"
                ]
              }
            ]
          }
        }
      },
      "expect": "fail",
      "message": "https://WSUS01.CONTOSO.COM:8531"
    },
    {
      "name": "no \"WSUS server:\" line in the excerpt is insufficient evidence",
      "facts": {
        "logs": {
          "windowsUpdate": {
            "status": "ok",
            "format": "windowsUpdateEtl",
            "files": [
              {
                "path": "C:\\Windows\\Temp\\WindowsUpdate.log",
                "truncated": false,
                "startLine": 1,
                "lines": [
                  "2026/11/24 09:30:00.5550001 1056 5308 Agent Found 0 updates and 93 categories in search; evaluated appl. rules of 1815 out of 3220 deployed entities"
                ]
              }
            ]
          }
        }
      },
      "expect": "insufficientEvidence",
      "message": "no \"WSUS server:\" line"
    },
    {
      "name": "WindowsUpdate.log not collected is insufficient evidence",
      "facts": {
        "logs": {
          "windowsUpdate": {
            "status": "notCollected",
            "message": "Get-WindowsUpdateLog timed out",
            "format": null,
            "files": null
          }
        }
      },
      "expect": "insufficientEvidence"
    },
    {
      "name": "no WSUS policy at all is not applicable (not managed by WSUS)",
      "facts": {
        "clientPolicy": {
          "windowsUpdate": null,
          "au": null
        }
      },
      "expect": "notApplicable"
    },
    {
      "name": "isolated network: the agent logs the policy server and Microsoft URLs of failing SLS/Store calls",
      "noise": true,
      "facts": {
        "logs": {
          "windowsUpdate": {
            "status": "ok",
            "format": "windowsUpdateEtl",
            "files": [
              {
                "path": "C:\\Windows\\Temp\\WindowsUpdate.log",
                "truncated": false,
                "startLine": 1,
                "lines": [
                  "2026/11/24 09:01:58.1234567 1228 5308 Agent WSUS server: http://wsus01.contoso.com:8530",
                  "2026/11/24 09:01:58.1234569 1228 5308 Agent WSUS status server: http://wsus01.contoso.com:8530",
                  "2026/11/24 09:02:00.0000000 1228 7012 Agent * START * Finding updates CallerId = UpdateOrchestrator  Id = 12",
                  "2026/11/24 09:02:00.0001000 1228 7012 Agent Added service 3DA21691-E39D-4DA6-8A4B-B43877BCB1B7 to sequential scan list",
                  "2026/11/24 09:02:01.5000000 1228 7012 ProtocolTalker ServiceId = {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}, Server URL = http://wsus01.contoso.com:8530/ClientWebService/client.asmx",
                  "2026/11/24 09:02:01.5000200 1228 7012 ProtocolTalker OK to reuse existing configuration",
                  "2026/11/24 09:02:02.9000000 1228 7012 ProtocolTalker SyncUpdates round trips: 1",
                  "2026/11/24 09:02:03.0000000 1228 7012 Agent * Found 0 updates and 94 categories in search; evaluated appl. rules of 1791 out of 2922 deployed entities",
                  "2026/11/24 09:02:03.0001000 1228 7012 Agent * END * Finding updates CallerId = UpdateOrchestrator  Exit code = 0x00000000",
                  "2026/11/24 09:10:02.1234567 1228 6640 SLS Get response for service 855E8A7C-ECB4-4CA3-B045-1DFA50104289 - forceExpire[False] asyncRefreshOnExpiry[True]",
                  "2026/11/24 09:10:02.1234600 1228 6640 SLS path used for cache lookup: /SLS/{855E8A7C-ECB4-4CA3-B045-1DFA50104289}/x64/10.0.22631.4602/0?CH=686&L=en-US&P=&PT=0x30&WUA=1219.2411.6012.0&MK=Dell+Inc.&MD=OptiPlex+7090",
                  "2026/11/24 09:10:02.1240000 1228 6640 Misc Send request: GET https://slscr.update.microsoft.com/SLS/{855E8A7C-ECB4-4CA3-B045-1DFA50104289}/x64/10.0.22631.4602/0?CH=686&L=en-US&P=&PT=0x30&WUA=1219.2411.6012.0&MK=Dell+Inc.&MD=OptiPlex+7090",
                  "2026/11/24 09:10:23.1490000 1228 6640 Misc *FAILED* [80072EE2] Send request",
                  "2026/11/24 09:10:23.1490100 1228 6640 Misc *FAILED* [80072EE2] Library download error. Will retry. Retry Counter:0",
                  "2026/11/24 09:10:44.2010000 1228 6640 SLS *FAILED* [80072EE2] GetResponse",
                  "2026/11/24 09:10:44.2010100 1228 6640 SLS *FAILED* [80072EE2] Method failed [CSLSClient::GetResponse:555]",
                  "2026/11/24 09:10:45.0000000 1228 6640 SLS Get response for service 9482F4B4-E343-43B6-B170-9A65BC822C77 - forceExpire[False] asyncRefreshOnExpiry[True]",
                  "2026/11/24 09:10:45.0010000 1228 6640 Misc Send request: GET https://sls.update.microsoft.com/SLS/{9482F4B4-E343-43B6-B170-9A65BC822C77}/x64/10.0.22631.4602/0?CH=686&L=en-US&P=&PT=0x30&WUA=1219.2411.6012.0&MK=Dell+Inc.&MD=OptiPlex+7090",
                  "2026/11/24 09:10:45.3000000 1228 6640 Misc *FAILED* [80072EFD] Send request",
                  "2026/11/24 09:10:45.3000100 1228 6640 SLS *FAILED* [80072EFD] Method failed [CSLSClient::GetResponse:555]",
                  "2026/11/24 09:10:46.0000000 1228 6652 Misc Send request: GET https://fe3cr.delivery.mp.microsoft.com/ClientWebService/client.asmx",
                  "2026/11/24 09:10:46.4000000 1228 6652 Misc *FAILED* [80072F8F] Send request",
                  "2026/11/24 09:10:46.4000100 1228 6652 WebServices WS error: There was an error communicating with the endpoint at 'https://fe3cr.delivery.mp.microsoft.com/ClientWebService/client.asmx'.",
                  "2026/11/24 09:10:46.4000300 1228 6652 WebServices Web service call failed with hr = 80072f8f.",
                  "2026/11/24 09:11:10.0000000 1228 5120 Agent * START * Finding updates CallerId = Windows.Desktop.FeaturesOnDemand  Id = 14",
                  "2026/11/24 09:11:10.0002000 1228 5120 Agent Service 9482F4B4-E343-43B6-B170-9A65BC822C77 is in sequential scan list",
                  "2026/11/24 09:11:10.1000000 1228 5120 Agent *FAILED* [8024002E] Method failed [CAgentUpdateManager::FindUpdates:1234]",
                  "2026/11/24 09:11:10.1000100 1228 5120 Agent * END * Finding updates CallerId = Windows.Desktop.FeaturesOnDemand  Exit code = 0x8024002E",
                  "2026/11/24 09:12:00.0000000 1228 7044 Agent * START * Finding updates CallerId = UpdateOrchestrator  Id = 12",
                  "2026/11/24 09:12:00.0001000 1228 7044 Agent Added service 3DA21691-E39D-4DA6-8A4B-B43877BCB1B7 to sequential scan list",
                  "2026/11/24 09:12:01.5000000 1228 7044 ProtocolTalker ServiceId = {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}, Server URL = http://wsus01.contoso.com:8530/ClientWebService/client.asmx",
                  "2026/11/24 09:12:01.5000200 1228 7044 ProtocolTalker OK to reuse existing configuration",
                  "2026/11/24 09:12:02.9000000 1228 7044 ProtocolTalker SyncUpdates round trips: 1",
                  "2026/11/24 09:12:03.0000000 1228 7044 Agent * Found 0 updates and 94 categories in search; evaluated appl. rules of 1791 out of 2922 deployed entities",
                  "2026/11/24 09:12:03.0001000 1228 7044 Agent * END * Finding updates CallerId = UpdateOrchestrator  Exit code = 0x00000000"
                ]
              }
            ]
          }
        }
      },
      "expect": "pass"
    }
  ]
};

/** rules/client/client-timeouts-2ee2.yaml */
export const clientTimeouts2ee2: RuleDefinition<string> = {
  "id": "client-timeouts-2ee2",
  "ref": "WSUS-0065",
  "title": "The client logs xxxx2EE2 time-outs (0x80072EE2) talking to WSUS",
  "severity": "error",
  "category": "client-errors",
  "appliesTo": {
    "role": "client",
    "when": {
      "any": [
        {
          "not": {
            "fact": "clientPolicy.status",
            "operator": "equal",
            "value": "ok"
          }
        },
        {
          "all": [
            {
              "fact": "derived.policy.useWUServer",
              "operator": "equal",
              "value": 1
            },
            {
              "fact": "derived.policy.wuServer.present",
              "operator": "equal",
              "value": true
            }
          ]
        }
      ]
    }
  },
  "requires": [
    [
      "logs.windowsUpdate",
      "events"
    ],
    "derived.clientErrors.timeouts2ee2"
  ],
  "when": {
    "fact": "derived.clientErrors.timeouts2ee2.count",
    "operator": "greaterThan",
    "value": 0
  },
  "message": "The Windows Update client logged {{derived.clientErrors.timeouts2ee2.count}} time-out(s) with a code ending in 2EE2 (0x80072EE2 = ERROR_WINHTTP_TIMEOUT) while talking to {{derived.policy.wuServer.raw}}. KB 4025764 ties these to the WSUS server: WsusPool answering 503 or queueing because too many clients connect (memory-limit recycles, full request queue), or a path that drops the connection. Codes seen on this client: {{derived.clientErrors.codes|codes}}.",
  "evidence": [
    "derived.policy.wuServer.raw",
    "derived.clientErrors.knownCodes"
  ],
  "logEvidence": [
    "derived.clientErrors.timeouts2ee2"
  ],
  "summary": "The client logged no xxxx2EE2 (WinHTTP time-out) errors.",
  "rationale": "KB 4025764: if clients fail with \"xxxx2ee2\" errors, the WSUS server is likely overloaded (WsusPool returning 503 / too many client connections); the fix is the WsusPool settings and the WSUS maintenance of KB 4490644. 0x2EE2 is WinHTTP error 12002 ERROR_WINHTTP_TIMEOUT; any HRESULT with that low word is the same time-out (knowledge 5.1, 5.3). The client alone cannot prove the server cause: pairing these time-outs with the server's IIS/HTTPERR 503s is done by the fleet rules; a single client with time-outs and a healthy server points at the network path or a proxy instead.",
  "remediation": [
    "On the WSUS server, look for 503s at the same times: IIS log %SystemDrive%\\inetpub\\logs\\LogFiles\\W3SVC<siteId>\\ (sc-status 503) and %SystemRoot%\\System32\\LogFiles\\HTTPERR\\ (reasons AppOffline, QueueFull, AppPoolTimer); collect the server's facts and run wsus-doctor on them with this client.",
    "Apply the WsusPool settings from KB 4025764/KB 4490414: private memory limit 0 or at least 4–8 GB (4000000–8000000 KB), queue length 2000, idle time-out 0, ping disabled, regular recycling 0.",
    "Run the WSUS maintenance of KB 4490644: decline superseded updates (more than 1500 superseded but not declined causes client time-outs), run the Server Cleanup Wizard, re-index SUSDB with the custom indexes.",
    "Check the path from this client: Test-NetConnection -ComputerName <WSUS FQDN> -Port 8530 and Invoke-WebRequest -UseBasicParsing http://<WSUS FQDN>:8530/ClientWebService/wusserverversion.xml; check the proxy with netsh winhttp show proxy; if only this client is affected, take a network trace."
  ],
  "references": [
    {
      "url": "https://learn.microsoft.com/troubleshoot/mem/configmgr/update-management/troubleshoot-wsus-connection-failures",
      "title": "How to troubleshoot WSUS connection failures (KB 4025764)"
    },
    {
      "url": "https://learn.microsoft.com/troubleshoot/mem/configmgr/update-management/wsus-maintenance-guide",
      "title": "The complete guide to Microsoft WSUS and Configuration Manager SUP maintenance (KB 4490644)"
    },
    {
      "url": "https://learn.microsoft.com/troubleshoot/mem/configmgr/update-management/windows-server-update-services-best-practices",
      "title": "Windows Server Update Services best practices (KB 4490414)"
    },
    {
      "url": "https://learn.microsoft.com/windows/deployment/update/windows-update-errors",
      "title": "Windows Update common errors and mitigation"
    }
  ],
  "tests": [
    {
      "name": "healthy client passes",
      "facts": {},
      "expect": "pass"
    },
    {
      "name": "legacy WindowsUpdate.log time-outs fail",
      "facts": {
        "logs": {
          "windowsUpdate": {
            "status": "ok",
            "format": "windowsUpdateLegacy",
            "files": [
              {
                "path": "C:\\Windows\\WindowsUpdate.log",
                "truncated": true,
                "lines": [
                  "2026-11-24\t09:40:01:950\t964\t1a3c\tPT\t  + ServiceId = {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}, Server URL = http://wsus01.contoso.com:8530/ClientWebService/client.asmx",
                  "2026-11-24\t09:40:02:417\t964\t1a3c\tPT\tWARNING: SyncUpdates failure, error = 0x80072EE2, soap client error = 5, soap error code = 0, HTTP status code = 200",
                  "2026-11-24\t09:40:02:418\t964\t1a3c\tPT\tWARNING: SyncServerUpdatesInternal failed: 0x80072ee2",
                  "2026-11-24\t09:40:02:420\t964\t1a3c\tAgent\t  * WARNING: Failed to synchronize, error = 0x80072EE2",
                  "2026-11-24\t09:40:02:455\t964\t1a3c\tAgent\t  * WARNING: Exit code = 0x80072EE2"
                ]
              }
            ]
          }
        }
      },
      "expect": "fail",
      "message": "0x80072EE2"
    },
    {
      "name": "Windows 10 log with lower-case hex without 0x fails",
      "facts": {
        "logs": {
          "windowsUpdate": {
            "status": "ok",
            "format": "windowsUpdateEtl",
            "files": [
              {
                "path": "C:\\Windows\\Temp\\WindowsUpdate.log",
                "truncated": false,
                "startLine": 1,
                "lines": [
                  "2026/11/24 09:40:01.9876543 1056 5308 WebServices WS error: There was an error communicating with the endpoint at 'http://wsus01.contoso.com:8530/ClientWebService/client.asmx'.",
                  "2026/11/24 09:40:01.9876549 1056 5308 WebServices WS error: The operation timed out",
                  "2026/11/24 09:40:01.9876811 1056 5308 WebServices Web service call failed with hr = 80072ee2.",
                  "2026/11/24 09:40:01.9877012 1056 5308 ProtocolTalker SyncUpdates_WithRecovery failed. 0x80072ee2",
                  "2026/11/24 09:40:01.9877200 1056 5308 Agent Exit code = 0x80072EE2"
                ]
              }
            ]
          }
        }
      },
      "expect": "fail"
    },
    {
      "name": "event 25 only (WindowsUpdate.log not collected) fails",
      "facts": {
        "logs": {
          "windowsUpdate": {
            "status": "notCollected",
            "message": "Get-WindowsUpdateLog timed out",
            "format": null,
            "files": null
          }
        },
        "events": {
          "status": "ok",
          "maxAgeDays": 3,
          "items": [
            {
              "logName": "Microsoft-Windows-WindowsUpdateClient/Operational",
              "providerName": "Microsoft-Windows-WindowsUpdateClient",
              "id": 25,
              "level": "Error",
              "timeCreated": "2026-11-24T09:40:03Z",
              "message": "Windows Update failed to check for updates with error 0x80072EE2."
            }
          ]
        }
      },
      "expect": "fail"
    },
    {
      "name": "other errors without time-outs pass",
      "facts": {
        "logs": {
          "windowsUpdate": {
            "status": "ok",
            "format": "windowsUpdateEtl",
            "files": [
              {
                "path": "C:\\Windows\\Temp\\WindowsUpdate.log",
                "truncated": false,
                "startLine": 1,
                "lines": [
                  "2026/11/24 09:40:01.9876811 1056 5308 WebServices Web service call failed with hr = 8024401c."
                ]
              }
            ]
          }
        }
      },
      "expect": "pass"
    },
    {
      "name": "clean event log with WindowsUpdate.log not collected passes",
      "facts": {
        "logs": {
          "windowsUpdate": {
            "status": "notCollected",
            "message": "Get-WindowsUpdateLog timed out",
            "format": null,
            "files": null
          }
        },
        "events": {
          "status": "ok",
          "maxAgeDays": 3,
          "items": [
            {
              "logName": "Microsoft-Windows-WindowsUpdateClient/Operational",
              "providerName": "Microsoft-Windows-WindowsUpdateClient",
              "id": 26,
              "level": "Information",
              "timeCreated": "2026-11-24T09:30:00Z",
              "message": "Windows Update successfully found 0 updates."
            }
          ]
        }
      },
      "expect": "pass"
    },
    {
      "name": "neither log collected is insufficient evidence",
      "facts": {
        "logs": {
          "windowsUpdate": {
            "status": "notCollected",
            "message": "Get-WindowsUpdateLog failed: access denied",
            "format": null,
            "files": null
          }
        },
        "events": {
          "status": "error",
          "message": "The RPC server is unavailable",
          "maxAgeDays": null,
          "items": null
        }
      },
      "expect": "insufficientEvidence"
    },
    {
      "name": "client not managed by WSUS is not applicable (its time-outs concern Microsoft Update)",
      "facts": {
        "clientPolicy": {
          "windowsUpdate": null,
          "au": null
        },
        "logs": {
          "windowsUpdate": {
            "status": "ok",
            "format": "windowsUpdateEtl",
            "files": [
              {
                "path": "C:\\Windows\\Temp\\WindowsUpdate.log",
                "truncated": false,
                "startLine": 1,
                "lines": [
                  "2026/11/24 09:40:01.9876811 1056 5308 WebServices Web service call failed with hr = 80072ee2."
                ]
              }
            ]
          }
        }
      },
      "expect": "notApplicable"
    },
    {
      "name": "isolated network: Microsoft endpoints (SLS, Store, FoD) time out while WSUS scans succeed",
      "noise": true,
      "facts": {
        "logs": {
          "windowsUpdate": {
            "status": "ok",
            "format": "windowsUpdateEtl",
            "files": [
              {
                "path": "C:\\Windows\\Temp\\WindowsUpdate.log",
                "truncated": false,
                "startLine": 1,
                "lines": [
                  "2026/11/24 09:02:00.0000000 1228 7012 Agent * START * Finding updates CallerId = UpdateOrchestrator  Id = 12",
                  "2026/11/24 09:02:00.0001000 1228 7012 Agent Added service 3DA21691-E39D-4DA6-8A4B-B43877BCB1B7 to sequential scan list",
                  "2026/11/24 09:02:01.5000000 1228 7012 ProtocolTalker ServiceId = {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}, Server URL = http://wsus01.contoso.com:8530/ClientWebService/client.asmx",
                  "2026/11/24 09:02:01.5000200 1228 7012 ProtocolTalker OK to reuse existing configuration",
                  "2026/11/24 09:02:02.9000000 1228 7012 ProtocolTalker SyncUpdates round trips: 1",
                  "2026/11/24 09:02:03.0000000 1228 7012 Agent * Found 0 updates and 94 categories in search; evaluated appl. rules of 1791 out of 2922 deployed entities",
                  "2026/11/24 09:02:03.0001000 1228 7012 Agent * END * Finding updates CallerId = UpdateOrchestrator  Exit code = 0x00000000",
                  "2026/11/24 09:10:02.1234567 1228 6640 SLS Get response for service 855E8A7C-ECB4-4CA3-B045-1DFA50104289 - forceExpire[False] asyncRefreshOnExpiry[True]",
                  "2026/11/24 09:10:02.1234600 1228 6640 SLS path used for cache lookup: /SLS/{855E8A7C-ECB4-4CA3-B045-1DFA50104289}/x64/10.0.22631.4602/0?CH=686&L=en-US&P=&PT=0x30&WUA=1219.2411.6012.0&MK=Dell+Inc.&MD=OptiPlex+7090",
                  "2026/11/24 09:10:02.1240000 1228 6640 Misc Send request: GET https://slscr.update.microsoft.com/SLS/{855E8A7C-ECB4-4CA3-B045-1DFA50104289}/x64/10.0.22631.4602/0?CH=686&L=en-US&P=&PT=0x30&WUA=1219.2411.6012.0&MK=Dell+Inc.&MD=OptiPlex+7090",
                  "2026/11/24 09:10:23.1490000 1228 6640 Misc *FAILED* [80072EE2] Send request",
                  "2026/11/24 09:10:23.1490100 1228 6640 Misc *FAILED* [80072EE2] Library download error. Will retry. Retry Counter:0",
                  "2026/11/24 09:10:44.2010000 1228 6640 SLS *FAILED* [80072EE2] GetResponse",
                  "2026/11/24 09:10:44.2010100 1228 6640 SLS *FAILED* [80072EE2] Method failed [CSLSClient::GetResponse:555]",
                  "2026/11/24 09:10:45.0000000 1228 6640 SLS Get response for service 9482F4B4-E343-43B6-B170-9A65BC822C77 - forceExpire[False] asyncRefreshOnExpiry[True]",
                  "2026/11/24 09:10:45.0010000 1228 6640 Misc Send request: GET https://sls.update.microsoft.com/SLS/{9482F4B4-E343-43B6-B170-9A65BC822C77}/x64/10.0.22631.4602/0?CH=686&L=en-US&P=&PT=0x30&WUA=1219.2411.6012.0&MK=Dell+Inc.&MD=OptiPlex+7090",
                  "2026/11/24 09:10:45.3000000 1228 6640 Misc *FAILED* [80072EFD] Send request",
                  "2026/11/24 09:10:45.3000100 1228 6640 SLS *FAILED* [80072EFD] Method failed [CSLSClient::GetResponse:555]",
                  "2026/11/24 09:10:46.0000000 1228 6652 Misc Send request: GET https://fe3cr.delivery.mp.microsoft.com/ClientWebService/client.asmx",
                  "2026/11/24 09:10:46.4000000 1228 6652 Misc *FAILED* [80072F8F] Send request",
                  "2026/11/24 09:10:46.4000100 1228 6652 WebServices WS error: There was an error communicating with the endpoint at 'https://fe3cr.delivery.mp.microsoft.com/ClientWebService/client.asmx'.",
                  "2026/11/24 09:10:46.4000300 1228 6652 WebServices Web service call failed with hr = 80072f8f.",
                  "2026/11/24 09:11:10.0000000 1228 5120 Agent * START * Finding updates CallerId = Windows.Desktop.FeaturesOnDemand  Id = 14",
                  "2026/11/24 09:11:10.0002000 1228 5120 Agent Service 9482F4B4-E343-43B6-B170-9A65BC822C77 is in sequential scan list",
                  "2026/11/24 09:11:10.1000000 1228 5120 Agent *FAILED* [8024002E] Method failed [CAgentUpdateManager::FindUpdates:1234]",
                  "2026/11/24 09:11:10.1000100 1228 5120 Agent * END * Finding updates CallerId = Windows.Desktop.FeaturesOnDemand  Exit code = 0x8024002E",
                  "2026/11/24 09:12:00.0000000 1228 7044 Agent * START * Finding updates CallerId = UpdateOrchestrator  Id = 12",
                  "2026/11/24 09:12:00.0001000 1228 7044 Agent Added service 3DA21691-E39D-4DA6-8A4B-B43877BCB1B7 to sequential scan list",
                  "2026/11/24 09:12:01.5000000 1228 7044 ProtocolTalker ServiceId = {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}, Server URL = http://wsus01.contoso.com:8530/ClientWebService/client.asmx",
                  "2026/11/24 09:12:01.5000200 1228 7044 ProtocolTalker OK to reuse existing configuration",
                  "2026/11/24 09:12:02.9000000 1228 7044 ProtocolTalker SyncUpdates round trips: 1",
                  "2026/11/24 09:12:03.0000000 1228 7044 Agent * Found 0 updates and 94 categories in search; evaluated appl. rules of 1791 out of 2922 deployed entities",
                  "2026/11/24 09:12:03.0001000 1228 7044 Agent * END * Finding updates CallerId = UpdateOrchestrator  Exit code = 0x00000000"
                ]
              }
            ]
          }
        }
      },
      "expect": "pass"
    },
    {
      "name": "a WSUS scan that timed out and then succeeded is not a current failure",
      "noise": true,
      "facts": {
        "logs": {
          "windowsUpdate": {
            "status": "ok",
            "format": "windowsUpdateEtl",
            "files": [
              {
                "path": "C:\\Windows\\Temp\\WindowsUpdate.log",
                "truncated": false,
                "startLine": 1,
                "lines": [
                  "2026/11/24 08:40:00.0000000 1228 7020 Agent * START * Finding updates CallerId = UpdateOrchestrator  Id = 11",
                  "2026/11/24 08:40:01.0000000 1228 7020 ProtocolTalker ServiceId = {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}, Server URL = http://wsus01.contoso.com:8530/ClientWebService/client.asmx",
                  "2026/11/24 08:40:31.0000000 1228 7020 WebServices WS error: There was an error communicating with the endpoint at 'http://wsus01.contoso.com:8530/ClientWebService/client.asmx'.",
                  "2026/11/24 08:40:31.0000100 1228 7020 WebServices WS error: The operation timed out",
                  "2026/11/24 08:40:31.0000300 1228 7020 WebServices Web service call failed with hr = 80072ee2.",
                  "2026/11/24 08:40:31.0001000 1228 7020 ProtocolTalker *FAILED* [80072EE2] SyncUpdates_WithRecovery",
                  "2026/11/24 08:40:31.0002000 1228 7020 Agent * END * Finding updates CallerId = UpdateOrchestrator  Exit code = 0x80072EE2",
                  "2026/11/24 09:12:00.0000000 1228 7012 Agent * START * Finding updates CallerId = UpdateOrchestrator  Id = 12",
                  "2026/11/24 09:12:00.0001000 1228 7012 Agent Added service 3DA21691-E39D-4DA6-8A4B-B43877BCB1B7 to sequential scan list",
                  "2026/11/24 09:12:01.5000000 1228 7012 ProtocolTalker ServiceId = {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}, Server URL = http://wsus01.contoso.com:8530/ClientWebService/client.asmx",
                  "2026/11/24 09:12:01.5000200 1228 7012 ProtocolTalker OK to reuse existing configuration",
                  "2026/11/24 09:12:02.9000000 1228 7012 ProtocolTalker SyncUpdates round trips: 1",
                  "2026/11/24 09:12:03.0000000 1228 7012 Agent * Found 0 updates and 94 categories in search; evaluated appl. rules of 1791 out of 2922 deployed entities",
                  "2026/11/24 09:12:03.0001000 1228 7012 Agent * END * Finding updates CallerId = UpdateOrchestrator  Exit code = 0x00000000"
                ]
              }
            ]
          }
        }
      },
      "expect": "pass"
    }
  ]
};

/** rules/client/winhttp-proxy-without-wsus-bypass.yaml */
export const winhttpProxyWithoutWsusBypass: RuleDefinition<string> = {
  "id": "winhttp-proxy-without-wsus-bypass",
  "ref": "WSUS-0060",
  "title": "A WinHTTP proxy is set and nothing bypasses it for the WSUS server",
  "severity": "warning",
  "category": "network",
  "appliesTo": {
    "role": "client",
    "when": {
      "any": [
        {
          "not": {
            "fact": "clientPolicy.status",
            "operator": "equal",
            "value": "ok"
          }
        },
        {
          "fact": "derived.policy.wuServer.present",
          "operator": "equal",
          "value": true
        }
      ]
    }
  },
  "requires": [
    "proxy.direct",
    "clientPolicy",
    "derived.policy.wuServer.host"
  ],
  "when": {
    "all": [
      {
        "fact": "proxy.direct",
        "operator": "equal",
        "value": false
      },
      {
        "fact": "derived.proxy.bypassesWsusHost",
        "operator": "equal",
        "value": false
      }
    ]
  },
  "inconclusiveWhen": {
    "all": [
      {
        "fact": "proxy.direct",
        "operator": "equal",
        "value": false
      },
      {
        "fact": "derived.proxy.bypassesWsusHost",
        "operator": "exists",
        "value": false
      }
    ]
  },
  "inconclusiveMessage": "WinHTTP uses proxy {{proxy.proxyServer}} with bypass list \"{{proxy.bypassList}}\"; no entry covers the WSUS host {{derived.policy.wuServer.host}} by name, \"*\" wildcard or <local>, but an entry with a scheme or a port (or <local> against an IPv6 address) cannot be evaluated. Check it by hand: netsh winhttp show proxy.",
  "message": "WinHTTP sends traffic through proxy {{proxy.proxyServer}} and its bypass list ({{derived.proxy.bypassEntries|list}}) does not cover the WSUS host {{derived.policy.wuServer.host}}, so the agent's scans of {{derived.policy.wuServer.raw}} also go through the proxy. An intranet WSUS server behind a proxy that cannot reach it, needs authentication (0x8024401B) or filters .cab files (0x8024402F) fails every scan.",
  "evidence": [
    "proxy.proxyServer",
    "proxy.bypassList",
    "derived.proxy.bypassEntries",
    "clientPolicy.windowsUpdate.SetProxyBehaviorForUpdateDetection"
  ],
  "summary": "WinHTTP goes direct, or its bypass list covers the WSUS server.",
  "rationale": "WSUS scans use the system (WinHTTP) proxy first; since the September 2020 cumulative update, HTTP scans against WSUS no longer fall back to the user proxy unless SetProxyBehaviorForUpdateDetection = 1 (Microsoft \"How the Windows Update client determines which proxy server to use\", ConfigMgr \"Plan for software updates\"; knowledge 6.1, 6.3). Knowledge section 8 cause 12: \"proxy set without WSUS bypass\" is the signal, fixed by bypassing WSUS in the proxy settings. A proxy whose bypass list does not cover the WSUS host is decided as a warning (the proxy may still forward to WSUS, hence not an error). The bypass list is matched as WinHTTP does (WINHTTP_PROXY_INFO): entries separated by semicolons or white space, letter case ignored, \\\"*\\\" matching any characters (*.contoso.com covers wsus01.contoso.com, not contoso.com; a bare name covers that name only), <local> covering host names without a dot. An entry with a scheme or a port cannot be evaluated: if no other entry covers the host, the outcome is insufficient evidence rather than a guess.",
  "remediation": [
    "Show the proxy: netsh winhttp show proxy.",
    "Add the WSUS server to the bypass list, keeping the existing entries, e.g. netsh winhttp set proxy proxy-server=\"proxy.contoso.com:8080\" bypass-list=\"<local>;*.contoso.com;wsus01.contoso.com\" — or remove the proxy if the machine does not need one: netsh winhttp reset proxy.",
    "If the proxy is imported from the user settings (netsh winhttp import proxy source=ie), fix the source settings or the GPO that sets them.",
    "Verify from the client: Test-NetConnection -ComputerName <WSUS FQDN> -Port 8530, then trigger a scan and check WindowsUpdate.log for 0x8024402C/0x8024401B/0x80244021."
  ],
  "references": [
    {
      "url": "https://learn.microsoft.com/troubleshoot/windows-server/installing-updates-features-roles/windows-update-client-determines-proxy-server-connect",
      "title": "How the Windows Update client determines which proxy server to use to connect to the Windows Update website"
    },
    {
      "url": "https://learn.microsoft.com/troubleshoot/mem/configmgr/update-management/troubleshoot-software-update-scan-failures",
      "title": "Troubleshoot software update scan failures in Configuration Manager (KB 3090184)"
    },
    {
      "url": "https://learn.microsoft.com/mem/configmgr/sum/plan-design/plan-for-software-updates",
      "title": "Plan for software updates in Configuration Manager (scan retry, proxy for scans)"
    },
    {
      "url": "https://learn.microsoft.com/troubleshoot/mem/configmgr/update-management/troubleshoot-wsus-connection-failures",
      "title": "How to troubleshoot WSUS connection failures (KB 4025764)"
    }
  ],
  "tests": [
    {
      "name": "direct access passes",
      "facts": {},
      "expect": "pass"
    },
    {
      "name": "proxy without bypass list fails",
      "facts": {
        "proxy": {
          "direct": false,
          "proxyServer": "proxy.contoso.com:8080"
        }
      },
      "expect": "fail",
      "message": "proxy.contoso.com:8080 and its bypass list (none) does not cover the WSUS host wsus01.contoso.com"
    },
    {
      "name": "proxy with \"(none)\" bypass list fails",
      "facts": {
        "proxy": {
          "direct": false,
          "proxyServer": "proxy.contoso.com:8080",
          "bypassList": "(none)"
        }
      },
      "expect": "fail"
    },
    {
      "name": "proxy with a domain wildcard bypass covering the WSUS host passes",
      "facts": {
        "proxy": {
          "direct": false,
          "proxyServer": "proxy.contoso.com:8080",
          "bypassList": "*.contoso.com;<local>"
        }
      },
      "expect": "pass"
    },
    {
      "name": "the WSUS FQDN in a white-space separated list, other letter case, passes",
      "facts": {
        "proxy": {
          "direct": false,
          "proxyServer": "proxy.contoso.com:8080",
          "bypassList": "<local> WSUS01.Contoso.com 10.*"
        }
      },
      "expect": "pass"
    },
    {
      "name": "a wildcard for another domain fails",
      "facts": {
        "proxy": {
          "direct": false,
          "proxyServer": "proxy.contoso.com:8080",
          "bypassList": "*.fabrikam.com;<local>"
        }
      },
      "expect": "fail",
      "message": "its bypass list (*.fabrikam.com, <local>) does not cover the WSUS host wsus01.contoso.com"
    },
    {
      "name": "a bare domain does not cover its hosts",
      "facts": {
        "proxy": {
          "direct": false,
          "proxyServer": "proxy.contoso.com:8080",
          "bypassList": "contoso.com"
        }
      },
      "expect": "fail"
    },
    {
      "name": "an entry with a port cannot be evaluated",
      "facts": {
        "proxy": {
          "direct": false,
          "proxyServer": "proxy.contoso.com:8080",
          "bypassList": "wsus01.contoso.com:8530;<local>"
        }
      },
      "expect": "insufficientEvidence",
      "message": "bypass list \"wsus01.contoso.com:8530;<local>\""
    },
    {
      "name": "short WSUS host with \"<local>\" in the bypass list passes",
      "facts": {
        "clientPolicy": {
          "status": "ok",
          "windowsUpdate": {
            "WUServer": "http://wsus01:8530",
            "WUStatusServer": "http://wsus01:8530"
          },
          "au": {
            "UseWUServer": 1
          }
        },
        "proxy": {
          "direct": false,
          "proxyServer": "proxy.contoso.com:8080",
          "bypassList": "<local>"
        }
      },
      "expect": "pass"
    },
    {
      "name": "\"<local>\" does not cover an FQDN: fails",
      "facts": {
        "proxy": {
          "direct": false,
          "proxyServer": "proxy.contoso.com:8080",
          "bypassList": "<local>"
        }
      },
      "expect": "fail"
    },
    {
      "name": "proxy not collected is insufficient evidence",
      "facts": {
        "proxy": {
          "status": "notCollected",
          "message": "netsh not available",
          "direct": null
        }
      },
      "expect": "insufficientEvidence"
    },
    {
      "name": "no WSUS policy at all is not applicable (not managed by WSUS)",
      "facts": {
        "clientPolicy": {
          "windowsUpdate": null,
          "au": null
        }
      },
      "expect": "notApplicable"
    }
  ]
};
