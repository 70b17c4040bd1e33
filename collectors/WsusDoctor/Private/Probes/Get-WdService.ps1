# Get-WdService (probe): state and start type of the named services that exist.
function Get-WdService {
    <#
    .SYNOPSIS
    Probe: returns one object per installed service among Name (Name, DisplayName, Status, StartType, DelayedAutoStart); services that are not installed are left out.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [string[]] $Name
    )
    foreach ($serviceName in $Name) {
        $service = Get-Service -Name $serviceName -ErrorAction SilentlyContinue
        if ($null -eq $service) { continue }
        $startType = $null
        $delayed = $false
        try {
            # ServiceController.StartType needs .NET 4.6.1; the service's registry key works everywhere.
            $key = [Microsoft.Win32.Registry]::LocalMachine.OpenSubKey("SYSTEM\CurrentControlSet\Services\$($service.ServiceName)", $false)
            if ($null -ne $key) {
                $start = $key.GetValue('Start', $null)
                $delayed = ($key.GetValue('DelayedAutostart', 0) -eq 1)
                $key.Close()
                switch ($start) {
                    0 { $startType = 'Boot' }
                    1 { $startType = 'System' }
                    2 { $startType = 'Automatic' }
                    3 { $startType = 'Manual' }
                    4 { $startType = 'Disabled' }
                }
            }
        }
        catch { $startType = $null }
        $entry = New-WdDictionary
        $entry['Name'] = [string]$service.ServiceName
        $entry['DisplayName'] = [string]$service.DisplayName
        $entry['Status'] = [string]$service.Status
        $entry['StartType'] = $startType
        $entry['DelayedAutoStart'] = [bool]$delayed
        New-Object PSObject -Property $entry
    }
}
