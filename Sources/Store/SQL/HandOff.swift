/// Items passed in order from one task to another that takes them one at a time, waiting when
/// there is none yet; `finish` says no more will come. One taker only.
package actor HandOff<Item: Sendable> {
    /// Taken slots are emptied at once: an item can be large (a task holding a sealed batch).
    private var items: [Item?] = []
    private var head = 0
    private var finished = false
    private var taker: CheckedContinuation<Item?, Never>?

    package init() {}

    package func put(_ item: Item) {
        if let waiting = taker {
            taker = nil
            waiting.resume(returning: item)
        } else {
            items.append(item)
        }
    }

    /// No more items: the taker gets those still queued, then nil.
    package func finish() {
        finished = true
        if let waiting = taker {
            taker = nil
            waiting.resume(returning: nil)
        }
    }

    /// The next item, or nil once every item is taken and `finish` was called.
    package func take() async -> Item? {
        if head < items.count {
            let item = items[head]!
            items[head] = nil
            head += 1
            // The emptied slots are dropped now and then, not one by one (`removeFirst` moves the rest).
            if head > 64 && head * 2 > items.count {
                items.removeFirst(head)
                head = 0
            }
            return item
        }
        if finished { return nil }
        return await withCheckedContinuation { taker = $0 }
    }
}
