# WsusDoctor: host-only
# Invoke-WdRemoteCollection: runs the self-contained collector on remote machines through PowerShell remoting
# (fan-out with a throttle limit) and streams one entry per machine as it finishes: its JSON or the error that stopped it.
function Invoke-WdRemoteCollection {
    <#
    .SYNOPSIS
    Collects fact documents over PowerShell remoting (-ComputerName with the connection options, or -Session); writes ComputerName, Json and ErrorRecord per machine as soon as that machine is done.

    .DESCRIPTION
    One Invoke-Command fans out to every machine (-ThrottleLimit at a time). Its output and its
    errors are read as they arrive (2>&1): a machine's JSON document is passed on at once, and so
    is a connection failure (PSRemotingTransportException: the machine is done). Other errors of a
    machine (a collector that stopped) are kept, and a machine that sent no document gets them as
    its reason when Invoke-Command ends.
    #>
    [CmdletBinding(DefaultParameterSetName = 'ComputerName')]
    param(
        [Parameter(Mandatory = $true, ParameterSetName = 'ComputerName')] [string[]] $ComputerName,
        # PSSessions (typed loosely: Invoke-WsusDiagnosis checks the type; Invoke-Command takes them as they are).
        [Parameter(Mandatory = $true, ParameterSetName = 'Session')] [object[]] $Session,
        [Parameter(ParameterSetName = 'ComputerName')] [System.Management.Automation.PSCredential] $Credential,
        [Parameter(ParameterSetName = 'ComputerName')] [switch] $UseSSL,
        [Parameter(ParameterSetName = 'ComputerName')] [int] $Port,
        [Parameter(ParameterSetName = 'ComputerName')] [string] $Authentication,
        [Parameter(ParameterSetName = 'ComputerName')] [object] $SessionOption,
        [Parameter(ParameterSetName = 'ComputerName')] [string] $ConfigurationName,
        [int] $ThrottleLimit = 32,
        [Parameter(Mandatory = $true)] [string] $CollectorScript,
        [hashtable] $CollectorArguments = @{}
    )
    $text = [System.IO.File]::ReadAllText($CollectorScript)
    # The entry script is self-contained, so its text is all the remote side needs (even Windows PowerShell 2.0).
    # Its output is joined into one string, so that one output object means one machine done.
    $scriptBlock = [scriptblock]::Create("param([hashtable] `$WdArguments)`n`$wdOutput = & {`n$text`n} @WdArguments`n[string]::Join('', [string[]]@(`$wdOutput))")
    $arguments = @{}
    foreach ($key in $CollectorArguments.Keys) { $arguments[$key] = $CollectorArguments[$key] }
    $arguments['AsJson'] = $true
    $parameters = @{
        ScriptBlock   = $scriptBlock
        ArgumentList  = @(, $arguments)
        ThrottleLimit = $ThrottleLimit
        ErrorAction   = 'Continue'
    }
    $targets = New-Object System.Collections.ArrayList
    if ($PSCmdlet.ParameterSetName -eq 'Session') {
        $parameters['Session'] = $Session
        foreach ($item in $Session) { [void]$targets.Add([string]$item.ComputerName) }
    }
    else {
        $parameters['ComputerName'] = $ComputerName
        foreach ($item in $ComputerName) { [void]$targets.Add($item) }
        if ($null -ne $Credential) { $parameters['Credential'] = $Credential }
        if ($UseSSL) { $parameters['UseSSL'] = $true }
        if ($Port) { $parameters['Port'] = $Port }
        if ($Authentication) { $parameters['Authentication'] = $Authentication }
        if ($null -ne $SessionOption) { $parameters['SessionOption'] = $SessionOption }
        if ($ConfigurationName) { $parameters['ConfigurationName'] = $ConfigurationName }
    }

    $done = @{}
    $errors = @{}
    Invoke-Command @parameters 2>&1 | ForEach-Object {
        $item = $_
        if ($item -is [System.Management.Automation.ErrorRecord]) {
            $name = $null
            if ($null -ne $item.OriginInfo) { $name = [string]$item.OriginInfo.PSComputerName }
            if (-not $name -and $item.TargetObject -is [string]) { $name = [string]$item.TargetObject }
            if (-not $name -and $null -ne $item.TargetObject -and $null -ne $item.TargetObject.PSObject.Properties['ComputerName']) { $name = [string]$item.TargetObject.ComputerName }
            if (-not $name) { $name = [string]$item.CategoryInfo.TargetName }
            if (-not $name) { return }
            $transport = $item.Exception -is [System.Management.Automation.Remoting.PSRemotingTransportException] -or [string]$item.FullyQualifiedErrorId -like '*PSSessionStateBroken*'
            if ($transport -and -not $done.ContainsKey($name)) {
                $done[$name] = $true
                $entry = New-WdDictionary
                $entry['ComputerName'] = $name
                $entry['Json'] = $null
                $entry['ErrorRecord'] = $item
                return (New-Object PSObject -Property $entry)
            }
            if (-not $errors.ContainsKey($name)) { $errors[$name] = New-Object System.Collections.ArrayList }
            [void]$errors[$name].Add($item)
            return
        }
        $name = [string]$item.PSComputerName
        # An empty document is no document: the machine is reported with its errors at the end.
        if (-not $name -or $done.ContainsKey($name) -or -not [string]$item) { return }
        $done[$name] = $true
        $entry = New-WdDictionary
        $entry['ComputerName'] = $name
        $entry['Json'] = [string]$item
        $entry['ErrorRecord'] = $null
        New-Object PSObject -Property $entry
    }
    foreach ($name in $targets) {
        if ($done.ContainsKey($name)) { continue }
        $done[$name] = $true
        $record = $null
        if ($errors.ContainsKey($name)) { $record = $errors[$name][$errors[$name].Count - 1] }
        else {
            $exception = New-Object System.InvalidOperationException "The collector on $name returned no fact document."
            $record = New-Object System.Management.Automation.ErrorRecord $exception, 'NoFactDocument', ([System.Management.Automation.ErrorCategory]::InvalidResult), $name
        }
        $entry = New-WdDictionary
        $entry['ComputerName'] = $name
        $entry['Json'] = $null
        $entry['ErrorRecord'] = $record
        New-Object PSObject -Property $entry
    }
}
