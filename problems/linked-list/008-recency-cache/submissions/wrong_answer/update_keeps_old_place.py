# bug: replacing the value of a stored key does not count as a use, so the key keeps its old place in the order
# fails on: {"ops": ["RecencyCache", "put", "put", "put", "put"], "args": [[2], [1, 1], [2, 2], [1, 9], [3, 3]]}
class _Node:
    def __init__(self, key=-1, value=-1):
        self.key, self.value = key, value
        self.prev = self.next = None


class RecencyCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = _Node(), _Node()  # head.next is the oldest
        self.head.next, self.tail.prev = self.tail, self.head

    def _remove(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _add(self, node):
        node.prev, node.next = self.tail.prev, self.tail
        self.tail.prev.next = node
        self.tail.prev = node

    def get(self, key: int) -> int:
        node = self.map.get(key)
        if node is None:
            return -1
        self._remove(node)
        self._add(node)
        return node.value

    def put(self, key: int, value: int) -> int:
        if key in self.map:
            self.map[key].value = value
            return -1
        evicted = -1
        if len(self.map) == self.capacity:
            oldest = self.head.next
            self._remove(oldest)
            del self.map[oldest.key]
            evicted = oldest.key
        node = _Node(key, value)
        self.map[key] = node
        self._add(node)
        return evicted
