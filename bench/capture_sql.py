#!/usr/bin/env python3
"""Writes bench/sql/*.sql: the statements the backend sends for the benchmark's uncached reads (anonymous, answer
cache off), read off PostgreSQL's statement log, with their parameters filled in and the benchmark area's ids made
placeholders. Run it after a change to those reads' SQL, on the benchmark's dataset (make bench first):

    python3 bench/capture_sql.py      (as root: it sets log_statement on the database and reads the server's log)

BENCH_DB, BENCH_APP and BENCH_PORT as for bench.py; PG_LOG names the server log (Debian's default below).
"""
import os, re, subprocess, sys, time

os.environ.setdefault("BENCH_PORT", "8197")
os.environ.setdefault("BENCH_MANAGEMENT_PORT", "9197")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402

LOG = os.environ.get("PG_LOG", "/var/log/postgresql/postgresql-15-main.log")
FILES = {"area overview": "area-overview", "measure list (status + target group, 20)": "measure-list",
         "measure detail": "measure-detail", "need list uncovered=true": "need-list"}
LINE = re.compile(r"^\S+ \S+ \S+ \[(\d+)\] \S+ (LOG|DETAIL):  (.*)$")


def statements(lines):
    """The first transaction that one session of the log ran: its statements with their parameters filled in."""
    sessions = {}
    current = None
    for line in lines:
        m = LINE.match(line)
        if m:
            pid, kind, text = m.groups()
            executed = re.match(r"(?:statement|execute [^:]+): (.*)$", text) if kind == "LOG" else None
            if executed:
                current = [executed.group(1), None]
                sessions.setdefault(pid, []).append(current)
            elif kind == "DETAIL" and current and text.startswith("parameters: "):
                current[1] = text[len("parameters: "):]
            else:
                current = None
        elif current and line[:1] in ("\t", " "):
            if current[1] is None:
                current[0] += "\n" + line.strip()
            else:
                current[1] += line
    # the request's session is the one that began a transaction; after its commit the pooled connection may serve
    # the change feed's and the webhooks' pollers, which are not part of the read
    first = next(s for s in sessions.values() if s[0][0] == "BEGIN")
    out = []
    for sql, parameters in first:
        if "pg_catalog." in sql:
            continue  # the JDBC driver's look at a result's columns, once per connection and statement
        values = dict((int(n), v) for n, v in re.findall(r"\$(\d+) = ('(?:[^']|'')*'|NULL)", parameters or ""))
        out.append(re.sub(r"\$(\d+)\b", lambda m: values[int(m.group(1))], sql).strip().rstrip(";") + ";")
        if sql == "COMMIT":
            break
    return out


def main():
    area, measure = bench.uid("area", bench.AREA_NO), bench.uid("measure", bench.AREA_NO * 100 + 7)
    paths = {name: path for name, path, _ in bench.reads() if name in FILES}
    bench.psql_admin(f"ALTER DATABASE {bench.DB} SET log_statement = 'all'")
    backend = bench.Backend("capture", bench.DB, {"ANSWER_CACHE": "false"})
    backend.start([])
    try:
        for name, path in paths.items():
            bench.request("GET", path)  # the first request of a path prepares what the second reuses
            time.sleep(1)
            with open(LOG, errors="replace") as f:
                start = sum(1 for _ in f)
            status = bench.request("GET", path)[0]
            time.sleep(1)
            with open(LOG, errors="replace") as f:
                sql = "\n".join(statements(f.read().splitlines()[start:]))
            sql = sql.replace(area, "{area}").replace(measure, "{measure}").replace(bench.SLUG, "{slug}")
            with open(os.path.join(bench.BENCH, "sql", FILES[name] + ".sql"), "w") as f:
                f.write(f"-- The statements the backend sent for {name} (anonymous, answer cache off), read off PostgreSQL's"
                        " statement log\n-- by bench/capture_sql.py, with their parameters filled in; {area}, {measure} and"
                        " {slug} stand for the benchmark area's.\n" + sql + "\n")
            bench.log(f"{name}: {status}, {sql.count(';')} statements")
    finally:
        backend.stop()
        bench.psql_admin(f"ALTER DATABASE {bench.DB} RESET log_statement")


if __name__ == "__main__":
    main()
