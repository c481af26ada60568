# bug: returns `evicted or -1`, so when the evicted key is 0 it reports -1 (passes the samples)
# fails on: {"ops": ["RecencyCache", "put", "put"], "args": [[1], [0, 5], [1, 6]]}
# origin: independent
class _Node:
    def __init__(self, key=0, value=0):
        self.key = key
        self.value = value
        self.prev = None
        self.next = None


class RecencyCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.cache = {}
        self.head = _Node()
        self.tail = _Node()
        self.head.next = self.tail
        self.tail.prev = self.head

    def _remove(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _add_front(self, node):
        node.next = self.head.next
        node.prev = self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key: int) -> int:
        if key not in self.cache:
            return -1
        node = self.cache[key]
        self._remove(node)
        self._add_front(node)
        return node.value

    def put(self, key: int, value: int) -> int:
        if key in self.cache:
            node = self.cache[key]
            node.value = value
            self._remove(node)
            self._add_front(node)
            return -1
        evicted = None
        if len(self.cache) >= self.capacity:
            lru = self.tail.prev
            self._remove(lru)
            del self.cache[lru.key]
            evicted = lru.key
        node = _Node(key, value)
        self.cache[key] = node
        self._add_front(node)
        return evicted or -1
