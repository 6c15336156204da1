#!/usr/bin/env bash
# Builds each named repro (default: all) and prints its compiler and AutoInstrument diagnostics, once each.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repros=("$@"); [[ ${#repros[@]} -eq 0 ]] && repros=($(cd "$here" && ls [FM]*.cs | sed 's/\.cs$//'))
for r in "${repros[@]}"; do
  echo "== $r"
  dotnet build "$here/Repros.csproj" -p:Repro="$r" -nologo -clp:NoSummary 2>&1 \
    | grep -E ': (warning|error) [A-Z]+[0-9]+' | sed -E 's/ \[[^]]*\]$//; s|.*/([FM][0-9]+\.cs)|\1|; s|.*/generated/.*/(AutoInstrument\.[A-Za-z]+\.g\.cs)|\1|' | sort -u
  echo "   (exit ${PIPESTATUS[0]})"
done
