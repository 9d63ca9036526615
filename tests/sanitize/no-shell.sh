#!/bin/sh
# no-shell.sh - fail if the runner, the probe library, the probes, the
# tests or the scripts hand a command string to a shell: system(), popen(),
# exec of "sh -c", Python's shell=True / os.system / os.popen, Node's
# child_process exec/execSync or shell: true, or "sh -c" and eval in shell
# scripts (an eval that only assigns a variable by name, eval "v=\$$name",
# runs no command and is allowed). Every command must be an argv list.
set -u
cd "$(dirname "$0")/../.." || exit 2
self=tests/sanitize/no-shell.sh
found=$(mktemp "${TMPDIR:-/tmp}/udsprobe-noshell.XXXXXX") || exit 2
trap 'rm -f "$found"' EXIT

# scan PATTERN FILE... - print matching lines (file:line: text) to $found.
scan() {
    pattern=$1
    shift
    for f in "$@"; do
        if [ -f "$f" ] && [ "$f" != "$self" ]; then
            grep -nHE "$pattern" "$f" >>"$found"
        fi
    done
}

# scan_eval FILE... - eval lines that do more than assign one variable.
scan_eval() {
    for f in "$@"; do
        [ "$f" = "$self" ] && continue
        grep -nHE '(^|[;&|[:space:]])eval[[:space:]]' "$f" |
            grep -vE 'eval[[:space:]]+"[A-Za-z_][A-Za-z_0-9]*=[^;&|`$]*(\\?\$\{?\$?[A-Za-z_][A-Za-z_0-9]*(\+x)?\}?)"[[:space:]]*$' >>"$found"
    done
}

c_files=$(find harness cases tests -name '*.[ch]' -not -path '*/build*' | sort)
py_files=$(find harness tests -name '*.py' | sort)
js_files=$(find harness tests -name '*.js' -not -path '*/node_modules/*' | sort)
sh_files=$(find harness tests .ci -type f \( -name '*.sh' -o -name run \) 2>/dev/null | sort)

# shellcheck disable=SC2086 # the lists are newline-separated paths without spaces
{
    scan '(^|[^_[:alnum:]])(system|popen|wordexp)[[:space:]]*\(' $c_files
    scan '"/bin/sh"|"sh",[[:space:]]*"-c"|"-c",' $c_files
    scan 'shell[[:space:]]*=[[:space:]]*True|os\.(system|popen)[[:space:]]*\(|getoutput|getstatusoutput' $py_files
    scan "(^|[^._[:alnum:]])(exec|execSync)[[:space:]]*\\(|shell:[[:space:]]*true" $js_files
    # where child_process is loaded, any .exec( may be its exec under an alias
    cp_files=$(grep -l child_process $js_files /dev/null)
    scan '\.(exec|execSync)[[:space:]]*\(' $cp_files
    scan '(^|[;&|[:space:]])(sh|bash|dash)[[:space:]]+-c([[:space:]]|$)' $sh_files
    scan_eval $sh_files
}

if [ -s "$found" ]; then
    echo "no-shell.sh: a command string reaches a shell (use an argv list):" >&2
    cat "$found" >&2
    exit 1
fi
n=$(printf '%s\n' "$c_files" "$py_files" "$js_files" "$sh_files" | grep -c .)
echo "no-shell.sh: $n files, no command strings passed to a shell"
