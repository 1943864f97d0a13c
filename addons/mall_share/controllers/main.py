import base64
import hmac

from werkzeug.exceptions import NotFound

from odoo import http
from odoo.http import request

# a poster's URL carries its date (``unique``): a new poster is a new URL
IMMUTABLE_MAX_AGE = 365 * 24 * 3600


class MallSharePosterController(http.Controller):
    @http.route(
        "/mall/share/poster/<int:share_id>/<string:key>.png",
        type="http",
        auth="public",
        methods=["GET"],
        readonly=True,
        save_session=False,
    )
    def mall_share_poster(self, share_id, key, unique=None, **_kwargs):
        """A member's share poster, for whoever holds its URL (the key in
        it): the mini-program shows it and saves it to the album, without
        an Odoo session."""
        if share_id > 2**31 - 1:
            raise NotFound()
        # the public user reads no share: the key is what allows it
        share = request.env["mall.share"].sudo().browse(share_id).exists()
        if not share or not share.poster or not share.poster_key:
            raise NotFound()
        if not hmac.compare_digest(share.poster_key.encode(), key.encode()):
            raise NotFound()
        headers = [("Content-Type", "image/png")]
        if unique:
            headers.append(("Cache-Control", f"public, max-age={IMMUTABLE_MAX_AGE}, immutable"))
        return request.make_response(base64.b64decode(share.poster), headers)
