import json

# hashing/001-echo-sum's tests and right answers. The job reached the harness on its
# stdin and is gone before any test runs, so a forger learns ids from the statement and
# guesses; here it has the whole answer key, the worst case.
ANSWERS = {
    "sample/01-three-numbers": 6,
    "sample/02-empty-list": 0,
    "hidden/01-negatives-and-zero": 0,
    "hidden/02-large-values": 123456790,
}


def sumList(nums):
    """Writes a forged transcript (every test "ok" with the right answer) into the
    container's own output stream through PID 1's stdout, then returns a wrong answer."""
    try:
        with open("/proc/1/fd/1", "wb", buffering=0) as stream:
            for case_id, right in ANSWERS.items():
                answer = json.dumps(right).encode()
                header = {"t": "case", "id": case_id, "status": "ok", "time_ns": 1000,
                          "answer": len(answer), "stdout": 0}
                stream.write(json.dumps(header).encode() + b"\n" + answer)
            stream.write(b'{"t": "done"}\n')
    except OSError:
        pass
    return -1
