/** A firm's LawRuler portal: the base URL the hub passes to the connector. */
export function lawRulerBaseUrl(clientRoot: string): string {
  return `https://${clientRoot.toLowerCase()}.lawruler.com/`;
}
