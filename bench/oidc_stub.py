#!/usr/bin/env python3
"""A minimal OIDC provider for the benchmark (loopback only, nothing persisted).

At start it generates an RSA-2048 key, binds a free port on 127.0.0.1 (or --port), and serves
  /realms/<realm>/.well-known/openid-configuration   discovery document
  /realms/<realm>/protocol/openid-connect/certs       JWKS (one RS256 key, kid below)
  .../auth, .../token, .../logout                      advertised only; they answer 400/501
It then writes a signed RS256 access token (iss = http://127.0.0.1:<port>/realms/<realm>,
preferred_username, groups, tenant, exp = now + 1 h) to --token-file (or stdout) and the port
to --port-file, and serves until killed.

Needs python3 and the `cryptography` package only.
"""
import argparse
import base64
import json
import os
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def uint_b64url(n: int) -> str:
    return b64url(n.to_bytes((n.bit_length() + 7) // 8, "big"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (0 = any free port)")
    ap.add_argument("--realm", default="bench")
    ap.add_argument("--port-file", help="write the bound port here (written last, after the token)")
    ap.add_argument("--token-file", help="write the access token here (default: stdout)")
    ap.add_argument("--sub", default="bench-user")
    ap.add_argument("--username", default="bench")
    ap.add_argument("--groups", default="admin,manager", help="comma-separated")
    ap.add_argument("--tenant", default="bench")
    ap.add_argument("--audience", default="switchboard", help="aud claim ('' to leave it out)")
    ap.add_argument("--lifetime", type=int, default=3600, help="token lifetime in seconds")
    args = ap.parse_args()

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pub = key.public_key().public_numbers()
    kid = "bench-" + uuid.uuid4().hex[:12]
    jwks = {"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": kid,
                      "n": uint_b64url(pub.n), "e": uint_b64url(pub.e)}]}

    server = ThreadingHTTPServer(("127.0.0.1", args.port), None)
    server.daemon_threads = True
    port = server.server_address[1]
    base = f"http://127.0.0.1:{port}/realms/{args.realm}"
    oidc_path = f"/realms/{args.realm}/protocol/openid-connect"
    oidc = f"http://127.0.0.1:{port}{oidc_path}"
    discovery = {
        "issuer": base,
        "authorization_endpoint": f"{oidc}/auth",
        "token_endpoint": f"{oidc}/token",
        "end_session_endpoint": f"{oidc}/logout",
        "userinfo_endpoint": f"{oidc}/userinfo",
        "jwks_uri": f"{oidc}/certs",
        "response_types_supported": ["code"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256"],
        "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
        "code_challenge_methods_supported": ["S256"],
        "scopes_supported": ["openid", "profile", "email"],
    }

    now = int(time.time())
    claims = {
        "iss": base,
        "sub": args.sub,
        "preferred_username": args.username,
        "groups": [g for g in args.groups.split(",") if g],
        "tenant": args.tenant,
        "iat": now,
        "nbf": now - 5,
        "exp": now + args.lifetime,
        "jti": uuid.uuid4().hex,
        "typ": "Bearer",
        "azp": "switchboard",
        "scope": "openid profile",
    }
    if args.audience:
        claims["aud"] = args.audience
    header = {"alg": "RS256", "typ": "JWT", "kid": kid}
    signing_input = (b64url(json.dumps(header, separators=(",", ":")).encode()) + "."
                     + b64url(json.dumps(claims, separators=(",", ":")).encode()))
    signature = key.sign(signing_input.encode("ascii"), padding.PKCS1v15(), hashes.SHA256())
    token = signing_input + "." + b64url(signature)

    routes = {
        f"/realms/{args.realm}/.well-known/openid-configuration": discovery,
        f"{oidc_path}/certs": jwks,
    }

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _send(self, status, body, ctype="application/json"):
            data = body if isinstance(body, bytes) else json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):
            path = self.path.split("?", 1)[0]
            if path in routes:
                self._send(200, routes[path])
            elif path.startswith(oidc_path):
                self._send(501, {"error": "not_implemented", "error_description": "bench stub: bearer tokens only"})
            else:
                self._send(404, {"error": "not_found"})

        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            self._send(400, {"error": "unsupported_grant_type",
                             "error_description": "bench stub: bearer tokens only"})

        def log_message(self, fmt, *a):
            sys.stderr.write("oidc_stub: " + (fmt % a) + "\n")

    server.RequestHandlerClass = Handler

    if args.token_file:
        tmp = args.token_file + ".tmp"
        with open(tmp, "w") as f:
            f.write(token + "\n")
        os.replace(tmp, args.token_file)
    else:
        print(token, flush=True)
    if args.port_file:
        tmp = args.port_file + ".tmp"
        with open(tmp, "w") as f:
            f.write(f"{port}\n")
        os.replace(tmp, args.port_file)
    sys.stderr.write(f"oidc_stub: issuer {base} kid {kid}\n")
    sys.stderr.flush()

    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    try:
        t.join()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
