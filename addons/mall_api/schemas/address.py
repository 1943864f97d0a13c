"""Schemas of the address routes."""

from pydantic import BaseModel, Field, field_validator

from .common import StrictModel

__all__ = [
    "MOBILE_PATTERN",
    "Address",
    "AddressCreate",
    "AddressList",
    "AddressUpdate",
]

# a mainland China mobile number
MOBILE_PATTERN = r"^1[3-9]\d{9}$"

_DESCRIPTIONS = {
    "name": "The recipient's name.",
    "phone": "The recipient's mainland mobile number, 11 digits (`^1[3-9]\\d{9}$`).",
    "province": "A province of China: its full name (广东省, 上海市, 广西壮族自治区) "
    "or its short name (广东, 上海, 广西).",
    "city": "The city (市).",
    "district": "The district or county (区/县).",
    "detail": "Street, building and door number.",
}


class Address(BaseModel):
    id: int
    name: str = Field(description=_DESCRIPTIONS["name"])
    phone: str | None = Field(default=None, description="The recipient's mobile number, in full.")
    province: str | None = Field(default=None, description="The province's full name.")
    city: str | None = None
    district: str | None = None
    detail: str | None = None
    is_default: bool


class AddressList(BaseModel):
    items: list[Address] = Field(description="The default address first, then the most recent.")


class AddressCreate(StrictModel):
    name: str = Field(min_length=1, max_length=32, description=_DESCRIPTIONS["name"])
    phone: str = Field(pattern=MOBILE_PATTERN, description=_DESCRIPTIONS["phone"])
    province: str = Field(min_length=1, max_length=16, description=_DESCRIPTIONS["province"])
    city: str = Field(min_length=1, max_length=32, description=_DESCRIPTIONS["city"])
    district: str | None = Field(default=None, max_length=32, description=_DESCRIPTIONS["district"])
    detail: str = Field(min_length=1, max_length=128, description=_DESCRIPTIONS["detail"])
    default: bool = Field(
        default=False,
        description="Make it the default address (a member's first address always is).",
    )


class AddressUpdate(StrictModel):
    """Any subset of the fields; only `district` may be set to null (cleared)."""

    name: str | None = Field(default=None, min_length=1, max_length=32)
    phone: str | None = Field(default=None, pattern=MOBILE_PATTERN)
    province: str | None = Field(default=None, min_length=1, max_length=16)
    city: str | None = Field(default=None, min_length=1, max_length=32)
    district: str | None = Field(default=None, max_length=32)
    detail: str | None = Field(default=None, min_length=1, max_length=128)
    default: bool | None = Field(
        default=None,
        description="true: make it the default address. false on the default address: "
        "the most recent other address becomes the default (a member with addresses "
        "always has one).",
    )

    @field_validator("name", "phone", "province", "city", "detail", "default", mode="before")
    @classmethod
    def _not_null(cls, value):
        # validators do not run on defaults: only an explicit null gets here
        if value is None:
            raise ValueError("may not be null")
        return value
