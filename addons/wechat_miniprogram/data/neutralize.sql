-- forget the mini-program AppSecrets and the access tokens fetched with them
UPDATE res_company
   SET wechat_mp_secret = NULL
 WHERE wechat_mp_secret IS NOT NULL;
DELETE FROM wechat_access_token;
