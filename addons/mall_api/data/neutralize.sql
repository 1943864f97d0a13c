-- forget the secret that signs the shoppers' tokens: tokens of the original
-- database no longer verify (a new secret is generated at the next login)
DELETE FROM ir_config_parameter
 WHERE key = 'mall_api.token_secret';
