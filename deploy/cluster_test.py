#!/usr/bin/env python3
"""The scaled-out deployment, locally: Debian's nginx with deploy/nginx/ihk.conf.template in front of two packaged
backend processes on one fresh PostgreSQL database. Called by `make cluster-test`; standard library only.

Under read and write load through nginx, backend 2 is killed with SIGKILL and started again. The test fails when
- a read, or a write with If-Match, fails as seen by the client (nginx resends those to the other instance);
- a POST fails in another way than the one a client must expect when an instance dies under it: 502 for a request
  that may or may not have been carried out. The client then looks whether the record exists (it names its records
  uniquely) and sends it again only if not; such cases are counted and reported;
- an acknowledged write is missing from the database afterwards;
- a session issued by one instance is refused by the other, or still accepted by either after a logout;
- after a write through one instance, a read through the other or through nginx's cache shows the old version;
- nginx's cache ever answers an API read without asking a backend (X-Cache-Status HIT);
- a webhook receiver that failed during the kill and the restart does not get, once it answers again, every
  acknowledged step write with a valid Standard Webhooks signature;
- an editor who subscribes to the weekly e-mail digest, with both instances sending every second to a local SMTP
  server (Debian's python3-aiosmtpd, backend/src/test/resources/smtp-sink.py), does not receive exactly one digest.
"""
import base64, collections, datetime, glob, hashlib, hmac, http.server, json, os, random, subprocess, sys
import threading, time, zoneinfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from local import (ADMIN_PASSWORD, Backend, Nginx, create_token, fail, fresh_database, log, login, request, sql,
                   workdir)

DB = os.environ.get("CLUSTER_DB", "ihk_cluster")
FRONT = int(os.environ.get("CLUSTER_PORT", 8120))
PORTS = [int(p) for p in os.environ.get("CLUSTER_BACKEND_PORTS", "8121,8122").split(",")]
MANAGEMENT_PORTS = [int(p) for p in os.environ.get("CLUSTER_MANAGEMENT_PORTS", "9121,9122").split(",")]
KILL_AFTER = float(os.environ.get("CLUSTER_KILL_AFTER", 8))  # seconds of load before the kill
AFTER_RESTART = float(os.environ.get("CLUSTER_AFTER_RESTART", 8))  # seconds of load once it is back
RECEIVER_PORT = int(os.environ.get("CLUSTER_RECEIVER_PORT", 18120))
SMTP_PORT = int(os.environ.get("CLUSTER_SMTP_PORT", 18125))
SMTP_SINK = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "backend", "src", "test", "resources",
                         "smtp-sink.py")
# Short retries, timeouts and leases, so that deliveries held up by the failing receiver and the killed instance
# go out within the test (the production defaults retry after 5 s, then 5 min).
WEBHOOK_ENV = {"OUTBOUND_ALLOW_LOCAL": "true", "WEBHOOKS_RETRY_SCHEDULE": "2s,3s,5s,8s,10s,10s,10s,10s,10s",
               "WEBHOOKS_TIMEOUT": "5s", "WEBHOOKS_LEASE": "10s",
               # both instances plan and send due reminder digests every second, from midnight on
               "SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(SMTP_PORT), "SMTP_STARTTLS": "DISABLED",
               "MAIL_FROM": "ihk@cluster.example", "PUBLIC_URL": f"http://127.0.0.1:{FRONT}",
               "REMINDERS_SEND_AT": "00:00", "REMINDERS_POLL_INTERVAL": "1s"}
SLUG = "schinkel"
READ_PATHS = [f"/api/v1/areas/{SLUG}/overview", f"/api/v1/areas/{SLUG}/measures", "/api/v1/actors",
              "/api/v1/areas", f"/api/v1/areas/{SLUG}"]


def log_(msg):
    log("cluster", msg)


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.counts = collections.Counter()
        self.failures = []

    def count(self, key, n=1):
        with self.lock:
            self.counts[key] += n

    def failure(self, msg):
        with self.lock:
            self.failures.append(msg)
            self.counts["failures"] += 1


def step_path(s):
    return f"/api/v1/areas/{SLUG}/measures/{s['measureId']}/steps/{s['id']}"


def step_input(step, title):
    actor = step.get("responsibleActor")
    return {"title": title, "description": step.get("description"), "dueDate": step.get("dueDate"),
            "status": step["status"], "responsibleActorId": actor["id"] if actor else None,
            "position": step.get("position")}


def public_steps():
    steps = []
    measures = request(FRONT, "GET", f"/api/v1/areas/{SLUG}/measures?size=100").json()["items"]
    for m in measures:
        for s in request(FRONT, "GET", f"/api/v1/areas/{SLUG}/measures/{m['id']}/steps?size=100").json()["items"]:
            s["measureId"] = m["id"]
            steps.append(s)
    return steps


def main():
    work = workdir("cluster")
    log_(f"working directory {work}")
    fresh_database(DB)
    backends = [Backend(f"backend-{i + 1}", DB, PORTS[i], MANAGEMENT_PORTS[i], work, demo_data=True,
                        env=WEBHOOK_ENV) for i in range(2)]
    nginx = Nginx(work, FRONT, PORTS)
    mails = os.path.join(work, "mails")
    sink = subprocess.Popen(["/usr/bin/python3", SMTP_SINK, str(SMTP_PORT), mails],
                            stdout=open(os.path.join(work, "smtp-sink.log"), "w"), stderr=subprocess.STDOUT)
    try:
        run(backends, nginx, mails)
    finally:
        sink.terminate()
        sink.wait()
        nginx.stop()
        for b in backends:
            b.stop()


def run(backends, nginx, mails):
    a, b = backends
    t0 = time.monotonic()
    # The first instance migrates the empty database and loads the demo data, then the second starts (as the
    # operations guide says: with several instances, start one first).
    a.start()
    log_(f"{a.name} ready in {a.wait_ready():.1f} s")
    b.start()
    nginx.start()
    log_(f"{b.name} ready in {b.wait_ready():.1f} s; nginx on :{FRONT}")
    startup = time.monotonic() - t0

    admin = login(FRONT, "admin", ADMIN_PASSWORD)
    token = create_token(FRONT, admin, "cluster-test")
    bearer = {"Authorization": f"Bearer {token}"}

    sessions_on_both(a, b)
    check_proxy_rules(bearer)
    receiver = WebhookReceiver(RECEIVER_PORT)
    hook = request(FRONT, "POST", "/api/v1/webhooks",
                   {"url": f"http://127.0.0.1:{RECEIVER_PORT}/hook", "events": ["ACTION_STEP"]}, bearer)
    if hook.status != 201:
        fail(f"webhook registration answered {hook.status}: {hook.body[:300]!r}")
    receiver.secret = hook.json()["secret"]

    steps = public_steps()
    if len(steps) < 8:
        fail(f"the demo data has only {len(steps)} public steps")
    random.Random(1).shuffle(steps)
    writer_steps = [steps[0:3], steps[3:6]]
    fresh_steps = steps[6:8]

    stats = Stats()
    acked_steps = {}   # step id -> (version, title) of the last acknowledged write
    acked_actors = {}  # actor id -> name
    writes_per_step = collections.Counter()  # step id -> acknowledged writes
    history_before = {r[0]: int(r[1]) for r in sql(
        DB, "SELECT record_id, count(*) FROM revision WHERE record_type = 'ACTION_STEP' GROUP BY record_id")}
    victim_up = threading.Event()
    victim_up.set()
    stop = threading.Event()

    def reader(n):
        rnd = random.Random(n)
        etags = {}
        while not stop.is_set():
            path = rnd.choice(READ_PATHS)
            headers = {"If-None-Match": etags[path]} if path in etags and rnd.random() < 0.5 else {}
            try:
                r = request(FRONT, "GET", path, headers=headers)
            except OSError as e:
                stats.failure(f"GET {path}: {e}")
                continue
            stats.count("reads")
            stats.count(f"cache {r.headers.get('x-cache-status', '-')}")
            if r.status == 200:
                etags[path] = r.headers.get("etag")
            elif r.status != 304:
                stats.failure(f"GET {path} answered {r.status}: {r.body[:200]!r}")

    def session_reader():
        """A signed-in editor reading through nginx: bypasses the cache, and its session works on both instances."""
        session = login(FRONT, "admin", ADMIN_PASSWORD)
        while not stop.is_set():
            try:
                r = request(FRONT, "GET", f"/api/v1/areas/{SLUG}/measures", headers={"Cookie": session["Cookie"]})
            except OSError as e:
                stats.failure(f"session GET: {e}")
                continue
            stats.count("session reads")
            if r.status != 200 or r.headers.get("cache-control") != "private, no-store":
                stats.failure(f"session GET answered {r.status} {r.headers.get('cache-control')}: {r.body[:200]!r}")
            time.sleep(0.02)

    def step_writer(n, mine):
        count = 0
        current = {s["id"]: request(FRONT, "GET", step_path(s), headers=bearer) for s in mine}
        etags = {k: v.headers["etag"] for k, v in current.items()}
        bodies = {k: v.json() for k, v in current.items()}
        while not stop.is_set():
            for s in mine:
                count += 1
                title = f"Schritt {n}-{count}"
                headers = dict(bearer, **{"If-Match": etags[s["id"]]})
                try:
                    r = request(FRONT, "PUT", step_path(s), step_input(bodies[s["id"]], title), headers)
                except OSError as e:
                    stats.failure(f"PUT {step_path(s)}: {e}")
                    continue
                stats.count("step writes")
                if r.status == 200:
                    body = r.json()
                    if body["title"] != title:
                        stats.failure(f"PUT answered another title: {body['title']}")
                    etags[s["id"]], bodies[s["id"]] = r.headers["etag"], body
                    with stats.lock:
                        acked_steps[s["id"]] = (body["version"], title)
                        writes_per_step[s["id"]] += 1
                elif r.status == 412:
                    # Only this writer writes its steps, so a 412 can only mean that nginx resent a PUT that the
                    # killed instance had already carried out: the record shows this very write.
                    now = request(FRONT, "GET", step_path(s), headers=bearer)
                    if now.status == 200 and now.json()["title"] == title:
                        stats.count("PUT carried out twice, second answered 412 (checked: it is this write)")
                        etags[s["id"]], bodies[s["id"]] = now.headers["etag"], now.json()
                        with stats.lock:
                            acked_steps[s["id"]] = (now.json()["version"], title)
                            writes_per_step[s["id"]] += 1
                    else:
                        stats.failure(f"PUT {step_path(s)} answered 412 and the record is not this write")
                else:
                    stats.failure(f"PUT {step_path(s)} answered {r.status}: {r.body[:200]!r}")
            time.sleep(0.01)

    def poster():
        count = 0
        while not stop.is_set():
            count += 1
            name = f"Lasttest-Akteur {count}"
            body = {"name": name, "kind": "SOCIAL_ORGANISATION", "municipality": "Osnabrück", "description": None,
                    "website": None, "email": None}
            for attempt in range(5):
                try:
                    r = request(FRONT, "POST", "/api/v1/actors", body, bearer)
                    status = r.status
                except OSError as e:
                    status, r = f"{e}", None
                stats.count("posts")
                if status == 201:
                    with stats.lock:
                        acked_actors[r.json()["id"]] = name
                    break
                if status == 502:
                    # The instance died while it had the request: look whether it was carried out.
                    found = sql(DB, f"SELECT id FROM actor WHERE name = '{name}'")
                    if found:
                        stats.count("POST answered 502, carried out (checked)")
                        with stats.lock:
                            acked_actors[found[0][0]] = name
                        break
                    stats.count("POST answered 502, not carried out, sent again")
                    continue
                stats.failure(f"POST /api/v1/actors answered {status}: {r.body[:200] if r else ''!r}")
                break
            time.sleep(0.05)

    def freshness(rounds_limit=None):
        """Write through one instance, read at once through the other and through nginx (its cache primed before)."""
        rounds = 0
        while not stop.is_set() if rounds_limit is None else rounds < rounds_limit:
            if not victim_up.is_set():
                time.sleep(0.05)
                continue
            s = fresh_steps[rounds % len(fresh_steps)]
            writer, other = (a, b) if rounds % 2 == 0 else (b, a)
            rounds += 1
            path = step_path(s)
            try:
                before = request(FRONT, "GET", path)  # primes nginx's cache with the old version
                current = request(writer.port, "GET", path, headers=bearer)
                title = f"Frisch {rounds}"
                w = request(writer.port, "PUT", path, step_input(current.json(), title),
                            dict(bearer, **{"If-Match": current.headers["etag"]}))
                if w.status != 200:
                    if victim_up.is_set():
                        stats.failure(f"freshness write on {writer.name} answered {w.status}: {w.body[:200]!r}")
                    continue
                with stats.lock:
                    acked_steps[s["id"]] = (w.json()["version"], title)
                    writes_per_step[s["id"]] += 1
                via_other = request(other.port, "GET", path)
                via_nginx = request(FRONT, "GET", path)
                via_nginx_conditional = request(FRONT, "GET", path, headers={"If-None-Match": before.headers["etag"]})
            except OSError:
                if victim_up.is_set():
                    stats.failure(f"freshness round {rounds}: connection failed while both instances were up")
                continue
            stats.count("freshness rounds")
            for label, r in (("other instance", via_other), ("nginx", via_nginx)):
                if r.status != 200 or r.json()["title"] != title or r.headers.get("etag") == before.headers.get("etag"):
                    stats.failure(f"stale read through {label} after a write on {writer.name}: "
                                  f"{r.status} {r.body[:120]!r}")
            if via_nginx_conditional.status != 200:
                stats.failure(f"nginx answered {via_nginx_conditional.status} to the old ETag after a write")
            time.sleep(0.02)

    threads = [threading.Thread(target=reader, args=(i,)) for i in range(4)]
    threads += [threading.Thread(target=step_writer, args=(i, writer_steps[i])) for i in range(2)]
    threads += [threading.Thread(target=poster), threading.Thread(target=freshness), threading.Thread(target=session_reader)]
    for t in threads:
        t.daemon = True  # a failure of the main thread ends the run
    log_(f"load through nginx: 4 readers, 2 step writers (PUT, If-Match), 1 POST writer, "
         f"1 signed-in reader, 1 freshness checker")
    load_start = time.monotonic()
    receiver.failing.set()  # fails from now until the killed instance is back
    for t in threads:
        t.start()
    time.sleep(KILL_AFTER)
    victim_up.clear()
    b.kill()
    log_(f"{b.name} killed (SIGKILL) under load")
    time.sleep(1)
    b.start()
    log_(f"{b.name} back after {b.wait_ready():.1f} s")
    sessions_on_both(a, b)
    victim_up.set()
    receiver.failing.clear()
    # nginx tries the restarted instance again once its fail_timeout (5 s) has passed.
    time.sleep(AFTER_RESTART)
    stop.set()
    for t in threads:
        t.join(60)
    log_(f"load done after {time.monotonic() - load_start:.1f} s: " + ", ".join(f"{k}: {v}" for k, v in sorted(stats.counts.items())))

    freshness(10)  # and once more without load, so that every run has rounds with both instances up
    verify_writes(acked_steps, acked_actors, stats)
    verify_history(writes_per_step, history_before, stats)
    verify_webhooks(receiver, acked_steps, stats)
    verify_one_digest(bearer, mails, stats)
    if stats.counts["freshness rounds"] < 10:
        stats.failure(f"only {stats.counts['freshness rounds']} freshness rounds")
    if stats.counts["cache HIT"]:
        stats.failure(f"nginx answered {stats.counts['cache HIT']} API reads from its cache without asking")
    if not stats.counts["cache REVALIDATED"]:
        stats.failure("nginx's cache never revalidated a stored answer (is it caching at all?)")
    if stats.failures:
        for f in stats.failures[:20]:
            print("  " + f)
        fail(f"{len(stats.failures)} failures")
    log_(f"passed (start of both instances and nginx {startup:.1f} s, total {time.monotonic() - t0:.1f} s)")


class WebhookReceiver:
    """Receives webhook deliveries on its own port, checks their Standard Webhooks signature (HMAC-SHA256 of
    id.timestamp.body with the secret) and keeps the highest version delivered per record; answers 500 while
    `failing` is set."""

    def __init__(self, port):
        self.secret = None
        self.failing = threading.Event()
        self.lock = threading.Lock()
        self.versions = {}
        self.deliveries = collections.Counter()  # webhook-id -> accepted deliveries
        self.refused = 0
        self.bad_signatures = 0
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                with receiver.lock:
                    if receiver.failing.is_set():
                        receiver.refused += 1
                        self.send_response(500)
                        self.end_headers()
                        return
                    if not receiver.signed(self.headers, body):
                        receiver.bad_signatures += 1
                        self.send_response(400)
                        self.end_headers()
                        return
                    receiver.deliveries[self.headers["webhook-id"]] += 1
                    for item in json.loads(body)["data"]["items"]:
                        if item["action"] == "UPSERT":
                            receiver.versions[item["id"]] = max(receiver.versions.get(item["id"], 0), item["version"])
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def signed(self, headers, body):
        key = base64.b64decode(self.secret.removeprefix("whsec_"))
        signed = f"{headers['webhook-id']}.{headers['webhook-timestamp']}.".encode() + body
        expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
        return any(hmac.compare_digest(s.partition(",")[2], expected)
                   for s in headers.get("webhook-signature", "").split() if s.startswith("v1,"))


def verify_webhooks(receiver, acked_steps, stats):
    """Every acknowledged step write reaches the receiver, although it failed while one instance was killed."""
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        with receiver.lock:
            missing = [s for s, (version, _) in acked_steps.items() if receiver.versions.get(s, 0) < version]
        if not missing:
            break
        time.sleep(0.5)
    with receiver.lock:
        repeated = sum(n - 1 for n in receiver.deliveries.values() if n > 1)
        log_(f"webhooks: {sum(receiver.deliveries.values())} deliveries accepted, {receiver.refused} refused while the "
             f"receiver failed, {repeated} repeated (at least once), {receiver.bad_signatures} with a bad signature")
        if missing:
            stats.failure(f"{len(missing)} acknowledged step writes never reached the webhook receiver")
        if not receiver.refused:
            stats.failure("the webhook receiver was never called while it failed: no retry was exercised")
        if receiver.bad_signatures:
            stats.failure(f"{receiver.bad_signatures} webhook deliveries had no valid signature")
    receiver.server.shutdown()


def verify_one_digest(bearer, mails, stats):
    """The demo editor subscribes for today, with a step of the area due today; both instances run the dispatcher
    every second. Exactly one mail reaches the SMTP server, and the digest is recorded as sent once."""
    active = {m["id"] for m in request(FRONT, "GET", f"/api/v1/areas/{SLUG}/measures?size=100").json()["items"]
              if m["status"] in ("IDEA", "PLANNED", "IN_PROGRESS", "ONGOING")}
    step = next(s for s in public_steps() if s["measureId"] in active)
    due = request(FRONT, "PUT", step_path(step), step_input(step, "Erinnerung heute") | {"dueDate": today(),
                                                                                      "status": "OPEN"},
                  bearer | {"If-Match": f'"{step["version"]}"'})
    if due.status != 200:
        fail(f"setting a step due today answered {due.status}: {due.body[:300]!r}")
    editor = login(FRONT, "demo-redaktion", "demo-redaktion-passwort")
    current = request(FRONT, "GET", "/api/v1/auth/me/settings", headers=editor)
    weekday = datetime.datetime.now(zoneinfo.ZoneInfo("Europe/Berlin")).strftime("%A").upper()
    address = "redaktion@cluster.example"
    saved = request(FRONT, "PUT", "/api/v1/auth/me/settings",
                    {"email": address, "language": "de", "digestSubscribed": True, "digestWeekday": weekday},
                    editor | {"If-Match": current.headers.get("etag", "")})
    if saved.status != 200:
        fail(f"subscribing answered {saved.status}: {saved.body[:300]!r}")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not glob.glob(os.path.join(mails, "*.json")):
        time.sleep(0.5)
    time.sleep(5)  # time for a second mail, should an instance send one
    received = [json.load(open(f)) for f in sorted(glob.glob(os.path.join(mails, "*.json")))]
    rows = sql(DB, "SELECT d.state, d.attempts FROM digest d JOIN account a ON a.id = d.account_id"
                   " WHERE a.username = 'demo-redaktion'")
    log_(f"digest: {len(received)} mail(s) received, rows {rows}")
    if len(received) != 1:
        stats.failure(f"{len(received)} digest mails instead of one")
    elif received[0]["rcptTos"] != [address] or "Erinnerung heute" not in (received[0]["text"] or ""):
        stats.failure(f"the digest went to {received[0]['rcptTos']} without the due step")
    if [tuple(r) for r in rows] != [("SENT", "1")]:
        stats.failure(f"the digest is recorded as {rows}, not sent once")


def today():
    return datetime.datetime.now(zoneinfo.ZoneInfo("Europe/Berlin")).date().isoformat()


def sessions_on_both(a, b):
    """A session issued by one instance is accepted by the other, for reading and for a write with its CSRF token; a
    logout through one instance ends it on both."""
    for issuer, other in ((a, b), (b, a)):
        session = login(issuer.port, "demo-redaktion", "demo-redaktion-passwort")
        me = request(other.port, "GET", "/api/v1/auth/me", headers=session)
        if me.status != 200 or me.json()["username"] != "demo-redaktion":
            fail(f"a session issued by {issuer.name} is refused by {other.name}: {me.status} {me.body[:200]!r}")
        out = request(other.port, "POST", "/api/v1/auth/logout", headers=session)
        if out.status != 204:
            fail(f"logout with a session of {issuer.name} on {other.name} answered {out.status}")
        # The logout ended the session everywhere: the instance that issued it refuses it now, too.
        again = request(issuer.port, "GET", "/api/v1/auth/me", headers=session)
        if again.status != 401:
            fail(f"after a logout on {other.name}, {issuer.name} still accepts the session: {again.status}")


def check_proxy_rules(bearer):
    """What nginx passes and keeps: health stays inside, writes keep If-Match, signed-in answers are never cached,
    compressed answers are kept once for all browsers."""
    for path in ("/q/health/ready", "/q/metrics"):
        if request(FRONT, "GET", path).status != 404:
            fail(f"nginx passes {path} on")
    path = f"/api/v1/areas/{SLUG}"
    area = request(FRONT, "GET", path, headers=bearer)
    if area.status != 200 or area.headers.get("x-cache-status") != "BYPASS":
        fail(f"a read with a token was not kept out of the cache: {area.status} {area.headers.get('x-cache-status')}")
    first, second = request(FRONT, "GET", path), request(FRONT, "GET", path)
    if (first.headers.get("cache-control") != "public, no-cache"
            or second.headers.get("x-cache-status") not in ("REVALIDATED", "EXPIRED")):
        fail(f"an anonymous read is not stored and revalidated: {first.headers.get('cache-control')} "
             f"{first.headers.get('x-cache-status')} then {second.headers.get('x-cache-status')}")
    # one stored copy for every client that takes gzip, whatever else its Accept-Encoding says
    request(FRONT, "GET", path, headers={"Accept-Encoding": "gzip, deflate, br, zstd"})
    plain_gzip = request(FRONT, "GET", path, headers={"Accept-Encoding": "gzip"})
    if (plain_gzip.headers.get("content-encoding") != "gzip"
            or plain_gzip.headers.get("x-cache-status") not in ("REVALIDATED", "EXPIRED")):
        fail(f"a second browser's gzip read did not use the stored compressed copy: "
             f"{plain_gzip.headers.get('content-encoding')} {plain_gzip.headers.get('x-cache-status')}")
    conditional = request(FRONT, "GET", path, headers={"If-None-Match": second.headers["etag"]})
    if conditional.status != 304:
        fail(f"nginx answered {conditional.status} to a current If-None-Match")
    missing = request(FRONT, "PUT", f"/api/v1/areas/{SLUG}", {}, bearer)
    if missing.status != 428:
        fail(f"a PUT without If-Match answered {missing.status}, expected 428")


def verify_history(writes_per_step, before, stats):
    """Each acknowledged step write left exactly one revision in the history."""
    after = {r[0]: int(r[1]) for r in sql(
        DB, "SELECT record_id, count(*) FROM revision WHERE record_type = 'ACTION_STEP' GROUP BY record_id")}
    for step_id, writes in writes_per_step.items():
        if after.get(step_id, 0) - before.get(step_id, 0) != writes:
            stats.failure(f"step {step_id}: {writes} acknowledged writes but "
                          f"{after.get(step_id, 0) - before.get(step_id, 0)} new revisions")
    log_(f"verified {sum(writes_per_step.values())} revisions of acknowledged step writes")


def verify_writes(acked_steps, acked_actors, stats):
    """Every acknowledged write is in the database: each step shows its last acknowledged write (or a later one of
    the freshness checker), each acknowledged actor exists, and each step write left its revision in the history."""
    for step_id, (version, title) in acked_steps.items():
        rows = sql(DB, f"SELECT version, title FROM action_step WHERE id = '{step_id}'")
        if not rows or int(rows[0][0]) != version or rows[0][1] != title:
            stats.failure(f"step {step_id}: acknowledged version {version} '{title}', database has {rows}")
    if acked_actors:
        ids = ",".join(f"'{i}'" for i in acked_actors)
        found = {r[0]: r[1] for r in sql(DB, f"SELECT id, name FROM actor WHERE id IN ({ids})")}
        for i, name in acked_actors.items():
            if found.get(i) != name:
                stats.failure(f"acknowledged actor {name} ({i}) is missing")
        names = collections.Counter(r[0] for r in sql(DB, "SELECT name FROM actor WHERE name LIKE 'Lasttest-Akteur %'"))
        twice = [n for n, c in names.items() if c > 1]
        if twice:
            stats.failure(f"actors created twice: {twice[:5]}")
    log_(f"verified {len(acked_steps)} steps at their last acknowledged version and {len(acked_actors)} actors")


if __name__ == "__main__":
    main()
