export { lawruler } from './lawruler.connector';
export { LawRulerCredentials } from './lawruler-credentials.dto';
export { lawRulerBaseUrl } from './lawruler-base-url.util';
