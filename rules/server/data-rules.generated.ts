/* Generated from rules/server/*.yaml by scripts/generate-data-rules.ts. Do not edit: edit the data files. */
import type { RuleDefinition } from '../../engine/dsl/rule-types.js';

/** rules/server/iis-log-503-errors.yaml */
export const iisLog503Errors: RuleDefinition<string> = {
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
};

/** rules/server/wsus-2016-cumulative-update-missing.yaml */
export const wsus2016CumulativeUpdateMissing: RuleDefinition<string> = {
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
};

/** rules/server/wsus-pool-private-memory-low.yaml */
export const wsusPoolPrivateMemoryLow: RuleDefinition<string> = {
  "id": "wsus-pool-private-memory-low",
  "ref": "WSUS-0015",
  "title": "WsusPool private memory limit is below the threshold (4 GB by default)",
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
        "any": [
          {
            "fact": "derived.wsusPool.privateMemoryKB",
            "operator": "lessThan",
            "value": {
              "fact": "derived.thresholds.wsusPoolPrivateMemoryKB.value"
            }
          },
          {
            "fact": "derived.thresholds.wsusPoolPrivateMemoryKB.value",
            "operator": "equal",
            "value": 0
          }
        ]
      }
    ]
  },
  "message": "The private memory limit of \"{{derived.wsusPool.name}}\" is {{derived.wsusPool.privateMemoryKB}} KB ({{derived.wsusPool.privateMemoryKB|kbAsGb}}), below the threshold {{derived.thresholds.wsusPoolPrivateMemoryKB.value|memoryLimit}} (source {{derived.thresholds.wsusPoolPrivateMemoryKB.source}}); KB 4025764 recommends 4-8 GB (4,000,000-8,000,000 KB) or more. Below that, the pool recycles under load and clients get HTTP 503.",
  "evidence": [
    "derived.wsusPool.name",
    "derived.wsusPool.state"
  ],
  "summary": "The WsusPool private memory limit is 0 (no limit) or at least the threshold (4 GB by default).",
  "rationale": "KB 4025764 attributes IIS 503 errors to a WSUS application pool memory issue or too many clients and tells to raise the WsusPool private memory limit to 4-8 GB, more where needed. WSUS setup leaves it at 1,843,200 KB (about 1.8 GB); when w3wp reaches it, WAS recycles the pool (event 5117) and repeated recycles can make rapid-fail protection disable it (event 5002). The WSUS best practices recommend 0 (no limit), which passes. The threshold is configurable (wsus-doctor.config.json, thresholds.wsusPoolPrivateMemoryKB; 7372800 for the ConfigMgr guidance, 0 to accept only no limit) and the message says where its value came from.",
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
};

/** rules/server/wsus-service-not-running.yaml */
export const wsusServiceNotRunning: RuleDefinition<string> = {
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
};
