# Get-WdAccessRule (probe): the access rules of a folder's ACL, read-only.
function Get-WdAccessRule {
    <#
    .SYNOPSIS
    Probe: returns the access rules of the folder at Path as objects with Identity (DOMAIN\name as Windows shows it), Sid (S-1-...; $null when it cannot be translated), Rights (FileSystemRights as text, e.g. "ReadAndExecute, Synchronize" or a number for generic rights), Type (Allow or Deny) and Inherited. Reads the security descriptor only (Get-Acl); throws when the folder is missing or cannot be read.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)] [string] $Path)
    if (-not (Test-Path -LiteralPath $Path -PathType Container)) { throw "The folder does not exist: $Path" }
    $acl = Get-Acl -Path ([System.Management.Automation.WildcardPattern]::Escape($Path))
    $sidType = [System.Security.Principal.SecurityIdentifier]
    foreach ($rule in @($acl.Access)) {
        $sid = $null
        try { $sid = $rule.IdentityReference.Translate($sidType).Value } catch { $sid = $null }
        New-Object PSObject -Property @{
            Identity  = [string]$rule.IdentityReference.Value
            Sid       = $sid
            Rights    = [string]$rule.FileSystemRights
            Type      = [string]$rule.AccessControlType
            Inherited = [bool]$rule.IsInherited
        }
    }
}
