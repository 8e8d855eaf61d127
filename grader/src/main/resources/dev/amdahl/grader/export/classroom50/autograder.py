#!/usr/bin/env python3
"""Amdahl's autograder for Classroom 50. Written by `amdahl export-classroom50`: export again, do not edit.

Classroom 50's runner starts this file once per submission, in the student's checkout, with the rest of the
bundle beside it. It grades the checkout's code with the instructor's tests (course/ here) in Amdahl's sandbox
(Docker, no network), then writes ./result.json (Classroom 50's schema v1) and ./release-body.md (the feedback
the submission's Release shows).

Exit code 0: graded, whatever the score. Anything else: it could not grade (no Java 21, no Docker, the grader
could not be downloaded or is not the one exported, an exercise could not be graded through no fault of the
student). Classroom 50 then records an error for the submission instead of a score that may be wrong.
"""

import datetime
import hashlib
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.request

HERE = pathlib.Path(__file__).resolve().parent
CONFIG = json.loads((HERE / "amdahl-classroom50.json").read_text(encoding="utf-8"))
# GitHub refuses a release body over 125,000 characters, and the whole grade job fails with it.
RELEASE_BODY_LIMIT = 100_000
DOWNLOAD_LIMIT = 512 * 1024 * 1024


def fail(message):
    print("amdahl autograder: " + message, file=sys.stderr)
    sys.exit(1)


def java():
    """A java of version 21 or later: JAVA_HOME's (setup-java sets it), else the one on the PATH."""
    home = os.environ.get("JAVA_HOME", "")
    candidate = str(pathlib.Path(home) / "bin" / "java") if home else shutil.which("java")
    if not candidate or not os.access(candidate, os.X_OK):
        fail("no java found: the assignment's runtime must give Java 21 or later (runtime.json: {\"java\": \"21\"}).")
    probe = subprocess.run([candidate, "-XshowSettings:properties", "-version"], capture_output=True, text=True)
    found = re.search(r"java\.specification\.version = (\d+)", probe.stderr)
    if not found or int(found.group(1)) < 21:
        fail(f"{candidate} is not Java 21 or later: the assignment's runtime must give Java 21 "
             "(runtime.json: {\"java\": \"21\"}).")
    return candidate


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def grader():
    """The grader's jar: downloaded from where the instructor put it, and used only if it is the one exported."""
    want = CONFIG["grader"]["sha256"]
    cache = pathlib.Path(os.environ.get("RUNNER_TEMP") or tempfile.gettempdir()) / f"amdahl-{want}.jar"
    if cache.is_file() and sha256(cache) == want:
        return cache
    url = CONFIG["grader"]["url"]
    partial = cache.with_suffix(".partial")
    try:
        with urllib.request.urlopen(url, timeout=60) as response, open(partial, "wb") as out:
            copied = 0
            for block in iter(lambda: response.read(1 << 20), b""):
                copied += len(block)
                if copied > DOWNLOAD_LIMIT:
                    fail(f"{url} is larger than {DOWNLOAD_LIMIT} bytes: not the grader.")
                out.write(block)
    except OSError as error:
        fail(f"cannot download the grader from {url}: {error}")
    got = sha256(partial)
    if got != want:
        partial.unlink()
        fail(f"the file at {url} is not the grader that was exported (SHA-256 {got}, expected {want}): "
             "publish the amdahl.jar of the same export there, or export again.")
    partial.replace(cache)
    return cache


def identity():
    """What Classroom 50 wants to know of the submission: given to this script by its runner."""
    env = os.environ
    missing = [name for name in ("CLASSROOM", "ASSIGNMENT", "SUBMISSION_TAG", "COMMIT_URL", "RELEASE_URL")
               if not env.get(name)]
    if missing:
        fail("not started by Classroom 50's runner: " + ", ".join(missing) + " not set.")
    return {
        "classroom": env["CLASSROOM"],
        "assignment": env["ASSIGNMENT"],
        "submission": env["SUBMISSION_TAG"],
        "commit": env["COMMIT_URL"],
        "release": env["RELEASE_URL"],
        "review": env.get("REVIEW_URL") or env["COMMIT_URL"],
        # the runner writes the submission's own time over this
        "datetime": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


def release_body(feedback, scores):
    """The feedback, with a word on rounding when Classroom 50's whole points are not the exact ones."""
    body = feedback
    if abs(scores["amdahl-score"] - scores["score"]) > 1e-9 \
            or abs(scores["amdahl-max-score"] - scores["max-score"]) > 1e-9:
        body = (f"**Classroom 50 records {scores['score']} / {scores['max-score']}**: exactly "
                f"{scores['amdahl-score']:g} / {scores['amdahl-max-score']:g}. " + scores["amdahl-rounding"]
                + "\n\n" + body)
    if len(body) > RELEASE_BODY_LIMIT:
        note = "\n\n… (cut: the whole feedback is in this run's log)\n"
        body = body[:RELEASE_BODY_LIMIT - len(note)] + note
    return body


def main():
    checkout = pathlib.Path.cwd()
    for stale in ("result.json", "release-body.md"):
        (checkout / stale).unlink(missing_ok=True)
    who = identity()
    out = pathlib.Path(tempfile.mkdtemp(prefix="amdahl-results-", dir=os.environ.get("RUNNER_TEMP") or None))
    command = [java(), "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-jar", str(grader()), "grade",
               str(checkout), "--course", str(HERE / "course"), "--sandbox", CONFIG["sandbox"],
               "--format", "classroom50,markdown", "--out", str(out)]
    if os.environ.get("USERNAME"):
        command += ["--student", os.environ["USERNAME"]]
    command += CONFIG["grade"]
    print("amdahl autograder: " + " ".join(command), flush=True)
    status = subprocess.run(command).returncode
    if status != 0:
        fail(f"amdahl grade ended with exit code {status}: the submission was not graded (see above); "
             "no score is recorded rather than a wrong one.")
    scores_file = out / "classroom50.json"
    if not scores_file.is_file():
        fail("amdahl grade wrote no classroom50.json: the grade is not complete (see above).")
    scores = json.loads(scores_file.read_text(encoding="utf-8"))
    result = {"schema": scores["schema"], **who,
              **{key: value for key, value in scores.items() if key != "schema"}}
    (checkout / "result.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    feedback = (out / "feedback.md").read_text(encoding="utf-8")
    print(feedback, flush=True)
    (checkout / "release-body.md").write_text(release_body(feedback, scores), encoding="utf-8")
    print(f"amdahl autograder: {scores['score']} / {scores['max-score']} points", flush=True)


if __name__ == "__main__":
    main()
