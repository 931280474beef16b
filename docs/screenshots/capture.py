#!/usr/bin/env python3
"""Screenshots of AidFlow for the README, taken in Debian's headless Chromium.

    python3 docs/screenshots/capture.py            # from the project root

Needs Debian's chromium, chromium-driver and fonts-noto-cjk
(apt-get install -y chromium chromium-driver fonts-noto-cjk).
Starts the app on port 8091 unless something already answers there, makes sure there is demo
data to show (an agreement drafted by bj.proposer, reviewed and in signing), signs in through
the sign-in page as a real person would, and saves inbox.png, task.png and agreements.png here.
Only the Python standard library is used: it speaks the WebDriver protocol to chromedriver.
"""
import argparse
import base64
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def http(method, url, body=None, user=None, headers=None):
    data = None if body is None else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(url, data=data, method=method)
    request.add_header("Accept", "application/json")
    request.add_header("Accept-Language", "zh-CN")
    if data is not None:
        request.add_header("Content-Type", "application/json")
    if user:
        token = base64.b64encode((user + ":demo").encode()).decode()
        request.add_header("Authorization", "Basic " + token)
    for k, v in (headers or {}).items():
        request.add_header(k, v)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            text = response.read().decode("utf-8")
            return response.status, (json.loads(text) if text.strip().startswith(("{", "[")) else text)
    except urllib.error.HTTPError as e:
        text = e.read().decode("utf-8", "replace")
        try:
            return e.code, json.loads(text)
        except ValueError:
            return e.code, text


class WebDriver:
    """The few WebDriver commands the screenshots need."""

    def __init__(self, driver_url, session):
        self.url = driver_url + "/session/" + session

    @classmethod
    def start(cls, driver_url, chromium, width, height):
        profile = tempfile.mkdtemp(prefix="aidflow-chromium-")
        args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--lang=zh-CN",
                "--user-data-dir=" + profile, "--window-size=%d,%d" % (width, height)]
        status, answer = http("POST", driver_url + "/session", {"capabilities": {"alwaysMatch": {
            "browserName": "chrome", "goog:chromeOptions": {"binary": chromium, "args": args}}}})
        if status != 200:
            raise SystemExit("chromedriver refused the session: %s" % answer)
        driver = cls(driver_url, answer["value"]["sessionId"])
        driver.profile = profile
        return driver

    def call(self, method, path, body=None):
        status, answer = http(method, self.url + path, body if body is not None else ({} if method == "POST" else None))
        if status != 200:
            raise RuntimeError("%s %s: %s" % (method, path, answer))
        return answer["value"]

    def go(self, url):
        self.call("POST", "/url", {"url": url})

    def js(self, script, *args):
        return self.call("POST", "/execute/sync", {"script": script, "args": list(args)})

    def find(self, css, timeout=15):
        end = time.time() + timeout
        while True:
            try:
                found = self.call("POST", "/element", {"using": "css selector", "value": css})
                return list(found.values())[0]
            except RuntimeError:
                if time.time() > end:
                    raise RuntimeError("no element %s on %s" % (css, self.js("return location.href")))
                time.sleep(0.2)

    def type(self, css, text):
        element = self.find(css)
        self.call("POST", "/element/%s/clear" % element)
        self.call("POST", "/element/%s/value" % element, {"text": text})

    def click(self, css):
        self.call("POST", "/element/%s/click" % self.find(css))

    def rest_pointer(self):
        """Moves the mouse out of the way so that no row shows its hover state."""
        self.call("POST", "/actions", {"actions": [{"type": "pointer", "id": "mouse", "parameters": {"pointerType": "mouse"},
                                                    "actions": [{"type": "pointerMove", "x": 1, "y": 1, "duration": 0}]}]})

    def resize(self, width, height):
        self.call("POST", "/window/rect", {"width": width, "height": height})

    def screenshot(self, path, full_height=False, width=1440, min_height=900, max_height=2400):
        if full_height:
            height = self.js("return Math.ceil(document.documentElement.scrollHeight)")
            self.resize(width, max(min_height, min(max_height, int(height) + 100)))
            time.sleep(0.5)
        png = base64.b64decode(self.call("GET", "/screenshot"))
        with open(path, "wb") as f:
            f.write(png)
        print("saved %s (%d KB)" % (os.path.relpath(path, ROOT), len(png) // 1024))
        if full_height:
            self.resize(width, min_height)

    def quit(self):
        try:
            http("DELETE", self.url)
        finally:
            shutil.rmtree(getattr(self, "profile", ""), ignore_errors=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url, seconds):
    end = time.time() + seconds
    while time.time() < end:
        try:
            urllib.request.urlopen(url, timeout=2)
            return True
        except urllib.error.HTTPError:
            return True
        except Exception:
            time.sleep(1)
    return False


def ensure_demo_data(base):
    """A few agreements by bj.proposer, one reviewed (so it is being signed), one waiting for review."""
    status, page = http("GET", base + "/api/agreements?size=50", user="bj.proposer")
    if status != 200:
        raise SystemExit("cannot list agreements: %s %s" % (status, page))
    titles = {a["title"] for a in page["items"]}
    drafts = [
        ("2025年度北京—和田职工服务阵地建设协议", ["LIVELIHOOD", "FACILITY"], 3200000, "援建户外劳动者服务站点 12 个、职工书屋 8 个，改善一线职工工作条件。"),
        ("北京—和田工匠人才培训合作协议（2025—2027）", ["TALENT"], 1800000.5, "每年组织和田地区技术工人赴京培训，开展劳模工匠带徒传技。"),
        ("京和两地职工文化交流协议", ["CULTURE"], 650000, "开展职工文艺汇演、书画展和国家通用语言培训。"),
    ]
    for title, areas, amount, description in drafts:
        if title not in titles:
            status, answer = http("POST", base + "/api/agreements", {
                "recipientUnion": "XJ-HT", "title": title, "focusAreas": areas, "intendedAmount": amount,
                "startDate": "2025-01-01", "endDate": "2027-12-31", "description": description}, user="bj.proposer")
            if status != 201:
                raise SystemExit("cannot draft an agreement: %s %s" % (status, answer))
    status, tasks = http("GET", base + "/api/tasks?taskKey=reviewAgreement&size=50", user="xj-ht.leader")
    signing = http("GET", base + "/api/agreements?status=SIGNING", user="bj.proposer")[1]["total"]
    if signing == 0 and len(tasks["items"]) > 1:
        oldest = tasks["items"][-1]
        status, answer = http("POST", base + "/api/tasks/%s/complete" % oldest["id"],
                              {"decision": "APPROVE", "comment": "同意。协议内容符合对口援疆工作安排。"}, user="xj-ht.leader")
        if status != 204:
            print("could not approve an agreement for the demo: %s %s" % (status, answer))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", default="http://localhost:8091")
    parser.add_argument("--out", default=HERE)
    parser.add_argument("--user", default="xj-ht.leader")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--chromedriver", default="/usr/bin/chromedriver")
    parser.add_argument("--lang", default="zh", choices=["zh", "en"])
    options = parser.parse_args()
    for tool in (options.chromium, options.chromedriver):
        if not os.path.exists(tool):
            raise SystemExit("%s is missing: apt-get update && apt-get install -y chromium chromium-driver" % tool)

    app = None
    if not wait_for(options.base + "/api/me", 1):
        port = options.base.rsplit(":", 1)[1].split("/")[0]
        print("starting the app on port %s …" % port)
        app = subprocess.Popen(["mvn", "-q", "-B", "-Daidflow.build.dir=target-screenshots", "spring-boot:run",
                                "-Dspring-boot.run.arguments=--server.port=" + port],
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        if not wait_for(options.base + "/api/me", 240):
            os.killpg(app.pid, signal.SIGTERM)
            raise SystemExit("the app did not start")

    driver_port = free_port()
    chromedriver = subprocess.Popen([options.chromedriver, "--port=%d" % driver_port],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    driver = None
    try:
        ensure_demo_data(options.base)
        wait_for("http://127.0.0.1:%d/status" % driver_port, 20)
        driver = WebDriver.start("http://127.0.0.1:%d" % driver_port, options.chromium, 1440, 900)
        driver.go(options.base + "/")
        driver.js("localStorage.setItem('aidflow.lang', arguments[0])", options.lang)
        driver.go(options.base + "/")
        driver.type("input[name=username]", options.user)
        driver.type("input[name=password]", "demo")
        driver.click("button[type=submit]")
        driver.find(".user-name")

        driver.go(options.base + "/#/inbox")
        driver.find(".inbox-table tbody tr")
        driver.rest_pointer()
        time.sleep(0.5)
        driver.screenshot(os.path.join(options.out, "inbox.png"))

        driver.click(".inbox-table tbody tr:last-child a.strong-link")
        driver.find(".task-form .field")
        driver.find(".timeline")
        driver.click("[data-field=decision] .choice:nth-child(1) input")
        driver.type("#f-comment", "同意。请抓紧安排双方签署。")
        driver.rest_pointer()
        time.sleep(1)
        driver.screenshot(os.path.join(options.out, "task.png"), full_height=True)

        driver.go(options.base + "/#/agreements")
        driver.find(".table tbody tr")
        driver.rest_pointer()
        time.sleep(0.5)
        driver.screenshot(os.path.join(options.out, "agreements.png"))
    finally:
        if driver:
            driver.quit()
        chromedriver.terminate()
        chromedriver.wait(10)
        if app:
            os.killpg(app.pid, signal.SIGTERM)
            app.wait(60)


if __name__ == "__main__":
    sys.exit(main())
