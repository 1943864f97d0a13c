from .identity import identity_router

__all__ = ["identity_router"]
