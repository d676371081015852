"""Helpers of the local deployment tests (cluster_test.py, backup_test.py): the packaged backend as a process,
Debian's nginx with the repository's proxy configuration, PostgreSQL through psql, and HTTP requests.
Standard library only."""
import grp, http.client, json, os, pwd, re, shutil, signal, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "backend/target/quarkus-app/quarkus-run.jar")
NGINX_TEMPLATE = os.path.join(ROOT, "deploy/nginx/ihk.conf.template")
DB_HOST = os.environ.get("DB_HOST", "127.0.0.1")
DB_PORT = os.environ.get("DB_PORT", "5432")
DB_USER = os.environ.get("DB_USER", "ihk")
DB_PASSWORD = os.environ.get("DB_PASSWORD", "ihk")
JAVA_OPTS = os.environ.get(
    "JAVA_OPTS", "-Xmx192m -Xss512k -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=96m").split()
ADMIN_PASSWORD = "local-test-admin-password"
STARTED = time.monotonic()


def log(name, msg):
    print(f"[{name} {time.monotonic() - STARTED:6.1f} s] {msg}", flush=True)


def fail(msg):
    print(f"FAILED: {msg}", flush=True)
    raise SystemExit(1)


def psql_admin(sql, db="postgres"):
    """Runs SQL as the postgres superuser over the local socket (works with trust and with password setups)."""
    return subprocess.run(["su", "postgres", "-c", f"psql -qAtX -v ON_ERROR_STOP=1 -d {db} -c \"{sql}\""], check=True,
                          capture_output=True, text=True).stdout


def fresh_database(name):
    psql_admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    psql_admin(f"CREATE DATABASE {name} OWNER {DB_USER}")


def drop_database(name):
    psql_admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def sql(db, query):
    """Runs a query as the application's role and returns the rows as lists of strings."""
    env = dict(os.environ, PGPASSWORD=DB_PASSWORD)
    out = subprocess.run(["psql", "-qAtX", "-F", "\t", "-h", DB_HOST, "-p", DB_PORT, "-U", DB_USER, "-d", db,
                          "-v", "ON_ERROR_STOP=1", "-c", query], check=True, env=env, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines() if line]


class Answer:
    def __init__(self, status, headers, cookies, body):
        self.status, self.headers, self.cookies, self.body = status, headers, cookies, body

    def json(self):
        return json.loads(self.body)


# Generous: on a shared machine, the first requests to a JVM that just started can take many seconds.
def request(port, method, path, body=None, headers=None, timeout=90):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        h = {"Accept": "application/json"}
        data = None
        if body is not None:
            h["Content-Type"] = "application/json"
            data = json.dumps(body).encode()
        h.update(headers or {})
        conn.request(method, path, body=data, headers=h)
        r = conn.getresponse()
        payload = r.read()
        return Answer(r.status, {k.lower(): v for k, v in r.getheaders()}, r.headers.get_all("Set-Cookie") or [], payload)
    finally:
        conn.close()


def cookie_jar(set_cookies):
    jar = {}
    for c in set_cookies:
        name, _, value = c.split(";")[0].partition("=")
        jar[name.strip()] = value.strip()
    return jar


def login(port, username, password):
    """Signs in like the web app: returns the headers that carry the session (cookie and CSRF token)."""
    a = request(port, "POST", "/api/v1/auth/login", {"username": username, "password": password})
    if a.status != 200:
        fail(f"login of {username} on port {port} answered {a.status}: {a.body[:300]!r}")
    jar = cookie_jar(a.cookies)
    return {"Cookie": "; ".join(f"{k}={v}" for k, v in jar.items()), "X-CSRF-Token": jar.get("ihk_csrf", "")}


def create_token(port, session, name):
    a = request(port, "POST", "/api/v1/tokens",
                {"name": name, "role": "ADMIN", "expiresAt": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 86400))},
                session)
    if a.status != 201:
        fail(f"token creation answered {a.status}: {a.body[:300]!r}")
    return a.json()["secret"]


class Backend:
    """The packaged backend on its own HTTP and management ports (the management port takes the health endpoints
    once the application serves them there; until then they are on the HTTP port, and ready() asks both)."""

    def __init__(self, name, db, port, management_port, workdir, demo_data=False, env=None):
        self.name, self.db, self.port, self.management_port = name, db, port, management_port
        self.workdir, self.demo_data, self.env = workdir, demo_data, env or {}
        self.proc = None
        self.starts = 0

    def start(self):
        if not os.path.exists(JAR):
            fail(f"{JAR} is missing: run make build first")
        env = dict(os.environ, DB_URL=f"jdbc:postgresql://{DB_HOST}:{DB_PORT}/{self.db}", DB_USER=DB_USER,
                   DB_PASSWORD=DB_PASSWORD, PORT=str(self.port), MANAGEMENT_PORT=str(self.management_port),
                   DEMO_DATA="true" if self.demo_data else "false", SECURE_COOKIES="false",
                   ADMIN_PASSWORD=ADMIN_PASSWORD, MALLOC_ARENA_MAX="2", PDF_WARM_UP_AFTER="0s", **self.env)
        self.starts += 1
        self.logfile = os.path.join(self.workdir, f"{self.name}-{self.starts}.log")
        with open(self.logfile, "w") as out:
            self.proc = subprocess.Popen(["java", *JAVA_OPTS, "-jar", JAR], env=env, stdout=out,
                                         stderr=subprocess.STDOUT, start_new_session=True)
        self.started_at = time.monotonic()

    def ready(self):
        """True when the instance says it is ready: the management port first, then the HTTP port."""
        for port in (self.management_port, self.port):
            try:
                if request(port, "GET", "/q/health/ready", timeout=2).status == 200:
                    return True
            except OSError:
                pass
        return False

    def wait_ready(self, limit=120):
        while time.monotonic() - self.started_at < limit:
            if self.proc.poll() is not None:
                self.dump_log()
                fail(f"backend {self.name} exited with {self.proc.returncode}")
            if self.ready():
                return time.monotonic() - self.started_at
            time.sleep(0.1)
        self.dump_log()
        fail(f"backend {self.name} was not ready within {limit} s")

    def dump_log(self):
        with open(self.logfile) as f:
            print("".join(f.readlines()[-40:]), flush=True)

    def kill(self):
        """SIGKILL: no shutdown hooks, connections cut in the middle."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


class Nginx:
    """Debian's nginx as an unprivileged-style process with everything in a temporary directory, in front of the
    given backends, using the repository's deploy/nginx/ihk.conf.template (the file docker-compose.prod.yml uses)."""

    def __init__(self, workdir, listen_port, backend_ports):
        self.workdir, self.listen_port, self.backend_ports = workdir, listen_port, backend_ports
        self.proc = None

    def start(self):
        binary = shutil.which("nginx") or "/usr/sbin/nginx"
        if not os.path.exists(binary):
            fail("nginx is missing: make nginx")
        cache = os.path.join(self.workdir, "nginx-cache")
        os.makedirs(cache, exist_ok=True)
        values = {"IHK_LISTEN": f"127.0.0.1:{self.listen_port}",
                  "IHK_BACKEND_1": f"127.0.0.1:{self.backend_ports[0]}",
                  "IHK_BACKEND_2": f"127.0.0.1:{self.backend_ports[1]}",
                  "IHK_RUN_DIR": self.workdir, "IHK_CACHE_DIR": cache}
        with open(NGINX_TEMPLATE) as f:
            # As the official image's envsubst does: only the named variables, nginx's own $variables stay.
            site = re.sub(r"\$\{(IHK_[A-Z0-9_]+)\}", lambda m: values[m.group(1)], f.read())
        with open(os.path.join(self.workdir, "ihk.conf"), "w") as f:
            f.write(site)
        w = self.workdir
        # Run as root (as here), nginx would switch its workers to "nobody", who may not enter the temporary directory.
        user = f"user {pwd.getpwuid(os.geteuid()).pw_name} {grp.getgrgid(os.getegid()).gr_name};" if os.geteuid() == 0 else ""
        main = f"""daemon off;
{user}
master_process on;
worker_processes 1;
pid {w}/nginx.pid;
error_log {w}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    access_log {w}/nginx-access.log;
    client_body_temp_path {w}/client_body;
    proxy_temp_path {w}/proxy;
    fastcgi_temp_path {w}/fastcgi;
    uwsgi_temp_path {w}/uwsgi;
    scgi_temp_path {w}/scgi;
    include {w}/ihk.conf;
}}
"""
        conf = os.path.join(w, "nginx.conf")
        with open(conf, "w") as f:
            f.write(main)
        check = subprocess.run([binary, "-t", "-q", "-c", conf, "-p", w], capture_output=True, text=True)
        if check.returncode != 0:
            fail(f"nginx refuses the configuration: {check.stderr}")
        self.proc = subprocess.Popen([binary, "-c", conf, "-p", w], stdout=subprocess.DEVNULL,
                                     stderr=open(os.path.join(w, "nginx-stderr.log"), "w"), start_new_session=True)
        for _ in range(100):
            try:
                request(self.listen_port, "GET", "/api/v1", timeout=2)
                return
            except OSError:
                if self.proc.poll() is not None:
                    fail("nginx exited: see " + os.path.join(w, "nginx-error.log"))
                time.sleep(0.05)
        fail("nginx did not listen")

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGQUIT)  # graceful: lets the workers finish
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def workdir(name):
    return tempfile.mkdtemp(prefix=f"ihk-{name}-")
