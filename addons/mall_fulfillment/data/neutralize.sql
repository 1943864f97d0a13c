-- forget the Kuaidi100 account, the salt of its pushes and the callback URL of
-- the original database
DELETE FROM ir_config_parameter
 WHERE key IN (
    'mall_fulfillment.kuaidi100_customer',
    'mall_fulfillment.kuaidi100_key',
    'mall_fulfillment.kuaidi100_salt',
    'mall_fulfillment.kuaidi100_callback_url'
 );
-- and no live (paid) logistics queries
INSERT INTO ir_config_parameter (key, value, create_date, write_date)
     VALUES ('mall_fulfillment.kuaidi100_live', '0', now() at time zone 'UTC', now() at time zone 'UTC')
ON CONFLICT (key) DO UPDATE SET value = '0';
