from datetime import datetime, timedelta, timezone

from odoo import SUPERUSER_ID, api

CHINA_TZ = timezone(timedelta(hours=8))


def rfc3339_now():
    """Now in China time as WeChat wants it: ``2022-12-15T13:29:35.120+08:00``."""
    return datetime.now(CHINA_TZ).isoformat(timespec="milliseconds")


def mask_phone(number):
    """Mask a phone number except its last 4 digits (and the first 3 of a mobile):
    ``13800138000`` -> ``138****8000``.  Already masked numbers are kept."""
    if not number:
        return number
    number = number.strip()
    if "*" in number:
        return number
    if len(number) <= 4:
        return "*" * 4 + number
    head = number[:3] if len(number) >= 11 else ""
    return head + "*" * (len(number) - len(head) - 4) + number[-4:]


def write_surviving_rollback(record, vals):
    """``record.write(vals)``, and write it again in a new transaction if the
    current one is rolled back.

    queue_job's runner rolls the job's transaction back when the job raises
    ``RetryableJobError``; the attempt count and last error of a job that will
    be retried must still be visible to operators.
    """
    record.write(vals)
    registry, model, ids = record.env.registry, record._name, record.ids

    def rewrite():
        with registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            env[model].browse(ids).exists().write(vals)
            env.flush_all()

    record.env.cr.postrollback.add(rewrite)
