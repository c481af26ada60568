import sys


def sumList(nums):
    sys.stdout.buffer.write(b"\xff\xfe\xc3\x28 invalid utf-8 \x00 NUL \x1b[2J\x1b[31m red \x1b]0;title\x07 \r\n")
    sys.stdout.flush()
    print("\ud800 lone surrogate".encode("utf-8", "surrogatepass"))
    sys.stderr.write("\x1b[?1049h alternate screen \x00\n")
    return sum(nums)
