#!/usr/bin/env python3
"""A listener for party-interaction events, to try subscriptions out (Python 3 standard library).

    python3 examples/event-listener.py PORT SECRET

Prints every event POSTed to http://127.0.0.1:PORT/ with whether its X-Hub-Signature-256 is the
HMAC-SHA256 of the body keyed with SECRET (the subscription's secret), and answers 204.
"""
import hashlib
import hmac
import json
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer


class Listener(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        expected = "sha256=" + hmac.new(SECRET, body, hashlib.sha256).hexdigest()
        signed = hmac.compare_digest(expected, self.headers.get("X-Hub-Signature-256", ""))
        event = json.loads(body)
        interaction = event.get("event", {}).get("partyInteraction", {})
        print(
            f"{event.get('eventType')} {event.get('eventId')} "
            f"interaction {interaction.get('id')} status {interaction.get('status')} "
            f"fieldPath {event.get('fieldPath', '-')} "
            f"signature {'valid' if signed else 'INVALID'}",
            flush=True,
        )
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    SECRET = sys.argv[2].encode()
    HTTPServer(("127.0.0.1", int(sys.argv[1])), Listener).serve_forever()
