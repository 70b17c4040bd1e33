# WsusDoctor module: dot-sources one function per file from Private\ and Public\.
# Works on Windows PowerShell 2.0 ($PSScriptRoot exists in .psm1 files there, but $MyInvocation is used for clarity).
$moduleRoot = Split-Path -Parent $MyInvocation.MyCommand.Path
foreach ($folder in @('Private', 'Public')) {
    $folderPath = Join-Path $moduleRoot $folder
    foreach ($file in @(Get-ChildItem -Path $folderPath -Filter '*.ps1' | Sort-Object -Property Name)) {
        if ($null -eq $file) { continue }
        . $file.FullName
    }
}
Export-ModuleMember -Function @('Get-WsusDoctorFact', 'Export-WsusDoctorFact', 'ConvertTo-WsusDoctorJson', 'Invoke-WsusDiagnosis')
