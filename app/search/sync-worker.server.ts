// Placeholder until the outbox worker lands: callers ask for a sync after a commit.
export function requestSync(): void {}
