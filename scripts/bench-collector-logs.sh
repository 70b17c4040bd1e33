#!/usr/bin/env bash
# Benchmark of the collector's log probe on a big IIS log folder (not part of npm test).
# Generates a W3C log folder of ~2 GB under /tmp (one block written once, then duplicated with cat),
# runs the real probe (Get-WdLogExcerpt: directory listing + Read-WdFileTail tails, age filter,
# header recovery) under .tools/pwsh/pwsh, and prints wall time and peak memory. Deletes the folder.
# Usage: bash scripts/bench-collector-logs.sh [total-MB (default 2048)] [file-MB (default 128)]
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
total_mb="${1:-2048}"
file_mb="${2:-128}"
pwsh="$root/.tools/pwsh/pwsh"
[ -x "$pwsh" ] || bash scripts/setup-powershell.sh
bench="$(mktemp -d /tmp/wd-bench-iis.XXXXXX)"
trap 'rm -rf "$bench"' EXIT
site="$bench/W3SVC1572271583"
mkdir -p "$site"

# 1 MB block of realistic WSUS W3C lines dated today (so the 3-day age cap keeps them).
today="$(date -u +%Y-%m-%d)"
block="$bench/block.log"
{
  printf '#Software: Microsoft Internet Information Services 10.0\r\n#Version: 1.0\r\n#Date: %s 00:00:00\r\n' "$today"
  printf '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken\r\n'
} > "$bench/header.log"
awk -v d="$today" 'BEGIN {
  for (i = 0; i < 5600; i++) {
    s = (i % 97 == 0) ? 503 : 200;
    printf "%s %02d:%02d:%02d 10.2.0.16 POST /ClientWebService/client.asmx - 8530 - 10.2.%d.%d Windows-Update-Agent/10.0.10011.16384+Client-Protocol/2.0 - %d 0 0 %d\r\n", d, int(i/3600)%24, int(i/60)%60, i%60, int(i/250)%250, i%250, s, i%900
  }
}' > "$block"
block_bytes=$(stat -c %s "$block")
copies=$(( file_mb * 1024 * 1024 / block_bytes ))
files=$(( total_mb / file_mb ))
echo "bench: generating $files files of ~${file_mb} MB ($total_mb MB) in $site" >&2
gen_start=$(date +%s.%N)
# One file: header + the block repeated; the others are byte copies of it.
first="$site/u_ex$(date -u +%y%m%d)_00.log"
{ cat "$bench/header.log"; for ((i = 0; i < copies; i++)); do cat "$block"; done; } > "$first"
for ((f = 1; f < files; f++)); do cp "$first" "$site/u_ex$(date -u +%y%m%d)_$(printf %02d "$f").log"; done
# Newest file last written now, the others a few minutes apart.
for ((f = 0; f < files; f++)); do touch -d "-$(( files - f )) minutes" "$site/u_ex$(date -u +%y%m%d)_$(printf %02d "$f").log"; done
sync
gen_end=$(date +%s.%N)
size=$(du -sb "$site" | cut -f1)
echo "bench: folder $(( size / 1024 / 1024 )) MB in $(echo "$gen_end - $gen_start" | bc) s" >&2

cat > "$bench/probe.ps1" <<'PS1'
param([string] $Folder, [string] $Module, [string] $Mode)
Import-Module $Module
if ($Mode -eq 'baseline') { "baseline: module imported, no probe"; return }
$context = [pscustomobject]@{ Options = [pscustomobject]@{ MaxLogAgeDays = 3; MaxLogBytes = 4MB }; NowUtc = [datetime]::UtcNow }
foreach ($run in 'first call (cold)', 'second call (warm)') {
    $watch = [System.Diagnostics.Stopwatch]::StartNew()
    $section = & (Get-Module WsusDoctor) { param($c, $d) Get-WdLogExcerpt -Context $c -Format 'w3c' -Directory $d -Filter '*.log' } $context $Folder
    $probeMs = $watch.ElapsedMilliseconds
    $watch.Restart()
    $json = ConvertTo-WsusDoctorJson -InputObject $section
    $jsonMs = $watch.ElapsedMilliseconds
    $lines = 0; foreach ($f in $section['files']) { $lines += $f['lines'].Count }
    "probe, $run : Get-WdLogExcerpt $probeMs ms (listing + 4 MB tail + age filter + header), JSON $jsonMs ms ($([math]::Round($json.Length / 1MB, 1)) MB), files=$(@($section['files']).Count) lines=$lines"
}
"probe: $($section['message'])"
"probe: process peak working set $([math]::Round((Get-Process -Id $PID).PeakWorkingSet64 / 1MB)) MB"
PS1

module="$root/collectors/WsusDoctor/WsusDoctor.psd1"
run() {
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v "$pwsh" -NoProfile -NonInteractive -File "$bench/probe.ps1" -Folder "$site" -Module "$module" -Mode "$1" 2> "$bench/time.txt"
    grep -E 'Elapsed \(wall clock\)|Maximum resident set size' "$bench/time.txt" | sed 's/^\s*/  \/usr\/bin\/time: /'
  else
    "$pwsh" -NoProfile -NonInteractive -File "$bench/probe.ps1" -Folder "$site" -Module "$module" -Mode "$1"
  fi
}
echo "== pwsh start-up + module import only (baseline)"
run baseline
echo "== log probe on the $(( size / 1024 / 1024 )) MB IIS log folder (cold start of pwsh included)"
run probe
