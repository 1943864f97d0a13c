from .tracking import TrackingEvent, TrackingList, TrackingShipment
