-- forget the WeCom secrets and callback keys (tokens: wechat_miniprogram's neutralize)
UPDATE res_company
   SET wecom_contact_secret = NULL,
       wecom_agent_secret = NULL,
       wecom_callback_token = NULL,
       wecom_encoding_aes_key = NULL
 WHERE wecom_contact_secret IS NOT NULL
    OR wecom_agent_secret IS NOT NULL
    OR wecom_callback_token IS NOT NULL
    OR wecom_encoding_aes_key IS NOT NULL;
