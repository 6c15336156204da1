#!/usr/bin/env bash
# Runs every analyzer of an AutoInstrument.Generators.dll over a real code base and lists what fired.
#
#   analyze-repo.sh <repo-dir> <sln-or-csproj> [AutoInstrument.Generators.dll]   build it with the analyzers injected
#   analyze-repo.sh <repo-dir> --sources      [AutoInstrument.Generators.dll]   compile its .cs files without building
#
# The dll defaults to this checkout's Release build. Environment:
#   OUT=dir          where the results go (default /work/realcode/results/<repo-name>)
#   MSBUILD_ARGS=... extra restore/build arguments, e.g. "-p:TargetFrameworks=net10.0"
#   TIMING_RUNS=n    also time n clean builds without and n with the analyzers and print the medians (build mode only)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "${1:?repo dir}" && pwd)"
target="${2:?sln, csproj or --sources}"
dll="$(realpath "${3:-$here/../../src/AutoInstrument.Generators/bin/Release/netstandard2.0/AutoInstrument.Generators.dll}")"
out="${OUT:-/work/realcode/results/$(basename "$repo")}"
read -r -a extra <<< "${MSBUILD_ARGS:-}"
[[ -f "$dll" ]] || { echo "no analyzer assembly at $dll (build src/AutoInstrument.Generators in Release)" >&2; exit 1; }
mkdir -p "$out"
# The code base's global.json may pin an SDK that is not installed: run dotnet from outside it.
cd "$out"

relaxed=(-p:TreatWarningsAsErrors=false -p:CodeAnalysisTreatWarningsAsErrors=false -p:MSBuildTreatWarningsAsErrors=false -nologo)
injected=(-p:CustomAfterMicrosoftCommonTargets="$here/inject.targets" -p:AutoInstrumentAnalyzerPath="$dll")

clean_build() {
  dotnet build "$repo/$target" --no-restore --no-incremental "${relaxed[@]}" "${extra[@]}" "$@"
}

seconds() {
  local start end
  start=$(date +%s.%N)
  clean_build -v:q -clp:NoSummary "$@" > /dev/null
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

if [[ "$target" == "--sources" ]]; then
  dotnet run --project "$here/SourceAnalyzer/SourceAnalyzer.csproj" -c Release -- "$repo" "$dll" > "$out/build.log"
else
  dotnet restore "$repo/$target" "${relaxed[@]}" "${extra[@]}" -v:q > "$out/restore.log"
  clean_build "${injected[@]}" -p:ReportAnalyzer=true -v:q -clp:NoSummary \
    -flp:"verbosity=detailed;logfile=$out/build.log" > /dev/null || echo "build failed: see $out/build.log" >&2
fi

# One line per file, position and rule: multi-targeted projects report the same diagnostic once per target.
grep -oE "[^ >]+\([0-9]+,[0-9]+\): warning AI[0-9]{4}: .*" "$out/build.log" \
  | sed -E 's/ \[[^]]*\]$//; s/ \(https?:[^)]*\)$//; s/: warning (AI[0-9]{4}):/: \1:/' \
  | sed "s|^$repo/||" | sort -u > "$out/diagnostics.txt" || true

echo "$(basename "$repo") @ $(git -C "$repo" rev-parse --short HEAD): $(wc -l < "$out/diagnostics.txt") diagnostics in $out/diagnostics.txt"
printf '%-8s %s\n' rule fired
grep -oE ": AI[0-9]{4}:" "$out/diagnostics.txt" | tr -d ': ' | sort | uniq -c | awk '{ printf "%-8s %s\n", $2, $1 }' || true

if [[ "$target" != "--sources" ]]; then
  echo "per-analyzer time, summed over the compilations (s):"
  grep -E "^ +[0-9.<]+ +[0-9<]+ +AutoInstrument\.Generators\.[A-Za-z.]+" "$out/build.log" \
    | awk '{ sub(/AutoInstrument\.Generators\.(Analyzers\.)?/, "", $3); t[$3 " " $4] += ($1 ~ /</ ? 0 : $1) }
           END { for (a in t) printf "  %-75s %7.3f\n", a, t[a] }' | sort -k3 -nr || true
fi

if [[ "$target" != "--sources" && "${TIMING_RUNS:-0}" -gt 0 ]]; then
  : > "$out/timings.txt"
  for _ in $(seq "$TIMING_RUNS"); do
    echo "without $(seconds)" >> "$out/timings.txt"
    echo "with $(seconds "${injected[@]}")" >> "$out/timings.txt"
  done
  for mode in without with; do
    echo "clean build $mode the analyzers, median of $TIMING_RUNS: $(awk -v m=$mode '$1 == m { print $2 }' "$out/timings.txt" | median) s"
  done
fi
