/**
 * Fills the `{name}` arguments of a message that has nothing else of ICU in it: for the few
 * messages the browser formats (the visitor's own time zone), so that the message runtime
 * and the catalogues stay out of the browser's bundle. `clientMessages` in ./client lists
 * them; tests/unit/catalogues-client.test.ts proves each gives what intl-messageformat gives.
 */
export function fillArguments(message: string, values: Record<string, string>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)
}
