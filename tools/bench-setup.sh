# Sourced by the memory benchmarks (bench-hostile.sh, bench-hostile-docx.sh).
# bench_setup NAME: makes sure GNU time is there (it gives peak RSS), installing it where it can,
# and sets BIN to the release plancheck unless BIN names a prebuilt one.
bench_setup() {
    if [ ! -x /usr/bin/time ] && command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
        apt-get install -y -qq time >/dev/null 2>&1 || true
    fi
    if [ ! -x /usr/bin/time ]; then
        echo "$1: needs GNU time (/usr/bin/time, Debian package 'time') for peak RSS" >&2
        exit 2
    fi
    if [ -z "${BIN:-}" ]; then
        swift build -c release --product plancheck >/dev/null
        BIN="$(swift build -c release --show-bin-path)/plancheck"
    fi
}
