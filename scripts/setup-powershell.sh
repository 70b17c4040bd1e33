#!/usr/bin/env bash
# Installs what the collector tests need into .tools/ (git-ignored), idempotently:
#   - PowerShell 7 as a .NET tool:   .tools/pwsh/pwsh
#   - Pester 5.7.1 from NuGet:       .tools/modules/Pester/Pester.psd1
# Only the .NET SDK and NuGet are needed (PSGallery is not used: a NuGet restore of the
# Pester package brings the module folder under tools/).
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

if [ ! -x "$tools/pwsh/pwsh" ]; then
  echo "setup-powershell: installing PowerShell $pwsh_version into .tools/pwsh" >&2
  dotnet tool install --tool-path "$tools/pwsh" PowerShell --version "$pwsh_version" >&2
fi

pester_psd1="$tools/modules/Pester/Pester.psd1"
if [ ! -f "$pester_psd1" ] || ! grep -q "ModuleVersion *= *'$pester_version'" "$pester_psd1"; then
  echo "setup-powershell: restoring Pester $pester_version from NuGet into .tools/nuget" >&2
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
  dotnet restore "$work/pester-restore.csproj" --packages "$tools/nuget" >&2
  src="$tools/nuget/pester/$pester_version/tools"
  if [ ! -f "$src/Pester.psd1" ]; then
    echo "setup-powershell: Pester.psd1 not found in the restored package ($src)" >&2
    exit 1
  fi
  rm -rf "$tools/modules/Pester"
  mkdir -p "$tools/modules"
  cp -R "$src" "$tools/modules/Pester"
fi

"$tools/pwsh/pwsh" -NoProfile -NoLogo -NonInteractive -Command \
  "\$m = Import-Module '$pester_psd1' -PassThru -ErrorAction Stop; 'setup-powershell: PowerShell ' + \$PSVersionTable.PSVersion + ', Pester ' + \$m.Version" >&2
