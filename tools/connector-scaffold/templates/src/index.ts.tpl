export { __name__ } from './__key__.connector';
export { __Name__Credentials } from './__key__-credentials.dto';
