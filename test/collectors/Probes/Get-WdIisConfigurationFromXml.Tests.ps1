# Get-WdIisConfigurationFromXml (probe fallback): applicationHost.config read when Microsoft.Web.Administration is missing.

BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestHelpers.ps1')
    Import-Module $ModuleManifest -Force
}

Describe 'Get-WdIisConfigurationFromXml' {
    It 'reads applicationHost.config when Microsoft.Web.Administration is missing (defaults and locations filled in)' {
        $config = Join-Path $RepoRoot 'test' 'fixtures' 'collectors' 'applicationHost.config'
        $iis = & (Get-Module WsusDoctor) { param($p) Get-WdIisConfigurationFromXml -Path $p -SiteId 1572271583 } $config
        $pool = $iis.AppPools | Where-Object Name -eq 'WsusPool'
        $pool.QueueLength | Should -Be '2000'
        $pool.PeriodicRestartTime | Should -Be '00:00:00'
        $pool.MaxProcesses | Should -Be '1'
        ($iis.AppPools | Where-Object Name -eq 'DefaultAppPool').PeriodicRestartTime | Should -Be '1.05:00:00'
        $site = $iis.Sites | Where-Object Id -eq 1572271583
        $site.LogDirectory | Should -Be 'D:\IISLogs'
        ($iis.Sites | Where-Object Id -eq 1).LogDirectory | Should -Be '%SystemDrive%\inetpub\logs\LogFiles'
        $site.ConnectionTimeout | Should -Be '00:05:20'
        $client = $iis.Applications | Where-Object Path -eq '/ClientWebService'
        $client.SslFlags | Should -Be 'Ssl, SslNegotiateCert'
        $client.AnonymousAuthentication | Should -Be 'true'
        $api = $iis.Applications | Where-Object Path -eq '/ApiRemoting30'
        $api.AnonymousAuthentication | Should -Be 'false'
        $api.WindowsAuthentication | Should -Be 'true'
        ($iis.Applications | Where-Object Path -eq '/Content').PhysicalPath | Should -Be '\\fileserver\WsusContent'
    }
}
