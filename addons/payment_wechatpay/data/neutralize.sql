-- forget the WeChat Pay merchant secrets (payment's own neutralization
-- disables the enabled providers)
UPDATE payment_provider
   SET wechatpay_apiv3_key = NULL,
       wechatpay_private_key = NULL,
       wechatpay_cert_serial_no = NULL;
