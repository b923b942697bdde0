# mitra: `make run` serves the demo at http://127.0.0.1:8080; `make test` runs every test.
SHELL := /bin/bash
.DEFAULT_GOAL := help

DB ?= sqlite:data/mitra.db
LISTEN ?= 127.0.0.1:8080
JOBS ?= $(shell nproc)
export CCACHE_SLOPPINESS := pch_defines,time_macros,include_file_mtime,include_file_ctime
export CCACHE_MAXSIZE := 5G
export CCACHE_BASEDIR := $(CURDIR)

CMAKE_COMMON := -G Ninja -DCMAKE_EXPORT_COMPILE_COMMANDS=ON
WEB_SOURCES := $(shell find web/src web/public -type f 2>/dev/null) web/index.html web/package.json web/package-lock.json $(wildcard web/vite.config.*) $(wildcard web/tsconfig*.json)

.PHONY: help deps deps-test build build-asan web run demo test test-unit test-api test-e2e bench bench-persons fmt lint clean

help:
	@echo "make run    install what is missing, build, load the demo data and serve http://$(LISTEN)"
	@echo "make test   unit, API (SQLite and PostgreSQL) and browser tests"
	@echo "make build  release build -> build/mitra      make bench   HTTP benchmark (bench/http.sh)"

# Debian packages (scripts/apt-packages*.txt) and npm packages, installed only when missing.
deps: .stamps/npm-root .stamps/npm-web
	@scripts/install-deps.sh scripts/apt-packages.txt

deps-test: deps
	@scripts/install-deps.sh scripts/apt-packages-test.txt

.stamps/npm-root: package.json package-lock.json
	@mkdir -p .stamps && npm ci --no-audit --no-fund --loglevel=error && touch $@

.stamps/npm-web: web/package.json web/package-lock.json
	@mkdir -p .stamps && cd web && npm ci --no-audit --no-fund --loglevel=error && cd .. && touch $@

build: deps
	@cmake -S . -B build $(CMAKE_COMMON) -DCMAKE_BUILD_TYPE=Release -DMITRA_TESTS=OFF >/dev/null
	@cmake --build build -j $(JOBS)

build-asan: deps
	@cmake -S . -B build-asan $(CMAKE_COMMON) -DCMAKE_BUILD_TYPE=Debug -DMITRA_SANITIZE=ON -DMITRA_WERROR=$(if $(CI),ON,OFF) >/dev/null
	@cmake --build build-asan -j $(JOBS)

# The web bundle is rebuilt only when its sources change.
web: web/dist/index.html
web/dist/index.html: .stamps/npm-web $(WEB_SOURCES)
	@cd web && npm run --silent build
	@touch $@

run: build web
	@./build/mitra migrate --db $(DB)
	@./build/mitra regions import --if-empty --db $(DB)
	@./build/mitra demo --db $(DB) --credentials data/demo-credentials.txt
	@echo
	@echo "  mitra is starting at http://$(LISTEN)"
	@echo "  Demo logins (username password role organisation), from data/demo-credentials.txt:"
	@grep -v '^#' data/demo-credentials.txt | sed 's/^/    /'
	@echo
	@./build/mitra serve --db $(DB) --listen $(LISTEN) --web web/dist

test: deps-test build-asan web
	@scripts/test.sh

bench: deps-test build
	@bench/http.sh

# 1M synthetic persons (cached under build/bench/), search and person-page latency, list throughput.
bench-persons: deps-test build
	@SKIP_BUILD=1 bench/persons.sh

# The yearly PMKS table over 1M persons and 3M cases (cached under build/bench/), median times.
bench-statistics: deps build
	@SKIP_BUILD=1 bench/statistics.sh

fmt:
	@find src -name '*.cpp' -o -name '*.hpp' | xargs clang-format -i
	@cd web && npx prettier --write src >/dev/null

clean:
	rm -rf build build-asan web/dist .stamps
