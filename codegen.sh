#!/usr/bin/env bash
# Regenerates party-interaction-api/ from the spec in spec/ with a pinned openapi-generator.
#
#   ./codegen.sh           merge the spec, regenerate party-interaction-api/ in place
#   ./codegen.sh --check   do both into a temporary folder and fail on any difference
#
# The spec generated from is spec/party-interaction.merged.json: the operator's file
# (spec/party-interaction.yaml, word for word) plus spec/party-interaction.overlay.yaml, merged
# by spec/merge.py, which fails when the overlay redefines something the operator's file has.
# The generator (a jar shipped in the openapi-generator-cli package on PyPI) is installed into
# .tools/ on first use; it needs Java 17 or newer. The generated crate is committed, so building
# the server never needs Java.
set -euo pipefail

GENERATOR_VERSION=7.26.0
PYYAML_VERSION=6.0.3
PACKAGE_NAME=party-interaction-api
root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tools="$root/.tools/openapi-generator-$GENERATOR_VERSION"
jar="$tools/openapi_generator_cli/openapi-generator.jar"
operator_spec="$root/spec/party-interaction.yaml"
overlay="$root/spec/party-interaction.overlay.yaml"
merged="$root/spec/party-interaction.merged.json"
pyyaml="$root/.tools/pyyaml-$PYYAML_VERSION"
out="$root/$PACKAGE_NAME"

die() { echo "codegen.sh: $*" >&2; exit 1; }

mode=generate
case "${1:-}" in
  "") ;;
  --check) mode=check ;;
  -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) die "unknown argument '$1' (expected nothing or --check)" ;;
esac

command -v python3 >/dev/null 2>&1 || die "python3 is needed to merge the spec and install the generator"

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

if [ ! -d "$pyyaml/yaml" ]; then
  python3 -m pip install --quiet --disable-pip-version-check --target "$pyyaml" \
    "pyyaml==$PYYAML_VERSION" || die "could not install pyyaml==$PYYAML_VERSION from PyPI"
fi

merge() {
  PYTHONPATH="$pyyaml" python3 "$root/spec/merge.py" "$operator_spec" "$overlay" "$1" \
    || die "could not merge $overlay into $operator_spec"
}

generate() {
  local spec=$1 target=$2
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
  merge "$merged"
  generate "$merged" "$out"
  echo "codegen.sh: merged spec/ into ${merged#$root/} and regenerated $PACKAGE_NAME/ from it"
else
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  merge "$tmp/merged.json"
  diff -u "$merged" "$tmp/merged.json" >&2 \
    || die "${merged#$root/} is not the merge of spec/: run ./codegen.sh and commit the result"
  generate "$tmp/merged.json" "$tmp/$PACKAGE_NAME"
  if ! diff -r "$out" "$tmp/$PACKAGE_NAME" >"$tmp/diff"; then
    head -n 100 "$tmp/diff" >&2
    die "$PACKAGE_NAME/ differs from what spec/ generates: run ./codegen.sh and commit the result"
  fi
  echo "codegen.sh: $PACKAGE_NAME/ is up to date with spec/"
fi
