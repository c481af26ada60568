"""`judge serve`: a background server that keeps the judge loaded and a container started.

wire      the client <-> server format (standard library only; both sides import it)
client    hands one `judge run` to the server (standard library only)
server    accepts runs, keeps one container started ahead, forks a worker per run
worker    in the forked worker: take on the client's identity, run the CLI, answer
"""
