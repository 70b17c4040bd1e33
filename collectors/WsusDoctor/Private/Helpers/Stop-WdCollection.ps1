# Stop-WdCollection: how the entry script ends when it wrote no fact file - one line on stderr and a non-zero exit code.
function Stop-WdCollection {
    <#
    .SYNOPSIS
    Writes "Invoke-WsusDoctorCollection: <reason>" (one line) to stderr and exits the entry script with Code (2 bad parameter, 3 no fact file written, 1 unexpected failure); with -AsJson throws that line instead.
    #>
    # With -AsJson (remote collection) the entry script runs inside a script block, where exit would end
    # the remote pipeline without a word: the reason is thrown for the caller to report per machine.
    param([int] $Code, [string] $Reason, [switch] $AsJson)
    $line = 'Invoke-WsusDoctorCollection: ' + ($Reason -replace '[\r\n]+', ' ')
    if ($AsJson) { throw $line }
    [Console]::Error.WriteLine($line)
    exit $Code
}
