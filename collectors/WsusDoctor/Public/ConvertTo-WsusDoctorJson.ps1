# ConvertTo-WsusDoctorJson: the collector's own JSON serializer.
# Why not ConvertTo-Json: Windows PowerShell 2.0 has none, 5.1 truncates silently at depth 2 and
# writes dates as \/Date(...)\/, and 7 formats differently again. One small serializer used on
# every version gives byte-identical output everywhere.
function ConvertTo-WsusDoctorJson {
    <#
    .SYNOPSIS
    Converts hashtables, ordered dictionaries, arrays and simple values to JSON text, identically on Windows PowerShell 2.0, 5.1 and PowerShell 7.

    .DESCRIPTION
    A small, dependency-free JSON writer used by the WSUS doctor collector instead of ConvertTo-Json
    (absent on Windows PowerShell 2.0, depth-limited on 5.1).

    - Dictionaries (Hashtable, OrderedDictionary) become objects, in their enumeration order; build
      documents with System.Collections.Specialized.OrderedDictionary for a fixed key order.
    - PSCustomObjects become objects (their properties in order).
    - Arrays and other enumerables become arrays.
    - Strings are escaped per RFC 8259; control characters and every non-ASCII character are written
      as \uXXXX, so the output is pure ASCII and identical whatever encoding is used to save it.
    - Numbers use the invariant culture; NaN and infinities become null.
    - Dates become ISO 8601 UTC strings (2024-05-01T10:00:00.000Z); enums their names; anything else its ToString().

    The command only formats data: it reads and changes nothing on the system.

    .PARAMETER InputObject
    The value to convert.

    .PARAMETER Compress
    Write everything on one line instead of indenting with two spaces.

    .PARAMETER MaxDepth
    Nesting limit (default 32); deeper values are written as their ToString() text.

    .OUTPUTS
    System.String. The JSON text.

    .EXAMPLE
    $doc = New-Object System.Collections.Specialized.OrderedDictionary
    $doc['name'] = 'WSUS01'; $doc['port'] = 8530
    ConvertTo-WsusDoctorJson $doc -Compress

    Returns {"name":"WSUS01","port":8530}.

    .EXAMPLE
    Get-WsusDoctorFact | ConvertTo-WsusDoctorJson | Set-Variable json

    Collects the facts of this machine and keeps their JSON text in $json.

    .EXAMPLE
    ConvertTo-WsusDoctorJson @{ when = (Get-Date); text = "tab`there" } -Compress

    Dates become ISO 8601 UTC strings, control characters are escaped.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true)]
        [AllowNull()]
        [object] $InputObject,

        [switch] $Compress,

        [int] $MaxDepth = 32
    )
    process {
        $builder = New-Object System.Text.StringBuilder
        Add-WdJsonValue -Builder $builder -Value $InputObject -Level 0 -Compress ([bool]$Compress) -MaxDepth $MaxDepth
        $builder.ToString()
    }
}
