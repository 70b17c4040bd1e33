# Resolve-WdCollectionParameter: checks the entry script's parameters (given as text) and converts them, or says in one line what is wrong.
function Resolve-WdCollectionParameter {
    <#
    .SYNOPSIS
    Returns a hashtable with Role, MaxLogAgeDays, MaxConfigMgrLogAgeDays, MaxLogSizeMB, MaxEvents, WindowsUpdateLogTimeoutSeconds and SqlTimeoutSeconds converted (numbers read with the invariant culture) and Error: $null, or one line naming the first bad parameter, its value and what is allowed.
    #>
    param([hashtable] $Parameter)
    $result = @{ Error = $null }
    $unknown = @($Parameter['UnknownArgument'] | Where-Object { $null -ne $_ -and [string]$_ -ne '' })
    if ($unknown.Count -gt 0) {
        $valid = '-OutFile, -Role, -MaxLogAgeDays, -MaxConfigMgrLogAgeDays, -MaxLogSizeMB, -MaxEvents, -WindowsUpdateLogTimeoutSeconds, -SkipWindowsUpdateLog, -SqlTimeoutSeconds, -SkipSusdb, -Redact, -RedactKey, -AsJson, -Quiet'
        $result.Error = 'unknown parameter or extra value "' + [string]$unknown[0] + '" (parameters: ' + $valid + ')'
        return $result
    }
    $role = [string]$Parameter['Role']
    $roles = @('Auto', 'Server', 'Client')
    $matched = @($roles | Where-Object { $_ -eq $role })
    if ($matched.Count -eq 0) {
        $result.Error = '-Role "' + $role + '" is not one of Auto, Server, Client'
        return $result
    }
    $result.Role = $matched[0]
    # Name, minimum, maximum, whole number.
    $numbers = @(
        @('MaxLogAgeDays', 0, 3650, $false), @('MaxConfigMgrLogAgeDays', 0, 3650, $false), @('MaxLogSizeMB', 0, 1024, $false),
        @('MaxEvents', 1, 5000, $true), @('WindowsUpdateLogTimeoutSeconds', 1, 3600, $true), @('SqlTimeoutSeconds', 1, 600, $true)
    )
    $culture = [System.Globalization.CultureInfo]::InvariantCulture
    foreach ($n in $numbers) {
        $name = $n[0]
        $text = ([string]$Parameter[$name]).Trim()
        $value = 0.0
        $ok = [double]::TryParse($text, [System.Globalization.NumberStyles]::Float, $culture, [ref]$value)
        $kind = 'a number'
        if ($n[3]) { $kind = 'a whole number'; $ok = $ok -and ($value -eq [math]::Floor($value)) }
        if (-not $ok -or $value -lt $n[1] -or $value -gt $n[2]) {
            $result.Error = '-' + $name + ' "' + $text + '" is not ' + $kind + ' from ' + $n[1] + ' to ' + $n[2]
            return $result
        }
        if ($n[3]) { $result[$name] = [int]$value } else { $result[$name] = $value }
    }
    if ([string]$Parameter['RedactKey'] -ne '' -and -not $Parameter['Redact']) {
        $result.Error = '-RedactKey is given without -Redact: add -Redact to redact the fact file'
        return $result
    }
    $result
}
