#!/bin/bash
# Waits for PostgreSQL, creates the database with the suite and its demo data
# on first start (Chinese, China, CNY, admin/admin), then runs the command.
set -euo pipefail
DB=${MALL_DB:-mall_demo}
export PGHOST=${PGHOST:-db} PGUSER=${PGUSER:-odoo} PGPASSWORD=${PGPASSWORD:-odoo}

for _ in $(seq 1 60); do
    pg_isready -q -d postgres && break
    sleep 1
done

if [ "${1:-}" = odoo ]; then
    shift
    modules=$(cd /mnt/mall-addons && ls -d */ | tr -d / | paste -sd, -)
    if ! psql -d postgres -Atc "select 1 from pg_database where datname = '$DB'" | grep -q 1; then
        echo "creating $DB with $modules and demo data"
        python3 /mnt/mall-scripts/create_db.py /etc/odoo/odoo.conf "$DB"
        odoo -c /etc/odoo/odoo.conf -d "$DB" -i "$modules" --stop-after-init
    fi
    exec odoo -c /etc/odoo/odoo.conf -d "$DB" --db-filter "^$DB\$" "$@"
fi
exec "$@"
