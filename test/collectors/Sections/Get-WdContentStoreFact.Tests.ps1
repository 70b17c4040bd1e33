# Get-WdContentStoreFact: ContentDir volume, Content virtual directory and MIME map (probes Get-WdVolumeSpace, Get-WdIisMimeMap mocked).

BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestHelpers.ps1')
    Import-Module $ModuleManifest -Force
    function New-WdTestContext([string] $Role = 'server', [string] $IisStatus = 'ok', [string] $ContentDir = 'D:\WSUS') {
        $setup = [System.Collections.Specialized.OrderedDictionary]::new(); $setup['ContentDir'] = $ContentDir
        $content = [System.Collections.Specialized.OrderedDictionary]::new(); $content['name'] = 'Content'; $content['kind'] = 'virtualDirectory'; $content['physicalPath'] = 'C:\WSUS\WsusContent'
        $iis = [System.Collections.Specialized.OrderedDictionary]::new(); $iis['status'] = $IisStatus; $iis['wsusApplications'] = @($content)
        $site = [System.Collections.Specialized.OrderedDictionary]::new(); $site['name'] = 'WSUS Administration'
        [pscustomobject]@{
            Role = $Role; WsusSetup = $setup; WsusSetupError = $null; IisSection = $iis; WsusSite = $(if ($IisStatus -eq 'ok') { $site } else { $null })
            Environment = [pscustomobject]@{ IsElevated = $true; WinDir = 'C:\Windows' }; Options = [pscustomobject]@{}
        }
    }
    function Invoke-WdContent($Context) { & (Get-Module WsusDoctor) { param($c) Get-WdContentStoreFact -Context $c } $Context }
    # The ACL probe is replaced in every test (never the real Get-Acl here); tests that look at it mock it again.
    Mock -ModuleName WsusDoctor Get-WdAccessRule { throw [System.UnauthorizedAccessException]::new('Attempted to perform an unauthorized operation.') }
}

Describe 'Get-WdContentStoreFact' {
    It 'records free space, both paths and the MIME types, listing the missing extensions' {
        Mock -ModuleName WsusDoctor Get-WdVolumeSpace { [pscustomobject]@{ Root = 'D:\'; TotalBytes = 500GB; FreeBytes = 15GB } }
        Mock -ModuleName WsusDoctor Get-WdIisMimeMap { , @([pscustomobject]@{ FileExtension = '.ESD'; MimeType = 'application/vnd.ms-cab-compressed' }, [pscustomobject]@{ FileExtension = '.wim'; MimeType = 'application/x-ms-wim' }) }
        $s = Invoke-WdContent (New-WdTestContext)
        $s['status'] | Should -Be 'ok'
        $s['expectedContentPath'] | Should -Be 'D:\WSUS\WsusContent'
        $s['virtualDirectoryPath'] | Should -Be 'C:\WSUS\WsusContent'
        $s['volumeRoot'] | Should -Be 'D:\'
        $s['volumeFreePercent'] | Should -Be 3
        $s['volumeFreeMB'] | Should -Be 15360
        $s['mimeTypes']['.esd'] | Should -Be 'application/vnd.ms-cab-compressed'
        @($s['missingMimeExtensions']) | Should -Be @('.msu', '.psf')
        Should -Invoke -ModuleName WsusDoctor Get-WdIisMimeMap -ParameterFilter { $SiteName -eq 'WSUS Administration' }
    }

    It 'reads the ACL of the Content virtual directory''s folder (identities, SIDs, rights, deny rules)' {
        Mock -ModuleName WsusDoctor Get-WdVolumeSpace { [pscustomobject]@{ Root = 'D:\'; TotalBytes = 100GB; FreeBytes = 50GB } }
        Mock -ModuleName WsusDoctor Get-WdIisMimeMap { , @() }
        Mock -ModuleName WsusDoctor Get-WdAccessRule {
            [pscustomobject]@{ Identity = 'NT AUTHORITY\SYSTEM'; Sid = 'S-1-5-18'; Rights = 'FullControl'; Type = 'Allow'; Inherited = $true }
            [pscustomobject]@{ Identity = 'Everyone'; Sid = 'S-1-1-0'; Rights = 'Read, Synchronize'; Type = 'Deny'; Inherited = $false }
            [pscustomobject]@{ Identity = 'S-1-5-21-1-2-3-500'; Sid = $null; Rights = '-1610612736'; Type = 'Allow'; Inherited = $false }
        }
        $s = Invoke-WdContent (New-WdTestContext)
        $s['status'] | Should -Be 'ok'
        $s['contentAcl']['path'] | Should -Be 'C:\WSUS\WsusContent'
        @($s['contentAcl']['rules']).Count | Should -Be 3
        $s['contentAcl']['rules'][1]['type'] | Should -Be 'Deny'
        $s['contentAcl']['rules'][1]['sid'] | Should -Be 'S-1-1-0'
        $s['contentAcl']['rules'][2].Contains('sid') | Should -BeFalse
        $s['contentAcl']['rules'][2]['rights'] | Should -Be '-1610612736'
        Should -Invoke -ModuleName WsusDoctor Get-WdAccessRule -Times 1 -Exactly -ParameterFilter { $Path -eq 'C:\WSUS\WsusContent' }
    }

    It 'reads ContentDir\WsusContent when there is no Content virtual directory, and records an unreadable ACL as partly read' {
        Mock -ModuleName WsusDoctor Get-WdVolumeSpace { [pscustomobject]@{ Root = 'D:\'; TotalBytes = 100GB; FreeBytes = 50GB } }
        Mock -ModuleName WsusDoctor Get-WdAccessRule { throw [System.UnauthorizedAccessException]::new('Attempted to perform an unauthorized operation.') }
        $s = Invoke-WdContent (New-WdTestContext -IisStatus 'notCollected')
        $s['status'] | Should -Be 'ok'
        $s.Contains('contentAcl') | Should -BeFalse
        $s['message'] | Should -BeLike '*ACL of D:\WSUS\WsusContent: Attempted to perform an unauthorized operation*'
        Should -Invoke -ModuleName WsusDoctor Get-WdAccessRule -ParameterFilter { $Path -eq 'D:\WSUS\WsusContent' }
    }

    It 'keeps what it read when the MIME map fails (partly read)' {
        Mock -ModuleName WsusDoctor Get-WdVolumeSpace { [pscustomobject]@{ Root = 'D:\'; TotalBytes = 100GB; FreeBytes = 50GB } }
        Mock -ModuleName WsusDoctor Get-WdIisMimeMap { throw [System.UnauthorizedAccessException]::new('Cannot read configuration file due to insufficient permissions') }
        $s = Invoke-WdContent (New-WdTestContext)
        $s['status'] | Should -Be 'ok'
        $s['message'] | Should -BeLike 'Partly read*insufficient permissions*'
        $s.Contains('missingMimeExtensions') | Should -BeFalse
        $s['volumeFreePercent'] | Should -Be 50
    }

    It 'is an error with every reason when nothing could be read' {
        Mock -ModuleName WsusDoctor Get-WdVolumeSpace { throw 'The free space of a UNC path is not measured: \\fs\wsus' }
        $s = Invoke-WdContent (New-WdTestContext -IisStatus 'notCollected' -ContentDir '\\fs\wsus')
        $s['status'] | Should -Be 'error'
        $s['message'] | Should -BeLike '*iis section is not ok*UNC path*'
        $s['expectedContentPath'] | Should -Be '\\fs\wsus\WsusContent'
    }

    It 'is notApplicable on clients' {
        (Invoke-WdContent (New-WdTestContext -Role 'client'))['status'] | Should -Be 'notApplicable'
    }
}
