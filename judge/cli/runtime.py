"""What commands need from outside, carried by click's context object (`ctx.obj`).

`judge` builds a default `Runtime` (the Docker sandbox, settings from the environment);
a `judge serve` worker passes one that takes over the container the server started;
tests pass one with a fake sandbox. Nothing is read from a global or swapped on a module.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..judging.policy import DEFAULT, Policy
from ..settings import Settings

if TYPE_CHECKING:
    from ..judging.context import Context
    from ..sandbox import Sandbox
    from ..sandbox.attach import Started

Log = Callable[[str], None]
SandboxOpener = Callable[[Log], "Sandbox"]


def open_docker_sandbox(log: Log, warm: Started | None = None) -> Any:
    """Connect to the engine (ping), make sure the runner image exists, and sweep leftover
    containers, once; with warm, take over that container (a server's worker: the server
    swept when it started). SandboxUnavailable when there is no engine or image."""
    from ..sandbox.docker_image import ensure_runner
    from ..sandbox.docker_sandbox import DockerSandbox, connect

    client = connect()
    image = ensure_runner(client, log)
    if warm is not None:
        return DockerSandbox(image, client, warm=warm, remove_later=True)
    sandbox = DockerSandbox(image, client)
    sandbox.sweep()
    return sandbox


@dataclass(frozen=True)
class Runtime:
    open_sandbox: SandboxOpener = open_docker_sandbox
    settings: Settings | None = None
    policy: Policy = DEFAULT
    served: bool = False  # a run handed over by a client to `judge serve`

    def with_problems(self, problems_dir: Path | None) -> Runtime:
        """This runtime with its settings resolved: given ones, else from the environment;
        --problems wins over both."""
        settings = self.settings or Settings.from_env(problems_dir)
        if problems_dir is not None:
            settings = dataclasses.replace(settings, problems_dir=problems_dir)
        return dataclasses.replace(self, settings=settings)

    @property
    def config(self) -> Settings:
        assert self.settings is not None, "with_problems() resolves the settings first"
        return self.settings

    def judging(self, log: Log) -> Context:
        """A judging context for one command; its sandbox is opened on first use."""
        from ..judging.context import Context  # not at import: `judge next` never judges

        return Context(lambda: self.open_sandbox(log), self.config.cache_dir, self.policy)
