class Solution:
    def loopEntry(self, head: Optional[ListNode]) -> Optional[ListNode]:
        # Brent's method finds the loop length lam; then two pointers lam apart meet at the entry
        if head is None:
            return None
        power = lam = 1
        tortoise, hare = head, head.next
        while hare is not tortoise:
            if hare is None:
                return None
            if power == lam:
                tortoise = hare
                power *= 2
                lam = 0
            hare = hare.next
            lam += 1
        ahead = head
        for _ in range(lam):
            ahead = ahead.next
        behind = head
        while behind is not ahead:
            behind = behind.next
            ahead = ahead.next
        return behind
