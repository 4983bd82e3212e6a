/**
 * What every workflow here shares (SKP, evaluation, complaint): one transition table per workflow,
 * so every change of status is checked in one place and the reply's `can` is read off the same table.
 */
export interface Transition<Status, Actor> {
  from: readonly Status[];
  to: Status;
  /** Who may take the action (any one of them). */
  by: readonly Actor[];
}

export type TransitionTable<Action extends string, Status, Actor> = Record<Action, Transition<Status, Actor>>;

/** The status after `action`, or null when the table does not allow it from `status`. */
export function nextStatus<Action extends string, Status, Actor>(table: TransitionTable<Action, Status, Actor>, status: Status, action: Action): Status | null {
  // An action outside the table (e.g. "constructor" from a request) is not allowed, never a crash.
  const transition = Object.hasOwn(table, action) ? table[action] : undefined;
  return transition?.from.includes(status) ? transition.to : null;
}

/** The actions these actors may take now, in the table's order. */
export function allowedActions<Action extends string, Status, Actor>(table: TransitionTable<Action, Status, Actor>, status: Status, actors: ReadonlySet<Actor>): Action[] {
  return (Object.keys(table) as Action[]).filter((action) => nextStatus(table, status, action) !== null && table[action].by.some((actor) => actors.has(actor)));
}
