# Run by scripts/run through `odoo-bin shell` (stdin): points the demo
# database's WeChat connectors at the local simulator started in demo mode
# (MALL_SIM_URL), with the simulator's demo app and merchant. Demo only: a
# real merchant enters its own credentials in Settings.
# env is given by odoo-bin shell:
# ruff: noqa: F821
import os

import requests

sim_url = os.environ["MALL_SIM_URL"]
demo = requests.get(f"{sim_url}/_sim/demo", timeout=10).json()
company = env.company
if "wechat_mp_appid" in company._fields:
    company.write(
        {
            "wechat_mp_appid": demo["appid"],
            "wechat_mp_secret": demo["secret"],
            "wechat_mp_api_base_url": sim_url,
        }
    )
provider = env.ref("payment_wechatpay.payment_provider_wechatpay", raise_if_not_found=False)
if provider:
    provider.write(
        {
            "wechatpay_mchid": demo["mchid"],
            "wechatpay_appid": demo["appid"],
            "wechatpay_apiv3_key": demo["apiv3_key"],
            "wechatpay_cert_serial_no": demo["merchant_serial"],
            "wechatpay_private_key": demo["merchant_private_key_pem"],
            "wechatpay_api_base_url": sim_url,
            "wechatpay_verification_mode": "public_key",
            "wechatpay_public_key": demo["platform_public_key_pem"],
            "wechatpay_public_key_id": demo["platform_public_key_id"],
            "state": "test",
        }
    )
if "mall_identity_provider" in company._fields:
    # the real-name (二要素) check of the simulator: any well-formed ID number
    # matches in demo mode
    company.write(
        {
            "mall_identity_provider": "idv_http",
            "mall_identity_api_url": sim_url,
            "mall_identity_api_appcode": "demo",
        }
    )
env.cr.commit()
print("configured for the WeChat simulator at", sim_url)
