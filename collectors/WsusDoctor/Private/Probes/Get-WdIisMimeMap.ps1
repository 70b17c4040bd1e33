# Get-WdIisMimeMap (probe): the effective MIME map (system.webServer/staticContent) of one IIS site.
function Get-WdIisMimeMap {
    <#
    .SYNOPSIS
    Probe: returns the effective mimeMap entries (FileExtension, MimeType) of the site SiteName, read-only through Microsoft.Web.Administration, else from applicationHost.config (server level plus the site's location, clear/remove honoured). Throws when neither can be read.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [string] $SiteName,
        [string] $WinDir = $env:windir,
        [string] $ConfigPath
    )
    if (-not $ConfigPath) { $ConfigPath = Join-WdPath $WinDir 'System32\inetsrv\config\applicationHost.config' }
    $entries = New-Object System.Collections.ArrayList
    $manager = $null
    try {
        [void][System.Reflection.Assembly]::LoadFrom((Join-WdPath $WinDir 'System32\inetsrv\Microsoft.Web.Administration.dll'))
        $manager = New-Object Microsoft.Web.Administration.ServerManager
    }
    catch { $manager = $null }
    if ($null -ne $manager) {
        try {
            $section = $manager.GetApplicationHostConfiguration().GetSection('system.webServer/staticContent', $SiteName)
            foreach ($element in $section.GetCollection()) {
                $e = New-WdDictionary
                $e['FileExtension'] = [string]$element.GetAttributeValue('fileExtension')
                $e['MimeType'] = [string]$element.GetAttributeValue('mimeType')
                [void]$entries.Add((New-Object PSObject -Property $e))
            }
            return , $entries.ToArray()
        }
        finally { $manager.Dispose() }
    }
    $xml = New-Object System.Xml.XmlDocument
    $xml.XmlResolver = $null
    $xml.Load($ConfigPath)
    $map = New-WdDictionary
    $nodes = @($xml.SelectNodes('/configuration/system.webServer/staticContent'))
    foreach ($location in @($xml.SelectNodes('/configuration/location'))) {
        if ([string]$location.GetAttribute('path') -eq $SiteName) { $nodes += @($location.SelectNodes('system.webServer/staticContent')) }
    }
    foreach ($node in $nodes) {
        if ($null -eq $node) { continue }
        foreach ($child in $node.ChildNodes) {
            if ($child.NodeType -ne [System.Xml.XmlNodeType]::Element) { continue }
            $ext = ([string]$child.GetAttribute('fileExtension')).ToLowerInvariant()
            if ($child.Name -eq 'clear') { $map.Clear() }
            elseif ($child.Name -eq 'remove' -and $map.Contains($ext)) { $map.Remove($ext) }
            elseif ($child.Name -eq 'mimeMap' -and $ext) { $map[$ext] = [string]$child.GetAttribute('mimeType') }
        }
    }
    foreach ($key in $map.Keys) {
        $e = New-WdDictionary
        $e['FileExtension'] = $key
        $e['MimeType'] = $map[$key]
        [void]$entries.Add((New-Object PSObject -Property $e))
    }
    , $entries.ToArray()
}
