export * from './event.type';
export * from './slugify.util';
export * from './event-type-name.util';
export * from './normalize-event.util';
export * from './event-catalog';
