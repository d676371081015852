#!/usr/bin/env python3
"""Benchmark of the IHK backend. Standard library only; called by `make bench`.

Creates the database ihk_bench, lets the packaged backend's Flyway create the schema, generates a dataset with
bulk SQL (bench/generate.sql), starts the packaged jar (prod profile) on port 8097 and measures each case with wrk
at 1 and 32 connections, next to the SQL behind each read run by pgbench and a trivial endpoint (GET /api/v1), then a
realistic workload: 64 connections for 60 s over many distinct URLs with latency per kind of request (see workload()).
Writes bench/results/latest.md and latest.json. BENCH_QUICK=1: small dataset, 1 s per case (a smoke run of about a minute).
BENCH_ONLY=uncached: only the reads with the answer cache off, anonymous and signed in, at 32 connections, next to
pgbench (bench/results/uncached.md); for comparing a change to the read paths before and after in a few minutes.
BENCH_ONLY=search: only the searches, answer cache off, in one area and across all areas at 1 and 32 connections next
to pgbench of their SQL, for a common word, a rare one and a mix from bench/search-words.txt (bench/results/search.md).
BENCH_ONLY=editions: only the editions of one area (adopting, content, HTML, PDF, comparison), by a backend started for
it once its PDF warm-up is done (bench/results/editions.md).
BENCH_ONLY=memory: only the start times (the backend next to the minimal Quarkus REST application in bench/minimal-app),
the realistic workload, the resident memory after it and the spreadsheet exports' peak (bench/results/memory.md); with
-XX:NativeMemoryTracking=summary in BENCH_JAVA_OPTS also the JVM's native memory by category.
"""
import concurrent.futures, datetime, hashlib, http.client, http.server, json, os, re, subprocess, sys, tempfile, threading, time, urllib.parse, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
RESULTS = os.path.join(BENCH, "results")
QUICK = os.environ.get("BENCH_QUICK") == "1"
ONLY = os.environ.get("BENCH_ONLY", "")
if ONLY not in ("", "uncached", "search", "memory", "editions"):
    sys.exit("BENCH_ONLY knows four values: uncached, search, memory, editions")
AREAS = int(os.environ.get("BENCH_AREAS", 50 if QUICK else 1000))
ACTORS = int(os.environ.get("BENCH_ACTORS", 500 if QUICK else 5000))
DURATION = int(os.environ.get("BENCH_DURATION", 1 if QUICK else 9))
CONNS = [1, 32]
PORT = int(os.environ.get("BENCH_PORT", 8097))
MANAGEMENT_PORT = int(os.environ.get("BENCH_MANAGEMENT_PORT", 9097))  # health and metrics, not measured
DB = os.environ.get("BENCH_DB", "ihk_bench")
DB_USER = os.environ.get("DB_USER", "ihk")
DB_PASSWORD = os.environ.get("DB_PASSWORD", "ihk")
ADMIN_PASSWORD = "bench-admin-password"
APP = os.environ.get("BENCH_APP", os.path.join(ROOT, "backend/target/quarkus-app"))  # another build to compare with
JDK25 = "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"
# The Java 25 JDK, when installed, for its AOT cache (JEP 483/514): the first start records it, the others use it.
JAVA = os.environ.get("BENCH_JAVA", JDK25 if os.path.exists(JDK25) else "java")
AOT = os.environ.get("BENCH_AOT", "1") == "1" and "temurin-25" in JAVA
# The Makefile's JAVA_OPTS (heap, serial GC, stacks, code cache; why: docs/operations.md#memory).
JAVA_OPTS = os.environ.get("BENCH_JAVA_OPTS", os.environ.get(
    "JAVA_OPTS", "-Xmx192m -Xss512k -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=96m")).split()
WARMUP = 1 if QUICK else 2  # the first round over every read
CASE_WARMUP = 1  # again before each case (its paths are compiled by then)
CACHE_OFF_DURATION = max(DURATION // 2, 1) if QUICK else 4  # the reads with the answer cache off
PG_DURATION = 1 if QUICK else 3  # pgbench's rate is steady after a few seconds
# Starts on the empty and on the full database alternate, and the best of each counts: other processes on the machine
# only ever add time, and alternating exposes both to the same load.
STARTS = 1 if QUICK else 2
EMPTY_DB = DB + "_empty"
PGBENCH = "/usr/lib/postgresql/15/bin/pgbench"
AREA_NO = AREAS // 2  # the area every one-area request reads
SLUG = f"gebiet-{AREA_NO}"
# Spreadsheet exports: no list spans areas, so the bench copies every measure of the dataset (100,000 by default) into
# one extra area, exports that area's measure list as CSV and as XLSX, and removes the copies again.
EXPORT_MEASURES = int(os.environ.get("BENCH_EXPORT_MEASURES", 100 * AREAS))
EXPORT_SLUG = "bench-export"
EXPORT_AREA = "00000000-0000-4000-8000-00000000e001"
EXPORT_FIELD = "00000000-0000-4000-8000-00000000e002"


def uid(kind, n):
    return str(uuid.UUID(hashlib.md5(f"{kind}:{n}".encode()).hexdigest()))


def log(msg):
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", flush=True)


def psql_admin(sql):
    subprocess.run(["su", "postgres", "-c", f"psql -qc \"{sql}\""], check=True, stdout=subprocess.DEVNULL)


def psql(*args, **kw):
    env = dict(os.environ, PGPASSWORD=DB_PASSWORD)
    return subprocess.run(["psql", "-qAt", "-h", "127.0.0.1", "-U", DB_USER, DB, "-v", "ON_ERROR_STOP=1", *args],
                          check=True, env=env, capture_output=True, text=True, **kw).stdout


def request(method, path, body=None, headers=None, timeout=30):
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=timeout)
    h = {"Accept": "application/json"}
    if body is not None:
        h["Content-Type"] = "application/json"
        body = json.dumps(body)
    h.update(headers or {})
    conn.request(method, path, body=body, headers=h)
    r = conn.getresponse()
    data = r.read()
    conn.close()
    return r.status, {k.lower(): v for k, v in r.getheaders()}, r.headers.get_all("Set-Cookie") or [], data


class Backend:
    def __init__(self, name, db=DB, env=None, app=None, probe="/api/v1"):
        self.name = name
        self.db = db
        self.env = env or {}
        self.app = app  # RUN_APP unless another application is started (the minimal one)
        self.probe = probe  # the first request that must succeed
        self.proc = None

    def start(self, extra=()):
        """Starts the jar and returns seconds from process start to the first successful API response."""
        env = dict(os.environ, DB_URL=f"jdbc:postgresql://127.0.0.1:5432/{self.db}", DB_USER=DB_USER, DB_PASSWORD=DB_PASSWORD,
                   PORT=str(PORT), MANAGEMENT_PORT=str(MANAGEMENT_PORT), DEMO_DATA="false", OUTBOUND_ALLOW_LOCAL="true", ADMIN_PASSWORD=ADMIN_PASSWORD, MALLOC_ARENA_MAX="2", **self.env)
        try:
            request("GET", "/api/v1")
            sys.exit(f"Port {PORT} already answers: another backend (of an interrupted run?) is still running")
        except OSError:
            pass
        self.logfile = open(os.path.join(RESULTS, f"backend-{self.name}.log"), "w")
        t0 = time.monotonic()
        self.proc = subprocess.Popen([JAVA, *JAVA_OPTS, *extra, "-jar", os.path.join(self.app or RUN_APP, "quarkus-run.jar")], env=env, stdout=self.logfile, stderr=subprocess.STDOUT)
        while time.monotonic() - t0 < 180:
            if self.proc.poll() is not None:
                sys.exit(f"The backend exited; see bench/results/backend-{self.name}.log")
            try:
                if request("GET", self.probe)[0] == 200:
                    return time.monotonic() - t0
            except OSError:
                pass
            time.sleep(0.02)
        self.stop()
        sys.exit(f"The backend did not answer within 180 s; see bench/results/backend-{self.name}.log")

    def rss_mb(self):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024

    def rss_kinds_mb(self):
        """The resident memory by kind: anonymous (heap, stacks, malloc) and file-backed (the mapped jars and AOT cache,
        which the kernel can drop and re-read, and which processes mapping the same file share)."""
        with open(f"/proc/{self.proc.pid}/status") as f:
            fields = dict(line.split(":", 1) for line in f if ":" in line)
        return {k: int(fields[k].split()[0]) / 1024 for k in ("RssAnon", "RssFile", "RssShmem")}

    def peak_mb(self):
        """The peak resident memory of the process so far (VmHWM)."""
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024

    def stop(self, timeout=30):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


REPORT_LUA = r"""
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRKJSON {"requests": %d, "duration_us": %d, "errors": %d, "non2xx_or_3xx": %d, "p50_us": %d, "p99_us": %d, "mean_us": %.1f}\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(99), latency.mean))
end
"""


def write_lua(steps, token):
    """Each wrk thread writes its own pool of steps, twice as many as its connections, and sends the ETag of its last
    answer for that step as If-Match: a step is written again only after its previous write was answered, so a
    412 would mean a bug, not a race of the benchmark."""
    entries = ",\n".join("{%s}" % ", ".join(f'"{x}"' for x in s) for s in steps)  # id, slug, measure, position, version
    return r"""
local all = {%s}
local n = 0
function setup(thread) thread:set("tid", n); n = n + 1 end
local mine, etags, i, count, failures = nil, {}, 0, 0, 0
function init(args)
  mine = {}
  local threads = tonumber(args[1])
  for k, s in ipairs(all) do if (k - 1) %% threads == tid then table.insert(mine, s) end end
end
function request()
  i = i %% #mine + 1
  count = count + 1
  local s = mine[i]
  local body = '{"title": "Schritt ' .. s[4] .. ' (Fassung ' .. count .. ')", "description": "Angebot im Quartier, ' ..
    'aktualisiert im Lasttest.", "dueDate": "2027-06-30", "status": "IN_PROGRESS", "responsibleActorId": null, "position": ' .. s[4] .. '}'
  return wrk.format("PUT", "/api/v1/areas/" .. s[2] .. "/measures/" .. s[3] .. "/steps/" .. s[1],
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer %s", ["If-Match"] = etags[s[1]] or ('"' .. s[5] .. '"')}, body)
end
function response(status, headers, body)
  if status == 200 then
    local id = string.match(body, '"id"%%s*:%%s*"([0-9a-f-]+)"')
    if id then etags[id] = headers["ETag"] or headers["etag"] end
  elseif failures < 3 then
    failures = failures + 1
    io.stderr:write("write answered " .. status .. ": " .. string.sub(body, 1, 300) .. "\n")
  end
end
""" % (entries, token) + REPORT_LUA


# MD5 in Lua (LuaJIT's bit library), for uid() inside wrk: the workload derives the dataset's ids (as generate.sql and
# uid() do) instead of handing 100,000 measure ids to each of its 64 threads. A wrong id would show as 404s, i.e. errors.
MD5_LUA = r"""
local bit = require("bit")
local band, bor, bxor, bnot, lshift, rshift, rol, tobit = bit.band, bit.bor, bit.bxor, bit.bnot, bit.lshift, bit.rshift, bit.rol, bit.tobit
local K, S = {}, {7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
  4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21}
for i = 0, 63 do K[i] = tobit(math.floor(math.abs(math.sin(i + 1)) * 2^32)) end
local function md5hex(msg)
  local len = #msg
  msg = msg .. "\128" .. string.rep("\0", (55 - len) % 64) .. string.char(0, 0, 0, 0, 0, 0, 0, 0)
  local bits = len * 8
  msg = msg:sub(1, -9) .. string.char(band(bits, 255), band(rshift(bits, 8), 255), band(rshift(bits, 16), 255), band(rshift(bits, 24), 255), 0, 0, 0, 0)
  local a0, b0, c0, d0 = tobit(0x67452301), tobit(0xefcdab89), tobit(0x98badcfe), tobit(0x10325476)
  local M = {}
  for blk = 1, #msg, 64 do
    for j = 0, 15 do
      local p = blk + j * 4
      local b1, b2, b3, b4 = msg:byte(p, p + 3)
      M[j] = bor(b1, lshift(b2, 8), lshift(b3, 16), lshift(b4, 24))
    end
    local A, B, C, D = a0, b0, c0, d0
    for i = 0, 63 do
      local F, g
      if i < 16 then F = bor(band(B, C), band(bnot(B), D)); g = i
      elseif i < 32 then F = bor(band(D, B), band(bnot(D), C)); g = (5 * i + 1) % 16
      elseif i < 48 then F = bxor(B, C, D); g = (3 * i + 5) % 16
      else F = bxor(C, bor(B, bnot(D))); g = (7 * i) % 16 end
      F = tobit(F + A + K[i] + M[g])
      A, D, C = D, C, B
      B = tobit(B + rol(F, S[i + 1]))
    end
    a0, b0, c0, d0 = tobit(a0 + A), tobit(b0 + B), tobit(c0 + C), tobit(d0 + D)
  end
  local out = {}
  for _, v in ipairs({a0, b0, c0, d0}) do
    for k = 0, 3 do out[#out + 1] = string.format("%02x", band(rshift(v, k * 8), 255)) end
  end
  return table.concat(out)
end
local function uid(kind, n)
  local h = md5hex(kind .. ":" .. n)
  return h:sub(1, 8) .. "-" .. h:sub(9, 12) .. "-" .. h:sub(13, 16) .. "-" .. h:sub(17, 20) .. "-" .. h:sub(21, 32)
end
"""

# --- The realistic workload: many connections over many distinct URLs, each request of a kind chosen at random. ---

WORKLOAD_CONNS = 64
WORKLOAD_DURATION = int(os.environ.get("BENCH_WORKLOAD_DURATION", 10 if QUICK else 60))
WORKLOAD_WARMUP = 3 if QUICK else 5
WORKLOAD_EDITORS = 8  # editor tokens, each bound to 5 areas; signed-in reads and writes go to their areas
# Share of the requests by kind (drawn per request); the writes are PUTs of steps, of a measure's progress and of a
# whole measure, each on records that only one connection writes, with the ETag of its last answer as If-Match.
WORKLOAD_MIX = [("anonymous read", 0.80), ("search one area", 0.07), ("search all areas", 0.03),
                ("signed-in read", 0.09), ("write", 0.01)]
WORKLOAD_KINDS = [k for k, _ in WORKLOAD_MIX] + ["write (ETag refresh after 412)"]


def area_of_rank(rank):
    """The area number at popularity rank 1..AREAS: a fixed permutation, so that the popular areas are spread."""
    return (rank - 1) * 7919 % AREAS + 1


def editor_areas(e):
    """The 5 areas of editor e: popularity ranks e+1, e+41, e+81, … (modulo the number of areas), distinct between editors."""
    return [area_of_rank((e + 40 * j) % AREAS + 1) for j in range(5)]


WORKLOAD_LUA = r"""
-- Generated by bench/bench.py. One connection per wrk thread, so that each thread times its own requests (wrk's own
-- latency statistics do not tell the kinds apart); each thread writes one line per answer: kind, status, microseconds.
local AREAS, WORDS, TOKENS, TARGETS, MIX = %(areas)d, %(words)s, %(tokens)s, %(targets)s, %(mix)s
local ffi = require("ffi")
ffi.cdef[[ typedef struct { long tv_sec; long tv_nsec; } ihk_ts; int clock_gettime(int, ihk_ts *); ]]
local ts = ffi.new("ihk_ts")
local function now_us() ffi.C.clock_gettime(1, ts); return tonumber(ts.tv_sec) * 1000000 + tonumber(ts.tv_nsec) / 1000 end
""" + r"""%(md5)s""" + r"""
local function cdf(n)  -- Zipf-like popularity: rank k is drawn 1/k as often as rank 1
  local c, sum = {}, 0
  for k = 1, n do sum = sum + 1 / k; c[k] = sum end
  for k = 1, n do c[k] = c[k] / sum end
  return c
end
local function draw(c)
  local x, lo, hi = math.random(), 1, #c
  while lo < hi do local mid = math.floor((lo + hi) / 2); if c[mid] < x then lo = mid + 1 else hi = mid end end
  return lo
end
local function pick(t) return t[math.random(#t)] end
local function enc(s) return (s:gsub("[^%%w%%-_.~]", function(ch) return string.format("%%%%%%02X", ch:byte()) end)) end
local area_cdf, word_cdf, measure_cdf, page_cdf = cdf(AREAS), cdf(#WORDS), cdf(100), cdf(5)
local function area_no() return ((draw(area_cdf) - 1) * 7919) %% AREAS + 1 end
local STATUSES = {"IDEA", "PLANNED", "IN_PROGRESS", "COMPLETED", "ONGOING", "DISCONTINUED"}
local SORTS = {"title", "-progress", "startDate", "-updatedAt", "priority,code", "status"}

local function read_path(a)
  local base, r = "/api/v1/areas/gebiet-" .. a, math.random()
  if r < 0.05 then return base end
  if r < 0.30 then return base .. "/overview" end
  if r < 0.60 then
    local q, size = {}, (math.random() < 0.7) and 20 or pick({10, 50})
    local s = math.random()
    if s < 0.4 then q[#q + 1] = "status=" .. pick(STATUSES)
    elseif s < 0.5 then q[#q + 1] = "status=" .. pick(STATUSES) .. "&status=" .. pick(STATUSES) end
    if math.random() < 0.25 then q[#q + 1] = "targetGroup=TG" .. math.random(8) end
    if math.random() < 0.2 then q[#q + 1] = "actionField=" .. uid("field", a * 10 + math.random(0, 9)) end
    if math.random() < 0.2 then q[#q + 1] = "sort=" .. pick(SORTS) end
    local page = draw(page_cdf) - 1
    if page * size < 100 and page > 0 then q[#q + 1] = "page=" .. page end
    q[#q + 1] = "size=" .. size
    return base .. "/measures?" .. table.concat(q, "&")
  end
  if r < 0.85 then return base .. "/measures/" .. uid("measure", a * 100 + draw(measure_cdf) - 1) end
  local q, u = {}, math.random()
  if u < 0.4 then q[#q + 1] = "uncovered=true" elseif u < 0.5 then q[#q + 1] = "uncovered=false" end
  if math.random() < 0.2 then q[#q + 1] = "priority=" .. pick({"HIGH", "MEDIUM", "LOW"}) end
  if math.random() < 0.15 then q[#q + 1] = "targetGroup=TG" .. math.random(8) end
  local page = draw(page_cdf) - 1
  if page > 0 and page < 3 then q[#q + 1] = "page=" .. page end
  return base .. "/needs" .. (#q > 0 and ("?" .. table.concat(q, "&")) or "")
end

local threads, counter = {}, 0
function setup(thread) thread:set("tid", counter); counter = counter + 1 end
local out, token, areas, targets, writes_on, kind, started, target, w, failures, calls = nil, nil, nil, nil, true, nil, nil, nil, 0, 0, 0
function init(args)
  math.randomseed(1000 + tid)
  if args[1] and args[1] ~= "" then out = io.open(args[1] .. tid .. ".log", "w") end
  writes_on = args[2] == "1"
  local e = TOKENS[tid %% #TOKENS + 1]
  token, areas = "Bearer " .. e[1], e[2]
  targets = TARGETS[tid + 1]
end

local function record(k, status, us)
  if out then out:write(k, " ", status, " ", math.floor(us), "\n") end
end

local function write_request()
  w = w + 1
  local h = {["Content-Type"] = "application/json", ["Authorization"] = token}
  local n = ({0, 4, 1, 5, 2, 3})[(w - 1) %% 6 + 1]  -- steps 1–4 (0–3), progress (4), the whole measure (5)
  if n < 4 then target = targets.steps[n + 1] else target = targets.measure end
  if target.stale then  -- a 412 before: read the record's current ETag first (not counted as a write)
    kind = 6
    return wrk.format("GET", target.path, {["Authorization"] = token})
  end
  kind = 5
  h["If-Match"] = target.etag
  local body
  if n < 4 then
    body = '{"title": "Schritt ' .. target.position .. ' (Fassung ' .. w .. ')", "description": "Angebot im Quartier, ' ..
      'aktualisiert im Lasttest.", "dueDate": "2027-06-30", "status": "IN_PROGRESS", "responsibleActorId": null, "position": ' ..
      target.position .. '}'
    return wrk.format("PUT", target.path, h, body)
  elseif n == 4 then
    body = '{"status": "IN_PROGRESS", "progress": ' .. (w %% 101) .. '}'
    return wrk.format("PUT", target.path .. "/progress", h, body)
  end
  body = target.body:gsub("@TITLE@", "Maßnahme im Lasttest (Fassung " .. w .. ")")
  return wrk.format("PUT", target.path, h, body)
end

function request()
  calls = calls + 1
  -- A request without answer (broken connection) is an error; but wrk calls request() once on thread 0's state to
  -- check the script before it starts, and that request is never sent.
  if kind and not (tid == 0 and calls == 2) then record(kind, 0, now_us() - started) end
  local r, acc = math.random(), 0
  local k = #MIX
  for i = 1, #MIX do acc = acc + MIX[i]; if r < acc then k = i; break end end
  if k == 5 and not writes_on then k = 1 end
  started = now_us()
  if k == 1 then kind = 1; return wrk.format("GET", read_path(area_no())) end
  if k == 2 or k == 3 then
    local word, page = WORDS[draw(word_cdf)], (math.random() < 0.1) and "&page=1" or ""
    kind = k
    if k == 2 then return wrk.format("GET", "/api/v1/search?q=" .. enc(word) .. "&area=gebiet-" .. area_no() .. page) end
    return wrk.format("GET", "/api/v1/search?q=" .. enc(word) .. page)
  end
  if k == 4 then
    kind = 4
    local a, path = pick(areas), nil
    if math.random() < 0.1 then path = "/api/v1/areas/gebiet-" .. a .. "/steps" else path = read_path(a) end
    return wrk.format("GET", path, {["Authorization"] = token})
  end
  return write_request()
end

function response(status, headers, body)
  record(kind, status, now_us() - started)
  if kind == 5 or kind == 6 then
    if status == 200 then
      target.etag = headers["ETag"] or headers["etag"]
      target.stale = false
    elseif status == 412 then
      target.stale = true
    end
    if status >= 400 and failures < 3 then
      failures = failures + 1
      io.stderr:write("workload write answered " .. status .. ": " .. string.sub(body, 1, 300) .. "\n")
    end
  end
  kind = nil
end
"""


def workload_targets(tokens):
    """The records each of the WORKLOAD_CONNS threads writes: 4 steps of one measure and another measure (its
    progress and the whole measure), in an area of its editor; no two threads share a record."""
    targets = []
    for tid in range(WORKLOAD_CONNS):
        e = tid % len(tokens)
        k = tid // len(tokens)
        a = tokens[e][1][k % 5]
        measure = uid("measure", a * 100 + 60 + k)
        step_measure = a * 100 + 80 + k
        base = f"/api/v1/areas/gebiet-{a}/measures"
        steps = [{"path": f"{base}/{uid('measure', step_measure)}/steps/{uid('step', step_measure * 4 + s)}",
                  "position": s} for s in range(4)]
        targets.append({"token": tokens[e][0], "steps": steps, "measure": {"path": f"{base}/{measure}"}})
    return targets


def measure_input(m):
    """The input (PUT body) that keeps a measure as it is, from its representation."""
    fields = ["code", "title", "summary", "easyLanguageSummary", "description", "status", "priority", "progress",
              "startDate", "endDate", "location", "locationGeometry", "locationApproximate", "budget", "fundingSource",
              "publicationStatus"]
    out = {f: m.get(f) for f in fields if f in m}
    out["actionFieldId"] = m["actionField"]["id"]
    out["furtherActionFieldIds"] = [f["id"] for f in m.get("furtherActionFields", [])]
    out["needIds"] = [n["id"] for n in m.get("needs", [])]
    out["leadActorId"] = (m.get("leadActor") or {}).get("id")
    out["partnerActorIds"] = [a["id"] for a in m.get("partnerActors", [])]
    out["targetGroups"] = [t["code"] for t in m.get("targetGroups", [])]
    out["links"] = m.get("links", [])
    return out


def lua_value(v):
    if isinstance(v, dict):
        return "{" + ", ".join(f"[{lua_value(k)}] = {lua_value(x)}" for k, x in v.items()) + "}"
    if isinstance(v, (list, tuple)):
        return "{" + ", ".join(lua_value(x) for x in v) + "}"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    return json.dumps(v, ensure_ascii=False)  # a JSON string is a valid Lua string literal apart from \u escapes


def workload_script(tokens, targets):
    words = [l.strip() for l in open(os.path.join(BENCH, "search-words.txt"), encoding="utf-8")
             if l.strip() and not l.startswith("#")]
    return WORKLOAD_LUA % {"areas": AREAS, "words": lua_value(words), "tokens": lua_value(tokens),
                           "targets": lua_value(targets), "mix": lua_value([p for _, p in WORKLOAD_MIX]),
                           "md5": MD5_LUA}


def cpu_ticks(pid):
    """User and system CPU time of a process so far, in clock ticks (0 when it has ended)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except (OSError, IndexError):
        return 0


def cpu_sample(backend_pid):
    """CPU ticks so far of the backend, of the PostgreSQL processes serving the bench database, of all PostgreSQL
    processes (other databases and the server's own workers included), and the machine's busy and total ticks."""
    own = {int(x) for x in psql("-c", "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                                      " AND pid <> pg_backend_pid()").split()}
    every = set()
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/comm") as f:
                    if f.read().strip() == "postgres":
                        every.add(int(d))
            except OSError:
                pass
    with open("/proc/stat") as f:
        t = [int(x) for x in f.readline().split()[1:]]
    return {"backend": cpu_ticks(backend_pid), "db": {p: cpu_ticks(p) for p in own},
            "postgres": {p: cpu_ticks(p) for p in every}, "busy": sum(t) - t[3] - t[4], "total": sum(t)}


def cpu_shares(before, after, wall, wrk_seconds):
    """Shares of the machine's CPU capacity (wall time × cores) during a window."""
    tick, cores = os.sysconf("SC_CLK_TCK"), os.cpu_count()

    def delta(key):
        pids = set(before[key]) | set(after[key])
        return sum(after[key].get(p, before[key].get(p, 0)) - before[key].get(p, 0) for p in pids)
    capacity = wall * cores
    return {"backend": (after["backend"] - before["backend"]) / tick / capacity,
            "postgres_bench_db": delta("db") / tick / capacity, "postgres_all": delta("postgres") / tick / capacity,
            "load_generator": wrk_seconds / capacity, "machine_busy": (after["busy"] - before["busy"]) / (after["total"] - before["total"]),
            "cores": cores}


def metric(name):
    """A counter of the backend's metrics (management port), summed over its series."""
    conn = http.client.HTTPConnection("127.0.0.1", MANAGEMENT_PORT, timeout=30)
    conn.request("GET", "/q/metrics")
    text = conn.getresponse().read().decode()
    conn.close()
    return sum(float(l.split()[-1]) for l in text.splitlines() if l.startswith(name + " ") or l.startswith(name + "{"))


def workload(backend):
    """WORKLOAD_CONNS connections for WORKLOAD_DURATION s over many distinct URLs (see WORKLOAD_LUA and
    docs/development.md): per kind of request the count, latency percentiles and errors; the answer cache's hit rate
    and the CPU shares of backend, database and load generator during the window."""
    began = time.monotonic()
    session = admin_session()
    tokens = [[create_token(session, f"Redaktion {e + 1} (Lasttest)", "EDITOR", [uid("area", a) for a in editor_areas(e)]),
               editor_areas(e)] for e in range(WORKLOAD_EDITORS)]
    targets = workload_targets(tokens)
    # The current ETags (a reused dataset has seen writes before): a step's is its version, as in write_lua.
    versions = step_versions([s["path"].rsplit("/", 1)[1] for t in targets for s in t["steps"]])
    for t in targets:
        for s in t["steps"]:
            s["etag"] = f'"{versions[s["path"].rsplit("/", 1)[1]]}"'

    def prepare(t):  # the measure's ETag and the measure as input
        auth = {"Authorization": f"Bearer {t.pop('token')}"}
        status, headers, _, body = request("GET", t["measure"]["path"], None, auth)
        t["measure"]["etag"] = headers["etag"]
        # The generator gives measures actors of other municipalities, which the API refuses on a write: the edit makes
        # an actor of the area's municipality (actor n lives in "Stadt n % 400", as area n does) the lead, without partners.
        a = int(t["measure"]["path"].split("/")[4].split("-")[1])
        lead = a % 400 or 400
        t["measure"]["body"] = json.dumps({**measure_input(json.loads(body)), "title": "@TITLE@", "partnerActorIds": [],
                                           "leadActorId": uid("actor", lead) if lead <= ACTORS else None}, ensure_ascii=False)
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        list(pool.map(prepare, targets))
    log(f"workload: {len(tokens)} editor tokens and {len(targets)} measures read in {time.monotonic() - began:.1f} s")
    tmp = tempfile.mkdtemp(prefix="ihk-bench-workload-")
    script = os.path.join(tmp, "workload.lua")
    with open(script, "w", encoding="utf-8") as f:
        f.write(workload_script(tokens, targets) + REPORT_LUA)
    base = ["wrk", "-t", str(WORKLOAD_CONNS), "-c", str(WORKLOAD_CONNS), "--timeout", "10s", "-s", script,
            f"http://127.0.0.1:{PORT}/"]
    # Warm-up: the same mix without writes (which would spend the ETags) and without logging.
    subprocess.run(base[:1] + ["-d", f"{WORKLOAD_WARMUP}s"] + base[1:] + ["--", "", "0"], capture_output=True)
    logs = os.path.join(tmp, "thread-")
    load_before = open("/proc/loadavg").read().split()[:3]
    hits0, misses0 = metric("ihk_answer_cache_hits_total"), metric("ihk_answer_cache_misses_total")
    gc0 = metric("jvm_gc_pause_seconds_count"), metric("jvm_gc_pause_seconds_sum")
    cpu0, children0, t0 = cpu_sample(backend.proc.pid), os.times(), time.monotonic()
    run = subprocess.run(base[:1] + ["-d", f"{WORKLOAD_DURATION}s"] + base[1:] + ["--", logs, "1"], capture_output=True, text=True)
    wall, children1, cpu1 = time.monotonic() - t0, os.times(), cpu_sample(backend.proc.pid)
    hits, misses = metric("ihk_answer_cache_hits_total") - hits0, metric("ihk_answer_cache_misses_total") - misses0
    gc = {"count": metric("jvm_gc_pause_seconds_count") - gc0[0], "seconds": metric("jvm_gc_pause_seconds_sum") - gc0[1]}
    wrk_cpu = (children1.children_user - children0.children_user) + (children1.children_system - children0.children_system)
    if run.stderr.strip():
        log("wrk: " + run.stderr.strip()[:1000])
    m = re.search(r"WRKJSON (\{.*\})", run.stdout)
    if not m:
        sys.exit("wrk gave no result:\n" + run.stdout)
    summary = json.loads(m.group(1))
    duration = summary["duration_us"] / 1e6
    lat, statuses = {k: [] for k in range(1, len(WORKLOAD_KINDS) + 1)}, {k: {} for k in range(1, len(WORKLOAD_KINDS) + 1)}
    for name in os.listdir(tmp):
        if name.startswith("thread-"):
            with open(os.path.join(tmp, name)) as f:
                for line in f:
                    k, status, us = (int(x) for x in line.split())
                    statuses[k][status] = statuses[k].get(status, 0) + 1
                    if status:
                        lat[k].append(us)
    subprocess.run(["rm", "-rf", tmp])
    answered = sum(len(v) for v in lat.values())
    kinds = {}
    for k, name in enumerate(WORKLOAD_KINDS, 1):
        xs = sorted(lat[k])
        count = sum(statuses[k].values())
        errors = sum(n for st, n in statuses[k].items() if st == 0 or st >= 400)
        kinds[name] = {"requests": count, "share": count / max(sum(sum(v.values()) for v in statuses.values()), 1),
                       "rps": len(xs) / duration, "p50_ms": xs[len(xs) // 2] / 1000 if xs else None,
                       "p99_ms": xs[min(len(xs) - 1, int(len(xs) * 0.99))] / 1000 if xs else None,
                       "errors": errors, "statuses": {str(st): n for st, n in sorted(statuses[k].items())}}
    return {"connections": WORKLOAD_CONNS, "duration_s": duration, "warmup_s": WORKLOAD_WARMUP, "requests": answered,
            "rps": answered / duration, "kinds": kinds, "editors": WORKLOAD_EDITORS, "socket_errors": summary["errors"],
            "gc": gc, "answer_cache": {"hits": hits, "misses": misses, "hit_rate": hits / (hits + misses) if hits + misses else None},
            "cpu": cpu_shares(cpu0, cpu1, wall, wrk_cpu), "load_average_before": load_before,
            "load_average_after": open("/proc/loadavg").read().split()[:3], "phase_s": time.monotonic() - began}


def warm(path, script, seconds=CASE_WARMUP):
    """Gives the JIT the hot paths before measuring; not counted."""
    subprocess.run(["wrk", "-t", "2", "-c", "8", "-d", f"{seconds}s", "--timeout", "5s", "-s", script,
                    f"http://127.0.0.1:{PORT}{path}"], capture_output=True)


def wrk(path, conns, script, extra_args=(), duration=None):
    threads = min(conns, 2)
    cmd = ["wrk", "-t", str(threads), "-c", str(conns), "-d", f"{duration or DURATION}s", "--timeout", "5s", "-s", script,
           f"http://127.0.0.1:{PORT}{path}", *extra_args]
    run = subprocess.run(cmd, capture_output=True, text=True)
    out = run.stdout
    if run.stderr.strip():
        log("wrk: " + run.stderr.strip()[:1000])
    m = re.search(r"WRKJSON (\{.*\})", out)
    if not m:
        sys.exit("wrk gave no result:\n" + out)
    r = json.loads(m.group(1))
    return {"rps": r["requests"] / (r["duration_us"] / 1e6), "p50_ms": r["p50_us"] / 1000, "p99_ms": r["p99_us"] / 1000,
            "errors": r["errors"] + r["non2xx_or_3xx"], "requests": r["requests"]}


def report_script(name, headers=""):
    """A wrk script (in the temporary directory) that reports the latencies, after `headers` (Lua lines)."""
    path = os.path.join(tempfile.gettempdir(), f"ihk-bench-{name}.lua")
    with open(path, "w") as f:
        f.write(headers + REPORT_LUA)
    return path


def pgbench(sql, conns):
    """pgbench of one script, or of several (a list) drawn at random for each transaction."""
    files = []
    for text in sql if isinstance(sql, list) else [sql]:
        with tempfile.NamedTemporaryFile("w", suffix=".sql", delete=False) as f:
            f.write(text)
        files += ["-f", f.name]
    # The same 5 s limit as wrk's timeout, so that a query that cannot finish does not hold the run for minutes.
    env = dict(os.environ, PGPASSWORD=DB_PASSWORD, PGOPTIONS="-c statement_timeout=5000")
    out = subprocess.run([PGBENCH, "-n", "-M", "prepared", "-c", str(conns), "-j", str(min(conns, 2)), "-T", str(PG_DURATION),
                          *files, "-h", "127.0.0.1", "-U", DB_USER, DB], capture_output=True, text=True, env=env)
    for name in files[1::2]:
        os.unlink(name)
    m = re.search(r"tps = ([\d.]+)", out.stdout)
    lat = re.search(r"latency average = ([\d.]+) ms", out.stdout)
    if not m:
        sys.exit("pgbench failed:\n" + out.stdout + out.stderr)
    return float(m.group(1)), float(lat.group(1)) if lat else None


# --- The SQL of a step PUT, as the backend sends it (read off PostgreSQL's statement log on 6 Dec 2026): the API
# token's lookup in a transaction of its own, then the area, the measure, its partner actors, the step and the action
# field, the step's update (its revision trigger for the answer cache included), the measure's version, two rows of
# the change feed (the measure, the step) and one of the history. Left out: the change feed's
# sequencing and the webhook dispatcher's poll, which run after the commit, once for many writes under load. A random
# step of the dataset per transaction, so no two connections wait for each other's row. ---

CHANGE_LOG_INSERT = """INSERT INTO change_log (record_type, record_id, parent_id, area_id, area_slug, path, action, version,
  public_action, public_version, changed_at)
SELECT * FROM (SELECT CAST('{type}' AS varchar), x.id, x.parent_id, x.area_id, x.area_slug, x.path, CAST({action} AS varchar)
  AS action, x.version, CASE WHEN x.is_public AND (told.public_action IS DISTINCT FROM 'UPSERT' OR told.public_version
  IS DISTINCT FROM x.public_version) THEN 'UPSERT' WHEN NOT x.is_public AND told.public_action = 'UPSERT' THEN 'DELETE'
  END AS public_action, x.public_version, clock_timestamp()
FROM ({rows}) x LEFT JOIN LATERAL (SELECT c.public_action, c.public_version FROM change_log c WHERE c.record_id = x.id
  AND c.public_action IS NOT NULL ORDER BY c.seq DESC LIMIT 1) told ON TRUE WHERE {where}) n
WHERE n.action IS NOT NULL OR n.public_action IS NOT NULL;"""
MEASURE_ROWS = ("SELECT r.id, CAST(NULL AS uuid) AS parent_id, r.area_id AS area_id, (SELECT sa.slug FROM area sa WHERE"
                " sa.id = r.area_id) AS area_slug, 'measures/' || r.id AS path, r.version, r.public_version AS public_version,"
                " (((r.publication_status = 'PUBLISHED' AND (SELECT pf.publication_status FROM action_field pf WHERE pf.id ="
                " r.action_field_id) = 'PUBLISHED')) AND (SELECT pa.publication_status FROM area pa WHERE pa.id = r.area_id) ="
                " 'PUBLISHED') AS is_public FROM measure r")
STEP_ROWS = ("SELECT r.id, r.measure_id AS parent_id, m.area_id, a.slug AS area_slug, 'measures/' || r.measure_id ||"
             " '/steps/' || r.id AS path, r.version, r.version AS public_version, ((m.publication_status = 'PUBLISHED' AND"
             " (SELECT pf.publication_status FROM action_field pf WHERE pf.id = m.action_field_id) = 'PUBLISHED') AND"
             " a.publication_status = 'PUBLISHED') AS is_public FROM action_step r JOIN measure m ON m.id = r.measure_id"
             " JOIN area a ON a.id = m.area_id")


def put_step_sql():
    token_hash = psql("-c", "SELECT token_hash FROM api_token ORDER BY created_at DESC LIMIT 1").strip()
    step, measure, area = "md5('step:' || :sn)::uuid", "md5('measure:' || :mn)::uuid", "md5('area:' || :a)::uuid"
    return f"""\\set a random(1, {AREAS})
\\set k random(0, 99)
\\set mn :a * 100 + :k
\\set sn :mn * 4 + random(0, 3)
BEGIN;
SELECT DISTINCT t.*, ta.area_id, a.*, tc.actor_id, c.* FROM api_token t LEFT JOIN api_token_area ta ON t.id = ta.token_id
  LEFT JOIN area a ON a.id = ta.area_id LEFT JOIN api_token_actor tc ON t.id = tc.token_id LEFT JOIN actor c ON c.id = tc.actor_id
  WHERE t.token_hash = '{token_hash}';
COMMIT;
BEGIN;
SELECT * FROM area WHERE slug = 'gebiet-' || :a FETCH FIRST 1 ROWS ONLY;
SELECT * FROM measure WHERE id = {measure} AND area_id = {area};
SELECT p.measure_id, c.* FROM measure_partner_actor p JOIN actor c ON c.id = p.actor_id WHERE p.measure_id = {measure};
SELECT * FROM action_step WHERE id = {step};
SELECT * FROM action_field WHERE id = (SELECT action_field_id FROM measure WHERE id = {measure});
UPDATE action_step SET description = description, due_date = due_date, measure_id = measure_id, position = position,
  responsible_actor_id = responsible_actor_id, status = status, title = title, updated_at = now(), version = version + 1
  WHERE id = {step};
UPDATE measure SET version = version + 1, public_version = version + 1, updated_at = now() WHERE id IN (SELECT id FROM measure
  WHERE id IN (SELECT s.measure_id FROM action_step s WHERE s.id = {step}) ORDER BY id FOR NO KEY UPDATE) RETURNING id;
{CHANGE_LOG_INSERT.format(type="MEASURE", action="'UPSERT'", rows=MEASURE_ROWS, where="x.id = " + measure)}
INSERT INTO revision (id, record_type, record_id, area_id, record_label, action, author_id, author_name, author_role, via_token,
  changed_at, changes, public_changes) VALUES (gen_random_uuid(), 'ACTION_STEP', {step}, {area}, 'Schritt', 'UPDATED',
  gen_random_uuid(), 'bench', 'ADMIN', true, now(), CAST('[{{"field":"title","from":"a","to":"b"}}]' AS jsonb),
  NULLIF(CAST('[{{"field":"title","from":"a","to":"b"}}]' AS jsonb), 'null'));
{CHANGE_LOG_INSERT.format(type="ACTION_STEP", action="'UPSERT'", rows=STEP_ROWS, where="x.id = " + step)}
COMMIT;
"""


# --- The SQL behind each read, as the backend sends it for an anonymous caller (see the services). ---

# The tables of the search as de.ihk.search.SearchBranch defines them: type, FROM, title, text of the snippet, area
# columns, the publication rule for anonymous callers, the condition of one area.
PUBLISHED_BELOW_FIELD = "(x.publication_status = 'PUBLISHED' AND f.publication_status = 'PUBLISHED')"
SEARCH_BRANCHES = [
    ("AREA", "area x", "x.name", "coalesce(x.summary, '') || ' ' || coalesce(x.description, '')", "x.slug AS area_slug, x.name AS area_name, NULL::uuid AS measure_id",
     "x.publication_status = 'PUBLISHED'", "x.id = '{id}'"),
    ("ACTION_FIELD", "action_field x JOIN area a ON a.id = x.area_id", "x.title",
     "coalesce(x.goal, '') || ' ' || coalesce(x.description, '')", "a.slug AS area_slug, a.name AS area_name, NULL::uuid AS measure_id",
     "a.publication_status = 'PUBLISHED' AND x.publication_status = 'PUBLISHED'", "x.area_id = '{id}'"),
    ("NEED", "need x JOIN area a ON a.id = x.area_id JOIN action_field f ON f.id = x.action_field_id", "x.title",
     "coalesce(x.description, '') || ' ' || coalesce(x.evidence, '')", "a.slug AS area_slug, a.name AS area_name, NULL::uuid AS measure_id",
     "a.publication_status = 'PUBLISHED' AND " + PUBLISHED_BELOW_FIELD, "x.area_id = '{id}'"),
    ("MEASURE", "measure x JOIN area a ON a.id = x.area_id JOIN action_field f ON f.id = x.action_field_id", "x.title",
     "coalesce(x.summary, '') || ' ' || coalesce(x.description, '')", "a.slug AS area_slug, a.name AS area_name, NULL::uuid AS measure_id",
     "a.publication_status = 'PUBLISHED' AND " + PUBLISHED_BELOW_FIELD, "x.area_id = '{id}'"),
    ("ACTION_STEP", "action_step x JOIN measure m ON m.id = x.measure_id JOIN area a ON a.id = m.area_id"
     " JOIN action_field f ON f.id = m.action_field_id", "x.title",
     "coalesce(x.description, '')", "a.slug AS area_slug, a.name AS area_name, m.id AS measure_id",
     "a.publication_status = 'PUBLISHED' AND " + PUBLISHED_BELOW_FIELD.replace("x.", "m."), "m.area_id = '{id}'"),
    ("ACTOR", "actor x", "x.name", "coalesce(x.description, '')", "NULL AS area_slug, NULL AS area_name, NULL::uuid AS measure_id", "TRUE",
     "x.municipality = '{municipality}'"),
]
SEARCH_MAX_RESULTS = 1000  # SearchService.MAX_RESULTS


def search_sql(text, area, size=20):
    """The statements that the backend (de.ihk.search.SearchService) sends for the first page of a search by an
    anonymous caller. Whether the second tier is read and which records get snippets depends on the data: this asks
    the database once, as the backend would."""
    q = f"websearch_to_tsquery('german', '{text}')"
    lookup = ""
    if area is not None:
        n = int(area.split("-")[1])
        lookup = f"SELECT id, municipality FROM area WHERE slug = '{area}';\n"
        scope = {"id": uid("area", n), "municipality": f"Stadt {n % 400}"}

    def hits(branch, match, extra=""):
        kind, frm, title, _, cols, published, in_area = branch
        where = in_area.format(**scope) if area is not None else "TRUE"
        return (f"SELECT '{kind}' AS type, x.id, {title} AS title, length({title}) AS title_length, {cols}{extra} FROM {frm}"
                f" WHERE {match} AND ({published}) AND {where}")

    def union(match, limit=None, extra=""):
        return " UNION ALL ".join(
            hits(b, match, extra) if limit is None else f"({hits(b, match, extra)} ORDER BY length({b[2]}), {b[2]}, x.id LIMIT {limit})"
            for b in SEARCH_BRANCHES)

    match = f"ts_match_vq(x.search_vector, {q})" if area is not None else f"x.search_vector @@ {q}"
    count = f"SELECT count(*) FROM (SELECT 1 FROM ({union(match)}) hits LIMIT {SEARCH_MAX_RESULTS + 1}) c;\n"
    if area is not None:
        count = ""  # counted by the page's query
        pages = [f"SELECT hits.*, count(*) OVER (), CASE WHEN hits.in_title THEN 2.0 ELSE 1.0 END FROM "
                 f"({union(match, extra=f', ts_match_vq(x.title_vector, {q}) AS in_title')}) hits"
                 f" ORDER BY hits.in_title DESC, hits.title_length, hits.title, hits.id LIMIT {size} OFFSET 0;\n"]
    else:
        title = f"x.title_vector @@ {q}"
        pages = [f"SELECT hits.*, 2.0 FROM ({union(f'{title} AND {match}', size)}) hits"
                 f" ORDER BY hits.title_length, hits.title, hits.id LIMIT {size};\n"]
        first = psql("-c", pages[0]).splitlines()
        if len(first) < size:
            rest = size - len(first)
            pages.append(f"SELECT hits.*, 1.0 FROM ({union(f'{match} AND NOT {title}', rest)}) hits"
                         f" ORDER BY hits.title_length, hits.title, hits.id LIMIT {rest};\n")
    rows = [line.split("|") for p in pages for line in psql("-c", p).splitlines()][:size]
    snippets = " UNION ALL ".join(
        f"SELECT x.id, ts_headline('german', replace(replace(replace({b[3]}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), {q}, "
        f"'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"') "
        f"FROM {b[1].split()[0]} x WHERE x.id IN ({', '.join(repr(r[1]) for r in rows if r[0] == b[0])})"
        for b in SEARCH_BRANCHES if any(r[0] == b[0] for r in rows))
    return lookup + count + "".join(pages) + (snippets + ";\n" if snippets else "")


def base36(n):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    text = ""
    while True:
        n, r = divmod(n, 36)
        text = digits[r] + text
        if n == 0:
            return text


FEED_LENGTH = []


def feed_length():
    """The change feed's length before the first measurement (the writes of the benchmark make it longer later)."""
    if not FEED_LENGTH:
        FEED_LENGTH.append(int(psql("-c", "SELECT last_position FROM change_feed_state WHERE id = 1").strip() or 0))
    return FEED_LENGTH[0]


def read_sql(name, area, measure):
    """The statements the backend sends for one of the reads (bench/sql/, written by capture_sql.py), for
    the benchmark area. The list pages' ids are those of the 1,000-area dataset: on another (BENCH_QUICK) they match
    no rows, which makes pgbench's figure for the lists too high."""
    with open(os.path.join(BENCH, "sql", name + ".sql")) as f:
        return f.read().replace("{area}", area).replace("{measure}", measure).replace("{slug}", SLUG)


def reads():
    area = uid("area", AREA_NO)
    measure = uid("measure", AREA_NO * 100 + 7)
    overview, measures, detail, needs = (read_sql(name, area, measure)
                                         for name in ("area-overview", "measure-list", "measure-detail", "need-list"))
    last = feed_length()
    middle = last // 2

    def feed_sql(after):
        return ("SELECT EXISTS (SELECT 1 FROM change_log WHERE position IS NULL);\n"
                "SELECT pruned_position FROM change_feed_state WHERE id = 1;\n"
                "SELECT c.position, c.record_type, c.record_id, coalesce(a.slug, c.area_slug), c.path, c.public_action,"
                " c.public_version, c.changed_at FROM change_log c LEFT JOIN area a ON a.id = c.area_id"
                f" WHERE c.position > {after} AND c.public_action IS NOT NULL ORDER BY c.position LIMIT 1000;\n")
    return [
        ("area overview", f"/api/v1/areas/{SLUG}/overview", overview),
        ("measure list (status + target group, 20)", f"/api/v1/areas/{SLUG}/measures?status=IN_PROGRESS&targetGroup=TG3&size=20", measures),
        ("measure detail", f"/api/v1/areas/{SLUG}/measures/{measure}", detail),
        ("need list uncovered=true", f"/api/v1/areas/{SLUG}/needs?uncovered=true", needs),
        ("search 'Spielplatz' in one area", f"/api/v1/search?q=Spielplatz&area={SLUG}", search_sql("Spielplatz", SLUG)),
        ("search 'Spielplatz' in all areas", "/api/v1/search?q=Spielplatz", search_sql("Spielplatz", None)),
        ("change feed, 1000 from the start", "/api/v1/changes?limit=1000", feed_sql(0)),
        (f"change feed, 1000 from the middle (of {last})", f"/api/v1/changes?limit=1000&after=c{base36(middle)}_0",
         feed_sql(middle)),
    ]


def dataset_fingerprint():
    """What the generated dataset depends on: the generator, its size and the schema."""
    h = hashlib.sha256(f"{AREAS} {ACTORS}".encode())
    migrations = os.path.join(ROOT, "backend/src/main/resources/db/migration")
    for path in [os.path.join(BENCH, "generate.sql")] + sorted(os.path.join(migrations, n) for n in os.listdir(migrations)):
        with open(path, "rb") as f:
            h.update(f.read())
    return h.hexdigest()


def reusable_dataset(fingerprint):
    """The generation time of the dataset in DB when it was generated from the same fingerprint, else None."""
    if os.environ.get("BENCH_REGENERATE") == "1":
        return None
    try:
        row = psql("-c", "SELECT fingerprint, generation_s FROM bench_dataset").strip()
    except subprocess.CalledProcessError:
        return None
    if "|" not in row or row.split("|")[0] != fingerprint:
        return None
    return row.split("|")[1]


def step_versions(ids):
    rows = psql("-c", "SELECT id, version FROM action_step WHERE id IN (%s)" % ",".join(f"'{i}'" for i in ids)).split()
    return dict(r.split("|") for r in rows)


FANOUT = None
EDITIONS = None
RECEIVER_PORT = int(os.environ.get("BENCH_RECEIVER_PORT", 18097))


def bench_steps(offset, count):
    """Distinct steps spread over all areas: the step at position `offset` (0–3) of `count` measures."""
    steps = []
    for n in range(count):
        a = 1 + n % AREAS
        m = a * 100 + (n // AREAS) % 100
        steps.append([uid("step", m * 4 + offset), f"gebiet-{a}", uid("measure", m), str(offset)])
    versions = step_versions([x[0] for x in steps])
    for x in steps:
        x.append(versions[x[0]])
    return steps


def put_step(step, token):
    sid, slug, measure, position, version = step
    body = {"title": f"Schritt {position} (Verteilung)", "description": "Angebot im Quartier, aktualisiert im Lasttest.",
            "dueDate": "2027-06-30", "status": "IN_PROGRESS", "responsibleActorId": None, "position": int(position)}
    status = request("PUT", f"/api/v1/areas/{slug}/measures/{measure}/steps/{sid}", body,
                     {"Authorization": f"Bearer {token}", "If-Match": f'"{version}"'})[0]
    return status == 200


def webhook_fanout(token, steps):
    """Five webhook subscriptions (all changes) to a local receiver; the given step updates are written by 8 clients.
    Returns the seconds the writes took and the seconds from the first write until every subscription had received
    every updated step, or None when that did not happen within 5 minutes."""
    wanted = {x[0] for x in steps}
    seen = {}
    lock = threading.Lock()

    class Receiver(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keeps the connection open between deliveries, as real receivers do
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("content-length", 0)))
            with lock:
                got = seen.setdefault(self.path, set())
                got.update(i["id"] for i in json.loads(body)["data"]["items"] if i["id"] in wanted)
            self.send_response(204)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    class Server(http.server.ThreadingHTTPServer):
        request_queue_size = 128  # the default backlog of 5 drops connections when all deliveries come at once
        daemon_threads = True

    server = Server(("127.0.0.1", RECEIVER_PORT), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    auth = {"Authorization": f"Bearer {token}"}
    hooks = []
    for k in range(5):
        status, _, _, body = request("POST", "/api/v1/webhooks",
                                     {"url": f"http://127.0.0.1:{RECEIVER_PORT}/s{k}", "events": ["*"]}, auth)
        if status != 201:
            sys.exit(f"webhook creation failed: {status} {body[:300]}")
        hooks.append(json.loads(body)["webhook"]["id"])
    t0 = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        ok = sum(pool.map(lambda x: put_step(x, token), steps))
    writes = time.monotonic() - t0
    delivered = None
    while time.monotonic() - t0 < 300:
        with lock:
            if len(seen) == 5 and all(len(v) == len(wanted) for v in seen.values()):
                delivered = time.monotonic() - t0
                break
        time.sleep(0.05)
    if ok != len(steps):
        log(f"webhook fan-out: {len(steps) - ok} of {len(steps)} step updates failed")
    return hooks, server, writes, delivered


def editions_timings(token):
    """Adopting a new edition of the benchmark area and reading it as content, HTML, PDF and comparison, signed in (so
    the answer cache does not serve the repeats): seconds of the first call, and the median of ten repeats. The edition
    is created for this run, so that a reused dataset's earlier adoptions do not serve a stored PDF."""
    auth = {"Authorization": f"Bearer {token}"}
    base = f"/api/v1/areas/{SLUG}/editions"
    status, _, _, body = request("POST", base, {"label": f"Bench {datetime.datetime.now().isoformat(timespec='seconds')}"}, auth)
    if status != 201:
        sys.exit(f"edition creation failed: {status} {body[:300]}")
    edition = json.loads(body)["id"]

    def timed(method, path, body=None, headers=None):
        t0 = time.monotonic()
        status = request(method, path, body, {**auth, **(headers or {})})[0]
        took = time.monotonic() - t0
        if status not in (200, 201):
            log(f"{method} {path} answered {status}")
        return took

    def median_of_ten(path):
        return sorted(timed("GET", path) for _ in range(10))[5]

    etag = request("GET", f"{base}/{edition}", None, auth)[1].get("etag")
    out = {"adopt": timed("POST", f"{base}/{edition}/adoption", {"adoptedOn": "2026-01-15"}, {"If-Match": etag})}
    for name, path in (("content", f"{base}/{edition}/content"), ("HTML document", f"{base}/{edition}/document"),
                       ("PDF document", f"{base}/{edition}/document.pdf"),
                       ("compare with the current concept", f"{base}/compare?from={edition}&to=current")):
        first = timed("GET", path)
        out[name] = (first, median_of_ten(path))
    return out


def remove_export_area():
    psql("-c", f"DELETE FROM measure WHERE area_id = '{EXPORT_AREA}'",  # join rows go with them (ON DELETE CASCADE)
         "-c", f"DELETE FROM action_field WHERE area_id = '{EXPORT_AREA}'", "-c", f"DELETE FROM area WHERE id = '{EXPORT_AREA}'")


def create_export_area():
    """One published area holding a copy of the first EXPORT_MEASURES measures of the dataset (with their lead and
    partner actors and target groups), written while the backend runs so that its change feed never records them."""
    remove_export_area()
    psql("-c", "BEGIN",
         "-c", f"INSERT INTO area (id, slug, name, municipality, programme, publication_status) VALUES ('{EXPORT_AREA}',"
               f" '{EXPORT_SLUG}', 'Alle Maßnahmen', 'Stadt 1', 'Sozialer Zusammenhalt', 'PUBLISHED')",
         "-c", f"INSERT INTO action_field (id, area_id, code, title, position, color, publication_status) VALUES"
               f" ('{EXPORT_FIELD}', '{EXPORT_AREA}', 'HF1', 'Alle Handlungsfelder', 0, '#336699', 'PUBLISHED')",
         "-c", f"""INSERT INTO measure (id, area_id, action_field_id, code, title, summary, description, status, priority,
                     progress, start_date, end_date, lead_actor_id, location, budget_amount, budget_currency,
                     funding_source, publication_status)
               SELECT md5('export:' || m.id)::uuid, '{EXPORT_AREA}', '{EXPORT_FIELD}',
                      'X' || lpad((row_number() OVER (ORDER BY m.id))::text, 6, '0'), m.title, m.summary, m.description,
                      m.status, m.priority, m.progress, m.start_date, m.end_date, m.lead_actor_id, m.location,
                      m.budget_amount, m.budget_currency, m.funding_source, 'PUBLISHED'
                 FROM (SELECT * FROM measure WHERE area_id <> '{EXPORT_AREA}' ORDER BY id LIMIT {EXPORT_MEASURES}) m""",
         "-c", f"""INSERT INTO measure_partner_actor (measure_id, actor_id)
               SELECT md5('export:' || p.measure_id)::uuid, p.actor_id FROM measure_partner_actor p
                 JOIN measure m ON m.id = md5('export:' || p.measure_id)::uuid WHERE m.area_id = '{EXPORT_AREA}'""",
         "-c", f"""INSERT INTO measure_target_group (measure_id, target_group_id)
               SELECT md5('export:' || t.measure_id)::uuid, t.target_group_id FROM measure_target_group t
                 JOIN measure m ON m.id = md5('export:' || t.measure_id)::uuid WHERE m.area_id = '{EXPORT_AREA}'""",
         "-c", "COMMIT", "-c", "ANALYZE measure")
    return int(psql("-c", f"SELECT count(*) FROM measure WHERE area_id = '{EXPORT_AREA}'").strip())


def export_timings(aot):
    """Exports of a measure list of EXPORT_MEASURES rows as CSV and as XLSX by a freshly started backend (anonymous,
    so the list is what readers see): seconds to the last byte, size, and the backend's peak resident memory (VmHWM)
    before and after (375 MB for the XLSX with the Makefile's JAVA_OPTS on 6 Dec 2026)."""
    b = Backend("export", DB)
    b.start(aot)
    out = {}
    try:
        out["rows"] = create_export_area()
        request("GET", f"/api/v1/areas/{EXPORT_SLUG}/measures?size=200")  # the JSON list once, for a comparable start
        out["peak_mb_before"] = b.peak_mb()
        for fmt_name in ("csv", "xlsx"):
            conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=1800)
            t0 = time.monotonic()
            conn.request("GET", f"/api/v1/areas/{EXPORT_SLUG}/measures?format={fmt_name}")
            r = conn.getresponse()
            size = 0
            while chunk := r.read(1 << 16):
                size += len(chunk)
            took = time.monotonic() - t0
            conn.close()
            if r.status != 200:
                log(f"export {fmt_name} answered {r.status}")
            out[fmt_name] = {"seconds": took, "mb": size / 1e6, "peak_mb": b.peak_mb()}
            log(f"export of {out['rows']} measures as {fmt_name}: {took:.1f} s, {size / 1e6:.1f} MB, peak RSS {b.peak_mb():.0f} MB")
    finally:
        b.stop()
        remove_export_area()
    return out


IMPORT_ROWS = 500 if QUICK else 5000
IMPORT_SLUG = f"gebiet-{AREA_NO + 1}"  # not the area the read cases measure


def import_timings(token):
    """A measure import of IMPORT_ROWS new measures into one area, as a dry run and as a commit: seconds of each, and
    the latency of reads of the area's overview (signed in, so not from the answer cache) before and during each; the
    imported measures are deleted again afterwards, so that a reused dataset stays as generated."""
    auth = {"Authorization": f"Bearer {token}"}
    fields = json.loads(request("GET", f"/api/v1/areas/{IMPORT_SLUG}/action-fields", None, auth)[3])["items"]
    field = fields[0]["code"]
    lines = ["Kürzel;Titel;Handlungsfeld;Status;Priorität;Fortschritt;Beginn;Ende;Ort"]
    for n in range(IMPORT_ROWS):
        lines.append(f"IMP-{n:05d};Importierte Maßnahme {n};{field};Geplant;mittel;{n % 101} %;2026-01-01;31.12.2027;Schinkel")
    body = ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")
    overview = f"/api/v1/areas/{IMPORT_SLUG}/overview"

    def read_latencies(stop, out):
        while not stop.is_set():
            t0 = time.monotonic()
            status = request("GET", overview, None, auth)[0]
            out.append((time.monotonic() - t0, status))
            time.sleep(0.05)

    def run(dry_run):
        conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=600)
        t0 = time.monotonic()
        conn.request("POST", f"/api/v1/areas/{IMPORT_SLUG}/imports?type=measures&dryRun={'true' if dry_run else 'false'}",
                     body=body, headers={**auth, "Content-Type": "text/csv", "Accept": "application/json"})
        r = conn.getresponse()
        data = r.read()
        took = time.monotonic() - t0
        conn.close()
        if r.status != 200:
            log(f"import (dryRun={dry_run}) answered {r.status}: {data[:300]}")
        return took, json.loads(data).get("counts") if r.status == 200 else None

    def median(xs):
        xs = sorted(xs)
        return xs[len(xs) // 2] if xs else None

    quiet = []
    for _ in range(20):
        t0 = time.monotonic()
        request("GET", overview, None, auth)
        quiet.append(time.monotonic() - t0)
    out = {"rows": IMPORT_ROWS, "read_quiet_median": median(quiet), "read_quiet_max": max(quiet)}
    for name, dry in (("dry run", True), ("commit", False)):
        stop, during = threading.Event(), []
        reader = threading.Thread(target=read_latencies, args=(stop, during))
        reader.start()
        took, counts = run(dry)
        stop.set()
        reader.join()
        lat = [d for d, _ in during]
        out[name] = {"seconds": took, "counts": counts, "reads": len(lat), "read_median": median(lat),
                     "read_max": max(lat) if lat else None, "read_failures": sum(1 for _, st in during if st != 200)}
    psql("-c", f"DELETE FROM measure WHERE code LIKE 'IMP-%' AND area_id = (SELECT id FROM area WHERE slug = '{IMPORT_SLUG}')")
    return out


def remove_webhooks(hooks, server, token):
    auth = {"Authorization": f"Bearer {token}"}
    for h in hooks:
        etag = request("GET", f"/api/v1/webhooks/{h}", None, auth)[1].get("etag")
        request("DELETE", f"/api/v1/webhooks/{h}", None, {**auth, "If-Match": etag})
    server.shutdown()


def admin_session():
    """A session of the admin account: its cookie header and CSRF token."""
    status, _, cookies, body = request("POST", "/api/v1/auth/login", {"username": "admin", "password": ADMIN_PASSWORD})
    if status != 200:
        sys.exit(f"login failed: {status} {body[:300]}")
    jar = {c.split(";")[0].split("=", 1)[0]: c.split(";")[0].split("=", 1)[1] for c in cookies}
    return {"Cookie": "; ".join(f"{k}={v}" for k, v in jar.items()), "X-CSRF-Token": jar.get("ihk_csrf", "")}


def create_token(session, name, role, area_ids=()):
    """A new API token (valid for a day) created in the admin's session; returns its secret."""
    expires = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    status, _, _, body = request("POST", "/api/v1/tokens", {"name": name, "role": role, "expiresAt": expires,
                                                            "areaIds": list(area_ids)}, session)
    if status != 201:
        sys.exit(f"token creation failed: {status} {body[:300]}")
    return json.loads(body)["secret"]


def login_token():
    return create_token(admin_session(), "bench", "ADMIN")


def checks(token):
    """Conditional reads and cache headers, as a shared cache would see them."""
    out = {}
    for name, path in [("area", f"/api/v1/areas/{SLUG}"), ("overview", f"/api/v1/areas/{SLUG}/overview"),
                       ("measure list", reads()[1][1]), ("search", reads()[4][1])]:
        status, h, _, _ = request("GET", path)
        etag = h.get("etag")
        cond = request("GET", path, headers={"If-None-Match": etag})[0] if etag else None
        auth = request("GET", path, headers={"Authorization": f"Bearer {token}"})[1].get("cache-control")
        out[name] = {"status": status, "etag": etag, "conditional_status": cond,
                     "cache_control_anonymous": h.get("cache-control"), "cache_control_authenticated": auth}
    return out


def workload_md(w):
    cpu, cache = w["cpu"], w["answer_cache"]
    md = ["", f"Realistic workload: {w['connections']} connections for {w['duration_s']:.0f} s (after {w['warmup_s']} s of warm-up) over "
          f"many distinct URLs, every request's kind drawn at random: anonymous reads of all {AREAS} areas with Zipf-like "
          "popularity (area, overview, measure lists with varied filters, sorts and pages, measure details, need lists), "
          "searches from bench/search-words.txt in one area and across all areas, reads signed in with "
          f"{w['editors']} editor tokens, and PUTs of steps, measure progress and whole measures with If-Match "
          "(see docs/development.md).", "",
          "| kind | requests | share | req/s | p50 ms | p99 ms | errors | statuses |", "|---|---:|---:|---:|---:|---:|---:|---|"]
    for name, k in w["kinds"].items():
        if k["requests"] or not name.startswith("write ("):
            md.append(f"| {name} | {k['requests']:,} | {k['share']:.1%} | {k['rps']:,.0f} | {fmt(k['p50_ms'], 2)} | "
                      f"{fmt(k['p99_ms'], 2)} | {k['errors']} | {', '.join(f'{s}: {n:,}' for s, n in k['statuses'].items())} |")
    md += ["", f"- workload throughput: {w['rps']:,.0f} answered requests/s ({w['requests']:,} in {w['duration_s']:.1f} s; the "
           f"whole phase with tokens, ETags and warm-up took {w['phase_s']:.0f} s)",
           f"- answer cache during the window: {int(cache['hits']):,} hits, {int(cache['misses']):,} misses, hit rate "
           + (f"{cache['hit_rate']:.1%}" if cache["hit_rate"] is not None else "–") + " (of anonymous reads and searches)",
           f"- CPU during the window, as a share of {cpu['cores']} cores × wall time: backend {cpu['backend']:.0%}, PostgreSQL "
           f"serving the bench database {cpu['postgres_bench_db']:.0%} (all PostgreSQL processes, other databases and the "
           f"server's workers included: {cpu['postgres_all']:.0%}), load generator (wrk) {cpu['load_generator']:.0%}; "
           f"the whole machine was busy {cpu['machine_busy']:.0%}",
           f"- garbage collection during the window: {w['gc']['count']:.0f} pauses, {w['gc']['seconds']:.2f} s in all "
           f"({w['gc']['seconds'] / w['duration_s']:.1%} of the wall time)",
           f"- load average before the workload: {', '.join(w['load_average_before'])}; after: {', '.join(w['load_average_after'])}"]
    return md


CACHE_OFF = " (answer cache off)"
UNCACHED_READS = ("area overview", "measure list (status + target group, 20)", "measure detail", "need list uncovered=true")
# Why a target is missed, as far as it was found (the measurements behind each: docs/development.md, "Benchmarks").
MISS_REASONS = {
    "search": "a word in half of all records: each of the six tables is read in title order until a page of matches is "
              "found, which PostgreSQL alone takes {pg_ms} ms for (the pgbench mean of the same statements at these "
              "connections; at 32 they queue for two cores) (see \"Search: ranked over every match\")",
    "uncached": "the SQL is down to two to six statements per read; what is left is the backend's own work per request "
                "(HTTP, transaction, row mapping, JSON), on the same two cores PostgreSQL needs (see \"Uncached reads\")",
    "write": "PostgreSQL alone runs the step PUT's statements at a fraction of the target on two cores (the pgbench "
             "column); it would take fewer and cheaper statements per write (see \"Writes: what a step PUT costs\")",
    "memory": "heap (192 MB), mapped AOT class cache (about 117 MB) and code cache already exceed it; settings alone do "
              "not get there (see \"Memory and start time\")",
    "start": "the application's size, not the data's: OpenAPI document, validator metadata, Flyway and Hibernate's start "
             "(see \"Memory and start time\")",
}


def targets_md(rows, rss, times):
    """The performance targets, each with what this run measured and, when missed, the reason found."""
    def row(case, conns):
        return next((r for r in rows if r["case"] == case and r["conns"] == conns), None)

    lines = ["", "Targets (measured in this run; a miss names the reason found):", "",
             "| target | measured | met | reason when missed |", "|---|---|---|---|"]

    def target(name, measured, met, reason, **figures):
        lines.append(f"| {name} | {measured} | {'yes' if met else 'no'} | {'' if met else MISS_REASONS[reason].format(**figures)} |")

    for conns, limit in ((CONNS[0], 50), (CONNS[-1], 100)):
        r = row("search 'Spielplatz' in all areas" + CACHE_OFF, conns)
        if r:
            target(f"search across all areas (answer cache off), p99 under {limit} ms at {conns} connection{'s' * (conns > 1)}",
                   f"'Spielplatz' (in about half of all records): p99 {fmt(r['p99_ms'], 0)} ms, {fmt(r['rps'], 0)} req/s",
                   r["p99_ms"] < limit, "search", pg_ms=fmt(r.get("pgbench_ms"), 1))
    for case in UNCACHED_READS:
        r = row(case + CACHE_OFF, CONNS[-1])
        if r:
            target(f"{case} (answer cache off, anonymous) at {CONNS[-1]} connections: at least 50 % of pgbench, p99 under 100 ms",
                   f"{pct(r['vs_pgbench'])} of pgbench, p99 {fmt(r['p99_ms'], 0)} ms",
                   (r["vs_pgbench"] or 0) >= 0.5 and r["p99_ms"] < 100, "uncached")
    r = row("PUT step (If-Match, bearer token)", CONNS[-1])
    if r:
        target(f"step PUT at {CONNS[-1]} connections: at least 1,000 req/s, p99 under 100 ms",
               f"{fmt(r['rps'], 0)} req/s, p99 {fmt(r['p99_ms'], 0)} ms (pgbench of its statements: {fmt(r['pgbench_tps'], 0)} tps)",
               r["rps"] >= 1000 and r["p99_ms"] < 100, "write")
    if rss:
        target("resident memory after the load under 300 MB", f"{rss:.0f} MB", rss < 300, "memory")
    minimal, full = min(times["minimal"]), min(times["full"])
    target("start to first response on the full dataset at most 1.5 times the minimal Quarkus application's",
           f"{full:.2f} s against {minimal:.2f} s ({full / minimal:.2f} times)", full <= 1.5 * minimal, "start")
    return lines


def pct(x):
    return "–" if x is None else f"{x:.0%}"


def fmt(x, digits=1):
    return "–" if x is None else f"{x:,.{digits}f}"


RUN_APP = APP
IMPORTS = None
WORKLOAD = None
LOAD_AT_START = []
REUSED = None
EXPORTS = None


def main():
    os.makedirs(RESULTS, exist_ok=True)
    global RUN_APP
    if not os.path.exists(os.path.join(APP, "quarkus-run.jar")):
        sys.exit(f"{APP}/quarkus-run.jar is missing: run make build first")
    # A copy, so that a rebuild during the run does not change the jar under the running backend.
    RUN_APP = tempfile.mkdtemp(prefix="ihk-bench-app-")
    subprocess.run(["cp", "-r", APP + "/.", RUN_APP], check=True)
    aot = ["-XX:AOTCache=" + os.path.join(RUN_APP, "app.aot")] if AOT else []
    started = time.monotonic()
    global LOAD_AT_START
    LOAD_AT_START = open("/proc/loadavg").read().split()[:3]
    log(f"dataset: {AREAS} areas, {ACTORS} actors; {DURATION} s per case; java {' '.join(JAVA_OPTS) or '(no options)'}")
    fingerprint = dataset_fingerprint()
    reused = reusable_dataset(fingerprint)
    global REUSED
    REUSED = reused
    # The empty database only serves the start-up comparison, which BENCH_ONLY=uncached and search leave out.
    skips_starts = ONLY in ("uncached", "search", "editions")
    for db in ((() if skips_starts else (EMPTY_DB,)) if reused else ((DB,) if skips_starts else (DB, EMPTY_DB))):
        psql_admin(f"DROP DATABASE IF EXISTS {db} WITH (FORCE)")
        psql_admin(f"CREATE DATABASE {db} OWNER {DB_USER}")

    b = Backend("migrate")
    b.start(["-XX:AOTCacheOutput=" + os.path.join(RUN_APP, "app.aot")] if AOT else [])  # Flyway creates the schema
    request("GET", f"/api/v1/areas/{SLUG}")
    b.stop(300)  # writes the AOT cache on exit (a minute on a busy machine)
    if AOT and not os.path.exists(os.path.join(RUN_APP, "app.aot")):
        log("no AOT cache was written; starting without")
        aot.clear()
    if not skips_starts:
        b = Backend("migrate-empty", EMPTY_DB)
        b.start(aot)
        b.stop()

    if reused:
        generation = float(reused)
        log(f"reusing the dataset in {DB}: generate.sql, its size and the migrations are unchanged (BENCH_REGENERATE=1 generates anew)")
    else:
        t0 = time.monotonic()
        # As the superuser, with session_replication_role = replica: no foreign-key checks while loading generated rows.
        with open(os.path.join(BENCH, "generate.sql")) as f:
            subprocess.run(["su", "postgres", "-c", f"psql -qAt -v ON_ERROR_STOP=1 -v areas={AREAS} -v actors={ACTORS}"
                            f" -c 'SET session_replication_role = replica' -f - {DB}"], stdin=f, check=True, stdout=subprocess.DEVNULL)
        psql("-c", "VACUUM ANALYZE")
        generation = time.monotonic() - t0
        psql("-c", "DROP TABLE IF EXISTS bench_dataset", "-c", "CREATE TABLE bench_dataset (fingerprint text, generation_s float8)",
             "-c", f"INSERT INTO bench_dataset VALUES ('{fingerprint}', {generation})")
    counts = psql("-c", "SELECT (SELECT count(*) FROM area), (SELECT count(*) FROM measure), (SELECT count(*) FROM action_step),"
                        " (SELECT count(*) FROM need), (SELECT count(*) FROM presentation), (SELECT count(*) FROM actor)").strip()
    log(f"generated in {generation:.1f} s (areas|measures|steps|needs|presentations|actors: {counts})")
    # The bulk load leaves dirty pages behind; write them now rather than during the measurements.
    subprocess.run(["su", "postgres", "-c", "psql -qc CHECKPOINT"], check=True, stdout=subprocess.DEVNULL)

    # The first start on a new dataset records every generated record in the change feed (they were loaded as SQL),
    # and the first read of the feed gives them their positions: both once, before anything is measured.
    b = Backend("change-feed", DB)
    b.start(aot)
    request("GET", "/api/v1/changes?limit=1", timeout=600)
    b.stop()

    if ONLY == "uncached":
        return uncached_only(aot, started)
    if ONLY == "search":
        return search_only(aot, started)
    if ONLY == "editions":
        return editions_only(aot, started)
    times, b = start_times(aot)
    if ONLY == "memory":
        return memory_only(b, times, aot, started)
    startup_empty, startup_full, startup_minimal = min(times["empty"]), min(times["full"]), min(times["minimal"])
    try:
        token = login_token()
        report = report_script("report")
        rows = []
        trivial = {}
        # One warm-up round over every read before any measurement: the JIT compiles the shared paths (and the code
        # cache's first full collection happens) here, not in the first case measured.
        for _, path, _ in reads():
            warm(path, report, WARMUP)
        for c in CONNS:
            if c == CONNS[0]:
                warm("/api/v1", report, WARMUP)
            trivial[c] = wrk("/api/v1", c, report)
            rows.append({"case": "trivial GET /api/v1", "conns": c, **trivial[c], "pgbench_tps": None})
            log(f"trivial c={c}: {trivial[c]['rps']:.0f} req/s")
        for name, path, sql in reads():
            warm(path, report)
            for c in CONNS:
                r = wrk(path, c, report)
                tps, pg_ms = pgbench(sql, c)
                rows.append({"case": name, "conns": c, **r, "pgbench_tps": tps, "pgbench_ms": pg_ms})
                log(f"{name} c={c}: {r['rps']:.0f} req/s p99 {r['p99_ms']:.1f} ms errors {r['errors']}; pgbench {tps:.0f} tps, {pg_ms} ms mean")
        # Writes: each run its own steps (version 0 from the generator), distinct per wrk thread.
        for k, c in enumerate(CONNS):
            steps = []
            for j in range(4 * c):
                n = k * 4 * CONNS[0] + j  # unique across both runs: no two connections ever write the same step
                a = 1 + n % AREAS
                m = a * 100 + (n // AREAS) % 100
                steps.append([uid("step", m * 4 + 3), f"gebiet-{a}", uid("measure", m), "3"])
            versions = step_versions([s[0] for s in steps])  # a reused dataset has seen writes before
            for s in steps:
                s.append(versions[s[0]])
            script = os.path.join(tempfile.gettempdir(), f"ihk-bench-write-{c}.lua")
            with open(script, "w") as f:
                f.write(write_lua(steps, token))
            r = wrk("/", c, script, ["--", str(min(c, 2))])
            tps, pg_ms = pgbench(put_step_sql(), c)
            rows.append({"case": "PUT step (If-Match, bearer token)", "conns": c, **r, "pgbench_tps": tps, "pgbench_ms": pg_ms})
            log(f"write c={c}: {r['rps']:.0f} req/s p99 {r['p99_ms']:.1f} ms errors {r['errors']}; pgbench {tps:.0f} tps")
        # Webhooks: five subscriptions of every change; 1,000 step updates fanned out to all, then the write case again
        # with the subscriptions delivering, to compare the write throughput with the run above.
        hooks, server, fan_writes, fan_delivered = webhook_fanout(token, bench_steps(2, 1000))
        log(f"webhook fan-out: 1000 step updates written in {fan_writes:.1f} s, delivered to 5 subscriptions after "
            + (f"{fan_delivered:.1f} s" if fan_delivered else "more than 300 s"))
        c = CONNS[-1]
        script = os.path.join(tempfile.gettempdir(), "ihk-bench-write-hooks.lua")
        with open(script, "w") as f:
            f.write(write_lua(bench_steps(1, 4 * c), token))
        r = wrk("/", c, script, ["--", str(min(c, 2))])
        rows.append({"case": "PUT step, 5 webhook subscriptions delivering", "conns": c, **r, "pgbench_tps": None})
        log(f"write with webhooks c={c}: {r['rps']:.0f} req/s p99 {r['p99_ms']:.1f} ms errors {r['errors']}")
        remove_webhooks(hooks, server, token)
        global FANOUT, EDITIONS
        FANOUT = (fan_writes, fan_delivered)
        EDITIONS = editions_timings(token)
        log(f"editions: {EDITIONS}")
        global IMPORTS
        IMPORTS = import_timings(token)
        log(f"import: {IMPORTS}")
        global WORKLOAD
        WORKLOAD = workload(b)
        log(f"workload: {WORKLOAD['rps']:.0f} req/s; " + "; ".join(
            f"{k} p50 {fmt(v['p50_ms'])} ms p99 {fmt(v['p99_ms'])} ms errors {v['errors']}" for k, v in WORKLOAD["kinds"].items())
            + f"; answer cache hit rate {pct(WORKLOAD['answer_cache']['hit_rate'])}; CPU share: "
            + ", ".join(f"{k} {pct(v)}" for k, v in WORKLOAD["cpu"].items() if k != "cores"))
        rss = b.rss_mb()
        check = checks(token)
        b.stop()
        global EXPORTS
        EXPORTS = export_timings(aot)
        rss_cache_off = None
        if QUICK:
            return finish(rows, trivial, rss, rss_cache_off, check, times, startup_empty, startup_full, startup_minimal, generation, counts, aot, started)
        # The same reads with the answer cache off: what every read costs when it is not answered from the cache.
        b = Backend("cache-off", DB, {"ANSWER_CACHE": "false"})
        b.start(aot)
        for name, path, sql in reads():
            if path.startswith("/api/v1/changes"):
                continue  # the change feed is never answered from the cache: its rows above are already uncached
            warm(path, report)
            # The search's target names both connection counts; the other reads' only the larger.
            for c in (CONNS if name.startswith("search") else CONNS[-1:]):
                r = wrk(path, c, report, duration=CACHE_OFF_DURATION)
                same = next(x for x in rows if x["case"] == name and x["conns"] == c)
                rows.append({"case": name + CACHE_OFF, "conns": c, **r, "pgbench_tps": same["pgbench_tps"],
                             "pgbench_ms": same["pgbench_ms"]})
                log(f"{name} (cache off) c={c}: {r['rps']:.0f} req/s p99 {r['p99_ms']:.1f} ms errors {r['errors']}")
        rss_cache_off = b.rss_mb()
    finally:
        b.stop()
        subprocess.run(["rm", "-rf", RUN_APP])
    finish(rows, trivial, rss, rss_cache_off, check, times, startup_empty, startup_full, startup_minimal, generation, counts, aot, started)


MINIMAL_SRC = os.path.join(BENCH, "minimal-app")


def minimal_app():
    """The minimal Quarkus REST application (bench/minimal-app), packaged when missing or older than its sources, copied
    to a temporary directory and given an AOT cache by a first start, as the backend is: the directory and the java
    options that use its cache."""
    jar = os.path.join(MINIMAL_SRC, "target/quarkus-app/quarkus-run.jar")
    sources = [os.path.join(d, f) for d, _, fs in os.walk(os.path.join(MINIMAL_SRC, "src")) for f in fs]
    if not os.path.exists(jar) or max(os.path.getmtime(f) for f in sources + [os.path.join(MINIMAL_SRC, "pom.xml")]) > os.path.getmtime(jar):
        log("packaging bench/minimal-app")
        mvn = ["mvn", "-B", "-q", "package", "-DskipTests"]
        # Offline first (the backend's build has usually put every artifact it needs into the local repository).
        if subprocess.run([*mvn, "-o"], cwd=MINIMAL_SRC, capture_output=True).returncode != 0:
            subprocess.run(mvn, cwd=MINIMAL_SRC, check=True)
    app = tempfile.mkdtemp(prefix="ihk-bench-minimal-")
    subprocess.run(["cp", "-r", os.path.dirname(jar) + "/.", app], check=True)
    if not AOT:
        return app, []
    b = Backend("minimal-training", app=app, probe="/hello")
    b.start(["-XX:AOTCacheOutput=" + os.path.join(app, "app.aot")])
    b.stop(300)
    return app, (["-XX:AOTCache=" + os.path.join(app, "app.aot")] if os.path.exists(os.path.join(app, "app.aot")) else [])


def start_times(aot):
    """Seconds from process start to the first answer of the minimal Quarkus REST application and of the backend on the
    empty and on the full database, STARTS times each in turn; the last backend on the full dataset is left running."""
    minimal, minimal_aot = minimal_app()
    times = {"minimal": [], "empty": [], "full": []}
    try:
        for k in range(STARTS):
            for kind, db in (("minimal", None), ("empty", EMPTY_DB), ("full", DB)):
                if kind == "minimal":
                    b = Backend(kind, app=minimal, probe="/hello")
                    times[kind].append(b.start(minimal_aot))
                else:
                    b = Backend(kind, db)
                    times[kind].append(b.start(aot))
                if not (kind == "full" and k == STARTS - 1):
                    b.stop()  # the last start on the full dataset stays up for the measurements
    finally:
        subprocess.run(["rm", "-rf", minimal])
    log(f"start to first response: minimal Quarkus REST application {min(times['minimal']):.2f} s, empty database "
        f"{min(times['empty']):.2f} s, full dataset {min(times['full']):.2f} s ({times})")
    return times, b


def start_line(times):
    """The report's line on the start times (the best of each kind)."""
    minimal, empty, full = (min(times[k]) for k in ("minimal", "empty", "full"))
    return (f"- start to first response (best of {len(times['full'])}, started in turn): full dataset {full:.2f} s, "
            f"{full / minimal:.2f} times the {minimal:.2f} s of a minimal Quarkus REST application (bench/minimal-app, "
            f"same JVM and options, its own AOT cache; target at most 1.5 times); empty database {empty:.2f} s")


def write_only_report(name, text, started):
    """Writes and prints the report of a BENCH_ONLY run: its text, then the machine's load and the run's duration."""
    text = "\n".join([text,
        f"- load average (1, 5, 15 min) at the start: {', '.join(LOAD_AT_START)}; at the end: "
        f"{', '.join(open('/proc/loadavg').read().split()[:3])}",
        f"- whole run: {time.monotonic() - started:.0f} s"]) + "\n"
    with open(os.path.join(RESULTS, name), "w") as f:
        f.write(text)
    print()
    print(text)


def memory_only(b, times, aot, started):
    """Start times, the realistic workload, the resident memory after it, and the spreadsheet exports' peak memory."""
    try:
        w = workload(b)
        rss, peak, kinds = b.rss_mb(), b.peak_mb(), b.rss_kinds_mb()
        nmt = native_memory(b)
    finally:
        b.stop()
    exports = export_timings(aot)
    subprocess.run(["rm", "-rf", RUN_APP])
    text = "\n".join([
        f"Run {datetime.datetime.now().isoformat(timespec='seconds')} (BENCH_ONLY=memory): {AREAS} areas; java options: "
        f"`{' '.join(JAVA_OPTS + aot)}`; MALLOC_ARENA_MAX={os.environ.get('MALLOC_ARENA_MAX', '2')}", "",
        start_line(times),
        f"- resident memory (VmRSS) after the realistic workload: {rss:.0f} MB (peak VmHWM {peak:.0f} MB; anonymous "
        f"{kinds['RssAnon']:.0f} MB, file-backed {kinds['RssFile']:.0f} MB); target under 300 MB",
        f"- spreadsheet export of {exports['rows']:,} measures by a fresh backend: "
        + "; ".join(f"{k.upper()} {exports[k]['seconds']:.1f} s, peak resident memory {exports[k]['peak_mb']:.0f} MB"
                    for k in ("csv", "xlsx")),
        *workload_md(w),
        *(["", "Native memory tracking after the workload (jcmd VM.native_memory summary, committed MB):", "", nmt, ""] if nmt else []),
    ])
    write_only_report("memory.md", text, started)


def native_memory(b):
    """The committed MB per category of the JVM's native memory tracking, when JAVA_OPTS switch it on."""
    if not any(o.startswith("-XX:NativeMemoryTracking=") for o in JAVA_OPTS):
        return None
    jcmd = os.path.join(os.path.dirname(JAVA), "jcmd") if os.path.dirname(JAVA) else "jcmd"
    out = subprocess.run([jcmd, str(b.proc.pid), "VM.native_memory", "summary", "scale=MB"], capture_output=True, text=True).stdout
    rows = re.findall(r"^-\s+(.+?) \(reserved=\d+MB, committed=(\d+)MB", out, re.M)
    total = re.search(r"Total: reserved=\d+MB, committed=(\d+)MB", out)
    return ", ".join([f"total {total.group(1)}" if total else "total ?"] + [f"{n.strip()} {c}" for n, c in rows if int(c) > 0])


def uncached_only(aot, started):
    """The reads with the answer cache off at 32 connections, anonymous and signed in (an admin's token: the services
    then show drafts too, so the SQL is not quite the anonymous SQL that pgbench runs)."""
    b = Backend("cache-off", DB, {"ANSWER_CACHE": "false"})
    b.start(aot)
    c = CONNS[-1]
    try:
        token = login_token()
        report = report_script("report")
        signed_in = report_script("report-signed-in", f'wrk.headers["Authorization"] = "Bearer {token}"\n')
        cases = [x for x in reads() if not x[1].startswith("/api/v1/changes")]
        for _, path, _ in cases:
            warm(path, report)
        warm("/api/v1", report)
        trivial = wrk("/api/v1", c, report)
        lines = []
        for name, path, sql in cases:
            tps, pg_ms = pgbench(sql, c)
            for who, script in (("anonymous", report), ("signed in", signed_in)):
                warm(path, script)
                r = wrk(path, c, script, duration=CACHE_OFF_DURATION)
                lines.append(f"| {name} | {who} | {r['rps']:,.0f} | {r['p50_ms']:.2f} | {r['p99_ms']:.2f} | {r['errors']} | {tps:,.0f} "
                             f"| {r['rps'] / tps:.0%} |")
                log(lines[-1])
    finally:
        b.stop()
        subprocess.run(["rm", "-rf", RUN_APP])
    text = "\n".join([
        f"Run {datetime.datetime.now().isoformat(timespec='seconds')} (BENCH_ONLY=uncached): {AREAS} areas, answer cache off, "
        f"{c} connections, wrk {CACHE_OFF_DURATION} s and pgbench {PG_DURATION} s per case; trivial GET /api/v1: "
        f"{trivial['rps']:,.0f} req/s; java options: `{' '.join(JAVA_OPTS + aot)}`",
        "",
        "| case | caller | req/s | p50 ms | p99 ms | errors | pgbench tps (anonymous SQL) | vs pgbench |",
        "|---|---|---:|---:|---:|---:|---:|---:|", *lines, "",
    ])
    write_only_report("uncached.md", text, started)


def editions_only(aot, started):
    """The editions' timings by a backend that has been up long enough for its PDF warm-up (20 s after the start) to
    be done, as a server in use is."""
    b = Backend("editions", DB)
    b.start(aot)
    try:
        time.sleep(EDITIONS_AFTER_START)
        timings = editions_timings(login_token())
    finally:
        b.stop()
        subprocess.run(["rm", "-rf", RUN_APP])
    text = "\n".join([
        f"Run {datetime.datetime.now().isoformat(timespec='seconds')} (BENCH_ONLY=editions): {AREAS} areas; a new edition "
        f"of {SLUG} adopted {EDITIONS_AFTER_START} s after the backend's start; java options: `{' '.join(JAVA_OPTS + aot)}`",
        "", editions_line(timings), ""])
    write_only_report("editions.md", text, started)


EDITIONS_AFTER_START = 60


def editions_line(timings):
    return (f"- editions of the benchmark area (100 measures, 400 steps), signed in: adopting {timings['adopt'] * 1000:.0f} ms; "
            + "; ".join(f"{k} first {v[0] * 1000:.0f} ms, then {v[1] * 1000:.0f} ms (median of 10)"
                        for k, v in timings.items() if k != "adopt"))


SEARCH_COMMON = "Spielplatz"  # a word of the generator's vocabulary: in about half of all records
SEARCH_RARE = "Fördergebiet 17"  # one area's name
SEARCH_MIX = 200  # the most popular lines of bench/search-words.txt
SEARCH_MIX_PGBENCH = 20  # of which pgbench runs the first ones, one drawn at random per transaction
SEARCH_DURATION = 5


def search_mix_script(words, area):
    """A wrk script that searches one of `words` at random per request (in `area`, or across all areas)."""
    scope = f"&area={area}" if area else ""
    return report_script(f"search-mix-{area or 'all'}", f"""local WORDS = {lua_value(words)}
local function enc(s) return (s:gsub("[^%w%-_.~]", function(ch) return string.format("%%%02X", ch:byte()) end)) end
function request() return wrk.format("GET", "/api/v1/search?q=" .. enc(WORDS[math.random(#WORDS)]) .. "{scope}") end
""")


def search_only(aot, started):
    """The searches with the answer cache off: a common word, a rare one and a mix of many, in one area and across all
    areas, at 1 and 32 connections, each next to pgbench of the SQL that the backend sends for it (anonymous)."""
    words = [l.strip() for l in open(os.path.join(BENCH, "search-words.txt"), encoding="utf-8")
             if l.strip() and not l.startswith("#")][:SEARCH_MIX]
    report = report_script("report")
    matches = {}
    for word in (SEARCH_COMMON, SEARCH_RARE):
        matches[word] = int(psql("-c", "SELECT " + " + ".join(
            f"(SELECT count(*) FROM {t} WHERE search_vector @@ websearch_to_tsquery('german', '{word}'))"
            for t in ("area", "action_field", "need", "measure", "action_step", "actor"))).strip())
    b = Backend("search", DB, {"ANSWER_CACHE": "false"})
    b.start(aot)
    lines = []
    try:
        for area in (SLUG, None):
            cases = [(f"'{w}' ({matches[w]:,} records match)", wrk_path(w, area), report, search_sql(w, area))
                     for w in (SEARCH_COMMON, SEARCH_RARE)]
            cases.append((f"mix of {len(words)} queries", "/api/v1/search", search_mix_script(words, area),
                          [search_sql(w.replace("'", "''"), area) for w in words[:SEARCH_MIX_PGBENCH]]))
            for name, path, script, sql in cases:
                warm(path, script)
                for c in CONNS:
                    r = wrk(path, c, script, duration=SEARCH_DURATION)
                    tps, pg_ms = pgbench(sql, c)
                    lines.append(f"| {name} | {'one area' if area else 'all areas'} | {c} | {r['rps']:,.0f} | {r['p50_ms']:.2f} "
                                 f"| {r['p99_ms']:.2f} | {r['errors']} | {tps:,.0f} | {pg_ms:.2f} |")
                    log(lines[-1])
    finally:
        b.stop()
        subprocess.run(["rm", "-rf", RUN_APP])
    text = "\n".join([
        f"Run {datetime.datetime.now().isoformat(timespec='seconds')} (BENCH_ONLY=search): {AREAS} areas, answer cache off, "
        f"wrk {SEARCH_DURATION} s and pgbench {PG_DURATION} s per case (pgbench of the mix: its first {SEARCH_MIX_PGBENCH} "
        f"queries); java options: `{' '.join(JAVA_OPTS + aot)}`",
        "",
        "| search | scope | conns | req/s | p50 ms | p99 ms | errors | pgbench tps | pgbench mean ms |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|", *lines, "",
    ])
    write_only_report("search.md", text, started)


def wrk_path(word, area):
    return "/api/v1/search?q=" + urllib.parse.quote(word) + (f"&area={area}" if area else "")


def finish(rows, trivial, rss, rss_cache_off, check, times, startup_empty, startup_full, startup_minimal, generation, counts, aot, started):

    for r in rows:
        r["vs_pgbench"] = r["rps"] / r["pgbench_tps"] if r["pgbench_tps"] else None
        r["vs_trivial"] = r["rps"] / trivial[r["conns"]]["rps"]
    machine = {"nproc": subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip(),
               "free_h": subprocess.run(["free", "-h"], capture_output=True, text=True).stdout.strip(),
               "cpu": next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?"),
               "java": subprocess.run([JAVA, "-version"], capture_output=True, text=True).stderr.splitlines()[0]}
    result = {"date": datetime.datetime.now().isoformat(timespec="seconds"), "quick": QUICK, "areas": AREAS, "actors": ACTORS,
              "duration_s": DURATION, "java_opts": " ".join(JAVA_OPTS + aot), "java": JAVA, "startups_s": times, "generation_s": generation, "reused_dataset": bool(REUSED), "counts": counts,
              "startup_empty_s": startup_empty, "startup_full_s": startup_full, "startup_minimal_app_s": startup_minimal,
              "rss_mb_after_load": rss,
              "rss_mb_after_load_cache_off": rss_cache_off, "load_average": open("/proc/loadavg").read().split()[:3],
              "checks": check, "exports": EXPORTS, "machine": machine, "rows": rows, "total_s": time.monotonic() - started}
    md = [f"Run {result['date']} ({'quick' if QUICK else 'default'}): {AREAS} areas, {ACTORS} actors "
          f"(areas|measures|steps|needs|presentations|actors = {counts}), wrk {DURATION} s per case; "
          f"machine: {machine['nproc']} cores ({machine['cpu']}), {machine['java']}, java options: `{result['java_opts'] or 'none'}`; every read served for {WARMUP} s once before the first measurement (JIT warm-up) and each case warmed up {CASE_WARMUP} s before measuring.",
          "",
          f"wrk {DURATION} s (rows with the cache off: {CACHE_OFF_DURATION} s) and pgbench {PG_DURATION} s per case; every read is answered from the answer cache after its first "
          "request unless the case says the cache is off (cache hits are validated by one query each; see docs/operations.md).",
          "",
          "| case | conns | req/s | p50 ms | p99 ms | errors | pgbench tps (same SQL) | pgbench mean ms | vs pgbench | vs trivial |",
          "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        md.append(f"| {r['case']} | {r['conns']} | {fmt(r['rps'], 0)} | {fmt(r['p50_ms'], 2)} | {fmt(r['p99_ms'], 2)} | {r['errors']} | "
                  f"{fmt(r['pgbench_tps'], 0)} | {fmt(r.get('pgbench_ms'), 1)} | {pct(r['vs_pgbench'])} | {r['vs_trivial']:.0%} |")
    md += ["",
           f"- dataset generation (bulk SQL + VACUUM ANALYZE): {generation:.1f} s" + (" (when it was generated; this run reused it)" if REUSED else ""),
           start_line(times),
           f"- resident memory (VmRSS) after the load (the cases and the realistic workload): {rss:.0f} MB, target under 300 MB "
           f"(the backend with the answer cache off, after its cases: {fmt(rss_cache_off, 0)} MB)",
           f"- load average of the machine at the end (1, 5, 15 min): {', '.join(result['load_average'])}; "
           f"load average at the start: {', '.join(LOAD_AT_START)}",
           ]
    for name, c in check.items():
        md.append(f"- {name}: ETag {c['etag']}, If-None-Match → {c['conditional_status']}; Cache-Control anonymous "
                  f"`{c['cache_control_anonymous']}`, authenticated `{c['cache_control_authenticated']}`")
    if FANOUT:
        md.append(f"- webhook fan-out: 1,000 step updates (8 clients) written in {FANOUT[0]:.1f} s; every update delivered to "
                  f"all 5 subscriptions (local receiver) "
                  + (f"{FANOUT[1]:.1f} s after the first write" if FANOUT[1] else "not within 300 s"))
    plain = next((r for r in rows if r["case"] == "PUT step (If-Match, bearer token)" and r["conns"] == CONNS[-1]), None)
    hooked = next((r for r in rows if r["case"].startswith("PUT step, 5 webhook")), None)
    if plain and hooked and plain["rps"]:
        md.append(f"- writes at {CONNS[-1]} connections with 5 webhook subscriptions delivering: {hooked['rps']:,.0f} req/s against "
                  f"{plain['rps']:,.0f} without ({hooked['rps'] / plain['rps'] - 1:+.0%})")
    if EDITIONS:
        md.append(editions_line(EDITIONS))
    if EXPORTS:
        md.append(f"- spreadsheet export of the measure list of one area holding {EXPORTS['rows']:,} measures (copies of the dataset's), "
                  f"anonymous, by a freshly started backend (peak resident memory after start and one JSON page: "
                  f"{EXPORTS['peak_mb_before']:.0f} MB): "
                  + "; ".join(f"{k.upper()} {EXPORTS[k]['seconds']:.1f} s, {EXPORTS[k]['mb']:.1f} MB, peak resident memory (VmHWM) "
                              f"{EXPORTS[k]['peak_mb']:.0f} MB" for k in ("csv", "xlsx")))
    if IMPORTS:
        result["imports"] = IMPORTS
        quiet = IMPORTS["read_quiet_median"]
        md.append(f"- measure import of {IMPORTS['rows']:,} new rows (CSV) into {IMPORT_SLUG}: "
                  + "; ".join(f"{k} {v['seconds']:.1f} s ({v['counts']}), meanwhile {v['reads']} reads of the area's overview "
                              f"(signed in): median {fmt(v['read_median'] and v['read_median'] * 1000, 0)} ms, max "
                              f"{fmt(v['read_max'] and v['read_max'] * 1000, 0)} ms, {v['read_failures']} failed"
                              for k, v in IMPORTS.items() if isinstance(v, dict))
                  + f"; the same reads before: median {quiet * 1000:.0f} ms")
    if WORKLOAD:
        result["workload"] = WORKLOAD
        md += workload_md(WORKLOAD)
    md.append(f"- whole run: {result['total_s']:.0f} s")
    md += targets_md(rows, rss, times)
    text = "\n".join(md) + "\n"
    name = "quick" if QUICK else "latest"
    with open(os.path.join(RESULTS, f"{name}.md"), "w") as f:
        f.write(text)
    with open(os.path.join(RESULTS, f"{name}.json"), "w") as f:
        json.dump(result, f, indent=2, ensure_ascii=False)
    print()
    print(text)


if __name__ == "__main__":
    main()
