#!/usr/bin/env bash
# Rebuilds Jekyll's answers for tests/jekyll/corpus (issue #11): one `jekyll build` per configuration in
# configs.ts, each in a fresh temporary copy, dumped by dump.liquid and written by collect.ts to answers/<name>.json.
# Then each post in tests/jekyll/fatal/_posts, which stops Jekyll's whole build, is built alone into answers/fatal.json.
# Needs Jekyll 4.3.1 (`apt-get install jekyll`) and the project's node_modules (tsx). Usage: bash tests/jekyll/regenerate.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/../.." # node resolves `--import tsx` from the project's node_modules
script=regenerate.sh
# shellcheck source=tests/jekyll/jekyll-env.sh
source "$here/jekyll-env.sh"
collect=(node --import tsx "$here/collect.ts")

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for name in $("${collect[@]}" names); do
  site="$work/$name"
  mkdir -p "$site"
  cp -a "$here/corpus/." "$site/"
  cp "$here/dump.liquid" "$site/dump.json"
  "${collect[@]}" config-yaml "$name" >"$site/_config.yml"
  if ! build "$site" "$work/$name.log"; then
    cat "$work/$name.log" >&2
    echo "regenerate.sh: Jekyll could not build the corpus with $name; a post in corpus/ stops the build." >&2
    exit 1
  fi
  rm "$site/dump.json" "$site/_config.yml"
  "${collect[@]}" answer "$name" "$found" "$site" "$work/$name.log" "$here/answers/$name.json"
  echo "answers/$name.json"
done

# Fatal cases are built with the first configuration only: each stops the build whatever the permalink.
first="$("${collect[@]}" names | head -n 1)"
results="$work/fatal-results"
index=0
while IFS= read -r -d '' file; do
  index=$((index + 1))
  rel="${file#"$here/fatal/"}"
  site="$work/fatal-$index"
  mkdir -p "$site/$(dirname "$rel")" "$results/$index"
  cp "$file" "$site/$rel"
  "${collect[@]}" config-yaml "$first" >"$site/_config.yml"
  rc=0
  build "$site" "$results/$index/log" || rc=$?
  if [[ "$rc" == 0 ]]; then
    echo "regenerate.sh: fatal/$rel built without error; it belongs in corpus/, not fatal/." >&2
    exit 1
  fi
  printf '%s\n' "$rel" >"$results/$index/path"
  printf '%s\n' "$rc" >"$results/$index/rc"
  printf '%s\n' "$site" >"$results/$index/site"
done < <(find "$here/fatal" -type f -print0 | sort -z)
"${collect[@]}" fatal "$first" "$found" "$results" "$here/answers/fatal.json"
echo "answers/fatal.json"
