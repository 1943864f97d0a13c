from .tokens import ensure_secret


def post_init_hook(env):
    """Generate the per-database secret that signs the shoppers' tokens."""
    ensure_secret(env)
