from . import (
    res_company,
    res_config_settings,
    wecom_api,
    wecom_media,
    wecom_contact_way,
    wecom_external_contact,
    wecom_follow_user,
    wecom_event,
    wecom_push,
    wecom_push_task,
    wecom_push_recipient,
)
