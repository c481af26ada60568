# bug: posixpath.normpath keeps exactly two leading slashes (POSIX allows "//" as a special root), so "//a" stays "//a" (passes the samples)
# fails on: {"path": "//a"}
# origin: independent
import posixpath


def canonicalPath(path):
    return posixpath.normpath(path)
