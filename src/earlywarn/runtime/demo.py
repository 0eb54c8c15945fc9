"""The offline demo: feeds served from files, and a webhook sink that prints what it receives.

With no internet and no configuration, ``earlywarn run`` still shows the whole path: the
pollers fetch these files over real HTTP (ETag and Last-Modified included), and alerts are
POSTed, signed, to the sink, which verifies the signature before printing.
"""

from __future__ import annotations

import base64
import hmac
import json
import logging
import secrets as secrets_module

from aiohttp import web

from earlywarn.alert.sign import sign
from earlywarn.config import Settings

log = logging.getLogger("earlywarn.demo")


class DemoServer:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.host = settings.http.host
        self.port = settings.demo.port
        # In memory only, for this process: the demo sink and the sender share it.
        self.secret = "whsec_" + base64.b64encode(secrets_module.token_bytes(32)).decode()
        self.received: list[dict[str, object]] = []
        self._runner: web.AppRunner | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def owns(self, url: str) -> bool:
        return url.startswith(f"{self.url}/sink/")

    async def _sink(self, request: web.Request) -> web.Response:
        body = await request.read()
        msg_id = request.headers.get("webhook-id", "")
        timestamp = request.headers.get("webhook-timestamp", "")
        given = request.headers.get("webhook-signature", "").split()
        expected = sign(self.secret, msg_id, int(timestamp or 0), body)
        if not any(hmac.compare_digest(expected, g) for g in given):
            print("demo sink: REJECTED an alert with a bad signature", flush=True)
            return web.json_response({"error": "bad signature"}, status=401)
        payload = json.loads(body)
        self.received.append(payload)
        region = payload.get("region", {})
        category = payload.get("category", {})
        print(
            f"demo sink [{request.match_info['name']}]: {payload.get('status', '?').upper()} "
            f"{payload.get('level', '?')} — {region.get('name', '?')} "
            f"({region.get('department_ubigeo', '?')}), {category.get('id', '?')}: "
            f"{payload.get('reason', '')} (signature verified)",
            flush=True,
        )
        return web.json_response({"ok": True})

    async def start(self) -> None:
        feeds_dir = self.settings.demo.feeds_dir
        if not feeds_dir.is_dir():
            raise FileNotFoundError(f"demo feeds folder {feeds_dir} does not exist")
        app = web.Application()
        app.router.add_static("/feeds/", feeds_dir, show_index=True)
        app.router.add_post("/sink/{name}", self._sink)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, self.host, self.port).start()

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
