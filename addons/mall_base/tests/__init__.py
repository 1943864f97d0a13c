from . import test_member
from . import test_roles
from . import test_settings
from . import test_translations
from . import test_scene
