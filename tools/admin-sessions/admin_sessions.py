#!/usr/bin/env python3
"""Memory of the admin UI per signed-in Vaadin session (issue 20, item 5). Run by tools/bench-admin-sessions.sh.

Each session is a plain HTTP client with its own cookies, standard library only: it signs in through Keycloak's
login form (authorization code + PKCE, as a browser does), then drives Vaadin's protocol as its client does: the
init request (the server creates the UI), a navigation to the round list, one to a round's page (the server builds
the view and its components in the session), and a click on each of the page's tabs in turn. The sessions are
kept open (their cookies held) while the admin UI's heap is measured after a full GC (jcmd GC.run, GC.heap_info)
at each step, and the live objects per session are read from the slope of the used heap against the number of
sessions.
"""
import argparse
import copy
import html
import http.cookiejar
import json
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

ROUND_LINK = re.compile(r"cuoc-giam-sat/([0-9a-fA-F-]{36})")


class Session:
    """One user's browser: a cookie jar, signed in once, one UI on a round's page."""

    def __init__(self, admin, user, password):
        self.admin = admin.rstrip("/")
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.user = user
        self.password = password
        self.ui_id = None
        self.csrf = None
        self.sync_id = 0
        self.client_id = 0

    def open(self, url, data=None, headers=None):
        request = urllib.request.Request(url, data=data, headers=headers or {})
        try:
            with self.opener.open(request, timeout=120) as response:
                return response.geturl(), response.read().decode("utf-8", "replace")
        finally:
            # Keycloak marks its cookies Secure; browsers send them to http://127.0.0.1 (a secure context) anyway,
            # Python's cookie jar does not: without this the login form answers "cookie_not_found".
            for cookie in self.jar:
                cookie.secure = False

    def sign_in(self, keycloak_cookies=()):
        """Through Keycloak's login form; with the cookies of a Keycloak session already signed in (single sign-on,
        as a second browser window would), Keycloak sends the new admin session straight back with its code."""
        for cookie in keycloak_cookies:
            self.jar.set_cookie(copy.copy(cookie))  # each jar its own: the jars change their cookies' flags
        url, page = self.open(self.admin + "/admin/")
        if "/admin" in url and "kc-form-login" not in page:
            return
        if keycloak_cookies:
            # Never the password again: failed or concurrent sign-ins lock the account (brute-force protection).
            raise RuntimeError("single sign-on of %s did not reach the admin UI (ended at %s)" % (self.user, url))
        form = re.search(r'<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"', page, re.S)
        if not form:
            raise RuntimeError("no Keycloak login form at " + url)
        data = urllib.parse.urlencode({"username": self.user, "password": self.password, "credentialId": ""})
        url, page = self.open(html.unescape(form.group(1)), data.encode())
        if "/admin" not in url or "kc-form-login" in page:
            raise RuntimeError("sign-in of %s refused (ended at %s)" % (self.user, url))

    def keycloak_cookies(self):
        return [cookie for cookie in self.jar if cookie.path.startswith("/realms/")]

    def init(self, location):
        """Vaadin's second bootstrap phase: the server creates the UI (the view comes with the navigation)."""
        query = urllib.parse.urlencode({"v-r": "init", "location": location, "query": "",
                                        "v-browserDetails": "1", "v-bw": "1280", "v-bh": "900", "v-sw": "1280",
                                        "v-sh": "900", "v-tzo": "-420", "v-rtzo": "-420", "v-dstd": "0",
                                        "v-dston": "false", "v-tzid": "Asia/Ho_Chi_Minh", "v-curdate": "0",
                                        "v-td": "1", "v-pr": "1", "v-wn": "bench"})
        _, body = self.open(self.admin + "/admin/?" + query)
        body = body.strip()
        if body.startswith("for(;;);"):
            body = body[len("for(;;);"):]
        config = json.loads(body)
        uidl = config.get("appConfig", {}).get("uidl", {})
        self.ui_id = config.get("appConfig", {}).get("v-uiId")
        self.csrf = uidl.get("Vaadin-Security-Key")
        self.sync_id = uidl.get("syncId", 0)
        return json.dumps(config)

    def rpc(self, invocations):
        """One UIDL request (what the browser sends on a click); returns the server's answer as text."""
        payload = {"csrfToken": self.csrf, "rpc": invocations, "syncId": self.sync_id, "clientId": self.client_id}
        _, body = self.open(self.admin + "/admin/?v-r=uidl&v-uiId=%s" % self.ui_id, json.dumps(payload).encode(),
                            {"Content-Type": "application/json; charset=UTF-8"})
        self.client_id += 1
        if body.startswith("for(;;);"):
            body = body[len("for(;;);"):]
        answer = json.loads(body)
        answer = answer[0] if isinstance(answer, list) else answer
        self.sync_id = answer.get("syncId", self.sync_id)
        return answer


def navigate(session, route):
    """What the Vaadin client sends when the browser opens an address: the server builds the view into the UI."""
    return session.rpc([{"type": "event", "node": 1, "event": "ui-navigate",
                         "data": {"route": route, "query": "", "appShellTitle": "", "historyState": {"idx": 0},
                                  "trigger": ""}}])


def select_tab(session, tabs_node, index):
    """A click on a tab: the client syncs vaadin-tabs' "selected" property and fires selected-changed."""
    return session.rpc([{"type": "mSync", "node": tabs_node, "feature": 1, "property": "selected", "value": index},
                        {"type": "event", "node": tabs_node, "event": "selected-changed", "data": {}}])


def tags(answer):
    """Node id -> element tag, from a UIDL answer's changes."""
    found = {}
    for change in answer.get("changes", []):
        if change.get("key") == "tag" and change.get("feat") == 0:
            found[change["node"]] = change.get("value")
    return found


def heap_used(jcmd, pid):
    """Used heap in bytes right after a full GC of the admin UI (jcmd GC.run, then GC.heap_info)."""
    subprocess.run([jcmd, str(pid), "GC.run"], check=True, capture_output=True)
    out = subprocess.run([jcmd, str(pid), "GC.heap_info"], check=True, capture_output=True, text=True).stdout
    match = re.search(r"total (?:reserved )?\d+K(?:, committed \d+K)?, used (\d+)K", out)
    if not match:
        match = re.search(r"used (\d+)K", out)
    return int(match.group(1)) * 1024, out


def session_objects(jcmd, pid):
    """Live VaadinSession and UI instances (GC.class_histogram forces a full GC first)."""
    out = subprocess.run([jcmd, str(pid), "GC.class_histogram"], check=True, capture_output=True, text=True).stdout
    counts = {}
    for name in ("com.vaadin.flow.server.VaadinSession", "com.vaadin.flow.component.UI",
                 "vn.giamsat.admin.rounds.detail.RoundDetailView"):
        match = re.search(r"^\s*\d+:\s+(\d+)\s+\d+\s+" + re.escape(name) + r"\s*$", out, re.M)
        counts[name.rsplit(".", 1)[1]] = int(match.group(1)) if match else 0
    return counts


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--admin", required=True)
    p.add_argument("--pid", required=True, type=int)
    p.add_argument("--jcmd", default="jcmd")
    p.add_argument("--users", default="quantri")
    p.add_argument("--password", required=True)
    p.add_argument("--steps", default="0,25,50,100,200")
    p.add_argument("--parallel", type=int, default=1)
    p.add_argument("--heap-mib", type=int, default=2048)
    p.add_argument("--out", required=True)
    args = p.parse_args()
    users = args.users.split(",")
    steps = [int(s) for s in args.steps.split(",")]

    # One session first: loads the classes, fills the caches and finds a round to open; kept open like the others.
    first = Session(args.admin, users[0], args.password)
    first.sign_in()
    first.init("")
    rounds = ROUND_LINK.findall(json.dumps(navigate(first, "")))
    if not rounds:
        sys.exit("No round found on the admin UI's round list: the demo data should have one")
    route = "cuoc-giam-sat/" + rounds[0]
    page = tags(navigate(first, route))
    tab_count = sum(1 for tag in page.values() if tag == "vaadin-tab")

    # Each user types the password once (one after the other: the realm's brute-force protection locks an account
    # that signs in several times within a second); every further admin session rides on that Keycloak session.
    signed_in = {users[0]: first.keycloak_cookies()}
    for user in users[1:]:
        time.sleep(1.5)
        s = Session(args.admin, user, args.password)
        s.sign_in()
        signed_in[user] = s.keycloak_cookies()

    def open_session(i):
        """Signs in (single sign-on), opens the round list, then the round's page, then every tab of it in turn."""
        user = users[i % len(users)]
        s = Session(args.admin, user, args.password)
        s.sign_in(signed_in[user])
        s.init("")
        navigate(s, "")
        elements = tags(navigate(s, route))
        tabs_node = next((node for node, tag in elements.items() if tag == "vaadin-tabs"), None)
        walked = 0
        if tabs_node is not None:
            for index in range(1, sum(1 for tag in elements.values() if tag == "vaadin-tab")):
                select_tab(s, tabs_node, index)
                walked += 1
        return s, walked

    lines = []
    log = lambda line: (print(line, flush=True), lines.append(line))
    log("admin UI %s (pid %d); each session: sign-in, round list, round page /admin/%s and its %d tabs; users: %s"
        % (args.admin, args.pid, route, tab_count, ",".join(users)))
    sessions = [first]
    points = []
    walked_total = 0
    for target in steps:
        started = time.time()
        with ThreadPoolExecutor(args.parallel) as pool:
            for s, walked in pool.map(open_session, range(len(sessions), max(target, len(sessions)))):
                sessions.append(s)
                walked_total += walked
        took = time.time() - started
        used, _ = heap_used(args.jcmd, args.pid)
        objects = session_objects(args.jcmd, args.pid)
        points.append((len(sessions), used))
        log("%4d sessions open (+%d in %.1f s, tab clicks so far %d): heap used after full GC %.1f MiB; live %s"
            % (len(sessions), len(sessions) - (points[-2][0] if len(points) > 1 else 0), took, walked_total,
               used / 2**20, objects))
    n = len(points)
    mean_x = sum(x for x, _ in points) / n
    mean_y = sum(y for _, y in points) / n
    slope = sum((x - mean_x) * (y - mean_y) for x, y in points) / sum((x - mean_x) ** 2 for x, _ in points)
    base = mean_y - slope * mean_x
    heap = args.heap_mib * 2**20
    log("per session (least-squares slope of used heap over sessions): %.1f KiB" % (slope / 1024))
    log("heap without sessions (intercept): %.1f MiB" % (base / 2**20))
    log("sessions a %d MiB heap holds: %d with the live set filling it; %d keeping 30 %% free for the collector"
        % (args.heap_mib, (heap - base) / slope, (0.7 * heap - base) / slope))
    with open(args.out, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
