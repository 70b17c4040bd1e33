# Set-WdSectionMessage: puts the message right after status, where a reader looks first.
function Set-WdSectionMessage {
    <#
    .SYNOPSIS
    Sets the message of a section (cut to 4000 characters), placed right after status.
    #>
    param([Parameter(Mandatory = $true)] [System.Collections.Specialized.OrderedDictionary] $Section, [string] $Message)
    if (-not $Message) { return }
    $text = Limit-WdText $Message 4000
    if ($Section.Contains('message')) { $Section['message'] = $text }
    else { $Section.Insert(1, 'message', $text) }
}
