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

export DB_URL ?= jdbc:postgresql://$(DB_HOST):$(DB_PORT)/$(DB_NAME)
export DB_USER DB_PASSWORD PORT
export TEST_DB_URL ?= jdbc:postgresql://$(DB_HOST):$(DB_PORT)/$(TEST_DB)

JAR := backend/target/quarkus-app/quarkus-run.jar

.PHONY: help run test build db test-db postgres backend-test clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

run: build db ## build and start the application with demo data at http://localhost:$(PORT)
	java -jar $(JAR)

test: test-db backend-test ## run every test (backend against a fresh test database)

build: ## package the backend
	cd backend && $(MVN) package -DskipTests

backend-test: test-db
	cd backend && $(MVN) verify

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

clean: ## remove build output
	cd backend && $(MVN) clean
