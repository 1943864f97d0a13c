"""The shopper's photos, as the storefront takes them (after-sales requests,
product reviews): one implementation of the checks, for every addon.

A photo arrives base64-encoded in a JSON body (a ``data:`` URL prefix is
accepted). It is accepted when it decodes, is a JPEG or a PNG by its first
bytes (not by what the client says) and is under :data:`MAX_IMAGE_BYTES`;
at most :data:`MAX_IMAGES` per request. A refusal is a :class:`MallError`
of kind ``invalid`` naming the photo (``invalid_image``, ``image_too_large``,
``too_many_images``), raised before anything is written.
"""

import base64
import binascii

from odoo import Command

from .exceptions import MallError

MAX_IMAGES = 9
MAX_IMAGE_BYTES = 5 * 1024 * 1024
# an image in a JSON body: base64 of a little more than MAX_IMAGE_BYTES (so
# that the precise "over 5 MB" error comes from decode_images), with a data: prefix
MAX_IMAGE_CHARS = 7_100_000
# the largest body of a request carrying MAX_IMAGES such images and 64 KB for the rest
MAX_IMAGES_BODY_BYTES = MAX_IMAGES * MAX_IMAGE_CHARS + 64 * 1024
IMAGE_SIGNATURES = {
    b"\xff\xd8\xff": "image/jpeg",
    b"\x89PNG\r\n\x1a\n": "image/png",
}


def _invalid(code, message):
    return MallError(code, message, kind="invalid")


def decode_images(images, max_images=MAX_IMAGES):
    """Decode and check the shopper's images (base64 strings): at most
    ``max_images``, JPEG or PNG by their first bytes, each under 5 MB.

    :return: ``[(bytes, mimetype)]`` in the order given
    :raise MallError: ``too_many_images``, ``invalid_image``, ``image_too_large``
    """
    images = images or []
    if len(images) > max_images:
        raise _invalid("too_many_images", f"最多上传 {max_images} 张图片。")
    decoded = []
    for index, image in enumerate(images, start=1):
        data = image or ""
        if data.startswith("data:") and "," in data:
            data = data.split(",", 1)[1]
        try:
            raw = base64.b64decode(data, validate=True)
        except (binascii.Error, ValueError) as error:
            raise _invalid("invalid_image", f"第 {index} 张图片不是有效的 base64。") from error
        if len(raw) >= MAX_IMAGE_BYTES:
            raise _invalid("image_too_large", f"第 {index} 张图片超过 5 MB。")
        mimetype = next(
            (mime for magic, mime in IMAGE_SIGNATURES.items() if raw.startswith(magic)), None
        )
        if not mimetype:
            raise _invalid("invalid_image", f"第 {index} 张图片不是 JPEG 或 PNG。")
        decoded.append((raw, mimetype))
    return decoded


def image_extension(mimetype):
    """``jpeg`` or ``png``: the file name's extension of a decoded image."""
    return mimetype.split("/")[1]


def attach_images(record, decoded, prefix):
    """Attach the decoded images (``[(raw, mimetype)]``) to ``record``, named
    ``<prefix>-<n>.<jpeg|png>``, and set them as its ``image_ids``."""
    record.ensure_one()
    attachments = record.env["ir.attachment"].create(
        [
            {
                "name": f"{prefix}-{index}.{image_extension(mime)}",
                "raw": raw,
                "mimetype": mime,
                "res_model": record._name,
                "res_id": record.id,
            }
            for index, (raw, mime) in enumerate(decoded, start=1)
        ]
    )
    record.image_ids = [Command.set(attachments.ids)]
    return attachments
