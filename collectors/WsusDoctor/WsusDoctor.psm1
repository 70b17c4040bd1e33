# WsusDoctor module: dot-sources one function per file from the rooms below, then exports the public ones.
#   Private\Helpers    serializer, parsing, log-line time and section helpers (pure: they read nothing)
#   Private\Probes     the only functions that read the system (the tests replace them with fixtures)
#   Private\Sections   one builder per fact-file section (os, updates, services, ..., logs), reading through probes
#   Private\Diagnosis  host-only helpers of Invoke-WsusDiagnosis (Node.js engine, remoting; not in the entry script)
#   Public             Get-WsusDoctorFact, Export-WsusDoctorFact, ConvertTo-WsusDoctorJson, Invoke-WsusDiagnosis
# collectors\build\Build-WsusDoctorCollector.ps1 embeds the same rooms, in the same order, in the entry script.
# Works on Windows PowerShell 2.0 ($PSScriptRoot exists in .psm1 files there, but $MyInvocation is used for clarity).
$moduleRoot = Split-Path -Parent $MyInvocation.MyCommand.Path
foreach ($folder in @('Private\Helpers', 'Private\Probes', 'Private\Sections', 'Private\Diagnosis', 'Public')) {
    $folderPath = Join-Path $moduleRoot $folder
    foreach ($file in @(Get-ChildItem -Path $folderPath -Filter '*.ps1' | Sort-Object -Property Name)) {
        if ($null -eq $file) { continue }
        . $file.FullName
    }
}
Export-ModuleMember -Function @('Get-WsusDoctorFact', 'Export-WsusDoctorFact', 'ConvertTo-WsusDoctorJson', 'Invoke-WsusDiagnosis')
