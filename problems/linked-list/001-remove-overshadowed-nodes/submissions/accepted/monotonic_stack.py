class Solution:
    def removeOvershadowed(self, head: Optional[ListNode]) -> Optional[ListNode]:
        stack: List[ListNode] = []  # values never increase from bottom to top
        node = head
        while node:
            while stack and stack[-1].val < node.val:
                stack.pop()
            stack.append(node)
            node = node.next
        for i in range(len(stack) - 1):
            stack[i].next = stack[i + 1]
        if stack:
            stack[-1].next = None
            return stack[0]
        return None
