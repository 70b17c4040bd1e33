# Invoke-WdSection: runs one section builder; whatever it throws becomes that section's data
# (status error + message) so that one failure never stops the collection.
function Invoke-WdSection {
    <#
    .SYNOPSIS
    Runs a section script block and returns its section, or { status = error, message } when it throws.
    #>
    param(
        [Parameter(Mandatory = $true)] [string] $Name,
        [Parameter(Mandatory = $true)] [scriptblock] $ScriptBlock
    )
    Write-Progress -Activity 'WSUS doctor: collecting facts' -Status $Name
    try {
        $section = & $ScriptBlock
        if ($null -eq $section) { return (New-WdSection -Status 'error' -Message "The $Name collector returned nothing.") }
        , $section
    }
    catch {
        Write-Verbose "Section $Name failed: $(Get-WdErrorText $_)"
        , (New-WdSection -Status 'error' -Message ("{0} could not be collected: {1}" -f $Name, (Get-WdErrorText $_)))
    }
}
