/** Whether an offset lies inside a quotation of its paragraph: an odd number of straight marks before it, or more opening curly marks than closing ones. */
export function insideQuotation(text: string, at: number): boolean {
  const before = text.slice(text.lastIndexOf("\n", at) + 1, at);
  const straight = (before.match(/"/g) ?? []).length;
  const opened = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  return straight % 2 === 1 || opened > 0;
}
