# Module manifest of WsusDoctor. Keys are limited to what Windows PowerShell 2.0 understands
# (ModuleToProcess instead of RootModule, no CompatiblePSEditions).
@{
    ModuleToProcess   = 'WsusDoctor.psm1'
    ModuleVersion     = '0.1.0'
    GUID              = '6f1d2b7e-3c54-4a8e-9f0b-2d7c1e4a9b31'
    Author            = 'wsus-doctor contributors'
    CompanyName       = 'wsus-doctor'
    Copyright         = '(c) wsus-doctor contributors. MIT License.'
    Description       = 'Read-only collectors of WSUS facts (server and client) for the wsus-doctor engine, and Invoke-WsusDiagnosis to collect and diagnose from PowerShell (KB 4025764, WSUS connection failures).'
    PowerShellVersion = '2.0'
    # Default table/list views and the RemediationText property of Invoke-WsusDiagnosis' WsusDoctor.Diagnosis objects.
    FormatsToProcess  = @('WsusDoctor.Format.ps1xml')
    TypesToProcess    = @('WsusDoctor.Types.ps1xml')
    FunctionsToExport = @('Get-WsusDoctorFact', 'Export-WsusDoctorFact', 'ConvertTo-WsusDoctorJson', 'Invoke-WsusDiagnosis')
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @()
    PrivateData       = @{
        PSData = @{
            # The installable copy (npm run build: dist/powershell/WsusDoctor/<version>) adds ProjectUri when package.json names one.
            Tags = @('WSUS', 'WindowsUpdate', 'ConfigMgr', 'Diagnostics')
        }
    }
}
