#!/usr/bin/env bash
# Rebuilds Jekyll's answers for the bodies corpus (issue #12): tests/jekyll/bodies built once, in a fresh temporary
# copy with the _config.yml of bodies-config.ts, a `{{ content }}` layout for posts and bodies-dump.liquid; then
# bodies-collect.ts writes answers/bodies.json. Each post in tests/jekyll/bodies-fatal/_posts, which stops Jekyll's
# build, is built alone into answers/bodies-fatal.json.
# Needs Jekyll 4.3.1 (`apt-get install jekyll`) and the project's node_modules (tsx). Usage: bash tests/jekyll/bodies-regenerate.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/../.." # node resolves `--import tsx` from the project's node_modules
script=bodies-regenerate.sh
# shellcheck source=tests/jekyll/jekyll-env.sh
source "$here/jekyll-env.sh"
collect=(node --import tsx "$here/bodies-collect.ts")

# The physical path: Jekyll prints absolute paths in its messages, and bodies-collect.ts takes this folder out of them.
work="$(cd "$(mktemp -d)" && pwd -P)"
trap 'rm -rf "$work"' EXIT

prepare() { # site-dir: the fixed _config.yml and the bare layout every post is given by `defaults`
  mkdir -p "$1/_layouts"
  "${collect[@]}" config-yaml >"$1/_config.yml"
  "${collect[@]}" layout >"$1/_layouts/post.html"
}

site="$work/bodies"
mkdir -p "$site"
cp -a "$here/bodies/." "$site/"
prepare "$site"
cp "$here/bodies-dump.liquid" "$site/bodies-dump.json"
if ! build "$site" "$work/bodies.log"; then
  cat "$work/bodies.log" >&2
  echo "bodies-regenerate.sh: Jekyll could not build tests/jekyll/bodies; a post there stops the build (move it to bodies-fatal/)." >&2
  exit 1
fi
"${collect[@]}" answer "$found" "$site" "$work/bodies.log" "$here/answers/bodies.json"
echo "answers/bodies.json"

results="$work/fatal-results"
index=0
while IFS= read -r -d '' file; do
  index=$((index + 1))
  rel="${file#"$here/bodies-fatal/"}"
  site="$work/fatal-$index"
  mkdir -p "$site/$(dirname "$rel")" "$results/$index"
  cp "$file" "$site/$rel"
  prepare "$site"
  rc=0
  build "$site" "$results/$index/log" || rc=$?
  if [[ "$rc" == 0 ]]; then
    echo "bodies-regenerate.sh: bodies-fatal/$rel built without error; it belongs in bodies/, not bodies-fatal/." >&2
    exit 1
  fi
  printf '%s\n' "$rel" >"$results/$index/path"
  printf '%s\n' "$rc" >"$results/$index/rc"
  printf '%s\n' "$site" >"$results/$index/site"
done < <(find "$here/bodies-fatal" -type f -print0 | sort -z)
"${collect[@]}" fatal "$found" "$results" "$here/answers/bodies-fatal.json"
echo "answers/bodies-fatal.json"
