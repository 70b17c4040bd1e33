# WsusDoctor: host-only
# Invoke-WdRemoteCollection: runs the self-contained collector on remote machines through PowerShell
# remoting (fan-out with a throttle limit) and returns one entry per machine: its JSON or the reason it failed.
function Invoke-WdRemoteCollection {
    <#
    .SYNOPSIS
    Collects fact documents from ComputerName over PowerShell remoting; returns ComputerName, Json (or $null) and Error (or $null) per machine.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [string[]] $ComputerName,
        [System.Management.Automation.PSCredential] $Credential,
        [int] $ThrottleLimit = 32,
        [Parameter(Mandatory = $true)] [string] $CollectorScript,
        [hashtable] $CollectorArguments = @{}
    )
    $text = [System.IO.File]::ReadAllText($CollectorScript)
    # The entry script is self-contained, so its text is all the remote side needs (even Windows PowerShell 2.0).
    $scriptBlock = [scriptblock]::Create("param([hashtable] `$WdArguments)`n& {`n$text`n} @WdArguments")
    $arguments = @{}
    foreach ($key in $CollectorArguments.Keys) { $arguments[$key] = $CollectorArguments[$key] }
    $arguments['AsJson'] = $true
    $parameters = @{
        ComputerName  = $ComputerName
        ScriptBlock   = $scriptBlock
        ArgumentList  = @(, $arguments)
        ThrottleLimit = $ThrottleLimit
        ErrorAction   = 'SilentlyContinue'
        ErrorVariable = 'remoteErrors'
    }
    if ($null -ne $Credential) { $parameters['Credential'] = $Credential }
    $remoteErrors = $null
    $outputs = @(Invoke-Command @parameters)

    $byComputer = @{}
    foreach ($output in $outputs) {
        if ($null -eq $output) { continue }
        $name = [string]$output.PSComputerName
        if (-not $byComputer.ContainsKey($name)) { $byComputer[$name] = New-Object System.Text.StringBuilder }
        [void]$byComputer[$name].Append([string]$output)
    }
    $failures = @{}
    foreach ($record in @($remoteErrors)) {
        if ($null -eq $record) { continue }
        $name = $null
        if ($null -ne $record.OriginInfo) { $name = [string]$record.OriginInfo.PSComputerName }
        if (-not $name -and $record.TargetObject -is [string]) { $name = [string]$record.TargetObject }
        if (-not $name) { $name = [string]$record.CategoryInfo.TargetName }
        if (-not $name) { continue }
        $message = $record.Exception.Message
        if ($failures.ContainsKey($name)) { $failures[$name] = $failures[$name] + ' ' + $message } else { $failures[$name] = $message }
    }
    foreach ($computer in $ComputerName) {
        $entry = New-WdDictionary
        $entry['ComputerName'] = $computer
        $entry['Json'] = $null
        $entry['Error'] = $null
        $key = $null
        foreach ($candidate in $byComputer.Keys) { if ($candidate -eq $computer) { $key = $candidate } }
        if ($null -ne $key -and $byComputer[$key].Length -gt 0) { $entry['Json'] = $byComputer[$key].ToString() }
        else {
            $reason = $null
            foreach ($candidate in $failures.Keys) { if ($candidate -eq $computer) { $reason = $failures[$candidate] } }
            if (-not $reason) { $reason = 'The remote collector returned no fact document.' }
            $entry['Error'] = $reason
        }
        New-Object PSObject -Property $entry
    }
}
