#!/usr/bin/env python3
"""What one navigation costs the server, measured around it on a running CoHelm (benchmark profile) over the
large data (BENCHMARKS.md §2), one person at a time. Nothing else may use the MariaDB server meanwhile.
usage: benchmark-portfolio.py URL PEOPLE_CSV PASSWORD statements ROUNDS
         SELECT statements per navigation (MariaDB's global Com_select read before and after each one) for the
         admin's portfolio (1,000 programs), a supplier member's portfolio, program health page and overview
   or: benchmark-portfolio.py URL PEOPLE_CSV PASSWORD cpu ROUNDS SERVER_PID
         CPU time per admin portfolio navigation (a home navigation's cost subtracted): the JVM, its request
         threads only (Tomcat's http-nio workers: no GC, no JIT compiler) and MariaDB, after 30 warm-up rounds"""
import csv, os, re, subprocess, sys

sessions = os.path.join(os.path.dirname(os.path.abspath(__file__)), "benchmark-sessions.py")
namespace = {}
exec(compile(open(sessions).read().replace("\nmain()\n", "\n"), sessions, "exec"), namespace)
Visit = namespace["Visit"]
HZ = os.sysconf("SC_CLK_TCK")


def selects():
    out = subprocess.run(["mariadb", "-h127.0.0.1", "-uroot", "-N", "-B", "-e",
                          "show global status like 'Com_select'"], capture_output=True, text=True, check=True).stdout
    return int(out.split()[1])


def statements(base, people, password, rounds):
    rows = list(csv.DictReader(open(people)))
    member = next(r for r in rows if r["side"] == "SUPPLIER")
    customer = next(r for r in rows if r["side"] == "CUSTOMER")
    cases = [("portfolio, admin (1,000 programs)", "admin@large.example", "portfolio"),
             ("portfolio, supplier member", member["email"], "portfolio"),
             ("program health page, supplier member", member["email"], "programs/%s/health" % member["program"]),
             ("program overview (health card), supplier member", member["email"], "programs/%s" % member["program"]),
             ("program health page, customer member", customer["email"], "programs/%s/health" % customer["program"])]
    for label, email, route in cases:
        visit = Visit(base, email, password)
        counts = []
        for _ in range(rounds):
            before = selects()
            visit.navigate(route)
            counts.append(selects() - before)
            visit.navigate("/")
        print("%s: SELECT statements per navigation %s" % (label, counts))


def cpu_ms(pid, thread_prefix=None):
    if thread_prefix is None:
        fields = open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) * 1000.0 / HZ
    total = 0
    for tid in os.listdir("/proc/%d/task" % pid):
        try:
            if open("/proc/%d/task/%s/comm" % (pid, tid)).read().startswith(thread_prefix):
                fields = open("/proc/%d/task/%s/stat" % (pid, tid)).read().rsplit(")", 1)[1].split()
                total += int(fields[11]) + int(fields[12])
        except OSError:
            pass  # a thread that ended meanwhile
    return total * 1000.0 / HZ


def cpu(base, password, rounds, server):
    listening = subprocess.run(["ss", "-ltnp", "sport = :3306"], capture_output=True, text=True).stdout
    database = int(re.search(r"pid=(\d+)", listening).group(1))
    sample = lambda: (cpu_ms(server), cpu_ms(server, "http-nio"), cpu_ms(database))
    visit = Visit(base, "admin@large.example", password)
    for _ in range(30):
        visit.navigate("portfolio")
        visit.navigate("/")
    s0 = sample()
    for _ in range(2 * rounds):
        visit.navigate("/")
    s1 = sample()
    for _ in range(rounds):
        visit.navigate("portfolio")
        visit.navigate("/")
    s2 = sample()
    home = [(b - a) / (2 * rounds) for a, b in zip(s0, s1)]
    page = [(c - b) / rounds - h for b, c, h in zip(s1, s2, home)]
    print("admin portfolio, CPU per navigation: JVM %.1f ms, request threads %.1f ms, MariaDB %.1f ms" % tuple(page))


base, people, password, mode, rounds = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
if mode == "statements":
    statements(base, people, password, rounds)
else:
    cpu(base, password, rounds, int(sys.argv[6]))
