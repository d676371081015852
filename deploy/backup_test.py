#!/usr/bin/env python3
"""Backup and restore as docs/operations.md describes them: `pg_dump -Fc` of a database the packaged backend has
written to (demo data, records created and changed through the API, an API token), `pg_restore` into a new
database, then every table compared row by row, and a backend started on the restored database: a browser session
from before the dump is refused, the token still
authenticates, and records and their history read the same as before. Called by `make backup-test`.
"""
import os, subprocess, sys, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from local import (ADMIN_PASSWORD, DB_HOST, DB_PASSWORD, DB_PORT, DB_USER, Backend, create_token, drop_database, fail,
                   fresh_database, log, login, request, sql, workdir)

DB = os.environ.get("BACKUP_DB", "ihk_backup")
RESTORED = DB + "_restored"
PORT = int(os.environ.get("BACKUP_PORT", 8121))
MANAGEMENT_PORT = int(os.environ.get("BACKUP_MANAGEMENT_PORT", 9121))
SLUG = "schinkel"


def log_(msg):
    log("backup", msg)


def tables(db):
    return [r[0] for r in sql(db, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")]


def fingerprint(db):
    """Per table: the number of rows and an md5 over all rows in a fixed order (every column, as text)."""
    query = " UNION ALL ".join(
        f"SELECT '{t}', count(*), md5(coalesce(string_agg(r::text, '|' ORDER BY r::text), '')) FROM {t} r"
        for t in tables(db))
    return {t: (int(count), digest) for t, count, digest in sql(db, query)}


def pg_env():
    return dict(os.environ, PGPASSWORD=DB_PASSWORD)


def main():
    work = workdir("backup")
    t0 = time.monotonic()
    fresh_database(DB)
    backend = Backend("backend", DB, PORT, MANAGEMENT_PORT, work, demo_data=True)
    try:
        backend.start()
        log_(f"backend ready in {backend.wait_ready():.1f} s")
        token, reads, session = write_and_read(backend)
    finally:
        backend.stop()

    dump = os.path.join(work, "ihk.dump")
    subprocess.run(["pg_dump", "-Fc", "-h", DB_HOST, "-p", DB_PORT, "-U", DB_USER, "-d", DB, "-f", dump],
                   env=pg_env(), check=True)
    fresh_database(RESTORED)
    subprocess.run(["pg_restore", "--exit-on-error", "--no-owner", "-h", DB_HOST, "-p", DB_PORT, "-U", DB_USER,
                    "-d", RESTORED, dump], env=pg_env(), check=True)
    log_(f"dumped ({os.path.getsize(dump) // 1024} KB) and restored into {RESTORED}")

    before, after = fingerprint(DB), fingerprint(RESTORED)
    if before != after:
        diff = {t: (before.get(t), after.get(t)) for t in set(before) | set(after) if before.get(t) != after.get(t)}
        fail(f"the restored database differs: {diff}")
    for t in ("revision", "api_token", "account", "measure", "action_step", "actor"):
        if before[t][0] == 0:
            fail(f"table {t} is empty: the test proves nothing for it")
    log_(f"{len(before)} tables, {sum(c for c, _ in before.values())} rows: identical in the restored database")

    restored = Backend("restored", RESTORED, PORT, MANAGEMENT_PORT, work, demo_data=False)
    try:
        restored.start()
        log_(f"backend on the restored database ready in {restored.wait_ready():.1f} s")
        for path, (status, body) in reads.items():
            again = request(PORT, "GET", path, headers={"Authorization": f"Bearer {token}"})
            if again.status != status or again.body != body:
                fail(f"{path} reads differently after the restore: {again.status} {again.body[:200]!r}")
        log_(f"{len(reads)} reads with the API token from before the dump answer the same after the restore")
        # A session is not a credential to keep: one issued before the restore (perhaps ended since) is refused.
        me = request(PORT, "GET", "/api/v1/auth/me", headers=session)
        if me.status != 401:
            fail(f"a session from before the restore still works: /auth/me answered {me.status}")
        log_("a browser session from before the restore is refused after it")
    finally:
        restored.stop()
    drop_database(RESTORED)
    log_(f"passed in {time.monotonic() - t0:.1f} s")


def write_and_read(backend):
    """Creates and changes records through the API (so that there is history and a token), then reads them back with
    the token: the answers the restored database must give again."""
    session = login(PORT, "admin", ADMIN_PASSWORD)
    token = create_token(PORT, session, "backup-test")
    bearer = {"Authorization": f"Bearer {token}"}
    actor = request(PORT, "POST", "/api/v1/actors", {"name": "Sicherungstest e. V.", "kind": "SOCIAL_ORGANISATION",
                                                      "municipality": "Osnabrück", "description": None,
                                                      "website": None, "email": None}, bearer)
    if actor.status != 201:
        fail(f"POST actor answered {actor.status}: {actor.body[:200]!r}")
    actor_id = actor.json()["id"]
    for i in range(3):
        current = request(PORT, "GET", f"/api/v1/actors/{actor_id}", headers=bearer)
        body = {k: current.json()[k] for k in ("name", "kind", "municipality", "website", "email")}
        body["description"] = f"Fassung {i}"
        changed = request(PORT, "PUT", f"/api/v1/actors/{actor_id}", body, dict(bearer, **{"If-Match": current.headers["etag"]}))
        if changed.status != 200:
            fail(f"PUT actor answered {changed.status}: {changed.body[:200]!r}")
    measures = request(PORT, "GET", f"/api/v1/areas/{SLUG}/measures?size=5", headers=bearer).json()["items"]
    paths = [f"/api/v1/actors/{actor_id}", f"/api/v1/actors/{actor_id}/history", f"/api/v1/areas/{SLUG}",
             f"/api/v1/areas/{SLUG}/overview", f"/api/v1/areas/{SLUG}/history", f"/api/v1/areas/{SLUG}/measures",
             "/api/v1/tokens", "/api/v1/accounts", "/api/v1/actors?size=100"]
    paths += [f"/api/v1/areas/{SLUG}/measures/{m['id']}" for m in measures]
    reads = {}
    for path in paths:
        a = request(PORT, "GET", path, headers=bearer)
        if a.status != 200:
            fail(f"GET {path} answered {a.status}: {a.body[:200]!r}")
        reads[path] = (a.status, a.body)
    history = request(PORT, "GET", f"/api/v1/actors/{actor_id}/history", headers=bearer).json()
    if len(history.get("items", history) if isinstance(history, dict) else history) < 4:
        fail(f"the actor's history has fewer than 4 entries: {history}")
    if request(PORT, "GET", "/api/v1/auth/me", headers=session).status != 200:
        fail("the admin's session does not work before the dump")
    return token, reads, session


if __name__ == "__main__":
    main()
