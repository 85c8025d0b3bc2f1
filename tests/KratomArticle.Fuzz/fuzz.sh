#!/usr/bin/env bash
# Fuzzes the content pipeline (front matter, YAML, Markdown, headings, theme, link check) with libFuzzer
# for a bounded time: bash tests/KratomArticle.Fuzz/fuzz.sh [SECONDS]   (default 120)
#
# It publishes the harness, instruments kratom, Markdig and YamlDotNet with SharpFuzz, builds the
# libFuzzer driver with clang, and fuzzes from corpus/ and regressions/. New inputs and the log go to a
# temporary folder, never the repository. Exits non-zero when an input crashes or hangs the harness, and
# prints that input's path; copy it to regressions/ once the bug is fixed.
set -euo pipefail

seconds=${1:-120}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/kratom-fuzz.XXXXXX")
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

missing=()
for package in clang-14 libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "fuzz: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

echo "fuzz: building the harness and the driver in $work"
dotnet tool restore >/dev/null
# The harness loads kratom as a managed assembly to instrument it, so the app's own NativeAOT publish is off here.
dotnet publish tests/KratomArticle.Fuzz -c Release -o "$work/bin" -p:PublishAot=false -v quiet -nologo >"$work/publish.log" \
  || { cat "$work/publish.log"; exit 1; }
for assembly in kratom Markdig YamlDotNet; do
  dotnet sharpfuzz "$work/bin/$assembly.dll" >/dev/null
done
clang++-14 -O2 -fsanitize=fuzzer "$here/driver/libfuzzer-dotnet.cc" -o "$work/libfuzzer-dotnet"

mkdir -p "$work/corpus" "$work/crashes"
seeds=()
for folder in corpus regressions; do
  [ -d "$here/$folder" ] && seeds+=("$here/$folder")
done
echo "fuzz: fuzzing for ${seconds} s (log: $work/fuzz.log)"
status=0
started=$SECONDS
"$work/libfuzzer-dotnet" --target_path="$work/bin/KratomArticle.Fuzz" \
  -max_total_time="$seconds" -timeout=30 -max_len=16384 -dict="$here/content.dict" -print_final_stats=1 \
  -artifact_prefix="$work/crashes/" "$work/corpus" "${seeds[@]}" \
  >"$work/fuzz.log" 2>&1 || status=$?
elapsed=$((SECONDS - started))

executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/fuzz.log" | grep -o '[0-9]*$' || echo 0)
# libFuzzer also saves inputs that were merely slow (slow-unit-*); only crashes, timeouts and out-of-memory fail the run.
crashes=$(find "$work/crashes" -type f ! -name 'slow-unit-*')
if [ "$status" -ne 0 ] || [ -n "$crashes" ]; then
  tail -n 40 "$work/fuzz.log"
  for input in $crashes; do
    echo "fuzz: crashing input: $input"
  done
  echo "fuzz: FAILED after ${elapsed} s and ${executions} executions (libFuzzer exit code ${status})"
  exit 1
fi

echo "fuzz: ${executions} executions in ${elapsed} s, no crash; new inputs in $work/corpus"
