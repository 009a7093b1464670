#!/usr/bin/env python3
"""The web app in a real browser (issue 16): headless Chromium driven by Selenium.

    python3 tests/browser/test_web.py .build/debug/plancheck [--save-screenshots docs/images]

Builds nothing: it takes the built `plancheck`, sets up a reviewer and a campaign of two units
with the CLI in a temporary database, starts `plancheck serve` on a free loopback port, and
walks the pages as a clerk and as a reviewer. Every page's screenshot must not be blank.
Exit 0 when every check passes, 1 when one fails, 2 when the browser or driver is missing.
"""
import http.client
import os
import re
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.parse
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CHAIN = os.path.join(ROOT, "samples/chains/tra-vinh-2024")
PARENT = os.path.join(CHAIN, "01-tinh-tra-vinh.md")
DISTRICT = os.path.join(CHAIN, "02-huyen-cau-ngang.txt")
SEED = os.path.join(ROOT, "samples/real/002_ba7950973bf1c86d.txt")
REVIEWER, PASSWORD = "thamdinh", "mat-khau-trinh-duyet"
UNITS = ["Huyện Cầu Ngang", "Huyện Duyên Hải"]
# A plan whose text would change the page if any of it ran as script.
HOSTILE = (
    "ỦY BAN NHÂN DÂN\nKẾ HOẠCH\n"
    "Thực hiện Nghị định số 72/NĐ-CP <script>document.title='PWNED';window.__pwned=1</script>\n"
    "Căn cứ Thông tư số 22/TT-BTTTT <img src=x onerror=\"document.title='PWNED';window.__pwned=2\">\n"
    "I. MỤC ĐÍCH <svg onload=\"window.__pwned=3\"></svg>\n"
)
# The file name is shown in the page too.
HOSTILE_NAME = "<img src=x onerror=\"window.__pwned=4\">.txt"

failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what, flush=True)
    if not condition:
        failures.append(what)
    return condition


# --- PNG, read with zlib only -------------------------------------------------------------------

def png_colours(data, limit=64):
    """Distinct colours of an 8-bit RGB/RGBA PNG (up to `limit`), after undoing the row filters."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return 0
    pos, idat, width, height, ctype = 8, b"", 0, 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, ctype = struct.unpack(">IIBB", chunk[:10])
            if depth != 8 or ctype not in (2, 6):
                return 0
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    bpp = 4 if ctype == 6 else 3
    raw = zlib.decompress(idat)
    stride = width * bpp
    previous = bytearray(stride)
    colours = set()
    for y in range(height):
        start = y * (stride + 1)
        ftype, row = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            a = row[i - bpp] if i >= bpp else 0
            b = previous[i]
            c = previous[i - bpp] if i >= bpp else 0
            if ftype == 1:
                row[i] = (row[i] + a) & 255
            elif ftype == 2:
                row[i] = (row[i] + b) & 255
            elif ftype == 3:
                row[i] = (row[i] + (a + b) // 2) & 255
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                row[i] = (row[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        if y % 4 == 0:
            for x in range(0, stride, bpp * 2):
                colours.add(bytes(row[x:x + 3]))
            if len(colours) >= limit:
                return len(colours)
        previous = row
    return len(colours)


# --- the server and the CLI ---------------------------------------------------------------------

def run_cli(binary, args, stdin=None):
    r = subprocess.run([binary] + args, input=stdin, capture_output=True, text=True, cwd=ROOT, timeout=120)
    if r.returncode != 0:
        raise SystemExit(f"plancheck {' '.join(args)} failed ({r.returncode}): {r.stderr.strip()}")
    return r.stdout


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(binary, db, port, log, extra_env=None):
    env = dict(os.environ, NO_COLOR="1", SWIFT_BACKTRACE="enable=no", **(extra_env or {}))
    process = subprocess.Popen(
        [binary, "serve", "--db", db, "--port", str(port)], cwd=ROOT, env=env, stdout=log, stderr=log)
    deadline = time.time() + 60
    while time.time() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"plancheck serve ended at once ({process.returncode})")
        try:
            if request(port, "GET", "/")[0] == 200:
                return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("plancheck serve did not answer within 60 s")


def request(port, method, path, body=None, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request(method, path, body=body, headers=headers or {})
    response = conn.getresponse()
    data = response.read()
    conn.close()
    return response.status, data


def multipart(filename, data):
    boundary = "----plancheck-browser-test"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{filename}\"\r\n"
            f"Content-Type: application/octet-stream\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
    return body, {"Content-Type": f"multipart/form-data; boundary={boundary}"}


def stop(process):
    process.send_signal(signal.SIGTERM)
    try:
        return process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        return None


# --- the browser --------------------------------------------------------------------------------

def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--disable-gpu", "--lang=vi"):
        options.add_argument(arg)
    service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(service=service, options=options)


class Pages:
    def __init__(self, driver, base, shots, save):
        self.driver, self.base, self.shots, self.save = driver, base, shots, save

    def open(self, path):
        self.driver.get(self.base + path)

    def screenshot(self, name):
        """Checks the visible page is not blank: a real PNG with more than a few colours."""
        data = self.driver.get_screenshot_as_png()
        with open(os.path.join(self.shots, name + ".png"), "wb") as f:
            f.write(data)
        colours = png_colours(data)
        check(len(data) > 5000 and colours >= 16, f"screenshot {name}: {len(data)} bytes, {colours}+ colours")
        if self.save and name in ("self-check", "dashboard", "submission"):
            os.makedirs(self.save, exist_ok=True)
            with open(os.path.join(self.save, name + ".png"), "wb") as f:
                f.write(data)

    def css(self, selector):
        from selenium.webdriver.common.by import By
        return self.driver.find_elements(By.CSS_SELECTOR, selector)

    def click(self, element):
        """Clicks and waits for the next page: the old one gone, the new one loaded."""
        # A mark on the old window, not a stale-element wait: while Chrome swaps documents it can
        # answer a question about the old element with a generic inspector error instead of
        # "stale", which failed one CI run. A new page has a new window object without the mark.
        from selenium.common.exceptions import WebDriverException
        from selenium.webdriver.support.ui import WebDriverWait
        self.driver.execute_script("window.__plancheckOldPage = true")
        element.click()
        wait = WebDriverWait(self.driver, 60, ignored_exceptions=(WebDriverException,))
        wait.until(lambda d: d.execute_script(
            "return window.__plancheckOldPage === undefined && document.readyState === 'complete'"))

    def upload(self, path, button="button[type=submit]"):
        self.css("input[type=file]#file")[0].send_keys(path)
        self.click(self.css(button)[0])

    def text(self):
        return self.driver.find_element("tag name", "body").text

    def not_run(self, where):
        ran = self.driver.execute_script("return window.__pwned !== undefined")
        check(not ran and "PWNED" not in self.driver.title, f"{where}: the plan's script never ran")


def dashboard_counts(pages, unit):
    row = [r for r in pages.css("tr[data-unit]") if r.get_attribute("data-unit") == unit]
    if not row:
        return None
    cells = row[0].find_elements("tag name", "td")
    return int(cells[2].text or -1), int(cells[3].text or -1)


def walk(pages, links, port, tmp):
    # The clerk's self-check: the form, then a seed's findings.
    pages.open("/")
    check("Tự kiểm tra dự thảo kế hoạch" in pages.text(), "self-check page shows its form")
    pages.screenshot("self-check-form")
    pages.upload(SEED)
    findings = pages.css("article.finding, .finding")
    check("Kết quả tự kiểm tra" in pages.text() and len(findings) > 0, f"seed 002 shows {len(findings)} findings")
    check(len(pages.css("mark")) > 0, "flagged words are highlighted")
    pages.screenshot("self-check")

    # A plan with script in it: shown as text, never run.
    hostile = os.path.join(tmp, HOSTILE_NAME)
    with open(hostile, "w", encoding="utf-8") as f:
        f.write(HOSTILE)
    pages.open("/")
    pages.upload(hostile)
    check("Kết quả tự kiểm tra" in pages.text(), "the hostile plan is checked")
    shown = pages.text()
    check("<script>" in shown and "onerror" in shown, "its markup and file name are shown as text")
    pages.not_run("self-check result")

    # Clerk A submits through its own link and sees its findings.
    token_a, token_b = links[UNITS[0]], links[UNITS[1]]
    pages.open(f"/s/{token_a}")
    check(UNITS[0] in pages.text(), "clerk A's link shows its unit")
    pages.screenshot("clerk-link")
    pages.upload(DISTRICT)
    version = urllib.parse.urlparse(pages.driver.current_url).path
    check(re.fullmatch(rf"/s/{token_a}/v/\d+", version) is not None, f"clerk A lands on its version {version[:12]}…")
    check(len(pages.css("article.finding")) > 0, "clerk A sees its findings")
    pages.screenshot("clerk-version")
    version_id = version.rsplit("/", 1)[-1]

    # Clerk B's link on A's version: refused, nothing of A's shown.
    pages.open(f"/s/{token_b}/v/{version_id}")
    body = pages.text()
    check("Không có quyền" in body and "cau-ngang" not in body and UNITS[0] not in body,
          "clerk B's link gets the refusal page on A's version")
    pages.screenshot("forbidden")
    check(request(port, "GET", f"/s/{token_b}/v/{version_id}")[0] == 403, "and the status is 403")
    check(request(port, "GET", f"/submission/{version_id}")[0] == 403, "a reviewer's page without login is 403")

    # Clerk B submits the hostile plan: its own page shows it as text, no script runs.
    pages.open(f"/s/{token_b}")
    pages.upload(hostile)
    check("<script>" in pages.text(), "clerk B's version page shows the markup as text")
    pages.not_run("clerk B's version page")

    # The reviewer logs in, sees A's submission, dismisses one warning, sees the count drop.
    pages.open("/login")
    pages.screenshot("login")
    pages.css("#name")[0].send_keys(REVIEWER)
    pages.css("#password")[0].send_keys(PASSWORD)
    pages.click(pages.css("button[type=submit]")[0])
    check(urllib.parse.urlparse(pages.driver.current_url).path == "/dashboard", "reviewer lands on the dashboard")
    before = dashboard_counts(pages, UNITS[0])
    check(before is not None and before[1] > 0, f"dashboard shows {UNITS[0]} with errors/warnings {before}")
    pages.not_run("dashboard")
    pages.screenshot("dashboard")
    pages.click(pages.css(f"tr[data-unit='{UNITS[0]}'] a")[0])
    check("Lịch sử phiên bản" in pages.text(), "the submission page shows its version history")
    pages.screenshot("submission")
    forms = [f for f in pages.css("article.finding.sev-warning + form.decide")]
    if check(len(forms) > 0, "a warning has a decision form"):
        forms[0].find_element("name", "reason").send_keys("Huyện đã giải trình")
        pages.click(forms[0].find_element("css selector", "button[value=dismiss]"))
        check("Đã bỏ qua (báo nhầm)" in pages.text(), "the dismissal is shown on the submission page")
    pages.open("/dashboard")
    after = dashboard_counts(pages, UNITS[0])
    check(after is not None and before is not None and after == (before[0], before[1] - 1),
          f"the dashboard's warning count went {before} → {after}")


def isolated_trap(binary, db, tmp):
    """A child that traps on an upload is that upload's 422; the server stays up."""
    port = free_port()
    with open(os.path.join(tmp, "trap.log"), "w") as log:
        process = start_server(binary, db, port, log, {"PLANCHECK_TEST_TRAP_ON": "du-thao.md"})
        with open(SEED, "rb") as f:
            seed = f.read()
        status, body = request(port, "POST", "/api/check", *multipart("ke-hoach.md", seed))
        check(status == 422 and "SIGILL" in body.decode(), f"a trapping upload answers {status}, not a dead server")
        status, _ = request(port, "POST", "/api/check", *multipart("ke-hoach.txt", seed))
        check(status == 200 and process.poll() is None, "the same server checks the next upload")
        check(stop(process) == 0, "serve stops on SIGTERM with exit 0")


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        return 2
    binary = os.path.abspath(args[0])
    save = os.path.abspath(args[args.index("--save-screenshots") + 1]) if "--save-screenshots" in args else None
    try:
        import selenium  # noqa: F401
    except ImportError:
        print("selenium is not installed (pip install selenium)", file=sys.stderr)
        return 2
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        print("chromium and chromedriver are needed (apt-get install chromium chromium-driver)", file=sys.stderr)
        return 2
    tmp = tempfile.mkdtemp(prefix="plancheck-browser-")
    db = os.path.join(tmp, "web.sqlite")
    run_cli(binary, ["users", "add", REVIEWER, "--role", "reviewer", "--db", db], stdin=PASSWORD + "\n")
    run_cli(binary, ["campaign", "create", "TTĐN 2024", "--parent", PARENT, "--due", "31/12/2099",
                     "--expect", UNITS[0], "--expect", UNITS[1], "--db", db])
    port = free_port()
    lines = run_cli(binary, ["campaign", "links", "TTĐN 2024", "--base-url", f"http://127.0.0.1:{port}",
                             "--db", db]).splitlines()
    links = {unit: url.rsplit("/", 1)[-1] for unit, url in (line.split("\t") for line in lines)}
    log = open(os.path.join(tmp, "serve.log"), "w")
    server = start_server(binary, db, port, log)
    driver = None
    try:
        driver = browser()
        walk(Pages(driver, f"http://127.0.0.1:{port}", tmp, save), links, port, tmp)
    finally:
        if driver:
            driver.quit()
        check(stop(server) == 0, "serve stops on SIGTERM with exit 0")
        log.close()
    isolated_trap(binary, db, tmp)
    if failures:
        print(f"{len(failures)} check(s) failed; screenshots and logs in {tmp}", file=sys.stderr)
        return 1
    shutil.rmtree(tmp, ignore_errors=True)
    print("browser tests passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
