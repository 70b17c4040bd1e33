# Get-WdIisMimeMap (probe): the WSUS site's effective staticContent from applicationHost.config when
# Microsoft.Web.Administration cannot be loaded (as here on Linux).

BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestHelpers.ps1')
    Import-Module $ModuleManifest -Force
    $script:Work = New-WdTestWorkFolder 'wd-mime'
    $script:Config = Write-WdTestFile 'applicationHost.config' @(
        '<?xml version="1.0" encoding="UTF-8"?>', '<configuration>', '  <system.webServer>', '    <staticContent>',
        '      <mimeMap fileExtension=".cab" mimeType="application/vnd.ms-cab-compressed" />', '      <mimeMap fileExtension=".MSU" mimeType="application/octet-stream" />',
        '      <mimeMap fileExtension=".wim" mimeType="application/x-ms-wim" />', '    </staticContent>', '  </system.webServer>',
        '  <location path="WSUS Administration">', '    <system.webServer>', '      <staticContent>', '        <remove fileExtension=".wim" />',
        '        <mimeMap fileExtension=".esd" mimeType="application/vnd.ms-cab-compressed" />', '      </staticContent>', '    </system.webServer>', '  </location>',
        '  <location path="Other Site">', '    <system.webServer>', '      <staticContent>', '        <clear />', '      </staticContent>', '    </system.webServer>', '  </location>', '</configuration>')
    # The probe returns one array; enumerate it so @() counts entries.
    function Get-Map([string] $Site) { $map = & (Get-Module WsusDoctor) { param($s, $p) Get-WdIisMimeMap -SiteName $s -WinDir 'C:\Windows' -ConfigPath $p } $Site $Config; foreach ($e in $map) { $e } }
}

AfterAll { if (Test-Path $Work) { Remove-Item -Recurse -Force $Work } }

Describe 'Get-WdIisMimeMap (applicationHost.config fallback)' {
    It 'merges the server level with the site location (remove honoured, extensions lower-cased)' {
        $map = @(Get-Map 'WSUS Administration')
        @($map | ForEach-Object FileExtension | Sort-Object) | Should -Be @('.cab', '.esd', '.msu')
        ($map | Where-Object FileExtension -eq '.esd').MimeType | Should -Be 'application/vnd.ms-cab-compressed'
    }

    It 'honours clear in another site and reads only the server level for a site without a location' {
        @(Get-Map 'Other Site').Count | Should -Be 0
        @(Get-Map 'Default Web Site').Count | Should -Be 3
    }

    It 'throws when the configuration cannot be read' {
        { & (Get-Module WsusDoctor) { Get-WdIisMimeMap -SiteName 'x' -ConfigPath '/nonexistent/applicationHost.config' } } | Should -Throw
    }
}
