# WsusDoctor: host-only
# Initialize-WdDiagnosisType: defines the enum [WsusDoctor.Severity] (Critical = 1 ... Info = 4, like event log levels) once per session.
function Initialize-WdDiagnosisType {
    <#
    .SYNOPSIS
    Defines [WsusDoctor.Severity] (Critical = 1, Error = 2, Warning = 3, Info = 4) when the session does not have it yet, and returns the type.

    .DESCRIPTION
    The numbers follow the Windows event log levels (1 Critical, 2 Error, 3 Warning, 4 Information),
    so `Sort-Object Severity` lists critical first and `Where-Object Severity -le Error` keeps
    critical and error. The enum is emitted with System.Reflection.Emit (milliseconds) rather than
    compiled with Add-Type (seconds with the C# compiler), in a dynamic assembly that the whole
    session sees, so [WsusDoctor.Severity] works in the caller's scripts too.
    #>
    [CmdletBinding()]
    param()
    $existing = 'WsusDoctor.Severity' -as [type]
    if ($null -ne $existing) { return $existing }
    $name = New-Object System.Reflection.AssemblyName 'WsusDoctor.DynamicTypes'
    $access = [System.Reflection.Emit.AssemblyBuilderAccess]::Run
    $assembly = $null
    # .NET (PowerShell 7): the static AssemblyBuilder method; .NET Framework (Windows PowerShell 5.1): the AppDomain's.
    if ($null -ne ([System.Reflection.Emit.AssemblyBuilder].GetMethod('DefineDynamicAssembly', [type[]]@([System.Reflection.AssemblyName], [System.Reflection.Emit.AssemblyBuilderAccess])))) {
        $assembly = [System.Reflection.Emit.AssemblyBuilder]::DefineDynamicAssembly($name, $access)
    }
    else {
        $assembly = [System.AppDomain]::CurrentDomain.DefineDynamicAssembly($name, $access)
    }
    $module = $assembly.DefineDynamicModule('WsusDoctor.DynamicTypes')
    $builder = $module.DefineEnum('WsusDoctor.Severity', [System.Reflection.TypeAttributes]::Public, [int])
    [void]$builder.DefineLiteral('Critical', [int]1)
    [void]$builder.DefineLiteral('Error', [int]2)
    [void]$builder.DefineLiteral('Warning', [int]3)
    [void]$builder.DefineLiteral('Info', [int]4)
    $builder.CreateType()
}
