#!/usr/bin/env python3
"""Summarises one load-test level as Markdown: Gatling's per-request figures (from its HTML report), the
server's own time per UIDL request and page (the benchmark profile's timing log) and the CPU the server
and the whole machine used (sampled from /proc).
usage: benchmark-report.py LEVEL GATLING_RUN_DIR APP_LOG CPU_SAMPLES LOAD_BEFORE [GC_LOG]"""
import html, re, statistics, sys

level, run, app_log, cpu_file, load_before = sys.argv[1:6]
gc_log = sys.argv[6] if len(sys.argv) > 6 else None

page = open(run + "/index.html", encoding="utf-8").read()
rows = []
for match in re.finditer(r'<tr id="(req_[^"]+|ROOT)"[^>]*>(.*?)</tr>', page, re.S):
    body = match.group(2)
    name = re.search(r'class="ellipsed-name">([^<]*)<', body)
    name = "all requests" if match.group(1) == "ROOT" else html.unescape(name.group(1)) if name else "?"
    cols = dict(re.findall(r'class="value [a-z]+ col-(\d+)">([^<]*)<', body))
    if cols:
        rows.append((name, cols))
seen = set()
print("#### %s concurrent users\n" % level)
print("Load average before the run: %s\n" % load_before)
print("| request | count | KO | p50 ms | p95 ms | p99 ms | max ms |")
print("|---|---:|---:|---:|---:|---:|---:|")
for name, cols in rows:
    if name in seen:
        continue
    seen.add(name)
    print("| %s | %s | %s | %s | %s | %s | %s |" % (name, cols.get("2"), cols.get("4"), cols.get("8"), cols.get("10"),
                                                  cols.get("11"), cols.get("12")))

errors = re.findall(r'<td class="error-col-1 total ko">([^<]*)<span class="value"[^>]*>[^<]*</span></td>\s*'
                    r'<td class="value error-col-2 total ko">([^<]*)</td>', page)
if errors:
    print("\nErrors (Gatling): " + "; ".join("%s x %s" % (html.unescape(m).strip(), n) for m, n in errors))

times = {}
exceptions = 0
for line in open(app_log, encoding="utf-8", errors="replace"):
    m = re.search(r"cohelm\.benchmark\.timing\s*: (\w+) route=(\S+) ms=([\d.]+)", line)
    if m:
        times.setdefault((m.group(1), m.group(2)), []).append(float(m.group(3)))
    elif " ERROR " in line:
        exceptions += 1


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100.0 * (len(values) - 1))))]


print("\nServer time per Vaadin request (after the request, the page the UI shows), ms:\n")
print("| request | page | count | p50 | p95 | p99 |")
print("|---|---|---:|---:|---:|---:|")
for (kind, route), values in sorted(times.items(), key=lambda kv: -len(kv[1])):
    if len(values) < 5:
        continue
    print("| %s | %s | %d | %.0f | %.0f | %.0f |" % (kind, route, len(values), pct(values, 50), pct(values, 95),
                                                  pct(values, 99)))
print("\nERROR lines in the server log: %d" % exceptions)

samples = [line.split() for line in open(cpu_file) if line.strip()]
if len(samples) > 2:
    # each sample: seconds server_ticks machine_busy machine_total
    (t0, s0, b0, a0), (t1, s1, b1, a1) = samples[0], samples[-1]
    seconds = float(t1) - float(t0)
    server = (int(s1) - int(s0)) / 100.0 / seconds
    machine = (int(b1) - int(b0)) / max(1, (int(a1) - int(a0)))
    busiest = 0.0
    for (ta, sa, *_), (tb, sb, *_) in zip(samples, samples[1:]):
        busiest = max(busiest, (int(sb) - int(sa)) / 100.0 / max(0.001, float(tb) - float(ta)))
    print("Server CPU: %.2f cores on average over %.0f s (busiest 5 s: %.2f cores); whole machine %.0f%% busy "
          "(server, Gatling, MariaDB and anything else)." % (server, seconds, busiest, machine * 100))

if gc_log:
    pauses = [float(m.group(1)) for m in re.finditer(r"Pause.*? ([\d.]+)ms$", open(gc_log).read(), re.M)]
    heap = re.findall(r"(\d+)M->(\d+)M\((\d+)M\)", open(gc_log).read())
    if pauses:
        print("GC: %d pauses, %.1f s paused in total, longest %.0f ms; heap after GC at the end %s MB of %s MB."
              % (len(pauses), sum(pauses) / 1000, max(pauses), heap[-1][1] if heap else "?",
                 heap[-1][2] if heap else "?"))
