"""Schemas of the real-name routes."""

from typing import Literal

from pydantic import BaseModel, Field

from odoo.addons.mall_api.schemas.common import StrictModel, UtcDatetime


class IdentityRequest(StrictModel):
    name: str = Field(min_length=1, max_length=40, description="The name on the ID card.")
    id_number: str = Field(
        min_length=1,
        max_length=32,
        description="The 18-character resident ID number (公民身份号码). Never sent back.",
    )


class MemberIdentity(BaseModel):
    state: Literal["unverified", "verified"]
    name: str | None = Field(default=None, description="Masked: `*三`.")
    id_number: str | None = Field(
        default=None,
        description="Masked: `3301**********1234` (the full number never leaves the server).",
    )
    verified_at: UtcDatetime | None = None
