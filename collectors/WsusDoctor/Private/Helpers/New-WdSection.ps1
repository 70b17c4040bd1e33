# New-WdSection: the status/message head that every fact section starts with.
function New-WdSection {
    <#
    .SYNOPSIS
    Returns an ordered dictionary { status, message? } for a fact section (status: ok, error, notApplicable, notCollected).
    #>
    param(
        [ValidateSet('ok', 'error', 'notApplicable', 'notCollected')]
        [string] $Status = 'ok',
        [string] $Message
    )
    $section = New-WdDictionary
    $section['status'] = $Status
    if ($Message) { $section['message'] = (Limit-WdText -Text $Message -MaxLength 4000) }
    , $section
}
