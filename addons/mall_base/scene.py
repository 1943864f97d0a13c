"""The mini-program ``scene``: one short grammar, parsed and built here only.

WeChat gives a mini-program QR code (``getwxacodeunlimit``) a ``scene`` of at
most 32 visible characters from ``0-9 A-Z a-z !#$&'()*+,/:;=?@-._~`` (no
``%``, so no URL-encoded Chinese). Share links (``onShareAppMessage``) carry
the same string as a page query parameter, and the client hands it to
``POST /auth/login`` and to the routes that take one.

Grammar: ``key=value`` pairs joined by ``&``, each key one letter, each value
``[0-9A-Za-z_-]`` (ids in decimal, codes as issued)::

    u=K7Q2M9XA&p=12      a member's share of product 12
    o=3&g=41&u=K7Q2M9XA  an invitation into group 41 of group-buy offer 3
    s=S01&c=C07          a clerk's QR code in a store

Keys (unknown keys are ignored, so an older server reads a newer scene):

==== =============== ==========================================
key  name            meaning
==== =============== ==========================================
u    ``sharer``      the share code of the member who shared
p    ``product``     a product template id
f    ``flash_sale``  a flash sale id
o    ``group_offer`` a group-buy offer id
g    ``group``       a group (拼团) id
s    ``store``       a store code
c    ``clerk``       a clerk code
m    ``campaign``    a campaign code
h    ``share``       a share id (``mall_share``: which link or poster)
==== =============== ==========================================

The scenes written before this grammar, ``<channel>:<code>`` (e.g.
``store_qr:S01``), are still read: their channel is kept, and a store or
clerk channel's code is read as the store or clerk.
"""

import re

MAX_LENGTH = 32
KEYS = {
    "u": "sharer",
    "p": "product",
    "f": "flash_sale",
    "o": "group_offer",
    "g": "group",
    "s": "store",
    "c": "clerk",
    "m": "campaign",
    "h": "share",
}
NAMES = {name: key for key, name in KEYS.items()}
# which parts name the channel a new member came in through, strongest first
CHANNEL_OF_PART = (
    ("clerk", "clerk_qr"),
    ("store", "store_qr"),
    ("campaign", "campaign"),
    ("sharer", "share"),
)
LEGACY_CHANNELS = {
    "store_qr": "store",
    "clerk_qr": "clerk",
    "wecom": None,
    "share": None,
    "campaign": "campaign",
}
_VALUE = re.compile(r"^[0-9A-Za-z_-]{1,30}$")
_ID_NAMES = {"product", "flash_sale", "group_offer", "group", "share"}


def parse_scene(scene):
    """``"o=3&g=41&u=K7Q2"`` -> ``{"group_offer": 3, "group": 41, "sharer": "K7Q2"}``.

    Ids are ints. Never raises: anything that is not the grammar gives ``{}``
    (a legacy ``channel:code`` gives ``{"channel": channel}`` and its store or
    clerk); a pair that breaks the grammar is dropped, the others are kept.
    """
    scene = (scene or "").strip()
    if not scene or len(scene) > MAX_LENGTH:
        return {}
    if "=" not in scene and ":" in scene:
        channel, _sep, code = scene.partition(":")
        if channel not in LEGACY_CHANNELS:
            return {}
        parts = {"channel": channel}
        name = LEGACY_CHANNELS[channel]
        if name and _VALUE.match(code):
            parts[name] = code
        return parts
    parts = {}
    for pair in scene.split("&"):
        key, sep, value = pair.partition("=")
        name = KEYS.get(key)
        if not sep or not name or not _VALUE.match(value) or name in parts:
            continue
        if name in _ID_NAMES:
            if not value.isdigit() or int(value) <= 0 or len(value) > 9:
                continue
            value = int(value)
        parts[name] = value
    return parts


def format_scene(**parts):
    """``format_scene(group_offer=3, group=41, sharer="K7Q2")`` -> ``"o=3&g=41&u=K7Q2"``.

    Parts that are None/False are left out; raises ``ValueError`` for an
    unknown part, a value outside the grammar or a scene over 32 characters.
    """
    pairs = []
    for name, value in parts.items():
        if value is None or value is False:
            continue
        if name not in NAMES:
            raise ValueError(f"unknown scene part {name!r}")
        value = str(value)
        if not _VALUE.match(value):
            raise ValueError(f"scene part {name}={value!r} is not [0-9A-Za-z_-]")
        pairs.append(f"{NAMES[name]}={value}")
    scene = "&".join(pairs)
    if len(scene) > MAX_LENGTH:
        raise ValueError(f"scene {scene!r} is longer than {MAX_LENGTH} characters")
    return scene


def channel_of_scene(scene):
    """The registration channel a scene stands for (``miniprogram`` when none)."""
    parts = parse_scene(scene)
    if "channel" in parts:
        return parts["channel"]
    for name, channel in CHANNEL_OF_PART:
        if name in parts:
            return channel
    return "miniprogram"
