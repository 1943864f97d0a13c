from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

TrackingState = Literal["in_transit", "delivered", "exception", "unknown"]


class TrackingEvent(BaseModel):
    time: datetime | None = Field(None, description="UTC")
    context: str
    location: str | None = None
    status: str | None = None


class TrackingShipment(BaseModel):
    carrier: str | None = None
    carrier_code: str | None = Field(None, description="Kuaidi100 code, e.g. shunfeng")
    tracking_number: str
    state: TrackingState
    updated_at: datetime | None = Field(None, description="When the timeline last changed (UTC)")
    events: list[TrackingEvent] = Field(description="Newest first")


class TrackingList(BaseModel):
    order_id: int
    shipments: list[TrackingShipment]
