export { smartadvocate } from './smartadvocate.connector';
export { SmartAdvocateCredentials } from './smartadvocate-credentials.dto';
