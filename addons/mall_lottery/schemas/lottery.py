"""Schemas of the lottery (抢签) routes."""

from typing import Literal

from pydantic import BaseModel, Field

from odoo.addons.mall_api.schemas.common import StrictModel, UtcDatetime

__all__ = [
    "Lottery",
    "LotteryDraw",
    "LotteryList",
    "LotteryOrderRequest",
    "LotteryRegistration",
    "LotteryRegistrationList",
    "LotteryWindow",
]

LotteryState = Literal["scheduled", "open", "drawing", "drawn", "closed"]
WindowPhase = Literal["scheduled", "open", "frozen", "drawing", "drawn"]
WinMode = Literal["quantity", "rate"]


class LotteryDraw(BaseModel):
    """The published draw of a window: before it opens only `seed_hash`;
    once drawn the seed, the frozen list and the winners (re-computed by
    `scripts/lottery_verify.py`)."""

    window_id: int
    algorithm: Literal["hmac-sha256"] = Field(
        description="Each registration id is scored HMAC-SHA256(key=seed, message=str(id)) "
        "(hex); ranked by (score, id); the first `winners_count` win."
    )
    seed_hash: str = Field(
        description="sha256 of the seed (hex), published before the window opens."
    )
    win_mode: WinMode
    win_rate: float | None = Field(default=None, description="`rate`: percent of registrations.")
    seed: str | None = Field(default=None, description="The seed, once drawn.")
    pool: int | None = Field(default=None, description="Units on offer when the window was drawn.")
    registrations: list[int] | None = Field(
        default=None, description="The frozen list: every registration id of the window."
    )
    winners: list[int] | None = Field(default=None, description="Winning ids, in ranking order.")
    winners_count: int | None = None
    drawn_at: UtcDatetime | None = None


class LotteryWindow(BaseModel):
    id: int
    start: UtcDatetime = Field(description="Registration opens (UTC).")
    end: UtcDatetime = Field(description="Registration closes (UTC).")
    draw_at: UtcDatetime = Field(description="The draw runs at this time (UTC).")
    phase: WindowPhase = Field(
        description="`scheduled` (not open yet), `open` (registration possible), `frozen` "
        "(closed, waiting for the draw), `drawing`, `drawn`."
    )
    draw: LotteryDraw


class LotteryRegistration(BaseModel):
    id: int
    lottery_id: int
    lottery_name: str
    window_id: int
    window_start: UtcDatetime
    window_end: UtcDatetime
    draw_at: UtcDatetime
    registered_at: UtcDatetime
    result: Literal["pending", "won", "lost"] = Field(
        description="`pending` until the draw, then `won` or `lost`."
    )
    qualification: Literal["none", "active", "ordered", "used", "expired"] = Field(
        description="A winner's purchase qualification: `active` (buy before "
        "`qualified_until`), `ordered` (an order waits for payment: `order_id`), `used`, "
        "`expired`."
    )
    qualified_until: UtcDatetime | None = None
    order_id: int | None = None
    price: float = Field(description="The lottery price of one unit.")
    currency: str
    product_id: int = Field(description="The variant.")
    product_name: str


class LotteryRegistrationList(BaseModel):
    items: list[LotteryRegistration]
    server_time: UtcDatetime


class Lottery(BaseModel):
    id: int
    name: str
    description: str | None = None
    state: LotteryState
    product_id: int = Field(description="The variant a winner buys.")
    product_tmpl_id: int
    product_name: str
    image_url: str
    list_price: float = Field(description="The product's normal price.")
    price: float = Field(description="The lottery price.")
    currency: str
    quantity: int = Field(description="Units on offer in all windows.")
    remaining: int = Field(description="Units the next draws can still allot.")
    win_mode: WinMode
    win_rate: float | None = Field(default=None, description="`rate`: percent.")
    validity_minutes: int = Field(description="A winner buys within this time after the draw.")
    real_name_required: bool
    next_window: LotteryWindow | None = Field(
        default=None, description="The window open now, else the next one to open."
    )
    windows: list[LotteryWindow] = Field(default_factory=list, description="Detail only.")
    my_registrations: list[LotteryRegistration] = Field(
        default_factory=list, description="The member's registrations in this lottery."
    )
    server_time: UtcDatetime = Field(
        description="Count down from this, not from the phone's clock."
    )


class LotteryList(BaseModel):
    items: list[Lottery]
    server_time: UtcDatetime


class LotteryOrderRequest(StrictModel):
    address_id: int = Field(ge=1, le=2**31 - 1)
    note: str | None = Field(default=None, max_length=200, description="买家留言.")
