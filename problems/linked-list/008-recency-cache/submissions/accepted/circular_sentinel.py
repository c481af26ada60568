# one sentinel closes a circular doubly linked list: ring.next is the oldest entry, ring.prev the newest
class Node:
    __slots__ = ("key", "val", "prev", "next")


class RecencyCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.nodes = {}
        self.ring = Node()
        self.ring.prev = self.ring.next = self.ring

    def _detach(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _attach_newest(self, node):
        node.prev = self.ring.prev
        node.next = self.ring
        self.ring.prev.next = node
        self.ring.prev = node

    def get(self, key):
        node = self.nodes.get(key)
        if node is None:
            return -1
        self._detach(node)
        self._attach_newest(node)
        return node.val

    def put(self, key, value):
        node = self.nodes.get(key)
        if node is not None:
            node.val = value
            self._detach(node)
            self._attach_newest(node)
            return -1
        evicted = -1
        if len(self.nodes) == self.capacity:
            oldest = self.ring.next
            self._detach(oldest)
            evicted = oldest.key
            del self.nodes[evicted]
        node = Node()
        node.key, node.val = key, value
        self.nodes[key] = node
        self._attach_newest(node)
        return evicted
