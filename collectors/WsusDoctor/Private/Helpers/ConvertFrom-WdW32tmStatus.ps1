# ConvertFrom-WdW32tmStatus: the fields of `w32tm /query /status` output that tell whether the
# clock is synchronised (Source, Last Successful Sync Time), as text. Pure: reads nothing.
function ConvertFrom-WdW32tmStatus {
    <#
    .SYNOPSIS
    Parses `w32tm /query /status` lines; returns a dictionary with Source and LastSuccessfulSyncTime (raw text) for the labels it finds.
    .DESCRIPTION
    w32tm prints "Label: value" lines. Only the English labels are recognised; on other display
    languages the dictionary stays empty and the caller records that the output was not understood.
    "unspecified" (never synchronised) is left out.
    .OUTPUTS
    System.Collections.Specialized.OrderedDictionary: Source (string), LastSuccessfulSyncTime (string), both optional.
    .EXAMPLE
    ConvertFrom-WdW32tmStatus -Line @('Source: dc01.contoso.com', 'Last Successful Sync Time: 11/24/2026 11:12:40 AM')
    .EXAMPLE
    ConvertFrom-WdW32tmStatus -Line (w32tm /query /status)
    #>
    [CmdletBinding()]
    param([AllowNull()] [AllowEmptyCollection()] [string[]] $Line)
    $result = New-WdDictionary
    foreach ($text in @($Line)) {
        if ($null -eq $text) { continue }
        if ($text -match '^\s*Source\s*:\s*(.*?)\s*$') {
            if ($Matches[1]) { $result['Source'] = $Matches[1] }
        }
        elseif ($text -match '^\s*Last Successful Sync Time\s*:\s*(.*?)\s*$') {
            $value = $Matches[1]
            if ($value -and $value -notmatch '^unspecified$') { $result['LastSuccessfulSyncTime'] = $value }
        }
    }
    , $result
}
