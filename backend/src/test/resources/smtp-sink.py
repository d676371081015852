"""A local SMTP server for the mail tests (Debian's python3-aiosmtpd): every message it receives is written to the
directory given, one JSON file each, with the envelope, the headers and the decoded plain text and HTML parts.

    /usr/bin/python3 smtp-sink.py <port> <directory>   (the Debian python3 that python3-aiosmtpd is installed for)
"""
import asyncio
import json
import os
import sys
import threading
import time
import uuid
from email import policy
from email.parser import BytesParser

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP

# The greeting waits a moment, as it does from a server across a network. Vert.x's mail client (4.5) sets its reply
# handler on a new connection only after the pool has handed it over; a greeting that a local server sends before that
# is dropped, and the client then waits for it until its timeout (30 s), which made the mail tests fail now and then on
# a busy machine. In production the digest is retried after such a timeout (docs/operations.md).
GREETING_DELAY = 0.3


class Sink:
    def __init__(self, directory):
        self.directory = directory

    async def handle_DATA(self, server, session, envelope):
        message = BytesParser(policy=policy.default).parsebytes(envelope.original_content)
        text = message.get_body(preferencelist=("plain",))
        html = message.get_body(preferencelist=("html",))
        record = {
            "mailFrom": envelope.mail_from,
            "rcptTos": envelope.rcpt_tos,
            "headers": {name: str(value) for name, value in message.items()},
            "text": text.get_content() if text else None,
            "html": html.get_content() if html else None,
        }
        name = "%d-%s" % (time.time_ns(), uuid.uuid4().hex)
        temporary = os.path.join(self.directory, name + ".tmp")
        with open(temporary, "w", encoding="utf-8") as f:
            json.dump(record, f)
        os.rename(temporary, os.path.join(self.directory, name + ".json"))
        return "250 OK"


class DelayedGreetingSMTP(SMTP):
    async def _handle_client(self):
        await asyncio.sleep(GREETING_DELAY)
        await super()._handle_client()


class SinkController(Controller):
    def factory(self):
        return DelayedGreetingSMTP(self.handler, **self.SMTP_kwargs)


if __name__ == "__main__":
    port, directory = int(sys.argv[1]), sys.argv[2]
    os.makedirs(directory, exist_ok=True)
    controller = SinkController(Sink(directory), hostname="127.0.0.1", port=port)
    controller.start()
    print("listening", flush=True)
    threading.Event().wait()
