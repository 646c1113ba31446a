#!/usr/bin/env python3
"""Opens signed-in CoHelm sessions the way a browser does (login form with its _csrf token, the Vaadin
bootstrap, the router navigation to the page) and leaves them open, for the memory per session.
usage: benchmark-sessions.py URL PEOPLE_CSV COUNT PAGE PASSWORD
PAGE: 'overview' (each person's program overview), 'goals', or a fixed route such as 'benchmark/empty'.
   or: benchmark-sessions.py URL PEOPLE_CSV COUNT latency PASSWORD
times one person at a time (no concurrency) navigating to the heaviest pages, and prints a Markdown table."""
import csv, http.cookiejar, json, re, sys, time, urllib.parse, urllib.request


def open_session(base, email, password, route):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(base + "/login").read().decode()
    token = re.search(r'<meta name="_csrf" content="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"_csrf": token, "username": email, "password": password}).encode()
    answer = opener.open(base + "/login", form)
    if "error" in answer.geturl():
        raise SystemExit("sign-in refused for " + email)
    init = json.loads(opener.open(base + "/?v-r=init&location=" + urllib.parse.quote(route) + "&query=&v-wn=m").read())
    config = init["appConfig"]
    uidl = config["uidl"]
    message = {"csrfToken": uidl["Vaadin-Security-Key"], "syncId": uidl["syncId"], "clientId": uidl["clientId"],
               "rpc": [{"type": "event", "node": 1, "event": "ui-navigate",
                        "data": {"route": route, "query": "", "appShellTitle": "", "historyState": {"idx": 0},
                                 "trigger": ""}}]}
    request = urllib.request.Request(base + "/?v-r=uidl&v-uiId=%d" % config["v-uiId"], json.dumps(message).encode(),
                                     {"Content-Type": "application/json; charset=UTF-8"})
    body = opener.open(request).read().decode()
    if '"appError"' in body or "sessionExpired" in body or len(body) < 100:
        raise SystemExit("the page %s did not open for %s: %s" % (route, email, body[:300]))
    return len(body)


class Visit:
    """One signed-in browser tab: navigations are UIDL messages on the same UI."""

    def __init__(self, base, email, password):
        self.base = base
        jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        page = self.opener.open(base + "/login").read().decode()
        token = re.search(r'<meta name="_csrf" content="([^"]+)"', page).group(1)
        form = urllib.parse.urlencode({"_csrf": token, "username": email, "password": password}).encode()
        if "error" in self.opener.open(base + "/login", form).geturl():
            raise SystemExit("sign-in refused for " + email)
        config = json.loads(self.opener.open(base + "/?v-r=init&location=&query=&v-wn=l").read())["appConfig"]
        self.ui = config["v-uiId"]
        self.csrf = config["uidl"]["Vaadin-Security-Key"]
        self.sync, self.client = config["uidl"]["syncId"], config["uidl"]["clientId"]
        self.navigate("/", "")

    def navigate(self, route, query=""):
        message = {"csrfToken": self.csrf, "syncId": self.sync, "clientId": self.client,
                   "rpc": [{"type": "event", "node": 1, "event": "ui-navigate",
                            "data": {"route": route, "query": query, "appShellTitle": "",
                                     "historyState": {"idx": 0}, "trigger": "client"}}]}
        request = urllib.request.Request(self.base + "/?v-r=uidl&v-uiId=%d" % self.ui, json.dumps(message).encode(),
                                         {"Content-Type": "application/json; charset=UTF-8"})
        started = time.perf_counter()
        body = self.opener.open(request).read().decode()
        elapsed = (time.perf_counter() - started) * 1000
        if '"appError"' in body or "sessionExpired" in body or "Something went wrong" in body:
            raise SystemExit("%s failed: %s" % (route, body[:300]))
        self.sync = int(re.search(r'"syncId":(\d+)', body).group(1))
        self.client = int(re.search(r'"clientId":(\d+)', body).group(1))
        return elapsed, len(body)


def latency(base, rows, count, password):
    pages = [("program overview", lambda r: ("programs/" + r["program"], "")),
             ("goals", lambda r: ("programs/" + r["program"] + "/goals", "")),
             ("schedule timeline", lambda r: ("programs/" + r["program"] + "/schedule", "view=timeline")),
             ("schedule list", lambda r: ("programs/" + r["program"] + "/schedule", "")),
             ("my actions", lambda r: ("my-actions", "")),
             ("home", lambda r: ("/", "")),
             ("portfolio (supplier member)", lambda r: ("portfolio", "") if r["side"] == "SUPPLIER" else None)]
    times = {name: [] for name, _ in pages}
    sizes = {name: [] for name, _ in pages}
    for i in range(count):
        row = rows[i % len(rows)]
        visit = Visit(base, row["email"], password)
        for name, target in pages:
            if target(row) is None:
                continue
            took, size = visit.navigate(*target(row))
            times[name].append(took)
            sizes[name].append(size)
    admin = Visit(base, "admin@large.example", password)
    times["portfolio (admin, 1,000 programs)"], sizes["portfolio (admin, 1,000 programs)"] = [], []
    for i in range(max(5, count // 2)):
        took, size = admin.navigate("portfolio")
        times["portfolio (admin, 1,000 programs)"].append(took)
        sizes["portfolio (admin, 1,000 programs)"].append(size)
        admin.navigate("/")

    def pct(values, p):
        values = sorted(values)
        return values[min(len(values) - 1, int(round(p / 100.0 * (len(values) - 1))))]

    print("| page | navigations | p50 ms | p95 ms | UIDL answer KB |")
    print("|---|---:|---:|---:|---:|")
    for name, values in times.items():
        if values:
            print("| %s | %d | %.0f | %.0f | %.0f |" % (name, len(values), pct(values, 50), pct(values, 95),
                                                      sum(sizes[name]) / len(sizes[name]) / 1024))


def main():
    base, people, count, page, password = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
    rows = list(csv.DictReader(open(people)))
    if page == "latency":
        latency(base, rows, count, password)
        return
    sizes = []
    for i in range(count):
        row = rows[i % len(rows)]
        route = {"overview": "programs/" + row["program"], "goals": "programs/" + row["program"] + "/goals"}.get(page, page)
        sizes.append(open_session(base, row["email"], password, route))
    print("opened %d sessions on %s (UIDL answer %.0f KB on average)" % (count, page, sum(sizes) / len(sizes) / 1024))


main()
