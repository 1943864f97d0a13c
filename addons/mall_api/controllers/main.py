from werkzeug.exceptions import NotFound

from odoo import http
from odoo.http import request

PRODUCT_MODELS = ("product.template", "product.product")
PRODUCT_FIELDS = ("image_128", "image_256", "image_512", "image_1024", "image_1920")
# pictures of a company shoppers are shown (the customer-service QR code of
# mall_after_sale: GET /service/contact)
COMPANY_FIELDS = ("mall_service_qr",)
# an image URL carries its record's write date (``unique``): a new picture is
# a new URL, so a browser or CDN may keep one for a year
IMMUTABLE_MAX_AGE = 365 * 24 * 3600


class MallImageController(http.Controller):
    @http.route(
        "/mall/image/<string:model>/<int:record_id>/<string:field>",
        type="http",
        auth="public",
        methods=["GET"],
        readonly=True,
        save_session=False,
    )
    def mall_image(self, model, record_id, field, unique=None, **_kwargs):
        """The picture of a product shoppers may see (published in the
        mall), or the company's customer-service QR code, for everyone:
        shoppers have no Odoo session, and Odoo's ``/web/image`` serves
        records to users with read access only."""
        if record_id > 2**31 - 1:
            raise NotFound()
        if model in PRODUCT_MODELS and field in PRODUCT_FIELDS:
            # the public user reads no product: only published mall products pass
            record = request.env[model].sudo().browse(record_id).exists()
            template = record if model == "product.template" else record.product_tmpl_id
            if not record or not template.filtered_domain(
                [("mall_ok", "=", True), ("mall_published", "=", True), ("sale_ok", "=", True)]
            ):
                raise NotFound()
        elif model == "res.company" and field in COMPANY_FIELDS:
            # (a field of an addon that may not be installed)
            company = request.env["res.company"].sudo().browse(record_id).exists()
            if not company or field not in company._fields or not company[field]:
                raise NotFound()
            record = company
        else:
            raise NotFound()
        stream = request.env["ir.binary"]._get_image_stream_from(
            record, field, placeholder="web/static/img/placeholder.png"
        )
        immutable = bool(unique)
        response = stream.get_response(immutable=immutable)
        if immutable:
            response.headers["Cache-Control"] = f"public, max-age={IMMUTABLE_MAX_AGE}, immutable"
        return response
