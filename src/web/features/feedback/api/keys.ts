/** Every query key of the feedback feature starts with 'feedback', so one invalidation refreshes them all. */
export const feedbackKeys = {
  all: ['feedback'] as const,
  list: (direction: FeedbackDirection) => ['feedback', 'list', direction] as const,
  recipients: () => ['feedback', 'recipients'] as const,
};

export type FeedbackDirection = 'received' | 'given';
