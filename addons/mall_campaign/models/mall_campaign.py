import base64
import logging

from odoo import api, fields, models
from odoo.addons.mall_attribution.models.mall_store import CODE_PATTERN
from odoo.addons.mall_base.poster import compose_poster
from odoo.addons.mall_base.scene import format_scene
from odoo.addons.wechat_miniprogram.exceptions import WeChatError
from odoo.exceptions import UserError, ValidationError
from odoo.osv import expression

_logger = logging.getLogger(__name__)

GIFT_PAGE = "pages/campaign/gift"
CAMPAIGN_PAGE = "pages/campaign/detail"


class MallCampaign(models.Model):
    _name = "mall.campaign"
    _description = "Mall Campaign"
    _inherit = ["mail.thread"]
    _order = "date_from desc, id desc"

    name = fields.Char(required=True, tracking=True)
    code = fields.Char(
        required=True,
        copy=False,
        tracking=True,
        help="Short code in QR-code scenes (m=<code>): letters, digits, - and _, "
        "at most 16 characters.",
    )
    kind = fields.Selection(
        [("new_member", "New Member"), ("discount", "Discount"), ("theme", "Theme")],
        required=True,
        default="theme",
        tracking=True,
    )
    state = fields.Selection(
        [("draft", "Draft"), ("published", "Published"), ("closed", "Closed")],
        required=True,
        default="draft",
        tracking=True,
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    date_from = fields.Datetime(string="Start", required=True, default=fields.Datetime.now)
    date_to = fields.Datetime(string="End")
    running = fields.Boolean(compute="_compute_running", search="_search_running")
    description = fields.Text(help="Shown on the campaign page in the mini-program.")
    banner = fields.Image(max_width=1500, max_height=1500, help="The campaign page's banner.")
    product_tmpl_ids = fields.Many2many(
        "product.template", string="Products", domain="[('mall_ok', '=', True)]"
    )
    coupon_id = fields.Many2one(
        "mall.coupon",
        string="New-member Gift",
        help="Granted once to every member registering while the campaign runs.",
    )
    welcome_text = fields.Text(
        help="WeCom welcome message to a customer who adds a clerk while the campaign runs; "
        "a mini-program card to the gift page goes with it."
    )
    poster_text = fields.Char(
        help="The line under the campaign's name on the poster (default: the shop's name)."
    )
    poster_background = fields.Image(
        max_width=1500,
        max_height=1500,
        help="The poster's picture (default: the banner, else the first product's picture).",
    )
    poster_store_id = fields.Many2one(
        "mall.store",
        string="Poster Store",
        domain="[('company_id', '=', company_id)]",
        help="The store the poster's code names (s=<code>): new members scanning it are "
        "the store's.",
    )
    poster_clerk_id = fields.Many2one(
        "mall.clerk",
        string="Poster Clerk",
        domain="[('store_id.company_id', '=', company_id)]",
        help="The clerk the poster's code names (c=<code>): new members scanning it are "
        "the clerk's.",
    )
    poster = fields.Binary(attachment=True, readonly=True, copy=False)
    poster_filename = fields.Char(readonly=True, copy=False)
    poster_date = fields.Datetime(readonly=True, copy=False)
    gift_count = fields.Integer(compute="_compute_gift_count", string="Gifts")
    member_count = fields.Integer(compute="_compute_member_count", string="Members")

    _sql_constraints = [
        ("code_company_uniq", "unique(company_id, code)", "A campaign code is unique per company.")
    ]

    @api.constrains("code")
    def _check_code(self):
        for campaign in self:
            if not CODE_PATTERN.match(campaign.code or ""):
                raise ValidationError(
                    self.env._(
                        "The code %(code)s is not valid: letters, digits, - and _, "
                        "at most 16 characters.",
                        code=campaign.code,
                    )
                )

    @api.constrains("date_from", "date_to")
    def _check_dates(self):
        for campaign in self:
            if campaign.date_to and campaign.date_to <= campaign.date_from:
                raise ValidationError(self.env._("The campaign must end after it starts."))

    @api.constrains("kind", "coupon_id")
    def _check_gift(self):
        for campaign in self:
            if campaign.kind == "new_member" and not campaign.coupon_id:
                raise ValidationError(self.env._("A new-member campaign needs its gift coupon."))

    @api.depends("state", "date_from", "date_to")
    def _compute_running(self):
        now = fields.Datetime.now()
        for campaign in self:
            campaign.running = (
                campaign.state == "published"
                and campaign.date_from <= now
                and (not campaign.date_to or campaign.date_to > now)
            )

    def _search_running(self, operator, value):
        if operator not in ("=", "!="):
            raise NotImplementedError(f"Unsupported operator {operator!r}")
        now = fields.Datetime.now()
        domain = [
            ("state", "=", "published"),
            ("date_from", "<=", now),
            "|",
            ("date_to", "=", False),
            ("date_to", ">", now),
        ]
        if (operator == "=") == bool(value):
            return domain
        return ["!", *expression.normalize_domain(domain)]

    def _compute_gift_count(self):
        groups = self.env["mall.campaign.gift"]._read_group(
            [("campaign_id", "in", self.ids)], ["campaign_id"], ["__count"]
        )
        counts = {campaign.id: count for campaign, count in groups}
        for campaign in self:
            campaign.gift_count = counts.get(campaign.id, 0)

    def _compute_member_count(self):
        groups = self.env["res.partner"]._read_group(
            [("mall_campaign_id", "in", self.ids)], ["mall_campaign_id"], ["__count"]
        )
        counts = {campaign.id: count for campaign, count in groups}
        for campaign in self:
            campaign.member_count = counts.get(campaign.id, 0)

    @api.model
    def _mall_public_banner(self, campaign_id):
        """The campaign whose banner anyone may fetch by its id (the
        mini-program's pages): running, with a banner; else empty. A
        campaign not started yet keeps its artwork to itself."""
        # a public picture once checked: read as superuser
        campaign = self.sudo().browse(campaign_id).exists()
        if not campaign or not campaign.running or not campaign.banner:
            return self.browse()
        return campaign

    @api.model
    def _mall_running_gift(self, company):
        """The new-member campaign running now in ``company`` (the newest)."""
        return self.search(
            [
                ("company_id", "=", company.id),
                ("kind", "=", "new_member"),
                ("running", "=", True),
                ("coupon_id", "!=", False),
            ],
            order="date_from desc, id desc",
            limit=1,
        )

    def action_publish(self):
        self.write({"state": "published"})

    def action_close(self):
        self.write({"state": "closed"})

    def action_draft(self):
        self.write({"state": "draft"})

    def _mall_scene(self):
        """The mini-program scene of the poster: this campaign (``m=<code>``)
        and the poster's store and clerk, if any (``s=``, ``c=``)."""
        self.ensure_one()
        try:
            return format_scene(
                campaign=self.code,
                store=self.poster_store_id.code or None,
                clerk=self.poster_clerk_id.code or None,
            )
        except ValueError as error:
            raise UserError(
                self.env._(
                    "The codes of the campaign, the store and the clerk are too long for a "
                    "mini-program code (32 characters at most): shorten them or leave the "
                    "store out."
                )
            ) from error

    def action_generate_poster(self):
        """Compose the campaign's poster (PNG): its poster background, banner
        or first product's picture, its name, the poster text and the mini-program
        code (``getwxacodeunlimit``) of the campaign page with the campaign's
        scene; stored on the campaign to download."""
        for campaign in self:
            try:
                # a code has no effect at WeChat: called inside the request
                code_png = self.env["wechat.miniprogram"]._get_unlimited_qrcode(
                    campaign._mall_scene(),
                    page=CAMPAIGN_PAGE,
                    check_path=False,
                    company=campaign.company_id,
                )
            except WeChatError as error:
                _logger.warning("no mini-program code for campaign %s: %s", campaign.id, error)
                raise UserError(
                    self.env._(
                        "WeChat did not give the mini-program code, try again later: %(error)s",
                        error=error,
                    )
                ) from error
            picture = campaign.poster_background or campaign.banner
            if not picture:
                product = campaign.product_tmpl_ids.filtered("image_1024")[:1]
                picture = product.image_1024
            png = compose_poster(
                code_png,
                campaign.name,
                picture=base64.b64decode(picture) if picture else None,
                byline=campaign.poster_text or campaign.company_id.name,
                caption="长按识别小程序码",
            )
            campaign.write(
                {
                    "poster": base64.b64encode(png),
                    "poster_filename": "-".join(
                        filter(
                            None,
                            [
                                "poster",
                                campaign.code,
                                campaign.poster_store_id.code,
                                campaign.poster_clerk_id.code,
                            ],
                        )
                    )
                    + ".png",
                    "poster_date": fields.Datetime.now(),
                }
            )
        return True

    def action_push(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "mall_campaign.action_mall_campaign_push"
        )
        action["context"] = {"default_campaign_id": self.id}
        return action

    def action_view_members(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("mall_base.action_mall_members")
        action["domain"] = [("mall_campaign_id", "=", self.id)]
        action["context"] = {}
        return action
