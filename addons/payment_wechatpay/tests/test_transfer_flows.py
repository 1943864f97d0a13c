import time

from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import OPENID, WechatpayCommon

LOGGERS = (
    "odoo.addons.payment_wechatpay.models.payment_provider",
    "odoo.addons.payment_wechatpay.models.payment_wechatpay_transfer",
    "odoo.addons.payment_wechatpay.controllers.main",
)


@tagged("post_install", "-at_install")
class TestWechatpayTransferFlows(WechatpayCommon):
    """Merchant transfers (商家转账) against the simulator, notifies included."""

    def _transfer(self, out_bill_no="MT0000000001", amount=12.34, **values):
        Transfer = self.env["payment.wechatpay.transfer"]
        return Transfer._wechatpay_transfer_get_or_create(
            self.wechatpay,
            out_bill_no,
            {
                "openid": OPENID,
                "amount": amount,
                "currency_id": self.cny.id,
                "transfer_scene_id": "1005",
                "transfer_remark": "佣金提现",
                "user_name": "张三",
                "report_infos": [
                    {"info_type": "岗位类型", "info_content": "推广员"},
                    {"info_type": "报酬说明", "info_content": "佣金"},
                ],
                **values,
            },
        )

    def _wait_transfer(self, transfer, state, timeout=15):
        deadline = time.monotonic() + timeout
        while True:
            self._read(transfer)
            if transfer.state == state:
                return transfer
            if time.monotonic() > deadline:
                self.fail(f"{transfer.out_bill_no} is {transfer.state}, expected {state}")
            with self._unlocked():
                time.sleep(0.05)

    def test_transfer_paid_once_and_notify_applied(self):
        self.sim.settings(transfer_delay=0.2)
        transfer = self._transfer()
        transfer._wechatpay_send()
        self.assertEqual(transfer.state, "accepted")
        self.assertTrue(transfer.transfer_bill_no)
        # sent again (a re-run request, the retry button): the same bill
        transfer.state = "new"
        transfer._wechatpay_send()
        (bill,) = self.sim.transfers(transfer.out_bill_no)
        self.assertEqual(
            (bill["create_requests"], bill["transfer_amount"], bill["user_name"]), (2, 1234, "张三")
        )
        self._wait_transfer(transfer, "success")  # MCHTRANSFER.BILL.FINISHED notify
        self.assertTrue(transfer.done_at)
        (notify,) = self._wait_notifies(out_bill_no=transfer.out_bill_no)
        self.assertTrue(notify["delivered"])
        # a second copy of the notify changes nothing
        self.assertFalse(
            transfer._wechatpay_apply(
                {"out_bill_no": transfer.out_bill_no, "state": "FAIL", "transfer_amount": 1234},
                source="notify",
            )
        )
        self.assertEqual(transfer.state, "success")

    @mute_logger(*LOGGERS)
    def test_failed_transfer_and_refused_request(self):
        self.sim.settings(transfer_delay=0.1, transfer_balance=1000)
        transfer = self._transfer("MT0000000002", amount=12.34)
        transfer._wechatpay_send()  # 1234 fen over a balance of 1000
        self.assertEqual(transfer.state, "error")
        self.assertIn("NOT_ENOUGH", transfer.error_message)
        self.assertFalse(self.sim.transfers(transfer.out_bill_no))
        self.sim.settings(transfer_balance=None)
        self.sim.transfer_outcome("FAIL", fail_reason="REAL_NAME_CHECK_FAIL")
        transfer._wechatpay_send()  # the retry, same bill number
        self._wait_transfer(transfer, "fail")
        self.assertEqual(transfer.fail_reason, "REAL_NAME_CHECK_FAIL")

    def test_waiting_for_the_user_gives_package_info(self):
        self.sim.settings(transfer_delay=0.1, transfer_confirm=True)
        transfer = self._transfer("MT0000000003")
        transfer._wechatpay_send()
        self.assertEqual(transfer.state, "wait_user_confirm")
        self.assertTrue(transfer.package_info)
        self.sim.confirm_transfer(transfer.out_bill_no)
        with self._unlocked():
            time.sleep(0.3)
        self._wait_transfer(transfer, "success")
        self.assertFalse(transfer.package_info)

    @mute_logger(*LOGGERS)
    def test_query_sends_a_bill_wechat_never_got(self):
        transfer = self._transfer("MT0000000004")
        self.assertEqual(transfer._wechatpay_sync(resend_unknown=False), "unknown")
        self.assertFalse(self.sim.transfers(transfer.out_bill_no))
        transfer._wechatpay_sync()
        self.assertEqual(len(self.sim.transfers(transfer.out_bill_no)), 1)
        self.assertEqual(transfer.state, "accepted")

    @mute_logger(*LOGGERS)
    def test_forged_transfer_notify_is_refused(self):
        self.sim.settings(transfer_delay=60)  # it stays accepted meanwhile
        transfer = self._transfer("MT0000000005")
        transfer._wechatpay_send()
        body = (
            '{"id":"x","event_type":"MCHTRANSFER.BILL.FINISHED","resource_type":"encrypt-resource",'
            '"resource":{"algorithm":"AEAD_AES_256_GCM","ciphertext":"AAAA","nonce":"abcdefabcdef",'
            '"associated_data":"mch_payment"}}'
        )
        with self._unlocked():
            response = self.url_open(
                "/payment/wechatpay/transfer_notify",
                data=body,
                headers={
                    "Content-Type": "application/json",
                    "Wechatpay-Signature": "Zm9yZ2Vk",
                    "Wechatpay-Serial": self.platform["public_key_id"],
                    "Wechatpay-Timestamp": str(int(time.time())),
                    "Wechatpay-Nonce": "n",
                    "Wechatpay-Signature-Type": "WECHATPAY2-SHA256-RSA2048",
                },
            )
        self.assertEqual(response.status_code, 401)
        self._read(transfer)
        self.assertEqual(transfer.state, "accepted")
