export * from './records';
export * from './settings';
export * from './time';
