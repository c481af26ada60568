# bug: quicksort on nodes splits into "smaller" and "larger" than the head's value, so other copies of the pivot value vanish
# fails on: {"head": [2, 1, 2]}
class Solution:
    def sortChain(self, head: Optional[ListNode]) -> Optional[ListNode]:
        if head is None or head.next is None:
            return head
        pivot = head
        small = small_tail = ListNode()
        large = large_tail = ListNode()
        node = head.next
        while node:
            if node.val < pivot.val:
                small_tail.next = node
                small_tail = node
            elif node.val > pivot.val:
                large_tail.next = node
                large_tail = node
            node = node.next
        small_tail.next = None
        large_tail.next = None
        left = self.sortChain(small.next)
        pivot.next = self.sortChain(large.next)
        if left is None:
            return pivot
        tail = left
        while tail.next:
            tail = tail.next
        tail.next = pivot
        return left
