/**
 * Edits of one routine's steps (insert, delete, reorder, candidates, publish)
 * read the steps and then write positions and links from what they read:
 * two at once would each plan from a state the other is changing. They queue
 * on a lock per routine instead; a wait past 30 s is a 409 asking to retry.
 */
export const routineLock = (routineId: string) => ({
  key: `routine:${routineId}`,
  timeout: 30,
  ttl: 60,
})

/**
 * Edits of one symptom (its fields, its products) read it and record what
 * they changed from what they read: they queue on a lock per symptom, so
 * each history entry starts where the one before ended.
 */
export const symptomLock = (symptomId: string) => ({
  key: `symptom:${symptomId}`,
  timeout: 30,
  ttl: 60,
})
