# Sourced by regenerate.sh and bodies-regenerate.sh: the environment Jekyll's answers are made in, the version
# check, and `build`. Needs `here` (tests/jekyll) and `script` (the caller's name, for messages) set first.

# Ruby reads file names and Liquid reads text in the locale's encoding; under C, non-ASCII names and text would not match.
export LC_ALL=C.UTF-8 LANG=C.UTF-8
# Jekyll sets TZ from `timezone`; a TZ from the caller must not leak into anything else.
unset TZ

want="jekyll 4.3.1"
found="$(jekyll --version 2>/dev/null || true)"
if [[ "$found" != "$want" ]]; then
  echo "$script: needs $want (apt-get install jekyll); found '${found:-no jekyll on PATH}'." >&2
  exit 1
fi

mkdir -p "$here/answers"

build() { # site-dir log-file: exit code of a safe, non-incremental build into <site-dir>/_site
  (cd "$1" && jekyll build --safe --source . --destination _site) >"$2" 2>&1
}
