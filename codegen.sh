#!/usr/bin/env bash
# Regenerates party-interaction-api/ from the spec in spec/ with a pinned openapi-generator.
#
#   ./codegen.sh           regenerate party-interaction-api/ in place
#   ./codegen.sh --check   regenerate into a temporary folder and fail on any difference
#
# The generator (a jar shipped in the openapi-generator-cli package on PyPI) is installed into
# .tools/ on first use; it needs Java 17 or newer. The generated crate is committed, so building
# the server never needs Java.
set -euo pipefail

GENERATOR_VERSION=7.26.0
PACKAGE_NAME=party-interaction-api
root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tools="$root/.tools/openapi-generator-$GENERATOR_VERSION"
jar="$tools/openapi_generator_cli/openapi-generator.jar"
spec="$root/spec/party-interaction.yaml"
out="$root/$PACKAGE_NAME"

die() { echo "codegen.sh: $*" >&2; exit 1; }

mode=generate
case "${1:-}" in
  "") ;;
  --check) mode=check ;;
  -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) die "unknown argument '$1' (expected nothing or --check)" ;;
esac

command -v java >/dev/null 2>&1 \
  || die "Java is not installed; openapi-generator $GENERATOR_VERSION needs Java 17 or newer (e.g. apt-get install openjdk-17-jre-headless)"
java_major=$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
[ "${java_major:-0}" -ge 17 ] || die "Java ${java_major:-?} found; openapi-generator $GENERATOR_VERSION needs Java 17 or newer"

if [ ! -f "$jar" ]; then
  echo "codegen.sh: installing openapi-generator-cli==$GENERATOR_VERSION into $tools" >&2
  python3 -m pip install --quiet --disable-pip-version-check --target "$tools" \
    "openapi-generator-cli==$GENERATOR_VERSION" \
    || die "could not install openapi-generator-cli==$GENERATOR_VERSION from PyPI"
  [ -f "$jar" ] || die "the installed package has no jar at $jar"
fi

generate() {
  local target=$1
  rm -rf "$target"
  java -jar "$jar" generate \
    --generator-name rust-server \
    --input-spec "$spec" \
    --output "$target" \
    --skip-validate-spec \
    --additional-properties "packageName=$PACKAGE_NAME,packageVersion=0.1.0,hideGenerationTimestamp=true" \
    >"$target.log" 2>&1 || { cat "$target.log" >&2; die "generation failed"; }
  rm -f "$target.log"
}

if [ "$mode" = generate ]; then
  generate "$out"
  echo "codegen.sh: regenerated $PACKAGE_NAME/ from spec/"
else
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  generate "$tmp/$PACKAGE_NAME"
  if ! diff -r "$out" "$tmp/$PACKAGE_NAME" >"$tmp/diff"; then
    head -n 100 "$tmp/diff" >&2
    die "$PACKAGE_NAME/ differs from what spec/ generates: run ./codegen.sh and commit the result"
  fi
  echo "codegen.sh: $PACKAGE_NAME/ is up to date with spec/"
fi
