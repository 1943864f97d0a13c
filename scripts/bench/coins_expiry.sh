#!/usr/bin/env bash
# Runs scripts/bench/coins_expiry.py on a database of its own: finds Odoo and a
# PostgreSQL as scripts/test does (the PG* server when one answers, else a
# throwaway cluster .local/pg-tmp-bench-coins-<pid>, deleted at the end),
# creates a database with mall_coin (no demo data), runs the benchmark
# (arguments passed on, e.g. --lines 100000), drops the database.
set -euo pipefail
# shellcheck source=../lib/common.sh
source "$(dirname "$0")/../lib/common.sh"
find_odoo
ensure_requirements "$REPO/requirements.txt"
compute_addons_path

DB="mall_bench_coins_$$"
RUN_DIR="$LOCAL/runs/bench-coins-$$"
mkdir -p "$RUN_DIR"
CONF="$RUN_DIR/odoo.conf"
LOG="$RUN_DIR/install.log"

cleanup() {
    local rc=$?
    set +e
    db_exists "$DB" 2>/dev/null && odoo_bin db -c "$CONF" drop "$DB" >/dev/null 2>&1
    pg_teardown
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

pg_setup "tmp-bench-coins-$$"
write_odoo_conf "$CONF"
say "creating the database $DB with mall_coin (log: $LOG)"
create_db "$CONF" "$DB" "$LOG"
odoo_bin -c "$CONF" -d "$DB" -i mall_coin --without-demo=all --stop-after-init --log-level=warn \
    >>"$LOG" 2>&1 || { tail -30 "$LOG" >&2; die "installing mall_coin failed (log: $LOG)"; }
say "benchmark"
_odoo_python "$REPO/scripts/bench/coins_expiry.py" --config "$CONF" --database "$DB" "$@"
