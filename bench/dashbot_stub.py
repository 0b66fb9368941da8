#!/usr/bin/env python3
"""A stand-in Dashbot tracker for bench/dashbot.sh: answers every POST /track with 200 and counts deliveries
per message (conversationId + platformJson.id), so a run can tell lost from duplicated. GET /count answers
{"posts": n, "unique": n, "duplicates": n}. HTTP/1.1 keep-alive, one thread per connection."""
import argparse
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

lock = threading.Lock()
seen = {}
posts = 0


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out as separate writes: no 40 ms delayed-ACK stall

    def log_message(self, *args):
        pass

    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        global posts
        length = int(self.headers.get("Content-Length", "0"))
        raw = self.rfile.read(length)
        try:
            body = json.loads(raw)
            key = body["conversationId"] + "/" + body["platformJson"]["id"]
        except (ValueError, KeyError, TypeError):
            self.answer(400, {"error": "not a Dashbot event"})
            return
        with lock:
            posts += 1
            seen[key] = seen.get(key, 0) + 1
        self.answer(200, {})

    def do_GET(self):
        with lock:
            unique = len(seen)
            self.answer(200, {"posts": posts, "unique": unique, "duplicates": posts - unique})


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # the app is killed mid-request on purpose: a reset connection is expected


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port-file", required=True)
    a = p.parse_args()
    server = Server(("127.0.0.1", 0), Handler)
    with open(a.port_file, "w") as f:
        f.write(str(server.server_address[1]))
    server.serve_forever()


if __name__ == "__main__":
    main()
