"""A member's share: a link or a poster of a product (or of the shop, for
an invitation), whose scene names what is shared and who shares it."""

import base64
import logging
import secrets
from datetime import datetime
from urllib.parse import quote

from odoo import api, fields, models
from odoo.addons.mall_base.exceptions import MallError
from odoo.addons.mall_base.poster import compose_poster
from odoo.addons.mall_base.scene import format_scene, parse_scene
from odoo.addons.wechat_miniprogram.exceptions import WeChatError
from odoo.exceptions import UserError
from odoo.tools import SQL

_logger = logging.getLogger(__name__)

CHANNELS = [("link", "Link"), ("poster", "Poster")]
PRODUCT_PAGE = "pages/product/detail"
INVITE_PAGE = "pages/index/index"


class MallShare(models.Model):
    _name = "mall.share"
    _description = "Mall Share"
    _order = "id desc"
    _rec_names_search = ["member_id", "product_tmpl_id"]

    member_id = fields.Many2one(
        "res.partner",
        string="Shared By",
        required=True,
        readonly=True,
        index=True,
        ondelete="cascade",
    )
    company_id = fields.Many2one("res.company", required=True, readonly=True, index=True)
    product_tmpl_id = fields.Many2one(
        "product.template",
        string="Product",
        readonly=True,
        ondelete="cascade",
        help="Empty: an invitation to the shop (邀请有礼).",
    )
    channel = fields.Selection(CHANNELS, required=True, readonly=True, default="link")
    scene = fields.Char(
        readonly=True,
        help="The mini-program scene of the link or the poster's code: the sharer's "
        "share code, the product and this share.",
    )
    poster = fields.Binary(attachment=True, readonly=True, copy=False)
    poster_key = fields.Char(readonly=True, copy=False, groups="base.group_system")
    poster_date = fields.Datetime(readonly=True, copy=False)
    open_count = fields.Integer(string="Opens", compute="_compute_counts")
    registration_count = fields.Integer(string="Registrations", compute="_compute_counts")
    order_count = fields.Integer(string="Orders", compute="_compute_counts")
    open_ids = fields.One2many("mall.share.open", "share_id", string="Opens (list)")
    invite_ids = fields.One2many("mall.share.invite", "share_id", string="Registrations (list)")

    def init(self):
        # one share per member, target and channel; the addons that add targets
        # (mall_campaign) name their own index over their columns
        name, targets = self._mall_target_index()
        self.env.cr.execute("SELECT 1 FROM pg_indexes WHERE indexname = %s", [name])
        if self.env.cr.fetchone():
            return
        self.env.cr.execute(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'mall_share' "
            "AND indexname LIKE 'mall_share_member_target%'"
        )
        for (old,) in self.env.cr.fetchall():
            self.env.cr.execute(SQL("DROP INDEX IF EXISTS %s", SQL.identifier(old)))
        columns = SQL(", ").join(
            SQL("COALESCE(%s, 0)", SQL.identifier(column)) for column in targets
        )
        self.env.cr.execute(
            SQL(
                "CREATE UNIQUE INDEX %s ON mall_share (member_id, company_id, %s, channel)",
                SQL.identifier(name),
                columns,
            )
        )

    @api.model
    def _mall_target_index(self):
        """The name of the unique index of a member's shares and the target
        columns it covers (besides member, company and channel)."""
        return "mall_share_member_target_uniq", ["product_tmpl_id"]

    @api.depends("member_id", "product_tmpl_id", "channel")
    def _compute_display_name(self):
        for share in self:
            target = share.product_tmpl_id.name or self.env._("Invitation")
            share.display_name = f"{share.member_id.name} · {target}"

    def _compute_counts(self):
        counts = self._mall_counts()
        for share in self:
            share.open_count, share.registration_count, share.order_count = counts.get(
                share.id, (0, 0, 0)
            )

    def _mall_counts(self):
        """``{share id: (opens, registrations, paid orders)}`` in three grouped
        counts: the counts are the rows of the opens, the invitations and
        the orders, never counters kept on the share (a share that is opened
        by many at once has no hot row)."""
        ids = [share_id for share_id in self.ids if share_id]
        if not ids:
            return {}
        # counted as the sharer sees them, whoever reads: the rows are the share's
        opens = dict(
            self.env["mall.share.open"]
            .sudo()
            ._read_group([("share_id", "in", ids)], ["share_id"], ["__count"])
        )
        invites = dict(
            self.env["mall.share.invite"]
            .sudo()
            ._read_group([("share_id", "in", ids)], ["share_id"], ["__count"])
        )
        orders = dict(
            self.env["sale.order"]
            .sudo()
            ._read_group(
                [("mall_share_id", "in", ids), ("state", "=", "sale")],
                ["mall_share_id"],
                ["__count"],
            )
        )
        return {
            share.id: (opens.get(share, 0), invites.get(share, 0), orders.get(share, 0))
            for share in self.browse(ids)
        }

    # ------------------------------------------------------------------
    # Making a share
    # ------------------------------------------------------------------

    @api.model
    def _mall_share(self, member, product_id=None, channel="link", campaign_id=None):
        """The member's share of the published product ``product_id`` (a
        template id), of the campaign ``campaign_id`` (when an addon knows
        campaigns: ``_mall_share_targets``), or else an invitation to the
        shop, by ``channel``: the same share again when the member shared it
        that way before. A poster is made (or made again when what it shows
        changed since)."""
        if channel not in dict(CHANNELS):
            raise MallError("invalid_channel", "分享方式无效。", kind="invalid")
        if product_id and campaign_id:
            raise MallError("invalid_target", "不能同时分享商品和活动。", kind="invalid")
        company = member.company_id or self.env.company
        product = self.env["product.template"]
        if product_id:
            # published products only, whoever asks: the catalogue's rule
            product = (
                self.env["product.template"]
                .sudo()
                .search(
                    [
                        *self.env["mall.catalog"]._published_domain(),
                        ("id", "=", product_id),
                    ],
                    limit=1,
                )
            )
            if not product:
                raise MallError("not_found", "商品不存在或已下架。", kind="not_found")
        # the other targets' columns, e.g. {"campaign_id": 3} (checked there)
        targets = self._mall_share_targets(company, campaign_id=campaign_id)
        code = member._mall_get_share_code()
        columns = ["product_tmpl_id", *targets]
        values = [product.id or None, *targets.values()]
        # all or nothing: a poster that cannot be made leaves no share behind
        with self.env.cr.savepoint():
            # one share per member, target and channel, also when the member taps
            # twice at once: the unique index decides (a parallel insert fails to
            # serialize, Odoo re-runs the request, which then finds the share)
            self.env.cr.execute(
                SQL(
                    """INSERT INTO mall_share (member_id, company_id, %s, channel,
                                               create_uid, write_uid, create_date, write_date)
                       VALUES (%s, %s, %s, %s, %s, %s,
                               now() at time zone 'UTC', now() at time zone 'UTC')
                       ON CONFLICT DO NOTHING RETURNING id""",
                    SQL(", ").join(SQL.identifier(column) for column in columns),
                    member.id,
                    company.id,
                    SQL(", ").join(values),
                    channel,
                    self.env.uid,
                    self.env.uid,
                )
            )
            row = self.env.cr.fetchone()
            if row:
                share = self.browse(row[0])
                share.scene = share._mall_make_scene(code)
            else:
                share = self.search(
                    [
                        ("member_id", "=", member.id),
                        ("company_id", "=", company.id),
                        ("channel", "=", channel),
                        *[
                            (column, "=", value or False)
                            for column, value in zip(columns, values, strict=True)
                        ],
                    ],
                    limit=1,
                )
            if channel == "poster":
                share._mall_ensure_poster()
        return share

    @api.model
    def _mall_share_targets(self, company, campaign_id=None):
        """The values of the target columns other addons add (``{column:
        id}``), checked: here none, and a campaign cannot be shared without
        the campaigns addon."""
        if campaign_id:
            raise MallError("campaigns_unavailable", "暂不支持分享活动。", kind="invalid")
        return {}

    def _mall_make_scene(self, code):
        """The scene of a new share: the sharer's code ``code``, the product
        and the share."""
        self.ensure_one()
        return format_scene(sharer=code, product=self.product_tmpl_id.id or None, share=self.id)

    @api.model
    def _mall_scene_target_domain(self, parts):
        """The target of a parsed scene that names no share of its sharer's."""
        return [("product_tmpl_id", "=", parts.get("product") or False)]

    def _mall_item_values(self):
        """More fields of the share for the API (``ShareItem``) from the addons
        that add targets."""
        self.ensure_one()
        return {}

    def _mall_page(self):
        """The page the share opens (and the poster's code)."""
        self.ensure_one()
        return PRODUCT_PAGE if self.product_tmpl_id else INVITE_PAGE

    def _mall_path(self):
        """The page the link opens, with the scene (``onShareAppMessage``'s ``path``)."""
        self.ensure_one()
        scene = quote(self.scene or "", safe="")
        if self.product_tmpl_id:
            return f"/{PRODUCT_PAGE}?id={self.product_tmpl_id.id}&scene={scene}"
        return f"/{self._mall_page()}?scene={scene}"

    def _mall_poster_url(self):
        self.ensure_one()
        if self.channel != "poster" or not self.poster_date:
            return None
        base = self.env["mall.catalog"]._base_url()
        # the key is what lets anyone holding the URL see the poster
        key = self.sudo().poster_key
        unique = int(self.poster_date.timestamp())
        return f"{base}/mall/share/poster/{self.id}/{key}.png?unique={unique}"

    def _mall_ensure_poster(self):
        """Make the poster when there is none or the product changed since."""
        self.ensure_one()
        if not self._mall_poster_stale():
            return
        mp = self.env["wechat.miniprogram"]
        try:
            # a code has no effect at WeChat: called inside the request
            code_png = mp._get_unlimited_qrcode(
                self.scene,
                page=self._mall_page(),
                check_path=False,
                company=self.company_id,
            )
        except WeChatError as error:
            _logger.warning("no mini-program code for share %s: %s", self.id, error)
            raise MallError(
                "wechat_unavailable", "暂时无法生成海报，请稍后再试。", kind="unavailable"
            ) from error
        except UserError as error:
            raise MallError(
                "not_configured", "小程序尚未配置，无法生成海报。", kind="unavailable"
            ) from error
        png = self._mall_compose_poster(code_png)
        self.sudo().write(
            {
                "poster": base64.b64encode(png),
                "poster_key": self.sudo().poster_key or secrets.token_urlsafe(16),
                # to the microsecond, like the write dates it is compared with:
                # cut to the second, a poster made in the second of the
                # product's last write looked older than it and was made again
                "poster_date": datetime.now(),
            }
        )

    def _mall_poster_stale(self):
        """Whether the poster is to be made (again): none yet, or the product changed since."""
        self.ensure_one()
        return not self.poster_date or bool(
            self.product_tmpl_id and self.product_tmpl_id.write_date > self.poster_date
        )

    def _mall_compose_poster(self, code_png):
        """The poster's PNG around the mini-program code ``code_png``."""
        self.ensure_one()
        product = self.product_tmpl_id.sudo()
        nickname = self.member_id.name or "微信用户"
        if product:
            price = self.env["mall.catalog"]._prices_from([product.id]).get(product.id)
            picture = base64.b64decode(product.image_1024) if product.image_1024 else None
            png = compose_poster(
                code_png,
                product.name,
                price_text=f"¥{price:.2f}" if price is not None else None,
                picture=picture,
                byline=f"{nickname} 推荐给你",
                caption="长按识别小程序码",
            )
        else:
            png = compose_poster(
                code_png,
                f"{nickname} 邀请你来逛{self.company_id.name}",
                byline=f"{nickname} 邀请你",
                caption="长按识别小程序码",
            )
        return png

    # ------------------------------------------------------------------
    # Finding a share from a scene, opens
    # ------------------------------------------------------------------

    @api.model
    def _mall_from_scene(self, scene, company):
        """``(share, sharer)`` of a scene: the share it names (``h=``), or the
        sharer's link of the product it names; the sharer alone when it
        names no share of theirs. Empty records when the scene names no
        member of ``company``."""
        parts = parse_scene(scene)
        Partner = self.env["res.partner"]
        sharer = Partner._mall_find_by_share_code(parts.get("sharer"), company)
        if not sharer:
            return self.browse(), Partner.browse()
        share = self.browse()
        if parts.get("share"):
            share = self.search(
                [
                    ("id", "=", parts["share"]),
                    ("member_id", "=", sharer.id),
                    ("company_id", "=", company.id),
                ],
                limit=1,
            )
        if not share:
            share = self.search(
                [
                    ("member_id", "=", sharer.id),
                    ("company_id", "=", company.id),
                    *self._mall_scene_target_domain(parts),
                ],
                order="channel, id",
                limit=1,
            )
        return share, sharer

    @api.model
    def _mall_open(self, scene, member=None, client_id=None):
        """The client reports that it was opened with ``scene``: the share's
        open by this opener, counted once per share (by member, and by the
        client's id), never for the sharer. Returns ``(share, counted)``."""
        parts = parse_scene(scene)
        if not parts.get("sharer"):
            raise MallError("invalid_scene", "分享参数无效。", kind="invalid")
        if not member and not client_id:
            raise MallError("client_id_required", "缺少客户端标识。", kind="invalid")
        company = (member and member.company_id) or self.env.company
        share, sharer = self._mall_from_scene(scene, company)
        if not share:
            raise MallError("share_not_found", "分享不存在。", kind="not_found")
        if member and member == sharer:
            return share, False
        return share, self.env["mall.share.open"]._mall_record(share, member, client_id)

    # ------------------------------------------------------------------
    # Member's view
    # ------------------------------------------------------------------

    @api.model
    def _mall_find_member_shares(self, member):
        company = member.company_id or self.env.company
        return self.search(
            [("member_id", "=", member.id), ("company_id", "=", company.id)], order="id desc"
        )

    @api.model
    def _mall_member_totals(self, member):
        """The member's opens, registrations and paid orders over all shares
        (registrations: also those of invitations without a share)."""
        shares = self._mall_find_member_shares(member)
        counts = shares._mall_counts()
        opens = sum(c[0] for c in counts.values())
        orders = sum(c[2] for c in counts.values())
        registrations = self.env["mall.share.invite"].search_count([("inviter_id", "=", member.id)])
        return {"opens": opens, "registrations": registrations, "orders": orders}

    def action_view_opens(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Opens"),
            "res_model": "mall.share.open",
            "view_mode": "list",
            "domain": [("share_id", "=", self.id)],
        }

    def action_view_invites(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Registrations"),
            "res_model": "mall.share.invite",
            "view_mode": "list,form",
            "domain": [("share_id", "=", self.id)],
        }

    def action_view_orders(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Orders"),
            "res_model": "sale.order",
            "view_mode": "list,form",
            "domain": [("mall_share_id", "=", self.id), ("state", "=", "sale")],
        }
