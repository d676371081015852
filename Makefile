# The front door: `make run` starts the application with demo data at http://localhost:8080,
# `make test` runs every test against a fresh PostgreSQL test database.

SHELL := /bin/bash
.DEFAULT_GOAL := help

DB_HOST     ?= 127.0.0.1
DB_PORT     ?= 5432
DB_NAME     ?= ihk
DB_USER     ?= ihk
DB_PASSWORD ?= ihk
TEST_DB     ?= ihk_test
PORT        ?= 8080
MVN         ?= mvn -B -q
PSQL_ADMIN  := su postgres -c
E2E_DB      ?= ihk_e2e
E2E_PORT    ?= 8099
CLUSTER_DB  ?= ihk_cluster
BACKUP_DB   ?= ihk_backup
# The management port (health, metrics) of the backend that e2e-run starts.
E2E_MANAGEMENT_PORT ?= 9099
# The port of the "city's web site" that the embed test serves and the backend of e2e-run lets frame the embeds.
E2E_HOST_PORT ?= 8098
NPM         ?= npm
CHROMIUM    ?= /usr/bin/chromium
# Single sign-on test: Keycloak (its server distribution from Maven Central, run with a JDK of 21 or later) with the
# realm deploy/keycloak/ihk-realm.json, and the packaged backend with its own database and port.
KEYCLOAK_VERSION ?= 26.5.6
KEYCLOAK_PORT    ?= 8180
KEYCLOAK_JAVA    ?= /usr/lib/jvm/temurin-25-jdk-amd64
# Kept outside the clone, so that a fresh clone on the same machine (as CI makes) does not unpack and build it again.
KEYCLOAK_CACHE   ?= $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/ihk-keycloak
KEYCLOAK_HOME    := $(KEYCLOAK_CACHE)/keycloak-$(KEYCLOAK_VERSION)
SSO_DB           ?= ihk_sso
SSO_PORT         ?= 8111
SSO_MANAGEMENT_PORT ?= 9111
SSO_SECRET       := ihk-test-client-secret
# Lighthouse on the area page: the packaged backend with demo data on its own port and database.
LIGHTHOUSE_DB    ?= ihk_lighthouse
LIGHTHOUSE_PORT  ?= 8096
LIGHTHOUSE_MANAGEMENT_PORT ?= 9096

export DB_URL ?= jdbc:postgresql://$(DB_HOST):$(DB_PORT)/$(DB_NAME)
export DB_USER DB_PASSWORD PORT
export TEST_DB_URL ?= jdbc:postgresql://$(DB_HOST):$(DB_PORT)/$(TEST_DB)

JAR := backend/target/quarkus-app/quarkus-run.jar
# Memory of the backend process (docs/operations.md#memory): a 192 MB heap (live data about 40 MB plus the answer
# cache's 32 MB, the rest keeps the collector quiet under load) with the serial collector (two cores: nothing to gain
# from G1's bookkeeping), half-size thread stacks (a worker per request in flight), upper bounds for classes and
# compiled code, and two malloc arenas. After the benchmark's workload of 64 connections the process holds about
# 420 MB resident (Java 25 with its AOT cache, 116 MB of it the cache), after the whole benchmark 545 MB;
# plan 640 MB per instance.
# The same options are in backend/Dockerfile (JDK_JAVA_OPTIONS) and used by the benchmark.
export JAVA_OPTS ?= -Xmx192m -Xss512k -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=96m
export MALLOC_ARENA_MAX ?= 2

.PHONY: bench bench-quick wrk help run test build db test-db postgres backend-test backend-verify frontend-deps frontend-build frontend-test e2e e2e-run e2e-db chromium bundle-size clean nginx cluster-test backup-test keycloak sso-test smtp-sink lighthouse

help: ## list the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

# For a local trial only: demo data with its demo accounts (passwords in the README), and cookies over plain HTTP.
run: build db ## build and start the application with demo data at http://localhost:$(PORT)
	@echo "make run: DEMO_DATA=true (demo data and demo accounts) and SECURE_COOKIES=false (plain http://localhost)."
	@echo "          A production start has neither: see docs/operations.md."
	DEMO_DATA=true SECURE_COOKIES=false java $(JAVA_OPTS) -jar $(JAR)

# Two chains side by side, which took 26 minutes one after the other on a two-core machine (each waits much of its
# time on a browser, a server's start or a timer): the backend's tests, then single sign-on, cluster and backup; and
# the web app's checks, then the end-to-end tests against a copy of the packaged backend (mvn verify packages it anew
# meanwhile). The first chain's output is printed when both are done.
TEST_APP := backend/target/e2e-app
test: test-db build smtp-sink chromium nginx keycloak frontend-deps ## run every test: backend, frontend (contract check, types, lint, Vitest), end-to-end, single sign-on with Keycloak, cluster, backup
	@rm -rf $(TEST_APP) && cp -r $(dir $(JAR)) $(TEST_APP)
	@log=backend/target/backend-chain.log; \
	( $(MAKE) --no-print-directory backend-verify sso-test cluster-test backup-test > $$log 2>&1 ) & chain=$$!; \
	$(MAKE) --no-print-directory frontend-test e2e-run E2E_JAR=$(TEST_APP)/quarkus-run.jar; web=$$?; \
	wait $$chain; backend=$$?; \
	echo "==== backend tests, single sign-on, cluster and backup (run beside the web app's tests) ===="; cat $$log; \
	echo "==== web app checks and end-to-end tests: $$( [ $$web = 0 ] && echo passed || echo FAILED ); backend tests, single sign-on, cluster and backup: $$( [ $$backend = 0 ] && echo passed || echo FAILED ) ===="; \
	[ $$web = 0 ] && [ $$backend = 0 ]

build: frontend-build ## build the web app and package the backend (which serves it)
	cd backend && $(MVN) package -DskipTests

# `mvn verify` also packages the jar that e2e-run starts.
backend-test: test-db frontend-build smtp-sink backend-verify

backend-verify:
	cd backend && mvn -B --no-transfer-progress verify

smtp-sink: ## install Debian's python3-aiosmtpd (the SMTP server the reminder mail tests start) if it is missing
	@/usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y python3-aiosmtpd; }

frontend-deps: frontend/node_modules/.package-lock.json ## install the web app's npm packages (npm ci)

frontend/node_modules/.package-lock.json: frontend/package.json frontend/package-lock.json
	@command -v $(NPM) >/dev/null || { echo "Node.js and npm are missing: apt-get install nodejs npm"; exit 1; }
	cd frontend && $(NPM) ci --no-audit --no-fund
	@touch $@

frontend-build: frontend-deps ## build the web app into frontend/dist
	cd frontend && $(NPM) run build

frontend-test: frontend-deps ## web app: generated API types up to date, typecheck, ESLint, Vitest
	cd frontend && $(NPM) run check:api && $(NPM) run typecheck && $(NPM) run lint && $(NPM) test

chromium: ## install Debian's Chromium (and jq, which the README's change-feed script uses) for the end-to-end tests if missing
	@test -x $(CHROMIUM) || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; }
	@command -v jq >/dev/null || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y jq; }

e2e: build e2e-run ## build, then run the end-to-end tests against the packaged backend

e2e-db: postgres
	@$(MAKE) --no-print-directory db DB_NAME=$(E2E_DB) >/dev/null
	@$(PSQL_ADMIN) "psql -qc 'DROP DATABASE IF EXISTS $(E2E_DB) WITH (FORCE)'"
	@$(PSQL_ADMIN) "psql -qc 'CREATE DATABASE $(E2E_DB) OWNER $(DB_USER)'"

# The operator details of the end-to-end tests' installation (imprint, accessibility statement).
E2E_SITE := SITE_OPERATOR='Stadt Osnabrück' SITE_ADDRESS='Fachbereich Städtebau; Postfach 4460; 49034 Osnabrück' \
  SITE_EMAIL=ihk@osnabrueck.example SITE_ACCESSIBILITY_EMAIL=barrierefreiheit@osnabrueck.example

# Starts the packaged backend on $(E2E_PORT) (management port $(E2E_MANAGEMENT_PORT)) with a fresh database and the
# demo data, waits until it is ready,
# runs the browser tests, and stops the backend whatever the tests do.
E2E_JAR ?= $(JAR)
e2e-run: chromium frontend-deps e2e-db
	@test -f $(E2E_JAR) || { echo "$(E2E_JAR) is missing: run make build first"; exit 1; }
	@mkdir -p frontend/test-results
	@DB_URL=jdbc:postgresql://$(DB_HOST):$(DB_PORT)/$(E2E_DB) PORT=$(E2E_PORT) MANAGEMENT_PORT=$(E2E_MANAGEMENT_PORT) \
	  DEMO_DATA=true SECURE_COOKIES=false OUTBOUND_ALLOW_LOCAL=true $(E2E_SITE) \
	  FRAME_ANCESTORS="'self' http://127.0.0.1:$(E2E_HOST_PORT)" PDF_WARM_UP_AFTER=0s \
	  java $(JAVA_OPTS) -jar $(E2E_JAR) > frontend/test-results/backend.log 2>&1 & pid=$$!; \
	trap 'kill $$pid 2>/dev/null; wait $$pid 2>/dev/null' EXIT; \
	for i in $$(seq 1 120); do \
	  curl -fs http://127.0.0.1:$(E2E_MANAGEMENT_PORT)/q/health/ready >/dev/null && break; \
	  kill -0 $$pid 2>/dev/null || { echo "The backend did not start:"; tail -30 frontend/test-results/backend.log; exit 1; }; \
	  sleep 1; \
	done; \
	curl -fs http://127.0.0.1:$(E2E_MANAGEMENT_PORT)/q/health/ready >/dev/null || { echo "The backend was not ready in time"; exit 1; }; \
	cd frontend && BASE_URL=http://127.0.0.1:$(E2E_PORT) EMBED_HOST_PORT=$(E2E_HOST_PORT) CHROMIUM=$(CHROMIUM) $(NPM) run test:e2e

# Not part of `make test`: the scores depend on the machine. Starts the packaged backend with the demo data on
# $(LIGHTHOUSE_PORT), runs frontend/scripts/lighthouse.mjs (mobile, median of LIGHTHOUSE_RUNS runs) on the area page, and
# stops the backend; fails when accessibility is below 100 or performance below 90.
lighthouse: chromium frontend-deps ## Lighthouse (mobile) on the area page of the packaged backend: accessibility 100, performance at least 90
	@test -f $(JAR) || { echo "$(JAR) is missing: run make build first"; exit 1; }
	@$(MAKE) --no-print-directory e2e-db E2E_DB=$(LIGHTHOUSE_DB)
	@mkdir -p frontend/test-results
	@DB_URL=jdbc:postgresql://$(DB_HOST):$(DB_PORT)/$(LIGHTHOUSE_DB) PORT=$(LIGHTHOUSE_PORT) MANAGEMENT_PORT=$(LIGHTHOUSE_MANAGEMENT_PORT) \
	  DEMO_DATA=true SECURE_COOKIES=false $(E2E_SITE) \
	  java $(JAVA_OPTS) -jar $(JAR) > frontend/test-results/lighthouse-backend.log 2>&1 & pid=$$!; \
	trap 'kill $$pid 2>/dev/null; wait $$pid 2>/dev/null' EXIT; \
	for i in $$(seq 1 120); do \
	  curl -fs http://127.0.0.1:$(LIGHTHOUSE_MANAGEMENT_PORT)/q/health/ready >/dev/null && break; \
	  kill -0 $$pid 2>/dev/null || { echo "The backend did not start:"; tail -30 frontend/test-results/lighthouse-backend.log; exit 1; }; \
	  sleep 1; \
	done; \
	curl -fs http://127.0.0.1:$(LIGHTHOUSE_MANAGEMENT_PORT)/q/health/ready >/dev/null || { echo "The backend was not ready in time"; exit 1; }; \
	cd frontend && BASE_URL=http://127.0.0.1:$(LIGHTHOUSE_PORT) CHROME_PATH=$(CHROMIUM) node scripts/lighthouse.mjs

nginx: ## install Debian's nginx for the cluster test if it is missing
	@command -v nginx >/dev/null || test -x /usr/sbin/nginx || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y nginx; }

# Two packaged backends (ports 8121/8122, management 9121/9122) behind nginx (8120, deploy/nginx/ihk.conf.template)
# on one fresh database; one backend is killed under load and restarted (deploy/cluster_test.py, about 1.5 minutes).
cluster-test: nginx smtp-sink ## the scaled-out deployment under load, one backend killed and restarted, one reminder digest (run make build first)
	@$(MAKE) --no-print-directory db DB_NAME=$(CLUSTER_DB) >/dev/null
	CLUSTER_DB=$(CLUSTER_DB) python3 deploy/cluster_test.py

# pg_dump -Fc of a database the backend wrote to, pg_restore into a new one, compared table by table, and a backend
# on the restored database (deploy/backup_test.py).
backup-test: postgres ## backup and restore: every record, history and API token intact (run make build first)
	@$(MAKE) --no-print-directory db DB_NAME=$(BACKUP_DB) >/dev/null
	BACKUP_DB=$(BACKUP_DB) python3 deploy/backup_test.py

keycloak: $(KEYCLOAK_HOME)/.built ## download Keycloak (Maven Central) into ~/.cache/ihk-keycloak and build it for quick starts

$(KEYCLOAK_HOME)/.built:
	@test -x $(KEYCLOAK_JAVA)/bin/java || { echo "Keycloak needs a JDK 21 or later at $(KEYCLOAK_JAVA) (set KEYCLOAK_JAVA)"; exit 1; }
	@mkdir -p $(KEYCLOAK_CACHE)
	$(MVN) org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
	  -Dartifact=org.keycloak:keycloak-quarkus-dist:$(KEYCLOAK_VERSION):zip -DoutputDirectory=$(KEYCLOAK_CACHE)
	JAVA_HOME=$(KEYCLOAK_JAVA) $(KEYCLOAK_HOME)/bin/kc.sh build --db=dev-file > $(KEYCLOAK_CACHE)/build.log 2>&1 \
	  || { tail -20 $(KEYCLOAK_CACHE)/build.log; exit 1; }
	@touch $@

# Starts Keycloak with a fresh copy of the test realm and the packaged backend (single sign-on pointed at it) side by
# side, waits for both, runs the single sign-on browser test, and stops both whatever happens.
sso-test: keycloak chromium frontend-deps
	@test -f $(JAR) || { echo "$(JAR) is missing: run make build first"; exit 1; }
	@$(MAKE) --no-print-directory e2e-db E2E_DB=$(SSO_DB)
	@mkdir -p frontend/test-results
	@rm -rf $(KEYCLOAK_HOME)/data && mkdir -p $(KEYCLOAK_HOME)/data/import && cp deploy/keycloak/ihk-realm.json $(KEYCLOAK_HOME)/data/import/
	@start=$$(date +%s); \
	IHK_APP_URL=http://127.0.0.1:$(SSO_PORT) IHK_CLIENT_SECRET=$(SSO_SECRET) JAVA_HOME=$(KEYCLOAK_JAVA) \
	  $(KEYCLOAK_HOME)/bin/kc.sh start --optimized --http-enabled=true --http-host=127.0.0.1 --http-port=$(KEYCLOAK_PORT) \
	  --http-management-port=$$(( $(KEYCLOAK_PORT) + 1000 )) \
	  --hostname-strict=false --import-realm > frontend/test-results/keycloak.log 2>&1 & kc=$$!; \
	DB_URL=jdbc:postgresql://$(DB_HOST):$(DB_PORT)/$(SSO_DB) PORT=$(SSO_PORT) MANAGEMENT_PORT=$(SSO_MANAGEMENT_PORT) DEMO_DATA=true SECURE_COOKIES=false \
	  ADMIN_PASSWORD=test-admin-password OIDC_ISSUER=http://127.0.0.1:$(KEYCLOAK_PORT)/realms/ihk OIDC_CLIENT_ID=ihk \
	  OIDC_CLIENT_SECRET=$(SSO_SECRET) PDF_WARM_UP_AFTER=0s java $(JAVA_OPTS) -jar $(JAR) > frontend/test-results/backend-sso.log 2>&1 & be=$$!; \
	trap 'kill $$be $$kc 2>/dev/null; wait $$be $$kc 2>/dev/null' EXIT; \
	for i in $$(seq 1 240); do \
	  curl -fs http://127.0.0.1:$(KEYCLOAK_PORT)/realms/ihk/.well-known/openid-configuration >/dev/null \
	    && curl -fs http://127.0.0.1:$(SSO_MANAGEMENT_PORT)/q/health/ready >/dev/null && break; \
	  kill -0 $$kc 2>/dev/null || { echo "Keycloak did not start:"; tail -30 frontend/test-results/keycloak.log; exit 1; }; \
	  kill -0 $$be 2>/dev/null || { echo "The backend did not start:"; tail -30 frontend/test-results/backend-sso.log; exit 1; }; \
	  sleep 1; \
	done; \
	curl -fs http://127.0.0.1:$(KEYCLOAK_PORT)/realms/ihk/.well-known/openid-configuration >/dev/null || { echo "Keycloak was not ready in time"; exit 1; }; \
	echo "Keycloak and the backend were ready after $$(( $$(date +%s) - start )) s"; \
	cd frontend && BASE_URL=http://127.0.0.1:$(SSO_PORT) KEYCLOAK_URL=http://127.0.0.1:$(KEYCLOAK_PORT) CHROMIUM=$(CHROMIUM) \
	  $(NPM) run test:e2e:sso

bundle-size: frontend-build ## gzipped initial JavaScript of the start page (budget 150 KB)
	cd frontend && $(NPM) run size

postgres: ## start the local PostgreSQL server if it is not running
	@command -v pg_isready >/dev/null || { echo "PostgreSQL client tools are missing: apt-get install postgresql"; exit 1; }
	@pg_isready -q -h $(DB_HOST) -p $(DB_PORT) || pg_ctlcluster --skip-systemctl-redirect $$(ls /etc/postgresql) main start
	@for i in $$(seq 1 30); do pg_isready -q -h $(DB_HOST) -p $(DB_PORT) && exit 0; sleep 1; done; echo "PostgreSQL did not start"; exit 1

db: postgres ## create the application's role and database if missing
	@$(PSQL_ADMIN) "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname = '$(DB_USER)'\"" | grep -q 1 \
	  || $(PSQL_ADMIN) "psql -qc \"CREATE ROLE $(DB_USER) LOGIN PASSWORD '$(DB_PASSWORD)'\""
	@$(PSQL_ADMIN) "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname = '$(DB_NAME)'\"" | grep -q 1 \
	  || $(PSQL_ADMIN) "psql -qc \"CREATE DATABASE $(DB_NAME) OWNER $(DB_USER)\""

test-db: postgres ## drop and create the test database
	@$(MAKE) --no-print-directory db DB_NAME=$(TEST_DB) >/dev/null
	@$(PSQL_ADMIN) "psql -qc 'DROP DATABASE IF EXISTS $(TEST_DB) WITH (FORCE)'" 
	@$(PSQL_ADMIN) "psql -qc 'CREATE DATABASE $(TEST_DB) OWNER $(DB_USER)'"

BENCH_DB ?= ihk_bench
# The Java 25 JDK's AOT cache is used when present (see bench/bench.py); otherwise the default java.
bench: build wrk ## benchmark on a generated dataset of 1,000 areas (about 10 minutes; BENCH_QUICK=1 for a 1-minute smoke run)
	@$(MAKE) --no-print-directory db DB_NAME=$(BENCH_DB) >/dev/null
	BENCH_QUICK=$(BENCH_QUICK) BENCH_DB=$(BENCH_DB) python3 bench/bench.py

bench-quick: ## the benchmark's 1-minute smoke run on a small dataset
	@$(MAKE) --no-print-directory bench BENCH_QUICK=1

wrk: ## install the load generator wrk if it is missing
	@command -v wrk >/dev/null || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y wrk; }

clean: ## remove build output
	cd backend && $(MVN) clean
	rm -rf frontend/dist frontend/test-results
