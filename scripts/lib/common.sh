# shellcheck shell=bash
# Shared by scripts/run, scripts/test and scripts/lint (sourced, not run).
#
# find_odoo            sets ODOO_BIN, ODOO_PYTHON, ODOO_PYTHONPATH, ADDONS_PATH
# ensure_requirements  installs the pinned requirements into ODOO_PYTHON when one is missing
# pg_setup [NAME]      sets PGHOST/PGPORT/PGUSER(/PGPASSWORD): a server that answers, or a
#                      throwaway cluster under .local/pg-NAME (stopped again by pg_teardown;
#                      a NAME starting with "tmp-" is also deleted then)
# write_odoo_conf F    writes an Odoo config: odoo.conf + addons path, data dir, database

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOCAL="$REPO/.local"
mkdir -p "$LOCAL/logs"

die() {
    echo "error: $*" >&2
    exit 2
}

say() { echo "==> $*"; }

# Odoo and its Python ---------------------------------------------------------

_no_odoo() {
    cat >&2 <<EOF
error: Odoo 18.0 is not importable: $1

The suite runs on an Odoo 18.0 Community installed outside this repository.
Either:
  - run it in Docker:      docker compose -f docker/compose.yml up
                           docker compose -f docker/compose.yml run --rm tests
  - or install Odoo 18.0 from source, as Odoo's documentation describes
    ("Source install"), e.g. the tree in /opt/odoo-18.0 and a virtualenv in
    /opt/venv-odoo, or point the scripts at yours:
        ODOO_BIN=/path/to/odoo-bin ODOO_PYTHON=/path/to/python scripts/test
EOF
    exit 2
}

find_odoo() {
    if [ -z "${ODOO_BIN:-}" ]; then
        if [ -f /opt/odoo-18.0/odoo-bin ]; then
            ODOO_BIN=/opt/odoo-18.0/odoo-bin
        elif command -v odoo >/dev/null 2>&1; then
            ODOO_BIN=$(command -v odoo)
        fi
    fi
    [ -n "${ODOO_BIN:-}" ] && [ -f "$ODOO_BIN" ] || _no_odoo "no odoo-bin found (ODOO_BIN is '${ODOO_BIN:-}')"
    if [ -z "${ODOO_PYTHON:-}" ]; then
        if [ -x /opt/venv-odoo/bin/python ]; then
            ODOO_PYTHON=/opt/venv-odoo/bin/python
        else
            ODOO_PYTHON=$(command -v python3 || true)
        fi
    fi
    [ -n "$ODOO_PYTHON" ] && [ -x "$ODOO_PYTHON" ] || _no_odoo "no Python found (ODOO_PYTHON is '${ODOO_PYTHON:-}')"
    # A source tree: its odoo package comes first, before any odoo/ folder that
    # OCA wheels create in site-packages.
    ODOO_PYTHONPATH=
    local tree
    tree=$(cd "$(dirname "$ODOO_BIN")" && pwd)
    if [ -f "$tree/odoo/release.py" ]; then
        ODOO_PYTHONPATH=$tree
    fi
    export ODOO_BIN ODOO_PYTHON
    local version
    version=$(_odoo_python -c 'import odoo.release as r; print("%s.%s" % r.version_info[:2])' 2>&1) \
        || _no_odoo "'$ODOO_PYTHON' cannot import odoo: $(echo "$version" | tail -1)"
    [ "$version" = "18.0" ] || _no_odoo "found Odoo $version, the suite needs 18.0"
}

# Run ODOO_PYTHON with the Odoo tree first on the path.
_odoo_python() {
    PYTHONPATH="${ODOO_PYTHONPATH}${PYTHONPATH:+:$PYTHONPATH}" "$ODOO_PYTHON" "$@"
}

# odoo-bin started through ODOO_PYTHON (the tree's own script, never `python -m odoo`).
odoo_bin() {
    _odoo_python "$ODOO_BIN" "$@"
}

compute_addons_path() {
    ADDONS_PATH=$(_odoo_python - "$REPO/addons" <<'EOF'
import os, sys
import odoo, odoo.addons
paths = [sys.argv[1]]
tree_addons = os.path.join(os.path.dirname(os.path.dirname(odoo.__file__)), "addons")
if os.path.isdir(tree_addons):
    paths.append(tree_addons)
# odoo.addons.__path__ holds odoo/addons of the tree and the site-packages
# folder where OCA wheels install their addons.
paths += [p for p in odoo.addons.__path__ if os.path.isdir(p)]
seen = []
for p in map(os.path.abspath, paths):
    if p not in seen:
        seen.append(p)
print(",".join(seen))
EOF
)
    export ADDONS_PATH
}

# Python requirements ---------------------------------------------------------

ensure_requirements() {
    if _odoo_python "$REPO/scripts/lib/check_requirements.py" "$@"; then
        return 0
    fi
    say "installing missing Python requirements into $ODOO_PYTHON"
    local args=()
    local f
    for f in "$@"; do args+=(-r "$f"); done
    local extra=()
    if "$ODOO_PYTHON" -c 'import sys, sysconfig, os; sys.exit(0 if os.path.exists(os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED")) else 1)'; then
        extra+=(--break-system-packages)
    fi
    "$ODOO_PYTHON" -m pip install --disable-pip-version-check -q "${extra[@]}" "${args[@]}" \
        || die "pip could not install $*: fix the pins or the index, then run again"
    _odoo_python "$REPO/scripts/lib/check_requirements.py" "$@" \
        || die "requirements still unsatisfied after pip install"
}

# PostgreSQL ------------------------------------------------------------------

_conf_value() {
    # _conf_value KEY: the value of KEY in odoo.conf, empty for False/unset
    "$ODOO_PYTHON" - "$REPO/odoo.conf" "$1" <<'EOF'
import configparser, sys
p = configparser.RawConfigParser()
p.read(sys.argv[1])
v = p.get("options", sys.argv[2], fallback="")
print("" if v in ("False", "None") else v)
EOF
}

_pg_bindir() {
    if [ -n "${PG_BINDIR:-}" ]; then
        echo "$PG_BINDIR"
        return
    fi
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    if [ -n "$d" ]; then
        echo "$d"
    elif command -v pg_config >/dev/null 2>&1; then
        pg_config --bindir
    fi
}

_pg_answers() {
    psql -X -At -d postgres -c 'select 1' >/dev/null 2>&1
}

_as_pg_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

PG_STARTED=
PG_DATA=
PG_BASE=
PG_EPHEMERAL=

pg_setup() {
    local name=${1:-run}
    local v
    for v in host port user password; do
        local env_name="PG${v^^}"
        if [ -z "${!env_name:-}" ]; then
            local cv
            cv=$(_conf_value "db_$v")
            [ -n "$cv" ] && export "$env_name=$cv"
        fi
    done
    command -v psql >/dev/null 2>&1 || PATH="$(_pg_bindir):$PATH"
    command -v psql >/dev/null 2>&1 || die "no PostgreSQL client (psql) found; install PostgreSQL or set PG_BINDIR"
    if [ -n "${PGHOST:-}${PGPORT:-}${PGUSER:-}" ] && _pg_answers; then
        say "using PostgreSQL at ${PGHOST:-local socket}:${PGPORT:-5432} as ${PGUSER:-$(id -un)}"
        _pg_check_user
        return
    fi
    if [ -z "${PGHOST:-}${PGPORT:-}${PGUSER:-}" ] && [ "$(id -u)" != 0 ] && _pg_answers; then
        say "using the local PostgreSQL as $(id -un)"
        return
    fi
    _pg_start_cluster "$name"
}

_pg_check_user() {
    [ "${PGUSER:-$(id -un)}" != postgres ] \
        || die "Odoo refuses to connect as 'postgres': set PGUSER (or db_user in odoo.conf) to another role"
}

_pg_start_cluster() {
    local name=$1
    local bindir
    bindir=$(_pg_bindir)
    [ -n "$bindir" ] && [ -x "$bindir/initdb" ] \
        || die "no PostgreSQL answers and no PostgreSQL server binaries (initdb) were found; set PG_BINDIR or the PG* variables"
    local base="$LOCAL/pg-$name"
    case "$name" in tmp-*) PG_EPHEMERAL=1 ;; esac
    mkdir -p "$base"
    if [ "$(id -u)" = 0 ]; then
        id postgres >/dev/null 2>&1 || die "running as root needs a 'postgres' system user to own the throwaway cluster"
        chown postgres: "$base"
        if ! runuser -u postgres -- test -w "$base"; then
            # the clone lives where the postgres user cannot reach it
            base="${TMPDIR:-/tmp}/mall-pg-$(echo "$REPO" | md5sum | cut -c1-10)-$name"
            mkdir -p "$base"
            chown postgres: "$base"
        fi
    fi
    PG_BASE=$base
    PG_DATA="$base/data"
    local sock="$base/run"
    _as_pg_owner mkdir -p "$sock"
    if [ ! -f "$PG_DATA/PG_VERSION" ]; then
        say "creating a throwaway PostgreSQL cluster in $PG_DATA"
        _as_pg_owner "$bindir/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$base/initdb.log" 2>&1 \
            || { cat "$base/initdb.log" >&2; die "initdb failed"; }
    fi
    local port
    if _as_pg_owner "$bindir/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
        port=$(sed -n 4p "$PG_DATA/postmaster.pid")
        say "reusing the throwaway PostgreSQL cluster already running on port $port"
    else
        port=$("$ODOO_PYTHON" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
        _as_pg_owner "$bindir/pg_ctl" -D "$PG_DATA" -l "$base/postgresql.log" -w -t 60 \
            -o "-p $port -k $sock -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
            start >/dev/null || { tail -20 "$base/postgresql.log" >&2; die "could not start PostgreSQL"; }
        PG_STARTED=$bindir
        say "started a throwaway PostgreSQL cluster on 127.0.0.1:$port"
    fi
    export PGHOST=127.0.0.1 PGPORT=$port PGUSER=postgres
    unset PGPASSWORD
    psql -X -q -d postgres -c "DO \$\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'odoo') THEN CREATE ROLE odoo LOGIN SUPERUSER; END IF; END\$\$;" \
        || die "could not create the odoo role"
    export PGUSER=odoo
}

pg_teardown() {
    if [ -n "$PG_STARTED" ]; then
        _as_pg_owner "$PG_STARTED/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
        say "stopped the throwaway PostgreSQL cluster"
        PG_STARTED=
    fi
    if [ -n "$PG_EPHEMERAL" ] && [ -n "$PG_BASE" ]; then
        rm -rf "$PG_BASE"
        PG_EPHEMERAL=
    fi
}

db_exists() {
    [ "$(psql -X -At -d postgres -c "select 1 from pg_database where datname = '$1'")" = 1 ]
}

# Odoo configuration ----------------------------------------------------------

suite_modules() {
    # every installable addon of the suite, comma-separated
    _odoo_python - "$REPO/addons" <<'EOF'
import ast, os, sys
root = sys.argv[1]
names = []
for name in sorted(os.listdir(root)):
    manifest = os.path.join(root, name, "__manifest__.py")
    if os.path.isfile(manifest):
        with open(manifest) as f:
            if ast.literal_eval(f.read()).get("installable", True):
                names.append(name)
print(",".join(names))
EOF
}

write_odoo_conf() {
    local target=$1
    _odoo_python - "$REPO/odoo.conf" "$target" <<EOF
import configparser, sys
p = configparser.RawConfigParser()
p.read(sys.argv[1])
o = p["options"]
o["addons_path"] = "$ADDONS_PATH"
o["data_dir"] = "$LOCAL/data"
o["db_host"] = "${PGHOST:-False}"
o["db_port"] = "${PGPORT:-False}"
o["db_user"] = "${PGUSER:-False}"
o["db_password"] = "${PGPASSWORD:-False}"
with open(sys.argv[2], "w") as f:
    p.write(f)
EOF
}

# create_db CONF DB: a new database as Odoo's database manager makes it
# (Chinese, China, CNY, admin/admin), then the suite's addons with demo data.
create_db() {
    local conf=$1 db=$2 log=$3
    _odoo_python "$REPO/scripts/lib/create_db.py" "$conf" "$db" >>"$log" 2>&1 \
        || { tail -30 "$log" >&2; die "could not create the database $db (log: $log)"; }
}
