# WsusDoctor: host-only
# New-WdDiagnosisObject: one output object of Invoke-WsusDiagnosis (same properties for results and failures).
function New-WdDiagnosisObject {
    <#
    .SYNOPSIS
    Builds a WsusDoctor.Diagnosis object from one engine result, or a "failed" entry for a machine that could not be collected or diagnosed.
    #>
    [CmdletBinding()]
    param(
        [string] $ComputerName,
        [string] $Role,
        [string] $Status,
        [object] $Result,
        [string] $Message,
        [string] $FactFile
    )
    $properties = New-WdDictionary
    $properties['ComputerName'] = $ComputerName
    $properties['Role'] = $Role
    $properties['Status'] = $Status
    $properties['RuleId'] = $null
    $properties['Severity'] = $null
    $properties['Category'] = $null
    $properties['Title'] = $null
    $properties['Outcome'] = 'failed'
    $properties['Message'] = $Message
    $properties['Remediation'] = $null
    $properties['Reference'] = $null
    $properties['Evidence'] = $null
    $properties['FactFile'] = $FactFile
    if ($null -ne $Result) {
        $properties['RuleId'] = [string]$Result.ruleId
        $properties['Severity'] = [string]$Result.severity
        $properties['Category'] = [string]$Result.category
        $properties['Title'] = [string]$Result.title
        $properties['Outcome'] = [string]$Result.outcome
        $properties['Message'] = [string]$Result.message
        $properties['Remediation'] = (@($Result.remediation) | Where-Object { $_ }) -join ' '
        $first = @($Result.references | Where-Object { $null -ne $_ }) | Select-Object -First 1
        if ($null -ne $first) { $properties['Reference'] = [string]$first.url }
        $properties['Evidence'] = (@($Result.evidence | Where-Object { $null -ne $_ } | ForEach-Object { '{0}={1}' -f $_.path, (ConvertTo-WsusDoctorJson -InputObject $_.value -Compress) })) -join '; '
    }
    $object = New-Object PSObject -Property $properties
    $object.PSObject.TypeNames.Insert(0, 'WsusDoctor.Diagnosis')
    $object
}
