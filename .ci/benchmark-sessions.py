#!/usr/bin/env python3
"""Opens signed-in CoHelm sessions the way a browser does (login form with its _csrf token, the Vaadin
bootstrap, the router navigation to the page) and leaves them open, for the memory per session.
usage: benchmark-sessions.py URL PEOPLE_CSV COUNT PAGE PASSWORD
PAGE: 'overview' (each person's program overview), 'goals', or a fixed route such as 'benchmark/empty'."""
import csv, http.cookiejar, json, re, sys, urllib.parse, urllib.request


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


def main():
    base, people, count, page, password = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
    rows = list(csv.DictReader(open(people)))
    sizes = []
    for i in range(count):
        row = rows[i % len(rows)]
        route = {"overview": "programs/" + row["program"], "goals": "programs/" + row["program"] + "/goals"}.get(page, page)
        sizes.append(open_session(base, row["email"], password, route))
    print("opened %d sessions on %s (UIDL answer %.0f KB on average)" % (count, page, sum(sizes) / len(sizes) / 1024))


main()
