from . import test_h5
