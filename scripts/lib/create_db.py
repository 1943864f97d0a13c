"""Create a database the way Odoo's database manager does, then verify it.

    create_db.py ODOO_CONF DB_NAME

Chinese (zh_CN) loaded and set on the admin, company in China with CNY, demo
data on, admin/admin. The suite's addons are installed afterwards by
odoo-bin -i (scripts/run, scripts/test). Odoo's own _initialize_db logs and
swallows its errors, so the result is checked here.
"""

import sys

import odoo
from odoo.service import db as db_service


def main(conf, name):
    odoo.tools.config.parse_config(["-c", conf, "--log-level=warn"])
    db_service.exp_create_database(
        name, True, "zh_CN", user_password="admin", login="admin", country_code="CN"
    )
    registry = odoo.modules.registry.Registry(name)
    with registry.cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        company = env.ref("base.main_company")
        admin = env.ref("base.user_admin")
        problems = []
        if company.country_id.code != "CN":
            problems.append("company country is not China")
        if company.currency_id.name != "CNY":
            problems.append("company currency is not CNY")
        if admin.lang != "zh_CN":
            problems.append("admin language is not zh_CN")
        if problems:
            print(
                "database %s was not initialised: %s" % (name, ", ".join(problems)), file=sys.stderr
            )
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
