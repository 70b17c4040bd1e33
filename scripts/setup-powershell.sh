#!/usr/bin/env bash
# Installs what the collector tests need into .tools/ (git-ignored), idempotently:
#   - PowerShell 7 as a .NET tool:   .tools/pwsh/pwsh
#   - Pester 5.7.1 from NuGet:       .tools/modules/Pester/Pester.psd1
# Only the .NET SDK and NuGet are needed (PSGallery is not used: a NuGet restore of the
# Pester package brings the module folder under tools/).
# Quiet: one progress line while it installs; dotnet's own output goes to .tools/setup.log and
# is printed (to stderr) only when a step fails.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
tools="$root/.tools"
pwsh_version="7.6.9"
pester_version="5.7.1"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "setup-powershell: the .NET SDK (dotnet) is required to install PowerShell 7 and Pester." >&2
  exit 1
fi
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

pester_psd1="$tools/modules/Pester/Pester.psd1"
need_pwsh=0; need_pester=0
[ -x "$tools/pwsh/pwsh" ] || need_pwsh=1
if [ ! -f "$pester_psd1" ] || ! grep -q "ModuleVersion *= *'$pester_version'" "$pester_psd1"; then need_pester=1; fi
[ "$need_pwsh$need_pester" = "00" ] && exit 0

mkdir -p "$tools"
log="$tools/setup.log"
: > "$log"
# Runs a step with its output in the log; on failure prints the log and stops.
quietly() {
  if ! "$@" >>"$log" 2>&1; then
    echo "setup-powershell: failed: $*" >&2
    cat "$log" >&2
    exit 1
  fi
}
echo "setup-powershell: installing PowerShell $pwsh_version and Pester $pester_version into .tools/ (about a minute; log: .tools/setup.log)" >&2

if [ "$need_pwsh" = 1 ]; then
  quietly dotnet tool install --tool-path "$tools/pwsh" PowerShell --version "$pwsh_version" --verbosity quiet
fi

if [ "$need_pester" = 1 ]; then
  work="$tools/pester-restore"
  mkdir -p "$work"
  # A throwaway project whose only job is to download the Pester package (PackageDownload
  # needs no compatible target framework and pulls no dependencies).
  cat > "$work/pester-restore.csproj" <<CSPROJ
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>netstandard2.0</TargetFramework>
    <!-- No implicit NETStandard.Library package: the only download is Pester. -->
    <DisableImplicitFrameworkReferences>true</DisableImplicitFrameworkReferences>
  </PropertyGroup>
  <ItemGroup>
    <PackageDownload Include="Pester" Version="[$pester_version]" />
  </ItemGroup>
</Project>
CSPROJ
  quietly dotnet restore "$work/pester-restore.csproj" --packages "$tools/nuget" --verbosity quiet
  src="$tools/nuget/pester/$pester_version/tools"
  if [ ! -f "$src/Pester.psd1" ]; then
    echo "setup-powershell: Pester.psd1 not found in the restored package ($src)" >&2
    exit 1
  fi
  rm -rf "$tools/modules/Pester"
  mkdir -p "$tools/modules"
  cp -R "$src" "$tools/modules/Pester"
fi

# The installed pair must load together (output only on failure).
quietly "$tools/pwsh/pwsh" -NoProfile -NoLogo -NonInteractive -Command \
  "\$m = Import-Module '$pester_psd1' -PassThru -ErrorAction Stop; 'setup-powershell: PowerShell ' + \$PSVersionTable.PSVersion + ', Pester ' + \$m.Version"
