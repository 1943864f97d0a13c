from odoo import api, models

from .mall_catalog import ATTRIBUTE_FIELDS, ATTRIBUTE_VALUE_FIELDS, PTAV_FIELDS


class ProductTemplateAttributeValue(models.Model):
    _inherit = "product.template.attribute.value"

    @api.model_create_multi
    def create(self, vals_list):
        self.env["mall.catalog"]._touch()
        return super().create(vals_list)

    def write(self, vals):
        if PTAV_FIELDS.intersection(vals):
            self.env["mall.catalog"]._touch()
        return super().write(vals)


class ProductAttribute(models.Model):
    _inherit = "product.attribute"

    def write(self, vals):
        # variant names and the detail's attribute list show these
        if ATTRIBUTE_FIELDS.intersection(vals):
            self.env["mall.catalog"]._touch()
        return super().write(vals)


class ProductAttributeValue(models.Model):
    _inherit = "product.attribute.value"

    def write(self, vals):
        if ATTRIBUTE_VALUE_FIELDS.intersection(vals):
            self.env["mall.catalog"]._touch()
        return super().write(vals)
