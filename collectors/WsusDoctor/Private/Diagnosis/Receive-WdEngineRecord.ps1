# WsusDoctor: host-only
# Receive-WdEngineRecord: turns one NDJSON line of the engine into WsusDoctor.Diagnosis objects (most severe first) and error records, keeping the run's tallies.
function Receive-WdEngineRecord {
    <#
    .SYNOPSIS
    Handles one NDJSON record: a machine gives its diagnoses (most severe first) or an ErrorRecord when its file could not be diagnosed; a rule catalogue is remembered; fleet findings are returned when -State.AllowFleet. Counts go into -State.

    .DESCRIPTION
    -State (a hashtable shared by every line of an Invoke-WsusDiagnosis call) holds: IncludeAll,
    AllowFleet, Catalogue (rule id -> metadata, from catalogue records), ByArgument (the command-line
    argument of each file -> its full path), Seen (files reported), Machines (count), Insufficient
    (checks that could not run), InsufficientMachines, Reasons (what was missing -> count), ReasonText and
    Failures (files or machines that could not be diagnosed: Name and Reason).

    The NDJSON of older and newer engines is accepted: a result carries its rule's title, severity
    and remediation itself, or names the rule by ruleId and a catalogue record (record or type
    "catalogue"/"catalog"/"rules"/"rule") seen earlier carries them.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)] [string] $Line, [Parameter(Mandatory = $true)] [hashtable] $State)
    $outcomes = @('fail', 'insufficientEvidence')
    $record = ConvertFrom-WdEngineRecord -Line $Line -Outcome $outcomes -AllOutcomes:([bool]$State.IncludeAll)
    switch -regex ($record.Record) {
        '^machine$' {
            $file = $record.File
            if ($file -and $State.ByArgument.ContainsKey($file)) { $file = $State.ByArgument[$file] }
            if ($file) { $State.Seen[$file] = $true }
            $State.Machines++
            $name = $record.ComputerName
            if (-not $name -and $file) { $name = [System.IO.Path]::GetFileNameWithoutExtension($file) }
            if ($record.Status -eq 'failed') {
                $code = ''
                $reason = 'the engine could not diagnose it'
                if ($record.Error -is [System.Collections.IDictionary]) {
                    $code = [string]$record.Error['code']
                    if ($record.Error['message']) { $reason = [string]$record.Error['message'] }
                    if ($record.Error['place']) { $reason += ' (at ' + [string]$record.Error['place'] + ')' }
                }
                $text = "Fact file $file could not be diagnosed: $reason"
                switch ($code) {
                    'E_NOT_FOUND' { $exception = New-Object System.Management.Automation.ItemNotFoundException $text; $category = [System.Management.Automation.ErrorCategory]::ObjectNotFound }
                    'E_IS_DIRECTORY' { $exception = New-Object System.ArgumentException $text; $category = [System.Management.Automation.ErrorCategory]::InvalidArgument }
                    'E_READ' { $exception = New-Object System.IO.IOException $text; $category = [System.Management.Automation.ErrorCategory]::ReadError }
                    default { $exception = New-Object System.IO.InvalidDataException $text; $category = [System.Management.Automation.ErrorCategory]::InvalidData }
                }
                $errorId = 'FactFileNotDiagnosed'
                if ($code) { $errorId = $code }
                $errorRecord = New-Object System.Management.Automation.ErrorRecord $exception, $errorId, $category, $file
                $errorRecord.ErrorDetails = New-Object System.Management.Automation.ErrorDetails $text
                $errorRecord.ErrorDetails.RecommendedAction = 'Collect the facts of this machine again (Invoke-WsusDoctorCollection.ps1), or fix the file as the message says.'
                [void]$State.Failures.Add((New-Object PSObject -Property @{ Name = [System.IO.Path]::GetFileName([string]$file); Reason = $reason }))
                $errorRecord
                return
            }
            if ($record.Status -ne 'diagnosed') {
                if ($record.Status -eq 'superseded') { Write-Verbose "$file is an older fact file of $name than $($record.SupersededBy): skipped." }
                return
            }
            $insufficient = 0
            if ($record.Summary -is [System.Collections.IDictionary] -and $null -ne $record.Summary['insufficientEvidence']) { $insufficient = [int]$record.Summary['insufficientEvidence'] }
            if ($insufficient -gt 0) { $State.Insufficient += $insufficient; $State.InsufficientMachines++ }
            $objects = New-Object System.Collections.ArrayList
            foreach ($result in $record.Results) {
                $outcome = [string]$result['outcome']
                if ($outcome -eq 'insufficientEvidence') {
                    # Why: what was missing (path and status), else the rule and its message (the first one seen stands for the rule).
                    $reasons = @()
                    foreach ($missing in @($result['missing'])) {
                        if ($missing -isnot [System.Collections.IDictionary]) { continue }
                        $why = [string]$missing['path'] + ' ' + ([string]$missing['status'] -creplace '([a-z])([A-Z])', '$1 $2').ToLowerInvariant()
                        if ($missing['message']) { $why += ' (' + [string]$missing['message'] + ')' }
                        $reasons += $why
                    }
                    if ($reasons.Count -eq 0) {
                        $key = [string]$result['ruleId']
                        if (-not $State.ReasonText.ContainsKey($key)) { $State.ReasonText[$key] = $key + ': ' + ([string]$result['message'] -replace '^Cannot tell:\s*', '' -replace '\.$', '') }
                        $reasons = @($State.ReasonText[$key])
                    }
                    foreach ($why in $reasons) { if ($State.Reasons.ContainsKey($why)) { $State.Reasons[$why]++ } else { $State.Reasons[$why] = 1 } }
                }
                if (-not $State.IncludeAll -and ($outcome -ne 'fail' -or $null -ne $result['waived'])) { continue }
                [void]$objects.Add((New-WdDiagnosisObject -ComputerName $name -Role $record.Role -Result $result -FactFile $file -Catalogue $State.Catalogue))
            }
            # Most severe first (Critical = 1), then by rule id; a result without a known severity last.
            if ($objects.Count -le 1) { return $objects }
            $objects | Sort-Object -Property @{ Expression = { if ($null -eq $_.Severity) { 99 } else { [int]$_.Severity } } }, RuleId
            return
        }
        '^(catalogue|catalog|rules|rule)$' {
            $body = $record.Body
            $rules = @()
            if ($null -ne $body['rules']) { $rules = $body['rules'] } else { $rules = @(, $body) }
            if ($rules -is [System.Collections.IDictionary]) {
                foreach ($key in @($rules.Keys)) { $State.Catalogue[[string]$key] = $rules[$key] }
                return
            }
            foreach ($rule in @($rules)) {
                if ($rule -isnot [System.Collections.IDictionary]) { continue }
                $id = $rule['ruleId']
                if (-not $id) { $id = $rule['id'] }
                if ($id) { $State.Catalogue[[string]$id] = $rule }
            }
            return
        }
        '^fleet$' {
            if (-not $State.AllowFleet) { return }
            $body = $record.Body
            if (-not $State.IncludeAll -and ([string]$body['outcome'] -ne 'fail' -or $null -ne $body['waived'])) { return }
            $machines = @(@($body['machines']) | Where-Object { $_ } | ForEach-Object { [string]$_ })
            $names = $machines
            if ($names.Count -eq 0) { $names = @([string]$body['subject']) }
            foreach ($machine in $names) { New-WdDiagnosisObject -ComputerName $machine -Role 'fleet' -Result $body -Catalogue $State.Catalogue -Machines $machines }
            return
        }
        '^summary$' { $State.SummarySeen = $true; return }
        default { return }
    }
}
