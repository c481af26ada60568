# bug: reverses the links correctly but returns the old head, which is now the tail
# fails on: {"head": [3, 4, 5]}
class Solution:
    def reverseChain(self, head: Optional[ListNode]) -> Optional[ListNode]:
        prev, node = None, head
        while node:
            node.next, prev, node = prev, node, node.next
        return head
