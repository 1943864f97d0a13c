"""A version for per-worker caches of what shoppers see: a PostgreSQL
sequence each worker reads in one small query, bumped by the writes that
change the cached data. Workers cache under the version they read, so a bump
makes the next request of every worker recompute; nothing else is cleared.

Used by the storefront catalogue (``mall.catalog``) and the product detail's
reviews (``mall.review``)."""

from odoo.tools import SQL


def create(cr, sequence):
    """Create the sequence (a model's ``init``)."""
    cr.execute(SQL("CREATE SEQUENCE IF NOT EXISTS %s", SQL.identifier(sequence)))


def read(cr, sequence):
    """The current version."""
    cr.execute(SQL("SELECT last_value FROM %s", SQL.identifier(sequence)))
    return cr.fetchone()[0]


def bump(env, sequence):
    """Bump the version now, so that this transaction reads what it wrote,
    and again after its commit or rollback: another worker may have cached
    the committed data under the first bump meanwhile, and this worker may
    have cached what a rollback undid. Once per transaction and sequence
    after the end."""
    cr = env.cr
    cr.execute("SELECT nextval(%s)", [sequence])
    key = f"mall_cache_version:{sequence}"
    if cr.postcommit.data.get(key):
        return
    cr.postcommit.data[key] = True
    registry = env.registry

    def bump_after():
        with registry.cursor() as bump_cr:
            bump_cr.execute("SELECT nextval(%s)", [sequence])

    cr.postcommit.add(bump_after)
    cr.postrollback.add(bump_after)
