#!/usr/bin/env bash
# The build-site action: installs kratom unless INPUT_KRATOM names one, runs `kratom check` (in GitHub Actions its
# problems become annotations on the Markdown lines) and then `kratom build` into the output folder.
#
# Inputs, as action.yml passes them: INPUT_ROOT (default .), INPUT_OUTPUT (default output), INPUT_BASE_URL,
# INPUT_VERSION, INPUT_KRATOM, INPUT_TOKEN. Relative paths are taken from the working directory (the workspace).
# Which release is installed: INPUT_VERSION when given; else the ref the action is used at when it is a full version
# tag (uses: OWNER/KratomArticle/.github/actions/build-site@v1.2.3); else the latest release of that repository.
# Writes the outputs `path` and `kratom-version` to GITHUB_OUTPUT when it is set.
set -euo pipefail

fail() {
  echo "::error title=build-site::$1" >&2
  exit 2
}

absolute() {
  case "$1" in
    /* | [A-Za-z]:[\\/]*) printf '%s\n' "$1" ;;
    *) printf '%s\n' "$PWD/$1" ;;
  esac
}

# OWNER/REPO and the ref of this action, from the context when the runner fills it in, else from where the runner
# unpacked the action (RUNNER/_actions/OWNER/REPO/REF/.github/actions/build-site); a local action is this repository's.
action_source() {
  local from_path
  from_path=$(printf '%s\n' "${GITHUB_ACTION_PATH:-}" | sed -n 's#.*/_actions/\([^/]*\)/\([^/]*\)/\([^/]*\)/\.github/actions/build-site/*$#\1/\2 \3#p')
  repository=${ACTION_REPOSITORY:-${from_path% *}}
  ref=${ACTION_REF:-${from_path#* }}
  repository=${repository:-${GITHUB_REPOSITORY:-}}
  [ -n "$repository" ] || fail "Cannot tell which repository's releases to install kratom from; set the kratom input."
}

release_tag() {
  if [ -n "${INPUT_VERSION:-}" ] && [ "$INPUT_VERSION" != latest ]; then
    printf '%s\n' "v${INPUT_VERSION#v}"
    return
  fi
  if [ -z "${INPUT_VERSION:-}" ] && [[ "${ref:-}" =~ ^v[0-9]+\.[0-9]+\.[0-9]+ ]]; then
    printf '%s\n' "$ref"
    return
  fi
  local auth=()
  [ -z "${INPUT_TOKEN:-}" ] || auth=(-H "Authorization: Bearer $INPUT_TOKEN")
  curl -fsSL ${auth[@]+"${auth[@]}"} "${GITHUB_API_URL:-https://api.github.com}/repos/$repository/releases/latest" |
    sed -n 's/.*"tag_name": *"\([^"]*\)".*/\1/p' | head -n 1
}

sha256_check() {
  if command -v sha256sum >/dev/null; then sha256sum -c -; else shasum -a 256 -c -; fi
}

# Installs the release's native executable for this runner, or, where the release has none, its tool package
# (the framework-dependent `any` package, which needs the .NET 10 runtime). Prints the command to run.
install_kratom() {
  action_source
  local tag rid archive dir
  tag=$(release_tag)
  [ -n "$tag" ] || fail "No kratom release found in $repository."
  case "${RUNNER_OS:-$(uname -s)}/${RUNNER_ARCH:-$(uname -m)}" in
    Linux/X64 | Linux/x86_64) rid=linux-x64 ;;
    Linux/ARM64 | Linux/aarch64) rid=linux-arm64 ;;
    macOS/ARM64 | Darwin/arm64) rid=osx-arm64 ;;
    Windows/X64) rid=win-x64 ;;
    *) rid= ;;
  esac
  dir="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/kratom-$tag"
  mkdir -p "$dir"
  if [ -z "$rid" ]; then
    echo "No native kratom for this runner; installing the tool package KratomArticle ${tag#v}." >&2
    dotnet tool install --tool-path "$dir" KratomArticle --version "${tag#v}" >&2
    printf '%s\n' "$dir/kratom"
    return
  fi
  archive="kratom-${tag#v}-$rid.tar.gz"
  [ "$rid" != win-x64 ] || archive="kratom-${tag#v}-$rid.zip"
  echo "Installing kratom $tag ($rid) from $repository." >&2
  local download="${GITHUB_SERVER_URL:-https://github.com}/$repository/releases/download/$tag"
  (
    cd "$dir"
    curl -fsSLO "$download/$archive"
    curl -fsSLO "$download/SHA256SUMS"
    grep " $archive\$" SHA256SUMS | sha256_check >&2
    case "$archive" in
      *.zip) unzip -oq "$archive" ;;
      *) tar -xzf "$archive" ;;
    esac
  )
  if [ "$rid" = win-x64 ]; then printf '%s\n' "$dir/kratom.exe"; else printf '%s\n' "$dir/kratom"; fi
}

root=$(absolute "${INPUT_ROOT:-.}")
output=$(absolute "${INPUT_OUTPUT:-output}")
if [ -n "${INPUT_KRATOM:-}" ]; then
  kratom=$(absolute "$INPUT_KRATOM")
  [ -x "$kratom" ] || fail "The kratom input $INPUT_KRATOM is not an executable file."
else
  kratom=$(install_kratom)
fi

version=$("$kratom" --version)
echo "kratom $version"

site=(--root "$root")
[ -z "${INPUT_BASE_URL:-}" ] || site+=(--base-url "$INPUT_BASE_URL")

"$kratom" check "${site[@]}"
# check has just validated the site; build would repeat the same checks.
"$kratom" build "${site[@]}" --output "$output" --no-check

if [ -n "${GITHUB_OUTPUT:-}" ]; then
  {
    echo "path=$output"
    echo "kratom-version=$version"
  } >>"$GITHUB_OUTPUT"
fi
