from fastapi import Depends

from odoo import api, fields, models
from odoo.addons.fastapi.dependencies import authenticated_partner_impl

from ..asgi import MallASGIMiddleware
from ..const import APP_NAME, DEFAULT_MAX_BODY_BYTES, MAX_BODY_PARAM, ROUTING_TYPE
from ..dependencies import authenticated_member_impl, no_unknown_query
from ..routers import (
    address_router,
    auth_router,
    cart_router,
    catalog_router,
    me_router,
    order_router,
)

API_DESCRIPTION = """
The JSON API of the WeChat mini-program.

Log in with `POST /auth/login` and a `wx.login()` code, then send the token
as `Authorization: Bearer <token>`. Every error is
`{"error": {"code": "...", "message": "..."}}`.
"""


class FastapiEndpoint(models.Model):
    _inherit = "fastapi.endpoint"

    app = fields.Selection(
        selection_add=[(APP_NAME, "WeChat Mall Storefront")],
        ondelete={APP_NAME: "cascade"},
    )

    def _get_fastapi_routers(self):
        if self.app == APP_NAME:
            return self._get_mall_routers()
        return super()._get_fastapi_routers()

    @api.model
    def get_app(self, path):
        """The storefront's app behind :class:`~..asgi.MallASGIMiddleware`
        (every error of the app reaches Odoo, see ``asgi.py``)."""
        app = super().get_app(path)
        record = self._get_endpoint(path)
        if app is not None and record and record.app == APP_NAME:
            return MallASGIMiddleware(app.app)
        return app

    def _get_mall_routers(self):
        """The routers of the ``mall`` app. Feature addons extend this:
        ``return super()._get_mall_routers() + [my_router]``."""
        return [
            auth_router,
            me_router,
            catalog_router,
            address_router,
            cart_router,
            order_router,
        ]

    @api.model
    def _mall_max_body_bytes(self, method, path):
        """The largest request body the ``mall`` app reads for ``method`` and
        ``path`` (below ``/mall/v1``): ``mall_api.max_body_bytes`` (default
        1 MB). A feature addon whose route takes more (e.g. images) returns
        its own limit for that route."""
        return self.env["ir.config_parameter"]._mall_param(
            MAX_BODY_PARAM, int, DEFAULT_MAX_BODY_BYTES, minimum=1
        )

    def _get_app(self):
        app = super()._get_app()
        if self.app == APP_NAME:
            app.dependency_overrides[authenticated_partner_impl] = authenticated_member_impl
        return app

    def _prepare_fastapi_app_params(self):
        params = super()._prepare_fastapi_app_params()
        if self.app == APP_NAME:
            params["description"] = self.description or API_DESCRIPTION
            params["version"] = "1"
        return params

    def _get_fastapi_app_dependencies(self):
        deps = super()._get_fastapi_app_dependencies()
        if self.app == APP_NAME:
            deps.append(Depends(no_unknown_query))
        return deps

    def _get_routing_info(self):
        routing = super()._get_routing_info()
        if self.app == APP_NAME:
            # errors in the mall's own shape (see ..dispatcher)
            routing["type"] = ROUTING_TYPE
            # every method reaches the app, which answers an undocumented one
            # with 405 in that shape (Odoo's router would answer HTML)
            routing["methods"] = None
        return routing
