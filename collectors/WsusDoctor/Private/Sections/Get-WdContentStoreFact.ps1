# Get-WdContentStoreFact: free space of the ContentDir volume, the IIS Content virtual directory's
# path against ContentDir\WsusContent, the content folder's ACL, and the WSUS site's MIME types for .msu .wim .psf .esd.
function Get-WdContentStoreFact {
    <#
    .SYNOPSIS
    Builds the contentStore section (servers); runs after the iis section, whose Content virtual directory and WSUS site it reuses.
    #>
    param([Parameter(Mandatory = $true)] $Context)
    $skip = Get-WdServerSectionSkip -Context $Context -What 'The content store'
    if ($null -ne $skip) { return , $skip }
    $contentDir = [string]$Context.WsusSetup['ContentDir']
    if (-not $contentDir) { return (New-WdSection -Status 'error' -Message 'ContentDir is not set in the WSUS setup registry key; the content store was not located.') }
    $section = New-WdSection
    $problems = New-Object System.Collections.ArrayList
    $section['expectedContentPath'] = Limit-WdText (Join-WdPath $contentDir 'WsusContent') 1024

    $iis = $Context.IisSection
    $iisOk = ($null -ne $iis -and [string]$iis['status'] -eq 'ok')
    if ($iisOk) {
        foreach ($app in @($iis['wsusApplications'])) {
            if ($null -ne $app -and [string]$app['name'] -eq 'Content' -and $app.Contains('physicalPath')) { $section['virtualDirectoryPath'] = $app['physicalPath'] }
        }
        if (-not $section.Contains('virtualDirectoryPath')) { [void]$problems.Add('The WSUS site has no Content virtual directory with a physical path.') }
    }
    else { [void]$problems.Add('The Content virtual directory and the MIME types were not read because the iis section is not ok.') }

    try {
        $volume = Get-WdVolumeSpace -Path $contentDir
        if ($null -ne $volume -and [long]$volume.TotalBytes -gt 0) {
            $section['volumeRoot'] = Limit-WdText ([string]$volume.Root) 1024
            $section['volumeTotalMB'] = [math]::Round([double]$volume.TotalBytes / 1MB, 1)
            $section['volumeFreeMB'] = [math]::Round([double]$volume.FreeBytes / 1MB, 1)
            $section['volumeFreePercent'] = [math]::Round(100.0 * [double]$volume.FreeBytes / [double]$volume.TotalBytes, 1)
        }
    }
    catch { [void]$problems.Add('Free space of ' + $contentDir + ': ' + (Get-WdErrorText $_)) }

    # The folder's ACL: IIS serves /Content as the anonymous user (IUSR) and the WsusPool identity (knowledge 7: 401.3 = NTFS ACL).
    $contentPath = [string]$section['expectedContentPath']
    if ($section.Contains('virtualDirectoryPath') -and $section['virtualDirectoryPath']) { $contentPath = [string]$section['virtualDirectoryPath'] }
    try {
        $rules = New-Object System.Collections.ArrayList
        foreach ($rule in @(Get-WdAccessRule -Path $contentPath)) {
            if ($null -eq $rule -or $rules.Count -ge 64) { continue }
            $entry = New-WdDictionary
            $entry['identity'] = Limit-WdText ([string]$rule.Identity) 256
            if ($rule.Sid) { $entry['sid'] = Limit-WdText ([string]$rule.Sid) 184 }
            $entry['rights'] = Limit-WdText ([string]$rule.Rights) 256
            $entry['type'] = $(if ([string]$rule.Type -eq 'Deny') { 'Deny' } else { 'Allow' })
            $entry['inherited'] = [bool]$rule.Inherited
            [void]$rules.Add($entry)
        }
        $acl = New-WdDictionary
        $acl['path'] = Limit-WdText $contentPath 1024
        $acl['rules'] = $rules.ToArray()
        $section['contentAcl'] = $acl
    }
    catch { [void]$problems.Add('ACL of ' + $contentPath + ': ' + (Get-WdErrorText $_)) }

    if ($iisOk -and $null -ne $Context.WsusSite) {
        $winDir = [string]$Context.Environment.WinDir
        if (-not $winDir) { $winDir = 'C:\Windows' }
        try {
            $map = Get-WdIisMimeMap -SiteName ([string]$Context.WsusSite['name']) -WinDir $winDir
            $map = @($map)
            $types = New-WdDictionary
            $missing = New-Object System.Collections.ArrayList
            foreach ($extension in @('.msu', '.wim', '.psf', '.esd')) {
                $found = $null
                foreach ($entry in $map) { if ($null -ne $entry -and ([string]$entry.FileExtension).ToLowerInvariant() -eq $extension) { $found = [string]$entry.MimeType } }
                if ($found) { $types[$extension] = Limit-WdText $found 255 } else { [void]$missing.Add($extension) }
            }
            $section['mimeTypes'] = $types
            $section['missingMimeExtensions'] = $missing.ToArray()
        }
        catch { [void]$problems.Add('MIME map of the WSUS site: ' + (Get-WdErrorText $_)) }
    }
    # Nothing read at all: the section is an error with every reason; otherwise it is ok and says what is missing.
    if ($problems.Count -gt 0 -and -not $section.Contains('virtualDirectoryPath') -and -not $section.Contains('volumeFreeMB') -and -not $section.Contains('missingMimeExtensions') -and -not $section.Contains('contentAcl')) {
        $section['status'] = 'error'
        Set-WdSectionMessage -Section $section -Message ($problems.ToArray() -join ' ')
    }
    elseif ($problems.Count -gt 0) { Set-WdSectionMessage -Section $section -Message ('Partly read. ' + ($problems.ToArray() -join ' ')) }
    , $section
}
