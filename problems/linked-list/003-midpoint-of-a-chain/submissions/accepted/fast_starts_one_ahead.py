class Solution:
    def chainMidpoint(self, head: Optional[ListNode]) -> Optional[ListNode]:
        # with the fast pointer one node ahead, the usual loop stops on the first centre
        if head is None:
            return None
        slow, fast = head, head.next
        while fast and fast.next:
            slow = slow.next
            fast = fast.next.next
        return slow
