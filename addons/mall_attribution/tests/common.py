import uuid

from odoo import fields
from odoo.tests.common import new_test_user


class AttributionMixin:
    """Two stores (南京路店 with clerks 张三 and 李四, 徐家汇店 with 王五),
    a store manager of 南京路店 only."""

    @classmethod
    def _attribution_setup(cls, company):
        Store = cls.env["mall.store"]
        cls.store = Store.create({"name": "南京路店", "code": "NJL", "company_id": company.id})
        cls.other_store = Store.create(
            {"name": "徐家汇店", "code": "XJH", "company_id": company.id}
        )
        Clerk = cls.env["mall.clerk"]
        cls.clerk = Clerk.create(
            {"name": "张三", "code": "ZS01", "store_id": cls.store.id, "wecom_userid": "zhangsan"}
        )
        cls.clerk2 = Clerk.create(
            {"name": "李四", "code": "LS02", "store_id": cls.store.id, "wecom_userid": "lisi"}
        )
        cls.other_clerk = Clerk.create(
            {
                "name": "王五",
                "code": "WW03",
                "store_id": cls.other_store.id,
                "wecom_userid": "wangwu",
            }
        )
        cls.manager = new_test_user(
            cls.env,
            login="attr_store_manager",
            groups="mall_base.group_mall_store_manager",
            company_id=company.id,
            company_ids=[company.id],
        )
        cls.store.manager_ids = cls.manager

    @classmethod
    def _member(cls, company, name, **values):
        return cls.env["res.partner"].create(
            {
                "name": name,
                "company_id": company.id,
                "mall_openid": "o-" + uuid.uuid4().hex,
                "mall_member_since": fields.Datetime.now(),
                **values,
            }
        )

    def _wecom_event(self, company, external_userid, state, userid, unionid=None):
        """A stored add_external_contact event and its contact, as the
        connector's callback leaves them before its job runs the hook."""
        contact = self.env["wecom.external.contact"]._wecom_upsert(company, external_userid)
        contact.write(
            {
                "unionid": unionid,
                "state": state,
                "userid": userid,
                "added_at": fields.Datetime.now(),
            }
        )
        event = self.env["wecom.event"].create(
            {
                "company_id": company.id,
                "dedup_key": uuid.uuid4().hex,
                "event_type": "change_external_contact",
                "change_type": "add_external_contact",
                "external_userid": external_userid,
                "userid": userid,
                "state": state,
                "create_time": fields.Datetime.now(),
                "received_at": fields.Datetime.now(),
                "contact_id": contact.id,
                "status": "received",
                "welcome_status": "none",
            }
        )
        return contact, event
