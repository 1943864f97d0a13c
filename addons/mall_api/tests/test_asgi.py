import asyncio
import io
import threading

from odoo.tests import TransactionCase, tagged

from ..asgi import MallASGIMiddleware, MallASGIResponder
from ..const import APP_NAME

# a2wsgi lost a few errors per thousand such requests on this machine
REQUESTS = 3000


async def _refusing_app(scope, receive, send):
    """An app that raises right after reading the body, as the storefront
    does for most refused requests (its errors travel to Odoo)."""
    await receive()
    raise ValueError("refused")


def _recorder(answers):
    """A WSGI ``start_response`` that keeps what it was given of an error."""

    def start_response(_status, _headers, exc_info=None):
        answers.append(exc_info)

    return start_response


@tagged("post_install", "-at_install")
class TestAsgiBridge(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.loop = asyncio.new_event_loop()
        cls.thread = threading.Thread(target=cls.loop.run_forever, daemon=True)
        cls.thread.start()

    @classmethod
    def tearDownClass(cls):
        cls.loop.call_soon_threadsafe(cls.loop.stop)
        cls.thread.join(5)
        cls.loop.close()
        super().tearDownClass()

    def test_every_error_of_the_app_reaches_odoo(self):
        lost = 0
        for _i in range(REQUESTS):
            answers = []
            environ = {
                "REQUEST_METHOD": "PATCH",
                "PATH_INFO": "/me",
                "QUERY_STRING": "",
                "SERVER_NAME": "127.0.0.1",
                "SERVER_PORT": "80",
                "SERVER_PROTOCOL": "HTTP/1.1",
                "wsgi.url_scheme": "http",
                "wsgi.input": io.BytesIO(b"{}"),
                "CONTENT_LENGTH": "2",
            }
            responder = MallASGIResponder(_refusing_app, self.loop)
            for _chunk in responder(environ, _recorder(answers)):
                pass
            if not answers or not isinstance(answers[0][1], ValueError):
                lost += 1
        self.assertEqual(lost, 0, f"{lost} of {REQUESTS} errors lost between the app and Odoo")

    def test_the_storefront_runs_behind_the_bridge(self):
        endpoint = self.env["fastapi.endpoint"].search([("app", "=", APP_NAME)], limit=1)
        self.assertTrue(endpoint)
        app = self.env["fastapi.endpoint"].get_app(endpoint.root_path + "/products")
        self.assertIsInstance(app, MallASGIMiddleware)
