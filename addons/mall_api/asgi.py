"""The bridge between Odoo's WSGI and the storefront's FastAPI app (ASGI),
with a2wsgi's lost-error race closed.

OCA fastapi lets every exception of the app travel to Odoo (so that Odoo
rolls the request back, retries it on a serialization failure and answers
with the dispatcher's error handler): a2wsgi hands it over as an
``a2wsgi.error`` message. a2wsgi marks the app *done* when it raises, and
delivers that message a moment later from a task; its WSGI side stops as
soon as it sees the app done. When the app raises right after reading the
request body, the WSGI side can see *done* before the message arrives: the
error is lost, nothing answers (OCA fastapi then fails on the missing
status; a few per thousand such requests on this machine). Here *done* is
set only once the error message is delivered, and is not seen while a
message waits to be read, so the error always reaches Odoo.
"""

import asyncio
import threading

from a2wsgi.asgi import ASGIResponder

from odoo.addons.fastapi.middleware import ASGIMiddleware
from odoo.addons.fastapi.pools import event_loop_pool


class _Mailbox:
    """a2wsgi's ``SyncEvent`` (one message from the app to the WSGI side)
    that can also tell whether a message waits to be read."""

    def __init__(self):
        self._written = threading.Event()
        self._message = None

    def set(self, message):
        self._message = message
        self._written.set()

    def wait(self):
        self._written.wait()
        self._written.clear()
        message, self._message = self._message, None
        return message

    def pending(self):
        return self._written.is_set()


class _Done(threading.Event):
    """The app ended — not seen as such while one of its messages waits."""

    def __init__(self, mailbox):
        super().__init__()
        self._mailbox = mailbox

    def is_set(self):
        return super().is_set() and not self._mailbox.pending()


class MallASGIResponder(ASGIResponder):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.sync_event = _Mailbox()
        self.asgi_done = _Done(self.sync_event)

    def asgi_done_callback(self, future):
        try:
            exception = future.exception()
        except asyncio.CancelledError:
            exception = None
        if exception is None:
            self.asgi_done.set()
            return

        def deliver(_task):
            self.sync_event.set(
                {
                    "type": "a2wsgi.error",
                    "exception": (type(exception), exception, exception.__traceback__),
                }
            )
            self.asgi_done.set()

        # as a2wsgi: the message is written under the lock the WSGI side
        # releases after reading the previous one
        task = asyncio.create_task(self.sync_event_set_lock.acquire())
        task.add_done_callback(deliver)


class MallASGIMiddleware(ASGIMiddleware):
    """OCA fastapi's middleware (event loops from its pool) with
    :class:`MallASGIResponder`."""

    def __call__(self, environ, start_response):
        with event_loop_pool.get_event_loop() as loop:
            return MallASGIResponder(self.app, loop)(environ, start_response)
