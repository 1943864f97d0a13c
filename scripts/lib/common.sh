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

Unset ODOO_BIN and ODOO_PYTHON to let the scripts install Odoo 18.0 under
.local/ themselves, point them at a working Odoo 18.0 (ODOO_BIN=.../odoo-bin
ODOO_PYTHON=.../python), or use Docker: docker compose -f docker/compose.yml up
EOF
    exit 2
}

# The Odoo this suite is tested on, installed under .local/ when none is found.
# Upstream odoo/odoo 18.0 at 52acb3c1 (2024-11-24): the tree every test of the
# suite has run on; a newer 18.0 should work, this one is known to.
ODOO_COMMIT=52acb3c1d4cf8a7e8d1ab68015a4c55b5d5d8555
ODOO_ARCHIVE_URL="https://github.com/odoo/odoo/archive/$ODOO_COMMIT.tar.gz"
# embedded PostgreSQL 16.2 (pip wheel) when the machine has none: see README.md
PGSERVER_REQUIREMENT="pgserver==0.1.4"
BOOT_TREE="$LOCAL/odoo-18.0"
BOOT_VENV="$LOCAL/venv"

find_odoo() {
    if [ -z "${ODOO_BIN:-}" ] && [ -z "${ODOO_PYTHON:-}" ]; then
        if [ -f "$BOOT_TREE/odoo-bin" ] && [ -f "$BOOT_VENV/.mall-ready" ]; then
            ODOO_BIN=$BOOT_TREE/odoo-bin ODOO_PYTHON=$BOOT_VENV/bin/python
            bootstrap_odoo  # a no-op unless the requirements changed
        elif [ -f "${MALL_USUAL_ODOO:-/opt/odoo-18.0}/odoo-bin" ]; then
            ODOO_BIN=${MALL_USUAL_ODOO:-/opt/odoo-18.0}/odoo-bin
        elif [ -z "${MALL_USUAL_ODOO:-}" ] && command -v odoo >/dev/null 2>&1; then
            ODOO_BIN=$(command -v odoo)
        else
            bootstrap_odoo
            ODOO_BIN=$BOOT_TREE/odoo-bin ODOO_PYTHON=$BOOT_VENV/bin/python
        fi
    fi
    [ -n "${ODOO_BIN:-}" ] && [ -f "$ODOO_BIN" ] || _no_odoo "no odoo-bin found (ODOO_BIN is '${ODOO_BIN:-}')"
    if [ -z "${ODOO_PYTHON:-}" ]; then
        if [ -x "${MALL_USUAL_VENV:-/opt/venv-odoo}/bin/python" ]; then
            ODOO_PYTHON=${MALL_USUAL_VENV:-/opt/venv-odoo}/bin/python
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

# A Python the suite and Odoo 18.0 support (3.10-3.12).
_boot_python() {
    local candidate
    for candidate in ${MALL_BOOT_PYTHON:-} python3 python3.12 python3.11 python3.10; do
        command -v "$candidate" >/dev/null 2>&1 || continue
        if "$candidate" -c 'import sys, venv, ensurepip; sys.exit(not (3, 10) <= sys.version_info[:2] <= (3, 12))' >/dev/null 2>&1; then
            command -v "$candidate"
            return
        fi
    done
    die "Odoo 18.0 needs Python 3.10, 3.11 or 3.12 with its venv module, and none was found
(python3 is $(python3 --version 2>&1 || echo missing)). Install one, e.g. 'apt-get install python3.11 python3.11-venv',
or name it with MALL_BOOT_PYTHON=/path/to/python3.11"
}

# bootstrap_odoo: Odoo 18.0's source in .local/odoo-18.0 and a virtualenv in
# .local/venv with Odoo's requirements (adjusted in scripts/lib/odoo_requirements.py)
# and the suite's. Each step is redone until it has completed once: the tree
# is renamed into place only when whole, the venv is marked ready (with the
# hash of what was installed) only after pip succeeded.
bootstrap_odoo() {
    local source=${ODOO_SOURCE:-$ODOO_ARCHIVE_URL}
    if [ ! -f "$BOOT_TREE/odoo-bin" ]; then
        say "no Odoo 18.0 found: installing it under $LOCAL (once; a few minutes, about 1.5 GB on disk)"
        local py
        py=$(_boot_python)
        "$py" "$REPO/scripts/lib/fetch_odoo.py" "$source" "$BOOT_TREE" "$LOCAL/downloads" \
            || die "Odoo 18.0 could not be put in place (nothing was installed). Check the network or
set ODOO_SOURCE to a local Odoo 18.0 source tree, a .tar.gz archive of one or a mirror URL, then run again."
    fi
    local wanted
    wanted=$(cat "$REPO/scripts/lib/odoo_requirements.py" "$BOOT_TREE/requirements.txt" \
        "$REPO/requirements.txt" "$REPO/requirements-dev.txt" | md5sum | cut -c1-32)
    if [ -f "$BOOT_VENV/.mall-ready" ] && [ "$(cat "$BOOT_VENV/.mall-ready")" = "$wanted" ] \
        && [ -x "$BOOT_VENV/bin/python" ]; then
        return 0
    fi
    if [ ! -x "$BOOT_VENV/bin/python" ] || ! "$BOOT_VENV/bin/python" -c 'import sys' >/dev/null 2>&1; then
        local py
        py=$(_boot_python)
        say "creating the virtualenv $BOOT_VENV with $("$py" --version 2>&1)"
        rm -rf "$BOOT_VENV"
        "$py" -m venv "$BOOT_VENV" || die "could not create the virtualenv $BOOT_VENV"
    fi
    rm -f "$BOOT_VENV/.mall-ready"
    local reqs="$LOCAL/odoo-requirements.txt"
    "$BOOT_VENV/bin/python" "$REPO/scripts/lib/odoo_requirements.py" "$BOOT_TREE" >"$reqs" \
        || die "could not read $BOOT_TREE/requirements.txt"
    say "installing Odoo's and the suite's Python requirements into $BOOT_VENV (pip; log: $LOCAL/logs/pip-bootstrap.log)"
    {
        "$BOOT_VENV/bin/python" -m pip install --disable-pip-version-check -q --upgrade "pip>=23.1" \
            && "$BOOT_VENV/bin/python" "$REPO/scripts/lib/odoo_requirements.py" --register "$BOOT_TREE" \
            && "$BOOT_VENV/bin/python" -m pip install --disable-pip-version-check \
                -r "$reqs" -r "$REPO/requirements-dev.txt"
    } >"$LOCAL/logs/pip-bootstrap.log" 2>&1 \
        || { tail -25 "$LOCAL/logs/pip-bootstrap.log" >&2
             die "pip could not install the requirements (log: $LOCAL/logs/pip-bootstrap.log); run again once fixed"; }
    echo "$wanted" >"$BOOT_VENV/.mall-ready"
    say "Odoo 18.0 is installed in $BOOT_TREE, its Python in $BOOT_VENV"
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

# PostgreSQL server binaries: PG_BINDIR, else the machine's (Debian's
# /usr/lib/postgresql/*/bin, or pg_config), else none (empty).
_pg_bindir() {
    if [ -n "${PG_BINDIR:-}" ]; then
        echo "$PG_BINDIR"
        return
    fi
    local d= search=${MALL_PG_SEARCH-/usr/lib/postgresql/*/bin}
    # shellcheck disable=SC2086  # a glob
    [ -n "$search" ] && d=$(ls -d $search 2>/dev/null | sort -V | tail -1)
    if [ -n "$d" ]; then
        echo "$d"
    elif [ -z "${MALL_PG_SEARCH+set}" ] && command -v pg_config >/dev/null 2>&1; then
        pg_config --bindir
    fi
}

# The embedded PostgreSQL 16 of the pgserver wheel, installed into Odoo's Python
# when the machine has no PostgreSQL at all. Prints its bin folder.
_pg_embedded_bindir() {
    local bindir
    bindir=$("$ODOO_PYTHON" -c 'import os, pgserver; print(os.path.join(os.path.dirname(pgserver.__file__), "pginstall", "bin"))' 2>/dev/null)
    if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
        say "no PostgreSQL on this machine: installing the embedded PostgreSQL 16 ($PGSERVER_REQUIREMENT) into $ODOO_PYTHON" >&2
        local extra=()
        if "$ODOO_PYTHON" -c 'import sys, sysconfig, os; sys.exit(0 if os.path.exists(os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED")) else 1)'; then
            extra+=(--break-system-packages)
        fi
        "$ODOO_PYTHON" -m pip install --disable-pip-version-check -q "${extra[@]}" "$PGSERVER_REQUIREMENT" >&2 \
            || die "could not install $PGSERVER_REQUIREMENT: install PostgreSQL (e.g. apt-get install postgresql) or set the PG* variables"
        bindir=$("$ODOO_PYTHON" -c 'import os, pgserver; print(os.path.join(os.path.dirname(pgserver.__file__), "pginstall", "bin"))' 2>/dev/null)
    fi
    echo "$bindir"
}

_pg_answers() {
    psql -X -At -d postgres -c 'select 1' >/dev/null 2>&1
}

# As root the throwaway cluster belongs to an unprivileged user: 'postgres'
# when the machine has one, else a system user 'mall-postgres' made for it.
PG_OS_USER=
_pg_os_user() {
    [ -n "$PG_OS_USER" ] && return
    if id postgres >/dev/null 2>&1; then
        PG_OS_USER=postgres
    else
        id mall-postgres >/dev/null 2>&1 \
            || useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin mall-postgres \
            || die "running as root needs an unprivileged user to own the PostgreSQL cluster: create 'postgres'"
        PG_OS_USER=mall-postgres
    fi
}

_as_pg_owner() {
    if [ "$(id -u)" = 0 ]; then
        _pg_os_user
        runuser -u "$PG_OS_USER" -- "$@"
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
    if ! command -v psql >/dev/null 2>&1; then
        local bindir
        bindir=$(_pg_bindir)
        [ -n "$bindir" ] && [ -x "$bindir/psql" ] || bindir=$(_pg_embedded_bindir)
        PATH="$bindir:$PATH"
    fi
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
    if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
        bindir=$(_pg_embedded_bindir)
    fi
    [ -x "$bindir/initdb" ] || die "no PostgreSQL server binaries (initdb) in $bindir"
    local base="$LOCAL/pg-$name"
    case "$name" in tmp-*) PG_EPHEMERAL=1 ;; esac
    mkdir -p "$base"
    if [ "$(id -u)" = 0 ]; then
        _pg_os_user
        chown "$PG_OS_USER:" "$base"
        if ! runuser -u "$PG_OS_USER" -- test -w "$base"; then
            # the clone lives where the cluster's user cannot reach it
            base="${TMPDIR:-/tmp}/mall-pg-$(echo "$REPO" | md5sum | cut -c1-10)-$name"
            mkdir -p "$base"
            chown "$PG_OS_USER:" "$base"
        fi
        if ! runuser -u "$PG_OS_USER" -- test -x "$bindir/postgres"; then
            # binaries under a folder that user cannot enter (e.g. a venv in /root)
            local copy="${TMPDIR:-/tmp}/mall-pgbin-$(echo "$bindir" | md5sum | cut -c1-10)"
            if [ ! -x "$copy/bin/postgres" ]; then
                rm -rf "$copy.tmp" && cp -a "$(dirname "$bindir")" "$copy.tmp" && chmod -R a+rX "$copy.tmp" \
                    && rm -rf "$copy" && mv "$copy.tmp" "$copy" || die "could not copy the PostgreSQL binaries to $copy"
            fi
            bindir="$copy/bin"
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

# addons_fingerprint: one hash of every file under addons/ and the module list,
# so that scripts/run updates the demo database only when the code changed.
addons_fingerprint() {
    _odoo_python - "$REPO/addons" "$1" <<'EOF'
import hashlib, os, sys
root, modules = sys.argv[1], sys.argv[2]
h = hashlib.sha256(modules.encode())
for folder, dirs, files in os.walk(root):
    dirs[:] = sorted(d for d in dirs if d != "__pycache__")
    for name in sorted(files):
        if name.endswith((".pyc", ".pyo")):
            continue
        path = os.path.join(folder, name)
        h.update(os.path.relpath(path, root).encode() + b"\0")
        with open(path, "rb") as f:
            h.update(hashlib.sha256(f.read()).digest())
print(h.hexdigest())
EOF
}

# create_db CONF DB: a new database as Odoo's database manager makes it
# (Chinese, China, CNY, admin/admin), then the suite's addons with demo data.
create_db() {
    local conf=$1 db=$2 log=$3
    _odoo_python "$REPO/scripts/lib/create_db.py" "$conf" "$db" >>"$log" 2>&1 \
        || { tail -30 "$log" >&2; die "could not create the database $db (log: $log)"; }
}
