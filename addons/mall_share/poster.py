"""The share poster: the product's picture, name and price, who recommends
it, and the mini-program code, composed with Pillow into one PNG.

Chinese needs a CJK font: the first of ``FONT_CANDIDATES`` found on the
machine is used (Debian/Ubuntu ``fonts-wqy-microhei``; the official Odoo
image ships ``fonts-noto-cjk``). Without one the poster is still made, with
the price, the code and Latin text only, and a warning is logged once: a
poster with boxes instead of characters would be worse than none.
"""

import io
import logging
import os
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont, ImageOps

_logger = logging.getLogger(__name__)

FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
)
WIDTH = 750
PICTURE = 750
HEIGHT = 1140
MARGIN = 40
CODE_SIZE = 220
RED = (228, 57, 60)
DARK = (34, 34, 34)
GREY = (136, 136, 136)


@lru_cache(maxsize=1)
def cjk_font_path():
    """The path of a font that has Chinese characters, or None."""
    for path in FONT_CANDIDATES:
        if os.path.exists(path):
            return path
    _logger.warning(
        "no CJK font found (tried %s): share posters are made without Chinese text; "
        "install fonts-wqy-microhei",
        ", ".join(FONT_CANDIDATES),
    )
    return None


def _font(size):
    path = cjk_font_path()
    if path:
        return ImageFont.truetype(path, size)
    return ImageFont.load_default()


def _wrap(draw, text, font, width, max_lines):
    """``text`` cut into at most ``max_lines`` lines of ``width`` pixels (an
    ellipsis when it does not fit): Chinese has no spaces, cut per character."""
    lines, line = [], ""
    for char in text:
        if draw.textlength(line + char, font=font) <= width:
            line += char
            continue
        lines.append(line)
        line = char
        if len(lines) == max_lines:
            break
    else:
        if line:
            lines.append(line)
        return lines
    last = lines[-1]
    while last and draw.textlength(last + "…", font=font) > width:
        last = last[:-1]
    lines[-1] = last + "…"
    return lines


def compose_poster(code_png, title, price_text=None, picture=None, byline=None, caption=None):
    """The poster as PNG bytes.

    :param bytes code_png: the mini-program code (``getwxacodeunlimit``)
    :param str title: the product's name (or the invitation's headline)
    :param str price_text: e.g. ``¥59.90`` (none for an invitation)
    :param bytes picture: the product's picture (any format Pillow reads), or None
    :param str byline: e.g. ``张小米 推荐给你``
    :param str caption: under the code, e.g. ``长按识别小程序码``
    """
    chinese = cjk_font_path() is not None
    canvas = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(canvas)
    top = 0
    if picture:
        try:
            image = Image.open(io.BytesIO(picture)).convert("RGB")
            canvas.paste(ImageOps.fit(image, (PICTURE, PICTURE)), (0, 0))
            top = PICTURE
        except (OSError, ValueError):
            _logger.warning("the product picture of a share poster could not be read")
    if not top:
        draw.rectangle((0, 0, WIDTH, 360), fill=RED)
        top = 360
        if chinese:
            draw.text((MARGIN, 140), title[:14], font=_font(52), fill="white")
    text_width = WIDTH - 3 * MARGIN - CODE_SIZE
    y = top + 30
    if chinese:
        for line in _wrap(draw, title, _font(34), text_width, 2):
            draw.text((MARGIN, y), line, font=_font(34), fill=DARK)
            y += 46
    if price_text:
        # the yuan sign is in the CJK fonts; without one the digits still show
        text = price_text if chinese else price_text.replace("¥", "CNY ")
        draw.text((MARGIN, y + 14), text, font=_font(48), fill=RED)
        y += 80
    if byline and chinese:
        draw.text((MARGIN, HEIGHT - MARGIN - 34), byline[:20], font=_font(26), fill=GREY)
    code = Image.open(io.BytesIO(code_png)).convert("RGB").resize((CODE_SIZE, CODE_SIZE))
    code_x = WIDTH - MARGIN - CODE_SIZE
    code_y = HEIGHT - MARGIN - CODE_SIZE - 40
    canvas.paste(code, (code_x, code_y))
    if caption and chinese:
        font = _font(22)
        width = draw.textlength(caption, font=font)
        draw.text(
            (code_x + (CODE_SIZE - width) / 2, code_y + CODE_SIZE + 10),
            caption,
            font=font,
            fill=GREY,
        )
    out = io.BytesIO()
    canvas.save(out, format="PNG", optimize=True)
    return out.getvalue()
