# Get-WdServerSectionSkip: the shared gate of the WSUS-server-only sections (susdb, upstreamSync,
# contentStore, sslCertificate): notApplicable on clients and without the WSUS role, error when
# the WSUS setup key could not be read; $null when the section applies.
function Get-WdServerSectionSkip {
    <#
    .SYNOPSIS
    Returns the section to use instead of collecting (notApplicable / error with the reason), or $null when this machine has the WSUS role.
    #>
    param([Parameter(Mandatory = $true)] $Context, [Parameter(Mandatory = $true)] [string] $What)
    if ($Context.Role -ne 'server') { return (New-WdSection -Status 'notApplicable' -Message "$What is read on WSUS servers only; this machine is a client.") }
    if ($null -ne $Context.WsusSetupError) {
        return (New-WdSection -Status 'error' -Message ("$What was not read: the WSUS setup registry key could not be read: " + $Context.WsusSetupError))
    }
    if ($null -eq $Context.WsusSetup) {
        return (New-WdSection -Status 'notApplicable' -Message "$What is read where the WSUS role is installed; this machine has no HKLM\SOFTWARE\Microsoft\Update Services\Server\Setup key.")
    }
    $null
}
