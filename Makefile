# Every target bootstraps its own virtual environment: a fresh machine needs only Python 3.11+.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000
GOLD   ?= ../shared/eval/polnear_dev.jsonl

.PHONY: serve test eval eval-verify bench bench-verify clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# One stamp per set of extras, so a change of pyproject.toml, setup.py or a pipeline module
# (or its .pxd)
# reinstalls: setup.py recompiles the compiled modules that changed (a stale build would not
# run anyway: service/pipeline/_native.py loads its source instead, slower).
$(VENV)/.installed-%: pyproject.toml setup.py $(wildcard service/pipeline/*.py service/pipeline/*.pxd) | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[$(subst +,$(comma),$*)]'
	touch $@

comma := ,

# No --access-logfile: the app itself logs one line per request.
serve: $(VENV)/.installed-server
	$(BIN)/gunicorn --bind $(HOST):$(PORT) --workers 2 'service:create_app()'

test: $(VENV)/.installed-server+test
	$(BIN)/python -m pytest $(PYTEST_ARGS)

eval: $(VENV)/.installed-server
	$(BIN)/python bench/evaluate.py --gold $(GOLD) $(EVAL_ARGS)
	$(BIN)/python bench/failures.py --gold $(GOLD)

eval-verify: $(VENV)/.installed-server
	$(BIN)/python bench/verify_accuracy.py --gold $(GOLD)

bench: $(VENV)/.installed-bench
	$(BIN)/python bench/throughput.py --gold $(GOLD) $(BENCH_ARGS)

bench-verify: $(VENV)/.installed-server
	$(BIN)/python bench/verify_latency.py

clean:
	rm -rf $(VENV) build *.egg-info service/pipeline/*.c service/pipeline/*.so \
	       service/pipeline/_built.py
