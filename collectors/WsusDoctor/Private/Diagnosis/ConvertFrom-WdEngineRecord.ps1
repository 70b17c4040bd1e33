# WsusDoctor: host-only
# ConvertFrom-WdEngineRecord: one NDJSON line of `wsus-doctor batch --format ndjson` as a hashtable, keeping only the results asked for.
function ConvertFrom-WdEngineRecord {
    <#
    .SYNOPSIS
    Parses one NDJSON record of the engine (machine, fleet, server, summary, or a rule catalogue) and returns a hashtable; of a machine's results only those whose outcome is in -Outcome are converted.

    .DESCRIPTION
    A machine line holds every rule's result (about 90), of which Invoke-WsusDiagnosis usually
    shows a few: converting all of them to PowerShell objects is what made the old front end slow.
    PowerShell 7 parses the line with System.Text.Json (native code) and converts only the kept
    results; Windows PowerShell 5.1 parses it with JavaScriptSerializer (also native code, into
    dictionaries). The result is the same on both:

    Record (machine, fleet, server, summary, catalogue, ...), and for a machine: File,
    ComputerName, Fqdn, Role, Status, Error, SupersededBy, Summary (outcome counts) and Results
    (the kept results, each an IDictionary with the record's own keys); for any other record:
    Body (the whole record as dictionaries).
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [string] $Line,
        [string[]] $Outcome = @('fail', 'insufficientEvidence'),
        [switch] $AllOutcomes
    )
    $out = @{ Record = $null; File = $null; ComputerName = $null; Fqdn = $null; Role = $null; Status = $null; Error = $null; SupersededBy = $null; Summary = $null; Results = (New-Object System.Collections.ArrayList); Body = $null }
    if ($PSVersionTable.PSEdition -eq 'Core') {
        $document = [System.Text.Json.JsonDocument]::Parse($Line)
        try {
            $root = $document.RootElement
            $value = New-Object System.Text.Json.JsonElement
            $kind = $null
            if ($root.TryGetProperty('record', [ref]$value)) { $kind = $value.GetString() }
            elseif ($root.TryGetProperty('type', [ref]$value)) { $kind = $value.GetString() }
            $out.Record = $kind
            $parseError = $null
            if ($kind -ne 'machine') {
                $out.Body = [Microsoft.PowerShell.Commands.JsonObject]::ConvertFromJson($Line, $true, 256, [ref]$parseError)
                return $out
            }
            foreach ($name in @('file', 'computerName', 'fqdn', 'role', 'status', 'supersededBy')) {
                if ($root.TryGetProperty($name, [ref]$value) -and [string]$value.ValueKind -eq 'String') { $out[$name] = $value.GetString() }
            }
            if ($root.TryGetProperty('error', [ref]$value) -and [string]$value.ValueKind -eq 'Object') { $out.Error = [Microsoft.PowerShell.Commands.JsonObject]::ConvertFromJson($value.GetRawText(), $true, 256, [ref]$parseError) }
            if ($root.TryGetProperty('summary', [ref]$value) -and [string]$value.ValueKind -eq 'Object') { $out.Summary = [Microsoft.PowerShell.Commands.JsonObject]::ConvertFromJson($value.GetRawText(), $true, 256, [ref]$parseError) }
            if ($root.TryGetProperty('results', [ref]$value) -and [string]$value.ValueKind -eq 'Array') {
                # The hot loop (every result of every machine): as few PowerShell operations as possible.
                $all = $AllOutcomes.IsPresent
                $kept = $out.Results
                foreach ($result in $value.EnumerateArray()) {
                    if ($all -or $Outcome -contains $result.GetProperty('outcome').GetString()) {
                        [void]$kept.Add([Microsoft.PowerShell.Commands.JsonObject]::ConvertFromJson($result.GetRawText(), $true, 256, [ref]$parseError))
                    }
                }
            }
        }
        finally { $document.Dispose() }
        return $out
    }
    # Windows PowerShell 5.1: JavaScriptSerializer (System.Web.Extensions, .NET Framework 4) gives Dictionary<string, object> and object[].
    if ($null -eq $script:WdJsonSerializer) {
        Add-Type -AssemblyName System.Web.Extensions
        $script:WdJsonSerializer = New-Object System.Web.Script.Serialization.JavaScriptSerializer
        $script:WdJsonSerializer.MaxJsonLength = [int]::MaxValue
        $script:WdJsonSerializer.RecursionLimit = 256
    }
    $root = $script:WdJsonSerializer.DeserializeObject($Line)
    $kind = $root['record']
    if ($null -eq $kind) { $kind = $root['type'] }
    $out.Record = [string]$kind
    if ($out.Record -ne 'machine') { $out.Body = $root; return $out }
    foreach ($name in @('file', 'computerName', 'fqdn', 'role', 'status', 'supersededBy')) { if ($root[$name] -is [string]) { $out[$name] = $root[$name] } }
    $out.Error = $root['error']
    $out.Summary = $root['summary']
    foreach ($result in @($root['results'])) {
        if ($null -eq $result) { continue }
        if ($AllOutcomes.IsPresent -or $Outcome -contains [string]$result['outcome']) { [void]$out.Results.Add($result) }
    }
    $out
}
