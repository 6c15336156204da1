#!/usr/bin/env bash
# Annotates, builds and tests one real library; see README.md.
#   run.sh LIBRARY annotate             reset, then put [Traced, Measured] on every method of the library's sources
#                                       but those in $skip (ANNOTATE_SKIP overrides it; ANNOTATE_SKIP= annotates all)
#   run.sh LIBRARY annotate-types       reset, then the same on every type declaration instead (the first, type-level run)
#   run.sh LIBRARY reset                back to the library as it is (git checkout of its sources)
#   run.sh LIBRARY baseline             test the library as it is (run before annotate, or after reset)
#   run.sh LIBRARY instrumented         test with the generator, nobody listening
#   run.sh LIBRARY listening            test with the generator and a listener that samples every span and measurement
#   run.sh LIBRARY diagnostics          rebuild with the generator and TreatWarningsAsErrors=false; every warning and
#                                       error, once each, into $clone/annotate-diagnostics.txt, counted by ID
#   run.sh LIBRARY diagnostics-baseline the same without the generator, into $clone/annotate-diagnostics-baseline.txt
#   run.sh LIBRARY count                per compilation: intercepted call sites and wrappers in the generated code
#   run.sh LIBRARY clean-build          a clean compile (bin and obj/Debug removed, restore kept) of the library and its
#                                       tests with the generator, for timing from outside; clean-build-baseline without it
#   run.sh LIBRARY restore-package      restore the library and its tests against the AutoInstrument package of the
#                                       folder feed $ANNOTATE_FEED (written by eng/pack-local-feed), as a user gets it;
#                                       restore-floor the same with the benchmarks' BindingFloorGenerator instead of the
#                                       package's generator (build tests/AutoInstrument.Benchmarks.Floor in Release first)
#   run.sh LIBRARY clean-build-package  the clean compile over that restore; clean-build-floor over restore-floor (give
#                                       each its own ANNOTATE_CLONE: a restore is kept in the clone's obj folders)
#   run.sh LIBRARY forwarders           over restore-package: build, and rewrite each project's generated interceptors
#                                       into the forwarding floor, $ANNOTATE_FORWARDERS/<project>.Forwarders.cs (every
#                                       wrapper cut down to its forwarding call); clean-build-floor with
#                                       ANNOTATE_FORWARDERS set compiles them beside the binding floor
#   run.sh LIBRARY all                  annotate, diagnostics, instrumented, listening and count, logs in $clone/annotate-*.log,
#                                       then a summary (run baseline first, on the unannotated library)
# LIBRARY is stateless, optional, superpower or morelinq; the clone is $ANNOTATE_ROOT/LIBRARY (default /work/annotate),
# or $ANNOTATE_CLONE. ANNOTATE_NO_WARNINGS_AS_ERRORS=1 adds -p:TreatWarningsAsErrors=false to the instrumented test
# modes (a library whose only warnings in generated code are an open finding sets it by default; =0 turns it off).
# Methods left unannotated, and libraries tested without warnings as errors, are listed in FINDINGS.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
library="${1:?library: stateless, optional, superpower or morelinq}"
mode="${2:?mode: annotate, annotate-types, reset, baseline, instrumented, listening, diagnostics or diagnostics-baseline}"
clone="${ANNOTATE_CLONE:-${ANNOTATE_ROOT:-/work/annotate}/$library}"

# Per library: the test project, the library's source folders (what annotate rewrites; their projects' DefineConstants
# are read so that annotate finds the methods in active #if branches), and the methods left unannotated because of an
# open finding (FINDINGS.md) that would stop the whole library compiling.
skip=""; no_warnings_as_errors=""; defines=""
case "$library" in
  stateless)  tests=test/Stateless.Tests/Stateless.Tests.csproj; sources=(src/Stateless) ;;
  optional)   tests=src/Optional.Tests/Optional.Tests.csproj; sources=(src/Optional src/Optional.Async src/Optional.Utilities) ;;
  superpower) tests=test/Superpower.Tests/Superpower.Tests.csproj; sources=(src/Superpower)
              skip="SimpleLinearTokenizer.TryMatch" ;; # F8
  morelinq)   tests=MoreLinq.Test/MoreLinq.Test.csproj; sources=(MoreLinq)
              skip="SingleElementList.ReadOnlyException;MoreEnumerable.ToDataTable" ;; # F8, F9
  *) echo "unknown library: $library" >&2; exit 2 ;;
esac
skip="${ANNOTATE_SKIP-$skip}"
no_warnings_as_errors="${ANNOTATE_NO_WARNINGS_AS_ERRORS-$no_warnings_as_errors}"

# The libraries' global.json files name SDK bands that are not installed: run from this repository (whose global.json
# names the installed SDK) and resolve the project SDKs from it too.
cd "$here"
sdk_dir="$(dirname "$(dotnet --list-sdks | awk -v v="$(dotnet --version)" '$1 == v { gsub(/[\[\]]/, "", $2); print $2 "/" $1 "/x" }')")"
export MSBuildSDKsPath="$sdk_dir/Sdks"

args=(
  "-p:AnnotateLibraryName=$library"
  "-p:CustomBeforeMicrosoftCommonTargets=$here/Mirror.targets"
  "-p:CustomBeforeMicrosoftCommonCrossTargetingTargets=$here/Mirror.targets"
  "-p:BeforeTargetFrameworkInferenceTargets=$here/Frameworks.targets"
)
instrument=("-p:CustomAfterMicrosoftCommonTargets=$here/Instrument.targets" "-p:EmitCompilerGeneratedFiles=true")
package=()
if [[ "$mode" == *-package || "$mode" == *-floor ]]; then
  package=("-p:CustomAfterMicrosoftCommonTargets=$here/Package.targets" "-p:AnnotateFeed=${ANNOTATE_FEED:?ANNOTATE_FEED: the folder feed eng/pack-local-feed wrote}")
  [[ "$mode" == *-floor ]] && package+=("-p:AnnotateFloor=true" "-p:AnnotateForwarders=${ANNOTATE_FORWARDERS:-}")
fi
if [[ "$no_warnings_as_errors" == 1 && "$mode" != baseline ]]; then instrument+=("-p:TreatWarningsAsErrors=false"); fi

# Each diagnostic once (MSBuild repeats them in its summary and per target framework), then a count by ID.
collect() {
  local log="$1" out="$2"
  grep -E ': (warning|error) [A-Z]+[0-9]+' "$log" | sed -E 's/ \[[^]]*\]$//' | sort -u > "$out" || true
  echo "$(wc -l < "$out") distinct diagnostics in $out; by ID:"
  grep -oE ': (warning|error) [A-Z]+[0-9]+' "$out" | sed -E 's/^: //' | sort | uniq -c | sort -rn || true
}

case "$mode" in
  annotate|annotate-types)
    kind=--methods; [[ "$mode" == annotate-types ]] && kind=--types
    folders=(); for s in "${sources[@]}"; do folders+=("$clone/$s"); done
    git -C "$clone" checkout -- "${sources[@]}"
    # The symbols each source project defines in its net10.0 Debug build (the SDK's NETx_OR_GREATER ones, added by a
    # target rather than at evaluation, AnnotateLibrary always defines).
    for f in "${folders[@]}"; do
      for p in "$f"/*.csproj; do
        defines="$defines;$(dotnet msbuild "$p" -getProperty:DefineConstants -p:TargetFramework=net10.0 "${args[@]}")"
      done
    done
    echo "preprocessor symbols: $defines"
    dotnet run --project "$here/AnnotateLibrary" -- "$kind" --define "$defines" --skip "$skip" "${folders[@]}"
    ;;
  reset)
    git -C "$clone" checkout -- "${sources[@]}"
    ;;
  baseline)
    dotnet test "$clone/$tests" "${args[@]}" --logger "console;verbosity=normal"
    ;;
  instrumented|listening)
    [[ "$mode" == listening ]] && instrument+=("-p:AnnotateListen=true")
    export ANNOTATE_LISTEN_REPORT="$clone/listening-report.txt"
    rm -f "$ANNOTATE_LISTEN_REPORT"
    dotnet test "$clone/$tests" "${args[@]}" "${instrument[@]}" --logger "console;verbosity=normal"
    [[ "$mode" == listening ]] && cat "$ANNOTATE_LISTEN_REPORT"
    ;;
  diagnostics|diagnostics-baseline)
    suffix=""; extra=("${instrument[@]}")
    [[ "$mode" == diagnostics-baseline ]] && { suffix=-baseline; extra=(); }
    log="$clone/annotate-build$suffix.log"
    dotnet build "$clone/$tests" "${args[@]}" "${extra[@]}" --no-incremental -p:TreatWarningsAsErrors=false > "$log" 2>&1 || true
    tail -n 3 "$log"
    collect "$log" "$clone/annotate-diagnostics$suffix.txt"
    ;;
  restore-package|restore-floor)
    dotnet restore "$clone/$tests" "${args[@]}" "${package[@]}" -v:q -nologo
    ;;
  clean-build|clean-build-baseline|clean-build-package|clean-build-floor)
    case "$mode" in
      clean-build) extra=("-p:CustomAfterMicrosoftCommonTargets=$here/Instrument.targets") ;;
      clean-build-baseline) extra=() ;;
      *) extra=("${package[@]}") ;;
    esac
    for d in "$(dirname "$clone/$tests")" "${sources[@]/#/$clone/}"; do rm -rf "$d/bin" "$d/obj/Debug"; done
    dotnet build "$clone/$tests" --no-restore "${args[@]}" "${extra[@]}" -v:q -nologo
    ;;
  forwarders)
    : "${ANNOTATE_FORWARDERS:?ANNOTATE_FORWARDERS: the folder for the files of the forwarding floor}"
    mkdir -p "$ANNOTATE_FORWARDERS"
    rewriter="$here/../generator-cost/bin/Release/net10.0/GeneratorCost.dll"
    [[ -f "$rewriter" ]] || dotnet build "$here/../generator-cost" -c Release -v:q -nologo
    dotnet build "$clone/$tests" --no-restore --no-incremental "${args[@]}" \
      "-p:CustomAfterMicrosoftCommonTargets=$here/Package.targets" "-p:AnnotateFeed=${ANNOTATE_FEED:?}" \
      -p:EmitCompilerGeneratedFiles=true -v:q -nologo
    find "$clone" -path '*obj/Debug/net10.0/generated/*' -name AutoInstrument.Interceptors.g.cs | sort | while read -r f; do
      project="${f%%/obj/*}"; project="${project##*/}"
      dotnet "$rewriter" forwarders "$f" "$ANNOTATE_FORWARDERS/$project.Forwarders.cs"
    done
    ;;
  count)
    # A wrapper is the method after its block of [InterceptsLocation] lines (and any other attributes).
    find "$clone" -path '*obj/Debug/net10.0/generated/*' -name AutoInstrument.Interceptors.g.cs | sort | while read -r f; do
      project="${f%%/obj/*}"; project="${project##*/}"
      awk -v p="$project" '/InterceptsLocation\(1,/ { sites++; inblock = 1; next }
        inblock && /^[[:space:]]*\[/ { next }
        inblock && /static/ { wrappers++ } { inblock = 0 }
        END { printf "%s: %d call sites, %d wrappers\n", p, sites, wrappers }' "$f"
    done
    ;;
  all)
    "$0" "$library" annotate | sed -n 2p
    "$0" "$library" diagnostics | tail -n +4
    for m in instrumented listening; do
      "$0" "$library" "$m" > "$clone/annotate-$m.log" 2>&1 || true
      echo "$m: $(grep -E '^(Total tests|[[:space:]]+(Passed|Failed|Skipped)):' "$clone/annotate-$m.log" | tr -s ' ' | tr '\n' ' ')"
    done
    head -n 1 "$clone/listening-report.txt"
    "$0" "$library" count
    ;;
  *) echo "unknown mode: $mode" >&2; exit 2 ;;
esac
