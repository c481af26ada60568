class Solution:
    def dropFromTail(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        # without a dummy: if the lead falls off the end after k steps, the head is the one to go
        lead = head
        for _ in range(k):
            lead = lead.next
        if lead is None:
            return head.next
        trail = head
        while lead.next:
            lead = lead.next
            trail = trail.next
        trail.next = trail.next.next
        return head
