#!/usr/bin/env bash
# Builds and tests the annotated library in one of three modes; see README.md.
#   run.sh baseline      the library as it is (run on the unannotated checkout)
#   run.sh instrumented  with the generator, nobody listening
#   run.sh listening     with the generator and a listener that samples every span and measurement
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
clone="${ANNOTATE_CLONE:-/work/annotate/stateless}"
tests="$clone/test/Stateless.Tests/Stateless.Tests.csproj"
mode="${1:?baseline, instrumented or listening}"

args=(
  "-p:CustomBeforeMicrosoftCommonTargets=$here/Mirror.targets"
  "-p:CustomBeforeMicrosoftCommonCrossTargetingTargets=$here/Mirror.targets"
)
case "$mode" in
  baseline) ;;
  instrumented) args+=("-p:CustomAfterMicrosoftCommonTargets=$here/Instrument.targets" "-p:EmitCompilerGeneratedFiles=true") ;;
  listening) args+=("-p:CustomAfterMicrosoftCommonTargets=$here/Instrument.targets" "-p:EmitCompilerGeneratedFiles=true" "-p:AnnotateListen=true") ;;
  *) echo "unknown mode: $mode" >&2; exit 2 ;;
esac

export ANNOTATE_LISTEN_REPORT="$clone/listening-report.txt"
dotnet test "$tests" "${args[@]}" --logger "console;verbosity=normal"
