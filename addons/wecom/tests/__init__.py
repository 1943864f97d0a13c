from . import test_callback, test_contact_way, test_push, test_token
