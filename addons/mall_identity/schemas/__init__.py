from .identity import IdentityRequest, MemberIdentity

__all__ = ["IdentityRequest", "MemberIdentity"]
