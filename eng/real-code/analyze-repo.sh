#!/usr/bin/env bash
# Runs every analyzer of an AutoInstrument.Generators.dll over a real code base and lists what fired.
#
#   analyze-repo.sh <repo-dir> <sln-or-csproj> [AutoInstrument.Generators.dll]   build it with the analyzers injected
#   analyze-repo.sh <repo-dir> --sources      [AutoInstrument.Generators.dll]   compile its .cs files without building
#
# The dll defaults to this checkout's Release build. Environment:
#   OUT=dir          where the results go (default /work/realcode/results/<repo-name>)
#   MSBUILD_ARGS=... extra restore/build arguments, e.g. "-p:TargetFrameworks=net10.0"
#   TIMING_RUNS=n    also time n clean builds without and n with the analyzers, alternating, each with
#                    -p:ReportAnalyzer=true, and print the medians and the analyzers' share of csc's time
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

# A timed clean build; its log (detailed, the least that keeps the analyzer report, with the per-task summary).
seconds() {
  local log="$1" start end
  shift
  start=$(date +%s.%N)
  clean_build -v:q -clp:NoSummary -p:ReportAnalyzer=true -flp:"verbosity=detailed;performancesummary;logfile=$log" "$@" > /dev/null
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

# From one timed build's log: the Csc tasks' time and, summed over the compilations, the AutoInstrument analyzers'
# and generator's time as the report gives them (the assembly's line in each section). Each csc process pays its own
# start-up, so the share includes the JIT of the analyzers.
report_times() {
  awk '/Total analyzer execution time/ { section = "analyzers" }
       /Total generator execution time/ { section = "generator" }
       /AutoInstrument\.Generators, Version=/ { t[section] += ($1 ~ /</ ? 0 : $1) }
       $2 == "ms" && $3 == "Csc" && $5 ~ /^calls?$/ { csc = $1 / 1000 }
       END { printf "%.3f %.3f %.3f %.2f\n", csc, t["analyzers"], t["generator"], 100 * t["analyzers"] / csc }' "$1"
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

# Each AutoInstrument analyzer's (and the generator's) time in one build log, summed over the compilations.
per_analyzer() {
  grep -E "^ +[0-9.<]+ +[0-9<]+ +AutoInstrument\.Generators\.[A-Za-z.]+" "$1" \
    | awk '{ sub(/AutoInstrument\.Generators\.(Analyzers\.)?/, "", $3); t[$3 " " $4] += ($1 ~ /</ ? 0 : $1) }
           END { for (a in t) printf "  %-75s %7.3f\n", a, t[a] }' | sort -k3 -nr || true
}

if [[ "$target" != "--sources" ]]; then
  echo "per-analyzer time, summed over the compilations (s):"
  per_analyzer "$out/build.log"
fi

if [[ "$target" != "--sources" && "${TIMING_RUNS:-0}" -gt 0 ]]; then
  echo "# mode run wall-s load csc-s autoinstrument-analyzers-s autoinstrument-generator-s analyzers-share-%" > "$out/timings.txt"
  for run in $(seq "$TIMING_RUNS"); do
    for mode in without with; do
      load=$(cut -d' ' -f1 /proc/loadavg)
      log="$out/timing-$mode-$run.log"
      if [[ $mode == with ]]; then wall=$(seconds "$log" "${injected[@]}"); else wall=$(seconds "$log"); fi
      echo "$mode $run $wall $load $(report_times "$log")" >> "$out/timings.txt"
    done
  done
  column() { awk -v m="$1" -v c="$2" '$1 == m { print $c }' "$out/timings.txt" | median; }
  echo "median of $TIMING_RUNS clean builds (raw figures and load in $out/timings.txt):"
  echo "  wall without $(column without 3) s, with $(column with 3) s; csc without $(column without 5) s, with $(column with 5) s"
  echo "  AutoInstrument analyzers $(column with 6) s, $(column with 8)% of csc; generator $(column with 7) s"
  echo "per-analyzer time, median over the timed builds (s):"
  for run in $(seq "$TIMING_RUNS"); do per_analyzer "$out/timing-with-$run.log"; done \
    | awk '{ k = $0; sub(/ +[0-9.]+$/, "", k); t[k] = t[k] " " $NF }
           END { for (a in t) { n = split(substr(t[a], 2), v, " ")
                                for (i = 2; i <= n; i++) for (j = i; j > 1 && v[j - 1] + 0 > v[j] + 0; j--) { x = v[j]; v[j] = v[j - 1]; v[j - 1] = x }
                                printf "  %7.3f  %s\n", v[int((n + 1) / 2)], a } }' \
    | sort -nr | awk '$1 > 0'
fi
