"""A small fault-injecting HTTP(S) server on loopback for the reliability tests.

    with FaultFront() as front:                 # or the `front` fixture
        url = front.url("/wmts/ok")             # a good WMTS capabilities document
        front.hits("/wmts/ok")                  # how many requests that path received

Paths (any query string is ignored; the first path segment after the service picks the behaviour):
  /<service>/ok             good capabilities (<service>: wmts or wms), `?values=N` TIME values (default 3)
  /<service>/delay/<s>      the good document after <s> seconds
  /<service>/hang           the request is read, never answered (until the server stops)
  /<service>/trickle        headers, then one byte every 0.2 s, for ever (defeats a per-byte transfer timeout)
  /<service>/reset          the connection is reset (RST) without an answer
  /<service>/status/<code>  that HTTP status with an HTML error page
  /<service>/redirect       302 to /<service>/ok;  /<service>/redirect-loop: A -> B -> A -> ...
  /<service>/redirect-file  302 to file:///<the secret file>
  /<service>/body/<name>    a bad body, see BODIES (and the generated ones: many-values, huge, endless, xxe, bomb or
                            bomb-N: the billion laughs of 9 or N levels...)
  /<service>/auth           the good document only with the right Basic credentials, else 401 (?cacheable: with
                            Cache-Control: max-age=300)
  /<service>/redirect-relative              302 with `Location: ok` (a relative path, resolved to /<service>/ok)
  /<service>/redirect-to?to=URL&status=302  a redirect to URL (any scheme, absolute or relative), the status given
  /<service>/slow-redirect/<n>?delay=S      each hop answers after S seconds with a redirect to .../<n-1>; at 0 the
                                            good document (after S seconds too)
  /<service>/echo-auth      HTTP 500 with an OGC exception that quotes the Authorization header it received
  /<service>/echo           (GET or POST) the method, Content-Type and body it received, as text
  /<service>/png-bomb       a PNG that declares 30000 x 30000 pixels in about 1 MB (the pixels compress to nothing)
  /<service>/tile/...       a 256 x 256 PNG (the tiles of the good WMTS document)
The good documents point their addresses (WMTS ResourceURL and GetTile, WMS GetMap, GetFeatureInfo, legends) at this
server, or at `?elsewhere=BASE` when given (a WMS's legends at `&legends=BASE`, when given). A request with REQUEST=GetMap/GetTile/GetLegendGraphic (any path) gets a PNG
of the WIDTH x HEIGHT asked (256 x 256 by default; with `bomb` in the query, the PNG bomb instead; with `vrt=PATH`, a
GDAL VRT of that size whose pixels are the bytes of the local file PATH, sent as image/png); REQUEST=GetFeatureInfo
a line of text.
Every request is recorded (path, headers) in `front.requests`, a POST's body in `front.bodies`.
`FaultFront(host="127.0.0.2")` listens on another loopback address (another host for a browser or QGIS).
"""

from __future__ import annotations

import base64
import re
import socket
import ssl
import struct
import subprocess
import threading
import time
import zlib
from collections import Counter
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape

WMTS_NS = ('xmlns="http://www.opengis.net/wmts/1.0" xmlns:ows="http://www.opengis.net/ows/1.1" '
           'xmlns:xlink="http://www.w3.org/1999/xlink"')


def time_values(count: int) -> list[str]:
    """`count` distinct MapCache-style timestamps, one a day from 2017-01-01 10:50:18."""
    start = time.mktime((2017, 1, 1, 10, 50, 18, 0, 0, 0)) - time.timezone
    return [time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(start + 86400 * i)) for i in range(count)]


def png(width: int, height: int, rgba: tuple[int, int, int, int] = (30, 160, 60, 255)) -> bytes:
    """A PNG of one colour (RGBA, 8 bits), made here without any image library."""
    row = b"\x00" + bytes(rgba) * width
    return _png_file(width, height, 6, zlib.compress(row * height, 6))


def local_file_vrt(path: str, width: int, height: int) -> bytes:
    """A GDAL VRT of width x height Byte pixels read raw from the local file `path` (what a hostile map server could
    send instead of a PNG: GDAL would read the user's file)."""
    return (f'<VRTDataset rasterXSize="{width}" rasterYSize="{height}"><VRTRasterBand dataType="Byte" band="1" '
            f'subClass="VRTRawRasterBand"><SourceFilename relativetoVRT="0">{path}</SourceFilename><ImageOffset>0'
            f'</ImageOffset><PixelOffset>1</PixelOffset><LineOffset>{width}</LineOffset></VRTRasterBand>'
            f'</VRTDataset>').encode()


@lru_cache(maxsize=2)
def png_bomb(side: int = 30_000) -> bytes:
    """A grey PNG that declares side x side pixels, all 0: about 1 MB for 30000 x 30000 (900 MB once decoded)."""
    packer = zlib.compressobj(9)
    row = b"\x00" * (side + 1)
    data = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()
    return _png_file(side, side, 0, data)


def _png_file(width: int, height: int, colour_type: int, data: bytes) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, colour_type, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


def wmts_document(values: list[str] | None, layer: str = "CGS_S2_NDVI", title: str = "NDVI", dimension: bool = True,
                  prolog: str = "", base: str = "http://127.0.0.1") -> bytes:
    values = time_values(3) if values is None else values
    dim = ""
    if dimension:
        default = f"<Default>{values[-1]}</Default>" if values else "<Default>2018-01-01T00:00:00.000Z</Default>"
        dim = ("<Dimension><ows:Identifier>TIME</ows:Identifier>" + default
               + "".join(f"<Value>{value}</Value>" for value in values) + "</Dimension>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>{prolog}
<Capabilities {WMTS_NS} version="1.0.0">
  <ows:ServiceIdentification><ows:Title>Fault front</ows:Title><ows:ServiceType>OGC WMTS</ows:ServiceType>
    <ows:ServiceTypeVersion>1.0.0</ows:ServiceTypeVersion></ows:ServiceIdentification>
  <ows:OperationsMetadata>
    <ows:Operation name="GetCapabilities"><ows:DCP><ows:HTTP><ows:Get xlink:href="{base}/wmts/ok?"/></ows:HTTP></ows:DCP></ows:Operation>
    <ows:Operation name="GetTile"><ows:DCP><ows:HTTP><ows:Get xlink:href="{base}/wmts/kvp?"/></ows:HTTP></ows:DCP></ows:Operation>
  </ows:OperationsMetadata>
  <Contents>
    <Layer><ows:Title>{title}</ows:Title><ows:Identifier>{layer}</ows:Identifier>
      <ows:WGS84BoundingBox><ows:LowerCorner>2.5 50.4</ows:LowerCorner><ows:UpperCorner>6.4 51.5</ows:UpperCorner></ows:WGS84BoundingBox>
      <Style isDefault="true"><ows:Identifier>default</ows:Identifier></Style>
      <Format>image/png</Format>{dim}
      <TileMatrixSetLink><TileMatrixSet>g3857</TileMatrixSet></TileMatrixSetLink>
      <ResourceURL format="image/png" resourceType="tile" template="{base}/wmts/tile/{layer}/default/{{TIME}}/g3857/{{TileMatrix}}/{{TileRow}}/{{TileCol}}.png"/>
    </Layer>
    <TileMatrixSet><ows:Identifier>g3857</ows:Identifier><ows:SupportedCRS>urn:ogc:def:crs:EPSG:6.3:3857</ows:SupportedCRS>
      <TileMatrix><ows:Identifier>0</ows:Identifier><ScaleDenominator>559082264.0287178</ScaleDenominator>
        <TopLeftCorner>-20037508.342789244 20037508.342789244</TopLeftCorner><TileWidth>256</TileWidth><TileHeight>256</TileHeight>
        <MatrixWidth>1</MatrixWidth><MatrixHeight>1</MatrixHeight></TileMatrix>
    </TileMatrixSet>
  </Contents>
</Capabilities>
""".encode()


def wms_document(values: list[str] | None, layer: str = "CGS_S2_NDVI", title: str = "NDVI", dimension: bool = True,
                 prolog: str = "", base: str = "http://127.0.0.1", legends: str = "") -> bytes:
    values = time_values(3) if values is None else values
    legends = legends or base
    dim = f'<Dimension name="time" units="ISO8601" default="{values[-1] if values else ""}">{",".join(values)}</Dimension>' \
        if dimension else ""
    return f"""<?xml version="1.0" encoding="UTF-8"?>{prolog}
<WMS_Capabilities version="1.3.0" xmlns="http://www.opengis.net/wms" xmlns:xlink="http://www.w3.org/1999/xlink">
  <Service><Name>WMS</Name><Title>Fault front</Title><OnlineResource xlink:href="{base}/wms/map"/></Service>
  <Capability>
    <Request>
      <GetCapabilities><Format>text/xml</Format><DCPType><HTTP><Get><OnlineResource xlink:href="{base}/wms/ok?"/></Get></HTTP></DCPType></GetCapabilities>
      <GetMap><Format>image/png</Format><DCPType><HTTP><Get><OnlineResource xlink:href="{base}/wms/map?"/></Get></HTTP></DCPType></GetMap>
      <GetFeatureInfo><Format>text/plain</Format><DCPType><HTTP><Get><OnlineResource xlink:href="{base}/wms/map?"/></Get></HTTP></DCPType></GetFeatureInfo>
      <sld:GetLegendGraphic xmlns:sld="http://www.opengis.net/sld"><Format>image/png</Format><DCPType><HTTP><Get><OnlineResource xlink:href="{legends}/wms/map?"/></Get></HTTP></DCPType></sld:GetLegendGraphic>
    </Request>
    <Exception><Format>XML</Format></Exception>
    <Layer><Title>Terrascope</Title><CRS>EPSG:3857</CRS>
      <Layer queryable="1"><Name>{layer}</Name><Title>{title}</Title>
        <EX_GeographicBoundingBox><westBoundLongitude>2.5</westBoundLongitude><eastBoundLongitude>6.4</eastBoundLongitude>
          <southBoundLatitude>50.4</southBoundLatitude><northBoundLatitude>51.5</northBoundLatitude></EX_GeographicBoundingBox>
        {dim}
        <Style><Name>default</Name><Title>default</Title><LegendURL width="20" height="20"><Format>image/png</Format>
          <OnlineResource xlink:type="simple" xlink:href="{legends}/wms/map?REQUEST=GetLegendGraphic&amp;LAYER={layer}&amp;FORMAT=image/png"/></LegendURL></Style>
      </Layer>
    </Layer>
  </Capability>
</WMS_Capabilities>
""".encode()


DOCUMENTS = {"wmts": wmts_document, "wms": wms_document}
SECRET_MARKER = "TERRASCOPE-XXE-SECRET-7f3a"
HTML_ERROR = b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>"
EXCEPTION_REPORT = (b'<?xml version="1.0" encoding="UTF-8"?><ServiceExceptionReport version="1.3.0" '
                    b'xmlns="http://www.opengis.net/ogc"><ServiceException code="LayerNotDefined">msWMSLoadGetMapParams(): '
                    b'WMS server error. Service temporarily disabled for maintenance</ServiceException></ServiceExceptionReport>')
OWS_EXCEPTION = (b'<?xml version="1.0" encoding="UTF-8"?><ExceptionReport xmlns="http://www.opengis.net/ows/1.1" version="1.1.0">'
                 b'<Exception exceptionCode="InvalidParameterValue"><ExceptionText>mapcache: unknown tileset</ExceptionText>'
                 b'</Exception></ExceptionReport>')
def billion_laughs(levels: int = 9, root: str = "Capabilities") -> bytes:
    """The "billion laughs" XML bomb: under 1 kB, but its title expands to 3 x 10**levels bytes (9 levels: 3 GB)."""
    entities = b"".join(b' <!ENTITY lol%d "%s">\n' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                        for i in range(1, levels + 1))
    return (b'<?xml version="1.0"?>\n<!DOCTYPE %s [\n <!ENTITY lol "lol">\n' % root.encode() + entities
            + b']>\n<%s xmlns="http://www.opengis.net/wmts/1.0" xmlns:ows="http://www.opengis.net/ows/1.1">' % root.encode()
            + b"<ows:ServiceIdentification><ows:Title>&lol%d;</ows:Title></ows:ServiceIdentification></%s>"
            % (levels, root.encode()))


class FaultFront:
    """The server; `secret_file` is the local file the XXE documents try to read."""

    def __init__(self, secret_file: Path | None = None, tls: tuple[Path, Path] | None = None,
                 credentials: tuple[str, str] = ("terrascope-user", ""), host: str = "127.0.0.1"):
        self.secret_file = secret_file
        self.credentials = credentials
        self.host = host
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.bodies: list[bytes] = []
        self.advertised: str | None = None  # the layer name the good documents advertise (XML-escaped), when set
        self.stop_event = threading.Event()
        self._lock = threading.Lock()
        front = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):  # noqa: N802
                front._record(self)
                try:
                    front._answer(self)
                except (BrokenPipeError, ConnectionResetError, ssl.SSLError, OSError):
                    pass  # the client gave up: that is what some tests do

            def do_POST(self):  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(min(length, 16 * 1024 * 1024))
                with front._lock:
                    front.bodies.append(body)
                self.do_GET()

        context = None
        if tls is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(str(tls[0]), str(tls[1]))

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def finish_request(self, request, client_address):
                # The TLS handshake happens here, in the connection's own thread and with a time limit: done in
                # accept() (a wrapped listening socket) a client that never finishes it blocks serve_forever, and
                # shutdown() with it, for ever.
                if context is not None:
                    request.settimeout(10)
                    try:
                        request = context.wrap_socket(request, server_side=True)
                    except (ssl.SSLError, OSError):
                        return  # the client refused the certificate: what the TLS test expects
                    request.settimeout(None)
                    try:
                        super().finish_request(request, client_address)
                    finally:
                        self.shutdown_request(request)  # the wrapped socket owns the connection now
                    return
                super().finish_request(request, client_address)

        self.server = Server((host, 0), Handler)
        self.scheme = "https" if tls is not None else "http"
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    # -- lifetime
    def __enter__(self) -> FaultFront:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def stop(self) -> None:
        self.stop_event.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)

    # -- what the tests read
    def url(self, path: str) -> str:
        return f"{self.scheme}://{self.host}:{self.port}{path}"

    def authorizations(self) -> list[tuple[str, str]]:
        """(path, Authorization header) of every request that carried one."""
        with self._lock:
            return [(path, headers[key]) for path, headers in self.requests for key in headers
                    if key.lower() == "authorization"]

    def hits(self, prefix: str) -> int:
        with self._lock:
            return sum(1 for path, _ in self.requests if urlsplit(path).path.startswith(prefix))

    def paths(self) -> Counter:
        with self._lock:
            return Counter(urlsplit(path).path for path, _ in self.requests)

    def _record(self, handler) -> None:
        with self._lock:
            self.requests.append((handler.path, dict(handler.headers.items())))

    # -- answers
    def _send(self, handler, body: bytes, status: int = 200, content_type: str = "text/xml", headers=()) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        for key, value in headers:
            handler.send_header(key, value)
        handler.end_headers()
        handler.wfile.write(body)

    def _stream(self, handler, chunks, content_type="text/xml", length: int | None = None) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", content_type)
        if length is not None:
            handler.send_header("Content-Length", str(length))
        else:
            handler.send_header("Connection", "close")
        handler.end_headers()
        for chunk in chunks:
            if self.stop_event.is_set():
                return
            handler.wfile.write(chunk)
        handler.wfile.flush()

    def _answer(self, handler) -> None:
        split = urlsplit(handler.path)
        query = parse_qs(split.query)
        parts = [part for part in split.path.split("/") if part]
        service, action, arg = (parts + ["", "", ""])[:3]
        document = DOCUMENTS.get(service, wmts_document)
        count = int(query.get("values", ["3"])[0])
        base = query.get("elsewhere", [self.url("")])[0].rstrip("/")
        extra = {"base": base, **({"legends": query["legends"][0].rstrip("/")} if "legends" in query else {})}
        good = document(time_values(count), **extra) if self.advertised is None else \
            document(time_values(count), layer=self.advertised, **extra)
        wanted = {key.upper(): values[0] for key, values in query.items()}
        if wanted.get("REQUEST", "").lower() in ("getmap", "gettile", "getlegendgraphic") or action == "tile":
            size = (int(wanted.get("WIDTH", 256)), int(wanted.get("HEIGHT", 256)))
            image = self._png_bomb() if "bomb" in query else local_file_vrt(query["vrt"][0], *size) if "vrt" in query \
                else png(*size) if size[0] * size[1] <= 4096 * 4096 else b""
            self._send(handler, image, content_type="image/png")
        elif wanted.get("REQUEST", "").lower() == "getfeatureinfo":
            self._send(handler, b"CGS_S2_NDVI: value 0.5\n", content_type="text/plain")
        elif action == "ok":
            self._send(handler, good)
        elif action == "delay":
            if not self.stop_event.wait(float(arg)):
                self._send(handler, good)
        elif action == "hang":
            self.stop_event.wait(60)
        elif action == "trickle":
            self._stream(handler, self._trickle(), length=len(good) * 1000)
        elif action == "reset":
            handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            handler.connection.close()
            handler.close_connection = True
        elif action == "status":
            code = int(arg)
            headers = [("WWW-Authenticate", 'Basic realm="terrascope"')] if code == 401 else []
            self._send(handler, b"<html><body><h1>%d</h1><p>error page</p></body></html>" % code, code, "text/html", headers)
        elif action == "redirect":
            self._send(handler, b"", 302, headers=[("Location", f"/{service}/ok")])
        elif action == "redirect-file":  # to the secret local file: a client must never follow that
            target = self.secret_file.as_uri() if self.secret_file else "file:///etc/hostname"
            self._send(handler, b"", 302, headers=[("Location", target)])
        elif action == "redirect-relative":
            self._send(handler, b"", 302, headers=[("Location", "ok")])
        elif action == "redirect-to":
            self._send(handler, b"", int(wanted.get("STATUS", 302)), headers=[("Location", query["to"][0])])
        elif action == "slow-redirect":
            delay, left = float(wanted.get("DELAY", 1)), int(arg or 0)
            if self.stop_event.wait(delay):
                return
            if left <= 0:
                self._send(handler, good)
            else:
                self._send(handler, b"", 302, headers=[("Location", f"/{service}/slow-redirect/{left - 1}?delay={delay}")])
        elif action == "echo-auth":  # a careless server that quotes the login it was sent
            said = handler.headers.get("Authorization", "")
            plain = base64.b64decode(said.split()[-1]).decode(errors="replace") if said.lower().startswith("basic ") else ""
            text = escape(f"Access denied. Authorization: {said} (user:password {plain}) http://{plain}@{self.host}/")
            self._send(handler, b'<?xml version="1.0"?><ServiceExceptionReport version="1.3.0" '
                                b'xmlns="http://www.opengis.net/ogc"><ServiceException>' + text.encode()
                       + b"</ServiceException></ServiceExceptionReport>", 500)
        elif action == "echo":
            with self._lock:
                body = self.bodies[-1] if handler.command == "POST" and self.bodies else b""
            self._send(handler, f"{handler.command} {handler.headers.get('Content-Type', '')}\n".encode() + body,
                       content_type="text/plain")
        elif action == "png-bomb":
            self._send(handler, self._png_bomb(), content_type="image/png")
        elif action == "redirect-loop":
            other = "b" if arg != "b" else "a"
            self._send(handler, b"", 302, headers=[("Location", f"/{service}/redirect-loop/{other}")])
        elif action == "auth":
            user, password = self.credentials
            expected = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
            if handler.headers.get("Authorization") == expected:  # ?cacheable: what a caching service would say
                self._send(handler, good, headers=[("Cache-Control", "max-age=300")] if "cacheable" in query else [])
            else:
                self._send(handler, b"<html><body>login needed</body></html>", 401, "text/html",
                           [("WWW-Authenticate", 'Basic realm="terrascope"')])
        elif action == "body":
            self._bad_body(handler, service, document, arg)
        else:
            self._send(handler, b"<html><body>no such path</body></html>", 404, "text/html")

    def _png_bomb(self) -> bytes:
        with self._lock:
            return png_bomb()

    def _trickle(self):
        while not self.stop_event.is_set():
            yield b" "
            self.stop_event.wait(0.2)

    def _bad_body(self, handler, service: str, document, name: str) -> None:
        other = wms_document if document is wmts_document else wmts_document
        marker_file = self.secret_file.as_uri() if self.secret_file else "file:///etc/hostname"
        fixed = {
            "empty": b"",
            "html": HTML_ERROR,
            "truncated": document(time_values(50))[:700],
            "exception": EXCEPTION_REPORT,
            "ows-exception": OWS_EXCEPTION,
            "wrong-service": other(time_values(3)),
            "wrong-version": document(time_values(3)).replace(b' version="1.0.0">', b' version="9.0.0">').replace(
                b'WMS_Capabilities version="1.3.0"', b'WMS_Capabilities version="9.3.0"'),
            "no-time": document(None, dimension=False),
            "no-values": document([]),
            "xxe": document(time_values(3), title="&secret;",
                            prolog=f'<!DOCTYPE Capabilities [<!ENTITY secret SYSTEM "{marker_file}">]>'),
            "xxe-parameter": document(time_values(3), prolog=(
                f'<!DOCTYPE Capabilities [<!ENTITY % remote SYSTEM "{self.url("/evil.dtd")}"> %remote;'
                f'<!ENTITY % file SYSTEM "{marker_file}">]>')),
            "xxe-external-dtd": document(time_values(3), prolog=f'<!DOCTYPE Capabilities SYSTEM "{self.url("/evil.dtd")}">'),
            "binary": bytes(range(256)) * 64,
        }
        if name in fixed:
            self._send(handler, fixed[name])
        elif re.fullmatch(r"bomb(-\d)?", name):  # bomb: 9 levels, bomb-N: N levels
            self._send(handler, billion_laughs(int(name[5:] or 9), "WMS_Capabilities" if service == "wms" else "Capabilities"))
        elif name == "many-values":
            self._send(handler, document(time_values(50_000)))
        elif name == "intervals":  # 30 kB of layers, each with its own minute interval: 105 million values promised
            layer = document(["1900-01-01T00:00:00Z/2100-01-01T00:00:00Z/PT1M"])
            start, end = layer.index(b"<Layer queryable"), layer.index(b"</Layer>") + len(b"</Layer>")
            layers = b"".join(layer[start:end].replace(b"CGS_S2_NDVI", b"CGS_S2_L%d" % n).replace(
                b"2100-01-01T00:00:00Z/", b"2100-01-01T00:%02d:00Z/" % (n % 60)) for n in range(60))
            self._send(handler, layer[:start] + layers + layer[end:])
        elif name == "huge":  # a 50 MB well-formed document, streamed (the server holds 1 MB at a time)
            head, tail = document(time_values(3)).split(b"</Capabilities>" if service != "wms" else b"</WMS_Capabilities>")
            closing = b"</Capabilities>\n" if service != "wms" else b"</WMS_Capabilities>\n"
            filler = b"<!-- " + b"x" * (1024 * 1024 - 9) + b" -->\n"
            size = 50 * 1024 * 1024
            self._stream(handler, [head, *([filler] * (size // len(filler))), closing],
                         length=len(head) + len(filler) * (size // len(filler)) + len(closing))
        elif name == "endless":  # never ends, no length given
            self._stream(handler, self._endless())
        else:
            self._send(handler, b"unknown body", 404, "text/plain")

    def _endless(self):
        yield b'<?xml version="1.0"?><Capabilities xmlns="http://www.opengis.net/wmts/1.0">'
        chunk = b"<Junk>" + b"y" * (256 * 1024) + b"</Junk>"
        while not self.stop_event.is_set():
            yield chunk


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 that no one signed (openssl, at test time)."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True, timeout=60)
    return cert, key


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
