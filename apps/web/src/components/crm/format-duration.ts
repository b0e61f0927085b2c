/** "3 d 4 h", "45 min", "12 s", "80 ms": a duration as people say it, to two units at most. */
export function formatDuration(seconds: number): string {
  if (seconds > 0 && seconds < 1) return `${Math.round(seconds * 1000)} ms`;
  const s = Math.max(0, Math.round(seconds));
  const units: Array<[string, number]> = [
    ['d', 86_400],
    ['h', 3_600],
    ['min', 60],
    ['s', 1],
  ];
  const parts: string[] = [];
  let rest = s;
  for (const [label, size] of units) {
    const amount = Math.floor(rest / size);
    if (amount > 0 || (parts.length === 0 && label === 's')) parts.push(`${amount} ${label}`);
    rest -= amount * size;
    if (parts.length === 2) break;
  }
  return parts.join(' ');
}
