// "Did you mean …?" for values typed against a known list.

export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}

/** The closest candidate, or undefined when nothing is reasonably close. */
export function closest(value: string, candidates: readonly string[]): string | undefined {
  const lower = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const limit = Math.max(2, Math.floor(value.length / 3));
  return bestDistance <= limit ? best : undefined;
}

/** `unknown event "repo_psh" (allowed: a, b, c); did you mean "repo_push"?` */
export function describeChoice(what: string, value: string, allowed: readonly string[]): string {
  const suggestion = closest(value, allowed);
  const base = `unknown ${what} "${value}" (allowed: ${allowed.join(', ')})`;
  return suggestion ? `${base}; did you mean "${suggestion}"?` : base;
}
