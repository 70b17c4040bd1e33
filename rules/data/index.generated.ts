/* Generated from rules/data/*.yaml by scripts/generate-data-rules.ts. Do not edit: edit the data files. */
import type { RuleDefinition } from '../../engine/dsl/rule-types.js';

export const dataRules: Record<string, RuleDefinition<string>> = {
  "agent-wsus-server-differs-from-policy": {
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
  },
  "client-timeouts-2ee2": {
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
  },
  "iis-log-503-errors": {
    "id": "iis-log-503-errors",
    "ref": "WSUS-0024",
    "title": "The WSUS IIS log shows HTTP 503 to WSUS clients that did not recover (WsusPool stopped, overloaded or at its memory limit)",
    "severity": "error",
    "category": "iis-log",
    "appliesTo": {
      "role": "server",
      "wsusRole": true
    },
    "requires": [
      "logs.iisW3c"
    ],
    "when": {
      "fact": "derived.iisLog.status503Persistent.count",
      "operator": "greaterThan",
      "value": 0
    },
    "inconclusiveWhen": {
      "fact": "derived.iisLog.unusableReason",
      "operator": "exists"
    },
    "inconclusiveMessage": "{{derived.iisLog.unusableReason}}",
    "message": "IIS answered {{derived.iisLog.status503Persistent.count}} request(s) of WSUS clients with HTTP 503 (service unavailable) after the last successful request in the log, up to {{derived.iisLog.window.to}} (UTC): the WSUS application pool was still not serving clients when the log ends; {{derived.iisLog.status503Recovered.count}} earlier 503(s) recovered. The application pool \"{{derived.wsusPool.name}}\" is {{derived.wsusPool.state}}; its private memory limit is {{derived.wsusPool.privateMemoryKB|memoryLimit}} and its queue length {{derived.wsusPool.queueLength}}.",
    "evidence": [
      "derived.wsusPool.privateMemoryKB",
      "derived.wsusPool.queueLength",
      "derived.wsusPool.state",
      "derived.iisLog.status503Recovered.count"
    ],
    "logEvidence": [
      "derived.iisLog.status503Persistent"
    ],
    "summary": "The WSUS IIS log has no HTTP 503 (service unavailable) to WSUS clients after their last success.",
    "rationale": "KB 4025764: \"503 Busy: this can be caused by a WSUS application pool memory issue or just too many client connections. To fix the issue, increase the WSUS Application Pool Private memory limit to 4-8 GB\"; such 503s come with xxxx2ee2 (time-out) errors on the clients, and for client time-outs and round-trip errors the KB points to the WSUS maintenance guide (decline superseded updates, clean-up, re-index SUSDB). Only requests of WSUS clients and servers to the WSUS applications count. A 503 followed later in the log by a success of a WSUS client is a recovered blip (a pool recycle, a short overload) that clients retry through; only 503s after the last success mean clients cannot connect now; repeated recovered 503s are a warning of their own (iis-log-503-recovered).",
    "remediation": [
      "Start the pool if it is stopped: Start-WebAppPool -Name WsusPool; read the HTTPERR log (C:\\Windows\\System32\\LogFiles\\HTTPERR, reasons AppOffline, QueueFull, AppPoolTimer) and WAS events 5002/5117 in the System log for why it failed.",
      "Raise the WsusPool private memory limit to 4-8 GB or more (value in KB): Set-WebConfiguration \"/system.applicationHost/applicationPools/add[@name='WsusPool']/recycling/periodicRestart/@privateMemory\" -Value 8000000; set the queue length to 2000: Set-ItemProperty IIS:\\AppPools\\WsusPool -Name queueLength -Value 2000.",
      "Reduce the load: decline superseded and expired updates, run the WSUS clean-up and re-index SUSDB as the WSUS maintenance guide describes.",
      "Confirm that the IIS log shows 200 again for /ClientWebService/client.asmx."
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
        "url": "https://learn.microsoft.com/previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/cc725749(v=ws.10)",
        "title": "Configure an application pool to recycle after reaching maximum used memory (IIS 7)"
      }
    ],
    "tests": [
      {
        "name": "log without 503 (base) passes",
        "facts": {},
        "expect": "pass"
      },
      {
        "name": "503s after the last success with the setup-default memory limit fail and show the limit in GB",
        "facts": {
          "logs": {
            "iisW3c": {
              "files": [
                {
                  "path": "C:\\inetpub\\logs\\LogFiles\\W3SVC1234567\\u_ex261124.log",
                  "truncated": false,
                  "startLine": 1,
                  "lines": [
                    "#Software: Microsoft Internet Information Services 10.0",
                    "#Version: 1.0",
                    "#Date: 2026-11-24 08:00:00",
                    "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken",
                    "2026-11-24 11:00:00 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.20 Windows-Update-Agent/10.0.10011.16384+Client-Protocol/2.71 - 200 0 0 180",
                    "2026-11-24 11:00:01 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.21 Windows-Update-Agent/10.0.10011.16384+Client-Protocol/2.71 - 503 0 0 15",
                    "2026-11-24 11:00:02 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.22 Windows-Update-Agent/10.0.10011.16384+Client-Protocol/2.71 - 503 0 0 0",
                    "2026-11-24 11:00:03 10.0.0.10 POST /SimpleAuthWebService/SimpleAuth.asmx - 8530 - 10.0.1.23 Windows-Update-Agent/10.0.10011.16384+Client-Protocol/2.71 - 503 0 0 0"
                  ]
                }
              ]
            }
          },
          "iis": {
            "appPools": {
              "WsusPool": {
                "privateMemoryKB": 1843200,
                "queueLength": 1000
              }
            }
          }
        },
        "expect": "fail",
        "message": "IIS answered 3 request(s) of WSUS clients with HTTP 503 (service unavailable) after the last successful request in the log, up to 2026-11-24T11:00:03.000Z (UTC): the WSUS application pool was still not serving clients when the log ends; 0 earlier 503(s) recovered. The application pool \"WsusPool\" is Started; its private memory limit is 1.8 GB"
      },
      {
        "name": "a healthy site with a recovered 503 blip, a scanner 503, probes and a browser passes",
        "noise": true,
        "facts": {
          "logs": {
            "iisW3c": {
              "files": [
                {
                  "path": "C:\\inetpub\\logs\\LogFiles\\W3SVC1234567\\u_ex261124.log",
                  "truncated": false,
                  "startLine": 1,
                  "lines": [
                    "#Software: Microsoft Internet Information Services 10.0",
                    "#Version: 1.0",
                    "#Date: 2026-11-24 08:00:00",
                    "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken",
                    "2026-11-24 09:00:00 10.0.0.10 GET / - 8530 - 10.0.9.5 - - 403 14 0 0",
                    "2026-11-24 09:00:10 10.0.0.10 GET /Selfupdate/wuident.cab - 8530 - 10.0.5.20 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/131.0.0.0+Safari/537.36+Edg/131.0.0.0 - 200 0 0 12",
                    "2026-11-24 09:00:10 10.0.0.10 GET /favicon.ico - 8530 - 10.0.5.20 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/131.0.0.0+Safari/537.36+Edg/131.0.0.0 - 404 0 2 1",
                    "2026-11-24 09:00:20 10.0.0.10 GET /wp-login.php - 8530 - 10.0.66.6 Mozilla/5.00+(Nikto/2.5.0)+(Evasions:None)+(Test:000003) - 404 0 2 0",
                    "2026-11-24 09:00:20 10.0.0.10 GET /ClientWebService/client.asmx - 8530 - 10.0.66.6 Mozilla/5.00+(Nikto/2.5.0)+(Evasions:None)+(Test:000003) - 503 0 0 0",
                    "2026-11-24 09:01:00 10.0.0.10 GET / - 8530 - 10.0.9.5 - - 403 14 0 0",
                    "2026-11-24 09:01:40 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.26 Windows-Update-Agent/10.0.10011.16384+Client-Protocol/2.71 - 503 0 0 0",
                    "2026-11-24 09:01:55 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.26 Windows-Update-Agent/10.0.10011.16384+Client-Protocol/2.71 - 200 0 0 211",
                    "2026-11-24 09:01:56 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.27 Windows-Update-Agent/10.0.10011.16384+Client-Protocol/2.71 - 200 0 0 198",
                    "2026-11-24 09:01:58 10.0.0.10 GET /Content/AE/0123456789ABCDEF0123456789ABCDEF012345AE.cab - 8530 - 10.0.1.27 Microsoft+BITS/7.8 - 206 0 0 1203",
                    "2026-11-24 09:02:00 10.0.0.10 GET / - 8530 - 10.0.9.5 - - 403 14 0 0",
                    "2026-11-24 09:02:00 10.0.0.10 GET /default.aspx - 8530 - 10.0.9.6 - - 503 0 0 0"
                  ]
                }
              ]
            }
          }
        },
        "expect": "pass"
      },
      {
        "name": "the Windows Firewall log offered as the IIS log is insufficient evidence",
        "facts": {
          "logs": {
            "iisW3c": {
              "files": [
                {
                  "path": "C:\\Windows\\System32\\LogFiles\\Firewall\\pfirewall.log",
                  "truncated": false,
                  "startLine": 1,
                  "lines": [
                    "#Version: 1.5",
                    "#Software: Microsoft Internet Connection Firewall",
                    "#Time Format: Local",
                    "#Fields: date time action protocol src-ip dst-ip src-port dst-port size tcpflags tcpsyn tcpack tcpwin icmptype icmpcode info path",
                    "2026-11-24 09:00:01 ALLOW TCP 10.0.1.21 10.0.0.10 50211 8530 0 - 0 0 0 - - - RECEIVE"
                  ]
                }
              ]
            }
          }
        },
        "expect": "insufficientEvidence",
        "message": "the Windows Firewall log (#Software: Microsoft Internet Connection Firewall)"
      },
      {
        "name": "an excerpt without entries is insufficient evidence",
        "facts": {
          "logs": {
            "iisW3c": {
              "files": [
                {
                  "path": "C:\\inetpub\\logs\\LogFiles\\W3SVC1234567\\u_ex261124.log",
                  "truncated": false,
                  "startLine": 1,
                  "lines": [
                    "#Software: Microsoft Internet Information Services 10.0",
                    "#Version: 1.0",
                    "#Date: 2026-11-24 08:00:00",
                    "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken"
                  ]
                }
              ]
            }
          }
        },
        "expect": "insufficientEvidence"
      },
      {
        "name": "IIS log not collected is insufficient evidence",
        "facts": {
          "logs": {
            "iisW3c": {
              "status": "notCollected",
              "files": null
            }
          }
        },
        "expect": "insufficientEvidence"
      },
      {
        "name": "clients are not applicable",
        "role": "client",
        "facts": {},
        "expect": "notApplicable"
      }
    ]
  },
  "winhttp-proxy-without-wsus-bypass": {
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
  },
  "wsus-2016-cumulative-update-missing": {
    "id": "wsus-2016-cumulative-update-missing",
    "ref": "WSUS-0005",
    "title": "WSUS on Windows Server 2016 is below OS build 14393.1670 (KB4039396 or later missing)",
    "severity": "error",
    "category": "prerequisites",
    "appliesTo": {
      "role": "server",
      "wsusRole": true,
      "when": {
        "any": [
          {
            "fact": "derived.osFamily",
            "operator": "in",
            "value": [
              "2016"
            ]
          },
          {
            "not": {
              "fact": "os.status",
              "operator": "equal",
              "value": "ok"
            }
          },
          {
            "fact": "os.version",
            "operator": "exists",
            "value": false
          }
        ]
      }
    },
    "requires": [
      "os.version",
      [
        "os.ubr",
        "updates"
      ]
    ],
    "when": {
      "fact": "derived.prerequisiteUpdate.status",
      "operator": "equal",
      "value": "missing"
    },
    "inconclusiveWhen": {
      "fact": "derived.prerequisiteUpdate.status",
      "operator": "equal",
      "value": "unknown"
    },
    "inconclusiveMessage": "{{derived.prerequisiteUpdate.reason}}.",
    "message": "Windows Server 2016 lacks KB4039396 (OS build 14393.1670) or a later cumulative update: {{derived.prerequisiteUpdate.reason}}.",
    "evidence": [
      "os.version",
      "os.caption",
      "os.ubr",
      "derived.prerequisiteUpdate.proofKb",
      "derived.prerequisiteUpdate.newestRollupKb",
      "derived.prerequisiteUpdate.undecidedKbs"
    ],
    "summary": "The Windows Server 2016 WSUS server is at OS build 14393.1670 or later (KB4039396 or a later cumulative update).",
    "rationale": "KB 4025764 requires WSUS on Windows Server 2016 to have KB4039396 or a later cumulative update (the ConfigMgr performance FAQ agrees: any non-security-only cumulative update from August 2017 or later). KB4039396 raises the OS build to 14393.1670 and also fixed update-metadata processing time-outs (0x8024401C). Windows 10/2016 cumulative updates are cumulative, so UBR 1670 or higher proves \"or later\" and a lower UBR fails even when KB4039396 is listed. Without the UBR the installed KBs are matched against a dated table of 2016 cumulative updates (engine/knowledge/server-rollups.ts): KB4039396 or a known later cumulative update passes; the rule fails only when every installed update is known not to qualify or predates August 2017; an update the table does not know, installed later or undated, gives insufficient evidence naming it. When the OS was not read the rule reports insufficient evidence rather than not applicable.",
    "remediation": [
      "Check the build: (Get-ItemProperty \"HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\").UBR (winver also shows 14393.<UBR>).",
      "Install the latest cumulative update for Windows Server 2016 (with its servicing stack update) from Windows Update, WSUS or the Microsoft Update Catalog.",
      "Restart the server after the installation, then check whether clients connect again."
    ],
    "references": [
      {
        "url": "https://learn.microsoft.com/troubleshoot/mem/configmgr/update-management/troubleshoot-wsus-connection-failures",
        "title": "How to troubleshoot WSUS connection failures (KB 4025764)"
      },
      {
        "url": "https://support.microsoft.com/help/4039396",
        "title": "KB4039396: Windows 10 1607 / Windows Server 2016 cumulative update (OS build 14393.1670)"
      },
      {
        "url": "https://learn.microsoft.com/mem/configmgr/core/understand/site-size-performance-faq",
        "title": "Configuration Manager site sizing and performance FAQ (WSUS host OS updates, WsusPool settings)"
      }
    ],
    "tests": [
      {
        "name": "build 14393.1670 passes (boundary)",
        "facts": {
          "os": {
            "caption": "Microsoft Windows Server 2016 Standard",
            "version": "10.0.14393",
            "build": 14393,
            "ubr": 1670
          }
        },
        "expect": "pass"
      },
      {
        "name": "a current build (14393.7428) passes",
        "facts": {
          "os": {
            "caption": "Microsoft Windows Server 2016 Standard",
            "version": "10.0.14393",
            "build": 14393,
            "ubr": 7428
          }
        },
        "expect": "pass"
      },
      {
        "name": "build 14393.1669 fails (one below the boundary)",
        "facts": {
          "os": {
            "caption": "Microsoft Windows Server 2016 Standard",
            "version": "10.0.14393",
            "build": 14393,
            "ubr": 1669
          }
        },
        "expect": "fail",
        "message": "OS build 14393.1669"
      },
      {
        "name": "RTM build 14393.0 fails",
        "facts": {
          "os": {
            "caption": "Microsoft Windows Server 2016 Datacenter",
            "version": "10.0.14393",
            "build": 14393,
            "ubr": 0
          }
        },
        "expect": "fail"
      },
      {
        "name": "UBR below the boundary fails even when KB4039396 is listed (installed but not in effect)",
        "facts": {
          "os": {
            "caption": "Microsoft Windows Server 2016 Standard",
            "version": "10.0.14393",
            "build": 14393,
            "ubr": 1593
          },
          "updates": {
            "items": [
              {
                "id": "KB4039396",
                "installedOn": "2017-09-01",
                "description": "Update"
              }
            ]
          }
        },
        "expect": "fail"
      },
      {
        "name": "UBR unknown but KB4039396 installed passes",
        "facts": {
          "os": {
            "caption": "Microsoft Windows Server 2016 Standard",
            "version": "10.0.14393",
            "build": 14393,
            "ubr": null
          },
          "updates": {
            "items": [
              {
                "id": "KB4039396",
                "installedOn": "2017-09-01",
                "description": "Update"
              }
            ]
          }
        },
        "expect": "pass"
      },
      {
        "name": "UBR unknown and only updates from before August 2017 fails",
        "facts": {
          "os": {
            "caption": "Microsoft Windows Server 2016 Standard",
            "version": "10.0.14393",
            "build": 14393,
            "ubr": null
          },
          "updates": {
            "items": [
              {
                "id": "KB4025339",
                "installedOn": "2017-07-12",
                "description": "Security Update"
              }
            ]
          }
        },
        "expect": "fail",
        "message": "UBR) was not read"
      },
      {
        "name": "UBR unknown and a known 2023 cumulative update (KB5029242) passes",
        "facts": {
          "os": {
            "caption": "Microsoft Windows Server 2016 Standard",
            "version": "10.0.14393",
            "build": 14393,
            "ubr": null
          },
          "updates": {
            "items": [
              {
                "id": "KB5029242",
                "installedOn": "2023-08-10",
                "description": "Security Update"
              }
            ]
          }
        },
        "expect": "pass"
      },
      {
        "name": "UBR unknown and only a known pre-threshold cumulative update (14393.1532) fails",
        "facts": {
          "os": {
            "caption": "Microsoft Windows Server 2016 Standard",
            "version": "10.0.14393",
            "build": 14393,
            "ubr": null
          },
          "updates": {
            "items": [
              {
                "id": "KB4025334",
                "installedOn": "2017-07-20",
                "description": "Update"
              }
            ]
          }
        },
        "expect": "fail",
        "message": "no cumulative update since KB4025334 (July 2017)"
      },
      {
        "name": "UBR unknown and only unnamed later updates cannot decide",
        "facts": {
          "os": {
            "caption": "Microsoft Windows Server 2016 Standard",
            "version": "10.0.14393",
            "build": 14393,
            "ubr": null
          },
          "updates": {
            "items": [
              {
                "id": "KB5044293",
                "installedOn": "2024-10-09",
                "description": "Security Update"
              }
            ]
          }
        },
        "expect": "insufficientEvidence",
        "message": "KB5044293 (installed 2024-10-09)"
      },
      {
        "name": "UBR unknown, an old dated update and an undated one cannot decide",
        "facts": {
          "os": {
            "caption": "Microsoft Windows Server 2016 Standard",
            "version": "10.0.14393",
            "build": 14393,
            "ubr": null
          },
          "updates": {
            "items": [
              {
                "id": "KB4025339",
                "installedOn": "2017-07-12",
                "description": "Security Update"
              },
              {
                "id": "KB5044293"
              }
            ]
          }
        },
        "expect": "insufficientEvidence",
        "message": "KB5044293 (no installation date)"
      },
      {
        "name": "UBR unknown and updates not collected is insufficient evidence",
        "facts": {
          "os": {
            "caption": "Microsoft Windows Server 2016 Standard",
            "version": "10.0.14393",
            "build": 14393,
            "ubr": null
          },
          "updates": {
            "status": "notCollected",
            "items": null
          }
        },
        "expect": "insufficientEvidence"
      },
      {
        "name": "the UBR decides even when updates were not collected",
        "facts": {
          "os": {
            "caption": "Microsoft Windows Server 2016 Standard",
            "version": "10.0.14393",
            "build": 14393,
            "ubr": 2273
          },
          "updates": {
            "status": "notCollected",
            "items": null
          }
        },
        "expect": "pass"
      },
      {
        "name": "Windows Server 2022 is not applicable",
        "facts": {},
        "expect": "notApplicable"
      },
      {
        "name": "OS not collected is insufficient evidence, not not-applicable",
        "facts": {
          "os": {
            "status": "notCollected",
            "message": "WMI not reachable",
            "caption": null,
            "version": null,
            "build": null,
            "ubr": null,
            "installationType": null,
            "productType": null,
            "lastBootUpTime": null,
            "pendingReboot": null
          }
        },
        "expect": "insufficientEvidence",
        "message": "os was not collected"
      },
      {
        "name": "OS version not read is insufficient evidence",
        "facts": {
          "os": {
            "caption": null,
            "version": null,
            "build": null,
            "ubr": null
          }
        },
        "expect": "insufficientEvidence",
        "message": "os.version is not in the fact file"
      },
      {
        "name": "clients are not applicable",
        "role": "client",
        "facts": {},
        "expect": "notApplicable"
      }
    ]
  },
  "wsus-pool-private-memory-low": {
    "id": "wsus-pool-private-memory-low",
    "ref": "WSUS-0015",
    "title": "WsusPool private memory limit is below 4 GB",
    "severity": "warning",
    "category": "iis",
    "appliesTo": {
      "role": "server",
      "wsusRole": true,
      "when": {
        "not": {
          "all": [
            {
              "fact": "iis.status",
              "operator": "equal",
              "value": "ok"
            },
            {
              "fact": "derived.wsusPool.found",
              "operator": "equal",
              "value": false
            }
          ]
        }
      }
    },
    "requires": [
      "iis.appPools",
      "derived.wsusPool.privateMemoryKB"
    ],
    "when": {
      "all": [
        {
          "fact": "derived.wsusPool.privateMemoryKB",
          "operator": "greaterThan",
          "value": 0
        },
        {
          "fact": "derived.wsusPool.privateMemoryKB",
          "operator": "lessThan",
          "value": 4000000
        }
      ]
    },
    "message": "The private memory limit of \"{{derived.wsusPool.name}}\" is {{derived.wsusPool.privateMemoryKB}} KB ({{derived.wsusPool.privateMemoryKB|kbAsGb}}); KB 4025764 recommends 4-8 GB (4,000,000-8,000,000 KB) or more. Below that, the pool recycles under load and clients get HTTP 503.",
    "evidence": [
      "derived.wsusPool.name",
      "derived.wsusPool.state"
    ],
    "summary": "The WsusPool private memory limit is 0 (no limit) or at least 4 GB.",
    "rationale": "KB 4025764 attributes IIS 503 errors to a WSUS application pool memory issue or too many clients and tells to raise the WsusPool private memory limit to 4-8 GB, more where needed. WSUS setup leaves it at 1,843,200 KB (about 1.8 GB); when w3wp reaches it, WAS recycles the pool (event 5117) and repeated recycles can make rapid-fail protection disable it (event 5002). The WSUS best practices recommend 0 (no limit), which passes.",
    "remediation": [
      "Raise the limit (value in KB), e.g. 8 GB: Set-WebConfiguration \"/system.applicationHost/applicationPools/add[@name='WsusPool']/recycling/periodicRestart/@privateMemory\" -Value 8000000 (or 0 for no limit).",
      "Or in IIS Manager: Application Pools > WsusPool > Advanced Settings > Recycling > Private Memory Limit (KB).",
      "Recycle the pool afterwards (Restart-WebAppPool -Name WsusPool) and make sure the server has the memory: with a large catalog w3wp can need well over 8 GB while its cache builds."
    ],
    "references": [
      {
        "url": "https://learn.microsoft.com/troubleshoot/mem/configmgr/update-management/troubleshoot-wsus-connection-failures",
        "title": "How to troubleshoot WSUS connection failures (KB 4025764)"
      },
      {
        "url": "https://learn.microsoft.com/troubleshoot/mem/configmgr/update-management/windows-server-update-services-best-practices",
        "title": "Windows Server Update Services best practices (KB 4490414)"
      },
      {
        "url": "https://learn.microsoft.com/windows-server/administration/windows-server-update-services/manage/wsus-messages-and-troubleshooting-tips",
        "title": "WSUS messages and troubleshooting tips"
      },
      {
        "url": "https://learn.microsoft.com/previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/cc725749(v=ws.10)",
        "title": "Configure an application pool to recycle after reaching maximum used memory (IIS 7)"
      }
    ],
    "tests": [
      {
        "name": "8,000,000 KB (base) passes",
        "facts": {},
        "expect": "pass"
      },
      {
        "name": "0 (no limit) passes",
        "facts": {
          "iis": {
            "appPools": {
              "WsusPool": {
                "privateMemoryKB": 0
              }
            }
          }
        },
        "expect": "pass"
      },
      {
        "name": "exactly 4,000,000 KB passes (boundary)",
        "facts": {
          "iis": {
            "appPools": {
              "WsusPool": {
                "privateMemoryKB": 4000000
              }
            }
          }
        },
        "expect": "pass"
      },
      {
        "name": "the WSUS setup default 1,843,200 KB fails and shows the limit in GB",
        "facts": {
          "iis": {
            "appPools": {
              "WsusPool": {
                "privateMemoryKB": 1843200
              }
            }
          }
        },
        "expect": "fail",
        "message": "1843200 KB (1.8 GB)"
      },
      {
        "name": "3,999,999 KB fails (boundary)",
        "facts": {
          "iis": {
            "appPools": {
              "WsusPool": {
                "privateMemoryKB": 3999999
              }
            }
          }
        },
        "expect": "fail"
      },
      {
        "name": "limit not read is insufficient evidence",
        "facts": {
          "iis": {
            "appPools": {
              "WsusPool": {
                "privateMemoryKB": null
              }
            }
          }
        },
        "expect": "insufficientEvidence"
      },
      {
        "name": "pool missing is not applicable",
        "facts": {
          "iis": {
            "appPools": {
              "WsusPool": null
            }
          }
        },
        "expect": "notApplicable"
      },
      {
        "name": "IIS not collected is insufficient evidence",
        "facts": {
          "iis": {
            "status": "notCollected",
            "sites": null,
            "appPools": null,
            "wsusApplications": null
          }
        },
        "expect": "insufficientEvidence"
      },
      {
        "name": "clients are not applicable",
        "role": "client",
        "facts": {},
        "expect": "notApplicable"
      }
    ]
  },
  "wsus-service-not-running": {
    "id": "wsus-service-not-running",
    "ref": "WSUS-0004",
    "title": "Update Services (WsusService) is not running",
    "severity": "critical",
    "category": "services",
    "appliesTo": {
      "role": "server",
      "wsusRole": true
    },
    "requires": [
      "services"
    ],
    "when": {
      "any": [
        {
          "fact": "services.items.WsusService",
          "operator": "exists",
          "value": false
        },
        {
          "fact": "services.items.WsusService.status",
          "operator": "notEqual",
          "value": "Running"
        }
      ]
    },
    "message": "The WsusService service is {{services.items.WsusService.status}} (start type {{services.items.WsusService.startType}}).",
    "evidence": [
      "services.items.WsusService.startType"
    ],
    "summary": "The Update Services service (WsusService) is running.",
    "rationale": "WsusService runs synchronisation, health monitoring and clean-up; KB 4025764 lists a stopped Update Services service among the causes of clients that cannot connect. \"unknown\" means the service is not installed.",
    "remediation": [
      "Start the service: Start-Service -Name WsusService (or services.msc > WSUS Service > Start).",
      "If it stops again, check the Application event log (source Windows Server Update Services) and %ProgramFiles%\\Update Services\\LogFiles\\SoftwareDistribution.log.",
      "Make sure the SUSDB database service (Windows Internal Database or SQL Server) is running: WsusService depends on it."
    ],
    "references": [
      {
        "url": "https://learn.microsoft.com/troubleshoot/mem/configmgr/update-management/troubleshoot-wsus-connection-failures",
        "title": "How to troubleshoot WSUS connection failures (KB 4025764)"
      }
    ],
    "tests": [
      {
        "name": "running service passes",
        "facts": {},
        "expect": "pass"
      },
      {
        "name": "stopped service fails",
        "facts": {
          "services": {
            "items": {
              "WsusService": {
                "status": "Stopped"
              }
            }
          }
        },
        "expect": "fail",
        "message": "is Stopped"
      },
      {
        "name": "service not installed fails",
        "facts": {
          "services": {
            "items": {
              "WsusService": null
            }
          }
        },
        "expect": "fail"
      },
      {
        "name": "a ConfigMgr site server whose software update point is remote (no WSUS role here) is not applicable",
        "facts": {
          "wsusServer": {
            "status": "notApplicable",
            "message": "The WSUS server role is not installed (HKLM\\SOFTWARE\\Microsoft\\Update Services\\Server\\Setup not found)."
          },
          "configMgr": {
            "isSiteServer": true,
            "hasRemoteSoftwareUpdatePoint": true,
            "wsusConsoleInstalled": true
          },
          "services": {
            "items": {
              "WsusService": null
            }
          }
        },
        "expect": "notApplicable"
      },
      {
        "name": "services not collected is insufficient evidence",
        "facts": {
          "services": {
            "status": "notCollected",
            "items": null
          }
        },
        "expect": "insufficientEvidence"
      },
      {
        "name": "clients are not applicable",
        "role": "client",
        "facts": {},
        "expect": "notApplicable"
      }
    ]
  }
};
