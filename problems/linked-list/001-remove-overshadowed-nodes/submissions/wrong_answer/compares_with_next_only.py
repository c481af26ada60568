# bug: only the immediate successor is checked, not everything after the node
# fails on: {"head": [2, 1, 3]}
class Solution:
    def removeOvershadowed(self, head: Optional[ListNode]) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        prev = dummy
        node = head
        while node:
            if node.next and node.next.val > node.val:
                prev.next = node.next
            else:
                prev = node
            node = node.next
        return dummy.next
