# The shopper's mini-program (miniprogram/, uni-app): what scripts/run and
# scripts/test do with it. Sourced after common.sh.
MP_DIR="$REPO/miniprogram"
MP_NODE_MIN=18

# mp_node_ok: node (>= 18) and npm are on this machine.
mp_node_ok() {
    command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 \
        && node -e "process.exit(+process.versions.node.split('.')[0] < $MP_NODE_MIN ? 1 : 0)" 2>/dev/null
}

mp_missing_node_message() {
    echo "node (>= $MP_NODE_MIN) and npm are not on this machine: install Node.js (e.g. Debian's nodejs and npm packages)"
}

# mp_ensure_deps LOG: `npm ci` when node_modules is missing or the lockfile
# changed since the last install (its hash is kept in node_modules/).
mp_ensure_deps() {
    local log=$1 stamp="$MP_DIR/node_modules/.mall-lockfile-sha256" hash
    hash=$(sha256sum "$MP_DIR/package-lock.json" | cut -d' ' -f1)
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$hash" ]; then
        return 0
    fi
    say "installing the mini-program's npm packages (npm ci; log: $log)"
    # puppeteer-core never downloads a browser; the variable is belt and braces
    if (cd "$MP_DIR" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund) >"$log" 2>&1; then
        echo "$hash" >"$stamp"
    else
        tail -20 "$log" >&2
        return 1
    fi
}

# mp_fingerprint: one hash of what the H5 build is made of.
mp_fingerprint() {
    (
        cd "$MP_DIR" || exit 1
        find src index.html package-lock.json vite.config.ts tsconfig.json -type f -print0 2>/dev/null \
            | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1
    )
}

# mp_build_h5 LOG: build miniprogram/dist/build/h5 (served by mall_h5 at
# /mall/h5/) when its sources changed since the last build; never fatal:
# without node, or when the build fails, the API still runs.
mp_build_h5() {
    local log=$1 stamp="$LOCAL/h5-build.fingerprint" fingerprint
    if ! mp_node_ok; then
        say "$(mp_missing_node_message); the H5 shop (/mall/h5/) is not built, the API runs"
        return 0
    fi
    fingerprint=$(mp_fingerprint)
    if [ -f "$MP_DIR/dist/build/h5/index.html" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$fingerprint" ]; then
        say "the H5 shop is up to date with miniprogram/"
        return 0
    fi
    rm -f "$stamp"
    mp_ensure_deps "$log" || { say "npm ci failed (log: $log): the H5 shop is not built, the API runs"; return 0; }
    say "building the H5 shop from miniprogram/ (log: $log)"
    if (cd "$MP_DIR" && npm run build:h5) >>"$log" 2>&1; then
        echo "$fingerprint" >"$stamp"
    else
        tail -20 "$log" >&2
        say "building the H5 shop failed (log: $log): the API runs without it"
    fi
}

# mp_junit_skip_or_fail REPORT NAME MESSAGE: a JUnit report of one test that
# failed (CI=true) or was skipped, for what could not run at all.
mp_junit_skip_or_fail() {
    local report=$1 name=$2 message=$3 body
    if [ "${CI:-}" = "true" ]; then
        body="<failure message=\"$message\"/>"
    else
        body="<skipped message=\"$message\"/>"
    fi
    cat >"$report" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<testsuites><testsuite name="miniprogram" tests="1"><testcase classname="miniprogram" name="$name">$body</testcase></testsuite></testsuites>
XML
}
