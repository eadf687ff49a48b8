#!/usr/bin/python3
"""A real SMTP server for the tests (Debian's python3-aiosmtpd): each message it
accepts becomes a file in FOLDER, named by arrival, with the envelope's
recipients in an X-Envelope-To line before it. With a delay, each recipient
command is logged to FOLDER/recipients.log as it starts waiting.

    smtp_sink.py PORT FOLDER [RCPT_DELAY_SECONDS]

Recipients starting with "reject" are refused for good (550). RCPT_DELAY slows
each recipient command, so a test can stop the sender mid-conversation.
"""
import asyncio
import os
import signal
import sys

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, folder, delay):
        self.folder = folder
        self.delay = delay
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, options):
        if address.startswith("reject"):
            return "550 5.1.1 No such mailbox here"
        if self.delay:
            with open(os.path.join(self.folder, "recipients.log"), "a") as log:
                log.write(address + "\n")
            await asyncio.sleep(self.delay)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        name = os.path.join(self.folder, "%06d" % self.count)
        with open(name + ".partial", "wb") as out:
            out.write(("X-Envelope-To: %s\r\n" % ",".join(envelope.rcpt_tos)).encode())
            out.write(envelope.original_content)
        os.rename(name + ".partial", name + ".eml")
        return "250 2.0.0 Accepted"


def main():
    port, folder = int(sys.argv[1]), sys.argv[2]
    delay = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
    os.makedirs(folder, exist_ok=True)
    controller = Controller(Sink(folder, delay), hostname="127.0.0.1", port=port)
    controller.start()  # raises, and the process ends, when the port is taken
    with open(os.path.join(folder, "ready"), "w") as ready:
        ready.write(str(port))
    signal.sigwait({signal.SIGTERM, signal.SIGINT})
    controller.stop()


if __name__ == "__main__":
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM, signal.SIGINT})
    main()
