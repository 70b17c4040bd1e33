# WsusDoctor: host-only
# New-WdDiagnosisObject: one WsusDoctor.Diagnosis output object of Invoke-WsusDiagnosis from one engine result.
function New-WdDiagnosisObject {
    <#
    .SYNOPSIS
    Builds a WsusDoctor.Diagnosis object from one engine result (a dictionary of the NDJSON report); rule metadata missing from the result (title, severity, remediation, ...) comes from -Catalogue.
    #>
    [CmdletBinding()]
    param(
        [string] $ComputerName,
        [string] $Role,
        [Parameter(Mandatory = $true)] [System.Collections.IDictionary] $Result,
        [string] $FactFile,
        [System.Collections.IDictionary] $Catalogue,
        [string[]] $Machines
    )
    $rule = $null
    if ($null -ne $Catalogue -and $Result['ruleId']) { $rule = $Catalogue[[string]$Result['ruleId']] }
    $field = @{}
    foreach ($name in @('ruleId', 'ref', 'title', 'severity', 'category', 'outcome', 'message', 'remediation', 'references', 'evidence', 'missing', 'waived')) {
        $value = $Result[$name]
        if ($null -eq $value -and $null -ne $rule) { $value = $rule[$name] }
        $field[$name] = $value
    }
    $severity = $null
    if ($field['severity']) { $severity = [string]$field['severity'] -as [WsusDoctor.Severity] }
    $references = @(@($field['references']) | Where-Object { $null -ne $_ } | ForEach-Object { if ($_ -is [System.Collections.IDictionary]) { [string]$_['url'] } else { [string]$_ } })
    $evidence = New-Object System.Collections.ArrayList
    foreach ($item in @($field['evidence'])) {
        if ($item -isnot [System.Collections.IDictionary]) { continue }
        $value = $item['value']
        $text = 'null'
        if (@($item.Keys) -contains 'value') {
            if ($value -is [string]) { $text = ConvertTo-WdJsonString -Text $value }
            elseif ($value -is [bool]) { $text = ([string]$value).ToLowerInvariant() }
            elseif ($value -is [System.ValueType]) { $text = [System.Convert]::ToString($value, [System.Globalization.CultureInfo]::InvariantCulture) }
            elseif ($null -ne $value) { $text = ConvertTo-WsusDoctorJson -InputObject $value -Compress }
        }
        else { $text = '(not collected)' }
        [void]$evidence.Add(('{0} = {1}' -f $item['path'], $text))
    }
    $missing = New-Object System.Collections.ArrayList
    foreach ($item in @($field['missing'])) {
        if ($item -isnot [System.Collections.IDictionary]) { continue }
        $text = [string]$item['path'] + ': ' + [string]$item['status']
        if ($item['message']) { $text += ' (' + [string]$item['message'] + ')' }
        [void]$missing.Add($text)
    }

    $properties = New-WdDictionary
    $properties['ComputerName'] = $ComputerName
    $properties['Role'] = $Role
    $properties['Severity'] = $severity
    $properties['RuleId'] = [string]$field['ruleId']
    $properties['Ref'] = [string]$field['ref']
    $properties['Title'] = [string]$field['title']
    $properties['Category'] = [string]$field['category']
    $properties['Outcome'] = [string]$field['outcome']
    $properties['Message'] = [string]$field['message']
    $properties['Remediation'] = [string[]]@(@($field['remediation']) | Where-Object { $_ } | ForEach-Object { [string]$_ })
    $properties['Reference'] = $null
    if ($references.Count -gt 0) { $properties['Reference'] = $references[0] }
    $properties['References'] = [string[]]$references
    $properties['Evidence'] = [string[]]$evidence.ToArray()
    $properties['MissingEvidence'] = [string[]]$missing.ToArray()
    $properties['Waived'] = ($null -ne $field['waived'])
    $properties['Machines'] = [string[]]@($Machines | Where-Object { $_ })
    $properties['FactFile'] = $FactFile
    $object = New-Object PSObject -Property $properties
    $object.PSObject.TypeNames.Insert(0, 'WsusDoctor.Diagnosis')
    $object
}
