# Get-WdErrorText: one line of text for an ErrorRecord or exception, for a section's message.
function Get-WdErrorText {
    <#
    .SYNOPSIS
    Returns the message of an ErrorRecord or Exception as one line (innermost useful message, no stack trace).
    #>
    param([AllowNull()] [object] $ErrorObject)
    if ($null -eq $ErrorObject) { return 'unknown error' }
    $exception = $ErrorObject
    if ($ErrorObject -is [System.Management.Automation.ErrorRecord]) { $exception = $ErrorObject.Exception }
    $text = $null
    if ($exception -is [System.Exception]) {
        # MethodInvocationException and friends wrap the real error: report the inner one.
        while (($exception -is [System.Management.Automation.MethodInvocationException] -or
                $exception -is [System.Reflection.TargetInvocationException]) -and $null -ne $exception.InnerException) {
            $exception = $exception.InnerException
        }
        $text = $exception.Message
    }
    else {
        $text = [string]$ErrorObject
    }
    if (-not $text) { $text = 'unknown error' }
    Limit-WdText -Text (($text -replace '\s*[\r\n]+\s*', ' ').Trim()) -MaxLength 4000
}
