export * from './workflow.type';
export * from './display-name.util';
export * from './trigger-match.util';
export * from './workflow-card.util';
export * from './note-template.util';
export * from './step-plan.util';
export * from './event-summary-note.util';
export * from './workflow-templates';
