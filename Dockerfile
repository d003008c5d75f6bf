# Quote attribution service: gunicorn serving service:create_app() on python:3.12-slim.
#
#   docker build -t quote-service .
#   docker run -d -p 8000:8000 -v quotes-data:/data quote-service
#
# Offline build: put wheels for every dependency (and setuptools and cython, for building this
# package) in a directory of the build context and pass --build-arg WHEELHOUSE=<that
# directory>; pip then installs with --no-index from there. Without the argument pip uses the
# index. The compiler comes from Debian's mirror (--build-arg COMPILE=false: no compiler).

FROM python:3.12-slim AS build

ARG WHEELHOUSE=
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore

# A C compiler for the pipeline modules setup.py compiles with Cython (extraction about a
# sixth faster; the final stage copies only the venv, not the compiler). COMPILE=false skips
# it and builds the plain Python pipeline, for a build with no Debian mirror at hand.
ARG COMPILE=true
# hadolint ignore=DL3008
RUN if [ "$COMPILE" = "true" ]; then \
        apt-get update \
        && apt-get install -y --no-install-recommends gcc libc6-dev \
        && rm -rf /var/lib/apt/lists/*; \
    fi

RUN python -m venv /opt/venv

WORKDIR /src
COPY pyproject.toml setup.py README.md ./
COPY schemas ./schemas
COPY service ./service

# The wheelhouse is bind-mounted from the context, so it never lands in a layer.
RUN --mount=type=cache,target=/root/.cache/pip \
    --mount=type=bind,source=.,target=/context \
    /opt/venv/bin/pip install ${WHEELHOUSE:+--no-index --find-links "/context/${WHEELHOUSE}"} ".[server]"


FROM python:3.12-slim

LABEL org.opencontainers.image.title="quote-service" \
      org.opencontainers.image.description="Find, attribute and serve direct quotes in news articles"

# The database lives on the volume; the seeds ship in the image and are loaded into an empty
# database at start (QUOTES_SEED_ON_EMPTY=false turns that off). WEB_CONCURRENCY is gunicorn's
# worker count.
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PORT=8000 \
    WEB_CONCURRENCY=2 \
    QUOTES_DATABASE=/data/quotes.db \
    QUOTES_SEEDS_DIR=/app/seeds \
    QUOTES_SEED_ON_EMPTY=true

# A fixed uid/gid, so volume ownership is predictable; /data is created owned by it before the
# VOLUME line, which makes a fresh named volume start out writable by the service.
RUN groupadd --system --gid 10001 quotes \
    && useradd --system --uid 10001 --gid quotes --home-dir /app --no-create-home \
       --shell /usr/sbin/nologin quotes \
    && mkdir -p /data /app \
    && chown quotes:quotes /data

COPY --from=build /opt/venv /opt/venv
COPY seeds /app/seeds

WORKDIR /app
USER 10001:10001
VOLUME ["/data"]
EXPOSE 8000

# slim has no curl; urlopen raises (exit 1) on a refused connection or a non-2xx answer.
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '8000'), timeout=4)"]

# exec: gunicorn becomes PID 1 and gets docker stop's SIGTERM for a graceful shutdown. No
# --access-logfile: the app already logs each request as one line on stdout.
CMD ["sh", "-c", "exec gunicorn --bind \"0.0.0.0:${PORT:-8000}\" --worker-tmp-dir /dev/shm 'service:create_app()'"]
