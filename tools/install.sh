#!/usr/bin/env bash
# Installs a release build under PREFIX: bin/plancheck, share/plancheck/rules and the shell
# completions ArgumentParser generates. Used by `make install` and `make dist`.
# Usage: tools/install.sh PREFIX [BINARY]
set -euo pipefail
prefix=${1:?usage: tools/install.sh PREFIX [BINARY]}
binary=${2:-.build/release/plancheck}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
[[ -x "$binary" ]] || { echo "$binary: no plancheck binary; run make install or make dist" >&2; exit 2; }
install -d "$prefix/bin" "$prefix/share/plancheck" \
  "$prefix/share/bash-completion/completions" "$prefix/share/zsh/site-functions" \
  "$prefix/share/fish/vendor_completions.d"
install -m 755 "$binary" "$prefix/bin/plancheck"
rm -rf "$prefix/share/plancheck/rules"
# The rules are data: copied whole (rule YAML, examples, registry, profiles, letter templates).
cp -R rules "$prefix/share/plancheck/rules"
"$prefix/bin/plancheck" --generate-completion-script bash > "$prefix/share/bash-completion/completions/plancheck"
"$prefix/bin/plancheck" --generate-completion-script zsh > "$prefix/share/zsh/site-functions/_plancheck"
"$prefix/bin/plancheck" --generate-completion-script fish > "$prefix/share/fish/vendor_completions.d/plancheck.fish"
echo "installed plancheck under $prefix"
