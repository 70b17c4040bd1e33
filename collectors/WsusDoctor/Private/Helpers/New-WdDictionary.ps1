# New-WdDictionary: an ordered dictionary (Windows PowerShell 2.0 has no [ordered]).
function New-WdDictionary {
    <#
    .SYNOPSIS
    Returns a new, empty System.Collections.Specialized.OrderedDictionary (keys keep their insertion order).
    #>
    # The comma keeps PowerShell from enumerating the (empty) dictionary on output.
    , (New-Object System.Collections.Specialized.OrderedDictionary)
}
