export * from './records';
export * from './settings';
export * from './stored';
export * from './time';
export * from './views';
