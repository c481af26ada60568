class Solution:
    def removeOvershadowed(self, head: Optional[ListNode]) -> Optional[ListNode]:
        dummy = ListNode(0)
        tail = dummy
        node = head
        while node:
            # walk the rest of the list looking for a larger value: O(n) per node
            probe = node.next
            while probe and probe.val <= node.val:
                probe = probe.next
            if probe is None:
                tail.next = ListNode(node.val)
                tail = tail.next
            node = node.next
        return dummy.next
