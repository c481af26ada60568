"""`judge init-ci`: the GitHub Actions workflow that grades a repository of solutions.

It installs the judge, restores the runner image from the Actions cache (keyed by the
image's own name, which changes with the harness) or builds it from the Dockerfile and
saves it, grades with a job summary, annotations and a JUnit report, and uploads the
reports even when grading failed.
"""

from __future__ import annotations

WORKFLOW = """\
# Written by `judge init-ci`: grades every solution in this repository on each push.
name: judge
on:
  push:
  pull_request:
  workflow_dispatch:
permissions:
  contents: read
jobs:
  grade:
    runs-on: ubuntu-latest
    timeout-minutes: 60
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "{python}"
      - name: Install the judge
        run: python -m pip install {install}
      - name: Name the runner image
        id: image
        run: echo "name=$(judge sandbox image)" >> "$GITHUB_OUTPUT"
      - name: Restore the runner image
        id: cache
        uses: actions/cache@v4
        with:
          path: ~/.cache/coding-judge-image.tar
          key: judge-image-${{{{ runner.os }}}}-${{{{ steps.image.outputs.name }}}}
      - name: Load or build the runner image
        env:
          IMAGE: ${{{{ steps.image.outputs.name }}}}
          HIT: ${{{{ steps.cache.outputs.cache-hit }}}}
        run: |
          if [ "$HIT" = "true" ]; then
            docker load --input ~/.cache/coding-judge-image.tar
          else
            judge sandbox build --from-dockerfile
            mkdir -p ~/.cache
            docker save "$IMAGE" --output ~/.cache/coding-judge-image.tar
          fi
      - name: Grade
        run: >-
          judge grade . --format text --format github
          --output junit=judge-junit.xml --output json=judge-grade.json{min_score}
      - name: Upload the reports
        if: ${{{{ always() }}}}
        uses: actions/upload-artifact@v4
        with:
          name: judge-reports
          path: |
            judge-junit.xml
            judge-grade.json
"""


def github_workflow(install: str, python: str = "3.11", min_score: float | None = None) -> str:
    """The workflow's text; `install` is what pip installs (a name, a URL, a path)."""
    quoted = "'" + install.replace("'", "'\"'\"'") + "'"
    score = "" if min_score is None else f" --min-score {min_score:g}"
    return WORKFLOW.format(install=quoted, python=python, min_score=score)
