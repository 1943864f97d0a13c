"""The shopper's delivery addresses: child partners (``type`` delivery) of the
member, archived when deleted so that orders keep their address."""

from typing import Annotated

from fastapi import APIRouter, Path, Response

from ..dependencies import CurrentShopper
from ..exceptions import MallApiError, not_found
from ..models.res_partner import MALL_ADDRESS_CONTEXT, MAX_DELIVERY_ADDRESSES
from ..schemas import Address, AddressCreate, AddressList, AddressUpdate, ErrorResponse
from .common import ERROR_RESPONSES

address_router = APIRouter(tags=["address"], responses=ERROR_RESPONSES)

ADDRESS_FIELDS = ["name", "mobile", "state_id", "city", "mall_district", "street"]
CREATE_FIELDS = ("name", "phone", "province", "city", "district", "detail")
ADDRESS_NOT_FOUND = "收货地址不存在。"
# longest first: 新疆维吾尔自治区 -> 新疆, 香港特别行政区 -> 香港
PROVINCE_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市")


def _short_province(name):
    for suffix in PROVINCE_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def resolve_province(env, province):
    """The state of China named ``province`` (广东省 or 广东); 422 otherwise."""
    china = env.ref("base.cn", raise_if_not_found=False)
    if china:
        states = env["res.country.state"].search([("country_id", "=", china.id)])
        rows = states.read(["name"], load=None)
        for row in rows:
            if row["name"] == province:
                return row["id"], china.id
        for row in rows:
            if _short_province(row["name"]) == province:
                return row["id"], china.id
    raise MallApiError(422, "invalid_province", f"无法识别的省份：{province}。")


def address_data(env, addresses):
    """``Address`` of each address, read with one ``read``."""
    rows = addresses.read(ADDRESS_FIELDS + ["mall_default_address"], load=None)
    state_ids = {row["state_id"] for row in rows if row["state_id"]}
    states = {
        row["id"]: row["name"]
        for row in env["res.country.state"].browse(state_ids).read(["name"], load=None)
    }
    return [
        Address(
            id=row["id"],
            name=row["name"] or "",
            phone=row["mobile"] or None,
            province=states.get(row["state_id"]),
            city=row["city"] or None,
            district=row["mall_district"] or None,
            detail=row["street"] or None,
            is_default=bool(row["mall_default_address"]),
        )
        for row in rows
    ]


def _member_address(member, address_id):
    address = member._mall_delivery_address(address_id)
    if not address:
        raise not_found(ADDRESS_NOT_FOUND)
    return address


def _vals(env, data, fields_set):
    """res.partner values of the fields given in the request."""
    vals = {}
    if "name" in fields_set:
        vals["name"] = data.name
    if "phone" in fields_set:
        vals["mobile"] = data.phone
    if "province" in fields_set:
        vals["state_id"], vals["country_id"] = resolve_province(env, data.province)
    if "city" in fields_set:
        vals["city"] = data.city
    if "district" in fields_set:
        vals["mall_district"] = data.district or False
    if "detail" in fields_set:
        vals["street"] = data.detail
    return vals


@address_router.get("/addresses", response_model=AddressList)
def list_addresses(shopper: CurrentShopper) -> AddressList:
    """The member's delivery addresses: the default one first, then the most recent."""
    member = shopper.member
    return AddressList(items=address_data(member.env, member._mall_delivery_addresses()))


@address_router.get("/addresses/{address_id}", response_model=Address)
def get_address(
    address_id: Annotated[int, Path(ge=1, le=2**31 - 1)],
    shopper: CurrentShopper,
) -> Address:
    """One of the member's delivery addresses; 404 for any other id."""
    member = shopper.member
    return address_data(member.env, _member_address(member, address_id))[0]


@address_router.post(
    "/addresses",
    response_model=Address,
    status_code=201,
    responses={409: {"model": ErrorResponse, "description": "Too many addresses"}},
)
def create_address(data: AddressCreate, shopper: CurrentShopper) -> Address:
    """Add a delivery address (at most 20). The first one, or one sent with
    `default: true`, becomes the default address."""
    member = shopper.member
    env = member.env
    vals = _vals(env, data, CREATE_FIELDS)
    member._mall_lock_delivery_addresses()
    existing = member._mall_delivery_addresses()
    if len(existing) >= MAX_DELIVERY_ADDRESSES:
        raise MallApiError(
            409, "address_limit", f"最多只能保存 {MAX_DELIVERY_ADDRESSES} 个收货地址。"
        )
    address = (
        env["res.partner"]
        .with_context(**{MALL_ADDRESS_CONTEXT: True})
        .create(
            {
                **vals,
                "parent_id": member.id,
                "type": "delivery",
                "company_id": member.company_id.id,
            }
        )
    )
    if data.default or not existing:
        member._mall_set_default_address(address)
    return address_data(env, address)[0]


@address_router.patch("/addresses/{address_id}", response_model=Address)
def update_address(
    address_id: Annotated[int, Path(ge=1, le=2**31 - 1)],
    data: AddressUpdate,
    shopper: CurrentShopper,
) -> Address:
    """Change any of the fields of a delivery address of the member."""
    member = shopper.member
    env = member.env
    member._mall_lock_delivery_addresses()
    address = _member_address(member, address_id)
    vals = _vals(env, data, data.model_fields_set)
    if vals:
        address.write(vals)
    if data.default:
        member._mall_set_default_address(address)
    elif data.default is False and address.mall_default_address:
        others = (member._mall_delivery_addresses() - address).sorted("id", reverse=True)
        if others:
            member._mall_set_default_address(others[0])
    return address_data(env, address)[0]


@address_router.delete("/addresses/{address_id}", status_code=204, response_class=Response)
def delete_address(
    address_id: Annotated[int, Path(ge=1, le=2**31 - 1)],
    shopper: CurrentShopper,
) -> Response:
    """Delete a delivery address (orders keep it). When it was the default, the
    most recent remaining address becomes the default."""
    member = shopper.member
    member._mall_lock_delivery_addresses()
    address = _member_address(member, address_id)
    address.write({"active": False, "mall_default_address": False})
    member._mall_ensure_default_address()
    return Response(status_code=204)
